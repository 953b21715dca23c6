"""Readers never see a story vanish: an ingest of updated articles keeps every briefing,
and the build replaces each one in a single transaction (or folds a story emptied by
updates into the story its articles joined, whose id then shows that story)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline import pipeline
from storyline.model import RawDocument
from storyline.store.db import Store, StoryQuery
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("continuity") / "store.db"
    with Store(db) as store:
        pipeline.ingest(store, [EXAMPLES])
        pipeline.build(store)
    return db


@pytest.fixture
def store(built_db: Path, tmp_path: Path) -> Iterator[Store]:
    with Store(built_db) as source, Store(tmp_path / "store.db") as target:
        source.conn.backup(target.conn)
        yield target


def _listed(store: Store) -> set[str]:
    return {s.id for s in store.story_summaries(StoryQuery(per_page=100))[1]}


def _readable(store: Store, storyline_id: str) -> bool:
    shown = store.shown_storyline(storyline_id)
    return store.story_summary(shown) is not None and store.briefing(shown) is not None


def _update(store: Store, article_id: str, text: str) -> pipeline.IngestReport:
    article = store.article(article_id)
    assert article is not None
    raw = RawDocument(
        source=article.source,
        kind="text",
        body=text,
        id=article_id,
        title=article.title,
        outlet=article.outlet,
        published=article.published,
    )
    return pipeline.ingest_documents(store, [raw])


def _storyline_of(store: Store, article_id: str) -> str:
    article = store.article(article_id)
    assert article is not None and article.storyline_id
    return article.storyline_id


def test_an_ingest_of_updates_keeps_every_story(store: Store) -> None:
    before = _listed(store)
    assert len(before) == 3
    valmora = _storyline_of(store, "coastal-wire-0412")
    article = store.article("coastal-wire-0412")
    assert article is not None
    report = _update(store, "coastal-wire-0412", article.text + " More talks are planned.")
    assert report.updated == 1
    assert _listed(store) == before, "the ingest removed no story from the list"
    assert all(_readable(store, s) for s in before)
    assert valmora in store.storylines_to_brief(), "the updated story is briefed again"

    built = pipeline.build(store)
    assert built.briefings >= 1
    assert _listed(store) == before
    assert all(_readable(store, s) for s in before)
    assert store.storylines_to_brief() == set(), "nothing is left stale after the build"


def _id_of(store: Store, file_name: str) -> str:
    """The id of the example read from ``file_name``: an id derived from a file's resolved
    path differs from checkout to checkout."""
    [found] = [a.id for a in store.articles() if Path(a.source).name == file_name]
    return found


def test_a_story_emptied_by_updates_shows_where_its_articles_went(store: Store) -> None:
    bikes = _id_of(store, "corlen-bike-lanes.txt")
    corlen = _storyline_of(store, bikes)
    valmora = _storyline_of(store, _id_of(store, "valmora-deal-harbour-herald.md"))
    deal = (EXAMPLES / "valmora-deal-harbour-herald.md").read_text(encoding="utf-8")
    # The Corlen article's text is replaced by a Valmora report: it joins that story.
    _update(store, bikes, deal.replace("Harbour Herald", "Corlen Courier"))
    assert corlen in _listed(store) and _readable(store, corlen)
    pipeline.build(store)
    assert _storyline_of(store, bikes) == valmora
    assert corlen not in _listed(store), "the emptied story is not listed twice"
    assert store.shown_storyline(corlen) == valmora, "its old id shows the story it joined"
    assert store.storylines_to_brief() == set()


def test_a_build_stopped_after_a_merge_is_finished_by_the_next(store: Store) -> None:
    corlen = _storyline_of(store, _id_of(store, "corlen-bike-lanes.txt"))
    valmora = _storyline_of(store, _id_of(store, "valmora-deal-harbour-herald.md"))
    store.merge_storyline(corlen, valmora)  # as a build does, stopped before briefing
    assert {corlen, valmora} <= _listed(store)
    assert valmora in store.storylines_to_brief()
    pipeline.build(store)
    assert corlen not in _listed(store) and valmora in _listed(store)
    assert store.shown_storyline(corlen) == valmora
