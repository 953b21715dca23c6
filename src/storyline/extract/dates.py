"""Publication dates: normalise explicit dates and judge date lines found in the text."""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateutil_parser

ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Years outside this window are not news publication dates (typos, epoch zero, far future).
MIN_YEAR, MAX_YEAR = 1990, 2100


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
    if parsed is None or not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return parsed.isoformat()


def _parse_free_text(text: str) -> date | None:
    # Two different defaults: a string with no day or year parses differently under each,
    # and an incomplete date must not be completed with today's values.
    try:
        first = dateutil_parser.parse(text, default=datetime(2000, 1, 1), fuzzy=True)
        second = dateutil_parser.parse(text, default=datetime(2001, 2, 2), fuzzy=True)
    except (ValueError, OverflowError):
        return None
    return first.date() if first.date() == second.date() else None
