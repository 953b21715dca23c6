"""`storyline eval dates`: an article's event date against the day TimeML's temporal links
give its lead's happening (TimeML written here, with invented reports)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storyline.cli import main
from storyline.eval.event_dates import load, score

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{name}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2026-03-13" temporalFunction="false" functionInDocument="CREATION_TIME">2026-03-13</TIMEX3></DCT>
<TEXT>
{body}
</TEXT>
{links}
</TimeML>
"""
# The ferry sank on Wednesday (linked to it), two days before the report.
SANK = (
    'The Corlen ferry <EVENT eid="e1" class="OCCURRENCE">sank</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="2026-03-11">Wednesday</TIMEX3> off the coast. '
    'Divers <EVENT eid="e2" class="OCCURRENCE">searched</EVENT> the wreck.'
)
SANK_LINKS = (
    '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>'
    '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>'
)
# A lead whose happening is linked to the report's own day, with a recalled day further on
# ("the previous flood ... on Monday" is background).
VOTED = (
    'The Corlen council <EVENT eid="e1" class="OCCURRENCE">voted</EVENT> to rebuild the pier. '
    "The previous flood there happened on "
    '<TIMEX3 tid="t1" type="DATE" value="2026-03-09">Monday</TIMEX3>.'
)
VOTED_LINKS = (
    '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>'
    '<TLINK lid="l1" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei1"/>'
)
# No link from the lead's events: not scored.
UNLINKED = 'Ferries <EVENT eid="e1" class="STATE">remain</EVENT> idle in Corlen.'


def _write(root: Path, name: str, body: str, links: str = "") -> None:
    (root / f"{name}.tml").write_text(TIMEML.format(name=name, body=body, links=links))


def test_the_gold_day_is_the_linked_day_of_the_leads_first_event(tmp_path: Path) -> None:
    _write(tmp_path, "sank", SANK, SANK_LINKS)
    _write(tmp_path, "voted", VOTED, VOTED_LINKS)
    _write(tmp_path, "idle", UNLINKED)
    gold = {d.name: d.gold for d in load(tmp_path)}
    assert gold == {"sank": "2026-03-11", "voted": "2026-03-13", "idle": None}
    scores = score(tmp_path)
    assert (scores["documents"], scores["with_gold_day"]) == (3, 2)
    # "sank Wednesday" dates the first; the recalled Monday does not date the second.
    assert (scores["right"], scores["earlier"], scores["later"]) == (2, 0, 0)
    # The timeline's day (the lead's, else the publication day) is scored beside it.
    timeline = scores["timeline"]
    assert (timeline["right"], timeline["earlier"], timeline["later"]) == (2, 0, 0)


def test_the_command_prints_the_scores(tmp_path: Path) -> None:
    _write(tmp_path, "sank", SANK, SANK_LINKS)
    result = CliRunner().invoke(main, ["eval", "dates", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["right"] == 1


def test_a_day_with_its_time_is_a_gold_day_and_a_document_counts_once(tmp_path: Path) -> None:
    for folder in ("TimeBank", "AQUAINT"):  # (one file stands in both of the release's)
        (tmp_path / folder).mkdir()
        _write(
            tmp_path / folder, "sank", SANK.replace('"2026-03-11"', '"2026-03-11TMO"'), SANK_LINKS
        )
    assert [(d.name, d.gold) for d in load(tmp_path)] == [("sank", "2026-03-11")]
