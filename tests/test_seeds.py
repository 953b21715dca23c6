"""Acceptance: the five seed articles (read from ../shared/seeds, skipped when absent)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


def test_the_briefing_says_each_thing_once_and_opens_no_section_with_he(
    seed_run: SeedRun,
) -> None:
    (briefing,) = seed_run.briefings
    prose = [
        briefing.summary,
        *briefing.main,
        *(e.text for e in briefing.developments),
        *briefing.reactions,
    ]
    texts = [s.text for s in prose]
    assert len(texts) == len(set(texts))
    standalone = [briefing.summary, *(e.text for e in briefing.developments)]
    assert not any(s.text.split()[0] in {"He", "She", "They", "It"} for s in standalone)


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


def gold() -> dict[str, Any]:
    return dict(json.loads((SEEDS / "gold.json").read_text(encoding="utf-8")))


def test_publication_dates_are_inferred_or_left_unknown(seed_run: SeedRun) -> None:
    for name, info in gold()["articles"].items():
        article = seed_run.articles[name]
        expected = info["published"]
        if expected is None:
            assert article.published is None and article.published_range is None, name
            continue
        assert article.published is None, name  # no source states it
        assert article.published_range is not None, name
        assert expected[0] <= article.published_range[0] <= article.published_range[1]
        assert article.published_range[1] <= expected[1], name
        assert article.published_source == "inferred", name


def test_the_date_banner_that_the_text_contradicts_is_not_taken(seed_run: SeedRun) -> None:
    banner_page = seed_run.articles["002_38924835ca636c85.txt"]
    assert banner_page.date_lines == ["Thursday, January 16, 2025"]
    assert banner_page.published is None


def test_every_gold_time_expression_has_its_value(seed_run: SeedRun) -> None:
    for expected in gold()["time_expressions"]:
        times = seed_run.articles[expected["article"]].times
        values = [
            t.value for t in times if expected["text"] in t.text or t.text in expected["text"]
        ]
        assert expected["value"] in values, expected


def test_key_quotes_say_their_check_in_words_a_reader_reads(seed_run: SeedRun) -> None:
    from storyline.brief.render import markdown_of
    from storyline.brief.view import QUOTE_CHECK_LABELS, build_view

    labels = {f"({label})" for label in QUOTE_CHECK_LABELS.values()}
    (briefing,) = seed_run.briefings
    markdown = markdown_of(build_view(briefing))
    section = markdown.split("## Key quotes", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("- “")]
    assert lines and all(any(line.endswith(label) for label in labels) for line in lines)
