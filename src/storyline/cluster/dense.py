"""Dense article vectors for the storyline decision.

An article is embedded once, on arrival, by WordLlama's small static model (``l2_supercat``,
256 dimensions; its weights ship inside the ``wordllama`` wheel and are read from the
package's folder, never downloaded): the mean of its tokens' vectors over its title and
text, normalised. An event keeps the sum of its articles' vectors (``EventState.vector``,
kept in the store with its terms), so comparing an article (or an event) with an event is
one cosine, as for the other channels.

Why the storyline decision reads it and the event decision does not: two events of one
storyline are often the same kind of happening told in other words (a rehab stay of one
actress, then of another; a quake on an island, then another), which a bag of stems misses
and a dense vector catches; inside one storyline, the bag of words, the names and the
years tell the sibling happenings apart better (README, Clustering).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from storyline.cluster.state import Vector
from storyline.model import Article

DIMENSIONS = 256
# Characters read of an article (its lead says what it is about; the cost stays bounded).
MAX_CHARACTERS = 20_000

Encoder = Callable[[Article], Vector]


@cache
def _wordllama() -> Any:
    """The shipped WordLlama model, read once from the installed package."""
    import wordllama  # type: ignore[import-untyped]

    return wordllama.WordLlama.load(
        cache_dir=Path(wordllama.__file__).parent, disable_download=True, dim=DIMENSIONS
    )


def embed(article: Article) -> Vector:
    """The article's unit vector (title and text)."""
    text = f"{article.title or ''}\n{article.text}"[:MAX_CHARACTERS]
    vector = _wordllama().embed([text], norm=True)[0]
    return np.asarray(vector, dtype=np.float32)


def unit(vector: Vector | None) -> Vector | None:
    """The vector scaled to length 1 (None for none or a zero vector)."""
    if vector is None:
        return None
    length = float(np.linalg.norm(vector))
    return vector / length if length else None


def cosine(a: Vector | None, b: Vector | None) -> float:
    """The cosine of two unit vectors; 0 where either is missing."""
    if a is None or b is None:
        return 0.0
    return float(np.dot(a, b))
