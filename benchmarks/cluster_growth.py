"""Cost of the online clusterer as events gather reports, with and without their bound.

    .venv/bin/python benchmarks/cluster_growth.py [--articles 40000] [--every 4000]
        [--event-terms 4000]

The generator's articles (`benchmarks/corpus.py`, the corpus `stream.py` feeds) go one by
one into an in-memory clusterer, in arrival order; in that corpus every day's event
gathers reports all year, so events grow with the store, as a long-running happening's
do. The read stage is left out (it costs the same at every size and would take most of
an hour): each article's entities are the generator's own place and person, found in its
text. Prints, every ``--every`` articles, the milliseconds an article took since the last
line, the live events and the largest event's terms; at the end the total. Run it twice,
``--event-terms`` at the shipped bound and at a size no event reaches (``--event-terms
1000000000``), to compare; ``--dump F`` writes each article's final event and storyline
as JSON, for comparing two runs' clusters.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path

from common import report
from corpus import PEOPLE, PLACES, corpus
from storyline.cluster.online import OnlineClusterer, article_terms
from storyline.model import Article, Entity
from storyline.settings import DEFAULT


def generated_articles(count: int) -> list[Article]:
    """The generator's articles, with its places and people as their entities."""
    articles = []
    for item in corpus(count):
        article = Article(
            id=item["id"],
            source="generated",
            text=item["text"],
            title=item["title"],
            outlet=item["outlet"],
            published=item["published"],
        )
        article.entities = entities_named(item["text"])
        articles.append(article)
    return articles


def entities_named(text: str) -> list[Entity]:
    """The generator's places and people the text names (first mention each)."""
    found = []
    for names, label in ((PLACES, "GPE"), (PEOPLE, "PERSON")):
        for name in names:
            at = text.find(name)
            if at >= 0:
                found.append(Entity(name, label, at, at + len(name), name))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=40_000)
    parser.add_argument("--every", type=int, default=4_000)
    parser.add_argument("--event-terms", type=int, default=DEFAULT.event_terms)
    parser.add_argument("--dump", type=Path, help="write each article's event and storyline")
    args = parser.parse_args()
    articles = generated_articles(args.articles)
    terms = [article_terms(article) for article in articles]
    clusterer = OnlineClusterer([], 0, {}, replace(DEFAULT, event_terms=args.event_terms))
    event_of: dict[str, str] = {}
    folded_into: dict[str, str] = {}
    total, last = 0.0, 0
    started = time.perf_counter()
    for n, (article, bag) in enumerate(zip(articles, terms, strict=True), start=1):
        assignment = clusterer.assign(article, bag)
        event_of[article.id] = assignment.event.id
        folded_into.update((folded.id, kept.id) for folded, kept in assignment.merged)
        if n % args.every == 0 or n == len(articles):
            took = time.perf_counter() - started
            total += took
            largest = max(len(event.terms) for event in clusterer.events.values())
            report(
                {
                    "articles": n,
                    "ms_per_article": round(1000 * took / (n - last), 2),
                    "live_events": len(clusterer.events),
                    "largest_event_terms": largest,
                }
            )
            started, last = time.perf_counter(), n
    report({"event_terms": args.event_terms, "seconds": round(total, 1)})
    if args.dump:
        final = {a: _resolved(e, folded_into) for a, e in event_of.items()}
        storylines = {a: clusterer.events[e].storyline_id for a, e in final.items()}
        args.dump.write_text(json.dumps({"event": final, "storyline": storylines}))


def _resolved(event_id: str, folded_into: dict[str, str]) -> str:
    """The live event an event id now resolves to (through the merges)."""
    while event_id in folded_into:
        event_id = folded_into[event_id]
    return event_id


if __name__ == "__main__":
    main()
