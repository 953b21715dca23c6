"""A point another source tells is not one "only one source makes", even when that source
tells it in two sentences, with a place's country given elsewhere in the report, or in a
shorter sentence without the claim's background (the forms an editor found labelled
"single source" in 1998-2000 wire reports; the reports here are of our own making)."""

from __future__ import annotations

from storyline import pipeline
from storyline.brief.compose import (
    _Context,
    _context,
    _not_told_twice,
    _reporting,
    _restated_elsewhere,
    _shorter_tellings,
    _Shown,
    _single_source_claims,
)
from storyline.model import Claim, RawDocument
from storyline.settings import DEFAULT
from storyline.store.db import Store
from tests.test_compare import OPENINGS

HERALD = (
    "Nine people were charged in the case. "
    "Six of those are in custody, but the rest remained at large, including the shipping "
    "agent Piet Laros. "
    "The Tessaline office in Lyon, France, had no comment. "
    "The court ordered Vos to repay 40,000 euros to the city, less than a year after "
    "auditors had first raised the alarm about the payments and looked into the "
    "company's accounts. "
    "Mayor Jan Oster said the city would spend the money on harbour patrols. "
)
WIRE = (
    "Nine people were charged in the case. "
    "Six of them are in custody in Valmora and one abroad. "
    "The rest remained at large, including the shipping agent Piet Laros. "
    "The Tessaline company is based in France. "
    "The Tessaline office in Lyon had no comment. "
    "Vos must repay 40,000 euros to the city, the court ordered. "
    "Prosecutor Lene Dahl said the city would spend the money on harbour patrols. "
)


def _raw(n: int, extra: str, outlet: str) -> RawDocument:
    return RawDocument(
        source=f"test:{n}",
        kind="text",
        body=OPENINGS[n - 1] + extra,
        id=f"vos-{n}",
        title="Former Valmora police chief sentenced for bribery",
        outlet=outlet,
        published="2026-04-08",
    )


def _herald_claims(store: Store, wire: str = "Coastal Wire") -> tuple[dict[str, Claim], _Context]:
    pipeline.ingest_documents(store, [_raw(1, HERALD, "Harbour Herald"), _raw(2, WIRE, wire)])
    pipeline.build(store)
    ctx = _context(store.articles(), store.events(), DEFAULT)
    herald = {c.text[:20]: c for c in ctx.claims.values() if c.article_id == "vos-1"}
    return herald, ctx


def test_a_point_told_in_two_sentences_or_with_its_country_elsewhere_is_restated(
    store: Store,
) -> None:
    herald, ctx = _herald_claims(store)
    assert _restated_elsewhere(herald["Six of those are in "], ctx)
    assert _restated_elsewhere(herald["The Tessaline office"], ctx)


def test_a_shorter_telling_of_the_point_reports_it(store: Store) -> None:
    herald, ctx = _herald_claims(store)
    repay = herald["The court ordered Vo"]
    # The Wire tells the order and its figure without the background: "also reported by".
    assert _shorter_tellings(repay, ctx) == ["vos-2"]
    assert _reporting(repay, ctx) == ["vos-2"]
    # Another speaker saying the same words tells another point: a name the claim lacks.
    mayor = herald["Mayor Jan Oster said"]
    assert _shorter_tellings(mayor, ctx) == []


def test_flags_leave_out_points_another_source_tells(store: Store) -> None:
    _, ctx = _herald_claims(store)
    [event] = store.events()
    flagged = {c.text[:20] for c in _single_source_claims(ctx, event.id, _Shown(ctx), [])}
    assert not {"Six of those are in ", "The Tessaline office", "The court ordered Vo"} & flagged


def test_another_story_of_the_same_outlet_is_no_other_source(store: Store) -> None:
    # Two versions of one outlet's story of the day (AQUAINT: two AP stories of 8 October
    # 1999 both told "The U.S. Embassy in Pretoria had no comment.") are one source of it.
    herald, ctx = _herald_claims(store, wire="Harbour Herald")
    assert not _restated_elsewhere(herald["Six of those are in "], ctx)
    assert _shorter_tellings(herald["The court ordered Vo"], ctx) == []


def test_a_flag_told_with_a_claim_told_elsewhere_goes_but_not_for_a_few_shared_words(
    store: Store,
) -> None:
    _, ctx = _herald_claims(store)
    flag = Claim(
        "vos-1",
        "Mayor Jan Oster said the harbour patrols in Valmora would cost the city 40,000 euros "
        "a year from March.",
        0,
        0,
        [],
    )
    short = Claim("vos-2", "Valmora harbour patrols are a start.", 0, 0, [])
    assert _not_told_twice([flag], ctx, [short]) == [flag]
    same = Claim(
        "vos-2",
        "Mayor Jan Oster said on Monday the Valmora harbour patrols would cost the city "
        "40,000 euros a year from March.",
        0,
        0,
        [],
    )
    assert _not_told_twice([flag], ctx, [same]) == []
