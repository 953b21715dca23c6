"""Read article files and folders into raw documents.

Supported: ``.txt``, ``.md``, ``.html``/``.htm``, ``.json`` (one article or a list),
``.jsonl`` (one article a line), ``.warc`` (web archives: each HTML response is a page) and
``.gz`` of any of these. A bad file or line becomes a
``Rejection`` naming it and the reason; it never stops the batch.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from storyline.model import DocKind, RawDocument, Rejection
from storyline.settings import DEFAULT, Settings

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl"}
# Files that hold a corpus, read as a stream of items (one a line or record).
CORPUS_SUFFIXES = {".jsonl", ".warc"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | CORPUS_SUFFIXES
# Fields of a JSON article that map onto RawDocument; anything else is kept in ``extra``.
KNOWN_FIELDS = {"id", "url", "title", "text", "html", "published", "outlet", "author"}

Item = RawDocument | Rejection


class InputError(ValueError):
    """An input that cannot be read as an article; the message is shown to the user."""


def discover(paths: list[Path]) -> Iterator[Path | Rejection]:
    """Yield every supported file under the given paths, in a stable (sorted) order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if article_suffix(child) in SUPPORTED and not _is_hidden(child, path):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield Rejection(str(path), "no such file or folder")


def read_path(
    path: Path, settings: Settings = DEFAULT, first: int = 0, count: int | None = None
) -> Iterator[Item]:
    """Read one file into raw documents (several for JSON Lines and WARC), or rejections.
    For a corpus file, ``first`` and ``count`` select a range of its items (a partition)."""
    try:
        suffix = article_suffix(path)
        if suffix not in SUPPORTED:
            raise InputError(f"unsupported file type {path.suffix!r}")
        if suffix == ".jsonl":
            # A JSON Lines file is a corpus, not an article: streamed, each row bounded.
            yield from _read_jsonl(path, settings, first, count)
            return
        if suffix == ".warc":
            yield from read_warc(path, settings, first, count)
            return
        data = _read_bytes(path, settings)
        if suffix == ".json":
            yield from _read_json(path, data, settings)
        else:
            text = _decode(data)
            kind: DocKind = "html" if suffix in HTML_SUFFIXES else "text"
            yield RawDocument(source=str(path), kind=kind, body=text)
    except InputError as err:
        yield Rejection(str(path), str(err))
    except OSError as err:
        yield Rejection(str(path), f"cannot read: {err.strerror or err}")


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
    if size > settings.max_file_bytes and path.suffix.lower() != ".gz":
        raise InputError(f"file is {size} bytes, over the {settings.max_file_bytes}-byte bound")
    data = path.read_bytes()
    if path.suffix.lower() == ".gz":
        data = _gunzip(data, settings.max_gunzip_bytes)
    if not data.strip():
        raise InputError("file is empty")
    return data


def _gunzip(data: bytes, limit: int) -> bytes:
    """Decompress with a hard output bound, so a small bomb cannot fill memory."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, limit + 1)
    except zlib.error as err:
        raise InputError(f"not a valid gzip file ({err})") from err
    if len(out) > limit:
        raise InputError(f"decompresses to over {limit} bytes")
    return out


def _decode(data: bytes) -> str:
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary file (contains NUL bytes), not text")
    for encoding in ("utf-8-sig", "utf-16"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError("not valid UTF-8 text")


def count_items(path: Path) -> int:
    """How many items a corpus file holds (1 for an article file); for partitioning."""
    suffix = article_suffix(path)
    if suffix == ".jsonl":
        with _open(path) as stream:
            return sum(1 for line in stream if line.strip())
    if suffix == ".warc":
        return sum(1 for _ in _warc_pages(path))
    return 1


def _open(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")


def _in_range(index: int, first: int, count: int | None) -> bool:
    return index >= first and (count is None or index < first + count)


def _read_jsonl(path: Path, settings: Settings, first: int, count: int | None) -> Iterator[Item]:
    seen_any = False
    index = -1
    try:
        with _open(path) as stream:
            for number, raw_line in enumerate(stream, start=1):
                if not raw_line.strip():
                    continue
                seen_any = True
                index += 1
                # Rows outside the partition are skipped before they are parsed.
                if _in_range(index, first, count):
                    yield _jsonl_row(raw_line, f"{path}#{number}", settings)
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(f"cannot read as JSON Lines ({err})") from err
    if not seen_any:
        raise InputError("file is empty")


def read_warc(
    path: Path, settings: Settings = DEFAULT, first: int = 0, count: int | None = None
) -> Iterator[Item]:
    """The HTML pages of a web archive (its ``response`` records with an HTML body)."""
    seen_any = False
    pages = _warc_pages(path, read_limit=settings.max_file_bytes)
    for index, (offset, url, body) in enumerate(pages):
        seen_any = True
        if not _in_range(index, first, count):
            continue
        where = f"{path}#{offset}"
        if body is None or len(body) > settings.max_file_bytes:
            yield Rejection(where, f"page is over the {settings.max_file_bytes}-byte bound")
            continue
        try:
            yield RawDocument(source=where, kind="html", body=_decode_page(body), url=url)
        except InputError as err:
            yield Rejection(where, str(err))
    if not seen_any:
        raise InputError("no HTML responses in the WARC file")


def _warc_pages(path: Path, read_limit: int = 0) -> Iterator[tuple[int, str, bytes | None]]:
    """(offset, URL, body) of each HTML response; the body is read (up to ``read_limit``
    bytes, None when longer) only when a limit is given."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if record.rec_type != "response":
                    continue
                if record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                body = _bounded_read(record.content_stream(), read_limit) if read_limit else None
                yield records.get_record_offset(), url, body
    except ArchiveLoadFailed as err:
        raise InputError(f"not a readable WARC file ({err})") from err


def _bounded_read(stream: Any, limit: int) -> bytes | None:
    """The body, or None when it is over ``limit`` bytes (refused, never truncated)."""
    data = bytes(stream.read(limit + 1))
    return None if len(data) > limit else data


def _decode_page(data: bytes) -> str:
    try:
        return _decode(data)
    except InputError:
        # Web pages are often in a legacy encoding; the extractor copes with stray bytes.
        return data.decode("latin-1")


def _jsonl_row(raw_line: bytes, where: str, settings: Settings) -> Item:
    if len(raw_line) > settings.max_file_bytes:
        return Rejection(where, f"line is over the {settings.max_file_bytes}-byte bound")
    try:
        obj = json.loads(_decode(raw_line))
    except InputError as err:
        return Rejection(where, str(err))
    except json.JSONDecodeError as err:
        return Rejection(where, f"invalid JSON: {_json_problem(err)} (column {err.colno})")
    return _from_object(obj, where, settings)


def _read_json(path: Path, data: bytes, settings: Settings) -> Iterator[Item]:
    try:
        obj = json.loads(_decode(data))
    except json.JSONDecodeError as err:
        where = f"line {err.lineno}, column {err.colno}"
        raise InputError(f"invalid JSON: {_json_problem(err)} ({where})") from err
    if isinstance(obj, list):
        for index, item in enumerate(obj):
            yield _from_object(item, f"{path}#{index + 1}", settings)
    else:
        yield _from_object(obj, str(path), settings)


def _from_object(obj: Any, where: str, settings: Settings) -> Item:
    if not isinstance(obj, dict):
        return Rejection(where, "a JSON article must be an object")
    body = obj.get("html") if obj.get("text") in (None, "") else obj.get("text")
    if not isinstance(body, str) or not body.strip():
        return Rejection(where, "no 'text' or 'html' field with content")
    if len(body.encode("utf-8", "replace")) > settings.max_file_bytes:
        return Rejection(where, f"article is over the {settings.max_file_bytes}-byte bound")
    kind: DocKind = "text" if obj.get("text") not in (None, "") else "html"
    return RawDocument(
        source=where,
        kind=kind,
        body=body,
        id=_optional_str(obj.get("id")),
        url=_optional_str(obj.get("url")),
        title=_optional_str(obj.get("title")),
        outlet=_optional_str(obj.get("outlet")),
        author=_optional_str(obj.get("author")),
        published=_optional_str(obj.get("published")),
        extra={k: v for k, v in obj.items() if k not in KNOWN_FIELDS},
    )


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


__all__ = ["InputError", "Item", "discover", "read_path"]


def _json_problem(err: json.JSONDecodeError) -> str:
    # The standard library's message may end in a dangling "at" before the position.
    return err.msg.removesuffix(" at")
