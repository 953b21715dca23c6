"""A page its publisher files as opinion (its section, its address, a label on its title
or standing as its first paragraph) is an opinion piece, whatever voice it is written in:
unsigned editorials and readers' letters have no "I" for the voice count to see."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from storyline import extract, pipeline
from storyline.brief.compose import _opinion_pieces, compose, labelled_opinion
from storyline.ingest.files import read_path
from storyline.model import Article, Event, RawDocument, Storyline
from storyline.store.db import Store
from tests.conftest import SHARED

PAGES = SHARED / "data" / "readability-pages" / "test-pages"
POLNEAR_TRAIN = SHARED / "data" / "polnear-dev" / "data" / "train" / "text"

BODY = (
    "<p>The council voted on Tuesday to close the old harbour bridge for repairs, after "
    "engineers found cracks in two of its piers in a survey last month.</p>"
    "<p>Ferries will run every twenty minutes while the work lasts, the harbour office said, "
    "and the bridge is to open again in the spring.</p>"
)


def page(head: str, body: str = BODY) -> str:
    return f"<html><head><title>Bridge shut</title>{head}</head><body><article>{body}</article></body></html>"


def extracted(head: str, url: str | None = None) -> Article:
    article = extract.extract(RawDocument(source="p.html", kind="html", body=page(head), url=url))
    assert isinstance(article, Article)
    return article


def test_the_section_a_page_declares_is_kept_and_an_opinion_section_labels_it() -> None:
    opinion = extracted('<meta property="article:section" content="Opinion">')
    assert opinion.section == "Opinion" and labelled_opinion(opinion)
    news = extracted('<meta property="article:section" content="Politics">')
    assert news.section == "Politics" and not labelled_opinion(news)
    polls = extracted('<meta property="article:section" content="Opinion polls">')
    assert not labelled_opinion(polls)  # a section of polls is news about opinion


def test_a_json_ld_opinion_article_or_section_list() -> None:
    typed = {"@type": "OpinionNewsArticle", "headline": "Bridge shut"}
    listed = {"@type": "NewsArticle", "articleSection": ["", "Letters", "Local"]}
    for data, section in ((typed, "Opinion"), (listed, "Letters")):
        script = f'<script type="application/ld+json">{json.dumps(data)}</script>'
        article = extracted(script)
        assert article.section == section and labelled_opinion(article)


def test_an_opinion_folder_of_the_address_labels_the_page_but_not_a_word_in_a_slug() -> None:
    assert labelled_opinion(extracted("", "https://example.com/news/opinion/bridge-shut/1"))
    assert labelled_opinion(extracted("", "https://example.com/commentisfree/2026/bridge"))
    assert not labelled_opinion(extracted("", "https://example.com/news/opinion-poll-bridge/1"))
    assert not labelled_opinion(extracted("", "https://example.com/news/bridge-shut"))


def test_a_label_on_the_title_or_alone_as_the_first_paragraph() -> None:
    def article(text: str, title: str | None = None) -> Article:
        return Article(id="a", source="a", text=text, title=title)

    assert labelled_opinion(article("The bridge shut.", "Opinion | The bridge had to shut"))
    assert labelled_opinion(article("LETTERS.\n\nThe bridge should never have shut."))
    assert labelled_opinion(article("Our View\n\nThe bridge should never have shut."))
    assert not labelled_opinion(article("The bridge shut.\n\nLETTERS.\n\nMore to come."))
    assert not labelled_opinion(article("Letters went out to residents on Tuesday.\n\nMore."))
    assert not labelled_opinion(article("The bridge shut.", "Opinion poll: most back repairs"))


def test_a_json_row_gives_its_section_bounded_and_not_among_its_extra_fields(
    tmp_path: Path,
) -> None:
    rows = [
        {
            "id": "a",
            "title": "Bridge shut",
            "text": REPORT,
            "section": "Editorials",
        },
        {
            "id": "b",
            "title": "Bridge shut",
            "text": REPORT,
            "section": "x" * 500,
        },
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    docs = [d for d in read_path(path) if isinstance(d, RawDocument)]
    articles = [extract.extract(d) for d in docs]
    assert all(isinstance(a, Article) for a in articles)
    first, second = (a for a in articles if isinstance(a, Article))
    assert first.section == "Editorials" and "section" not in first.extra
    assert labelled_opinion(first)
    assert second.section is not None and len(second.section) == 100


def report(article_id: str, section: str | None = None, url: str | None = None) -> RawDocument:
    """The council report as an input."""
    return RawDocument(
        source=f"t:{article_id}",
        kind="text",
        body=REPORT,
        id=article_id,
        title="Bridge shut",
        section=section,
        url=url,
    )


def test_the_section_is_stored_with_the_article(store: Store) -> None:
    pipeline.ingest_documents(store, [report("s", section="Opinion")])
    (stored,) = store.articles(["s"])
    assert stored.section == "Opinion"
    assert stored.record()["section"] == "Opinion"


UNSIGNED = (
    "The council's vote to shut the harbour bridge for a whole winter is a failure of nerve. "
    "Engineers found cracks in two piers last month, and the repairs could have begun then. "
    "Ferries every twenty minutes are no substitute for a bridge. "
    "The council should reopen one lane while the piers are mended."
)
REPORT = (
    "The Marlow council voted on Tuesday to close the old harbour bridge for repairs. "
    "Engineers found cracks in two of its piers in a survey last month. "
    "Ferries will run every twenty minutes while the work lasts, the harbour office said."
)


def test_an_unsigned_editorial_its_publisher_labels_is_marked_and_does_not_lead(
    store: Store,
) -> None:
    raws = [
        RawDocument(
            source="t:e",
            kind="text",
            body=UNSIGNED,
            id="editorial",
            title="A bridge too far",
            outlet="Marlow Voice",
            section="Editorials",
        ),
        RawDocument(
            source="t:r",
            kind="text",
            body=REPORT,
            id="report",
            title="Marlow shuts its old harbour bridge",
            outlet="Lunne Wire",
        ),
    ]
    pipeline.ingest_documents(store, raws)
    articles = {a.id: a for a in store.articles()}
    assert _opinion_pieces(list(articles.values())) == frozenset({"editorial"})
    events = [Event("e", ["editorial", "report"], "s", "2026-03-03")]
    briefing = compose(Storyline("s", ["e"]), events, articles)
    assert briefing.summary.citations[0].article_id == "report"
    for sentence in [briefing.summary, *briefing.main]:
        if sentence.citations[0].article_id == "editorial":
            assert sentence.flag == "opinion", sentence.text
    assert all(c.article_id != "editorial" for c in briefing.single_source_claims)


@pytest.mark.skipif(not PAGES.exists(), reason="../shared/data absent")
def test_real_pages_an_opinion_folder_and_a_news_section() -> None:
    def real(name: str) -> Article:
        html = (PAGES / name / "source.html").read_text(encoding="utf-8")
        article = extract.extract(RawDocument(source=name, kind="html", body=html))
        assert isinstance(article, Article)
        return article

    assert labelled_opinion(real("herald-sun-1"))  # heraldsun.com.au/news/opinion/...
    guardian = real("guardian-1")
    assert guardian.section == "Environment" and not labelled_opinion(guardian)


@pytest.mark.skipif(not POLNEAR_TRAIN.exists(), reason="../shared/data absent")
@pytest.mark.parametrize(
    "name, title",
    [
        # a letters page opening on "LETTERS." (half of USA Today's had too little first
        # person to be counted opinion)
        (
            "usa-today_2016-08-31_abedin-needs-to-get-out-of-two-r.txt",
            "Abedin needs to get out of two relationships",
        ),
        # readers' Facebook and Twitter posts, each signed by a handle: a reader had found
        # them among a storyline's reactions as news
        (
            "usa-today_2016-09-01_trump-didn-t-need-to-meet-with-p.txt",
            "Trump didn't need to meet with Peña Nieto",
        ),
    ],
)
def test_real_pages_of_readers_letters_and_posts_are_opinion_pieces(name: str, title: str) -> None:
    raw = RawDocument(
        source=name,
        kind="text",
        body=(POLNEAR_TRAIN / name).read_text(encoding="utf-8"),
        id="page",
        title=title,
    )
    (processed,) = pipeline.process_documents([raw])
    assert processed.article is not None
    assert _opinion_pieces([processed.article]) == frozenset({"page"})


def test_a_page_of_readers_posts_signed_by_handles_is_an_opinion_piece() -> None:
    from storyline.brief.compose import _readers_posts

    posts = "\n\n".join(
        f"{post}\n\n@{handle}."
        for post, handle in (
            ("The bridge should have been mended years ago.", "harbourwatcher"),
            ("Ferries are fine by me.", "Lunne_Sailor"),
            ("Another winter without a bridge. Typical.", "mv2026"),
        )
    )
    assert _readers_posts(Article(id="p", source="p", text=posts))
    embedded = (
        "The mayor answered on Twitter.\n\nWe will reopen it in spring. "
        "— Jane Roe (@mayor_roe) March 3, 2026\n\n@mayor_roe.\n\nThe council met later."
    )
    assert not _readers_posts(Article(id="r", source="r", text=embedded))


@pytest.mark.parametrize(
    "author, note, op_ed",
    [
        # "Mr. Phillips is Director of the Program on Peace-building and Rights at Columbia
        # University" closed a HuffPost op-ed a reader found presented as news
        ("David L. Phillips", "Mr. Phillips is Director of the Program on Rights.", True),
        ("James M. Danko", "James M. Danko is president of Butler University.", True),
        ("Ann Bell", "Ann Bell is Executive Director of the Marlow Housing Trust.", True),
        # (a review's cases: a former director of a bureau, a centre with "News" in its
        # name, a middle initial or a stop the byline lacks)
        ("Jane Roe", "Jane Roe is a former director of the Census Bureau.", True),
        ("Jane Roe", "Jane Roe is president of the Center for News Literacy.", True),
        ("David Phillips", "David L. Phillips is Director of the Rights Program.", True),
        ("Jane Roe.", "Jane Roe is founder of Marlow Watch.", True),
        # another person's office, a reporter's or a newsroom's own note
        ("Jane Roe", "Tom Lee is director of the Marlow harbour office.", False),
        ("Rachel Lee", "Tom Lee is president of the Marlow harbour board.", False),
        ("Jane Roe", "Jane Roe is a reporter for the Marlow Voice.", False),
        ("Jane Roe", "Jane Roe is the news director of KMRL-TV.", False),
    ],
)
def test_a_closing_note_giving_the_byline_writers_office_makes_an_op_ed(
    author: str, note: str, op_ed: bool
) -> None:
    from storyline.brief.compose import _signed_as_a_column

    text = f"Europe must remember its lessons.\n\nAppeasement does not work.\n\n{note}"
    assert _signed_as_a_column(Article(id="n", source="n", author=author, text=text)) is op_ed


def test_sections_and_addresses_that_only_hold_an_opinion_word_are_news() -> None:
    """A review's cases: a section or an address holding the word, not filing the page."""

    def labelled(section: str | None = None, url: str | None = None, text: str = REPORT) -> bool:
        return labelled_opinion(Article(id="a", source="a", text=text, section=section, url=url))

    for section in ("Arts & Letters", "Public Opinion", "Opinion Polling", "Court Opinions"):
        assert not labelled(section=section), section
    for section in ("Opinion", "News > Opinion", "Opinion / Politics", "Letters to the Editor"):
        assert labelled(section=section), section
    for url in (
        "https://www.supremecourt.gov/opinions/23pdf/22-451.pdf",
        "www.supremecourt.gov/opinions/23pdf/22-451.pdf",  # (no scheme)
        "https://www.nycourts.example/opinions/2024/1",
    ):
        assert not labelled(url=url), url
    # a court's page is no newsroom's whatever its section or first paragraph says
    court = "https://www.uscourts.gov/x"
    assert not labelled(section="Opinions", url=court)
    assert not labelled(text="OPINION\n\nThe court finds for the plaintiff.", url=court)
    # a news site about courts keeps its opinion folder
    assert labelled(url="https://www.courthousenews.com/opinion/why-the-ruling-matters/")
    for section in ("Guest Columns", "Our Opinion", "Opinion - Letters", "Letter to the Editor"):
        assert labelled(section=section), section
    assert not labelled(url="https://[oops/news/opinion/x")  # no address to read
    assert not labelled(text="Letters\nfrom the mayor went out on Tuesday.\n\nMore.")
    assert not labelled_opinion(
        Article(id="t", source="t", text=REPORT, title="Letters: the council's replies")
    )


def test_a_list_of_accounts_to_follow_is_no_page_of_posts() -> None:
    from storyline.brief.compose import _readers_posts

    text = REPORT + "\n\nFollow these accounts for updates:\n\n@NWS\n\n@NHC_Atlantic\n\n@FEMA"
    assert not _readers_posts(Article(id="h", source="h", text=text))
    named = "\n\n".join(
        f"{name}\n\n@{handle}"
        for name, handle in (
            ("The Weather Service", "NWS"),
            ("The Hurricane Center", "NHC_Atlantic"),
            ("The Agency", "FEMA"),
        )
    )
    assert not _readers_posts(Article(id="n", source="n", text=f"{REPORT}\n\n{named}"))


def test_a_json_ld_opinion_article_naming_a_section_is_still_opinion() -> None:
    for data, section in (
        ({"@type": "OpinionNewsArticle", "articleSection": "Politics"}, "Opinion / Politics"),
        ({"@type": "NewsArticle", "articleSection": {"name": "Opinion"}}, "Opinion"),
        ({"@type": "OpinionNewsArticle", "articleSection": "Opinion"}, "Opinion"),
    ):
        script = f'<script type="application/ld+json">{json.dumps(data)}</script>'
        article = extracted(script)
        assert article.section == section and labelled_opinion(article)


def test_a_bad_address_does_not_stop_a_build(store: Store) -> None:
    pipeline.ingest_documents(store, [report("u", url="https://[oops/news/opinion/x")])
    assert pipeline.build(store).storylines == 1


def test_a_new_section_of_the_same_article_is_stored(store: Store) -> None:
    raw = report("s")
    pipeline.ingest_documents(store, [raw])
    again = pipeline.ingest_documents(store, [replace(raw, section="Opinion")])
    assert again.updated == 1
    (stored,) = store.articles(["s"])
    assert stored.section == "Opinion"
    assert pipeline.ingest_documents(store, [replace(raw, section="Opinion")]).unchanged == 1


def read_report(text: str) -> Article:
    document = RawDocument(source="r", kind="text", body=text, id="r", published="2026-03-02")
    article = pipeline.process_documents([document])[0].article
    assert article is not None
    return article


MEMO_REPORT = (
    "The chief executive of Marlow Ferries announced on Monday in a memo to staff that he "
    "would take a leave of absence.\n\n"
    "Shares in the company fell 4 percent in early trading.\n\n"
    "The company posted the memo on its website, which reads: Team, at my request the board "
    "has granted me a leave so I can focus on my family.\n\n"
    "I will remain chief executive and will be involved in major decisions.\n\n"
    "I have asked Ann Bell to run the day to day operations while I am away.\n\n"
    "I love this company and hope to be back as soon as I can.\n\n"
    "In the meantime, my family and I would appreciate respect for our privacy."
)


def test_a_memo_a_report_gives_whole_is_its_authors_voice_not_the_reporters() -> None:
    # (MEANTIME's report of Steve Jobs's medical leave, which gives his e-mail after "which
    # reads:", had been marked an opinion piece by its first persons)
    assert not _opinion_pieces([read_report(MEMO_REPORT)])
    introduced_apart = MEMO_REPORT.replace(
        "which reads: Team, at my request the board has granted me a leave so I can focus on "
        "my family.",
        "where it reads:\n\nTeam, at my request the board has granted me a leave so I can "
        "focus on my family.",
    )
    assert not _opinion_pieces([read_report(introduced_apart)])


def test_a_column_that_quotes_a_memo_is_still_a_column() -> None:
    column = (
        "I have ridden the Marlow ferry every morning for twenty years.\n\n"
        "I think the company has lost its way, and my neighbours agree with me.\n\n"
        "Its chief executive wrote to staff this week. The memo reads: I will remain chief "
        "executive.\n\n"
        "Shares fell on Monday.\n\n"
        "I never thought I'd write this: the ferry was better run when I was a boy.\n\n"
        "I say the board should look for a new captain, and I hope it does so soon."
    )
    assert _opinion_pieces([read_report(column)])
    # the writer's own "said:" or "wrote:" introduces no one else's text (a review's cases)
    for introduction in (
        "My grandmother always said: I never trust a boat that runs on time.",
        "Here is what I wrote in this space last spring: I believe the mayor is wrong.",
    ):
        voiced = (
            "I have ridden the Marlow ferry every morning for twenty years.\n\n"
            f"{introduction}\n\n"
            "I think the company has lost its way, and my neighbours agree with me.\n\n"
            "I say the board should look for a new captain.\n\n"
            "I hope it does so soon, and I will be watching."
        )
        assert _opinion_pieces([read_report(voiced)]), introduction


def test_a_writers_note_the_cleaner_took_off_still_signs_the_piece() -> None:
    # (the cleaner removes a closing note that opens on the byline's name, "Norman Solomon,
    # a Bernie Sanders delegate from California, is coordinator of ..."; a July 2016 op-ed
    # whose only sign was that note had gone unmarked, a reader's review)
    body = (
        "The harbour board chose a new chair on Monday.\n\n"
        "Two priorities for the spring have been harmed by that choice.\n\n"
        "Ferries will run late, and the bridge will wait another year.\n\n"
    )
    for note, op_ed in [
        ("Ann Bell, a ferry captain from Marlow, is coordinator of the Harbour Network.", True),
        ("Ann Bell is a lecturer in economics at Marlow College.", True),
        ("Ann Bell is a reporter for the Marlow Voice.", False),
    ]:
        document = RawDocument(source="r", kind="text", body=body + note, id="r", author="Ann Bell")
        article = pipeline.process_documents([document])[0].article
        assert article is not None and note not in article.text  # (the cleaner's removal)
        assert bool(_opinion_pieces([article])) is op_ed, note


def test_a_sources_note_saying_who_they_are_signs_no_column() -> None:
    from storyline.brief.compose import _signed_as_a_column

    text = (
        "The harbour board chose a new chair on Monday.\n\nThe vote was close.\n\n"
        "Tom Lee, a former harbour master who opposed the choice, is the author of a new "
        "book on the ferry."
    )
    assert not _signed_as_a_column(Article(id="n", source="n", author="Ann Bell", text=text))
    signed = text.replace("Tom Lee, a former", "Ann Bell, a former")
    assert _signed_as_a_column(Article(id="s", source="s", author="Ann Bell", text=signed))


def test_a_wires_introduction_to_a_papers_editorial_labels_it_opinion() -> None:
    from storyline.brief.compose import _opening
    from storyline.read import read_articles

    # (brief-87, AQUAINT: "The New York Times said in an editorial on Monday, Oct. 26:"
    # opened a wire text whose lines stood among a briefing's reactions, unmarked)
    body = (
        "The murder of the doctor is the latest depraved assault on the few physicians who "
        "still risk their safety to perform legal abortions. Some groups, to their credit, "
        "have denounced the bombings."
    )
    for intro in (
        "The New York Times said in an editorial on Monday, Oct. 26:",
        "Excerpts from an editorial in The Washington Post:",
    ):
        article = Article(id="e", source="e", text=f"{intro}\n\n{body}")
        assert labelled_opinion(article), intro
        (read,) = read_articles([article], parallel=False)
        assert _opening(read).startswith("The murder of the doctor"), intro
    for opening in (
        "The senator said in an editorial board meeting that he would run.",
        "Senator Joe Smith, who wrote in an editorial last year that the war was wrong, "
        "said on Monday:",
    ):
        news = Article(id="n", source="n", text=f"{opening}\n\n{body}")
        assert not labelled_opinion(news), opening


def test_a_broadcast_transcripts_recorded_voices_make_no_opinion_piece() -> None:
    # (brief-90, TimeBank: a CNN item on job cuts, its employees heard saying "I think it's
    # a good thing", was flagged opinion by its first persons)
    transcript = (
        "Major job cuts at Marlow Ferries. The operator is slashing up to eight hundred jobs "
        "and freezing executive salaries. The company's crews applauded the shake up.\n\n"
        "It's not something we're not used to in the industry. But I think right now, for "
        "the people here, it's fairly intense as you might w- well imagine.\n\n"
        "I mean look at the fares. You know, since he's been here the fares went down, so "
        "I think he's doing the right thing.\n\n"
        "I think it's a good thing that they're finally going to cut some management.\n\n"
        "But investors are cautious, and shares of the company are down nearly four percent."
    )
    assert not _opinion_pieces([read_report(transcript)])
    signed_off = transcript.replace("w- well", "well").replace("I mean", "And") + (
        "\n\nFor The World, I'm Ana Vell in Marlow."
    )
    assert not _opinion_pieces([read_report(signed_off)])
