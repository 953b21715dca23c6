"""A flag is read alone, under its heading, like a digest sentence: one leaning on a
sentence the reader is not shown is no flag: a claim, a contradiction, a quote about
someone it does not name. Sentences of our own making."""

from __future__ import annotations

from storyline.brief.compose import QUOTE_LEANING, _leans, _mostly_quoted, _reads_alone
from storyline.model import Article, Claim


def _claim(text: str, about: str | None = None) -> Claim:
    return Claim("a", text, 0, len(text), [], about=about)


def test_a_claim_opening_with_a_pronoun_or_a_connective_does_not_read_alone() -> None:
    assert not _reads_alone(_claim("They still hold 14 trawlers and 200 crew for ransom."))
    assert not _reads_alone(_claim("It was then that the agent asked for $90 million."))
    assert not _reads_alone(_claim("However, the second ferry has no sailing date."))
    assert not _reads_alone(_claim("“We will rebuild the pier,” she said on Friday."))
    assert _reads_alone(_claim("The Corlen ferry still carries 300 cars a day."))


def test_so_an_ellipsis_or_a_closing_it_leans_on_what_came_before() -> None:
    # Read in unseen August 2016 briefings (PolNeAR train), each written here.
    assert _leans("So she spent her holidays on the Corlen ferry.")
    assert _leans("Through a trust, so did the mayor's brother-in-law.")
    assert _leans("Fishermen hated it.")
    assert not _leans("So-called ferry passes sold out on Monday.")
    assert not _leans("So far, 40 people have been arrested in Corlen.")
    assert not _leans("About 20 or so were arrested on Monday in Corlen.")
    assert not _leans("The council approved it on Monday.")


def test_a_named_he_reads_alone() -> None:
    # "He [Ada Brenn] played ...": the bracket says whom it is about.
    assert _reads_alone(_claim("He played nine seasons for Corlen.", about="Ada Brenn"))
    assert not _reads_alone(_claim("He played nine seasons for Corlen."))


def test_the_announcement_of_something_names_it() -> None:
    assert _leans("The announcement came a day after the vote in Corlen.")
    assert not _leans("The announcement of Brenn as coach came a day after the vote.")
    assert not _leans("The comments by the Corlen mayor drew 40 complaints.")


def test_a_quote_about_someone_it_does_not_name_does_not_read_alone() -> None:
    assert QUOTE_LEANING.match("He's quick and he's the champion for a reason.")
    assert QUOTE_LEANING.match("But at the same time, we had no plan.")
    assert QUOTE_LEANING.match("It was a smuggling boat, and it was armed.")
    # the speaker's own words, and an "It" that names nothing, read alone
    assert not QUOTE_LEANING.match("We will rebuild the pier before the summer.")
    assert not QUOTE_LEANING.match("It's very hard for nine people to agree on a verdict.")
    assert not QUOTE_LEANING.match("It would appear the fire started in the kitchen.")
    assert not QUOTE_LEANING.match("This time we were ready for the flood.")


def _sentence(text: str, sentence: str) -> Claim:
    start = text.index(sentence)
    return Claim("a", sentence, start, start + len(sentence), [])


def test_a_sentence_inside_a_quotation_its_paragraph_opened_is_someones_words() -> None:
    # A statement quoted as a block, which the reading stage did not take as a quote: its
    # sentences are the speaker's words, not the writer's claims.
    block = (
        "Ada Brenn said on Monday:\n\n“For ferry crews who work nights, the pay rise is "
        "9 percent. For day crews the rise is 4 percent. For pilots it is nothing.”"
    )
    article = Article(id="a", source="a", text=block)
    assert _mostly_quoted(_sentence(block, "For day crews the rise is 4 percent."), article)
    transcript = '"BRENN: The pier will open in May. The Corlen ferry carries 300 cars a day.'
    article = Article(id="a", source="a", text=transcript)
    assert _mostly_quoted(
        _sentence(transcript, "The Corlen ferry carries 300 cars a day."), article
    )
    # a quotation the paragraph before opened and this one closes leaves the rest the
    # writer's; so does one opened and closed
    closed = 'a review of the pier" and its lights. The ferry carries 300 cars a day.'
    article = Article(id="a", source="a", text=closed)
    assert not _mostly_quoted(_sentence(closed, "The ferry carries 300 cars a day."), article)
    paired = 'She called it a "reckless gamble" on Friday. The ferry carries 300 cars a day.'
    article = Article(id="a", source="a", text=paired)
    assert not _mostly_quoted(_sentence(paired, "The ferry carries 300 cars a day."), article)


def test_a_time_or_count_of_what_was_told_before_leans() -> None:
    # A new user's read of 1998-2000 wire briefings: each shown alone, each needing the
    # sentence before it (texts written here).
    assert _leans("Earlier that day, the family sent a fax to the Corlen police.")
    assert _leans("Eight of them are in custody in Corlen and one overseas.")
    assert not _leans("The latest Corlen poll showed the mayor leading with 31 percent.")
    assert _leans("The group would be ready to leave for Corlen as soon as Tuesday.")
    assert not _leans("Eight people are in custody in Corlen and one overseas.")
    assert not _leans("The group of ferry owners met in Corlen on Monday.")
    assert not _leans("Earlier in the day, the ferry left Corlen with 300 cars.")
    # ("Earlier," alone: earlier than what was told before; a BBC briefing's summary)
    assert _leans("Earlier, the Corlen council considered a range of options for the pier.")
    assert _leans("Previously, the ferry had carried 300 cars a day to Corlen.")


def test_most_of_those_killed_reads_alone() -> None:
    assert not _leans("Most of those killed in the Corlen flood were children.")
    assert not _leans("Two of those arrested in Corlen were released on Monday.")
    # ... but "of those" with a verb right after counts people told before (brief-42).
    assert _leans("Nine of those are still held in Corlen, but the rest were released.")


def test_a_claim_holding_a_he_it_names_no_one_for_does_not_read_alone() -> None:
    """ "What organization and outreach he has is provided by the Republican National
    Committee" stood in a flag list whose reader never learned whose (August 2016)."""
    from storyline.read import read_articles

    texts = [
        "What support he has comes from the Corlen harbour union and two councillors.",
        "The Corlen harbour union said its support for Vos would last to the vote.",
    ]
    for text, alone in zip(texts, (False, True), strict=True):
        (article,) = read_articles([Article(id="a", source="a", text=text)], parallel=False)
        assert _reads_alone(_claim(text), article) is alone, text
        assert _reads_alone(_claim(text))  # (without its article, the opening alone)


def test_openers_that_lean_on_a_sentence_not_shown() -> None:
    """July 2016 read: flags and main-account sentences that lean on one not shown."""
    from storyline.brief.compose import _leans

    for text in [
        "In the news conference, he accused the media of distorting her message.",
        "On Tuesday, she said the plan would fail.",
        "For starters, the ex-wife of the mayor blames the council.",
        "Fortunately for them, the mayor has provided plenty of new material.",
        "Many were seeking asylum from violence in their home countries.",
        # (September 2016 dev: a development line whose "it" only its headline told)
        "If it worked against Mitt Romney, it might just work against Donald Trump.",
        "In another email, the foundation asked aides to find a job for an associate.",
        # (September 2016 dev: a summary whose reader never learned who "the two" were)
        "The two taped an hourlong show that aired on Thursday.",
        "The three governors drew plaudits for their debate.",
    ]:
        assert _leans(text), text
    for text in [
        "After Vos spoke, he left the stage.",
        "Many voters were angry about the levy.",
        "Later this year, the harbour will reopen.",
        "Like many residents, Ida Berg voted early.",
        "Like Ida Berg, Vos voted for the levy.",
        "For another two weeks, the port stays shut.",
        "Unfortunately for Democrats, the levy failed.",
        "Some are calling it the harbour's worst week.",
        "If Vos wins, it will be close.",
        "When it rains, the harbour floods.",
        "Another two weeks passed before the port opened.",
        "Another 20 people were hurt in the storm.",
        "The two-day summit opened in Valmora on Monday.",
    ]:
        assert not _leans(text), text


def test_a_sentence_after_a_wire_dateline_leans_as_it_is_printed() -> None:
    """September 2016 dev: "HEMPSTEAD, N.Y. ― If it worked against Mitt Romney, it might
    just work against Donald Trump." stood as a development line, the dateline (not
    printed) hiding its leaning opening from the test."""
    from storyline.brief.compose import _can_lead, _leans_in

    for opening in ["If it worked against the mayor, it might work again", "He said the port"]:
        text = f"HARBOURTON, Maine ― {opening} would reopen on Monday. The port was shut."
        end = text.index(". The") + 1
        article = Article(id="a", source="a", text=text, sentences=[(0, end)])
        assert _leans_in(article, 0, end), opening
        assert not _can_lead(article, 0, end), opening
    text = "HARBOURTON, Maine ― The port of Harbourton reopened on Monday after a storm."
    article = Article(id="a", source="a", text=text, sentences=[(0, len(text))])
    assert not _leans_in(article, 0, len(text))
    assert _can_lead(article, 0, len(text))


def test_a_sentence_closing_on_typewriter_quotes_ends() -> None:
    """September 2016 dev: the New York Times' closing two apostrophes ("... the Promised
    Land.''") kept a museum opening's lead from its summary."""
    from storyline.brief.compose import _ends_a_sentence

    assert _ends_a_sentence("He said it would tell a story of ''hope and the Promised Land.''")
    assert _ends_a_sentence("She said “No.” ")
    assert not _ends_a_sentence("He called it ''the Promised Land''")
