"""Interview transcripts: each turn ("WALLACE: ...", "PENCE: ...") is its speaker's words,
not the report's narration."""

from __future__ import annotations

from storyline.read.transcripts import outside_turns, transcript_turns
from tests.test_speakers_unseen import direct_speakers

TRANSCRIPT = (
    "On Sunday's broadcast, Governor Piet Dorn told the host, Ann Sels, that the tweet was "
    "only a joke.\n\n"
    "Partial transcript as follows:\n\n"
    '"SELS: Let us start with the news. The mayor invited Zelora, and she has accepted. '
    "Will she be there?\n\n"
    '"DORN: Well, look, this is serious business.\n\n'
    '"(CROSSTALK.)\n\n'
    '"But the truth is that the mayor speaks plainly.\n\n'
    '"SELS: I want to ask you, will Zelora be there?\n\n'
    '"DORN: Zelora will not be attending the festival.\n\n'
    '"Follow Ann Sels on Twitter @annsels."'
)
PEOPLE = ["Piet Dorn", "Ann Sels", "Zelora"]


def test_each_turn_is_its_speakers_words() -> None:
    turns = transcript_turns(TRANSCRIPT, PEOPLE)
    said = [(t.speaker, t.speaker_mention, t.text) for t in turns]
    assert said == [
        (
            "Ann Sels",
            "SELS",
            "Let us start with the news. The mayor invited Zelora, and she has accepted. "
            "Will she be there?",
        ),
        ("Piet Dorn", "DORN", "Well, look, this is serious business."),
        # a stage direction leaves the turn going; its next paragraph is still Dorn's
        ("Piet Dorn", "DORN", "But the truth is that the mayor speaks plainly."),
        ("Ann Sels", "SELS", "I want to ask you, will Zelora be there?"),
        ("Piet Dorn", "DORN", "Zelora will not be attending the festival."),
    ]  # (the reporter's sign-off with a handle is no one's turn)
    for turn in turns:
        assert TRANSCRIPT[turn.start : turn.end] == turn.text
        assert TRANSCRIPT[turn.speaker_start : turn.speaker_end] == turn.speaker_mention


def test_a_label_that_names_no_one_in_the_report_is_no_turn() -> None:
    text = "UPDATE: The festival was cancelled.\n\nVIDEO: Watch the mayor speak.\n\n"
    assert transcript_turns(text, PEOPLE) == []
    assert transcript_turns("WALLACE: Will she be there?", ["WALLACE"])[0].speaker == "Wallace"


def test_a_turn_takes_the_place_of_its_own_speakers_quotations_inside_it() -> None:
    turns = transcript_turns(TRANSCRIPT, PEOPLE)
    assert outside_turns([], turns) == turns
    assert outside_turns(turns[:1], []) == turns[:1]


def test_a_host_s_question_in_a_transcript_is_not_told_as_narration() -> None:
    found = direct_speakers(TRANSCRIPT)
    assert found["Zelora will not be attending the festival."] == "Piet Dorn"
    assert found["I want to ask you, will Zelora be there?"] == "Ann Sels"
