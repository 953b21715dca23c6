"""Worker processes for CPU-bound stages on this machine (reading, briefing).

Two cores, and Python runs one thread of Python code at a time: a stage that is pure
computation over independent items (articles to read, storylines to brief) runs in worker
processes, its items and results pickled across.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

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
    context = multiprocessing.get_context(method or start_method())
    pool = ProcessPoolExecutor(
        WORKERS, mp_context=context, initializer=die_with_parent, initargs=(os.getpid(),)
    )
    with pool:
        pending: deque[Future[Result]] = deque()
        for item in items:
            pending.append(pool.submit(function, item))
            if len(pending) >= ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


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
