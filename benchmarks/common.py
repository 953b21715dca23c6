"""What the benchmarks share: their ``--articles`` option, generated articles into a store,
peak memory of a process tree, latency percentiles, a free loopback port and the JSON
report they print."""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import psutil

from storyline import pipeline
from storyline.model import RawDocument
from storyline.store.db import Store

HOST = "127.0.0.1"


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


def tree_rss(process: psutil.Process) -> int:
    """Resident bytes of a process and all its descendants (0 once it has ended)."""
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue  # it ended between listing and reading
    return total


@contextmanager
def peak_memory(process: psutil.Process | None = None, every: float = 0.1) -> Iterator[list[int]]:
    """The peak resident memory of ``process``'s tree (this process's by default) while
    the block runs, sampled every ``every`` seconds, in ``[0]``."""
    watched = process or psutil.Process()
    peak = [tree_rss(watched)]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(every):
            peak[0] = max(peak[0], tree_rss(watched))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield peak
    finally:
        stop.set()
        sampler.join()
        peak[0] = max(peak[0], tree_rss(watched))


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
