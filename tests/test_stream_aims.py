"""The stream benchmark's closing line: the issue's aims as ratios, measured and with the
reading stage's drift taken out; and a run that goes on where its process ended."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from common import build_store, raw_documents
from corpus import corpus
from storyline import pipeline
from storyline.store.db import Store
from stream import BatchCost, aims, resume


def _run(batches: int, reading: float = 5.0) -> list[BatchCost]:
    """Batches of 100 whose reading takes ``reading`` s, then 6 s from the 21st batch on,
    while the rest of a batch's work grows by 0.1 s a batch from 1 s."""
    costs = []
    for n in range(1, batches + 1):
        read = 6.0 if n > 20 else reading
        costs.append(BatchCost(100 * n, 100, read + 1.0 + 0.1 * (n - 1), read))
    return costs


def test_the_aims_compare_the_last_batches_with_the_first() -> None:
    found = aims(_run(30))
    measured, steady = found["aims"], found["aims_reading_at_median"]
    assert isinstance(measured, dict) and isinstance(steady, dict)
    assert measured["last_over_first"] == pytest.approx((6 + 1 + 2.9) / 6, abs=1e-3)
    assert steady["last_over_first"] == pytest.approx((5 + 1 + 2.9) / 6, abs=1e-3)
    # The first 2,000 articles are the first 20 batches.
    assert steady["mean_over_first_2000"] == pytest.approx((6 + 1.45) / (6 + 0.95), abs=1e-3)
    assert found["median_reading_s_per_article"] == 0.05


def test_a_short_last_batch_and_one_that_read_nothing_are_counted_per_article() -> None:
    costs = _run(30, reading=6.0)
    costs[5] = BatchCost(600, 100, 1.5, 0.0)  # all duplicates: nothing read
    costs[-1] = BatchCost(2950, 50, costs[-1].seconds / 2, 3.0)
    found = aims(costs)
    steady = found["aims_reading_at_median"]
    assert isinstance(steady, dict)
    assert steady["last_over_first"] == pytest.approx((6 + 1 + 2.9) / 7, abs=1e-3)
    assert found["median_reading_s_per_article"] == 0.06


def test_stretches_that_would_overlap_are_not_compared() -> None:
    found = aims(_run(15))  # 1,500 articles: under 20 batches, none past 2,000
    measured = found["aims"]
    assert isinstance(measured, dict)
    assert measured["last10_over_first10"] is None
    assert measured["mean_over_first_2000"] is None
    assert measured["last_over_first"] == pytest.approx((5 + 1 + 1.4) / 6, abs=1e-3)
    assert aims([]) == {}


def test_a_resumed_run_builds_what_was_left_and_goes_on_after_the_stored(
    tmp_path: Path,
) -> None:
    items = corpus(8)
    with Store(tmp_path / "stream.db") as store:
        build_store(store, items[:3], "stream#")
        # The process ended while ingesting the next batch (of three), before building it.
        pipeline.ingest_documents(store, raw_documents(items[3:5], "stream#"))
        assert resume(store, items, 3) == 6
        assert len(store.articles()) == 6
        unbuilt = store.conn.execute(
            "SELECT COUNT(*) FROM articles WHERE event_id IS NULL AND duplicate_of IS NULL"
        ).fetchone()[0]
        assert unbuilt == 0


def test_a_store_that_is_not_the_runs_first_articles_is_refused(tmp_path: Path) -> None:
    items = corpus(8)
    with Store(tmp_path / "stream.db") as store:
        build_store(store, [items[0], items[2]], "stream#")
        with pytest.raises(SystemExit, match="holds 2 articles, not the corpus's first 1"):
            resume(store, items, 3)


def test_a_store_of_another_corpus_is_refused(tmp_path: Path) -> None:
    """Another ``--max`` makes other articles under the same ids."""
    with Store(tmp_path / "stream.db") as store:
        build_store(store, corpus(20)[:3], "stream#")
        with pytest.raises(SystemExit, match="another corpus"):
            resume(store, corpus(40), 3)
