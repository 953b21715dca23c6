"""Worker processes: results in input order, and briefings composed in workers equal to
those composed in one process."""

from __future__ import annotations

import gc
import json
import os
import weakref
from dataclasses import replace
from pathlib import Path
from typing import Any

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


def test_an_ordered_feed_gives_what_was_put_and_then_more_in_order() -> None:
    feed: workers.OrderedFeed[int, int] = workers.OrderedFeed(_square, "fork")
    for n in range(5):
        feed.put(n)  # (the workers begin on these while the caller goes on)
    assert feed.waiting == 5
    assert list(feed.results(range(5, 12), ahead=3)) == [n * n for n in range(12)]
    assert feed.waiting == 0


def test_an_ordered_feed_left_early_stops_its_workers() -> None:
    import multiprocessing

    before = {p.pid for p in multiprocessing.active_children()}
    feed: workers.OrderedFeed[int, int] = workers.OrderedFeed(_square, "fork")
    for n in range(6):
        feed.put(n)
    results = feed.results(range(6, 40))
    assert next(results) == 0
    started = [p for p in multiprocessing.active_children() if p.pid not in before]
    assert len(started) == workers.WORKERS
    results.close()  # (the caller stopped: what was in flight is dropped)
    assert feed.waiting == 0
    assert not any(p.is_alive() for p in started)
    feed.close()  # (twice is harmless)


def test_a_reader_ahead_closed_unread_stops_its_workers_and_takes_no_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An ingest that fails while it still stores articles closes its reader: the workers
    begun for it end, and it neither takes more articles nor reads."""
    import multiprocessing

    from storyline import read
    from storyline.extract import extract
    from storyline.model import Article

    monkeypatch.setattr(read, "start_method", lambda: "fork")
    monkeypatch.setattr(read, "START_AHEAD", 2)
    monkeypatch.setattr(read, "PARALLEL_FROM", 2)
    before = {p.pid for p in multiprocessing.active_children()}
    ahead = read.ReadAhead()
    articles = [extract(document) for document in _documents()[:3]]
    for article in articles:
        assert isinstance(article, Article)
        ahead.append(article)
    assert ahead.began
    started = [p for p in multiprocessing.active_children() if p.pid not in before]
    assert started
    ahead.close()
    assert not any(p.is_alive() for p in started)
    with pytest.raises(RuntimeError):
        ahead.append(articles[0])  # type: ignore[arg-type]
    with pytest.raises(RuntimeError):
        next(ahead.read())


def test_a_worker_dying_while_articles_are_handed_in_stops_the_reading_not_the_storing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A reading worker killed while an ingest still hands in articles: every article is
    still taken (and so stored by the ingest), no more are sent, and reading them raises,
    as reading a gathered batch with a dead worker does."""
    import contextlib
    import multiprocessing
    import signal
    import time
    from concurrent.futures.process import BrokenProcessPool

    from storyline import read
    from storyline.extract import extract
    from storyline.model import Article

    monkeypatch.setattr(read, "start_method", lambda: "fork")
    monkeypatch.setattr(read, "START_AHEAD", 2)
    monkeypatch.setattr(read, "PARALLEL_FROM", 2)
    monkeypatch.setattr(read, "BATCH", 2)
    before = {p.pid for p in multiprocessing.active_children()}
    articles = [a for d in _documents() if isinstance(a := extract(d), Article)]
    ahead = read.ReadAhead()
    try:
        ahead.append(articles[0])
        ahead.append(articles[1])
        started = [p for p in multiprocessing.active_children() if p.pid not in before]
        assert started and started[0].pid is not None
        with contextlib.suppress(ProcessLookupError):  # (one kill breaks the whole pool)
            os.kill(started[0].pid, signal.SIGKILL)
        pool = ahead._feed._pool if ahead._feed is not None else None
        deadline = time.monotonic() + 30
        while pool is not None and not pool._broken and time.monotonic() < deadline:
            time.sleep(0.05)  # (until the pool has seen it: the next sending then fails)
        for article in articles[2:]:
            ahead.append(article)  # (never raises: the storing goes on)
        assert ahead.articles == articles
        assert ahead._stopped  # (and nothing more was sent)
        with pytest.raises(BrokenProcessPool):
            list(ahead.read())
    finally:
        ahead.close()


@pytest.mark.parametrize("ahead_while_handed", [1, 64])
def test_articles_read_as_they_are_handed_in_read_as_a_batch_is(
    ahead_while_handed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ingest's articles begin to be read in the workers while the next are extracted
    and stored (``ReadAhead``); what they read, and the order, are ``read_articles``'."""
    from storyline import read
    from storyline.extract import extract
    from storyline.model import Article

    articles = [extract(document) for document in _documents()]
    assert all(isinstance(a, Article) for a in articles)
    alone = [copy for a in articles if isinstance(a, Article) for copy in [replace(a)]]
    expected = [repr(a) for a in read.read_articles(alone, parallel=False)]
    monkeypatch.setattr(read, "start_method", lambda: "fork")  # (whatever other tests left)
    monkeypatch.setattr(read, "START_AHEAD", 4)
    monkeypatch.setattr(read, "PARALLEL_FROM", 4)
    monkeypatch.setattr(read, "BATCH", 3)  # (four batches of three, and the rest)
    monkeypatch.setattr(read, "AHEAD_WHILE_HANDED", ahead_while_handed)
    ahead = read.ReadAhead()
    try:
        for n, article in enumerate(articles):
            assert isinstance(article, Article)
            ahead.append(article)
            assert ahead.began == (n + 1 >= 4)  # (the workers began at the fourth)
        got = [repr(a) for a in ahead.read()]
    finally:
        ahead.close()
    assert got == expected
    assert [repr(a) for a in articles] == expected  # (read in place)


def test_a_small_batch_handed_in_is_read_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fewer articles than ``START_AHEAD`` wait for ``read``, which reads them as
    ``read_articles`` does (a watcher's hundred cut into even chunks for the workers)."""
    from storyline import read
    from storyline.extract import extract
    from storyline.model import Article

    monkeypatch.setattr(read, "start_method", lambda: "fork")  # (whatever other tests left)
    articles = [extract(document) for document in _documents()]  # (16: read in workers)
    alone = [replace(a) for a in articles if isinstance(a, Article)]
    expected = [repr(a) for a in read.read_articles(alone, parallel=False)]
    chunks: list[int] = []
    results = workers.OrderedFeed.results

    def counted(feed: Any, more: list[list[Article]], *args: Any, **kwargs: Any) -> Any:
        chunks.extend(len(chunk) for chunk in more)
        return results(feed, more, *args, **kwargs)

    monkeypatch.setattr(workers.OrderedFeed, "results", counted)
    ahead = read.ReadAhead()
    for article in articles:
        assert isinstance(article, Article)
        ahead.append(article)
    assert not ahead.began
    assert [repr(a) for a in ahead.read()] == expected
    ahead.close()
    assert chunks == [4, 4, 4, 4]  # (in the workers, even chunks: two for each)


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


STANDING_ORPHAN_SCRIPT = """
import time
from storyline.workers import StandingWorkers

def slow(n):
    time.sleep(120)
    return n

for _ in StandingWorkers("fork").run(slow, [1, 2], ["a", "b"], [1, 1]):
    pass
"""


@pytest.mark.parametrize("script", [ORPHAN_SCRIPT, STANDING_ORPHAN_SCRIPT])
def test_workers_end_when_their_parent_is_killed(script: str) -> None:
    """kill -9 of an ingest (or of a watcher, whose composing workers stand) leaves no
    workers behind (issue 21)."""
    import subprocess
    import sys
    import time

    psutil = pytest.importorskip("psutil")
    parent = subprocess.Popen([sys.executable, "-c", script])
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


def _pid_and_square(n: int) -> tuple[int, int]:
    if n < 0:
        raise ValueError(f"negative: {n}")
    if n == 99:
        os._exit(3)  # a worker that dies (killed, out of memory)
    return os.getpid(), n * n


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_standing_workers_answer_every_task_and_keep_each_home_on_one_worker(
    method: str,
) -> None:
    pool = workers.StandingWorkers(method)
    try:
        homes = ["a", "b", "c", "a", "b", "c"]
        first = dict(pool.run(_pid_and_square, list(range(6)), homes, [1] * 6))
        second = dict(pool.run(_pid_and_square, list(range(6)), homes, [1] * 6))
        assert sorted(first) == sorted(second) == list(range(6))
        assert [first[i][1] for i in range(6)] == [n * n for n in range(6)]
        for home in "abc":
            pids = {found[i][0] for found in (first, second) for i in range(6) if homes[i] == home}
            assert len(pids) == 1, home  # what a worker holds for a storyline serves it again
        assert len({pid for pid, _ in first.values()}) == workers.WORKERS
    finally:
        pool.close()


def test_a_failing_task_raises_in_the_caller_and_the_workers_go_on() -> None:
    pool = workers.StandingWorkers("fork")
    try:
        with pytest.raises(ValueError, match="negative: -1") as raised:
            list(pool.run(_pid_and_square, [-1], ["a"], [1]))
        # where it failed in the worker is told (its traceback, and which item)
        assert "item 0, in a worker process" in "".join(raised.value.__notes__)
        assert "_pid_and_square" in "".join(raised.value.__notes__)
        assert not pool.broken  # (nothing was in flight: a broken pool is not used again)
        found = list(pool.run(_pid_and_square, [2, 3], ["a", "b"], [1, 1]))
        assert sorted(value for _, (_, value) in found) == [4, 9]
    finally:
        pool.close()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


_HELD: list[_Cycle] = []
_WATCHED: list[weakref.ref[_Cycle]] = []


def _cycle_step(step: str) -> tuple[int, bool]:
    """In a worker: make a cycle it holds, or let go of it; then how many objects are
    frozen, and whether the last cycle made is still there."""
    if step == "make":
        _HELD.append(_Cycle())
        _WATCHED.append(weakref.ref(_HELD[-1]))
    elif step == "drop":
        _HELD.clear()
    return gc.get_freeze_count(), _WATCHED[-1]() is not None


def test_a_standing_worker_freezes_what_it_holds_and_frees_dead_cycles_in_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a worker holds after a task is frozen (the cycle collector does not read it
    again each pass); a cycle that dies among it is freed by the next whole collection,
    every ``FULL_COLLECT_EVERY`` tasks, once no task has come for ``IDLE_SECONDS``."""
    monkeypatch.setattr(workers, "FULL_COLLECT_EVERY", 4)
    monkeypatch.setattr(workers, "IDLE_SECONDS", 0.05)
    # (after the fourth task a whole collection is due: the pause lets it run; after the
    # seventh none is, and a pause collects nothing)
    steps = ["make", "drop", "look", "look", "look", "make", "drop", "look"]
    seen = _cycle_steps(steps, pauses={4: 1.0, 7: 1.0})
    assert seen[0] == (0, True)  # (frozen after the task, not during it)
    assert all(frozen > 0 for frozen, _ in seen[1:])
    assert [alive for _, alive in seen[1:]] == [True, True, True, False, True, True, True]


def test_a_standing_workers_whole_collection_waits_while_tasks_come(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Tasks that come one after the other (a build's storylines) are not held up by the
    whole collection; after a second period without a pause it runs all the same."""
    monkeypatch.setattr(workers, "FULL_COLLECT_EVERY", 4)
    monkeypatch.setattr(workers, "IDLE_SECONDS", 30.0)
    seen = _cycle_steps(["make", "drop"] + ["look"] * 7, pauses={})
    assert [alive for _, alive in seen] == [True] * 8 + [False]


def _cycle_steps(steps: list[str], pauses: dict[int, float]) -> list[tuple[int, bool]]:
    """``_cycle_step`` of each step in turn in one standing worker, ``pauses[n]`` seconds
    after the ``n``-th."""
    import time

    pool = workers.StandingWorkers("fork")
    seen = []
    try:
        for done, step in enumerate(steps, 1):
            seen.append(next(iter(pool.run(_cycle_step, [step], ["a"], [1])))[1])
            time.sleep(pauses.get(done, 0.0))
    finally:
        pool.close()
    return seen


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_standing_workers_end_at_once_when_closed(method: str) -> None:
    """Each worker reads its sign to end (a forked one holds no copy of another's pipe)."""
    import time

    pool = workers.StandingWorkers(method)
    list(pool.run(_pid_and_square, [1, 2], ["a", "b"], [1, 1]))
    started = time.monotonic()
    pool.close()
    assert time.monotonic() - started < 1.0
    assert [p.exitcode for p in pool._processes] == [0, 0]


def test_a_worker_that_dies_breaks_the_pool_and_the_next_build_starts_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pool = workers.StandingWorkers("fork")
    with pytest.raises(workers.WorkerDied, match="exit code 3"):
        list(pool.run(_pid_and_square, [99, 1], ["a", "b"], [1, 1]))
    assert pool.broken
    pool.close()
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEFS_FROM", 1)
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEF_REPORTS", 0)
    pipeline._STANDING[:] = [pool]  # a broken pool left from a build before
    assert len(_briefings(tmp_path, "after")) == len(TOPICS)
    assert pipeline._STANDING and not pipeline._STANDING[0].broken


def test_standing_workers_compose_build_after_build_as_a_full_recompose_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reports held by the workers from one build to the next, and what composing found
    of each, give the briefings a fresh compose gives (one report changed on the way)."""
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEFS_FROM", 1)
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEF_REPORTS", 0)
    documents = _documents()
    with Store(tmp_path / "held.db") as store:
        for first in range(0, len(documents), 4):
            pipeline.ingest_documents(store, documents[first : first + 4])
            pipeline.build(store)
        changed = documents[0]
        edited = changed.body.replace("walked off", "stayed off")
        assert edited != changed.body
        pipeline.ingest_documents(store, [replace(changed, body=edited)])
        pipeline.build(store)
        stories = pipeline.list_stories(store)
        assert len(stories) == len(TOPICS)
        for story in stories:
            stored = store.briefing(story.id)
            fresh = pipeline.briefing_for(store, story.id)
            assert stored is not None and fresh is not None
            assert stored.to_dict() == fresh.to_dict()
        told = [store.briefing(story.id) for story in stories]
        assert any("stayed off" in json.dumps(b.to_dict()) for b in told if b is not None)


def _parallel_build(store: Store, documents: list[RawDocument]) -> None:
    pipeline.ingest_documents(store, documents)
    pipeline.build(store)


def test_a_worker_killed_between_builds_is_replaced_at_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEFS_FROM", 1)
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEF_REPORTS", 0)
    documents = _documents()
    with Store(tmp_path / "killed.db") as store:
        _parallel_build(store, documents[:8])
        [pool] = pipeline._STANDING
        pool._processes[0].kill()  # (the out-of-memory killer, between two polls)
        pool._processes[0].join()
        _parallel_build(store, documents[8:])
        assert pipeline._STANDING[0] is not pool and pipeline._STANDING[0].alive()
        assert len(pipeline.list_stories(store)) == len(TOPICS)


def test_a_build_that_fails_while_storing_leaves_the_standing_workers_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEFS_FROM", 1)
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEF_REPORTS", 0)
    documents = _documents()
    with Store(tmp_path / "failed.db") as store:

        def full(*_: object) -> None:
            raise OSError("disk full")

        monkeypatch.setattr(store, "save_stances", full)
        with pytest.raises(OSError, match="disk full"):
            _parallel_build(store, documents)
        assert not pipeline._STANDING_LOCK.locked()
        monkeypatch.undo()
        monkeypatch.setattr(pipeline, "PARALLEL_BRIEFS_FROM", 1)
        monkeypatch.setattr(pipeline, "PARALLEL_BRIEF_REPORTS", 0)
        pipeline.build(store)
        assert len(pipeline.list_stories(store)) == len(TOPICS)
        assert all(store.briefing(s.id) is not None for s in pipeline.list_stories(store))


def _pid_after(seconds: float) -> int:
    import time

    time.sleep(seconds)
    return os.getpid()


def test_items_of_new_homes_go_to_the_worker_that_runs_out_of_work_first() -> None:
    """Storylines no worker has composed yet are shared out as the workers free up, not
    by their report counts beforehand: one long item does not keep a queue of short ones
    waiting behind it while the other worker idles. Their homes are remembered."""
    pool = workers.StandingWorkers("fork")
    try:
        seconds = [1.5] + [0.05] * 5  # (equal weights: the counts say nothing of the cost)
        homes = ["long", "a", "b", "c", "d", "e"]
        done = dict(pool.run(_pid_after, seconds, homes, [1] * 6))
        assert done[0] not in {done[i] for i in range(1, 6)}  # (the long one's worker)
        # (each home is remembered where it went: the short ones all on the other worker)
        assert len({pool._homes[home] for home in homes[1:]}) == 1
        assert pool._homes["long"] != pool._homes["a"]
    finally:
        pool.close()


def test_the_homes_remembered_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "HOMES_LIMIT", 3)
    pool = workers.StandingWorkers("fork")
    try:
        for batch in (["a", "b"], ["c", "d"], ["a"]):
            list(pool.run(_pid_and_square, list(range(len(batch))), batch, [1] * len(batch)))
        assert list(pool._homes) == ["c", "d", "a"]  # "b", composed least recently, went
    finally:
        pool.close()


def _young_threshold(_: int) -> int:
    return gc.get_threshold()[0]


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_collect_their_young_objects_less_often_than_python_does(method: str) -> None:
    # A worker's tasks make millions of objects that live as long as the task: collecting
    # after every 700 allocations walked them again and again.
    expected = [workers.YOUNG_COLLECTION_EVERY] * 2
    assert list(ordered_map(_young_threshold, range(2), method)) == expected
    pool = workers.StandingWorkers(method)
    try:
        found = dict(pool.run(_young_threshold, [0, 1], ["a", "b"], [1, 1]))
        assert sorted(found.values()) == expected
    finally:
        pool.close()
    assert gc.get_threshold()[0] != workers.YOUNG_COLLECTION_EVERY  # the caller's own stays


def test_an_ingest_and_a_build_collect_young_objects_less_often_and_then_as_before(
    tmp_path: Path,
) -> None:
    # The main process of `storyline run` extracts, dedupes, clusters and stores: at
    # Python's default it spent a tenth of that time in the collector.
    before = gc.get_threshold()
    seen: list[int] = []

    def tick(_: str) -> None:
        seen.append(gc.get_threshold()[0])

    texts = {
        "a": "Port workers in Valmara began a strike over wages, the union said on Monday. "
        "Ships waited outside the harbour as talks with the port authority stalled.",
        "b": "Crane operators joined talks at the Valmara port as the dock strike went on. "
        "The port authority said it hoped for a deal with the union by the weekend.",
    }
    raws = [RawDocument(source=k, kind="text", body=v, id=k) for k, v in texts.items()]
    with Store(tmp_path / "s.db") as store:
        pipeline.ingest_documents(store, raws, tick=tick)
        pipeline.build(store, tick=tick)
    assert seen and set(seen) == {workers.YOUNG_COLLECTION_EVERY}
    assert gc.get_threshold() == before


def test_overlapping_frozen_blocks_unfreeze_when_the_last_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (a build inside the server's life, the HTTP app's builds in threads)
    monkeypatch.setattr(workers, "_FROZEN", workers._Freezing())
    first, second = workers.frozen_meanwhile(), workers.frozen_meanwhile()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_freeze_count() > 0  # the second still runs
    second.__exit__(None, None, None)
    assert gc.get_freeze_count() == 0


def test_a_frozen_block_that_fails_unfreezes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "_FROZEN", workers._Freezing())
    with pytest.raises(ValueError), workers.frozen_meanwhile():
        assert gc.get_freeze_count() > 0
        raise ValueError("a build that fails")
    assert gc.get_freeze_count() == 0


def test_a_cycle_that_dies_frozen_inside_a_long_block_is_freed_in_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A server's life is one long block: every ``FULL_COLLECT_EVERY``-th block that ends
    inside it (its builds') collects the whole heap once and freezes what lives again."""
    monkeypatch.setattr(workers, "FULL_COLLECT_EVERY", 3)
    monkeypatch.setattr(workers, "_FROZEN", workers._Freezing())
    alive = []
    with workers.frozen_meanwhile():
        held = [_Cycle()]
        watched = weakref.ref(held[0])
        for _ in range(3):
            with workers.frozen_meanwhile():
                held.clear()  # (dead, but frozen: no collection frees it)
                gc.collect()
            alive.append(watched() is not None)
        assert gc.get_freeze_count() > 0
    assert alive == [True, True, False]
    assert gc.get_freeze_count() == 0


def test_the_collector_thresholds_come_back_when_the_work_fails() -> None:
    before = gc.get_threshold()
    with pytest.raises(ValueError), workers.collecting_young_less_often():
        assert gc.get_threshold()[0] == workers.YOUNG_COLLECTION_EVERY
        raise ValueError("a build that fails")
    assert gc.get_threshold() == before


def test_overlapping_ingests_leave_the_thresholds_they_found() -> None:
    # (the HTTP app runs ingests and builds in threads: the first to end must not put
    # back Python's thresholds under the other, nor the last leave the other's behind)
    before = gc.get_threshold()
    first, second = workers.collecting_young_less_often(), workers.collecting_young_less_often()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold()[0] == workers.YOUNG_COLLECTION_EVERY  # the second still runs
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before
