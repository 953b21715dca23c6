"""Acceptance: the five seed articles (read from ../shared/seeds, skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.compare.support import normalise
from storyline.eval.seeds import SeedRun, run_seeds
from tests.conftest import SEEDS, needs_seeds

pytestmark = needs_seeds()


@pytest.fixture(scope="module")
def seed_run() -> SeedRun:
    return run_seeds(SEEDS)


def group(run: SeedRun, attr: str) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for name, article in run.articles.items():
        groups.setdefault(getattr(article, attr) or name, set()).add(name[:3])
    return {frozenset(g) for g in groups.values()}


@pytest.mark.xfail(
    strict=True,
    reason="open (issues 2 and 4): with TF-IDF features and thresholds chosen on ECB+, the digest "
    "000 is as close to 003 (0.28) as to 001 (0.27), and 002/004 carry no year to separate them "
    "from the November event by date",
)
def test_three_events(seed_run: SeedRun) -> None:
    assert group(seed_run, "event_id") == {
        frozenset({"000", "001"}),
        frozenset({"002", "004"}),
        frozenset({"003"}),
    }


def test_one_storyline(seed_run: SeedRun) -> None:
    assert group(seed_run, "storyline_id") == {frozenset({"000", "001", "002", "003", "004"})}


def test_every_briefing_sentence_cites_an_article(seed_run: SeedRun) -> None:
    (briefing,) = seed_run.briefings
    sentences = [
        briefing.summary,
        *briefing.main,
        *briefing.reactions,
        *(e.text for e in briefing.developments),
        *(e.text for e in briefing.timeline),
    ]
    assert sentences
    for sentence in sentences:
        assert sentence.citations, sentence.text


def test_every_quote_stands_verbatim_in_its_source(seed_run: SeedRun) -> None:
    (briefing,) = seed_run.briefings
    texts = {a.id: a.text for a in seed_run.articles.values()}
    assert briefing.quotes
    for quote in briefing.quotes:
        source = texts[quote.citation.article_id]
        assert source[quote.citation.start : quote.citation.end] == quote.text
        assert normalise(quote.text) in normalise(source)


def test_seed_files_are_only_read(seed_run: SeedRun) -> None:
    assert all(Path(a.source).parent == SEEDS for a in seed_run.articles.values())
