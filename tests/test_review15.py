"""Wrong speakers and names left from the fourteenth session's editor read of rumour
briefings, fixed in the fifteenth; each a case of our own."""

from __future__ import annotations

from tests.test_speakers_unseen import direct_speakers


def test_a_note_from_someone_that_reads_is_the_writers_words() -> None:
    found = direct_speakers(
        "Inside the envelope, his mother found Bank of America documents and a handwritten "
        "note from her son that read, “Your house is paid off. Merry Xmas.” She cried.\n\n"
        "The council received a letter from Mayor John Smith which said, “We will rebuild "
        "the bridge this year.”"
    )
    assert found["Your house is paid off. Merry Xmas."] == "her son"
    assert found["We will rebuild the bridge this year."] == "John Smith"


def test_a_full_name_with_a_known_first_name_is_a_person_whatever_its_tag() -> None:
    # (the small model tags "Nicola Dawson" an organisation here; her "she said" went to
    # the woman quoted before her)
    found = direct_speakers(
        "Gemma Prosser, 19, who saw the attack, said: ‘At first we just thought it was a bit "
        "weird.’\n\nBut Nicola Dawson, 48, a dental receptionist, from nearby Kendal, said that "
        "she would not be frightened to retaliate.\n\n‘I have come here shopping on my day off "
        "and actually have a cold’, she said."
    )
    assert found["I have come here shopping on my day off and actually have a cold"] == (
        "Nicola Dawson"
    )


def test_a_sections_label_a_contraction_or_a_sentence_adverb_is_no_one() -> None:
    from storyline.people import can_speak

    # (a new user's Readability news pages: "Analysis: Jon Sopel, BBC News", "Gallery:
    # Xbox One X | 14 Photos", "It's betting that gamers ...", "Basically, don't expect")
    for word in ("Analysis", "Gallery", "It's", "It’s", "That's", "Basically", "Clearly"):
        assert not can_speak(word), word
    # names and the first words of real sources stay ("Video of the incident shows")
    for word in ("Kelly", "Emily", "Video", "Few", "Holly Reilly"):
        assert can_speak(word), word


def test_a_man_of_a_name_given_to_either_takes_no_she() -> None:
    # (the second review's: with Kim among names of either sex, "Kim Jong Un" took it)
    found = direct_speakers(
        "Ambassador Sarah Sanders spoke to reporters on Tuesday. Kim Jong Un had fired "
        "another missile hours earlier.\n\n“This cannot go on,” she said."
    )
    assert found["This cannot go on"] == "Sarah Sanders"


def test_an_organisation_named_like_a_person_takes_no_she() -> None:
    # (the review's: "Georgia Power", "Howard University" and "Martin Marietta" open with a
    # first name; only a name described as a person right after it is one)
    found = direct_speakers(
        "Maria Lopez, 52, lives in Atlanta. Last week Georgia Power cut off her electricity "
        "without notice.\n\n“I had no warning at all,” she said."
    )
    assert found["I had no warning at all"] == "Maria Lopez"
    found = direct_speakers(
        "Maria Lopez said the bill was wrong. Georgia Power, a subsidiary of Southern Co., "
        "said the meter had been misread.\n\n“I had no warning at all,” she said."
    )
    assert found["I had no warning at all"] == "Maria Lopez"
