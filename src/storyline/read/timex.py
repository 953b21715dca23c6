"""Time expressions, normalised to ISO 8601 against the article's publication date.

Rules follow how news is written: a bare weekday in past-tense reporting is the most recent
such day (the publication day included), "last Friday" the one before that week's, a month
without a year the most recent such month, a month-day without a year the nearest such date
in the past nine months (or the next one, up to half a year ahead, when a cue before it
says it is to come and no verb told in the past stands between). The anchor may be a
date range (only a range is known); a value is given only when every date in the range
yields the same value. With no anchor, only expressions that carry their own year get a
value: no date is invented.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from storyline.model import TimeExpr
from storyline.read.holidays import HOLIDAYS, holiday_near

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "jan january enero",
            "feb february febrero",
            "mar march marzo",
            "apr april abril",
            "may mayo",
            "jun june junio",
            "jul july julio",
            "aug august agosto",
            "sep sept september septiembre",
            "oct october octubre",
            "nov november noviembre",
            "dec december diciembre",
        ]
    )
    for m in names.split()
}
WEEKDAYS = {
    d: i % 7
    for i, names in enumerate(
        [
            "monday lunes",
            "tuesday martes",
            "wednesday miércoles miercoles",
            "thursday jueves",
            "friday viernes",
            "saturday sábado sabado",
            "sunday domingo",
        ]
    )
    for d in names.split()
}
UNITS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBERS: dict[str, int | None] = {
    "a": 1,
    "an": 1,
    **{word: n for n, word in enumerate(UNITS, start=1)},
    **{word: 10 * n for n, word in enumerate(TENS, start=2)},
    "a dozen": 12,
    "a hundred": 100,
    "one hundred": 100,
    "a couple of": 2,
    "a couple": 2,
    "several": None,
    "few": None,
    "a few": None,
}
ORDINAL_QUARTERS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre)"
)
_WEEKDAY = (
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# A count in figures or words: "3", "three", "twenty-four", "a couple of", "a hundred".
_NUMBER_WORD = (
    rf"(?:(?:{'|'.join(TENS)})(?:[- ](?:{'|'.join(UNITS[:9])}))?|{'|'.join(UNITS[::-1])})"
)
_NUM = (
    rf"(?P<num>\d+|a couple(?: of)?|a dozen|(?:a|one) hundred|a few|{_NUMBER_WORD}|"
    r"a|an|several|few)"
)
_QUARTER_ORDINAL = "|".join(ORDINAL_QUARTERS)
_PART = r"(?:(?P<part>early|mid|late|the end of|the beginning of|end of)[- ]+)?"
_LEAD = r"(?i:(?:(?:back |since |until |by |from |before |after )?(?:in |on |of )?)?)"

Resolver = Callable[[re.Match[str], date | None], str | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of time expression: its pattern, how a match is resolved to a value, and
    (optionally) when a match is no time expression at all."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    rejects: Callable[[re.Match[str]], bool] | None = None


def _rule(
    resolve: Resolver,
    pattern: str,
    flags: int = 0,
    rejects: Callable[[re.Match[str]], bool] | None = None,
) -> Rule:
    return Rule(resolve.__name__, re.compile(pattern, flags), resolve, rejects)


def iso_date(m: re.Match[str], anchor: date | None) -> str | None:
    return _valid(m.group("iso"))


# A clock time ("10 p.m.", "noon") with the day it falls on: "10 p.m. Wednesday",
# "at noon Thursday", "5 p.m. EST Nov. 9", "Tuesday at 9 a.m.". The value is TimeML's
# day and time (1998-02-11T22:00). A clock time without its day is not given one: "at
# 7:15 p.m." may be the report's day or the day of the event it tells.
_CLOCK = (
    r"(?:(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?|"
    r"(?P<named>noon|midday|midnight))"
    r"(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|GMT|UTC|BST|CET))?"
)
_DAY_OF_CLOCK = (
    rf"(?:(?:(?P<rel>last|next|this)\s+)?{_WEEKDAY}\b|{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?|"
    r"(?P<word>today|yesterday|tomorrow)\b)"
)


def clock_then_day(m: re.Match[str], anchor: date | None) -> str | None:
    return _clock_value(m, anchor)


def day_then_clock(m: re.Match[str], anchor: date | None) -> str | None:
    return _clock_value(m, anchor)


def _clock_value(m: re.Match[str], anchor: date | None) -> str | None:
    """The day the clock time names (a weekday, a date or "today") and the time on it."""
    if m.group("weekday"):
        day = weekday(m, anchor)
    elif m.group("year"):
        day = _ymd(m.group("year"), m.group("month"), m.group("day"))
    elif m.group("month"):
        day = month_day(m, anchor)
    else:
        day = _shifted_day(m.group("word"), anchor)
    hour_minute = _clock(m)
    if day is None or hour_minute is None:
        return None
    return f"{day}T{hour_minute}"


def _clock(m: re.Match[str]) -> str | None:
    """ "10 p.m." -> "22:00"; noon is 12:00 and midnight TimeML's 24:00 (the day's end)."""
    named = (m.group("named") or "").lower()
    if named:
        return "24:00" if named == "midnight" else "12:00"
    hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if m.group("ampm").lower() == "p" else 0)
    return f"{hour:02d}:{minute:02d}"


def _names(names: list[str]) -> str:
    return "|".join(
        re.escape(name).replace("'", "['’]").replace(r"\ ", r"\s+")
        for name in sorted(names, key=len, reverse=True)
    )


# A holiday's day: "Thanksgiving Day", "last Christmas", "on Good Friday". A one-word name
# before a lowercase word names a kind of thing, not a day ("Christmas shopping", "Easter
# eggs"), unless "last", "this" or "next" makes it a day ("last Thanksgiving following a
# shipwreck").
def holiday(m: re.Match[str], anchor: date | None) -> str | None:
    if anchor is None:
        return None
    rel = (m.group("rel") or "").lower()
    if KIND_OF_THING.match(m.string, m.end()):
        return None  # "a Christmas-themed ad": a kind of thing, no day ("Christmas-Eve" is)
    return holiday_near(m.group("holiday"), anchor, rel, _looks_future(m)).isoformat()


def month_day_year(m: re.Match[str], anchor: date | None) -> str | None:
    return _ymd(m.group("year"), m.group("month"), m.group("day"))


def day_month_year(m: re.Match[str], anchor: date | None) -> str | None:
    return _ymd(m.group("year"), m.group("month"), m.group("day"))


def _ymd(year: str, month: str, day: str) -> str | None:
    return _valid(f"{int(year):04d}-{MONTHS[month.lower().rstrip('.')]:02d}-{int(day):02d}")


# "Saturday, April 25" is one date: the weekday only confirms it.
def month_day(m: re.Match[str], anchor: date | None) -> str | None:
    if anchor is None:
        return None
    month, day = MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day"))
    which = YEAR_AFTER.match(m.string, m.end())
    if which is not None:  # "June 16th of last year"
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[which.group(1).lower()]
        return _valid(f"{year:04d}-{month:02d}-{day:02d}")
    told = _year_told_before(m.string, m.start(), month, day)
    if told is not None and _recent_past(told, anchor) and not _this_years(m):
        # "the January 23, 2013 testimony ... a tweet posted on January 23": that day,
        # not the coming one (a November 2015 report had dated the tweet 2016-01-23);
        # not a day to come nor an anniversary ("the attacks of September 11, 2001 ... a
        # service will be held on September 11", "born on March 3, 1950")
        return _valid(f"{told:04d}-{month:02d}-{day:02d}")
    if _looks_future(m) and not _told_since_the_cue(m):
        # A day to come ("scheduled for Nov. 8", "will vote on Nov. 8"): the next such
        # date within half a year (a May report's November election had gone to the
        # November gone, as news mostly looks back); a day just gone is no year ahead, nor
        # one a past verb after the cue tells ("will argue that the ad, which aired on
        # Feb. 3, was false", a review's case).
        for year in (anchor.year, anchor.year + 1):
            value = _valid(f"{year:04d}-{month:02d}-{day:02d}")
            if value and 0 <= (date.fromisoformat(value) - anchor).days <= DAYS_AHEAD:
                return value
    # The nearest such date: news mostly looks back, up to about nine months.
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        value = _valid(f"{year:04d}-{month:02d}-{day:02d}")
        if value and -270 <= (date.fromisoformat(value) - anchor).days <= 90:
            return value
    return None


# The year a month and day is in, said right after it ("June 16th of last year").
# (not another clause's: "On May 2, last year's champion won", "on Dec. 24, next year he")
YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(last|this|next)\s+year\b(?!['’]s)", re.IGNORECASE)
# Verbs told in the past that do not end in -ed, and the words that open a relative
# clause (a future after them is another verb's, not the date's).
PAST_FORMS = (
    r"was|were|had|did|said|told|made|took|went|came|gave|got|won|lost|spoke|sent|chose|"
    r"held|fell|began|met|left|led|ran|saw|put|set|cut|hit|paid|sold|stood|wrote|brought|"
    r"bought|thought|caught|fought|built|felt|kept|heard|meant|rose|drew|grew|knew|threw|"
    r"bet|struck|stole|broke|who|which|that|whose|whom"
)
# How far ahead a day to come without its year may be (half a year: further, the nearest
# looking back is as likely).
DAYS_AHEAD = 183


# A month and day with its year: the same month and day named again later without one
# is that date.
DATED_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")


def _year_told_before(text: str, before: int, month: int, day: int) -> int | None:
    """The year of the latest "Month day, year" of this month and day before ``before``."""
    told = _days_with_years(text).get((month, day), [])
    at = bisect.bisect_left(told, (before, 0))
    return told[at - 1][1] if at else None


# How many years back a date told before may lend its year to the same day named again.
TOLD_YEARS_BACK = 3
THIS_YEARS_BEFORE = re.compile(r"\b(?:this|next)\s+year['’]s\b[^.!?]{0,40}$", re.IGNORECASE)


def _recent_past(year: int, anchor: date) -> bool:
    return anchor.year - TOLD_YEARS_BACK <= year <= anchor.year


def _this_years(m: re.Match[str]) -> bool:
    """A day to come ("will be held on"), or this year's ("this year's race, on May 1")."""
    before = m.string[max(0, m.start() - FUTURE_CUE_CHARS) : m.start()]
    return _looks_future(m) or THIS_YEARS_BEFORE.search(before) is not None


@lru_cache(maxsize=8)
def _days_with_years(text: str) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """(month, day) -> the offsets and years of the text's dates that give their year,
    in text order (read once per text: a text may hold thousands of dates)."""
    found: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for m in DATED_DAY.finditer(text):
        key = (MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day")))
        found.setdefault(key, []).append((m.start(), int(m.group("year"))))
    return found


# A year said in words, as broadcast transcripts write it: "nineteen ninety-six",
# "nineteen twelve", "January nineteen ninety-seven", "the year two thousand" ("two
# thousand" alone and "nineteen hundred" are more often counts).
_SPOKEN_YEAR = (
    rf"(?P<spoken>nineteen[- ](?:(?:{'|'.join(TENS)})(?:[- ](?:{'|'.join(UNITS[:9])}))?|"
    rf"{'|'.join(UNITS[:8:-1])})|(?<=year )two thousand(?:[- ](?:{'|'.join(UNITS[:9])}))?)"
)


def spoken_year(m: re.Match[str], anchor: date | None) -> str | None:
    words = m.group("spoken").lower().replace("-", " ").split()
    if words[0] == "nineteen":
        rest = " ".join(words[1:])
        year = 1900 + (count_of(rest) or 0)
    else:
        year = 2000 + ((count_of(words[2]) or 0) if len(words) > 2 else 0)
    month = m.group("month")
    if month:
        return f"{year:04d}-{MONTHS[month.lower().rstrip('.')]:02d}"
    return f"{year:04d}"


def month_year(m: re.Match[str], anchor: date | None) -> str | None:
    return f"{int(m.group('year')):04d}-{MONTHS[m.group('month').lower().rstrip('.')]:02d}"


def month_only(m: re.Match[str], anchor: date | None) -> str | None:
    name = m.group("month")
    if name == "May" and not (m.group("part") or m.group("rel") or m.group(0) != name):
        return None  # "May" alone is as often the verb as the month
    if anchor is None:
        return None
    month = MONTHS[name.lower().rstrip(".")]
    rel = (m.group("rel") or "").lower()
    ahead = (month - anchor.month) % 12
    if rel == "this":
        year = anchor.year  # "this September" is in the anchor's year
    elif rel == "next" or (rel != "last" and (_looks_future(m) or 0 < ahead <= MONTHS_AHEAD)):
        # The coming such month (next year's when "next" names the current one).
        year = anchor.year + (month < anchor.month or (rel == "next" and ahead == 0))
    else:
        # The latest such month ("last" skips the current one).
        year = anchor.year - (month > anchor.month or (rel == "last" and ahead == 0))
    return f"{year:04d}-{month:02d}"


# A month named without a year is the latest such month, unless it is at most this many
# months ahead: "in mid-November" in a report of late October is the coming one, as the
# month-day rule takes a date up to about three months ahead.
MONTHS_AHEAD = 3


def weekday(m: re.Match[str], anchor: date | None) -> str | None:
    if anchor is None:
        return None
    target = WEEKDAYS[m.group("weekday").lower()]
    back = (anchor.weekday() - target) % 7
    rel = (m.group("rel") or "").lower()
    if OF_A_MONTH.match(m.string, m.end()):
        return None  # "the last Friday in August": that month's, of a year not told here
    day_at = m.start("weekday")
    if EVERY_WEEK.match(m.string, m.end()) or EACH_BEFORE.search(m.string, day_at - 8, day_at):
        return None  # "the debates are on Saturday nights", "each Thursday": every week's
    if rel in {"this coming", "the coming"}:
        # "International Women's Day is this coming Sunday" in a Thursday report: the one
        # ahead (it had been dated the Sunday gone)
        return (anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)).isoformat()
    sunday = anchor.weekday() == 6  # (a Sunday paper's "this week" is the one to come)
    if rel in {"", "on"} and not sunday and THIS_WEEK_BEFORE.search(_sentence_before(m)):
        # "This week, Yellen speaks on Wednesday and testifies on Thursday": the days of
        # the report's own week, before or after it, where the tense does not say
        # otherwise ("who faces a vote this week, said on Friday": the Friday gone; "said
        # this week that she will release it on Tuesday", on a Friday: the one to come)
        day = anchor + timedelta(days=target - anchor.weekday())
        told = _sentence_before(m)
        past = PAST_REPORT_BEFORE.search(told) is not None or PAST_VERB.search(told) is not None
        if not (day > anchor and past) and not (day < anchor and _looks_future(m)):
            return day.isoformat()
    if rel in {"last", "el pasado", "past"} and back == 0:
        back = 7
    if rel == "next":
        day = anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)
    elif rel not in {"last", "past", "el pasado"} and _looks_future(m):
        # a coming day named on that day is the same day ("set to post early Tuesday" in a
        # Tuesday report), as a past one is ("said Tuesday"); not the earliest day of a
        # range ("as soon as Tuesday or Wednesday" in a Wednesday report: the next one)
        ahead = (target - anchor.weekday()) % 7
        if not ahead and EARLIEST.search(m.string, max(0, m.start() - 40), m.start()):
            ahead = 7
        day = anchor + timedelta(days=ahead)
    else:
        day = anchor - timedelta(days=back)
    # "Saturday night" stays that Saturday, without TimeML's TNI: TempEval-3's AQUAINT
    # annotators mostly left it out (value F1 on AQUAINT 0.760 without, 0.750 with; on
    # TimeBank 0.778 and 0.780). "This morning" and "last night" do carry it.
    return day.isoformat()


# "Christmas-themed", "Christmas-tree", "Thanksgiving-weekend": a holiday naming a kind of
# thing.
KIND_OF_THING = re.compile(r"-[a-z]")  # ("Christmas-Eve", capitalised, is a day)
# "Saturday nights", "Sunday mornings": a day of every week.
EVERY_WEEK = re.compile(
    # (or two days of every week: "on Monday and Tuesday nights")
    r"(?:\s+(?:and|or)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"(?:\s+|-)(?:nights|mornings|afternoons|evenings)\b",
    re.IGNORECASE,
)
# "each Thursday", "every Friday": a day of every week.
EACH_BEFORE = re.compile(r"\b(?:each|every)\s+$", re.IGNORECASE)
# A verb in the past before the day ("closed its plant on Friday", "was arrested on"):
# a day of this week after the report's is none of its.
PAST_VERB = re.compile(
    r"\b(?:was|were|had|did|\w{3,}ed|said|told|met|won|led|sent|held|shot|spoke|took|gave|"
    r"made|came|went|saw|left|lost|paid|found|began|became|ran|released)\b",
    re.IGNORECASE,
)
# "this week" earlier in the sentence (not "this weekend"); the days it holds are its own.
THIS_WEEK_BEFORE = re.compile(r"\bthis\s+week\b(?!end)", re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.!?\n]\s")


def _window_before(m: re.Match[str]) -> str:
    """The ``FUTURE_CUE_CHARS`` before the match, a title's full stop made a space (the
    same length)."""
    before = m.string[max(0, m.start() - FUTURE_CUE_CHARS) : m.start()]
    return TITLE_STOP.sub(lambda t: t.group(0)[:-1] + " ", before)


def _sentence_before(m: re.Match[str]) -> str:
    """The sentence's words before the match (at most ``FUTURE_CUE_CHARS`` back)."""
    before = _window_before(m)
    breaks = list(SENTENCE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


CLOSING_MARKS = ("”", "''", '"')
# A quotation's close followed by who said it: ",” Calderon told CNBC", ",” she said".
SPEECH_AFTER_QUOTE = re.compile(
    r"['’\"]?,?\s*(?:[\w.,’'-]+\s+){0,8}?(?:said|says|told|tells|wrote|writes|added|adds|"
    r"asked|declared|insisted|argued|claimed|stated|noted|explained|replied|responded|"
    r"tweeted|continued)\b"
)
EARLIEST = re.compile(r"\bas (?:soon|early) as\b", re.IGNORECASE)
# A weekday of a month named after it ("the last Friday in August", "the first Monday of
# May"): no day counted from the report (an HP board meeting of August 2001 had been
# dated the Friday before a January 2016 report).
OF_A_MONTH = re.compile(
    r"\s+(?:in|of)\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b(?![’'])"  # (not "of May's Brexit secretary")
)


# "USA TODAY" and "USA Today" are a newspaper, not the day of the report.
NAMED_TODAY = re.compile(r"\bUSA[ \t]+$")
# So is a capitalised "Today" right after a capitalised word that follows a word in
# lower case: "version of Russia Today" (a channel, dated the day of a September 2016
# report in its timeline), "with Hollywood Today". Prose writes the day "today" within a
# sentence; a line in headline case ("Trump Speaks In Ohio Today") capitalises the word
# before too, and "said. But Today" opens a sentence: both are left a day.
NAME_BEFORE = re.compile(r"(?:^|\s)([a-z]\S*)[ \t]+[A-Z][a-z]+[ \t]+$")
SENTENCE_ENDS = (".", "!", "?", ":", "“", "”", '"', "‘", "’", ")")


# NBC's "Today" show: a possessive before it, quotation marks around the word alone, or
# "show" after it ("appeared on NBC's ''Today''" was dated the day of the report).
SHOW_BEFORE = re.compile(r"['’]s\s+[“\"'‘]*$")
QUOTED_ALONE = re.compile(r"[“\"'‘]$")
SHOW_NEXT = re.compile(r"\s+show\b")
CLOSING_MARK_NEXT = re.compile(r"[”\"'’](?!s\b)")  # not "“Today’s vote"


def _is_a_name(m: re.Match[str]) -> bool:
    """ "USA TODAY", "USA Today" (the paper writes its name with a capital; "Team USA
    today won gold" names the day); NBC's "Today" (a show); "Russia Today"."""
    if not m.group(0)[:1].isupper():
        return False
    before = m.string[max(0, m.start() - 32) : m.start()]
    if NAMED_TODAY.search(before) is not None:
        return True
    if m.group(0) != "Today":
        return False
    after = m.string[m.end() : m.end() + 8]
    quoted = QUOTED_ALONE.search(before) is not None and CLOSING_MARK_NEXT.match(after)
    name = NAME_BEFORE.search(before)
    named = name is not None and not name.group(1).endswith(SENTENCE_ENDS)
    return bool(SHOW_BEFORE.search(before) or quoted or SHOW_NEXT.match(after) or named)


def relative_day(m: re.Match[str], anchor: date | None) -> str | None:
    word = m.group("word")
    if (
        word
        and word.lower() == "today"
        and NOWADAYS_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
    ):
        return "PRESENT_REF"  # "which, even today, inflame the streets": these days
    if anchor is None:
        return None
    if m.group("this"):
        # "this morning" is the day of the report; "last night" the night before it.
        shift = -1 if m.group("this").lower() == "last" else 0
        day = (anchor + timedelta(days=shift)).isoformat()
        return day + _part_of_day(m.group("this_part"))
    part = "night" if word.lower() == "tonight" else m.group("part")
    return f"{_shifted_day(word, anchor)}{_part_of_day(part)}"


# "even today", "still today": the present as an age, not the report's day (a September
# 2016 report's "racial struggles, which, even today, inflame the streets" dated its
# museum's opening on the day of the report, not the Saturday it told).
NOWADAYS_BEFORE = re.compile(r"\b(?:even|still)[ \t]+$", re.IGNORECASE)


# TimeML's parts of the day, written after the day's date ("Wednesday night" is
# 2000-01-05TNI): a reader's timeline takes the day (``day_of``).
PARTS_OF_DAY = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}


def _part_of_day(part: str | None) -> str:
    return PARTS_OF_DAY[part.lower()] if part else ""


def _shifted_day(word: str, anchor: date | None) -> str | None:
    """ "yesterday", "today", "tomorrow" (and the Spanish) against the anchor."""
    if anchor is None:
        return None
    shift = {"yesterday": -1, "ayer": -1, "tomorrow": 1}.get(word.lower(), 0)
    return (anchor + timedelta(days=shift)).isoformat()


def units_ago(m: re.Match[str], anchor: date | None) -> str | None:
    if (quarter := _earnings_quarter_a_year_back(m, anchor)) is not None:
        return quarter
    count = count_of(m.group("num"))
    if anchor is None or count is None or m.group("dir").lower() in {"later"}:
        return None
    if m.group("dir").lower() == "before" and BEFORE_A_HAPPENING.match(m.string, m.end()):
        return None  # "Two days before Omar Mateen shot ...": counted from that shooting
    unit = m.group("unit").lower()
    if unit == "day":
        return (anchor - timedelta(days=count)).isoformat()
    if unit == "week":
        return _iso_week(anchor - timedelta(weeks=count))
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 - count
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{anchor.year - count:04d}"


def year_back(m: re.Match[str], anchor: date | None) -> str | None:
    """ "the year-earlier period", "year-ago": the year before (a quarter in an earnings
    report)."""
    if (quarter := _earnings_quarter_a_year_back(m, anchor)) is not None:
        return quarter
    return f"{anchor.year - 1:04d}" if anchor else None


# An earnings report compares a quarter with the same quarter a year before: there "a year
# ago" and "a year earlier" mean that quarter (TimeML: 1988-Q3), not the whole year. A text
# that speaks of quarters at least twice is taken for one.
QUARTER_WORD = re.compile(r"\bquarter(?:ly|s)?\b", re.IGNORECASE)
QUARTERLY_MENTIONS = 2
YEAR_BACK = re.compile(r"(?:a|one) year (?:ago|earlier)|year-(?:ago|earlier)", re.IGNORECASE)


def _earnings_quarter_a_year_back(m: re.Match[str], anchor: date | None) -> str | None:
    """The latest quarter closed by the anchor, a year before, when ``m`` says "a year
    ago" in an earnings report; else None."""
    if anchor is None or not YEAR_BACK.search(m.group(0)) or not _is_earnings_report(m.string):
        return None
    return _latest_closed_quarter(anchor, years_back=1)


@lru_cache(maxsize=4)
def _is_earnings_report(text: str) -> bool:
    """Counted once per text, however many "a year ago" it holds (each is resolved against
    both ends of an anchor range)."""
    return len(QUARTER_WORD.findall(text)) >= QUARTERLY_MENTIONS


def relative_unit(m: re.Match[str], anchor: date | None) -> str | None:
    if anchor is None:
        return None
    step = {"last": -1, "past": -1, "next": 1, "this": 0}[m.group("rel").lower()]
    unit = m.group("unit").lower()
    if unit == "year":
        return f"{anchor.year + step:04d}"
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return _iso_week(anchor + timedelta(weeks=step))


def this_unit(m: re.Match[str], anchor: date | None) -> str | None:
    if anchor is None:
        return None
    unit = m.group("unit").lower()
    if unit == "year":
        return f"{anchor.year:04d}"
    if unit == "month":
        return f"{anchor.year:04d}-{anchor.month:02d}"
    return _iso_week(anchor)


# "the third quarter", "the third quarter of 1989", "Q3 1989", and with the year before it:
# "the 1988 third quarter", "this year's third quarter", "next year's first quarter".
def quarter(m: re.Match[str], anchor: date | None) -> str | None:
    number = ORDINAL_QUARTERS[m.group("ord").lower()] if m.group("ord") else int(m.group("q"))
    year = m.group("year") or m.group("qyear") or m.group("pyear")
    if year is None and m.group("rel"):
        if anchor is None:
            return None
        shift = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
        year = str(anchor.year + shift)
    if year is None:
        if anchor is None:
            return None
        # A quarter named without a year is the latest such quarter up to the anchor.
        current = (anchor.month - 1) // 3 + 1
        year = str(anchor.year if number <= current else anchor.year - 1)
    return f"{int(year):04d}-Q{number}"


def decade(m: re.Match[str], anchor: date | None) -> str | None:
    """ "the 1990s", "the late 1970s", "the '80s", "the nineties": TimeML writes a decade as
    199, 197, 198."""
    if m.group("century"):
        return m.group("century") + m.group("decade")
    if m.group("word"):
        return f"19{TENS.index(m.group('word').lower().replace('ies', 'y')) + 2}"
    return f"19{m.group('short')}"


def year_only(m: re.Match[str], anchor: date | None) -> str | None:
    return m.group("year")


# "two years", "the past six months", "2 1/2 years", "two and a half hours", "a year and
# a half".
def duration(m: re.Match[str], anchor: date | None) -> str | None:
    value = _duration_value(m.group("num"), m.group("unit"))
    if (m.group("half") or m.group("half_after")) and count_of(m.group("num")):
        return _and_a_half(value, m.group("unit").lower())
    return value


# Half of each unit in the next smaller ones, as TimeML writes "2 1/2 years" (P2Y6M).
HALF_OF = {"year": "6M", "month": "15D", "week": "3DT12H", "day": "T12H", "hour": "30M"}


def _and_a_half(value: str, unit: str) -> str:
    if unit == "decade":
        return f"P{int(value[1:-1]) + 5}Y"
    return value + ("30S" if unit == "minute" else HALF_OF[unit])


# Only the words that TimeML annotators tag as times with little doubt: "previously",
# "soon" or a bare "future" are as often not (measured on TempEval-3 train).
def reference(m: re.Match[str], anchor: date | None) -> str | None:
    """TimeML's vague references to the present, the past and the future."""
    word = m.group("ref").lower()
    if word in {"now", "currently", "at present", "presently", "nowadays"}:
        return "PRESENT_REF"
    if word == "the future":
        return "FUTURE_REF"
    return "PAST_REF"


def the_unit(m: re.Match[str], anchor: date | None) -> str | None:
    """ "the quarter", "the latest quarter", "the year": the period being reported on."""
    if anchor is None:
        return None
    unit = m.group("unit").lower()
    if unit == "quarter":
        # Reports speak of the latest quarter that has closed.
        return _latest_closed_quarter(anchor)
    if unit == "year":
        return f"{anchor.year:04d}"
    if unit == "month":
        return f"{anchor.year:04d}-{anchor.month:02d}"
    return _iso_week(anchor)


def weekend(m: re.Match[str], anchor: date | None) -> str | None:
    """ "last weekend" is the weekend of the week before; "the weekend", in reporting, the
    latest one (this week's once it has begun, else last week's); TimeML writes 1990-W32-WE."""
    if anchor is None:
        return None
    rel = m.group("rel").lower()
    saturday = 5
    if rel == "next" or (rel == "this" and anchor.weekday() < saturday and _looks_future(m)):
        week = anchor + timedelta(weeks=1) if rel == "next" else anchor
    elif rel == "last" or anchor.weekday() < saturday:
        week = anchor - timedelta(weeks=1)
    else:
        week = anchor
    return _iso_week(week) + "-WE"


def season(m: re.Match[str], anchor: date | None) -> str | None:
    if anchor is None:
        return None
    code = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
    name = m.group("season").lower()
    # Northern-hemisphere seasons by the month they start in.
    starts = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
    rel = m.group("rel").lower()
    year = anchor.year
    if rel == "last" and starts[name] >= anchor.month:
        year -= 1
    elif rel == "next" and starts[name] <= anchor.month:
        year += 1
    return f"{year:04d}-{code[name]}"


def recurring(m: re.Match[str], anchor: date | None) -> str | None:
    word = m.group("set").lower().removeprefix("every ")
    code = {
        "daily": "D",
        "day": "D",
        "weekly": "W",
        "week": "W",
        "monthly": "M",
        "month": "M",
        "annually": "Y",
        "yearly": "Y",
        "year": "Y",
        "hourly": "TH",
    }[word]
    return f"P1{code}" if code != "TH" else "PT1H"


def hyphen_duration(m: re.Match[str], anchor: date | None) -> str | None:
    """ "two-year", "16-hour": durations used as adjectives."""
    return _duration_value(m.group("num"), m.group("unit"))


def plural_units(m: re.Match[str], anchor: date | None) -> str | None:
    """Durations with no number: "for weeks", "in recent years". (TimeML annotators read
    "recent years" as often as PAST_REF as PXY in TempEval-3's training data.)"""
    return _duration_value("x", m.group("unit").rstrip("sS"))


def count_of(number: str) -> int | None:
    """The count a number in figures or words stands for; None for "several", "few"."""
    raw = " ".join(number.lower().split())
    if raw.isdigit():
        return int(raw)
    if raw in NUMBERS:
        return NUMBERS[raw]
    tens, _, unit = raw.replace("-", " ").partition(" ")
    if tens in TENS and unit in UNITS[:9]:
        return 10 * (TENS.index(tens) + 2) + UNITS.index(unit) + 1
    return None


def _duration_value(number: str, unit: str) -> str:
    count = count_of(number)
    unit = unit.lower()
    if unit == "decade":
        return f"P{count * 10}Y" if count else "PXDE"
    code = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "M"}[unit]
    clock = "T" if unit in {"hour", "minute"} else ""
    return f"P{clock}{count if count else 'X'}{code}"


# Words before a date, in its sentence, that make it a future reference ("will meet on
# Tuesday"). A line ends a sentence too: a headline above ("Fiat plans to buy majority
# stake in Chrysler") makes no coming Friday of "Fiat announced on Friday" below it.
FUTURE_CUE = re.compile(
    r"\b(?:(?:"
    # an arrangement in the present progressive: "is organizing a call day on Friday"
    r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )"
    r"(?:is|are)\s+(?:organi[sz]ing|hosting|holding|meeting|visiting|heading|travell?ing|"
    r"launching|releasing|unveiling|opening|appearing|speaking|flying|leaving|returning)\b"
    # (no past clause between: "are holding a man who was arrested on Friday")
    r"(?:(?!\b(?:was|were|had|who|which)\b)[^.!?\n])*"
    r"|(?:will|'ll|’ll|shall|would|is to|are to|scheduled|plans? to|planned|planning|"
    r"expected to|likely to|going to|set to|due to|upcoming|postponed|effective|"
    # "is set for Friday", "slated for Friday": an arrangement
    r"(?:is|are)\s+set\s+for|slated)\b[^.!?\n]*)"
    # A day a state lasts "until" is most often one to come ("has continued to hold all
    # stock markets closed until Friday", a Thursday report: the next day, not the Friday
    # gone), when the state is told as now (``STATE_NOW``).
    r"|(?P<until>until|till)(?:\s+at\s+least)?\s*"
    # "as soon as Tuesday" is a coming day, but "as soon as the bombs went off in Brussels
    # on Tuesday" a past one: these two cue only the day right after them.
    r"|as (?:soon|early) as(?:\s+(?:this|next|on|late|early))?"
    # ... and the days named with it: "as soon as Tuesday or Wednesday", "as early as
    # Thursday, or Friday at the latest".
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow),?\s+"
    r"(?:or|and|to)(?:\s+(?:late|early))?)?\s*"
    # A day a few words after "ahead of" or after an aim ("ahead of voting Tuesday",
    # "ahead of Tuesday's primary", "an excellent chance to win it on Tuesday", "urged
    # them to vote Tuesday": a June 2016 primary was dated a week back by all three).
    r"|ahead\s+of(?:\s+[\w'’-]+){0,2}(?:\s+on)?\s*"
    # "needs a win in Tuesday's GOP primary", "must win Tuesday's primary": a contest to
    # come (a Saturday report's coming primary had been dated the Tuesday gone)
    r"|(?<!\bneeded )(?:needs?|must)\s+(?:a\s+)?(?:win|victory|strong\s+showing)(?:\s+in)?\s*"
    # (an aim told as past is no coming day: "was trying to vote on Tuesday", "had a
    # chance to win it on Tuesday"; nor an urging, which may have been for a day now gone)
    r"|(?<!\bwas )(?<!\bwere )(?<!\bhad a )(?<!\bhad )"
    r"\b(?:chances?|hopes?|hoping|vows?|aims?|seeks?|trying|tries)"
    r"\s+to\s+\w+(?:\s+(?:it|them|him|her|there))?(?:\s+on)?\s*)$",
    re.IGNORECASE,
)


# A state that lasts "until" a day is one to come when told in the present, the present
# perfect or the future ("has continued to hold ... closed until", "remains shut until",
# "would wait until"); told in the past, the day may be gone ("stayed shut until Tuesday,
# when trading resumed").
STATE_NOW = re.compile(
    r"\b(?:has|have|is|are|will|would|remains?|stays?|continues?|keeps?)\b", re.IGNORECASE
)


def _clause_before(text: str) -> str:
    """The words of the clause that ends ``text``: after its last comma or relative
    pronoun ("Smith, who is 64, served as chairman until": "served as chairman")."""
    return CLAUSE_BREAK.split(text)[-1]


CLAUSE_BREAK = re.compile(r",|;|\b(?:who|which|that|when|while)\b", re.IGNORECASE)


# "two days before" a happening the sentence names next: counted from it, not from the report.
BEFORE_A_HAPPENING = re.compile(r"\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[A-Za-z]")
# A plan told as past ("had been scheduled to expire Friday", "as previously planned"):
# the day has come and gone.
PAST_PLAN = re.compile(r"\b(?:had\s+been|previously)\s+$", re.IGNORECASE)


# A day right after a past report's verb ("Bloomberg reported on Tuesday evening") is past,
# whatever cue stands earlier in the sentence ("people familiar with the planning told
# Bloomberg," took "planning" for a plan and dated Tuesday a week ahead).
PAST_REPORT_BEFORE = re.compile(
    # (not a passive to come: "will be announced on Monday", "is to be disclosed Friday")
    r"(?<!\bbe )\b(?:said|reported|told|announced|wrote|tweeted|confirmed|revealed|disclosed)"
    # perhaps to whom, where or how, up to five words that are no clause of their own
    # ("told CNBC Saturday", "told the New York Times on Sunday", "said at a news
    # conference on Friday"; not "said it will close the plant on Friday")
    r"(?:\s+(?!(?:will|would|could|should|may|might|can|shall|is|are|was|were|be|been|has|"
    r"have|had|that|it|he|she|they|we|i|you|to|not|who|which|and|but)\b)[\w.&’'-]+){0,5}"
    r"\s*$",
    re.IGNORECASE,
)


# How far before a date its sentence's future cue may stand ("Beck will endorse Trump
# rival Sen. Ted Cruz at a rally in Iowa on Saturday": 67 characters).
FUTURE_CUE_CHARS = 90
# A title's full stop ends no sentence: "will endorse Sen. Ted Cruz ... on Saturday".
TITLE_STOP = re.compile(
    r"\b(?:Sen|Gov|Rep|Reps|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Jr|Sr|Pres)\."
    # an initial's: inside "U.S." and "D.C.", and before a word that goes on the sentence
    # ("Donald J. Trump", "the U.S. on Friday"), not before one that opens the next ("the
    # U.S. The chief executive resigned")
    r"|(?<=\b[A-Z])\.(?=[A-Z]\.|\s*$|\s+(?:[a-z]|(?!(?:The|A|An|He|She|It|They|We|I|In|On|At|But|"
    r"And|This|That|These|Those|His|Her|Their|Its|After|When|While|As|If|There)\b)[A-Z]))"
)


def _looks_future(m: re.Match[str]) -> bool:
    if OPENS_ITS_SENTENCE.fullmatch(_sentence_before(m)) and FUTURE_AFTER.match(m.string, m.end()):
        return True  # "On Thursday, Comey will testify before the committee"
    before = _window_before(m)
    # a quotation closed before the date is someone's words, whose tense is not the
    # sentence's ("“... we are not going to pay ...,” Calderon told CNBC Saturday": past)
    closed = max(before.rfind(mark) for mark in CLOSING_MARKS)
    if closed >= 0 and SPEECH_AFTER_QUOTE.match(before, closed + 1):
        before = before[closed + 1 :]  # (not "will deliver his “State of the Union” on")
    if PAST_REPORT_BEFORE.search(before) is not None:
        return False
    cue = FUTURE_CUE.search(before)
    if cue is None or PAST_CAUSE.search(before, cue.start()) is not None:
        return False
    if cue.group("until") and not STATE_NOW.search(_clause_before(before[: cue.start()])):
        return False  # "the road was closed until Friday", "stayed shut until Tuesday"
    return PAST_PLAN.search(before, 0, cue.start()) is None


# A day opening its sentence (nothing before it but "and", "on" and the like: "And on
# Monday, ..."), whose clause's verb comes after it: a future there, within a few words
# ("On Thursday, Comey will testify"), is the day's; not past a verb told in the past or a
# relative clause ("On Monday, he unveiled a plan that will cut taxes", "On Tuesday, voters
# chose Trump, who will face Clinton": Monday and Tuesday are gone; a review's cases).
OPENS_ITS_SENTENCE = re.compile(
    r"\s*(?:(?:and|but|so|then|also)\s+)?(?:on|this|next|by|from)?\s*", re.IGNORECASE
)
FUTURE_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?"
    rf"(?:\s+(?!(?:{PAST_FORMS})\b)(?![\w-]+ed\b)[\w'’-]+,?){{1,8}}?"
    r"\s+(?:will|shall|(?:is|are) (?:going|set|scheduled|expected|due) to|plans? to)\b",
    re.IGNORECASE,
)


def _told_since_the_cue(m: re.Match[str]) -> bool:
    """A verb told in the past stands between the sentence's last future cue and the
    date ("will argue that the ad, which aired on Feb. 3"): the date is that verb's, but
    for a conditional's verb (``_a_conditional``)."""
    before = _sentence_before(m)
    cues = list(FUTURE_WORD.finditer(before))
    if not cues:
        return False
    told = list(PAST_VERB.finditer(before, cues[-1].end()))
    return bool(told) and not _a_conditional(before, cues[-1], told)


def _a_conditional(before: str, cue: re.Match[str], told: list[re.Match[str]]) -> bool:
    """ "would fare if he won the election on Nov. 8": the one past form after "would" is
    the conditional's "if he won", a day to come (a May 2016 report's election had gone
    to the November gone). Not a "whether" ("would not say if the suspect was arrested",
    "will decide if he lied", "would find out if"), a past perfect or "would have" (a
    condition gone), nor where a second past verb may carry the date ("if turnout matched
    the primary, which was held on Sept. 13"): a review's cases."""
    if cue.group(0).lower() != "would" or HAVE_AFTER.match(before, cue.end()):
        return False
    if len(told) != 1 or told[0].group(0).lower() == "had":
        return False
    condition = IF_SUBJECT_BEFORE.search(before, cue.end(), told[0].start())
    return condition is not None and not WHETHER_BEFORE.search(before, 0, condition.start())


FUTURE_WORD = re.compile(r"\b(?:will|'ll|’ll|shall|would|scheduled|planned|plans?|set|due)\b")
# "would have", "would not have": a condition gone.
HAVE_AFTER = re.compile(r"\s+(?:not\s+)?(?:have|'ve)\b", re.IGNORECASE)
# Words before "if" that make it a "whether": "would not say if", "find out if", "as if".
WHETHER_BEFORE = re.compile(
    r"\b(?:not|never|nor|as|say|said|confirm|deny|disclose|reveal|comment|know|knew|"
    r"ask|asked|check|see|decide|determine|find\s+out|learn|verify|tell|wonder)\s+$",
    re.IGNORECASE,
)
# "if" and its subject right before a verb: "if he won", "if the party lost".
IF_SUBJECT_BEFORE = re.compile(
    r"\bif\s+(?:he|she|they|we|you|i|it|(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)\s+$", re.IGNORECASE
)
PAST_VERB = re.compile(rf"\b(?:{PAST_FORMS}|[\w-]+ed)\b", re.IGNORECASE)


# A cause named after the future's cue has come to pass: "will vote for him because of the
# slaying in Chicago on Friday" (a Sunday report's Friday had been dated five days ahead,
# a July 2016 review); not "after" or "following", whose happening may be to come too
# ("will decide after the vote on Friday").
PAST_CAUSE = re.compile(
    r"\b(?:because\s+of|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of|"
    r"in\s+(?:response|reaction|retaliation)\s+to)\b"
    # (the day inside the cause's own words: not "because of the scandal, effective Friday")
    r"[^,;:]*$",
    re.IGNORECASE,
)


# One calendar day, perhaps with a clock time or a part of the day (2024-11-13T22:00).
DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T[0-9A-Z:]+)?$")


def day_of(value: str | None) -> str | None:
    """The calendar day a value names ("2024-11-13T22:00" -> "2024-11-13"), else None (a
    month, a week, a duration or a reference)."""
    match = DAY_VALUE.match(value) if value is not None else None
    return match.group(1) if match else None


def _valid(value: str) -> str | None:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def find_times(text: str, anchor: tuple[str, str] | str | None) -> list[TimeExpr]:
    """Every time expression in ``text``, with its value against the anchor date or range."""
    low, high = _anchor_range(anchor)
    taken: list[tuple[int, int]] = []  # sorted, not overlapping: looked up by bisection
    found: list[TimeExpr] = []
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            start, end = _trim_span(text, match.start(), match.end())
            if end - start < 3 or _overlaps_taken(taken, start, end):
                continue
            if rule.rejects is not None and rule.rejects(match):
                continue
            value = _agreed(rule.resolve, match, low, high)
            bisect.insort(taken, (start, end))
            anchor_text = (
                low.isoformat()
                if low and low == high
                else (f"{low.isoformat()}/{high.isoformat()}" if low and high else None)
            )
            found.append(TimeExpr(text[start:end], start, end, value, anchor_text))
    return sorted(found, key=lambda t: t.start)


def _overlaps_taken(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """[start, end) overlaps a span already taken (the spans sorted, none overlapping, so
    only the neighbours at its place can: a text of thousands of dates reads in n log n)."""
    at = bisect.bisect_left(taken, (start, end))
    return any(s < end and start < e for s, e in taken[max(0, at - 1) : at + 1])


def _latest_closed_quarter(anchor: date, years_back: int = 0) -> str:
    index = (anchor.year - years_back) * 4 + (anchor.month - 1) // 3 - 1
    return f"{index // 4:04d}-Q{index % 4 + 1}"


# Words before "an hour" that make it a measure ("nearly an hour", "over an hour").
MEASURE_BEFORE = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|over|more than|less than|at least)\s*$",
    re.IGNORECASE,
)


def _is_quantity_only(match: re.Match[str]) -> bool:
    # "38 years" in "sentenced to 38 years" is a duration; "two" alone is not a time, nor
    # "an hour" or "a minute" ("wait a minute"), unless "nearly" or "and a half" makes it
    # a measure.
    if match.group("half") or match.group("half_after"):
        return False
    if MEASURE_BEFORE.search(match.string, max(0, match.start() - 16), match.start()):
        return False
    unit = match.group("unit").lower()
    return match.group("num").lower() in {"a", "an"} and unit in {"hour", "minute"}


def _agreed(
    resolve: Resolver, match: re.Match[str], low: date | None, high: date | None
) -> str | None:
    first = resolve(match, low)
    if low == high:
        return first
    second = resolve(match, high)
    return first if first == second else None


def _anchor_range(anchor: tuple[str, str] | str | None) -> tuple[date | None, date | None]:
    if anchor is None:
        return None, None
    if isinstance(anchor, str):
        day = date.fromisoformat(anchor[:10])
        return day, day
    return date.fromisoformat(anchor[0][:10]), date.fromisoformat(anchor[1][:10])


# TimeML spans leave out the preposition that introduces a time ("on Tuesday" -> "Tuesday").
LEADING_PREPOSITION = re.compile(
    r"(?:back\s+)?(?:in|on|since|until|by|from|before|after|of|during|at)\s+", re.IGNORECASE
)


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    lead = LEADING_PREPOSITION.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    while end > start and text[end - 1] in " .,":
        end -= 1
    return start, end


# The rules in the order they claim text: where two matches overlap, the earlier rule's
# wins (a full date before its month, a clock time with its day before the day alone,
# a holiday before a bare month). The order is this list's, not where a function stands.
RULES: tuple[Rule, ...] = (
    _rule(iso_date, r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b"),
    _rule(clock_then_day, rf"\b{_CLOCK},?\s+(?:on\s+)?{_DAY_OF_CLOCK}"),
    _rule(day_then_clock, rf"\b{_DAY_OF_CLOCK},?\s+at\s+{_CLOCK}"),
    _rule(
        holiday,
        r"\b(?:(?P<rel>last|this|next)\s+)?(?P<holiday>"
        rf"(?:{_names([n for n in HOLIDAYS if ' ' in n])})\b|"
        rf"(?:{_names([n for n in HOLIDAYS if ' ' not in n])})\b(?(rel)|(?!\s+(?-i:[a-z]))))",
        re.IGNORECASE,
    ),
    _rule(month_day_year, rf"\b{_LEAD}(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    _rule(day_month_year, rf"\b{_LEAD}{_DAY}\s+(?:de\s+)?{_MONTH}(?:,?\s+|\s+de\s+){_YEAR}\b"),
    _rule(month_day, rf"\b{_LEAD}(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}\b(?!,?\s*\d)"),
    _rule(spoken_year, rf"\b(?:{_MONTH}\s+|the\s+year\s+)?{_SPOKEN_YEAR}\b", re.IGNORECASE),
    _rule(month_year, rf"\b{_LEAD}{_PART}{_MONTH}(?:\s+of)?\s+{_YEAR}\b"),
    _rule(month_only, rf"\b(?:(?P<rel>last|next|this)\s+)?{_LEAD}{_PART}{_MONTH}\b(?!\s+\d)"),
    _rule(
        weekday,
        r"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his coming|[Tt]he coming|[Tt]his|[Oo]n|[Pp]ast|"
        r"[Ee]l pasado|[Ee]l|[Ee]ste)?\s*"
        rf"{_WEEKDAY}"
        r"(?:\s+(?:morning|afternoon|evening|night))?\b",
    ),
    _rule(
        relative_day,
        r"\b(?:(?P<word>today|yesterday|tomorrow|tonight|hoy|ayer)"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?|"
        r"(?P<this>this|last)\s+(?P<this_part>morning|afternoon|evening|night))\b",
        re.IGNORECASE,
        rejects=_is_a_name,
    ),
    _rule(
        units_ago,
        rf"\b{_NUM}\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|earlier|later|before)\b",
        re.IGNORECASE,
    ),
    _rule(
        year_back,
        r"\b(?:[Tt]he\s+)?(?:comparable\s+)?year-(?:ago|earlier)(?:\s+(?:quarter|period))?\b",
        re.IGNORECASE,
    ),
    _rule(
        relative_unit,
        r"\b(?:(?P<part>early|late|mid|earlier|later)[- ]+)?(?:(?P<rel>last|next|this|past)\s+)"
        # "this year's third quarter" is a quarter (the quarter rule)
        rf"(?P<unit>week|month|year)\b(?!['’]s\s+(?:{_QUARTER_ORDINAL})[\s-]+quarter)",
        re.IGNORECASE,
    ),
    _rule(this_unit, r"\b(?P<part>earlier|later) this (?P<unit>week|month|year)\b", re.IGNORECASE),
    _rule(
        quarter,
        r"\b(?:the\s+)?(?:(?P<pyear>(?:19|20)\d{2})\s+|(?P<rel>this|last|next)\s+year['’]s\s+)?"
        rf"(?P<ord>{_QUARTER_ORDINAL})[\s-]+quarter"
        rf"(?:\s+of\s+{_YEAR})?|\bQ(?P<q>[1-4])\s+{_YEAR.replace('year', 'qyear')}\b",
        re.IGNORECASE,
    ),
    _rule(
        decade,
        r"\b(?:the\s+)?(?:(?:early|mid|late)[- ]+)?(?:(?P<century>19|20)(?P<decade>\d)0|"
        r"['’](?P<short>\d)0)'?s\b|"
        # In words only after "the" ("in their sixties" is an age) and not "the twenties",
        # which may be the 1920s or the 2020s.
        r"\bthe\s+(?:(?:early|mid|late)[- ]+)?(?P<word>thirties|forties|fifties|sixties|seventies|"
        r"eighties|nineties)\b",
        re.IGNORECASE,
    ),
    _rule(
        year_only,
        rf"\b(?:(?:in|since|by|until|of)\s+)?{_PART.replace('part', 'p')}{_YEAR}\b(?![-/]\d)",
    ),
    _rule(
        duration,
        rf"\b(?:the\s+)?(?:past|last|next|coming)?\s*{_NUM}(?P<half>\s+1/2|½|\s+and\s+a\s+half)?"
        r"\s+(?P<unit>day|week|month|year|hour|minute|decade)s?\b(?P<half_after>\s+and\s+a\s+half)?",
        re.IGNORECASE,
        rejects=_is_quantity_only,
    ),
    _rule(
        reference,
        r"\b(?P<ref>now|currently|at present|presently|nowadays|recently|lately|"
        r"in the past|the future)\b",
        re.IGNORECASE,
    ),
    _rule(
        the_unit,
        r"\b[Tt]he\s+(?:(?P<rel>latest|current|last|past|previous|same)\s+)?"
        r"(?P<unit>quarter|year|month|week)(?=\W)(?!-)",
    ),
    _rule(weekend, r"\b(?P<rel>last|this|next|the)\s+weekend\b", re.IGNORECASE),
    _rule(
        season,
        r"\b(?P<rel>last|this|next|early|late)\s+(?P<season>spring|summer|fall|autumn|winter)\b",
        re.IGNORECASE,
    ),
    _rule(
        recurring,
        r"\b(?P<set>daily|weekly|monthly|annually|yearly|hourly|every (?:day|week|month|year))\b",
        re.IGNORECASE,
    ),
    _rule(
        hyphen_duration,
        rf"\b{_NUM}-(?P<unit>day|week|month|year|hour|minute|decade)\b(?!-old)",
        re.IGNORECASE,
    ),
    _rule(
        plural_units,
        r"\b(?:(?:the\s+)?(?:past|last|next|coming|recent|several|few|many)\s+)*"
        r"(?P<unit>days|weeks|months|years|decades|hours|minutes)\b",
        re.IGNORECASE,
    ),
)
