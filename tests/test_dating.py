"""Dating undated articles from their own text and from their event (read/dating.py).

The texts are written for these tests; the seed acceptance lives in test_seeds.py.
"""

from __future__ import annotations

from datetime import date

from storyline.model import Article
from storyline.read import date_from_text, date_through_event
from storyline.read.dating import DateRange, bare_weekdays, event_day, infer_range, lead_day
from storyline.read.sentences import split_sentences
from storyline.read.timex import find_times

MINISTER = (
    "The minister said Thursday that talks with the union would go on. "
    "Cooperation has continued since the new cabinet was sworn in on March 4. "
    "Officials have met four times in the past two weeks, she added. "
    "The union's leader spoke on Tuesday. The minister had called the strike unlawful "
    "last Friday."
)


def infer(text: str, date_lines: list[str] | None = None) -> DateRange | None:
    times = find_times(text, None)
    return infer_range(text, split_sentences(text), times, date_lines or [], weekday_lag=1)


def article(text: str, date_lines: list[str] | None = None) -> Article:
    found = Article(id="a", source="a.txt", text=text)
    found.sentences = split_sentences(text)
    found.times = find_times(text, None)  # as the read stage finds them before dating
    if date_lines:
        found.date_lines = date_lines
    return found


def test_elapsed_time_since_a_dated_start_and_the_weekdays_date_the_article() -> None:
    # March 4, 2025 + two weeks = Tuesday March 18; the first day on which both Thursday
    # and Tuesday have happened since then is Thursday March 20.
    found = infer(MINISTER, ["Saturday, June 14, 2025"])
    assert found == DateRange(date(2025, 3, 20), date(2025, 3, 21))


def test_a_date_line_the_text_contradicts_is_not_the_publication_date() -> None:
    item = article(MINISTER, ["Saturday, June 14, 2025"])
    date_from_text(item)
    assert item.published is None
    assert item.published_range == ("2025-03-20", "2025-03-21")
    assert item.published_source == "inferred"


def test_a_date_line_inside_the_inferred_range_is_the_publication_date() -> None:
    item = article(MINISTER, ["Friday, March 21, 2025"])
    date_from_text(item)
    assert item.published == "2025-03-21"
    assert item.published_source == "text"


def test_a_date_line_before_the_inferred_start_gives_nothing() -> None:
    # Seen on March 10, the page cannot be about March 20: no range rather than a wrong one.
    assert infer(MINISTER, ["March 10, 2025"]) is None


def test_no_year_anywhere_leaves_the_article_undated() -> None:
    # "March 4" without a year and without a date line has no anchor.
    assert infer(MINISTER) is None


def test_a_start_with_its_own_year_needs_no_date_line() -> None:
    text = (
        "The port has been closed since October 7, 2024. Ships have waited for more than "
        "ten days at anchor."
    )
    assert infer(text) == DateRange(date(2024, 10, 17), date(2024, 10, 23))


def test_weekdays_alone_do_not_date_an_article() -> None:
    assert infer("The mayor said Wednesday that the bridge would reopen.") is None


def test_bare_weekdays_exclude_last_and_next() -> None:
    times = find_times("He spoke on Tuesday, after last Friday's vote, before next Monday.", None)
    assert bare_weekdays(times) == {1}


def test_an_undated_article_takes_its_events_day_when_it_names_that_weekday() -> None:
    item = article(
        "Relations have been strained throughout 2024. On Wednesday, the ambassador called "
        "the policy a failure. Back in July he was calmer."
    )
    assert date_through_event(item, "2024-11-13") is True  # a Wednesday
    assert item.published_range == ("2024-11-13", "2024-11-14")
    values = {t.text: t.value for t in item.times}
    assert values["Wednesday"] == "2024-11-13"
    assert values["July"] == "2024-07"


def test_an_article_that_does_not_name_the_events_weekday_stays_undated() -> None:
    item = article("The government rejected the idea outright at a press conference.")
    assert date_through_event(item, "2024-11-13") is False
    assert item.published_range is None
    other = article("On Friday, the ambassador spoke.")
    assert date_through_event(other, "2024-11-13") is False  # a Wednesday, not a Friday


def test_an_event_day_no_report_published_needs_the_article_to_name_its_year() -> None:
    # PolNeAR dev: a 2016 story's event was dated only by a day one undated report recalled
    # ("On Nov. 11, 2014, ..."); a report of it that names a Tuesday but says nothing of
    # 2014 is not dated 2014-11-11 ("Tuesday (2014-11-11)" in the briefing).
    silent = article("On Tuesday, the senator again attacked the climate plan.")
    assert date_through_event(silent, "2014-11-11", published=False) is False
    assert silent.published_range is None
    assert {t.value for t in silent.times} == {None}
    # "the 2014 climate deal" names a thing, not the year the report stands in.
    thing = article("On Tuesday, the two leaders praised the 2014 climate deal.")
    assert date_through_event(thing, "2014-11-11", published=False) is False
    agreeing = article(
        "Talks went on all through 2014. On Tuesday, the two leaders sealed the climate deal, "
        "to cut emissions by 2030."
    )
    assert date_through_event(agreeing, "2014-11-11", published=False) is True
    assert agreeing.published_range == ("2014-11-11", "2014-11-12")
    # An event day that rests on a report's publication date needs only the weekday.
    assert date_through_event(article("On Tuesday, the senator spoke."), "2014-11-11") is True


def test_an_article_that_names_a_later_time_is_not_dated_by_its_event() -> None:
    later = article("On Tuesday, the senator attacked the plan. Since 2014 and in 2016 it grew.")
    assert date_through_event(later, "2014-11-11") is False
    # A time it announces ("by 2030") is no later happening.
    plan = article("On Tuesday, the leaders agreed to cut emissions by 2030.")
    assert date_through_event(plan, "2014-11-11") is True


def test_a_dated_article_is_not_redated_by_its_event() -> None:
    item = article("On Wednesday, the ambassador spoke.")
    item.published = "2024-11-20"
    item.times = find_times(item.text, item.published)
    assert date_through_event(item, "2024-11-13") is False
    assert item.published_range is None


def dated(text: str, published: str | None) -> str | None:
    from storyline.read import read_articles

    (found,) = read_articles([Article(id="e", source="e", text=text, published=published)])
    return found.event_date


QUAKE = (
    "A magnitude 6.1 earthquake struck Aceh province on July 2, 2013, killing at least 22 "
    "people, officials said.\n\n"
    "Rescuers searched collapsed houses through the night.\n\n"
    "The previous strong quakes there occurred on Oct. 15, 2002, when hundreds died."
)


def test_an_undated_report_takes_the_day_of_its_lead_not_a_recalled_one() -> None:
    assert dated(QUAKE, None) == "2013-07-02"


def test_a_recalled_day_alone_never_dates_the_event() -> None:
    text = (
        "Rescuers searched collapsed houses in Aceh through the night.\n\n"
        "The latest deadly quakes there occurred on Oct. 15, 2002."
    )
    assert dated(text, None) is None
    assert dated(text, "2013-07-03") == "2013-07-03"


def test_a_period_that_ended_years_before_the_report_is_background() -> None:
    text = (
        "The retailer agreed on Monday to buy its rival for $2 billion.\n\n"
        "Net revenue for the four fiscal quarters ended July 31, 2007 was $4.1 billion."
    )
    assert dated(text, "2012-03-07") == "2012-03-05"
    undated = text.replace("on Monday ", "")
    assert dated(undated, None) is None


def test_last_years_day_and_a_day_much_earlier_than_the_others_are_background() -> None:
    text = (
        "Floodwaters rose again along the river on May 6, 2014.\n\n"
        "Last year's flood on June 3 drove thousands from their homes."
    )
    assert dated(text, None) == "2014-05-06"
    # Without a publication date, a day years before another the text names is never the
    # event's; two days neither recalled leave it unknown (its reports date the event).
    assert (
        dated("The new levee held on May 6, 2014; the old one broke on March 1, 1990.", None)
        is None
    )
    assert dated("A levee built on March 1, 1990 held.\n\nIt held on May 6, 2014.", None) is None


def test_a_birth_or_founding_date_is_biography_not_the_event() -> None:
    text = (
        "Lena Marsh, the pin-up model of the 1950s, died on Thursday in Los Angeles.\n\n"
        "Marsh was born on April 22, 1923, in Nashville."
    )
    assert dated(text, None) is None
    assert dated(text, "2008-12-12") == "2008-12-11"
    founded = "The bank, founded on May 3, 1871, collapsed on Monday."
    assert dated(founded, None) is None


def test_an_undated_obituary_dates_no_event_by_the_life_it_tells() -> None:
    text = (
        "Hale, the source behind the scandal, died on Thursday.\n\n"
        "Hale was born on Aug. 17, 1913.\n\n"
        "On July 1, 1971, the director promoted Hale to deputy."
    )
    assert dated(text, None) is None


def test_a_happening_the_report_announces_is_not_the_events_day() -> None:
    # ECB+ 2_1ecbplus: the announcement of the Oscars host was dated by the ceremony.
    text = (
        "Ellen DeGeneres will host the Oscars, the academy said on Friday.\n\n"
        "The Academy Awards will be broadcast live on Oscar Sunday, March 2, 2014, on ABC."
    )
    assert dated(text, None) is None
    assert dated(text, "2013-08-02") == "2013-08-02"
    scheduled = (
        "Elections that are scheduled for December 15, 2013 will be held on a two-party "
        "basis, the commission said."
    )
    assert dated(scheduled, None) is None
    # Inside a publication range the coming day is not taken either.
    hearing = "A plea hearing will be held on Aug. 7, the court said."
    assert (
        event_day(
            hearing,
            split_sentences(hearing),
            find_times(hearing, None),
            ("2013-08-01", "2013-08-09"),
        )
        is None
    )


def test_a_day_that_bounds_a_period_or_names_a_thing_is_background() -> None:
    for text in (
        "Super PACs that have raised $1 million or more since Jan. 1, 2015, outpace the rest.",
        "The company will convert its debentures due March 1, 2011 into shares.",
        "The Aug. 7, 1998, bombings killed more than 200 people, the prosecutor said.",
        "Hillary failed to mention the Sept. 11, 2012 terror attack in her speech.",
        # the end of a reporting period (a BBC business briefing's only date, wrong)
        "British Airways made a profit of 75m pounds in the three months to 31 December 2004.",
        "Profits rose 8% in the quarter ended Sept. 30, 2004, the bank said.",
    ):
        assert dated(text, None) is None, text
    # The same day said as when something happened still dates it.
    assert dated("Terrorists attacked the compound on Sept. 11, 2012.", None) == "2012-09-11"


def test_an_undated_text_that_names_a_much_later_year_has_a_recalled_day() -> None:
    text = "On March 2, 2015, the senator said the system was rigged.\n\nIn 2016 he ran again."
    assert dated(text, None) is None
    # A year announced ("by 2030") is no later happening.
    plan = "The two leaders sealed the climate deal on Nov. 11, 2014, to cut emissions by 2030."
    assert dated(plan, None) == "2014-11-11"


def test_a_plan_in_the_headline_makes_no_coming_weekday_below_it() -> None:
    # Read on MEANTIME briefings: "Fiat announced on Friday" in a Sunday report came out
    # as the Friday after it, because the headline above said "plans to".
    text = (
        "Velmor plans to buy a stake in Arden Motors\n\n"
        "Velmor announced on Friday that it intends to buy the stake."
    )
    found = {t.text: t.value for t in find_times(text, "2011-05-29")}
    assert found["Friday"] == "2011-05-27"
    assert {t.text: t.value for t in find_times("Velmor will meet on Friday.", "2011-05-29")}[
        "Friday"
    ] == "2011-06-03"


def test_a_state_that_lasts_until_a_weekday_told_as_now_lasts_to_the_coming_one() -> None:
    # (read-135: MEANTIME's Russian markets "closed until Friday", a Thursday report, had
    # been dated the Friday gone)
    def friday(text: str) -> str | None:
        return {t.text: t.value for t in find_times(text, "2008-09-18")}.get("Friday")

    assert friday("The government has kept all stock markets closed until Friday.") == (
        "2008-09-19"
    )
    assert friday("The exchange remains shut until Friday, officials said.") == "2008-09-19"
    # told in the past, the day may be gone
    assert friday("The exchange stayed shut until Friday, when trading resumed.") == ("2008-09-12")
    assert friday("The road had been closed until Friday.") == "2008-09-12"
    # the tense is the clause's that lasts until then, not an aside's (a review's cases)
    assert friday("Smith, who is 64, served as chairman until Friday.") == "2008-09-12"
    assert friday("The bridge, which is old, was shut until Friday.") == "2008-09-12"


# A report of how a killing became a campaign issue: its one day lies four sentences in,
# and is the killing's, not the news.
CAMPAIGN = (
    "The killing of a Corlen doctor has become an issue in two races for the state senate. "
    "Both candidates spoke about it at length. "
    "Neither has said what law he would change. "
    "Voters in the district are divided. "
    "The doctor was shot at his home on Friday night."
)


def test_the_timeline_day_is_the_leads_where_the_event_date_may_be_the_bodys() -> None:
    def days(text: str) -> tuple[str | None, str | None]:
        found = (text, split_sentences(text), find_times(text, "2026-03-16"), "2026-03-16")
        return event_day(*found), lead_day(*found)

    # The clusterer's event date takes the body's day (the week up to publication) ...
    assert days(CAMPAIGN) == ("2026-03-13", "2026-03-16")
    # ... the timeline's only the lead's, else the publication day.
    lead = "The doctor was shot at his home on Friday night, the police said. " + CAMPAIGN
    assert days(lead) == ("2026-03-13", "2026-03-13")
    # A recalled day in the lead is no day of it either (the event date takes the body's).
    recalled = "The previous shooting there happened on Friday. " + CAMPAIGN
    assert days(recalled) == ("2026-03-13", "2026-03-16")
    # Without a publication date, both are the event day as read.
    text = "The doctor was shot at his home on March 13, 2026."
    found = (text, split_sentences(text), find_times(text, None), None)
    assert event_day(*found) == lead_day(*found) == "2026-03-13"


def test_short_lines_above_the_first_sentence_leave_it_in_the_lead() -> None:
    """A headline, a kicker and a caption line filled the three sentences of the lead,
    and the timeline showed the publication day for a lead that names its day (a
    reviewer's case)."""
    text = (
        "Harbour fire.\n\nCORLEN.\n\nPhoto: the quay.\n\nA warehouse burned down at the "
        "Corlen harbour on Saturday, the fire brigade said. Nobody was hurt. Trade went "
        "on. The quay reopened."
    )
    found = (text, split_sentences(text), find_times(text, "2026-03-16"), "2026-03-16")
    assert lead_day(*found) == "2026-03-14"


def test_a_date_on_a_line_of_its_own_is_the_filing_day_not_the_happenings() -> None:
    """A MEANTIME (Wikinews) read: each report opens with its day on a line of its own
    ("February 20 , 2009"), and "The Dow ... closed at its lowest level in over six years
    on Thursday" was dated by that line, a day late, in 14 timeline lines of 8 briefings.
    The line dates the report only when nothing else does."""
    lead = "The harbour closed at its lowest level in six years on Thursday , traders said ."
    for line in ("February 20 , 2009", "20/02/2009", "Feb. 20, 2009 --"):
        text = f"{line}\n\n{lead}"
        found = (text, split_sentences(text), find_times(text, "2009-02-20"), "2009-02-20")
        assert event_day(*found) == lead_day(*found) == "2009-02-19", line
    alone = "February 20 , 2009\n\nThe harbour stayed closed , traders said ."
    found = (alone, split_sentences(alone), find_times(alone, "2009-02-21"), "2009-02-21")
    assert event_day(*found) == lead_day(*found) == "2009-02-20"
    # (a line with words besides its day is no date line: a headline's day is told)
    headline = "Harbour closed on Thursday\n\nThe harbour stayed closed , traders said ."
    found = (headline, split_sentences(headline), find_times(headline, "2009-02-20"), "2009-02-20")
    assert lead_day(*found) == "2009-02-19"


def test_a_datelines_day_is_the_filing_day_not_the_happening() -> None:
    def days(text: str, published: str | None = "2026-03-16") -> tuple[str | None, str | None]:
        found = (text, split_sentences(text), find_times(text, published), published)
        return event_day(*found), lead_day(*found)

    # Monday's wire report of Saturday's interview: the dateline's day is no reported day.
    wire = (
        "CORLEN CITY, March 16 (UPI) — Count the former mayor among the plan's critics.\n\n"
        "She went on the record recently in an interview with a radio station.\n\n"
        "The plan has divided the town for a year.\n\n"
        "“Such a wall is useless,” Ana Brisk told Radio Corlen Saturday."
    )
    assert days(wire) == ("2026-03-14", "2026-03-16")
    # A state after the place, the agency's other style, the lead's own day.
    lead = (
        "HARWICK, Ardel, Mar 16 (Reuters) - The mayor spoke twice on Friday.\n\n"
        "The council met on Thursday."
    )
    assert days(lead) == ("2026-03-13", "2026-03-13")
    # The same day in the body is a reported one, and a date line that is no dateline (no
    # place in capitals before it) stays the lead's.
    assert days("On March 16 the council closed the bakery.") == ("2026-03-16",) * 2
    assert days("Harwick, March 14 — the council closed the bakery.") == ("2026-03-14",) * 2


def test_a_datelines_day_dates_the_event_where_the_report_tells_no_other() -> None:
    # (the review: a report published the day after its dateline was dated after its own
    # filing, and one dated by an inferred range lost its event date)
    def days(text: str, anchor: str | tuple[str, str]) -> tuple[str | None, str | None]:
        published = anchor if isinstance(anchor, str) else None
        found = (text, split_sentences(text), find_times(text, published), anchor)
        return event_day(*found), lead_day(*found)

    evening = (
        "HARWICK, March 15 (Reuters) - The Harwick council passed the ferry budget, averting "
        "a strike.\n\nThe bill now goes to the mayor."
    )
    assert days(evening, "2026-03-16") == ("2026-03-15", "2026-03-15")
    ranged = evening.replace("March 15", "March 15, 2026")
    assert days(ranged, ("2026-03-15", "2026-03-18"))[0] == "2026-03-15"
    # a label in capitals is no place: its day is the report's like any other
    label = "UPDATE, March 14 — The council met again.\n\nThe ferry talks go on."
    assert days(label, "2026-03-16") == ("2026-03-14", "2026-03-14")


def test_the_day_a_change_is_counted_from_is_not_the_day_it_happened() -> None:
    # (read-136: MEANTIME's market reports: "fell two percent from Monday's closing price"
    # in a Tuesday report had dated the fall Monday)
    fall = (
        "The three major US stock market indices each fell two percent from Monday's "
        "closing price, on fears over sub-prime lenders."
    )
    assert dated(fall, "2007-03-13") == "2007-03-13"
    rise = (
        "The Dow Jones industrial average finished on 7223.98, an increase of 54 points "
        "from March 12 2009."
    )
    assert dated(rise, "2009-03-13") == "2009-03-13"
    assert dated("The index fell two percent on Monday.", "2007-03-13") == "2007-03-12"
    # a "from" that counts no change leaves the day the report's (a review's cases)
    assert dated("Footage from Friday's attack was shown on television.", "2007-03-13") == (
        "2007-03-09"
    )
    assert dated("The minister returned from Monday's summit in Paris.", "2007-03-13") == (
        "2007-03-12"
    )
