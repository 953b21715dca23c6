"""The SQLite store: the single source of truth for articles, events, storylines, briefings.

* Schema versioned with ``PRAGMA user_version`` and an ordered list of migrations.
* WAL journal, so readers (the API, the web page) never block the one writer.
* One writer: every write runs in ``BEGIN IMMEDIATE`` under a process-wide lock.
* FTS5 full-text index on article title and text, kept in sync by triggers.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storyline.bands import band_keys
from storyline.cluster.state import EventState, StoredTerms
from storyline.extract.words import fold
from storyline.model import (
    Article,
    ArticleHeader,
    Briefing,
    Event,
    Rejection,
    StanceKey,
    StanceResult,
    Storyline,
    StorySummary,
    plain,
)
from storyline.store.codec import article_from_json, article_to_json, briefing_from_dict

Migration = str | Callable[[sqlite3.Connection], None]


def _save_bands(conn: sqlite3.Connection, article_id: str, signature: bytes) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO minhash_bands VALUES (?, ?, ?)",
        [(band, key, article_id) for band, key in band_keys(signature)],
    )


def _band_stored_signatures(conn: sqlite3.Connection) -> None:
    rows = conn.execute("SELECT article_id, signature FROM minhashes").fetchall()
    for row in rows:
        _save_bands(conn, row["article_id"], bytes(row["signature"]))


# A token no other state of any store has had (128 random bits).
_NEW_TOKEN = "lower(hex(randomblob(16)))"
_DRAW_CLUSTER_STATE = f"UPDATE meta SET value = {_NEW_TOKEN} WHERE key = 'cluster_state';"

MIGRATIONS: list[Migration] = [
    # 1: articles with full-text search, events, storylines, briefings, rejections.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,          -- arrival order; clustering follows it
        source TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        title TEXT,
        outlet TEXT,
        published TEXT,
        text TEXT NOT NULL,
        duplicate_of TEXT,
        event_id TEXT,
        stages TEXT NOT NULL DEFAULT '{}',    -- stage name -> version that produced it
        record TEXT NOT NULL,                 -- the whole Article as JSON
        updated_at TEXT NOT NULL
    );
    CREATE INDEX articles_event ON articles(event_id);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TABLE minhashes (article_id TEXT PRIMARY KEY, signature BLOB NOT NULL);
    CREATE TABLE doc_freq (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        storyline_id TEXT,
        merged_into TEXT,                     -- old ids keep resolving after a merge
        terms TEXT NOT NULL,                  -- summed log term frequencies (JSON)
        first_date TEXT,
        last_date TEXT
    );
    CREATE TABLE storylines (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, merged_into TEXT);
    CREATE TABLE briefings (storyline_id TEXT PRIMARY KEY, json TEXT NOT NULL,
                            updated_at TEXT NOT NULL);
    CREATE TABLE rejections (source TEXT PRIMARY KEY, reason TEXT NOT NULL, at TEXT NOT NULL);
    """,
    # 2: what a story list shows, kept beside each briefing, and the facets it is filtered
    # by (entity, outlet), so that reads stay indexed lookups however large the store grows.
    """
    CREATE TABLE story_summaries (
        storyline_id TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        first_date TEXT,
        last_date TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX story_summaries_last ON story_summaries(last_date);
    CREATE INDEX story_summaries_updated ON story_summaries(updated_at);
    CREATE TABLE story_facets (
        storyline_id TEXT NOT NULL,
        kind TEXT NOT NULL,                   -- 'entity' or 'outlet'
        key TEXT NOT NULL,                    -- folded value, what filters match
        PRIMARY KEY (kind, key, storyline_id)
    );
    CREATE INDEX story_facets_storyline ON story_facets(storyline_id);
    CREATE INDEX events_storyline ON events(storyline_id);
    CREATE INDEX events_first_date ON events(first_date);
    """,
    # 3: the feeds ``storyline watch`` follows and what became of each of their items, so a
    # restart neither repeats nor loses one.
    """
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        polled_at TEXT,
        status TEXT,                          -- 'ok', 'not modified' or the error
        items_seen INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE feed_items (
        feed_url TEXT NOT NULL,
        item_key TEXT NOT NULL,
        url TEXT NOT NULL,
        state TEXT NOT NULL,                  -- 'done', 'rejected' or 'failed'
        attempts INTEGER NOT NULL DEFAULT 0,
        article_id TEXT,
        reason TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (feed_url, item_key)
    );
    """,
    # 4: the LSH bands of each stored signature, so the original of a new article is found
    # by indexed lookups instead of loading every signature (see ``dedupe``).
    """
    CREATE TABLE minhash_bands (
        band INTEGER NOT NULL,
        key INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (band, key, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX minhash_bands_article ON minhash_bands(article_id);
    """,
    # 5: bands for the signatures stored before there were bands.
    _band_stored_signatures,
    # 6: storylines to brief again, and the updated articles that made them so. An ingest
    # marks a storyline here instead of deleting its briefing, so readers keep seeing the
    # story until the build replaces it; merged_into is looked up when a briefing is saved.
    # (Since: an ingest that clusters marks the storylines it touched, article '').
    """
    CREATE TABLE stale_storylines (
        storyline_id TEXT NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (storyline_id, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX storylines_merged ON storylines(merged_into);
    """,
    # 7: the version of the briefing stage that wrote each briefing (NULL before: briefed
    # again at the next build), and each article's record in step with its event's
    # storyline (builds before this one stamped it only when they briefed it). Stores
    # before this one recorded no cluster version; their clustered articles are taken as
    # clustered by cluster-5, the version current when this migration was written
    # (earlier versions cannot be told apart from what is stored).
    """
    ALTER TABLE briefings ADD COLUMN stage_version TEXT;
    UPDATE articles SET record = json_set(record, '$.storyline_id',
        (SELECT storyline_id FROM events WHERE id = articles.event_id))
        WHERE event_id IS NOT NULL;
    UPDATE articles SET stages = json_set(stages, '$.cluster', 'cluster-5')
        WHERE event_id IS NOT NULL AND json_extract(stages, '$.cluster') IS NULL;
    """,
    # 8: the stance of each source towards each claim it was compared with, kept so that
    # briefing a storyline again classifies only the pairs new reports bring; ``meta``
    # holds the fingerprint of the stance function they were computed with.
    """
    CREATE TABLE stances (
        claim_article TEXT NOT NULL,
        claim_start INTEGER NOT NULL,
        claim_end INTEGER NOT NULL,
        source_article TEXT NOT NULL,
        result TEXT NOT NULL,                 -- StanceResult as a JSON array
        PRIMARY KEY (claim_article, claim_start, claim_end, source_article)
    ) WITHOUT ROWID;
    CREATE INDEX stances_source ON stances(source_article);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 9: the fingerprint of what each briefing read (brief/scope.py), so a build that
    # touches a storyline outside that scope need not compose its briefing again (NULL
    # before: composed at the next build that touches it).
    """
    ALTER TABLE briefings ADD COLUMN scope_key TEXT;
    """,
    # 10: what comparing a storyline's reports found (``compare/remembered.py``), so the
    # next build compares only what new reports bring; a NumPy archive of plain arrays.
    """
    CREATE TABLE comparisons (storyline_id TEXT PRIMARY KEY, data BLOB NOT NULL);
    """,
    # 11: a token of the clusterer's state, drawn anew by every change of the events
    # table whoever makes it (this process, another, an older version), so that a
    # clusterer kept between builds is used only on the state it left
    # (``follow_cluster_state``).
    # Every write of that state writes events (an article's assignment saves its event;
    # document frequencies change only with assignments), so the triggers watch events.
    f"""
    INSERT OR REPLACE INTO meta VALUES ('cluster_state', {_NEW_TOKEN});
    CREATE TRIGGER events_inserted AFTER INSERT ON events BEGIN {_DRAW_CLUSTER_STATE} END;
    CREATE TRIGGER events_updated AFTER UPDATE ON events BEGIN {_DRAW_CLUSTER_STATE} END;
    CREATE TRIGGER events_deleted AFTER DELETE ON events BEGIN {_DRAW_CLUSTER_STATE} END;
    """,
    # 12: each build asks which articles another version of each stage produced; the
    # stage map sits after the text in a row, so answering from the table read every
    # article's text (0.15 s a build at 20,000 articles, five questions); this index holds
    # all the questions read, some 100 bytes an article (0.01 s).
    """
    CREATE INDEX articles_stages ON articles(stages, event_id, seq, id);
    """,
    # 13: every briefing stored counts its storyline's independent sources, a syndicated
    # copy with its original; read from the rows, each ``duplicate_of`` (after the text)
    # cost a walk through the text's pages: 0.31 s for the eleven storylines of a
    # 20,000-article store. The index of articles by event holds what it reads (0.01 s).
    """
    DROP INDEX articles_event;
    CREATE INDEX articles_event ON articles(event_id, duplicate_of, id);
    """,
    # 14: the clusterer's IDF snapshot, each term's document frequency when it was taken
    # (the store's size then in the ``\x00docs`` row), so that the weights do not depend
    # on when builds start. A store from before takes its snapshot now, as a clusterer
    # loaded from it did.
    """
    ALTER TABLE doc_freq ADD COLUMN snap INTEGER NOT NULL DEFAULT 0;
    UPDATE doc_freq SET snap = df;
    """,
    # 15: the reports' terms added to an event since its terms were last written whole
    # (``EventState.to_store``): writing every touched event whole was most of what an
    # ingest's clustering wrote at 20,000 articles. Read back in the order of ``id``. An
    # event's terms written whole, or the event deleted, by whichever code (an older
    # release knows nothing of this table), take its additions with them: left, they
    # would be added again to terms that already hold them.
    """
    CREATE TABLE event_additions (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL,
        terms TEXT NOT NULL
    );
    CREATE INDEX event_additions_event ON event_additions(event_id);
    CREATE TRIGGER event_terms_written AFTER UPDATE OF terms ON events
        WHEN new.terms IS NOT old.terms
        BEGIN DELETE FROM event_additions WHERE event_id = old.id; END;
    CREATE TRIGGER event_deleted AFTER DELETE ON events
        BEGIN DELETE FROM event_additions WHERE event_id = old.id; END;
    """,
    # 16: a briefing's scope lists each event's reports in arrival order (``events_of``,
    # every storyline a build touches): read through the index by event, each report's
    # ``seq`` was a walk to its row, and sorting them followed (0.46 s of six steady builds'
    # 1.1 s of scoping at 20,000 articles). This index holds the answer in its order.
    """
    CREATE INDEX articles_event_seq ON articles(event_id, seq, id);
    """,
    # 17: a storyline's summary names the outlets of all its reports (``outlet_fields``,
    # every storyline a build touches): each outlet was read from the report's row, a
    # walk to a row of some tens of kilobytes per report (27 ms for a storyline of 5,700
    # reports, growing with it). The index of articles by event holds them too (beside
    # what counting sources reads, migration 13) rather than a fourth index by event.
    """
    DROP INDEX articles_event;
    CREATE INDEX articles_event ON articles(event_id, duplicate_of, id, outlet);
    """,
]

# The distinct stage maps of the stored articles (``maps``), each found by one seek of
# the index by stage map (migration 12) past the last: a walk of a few steps, not of
# every article.
_STAGE_MAPS = """
    WITH RECURSIVE maps(s) AS (
        SELECT MIN(stages) FROM articles
        UNION ALL
        SELECT (SELECT MIN(stages) FROM articles WHERE stages > maps.s) FROM maps
        WHERE maps.s IS NOT NULL
    )"""

# The storylines folded into one (``?``), through any chain of merges.
_FOLDED_INTO = """
    WITH RECURSIVE folded(id) AS (
        SELECT id FROM storylines WHERE merged_into = ?
        UNION SELECT s.id FROM storylines s JOIN folded f ON s.merged_into = f.id
    ) SELECT id FROM folded"""
_LISTING_TABLES = ("briefings", "story_summaries", "story_facets")
# What goes with a storyline that is retired or folded into another.
_STORYLINE_TABLES = (*_LISTING_TABLES, "comparisons")

_WRITE_LOCK = threading.Lock()
# How much of an article's text a header carries (lists label untitled articles with it).
OPENING_CHARS = 200
# Ids bound to one statement's parameters (SQLite's limit is 32,766).
ID_PARAMETERS = 10_000
# The row of ``doc_freq`` that counts the clustered articles (no term holds a NUL).
DOCS_TERM = "\x00docs"


def content_hash(article: Article) -> str:
    fields = [
        article.title,
        article.text,
        article.outlet,
        article.published,
        article.author,
        article.url,
    ]
    if article.section is not None:
        # (only when given: the hashes of articles stored before there were sections stay)
        fields.append(article.section)
    key = json.dumps(fields, ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A storyline database file. Use as a context manager or call ``close``."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.conn = sqlite3.connect(
            str(self.path), timeout=30, check_same_thread=False, isolation_level=None
        )
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self._migrate()
        # The clusterer's state as this connection's own writes left it
        # (``follow_cluster_state``, ``cluster_state_left``).
        self._cluster_chain: str | None = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # --- schema -------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        # Readers (every API request opens the store) must not queue for the writer's lock
        # when there is nothing to migrate.
        if self.schema_version == len(MIGRATIONS):
            return
        with self.write():
            for version in range(self.schema_version, len(MIGRATIONS)):
                migration = MIGRATIONS[version]
                if callable(migration):
                    migration(self.conn)
                else:
                    for statement in _statements(migration):
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={version + 1}")

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One writer at a time; the block commits as a whole or not at all."""
        with _WRITE_LOCK:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    # --- the clusterer's state ------------------------------------------------------------
    def follow_cluster_state(self) -> str | None:
        """The token of the clusterer's state (events, document frequencies) as stored now
        (every change of it draws a new one; None if the store has none), and from here on
        follow it through this connection's own writes (``cluster_state_left``). One
        connection, one follower: threads sharing a connection would see each other's
        writes as their own."""
        self._cluster_chain = _stored_cluster_state(self.conn)
        return self._cluster_chain

    def cluster_state_left(self) -> str | None:
        """The token of the state this connection's own writes left since it began to
        follow it; None when another writer changed the state in between, a write failed,
        or nothing was followed: what this process holds of it then is not the store's."""
        return self._cluster_chain

    @contextmanager
    def _writing_cluster_state(self) -> Iterator[sqlite3.Connection]:
        """A write of the clusterer's state, followed in ``cluster_state_left``."""
        followed, self._cluster_chain = self._cluster_chain, None
        with self.write() as conn:
            before = _stored_cluster_state(conn)
            yield conn
            after = _stored_cluster_state(conn)
        if followed is not None and before == followed:
            self._cluster_chain = after

    # --- articles -----------------------------------------------------------------------
    def upsert_article(self, article: Article, version: str | None = None) -> str:
        """Store an article: 'new', 'updated' (its content changed) or 'unchanged'.
        ``version`` is the extract stage's that produced it (recorded in each case: an
        article extracted again to the same content is current, its later stages kept)."""
        digest = content_hash(article)
        stages = json.dumps({"extract": version} if version else {})
        # A changed text changes its stances towards others' claims and theirs to it.
        forget = "DELETE FROM stances WHERE claim_article=? OR source_article=?"
        with self.write() as conn:
            row = conn.execute(
                "SELECT content_hash FROM articles WHERE id=?", (article.id,)
            ).fetchone()
            if row is not None and row["content_hash"] == digest:
                if version:
                    conn.execute(
                        "UPDATE articles SET stages = json_set(stages, '$.extract', ?) WHERE id=?",
                        (version, article.id),
                    )
                return "unchanged"
            values = (
                article.source,
                digest,
                article.title,
                article.outlet,
                article.published,
                article.text,
                article_to_json(article),
                _now(),
                article.id,
            )
            if row is None:
                seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
                conn.execute(
                    "INSERT INTO articles (source, content_hash, title, outlet, published, text,"
                    " record, updated_at, id, seq, stages) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (*values, seq, stages),
                )
                conn.execute("DELETE FROM rejections WHERE source=?", (article.source,))
                return "new"
            # Changed content: keep the id and arrival order, redo every later stage; the
            # storyline it was in is briefed again at the next build. Its briefing stays
            # until then: readers must not lose a story while the store is written.
            conn.execute(
                "INSERT OR IGNORE INTO stale_storylines SELECT e.storyline_id, a.id"
                " FROM articles a JOIN events e ON e.id = a.event_id"
                " WHERE a.id=? AND e.storyline_id IS NOT NULL",
                (article.id,),
            )
            conn.execute(
                "UPDATE articles SET source=?, content_hash=?, title=?, outlet=?, published=?,"
                " text=?, record=?, updated_at=?, stages=?, event_id=NULL,"
                " duplicate_of=NULL WHERE id=?",
                (*values[:-1], stages, values[-1]),
            )
            conn.execute(forget, (article.id, article.id))
            # Its old signature no longer describes it: no article may match it until the
            # dedupe stage signs the new text.
            conn.execute("DELETE FROM minhashes WHERE article_id=?", (article.id,))
            conn.execute("DELETE FROM minhash_bands WHERE article_id=?", (article.id,))
            return "updated"

    def save_article(
        self, article: Article, stage: str | None = None, version: str | None = None
    ) -> None:
        """Write back an article's reading (and the stage version that produced it)."""
        with self.write() as conn:
            _update_article(conn, article, {stage: version} if stage and version else {})

    def save_deduped(
        self, article: Article, signature: bytes, version: str, read: str | None = None
    ) -> None:
        """Write an article's MinHash signature and its dedupe result (``duplicate_of``)
        together: one commit an article, and never the one without the other. With
        ``read`` (the read stage's version), the article's reading goes in the same
        commit: an ingest dedupes each article as its reading comes back."""
        self.save_deduped_many([(article, signature)], version, read)

    def save_deduped_many(
        self, deduped: Sequence[tuple[Article, bytes]], version: str, read: str | None = None
    ) -> None:
        """``save_deduped`` of several articles, in one commit (a commit each was most of
        the time storing them took)."""
        stages = {"dedupe": version} | ({"read": read} if read else {})
        with self.write() as conn:
            for article, signature in deduped:
                _write_minhash(conn, article.id, signature)
                _update_article(conn, article, stages)

    def arrival_orders(self, article_ids: Iterable[str]) -> dict[str, int]:
        """The arrival order (``seq``) of each of these stored articles."""
        ids = sorted(set(article_ids))
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(f"SELECT id, seq FROM articles WHERE id IN ({marks})", ids)
        return {row["id"]: int(row["seq"]) for row in rows}

    # --- stances of sources towards claims ------------------------------------------------
    def save_stances(self, results: dict[StanceKey, StanceResult]) -> None:
        # One result often stands for many pairs (a sentence several reports print, paired
        # with one source: ``support._stances``): each is encoded once.
        encoded: dict[int, str] = {}
        rows = [
            (
                *key,
                encoded.get(id(result)) or encoded.setdefault(id(result), _stance_to_json(result)),
            )
            for key, result in results.items()
        ]
        # In key order: SQLite then appends to its tree's pages instead of landing all over
        # them (the 116,642 stances of the 2,000-article benchmark's first build: 0.38
        # CPU-seconds against 1.17 in the order they were classified).
        rows.sort()
        with self.write() as conn:
            conn.executemany("INSERT OR REPLACE INTO stances VALUES (?, ?, ?, ?, ?)", rows)

    def keep_stances_of(self, fingerprint: str) -> None:
        """Forget the stored stances unless they were computed by the stance function
        with this fingerprint."""
        row = self.conn.execute("SELECT value FROM meta WHERE key='stance'").fetchone()
        if row is not None and row[0] == fingerprint:
            return
        with self.write() as conn:
            conn.execute("DELETE FROM stances")
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('stance', ?)", (fingerprint,))

    def stage_versions(self, article_id: str) -> dict[str, str]:
        row = self.conn.execute("SELECT stages FROM articles WHERE id=?", (article_id,)).fetchone()
        return dict(json.loads(row["stages"])) if row else {}

    def produced_by_other_version(
        self, stage: str, version: str, recorded_only: bool = False, clustered: bool = False
    ) -> list[str]:
        """The articles (in arrival order) whose data ``stage`` produced at a version other
        than ``version``: also those it never ran on, unless ``recorded_only``; only those
        in an event when ``clustered``."""
        stale = ["json_extract(s, '$.' || ?) IS NOT ?"]
        if recorded_only:
            stale.append("json_extract(s, '$.' || ?) IS NOT NULL")
        params = [stage, version] + ([stage] if recorded_only else [])
        # The stage maps are asked, not each article's: a store holds a few distinct
        # ones (stage versions are constants; the writers' spacing and key order vary),
        # found by seeking the index (migration 12) from one to the next, and only the
        # articles of the stale ones are read. Asking each article's map read the whole
        # index, nine times an ingest and build (0.2 s at 20,000 articles, growing with
        # the store).
        rows = self.conn.execute(
            f"{_STAGE_MAPS} SELECT seq, id FROM articles WHERE stages IN"
            f" (SELECT s FROM maps WHERE {' AND '.join(stale)})"
            + (" AND event_id IS NOT NULL" if clustered else ""),
            params,
        ).fetchall()
        # Sorted here: ORDER BY seq would have SQLite walk the table in seq order instead
        # of the index that holds the columns asked for (migration 12).
        return [id_ for _, id_ in sorted((r[0], r[1]) for r in rows)]

    def uncluster_all(self) -> None:
        """Take every article out of its event and forget the clusterer's state (events,
        document frequencies), so that the next build clusters the store as a fresh one
        would. Storylines keep their rows, unmerged, so that one the new clustering makes
        again is listed under its old id, and one it does not is folded into where its
        articles went (``retire_empty_storylines``); old event ids stop resolving."""
        with self._writing_cluster_state() as conn:
            clustered = [
                r[0] for r in conn.execute("SELECT id FROM articles WHERE event_id IS NOT NULL")
            ]
            self._mark_storylines_stale(conn, clustered)
            conn.execute(
                "UPDATE articles SET event_id=NULL, record=json_set(record,"
                " '$.event_id', NULL, '$.storyline_id', NULL),"
                " stages=json_remove(stages, '$.cluster', '$.event_date')"
                " WHERE event_id IS NOT NULL"
            )
            conn.execute("DELETE FROM events")  # (their additions go with them: a trigger)
            conn.execute("DELETE FROM doc_freq")
            conn.execute("UPDATE storylines SET merged_into=NULL")

    def mark_storylines_stale(self, article_ids: list[str]) -> None:
        """The storylines of these articles are to be briefed again (data they show
        changed)."""
        with self.write() as conn:
            self._mark_storylines_stale(conn, article_ids)

    def _mark_storylines_stale(self, conn: sqlite3.Connection, article_ids: list[str]) -> None:
        conn.executemany(
            "INSERT OR IGNORE INTO stale_storylines SELECT e.storyline_id, a.id"
            " FROM articles a JOIN events e ON e.id = a.event_id"
            " WHERE a.id=? AND e.storyline_id IS NOT NULL",
            [(a,) for a in article_ids],
        )

    def undated_in_dated_events(self, event_ids: list[str]) -> list[tuple[str, str]]:
        """(article id, its event's day) for the articles without a publication date in
        those of ``event_ids`` that have a date."""
        found: list[tuple[str, str]] = []
        for event_id in sorted(set(event_ids)):
            rows = self.conn.execute(
                "SELECT a.id, e.first_date FROM articles a JOIN events e ON e.id = a.event_id"
                " WHERE a.event_id=? AND e.first_date IS NOT NULL AND a.published IS NULL"
                " ORDER BY a.seq",
                (event_id,),
            ).fetchall()
            found += [(r["id"], r["first_date"]) for r in rows]
        return found

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT record FROM articles WHERE id=?", (article_id,)).fetchone()
        return article_from_json(row["record"]) if row else None

    def articles(self, ids: list[str] | None = None) -> list[Article]:
        """Articles in arrival order (all of them, or those with the given ids)."""
        if ids is None:
            rows = self.conn.execute("SELECT record FROM articles ORDER BY seq").fetchall()
            return [article_from_json(r["record"]) for r in rows]
        found = [(r["seq"], r["record"]) for r in self._article_rows("seq, record", ids)]
        return [article_from_json(record) for _, record in sorted(found)]

    def _article_rows(self, columns: str, ids: list[str]) -> Iterator[sqlite3.Row]:
        """``columns`` of the stored articles of ``ids`` (in no order), asked in parts:
        SQLite takes at most 32,766 parameters a statement, and a storyline can have more
        articles."""
        for first in range(0, len(ids), ID_PARAMETERS):
            part = ids[first : first + ID_PARAMETERS]
            marks = ",".join("?" * len(part))
            yield from self.conn.execute(
                f"SELECT {columns} FROM articles WHERE id IN ({marks})", part
            ).fetchall()

    def unclustered_articles(self) -> Iterator[Article]:
        """Articles not yet in an event, in arrival order (read in pages, not all at once)."""
        last = 0
        while True:
            rows = self.conn.execute(
                "SELECT seq, record FROM articles WHERE event_id IS NULL AND seq > ?"
                " ORDER BY seq LIMIT 500",
                (last,),
            ).fetchall()
            if not rows:
                return
            last = rows[-1]["seq"]
            yield from (article_from_json(r["record"]) for r in rows)

    def unclustered_ids(self) -> list[str]:
        """The ids of the articles not yet in an event, in arrival order."""
        rows = self.conn.execute("SELECT id FROM articles WHERE event_id IS NULL ORDER BY seq")
        return [r[0] for r in rows]

    def count_articles(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search; the query is taken as words, not as FTS5 syntax."""
        terms = [t for t in "".join(c if c.isalnum() else " " for c in query).split() if t]
        if not terms:
            return []
        match = " ".join(f'"{t}"' for t in terms)
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.outlet, a.published, a.event_id,"
            " snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        ).fetchall()
        return [dict(r) for r in rows]

    # --- dedupe and clustering state ------------------------------------------------------
    def minhash_candidates(
        self, article_id: str, bands: list[tuple[int, int]]
    ) -> list[tuple[str, str, int, bytes]]:
        """Stored articles sharing a band with a signature: (id, the original it copies or
        itself, that original's arrival order, signature)."""
        if not bands:
            return []
        # One query for all the bands, each looked up in the index (a query a band: 0.43
        # CPU-seconds for 2,000 articles' lookups; one query: 0.15)
        either = " OR ".join(["(band=? AND key=?)"] * len(bands))
        rows = self.conn.execute(
            f"SELECT article_id FROM minhash_bands WHERE {either}",
            [value for band in bands for value in band],
        ).fetchall()
        found = {r["article_id"] for r in rows}
        found.discard(article_id)
        if not found:
            return []
        marks = ",".join("?" * len(found))
        rows = self.conn.execute(
            "SELECT m.article_id, o.id AS original, o.seq, m.signature FROM minhashes m"
            " JOIN articles a ON a.id = m.article_id"
            " JOIN articles o ON o.id = COALESCE(a.duplicate_of, a.id)"
            f" WHERE m.article_id IN ({marks})",
            sorted(found),
        ).fetchall()
        return [(r["article_id"], r["original"], r["seq"], bytes(r["signature"])) for r in rows]

    def doc_freq(self) -> tuple[int, dict[str, int]]:
        """Number of clustered articles and per-term document frequencies."""
        return self._term_counts("SELECT term, df FROM doc_freq")

    def idf_snapshot(self) -> tuple[int, dict[str, int]]:
        """The clusterer's IDF snapshot: the number of clustered articles when it was taken
        and each term's document frequency then (terms first seen since are left out)."""
        return self._term_counts("SELECT term, snap FROM doc_freq WHERE snap > 0")

    def _term_counts(self, query: str) -> tuple[int, dict[str, int]]:
        """(term, count) rows of ``doc_freq`` as the articles' count and the terms'."""
        counts = {row[0]: int(row[1]) for row in self.conn.execute(query).fetchall()}
        return counts.pop(DOCS_TERM, 0), counts

    def save_clusterings(
        self,
        assigned: Sequence[tuple[Article, set[str]]],
        events: Sequence[tuple[EventState, str | None]],
        version: str | None = None,
        snapshot: tuple[int, dict[str, int]] | None = None,
        merged_storylines: Sequence[tuple[str, str]] = (),
        to_brief: Sequence[str] = (),
    ) -> None:
        """Record the event assignments of several articles (each with its distinct
        terms) and the events as they stand after them, atomically, with the IDF
        snapshot's size and the frequencies in it that changed (``snapshot``) and the
        storylines the assignments folded into others (``merge_storyline``: written with
        the events that moved, so that a build failing later leaves no event in a storyline
        the store does not know it joined). ``events`` come in the order they were first
        assigned to (new events take the next ``seq``s in it). Writing an event's terms
        once for a batch, not once per article, saves most of the writing: a large
        event's terms are many and were written again with each of its reports. The
        storylines ``to_brief`` are marked to be briefed again (``_mark_to_brief``)."""
        terms: Counter[str] = Counter(t for _, article_terms in assigned for t in article_terms)
        terms[DOCS_TERM] = len(assigned)
        with self._writing_cluster_state() as conn:
            conn.executemany(
                "INSERT INTO doc_freq (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE"
                " SET df = df + excluded.df",
                list(terms.items()),
            )
            if snapshot is not None:
                size, changed = snapshot
                conn.executemany(
                    "UPDATE doc_freq SET snap=? WHERE term=?",
                    [(freq, term) for term, freq in [*changed.items(), (DOCS_TERM, size)]],
                )
            for event, storyline_id in events:
                self._save_event(conn, event, storyline_id)
            # Every storyline an article was assigned to, in the order they were, as when
            # each article was written alone (an event's is its latest article's).
            storylines = [a.storyline_id for a, _ in assigned if a.storyline_id]
            storylines += [storyline for _, storyline in events if storyline]
            conn.executemany(
                "INSERT OR IGNORE INTO storylines (id, seq) VALUES"
                " (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM storylines))",
                [(s,) for s in dict.fromkeys(storylines)],
            )
            conn.executemany(
                "UPDATE articles SET event_id=?, record=?,"
                " stages=CASE WHEN ? IS NULL THEN stages ELSE json_set(stages, '$.cluster', ?)"
                " END WHERE id=?",
                [
                    (article.event_id, article_to_json(article), version, version, article.id)
                    for article, _ in assigned
                ],
            )
            for old_id, into in merged_storylines:
                self._merge_storyline(conn, old_id, into)
            _mark_to_brief(conn, to_brief)

    @staticmethod
    def _save_event(conn: sqlite3.Connection, event: EventState, storyline_id: str | None) -> None:
        stored = event.to_store()
        if stored.whole is None:  # (stored before: written whole the first time)
            conn.execute(
                "UPDATE events SET storyline_id=?, first_date=?, last_date=? WHERE id=?",
                (storyline_id, event.first_date, event.last_date, event.id),
            )
        else:
            conn.execute(
                "INSERT INTO events (id, seq, storyline_id, terms, first_date, last_date)"
                " VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM events), ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET storyline_id=excluded.storyline_id,"
                " terms=excluded.terms, first_date=excluded.first_date,"
                " last_date=excluded.last_date",
                (event.id, storyline_id, stored.whole, event.first_date, event.last_date),
            )
        _save_additions(conn, event.id, stored)

    def merge_event(self, old_id: str, into: EventState, to_brief: Sequence[str] = ()) -> None:
        """Fold event ``old_id`` into ``into``: its articles move, its id keeps resolving;
        the storylines ``to_brief`` are marked to be briefed again."""
        with self._writing_cluster_state() as conn:
            _mark_to_brief(conn, to_brief)
            conn.execute("UPDATE events SET merged_into=? WHERE id=?", (into.id, old_id))
            conn.execute("DELETE FROM event_additions WHERE event_id=?", (old_id,))
            stored = into.to_store()
            conn.execute(
                "UPDATE events SET terms=COALESCE(?, terms), first_date=?, last_date=? WHERE id=?",
                (stored.whole, into.first_date, into.last_date, into.id),
            )
            _save_additions(conn, into.id, stored)
            rows = conn.execute(
                "SELECT id, record FROM articles WHERE event_id=?", (old_id,)
            ).fetchall()
            for row in rows:
                article = article_from_json(row["record"])
                article.event_id = into.id
                article.storyline_id = into.storyline_id
                conn.execute(
                    "UPDATE articles SET event_id=?, record=? WHERE id=?",
                    (into.id, article_to_json(article), row["id"]),
                )

    def merge_storyline(self, old_id: str, into: str) -> None:
        """Mark storyline ``old_id`` as part of ``into`` (its id keeps resolving). Its
        briefing and list entry stay until ``into``'s new briefing replaces them
        (``save_briefing``): a reader sees the old story until the merged one is written."""
        with self._writing_cluster_state() as conn:
            self._merge_storyline(conn, old_id, into)

    @staticmethod
    def _merge_storyline(conn: sqlite3.Connection, old_id: str, into: str) -> None:
        conn.execute("UPDATE storylines SET merged_into=? WHERE id=?", (into, old_id))
        conn.execute("UPDATE events SET storyline_id=? WHERE storyline_id=?", (into, old_id))
        # The articles' records follow their events (part of the cluster stage's work).
        conn.execute(
            "UPDATE articles SET record = json_set(record, '$.storyline_id', ?)"
            " WHERE event_id IN (SELECT id FROM events WHERE storyline_id=?)",
            (into, into),
        )

    def retire_empty_storylines(self, storyline_ids: set[str]) -> dict[str, str]:
        """Storylines among ``storyline_ids`` left without articles (their updated articles
        were clustered elsewhere) are folded into the storyline most of those articles
        joined, as a merge is: the old id keeps resolving and the old briefing is shown
        until that storyline's new one is saved. Returns {retired: where it went}; a
        storyline with nowhere to go loses its briefing at once."""
        retired: dict[str, str] = {}
        with self.write() as conn:
            for storyline_id in sorted(storyline_ids):
                # A merged storyline's entry goes when the one it joined is briefed.
                merged = self.resolve_storyline(storyline_id) != storyline_id
                if merged or self._has_articles(storyline_id):
                    continue
                target = self._where_articles_went(storyline_id)
                if target is None:
                    for table in _STORYLINE_TABLES:
                        conn.execute(f"DELETE FROM {table} WHERE storyline_id=?", (storyline_id,))
                else:
                    conn.execute(
                        "UPDATE storylines SET merged_into=? WHERE id=?", (target, storyline_id)
                    )
                    retired[storyline_id] = target
                conn.execute("DELETE FROM stale_storylines WHERE storyline_id=?", (storyline_id,))
        return retired

    def _has_articles(self, storyline_id: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM events e JOIN articles a ON a.event_id = e.id"
            " WHERE e.storyline_id=? AND e.merged_into IS NULL LIMIT 1",
            (storyline_id,),
        ).fetchone()
        return row is not None

    def _where_articles_went(self, storyline_id: str) -> str | None:
        """The storyline most of a stale storyline's updated articles are in now."""
        row = self.conn.execute(
            "SELECT e.storyline_id, COUNT(*) AS n FROM stale_storylines s"
            " JOIN articles a ON a.id = s.article_id JOIN events e ON e.id = a.event_id"
            " WHERE s.storyline_id=? AND e.storyline_id IS NOT NULL AND e.storyline_id != ?"
            " GROUP BY e.storyline_id ORDER BY n DESC, e.storyline_id LIMIT 1",
            (storyline_id, storyline_id),
        ).fetchone()
        if row is None:
            return None
        target = self.resolve_storyline(row["storyline_id"])
        return target if target != storyline_id else None

    def event_states(self) -> list[EventState]:
        """The events not folded into others, with their terms as the clusterer left them
        (whole, then the reports' terms added since). Two reads: one committed state only
        inside ``snapshot`` (as ``cluster.kept.load`` reads them)."""
        rows = self.conn.execute(
            "SELECT id, storyline_id, terms, first_date, last_date FROM events"
            " WHERE merged_into IS NULL ORDER BY seq"
        ).fetchall()
        added: defaultdict[str, list[str]] = defaultdict(list)
        for event_id, terms in self.conn.execute(
            "SELECT event_id, terms FROM event_additions ORDER BY id"
        ):
            added[event_id].append(terms)
        return [
            EventState.from_stored(
                r["id"],
                r["terms"],
                r["first_date"],
                r["last_date"],
                r["storyline_id"],
                added.get(r["id"], ()),
            )
            for r in rows
        ]

    def folded_event_ids(self) -> list[str]:
        """The ids of events folded into others (they still resolve)."""
        return [
            r[0] for r in self.conn.execute("SELECT id FROM events WHERE merged_into IS NOT NULL")
        ]

    def set_event_storyline(self, event_id: str, storyline_id: str) -> None:
        with self._writing_cluster_state() as conn:
            conn.execute("UPDATE events SET storyline_id=? WHERE id=?", (storyline_id, event_id))
            conn.execute(
                "INSERT OR IGNORE INTO storylines (id, seq) VALUES"
                " (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM storylines))",
                (storyline_id,),
            )

    def storyline_of_event(self, event_id: str) -> str | None:
        """The storyline an event (as stored, not followed through merges) belongs to."""
        row = self.conn.execute(
            "SELECT storyline_id FROM events WHERE id=?", (event_id,)
        ).fetchone()
        return row["storyline_id"] if row else None

    def resolve_event(self, event_id: str) -> str:
        """Follow merges: an old event id resolves to the event it became part of."""
        return self._follow_merges("events", event_id)

    def _follow_merges(self, table: str, item_id: str) -> str:
        """The id that ``item_id`` was merged into, through any chain of merges (a cycle
        stops where it closes). ``table`` is "events" or "storylines", never user input."""
        return self._merge_chain(table, item_id)[-1]

    def _merge_chain(self, table: str, item_id: str) -> list[str]:
        """``item_id`` and each id it was merged into after it, in order."""
        chain = [item_id]
        while True:
            row = self.conn.execute(
                f"SELECT merged_into FROM {table} WHERE id=?", (chain[-1],)
            ).fetchone()
            if row is None or row["merged_into"] is None or row["merged_into"] in chain:
                return chain
            chain.append(row["merged_into"])

    # --- events, storylines, briefings ----------------------------------------------------
    def events(self) -> list[Event]:
        members: dict[str, list[str]] = {}
        for row in self.conn.execute(
            "SELECT id, event_id FROM articles WHERE event_id IS NOT NULL ORDER BY seq"
        ):
            members.setdefault(row["event_id"], []).append(row["id"])
        rows = self.conn.execute(
            "SELECT id, storyline_id, first_date FROM events WHERE merged_into IS NULL ORDER BY seq"
        ).fetchall()
        return [
            Event(r["id"], members.get(r["id"], []), r["storyline_id"], r["first_date"])
            for r in rows
            if members.get(r["id"])
        ]

    def storylines_without_summary(self) -> set[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT e.storyline_id FROM events e"
            " LEFT JOIN story_summaries s ON s.storyline_id = e.storyline_id"
            " WHERE e.storyline_id IS NOT NULL AND e.merged_into IS NULL"
            " AND s.storyline_id IS NULL"
        ).fetchall()
        return {r[0] for r in rows}

    def storylines_to_brief(self, version: str | None = None) -> set[str]:
        """Storylines whose stored briefing is missing or out of date: without one, marked
        stale by an ingest, holding a merged storyline whose old briefing is still
        shown (a build stopped before it briefed the merged storyline), or (given the
        briefing stage's ``version``) written by another version of that stage."""
        rows = self.conn.execute(
            "SELECT storyline_id FROM stale_storylines UNION SELECT s.id FROM storylines s"
            " JOIN story_summaries l ON l.storyline_id = s.id WHERE s.merged_into IS NOT NULL"
            " UNION SELECT storyline_id FROM briefings WHERE ? IS NOT NULL"
            " AND stage_version IS NOT ?",
            (version, version),
        ).fetchall()
        return self.storylines_without_summary() | {self.resolve_storyline(r[0]) for r in rows}

    def count_events_and_storylines(self) -> tuple[int, int]:
        """Events with at least one article, and the storylines they belong to (a walk of
        the events, each asking the index by event for one article: a walk of every
        article was three times slower, at the end of each build)."""
        row = self.conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT e.storyline_id) FROM events e"
            " WHERE e.merged_into IS NULL"
            " AND EXISTS (SELECT 1 FROM articles a WHERE a.event_id = e.id)"
        ).fetchone()
        return int(row[0]), int(row[1])

    def storylines(self) -> list[Storyline]:
        by_storyline: dict[str, list[str]] = {}
        for event in self.events():
            if event.storyline_id:
                by_storyline.setdefault(event.storyline_id, []).append(event.id)
        rows = self.conn.execute(
            "SELECT id FROM storylines WHERE merged_into IS NULL ORDER BY seq"
        ).fetchall()
        return [Storyline(r["id"], by_storyline[r["id"]]) for r in rows if r["id"] in by_storyline]

    def save_briefing(
        self,
        briefing: Briefing,
        summary: StorySummary | None = None,
        version: str | None = None,
        scope_key: str | None = None,
        comparisons: bytes | None = None,
    ) -> None:
        """Store a storyline's briefing (written by the briefing stage at ``version`` from
        the scope whose fingerprint is ``scope_key``) and (when given) its list summary and
        facets, and what comparing its reports found (``compare/remembered.py``)."""
        now = _now()
        with self.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO briefings (storyline_id, json, updated_at,"
                " stage_version, scope_key) VALUES (?, ?, ?, ?, ?)",
                (briefing.storyline_id, json.dumps(briefing.to_dict()), now, version, scope_key),
            )
            if comparisons is not None:
                conn.execute(
                    "INSERT OR REPLACE INTO comparisons VALUES (?, ?)",
                    (briefing.storyline_id, comparisons),
                )
            if summary is not None:
                self._write_summary(conn, summary, now)

    def recount_briefing(
        self,
        storyline_id: str,
        written_with: tuple[str, str],
        counts: tuple[int, int],
        recount: Callable[[StorySummary], StorySummary],
    ) -> bool:
        """A stored briefing whose scope has not changed, with its counts of the
        storyline's events and reports (``Briefing.events_in_storyline`` and
        ``reports_in_storyline``) set to ``counts``, and its storyline's list summary
        ``recount`` of the stored one. The rest of its text stays as stored: loading it
        as a ``Briefing`` to write it whole again gave the same text but for the counts,
        at several times the cost. Nothing is written, and False returned, unless the
        stored briefing was written with ``written_with`` (its stage version and scope
        key) and has its summary, read in the transaction that writes: another build
        may have stored a briefing of another scope since the caller looked."""
        now = _now()
        with self.write() as conn:
            row = conn.execute(
                "SELECT b.json, b.stage_version, b.scope_key, s.json AS summary"
                " FROM briefings b JOIN story_summaries s ON s.storyline_id = b.storyline_id"
                " WHERE b.storyline_id=?",
                (storyline_id,),
            ).fetchone()
            if row is None or (row["stage_version"], row["scope_key"]) != written_with:
                return False
            data = json.loads(row["json"])
            data["events_in_storyline"], data["reports_in_storyline"] = counts
            conn.execute(
                "UPDATE briefings SET json=?, updated_at=? WHERE storyline_id=?",
                (json.dumps(data), now, storyline_id),
            )
            stored = _summary_from_json(row["summary"])
            self._write_summary(conn, recount(stored), now)
        return True

    def _write_summary(self, conn: sqlite3.Connection, summary: StorySummary, now: str) -> None:
        """A storyline's list summary and facets, in the transaction that writes its
        briefing."""
        self._replace_folded_listings(conn, summary.id)
        summary.updated_at = now
        conn.execute(
            "INSERT OR REPLACE INTO story_summaries VALUES (?, ?, ?, ?, ?)",
            (
                summary.id,
                json.dumps(plain(summary)),
                summary.first_date,
                summary.last_date,
                now,
            ),
        )
        conn.execute("DELETE FROM story_facets WHERE storyline_id=?", (summary.id,))
        facets = {("entity", fold(e)) for e in summary.entities}
        facets |= {("outlet", fold(o)) for o in summary.outlets}
        conn.executemany(
            "INSERT INTO story_facets VALUES (?, ?, ?)",
            [(summary.id, kind, key) for kind, key in sorted(facets)],
        )

    def _replace_folded_listings(self, conn: sqlite3.Connection, storyline_id: str) -> None:
        """In the transaction that saves a storyline's new briefing: the briefings still
        shown for storylines merged into it go, and it is no longer stale. Readers see the
        old stories until this commits and the merged one after, never neither."""
        conn.execute("DELETE FROM stale_storylines WHERE storyline_id=?", (storyline_id,))
        for table in ("stale_storylines", *_STORYLINE_TABLES):
            conn.execute(
                f"DELETE FROM {table} WHERE storyline_id IN ({_FOLDED_INTO})", (storyline_id,)
            )

    def briefing_scope(self, storyline_id: str) -> tuple[str | None, str | None] | None:
        """The stage version and scope fingerprint a stored briefing was written with."""
        row = self.conn.execute(
            "SELECT stage_version, scope_key FROM briefings WHERE storyline_id=?",
            (storyline_id,),
        ).fetchone()
        return None if row is None else (row["stage_version"], row["scope_key"])

    def published_of(self, ids: list[str]) -> dict[str, str | None]:
        """The publication date of each stored article of ``ids`` as its record holds it
        (``Article.published``), without reading the records whole."""
        columns = "id, json_extract(record, '$.published') AS published"
        return {row["id"]: row["published"] for row in self._article_rows(columns, ids)}

    def record_stamps(self, ids: list[str]) -> dict[str, str]:
        """Per article, a digest of its stored record (what every stage wrote of it), as
        SQLite's ``json()`` writes it: a record rewritten by ``json_set`` and one written
        whole by Python differ in spacing only."""
        rows = self._article_rows("id, json(record) AS record", ids)
        return {row["id"]: record_stamp(row["record"]) for row in rows}

    def independent_sources(self, storyline_id: str) -> int:
        """A storyline's independent sources (a syndicated copy counts with its original)."""
        row = self.conn.execute(
            "SELECT COUNT(DISTINCT COALESCE(a.duplicate_of, a.id)) FROM articles a"
            " JOIN events e ON e.id = a.event_id"
            " WHERE e.storyline_id = ? AND e.merged_into IS NULL",
            (storyline_id,),
        ).fetchone()
        return int(row[0])

    def outlet_fields(self, storyline_id: str) -> set[tuple[str | None, str | None, str | None]]:
        """What names the outlets of a storyline's articles: each stated outlet, and for an
        article without one its URL and title (``brief.compose.outlet_name``). The URL is
        read from the record only for those, so a storyline of thousands of reports that
        state their outlet costs no JSON parsing, and their outlets are read from an index
        by event (migration 17), not from their rows."""
        members = (
            " FROM articles a JOIN events e ON e.id = a.event_id"
            " WHERE e.storyline_id = ? AND e.merged_into IS NULL"
        )
        stated = self.conn.execute(
            f"SELECT DISTINCT a.outlet{members} AND a.outlet IS NOT NULL", (storyline_id,)
        ).fetchall()
        unstated = self.conn.execute(
            f"SELECT DISTINCT json_extract(a.record, '$.url'), a.title{members}"
            " AND a.outlet IS NULL",
            (storyline_id,),
        ).fetchall()
        return {(r[0], None, None) for r in stated} | {(None, r[0], r[1]) for r in unstated}

    def briefing(self, storyline_id: str) -> Briefing | None:
        data = self.briefing_json(storyline_id)
        return briefing_from_dict(data) if data else None

    def story_summary(self, storyline_id: str) -> StorySummary | None:
        row = self.conn.execute(
            "SELECT json FROM story_summaries WHERE storyline_id=?", (storyline_id,)
        ).fetchone()
        return _summary_from_json(row["json"]) if row else None

    def story_summaries(self, query: StoryQuery) -> tuple[int, list[StorySummary]]:
        """One page of storylines, latest first, and how many match in all.

        Date filters keep a storyline whose span overlaps ``[since, until]``; undated
        storylines are kept only when no date filter is given.
        """
        # A merged storyline's entry is listed until the storyline it went into has its
        # new briefing (the same transaction removes it), so the list never loses a story.
        clause, params = _list_filters(query, "s", ["1"])
        total = int(
            self.conn.execute(
                f"SELECT COUNT(*) FROM story_summaries s WHERE {clause}", params
            ).fetchone()[0]
        )
        rows = self.conn.execute(
            f"SELECT json FROM story_summaries s WHERE {clause}"
            " ORDER BY s.last_date IS NULL, s.last_date DESC, s.updated_at DESC"
            " LIMIT ? OFFSET ?",
            [*params, query.per_page, (query.page - 1) * query.per_page],
        ).fetchall()
        return total, [_summary_from_json(r["json"]) for r in rows]

    def recent_summaries(self, limit: int) -> list[StorySummary]:
        """The storylines whose briefings changed last (for the Atom feed)."""
        rows = self.conn.execute(
            "SELECT json FROM story_summaries ORDER BY updated_at DESC LIMIT ?", (limit,)
        ).fetchall()
        return [_summary_from_json(r["json"]) for r in rows]

    def events_of(self, storyline_id: str) -> list[Event]:
        """The events of one storyline, with their member articles (indexed lookups)."""
        rows = self.conn.execute(
            "SELECT id, first_date FROM events WHERE storyline_id=? AND merged_into IS NULL"
            " ORDER BY seq",
            (storyline_id,),
        ).fetchall()
        events = []
        for row in rows:
            if ids := self._member_ids(row["id"]):
                events.append(Event(row["id"], ids, storyline_id, row["first_date"]))
        return events

    def event(self, event_id: str) -> Event | None:
        row = self.conn.execute(
            "SELECT id, storyline_id, first_date FROM events WHERE id=?",
            (self.resolve_event(event_id),),
        ).fetchone()
        if row is None:
            return None
        return Event(row["id"], self._member_ids(row["id"]), row["storyline_id"], row["first_date"])

    def _member_ids(self, event_id: str) -> list[str]:
        """The ids of an event's articles, in arrival order."""
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE event_id=? ORDER BY seq", (event_id,)
        ).fetchall()
        return [r["id"] for r in rows]

    def events_page(
        self, query: StoryQuery, storyline_id: str | None = None
    ) -> tuple[int, list[Event]]:
        """One page of events, latest first; entity and outlet filter by the event's
        storyline facets."""
        where = [
            "e.merged_into IS NULL",
            "EXISTS (SELECT 1 FROM articles a WHERE a.event_id = e.id)",
        ]
        if storyline_id:
            where.append("e.storyline_id = ?")
        clause, params = _list_filters(query, "e", where)
        if storyline_id:
            params.insert(0, storyline_id)
        total = int(
            self.conn.execute(f"SELECT COUNT(*) FROM events e WHERE {clause}", params).fetchone()[0]
        )
        rows = self.conn.execute(
            f"SELECT e.id, e.storyline_id, e.first_date FROM events e WHERE {clause}"
            " ORDER BY e.first_date IS NULL, e.first_date DESC, e.seq DESC LIMIT ? OFFSET ?",
            [*params, query.per_page, (query.page - 1) * query.per_page],
        ).fetchall()
        events = [
            Event(
                r["id"],
                self._member_ids(r["id"]),
                r["storyline_id"],
                r["first_date"],
            )
            for r in rows
        ]
        return total, events

    def headers(self, ids: list[str]) -> dict[str, ArticleHeader]:
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            "SELECT id, title, outlet, published, duplicate_of, event_id,"
            f" substr(text, 1, {OPENING_CHARS}) AS opening FROM articles WHERE id IN ({marks})",
            ids,
        ).fetchall()
        return {r["id"]: ArticleHeader(**dict(r)) for r in rows}

    def resolve_storyline(self, storyline_id: str) -> str:
        """Follow storyline merges, as ``resolve_event`` does for events."""
        return self._follow_merges("storylines", storyline_id)

    def shown_storyline(self, storyline_id: str) -> str:
        """The storyline a reader is shown for an id: merges are followed to the last
        storyline on the way that has a briefing (one merged into a storyline that the
        build has not briefed yet keeps showing its own)."""
        chain = self._merge_chain("storylines", storyline_id)
        listed = [s for s in chain if self._has_briefing(s)]
        return listed[-1] if listed else chain[-1]

    def _has_briefing(self, storyline_id: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM story_summaries WHERE storyline_id=?", (storyline_id,)
        ).fetchone()
        return row is not None

    @contextmanager
    def snapshot(self) -> Iterator[Store]:
        """Reads in the block see one committed state of the store (a WAL read
        transaction): a page read while a build writes never mixes two states, e.g. finds
        a storyline merged but not its new briefing."""
        self.conn.execute("BEGIN DEFERRED")
        try:
            yield self
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")

    def briefing_json(self, storyline_id: str) -> dict[str, Any] | None:
        text = self.briefing_text(storyline_id)
        return dict(json.loads(text)) if text is not None else None

    def briefing_text(self, storyline_id: str) -> str | None:
        """A storyline's briefing as stored: JSON text (``briefing_from_dict`` reads it)."""
        row = self.conn.execute(
            "SELECT json FROM briefings WHERE storyline_id=?", (storyline_id,)
        ).fetchone()
        return str(row["json"]) if row else None

    # --- rejections ---------------------------------------------------------------------
    def save_rejection(self, rejection: Rejection) -> None:
        with self.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO rejections VALUES (?, ?, ?)",
                (rejection.source, rejection.reason, _now()),
            )

    def rejections(self) -> list[Rejection]:
        rows = self.conn.execute("SELECT source, reason FROM rejections ORDER BY source")
        return [Rejection(r["source"], r["reason"]) for r in rows]


@dataclass(slots=True)
class StoryQuery:
    """A page of the story list and its filters (dates are ISO prefixes)."""

    page: int = 1
    per_page: int = 20
    since: str | None = None
    until: str | None = None
    entity: str | None = None
    outlet: str | None = None


def _list_filters(query: StoryQuery, table: str, where: list[str]) -> tuple[str, list[Any]]:
    """The WHERE clause of a story or event list: ``table`` (alias ``s`` of story_summaries
    or ``e`` of events) has first_date, last_date and a storyline id; a row matches when its
    date span overlaps ``[since, until]`` and its storyline has the entity and outlet."""
    storyline = "s.storyline_id" if table == "s" else "e.storyline_id"
    where, params = list(where), list[Any]()
    if query.since:
        where.append(f"{table}.last_date >= ?")
        params.append(query.since)
    if query.until:
        where.append(f"{table}.first_date <= ?")
        params.append(query.until + "\uffff")  # "2024-11" takes in "2024-11-30"
    for kind, value in (("entity", query.entity), ("outlet", query.outlet)):
        if value:
            where.append(
                f"{storyline} IN (SELECT storyline_id FROM story_facets WHERE kind=? AND key=?)"
            )
            params += [kind, fold(value)]
    return " AND ".join(where), params


def record_stamp(canonical: str) -> str:
    """The stamp of an article's record from its canonical JSON (SQLite's ``json()``)."""
    return hashlib.blake2b(canonical.encode("utf-8"), digest_size=16).hexdigest()


class StoredStances:
    """The stances stored by earlier builds, read as comparing a storyline asks for them (a
    claim article's at a time), not all of a storyline's at once: a storyline of a few
    thousand reports has millions (589 reports: 474,000 stances, 467 MiB in memory). It
    opens its own read-only connection, so a worker process composing a briefing can use
    it; the stances classified meanwhile are kept in ``fresh`` for the caller to store."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fresh: dict[StanceKey, StanceResult] = {}
        self._conn: sqlite3.Connection | None = None

    def known(self, keys: Sequence[StanceKey]) -> dict[StanceKey, StanceResult]:
        found = {key: self.fresh[key] for key in keys if key in self.fresh}
        wanted = {key for key in keys if key not in found}
        sources: dict[str, set[str]] = {}
        for key in wanted:
            sources.setdefault(key[0], set()).add(key[3])
        # Only the sources asked for: a claim article's stances towards all sources are
        # hundreds, and a build mostly asks for those of the reports it brings (none yet).
        for article_id, asked in sorted(sources.items()):
            listed = sorted(asked)
            for first in range(0, len(listed), ID_PARAMETERS):
                some = listed[first : first + ID_PARAMETERS]
                rows = self._connection().execute(
                    "SELECT claim_start, claim_end, source_article, result FROM stances"
                    f" WHERE claim_article=? AND source_article IN ({','.join('?' * len(some))})",
                    (article_id, *some),
                )
                for start, end, source, result in rows:
                    key = (article_id, start, end, source)
                    if key in wanted:
                        found[key] = _stance_from_json(result)
        return found

    def add(self, results: dict[StanceKey, StanceResult]) -> None:
        self.fresh.update(results)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            self._conn = sqlite3.connect(uri, uri=True, timeout=30)
        return self._conn


def _summary_from_json(text: str) -> StorySummary:
    """A storyline's list summary as ``_write_summary`` stores it."""
    return StorySummary(**json.loads(text))


def _stance_to_json(result: StanceResult) -> str:
    return json.dumps(
        [
            result.stance,
            result.confidence,
            result.evidence,
            result.probabilities,
            result.reason,
            result.overlap,
        ]
    )


def _stance_from_json(text: str) -> StanceResult:
    stance, confidence, evidence, probabilities, reason, overlap = json.loads(text)
    return StanceResult(
        stance,
        confidence,
        tuple((int(s), int(e)) for s, e in evidence),
        tuple(probabilities),
        reason,
        overlap,
    )


def _stored_cluster_state(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key='cluster_state'").fetchone()
    return None if row is None else str(row[0])


def _mark_to_brief(conn: sqlite3.Connection, storyline_ids: Sequence[str]) -> None:
    """Mark storylines to be briefed again for a build to come, as an ingest that
    clusters hands them on (``stale_storylines``, with no article: none was updated, and
    ``_where_articles_went`` counts only updated ones)."""
    conn.executemany(
        "INSERT OR IGNORE INTO stale_storylines VALUES (?, '')", [(s,) for s in storyline_ids]
    )


def _statements(script: str) -> list[str]:
    """Split a migration into statements; trigger bodies hold ';' so split on 'END;' too."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines():
        stripped = line.split("--", 1)[0].rstrip() if "--" in line else line.rstrip()
        buffer += stripped + "\n"
        if stripped.endswith(";") and sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def _update_article(conn: sqlite3.Connection, article: Article, produced: dict[str, str]) -> None:
    """Write back an article's record (and the versions of the stages that produced it)."""
    stages = json.loads(
        conn.execute("SELECT stages FROM articles WHERE id=?", (article.id,)).fetchone()["stages"]
    )
    stages.update(produced)
    if "read" in produced:  # new sentences: the stances computed on the old ones go
        conn.execute(
            "DELETE FROM stances WHERE claim_article=? OR source_article=?",
            (article.id, article.id),
        )
    conn.execute(
        "UPDATE articles SET record=?, duplicate_of=?, event_id=?, stages=? WHERE id=?",
        (
            article_to_json(article),
            article.duplicate_of,
            article.event_id,
            json.dumps(stages),
            article.id,
        ),
    )


def _write_minhash(conn: sqlite3.Connection, article_id: str, signature: bytes) -> None:
    conn.execute("INSERT OR REPLACE INTO minhashes VALUES (?, ?)", (article_id, signature))
    conn.execute("DELETE FROM minhash_bands WHERE article_id=?", (article_id,))
    _save_bands(conn, article_id, signature)


def _save_additions(conn: sqlite3.Connection, event_id: str, stored: StoredTerms) -> None:
    """Write what an event's terms took since they were last written (``to_store``):
    written whole, its stored additions go (the trigger of migration 15 takes them only
    when the whole text changed); else the reports' terms added join them."""
    if stored.whole is not None:
        conn.execute("DELETE FROM event_additions WHERE event_id=?", (event_id,))
    elif stored.added is not None:
        conn.execute(
            "INSERT INTO event_additions (event_id, terms) VALUES (?, ?)", (event_id, stored.added)
        )
