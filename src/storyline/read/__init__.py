"""The read stage: sentences, entities, quotes with speakers and time expressions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from storyline.model import Article, TimeExpr
from storyline.read import nlp
from storyline.read.entities import entities_from_doc
from storyline.read.quotes import find_quotes
from storyline.read.sentences import split_sentences
from storyline.read.timex import find_times, is_day

STAGE_VERSION = "read-1"
# spaCy batch size: big enough to amortise per-call overhead, small enough to bound memory.
BATCH = 32
# From this many articles on, a second process pays for its start-up (loading the model
# again, about a second) on a two-core machine.
PARALLEL_FROM = 200


def read_articles(articles: Iterable[Article], parallel: bool = True) -> Iterator[Article]:
    """Fill in the reading of each article (in place) and yield it. ``parallel=False`` keeps
    to one process (inside a worker that is itself one of several processes)."""
    pipeline = nlp.load()
    batch = list(articles)
    texts = (a.text[: nlp.MAX_CHARS] for a in batch)
    processes = 2 if parallel and len(batch) >= PARALLEL_FROM else 1
    docs = pipeline.pipe(texts, batch_size=BATCH, n_process=processes)
    for article, doc in zip(batch, docs, strict=True):
        apply_reading(article, doc)
        yield article


def apply_reading(article: Article, doc: object) -> None:
    article.sentences = split_sentences(article.text)
    article.entities = entities_from_doc(doc)
    article.quotes = find_quotes(article.text, article.sentences, article.entities)
    article.times = find_times(article.text, anchor_of(article))
    article.event_date = event_date(article.times, anchor_of(article))


def anchor_of(article: Article) -> tuple[str, str] | str | None:
    if article.published:
        return article.published
    return article.published_range


def event_date(times: list[TimeExpr], anchor: tuple[str, str] | str | None) -> str | None:
    """When what the article reports happened: the first day-level date in the week up to
    its publication, else its publication date; unknown stays unknown."""
    if anchor is None:
        days = [t.value for t in times if is_day(t.value)]
        return days[0] if len(days) == 1 else None
    latest = date.fromisoformat(anchor if isinstance(anchor, str) else anchor[1])
    for expr in times:
        if expr.value and is_day(expr.value):
            delta = (latest - date.fromisoformat(expr.value)).days
            if 0 <= delta <= 7:
                return expr.value
    return anchor if isinstance(anchor, str) else None
