"""The stream benchmark's closing line: the issue's aims as ratios, measured and with the
reading stage's drift taken out."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from stream import aims


def test_the_aims_compare_the_last_batches_with_the_first() -> None:
    # 30 batches of 100: reading takes 5 s, then slows to 6 s from the 21st batch on,
    # while the rest of a batch's work grows by 0.1 s a batch from 1 s.
    costs = [
        (100 * n, (6.0 if n > 20 else 5.0) + 1.0 + 0.1 * (n - 1), 6.0 if n > 20 else 5.0)
        for n in range(1, 31)
    ]
    found = aims(costs, 100)
    measured, steady = found["aims"], found["aims_reading_at_median"]
    assert isinstance(measured, dict) and isinstance(steady, dict)
    assert measured["last_over_first"] == pytest.approx((6 + 1 + 2.9) / 6, abs=1e-3)
    assert steady["last_over_first"] == pytest.approx((5 + 1 + 2.9) / 6, abs=1e-3)
    # The first 2,000 articles are the first 20 batches.
    assert steady["mean_over_first_2000"] == pytest.approx((6 + 1.45) / (6 + 0.95), abs=1e-3)
    assert found["median_reading_s"] == 5.0
