"""The stage registry and the local runner.

``ingest`` reads inputs and runs the per-article stages (extract, dedupe, read), storing
each result with the version of the stage that produced it; ``build`` runs the stages that
need the whole store (online clustering in arrival order, dating undated articles by their
event, then the comparison and briefing per storyline), recording their versions too. An
ingest for a build to follow (``cluster_as_read``, `storyline run`) may run the first two
of those itself, as the reading comes back (``_clustering_as_read``).

Each stored article records, per stage, the version that produced its data (the briefing
stage's is recorded with each briefing). A stage whose version changed is run again at the
next ``build`` on the articles (or briefings) an older version produced, and on those only;
the briefings that show what it changed are written again. The extract stage needs the
input itself, so it runs again when the input is ingested again.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing, contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from storyline import dedupe, extract, workers
from storyline.bands import band_keys
from storyline.brief import compose as brief
from storyline.brief import llm
from storyline.brief.scope import Scope, scope, scope_key
from storyline.brief.summary import recounted, summarise
from storyline.cluster import kept, online
from storyline.cluster.state import EventState
from storyline.compare.remembered import Remembered, remembering
from storyline.compare.support import known_stances
from storyline.ingest.files import discover, read_path
from storyline.model import (
    Article,
    Briefing,
    Event,
    RawDocument,
    Rejection,
    StanceKey,
    StanceResult,
    Storyline,
    StorySummary,
)
from storyline.per_report import reports_stamped
from storyline.read import STAGE_VERSION as READ_VERSION
from storyline.read import ReadAhead, anchor_of, date_through_event, read_articles
from storyline.settings import DEFAULT, Settings
from storyline.store.db import Store, StoredStances
from storyline.store.held import HeldReports, stored_comparisons
from storyline.workers import (
    StandingWorkers,
    collecting_young_less_often,
    frozen_meanwhile,
    ordered_map,
)

log = logging.getLogger(__name__)
_T = TypeVar("_T")

# Composing runs in worker processes from this many storylines to compose, when they read
# this many reports between them: starting the workers costs a fraction of a second with
# fork, a second or two with spawn, and composing a report some tens of milliseconds on a
# first build (a few on later ones). A watcher's batch touches a few large storylines: in
# one process, one core waited while the other composed them all.
PARALLEL_BRIEFS_FROM = 2
PARALLEL_BRIEF_REPORTS = 200
# Dating an undated article by its event's day (``read.date_through_event``), after
# clustering: its own stage, with its own version, since it rewrites read data.
# event-date-2: no later time in the article, and its year named when the event's day rests
# on no report's publication date (read/dating.py ``date_from_event``).
EVENT_DATE_VERSION = "event-date-2"


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    version: str
    what: str


STAGES: list[Stage] = [
    Stage("extract", extract.STAGE_VERSION, "clean text, title, outlet, author, date"),
    Stage("dedupe", dedupe.STAGE_VERSION, "near-duplicates and syndicated copies"),
    Stage("read", READ_VERSION, "entities, quotes with speakers, time expressions"),
    Stage("cluster", online.STAGE_VERSION, "online events and storylines"),
    Stage("event_date", EVENT_DATE_VERSION, "undated articles dated by their event's day"),
    Stage("brief", brief.STAGE_VERSION, "source comparison and grounded briefings"),
]


def version(stage: str) -> str:
    """The current version of a stage (read from ``STAGES`` each time)."""
    return next(s.version for s in STAGES if s.name == stage)


Tick = Callable[[str], None]

# Seconds of wall time spent in each stage by this process since it started (or since the
# caller cleared it): ``benchmarks/throughput.py`` prints their shares. Reading and
# composing run in worker processes; their time here is the time this process waits on them.
STAGE_SECONDS: defaultdict[str, float] = defaultdict(float)
_RUNNING: list[tuple[str, float]] = []  # the stages being timed, innermost last


@contextmanager
def timed(stage: str) -> Iterator[None]:
    """Count the block's time to ``stage``; a stage timed inside another counts its own
    time only to itself."""
    now = time.perf_counter()
    if _RUNNING:
        outer, since = _RUNNING[-1]
        STAGE_SECONDS[outer] += now - since
    _RUNNING.append((stage, now))
    try:
        yield
    finally:
        end = time.perf_counter()
        name, since = _RUNNING.pop()
        STAGE_SECONDS[name] += end - since
        if _RUNNING:
            _RUNNING[-1] = (_RUNNING[-1][0], end)


def _timed_iter(stage: str, items: Iterable[_T]) -> Iterator[_T]:
    """The items of an iterator, the time taken to produce each counted to ``stage``."""
    iterator = iter(items)
    while True:
        with timed(stage):
            item = next(iterator, None)
        if item is None:
            return
        yield item


def _no_tick(_: str) -> None:
    return None


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # every stored one, in input order

    @property
    def stored(self) -> int:
        """The articles stored: new, updated or unchanged (``read`` counts the documents
        opened, those rejected among them)."""
        return self.new + self.updated + self.unchanged

    def merge(self, other: IngestReport) -> None:
        self.read += other.read
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.rejected += other.rejected
        self.article_ids += other.article_ids


@dataclass(slots=True)
class BuildReport:
    clustered: int = 0
    events: int = 0
    storylines: int = 0
    briefings: int = 0


def count_inputs(paths: list[Path]) -> int:
    return sum(1 for item in discover(paths) if isinstance(item, Path))


@collecting_young_less_often()
def ingest(
    store: Store,
    paths: list[Path],
    settings: Settings = DEFAULT,
    tick: Tick = _no_tick,
    cluster_as_read: bool = False,
) -> IngestReport:
    """Read, clean and store every article under ``paths``; bad inputs are reported and
    skipped. Re-ingesting unchanged articles does nothing. With ``cluster_as_read`` (for a
    build to follow, with these ``settings``), each article is clustered as its reading
    comes back, when the build would cluster exactly these articles first
    (``_clustering_as_read``)."""
    report = IngestReport()
    with closing(ReadAhead()) as changed:
        for item in discover(paths):
            if isinstance(item, Rejection):
                _reject(store, report, item)
                continue
            for raw in read_path(item, settings):
                _store_one(store, raw, report, changed, settings)
            tick("files")
        _read_changed(store, changed, settings, tick, cluster_as_read)
    return report


@collecting_young_less_often()
def ingest_documents(
    store: Store,
    documents: Iterable[RawDocument],
    settings: Settings = DEFAULT,
    tick: Tick = _no_tick,
    cluster_as_read: bool = False,
) -> IngestReport:
    """The same as ``ingest`` for documents already in memory (API, evaluations)."""
    report = IngestReport()
    with closing(ReadAhead()) as changed:
        for raw in documents:
            _store_one(store, raw, report, changed, settings)
        _read_changed(store, changed, settings, tick, cluster_as_read)
    return report


def _store_one(
    store: Store,
    raw: RawDocument | Rejection,
    report: IngestReport,
    changed: ReadAhead,
    settings: Settings,
) -> None:
    if isinstance(raw, Rejection):
        _reject(store, report, raw)
        return
    report.read += 1
    with timed("extract"):
        article = extract.extract(raw, settings)
    if isinstance(article, Rejection):
        _reject(store, report, article)
        return
    with timed("store"):
        if _upsert(store, article, report):
            changed.append(article)


def _upsert(store: Store, article: Article, report: IngestReport) -> bool:
    """Store an extracted article and count it; whether its later stages must be redone."""
    status = store.upsert_article(article, version("extract"))
    report.article_ids.append(article.id)
    setattr(report, status, getattr(report, status) + 1)
    return status != "unchanged" or not _is_current(store, article.id)


def _read_changed(
    store: Store, changed: ReadAhead, settings: Settings, tick: Tick, cluster: bool = False
) -> None:
    """Read the changed articles (from ``START_AHEAD`` of them on, the workers began as
    they were stored: ``ReadAhead``) and dedupe each as its reading comes back, in
    arrival order, both written in one commit. Reading runs in worker processes:
    signing and looking up each copy here overlaps it, where deduping the whole batch
    first kept the workers waiting (dedupe reads only the text, which reading leaves as
    it is). With ``cluster``, each is then clustered too, when it can be
    (``_clustering_as_read``). The readings and dedupe results are written
    ``DEDUPE_WRITES`` at a time, always before the assignments of their articles."""
    originals = StoredOriginals(store, version("read"))
    clustering = (
        _clustering_as_read(store, changed.articles, settings, originals.flush) if cluster else None
    )
    # (a failure leaves the assignments written so far, with what they touched; those
    # pending are dropped, the clusterer is not kept, and the next build assigns them;
    # the readings not yet written are read again by the next ingest)
    with frozen_meanwhile() if clustering else nullcontext():
        for article in _timed_iter("read", changed.read()):
            with timed("dedupe"):
                _dedupe_one(article, originals, settings)
            with timed("store"):
                originals.hold(article)
            if clustering is not None:
                with timed("cluster"):
                    clustering.assign(article)
            tick("read")
        with timed("store"):
            originals.flush()
        if clustering is not None:
            with timed("cluster"):
                clustering.finish()
                kept.keep(store, settings, clustering.clusterer)


def _clustering_as_read(
    store: Store, changed: list[Article], settings: Settings, before_write: Callable[[], None]
) -> _Clustering | None:
    """A clustering of the changed articles as their reading comes back, when the next
    build would cluster exactly them, in this order, first: no other article waits
    unclustered (arrival order is the order of assignment), and no stage is stale (a
    stale stage, redone first by the build, may dedupe, read or cluster other articles
    again). The clustering then overlaps the reading, where after it one of two cores
    waited (the cluster stage was a tenth of `storyline run` on 2,000 articles).
    ``before_write`` is called before each write of assignments (it writes the articles'
    readings first)."""
    with timed("cluster"):
        if not _clusters_first(store, changed):
            return None
        clusterer = kept.clusterer_for(store, settings)
        return _Clustering(store, clusterer, hand_on=settings, before_write=before_write)


def _clusters_first(store: Store, changed: list[Article]) -> bool:
    """Whether the next build would cluster exactly ``changed``, in this order, first."""
    ids = [article.id for article in changed]
    if not ids or store.unclustered_ids() != ids:
        return False
    unread = set(ids)
    for stage in ("dedupe", "read"):
        if not set(store.produced_by_other_version(stage, version(stage))) <= unread:
            return False
    return not (
        store.produced_by_other_version("cluster", version("cluster"), clustered=True)
        or store.produced_by_other_version("event_date", EVENT_DATE_VERSION, recorded_only=True)
    )


@dataclass(slots=True)
class Processed:
    """One input after the per-article stages that need no store (extract, dedupe
    signature, read): what parallel workers send back."""

    article: Article | None = None
    rejection: Rejection | None = None
    signature: bytes | None = None
    counted: bool = True  # a document was read (False: the file itself was unreadable)


def process_documents(
    documents: Iterable[RawDocument | Rejection], settings: Settings = DEFAULT
) -> list[Processed]:
    """Extract, sign and read documents without a store, in one process."""
    out: list[Processed] = []
    for raw in documents:
        if isinstance(raw, Rejection):
            out.append(Processed(rejection=raw, counted=False))
            continue
        article = extract.extract(raw, settings)
        if isinstance(article, Rejection):
            out.append(Processed(rejection=article))
            continue
        signature = dedupe.to_bytes(dedupe.signature(article.text, settings))
        out.append(Processed(article=article, signature=signature))
    articles = [p.article for p in out if p.article is not None]
    for _ in read_articles(articles, parallel=False):
        pass
    return out


def store_processed(
    store: Store, processed: Iterable[Processed], settings: Settings = DEFAULT
) -> IngestReport:
    """Store processed articles in order, exactly as ``ingest`` stores what it reads."""
    report = IngestReport()
    changed: list[Article] = []
    signatures: dict[str, bytes] = {}
    for item in processed:
        if item.rejection is not None:
            report.read += item.counted
            _reject(store, report, item.rejection)
            continue
        assert item.article is not None and item.signature is not None
        report.read += 1
        if _upsert(store, item.article, report):
            changed.append(item.article)
            signatures[item.article.id] = item.signature
    _dedupe(store, changed, settings, signatures)
    for article in changed:
        store.save_article(article, "read", version("read"))
    return report


def _reject(store: Store, report: IngestReport, rejection: Rejection) -> None:
    log.warning("rejected %s: %s", rejection.source, rejection.reason)
    report.rejected.append(rejection)
    store.save_rejection(rejection)


def _is_current(store: Store, article_id: str) -> bool:
    versions = store.stage_versions(article_id)
    return versions.get("read") == version("read") and versions.get("dedupe") == version("dedupe")


def _dedupe(
    store: Store,
    changed: list[Article],
    settings: Settings,
    signatures: dict[str, bytes] | None = None,
) -> None:
    """Link each changed article to the stored article it copies, in arrival order.
    ``signatures`` are MinHash signatures computed elsewhere (by parallel workers)."""
    originals = StoredOriginals(store)
    for article in changed:
        _dedupe_one(article, originals, settings, (signatures or {}).get(article.id))
        originals.hold(article)  # (the next article's lookup finds this one)
    originals.flush()


def _dedupe_one(
    article: Article,
    originals: StoredOriginals,
    settings: Settings,
    known: bytes | None = None,
) -> None:
    """Link the article to the stored article it copies (``duplicate_of``); its
    signature (``known``, or computed here) is kept with that result (``originals.add``),
    to be stored with it."""
    signature = dedupe.from_bytes(known) if known else dedupe.signature(article.text, settings)
    dedupe.mark_duplicate(article, originals, signature, settings)


# Articles whose dedupe results (with their readings, in an ingest) are written in one
# commit: a commit each took 2.0 of the 2.6 CPU-seconds that writing 2,000 took (0.6 in
# one commit). A failure loses at most these; the next ingest reads them again.
DEDUPE_WRITES = 50


class StoredOriginals:
    """The store's signatures and LSH bands, as ``dedupe`` looks them up, and the dedupe
    results not yet written (kept by ``add`` in a ``dedupe.DuplicateIndex``, with their
    articles by ``hold``; written ``DEDUPE_WRITES`` at a time, and by ``flush``): a lookup
    finds a held article as it would find it written. ``read``: the read stage's version,
    recorded with each result (its reading is written with it)."""

    def __init__(self, store: Store, read: str | None = None) -> None:
        self.store = store
        self.read = read
        self._held = dedupe.DuplicateIndex()
        self._articles: dict[str, Article] = {}

    def candidates(self, article_id: str, sig: bytes) -> list[dedupe.Candidate]:
        rows = self.store.minhash_candidates(article_id, band_keys(sig))
        # (a held article's stored signature, if any, is the one its result replaces)
        held = self._held.signatures
        found = [dedupe.Candidate(*row) for row in rows if row[0] not in held]
        sharing = self._held.sharing_a_band(article_id, sig)
        if not sharing:
            return found
        # (held as ``Store.minhash_candidates`` gives stored ones: by arrival order)
        orders = self.store.arrival_orders(original for _, original in sharing)
        return found + [
            dedupe.Candidate(other, original, orders[original], held[other])
            for other, original in sharing
        ]

    def add(self, article_id: str, sig: bytes, duplicate_of: str | None) -> None:
        # (an article given again in one ingest, rewritten, leaves its old bands, as
        # writing the new signature drops the stored one's: ``DuplicateIndex.add``)
        self._held.add(article_id, sig, duplicate_of)

    def hold(self, article: Article) -> None:
        """Keep the article, whose dedupe result and signature ``add`` kept, to write."""
        self._articles[article.id] = article
        if len(self._articles) >= DEDUPE_WRITES:
            self.flush()

    def flush(self) -> None:
        """Write the held results in one commit."""
        if self._articles:
            deduped = [(a, self._held.signatures[a.id]) for a in self._articles.values()]
            self.store.save_deduped_many(deduped, version("dedupe"), self.read)
            self._articles.clear()
            self._held = dedupe.DuplicateIndex()


@collecting_young_less_often()
def build(store: Store, settings: Settings = DEFAULT, tick: Tick = _no_tick) -> BuildReport:
    """Cluster the articles not yet in an event (in arrival order), then brief the
    storylines that changed (and any that has no briefing yet)."""
    report = BuildReport()
    with timed("redo stale stages"):
        redated = _redo_stale_stages(store, settings, tick)
    with timed("cluster"):
        clusterer = kept.clusterer_for(store, settings)
        clustering = _Clustering(store, clusterer)
        with frozen_meanwhile():
            for article in store.unclustered_articles():
                clustering.assign(article)
                tick("cluster")
            touched = clustering.finish()
        kept.keep(store, settings, clusterer)
    report.clustered = clustering.count
    with timed("event dating"):
        _date_through_events(store, clustering.events, redated, settings)
    # Updated articles leave their storyline stale (never without its briefing, which
    # readers keep seeing); one whose articles all went elsewhere is folded into where
    # they went, like a merge.
    touched |= store.storylines_to_brief(version("brief"))
    retired = store.retire_empty_storylines(touched)
    touched = (touched - retired.keys()) | set(retired.values())
    report.briefings = brief_storylines(store, touched, settings, tick)
    report.events, report.storylines = store.count_events_and_storylines()
    return report


def _redo_stale_stages(store: Store, settings: Settings, tick: Tick) -> list[str]:
    """Run each per-article stage again on the articles an older version of it produced
    (and on those only), and mark their storylines to be briefed again. Returns the
    articles whose event dating is to be redone. Clustering again means leaving the event:
    ``build`` then assigns the article anew."""
    extracted = store.produced_by_other_version("extract", version("extract"))
    if extracted:
        log.warning(
            "%d articles were extracted by another version of the extract stage;"
            " ingest their inputs again to extract them with %s",
            len(extracted),
            version("extract"),
        )
    signed = store.produced_by_other_version("dedupe", version("dedupe"))
    if signed:
        log.info("deduplicating %d articles again (%s)", len(signed), version("dedupe"))
        _dedupe(store, store.articles(signed), settings)
    read = store.produced_by_other_version("read", version("read"))
    if read:
        log.info("reading %d articles again (%s)", len(read), version("read"))
        for article in read_articles(store.articles(read)):
            store.save_article(article, "read", version("read"))
            tick("read")
    store.mark_storylines_stale(sorted(set(signed) | set(read)))
    clustered = store.produced_by_other_version("cluster", version("cluster"), clustered=True)
    if clustered:
        # Online clustering depends on every article before: one clustered by another
        # version leaves those after it clustered against what no longer holds, so the
        # whole store is clustered again, from an empty state, in arrival order.
        log.info("clustering the store again (%s)", version("cluster"))
        store.uncluster_all()
    return store.produced_by_other_version("event_date", EVENT_DATE_VERSION, recorded_only=True)


class _Clustering:
    """The cluster stage: articles assigned one at a time, in arrival order, and written
    ``CLUSTER_WRITES`` at a time (``_PendingClusterings``); the events and storylines
    touched. With ``hand_on`` (the settings of the build to follow), for an ingest's
    clustering: what the build would take from it in memory is stored with each write
    instead (``_PendingClusterings``); ``before_write`` is called before each write."""

    def __init__(
        self,
        store: Store,
        clusterer: online.OnlineClusterer,
        hand_on: Settings | None = None,
        before_write: Callable[[], None] | None = None,
    ) -> None:
        # (the store, the clusterer and the settings handed on are the pending writes')
        self.pending = _PendingClusterings(store, clusterer, hand_on, before_write)
        self.events: set[str] = set()
        self.storylines: set[str] = set()
        self.count = 0

    @property
    def clusterer(self) -> online.OnlineClusterer:
        return self.pending.clusterer

    def assign(self, article: Article) -> None:
        terms = online.article_terms(article)
        assignment = self.clusterer.assign(article, terms)
        article.event_id = assignment.event.id
        article.storyline_id = assignment.storyline_id
        self.pending.add(article, set(terms), assignment.event, assignment.storyline_id)
        self.events.add(assignment.event.id)
        if assignment.merged:
            self.pending.flush()  # a merge moves the stored articles of the folded event
        for folded, into in assignment.merged:
            touched = {s for s in (folded.storyline_id, into.storyline_id) if s}
            hand_on = self.pending.hand_on
            self.pending.store.merge_event(folded.id, into, sorted(touched) if hand_on else ())
            self.events.add(into.id)
            if hand_on:
                self.pending.to_date.add(into.id)  # (dated with the next write's)
            self.storylines |= touched
        if assignment.storyline_id:
            self.storylines.add(assignment.storyline_id)
        self.count += 1

    def finish(self) -> set[str]:
        """Write the pending assignments; the storylines touched, but those merged into
        another (each written with the assignments that made it)."""
        self.pending.flush()
        for folded_storyline, kept_storyline in self.clusterer.merged_storylines:
            if kept_storyline:
                self.storylines.discard(folded_storyline)
        return self.storylines


# Articles whose assignments are written in one transaction: each event's terms are then
# written once for them, not once per article (that was a third of the cluster stage's
# time at 8,000 articles, growing with the events).
CLUSTER_WRITES = 200


class _PendingClusterings:
    """Assignments made and not yet written. A build (or an ingest's clustering) that
    fails leaves the unwritten articles unclustered and their events as stored before
    them: the store stays consistent, and the next build assigns them again. The store is
    the one writing each article alone gives, but for the row of an event folded into an
    older one by the article that grew it: written with that article's terms when the
    batch held it, where alone it kept the terms before them. No reader reads a folded
    event's terms.

    With ``hand_on`` (an ingest's clustering, for a build to follow with those settings),
    each write also marks its articles' storylines to be briefed, in its transaction, and
    then dates its events (``_date_through_events``): what a build's own cluster stage hands
    on in memory, stored as it is made, so that an ingest that fails or is killed halfway
    leaves nothing it clustered unbriefed (but the dating of the last write's events, if
    it ends right between the two)."""

    def __init__(
        self,
        store: Store,
        clusterer: online.OnlineClusterer,
        hand_on: Settings | None = None,
        before_write: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self.clusterer = clusterer
        self.hand_on = hand_on
        # How many of the clusterer's storyline merges this build has written.
        self.merges_written = 0
        self.assigned: list[tuple[Article, set[str]]] = []
        self.events: dict[str, tuple[EventState, str | None]] = {}
        self.to_date: set[str] = set()  # (with ``hand_on``) events written, not yet dated
        # Called before each write (an ingest's: it writes the articles' readings first).
        self.before_write = before_write

    def add(
        self, article: Article, terms: set[str], event: EventState, storyline_id: str | None
    ) -> None:
        self.assigned.append((article, terms))
        self.events[event.id] = (event, storyline_id)  # the first assignment keeps its place
        if len(self.assigned) >= CLUSTER_WRITES:
            self.flush()

    def flush(self) -> None:
        if self.before_write is not None:
            self.before_write()
        if self.assigned:
            # The snapshot and the storyline merges as the clusterer holds them after the
            # articles written now.
            snapshot = self.clusterer.snapshot_to_save()
            merges = self.clusterer.merged_storylines[self.merges_written :]
            to_brief = {a.storyline_id for a, _ in self.assigned if a.storyline_id}
            self.store.save_clusterings(
                self.assigned,
                list(self.events.values()),
                version("cluster"),
                snapshot,
                [(folded, into) for folded, into in merges if into],
                sorted(to_brief) if self.hand_on else (),
            )
            self.clusterer.snapshot_saved(snapshot[1])
            self.merges_written += len(merges)
        if self.hand_on is not None:
            self.to_date |= self.events.keys()
            if self.to_date:
                with timed("event dating"):
                    _date_through_events(self.store, self.to_date, [], self.hand_on)
                self.to_date = set()
        self.assigned, self.events = [], {}


def brief_all(store: Store, settings: Settings = DEFAULT, tick: Tick = _no_tick) -> int:
    """Brief every storyline again (after a change of the briefing stage)."""
    return brief_storylines(store, {s.id for s in store.storylines()}, settings, tick)


def brief_storylines(
    store: Store, storyline_ids: set[str], settings: Settings = DEFAULT, tick: Tick = _no_tick
) -> int:
    """Compose, summarise and store the briefing of each given storyline. Composing (the
    comparison of every sentence with the other sources') runs in worker processes when
    there are enough storylines; reading the store and writing to it stay here. The
    stances of sources towards claims stored by earlier builds are reused, and a briefing
    whose scope (the events and reports it tells, ``brief/scope.py``) has not changed is
    not composed again: only its counts of the storyline's events and reports are."""
    store.keep_stances_of(stance_fingerprint())
    to_compose: list[_Scoped] = []
    count = 0
    for storyline_id in sorted(storyline_ids):
        with timed("brief: load"):
            scoped = _scoped(store, storyline_id, settings)
        if scoped is None:
            continue
        if store.briefing_scope(storyline_id) == (version("brief"), scoped.key):
            with timed("brief: recount"):
                _recount(store, scoped)
            count += 1
            tick("brief")
        else:
            to_compose.append(scoped)
    reports = sum(len(scoped.told.article_ids) for scoped in to_compose)
    many = len(to_compose) >= PARALLEL_BRIEFS_FROM and reports >= PARALLEL_BRIEF_REPORTS
    build = next(_BUILDS)
    tasks = [_ComposeTask(scoped, settings, store.path, build) for scoped in to_compose]
    # (closed when the loop stops early, so that the standing workers are free again)
    with closing(_composing(tasks, many)) as composed:
        count += _store_composed(store, to_compose, composed, settings, tick)
    return count


def _store_composed(
    store: Store,
    to_compose: list[_Scoped],
    composed: Iterator[tuple[int, _Composed]],
    settings: Settings,
    tick: Tick,
) -> int:
    """Store each briefing as it is composed (rewritten first by the LLM writer, if one is
    set); how many."""
    count = 0
    for index, (briefing, stances, comparisons, summary) in _timed_iter(
        "brief: compare and compose", composed
    ):
        scoped = to_compose[index]
        key: str | None = scoped.key
        if settings.llm_base_url:
            extractive = briefing
            articles = _told_articles(store, scoped)
            briefing = llm.rewrite_main(briefing, articles, llm.openai_chat(settings), settings)
            if briefing is extractive:
                key = None  # the writer failed or wrote nothing that held: try again next time
            summary = summarise(briefing, scoped.events, articles, 0, set())
        with timed("brief: store"):
            store.save_stances(stances)
            _save(store, scoped, briefing, summary, key, comparisons)
        count += 1
        tick("brief")
    return count


# Standing workers compose a build's storylines when there are enough of them
# (``workers.StandingWorkers``): started by the first build that needs them, kept for the
# next ones, used by one build at a time (a server builds in several threads; the others
# start workers of their own for the build, as every build did before).
_STANDING: list[StandingWorkers] = []
_STANDING_LOCK = threading.Lock()


def _composing(
    tasks: list[_ComposeTask], many: bool
) -> Generator[tuple[int, _Composed], None, None]:
    """(index, what ``_compose`` gives) of each task, in the order they are done."""
    if not many:
        yield from enumerate(map(_compose, tasks))
        return
    if not _STANDING_LOCK.acquire(blocking=False):
        yield from enumerate(ordered_map(_compose, tasks))
        return
    try:
        pool = _standing_workers()
        homes = [task.scoped.storyline_id for task in tasks]
        weights = [len(task.scoped.told.article_ids) for task in tasks]
        yield from pool.run(_compose, tasks, homes, weights)
    finally:
        _STANDING_LOCK.release()


def stop_workers() -> None:
    """End the standing workers, if any (the next build that needs them starts others)."""
    with _STANDING_LOCK:
        for pool in _STANDING:
            pool.close()
        _STANDING.clear()


def _standing_workers() -> StandingWorkers:
    """The standing workers, started again when they broke or when this process must now
    start them otherwise (it has begun threads: ``workers.start_method``)."""
    method = workers.start_method()
    if _STANDING and _STANDING[0].alive() and _STANDING[0].method == method:
        return _STANDING[0]
    for old in _STANDING:
        old.close()
    _STANDING[:] = [StandingWorkers(method)]
    return _STANDING[0]


@dataclass(frozen=True, slots=True)
class _Scoped:
    """A storyline to brief: all its events (members' ids only), the part its briefing
    tells, and the fingerprint of that part."""

    storyline_id: str
    events: list[Event]
    told: Scope
    key: str
    stamps: dict[str, str]  # the told reports' record stamps (``Store.record_stamps``)


@dataclass(frozen=True, slots=True)
class _ComposeTask:
    """What a worker composes from: the storyline's scope, and the store it reads the
    scope's reports (``store/held.py``), their stances and the last build's comparisons
    from (nothing is written there meanwhile: the stages before have brought every record
    in step)."""

    scoped: _Scoped
    settings: Settings
    path: Path
    build: int  # this process's count of builds that composed: what a worker holds ages by it


# (``_ComposeTask.build``)
_BUILDS = itertools.count(1)


def _scoped(store: Store, storyline_id: str, settings: Settings) -> _Scoped | None:
    events = store.events_of(storyline_id)
    if not events:
        return None
    told = scope(events, settings)
    salt = f"{version('brief')} {stance_fingerprint()} {settings!r}"
    stamps = store.record_stamps(told.article_ids)
    key = scope_key(told, stamps, salt)
    return _Scoped(storyline_id, events, told, key, stamps)


def _told_articles(store: Store, scoped: _Scoped) -> dict[str, Article]:
    """The articles the storyline's briefing reads, by id."""
    return {a.id: a for a in store.articles(scoped.told.article_ids)}


_Known = dict[StanceKey, StanceResult]
# The reports this process holds for the briefings it composes (``store/held.py``).
HELD_REPORTS = HeldReports()
# A briefing, the stances classified for it that were not known before, what comparing
# its reports found (for the next build), and the storyline's summary without the counts
# only the store knows (its independent sources and outlets).
_Composed = tuple[Briefing, _Known, bytes | None, StorySummary]


def _compose(task: _ComposeTask) -> _Composed:
    """What a storyline's briefing gives the store (``_Composed``), composed from its
    scope's reports as this process holds them or reads them from the store."""
    scoped = task.scoped
    articles = HELD_REPORTS.articles(task.path, scoped.stamps, task.build)
    stances = StoredStances(task.path)
    remembered = Remembered(
        comparison_salt(task.settings),
        scoped.stamps,
        stored_comparisons(task.path, scoped.storyline_id),
    )
    try:
        with (
            known_stances(stances),
            remembering(remembered),
            reports_stamped(HELD_REPORTS.stamps(articles), task.build),
        ):
            briefing = _composed(scoped.storyline_id, scoped.told, articles, task.settings)
    finally:
        stances.close()
    log.debug(
        "storyline %s: %d claims compared afresh, %d with the new reports only",
        scoped.storyline_id,
        remembered.compared_claims,
        remembered.reused_claims,
    )
    summary = summarise(briefing, scoped.events, articles, 0, set())
    return briefing, stances.fresh, remembered.encoded(), summary


def _composed(
    storyline_id: str, told: Scope, articles: dict[str, Article], settings: Settings
) -> Briefing:
    storyline = Storyline(storyline_id, [e.id for e in told.events])
    briefing = brief.compose(storyline, told.events, articles, settings, told.sizes)
    _count_storyline(briefing, told)
    return briefing


def _count_storyline(briefing: Briefing, told: Scope) -> None:
    """How much of its storyline a briefing tells (zeros: all of it)."""
    briefing.events_in_storyline, briefing.reports_in_storyline = _storyline_counts(told)


def _storyline_counts(told: Scope) -> tuple[int, int]:
    """The storyline's events and reports as a briefing that tells ``told`` counts them
    (zeros: it tells all of it)."""
    return (0, 0) if told.whole else (told.events_in_storyline, told.reports_in_storyline)


def _recount(store: Store, scoped: _Scoped) -> None:
    """A storyline touched outside its briefing's scope (a late report of an old event):
    the stored briefing stands; its counts of the storyline, and its summary, change.
    The summary's title, line and entities come from the briefing and the reports it
    reads, as they were when it was composed (equal scope keys), so only its counts and
    span are worked out again: summarising the reports anew loaded and read them all
    (about 60 ms for 150 reports, before the workers start composing). (A change to
    what a summary shows changes the brief stage's version, as one to composing does.)"""
    if store.story_summary(scoped.storyline_id) is None:  # (stored without its summary)
        _summarise_again(store, scoped)
        return
    published = store.published_of(_dated_by_reports(scoped))
    sources, outlets = _storylines_sources(store, scoped.storyline_id)

    def recount(stored: StorySummary) -> StorySummary:
        summary = recounted(stored, scoped.events, published)
        return replace(summary, sources=sources, outlets=outlets)

    store.recount_briefing(
        scoped.storyline_id,
        (version("brief"), scoped.key),
        _storyline_counts(scoped.told),
        recount,
    )


def _dated_by_reports(scoped: _Scoped) -> list[str]:
    """The reports the briefing reads whose publication dates date their event in the
    storyline's summary: those of its events without a date of their own (often none)."""
    told = set(scoped.told.article_ids)
    return [a for e in scoped.events if not e.date for a in e.article_ids if a in told]


def _summarise_again(store: Store, scoped: _Scoped) -> None:
    """``_recount`` from the briefing and the reports it reads."""
    briefing = store.briefing(scoped.storyline_id)
    if briefing is None:
        return
    _count_storyline(briefing, scoped.told)
    summary = summarise(briefing, scoped.events, _told_articles(store, scoped), 0, set())
    _save(store, scoped, briefing, summary, scoped.key)


def _save(
    store: Store,
    scoped: _Scoped,
    briefing: Briefing,
    summary: StorySummary,
    key: str | None,
    comparisons: bytes | None = None,
) -> None:
    """The briefing and its storyline's summary (``summarise`` of the reports it read)."""
    sources, outlets = _storylines_sources(store, scoped.storyline_id)
    summary = replace(summary, sources=sources, outlets=outlets)
    store.save_briefing(briefing, summary, version("brief"), key, comparisons)


def _storylines_sources(store: Store, storyline_id: str) -> tuple[int, list[str]]:
    """The whole storyline's independent sources and outlets, which its summary counts
    (not only those its briefing read)."""
    outlets = {brief.outlet_name(*fields) for fields in store.outlet_fields(storyline_id)}
    return store.independent_sources(storyline_id), sorted(o for o in outlets if o)


@functools.cache
def stance_fingerprint() -> str:
    """What the stored stances were computed with: the stance function's code and model
    and the word rules they use. Any change to them makes every stored stance go."""
    return _fingerprint(STANCE_CODE)


# The files (under the package) whose code and data decide a stance, and those that,
# beside them, decide a kept comparison (``compare/remembered.py``): every module
# ``compare/support.py`` imports from the package, directly or through another, but the
# data model and the settings (``tests/test_incremental.py`` checks the list against the
# imports).
STANCE_CODE = (
    "compare/stance.py",
    "compare/stance_features.py",
    "compare/trees.py",
    "compare/stance_model.json",
    "extract/words.py",
    "read/sentences.py",
)
COMPARISON_CODE = (
    "compare/overlaps.py",
    "compare/support.py",
    "compare/remembered.py",
    "people.py",
    "per_report.py",
    "store/recent.py",
    "read/blocks.py",
    "read/holidays.py",
    "read/timex.py",
)


def _fingerprint(files: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for name in files:
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()[:16]


@functools.cache
def comparison_fingerprint() -> str:
    """The code that compares reports and files sources by stance, beside the stance
    function: kept comparisons made by other code are not used."""
    return _fingerprint(STANCE_CODE + COMPARISON_CODE)


def comparison_salt(settings: Settings) -> str:
    """What kept comparisons are valid for: the briefing stage, the comparing code and the
    settings."""
    return f"{version('brief')} {comparison_fingerprint()} {settings!r}"


def _date_through_events(
    store: Store, event_ids: set[str], redo: list[str], settings: Settings
) -> None:
    """Undated articles of a dated event take its day when their text names its weekday:
    those of the events this build touched (an event's day changes only when articles
    join it), and ``redo``, dated by another version of this stage. Each article looked at
    records the stage's version; one that changed has its storyline briefed again."""
    found = dict(store.undated_in_dated_events(sorted(event_ids)))
    redo_days = dict(store.undated_in_dated_events(_events_of(store, redo)))
    found |= {a: day for a, day in redo_days.items() if a in set(redo)}
    changed: list[str] = []
    articles = store.articles(sorted(found))
    on_publication = _dated_on_publication(store, {a.event_id for a in articles if a.event_id})
    for article in articles:
        published = article.event_id in on_publication
        if date_through_event(article, found[article.id], settings, published):
            changed.append(article.id)
        store.save_article(article, "event_date", EVENT_DATE_VERSION)
    store.mark_storylines_stale([a for a in changed if a in set(redo)])


def _dated_on_publication(store: Store, event_ids: set[str]) -> set[str]:
    """The events whose day rests on a report's publication date (or inferred range), not
    only on a day an undated report names (``read/dating.py``, ``date_from_event``)."""
    found: set[str] = set()
    for event_id in sorted(event_ids):
        event = store.event(event_id)
        if event is None or event.date is None:
            continue
        for member in store.articles(event.article_ids):
            if anchor_of(member) is not None and (member.event_date or member.published) == (
                event.date
            ):
                found.add(event_id)
                break
    return found


def _events_of(store: Store, article_ids: list[str]) -> list[str]:
    events = {a.event_id for a in store.articles(article_ids)} if article_ids else set()
    return sorted(e for e in events if e)


@dataclass(slots=True)
class EventListing:
    id: str
    date: str | None
    articles: list[str]


@dataclass(slots=True)
class StoryListing:
    id: str
    title: str | None
    events: list[EventListing]


def list_stories(store: Store) -> list[StoryListing]:
    """Storylines with their events and member article ids, titles from the briefings."""
    events = {e.id: e for e in store.events()}
    listing = []
    for storyline in store.storylines():
        stored = store.briefing_json(storyline.id) or {}
        members = [
            EventListing(e, events[e].date, events[e].article_ids) for e in storyline.event_ids
        ]
        listing.append(StoryListing(storyline.id, stored.get("title"), members))
    return listing


def stored_briefing(
    store: Store, storyline_id: str, settings: Settings = DEFAULT
) -> Briefing | None:
    """The briefing ``build`` stored for a storyline (an event id, or an old id of a merged
    one, finds its storyline); composed afresh only when none is stored. Composing compares
    every sentence of the storyline's sources, which for a big storyline is most of a
    build's work: printing or writing briefings must not repeat it."""
    resolved = _storyline_of(store, storyline_id)
    return store.briefing(resolved) or briefing_for(store, resolved, settings)


def _storyline_of(store: Store, item_id: str) -> str:
    """The storyline an id names: a storyline's, or that of the event with this id (an
    old id of a merged event or storyline is followed to the one it became part of)."""
    event_storyline = store.storyline_of_event(store.resolve_event(item_id))
    return store.resolve_storyline(event_storyline or item_id)


def briefing_for(store: Store, storyline_id: str, settings: Settings = DEFAULT) -> Briefing | None:
    """The briefing of one storyline, composed now (an event id also finds its storyline)."""
    scoped = _scoped(store, _storyline_of(store, storyline_id), settings)
    if scoped is None:
        return None
    return _composed(scoped.storyline_id, scoped.told, _told_articles(store, scoped), settings)
