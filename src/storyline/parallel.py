"""The dask engine: the per-article stages (extract, dedupe signature, read) in parallel
partitions on a dask.distributed cluster, then storing and event assignment in input order
on this machine, so the result equals the local run's.

Inputs are split into partitions of about ``part_size`` items: a JSON Lines or WARC file
into ranges of its rows or records (each worker reads its own range from the file, so the
files must be readable at the same path by every worker), other files in groups. Partitions
are stored in input order as they come back; workers compute ahead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.ingest.files import CORPUS_SUFFIXES, article_suffix, count_items, discover, read_path
from storyline.model import Rejection
from storyline.pipeline import IngestReport, Processed, process_documents, store_processed
from storyline.settings import DEFAULT, Settings
from storyline.store.db import Store

log = logging.getLogger(__name__)

# Big enough that a partition's overhead (scheduling, loading spaCy once per worker) is
# small, small enough that two workers stay busy and results stream back.
PART_SIZE = 500


@dataclass(frozen=True, slots=True)
class Part:
    """A partition: a range of one corpus file's items, or a group of article files."""

    files: tuple[str, ...]
    first: int = 0
    count: int | None = None


def plan_parts(paths: list[Path], part_size: int = PART_SIZE) -> Iterator[Part | Rejection]:
    """Partitions of every input under ``paths``, in input order."""
    group: list[str] = []
    for item in discover(paths):
        if isinstance(item, Rejection):
            yield item
            continue
        if article_suffix(item) not in CORPUS_SUFFIXES:
            group.append(str(item))
            if len(group) == part_size:
                yield Part(tuple(group))
                group = []
            continue
        if group:
            yield Part(tuple(group))
            group = []
        yield from _ranges(item, part_size)
    if group:
        yield Part(tuple(group))


def _ranges(path: Path, part_size: int) -> Iterator[Part]:
    try:
        total = count_items(path)
    except (OSError, EOFError, ValueError) as err:
        log.warning("cannot count the items of %s (%s); reading it as one partition", path, err)
        total = 0
    if total <= part_size:
        yield Part((str(path),))  # also lets the reader report an empty or broken file
        return
    for first in range(0, total, part_size):
        yield Part((str(path),), first, part_size)


def process_part(part: Part, settings: Settings = DEFAULT) -> list[Processed]:
    """Run on a worker: read the partition's documents and do the store-free stages."""
    documents = (
        item
        for name in part.files
        for item in read_path(Path(name), settings, part.first, part.count)
    )
    return process_documents(documents, settings)


def run_dask(
    store: Store,
    paths: list[Path],
    settings: Settings = DEFAULT,
    scheduler: str | None = None,
    workers: int = 2,
    part_size: int = PART_SIZE,
    tick: Callable[[str], None] = lambda _: None,
) -> IngestReport:
    """Ingest ``paths`` with the per-article stages on dask: on the cluster at ``scheduler``
    (``tcp://host:8786``), or on a local cluster of ``workers`` processes."""
    from dask.distributed import Client, LocalCluster

    report = IngestReport()
    cluster: Any = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
    client = Client(scheduler or cluster)
    try:
        plan = list(plan_parts(paths, part_size))
        parts = [p for p in plan if isinstance(p, Part)]
        missing = [Processed(rejection=p, counted=False) for p in plan if isinstance(p, Rejection)]
        report.merge(store_processed(store, missing, settings))
        futures = client.map(process_part, parts, settings=settings, pure=False)
        for future in futures:
            processed = future.result()
            future.release()
            report.merge(store_processed(store, processed, settings))
            tick("part")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return report
