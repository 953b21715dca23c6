"""What the HTTP API accepts and returns, as pydantic models (they make the OpenAPI schema).

Responses reuse the typed data model (dataclasses) where it already says what a client
needs; these models add paging and the shapes that only the API has.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, field_validator, model_validator

from storyline.extract.dates import iso_date
from storyline.ingest.bounds import scrub
from storyline.model import Briefing, StorySummary

# Articles posted to the API are bounded like files on disk (Settings.max_file_bytes);
# the bound here is in characters and checked before anything is parsed.
MAX_BODY_CHARS = 2_000_000
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def real_date(value: str | None) -> str | None:
    """A year, month or day that exists ("2016-13" and "2019-02-30" match the pattern
    but name no day: a filter on them answered as if they did)."""
    if value is None or not re.fullmatch(DATE_PATTERN, value):
        return value  # (the pattern answers for the shape; errors echo no input)
    year, *rest = (int(part) for part in value.split("-"))
    try:
        date(year, rest[0] if rest else 1, rest[1] if len(rest) > 1 else 1)
    except ValueError as error:
        raise ValueError(f"no such date: {error}") from None
    return value


RealDate = Annotated[str | None, AfterValidator(real_date)]


class ArticleIn(BaseModel):
    """One article to ingest: its plain text or its HTML page, with optional metadata."""

    text: str | None = Field(None, max_length=MAX_BODY_CHARS, description="scraped plain text")
    html: str | None = Field(None, max_length=MAX_BODY_CHARS, description="an HTML page")
    id: str | None = Field(None, min_length=1, max_length=200, pattern=r"^[\w.:-]+$")
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://")
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=200)
    author: str | None = Field(None, max_length=300)
    section: str | None = Field(None, max_length=100, description="the publisher's section")
    published: str | None = Field(None, max_length=40)

    @field_validator("published")
    @classmethod
    def a_date(cls, value: str | None) -> str | None:
        """A date storyline can read ("2024-11-13", "Wed, 13 Nov 2024 10:00:00 GMT"):
        one it cannot was dropped without a word."""
        if value is not None and value.strip() and iso_date(value) is None:
            raise ValueError("'published' is no date storyline can read")
        return value

    @field_validator("*", mode="before")
    @classmethod
    def no_lone_surrogates(cls, value: Any) -> Any:
        """JSON may carry a lone surrogate ("\\ud800"), which no encoder writes: it is
        replaced as ingest replaces it in files, before anything hashes or stores it."""
        return scrub(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def one_body(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' and 'html'")
        return self


class IngestOut(BaseModel):
    status: Literal["new", "updated", "unchanged", "rejected"]
    article_id: str | None
    event_id: str | None = None
    storyline_id: str | None = None
    reason: str | None = None


class Health(BaseModel):
    status: Literal["ok"]
    articles: int
    schema_version: int


class StoryPage(BaseModel):
    total: int
    page: int
    per_page: int
    items: list[StorySummary]


class ArticleRef(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    duplicate_of: str | None


class EventOut(BaseModel):
    id: str
    date: str | None
    storyline_id: str | None
    # Independent sources among the articles: a syndicated copy counts with its original.
    sources: int
    articles: list[ArticleRef]


class EventPage(BaseModel):
    total: int
    page: int
    per_page: int
    items: list[EventOut]


class StoryOut(BaseModel):
    summary: StorySummary
    events: list[EventOut]
    briefing: Briefing


class SearchHit(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    event_id: str | None
    snippet: str
