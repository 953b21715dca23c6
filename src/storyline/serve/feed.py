"""An Atom feed (RFC 4287) of the briefings that changed last."""

from __future__ import annotations

from urllib.parse import quote
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Request
from fastapi.responses import Response

from storyline.model import StorySummary
from storyline.serve.deps import StoreDep

ATOM = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 50
EPOCH = "1970-01-01T00:00:00+00:00"


routes = APIRouter(tags=["feed"])


@routes.get("/feed.atom", response_class=Response)
def atom(request: Request, store: StoreDep) -> Response:
    """The briefings that changed last, newest first."""
    base = str(request.base_url).rstrip("/")
    body = atom_feed(base, store.recent_summaries(FEED_ENTRIES))
    return Response(body, media_type="application/atom+xml; charset=utf-8")


def atom_feed(base: str, summaries: list[StorySummary]) -> bytes:
    """The feed document; ElementTree escapes every text it writes."""
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed")
    _text(root, "title", "storyline: updated briefings")
    _text(root, "id", f"{base}/feed.atom")
    ET.SubElement(root, f"{{{ATOM}}}link", rel="self", href=f"{base}/feed.atom")
    _text(
        root,
        "updated",
        max((s.updated_at or "" for s in summaries), default="1970-01-01T00:00:00+00:00"),
    )
    author = ET.SubElement(root, f"{{{ATOM}}}author")
    _text(author, "name", "storyline")
    for summary in summaries:
        root.append(_entry(base, summary))
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


def _entry(base: str, summary: StorySummary) -> ET.Element:
    entry = ET.Element(f"{{{ATOM}}}entry")
    link = f"{base}/stories/{quote(summary.id, safe='')}"
    _text(entry, "title", summary.title)
    _text(entry, "id", f"urn:storyline:{summary.id}")
    _text(entry, "updated", summary.updated_at or EPOCH)
    ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=link)
    _text(entry, "summary", summary.summary)
    for name in summary.entities[:5]:
        ET.SubElement(entry, f"{{{ATOM}}}category", term=name)
    return entry


def _text(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = value
