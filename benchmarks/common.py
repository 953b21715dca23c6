"""What the benchmarks share: their ``--articles`` option, generated articles into a store,
peak memory of a process tree, latency percentiles, a free loopback port and the JSON
report they print."""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psutil

from memory_sampler import tree_memory
from storyline import pipeline
from storyline.model import RawDocument
from storyline.store.db import Store

HOST = "127.0.0.1"
SAMPLER = Path(__file__).with_name("memory_sampler.py")


def parser_with_articles(default: int) -> argparse.ArgumentParser:
    """An argument parser with the benchmarks' ``--articles N`` option."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=default)
    return parser


def raw_documents(rows: list[dict[str, str]], source: str) -> list[RawDocument]:
    """Generated articles (``corpus.py``'s rows) as documents to ingest, each with the
    source ``{source}{id}``."""
    return [
        RawDocument(
            source=f"{source}{row['id']}",
            kind="text",
            body=row["text"],
            id=row["id"],
            title=row["title"],
            outlet=row["outlet"],
            published=row["published"],
        )
        for row in rows
    ]


def build_store(store: Store, rows: list[dict[str, str]], source: str) -> None:
    """Ingest generated articles into ``store`` and build it, as `storyline run` does."""
    pipeline.ingest_documents(store, raw_documents(rows, source))
    pipeline.build(store)


@contextmanager
def peak_memory(process: psutil.Process | None = None, every: float = 1.0) -> Iterator[list[int]]:
    """The peak memory (summed PSS: ``memory_sampler.py``) of ``process``'s tree (this
    process's by default) while the block runs, sampled every ``every`` seconds, in
    ``[0]``, by a process of its own, so that this one runs no thread."""
    watched = process or psutil.Process()
    sampler = subprocess.Popen(
        [sys.executable, str(SAMPLER), str(watched.pid), str(every)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert sampler.stdout is not None
    if sampler.stdout.readline() != "ready\n":  # it stops on SIGTERM from now on
        sampler.kill()
        raise RuntimeError(f"the memory sampler did not start ({sampler.wait()})")
    peak = [tree_memory(watched, sampler.pid)]
    try:
        yield peak
    finally:
        sampler.terminate()
        try:
            stdout, _ = sampler.communicate(timeout=every + 10)
        except subprocess.TimeoutExpired:
            sampler.kill()
            stdout, _ = sampler.communicate()
        if sampler.returncode:
            raise RuntimeError(f"the memory sampler failed ({sampler.returncode})")
        peak[0] = max(peak[0], int(stdout), tree_memory(watched, sampler.pid))


def mib(size: int) -> int:
    return round(size / 2**20)


def p95(values: list[float]) -> float:
    """The 95th percentile (the nearest rank below), 0 for no values."""
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))] if ordered else 0.0


def percentiles(ms: list[float]) -> dict[str, float]:
    """p50 and p95 of latencies in milliseconds, rounded as the reports print them."""
    return {
        "p50_ms": round(statistics.median(ms), 1) if ms else 0.0,
        "p95_ms": round(p95(ms), 1),
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def report(result: object, indent: int | None = None) -> None:
    """Print a result as JSON (one line unless ``indent``), at once."""
    print(json.dumps(result, indent=indent), flush=True)
