"""Forms a reading of November-December 2015 campaign briefings (PolNeAR train, read by an
editor, not tuned on before) found wrong: each case written here, not copied from them."""

from __future__ import annotations

import re

import pytest

from storyline import pipeline
from storyline.brief.compose import _opinion_pieces, _with_dates, _writer_speaks, compose
from storyline.brief.view import quote_check
from storyline.extract.text import clean_text
from storyline.model import Article, Entity, Event, RawDocument, Storyline
from storyline.read.timex import find_times
from storyline.store.db import Store
from tests.test_speakers_unseen import direct_speakers

speakers = direct_speakers


def values(text: str, anchor: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_times(text, anchor)}


def test_a_holiday_in_a_compound_and_a_weekly_slot_name_no_day() -> None:
    found = values("The group will run a Christmas-themed ad starting Dec. 26.", "2015-12-01")
    assert found["Christmas"] is None
    assert found["Dec. 26"] == "2015-12-26"
    found = values("The remaining network debates are on Saturday nights.", "2015-12-01")
    assert found["Saturday"] is None
    # one night stays that night
    found = values("The debate was on Saturday night.", "2015-12-01")
    assert found["Saturday night"] == "2015-11-28"


def test_days_of_this_week_are_the_reports_own_week() -> None:
    text = "This week, Lund speaks in Oslo on Wednesday and testifies in Bergen on Thursday."
    found = values(text, "2015-12-01")  # a Tuesday
    assert (found["Wednesday"], found["Thursday"]) == ("2015-12-02", "2015-12-03")
    found = values("Earlier this week, on Monday, Lund spoke.", "2015-12-01")
    assert found["Monday"] == "2015-11-30"
    # a Sunday paper's "this week" is the week to come: left to the usual rules
    found = values("This week, Lund speaks in Oslo on Wednesday.", "2015-12-06")
    usual = values("Lund speaks in Oslo on Wednesday.", "2015-12-06")
    assert found["Wednesday"] == usual["Wednesday"]


def test_character_references_and_serial_notes_are_cleaned_from_scraped_text() -> None:
    cleaned = clean_text(
        "Headline here\n\nEditor's Note: The following is part 3 of 3 excerpts from a book."
        "\n\nThe mayor said it was fine &amp; good.\n\nRead part 1 here, and part 2 here."
        "\n\nShe left."
    )
    assert cleaned.text == "The mayor said it was fine & good.\n\nShe left."


def test_no_first_name_is_put_inside_a_longer_name() -> None:
    text = "Aung San Suu Kyi won.\n\nAung San Suu Kyi's allies cheered on Monday."
    article = Article(id="a", source="a", text=text, sentences=[])
    at = text.index("Kyi's")
    article.entities = [
        Entity("Aung San Suu Kyi", "PERSON", 0, 16, "Aung San Suu Kyi"),
        Entity("Kyi", "PERSON", at, at + 3, "Aung San Suu Kyi"),
    ]
    start = text.index("Aung San Suu Kyi's")
    assert _with_dates(article, start, len(text)) == text[start:]


def test_the_writers_we_is_no_report_but_a_speakers_we_is() -> None:
    for line in (
        "To reflect the thrifty mood, we've asked a taco chain to cater.",
        "Our first debate broke the record for all primary debates.",
        "Let's save the speeches for later in the evening.",
        "Comparing the two could help us better welcome newcomers.",
    ):
        article = Article(id="a", source="a", text=line, sentences=[(0, len(line))])
        assert _writer_speaks(article, 0, len(line)), line
    for line in (
        "Lund said we need a new bridge across the fjord.",
        "The U.S. Senate passed the bill on Friday.",
        "“We will win,” Lund told the crowd.",
    ):
        article = Article(id="a", source="a", text=line, sentences=[(0, len(line))])
        assert not _writer_speaks(article, 0, len(line)), line


def test_a_quotes_check_is_not_shown_where_no_other_source_could_have_it() -> None:
    assert quote_check("only_source", alone=True) == ""
    assert quote_check("only_source") == "no other source"
    assert quote_check("verbatim", alone=True) == "word for word in another source"


def test_speakers_of_the_november_forms() -> None:
    found = speakers(
        "For many, the choice is clear. 81-year-old Per Lund, a farmer who voted for Olof "
        "Palme and Gro Brundtland, said that given the field:\n\n"
        '"There is only one: Hansen. He spends his own money."'
    )
    assert found["There is only one: Hansen. He spends his own money."] == "Per Lund"
    found = speakers(
        "Led by Mayor Kari Berg, the rally denounced candidate Nils Hansen’s call for "
        '"a total and complete ban on fishing in the fjord.” The crowd cheered.'
    )
    assert found["a total and complete ban on fishing in the fjord."] == "Nils Hansen"
    found = speakers(
        "Hansen is your man. As they say about the doctor, “gifted hands, bold imagination.”"
    )
    assert found["gifted hands, bold imagination."] is None
    found = speakers(
        "The council voted 6-1 for the resolution which said the city “condemns all hateful "
        "speech from candidates and others.”"
    )
    assert found["condemns all hateful speech from candidates and others."] == "the resolution"
    found = speakers(
        "After a host was fired, the network’s news anchor Ilia Moreno reacted with a letter. "
        "The Colombian journalist expressed concern. “I am concerned to hear voices that "
        "tolerate discrimination,” she wrote."
    )
    assert found["I am concerned to hear voices that tolerate discrimination"] == "Ilia Moreno"
    found = speakers(
        "Other rivals sought to capitalise on the slip.\n\nPer Lund, the former governor, who "
        "has resented Hansen's rise as he struggled, called his rival ''totally scripted and "
        "kind of robotic.''"
    )
    assert found["totally scripted and kind of robotic."] == "Per Lund"


def test_a_scare_quote_is_no_key_quote_and_no_short_quote_is_found_everywhere() -> None:
    from storyline.brief.compose import _worth_hearing
    from storyline.compare.support import check_quotes
    from storyline.model import Quote

    assert not _worth_hearing("No")
    assert not _worth_hearing("boots on the ground")
    assert not _worth_hearing("marked classified at the time.")
    assert _worth_hearing("We do not pay candidates.")
    said = 'The network chief was asked whether it would pay. "No," Lund replied.'
    no = said.index("No")
    one = Article(id="a", source="a", text=said)
    one.quotes = [Quote("No", no, no + 2, "Lund", "Lund", None, None, direct=True)]
    other = Article(id="b", source="b", text="No deal was reached on the debate fee.")
    (checked,) = check_quotes([one, other], {"a": "e", "b": "e"})
    assert checked.status != "verbatim"


COLUMN = (
    "Nothing really changed at last night's harbour debate in Marlow. "
    "We have watched these debates for years, and we know how they end.\n\n"
    "The mayor was better than in previous outings, but still nowhere near good enough. "
    "Let's be honest about the ferry plan.\n\n"
    "Our readers deserve better than a bridge that closes every winter. "
    "Maybe the council figures that one more survey was an adequate reward for its work. "
    "We will keep asking until the repairs begin."
)
REPORT = (
    "The Marlow council voted on Tuesday to close the old harbour bridge for repairs. "
    "Engineers found cracks in two of its piers in a survey last month. "
    "Ferries will run every twenty minutes while the work lasts, the harbour office said."
)


def test_an_opinion_piece_is_marked_does_not_lead_and_makes_no_flag(store: Store) -> None:
    raws = [
        RawDocument(source=f"test:{i}", kind="text", body=body, id=i, title=title, outlet=outlet)
        for i, body, title, outlet in (
            ("column", COLUMN, "The harbour debate changed nothing", "Marlow Voice"),
            ("report", REPORT, "Marlow shuts its old harbour bridge", "Lunne Wire"),
        )
    ]
    pipeline.ingest_documents(store, raws)
    articles = {a.id: a for a in store.articles()}
    assert _opinion_pieces(list(articles.values())) == frozenset({"column"})
    events = [Event("e", ["column", "report"], "s", "2026-03-03")]
    briefing = compose(Storyline("s", ["e"]), events, articles)
    assert briefing.summary.citations[0].article_id == "report"
    told = [briefing.summary, *briefing.main]
    for sentence in told:
        if sentence.citations[0].article_id == "column":
            assert sentence.flag == "opinion", sentence.text
    assert all(c.article_id != "column" for c in briefing.single_source_claims)
    alone = compose(Storyline("t", ["c"]), [Event("c", ["column"], "t", None)], articles)
    told = [alone.summary, *alone.main]
    assert told and all(sentence.flag == "opinion" for sentence in told)
    assert not any("We " in sentence.text or "Let's" in sentence.text for sentence in told)


def test_a_day_before_a_wire_agency_is_a_dateline_and_an_aside_no_statement() -> None:
    from storyline.brief.compose import _dateline_length, _not_a_statement

    text = (
        "Lund calls it genocide.\n\nDec 29 (Reuters) - Candidate Per Lund said on Tuesday it was."
    )
    start = text.index("Dec 29")
    article = Article(id="a", source="a", text=text, sentences=[(start, len(text))])
    assert text[start + _dateline_length(article, start, len(text)) :].startswith("Candidate")
    aside = "Lund was charged in May. (Mr. Lund has pleaded not guilty.) He left."
    at = aside.index("(Mr.")
    end = aside.index(" He left")
    shown = Article(id="b", source="b", text=aside, sentences=[(0, at - 1), (at, end)])
    assert _not_a_statement(shown, at, end)
    assert not _not_a_statement(shown, 0, at - 1)


def test_an_interview_is_no_opinion_piece_and_its_questions_are_no_statements() -> None:
    """A March 2016 blind comparison: a print Q&A ("QThere's no shortage ...") was marked
    opinion line by line, for the "we" of its questions and answers."""
    from storyline.brief.compose import _not_a_statement

    text = (
        "Former first lady Ann Lund sat down this week to discuss the war.\n\n"
        "QThere's no shortage of causes. We have spent so much there, and we owe them.\n\n"
        "AWe have to keep our promises. We cannot walk away now.\n\n"
        "QWhat do you tell our readers? We want to know what you think.\n\n"
        "AWe should all read the book. We will see how it ends."
    )
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.?!\n]+[.?!]", text)]
    article = Article(id="q", source="q", text=text, sentences=spans)
    assert _opinion_pieces([article]) == frozenset()
    question = text.index("QThere's")
    assert _not_a_statement(article, question, text.index(".", question) + 1)


@pytest.mark.parametrize(
    ("text", "interview"),
    [
        ("Q: Why now?\n  A: Because we can.\nThe end.", True),
        ("  QUESTION : Why now?\n\tANSWER: Because.", True),
        ("Q. Why now?\nA. Because.", True),
        ("QWhy now, then?\nABecause we can.", True),
        ("Q: Why now?\nShe left.", False),  # (one label: a line, not an interview)
        ("A. Scott Berg said so.\nQAnon supporters rallied.", False),
        ("Why now? Q: and A: inside a line.\n\n", False),
        ("", False),
    ],
)
def test_interview_lines_are_those_opening_with_their_labels(text: str, interview: bool) -> None:
    """Only lines opening (once stripped) with an interview's letter are tried
    (``_interview_lines``): an empty line is none of them."""
    from storyline.brief.compose import _interview_lines

    assert _interview_lines(text) is interview


def test_a_things_words_and_a_description_not_named_by_a_preposition() -> None:
    found = speakers(
        "Lund added the caption which reads, “The photo from the break violates the rules.”"
    )
    assert found["The photo from the break violates the rules."] == "Lund"
    found = speakers(
        "Berg backed Hansen over Moe. As evidence, Berg relied on an attack by Sen. Kari "
        "Lund. “If another senator says you could get shot,” the investor said, “that is "
        "even worse.”"
    )
    assert found["that is even worse."] != "Kari Lund"


def test_a_long_title_with_a_deck_is_cut_to_its_headline() -> None:
    from storyline.brief.titles import without_deck

    long = (
        "Ann Lund sees hope for Afghan women; Former first lady Ann Lund wrote the "
        "introduction for a new book and sat down this week to discuss the war"
    )
    assert without_deck(long) == "Ann Lund sees hope for Afghan women"
    short = "Carson on defense; biography questioned"
    assert without_deck(short) == short


def test_a_call_the_noun_is_no_reaction() -> None:
    from storyline.brief.compose import is_reaction

    assert not is_reaction("In the end, they do not make a definitive call on which is better.")
    assert is_reaction("The mayor called on residents to stay home.")


def test_supporters_are_not_their_candidate() -> None:
    """March 2016 texts: a protester's words went to "Trump" through "Trump supporters
    ripped them away"."""
    found = speakers(
        "Then she steeled herself.\n\nThe moment that Ms. Okafor, 21, held up her signs, "
        "Hansen supporters ripped them away and began shoving her, she said in an "
        "interview.\n\n''Did I enjoy being treated like trash? No, not at all,'' she said."
    )
    assert found["Did I enjoy being treated like trash? No, not at all"] == "Okafor"


def test_reported_speech_without_marks_and_a_newsroom_we_make_no_opinion_piece() -> None:
    """A review of the session's diff: wire copy of a press conference reported without
    quotation marks, and a station's "we reached out", were marked opinion."""
    wire = (
        "Putin held his annual press conference on Thursday.\n\n"
        "We are ready to cooperate with the new administration, Putin told reporters. "
        "We will not be dragged into an arms race, he said.\n\n"
        "Our economy has turned the corner, Putin added. "
        "He promised that we will see growth next year. "
        "The conference lasted four hours."
    )
    station = (
        "A fire destroyed a warehouse on Main Street on Monday.\n\n"
        "Our crew at the scene saw flames through the roof. We reached out to the owner.\n\n"
        "We will update this story as we learn more. Stay with us for the latest."
    )
    articles = []
    for i, text in enumerate((wire, station)):
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^.?!\n]+[.?!]", text)]
        articles.append(Article(id=f"a{i}", source=f"a{i}", text=text, sentences=spans))
    assert _opinion_pieces(articles) == frozenset()
    line = "We are ready to cooperate with the new administration, Putin told reporters."
    said = Article(id="p", source="p", text=line, sentences=[(0, len(line))])
    assert not _writer_speaks(said, 0, len(line))


def test_qanon_is_no_interview_question() -> None:
    from storyline.brief.compose import _not_a_statement

    text = "QAnon supporters gathered outside the Capitol on Saturday. They left at noon."
    article = Article(id="q", source="q", text=text, sentences=[(0, 58), (59, len(text))])
    assert not _not_a_statement(article, 0, 58)


def test_a_short_quote_two_sources_give_is_word_for_word() -> None:
    from storyline.compare.support import check_quotes
    from storyline.model import Quote

    articles = []
    for i in ("a", "b"):
        text = f'Asked if he would resign, Tom Hill said: "Absolutely not." Report {i}.'
        at = text.index("Absolutely")
        article = Article(id=i, source=i, text=text)
        article.quotes = [
            Quote("Absolutely not.", at, at + 15, "Tom Hill", "Tom Hill", None, None, True)
        ]
        articles.append(article)
    checked = check_quotes(articles, {"a": "e", "b": "e"})
    assert {c.status for c in checked} == {"verbatim"}


def test_the_reviews_counter_cases_keep_their_speakers() -> None:
    """Cases a review of the session's diff wrote against its new rules."""
    found = speakers(
        'Per Lund told donors the bridge would be "the most beautiful bridge ever built," '
        "according to the Marlow Herald."
    )
    assert found["the most beautiful bridge ever built"] in {"Per Lund", "Lund"}
    found = speakers(
        'Berg told the crowd: "We will not back down on this," according to a recording '
        "obtained by Lunne TV."
    )
    assert found["We will not back down on this"] == "Berg"
    found = speakers(
        'Police shot and killed Tom Hill on Monday night. "He had his hands up and he was '
        'unarmed," the student said.'
    )
    assert found["He had his hands up and he was unarmed"] == "the student"
    found = speakers(
        '"The evidence was never shown to the jury," said the mother of the boy shot by '
        "officer Per Lund."
    )
    assert found["The evidence was never shown to the jury"] != "Per Lund"
    found = speakers(
        'Kari Berg\'s response to "a plan that does nothing for working families" came '
        "within the hour."
    )
    assert found["a plan that does nothing for working families"] != "Kari Berg"
    found = speakers(
        'Police issued a statement on Monday night. As they said, "the suspect is still at '
        'large and armed."'
    )
    assert found["the suspect is still at large and armed."] == "Police"


def test_this_week_follows_the_tense_and_a_holiday_eve_keeps_its_day() -> None:
    found = values(
        "The senator, who faces a confidence vote this week, said on Friday that he would "
        "not resign.",
        "2015-11-30",
    )
    assert found["Friday"] == "2015-11-27"
    found = values("Lund said this week that she will release her plan on Tuesday.", "2015-12-04")
    assert found["Tuesday"] == "2015-12-08"
    found = values("The Christmas-Eve attack killed two.", "2015-12-01")
    assert found["Christmas"] is not None


def test_a_title_with_a_character_reference_keeps_its_whole_headline() -> None:
    from storyline.brief.titles import without_deck
    from storyline.extract import extract

    title = (
        "Justice Department sues to block AT&amp;T merger with Time Warner, saying the deal "
        "would raise prices for millions of viewers"
    )
    assert without_deck(title) == title
    body = "The suit was filed in federal court in Washington on Monday afternoon. " * 3
    article = extract(RawDocument(source="t", kind="text", body=body, title=title))
    assert isinstance(article, Article) and "AT&T merger" in (article.title or "")


def test_an_editors_note_of_correction_is_kept() -> None:
    cleaned = clean_text(
        "Headline here\n\nPolice said 14 people died in the fire on Monday.\n\n"
        "Editor's note: An earlier version of this story said 41 people were killed."
    )
    assert "earlier version" in cleaned.text


def test_a_one_source_briefing_shows_no_empty_quote_badge(store: Store) -> None:
    from storyline.brief.render import to_html, to_markdown

    said = (
        "The Marlow council voted on Tuesday to close the old harbour bridge for repairs. "
        '"We have no choice but to close it for the whole winter," Mayor Kari Berg said.'
    )
    raw = RawDocument(source="t:1", kind="text", body=said, id="one", title="Bridge shut")
    pipeline.ingest_documents(store, [raw])
    articles = {a.id: a for a in store.articles()}
    briefing = compose(Storyline("s", ["e"]), [Event("e", ["one"], "s", None)], articles)
    assert briefing.quotes
    assert "></span>" not in to_html(briefing)
    assert "(no other source)" not in to_markdown(briefing)


def test_a_name_modifying_a_noun_is_the_description_not_the_name() -> None:
    found = speakers(
        "Berg said she meant it. “In fact, his words sound like slogans,” the Gawker "
        "employee wrote."
    )
    assert found["In fact, his words sound like slogans"] == "the Gawker employee"
    found = speakers("“It is simply wrong,” the Washington Post fact checker wrote.")
    assert found["It is simply wrong"] == "the Washington Post fact checker"
    found = speakers(
        "Pentagon spokesman Peter Cook spoke on Monday. “We will respond,” the Pentagon "
        "spokesman said."
    )
    assert found["We will respond"] == "Peter Cook"


def test_a_timeline_line_shows_the_day_its_sentence_names() -> None:
    from storyline.brief.compose import _day_named_in
    from storyline.model import Citation, TimeExpr

    text = "After the attacks on Friday, Lund said on Sunday that he would act."
    article = Article(id="a", source="a", text=text, published="2015-11-16")
    friday, sunday = text.index("Friday"), text.index("Sunday")
    article.times = [
        TimeExpr("Friday", friday, friday + 6, "2015-11-13", "2015-11-16"),
        TimeExpr("Sunday", sunday, sunday + 6, "2015-11-15", "2015-11-16"),
    ]
    assert _day_named_in(article, Citation(1, "a", 0, len(text))) == "2015-11-15"
    article.times = []
    assert _day_named_in(article, Citation(1, "a", 0, len(text))) is None


def test_a_second_reviews_counter_cases() -> None:
    """Cases a second review of the session's fixes wrote against them."""
    found = speakers(
        "A police officer told the man, “Get down on the ground now,” according to the lawsuit."
    )
    assert found["Get down on the ground now"] == "A police officer"
    found = speakers(
        "“We will not comment on that,” according to Lund campaign spokesman Per Berg."
    )
    assert found["We will not comment on that"] in {"Per Berg", "Berg"}
    found = speakers(
        "Police shot and killed Tom Hill on Monday. “He had his hands up,” the activist said."
    )
    assert found["He had his hands up"] == "the activist"
    found = speakers("The Dalai Lama met Obama. “It was a warm meeting,” he said.")
    assert found["It was a warm meeting"] != "Obama"
    found = speakers("Kari Berg's slogan is “Make the harbour great again.”")
    assert found["Make the harbour great again."] == "Kari Berg"
    found = values(
        "The company, which cut jobs this week, closed its Ohio plant on Friday.", "2015-12-01"
    )
    assert found["Friday"] == "2015-11-27"
    found = values("The Christmas-tree lighting is on Friday.", "2015-12-01")
    assert found["Christmas"] is None


def test_an_initial_a_and_a_possessive_are_no_interview_or_speech() -> None:
    from storyline.brief.compose import _not_a_statement

    text = "A. Scott Berg, the biographer, said the letters had been forged in 1990."
    article = Article(id="a", source="a", text=text, sentences=[(0, len(text))])
    assert not _not_a_statement(article, 0, len(text))
    line = "We must protect our parents’ claims to the pensions they earned."
    ours = Article(id="b", source="b", text=line, sentences=[(0, len(line))])
    assert _writer_speaks(ours, 0, len(line))
