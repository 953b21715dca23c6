"""Quotation marks as a reader expects them, in every part of a briefing.

Wire and archive text (the New York Times' in PolNeAR) writes quotations with typewriter
marks, ``...'' and ''...''. The source's text keeps them (spans and quotation checks
count its characters); what a reader sees (digest sentences, flags, evidence, source
titles) prints them curly.
"""

from __future__ import annotations

import re

TYPEWRITER_PAIR = re.compile(r"''")


def curly_quotes(text: str) -> str:
    """``...'' and ''...'' as “...”."""
    text = text.replace("``", "“")
    return TYPEWRITER_PAIR.sub(lambda m: "“" if _opens(text, m.start(), m.end()) else "”", text)


def _opens(text: str, start: int, end: int) -> bool:
    """A '' opens a quotation where a word starts right after it and none ends right
    before it ("''We were going to --'' he said": the second closes; ", '' said" too)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return (before.isspace() or before in "([—–-") and not (after.isspace() or after in ".,;:!?)")
