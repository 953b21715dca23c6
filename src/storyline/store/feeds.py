"""What ``storyline watch`` remembers between polls and restarts: each feed's validators
(ETag, Last-Modified) and the fate of each feed item."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.store.db import Store, _now


@dataclass(frozen=True, slots=True)
class FeedState:
    url: str
    etag: str | None
    last_modified: str | None
    polled_at: str | None
    status: str | None


@dataclass(frozen=True, slots=True)
class ItemState:
    key: str
    url: str
    state: str
    attempts: int
    article_id: str | None
    reason: str | None


class FeedLog:
    """Feed and item state in the store's ``feeds`` and ``feed_items`` tables."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def feed(self, url: str) -> FeedState:
        row = self.store.conn.execute("SELECT * FROM feeds WHERE url=?", (url,)).fetchone()
        if row is None:
            return FeedState(url, None, None, None, None)
        return FeedState(url, row["etag"], row["last_modified"], row["polled_at"], row["status"])

    def feeds(self) -> list[FeedState]:
        rows = self.store.conn.execute("SELECT url FROM feeds ORDER BY url").fetchall()
        return [self.feed(row["url"]) for row in rows]

    def save_poll(
        self, url: str, status: str, validators: tuple[str | None, str | None] | None = None
    ) -> None:
        """Record a poll. ``validators`` (ETag, Last-Modified) are given only after a
        successful poll, so a failed one never makes the next one skip items with a 304."""
        with self.store.write() as conn:
            conn.execute(
                "INSERT INTO feeds(url, polled_at, status) VALUES (?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET polled_at=excluded.polled_at, "
                "status=excluded.status",
                (url, _now(), status),
            )
            if validators is not None:
                conn.execute(
                    "UPDATE feeds SET etag=?, last_modified=? WHERE url=?", (*validators, url)
                )

    def item(self, feed_url: str, key: str) -> ItemState | None:
        row = self.store.conn.execute(
            "SELECT * FROM feed_items WHERE feed_url=? AND item_key=?", (feed_url, key)
        ).fetchone()
        if row is None:
            return None
        return ItemState(
            row["item_key"],
            row["url"],
            row["state"],
            row["attempts"],
            row["article_id"],
            row["reason"],
        )

    def items(self, feed_url: str) -> list[ItemState]:
        rows = self.store.conn.execute(
            "SELECT item_key FROM feed_items WHERE feed_url=? ORDER BY rowid", (feed_url,)
        ).fetchall()
        found = (self.item(feed_url, row["item_key"]) for row in rows)
        return [item for item in found if item is not None]

    def save_item(
        self,
        feed_url: str,
        key: str,
        url: str,
        state: str,
        article_id: str | None = None,
        reason: str | None = None,
    ) -> None:
        with self.store.write() as conn:
            conn.execute(
                "INSERT INTO feed_items VALUES (?, ?, ?, ?, 1, ?, ?, ?) "
                "ON CONFLICT(feed_url, item_key) DO UPDATE SET url=excluded.url, "
                "state=excluded.state, attempts=feed_items.attempts + 1, "
                "article_id=excluded.article_id, reason=excluded.reason, "
                "updated_at=excluded.updated_at",
                (feed_url, key, url, state, article_id, reason, _now()),
            )
