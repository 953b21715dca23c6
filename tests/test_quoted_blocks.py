"""Paragraphs a report reproduces from someone's text ("The article begins:"), found where
a read of 13 rumour briefings (FNC-1 bodies, fourteenth session) saw three reports cited as
confirming a blog post they quoted this way and then called false. The texts here are
written for the tests."""

from __future__ import annotations

from storyline.brief.compose import _not_a_statement
from storyline.compare.support import claims
from storyline.model import Article
from storyline.read.blocks import in_quoted_block, quoted_blocks
from storyline.read.sentences import split_sentences

POST = "On Friday night, a panel of seven men on the Late Show will discuss pay for teachers."
QUOTING = (
    "Ann Cole wrote a blog post about the network on Thursday.\n\n"
    "Here's how her post starts:\n\n"
    f"{POST}\n\n"
    "The network said on Friday that no such panel had ever been planned."
)


def _article(article_id: str, text: str) -> Article:
    article = Article(id=article_id, source=article_id, text=text)
    article.sentences = split_sentences(text)
    return article


def test_a_paragraph_after_a_line_naming_someones_text_is_theirs() -> None:
    [(start, end)] = quoted_blocks(QUOTING)
    assert QUOTING[start:end] == POST
    assert in_quoted_block(QUOTING, start + 10)
    assert not in_quoted_block(QUOTING, QUOTING.index("The network said"))
    for line in ("He wrote:", "ESPN said in a statement:", "The statement read in full:"):
        assert quoted_blocks(f"{line}\n\nWe will not comment.\n\nMore news.") != ()


def test_lists_sign_ups_and_headings_introduce_no_ones_words() -> None:
    for line in (
        "The panel will include the following people:",
        'Sign up by entering your email and clicking the "subscribe" button:',
        "SHORT READS:",
        "Read more:",
        "Also read:",
        "See also:",
    ):
        assert quoted_blocks(f"{line}\n\nAnn Cole, Tom Reyes and Lee Park.") == (), line


def test_a_source_that_reproduces_a_claim_reports_it_without_confirming_it() -> None:
    post = _article("post", f"{POST} It is the third such panel this year.")
    quoting = _article("quoting", QUOTING)
    [claim] = [c for c in claims([post, quoting]) if c.article_id == "post" and "panel" in c.text]
    assert "quoting" not in claim.supported_by
    assert "quoting" in claim.discussed_by


def test_a_claim_that_reports_the_text_is_supported_by_its_reproduction() -> None:
    letter = _article(
        "letter",
        "The old letter tells parents that “the urge to build is equally strong in all "
        "children, boys and girls alike.” It was sent in 1974.",
    )
    reproducing = _article(
        "reproducing",
        "A reader found the letter in a box of toys.\n\nThe letter reads:\n\n"
        "To parents. The urge to build is equally strong in all children, boys and girls "
        "alike. It is the imagination that counts.",
    )
    found = claims([letter, reproducing])
    [claim] = [c for c in found if c.article_id == "letter" and "urge" in c.text]
    assert "reproducing" in claim.supported_by


def test_a_briefing_does_not_tell_a_reproduced_paragraph_as_its_own() -> None:
    article = _article("quoting", QUOTING)
    start = QUOTING.index(POST)
    assert _not_a_statement(article, start, start + len(POST))
    first = QUOTING.index("Ann Cole")
    assert not _not_a_statement(article, first, QUOTING.index("\n"))
