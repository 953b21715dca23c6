"""Articles to and from the JSON kept in the store's ``record`` column."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from storyline.model import Article, Entity, Quote, TimeExpr


def article_to_json(article: Article) -> str:
    return json.dumps(asdict(article), ensure_ascii=False)


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
    return Article(**fields)
