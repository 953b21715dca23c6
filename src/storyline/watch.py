"""Following live feeds: poll each feed, fetch every new item's page, extract and read it,
and update the stories; remember what was done so a restart repeats and loses nothing.

An item is recorded as done only after its article is stored, and a feed's validators
(ETag, Last-Modified) only after all of the poll's items are handled: a crash in between
means the next poll fetches the feed in full and redoes the unfinished items (storing an
article again is a no-op).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from storyline import pipeline
from storyline.fetch.client import Fetcher, FetchError
from storyline.fetch.feeds import FeedError, FeedItem, parse_feed
from storyline.fetch.page import fetch_page
from storyline.fetch.policy import FetchRefused
from storyline.ingest.bounds import one_line
from storyline.settings import DEFAULT, Settings
from storyline.store.db import Store
from storyline.store.feeds import FeedLog

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Feed:
    url: str
    interval: float


@dataclass(slots=True)
class PollReport:
    feed: str
    status: str = "ok"
    new_items: int = 0
    stored: int = 0
    failed: list[str] = field(default_factory=list)  # "URL: reason"
    built: bool = False


def read_feed_list(args: list[str], default_interval: float) -> list[Feed]:
    """Feeds from the command line: URLs, or files listing one feed a line (``URL
    [SECONDS]``, ``#`` comments)."""
    feeds: list[Feed] = []
    for arg in args:
        if "://" in arg:
            feeds.append(Feed(arg, default_interval))
            continue
        for number, line in enumerate(Path(arg).read_text("utf-8").splitlines(), start=1):
            fields = line.split("#", 1)[0].split()
            if not fields:
                continue
            feeds.append(Feed(fields[0], _interval(fields[1:], default_interval, arg, number)))
    return feeds


def _interval(fields: list[str], default: float, path: str, number: int) -> float:
    if not fields:
        return default
    try:
        return max(1.0, float(fields[0]))
    except ValueError as err:
        raise ValueError(f"{path}, line {number}: {fields[0]!r} is not seconds") from err


class Watcher:
    """Polls feeds into one store."""

    def __init__(self, store: Store, fetcher: Fetcher, settings: Settings = DEFAULT) -> None:
        self.store = store
        self.fetcher = fetcher
        self.settings = settings
        self.log = FeedLog(store)
        # A build that failed is tried again after the next poll, new items or not.
        self.build_pending = False

    def poll(self, feed_url: str) -> PollReport:
        """One poll of one feed; errors are recorded and reported, never raised."""
        report = PollReport(feed_url)
        state = self.log.feed(feed_url)
        try:
            fetched = self.fetcher.get(
                feed_url,
                etag=state.etag,
                last_modified=state.last_modified,
                max_bytes=self.settings.max_feed_bytes,
            )
            if fetched.not_modified:
                report.status = "not modified"
                self.log.save_poll(feed_url, report.status)
                return report
            if fetched.status >= 400:
                raise FetchError(f"{feed_url}: HTTP {fetched.status}")
            items = parse_feed(fetched.body, feed_url)
        except (FetchError, FetchRefused, FeedError) as err:
            return self._poll_failed(report, str(err))
        except Exception as err:  # one feed must never stop the watcher
            log.debug("feed %s", feed_url, exc_info=True)
            return self._poll_failed(report, f"{feed_url}: {_describe(err)}")
        self._take_items(feed_url, items, report)
        if report.stored or self.build_pending:
            try:
                pipeline.build(self.store, self.settings)
            except Exception as err:  # the articles are stored; the next poll builds again
                log.debug("build after feed %s", feed_url, exc_info=True)
                self.build_pending = True
                return self._poll_failed(report, f"stored, but the build failed: {_describe(err)}")
            self.build_pending = False
            report.built = True
        self.log.save_poll(feed_url, "ok", (fetched.etag, fetched.last_modified))
        return report

    def _poll_safely(self, feed_url: str) -> PollReport:
        """A poll whose failure, even to record itself (the store busy or full), is one
        feed's bad round, not the end of the watcher."""
        try:
            return self.poll(feed_url)
        except Exception as err:  # one feed must never stop the watcher
            log.debug("feed %s", feed_url, exc_info=True)
            return PollReport(feed_url, status=f"poll failed: {_describe(err)}")

    def _poll_failed(self, report: PollReport, reason: str) -> PollReport:
        report.status = one_line(reason)
        log.warning("feed %s", report.status)
        self.log.save_poll(report.feed, report.status)
        return report

    def _take_items(self, feed_url: str, items: list[FeedItem], report: PollReport) -> None:
        for item in items:
            if not self._pending(feed_url, item):
                continue
            report.new_items += 1
            self._take_item(feed_url, item, report)

    def _pending(self, feed_url: str, item: FeedItem) -> bool:
        known = self.log.item(feed_url, item.key)
        if known is None:
            return True
        return known.state == "failed" and known.attempts < self.settings.item_attempts

    def _take_item(self, feed_url: str, item: FeedItem, report: PollReport) -> None:
        try:
            raw = fetch_page(self.fetcher, item.url, item.title, item.published)
            ingested = pipeline.ingest_documents(self.store, [raw], self.settings)
        except (FetchError, FetchRefused) as err:
            self._item_failed(feed_url, item, report, str(err))
            return
        except Exception as err:  # one item must never stop the watcher
            log.debug("feed item %s", item.url, exc_info=True)
            self._item_failed(feed_url, item, report, f"{item.url}: {_describe(err)}")
            return
        if ingested.rejected:
            reason = ingested.rejected[0].reason
            report.failed.append(one_line(f"{item.url}: {reason}"))
            self.log.save_item(feed_url, item.key, item.url, "rejected", reason=reason)
            return
        report.stored += 1
        self.log.save_item(feed_url, item.key, item.url, "done", ingested.article_ids[0])

    def _item_failed(self, feed_url: str, item: FeedItem, report: PollReport, reason: str) -> None:
        reason = one_line(reason)
        report.failed.append(reason)
        log.warning("feed item %s", reason)
        self.log.save_item(feed_url, item.key, item.url, "failed", reason=reason)

    def run(
        self,
        feeds: list[Feed],
        rounds: int | None = None,
        on_poll: Callable[[PollReport], None] = lambda report: None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Poll every feed when it is due, for ``rounds`` rounds (None: until stopped)."""
        due = {feed.url: clock() for feed in feeds}
        done_rounds = 0
        while True:
            for feed in feeds:
                if clock() >= due[feed.url]:
                    on_poll(self._poll_safely(feed.url))
                    due[feed.url] = clock() + feed.interval
            done_rounds += 1
            if rounds is not None and done_rounds >= rounds:
                break
            sleep(max(0.0, min(due.values()) - clock()))


def _describe(err: Exception) -> str:
    """An unexpected error as one short line (the traceback goes to the debug log)."""
    return one_line(f"{type(err).__name__}: {err}" if str(err) else type(err).__name__)
