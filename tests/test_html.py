from __future__ import annotations

from pytest import MonkeyPatch

from storyline.extract import extract, html
from storyline.extract.html import clean_author, extract_html
from storyline.model import Article, RawDocument

PARAS = "".join(
    f"<p>{p}</p>"
    for p in [
        "The river authority opened the new flood gates on Friday after three years of work.",
        "Engineers said the gates would protect about 4,000 homes from the spring floods.",
        "The project cost 40 million euros, most of it paid by the national flood fund.",
    ]
)
PAGE = f"""<html><head><title>Gates open | River Times</title>
<meta property="og:site_name" content="River Times">
<meta property="article:published_time" content="2025-03-08T09:00:00Z">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Flood gates open at last",
"datePublished": "2025-03-07T18:00:00Z", "author": {{"@type": "Person", "name": "Jane Roe"}},
"publisher": {{"@type": "Organization", "name": "River Times"}}}}</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Flood gates open at last</h1>{PARAS}</article>
<footer>© 2019 River Times</footer></body></html>"""


def test_json_ld_is_preferred_for_metadata() -> None:
    page = extract_html(PAGE)
    assert page.title == "Flood gates open at last"
    assert page.author == "Jane Roe"
    assert page.outlet == "River Times"
    assert page.published == "2025-03-07"
    assert "4,000 homes" in page.text and "Home" not in page.text


def test_copyright_year_is_never_the_date() -> None:
    page = PAGE.replace('"datePublished": "2025-03-07T18:00:00Z", ', "").replace(
        '<meta property="article:published_time" content="2025-03-08T09:00:00Z">', ""
    )
    article = extract(RawDocument(source="p.html", kind="html", body=page))
    assert isinstance(article, Article)
    assert article.published is None and article.published_source is None


def test_json_ld_in_cdata_and_byline_cleaning() -> None:
    page = PAGE.replace(
        '<script type="application/ld+json">{', '<script type="application/ld+json"><![CDATA[ {'
    ).replace('"River Times"}}</script>', '"River Times"}} ]]></script>')
    assert extract_html(page).published == "2025-03-07"
    assert clean_author("By Jane Roe, Senior Reporter") == "Jane Roe"
    assert clean_author("Dan Smith - Apr 16, 2015 8:02 pm UTC") == "Dan Smith"
    assert clean_author("https://example.org/profile?id=1") == ""


def test_short_fast_result_goes_through_the_whole_cascade(monkeypatch: MonkeyPatch) -> None:
    calls: list[bool] = []
    real = html._trafilatura_text

    def recording(page: object, url: str | None, *, fast: bool) -> str:
        calls.append(fast)
        return real(page, url, fast=fast)

    monkeypatch.setattr(html, "_trafilatura_text", recording)
    # Three short paragraphs are less than a news report: the fast result is checked
    # against the whole cascade (readability and jusText comparison).
    assert "4,000 homes" in extract_html(PAGE).text
    assert calls == [True, False]
    calls.clear()
    long_page = PAGE.replace(PARAS, PARAS * 4)
    assert "4,000 homes" in extract_html(long_page).text
    assert calls == [True]


def test_markup_that_is_not_a_page_gives_no_text() -> None:
    page = extract_html("")
    assert page.text == "" and page.title is None
