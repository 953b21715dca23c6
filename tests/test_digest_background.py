"""Background is never a flag: a life, the time before the happening, or an organisation
told as what it is, in words a reader sees as such; and a claim that is background is no
contradiction either. Sentences of our own making."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from storyline.brief.compose import _Context, _one_per_contradiction, is_background
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
    assert [c.text for c in _one_per_contradiction(cast(_Context, ctx))] == [news]


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
    assert [c.text for c in _one_per_contradiction(cast(_Context, ctx))] == [news]
