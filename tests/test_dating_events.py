"""An undated report is dated through its event's day only when that day rests on a
report's publication date, or when the report itself names the day's year
(pipeline ``_date_through_events``, read/dating.py ``date_from_event``)."""

from __future__ import annotations

from pathlib import Path

from storyline import pipeline
from storyline.store.db import Store

PROFILE = (
    "Obama and Xi: how the climate pact with China was made\n\n"
    "President Barack Obama and President Xi Jinping of China spent years on the climate "
    "pact between the United States and China, the two largest emitters of carbon.\n\n"
    "Aides of Mr. Obama and Mr. Xi met for months to settle the emissions targets of the "
    "climate pact.\n\n"
    "On Nov. 11, 2014, after a quiet stroll across a bridge in Beijing, Mr. Xi and Mr. Obama "
    "sealed the climate pact on emissions."
)
REPORT = (
    "Obama and Xi praise the climate pact between the United States and China\n\n"
    "On Tuesday, President Barack Obama and President Xi Jinping of China praised the climate "
    "pact on emissions between the United States and China, the two largest emitters of "
    "carbon.\n\n"
    "Aides of Mr. Obama and Mr. Xi said the emissions targets of the climate pact would hold."
)


def build(tmp_path: Path, profile: str) -> dict[str, tuple[str | None, object]]:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "profile.txt").write_text(profile)
    (folder / "report.txt").write_text(REPORT)
    with Store(tmp_path / "s.db") as store:
        pipeline.ingest(store, [folder])
        pipeline.build(store)
        articles = store.articles()
        assert len({a.event_id for a in articles}) == 1  # one event, as the test needs
        return {Path(a.source).stem: (a.event_date, a.published_range) for a in articles}


def test_a_day_only_an_undated_report_names_dates_no_other_report(tmp_path: Path) -> None:
    found = build(tmp_path, PROFILE)
    assert found["profile"][0] == "2014-11-11"
    # "On Tuesday" is not resolved to 2014-11-11: the report names no year.
    assert found["report"] == (None, None)


def test_a_day_that_rests_on_a_publication_date_dates_the_weekday(tmp_path: Path) -> None:
    found = build(tmp_path, PROFILE.replace("\n\n", "\n\nPublished: November 12, 2014\n\n", 1))
    assert found["profile"][0] == "2014-11-11"
    assert found["report"] == ("2014-11-11", ("2014-11-11", "2014-11-12"))
