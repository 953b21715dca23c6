"""What a news desk's watcher costs as its store grows: articles arrive in small batches.

    .venv/bin/python benchmarks/stream.py [--max 20000] [--batch 100] [--every 1]
        [--fill N [--fill-batch 1000]] [--until N] [--db PATH [--resume]]

Generates ``--max`` articles (``corpus.py``; the same corpus whatever the batch size) and
feeds them in arrival order, ``--batch`` at a time, into one store in a temp folder: each
batch is ingested (extract, dedupe, read, and clustered as the reading comes back) and
built (compare, brief), as `storyline run` does with each. Prints one JSON line per batch
(every ``--every`` batches): articles stored so far, seconds per article of the batch
(ingest and build apart), the size of the largest storyline, and the peak memory of this
process and its worker processes during the batch (their proportional set sizes summed,
sampled every second by a process of its own: ``memory_sampler.py``) and so far, and the
stages that took a second or more (``pipeline.STAGE_SECONDS``). The long run of the
issue is ``--max 100000``; ``--resume`` goes on with a run whose process ended, from its
``--db``: the articles already stored are not fed again, a first build (printed
apart) finishes the batch it was ingesting or building, and the batches go on from there
(a stage whose version changed since redoes its work on the whole store in that build).

``--fill N`` feeds the first N articles of a fresh store in batches of ``--fill-batch``
(1,000), unmeasured, before the measured batches: issue 25's point 2 compares batches of
100 into a store of 99,000 (``--max 100000 --fill 99000``) with batches at about 1,000
(``--max 100000 --fill 1000 --until 2000``), without feeding 99,000 articles by
hundreds. Such a run (and a resumed one) prints the mean of its measured batches last;
``--until N`` stops when N articles are stored.

The last line is the issue's aims as measured: the last batch's seconds per article over
the first's, the last ten batches' over the first ten's, and the whole run's mean over
that of the batches up to 2,000 articles; each also with every batch's reading (spaCy,
whose speed drifts with the machine's over a long run) replaced by the run's median
reading time, so that what the figures compare is the work that grows with the store.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from common import mib, peak_memory, raw_documents, report
from corpus import corpus as generated_corpus
from storyline import pipeline
from storyline.store.db import Store


class BatchCost(NamedTuple):
    stored: int  # articles stored after the batch
    articles: int  # articles in the batch
    seconds: float  # its ingest and build
    reading: float  # of which the reading stage


def largest_storyline(store: Store) -> tuple[int, int]:
    """The article count of the largest storyline, and how many storylines there are."""
    rows = store.conn.execute(
        "SELECT COUNT(*) AS n FROM articles a JOIN events e ON e.id = a.event_id"
        " WHERE e.storyline_id IS NOT NULL GROUP BY e.storyline_id ORDER BY n DESC"
    ).fetchall()
    return (int(rows[0]["n"]) if rows else 0), len(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max", type=int, default=20000, help="articles in all")
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--every", type=int, default=1, help="print every N batches")
    parser.add_argument("--db", type=Path, help="keep the store here (default: a temp file)")
    parser.add_argument("--resume", action="store_true", help="go on with the run stored in --db")
    parser.add_argument(
        "--fill", type=int, default=0, help="feed the first N articles unmeasured (--fill-batch)"
    )
    parser.add_argument("--fill-batch", type=int, default=1000)
    parser.add_argument("--until", type=int, help="stop when this many are stored (--max)")
    args = parser.parse_args()
    if args.resume and not args.db:
        parser.error("--resume needs the --db of the run to go on with")
    if args.fill and (args.resume or args.fill % args.batch):
        parser.error("--fill needs a fresh store and a whole number of --batch")
    if args.until is not None and args.until <= args.fill:
        parser.error("--until must be more than --fill: nothing would be measured")
    items = generated_corpus(args.max)
    until = min(args.until or len(items), len(items))
    overall = 0
    costs: list[BatchCost] = []
    with tempfile.TemporaryDirectory() as tmp, Store(args.db or Path(tmp) / "stream.db") as store:
        start = resume(store, items, args.batch) if args.resume else 0
        if args.fill:
            if store.conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
                sys.exit("--fill needs a fresh store: --db holds articles (--resume?)")
            start = fill(store, items[: args.fill], args.fill_batch)
        for batch_number, first in enumerate(
            range(start, until, args.batch), start=start // args.batch + 1
        ):
            batch = items[first : min(first + args.batch, until)]
            pipeline.STAGE_SECONDS.clear()
            with peak_memory() as peak:
                started = time.perf_counter()
                ingested = pipeline.ingest_documents(
                    store, raw_documents(batch, "stream#"), cluster_as_read=True
                )
                read = time.perf_counter()
                pipeline.build(store)
                done = time.perf_counter()
            if ingested.rejected:
                sys.exit(f"rejected: {ingested.rejected[:3]}")
            overall = max(overall, peak[0])
            costs.append(
                BatchCost(
                    first + len(batch),
                    len(batch),
                    done - started,
                    pipeline.STAGE_SECONDS.get("read", 0.0),
                )
            )
            if batch_number % args.every and first + args.batch < until:
                continue
            largest, storylines = largest_storyline(store)
            row = {
                "articles": first + len(batch),
                "seconds_per_article": round((done - started) / len(batch), 4),
                "ingest_s": round(read - started, 2),
                "build_s": round(done - read, 2),
                "largest_storyline": largest,
                "storylines": storylines,
                "batch_peak_mib": mib(peak[0]),
                "peak_mib": mib(overall),
                # The build's stages that took a second or more (wall seconds).
                "build_stages": {
                    k: round(v, 1) for k, v in pipeline.STAGE_SECONDS.items() if v >= 1
                },
            }
            report(row)
    # A resumed or filled run's first batches are not the run's first: it prints no aims.
    report(aims(costs) if not start else {"started_at": start, **means(costs)})


def fill(store: Store, items: list[dict[str, str]], batch: int) -> int:
    """``items`` ingested and built in batches of ``batch`` (a store at the size the
    measured batches are to start from, sooner than by batches of 100), each printed with
    its seconds; how many."""
    for first in range(0, len(items), batch):
        started = time.perf_counter()
        pipeline.ingest_documents(
            store, raw_documents(items[first : first + batch], "stream#"), cluster_as_read=True
        )
        pipeline.build(store)
        seconds = round(time.perf_counter() - started, 1)
        report({"filled": min(first + batch, len(items)), "seconds": seconds})
    return len(items)


def means(costs: list[BatchCost]) -> dict[str, object]:
    """The measured batches' mean seconds per article, as measured and with each batch's
    reading at this run's median (as ``aims``: a batch that read nothing keeps its cost),
    for comparing one run's stretch with another's. (Each run has its own median: a
    comparison of two runs that differ in reading speed reads the work other than
    reading from their batches' lines.)"""
    if not costs:
        return {"batches": 0}
    measured, normalised, _ = per_article(costs)
    return {
        "batches": len(costs),
        "mean_seconds_per_article": round(statistics.mean(measured), 4),
        "mean_reading_at_median": round(statistics.mean(normalised), 4),
    }


def resume(store: Store, items: list[dict[str, str]], batch: int) -> int:
    """Where a run stored in ``store`` stopped: the corpus's first articles it holds
    (the same corpus: ``--max`` changes every article, not the ids), the rest of the
    batch it was ingesting ingested, and all of it built. Returns where the next batch
    starts."""
    rows = store.conn.execute("SELECT id, title, published FROM articles").fetchall()
    stored = {row["id"]: (row["title"], row["published"]) for row in rows}
    start = next((i for i, item in enumerate(items) if item["id"] not in stored), len(items))
    if len(stored) != start:
        sys.exit(f"the store holds {len(stored)} articles, not the corpus's first {start}")
    if any(stored[item["id"]] != (item["title"], item["published"]) for item in items[:start]):
        sys.exit("the store holds articles of another corpus (another --max?)")
    started = time.perf_counter()
    aligned = min(len(items), -(-start // batch) * batch)
    pipeline.ingest_documents(store, raw_documents(items[start:aligned], "stream#"))
    pipeline.build(store)
    report({"resumed_at": start, "build_s": round(time.perf_counter() - started, 2)})
    return aligned


def aims(costs: list[BatchCost]) -> dict[str, object]:
    """The aims' ratios of seconds per article, as measured and with each batch's reading
    replaced by the run's median reading per article (a batch that read nothing, all
    duplicates, keeps its cost: there is nothing to replace)."""
    if not costs:
        return {}
    measured, normalised, median_read = per_article(costs)
    early = sum(1 for c in costs if c.stored <= 2000)
    return {
        "aims": _ratios(measured, early),
        "aims_reading_at_median": _ratios(normalised, early),
        "median_reading_s_per_article": round(median_read, 4),
        "seconds": round(sum(c.seconds for c in costs), 1),
    }


def per_article(costs: list[BatchCost]) -> tuple[list[float], list[float], float]:
    """Each batch's seconds per article as measured, and with its reading replaced by the
    run's median reading per article (a batch that read nothing, all duplicates, keeps
    its cost: there is nothing to replace); and that median."""
    readings = [c.reading / c.articles for c in costs if c.reading > 0]
    median_read = statistics.median(readings) if readings else 0.0
    measured = [c.seconds / c.articles for c in costs]
    normalised = [
        (c.seconds - c.reading) / c.articles + median_read if c.reading > 0 else cost
        for c, cost in zip(costs, measured, strict=True)
    ]
    return measured, normalised, median_read


def _ratios(per_article: list[float], early: int) -> dict[str, float | None]:
    """The last batch over the first, the last ten over the first ten, the whole run over
    its first ``early`` batches (those up to 2,000 articles); None where the two compared
    stretches would overlap or one is empty."""
    batches = len(per_article)

    def ratio(late: list[float], first: list[float]) -> float:
        return round(statistics.mean(late) / statistics.mean(first), 3)

    return {
        "last_over_first": ratio(per_article[-1:], per_article[:1]) if batches > 1 else None,
        "last10_over_first10": (
            ratio(per_article[-10:], per_article[:10]) if batches >= 20 else None
        ),
        "mean_over_first_2000": (
            ratio(per_article, per_article[:early]) if 0 < early < batches else None
        ),
    }


if __name__ == "__main__":
    main()
