"""The HTTP API and the web pages through the real ASGI app on a real SQLite file."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from storyline import pipeline
from storyline.model import RawDocument
from storyline.serve import create_app
from storyline.serve.security import EXCERPT_CHARS, MAX_REQUEST_BYTES, bearer_matches
from storyline.store.db import Store
from tests.conftest import EXAMPLES

HOSTILE_TITLE = '<script>alert("t")</script>Harbour cranes "onmouseover="alert(1)'
HOSTILE_TEXT = (
    "Valmora's harbour master said on Monday that the <script>alert('x')</script> cranes "
    'would restart. "We are ready <img src=x onerror=alert(2)>," said Marta Quell, '
    "the harbour master, at a press conference in Valmora. The port expects ships to "
    "return within a week, officials said, after the strike that stopped the terminals."
)


WRITE_TOKEN = "test-token-0123456789"


class Client:
    """Synchronous calls into the ASGI app (no server, no network). Its posts carry the
    write token unless told otherwise."""

    def __init__(self, db: Path, write_token: str | None = WRITE_TOKEN) -> None:
        self.db = db
        self.app = create_app(db, write_token=write_token)
        self.auth = {"Authorization": f"Bearer {write_token}"} if write_token else {}

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def call() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
                return await c.request(method, url, **kwargs)

        return asyncio.run(call())

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        kwargs["headers"] = {**self.auth, **kwargs.get("headers", {})}
        return self.request("POST", url, **kwargs)


@pytest.fixture(scope="module")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("api") / "store.db"
    with Store(db) as store:
        pipeline.ingest(store, [EXAMPLES])
        pipeline.build(store)
    return db


@pytest.fixture
def client(built_db: Path, tmp_path: Path) -> Iterator[Client]:
    copy = tmp_path / "store.db"
    with Store(built_db) as source, Store(copy) as target:
        source.conn.backup(target.conn)
    yield Client(copy)


def test_health_and_openapi(client: Client) -> None:
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["articles"] >= 9
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/storylines", "/api/events", "/api/articles", "/api/search"} <= set(paths)


def test_storylines_are_paged_and_filtered(client: Client) -> None:
    everything = client.get("/api/storylines").json()
    assert everything["total"] == 3
    first = client.get("/api/storylines", params={"per_page": 1, "page": 2}).json()
    assert len(first["items"]) == 1 and first["items"][0]["id"] == everything["items"][1]["id"]
    valmora = next(s for s in everything["items"] if "Valmora" in s["title"])
    by_outlet = client.get("/api/storylines", params={"outlet": "harbour herald"}).json()
    assert [s["id"] for s in by_outlet["items"]] == [valmora["id"]]
    by_entity = client.get("/api/storylines", params={"entity": valmora["entities"][0]}).json()
    assert valmora["id"] in [s["id"] for s in by_entity["items"]]
    dated = client.get("/api/storylines", params={"since": "2026-06", "until": "2026-06"}).json()
    assert dated["total"] == 1 and "Ardel" in dated["items"][0]["title"]


def test_storyline_briefing_events_and_articles(client: Client) -> None:
    items = client.get("/api/storylines").json()["items"]
    story = client.get(f"/api/storylines/{items[0]['id']}").json()
    assert story["briefing"]["title"] == items[0]["title"]
    assert story["events"] and all(e["articles"] for e in story["events"])
    article_id = story["events"][0]["articles"][0]["id"]
    article = client.get(f"/api/articles/{article_id}").json()
    assert article["id"] == article_id and "entities" in article and "quotes" in article
    event = client.get(f"/api/events/{story['events'][0]['id']}").json()
    assert event["storyline_id"] == items[0]["id"]
    events = client.get("/api/events", params={"storyline": items[0]["id"]}).json()
    assert events["total"] == len(story["events"])


def test_syndicated_copy_counts_with_its_original(client: Client) -> None:
    valmora = next(
        s for s in client.get("/api/storylines").json()["items"] if "Valmora" in s["title"]
    )
    # The Daily Post republished the Coastal Wire report: one source more, not two.
    assert valmora["sources"] == valmora["articles"] - 1
    story = client.get(f"/api/storylines/{valmora['id']}").json()
    for event in story["events"]:
        roots = {a["duplicate_of"] or a["id"] for a in event["articles"]}
        assert event["sources"] == len(roots)
    assert any(e["sources"] < len(e["articles"]) for e in story["events"])
    page = client.get(f"/stories/{valmora['id']}").text
    assert f"from {valmora['sources']} independent sources" in page


def test_search(client: Client) -> None:
    hits = client.get("/api/search", params={"q": "dockworkers"}).json()
    assert hits and all("id" in h and "snippet" in h for h in hits)


@pytest.mark.parametrize(
    "url",
    [
        "/api/storylines?page=0",
        "/api/storylines?per_page=1000",
        "/api/storylines?since=yesterday",
        # the shape of a date, but no date (a probe's: they answered 200 with results)
        "/api/storylines?since=2016-13",
        "/api/storylines?until=2016-13-45",
        "/api/events?since=2019-02-30",
        "/api/search?q=",
        "/api/search",
    ],
)
def test_bad_queries_are_4xx(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 422
    assert "detail" in response.json()


def test_unknown_ids_are_404(client: Client) -> None:
    for url in ["/api/storylines/nope", "/api/events/nope", "/api/articles/nope"]:
        assert client.get(url).status_code == 404
    assert client.get("/stories/nope").status_code == 404


def test_no_endpoint_reads_a_path(client: Client) -> None:
    for url in ["/api/articles/..%2F..%2Fetc%2Fpasswd", "/api/articles/%2Fetc%2Fpasswd"]:
        assert client.get(url).status_code == 404


def test_post_article_ingests_once(client: Client) -> None:
    body = {
        "text": HOSTILE_TEXT,
        "title": "Valmora cranes restart",
        "outlet": "Test Wire",
        "section": "Business",
        "published": "2026-03-11",
    }
    created = client.post("/api/articles", json=body)
    assert created.status_code == 201, created.text
    data = created.json()
    assert data["status"] == "new" and data["event_id"] and data["storyline_id"]
    again = client.post("/api/articles", json=body)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    assert again.json()["article_id"] == data["article_id"]
    stored = client.get(f"/api/articles/{data['article_id']}").json()
    assert stored["outlet"] == "Test Wire" and stored["section"] == "Business"


@pytest.mark.parametrize(
    "body, reason",
    [
        ({}, "exactly one"),
        ({"text": "a", "html": "<p>a</p>"}, "exactly one"),
        ({"text": "Too short."}, "too little article text"),
        ({"text": "x" * 2_000_001}, "at most"),
        ({"text": "long enough " * 30, "url": "file:///etc/passwd"}, "pattern"),
        ({"text": "long enough " * 30, "published": "yesterday-ish"}, "no date storyline can read"),
        ({"text": "long enough " * 30, "section": "s" * 101}, "at most 100"),
    ],
)
def test_post_rejects_bad_articles(client: Client, body: dict[str, str], reason: str) -> None:
    response = client.post("/api/articles", json=body)
    assert response.status_code == 422
    assert reason in response.text


def test_article_text_is_escaped_everywhere(client: Client) -> None:
    body = {
        "html": f"<html><head><title>{HOSTILE_TITLE}</title></head><body><article>"
        f"<h1>{HOSTILE_TITLE}</h1><p>{HOSTILE_TEXT}</p></article></body></html>",
        "title": HOSTILE_TITLE,
        "url": "https://example.org/valmora-cranes",
        "author": '"><script>alert(3)</script>',
    }
    data = client.post("/api/articles", json=body).json()
    pages = [
        client.get("/").text,
        client.get(f"/stories/{data['storyline_id']}").text,
        client.get(f"/articles/{data['article_id']}").text,
        client.get("/", params={"q": "cranes <script>"}).text,
    ]
    for page in pages:
        assert "<script>" not in page
        assert not re.search(r"<img[^>]*onerror", page)
        assert not re.search(r"<[^>]+\sonmouseover=", page)
    assert "&lt;script&gt;" in pages[2]


def test_markdown_briefing_escapes_html_from_article_text(client: Client) -> None:
    from storyline.brief.render import render

    data = client.post("/api/articles", json={"text": HOSTILE_TEXT, "title": HOSTILE_TITLE}).json()
    with Store(client.db) as store:
        briefing = store.briefing(data["storyline_id"])
    assert briefing is not None
    markdown = render(briefing, "md")
    assert "<script>" not in markdown and "<img" not in markdown
    assert "&lt;script&gt;" in markdown


def test_untitled_articles_are_listed_by_their_opening_words(client: Client) -> None:
    data = client.post("/api/articles", json={"text": HOSTILE_TEXT}).json()
    page = client.get(f"/stories/{data['storyline_id']}").text
    link = re.search(rf'<a href="/articles/{data["article_id"]}">([^<]*)</a>', page)
    assert link, "the untitled article is listed under its event"
    assert link.group(1).startswith("(untitled) Valmora&#39;s harbour master said on Monday")
    assert data["article_id"] not in link.group(1)


def test_citation_links_mark_the_cited_span(client: Client) -> None:
    story_id = client.get("/api/storylines").json()["items"][0]["id"]
    page = client.get(f"/stories/{story_id}").text
    link = re.search(r'class="cite" href="(/articles/[^"]+)"', page)
    assert link, "no citation link on the story page"
    target = client.get(link.group(1).replace("&amp;", "&"))
    assert target.status_code == 200
    assert '<mark id="cited">' in target.text


def test_atom_feed(client: Client) -> None:
    response = client.get("/feed.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert len(entries) == 3
    assert all(
        e.find("a:link", ns).get("href", "").startswith("http://test/stories/") for e in entries
    )


def test_serving_keeps_start_up_objects_out_of_full_collections(built_db: Path) -> None:
    import gc

    app = create_app(built_db)

    async def serve() -> int:
        async with app.router.lifespan_context(app):
            return gc.get_freeze_count()

    assert asyncio.run(serve()) > 0
    assert gc.get_freeze_count() == 0  # released when the server stops


def test_a_build_in_the_servers_life_leaves_its_start_up_objects_frozen(built_db: Path) -> None:
    # (the build's own freezing of the clusterer ended with the server's, before)
    import gc

    app = create_app(built_db)

    async def serve() -> int:
        async with app.router.lifespan_context(app):
            with Store(built_db) as store:
                pipeline.build(store)
            return gc.get_freeze_count()

    assert asyncio.run(serve()) > 0
    assert gc.get_freeze_count() == 0


def test_writes_are_off_without_a_write_token(built_db: Path, tmp_path: Path) -> None:
    read_only = Client(built_db, write_token=None)
    response = read_only.post("/api/articles", json={"text": HOSTILE_TEXT})
    assert response.status_code == 403 and "--write-token" in response.json()["detail"]
    assert read_only.get("/api/health").status_code == 200


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer", "Bearer wrong-token-0123456789", f"Basic {WRITE_TOKEN}", WRITE_TOKEN],
)
def test_writes_need_the_bearer_token(client: Client, authorization: str | None) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    client.auth = {}
    # The token is checked before the body is read: a bad body still gets 401.
    for body in [{"text": HOSTILE_TEXT}, {"text": 5}]:
        response = client.post("/api/articles", json=body, headers=headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/health").json()["articles"] == 10


def test_bearer_matching() -> None:
    assert bearer_matches(f"Bearer {WRITE_TOKEN}", WRITE_TOKEN)
    assert bearer_matches(f"bearer  {WRITE_TOKEN} ", WRITE_TOKEN)
    assert not bearer_matches(f"Bearer {WRITE_TOKEN}x", WRITE_TOKEN)
    assert not bearer_matches("Bearer ünïcode", WRITE_TOKEN)
    assert not bearer_matches(None, WRITE_TOKEN)
    with pytest.raises(ValueError):
        create_app(Path("unused.db"), write_token=" ")


@pytest.mark.parametrize(
    "method, url, kwargs",
    [
        ("POST", "/api/articles", {"json": {"text": "x" * 2_000_001, "title": "y" * 5000}}),
        ("POST", "/api/articles", {"json": {"text": ["z" * 100_000]}}),
        ("POST", "/api/articles", {"content": b'{"text": "' + b"w" * 100_000}),
        ("POST", "/api/articles", {"json": {"text": "ok", "published": {"v" * 100_000: 1}}}),
        ("GET", "/api/search?q=" + "q" * 30_000, {}),
        ("GET", "/api/storylines?since=" + "s" * 30_000, {}),
    ],
)
def test_error_bodies_echo_no_input(
    client: Client, method: str, url: str, kwargs: dict[str, Any]
) -> None:
    response = client.request(method, url, headers=client.auth, **kwargs)
    assert 400 <= response.status_code < 500
    assert len(response.content) < 2_000, response.text[:300]
    for letter in "xyzwvqs":
        assert letter * (EXCERPT_CHARS + 1) not in response.text


def test_an_oversized_body_is_refused_unread(client: Client) -> None:
    response = client.post("/api/articles", content=b"x" * (MAX_REQUEST_BYTES + 1))
    assert response.status_code == 413


def test_unknown_long_ids_are_echoed_as_an_excerpt(client: Client) -> None:
    response = client.get("/api/articles/" + "a" * 199)
    assert response.status_code == 404 and len(response.json()["detail"]) < 100


@pytest.mark.parametrize(
    "url", ["/", "/api/health", "/feed.atom", "/api/articles/nope", "/api/search", "/nowhere"]
)
def test_every_response_has_security_headers(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "unsafe" not in policy and "script-src" not in policy


def test_pages_need_nothing_their_policy_forbids(client: Client) -> None:
    story = client.get("/api/storylines").json()["items"][0]["id"]
    article = client.get(f"/api/storylines/{story}").json()["events"][0]["articles"][0]["id"]
    for url in ["/", f"/stories/{story}", f"/articles/{article}", "/?q=strike"]:
        response = client.get(url)
        page, policy = response.text, response.headers["content-security-policy"]
        assert (
            "<script" not in page and " style=" not in page and '<link rel="stylesheet' not in page
        )
        styles = re.findall(r"<style>(.*?)</style>", page, re.S)
        assert styles, "the page has its style sheet"
        for css in styles:
            digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in policy


ODD_ID = "wire/2026/03 a?b#c%d&e+f..g"


def test_any_article_id_is_routable(client: Client) -> None:
    raw = RawDocument(
        source="odd.jsonl#1",
        kind="text",
        body=HOSTILE_TEXT,
        id=ODD_ID,
        title="Valmora cranes restart",
        outlet="Odd Wire",
        published="2026-03-11",
    )
    with Store(client.db) as store:
        pipeline.ingest_documents(store, [raw])
        pipeline.build(store)
        storyline_id = store.article(ODD_ID).storyline_id  # type: ignore[union-attr]
    encoded = quote(ODD_ID, safe="")
    assert client.get(f"/api/articles/{encoded}").json()["id"] == ODD_ID
    assert client.get(f"/articles/{encoded}").status_code == 200
    page = client.get(f"/stories/{storyline_id}").text
    assert f'href="/articles/{encoded}"' in page
    links = re.findall(r'href="(/articles/[^"]+)"', page)
    assert links and all(
        client.get(link.replace("&amp;", "&")).status_code == 200 for link in links
    )
    hits = client.get("/", params={"q": "cranes restart"}).text
    assert f'href="/articles/{encoded}"' in hits


def test_serve_refuses_a_short_write_token(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from storyline.cli import main

    result = CliRunner().invoke(
        main, ["serve", "--db", str(tmp_path / "s.db"), "--write-token", "short"]
    )
    assert result.exit_code == 2 and "at least 16 characters" in result.output


def test_only_the_docs_pages_may_load_their_cdn_scripts(client: Client) -> None:
    docs = client.get("/docs").headers["content-security-policy"]
    assert "https://cdn.jsdelivr.net" in docs and "frame-ancestors 'none'" in docs
    page = client.get("/").headers["content-security-policy"]
    assert "cdn" not in page and "script-src" not in page


def test_a_kept_briefing_is_never_served_stale(client: Client) -> None:
    from storyline.serve.briefings import shown_briefing

    story_id = client.get("/api/storylines").json()["items"][0]["id"]
    with Store(client.db) as store:
        first = shown_briefing(store, story_id)
        assert first is not None and shown_briefing(store, story_id) is first  # parsed once
        changed = store.briefing(story_id)
        assert changed is not None
        changed.title = "A new title"
        store.save_briefing(changed)
        assert shown_briefing(store, story_id).title == "A new title"  # type: ignore[union-attr]
    assert client.get(f"/api/storylines/{story_id}").json()["briefing"]["title"] == "A new title"


def test_a_lone_surrogate_in_posted_json_is_replaced_not_a_server_error(client: Client) -> None:
    text = "The Valmora harbour cranes were moved to the north quay on Friday. " * 3
    raw = '{"text": "' + text + '\\ud800", "title": "Cranes \\ud800 moved"}'
    response = client.post(
        "/api/articles", content=raw.encode(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code in {200, 201}, response.text


def test_the_story_page_prints_typewriter_quotes_curly(client: Client) -> None:
    """A wire headline's ``...'' shows as “...” on the page, as in the files."""
    text = (
        "Valmora's port reopened on Tuesday after ``the longest strike in memory,'' the "
        "harbour master said. Ships queued outside the breakwater for most of the morning, "
        "and the first container left the terminal before noon, officials said."
    )
    body = {
        "text": text,
        "title": "``Longest strike'' ends in Valmora",
        "outlet": "Test Wire",
        "published": "2026-03-12",
    }
    created = client.post("/api/articles", json=body).json()
    page = client.get(f"/stories/{created['storyline_id']}").text
    assert "“Longest strike” ends in Valmora" in page
    assert "``" not in page and "&#39;&#39;" not in page
