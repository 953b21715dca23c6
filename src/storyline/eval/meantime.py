"""MEANTIME's time expressions as TempEval-style documents, for `storyline eval timex`.

MEANTIME (NewsReader; 120 English Wikinews articles) ships each article as tokens with
stand-off TIMEX3 annotations that point at token ids; the creation time is the TIMEX3 whose
``functionInDocument`` is ``CREATION_TIME`` (the dateline, which is part of the text).
Only the title, the dateline and the first sentences of each article were annotated, so
the text is rebuilt from the tokens of those sentences, one line per sentence, as the ECB+
reader rebuilds it (``eval/tokens.py``). Each TIMEX3 spans its first to its last token.
TIMEX3s without tokens (implicit times) are not in the text and are left out. Three
articles have no usable creation time (two have none, one is written 03-02-2009); theirs
is read from the dateline, the article's second line ("February 03, 2009"), by its fixed
format.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

from lxml import etree

from storyline.eval.timex import GoldTimex, TimeDoc
from storyline.eval.tokens import join_tokens


def load(root: Path) -> list[TimeDoc]:
    """The English documents under ``root`` (``intra-doc_annotation`` when it is there,
    so that a document is not read twice)."""
    base = root / "intra-doc_annotation" if (root / "intra-doc_annotation").is_dir() else root
    return [_document(path) for path in sorted(base.rglob("*.xml"))]


def is_meantime(root: Path) -> bool:
    return any(root.rglob("*.xml")) and not any(root.rglob("*.tml"))


def _document(path: Path) -> TimeDoc:
    tree = etree.parse(str(path))
    text, offsets = _text(_annotated_tokens(tree))
    dct = ""
    timexes: list[GoldTimex] = []
    for node in tree.iter("TIMEX3"):
        if node.get("functionInDocument") == "CREATION_TIME":
            dct = (node.get("value") or "")[:10]
        spans = [offsets[a.get("t_id")] for a in node.findall("token_anchor")]
        if spans:
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            timexes.append(GoldTimex(start, end, text[start:end], node.get("value") or ""))
    if not ISO_DAY.fullmatch(dct):
        dct = _dateline(text)
    return TimeDoc(path.stem, dct, text, sorted(timexes, key=lambda t: t.start))


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _dateline(text: str) -> str:
    lines = text.split("\n")
    try:
        return datetime.strptime(lines[1].strip(), "%B %d, %Y").date().isoformat()
    except (IndexError, ValueError):
        return ""


def _annotated_tokens(tree: Any) -> list[Any]:
    """The tokens of the sentences that were annotated: MEANTIME annotated the title, the
    dateline and the first sentences of each article (up to sentence 5 or 6), so a time
    found further on would count as a false positive."""
    tokens = tree.findall(".//token")
    sentence_of = {token.get("t_id"): int(token.get("sentence") or 0) for token in tokens}
    anchored = [sentence_of.get(a.get("t_id"), 0) for a in tree.iter("token_anchor")]
    last = max(anchored, default=-1)
    return [token for token in tokens if sentence_of[token.get("t_id")] <= last]


def _text(tokens: list[Any]) -> tuple[str, dict[str, tuple[int, int]]]:
    """The text the tokens make, one line per sentence, and each token's (start, end)."""
    sentences: dict[str, list[Any]] = {}
    for token in tokens:
        sentences.setdefault(token.get("sentence") or "", []).append(token)
    lines: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = 0
    for sentence in sentences.values():
        words = [token.text or "" for token in sentence]
        line, starts = join_tokens(words)
        for token, word, start in zip(sentence, words, starts, strict=True):
            offsets[token.get("t_id")] = (length + start, length + start + len(word))
        lines.append(line)
        length += len(line) + 1  # the newline after it
    return "\n".join(lines), offsets
