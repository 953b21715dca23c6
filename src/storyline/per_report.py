"""What composing works out from one report alone, kept while its stored record stays.

A watcher's build composes the same storylines again after each poll, and most of their
reports are unchanged: whether a report is an opinion piece, where its first statement
is, the report prepared for the stance model (split, stemmed, its cue words found). Within
``reports_stamped`` (the pipeline's composing, which knows each report's record stamp:
``Store.record_stamps``, a digest of everything every stage wrote of it), such a finding
is kept under the report's id and stamp and used again while both are the same; elsewhere
(a test's articles, ``storyline check``'s) it is worked out each time, as an article built
in memory has no stamp to say it is unchanged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar, cast

from storyline.model import Article
from storyline.store.recent import RecentlyAsked

Found = TypeVar("Found")

# Findings kept at most: up to eight kinds for each of the 2,000 reports a worker holds
# (``store.held.HELD_LIMIT``; a test holds the two together). A report prepared for the
# stance model is the largest, about 85 KB for a generated report of 400 words, then what
# it says for the flags, about 25 KB, its text normalised for the quote checks with its
# words, about 14 KB, the answers of its claims' tests, about 40 KB on average, 140 KB at
# most (the 20,000-article stream's store, where some 700 flags a storyline keep their
# details and tellings: one answer a question, ``answers_of``; counting the names and
# dates they point at, which the report holds too), the names it gives and its first
# statement, about 1 KB each, the day its lead tells, a few hundred bytes; the day is asked
# only of the reports that lead an event's line, so the limit may hold the others of some
# 2,300 reports: at most about 400 MB.
KEPT_LIMIT = 16_000

_STAMPS: ContextVar[tuple[Mapping[str, str], int] | None] = ContextVar("stamps", default=None)
# (name, id, stamp) -> the finding
_KEPT: RecentlyAsked[tuple[str, str, str], object] = RecentlyAsked(KEPT_LIMIT)
_KEPT_LOCK = threading.Lock()


@contextmanager
def reports_stamped(stamps: Mapping[str, str], build: int) -> Iterator[None]:
    """Within the block, the findings of ``per_report`` about an article whose id has a
    stamp here are kept under it (the caller gives the stamps of the records the articles
    were decoded from, and numbers its build: the numbers grow). Findings not asked for in
    the last ``store.recent.KEEP_BUILDS`` builds go."""
    with _KEPT_LOCK:
        _KEPT.trim(build)
    token = _STAMPS.set((stamps, build))
    try:
        yield
    finally:
        _STAMPS.reset(token)


def per_report(name: str, article: Article, finding: Callable[[Article], Found]) -> Found:
    """``finding(article)``, kept under ``name`` and the article's stamp when it has one.
    ``finding`` must read nothing but the article (and constants), and what it gives is
    shared by every later ask: a value that is not changed (a flag, a tuple, a frozenset),
    or one only added to with more of the article's findings (``answers_of``)."""
    stamped = _STAMPS.get()
    stamp = stamped[0].get(article.id) if stamped is not None else None
    if stamped is None or stamp is None:
        return finding(article)
    build = stamped[1]
    key = (name, article.id, stamp)
    with _KEPT_LOCK:  # (a server's builds run in threads)
        if key in _KEPT:
            return _KEPT.ask(key, build)  # type: ignore[return-value]
    found = finding(article)
    with _KEPT_LOCK:
        _KEPT.put(key, found, build)
        _KEPT.trim(build)
    return found


def stamp_of(article: Article) -> str | None:
    """The record stamp the article was decoded under, within ``reports_stamped`` (None
    elsewhere, or for an article it gives no stamp): a finding that reads other reports
    too is kept under theirs."""
    stamped = _STAMPS.get()
    return stamped[0].get(article.id) if stamped is not None else None


def _no_answers(_: Article) -> dict[Hashable, object]:
    return {}


def answers_of(article: Article) -> dict[Hashable, object]:
    """A dictionary kept with the article's findings (``per_report``), for answers the
    caller works out as it asks them: each a function of the article and of what its key
    names (a test, a claim's span, the values it was given), or kept beside what else it
    read (other reports by their stamps, ``stamp_of``) and worked out again, in the same
    place, when that changed. A storyline's briefing asks the same tests of the same
    claims build after build. Unstamped, a new dictionary each time."""
    return per_report("claim tests", article, _no_answers)


@dataclass(frozen=True, slots=True)
class _Beside:
    """An answer kept with what else it read (other reports by their stamps)."""

    read: Hashable
    answer: object


def kept_answer(
    article: Article, question: Hashable, work: Callable[[], Found], read: Hashable | None = ()
) -> Found:
    """``work()``, kept among the article's answers (``answers_of``) under ``question``
    beside ``read``, what else it reads than the article and what ``question`` names (other
    reports by their stamps, ``stamp_of``; ``()`` for nothing): given again while ``read``
    is the same, worked out again (and kept in its place) when it changed. ``read`` None
    (a report it reads has no stamp): worked out, not kept. What ``work`` gives is shared by
    every later ask, so it must not be changed (a flag, a tuple, a frozenset)."""
    if read is None:
        return work()
    answers = answers_of(article)
    kept = answers.get(question)
    if isinstance(kept, _Beside) and kept.read == read:
        return cast(Found, kept.answer)
    answer = work()
    answers[question] = _Beside(read, answer)
    return answer


def forget() -> None:
    """Keep nothing found so far (tests start from nothing)."""
    with _KEPT_LOCK:
        _KEPT.clear()
