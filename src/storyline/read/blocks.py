"""Quoted blocks: a paragraph a report reproduces from someone else's writing or speech,
introduced by a line of its own that names it and ends with a colon, with no quotation
marks around it (scraped text has lost the page's block-quote markup):

    Here's how his post starts:

    On Monday night, a panel on a two-hour pregame show ... will address domestic abuse.

The paragraph is the post's words, not the report's: the report may go on to call it false
(on FNC-1's rumour reports, three reports quoted a blog post this way and then printed the
network's denial, and a briefing cited all three as confirming the post). A briefing does
not tell such a paragraph as fact, and a source does not support a claim with it.

Only the first paragraph after the introducing line is taken (to the next blank line, or
the next line where each paragraph is a line): where the block ends is not written, and a
reproduced text's first paragraph is the one a report quotes for its point.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from itertools import pairwise

# A line that introduces someone's words ends with them: a verb of writing or speaking
# after its subject ("The article begins:", "Here's how his post starts:", "He wrote:",
# "ESPN said in a statement:", "The statement read in full:"), or the written text itself
# ("Here is his full statement:"). A list's introduction ("The panel will include the
# following people:"), a sign-up line ("... clicking the subscribe button:") and a heading
# in capitals ("SHORT READS:") introduce no one's words.
INTRODUCING = re.compile(
    r"\w[\w.,’'\")]*\s+(?:wrote|writes|said|says|reads|read|begins|began|starts|started|"
    r"stated|states|told\s+\w+|tweeted|posted|added|continued|explained|announced|"
    r"declared|went\s+on|goes\s+on)"
    r"(?:\s+(?:in|on)\s+(?:a|an|the|his|her|their|its)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s+(?:in\s+full|in\s+part|as\s+follows))?\s*:$"
    r"|\b(?:the|his|her|their|its|a)\s+(?:full\s+)?(?:statement|post|letter|tweet|"
    r"message|note|memo|e-?mail|transcript|excerpt|passage|editorial)"
    r"(?:\s+in\s+full)?\s*:$",
    re.IGNORECASE,
)
# An introducing line is short: a paragraph ending in a colon after many words is the
# report's own sentence that goes on to a list or an example.
INTRODUCING_WORDS = 25
# Texts whose blocks are kept: a storyline's sources, each asked about for many claims.
CACHED_TEXTS = 512


@functools.lru_cache(maxsize=CACHED_TEXTS)
def quoted_blocks(text: str) -> tuple[tuple[int, int], ...]:
    """The spans (start, end) of the paragraphs ``text`` reproduces, in order."""
    paragraphs = "\n\n" in text
    return tuple(
        _paragraph(text, following, paragraphs)
        for (start, end), following in pairwise(_lines(text))
        if _introduces(text[start:end])
    )


def _paragraph(text: str, line: tuple[int, int], paragraphs: bool) -> tuple[int, int]:
    """The paragraph a line opens: up to the next blank line where the text has blank
    lines between paragraphs (a hard-wrapped paragraph runs over several lines), else the
    line itself (where each paragraph is one line)."""
    if not paragraphs:
        return line
    end = text.find("\n\n", line[0])
    return line[0], len(text.rstrip()) if end < 0 else end


def in_quoted_block(text: str, offset: int) -> bool:
    """``offset`` of ``text`` lies in a paragraph the text reproduces."""
    blocks = quoted_blocks(text)
    i = bisect_right(blocks, (offset, len(text) + 1)) - 1
    return i >= 0 and blocks[i][0] <= offset < blocks[i][1]


def _introduces(line: str) -> bool:
    stripped = line.strip()
    return (
        stripped.endswith(":")
        and not stripped.isupper()
        and not NAVIGATION.match(stripped)
        and len(stripped.split()) <= INTRODUCING_WORDS
        # (its ending only: the pattern read from each word of a long line is quadratic)
        and INTRODUCING.search(stripped[-INTRODUCING_TAIL:]) is not None
    )


# A page's links to other stories ("Also read:", "Read more:", "See also:") introduce no
# one's words.
NAVIGATION = re.compile(r"(?:also\s+read|read\s+(?:more|also)|see\s+also|related)\b", re.I)
# How much of a line's end the introducing pattern reads: its longest match is a few words.
INTRODUCING_TAIL = 160


def _lines(text: str) -> list[tuple[int, int]]:
    """The non-empty lines of the text, as spans without their surrounding space."""
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((match.start() + lead, match.start() + len(line.rstrip())))
    return spans
