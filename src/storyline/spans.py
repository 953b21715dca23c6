"""Whether an offset lies inside one of a text's spans (its quotations), in log time.

Asked for every name, role and sentence a rule reads, so the spans are sorted once with
the furthest end of those opened up to each, not scanned again each time (a review timed
such scans at minutes on a long hostile text).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate


class Reach:
    """Spans sorted by start, each with the furthest end of those opened up to it."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.ends = list(accumulate((end for _, end in ordered), max))

    def past(self, offset: int, opened_before: int) -> bool:
        """A span opened before ``opened_before`` reaches past ``offset``."""
        i = bisect_left(self.starts, opened_before)
        return i > 0 and self.ends[i - 1] > offset

    def covers(self, offset: int) -> bool:
        """``offset`` lies inside a span (opened at or before it, ending after it)."""
        return self.past(offset, offset + 1)
