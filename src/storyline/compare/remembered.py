"""What comparing a storyline's reports found, kept from one build to the next, so that a
build that brings a few new reports compares only what they bring.

Two things are kept per storyline, both functions of two reports alone:

* the cells of ``compare/overlaps.py``: per claim and other article, that article's closest
  sentence to the claim and its first near one;
* the filings of ``compare/support.py``: where a source went for a claim (supports,
  contradicts with its evidence, discusses, or nowhere), given whether the two reports
  belong to one event and how many words the source's closest sentence shares.

A report's part stands while its stored record is unchanged (``Store.record_stamps``: what
every stage wrote of it, its text, reading, copy status and dates included) and the
comparison itself is unchanged (the ``salt``: the code and model of the comparison, the
briefing stage's version and the settings). So the briefing of a storyline built batch
after batch is the one a full recompose gives (``tests/test_incremental.py``), while a new
report costs its own claims compared with every sentence, and its sentences compared with
every older claim, not every claim with every sentence again.

The kept form is a NumPy archive of plain arrays (read with ``allow_pickle=False``: a
store file shared with someone runs no code of theirs).
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from storyline.compare.overlaps import Cells, Sentences

log = logging.getLogger(__name__)

IntArray = NDArray[np.int64]

# Where a source went for a claim.
NOWHERE, SUPPORTS, CONTRADICTS, DISCUSSES = 0, 1, 2, 3
# (claim article, claim sentence's start, source article)
FilingKey = tuple[str, int, str]
# A cell's sentences, kept as numbers within their article (``_CELL_ARTICLE``'s).
_CELL_SENTENCES = ("claim", "best", "first")
_CELL_ARTICLE = {"claim": "claim_article", "best": "other", "first": "other"}
_CELL_ARRAYS = ("claim_article", "other", "shared", *_CELL_SENTENCES)
_FILING_ARRAYS = ("f_claim", "f_start", "f_other", "f_same", "f_shared", "f_outcome")


@dataclass(frozen=True, slots=True)
class Filed:
    """Where a source went for a claim, and what it was filed by."""

    same_event: bool
    shared: int
    outcome: int  # NOWHERE, SUPPORTS, CONTRADICTS or DISCUSSES
    evidence: str = ""  # a contradiction's sentence


@dataclass(frozen=True, slots=True)
class _Archive:
    """The last build's comparisons, read and checked: the articles (with their record
    stamps) and, by article code, the cells and the filings (``_CELL_ARRAYS``,
    ``_FILING_ARRAYS``, as whole numbers), and the contradictions' evidence by filing."""

    articles: list[str]
    stamps: list[str]
    arrays: dict[str, IntArray]
    evidence: dict[int, str]


class Remembered:
    """A storyline's comparisons as the last build left them (``stored``, unless it was
    made with another ``salt``), and as this build leaves them (``encoded``). ``stamps``
    are the current record stamps of the reports compared."""

    def __init__(self, salt: str, stamps: Mapping[str, str], stored: bytes | None) -> None:
        self.salt = salt
        self.stamps = dict(stamps)
        self._before = _decoded(stored, salt)
        self._sentences: Sentences | None = None
        self._cells: Cells | None = None
        self._filed: dict[FilingKey, Filed] = {}
        # The last build's filings between unchanged reports: key -> row of its arrays,
        # and the filing's event test, closeness and outcome.
        self._filed_before: dict[FilingKey, tuple[int, int, int, int]] = {}
        self.reused_claims = 0
        self.compared_claims = 0

    def cells(self, sentences: Sentences, claims: Sequence[int], floor: float) -> Cells:
        """The cells of ``claims``: those of two unchanged reports as the last build found
        them, the others compared now."""
        kept = self._kept_codes(sentences)
        claim_rows = np.asarray(claims, dtype=np.int64)
        reused = self._reused_cells(sentences, kept, claim_rows)
        if reused is None:  # (not expected: an unchanged record has the same sentences)
            log.warning("kept comparisons do not fit today's sentences; compared again")
            kept[:] = -1
            reused = Cells.joined([])
        self._index_filings(sentences, kept)
        fresh = kept < 0
        new_claims = claim_rows[fresh[sentences.article[claim_rows]]]
        old_claims = claim_rows[~fresh[sentences.article[claim_rows]]]
        new_columns = np.flatnonzero(fresh[sentences.article]).astype(np.int64)
        parts = [reused, sentences.cells(new_claims.tolist(), floor)]
        if len(new_columns) and len(old_claims):
            parts.append(sentences.cells(old_claims.tolist(), floor, new_columns))
        self.reused_claims += len(old_claims)
        self.compared_claims += len(new_claims)
        self._sentences = sentences
        self._cells = Cells.joined(parts)
        return self._cells

    def reused_filing(self, key: FilingKey, same_event: bool, shared: int) -> Filed | None:
        """Where the last build filed this source for this claim, if the two reports are
        unchanged and it was filed by the same event and closeness (kept for the next)."""
        held = self._filed_before.get(key)
        if held is None or self._before is None:
            return None
        row, same_before, shared_before, outcome = held
        if bool(same_before) != same_event or shared_before != shared:
            return None
        found = Filed(same_event, shared, outcome, self._before.evidence.get(row, ""))
        self._filed[key] = found
        return found

    def keep_filing(self, key: FilingKey, filed: Filed) -> None:
        self._filed[key] = filed

    def encoded(self) -> bytes | None:
        """This build's comparisons, for the next build (None when nothing was compared:
        the stored ones then stand)."""
        sentences, cells = self._sentences, self._cells
        if sentences is None or cells is None:
            return None
        ids = sentences.article_ids
        owner = sentences.article[cells.claim]
        arrays: dict[str, NDArray[Any]] = {
            "salt": np.asarray([self.salt]),
            "articles": np.asarray(ids, dtype=str),
            "stamps": np.asarray([self.stamps.get(a, "") for a in ids], dtype=str),
            "claim_article": _compact(owner),
            "other": _compact(cells.article),
            "shared": _compact(cells.shared),
        }
        for name in _CELL_SENTENCES:
            article = owner if name == "claim" else cells.article
            arrays[name] = _compact(getattr(cells, name) - sentences.offsets[article])
        code = {a: n for n, a in enumerate(ids)}
        filed = [(k, f) for k, f in self._filed.items() if k[0] in code and k[2] in code]
        arrays["f_claim"] = _compact(np.asarray([code[k[0]] for k, _ in filed], dtype=np.int64))
        arrays["f_start"] = _compact(np.asarray([k[1] for k, _ in filed], dtype=np.int64))
        arrays["f_other"] = _compact(np.asarray([code[k[2]] for k, _ in filed], dtype=np.int64))
        arrays["f_same"] = np.asarray([f.same_event for _, f in filed], dtype=np.uint8)
        arrays["f_shared"] = _compact(np.asarray([f.shared for _, f in filed], dtype=np.int64))
        arrays["f_outcome"] = np.asarray([f.outcome for _, f in filed], dtype=np.uint8)
        # Evidence only for contradictions (a fixed-width text array for every filing
        # would take the longest sentence's room a hundred thousand times).
        rows = [n for n, (_, f) in enumerate(filed) if f.outcome == CONTRADICTS]
        arrays["e_row"] = _compact(np.asarray(rows, dtype=np.int64))
        arrays["e_text"] = np.asarray([filed[n][1].evidence for n in rows], dtype=str)
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)  # type: ignore[arg-type]
        return buffer.getvalue()

    def _kept_codes(self, sentences: Sentences) -> IntArray:
        """Per article compared now, its code in the last build's comparisons when its
        record is unchanged since, else -1 (compared afresh)."""
        kept = np.full(len(sentences.article_ids), -1, dtype=np.int64)
        before = self._before
        if before is None:
            return kept
        old = {a: n for n, a in enumerate(before.articles)}
        for code, article in enumerate(sentences.article_ids):
            n = old.get(article)
            if n is not None and before.stamps[n] and before.stamps[n] == self.stamps.get(article):
                kept[code] = n
        return kept

    def _index_filings(self, sentences: Sentences, kept: IntArray) -> None:
        """The last build's filings between unchanged reports, by key (a filing is read
        only when asked for: a storyline of 150 reports keeps some 100,000)."""
        before = self._before
        if before is None or not (kept >= 0).any():
            return
        ids = np.asarray(before.articles, dtype=object)
        unchanged = np.zeros(len(before.articles), dtype=bool)
        unchanged[kept[kept >= 0]] = True
        arrays = before.arrays
        rows = np.flatnonzero(unchanged[arrays["f_claim"]] & unchanged[arrays["f_other"]])
        keys = zip(
            ids[arrays["f_claim"][rows]].tolist(),
            arrays["f_start"][rows].tolist(),
            ids[arrays["f_other"][rows]].tolist(),
            strict=True,
        )
        # (as Python numbers: a build asks for some 100,000, one at a time)
        held = zip(
            rows.tolist(),
            arrays["f_same"][rows].tolist(),
            arrays["f_shared"][rows].tolist(),
            arrays["f_outcome"][rows].tolist(),
            strict=True,
        )
        self._filed_before = dict(zip(keys, held, strict=True))

    def _reused_cells(self, sentences: Sentences, kept: IntArray, claims: IntArray) -> Cells | None:
        """The last build's cells between two unchanged reports, in today's positions
        (None if one names a sentence an article does not have, or one that is no claim)."""
        before = self._before
        if before is None or not (kept >= 0).any():
            return Cells.joined([])
        arrays = before.arrays
        now = np.full(len(before.articles), -1, dtype=np.int64)
        now[kept[kept >= 0]] = np.flatnonzero(kept >= 0)
        article = {name: now[arrays[name]] for name in ("claim_article", "other")}
        usable = (article["claim_article"] >= 0) & (article["other"] >= 0)
        counts = np.diff(np.append(sentences.offsets, len(sentences.article)))
        positions: dict[str, IntArray] = {}
        for name in _CELL_SENTENCES:
            owner = article[_CELL_ARTICLE[name]][usable]
            number = arrays[name][usable]
            if (number >= counts[owner]).any():
                return None
            positions[name] = sentences.offsets[owner] + number
        cells = Cells(
            positions["claim"],
            article["other"][usable],
            positions["best"],
            arrays["shared"][usable],
            positions["first"],
        )
        claimed = np.zeros(len(sentences.article), dtype=bool)
        claimed[claims] = True
        return cells if claimed[cells.claim].all() else None


def _compact(values: IntArray) -> NDArray[np.unsignedinteger[Any]]:
    """Whole numbers of at least 0 in the fewest bytes that hold them: a storyline of 150
    reports keeps some 300,000 cells, each of six such numbers (mostly below 256)."""
    largest = int(values.max()) if len(values) else 0
    return values.astype(np.min_scalar_type(largest))


def _decoded(stored: bytes | None, salt: str) -> _Archive | None:
    """The stored comparisons, if they were made as this build compares and hold
    together; anything else (another salt, a cut-short or damaged archive, one holding
    objects) is compared afresh, with a warning when it is damaged."""
    if not stored:
        return None
    try:
        _stored_plainly(stored)
        with np.load(io.BytesIO(stored), allow_pickle=False) as archive:
            if _texts(archive["salt"], stored) != [salt]:
                return None
            return _checked(archive, stored)
    except Exception as error:  # a damaged archive must not stop the build
        log.warning("stored comparisons unreadable (%s); compared again", error)
        return None


def _stored_plainly(stored: bytes) -> None:
    """The archive's members are stored as they are (``np.savez`` compresses nothing) and
    none is bigger than the archive: reading one cannot take more memory than the archive
    holds (a compressed member could unpack to gigabytes)."""
    with zipfile.ZipFile(io.BytesIO(stored)) as members:
        for member in members.infolist():
            if member.compress_type != zipfile.ZIP_STORED or member.file_size > len(stored):
                raise ValueError(f"{member.filename} is not stored plainly")


def _checked(archive: Any, stored: bytes) -> _Archive:
    """The archive's arrays, checked to hold together as ``Remembered.encoded`` writes
    them (ValueError if not): a store file may come from elsewhere."""
    articles = _texts(archive["articles"], stored)
    stamps = _texts(archive["stamps"], stored)
    arrays = {name: _whole_numbers(archive[name]) for name in (*_CELL_ARRAYS, *_FILING_ARRAYS)}
    rows = _whole_numbers(archive["e_row"])
    texts = _texts(archive["e_text"], stored)
    cells = {len(arrays[name]) for name in _CELL_ARRAYS}
    filings = {len(arrays[name]) for name in _FILING_ARRAYS}
    codes = [arrays[name] for name in ("claim_article", "other", "f_claim", "f_other")]
    keys = zip(*(arrays[name].tolist() for name in ("f_claim", "f_start", "f_other")), strict=True)
    outcomes = arrays["f_outcome"]
    if (
        len(stamps) != len(articles)
        or len(set(articles)) != len(articles)
        or len(cells) > 1
        or len(filings) > 1
        or len(rows) != len(texts)
        or any(len(c) and c.max() >= len(articles) for c in codes)
        or (len(outcomes) and outcomes.max() > DISCUSSES)
        or rows.tolist() != np.flatnonzero(outcomes == CONTRADICTS).tolist()
        or len(set(keys)) != len(outcomes)
    ):
        raise ValueError("its arrays do not hold together")
    return _Archive(articles, stamps, arrays, dict(zip(rows.tolist(), texts, strict=True)))


def _whole_numbers(values: NDArray[Any]) -> IntArray:
    """A list of whole numbers as ``_compact`` writes them (at most four bytes each, so
    none turns negative as a signed number)."""
    if values.ndim != 1 or values.dtype.kind != "u" or values.dtype.itemsize > 4:
        raise ValueError("not a list of whole numbers of at least 0")
    return values.astype(np.int64)


def _texts(values: NDArray[Any], stored: bytes) -> list[str]:
    """A list of texts, no longer than the archive could hold (a text type of no width
    takes no room however many it claims)."""
    if values.ndim != 1 or values.dtype.kind != "U" or values.size > len(stored):
        raise ValueError("not a list of texts")
    return [str(v) for v in values.tolist()]


_REMEMBERED: ContextVar[Remembered | None] = ContextVar("remembered", default=None)


@contextmanager
def remembering(remembered: Remembered) -> Iterator[Remembered]:
    """Within the block, ``support.claims`` takes what ``remembered`` kept and adds what it
    compares (as ``support.known_stances`` does for stances)."""
    token = _REMEMBERED.set(remembered)
    try:
        yield remembered
    finally:
        _REMEMBERED.reset(token)


def current() -> Remembered | None:
    return _REMEMBERED.get()
