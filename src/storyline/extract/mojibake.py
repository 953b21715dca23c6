"""Text that went through the wrong decoding once: UTF-8 bytes read as Windows-1252.

Archived news often carries it: "PeÃ±a Nieto" for "Peña Nieto", "â€™" for "’". A name
broken that way is a name no reader recognises, and the reader's tagger cuts it short
("Marc TrÃ" for Marc Trévidic in a June 2016 briefing). Some archives also decomposed the
broken text (NFD), so "Ã©" arrives as "A" + a combining tilde + "©": such text is first
composed (NFC).

Only the three spellings that make up nearly all of it are decoded again: "Ã" or "Â" and
one more character (the Latin-1 letters and signs, U+0080-U+00FF), and "â€" and one more
(the punctuation of U+2000-U+203F: quotation marks, dashes, the ellipsis). An accented
letter followed by punctuation in genuine text ("Spaß“", "liberté »", "Bogotá…") is none
of these and stays; so does "Ã" before a letter ("NÃO"). Rarer broken letters ("Ð", "Ý"
leads) are left as they are.
"""

from __future__ import annotations

import re
import unicodedata

# The characters Windows-1252 (or, where it defines none, Latin-1) shows for the
# continuation bytes 0x80-0xBF of UTF-8.
CONTINUATION = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)
)
BROKEN = re.compile(f"(?:[ÃÂ]|â€)[{re.escape(CONTINUATION)}]")
HINT = re.compile("[ÃÂ]|â€")


def repair(text: str) -> str:
    """``text`` with its doubly decoded characters decoded right."""
    if text.isascii():
        return text
    if not unicodedata.is_normalized("NFC", text):
        composed = unicodedata.normalize("NFC", text)
        if HINT.search(composed):
            text = composed
    if HINT.search(text) is None:
        return text
    return LOST_HYPHEN.sub("\u2010", BROKEN.sub(_decoded, text))


# "â€" whose third byte the archive dropped: Windows-1252 defines no character for 0x81,
# 0x8D, 0x8F, 0x90 and 0x9D, so a text decoded with it and saved loses them. Between two
# letters the character was the hyphen U+2010 (bytes E2 80 90): "longâ€term" (a New York
# Times report in PolNeAR, decoded wrongly twice: "longÃ¢€term"), "realâ€world".
LOST_HYPHEN = re.compile(r"(?<=[^\W\d_])â€(?=[^\W\d_])")


def _decoded(match: re.Match[str]) -> str:
    try:
        return _as_bytes(match.group(0)).decode("utf-8")
    except UnicodeError:
        return match.group(0)


def _as_bytes(text: str) -> bytes:
    """The bytes Windows-1252 gave these characters (Latin-1 for the five it leaves
    undefined, which arrive as control characters: "â€\\x9d" is ”)."""
    return b"".join(
        ch.encode("cp1252") if ch.encode("cp1252", errors="ignore") else bytes([ord(ch)])
        for ch in text
    )
