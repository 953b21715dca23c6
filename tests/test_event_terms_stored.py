"""An event's terms are stored whole, then as the reports' terms added since
(``EventState.to_store``): loaded back they are the terms the clusterer held, in their
order and to the bit, and what a build writes for a report is that report's terms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline import pipeline
from storyline.cluster import kept
from storyline.cluster.state import MAX_ADDED, EventState
from storyline.store.db import Store
from tests.test_incremental import _corpus_module, _documents


@pytest.fixture(autouse=True)
def _nothing_kept_before_or_after() -> object:
    kept.forget()
    yield
    kept.forget()


def _loaded(event: EventState, whole: str, added: list[str]) -> EventState:
    return EventState.from_stored(
        event.id, whole, event.first_date, event.last_date, event.storyline_id, added
    )


def test_an_event_added_to_loads_with_the_terms_it_held_in_their_order_to_the_bit() -> None:
    event = EventState("ev-1", {"a": 0.1, "b": 1.0}, "2024-11-13", "2024-11-13")
    first = event.to_store()
    assert first.whole is not None and first.added is None  # never written: whole
    whole, added = first.whole, []
    # Sums whose order shows: 0.1 + 0.2 + 0.3 is not 0.1 + (0.2 + 0.3) in floating point.
    reports = [{"a": 0.2, "c": 2.0}, {"a": 0.3, "d": 0.7}, {"e": 1.5, "c": 0.1}]
    for n, terms in enumerate(reports):
        event.add(terms)
        if n != 1:  # (two reports in one write: one row holds both, in order)
            stored = event.to_store()
            assert stored.whole is None and stored.added is not None
            added.append(stored.added)
    assert [len(json.loads(a)) for a in added] == [1, 2]
    loaded = _loaded(event, whole, added)
    assert list(loaded.terms.items()) == list(event.terms.items())
    assert loaded.terms["a"] == (0.1 + 0.2) + 0.3 != 0.1 + (0.2 + 0.3)
    # Loaded, it goes on adding beside what is stored.
    loaded.add({"f": 1.0})
    stored = loaded.to_store()
    assert stored.whole is None and stored.stored_added == len(reports) + 1


def test_an_event_is_written_whole_again_past_the_bound_or_once_trimmed() -> None:
    event = EventState("ev-1", {"a": 1.0}, None, None)
    event.to_store()
    for n in range(MAX_ADDED):
        event.add({f"t{n}": 1.0})
    stored = event.to_store()
    assert stored.whole is None and stored.stored_added == MAX_ADDED
    event.add({"over": 1.0})
    stored = event.to_store()
    assert stored.whole is not None and stored.stored_added == 0
    assert json.loads(stored.whole) == event.terms
    event.add({"u": 1.0})
    assert event.to_store().whole is None
    event.replace_terms({"a": 1.0})  # (trimmed: a new dict)
    assert event.to_store().whole == json.dumps({"a": 1.0})
    # A store holding more than the bound (written with another) is written whole next.
    over = [json.dumps([{f"t{n}": 1.0}]) for n in range(MAX_ADDED + 1)]
    assert _loaded(event, '{"a": 1.0}', over).to_store().whole is not None


def test_a_build_writes_the_reports_terms_an_event_took_and_loads_them_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "brief_storylines", lambda *args, **kwargs: 0)
    items = _corpus_module().corpus(60)
    with Store(tmp_path / "store.db") as store:
        for first in range(0, len(items), 3):
            pipeline.ingest_documents(store, _documents(items[first : first + 3]))
            pipeline.build(store)
        held = kept._KEPT[0].clusterer
        rows = store.conn.execute(
            "SELECT event_id, COUNT(*), SUM(json_array_length(terms)) FROM event_additions"
            " GROUP BY event_id"
        ).fetchall()
        # Events that took reports after they were written hold those reports' terms.
        assert rows and all(0 < added <= MAX_ADDED for _, _, added in rows)
        for event in store.event_states():
            assert list(event.terms.items()) == list(held.events[event.id].terms.items())
        store.uncluster_all()
        assert not store.conn.execute("SELECT 1 FROM event_additions").fetchall()


def test_terms_written_whole_or_an_event_deleted_by_any_code_take_the_additions_along(
    tmp_path: Path,
) -> None:
    # An older release writes an event's terms whole and deletes events with no word of
    # the additions: left, they would be added again to terms that hold them already.
    with Store(tmp_path / "store.db") as store:
        first, second = (
            EventState("ev-1", {"a": 1.0}, None, None),
            EventState("ev-2", {}, None, None),
        )
        with store.write() as conn:
            for event in (first, second):
                Store._save_event(conn, event, "st-1")
            first.add({"a": 0.5, "b": 2.0})
            second.add({"c": 1.0})
            for event in (first, second):
                Store._save_event(conn, event, "st-1")
        loaded = {e.id: e.terms for e in store.event_states()}
        assert loaded == {"ev-1": {"a": 1.5, "b": 2.0}, "ev-2": {"c": 1.0}}
        with store.write() as conn:
            conn.execute("UPDATE events SET terms=? WHERE id='ev-1'", (json.dumps({"a": 9.0}),))
            conn.execute("UPDATE events SET storyline_id='st-2' WHERE id='ev-2'")  # (not terms)
        assert {e.id: e.terms for e in store.event_states()} == {
            "ev-1": {"a": 9.0},
            "ev-2": {"c": 1.0},
        }
        with store.write() as conn:
            conn.execute("DELETE FROM events WHERE id='ev-2'")
        assert store.conn.execute("SELECT event_id FROM event_additions").fetchall() == []
