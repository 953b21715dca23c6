"""Speakers a reader would give where a read of 13 briefings of rumour reports (FNC-1's
bodies, thirteenth session) found them wrong; each case written here, not copied."""

from __future__ import annotations

from storyline.model import Article
from storyline.read import read_articles
from tests.test_speakers_unseen import direct_speakers


def test_an_aside_about_the_subject_does_not_lend_it_its_he() -> None:
    found = direct_speakers(
        'A seriously unaware Mehta then turns and asks "Why?" Hale, who looks shocked once he '
        'realizes what may have happened, then calmly says: "Well, obviously Ravi is not quite '
        'ready for us."'
    )
    assert found["Well, obviously Ravi is not quite ready for us."] == "Hale"  # not Mehta


def test_a_name_does_not_run_across_a_line_break() -> None:
    found = direct_speakers(
        "More clips from live TV\nBrisk, who looks shocked, then says: "
        '"Let us turn to some other news tonight, everyone."'
    )
    assert found["Let us turn to some other news tonight, everyone."] == "Brisk"


def test_a_company_the_tagger_calls_a_person_is_no_he() -> None:
    text = (
        "“They have made an old man very happy,” Stan Bellamy told the radio station. "
        "Virgin Media is sending Bellamy a copy of the recording. "
        "“I have got a nice bottle of whisky with their name on it,” he told a newspaper."
    )
    found = direct_speakers(text)
    assert found["I have got a nice bottle of whisky with their name on it"] == "Stan Bellamy"


def test_a_nickname_the_tagger_cut_in_two_leaves_the_name() -> None:
    text = (
        'The band\'s members Mike "Wonder" Wright and Guy "Master Gee" O\'Brien were there. '
        "O'Brien said: \"It is so sad to hear of our brother's passing today.\""
    )
    (article,) = read_articles([Article(id="t", source="t", text=text)])
    names = {e.text for e in article.entities if e.label == "PERSON"}
    assert not any(name.count('"') % 2 for name in names), names  # 'Gee" O'Brien' is none
    quote = next(q for q in article.quotes if q.direct)
    assert quote.speaker == "O'Brien"
    for entity in article.entities:
        assert text[entity.start : entity.end] == entity.text


def test_a_user_of_a_named_site_is_who_speaks_not_the_site() -> None:
    found = direct_speakers(
        "The clip spread fast. Another Twitter user said: “The group has announced the "
        "death of its youngest fighter today.”"
    )
    assert found["The group has announced the death of its youngest fighter today."] == (
        "Another Twitter user"
    )
    found = direct_speakers(
        "“This is strictly a business decision,” a Tarsa Steel executive tells employees."
    )
    assert found["This is strictly a business decision"] == "a Tarsa Steel executive"


def test_a_description_is_a_he_or_she_whatever_its_last_word() -> None:
    # (the organisation rule is for names the tagger calls people, not for descriptions)
    found = direct_speakers(
        "A spokeswoman for the Foreign Ministry criticised the visit on Monday. The talks "
        'had stalled. "This visit was a provocation," she said.'
    )
    assert found["This visit was a provocation"] == "A spokeswoman for the Foreign Ministry"


def test_the_name_before_an_aside_speaks_only_when_it_opens_the_sentence() -> None:
    found = direct_speakers(
        "Coach Bill Hart defended Tom Ruiz, who he said had been treated unfairly, then "
        'added: "Tom is the best player I have ever coached."'
    )
    assert found["Tom is the best player I have ever coached."] == "Bill Hart"


def test_a_mention_ended_inside_a_nickname_is_the_name_before_it() -> None:
    text = 'Mike “Wonder Mike” Wright and Guy "Master Gee" O\'Brien spoke on stage.'
    (article,) = read_articles([Article(id="t", source="t", text=text)])
    for entity in article.entities:
        assert entity.text.count("“") == entity.text.count("”"), entity.text
        assert entity.text.count('"') % 2 == 0, entity.text
        assert text[entity.start : entity.end] == entity.text


def test_a_verb_before_the_name_before_an_aside_keeps_the_subject() -> None:
    found = direct_speakers(
        "Coach Bill Hart met Tom Ruiz, who he said had been treated unfairly, then added: "
        '"Tom is the best player I have ever coached."'
    )
    assert found["Tom is the best player I have ever coached."] == "Bill Hart"
