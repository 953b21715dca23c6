"""HTML pages: main text with trafilatura, metadata from the page's own declarations.

Explicit metadata (JSON-LD, OpenGraph, ``<meta>`` tags, ``<time>``) is preferred over
anything guessed. trafilatura's own date guess is not used: it has been seen to take a
copyright year for the publication date.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any

import lxml.etree
import trafilatura

from storyline.extract.dates import iso_date
from storyline.extract.text import is_title

log = logging.getLogger(__name__)

ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "blogposting",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "webpage",
    "socialmediaposting",
}
# Pages wrap JSON-LD in CDATA sections or HTML comments for old parsers.
LD_WRAPPER = re.compile(r"<!\[CDATA\[|\]\]>|<!--|-->")
DATE_META = (
    "article:published_time",
    "article:publicationdate",  # News Corp's pages ("Fri Mar 13 21:30:09 EST 2015")
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
AUTHOR_META = (
    "dc:creator",
    "dcterm:creator",
    "author",
    "article:author",
    "dc.creator",
    "parsely-author",
    "byl",
    "sailthru.author",
)
SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher")
# The page's section as its publisher names it ("Opinion", "Politics").
SECTION_META = ("article:section", "og:article:section", "parsely-section", "section")
# A page typed as opinion in its JSON-LD, whatever section it names (``_ld_section``).
OPINION_TYPES = {"opinionnewsarticle"}
TITLE_META = ("dc:title", "dcterm:title", "dc.title", "og:title", "twitter:title", "headline")


@dataclass(slots=True)
class HtmlArticle:
    text: str
    title: str | None
    author: str | None
    outlet: str | None
    published: str | None  # ISO date from explicit metadata only
    url: str | None
    section: str | None = None  # the publisher's section ("Opinion"), from the metadata
    # The page declared a title (<title>, og:title, a JSON-LD headline) but none was a
    # headline: a URL, a file name or a date.
    title_rejected: bool = False


def extract_html(html: str, url: str | None = None) -> HtmlArticle:
    """Main text and metadata of one HTML page (the page is parsed once for both)."""
    tree = _parse(html)
    meta = page_metadata(tree) if tree is not None else {}
    text = _main_text(tree, html, url) if tree is not None else ""
    return HtmlArticle(
        text=text,
        title=meta.get("title"),
        author=meta.get("author"),
        outlet=meta.get("outlet"),
        published=iso_date(meta.get("published")),
        url=meta.get("url") or url,
        section=meta.get("section"),
        title_rejected="title" not in meta and tree is not None and _declares_title(tree),
    )


def _declares_title(tree: Any) -> bool:
    declared = tree.xpath(
        "//title/text() | //meta[@property='og:title' or @name='og:title']/@content"
    )
    ld_headline = any(
        _ld_text(item.get("headline"))
        for script in tree.xpath('//script[@type="application/ld+json"]')
        for item in _json_ld_items(_loads(script.text_content() or ""))
    )
    return ld_headline or any(str(t).strip() for t in declared)


def _loads(text: str) -> Any:
    try:
        return json.loads(LD_WRAPPER.sub("", text))
    except json.JSONDecodeError:
        return None


def _parse(html: str) -> Any:
    """The page's tree as trafilatura parses it (encoding guessed, broken markup repaired)."""
    try:
        return trafilatura.load_html(html)
    except (lxml.etree.ParserError, ValueError, TypeError):
        return None


# trafilatura's fast path (its own main extractor, no readability/jusText comparison) is
# kept when it yields at least a short news report; below that, the page is run through
# the whole cascade, whose comparison rescues pages where the main extractor lost the
# article. On the Readability pages body F1 is the same for any bar from 500 to 2,000
# characters (README), so the bar is not balanced on a few pages; 500 characters is about
# 80 words, twice trafilatura's own minimum extraction size.
FAST_PATH_MIN_CHARS = 500


def _main_text(tree: Any, html: str, url: str | None) -> str:
    # Metadata was read first: trafilatura prunes the tree it is given in place.
    text = _trafilatura_text(tree, url, fast=True)
    if len(text) >= FAST_PATH_MIN_CHARS:
        return text
    return _trafilatura_text(html, url, fast=False)


def _trafilatura_text(page: Any, url: str | None, *, fast: bool) -> str:
    doc = trafilatura.bare_extraction(
        page,
        url=url,
        fast=fast,
        include_comments=False,
        with_metadata=False,
        date_extraction_params={"extensive_search": False},
    )
    if doc is None:
        return ""
    fields = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return str(fields.get("text") or "")


def page_metadata(tree: Any) -> dict[str, str]:
    """Title, author, outlet, date and canonical URL, most explicit source first."""
    found: dict[str, str] = {}
    for key, value in _json_ld_fields(tree).items():
        found.setdefault(key, value)
    for key, value in _meta_fields(tree).items():
        found.setdefault(key, value)
    for key, value in _page_fields(tree).items():
        found.setdefault(key, value)
    # The date stays as written; extract normalises it (iso_date) and drops what is not
    # a complete date.
    if "author" in found:
        found["author"] = clean_author(found["author"])
    return {k: v for k, v in found.items() if v}


def _json_ld_fields(tree: Any) -> dict[str, str]:
    fields: dict[str, str] = {}
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(LD_WRAPPER.sub("", script.text_content() or ""))
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
    titles = (_ld_text(item.get("headline")), _ld_text(item.get("name")))
    fields.setdefault("title", next((t for t in titles if is_title(t)), ""))
    fields.setdefault("published", _ld_text(item.get("datePublished")))
    fields.setdefault("author", _ld_name(item.get("author")))
    fields.setdefault("outlet", _ld_name(item.get("publisher")))
    fields.setdefault("url", _ld_text(item.get("url")))
    fields.setdefault("section", _ld_section(item))
    for key in [k for k, v in fields.items() if not v]:
        del fields[key]


def _ld_section(item: dict[str, Any]) -> str:
    """The article's section (``articleSection``: a string, an object with a name, or a
    list of either, the first named); an ``OpinionNewsArticle`` is in "Opinion", before
    the section it names ("Opinion / Politics")."""
    value = item.get("articleSection")
    names = value if isinstance(value, list) else [value]
    named = next((n for n in (_ld_name(v) for v in names) if n), "")
    if _ld_type(item) & OPINION_TYPES and "opinion" not in named.lower():
        named = f"Opinion / {named}" if named else "Opinion"
    return named


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
        ("section", SECTION_META),
    ):
        found = (tags[k] for k in keys if tags.get(k))
        value = next((v for v in found if field != "title" or is_title(v)), "")
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
    # The document title is the page's declared title; the first <h1> of a page is as
    # often a site or section name, so it only stands in when there is no <title>, or
    # when the <title> is the page's URL, file name or a date rather than a headline.
    title = tree.find(".//title")
    declared = " ".join((title.text or "").split()) if title is not None else ""
    headings = [" ".join(h.text_content().split()) for h in tree.xpath("//h1")[:1]]
    usable = [t for t in (declared, *headings) if is_title(t)]
    if usable:
        fields["title"] = usable[0]
    for path in BYLINE_PATHS:
        found = [clean_author(n.text_content()) for n in tree.xpath(path)]
        names = [n for n in found if n and len(n.split()) <= MAX_NAME_WORDS]
        if names:
            fields["author"] = names[0]
            break
    return fields


# Where pages mark their byline, most explicit first.
BYLINE_PATHS = (
    '//*[@itemprop="author"]//*[@itemprop="name"]',
    '//*[@itemprop="author"]',
    '//*[@rel="author"]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " byline ")]',
    '//*[contains(@class, "byline") or contains(@id, "byline")]',
    '//*[contains(@class, "author") and not(self::body) and not(self::article)]',
)
# A byline longer than this is a paragraph that happens to sit in an author box.
MAX_NAME_WORDS = 8
# "By", and French and Spanish pages' "Par" and "Por" ("Par Sébastien Farcis").
BYLINE_PREFIX = re.compile(r"^\s*(?:by|posted by|written by|from|par|por)\s+(?=\S)", re.IGNORECASE)
# What follows a name in a byline: a role after a comma, a date after a dash or a digit,
# or a month's name after two words of the name ("GILLIAN MOHNEY March 11, 2015", once the
# figures are gone; "April Ryan" keeps her first name).
BYLINE_TAIL = re.compile(r"\s*(?:,|\s[-–—|]\s|\d).*$", re.DOTALL)
MONTH_DATE = re.compile(
    r"(?<=\S)\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+"
    # a day and its comma or year, or a year ("Brian May 4 min read" keeps Brian May)
    r"(?:\d{1,2}(?:st|nd|rd|th)?(?:,|\s+\d{4})|\d{4}).*$",
    re.IGNORECASE | re.DOTALL,
)
# A date stamp in an author box is no name ("Last Updated: January 7, 2025").
NOT_A_BYLINE = re.compile(
    r"\b(?:last\s+|first\s+)?(?:updated|published|posted on|modified)\b", re.IGNORECASE
)


def clean_author(value: str) -> str:
    """A person's name from a byline: no "By", no role, date or URL; none where what is
    left is no name (a date stamp, a commenter's initials "J J")."""
    text = " ".join(value.split())
    if text.lower().startswith(("http://", "https://", "www.")):
        return ""
    # (a month goes only with the date it opens: "Sarah May" keeps her name)
    text = BYLINE_TAIL.sub("", MONTH_DATE.sub("", BYLINE_PREFIX.sub("", text)))
    text = text.strip(" -–—|,")
    if stamp := NOT_A_BYLINE.search(text):
        # a date stamp: what stands before it is the name ("By Jane Doe Updated 3:00 PM")
        text = text[: stamp.start()].strip(" -–—|,")
    if not any(len(word.strip(".")) >= 2 for word in text.split()):
        return ""  # initials alone name no one a reader can find
    return text
