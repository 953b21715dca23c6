"""Train the stance model on FNC-1 and write ``stance_model.json``.

    python -m storyline.compare.train_stance ../shared/data/fnc1-train [--out PATH]

Every figure it reports is out of fold: the pairs are split into ``FOLDS`` folds by claim
(``eval.fnc1.claim_groups``: no headline or body of one claim on both sides), the model is
fitted on the other folds and scores the held-out one. The bar an "agree" must clear is
chosen the same way, nested: for each held-out fold, from the other folds' out-of-fold
predictions only. The shipped model is then fitted on all pairs, with the bar chosen on all
out-of-fold predictions, and the file records the data's hash, the settings and the
out-of-fold scores, so that anyone can train it again and compare.

Needs scikit-learn (a dependency of storyline) only while training; the package reads the
exported trees with numpy (``compare/trees.py``).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import time
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from storyline.compare.stance import MODEL_PATH, STANCE_OF_LABEL, Reading, decide_read
from storyline.compare.stance_features import FEATURE_NAMES, ClaimText, SourceText, pair_features
from storyline.compare.trees import export
from storyline.eval import fnc1

log = logging.getLogger(__name__)

FOLDS = 5
SEED = 0
# Boosting settings: small trees and a slow rate generalise across claims better than deep
# trees (which learn one claim's wording); compared out of fold (README, Stance).
PARAMS: dict[str, Any] = {
    "max_iter": 300,
    "learning_rate": 0.05,
    "max_leaf_nodes": 15,
    "l2_regularization": 1.0,
    "min_samples_leaf": 40,
}
# Rare classes are weighted up by (share of the most common / share of theirs) to this
# power: 0 ignores the imbalance, 1 balances it fully.
CLASS_WEIGHT_POWER = 0.5
# "agrees" must be right this often on claims the model has not seen (the aim for
# support precision).
SUPPORT_PRECISION = 0.85
# ... and not by luck of the claims it was chosen on: the bar is the lowest whose precision
# there is at least SUPPORT_PRECISION at this one-sided confidence (a Wilson bound, z of
# 1.28: 90%). A bar at which the fitting folds just reach 85% lands under it on the held-out
# fold about half the time (out of fold 0.845 so); a few hundred "agrees" decide it.
CONFIDENCE_Z = 1.28


def prepared_pairs(corpus: fnc1.StanceCorpus) -> list[tuple[ClaimText, SourceText]]:
    sources = {k: SourceText.of(v) for k, v in corpus.bodies.items()}
    claims = {h: ClaimText.of(h) for h in {p.headline for p in corpus.pairs}}
    return [(claims[p.headline], sources[p.body_id]) for p in corpus.pairs]


def features_of(pairs: list[tuple[ClaimText, SourceText]]) -> NDArray[np.float64]:
    return np.asarray([pair_features(c, s) for c, s in pairs], dtype=np.float64)


def fit(rows: NDArray[np.float64], labels: NDArray[np.int64]) -> Any:
    from sklearn.ensemble import HistGradientBoostingClassifier

    counts = np.bincount(labels, minlength=len(fnc1.LABELS)).astype(np.float64)
    weights = (counts.max() / np.maximum(counts, 1.0)) ** CLASS_WEIGHT_POWER
    model = HistGradientBoostingClassifier(**PARAMS, random_state=SEED)
    model.fit(rows, labels, sample_weight=weights[labels])
    return model


def out_of_fold(
    rows: NDArray[np.float64], labels: NDArray[np.int64], groups: NDArray[np.int64]
) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
    """Out-of-fold probabilities, and the fold of each pair."""
    from sklearn.model_selection import GroupKFold

    probabilities = np.zeros((len(labels), len(fnc1.LABELS)))
    fold_of = np.zeros(len(labels), dtype=np.int64)
    for fold, (fitting, held_out) in enumerate(GroupKFold(FOLDS).split(rows, labels, groups)):
        log.info("fold %d: fitting on %d pairs", fold, len(fitting))
        probabilities[held_out] = fit(rows[fitting], labels[fitting]).predict_proba(rows[held_out])
        fold_of[held_out] = fold
    return probabilities, fold_of


def labels_of(readings: list[Reading], probabilities: NDArray[np.float64], bar: float) -> list[str]:
    """The labels the shipped function gives (model, bar and the reader's rules)."""
    label_of = {stance: label for label, stance in STANCE_OF_LABEL.items()}
    return [
        label_of[decide_read(r, p, bar).stance]
        for r, p in zip(readings, probabilities, strict=True)
    ]


def choose_bar(
    readings: list[Reading], probabilities: NDArray[np.float64], gold: list[str]
) -> float:
    """The lowest bar at which "agrees" is right ``SUPPORT_PRECISION`` of the time with
    ``CONFIDENCE_Z`` (the lowest keeps most of the true agreements)."""
    for bar in np.arange(0.30, 0.96, 0.01):
        said = labels_of(readings, probabilities, float(bar))
        right = sum(1 for s, g in zip(said, gold, strict=True) if s == g == "agree")
        if wilson_lower_bound(right, said.count("agree"), CONFIDENCE_Z) >= SUPPORT_PRECISION:
            return round(float(bar), 2)
    return 0.95


def wilson_lower_bound(right: int, said: int, z: float) -> float:
    """The lower end of the Wilson score interval of ``right / said`` (0 when nothing
    was said): the precision one can claim at that confidence."""
    if said == 0:
        return 0.0
    share = right / said
    centre = share + z * z / (2 * said)
    spread = z * math.sqrt(share * (1 - share) / said + z * z / (4 * said * said))
    return (centre - spread) / (1 + z * z / said)


def nested_predictions(
    readings: list[Reading],
    probabilities: NDArray[np.float64],
    fold_of: NDArray[np.int64],
    gold: list[str],
) -> tuple[list[str], list[float]]:
    """Each fold's labels with the bar chosen on the other folds only."""
    predicted = [""] * len(gold)
    bars = []
    for fold in range(FOLDS):
        others = np.flatnonzero(fold_of != fold)
        fitting = [readings[i] for i in others]
        bar = choose_bar(fitting, probabilities[others], [gold[i] for i in others])
        bars.append(bar)
        mine = np.flatnonzero(fold_of == fold)
        chosen = labels_of([readings[i] for i in mine], probabilities[mine], bar)
        for i, label in zip(mine, chosen, strict=True):
            predicted[i] = label
    return predicted, bars


def train(directory: Path, out: Path) -> dict[str, Any]:
    started = time.perf_counter()
    corpus = fnc1.load(directory)
    gold = [p.stance for p in corpus.pairs]
    labels = np.asarray([fnc1.LABELS.index(g) for g in gold], dtype=np.int64)
    groups = np.asarray(fnc1.claim_groups(corpus.pairs), dtype=np.int64)
    pairs = prepared_pairs(corpus)
    rows = features_of(pairs)
    probabilities, fold_of = out_of_fold(rows, labels, groups)
    readings = [Reading.of(c, s) for c, s in pairs]
    predicted, bars = nested_predictions(readings, probabilities, fold_of, gold)
    oof = fnc1.score(gold, predicted)
    oof_argmax = fnc1.score(gold, labels_of(readings, probabilities, 0.0))
    bar = choose_bar(readings, probabilities, gold)
    model = fit(rows, labels)
    exported = export(model, FEATURE_NAMES, fnc1.LABELS)
    exported["meta"] = {
        "agree_bar": bar,
        "trained_on": directory.name,
        "data_sha256": fnc1.data_sha256(directory),
        "pairs": len(gold),
        "claim_groups": int(groups.max()) + 1,
        "folds": FOLDS,
        "params": PARAMS,
        "class_weight_power": CLASS_WEIGHT_POWER,
        "support_precision_confidence_z": CONFIDENCE_Z,
        "fold_bars": bars,
        "out_of_fold": oof,
        "out_of_fold_without_bar": {
            k: oof_argmax[k] for k in ("macro_f1", "f1", "support_precision", "disagree_as_support")
        },
        "seconds": round(time.perf_counter() - started, 1),
    }
    out.write_text(json.dumps(exported, separators=(",", ":")), encoding="utf-8")
    meta: dict[str, Any] = exported["meta"]
    return meta


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="FNC-1 training folder")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    meta = train(args.data_dir, args.out)
    print(json.dumps({k: meta[k] for k in ("agree_bar", "fold_bars", "out_of_fold")}, indent=2))


if __name__ == "__main__":
    main()
