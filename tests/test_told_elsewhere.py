"""A point another outlet tells is not one "only one source makes": in nearly the same
words, or in a sentence nearly all of whose words are the claim's, without its background
(forms an editor found labelled "single source" in 1998-2000 wire reports); but a sentence
that shares the words and tells another act, actor, count, time or a denial does not
(a reviewer's cases). The reports here are of our own making."""

from __future__ import annotations

from types import SimpleNamespace

from storyline import pipeline
from storyline.brief.compose import _context, _reporting, _Shown, _single_source_claims
from storyline.brief.context import Context
from storyline.brief.told import (
    _gives_details,
    _published_near,
    _restated_elsewhere,
    _telling,
    _tells_part,
    _told_in_part,
    another_outlet,
    not_told_twice,
)
from storyline.compare.support import IndexedSentence
from storyline.extract.words import stem_set
from storyline.model import Article, Claim, TimeExpr
from storyline.settings import DEFAULT
from storyline.store.db import Store
from tests.test_compare import _raw

HERALD = (
    "Nine people were charged in the case. "
    "Laros was released on bail, and nine dockworkers were charged with theft. "
    "The Tessaline office in Lyon had no comment. "
    "The court ordered Vos to repay 40,000 euros to the city, less than a year after "
    "auditors had first raised the alarm about the payments and looked into the "
    "company's accounts. "
    "Mayor Jan Oster said the city would spend the money on harbour patrols. "
)
WIRE = (
    "Nine people were charged in the case. "
    "Nine dockworkers were released on bail. Laros remains in custody. "
    "The Tessaline office in Lyon had no comment on the verdict. "
    "Vos must repay 40,000 euros to the city, the court ordered. "
    "Prosecutor Lene Dahl said the city would spend the money on harbour patrols. "
)


def _herald_claims(store: Store, wire: str = "Coastal Wire") -> tuple[dict[str, Claim], Context]:
    pipeline.ingest_documents(store, [_raw(1, "Harbour Herald", HERALD), _raw(2, wire, WIRE)])
    pipeline.build(store)
    ctx = _context(store.articles(), store.events(), DEFAULT)
    herald = {c.text[:20]: c for c in ctx.claims.values() if c.article_id == "vos-1"}
    return herald, ctx


def test_a_point_pieced_together_from_two_sentences_is_not_restated(store: Store) -> None:
    herald, ctx = _herald_claims(store)
    # The words of two sentences running tell other facts ("Nine dockworkers were released
    # on bail. Laros remains in custody."): no restatement.
    assert not _restated_elsewhere(herald["Laros was released o"], ctx)


def test_a_telling_of_part_of_a_claim_lifts_its_flag_but_reports_nothing(store: Store) -> None:
    herald, ctx = _herald_claims(store)
    repay = herald["The court ordered Vo"]
    # The Wire tells the order and its figure without the background: no flag, but no
    # "also reported by" either (words alone cannot tell a report of the point).
    assert _told_in_part(repay, ctx)
    assert _reporting(repay, ctx) == []
    # Another speaker saying the same words tells another point: a name the claim lacks.
    assert not _told_in_part(herald["Mayor Jan Oster said"], ctx)


def test_flags_leave_out_points_another_source_tells(store: Store) -> None:
    _, ctx = _herald_claims(store)
    [event] = store.events()
    flagged = {c.text[:20] for c in _single_source_claims(ctx, event.id, _Shown(ctx), [])}
    assert "The court ordered Vo" not in flagged


def test_another_story_of_the_same_outlet_is_no_other_source(store: Store) -> None:
    # Two versions of one outlet's story of the day (AQUAINT: two AP stories of 8 October
    # 1999 both told "The U.S. Embassy in Pretoria had no comment.") are one source of it.
    herald, ctx = _herald_claims(store, wire="Harbour Herald")
    assert not _told_in_part(herald["The court ordered Vo"], ctx)


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
    assert not_told_twice([flag], ctx, [short]) == [flag]
    same = Claim(
        "vos-2",
        "Mayor Jan Oster said on Monday the Valmora harbour patrols would cost the city "
        "40,000 euros a year from March.",
        0,
        0,
        [],
    )
    assert not_told_twice([flag], ctx, [same]) == []


def test_a_restatement_is_kept_under_the_stamps_and_outlets_of_the_sources_it_reads(
    store: Store,
) -> None:
    """A build keeps whether another outlet restates a claim with the claim's report's
    answers, beside the sources that discuss it by their stamps, sources and outlets: a
    source whose record changed (a new stamp) is read again, and so is one of another
    outlet; an unchanged one is not."""
    from dataclasses import replace

    from storyline import per_report

    _, first = _herald_claims(store)
    events = store.events()
    herald, wire = first.articles["vos-1"], first.articles["vos-2"]
    # The Wire's record changed: its sentence tells of another office (the same length,
    # so that its sentences stay where they were).
    other = replace(
        wire, text=wire.text.replace("Tessaline office in Lyon", "Sarn harbour master here")
    )
    assert len(other.text) == len(wire.text) and other.text != wire.text
    per_report.forget()

    def restated(wire_article: Article, wire_stamp: str, build: int) -> bool:
        with per_report.reports_stamped({"vos-1": "herald", "vos-2": wire_stamp}, build):
            ctx = _context([herald, wire_article], events, DEFAULT)
            [claim] = [
                c
                for c in ctx.claims.values()
                if c.article_id == "vos-1" and c.text.startswith("The Tessaline office")
            ]
            claim.discussed_by = ["vos-2"]
            answer = _restated_elsewhere(claim, ctx)
            assert per_report.answers_of(herald)  # (kept with the Herald's)
            return answer

    assert restated(wire, "wire", 1)
    assert not restated(other, "wire, changed", 2)
    assert restated(wire, "wire", 3)
    # What the stamp stands for is not read again: a record kept under its old stamp
    # gets the answer kept for it (the store gives every changed record a new stamp) ...
    assert restated(other, "wire", 4)
    # ... but which outlet a source is of is read, as the context gives it (a copy's is
    # its original's): the Herald's own second story restates nothing.
    assert not restated(replace(wire, outlet="Harbour Herald"), "wire", 5)


def _part(claim_text: str, sentence_text: str) -> bool:
    """Does a sentence of another article tell part of the claim? (No entities or times
    read: the rules on words alone.)"""
    article = Article(id="c", source="c", text=claim_text)
    source = Article(id="s", source="s", text=sentence_text)
    sentence = IndexedSentence("s", 0, len(sentence_text), sentence_text, stem_set(sentence_text))
    telling = _telling(Claim("c", claim_text, 0, len(claim_text), []), article)
    return _tells_part(telling, sentence, source)


def test_a_sentence_sharing_the_words_of_another_act_tells_no_part_of_it() -> None:
    claim = "The court ordered Vos to repay 40,000 euros to the city of Valmora."
    assert _part(claim, "Vos must repay 40,000 euros to the city of Valmora, the court ordered.")
    # another act: a request, a plan, a denial
    assert not _part(claim, "Lawyers asked that Vos repay 40,000 euros to the city of Valmora.")
    assert not _part(
        "The Tessaline company sold its dredging fleet to a Sarn shipyard.",
        "The Tessaline company plans to sell its dredging fleet to a Sarn shipyard.",
    )
    assert not _part(
        "Vos kept the bribes in a numbered account for several years.",
        "Vos denied keeping the bribes in a numbered account for several years.",
    )
    # another actor, another count
    assert not _part(
        "Customs officers seized the cargo of the Marla at the Valmora pier.",
        "Fishermen seized the cargo of the Marla at the Valmora pier.",
    )
    assert not _part(
        "Three dockworkers were hurt in the blast at the Valmora pier.",
        "Five dockworkers were hurt in the blast at the Valmora pier.",
    )
    # the opposite outcome or figure (the stance function's rules), a threat, opposition
    assert not _part(
        "Tessaline sales rose 12 percent in March, the best quarter in years.",
        "Tessaline sales fell 12 percent in March.",
    )
    assert not _part(
        "Police arrested the shipping agent Piet Laros in Valmora on Monday.",
        "Police released the shipping agent Piet Laros in Valmora on Monday.",
    )
    assert not _part(
        "The dockworkers shut the Valmora port over night-shift pay.",
        "The dockworkers threatened to shut the Valmora port over night-shift pay.",
    )
    assert not _part(
        "The Valmora council approved the harbour budget on Monday.",
        "The Valmora council opposed the harbour budget on Monday.",
    )


def test_another_time_or_a_hedge_or_a_report_days_apart_tells_no_part_of_a_flag() -> None:
    claim_text = "Protesters blocked the Valmora coastal road with tractors on Thursday."
    article = Article(id="c", source="c", text=claim_text, published="2026-03-13")
    day = claim_text.index("Thursday")
    article.times = [TimeExpr("Thursday", day, day + 8, "2026-03-12", None)]
    telling = _telling(Claim("c", claim_text, 0, len(claim_text), []), article)
    other = "Protesters blocked the Valmora coastal road with tractors in March."
    source = Article(id="s", source="s", text=other, published="2026-03-13")
    month = other.index("March")
    source.times = [TimeExpr("March", month, month + 5, "2026-03", None)]
    sentence = IndexedSentence("s", 0, len(other), other, stem_set(other))
    assert not _tells_part(telling, sentence, source)
    source.times = []  # no time of its own: it tells the blockade
    assert _tells_part(telling, sentence, source)
    # A flag stays when the other outlet only hedges it.
    hedged = "Protesters may have blocked the Valmora coastal road with tractors."
    assert not _gives_details(
        telling, IndexedSentence("s", 0, len(hedged), hedged, stem_set(hedged))
    )
    # A report of eleven days before or after tells another blockade, not this one.
    source.published = "2026-03-02"
    assert not _published_near(source, article)
    source.published = "2026-03-24"
    assert not _published_near(source, article)
    source.published = "2026-03-12"
    assert _published_near(source, article)


def test_a_copy_of_another_story_of_the_same_outlet_is_the_same_outlet() -> None:
    first = Article(id="ap1", source="a", text="x", outlet="Associated Press")
    second = Article(id="ap2", source="b", text="y", outlet="Associated Press")
    portal = Article(id="yahoo", source="c", text="y", outlet="Yahoo News", duplicate_of="ap2")
    ctx = SimpleNamespace(articles={a.id: a for a in (first, second, portal)})
    assert not another_outlet(first, second, ctx)
    assert not another_outlet(first, portal, ctx)
    other = Article(id="r", source="d", text="z", outlet="Reuters")
    assert another_outlet(first, other, ctx)
    assert another_outlet(first, Article(id="u", source="e", text="w"), ctx)  # outlet unknown
    # One outlet under its other names (a feed's "AP", a page's site) is no other outlet.
    for name in ("AP", "The Associated Press", "apnews.com"):
        assert not another_outlet(first, Article(id="n", source="f", text="v", outlet=name), ctx)


def _parts_told_by_reading(claim: Claim, ctx: Context) -> list[IndexedSentence]:
    """The sentences that may tell part of a claim, read one by one: of the claim's words
    that some sentence has, at least ``PART_WORDS`` shared, and ``TELLS_PART`` of the
    sentence's own."""
    from storyline.brief.told import PART_WORDS, TELLS_PART

    words = stem_set(claim.text) & set().union(*(s.stems for s in ctx.index))
    if len(words) < PART_WORDS:
        return []
    return [
        s
        for s in ctx.index
        if len(words & s.stems) >= PART_WORDS and len(words & s.stems) >= TELLS_PART * len(s.stems)
    ]


def test_sentences_found_for_many_claims_at_once_are_those_read_one_by_one(
    store: Store,
) -> None:
    """The sentences that may tell part of each claim, counted for all of a briefing's
    claims in one product, are those read sentence by sentence, in the same order."""
    from storyline.brief.told import _parts_told_of
    from tests.conftest import EXAMPLES

    pipeline.ingest(store, [EXAMPLES])
    pipeline.build(store)
    found = 0
    for storyline in store.storylines():
        events = store.events_of(storyline.id)
        ctx = _context(store.articles([a for e in events for a in e.article_ids]), events, DEFAULT)
        claims = list(ctx.claims.values())
        one_by_one = [_parts_told_by_reading(c, ctx) for c in claims]
        assert _parts_told_of(claims, ctx) == one_by_one
        found += sum(map(len, one_by_one))
    assert found > 0


def test_sentences_found_at_once_at_the_bounds_of_telling_part(store: Store) -> None:
    """At the bounds, found at once as one by one: three words shared are too few
    (``PART_WORDS``), even all of a sentence's three; four of a sentence's four are
    enough; and every sentence of the reports asked as a claim."""
    from storyline.brief.told import _parts_told_of

    _, ctx = _herald_claims(store)
    texts = [
        "Laros remains in custody in Lyon tonight.",  # 3 of "Laros remains in custody."
        "Laros remains in custody.",
        *(s.text for s in ctx.index),
        "Nine people were charged in the case yesterday.",
    ]
    asked = [Claim("vos-1", text, 0, len(text), []) for text in texts]
    one_by_one = [_parts_told_by_reading(c, ctx) for c in asked]
    assert _parts_told_of(asked, ctx) == one_by_one
    assert not one_by_one[0] and not one_by_one[1]
    assert one_by_one[-1]
