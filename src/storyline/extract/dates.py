"""Publication dates: normalise explicit dates and judge date lines found in the text."""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateutil_parser

ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")
# A month's name as news writes it ("Aug.", "August", "Sept"), for patterns of dated lines.
MONTH_PATTERN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Years outside this window are not news publication dates (typos, far future). Archives
# reach back far: a window from 1990 dropped the stated day of every 1989 Wall Street
# Journal report of TimeBank, whose briefings then could not tell which came first.
MIN_YEAR, MAX_YEAR = 1800, 2100
# The days a system writes where it holds no date (Unix and spreadsheet epochs): a page's
# "1970-01-01T00:00:00Z" says nothing of when it was published.
PLACEHOLDER_DAYS = frozenset(
    date.fromisoformat(d)
    # (Unix, spreadsheets', DOS/ZIP's, GPS's and the old Mac's zero days)
    for d in (
        "1970-01-01",
        "1969-12-31",
        "1900-01-01",
        "1899-12-30",
        "1899-12-31",
        "1980-01-01",
        "1980-01-06",
        "1904-01-01",
    )
)


def iso_date(value: str | None) -> str | None:
    """``value`` as ``YYYY-MM-DD``, or None when it is not a complete, plausible date."""
    if not value or not value.strip():
        return None
    text = value.strip()
    parsed: date | None = None
    if ISO_PREFIX.match(text):
        try:
            parsed = date.fromisoformat(text[:10])
        except ValueError:
            parsed = None
    if parsed is None:
        parsed = _parse_free_text(text)
    if parsed is None or not MIN_YEAR <= parsed.year <= MAX_YEAR or parsed in PLACEHOLDER_DAYS:
        return None
    return parsed.isoformat()


# A line where the page states its own date: "Published: March 3, 2026", "Posted on Thu
# Jun 13, 2013 08:45 AM PDT", "First Posted: 10/25/11 06:44 PM ET", "Posted at 3:21 PM ET,
# 01/5/2011". What follows "Updated" is another date (the page's last change).
STATED_LINE = re.compile(
    r"^(?:first\s+)?(?:published|posted)(?:\s+(?:on|at))?\s*:?\s*", re.IGNORECASE
)
UPDATED_PART = re.compile(r"\b(?:last\s+)?updated\b", re.IGNORECASE)
# A page template's date line is short: a sentence that begins "Posted on Facebook ..." is
# not one.
MAX_STATED_WORDS = 10
# Figures split by spaces around "/" or ":" ("08 / 02 / 2013 11: 10 am", as some pages and
# tokenised corpora write them).
SPACED_SEPARATOR = re.compile(r"(?<=\d)\s*([/:])\s*(?=\d)")


def stated_date(line: str) -> str | None:
    """The date (``YYYY-MM-DD``) a "Published:" or "Posted:" line states, else None."""
    match = STATED_LINE.match(line)
    if match is None:
        return None
    stated = tidy_figures(UPDATED_PART.split(line[match.end() :], maxsplit=1)[0])
    if not stated.strip() or len(stated.split()) > MAX_STATED_WORDS:
        return None
    return iso_date(stated)


def tidy_figures(text: str) -> str:
    """ "08 / 02 / 2013 11: 10 am" -> "08/02/2013 11:10 am"."""
    return SPACED_SEPARATOR.sub(r"\1", text)


def _parse_free_text(text: str) -> date | None:
    # Two different defaults: a string with no day or year parses differently under each,
    # and an incomplete date must not be completed with today's values.
    try:
        # The date as written: a time zone ("EDT") would not move it, only warn.
        first = dateutil_parser.parse(text, default=datetime(2000, 1, 1), fuzzy=True, ignoretz=True)
        second = dateutil_parser.parse(
            text, default=datetime(2001, 2, 2), fuzzy=True, ignoretz=True
        )
    except (ValueError, OverflowError):
        return None
    return first.date() if first.date() == second.date() else None
