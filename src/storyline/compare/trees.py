"""Gradient-boosted trees, read from plain JSON and evaluated with numpy.

The stance model is trained with scikit-learn (``compare/train_stance.py``), but a pickled
estimator ties the package to one scikit-learn version and would run code on load. So the
trees are exported as arrays of numbers (feature, threshold, children, leaf value) and
evaluated here, a whole batch of rows per tree, which is also what makes scoring thousands
of sentence-source pairs cheap.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Tree:
    feature: NDArray[np.int32]
    threshold: FloatArray
    left: NDArray[np.int32]
    right: NDArray[np.int32]
    missing_left: NDArray[np.bool_]
    leaf: NDArray[np.bool_]
    value: FloatArray
    depth: int

    @classmethod
    def from_json(cls, data: dict[str, list[Any]]) -> Tree:
        left = np.asarray(data["left"], dtype=np.int32)
        right = np.asarray(data["right"], dtype=np.int32)
        leaf = np.asarray(data["leaf"], dtype=np.bool_)
        return cls(
            np.asarray(data["feature"], dtype=np.int32),
            np.asarray(data["threshold"], dtype=np.float64),
            left,
            right,
            np.asarray(data["missing_left"], dtype=np.bool_),
            leaf,
            np.asarray(data["value"], dtype=np.float64),
            _depth(left, right, leaf),
        )

    def predict(self, rows: FloatArray) -> FloatArray:
        """The leaf value each row reaches."""
        node = np.zeros(len(rows), dtype=np.int32)
        index = np.arange(len(rows))
        for _ in range(self.depth):
            inner = ~self.leaf[node]
            if not inner.any():
                break
            x = rows[index, self.feature[node]]
            go_left = np.where(np.isnan(x), self.missing_left[node], x <= self.threshold[node])
            step = np.where(go_left, self.left[node], self.right[node])
            node = np.where(inner, step, node)
        return self.value[node]


def _depth(left: NDArray[np.int32], right: NDArray[np.int32], leaf: NDArray[np.bool_]) -> int:
    depth, frontier = 0, [0]
    while frontier:
        frontier = [c for n in frontier if not leaf[n] for c in (int(left[n]), int(right[n]))]
        depth += 1
    return depth


@dataclass(frozen=True, slots=True)
class BoostedTrees:
    """A multi-class boosted model: per class, a baseline plus the sum of its trees, then
    softmax."""

    classes: tuple[str, ...]
    features: tuple[str, ...]
    baseline: FloatArray
    trees: tuple[tuple[Tree, ...], ...]  # per boosting round, one tree per class
    meta: dict[str, Any]

    @classmethod
    def load(cls, path: Path) -> BoostedTrees:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            tuple(data["classes"]),
            tuple(data["features"]),
            np.asarray(data["baseline"], dtype=np.float64),
            tuple(tuple(Tree.from_json(t) for t in round_) for round_ in data["trees"]),
            data.get("meta", {}),
        )

    def predict_proba(self, rows: FloatArray) -> FloatArray:
        if rows.ndim != 2 or rows.shape[1] != len(self.features):
            raise ValueError(f"expected rows of {len(self.features)} features, got {rows.shape}")
        raw = np.tile(self.baseline, (len(rows), 1))
        for round_ in self.trees:
            for k, tree in enumerate(round_):
                raw[:, k] += tree.predict(rows)
        raw -= raw.max(axis=1, keepdims=True)
        exp = np.exp(raw)
        probabilities: FloatArray = exp / exp.sum(axis=1, keepdims=True)
        return probabilities


def export(model: Any, features: tuple[str, ...], classes: tuple[str, ...]) -> dict[str, Any]:
    """A fitted ``HistGradientBoostingClassifier`` (multi-class) as JSON-ready data."""
    rounds = []
    for predictors in model._predictors:  # one list of per-class trees per boosting round
        rounds.append([_tree_json(p.nodes) for p in predictors])
    baseline = np.asarray(model._baseline_prediction, dtype=np.float64).ravel()
    return {
        "classes": list(classes),
        "features": list(features),
        "baseline": [round(float(b), 8) for b in baseline],
        "trees": rounds,
    }


def _tree_json(nodes: Any) -> dict[str, list[Any]]:
    return {
        "feature": [int(f) for f in nodes["feature_idx"]],
        "threshold": [float(t) for t in nodes["num_threshold"]],
        "left": [int(n) for n in nodes["left"]],
        "right": [int(n) for n in nodes["right"]],
        "missing_left": [bool(m) for m in nodes["missing_go_to_left"]],
        "leaf": [bool(x) for x in nodes["is_leaf"]],
        "value": [round(float(v), 8) for v in nodes["value"]],
    }
