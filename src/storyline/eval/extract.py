"""Main-text and metadata extraction scored on Mozilla Readability's test pages.

Body: bag-of-words token precision, recall and F1 of the extracted text against the text
of ``expected.html`` (as the Scrapinghub article-extraction benchmark scores it), averaged
over pages; plain ``trafilatura.extract`` is scored the same way in the same run.
Metadata: accuracy over the pages whose ``expected-metadata.json`` gives the field: title
and byline equal after folding case, accents and white space (``relaxed``: one contains the
other); published date equal to the day.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura

from storyline.compare.support import normalise
from storyline.eval.metrics import token_f1
from storyline.extract import clean
from storyline.extract.dates import iso_date
from storyline.extract.words import words
from storyline.model import Article, RawDocument


@dataclass(slots=True)
class Page:
    name: str
    html: str
    expected_text: str
    meta: dict[str, Any]


def load_pages(root: Path) -> list[Page]:
    folder = root / "test-pages" if (root / "test-pages").is_dir() else root
    pages = []
    for page_dir in sorted(p for p in folder.iterdir() if (p / "source.html").exists()):
        expected = lxml.html.fromstring((page_dir / "expected.html").read_bytes())
        meta_path = page_dir / "expected-metadata.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        html = (page_dir / "source.html").read_text(encoding="utf-8", errors="replace")
        pages.append(Page(page_dir.name, html, expected.text_content(), meta))
    return pages


def score(root: Path) -> dict[str, Any]:
    pages = load_pages(root)
    ours: list[tuple[float, float, float]] = []
    plain: list[tuple[float, float, float]] = []
    fields: dict[str, list[tuple[bool, bool]]] = {"title": [], "byline": [], "published": []}
    for page in pages:
        gold = words(page.expected_text)
        # The extractor is scored on what it extracts; the article-size policy that
        # ``ingest`` applies afterwards (too short to be an article) is not its concern.
        article = clean(RawDocument(source=page.name, kind="html", body=page.html))
        ours.append(token_f1(words(article.text), gold))
        plain.append(token_f1(words(trafilatura.extract(page.html) or ""), gold))
        _score_metadata(article, page.meta, fields)
    return {
        "pages": len(pages),
        "body": _mean(ours),
        "body_plain_trafilatura": _mean(plain),
        **{name: _accuracy(marks) for name, marks in fields.items()},
    }


def _score_metadata(
    article: Article, meta: dict[str, Any], fields: dict[str, list[tuple[bool, bool]]]
) -> None:
    for name, predicted in (("title", article.title), ("byline", article.author)):
        expected = meta.get(name)
        if expected:
            fields[name].append(_name_match(predicted, expected))
    if meta.get("publishedTime"):
        right = article.published == iso_date(str(meta["publishedTime"]))
        fields["published"].append((right, right))


def _name_match(predicted: str | None, expected: str) -> tuple[bool, bool]:
    if not predicted:
        return False, False
    x, y = normalise(predicted), normalise(expected)
    return x == y, bool(x and y) and (x in y or y in x)


def _mean(scores: list[tuple[float, float, float]]) -> dict[str, float]:
    count = max(len(scores), 1)
    return {
        key: round(sum(s[i] for s in scores) / count, 3)
        for i, key in enumerate(("precision", "recall", "f1"))
    }


def _accuracy(marks: list[tuple[bool, bool]]) -> dict[str, float | int]:
    count = max(len(marks), 1)
    return {
        "pages": len(marks),
        "exact": round(sum(m[0] for m in marks) / count, 3),
        "relaxed": round(sum(m[1] for m in marks) / count, 3),
    }
