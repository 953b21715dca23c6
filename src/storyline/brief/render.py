"""Briefings as Markdown, JSON and HTML.

Markdown and HTML render one view of the briefing (``brief/view.py``) through Jinja2
templates (``brief/templates``), the same view and HTML template the web page renders, so
the three show the same sections. Article text is untrusted: the HTML template escapes all
of it, and the Markdown escapes ``<``, ``>`` and ``&``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from storyline.brief.view import (
    SHOWN_FLAGS,
    BriefingView,
    build_view,
    flag_text,
    shown_count,
)
from storyline.brief.view import more_sources as _more_sources
from storyline.brief.view import (
    source_count as count_sources,
)
from storyline.model import Briefing, BriefSentence, Citation, Source

__all__ = [
    "SHOWN_FLAGS",
    "briefing_view",
    "flag_text",
    "markdown_words",
    "more_sources",
    "render",
    "shown_count",
    "source_count",
    "source_date",
    "to_html",
    "to_json",
    "to_markdown",
]


def source_date(source: Source) -> str:
    """ "2024-10-17", "2024-10-17/2024-10-18, inferred from the text" or "undated"."""
    if not source.published:
        return "undated"
    if source.published_source == "inferred":
        return f"{source.published}, inferred from the text"
    return source.published


def _environment(autoescape: bool) -> Environment:
    env = Environment(
        loader=PackageLoader("storyline.brief", "templates"),
        autoescape=select_autoescape(["html", "html.j2"], default=autoescape),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["source_date"] = source_date
    return env


MARKDOWN = _environment(autoescape=False)
# The template writes a blank line after each paragraph and before each heading: one only.
BLANK_LINES = re.compile(r"\n{3,}")
HTML = _environment(autoescape=True)


def more_sources(sentence: BriefSentence) -> str:
    """What follows the citations when some supporters are not cited one by one
    (" and 4 more sources")."""
    text = _more_sources(sentence)
    return f" {text}" if text else ""


def to_json(briefing: Briefing) -> str:
    return json.dumps(briefing.to_dict(), ensure_ascii=False, indent=2)


def markdown_of(view: BriefingView) -> str:
    text = MARKDOWN.get_template("briefing.md.j2").render(v=view)
    return _md_escape_html(BLANK_LINES.sub("\n\n", text).rstrip() + "\n")


def markdown_words(view: BriefingView) -> int:
    return len(markdown_of(view).split())


def briefing_view(briefing: Briefing) -> BriefingView:
    """The briefing as every format shows it, within its word budgets."""
    return build_view(briefing, markdown_words)


def to_markdown(briefing: Briefing) -> str:
    return markdown_of(briefing_view(briefing))


def _md_escape_html(markdown: str) -> str:
    """Markdown viewers render raw HTML: a ``<script>`` in an article must reach them as
    text. The Markdown writer emits no HTML of its own, so every ``<`` and ``>`` in its
    output comes from source text and is escaped, and so is an ``&`` that would open a
    character reference ("&lt;" in an article stays those four characters); any other
    ``&`` is text as it stands, for the reader of the file too ("Fox & Friends" had read
    "Fox &amp; Friends", a July 2016 reader's find)."""
    escaped = REFERENCE_OPENING.sub("&amp;", markdown)
    return escaped.replace("<", "&lt;").replace(">", "&gt;")


# An "&" that a Markdown viewer would read as the start of a character reference.
REFERENCE_OPENING = re.compile(r"&(?=#?\w+;)")


def _file_cite(citation: Citation) -> str:
    return f"#source-{citation.n}"


def briefing_html(
    view: BriefingView,
    cite_href: Callable[[Citation], str] = _file_cite,
    extra: dict[str, Any] | None = None,
) -> str:
    """The briefing's HTML (an ``<article>``), as the file and the web page show it."""
    template = HTML.get_template("briefing.html.j2")
    return template.render(v=view, cite_href=cite_href, extra=extra or {})


def to_html(briefing: Briefing, standalone: bool = True) -> str:
    view = briefing_view(briefing)
    body = briefing_html(view)
    if not standalone:
        return body
    title = HTML.from_string("{{ t }}").render(t=view.title)
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title><style>{CSS}</style></head>"
        f"<body>{body}</body></html>\n"
    )


CSS = """body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}
.cite{font-size:.8em;text-decoration:none}.flag,.status{font-size:.8em;color:#a33}
time{font-weight:600;margin-right:.4em}.summary{font-size:1.1em;color:#333}
summary h2{display:inline;font-size:1.2em}details.list{margin:1em 0}"""


def render(briefing: Briefing, fmt: str) -> str:
    renderers: dict[str, Any] = {"md": to_markdown, "json": to_json, "html": to_html}
    if fmt not in renderers:
        raise ValueError(f"unknown format {fmt!r}: use md, json or html")
    return str(renderers[fmt](briefing))


def source_count(briefing: Briefing) -> str:
    """How many articles and how many independent sources (a copy counts with its original)."""
    return count_sources(briefing.sources)
