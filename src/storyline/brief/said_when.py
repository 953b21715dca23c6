"""When a quotation or a reaction was said, as far as its report tells it.

A key quote or a reaction of another day than the briefing's main event carries a day, so
that a 2009 warning does not read as said of 2011's news. That day is the one its own
sentence gives ("…,” Laszlo Bock told The New York Times in 2013", "Trump said in an
MSNBC interview in March"), read in the words around the quotation, not in what is
quoted or reported ("said the vote will be on Friday" is no day of saying). A sentence
that gives none is dated only as reported: its report's publication day, marked so. A
reader's check of April 2016 campaign news had found key quotes dated by their report's
event ("Tuesday" from another speaker's paragraph) or by its publication, when the
sentence said "in 2013" or "in October".
"""

from __future__ import annotations

import re

from storyline.model import Article, TimeExpr
from storyline.read.dating import is_announced, is_background

# A value that names a day, a month or a year (no duration, season or time of day).
CALENDAR_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# The date names a thing ("the 2013 article", "Tuesday's vote"), or lies in an aside about
# the speaker ("Smith, who retired in 2009, said", "Erin Murphy, a former Clinton aide who
# accompanied her to Burma in 2011, said"), or it opens a span of years ("who served as
# U.S. ambassador to Burma from 2012 until earlier this year"): no day of the saying.
NAMES_A_THING = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|this|that)|['’]s)\s+$", re.IGNORECASE
)
# ... unless the thing is a piece of writing or speech, whose date is that of its words
# ("In the July 9, 2012, cable, Stevens reported, “…”": a reader's check of May 2016
# campaign news had shown it as said on its report's day).
SAYING_THING_AFTER = re.compile(
    r",?\s+(?:[\w-]+\s+){0,2}?(?:cable|e-?mail|letter|memo|memorandum|statement|speech|"
    r"interview|article|op-ed|editorial|column|post|tweet|message|note|remarks|testimony|"
    r"address|press\s+release|broadcast|briefing|filing|report)s?\b",
    re.IGNORECASE,
)
# (read within the date's sentence: "U.S." may stand in the aside)
ASIDE = re.compile(r"\b(?:who|which|whose)\b[^,;“”\"]*$|\b(?:from|between)\s+$", re.IGNORECASE)
ASIDE_CHARS = 100
# Words that set a sentence at another time than the one before ("More recently", "Later").
TIME_SHIFT = re.compile(
    r"\b(?:recently|later|earlier|since|afterwards?|subsequently|previously|then|now|"
    r"once|formerly|before)\b",
    re.IGNORECASE,
)


def said_day(article: Article, start: int, end: int) -> str | None:
    """``own_day`` of the words at ``start``-``end``; for a quotation (or a sentence
    holding one) whose sentences give none, that of the speaker's words just before,
    with no one else quoted between and within a paragraph ("Foreign Secretary Claudia
    Ruiz Massieu told El Universal newspaper on Tuesday that ... \n\n"…," she added.")."""
    day = own_day(article, start, end)
    if day is not None or _another_time(article, start, end):
        return day
    quotes = sorted(article.quotes, key=lambda q: q.start)
    at = next((i for i, q in enumerate(quotes) if q.start < end and start < q.end), None)
    if at is None or quotes[at].speaker is None:
        return None
    later = quotes[at]
    for earlier in reversed(quotes[:at]):
        between = article.text[earlier.end : later.start]
        if earlier.speaker != later.speaker or between.count("\n\n") > 1:
            return None
        day = own_day(article, earlier.start, earlier.end)
        if day is not None:
            return day
        later = earlier
    return None


def _another_time(article: Article, start: int, end: int) -> bool:
    """The words' sentences tell of a time outside what is quoted, though no calendar day
    ("More recently, Trump pledged to ...", "last month", "now"): the words before are of
    another time."""
    spans = [(s, e) for s, e in article.sentences if s < end and e > start]
    if not spans:
        return False
    first, last = spans[0][0], spans[-1][1]
    told = [
        (s, e)
        for s, e in _outside_quotes(article, first, last)
        if TIME_SHIFT.search(article.text, s, e)
    ]
    timed = any(
        first <= x.start and x.end <= last and not _quoted(article, x.start) for x in article.times
    )
    return bool(told) or timed


def _outside_quotes(article: Article, start: int, end: int) -> list[tuple[int, int]]:
    """The runs of ``start``-``end`` outside every quotation and reported clause."""
    runs: list[tuple[int, int]] = []
    at = start
    for quote in sorted(article.quotes, key=lambda q: q.start):
        if quote.end <= at or quote.start >= end:
            continue
        if quote.start > at:
            runs.append((at, quote.start))
        at = max(at, quote.end)
    if at < end:
        runs.append((at, end))
    return runs


def _quoted(article: Article, offset: int) -> bool:
    return any(q.start <= offset < q.end for q in article.quotes)


def own_day(article: Article, start: int, end: int) -> str | None:
    """The one calendar value the sentences holding ``start``-``end`` give outside every
    quotation and reported clause of the report, and not after its publication; None
    where they give none or several."""
    spans = [(s, e) for s, e in article.sentences if s < end and e > start]
    if not spans:
        return None
    first, last = spans[0][0], spans[-1][1]
    values = {
        expr.value
        for expr in article.times
        if first <= expr.start and expr.end <= last and _a_day_of_saying(article, expr)
    }
    if len(values) != 1:
        return None
    value = str(values.pop())
    published = (article.published or "")[:10]
    return None if published and value > published[: len(value)] else value


def _a_day_of_saying(article: Article, expr: TimeExpr) -> bool:
    """A calendar value in the narration that is no announced day, background, thing's
    name or aside."""
    if expr.value is None or not CALENDAR_VALUE.match(expr.value):
        return False
    if _quoted(article, expr.start):
        return False  # what is said or reported, not when
    text = article.text
    opening = next((s for s, e in article.sentences if s <= expr.start < e), expr.start)
    before = text[max(opening, expr.start - ASIDE_CHARS) : expr.start]
    if ASIDE.search(before):
        return False
    if NAMES_A_THING.search(before) and not SAYING_THING_AFTER.match(text, expr.end):
        return False
    return not (
        is_announced(text, article.sentences, expr) or is_background(text, article.sentences, expr)
    )
