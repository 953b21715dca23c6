"""The reports a composing worker holds from one build to the next.

A watcher's build composes the same few storylines after every poll, each from the up to
``scope_reports`` reports its briefing reads, of which a batch changes a few. Reading a
report's record from the store and decoding it into an ``Article`` took the main process
about as long as a worker took to compare a storyline's new reports, and sending every
report to a worker as long again. A worker that stays (``workers.StandingWorkers``) keeps
the articles it decoded, each under its record's stamp (a digest of the record, which
every stage that writes it changes: ``Store.record_stamps``), and reads from the store
only those it does not hold with the stamp the build asks for. An article held is read
only: composing never changes one (a test composes from held articles and from fresh ones
and compares the briefings).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Mapping
from pathlib import Path

from storyline.model import Article
from storyline.store.codec import article_from_json
from storyline.store.db import ID_PARAMETERS, record_stamp
from storyline.store.recent import KEEP_BUILDS, RecentlyAsked

# Articles held at most: 13 storylines' briefings of 150 reports (a worker composes about
# half of a build's storylines). A decoded generated report of 400 words takes about 30 KiB
# (tracemalloc), so a worker holds at most about 60 MiB of such reports, 150 MiB of reports
# of 1,000 words. (At 4,000, a stream of 20,000 articles, whose scopes move on to the latest
# reports, filled it with reports no briefing read any more: memory grew to the bound.)
HELD_LIMIT = 2_000


class HeldReports:
    """Decoded articles by id, each with the stamp of the record it was decoded from; the
    least recently asked for go first once there are more than ``limit``, and any not
    asked for in the last ``builds`` builds go (``store.recent.RecentlyAsked``)."""

    def __init__(self, limit: int = HELD_LIMIT, builds: int = KEEP_BUILDS) -> None:
        self.read = 0  # articles decoded from the store (the others were held)
        self._held: RecentlyAsked[str, tuple[str, Article]] = RecentlyAsked(limit, builds)
        self._lock = threading.Lock()

    def articles(self, path: Path, stamps: Mapping[str, str], build: int) -> dict[str, Article]:
        """The stored articles of ``stamps`` (id -> the stamp the caller read), in arrival
        order as ``Store.articles`` gives them: those held under that stamp as held, the
        others read from the store at ``path``. ``build`` numbers the caller's build (the
        numbers grow)."""
        with self._lock:  # (a server's builds run in threads)
            return self._articles(path, stamps, build)

    def _articles(self, path: Path, stamps: Mapping[str, str], build: int) -> dict[str, Article]:
        ids = list(stamps)
        with _read_only(path) as conn:
            order = _arrival_order(conn, ids)
            stale = [i for i in order if self._stamp(i) != stamps[i]]
            for article_id, stamp, article in _decoded(conn, stale):
                self._held.put(article_id, (stamp, article), build)
                self.read += 1
        found = {i: self._held.ask(i, build)[1] for i in order if i in self._held}
        self._held.trim(build, keep=len(found))
        return found

    def stamps(self, articles: Mapping[str, Article]) -> dict[str, str]:
        """The stamp of the record each of these articles (as ``articles`` gave them) was
        decoded from."""
        with self._lock:
            return {
                article_id: held[0]
                for article_id, article in articles.items()
                if (held := self._held.peek(article_id)) is not None and held[1] is article
            }

    def _stamp(self, article_id: str) -> str | None:
        held = self._held.peek(article_id)
        return held[0] if held else None


class _read_only:
    """A read-only connection to the store, closed after use (a worker process has its
    own; the main process may write meanwhile)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn: sqlite3.Connection | None = None

    def __enter__(self) -> sqlite3.Connection:
        uri = self.path.resolve().as_uri() + "?mode=ro"
        self.conn = sqlite3.connect(uri, uri=True, timeout=30)
        return self.conn

    def __exit__(self, *_: object) -> None:
        if self.conn is not None:
            self.conn.close()


def _arrival_order(conn: sqlite3.Connection, ids: list[str]) -> list[str]:
    """Those of ``ids`` that are stored, in arrival order."""
    found: list[tuple[int, str]] = []
    for first in range(0, len(ids), ID_PARAMETERS):
        part = ids[first : first + ID_PARAMETERS]
        marks = ",".join("?" * len(part))
        found += conn.execute(
            f"SELECT seq, id FROM articles WHERE id IN ({marks})", part
        ).fetchall()
    return [article_id for _, article_id in sorted(found)]


def _decoded(conn: sqlite3.Connection, ids: list[str]) -> list[tuple[str, str, Article]]:
    """(id, stamp, article) of each of ``ids``, its stamp computed from what was read."""
    decoded: list[tuple[str, str, Article]] = []
    for first in range(0, len(ids), ID_PARAMETERS):
        part = ids[first : first + ID_PARAMETERS]
        marks = ",".join("?" * len(part))
        rows = conn.execute(
            f"SELECT id, record, json(record) FROM articles WHERE id IN ({marks})", part
        ).fetchall()
        decoded += [(i, record_stamp(canonical), article_from_json(r)) for i, r, canonical in rows]
    return decoded


def stored_comparisons(path: Path, storyline_id: str) -> bytes | None:
    """What comparing the storyline's reports found at its last briefing (the
    ``comparisons`` table, written by ``Store.save_briefing``), read by the worker that
    composes it."""
    with _read_only(path) as conn:
        row = conn.execute(
            "SELECT data FROM comparisons WHERE storyline_id=?", (storyline_id,)
        ).fetchone()
    return None if row is None else bytes(row[0])
