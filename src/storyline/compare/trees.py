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
class Forest:
    """Trees evaluated by leaf bitmasks, as QuickScorer does (Lucchese et al., SIGIR 2015):
    each tree's leaves are numbered left to right, and a row that goes right at a test
    rules out the leaves of that test's left subtree. The leaf a row reaches is the
    leftmost one that no test ruled out. So every test of every tree is one numpy
    comparison over a batch of rows, with no walk level by level (whose steps cost a
    gather over rows x trees each, 14 levels deep here).

    Trees are padded to the same number of tests with tests that never go right, so the
    rule-outs of a tree reduce over one axis. The tests are laid out test by test (the
    first test of every tree, then the second...): the reduction then ORs whole rows of
    trees together, which numpy does far faster than many short runs of 14.

    The tests are compared feature by feature (``by_feature``: each feature's thresholds
    against that feature's values of the chunk's rows, rows last), then put back in test
    order (``back``): a gather of one-byte outcomes, where gathering each test's feature
    value first moved eight bytes per test and row (20,000 rows, one in fifty with a missing
    value: 0.48 s against 0.71, the same probabilities to the last bit)."""

    feature: NDArray[np.intp]  # (tests * trees,) the feature each test reads
    threshold: FloatArray  # a row goes left when its feature is <= this
    missing_left: NDArray[np.bool_]  # where a missing value goes
    rules_out: NDArray[np.unsignedinteger[Any]]  # the leaves a right turn there rules out
    values: FloatArray  # (trees, leaves) each tree's leaf values, left to right
    tests: int  # tests per tree, padded
    by_feature: tuple[tuple[int, int, int], ...]  # (feature, start, stop) in ``ordered``
    ordered: FloatArray  # the thresholds, feature by feature
    back: NDArray[np.intp]  # where each test's outcome is among ``ordered``'s

    @classmethod
    def from_json(cls, trees: list[dict[str, list[Any]]]) -> Forest:
        shaped = [_tree_tests(tree) for tree in trees]
        tests = max(1, *(len(t[0]) for t in shaped))
        leaves = max(len(t[1]) for t in shaped)
        if leaves > MAX_LEAVES:
            raise ValueError(f"a tree has {leaves} leaves; at most {MAX_LEAVES} are supported")
        padded = [(list(nodes) + [_NEVER_RIGHT] * (tests - len(nodes))) for nodes, _ in shaped]
        flat = [nodes[test] for test in range(tests) for nodes in padded]  # test by test
        values = np.zeros((len(trees), leaves), dtype=np.float64)
        for i, (_, leaf_values) in enumerate(shaped):
            values[i, : len(leaf_values)] = leaf_values
        feature = np.asarray([n[0] for n in flat], dtype=np.intp)
        threshold = np.asarray([n[1] for n in flat], dtype=np.float64)
        order = np.argsort(feature, kind="stable")
        bounds = np.searchsorted(feature[order], np.arange(int(feature.max()) + 2))
        return cls(
            feature,
            threshold,
            np.asarray([n[2] for n in flat], dtype=np.bool_),
            np.asarray([n[3] for n in flat], dtype=_bits_for(leaves)),
            values,
            tests,
            tuple(
                (f, int(bounds[f]), int(bounds[f + 1]))
                for f in range(len(bounds) - 1)
                if bounds[f + 1] > bounds[f]
            ),
            threshold[order],
            np.argsort(order),
        )

    def predict(self, rows: FloatArray) -> FloatArray:
        """The leaf value each row reaches in each tree: shape (trees, rows). Its memory
        is rows x tests x trees bytes: pass at most ``CHUNK_ROWS`` rows at a time."""
        columns = np.ascontiguousarray(rows.T)  # (features, rows)
        ordered = np.empty((len(self.ordered), len(rows)), dtype=np.bool_)
        for feature, start, stop in self.by_feature:
            np.less(self.ordered[start:stop, None], columns[feature], out=ordered[start:stop])
        right = ordered.take(self.back, axis=0)  # (tests * trees, rows), test by test
        if np.isnan(rows).any():  # rare: most batches have no missing value to look up
            right |= np.isnan(columns).take(self.feature, axis=0) & ~self.missing_left[:, None]
        ruled_out = np.bitwise_or.reduce(
            (right * self.rules_out[:, None]).reshape(self.tests, -1, len(rows)), axis=0
        )
        # The lowest bit left set is the leaf: a power of two is exact as a float.
        lowest = ~ruled_out & (ruled_out + ruled_out.dtype.type(1))
        leaf = np.log2(lowest.astype(np.float64)).astype(np.intp)
        trees, leaves = self.values.shape
        values: FloatArray = self.values.ravel()[np.arange(trees)[:, None] * leaves + leaf]
        return values


# Leaves a tree may have: the rule-outs are bits of one unsigned word, the narrowest that
# holds them (16 bits for the stance model's 15 leaves: four times less to reduce than 64).
MAX_LEAVES = 64


def _bits_for(leaves: int) -> type[np.unsignedinteger[Any]]:
    return next(
        t for t in (np.uint8, np.uint16, np.uint32, np.uint64) if np.iinfo(t).bits >= leaves
    )


# Rows evaluated at once: a chunk's outcomes and rule-outs are rows x tests x trees bytes
# (about 3 MB for the stance model), which keeps a large batch in bounded memory; 64
# rows went faster than 32, 128 or 256 (less Python per row than the first, less memory
# traffic than the others).
CHUNK_ROWS = 64
# A padding test: no value is above +inf, and a missing value goes left.
_NEVER_RIGHT = (0, float("inf"), True, 0)


def _tree_tests(
    tree: dict[str, list[Any]],
) -> tuple[list[tuple[int, float, bool, int]], list[float]]:
    """One tree's tests (feature, threshold, missing goes left, leaves a right turn rules
    out) and its leaf values, leaves numbered left to right."""
    leaf_values: list[float] = []
    tests: list[tuple[int, float, bool, int]] = []

    def leaves_under(node: int) -> int:
        if tree["leaf"][node]:
            leaf_values.append(float(tree["value"][node]))
            return 1 << (len(leaf_values) - 1)
        left = leaves_under(int(tree["left"][node]))
        right = leaves_under(int(tree["right"][node]))
        tests.append(
            (
                int(tree["feature"][node]),
                float(tree["threshold"][node]),
                bool(tree["missing_left"][node]),
                left,
            )
        )
        return left | right

    leaves_under(0)
    return tests, leaf_values


@dataclass(frozen=True, slots=True)
class BoostedTrees:
    """A multi-class boosted model: per class, a baseline plus the sum of its trees, then
    softmax."""

    classes: tuple[str, ...]
    features: tuple[str, ...]
    baseline: FloatArray
    forest: Forest  # every tree, round after round, class after class
    meta: dict[str, Any]

    @classmethod
    def load(cls, path: Path) -> BoostedTrees:
        data = json.loads(path.read_text(encoding="utf-8"))
        trees = [tree for round_ in data["trees"] for tree in round_]
        return cls(
            tuple(data["classes"]),
            tuple(data["features"]),
            np.asarray(data["baseline"], dtype=np.float64),
            Forest.from_json(trees),
            data.get("meta", {}),
        )

    def predict_proba(self, rows: FloatArray) -> FloatArray:
        if rows.ndim != 2 or rows.shape[1] != len(self.features):
            raise ValueError(f"expected rows of {len(self.features)} features, got {rows.shape}")
        raw = np.tile(self.baseline, (len(rows), 1))
        classes = len(self.classes)
        # A chunk at a time: a storyline's batch of 200,000 pairs would otherwise hold a
        # value for every pair and tree (2 GB).
        for start in range(0, len(rows), CHUNK_ROWS):
            chunk = rows[start : start + CHUNK_ROWS]
            leaves = self.forest.predict(chunk).reshape(-1, classes, len(chunk))
            raw[start : start + CHUNK_ROWS] += leaves.sum(axis=0).T
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
