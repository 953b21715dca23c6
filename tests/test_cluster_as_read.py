"""An ingest that clusters each article as its reading comes back (``cluster_as_read``, what
`storyline run` does) leaves the store a plain ingest and a build leave: the same events,
storylines and briefings, batch after batch; and it clusters only when the build would
cluster exactly its articles, in its order, first."""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from storyline import pipeline
from storyline import read as read_stage
from storyline.cluster import kept
from storyline.model import Article, RawDocument
from storyline.store.db import Store
from tests.test_cluster_kept import MERGING
from tests.test_incremental import _corpus_module, _documents


@pytest.fixture(autouse=True)
def _reading_in_workers_and_nothing_kept(monkeypatch: pytest.MonkeyPatch) -> Any:
    # Reading runs in worker processes from PARALLEL_FROM articles on (the path where the
    # clustering overlaps it), begun while the batch's later articles are still stored
    # (``ReadAhead``: a first chunk at the fourth); several writes of assignments a batch.
    monkeypatch.setattr(read_stage, "PARALLEL_FROM", 4)
    monkeypatch.setattr(read_stage, "SPAWNED_PARALLEL_FROM", 4)
    monkeypatch.setattr(read_stage, "START_AHEAD", 4)
    monkeypatch.setattr(pipeline, "CLUSTER_WRITES", 4)
    kept.forget()
    yield
    kept.forget()


def _stored(store: Store) -> dict[str, Any]:
    """What clustering and briefing leave: each article's event and storyline and record,
    the events (merged ones too) and the terms of those not merged as a clusterer loads
    them, in their order (stored whole, or whole and then the reports' terms added since,
    as the writes came), and each storyline's briefing."""
    events = store.conn.execute(
        "SELECT id, storyline_id, first_date, last_date, merged_into FROM events ORDER BY id"
    ).fetchall()
    return {
        "articles": {a.id: (a.event_id, a.storyline_id, a.event_date) for a in store.articles()},
        "records": [
            tuple(row)
            for row in store.conn.execute(
                "SELECT id, seq, event_id, duplicate_of, record, stages FROM articles ORDER BY seq"
            )
        ],
        "events": [tuple(row) for row in events],
        "event terms": {e.id: list(e.terms.items()) for e in store.event_states()},
        "briefings": {
            s.id: briefing.to_dict() if (briefing := store.briefing(s.id)) else None
            for s in store.storylines()
        },
        "to brief": store.storylines_to_brief(pipeline.version("brief")),
        "storylines": _rows(store, "SELECT id, merged_into FROM storylines ORDER BY id"),
        "summaries": {  # (but when each was written)
            storyline_id: {**json.loads(summary), "updated_at": None}
            for storyline_id, summary in store.conn.execute(
                "SELECT storyline_id, json FROM story_summaries"
            )
        },
        "stale": _rows(store, "SELECT * FROM stale_storylines ORDER BY 1, 2"),
    }


def _rows(store: Store, query: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in store.conn.execute(query)]


def _batches(count: int, size: int, every: int = 7) -> list[list[RawDocument]]:
    """Every ``every``th of a longer run of generated articles: at 7, a batch brings
    reports of several storylines; at 1, of one, whose events merge often."""
    items = _corpus_module().corpus(every * count)[::every]
    # Last, the article that started the first event comes again, rewritten: an updated
    # article, unclustered again at its old place in the arrival order.
    items.append({**items[0], "title": "Quorbl zyxwv", "text": "Quorbl zyxwv plimsk. " * 20})
    return [_documents(items[n : n + size]) for n in range(0, len(items), size)]


@pytest.mark.parametrize("every", [7, 1], ids=["storylines", "merges"])
def test_clustering_as_read_leaves_the_store_a_build_leaves(tmp_path: Path, every: int) -> None:
    # Bars that merge events and storylines often, so that merges happen while reading.
    # Each store is fed all its batches in turn, so that the clusterer an ingest leaves
    # is taken by the build, and the build's by the next ingest (``cluster/kept.py``).
    batches = _batches(36, 9, every)
    after: dict[str, list[dict[str, Any]]] = {"as read": [], "built": []}
    for way, stored in after.items():
        with Store(tmp_path / f"{way}.db") as store:
            for batch in batches:
                ingested = pipeline.ingest_documents(
                    store, batch, MERGING, cluster_as_read=way == "as read"
                )
                assert ingested.new + ingested.updated == len(batch)
                if way == "as read":
                    assert store.unclustered_ids() == []  # clustered by the ingest
                    assert kept._KEPT  # and its clusterer kept for the build
                built = pipeline.build(store, MERGING)
                assert built.clustered == (0 if way == "as read" else len(batch))
                stored.append(_stored(store))
        kept.forget()
    for batch, (as_read, built) in enumerate(zip(*after.values(), strict=True)):
        assert as_read == built, batch
    final = after["as read"][-1]
    assert final["to brief"] == set()
    assert any(merged for *_, merged, _ in final["events"]) or every > 1  # merges taken
    assert len({storyline for _, storyline, _ in final["articles"].values()}) > 1 or every == 1


def test_reading_begun_while_storing_leaves_the_store_reading_a_gathered_batch_leaves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workers that begin reading a batch while its later articles are extracted and
    stored (``ReadAhead``) leave the store that reading the gathered batch leaves."""
    sent: list[int] = []  # (the chunks sent while the batch is still handed in)
    send = read_stage.ReadAhead._send

    def counted_send(ahead: Any, chunk: Any) -> None:
        sent.append(len(chunk))
        send(ahead, chunk)

    monkeypatch.setattr(read_stage.ReadAhead, "_send", counted_send)
    batches = _batches(27, 9)
    after: dict[int, list[dict[str, Any]]] = {}
    for start in (4, 10**6):  # (10**6: no batch begins before it is gathered)
        monkeypatch.setattr(read_stage, "START_AHEAD", start)
        sent.clear()
        with Store(tmp_path / f"{start}.db") as store:
            after[start] = []
            for batch in batches:
                pipeline.ingest_documents(store, batch, cluster_as_read=True)
                pipeline.build(store)
                after[start].append(_stored(store))
        kept.forget()
        if start == 4:  # (a first chunk at each batch's fourth article, the rest when read)
            assert sent == [4] * sum(1 for batch in batches if len(batch) >= 4)
        else:
            assert sent == []
    assert after[4] == after[10**6]


def test_an_ingest_clusters_nothing_when_older_articles_wait(tmp_path: Path) -> None:
    first, second, *_ = _batches(18, 9)
    with Store(tmp_path / "as read.db") as as_read, Store(tmp_path / "built.db") as built:
        for store in (as_read, built):
            pipeline.ingest_documents(store, first)  # not clustered: no build yet
        pipeline.ingest_documents(as_read, second, cluster_as_read=True)
        pipeline.ingest_documents(built, second)
        assert len(as_read.unclustered_ids()) == len(first) + len(second)
        for store in (as_read, built):
            assert pipeline.build(store).clustered == len(first) + len(second)
            kept.forget()
        assert _stored(as_read) == _stored(built)


def test_an_ingest_clusters_nothing_while_a_stage_is_stale(tmp_path: Path) -> None:
    first, second, *_ = _batches(18, 9)
    with Store(tmp_path / "as read.db") as store:
        pipeline.ingest_documents(store, first)
        pipeline.build(store)
        kept.forget()
        store.conn.execute("UPDATE articles SET stages=json_set(stages, '$.cluster', 'cluster-0')")
        store.conn.commit()
        pipeline.ingest_documents(store, second, cluster_as_read=True)
        assert len(store.unclustered_ids()) == len(second)  # the build clusters all again
        assert pipeline.build(store).clustered == len(first) + len(second)


def _fail_reading_after(
    monkeypatch: pytest.MonkeyPatch, count: int, fail: Callable[[], None]
) -> None:
    """Reading gives ``count`` articles, then ``fail()`` (raises, or ends the process)."""
    reading = read_stage.ReadAhead.read

    def failing(ahead: read_stage.ReadAhead) -> Iterator[Article]:
        for n, article in enumerate(reading(ahead)):
            if n == count:
                fail()
            yield article

    monkeypatch.setattr(read_stage.ReadAhead, "read", failing)


def _raise() -> None:
    raise RuntimeError("a worker died")


def _end_the_process() -> None:
    os._exit(9)  # as a kill would: no cleanup, nothing after it runs


@pytest.mark.parametrize("ending", ["raised", "killed"])
def test_an_ingest_ended_halfway_leaves_what_it_clustered_to_be_briefed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: str
) -> None:
    # Reading ends after six articles: the four whose assignments were written stay
    # clustered, their storylines marked to be briefed in the same transactions; the two
    # pending are assigned again by the next build, and the store ends as a plain
    # ingest and build leave it.
    batches = _batches(18, 9)
    with Store(tmp_path / "as read.db") as as_read, Store(tmp_path / "built.db") as built:
        for store in (as_read, built):
            pipeline.ingest_documents(store, batches[0])
            pipeline.build(store)
            kept.forget()
    if ending == "raised":
        _fail_reading_after(monkeypatch, 6, _raise)
        with Store(tmp_path / "as read.db") as as_read, pytest.raises(RuntimeError):
            pipeline.ingest_documents(as_read, batches[1], cluster_as_read=True)
        assert not kept._KEPT
        monkeypatch.undo()
    else:
        child = multiprocessing.get_context("fork").Process(
            target=_ingest_killed_after_six, args=(tmp_path / "as read.db", batches[1])
        )
        child.start()
        child.join(120)
        assert child.exitcode == 9
    with Store(tmp_path / "as read.db") as as_read, Store(tmp_path / "built.db") as built:
        assert len(as_read.unclustered_ids()) == len(batches[1]) - 4
        assert as_read.storylines_to_brief(pipeline.version("brief"))
        again = pipeline.ingest_documents(as_read, batches[1], cluster_as_read=True)
        assert again.unchanged == len(batches[1])
        pipeline.build(as_read)
        kept.forget()
        pipeline.ingest_documents(built, batches[1])
        pipeline.build(built)
        assert _stored(as_read) == _stored(built)


def _ingest_killed_after_six(db: Path, batch: list[RawDocument]) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(read_stage, "PARALLEL_FROM", len(batch) + 1)  # read here
        monkeypatch.setattr(read_stage, "SPAWNED_PARALLEL_FROM", len(batch) + 1)
        _fail_reading_after(monkeypatch, 6, _end_the_process)
        with Store(db) as store:
            pipeline.ingest_documents(store, batch, cluster_as_read=True)
