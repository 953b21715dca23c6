"""Time expressions scored on TempEval-3 (TimeBank + AQUAINT, TimeML with a creation time),
or on MEANTIME's Wikinews articles (read by ``eval/meantime.py``), which no rule was tuned on.

Each document's text is read as an article published on its creation date (the DCT).
* strict span F1: predicted and gold spans identical;
* relaxed span F1: spans overlap (each gold matched at most once);
* value F1 (as TempEval-3 scores attributes): a relaxed match counts only when the value
  is also equal; value accuracy: the share of relaxed matches with the right value.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.eval import timeml
from storyline.read.timex import find_times


@dataclass(slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    value: str


@dataclass(slots=True)
class TimeDoc:
    name: str
    dct: str
    text: str
    timexes: list[GoldTimex]


def load(root: Path) -> list[TimeDoc]:
    return [_document(d) for d in timeml.documents(root)]


def _document(doc: timeml.TimeMLDoc) -> TimeDoc:
    timexes = [
        GoldTimex(t.start, t.end, t.text, t.value or "") for t in doc.tags if t.kind == "TIMEX3"
    ]
    return TimeDoc(doc.name, doc.dct, doc.text, timexes)


def score(root: Path) -> dict[str, Any]:
    """Scores on the TempEval-3 TimeML files under ``root``, or on MEANTIME's articles."""
    from storyline.eval import meantime

    docs = meantime.load(root) if meantime.is_meantime(root) else load(root)
    gold_total = predicted_total = strict = relaxed = valued = 0
    for doc in docs:
        predicted = find_times(doc.text, doc.dct or None)
        gold_total += len(doc.timexes)
        predicted_total += len(predicted)
        used: set[int] = set()
        for expr in predicted:
            for index, gold in enumerate(doc.timexes):
                if index in used or not (expr.start < gold.end and gold.start < expr.end):
                    continue
                used.add(index)
                relaxed += 1
                strict += (expr.start, expr.end) == (gold.start, gold.end)
                valued += expr.value == gold.value
                break
    return {
        "documents": len(docs),
        "gold": gold_total,
        "predicted": predicted_total,
        "strict_span": _prf(strict, predicted_total, gold_total),
        "relaxed_span": _prf(relaxed, predicted_total, gold_total),
        "value": _prf(valued, predicted_total, gold_total),
        "value_accuracy_on_matches": round(valued / relaxed, 3) if relaxed else 0.0,
    }


def _prf(hits: int, predicted: int, gold: int) -> dict[str, float]:
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}
