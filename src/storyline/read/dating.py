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
from storyline.read.timex import FUTURE_CUE, WEEKDAYS, day_of, find_times

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


def date_from_event(
    text: str,
    sentences: list[tuple[int, int]],
    times: list[TimeExpr],
    event_day: str,
    weekday_lag: int,
    published: bool = True,
) -> DateRange | None:
    """The publication range of an undated article whose event is dated ``event_day``:
    only when the article itself names that weekday as the day of what it reports and no
    time that begins later. ``published`` says the event's day rests on a report's
    publication date (or inferred range); when it rests only on a day another undated
    report names, the article must also name that year (``_agrees_on_year``)."""
    day = date.fromisoformat(event_day[:10])
    if day.weekday() not in bare_weekdays(times):
        return None
    starts = _named_starts(text, sentences, times)
    if any((start - day).days > EVENT_DAYS for _, start in starts):
        return None  # the text names a later time: it was written after that week
    if not published and not _agrees_on_year(text, times, day):
        return None
    return DateRange(day, day + timedelta(days=weekday_lag))


def _named_starts(
    text: str, sentences: list[tuple[int, int]], times: list[TimeExpr]
) -> list[tuple[str, date]]:
    """The values the text names with the day their period begins, bar those it announces
    ("by 2030")."""
    return [
        (t.value or "", start)
        for t in times
        if (start := period_start(t.value)) is not None and not is_announced(text, sentences, t)
    ]


def _agrees_on_year(text: str, times: list[TimeExpr], day: date) -> bool:
    """The article places itself in the event day's year ("throughout 2024", "in
    February 2016"; not "the 2016 race", which names a thing). A weekday matches a wrong
    day one time in seven: an event dated only by a day an undated report recalled (a
    2016 story's "On Nov. 11, 2014, ...") would otherwise date every other report of it
    that names a Tuesday, in the wrong year. The event's day itself counts: an article
    whose own day dated its event and that names its weekday is dated by it (not counting
    it was tried: on PolNeAR train and dev it undated 5 such articles dated rightly, a
    tweet's "September 27, 2016" and "released on Tuesday", and 3 wrongly)."""
    year = f"{day.year:04d}"
    return any((t.value or "").startswith(year) and not _names_a_thing(text, t) for t in times)


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
# A day the report announces or that bounds a period, not the day something happened: a
# coming happening ("will be broadcast live on Sunday, March 2, 2014", "is scheduled for
# December 15"), read in the words just before the date (``NEAR_CHARS``, within its line
# and sentence) as the time-expression rules read a coming weekday (``timex.FUTURE_CUE``);
# or the start, end or deadline of a state, the word right before the date ("since Jan.
# 1, 2015", "until Dec. 31", "debentures due March 1, 2011", "by 2012").
PERIOD_BOUND = re.compile(
    r"\b(?:due|until|till|since|by|through|before|after|expires?|expiring|matures?|maturing)"
    r"\s+(?:(?:on|in)\s+)?$",
    re.IGNORECASE,
)
# ... or the baseline a change is counted from: "from" after a figure or a word of change
# ("fell two percent from Monday's closing price", "an increase of 54 points from March 12
# 2009": MEANTIME's market reports had been dated the day before the fall; not "footage
# from Friday's attack", "returned from Monday's summit")
CHANGE_FROM = re.compile(
    r"\b(?:\d[\d.,]*|percent|per\s+cent|points?|fell|fall|falls|rose|rise|rises|dropped|"
    r"drop|drops|gained|gain|gains|climbed|slipped|slid|jumped|surged|plunged|tumbled|"
    r"increase|increased|decrease|decreased|down|up|higher|lower)%?\s+from\s+$",
    re.IGNORECASE,
)
# ... or the end of a reporting period: "the three months to 31 December 2004", "the year
# ending March", "the quarter ended Sept. 30" (a BBC briefing had dated BA's results the
# last day of the quarter they cover).
PERIOD_END = re.compile(
    r"\b(?:months?|weeks?|quarter|year|half|period|days)\s+(?:to|ending|ended|through)\s+$",
    re.IGNORECASE,
)
NEAR_CHARS = 60
# A plan told as past has come due: "was due to appear ... today but didn't", "had been
# scheduled for Friday" (the day is the report's, or one gone by).
PLANNED_BEFORE = re.compile(r"\b(?:was|were|had\s+been|previously)\s+$", re.IGNORECASE)
# A date that names a thing rather than when the report's happening took place: "the Aug.
# 7, 1998, bombings", "the Sept. 11, 2012 terror attack", "his January 23, 2013 Senate
# testimony". Without a publication date such a day is background (a known past thing).
NAMING_DATE = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|this|that|these|those)|['’]s)\s+$",
    re.IGNORECASE,
)
# The start of a period a value names: a day, a month, a year, or a quarter, week or
# season of a year (its year's start: the earliest it can be).
PERIOD_START = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?=$|T|-[QWSFH])"
)
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
    """When what the article reports happened. Only days that are not background
    (``is_background``) nor announced (``is_announced``) count. With a publication date
    (or range): the first such day in the week up to publication, those of the lead
    first, else the publication date. Without one: the one day the text names that is
    not background, when no time it names is much later; else unknown (the event is then
    dated by its reports)."""
    named, reported = _named_and_reported(text, sentences, times)
    if anchor is None:
        return _undated_event_day(text, sentences, times, named, reported)
    told, filed = _apart_from_the_dateline(text, reported)
    recent = _recent(sentences, told, anchor)
    ordered = [d for d, lead in recent if lead] + [d for d, lead in recent if not lead]
    if ordered:
        return ordered[0]
    # (nothing else told: the day it was filed, before a publication date that may be a
    # day later, or a range)
    filing = next((d for d, _ in _recent(sentences, filed, anchor)), None)
    return filing or (anchor if isinstance(anchor, str) else None)


def lead_day(
    text: str,
    sentences: list[tuple[int, int]],
    times: list[TimeExpr],
    anchor: tuple[str, str] | str | None,
) -> str | None:
    """The day a report's lead tells, for the timeline: with a publication date, the first
    reported day of the lead (``event_day``'s rules) in the week up to publication, else
    the publication date itself; without one, ``event_day``'s answer. A day only the body
    names is mostly one it recalls ("Slepian was shot in the back on Friday night", four
    paragraphs into a report of how his killing became a campaign issue). The clusterer
    keeps ``event_day``: dating by the lead alone moved 22 of PolNeAR February 2016's 85
    event dates and re-clustered that month (README, "How an event is dated")."""
    if not isinstance(anchor, str):
        return event_day(text, sentences, times, anchor)
    return told_lead_day(text, sentences, times, anchor) or anchor


def told_lead_day(
    text: str, sentences: list[tuple[int, int]], times: list[TimeExpr], anchor: str
) -> str | None:
    """``lead_day``'s day where the lead (or its dateline) tells one; None where that
    would only be the publication date (a review found "(reported)" marked on a lead
    that said "on Friday" of the Friday it was published, and a headline rule that took
    the publication day for a day the lead told)."""
    _, reported = _named_and_reported(text, sentences, times)
    told, filed = _apart_from_the_dateline(text, reported)
    # (a headline, a kicker or a caption line above the first sentence does not push it
    # out of the lead: a reviewer's case)
    statements = [(s, e) for s, e in sentences if not a_short_line(text, s, e)]
    lead = next((d for d, lead in _recent(statements, told, anchor) if lead), None)
    return lead or next((d for d, _ in _recent(sentences, filed, anchor)), None)


# A wire dateline opening the text or one of its first lines: a place with a word in
# capitals, perhaps its state or country, the day the report was filed, perhaps the agency,
# then a dash ("MEXICO CITY, Feb. 8 (UPI) —", "CAMBRIDGE, Mass., Dec. 11 (UPI) —", "PARIS,
# Aug 31 (Reuters) -"); not a label in capitals ("UPDATE, March 14 —").
DATELINE = re.compile(
    r"[ \t]*(?!(?:UPDATED?|CORRECTIONS?|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|EDITOR|WATCH|LIVE)\b)"
    r"(?=[A-Z.'’ ]*[A-Z]{3})[A-Z][A-Z.'’]+(?:\s+[A-Z][A-Z.'’]+){0,3}"
    r"(?:,\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?)?,\s*"
    r"(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)"
    r"(?:\s*\([A-Za-z -]{2,20}\))?\s*(?:--|[_—–―-])"
)
# How far into the text a dateline may stand (a headline or a kicker line above it).
DATELINE_REACH = 300


def _apart_from_the_dateline(
    text: str, reported: list[tuple[TimeExpr, str]]
) -> tuple[list[tuple[TimeExpr, str]], list[tuple[TimeExpr, str]]]:
    """The reported days but a dateline's, and the dateline's: its day is when the report
    was filed, not when what it reports happened (UPI, 8 February 2016: "MEXICO CITY, Feb.
    8 (UPI) — ... Calderon told CNBC Saturday" tells of the 6th); it dates the event only
    where the report tells no other day."""
    told: list[tuple[TimeExpr, str]] = []
    filed: list[tuple[TimeExpr, str]] = []
    for expr, day in reported:
        (filed if _a_datelines_day(text, expr) else told).append((expr, day))
    return told, filed


def _a_datelines_day(text: str, expr: TimeExpr) -> bool:
    if expr.start >= DATELINE_REACH:
        return False
    line_start = text.rfind("\n", 0, expr.start) + 1
    found = DATELINE.match(text, line_start)
    if found is not None and found.start("day") == expr.start:
        return True
    # A date on a line of its own above the text ("February 20 , 2009" opens each Wikinews
    # report of MEANTIME) is the day it was filed too: "The Dow ... closed at its lowest
    # level in over six years on Thursday" had been dated by it, a day late.
    line_end = text.find("\n", expr.end)
    rest = text[line_start : expr.start] + text[expr.end : len(text) if line_end < 0 else line_end]
    return not any(ch.isalpha() for ch in rest) and any(ch.isdigit() for ch in expr.text)


# A line standing alone with fewer words than this is a headline, a kicker or a caption.
LEAD_WORDS = 6


def a_short_line(text: str, start: int, end: int) -> bool:
    """A sentence that is a line of its own, short: "Harbour fire.", "ABSTRACT."."""
    alone = text.rfind("\n", 0, start + 1) >= text.rfind(" ", 0, start) and (
        end >= len(text.rstrip()) or text[end : end + 1] == "\n"
    )
    return alone and len(text[start:end].split()) < LEAD_WORDS


def _named_and_reported(
    text: str, sentences: list[tuple[int, int]], times: list[TimeExpr]
) -> tuple[list[tuple[TimeExpr, str]], list[tuple[TimeExpr, str]]]:
    """The days the text names, and of those the ones it reports (``_reported``)."""
    named = [(t, day) for t in times if (day := day_of(t.value)) is not None]
    return named, [(t, day) for t, day in named if _reported(text, sentences, t)]


def _reported(text: str, sentences: list[tuple[int, int]], expr: TimeExpr) -> bool:
    """A day the report tells as its news: neither recalled nor announced."""
    return not is_background(text, sentences, expr) and not is_announced(text, sentences, expr)


def _recent(
    sentences: list[tuple[int, int]],
    reported: list[tuple[TimeExpr, str]],
    anchor: tuple[str, str] | str,
) -> list[tuple[str, bool]]:
    """The reported days in the week up to publication (the range's last day), each with
    whether the lead names it, in the text's order."""
    last = date.fromisoformat(anchor if isinstance(anchor, str) else anchor[1])
    return [
        (d, _in_lead(sentences, t.start))
        for t, d in reported
        if 0 <= (last - date.fromisoformat(d)).days <= EVENT_DAYS
    ]


def _undated_event_day(
    text: str,
    sentences: list[tuple[int, int]],
    times: list[TimeExpr],
    named: list[tuple[TimeExpr, str]],
    reported: list[tuple[TimeExpr, str]],
) -> str | None:
    """Without a publication date: the one day the text names that is not recalled, not
    announced and not the name of a thing ("the Aug. 7, 1998, bombings"), when no time the
    text names (a day, a month, a year; not one it announces) begins much later. Several
    such days and nothing to tell which is the news: unknown (taking the first of the lead
    was tried: on ECB+ it dated Mark Felt's death in 2008 by the Watergate days leads
    recall)."""
    days = {d for t, d in reported if not _names_a_thing(text, t)}
    if len(days) != 1 or any(_biography(text, sentences, t) for t, _ in named):
        return None
    (found,) = days
    day = date.fromisoformat(found)
    starts = (period_start(t.value) for t in times if not is_announced(text, sentences, t))
    latest = max(filter(None, starts), default=day)
    return found if (latest - day).days <= BACKGROUND_DAYS else None


def period_start(value: str | None) -> date | None:
    """The first day of the period a value names ("2016" -> 2016-01-01, "2016-03" ->
    2016-03-01, "2016-Q2" -> 2016-01-01), None for durations and references."""
    match = PERIOD_START.match(value or "")
    if match is None:
        return None
    month, day = match.group("month"), match.group("day")
    try:
        return date(int(match.group("year")), int(month or 1), int(day or 1))
    except ValueError:
        return None


def is_announced(text: str, sentences: list[tuple[int, int]], expr: TimeExpr) -> bool:
    """A day the report announces (a coming happening: "will be held on", "is scheduled
    for") or that bounds a period ("since Jan. 1", "due March 1, 2011"), said in the words
    just before the date in its line and sentence."""
    start = _sentence_start(sentences, expr.start)
    start = max(start, expr.start - NEAR_CHARS, text.rfind("\n", 0, expr.start) + 1)
    before = text[start : expr.start]
    cue = FUTURE_CUE.search(before)
    if cue is not None and PLANNED_BEFORE.search(before, 0, cue.start()) is None:
        return True
    return any(p.search(before) is not None for p in (PERIOD_BOUND, PERIOD_END, CHANGE_FROM))


def _names_a_thing(text: str, expr: TimeExpr) -> bool:
    """ "the Aug. 7, 1998, bombings": a determiner or a possessive right before the date."""
    return NAMING_DATE.search(text, max(0, expr.start - 12), expr.start) is not None


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
    start = _sentence_start(sentences, expr.start)
    return bool(words.search(text, start, expr.start + len(expr.text)))


def _sentence_start(sentences: list[tuple[int, int]], offset: int) -> int:
    """Where the sentence holding ``offset`` starts; outside every sentence, a couple of
    hundred characters back."""
    return next((s for s, e in sentences if s <= offset < e), max(0, offset - 200))


def _in_lead(sentences: list[tuple[int, int]], offset: int) -> bool:
    lead = sentences[:LEAD_SENTENCES]
    return bool(lead) and offset < lead[-1][1]
