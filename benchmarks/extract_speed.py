"""Extraction and cleaning speed on one core (the extract stage alone).

    .venv/bin/python benchmarks/extract_speed.py [--seconds 10]

Scraped text: the generated articles of benchmarks/corpus.py with page furniture
added (caption, copyright, comments). HTML: Mozilla Readability's test pages from
../shared/data/readability-pages when present (130 real pages: 200 kB on average, median
110 kB, up to 1.6 MB), with plain trafilatura timed on the same pages in the same run.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import trafilatura

from storyline.extract import extract
from storyline.model import RawDocument

sys.path.insert(0, str(Path(__file__).parent))
from corpus import article

READABILITY = Path(__file__).resolve().parents[2] / "shared" / "data" / "readability-pages"


def scraped_documents(count: int) -> list[RawDocument]:
    rng = random.Random(3)
    docs = []
    for n in range(count):
        item = article(n, rng.randrange(count // 5 + 1), rng)
        body = (
            f"Monday, March 2, 2026\n\n{item['title']}\n\nA street in town\n"
            f"A street in town Photo by JANE ROE/Agency\n\n{item['text']}\n\n"
            f"© 2026 Outlet {n % 17}. All rights reserved.\n\n3 COMMENTS\n\nGreat article!"
        )
        docs.append(RawDocument(source=f"doc{n}.txt", kind="text", body=body))
    return docs


def html_documents() -> list[RawDocument]:
    pages = sorted((READABILITY / "test-pages").glob("*/source.html"))
    return [
        RawDocument(source=str(p), kind="html", body=p.read_text(errors="replace")) for p in pages
    ]


def rate(docs: list[RawDocument], seconds: float, run: Callable[[RawDocument], object]) -> float:
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for doc in docs:
            run(doc)
        done += len(docs)
    return done / (time.perf_counter() - started)


def plain_trafilatura(doc: RawDocument, *, fast: bool) -> object:
    return trafilatura.extract(doc.body, fast=fast)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    result = {
        "scraped_text_articles_per_second": round(
            rate(scraped_documents(200), args.seconds, extract), 1
        )
    }
    if READABILITY.exists():
        pages = html_documents()
        result["html_pages_per_second"] = round(rate(pages, args.seconds, extract), 1)
        result["html_pages"] = len(pages)
        # trafilatura alone on the same pages, in the same run: the ceiling the extract
        # stage works under, since its main text comes from trafilatura.
        for name, fast in (("default", False), ("fast", True)):
            result[f"html_trafilatura_{name}_pages_per_second"] = round(
                rate(pages, args.seconds, partial(plain_trafilatura, fast=fast)), 1
            )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
