"""Light word normalisation shared by the cleaner, dedupe and the comparison stage.

These need to be fast (they run on every line of every article) and need no model, so
they use a small stop list and a crude suffix stemmer rather than spaCy.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

WORD = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*", re.UNICODE)

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "said",
        "says",
        "say",
        "told",
        "tell",
        "according",
        "new",
        "one",
        "two",
        "year",
        "years",
        "amid",
        "among",
        "it’s",
        "he’s",
        "she’s",
        "that’s",
        "there’s",
        "mr",
        "mrs",
        "ms",
    ]
)

_SUFFIXES = (
    "ational",
    "ations",
    "ation",
    "ingly",
    "ments",
    "ment",
    "ness",
    "ings",
    "ing",
    "edly",
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "ly",
    "s",
)


def fold(text: str) -> str:
    """Lower-case and strip accents, so "López" and "Lopez" compare equal."""
    if text.isascii():  # most news text: nothing to decompose, and no accent to strip
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if max(decomposed) > BMP_END:  # (an astral character: rare, and slow in a regex class)
        return "".join(c for c in decomposed if not unicodedata.combining(c))
    return _combining_marks().sub("", decomposed)


# The last character of the Basic Multilingual Plane.
BMP_END = "\uffff"


@functools.cache
def _combining_marks() -> re.Pattern[str]:
    """The combining characters (``unicodedata.combining``) of the Basic Multilingual
    Plane as one character class of ranges: a report's text folded in one regex pass
    instead of a test per character, five times as fast (curly quotes make most news text
    non-ASCII; a briefing folds hundreds of such texts)."""
    ranges: list[list[int]] = []
    for point in range(ord(BMP_END) + 1):
        if unicodedata.combining(chr(point)):
            if ranges and ranges[-1][1] == point - 1:
                ranges[-1][1] = point
            else:
                ranges.append([point, point])
    return re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]")


# Comparing a storyline's sources stems the same few thousand words millions of times.
@functools.lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """A crude suffix stripper: "rejecting", "rejects", "rejected" -> "reject"."""
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    """The text's words, folded (``fold``; a curly apostrophe as a straight one)."""
    if text.isascii():  # (folding the text once gives the same words as word by word)
        return WORD.findall(text.casefold())
    return [fold(w).replace("’", "'") for w in WORD.findall(text)]


def text_words(text: str) -> list[str]:
    """``words`` of a report's whole text, split once for the last few texts asked: an
    ingest splits each report to sign it (``dedupe``) and right after to cluster it."""
    return list(_text_words(text))


@functools.lru_cache(maxsize=4)
def _text_words(text: str) -> tuple[str, ...]:
    return tuple(words(text))


def content_words(text: str) -> list[str]:
    """Folded words that carry meaning (no stop words, no bare numbers)."""
    return content_words_of(words(text))


def content_words_of(found: list[str]) -> list[str]:
    """``content_words`` of a text already split into ``words``."""
    return [w for w in found if w not in STOPWORDS and not w.isdigit() and len(w) > 1]


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)}


# A storyline's composing reads each of its few thousand sentences' stems many times (as a
# claim, as a source's sentence, as a flag ranked and compared with the others).
@functools.lru_cache(maxsize=1 << 16)
def stem_set(text: str) -> frozenset[str]:
    """``content_stems`` of a text, computed once (read-only)."""
    return frozenset(content_stems(text))


def stem_postings(stem_sets: Iterable[Iterable[str]]) -> dict[str, list[int]]:
    """Stem -> the positions, in order, of the sets (a text's sentences) that hold it: the
    sentences that can share a word with another are found without reading the others."""
    postings: dict[str, list[int]] = {}
    for position, stems in enumerate(stem_sets):
        for word in stems:
            postings.setdefault(word, []).append(position)
    return postings


def first_words(text: str, limit: int = 12) -> str:
    """The first ``limit`` words of a text, with "…" when there are more."""
    split = text.split()
    return " ".join(split[:limit]) + ("…" if len(split) > limit else "")
