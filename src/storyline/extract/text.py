"""Clean scraped plain text: keep the body and real subheadings, drop the page furniture.

Scraped article text interleaves the story with what surrounded it on the page. Each rule
here names one kind of furniture and the general signal that gives it away; none lists the
strings of a particular site:

* image alt text and photo captions: a photo credit ("Photo by", "/AFP", a closing
  "(Name)" credit after the last sentence), and the short line just before a caption that
  describes the same picture;
* copyright notices and "Source: X" lines (they name the outlet, which is kept);
* date-of-visit banners: a line that is nothing but a date;
* address lines: a first line that is the page's URL or file name, not its headline;
* (not furniture) a line broken inside a sentence is joined to the line it continues;
* reporting credits ("With reports from ...") and bylines ("By Jane Doe");
* comment sections: from a comment-count or "comments" header to the end of the page;
* counters (a line that is only a number) and share/subscribe widgets;
* (not furniture) markup left in plain text: embedded posts, scripts and HTML tags
  (``extract/markup.py``);
* teasers for other articles: headline-like lines whose words mostly do not occur anywhere
  in the article, and headline-like lines at the end with no body after them (not a line
  that quotes a whole sentence and goes on: that is someone's words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyline.extract.dates import MONTH_PATTERN, stated_date
from storyline.extract.markup import unwrap_markup
from storyline.extract.words import content_stems

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted)\s*:?\s*)?(?:{_WEEKDAY},?\s+)?"
    rf"(?:{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{MONTH_PATTERN},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
    rf"(?:,?\s+\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)?\.?$",
    re.IGNORECASE,
)
STATED_DATE = re.compile(r"^(?:published|posted)\s*:?\s*", re.IGNORECASE)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|all rights reserved", re.IGNORECASE)
COPYRIGHT_OWNER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.|,©]+?)\s*(?:[.|,]|$)",
    re.IGNORECASE,
)
# A line that is only a show's schedule: an outlet's promotion of its programme, no report
# ("Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. to 9:00 a.m.
# Eastern." ended a report and stood in its briefing: August 2016 review). The whole line:
# its show, "airs", when, ending on the time (a report that a show "which airs weeknights
# at 11:35 p.m. ... drew 3.2 million viewers" is news).
SHOW_SCHEDULE = re.compile(
    r"^[^,.;:]{2,60}\s(?:airs|broadcasts|streams)\s[^,;:]{0,60}\b(?:weekdays|weeknights|"
    r"daily|nightly|every\s\w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b[^,;]{0,40}"
    r"\d(?::\d\d)?\s*[ap]\.?\s?m\.?(?:\s+(?:Eastern|Pacific|Central|Mountain|ET|PT|CT|EST|"
    r"EDT|PST|PDT|local\s+time))?\.?$",
    re.IGNORECASE,
)
MAX_SCHEDULE_WORDS = 30
SOURCE_LINE = re.compile(r"^(?:source|fuente|via)\s*:\s*(\S.{0,60})$", re.IGNORECASE)
CREDIT_LINE = re.compile(
    r"^(?:with (?:reports|reporting|information) from|(?:additional )?reporting by|"
    r"editing by|compiled by|translated by)\b",
    re.IGNORECASE,
)
# "By Jane Doe", and a database's "BYLINE: Jane Doe." (a June 2016 article's only title).
BYLINE = re.compile(r"^(?i:by\s+|byline\s*:\s*)([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}?)\.?\s*$")
PHOTO_CREDIT = re.compile(
    r"(?:\bphoto(?:graph)?s?\s*(?:by|:|credit)|\bimage\s*(?:by|:|credit)|\bgetty images|"
    r"/(?:afp|reuters|ap)\b|/\s(?:afp|reuters|ap)\.?$|\bap photo|"
    r"\((?:file|archive) (?:photo|image)\)|\bcourtesy of\b)",
    re.IGNORECASE,
)
# A wire photo's caption opens so, whatever its length ("In this photo dated Tuesday, Nov.
# 29, 2016 the Soyuz-FG rocket booster ... is installed", "FILE - In this Jan. 5 file photo,
# ...", "This undated image provided by ... shows"): no report's sentence does (a new user's
# Yahoo page had one for its first paragraph).
CAPTION_OPENING = re.compile(
    r"^(?:FILE\s*[-–—]\s*)?(?:In this|This)\s+(?:(?!(?:the|a|an|case|way)\b)[\w.,]+\s+){0,6}?"
    r"(?:photo|photograph|image|picture|frame grab|video grab)s?\b"
    r"(?:\s+(?:dated|taken|made|released|provided|shot|posted|obtained|shows?)\b|,)",
)
MAX_OPENED_CAPTION_WORDS = 90
# ... and bears a wire caption's mark: a credit, "file photo", "provided by", a date right
# after "photo" (the review's: "This photo, shared thousands of times on Facebook, shows a
# shark ... It is fake" and "In this photo posted online by the group, the hostages appear
# unharmed, but officials said ..." are a report's paragraphs).
WIRE_CAPTION_MARK = re.compile(
    r"\b(?:file (?:photo|image)|provided by|handout|via AP|AP Photo|photo dated|"
    r"(?:photo|image)\s+(?:taken|made)\s+(?:on|in)\b|"
    rf"In this (?:{MONTH_PATTERN})\.?\s+\d)",
    re.IGNORECASE,
)
# A caption's closing credit: a short parenthetical standing after the last sentence.
TRAILING_CREDIT = re.compile(r"[.!?”\"’]\s*\(([^()]{2,60})\)\s*$")
COMMENTS_START = re.compile(
    r"^(?:\d+\s+comments?|comments?(?:\s*\(\d+\))?|comments are closed\.?|"
    r"leave a (?:comment|reply)|(?:show|view|load|read) (?:all )?(?:\d+ )?comments|"
    r"join the (?:conversation|discussion)|\d+\s+responses?(?: to .*)?)\s*:?$",
    re.IGNORECASE,
)
WIDGET = re.compile(
    r"^(?:share(?: this(?: article| story)?)?|follow us(?: on .*)?|sign up for .*newsletter.*|"
    r"subscribe(?: now| to .*)?|click here.*|advertisement|related(?: articles| stories)?|"
    r"read more|more from .*|recommended(?: for you)?|you (?:may|might) also like|"
    r"most (?:read|popular)|trending(?: now)?|tags?:.*|topics?:.*|"
    # A link to the rest of a syndicated piece ("Read the rest of the story at Mediaite."
    # was a June 2016 briefing's whole summary) or to a podcast, in brackets or not.
    r"read (?:the )?(?:rest|remainder|full (?:story|article|report))\b.{0,60}|"
    r"continue reading\b.{0,60}|\(?subscribe to .{0,80}\)?|"
    # a serial's links and note ("Read part 1 here, and part 2 here.", "Editor's Note: The
    # following is part 3 of 3 exclusive excerpts ...": a November 2015 briefing's lead);
    # any editor's note but a correction is the editors' word on the report, not the
    # report (extract-31: "Editor's note: Donald Trump regularly incites political violence
    # and is a serial liar, ...", which HuffPost put under its 2016 reports, stood as a
    # development cited to four of them); a correction stays, what the report got wrong
    # ("An earlier version of this story said 41 people were killed")
    r"read part \d+ here\b.{0,60}|"
    r"editor['’]s note\s*[:—–-]?\s*(?!.*\b(?:(?:earlier|previous|original|prior)\s+"
    r"(?:version|headline|story|article)|correct(?:ed|ion|ions|s)?\b|clarif|amend|retract|"
    r"misstat|misidentif|misspel|misquot|incorrect|erroneous|error|wrong|updat|"
    # (an update on what came later is news: "... were acquitted on Friday")
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|June|July|August|September|October|November|December)\b)).{1,600}|"
    # an interview's editing note ("Questions and answers have been edited for length")
    r"(?:this |the )?(?:interview|conversation|transcript|questions and answers|q ?& ?a)\b"
    r".{0,40}\b(?:has|have) been (?:lightly )?(?:edited|condensed)"
    r"(?: and (?:edited|condensed))? for (?:length|clarity|space)(?: and (?:length|clarity))?\.?)"
    r"\s*:?$",
    re.IGNORECASE,
)
COUNTER = re.compile(r"^\d{1,5}$")
# A newsletter's or an alert's invitation to the reader, wherever on its line it stands
# ("HUFFPOLLSTER VIA EMAIL! - You can receive this daily update every weekday morning via
# email! Just click here, enter your email address, and click “sign up.”" was a May 2016
# briefing's development): the reader told to act, and what for, on one short line.
READER_ASKED = re.compile(
    # at a sentence's start, after at most an opening clause ("For more, sign up ...", "To
    # get alerts, click here"): a tweet's text with a page's "SIGN UP FOR OUR NEWSLETTER"
    # glued inside it is the tweet, not an ask
    r"(?:^|[.!?]\s+)(?:[^.!?,]{0,40},\s*)?(?:just\s+|simply\s+)?"
    r"(?:click (?:here|below|the)|enter your (?:e-?mail|address)|you can (?:receive|get|sign)"
    r"|sign up (?:here|now|below|for|to))\b",
    re.IGNORECASE,
)
SUBSCRIPTION = re.compile(
    r"\b(?:subscribe|unsubscribe|subscription|newsletter|e-?mail (?:alerts?|updates?)"
    r"|via e-?mail)\b",
    re.IGNORECASE,
)
# A line quoting or reporting someone (a phishing mail's "Click here", an official's "sign
# up for email alerts now", "..., the regulator said": a review of extract-20) is news.
REPORTED = re.compile(
    r"\b(?:said|says|told|tells|according to|warned|urged|added)\b|\breads?:", re.IGNORECASE
)
# Longer than this, a line is a paragraph of the article that may mention signing up.
MAX_PROMO_WORDS = 60
# Lines a page's own controls print, which no article says in these words, whatever is
# around them: judged alone, so they go from an HTML extractor's text too (a new user's
# Readability news pages kept "Continue reading the main story", "Loading Comments...",
# "- Share on Twitter", "- 941 comments", "Read more:", and CNN's "Related: <another
# story's headline>" lines in their bodies).
PAGE_LINK = re.compile(
    r"^(?:[-•·*]\s*)?(?:continue reading the main story|loading comments\W*|"
    r"share (?:on|via) (?:twitter|facebook|linkedin|reddit|whatsapp|email|pinterest)|"
    r"\d[\d,]*\s+comments?|read more\s*:|"
    # another story's headline: no full stop ("Related: the council said ..." is a sentence)
    r"related\s*:\s*\S.{0,150}(?<![.!?]))$",
    re.IGNORECASE,
)
# A caption's verb, in the present as captions tell a picture ("speaks", "is seen").
CAPTION_VERB = re.compile(
    r"\b(?:speaks|arrives|attends|gestures|waves|looks|listens|stands|sits|walks|poses|"
    r"delivers|addresses|holds|greets|leaves|reacts|smiles|shakes|is seen|are seen)\b"
)
# A caption's closing date, as wires write it: "on June 14, 2016." (one sentence).
CAPTION_DATE = re.compile(
    rf"^[^.!?]+\bon\s+(?:{MONTH_PATTERN})\.?\s+\d{{1,2}},\s+\d{{4}}\.$", re.IGNORECASE
)
# A "title" that is the page's address or file rather than its headline: a URL, a bare
# host and path ("reuters.com/world/..."), a file name ("story.html") or a slug of words
# joined by dashes or underscores ("mexico-us-ties-strained", "001_29c9d0795176ced9").
ADDRESS = re.compile(
    r"^(?:(?:https?|ftp)://|www\.)\S*$|^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]\S*)?$", re.IGNORECASE
)
FILE_NAME = re.compile(
    r"^\S+\.(?:s?html?|txt|php\d?|aspx?|jsp|cfm|md|json|jsonl|xml|pdf|gz|docx?)$", re.IGNORECASE
)
SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+){2,}$|^[a-z0-9]*_[a-z0-9_-]*$", re.IGNORECASE)
# A wire dateline on a line of its own, the body's first words rather than a headline: a
# place with a word in capitals, perhaps its country and day, perhaps the agency, then a
# dash ("CAPE TOWN, South Africa (AP) --", "NAIROBI, Kenya (AP) _", "WASHINGTON -").
DATELINE_LINE = re.compile(
    # (or the New York Times wire's "(Undated)": a report filed from no one place)
    r"^\((?:[Uu]ndated|UNDATED)\)\s*(?:--|[_—–―-])?$|"
    r"^(?=[A-Z.'’ ]*[A-Z]{3})[A-Z][A-Z.'’]+(?:\s+[A-Z][A-Z.'’]+){0,3}"
    # (a country or state and a day after the place, two words at most each: not a title
    # case headline after a comma, "NATO, Russia Clash Over Ukraine -")
    r"(?:,\s*[A-Z][\w.'’]*(?:\s+(?:[A-Z][\w.'’]*|\d{1,2}))?){0,2}"
    r"(?:\s*\([A-Za-z -]{2,20}\))?\s*(?:--|[_—–―-])$"
)
# A sentence ends at . ! or ? (a closing quote may follow) before a capital or a digit;
# "U.S. ambassador" does not end one.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”\"’']?\s+(?=[“\"‘'(]?[A-Z0-9])")
# A title made from a sentence is cut here, about the length of a headline.
FALLBACK_TITLE_WORDS = 12
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
# A line that stops mid-sentence (on a word or a comma) and one that goes on in lower case.
WRAPPED_END = re.compile(r"[^\W_],?$")
WRAPPED_START = re.compile(r"[a-z]")
MARKDOWN_EMPHASIS = re.compile(r"^(\*\*|__)(.+)\1$")
SENTENCE_END = re.compile(r"[.!?…:;,]$")
CLOSING_QUOTES = "”\"’'»)]"
# A sentence that ends inside quotation marks, with more of the line after it.
QUOTED_SENTENCE = re.compile(r"[.!?…][”\"’»]\s*\S")

# A title's parts: a headline and its deck ("...; ...", "... | ...").
TITLE_PARTS = re.compile(r"\s*[;|]\s*")

# Kinds that only make sense for scraped text, where layout is lost.
NEIGHBOUR_RULES = {"counter", "widget"}
# A heading or teaser is short; a title can be a little longer.
MAX_HEADING_WORDS = 16
MAX_TITLE_WORDS = 30
# Alt text is a short description.
MAX_ALT_WORDS = 40
# A caption is a sentence or two; a long paragraph ending in "(A.H.)" is body text with
# its author's initials.
MAX_CAPTION_WORDS = 45
# Share of a heading's content words that must be absent from the rest of the article for
# it to be a teaser for another story. Real subheadings reuse the words of their section.
TEASER_NOVELTY = 0.5
# Share of an alt text's content words that its caption repeats (they describe one picture).
ALT_CAPTION_OVERLAP = 0.2


@dataclass(slots=True)
class CleanText:
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    banner_dates: list[str] = field(default_factory=list)  # bare date lines: weak evidence
    stated_dates: list[str] = field(default_factory=list)  # "Published: ..." lines
    title_rejected: bool = False  # the first line was a URL or file name, not a headline
    removed: list[tuple[str, str]] = field(default_factory=list)  # (line, why)


@dataclass(slots=True)
class _Block:
    text: str
    why: str | None = None  # set when the block is furniture

    @property
    def kept(self) -> bool:
        return self.why is None


# Characters a reader never sees that pages put inside words: a soft hyphen ("Doug
# \xadAndres" made the speaker "Doug \xadAndres", January 2016 review), zero-width spaces,
# a word joiner, a byte-order mark; the marks that set a run's direction (a December 2015
# text's "\u202a”Sorry Sarah, ...” posted Sharon Powers Geyer": the words' direction is
# the reader's script's, not the text's to say). Joiners that build emoji (U+200D) are kept.
INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]")


# A quotation closing on a stop, glued to the next sentence by a lost space: "... I love
# Hispanics!”Former Republican presidential candidate Jeb Bush broke down ..." (a July
# 2016 text; the quotation's speaker was read from inside it).
GLUED_AFTER_QUOTATION = re.compile(r"(?<=[.!?]”)(?=[A-Z][a-z])")
# A closing mark opening a paragraph before a word: the opening mark mistyped ("”Sorry
# Sarah, you should have said ...” posted Sharon Powers Geyer": the quotation had been
# paired with the wrong marks, and "Sorry Sarah" read as its speaker), where the line
# closes the quotation after it (a closing mark a wrapped line opens with stays one).
CLOSING_FOR_OPENING = re.compile(r"^([ \t]*)”(?=\w[^\n“”]*”)", re.MULTILINE)


def without_invisible(text: str) -> str:
    """``text`` without the invisible characters that split or join words for no reader."""
    return INVISIBLE.sub("", text) if not text.isascii() else text


def clean_text(
    raw: str, *, has_title: bool = False, scraped: bool = True, known_title: str = ""
) -> CleanText:
    """Split ``raw`` into title, body and removed furniture.

    ``has_title`` says the title is known from metadata, so the first line is not taken
    as one; ``known_title`` is that title, when given, so leading lines that repeat it (or
    its parts: "Headline;" / "Deck.") are not body. ``scraped=False`` is for text an HTML
    extractor already separated from the page by its structure: only the rules that judge
    a line by itself apply (credits, copyright and source lines, date lines); the rules that
    judge a line by its neighbours (alt text, teasers, trailing headings, comment headers,
    counters) would remove real headings and list items there (measured on the Readability
    pages).
    """
    raw = GLUED_AFTER_QUOTATION.sub(" ", without_invisible(raw))
    raw = CLOSING_FOR_OPENING.sub(r"\1“", raw)
    # Markup in plain text; an HTML extractor's text holds none, and an angle bracket
    # there is the page's own words ("the <h2> element").
    text = unwrap_markup(raw) if scraped else raw
    blocks = [_Block(_strip_markup(line)) for line in _lines(text)]
    result = CleanText(text="")
    if scraped:
        _mark_comment_section(blocks)
    for block in blocks:
        if block.kept:
            block.why = _furniture_kind(block.text, result)
            if not scraped and block.why in NEIGHBOUR_RULES:
                block.why = None
    if scraped:
        _mark_captions(blocks)
    if known_title:
        _mark_repeated_title(blocks, known_title)
    elif not has_title:
        result.title = _take_title(blocks)
        result.title_rejected = any(b.why == "address line" for b in blocks)
    if scraped:
        _mark_teasers(blocks, result.title, headline=known_title or result.title or "")
        _mark_trailing_headings(blocks)
    result.text = "\n\n".join(b.text for b in blocks if b.kept)
    result.removed = [(b.text, b.why) for b in blocks if b.why and b.why != "title"]
    return result


def is_heading_like(line: str, max_words: int = MAX_HEADING_WORDS) -> bool:
    """A line that reads as a headline: short, with no sentence-final punctuation."""
    words = line.split()
    if not words or len(words) > max_words:
        return False
    return not SENTENCE_END.search(line.rstrip(CLOSING_QUOTES + " "))


def is_title(line: str) -> bool:
    """Whether a declared title reads as one: not a URL, a file name, a slug or a bare
    date banner ("Monday, November 13, 2024"), which pages and feeds put there too."""
    text = " ".join(line.split())
    if not text:
        return False
    return not (
        ADDRESS.match(text) or FILE_NAME.match(text) or SLUG.match(text) or DATE_LINE.match(text)
    )


def is_dateline_line(line: str) -> bool:
    """A line that is a wire dateline alone ("CAPE TOWN, South Africa (AP) --")."""
    return DATELINE_LINE.match(" ".join(line.split())) is not None


def sentence_title(text: str, max_words: int = FALLBACK_TITLE_WORDS) -> str | None:
    """A stand-in title for an article that declares none: its first sentence, cut to
    about a headline's length with "…"."""
    paragraph = next((p.strip() for p in text.split("\n") if p.strip()), "")
    if not paragraph:
        return None
    sentence = SENTENCE_BREAK.split(paragraph, maxsplit=1)[0]
    words = sentence.split()
    if len(words) <= max_words:
        return sentence.rstrip(" .")
    return " ".join(words[:max_words]).rstrip(",;:–—-") + "…"


def _lines(raw: str) -> list[str]:
    """The text's lines, spacing collapsed; a line broken inside a sentence is joined to
    the line it continues, so the reader sees one paragraph, not two."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines: list[str] = []
    after_blank = True
    for raw_line in text.split("\n"):
        line = " ".join(raw_line.split())
        if not line:
            after_blank = True
            continue
        if lines and not after_blank and _continues(lines[-1], line):
            lines[-1] += " " + line
        else:
            lines.append(line)
        after_blank = False
    return lines


def _continues(previous: str, line: str) -> bool:
    """A hard line break inside a sentence: the line before ends on a word or a comma and
    this one goes on in lower case ("... an act of terrorism and a hate" / "crime,
    reiterated his frustration ..."). A blank line between them, a Markdown heading, or
    an address ("www.example.com") is a break of its own."""
    return bool(
        WRAPPED_END.search(previous)
        and WRAPPED_START.match(line)
        and not MARKDOWN_HEADING.match(previous)
        and not (ADDRESS.match(line) or FILE_NAME.match(line))
    )


def _strip_markup(line: str) -> str:
    line = MARKDOWN_HEADING.sub("", line)
    match = MARKDOWN_EMPHASIS.match(line)
    return match.group(2).strip() if match else line


def _mark_comment_section(blocks: list[_Block]) -> None:
    """Everything from a comments header on is readers' comments and page furniture."""
    for index, block in enumerate(blocks):
        if index > 0 and COMMENTS_START.match(block.text):
            for later in blocks[index:]:
                later.why = "comments"
            return


def _furniture_kind(line: str, result: CleanText) -> str | None:
    """Classify one line on its own; record outlet, author and banner dates on the way."""
    if (day := stated_date(line)) is not None:
        result.stated_dates.append(day)
        return "dateline"
    if DATE_LINE.match(line):
        stated = STATED_DATE.match(line)
        if stated:
            result.stated_dates.append(line[stated.end() :])
            return "dateline"
        result.banner_dates.append(line)
        return "date banner"
    if COPYRIGHT.search(line) and len(line.split()) <= 30:
        owner = COPYRIGHT_OWNER.search(line)
        if owner and result.outlet is None:
            result.outlet = owner.group(1).strip() or None
        return "copyright"
    source = SOURCE_LINE.match(line)
    if source:
        result.outlet = result.outlet or source.group(1).strip()
        return "source line"
    byline = BYLINE.match(line)
    if byline:
        result.author = result.author or _name_of(byline.group(1))
        return "byline"
    if CREDIT_LINE.match(line):
        return "reporting credit"
    if SHOW_SCHEDULE.match(line) and len(line.split()) <= MAX_SCHEDULE_WORDS:
        return "promotion"
    if PAGE_LINK.match(line):
        return "page link"
    if COUNTER.match(line):
        return "counter"
    if WIDGET.match(line):
        return "widget"
    if _invites_the_reader(line):
        return "promotion"
    if len(line.split()) <= MAX_CAPTION_WORDS and (
        PHOTO_CREDIT.search(line) or _has_trailing_credit(line)
    ):
        return "caption"
    if (
        CAPTION_OPENING.match(line)
        and len(line.split()) <= MAX_OPENED_CAPTION_WORDS
        and (_marked_as_a_caption(line) or _has_trailing_credit(line))
    ):
        return "caption"
    return None


def _invites_the_reader(line: str) -> bool:
    """A short line asking the reader to click, enter an address or sign up, for a
    newsletter, a subscription or alerts (``READER_ASKED``, ``SUBSCRIPTION``). An ask in
    capitals is a page button's label glued into the line (a tweet's text followed by
    "SIGN UP FOR OUR NEWSLETTER"): the line is the tweet's."""
    if len(line.split()) > MAX_PROMO_WORDS or SUBSCRIPTION.search(line) is None:
        return False
    if REPORTED.search(line):
        return False  # someone's words or a report of an ask ("..., the regulator said")
    return any(not ask.group().isupper() for ask in READER_ASKED.finditer(line))


def _marked_as_a_caption(line: str) -> bool:
    """A wire caption's mark in its first sentence (a fact-check's later "pasted onto a
    2011 file photo" marks no caption, the second review's)."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line, maxsplit=1)[0]
    return bool(PHOTO_CREDIT.search(first) or WIRE_CAPTION_MARK.search(first))


def _name_of(byline: str) -> str:
    """The byline's name without the full stop a database's line ends with ("BYLINE: Amber
    Phillips."); a suffix keeps its own ("By Tom Lee Jr.")."""
    if byline.endswith(".") and byline.split()[-1].lower() not in ("jr.", "sr."):
        return byline[:-1]
    return byline


def _has_trailing_credit(line: str) -> bool:
    match = TRAILING_CREDIT.search(line)
    if not match:
        return False
    words = match.group(1).split()
    # "(Cuartoscuro)", "(Jane Doe/Reuters)", "(File photo)": names or a slash, few words.
    return len(words) <= 6 and ("/" in match.group(1) or all(w[0].isupper() for w in words))


def _mark_captions(blocks: list[_Block]) -> None:
    """The kept line just before a caption is the picture's alt text when it describes it;
    the one just after a credit standing alone ("Jonathan Drake / Reuters.") is the
    picture's caption when it reads like one (``_reads_as_caption``)."""
    for index in range(1, len(blocks)):
        caption, before = blocks[index], blocks[index - 1]
        if caption.why == "caption" and before.kept and _is_alt_text(before.text, caption.text):
            before.why = "image alt text"
        if caption.kept and _caption_after(before, caption.text):
            caption.why = "caption"


def _caption_after(before: _Block, line: str) -> bool:
    """The kept line is the caption of the picture whose credit or caption is ``before``."""
    if before.why != "caption":
        return False
    return _reads_as_caption(line) or (_a_credit_alone(before) and _tells_a_picture(line))


def _reads_as_caption(line: str) -> bool:
    """A wire caption: one short sentence that ends on the picture's full date ("Donald
    Trump speaks at a campaign rally in Greensboro, North Carolina on June 14, 2016.")."""
    return (
        len(line.split()) <= MAX_CAPTION_WORDS
        and CAPTION_DATE.search(line) is not None
        and CAPTION_VERB.search(line) is not None
    )


def _a_credit_alone(block: _Block) -> bool:
    """A photo credit on a line of its own ("POOL New/Reuters.", "Handout/Reuters.")."""
    return (
        len(block.text.split()) <= CREDIT_ALONE_WORDS
        and PHOTO_CREDIT.search(block.text) is not None
    )


def _tells_a_picture(line: str) -> bool:
    """A caption by its form, right after a credit standing alone: short, and it places
    the people in its picture in words ("George Zimmerman (left) shot and killed Trayvon
    Martin (right) in February 2012") or is one sentence with a verb of a pose ("Sanford
    police officer Timothy Smith holds up the gun ..."). HuffPost's pages of May 2016 print the
    credit above the caption; the caption's "holds up" had made the officer's town the
    speaker of the next paragraph's "he added"."""
    if len(line.split()) > MAX_CAPTION_WORDS:
        return False
    if PICTURE_PLACES.search(line) is not None:
        return True
    # (one sentence, its verb one of a pose: not a lead in the present, "Donald Trump holds
    # a 10-point lead", "The race looks increasingly tight", a review's cases)
    return len(SENTENCE_BREAK.split(line)) == 1 and PICTURE_VERB.search(line) is not None


# A credit standing alone is a few words; where a caption places the people it shows (not
# "(R)", a party's tag too); a verb of a pose, as a caption tells a picture.
CREDIT_ALONE_WORDS = 6
PICTURE_PLACES = re.compile(r"\((?:left|right|center|centre|top|bottom|pictured)\)")
PICTURE_VERB = re.compile(
    r"\b(?:holds up|looks on|gestures|waves|poses|smiles|listens|stands|sits|walks|arrives|"
    r"greets|shakes hands|is seen|are seen)\b"
)


def _is_alt_text(line: str, caption: str) -> bool:
    if len(line.split()) > MAX_ALT_WORDS or line[:1] in "“\"‘'":
        return False
    if caption.startswith(line) or is_heading_like(line, MAX_ALT_WORDS):
        return True
    words = content_stems(line)
    if not words:
        return False
    return len(words & content_stems(caption)) / len(words) >= ALT_CAPTION_OVERLAP


def _mark_repeated_title(blocks: list[_Block], title: str) -> None:
    """The leading lines that repeat the known title, whole (the first line) or one
    of its parts ("Turkish suspect donated to Clinton;" then "Manhunt underway for ...."
    for a title "Turkish suspect donated to Clinton; Manhunt underway for ..."): the
    headline and deck printed again above the body."""
    whole = _title_words(title)
    split = TITLE_PARTS.split(title)
    # Only a title of parts has parts; a title that is a sentence may be the lead too.
    parts = {_title_words(part) for part in split} - {""} if len(split) > 1 else set()
    first = True
    for block in blocks:
        if not block.kept:
            continue
        words = _title_words(block.text)
        # The whole title opening the text, even with a full stop added ("... Paying It.").
        if not words or not (words in parts or (first and words == whole)):
            return
        block.why = "title"
        first = False


def _title_words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def _take_title(blocks: list[_Block]) -> str | None:
    """The first kept line is the title when it reads like a headline. A first line that is
    the page's address or file name is furniture, and the line after it is looked at."""
    for block in blocks:
        if block.kept:
            if is_dateline_line(block.text):
                return None  # a wire text's body opens here, under no headline
            if is_heading_like(block.text, MAX_TITLE_WORDS) and not is_title(block.text):
                block.why = "address line"
                continue
            if is_heading_like(block.text, MAX_TITLE_WORDS):
                block.why = "title"
                return block.text
            return None
    return None


def _mark_teasers(blocks: list[_Block], title: str | None, headline: str = "") -> None:
    """A headline-like line whose words the article never uses is a teaser for another;
    not the article's first line when it reads as a sentence: a standfirst, the news in
    one line under the headline ("Japanese brewers are increasingly making money from
    beer-flavoured drinks rather than beer itself", a BBC report's lead, had gone)."""
    # (under a headline only: a text with none opens on its headline or an address line;
    # and telling the headline's story, one of its words at least: "Man arrested after car
    # hits crowd outside a nightclub in Leeds" atop another story is a teaser, a review's
    # case)
    first = next((block for block in blocks if block.kept), None) if headline else None
    if first is not None and not content_stems(first.text) & content_stems(headline):
        first = None
    for block in blocks:
        if not (block.kept and is_heading_like(block.text)) or _quotes_a_sentence(block.text):
            continue
        if block is first and _reads_as_a_sentence(block.text):
            continue
        if is_dateline_line(block.text):
            continue  # where the report was filed, not a teaser for another
        words = content_stems(block.text)
        if len(words) < 3:
            continue
        others = " ".join(b.text for b in blocks if b.kept and b is not block)
        elsewhere = content_stems(others + " " + (title or ""))
        novelty = len(words - elsewhere) / len(words)
        if novelty >= TEASER_NOVELTY:
            block.why = "teaser"


def _reads_as_a_sentence(line: str) -> bool:
    """Words of a sentence, not of a headline's capitals: at least ``STANDFIRST_WORDS``
    words, most after the first in lower case ("Japanese brewers are increasingly making
    money ...", not "Ten Things You Missed This Week In Tech")."""
    words = line.split()
    if len(words) < STANDFIRST_WORDS or ADDRESS_MARK.search(line):
        return False
    lower = sum(1 for word in words[1:] if word[:1].islower())
    return lower >= STANDFIRST_LOWER * (len(words) - 1)


# A standfirst is a sentence's length, its words after the first mostly in lower case;
# not a web address ("http: / / sports. espn. go. com / nba / ...").
ADDRESS_MARK = re.compile(r"/|\bhttps?:|\bwww\.")
STANDFIRST_WORDS = 8
STANDFIRST_LOWER = 0.6


def _quotes_a_sentence(line: str) -> bool:
    """A line that quotes a whole sentence and goes on ("“The most unqualified child to ever
    run for president.” ― Francisco Herrero", "Craig Fehrman explains why Indiana is
    “weird.” [538]") gives someone's words, as body text does; headlines quote phrases."""
    return bool(QUOTED_SENTENCE.search(line))


def _mark_trailing_headings(blocks: list[_Block]) -> None:
    """A heading with no body after it introduces a widget, not a section of the article."""
    for block in reversed(blocks):
        if not block.kept:
            continue
        if is_heading_like(block.text) and not _quotes_a_sentence(block.text):
            block.why = "trailing heading"
        else:
            return
