"""Word folding (extract/words.py): the fast paths give what the plain definitions give."""

from __future__ import annotations

import unicodedata

from storyline.extract.words import WORD, fold, text_words, words


def _folded_by_character(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_folding_strips_every_combining_mark_as_a_test_per_character_would() -> None:
    for text in (
        "López Obrador’s “plan” — café…",
        "Zoë and the ñandú in Ἀθῆναι",
        "x\u0301\u20dd\u0f71 ﬁne ½",
        "plain ASCII text",
        "a musical stem \U0001d165 and a flag \U0001f1eb\U0001f1f7 beside é",  # astral
    ):
        assert fold(text) == _folded_by_character(text), text


def test_words_of_a_whole_text_are_its_words_folded_one_by_one() -> None:
    for text in ("The Mayor's plan, U.S. aid and 2,000 jobs.", "Mayor López’s plan: “No.”"):
        assert words(text) == [fold(w).replace("’", "'") for w in WORD.findall(text)], text


def test_a_texts_words_split_once_are_its_words_in_a_list_of_its_own() -> None:
    text = "Mexico’s leader said on Wednesday: “We will not pay.” Años después…"
    first = text_words(text)
    assert first == words(text)
    first.append("changed")  # (a caller's list is its own: the next caller's is whole)
    assert text_words(text) == words(text)
