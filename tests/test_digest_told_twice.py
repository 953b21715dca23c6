"""A happening told twice in the digest, in other words, by two reports the clusterer put
in two events: the second telling is dropped and its source joins the first's citation
(reports of our own making)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from storyline import pipeline
from storyline.brief.compose import _Shown, compose
from storyline.brief.context import Context
from storyline.model import BriefSentence, Citation, Event, RawDocument, Storyline
from storyline.settings import DEFAULT
from storyline.store.db import Store

COUNCIL = "The Marlow city council voted on Tuesday to close the old harbour bridge to all traffic."
# Six of its ten content words stand in the council's sentence: another report's telling.
DRIVERS = "Drivers in Marlow will lose the old harbour bridge after the council voted to shut it for repairs."


def _said(text: str, n: int, article: str) -> BriefSentence:
    return BriefSentence(text, [Citation(n, article, 0, len(text))])


def _shown() -> _Shown:
    return _shown_of({"herald": None, "wire": None})


def test_another_reports_retelling_joins_the_citation() -> None:
    shown = _shown()
    first = _said(COUNCIL, 1, "herald")
    assert shown.add(first)
    assert not shown.add(_said(DRIVERS, 2, "wire"))
    assert [c.n for c in first.citations] == [1, 2]


def test_another_sources_restatement_lifts_the_single_source_flag() -> None:
    shown = _shown_of({"herald": None, "wire": None, "copy": "herald", "post": None})
    first = BriefSentence(COUNCIL, [Citation(1, "herald", 0, 10)], flag="single source")
    assert shown.add(first)
    # a syndicated copy of the same report is no other source
    assert not shown.add(_said(DRIVERS, 3, "copy"))
    assert first.flag == "single source"
    # another report telling the happening in its own words reports the point without
    # stating it: "reported" ("also reported by [2]"; it hedges nothing, so not "not
    # confirmed"), and it is no citation
    assert not shown.add(_said(DRIVERS + " Again.", 2, "wire"))
    assert first.flag == "reported" and first.discussed_by == [2]
    assert [c.n for c in first.citations] == [1, 3]
    # another source stating it (most of its words): cited, and no longer a lone claim
    restated = "On Tuesday the Marlow city council voted to close the old harbour bridge."
    assert not shown.add(_said(restated, 4, "post"))
    assert first.flag is None and [c.n for c in first.citations] == [1, 3, 4]


def _shown_of(copies: dict[str, str | None]) -> _Shown:
    # (each report tells of the Marlow council: the reports are about one subject)
    articles = {
        a: SimpleNamespace(id=a, duplicate_of=of, text=f"{COUNCIL} {DRIVERS}")
        for a, of in copies.items()
    }
    context = SimpleNamespace(settings=DEFAULT, event_of={}, event_dates={}, articles=articles)
    return _Shown(cast(Context, context))


def test_one_reports_next_sentence_in_part_the_same_words_stays() -> None:
    # A reporter does not tell a sentence again a line on: there the bar stays high.
    shown = _shown()
    assert shown.add(_said(COUNCIL, 1, "herald"))
    assert shown.add(_said(DRIVERS, 1, "herald"))


HERALD = (
    f"{COUNCIL} The bridge carried 9,000 cars a day across the Lunne estuary. "
    "Engineers found cracks in two of its piers in a survey last month. "
    "Ferries will run every twenty minutes while the work lasts, the harbour office said."
)
WIRE = (
    f"{DRIVERS} Shops on the south bank fear losing customers during the closure. "
    "A temporary footbridge is planned for the summer, the mayor's office said."
)


def test_a_happening_the_clusterer_split_is_no_further_development(store: Store) -> None:
    raws = [
        RawDocument(source=f"test:{i}", kind="text", body=body, id=i, title=title, outlet=outlet)
        for i, body, title, outlet in (
            ("herald", HERALD, "Marlow shuts its old harbour bridge", "Marlow Herald"),
            ("wire", WIRE, "Harbour bridge to close for repairs", "Lunne Wire"),
        )
    ]
    pipeline.ingest_documents(store, raws)
    articles = {a.id: a for a in store.articles()}
    events = [
        Event("e-herald", ["herald"], "s", "2026-03-03"),
        Event("e-wire", ["wire"], "s", None),
    ]
    briefing = compose(Storyline("s", ["e-herald", "e-wire"]), events, articles)
    assert briefing.summary.text.startswith("The Marlow city council voted")
    assert {c.article_id for c in briefing.summary.citations} == {"herald", "wire"}
    assert briefing.developments == []
    assert len(briefing.timeline) == 2  # every event stays in the timeline


def test_two_events_dated_on_different_days_are_two_happenings() -> None:
    # A strike's start and its end share their words; the dates tell them apart.
    dates = SimpleNamespace(
        settings=DEFAULT,
        event_of={"herald": "e1", "wire": "e2"},
        event_dates={"e1": "2026-03-10", "e2": "2026-03-02"},
    )
    shown = _Shown(cast(Context, dates))
    assert shown.add(_said(COUNCIL, 1, "herald"))
    assert shown.add(_said(DRIVERS, 2, "wire"))


def test_a_short_sentences_names_do_not_make_a_retelling() -> None:
    # Two of three content words shared is two names, not one happening told twice.
    shown = _shown()
    assert shown.add(_said("Ada Brenn has come up with one.", 1, "herald"))
    assert shown.add(_said("Ada Brenn wants free ferries for families in Corlen.", 2, "wire"))


def test_another_companys_report_in_the_same_words_is_no_retelling() -> None:
    # (brief-87, a TimeBank read: "Aetna ... third-quarter net income fell 22%" was shown
    # "reported by" a report of Service Corp.'s quarter, which never names Aetna)
    aetna = (
        "Aetna Life & Casualty Co.'s third-quarter net income fell 22% to $182.6 million, or "
        "$1.63 a share, reflecting the damages from Hurricane Hugo."
    )
    service = (
        "Service Corp. International said its third-quarter net income fell 15% to $12.5 "
        "million, or 26 cents a share."
    )
    # (each report names its company inside a sentence too, as the real ones do)
    articles = {
        "aetna": SimpleNamespace(
            id="aetna", duplicate_of=None, text=aetna + " Analysts expected more of Aetna."
        ),
        "service": SimpleNamespace(
            id="service",
            duplicate_of=None,
            text=service + " A year earlier, Service Corp. had a loss.",
        ),
    }
    context = SimpleNamespace(settings=DEFAULT, event_of={}, event_dates={}, articles=articles)
    shown = _Shown(cast(Context, context))
    first = BriefSentence(aetna, [Citation(1, "aetna", 0, 10)], flag="single source")
    assert shown.add(first)
    assert shown.add(_said(service, 2, "service"))  # shown on its own, no retelling
    assert first.flag == "single source" and first.discussed_by == []
    assert [c.n for c in first.citations] == [1]


def test_a_source_that_never_names_the_claims_subject_is_filed_nowhere() -> None:
    from storyline.compare.stance import names_none_of

    claim = "Savin Corp. reported a third-quarter net loss of $35.2 million, or 31 cents a share."
    # (its report names Savin inside a sentence too: its opening word is a name)
    report = claim + " Demand fell in the markets in which Savin competes."
    other = "Hadson Corp. said it expects to report a third-quarter net loss of $17 million."
    assert names_none_of(claim, other, report)  # "Corp." tells no one company
    assert not names_none_of(claim, other, claim)  # its opening word may be any word
    assert not names_none_of(claim, other + " Savin's results were worse.", report)
    assert not names_none_of("the company reported a third-quarter net loss.", other)
    # (a reviewer's cases: the same name however written is the same subject)
    for sentence in (
        "Trump's plan was rejected by the court.",
        "McDonald's raised its dividend by 10%.",
        "Hewlett-Packard Co. said it would cut jobs.",
        "O’Rourke conceded the race in El Paso.",
    ):
        assert not names_none_of(sentence, sentence, sentence), sentence
    for claim_text, source in (
        ("Nearly 300 people were killed in the earthquake.", "About 300 people died."),
        ("The Federal Deposit Insurance Corp. approved the sale.", "The FDIC approved it."),
        ("The FDIC approved the sale.", "The Federal Deposit Insurance Corp. approved it."),
        ("The United States struck targets in Sudan.", "The U.S. struck targets."),
        ("Chinese officials said it.", "China said so."),
    ):
        assert not names_none_of(claim_text, source, claim_text), claim_text
