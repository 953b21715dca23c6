"""An ingest that clusters each article as its reading comes back (``cluster_as_read``, what
`storyline run` does) leaves the store a plain ingest and a build leave: the same events,
storylines and briefings, batch after batch; and it clusters only when the build would
cluster exactly its articles, in its order, first."""

from __future__ import annotations

from collections.abc import Iterator
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
    # clustering overlaps it); several writes of assignments a batch.
    monkeypatch.setattr(read_stage, "PARALLEL_FROM", 4)
    monkeypatch.setattr(pipeline, "CLUSTER_WRITES", 4)
    kept.forget()
    yield
    kept.forget()


def _stored(store: Store) -> dict[str, Any]:
    """What clustering and briefing leave: each article's event and storyline and record,
    the events (merged ones too), and each storyline's briefing."""
    events = store.conn.execute(
        "SELECT id, storyline_id, first_date, last_date, merged_into, terms FROM events ORDER BY id"
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
        "briefings": {
            s.id: briefing.to_dict() if (briefing := store.briefing(s.id)) else None
            for s in store.storylines()
        },
        "to brief": store.storylines_to_brief(pipeline.version("brief")),
    }


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
    with Store(tmp_path / "as read.db") as as_read, Store(tmp_path / "built.db") as built:
        for batch in _batches(36, 9, every):
            ingested = pipeline.ingest_documents(as_read, batch, MERGING, cluster_as_read=True)
            assert ingested.new + ingested.updated == len(batch)
            assert as_read.unclustered_ids() == []  # clustered by the ingest
            assert pipeline.build(as_read, MERGING).clustered == 0
            kept.forget()  # the other store's build loads its clusterer
            pipeline.ingest_documents(built, batch, MERGING)
            assert pipeline.build(built, MERGING).clustered == len(batch)
            kept.forget()
            assert _stored(as_read) == _stored(built)
        merged = as_read.conn.execute("SELECT COUNT(*) FROM events WHERE merged_into IS NOT NULL")
        assert merged.fetchone()[0] > 0 or every > 1  # the merge path was taken
        storylines = {storyline for _, storyline, _ in _stored(as_read)["articles"].values()}
        assert len(storylines) > 1 or every == 1
        assert _stored(as_read)["to brief"] == set()


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


def test_a_failed_ingest_hands_on_what_it_clustered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reading fails after six articles: the four whose assignments were written stay
    # clustered, their storylines marked to be briefed; the two pending are clustered
    # again by the next ingest's build, and the store ends as a build without failure
    # leaves it.
    batches = _batches(18, 9)
    with Store(tmp_path / "as read.db") as as_read, Store(tmp_path / "built.db") as built:
        for store in (as_read, built):
            pipeline.ingest_documents(store, batches[0])
            pipeline.build(store)
            kept.forget()
        reading = pipeline.read_articles

        def failing(articles: list[Article]) -> Iterator[Article]:
            for n, article in enumerate(reading(articles)):
                if n == 6:
                    raise RuntimeError("a worker died")
                yield article

        monkeypatch.setattr(pipeline, "read_articles", failing)
        with pytest.raises(RuntimeError, match="a worker died"):
            pipeline.ingest_documents(as_read, batches[1], cluster_as_read=True)
        monkeypatch.setattr(pipeline, "read_articles", reading)
        assert len(as_read.unclustered_ids()) == len(batches[1]) - 4
        assert as_read.storylines_to_brief(pipeline.version("brief"))
        assert not kept._KEPT
        again = pipeline.ingest_documents(as_read, batches[1], cluster_as_read=True)
        assert again.unchanged == len(batches[1])
        pipeline.build(as_read)
        kept.forget()
        pipeline.ingest_documents(built, batches[1])
        pipeline.build(built)
        assert _stored(as_read) == _stored(built)
