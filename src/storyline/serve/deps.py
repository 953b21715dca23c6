"""What every route depends on: the store of this app, and the list query."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request

from storyline.serve.schemas import DATE_PATTERN, RealDate
from storyline.settings import Settings
from storyline.store.db import Store, StoryQuery


def open_store(request: Request) -> Iterator[Store]:
    """A connection per request: WAL lets readers run beside the one writer. The request
    reads one committed state (a snapshot), however the store changes meanwhile."""
    with Store(request.app.state.db_path) as store, store.snapshot():
        yield store


def open_store_for_writes(request: Request) -> Iterator[Store]:
    """A connection for a request that writes (its writes are transactions of their own)."""
    with Store(request.app.state.db_path) as store:
        yield store


def app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def story_query(
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=100)] = 20,
    since: Annotated[RealDate, Query(pattern=DATE_PATTERN)] = None,
    until: Annotated[RealDate, Query(pattern=DATE_PATTERN)] = None,
    entity: Annotated[str | None, Query(max_length=200)] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
) -> StoryQuery:
    """Paging and filters shared by the story and event lists."""
    return StoryQuery(page, per_page, since, until, entity, outlet)


StoreDep = Annotated[Store, Depends(open_store)]
WritableStoreDep = Annotated[Store, Depends(open_store_for_writes)]
SettingsDep = Annotated[Settings, Depends(app_settings)]
QueryDep = Annotated[StoryQuery, Depends(story_query)]
