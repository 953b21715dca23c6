"""The function words of a report in another language than English, which clustering
leaves out as it leaves out English stop words.

The reading stage is English, and so are the stop words every stage drops. A French or a
Spanish report keeps its "le", "de", "que": two unrelated French reports (a vote in the
Assemblée and a death in the Nepal earthquake) shared enough of them to join one
storyline. A report's language is the one whose stop words it uses most, by the lists
spaCy ships for each language (no model is loaded); English unless another language's
clearly outnumber its own.
"""

from __future__ import annotations

import functools
import importlib.util
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from storyline.extract.words import fold

# Languages of the news storyline is given besides English (the Readability pages hold
# French, Spanish, Portuguese, German, Italian and Dutch reports).
LANGUAGES = ("fr", "es", "pt", "de", "it", "nl")
# Another language's stop words must outnumber the English ones this many times: English
# shares a few of them ("a", "in", "die" in German, "come" in Italian).
OUTNUMBER = 2.0
# ... and be this many at least: a short English line with a Spanish name ("Los Angeles:
# Dia de los Muertos parade draws final total of 10,000", the review's) is English.
LEAST_STOP_WORDS = 8


@functools.cache
def stop_words(language: str) -> frozenset[str]:
    """A language's stop words, folded as ``extract.words.words`` folds a text."""
    return frozenset(fold(w) for w in _spacy_list(language))


def _spacy_list(language: str) -> set[str]:
    """The ``STOP_WORDS`` of spaCy's ``lang/<language>/stop_words.py``, a module of data
    alone, run as a file: importing it as ``spacy.lang.fr.stop_words`` runs the package
    ``spacy.lang.fr`` first, whose tokenizer exceptions compile a regular expression of
    thousands of words (3 s of a clustering process, once per process, for a word list)."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        raise ImportError("spaCy is not installed")
    path = Path(spec.origin).parent / "lang" / language / "stop_words.py"
    module_spec = importlib.util.spec_from_file_location(f"_stop_words_{language}", path)
    if module_spec is None or module_spec.loader is None:
        raise ImportError(f"no stop words for {language!r} at {path}")
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return set(module.STOP_WORDS)


def foreign_stop_words(words: Iterable[str]) -> frozenset[str]:
    """The stop words to leave out of a report whose (folded) words these are: its
    language's when that is not English, else none (English ones go everywhere already)."""
    counts = dict.fromkeys((ENGLISH, *LANGUAGES), 0)
    languages_of = _languages_of_stop_words()
    # (each distinct word looked up once, not once a language: the stop words are few)
    for word in languages_of.keys() & (seen := Counter(words)).keys():
        for language in languages_of[word]:
            counts[language] += seen[word]
    english = counts.pop(ENGLISH)
    language, most = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    if most >= LEAST_STOP_WORDS and most > OUTNUMBER * max(english, 1):
        return stop_words(language)
    return frozenset()


ENGLISH = "en"


@functools.cache
def _languages_of_stop_words() -> dict[str, tuple[str, ...]]:
    """Each stop word of English and of ``LANGUAGES``, with the languages it is one of."""
    languages: dict[str, list[str]] = {}
    for language in (ENGLISH, *LANGUAGES):
        for word in stop_words(language):
            languages.setdefault(word, []).append(language)
    return {word: tuple(found) for word, found in languages.items()}
