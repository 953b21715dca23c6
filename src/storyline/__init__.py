"""storyline: news articles in, grounded and cited story briefings out."""

__version__ = "0.1.0"
