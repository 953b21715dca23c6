"""Background is never a flag: a life, the time before the happening, or an organisation
told as what it is, in words a reader sees as such; and a claim that is background is no
contradiction either. Sentences of our own making.

Told by what a reader sees too, not by phrases: the tense (the time before), a tally of
a season or a career, the present of what something is, and a place late in the report
without a day named; two of these signs make background. And a flag is a whole
statement: no fragment the splitter cut, no headline line, in either list of claims."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from storyline.brief.compose import (
    BACKGROUND_SIGNS,
    _ends_a_sentence,
    _not_a_statement,
    _one_per_contradiction,
    _piece_of_a_quote,
    _whole_statement,
    background_signs,
    is_background,
)
from storyline.brief.context import Context
from storyline.model import Article, Claim, TimeExpr


def _claim(text: str, article: str = "a") -> Claim:
    return Claim(article, text, 0, len(text), [])


def _article(text: str, article_id: str = "a") -> Article:
    return Article(id=article_id, source=article_id, text=text, sentences=[(0, len(text))])


def test_a_life_told_as_such_is_background() -> None:
    article = _article("x")
    for text in (
        "Brenn, 52, logged a 14-year league career, eight seasons in Corlen.",
        "After her rowing career ended, Brenn taught at Sarn College, the bio said.",
        "Brenn retired in 1998 and coached juniors in Sarn.",
        "Ada Brenn was a member of the Sarn chess club as a girl.",
        "Ms Brenn, originally from Sarn, lived in Corlen.",
        "Tomas Vell was known as the quiet fixer of the Corlen docks.",
        "Vell was among the co-founders of the Corlen rowing league.",
    ):
        assert is_background(_claim(text), article), text


def test_the_time_before_and_an_organisations_year_are_background() -> None:
    article = _article("x")
    for text in (
        "Last season, the Corlen side reached the final for the first time since 2004.",
        "Brenn visited the mill with its owner a few years back, she recalled.",
        "The coast guard has been patrolling the Sarn strait since October 3.",
        "The Corlen Port Authority conducts about 900 inspections each year.",
        "Valmora Pictures plans to release eight films annually.",
        "The cutter Arden is tasked to patrol a 300-mile stretch of the coast.",
        "Corlen won 61 games in three seasons under Brenn.",
    ):
        assert is_background(_claim(text), article), text


def test_the_news_is_not_background() -> None:
    article = _article("x")
    for text in (
        "Corlen fired coach Ada Brenn on Saturday after a 9-14 start.",
        "The coast guard seized 12 rifles from the boat on Thursday, the captain said.",
        "Vell was charged with fraud and released on 5,000 euros bail.",
    ):
        assert not is_background(_claim(text), article), text


def test_a_contradiction_about_background_is_not_listed() -> None:
    life = "Brenn retired in 1998 after a 14-year league career."
    news = "Corlen fired coach Ada Brenn on Saturday after a 9-14 start."
    claims = {}
    for n, text in enumerate((life, news)):
        claim = _claim(text, f"a{n}")
        claim.contradicted_by, claim.evidence = ["b"], ["Brenn played for Corlen until 2001."]
        claims[(claim.article_id, 0)] = claim
    articles = {f"a{n}": _article(t, f"a{n}") for n, t in enumerate((life, news))}
    ctx = SimpleNamespace(claims=claims, articles=articles, event_of={}, event_dates={})
    assert [c.text for c in _one_per_contradiction(cast(Context, ctx))] == [news]


def test_an_undated_reports_claim_years_before_the_storyline_is_no_contradiction() -> None:
    old = "The board first hired Brenn on May 4, 2009, to run the yard."
    news = "Corlen fired coach Ada Brenn on Saturday after a 9-14 start."
    old_article, news_article = _article(old, "a0"), _article(news, "a1")
    old_article.times = [
        TimeExpr("May 4, 2009", old.index("May"), old.index(","), "2009-05-04", None)
    ]
    news_article.times = [TimeExpr("Saturday", 30, 38, "2014-03-08", None)]
    claims = {}
    for article in (old_article, news_article):
        claim = _claim(article.text, article.id)
        claim.contradicted_by, claim.evidence = ["b"], ["Brenn left Corlen in 2012."]
        claims[(article.id, 0)] = claim
    ctx = SimpleNamespace(
        claims=claims,
        articles={"a0": old_article, "a1": news_article},
        event_of={},
        event_dates={},
    )
    assert [c.text for c in _one_per_contradiction(cast(Context, ctx))] == [news]


# Background by its signs, and flags that are whole statements.
NEWS = "The Orrin council voted on Tuesday to close the Sarn bridge for repairs."


def _report(sentences: list[str], event_date: str | None = "2026-03-10") -> Article:
    text = " ".join(sentences)
    spans, at = [], 0
    for sentence in sentences:
        spans.append((at, at + len(sentence)))
        at += len(sentence) + 1
    return Article(id="a", source="a", text=text, sentences=spans, event_date=event_date)


def _nth(article: Article, n: int) -> Claim:
    start, end = article.sentences[n]
    return Claim(article.id, article.text[start:end], start, end, [])


def _signs(sentence: str, at: int = 0, length: int = 3) -> int:
    """The signs of a sentence standing at ``at`` in a report of ``length`` sentences."""
    sentences = [NEWS] * length
    sentences[at] = sentence
    article = _report(sentences)
    return background_signs(_nth(article, at), article)


def test_the_time_before_told_in_its_tense_is_one_sign() -> None:
    assert _signs("Inspectors had closed the Sarn bridge twice for cracks.") == 1
    assert _signs("Mayor Ilse Marten never served on the council before 2020.") == 0
    # what someone has never been is the time before, and the present of what they are
    assert _signs("Mayor Ilse Marten has never been a council member.") == 2
    assert _signs("The ferry used to carry 400 cars a day across the Sarn.") == 1
    assert _signs("Inspectors closed the Sarn bridge on Tuesday for cracks.") == 0


def test_a_tally_of_a_season_or_a_career_is_one_sign() -> None:
    assert _signs("Vos scored 40 goals in 54 games with the Orrin club.") == 1
    assert _signs("Vos scored 3 goals for Orrin on Tuesday.") == 0


def test_the_present_of_what_something_is_is_one_sign() -> None:
    assert _signs("The speed limit on the Sarn bridge is 50 km an hour.") == 1
    # an act going on is not what something is
    assert _signs("Police are appealing for witnesses to the Sarn crash.") == 0


def test_a_place_late_in_the_report_without_a_day_is_one_sign() -> None:
    late = "Engineers counted 12 cracks in the Sarn bridge."
    assert _signs(late, at=8, length=9) == 1
    assert _signs(late, at=1, length=9) == 0
    assert _signs("Engineers counted 12 cracks in the bridge on Tuesday.", at=8, length=9) == 0
    assert _signs(late, at=2, length=3) == 0, "a short report has no background part"


def test_two_signs_are_background_one_is_not() -> None:
    assert BACKGROUND_SIGNS == 2
    # a season's tally told in the present, and a career told in the past perfect, late
    tally = "Vos has 317 goals in her career with Orrin."
    history = "Inspectors had repaired the Sarn bridge in a long campaign."
    sentences = [NEWS] * 9
    sentences[1], sentences[8] = tally, history
    article = _report(sentences)
    assert is_background(_nth(article, 1), article)
    assert is_background(_nth(article, 8), article)
    sentences[8] = "Inspectors had repaired the Sarn bridge on Tuesday night."  # names a day
    article = _report(sentences)
    assert not is_background(_nth(article, 8), article)
    assert not is_background(_nth(article, 0), article)


def test_a_date_resolved_on_the_event_day_keeps_a_late_sentence_news() -> None:
    sentences = [NEWS] * 9
    sentences[8] = "Inspectors had repaired the Sarn bridge on March 10."
    article = _report(sentences)
    start, _ = article.sentences[8]
    at = start + article.text[start:].index("March 10")
    article.times = [TimeExpr("March 10", at, at + 8, "2026-03-10", None)]
    assert background_signs(_nth(article, 8), article) == 1


def test_a_piece_cut_after_an_abbreviation_is_a_fragment() -> None:
    text = (
        "Police named the victim of the shooting at the TallGrass Distributors Ltd. "
        "Christmas party as Ben Arlo, 40, the Orrin Courier reported. "
        "You can read the tributes in the L.A. Times, at MTV.com, and at her own site."
    )
    cut = text.index("Christmas")
    article = Article(id="a", source="a", text=text)
    assert _not_a_statement(article, cut, text.index(" You"))
    times = text.index("Times")
    assert _not_a_statement(article, times, len(text))
    lost = "The strike came after agreeing a? 110 - billion EU and IMF bailout at the weekend."
    assert _not_a_statement(Article(id="c", source="c", text=lost), lost.index("110"), len(lost))
    by = "A girl who was passing by. Yesterday, the girl told jurors she was struck."
    assert not _not_a_statement(Article(id="d", source="d", text=by), by.index("Yes"), len(by))
    # a whole sentence after an initialism reads alone
    whole = "The parade passed through the U.S. Officials counted 4,000 people."
    assert not _not_a_statement(
        Article(id="b", source="b", text=whole), whole.index("Off"), len(whole)
    )


def test_a_contradicted_claim_is_a_whole_statement_too() -> None:
    headline = "Lawyer: Vos checks into Sarn clinic"
    article = Article(id="a", source="a", text=headline + "\n\n" + NEWS, title=headline)
    assert not _whole_statement(Claim("a", headline, 0, len(headline), []), article)
    start = article.text.index(NEWS)
    assert _whole_statement(Claim("a", NEWS, start, start + len(NEWS), []), article)
    assert _ends_a_sentence("“ The youth in Orrin have no outlets for their anger. ”")


def test_a_month_later_in_the_year_without_a_year_is_last_years() -> None:
    article = _article("x")
    article.event_date = "2026-01-05"
    injured = "Brenn hurt her left knee on Oct. 19 and missed four games."
    assert is_background(_claim(injured), article)
    # what is to come in a later month is news
    assert not is_background(_claim("Brenn is to be sentenced on Oct. 19 in Sarn."), article)
    # the month after the event's is not told as last year's
    assert not is_background(_claim("Brenn signed with Corlen on Feb. 2, her agent said."), article)


def test_a_quotation_taken_up_mid_sentence_is_no_quote_flag() -> None:
    assert _piece_of_a_quote("a multitude of problems relating to the Sarn bridge")
    assert _piece_of_a_quote("“ and she only closed the ones she held responsible.")
    assert not _piece_of_a_quote("The Sarn bridge was never safe, and we all knew it.")
    assert not _piece_of_a_quote("“ I knew the bridge would fail, ” she said.")


def test_a_question_is_no_statement() -> None:
    """Read as a "reaction" in a PolNeAR train briefing: a writer's rhetorical question
    tells nothing that happened (a quoted question inside a told sentence still may)."""
    text = (
        "How has the Obama administration responded? "
        "“Why now?” the senator asked the committee on Tuesday."
    )
    article = Article(id="q", source="q", text=text)
    question_end = text.index("?") + 1
    assert _not_a_statement(article, 0, question_end)
    assert not _not_a_statement(article, question_end + 1, len(text))
    # A question someone asked, quoted whole, is their words, not the writer's question.
    asked = "The senator asked: “Where is the money?”"
    assert not _not_a_statement(Article(id="a", source="a", text=asked), 0, len(asked))
