"""Stage versions mean something: each stored article records the version of every stage
that produced its data; a stage whose version changes runs again at the next build on the
articles an older version produced, and on those only; older stores still load."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from storyline import dedupe, pipeline
from storyline.cluster import online
from storyline.model import Article
from storyline.read import ReadAhead
from storyline.store.db import Store
from tests.conftest import EXAMPLES

FIRST = sorted(p for p in EXAMPLES.iterdir() if p.name.startswith(("ardel", "corlen")))
SECOND = sorted(p for p in EXAMPLES.iterdir() if p.name.startswith("valmora"))


def _bump(monkeypatch: pytest.MonkeyPatch, stage: str) -> str:
    new = pipeline.version(stage) + "-next"
    bumped = [
        dataclasses.replace(s, version=new) if s.name == stage else s for s in pipeline.STAGES
    ]
    monkeypatch.setattr(pipeline, "STAGES", bumped)
    return new


class Spy:
    """The article ids each per-article stage ran on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.ran: dict[str, list[str]] = {"dedupe": [], "read": [], "cluster": []}
        self.briefed: list[str] = []
        read, mark, assign = (
            pipeline.read_articles,
            dedupe.mark_duplicate,
            online.OnlineClusterer.assign,
        )
        compose = pipeline._compose

        def spy_read(articles: Any, *args: Any, **kwargs: Any) -> Any:
            batch = list(articles)
            self.ran["read"] += [a.id for a in batch]
            return read(batch, *args, **kwargs)

        read_ahead = ReadAhead.read

        def spy_read_ahead(ahead: ReadAhead) -> Any:  # (an ingest's reading)
            self.ran["read"] += [a.id for a in ahead.articles]
            return read_ahead(ahead)

        def spy_mark(article: Article, *args: Any, **kwargs: Any) -> Any:
            self.ran["dedupe"].append(article.id)
            return mark(article, *args, **kwargs)

        def spy_assign(clusterer: Any, article: Article, *args: Any) -> Any:
            self.ran["cluster"].append(article.id)
            return assign(clusterer, article, *args)

        def spy_compose(item: Any) -> Any:
            self.briefed.append(item.scoped.storyline_id)
            return compose(item)

        monkeypatch.setattr(pipeline, "read_articles", spy_read)
        monkeypatch.setattr(ReadAhead, "read", spy_read_ahead)
        monkeypatch.setattr(dedupe, "mark_duplicate", spy_mark)
        monkeypatch.setattr(online.OnlineClusterer, "assign", spy_assign)
        monkeypatch.setattr(pipeline, "_compose", spy_compose)
        monkeypatch.setattr(pipeline, "PARALLEL_BRIEFS_FROM", 10**6)  # spies see every call

    def reset(self) -> None:
        for ids in self.ran.values():
            ids.clear()
        self.briefed.clear()


def _ids(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY seq")]


def _assert_whole(store: Store, article_ids: list[str]) -> None:
    """Every article once, in exactly one event, with a briefing for every storyline."""
    assert _ids(store) == article_ids
    members = Counter(a for e in store.events() for a in e.article_ids)
    assert set(members) == set(article_ids) and set(members.values()) == {1}
    for storyline in store.storylines():
        assert store.briefing(storyline.id) is not None
    for article in store.articles():
        assert article.storyline_id == store.storyline_of_event(article.event_id or "")


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> Spy:
    return Spy(monkeypatch)


def test_every_stage_records_its_version(store: Store) -> None:
    pipeline.ingest(store, FIRST)
    pipeline.build(store)
    for article_id in _ids(store):
        versions = store.stage_versions(article_id)
        for stage in ("extract", "dedupe", "read", "cluster"):
            assert versions[stage] == pipeline.version(stage), (article_id, stage)
    rows = store.conn.execute("SELECT stage_version FROM briefings").fetchall()
    assert rows and {r[0] for r in rows} == {pipeline.version("brief")}


def test_a_new_read_version_rereads_only_what_the_old_one_read(
    store: Store, spy: Spy, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline.ingest(store, FIRST)
    pipeline.build(store)
    first = _ids(store)
    new = _bump(monkeypatch, "read")
    spy.reset()
    pipeline.ingest(store, SECOND)  # read by the new version as it is stored
    second = [a for a in _ids(store) if a not in first]
    assert sorted(spy.ran["read"]) == sorted(second)
    spy.reset()
    pipeline.build(store)
    assert spy.ran["read"] == first  # the old version's articles, once, in arrival order
    assert spy.ran["dedupe"] == []
    assert sorted(spy.ran["cluster"]) == sorted(second)  # only the new ones are assigned
    assert all(store.stage_versions(a)["read"] == new for a in first + second)
    _assert_whole(store, first + second)
    spy.reset()
    pipeline.build(store)  # nothing left to redo
    assert spy.ran == {"dedupe": [], "read": [], "cluster": []} and spy.briefed == []


def test_a_new_cluster_version_assigns_its_articles_again(
    store: Store, spy: Spy, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pipeline.ingest(store, FIRST + SECOND)
    pipeline.build(store)
    ids = _ids(store)
    new = _bump(monkeypatch, "cluster")
    spy.reset()
    pipeline.build(store)
    assert spy.ran["cluster"] == ids and spy.ran["read"] == [] and spy.ran["dedupe"] == []
    assert all(store.stage_versions(a)["cluster"] == new for a in ids)
    _assert_whole(store, ids)
    # Assigned again from what the other articles make, each counted once: the store's
    # clusters, event terms and document frequencies are those of a fresh build (but for
    # the weight of the years named: an undated report dated through its event in the
    # first build names its year once more when it is assigned again).
    with Store(tmp_path / "fresh.db") as fresh:
        pipeline.ingest(fresh, FIRST + SECOND)
        pipeline.build(fresh)
        assert _clusters(store) == _clusters(fresh)
        assert _without_years(store.doc_freq()) == _without_years(fresh.doc_freq())


def test_one_article_of_another_cluster_version_clusters_the_store_again(
    store: Store, spy: Spy, tmp_path: Path
) -> None:
    """Online clustering depends on every article before: one article clustered by
    another version (its first event's, here) makes the whole store clustered again from
    an empty state, so no id of the old clustering is reused or left dangling (found in
    review: reassigning only it overwrote the event its id named)."""
    pipeline.ingest(store, FIRST + SECOND)
    pipeline.build(store)
    ids = _ids(store)
    store.conn.execute(
        "UPDATE articles SET stages=json_set(stages, '$.cluster', 'cluster-0') WHERE id=?",
        (ids[0],),
    )
    store.conn.commit()
    spy.reset()
    pipeline.build(store)
    assert spy.ran["cluster"] == ids
    _assert_whole(store, ids)
    with Store(tmp_path / "fresh.db") as fresh:
        pipeline.ingest(fresh, FIRST + SECOND)
        pipeline.build(fresh)
        assert _clusters(store) == _clusters(fresh)
        assert sorted(s.id for s in store.storylines()) == sorted(s.id for s in fresh.storylines())


def _without_years(counts: tuple[int, dict[str, int]]) -> tuple[int, dict[str, int]]:
    return counts[0], {t: n for t, n in counts[1].items() if not t.startswith("y:")}


def _clusters(store: Store) -> list[tuple[str, str | None, tuple[str, ...], str, str | None]]:
    states = {e.id: e for e in store.event_states()}
    return sorted(
        (
            e.id,
            e.storyline_id,
            tuple(e.article_ids),
            json.dumps(
                {t: w for t, w in states[e.id].terms.items() if not t.startswith("y:")},
                sort_keys=True,
            ),
            states[e.id].first_date,
        )
        for e in store.events()
    )


def test_a_new_briefing_version_writes_the_briefings_again_and_nothing_else(
    store: Store, spy: Spy, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline.ingest(store, FIRST + SECOND)
    pipeline.build(store)
    storylines = sorted(s.id for s in store.storylines())
    new = _bump(monkeypatch, "brief")
    spy.reset()
    pipeline.build(store)
    assert sorted(spy.briefed) == storylines
    assert spy.ran == {"dedupe": [], "read": [], "cluster": []}
    rows = store.conn.execute("SELECT stage_version FROM briefings").fetchall()
    assert {r[0] for r in rows} == {new}


def test_an_older_store_loads_and_is_brought_in_step(tmp_path: Path, spy: Spy) -> None:
    """A store as schema 6 left it: date lines in ``extra``, no cluster version, records
    not stamped with their storyline, briefings without a stage version."""
    db = tmp_path / "old.db"
    with Store(db) as store:
        pipeline.ingest(store, FIRST + SECOND)
        pipeline.build(store)
        ids = _ids(store)
        storyline_of = {a.id: a.storyline_id for a in store.articles()}
        conn = store.conn
        conn.execute("DROP INDEX articles_event_seq")  # migration 16's
        for event in store.event_states():  # (whole, as stores before migration 15 kept them)
            conn.execute(
                "UPDATE events SET terms=? WHERE id=?", (json.dumps(event.terms), event.id)
            )
        conn.execute("DROP TRIGGER event_terms_written")  # migration 15's
        conn.execute("DROP TRIGGER event_deleted")
        conn.execute("DROP TABLE event_additions")
        conn.execute("ALTER TABLE doc_freq DROP COLUMN snap")  # migration 14's
        conn.execute("DROP INDEX articles_stages")  # migration 12's
        conn.execute("DROP INDEX articles_event")  # migration 13's, as migration 1 made it
        conn.execute("CREATE INDEX articles_event ON articles(event_id)")
        for change in ("inserted", "updated", "deleted"):
            conn.execute(f"DROP TRIGGER events_{change}")  # migration 11's
        conn.execute("DROP TABLE comparisons")  # migration 10's
        conn.execute("ALTER TABLE briefings DROP COLUMN scope_key")  # migration 9's
        conn.execute("ALTER TABLE briefings DROP COLUMN stage_version")
        conn.execute("DROP TABLE stances")  # migration 8's
        conn.execute("DROP TABLE meta")
        for article_id in ids:
            record = json.loads(
                conn.execute("SELECT record FROM articles WHERE id=?", (article_id,)).fetchone()[0]
            )
            record.pop("date_lines")
            record["extra"]["date_lines"] = ["Thursday, January 16, 2025"]
            record["storyline_id"] = None
            stages = json.loads(
                store.conn.execute(
                    "SELECT stages FROM articles WHERE id=?", (article_id,)
                ).fetchone()[0]
            )
            stages.pop("cluster")
            conn.execute(
                "UPDATE articles SET record=?, stages=? WHERE id=?",
                (json.dumps(record), json.dumps(stages), article_id),
            )
        conn.execute("PRAGMA user_version=6")
    with Store(db) as store:
        assert store.schema_version == len(__import__("storyline.store.db").store.db.MIGRATIONS)
        # The clusterer's IDF snapshot is taken at the migration, as a load took it.
        assert store.idf_snapshot() == store.doc_freq()
        for article in store.articles():
            assert article.date_lines == ["Thursday, January 16, 2025"]
            assert "date_lines" not in article.extra
            assert article.storyline_id == storyline_of[article.id]
            # The migration stamps the version current when it was written.
            assert store.stage_versions(article.id)["cluster"] == "cluster-5"
        spy.reset()
        pipeline.build(store)
        # Clustered again only because the clusterer's version has moved on since then.
        reclustered = sorted(ids) if online.STAGE_VERSION != "cluster-5" else []
        assert {stage: sorted(ran) for stage, ran in spy.ran.items()} == {
            "dedupe": [],
            "read": [],
            "cluster": reclustered,
        }
        assert sorted(spy.briefed) == sorted(s.id for s in store.storylines())
        _assert_whole(store, ids)
