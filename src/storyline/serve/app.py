"""The ASGI app: JSON API under ``/api``, the web pages, and the Atom feed.

Every request opens the SQLite store for itself (WAL: readers never wait for the writer)
and only ever reads rows of that store: no endpoint takes a path or a URL to fetch.
Writes are off unless the app is given a write token (security.py).
"""

from __future__ import annotations

import gc
import hashlib
import pathlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

from fastapi import APIRouter, FastAPI, HTTPException, Path, Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response

from storyline import pipeline
from storyline.model import ArticleHeader, Event, RawDocument
from storyline.serve import feed, pages
from storyline.serve.briefings import shown_briefing
from storyline.serve.deps import QueryDep, SettingsDep, StoreDep, WritableStoreDep
from storyline.serve.schemas import (
    ArticleIn,
    ArticleRef,
    EventOut,
    EventPage,
    Health,
    IngestOut,
    SearchHit,
    StoryOut,
    StoryPage,
)
from storyline.serve.security import Guard, excerpt, page_policy, validation_error
from storyline.settings import DEFAULT, Settings
from storyline.store.db import Store
from storyline.workers import frozen_meanwhile

MAX_ID = 200


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    # Everything loaded by start-up (the app and its libraries, whatever was read before)
    # lives as long as the server. Frozen, it stays out of the full garbage collections that
    # each briefing read's short-lived objects trigger every few requests: unfrozen, those
    # walked every such object and added some 80 ms to one request in ten
    # (benchmarks/serve_latency.py). A build the server runs freezes what is alive then too,
    # and leaves it all frozen when it ends (``frozen_meanwhile``).
    gc.collect()
    with frozen_meanwhile():
        yield


def create_app(
    db_path: pathlib.Path, settings: Settings = DEFAULT, write_token: str | None = None
) -> FastAPI:
    """The app over one store. ``write_token``: without it, writes (``POST
    /api/articles``) are refused; with it, they need ``Authorization: Bearer TOKEN``."""
    if write_token is not None and not write_token.strip():
        raise ValueError("the write token is empty")
    app = FastAPI(
        title="storyline",
        description="News stories with cited briefings: storylines, events, articles, search.",
        version="0.1.0",
        lifespan=_lifespan,
    )
    app.state.db_path = db_path
    app.state.settings = settings
    app.include_router(api)
    app.include_router(pages.routes)
    app.include_router(feed.routes)
    app.add_exception_handler(RequestValidationError, validation_error)
    docs = frozenset(
        p for p in (app.docs_url, app.redoc_url, app.swagger_ui_oauth2_redirect_url) if p
    )
    app.add_middleware(
        Guard, write_token=write_token, policy=page_policy([pages.SITE_CSS]), docs_paths=docs
    )
    return app


api = APIRouter(prefix="/api", tags=["api"])


@api.get("/health")
def health(store: StoreDep) -> Health:
    return Health(status="ok", articles=store.count_articles(), schema_version=store.schema_version)


@api.get("/storylines")
def storylines(store: StoreDep, query: QueryDep) -> StoryPage:
    """Storylines, latest first, filtered by date span, entity or outlet."""
    total, items = store.story_summaries(query)
    return StoryPage(total=total, page=query.page, per_page=query.per_page, items=items)


@api.get("/storylines/{storyline_id:path}")
def storyline(storyline_id: Annotated[str, Path(max_length=MAX_ID)], store: StoreDep) -> StoryOut:
    """One storyline: its summary, events with their articles, and its briefing (an old
    id of a merged storyline gives the storyline it is part of)."""
    resolved = store.shown_storyline(storyline_id)
    summary, briefing = store.story_summary(resolved), shown_briefing(store, resolved)
    if summary is None or briefing is None:
        raise HTTPException(404, f"no storyline {excerpt(storyline_id)!r}")
    events = _events_out(store, store.events_of(resolved))
    return StoryOut(summary=summary, events=events, briefing=briefing)


@api.get("/events")
def events(
    store: StoreDep,
    query: QueryDep,
    storyline: Annotated[str | None, Query(max_length=MAX_ID)] = None,
) -> EventPage:
    """Events, latest first; entity and outlet filter by the event's storyline."""
    total, items = store.events_page(query, storyline)
    return EventPage(
        total=total,
        page=query.page,
        per_page=query.per_page,
        items=_events_out(store, items),
    )


@api.get("/events/{event_id:path}")
def event(event_id: Annotated[str, Path(max_length=MAX_ID)], store: StoreDep) -> EventOut:
    """One event (a merged event's old id resolves to the event it became part of)."""
    found = store.event(event_id)
    if found is None:
        raise HTTPException(404, f"no event {excerpt(event_id)!r}")
    return _events_out(store, [found])[0]


@api.get("/articles/{article_id:path}")
def article(article_id: Annotated[str, Path(max_length=MAX_ID)], store: StoreDep) -> dict[str, Any]:
    """The article record (README: "The article record") with its whole reading."""
    found = store.article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {excerpt(article_id)!r}")
    return found.record()


@api.get("/search")
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> list[SearchHit]:
    """Full-text search over article titles and text (words, not query syntax)."""
    return [SearchHit(**hit) for hit in store.search(q, limit)]


@api.post("/articles", status_code=201)
def ingest(
    body: ArticleIn, store: WritableStoreDep, settings: SettingsDep, response: Response
) -> IngestOut:
    """Ingest one article (plain text or HTML) and update its story at once. Needs the
    server's write token: ``Authorization: Bearer TOKEN``."""
    raw = _raw_document(body)
    report = pipeline.ingest_documents(store, [raw], settings)
    if report.rejected:
        raise HTTPException(422, f"article rejected: {excerpt(report.rejected[0].reason, 200)}")
    pipeline.build(store, settings)
    article_id = raw.id or ""
    stored = store.article(article_id)
    status: Literal["new", "updated", "unchanged"] = (
        "new" if report.new else "updated" if report.updated else "unchanged"
    )
    if status != "new":
        response.status_code = 200
    return IngestOut(
        status=status,
        article_id=article_id,
        event_id=stored.event_id if stored else None,
        storyline_id=stored.storyline_id if stored else None,
    )


def _raw_document(body: ArticleIn) -> RawDocument:
    """A posted article keeps its given id; else its URL, else its content, names it."""
    content = body.html if body.html is not None else body.text or ""
    key = body.url or content
    article_id = body.id or hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return RawDocument(
        source=body.url or f"api:{article_id}",
        kind="html" if body.html is not None else "text",
        body=content,
        id=article_id,
        url=body.url,
        title=body.title,
        outlet=body.outlet,
        author=body.author,
        section=body.section,
        published=body.published,
    )


def _events_out(store: Store, events: list[Event]) -> list[EventOut]:
    """Events with their articles' headers, read in one query for all of them."""
    headers = store.headers([a for e in events for a in e.article_ids])
    return [_event_out(event, headers) for event in events]


def _event_out(event: Event, headers: dict[str, ArticleHeader]) -> EventOut:
    refs = [
        ArticleRef(
            id=h.id,
            title=h.title,
            outlet=h.outlet,
            published=h.published,
            duplicate_of=h.duplicate_of,
        )
        for a in event.article_ids
        if (h := headers.get(a)) is not None
    ]
    return EventOut(
        id=event.id,
        date=event.date,
        storyline_id=event.storyline_id,
        sources=len({r.duplicate_of or r.id for r in refs}),
        articles=refs,
    )
