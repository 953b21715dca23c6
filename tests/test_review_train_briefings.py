"""Faults a reader found in briefings of PolNeAR's training articles (thirty-sixth
session), each on text written for the test."""

from __future__ import annotations

from collections import Counter

from storyline.brief.compose import _leans
from storyline.compare.names import _canonical_names
from storyline.model import Article, Entity
from storyline.people import names_an_organisation
from storyline.read import read_articles
from storyline.read.entities import _canonicalise_people
from storyline.read.timex import find_times
from tests.test_speakers_unseen import direct_speakers


def test_a_news_organisation_the_tagger_calls_a_person_is_no_he() -> None:
    text = (
        "Sen. Walter Brandt said he would publish his tax returns this spring.\n\n"
        "Politico reported Saturday that a rival group was planning to call on the "
        "senator to release them before the caucuses.\n\n"
        "“Of course they are. I have nothing to hide,” he said."
    )
    assert direct_speakers(text)["Of course they are. I have nothing to hide"] == "Walter Brandt"


def test_the_one_a_reporter_asked_answers() -> None:
    text = (
        "Ana Ruiz chairs the rival group.\n\n"
        "Last month, a reporter asked Walter Brandt whether his finances were fair game.\n\n"
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


def values(text: str, anchor: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, anchor)]


def test_a_month_and_day_named_before_with_its_year_keep_that_year() -> None:
    found = values(
        "Emails show she met aides before the minister's March 3, 2013 hearing. "
        "A post she wrote on March 3 repeated his claim.",
        "2015-12-20",
    )
    assert found == [("March 3, 2013", "2013-03-03"), ("March 3", "2013-03-03")]
    # without the year told before, the nearest such day, as before
    assert values("The primary is on March 3.", "2015-12-20") == [("March 3", "2016-03-03")]


def test_a_cause_named_after_a_future_cue_is_past() -> None:
    # a Sunday report
    caused = values("He says voters will back him because of the fire on Friday.", "2016-08-28")
    assert caused == [("Friday", "2016-08-26")]
    coming = values("He says voters will back him at the rally on Friday.", "2016-08-28")
    assert coming == [("Friday", "2016-09-02")]


def _canonical(text: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Entities as the tagger gave them (text, label), canonicalised as reading does."""
    found, at = [], 0
    for words, label in tagged:
        start = text.index(words, at)
        found.append(Entity(words, label, start, start + len(words), words))
        at = start + len(words)
    _canonicalise_people(found, text)
    return [(e.text, e.label, e.canonical) for e in found]


def test_a_full_name_tagged_an_organisation_is_a_person_the_surname_may_mean() -> None:
    text = (
        "Candidate Dara Vell took the stage. Vell ran the firm for years. She told her "
        "husband, Tom Vell, it would be ugly. Vell pushed ahead."
    )
    tagged = [("Dara Vell", "ORG"), ("Vell", "ORG"), ("Tom Vell", "PERSON"), ("Vell", "ORG")]
    # two people bear the surname: a bare "Vell" is a person, as written, not the husband
    assert _canonical(text, tagged) == [
        ("Dara Vell", "PERSON", "Dara Vell"),
        ("Vell", "PERSON", "Vell"),
        ("Tom Vell", "PERSON", "Tom Vell"),
        ("Vell", "PERSON", "Vell"),
    ]


def test_a_cause_or_a_word_before_a_surname_is_no_first_name() -> None:
    text = "Tom Vell spoke. The Stop Vell movement grew, and young voters joined Young Vell."
    tagged = [("Tom Vell", "PERSON"), ("Stop Vell", "ORG"), ("Young Vell", "ORG")]
    assert _canonical(text, tagged) == [
        ("Tom Vell", "PERSON", "Tom Vell"),
        ("Stop Vell", "ORG", "Stop Vell"),
        ("Young Vell", "ORG", "Young Vell"),
    ]


def test_an_owner_in_the_reported_words_before_a_quotation_is_not_its_speaker() -> None:
    found = direct_speakers(
        "A spokesman for Dunmore Hosting declined to address the FBI's report specifically "
        "but said in a statement that “Dunmore did not, at any time, wipe the server.”"
    )
    assert found["Dunmore did not, at any time, wipe the server."] == (
        "A spokesman for Dunmore Hosting"
    )


def test_an_employer_and_a_title_after_the_cue_lead_to_the_person() -> None:
    found = direct_speakers(
        "“The numbers are clear,” said Latino Decisions researcher Sylvia Manzano.\n\n"
        "“Turnout will rise,” said Latino Decisions co-founder Matt Barreto."
    )
    assert found["The numbers are clear"] == "Sylvia Manzano"
    assert found["Turnout will rise"] == "Matt Barreto"


def test_a_longer_name_that_adds_a_figure_is_another_persons() -> None:
    named = _canonical_names(Counter({"Guccifer": 4, "Guccifer 2.0": 2, "Barack Obama": 1}))
    assert "Guccifer" not in named
    assert _canonical_names(Counter({"Obama": 3, "Barack Obama": 1})) == {"Obama": "Barack Obama"}


def test_a_named_asker_may_go_on_speaking() -> None:
    found = direct_speakers(
        "Walter Brandt asked Tom Hale whether he was even eligible to run. "
        "“I don't think so,” he said."
    )
    assert found["I don't think so"] == "Walter Brandt"


def test_a_year_told_long_before_or_a_day_to_come_keeps_the_nearest_day() -> None:
    assert values(
        "The attacks of September 11, 2001 were recalled. "
        "A memorial service will be held on September 11.",
        "2016-09-01",
    ) == [("September 11, 2001", "2001-09-11"), ("September 11", "2016-09-11")]
    born = values("She was born on March 3, 1950. The primary is on March 3.", "2016-01-10")
    assert born[-1] == ("March 3", "2016-03-03")
    race = values(
        "The May 1, 2015 race was close. This year's race, on May 1, is open.", "2016-03-01"
    )
    assert race[-1] == ("May 1", "2016-05-01")
    # a cause closed by a comma before the day does not make it past
    assert values("He will resign because of the scandal, effective Friday.", "2016-08-28") == [
        ("Friday", "2016-09-02")
    ]


def test_a_company_or_a_church_named_like_a_person_keeps_its_surname_apart() -> None:
    found = direct_speakers(
        "Merrill Lynch paid the fine. Attorney General Loretta Lynch spoke. "
        "“We will act,” Lynch said."
    )
    assert found["We will act"] == "Loretta Lynch"
    assert not names_an_organisation("Frank Church")
    # a person the tagger gives only spaces is left alone
    assert _canonical(" x", [(" ", "PERSON")]) == [(" ", "PERSON", " ")]


def test_a_caption_taken_for_a_name_is_no_ones_fuller_name() -> None:
    named = _canonical_names(
        Counter({"Rubio": 4, "Marco Rubio": 2, "Marco Rubio Responds To Question": 1})
    )
    assert named == {"Rubio": "Marco Rubio"}


def test_a_contest_someone_needs_to_win_is_to_come() -> None:
    # a Saturday report
    found = values("Cruz, who needs a win in Tuesday's primary, got the endorsement.", "2016-04-30")
    assert found == [("Tuesday", "2016-05-03")]
    assert values("Cruz needed a win in Tuesday's primary and lost.", "2016-04-30") == [
        ("Tuesday", "2016-04-26")
    ]


def test_what_a_future_follows_on_the_heels_of_is_past() -> None:
    found = values(
        "Biden will follow on the heels of Obama's visit to Ohio on Wednesday.", "2016-07-08"
    )
    assert found == [("Wednesday", "2016-07-06")]


def test_a_sentence_opening_a_quotation_it_never_closes_leans() -> None:
    assert _leans("LOS ANGELES -- ''The stories begin.")
    assert _leans("“Now they're saying that the plant is a drag on the town.")
    assert not _leans("“We will reopen the plant,” the mayor's office announced.")
    assert not _leans("The “plan” is dead.")


def test_an_untagged_surname_opening_a_sentence_takes_the_next_he() -> None:
    """ "Trump almost seemed to agree. “...,” he said": the tagger missed "Trump", and
    Trump's words had gone to the Mexican president quoted just before (a July-September
    2016 review of PolNeAR train briefings)."""
    found = direct_speakers(
        "Donald Trump met Enrique Pena Nieto in Mexico City on Wednesday.\n\n"
        "Pena Nieto said migration had peaked years ago. "
        '"Mexican workers here are honest people," he said.\n\n'
        'Trump almost seemed to agree. "Illegal crossings hurt Mexico as well as us," he '
        'said. "We will work together on it."'
    )
    assert found["Mexican workers here are honest people"] == "Enrique Pena Nieto"
    assert found["Illegal crossings hurt Mexico as well as us"] == "Donald Trump"
    assert found["We will work together on it."] == "Donald Trump"


def test_a_surname_two_people_bear_opening_a_sentence_takes_no_he() -> None:
    found = direct_speakers(
        "Bill Clinton and Hillary Clinton arrived in Iowa with Senator Tom Harkin.\n\n"
        'Harkin spoke first. "We need this win," he said.\n\n'
        'Clinton almost seemed to agree. "We will see," he said.'
    )
    assert found["We need this win"] == "Tom Harkin"
    assert found["We will see"] == "Clinton"  # which Clinton is not told


def test_a_name_describing_a_thing_or_a_person_after_the_cue_is_not_the_speaker() -> None:
    """ "said the printed Cruz slate card", "said one Trump confidant": a handout's and an
    adviser's words had gone to the candidates themselves."""
    found = direct_speakers(
        "Cruz won 18 of 25 slots on Sunday. "
        '"Senator Cruz thanks his supporters," said the printed Cruz slate card. '
        '"He will not back down," said one Trump confidant. '
        '"The vote was unfair," said Cruz today.'
    )
    assert found["Senator Cruz thanks his supporters"] == "the printed Cruz slate card"
    assert found["He will not back down"] == "one Trump confidant"
    assert found["The vote was unfair"] == "Cruz"


def test_a_newspaper_keeps_its_article_and_a_title_after_a_place_leads_to_the_person() -> None:
    text = (
        'Trump filed his report. But as The Hill pointed out, "Trump has released no tax '
        'returns." "People are angry," said Chicago Alderman Jason C. Ervin, who thinks '
        'Emanuel and his staff "need to be more collaborative."'
    )
    (article,) = read_articles([Article(id="t", source="t", text=text)])
    speakers = {q.text: q.speaker for q in article.quotes}
    assert speakers["Trump has released no tax returns."] == "The Hill"
    assert speakers["People are angry"] == "Jason C. Ervin"
    assert speakers["need to be more collaborative."] == "Jason C. Ervin"  # not "Chicago"


def test_an_opening_participle_clause_names_no_subject_for_a_later_she() -> None:
    """ "Noting that both Reagan and Trump battled the media, Schlafly put her finger on
    ...": her later "she wrote" had gone to Reagan, the first name of the sentence."""
    found = direct_speakers(
        "Phyllis Schlafly praised President Reagan in her last column.\n\n"
        "Noting that both Reagan and Trump battled the media, Schlafly put her finger on "
        "one facet of the campaign that invokes Reagan.\n\n"
        '"Trump is the first candidate since Reagan to talk of winning," she wrote.'
    )
    assert found["Trump is the first candidate since Reagan to talk of winning"] == (
        "Phyllis Schlafly"
    )


def test_a_time_or_an_adverb_after_the_name_is_no_description() -> None:
    """A reviewer's cases: "said Trump last night" had become the speaker "Trump last
    night"; a description needs a determiner before the name."""
    found = direct_speakers(
        "Donald Trump held a rally. Ted Cruz was in Texas. "
        '"We win," said Trump last night. "We lose," said Cruz last week. '
        '"Maybe," said Trump earlier. "Never," said the Trump campaign.'
    )
    assert found["We win"] == "Donald Trump"
    assert found["We lose"] == "Ted Cruz"
    assert found["Maybe"] == "Donald Trump"
    assert found["Never"] == "the Trump campaign"
    later = direct_speakers(
        '"Soon," said the Trump campaign last night. "Fine," said Cruz himself.'
    )
    assert later["Soon"] == "the Trump campaign" and later["Fine"] == "Cruz"
    assert direct_speakers('"Go," said a Trump weekend volunteer.')["Go"] == (
        "a Trump weekend volunteer"
    )


def test_an_honorific_shows_the_man_of_a_surname_the_text_gives_a_woman_in_full() -> None:
    """ "Mr. Clinton" is a he though the text names only Hillary Clinton in full; an office
    shows no gender ("President Obama ... she sought to" had gone to Obama), so "President
    Clinton" then takes no "he" rather than a wrong one."""
    text = 'Hillary Clinton held a rally on Monday. {} spoke in Iowa. "We win," he said.'
    assert direct_speakers(text.format("Mr. Clinton"))["We win"] == "Clinton"
    assert direct_speakers(text.format("President Clinton"))["We win"] is None


def test_one_person_under_two_written_names_bears_the_surname_once() -> None:
    """ "Donald J. Trump" and "Donald Trump" are one person: the untagged "Trump" opening
    a sentence is still his; "Donald Trump Jr." is another, so it is no one's."""
    text = (
        "Donald J. Trump met Enrique Pena Nieto. Donald Trump spoke first.\n\n"
        'Pena Nieto said migration had peaked. "Mexicans are honest," he said.\n\n'
        'Trump almost seemed to agree. "Crossings hurt Mexico too," he said.'
    )
    assert direct_speakers(text)["Crossings hurt Mexico too"] == "Donald J. Trump"
    junior = text.replace("Donald Trump spoke first.", "Donald Trump Jr. spoke first.")
    assert direct_speakers(junior)["Crossings hurt Mexico too"] != "Donald J. Trump"
    from storyline.read.quotes import _person_key

    assert (
        _person_key("Donald Trump, Jr.")
        == _person_key("Donald Trump Jr.")
        != (_person_key("Donald J. Trump"))
    )
    assert _person_key("Martin Luther King Jr.")[0] == "King"


def test_an_organisation_named_for_a_person_is_not_that_persons_fuller_name() -> None:
    """The Trayvon Martin Foundation's statement was shown as Trayvon Martin's words."""
    mentions = {"Trayvon Martin": 5, "Trayvon Martin Foundation": 1, "Martin": 2}
    names = _canonical_names(Counter(mentions | {"Clinton": 3, "Clinton Foundation": 2}))
    assert "Trayvon Martin Foundation" not in names
    assert names["Martin"] == "Trayvon Martin"
    assert "Clinton" not in names  # not "Clinton Foundation"


def test_a_possessive_the_tagger_read_as_a_first_name_is_not_put_in_brackets() -> None:
    """ "[Trump’s] Indiana GOP insiders are working to ...": the tagger read "Trump’s
    Indiana" as a person, and the insiders became Trump's (a reader's review)."""
    from storyline.brief.compose import _with_dates

    text = "Trump’s Indiana push stalled.\n\nIndiana GOP insiders are working against Trump."
    article = Article(id="a", source="a", text=text, sentences=[])
    at = text.index("Indiana GOP")
    article.entities = [
        Entity("Trump’s Indiana", "PERSON", 0, 15, "Trump’s Indiana"),
        Entity("Indiana", "PERSON", at, at + 7, "Trump’s Indiana"),
    ]
    assert _with_dates(article, at, len(text)) == text[at:]


def test_a_he_is_not_the_surname_of_the_one_woman_the_text_names_so() -> None:
    """ "“To Hillary Clinton, the four men don't matter,” he wrote": an unnamed writer's
    words about Clinton had gone to "Clinton" (a reader's review)."""
    found = direct_speakers(
        "Hillary Clinton spoke on Monday night.\n\n"
        '"We did not lose a single person," Clinton said.\n\n'
        '"To Hillary Clinton, the four men who died do not matter at all," he wrote.'
    )
    assert found["We did not lose a single person"] == "Hillary Clinton"
    assert found["To Hillary Clinton, the four men who died do not matter at all"] is None


def test_the_gloss_of_a_figure_standing_alone_is_no_statement() -> None:
    """ "$50 million." then "The amount Trump essentially gave his campaign Thursday, ...":
    a "by the numbers" list's gloss had been a June 2016 briefing's title and summary."""
    from storyline.brief.compose import _not_a_statement

    glosses = [
        ("$12 million.", "The amount the council set aside for the bridge on Tuesday."),
        ("3.", "The number of ferries the harbour board kept in service this winter."),
        ("46%", "The share of voters who backed the bridge in the spring poll."),
    ]
    for figure, gloss in glosses:
        text = f"The council met on Tuesday.\n\n{figure}\n\n{gloss}"
        article = Article(id="a", source="a", text=text, sentences=[])
        assert _not_a_statement(article, text.index(gloss), len(text)), figure
    # a paragraph after a sentence with a figure in it is a statement
    text = "The toll rose to $12.\n\nThe council voted for the bridge on Tuesday."
    start = text.index("The council")
    assert not _not_a_statement(Article(id="b", source="b", text=text), start, len(text))


def test_a_description_is_the_person_given_its_word_when_last_named() -> None:
    """ "“…,” the host said" after "Morning Joe hosts Joe Scarborough and Mika Brzezinski"
    and a sentence naming Scarborough is his (a reader's review of May-June 2016); a
    description whose word went to someone other than the last person named stays."""
    found = direct_speakers(
        "In an interview with Harbour Hour hosts Tom Lee and Ann Bell, the mayor spoke of "
        "the bridge.\n\n"
        "The mayor has long said the ferry is fine, something Lee could understand.\n\n"
        '"I said she was exactly right about the ferry," the host said.'
    )
    assert found["I said she was exactly right about the ferry"] == "Tom Lee"
    found = direct_speakers(
        "Harbour Hour host Tom Lee spoke to the mayor on Monday.\n\n"
        "Ann Bell has taken time away from her show to attend the launch.\n\n"
        '"We will be back on air on Friday," the host said.'
    )
    assert found["We will be back on air on Friday"] == "the host"


def test_which_decision_warning_or_company_was_told_before() -> None:
    """ "CNN's Dana Bash tweeted that Trump's daughter Ivanka was behind the decision." and
    "The company has reportedly taken heat ..." lean on the sentence before (a reader's
    review of May-June 2016 briefings); a decision or company the sentence names does not."""
    assert _leans("A reporter tweeted that the mayor's daughter was behind the decision.")
    assert _leans("Farage said the warning was indicative of the mood in the harbour.")
    assert _leans("The company has reportedly taken heat from a civil rights group.")
    assert not _leans("Officials defend the decision not to air ads until later this month.")
    assert not _leans("The council defended the decision to close the ferry on Monday.")
    assert not _leans("The company that runs the ferry said fares would rise.")
    assert not _leans("Marlow Ferries said the company would pay for the repairs.")


def test_a_quotation_alone_is_bare_whatever_quotation_it_holds() -> None:
    """ "“The ‘I feel your pain’ is absolutely genuine.”" stood alone in a May 2016
    briefing, its speaker named only in the sentence before: the inner quotation's closing
    mark had been taken for the outer one's."""
    from storyline.brief.compose import _bare_quotation

    assert _bare_quotation('"The ‘harbour first’ plan is absolutely genuine."')
    assert _bare_quotation("“The ‘harbour first’ plan is absolutely genuine.”")
    assert not _bare_quotation("“A ‘big’ day for the harbour,” Lee said.")
    assert not _bare_quotation("‘Tis the season for ferries.")


def test_a_signed_post_is_a_bare_quotation() -> None:
    """An embedded post signed by its author ("“…” — Hillary Clinton.", ``extract/
    markup.py``) tells no saying a digest can show as what happened: a PolNeAR briefing
    showed a tweet ending "SIGN UP FOR OUR NEWSLETTER" among its events."""
    from storyline.brief.compose import _bare_quotation

    assert _bare_quotation("“I'm thrilled to announce my running mate.” — Hillary Clinton.")
    assert _bare_quotation("“Praying for the victims in San Bernardino.” — @GovChristie.")
    assert not _bare_quotation("“We won,” Lee said — and the crowd cheered.")
    assert not _bare_quotation("“We won.” — the council's vote was 6-1.")


def test_a_name_among_others_after_a_preposition_is_no_colons_speaker() -> None:
    """ "Kaine has adopted the stance common among some Catholics in public office: “…”"
    had gone to "Catholics" (a reader's review of May-June 2016 briefings)."""
    found = direct_speakers(
        "Tom Lee spoke on Monday.\n\n"
        "Lee has adopted the stance common among some Catholics in public office: "
        "“I am for the ferry in my personal life, but for the bridge in my public life.”"
    )
    assert found[
        "I am for the ferry in my personal life, but for the bridge in my public life."
    ] != ("Catholics")


def test_a_pronoun_after_a_sentence_pointing_at_someone_is_theirs() -> None:
    """ "Just look at House Speaker Paul D. Ryan. He's said ..." had gone to Trump, the
    last to speak before (a reader's review of an April 2016 column)."""
    found = direct_speakers(
        '"The ferry is fine," Ann Lee said on Monday.\n\n'
        "That is more than you can say for other councillors. Just look at Deputy Mayor "
        'Rachel Bell. She warned the board, because she thought it "risks the whole harbour '
        'budget" in the spring.'
    )
    assert found["risks the whole harbour budget"] == "Rachel Bell"


def test_the_statement_said_is_whoever_said_it_in_a_statement() -> None:
    """ "“…,” Fox News said in a statement. ... “…,” the statement said." (a reader's review
    of April 2016 briefings: the second had stayed "the statement"'s)."""
    found = direct_speakers(
        '"The board met the mayor three times on Thursday," Marlow Ferries said in a '
        "statement.\n\n"
        '"Furthermore, the mayor asked for free tickets for his staff," the statement said.'
    )
    assert found["Furthermore, the mayor asked for free tickets for his staff"] == "Marlow Ferries"


def test_the_review_cases_of_this_sessions_briefing_rules() -> None:
    """A review of the rules above found: mixed quotation marks of scraped text, a numbered
    list's items, a sentence naming the company it speaks of."""
    from storyline.brief.compose import _bare_quotation, _not_a_statement

    assert not _bare_quotation('“Great day for the harbour," Lee said.')
    assert not _bare_quotation('"Great day,” Lee said.')
    assert not _leans("Marlow Ferries, the company said, will cut fares.")
    for figure in ("3.", "1.", "2016.", "154"):
        text = f"The council met.\n\n{figure}\n\nThe mayor raised ferry fares on Monday, officials said."
        start = text.index("The mayor")
        assert not _not_a_statement(Article(id="a", source="a", text=text), start, len(text))


def test_with_someone_yelling_makes_them_the_one_who_yelled() -> None:
    # (November 2015 read: "with Trump reportedly yelling: “…”" had gone to the "Black Lives
    # Matter protester" named before, "with" taken for a preposition before a noun)
    text = (
        "Mayor Ada Brenn held a rally in Corlen on Saturday.\n\n"
        "Some of her supporters pushed a Harwick Party protester, with Brenn reportedly "
        "yelling: “Get him out of here!”"
    )
    assert direct_speakers(text)["Get him out of here!"] == "Ada Brenn"
    # "with" before a name and no participle of saying: still no subject
    met = (
        "Mayor Ada Brenn spoke in Corlen on Saturday.\n\n"
        "She met with Tom Hale and said: “We will fight for every job.”"
    )
    assert direct_speakers(met)["We will fight for every job."] == "Ada Brenn"


def test_a_speaker_given_by_description_is_the_one_another_source_names_for_the_words() -> None:
    from storyline.brief.compose import compose
    from storyline.model import Event, Storyline

    words = "I want to wait until I meet with the Harwick board before I decide"
    described = (
        "Mayor Ada Brenn met the Corlen business club on Thursday.\n\n"
        f"Asked about the ferry deal, the businesswoman replied: “{words}.”"
    )
    named = (
        "Mayor Ada Brenn met the Corlen business club on Thursday.\n\n"
        f"“{words},” Brenn said of the ferry deal."
    )
    reports = list(
        read_articles(
            [
                Article(id="a", source="a", text=described, published="2026-03-12"),
                Article(id="b", source="b", text=named, published="2026-03-12"),
            ],
            parallel=False,
        )
    )
    briefing = compose(
        Storyline("s", ["e"]),
        [Event("e", ["a", "b"], "s", "2026-03-12")],
        {r.id: r for r in reports},
    )
    speakers = {(q.citation.article_id, q.speaker) for q in briefing.quotes if words in q.text}
    assert ("a", "Ada Brenn") in speakers, briefing.quotes
    assert {speaker for _, speaker in speakers} == {"Ada Brenn"}


def test_words_inside_anothers_longer_quotation_are_not_theirs() -> None:
    # (the review: a supporter's shout, a chant and a critic quoting the man had all gone
    # to the mayor, whose longer quotation held the words)
    from storyline.brief.compose import compose
    from storyline.model import Event, Storyline

    cases = [
        (
            "“We will win this town and the county!” a supporter shouted.",
            "“We will win this town and the county, and then we will win the state,” Brenn said.",
            "We will win this town and the county!",
        ),
        (
            "The protesters chanted “No ferry for Corlen, no peace for Harwick” at the gates.",
            "“No ferry for Corlen, no peace for Harwick, they say,” Brenn said.",
            "No ferry for Corlen, no peace for Harwick",
        ),
        (
            "Asked again, the businessman replied: “I will wait until I meet with the Harwick "
            "board.”",
            "“He says ‘I will wait until I meet with the Harwick board.’ Nobody believes him,” "
            "Brenn said.",
            "I will wait until I meet with the Harwick board.",
        ),
    ]
    opening = "Mayor Ada Brenn met the Corlen business club on Thursday.\n\n"
    for described, named, words in cases:
        reports = list(
            read_articles(
                [
                    Article(id="a", source="a", text=opening + described, published="2026-03-12"),
                    Article(id="b", source="b", text=opening + named, published="2026-03-12"),
                ],
                parallel=False,
            )
        )
        briefing = compose(
            Storyline("s", ["e"]),
            [Event("e", ["a", "b"], "s", "2026-03-12")],
            {r.id: r for r in reports},
        )
        given = [q.speaker for q in briefing.quotes if q.citation.article_id == "a"]
        assert "Ada Brenn" not in given, (words, briefing.quotes)


def test_with_someone_replying_or_stating_gives_the_words_to_them() -> None:
    # (the absolute construction takes every participle of saying, not a list of its own)
    for participle in ("replying", "stating", "announcing", "shouting"):
        text = (
            "Mayor Ada Brenn held a rally in Corlen on Saturday, with her rival Tom Hale "
            f"{participle}: “The ferry will never sail.”"
        )
        assert direct_speakers(text)["The ferry will never sail."] == "Tom Hale", participle
    # a title among the words before the name, an adverb after it (a review's cases)
    for who in ("Sen. Tom Hale reportedly", "her rival, Tom Hale, then"):
        text = f"Mayor Ada Brenn held a rally, with {who} replying: “The ferry will never sail.”"
        wanted = "Tom Hale" if "," not in who else "Ada Brenn"  # (a comma: no absolute)
        assert direct_speakers(text)["The ferry will never sail."] == wanted, who
    # the participle must run into the quotation: "saying nothing of ..." does not
    nothing = (
        "Mayor Ada Brenn ended the rally with Tom Hale saying nothing of the ferry plan: "
        "“We will win the vote in May.”"
    )
    assert direct_speakers(nothing)["We will win the vote in May."] == "Ada Brenn"


def test_the_campaign_is_the_body_a_name_before_its_noun_named() -> None:
    # (an August 2016 read: "the campaign said in a statement" after "The Clinton campaign
    # suggested ..." was shown as "the campaign")
    text = (
        "The Brenn campaign suggested that the aide had acted on his own.\n\n"
        "Regarding the exchanges, the campaign said in a statement: “Neither of these "
        "emails involve the mayor.” The campaign did not elaborate."
    )
    assert direct_speakers(text) == {"Neither of these emails involve the mayor.": "Brenn campaign"}
    # a name inside a quotation names no body (a review's case), nor an adjective, a
    # place's "-based" or a possessive (the name must be a tagged person or organisation)
    quoted = (
        "“We lost the vote. The Brenn campaign lied to us,” Hale said.\n\n"
        "“We will not give up,” the campaign said."
    )
    assert direct_speakers(quoted)["We will not give up"] == "the campaign"
    for opening in ("The Republican campaign", "The New York-based campaign"):
        text = (
            f"{opening} against the ferry began in May.\n\n“We will not stop,” the campaign said."
        )
        assert direct_speakers(text)["We will not stop"] == "the campaign", opening


def test_a_pronoun_after_a_sentence_opening_with_a_possessive_is_that_person() -> None:
    # (a December 2015 read, "Pete" a first name of no known gender: "Palin’s pugnacious posts about ISIS include one last week
    # saying ... “…,” she posted." had gone to the reader whose comment was quoted above)
    text = (
        "“Thanks Mary!!!” wrote Pete Hale.\n\n"
        "Mary Brenn’s posts about the ferry include one last week saying the danger had been "
        "understated.\n\n"
        "“We are right in calling for the ferry to be stopped,” she posted."
    )
    assert direct_speakers(text)["We are right in calling for the ferry to be stopped"] == (
        "Mary Brenn"
    )
    # a second person the pronoun agrees with is named there: not the possessor
    manager = (
        "“Thanks Mary!!!” wrote Pete Hale.\n\n"
        "Mary Brenn’s campaign manager, Lena Dorn, met the council on Monday.\n\n"
        "“We are right to stop the ferry,” she said."
    )
    assert direct_speakers(manager)["We are right to stop the ferry"] != "Mary Brenn"


def test_the_possessor_gives_way_to_anyone_else_the_pronoun_may_mean() -> None:
    # (a second review's cases, each of which the first version gave to the possessor)
    cases = {
        # someone the pronoun agrees with, named in its own sentence before it
        "Mary Brenn spoke in Corlen on Monday.\n\nBrenn’s rally drew protesters. When Ada "
        "Hale was asked about it, she said: “This is not my party.”": "Ada Hale",
        # the possessive a role's
        "Mary Brenn appeared in court on Monday. Brenn’s lawyer asked for a delay.\n\n"
        "“My client needs time,” she said.": "Brenn’s lawyer",
        # someone else giving words in the possessive's sentence
        "Sen. Ada Hale spoke on Monday. “We will see,” Hale said.\n\nMary Brenn’s ferry "
        "would cost $20 million, the senator argued.\n\n“It is a waste of money,” she "
        "said.": "Ada Hale",
        # a headline's line
        "Ada Hale spoke. “We will win,” Hale said.\n\nMary Brenn’s ferry is a folly\n\n"
        "“It is a waste of money,” she said.": "Ada Hale",
    }
    for text, wanted in cases.items():
        found = direct_speakers(text)
        quotation = max(found, key=len)
        assert found[quotation] in {wanted, wanted.split()[-1]}, text  # ("Hale": as written)
    # another person named in the pronoun's sentence whom it does not agree with is no one
    # it may mean ("He declined ... the writing of Melania Trump's speech")
    other = (
        "“Thanks Mary!!!” wrote Pete Hale.\n\n"
        "Mary Brenn’s posts about the ferry include one saying the danger was understated.\n\n"
        "“We are right to stop the ferry,” she posted, citing Tom Lund’s study."
    )
    assert direct_speakers(other)["We are right to stop the ferry"] == "Mary Brenn"


def test_the_absolute_takes_any_ly_adverb_and_a_short_phrase_before_the_quotation() -> None:
    # (a second review: "quietly" had been refused, "in a statement on Monday" too long)
    for words in ("quietly replying:", "saying in a statement on Monday:"):
        text = f"Mayor Ada Brenn held a rally, with Tom Hale {words} “The ferry will never sail.”"
        assert direct_speakers(text)["The ferry will never sail."] == "Tom Hale", words


def test_with_someone_saying_nothing_leaves_the_words_to_the_one_who_told_them() -> None:
    text = (
        "Mayor Ada Brenn held a rally in Corlen on Saturday.\n\n"
        "She shared the stage with Tom Hale saying nothing, then told the crowd: "
        "“We will win this.”"
    )
    assert direct_speakers(text)["We will win this."] == "Ada Brenn"


def test_one_member_of_a_group_speaks_as_one_and_an_apposed_member_by_name() -> None:
    # (January 2016 read: "said one Democrat familiar with the discussion" read "Democrat";
    # "Brian Sandoval, a Republican, said" had gone to "Republican")
    member = direct_speakers(
        "The mayor met the council on Monday.\n\n"
        "“It wasn't a convincing argument,” said one Democrat familiar with the talks."
    )
    assert member["It wasn't a convincing argument"] == "one Democrat"
    named = read_articles(
        [
            Article(
                id="a",
                source="a",
                text="Corlen's governor, Ada Brenn, a Republican, said Tuesday that she had "
                "voted for the ferry plan.",
            )
        ],
        parallel=False,
    )
    assert [q.speaker for q in next(iter(named)).quotes] == ["Ada Brenn"]


def test_a_described_speaker_is_named_only_for_the_utterance_in_whole_words() -> None:
    # (a reviewer's read of the rule: "board" stood "in" the named "boards" as a substring)
    from types import SimpleNamespace
    from typing import cast

    from storyline.brief.compose import _NamedQuotations
    from storyline.brief.context import Context
    from storyline.compare.support import normalise
    from storyline.model import Quote

    said = "“I will wait until I meet with the Harwick boards,” Ada Brenn said."
    report = Article(
        id="b",
        source="b",
        text=said,
        entities=[Entity("Ada Brenn", "PERSON", 53, 62, "Ada Brenn")],
        quotes=[
            Quote(
                "I will wait until I meet with the Harwick boards,",
                1,
                51,
                "Ada Brenn",
                "Ada Brenn",
                53,
                62,
                True,
            )
        ],
    )
    quotations = _NamedQuotations(cast(Context, SimpleNamespace(articles={"b": report})))
    board = normalise("I will wait until I meet with the Harwick board")
    assert quotations.naming("b", board) == frozenset()
    boards = normalise("I will wait until I meet with the Harwick boards")
    assert quotations.naming("b", boards) == {"Ada Brenn"}
