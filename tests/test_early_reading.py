"""An ingest's reading that begins while its batch is still being extracted and stored
(``read.EarlyReading``): the same readings, in order, as reading the batch whole; the
workers end with the block, also when it fails; and an ingest stores the same."""

from __future__ import annotations

from pathlib import Path

import psutil
import pytest

import storyline.read as read_stage
from storyline import pipeline
from storyline.model import Article, RawDocument
from storyline.read import EarlyReading, read_articles
from storyline.store.db import Store

TEXTS = [
    f"Mayor Helen Okafor{n} opened bridge {n} in Valmora on Monday, March 2, 2026.\n\n"
    f"“This bridge joins two halves of one city,” Okafor{n} said on Tuesday."
    for n in range(11)
]


def _batch() -> list[Article]:
    return [Article(id=f"a{n}", source=f"a{n}", text=t) for n, t in enumerate(TEXTS)]


@pytest.fixture
def early(monkeypatch: pytest.MonkeyPatch) -> None:
    # Reading starts at the fourth article, two articles a chunk, two chunks in flight.
    monkeypatch.setattr(read_stage, "start_method", lambda: "fork")
    monkeypatch.setattr(read_stage, "READ_EARLY_FROM", 4)
    monkeypatch.setattr(read_stage, "BATCH", 2)
    monkeypatch.setattr(read_stage, "READ_AHEAD", 2)


@pytest.mark.usefixtures("early")
def test_reading_begins_while_the_batch_is_gathered_and_gives_what_reading_it_whole_does() -> None:
    alone = list(read_articles(_batch(), parallel=False))
    given = _batch()
    with EarlyReading() as reading:
        for article in given[:3]:
            reading.add(article)
        assert not reading._in_flight  # (fewer than READ_EARLY_FROM: nothing sent yet)
        reading.add(given[3])
        assert len(reading._in_flight) == 2  # the first two chunks, sent at once
        for article in given[4:]:
            reading.add(article)
        assert len(reading._in_flight) == 2  # never more than READ_AHEAD
        together = list(reading.read())
    assert [a.record() for a in together] == [a.record() for a in alone]
    assert all(a is b for a, b in zip(together, given, strict=True))  # filled in place
    assert together[0].quotes and together[0].event_date == "2026-03-02"


@pytest.mark.usefixtures("early")
def test_the_workers_end_with_the_block_when_it_fails() -> None:
    with pytest.raises(RuntimeError, match="extracting failed"), EarlyReading() as reading:
        for article in _batch()[:5]:
            reading.add(article)
        workers = psutil.Process().children()
        assert workers
        raise RuntimeError("extracting failed")
    _gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive


def test_a_small_batch_or_one_beside_threads_is_read_when_gathered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(read_stage, "READ_EARLY_FROM", 4)
    monkeypatch.setattr(read_stage, "start_method", lambda: "spawn")
    given = _batch()[:5]
    with EarlyReading() as reading:
        for article in given:
            reading.add(article)
        assert reading._pool is None
        assert [a.id for a in reading.read()] == [a.id for a in given]
    assert all(a.sentences for a in given)


def test_an_ingest_read_early_stores_what_one_read_whole_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = [
        RawDocument(source=f"d{n}", kind="text", body=text, id=f"d{n}", published="2026-03-03")
        for n, text in enumerate(TEXTS)
    ]
    stored: list[list[str]] = []
    for early_from in (4, 1000):
        monkeypatch.setattr(read_stage, "READ_EARLY_FROM", early_from)
        monkeypatch.setattr(read_stage, "BATCH", 2)
        with Store(tmp_path / f"{early_from}.db") as store:
            pipeline.ingest_documents(store, documents, cluster_as_read=True)
            pipeline.build(store)
            stored.append([a.record() for a in store.articles()])
    assert stored[0] == stored[1]
    assert all(record for record in stored[0])
