from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.store.db import Store

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "test.db") as db:
        yield db


def needs_seeds() -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        not (SEEDS / "gold.json").exists(), reason="../shared/seeds is not present"
    )


@pytest.fixture(autouse=True)
def _no_standing_workers() -> Iterator[None]:
    """Each test starts without standing composing workers (``pipeline.stop_workers``) and
    without what composing found of reports before (``per_report.forget``): workers forked
    and findings made while another test's monkeypatch was in force would keep it."""
    yield
    from storyline import per_report, pipeline

    pipeline.stop_workers()
    per_report.forget()


@pytest.fixture(autouse=True)
def _nothing_left_frozen() -> Iterator[None]:
    """A test that fails inside a ``workers.frozen_meanwhile`` block it entered by hand
    leaves the process frozen: the next tests' workers would be forked with it."""
    yield
    gc.unfreeze()
