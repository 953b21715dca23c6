"""The dask engine gives the same store as the local run (a real local dask cluster with
two worker processes), over article files, JSON Lines (also gzipped) and a WARC file."""

from __future__ import annotations

import gzip
import io
import json
import shutil
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline import pipeline
from storyline.ingest.files import count_items, read_path
from storyline.model import RawDocument
from storyline.parallel import Part, plan_parts, run_dask
from storyline.store.codec import article_to_json
from storyline.store.db import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"

PAGE = """<html><head><title>{title}</title>
<meta property="article:published_time" content="2024-03-0{day}"></head>
<body><article><h1>{title}</h1><p>{body}</p><p>Officials said repairs would take {day}
weeks, and the ferry operator said it would add buses for commuters in the meantime.</p>
</article></body></html>"""


def write_warc(path: Path, pages: list[tuple[str, str]]) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        for url, html in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
            )
            writer.write_record(record)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, root)
    rows = [
        {
            "id": f"bridge-{i}",
            "title": f"Harbour bridge closed, day {i}",
            "text": (
                f"The Selwick harbour bridge stayed closed for a {i}th day on Monday after "
                "inspectors found cracks in a support pier, the city's transport office said. "
                "Commuters faced long detours, and the ferry operator added extra crossings."
            ),
            "published": f"2024-03-{10 + i:02d}",
            "outlet": "Selwick Courier",
        }
        for i in range(1, 6)
    ]
    lines = "\n".join(json.dumps(r) for r in rows) + "\n"
    (root / "bridge.jsonl").write_text(lines)
    with gzip.open(root / "bridge-copy.jsonl.gz", "wt") as stream:
        stream.write(lines.replace('"bridge-', '"copy-bridge-'))
    pages = [
        (
            f"https://news.example/flood-{day}",
            PAGE.format(
                title=f"River Tamsel floods low streets ({day})",
                day=day,
                body="The river Tamsel burst its banks in Orrin overnight, flooding streets "
                "near the old mill and closing the east road, the fire service said.",
            ),
        )
        for day in (1, 2, 3)
    ]
    write_warc(root / "floods.warc", pages)
    return root


def snapshot(db: Path) -> dict[str, object]:
    with Store(db) as store:
        articles = {a.id: json.loads(article_to_json(a)) for a in store.articles()}
        events = sorted((e.id, e.storyline_id, tuple(e.article_ids)) for e in store.events())
        storylines = sorted((s.id, tuple(s.event_ids)) for s in store.storylines())
        rejections = [(r.source.rsplit("/", 1)[-1], r.reason) for r in store.rejections()]
        briefings = {s.id: store.briefing_json(s.id) for s in store.storylines()}
    return {
        "articles": articles,
        "events": events,
        "storylines": storylines,
        "rejections": rejections,
        "briefings": briefings,
    }


def test_warc_and_ranged_jsonl_reading(corpus: Path) -> None:
    warc = corpus / "floods.warc"
    assert count_items(warc) == 3
    pages = list(read_path(warc))
    assert all(isinstance(p, RawDocument) and p.kind == "html" for p in pages)
    assert (
        next(p.url for p in pages if isinstance(p, RawDocument)) == "https://news.example/flood-1"
    )
    middle = list(read_path(corpus / "bridge-copy.jsonl.gz", first=1, count=2))
    assert [p.id for p in middle if isinstance(p, RawDocument)] == [
        "copy-bridge-2",
        "copy-bridge-3",
    ]


def test_partitions_cover_every_input_once_in_order(corpus: Path) -> None:
    parts = [p for p in plan_parts([corpus], part_size=2) if isinstance(p, Part)]
    jsonl = [p for p in parts if p.files == (str(corpus / "bridge.jsonl"),)]
    assert [(p.first, p.count) for p in jsonl] == [(0, 2), (2, 2), (4, 2)]
    files = [f for p in parts for f in p.files]
    assert len(set(files)) == len(list(corpus.iterdir()))


def test_dask_run_equals_local_run(corpus: Path, tmp_path: Path) -> None:
    local_db, dask_db = tmp_path / "local.db", tmp_path / "dask.db"
    with Store(local_db) as store:
        local = pipeline.ingest(store, [corpus])
        pipeline.build(store)
    with Store(dask_db) as store:
        distributed = run_dask(store, [corpus], workers=2, part_size=3)
        pipeline.build(store)
    assert (distributed.read, distributed.new, len(distributed.rejected)) == (
        local.read,
        local.new,
        len(local.rejected),
    )
    assert local.new >= 20 and local.rejected
    local_state, dask_state = snapshot(local_db), snapshot(dask_db)
    articles = dask_state["articles"]
    assert isinstance(articles, dict)
    # The reading really happened on the workers.
    assert sum(1 for a in articles.values() if a["entities"] and a["sentences"]) >= 20
    assert any(a["duplicate_of"] for a in articles.values())
    assert articles == local_state["articles"]
    assert dask_state == local_state
