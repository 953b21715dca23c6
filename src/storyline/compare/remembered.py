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
_CELL_FIELDS = ("claim", "best", "first")


@dataclass(frozen=True, slots=True)
class Filed:
    """Where a source went for a claim, and what it was filed by."""

    same_event: bool
    shared: int
    outcome: int  # NOWHERE, SUPPORTS, CONTRADICTS or DISCUSSES
    evidence: str = ""  # a contradiction's sentence


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
        # The last build's filings between unchanged reports: key -> row of its arrays.
        self._filed_before: dict[FilingKey, int] = {}
        self._kept_articles: set[str] = set()
        self.reused_claims = 0
        self.compared_claims = 0

    def cells(self, sentences: Sentences, claims: Sequence[int], floor: float) -> Cells:
        """The cells of ``claims``: those of two unchanged reports as the last build found
        them, the others compared now."""
        kept = self._kept_codes(sentences)
        claim_rows = np.asarray(claims, dtype=np.int64)
        reused = self._reused_cells(sentences, kept, claim_rows)
        if reused is None:  # (not expected: an unchanged record has the same claims)
            log.warning("kept comparisons name sentences that are no claims now; compared again")
            kept[:] = -1
            reused = Cells.joined([])
            self._filed_before.clear()
        fresh = kept < 0
        new_claims = claim_rows[fresh[sentences.article[claim_rows]]]
        old_claims = claim_rows[~fresh[sentences.article[claim_rows]]]
        new_columns = np.flatnonzero(fresh[sentences.article]).astype(np.int64)
        parts = [reused]
        parts.append(sentences.cells(new_claims.tolist(), floor))
        if len(new_columns) and len(old_claims):
            parts.append(sentences.cells(old_claims.tolist(), floor, new_columns))
        self.reused_claims += len(old_claims)
        self.compared_claims += len(new_claims)
        self._sentences = sentences
        self._cells = Cells.joined(parts)
        return self._cells

    def filed(self, key: FilingKey, same_event: bool, shared: int) -> Filed | None:
        """Where the last build filed this source for this claim, if the two reports are
        unchanged and it was filed by the same event and closeness."""
        row = self._filed_before.get(key)
        before = self._before
        if row is None or before is None:
            return None
        if key[0] not in self._kept_articles or key[2] not in self._kept_articles:
            return None
        found = Filed(
            bool(before["f_same"][row]),
            int(before["f_shared"][row]),
            int(before["f_outcome"][row]),
            str(before["f_evidence"][row]),
        )
        if found.same_event != same_event or found.shared != shared:
            return None
        self._filed[key] = found
        return found

    def file(self, key: FilingKey, filed: Filed) -> None:
        self._filed[key] = filed

    def encoded(self) -> bytes:
        """This build's comparisons, for the next build."""
        arrays: dict[str, NDArray[np.generic]] = {"salt": np.asarray([self.salt])}
        sentences, cells = self._sentences, self._cells
        if sentences is not None and cells is not None:
            offsets = sentences.offsets
            ids = sentences.article_ids
            arrays["articles"] = np.asarray(ids, dtype=str)
            arrays["stamps"] = np.asarray([self.stamps.get(a, "") for a in ids], dtype=str)
            owner = sentences.article[cells.claim]
            arrays["claim_article"] = _compact(owner)
            arrays["other"] = _compact(cells.article)
            arrays["shared"] = _compact(cells.shared)
            for name in _CELL_FIELDS:
                position = getattr(cells, name)
                article = owner if name == "claim" else cells.article
                arrays[name] = _compact(position - offsets[article])
            code = {a: n for n, a in enumerate(ids)}
            filed = [(k, f) for k, f in self._filed.items() if k[0] in code and k[2] in code]
            arrays["f_claim"] = np.asarray([code[k[0]] for k, _ in filed], dtype=np.int32)
            arrays["f_start"] = np.asarray([k[1] for k, _ in filed], dtype=np.int32)
            arrays["f_other"] = np.asarray([code[k[2]] for k, _ in filed], dtype=np.int32)
            arrays["f_same"] = np.asarray([f.same_event for _, f in filed], dtype=bool)
            arrays["f_shared"] = np.asarray([f.shared for _, f in filed], dtype=np.int32)
            arrays["f_outcome"] = np.asarray([f.outcome for _, f in filed], dtype=np.int8)
            arrays["f_evidence"] = np.asarray([f.evidence for _, f in filed], dtype=str)
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)  # type: ignore[arg-type]
        return buffer.getvalue()

    def _kept_codes(self, sentences: Sentences) -> IntArray:
        """Per article compared now, its code in the last build's comparisons when its
        record is unchanged since, else -1 (compared afresh). Also takes the last build's
        filings between unchanged reports."""
        kept = np.full(len(sentences.article_ids), -1, dtype=np.int64)
        before = self._before
        if before is None:
            return kept
        old = {a: n for n, a in enumerate(before["articles"].tolist())}
        old_stamps = before["stamps"].tolist()
        for code, article in enumerate(sentences.article_ids):
            n = old.get(article)
            if n is not None and old_stamps[n] and old_stamps[n] == self.stamps.get(article):
                kept[code] = n
        self._take_filings(before, set(kept[kept >= 0].tolist()))
        return kept

    def _take_filings(self, before: Mapping[str, NDArray[np.generic]], kept: set[int]) -> None:
        """Index the last build's filings by key (a filing is read only when asked for:
        a storyline of 150 reports keeps some 100,000 of them)."""
        ids = before["articles"]
        self._kept_articles = {str(ids[n]) for n in kept}
        keys = zip(
            ids[before["f_claim"]].tolist(),
            before["f_start"].tolist(),
            ids[before["f_other"]].tolist(),
            strict=True,
        )
        self._filed_before = dict(zip(keys, range(len(before["f_start"])), strict=True))

    def _reused_cells(self, sentences: Sentences, kept: IntArray, claims: IntArray) -> Cells | None:
        """The last build's cells between two unchanged reports, in today's positions
        (None if one names a sentence that is no claim now)."""
        before = self._before
        if before is None or not (kept >= 0).any():
            return Cells.joined([])
        now = np.full(len(before["articles"]), -1, dtype=np.int64)
        now[kept[kept >= 0]] = np.flatnonzero(kept >= 0)
        owner = now[before["claim_article"].astype(np.int64)]
        other = now[before["other"].astype(np.int64)]
        usable = (owner >= 0) & (other >= 0)
        owner, other = owner[usable], other[usable]
        offsets = sentences.offsets

        def at(name: str) -> IntArray:
            return before[name][usable].astype(np.int64)

        cells = Cells(
            offsets[owner] + at("claim"),
            other,
            offsets[other] + at("best"),
            at("shared"),
            offsets[other] + at("first"),
        )
        claimed = np.zeros(len(sentences.article), dtype=bool)
        claimed[claims] = True
        return cells if claimed[cells.claim].all() else None


def _compact(values: IntArray) -> NDArray[np.unsignedinteger[Any]]:
    """Whole numbers of at least 0 in the fewest bytes that hold them: a storyline of 150
    reports keeps some 300,000 cells, each of six such numbers (mostly below 256)."""
    largest = int(values.max()) if len(values) else 0
    return values.astype(np.min_scalar_type(largest))


def _decoded(stored: bytes | None, salt: str) -> dict[str, NDArray[np.generic]] | None:
    """The stored comparisons, if they were made as this build compares."""
    if not stored:
        return None
    try:
        with np.load(io.BytesIO(stored), allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
    except (OSError, ValueError) as error:
        log.warning("stored comparisons unreadable (%s); compared again", error)
        return None
    if arrays.get("salt") is None or arrays["salt"].tolist() != [salt] or "articles" not in arrays:
        return None
    return arrays


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
