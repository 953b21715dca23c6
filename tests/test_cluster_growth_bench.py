"""The cluster growth benchmark runs and reports what the README cites from it: the cost
an article, the live events and the largest event's terms, within the bound it is given."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from storyline.cluster.online import TERMS_SLACK
from tests.conftest import ROOT


def test_the_growth_benchmark_reports_each_stretch_and_dumps_the_clusters(
    tmp_path: Path,
) -> None:
    dump = tmp_path / "clusters.json"
    command = [sys.executable, str(ROOT / "benchmarks" / "cluster_growth.py")]
    args = ["--articles", "300", "--every", "100", "--event-terms", "150", "--dump", str(dump)]
    done = subprocess.run(command + args, capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    stretches, total = lines[:-1], lines[-1]
    assert [line["articles"] for line in stretches] == [100, 200, 300]
    assert all(line["ms_per_article"] > 0 and line["live_events"] > 0 for line in stretches)
    # Each event is at most the bound and its slack (a generated report has 140-180 terms
    # of its own, so the events of several reports were cut back).
    assert all(line["largest_event_terms"] <= 150 * TERMS_SLACK for line in stretches[1:])
    assert total["event_terms"] == 150
    clusters = json.loads(dump.read_text())
    assert len(clusters["event"]) == 300 == len(clusters["storyline"])
    assert len(set(clusters["event"].values())) < 300
