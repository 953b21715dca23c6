"""When a quotation or a reaction was said, as far as its report tells it.

A key quote or a reaction of another day than the briefing's main event carries a day, so
that a 2009 warning does not read as said of 2011's news. That day is the one its own
sentence gives ("…,” Laszlo Bock told The New York Times in 2013", "Trump said in an
MSNBC interview in March"), read in the words around the quotation, not in what is
quoted or reported ("said the vote will be on Friday" is no day of saying). Where the
sentence gives none, ``compose._day_apart`` takes the day the report's lead tells, else
the report's publication day, marked as only reported. A reader's check of April 2016
campaign news had found key quotes dated by their report's event ("Tuesday" from another
speaker's paragraph) or by its publication, when the sentence said "in 2013" or "in
October".
"""

from __future__ import annotations

import re

from storyline.model import Article, TimeExpr
from storyline.read.dating import is_announced, is_background

# A value that names a day, a month or a year (no duration, season or time of day).
CALENDAR_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# The date names a thing ("the 2013 article", "Tuesday's vote"): no day of the saying ...
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
# ... held in it: "In the July 9, 2012, cable", "in a 2013 interview" (not "said of the
# July 9, 2012, cable", what was talked about: a review's case).
CONTAINER_BEFORE = re.compile(r"\b[Ii]n\s+(?:the|a|an|his|her|its|their)\s+$")
# What the words are about, not when they were said ("Clinton said of her vote in 2002",
# "said about the vote she cast in 2002", "said of the attack on Sept. 11, 2012"), or an
# apposition after a name ("said Jones, a worker laid off in 2009", "Smith, elected to the
# Senate in 2008, said"): a review's cases.
# (a topic named by a name alone leaves the day the saying's: "Trump said of Apple in
# February")
TOPIC = re.compile(
    r"\b(?:of|about|over|regarding|concerning|against)\s+(?P<topic>[^,;]*?)"
    r"(?:\s+(?:in|on|at|during|last|this))?\s*$",
    re.IGNORECASE,
)
NAME_ONLY = re.compile(r"(?:[A-Z][\w.'’-]*\s*){1,4}")
APPOSITION = re.compile(r",\s+(?:a|an|the|[a-z]+ed)\b[^,;]*$")
# The date lies in an aside about the speaker ("Smith, who retired in 2009, said", "Erin
# Murphy, a former Clinton aide who accompanied her to Burma in 2011, said") or opens a
# span of years ("who served as U.S. ambassador to Burma from 2012 until earlier this
# year"): no day of the saying. (Read within the date's sentence: "U.S." may stand in
# the aside.)
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
    holding one) that only goes on ("…," she added.), whose sentences give no day and
    set it at no other time, that of the speaker's words just before, with no one else
    quoted between, none of them set at another time, and all within a paragraph of it
    ("Foreign Secretary Claudia Ruiz Massieu told El Universal newspaper on Tuesday that
    ... \n\n"…," she added."). Not a new act of saying with its own circumstances
    ("“…,” Bock said in an email to this newspaper": a review's case)."""
    masked = _masked(article)
    day = own_day(article, start, end, masked)
    if day is not None or _another_time(article, start, end):
        return day
    quotes = sorted(article.quotes, key=lambda q: q.start)
    at = next((i for i, q in enumerate(quotes) if q.start < end and start < q.end), None)
    if at is None or quotes[at].speaker is None or not _goes_on(article, start, end):
        return None
    target = quotes[at]
    for earlier in reversed(quotes[:at]):
        between = article.text[earlier.end : target.start]
        if earlier.speaker != target.speaker or between.count("\n\n") > 1:
            return None
        day = own_day(article, earlier.start, earlier.end, masked)
        if day is not None or _another_time(article, earlier.start, earlier.end):
            return day
    return None


# At most this many words of narration around a quotation that only goes on ("she added").
GOING_ON_WORDS = 4


def _goes_on(article: Article, start: int, end: int) -> bool:
    """The narration in the words' sentences is a bare cue at most ("she added", "Clinton
    said"): the quotation goes on with what its speaker said before."""
    first, last = _sentence_bounds(article, start, end)
    told = " ".join(article.text[s:e] for s, e in _outside_quotes(article, first, last))
    return len(re.findall(r"[A-Za-z]+", told)) <= GOING_ON_WORDS


def _sentences_holding(article: Article, start: int, end: int) -> tuple[int, int] | None:
    """Where the sentences holding ``start``-``end`` begin and end, if any do."""
    spans = [(s, e) for s, e in article.sentences if s < end and e > start]
    return (spans[0][0], spans[-1][1]) if spans else None


def _sentence_bounds(article: Article, start: int, end: int) -> tuple[int, int]:
    return _sentences_holding(article, start, end) or (start, end)


def _masked(article: Article) -> str:
    """The text with every quotation and reported clause blanked (of the same length): a
    "will" inside the words is no sign that the day after them is announced ("“We will
    appeal it,” Paxton said Monday": a review's case)."""
    chars = list(article.text)
    for quote in article.quotes:
        chars[quote.start : quote.end] = " " * (quote.end - quote.start)
    return "".join(chars)


def _another_time(article: Article, start: int, end: int) -> bool:
    """The words' sentences tell of a time outside what is quoted, though no calendar day
    ("More recently, Trump pledged to ...", "last month", "now"): the words before are of
    another time."""
    first, last = _sentence_bounds(article, start, end)
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


def own_day(article: Article, start: int, end: int, masked: str | None = None) -> str | None:
    """The one calendar value the sentences holding ``start``-``end`` give outside every
    quotation and reported clause of the report, and not after its publication; None
    where they give none or several. ``masked``: the text with its quotations blanked
    (``_masked``), when the caller has it."""
    held = _sentences_holding(article, start, end)
    if held is None:
        return None
    first, last = held
    text = masked if masked is not None else _masked(article)
    values = {
        expr.value
        for expr in article.times
        if first <= expr.start and expr.end <= last and _a_day_of_saying(article, expr, text)
    }
    if len(values) != 1:
        return None
    value = str(values.pop())
    published = (article.published or "")[:10]
    return None if published and value > published[: len(value)] else value


def _a_day_of_saying(article: Article, expr: TimeExpr, masked: str) -> bool:
    """A calendar value in the narration that is no announced day, background, thing's
    name, topic or aside (read in ``masked``, the text with its quotations blanked)."""
    if expr.value is None or not CALENDAR_VALUE.match(expr.value):
        return False
    if _quoted(article, expr.start):
        return False  # what is said or reported, not when
    opening = next((s for s, e in article.sentences if s <= expr.start < e), expr.start)
    before = masked[max(opening, expr.start - ASIDE_CHARS) : expr.start]
    if ASIDE.search(before) or _about_a_topic(before) or APPOSITION.search(before):
        return False
    if NAMES_A_THING.search(before) and not (
        CONTAINER_BEFORE.search(before) and SAYING_THING_AFTER.match(masked, expr.end)
    ):
        return False
    return not (
        is_announced(masked, article.sentences, expr)
        or is_background(masked, article.sentences, expr)
    )


def _about_a_topic(before: str) -> bool:
    """The words before the date tell what the saying was about, a noun phrase the date
    may belong to ("said of her vote in"), not a name alone ("said of Apple in")."""
    topic = TOPIC.search(before)
    return topic is not None and NAME_ONLY.fullmatch(topic.group("topic").strip()) is None
