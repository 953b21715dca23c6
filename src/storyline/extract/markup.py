"""Markup left in plain text: embedded posts, scripts and stray HTML tags.

Scraped text and corpora keep some of a page's markup: PolNeAR's texts embed tweets as
``<tweet author="@AP" ...>…</tweet>``, a pasted page brings ``<a href=...>`` or a whole
``<blockquote class="twitter-tweet">``. An embedded post is someone's words: it becomes its
words in quotation marks, without the embed's signature ("— The Associated Press (@AP)
August 23, 2016") and links. A script or style element is code and goes whole. Any other
tag of HTML's vocabulary whose attributes all have values is taken off and its text kept;
anything else between angle brackets is prose ("a<b and c>d", "type <Enter>", "patients
<age 18") and stays.

The text is untrusted and may be large: every pattern here is bounded, and an element's
closing tag is found by position, not by a lazy scan to the end of the text (a text of
unclosed ``<tweet>`` tags would cost quadratic time).
"""

from __future__ import annotations

import bisect
import html
import re

from storyline.extract.dates import MONTH_PATTERN
from storyline.people import SIGNER

# Elements whose content is unwrapped (posts) or dropped (code).
POSTS = frozenset(["tweet", "blockquote"])
CODE = frozenset(["script", "style"])
OPENING = re.compile(r"<(tweet|blockquote|script|style)\b[^<>]{0,1000}>", re.IGNORECASE)
CLOSING = re.compile(r"</(tweet|blockquote|script|style)\s*>", re.IGNORECASE)
# Longer than this, what stands between a post's opening and closing tags is not one post
# (a script or style element goes whatever its length).
MAX_ELEMENT_CHARS = 20_000
# A tag: a name, then attributes that each have a value (no "<" or ">" inside one).
TAG = re.compile(
    r"</?([A-Za-z][\w:-]{0,20})"
    r"(?:\s+[\w:-]{1,40}\s*=\s*(?:\"[^\"<>]{0,2000}\"|'[^'<>]{0,2000}'|[^\s\"'<>]{1,2000}))*"
    r"\s*/?>"
)
HTML_TAGS = frozenset(
    [
        "a",
        "abbr",
        "address",
        "article",
        "aside",
        "audio",
        "b",
        "bdi",
        "bdo",
        "big",
        "blockquote",
        "body",
        "br",
        "button",
        "caption",
        "center",
        "cite",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "details",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "fieldset",
        "figcaption",
        "figure",
        "font",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "i",
        "iframe",
        "img",
        "input",
        "ins",
        "kbd",
        "label",
        "legend",
        "li",
        "link",
        "main",
        "mark",
        "meta",
        "nav",
        "noscript",
        "object",
        "ol",
        "option",
        "p",
        "param",
        "picture",
        "pre",
        "q",
        "s",
        "samp",
        "section",
        "select",
        "small",
        "source",
        "span",
        "strike",
        "strong",
        "sub",
        "summary",
        "sup",
        "svg",
        "table",
        "tbody",
        "td",
        "template",
        "textarea",
        "tfoot",
        "th",
        "thead",
        "time",
        "title",
        "tr",
        "track",
        "tt",
        "u",
        "ul",
        "var",
        "video",
        "wbr",
        "tweet",
    ]
)
LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)[^\s<>\"—–―]{1,500}", re.IGNORECASE)
# The end of an embedded tweet's signature: "(@AP) August 23, 2016".
SIGNATURE_END = re.compile(
    rf"\(@\w{{1,30}}\)\s*{MONTH_PATTERN}\s+\d{{1,2}},?\s+\d{{4}}\s*$", re.IGNORECASE
)
# How far before its handle a signature's dash may stand ("— The Associated Press").
SIGNATURE_CHARS = 100
DASHES = (" — ", " – ", " - ", " ― ", "—", "―")
SIGNING_DASHES = ("—", "―")
# (not a title's or an initial's full stop: "— Rev. Al Sharpton", "— Donald J. Trump")
SENTENCE_END = re.compile(
    r"[!?…]\s|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})\.\s"
)


def unwrap_markup(text: str) -> str:
    """The text with embedded posts unwrapped, code dropped and HTML tags taken off."""
    pieces: list[str] = []
    at = 0
    for start, end, name, inner in _elements(text):
        pieces.append(text[at:start])
        if name in POSTS:
            opening = OPENING.match(text, start)
            author = _author(opening.group(0)) if opening else None
            following = text[end : end + 1]
            punctuated = following != "" and following in ",;:!?"
            pieces.append(_post_words(inner, following == ".", author, punctuated))
        at = end + (1 if name in POSTS and text[end : end + 1] == "." else 0)
    pieces.append(text[at:])
    return unescape_references(strip_tags("".join(pieces)))


# A character reference left in scraped text ("terrorism &amp; surveillance", a November
# 2015 review): what it stands for. Only references, never a bare "&".
CHARACTER_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")


def unescape_references(text: str) -> str:
    """The text with each character reference as the character it stands for; a name in
    capitals that HTML does not know, standing alone, is a wire archive's formatting code
    ("&UR;", "&LR;", "&QL;" in 1998-2000 AP and New York Times texts: "&LR; “Expect no
    extensions,” the court instructed." opened a briefing's sentence) and goes."""
    return CHARACTER_REFERENCE.sub(_referenced, text)


def _referenced(match: re.Match[str]) -> str:
    reference = match.group(0)
    found = html.unescape(reference)
    glued = match.start() > 0 and match.string[match.start() - 1].isalnum()
    if found == reference and reference[1:-1].isupper() and not glued:
        return WIRE_CODES.get(reference[1:-1], "")
    return found


# The archive codes that stand for a character: "&MD;" an em dash (TIPSTER's).
WIRE_CODES = {"MD": "—"}


def strip_tags(text: str) -> str:
    """HTML tags taken off, their text kept; other angle brackets are prose."""
    return TAG.sub(lambda m: "" if m.group(1).lower() in HTML_TAGS else m.group(0), text)


def _elements(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, inner text) of each post or code element closed within
    ``MAX_ELEMENT_CHARS``, outermost first and not overlapping; an unclosed opening tag
    is left to ``strip_tags``."""
    closings: dict[str, list[tuple[int, int]]] = {}
    for match in CLOSING.finditer(text):
        closings.setdefault(match.group(1).lower(), []).append(match.span())
    found = []
    covered = 0
    for match in OPENING.finditer(text):
        if match.start() < covered:
            continue
        name = match.group(1).lower()
        spans = closings.get(name, [])
        index = bisect.bisect_left(spans, (match.end(), match.end()))
        if index == len(spans):
            continue
        close_start, close_end = spans[index]
        if name in POSTS and close_start - match.end() > MAX_ELEMENT_CHARS:
            continue  # not one post: its tags are taken off, its words stay as they are
        if name in POSTS and _opens_again(text, name, match.end(), close_start):
            covered = close_end  # posts inside posts: none of them is unwrapped
            continue
        found.append((match.start(), close_end, name, text[match.end() : close_start]))
        covered = close_end
    return found


def _opens_again(text: str, name: str, start: int, end: int) -> bool:
    """A post inside the post ("<blockquote>… <blockquote>…</blockquote> said my colleague,
    …</blockquote>"): which words are whose is not for a pattern to guess."""
    return text.lower().find(f"<{name}", start, end) >= 0


def _post_words(inner: str, stop: bool, author: str | None = None, punctuated: bool = False) -> str:
    """An embedded post as its words in quotation marks, on one line, and who posted it:
    its own tags and links taken off, then its signature, whose name (or the embed's
    ``author``, a handle) stays after a dash, as a text signs a quotation ("“…” — Ted
    Cruz"): the post is that person's words, not those of whoever the sentence before
    named. ``stop``: a full stop followed it in the text; ``punctuated``: another mark."""
    # (Twitter's own embed code writes its signature's dash as "&mdash;".)
    body = " ".join(LINK.sub("", html.unescape(strip_tags(inner))).split())
    body, signed = _without_signature(body)
    if not body:
        return ""
    who = signed or author
    # The full stop after an embed ends the sentence it stands in, unless the post's own
    # words end one already (“... gave money.”. reads as a typo).
    ended = body[-1] in ".!?…"
    words = f"“{body}”" + (f" — {who}" if who else "")
    # (a signer ends the sentence, "“…” — @tedcruz. And more.", unless a mark follows)
    return words + ("." if (who and not punctuated) or (stop and not ended) else "")


def _without_signature(body: str) -> tuple[str, str | None]:
    """ "… — The Associated Press (@AP) August 23, 2016" without its signature, and the
    signature's name ("The Associated Press"; the handle where it shows no name)."""
    end = SIGNATURE_END.search(body)
    if end is None:
        return body, None
    window = max(0, end.start() - SIGNATURE_CHARS)
    # An embed signs with an em dash: a hyphen after it is the name's ("— NWS Boston -
    # Weather Service (@NWSBoston)"), unless a sentence ends after it, when the em dash
    # was the post's own ("We won the vote — thank you all! – Jane Doe (@jane)"). Where
    # another dash signs, the words before the handle may be the post's ("We won - Thank
    # You All (@jane)"): the handle signs, as it does for a name the other stages would
    # not read as one.
    cut, dash = max((body.rfind(dash, window, end.start()), dash) for dash in SIGNING_DASHES)
    signed = cut >= 0 and not SENTENCE_END.search(body, cut, end.start())
    if not signed:
        cut, dash = max((body.rfind(dash, window, end.start()), dash) for dash in DASHES)
    if cut < 0:
        return body, None
    name = body[cut + len(dash) : end.start()].strip()
    handle = HANDLE.match(body, end.start())
    shown = name if signed and SIGNATURE_NAME.fullmatch(name) else None
    return body[:cut].rstrip(), shown or (handle.group(0)[1:-1] if handle else None)


# A post's author as the embed names it: PolNeAR's ``<tweet author="tedcruz">``.
AUTHOR = re.compile(r"""\bauthor\s*=\s*["']@?(?P<handle>\w{1,30})["']""", re.IGNORECASE)
HANDLE = re.compile(r"\(@\w{1,30}\)")
# A name as a signature shows it, in the shape every stage holds a signer to (else the
# handle signs: "— 10 Downing Street (@10DowningStreet)" gives "@10DowningStreet").
SIGNATURE_NAME = re.compile(SIGNER)


def _author(opening_tag: str) -> str | None:
    """The handle an embed's opening tag names as its author, if any."""
    found = AUTHOR.search(opening_tag)
    return f"@{found.group('handle')}" if found else None
