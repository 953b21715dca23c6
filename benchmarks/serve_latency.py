"""Read latency of the web page and the API on a large store (default 100,000 articles).

    .venv/bin/python benchmarks/serve_latency.py [--articles 100000] [--requests 200]

Builds a real store: a seed batch of generated articles (benchmarks/corpus.py's
generator) goes through the whole pipeline, then its rows (articles with their readings,
events, storylines, briefings, list summaries and facets, full-text index) are copied
under new ids until the store holds N articles. Then `storyline serve`'s app runs in
uvicorn on loopback and an HTTP client times sequential requests of each kind; p50 and
p95 per kind are printed as JSON. The target is p95 under 50 ms.
"""

from __future__ import annotations

import random
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import HOST, build_store, free_port, parser_with_articles, percentiles, report
from corpus import article
from storyline.serve import create_app
from storyline.store.db import Store

SEED_ARTICLES = 500

# Each copy renames every id with a suffix so that the copy is a storyline of its own.
COPY_SQL = [
    """INSERT INTO articles (id, seq, source, content_hash, title, outlet, published, text,
         duplicate_of, event_id, stages, record, updated_at)
       SELECT id || :s, seq + :offset, source || :s, content_hash, title, outlet, published,
         text, duplicate_of, event_id || :s, stages, record, updated_at
       FROM articles WHERE seq <= :base""",
    """INSERT INTO events (id, seq, storyline_id, merged_into, terms, first_date, last_date)
       SELECT id || :s, seq + :eoffset, storyline_id || :s, NULL, '{}', first_date, last_date
       FROM events WHERE seq <= :ebase""",
    """INSERT INTO storylines (id, seq) SELECT id || :s, seq + :soffset FROM storylines
       WHERE seq <= :sbase""",
    """INSERT INTO briefings (storyline_id, json, updated_at, stage_version)
       SELECT storyline_id || :s, json, updated_at, stage_version FROM briefings
       WHERE storyline_id NOT LIKE '%~%'""",
    """INSERT INTO story_summaries
       SELECT storyline_id || :s, json_set(json, '$.id', storyline_id || :s), first_date,
         last_date, updated_at FROM story_summaries WHERE storyline_id NOT LIKE '%~%'""",
    """INSERT INTO story_facets SELECT storyline_id || :s, kind, key FROM story_facets
       WHERE storyline_id NOT LIKE '%~%'""",
]


def build_large_store(db: Path, total: int) -> dict[str, list[str]]:
    rng = random.Random(11)
    seed = [article(n, rng.randrange(SEED_ARTICLES // 5), rng) for n in range(SEED_ARTICLES)]
    with Store(db) as store:
        build_store(store, seed, "bench:")
        counts = {
            t: store.conn.execute(f"SELECT MAX(seq) FROM {t}").fetchone()[0]
            for t in ("articles", "events", "storylines")
        }
        copies = (total - 1) // counts["articles"]
        with store.write() as conn:
            for k in range(1, copies + 1):
                params = {
                    "s": f"~{k}",
                    "offset": k * counts["articles"],
                    "base": counts["articles"],
                    "eoffset": k * counts["events"],
                    "ebase": counts["events"],
                    "soffset": k * counts["storylines"],
                    "sbase": counts["storylines"],
                }
                for sql in COPY_SQL:
                    conn.execute(sql, params)
        conn = store.conn
        sample = {
            "storylines": [
                r[0]
                for r in conn.execute(
                    "SELECT storyline_id FROM story_summaries ORDER BY random() LIMIT 50"
                )
            ],
            "articles": [
                r[0] for r in conn.execute("SELECT id FROM articles ORDER BY random() LIMIT 50")
            ],
            "entities": [
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT key FROM story_facets WHERE kind='entity' LIMIT 20"
                )
            ],
        }
        sample["size"] = [str(store.count_articles())]
    return sample


def requests_to_time(sample: dict[str, list[str]], n: int) -> dict[str, list[str]]:
    rng = random.Random(3)

    def pick(kind: str) -> str:
        return rng.choice(sample[kind])

    return {
        "GET / (story list)": ["/" for _ in range(n)],
        "GET /stories/{id} (story page)": [f"/stories/{pick('storylines')}" for _ in range(n)],
        "GET /articles/{id} (article page)": [f"/articles/{pick('articles')}" for _ in range(n)],
        "GET /api/storylines?entity=": [
            f"/api/storylines?entity={pick('entities')}" for _ in range(n)
        ],
        "GET /api/storylines?page=": [
            f"/api/storylines?page={rng.randint(1, 500)}" for _ in range(n)
        ],
        "GET /api/storylines/{id}": [f"/api/storylines/{pick('storylines')}" for _ in range(n)],
        "GET /api/events?since=": ["/api/events?since=2026-06-01" for _ in range(n)],
        "GET /api/articles/{id}": [f"/api/articles/{pick('articles')}" for _ in range(n)],
        "GET /api/search?q=": [
            f"/api/search?q={rng.choice(['strike', 'Valmora flood', 'council budget'])}"
            for _ in range(n)
        ],
    }


def serve(db: Path) -> tuple[uvicorn.Server, str]:
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(db), host=HOST, port=port, log_level="warning")
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://{HOST}:{port}"


def main() -> None:
    parser = parser_with_articles(100_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "big.db"
        started = time.perf_counter()
        sample = build_large_store(db, args.articles)
        built = time.perf_counter() - started
        server, base = serve(db)
        results: dict[str, object] = {
            "articles": int(sample["size"][0]),
            "build_seconds": round(built),
        }
        with httpx.Client(base_url=base, timeout=30) as client:
            for name, urls in requests_to_time(sample, args.requests).items():
                client.get(urls[0])  # warm up this route
                times = []
                for url in urls:
                    t0 = time.perf_counter()
                    response = client.get(url)
                    times.append((time.perf_counter() - t0) * 1000)
                    response.raise_for_status()
                results[name] = percentiles(times)
        server.should_exit = True
    report(results, indent=1)


if __name__ == "__main__":
    main()
