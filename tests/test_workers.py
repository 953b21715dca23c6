"""Worker processes: results in input order, and briefings composed in workers equal to
those composed in one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import pipeline, workers
from storyline.model import RawDocument
from storyline.store.db import Store
from storyline.workers import ordered_map

TOPICS = [
    ("Valmora", "Marta Quell", "strike", "crane operators walked off the quays over pay"),
    ("Ardel", "Piet Armand", "flood", "the river burst its banks after four days of rain"),
    ("Corlen", "Helga Marin", "election", "voters chose a new council in a tight count"),
    ("Sarn", "Rolf Adler", "fire", "a blaze destroyed a grain warehouse near the station"),
    ("Bexley", "Edda Vos", "budget", "treasurers approved next year's spending plan"),
    ("Orrin", "Karl Dunmore", "trial", "jurors heard the case against a former banker"),
    ("Talmouth", "Ana Brisk", "collision", "a ferry struck the harbour wall in thick fog"),
    ("Kestrel", "Tomas Reiner", "closure", "parents protested the closing of a village school"),
]


def _square(n: int) -> int:
    return n * n


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_ordered_map_keeps_input_order_with_few_items_in_flight(method: str) -> None:
    assert list(ordered_map(_square, range(20), method, ahead=3)) == [n * n for n in range(20)]


def _documents() -> list[RawDocument]:
    documents = []
    for place, person, kind, what in TOPICS:
        for outlet in ("Daily Post", "Evening Star"):
            body = (
                f"In {place}, {what} on Monday, {person} told the {outlet}.\n\n"
                f"{person} added that the {kind} in {place} was the worst in memory.\n\n"
                f"“Nobody in {place} has seen a {kind} like this,” {person} said."
            )
            documents.append(
                RawDocument(
                    source=f"{place}-{outlet}.txt",
                    kind="text",
                    body=body,
                    id=f"{place}-{outlet}",
                    title=f"{place} {kind}: {what}",
                    outlet=outlet,
                    published="2026-03-02",
                )
            )
    return documents


def _briefings(tmp_path: Path, name: str) -> dict[str, str]:
    with Store(tmp_path / f"{name}.db") as store:
        pipeline.ingest_documents(store, _documents())
        pipeline.build(store)
        stories = pipeline.list_stories(store)
        found = {}
        for story in stories:
            briefing = store.briefing(story.id)
            assert briefing is not None
            found[story.id] = repr(briefing)
        return found


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_briefings_composed_in_workers_equal_those_of_one_process(
    method: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "start_method", lambda: method)
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEFS_FROM", 10_000)
    alone = _briefings(tmp_path, "alone")
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEFS_FROM", 1)
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEF_REPORTS", 0)
    together = _briefings(tmp_path, "together")
    assert len(alone) == len(TOPICS)
    assert together == alone


ORPHAN_SCRIPT = """
import time
from storyline.workers import ordered_map

def slow(n):
    time.sleep(120)
    return n

for _ in ordered_map(slow, range(4), "fork"):
    pass
"""


def test_workers_end_when_their_parent_is_killed() -> None:
    """kill -9 of an ingest leaves no reader workers behind (issue 21)."""
    import subprocess
    import sys
    import time

    psutil = pytest.importorskip("psutil")
    parent = subprocess.Popen([sys.executable, "-c", ORPHAN_SCRIPT])
    try:
        deadline = time.monotonic() + 60
        children: list[psutil.Process] = []
        while len(children) < workers.WORKERS and time.monotonic() < deadline:
            time.sleep(0.1)
            children = psutil.Process(parent.pid).children()
        assert len(children) == workers.WORKERS
    finally:
        parent.kill()
        parent.wait()
    _, alive = psutil.wait_procs(children, timeout=5)
    for child in alive:
        child.kill()
    assert not alive, f"{len(alive)} workers outlived their parent"
