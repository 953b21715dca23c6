"""Online clustering: candidates from the inverted index, event merges with old ids still
resolving, and stable ids across runs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from storyline import pipeline
from storyline.cluster.online import OnlineClusterer, TermIndex
from storyline.model import Article, RawDocument
from storyline.settings import DEFAULT
from storyline.store.db import Store

# Bars chosen for these small hand-made term bags, not the defaults for news articles.
TIGHT = replace(DEFAULT, event_join=0.5, event_merge=0.5)


def bag(*terms: str) -> dict[str, float]:
    return dict.fromkeys(terms, 1.0)


def test_index_proposes_items_sharing_the_most_informative_terms() -> None:
    index = TermIndex()
    index.add("a", ["strike", "port", "valmara"])
    index.add("b", ["museum", "valmara"])
    index.add("c", ["flood", "river"])
    found = index.candidates({"strike": 5.0, "valmara": 1.0, "river": 0.5}, 2, 10)
    assert found == ["a", "b"]  # "river" is not among the two best terms
    index.remove("a", ["strike", "port", "valmara"])
    assert index.candidates({"strike": 5.0}, 2, 10) == []


def test_a_bridging_article_merges_two_events_into_the_older() -> None:
    clusterer = OnlineClusterer([], 0, {}, TIGHT)
    first = clusterer.assign(Article("a", "a", "x"), bag("port", "strike", "wage", "union"))
    second = clusterer.assign(Article("b", "b", "x"), bag("port", "strike", "talks", "crane"))
    assert second.new_event and second.event.id != first.event.id
    bridge = clusterer.assign(
        Article("c", "c", "x"), bag("port", "strike", "wage", "union", "talks", "crane")
    )
    assert not bridge.new_event
    assert bridge.event.id == first.event.id  # the older event keeps its id
    assert [(f.id, k.id) for f, k in bridge.merged] == [(second.event.id, first.event.id)]
    assert second.event.id not in clusterer.events


def test_merged_events_resolve_in_the_store(tmp_path: Path) -> None:
    texts = {
        "a": "Port workers in Valmara began a strike over wages, the union said on Monday. "
        "Ships waited outside the harbour.",
        "b": "Crane operators joined talks at the Valmara port as the dock strike went on. "
        "The port authority said it hoped for a deal.",
    }
    with Store(tmp_path / "s.db") as store:
        raws = [RawDocument(source=k, kind="text", body=v, id=k) for k, v in texts.items()]
        pipeline.ingest_documents(store, raws)
        pipeline.build(store, replace(DEFAULT, event_join=0.99))
        event_a, event_b = (store.article(k).event_id for k in texts)  # type: ignore[union-attr]
        assert event_a and event_b and event_a != event_b
        keep = next(e for e in store.event_states() if e.id == event_a)
        store.merge_event(event_b, keep)
        assert store.resolve_event(event_b) == event_a
        assert store.article("b").event_id == event_a  # type: ignore[union-attr]
        assert [e.id for e in store.events()] == [event_a]


def test_ids_are_stable_across_runs(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[1] / "examples" / "articles"
    runs = []
    for name in ("one.db", "two.db"):
        with Store(tmp_path / name) as store:
            pipeline.ingest(store, [examples])
            pipeline.build(store)
            runs.append(
                sorted((e.id, e.storyline_id, tuple(e.article_ids)) for e in store.events())
            )
    assert runs[0] == runs[1]
