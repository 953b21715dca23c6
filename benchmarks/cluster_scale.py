"""Cost of assigning one article to an event as the store grows (10k, 100k, 1M articles).

    .venv/bin/python benchmarks/cluster_scale.py [--sizes 10000 100000 1000000]

For each size, builds the online clusterer's state for that many stored articles: events of
5 articles on average, each article a bag of about 80 terms drawn from a Zipf-distributed
vocabulary of 300,000 terms (news vocabularies are Zipfian), a few of them people, headline
words and places (the channels the similarity compares apart), with the document
frequencies that follow. Then it assigns 500 new articles (half about stored events, half about new
ones) and reports milliseconds per article (the clusterer's work: candidates from the
inverted index, full comparison with the best candidates, merge check; the store write
per article is the same at every size and not included) and the process's peak memory.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import time
from collections import Counter

import numpy as np

from storyline.cluster.online import OnlineClusterer
from storyline.cluster.state import EventState
from storyline.model import Article

VOCABULARY = 300_000
TERMS_PER_ARTICLE = 80
ARTICLES_PER_EVENT = 5
NEW_ARTICLES = 500
# Terms of an event's core in the channels compared apart: people, headline words, places.
CHANNEL_TERMS = {"p:": 3, "t:": 8, "g:": 2}


class TermSource:
    """Zipf-distributed term ids, drawn in blocks for speed."""

    BLOCK = 5_000_000

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        ranks = np.arange(1, VOCABULARY + 1)
        weights = 1.0 / ranks**1.05
        self.p = weights / weights.sum()
        self.names = [f"t{i}" for i in range(VOCABULARY)]
        self.pool = np.empty(0, dtype=np.int64)
        self.at = 0

    def draw(self, n: int) -> list[str]:
        if self.at + n > len(self.pool):
            self.pool = self.rng.choice(VOCABULARY, size=self.BLOCK, p=self.p)
            self.at = 0
        ids = self.pool[self.at : self.at + n]
        self.at += n
        return [self.names[i] for i in ids]


def article_bag(core: list[str], source: TermSource, rng: random.Random) -> dict[str, float]:
    """An article about an event: most of the event's core terms plus terms of its own."""
    terms = [t for t in core if rng.random() < 0.7] + source.draw(TERMS_PER_ARTICLE // 3)
    counts = Counter(terms)
    return {t: 1.0 + float(np.log(n)) for t, n in counts.items()}


def event_core(source: TermSource) -> list[str]:
    """An event's terms: words, and the channels the clusterer compares apart (its people,
    headline words and places, drawn from the same vocabulary under their prefixes)."""
    channels = [
        prefix + term for prefix, count in CHANNEL_TERMS.items() for term in source.draw(count)
    ]
    return source.draw(TERMS_PER_ARTICLE) + channels


def stored_state(
    articles: int, source: TermSource, rng: random.Random
) -> tuple[list[EventState], dict[str, int], list[list[str]]]:
    events: list[EventState] = []
    doc_freq: Counter[str] = Counter()
    cores: list[list[str]] = []
    for n in range(articles // ARTICLES_PER_EVENT):
        core = event_core(source)
        cores.append(core)
        total: dict[str, float] = {}
        for _ in range(ARTICLES_PER_EVENT):
            bag = article_bag(core, source, rng)
            doc_freq.update(bag.keys())
            for term, weight in bag.items():
                total[term] = total.get(term, 0.0) + weight
        events.append(EventState(f"ev-{n}", total, None, None, f"st-{n // 4}"))
    return events, dict(doc_freq), cores


def measure(articles: int) -> dict[str, float]:
    rng = random.Random(articles)
    source = TermSource(articles)
    built = time.perf_counter()
    events, doc_freq, cores = stored_state(articles, source, rng)
    clusterer = OnlineClusterer(events, articles, doc_freq)
    build_seconds = time.perf_counter() - built
    new = []
    for i in range(NEW_ARTICLES):
        core = rng.choice(cores) if i % 2 == 0 else event_core(source)
        new.append((Article(f"new-{i}", "bench", "x"), article_bag(core, source, rng)))
    # As pipeline.build does: the stored state is kept out of the garbage collector's scans.
    gc.freeze()
    started = time.perf_counter()
    joined = 0
    for article, terms in new:
        joined += not clusterer.assign(article, terms).new_event
    per_article = (time.perf_counter() - started) / NEW_ARTICLES * 1000
    gc.unfreeze()
    return {
        "stored_articles": articles,
        "events": len(events),
        "ms_per_article": round(per_article, 2),
        "joined_existing_events": joined,
        "state_build_seconds": round(build_seconds, 1),
        "peak_memory_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()
    for size in args.sizes:
        print(json.dumps(measure(size)), flush=True)


if __name__ == "__main__":
    main()
