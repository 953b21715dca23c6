"""Briefings as Markdown, JSON and HTML. Article text is untrusted: HTML escapes all of it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from html import escape
from typing import Any

from storyline.extract.words import first_words
from storyline.model import Briefing, BriefSentence, Source, TimelineEntry


def to_json(briefing: Briefing) -> str:
    return json.dumps(briefing.to_dict(), ensure_ascii=False, indent=2)


def _cites(sentence: BriefSentence) -> str:
    numbers = sorted({c.n for c in sentence.citations})
    return "".join(f"[{n}]" for n in numbers) + more_sources(sentence)


def more_sources(sentence: BriefSentence) -> str:
    """What follows the citations when some supporters are not cited one by one
    ("and 4 more sources")."""
    n = sentence.more_sources
    return f" and {n} more source{'s' if n > 1 else ''}" if n else ""


def _md_sentence(sentence: BriefSentence) -> str:
    flag = f" *({flag_text(sentence)})*" if sentence.flag else ""
    return f"{sentence.text} {_cites(sentence)}{flag}"


def flag_text(sentence: BriefSentence) -> str:
    """The flag in words, naming the sources behind it: "contested by [3]: “…”",
    "reported by [2][4], not confirmed", "single source"."""
    if sentence.contested_by:
        return "; ".join(
            f"contested by [{c.n}]: “{first_words(c.text, 30)}”" for c in sentence.contested_by
        )
    if sentence.flag == "not confirmed" and sentence.discussed_by:
        numbers = "".join(f"[{n}]" for n in sentence.discussed_by)
        return f"reported by {numbers}, not confirmed"
    return sentence.flag or ""


def _md_entry(entry: TimelineEntry) -> str:
    return f"- **{entry.date or 'undated'}**: {_md_sentence(entry.text)}"


def to_markdown(briefing: Briefing) -> str:
    lines = [
        f"# {briefing.title}",
        "",
        _md_sentence(briefing.summary),
        "",
        f"## {briefing.headline}",
        "",
    ]
    lines += [_md_sentence(s) + "\n" for s in briefing.main]
    if briefing.developments:
        lines += ["## Additional developments", ""]
        lines += [_md_entry(e) for e in briefing.developments] + [""]
    if briefing.reactions:
        lines += ["## Reactions and implications", ""]
        lines += [_md_sentence(s) + "\n" for s in briefing.reactions]
    lines += ["## Timeline", ""] + [_md_entry(e) for e in briefing.timeline] + [""]
    if briefing.quotes:
        lines += ["## Key quotes", ""]
        for quote in briefing.quotes:
            lines.append(
                f"- “{quote.text}” — {quote.speaker} [{quote.citation.n}]"
                f" ({quote.status.replace('_', ' ')})"
            )
        lines.append("")
    lines += _md_flags(briefing)
    lines += ["## Sources", "", source_count(briefing), ""]
    for source in briefing.sources:
        copy = (
            f", copy of [{_number_of(briefing, source.duplicate_of)}]"
            if source.duplicate_of
            else ""
        )
        lines.append(
            f"{source.n}. {source.outlet or 'unknown outlet'}: "
            f"{source.title or '(untitled)'} ({source_date(source)};"
            f" {source.independence}{copy})"
        )
    return _md_escape_html("\n".join(lines).rstrip() + "\n")


def _md_escape_html(markdown: str) -> str:
    """Markdown viewers render raw HTML: a ``<script>`` in an article must reach them as
    text. The Markdown writer emits no HTML of its own, so every ``<``, ``>`` and ``&`` in
    its output comes from source text and is escaped."""
    return markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# A reader takes in a handful of flags per section; the JSON keeps them all, and says how
# many there are.
SHOWN_FLAGS = 5


def shown_count(shown: int, total: int) -> str:
    """ " (5 shown of 52)" when a section shows fewer than it has (the JSON lists them)."""
    return f" ({shown} shown of {total})" if total > shown else ""


def _shown_of(items: Sequence[object]) -> str:
    return shown_count(min(SHOWN_FLAGS, len(items)), len(items))


def _md_flags(briefing: Briefing) -> list[str]:
    lines: list[str] = []
    contradicted = briefing.contradicted_claims
    if contradicted:
        shown = _shown_of(contradicted)
        lines += [f"## Claims sources contradict{shown}", ""]
        for claim in contradicted[:SHOWN_FLAGS]:
            lines.append(f"- {claim.text} [{_number_of(briefing, claim.article_id)}]")
            for source, evidence in zip(claim.contradicted_by, claim.evidence, strict=False):
                lines.append(f"  - [{_number_of(briefing, source)}] says: “{evidence}”")
        lines.append("")
    quotes = briefing.unverified_quotes
    if quotes:
        shown = _shown_of(quotes)
        lines += [f"## Quotes no other source has{shown}", ""]
        for quote in quotes[:SHOWN_FLAGS]:
            n = _number_of(briefing, quote.article_id)
            lines.append(f"- “{quote.text}” — {quote.speaker or 'unattributed'} [{n}]")
        lines.append("")
    claims = briefing.single_source_claims
    if claims:
        lines += [f"## Claims only one source makes{_listed(briefing)}", ""]
        for claim in claims[:SHOWN_FLAGS]:
            lines.append(f"- {claim.text} [{_number_of(briefing, claim.article_id)}]")
        lines.append("")
    return lines


def _listed(briefing: Briefing) -> str:
    """How many of the single-source claims are shown, when not all are."""
    listed = len(briefing.single_source_claims)
    return shown_count(min(SHOWN_FLAGS, listed), listed + briefing.single_source_more)


def _number_of(briefing: Briefing, article_id: str | None) -> int | str:
    return next((s.n for s in briefing.sources if s.article_id == article_id), "?")


# --- HTML --------------------------------------------------------------------------------


def _html_sentence(sentence: BriefSentence) -> str:
    cites = "".join(
        f'<a class="cite" href="#source-{n}">[{n}]</a>'
        for n in sorted({c.n for c in sentence.citations})
    )
    flag = f' <span class="flag">{escape(flag_text(sentence))}</span>' if sentence.flag else ""
    return f"{escape(sentence.text)} {cites}{more_sources(sentence)}{flag}"


def _html_entries(entries: list[TimelineEntry]) -> str:
    items = "".join(
        f"<li><time>{escape(e.date or 'undated')}</time> {_html_sentence(e.text)}</li>"
        for e in entries
    )
    return f"<ul class='timeline'>{items}</ul>"


def to_html(briefing: Briefing, standalone: bool = True) -> str:
    parts = [
        f"<article class='briefing'><h1>{escape(briefing.title)}</h1>",
        f"<p class='summary'>{_html_sentence(briefing.summary)}</p>",
        f"<h2>{escape(briefing.headline)}</h2>",
    ]
    parts += [f"<p>{_html_sentence(s)}</p>" for s in briefing.main]
    if briefing.developments:
        parts += ["<h2>Additional developments</h2>", _html_entries(briefing.developments)]
    if briefing.reactions:
        parts += ["<h2>Reactions and implications</h2>"]
        parts += [f"<p>{_html_sentence(s)}</p>" for s in briefing.reactions]
    parts += ["<h2>Timeline</h2>", _html_entries(briefing.timeline)]
    if briefing.quotes:
        items = "".join(
            f"<li><q>{escape(q.text)}</q> — {escape(q.speaker or '')} "
            f"<a class='cite' href='#source-{q.citation.n}'>[{q.citation.n}]</a> "
            f"<span class='status'>{escape(q.status.replace('_', ' '))}</span></li>"
            for q in briefing.quotes
        )
        parts += ["<h2>Key quotes</h2>", f"<ul>{items}</ul>"]
    parts += _html_flags(briefing)
    sources = "".join(
        f"<li id='source-{s.n}'>{escape(s.outlet or 'unknown outlet')}: "
        f"{escape(s.title or '(untitled)')} ({escape(source_date(s))}; "
        f"{escape(s.independence)})</li>"
        for s in briefing.sources
    )
    parts += [
        "<h2>Sources</h2>",
        f"<p>{escape(source_count(briefing))}</p><ol>{sources}</ol></article>",
    ]
    body = "\n".join(parts)
    if not standalone:
        return body
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(briefing.title)}</title><style>{CSS}</style></head>"
        f"<body>{body}</body></html>\n"
    )


def _html_flags(briefing: Briefing) -> list[str]:
    parts: list[str] = []
    contradicted = briefing.contradicted_claims
    if contradicted:
        items = "".join(
            f"<li>{escape(c.text)} [{_number_of(briefing, c.article_id)}]<ul>"
            + "".join(
                f"<li>[{_number_of(briefing, source)}] says: <q>{escape(evidence)}</q></li>"
                for source, evidence in zip(c.contradicted_by, c.evidence, strict=False)
            )
            + "</ul></li>"
            for c in contradicted[:SHOWN_FLAGS]
        )
        shown = _shown_of(contradicted)
        parts += [
            f"<h2>Claims sources contradict{escape(shown)}</h2>",
            f"<ul class='flags'>{items}</ul>",
        ]
    quotes = briefing.unverified_quotes
    if quotes:
        items = "".join(
            f"<li><q>{escape(q.text)}</q> — {escape(q.speaker or 'unattributed')}"
            f" [{_number_of(briefing, q.article_id)}]</li>"
            for q in quotes[:SHOWN_FLAGS]
        )
        shown = _shown_of(quotes)
        parts += [
            f"<h2>Quotes no other source has{escape(shown)}</h2>",
            f"<ul class='flags'>{items}</ul>",
        ]
    if briefing.single_source_claims:
        items = "".join(
            f"<li>{escape(c.text)} [{_number_of(briefing, c.article_id)}]</li>"
            for c in briefing.single_source_claims[:SHOWN_FLAGS]
        )
        heading = f"Claims only one source makes{_listed(briefing)}"
        parts += [f"<h2>{escape(heading)}</h2>", f"<ul class='flags'>{items}</ul>"]
    return parts


CSS = """body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}
.cite{font-size:.8em;text-decoration:none}.flag,.status{font-size:.8em;color:#a33}
time{font-weight:600;margin-right:.4em}.summary{font-size:1.1em;color:#333}"""


def render(briefing: Briefing, fmt: str) -> str:
    renderers: dict[str, Any] = {"md": to_markdown, "json": to_json, "html": to_html}
    if fmt not in renderers:
        raise ValueError(f"unknown format {fmt!r}: use md, json or html")
    return str(renderers[fmt](briefing))


def source_date(source: Source) -> str:
    """ "2024-10-17", "2024-10-17/2024-10-18, inferred from the text" or "undated"."""
    if not source.published:
        return "undated"
    if source.published_source == "inferred":
        return f"{source.published}, inferred from the text"
    return source.published


def source_count(briefing: Briefing) -> str:
    """How many articles and how many independent sources (a copy counts with its original)."""
    articles = len(briefing.sources)
    independent = len({s.duplicate_of or s.article_id for s in briefing.sources})
    return f"{_count(articles, 'article')} from {_count(independent, 'independent source')}."


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
