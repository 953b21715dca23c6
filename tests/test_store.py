from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from storyline.model import Article
from storyline.store.db import MIGRATIONS, Store


def test_schema_is_versioned_and_uses_wal(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(tmp_path / "s.db") as again:  # reopening runs no migration twice
        assert again.schema_version == len(MIGRATIONS)


def test_full_text_search_follows_updates(store: Store) -> None:
    article = Article(id="a", source="a", title="Harbour strike", text="Dockworkers walked out.")
    store.upsert_article(article)
    assert [h["id"] for h in store.search("dockworkers")] == ["a"]
    article.text = "Ferries stopped running."
    store.upsert_article(article)
    assert store.search("dockworkers") == []
    assert [h["id"] for h in store.search("ferries")] == ["a"]


def test_search_query_is_not_fts_syntax(store: Store) -> None:
    store.upsert_article(Article(id="a", source="a", text="A plain article about NEAR things."))
    assert store.search('NEAR( "x') == [] or isinstance(store.search('NEAR( "x'), list)
    assert store.search("") == []


def test_failed_write_changes_nothing(store: Store) -> None:
    store.upsert_article(Article(id="a", source="a", text="First version."))
    try:
        with store.write() as conn:
            conn.execute("UPDATE articles SET text='half written' WHERE id='a'")
            raise RuntimeError("crash in the middle")
    except RuntimeError:
        pass
    assert store.articles()[0].text == "First version."


def test_writers_from_threads_do_not_collide(store: Store) -> None:
    errors: list[Exception] = []

    def write(n: int) -> None:
        try:
            store.upsert_article(Article(id=f"a{n}", source=f"s{n}", text=f"Article {n}."))
        except sqlite3.Error as err:
            errors.append(err)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and store.count_articles() == 20
