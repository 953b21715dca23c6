"""The CLI end to end on the project's own sample articles, with a real SQLite file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.store.db import Store
from tests.conftest import EXAMPLES

RECORD_FIELDS = [
    "id",
    "source",
    "url",
    "outlet",
    "title",
    "title_source",
    "author",
    "section",
    "published",
    "published_source",
    "text",
    "duplicate_of",
    "event_id",
    "storyline_id",
    "entities",
    "quotes",
    "times",
]


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    tmp = tmp_path_factory.mktemp("run")
    db, out = tmp / "s.db", tmp / "out"
    result = CliRunner().invoke(main, ["run", str(EXAMPLES), "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return db, out, result.output


def invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_run_reports_and_rejects_the_malformed_file(ran: tuple[Path, Path, str]) -> None:
    _, _, output = ran
    assert "10 articles read" in output and "1 rejected" in output
    assert "broken.json: invalid JSON" in output
    assert "3 storylines" in output


def test_every_storyline_written_in_three_formats(ran: tuple[Path, Path, str]) -> None:
    db, out, _ = ran
    stories = json.loads(invoke("stories", "--json", "--db", str(db)))
    assert len(stories) == 3
    for story in stories:
        for suffix in ("md", "json", "html"):
            assert (out / f"{story['id']}.{suffix}").stat().st_size > 0


def test_sample_storylines_group_as_written(ran: tuple[Path, Path, str]) -> None:
    db, _, _ = ran
    stories = json.loads(invoke("stories", "--json", "--db", str(db)))
    export = [json.loads(line) for line in invoke("export", "--db", str(db)).splitlines()]
    story_of = {a["source"].split("/")[-1].split("#")[0]: a["storyline_id"] for a in export}
    valmora = {story_of[n] for n in story_of if n.startswith("valmora")}
    ardel = {story_of[n] for n in story_of if n.startswith("ardel")}
    assert len(valmora) == 1 and len(ardel) == 1 and valmora != ardel
    # As examples/README.md describes them: two Valmora events (the strike, the deal a week
    # later), two at Lake Ardel (the bloom and its tap-water ban, the ban lifted), one vote.
    assert len({e["id"] for s in stories for e in s["events"]}) == 5
    event_of = {a["source"].split("/")[-1].split("#")[0]: a["event_id"] for a in export}
    bloom = {event_of[n] for n in event_of if n.startswith(("ardel-bloom", "ardel-swimmers"))}
    assert len(bloom) == 1 and event_of["ardel-ban-lifted-lakeside-times.txt"] not in bloom
    assert (
        event_of["valmora-deal-harbour-herald.md"] != event_of["valmora-strike-harbour-herald.txt"]
    )


def test_export_follows_the_record_contract(ran: tuple[Path, Path, str]) -> None:
    db, _, _ = ran
    records = [json.loads(line) for line in invoke("export", "--db", str(db)).splitlines()]
    assert len(records) == 10
    for record in records:
        assert list(record) == RECORD_FIELDS
        for quote in record["quotes"]:
            assert record["text"][quote["start"] : quote["end"]] == quote["text"]
        for expr in record["times"]:
            assert record["text"][expr["start"] : expr["end"]] == expr["text"]
    copy = next(r for r in records if r["source"].endswith("daily-post-copy.txt"))
    assert copy["duplicate_of"] == "coastal-wire-0412"
    assert {r["id"] for r in records} >= {"coastal-wire-0412", "coastal-wire-0498"}


def test_brief_formats_and_unknown_id(ran: tuple[Path, Path, str]) -> None:
    db, _, _ = ran
    story = json.loads(invoke("stories", "--json", "--db", str(db)))[0]["id"]
    assert invoke("brief", story, "--db", str(db)).startswith("# ")
    assert json.loads(invoke("brief", story, "--format", "json", "--db", str(db)))["sources"]
    assert "<article" in invoke("brief", story, "--format", "html", "--db", str(db))
    result = CliRunner().invoke(main, ["brief", "nope", "--db", str(db)])
    assert result.exit_code != 0 and "no storyline" in result.output


def test_briefing_counts_a_syndicated_copy_with_its_original(ran: tuple[Path, Path, str]) -> None:
    db, _, _ = ran
    stories = json.loads(invoke("stories", "--json", "--db", str(db)))
    valmora = next(s for s in stories if "Valmora" in (s["title"] or ""))
    markdown = invoke("brief", valmora["id"], "--db", str(db))
    sources = markdown.split("## Sources", 1)[1]
    listed = len(re.findall(r"^\d+\. ", sources, flags=re.MULTILINE))
    # One of the listed articles is the Daily Post's copy of the Coastal Wire report.
    assert f"{listed} articles from {listed - 1} independent sources" in sources
    assert "syndicated, copy of [" in sources


def test_brief_prints_the_stored_briefing_of_a_storyline_or_event(
    ran: tuple[Path, Path, str], tmp_path: Path
) -> None:
    """Printing does not compose again (composing a big storyline is most of a build): what
    `build` stored is printed, also when an event id is given."""
    db = tmp_path / "copy.db"
    with Store(ran[0]) as source, Store(db) as target:
        source.conn.backup(target.conn)
    story = json.loads(invoke("stories", "--json", "--db", str(db)))[0]
    with Store(db) as store, store.write() as conn:
        conn.execute(
            "UPDATE briefings SET json = json_set(json, '$.title', 'Stored title')"
            " WHERE storyline_id = ?",
            (story["id"],),
        )
    assert invoke("brief", story["id"], "--db", str(db)).startswith("# Stored title")
    event = story["events"][0]["id"]
    assert invoke("brief", event, "--db", str(db)).startswith("# Stored title")


def test_search(ran: tuple[Path, Path, str]) -> None:
    db, _, _ = ran
    assert "microcystin" in invoke("search", "microcystin", "--db", str(db)).lower()
    assert "no matches" in invoke("search", "zeppelin", "--db", str(db))


def test_rerun_is_idempotent(ran: tuple[Path, Path, str], tmp_path: Path) -> None:
    db, _, _ = ran
    output = invoke("ingest", str(EXAMPLES), "--db", str(db))
    assert "0 new, 0 updated, 10 unchanged" in output
    before = invoke("stories", "--json", "--db", str(db))
    invoke("build", "--db", str(db))
    assert invoke("stories", "--json", "--db", str(db)) == before


def test_article_text_is_escaped_in_html(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.jsonl"
    text = (
        "<script>alert(1)</script> The council met on Monday to discuss the harbour. "
        '"><img src=x onerror=alert(2)> Members voted for the new budget after a long debate. '
        "The mayor posted <img/src=x onerror=alert(3)> on the council's page that evening."
    )
    hostile.write_text(json.dumps({"id": "h1", "title": "<b onmouseover=x>T</b>", "text": text}))
    db = tmp_path / "h.db"
    invoke("run", str(hostile), "--db", str(db), "--out", str(tmp_path / "o"))
    story = json.loads(invoke("stories", "--json", "--db", str(db)))[0]["id"]
    html = invoke("brief", story, "--format", "html", "--db", str(db))
    assert "<script>" not in html and "<img" not in html and "<b onmouseover" not in html
    # Tags in the text are taken off at cleaning (a script with its code); the title
    # keeps its markup as words, escaped.
    assert "alert(1)" not in html
    assert "&lt;b onmouseover=x&gt;" in html
    # what is no tag by HTML's rules stays in the text, and is escaped
    assert "<img/src" not in html and "&lt;img/src=x onerror=alert(3)&gt;" in html


def test_a_command_that_reads_a_store_needs_one_and_nothing_read_is_a_failure(
    tmp_path: Path,
) -> None:
    # (a probe's: a mistyped --db printed nothing and made an empty store; a mistyped path
    # was "rejected" with exit status 0)
    typo = tmp_path / "typo.db"
    for command in (["stories"], ["export"], ["search", "x"], ["build"], ["brief", "st-1"]):
        result = CliRunner().invoke(main, [*command, "--db", str(typo)])
        assert result.exit_code == 2 and "no store at" in result.output, command
    assert not typo.exists()
    missing = tmp_path / "nope.html"
    result = CliRunner().invoke(main, ["ingest", str(missing), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1 and "no such file" in result.output
    assert "0 articles read" in result.output


def test_the_progress_display_at_a_terminal_runs_no_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A thread makes the workers spawn (each loading the model again) instead of fork:
    # the display is drawn as it advances, never from a thread of its own.
    import io
    import threading

    from rich.console import Console

    from storyline import cli, workers

    terminal = io.StringIO()
    monkeypatch.setattr(cli, "console", Console(file=terminal, force_terminal=True))
    monkeypatch.setattr(cli, "REDRAW_EVERY", 0.0)
    threads = threading.active_count()
    with cli._progress() as progress:
        assert not progress.disable
        advance = cli._advancing(progress, progress.add_task("reading articles", total=3))
        for _ in range(3):
            advance()
        assert threading.active_count() == threads
        if threads == 1:
            assert workers.start_method() == "fork"
    assert "3/3" in terminal.getvalue()  # drawn, though by no thread
