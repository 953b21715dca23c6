"""ECB+ as plain articles: each document's tokens joined into text, with its gold event
(topic number + ``ecb``/``ecbplus``) and topic."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from storyline.eval.tokens import join_tokens

DOC_NAME = re.compile(r"^(?P<topic>\d+)_(?P<num>\d+)(?P<kind>ecbplus|ecb)\.xml$")


@dataclass(slots=True)
class EcbDocument:
    id: str
    topic: str
    event: str
    text: str


def load(root: Path) -> list[EcbDocument]:
    """Every document under ``root``, ordered by topic, sub-corpus and number (the order
    in which the evaluation feeds them to the online clusterer)."""
    docs = list(_documents(root))
    return sorted(docs, key=lambda d: (int(d.topic), d.event, _number(d.id)))


def _documents(root: Path) -> Iterator[EcbDocument]:
    for path in root.rglob("*.xml"):
        match = DOC_NAME.match(path.name)
        if not match:
            continue
        topic = match.group("topic")
        yield EcbDocument(path.stem, topic, f"{topic}{match.group('kind')}", _text(path))


def _number(doc_id: str) -> int:
    match = re.match(r"\d+_(\d+)", doc_id)
    return int(match.group(1)) if match else 0


def _text(path: Path) -> str:
    tree = etree.parse(str(path))
    sentences: dict[int, list[str]] = {}
    for token in tree.iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    lines = [_detokenise(tokens) for _, tokens in sorted(sentences.items())]
    # The first sentence of an ECB+ document is often its headline or a dateline.
    return "\n\n".join(line for line in lines if line)


def _detokenise(tokens: list[str]) -> str:
    return join_tokens(tokens)[0].replace("``", "“").replace("''", "”")
