"""Read article files and folders into raw documents.

Supported: ``.txt``, ``.md``, ``.html``/``.htm``, ``.json`` (one article or a list),
``.jsonl`` (one article a line) and ``.gz`` of any of these. A bad file or line becomes a
``Rejection`` naming it and the reason; it never stops the batch.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.model import DocKind, RawDocument, Rejection
from storyline.settings import DEFAULT, Settings

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
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
                if _suffix(child) in SUPPORTED and not _is_hidden(child, path):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield Rejection(str(path), "no such file or folder")


def read_path(path: Path, settings: Settings = DEFAULT) -> Iterator[Item]:
    """Read one file into raw documents (several for JSON Lines), or rejections."""
    try:
        suffix = _suffix(path)
        if suffix not in SUPPORTED:
            raise InputError(f"unsupported file type {path.suffix!r}")
        if suffix == ".jsonl":
            # A JSON Lines file is a corpus, not an article: streamed, each row bounded.
            yield from _read_jsonl(path, settings)
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


def _suffix(path: Path) -> str:
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


def _read_jsonl(path: Path, settings: Settings) -> Iterator[Item]:
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    seen_any = False
    try:
        with opener(path, "rb") as stream:
            for number, raw_line in enumerate(stream, start=1):
                if not raw_line.strip():
                    continue
                seen_any = True
                yield _jsonl_row(raw_line, f"{path}#{number}", settings)
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(f"cannot read as JSON Lines ({err})") from err
    if not seen_any:
        raise InputError("file is empty")


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
