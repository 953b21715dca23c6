"""Readers while the store is written: `storyline serve` answers for existing stories
during an ingest of updated articles and the build after it.

    .venv/bin/python benchmarks/serve_during_writes.py [--articles 300] [--updates 150]

Builds a store of N generated articles (``corpus.py``), then starts `storyline serve` on
127.0.0.1 in a child process and, while a second child runs `storyline ingest` of the
updated articles (same ids, a sentence more each, and a few new ones) and then `storyline
build`, a reader (``--clients`` concurrent readers) requests the pages and API records of
the stories and articles that existed before (story list, story page, story JSON, article
page, article JSON). It prints, as JSON, how many requests were answered with which
status, and p50 / p95 / max latency overall, per kind of page and per phase (ingest,
build). Every request stays on the loopback; the
count of requests and the time are bounded. ``tests/test_serve_load.py`` runs it small.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import HOST, build_store, free_port, parser_with_articles, percentiles, report
from corpus import corpus as generated_corpus
from storyline.store.db import Store

CLI = [sys.executable, "-m", "storyline.cli"]


@dataclass(slots=True)
class Timed:
    url: str
    status: int  # 0: no answer (connection error or timeout)
    ms: float
    at: float  # time.monotonic() when sent


@dataclass(slots=True)
class Phases:
    """When the writer's steps started and ended (time.monotonic())."""

    ingest: tuple[float, float] = (0.0, 0.0)
    build: tuple[float, float] = (0.0, 0.0)
    errors: list[str] = field(default_factory=list)


def build_generated_store(db: Path, articles: int, seed: int = 7) -> list[dict[str, str]]:
    """A store of ``articles`` generated articles, ingested and built; returns them."""
    rows = generated_corpus(articles, seed)
    with Store(db) as store:
        build_store(store, rows, "generated:")
    return rows


def write_updates(rows: list[dict[str, str]], updates: int, out: Path, seed: int = 5) -> int:
    """A JSON Lines file of ``updates`` stored articles with changed text (same ids), and
    a tenth as many new ones; returns how many rows it holds."""
    rng = random.Random(seed)
    changed = [
        {**row, "text": row["text"] + f"\n\nThe {row['outlet']} updated this report at {n}."}
        for n, row in enumerate(rng.sample(rows, min(updates, len(rows))))
    ]
    fresh = generated_corpus(len(rows) + updates // 10, seed + 1)[len(rows) :]
    fresh = [{**row, "id": row["id"] + "-new"} for row in fresh]
    with out.open("w", encoding="utf-8") as handle:
        for row in changed + fresh:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(changed) + len(fresh)


def start_server(db: Path, log: Path, timeout: float = 30.0) -> tuple[subprocess.Popen[bytes], str]:
    """`storyline serve` on the loopback in a child process, once it answers."""
    port = free_port()
    server = subprocess.Popen(
        [*CLI, "serve", "--db", str(db), "--host", HOST, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
    )
    base = f"http://{HOST}:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server ended: {log.read_text(errors='replace')[-500:]}")
        try:
            if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                return server, base
        except httpx.HTTPError:
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError("the server did not answer in time")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def existing_urls(base: str) -> list[str]:
    """The pages and records of every story and article the server shows now."""
    urls = ["/", "/api/storylines"]
    with httpx.Client(base_url=base, timeout=30) as client:
        page, stories = 1, []
        while True:
            listing = client.get("/api/storylines", params={"page": page, "per_page": 100}).json()
            stories += [s["id"] for s in listing["items"]]
            if page * 100 >= listing["total"]:
                break
            page += 1
        for story in stories:
            urls += [f"/stories/{story}", f"/api/storylines/{story}"]
            events = client.get(f"/api/storylines/{story}").json()["events"]
            for article in {a["id"] for e in events for a in e["articles"]}:
                urls += [f"/articles/{article}", f"/api/articles/{article}"]
    return urls


def run_writer(db: Path, updates: Path, phases: Phases, log: Path) -> None:
    """`storyline ingest` of the updates, then `storyline build`, as an operator runs them."""
    with log.open("ab") as out:
        for step, args in (("ingest", ["ingest", str(updates)]), ("build", ["build"])):
            started = time.monotonic()
            done = subprocess.run([*CLI, *args, "--db", str(db)], stdout=out, stderr=out)
            setattr(phases, step, (started, time.monotonic()))
            if done.returncode != 0:
                phases.errors.append(f"storyline {step} exited with {done.returncode}")


def hammer(
    base: str,
    urls: list[str],
    until: threading.Event,
    max_requests: int,
    max_seconds: float,
    clients: int = 1,
) -> list[Timed]:
    """Requests of ``urls`` from ``clients`` threads, until ``until`` is set,
    ``max_requests`` are sent or ``max_seconds`` pass. Each request picks a kind of page
    (story list, story page, story JSON, article page, ...) evenly, then one of its URLs:
    there are many more articles than stories, and story pages must not be drowned."""
    by_kind: dict[str, list[str]] = {}
    for url in urls:
        by_kind.setdefault(url_kind(url), []).append(url)
    kinds = sorted(by_kind)
    results: list[Timed] = []
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds

    def client(seed: int) -> None:
        order = random.Random(seed)
        with httpx.Client(base_url=base, timeout=10) as http:
            while not until.is_set() and time.monotonic() < deadline:
                url = order.choice(by_kind[order.choice(kinds)])
                sent = time.monotonic()
                try:
                    status = http.get(url).status_code
                except httpx.HTTPError:
                    status = 0
                timed = Timed(url, status, (time.monotonic() - sent) * 1000, sent)
                with lock:
                    if len(results) >= max_requests:
                        return
                    results.append(timed)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def url_kind(url: str) -> str:
    """``/stories/{id}`` for ``/stories/st-1``: what a URL asks for, without its id."""
    parts = url.split("/")
    if len(parts) > 2 and parts[-2] in ("stories", "storylines", "articles"):
        parts[-1] = "{id}"
    return "/".join(parts)


def summary(results: list[Timed], phases: Phases) -> dict[str, object]:
    """Status counts, latency overall and per phase, and the failed requests (a few)."""

    def latency(items: list[Timed]) -> dict[str, float | int]:
        ms = [t.ms for t in items]
        return {"requests": len(ms), **percentiles(ms), "max_ms": round(max(ms, default=0.0), 1)}

    def within(span: tuple[float, float]) -> list[Timed]:
        return [t for t in results if span[0] <= t.at <= span[1]]

    kinds: dict[str, list[Timed]] = {}
    for timed in results:
        kinds.setdefault(url_kind(timed.url), []).append(timed)
    return {
        "statuses": dict(Counter(t.status for t in results)),
        "all": latency(results),
        "by_kind": {kind: latency(items) for kind, items in sorted(kinds.items())},
        "during_ingest": latency(within(phases.ingest)),
        "during_build": latency(within(phases.build)),
        "ingest_seconds": round(phases.ingest[1] - phases.ingest[0], 1),
        "build_seconds": round(phases.build[1] - phases.build[0], 1),
        "failed": [f"{t.status} {t.url}" for t in results if t.status != 200][:10],
        "writer_errors": phases.errors,
    }


def measure(
    tmp: Path,
    articles: int,
    updates: int,
    max_requests: int = 20_000,
    max_seconds: float = 300.0,
    clients: int = 1,
) -> dict[str, object]:
    """Build a store, serve it, and time readers while it is updated and rebuilt."""
    db = tmp / "store.db"
    rows = build_generated_store(db, articles)
    update_file = tmp / "updates.jsonl"
    written = write_updates(rows, updates, update_file)
    server, base = start_server(db, tmp / "server.log")
    try:
        urls = existing_urls(base)
        phases, done = Phases(), threading.Event()

        def write() -> None:
            try:
                run_writer(db, update_file, phases, tmp / "writer.log")
            finally:
                done.set()

        writer = threading.Thread(target=write)
        writer.start()
        results = hammer(base, urls, done, max_requests, max_seconds, clients)
        writer.join()
    finally:
        stop(server)
    outcome = summary(results, phases)
    outcome.update(articles=articles, ingested_rows=written, urls=len(urls), clients=clients)
    return outcome


def main() -> None:
    parser = parser_with_articles(300)
    parser.add_argument("--updates", type=int, default=150)
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--max-seconds", type=float, default=300.0)
    parser.add_argument("--clients", type=int, default=1, help="concurrent reader threads")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = measure(
            Path(tmp),
            args.articles,
            args.updates,
            args.max_requests,
            args.max_seconds,
            args.clients,
        )
    report(result, indent=1)


if __name__ == "__main__":
    main()
