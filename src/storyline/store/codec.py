"""Articles to and from the JSON kept in the store's ``record`` column."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from storyline.model import (
    Article,
    Briefing,
    BriefSentence,
    CheckedQuote,
    Citation,
    Claim,
    Contest,
    Entity,
    KeyQuote,
    Quote,
    Source,
    TimeExpr,
    TimelineEntry,
)

# Field names in declaration order, as ``dataclasses.asdict`` gives them.
_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))
_ENTITY_FIELDS = tuple(f.name for f in fields(Entity))
_QUOTE_FIELDS = tuple(f.name for f in fields(Quote))
_TIME_FIELDS = tuple(f.name for f in fields(TimeExpr))


def article_to_json(article: Article) -> str:
    """The article as ``json.dumps(asdict(article))`` writes it. Built by hand: ``asdict``
    deep-copies every value it meets, three quarters of the time of storing an article,
    which each stage does once per article (the dump reads the values, copies need not
    be made)."""
    data = {name: getattr(article, name) for name in _ARTICLE_FIELDS}
    data["entities"] = [_fields_of(entity, _ENTITY_FIELDS) for entity in article.entities]
    data["quotes"] = [_fields_of(quote, _QUOTE_FIELDS) for quote in article.quotes]
    data["times"] = [_fields_of(time, _TIME_FIELDS) for time in article.times]
    return json.dumps(data, ensure_ascii=False)


def _fields_of(item: object, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(item, name) for name in names}


def article_from_json(text: str) -> Article:
    return article_from_dict(json.loads(text))


def article_from_dict(data: dict[str, Any]) -> Article:
    fields = dict(data)
    fields["entities"] = [Entity(**e) for e in fields.get("entities", [])]
    fields["quotes"] = [Quote(**q) for q in fields.get("quotes", [])]
    fields["times"] = [TimeExpr(**t) for t in fields.get("times", [])]
    if fields.get("published_range"):
        fields["published_range"] = tuple(fields["published_range"])
    fields["sentences"] = [tuple(s) for s in fields.get("sentences", [])]
    fields["date_lines"] = _date_lines(fields)
    return Article(**fields)


def _date_lines(fields: dict[str, Any]) -> list[str]:
    """The article's date lines; records stored before they were a field of their own
    carry them in ``extra`` (where the extract stage put them), and are read so."""
    if "date_lines" in fields:
        return list(fields["date_lines"])
    extra = fields.get("extra") or {}
    lines = extra.get("date_lines")
    if isinstance(lines, list) and all(isinstance(line, str) for line in lines):
        fields["extra"] = {k: v for k, v in extra.items() if k != "date_lines"}
        return lines
    return []


def briefing_from_dict(data: dict[str, Any]) -> Briefing:
    """The inverse of ``Briefing.to_dict`` (the JSON kept in the store)."""

    def sentence(d: dict[str, Any]) -> BriefSentence:
        citations = [Citation(**c) for c in d["citations"]]
        contested = [Contest(**c) for c in d.get("contested_by", [])]
        return BriefSentence(
            d["text"],
            citations,
            d.get("flag"),
            d.get("more_sources", 0),
            contested,
            d.get("discussed_by", []),
            d.get("when"),
            d.get("when_reported", False),
        )

    def entries(items: list[dict[str, Any]]) -> list[TimelineEntry]:
        return [
            TimelineEntry(e["event_id"], e["date"], sentence(e["text"]), e.get("reported", False))
            for e in items
        ]

    return Briefing(
        storyline_id=data["storyline_id"],
        title=data["title"],
        summary=sentence(data["summary"]),
        headline=data["headline"],
        main=[sentence(s) for s in data["main"]],
        developments=entries(data["developments"]),
        reactions=[sentence(s) for s in data["reactions"]],
        timeline=entries(data["timeline"]),
        quotes=[
            KeyQuote(
                q["text"],
                q["speaker"],
                Citation(**q["citation"]),
                q["status"],
                q.get("sentence"),
                q.get("when"),
                q.get("when_reported", False),
            )
            for q in data["quotes"]
        ],
        sources=[Source(**s) for s in data["sources"]],
        single_source_claims=[Claim(**c) for c in data["single_source_claims"]],
        contradicted_claims=[Claim(**c) for c in data["contradicted_claims"]],
        unverified_quotes=[CheckedQuote(**q) for q in data["unverified_quotes"]],
        single_source_more=data.get("single_source_more", 0),
        events_in_storyline=data.get("events_in_storyline", 0),
        reports_in_storyline=data.get("reports_in_storyline", 0),
    )
