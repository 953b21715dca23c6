"""The benchmarks' peak memory sampler: from a process of its own, so that a benchmark
measuring itself runs no thread (a thread would make it spawn its workers, not fork them,
as `storyline run` and `storyline watch` do)."""

from __future__ import annotations

import multiprocessing
import sys
import threading
import time

import psutil

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from common import peak_memory
from storyline import workers


def test_peak_memory_runs_no_thread_here_and_sees_what_the_block_holds() -> None:
    # (by identity, not by count: a thread an earlier test left may end meanwhile, as
    # one did in a CI run)
    threads = set(threading.enumerate())
    before = psutil.Process().memory_full_info().pss
    with peak_memory(every=0.05) as peak:
        assert not set(threading.enumerate()) - threads, "the sampler runs a thread here"
        if len(threads) == 1:
            assert workers.start_method() == "fork"
        held = bytearray(256 * 2**20)  # 256 MiB, touched, then given back: only the
        held[::4096] = b"x" * len(held[::4096])  # sampler can have seen it
        time.sleep(0.3)
        del held
    assert peak[0] >= before + 200 * 2**20


def test_peak_memory_ends_though_forked_workers_live_on() -> None:
    # Forked workers inherit every open file of this process: the sampler must not wait
    # for a pipe of theirs to close (the standing workers live between builds).
    context = multiprocessing.get_context("fork")
    with peak_memory(every=0.05) as peak:
        child = context.Process(target=_sleep_long)
        child.start()
    try:
        assert peak[0] > 0
    finally:
        child.kill()
        child.join()


def _sleep_long() -> None:
    time.sleep(60)
