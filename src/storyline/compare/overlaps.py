"""How many content words each claim shares with the other sources' sentences, counted for
every pair of a storyline's sentences at once.

A claim is compared with every sentence of every other source: each sentence is a row of a
sparse sentence x word matrix, and one sparse product gives, for a block of claims, the words
each shares with each sentence. This used to be a search through word postings, rarest word
first, cut short at a budget of postings and a number of sentences in a storyline of
thousands: its result depended on where the search stopped, and the sources it left had to
be checked again one by one. The product is exact at any size and, counted in C, costs less
than the search did (on the generator's 2,000 articles, 11 storylines of up to 150 reports:
3.7 s against 9.2 s, and the checks of the sources the search left are gone). Its cost
grows with the square of the sentences compared, which is bounded because a briefing reads
a bounded part of its storyline (``brief/scope.py``).

What the product finds is kept per claim and other article (``Cells``): the article's
closest sentence and its first near one. A cell depends on those two reports alone, so a
build that adds a few reports to a storyline compares the claims of the new reports with
every sentence and the older claims with the new reports' sentences only, and takes the
other cells from the build before (``compare/remembered.py``); each claim's closest sources
are then chosen from its cells as from a full product.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy import sparse

# Claim x sentence cells counted at a time: a block's counts and masks take some 40 MB.
BLOCK_CELLS = 2_000_000

IntArray = NDArray[np.int64]
# Each word's column and the sentence x word matrix of ones (``holding``).
Held = tuple[dict[str, int], sparse.csr_matrix]


@dataclass(frozen=True, slots=True)
class Cells:
    """Per claim, each other article one of whose sentences shares ``floor`` of its words:
    the article's closest sentence (most words shared; on a tie, its first) and its first
    sentence at that share. Positions are among the sentences compared; articles by code
    (``Sentences.article``). A cell is a function of the claim's sentence and the other
    article alone, so cells found by an earlier build stand while both are unchanged
    (``compare/remembered.py``)."""

    claim: IntArray
    article: IntArray
    best: IntArray
    shared: IntArray
    first: IntArray

    @staticmethod
    def joined(parts: Sequence[Cells]) -> Cells:
        return Cells(
            *(
                np.concatenate([getattr(p, name) for p in parts] or [np.zeros(0, np.int64)])
                for name in ("claim", "article", "best", "shared", "first")
            )
        )


class Sentences:
    """The sentences compared, as rows of a sparse matrix of the words they hold, with the
    article and the independent source of each."""

    def __init__(
        self,
        stems: Sequence[AbstractSet[str]],
        sources: Sequence[str],
        articles: Sequence[str],
        held: Held | None = None,
    ) -> None:
        # (``held``: ``holding(stems)``, when the caller has it already)
        self.stems = stems
        self.vocabulary, self.holds = holding(stems) if held is None else held
        self.names = sorted(set(sources))  # codes in id order: a tie goes to the smaller id
        code = {name: n for n, name in enumerate(self.names)}
        self.source = np.asarray([code[name] for name in sources], dtype=np.int64)
        # Articles coded in the order their sentences come (each article's are together).
        self.article_ids = list(dict.fromkeys(articles))
        article_code = {name: n for n, name in enumerate(self.article_ids)}
        self.article = np.asarray([article_code[a] for a in articles], dtype=np.int64)
        # Each article's first sentence: its sentences follow it (``sentence_index`` lists
        # an article's together), so a sentence is its article's offset plus its number.
        self.offsets = np.zeros(len(self.article_ids), dtype=np.int64)
        if len(self.article):
            opens = np.flatnonzero(np.r_[True, self.article[1:] != self.article[:-1]])
            if len(opens) != len(self.article_ids):
                raise ValueError("an article's sentences are not listed together")
            self.offsets[self.article[opens]] = opens

    def cells(self, claims: Sequence[int], floor: float, columns: IntArray | None = None) -> Cells:
        """The cells of ``claims`` with the articles of ``columns`` (positions, ascending;
        by default every sentence), a block of claims at a time."""
        if columns is None:
            columns = np.arange(len(self.stems), dtype=np.int64)
        elif (np.diff(columns) <= 0).any():
            raise ValueError("columns must be ascending positions, each once")
        held_by = self.holds[columns].T.tocsr()
        parts = [
            self._block_cells(np.asarray(block, dtype=np.int64), columns, held_by, floor)
            for block in _blocks(claims, len(columns))
        ]
        return Cells.joined(parts)

    def _block_cells(
        self, rows: IntArray, columns: IntArray, held_by: sparse.csr_matrix, floor: float
    ) -> Cells:
        shared = (self.holds[rows] @ held_by).toarray()
        least = np.asarray([_least_shared(len(self.stems[p]), floor) for p in rows.tolist()])
        near = (self.source[columns][None, :] != self.source[rows][:, None]) & (
            shared >= least[:, None]
        )
        # By row, then sentence: as the columns ascend and each article's sentences come
        # together, each (claim, article)'s sentences are one run, its first sentence first.
        row, at = np.nonzero(near)
        column, count = columns[at], shared[row, at].astype(np.int64)
        article = self.article[column]
        heads = _group_heads(row, article)
        # Each (claim, article)'s closest sentence: most words shared, then the first (no
        # sort needed: over half of composing's sorting went to ordering these runs, py-spy).
        closest = _first_of_most(count, heads)
        return Cells(
            rows[row[heads]], article[heads], column[closest], count[closest], column[heads]
        )

    def nearest(
        self, cells: Cells, claims: Sequence[int], keep: int, listed: float | None = None
    ) -> Nearest:
        """Each claim's nearest sources from its cells: the sources other than its own
        whose closest sentence (most words shared; on a tie, the first) shares the cells'
        floor of its words, the ``keep`` closest of them (most words shared, then source
        id, so that the choice does not depend on the order reports arrived in), listed
        claim by claim in the order of ``claims`` (ascending positions) and within a claim
        in the order of the first sentence at or above the floor of each (a source's
        closest and first sentence are those of its articles' cells); with ``listed``,
        only those of them whose closest sentence shares that much of the claim's words.
        As arrays: a storyline's briefing files some 100,000 such pairs a build."""
        source = self.source[cells.best]
        order = _order(cells.claim, source, -cells.shared, cells.best)
        claim, source = cells.claim[order], source[order]
        best, shared, first = cells.best[order], cells.shared[order], cells.first[order]
        heads = _group_heads(claim, source)
        first = np.minimum.reduceat(first, heads) if len(heads) else first[:0]
        claim, source, best, shared = claim[heads], source[heads], best[heads], shared[heads]
        # Claims come in order, each source's best cell once; ranked by claim first, they
        # stay in the same runs: a claim's most shared is the most of its run, and each
        # source's rank its place in the run.
        runs = _group_heads(claim)
        ranked = _order(claim, -shared, source)
        kept = ranked[_places_in_runs(runs, len(claim)) < keep]
        reached = np.zeros(len(self.stems), dtype=np.int64)
        if len(runs):
            reached[claim[runs]] = np.maximum.reduceat(shared, runs)
        positions = np.asarray(claims, dtype=np.int64)
        if listed is not None:
            least = np.zeros(len(self.stems), dtype=np.int64)
            least[positions] = [_least_shared(len(self.stems[p]), listed) for p in claims]
            kept = kept[shared[kept] >= least[claim[kept]]]
        kept = kept[np.lexsort((first[kept], claim[kept]))]
        number = np.full(len(self.stems), -1, dtype=np.int64)
        number[positions] = np.arange(len(positions))
        if (np.diff(positions) <= 0).any() or (number[claim[kept]] < 0).any():
            raise ValueError("claims must be ascending positions, each once, holding the cells'")
        return Nearest(
            reached[positions], number[claim[kept]], source[kept], best[kept], shared[kept]
        )


@dataclass(frozen=True, slots=True)
class Nearest:
    """The nearest sources of a list of claims (``Sentences.nearest``): per claim the most
    words another source's sentence shares with it (``reached``: 0 under the cells'
    floor), and per (claim, source) pair, claim by claim, the claim's number in the list,
    the source's code (``Sentences.names``), its closest sentence's position and the
    claim's words that sentence holds."""

    reached: IntArray
    claim: IntArray
    source: IntArray
    best: IntArray
    shared: IntArray


def _group_heads(*keys: IntArray) -> IntArray:
    """Where each run of equal ``keys`` (sorted) starts."""
    if not len(keys[0]):
        return np.zeros(0, dtype=np.int64)
    opens = np.zeros(len(keys[0]), dtype=bool)
    opens[0] = True
    for key in keys:
        opens[1:] |= key[1:] != key[:-1]
    return np.flatnonzero(opens)


def _blocks(claims: Sequence[int], sentences: int) -> Iterator[list[int]]:
    size = max(1, BLOCK_CELLS // max(sentences, 1))
    for start in range(0, len(claims), size):
        yield list(claims[start : start + size])


def holding(stems: Sequence[AbstractSet[str]]) -> Held:
    """Each word's column (in the order words first come) and the sentence x word matrix
    of ones. Built from the words of all sentences in one list, not word by word: a
    storyline's scope holds some 100,000 (sentence, word) pairs, read again every build."""
    held = list(itertools.chain.from_iterable(stems))
    vocabulary = {word: column for column, word in enumerate(dict.fromkeys(held))}
    columns = np.fromiter(map(vocabulary.__getitem__, held), dtype=np.int64, count=len(held))
    sizes = np.fromiter(map(len, stems), dtype=np.int64, count=len(stems))
    rows = np.repeat(np.arange(len(stems), dtype=np.int64), sizes)
    ones = np.ones(len(held), dtype=np.int32)
    shape = (len(stems), len(vocabulary))
    return vocabulary, sparse.csr_matrix((ones, (rows, columns)), shape=shape)


# Rows of ``pairs_sharing``'s product at a time: its cells are those of every pair of
# rows in the worst case (thousands of flags, each sharing a common word with the others).
PAIR_ROWS = 512


def pairs_sharing(
    stems: Sequence[AbstractSet[str]], first: int, least: int
) -> tuple[IntArray, IntArray, IntArray]:
    """The pairs (i, j) of the sets, i < j and i among the ``first``, that share ``least``
    words or more (one at least), ordered by i then j, and how many words each shares:
    counted in sparse products of ``PAIR_ROWS`` rows, where a test of every pair in Python
    cost a storyline's briefing tens of milliseconds a build."""
    _, held = holding(stems)
    found: list[tuple[IntArray, IntArray, IntArray]] = []
    for top in range(0, first, PAIR_ROWS):
        shared = (held[top : min(first, top + PAIR_ROWS)] @ held.T).tocoo()
        row = shared.row.astype(np.int64) + top
        col = shared.col.astype(np.int64)
        count = shared.data.astype(np.int64)
        keep = (count >= max(1, least)) & (col > row)
        found.append((row[keep], col[keep], count[keep]))
    if not found:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    row, col, count = (np.concatenate(parts) for parts in zip(*found, strict=True))
    order = np.lexsort((col, row))
    return row[order], col[order], count[order]


def _least_shared(size: int, floor: float) -> int:
    """The fewest shared words whose share of ``size`` (divided as the callers divide it)
    reaches ``floor``: one at least, since a sentence that shares no word is not near."""
    if size == 0:
        return 1  # a claim of no words is near nothing (no sentence shares more than 0)
    least = max(1, math.ceil(floor * size) - 1)
    while least / size < floor:
        least += 1
    return least


def _first_of_most(values: IntArray, heads: IntArray) -> IntArray:
    """Per run of ``values`` (runs starting at ``heads``), the index of its first
    largest value."""
    if not len(heads):
        return heads
    most = np.maximum.reduceat(values, heads)
    lengths = np.diff(np.append(heads, len(values)))
    at_most = np.flatnonzero(values == np.repeat(most, lengths))
    # (each run holds its largest value, so the first index at or after its head is its)
    found: IntArray = at_most[np.searchsorted(at_most, heads)]
    return found


def _places_in_runs(heads: IntArray, count: int) -> IntArray:
    """Each of ``count`` items' place in its run (runs starting at ``heads``): 0, 1, 2, ..."""
    lengths = np.diff(np.append(heads, count))
    return np.arange(count) - np.repeat(heads, lengths)


def _order(*keys: NDArray[np.signedinteger[Any]]) -> IntArray:
    """The indices that sort by ``keys``, the first the most significant (as
    ``np.lexsort`` of them reversed): packed into one integer each when their ranges fit
    in 62 bits, since one sort of an integer is several times faster than a lexsort of
    four (the cells near a claim are a storyline's most numerous). The stable sort: the
    cells come in long sorted runs (by claim, and the kept ones as the last build found
    them), which it merges, where quicksort took 2.5 to 4 times as long on a storyline's
    300,000 cells (the benchmark store composed afresh, and steady builds of the
    20,000-article stream's)."""
    packed = np.zeros(len(keys[0]), dtype=np.int64)
    bits = 0
    for key in keys:
        low = int(key.min()) if len(key) else 0
        width = (int(key.max()) - low + 1).bit_length() if len(key) else 1
        bits += width
        if bits > 62:
            return np.lexsort(keys[::-1])
        packed = (packed << width) | (key.astype(np.int64) - low)
    return np.argsort(packed, kind="stable")
