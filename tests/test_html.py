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
    # (a new user's Readability news pages)
    assert clean_author("By GILLIAN MOHNEY\n  March 11, 2015 3:46 PM") == "GILLIAN MOHNEY"
    assert clean_author("Par Sébastien Farcis") == "Sébastien Farcis"
    assert clean_author("April Ryan") == "April Ryan"
    assert clean_author("Last Updated: January 7, 2025") == ""
    assert clean_author("J J") == ""
    # (the review's: a date stamp after the name, a surname that is a month)
    assert clean_author("By Jane Doe, Updated 3:00 PM") == "Jane Doe"
    assert clean_author("By Jane Doe | Published March 3, 2024") == "Jane Doe"
    assert clean_author("By Tom Jones and Sarah May") == "Tom Jones and Sarah May"
    # (the second review's: a month only with a date, a stamp with no separator)
    assert clean_author("By Brian May 4 min read") == "Brian May"
    assert clean_author("By Jane Doe Updated 3:00 PM EDT") == "Jane Doe"
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


def test_a_url_or_file_name_title_gives_way_to_the_pages_headline() -> None:
    page = f"""<html><head><title>https://www.river-times.com/2025/03/gates.html</title></head>
<body><article><h1>Flood gates open at last</h1>{PARAS}</article></body></html>"""
    assert extract_html(page).title == "Flood gates open at last"


def test_a_file_name_title_without_a_headline_becomes_the_first_sentence() -> None:
    page = f"""<html><head><title>gates_story.html</title></head>
<body><article>{PARAS}</article></body></html>"""
    article = extract(RawDocument(source="gates.html", kind="html", body=page))
    assert isinstance(article, Article)
    assert article.title == "The river authority opened the new flood gates on Friday after three…"


def test_outlet_is_the_stated_site_name_else_the_urls_site() -> None:
    stated = extract(
        RawDocument(source="a.html", kind="html", body=PAGE, url="https://www.river.example/x")
    )
    assert isinstance(stated, Article) and stated.outlet == "River Times"
    bare = f"<html><head><title>Gates open</title></head><body><article>{PARAS}</article></body></html>"
    for url, outlet in (
        ("https://www.reuters.com/world/x", "reuters.com"),
        ("https://edition.cnn.com/2025/03/08/x", "cnn.com"),
        ("https://news.bbc.co.uk/1/hi/x.stm", "bbc.co.uk"),
        ("https://amp.theguardian.com/world/x", "theguardian.com"),
        (None, None),
    ):
        article = extract(RawDocument(source="b.html", kind="html", body=bare, url=url))
        assert isinstance(article, Article) and article.outlet == outlet, url


def test_a_site_name_written_as_a_host_is_shortened() -> None:
    from storyline.extract.site import tidy_outlet

    assert tidy_outlet("www.Reuters.com") == "reuters.com"
    assert tidy_outlet("https://m.example.co.uk/") == "example.co.uk"
    assert tidy_outlet("River Times") == "River Times"


def test_a_news_corp_publication_date_is_read() -> None:
    page = (
        '<html><head><meta name="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015"/>'
        "<title>Angry media won't buckle over new surveillance laws</title></head><body>"
        "<article><p>"
        + "A federal team has been doing the rounds of media groups. " * 20
        + "</p></article></body></html>"
    )
    assert extract_html(page).published == "2015-03-13"


def test_markdown_keeps_an_ampersand_but_not_a_character_reference() -> None:
    """July 2016 read: "Fox &amp; Friends" in the Markdown file. An "&" is text as it stands;
    one that would open a reference ("&lt;") is escaped, so it stays those characters."""
    from storyline.brief.render import _md_escape_html

    assert _md_escape_html("Fox & Friends, AT&T") == "Fox & Friends, AT&T"
    assert _md_escape_html("a &lt;script&gt; and &#60;b&#62;") == (
        "a &amp;lt;script&amp;gt; and &amp;#60;b&amp;#62;"
    )
    assert _md_escape_html("<script>") == "&lt;script&gt;"
