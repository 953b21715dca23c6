"""What a process keeps from one build to the next, while builds keep asking for it.

A composing worker keeps the reports it decoded (``store/held.py``) and what it found of
each (``per_report.py``). Both are bounded the same two ways: by count (the least
recently asked for go first) and by age (what no build of the last ``KEEP_BUILDS`` asked
for goes: a storyline's scope moves on to its latest reports, and those that had left
every scope were held to the count's bound, some 280 MiB a worker in a 20,000-article
stream). A storyline composed again after more builds than that reads its reports and
works out its findings again, as every build did before.

Nothing here locks: each owner holds its own lock around these calls.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")

KEEP_BUILDS = 5


class RecentlyAsked(Generic[Key, Value]):
    """Values by key, each with the last build that asked for it (builds are numbered by
    the caller, the numbers growing), the least recently asked for first."""

    def __init__(self, limit: int, builds: int = KEEP_BUILDS) -> None:
        self.limit = limit
        self.builds = builds
        self._kept: OrderedDict[Key, tuple[Value, int]] = OrderedDict()

    def __contains__(self, key: object) -> bool:
        return key in self._kept

    def __len__(self) -> int:
        return len(self._kept)

    def peek(self, key: Key) -> Value | None:
        """The value kept under ``key``, without counting it as asked for."""
        kept = self._kept.get(key)
        return kept[0] if kept is not None else None

    def ask(self, key: Key, build: int) -> Value:
        """The value kept under ``key`` (KeyError if none), now the latest asked for."""
        value, _ = self._kept.pop(key)
        self._kept[key] = (value, build)
        return value

    def put(self, key: Key, value: Value, build: int) -> None:
        self._kept.pop(key, None)
        self._kept[key] = (value, build)

    def trim(self, build: int, keep: int = 0) -> None:
        """At most ``limit`` kept (or the ``keep`` latest asked for, if more), and none last
        asked for ``builds`` builds or more before ``build``."""
        while self._kept and (
            len(self._kept) > max(self.limit, keep)
            or next(iter(self._kept.values()))[1] <= build - self.builds
        ):
            self._kept.popitem(last=False)

    def clear(self) -> None:
        self._kept.clear()
