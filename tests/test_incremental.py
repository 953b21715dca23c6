"""Briefing a storyline again after a few new reports reuses what earlier builds stored
(the stance of each source towards each claim) and gives the briefing a full recompose
gives."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from storyline import pipeline
from storyline.brief import compose as brief
from storyline.model import RawDocument
from storyline.store.db import Store
from tests.conftest import EXAMPLES, ROOT


def _corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _documents(items: list[dict[str, str]]) -> list[RawDocument]:
    return [
        RawDocument(
            f"gen#{i['id']}",
            "text",
            i["text"],
            i["id"],
            None,
            i["title"],
            i["outlet"],
            None,
            i["published"],
        )
        for i in items
    ]


def _assert_stored_equal_full_recompose(store: Store) -> int:
    """Each stored briefing equals the one composed now from scratch (no stored stances)."""
    count = 0
    for storyline in store.storylines():
        stored = store.briefing(storyline.id)
        fresh = pipeline.briefing_for(store, storyline.id)
        assert stored is not None and fresh is not None
        assert stored.to_dict() == fresh.to_dict(), storyline.id
        count += 1
    return count


class Classified:
    """How many pairs the stance model classified."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.pairs = 0
        model = pipeline.brief.claims.__globals__["packaged_model"]()
        classify = type(model).classify

        def counting(this: object, pairs: list[object]) -> object:
            self.pairs += len(pairs)
            return classify(this, pairs)  # type: ignore[arg-type]

        monkeypatch.setattr(type(model), "classify", counting)


def test_examples_briefed_file_by_file_equal_a_full_recompose(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEFS_FROM", 10**6)  # counted in this process
    classified = Classified(monkeypatch)
    for path in sorted(EXAMPLES.iterdir()):
        pipeline.ingest(store, [path])
        pipeline.build(store)
    stored = store.conn.execute("SELECT COUNT(*) FROM stances").fetchone()[0]
    # Every stored stance was classified once; briefing a storyline again after a new
    # report classified only the pairs it brought.
    assert stored > 0 and classified.pairs == stored
    assert _assert_stored_equal_full_recompose(store) >= 2


@pytest.mark.slow
def test_a_generated_storyline_after_many_small_batches_equals_a_full_recompose(
    store: Store,
) -> None:
    items = _corpus_module().corpus(80)
    for first in range(0, len(items), 10):
        pipeline.ingest_documents(store, _documents(items[first : first + 10]))
        pipeline.build(store)
    assert max(len(e.article_ids) for e in store.events()) > 1
    assert _assert_stored_equal_full_recompose(store) >= 1


def test_stances_go_when_the_stance_function_changes(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline.ingest(store, [EXAMPLES])
    pipeline.build(store)
    assert store.conn.execute("SELECT COUNT(*) FROM stances").fetchone()[0] > 0
    store.keep_stances_of("another stance function")
    assert store.conn.execute("SELECT COUNT(*) FROM stances").fetchone()[0] == 0
    assert brief.STAGE_VERSION  # the briefing stage itself is unchanged


def test_an_updated_article_loses_its_stored_stances(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        pipeline.ingest(store, [EXAMPLES])
        pipeline.build(store)
        article_id = store.conn.execute("SELECT claim_article FROM stances LIMIT 1").fetchone()[0]
        article = store.article(article_id)
        assert article is not None
        article.text += " One more sentence was added to this report today."
        assert store.upsert_article(article) == "updated"
        left = store.conn.execute(
            "SELECT COUNT(*) FROM stances WHERE claim_article=? OR source_article=?",
            (article_id, article_id),
        ).fetchone()[0]
        assert left == 0
