"""A key quote taken up mid-sentence is shown in the writer's sentence that holds it, word
for word: alone, "them out from underneath any hint of government ownership ..." does not
say what "them" is, nor what the analyst said it of (a read of MEANTIME's GM reports)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from storyline.brief.compose import KEY_SENTENCE_WORDS, _sentence_of_a_piece
from storyline.brief.render import render
from storyline.model import Article, Briefing, Quote
from storyline.serve import create_app
from storyline.store.db import Store
from tests.conftest import SEEDS
from tests.test_briefing_speakers import EXAMPLES, briefings_of

DEAL = """Published: May 29, 2011

Fiat to buy the US government's stake in Chrysler

Fiat announced on Friday that it will buy the six percent of Chrysler held by the US government, for about 500 million dollars.

Analyst Rebecca Lindland said that the deal will also benefit the companies by getting "them out from underneath any hint of government ownership and any of that negativity that went along with the bailout."

The deal is to be closed by June 10, Fiat said.
"""


def test_a_piece_of_a_quotation_is_shown_in_its_writers_sentence(tmp_path: Path) -> None:
    path = tmp_path / "fiat.txt"
    path.write_text(DEAL, encoding="utf-8")
    [briefing], [article] = briefings_of([path], tmp_path)
    [quote] = [q for q in briefing.quotes if q.text.startswith("them out")]
    assert quote.speaker == "Rebecca Lindland"
    said = (
        'Analyst Rebecca Lindland said that the deal will also benefit the companies by getting "'
        + quote.text
        + '"'
    )
    assert quote.sentence == said
    assert said in article.text  # word for word, the quotation unchanged inside it
    assert article.text[quote.citation.start : quote.citation.end] == quote.text
    page = render(briefing, "html")
    assert '<span class="said-in">Analyst Rebecca Lindland said that' in page
    assert "<q>them out" not in page  # not the piece alone
    # (a digest of a longer report prints its quotes in Markdown too)
    briefing.sources[0].words = 3000
    markdown = render(briefing, "md")
    shown = "- Analyst Rebecca Lindland said that the deal will also benefit the companies by "
    assert shown + 'getting "them out from underneath any hint' in markdown
    assert "“them out" not in markdown
    # The store keeps it: the briefing read back (the codec) is the one composed.
    assert json.loads(render(briefing, "json"))["quotes"][0]["sentence"] == said


def test_the_story_pages_source_card_shows_the_sentence(tmp_path: Path) -> None:
    path = tmp_path / "fiat.txt"
    path.write_text(DEAL, encoding="utf-8")
    [briefing], _ = briefings_of([path], tmp_path)

    async def page() -> str:
        transport = httpx.ASGITransport(app=create_app(tmp_path / "run.db"))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            response = await c.get(f"/stories/{briefing.storyline_id}")
            assert response.status_code == 200
            return response.text

    html = asyncio.run(page())
    card = '<span class="said-in">Analyst Rebecca Lindland said that the deal will also'
    assert card in html
    assert "<q>them out" not in html


def test_a_quotation_that_reads_alone_is_shown_alone() -> None:
    text = (
        'WASHINGTON (AP) — "We will appeal," the governor said on Monday. '
        'WASHINGTON — The senator said the bill would "force us to put voters back on the '
        'rolls."'
    )
    article = Article(
        id="a", source="a", text=text, sentences=[(0, 64), (65, len(text))]
    )  # (the second "WASHINGTON" is no dateline: prose stands before it)
    whole = Quote("We will appeal,", 19, 34, "the governor", None, None, None, True)
    assert text[whole.start : whole.end] == whole.text
    assert _sentence_of_a_piece(article, whole) is None
    at = text.index("force us")
    piece = Quote(
        text[at : len(text) - 2], at, len(text) - 2, "The senator", None, None, None, True
    )
    assert _sentence_of_a_piece(article, piece) == text[65:]
    elsewhere = Article(id="b", source="b", text=text, sentences=[(0, 64)])
    assert _sentence_of_a_piece(elsewhere, piece) is None  # no sentence holds it


def test_a_dateline_is_cut_and_a_long_sentence_leaves_the_piece_alone() -> None:
    text = (
        'WASHINGTON -- President Obama said on Saturday that the museum would tell a story "of '
        'hope and of wandering in the wilderness."'
    )
    at = text.index("of hope")
    piece = Quote(text[at : len(text) - 2], at, len(text) - 2, "Obama", None, None, None, True)
    article = Article(id="a", source="a", text=text, sentences=[(0, len(text))])
    assert _sentence_of_a_piece(article, piece) == text[len("WASHINGTON -- ") :]
    words = " ".join(["word"] * KEY_SENTENCE_WORDS)
    long_text = f'Obama said {words} that the museum told "of hope and of wandering."'
    at = long_text.index("of hope")
    long_piece = Quote("of hope and of wandering.", at, at + 25, "Obama", None, None, None, True)
    assert long_text[at : at + 25] == long_piece.text
    long_article = Article(id="a", source="a", text=long_text, sentences=[(0, len(long_text))])
    assert _sentence_of_a_piece(long_article, long_piece) is None


def _pieces_shown_word_for_word(briefings: list[Briefing], articles: list[Article]) -> int:
    texts = {a.id: a.text for a in articles}
    shown = 0
    for briefing in briefings:
        for quote in briefing.quotes:
            if quote.sentence is None:
                continue
            shown += 1
            assert quote.text in quote.sentence
            assert quote.sentence in texts[quote.citation.article_id]
    return shown


def test_the_examples_key_quotes_are_their_articles_words(tmp_path: Path) -> None:
    files = sorted(p for p in EXAMPLES.iterdir() if p.is_file() and p.name != "README.md")
    briefings, articles = briefings_of(files, tmp_path)
    assert briefings and any(b.quotes for b in briefings)
    _pieces_shown_word_for_word(briefings, articles)


@pytest.mark.skipif(not (SEEDS / "gold.json").exists(), reason="../shared/seeds is not present")
def test_the_seeds_key_quotes_are_their_articles_words(tmp_path: Path) -> None:
    briefings, articles = briefings_of(sorted(SEEDS.glob("*.txt")), tmp_path)
    assert briefings and any(b.quotes for b in briefings)
    _pieces_shown_word_for_word(briefings, articles)


RULING = (
    "The Government Accountability Office upheld Boeing's protest on Wednesday.\n\n"
    '"Our review found that the Air Force made a number of significant errors," said '
    "Michael Golden, the office's lawyer."
)


def _award_and_ruling(award: str, published: str, award_day: str) -> Briefing:
    """The briefing of a storyline of two events: the award (``award``, its report of
    ``published``, its event dated ``award_day``) and the later ruling, the main one."""
    from storyline.brief.compose import compose
    from storyline.model import Event, Storyline
    from storyline.read import read_articles

    articles = [
        Article(id="a1", source="a1", text=award, outlet="Herald", published=published),
        Article(id="a2", source="a2", text=RULING, outlet="Wire", published="2008-06-19"),
    ]
    read = {a.id: a for a in read_articles(articles, parallel=False)}
    events = [
        Event("award", ["a1"], "s", award_day),
        Event("ruling", ["a2"], "s", "2008-06-18"),
    ]
    return compose(Storyline("s", ["award", "ruling"]), events, read)


def test_a_key_quote_of_another_event_and_day_carries_that_day() -> None:
    # (brief-98: MEANTIME's 2011 earthquake briefing showed 2008-2010 reactions undated
    # under its headline; a 2008 "This decision is even more disappointing" read as said of
    # the later ruling its briefing told)
    award = (
        "The Air Force awarded the tanker contract to Northrop Grumman on Friday.\n\n"
        '"This decision is deeply disappointing to all of us," said Representative Norm Dicks.'
    )
    # (the report's own day before its event's: an event of reports of several days had
    # dated a Monday's quotation by the Thursday the event began)
    briefing = _award_and_ruling(award, "2008-03-01", "2008-02-26")
    when = {q.speaker: (q.when, q.when_reported) for q in briefing.quotes}
    # (brief-103: Dicks's sentence gives no day; the lead of his report tells Friday)
    assert when == {"Michael Golden": (None, False), "Norm Dicks": ("2008-02-29", False)}
    dicks = next(q for q in briefing.quotes if q.speaker == "Norm Dicks")
    briefing.quotes = [dicks]
    briefing.sources[0].words = briefing.sources[1].words = 3000
    assert "— Norm Dicks, 2008-02-29 [" in render(briefing, "md")
    assert "— Norm Dicks, <time>2008-02-29</time>" in render(briefing, "html")


def test_a_key_quote_carries_the_day_its_own_sentence_gives_else_its_reports() -> None:
    # (brief-103, a reader's check of April 2016 campaign news: "…,” Laszlo Bock told The
    # New York Times in 2013" had been dated by its 2016 report; where neither the
    # sentence nor the report's lead tells a day, only the report's day is known)
    award = (
        "Representative Norm Dicks criticised the tanker contract award.\n\n"
        '"This decision is deeply disappointing to all of us," Dicks said.\n\n'
        '"We looked at tens of thousands of bids," Sue Payton told reporters in 2007.'
    )
    briefing = _award_and_ruling(award, "2008-03-03", "2008-02-29")
    when = {q.speaker: (q.when, q.when_reported) for q in briefing.quotes}
    assert when == {
        "Michael Golden": (None, False),
        "Norm Dicks": ("2008-03-03", True),
        "Sue Payton": ("2007", False),
    }
    briefing.quotes = [q for q in briefing.quotes if q.speaker == "Norm Dicks"]
    briefing.sources[0].words = briefing.sources[1].words = 3000
    assert "— Norm Dicks, 2008-03-03 (reported) [" in render(briefing, "md")
    html = render(briefing, "html")
    assert '— Norm Dicks, <time>2008-03-03</time> <span class="note">(reported)</span>' in html


def test_two_pieces_of_one_sentence_print_it_once(tmp_path: Path) -> None:
    # (a review: both pieces had printed the same sentence, one line under the other)
    path = tmp_path / "footage.txt"
    path.write_text(
        "Published: September 23, 2016\n\nCharlotte police chief shows footage to families\n\n"
        "The Charlotte police chief showed the footage of the shooting to the family on "
        'Thursday.\n\nKerr Putney said the footage did not give "absolute definitive visual '
        'evidence that would confirm that a person is pointing a gun," but he said that the '
        'footage and other evidence "supports what we have heard about what happened at the '
        'scene."\n',
        encoding="utf-8",
    )
    [briefing], _ = briefings_of([path], tmp_path)
    framed = [q.sentence for q in briefing.quotes if q.sentence]
    assert framed and len(framed) == len(set(framed))


def test_a_quotation_printed_in_another_key_quotes_sentence_is_not_printed_again(
    tmp_path: Path,
) -> None:
    # (a reader's check of April 2016 campaign news: “It was a little more plane than I
    # needed” stood alone and again in the sentence of its “but I find it hard to
    # resist a good deal ...”)
    path = tmp_path / "fleet.txt"
    path.write_text(
        "Published: April 25, 2016\n\nThe mayor's old ferry gives his campaign a lift\n\n"
        "The mayor of Corlen bought a 25-year-old ferry last year and has used it on the "
        "campaign trail since March.\n\n"
        'In his memoir the mayor recalled buying the ferry. "It was a little more boat than '
        'I needed," he wrote, "but I find it hard to resist a good deal when the '
        'opportunity presents itself."\n',
        encoding="utf-8",
    )
    [briefing], _ = briefings_of([path], tmp_path)
    printed = [q.sentence or q.text for q in briefing.quotes]
    assert printed, briefing.quotes
    shown = " ".join(printed)
    assert shown.count("a little more boat than I needed") == 1, printed
    # (the sentence that prints both is kept, not the bare half: a review's case)
    assert "but I find it hard to resist a good deal" in shown, printed


def test_the_story_pages_source_cards_show_the_days_of_other_events(tmp_path: Path) -> None:
    from storyline.model import BriefSentence, Citation

    path = tmp_path / "fiat.txt"
    path.write_text(DEAL, encoding="utf-8")
    briefings_of([path], tmp_path)
    with Store(tmp_path / "run.db") as store:
        [storyline] = store.storylines()
        briefing = store.briefing(storyline.id)
        assert briefing is not None
        article_id = briefing.sources[0].article_id
        # (as composing marks a reaction and a key quote of another event and day)
        briefing.reactions = [
            BriefSentence("Senator Lee condemned the deal.", [Citation(1, article_id, 0, 5)])
        ]
        briefing.reactions[0].when = "2011-05-20"
        briefing.quotes[0].when = "2011-05-21"
        briefing.quotes[0].when_reported = True  # (only its report's day is known)
        store.save_briefing(briefing)

    async def page() -> str:
        transport = httpx.ASGITransport(app=create_app(tmp_path / "run.db"))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            return (await c.get(f"/stories/{storyline.id}")).text

    html = asyncio.run(page())
    # once in the briefing's sections, once in the source's card
    assert html.count("<time>2011-05-20</time>: Senator Lee condemned the deal.") == 2
    said = '— Rebecca Lindland, <time>2011-05-21</time> <span class="note">(reported)</span>'
    assert html.count(said) == 2
