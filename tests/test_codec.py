"""The JSON an article is stored as: written by hand for speed, the same as
``dataclasses.asdict`` gives, for every field an article can hold."""

from __future__ import annotations

import json
from dataclasses import _asdict_inner, asdict, is_dataclass  # type: ignore[attr-defined]
from enum import Enum
from pathlib import Path
from typing import NamedTuple, get_type_hints

from storyline import model, pipeline
from storyline.model import Article, Entity, Quote, TimeExpr
from storyline.store.codec import article_from_json, article_to_json
from storyline.store.db import Store, StoryQuery
from tests.conftest import EXAMPLES


def _as_asdict_writes(article: Article) -> str:
    return json.dumps(asdict(article), ensure_ascii=False)


def test_a_read_and_clustered_article_is_written_as_asdict_writes_it(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        pipeline.ingest(store, [EXAMPLES])
        pipeline.build(store)
        articles = store.articles()
    assert articles and any(a.quotes and a.times and a.entities for a in articles)
    for article in articles:
        assert article_to_json(article) == _as_asdict_writes(article)
        assert article_from_json(article_to_json(article)) == article


def test_every_field_is_written() -> None:
    article = Article(
        id="a",
        source="feed#1",
        text="“We will stay,” the mayor said on Monday. Ünïcode stays as it is.",
        url="https://example.org/a",
        outlet="Example",
        title="Mayor stays",
        title_source="html",
        author="A. Writer",
        section="Local",
        published="2024-11-13",
        published_source="page",
        published_range=("2024-11-01", "2024-11-30"),
        removed=["Photo: Example"],
        duplicate_of="b",
        event_id="ev-1",
        storyline_id="st-1",
        entities=[Entity("the mayor", "PERSON", 22, 31, "mayor")],
        quotes=[Quote("We will stay,", 1, 14, "mayor", "the mayor", 22, 31, True)],
        times=[TimeExpr("on Monday", 37, 46, "2024-11-11", "2024-11-13")],
        event_date="2024-11-11",
        sentences=[(0, 43), (44, 70)],
        date_lines=["Wednesday, November 13, 2024"],
        extra={"section": "local", "tags": ["a", {"b": (1, 2)}], "score": 0.5},
    )
    assert article_to_json(article) == _as_asdict_writes(article)
    assert all(value for value in json.loads(article_to_json(article)).values())


def test_only_the_fields_written_by_hand_hold_dataclasses() -> None:
    """A new field holding a model class would need writing by hand too."""
    classes = {name for name, value in vars(model).items() if is_dataclass(value)}
    hints = get_type_hints(Article)
    holding = {name for name, hint in hints.items() if any(f".{c}]" in str(hint) for c in classes)}
    assert holding == {"entities", "quotes", "times"}


def test_a_briefing_and_its_summary_are_written_as_asdict_writes_them(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        pipeline.ingest(store, [EXAMPLES])
        pipeline.build(store)
        briefings = [b for s in store.storylines() if (b := store.briefing(s.id)) is not None]
        summaries = store.story_summaries(StoryQuery())[1]
    assert briefings and any(b.quotes and b.timeline and b.sources for b in briefings)
    for briefing in briefings:
        assert briefing.to_dict() == asdict(briefing)
        assert json.dumps(briefing.to_dict()) == json.dumps(asdict(briefing))
    for summary in summaries:
        assert json.dumps(model.plain(summary)) == json.dumps(asdict(summary))


class _Pair(NamedTuple):
    first: object
    second: object


def test_plain_gives_what_asdict_gives_for_every_kind_of_value() -> None:
    # Named tuples and tuples keep their types, dict keys and values are walked, a value of
    # another type (an enum, a set) is deep-copied, the same as ``asdict`` does.
    mutable = {"set"}
    entity = Entity("Mexico", "GPE", 0, 6, "Mexico")
    value = {
        "pair": _Pair(entity, (1, 2.5, None)),
        "nested": [[entity], ("a", True)],
        (1, "key"): {"inner": entity},
        "other": Side.LEFT,
        "mutable": mutable,
    }
    made = model.plain(value)
    assert made == _asdict_inner(value, dict)
    assert type(made["pair"]) is _Pair and type(made["nested"][1]) is tuple
    assert made["mutable"] == mutable and made["mutable"] is not mutable
    assert made["other"] is Side.LEFT


class Side(Enum):
    LEFT = "left"
