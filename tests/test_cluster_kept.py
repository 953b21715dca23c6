"""The clusterer kept from one build to the next (``cluster/kept.py``) assigns articles as one
loaded from the store would, and is used only on the state it left."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from storyline import pipeline
from storyline.cluster import kept
from storyline.cluster.online import TERMS_SLACK, OnlineClusterer, _id
from storyline.settings import DEFAULT, Settings
from storyline.store.db import Store
from tests.test_incremental import _corpus_module, _documents


@pytest.fixture(autouse=True)
def _nothing_kept_before_or_after() -> Any:
    kept.forget()
    yield
    kept.forget()


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The stores a clusterer was loaded from (not kept), one entry a load."""
    calls: list[str] = []
    original = kept.load

    def counted(store: Store, settings: Settings) -> OnlineClusterer:
        calls.append(str(store.path))
        return original(store, settings)

    monkeypatch.setattr(kept, "load", counted)
    return calls


@pytest.fixture
def clustering_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds that cluster and do not compose briefings (what these tests compare)."""
    monkeypatch.setattr(pipeline, "brief_storylines", lambda *args, **kwargs: 0)


def _state(clusterer: OnlineClusterer) -> dict[str, Any]:
    """All an assignment reads of the clusterer, as the next build starts: events with their
    terms in their order (sums follow it), dates, storylines and arrival ranks; the index;
    the document frequencies; the IDF snapshot's start."""
    clusterer.begin_build()
    events = sorted(clusterer.events.values(), key=lambda e: clusterer.order[e.id])
    return {
        "events": [
            (e.id, list(e.terms.items()), e.first_date, e.last_date, e.storyline_id) for e in events
        ],
        "storylines": {s: [e for _, e in ids] for s, ids in clusterer._storylines.items()},
        "postings": dict(clusterer.event_index.postings),
        "ids": sorted(clusterer._ids),  # every id given: the next new event's id depends on it
        "docs": clusterer.docs,
        "doc_freq": dict(clusterer.doc_freq),
        "snapshot": (
            clusterer._idf_docs,
            clusterer._snapshot_freq,
            clusterer._since_snapshot,
            clusterer.merged_storylines,
        ),
    }


def _assert_weighs_as(held: OnlineClusterer, fresh: OnlineClusterer) -> None:
    """What the kept clusterer weighed in its snapshot (terms' IDF, events' norms), to the
    bit what a loaded one weighs from the store."""
    for term, weight in held._idf.items():
        assert weight == fresh.idf(term), term
    for event_id, (snapshot, profile) in held._profiles.items():
        if snapshot == held._snapshot and event_id in held.events:
            assert profile == fresh._profile(held.events[event_id].terms), event_id


def _assignments(store: Store) -> dict[str, tuple[str | None, str | None]]:
    return {a.id: (a.event_id, a.storyline_id) for a in store.articles()}


def _kept_clusterer() -> OnlineClusterer:
    assert kept._KEPT, "the build kept no clusterer"
    return kept._KEPT[0].clusterer


# Bars that make events merge and lone events' storylines rejoin others often, so that
# those paths are taken many times (the shipped bars rarely take them on generated news).
MERGING = Settings(event_join=0.6, event_merge=0.3, storyline_rejoin=0.05, storyline_join=0.99)


@pytest.mark.parametrize(
    "settings",
    [DEFAULT, MERGING, replace(MERGING, idf_refresh=0.3), replace(MERGING, event_terms=120)],
    # (under 200 articles the shipped share takes a snapshot with every article; at 0.3
    # builds start and end with terms counted since the last one; at 120 terms an event of
    # two generated reports is trimmed)
    ids=["shipped", "merging", "merging, snapshot lagging", "merging, events trimmed"],
)
def test_a_kept_clusterer_assigns_as_one_loaded_at_every_build(
    tmp_path: Path,
    loads: list[str],
    clustering_only: None,
    monkeypatch: pytest.MonkeyPatch,
    settings: Settings,
) -> None:
    monkeypatch.setattr(pipeline, "CLUSTER_WRITES", 4)  # several writes a build
    items = _corpus_module().corpus(80)
    # Last, the article that started the first event comes again, rewritten to start another.
    items.append({**items[0], "title": "Quorbl zyxwv", "text": "Quorbl zyxwv plimsk. " * 20})
    merges = []
    with Store(tmp_path / "kept.db") as kept_store, Store(tmp_path / "loaded.db") as loaded:
        for first in range(0, len(items), 9):
            batch = _documents(items[first : first + 9])
            for store in (kept_store, loaded):
                pipeline.ingest_documents(store, batch)
            pipeline.build(kept_store, settings)
            held = _kept_clusterer()
            merges.append(len(held.merged_storylines))
            kept.forget()  # the other store's build loads its clusterer
            pipeline.build(loaded, settings)
            kept.keep(kept_store, settings, held)
            fresh = kept.load(kept_store, settings)
            assert _state(held) == _state(fresh), first
            _assert_weighs_as(held, fresh)
            assert _assignments(kept_store) == _assignments(loaded), first
        builds = len(merges)
        # The kept store's clusterer was loaded once, on the first build; the other's at each.
        assert loads.count(str(kept_store.path)) == 1 + builds
        assert loads.count(str(loaded.path)) == builds
        events = {event for event, _ in _assignments(loaded).values()}
        assert 1 < len(events) < len(items)
        if settings.event_terms < DEFAULT.event_terms:
            # The trim was taken: every event of several reports holds at most the bound
            # and its slack (each generated report has over 140 terms).
            reports = Counter(event for event, _ in _assignments(loaded).values())
            grown = [e for e in loaded.event_states() if reports[e.id] > 1]
            bound = settings.event_terms * TERMS_SLACK
            assert grown and all(len(e.terms) <= bound for e in grown)
        if settings.event_merge == MERGING.event_merge:
            folded = loaded.folded_event_ids()
            # (with the snapshot lagging, 5 storylines rejoin others in this corpus)
            rejoined = 5 if settings == MERGING else 2
            assert len(folded) > 5 and sum(merges) > rejoined, (folded, merges)


def test_an_article_that_starts_an_event_again_gives_it_a_new_id(
    tmp_path: Path, clustering_only: None
) -> None:
    items = _corpus_module().corpus(40)
    with Store(tmp_path / "s.db") as store:
        pipeline.ingest_documents(store, _documents(items))
        pipeline.build(store)
        members: dict[str, list[str]] = {}
        for article in store.articles():
            members.setdefault(article.event_id or "", []).append(article.id)
        # An event with other reports than the one that started it (its id made of it).
        founder, event_id = next(
            (ids[0], e) for e, ids in members.items() if len(ids) > 1 and e == _id("ev", ids[0])
        )
        old_terms = next(e.terms for e in store.event_states() if e.id == event_id)
        rewritten = next(i for i in items if i["id"] == founder)
        rewritten = {**rewritten, "title": "Quorbl zyxwv", "text": "Quorbl zyxwv plimsk. " * 20}
        pipeline.ingest_documents(store, _documents([rewritten]))
        pipeline.build(store)
        moved = store.article(founder)
        assert moved is not None and moved.event_id not in (None, event_id)
        # The old event keeps its id, its other reports and its terms.
        others = [a for a in store.articles() if a.event_id == event_id]
        assert sorted(a.id for a in others) == sorted(members[event_id][1:])
        assert next(e.terms for e in store.event_states() if e.id == event_id) == old_terms
        assert _state(_kept_clusterer()) == _state(kept.load(store, DEFAULT))


def test_a_kept_clusterer_is_not_used_after_another_writer_changed_the_events(
    tmp_path: Path, loads: list[str], clustering_only: None
) -> None:
    items = _corpus_module().corpus(30)
    db = tmp_path / "s.db"
    with Store(db) as store:
        pipeline.ingest_documents(store, _documents(items[:20]))
        pipeline.build(store)
        with Store(db) as other:
            other.uncluster_all()  # e.g. another process, after a new cluster version
        pipeline.ingest_documents(store, _documents(items[20:]))
        pipeline.build(store)
        assert len(loads) == 2
        # Every article was clustered again against the store's state, not the kept one.
        held = _kept_clusterer()
        assert _state(held) == _state(kept.load(store, DEFAULT))
        assert held.docs == sum(a.event_id is not None for a in store.articles()) > 20


@contextmanager
def _half_built(path: Path, count: int) -> Iterator[Store]:
    """A store of ``count`` generated articles, the first half built, the second ingested
    (an ingest writes articles, not the clusterer's state)."""
    items = _corpus_module().corpus(count)
    with Store(path) as store:
        pipeline.ingest_documents(store, _documents(items[: count // 2]))
        pipeline.build(store)
        pipeline.ingest_documents(store, _documents(items[count // 2 :]))
        yield store


def test_writes_that_leave_the_events_alone_keep_the_clusterer(
    tmp_path: Path, loads: list[str], clustering_only: None
) -> None:
    with _half_built(tmp_path / "s.db", 30) as store:
        pipeline.build(store)
        pipeline.build(store)  # nothing new: nothing written
        assert len(loads) == 1


def test_a_build_that_fails_while_clustering_keeps_nothing(
    tmp_path: Path, loads: list[str], clustering_only: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _half_built(tmp_path / "s.db", 30) as store:
        with monkeypatch.context() as patch:
            patch.setattr(pipeline, "CLUSTER_WRITES", 5)
            written = Store.save_clusterings
            writes: list[int] = []

            def fails_on_the_second_write(self: Store, *args: Any, **kwargs: Any) -> None:
                if writes:
                    raise RuntimeError("disk full")
                writes.append(1)
                written(self, *args, **kwargs)

            patch.setattr(Store, "save_clusterings", fails_on_the_second_write)
            with pytest.raises(RuntimeError, match="disk full"):
                pipeline.build(store)
        assert not kept._KEPT
        pipeline.build(store)  # the five articles written stay; the rest are assigned now
        assert len(loads) == 2
        assert _state(_kept_clusterer()) == _state(kept.load(store, DEFAULT))


def test_an_article_whose_event_was_folded_starts_one_under_an_id_never_given(
    tmp_path: Path, clustering_only: None
) -> None:
    items = _corpus_module().corpus(80)
    with Store(tmp_path / "s.db") as store:
        for first in range(0, len(items), 9):
            pipeline.ingest_documents(store, _documents(items[first : first + 9]))
            pipeline.build(store, MERGING)
        folded = set(store.folded_event_ids())
        founder = next(i for i in items if _id("ev", i["id"]) in folded)
        rewritten = {**founder, "title": "Quorbl zyxwv", "text": "Quorbl zyxwv plimsk. " * 20}
        pipeline.ingest_documents(store, _documents([rewritten]))
        pipeline.build(store, MERGING)
        moved = store.article(founder["id"])
        assert moved is not None and moved.event_id is not None
        assert (
            moved.event_id not in folded and store.resolve_event(moved.event_id) == moved.event_id
        )
        assert set(store.folded_event_ids()) >= folded
        assert _state(_kept_clusterer()) == _state(kept.load(store, MERGING))


def test_a_store_without_the_token_never_reuses_a_clusterer(
    tmp_path: Path, loads: list[str], clustering_only: None
) -> None:
    with _half_built(tmp_path / "s.db", 20) as store:
        store.conn.execute("DELETE FROM meta WHERE key='cluster_state'")
        pipeline.build(store)
        assert not kept._KEPT
        pipeline.build(store)
        assert len(loads) == 3


def test_other_settings_load_their_own_clusterer(
    tmp_path: Path, loads: list[str], clustering_only: None
) -> None:
    with _half_built(tmp_path / "s.db", 20) as store:
        pipeline.build(store, Settings(event_join=0.9))
        assert len(loads) == 2


def test_every_change_of_the_events_draws_a_new_state(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store, Store(db) as other:
        assert store.cluster_state_left() is None  # never read: nothing followed
        seen = {store.follow_cluster_state()}
        items = _corpus_module().corpus(12)
        pipeline.ingest_documents(store, _documents(items))
        assert store.follow_cluster_state() in seen  # articles are not the clusterer's state
        pipeline.build(store)
        left = store.cluster_state_left()
        assert left is not None and left not in seen and left == other.follow_cluster_state()
        seen.add(left)
        event = store.event_states()[0]
        other.set_event_storyline(event.id, "st-elsewhere")
        assert other.cluster_state_left() not in seen  # its own write, followed
        assert store.follow_cluster_state() == other.cluster_state_left()
        store.conn.execute("DELETE FROM events WHERE id=?", (event.id,))
        assert store.follow_cluster_state() not in seen | {other.cluster_state_left()}
        other.set_event_storyline(store.event_states()[0].id, "st-again")
        assert other.cluster_state_left() is None  # another connection wrote in between


@pytest.mark.parametrize("settings", [DEFAULT, MERGING], ids=["shipped", "merging"])
def test_the_same_articles_make_the_same_events_in_one_build_or_many(
    tmp_path: Path, clustering_only: None, settings: Settings
) -> None:
    """The IDF snapshot is taken where the store's size says, not where a build starts:
    a store built in one go, one built in batches by a kept clusterer and one loading its
    clusterer at every batch weigh alike and make the same events. (A snapshot taken
    again when the store has grown by half: at the shipped share, a store this small takes
    one with every article.)"""
    merging = settings == MERGING
    settings = replace(settings, idf_refresh=0.5)
    items = _corpus_module().corpus(70)
    events = []
    for name, batch in (("once", len(items)), ("kept", 8), ("loaded", 8)):
        with Store(tmp_path / f"{name}.db") as store:
            for first in range(0, len(items), batch):
                pipeline.ingest_documents(store, _documents(items[first : first + batch]))
                if name == "loaded":
                    kept.forget()
                pipeline.build(store, settings)
            events.append(
                (
                    _assignments(store),
                    [(e.id, e.terms, e.first_date, e.last_date) for e in store.event_states()],
                    store.idf_snapshot(),
                    sorted(store.folded_event_ids()),
                )
            )
    assert events[0] == events[1] == events[2]
    made = len({event for event, _ in events[0][0].values()})
    if merging:
        assert len(events[0][3]) > 5  # the merges were made alike too
    else:
        assert 1 < made < len(items)


def _storylines_astray(store: Store) -> list[str]:
    """Articles whose recorded storyline is not where their event is."""
    astray = []
    for article in store.articles():
        if article.event_id is None:
            continue
        event_storyline = store.storyline_of_event(store.resolve_event(article.event_id))
        recorded = store.resolve_storyline(article.storyline_id or "")
        if article.storyline_id != event_storyline and recorded != event_storyline:
            astray.append(article.id)
    return astray


@pytest.mark.parametrize("failing_write", [8, 14, 20, 26])
def test_a_build_failing_after_storylines_merged_leaves_them_merged(
    tmp_path: Path, clustering_only: None, monkeypatch: pytest.MonkeyPatch, failing_write: int
) -> None:
    """Storyline merges are written with the assignments that made them: a build that
    fails later leaves no event in a storyline the store does not know it joined."""
    settings = replace(MERGING, idf_refresh=0.5)
    monkeypatch.setattr(pipeline, "CLUSTER_WRITES", 3)
    items = _corpus_module().corpus(60)
    writes: list[int] = []
    save_event = Store._save_event

    def fails_once(conn: Any, event: Any, storyline_id: str | None) -> None:
        writes.append(1)
        if len(writes) == failing_write:
            raise RuntimeError("disk full")
        save_event(conn, event, storyline_id)

    failed = 0
    with Store(tmp_path / "s.db") as store:
        for first in range(0, len(items), 20):
            pipeline.ingest_documents(store, _documents(items[first : first + 20]))
            with monkeypatch.context() as patch:
                patch.setattr(Store, "_save_event", staticmethod(fails_once))
                try:
                    pipeline.build(store, settings)
                except RuntimeError:
                    failed += 1
                    assert _storylines_astray(store) == []
        pipeline.build(store, settings)
        assert failed == 1 and _storylines_astray(store) == []
