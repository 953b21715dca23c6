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
    exchange = "Transcript:\n\nWALLACE: Will she be there?\n\nPENCE: No, she will not."
    turns = transcript_turns(exchange, ["WALLACE", "Mike Pence"])
    assert [t.speaker for t in turns] == ["Wallace", "Mike Pence"]


def test_a_list_of_where_each_stands_is_no_transcript() -> None:
    # (a review: the reporter's summary under each name, neither in marks nor said to be
    # a transcript)
    text = (
        "Where they stand on trade:\n\nCLINTON: Opposes the Trans-Pacific Partnership.\n\n"
        "TRUMP: Would renegotiate NAFTA."
    )
    assert transcript_turns(text, ["Hillary Clinton", "Donald Trump"]) == []
    assert transcript_turns("Transcript:\n\nSMITH: Yes.\n\nSMITH: No.", ["John Smith"]) == []


def test_a_label_is_read_by_its_given_name_and_a_shared_surname_alone_is_nobody() -> None:
    people = ["Bill Clinton", "Hillary Clinton", "Donald Trump"]
    text = "Transcript:\n\nHILLARY CLINTON: We will win.\n\nTRUMP: No.\n\nCLINTON: Yes."
    assert [t.speaker for t in transcript_turns(text, people)] == [
        "Hillary Clinton",
        "Donald Trump",
    ]


def test_a_reporters_own_quotation_after_a_turn_ends_it() -> None:
    text = TRANSCRIPT + "\n\n“We're done with that,” Piet Dorn said later on Monday."
    turns = transcript_turns(text, PEOPLE)
    assert not any("done with that" in t.text for t in turns)


def test_marks_around_a_turns_words_go_and_marks_left_open_inside_leave_it() -> None:
    text = (
        "Transcript:\n\nDORN: “Our jobs are fleeing the country.”\n\n"
        "SELS: She said, “I regret it.\n\nSELS: Why?\n\nDORN: Fine."
    )
    turns = transcript_turns(text, PEOPLE)
    assert [(t.speaker, t.text) for t in turns] == [
        ("Piet Dorn", "Our jobs are fleeing the country."),
        ("Ann Sels", "Why?"),
        ("Piet Dorn", "Fine."),
    ]


def test_a_turn_takes_the_place_of_its_own_speakers_quotations_inside_it() -> None:
    turns = transcript_turns(TRANSCRIPT, PEOPLE)
    assert outside_turns([], turns) == turns
    assert outside_turns(turns[:1], []) == turns[:1]


def test_a_host_s_question_in_a_transcript_is_not_told_as_narration() -> None:
    found = direct_speakers(TRANSCRIPT)
    assert found["Zelora will not be attending the festival."] == "Piet Dorn"
    assert found["I want to ask you, will Zelora be there?"] == "Ann Sels"


def test_a_turn_ending_in_a_quotation_of_its_own_keeps_it() -> None:
    # (a second review: the closing mark of "She said, “…”" was taken for the paragraph's)
    text = 'Transcript:\n\nSELS: She said, “I regret it.”\n\nDORN: No. "It is not so," he said.'
    turns = transcript_turns(text, PEOPLE)
    assert [(t.speaker, t.text) for t in turns] == [
        ("Ann Sels", "She said, “I regret it.”"),
        ("Piet Dorn", 'No. "It is not so," he said.'),
    ]


def test_one_person_tagged_twice_is_one_person() -> None:
    text = "Transcript:\n\nSEN. JOHN SMITH: Yes.\n\nJONES: No.\n\nMR. SMITH: Fine."
    turns = transcript_turns(text, ["John Smith", "JOHN SMITH", "Ann Jones"])
    assert [t.speaker for t in turns] == ["John Smith", "Ann Jones", "John Smith"]


def test_transcripts_named_far_from_the_turns_make_no_transcript() -> None:
    text = (
        "She refused to release transcripts of her speeches to the banks. "
        + "The campaign went on through the autumn, state by state, rally by rally. " * 4
        + "\n\nCLINTON: Opposes the Trans-Pacific Partnership.\n\nTRUMP: Would renegotiate NAFTA."
    )
    assert transcript_turns(text, ["Hillary Clinton", "Donald Trump"]) == []
