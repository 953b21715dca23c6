"""``storyline watch`` and ``storyline ingest URL`` against feeds and pages served by a
local server: new items only, 304s, a feed that is down, malformed or enormous, a failing
page retried, and a restart that neither repeats nor loses an item."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.fetch.client import Fetcher
from storyline.store.db import Store
from storyline.store.feeds import FeedLog
from storyline.watch import Feed, Watcher, read_feed_list
from tests.webserver import Reply, Site, article_html, local_settings, rss, serve

LOCAL = local_settings(fetch_backoff=0.0, fetch_retries=0)

STORIES = {
    "/news/port-strike": (
        "Dock workers strike at the port of Valmara",
        [
            "Dock workers at the port of Valmara walked off the job on Wednesday, halting "
            "container traffic, the harbour union said.",
            "The union is asking for a new wage agreement after talks with the port "
            "authority broke down last week, union leader Ines Carvalho told reporters.",
        ],
    ),
    "/news/port-talks": (
        "Port of Valmara strike talks resume",
        [
            "Talks between the harbour union and the Valmara port authority resumed on "
            "Thursday as the dock workers' strike entered its second day.",
            "Ines Carvalho said the union would not return to work without a wage agreement.",
        ],
    ),
    "/news/museum": (
        "City museum reopens after renovation",
        [
            "The Valmara city museum reopened on Saturday after a two-year renovation that "
            "added a new wing for maritime history, its director said.",
            "Visitors queued for hours to see the restored ship models in the new wing.",
        ],
    ),
}


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        for path, (title, paragraphs) in STORIES.items():
            site_reply = Reply(body=article_html(title, paragraphs), headers=HTML)
            running.set(path, site_reply)
        yield running


HTML = {"Content-Type": "text/html; charset=utf-8"}
XML = {"Content-Type": "application/rss+xml"}


def feed_of(site: Site, paths: list[str], etag: str | None = None) -> Reply:
    items = [(path, site.url(path), STORIES[path][0]) for path in paths]
    headers = dict(XML)
    if etag:
        headers["ETag"] = etag
    return Reply(body=rss(items), headers=headers)


def watcher(store: Store) -> Watcher:
    return Watcher(store, Fetcher(LOCAL, sleep=lambda _s: None), LOCAL)


def test_new_items_are_fetched_once_and_stories_update(site: Site, tmp_path: Path) -> None:
    site.set("/feed", feed_of(site, ["/news/port-strike"]))
    with Store(tmp_path / "s.db") as store:
        first = watcher(store).poll(site.url("/feed"))
        assert (first.status, first.new_items, first.stored, first.built) == ("ok", 1, 1, True)
        assert store.count_articles() == 1
        assert store.count_events_and_storylines() == (1, 1)

        # The feed changes between polls: only the new item is fetched.
        site.set("/feed", feed_of(site, ["/news/port-talks", "/news/port-strike"]))
        second = watcher(store).poll(site.url("/feed"))
        assert (second.new_items, second.stored) == (1, 1)
        assert site.hits("/news/port-strike") == 1
        assert site.hits("/news/port-talks") == 1
        assert store.count_articles() == 2
        article = store.articles()[0]
        assert article.url is not None and article.url.startswith(site.base)
        assert article.published is not None and article.published.startswith("2024-11-14")


def test_a_304_fetches_nothing_more(site: Site, tmp_path: Path) -> None:
    def feed(headers: dict[str, str]) -> Reply:
        if headers.get("if-none-match") == '"v1"':
            return Reply(304)
        return feed_of(site, ["/news/museum"], etag='"v1"')

    site.set("/feed", feed)
    with Store(tmp_path / "s.db") as store:
        assert watcher(store).poll(site.url("/feed")).stored == 1
        again = watcher(store).poll(site.url("/feed"))
    assert again.status == "not modified" and again.new_items == 0
    assert site.requests[-1][1]["if-none-match"] == '"v1"'
    assert site.hits("/news/museum") == 1


def test_a_feed_that_is_down_malformed_or_enormous_is_reported_and_survived(
    site: Site, tmp_path: Path
) -> None:
    site.set("/down", Reply(500, b"oops"))
    site.set("/broken", Reply(body=b"<html><body>this is not a feed</body></html>", headers=HTML))
    site.set("/huge", Reply(body=b"<rss>" + b" " * (LOCAL.max_feed_bytes + 10), headers=XML))
    site.set("/good", feed_of(site, ["/news/museum"]))
    feeds = [Feed(site.url(p), 60) for p in ["/down", "/broken", "/huge", "/good"]]
    reports = []
    with Store(tmp_path / "s.db") as store:
        watcher(store).run(feeds, rounds=1, on_poll=reports.append)
        states = {f.url.rsplit("/", 1)[1]: f.status for f in FeedLog(store).feeds()}
        assert store.count_articles() == 1
    assert [r.stored for r in reports] == [0, 0, 0, 1]
    assert "HTTP 500" in str(states["down"])
    assert "not a readable feed" in str(states["broken"])
    assert "byte bound" in str(states["huge"])
    assert states["good"] == "ok"


def test_a_failed_page_is_tried_again_on_the_next_poll(site: Site, tmp_path: Path) -> None:
    site.set("/feed", feed_of(site, ["/news/port-strike"]))
    site.set("/news/port-strike", Reply(500))
    with Store(tmp_path / "s.db") as store:
        first = watcher(store).poll(site.url("/feed"))
        assert first.stored == 0 and "HTTP 500" in first.failed[0]
        title, paragraphs = STORIES["/news/port-strike"]
        site.set("/news/port-strike", Reply(body=article_html(title, paragraphs), headers=HTML))
        second = watcher(store).poll(site.url("/feed"))
        assert second.stored == 1
        item = FeedLog(store).items(site.url("/feed"))[0]
    assert (item.state, item.attempts) == ("done", 2)


def test_a_page_that_is_not_an_article_is_rejected_with_its_reason(
    site: Site, tmp_path: Path
) -> None:
    site.set("/feed", feed_of(site, ["/news/museum"]))
    site.set("/news/museum", Reply(body=b"<html><body></body></html>", headers=HTML))
    with Store(tmp_path / "s.db") as store:
        report = watcher(store).poll(site.url("/feed"))
        item = FeedLog(store).items(site.url("/feed"))[0]
        # Rejected items are not fetched again.
        watcher(store).poll(site.url("/feed"))
    assert report.stored == 0 and item.state == "rejected"
    assert item.reason and "article text" in item.reason
    assert site.hits("/news/museum") == 1


def test_a_restart_neither_repeats_nor_loses_an_item(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    site.set("/feed", feed_of(site, ["/news/port-strike", "/news/museum"]))
    with Store(db) as store:
        watcher(store).poll(site.url("/feed"))
    # A new process on the same store: the feed now has one more item.
    site.set("/feed", feed_of(site, ["/news/port-talks", "/news/port-strike", "/news/museum"]))
    with Store(db) as store:
        report = watcher(store).poll(site.url("/feed"))
        assert store.count_articles() == 3
    assert report.new_items == 1
    assert [site.hits(p) for p in STORIES] == [1, 1, 1]


def test_feed_list_files_give_urls_and_intervals(tmp_path: Path) -> None:
    listing = tmp_path / "feeds.txt"
    listing.write_text("# my feeds\nhttp://a.example/rss 300\n\nhttp://b.example/atom\n")
    feeds = read_feed_list([str(listing), "http://c.example/feed"], 900)
    assert feeds == [
        Feed("http://a.example/rss", 300),
        Feed("http://b.example/atom", 900),
        Feed("http://c.example/feed", 900),
    ]


def test_cli_watch_and_ingest_url(site: Site, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    site.set("/robots.txt", Reply(body=b"User-agent: *\nAllow: /\n"))
    site.set("/feed", feed_of(site, ["/news/port-strike"]))
    runner = CliRunner()
    local = ["--allow-network", "127.0.0.0/8", "--db", db]
    watched = runner.invoke(main, ["watch", site.url("/feed"), "--rounds", "1", *local])
    assert watched.exit_code == 0, watched.output
    assert "1 new items, 1 stored" in watched.output
    ingested = runner.invoke(main, ["ingest", site.url("/news/museum"), *local])
    assert ingested.exit_code == 0, ingested.output
    assert "1 articles read (1 new" in ingested.output
    refused = runner.invoke(main, ["ingest", site.url("/news/port-talks"), "--db", db])
    assert "rejected" in refused.output and "non-public address" in refused.output
    with Store(db) as store:
        assert store.count_articles() == 2


def test_a_failed_build_is_reported_and_done_on_the_next_poll(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyline import pipeline

    site.set("/feed", feed_of(site, ["/news/museum"]))
    real_build = pipeline.build
    calls: list[int] = []

    def failing_once(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("disk full\nsecond line")
        return real_build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "build", failing_once)
    with Store(tmp_path / "s.db") as store:
        follower = watcher(store)
        first = follower.poll(site.url("/feed"))
        assert first.stored == 1 and "build failed: RuntimeError: disk full" in first.status
        assert "\n" not in first.status
        second = follower.poll(site.url("/feed"))
        assert (second.status, second.stored, second.built) == ("ok", 0, True)
        assert store.count_events_and_storylines() == (1, 1)
