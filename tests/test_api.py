"""The HTTP API and the web pages through the real ASGI app on a real SQLite file."""

from __future__ import annotations

import asyncio
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from storyline import pipeline
from storyline.serve import create_app
from storyline.store.db import Store
from tests.conftest import EXAMPLES

HOSTILE_TITLE = '<script>alert("t")</script>Harbour cranes "onmouseover="alert(1)'
HOSTILE_TEXT = (
    "Valmora's harbour master said on Monday that the <script>alert('x')</script> cranes "
    'would restart. "We are ready <img src=x onerror=alert(2)>," said Marta Quell, '
    "the harbour master, at a press conference in Valmora. The port expects ships to "
    "return within a week, officials said, after the strike that stopped the terminals."
)


class Client:
    """Synchronous calls into the ASGI app (no server, no network)."""

    def __init__(self, db: Path) -> None:
        self.app = create_app(db)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def call() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
                return await c.request(method, url, **kwargs)

        return asyncio.run(call())

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
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
    assert stored["outlet"] == "Test Wire"


@pytest.mark.parametrize(
    "body, reason",
    [
        ({}, "exactly one"),
        ({"text": "a", "html": "<p>a</p>"}, "exactly one"),
        ({"text": "Too short."}, "too little article text"),
        ({"text": "x" * 2_000_001}, "at most"),
        ({"text": "long enough " * 30, "url": "file:///etc/passwd"}, "pattern"),
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
