"""A briefing reads a bounded part of its storyline (its latest events), says so, and is
not composed again when a build touches the storyline outside that part."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from storyline import pipeline
from storyline.brief.render import render
from storyline.brief.scope import scope
from storyline.brief.summary import recounted
from storyline.brief.view import _sources_note
from storyline.cli import _environment_settings, _fetch_settings, main
from storyline.model import (
    Briefing,
    BriefSentence,
    Event,
    Source,
    StorySummary,
    TimelineEntry,
)
from storyline.settings import Settings, from_environment
from storyline.store.db import Store
from tests.test_incremental import _corpus_module, _documents

SMALL = Settings(briefed_events=3, briefed_reports=8)


def test_the_latest_events_are_told_and_an_event_too_big_keeps_its_latest_reports() -> None:
    events = [
        Event("a", ["a1", "a2"], "s", "2026-01-01"),
        Event("b", ["b1", "b2", "b3"], "s", "2026-01-05"),
        Event("c", ["c1"], "s", None),
        Event("d", ["d1", "d2", "d3", "d4"], "s", "2026-01-03"),
    ]
    told = scope(events, Settings(briefed_events=3, briefed_reports=5))
    # b (latest) whole, then d with the two reports left room for; a and c not told.
    assert [(e.id, e.article_ids) for e in told.events] == [
        ("b", ["b1", "b2", "b3"]),
        ("d", ["d3", "d4"]),
    ]
    assert (told.events_in_storyline, told.reports_in_storyline, told.whole) == (4, 10, False)
    assert told.sizes == {"b": 3, "d": 4}  # d is read in part: its size is the whole's
    three = scope(events, Settings(briefed_events=3, briefed_reports=100))
    assert [e.id for e in three.events] == ["a", "b", "d"]  # undated events come last
    whole = scope(events, Settings())
    assert whole.whole and whole.events == events
    # Bounds of nothing still tell the latest event (a briefing needs one), by one report.
    least = scope(events, Settings(briefed_events=0, briefed_reports=0))
    assert [(e.id, e.article_ids) for e in least.events] == [("b", ["b3"])]


def test_the_sources_note_says_how_much_of_the_storyline_is_told() -> None:
    briefing = _briefing_of(events=2, reports=3)
    assert "tells" not in _sources_note(briefing)  # the whole storyline: nothing to add
    briefing.events_in_storyline, briefing.reports_in_storyline = 5, 40
    assert _sources_note(briefing).endswith(
        "The briefing tells 2 of the storyline's 5 events, the latest first, and reads 3 of"
        " its 40 reports."
    )
    briefing.events_in_storyline = 2  # every event told, the largest one in part
    assert _sources_note(briefing).endswith(
        "The briefing reads 3 of the storyline's 40 reports, the latest of each event."
    )


def _briefing_of(events: int, reports: int) -> Briefing:
    timeline = [TimelineEntry(f"e{i}", None, BriefSentence("x", [])) for i in range(events)]
    sources = [Source(i + 1, f"a{i}", None, None, None, "independent") for i in range(reports)]
    empty = BriefSentence("", [])
    return Briefing("s", "t", empty, "", [], [], [], timeline, [], sources, [], [], [])


def _ingest(store: Store, items: list[dict[str, str]]) -> None:
    pipeline.ingest_documents(store, _documents(items), SMALL)
    pipeline.build(store, SMALL)


@pytest.fixture
def composed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The storylines whose briefing was composed (not only recounted)."""
    seen: list[str] = []
    compose = pipeline._compose

    def spy(item: Any) -> Any:
        seen.append(item.scoped.storyline_id)
        return compose(item)

    monkeypatch.setattr(pipeline, "_compose", spy)
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEFS_FROM", 10**6)  # the spy sees every call
    return seen


def test_a_big_storyline_is_told_in_part_and_recounted_when_touched_outside_it(
    store: Store, composed: list[str]
) -> None:
    # Few reports of many events: later reports often join an old event.
    items = _corpus_module().corpus(200)[:60]
    _ingest(store, items[:48])
    before = {s.id: store.briefing_scope(s.id) for s in store.storylines()}
    reports_before = {s.id: _reports(store, s.id) for s in store.storylines()}
    partial = [
        b for s in store.storylines() if (b := store.briefing(s.id)) and b.reports_in_storyline
    ]
    assert partial, "the corpus has a storyline larger than the bounds"
    for briefing in partial:
        assert len(briefing.sources) <= SMALL.briefed_reports
        assert len({e.event_id for e in briefing.timeline}) <= SMALL.briefed_events
        assert briefing.reports_in_storyline > len(briefing.sources)
        assert "events, the latest first, and reads" in render(briefing, "md")
        fresh = pipeline.briefing_for(store, briefing.storyline_id, SMALL)
        assert fresh is not None and fresh.to_dict() == briefing.to_dict()

    composed.clear()
    _ingest(store, items[48:])
    recounted = _scope_unchanged(store, before)
    # The new reports went to events outside some storylines' scope: those were not
    # composed, and their briefings count the new reports all the same.
    assert not set(recounted) & set(composed)
    assert any(_reports(store, s) > reports_before[s] for s in recounted)
    for storyline_id in recounted + composed:
        stored = store.briefing(storyline_id)
        fresh = pipeline.briefing_for(store, storyline_id, SMALL)
        assert stored is not None and fresh is not None
        assert stored.to_dict() == fresh.to_dict()
        reports = _reports(store, storyline_id)
        assert stored.reports_in_storyline in (0, reports)
        summary = store.conn.execute(
            "SELECT json_extract(json, '$.articles') FROM story_summaries WHERE storyline_id=?",
            (storyline_id,),
        ).fetchone()[0]
        assert summary == reports
        outlets = store.conn.execute(
            "SELECT json_extract(json, '$.outlets') FROM story_summaries WHERE storyline_id=?",
            (storyline_id,),
        ).fetchone()[0]
        members = store.articles([a for e in store.events_of(storyline_id) for a in e.article_ids])
        assert json.loads(outlets) == sorted({a.outlet for a in members if a.outlet})


def _reports(store: Store, storyline_id: str) -> int:
    return sum(len(e.article_ids) for e in store.events_of(storyline_id))


def _scope_unchanged(store: Store, before: dict[str, Any]) -> list[str]:
    """The storylines whose briefing is stored with the stage version and scope key it
    had ``before`` (by storyline): recounted since, not composed."""
    return [
        s.id
        for s in store.storylines()
        if s.id in before and store.briefing_scope(s.id) == before[s.id]
    ]


def test_a_recount_gives_the_summary_that_summarising_its_reports_again_gives(
    store: Store, composed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    summarised: list[str] = []
    real_summarise = pipeline.summarise

    def spy(briefing: Briefing, *args: Any) -> Any:
        summarised.append(briefing.storyline_id)
        return real_summarise(briefing, *args)

    monkeypatch.setattr(pipeline, "summarise", spy)
    items = _corpus_module().corpus(200)[:60]
    _ingest(store, items[:48])
    before = {s.id: store.briefing_scope(s.id) for s in store.storylines()}
    reports_before = {s.id: _reports(store, s.id) for s in store.storylines()}
    texts = {s.id: _briefing_text(store, s.id) for s in store.storylines()}
    summarised.clear()
    _ingest(store, items[48:])
    recounted = _scope_unchanged(store, before)
    # Storylines the new reports joined outside their scope, one of them told in part.
    assert any(_reports(store, s) > reports_before[s] for s in recounted)
    assert any(store.briefing(s).reports_in_storyline for s in recounted)  # type: ignore[union-attr]
    # Not summarised again from its reports: the stored summary is recounted ...
    assert not set(summarised) & set(recounted)
    for storyline_id in recounted:
        briefing = store.briefing(storyline_id)
        assert briefing is not None
        # ... into what summarising them again would give,
        scoped = pipeline._scoped(store, storyline_id, SMALL)
        assert scoped is not None
        again = real_summarise(
            briefing, scoped.events, pipeline._told_articles(store, scoped), 0, set()
        )
        sources, outlets = pipeline._storylines_sources(store, storyline_id)
        expected = replace(again, sources=sources, outlets=outlets)
        stored = store.story_summary(storyline_id)
        assert stored is not None and stored.updated_at
        assert replace(stored, updated_at=None) == replace(expected, updated_at=None)
        # and the briefing's text is the one stored but for its counts of the storyline.
        old, new = json.loads(texts[storyline_id]), json.loads(_briefing_text(store, storyline_id))
        counted = ("events_in_storyline", "reports_in_storyline")
        assert {k: v for k, v in old.items() if k not in counted} == {
            k: v for k, v in new.items() if k not in counted
        }
        assert list(old) == list(new)
        assert _briefing_text(store, storyline_id) == json.dumps(briefing.to_dict())
        counts = (_reports(store, storyline_id), len(store.events_of(storyline_id)))
        told_whole = scoped.told.whole
        assert (new["reports_in_storyline"], new["events_in_storyline"]) == (
            (0, 0) if told_whole else counts
        )


def _briefing_text(store: Store, storyline_id: str) -> str:
    row = store.conn.execute(
        "SELECT json FROM briefings WHERE storyline_id=?", (storyline_id,)
    ).fetchone()
    return str(row[0])


def test_a_recount_dates_an_undated_event_by_the_reports_the_briefing_reads() -> None:
    stored = StorySummary("s", "t", "line", "2026-01-01", "2026-01-02", 3, 2, 2, ["o"], ["X"])
    events = [
        Event("a", ["a1", "a2"], "s", "2026-01-05"),
        Event("b", ["b1", "b2", "b3"], "s", None),  # b1 is not read: its date is unknown
        Event("c", ["c1"], "s", None),
    ]
    published = {"a2": "2026-01-04", "b2": "2026-01-09", "b3": None, "c1": None}
    again = recounted(stored, events, published)
    assert again == replace(
        stored, first_date="2026-01-05", last_date="2026-01-09", articles=6, events=3
    )
    assert recounted(stored, events[2:], published).first_date is None


def test_a_recount_reads_the_publication_dates_of_the_reports_that_date_an_event() -> None:
    events = [
        Event("a", ["a1", "a2"], "s", "2026-01-05"),
        Event("b", ["b1", "b2", "b3"], "s", None),
        Event("c", ["c1"], "s", "2026-01-01"),
    ]
    told = scope(events, Settings(briefed_events=3, briefed_reports=4))
    scoped = pipeline._Scoped("s", events, told, "key", {})
    # b, undated, is told last and read in part (its latest report, the room the dated
    # events leave): what is read of it dates it; a and c have dates of their own.
    assert [(e.id, e.article_ids) for e in told.events] == [
        ("a", ["a1", "a2"]),
        ("b", ["b3"]),
        ("c", ["c1"]),
    ]
    assert pipeline._dated_by_reports(scoped) == ["b3"]


def test_a_store_recounts_a_briefing_only_as_it_was_written(store: Store) -> None:
    briefing = _briefing_of(events=2, reports=3)
    summary = StorySummary("s", "t", "", None, None, 3, 2)

    def recount(stored: StorySummary) -> StorySummary:
        return replace(stored, articles=40, events=5)

    assert not store.recount_briefing("s", ("brief-x", "key"), (5, 40), recount)
    store.save_briefing(briefing, None, "brief-x", "key")  # (a briefing without a summary)
    assert not store.recount_briefing("s", ("brief-x", "key"), (5, 40), recount)
    assert store.story_summary("s") is None
    store.save_briefing(briefing, summary, "brief-x", "key")
    text = _briefing_text(store, "s")
    # Another build stored a briefing of another scope (or stage version) meanwhile:
    # nothing is written over it.
    for other in (("brief-x", "other key"), ("brief-y", "key")):
        assert not store.recount_briefing("s", other, (5, 40), recount)
    assert _briefing_text(store, "s") == text
    assert store.story_summary("s").articles == 3  # type: ignore[union-attr]
    assert store.recount_briefing("s", ("brief-x", "key"), (5, 40), recount)
    stored = store.briefing("s")
    assert stored is not None
    assert (stored.events_in_storyline, stored.reports_in_storyline) == (5, 40)
    briefing.events_in_storyline, briefing.reports_in_storyline = 5, 40
    assert _briefing_text(store, "s") == json.dumps(briefing.to_dict())
    assert store.briefing_scope("s") == ("brief-x", "key")
    assert store.story_summary("s").articles == 40  # type: ignore[union-attr]


def test_a_briefing_the_writer_failed_on_is_composed_again_next_time(
    store: Store, composed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(settings: Settings) -> Any:
        def chat(messages: Any) -> str:
            raise httpx.ConnectError("no writer here")

        return chat

    monkeypatch.setattr(pipeline.llm, "openai_chat", failing)
    with_writer = Settings(llm_base_url="http://127.0.0.1:9")
    items = _corpus_module().corpus(200)[:12]
    pipeline.ingest_documents(store, _documents(items[:10]), with_writer)
    pipeline.build(store, with_writer)
    first = set(composed)
    assert first and all(
        store.briefing_scope(s) == (pipeline.version("brief"), None) for s in first
    )
    composed.clear()
    pipeline.brief_storylines(store, first, with_writer)
    assert set(composed) == first  # not taken as current: the writer is tried again


def test_a_desk_sets_the_bounds_in_its_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("STORYLINE_BRIEFED_EVENTS", "60")
    monkeypatch.setenv("STORYLINE_BRIEFED_REPORTS", " 400 ")
    chosen = from_environment()
    assert (chosen.briefed_events, chosen.briefed_reports) == (60, 400)
    watched = _fetch_settings(("10.0.0.0/8",), _environment_settings())  # as `watch` does
    assert (watched.briefed_events, watched.fetch_allow_networks) == (60, ("10.0.0.0/8",))
    for bad in ("0", "²", "many", "-3"):
        monkeypatch.setenv("STORYLINE_BRIEFED_REPORTS", bad)
        with pytest.raises(ValueError, match="STORYLINE_BRIEFED_REPORTS must be a whole number"):
            from_environment()
    monkeypatch.setenv("STORYLINE_BRIEFED_REPORTS", "0")
    Store(tmp_path / "s.db").close()  # (build reads a store that exists)
    result = CliRunner().invoke(main, ["build", "--db", str(tmp_path / "s.db")])
    assert result.exit_code != 0
    assert "Error: STORYLINE_BRIEFED_REPORTS must be a whole number of at least 1, not '0'" in (
        result.output
    )
    serving = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "s.db")])
    assert serving.exit_code != 0 and "storyline on http" not in serving.output
