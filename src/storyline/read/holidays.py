"""The days of the holidays that news names as dates ("Elian was found Thanksgiving Day").

Only holidays with one day by a fixed rule are here; a holiday that differs between the
countries that keep it ("Independence Day": July 4 in the United States, September 16 in
Mexico) is left out, since the text alone does not say which is meant.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

MONDAY, THURSDAY = 0, 3


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _nth_weekday(month: int, weekday: int, nth: int) -> Callable[[int], date]:
    """The nth such weekday of the month; nth -1 is the last."""

    def day_in(year: int) -> date:
        if nth > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)

    return day_in


def easter(year: int) -> date:
    """Western Easter Sunday (the Gregorian computus of Meeus, Jones and Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "new year's day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "valentine's day": _fixed(2, 14),
    "the fourth of july": _fixed(7, 4),
    "halloween": _fixed(10, 31),
    "veterans day": _fixed(11, 11),
    "christmas eve": _fixed(12, 24),
    "christmas day": _fixed(12, 25),
    "christmas": _fixed(12, 25),
    "martin luther king day": _nth_weekday(1, MONDAY, 3),
    "memorial day": _nth_weekday(5, MONDAY, -1),
    "labor day": _nth_weekday(9, MONDAY, 1),
    "thanksgiving day": _nth_weekday(11, THURSDAY, 4),
    "thanksgiving": _nth_weekday(11, THURSDAY, 4),
    "easter sunday": easter,
    "easter": easter,
    "good friday": lambda year: easter(year) - timedelta(days=2),
}


def holiday_near(name: str, anchor: date, rel: str, ahead: bool) -> date:
    """The day of the holiday ``name`` that a report of ``anchor`` means: the latest one
    up to the anchor, or the coming one when the text looks ahead (``ahead``, "next");
    "last" is the one before the anchor's day, "this" the one of the anchor's year."""
    day_in = HOLIDAYS[" ".join(name.lower().replace("’", "'").split())]
    if rel == "this":
        return day_in(anchor.year)
    if rel == "next" or (ahead and rel != "last"):
        day = day_in(anchor.year)
        return day if day > anchor else day_in(anchor.year + 1)
    day = day_in(anchor.year)
    if day > anchor or (rel == "last" and day == anchor):
        day = day_in(anchor.year - 1)
    return day
