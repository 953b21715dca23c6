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
BoolArray = NDArray[np.bool_]

# Where a source went for a claim.
NOWHERE, SUPPORTS, CONTRADICTS, DISCUSSES = 0, 1, 2, 3
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
class Filings:
    """(claim, source) pairs as arrays, one row a pair, by the article codes of the
    comparison's ``Sentences``: the claim's article and its sentence's start, the article
    holding the source's closest sentence, whether the two report one event, the claim's
    words that sentence holds, and where the source went for the claim (``outcome``; -1
    while not known). A storyline's build files some 100,000 pairs."""

    claim_article: IntArray
    claim_start: IntArray
    other: IntArray
    same_event: BoolArray
    shared: IntArray
    outcome: IntArray | None = None


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
        # Per article compared now, its code in the last build's comparisons (-1: compared
        # afresh), and this build's filings with their contradictions' evidence by row.
        self._kept = np.zeros(0, dtype=np.int64)
        self._filings: tuple[Filings, dict[int, str]] | None = None
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
        self._kept = kept
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

    def reused_filings(self, pairs: Filings) -> tuple[IntArray, dict[int, str]]:
        """Per pair (by the article codes of the last ``cells``' sentences), where the last
        build filed the source for the claim when the two reports are unchanged and it was
        filed by the same event test and closeness, else -1; and the evidence of those
        reused as contradictions, by row."""
        outcome = np.full(len(pairs.other), -1, dtype=np.int64)
        before, kept = self._before, self._kept
        if before is None or not (kept >= 0).any():
            return outcome, {}
        arrays = before.arrays
        now = np.full(len(before.articles), -1, dtype=np.int64)
        now[kept[kept >= 0]] = np.flatnonzero(kept >= 0)
        rows = np.flatnonzero((now[arrays["f_claim"]] >= 0) & (now[arrays["f_other"]] >= 0))
        held = len(rows)
        ids = _row_ids(
            np.concatenate([now[arrays["f_claim"][rows]], pairs.claim_article]),
            np.concatenate([arrays["f_start"][rows], pairs.claim_start]),
            np.concatenate([now[arrays["f_other"][rows]], pairs.other]),
        )
        row_of = np.full(len(ids), -1, dtype=np.int64)
        row_of[ids[:held]] = rows
        row = row_of[ids[held:]]
        found = np.flatnonzero(row >= 0)
        row = row[found]
        # (filed then by the same event test and closeness)
        alike = (arrays["f_same"][row] == pairs.same_event[found]) & (
            arrays["f_shared"][row] == pairs.shared[found]
        )
        found, row = found[alike], row[alike]
        outcome[found] = arrays["f_outcome"][row]
        contradicted = outcome[found] == CONTRADICTS
        evidence = {
            n: before.evidence.get(r, "")
            for n, r in zip(found[contradicted].tolist(), row[contradicted].tolist(), strict=True)
        }
        return outcome, evidence

    def keep_filings(self, filings: Filings, evidence: dict[int, str]) -> None:
        """This build's filings (``outcome`` known for each), kept for the next build."""
        self._filings = filings, evidence

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
        filings, evidence = self._filings or (_no_filings(), {})
        outcome = filings.outcome if filings.outcome is not None else filings.other[:0]
        arrays["f_claim"] = _compact(filings.claim_article)
        arrays["f_start"] = _compact(filings.claim_start)
        arrays["f_other"] = _compact(filings.other)
        arrays["f_same"] = filings.same_event.astype(np.uint8)
        arrays["f_shared"] = _compact(filings.shared)
        arrays["f_outcome"] = outcome.astype(np.uint8)
        # Evidence only for contradictions (a fixed-width text array for every filing
        # would take the longest sentence's room a hundred thousand times).
        rows = np.flatnonzero(outcome == CONTRADICTS)
        arrays["e_row"] = _compact(rows)
        arrays["e_text"] = np.asarray([evidence.get(n, "") for n in rows.tolist()], dtype=str)
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


def _no_filings() -> Filings:
    none = np.zeros(0, dtype=np.int64)
    return Filings(none, none, none, np.zeros(0, dtype=np.bool_), none, none)


def _row_ids(*columns: IntArray) -> IntArray:
    """Each row of ``columns`` (whole numbers of at least 0, of one length) numbered from
    0, equal rows alike: the columns packed into one integer when they fit in 62 bits (a
    sentence's start in a text of a few megabytes does; one sort of integers is several
    times faster than of rows), else the rows compared as they are."""
    packed = np.zeros(len(columns[0]), dtype=np.int64)
    bits = 0
    for column in columns:
        width = int(column.max()).bit_length() if len(column) else 1
        bits += width
        if bits > 62:
            _, ids = np.unique(np.stack(columns, axis=1), axis=0, return_inverse=True)
            break
        packed = (packed << width) | column.astype(np.int64)
    else:
        _, ids = np.unique(packed, return_inverse=True)
    numbered: IntArray = ids.reshape(-1).astype(np.int64)
    return numbered


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
    keys = _row_ids(*(arrays[name] for name in ("f_claim", "f_start", "f_other")))
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
        or (len(keys) and keys.max() + 1 != len(outcomes))
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
