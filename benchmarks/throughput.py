"""Throughput and peak memory of `storyline run` on a generated corpus.

    .venv/bin/python benchmarks/throughput.py [--articles 2000] [--engine local|dask|both]

Generates N articles (``corpus.py``: about 400 words each, five per event on average,
one in twenty a syndicated copy), writes them as JSON Lines to a temp folder, then runs
`storyline run` in a child process (with the local engine, or with dask on a local cluster
of 2 worker processes) and reports articles per second and peak memory: the memory of the
child and all its descendants (dask's scheduler and workers), their proportional set sizes
summed (``memory_sampler.py``: forked workers share their parent's pages) and sampled
every second.

The local engine's child runs what `storyline run` runs (ingest, build, write the
briefings) through ``pipeline`` directly, so that it can print where its time went: the
wall seconds of each stage in the main process (``pipeline.STAGE_SECONDS``; reading and
composing run in worker processes, and their time there is the time the main process
waits on them) and its share of the run, and how much all the stages other than reading
add to reading's time. It then reads the articles again alone (``read_alone``), which
its ``seconds`` and ``articles_per_second`` (the whole child's, as dask's are) include:
``run_seconds`` and ``run_articles_per_second`` are the run's, without it or the start.
``cpu`` gives the same account in CPU-seconds, the run's processes together (the child,
its reading and composing workers) against reading alone, and, within the run itself, the
CPU-seconds of the child (every stage but reading and composing), of the reading workers
and of the composing workers (``_cpu_shares``).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import psutil

from common import mib, parser_with_articles, peak_memory, report
from corpus import corpus as generated_corpus

if TYPE_CHECKING:
    from storyline.store.db import Store


def run_measured(command: list[str]) -> tuple[float, int, str]:
    """Run ``command``; its wall time, peak memory of its process tree (summed PSS), and
    stdout."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with peak_memory(psutil.Process(child.pid)) as peak:
        stdout, stderr = child.communicate()
        elapsed = time.perf_counter() - started
    if child.returncode:
        sys.exit(f"storyline run failed: {stderr}")
    return elapsed, peak[0], stdout


def measure(engine: str, corpus: Path, tmp: Path, articles: int) -> dict[str, object]:
    db, out = str(tmp / f"bench-{engine}.db"), str(tmp / f"out-{engine}")
    if engine == "local":
        command = [sys.executable, __file__, "--child", str(corpus), db, out]
    else:
        command = [sys.executable, "-m", "storyline.cli", "run", str(corpus)]
        command += ["--db", db, "--out", out, "--engine", engine]
    elapsed, peak, stdout = run_measured(command)
    if f"{articles} articles read" not in stdout or " 0 rejected" not in stdout:
        sys.exit(f"not every article was processed: {stdout}")
    result: dict[str, object] = {
        "engine": engine if engine == "local" else "dask, local cluster of 2 workers",
        "articles": articles,
        "seconds": round(elapsed, 1),
        "articles_per_second": round(articles / elapsed, 1),
        "peak_memory_mib": mib(peak),
    }
    if engine == "local":
        shares = stage_shares(json.loads(stdout.splitlines()[-1]))
        # The run alone: the child reads the articles again after it (``read_alone``).
        run = shares.pop("run_seconds")
        if isinstance(run, float):
            result["run_seconds"] = round(run, 1)
            result["run_articles_per_second"] = round(articles / run, 1)
        result.update(shares)
    return result


def stage_shares(seconds: dict[str, float]) -> dict[str, object]:
    """Each stage's seconds and share of all the stages' time, and how much the run adds
    to reading alone: the time of the stages other than reading as a share of the time
    reading waited on the workers (``others_over_read``), and the whole run's time less
    that of reading the same articles alone, in the same workers and the same process
    right after it (``READING_ALONE``), as a share of it (``others_over_reading_alone``).
    The two agree while every other stage runs before or after reading; a stage that runs
    while the workers read (deduping each article as its reading comes back) counts in
    the first as time added, though the workers read on meanwhile: the second is what
    the run costs beyond its reading."""
    seconds = dict(seconds)  # (the caller's stays whole)
    alone = seconds.pop(READING_ALONE, 0.0)
    run = seconds.pop(THE_RUN, None)
    run_cpu, alone_cpu = seconds.pop(RUN_CPU, None), seconds.pop(READING_ALONE_CPU, None)
    by_process = {name: seconds.pop(name) for name in PROCESS_CPU if name in seconds}
    total = sum(seconds.values()) or 1.0
    read = seconds.get("read", 0.0)
    return {
        "stages": {
            name: {"seconds": round(s, 1), "share": round(s / total, 3)}
            for name, s in sorted(seconds.items(), key=lambda item: -item[1])
        },
        "others_over_read": round((total - read) / read, 3) if read else None,
        "reading_alone_seconds": round(alone, 1),
        "others_over_reading_alone": round((total - alone) / alone, 3) if alone else None,
        "run_seconds": run,
        "cpu": _cpu_shares(run_cpu, alone_cpu, by_process),
    }


def _cpu_shares(
    run: float | None, alone: float | None, by_process: dict[str, float] | None = None
) -> dict[str, object] | None:
    """The same account in CPU-seconds (the run's processes together, and reading the
    same articles alone): what the stages other than reading cost beyond it, as a share of
    it (``others_over_reading_alone``). While both cores are busy the wall time a stage
    adds is its CPU-seconds over two, so this is the wall figure without the scheduling of
    one pass (the wall figure moved 0.18-0.42 between runs of one code); a stage that only
    waits (on a worker, on the disk) costs no CPU and shows only in the wall figure.

    ``by_process`` (``PROCESS_CPU``) splits the run itself: the child's CPU and the
    composing workers' are the other stages', the reading workers' is reading's, and
    ``others_over_reading`` is the first two over the third. It is the same account
    without reading twice: a reading pass's CPU moved by some five per cent between one
    pass and the next (one run's 130.4 CPU-seconds against its reading alone's 109.7, the
    next run's 139.0 against 107.1, the same code), which is as much as the other stages'
    whole cost moves the difference of the two."""
    if run is None or not alone:
        return None
    shares: dict[str, object] = {
        "run_seconds": round(run, 1),
        "reading_alone_seconds": round(alone, 1),
        "others_over_reading_alone": round((run - alone) / alone, 3),
    }
    if by_process and by_process.get(READING_WORKERS_CPU):
        others = by_process.get(CHILD_CPU, 0.0) + by_process.get(COMPOSING_WORKERS_CPU, 0.0)
        shares["by_process"] = {name: round(s, 1) for name, s in by_process.items()}
        shares["others_over_reading"] = round(others / by_process[READING_WORKERS_CPU], 3)
    return shares


# The keys of the child's stage seconds that hold reading alone (``read_alone``) and the
# run's own wall seconds (ingest, build, write: without the reading alone after it).
READING_ALONE = "reading alone"
THE_RUN = "the run"
# Their CPU-seconds: the child's and every process it started (the workers), together.
READING_ALONE_CPU = "reading alone, CPU"
RUN_CPU = "the run, CPU"
# The run's CPU-seconds by process: the child's own (extracting, deduping, clustering,
# storing, and handing work to the workers and taking it back), its reading workers'
# (ended with the ingest) and its composing workers' (ended after the build).
CHILD_CPU = "the child, CPU"
READING_WORKERS_CPU = "reading workers, CPU"
COMPOSING_WORKERS_CPU = "composing workers, CPU"
PROCESS_CPU = (CHILD_CPU, READING_WORKERS_CPU, COMPOSING_WORKERS_CPU)


def run_child(corpus: Path, db: Path, out: Path) -> None:
    """`storyline run` through the pipeline, printing its counts and then its stage times
    (JSON, the last line)."""
    from storyline import pipeline
    from storyline.cli import write_briefings
    from storyline.store.db import Store

    with Store(db) as store:
        model_loads = _timing_model_loads()
        started = time.perf_counter()
        own, ended = cpu_seconds(resource.RUSAGE_SELF), cpu_seconds(resource.RUSAGE_CHILDREN)
        ingested = pipeline.ingest(store, [corpus], cluster_as_read=True)  # (as `run`)
        read = cpu_seconds(resource.RUSAGE_CHILDREN)  # (the reading workers have ended)
        pipeline.build(store)
        with pipeline.timed("write briefings"):
            write_briefings(store, out)
        seconds = dict(pipeline.STAGE_SECONDS)
        seconds[THE_RUN] = time.perf_counter() - started
        pipeline.stop_workers()  # (a worker's CPU is counted once it has ended)
        child, workers = cpu_seconds(resource.RUSAGE_SELF), cpu_seconds(resource.RUSAGE_CHILDREN)
        seconds[RUN_CPU] = child + workers - own - ended
        # (the model is loaded here, for the forked reading workers to share: reading's)
        model = sum(model_loads)
        seconds[CHILD_CPU] = child - own - model
        seconds[READING_WORKERS_CPU] = read - ended + model
        seconds[COMPOSING_WORKERS_CPU] = workers - read
        seconds[READING_ALONE], seconds[READING_ALONE_CPU] = read_alone(store)
    print(f"{ingested.read} articles read, {len(ingested.rejected)} rejected")
    print(json.dumps(seconds))


def _timing_model_loads() -> list[float]:
    """The CPU-seconds of each call of ``nlp.load`` in this process from now on (the
    first loads the model, about 0.8 s; the rest return it)."""
    from storyline.read import nlp

    loads: list[float] = []
    load = nlp.load

    def timed_load() -> object:
        started = time.process_time()
        try:
            return load()
        finally:
            loads.append(time.process_time() - started)

    nlp.load = timed_load  # type: ignore[assignment]
    return loads


def cpu_seconds(*who: int) -> float:
    """CPU-seconds of ``who`` (``resource.RUSAGE_SELF``: this process, all its threads;
    ``RUSAGE_CHILDREN``: its ended child processes), by default both together."""
    used = [resource.getrusage(w) for w in who or (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in used)


def read_alone(store: Store) -> tuple[float, float]:
    """Seconds and CPU-seconds to read the stored articles again as the run read them (in
    its workers, nothing else done meanwhile; reading fills in every field it finds,
    whatever the record held). After the run, so that the run, not this, pays for loading
    the model."""
    from storyline.read import read_articles

    articles = store.articles()
    started, cpu = time.perf_counter(), cpu_seconds()
    for _ in read_articles(articles):
        pass
    return time.perf_counter() - started, cpu_seconds() - cpu


def main() -> None:
    parser = parser_with_articles(2000)
    parser.add_argument("--engine", choices=["local", "dask", "both"], default="local")
    parser.add_argument("--child", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(*args.child)
        return
    engines = ["local", "dask"] if args.engine == "both" else [args.engine]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for item in generated_corpus(args.articles):
                out.write(json.dumps(item) + "\n")
        for engine in engines:
            report(measure(engine, corpus, Path(tmp), args.articles))


if __name__ == "__main__":
    main()
