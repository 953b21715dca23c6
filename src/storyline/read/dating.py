"""Dating an article from what its text says, when no metadata gives the date.

Scraped text often comes without a publication date, or with a bare date line that is the
day the page was saved (a date-of-visit banner). The text itself can still pin the date down:

1. An elapsed duration counted from a dated start ("since Sheinbaum was sworn in ... on
   Oct. 1. ... in the past two weeks") puts the article at about that start plus the
   duration. A start without a year takes the year that makes it the most recent such day
   before the date line (the page existed on that day, so the article is no later).
2. Bare weekdays in past-tense news ("Salazar said Thursday") are days of the week up to
   publication: the article is dated on the first day from that estimate on which every
   bare weekday it names has already happened since the estimate, and at most
   ``weekday_report_lag`` days after the latest of them.
3. A date line that falls outside the inferred range is evidence against itself (the text
   contradicts it); one inside the range is the publication date.

An undated article can also be dated through its event (``date_from_event``): when its own
text names the weekday on which the event's other sources date the happening ("On
Wednesday, Salazar lashed out" in an event dated Wednesday 2024-11-13), it reports that day.

Nothing is inferred without such evidence: an article that gives no anchor stays undated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.extract.dates import iso_date
from storyline.model import TimeExpr
from storyline.read.timex import WEEKDAYS, day_of, find_times

# "since <date>": the start of a state that is still going on.
SINCE = re.compile(r"\bsince\b(?![^.;]*\bsince\b)[^.;]{0,80}$", re.IGNORECASE)
# "the past two weeks", "more than two weeks", "over the last ten days": time elapsed so far.
ELAPSED_LEAD = re.compile(r"(?:\bthe\s+(?:past|last)|\bmore\s+than|\bover)\s+$", re.IGNORECASE)
DURATION_VALUE = re.compile(r"^P(?P<n>\d+)(?P<unit>[DWM])$")
BARE_WEEKDAY = re.compile(r"^(?:(?:this|on|el)\s+)?(?P<weekday>\w+)$", re.IGNORECASE)
UNIT_DAYS = {"D": 1, "W": 7, "M": 30}
# How many sentences apart a start and its elapsed duration may stand.
NEAR_SENTENCES = 1


@dataclass(frozen=True, slots=True)
class DateRange:
    first: date
    last: date

    def as_strings(self) -> tuple[str, str]:
        return self.first.isoformat(), self.last.isoformat()

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


def infer_range(
    text: str,
    sentences: list[tuple[int, int]],
    times: list[TimeExpr],
    date_lines: list[str],
    weekday_lag: int,
) -> DateRange | None:
    """The publication range the text implies, or None when it does not pin one down.
    ``times`` are the text's time expressions found without an anchor."""
    seen_by = _seen_by(date_lines)
    estimate = _elapsed_estimate(text, sentences, times, seen_by)
    if estimate is None:
        return None
    weekdays = bare_weekdays(times)
    if not weekdays:
        found = DateRange(estimate, estimate + timedelta(days=6))
    else:
        day = _first_day_covering(estimate, weekdays)
        found = DateRange(day, day + timedelta(days=weekday_lag))
    if seen_by is not None:
        if seen_by < found.first:
            return None  # the page was seen before the text says it was written
        found = DateRange(found.first, min(found.last, seen_by))
    return found


def date_from_event(times: list[TimeExpr], event_day: str, weekday_lag: int) -> DateRange | None:
    """The publication range of an undated article whose event is dated ``event_day``:
    only when the article itself names that weekday as the day of what it reports."""
    day = date.fromisoformat(event_day[:10])
    if day.weekday() not in bare_weekdays(times):
        return None
    return DateRange(day, day + timedelta(days=weekday_lag))


def bare_weekdays(times: list[TimeExpr]) -> set[int]:
    """Weekdays named on their own ("Thursday", "on Wednesday", "This Thursday"): days of
    the week up to publication in past-tense news. "last Friday" and "next Monday" are
    not: they point outside that week."""
    found: set[int] = set()
    for expr in times:
        match = BARE_WEEKDAY.match(expr.text.strip())
        if match and match.group("weekday").lower() in WEEKDAYS:
            found.add(WEEKDAYS[match.group("weekday").lower()])
    return found


def _seen_by(date_lines: list[str]) -> date | None:
    """The day the page was seen by at the latest: its earliest date line."""
    days = [date.fromisoformat(d) for line in date_lines if (d := iso_date(line))]
    return min(days) if days else None


def _elapsed_estimate(
    text: str, sentences: list[tuple[int, int]], times: list[TimeExpr], seen_by: date | None
) -> date | None:
    """A dated start ("since ... Oct. 1") plus the time elapsed since ("the past two
    weeks") in the same or a neighbouring sentence."""
    for start in times:
        if not SINCE.search(text[max(0, start.start - 80) : start.start]):
            continue
        begun = _start_day(start, seen_by)
        if begun is None:
            continue
        for elapsed in times:
            days = _elapsed_days(text, elapsed)
            if days and _sentences_apart(sentences, start, elapsed) <= NEAR_SENTENCES:
                return begun + timedelta(days=days)
    return None


def _start_day(expr: TimeExpr, seen_by: date | None) -> date | None:
    if (named := day_of(expr.value)) is not None:
        return date.fromisoformat(named)
    if seen_by is None:
        return None
    # A day without a year: the most recent one before the page was seen.
    resolved = find_times(expr.text, seen_by.isoformat())
    if resolved and (value := day_of(resolved[0].value)) is not None:
        day = date.fromisoformat(value)
        return day if day <= seen_by else None
    return None


def _elapsed_days(text: str, expr: TimeExpr) -> int | None:
    match = DURATION_VALUE.match(expr.value or "")
    if match is None:
        return None
    lead = text[max(0, expr.start - 30) : expr.start]
    if not ELAPSED_LEAD.search(lead) and not re.match(r"(?i)the\s+(?:past|last)\b", expr.text):
        return None
    return int(match.group("n")) * UNIT_DAYS[match.group("unit")]


def _sentences_apart(sentences: list[tuple[int, int]], a: TimeExpr, b: TimeExpr) -> int:
    def index(offset: int) -> int:
        for i, (start, end) in enumerate(sentences):
            if start <= offset < end:
                return i
        return -1

    first, second = index(a.start), index(b.start)
    if first < 0 or second < 0:
        return 0 if abs(a.start - b.start) < 300 else NEAR_SENTENCES + 1
    return abs(first - second)


def _first_day_covering(estimate: date, weekdays: set[int]) -> date:
    """The first day from ``estimate`` on which each weekday named has occurred since
    ``estimate`` (so all of them fall in the reported week)."""
    day = estimate
    while not all((day - estimate).days >= (day.weekday() - w) % 7 for w in weekdays):
        day += timedelta(days=1)
    return day


# --- the event's date ----------------------------------------------------------------------
# Words before a date in its sentence that put it in the background: an earlier happening
# recalled ("the previous quakes there occurred on", "last year's flood on"), a period that
# ended ("the four fiscal quarters ended July 31, 2007").
# A birth or a founding is a biography's day, background too (ECB+ dated six reports of a
# model's death by her birth in 1923).
BACKGROUND = re.compile(
    r"\b(?:previous(?:ly)?|prior|earlier|latest|last\s+(?:year|month|time)(?:['’]s)?|"
    r"last\s+\w+['’]s|ended|ending|anniversary|back\s+in|fiscal|quarters?|recalled|"
    r"the\s+last\s+time|born|founded)\b",
    re.IGNORECASE,
)
BIOGRAPHY = re.compile(r"\b(?:born|founded)\b", re.IGNORECASE)
# The opening sentences that tell what happened (the lead).
LEAD_SENTENCES = 3
# How far back from publication a day may be and still be the reported happening.
EVENT_DAYS = 7
# Without a publication date: a day this much earlier than the latest day the text names
# is background, not the happening.
BACKGROUND_DAYS = 180


def event_day(
    text: str,
    sentences: list[tuple[int, int]],
    times: list[TimeExpr],
    anchor: tuple[str, str] | str | None,
) -> str | None:
    """When what the article reports happened. Only days that are not background count
    (``is_background``). With a publication date (or range): the first such day in the
    week up to publication, those of the lead first, else the publication date. Without
    one: the one day the text names that is not background, when no day it names is
    much later; else unknown (the event is then dated by its reports)."""
    named = [(t, day) for t in times if (day := day_of(t.value)) is not None]
    days = [
        (day, _in_lead(sentences, t.start))
        for t, day in named
        if not is_background(text, sentences, t)
    ]
    if anchor is None:
        # One day the text names, not recalled, and none named much later: a day years
        # before another the text names is background. Several days and no publication
        # date to tell which is the news: unknown (taking the first of the lead was tried:
        # on ECB+ it dated Mark Felt's death in 2008 by the Watergate days leads recall).
        latest = max(date.fromisoformat(d) for _, d in named) if named else None
        if (
            len(days) != 1
            or latest is None
            or any(_biography(text, sentences, t) for t, _ in named)
        ):
            return None
        day = days[0][0]
        return day if (latest - date.fromisoformat(day)).days <= BACKGROUND_DAYS else None
    last = date.fromisoformat(anchor if isinstance(anchor, str) else anchor[1])
    recent = [
        (d, lead) for d, lead in days if 0 <= (last - date.fromisoformat(d)).days <= EVENT_DAYS
    ]
    ordered = [d for d, lead in recent if lead] + [d for d, lead in recent if not lead]
    if ordered:
        return ordered[0]
    return anchor if isinstance(anchor, str) else None


def _biography(text: str, sentences: list[tuple[int, int]], expr: TimeExpr) -> bool:
    """A birth or founding day: a text that tells a life is a profile or an obituary, and
    without a publication date its other days may be the life's too (an obituary named
    the day in 1971 its subject was promoted): the event stays undated."""
    return _said_before(BIOGRAPHY, text, sentences, expr)


def is_background(text: str, sentences: list[tuple[int, int]], expr: TimeExpr) -> bool:
    """A date the sentence recalls rather than reports: a background word stands between
    the sentence's start and the date ("the previous quakes there occurred on ...")."""
    return _said_before(BACKGROUND, text, sentences, expr)


def _said_before(
    words: re.Pattern[str], text: str, sentences: list[tuple[int, int]], expr: TimeExpr
) -> bool:
    """One of ``words`` stands between the start of the date's sentence and the date."""
    start = next((s for s, e in sentences if s <= expr.start < e), max(0, expr.start - 200))
    return bool(words.search(text, start, expr.start + len(expr.text)))


def _in_lead(sentences: list[tuple[int, int]], offset: int) -> bool:
    lead = sentences[:LEAD_SENTENCES]
    return bool(lead) and offset < lead[-1][1]
