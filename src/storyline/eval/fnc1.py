"""The FNC-1 stance corpus: loading, claim groups, and its scores.

A folder in FNC-1 format holds ``*_bodies.csv`` (``Body ID, articleBody``) and
``*_stances.csv`` (``Headline, Body ID, Stance``). Each pair asks: does this body agree
with the headline, disagree with it, discuss it without taking a side, or not address it?

Headlines in FNC-1 come from articles about one claim of the Emergent data set, and the
same claim stands behind several headlines, worded a little differently. So a headline
alone is not a safe group for cross-validation: ``claim_groups`` joins every headline and
body that a related pair connects, and a fold never holds part of such a group.
"""

from __future__ import annotations

import csv
import hashlib
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.compare.stance import STANCE_OF_LABEL, packaged_model
from storyline.compare.stance_features import ClaimText, SourceText

LABELS: tuple[str, ...] = ("agree", "disagree", "discuss", "unrelated")
RELATED = frozenset(LABELS[:3])


@dataclass(frozen=True, slots=True)
class StancePair:
    headline: str
    body_id: str
    stance: str


@dataclass(slots=True)
class StanceCorpus:
    bodies: dict[str, str]
    pairs: list[StancePair]


def load(directory: Path) -> StanceCorpus:
    """Every ``*_bodies.csv`` and ``*_stances.csv`` of ``directory``."""
    bodies_files = sorted(directory.glob("*_bodies.csv"))
    stances_files = sorted(directory.glob("*_stances.csv"))
    if not bodies_files or not stances_files:
        raise FileNotFoundError(f"{directory}: no *_bodies.csv and *_stances.csv (FNC-1 format)")
    csv.field_size_limit(sys.maxsize)  # a body is one field of many lines
    bodies: dict[str, str] = {}
    for path in bodies_files:
        for row in _rows(path, ("Body ID", "articleBody")):
            bodies[row["Body ID"]] = row["articleBody"]
    pairs = [
        StancePair(row["Headline"], row["Body ID"], row.get("Stance", "").strip())
        for path in stances_files
        for row in _rows(path, ("Headline", "Body ID"))
    ]
    unknown = [p for p in pairs if p.body_id not in bodies]
    if unknown:
        raise ValueError(f"{directory}: {len(unknown)} pairs name a body that no file holds")
    return StanceCorpus(bodies, pairs)


def _rows(path: Path, needed: tuple[str, ...]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in needed if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
        return list(reader)


def claim_groups(pairs: list[StancePair]) -> list[int]:
    """A group number per pair: headlines and bodies joined by related pairs are one claim."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(node: tuple[str, str]) -> tuple[str, str]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for pair in pairs:
        head = find(("h", pair.headline))
        if pair.stance in RELATED:
            parent[head] = find(("b", pair.body_id))
    roots: dict[tuple[str, str], int] = {}
    return [roots.setdefault(find(("h", p.headline)), len(roots)) for p in pairs]


def score(gold: list[str], predicted: list[str]) -> dict[str, Any]:
    """FNC-1's weighted score, per-class F1, macro-F1, the confusion matrix, and what a
    briefing cares about: of the pairs called ``agree``, the share that truly agree
    (support precision), and the share of true disagreements called ``agree``."""
    confusion = {g: Counter[str]() for g in LABELS}
    for g, p in zip(gold, predicted, strict=True):
        confusion[g][p] += 1
    per_class = {label: _f1(confusion, label) for label in LABELS}
    called_agree = sum(confusion[g]["agree"] for g in LABELS)
    disagree = sum(confusion["disagree"].values())
    return {
        "pairs": len(gold),
        "fnc_score": _fnc_score(gold, predicted),
        "macro_f1": round(sum(per_class.values()) / len(LABELS), 4),
        "f1": {label: round(value, 4) for label, value in per_class.items()},
        "accuracy": round(
            sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(1, len(gold)), 4
        ),
        "support_precision": round(confusion["agree"]["agree"] / called_agree, 4)
        if called_agree
        else None,
        "disagree_as_support": round(confusion["disagree"]["agree"] / disagree, 4)
        if disagree
        else None,
        "confusion": {g: {p: confusion[g][p] for p in LABELS} for g in LABELS},
    }


def _f1(confusion: dict[str, Counter[str]], label: str) -> float:
    true_positive = confusion[label][label]
    predicted = sum(confusion[g][label] for g in LABELS)
    actual = sum(confusion[label].values())
    if not true_positive:
        return 0.0
    precision, recall = true_positive / predicted, true_positive / actual
    return 2 * precision * recall / (precision + recall)


def _fnc_score(gold: list[str], predicted: list[str]) -> float:
    """FNC-1's relative score: 0.25 for related-or-not right, 0.75 more for the exact
    stance of a related pair, as a share of the best possible."""

    def points(g: str, p: str) -> float:
        value = 0.25 if (g in RELATED) == (p in RELATED) else 0.0
        if g in RELATED and g == p:
            value += 0.75
        return value

    best = sum(points(g, g) for g in gold)
    got = sum(points(g, p) for g, p in zip(gold, predicted, strict=True))
    return round(got / best, 4) if best else 0.0


def write_predictions(path: Path, pairs: list[StancePair], predicted: list[str]) -> None:
    """FNC-1's submission format: the pairs' ``Headline, Body ID`` and the predicted stance."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Headline", "Body ID", "Stance"])
        for pair, stance in zip(pairs, predicted, strict=True):
            writer.writerow([pair.headline, pair.body_id, stance])


def evaluate(directory: Path, out: Path | None = None) -> dict[str, Any]:
    """Classify every pair of an FNC-1 folder with the shipped model and score it; with
    ``out``, write the predictions as ``Headline, Body ID, Stance``.

    The model was trained on FNC-1's training set: on that set these figures are not
    held out (the out-of-fold ones, recorded when it was trained, are added as
    ``trained_out_of_fold``)."""
    corpus = load(directory)
    model = packaged_model()
    started = time.perf_counter()
    sources = {k: SourceText.of(v) for k, v in corpus.bodies.items()}
    claims = {h: ClaimText.of(h) for h in {p.headline for p in corpus.pairs}}
    results = model.classify([(claims[p.headline], sources[p.body_id]) for p in corpus.pairs])
    seconds = time.perf_counter() - started
    label_of = {stance: label for label, stance in STANCE_OF_LABEL.items()}
    predicted = [label_of[r.stance] for r in results]
    if out is not None:
        write_predictions(out, corpus.pairs, predicted)
    scores: dict[str, Any] = {}
    if all(p.stance in LABELS for p in corpus.pairs):
        scores = score([p.stance for p in corpus.pairs], predicted)
    scores["pairs_per_second"] = round(len(corpus.pairs) / max(seconds, 1e-9), 1)
    trained = model.trees.meta
    if trained.get("data_sha256") and trained["data_sha256"] == data_sha256(directory):
        scores["note"] = "these pairs trained the model: see trained_out_of_fold"
        scores["trained_out_of_fold"] = trained.get("out_of_fold")
    return scores


def data_sha256(directory: Path) -> str:
    """The hash of an FNC-1 folder's CSV files, as recorded in the model it trained."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.csv")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
