"""Worker processes for CPU-bound stages on this machine (reading, briefing).

Two cores, and Python runs one thread of Python code at a time: a stage that is pure
computation over independent items (articles to read, storylines to brief) runs in worker
processes, its items and results pickled across.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import os
import threading
import time
import traceback
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Generic, TypeVar, cast

WORKERS = 2
# How often a worker checks that the process that started it is still alive.
PARENT_POLL_SECONDS = 0.5

Item = TypeVar("Item")
Result = TypeVar("Result")


def start_method() -> str:
    """Fork when this process runs one thread: the workers then start with what this
    process has loaded (the spaCy model, the imported package) in a fraction of a second,
    where spawned ones each import and load it again (about 10 s of the 50 a 1,000-article
    read took here). A process with other threads (a server) spawns, as forking it could
    copy a lock another thread holds."""
    return "fork" if threading.active_count() == 1 else "spawn"


def ordered_map(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    method: str | None = None,
    ahead: int = 2 * WORKERS,
) -> Iterator[Result]:
    """``function`` over ``items`` in ``WORKERS`` processes, results in input order. At
    most ``ahead`` items are in flight, so a long stream of big items (a storyline's
    articles) is not all held in memory at once."""
    # (a feed given every item as it goes: the workers start with the first)
    yield from OrderedFeed(function, method or start_method()).results(items, ahead)


class OrderedFeed(Generic[Item, Result]):
    """``ordered_map`` for items that come one at a time while the caller does other work
    (an ingest extracting and storing the next articles): each item ``put`` is submitted
    at once (the pool starts with the first; ``WORKERS + 1`` reach the workers' queue, the
    rest wait here); ``results`` then gives every result in the order put, putting
    ``more`` items as it goes (``ahead`` waiting). ``close`` stops the workers
    (``results`` does when it ends or is left)."""

    def __init__(self, function: Callable[[Item], Result], method: str) -> None:
        self.function = function
        self.method = method
        self._pool: ProcessPoolExecutor | None = None
        self._pending: deque[Future[Result]] = deque()

    @property
    def waiting(self) -> int:
        """Items put whose results have not been given yet."""
        return len(self._pending)

    def put(self, item: Item) -> None:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                WORKERS,
                mp_context=multiprocessing.get_context(self.method),
                initializer=_start_worker,
                initargs=(os.getpid(),),
            )
        self._pending.append(self._pool.submit(self.function, item))

    def results(self, more: Iterable[Item] = (), ahead: int = 2 * WORKERS) -> Iterator[Result]:
        try:
            for item in more:
                self.put(item)
                while len(self._pending) >= ahead:
                    yield self._pending.popleft().result()
            while self._pending:
                yield self._pending.popleft().result()
        finally:
            self.close()

    def close(self) -> None:
        """End the workers; what was put and not yet given is dropped."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._pending.clear()


def _start_worker(parent_pid: int) -> None:
    """Run in each of ``ordered_map``'s workers as it starts. What a forked worker holds of
    its parent (the store's records read for a stale stage, a kept clusterer) is frozen
    (``gc.freeze``): the worker's cycle collector then never walks those objects, nor
    writes to their headers, so a full collection in the worker neither costs time for
    them nor copies their pages (the ``gc`` documentation's advice for fork; what the
    worker itself reads still has its reference counts written). An ingest that clusters
    as it reads has frozen them in the parent already (``frozen_meanwhile``)."""
    die_with_parent(parent_pid)
    collect_young_less_often()
    gc.freeze()


# Allocations between two collections of the youngest generation in a worker (Python's
# default is 700). Reading and composing make millions of small objects that live as long
# as their task (tokens, stems, a storyline's stances): at 700, the collector ran through
# them thousands of times a task, a sixth of composing's time on the 2,000 generated
# articles (README, "Benchmarks"). A cycle of garbage lives a few more allocations.
YOUNG_COLLECTION_EVERY = 20_000


def collect_young_less_often() -> None:
    """Run in each worker as it starts: ``YOUNG_COLLECTION_EVERY`` for the youngest
    generation; the older ones as by default (each collected after ten of the one
    below)."""
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, middle, oldest)


@contextlib.contextmanager
def collecting_young_less_often() -> Iterator[None]:
    """``collect_young_less_often`` in this process while an ingest or a build runs, the
    thresholds as they were after it: extracting, deduping, clustering and storing 2,000
    generated articles, the main process spent 1.6 of its 17.8 CPU-seconds in the
    collector at Python's default (``benchmarks/throughput.py``). The thresholds are the
    process's: with several at once (the HTTP app's threads), the first sets them and the
    last puts back those it found."""
    _YOUNG.enter()
    try:
        yield
    finally:
        _YOUNG.leave()


class _YoungCollections:
    """How many ingests and builds run now, and the thresholds the first of them found."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.found = gc.get_threshold()

    def enter(self) -> None:
        with self.lock:
            if self.running == 0:
                self.found = gc.get_threshold()
                collect_young_less_often()
            self.running += 1

    def leave(self) -> None:
        with self.lock:
            self.running -= 1
            if self.running == 0:
                gc.set_threshold(*self.found)


_YOUNG = _YoungCollections()


@contextlib.contextmanager
def frozen_meanwhile() -> Iterator[None]:
    """What is alive when the block begins stays out of the cycle collector's passes
    (``gc.freeze``) until the outermost such block ends: a build's clustering (the
    clusterer's state, a dict of terms per stored event: reading it again at each full
    collection cost about a third of the time per article at 1M stored articles,
    ``benchmarks/cluster_scale.py``), a server's life. Blocks overlap (a build inside the
    server, the HTTP app's threads): one that ends inside another leaves what was frozen
    frozen (the server's start-up objects were unfrozen by its first build before), and
    every ``FULL_COLLECT_EVERY`` such ends the whole heap is collected once and frozen
    again, so that a cycle that died among what was frozen is freed (in a server that
    builds rarely, such a cycle may stay for its life)."""
    _FROZEN.enter()
    try:
        yield
    finally:
        _FROZEN.leave()


class _Freezing:
    """How many ``frozen_meanwhile`` blocks run now, and how many have ended inside
    another."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.ended_inside = 0

    def enter(self) -> None:
        with self.lock:
            gc.collect(1)  # (young garbage, a request's cycles, is not frozen with the rest)
            gc.freeze()  # (again in an inner block: what the outer ones made since)
            self.running += 1

    def leave(self) -> None:
        with self.lock:
            self.running -= 1
            if not self.running:
                gc.unfreeze()
                return
            self.ended_inside += 1
            if self.ended_inside % FULL_COLLECT_EVERY == 0:
                _collect_all()


_FROZEN = _Freezing()


def die_with_parent(parent_pid: int) -> None:
    """Run in each worker as it starts: end it when its parent ends, even by ``kill -9``
    (which gives the pool no chance to stop its workers). A thread polls the parent pid:
    an orphan is adopted by another process, so its parent pid changes. (prctl's
    PR_SET_PDEATHSIG would fire when the parent *thread* that started the worker ends,
    which a server's worker threads do while the pool is still in use.)"""
    if os.getppid() != parent_pid:
        os._exit(1)
    watch = threading.Thread(target=_exit_when_orphaned, args=(parent_pid,), daemon=True)
    watch.start()


def _exit_when_orphaned(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


# Storylines whose worker is remembered at most (the least recently composed go first).
HOMES_LIMIT = 10_000


class WorkerDied(RuntimeError):
    """A standing worker process ended while it held a task (killed, out of memory)."""


class StandingWorkers:
    """``WORKERS`` processes that stay from one call to the next, each task sent to the
    worker that had its ``home`` last time when that keeps the two about equally busy.

    A watcher builds every few minutes and composes the same storylines each time: a
    worker that stays keeps what it read for them (the reports, the stance model, what it
    found of each report: see ``pipeline.HELD_REPORTS``) instead of being started, sent
    every report and reading it all again. Tasks and results go through one pipe per worker and
    one task at a time, so the parent runs no threads of its own (forking the reading
    stage's workers stays safe) and never holds more than one result per worker."""

    def __init__(self, method: str) -> None:
        context = multiprocessing.get_context(method)
        self.method = method
        self.broken = False
        self._homes: dict[str, int] = {}
        self._pipes: list[Connection] = []
        self._processes: list[BaseProcess] = []
        for _ in range(WORKERS):
            parent_end, child_end = context.Pipe()
            # A forked worker holds copies of the parent's ends of every pipe made so far:
            # it closes them, so that each worker sees its own pipe end when the parent
            # closes it.
            inherited = [*self._pipes, parent_end] if method == "fork" else []
            process: BaseProcess = context.Process(  # type: ignore[attr-defined]
                target=_serve,
                args=(child_end, os.getpid(), inherited),
                daemon=True,
                name="storyline-worker",
            )
            process.start()
            child_end.close()
            self._pipes.append(parent_end)
            self._processes.append(process)

    def run(
        self,
        function: Callable[[Item], Result],
        items: list[Item],
        homes: list[str],
        weights: list[int],
    ) -> Iterator[tuple[int, Result]]:
        """``function`` over ``items``, as (index, result) in the order they finish. A
        task's exception is raised here; a worker that dies makes ``WorkerDied`` and
        leaves the pool broken (the caller starts another)."""
        queues, free = self._assign(homes, weights)
        busy: dict[int, int] = {}  # worker -> the index of the item it holds

        def send_next(worker: int) -> None:
            if not queues[worker] and free:
                home, indexes = free.popitem(last=False)  # (the heaviest left first)
                self._remember(home, worker)
                queues[worker].extend(indexes)
            if queues[worker]:
                index = queues[worker].popleft()
                try:
                    self._pipes[worker].send((function, items[index]))
                except OSError as err:  # (it ended between two builds)
                    self.close()
                    raise WorkerDied(f"a worker had ended before item {index} was sent") from err
                busy[worker] = index

        try:
            for worker in range(len(self._pipes)):
                send_next(worker)
            while busy:
                ready = wait([self._pipes[w] for w in busy])
                for worker in [w for w in list(busy) if self._pipes[w] in ready]:
                    index = busy.pop(worker)
                    try:
                        done, value, trace = self._pipes[worker].recv()
                    except (EOFError, OSError) as err:
                        process = self._processes[worker]
                        process.join(timeout=1)
                        self.close()
                        raise WorkerDied(
                            f"a worker ended (exit code {process.exitcode}) while it"
                            f" worked on item {index}"
                        ) from err
                    send_next(worker)
                    if not done:
                        error = cast(Exception, value)
                        error.add_note(f"(item {index}, in a worker process:)\n{trace}")
                        raise error
                    yield index, cast(Result, value)
        finally:
            if busy:  # (left early: results still on their way would answer the next call)
                self.close()

    def _assign(
        self, homes: list[str], weights: list[int]
    ) -> tuple[list[deque[int]], OrderedDict[str, list[int]]]:
        """Each item whose home is known to its home, unless that worker would carry more
        than its share and a quarter, else to the least loaded (heaviest first; the choice
        is its home next time); the items of homes not known yet, by home, heaviest first,
        left free: each home goes to the first worker to run out of work (``run``). A
        build's new storylines then even out the two workers as they go, by what each
        really costs (eleven new storylines of 115-150 reports, shared out by their counts
        beforehand, left one worker idle for 0.9 s of 6.4)."""
        share = sum(weights) / len(self._pipes) * 1.25 + 1
        loads = [0] * len(self._pipes)
        queues: list[deque[int]] = [deque() for _ in self._pipes]
        free: OrderedDict[str, list[int]] = OrderedDict()
        for index in sorted(range(len(weights)), key=lambda i: -weights[i]):
            worker = self._homes.get(homes[index], -1)
            if worker < 0:
                free.setdefault(homes[index], []).append(index)
                continue
            if loads[worker] + weights[index] > share:
                worker = loads.index(min(loads))
            self._remember(homes[index], worker)
            loads[worker] += weights[index]
            queues[worker].append(index)
        return queues, free

    def _remember(self, home: str, worker: int) -> None:
        self._homes.pop(home, None)  # (to the end: the most recently used)
        self._homes[home] = worker
        while len(self._homes) > HOMES_LIMIT:  # a watcher's storylines of months ago go
            del self._homes[next(iter(self._homes))]

    def alive(self) -> bool:
        """Every worker is running (one killed between two builds is not)."""
        return not self.broken and all(p.is_alive() for p in self._processes)

    def close(self) -> None:
        """End the workers (a broken pool is not used again)."""
        self.broken = True
        for pipe in self._pipes:
            # (the worker's sign to end; it may have ended, or the pipe closed, before)
            with contextlib.suppress(OSError, ValueError):
                pipe.send(None)
            pipe.close()
        for process in self._processes:
            process.join(timeout=1)
            if process.is_alive():
                process.kill()
                process.join()


def _serve(pipe: Connection, parent_pid: int, inherited: list[Connection]) -> None:
    """A standing worker: run each task it is sent until it is sent None or its pipe
    closes. A task's exception goes back with the worker's traceback (as text)."""
    for other in inherited:
        other.close()
    die_with_parent(parent_pid)
    collect_young_less_often()
    due = False  # a whole collection (``FULL_COLLECT_EVERY``), put off while tasks come
    for done in itertools.count(1):
        if due and not pipe.poll(IDLE_SECONDS):
            _collect_all()
            due = False
        try:
            task = pipe.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        function, item = task
        try:
            reply: tuple[bool, object, str] = (True, function(item), "")
        except Exception as err:  # the parent raises it; the worker goes on
            reply = (False, err, traceback.format_exc())
        try:
            pipe.send(reply)
        except Exception as err:  # (a result or an exception that cannot be pickled)
            pipe.send((False, RuntimeError(f"{type(err).__name__}: {err}"), reply[2]))
        del task, function, item, reply
        _settle()
        if done % FULL_COLLECT_EVERY == 0:
            if due:  # (no pause in a whole period: at once, so that cycles are freed)
                _collect_all()
            due = not due


# What a standing worker holds from one task to the next (decoded reports, what composing
# found of each: millions of objects) was read again by each full pass of Python's cycle
# collector, 0.15 s each and two or three a build, a seventh of a steady build's composing.
# Frozen after each task (``gc.freeze``), it is not read; every ``FULL_COLLECT_EVERY``
# tasks the whole heap is collected once, so that a cycle that died among what was frozen
# (none is known: the held reports and findings hold no cycles) is freed all the same (and
# in the main process every ``FULL_COLLECT_EVERY`` blocks of ``frozen_meanwhile`` that end
# inside another).
FULL_COLLECT_EVERY = 50
# That whole collection waits until the worker has waited this long for a task (the build
# is over, or the other worker is finishing it): with a storyline's 150 reports held it
# took 0.4-0.65 s, and a build whose worker ran it between two storylines waited for it
# (one build in five, 1.8 s made 2.2-2.6). A task follows the last one's result within
# 0.08 s in a build; a worker that never pauses that long collects after a second period
# all the same.
IDLE_SECONDS = 0.5


def _settle() -> None:
    """After a standing worker's task: the task's own cycles collected (the young
    generations), and what the worker holds frozen."""
    gc.collect(1)
    gc.freeze()


def _collect_all() -> None:
    """The whole heap collected once (a cycle that died among what was frozen is freed),
    and what lives frozen again: a standing worker's, or the main process's inside a long
    ``frozen_meanwhile`` block."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
