"""Text that went through the wrong decoding once: UTF-8 bytes read as Windows-1252.

Archived news often carries it: "PeÃ±a Nieto" for "Peña Nieto", "â€™" for "’". A name
broken that way is a name no reader recognises, and the reader's tagger cuts it short
("Marc TrÃ" for Marc Trévidic in a June 2016 briefing). Some archives also decomposed the
broken text (NFD), so "Ã©" arrives as "A" + a combining tilde + "©": the text is first
composed (NFC), then each run that reads as the Windows-1252 spelling of one UTF-8
character is decoded again. A run that does not decode as UTF-8 is left as it was, so
genuine text ("Ã" alone, "Â©" in a copyright line of Latin-1 text) keeps its letters.
"""

from __future__ import annotations

import re
import unicodedata


def _cp1252(first: int, last: int) -> str:
    """The characters Windows-1252 gives bytes ``first``..``last`` (those it defines)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") for b in range(first, last + 1))


# A lead byte of a two-, three- or four-byte UTF-8 character (0xC2-0xF4), then its
# continuation bytes (0x80-0xBF), each as Windows-1252 shows it.
BROKEN = re.compile(f"[{re.escape(_cp1252(0xC2, 0xF4))}][{re.escape(_cp1252(0x80, 0xBF))}]{{1,3}}")


def repair(text: str) -> str:
    """``text`` with its doubly decoded characters decoded right."""
    if text.isascii():
        return text
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return BROKEN.sub(_decoded, text)


def _decoded(match: re.Match[str]) -> str:
    try:
        return match.group(0).encode("cp1252").decode("utf-8")
    except UnicodeError:
        return match.group(0)
