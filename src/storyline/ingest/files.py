"""Read article files and folders into raw documents.

Supported: ``.txt``, ``.md``, ``.html``/``.htm``, ``.json`` (one article or a list),
``.jsonl`` (one article a line), ``.warc`` (web archives: each HTML response is a page) and
``.gz`` of any of these. A bad file, row or record becomes one ``Rejection`` naming it and
the reason; it never stops the batch. Every read is bounded (README, "What ingest bounds"):
an article file's size before and after decompression, a corpus file's rows or records and
its total decompressed size, line length, JSON depth.
"""

from __future__ import annotations

import gzip
import logging
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, cast

from storyline.extract import content_id
from storyline.extract.decoding import decode_bytes
from storyline.ingest.bounds import (
    BoundedStream,
    InputError,
    display_path,
    one_line,
    parse_json,
)
from storyline.model import DocKind, RawDocument, Rejection
from storyline.settings import DEFAULT, Settings

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl"}
# Files that hold a corpus, read as a stream of items (one a line or record).
CORPUS_SUFFIXES = {".jsonl", ".warc"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | CORPUS_SUFFIXES
# Fields of a JSON article that map onto RawDocument; anything else is kept in ``extra``.
KNOWN_FIELDS = {"id", "url", "title", "text", "html", "published", "outlet", "author", "section"}
# WARC and HTTP header lines are short (a long cookie is a few kB); a longer one is not a
# web archive, and warcio would gather it into memory whole, however long.
MAX_WARC_HEADER_LINE = 1_000_000
# Corpus files are read in pieces of this size.
READ_CHUNK = 1 << 20
# What reading a damaged compressed stream raises.
STREAM_ERRORS = (OSError, EOFError, zlib.error)

Item = RawDocument | Rejection


def discover(paths: list[Path]) -> Iterator[Path | Rejection]:
    """Yield every supported file under the given paths, in a stable (sorted) order."""
    for path in paths:
        try:
            if path.is_dir():
                children = sorted(p for p in path.rglob("*") if p.is_file())
                yield from (c for c in children if _supported(c) and not _is_hidden(c, path))
            elif path.is_file():
                yield path
            else:
                yield Rejection(display_path(path), "no such file or folder")
        except (OSError, ValueError) as err:  # ValueError: a NUL byte in the path
            reason = err.strerror if isinstance(err, OSError) and err.strerror else err
            yield Rejection(display_path(path), f"cannot read: {reason}")


def _supported(path: Path) -> bool:
    return article_suffix(path) in SUPPORTED


def read_path(
    path: Path, settings: Settings = DEFAULT, first: int = 0, count: int | None = None
) -> Iterator[Item]:
    """Read one file into raw documents (several for JSON Lines and WARC), or rejections.
    For a corpus file, ``first`` and ``count`` select a range of its items (a partition)."""
    where = display_path(path)
    try:
        suffix = article_suffix(path)
        if suffix not in SUPPORTED:
            raise InputError(f"unsupported file type {path.suffix!r}")
        if suffix == ".jsonl":
            # A JSON Lines file is a corpus, not an article: streamed, each row bounded.
            yield from _capped(_read_jsonl(path, where, settings, first, count), where, settings)
            return
        if suffix == ".warc":
            yield from _capped(read_warc(path, settings, first, count), where, settings)
            return
        data = _read_bytes(path, settings)
        if suffix == ".json":
            yield from _capped(_read_json(where, data, settings), where, settings)
        else:
            kind: DocKind = "html" if suffix in HTML_SUFFIXES else "text"
            text, extra = _decode(data, where, markup=kind == "html")
            yield RawDocument(source=where, kind=kind, body=text, extra=extra)
    except InputError as err:
        yield Rejection(where, str(err))
    except OSError as err:
        yield Rejection(where, f"cannot read: {err.strerror or err}")
    except (EOFError, zlib.error) as err:
        yield Rejection(where, f"cut off or damaged compressed data ({err})")


def _capped(items: Iterator[Item], where: str, settings: Settings) -> Iterator[Item]:
    """The items of one file, its rejections listed up to ``max_rejections_per_file`` and
    the rest counted in one closing line."""
    rejected = 0
    for item in items:
        if isinstance(item, Rejection):
            rejected += 1
            if rejected > settings.max_rejections_per_file:
                continue
        yield item
    if rejected > settings.max_rejections_per_file:
        more = rejected - settings.max_rejections_per_file
        yield Rejection(f"{where}#more", f"{more} more rows or records rejected (not listed)")


def article_suffix(path: Path) -> str:
    """The article-type suffix: ``a.jsonl.gz`` -> ``.jsonl``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return suffixes[-2] if len(suffixes) > 1 else ""
    return suffixes[-1] if suffixes else ""


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_bytes(path: Path, settings: Settings) -> bytes:
    size = path.stat().st_size
    gzipped = path.suffix.lower() == ".gz"
    bound = settings.max_gunzip_bytes if gzipped else settings.max_file_bytes
    if size > bound:
        raise InputError(f"file is {size} bytes, over the {bound}-byte bound")
    data = path.read_bytes()
    if gzipped:
        data = _gunzip(data, settings.max_gunzip_bytes)
    if not data.strip():
        raise InputError("file is empty")
    return data


def _gunzip(data: bytes, limit: int) -> bytes:
    """Decompress every member (a .gz may be several concatenated) with a hard output
    bound, so a small bomb cannot fill memory."""
    parts: list[bytes] = []
    size = 0
    while data:
        decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            out = decompressor.decompress(data, limit + 1 - size)
        except zlib.error as err:
            raise InputError(f"not a valid gzip file ({err})") from err
        size += len(out)
        if size > limit:
            raise InputError(f"decompresses to over {limit} bytes")
        if not decompressor.eof:
            raise InputError("cut off gzip data (the file ends inside a member)")
        parts.append(out)
        data = decompressor.unused_data.lstrip(b"\x00")  # gzip pads members with NULs
    return b"".join(parts)


def _decode(data: bytes, where: str, markup: bool = False) -> tuple[str, dict[str, Any]]:
    """The text of a file or row in whatever encoding it is in, and the ``extra`` fields
    that record a lossy decoding (how many bytes became U+FFFD)."""
    decoded = decode_bytes(data, markup=markup)
    if not decoded.replaced:
        return decoded.text, {}
    log.warning(
        "%s: %d bytes are not %s and were replaced",
        one_line(where),
        decoded.replaced,
        decoded.encoding,
    )
    return decoded.text, {"replaced_bytes": decoded.replaced, "encoding": decoded.encoding}


def count_items(path: Path, settings: Settings = DEFAULT) -> int:
    """How many items a corpus file holds (1 for an article file); for partitioning."""
    suffix = article_suffix(path)
    if suffix == ".jsonl":
        with _corpus_stream(path, settings) as stream:
            lines = _lines(stream, settings.max_file_bytes)
            return sum(1 for _, line in lines if line is None or line.strip())
    if suffix == ".warc":
        return sum(1 for _ in _warc_pages(path, settings))
    return 1


@contextmanager
def _corpus_stream(path: Path, settings: Settings) -> Iterator[BoundedStream]:
    """A corpus file opened for streaming (decompressed on the fly), under its bounds; a
    damaged stream is an ``InputError``."""
    try:
        with BoundedStream(_open(path), settings.max_corpus_bytes) as stream:
            yield stream
    except STREAM_ERRORS as err:
        raise InputError(f"cut off or damaged ({type(err).__name__}: {err})") from err


def _open(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")


def _lines(stream: BoundedStream, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line; None for a line over ``limit`` bytes, which is
    skipped without being held in memory. Read in chunks: ``readline`` through a gzip
    stream costs several times the decompression on a line of a gigabyte."""
    number = 0
    pending: list[bytes] = []  # the start of the current line
    held = 0
    skipping = False  # the current line is over the limit: its bytes are dropped
    while chunk := stream.read(READ_CHUNK):
        start = 0
        while (end := chunk.find(b"\n", start)) >= 0:
            number += 1
            line = None if skipping else b"".join([*pending, chunk[start : end + 1]])
            yield number, line if line is None or len(line) <= limit + 1 else None
            pending, held, skipping, start = [], 0, False, end + 1
        if not skipping and start < len(chunk):
            pending.append(chunk[start:])
            held += len(chunk) - start
            if held > limit:
                pending, held, skipping = [], 0, True
    if skipping or pending:
        yield number + 1, None if skipping else b"".join(pending)


def _in_range(index: int, first: int, count: int | None) -> bool:
    return index >= first and (count is None or index < first + count)


def _read_jsonl(
    path: Path, where: str, settings: Settings, first: int, count: int | None
) -> Iterator[Item]:
    index = -1
    with _corpus_stream(path, settings) as stream:
        for number, line in _lines(stream, settings.max_file_bytes):
            if line is not None and not line.strip():
                continue
            index += 1
            _check_item_count(index, settings)
            # Rows outside the partition are skipped before they are parsed.
            if not _in_range(index, first, count):
                continue
            if line is None:
                bound = settings.max_file_bytes
                yield Rejection(f"{where}#{number}", f"line is over the {bound}-byte bound")
            else:
                yield _jsonl_row(line, f"{where}#{number}", settings)
    if index < 0:
        raise InputError("file is empty")


def _check_item_count(index: int, settings: Settings) -> None:
    if index >= settings.max_corpus_items:
        raise InputError(f"over {settings.max_corpus_items} items; the rest is not read")


def read_warc(
    path: Path, settings: Settings = DEFAULT, first: int = 0, count: int | None = None
) -> Iterator[Item]:
    """The HTML pages of a web archive (its ``response`` records with an HTML body)."""
    seen_any = False
    where_file = display_path(path)
    pages = _warc_pages(path, settings, read_bodies=True)
    for index, (offset, url, body, problem) in enumerate(pages):
        seen_any = True
        if not _in_range(index, first, count):
            continue
        where = f"{where_file}#{offset}"
        if problem or body is None:
            yield Rejection(where, problem or "no body read")
        else:
            try:
                text, extra = _decode(body, where, markup=True)
                yield RawDocument(
                    source=where,
                    kind="html",
                    body=text,
                    id=None if url else content_id(None, text),
                    url=url or None,
                    extra=extra,
                )
            except InputError as err:
                yield Rejection(where, str(err))
    if not seen_any:
        raise InputError("no HTML responses in the WARC file")


# (offset, URL, body, why the body cannot be used)
WarcPage = tuple[int, str, bytes | None, str | None]


def _warc_pages(path: Path, settings: Settings, read_bodies: bool = False) -> Iterator[WarcPage]:
    """(offset, URL, body, problem) of each HTML response. The body is read only when
    asked; the problem says why it cannot be used (over ``max_file_bytes``, cut off before
    its declared length, a damaged Content-Encoding)."""
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    with _corpus_stream(path, settings) as stream:
        records = _quiet_archive_iterator(stream)
        _bound_header_lines(records.reader, MAX_WARC_HEADER_LINE)
        try:
            for number, record in enumerate(records):
                _check_item_count(number, settings)
                if not _is_html_response(record):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                body, problem = _warc_body(record, settings) if read_bodies else (None, None)
                yield records.get_record_offset(), url, body, problem
        except (ArchiveLoadFailed, StatusAndHeadersParserException, ValueError) as err:
            if isinstance(err, InputError):
                raise
            raise InputError(f"not a readable WARC file ({err})") from err


def _quiet_archive_iterator(stream: BoundedStream) -> Any:
    from warcio.archiveiterator import ArchiveIterator

    class QuietArchiveIterator(ArchiveIterator):  # type: ignore[misc]
        # warcio writes the stray rest of a bad record to standard error with this
        # template; the rejection says it in one bounded line instead.
        INC_RECORD = ""

    return QuietArchiveIterator(stream)


def _bound_header_lines(reader: Any, limit: int) -> None:
    """Make warcio's reader refuse a line over ``limit`` bytes. Record and HTTP headers
    (and chunk sizes) are read with ``readline``; bodies with ``read``, which stays free."""
    unbounded = reader.readline

    def readline(length: int | None = None) -> bytes:
        want = limit if length is None or length < 0 else min(length, limit)
        parts: list[bytes] = []
        size = 0
        # warcio's own readline may stop short of the length asked at a buffer boundary.
        while size < want and (piece := bytes(unbounded(want - size))):
            parts.append(piece)
            size += len(piece)
            if piece.endswith(b"\n"):
                break
        line = b"".join(parts)
        if size >= limit and not line.endswith(b"\n"):
            raise InputError(f"a header line over {limit} bytes")
        return line

    reader.readline = readline


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return "html" in content_type.lower()


def _warc_body(record: Any, settings: Settings) -> tuple[bytes | None, str | None]:
    """A response's body (decoded from its Content-Encoding), or why there is none."""
    limit = settings.max_file_bytes
    try:
        body = _bounded_read(record.content_stream(), limit)
    except InputError:
        raise  # the file's own bounds: the rest of it is not read
    except (zlib.error, OSError, ValueError) as err:
        # One record's damaged gzip or deflate body; the records after it are still read.
        return None, f"body cannot be decoded ({type(err).__name__}: {err})"
    if _is_cut_off(record):
        # Stored, it would be an article that stops mid-sentence with no sign of it.
        return None, "record is cut off (shorter than its Content-Length)"
    if body is None:
        return None, f"page is over the {limit}-byte bound"
    return body, None


def _bounded_read(stream: Any, limit: int) -> bytes | None:
    """The body, or None when it is over ``limit`` bytes (refused, never truncated)."""
    data = bytes(stream.read(limit + 1))
    return None if len(data) > limit else data


def _is_cut_off(record: Any) -> bool:
    """Whether the record's data ended before its Content-Length (a truncated file)."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return int(getattr(raw, "limit", 0)) > 0


def _jsonl_row(raw_line: bytes, where: str, settings: Settings) -> Item:
    if len(raw_line) > settings.max_file_bytes:
        return Rejection(where, f"line is over the {settings.max_file_bytes}-byte bound")
    try:
        text, extra = _decode(raw_line, where)
        obj = parse_json(text, settings.max_json_depth)
    except InputError as err:
        return Rejection(where, str(err))
    except ValueError as err:  # json.JSONDecodeError
        return Rejection(where, f"invalid JSON: {_json_problem(err)}")
    return _from_object(obj, where, settings, extra)


def _read_json(where: str, data: bytes, settings: Settings) -> Iterator[Item]:
    text, extra = _decode(data, where)
    try:
        obj = parse_json(text, settings.max_json_depth)
    except InputError:
        raise
    except ValueError as err:
        raise InputError(f"invalid JSON: {_json_problem(err)}") from err
    if isinstance(obj, list):
        if not obj:
            raise InputError("an empty JSON list (no articles)")
        for index, item in enumerate(obj):
            _check_item_count(index, settings)
            yield _from_object(item, f"{where}#{index + 1}", settings, extra)
    else:
        yield _from_object(obj, where, settings, extra, row=False)


# A scheme other than the web's ("javascript:", "file:", "data:"): no page of the article.
# (no dot in it and no figure after the colon: "www.reuters.com:443/world" is a host and
# its port, the review's)
OTHER_SCHEME = re.compile(r"^\s*(?!https?:)[a-z][a-z0-9+-]*:(?!\d+(?:[/?#]|$))", re.IGNORECASE)


def _web_address(url: str | None, where: str) -> str | None:
    """The article's URL, unless it names another scheme than http(s): the API refuses
    those, and a file's row keeps its text without one ("www.reuters.com/world", with no
    scheme, still names its site)."""
    if url is not None and OTHER_SCHEME.match(url):
        log.warning("%s: its url is no http(s) address; it is left out", where)
        return None
    return url


def _from_object(
    obj: Any, where: str, settings: Settings, decoding: dict[str, Any], row: bool = True
) -> Item:
    """An article from a parsed JSON object. A ``row`` (one of a list or a JSON Lines file)
    without an id or a URL is named by its content; a whole file by its path."""
    if not isinstance(obj, dict):
        return Rejection(where, "a JSON article must be an object")
    body = obj.get("html") if obj.get("text") in (None, "") else obj.get("text")
    if not isinstance(body, str) or not body.strip():
        return Rejection(where, "no 'text' or 'html' field with content")
    if len(body.encode("utf-8", "replace")) > settings.max_file_bytes:
        return Rejection(where, f"article is over the {settings.max_file_bytes}-byte bound")
    kind: DocKind = "text" if obj.get("text") not in (None, "") else "html"
    url, title = _web_address(_optional_str(obj.get("url")), where), _optional_str(obj.get("title"))
    given = _optional_str(obj.get("id"))
    return RawDocument(
        source=where,
        kind=kind,
        body=body,
        # Without an id or a URL the content names the row, never its place in the file.
        id=given or (content_id(title, body) if row and not url else None),
        url=url,
        title=title,
        outlet=_optional_str(obj.get("outlet")),
        author=_optional_str(obj.get("author")),
        published=_optional_str(obj.get("published")),
        section=_optional_str(obj.get("section")),
        extra={**{k: v for k, v in obj.items() if k not in KNOWN_FIELDS}, **decoding},
    )


def _optional_str(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _json_problem(err: ValueError) -> str:
    # The standard library's message may end in a dangling "at" before the position.
    msg = getattr(err, "msg", str(err)).removesuffix(" at")
    line, column = getattr(err, "lineno", None), getattr(err, "colno", None)
    return f"{msg} (line {line}, column {column})" if line is not None else msg


__all__ = ["InputError", "Item", "discover", "read_path"]
