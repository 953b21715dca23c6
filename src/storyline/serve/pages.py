"""The web pages: story list with search, story page, article page.

Pages are rendered on the server with Jinja2 and autoescaping on, so every piece of
article text (titles, quotes, names, outlets) reaches the browser escaped, and a reader
needs no JavaScript. Citation links go to the cited article with the cited span marked.
The story page's briefing is the HTML template the briefing file uses
(``brief/templates/briefing.html.j2``) over the same view as the Markdown, with the page's
additions (timeline chart, events, sources side by side) placed inside its sections.
Ids in links are quoted as one path segment (an article id may hold ``/``, ``?`` or
``#``); the routes take the decoded id whole (``{id:path}``). The one style sheet is inline
and allowed by its hash in the Content-Security-Policy (security.py); pages run no script.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote as url_quote

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import HTMLResponse
from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from storyline.brief.marks import curly_quotes
from storyline.brief.render import briefing_html
from storyline.brief.view import BriefingView, one_source, quote_check, speaker_shown
from storyline.extract.words import first_words
from storyline.model import (
    Article,
    ArticleHeader,
    Briefing,
    BriefSentence,
    Citation,
    Claim,
    KeyQuote,
    Source,
    StorySummary,
)
from storyline.serve.briefings import shown_view
from storyline.serve.chart import timeline_chart
from storyline.serve.deps import StoreDep
from storyline.store.db import Store, StoryQuery

ENV = Environment(
    loader=ChoiceLoader(
        [
            PackageLoader("storyline.serve", "templates"),
            PackageLoader("storyline.brief", "templates"),
        ]
    ),
    autoescape=select_autoescape(["html"], default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
MAX_SOURCE_ITEMS = 6
# A big storyline has hundreds of sources: the side-by-side shows the ones the briefing
# draws on, the rest are listed compactly; long events list their first articles.
MAX_SOURCE_CARDS = 12
MAX_SOURCE_LINES = 100
MAX_EVENT_ARTICLES = 25
# The pages' style sheet, written inline by base.html; its hash is in the CSP.
SITE_CSS = (Path(__file__).parent / "templates" / "site.css").read_text(encoding="utf-8")


@dataclass(slots=True)
class SourceView:
    """One source as the side-by-side comparison shows it."""

    source: Source
    reports: list[BriefSentence] = field(default_factory=list)
    only_here: list[Claim] = field(default_factory=list)
    quotes: list[KeyQuote] = field(default_factory=list)


@lru_cache(maxsize=65_536)
def path_segment(item_id: str) -> str:
    """An id as one URL path segment: ``/``, ``?``, ``#``, ``%`` and the rest quoted.
    Cached: a story page links the same few hundred articles up to a thousand times."""
    return url_quote(item_id, safe="")


def cite_href(citation: Citation) -> str:
    return (
        f"/articles/{path_segment(citation.article_id)}"
        f"?start={citation.start}&end={citation.end}#cited"
    )


def http_url(url: str | None) -> str | None:
    """Only http(s) links are written into a page (a ``javascript:`` URL would run)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def article_label(header: ArticleHeader) -> str:
    """What a list calls an article: its title, else its first words, so that a reader
    sees what it is about instead of an id."""
    if header.title:
        return curly_quotes(header.title)
    return "(untitled) " + (first_words(header.opening) or header.id)


def story_briefing(view: BriefingView, extra: dict[str, Any]) -> Markup:
    """The briefing as the HTML file has it, with page links and the page's additions."""
    return Markup(briefing_html(view, cite_href, extra))


def updated(summary: StorySummary | None) -> str:
    """When a story's briefing was last rebuilt: "2026-11-30 06:40 UTC"."""
    stamp = summary.updated_at if summary else None
    return f"{stamp[:10]} {stamp[11:16]} UTC" if stamp and len(stamp) >= 16 else "unknown"


ENV.globals["cite_href"] = cite_href
ENV.globals["story_briefing"] = story_briefing
ENV.filters["updated"] = updated
ENV.globals["site_css"] = Markup(SITE_CSS)
ENV.filters["path_segment"] = path_segment
ENV.filters["http_url"] = http_url
ENV.filters["label"] = article_label
ENV.filters["curly"] = lambda text: curly_quotes(text) if text else text
ENV.filters["quote_check"] = quote_check
ENV.filters["speaker"] = speaker_shown


routes = APIRouter(tags=["web"], include_in_schema=False)


@routes.get("/", response_class=HTMLResponse)
def index(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    entity: Annotated[str | None, Query(max_length=200)] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> HTMLResponse:
    query = StoryQuery(page=page, per_page=20, entity=entity, outlet=outlet)
    total, stories = store.story_summaries(query)
    hits = store.search(q, 30) if q else []
    return _page(
        "index.html",
        q=q,
        entity=entity,
        outlet=outlet,
        stories=stories,
        total=total,
        page=page,
        pages=max(1, -(-total // query.per_page)),
        groups=hits_by_story(store, hits),
    )


@dataclass(slots=True)
class HitGroup:
    """Search hits of one storyline (``story`` None: articles in no story yet)."""

    story: StorySummary | None
    hits: list[dict[str, Any]] = field(default_factory=list)


def hits_by_story(store: Store, hits: list[dict[str, Any]]) -> list[HitGroup]:
    """Search hits grouped by the story they belong to, in the order of each story's best
    hit: a reader looking for a happening finds its story, with when it was updated."""
    groups: dict[str | None, HitGroup] = {}
    for hit in hits:
        story_id = _story_of(store, hit.get("event_id"))
        group = groups.get(story_id)
        if group is None:
            summary = store.story_summary(story_id) if story_id else None
            group = groups[story_id] = HitGroup(summary)
        group.hits.append(hit)
    return list(groups.values())


def _story_of(store: Store, event_id: str | None) -> str | None:
    if not event_id:
        return None
    storyline = store.storyline_of_event(store.resolve_event(event_id))
    return store.shown_storyline(storyline) if storyline else None


@routes.get("/stories/{storyline_id:path}", response_class=HTMLResponse)
def story(storyline_id: str, store: StoreDep) -> HTMLResponse:
    resolved = store.shown_storyline(storyline_id[:200])
    summary, shown = store.story_summary(resolved), shown_view(store, resolved)
    if summary is None or shown is None:
        raise HTTPException(404, "no such storyline")
    briefing, view = shown
    events = store.events_of(resolved)
    headers = store.headers([a for e in events for a in e.article_ids])
    dates = {e.event_id: e.date for e in briefing.timeline}
    chart = timeline_chart([(e.id, dates.get(e.id, e.date)) for e in events])
    views, rest = split_sources(source_views(briefing))
    return _page(
        "story.html",
        summary=summary,
        b=briefing,
        v=view,
        chart=chart,
        events=[
            (e, dates.get(e.id, e.date), [headers[a] for a in e.article_ids if a in headers])
            for e in events
        ],
        sources=views,
        one_source=one_source(briefing),
        more_sources=rest[:MAX_SOURCE_LINES],
        unlisted_sources=max(0, len(rest) - MAX_SOURCE_LINES),
        max_event_articles=MAX_EVENT_ARTICLES,
    )


@routes.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(
    article_id: str,
    store: StoreDep,
    start: Annotated[int | None, Query(ge=0)] = None,
    end: Annotated[int | None, Query(ge=0)] = None,
) -> HTMLResponse:
    found = store.article(article_id[:200])
    if found is None:
        raise HTTPException(404, "no such article")
    return _page(
        "article.html",
        a=found,
        parts=marked_parts(found, start, end),
        original=_original(store, found),
    )


def _page(template: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(ENV.get_template(template).render(**context))


def _original(store: Store, article: Article) -> ArticleHeader | None:
    if not article.duplicate_of:
        return None
    return store.headers([article.duplicate_of]).get(article.duplicate_of)


def marked_parts(article: Article, start: int | None, end: int | None) -> list[tuple[str, str]]:
    """The text as (kind, text) runs, one of them ``cited`` when a valid span is asked."""
    text = article.text
    if start is None or end is None or not 0 <= start < end <= len(text):
        return [("plain", text)]
    return [("plain", text[:start]), ("cited", text[start:end]), ("plain", text[end:])]


def source_views(briefing: Briefing) -> list[SourceView]:
    """What each source contributes: briefing sentences it supports, claims only it makes,
    and its quotes with their check status."""
    views = {s.n: SourceView(s) for s in briefing.sources}
    by_article = {s.article_id: s.n for s in briefing.sources}
    sentences = [briefing.summary, *briefing.main, *briefing.reactions]
    sentences += [e.text for e in briefing.developments]
    seen: set[tuple[int, str]] = set()
    for sentence in sentences:
        for n in {c.n for c in sentence.citations}:
            if n in views and (n, sentence.text) not in seen:
                seen.add((n, sentence.text))
                views[n].reports.append(sentence)
    for claim in briefing.single_source_claims:
        owner = by_article.get(claim.article_id)
        if owner is not None:
            views[owner].only_here.append(claim)
    for quote in briefing.quotes:
        if quote.citation.n in views:
            views[quote.citation.n].quotes.append(quote)
    for view in views.values():
        view.reports = view.reports[:MAX_SOURCE_ITEMS]
        view.only_here = view.only_here[:MAX_SOURCE_ITEMS]
    return [views[n] for n in sorted(views)]


def split_sources(views: list[SourceView]) -> tuple[list[SourceView], list[Source]]:
    """Sources the briefing draws on (cards, in citation order), and the others."""
    drawn = [v for v in views if v.reports or v.only_here or v.quotes]
    others = [v.source for v in views if not (v.reports or v.only_here or v.quotes)]
    overflow = [v.source for v in drawn[MAX_SOURCE_CARDS:]]
    return drawn[:MAX_SOURCE_CARDS], overflow + others
