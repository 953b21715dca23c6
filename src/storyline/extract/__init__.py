"""The extract stage: a raw document becomes a cleaned ``Article``."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from storyline.extract.dates import iso_date
from storyline.extract.html import extract_html
from storyline.extract.markup import unescape_references
from storyline.extract.mojibake import repair
from storyline.extract.site import outlet_from_url, tidy_outlet
from storyline.extract.text import clean_text, is_title, sentence_title, without_invisible
from storyline.ingest.bounds import has_surrogates, scrub
from storyline.model import Article, PublishedSource, RawDocument, Rejection, TitleSource
from storyline.settings import DEFAULT, Settings

# extract-3: a URL, file name or date is not a title (the headline line or the first
# sentence stands in); an outlet is named from the URL's site when the article states none.
# extract-4: a "Posted:"/"Published:" line states the date however its figures are spaced
# ("Posted: 08 / 02 / 2013 11: 10 am EDT", extract/dates.py ``stated_date``).
# extract-5: a line broken inside a sentence is joined to the line it continues; a line that
# quotes a whole sentence and goes on is no teaser.
# extract-6: markup left in plain text is cleaned (an embedded tweet becomes its words in
# quotation marks; tags are taken off, scripts dropped); leading lines that repeat the
# known title or its parts (headline; deck) are not body.
# extract-7: a link to the rest of a piece ("Read the rest of the story at Mediaite.") and a
# podcast's subscription line are page furniture; a database's "BYLINE: Jane Doe." is a
# byline; the wire caption after a photo credit standing alone is a caption.
# (extract-7 also: text decoded twice, "PeÃ±a", is decoded right: extract/mojibake.py.)
# extract-8: soft hyphens, zero-width spaces, word joiners and byte-order marks inside the
# text and title are taken out (extract/text.py ``without_invisible``).
# extract-9 (November 2015 review): a character reference left in scraped text ("&amp;")
# is the character it stands for; a serial's "Read part 1 here" and an "Editor's Note:"
# line are page furniture.
# extract-10: the article records where its title came from (``title_source``: the input,
# the page's declared title, or the text), so a briefing trusts a publisher's headline.
# extract-11: a page's own controls ("Continue reading the main story", "Loading Comments...",
# "- Share on Twitter", "- 941 comments", "Read more:", "Related: <headline>") go from an
# HTML extractor's text too; bylines lose "Par" and a trailing month, a date stamp or initials
# alone are no author; `article:publicationdate` dates a page; a wire photo's caption ("In this
# photo dated ...") goes whatever its length.
# extract-12 (review): a byline's date stamp after the name goes with it, a month only with
# the date it opens ("Sarah May" stays); a caption by its opening needs a wire caption's
# mark ("This photo, shared thousands of times ..., shows ... It is fake" is a report's).
# extract-13 (second review): a byline's month goes only with a date after it ("Brian May
# 4 min read"); a stamp with no separator leaves the name before it; a caption's mark must
# stand in its first sentence or be its closing credit.
# extract-14: a wire dateline on a line of its own ("CAPE TOWN, South Africa (AP) --") is
# the body's first words, not the headline of an untitled text.
# extract-15 (review): a headline ending in a dash after a comma is no dateline ("NATO,
# Russia Clash Over Ukraine -"), and a dateline line is never taken for a teaser.
# extract-16: a wire archive's formatting codes ("&UR;", "&LR;") are no text.
# extract-17: a last paragraph about the writer (opening on the byline's name) is no text,
# nor a line that tells when a show airs ("... airs on SiriusXM Patriot 125 weekdays from
# 6:00 a.m. to 9:00 a.m. Eastern.").
# extract-18 (review): the writer's note only in its form ("Name, a ..." / "Name is a
# ..."), by a person; a schedule only as a whole line; "&MD;" is an em dash.
# extract-19: a closing quotation mark after a stop, glued to the next sentence ("... I love
# Hispanics!”Former Republican ..."), gets its space back.
# extract-20: a short line asking the reader to click or sign up for a newsletter,
# subscription or alerts is no text, wherever the ask stands on it.
# extract-21: the publisher's section of a page (``Article.section``: its metadata, a
# JSON-LD ``OpinionNewsArticle``, or the input's ``section`` field).
# extract-22 (review): an OpinionNewsArticle is "Opinion / <section>"; a section object's
# name is read.
# extract-23 (second review): an OpinionNewsArticle in an "Opinion" section stays "Opinion".
# extract-24: after a photo credit alone, a short paragraph telling a picture in the
# present or placing its people ("(left)") is its caption.
# extract-25: the marks that set a run's direction are invisible too, and a closing
# mark opening a paragraph before a word is its opening mark (``text.CLOSING_FOR_OPENING``).
# extract-26 (review): only where its line closes the quotation after it (a closing mark
# a wrapped line opens with stays one).
# extract-27: an embedded post keeps its author after its words ("“…” — Ted Cruz", the
# signature's name, or the tag's handle: "“…” — @tedcruz").
# extract-28 (review): the signature's name only in the shape briefing reads a signer by
# (``people.SIGNER``), after an embed's em dash; else the handle.
# extract-29 (second review): an em dash the post's words hold before another dash that
# signs is the words' ("We won — thank you all! – Jane Doe (@jane)"), a title's full stop
# the name's ("— Rev. Al Sharpton"); a signer ends its sentence unless a mark follows.
# extract-30: "â€" between two letters, its third byte lost, is the hyphen U+2010
# ("longÃ¢€term": ``extract/mojibake.LOST_HYPHEN``).
# extract-31: any "Editor's note:" line is furniture (``text.WIDGET``).
# extract-32 (review): a note that clarifies, amends, retracts, says what was wrong or
# gives a later day stays (a correction or an update); "correctional" is none.
# extract-33: the New York Times wire's datelines, "MIAMI _" and "(Undated)" on a line of
# their own, are no headline (``text.DATELINE_LINE``).
# extract-34: a publication date from 1800 on is kept (archives: 1989's Wall Street Journal
# lost its dates), a system's placeholder day ("1970-01-01") is not (``dates.iso_date``).
# extract-35 (review): DOS's, GPS's and the old Mac's zero days are placeholders too.
# extract-36: a line of a sentence's words opening a text, with no full stop, is its
# standfirst, not a teaser for another story (``text._mark_teasers``).
# extract-37 (a check on ECB+): only under a headline, and never a web address line.
# extract-38 (review): a standfirst shares a word with its headline.
STAGE_VERSION = "extract-38"


def article_id(raw: RawDocument) -> str:
    """The id given in the input, else a stable hash of the URL or the resolved path."""
    if raw.id:
        return raw.id
    if raw.url:
        key = raw.url
    else:
        path, _, line = raw.source.partition("#")
        key = str(Path(path).resolve()) + (f"#{line}" if line else "")
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def content_id(title: str | None, body: str) -> str:
    """The id of an article that has neither id nor URL and is one item of a file (a JSON
    Lines row): its title and text name it, so inserting a row elsewhere in the file
    leaves every other row's id as it was."""
    key = (title or "") + "\x1f" + body
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def extract(raw: RawDocument, settings: Settings = DEFAULT) -> Article | Rejection:
    """Clean one raw document; too little text left is a rejection, not an article."""
    article = clean(_without_surrogates(raw))
    if len(article.text) < settings.min_text_chars:
        return Rejection(raw.source, f"too little article text ({len(article.text)} characters)")
    return article


def _without_surrogates(raw: RawDocument) -> RawDocument:
    """Lone surrogates (from ``"\\ud800"`` in posted JSON) become U+FFFD: no UTF-8 encoder,
    the store's included, accepts them."""
    fields = (raw.body, raw.id, raw.url, raw.title, raw.outlet, raw.author, raw.published)
    if not any(has_surrogates(f) for f in fields if f) and not raw.extra:
        return raw
    return replace(
        raw,
        **{name: scrub(getattr(raw, name)) for name in RAW_TEXT_FIELDS},
        extra=scrub(raw.extra),
    )


RAW_TEXT_FIELDS = ("source", "body", "id", "url", "title", "outlet", "author", "published")


def clean(raw: RawDocument) -> Article:
    """The cleaned article, however short (``extract`` also applies the size policy)."""
    raw = _repaired(raw)
    return _without_author_note(_from_html(raw) if raw.kind == "html" else _from_text(raw))


# A closing paragraph about the writer, opening on the byline's name: "M. Thomas Davis, a
# retired Army officer ..., taught U.S. politics and government at West Point." ended an
# op-ed and stood in its briefing as a development (August 2016 review).
# The name is followed by who the writer is: an apposition ("M. Thomas Davis, a retired
# Army officer, ...") or "is a/an/the ..." (not "Jim Acosta was back at the White House",
# the writer's own report of himself).
AUTHOR_NOTE_AFTER = re.compile(r"(?:,\s+(?:a|an|the)\s|\s+is\s+(?:a|an|the)\s)")
AUTHOR_SEPARATOR = re.compile(r",\s*|\s+and\s+")


def _without_author_note(article: Article) -> Article:
    """The article less a last paragraph that opens with its author's name and tells who
    they are, which is the writer's note, not the report."""
    if not article.author or "\n\n" not in article.text.strip():
        return article
    body, _, last = article.text.rstrip().rpartition("\n\n")
    note = last.strip()
    for name in AUTHOR_SEPARATOR.split(article.author):
        name = name.strip()
        person = len(name.split()) >= 2 and not name.lower().startswith("the ")
        if person and note.startswith(name) and AUTHOR_NOTE_AFTER.match(note, len(name)):
            article.text = body.rstrip()
            article.removed.append(note)
            break
    return article


def _repaired(raw: RawDocument) -> RawDocument:
    """Text and title decoded right where they went through a wrong decoding once
    (``extract/mojibake.py``); the title without invisible characters too (the body loses
    them in ``clean_text``, which HTML's extracted text goes through as well)."""
    body = repair(raw.body)
    title = without_invisible(repair(raw.title)) if raw.title else raw.title
    if body == raw.body and title == raw.title:
        return raw
    return replace(raw, body=body, title=title)


def _visible(text: str | None) -> str | None:
    """A page's title or author without the invisible characters its markup carried."""
    return without_invisible(text) if text else text


def _from_html(raw: RawDocument) -> Article:
    page = extract_html(raw.body, raw.url)
    # The page's own text may still carry captions and credits trafilatura kept.
    cleaned = clean_text(page.text, has_title=True, scraped=False)
    published = iso_date(raw.published) or iso_date(page.published)
    given = _given_title(raw.title)
    url = raw.url or page.url
    title, title_source = _title(
        given, page.title, cleaned.text, _rejected(raw.title) or page.title_rejected, "page"
    )
    return Article(
        id=article_id(raw),
        source=raw.source,
        url=url,
        text=cleaned.text,
        title=_visible(title),
        title_source=title_source,
        outlet=_outlet(raw.outlet or page.outlet or cleaned.outlet, url),
        author=_visible(raw.author or page.author or cleaned.author),
        section=_section(raw.section or page.section),
        published=published or None,
        published_source="metadata" if published else None,
        removed=[line for line, _ in cleaned.removed],
        extra=dict(raw.extra),
    )


def _from_text(raw: RawDocument) -> Article:
    given = _given_title(raw.title)
    cleaned = clean_text(raw.body, has_title=given is not None, known_title=given or "")
    published = iso_date(raw.published)
    source: PublishedSource | None = "metadata" if published else None
    if published is None and cleaned.stated_dates:
        # "Published: March 3, 2026" is the page stating its own date, unlike a bare banner.
        published = iso_date(cleaned.stated_dates[0])
        source = "text" if published else None
    title, title_source = _title(
        given, cleaned.title, cleaned.text, _rejected(raw.title) or cleaned.title_rejected, "text"
    )
    article = Article(
        id=article_id(raw),
        source=raw.source,
        url=raw.url,
        text=cleaned.text,
        title=title,
        title_source=title_source,
        outlet=_outlet(raw.outlet or cleaned.outlet, raw.url),
        author=raw.author or cleaned.author,
        section=_section(raw.section),
        published=published,
        published_source=source,
        removed=[line for line, _ in cleaned.removed],
        extra=dict(raw.extra),
    )
    if cleaned.banner_dates:
        # A bare date line in scraped text is as often the day the page was saved as the
        # day it was published; it is kept as evidence, not taken as the date.
        article.date_lines = list(cleaned.banner_dates)
    return article


# Characters of a section's name kept: a name, not a text.
SECTION_CHARS = 100


def _section(name: str | None) -> str | None:
    """A section's name as shown: visible characters, one space between words, bounded
    (an input's field and a page's metadata are untrusted text; the one bound for both)."""
    shown = " ".join(without_invisible(name).split())[:SECTION_CHARS] if name else ""
    return shown or None


def _given_title(title: str | None) -> str | None:
    """The title given with the input, unless it is a URL, a file name or a date; an empty
    title is kept: it says the text has none (the first line is not to be taken)."""
    if title is None or title == "" or is_title(title):
        # ("AT&amp;T sues ...": the body's references are read as characters, so is this)
        return unescape_references(title) if title else title
    return None


def _rejected(title: str | None) -> bool:
    return bool(title) and _given_title(title) is None


def _title(
    given: str | None, found: str | None, text: str, rejected: bool, found_in: TitleSource
) -> tuple[str | None, TitleSource | None]:
    """The given title, else the headline the page or text declares (``found_in`` says
    which), else, where the declared title was a URL, file name or date, the first
    sentence cut short; with where it came from. An article that declares no title keeps
    none (readers show its opening words as untitled), and an empty given title says the
    text has none."""
    if given == "":
        return None, None
    if given:
        return given, "given"
    if found:
        return found, found_in
    cut = sentence_title(text) if rejected else None
    return cut, "text" if cut else None


def _outlet(stated: str | None, url: str | None) -> str | None:
    """The outlet the input or the page names, else the site of the article's URL."""
    return tidy_outlet(stated) or outlet_from_url(url)
