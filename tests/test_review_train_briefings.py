"""Faults a reader found in briefings of PolNeAR's training articles (thirty-sixth
session), each on text written for the test."""

from __future__ import annotations

from storyline.people import names_an_organisation
from tests.test_speakers_unseen import direct_speakers


def test_a_news_organisation_the_tagger_calls_a_person_is_no_he() -> None:
    text = (
        "Sen. Walter Brandt said he would publish his tax returns this spring.\n\n"
        "Politico reported Saturday that a rival group was planning to call on the "
        "senator to release them before the caucuses.\n\n"
        "Last month, The Huffington Post’s Tom Vance asked Brandt whether his finances were "
        "fair game.\n\n"
        "“Of course they are. I have nothing to hide,” he said."
    )
    assert direct_speakers(text)["Of course they are. I have nothing to hide"] == "Walter Brandt"


def test_news_organisations_are_organisations_by_name() -> None:
    assert names_an_organisation("Politico")
    assert names_an_organisation("The Huffington Post")
    assert names_an_organisation("Xinhua")
    assert not names_an_organisation("Bloomberg")  # (also Michael Bloomberg)
    assert not names_an_organisation("Walter Brandt")


def test_the_one_asked_answers_unless_the_question_is_a_scene_in_anothers_account() -> None:
    answered = direct_speakers(
        "Ana Ruiz stood near the back of the hall.\n\n"
        "A voter asked Senator Tom Hale about the plant closing. "
        "“We will fight for every job,” he said."
    )
    assert answered["We will fight for every job"] == "Tom Hale"
    told = direct_speakers(
        "Ana Ruiz, a longtime friend, said the attacks hurt. What upset her most, she "
        "said, was a forum last week, when a young man asked Hale why voters distrusted "
        "him. “I was furious,” she said."
    )
    assert told["I was furious"] == "Ana Ruiz"
