"""A load test of `storyline serve` while `storyline ingest` updates stored articles and
`storyline build` rebuilds their stories: every existing story and article keeps being
answered (no 404, no 5xx) and p95 latency stays under 50 ms. Everything runs on
127.0.0.1 in child processes this test starts; requests and time are bounded. The same
measurement at a larger size: benchmarks/serve_during_writes.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from serve_during_writes import measure

pytestmark = pytest.mark.slow

P95_LIMIT_MS = 50.0


def test_readers_keep_every_story_while_the_store_is_updated(tmp_path: Path) -> None:
    report = measure(tmp_path, articles=60, updates=24, max_requests=6_000, max_seconds=120)
    assert report["writer_errors"] == []
    statuses = report["statuses"]
    assert isinstance(statuses, dict) and set(statuses) == {200}, report["failed"]
    for phase in ("during_ingest", "during_build"):
        timed = report[phase]
        assert isinstance(timed, dict) and timed["requests"] >= 50, report
    overall = report["all"]
    assert isinstance(overall, dict) and overall["p95_ms"] < P95_LIMIT_MS, report
