"""No key quote of any briefing of the bundled examples and the seeds is credited to a date,
a weekday or a place (issue 22): the whole pipeline, from files to briefings."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import people, pipeline
from storyline.model import Article, Briefing
from storyline.store.db import Store
from tests.conftest import SEEDS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def briefings_of(files: list[Path], tmp_path: Path) -> tuple[list[Briefing], list[Article]]:
    with Store(tmp_path / "run.db") as store:
        pipeline.ingest(store, files)
        pipeline.build(store)
        briefings = [
            b for s in store.storylines() if (b := pipeline.briefing_for(store, s.id)) is not None
        ]
        return briefings, list(store.articles())


def wrong_speakers(briefings: list[Briefing], articles: list[Article]) -> list[str]:
    """Key quotes whose speaker is a date, a weekday or a place the articles name."""
    places = {
        e.canonical.lower()
        for a in articles
        for e in a.entities
        if e.label in people.PLACE_LABELS and not people.is_speaking_place(e.canonical)
    }
    people_named = {
        e.canonical.lower() for a in articles for e in a.entities if e.label == "PERSON"
    }
    wrong = []
    for briefing in briefings:
        for quote in briefing.quotes:
            speaker = quote.speaker
            if speaker is None:
                continue
            if people.is_time_word(speaker) or (
                speaker.lower() in places and speaker.lower() not in people_named
            ):
                wrong.append(f"{speaker!r}: {quote.text[:60]}")
    return wrong


def test_no_key_quote_of_the_examples_is_credited_to_a_date_or_a_place(tmp_path: Path) -> None:
    files = sorted(p for p in EXAMPLES.iterdir() if p.is_file() and p.name != "README.md")
    briefings, articles = briefings_of(files, tmp_path)
    assert briefings and any(b.quotes for b in briefings)
    assert wrong_speakers(briefings, articles) == []


@pytest.mark.skipif(not (SEEDS / "gold.json").exists(), reason="../shared/seeds is not present")
def test_no_key_quote_of_the_seeds_is_credited_to_a_date_or_a_place(tmp_path: Path) -> None:
    briefings, articles = briefings_of(sorted(SEEDS.glob("*.txt")), tmp_path)
    assert briefings and any(b.quotes for b in briefings)
    assert wrong_speakers(briefings, articles) == []
