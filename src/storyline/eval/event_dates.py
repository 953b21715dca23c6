"""An article's event date scored on TempEval-3's TimeML (TimeBank + AQUAINT, with their
temporal links), which no dating rule was written from.

The gold day of a document is the day its lead's happening took place, as the annotators
linked it: the first sentence that holds an annotated event is the lead, and its first
event linked by inclusion (IS_INCLUDED, DURING, SIMULTANEOUS, IDENTITY, or the inverse
INCLUDES, DURING_INV) to a time expression that names a whole day (the creation time
included) gives the day. A document whose lead has no such link has no gold day and is
not scored. The prediction is ``read.dating.event_day`` on the text read as an article
published on its creation date (the read stage's sentences and time expressions, without
the entity recogniser). A day earlier than the gold one is what "event dates taken from
background mentions" looks like; later, a report dated by a day it announces or says.

The gold is an approximation of "the news": the first linked event is sometimes a
background one, and a saying ("said yesterday") is the event where the annotators linked
it. It scores changes to the dating rules side by side, not the rules in absolute terms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.eval import timeml
from storyline.model import TimeExpr
from storyline.read.dating import event_day, lead_day
from storyline.read.sentences import split_sentences
from storyline.read.timex import find_times

# The relations that put an event inside a time (event first) and their inverses (time
# first).
INSIDE = frozenset({"IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY"})
HOLDS = frozenset({"INCLUDES", "DURING_INV", "SIMULTANEOUS", "IDENTITY"})
# A value that names a day, with or without a time of it.
WHOLE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?=$|T)")
# How many of the wrong documents the scores list by name.
LISTED = 40
# A dating rule: (text, sentences, time expressions, publication date) -> its day.
Dating = Callable[[str, list[tuple[int, int]], list[TimeExpr], str | None], str | None]


@dataclass(slots=True)
class DatedDoc:
    name: str
    dct: str
    text: str
    gold: str | None


def load(root: Path) -> list[DatedDoc]:
    """The documents under ``root``, each once (TempEval-3's release holds one file in two
    folders)."""
    seen: set[str] = set()
    found = []
    for doc in timeml.documents(root):
        if doc.name not in seen:
            seen.add(doc.name)
            found.append(_document(doc))
    return found


def _document(doc: timeml.TimeMLDoc) -> DatedDoc:
    days = {t.ident: t.value for t in doc.tags if t.kind == "TIMEX3"}
    days[doc.dct_id] = doc.dct
    linked = _linked_times(doc.tree)
    return DatedDoc(doc.name, doc.dct, doc.text, _gold_day(doc.text, doc.tags, linked, days))


def _linked_times(tree: Any) -> dict[str, list[str]]:
    """Event id -> the time ids it lies inside, in the order the links are given."""
    instance_of = {m.get("eiid"): m.get("eventID") for m in tree.iter("MAKEINSTANCE")}
    linked: dict[str, list[str]] = {}
    for link in tree.iter("TLINK"):
        relation = link.get("relType")
        event, time = link.get("eventInstanceID"), link.get("relatedToTime")
        if event and time and relation in INSIDE:
            linked.setdefault(instance_of.get(event) or "", []).append(time)
        event, time = link.get("relatedToEventInstance"), link.get("timeID")
        if event and time and relation in HOLDS:
            linked.setdefault(instance_of.get(event) or "", []).append(time)
    return linked


def _gold_day(
    text: str, tags: list[timeml.Tag], linked: dict[str, list[str]], days: dict[str, str | None]
) -> str | None:
    """The day of the lead's first event linked inside a whole day, if any."""
    for start, end in split_sentences(text):
        events = sorted(
            (t.start, t.ident) for t in tags if t.kind == "EVENT" and start <= t.start < end
        )
        if not events:
            continue
        for _, ident in events:
            for time in linked.get(ident, []):
                day = WHOLE_DAY.match(days.get(time) or "")  # ("1998-08-07TMO": that day)
                if day:
                    return day.group(0)
        return None  # the lead is the first sentence with an event
    return None


def score(root: Path) -> dict[str, Any]:
    """Event dates (the clusterer's, ``event_day``) against the lead's linked day on the
    TimeML files under ``root``, and under ``timeline`` the same for the day a timeline
    line shows (``lead_day``)."""
    docs = load(root)
    # each scored document read once (its sentences and time expressions), for both rules
    scored = [
        (d, split_sentences(d.text), find_times(d.text, d.dct or None)) for d in docs if d.gold
    ]
    scores = {"documents": len(docs), **_scored(scored, event_day)}
    scores["timeline"] = _scored(scored, lead_day)
    return scores


def _scored(
    scored: list[tuple[DatedDoc, list[tuple[int, int]], list[TimeExpr]]], dating: Dating
) -> dict[str, Any]:
    right = earlier = later = unknown = 0
    wrong: list[dict[str, str | None]] = []
    for doc, sentences, times in scored:
        predicted = dating(doc.text, sentences, times, doc.dct or None)
        if predicted == doc.gold:
            right += 1
            continue
        if predicted is None:
            unknown += 1
        elif predicted < (doc.gold or ""):
            earlier += 1
        else:
            later += 1
        wrong.append(
            {"document": doc.name, "published": doc.dct, "gold": doc.gold, "predicted": predicted}
        )
    return {
        "with_gold_day": len(scored),
        "right": right,
        "accuracy": round(right / len(scored), 3) if scored else 0.0,
        "earlier": earlier,
        "later": later,
        "unknown": unknown,
        "gold_is_publication_day": sum(d.gold == d.dct for d, _, _ in scored),
        "wrong": wrong[:LISTED],
    }
