"""Throughput and peak memory of `storyline run` on a generated corpus.

    .venv/bin/python benchmarks/throughput.py [--articles 2000]

Generates N articles (about 400 words each) over a few hundred synthetic events, writes
them as JSON Lines to a temp folder, then runs `storyline run` in a child process and
reports articles per second and the child's peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PLACES = ["Valmora", "Ardel", "Corlen", "Sarn", "Bexley", "Orrin", "Talmouth", "Kestrel Bay"]
PEOPLE = [
    "Marta Quell",
    "Piet Armand",
    "Helga Marin",
    "Rolf Adler",
    "Edda Vos",
    "Karl Dunmore",
    "Ana Brisk",
    "Tomas Reiner",
    "Ida Berg",
    "Paul Dumas",
    "Lena Ostrova",
    "Jonas Feld",
]
TOPICS = [
    ("strike", "workers walked off the job over pay", "union"),
    ("flood", "the river burst its banks after days of rain", "emergency services"),
    ("election", "voters chose a new council", "electoral board"),
    ("fire", "a blaze destroyed a warehouse", "fire brigade"),
    ("budget", "the council approved next year's spending plan", "finance committee"),
    ("trial", "a court heard the case against a former official", "prosecutors"),
]
FILLER = (
    "Officials said more details would be released later in the week. Residents told "
    "reporters they were worried about what would happen next. The regional government "
    "said it was following the situation closely and would meet local leaders. "
)


def article(n: int, event: int, rng: random.Random) -> dict[str, str]:
    topic, what, body = TOPICS[event % len(TOPICS)]
    place = PLACES[event % len(PLACES)]
    person = PEOPLE[(event * 7) % len(PEOPLE)]
    day = date(2026, 1, 1) + timedelta(days=event % 300)
    quote = f"“We will not let the people of {place} down,” {person} said on Monday."
    paragraphs = [f"In {place}, {what}, the {body} said on {day:%B} {day.day}.", quote]
    paragraphs += [FILLER * rng.randint(2, 3) for _ in range(4)]
    return {
        "id": f"bench-{n}",
        "outlet": f"Outlet {n % 17}",
        "published": day.isoformat(),
        "title": f"{place} {topic}: {person} speaks",
        "text": "\n\n".join(paragraphs),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for n in range(args.articles):
                out.write(json.dumps(article(n, rng.randrange(args.articles // 5), rng)) + "\n")
        command = [
            sys.executable,
            "-m",
            "storyline.cli",
            "run",
            str(corpus),
            "--db",
            str(Path(tmp) / "bench.db"),
            "--out",
            str(Path(tmp) / "out"),
        ]
        started = time.perf_counter()
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
    if f"{args.articles} articles read" not in done.stdout or " 0 rejected" not in done.stdout:
        sys.exit(f"not every article was processed: {done.stdout}{done.stderr}")
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "articles": args.articles,
                "seconds": round(elapsed, 1),
                "articles_per_second": round(args.articles / elapsed, 1),
                "peak_memory_mib": round(peak_mib),
            }
        )
    )


if __name__ == "__main__":
    main()
