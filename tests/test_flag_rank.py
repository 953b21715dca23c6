"""The order of the flags "claims only one source makes", on reports of our own making:
what an editor checks first comes first (the ranking rule, not any storyline's words)."""

from __future__ import annotations

import pytest

from storyline import pipeline
from storyline.brief.compose import (
    HISTORY,
    _context,
    _Elsewhere,
    _names_a_year_before,
    _one_per_rivalry,
    _rivals_quoted_alone,
    _Shown,
    _single_source_claims,
    _told_otherwise,
)
from storyline.brief.context import Context
from storyline.brief.render import render
from storyline.model import Article, Briefing, CheckedQuote, Claim, RawDocument, TimeExpr
from storyline.settings import DEFAULT
from storyline.store.db import Store
from tests.test_compare import OPENINGS as TWO_OPENINGS

# Three independent reports of one hearing: different wording, shared facts (the two of
# test_compare.py and a third).
OPENINGS = [
    *TWO_OPENINGS,
    "Edda Vos, once the police chief of the port of Valmora, was sentenced by the district "
    "court on Tuesday for bribes paid by the Tessaline shipping company over several years, "
    "which auditors uncovered. ",
]
EXTRAS = [
    # The Herald and the Wire tell the day she reports to prison otherwise; both tell of
    # her deputy, only the Herald names her; the repayment stands in the Wire too.
    "Vos must report to the Sarn prison on April 20, the judge told the court. "
    "Vos thanked her former deputy Ilse Marten, who sat in the front row of the court. "
    "Vos paid back 40,000 euros to the city, her lawyer said.",
    "The judge gave Vos until April 27 to report to a prison. "
    "Her former deputy watched from the front row. "
    "Vos paid back 40,000 euros to the city, according to her lawyer.",
    "The judge said the verdict sends a signal to every public servant in Valmora.",
]


def _raw(n: int) -> RawDocument:
    return RawDocument(
        source=f"test:{n}",
        kind="text",
        body=OPENINGS[n - 1] + EXTRAS[n - 1],
        id=f"vos-{n}",
        title="Former Valmora police chief sentenced for bribery",
        outlet=["Harbour Herald", "Coastal Wire", "Sarn Courier"][n - 1],
        published="2026-04-08",
    )


def _claims(store: Store) -> tuple[dict[str, Claim], list[Claim], _Elsewhere]:
    """The Herald's claims by their first words, the ranked flags (nothing printed in a
    digest), and what the other sources say."""
    pipeline.ingest_documents(store, [_raw(n) for n in (1, 2, 3)])
    pipeline.build(store)
    events = store.events()
    articles = store.articles()
    ctx = _context(articles, events, DEFAULT)
    herald = {c.text[:20]: c for c in ctx.claims.values() if c.article_id == "vos-1"}
    [event] = events
    ranked = _single_source_claims(ctx, event.id, _Shown(ctx), [])
    return herald, ranked, _Elsewhere(articles)


def test_flags_an_editor_checks_first_come_first(store: Store) -> None:
    herald, ranked, elsewhere = _claims(store)
    report = herald["Vos must report to t"]
    deputy = herald["Vos thanked her form"]
    repaid = herald["Vos paid back 40,000"]
    articles = {a.id: a for a in store.articles()}
    herald_article = articles["vos-1"]
    # Another source states the point with another day: told otherwise.
    assert "vos-2" in report.discussed_by
    ctx = _context(list(articles.values()), store.events(), DEFAULT)
    assert _told_otherwise(ctx.claims[(report.article_id, report.start)], ctx)
    # A name no other source gives is a new detail; a figure another gives is not, and a
    # claim every word of which another source has is nobody's own.
    assert "Ilse Marten" in elsewhere.new_details(deputy, herald_article, None)
    assert elsewhere.new_details(repaid, herald_article, None) == []
    assert elsewhere.unshared(repaid, herald_article) == 0.0
    assert elsewhere.unshared(deputy, herald_article) > 0.0
    # Told otherwise first, then the new name, and what another source has in full last.
    order = [c.text[:20] for c in ranked]
    assert order.index("Vos must report to t") < order.index("Vos thanked her form")
    # and what another source restates in nearly its words is no flag at all (brief-38)
    assert "Vos paid back 40,000" not in order


def test_an_undated_report_dated_before_its_storylines_latest_year_is_history() -> None:
    text = "Page was born in 1923 in Nashville. Page died on Thursday in 2008."
    article = Article(id="p", source="p", text=text)
    article.times = [
        TimeExpr("1923", text.index("1923"), text.index("1923") + 4, "1923", None),
        TimeExpr("2008", text.index("2008"), text.index("2008") + 4, "2008", None),
    ]
    born = Claim("p", text[:35], 0, 35, [])
    died = Claim("p", text[36:], 36, len(text), [])
    assert _names_a_year_before(born, article, "2008")
    assert not _names_a_year_before(died, article, "2008")
    # A dated report's history is background already (``is_background``), not this rule.
    article.event_date = "2008-12-11"
    assert not _names_a_year_before(born, article, "2008")


def test_a_tally_of_the_years_before_goes_down_the_list() -> None:
    assert HISTORY.search("Harbour pirates made 40 raids since the start of this year.")
    assert HISTORY.search("Vos won 30 cases in each of the past five seasons.")
    assert HISTORY.search("The Herald asked about the post over the past 3 years.")
    assert HISTORY.search("Vos was promoted to chief four years ago.")
    assert not HISTORY.search("Vos paid back 40,000 euros over three days.")


def test_the_storylines_other_events_flag_only_what_another_source_tells_otherwise(
    store: Store,
) -> None:
    # The same three reports read as background to another, later happening: the day she
    # reports to prison (April 20 against April 27) is still a flag, the name of her
    # deputy, which only the Herald gives, is extra detail (brief-50).
    herald, _, _ = _claims(store)
    ctx = _context(store.articles(), store.events(), DEFAULT)
    ranked = [c.text[:20] for c in _single_source_claims(ctx, "a-later-event", _Shown(ctx), [])]
    assert "Vos must report to t" in ranked
    assert "Vos thanked her form" not in ranked
    assert "Vos thanked her form" in herald


HARBOUR = (
    "Edda Vos, the harbour master of Valmora, said on Tuesday that the port would reopen on "
    "Monday after the storm, and that ships waiting offshore would be let in first. "
)
# The Wire's own opening (with the Herald's, the Wire's report would be its copy).
WIRE = (
    "The port of Valmora reopens on Monday, its harbour master said on Tuesday, once the "
    "storm damage has been cleared; ships at anchor go in first. "
)
QUOTED = [
    # The Herald's words for Vos; the Wire's, on the cranes, in other words, and another
    # quotation the Herald tells without quoting it.
    HARBOUR + "“Every crane was checked by our engineers and the port is safe,” Vos told "
    "reporters at the harbour office.",
    HARBOUR + "“The port will reopen on Monday and ships waiting offshore go first,” Vos "
    "said. “One crane still needs repairs, so the port is not safe,” Vos said at the harbour "
    "office.",
]


def _port_briefing(store: Store, bodies: list[str]) -> Briefing:
    """The briefing of two outlets' reports of the port's reopening."""
    return _briefing_of(
        store,
        bodies,
        "port",
        "Valmora port to reopen on Monday after the storm",
        ["Harbour Herald", "Coastal Wire"],
    )


def _briefing_of(
    store: Store, bodies: list[str], prefix: str, title: str, outlets: list[str]
) -> Briefing:
    """The briefing of one storyline of reports of one day, one outlet each."""
    docs = [
        RawDocument(
            source=f"test:{n}",
            kind="text",
            body=body,
            id=f"{prefix}-{n}",
            title=title,
            outlet=outlets[n],
            published="2026-04-08",
        )
        for n, body in enumerate(bodies)
    ]
    pipeline.ingest_documents(store, docs)
    pipeline.build(store)
    [story] = pipeline.list_stories(store)
    briefing = pipeline.stored_briefing(store, story.id)
    assert briefing is not None
    return briefing


@pytest.mark.parametrize(
    "herald, wire",
    [
        # Two people of one surname (a review of brief-50: "Tom Marrow" was "Ilse Marrow").
        ("Edda Vos told reporters", "Her brother Piet Vos said"),
        # Two titles ("Fire Chief" and "Police Chief" were one speaker).
        ("the Fire Chief told reporters", "the Police Chief said"),
        # Anyone of a kind: two outlets' "a port official" may be two people.
        ("a port official told reporters", "a port official said"),
    ],
)
def test_two_speakers_are_no_rivals(store: Store, herald: str, wire: str) -> None:
    bodies = [
        HARBOUR + "“Every crane was checked by our engineers and the port is safe,” "
        f"{herald} at the harbour office.",
        WIRE + f"“One crane still needs repairs, so the port is not safe,” {wire}.",
    ]
    assert _port_briefing(store, bodies).unverified_quotes == []


def test_quotations_that_share_only_everyday_words_are_no_rivals(store: Store) -> None:
    # "time" and "long", said nowhere else in the reports, are still no point of their own
    # (two things Trump said, paired in a May 2016 read)
    bodies = [
        HARBOUR + "“Every crane was checked, and for a long time the port will be safe,” Vos "
        "told reporters at the harbour office.",
        WIRE + "Every crane was checked and the port is safe, its engineers said. “We waited "
        "so long, it is about time,” Vos said.",
    ]
    assert _port_briefing(store, bodies).unverified_quotes == []


def test_quotations_that_share_only_everyday_verbs_are_no_rivals(store: Store) -> None:
    # "know" and "go", said nowhere else in the reports: two things Manafort said of two
    # states (a reader's check of April 2016 campaign news had paired them)
    bodies = [
        HARBOUR + "“I don't know. But what we can do is make the ships go to Brindle first,” "
        "Vos told reporters at the harbour office.",
        WIRE + "Every crane was checked and the port is safe, its engineers said. “We know how "
        "Corvara is going to go,” Vos said.",
    ]
    assert _port_briefing(store, bodies).unverified_quotes == []


def test_a_short_word_of_the_speakers_own_still_makes_rivals(store: Store) -> None:
    # "toll" and "free" are short and carry the point (a review of a length bar)
    bodies = [
        HARBOUR + "“Every toll on the quay was scrapped and the port is free,” Vos told "
        "reporters at the harbour office.",
        WIRE + "“One toll still stands, so the port is not free,” Vos said.",
    ]
    [flag] = _port_briefing(store, bodies).unverified_quotes
    assert flag.quoted_otherwise == ["One toll still stands, so the port is not free"]


def test_quotations_that_share_only_the_storys_words_are_no_rivals(store: Store) -> None:
    # "port" and "ships" stand in both reports' own sentences: two lines of one speech
    # ("This town will rebuild ..." and "Our people need a new bridge ...": a review of
    # brief-50), not one point in two wordings.
    bodies = [
        HARBOUR + "“The port will reopen on Monday and the ships will sail in first,” Vos told "
        "reporters at the harbour office.",
        WIRE + "“Our ships need a new channel, and this port will dig one this year,” Vos said.",
    ]
    assert _port_briefing(store, bodies).unverified_quotes == []


def test_a_quotation_one_outlet_has_is_a_flag_when_another_quotes_the_speaker_otherwise(
    store: Store,
) -> None:
    # Each outlet picks its own lines of what was said: a line only one quotes is no flag
    # (the key quotes say "no other source quotes it"); two outlets putting other words in
    # one speaker's mouth on one point (is the port safe?) is one an editor checks.
    briefing = _port_briefing(store, QUOTED)
    # The point is listed once, the Wire's wording beside the Herald's, in every format.
    [flag] = briefing.unverified_quotes
    assert flag.text == "Every crane was checked by our engineers and the port is safe"
    assert flag.quoted_otherwise == ["One crane still needs repairs, so the port is not safe"]
    assert flag.quoted_otherwise_in == ["port-1"]
    wire = next(s.n for s in briefing.sources if s.article_id == "port-1")
    rival = "quotes: “One crane still needs repairs, so the port is not safe”"
    # (two short reports: the Markdown's budget sends the flag to the page, one click away)
    assert "quotes worded otherwise (1)" in render(briefing, "md")
    assert f"[{wire}] {rival.replace('“', '<q>').replace('”', '</q>')}" in render(briefing, "html")


def test_two_rival_quotations_are_one_flag() -> None:
    # Each of two outlets' wordings has the other as its rival: the longer one is listed,
    # the shorter beside it, and not again on its own.
    long = CheckedQuote(
        "a", "The port is safe and every crane was checked", "Vos", "single_source", []
    )
    short = CheckedQuote("b", "The port is not safe yet", "Vos", "single_source", [])
    long.quoted_otherwise_in, long.quoted_otherwise = ["b"], [short.text]
    short.quoted_otherwise_in, short.quoted_otherwise = ["a"], [long.text]
    assert _one_per_rivalry([short, long]) == [long]


BRIDGE = [
    "The old Tarrow Bridge in Dunmere collapsed on Tuesday morning, sending two delivery vans "
    "into the Esk River and injuring four people. Rescue crews pulled the drivers from the "
    "water within an hour. Both drivers were taken to St Aldric Hospital in Holm with broken "
    "bones. Two other people on the footpath suffered cuts. Police sealed off both ends of the "
    "bridge within minutes. Officials said the beams and bolts of the old span had been "
    "checked before lorries were allowed back on it. The town council will meet on Thursday "
    "to discuss repairs.",
    "Four people were hurt when a section of the Tarrow Bridge gave way in Dunmere on "
    "Tuesday, dropping two vans into the river below. Fishermen helped firefighters reach the "
    "injured. Mayor Ilse Marrow said the town had paid Brenlow Engineering 300,000 euros to "
    "repair the span and that the firm had “checked every single beam and bolt of the old "
    "span” before lorries were allowed back. Traffic is being diverted through Holm Lane for "
    "the coming weeks.",
]


def test_a_claim_holding_a_quotation_no_other_source_has_is_no_claim_flag(
    store: Store,
) -> None:
    # The Post's sentence holds its report of the firm's words, which the Courier tells
    # without quoting them: checked as that quotation, listed or not, never as a claim
    # (a reviewer's case: brief-50 as first written listed it among the claims).
    briefing = _briefing_of(
        store,
        BRIDGE,
        "bridge",
        "Tarrow Bridge collapses in Dunmere, four hurt",
        ["Dunmere Courier", "Esk Valley Post"],
    )
    assert not any("Brenlow" in c.text for c in briefing.single_source_claims)


def test_rival_quotations_as_long_as_each_other_give_one_flag_in_any_order() -> None:
    # (the same articles arriving in another order give the same briefing: a review of
    # brief-50 found the one listed followed the order of arrival)
    one = CheckedQuote("a", "The quay is safe", "Vos", "single_source", [], 5, 21)
    other = CheckedQuote("b", "The quay is fine", "Vos", "single_source", [], 5, 21)
    one.quoted_otherwise_in, one.quoted_otherwise = ["b"], [other.text]
    other.quoted_otherwise_in, other.quoted_otherwise = ["a"], [one.text]
    assert _one_per_rivalry([one, other]) == _one_per_rivalry([other, one]) == [one]


def test_a_flags_rival_is_no_longer_no_other_sources() -> None:
    # (a review of brief-50: a key quote marked "no other source" stood beside the same
    # words listed as a flag's rival)
    flag = CheckedQuote("a", "The quay is safe", "Vos", "single_source", [], 5, 21)
    rival = CheckedQuote("b", "The quay is not safe yet", "Vos", "only_source", [], 5, 29)
    other = CheckedQuote("b", "We will open on Monday", "Vos", "only_source", [], 40, 62)
    flag.quoted_otherwise_in, flag.quoted_otherwise = ["b"], [rival.text]
    statuses = [q.status for q in _rivals_quoted_alone([flag, rival, other], [flag])]
    assert statuses == ["single_source", "single_source", "only_source"]


@pytest.mark.parametrize("second_day", ["2026-04-09", "2026-04-08"])
def test_a_figure_another_day_gives_is_an_update_not_the_point_told_otherwise(
    store: Store, second_day: str
) -> None:
    # Two outlets' market reports, one day apart: the index moves, no one tells it
    # otherwise (MEANTIME's Dow Jones figures of two days had been flagged); the same two
    # figures on one day are a difference an editor checks.
    claim, ctx = _first_claim_among(
        store,
        "index",
        [
            (
                "The Valmora harbour index was down 2.6% at noon after the Tessaline shipping "
                "company lost a contract. Traders said the fall was the steepest this year.",
                "2026-04-08",
            ),
            (
                "The Valmora harbour index was up 3.1% at noon after the Tessaline shipping "
                "company won a contract. Traders said the rise was the steepest this year.",
                second_day,
            ),
        ],
    )
    assert _told_otherwise(claim, ctx) == (second_day == "2026-04-08")


def _first_claim_among(
    store: Store, word: str, reports: list[tuple[str, str]]
) -> tuple[Claim, Context]:
    """The first report's claim holding ``word``, among reports (text, day) of one outlet
    each, every other report discussing it (as the stance function may file them)."""
    docs = [
        RawDocument(
            source=f"test:{n}",
            kind="text",
            body=body,
            id=f"report-{n}",
            title="Valmora news",
            outlet=f"Outlet {n}",
            published=day,
        )
        for n, (body, day) in enumerate(reports)
    ]
    pipeline.ingest_documents(store, docs)
    ctx = _context(store.articles(), store.events(), DEFAULT)
    [claim] = [c for c in ctx.claims.values() if c.article_id == "report-0" and word in c.text]
    claim.discussed_by = [f"report-{n}" for n in range(1, len(reports))]
    return claim, ctx


TOLL = "On March 1 the Valmora bus crash on the coast road killed {} people, police said."


def test_a_later_days_update_does_not_hide_a_toll_told_otherwise_that_day(store: Store) -> None:
    # The same day 30 against 45 is a flag; the next day's 52 is an update, and it does
    # not make the day's two tolls agree (a review of brief-51 found it did).
    claim, ctx = _first_claim_among(
        store,
        "killed",
        [
            (TOLL.format(30), "2026-03-02"),
            (TOLL.format(45), "2026-03-02"),
            (TOLL.format(52), "2026-03-03"),
        ],
    )
    assert _told_otherwise(claim, ctx)
    claim.discussed_by = ["report-2"]  # the next day's report alone
    assert not _told_otherwise(claim, ctx)


def test_a_background_claim_is_told_otherwise_only_by_its_own_events_reports(
    store: Store,
) -> None:
    claim, ctx = _first_claim_among(
        store,
        "killed",
        [
            (TOLL.format(30), "2026-03-02"),
            (
                "On March 2 the Valmora bus crash on the coast road killed 30 people, police said.",
                "2026-03-02",
            ),
        ],
    )
    ctx.event_of["report-1"] = "another-event"
    assert _told_otherwise(claim, ctx)  # (March 1 against March 2)
    assert not _told_otherwise(claim, ctx, within_its_event=True)


@pytest.mark.parametrize(
    "mine, theirs, told_otherwise",
    [
        # A date named by its month is the same day whoever writes it, on any day: a
        # difference (a second review found brief-51's first rule lost it).
        ("in December 2025", "in September 2025", True),
        ("on March 1", "on February 27", True),
        # A weekday is the writer's own week: another day's report tells another day.
        ("on Thursday", "on Tuesday", False),
    ],
)
def test_another_days_report_tells_a_point_otherwise_only_by_a_named_date(
    store: Store, mine: str, theirs: str, told_otherwise: bool
) -> None:
    claim, ctx = _first_claim_among(
        store,
        "launched",
        [
            (
                f"Tessaline launched its Zephyr cargo ferry {mine}, the company said. The "
                "ferry carries trucks between Valmora and Sarn twice a day in summer.",
                "2026-03-05",
            ),
            (
                "Harbour pilots at Sarn have asked for a second tug before the spring storms. "
                f"Tessaline launched the Zephyr cargo ferry {theirs}, a spokesman said.",
                "2026-03-07",
            ),
        ],
    )
    assert _told_otherwise(claim, ctx) == told_otherwise


def test_told_otherwise_is_kept_under_the_stamps_of_the_sources_it_reads(store: Store) -> None:
    """A build keeps whether a claim is told otherwise with its report's findings, under
    the stamps of the sources that discuss it: another source's record changed (a new
    stamp) is read again, an unchanged one is not."""
    from dataclasses import replace

    from storyline import per_report

    pipeline.ingest_documents(store, [_raw(n) for n in (1, 2, 3)])
    pipeline.build(store)
    events = store.events()
    articles = {a.id: a for a in store.articles()}
    wire = articles["vos-2"]
    assert any(t.value == "2026-04-27" for t in wire.times)
    # The Wire's record changed: it now tells the Herald's day.
    same_day = replace(
        wire,
        text=wire.text.replace("April 27", "April 20"),
        times=[replace(t, value=(t.value or "").replace("-04-27", "-04-20")) for t in wire.times],
    )
    per_report.forget()

    def told(wire_article: Article, wire_stamp: str, build: int) -> bool:
        stamps = {"vos-1": "herald", "vos-2": wire_stamp, "vos-3": "courier"}
        with per_report.reports_stamped(stamps, build):
            members = [articles["vos-1"], wire_article, articles["vos-3"]]
            ctx = _context(members, events, DEFAULT)
            [claim] = [
                c
                for c in ctx.claims.values()
                if c.article_id == "vos-1" and c.text.startswith("Vos must report")
            ]
            claim.discussed_by = ["vos-2"]
            answer = _told_otherwise(claim, ctx)
            assert per_report.answers_of(articles["vos-1"])  # (kept with the Herald's)
            return answer

    assert told(wire, "wire", 1)
    assert not told(same_day, "wire, changed", 2)
    assert told(wire, "wire", 3)
    # What the stamp stands for is not read again: a record kept under its old stamp
    # gets the answer kept for it (the store gives every changed record a new stamp).
    assert told(same_day, "wire", 4)


def test_one_flag_a_point_keeps_what_comparing_each_with_the_kept_ones_keeps() -> None:
    """A flag goes when it shares most of its words (``NEAR_DUPLICATE`` of the shorter's,
    three at least) with one kept before it: the pairs counted at once keep the flags that
    comparing each flag with each kept one keeps, in order."""
    import random

    from storyline.brief.compose import NEAR_DUPLICATE, _one_per_point
    from storyline.extract.words import stem_set

    def kept_one_by_one(claims: list[Claim]) -> list[Claim]:
        kept: list[Claim] = []
        for claim in claims:
            mine = stem_set(claim.text)
            if not any(
                len(mine & stem_set(k.text)) >= 3
                and min(len(mine), len(stem_set(k.text))) >= 3
                and len(mine & stem_set(k.text))
                >= NEAR_DUPLICATE * min(len(mine), len(stem_set(k.text)))
                for k in kept
            ):
                kept.append(claim)
        return kept

    rng = random.Random(3)
    words = [
        "harbour",
        "court",
        "bribes",
        "mayor",
        "patrols",
        "euros",
        "prison",
        "deputy",
        "auditors",
        "verdict",
        "city",
    ]
    for _ in range(200):
        claims = [
            Claim("a", " ".join(rng.sample(words, rng.randint(0, 7))), 0, 0, [])
            for _ in range(rng.randint(0, 30))
        ]
        assert _one_per_point(claims) == kept_one_by_one(claims)
