"""When words were said, as their report tells it (``brief/said_when.py``)."""

from __future__ import annotations

import pytest

from storyline.brief.said_when import said_day
from storyline.model import Article
from storyline.read import read_articles


def _read(text: str, published: str = "2016-04-20") -> Article:
    [article] = read_articles(
        [Article(id="a", source="a", text=text, published=published)], parallel=False
    )
    return article


def _day_of(article: Article, words: str) -> str | None:
    at = article.text.index(words)
    return said_day(article, at, at + len(words))


def test_the_day_the_sentence_gives_outside_the_words() -> None:
    # (a reader's check of April 2016 campaign news: these had been dated by their report)
    article = _read(
        "Google changed how it hires.\n\n“We looked at tens of thousands of interviews,” "
        "Google's chief human resources executive, Laszlo Bock, told The New York Times in "
        "2013."
    )
    assert _day_of(article, "We looked at tens of thousands") == "2013"
    article = _read(
        "Donald Trump did not seem to care about policy.\n\n“This is a political thing,” he told Bloomberg News in "
        "October. Specifically, he thought that “Yellen is keeping rates too low, too long” "
        "to help President Obama."
    )
    # (the same speaker's words just before give the day of the words that go on)
    assert _day_of(article, "Yellen is keeping rates") == "2015-10"


def test_a_day_the_words_tell_or_an_aside_gives_is_no_day_of_saying() -> None:
    article = _read("The mayor said on Monday that the vote will be held on Friday.")
    # (the Monday of saying, not the Friday the mayor told of)
    assert _day_of(article, "the vote will be held") == "2016-04-18"
    article = _read(
        "Smith, who retired in 2009, said “the plant should never have closed.”\n\nThe town agreed."
    )
    assert _day_of(article, "the plant should never have closed") is None
    article = _read(
        "McConnell spoke to Clinton.\n\nDerek Mitchell, who served as U.S. ambassador to "
        "Burma from 2012 until earlier this year, said Clinton reached out to McConnell."
    )
    assert _day_of(article, "Clinton reached out") is None
    article = _read(
        "McConnell spoke to Clinton.\n\nErin Murphy, a former Clinton aide who accompanied "
        "her to Burma in 2011, said McConnell's trip was perhaps more important."
    )
    assert _day_of(article, "McConnell's trip was") is None
    article = _read("“We will win in November,” the senator said.")
    assert _day_of(article, "We will win in November") is None


def test_the_speakers_words_just_before_and_no_one_elses() -> None:
    told = (
        "Foreign Secretary Claudia Ruiz Massieu told El Universal newspaper on Tuesday that "
        "the government must “reevaluate our performance.”\n\n“We see an exacerbated mood "
        "against our countrymen,” she added."
    )
    article = _read(told, "2016-04-07")
    assert _day_of(article, "We see an exacerbated mood") == "2016-04-05"
    between = told.replace(
        "\n\n“We see",
        "\n\n“It is a mistake,” said Arturo Sarukhan, a former ambassador.\n\n“We see",
    )
    article = _read(between, "2016-04-07")
    assert _day_of(article, "We see an exacerbated mood") is None


def test_the_date_of_the_writing_that_holds_the_words() -> None:
    # (a reader's check of May 2016 campaign news: a 2012 cable and a 2012 email had
    # been shown as said on their 2016 report's day)
    article = _read(
        "The documents were released on Monday.\n\nIn the July 9, 2012, cable, Stevens "
        "reported, “Overall security conditions continue to be unpredictable.”",
        "2016-05-02",
    )
    assert _day_of(article, "Overall security conditions") == "2012-07-09"
    # (a date naming what is told of is still no day of saying)
    article = _read(
        "Voters went to the polls.\n\n“It was a fair count,” the mayor said of the Tuesday vote.",
        "2016-05-06",
    )
    assert _day_of(article, "It was a fair count") is None


def test_words_said_at_another_time_than_those_before_go_back_no_further() -> None:
    # ("“Who do they think they are?” Trump said of Apple in February ... More recently,
    # Trump pledged to make Apple “build their damn computers ...”": not February's)
    article = _read(
        "Donald Trump invested in Apple.\n\n“Who do they think they are?” Trump said of "
        "Apple in February. More recently, Trump pledged to make Apple “build their damn "
        "computers and things in this country.”",
        "2016-05-18",
    )
    assert _day_of(article, "Who do they think") == "2016-02"
    assert _day_of(article, "build their damn computers") is None


OPENING = "The debate went on.\n\n"


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        # what the words are about, or an apposition after the speaker: no day of saying
        ("“I regret it deeply,” Clinton said of her vote in 2002 for the war.", "I regret", None),
        ("“I regret it deeply,” Clinton said about the vote she cast in 2002.", "I regret", None),
        ("“We lost everything,” said Jones, a worker laid off in 2009.", "We lost", None),
        (
            "Smith, elected to the Senate in 2008, said “the plant must stay open.”",
            "the plant",
            None,
        ),
        ("“It was ignored,” Rep. Mike Pompeo said of the July 9, 2012, cable.", "It was", None),
        ("“It was war,” the senators said of the attack on Sept. 11, 2012.", "It was war", None),
        # a "will" inside the words announces nothing about the day after them
        ("“We will appeal the ruling,” Smith said Monday.", "We will appeal", "2016-05-02"),
        (
            "“I am going to keep fighting,” Sanders told reporters on Tuesday.",
            "I am going",
            "2016-05-03",
        ),
        ("“He would make a great president,” Christie said in February.", "He would", "2016-02"),
        # words after a time shift, or a new act of saying, take no earlier day
        (
            "“Who do they think they are?” Trump said of Apple in February. More recently, "
            "Trump pledged to make Apple “build their computers here.” “It will happen, "
            "believe me,” he added.",
            "It will happen",
            None,
        ),
        (
            "Laszlo Bock told The New York Times in 2013 that brainteasers were “a complete "
            "waste of time.”\n\n“We still believe that, and our data backs it up,” Bock said "
            "in an email to this newspaper.",
            "We still believe",
            None,
        ),
    ],
)
def test_days_of_saying_a_review_found_wrong(text: str, words: str, day: str | None) -> None:
    # (a review of brief-103 and brief-106 found each of these dated wrongly)
    assert _day_of(_read(OPENING + text, "2016-05-04"), words) == day
