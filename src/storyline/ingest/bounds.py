"""Bounds on what one input may cost, and the one-line form every rejection takes.

Nothing here imports the rest of storyline: the data model uses ``one_line`` for every
``Rejection`` it builds, whatever module builds it.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from typing import IO, Any

# A rejection names its input and reason in at most this many characters each: a 20 MB
# first line of a WARC file is quoted by its start, never printed or stored whole.
MAX_SOURCE_CHARS = 300
MAX_REASON_CHARS = 300
# Lone UTF-16 surrogates (from "\ud800" in JSON, or file names that are not UTF-8 as
# Python maps them): no UTF-8 encoder accepts them, so they become U+FFFD.
_SURROGATE = re.compile("[\ud800-\udfff]")


class InputError(ValueError):
    """An input that cannot be read as an article; the message is shown to the user."""


def one_line(text: str, limit: int = MAX_REASON_CHARS) -> str:
    """``text`` as one line of printable characters, at most ``limit`` long: line breaks,
    other control and format characters and lone surrogates are shown escaped, so a file
    name with a newline cannot forge a second "rejected ..." line on a terminal."""
    if len(text) > 4 * limit:
        text = text[: 4 * limit]  # escaping at most quadruples what is kept
    out = "".join(_printable(ch) for ch in text)
    return out if len(out) <= limit else out[: limit - 1] + "\u2026"


def _printable(ch: str) -> str:
    if ch == " " or (ch.isprintable() and unicodedata.category(ch) not in ("Zl", "Zp")):
        return ch
    if "\ud800" <= ch <= "\udfff":
        return "\\x%02x" % (ord(ch) & 0xFF) if ord(ch) >= 0xDC80 else "\ufffd"
    return ch.encode("unicode_escape").decode("ascii")


def display_path(path: os.PathLike[str] | str) -> str:
    """A path as text that always encodes: bytes of a file name that are not UTF-8 are
    shown as ``\\xNN`` (the same name gives the same text, so ids stay stable)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def scrub(value: Any) -> Any:
    """``value`` (a parsed JSON value) with lone surrogates in its strings replaced by
    U+FFFD; the depth is bounded before this is called (``parse_json``)."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [scrub(item) for item in value]
    if isinstance(value, dict):
        return {scrub(k): scrub(v) for k, v in value.items()}
    return value


def has_surrogates(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def parse_json(text: str, max_depth: int) -> Any:
    """``json.loads`` that refuses values nested deeper than ``max_depth`` (a 100,000-deep
    file ends the parser's recursion; a shallower one could still end a consumer's)."""
    try:
        value = json.loads(text)
    except RecursionError as err:
        raise InputError(f"JSON nested deeper than {max_depth} levels") from err
    if _deeper_than(value, max_depth):
        raise InputError(f"JSON nested deeper than {max_depth} levels")
    return scrub(value)


def _deeper_than(value: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            if depth >= limit:
                return True
            stack.extend((child, depth + 1) for child in item)
    return False


class BoundedStream:
    """A binary stream (a file, or gzip's decompressed output) read under a bound on the
    bytes read in all: crossing it raises ``InputError``. Readers above it ask for bounded
    amounts (lines of at most a row's size), so however the input expands, memory holds
    no more than one bounded piece at a time."""

    def __init__(self, raw: IO[bytes], max_bytes: int) -> None:
        self.raw = raw
        self.max_bytes = max_bytes
        self.total = 0

    def read(self, size: int = -1) -> bytes:
        return self._count(self.raw.read(self._room(size)))

    def readline(self, size: int = -1) -> bytes:
        return self._count(self.raw.readline(self._room(size)))

    def _room(self, size: int | None) -> int:
        """How much the next read may take: up to the bound exactly (so everything before
        it is read), then one byte more to learn whether the input goes on past it."""
        room = self.max_bytes - self.total
        if room <= 0:
            return 1
        return room if size is None or size < 0 else min(size, room)

    def tell(self) -> int:
        return self.total

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> BoundedStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _count(self, data: bytes) -> bytes:
        self.total += len(data)
        if self.total > self.max_bytes:  # only the probe byte can take it past
            raise InputError(f"over {self.max_bytes} bytes (decompressed); the rest is not read")
        return data
