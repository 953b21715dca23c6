"""Quotes and speakers scored on PolNeAR (brat standoff: Source, Cue, Content).

Each article text is read as is (so offsets align with the annotation). Rules:
* a gold attribution is direct when its content stands in quotation marks (its first
  character, or the character before it, is a quotation mark; or two typewriter marks,
  '' or ``, open it or stand before it), else indirect;
* only predicted quotes with a speaker are scored: a quoted phrase that nobody is said to
  have said (a title, a slogan, scare quotes) is not an attribution;
* a predicted quote matches a gold content when their character overlap is at least half
  of the shorter of the two. Recall of a kind counts the gold contents of that kind that
  a prediction of that kind matches (each at most once); precision of a kind counts the
  predictions of that kind that match a gold content of either kind (a partial quote
  inside reported speech, "X said the plan would “do nothing for the economy”", is one
  indirect attribution in PolNeAR);
* the speaker is right when the predicted speaker mention overlaps the gold source span,
  or the resolved speaker name shares a word of three or more letters, not a function
  word, with the gold source.
Precision, recall and F1 are reported for direct and indirect quotes separately, and
speaker accuracy over the matched quotes.

Besides reading only, the same texts are scored end to end (``stored``): written to
files, ingested as any article is (cleaning, title detection, dedupe), read and stored;
what the store holds (what ``export`` writes) is placed back on each original text and
scored the same way. Placing back is exact: cleaning keeps the lines it keeps word for word
and in order, so every offset of the stored text, a speaker mention's too, maps onto one of
the original. A quote lost or cut by cleaning counts as missed there.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.compare.support import normalise
from storyline.extract.words import STOPWORDS
from storyline.model import Article, Quote
from storyline.read import read_articles

QUOTE_MARKS = '“”"‘’«»'
ANNOTATOR_SUFFIX = re.compile(r"_[0-9a-f]{4}$")


@dataclass(slots=True)
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    direct: bool


@dataclass(slots=True)
class AttributedDoc:
    name: str
    text: str
    gold: list[GoldAttribution] = field(default_factory=list)


def load(root: Path, compartment: str = "dev") -> list[AttributedDoc]:
    """The articles of one PolNeAR compartment ("train" to tune on, "dev" to report), or
    of a folder that holds ``text/`` and ``attributions/`` itself."""
    folder = root / "data" / compartment
    folder = folder if folder.is_dir() else root
    docs = []
    for ann in sorted((folder / "attributions").glob("*.ann")):
        text_path = folder / "text" / (ANNOTATOR_SUFFIX.sub("", ann.stem) + ".txt")
        if text_path.exists():
            text = text_path.read_text(encoding="utf-8")
            docs.append(AttributedDoc(ann.stem, text, _attributions(ann, text)))
    return docs


def _attributions(path: Path, text: str) -> list[GoldAttribution]:
    spans: dict[str, list[tuple[int, int]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, offsets = parts[1].split(" ", 1)
            spans[parts[0]] = [
                (int(a), int(b)) for a, b in (frag.split() for frag in offsets.split(";"))
            ]
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    gold = []
    for relation in relations:
        content = spans.get(relation.get("Content", ""), [])
        if content:
            gold.append(
                GoldAttribution(
                    content, spans.get(relation.get("Source", ""), []), _is_direct(text, content)
                )
            )
    return gold


def _is_direct(text: str, content: list[tuple[int, int]]) -> bool:
    start = content[0][0]
    first = text[start : start + 1]
    before = text[start - 1 : start] if start > 0 else ""
    # Typewriter marks ('' and ``) open a quotation in some newsrooms' text (the NYT's).
    two, two_before = text[start : start + 2], text[max(0, start - 2) : start]
    typewriter = {"''", "``"}
    return first in QUOTE_MARKS or before in QUOTE_MARKS or bool({two, two_before} & typewriter)


def _overlap(span: tuple[int, int], fragments: list[tuple[int, int]]) -> int:
    return sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in fragments)


def _matches(quote: Quote, gold: GoldAttribution) -> bool:
    gold_length = sum(e - s for s, e in gold.content)
    shorter = min(quote.end - quote.start, gold_length)
    return shorter > 0 and _overlap((quote.start, quote.end), gold.content) >= shorter / 2


def _speaker_right(quote: Quote, gold: GoldAttribution, text: str) -> bool:
    if (
        quote.speaker_start is not None
        and quote.speaker_end is not None
        and _overlap((quote.speaker_start, quote.speaker_end), gold.source) > 0
    ):
        return True
    # Or by name; a function word ("the" of "The fracas" and "the real estate tycoon")
    # names nobody.
    source_words = {w for s, e in gold.source for w in normalise(text[s:e]).split()}
    said = {w for w in normalise(quote.speaker or "").split() if len(w) >= 3 and w not in STOPWORDS}
    return bool(said & source_words)


def score(root: Path, compartment: str = "dev", stored: bool = True) -> dict[str, Any]:
    """Reading only (each text read as is), and, with ``stored``, end to end: the texts
    written to files, ingested (cleaning, title detection), read and stored, and what the
    store holds (what ``export`` writes) scored against the same gold."""
    docs = load(root, compartment)
    articles = list(read_articles([Article(id=d.name, source=d.name, text=d.text) for d in docs]))
    scores = score_articles(docs, articles)
    if stored:
        scores["stored"] = score_articles(docs, _stored_articles(docs))
    return scores


def _stored_articles(docs: list[AttributedDoc]) -> list[Article]:
    """Each document's article as the store holds it after ingest, its quotes placed back
    on the document's own text (cleaning may change spacing and drop a title line)."""
    from storyline import pipeline
    from storyline.store.db import Store

    texts = {ANNOTATOR_SUFFIX.sub("", d.name): d.text for d in docs}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "polnear.db") as store:
        folder = Path(tmp) / "texts"
        folder.mkdir()
        for name, text in texts.items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        pipeline.ingest(store, sorted(folder.glob("*.txt")))
        held = {Path(a.source).stem: a for a in store.articles()}
    found = []
    for doc in docs:
        article = held.get(ANNOTATOR_SUFFIX.sub("", doc.name))
        placed = Article(id=doc.name, source=doc.name, text=doc.text)
        placed.quotes = _placed_quotes(article.quotes, article.text, doc.text) if article else []
        found.append(placed)
    return found


def _placed_quotes(quotes: list[Quote], stored: str, text: str) -> list[Quote]:
    """The quotes found in the stored text at their places in the original text, their
    speakers' mentions too: each offset is carried over exactly (``_offset_map``), so a
    speaker is right here only where the mention the reader chose is the gold source, as
    when reading the text as is. A quote whose words cleaning did not keep is dropped."""
    places = _offset_map(stored, text)
    placed = []
    for quote in quotes:
        span = _placed_span(places, quote.start, quote.end)
        if span is None:
            continue
        speaker = None
        if quote.speaker_start is not None and quote.speaker_end is not None:
            speaker = _placed_span(places, quote.speaker_start, quote.speaker_end)
        placed.append(
            Quote(
                text=text[span[0] : span[1]],
                start=span[0],
                end=span[1],
                speaker=quote.speaker,
                speaker_mention=quote.speaker_mention,
                speaker_start=speaker[0] if speaker else None,
                speaker_end=speaker[1] if speaker else None,
                direct=quote.direct,
            )
        )
    return placed


def _offset_map(stored: str, text: str) -> list[int | None]:
    """Where each character of the stored text stands in the original ``text`` (None where
    it was not found). Cleaning keeps the lines it keeps word for word and in order, and
    joins them with blank lines: only spacing and markup change. So each stored line is
    found in the original after the previous one, and its characters map one to one onto
    the match's, a run of spaces onto the start of the run it stands for."""
    places: list[int | None] = [None] * len(stored)
    cursor = 0
    for line in re.finditer(r"[^\n]+", stored):
        # A kept line stands whole in the original (a line of its own), unless cleaning
        # took markup off it ("## Heading").
        span = _find_words(text, line.group(), cursor, whole=True)
        span = span or _find_words(text, line.group(), cursor)
        if span is None:
            continue
        cursor = span[1]
        at = span[0]
        for index, char in enumerate(line.group(), line.start()):
            places[index] = at
            if char.isspace():
                while at < span[1] and text[at].isspace():
                    at += 1
            else:
                at += 1
    return places


def _placed_span(places: list[int | None], start: int, end: int) -> tuple[int, int] | None:
    if not 0 <= start < end <= len(places):
        return None
    first, last = places[start], places[end - 1]
    if first is None or last is None or last < first:
        return None
    return first, last + 1


def _find_words(text: str, words: str, start: int, whole: bool = False) -> tuple[int, int] | None:
    tokens = words.split()
    if not tokens:
        return None
    pattern = r"\s+".join(re.escape(t) for t in tokens)
    if whole:
        pattern = rf"(?<!\S){pattern}(?!\S)"
    match = re.compile(pattern).search(text, start)
    return match.span() if match else None


def score_articles(docs: list[AttributedDoc], articles: list[Article]) -> dict[str, Any]:
    """Direct and indirect quotes of read articles against their gold attributions."""
    counts = {
        kind: {"gold": 0, "predicted": 0, "found": 0, "correct": 0, "speaker": 0}
        for kind in ("direct", "indirect")
    }
    for doc, article in zip(docs, articles, strict=True):
        for kind, is_direct in (("direct", True), ("indirect", False)):
            gold = [g for g in doc.gold if g.direct is is_direct]
            predicted = [q for q in article.quotes if q.direct is is_direct and q.speaker]
            counts[kind]["gold"] += len(gold)
            counts[kind]["predicted"] += len(predicted)
            used: set[int] = set()
            for quote in predicted:
                index = next(
                    (i for i, g in enumerate(gold) if i not in used and _matches(quote, g)), None
                )
                if index is not None:
                    used.add(index)
                    counts[kind]["found"] += 1
                    counts[kind]["speaker"] += _speaker_right(quote, gold[index], doc.text)
                if index is not None or any(_matches(quote, g) for g in doc.gold):
                    counts[kind]["correct"] += 1
    return {"documents": len(docs), **{kind: _summary(c) for kind, c in counts.items()}}


def _summary(c: dict[str, int]) -> dict[str, float | int]:
    precision = c["correct"] / c["predicted"] if c["predicted"] else 0.0
    recall = c["found"] / c["gold"] if c["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    # With speakers: a found quote counts only when its speaker is right as well.
    accuracy = c["speaker"] / c["found"] if c["found"] else 0.0
    sp, sr = precision * accuracy, recall * accuracy
    return {
        "gold": c["gold"],
        "predicted": c["predicted"],
        # (the counts behind the rates: a change of a few speakers shows)
        "found": c["found"],
        "speaker_right": c["speaker"],
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "speaker_accuracy": round(accuracy, 3),
        "f1_with_speaker": round(2 * sp * sr / (sp + sr), 3) if sp + sr else 0.0,
    }
