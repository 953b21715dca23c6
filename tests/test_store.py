from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from storyline.bands import band_keys
from storyline.model import Article, Briefing, BriefSentence, StorySummary
from storyline.store.db import MIGRATIONS, Store, StoryQuery


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


def _briefing(storyline_id: str, title: str) -> tuple[Briefing, StorySummary]:
    sentence = BriefSentence(f"{title}.", [])
    briefing = Briefing(storyline_id, title, sentence, title, [], [], [], [], [], [], [], [], [])
    return briefing, StorySummary(storyline_id, title, f"{title}.", None, None, 1, 1)


def _listed(store: Store) -> list[str]:
    return [s.id for s in store.story_summaries(StoryQuery(per_page=100))[1]]


def test_a_merged_storyline_is_shown_until_the_one_it_joined_is_briefed(store: Store) -> None:
    store.set_event_storyline("ev-a", "st-a")
    store.set_event_storyline("ev-b", "st-b")
    store.save_briefing(*_briefing("st-a", "Old story"))
    store.merge_storyline("st-a", "st-b")  # st-b is new: no briefing yet
    assert _listed(store) == ["st-a"]
    assert store.shown_storyline("st-a") == "st-a"
    assert store.storylines_to_brief() >= {"st-b"}
    store.save_briefing(*_briefing("st-b", "Merged story"))
    assert _listed(store) == ["st-b"]
    assert store.shown_storyline("st-a") == "st-b"
    assert store.briefing("st-a") is None and store.story_summary("st-a") is None
    assert "st-b" not in store.storylines_to_brief()


def test_folded_entries_go_through_chains_of_merges(store: Store) -> None:
    for n in "abc":
        store.set_event_storyline(f"ev-{n}", f"st-{n}")
        store.save_briefing(*_briefing(f"st-{n}", f"Story {n}"))
    store.merge_storyline("st-a", "st-b")
    store.merge_storyline("st-b", "st-c")
    assert sorted(_listed(store)) == ["st-a", "st-b", "st-c"]
    assert store.shown_storyline("st-a") == "st-c"
    store.save_briefing(*_briefing("st-c", "Story abc"))
    assert _listed(store) == ["st-c"]


def test_a_snapshot_reads_one_committed_state(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as writer, Store(tmp_path / "s.db") as reader:
        writer.set_event_storyline("ev-a", "st-a")
        writer.save_briefing(*_briefing("st-a", "Old title"))
        with reader.snapshot():
            assert reader.briefing("st-a").title == "Old title"  # type: ignore[union-attr]
            writer.save_briefing(*_briefing("st-a", "New title"))  # WAL: no wait
            assert reader.briefing("st-a").title == "Old title"  # type: ignore[union-attr]
        assert reader.briefing("st-a").title == "New title"  # type: ignore[union-attr]


def test_retiring_leaves_merged_storylines_to_the_merge(store: Store) -> None:
    store.set_event_storyline("ev-a", "st-a")
    store.save_briefing(*_briefing("st-a", "Old story"))
    store.merge_storyline("st-a", "st-b")
    assert store.retire_empty_storylines({"st-a"}) == {}
    assert _listed(store) == ["st-a"], "shown until st-b is briefed"


def test_articles_by_more_ids_than_one_statement_takes(store: Store) -> None:
    # SQLite binds at most 32,766 parameters a statement; a storyline can have more articles.
    for n in range(3):
        store.upsert_article(Article(id=f"a{n}", source=f"a{n}", text=f"Article {n}."))
    wanted = ["a2", "a0"] + [f"missing-{n}" for n in range(40_000)]
    assert [a.id for a in store.articles(wanted)] == ["a0", "a2"]  # in arrival order


def test_stored_stances_are_read_as_asked_and_fresh_ones_kept(tmp_path: Path) -> None:
    from storyline.model import StanceResult
    from storyline.store.db import StoredStances

    agrees = StanceResult("agrees", 0.9, ((0, 10),), (0.9, 0.0, 0.1, 0.0), "model", 0.8)
    discusses = StanceResult("discusses", 0.6, (), (0.2, 0.1, 0.6, 0.1), "hedged", 0.5)
    with Store(tmp_path / "s.db") as store:
        store.save_stances({("a", 0, 10, "b"): agrees, ("a", 11, 30, "c"): discusses})
        stances = StoredStances(store.path)  # its own connection, as a worker's would be
        try:
            asked = [("a", 0, 10, "b"), ("x", 0, 5, "b")]
            assert stances.known(asked) == {("a", 0, 10, "b"): agrees}
            stances.add({("x", 0, 5, "b"): discusses})
            assert stances.known(asked) == {("a", 0, 10, "b"): agrees, ("x", 0, 5, "b"): discusses}
            assert stances.fresh == {("x", 0, 5, "b"): discusses}
        finally:
            stances.close()


def test_the_store_depends_on_no_stage() -> None:
    # (issue 24, point 5) The store keeps the stages' records through the data model; what
    # it imports of storyline besides: the clusterer's state record (which imports nothing
    # of storyline), the LSH band keys and the word folding every module shares.
    import re
    from pathlib import Path

    import storyline.store

    allowed = {
        "storyline.model",
        "storyline.bands",
        "storyline.cluster.state",
        "storyline.extract.words",
    }
    folder = Path(storyline.store.__file__).parent
    for module in folder.glob("*.py"):
        text = module.read_text(encoding="utf-8")
        for imported in re.findall(r"^\s*(?:from|import) (storyline[\w.]*)", text, re.M):
            assert imported in allowed or imported.startswith("storyline.store"), (
                module.name,
                imported,
            )
    state = Path(storyline.store.__file__).parent.parent / "cluster" / "state.py"
    assert "storyline" not in "".join(
        re.findall(r"^\s*(?:from|import) (\S+)", state.read_text(encoding="utf-8"), re.M)
    )


def test_articles_of_another_stage_version_are_found_in_arrival_order_from_an_index(
    store: Store,
) -> None:
    for n in (3, 1, 2):
        store.upsert_article(Article(id=f"a{n}", source=f"s{n}", text=f"Text {n}."), "extract-1")
    store.upsert_article(Article(id="a4", source="s4", text="Text 4."), "extract-2")
    # Arrival order, not the order of the ids or of the index.
    assert store.produced_by_other_version("extract", "extract-2") == ["a3", "a1", "a2"]
    assert store.produced_by_other_version("read", "read-1", recorded_only=True) == []
    assert store.produced_by_other_version("read", "read-1", clustered=True) == []
    # Each build asks this of every stage: an index holds all it reads (the query plan
    # that uses it depends on SQLite's version; benchmarks measure it).
    assert _indexed_columns(store, "articles_stages") == ["stages", "event_id", "seq", "id"]


def test_the_index_of_articles_by_event_holds_what_counting_sources_reads(store: Store) -> None:
    assert _indexed_columns(store, "articles_event")[:3] == ["event_id", "duplicate_of", "id"]


def test_an_events_reports_are_read_in_arrival_order_from_an_index(store: Store) -> None:
    for n in (3, 1, 2):
        store.upsert_article(Article(id=f"a{n}", source=f"s{n}", text=f"Text {n}."), "extract-1")
    store.conn.execute("UPDATE articles SET event_id='ev'")
    assert store._member_ids("ev") == ["a3", "a1", "a2"]  # arrival order, not the ids'
    # Every storyline a build touches lists its events' reports: an index holds them in
    # their order (the query plan depends on SQLite's version; benchmarks measure it).
    assert _indexed_columns(store, "articles_event_seq") == ["event_id", "seq", "id"]


def test_a_storylines_outlets_are_read_from_an_index_and_its_unstated_ones_from_urls(
    store: Store,
) -> None:
    stated = [("a1", "Reuters"), ("a2", "Reuters"), ("a3", "AP")]
    for article_id, outlet in stated:
        store.upsert_article(Article(id=article_id, source=article_id, text="T.", outlet=outlet))
    store.upsert_article(
        Article(id="a4", source="a4", text="T.", title="A headline", url="https://x.example/1")
    )
    store.upsert_article(Article(id="a5", source="a5", text="T.", outlet="Elsewhere"))
    store.conn.execute(
        "INSERT INTO events (id, seq, storyline_id, terms) VALUES ('ev', 1, 'st', '{}'), ('ew', 2, 'su', '{}')"
    )
    store.conn.execute("UPDATE articles SET event_id='ev' WHERE id != 'a5'")
    store.conn.execute("UPDATE articles SET event_id='ew' WHERE id = 'a5'")
    assert store.outlet_fields("st") == {
        ("Reuters", None, None),
        ("AP", None, None),
        (None, "https://x.example/1", "A headline"),
    }
    # (read through the index by event; the query plan depends on SQLite's version)
    assert _indexed_columns(store, "articles_event") == ["event_id", "duplicate_of", "id", "outlet"]


def test_the_articles_another_version_produced_are_those_each_articles_map_names(
    store: Store,
) -> None:
    maps = [
        "{}",
        '{"extract":"extract-2","read":"read-9"}',
        '{"read":"read-9","extract":"extract-2"}',  # (the same map, another key order)
        '{"extract":"extract-2","read":"read-8","cluster":"cluster-3"}',
        '{"extract":"extract-2","read":null,"event_date":"d-1"}',
        '{"extract":1,"read":"read-9","cluster":"cluster-4","event_date":"d-2"}',
        '{"extract": "extract-2", "read": "read-9"}',  # (the same, spaced as json.dumps)
    ]
    assert store.produced_by_other_version("read", "read-9") == []  # (no articles)
    for n in range(42):
        store.upsert_article(Article(id=f"a{n}", source=f"s{n}", text=f"Text {n}."))
        # (each map's articles clustered and not: 7 and 5 have no common divisor)
        store.conn.execute(
            "UPDATE articles SET stages=?, event_id=? WHERE id=?",
            (maps[n % len(maps)], "ev" if n % 5 else None, f"a{n}"),
        )
    asked = [
        (stage, version, recorded_only, clustered)
        for stage, versions in [
            ("extract", ["extract-2", "1", "x"]),
            ("read", ["read-9", "read-8"]),
            ("cluster", ["cluster-4"]),
            ("event_date", ["d-1", "d-2"]),
        ]
        for version in versions
        for recorded_only in (False, True)
        for clustered in (False, True)
    ]
    for stage, version, recorded_only, clustered in asked:
        # The question asked of each article's map, as it was asked before.
        where = ["json_extract(stages, '$.' || ?) IS NOT ?"]
        where += ["json_extract(stages, '$.' || ?) IS NOT NULL"] if recorded_only else []
        where += ["event_id IS NOT NULL"] if clustered else []
        params = [stage, version] + ([stage] if recorded_only else [])
        rows = store.conn.execute(
            f"SELECT id FROM articles WHERE {' AND '.join(where)} ORDER BY seq", params
        ).fetchall()
        expected = [r[0] for r in rows]
        found = store.produced_by_other_version(stage, version, recorded_only, clustered)
        assert found == expected, (stage, version, recorded_only, clustered)
    assert store.produced_by_other_version("read", "read-9", clustered=True)  # (not vacuous)


def test_a_build_counts_the_events_with_articles_and_their_storylines(store: Store) -> None:
    events = [
        ("e1", "s1", None),
        ("e2", "s1", None),
        ("e3", "s2", None),
        ("e4", None, None),  # (not in a storyline yet)
        ("e5", "s3", None),  # (no article left)
        ("e6", "s4", "e1"),  # (merged into e1)
    ]
    store.conn.executemany(
        "INSERT INTO events (id, seq, storyline_id, merged_into, terms) VALUES (?, ?, ?, ?, '{}')",
        [(e, n, s, m) for n, (e, s, m) in enumerate(events)],
    )
    for n, event in enumerate(["e1", "e1", "e2", "e3", "e4", "e6", None]):
        store.upsert_article(Article(id=f"a{n}", source=f"s{n}", text=f"Text {n}."))
        store.conn.execute("UPDATE articles SET event_id=? WHERE id=?", (event, f"a{n}"))
    # e1, e2, e3, e4; s1, s2 (a storyline is counted by its events, not its row).
    assert store.count_events_and_storylines() == (4, 2)


def _indexed_columns(store: Store, index: str) -> list[str]:
    return [row[2] for row in store.conn.execute(f"PRAGMA index_info({index})")]


def test_a_signature_is_stored_with_its_dedupe_result_or_not_at_all(store: Store) -> None:
    store.upsert_article(Article(id="a", source="a", text="Original report."))
    store.upsert_article(Article(id="b", source="b", text="Original report, copied."))
    copy = store.articles(["b"])[0]
    copy.duplicate_of = "a"
    store.save_deduped(copy, b"\x01" * 64, "dedupe-x")
    assert store.articles(["b"])[0].duplicate_of == "a"
    assert store.stage_versions("b")["dedupe"] == "dedupe-x"
    assert store.conn.execute("SELECT count(*) FROM minhashes").fetchone()[0] == 1
    # An article the store does not hold: its record cannot be written, nor its signature.
    with pytest.raises(TypeError):
        store.save_deduped(Article(id="gone", source="gone", text="x"), b"\x02" * 64, "dedupe-x")
    assert store.conn.execute("SELECT count(*) FROM minhashes").fetchone()[0] == 1
    assert (
        store.conn.execute("SELECT count(*) FROM minhash_bands WHERE article_id='gone'").fetchone()[
            0
        ]
        == 0
    )


def test_a_stored_signature_is_a_candidate_through_any_one_band_it_shares(store: Store) -> None:
    # Bands of 4 values of 8 bytes: a signature sharing one band with a stored one (the
    # last, a middle one, the first) finds it; one sharing none finds nothing.
    stored = bytes(range(128)) * 8  # 1,024 bytes: 128 values, 32 bands
    for article_id in ("a", "b"):
        store.upsert_article(Article(id=article_id, source=article_id, text=article_id))
        store.save_deduped(store.articles([article_id])[0], stored, "dedupe-x")
    for band in (31, 12, 0):
        shares_one = bytearray(b"\xff" * 1024)
        shares_one[band * 32 : band * 32 + 32] = stored[band * 32 : band * 32 + 32]
        found = store.minhash_candidates("b", band_keys(bytes(shares_one)))
        assert [row[0] for row in found] == ["a"]
    assert store.minhash_candidates("c", band_keys(b"\xff" * 1024)) == []


def test_stances_are_stored_the_same_whatever_order_they_come_in(tmp_path: Path) -> None:
    # (they are written in key order, which SQLite appends fastest)
    from storyline.model import StanceResult
    from storyline.store.db import StoredStances

    agrees = StanceResult("agrees", 0.9, ((0, 10),), (0.9, 0.0, 0.1, 0.0), "model", 0.8)
    discusses = StanceResult("discusses", 0.6, (), (0.2, 0.1, 0.6, 0.1), "hedged", 0.5)
    results = {
        ("b", 5, 9, "a"): agrees,
        ("a", 11, 30, "c"): discusses,
        ("a", 0, 10, "b"): agrees,
        ("a", 0, 10, "c"): discusses,
    }
    stored = []
    for name, order in (("x", list(results)), ("y", sorted(results, reverse=True))):
        with Store(tmp_path / f"{name}.db") as store:
            store.save_stances({key: results[key] for key in order})
            stored.append(store.conn.execute("SELECT * FROM stances").fetchall())
            stances = StoredStances(store.path)
            try:
                assert stances.known(list(results)) == results
            finally:
                stances.close()
    assert [tuple(row) for row in stored[0]] == [tuple(row) for row in stored[1]]
    assert len(stored[0]) == len(results)
