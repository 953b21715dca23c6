"""The main account opens on the happening: the sentence that dates it on its day and can
lead (not the page's date banner, not colour sharing words with the headline), whole
where the splitter cut it inside a figure. Reports of our own making."""

from __future__ import annotations

import re

from storyline.brief.compose import _news_peg, _telling_the_headline, whole_sentences
from storyline.model import Article, TimeExpr

BANNER = "March 8, 2026 6: 11 PM"
COLOUR = "The hopes placed on the Corlen rowers almost seemed unfair."
RETURN = "Now, after taking the Corlen eight back to the final, the rowers beat them all."
HAPPENING = "Corlen won the Lunne Cup on Sunday, beating Sarn by two lengths in the final."
HEADLINE = "Corlen beat Sarn to win the Lunne Cup final"


def _article(lines: list[str], times: list[tuple[str, str]]) -> Article:
    text = "\n\n".join(lines)
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]  # a line each
    article = Article(id="a", source="a", text=text, sentences=sentences, title=HEADLINE)
    article.event_date = "2026-03-08"
    article.times = [
        TimeExpr(t, text.index(t), text.index(t) + len(t), value, None) for t, value in times
    ]
    return article


def test_the_news_peg_is_the_dated_sentence_that_can_lead_not_the_date_banner() -> None:
    article = _article(
        [BANNER, COLOUR, RETURN, HAPPENING], [(BANNER, "2026-03-08"), ("Sunday", "2026-03-08")]
    )
    peg = _news_peg(article)
    assert peg is not None and article.text[peg[0] : peg[1]] == HAPPENING
    # told before colour that shares the headline's words
    told = _telling_the_headline(article, peg)
    assert told is not None and article.text[told[0] : told[1]] == HAPPENING


def test_a_sentence_cut_inside_a_figure_is_taken_whole() -> None:
    text = (
        "Four men rammed a car into a jeweller in Sarn on Monday, taking $2. "
        "6 million in watches, police said. The shop had opened in March."
    )
    cut = text.index("6 million")
    second = text.index("The shop")
    article = Article(
        id="a",
        source="a",
        text=text,
        sentences=[(0, cut - 1), (cut, second - 1), (second, len(text))],
    )
    assert whole_sentences(article) == [(0, second - 1), (second, len(text))]
    article.event_date = "2026-03-09"
    article.times = [
        TimeExpr("Monday", text.index("Monday"), text.index("Monday") + 6, "2026-03-09", None)
    ]
    assert _news_peg(article) == (0, second - 1)


def test_a_new_paragraph_opening_with_a_figure_is_not_joined() -> None:
    text = "The count ended at 2.\n\n40 boats were checked."
    article = Article(id="a", source="a", text=text, sentences=[(0, 21), (23, len(text))])
    assert whole_sentences(article) == [(0, 21), (23, len(text))]


def test_a_wire_dateline_is_not_shown_as_part_of_the_first_sentence() -> None:
    from storyline.brief.compose import _with_dates

    first = "CORLEN, Mar. 8 (Lunne Press) — Corlen won the Lunne Cup on Sunday in the final."
    later = "NATO — the alliance of rowing clubs — said on Sunday it would host the next final."
    text = f"{first}\n\n{later}"
    article = Article(id="a", source="a", text=text, sentences=[])
    article.times = [
        TimeExpr("Mar. 8", text.index("Mar. 8"), text.index("Mar. 8") + 6, "2026-03-08", None),
        TimeExpr("Sunday", text.index("Sunday"), text.index("Sunday") + 6, "2026-03-08", None),
    ]
    shown = _with_dates(article, 0, len(first))
    assert shown == "Corlen won the Lunne Cup on Sunday (2026-03-08) in the final."
    # Only an article's first sentence carries a dateline: a later one is prose.
    assert _with_dates(article, len(first) + 2, len(text)).startswith("NATO — the alliance")
    # after a headline line of its own (a title the cleaner could not tell was one)
    headed = Article(id="b", source="b", text=f"Corlen wins the cup\n\n{first}", sentences=[])
    start = headed.text.index("CORLEN")
    assert _with_dates(headed, start, len(headed.text)).startswith("Corlen won the Lunne Cup")
    # after the headline (as its title, with a full stop) and a deck of one sentence
    decked = Article(
        id="e",
        source="e",
        title="Rowing clubs weigh a joint final",
        text="Rowing clubs weigh a joint final.\n\nAfter the floods, the league aims to rely "
        "less on the city.\n\nBRUSSELS - Club leaders gathered Friday to plan it.",
        sentences=[],
    )
    start = decked.text.index("BRUSSELS")
    assert _with_dates(decked, start, len(decked.text)).startswith("Club leaders gathered")
    # no dateline: initials, a speaker's label, a second paragraph after a sentence
    for text, kept in (
        ("U.S. - China talks resumed on Monday.", "U.S. - China"),
        ("CORLEN MAYOR ADA BRENN — “We won,” she said.", "CORLEN MAYOR"),
        ("Rowers met on Monday.\n\nNATO — The alliance of clubs met.", "NATO — The"),
    ):
        plain = Article(id="c", source="c", text=text, sentences=[])
        at = text.rfind("\n") + 1
        assert _with_dates(plain, at, len(text)).startswith(kept)


def test_dates_follow_a_possessive_say_nothing_twice_and_quotes_are_curly() -> None:
    from storyline.brief.compose import _with_dates

    dashed = "He said—''We will win.''"
    assert _with_dates(Article(id="d", source="d", text=dashed), 0, len(dashed)) == (
        "He said—“We will win.”"
    )
    quoted = "''We were going to --'' he said, and then ''it worked, '' she said."
    assert _with_dates(Article(id="q", source="q", text=quoted), 0, len(quoted)) == (
        "“We were going to --” he said, and then “it worked, ” she said."
    )
    text = "Velde said ''we won'' after Saturday’s vote and before the Aug. 31 count."
    article = Article(id="a", source="a", text=text, sentences=[], published="2016-09-01")
    article.times = [
        TimeExpr(t, text.index(t), text.index(t) + len(t), value, None)
        for t, value in [("Saturday", "2016-08-27"), ("Aug. 31", "2016-08-31")]
    ]
    assert _with_dates(article, 0, len(text)) == (
        "Velde said “we won” after Saturday’s (2016-08-27) vote and before the Aug. 31 count."
    )


def start_of(page: str) -> int:
    return page.index("\n\n") + 2


def test_a_sentence_opening_with_a_bare_surname_gets_the_first_name_in_brackets() -> None:
    from storyline.brief.compose import _with_dates
    from storyline.model import Entity

    text = "Rep. Debbie Halvorson spoke first.\n\nHalvorson blasted Shuster at the forum."
    article = Article(id="a", source="a", text=text, sentences=[])
    at = text.index("Halvorson blasted")
    article.entities = [
        Entity("Debbie Halvorson", "PERSON", 5, 21, "Debbie Halvorson"),
        Entity("Halvorson", "PERSON", at, at + 9, "Debbie Halvorson"),
    ]
    shown = _with_dates(article, at, len(text))
    assert shown == "[Debbie] Halvorson blasted Shuster at the forum."
    # a capitalised first word before the surname is a first name unless it opens
    # sentences: "Eloise Parry, 21, was taken ..." is Eloise, whose mother Fiona Parry the
    # article names in full ("Eloise [Fiona] Parry" was printed), "Then Halvorson" is not
    for opening, shown_as in (
        ("Eloise Parry, 21, was taken to hospital.", "Eloise Parry, 21, was taken to hospital."),
        ("Then Parry was taken to hospital.", "Then [Fiona] Parry was taken to hospital."),
        ("Welsh Parry was taken to hospital.", "Welsh [Fiona] Parry was taken to hospital."),
        # a title opening the sentence is no first name (the review's "Congressman Shuster")
        (
            "Councillor Parry was taken to hospital.",
            "Councillor [Fiona] Parry was taken to hospital.",
        ),
    ):
        page = f"Her mother, Fiona Parry, spoke.\n\n{opening}"
        named = Article(id="c", source="c", text=page, sentences=[])
        surname = page.index("Parry", page.index("\n"))
        named.entities = [
            Entity("Fiona Parry", "PERSON", 12, 23, "Fiona Parry"),
            Entity("Parry", "PERSON", surname, surname + 5, "Fiona Parry"),
        ]
        if opening.startswith("Welsh"):  # (the tagger's adjective of a group, a NORP)
            welsh = start_of(page)
            named.entities.append(Entity("Welsh", "NORP", welsh, welsh + 5, "Welsh"))
        start = page.index("\n\n") + 2
        assert _with_dates(named, start, len(page)) == shown_as
    # the sentence's first person, after an opening phrase and with a date added after it
    later = "At Saturday's debate, Halvorson blasted Shuster."
    debate = Article(id="b", source="b", text=f"Debbie Halvorson ran.\n\n{later}", sentences=[])
    named = debate.text.index("Halvorson blasted")
    debate.entities = [
        Entity("Debbie Halvorson", "PERSON", 0, 16, "Debbie Halvorson"),
        Entity("Halvorson", "PERSON", named, named + 9, "Debbie Halvorson"),
    ]
    day = debate.text.index("Saturday")
    debate.times = [TimeExpr("Saturday", day, day + 8, "2016-04-16", None)]
    assert _with_dates(debate, debate.text.index("At"), len(debate.text)) == (
        "At Saturday's (2016-04-16) debate, [Debbie] Halvorson blasted Shuster."
    )
    # a name after a determiner is a modifier ("the Halvorson name"), after a title whole,
    # after a quotation mark someone's words
    for opening in ("the ", "Rep. ", "Mr ", "Mayor ", "'"):
        brand = f"Debbie Halvorson ran.\n\nIt bore {opening}Halvorson name."
        spot = brand.index("Halvorson name")
        owned = Article(id="c", source="c", text=brand, sentences=[])
        owned.entities = [
            Entity("Debbie Halvorson", "PERSON", 0, 16, "Debbie Halvorson"),
            Entity("Halvorson", "PERSON", spot, spot + 9, "Debbie Halvorson"),
        ]
        assert "[" not in _with_dates(owned, brand.index("It bore"), len(brand))
    # two people of that surname: which one is not for the briefing to guess
    article.entities.append(Entity("Tom Halvorson", "PERSON", 0, 0, "Tom Halvorson"))
    assert _with_dates(article, at, len(text)) == "Halvorson blasted Shuster at the forum."


def test_a_time_in_the_possessive_dates_the_thing_not_the_happening() -> None:
    # AQUAINT, October 1999: "A man ... was arrested in connection with last year's deadly
    # U.S. Embassy blasts" was read as history, and the briefing led with "The latest
    # arrest brought to nine the number ...", which leans on it.
    from storyline.brief.compose import recalls_earlier

    arrest = "A man was arrested in connection with last year's deadly embassy blasts."
    history = "The embassy was bombed last year, killing 224 people."
    article = _article([arrest, history], [("last year", "2025"), ("last year", "2025")])
    # (both "last year" point at the first: placed by hand where each stands)
    second = article.text.index("last year", article.text.index(history))
    article.times[1] = TimeExpr("last year", second, second + 9, "2025", None)
    spans = article.sentences
    assert not recalls_earlier(article, *spans[0])
    assert recalls_earlier(article, *spans[1])


def test_an_acronym_the_tagger_read_as_a_surname_gets_no_first_name() -> None:
    """ "The campaign did not control the operations of the super [Hillary] PAC." (the
    tagger read "Ready for Hillary PAC" as a person: August 2016 review)."""
    from storyline.brief.compose import _with_dates
    from storyline.model import Entity

    text = "Ready for Hillary PAC raised money.\n\nThe campaign did not run the super PAC."
    article = Article(id="a", source="a", text=text, sentences=[])
    at = text.index("The campaign")
    pac = text.index("PAC.")
    article.entities = [
        Entity("Hillary PAC", "PERSON", 10, 21, "Hillary PAC"),
        Entity("PAC", "PERSON", pac, pac + 3, "Hillary PAC"),
    ]
    assert _with_dates(article, at, len(text)) == "The campaign did not run the super PAC."


def test_a_sentence_telling_the_event_day_is_no_recall_for_an_earlier_time_in_it() -> None:
    """ "Clinton on Saturday received her first national security briefing since accepting
    her party's nomination last month" was read as history, and the briefing led with its
    report's fifth sentence (August 2016 review)."""
    from storyline.brief.compose import recalls_earlier

    lead = "The mayor on Sunday opened the ferry pier she had promised last month."
    history = "The mayor had promised a new pier last month."
    aside = "Just as she opened the pier on Sunday, the mayor made a 2019 promise again."
    bridge = "The bridge, which was inspected on Sunday, was built in 1962."
    article = _article([lead, history, aside, bridge], [("Sunday", "2026-03-08")])
    text = article.text
    for at in (text.index("last month"), text.index("last month", text.index(history))):
        article.times.append(TimeExpr("last month", at, at + 10, "2026-02", None))
    for sentence in (aside, bridge):
        at = text.index("Sunday", text.index(sentence))
        article.times.append(TimeExpr("Sunday", at, at + 6, "2026-03-08", None))
    first, second, third, fourth = article.sentences
    assert not recalls_earlier(article, *first)  # its own day: the event
    assert recalls_earlier(article, *second)
    # (the day in an opening clause that sets the time of another year's matter, or in
    # an aside)
    assert recalls_earlier(article, *third)
    assert recalls_earlier(article, *fourth)


def test_a_dateline_under_a_title_case_headline_ending_on_a_stop() -> None:
    """July 2016 read: "CLEVELAND – As it officially puts ..." kept its dateline under a
    headline that ends on a full stop, as PolNeAR's texts print them."""
    from storyline.brief.compose import _with_dates

    text = (
        "So Long, Grand Old Party; Hello, Harbour Party.\n\n"
        "CORLEN – As it officially puts Ida Berg atop its ticket, the party is rushing on."
    )
    article = Article(id="t", source="t", text=text, sentences=[])
    start = text.index("CORLEN")
    assert _with_dates(article, start, len(text)).startswith("As it officially puts")


def test_a_dateline_under_a_deck_and_an_agency_left_by_a_split_are_not_shown() -> None:
    """A read of 2016 briefings: "MEXICO CITY - The rise of ..." under a deck (the headline
    given apart) and "(AP) — Republican presidential hopeful ..." (the sentence split after
    "RENO, Nev.") were shown with their datelines."""
    from storyline.brief.compose import _with_dates

    decked = Article(
        id="d",
        source="d",
        title="In shift, Corlen stands up to Harwick",
        text="Corlen shuffles its diplomats and hones its rhetoric.\n\n"
        "CORLEN CITY - The rise of the Harwick party has alarmed the government.",
        sentences=[],
    )
    start = decked.text.index("CORLEN CITY")
    assert _with_dates(decked, start, len(decked.text)).startswith("The rise of the Harwick")
    # without a headline given apart the sentence before is prose, not a deck
    decked.title = None
    assert _with_dates(decked, start, len(decked.text)).startswith("CORLEN CITY - The rise")
    # (the review) the second sentence of the first paragraph is prose after all
    same_line = Article(
        id="p",
        source="p",
        title="Corlen stands up to Harwick",
        text="Ministers met in Corlen on Monday. NATO — The alliance's chief — said it holds.",
        sentences=[],
    )
    at = same_line.text.index("NATO")
    assert _with_dates(same_line, at, len(same_line.text)).startswith("NATO — The alliance")
    split = Article(id="s", source="s", text="RENO, Nev. (AP) — The mayor says the NFL is soft.")
    at = split.text.index("(AP)")
    assert _with_dates(split, at, len(split.text)) == "The mayor says the NFL is soft."


def _read(text: str, published: str) -> Article:
    from storyline.read import read_articles

    (article,) = read_articles(
        [Article(id="w", source="w", text=text, published=published)], parallel=False
    )
    return article


def _first_shown(article: Article) -> str:
    from storyline.brief.compose import _news_peg, _telling_the_headline

    peg = _telling_the_headline(article, _news_peg(article)) or _news_peg(article)
    start, end = peg if peg else whole_sentences(article)[0]
    return article.text[start:end]


def test_a_dated_sentence_that_adds_to_the_lead_does_not_go_before_it() -> None:
    # (brief-86, TimeBank's 1989 Wall Street Journal reports once their dates were kept:
    # the sentence dated "yesterday" led, though it leans on the lead or tells the
    # market's answer to it)
    lead = (
        "Dime Savings Bank of New York was cleared by federal regulators to acquire "
        "Starpointe Savings Bank of Somerset, N.J., the banks said."
    )
    for dated in (
        "The regulators cleared the move yesterday, and the banks must wait 30 days.",
        "Yesterday Starpointe closed at $21.50 a share, up $1.125, in over-the-counter trading.",
        "Dime also said yesterday that it would close four branches next year.",
    ):
        text = (
            f"{lead}\n\nStarpointe holders will receive $21 a share.\n\n{dated}\n\nNo date is set."
        )
        article = _read(text, "1989-10-27")
        assert article.event_date == "1989-10-26", dated
        assert _first_shown(article) == lead, dated
    # A dated sentence that tells the news alone still leads after colour (a reviewer's
    # cases too: a description as subject, "also" in an aside, the market's own report).
    for news in (
        "Regulators cleared Dime Savings Bank yesterday to acquire Starpointe Savings Bank "
        "for $63 million.",
        "The military said yesterday it had killed 12 militants in a raid near the border "
        "town of Harlan.",
        "The storm, which also hit Cuba, killed 12 people in Florida yesterday and cut "
        "power to a million homes.",
        "The stock market fell sharply yesterday after the central bank raised its main "
        "lending rate.",
    ):
        colour = f"It was a quiet, grey morning at the harbour on Main Street.\n\n{news}"
        assert _first_shown(_read(colour, "1989-10-27")) == news, news


def test_a_period_a_due_day_or_a_comparison_is_no_earlier_happening() -> None:
    from storyline.brief.compose import recalls_earlier

    for lead in (
        "Oshkosh Truck estimated earnings for its fourth quarter ended Sept. 30 fell 50% "
        "below the year-earlier $4.5 million, the truck maker said on Thursday.",
        "Elco Industries said on Thursday it expects net income in the year ending June 30, "
        "1990, to fall below the $7.4 million it earned.",
        "Waxman Industries said on Thursday that holders of its debentures, due March 15, "
        "2007, have elected to convert them into common shares.",
        "The candidate now enjoys 48% support in the state, a 12 point jump from November, "
        "a poll released on Thursday showed.",
    ):
        article = _read(lead + "\n\nMore details were not given.", "1989-11-03")
        start, end = whole_sentences(article)[0]
        assert not recalls_earlier(article, start, end), lead
    for history_text in (
        "The civil war, which ended in 1975, left more than a million people dead.",
        "The last strike at the plant ended on March 3, 1987, after six weeks of talks.",
    ):
        article = _read("The company reported a loss on Thursday.\n\n" + history_text, "1989-11-03")
        start, end = whole_sentences(article)[1]
        assert recalls_earlier(article, start, end), history_text
    history = "Back in 1988 the company earned $17.3 million on revenue of $352.9 million."
    article = _read("The company reported a loss on Thursday.\n\n" + history, "1989-11-03")
    start, end = whole_sentences(article)[1]
    assert recalls_earlier(article, start, end)


def test_a_day_in_an_aside_does_not_date_the_sentence_it_stands_in() -> None:
    text = (
        "Polly Peck International agreed to acquire 51% of the Japanese maker of audio "
        "equipment Sansui Electric for $110 million.\n\nPolly "
        "Peck's chairman praised the accord, which was announced Friday, as a model."
    )
    assert _first_shown(_read(text, "1989-10-30")).startswith("Polly Peck International agreed")


def test_a_headline_s_two_words_may_stand_in_the_text_as_one() -> None:
    """ "Ad sales boost Time Warner profit" over "Quarterly profits at US media giant
    TimeWarner jumped 76% ...": the lead tells the headline (it shares "profit" and the
    joined name), not a later sentence naming "Time Warner" apart (a BBC report's briefing
    had led on "Time Warner said on Friday that it now owns 8% of search-engine Google")."""
    lead = "Quarterly profits at US media giant TimeWarner jumped 76% to 1.13bn for the quarter."
    later = "Time Warner said on Friday that it now owns 8% of search-engine Google."
    text = f"{lead}\n\n{later}"
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    article = Article(
        id="a",
        source="a",
        text=text,
        sentences=sentences,
        title="Ad sales boost Time Warner profit",
    )
    told = _telling_the_headline(article, None)
    assert told is not None and article.text[told[0] : told[1]] == lead


def test_a_country_the_tagger_called_a_person_gets_no_first_name() -> None:
    from storyline.brief.compose import _with_dates
    from storyline.model import Entity

    # (brief-97: MEANTIME's "all 51 of Indonesia's air carriers" was printed "all 51 of
    # [Garuda] Indonesia's air carriers", the tagger having read the airline and the
    # country as one person)
    text = (
        "Most flights were on Garuda Indonesia.\n\n"
        "The EU added all 51 of Indonesia's air carriers to its list."
    )
    airline = text.index("Garuda")
    country = text.index("Indonesia's")
    article = Article(id="a", source="a", text=text, sentences=[])
    article.entities = [
        Entity("Garuda Indonesia", "PERSON", airline, airline + 16, "Garuda Indonesia"),
        Entity("Indonesia", "PERSON", country, country + 9, "Garuda Indonesia"),
    ]
    start = start_of(text)
    assert _with_dates(article, start, len(text)) == text[start:]
