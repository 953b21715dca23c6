"""Reports in another language than English are clustered on their content words, not on
their function words (cluster/language.py). Texts written for the tests."""

from __future__ import annotations

import pytest

from storyline.cluster import language, online
from storyline.cluster.online import OnlineClusterer, article_terms
from storyline.extract.words import words
from storyline.model import Article

VOTE = (
    "Les députés ont adopté mardi le projet de loi sur le renseignement, par une large "
    "majorité. Le texte, qui était défendu par le gouvernement depuis le mois de mars, "
    "donne aux services de nouveaux moyens de surveillance. Les opposants, qui dénoncent "
    "une surveillance de masse, ont annoncé qu'ils saisiraient le Conseil constitutionnel "
    "dans les jours qui viennent. Le Sénat doit examiner le texte au mois de juin."
)
QUAKE = (
    "Un troisième Français est mort dans le séisme qui a frappé le Népal, a annoncé le "
    "ministère des affaires étrangères. Il se trouvait dans la vallée de Langtang, où des "
    "glissements de terrain ont enseveli des villages entiers. Des centaines de Français "
    "sont encore recherchés par leurs familles, qui attendent des nouvelles depuis plus "
    "d'une semaine. Les secours ont pu évacuer une partie des randonneurs par hélicoptère."
)


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, text=text, published="2015-05-05")


def _storylines(clusterer: OnlineClusterer) -> set[str | None]:
    found = set()
    for article in (_article("vote", VOTE), _article("quake", QUAKE)):
        found.add(clusterer.assign(article, article_terms(article)).storyline_id)
    return found


def test_a_reports_language_is_the_one_whose_stop_words_it_uses() -> None:
    assert "les" in language.foreign_stop_words(words(VOTE))
    english = "The deputies adopted the law on Tuesday, and the senate will examine it in June."
    assert language.foreign_stop_words(words(english)) == frozenset()
    # a short English line with a Spanish name stays English (the review's)
    parade = "Los Angeles: Dia de los Muertos parade draws final total of 10,000"
    assert language.foreign_stop_words(words(parade)) == frozenset()


def test_two_unrelated_reports_in_french_are_two_storylines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert len(_storylines(OnlineClusterer([], 0, {}))) == 2
    # (what they shared: "le", "de", "des", "qui", "depuis" ...)
    monkeypatch.setattr(online, "foreign_stop_words", lambda _: frozenset())
    assert len(_storylines(OnlineClusterer([], 0, {}))) == 1
