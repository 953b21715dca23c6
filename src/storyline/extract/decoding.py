"""Bytes to text in whatever encoding they came in, as a browser would read them.

In order: a byte-order mark; the charset the transport declares (an HTTP header); the one
the document declares (``<meta charset>``, ``<meta http-equiv>``, an XML declaration); UTF-8
when the bytes are UTF-8 (a few bad bytes among valid multi-byte characters stay UTF-8);
then detection by charset-normalizer. Bytes the chosen encoding cannot decode become
U+FFFD and are counted, never a reason to drop the article.
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass

from charset_normalizer import from_bytes

from storyline.ingest.bounds import InputError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM it starts with
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# As the HTML standard reads these labels: pages that say Latin-1 are written in Windows-1252.
ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
}
# Declarations are looked for at the start of a document, where the standards put them.
DECLARATION_BYTES = 4096
META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)
XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]{1,40})")
# Decoded text with more control characters than this share is a binary file, not text.
MAX_CONTROL_SHARE = 0.01
# Detection reads at most this much of a document (it samples; more adds time, not skill).
DETECT_BYTES = 1_000_000

_replaced = threading.local()


def _count_and_replace(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    _replaced.count = getattr(_replaced, "count", 0) + (err.end - err.start)
    return "\ufffd", err.end


codecs.register_error("storyline-count", _count_and_replace)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    replaced: int  # bytes that could not be decoded (each now U+FFFD)


def decode_bytes(data: bytes, declared: str | None = None, markup: bool = False) -> Decoded:
    """``data`` as text; ``declared`` is a transport's charset, ``markup`` says to look for
    the document's own declaration. Raises ``InputError`` for binary data."""
    encoding, body = _from_bom(data)
    if encoding is None:
        encoding = _usable(declared) or (_usable(_declared_inside(data)) if markup else None)
    if encoding is None:
        encoding = _guess(data)
    text, replaced = decode_counting(body, encoding)
    if _is_binary(text):
        raise InputError("binary file (control characters), not text")
    return Decoded(text, encoding, replaced)


def decode_counting(data: bytes, encoding: str) -> tuple[str, int]:
    """Decode with replacement; the text and how many bytes were replaced."""
    _replaced.count = 0
    text = data.decode(encoding, "storyline-count")
    return text, int(_replaced.count)


def _from_bom(data: bytes) -> tuple[str | None, bytes]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, data[len(bom) :]
    return None, data


def _usable(label: str | None) -> str | None:
    """A declared label as a codec name, or None when Python knows no such encoding. A
    UTF-16/32 label in an ASCII-compatible declaration is wrong by construction (no BOM)."""
    if not label:
        return None
    name = ALIASES.get(label.strip().lower(), label.strip())
    try:
        codec = codecs.lookup(name)
    except LookupError:
        return None
    if codec.name.startswith(("utf-16", "utf-32")):
        return None
    return codec.name


def _declared_inside(data: bytes) -> str | None:
    head = data[:DECLARATION_BYTES]
    found = XML_DECLARATION.search(head) or META_CHARSET.search(head)
    return found.group(1).decode("ascii") if found else None


def _guess(data: bytes) -> str:
    sample = data[:DETECT_BYTES]
    if b"\x00" in sample[:4096]:
        # Text in UTF-16 without a BOM is valid UTF-8 byte for byte (ASCII and NULs); it
        # shows as NULs on every other byte. NULs in any other pattern are binary data.
        return _utf16_by_nuls(sample[:4096])
    if _is_utf8(sample):
        return "utf-8"
    return _detected(sample)


def _detected(sample: bytes) -> str:
    """charset-normalizer's choice; among code pages it cannot tell apart (the same chaos
    and coherence, or the same text), Windows-1252: the most common legacy encoding of
    Western news pages and the HTML standard's fallback for Latin-script locales, where
    the first candidate is often Windows-1250 (which reads "prête" as "pręte")."""
    matches = from_bytes(sample)
    best = matches.best()
    if best is None:
        return "utf-8"
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    names = {name for m in tied for name in (m.encoding, *m.could_be_from_charset)}
    return "cp1252" if "cp1252" in names else best.encoding


def _utf16_by_nuls(head: bytes) -> str:
    half = max(1, len(head) // 2)
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    raise InputError("binary file (contains NUL bytes), not text")


def _is_utf8(data: bytes) -> bool:
    """UTF-8, or UTF-8 with a few bad bytes: valid multi-byte characters beside them, and
    at least as many of those or the bad bytes under 1% of all. Latin-1 text has no valid
    multi-byte sequences to speak of; pure ASCII with a few bad bytes goes to detection."""
    text, bad = decode_counting(data, "utf-8")
    if bad == 0:
        return True
    valid = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return valid >= bad or (valid > 0 and bad * 100 <= len(data))


def _is_binary(text: str) -> bool:
    sample = text[:8192]
    control = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v")
    return control > MAX_CONTROL_SHARE * max(1, len(sample))
