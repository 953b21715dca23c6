"""What composing a briefing knows of its storyline, computed once per briefing: its
articles, sources, claims and their supporters, indexed sentences, events and their dates
(``brief/compose.py`` builds it; the briefing's parts read it)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from storyline.compare.names import PersonNames
from storyline.compare.overlaps import Held
from storyline.compare.support import IndexedSentence
from storyline.model import Article, Claim, Source
from storyline.settings import Settings


@dataclass(slots=True)
class Context:
    """One storyline's briefing input, read by every part of composing it."""

    articles: dict[str, Article]
    sources: list[Source]
    number: dict[str, int]
    claims: dict[tuple[str, int], Claim]
    index: list[IndexedSentence]
    event_of: dict[str, str | None]
    settings: Settings
    # Per article, computed once: its indexed sentences, and how many supporters its
    # sentences have in all (looked up for every citation and every event's lead).
    sentences_of: dict[str, list[IndexedSentence]]
    backing: Counter[str]
    # Per event (None: articles in no event), the independent sources reporting it.
    event_sources: dict[str | None, set[str]]
    # Per event, its date: an undated report of a dated event is dated by it.
    event_dates: dict[str, str | None]
    # The storyline's one name for each person its reports name (``person_names``).
    people: PersonNames
    # The articles written in their writer's own voice (``_opinion_pieces``).
    opinion: frozenset[str] = frozenset()
    # Per article, where its first statement starts and its content words (``_openings``).
    openings: dict[str, tuple[int, frozenset[str]]] = field(default_factory=dict)
    # The words of ``index``'s sentences (``overlaps.holding``), built once for comparing
    # them (``support.claims``) and for finding what tells part of a flag (``brief.told``).
    words: Held | None = None
