"""A page's own date line ("Posted: 08 / 02 / 2013 11: 10 am EDT") is its publication date
(extract/dates.py ``stated_date``, used by the cleaner)."""

from __future__ import annotations

import pytest

from storyline.extract import extract
from storyline.extract.dates import stated_date, tidy_figures
from storyline.model import Article, RawDocument


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # ECB+ dev 2_5ecbplus (HuffPost): spaces around the slashes and the colon.
        ("Posted: 08 / 02 / 2013 11: 10 am EDT", "2013-08-02"),
        ("Posted: 08/02/2013 11:10 am EDT", "2013-08-02"),
        ("Posted on Thu Jun 13, 2013 08: 45 AM PDT", "2013-06-13"),
        ("Posted at 3: 21 PM ET, 01 / 5 / 2011", "2011-01-05"),
        ("Posted on: 3: 35 pm, December 23, 2012", "2012-12-23"),
        ("Posted August 2nd, 2013 at 5: 19 pm", "2013-08-02"),
        ("Published: 09 Sep 2013 11: 25 GMT+02: 00", "2013-09-09"),
        ("PUBLISHED: 22: 07 GMT, 7 July 2012", "2012-07-07"),
        # The date the page was posted, not the one it was last updated.
        ("Posted: Nov 27, 2005 8: 20 AM ET Last Updated: Nov 28, 2005 8: 10 PM ET", "2005-11-27"),
        (
            "First Posted: 10 / 25 / 11 06: 44 PM ET Updated: 12 / 25 / 11 05: 12 AM ET",
            "2011-10-25",
        ),
        ("Published: March 3, 2026", "2026-03-03"),
    ],
)
def test_a_posted_or_published_line_states_the_pages_date(line: str, day: str) -> None:
    assert stated_date(line) == day


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Jane Doe",
        "Posted in 2013",  # no day
        "Posted on Friday",  # no year
        "Posted on Facebook on Monday, March 4, 2013, the message was shared by thousands "
        "of people across the country within hours.",  # a sentence, not a date line
        "Officials posted the notice on March 4, 2013.",
    ],
)
def test_other_lines_state_no_date(line: str) -> None:
    assert stated_date(line) is None


def test_figures_split_by_spaces_are_joined() -> None:
    assert tidy_figures("08 / 02 / 2013 11: 10 am") == "08/02/2013 11:10 am"
    assert tidy_figures("a 3 : 1 vote, 2 / 3 of them") == "a 3:1 vote, 2/3 of them"


def test_an_ingested_text_takes_its_posted_line_as_its_date() -> None:
    body = (
        "Ellen DeGeneres Set As Oscars Host For 2014 Academy Awards\n\n"
        "Posted: 08 / 02 / 2013 11: 10 am EDT\n\n"
        "Ellen DeGeneres will host the Oscars. The comedian made the announcement on Friday."
    )
    article = extract(RawDocument(source="a.txt", kind="text", body=body))
    assert isinstance(article, Article)
    assert article.published == "2013-08-02"
    assert article.published_source == "text"
    assert "Posted" not in article.text


def test_an_archives_publication_date_is_kept_a_systems_placeholder_is_not() -> None:
    # (extract-34: TimeBank's 1989 Wall Street Journal reports lost their stated day to a
    # window that began in 1990, and their briefings could not order them)
    from storyline.extract.dates import iso_date

    assert iso_date("1989-11-02") == "1989-11-02"
    assert iso_date("Nov. 2, 1989") == "1989-11-02"
    assert iso_date("1851-09-18") == "1851-09-18"  # the New York Times' first issue
    for placeholder in ("1970-01-01T00:00:00Z", "1969-12-31", "1900-01-01", "1899-12-30"):
        assert iso_date(placeholder) is None, placeholder
    assert iso_date("0001-01-01") is None
    assert iso_date("2999-01-01") is None
    wsj = RawDocument(
        source="wsj.jsonl",
        kind="text",
        body=(
            "Norwood Partners Limited Partnership of Boston said it may make a tender offer "
            "for some or all of the units of the partnership, it said Friday. The partnership "
            "holds stakes in four shopping centres in the region."
        ),
        published="1989-10-30",
    )
    article = extract(wsj)
    assert isinstance(article, Article) and article.published == "1989-10-30"
