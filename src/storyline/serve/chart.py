"""The story timeline as an SVG drawn on the server (no script needed to read it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

WIDTH = 640
MARGIN = 40


@dataclass(slots=True)
class Point:
    x: float
    label: str  # the date as the briefing writes it
    event_id: str
    row: int  # labels alternate above and below the axis so neighbours do not overlap


@dataclass(slots=True)
class Chart:
    width: int
    points: list[Point]
    undated: list[str]  # event ids without a date: listed, never placed by a guess
    start: str | None
    end: str | None


def timeline_chart(events: list[tuple[str, str | None]]) -> Chart:
    """Place each ``(event_id, iso_date)`` on a time axis; partial dates (``2024-11``)
    sit at the middle of their month, undated events stay off the axis."""
    dated = [(eid, iso, day) for eid, iso in events if iso and (day := _ordinal(iso))]
    undated = [eid for eid, iso in events if not iso or not _ordinal(iso)]
    if not dated:
        return Chart(WIDTH, [], undated, None, None)
    dated.sort(key=lambda item: item[2])
    first, last = dated[0][2], dated[-1][2]
    span = max(last - first, 1)
    inner = WIDTH - 2 * MARGIN
    points = [
        Point(
            MARGIN + (inner / 2 if last == first else inner * (day - first) / span),
            iso,
            eid,
            i % 2,
        )
        for i, (eid, iso, day) in enumerate(dated)
    ]
    return Chart(WIDTH, points, undated, dated[0][1], dated[-1][1])


def _ordinal(iso: str) -> int | None:
    parts = iso.split("-")
    try:
        if len(parts) >= 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2][:2])).toordinal()
        if len(parts) == 2 and parts[1].isdigit():
            return date(int(parts[0]), int(parts[1]), 15).toordinal()
    except ValueError:
        return None
    return None
