"""RSS and Atom feeds (feedparser) read into the items storyline follows."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from storyline.ingest.bounds import scrub

# A feed is a list of links; more entries than this in one document is not a news feed.
MAX_ITEMS = 1000


class FeedError(ValueError):
    """A feed document that cannot be read; the message names the feed and the reason."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    key: str  # the entry's id (guid), else its link: what "seen before" is judged by
    url: str
    title: str | None
    published: str | None  # ISO date-time (UTC) when the feed gives one


def parse_feed(data: bytes, feed_url: str) -> list[FeedItem]:
    """The entries of a feed with a link, in feed order (newest first, usually)."""
    parsed = feedparser.parse(data)
    entries: list[Any] = list(parsed.entries)
    if not entries and (parsed.bozo or not parsed.get("version")):
        problem = parsed.get("bozo_exception") or "no RSS or Atom entries"
        raise FeedError(f"{feed_url}: not a readable feed ({problem})")
    items = []
    for entry in entries[:MAX_ITEMS]:
        item = _item(entry)
        if item is not None:
            items.append(item)
    return items


def _item(entry: Any) -> FeedItem | None:
    link = _text(entry.get("link"))
    if not link:
        return None
    key = _text(entry.get("id")) or link
    return FeedItem(key=key, url=link, title=_text(entry.get("title")), published=_date(entry))


def _date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    moment = datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    return moment.isoformat(timespec="seconds")


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return scrub(value).strip() or None
