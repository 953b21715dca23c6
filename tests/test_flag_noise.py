"""Flags an editor would not want, from a read of 13 rumour briefings (fourteenth session):
a report's lead that the other reports of its event tell in their own words, and a
sentence the splitter cut after a person's initials. Texts written for the tests."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from storyline.brief.compose import _not_a_statement, _opening_told_elsewhere, _openings
from storyline.brief.context import Context
from storyline.model import Article, Claim
from storyline.read.sentences import split_sentences


def _article(article_id: str, text: str) -> Article:
    article = Article(id=article_id, source=article_id, text=text)
    article.sentences = split_sentences(text)
    return article


def _context(articles: list[Article], event_of: dict[str, str]) -> Context:
    return cast(
        Context,
        SimpleNamespace(
            articles={a.id: a for a in articles},
            event_of=event_of,
            openings=_openings(articles),
        ),
    )


def _lead(article: Article) -> Claim:
    start, end = article.sentences[0]
    return Claim(article.id, article.text[start:end], start, end, [])


PET = _article(
    "pet",
    "A devoted pet owner has spent 300 pounds on saving the life of his goldfish after it "
    "became constipated. The vet in Holt operated on the fish on Friday.",
)
MAN = _article(
    "man",
    "A British man forked out 460 dollars to save the life of his goldfish after it became "
    "constipated. He runs a small firm in Holt.",
)


def test_a_lead_the_other_reports_tell_in_their_own_words_is_no_flag() -> None:
    ctx = _context([PET, MAN], {"pet": "e1", "man": "e1"})
    assert _opening_told_elsewhere(_lead(PET), ctx)
    # a report of another event tells another happening
    apart = _context([PET, MAN], {"pet": "e1", "man": "e2"})
    assert not _opening_told_elsewhere(_lead(PET), apart)
    # a sentence further on is no lead
    start, end = PET.sentences[1]
    later = Claim("pet", PET.text[start:end], start, end, [])
    assert not _opening_told_elsewhere(later, ctx)


def test_a_lead_that_denies_stays_a_flag() -> None:
    denial = _article(
        "denial",
        "Police in Holt have denied reports that a man spent 460 dollars to save the life of "
        "his goldfish. The story began on a blog.",
    )
    ctx = _context([denial, MAN], {"denial": "e1", "man": "e1"})
    assert not _opening_told_elsewhere(_lead(denial), ctx)


def test_a_sentence_cut_after_a_persons_initials_is_no_statement() -> None:
    text = "A site called Kwiz is reporting that director J.J. Abrams wants a summer release."
    cut = text.index("J.J.") + len("J.J.")
    assert _not_a_statement(_article("cut", text), 0, cut)
    country = "Prices rose in the U.S. The president spoke on Monday about prices."
    end = country.index("U.S.") + len("U.S.")
    assert not _not_a_statement(_article("us", country), 0, end)
    # after a capitalised first name too, and the rest of the cut sentence is no statement
    # either ("Bush held back ..." read as the other President Bush)
    bush = "In 1991, President George H.W. Bush held back loan guarantees to Israel."
    cut = bush.index("H.W.") + len("H.W.")
    assert _not_a_statement(_article("bush", bush), 0, cut)
    assert _not_a_statement(_article("bush", bush), cut + 1, len(bush))
    # after a place's name the initials are a province's (the review's)
    victoria = "The ferry left Victoria B.C. The crossing took two hours on Sunday."
    end = victoria.index("B.C.") + len("B.C.")
    assert not _not_a_statement(_article("v", victoria), end + 1, len(victoria))
    place = "Fires forced residents to leave Kelowna B.C. The order was lifted on Sunday."
    end = place.index("B.C.") + len("B.C.")
    assert not _not_a_statement(_article("bc", place), 0, end)
    assert not _not_a_statement(_article("bc", place), end + 1, len(place))
    state = "The firm moved to Trenton N.J. Its shares rose on Monday."
    end = state.index("N.J.") + len("N.J.")
    assert not _not_a_statement(_article("nj", state), 0, end)
    assert not _not_a_statement(_article("nj", state), end + 1, len(state))


def test_a_sentence_pointing_back_or_at_the_reader_leans() -> None:
    from storyline.brief.compose import _leans

    assert _leans("In that shocking incident an 82-year-old woman was slapped in Holt.")
    assert _leans("Others point to earlier comments that seem to suggest the opposite.")
    assert _leans("You'd be able to return it to that very same spot.")
    assert _leans("That high price limits the console to the most devoted gamers.")
    assert _leans("In the process he put up an Islamic flag in the window.")
    assert not _leans("That Trump won Indiana surprised his rivals.")
    assert not _leans("That the vaccine works is no longer in doubt, officials said.")
    assert not _leans("In Holt, an 82-year-old woman was slapped on Tuesday.")
    assert not _leans("Your ballot matters, officials in Holt said.")


def test_a_sentence_naming_its_speaker_before_he_said_reads_alone() -> None:
    # (brief-88, a TimeBank read: the lead "Tired of being sidelined, Hungarian astronaut
    # Bertalan Farkas is leaving ..., he said Saturday." was left out as leaning)
    from storyline.brief.compose import _leans_in
    from storyline.read import read_articles

    text = (
        "Tired of being sidelined, Hungarian astronaut Bertalan Farkas is leaving for the "
        "United States to start a new career, he said Saturday.\n\n“It was inevitable,” he "
        "said.\n\nThe talks failed, he said.\n\nGoldman Sachs will cut jobs, he said.\n\n"
        # (the one named is the object, a reviewer's case: "she" is still unnamed)
        "Officers arrested John Smith on Monday in connection with the robbery, she said."
    )
    (article,) = read_articles([Article(id="a", source="a", text=text)], parallel=False)
    leaning = [_leans_in(article, s, e) for s, e in article.sentences]
    assert leaning == [False, True, True, True, True]
