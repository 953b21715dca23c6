"""One briefing, three views: the Markdown, the HTML file and the web page show the same
sections, within the digest's word budgets, on the seeds and on the bundled examples; and
the rules that keep the digest readable (no near-duplicate, no fragment, no sentence
leaning on one not shown, reactions only) and the flags worth an editor's time."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from html import unescape
from itertools import pairwise
from pathlib import Path

import httpx
import pytest

from storyline import pipeline
from storyline.brief.compose import (
    REACTION,
    WRITER_FIRST_PERSON,
    _drop_restatements,
    _event_sentences,
    _leans,
    _not_a_statement,
    _opening,
    _outlet,
    _partial,
    _Shown,
    _telling_the_headline,
    _whom,
    is_background,
    is_reaction,
    is_speculation,
    may_tell_a_reaction,
    near_duplicate,
    recalls_earlier,
    restates,
)
from storyline.brief.render import briefing_view, markdown_words, render
from storyline.brief.titles import headline_text, is_headline, quotes_balanced
from storyline.brief.told import TOLD_TWICE
from storyline.brief.view import (
    MAIN_WORDS,
    READING_WORDS,
    BriefingView,
    SectionView,
    _cited,
    away,
    build_view,
    reading_words,
    site_of_title,
    source_count,
    usable_title,
    with_whom,
)
from storyline.compare.names import person_names
from storyline.extract.site import page_names
from storyline.extract.words import content_stems
from storyline.model import (
    Article,
    Briefing,
    BriefSentence,
    CheckedQuote,
    Citation,
    Claim,
    Entity,
    Source,
    TimeExpr,
    TimelineEntry,
)
from storyline.serve import create_app
from storyline.store.db import Store
from tests.conftest import EXAMPLES, SEEDS

CORPORA = {"seeds": SEEDS, "examples": EXAMPLES}


def _built(tmp: Path, folder: Path) -> Path:
    db = tmp / "views.db"
    with Store(db) as store:
        files = sorted(p for p in folder.iterdir() if p.name not in {"gold.json", "README.md"})
        pipeline.ingest(store, files)
        pipeline.build(store)
    return db


@pytest.fixture(scope="module", params=sorted(CORPORA))
def built(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, list[Briefing]]]:
    folder = CORPORA[request.param]
    if not folder.exists():
        pytest.skip(f"{folder} is absent")
    db = _built(tmp_path_factory.mktemp(request.param), folder)
    with Store(db) as store:
        briefings = [b for s in store.storylines() if (b := store.briefing(s.id)) is not None]
    yield db, briefings


def _page(db: Path, url: str) -> str:
    async def call() -> str:
        transport = httpx.ASGITransport(app=create_app(db))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            response = await client.get(url)
            assert response.status_code == 200
            return response.text

    return asyncio.run(call())


def _md_headings(markdown: str) -> list[str]:
    return [line[3:].strip() for line in markdown.splitlines() if line.startswith("## ")]


def _html_headings(html: str) -> list[str]:
    article = html.split('<article class="briefing">', 1)[1].split("</article>", 1)[0]
    return [
        unescape(re.sub(r"<[^>]+>", "", h)).strip() for h in re.findall(r"<h2>(.*?)</h2>", article)
    ]


def test_markdown_html_and_page_show_the_same_sections(
    built: tuple[Path, list[Briefing]],
) -> None:
    db, briefings = built
    assert briefings
    for briefing in briefings:
        markdown = render(briefing, "md")
        view = briefing_view(briefing)
        every = [s.heading + s.count for s in view.sections]
        # one dated line is no timeline (it named the summary's event again); the JSON has it
        assert any(s.startswith("Timeline") for s in every) is (len(briefing.timeline) >= 2)
        # Markdown shows the sections it has room for and names the others in one line.
        sections = _md_headings(markdown)
        assert sections[-1].startswith("Sources")  # "Sources (2 shown of 4)": those cited
        assert sections == [s.heading + s.count for s in view.sections if s in _listed(view)]
        for section in away(view):
            assert f"{section.short_name} ({section.total})" in markdown
        # The same sections in the HTML file and on the page, each counting what it lists
        # (the Markdown's items and the first of the rest, one click away).
        on_page = [s.heading + s.page_count for s in view.sections]
        assert [h.split(" (")[0] for h in on_page] == [h.split(" (")[0] for h in every]
        assert _html_headings(render(briefing, "html")) == on_page
        page = _page(db, f"/stories/{briefing.storyline_id}")
        assert _html_headings(page) == on_page, briefing.title
        assert not any("(0 shown" in h for h in on_page)


def _listed(view: BriefingView) -> list[SectionView]:
    return [s for s in view.sections if s not in away(view)]


def test_digest_keeps_to_its_word_budgets(built: tuple[Path, list[Briefing]]) -> None:
    _, briefings = built
    for briefing in briefings:
        view = briefing_view(briefing)
        main = view.section("main")
        if main is not None and len(main.shown) > 1:
            assert sum(i.words() for i in main.shown) <= MAIN_WORDS
        assert reading_words(view) <= READING_WORDS
        # The whole Markdown within 900 words or 30% of its sources' words, whichever is
        # smaller, for every storyline (a few short reports too: sections go to the page);
        # the title, the whole one-line summary, the sources line and the sources the shown
        # lines cite are the floor: a cut summary would be a fragment ("Corlen's city council
        # voted 9 to 4…"), and a "[1]" the Markdown does not resolve sends the reader nowhere.
        sources = sum(s.words for s in briefing.sources)
        listed = view.section("sources")
        cited_numbers = _cited(view)
        cited = (
            sum(i.words() + 2 for i in listed.shown if i.source and i.source.n in cited_numbers)
            if listed
            else 0
        )
        floor = len(f"# {view.title}".split()) + view.summary.words() + 30 + cited
        assert markdown_words(view) <= max(min(900, int(0.3 * sources)), floor), briefing.title
        assert not view.summary.text.endswith("…")


def test_no_printed_sentence_repeats_another(built: tuple[Path, list[Briefing]]) -> None:
    _, briefings = built
    for briefing in briefings:
        printed = [briefing.summary, *briefing.main, *briefing.reactions]
        printed += [e.text for e in briefing.developments]
        stems = [content_stems(s.text) for s in printed]
        for i, a in enumerate(stems):
            for b in stems[i + 1 :]:
                assert not near_duplicate(a, b)


def test_printed_sentences_read_alone(built: tuple[Path, list[Briefing]]) -> None:
    """No fragment is printed, and a sentence that leans on the one before it (a pronoun,
    "The comments", "he said") only right after that sentence of its article."""
    db, briefings = built
    with Store(db) as store:
        articles = {a.id: a for a in store.articles()}
    for briefing in briefings:
        lone = [briefing.summary, *briefing.reactions, *(e.text for e in briefing.developments)]
        for sentence in [*lone, *briefing.main]:
            cited = sentence.citations[0] if sentence.citations else None
            if cited is None:
                continue
            assert not _not_a_statement(articles[cited.article_id], cited.start, cited.end)
        for sentence in lone:
            assert not _leans(sentence.text), sentence.text
        main = [briefing.summary, *briefing.main]
        for before, sentence in pairwise(main):
            if _leans(sentence.text):
                here, prior = sentence.citations[0], before.citations[0]
                sentences = articles[here.article_id].sentences
                index = sentences.index((here.start, here.end))
                assert prior.article_id == here.article_id
                assert sentences[index - 1] == (prior.start, prior.end)


def test_single_source_flags_read_alone(built: tuple[Path, list[Briefing]]) -> None:
    """A flag stands under its heading alone: none leans on a sentence not shown, unless a
    name in brackets says whom its "He" or "She" is about."""
    _, briefings = built
    for briefing in briefings:
        for claim in briefing.single_source_claims:
            assert claim.about is not None or not _leans(claim.text), claim.text


def test_reactions_are_someone_responding() -> None:
    assert REACTION.search("The mayor condemned the attack on the clinic.")
    assert REACTION.search("Residents called for an inquiry into the collapse.")
    assert not REACTION.search("The agency said the quake struck at 3 a.m. local time.")
    assert not REACTION.search("Officials expect the road to reopen next week.")


def test_the_seed_briefing_is_short_and_its_flags_few(
    built: tuple[Path, list[Briefing]],
) -> None:
    _, briefings = built
    if not any("Salazar" in b.summary.text for b in briefings):
        pytest.skip("the examples")
    [briefing] = briefings
    markdown = render(briefing, "md")
    assert len(markdown.split()) <= 900
    shown = sum(1 for line in markdown.splitlines() if line.startswith("- "))
    assert shown <= 25  # developments, timeline, quotes and at most 10 flags
    # The invented quotation is listed with the words another outlet quotes instead.
    assert "The ‘hugs, not bullets’ strategy did not work." in markdown
    assert "] quotes: “The reality is that at the moment Mexico is not safe”" in markdown
    for claim in briefing.single_source_claims:
        assert "Back in September" not in claim.text, "history is not a flag"


def _spans_by_first_word(text: str) -> dict[str, tuple[int, int]]:
    """The reader's sentences of ``text``, each by its first word."""
    from storyline.read.sentences import split_sentences

    return {text[s:e].split()[0]: (s, e) for s, e in split_sentences(text)}


def _article(text: str) -> Article:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]+(?=\s|$)", text)]
    return Article(id="a", source="a", text=text, sentences=sentences)


def test_a_piece_of_a_sentence_is_a_fragment() -> None:
    text = "A 7.1 - magnitude earthquake hit the coast. It was felt far away."
    article = Article(id="a", source="a", text=text, sentences=[(0, 4), (4, 43), (44, 65)])
    assert _not_a_statement(article, 0, 4), "ends inside a number"
    assert _not_a_statement(article, 4, 43), "'1 - magnitude earthquake ...' opens inside a number"
    assert not _not_a_statement(article, 44, 65)
    chief = _article("The suspect was arrested by police chief Maj. Ruiz said so.")
    assert _not_a_statement(chief, 0, len("The suspect was arrested by police chief Maj."))
    assert _not_a_statement(_article("and then the council voted."), 0, 27)
    # the splitter cut after "Del." / "Mt.": the piece after the cut is a fragment too
    shouted = '"We have his back," state Del. Marcia Price (D-Newport News), shouted.'
    cut = shouted.index("Marcia")
    assert _not_a_statement(Article(id="a", source="a", text=shouted), cut, len(shouted))
    park = "The two deaths in the Aoraki - Mt. Cook National Park were not related."
    assert _not_a_statement(Article(id="a", source="a", text=park), 0, park.index("Mt.") + 3)
    assert not _not_a_statement(_article("Sen. Marta Quell voted against the budget."), 0, 41)
    # a line introducing what follows, which the briefing does not show
    intro = "Marta Quell told the council what she would do next:"
    assert _not_a_statement(Article(id="a", source="a", text=intro), 0, len(intro))
    # (a September 2016 read) an item of a list whose subject stands before it; an
    # inverted conditional, with its comma, is a statement
    listed = "Imagine that she:\n\nIs the first mayor in years to hide her accounts."
    at = listed.index("Is the")
    assert _not_a_statement(Article(id="a", source="a", text=listed), at, len(listed))
    should = "Should the vote fail, the port will close on Monday."
    assert not _not_a_statement(_article(should), 0, len(should))
    # the cue of a quotation closing on "!" the splitter cut off; a cue after the words
    # it reports, in one sentence, is a statement
    cheer = '"This is a big year for Valmora!" Her niece, Ann Vos, shouted to the crowd.'
    at = cheer.index("Her niece")
    assert _not_a_statement(Article(id="a", source="a", text=cheer), at, len(cheer))
    said = "The port will reopen on Monday, the harbour master said."
    assert not _not_a_statement(_article(said), 0, len(said))
    # the writer's supposition is no report (a September 2016 briefing's "reaction")
    supposed = "Say Valmora demanded that Sarn pay for the new quay within a month."
    assert _not_a_statement(_article(supposed), 0, len(supposed))
    # a review of these rules: titles, names and nouns opening a statement, and a
    # statement reported at its end after a quotation closing on "!"
    for statement in (
        "Have You Met Sarn host Ann Vos was fired on Monday after 12 years.",
        "Imagine Tomorrow, a Sarn charity, said on Monday it had raised 4 million euros.",
        "Picture quality on the screens was poor on Saturday, fans in Valmora said.",
        "Say Yes to Sarn, the campaign group, raised 2 million euros.",
    ):
        assert not _not_a_statement(_article(statement), 0, len(statement)), statement
    chant = 'Dockers chanted "Shame!" Twelve of them were arrested on Monday, police said.'
    at = chant.index("Twelve")
    assert not _not_a_statement(Article(id="a", source="a", text=chant), at, len(chant))


def test_a_sentence_that_leans_on_the_one_before_is_recognised() -> None:
    assert _leans("He further mentioned the need for investment.")
    assert _leans("The comments pertained to the strategy.")
    assert _leans("“It was entirely inevitable,” he said.")
    assert _leans("However, the government made it clear.")
    assert not _leans("This Thursday, Salazar said the relationship was good.")
    assert not _leans("Salazar said the relationship was good.")
    assert _leans("The country also denied playing a role in the incident.")
    assert _leans("Officials denied playing a role in the incident.")
    assert _leans("Residents fear such attacks could happen again.")
    assert _leans("The mayor said these measures were temporary.")
    assert not _leans("The mayor said measures such as curfews were temporary.")
    assert _leans("Recently, however, it issued a policy paper on the port.")
    assert not _leans("The council will vote on the plan this week.")
    assert not _leans("Union leader Marta Quell said: “We want this deal signed.”")


def _dated(text: str, times: list[tuple[str, str]], event_date: str) -> Article:
    article = _article(text)
    article.event_date = event_date
    article.times = [TimeExpr(t, text.index(t), text.index(t) + len(t), v, None) for t, v in times]
    return article


def test_no_date_is_added_inside_quotation_marks_the_reader_left_open() -> None:
    from storyline.brief.compose import _with_dates

    text = "She said in a statement: ``This is an exciting time at today's GM."
    article = _dated(text, [("today", "2013-12-10")], "2013-12-10")
    # (the typewriter mark is shown curly)
    assert _with_dates(article, 0, len(text)) == text.replace("``", "“")
    text = "Barra said “we are ready”, and GM named her chief today."
    article = _dated(text, [("today", "2013-12-10")], "2013-12-10")
    assert _with_dates(article, 0, len(text)).endswith("chief today (2013-12-10).")
    # A single backtick opens a typewriter quotation ("`Black Monday'"), seen on MEANTIME.
    text = "Markets fell on what is known as `Black Monday' today."
    article = _dated(text, [("Monday", "2007-10-15"), ("today", "2007-10-15")], "2007-10-15")
    dated = _with_dates(article, 0, len(text))
    assert "`Black Monday'" in dated and dated.endswith("today (2007-10-15).")


def test_a_sentence_recalling_an_earlier_happening_is_recognised() -> None:
    def recalls(text: str, times: list[tuple[str, str]] = ()) -> bool:  # type: ignore[assignment]
        article = _dated(text, list(times), "2024-11-13")
        return recalls_earlier(article, 0, len(text))

    assert recalls("Back in September, the mayor claimed the port was safe.")
    assert recalls("Then-President Obrador claimed the U.S. was to blame.")
    assert recalls("The relation has been strained throughout 2024, officials say.")
    assert recalls("In September the mayor claimed the port was safe.", [("September", "2024-09")])
    assert recalls("On Oct. 2 the port closed for a day.", [("Oct. 2", "2024-10-02")])
    assert recalls("The 2019 strike closed the port for a week.")  # another year's event
    # January 2016 review: a decade, and standing background, dated as developments
    assert recalls("One evening in the 1960s, the mayor, still in college, went sailing.")
    assert recalls("She has been held up throughout the campaign as proof of his reach.")
    # (a review of the session's rules: these tell the event)
    assert not recalls("Apple, which has long resisted such requests, refused on Tuesday.")
    assert not recalls("The Beatles' 1960s hits topped the charts again on Tuesday.")
    assert recalls("During the 1990s, the mayor ran a bakery in the harbour.")
    # February 2016 review: "at the time" is a time told before, long gone
    assert recalls("Tom Vale also said at the time that the city had become a dump.")
    assert not recalls("The driver was not armed at the time, the police said on Wednesday.")
    assert not recalls("On Wednesday the mayor closed the port.", [("Wednesday", "2024-11-13")])
    assert not recalls("On Monday the union called a strike.", [("Monday", "2024-11-11")])
    assert not recalls("The mayor closed the port after a week of talks.")


def test_the_main_account_tells_the_happening_not_the_history_before_it() -> None:
    text = (
        "Relations between the port and the union have been tense throughout 2024. "
        "Back in September, the union accused the port of unsafe shifts at night. "
        "The port responded days later, saying the shifts were safe and legal. "
        "The company also denied any role in the incident at the gates. "
        "On Wednesday, the union called a strike over the night shifts at the port. "
        "About 1,200 dockworkers walked off the job and the cranes stood idle. "
        "Union leader Marta Quell said the strike would last until the pay was raised."
    )
    article = _dated(text, [("September", "2024-09"), ("Wednesday", "2024-11-13")], "2024-11-13")
    ctx = _Ctx(article)
    chosen = _event_sentences(article, ctx, 4, _Shown(ctx))  # type: ignore[arg-type]
    said = [s.text.strip() for s in chosen]
    assert said[0].startswith("On Wednesday (2024-11-13), the union called a strike")
    assert said[1].startswith("About 1,200 dockworkers") and said[2].startswith("Union leader")
    assert not any("September" in s or "days later" in s or "incident" in s for s in said)
    assert not any("throughout 2024" in s for s in said)


class _Ctx:
    """The little of a briefing's context that choosing an article's sentences needs."""

    def __init__(self, article: Article) -> None:
        from storyline.settings import DEFAULT

        self.articles = {article.id: article}
        self.number = {article.id: 1}
        self.claims: dict[tuple[str, int], Claim] = {}
        self.settings = DEFAULT
        self.event_of = {article.id: "e"}
        self.event_sources = {"e": {article.id}}
        self.opinion: frozenset[str] = frozenset()


def test_an_untitled_source_is_shown_by_its_first_words() -> None:
    article = _article(
        "Tensions between Mexico and the United States have escalated after a statement "
        "from an official in Washington. The statement was made at a hearing."
    )
    assert _opening(article) == (
        "Tensions between Mexico and the United States have escalated after a statement…"
    )
    untitled = Source(1, "a", None, None, None, "independent", opening=_opening(article))
    briefing = _tiny_briefing([untitled], words=1000)
    markdown = render(briefing, "md")
    assert "(untitled)" not in markdown and "have escalated after a statement…" in markdown
    abstract = _article("ABSTRACT. Tom Clarke, a nursing home owner, bought three coal mines.")
    assert _opening(abstract).startswith("Tom Clarke, a nursing home owner")


def test_a_url_or_a_file_name_is_not_a_title() -> None:
    assert usable_title("http: / / www. hollywoodreporter. com / news / actress - dies") is None
    assert usable_title("www.reuters.com/world/x") is None
    assert usable_title("001_29c9d0795176ced9.txt") is None
    assert usable_title("Deal ends week-long strike at Port of Valmora")
    line = "http: / / www. example. com / news / 2013 / actress - dies"
    text = f"{line}\n\nActress Esther Williams, a champion swimmer, has died."
    url = Article(
        id="a", source="a", text=text, sentences=[(0, len(line)), (len(line) + 2, len(text))]
    )
    assert _opening(url).startswith("Actress Esther Williams")


def _tiny_briefing(sources: list[Source], words: int) -> Briefing:
    for source in sources:
        source.words = words // len(sources)
    text = (
        "Corlen's city council voted 9 to 4 on Tuesday to build protected bike lanes along "
        "Harbour Road, the city's busiest street, after two years of debate."
    )
    sentence = BriefSentence(text, [Citation(1, "a", 0, len(text))])
    main = [
        BriefSentence(
            f"Councillor Vos said lane {n} would open by spring.", [Citation(1, "a", 0, 9)]
        )
        for n in range(5)
    ]
    return Briefing(
        "st-1",
        "Corlen approves bike lanes",
        sentence,
        "Corlen approves bike lanes",
        main,
        [],
        [],
        [],
        [],
        sources,
        [],
        [],
        [],
    )


def test_a_tiny_storyline_keeps_to_its_budget_and_says_what_is_on_the_page() -> None:
    source = Source(
        1, "a", "Corlen City Press", "Corlen approves bike lanes", "2026-05-06", "independent"
    )
    briefing = _tiny_briefing([source], words=120)  # budget: 36 words
    view = briefing_view(briefing)
    markdown = render(briefing, "md")
    # The floor: the title, the whole summary (never cut into a fragment), the sources line.
    # ... and the line of the source the summary cites ("1. Corlen City Press: ...").
    floor = len(f"# {view.title}".split()) + view.summary.words() + 30 + 10
    assert markdown_words(view) <= max(36, floor)
    assert markdown.startswith("# Corlen approves bike lanes")
    assert briefing.summary.text in markdown
    assert "On the page: account (5)." in markdown
    assert "1 article from 1 independent source." in markdown
    # The summary cites [1]: the source it cites is listed, whatever the budget.
    assert "1. Corlen City Press: Corlen approves bike lanes" in markdown
    # With room, the same briefing shows its account.
    roomy = build_view(_tiny_briefing([source], words=3000), markdown_words)
    assert not away(roomy)


def test_every_source_a_shown_line_names_is_listed_whatever_the_budget() -> None:
    # (a new user's two-report storyline: the summary cited [1][2] and the Markdown listed
    # only [1]; a flag "also reported by [3]" sent the reader to a source not listed)
    sources = [
        Source(n, id_, outlet, "Corlen approves bike lanes", "2026-05-06", "independent")
        for n, id_, outlet in (
            (1, "a", "Corlen City Press"),
            (2, "b", "Harbour Gazette"),
            (3, "c", "Valley Wire"),
        )
    ]
    briefing = _tiny_briefing(sources, words=120)
    text = briefing.summary.text
    briefing.summary.citations.append(Citation(2, "b", 0, len(text)))
    briefing.summary.discussed_by = [3]
    briefing.summary.flag = "reported"
    markdown = render(briefing, "md")
    assert "[1][2]" in markdown and "also reported by [3]" in markdown
    for listed in ("1. Corlen City Press", "2. Harbour Gazette", "3. Valley Wire"):
        assert listed in markdown


def test_background_and_speculation_are_not_flags() -> None:
    def claim(text: str) -> Claim:
        return Claim("a", text, 0, len(text), [])

    article = _article("x")
    charity = claim("Harbour Aid is a local charity that feeds 400 families in Valmora.")
    assert is_background(charity, article)
    assert is_background(claim("Vos, who was born in Sarn in 1961, served as chief."), article)
    assert is_background(claim("The government had previously announced a pause."), article)
    assert not is_background(claim("Vos was sentenced to four years on Tuesday."), article)
    # An organisation's boilerplate and a life told without a date.
    assert is_background(claim("Tessaline Foods makes crackers and biscuits in Sarn."), article)
    assert is_background(claim("Port Co, a shipper, employs 1,200 people in Sarn."), article)
    assert not is_background(claim("Port Co, which employs 1,200 people, was fined."), article)
    assert is_background(claim("Vos, a native of Sarn, is survived by two sons."), article)
    assert not is_background(claim("Tessaline Foods sold its Sarn plant to Port Co."), article)
    pointer = "Her biography appears at: http: / / www. nlm. nih. gov / physicians / bio_31. html."
    assert is_background(claim(pointer), article)
    # An undated report of September's event: a month before it, in words, is history.
    july = claim("At the end of July, an armed man robbed a jeweller in Cannes of 88m.")
    assert is_background(july, article, "2013-09-09")
    assert not is_background(july, article)  # nothing dates the report or its event
    assert not is_background(
        claim("Theresa May said the raid was shocking."), article, "2013-09-09"
    )
    assert not is_background(
        claim("Robbers hit a store on September 9 in Paris."), article, "2013-09-09"
    )
    old_trial = claim("His luck held until 1997, when a jury found him guilty.")
    old_trial.start, old_trial.end = 0, len(old_trial.text)
    dated = _dated(old_trial.text, [("1997", "1997")], "")
    dated.event_date = None
    assert is_background(old_trial, dated, "2005-12-19")
    assert is_speculation("The talks will undoubtedly shape the relationship.")
    assert not is_speculation("The minister said the talks will resume on Monday.")
    # (July 2016 read: a flag of what "appeared poised to" happen, undone a sentence later)
    assert is_speculation("Governor Ada Marsh appeared poised to reconcile with the nominee.")
    assert not is_speculation("Governor Ada Marsh reconciled with the nominee on Monday.")


def test_search_hits_are_grouped_by_story_with_its_update(tmp_path: Path) -> None:
    db = _built(tmp_path, EXAMPLES)
    page = _page(db, "/?q=Valmora")
    groups = page.split('<div class="card hit-group">')[1:]
    assert groups, "hits are shown in their stories"
    for group in groups:
        assert "/stories/" in group and "updated " in group
        assert "/articles/" in group
    assert "updated " in _page(db, "/").split("<h1>Stories", 1)[1]


def test_a_date_banner_is_not_a_title() -> None:
    assert usable_title("September 15, 2013 11: 26 pm") is None
    assert usable_title("14: 25 Sun Sep 15 2013") is None
    assert usable_title("Last updated 13: 26 14 / 09 / 2013") is None
    assert usable_title("Release: 03 / 08 / 2013") is None
    assert usable_title("2012 Olympics open in London")
    assert usable_title("May Day rally draws thousands")


def test_an_untitled_reports_headline_line_is_its_title_and_not_its_news() -> None:
    headline = "Port strike ends after pay deal."
    lede = (
        "Dockworkers at the port of Valmora returned to work on Thursday after the union "
        "accepted a pay rise of four percent, ending a strike of nine days."
    )
    text = f"{headline}\n\n{lede}\n\nThe cranes were moving again by noon."
    article = _article(text)
    assert headline_text(article) == "Port strike ends after pay deal"
    assert is_headline(article, 0, len(headline))
    assert not is_headline(article, len(headline) + 2, len(headline) + 2 + len(lede))
    deck = "Strike over;\n\nUnion accepts four percent.\n\n" + lede
    spans = [(0, 12), (14, 41), (43, len(deck))]
    with_deck = Article(id="a", source="a", text=deck, sentences=spans)
    assert headline_text(with_deck) == "Strike over"
    assert is_headline(with_deck, 14, 41), "'Headline;' goes on in its deck"
    assert not is_headline(with_deck, 43, len(deck))
    # a report that opens with its lede, or is one paragraph, has no headline line
    assert headline_text(_article(f"{lede}\n\nThe cranes were moving again by noon.")) is None
    assert headline_text(_article(f"{headline} {lede}")) is None
    # A wire dateline on a line of its own above the report heads nothing (rumour
    # briefings, thirteenth session: "KANSAS CITY, MO (KCTV) -" titled one).
    assert headline_text(_article(f"VALMORA, ND (KVAL) -\n\n{lede}\n\nMore.")) is None
    assert headline_text(_article(f"VALMORA (Reuters) -\n\n{lede}\n\nMore.")) is None


def test_the_outlet_of_an_untitled_source_is_the_site_its_url_names() -> None:
    assert site_of_title("http: / / www. stuff. co. nz / national / 9166103 / climber") == (
        "stuff.co.nz"
    )
    assert site_of_title("Deal ends week-long strike") is None
    article = Article(id="a", source="a", text="x", url="https://www.reuters.com/world/x")
    assert _outlet(article) == "reuters.com"
    article.outlet = "Reuters"
    assert _outlet(article) == "Reuters"


def test_a_reaction_is_a_response_told_not_the_word_of_one() -> None:
    assert is_reaction("The mayor condemned the attack on the clinic.")
    assert is_reaction("The union urges members to accept the deal.")
    assert is_reaction("In response to the ruling, the state appealed on Monday.")
    assert not is_reaction("Apply the urgent fix from the vendor to protect the browser.")
    assert not is_reaction("Lynch said the nonstop demands of the job erase barriers.")
    assert not is_reaction("The mayor asked the crowd to welcome the governor.")
    assert not is_reaction("The city remains in limbo after a week of protests.")
    assert not is_reaction("If the plan rejected single mothers, families would suffer.")
    assert not is_reaction("The government, which has strongly denied any role, paid.")
    assert not is_reaction("A trial date was set for a man accused of murdering his sister.")
    assert is_reaction("Strada accused the government of attempting to intimidate families.")
    assert _leans("Since then, though, the vendor has responded with an update.")
    twenty_years = "Twenty-two years ago, a newspaper hailed the developer as a comeback kid."
    assert recalls_earlier(_article(twenty_years), 0, len(twenty_years))


# One sentence for each word REACTION finds (its verbs' told forms and phrases).
EVERY_REACTION = [
    *(
        f"The mayor {verb} the decision."
        for stem in [
            "respond",
            "react",
            "criticiz",
            "criticis",
            "reject",
            "condemn",
            "welcom",
            "warn",
            "denounc",
            "deplor",
            "prais",
            "hail",
            "applaud",
            "slamm",
            "blast",
            "urg",
            "vow",
            "lament",
            "mourn",
            "demand",
            "protest",
            "accus",
            "blam",
        ]
        for verb in (f"{stem}ed", f"{stem.upper()}ED")
    ),
    *(
        f"She {verb} the decision."
        for verb in [
            "responds",
            "reacts",
            "criticizes",
            "criticises",
            "rejects",
            "condemns",
            "welcomes",
            "warns",
            "denounces",
            "deplores",
            "praises",
            "applauds",
            "slams",
            "urges",
            "vows",
            "laments",
            "mourns",
            "accuses",
            "blames",
        ]
    ),
    "Officials called for calm.",
    "Officials Call On residents to stay home.",
    "In reaction to the ruling, the state appealed.",
    "The minister expressed condolences.",
    "Farmers voiced anger.",
    "The ministry denied it.",
    "The ministry denies it.",
    "He criticiſed the plan.",  # (a long s: the pattern ignores case, lower() keeps it)
]


def test_a_sentence_tells_a_reaction_only_with_one_of_its_words_in_it() -> None:
    # (looked for before the pattern is tried: most sentences hold none)
    for sentence in EVERY_REACTION:
        assert REACTION.search(sentence), sentence
        assert may_tell_a_reaction(sentence), sentence
        assert is_reaction(sentence), sentence
    assert not may_tell_a_reaction("The port reopened on Monday after the storm.")
    assert may_tell_a_reaction("Le ministre a réagi.")  # not ASCII: the pattern decides
    assert not is_reaction("Le ministre a réagi.")


def test_the_writers_first_person_is_an_i_not_in_a_name() -> None:
    found = [
        text
        for text in (
            "I think the plan fails.",
            "I'm sure of it.",
            "I’ll go.",
            "They told me.",
            "It is my view.",
            "World War I was long.",
            "Phase I began.",
            "Ms I said so.",
            "Kings I think were.",
            "Henry I took the throne.",
            "a me-too case",
            "Dear I am here.",
        )
        if WRITER_FIRST_PERSON.search(text)
    ]
    assert found == [
        "I think the plan fails.",
        "I'm sure of it.",
        "I’ll go.",
        "They told me.",
        "It is my view.",
    ]


def test_a_sentence_restating_a_claim_does_not_contradict_it() -> None:
    fell = (
        "Robert Buckley, 32, fell about 2,000 feet while climbing to a small hut on Mount "
        "Sefton in the national park on Saturday, police said."
    )
    died = (
        "Robert Buckley, 32, died while climbing to a hut on Mount Sefton in the national "
        "park on Saturday."
    )
    assert restates(fell, died)
    assert not restates("Vos must report to prison on April 20.", "Vos must report on April 27.")
    assert not restates(
        "The mayor approved the plan on Monday.", "The mayor did not approve the plan on Monday."
    )
    assert not restates(
        "Ellison was convicted of fraud in 2019.", "Ellison was acquitted of fraud in 2019."
    )
    tokenised = "The City Attorney ’ s office said the case hadn ’ t been submitted as of Tuesday."
    assert restates(
        tokenised, "The City Attorney's office said the case hadn't been submitted as of Tuesday."
    )
    claim = Claim("a", fell, 0, len(fell), [], contradicted_by=["b"], evidence=[died])
    _drop_restatements(claim)
    assert claim.contradicted_by == [] and claim.supported_by == ["b"]


def test_a_flag_opening_with_he_names_whom_it_is_about() -> None:
    text = (
        "Ambassador Marta Quell spoke to reporters in Valmora on Tuesday. "
        "She criticised the port's pause of aid to the harbour police."
    )
    article = _article(text)
    start = text.index("She")
    article.entities = [Entity("Marta Quell", "PERSON", 11, 22, "Marta Quell")]
    claim = Claim("a", text[start:], start, len(text), [])
    assert _whom(claim, article, person_names([article])) == "Marta Quell"
    assert with_whom(claim.text, "Marta Quell").startswith("She [Marta Quell] criticised")
    their = Claim("a", "Their boats stayed in port.", 0, 27, [])
    assert _whom(their, article, person_names([article])) is None
    late = "The drive ended with a pass from the rookie to Reggie Wayne. He ended the day 17 of 35."
    wayne = _article(late)
    wayne.entities = [Entity("Reggie Wayne", "PERSON", 47, 59, "Reggie Wayne")]
    at = late.index("He ended")
    guess = _whom(Claim("a", late[at:], at, len(late), []), wayne, person_names([wayne]))
    assert guess is None, "a person named late in the sentence before is not its subject"
    # A quotation opening with "He’s" is someone's words: no name goes into it.
    quoted = "Marta Quell spoke to the port board. “He’s doing his own thing,” she said."
    board = _article(quoted)
    board.entities = [Entity("Marta Quell", "PERSON", 0, 11, "Marta Quell")]
    at = quoted.index("“He’s")
    words = Claim("a", quoted[at:], at, len(quoted), [])
    assert _whom(words, board, person_names([board])) is None


def test_the_summary_tells_what_the_headline_says_not_a_quote_or_colour() -> None:
    lines = [
        "Port strike ends after pay deal",
        "“We won,” union leader Marta Quell told reporters on Thursday.",
        "The expectations placed upon the union almost seemed unfair.",
        "Dockworkers at Valmora ended their strike on Thursday after a pay deal was agreed.",
        "The cranes were moving again by noon.",
    ]
    text = "\n\n".join(lines)
    spans, at = [], 0
    for line in lines:
        spans.append((at, at + len(line)))
        at += len(line) + 2
    article = Article(id="a", source="a", text=text, sentences=spans)
    assert _telling_the_headline(article, spans[1]) == spans[3]
    assert _telling_the_headline(article, None) == spans[3]
    untitled = Article(id="b", source="b", text=" ".join(lines[2:]), sentences=[])
    assert _telling_the_headline(untitled, None) is None  # no headline to tell


def test_the_summary_reaches_past_a_feature_opening_to_the_happening() -> None:
    """October 2016 review: a walk-in's summary was its opening anecdote ("Amelize Joseph
    loves the public school ..."); the happening stood as the seventh sentence."""
    lines = [
        "Angry Parents Rally Nationwide To Save Their Schools",
        "Rosa Lind loves the public school her daughter attends.",
        "Her daughter likes to sing in the chorus.",
        "In a poor neighborhood, such programs are extra valuable.",
        "That's why she is so frustrated with the state.",
        "“We need the money,” said Lind, who has four children.",
        "On Thursday, she and other parents took their grievances to school.",
        "More than 100,000 people rallied nationwide at 2,000 schools, organizers said.",
    ]
    text = lines[0] + "\n\n" + " ".join(lines[1:])
    spans, at = [], 0
    for line in lines:
        spans.append((at, at + len(line)))
        at += len(line) + (2 if at == 0 else 1)
    article = Article(id="a", source="a", text=text, sentences=spans)
    assert [text[s:e] for s, e in spans] == lines
    assert _telling_the_headline(article, None) == spans[7]
    # "In another email, ..." leans on the email told before it: it cannot tell a headline.
    assert _leans("In another email, the foundation asked aides for a job.")
    assert _leans("Another protester said the rally was peaceful.")


def test_a_timeline_names_no_two_lines_alike() -> None:
    wire = "Microsoft releases emergency patch for IE"
    sources = [
        Source(1, "a", None, wire, None, "independent"),
        Source(2, "b", None, wire, None, "independent"),
    ]
    leads = [
        BriefSentence(
            "Microsoft released an emergency patch on Wednesday.", [Citation(1, "a", 0, 9)]
        ),
        BriefSentence(
            "The head of Microsoft's security team urged users to update.", [Citation(2, "b", 0, 9)]
        ),
    ]
    briefing = _tiny_briefing(sources, words=3000)
    briefing.timeline = [TimelineEntry(f"e{n}", None, s) for n, s in enumerate(leads)]
    [timeline] = [s for s in build_view(briefing).sections if s.key == "timeline"]
    texts = [i.text for i in timeline.shown + timeline.more]
    assert texts[0] == wire and texts[1].startswith("The head of Microsoft's security team")
    friend = (
        "Katie Jenkin was a student. 'She was a happy girl,' said the friend. "
        "She recalled chatting on Friday to the mother."
    )
    told = _article(friend)
    told.entities = [Entity("Katie Jenkin", "PERSON", 0, 12, "Katie Jenkin")]
    at = friend.index("She recalled")
    claim = Claim("a", friend[at:], at, len(friend), [])
    assert _whom(claim, told, person_names([told])) is None, "the friend is not named"


def test_a_whole_quoted_sentence_before_a_piece_of_one() -> None:
    def quote(text: str) -> CheckedQuote:
        return CheckedQuote("a", text, "Sean Payton", "verbatim", [])

    assert _partial(quote("felt this was the best move."))
    assert _partial(quote("“but the attempt to interfere was clear"))
    assert not _partial(quote("The setback he had was substantial."))


def test_a_point_two_sources_flag_is_not_one_only_one_source_makes() -> None:
    teams = "Forensic teams were examining the crime scene on Rue de Castiglione in Paris."
    others = "Forensic investigators are going through the scene on Rue de Castiglione in Paris."
    assert restates(teams, others, TOLD_TWICE)
    assert not restates(teams, others)  # not so close as to be one sentence re-transcribed
    assert not restates(
        "Clinton leads Trump by 46 to 44 percent in the poll.",
        "Clinton leads Trump by 42 to 38 percent in the poll.",
        TOLD_TWICE,
    )


def test_half_a_quotation_is_no_flag() -> None:
    # The splitter cut a two-sentence quotation: neither half reads alone as a claim.
    assert not quotes_balanced('"We have not been told when it will be fixed yet, it is late.')
    assert not quotes_balanced('Right now it is still slightly affecting some, " he added.')
    assert quotes_balanced('"We have not been told," the operator said on Tuesday.')
    assert quotes_balanced('“Immunity deals should not be a requirement," Chaffetz said.')
    # (typewriter marks, as the New York Times archive in PolNeAR writes them)
    banker = (
        "He warned that while ''logic would suggest closer cooperation,'' the attacks ''may "
        "trigger a reaction among those who are skeptical of what 'Brussels' stands for."
    )
    assert not quotes_balanced(banker)
    assert quotes_balanced("''We are ready,'' she said of the ``plan'' on Monday.")


def test_the_sources_line_says_how_many_outlets_when_fewer_than_sources() -> None:
    def source(n: int, outlet: str | None, copy_of: str | None = None) -> Source:
        independence = "syndicated" if copy_of else "independent"
        return Source(n, f"a{n}", outlet, "t", None, independence, copy_of)

    papers = [source(1, "herald"), source(2, "Herald"), source(3, "wire"), source(4, "wire", "a3")]
    assert source_count(papers) == "4 articles from 3 independent sources (2 outlets)."
    assert source_count([source(1, "herald"), source(2, "wire")]) == (
        "2 articles from 2 independent sources."
    )
    unknown = [source(1, "herald"), source(2, "herald"), source(3, None)]
    assert source_count(unknown) == "3 articles from 3 independent sources."
    # a copy (even of an unknown outlet) counts with its original
    copied = [source(1, "herald"), source(2, "herald"), source(3, None, "a1")]
    assert source_count(copied) == "3 articles from 2 independent sources (1 outlet)."
    # one outlet under the names a feed, a page and a URL give it
    named = [source(1, "The New York Times"), source(2, "nytimes.com"), source(3, "AP")]
    assert source_count(named) == "3 articles from 3 independent sources (2 outlets)."
    # a copy whose original is not among them stands for it
    lone = [source(1, "herald"), source(2, "wire", "z9")]
    assert source_count(lone) == "2 articles from 2 independent sources."


def test_an_event_line_shows_the_day_of_the_report_its_sentence_is_from() -> None:
    from types import SimpleNamespace
    from typing import cast

    from storyline.brief.compose import _shown_date
    from storyline.brief.context import Context
    from storyline.model import Event
    from storyline.settings import DEFAULT

    later = Article(id="b", source="b", text="MSNBC reported Wednesday that the vote failed.")
    later.event_date = "2016-04-13"
    ctx = cast(Context, SimpleNamespace(articles={"b": later}, settings=DEFAULT))
    event = Event("ev", ["a", "b"], "st", "2016-04-07")
    line = BriefSentence(later.text, [Citation(2, "b", 0, len(later.text))])
    assert _shown_date(event, line, ctx) == "2016-04-13"
    later.event_date = "2016-06-01"  # a look back months later: the event's day
    assert _shown_date(event, line, ctx) == "2016-04-07"
    # a report dated before the event's first day (or undated) shows the event's day
    later.event_date, later.published = None, None
    assert _shown_date(event, line, ctx) == "2016-04-07"
    assert _shown_date(event, None, ctx) == "2016-04-07"


def test_an_event_line_shows_its_reports_lead_day_not_a_day_its_body_recalls() -> None:
    """An analysis of how a killing became a campaign issue stood in a 1998 timeline under
    the day of the killing, which only its fifth paragraph named (AQUAINT read)."""
    from types import SimpleNamespace
    from typing import cast

    from storyline.brief.compose import _shown_date
    from storyline.brief.context import Context
    from storyline.model import Event
    from storyline.read.sentences import split_sentences
    from storyline.read.timex import find_times
    from storyline.settings import DEFAULT

    text = (
        "The killing of a Corlen doctor has become an issue in two races for the state "
        "senate. Both candidates spoke about it. Neither said what he would change. Voters "
        "are divided. The doctor was shot at his home on Friday night."
    )
    report = Article(id="b", source="b", text=text, published="2026-03-16")
    report.sentences, report.times = split_sentences(text), find_times(text, "2026-03-16")
    report.event_date = "2026-03-13"  # (the clusterer's event date reads the body too)
    ctx = cast(Context, SimpleNamespace(articles={"b": report}, settings=DEFAULT))
    event = Event("ev", ["b"], "st", "2026-03-13")
    first = report.sentences[0]
    line = BriefSentence(text[: first[1]], [Citation(1, "b", *first)])
    assert _shown_date(event, line, ctx) == "2026-03-16"


def test_flags_titles_and_evidence_print_typewriter_quotes_curly() -> None:
    """The digest's sentences were printed curly but a flag, its evidence and a source's
    title still showed ``New GM'' (MEANTIME briefing, ninth session)."""
    title = "``New GM'' names ''Mary Barra'' chief"
    source = Source(1, "a", "Wikinews", title, "2013-12-10", "independent", words=3000)
    briefing = _tiny_briefing([source], words=3000)
    briefing.title = title
    flagged = "The board called her ``the right leader'' for the company, a spokesman said."
    briefing.single_source_claims = [Claim("a", flagged, 0, len(flagged), [])]
    said = "Analysts said ``it is too early to say'' who will lead the company."
    briefing.contradicted_claims = [
        Claim("a", said, 0, len(said), [], contradicted_by=["a"], evidence=[said])
    ]
    from storyline.model import CheckedQuote, KeyQuote

    said_of = "He called it ``the new GM'' at the meeting"
    briefing.quotes = [KeyQuote(said_of, "Tom Lee", Citation(1, "a", 0, 9), "only_source")]
    briefing.unverified_quotes = [CheckedQuote("a", said_of, "Ann Ross", "single_source", [])]
    for form in ("md", "html"):
        shown = unescape(render(briefing, form))
        assert "``" not in shown and "''" not in shown, form
        assert "“New GM” names “Mary Barra” chief" in shown
        assert "called it “the new GM” at the meeting" in shown
        assert "“the right leader”" in shown and "“it is too early to say”" in shown
    # The JSON keeps the source's own characters: spans and quotation checks count them.
    assert briefing.single_source_claims[0].text == flagged


def test_a_flag_opening_with_he_names_the_speaker_the_reader_read_it_as() -> None:
    # June 2016 review: "He [John McCain] said Grassley could lose" after "Even McCain ...
    # and Grassley ... are in trouble, Tester said." The reader had read "He" as Tester.
    from storyline.read import read_articles

    text = (
        "Even Senator Tom Vale and Senator Ann Ross are in trouble, Jon Tester said. "
        "He said Ross could lose to Democrat Patty Judge in November."
    )
    (article,) = read_articles([Article(id="a", source="a", text=text)])
    start = text.index("He said")
    claim = Claim("a", text[start:], start, len(text), [])
    assert _whom(claim, article, person_names([article])) == "Jon Tester"
    # ... and never one the pronoun cannot stand for.
    text = "A report about Hillary Clinton misnamed the man who ran a campaign. He ran it well."
    correction = _article(text)
    correction.entities = [Entity("Hillary Clinton", "PERSON", 15, 30, "Hillary Clinton")]
    start = text.index("He ran")
    claim = Claim("a", text[start:], start, len(text), [])
    assert _whom(claim, correction, person_names([correction])) is None


def test_a_scene_the_next_sentence_points_back_at_or_one_going_on_from_a_past_year() -> None:
    """June 2016 review: a 2014 scene and a 2009 speech were dated on 2016 reports' days."""
    from storyline.read.sentences import split_sentences

    def recalled(text: str, sentence: int) -> bool:
        article = _dated(text, [], "2016-06-20")
        article.sentences = split_sentences(text)
        return recalls_earlier(article, *article.sentences[sentence])

    scene = (
        "Lakefront condos and hotels were opening around a new convention center. "
        "But back then, in 2014, no one forecast the campaign."
    )
    assert recalled(scene, 0)
    speech = (
        "When Ana Lind took office in 2008, one of her first moves was a speech in Cairo. "
        "With ministers in attendance, she claimed a new era had begun."
    )
    assert recalled(speech, 1)
    # The news that follows a sentence of history reads on: the present, or a new paragraph.
    now = speech.replace("she claimed a new era had begun", "she says a new era is here")
    assert not recalled(now, 1)
    apart = speech.replace("Cairo. ", "Cairo.\n\n")
    assert not recalled(apart, 1)


def test_a_year_to_come_is_no_history() -> None:
    """September 2016 dev: "Super PAC donations have barreled past the $1billion mark,
    driven by ... contributors intent on deciding who will ... control Congress next
    year." was kept from its report's summary as another year's matter."""
    from storyline.brief.compose import _earlier

    assert not _earlier("2017", "2016-09-22")
    assert _earlier("2015", "2016-09-22")
    assert _earlier("2016-08", "2016-09-22")
    assert not _earlier("2016-09-20", "2016-09-22")


def test_what_someone_had_said_before_the_next_sentence_turns_is_history() -> None:
    """October 2016 review: "The IMF had warned ... could depress growth" was shown
    without its next sentence, "But on Tuesday, it increased its ... forecast"."""
    from storyline.read.sentences import split_sentences

    def recalled(text: str) -> bool:
        article = _dated(text, [], "2016-10-04")
        article.sentences = split_sentences(text)
        return recalls_earlier(article, *article.sentences[0])

    turned = (
        "The fund had warned that the vote could depress growth in Britain for years. "
        "But on Tuesday, it raised its growth forecast for Britain."
    )
    assert recalled(turned)
    assert recalled(turned.replace("But on Tuesday, it", "However, it"))
    # Not turned: the next sentence goes on, or opens a new paragraph, or the warning is
    # the news itself.
    assert not recalled(turned.replace("But on Tuesday, it", "On Tuesday, it also"))
    assert not recalled(turned.replace("years. But", "years.\n\nBut"))
    assert not recalled(turned.replace("had warned", "warned"))
    # (a review) after an adverb too; not a relative clause's, nor "had need"
    assert recalled(turned.replace("had warned", "had already warned"))
    escaped = "A man who had escaped in May was caught on Tuesday. But police said little."
    assert not recalled(escaped)
    assert not recalled("The fund had need of cash for years. But on Tuesday, it got some.")


def test_a_his_whose_owner_the_sentence_does_not_name_leans_one_pointing_ahead_does_not() -> None:
    from storyline.brief.compose import _unbound_pronoun

    def unbound(text: str, people: list[str]) -> bool:
        article = _article(text)
        article.entities = [
            Entity(p, "PERSON", text.index(p), text.index(p) + len(p), p) for p in people
        ]
        return _unbound_pronoun(article, 0, len(text))

    # June 2016 review: a summary whose reader never learned whose tools these were.
    assert unbound("Analysis shows that lawsuits are one of his primary negotiating tools.", [])
    assert not unbound("Ana Lind said her plan would pass.", ["Ana Lind"])
    assert not unbound("The mother said her son was safe.", [])
    assert not unbound("Thanks to his latest act, Tom Reyes can add a title.", ["Tom Reyes"])
    # A surname the tagger missed at the sentence's start, named so elsewhere in the text.
    text = "Tom Reyes won. Reyes used his speech to call for a vote."
    article = _article(text)
    article.entities = [Entity("Tom Reyes", "PERSON", 0, 9, "Tom Reyes")]
    assert not _unbound_pronoun(article, 15, len(text))


def test_the_middle_of_a_quotation_the_writers_first_person_and_a_transcript_line() -> None:
    """June 2016 review: Obama's "That's not the measure of populism." and a letter
    writer's "I claim ..." were printed as the briefing's own statements."""
    from storyline.read import read_articles

    text = (
        '"Somebody who never fought for workers," Obama said, "does not become a populist '
        "by saying something controversial. That's not the measure of populism.\" "
        "I claim the mayor is not a billionaire and you will never see his tax records. "
        "''I would have been all in,'' Mr. Lind said in his office overlooking the bay. "
        "Q: You hear now from kids in similar situations across the country."
    )
    (article,) = read_articles([Article(id="a", source="a", text=text)])
    spans = _spans_by_first_word(text)
    assert _not_a_statement(article, *spans["That's"])
    assert _not_a_statement(article, *spans["I"])
    assert not _not_a_statement(article, *spans["''I"])  # someone's quoted first person
    assert _not_a_statement(article, *spans["Q:"])


def test_a_transcripts_labelled_paragraph_and_in_response_are_no_statements_alone() -> None:
    """July 2016 review: "FALLIN: ... Everyone wants to be treated equal ..." printed as
    the briefing's own, and "In response, the administration ..." after another sentence."""
    text = (
        "The governor spoke on CNN on Sunday about the shootings in two cities.\n\n"
        "FALLIN: I think it's tragic. Everyone wants to be treated equal, with justice.\n\n"
        "TAPPER: Governor, thank you for joining us on the program this morning.\n\n"
        "In response, the administration increased aid to the three countries."
    )
    article = _article(text)

    spans = _spans_by_first_word(text)
    assert _not_a_statement(article, *spans["Everyone"])
    assert not _not_a_statement(article, *spans["The"])
    assert _leans("In response, the administration increased aid to the three countries.")
    assert not _leans("In response to the attack, the city closed its parks on Monday.")
    # One capitalised label is a dateline or a note, no transcript ("NEW DELHI: ...").
    lead = "NEW DELHI: The government raised fuel prices on Monday after months of talks."
    assert not _not_a_statement(_article(lead), 0, len(lead))


def test_a_comparison_with_what_was_told_before_leans_on_it() -> None:
    """ "Just as intriguing was ..." compares with a sentence not shown; "Most voters" or
    "Just as the polls closed" compare with nothing."""
    for leaning in (
        "Just as intriguing was the council's vote on the harbour.",
        "More important, the council voted on the harbour.",
        "Even more striking is the council's silence on the harbour.",
        "Likewise, the council voted on the harbour.",
        "The same poll found 40 percent support for the harbour plan.",
    ):
        assert _leans(leaning), leaning
    for alone in (
        "Most voters in Corlen backed the harbour plan on Monday.",
        "Just as the polls closed, the council voted on the harbour.",
        "More than 40 people came to the council's vote on the harbour.",
        "In addition to the harbour, the council voted on the bridge.",
    ):
        assert not _leans(alone), alone


def test_a_bare_quotation_and_more_connectives_do_not_read_alone() -> None:
    """January 2016 review: a summary that was a quotation's last sentence, its speaker
    named in the sentence before; "for instance", "went on", "Six stops later"."""

    text = (
        "LOS ANGELES -- “The stories begin. The stories end.” So says a voice in the film.\n\n"
        "“We had to work in a new fashion,” said the envoy, Ada Brenn. “To hold the meeting "
        "and at the same time write the statement.”\n\n"
        "“We will win,” the mayor said on Monday."
    )
    article = _article(text)
    spans = _spans_by_first_word(text)
    assert _not_a_statement(article, *spans["“To"])
    assert _not_a_statement(article, *spans["LOS"])  # a quotation opened and not closed
    assert not _not_a_statement(article, *spans["“We"])
    for leaning in (
        "Germans have been outraged, for instance, by reports of the assaults.",
        "The president went on to name the cities that mourned.",
        "Six stops later, the senator's day ended in Keosauqua.",
        # (brief-100: MEANTIME's Steve Jobs briefing, the 1984 it counts from not shown)
        "One year later he was fired from the company and he founded NeXT.",
        "A day earlier, the board had met in Cupertino.",
        "Years later, the two men made up.",
        "In that sense, the campaign may be limiting itself.",
        "Fox told a slightly different tale.",
    ):
        assert _leans(leaning), leaning
    assert not _leans("Even more people came to the harbour than last year.")
    for alone in (  # a review of the session's rules: ordinary leads
        "Thousands of teachers went on strike Monday across Corlen.",
        "The mayor has been the subject of an inquiry since March.",
        "The same-sex marriage ruling was handed down on Friday.",
        "The council passed a different version of the bill on Friday.",
        "Two years later than planned, the bridge opened on Friday.",
    ):
        assert not _leans(alone), alone


def test_a_wire_agencys_dateline_is_cut_wherever_its_sentence_is_shown() -> None:
    from storyline.brief.compose import _dateline_length, _without_dateline

    # July 2016 review: "Cleveland (AFP) – The Trump troops ..." as a development and
    # "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee ..." as a flag.
    for line in (
        "Cleveland (AFP) – The delegates embraced the nominee.",
        "PHILADELPHIA, July 25 (UPI) — The committee apologized to the senator.",
        "WASHINGTON (Reuters) - The senator endorsed the nominee.",
    ):
        text = f"An earlier paragraph of the page.\n\n{line}"
        article = _article(text)
        start = text.index(line)
        claim = Claim("a", line, start, len(text), [])
        cut = _without_dateline(claim, article)
        assert cut.text.startswith("The "), line
        assert text[cut.start : cut.end] == cut.text
    prose = "Officials in Cleveland (Ohio) - the host city - said the delegates left."
    assert _dateline_length(_article(prose), 0, len(prose)) == 0


def test_a_line_dated_only_by_its_report_says_so_in_every_view() -> None:
    """July 2016 review: analysis and background ("Wherever Hillary Clinton goes, the media
    goes.") stood in timelines under their report's day as if they happened then."""
    from storyline.brief.compose import NAMES_A_DAY
    from storyline.model import TimelineEntry

    assert NAMES_A_DAY.search("The council voted on Tuesday (2026-05-05) to build lanes.")
    assert NAMES_A_DAY.search("The council voted July 25 to build lanes.")
    assert not NAMES_A_DAY.search("Wherever the mayor goes, the press goes.")
    source = Source(1, "a", "Corlen City Press", "Corlen lanes", "2026-05-06", "independent")
    briefing = _tiny_briefing([source], words=3000)
    line = BriefSentence("Wherever the mayor goes, the press goes.", [Citation(1, "a", 0, 9)])
    briefing.timeline = [
        TimelineEntry("ev-1", "2026-05-06", line, reported=True),
        TimelineEntry("ev-2", "2026-05-05", briefing.summary),
    ]
    markdown = render(briefing, "md")
    assert "**2026-05-06** (reported):" in markdown
    assert "**2026-05-05**:" in markdown
    assert "(reported)" in unescape(render(briefing, "html"))


def test_an_article_read_again_is_indexed_again() -> None:
    # The sentence rules' index was keyed by id and lengths: an article read again by a
    # new reading stage (same text, other entities) would have kept the old index.
    from storyline.brief.compose import _unbound_pronoun

    text = "Ramos used his speech to call for a vote."
    untagged = _article(text)
    assert _unbound_pronoun(untagged, 0, len(text))
    tagged = _article(text)
    tagged.entities = [Entity("Ramos", "PERSON", 0, 5, "Ramos")]
    assert not _unbound_pronoun(tagged, 0, len(text))


def test_a_described_speaker_reads_in_lower_case_after_its_dash() -> None:
    from storyline.brief.view import speaker_shown

    assert speaker_shown("A senior Lund administration official") == (
        "a senior Lund administration official"
    )
    assert speaker_shown("The radioman") == "the radioman"
    for name in ("The Associated Press", "One Direction", "Maria Lund", None):
        assert speaker_shown(name) == name


def test_a_she_after_a_sentence_about_her_names_her_not_her_husband() -> None:
    """ "Along with her husband, Milton Berg, she has given ... She called Carson": the
    sentence before speaks of her too (a November 2015 review had "She [Milton Berg]")."""
    text = (
        "Rachel Lund, a philanthropist, said the speeches led her to count two out. "
        "Along with her husband, Per Lund, a money manager, she has given to many. "
        "She called Hansen a special person."
    )
    assert _whom_of_last_she(text, ["Rachel Lund", "Per Lund"]) == "Rachel Lund"


def test_a_she_after_a_sentence_naming_the_woman_as_its_subject_names_her() -> None:
    text = (
        "Ann Lee, the senator, toured the plant on Monday. "
        "After Mary Smith arrived, she was greeted by workers. "
        "She praised the governor."
    )
    assert _whom_of_last_she(text, ["Ann Lee", "Mary Smith"]) == "Mary Smith"


def _whom_of_last_she(text: str, people: list[str]) -> str | None:
    """Whom the flag of the text's last sentence (opening "She") names, each person
    tagged where the text first names them."""
    article = _article(text)
    article.entities = [
        Entity(name, "PERSON", text.index(name), text.index(name) + len(name), name)
        for name in people
    ]
    start = text.rindex("She ")
    claim = Claim("a", text[start:], start, len(text), [])
    return _whom(claim, article, person_names([article]))


def test_a_dateline_line_joined_to_the_headline_line_leaves_the_headline() -> None:
    lede = (
        "Dockworkers at the port of Valmora returned to work on Thursday after the union "
        "accepted a pay rise of four percent, ending a strike of nine days."
    )
    text = f"VALMORA (Reuters) -\nPort strike ends after pay deal\n\n{lede}\n\nMore."
    spans = [(0, 50), (52, 52 + len(lede)), (len(text) - 5, len(text))]
    article = Article(id="a", source="a", text=text, sentences=spans)
    assert headline_text(article) == "Port strike ends after pay deal"
    assert is_headline(article, 0, 50)
    assert not is_headline(article, 52, 52 + len(lede))


def test_a_dateline_above_a_wrapped_first_sentence_makes_no_headline() -> None:
    lede = (
        "Dockworkers at the port of Valmora returned to work on\nThursday after the union "
        "accepted a pay rise of four percent,\nending a strike of nine days."
    )
    text = f"VALMORA (Reuters) -\n{lede}\n\nThe cranes were moving again by noon."
    spans = [(0, 20 + len(lede)), (22 + len(lede), len(text))]
    article = Article(id="a", source="a", text=text, sentences=spans)
    assert headline_text(article) is None


def test_a_title_shows_without_the_site_or_writer_a_page_title_ends_in() -> None:
    # A pipe is no headline punctuation: its short last part goes, whatever it names.
    assert (
        usable_title("'What is the sea telling us?': tribes fearful over strandings | Jo Roy")
        == "'What is the sea telling us?': tribes fearful over strandings"
    )
    assert usable_title("How to Build a Terrarium | eHow") == "How to Build a Terrarium"
    # A dash is headline punctuation: its part goes only when it names the page.
    names = page_names("Firefox Nightly News", None, url="https://blog.nightly.mozilla.org/x")
    assert usable_title("These Weeks in Firefox: Issue 85 – Firefox Nightly News", names) == (
        "These Weeks in Firefox: Issue 85"
    )
    guardian = page_names(None, None, url="https://www.theguardian.com/world/x")
    assert usable_title("Floods hit the north - The Guardian", guardian) == "Floods hit the north"
    assert usable_title("Brexit - what happens next", guardian) == "Brexit - what happens next"
    # What is left must still be a headline.
    assert usable_title("Budget | Reuters") == "Budget | Reuters"
    # a headline's second half is no name (the review's), a site's first label is its name
    live = "Election 2024 live updates | Harris leads in new poll"
    assert usable_title(live) == live
    # an outlet written as its site names the page too (the sources list knows only it)
    guardian_site = page_names("www.theguardian.com")
    assert usable_title("Floods hit Wales - The Guardian", guardian_site) == "Floods hit Wales"
    bbc = page_names(None, None, url="https://www.bbc.co.uk/news/x")
    assert usable_title("Floods hit Wales - BBC", bbc) == "Floods hit Wales"
    # one space between words, however many the page wrote
    assert usable_title("Xbox One X review:  A console that keeps up") == (
        "Xbox One X review: A console that keeps up"
    )


def test_a_quote_no_other_source_has_links_to_where_it_stands() -> None:
    # (its link on the page was "?start=0&end=0": it marked nothing)
    source = Source(1, "a", "Corlen City Press", "Corlen approves bike lanes", None, "independent")
    briefing = _tiny_briefing([source], words=3000)
    briefing.unverified_quotes = [
        CheckedQuote("a", "We will build them by spring", "Ana Vos", "single_source", [], 40, 68)
    ]
    items = [item for section in briefing_view(briefing).sections for item in section.shown]
    [quote] = [i for i in items if i.speaker == "Ana Vos"]
    assert [(c.start, c.end) for c in quote.citations] == [(40, 68)]


def test_a_storylines_main_entities_are_the_same_in_every_process() -> None:
    # (the same pages built twice showed other entities: in a one-report storyline every
    # entity tied, and ties went by the order of a set, which string hashing changes)
    import subprocess
    import sys

    script = (
        "from storyline.brief.summary import main_entities\n"
        "from storyline.model import Article, Entity\n"
        "names = ['Iran', 'Kenya', 'BBC News', 'Gulf', 'EU', 'Obama', 'Oman', 'Qatar', 'Syria',"
        " 'Yemen', 'Nairobi', 'London']\n"
        "ents = [Entity(n, 'GPE', 0, 1, n) for n in names] + [Entity('Obama', 'PERSON', 0, 1,"
        " 'Obama')] * 3 + [Entity('dans', 'GPE', 0, 1, 'dans')]\n"
        "print(main_entities([Article('a', 'a', 'x', entities=ents)]))\n"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(seed), "HF_HUB_OFFLINE": "1"},
        ).stdout
        for seed in (1, 2, 3)
    }
    assert len(seen) == 1
    (shown,) = seen
    assert shown.startswith("['Obama'") and "dans" not in shown


def test_a_name_the_tagger_writes_in_lower_case_is_still_a_main_entity() -> None:
    # (the review's: "the United States", "the White House" and "eBay" had gone)
    from storyline.brief.summary import main_entities
    from storyline.model import Entity

    names = [("the United States", "GPE"), ("the White House", "ORG"), ("eBay", "ORG")]
    entities = [Entity(n, label, 0, 1, n) for n, label in names]
    entities += [Entity("dans", "GPE", 0, 1, "dans"), Entity("A\n\nB", "ORG", 0, 1, "A\n\nB")]
    shown = main_entities([Article("a", "a", "x", entities=entities)])
    assert set(shown) == {"the United States", "the White House", "eBay"}


def test_a_text_signed_by_a_columnist_is_an_opinion_piece() -> None:
    """July 2016 read: an op-ed's "Last week proved that the Second Amendment works." was
    a briefing's summary, unmarked; it closes on its writer's note."""
    from storyline.brief.compose import _signed_as_a_column

    column = Article(
        id="c",
        source="c",
        text="Last week proved that the harbour levy works.\n\nThe port stayed open.\n\n"
        "Ida Berg is co-author of the upcoming book The Case for Ports.",
    )
    report = Article(
        id="r",
        source="r",
        text="The port stayed open on Monday.\n\nIda Berg is a reporter for the Courier.",
    )
    assert _signed_as_a_column(column)
    assert not _signed_as_a_column(report)
    # (a report closing on someone's past, or a study's author, is no column: a reviewer's)
    for closing in (
        "Ann Li was a professor of chemistry at Sarn for 30 years.",
        "Mark Hill is a professor at Sarn who led the study.",
        "Mark Hill is the author of the study.",
    ):
        news = Article(id="n", source="n", text=f"The port stayed open.\n\n{closing}")
        assert not _signed_as_a_column(news), closing
    signed = Article(
        id="s",
        source="s",
        author="Mark Hill",
        text="The levy is a mistake.\n\nMark Hill is a professor of economics at Sarn.",
    )
    assert _signed_as_a_column(signed)


def test_the_lead_headline_heads_its_section_only_where_it_tells_more_than_the_title() -> None:
    from storyline.brief.view import _tells_more_than

    title = "Harbour board rebuts criticism on ferry fares"
    assert not _tells_more_than(f"{title}; Fares, chair says, kept the line open", title)
    assert not _tells_more_than(f"{title} | Marlow Voice", title)
    assert not _tells_more_than(title, title)
    assert not _tells_more_than(None, title)
    assert _tells_more_than("Ferry fares to rise in spring; board defends plan", title)


def test_a_timeline_line_from_an_opinion_piece_says_so() -> None:
    """November 2015 read: a column's headline stood in a timeline as a dated event, its
    opinion mark shown wherever else its sentence was but not there."""
    from storyline.model import TimelineEntry

    source = Source(1, "a", "Corlen City Press", "Lanes are a waste", "2026-05-06", "independent")
    briefing = _tiny_briefing([source], words=3000)
    column = BriefSentence(
        "The council's new lanes are a waste of money.", [Citation(1, "a", 0, 9)], "opinion"
    )
    briefing.timeline = [
        TimelineEntry("ev-1", "2026-05-06", column, reported=True),
        TimelineEntry("ev-2", "2026-05-05", briefing.summary),
    ]
    markdown = render(briefing, "md")
    assert "**2026-05-06** (reported): Lanes are a waste [1] *(opinion)*" in markdown, markdown
    assert "**2026-05-05**:" in markdown and markdown.count("*(opinion)*") == 1


def test_a_timeline_line_named_after_a_headline_cites_that_report() -> None:
    """Twenty May-August 2016 briefings read by an editor: a line named after the headline
    of source 6 showed [1], the lowest number among its sentence's citations."""
    from storyline.model import TimelineEntry

    headline = "Former leader calls the wall stupid"
    sources = [
        Source(1, "a", "Corlen Post", "Nine things said about voters", "2026-07-18", "independent"),
        Source(6, "f", "Marlow Voice", headline, "2026-02-08", "independent"),
    ]
    briefing = _tiny_briefing(sources, words=3000)
    told = BriefSentence(
        "“We will not pay for such a wall,” the former leader said Saturday.",
        [Citation(6, "f", 0, 9), Citation(1, "a", 0, 9)],
    )
    briefing.timeline = [
        TimelineEntry("ev-1", "2026-02-06", told),
        TimelineEntry("ev-2", "2026-07-18", briefing.summary),
    ]
    markdown = render(briefing, "md")
    assert f"**2026-02-06**: {headline} [6]" in markdown, markdown


def test_a_cut_timeline_keeps_its_latest_lines_in_time_order() -> None:
    """The same read: a timeline cut to its budget had kept its first lines and lost its
    last, the happening the briefing is about (10 of 20 briefings)."""
    from storyline.model import TimelineEntry

    sources = [Source(1, "a", "Corlen Post", None, "2026-05-30", "independent")]
    briefing = _tiny_briefing(sources, words=3000)
    lines = [
        BriefSentence(
            f"The council met about lane number {n} and its cost to the city's taxpayers.",
            [Citation(1, "a", 0, 9)],
        )
        for n in range(8)
    ]
    days = [f"2026-05-{day:02d}" for day in (1, 4, 9, 12, 16, 20, 25, 29)]
    briefing.timeline = [
        TimelineEntry(f"ev-{n}", day, line)
        for n, (day, line) in enumerate(zip(days, lines, strict=True))
    ]
    [timeline] = [s for s in build_view(briefing).sections if s.key == "timeline"]
    shown = [item.date for item in timeline.shown]
    assert 2 <= len(shown) < len(days), shown  # cut to its budget
    assert shown == days[-len(shown) :], shown  # the latest, in time order
    assert [item.date for item in timeline.more] == days[: -len(shown)]
    markdown = render(briefing, "md")
    assert markdown.index("**2026-05-25**") < markdown.index("**2026-05-29**")
    assert "**2026-05-01**" not in markdown


def test_a_sentence_that_only_announces_the_next_is_no_statement() -> None:
    """A May 2016 briefing showed "Something rare happened Monday." alone among the
    developments; what happened was its next sentence's."""
    text = (
        "WASHINGTON — Something rare happened Monday. Senate Majority Leader Mitch "
        "McConnell let a judicial nominee get a vote. Nothing came of the talks on Friday, "
        "aides said, and the two sides will meet again."
    )
    spans = _spans_by_first_word(text)
    article = Article(id="a", source="a", text=text, sentences=list(spans.values()))
    assert _not_a_statement(article, *spans["WASHINGTON"])
    assert not _not_a_statement(article, *spans["Senate"])
    assert not _not_a_statement(article, *spans["Nothing"])  # a clause goes on: it tells


def test_an_organisations_initials_are_no_part_of_a_longer_name() -> None:
    """MEANTIME read: "GM said in a statement" was shown as "— New GM", the company a
    later report named; a person's surname still takes their full name."""
    from storyline.model import Quote

    def quoting(article_id: str, speaker: str) -> Article:
        text = f"“We are ready,” {speaker} said."
        quote = Quote("We are ready,", 1, 14, speaker, speaker, 16, 16 + len(speaker), True)
        return Article(id=article_id, source=article_id, text=text, quotes=[quote])

    names = person_names(
        [
            quoting("a", "GM"),
            quoting("b", "New GM"),
            quoting("c", "Salazar"),
            quoting("d", "Ken Salazar"),
        ]
    )
    assert names.name_of("GM") == "GM"
    assert names.name_of("Salazar") == "Ken Salazar"
    # (a transcript's name in capitals is the name written otherwise elsewhere: a review's)
    names = person_names([quoting("a", "CLINTON"), quoting("b", "Hillary Clinton")])
    assert names.name_of("CLINTON") == "Hillary Clinton"


def test_review_of_the_sessions_digest_rules() -> None:
    """A reviewer's cases: "Nothing was stolen from the embassy." tells what happened; a
    height's inches are no quotation mark; lines of one day keep their order in a cut
    timeline."""
    from storyline.brief.compose import ANNOUNCEMENT
    from storyline.model import TimelineEntry

    assert ANNOUNCEMENT.fullmatch("Something rare happened Monday.")
    for told in (
        "Nothing was stolen from the embassy.",
        "Something exploded near the embassy on Monday.",
        "Nothing has changed since the vote.",
    ):
        assert not ANNOUNCEMENT.fullmatch(told), told
    assert quotes_balanced("The 6'2'' forward scored twice.")
    sources = [Source(1, "a", "Corlen Post", None, "2026-05-30", "independent")]
    briefing = _tiny_briefing(sources, words=3000)
    days = ["2026-05-01", "2026-05-04", "2026-05-09", "2026-05-29", "2026-05-29"]
    briefing.timeline = [
        TimelineEntry(
            f"ev-{n}",
            day,
            BriefSentence(f"Line {n} about the council and its lanes.", [Citation(1, "a", 0, 9)]),
        )
        for n, day in enumerate(days)
    ]
    [timeline] = [s for s in build_view(briefing).sections if s.key == "timeline"]
    texts = [item.text for item in timeline.shown + timeline.more]
    assert texts.index("Line 3 about the council and its lanes.") < texts.index(
        "Line 4 about the council and its lanes."
    )


def test_an_account_one_source_tells_alone_says_so_once() -> None:
    # (a reader's check of May 2016 campaign news: the summary and all five lines of the
    # account, each from one Politico report, each carried "(single source)"; an editor
    # read them as noise burying the flags worth a look)
    sources = [
        Source(
            1, "a", "Corlen City Press", "Corlen approves bike lanes", "2026-05-06", "independent"
        ),
        Source(2, "b", "Harbour Wire", "Harbour Road closed", "2026-05-06", "independent"),
    ]
    briefing = _tiny_briefing(sources, words=6000)
    briefing.summary.flag = "single source"
    for sentence in briefing.main:
        sentence.flag = "single source"
    view = briefing_view(briefing)
    main = view.section("main")
    assert main is not None and view.summary.flag == "single source"
    assert all(not item.flag for item in main.shown + main.more)
    assert "[1]" in main.note and "no other source" in main.note
    markdown = render(briefing, "md")
    assert markdown.count("single source") == 1
    assert main.note in markdown and main.note in unescape(render(briefing, "html"))
    # a line another source tells otherwise keeps its own flag, and so do the rest
    briefing.main[0].flag = "reported"
    main = briefing_view(briefing).section("main")
    assert main is not None and [i.flag for i in main.shown][1:] == ["single source"] * 4
    assert not main.note


def test_a_digest_section_the_budget_leaves_empty_is_open_on_the_page() -> None:
    # (two reader's checks of 2016 campaign news: "What happened" showed no line on the
    # page until the reader opened its "5 more"; the Markdown, under its budget, names it
    # among what is on the page)
    source = Source(
        1, "a", "Corlen City Press", "Corlen approves bike lanes", "2026-05-06", "independent"
    )
    briefing = _tiny_briefing([source], words=120)
    main = briefing_view(briefing).section("main")
    assert main is not None and not main.shown and main.more
    html = render(briefing, "html")
    section = html[html.index('data-section="main"') :]
    assert section.index('<details class="more" open>') < section.index("</section>")
    briefing = _tiny_briefing([source], words=6000)
    assert '<details class="more" open>' not in render(briefing, "html")
