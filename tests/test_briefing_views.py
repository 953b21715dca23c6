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
    _is_fragment,
    _leans,
    is_background,
    is_speculation,
    near_duplicate,
)
from storyline.brief.render import briefing_view, markdown_words, render
from storyline.brief.view import MAIN_WORDS, READING_WORDS, reading_words
from storyline.extract.words import content_stems
from storyline.model import Article, Briefing, Claim
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
        sections = _md_headings(markdown)
        assert sections[-1] == "Sources" and any(s.startswith("Timeline") for s in sections)
        assert _html_headings(render(briefing, "html")) == sections
        page = _page(db, f"/stories/{briefing.storyline_id}")
        assert _html_headings(page) == sections, briefing.title


def test_digest_keeps_to_its_word_budgets(built: tuple[Path, list[Briefing]]) -> None:
    _, briefings = built
    for briefing in briefings:
        view = briefing_view(briefing)
        main = view.section("main")
        if main is not None and len(main.shown) > 1:
            assert sum(i.words() for i in main.shown) <= MAIN_WORDS
        assert reading_words(view) <= READING_WORDS
        # The whole Markdown keeps to its budget unless every section is at its floor
        # (a storyline of a few short reports: 30% of their words is less than a digest).
        sources = sum(s.words for s in briefing.sources)
        if sources * 0.3 >= 900:
            assert markdown_words(view) <= 900


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
            assert not _is_fragment(articles[cited.article_id], cited.start, cited.end)
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
    for claim in briefing.single_source_claims:
        assert "Back in September" not in claim.text, "history is not a flag"


def _article(text: str) -> Article:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]+(?=\s|$)", text)]
    return Article(id="a", source="a", text=text, sentences=sentences)


def test_a_piece_of_a_sentence_is_a_fragment() -> None:
    text = "A 7.1 - magnitude earthquake hit the coast. It was felt far away."
    article = Article(id="a", source="a", text=text, sentences=[(0, 4), (4, 43), (44, 65)])
    assert _is_fragment(article, 0, 4), "ends inside a number"
    assert _is_fragment(article, 4, 43), "'1 - magnitude earthquake ...' opens inside a number"
    assert not _is_fragment(article, 44, 65)
    chief = _article("The suspect was arrested by police chief Maj. Ruiz said so.")
    assert _is_fragment(chief, 0, len("The suspect was arrested by police chief Maj."))
    assert _is_fragment(_article("and then the council voted."), 0, 27)


def test_a_sentence_that_leans_on_the_one_before_is_recognised() -> None:
    assert _leans("He further mentioned the need for investment.")
    assert _leans("The comments pertained to the strategy.")
    assert _leans("“It was entirely inevitable,” he said.")
    assert _leans("However, the government made it clear.")
    assert not _leans("This Thursday, Salazar said the relationship was good.")
    assert not _leans("Salazar said the relationship was good.")


def test_background_and_speculation_are_not_flags() -> None:
    def claim(text: str) -> Claim:
        return Claim("a", text, 0, len(text), [])

    article = _article("x")
    charity = claim("Harbour Aid is a local charity that feeds 400 families in Valmora.")
    assert is_background(charity, article)
    assert is_background(claim("Vos, who was born in Sarn in 1961, served as chief."), article)
    assert is_background(claim("The government had previously announced a pause."), article)
    assert not is_background(claim("Vos was sentenced to four years on Tuesday."), article)
    assert is_speculation("The talks will undoubtedly shape the relationship.")
    assert not is_speculation("The minister said the talks will resume on Monday.")


def test_search_hits_are_grouped_by_story_with_its_update(tmp_path: Path) -> None:
    db = _built(tmp_path, EXAMPLES)
    page = _page(db, "/?q=Valmora")
    groups = page.split('<div class="card hit-group">')[1:]
    assert groups, "hits are shown in their stories"
    for group in groups:
        assert "/stories/" in group and "updated " in group
        assert "/articles/" in group
    assert "updated " in _page(db, "/").split("<h1>Stories", 1)[1]
