from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from storyline import pipeline
from storyline import read as read_stage
from storyline.dedupe import (
    DuplicateIndex,
    band_keys,
    copies,
    from_bytes,
    mark_duplicate,
    signature,
    to_bytes,
)
from storyline.model import Article, RawDocument
from storyline.pipeline import ingest_documents, process_documents, store_processed
from storyline.settings import DEFAULT
from storyline.store.db import MIGRATIONS, Store

WIRE = (
    "Dockworkers at the port went on strike on Monday, halting container traffic at the "
    "region's busiest harbour in a dispute over night-shift pay and automated gates. The union "
    "said about 1,200 members had joined the walkout after negotiations with the terminal "
    "operator collapsed on Sunday night. Port authorities said nine container ships were "
    "anchored offshore on Monday. Exporters of fresh produce warned that they would lose "
    "thousands of euros a day if the stoppage continued into next week."
)
OTHER = (
    "Reporters at the harbour counted nine ships at anchor as the strike entered its first "
    "day. Union leaders addressed a crowd at the gate and promised to stay out until the pay "
    "for night shifts was raised. The operator said it would not negotiate under pressure."
)


def article(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, text=text)


def test_republished_copy_is_linked_to_original() -> None:
    index = DuplicateIndex()
    original = article("wire", WIRE)
    mark_duplicate(original, index, signature(original.text))
    trimmed = WIRE.rsplit(". Exporters", 1)[0] + ".\n\nShare this article\n© 2025 Daily Post"
    copy = article("copy", "Strike stops harbour: ships wait\n\n" + trimmed)
    mark_duplicate(copy, index, signature(copy.text))
    assert original.duplicate_of is None
    assert copy.duplicate_of == "wire"


def test_copy_of_copy_points_at_the_original() -> None:
    index = DuplicateIndex()
    for name in ("a", "b", "c"):
        item = article(name, WIRE)
        mark_duplicate(item, index, signature(item.text))
        assert item.duplicate_of == (None if name == "a" else "a")


def test_independent_report_of_same_event_is_not_a_copy() -> None:
    index = DuplicateIndex()
    first, second = article("a", WIRE), article("b", OTHER)
    mark_duplicate(first, index, signature(first.text))
    mark_duplicate(second, index, signature(second.text))
    assert second.duplicate_of is None


def test_signature_round_trips_through_bytes() -> None:
    sig = signature(WIRE)
    assert from_bytes(to_bytes(sig)).jaccard(sig) == 1.0


def test_copy_ingested_later_is_found_in_the_store(tmp_path: Path) -> None:
    """Separate ingests (a feed, the API) find originals through the stored LSH bands."""
    with Store(tmp_path / "s.db") as store:
        ingest_documents(store, [RawDocument(source="wire.txt", kind="text", body=WIRE)])
        ingest_documents(store, [RawDocument(source="other.txt", kind="text", body=OTHER)])
        copy = "Strike stops harbour: ships wait\n\n" + WIRE + "\n\nShare this article"
        ingest_documents(store, [RawDocument(source="copy.txt", kind="text", body=copy)])
        by_source = {a.source: a for a in store.articles()}
        assert by_source["copy.txt"].duplicate_of == by_source["wire.txt"].id
        assert by_source["other.txt"].duplicate_of is None


def test_updated_article_is_matched_by_its_new_text_only(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        ingest_documents(store, [RawDocument(source="a.txt", kind="text", body=WIRE)])
        ingest_documents(store, [RawDocument(source="a.txt", kind="text", body=OTHER)])  # rewritten
        ingest_documents(store, [RawDocument(source="b.txt", kind="text", body=WIRE)])
        by_source = {a.source: a for a in store.articles()}
        assert by_source["b.txt"].duplicate_of is None


def test_signatures_stored_before_bands_get_bands(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:3]:  # a store made before bands existed
        assert isinstance(migration, str)
        conn.executescript(migration)
    conn.execute("PRAGMA user_version=3")
    sig = to_bytes(signature(WIRE))
    conn.execute(
        "INSERT INTO articles (id, seq, source, content_hash, text, record, updated_at)"
        " VALUES ('wire', 1, 'wire.txt', 'h', ?, '{}', 'now')",
        (WIRE,),
    )
    conn.execute("INSERT INTO minhashes VALUES ('wire', ?)", (sig,))
    conn.commit()
    conn.close()
    with Store(path) as store:
        found = store.minhash_candidates("copy", band_keys(sig))
        assert [(row[0], row[1]) for row in found] == [("wire", "wire")]


LATER = (
    "By Tuesday the strike had spread to the rail terminal, where drivers refused to load "
    "trains bound for the border. The transport minister called both sides to talks at the "
    "ministry on Wednesday morning and said the government would not impose a settlement. "
    "Shipping lines began diverting vessels to a rival port two hundred kilometres to the "
    "south, where crane operators were asked to work extra shifts. Economists at the "
    "national bank estimated that each day of the stoppage cut exports by about forty "
    "million euros. The operator published a letter to its customers apologising for the "
    "delays and blaming the union for refusing arbitration. Union officials replied that "
    "arbitration had been offered only after the night-shift pay cut was announced."
)


def test_a_wire_storys_first_paragraphs_sent_alone_are_its_copy() -> None:
    # Xinhua, March 1999 (AQUAINT): the first six paragraphs of a twelve-paragraph story
    # went out as a story of their own; their Jaccard similarity was 0.47, below the bar,
    # and the two counted as two independent sources.
    full = WIRE + "\n\n" + OTHER + "\n\n" + LATER
    first = signature(WIRE)
    whole = signature(full)
    assert first.jaccard(whole) < DEFAULT.duplicate_jaccard
    assert copies(first, whole) and copies(whole, first)
    assert not copies(signature(OTHER), signature(WIRE + "\n\n" + LATER))
    index = DuplicateIndex()
    short = article("short", "Port strike\n\n" + WIRE)
    mark_duplicate(short, index, signature(short.text))
    long = article("long", "Port strike spreads\n\n" + full)
    mark_duplicate(long, index, signature(long.text))
    assert long.duplicate_of == "short"


def test_an_ingest_dedupes_each_article_as_its_reading_comes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reading runs in worker processes from read.PARALLEL_FROM articles on, and each
    # article is deduped as its reading comes back (in arrival order, written with its
    # reading): the store must be the one deduping the whole batch first gives
    # (``store_processed``, which signs and reads before it stores), copies within the
    # batch and of an article stored by an earlier ingest alike.
    _read_in_workers(monkeypatch)
    earlier = [_document("wire", WIRE)]
    batch = [
        _document(f"d{n}", text)
        for n, text in enumerate(
            [OTHER, WIRE + " Talks resume on Friday.", OTHER + " Talks resume on Friday.", WIRE]
            + [
                f"The {team} beat the {other} {n + 2}-1 on {day}, and their coach said the "
                f"{place} crowd had carried them through a tense second half."
                for n, (team, other, day, place) in enumerate(
                    [
                        ("Harriers", "Rovers", "Saturday", "home"),
                        ("Comets", "Anchors", "Sunday", "away"),
                        ("Wolves", "Pilots", "Tuesday", "river town"),
                        ("Owls", "Millers", "Friday", "packed"),
                    ]
                )
            ]
        )
    ]
    stores = {}
    for way in ("as read", "deduped first"):
        with Store(tmp_path / f"{way}.db") as store:
            ingest_documents(store, earlier)
            if way == "as read":
                report = ingest_documents(store, batch)
                assert report.new == len(batch)
            else:
                store_processed(store, process_documents(batch))
            stores[way] = _stored_dedupe(store)
    assert stores["as read"] == stores["deduped first"]
    records = stores["as read"]
    assert {a for a, (_, original, _, _) in records.items() if original} == {"d1", "d2", "d3"}
    assert records["d3"][1] == "wire" and records["d2"][1] == "d0"
    assert all(
        stages.keys() >= {"dedupe", "read"} and sig for sig, _, stages, _ in records.values()
    )
    # Again: nothing is read or deduped again, nothing is lost or doubled.
    with Store(tmp_path / "as read.db") as store:
        again = ingest_documents(store, batch)
        assert (again.new, again.unchanged) == (0, len(batch))
        assert _stored_dedupe(store) == records


def _read_in_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read in worker processes from four articles on, as an ingest of many reads."""
    monkeypatch.setattr(read_stage, "PARALLEL_FROM", 4)
    monkeypatch.setattr(read_stage, "SPAWNED_PARALLEL_FROM", 4)


def _document(document_id: str, body: str) -> RawDocument:
    return RawDocument(source=document_id, kind="text", body=body, id=document_id)


def _stored_dedupe(store: Store) -> dict[str, tuple[bytes, str | None, dict[str, str], str]]:
    """Per article: its stored signature, its original, its stage versions and record."""
    signatures = dict(store.conn.execute("SELECT article_id, signature FROM minhashes"))
    return {
        row["id"]: (
            signatures.get(row["id"], b""),
            row["duplicate_of"],
            json.loads(row["stages"]),
            row["record"],
        )
        for row in store.conn.execute("SELECT id, duplicate_of, stages, record FROM articles")
    }


@pytest.mark.parametrize("group", [2, 1000])
def test_dedupe_results_written_in_groups_are_those_written_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, group: int
) -> None:
    # An ingest writes its dedupe results (with the readings) ``DEDUPE_WRITES`` at a time:
    # a later article of the batch must find a copy's original still held, never a held
    # article's earlier version (an article given twice in one batch, rewritten), and the
    # store must be the one writing each at once gives.
    _read_in_workers(monkeypatch)
    earlier = [_document("wire", WIRE)]
    batch = [
        _document(f"d{n}", text)
        for n, text in enumerate([OTHER, WIRE + " Talks resume on Friday.", LATER])
    ]
    batch.insert(2, _document("d0", LATER + " More soon."))
    batch.append(_document("d3", OTHER + " Talks resume."))
    stores, bands = {}, {}
    for writes in (1, group):
        monkeypatch.setattr(pipeline, "DEDUPE_WRITES", writes)
        with Store(tmp_path / f"{writes}.db") as store:
            ingest_documents(store, earlier)
            ingest_documents(store, batch)
            stores[writes] = _stored_dedupe(store)
            rows = store.conn.execute("SELECT band, key, article_id FROM minhash_bands")
            bands[writes] = sorted(tuple(row) for row in rows)
    assert stores[group] == stores[1] and bands[group] == bands[1]
    originals = {a: original for a, (_, original, _, _) in stores[1].items()}
    # d1 copies the wire; d2 copies d0 as rewritten (LATER), not d3 its first version.
    assert originals == {"wire": None, "d0": None, "d1": "wire", "d2": "d0", "d3": None}
