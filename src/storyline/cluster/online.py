"""Online clustering: each article joins an event (or starts one) on arrival; each new
event joins a storyline (or starts one).

An article is a bag of weighted terms: stems of its content words, its title words
counted twice (a headline states the event), and its named entities as whole names
(``e:ken salazar``) counted twice (who and where separate similar events best). Weights are
``1 + log(tf)`` times the inverse document frequency over all clustered articles so far,
so the vocabulary and its weights grow with the store and nothing is refit.

An event keeps the sum of its articles' ``1 + log(tf)`` weights; at comparison time it is
weighted by the current IDF, so old and new articles are compared on the same scale.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass
from datetime import date

from storyline.extract.words import content_words, fold, stem
from storyline.model import Article
from storyline.settings import DEFAULT, Settings
from storyline.store.db import EventState

STAGE_VERSION = "cluster-1"
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}
TITLE_WEIGHT = 2
ENTITY_WEIGHT = 2


def article_terms(article: Article) -> dict[str, float]:
    """The article's terms with ``1 + log(tf)`` weights."""
    counts: Counter[str] = Counter(stem(w) for w in content_words(article.text))
    for word in content_words(article.title or ""):
        counts[stem(word)] += TITLE_WEIGHT
    for entity in article.entities:
        if entity.label in ENTITY_LABELS:
            counts["e:" + fold(entity.canonical.removeprefix("the "))] += ENTITY_WEIGHT
    return {term: 1.0 + math.log(n) for term, n in counts.items()}


def article_day(article: Article) -> str | None:
    return article.event_date or article.published


@dataclass(slots=True)
class Assignment:
    event: EventState
    storyline_id: str | None
    new_event: bool
    similarity: float


class OnlineClusterer:
    """Assigns articles to events and events to storylines, one article at a time."""

    def __init__(
        self,
        events: list[EventState],
        docs: int,
        doc_freq: dict[str, int],
        settings: Settings = DEFAULT,
    ) -> None:
        self.settings = settings
        self.events = {e.id: e for e in events}
        self.docs = docs
        self.doc_freq = Counter(doc_freq)

    def idf(self, term: str) -> float:
        return math.log((self.docs + 1) / (self.doc_freq.get(term, 0) + 1)) + 1.0

    def assign(self, article: Article, terms: dict[str, float]) -> Assignment:
        self._count(terms)
        best, score = self._best_event(terms, article_day(article))
        if best is not None and score >= self.settings.event_join:
            _add_terms(best.terms, terms)
            _widen_dates(best, article_day(article))
            return Assignment(best, best.storyline_id, False, score)
        event = EventState(
            _id("ev", article.id), dict(terms), article_day(article), article_day(article)
        )
        event.storyline_id = self._storyline_for(event)
        self.events[event.id] = event
        return Assignment(event, event.storyline_id, True, score)

    def _count(self, terms: dict[str, float]) -> None:
        self.docs += 1
        self.doc_freq.update(terms.keys())

    def _best_event(
        self, terms: dict[str, float], day: str | None
    ) -> tuple[EventState | None, float]:
        vector = self._weigh(terms)
        best: EventState | None = None
        score = 0.0
        for event in self.events.values():
            if not _close_in_time(event, day, self.settings.event_max_days):
                continue
            similarity = cosine(vector, self._weigh(event.terms))
            if similarity > score:
                best, score = event, similarity
        return best, score

    def _storyline_for(self, event: EventState) -> str:
        """Join the storyline whose events are most like this one, or start one."""
        vector = self._weigh(event.terms)
        totals: dict[str, dict[str, float]] = {}
        for other in self.events.values():
            if other.storyline_id:
                _add_terms(totals.setdefault(other.storyline_id, {}), other.terms)
        scored = [(cosine(vector, self._weigh(t)), sid) for sid, t in totals.items()]
        if scored:
            score, storyline = max(scored)
            if score >= self.settings.storyline_join:
                return storyline
        return _id("st", event.id)

    def _weigh(self, terms: dict[str, float]) -> dict[str, float]:
        return {t: w * self.idf(t) for t, w in terms.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    if dot == 0.0:
        return 0.0
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm


def _add_terms(total: dict[str, float], terms: dict[str, float]) -> None:
    for term, weight in terms.items():
        total[term] = total.get(term, 0.0) + weight


def _widen_dates(event: EventState, day: str | None) -> None:
    if day is None:
        return
    event.first_date = min(filter(None, [event.first_date, day]))
    event.last_date = max(filter(None, [event.last_date, day]))


def _close_in_time(event: EventState, day: str | None, max_days: int) -> bool:
    """Unknown dates never rule an event out; known ones must be within ``max_days``."""
    if day is None or event.first_date is None or event.last_date is None:
        return True
    when = date.fromisoformat(day[:10])
    first, last = (
        date.fromisoformat(event.first_date[:10]),
        date.fromisoformat(event.last_date[:10]),
    )
    return (first - when).days <= max_days and (when - last).days <= max_days


def _id(prefix: str, seed: str) -> str:
    return f"{prefix}-{hashlib.sha1(seed.encode('utf-8')).hexdigest()[:12]}"
