"""Source comparison on articles of our own making: support, contradiction, single-source
claims worth checking."""

from __future__ import annotations

from storyline import pipeline
from storyline.compare.support import figures
from storyline.model import RawDocument
from storyline.store.db import Store

# Two independent reports: different wording (not near-duplicates), one shared fact.
OPENINGS = [
    "The former police chief of Valmora, Edda Vos, was sentenced on Tuesday in the Valmora "
    "district court for taking bribes from the Tessaline shipping company. The court heard "
    "that the payments ran for several years before auditors found them. ",
    "A court in Valmora on Tuesday sentenced Edda Vos, who led the port city's police until "
    "last spring, over bribes she took from the Tessaline shipping company. Auditors found "
    "the payments after years, according to evidence heard by the court. ",
]


def _raw(n: int, outlet: str, extra: str) -> RawDocument:
    return RawDocument(
        source=f"test:{n}",
        kind="text",
        body=OPENINGS[n - 1] + extra,
        id=f"vos-{n}",
        title="Former Valmora police chief sentenced for bribery",
        outlet=outlet,
        published="2026-04-08",
    )


def test_figures_pair_numbers_with_what_they_count() -> None:
    assert figures("She was sentenced to 38 years in prison and fined 2,000 euros.") == {
        "year": {"38"},
        "euro": {"2000"},
    }


def test_contradicting_figures_and_single_source_claims(store: Store) -> None:
    pipeline.ingest_documents(
        store,
        [
            _raw(
                1,
                "Harbour Herald",
                "Edda Vos was sentenced to 38 years in prison by judge Anna Brisk. "
                "Vos also hid the money in an account at the Orrin Savings Bank, "
                "prosecutors said.",
            ),
            _raw(
                2,
                "Coastal Wire",
                "Edda Vos was sentenced to 40 years in prison by judge Anna Brisk. "
                "Her lawyer said she would appeal the verdict of the court.",
            ),
        ],
    )
    pipeline.build(store)
    [storyline] = store.storylines()
    briefing = pipeline.briefing_for(store, storyline.id)
    assert briefing is not None
    contradicted = {c.text: c for c in briefing.contradicted_claims}
    sentence = "Edda Vos was sentenced to 38 years in prison by judge Anna Brisk."
    assert sentence in contradicted
    assert contradicted[sentence].contradicted_by == ["vos-2"]
    assert "40 years" in contradicted[sentence].evidence[0]
    # A contradicted claim is listed as such, not again as a single-source claim.
    flagged = [c.text for c in briefing.single_source_claims]
    assert not any("38 years" in text for text in flagged)
    # The bank account is a detail only the Herald gives, on a point the Wire does not touch.
    assert all(c.article_id in {"vos-1", "vos-2"} for c in briefing.single_source_claims)
