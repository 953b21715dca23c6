"""Online clustering: each article joins an event (or starts one) on arrival; each new
event joins a storyline (or starts one).

An article is a bag of weighted terms: stems of its content words, its title words
counted twice (a headline states the event), and its named entities as whole names
(``e:ken salazar``) counted twice (who and where separate similar events best). Weights are
``1 + log(tf)`` times the inverse document frequency over all clustered articles so far,
so the vocabulary and its weights grow with the store and nothing is refit.

Beside that bag of words the article keeps channels of its own, each compared on its own:
the people it names (``p:ken salazar``), its headline (``t:``, the title or, for an
untitled text, its first line), the places it names (``g:``), the numbers it writes
(``n:6.1``) and the years of its resolved time expressions (``y:2008``, compared as sets:
they say when). Two events of one storyline share its vocabulary and places and differ
mostly in who acts, when and how many; inside one bag of words the few names and numbers
drown among hundreds of shared words. The channels' cosines are turned into one probability
by a small learned model (``cluster/similarity.py``, the streaming news clusterers' way of
scoring sub-vectors separately, Miranda et al., EMNLP 2018), and each decision (join an
event, merge two, join a storyline) is one threshold on it. Articles with publication dates
are kept apart by ``event_max_days`` as well, and an event spans at most
``event_max_span_days`` of them.

An event keeps the sum of its articles' ``1 + log(tf)`` weights; at comparison time it is
weighted by the IDF, so old and new articles are compared on the same scale. The IDF is a
snapshot of the document frequencies, taken again once the store has grown by
``idf_refresh`` (a share of its size) since the last one; a term first seen since weighs
as one seen once. Between two snapshots every weight and every event's norms stay valid,
so comparing an article with an event costs a pass over the article's terms only, however
large the event has grown. The snapshot is stored with the frequencies: where it is taken
depends on the store's size alone, so the same articles in the same order weigh the same,
and make the same events, whether they come in one build or in many. An event keeps at most
``event_terms`` terms, those many of its reports use (``_trim``): what is done per report
with an event (weighing it, checking it for a merge, storing it) is bounded however many
reports it gathers.

A storyline is as close to a new event as its closest event is, if the new event is also
close to the storyline's latest events on average (so a storyline does not chain from one
event to the next across a whole field of news).
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import NamedTuple

from storyline.cluster.bulk import EventTerms, Vocabulary
from storyline.cluster.language import foreign_stop_words
from storyline.cluster.similarity import SimilarityModel, shipped
from storyline.cluster.state import EventState
from storyline.extract.words import content_words_of, fold, stem, text_words, words
from storyline.model import Article
from storyline.people import KEPT_LABELS, PLACE_LABELS
from storyline.settings import DEFAULT, Settings

# cluster-7: a report in another language than English leaves out its language's stop
# words as an English one leaves out English ones (two unrelated French reports had
# joined one storyline on "le", "de", "qui").
# cluster-8 (review): a report is in another language only with 8 of its stop words at
# least ("Los Angeles: Dia de los Muertos parade ..." is English).
# cluster-9: the IDF snapshot's frequencies are those when it was taken, stored, and taken
# where the store's size says, not again at each build (the weights had depended on where
# builds started, and every build weighed each event it met again).
# cluster-10: an event keeps at most ``event_terms`` terms (``_trim``: a bounded cost per
# report however many it gathers; on ECB+ dev and PolNeAR the same clusters).
STAGE_VERSION = "cluster-10"
# The kinds of entity that tell one happening from another (a law names no happening).
ENTITY_LABELS = KEPT_LABELS - {"LAW"}
TITLE_WEIGHT = 2
ENTITY_WEIGHT = 2
PERSON_PREFIX = "p:"
HEADLINE_PREFIX = "t:"
PLACE_PREFIX = "g:"
NUMBER_PREFIX = "n:"
YEAR_PREFIX = "y:"
# The channel each prefix is compared in (the order of ``Channels``); plain stems and
# entity names (``e:``) are the bag of words, channel 0. Years are compared as sets.
CHANNEL_OF = {PERSON_PREFIX: 1, HEADLINE_PREFIX: 2, PLACE_PREFIX: 3, NUMBER_PREFIX: 4}
CHANNELS = 5
# Prefixes of the terms the inverted index leaves out: years (a whole year's news shares
# them) and the channels that repeat terms the bag already holds (headline, places) or
# that are too common to find candidates (numbers).
UNINDEXED = ("y", "t", "g", "n")
# A resolved value that starts with a year (not a duration, a decade or an unknown XXXX).
DATED_VALUE = re.compile(r"\d{4}")
# A written number: "45", "6.1", "1,200" (not a year: years are their own channel).
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
YEARLIKE = re.compile(r"(?:1[89]|20)\d\d")
HEADLINE_WORDS = 30
# An event trimmed to ``event_terms`` grows this much past it before it is trimmed again
# (trimming sorts its terms: once every few articles, not at each one).
TERMS_SLACK = 1.25
# An event of fewer terms than this is weighed term by term (``_profile``): arrays
# (``cluster/bulk.py``) cost more than they save on a few.
BULK_TERMS = 64
# Weights this close to the cut are the cut's: sums of the same weights in another order
# differ in their last bits, and would leave one term at 1e-16 and drop its twin.
SAME_WEIGHT = 1e-9


def article_terms(article: Article) -> dict[str, float]:
    """The article's terms with ``1 + log(tf)`` weights."""
    body = text_words(article.text)
    foreign = foreign_stop_words(body)
    counts: Counter[str] = Counter(stem(w) for w in _content(body, foreign))
    for word in _content(words(article.title or ""), foreign):
        counts[stem(word)] += TITLE_WEIGHT
    counts.update(HEADLINE_PREFIX + stem(w) for w in _content(words(headline(article)), foreign))
    for entity in article.entities:
        name = fold(entity.canonical.removeprefix("the "))
        if entity.label in ENTITY_LABELS:
            counts["e:" + name] += ENTITY_WEIGHT
        if entity.label == "PERSON":
            counts[PERSON_PREFIX + fold(entity.canonical)] += 1
        if entity.label in PLACE_LABELS:
            counts[PLACE_PREFIX + name] += 1
    counts.update(NUMBER_PREFIX + number for number in numbers_among(body))
    counts.update(YEAR_PREFIX + year for year in named_years(article))
    return {term: 1.0 + math.log(n) for term, n in counts.items()}


def _content(found: list[str], foreign: frozenset[str]) -> list[str]:
    """The content words among a text's words: no stop word of English
    (``content_words``) nor of the report's own language."""
    return [w for w in content_words_of(found) if w not in foreign]


def headline(article: Article) -> str:
    """The title, or the first line of an untitled text (often its headline or
    dateline), at most ``HEADLINE_WORDS`` words."""
    text = article.title or article.text.lstrip().split("\n", 1)[0]
    return " ".join(text.split()[:HEADLINE_WORDS])


def numbers_among(found: list[str]) -> list[str]:
    """The numbers written in digits ("6.1", "45") among a text's ``words``, years left
    out."""
    return [
        word.replace(",", "")
        for word in found
        if word[:1].isdigit() and NUMBER.fullmatch(word) and not YEARLIKE.fullmatch(word)
    ]


def named_years(article: Article) -> list[str]:
    """The year of each of the article's time expressions that resolved to a date (an
    undated article's "March 3, 2009"; a dated one's "last year" too)."""
    return [
        time.value[:4]
        for time in article.times
        if time.value is not None and DATED_VALUE.match(time.value)
    ]


def article_day(article: Article) -> str | None:
    return article.event_date or article.published


class Profile(NamedTuple):
    """What comparing a term bag needs besides its terms: the TF-IDF norm of each channel
    (``CHANNEL_OF``) and the years it names."""

    norms: tuple[float, ...]
    years: frozenset[str]

    @property
    def words(self) -> float:
        return self.norms[0]


class Channels(NamedTuple):
    """The channel similarities of a pair, in the order of ``similarity.FEATURES``."""

    words: float
    people: float
    headline: float
    places: float
    numbers: float
    years_disjoint: float
    years_shared: float


# No channels known beforehand (``_closest_storyline``'s default).
EMPTY_CHANNELS: Mapping[str, Channels] = MappingProxyType({})


@dataclass(slots=True)
class Assignment:
    event: EventState
    storyline_id: str | None
    new_event: bool
    similarity: float
    # Events that this article showed to be the same happening as ``event``: (old id,
    # the id it now resolves to). Their articles move to ``event``.
    merged: list[tuple[EventState, EventState]] = field(default_factory=list)


class TermIndex:
    """An inverted index from terms to the items (events) that contain them,
    so candidates come from a few short posting lists instead of a scan of the store."""

    def __init__(self) -> None:
        self.postings: dict[str, set[str]] = {}

    def add(self, item_id: str, terms: Iterable[str]) -> None:
        for term in terms:
            self.postings.setdefault(term, set()).add(item_id)

    def remove(self, item_id: str, terms: Iterable[str]) -> None:
        for term in terms:
            posting = self.postings.get(term)
            if posting is not None:
                posting.discard(item_id)
                if not posting:
                    # An index built from the events (a clusterer loaded from the store)
                    # has no empty lists; nor does one kept from build to build.
                    del self.postings[term]

    def candidates(
        self, weighted: dict[str, float], query_terms: int, limit: int, budget: int
    ) -> list[str]:
        """Items sharing the query's most informative terms, best partial score first.

        The terms' posting lists are walked shortest first, and a list that would take the
        walk past ``budget`` visited postings is skipped with every longer one: in a large
        store a mid-frequency term names thousands of events, most of them unrelated, while
        the short lists of rare terms (names, places) already hold the events that matter.
        This keeps the cost of one lookup bounded however large the store grows."""
        top = sorted(weighted.items(), key=lambda tw: tw[1], reverse=True)[:query_terms]
        top.sort(key=lambda tw: len(self.postings.get(tw[0], ())))
        scores: dict[str, float] = {}
        visited = 0
        for term, weight in top:
            posting = self.postings.get(term, ())
            visited += len(posting)
            if visited > budget and scores:
                break
            for item_id in posting:
                scores[item_id] = scores.get(item_id, 0.0) + weight
        # Ties go to the smaller id: a set's order changes from one process to the next
        # (string hashing), and the same articles must make the same clusters in every run.
        best = heapq.nsmallest(limit, scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return [item_id for item_id, _ in best]


class OnlineClusterer:
    """Assigns articles to events and events to storylines, one article at a time."""

    def __init__(
        self,
        events: list[EventState],
        docs: int,
        doc_freq: dict[str, int],
        settings: Settings = DEFAULT,
        model: SimilarityModel | None = None,
        folded: Iterable[str] = (),
        snapshot: tuple[int, dict[str, int]] | None = None,
    ) -> None:
        """``events``: the live events, in arrival order; ``folded``: the ids of events
        folded into others, which still resolve and so are not made again; ``snapshot``:
        the IDF snapshot's store size and document frequencies (the store's, by default
        taken now)."""
        self.settings = settings
        self.model = model or shipped()
        # A setting given overrides the model's own threshold (tests, experiments).
        self.event_join = _either(settings.event_join, self.model.event_join)
        self.event_merge = _either(settings.event_merge, self.model.event_merge)
        self.storyline_join = _either(settings.storyline_join, self.model.storyline_join)
        self.storyline_rejoin = _either(settings.storyline_rejoin, self.model.storyline_rejoin)
        self.events: dict[str, EventState] = {}
        self.docs = docs
        self.doc_freq = Counter(doc_freq)
        # The IDF snapshot: the store's size and the document frequencies when it was taken,
        # the terms counted since (to take into the next), the terms whose frequency in it
        # the store has not yet been given (``snapshot_to_save``), and its number.
        self._idf_docs, snapshot_freq = snapshot or (docs, doc_freq)
        # Keyed by the document frequencies' own strings (a vocabulary's worth of them
        # read again from the store would double what the terms take).
        self._snapshot_freq: dict[str, int] = {}
        self._since_snapshot: set[str] = set()
        for term, freq in self.doc_freq.items():
            frozen = snapshot_freq.get(term, 0)
            if frozen:
                self._snapshot_freq[term] = frozen
            if frozen != freq:
                self._since_snapshot.add(term)
        self._snapshot_unsaved: set[str] = set()
        self._snapshot = 0
        # Each term's weight in the snapshot, computed on first use.
        self._idf: dict[str, float] = {}
        # Event id -> (snapshot, its profile in that snapshot).
        self._profiles: dict[str, tuple[int, Profile]] = {}
        # What weighing large events in bulk needs (``cluster/bulk.py``): term ids and the
        # snapshot's IDFs by id, and each event's terms as arrays.
        self._vocabulary = Vocabulary(self._snapshot_freq)
        self._arrays: dict[str, EventTerms] = {}
        self.event_index = TermIndex()
        # Each storyline's events as (arrival order, id), sorted: its latest events are read
        # from the end however many it has gathered.
        self._storylines: dict[str, list[tuple[int, str]]] = {}
        # Arrival order of events (the store gives them in order): a merge keeps the older.
        self.order: dict[str, int] = {}
        # (old storyline id, the id it now resolves to), collected for the store.
        self.merged_storylines: list[tuple[str, str | None]] = []
        # Every event id given so far, folded events' too (``_new_event_id``).
        self._ids: set[str] = set(folded)
        for event in events:
            self._index_event(event)

    def begin_build(self) -> None:
        """Start a build as a clusterer loaded from the store would (one kept from the last
        build, ``cluster/kept.py``): no merged storylines to report yet. What else loading
        gives, it holds already: the events in their order, their index, the document
        frequencies and the IDF snapshot (with the norms it has weighed in it)."""
        self.merged_storylines = []

    def idf(self, term: str) -> float:
        """The term's weight in the current snapshot (computed on first use in it)."""
        weight = self._idf.get(term)
        if weight is None:
            weight = self._idf[term] = self._snapshot_idf(term)
        return weight

    def _snapshot_idf(self, term: str) -> float:
        """The term's IDF by the snapshot's frequencies; a term new since weighs as one
        seen once (the article that brings it counts it)."""
        return self._idfs_at([self._snapshot_freq.get(term, 0)])[0]

    def _idfs_at(self, frequencies: list[int]) -> list[float]:
        """The IDF in this snapshot of a term of each frozen frequency (0: new since),
        by ``_snapshot_idf``'s formula (the same weights)."""
        numerator, log = self._idf_docs + 1, math.log
        return [log(numerator / ((seen or 1) + 1)) + 1.0 for seen in frequencies]

    def snapshot_to_save(self) -> tuple[int, dict[str, int]]:
        """The snapshot's store size and the frequencies in it the store has not been
        given yet: what a clusterer loaded from the store needs to weigh the terms as this
        one does (``snapshot_saved`` once they are written)."""
        changed = {term: self._snapshot_freq[term] for term in self._snapshot_unsaved}
        return self._idf_docs, changed

    def snapshot_saved(self, written: dict[str, int]) -> None:
        """The store holds these frequencies of the snapshot now."""
        self._snapshot_unsaved.difference_update(written)

    def assign(self, article: Article, terms: dict[str, float]) -> Assignment:
        self._count(terms)
        day = article_day(article)
        candidates = self._candidate_events(terms)
        profile = self._profile(terms)
        compared: dict[str, Channels] = {}
        best, score = self._best_event(terms, profile, (day, day), candidates, compared=compared)
        if best is not None and score >= self.event_join:
            self._grow(best, terms, day)
            kept, merged = self._merge_into(best, candidates)
            self._rejoin_storyline(kept)
            return Assignment(kept, kept.storyline_id, False, score, merged)
        event = EventState(self._new_event_id(article.id), dict(terms), day, day)
        event.storyline_id = self._storyline_for(event, profile, candidates, compared)
        self._index_event(event)
        return Assignment(event, event.storyline_id, True, score)

    def observe(self, terms: dict[str, float]) -> list[str]:
        """Count an article in the document frequencies and return its candidate events,
        without assigning it (the training of the similarity reads pairs this way)."""
        self._count(terms)
        return self._candidate_events(terms)

    def channels(self, terms: dict[str, float], event: EventState) -> Channels:
        """The channel similarities of a term bag and an event."""
        return self._channels(terms, self._profile(terms), event)

    def place(self, event_id: str, terms: dict[str, float], day: str | None = None) -> EventState:
        """Put an article's terms into the event ``event_id``, starting it if new (the
        training replays the gold events this way; ``observe`` has counted the article)."""
        event = self.events.get(event_id)
        if event is None:
            event = EventState(event_id, dict(terms), day, day)
            self._index_event(event)
        else:
            self._grow(event, terms, day)
        return event

    def _count(self, terms: dict[str, float]) -> None:
        """Count the article in the document frequencies; take a new IDF snapshot once
        the store has grown enough to move the weights (``idf_refresh``). Only the terms
        counted since the last snapshot have a new frequency in it."""
        self.docs += 1
        self.doc_freq.update(terms.keys())
        self._since_snapshot.update(terms.keys())
        if self.docs > self._idf_docs * (1.0 + self.settings.idf_refresh):
            for term in self._since_snapshot:
                self._snapshot_freq[term] = self.doc_freq[term]
            self._vocabulary.refrozen(self._since_snapshot)
            self._snapshot_unsaved |= self._since_snapshot
            self._since_snapshot = set()
            self._idf.clear()
            self._idf_docs = self.docs
            self._snapshot += 1

    def _candidate_events(self, terms: dict[str, float]) -> list[str]:
        """The events sharing the article's most informative terms (the inverted index)."""
        return self.event_index.candidates(
            self._weighted(terms),
            self.settings.candidate_terms,
            self.settings.candidate_events,
            self.settings.candidate_postings,
        )

    def _best_event(
        self,
        terms: dict[str, float],
        profile: Profile,
        days: tuple[str | None, str | None],
        candidates: list[str],
        of_event: str | None = None,
        compared: dict[str, Channels] | None = None,
    ) -> tuple[EventState | None, float]:
        """The most likely candidate event that reports dated ``days`` (first, last) fit
        in time (``_fits_in_time``), and its probability. ``of_event``: the event whose
        terms these are (not its own candidate). ``compared`` gathers the channels of each
        candidate weighed (for the storyline of a new event: ``_closest_storyline``)."""
        best: EventState | None = None
        score = 0.0
        for event_id in candidates:
            event = self.events.get(event_id)  # None once merged into another
            if event is None or event_id == of_event:
                continue
            if not self._fits_in_time(event, *days):
                continue
            channels = self._channels(terms, profile, event, of_event)
            if compared is not None:
                compared[event_id] = channels
            similarity = self.model.event.probability(channels)
            if similarity > score:
                best, score = event, similarity
        return best, score

    def _fits_in_time(self, event: EventState, first: str | None, last: str | None) -> bool:
        """Whether reports dated ``first`` to ``last`` can be of ``event``: within
        ``event_max_days`` of its reports and, together, within ``event_max_span_days``.
        Unknown dates never rule an event out."""
        settings = self.settings
        return _close_in_time(event, first, settings.event_max_days) and _within_span(
            event, first, last, settings.event_max_span_days
        )

    def _channels(
        self,
        terms: dict[str, float],
        profile: Profile,
        event: EventState,
        of_event: str | None = None,
    ) -> Channels:
        """Each channel's cosine, and whether the years named are disjoint or shared (both
        only when both name years). A channel one side lacks scores 0. Two large events
        (``terms`` those of ``of_event``) are compared in bulk (``_bulk_dots``)."""
        if of_event is not None and min(len(terms), len(event.terms)) >= BULK_TERMS:
            dots = self._bulk_dots(of_event, terms, event)
        else:
            dots = self._dots(terms, event.terms)
        other = self._profile_of(event.id, event.terms)
        mine, theirs = profile.norms, other.norms
        both_dated = bool(profile.years and other.years)
        shared = both_dated and not profile.years.isdisjoint(other.years)
        return Channels(
            _ratio(dots[0], mine[0] * theirs[0]),
            _ratio(dots[1], mine[1] * theirs[1]),
            _ratio(dots[2], mine[2] * theirs[2]),
            _ratio(dots[3], mine[3] * theirs[3]),
            _ratio(dots[4], mine[4] * theirs[4]),
            float(both_dated and not shared),
            float(shared),
        )

    def _dots(self, a: dict[str, float], b: dict[str, float]) -> list[float]:
        """TF-IDF dot products of two raw term bags, one per channel, in one pass over the
        smaller bag: an article against an event, or an event against another. Years are
        compared as sets (``Profile``), not weighed."""
        if len(a) > len(b):
            a, b = b, a
        dots = [0.0] * CHANNELS
        # Read directly: this loop is most of the clustering's time (a weight is never 0, so
        # "or" only falls back for a term not yet weighed in this snapshot).
        snapshot = self._idf
        channel_of = CHANNEL_OF
        for term, weight in a.items():
            other = b.get(term)
            if other is None:
                continue
            # (``_channel_code``'s rule, inline)
            channel = channel_of.get(term[:2], 0) if term[1:2] == ":" else 0
            if channel == 0 and term.startswith(YEAR_PREFIX):
                continue
            idf = snapshot.get(term) or self.idf(term)
            dots[channel] += weight * other * idf * idf
        return dots

    def _bulk_dots(self, of_event: str, terms: dict[str, float], event: EventState) -> list[float]:
        """``_dots`` of two events' terms from their arrays (``cluster/bulk.py``): the
        same sums, to the bit (the smaller's matches in its order)."""
        mine, theirs = self._arrays_of(of_event, terms), self._arrays_of(event.id, event.terms)
        if len(terms) > len(event.terms):  # (``_dots`` sums over the smaller, the first on a tie)
            mine, theirs = theirs, mine
        return mine.dots(theirs, self._vocabulary, self._idfs_at)

    def _arrays_of(self, item_id: str, terms: dict[str, float]) -> EventTerms:
        """The event's terms as arrays, laid out again if it was trimmed since."""
        arrays = self._arrays.get(item_id)
        if arrays is None or not arrays.holds(terms):
            arrays = EventTerms(terms, self._vocabulary, _channel_code, CHANNELS)
            self._arrays[item_id] = arrays
        return arrays

    def _profile_of(self, item_id: str, terms: dict[str, float]) -> Profile:
        """An event's profile, kept until the event changes or a new IDF snapshot is
        taken; a large event's weighed in bulk (``_bulk_profile``)."""
        cached = self._profiles.get(item_id)
        if cached is not None and cached[0] == self._snapshot:
            return cached[1]
        if len(terms) < BULK_TERMS:
            profile = self._profile(terms)
        else:
            profile = self._bulk_profile(item_id, terms)
        self._profiles[item_id] = (self._snapshot, profile)
        return profile

    def _bulk_profile(self, item_id: str, terms: dict[str, float]) -> Profile:
        """An event's profile from its terms as arrays (``cluster/bulk.py``): the norms
        ``_profile`` gives, to the bit."""
        arrays = self._arrays_of(item_id, terms)
        squares = arrays.squares(self._vocabulary, self._idfs_at)
        return Profile(tuple(math.sqrt(x) for x in squares), arrays.years)

    def _profile(self, terms: dict[str, float]) -> Profile:
        """The TF-IDF norm of each channel and the years of a raw term bag, in one pass."""
        squares = [0.0] * CHANNELS
        years: list[str] = []
        snapshot = self._idf
        # The IDF formula of ``_idfs_at`` inlined: every term of each article and small
        # event is weighed here, and a call each doubled the cost.
        numerator, frequency, log = self._idf_docs + 1, self._snapshot_freq, math.log
        for term, weight in terms.items():
            channel = _channel_code(term)
            if channel == CHANNELS:
                years.append(term[len(YEAR_PREFIX) :])
                continue
            idf = snapshot.get(term)
            if idf is None:
                idf = snapshot[term] = log(numerator / ((frequency.get(term) or 1) + 1)) + 1.0
            weighted = weight * idf
            squares[channel] += weighted * weighted
        return Profile(tuple(math.sqrt(x) for x in squares), frozenset(years))

    def _grow(self, event: EventState, terms: dict[str, float], day: str | None) -> None:
        """Add an article's terms to its event; an event grown past
        ``event_terms * TERMS_SLACK`` terms is trimmed (``_trim``)."""
        arrays = self._arrays.get(event.id)
        if arrays is not None and arrays.holds(event.terms):
            # (before adding: the terms new to the event come last, in the article's order)
            new_terms = [term for term in terms if term not in event.terms]
            arrays.extend(new_terms, self._vocabulary, _channel_code)
        event.add(terms)
        _widen_dates(event, day)
        self.event_index.add(event.id, _indexed(terms))
        self._profiles.pop(event.id, None)
        if len(event.terms) > self.settings.event_terms * TERMS_SLACK:
            self._trim(event)

    def _trim(self, event: EventState) -> None:
        """Keep at most ``event_terms`` of the event's terms, the Frequent algorithm's way
        (Misra and Gries 1982): every weight less the weight of the first term left out
        (the cut), the terms that come to nothing dropped and taken out of the index. A
        term whose weight summed over all the event's reports is over their terms' whole
        weight spread over ``event_terms + 1`` is never dropped. A plain cut to the
        heaviest would shut out for good what a long-running happening comes to be about
        later (a new name starts at one report's weight, the kept terms at all theirs);
        this way a term a large enough share of the later reports use outgrows the cuts,
        whenever it came. When more terms than that tie for the heaviest (a report of
        thousands of words used once, and another), the cut would leave nothing: the
        smallest terms are kept then, their weights as they are."""
        keep = self.settings.event_terms
        weights = event.terms
        # The heaviest weight, and that of the first term left out (the cut).
        heaviest = heapq.nlargest(keep + 1, weights.values())
        cut = heaviest[-1]
        at_most = cut * (1.0 + SAME_WEIGHT)
        if at_most >= heaviest[0]:
            kept = set(sorted(weights, key=lambda term: (-weights[term], term))[:keep])
            trimmed = {term: w for term, w in weights.items() if term in kept}
        else:
            trimmed = {term: w - cut for term, w in weights.items() if w > at_most}
        self.event_index.remove(event.id, _indexed([t for t in weights if t not in trimmed]))
        event.replace_terms(trimmed)

    def _merge_into(
        self, event: EventState, candidates: list[str]
    ) -> tuple[EventState, list[tuple[EventState, EventState]]]:
        """Once an event has grown, it may be as close to another event as articles of
        one happening are to each other (``event_merge``): the two are one happening. The
        younger is folded into the older (whose id stays), and this repeats while the grown
        event finds another. The other event is one the article itself was close to (its
        ``candidates``): an article that makes two events one is about both. Returns the
        event the article ends up in and the merges."""
        merged: list[tuple[EventState, EventState]] = []
        while True:
            profile = self._profile_of(event.id, event.terms)
            # Only events the grown one fits in time with, dates and span together.
            other, score = self._best_event(
                event.terms, profile, (event.first_date, event.last_date), candidates, event.id
            )
            if other is None or score < self.event_merge:
                return event, merged
            older = self.order[other.id] < self.order[event.id]
            keep, fold_in = (other, event) if older else (event, other)
            self._absorb(keep, fold_in)
            merged.append((fold_in, keep))
            event = keep

    def _absorb(self, keep: EventState, fold_in: EventState) -> None:
        self.event_index.remove(fold_in.id, _indexed(fold_in.terms))
        del self.events[fold_in.id]
        self._profiles.pop(fold_in.id, None)
        self._arrays.pop(fold_in.id, None)
        old_storyline = fold_in.storyline_id
        if old_storyline:
            # Gone from its storyline's events whichever storyline it was in (a reload from
            # the store no longer lists it either).
            self._leave_storyline(old_storyline, fold_in.id)
        if (
            old_storyline
            and old_storyline != keep.storyline_id
            and old_storyline not in self._storylines
        ):
            # Its only event is gone: the storyline is now part of the kept one's.
            self.merged_storylines.append((old_storyline, keep.storyline_id))
        self._grow(keep, fold_in.terms, fold_in.first_date)
        _widen_dates(keep, fold_in.last_date)

    def _storyline_for(
        self,
        event: EventState,
        profile: Profile,
        candidates: list[str],
        compared: Mapping[str, Channels],
    ) -> str:
        """Join the storyline whose events are most like this one, or start one.
        ``compared``: channels already weighed between the new event's article and
        candidates (the same as the event's, which holds just that article's terms)."""
        best, _ = self._closest_storyline(
            event, profile, candidates, self.storyline_join, compared=compared
        )
        return best or _id("st", event.id)

    def _closest_storyline(
        self,
        event: EventState,
        profile: Profile,
        candidates: list[str],
        bar: float,
        exclude: str | None = None,
        compared: Mapping[str, Channels] = EMPTY_CHANNELS,
    ) -> tuple[str | None, float]:
        """The storyline holding the event most like this one, by the storyline model over
        the channel similarities, among the ``candidates`` the index gave for its terms, if
        that reaches ``bar``. A storyline is as close as its closest event, not its summed
        terms: a storyline that has gathered many events sums to the common words of them
        all, and that sum comes close to any report (on ECB+ dev, topic F1 0.864 with the
        summed terms, 0.892 with the closest event). The closest must also be close on
        average (``_close_to_storyline``); else the next is tried."""
        closest: dict[str, float] = {}
        for event_id in candidates:
            other = self.events.get(event_id)
            if other is None or event_id == event.id or other.storyline_id in (None, exclude):
                continue
            channels = compared.get(event_id)
            if channels is None:
                channels = self._channels(event.terms, profile, other, event.id)
            similarity = self.model.storyline.probability(channels)
            if similarity > closest.get(other.storyline_id, 0.0):
                closest[other.storyline_id] = similarity
        for storyline_id, score in sorted(closest.items(), key=lambda kv: (-kv[1], kv[0])):
            if score < bar:
                break
            if self._close_to_storyline(event, profile, storyline_id):
                return storyline_id, score
        return None, 0.0

    def _close_to_storyline(self, event: EventState, profile: Profile, storyline_id: str) -> bool:
        """Whether the event's words are close to the storyline's latest events on average
        (``storyline_mean_words``), not only to one of them."""
        latest: list[EventState] = []
        for _, event_id in reversed(self._storylines.get(storyline_id, [])):
            if len(latest) >= self.settings.storyline_mean_events:
                break
            member = self.events.get(event_id)
            if member is not None and event_id != event.id:
                latest.append(member)
        if not latest:
            return True
        total = sum(self._channels(event.terms, profile, m, event.id).words for m in latest)
        return total / len(latest) >= self.settings.storyline_mean_words

    def _rejoin_storyline(self, event: EventState) -> None:
        """An event chose its storyline on its first article. While it is still alone in
        the storyline it started, it looks again each time it grows, since its terms now
        tell more of the happening; when a storyline is close enough
        (``storyline_rejoin``), its storyline is folded into that one."""
        own = event.storyline_id
        if own is None or self._storylines.get(own) != [(self.order[event.id], event.id)]:
            return
        profile = self._profile_of(event.id, event.terms)
        best, _ = self._closest_storyline(
            event, profile, self._candidate_events(event.terms), self.storyline_rejoin, own
        )
        if best is None:
            return
        self._leave_storyline(own, event.id)
        self.merged_storylines.append((own, best))
        event.storyline_id = best
        self._join_storyline(best, event.id)

    def _new_event_id(self, article_id: str) -> str:
        """The id of an event the article starts, made from the article's id so that the
        same articles make the same ids in every run. An article that started an event
        before (it was updated, then assigned again) starts this one under its next id:
        the old id still names the old event, which keeps its other reports."""
        event_id, again = _id("ev", article_id), 0
        while event_id in self._ids:
            again += 1
            event_id = _id("ev", f"{article_id}#{again}")
        return event_id

    def _index_event(self, event: EventState) -> None:
        if event.id in self._ids:
            raise ValueError(f"event {event.id} is already known")
        self._ids.add(event.id)
        self.events[event.id] = event
        self.order[event.id] = len(self.order)
        self.event_index.add(event.id, _indexed(event.terms))
        if event.storyline_id:
            self._join_storyline(event.storyline_id, event.id)

    @property
    def storyline_events(self) -> dict[str, set[str]]:
        """The ids of each storyline's events (a storyline with none is not listed)."""
        return {s: {e for _, e in events} for s, events in self._storylines.items()}

    def _join_storyline(self, storyline_id: str, event_id: str) -> None:
        bisect.insort(
            self._storylines.setdefault(storyline_id, []), (self.order[event_id], event_id)
        )

    def _leave_storyline(self, storyline_id: str, event_id: str) -> None:
        """Takes the event out of the storyline's events; a storyline left with none is
        no longer listed."""
        events = self._storylines.get(storyline_id, [])
        key = (self.order[event_id], event_id)
        at = bisect.bisect_left(events, key)
        if at < len(events) and events[at] == key:
            del events[at]
        if not events:
            self._storylines.pop(storyline_id, None)

    def _weighted(self, terms: dict[str, float]) -> dict[str, float]:
        """The TF-IDF weights of the terms the index holds (``_indexed``)."""
        indexed = list(_indexed(terms))
        snapshot = self._idf
        # The terms not yet weighed in this snapshot, weighed together (``_idfs_at``): a
        # call a term (``idf``) made this a tenth of the clustering's time (2,000 articles,
        # py-spy), as each new snapshot clears ``_idf`` and the weights are worked out again.
        new = [term for term in indexed if term not in snapshot]
        if new:
            weights = self._idfs_at([self._snapshot_freq.get(term, 0) for term in new])
            snapshot.update(zip(new, weights, strict=True))
        return {term: terms[term] * snapshot[term] for term in indexed}


def _indexed(terms: Iterable[str]) -> Iterable[str]:
    """The terms the index holds (``UNINDEXED``)."""
    return (term for term in terms if not (term[1:2] == ":" and term[0] in UNINDEXED))


def _channel_code(term: str) -> int:
    """The channel a term's weight is summed in (``CHANNEL_OF``), or ``CHANNELS`` for a
    year (compared as a set, not weighed). ``OnlineClusterer._dots`` applies the same rule
    inline (its loop is most of comparing an article with its candidates)."""
    if term[1:2] != ":":
        return 0
    channel = CHANNEL_OF.get(term[:2], 0)
    return CHANNELS if channel == 0 and term.startswith(YEAR_PREFIX) else channel


def _either(setting: float | None, default: float) -> float:
    return default if setting is None else setting


def _ratio(dot: float, norms: float) -> float:
    return dot / norms if dot else 0.0


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


def _within_span(event: EventState, first: str | None, last: str | None, span: int) -> bool:
    """Whether the event's dated reports and those dated ``first`` to ``last`` fall within
    ``span`` days of each other."""
    days = [d for d in (event.first_date, event.last_date, first, last) if d is not None]
    if len(days) < 2:
        return True
    return (date.fromisoformat(max(days)[:10]) - date.fromisoformat(min(days)[:10])).days <= span


def _id(prefix: str, seed: str) -> str:
    return f"{prefix}-{hashlib.sha1(seed.encode('utf-8')).hexdigest()[:12]}"
