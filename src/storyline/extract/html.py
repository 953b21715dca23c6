"""HTML pages: main text with trafilatura, metadata from the page's own declarations.

Explicit metadata (JSON-LD, OpenGraph, ``<meta>`` tags, ``<time>``) is preferred over
anything guessed. trafilatura's own date guess is not used: it has been seen to take a
copyright year for the publication date.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

import lxml.html
import trafilatura

log = logging.getLogger(__name__)

ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "blogposting",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "webpage",
}
DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
    "publication_date",
)
AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "byl", "sailthru.author")
SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher")
TITLE_META = ("og:title", "twitter:title", "dc.title", "headline")


@dataclass(slots=True)
class HtmlArticle:
    text: str
    title: str | None
    author: str | None
    outlet: str | None
    published: str | None  # ISO date from explicit metadata only
    url: str | None


def extract_html(html: str, url: str | None = None) -> HtmlArticle:
    """Main text and metadata of one HTML page."""
    meta = read_page_metadata(html)
    text = _main_text(html, url)
    return HtmlArticle(
        text=text,
        title=meta.get("title"),
        author=meta.get("author"),
        outlet=meta.get("outlet"),
        published=meta.get("published"),
        url=meta.get("url") or url,
    )


def _main_text(html: str, url: str | None) -> str:
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        with_metadata=False,
        date_extraction_params={"extensive_search": False},
    )
    if doc is None:
        return ""
    fields = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return str(fields.get("text") or "")


def read_page_metadata(html: str) -> dict[str, str]:
    """Title, author, outlet, date and canonical URL, most explicit source first."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return {}
    found: dict[str, str] = {}
    for key, value in _json_ld_fields(tree).items():
        found.setdefault(key, value)
    for key, value in _meta_fields(tree).items():
        found.setdefault(key, value)
    for key, value in _page_fields(tree).items():
        found.setdefault(key, value)
    if "published" in found:
        found["published"] = found["published"][:10]
    return {k: v for k, v in found.items() if v}


def _json_ld_fields(tree: Any) -> dict[str, str]:
    fields: dict[str, str] = {}
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "")
        except json.JSONDecodeError:
            continue
        for item in _json_ld_items(data):
            if _ld_type(item) & ARTICLE_TYPES:
                _merge_ld_article(item, fields)
    return fields


def _json_ld_items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [x for d in data for x in _json_ld_items(d)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [data, *(_json_ld_items(graph) if graph else [])]
    return []


def _ld_type(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def _merge_ld_article(item: dict[str, Any], fields: dict[str, str]) -> None:
    fields.setdefault("title", _ld_text(item.get("headline") or item.get("name")))
    fields.setdefault("published", _ld_text(item.get("datePublished")))
    fields.setdefault("author", _ld_name(item.get("author")))
    fields.setdefault("outlet", _ld_name(item.get("publisher")))
    fields.setdefault("url", _ld_text(item.get("url")))
    for key in [k for k, v in fields.items() if not v]:
        del fields[key]


def _ld_text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _ld_name(value: Any) -> str:
    """Names from an author/publisher field: a string, an object or a list of either."""
    if isinstance(value, list):
        return ", ".join(n for n in (_ld_name(v) for v in value) if n)
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    return _ld_text(value)


def _meta_fields(tree: Any) -> dict[str, str]:
    tags: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key and key not in tags:
            tags[key] = " ".join(meta.get("content", "").split())
    fields: dict[str, str] = {}
    for field, keys in (
        ("published", DATE_META),
        ("author", AUTHOR_META),
        ("outlet", SITE_META),
        ("title", TITLE_META),
    ):
        value = next((tags[k] for k in keys if tags.get(k)), "")
        if value:
            fields[field] = value
    if tags.get("og:url"):
        fields["url"] = tags["og:url"]
    return fields


def _page_fields(tree: Any) -> dict[str, str]:
    fields: dict[str, str] = {}
    times = tree.xpath("//article//time[@datetime]/@datetime | //time[@pubdate]/@datetime")
    if times:
        fields["published"] = str(times[0]).strip()
    heads = tree.xpath("//h1")
    if heads:
        fields["title"] = " ".join(heads[0].text_content().split())
    elif tree.find(".//title") is not None:
        fields["title"] = " ".join((tree.find(".//title").text or "").split())
    authors = tree.xpath('//*[@rel="author"] | //*[contains(@class, "byline")]')
    if authors:
        byline = " ".join(authors[0].text_content().split())
        fields["author"] = byline.removeprefix("By ").removeprefix("by ")
    return fields
