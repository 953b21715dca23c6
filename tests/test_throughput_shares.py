"""The throughput benchmark's account of where a run's time goes: what the stages other
than reading add, to the time reading waited on its workers and to reading alone."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import (
    CHILD_CPU,
    COMPOSING_WORKERS_CPU,
    READING_ALONE,
    READING_ALONE_CPU,
    READING_WORKERS_CPU,
    RUN_CPU,
    THE_RUN,
    stage_shares,
)


def test_stages_run_one_after_another_add_the_same_to_both() -> None:
    shares = stage_shares({"read": 40.0, "cluster": 6.0, "dedupe": 4.0, READING_ALONE: 40.0})
    assert shares["others_over_read"] == shares["others_over_reading_alone"] == 0.25
    assert shares["reading_alone_seconds"] == 40.0
    stages = shares["stages"]
    assert isinstance(stages, dict) and READING_ALONE not in stages
    assert list(stages) == ["read", "cluster", "dedupe"]
    assert stages["read"] == {"seconds": 40.0, "share": 0.8}


def test_a_stage_done_while_the_workers_read_adds_only_what_outlasts_them() -> None:
    # Deduping overlaps the reading: reading waited 37 s of the 41 s the workers took,
    # and the run's 48 s is 7 s more than reading alone, not 11.
    shares = stage_shares({"read": 37.0, "dedupe": 4.0, "cluster": 7.0, READING_ALONE: 41.0})
    assert shares["others_over_read"] == pytest.approx(11 / 37, abs=1e-3)
    assert shares["others_over_reading_alone"] == pytest.approx(7 / 41, abs=1e-3)


def test_without_reading_alone_there_is_no_such_share() -> None:
    assert stage_shares({"read": 10.0, "cluster": 1.0})["others_over_reading_alone"] is None


def test_the_runs_own_seconds_are_no_stage() -> None:
    # The child's wall seconds of the run (without reading alone after it) come apart.
    shares = stage_shares({"read": 40.0, "cluster": 10.0, READING_ALONE: 40.0, THE_RUN: 52.5})
    assert shares["run_seconds"] == 52.5
    assert shares["others_over_reading_alone"] == 0.25
    assert THE_RUN not in shares["stages"]  # type: ignore[operator]


def test_the_same_account_in_cpu_seconds() -> None:
    # The run's processes took 125 CPU-seconds, reading the same articles alone 100.
    shares = stage_shares(
        {
            "read": 40.0,
            "cluster": 10.0,
            READING_ALONE: 40.0,
            RUN_CPU: 125.0,
            READING_ALONE_CPU: 100.0,
        }
    )
    assert shares["cpu"] == {
        "run_seconds": 125.0,
        "reading_alone_seconds": 100.0,
        "others_over_reading_alone": 0.25,
    }
    assert RUN_CPU not in shares["stages"]  # type: ignore[operator]
    assert stage_shares({"read": 10.0, READING_ALONE: 9.0})["cpu"] is None


def test_the_run_itself_by_process_reads_once() -> None:
    # The child took 14 CPU-seconds, its reading workers 100, its composing workers 11:
    # the other stages are a quarter of reading's, whatever reading alone took after it.
    shares = stage_shares(
        {
            "read": 40.0,
            "cluster": 10.0,
            READING_ALONE: 40.0,
            RUN_CPU: 125.0,
            READING_ALONE_CPU: 108.0,
            CHILD_CPU: 14.0,
            READING_WORKERS_CPU: 100.0,
            COMPOSING_WORKERS_CPU: 11.0,
        }
    )
    cpu = shares["cpu"]
    assert isinstance(cpu, dict)
    assert cpu["others_over_reading"] == 0.25
    assert cpu["by_process"] == {
        CHILD_CPU: 14.0,
        READING_WORKERS_CPU: 100.0,
        COMPOSING_WORKERS_CPU: 11.0,
    }
    assert cpu["others_over_reading_alone"] == round(17 / 108, 3)
    stages = shares["stages"]
    assert isinstance(stages, dict) and not {CHILD_CPU, READING_WORKERS_CPU} & set(stages)
