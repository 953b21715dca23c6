"""Sentence boundaries for news text.

A rule-based splitter: paragraphs (blank-line separated) never share a sentence, a quoted
passage that runs over several sentences stays split at its own sentence ends, and common
abbreviations ("U.S.", "Oct.", "Mr.") do not end a sentence.
"""

from __future__ import annotations

import re

from storyline.people import MONTH_ABBREVIATIONS, NAME_ABBREVIATIONS

PLURAL_TITLES = ("sens", "reps", "govs", "gens", "drs", "profs", "messrs", "mmes", "sgts")

ABBREVIATIONS = frozenset(
    [
        *NAME_ABBREVIATIONS,
        "inc",
        "corp",
        "co",
        "ltd",
        "vs",
        "etc",
        "no",
        *MONTH_ABBREVIATIONS,
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "a.m",
        "p.m",
    ]
)
# A sentence ends at . ! ? or … , optionally followed by closing quotes or brackets,
# then white space and something that can start a sentence.
# Typewriter quotation marks count too ("... the bay.'' ''I would ..."), as archives
# (the New York Times' in PolNeAR) write them.
# (from the first of a run of stops only, taken whole: a long run of dots is read once)
BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[”\"’')\]]*+(?=\s+(?:''|``|[“\"‘'(\[])?[A-Z0-9¿¡])")
PARAGRAPH = re.compile(r"\n\s*\n")
# Initials run together ("Judge J.L. Edmonson", "J.R.R. Tolkien"): a name goes on after them,
# but not after a place's or an era's, which end sentences ("Kamloops, B.C. Crews were sent").
INITIALS = re.compile(r"^[a-z]\.[a-z]$")  # (two letters: "D.R.C.", "M.I.T." end sentences)
PLACE_INITIALS = frozenset(
    [
        "l.a",
        "n.y",
        "n.j",
        "n.h",
        "n.c",
        "s.c",
        "n.d",
        "s.d",
        "n.m",
        "r.i",
        "b.c",
        "n.s",
        "n.b",
        "n.l",
        "u.s.s.r",
        "u.a.e",
        "a.d",
        "b.c.e",
        "c.e",
        "p.e.i",
    ]
)
NEXT_WORD = re.compile(r"[”\"’')\]]*\s+[“\"‘'(]?([A-Z][a-z]*)")
SENTENCE_OPENERS = frozenset(
    [
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "The",
        "A",
        "An",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "In",
        "On",
        "At",
        "But",
        "And",
        "As",
        "After",
        "Before",
        "When",
        "While",
        "If",
        "Then",
        "So",
        "Yet",
        "Still",
    ]
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in ``text``."""
    spans: list[tuple[int, int]] = []
    for para_start, para_end in _paragraphs(text):
        start = para_start
        for match in BOUNDARY.finditer(text, para_start, para_end):
            if _is_abbreviation(text, start, match.start()):
                continue
            if _attribution_follows(text, match, para_end):
                continue
            spans.append(_trim(text, start, match.end()))
            start = match.end()
        if text[start:para_end].strip():
            spans.append(_trim(text, start, para_end))
    return [s for s in spans if s[1] > s[0]]


def _attribution_follows(text: str, boundary: re.Match[str], end: int) -> bool:
    """A quotation closing on "!" or "?" and its speaker's name and cue after it, ending
    the sentence: "“... for Donald J. Trump!” US Senator Jeff Sessions said as he launched
    the process." is one sentence (its second half alone had been flagged as a claim; a
    July 2016 reader's find). Not when another quotation opens after the cue."""
    closing = boundary.group(0)
    if closing[:1] not in "!?" or closing[-1:] not in "”\"’'":
        return False
    return ATTRIBUTION_TAIL.match(text, boundary.end(), end) is not None


# Capitalised words (a title and a name), a verb of saying, and the rest of a sentence
# that opens no quotation.
ATTRIBUTION_TAIL = re.compile(
    r"\s+(?:[A-Z][\w.’'-]*\s+){1,6}(?:said|says|asked|asks|added|adds|told|tells|shouted|"
    r"yelled|demanded|exclaimed|cried|replied|responded|declared|announced|wrote|tweeted|"
    r"joked|insisted|continued)\b[^“\"‘.!?\n]*(?:[.!?](?=\s|$)|$)"
)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    written = text[start:dot].rsplit(None, 1)[-1].lstrip('“"‘(') if text[start:dot] else ""
    word = written.lower()
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return True
    if word in PLURAL_TITLES and written[:1].isupper():
        # titles of several people ("including Sens. John McCain (Ariz.), Kelly Ayotte ...
        # have since denounced": a briefing had cited the half after "Sens."); capitalised
        # only ("200 sales reps. The cuts ..." ends its sentence: a review's case)
        return True
    return bool(INITIALS.match(word)) and word not in PLACE_INITIALS and _name_goes_on(text, dot)


def _name_goes_on(text: str, dot: int) -> bool:
    """After a person's initials the name goes on ("J.L. Edmonson"); a sentence opening
    with "He", "The" or "Its" begins after a place's ("Newark, N.J. He moved ...")."""
    following = NEXT_WORD.match(text, dot + 1)
    return following is not None and following.group(1) not in SENTENCE_OPENERS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
