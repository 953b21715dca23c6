"""Problems a review of the fourteenth session's change found, each reproduced first and
written here as a case of our own."""

from __future__ import annotations

import numpy as np

from storyline.brief.compose import _not_a_statement
from storyline.brief.titles import title_of
from storyline.compare.overlaps import _order
from storyline.model import Article
from storyline.read.blocks import quoted_blocks
from storyline.read.sentences import split_sentences
from tests.test_speakers_unseen import direct_speakers


def test_where_he_said_after_an_event_of_someone_is_the_subjects() -> None:
    found = direct_speakers(
        "Mayor Ana Ruiz spoke at the funeral of Tom Reyes, where he said: “Justice grows out "
        "of the recognition of ourselves in each other.”\n\nGovernor Lee Park traveled to "
        "Holt for the memorial of Carl Dunn, where he said: “We will rebuild this town.”"
    )
    assert found["We will rebuild this town."] == "Lee Park"


def test_a_dash_line_that_is_a_bullet_or_a_credit_names_no_one() -> None:
    found = direct_speakers(
        "Mayor Tom Smith said he would appeal on Monday. “We will fight this all the way to "
        "the top.”\n--Reporting by Jane Doe; Editing by Bill Roe"
    )
    assert found["We will fight this all the way to the top."] != "Reporting"
    found = direct_speakers(
        "Highlights of the plan:\n--Governor Jerry Brown said the deal was “a good one for "
        "California.”\n--The Senate will vote on Tuesday."
    )
    assert found["a good one for California."] == "Jerry Brown"


def test_a_person_described_by_what_they_do_for_a_thing_is_still_he_or_she() -> None:
    found = direct_speakers(
        "Jimmy Kell, the show's host, laughed at the question. “It was a joke,” he said."
    )
    assert found["It was a joke"] == "Jimmy Kell"


def test_initials_of_a_body_or_a_state_end_a_statement() -> None:
    for text, initials in (
        ("The case was referred to the F.B.I. Agents met on Monday.", "F.B.I."),
        ("The company moved its offices to Trenton, N.J. Its shares rose.", "N.J."),
    ):
        end = text.index(initials) + len(initials)
        article = Article(id="t", source="t", text=text)
        article.sentences = split_sentences(text)
        assert not _not_a_statement(article, 0, end), text


def test_a_hard_wrapped_reproduced_paragraph_is_quoted_whole() -> None:
    text = (
        "The mayor wrote a post on Friday.\n\nHere's how her post starts:\n\n"
        "The bridge will close on Monday for repairs.\nIt will reopen in May.\n\n"
        "The council said no decision had been made."
    )
    [(start, end)] = quoted_blocks(text)
    assert text[start:end] == (
        "The bridge will close on Monday for repairs.\nIt will reopen in May."
    )


def test_a_title_keeps_the_stop_of_an_abbreviation() -> None:
    assert title_of("Prices rose sharply in the U.S.") == "Prices rose sharply in the U.S."
    assert title_of("The fire started at 2 a.m.") == "The fire started at 2 a.m."
    assert title_of("The fire started on Monday.") == "The fire started on Monday"


def test_the_packed_order_is_the_lexsort_order_for_narrow_wide_ranging_keys() -> None:
    rng = np.random.default_rng(7)
    for dtype in (np.int8, np.int16, np.int32, np.int64):
        info = np.iinfo(dtype)
        keys = [rng.integers(info.min, info.max, 50, dtype=dtype, endpoint=True) for _ in range(2)]
        assert (_order(*keys) == np.lexsort(keys[::-1])).all(), dtype


def test_a_handle_ending_in_ed_is_a_users_name() -> None:
    found = direct_speakers(
        "Instagram user teddy.reed posted a photo of the car with the caption, “How often do "
        "you get to paint a sports car like this one?”"
    )
    assert found["How often do you get to paint a sports car like this one?"] in {
        "Instagram user teddy.reed",
        "teddy.reed",
    }
