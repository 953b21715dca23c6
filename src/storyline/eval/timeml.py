"""TimeML documents (TempEval-3's TimeBank and AQUAINT): their text with the place of each
annotated time expression and event, and their creation time."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree


@dataclass(slots=True)
class Tag:
    """An annotated span of the text: a TIMEX3 (``ident`` its tid, ``value`` its value) or an
    EVENT (``ident`` its eid)."""

    kind: str  # "TIMEX3" or "EVENT"
    ident: str
    start: int
    end: int
    text: str
    value: str | None


@dataclass(slots=True)
class TimeMLDoc:
    name: str
    dct: str  # the creation day, "YYYY-MM-DD" ("" when the document has none)
    dct_id: str  # the creation time's tid
    text: str
    tags: list[Tag]
    tree: Any  # the parsed document, for what else a scorer reads (its links)


def documents(root: Path) -> list[TimeMLDoc]:
    return [read(p) for p in sorted(root.rglob("*.tml"))]


def read(path: Path) -> TimeMLDoc:
    tree = etree.parse(str(path))
    dct_node = tree.find(".//DCT/TIMEX3")
    dct = (dct_node.get("value") or "")[:10] if dct_node is not None else ""
    dct_id = (dct_node.get("tid") or "") if dct_node is not None else ""
    parts: list[str] = []
    tags: list[Tag] = []
    _walk(tree.find(".//TEXT"), parts, tags)
    return TimeMLDoc(path.stem, dct, dct_id, "".join(parts), tags, tree)


def _walk(node: Any, parts: list[str], tags: list[Tag]) -> None:
    """Concatenate the text of ``node``, recording where each TIMEX3 and EVENT stands."""
    if node is None:
        return
    parts.append(node.text or "")
    for child in node:
        start = sum(len(p) for p in parts)
        _walk(child, parts, tags)
        if child.tag in ("TIMEX3", "EVENT"):
            end = sum(len(p) for p in parts)
            text = "".join(parts)[start:end]
            ident = child.get("tid") if child.tag == "TIMEX3" else child.get("eid")
            tags.append(Tag(child.tag, ident or "", start, end, text, child.get("value")))
        parts.append(child.tail or "")
