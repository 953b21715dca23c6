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
"""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)
class Near:
    """Another source's closest sentence to a claim."""

    source: str  # the independent source
    position: int  # the sentence's position among those compared
    shared: int  # the claim's words it holds


@dataclass(frozen=True, slots=True)
class Closest:
    """What one claim shares with the other sources."""

    position: int  # the claim's own sentence
    # The most words any other source's sentence shares with it, among the sentences that
    # hold one of its rarer words (the ``n - need + 1`` rarest, where ``need`` is ``floor``
    # of its ``n`` words): exact from ``floor`` up, since a sentence with that share must
    # hold one of them, and below it the figure the postings search gave, which ranks flags.
    reached: int
    near: list[Near]  # see ``closest_sources``


def closest_sources(
    stems: Sequence[AbstractSet[str]],
    sources: Sequence[str],
    claims: Sequence[int],
    floor: float,
    keep: int,
) -> Iterator[Closest]:
    """For each claim (a position in ``stems``, in the order given), the sources other than
    its own whose closest sentence (most words shared; on a tie, the first) shares at least
    ``floor`` of its words: the ``keep`` closest of them (most words shared, then source
    id, so that the choice does not depend on the order reports arrived in), listed in the
    order of the first sentence at or above ``floor`` of each. ``sources[i]`` is the
    independent source of sentence ``i``."""
    words = _Words(stems, sources)
    for block in _blocks(claims, len(stems)):
        yield from words.closest(block, floor, keep)


def _blocks(claims: Sequence[int], sentences: int) -> Iterator[list[int]]:
    size = max(1, BLOCK_CELLS // max(sentences, 1))
    for start in range(0, len(claims), size):
        yield list(claims[start : start + size])


class _Words:
    """The sentences as rows of a sparse matrix of the words they hold."""

    def __init__(self, stems: Sequence[AbstractSet[str]], sources: Sequence[str]) -> None:
        self.stems = stems
        self.vocabulary: dict[str, int] = {}
        rows: list[int] = []
        columns: list[int] = []
        for position, held in enumerate(stems):
            for word in held:
                rows.append(position)
                columns.append(self.vocabulary.setdefault(word, len(self.vocabulary)))
        self.holds = _matrix(rows, columns, (len(stems), len(self.vocabulary)))
        self.held_by = self.holds.T.tocsr()
        # How many sentences hold each word (its posting list's length): rarer words first.
        self.frequency = np.bincount(
            np.asarray(columns, dtype=np.int64), minlength=len(self.vocabulary)
        )
        self.names = sorted(set(sources))  # codes in id order: a tie goes to the smaller id
        code = {name: n for n, name in enumerate(self.names)}
        self.source = np.asarray([code[name] for name in sources], dtype=np.int64)

    def closest(self, block: list[int], floor: float, keep: int) -> Iterator[Closest]:
        rows = np.asarray(block, dtype=np.int64)
        shared = (self.holds[rows] @ self.held_by).toarray()
        other = self.source[None, :] != self.source[rows][:, None]
        reaches = ((self._rarer_words(block, floor) @ self.held_by).toarray() > 0) & other
        reached = np.where(reaches, shared, 0).max(axis=1)
        least = np.asarray([_least_shared(len(self.stems[p]), floor) for p in block])
        near = _near(shared, other & (shared >= least[:, None]), self.source, keep)
        for row, position in enumerate(block):
            yield Closest(
                position,
                int(reached[row]),
                [Near(self.names[s], q, n) for s, q, n in near.get(row, [])],
            )

    def _rarer_words(self, block: list[int], floor: float) -> sparse.csr_matrix:
        """Per claim, the words one of which any sentence sharing ``floor`` of its words
        must hold (prefix filtering): all but the ``need - 1`` commonest."""
        rows: list[int] = []
        columns: list[int] = []
        for row, position in enumerate(block):
            ranked = sorted(
                (int(self.frequency[self.vocabulary[w]]), w) for w in self.stems[position]
            )
            need = max(1, math.ceil(floor * len(ranked)))
            for _, word in ranked[: len(ranked) - need + 1]:
                rows.append(row)
                columns.append(self.vocabulary[word])
        return _matrix(rows, columns, (len(block), len(self.vocabulary)))


def _matrix(rows: list[int], columns: list[int], shape: tuple[int, int]) -> sparse.csr_matrix:
    ones = np.ones(len(rows), dtype=np.int32)
    return sparse.csr_matrix((ones, (rows, columns)), shape=shape)


def _least_shared(size: int, floor: float) -> int:
    """The fewest shared words whose share of ``size`` (divided as the callers divide it)
    reaches ``floor``: one at least, since a sentence that shares no word is not near."""
    if size == 0:
        return 1  # a claim of no words is near nothing (no sentence shares more than 0)
    least = max(1, math.ceil(floor * size) - 1)
    while least / size < floor:
        least += 1
    return least


def _near(
    shared: NDArray[np.int32], near: NDArray[np.bool_], source: IntArray, keep: int
) -> dict[int, list[tuple[int, int, int]]]:
    """Per row of the block, its ``(source code, closest sentence, words shared)`` as
    ``closest_sources`` lists them, from the cells at or above the floor (``near``)."""
    row, column = np.nonzero(near)  # by row, then sentence
    code, count = source[column], shared[row, column]
    # Each (row, source)'s closest sentence: most words shared, then the first.
    order = _order(row, code, -count, column)
    row, code, column, count = row[order], code[order], column[order], count[order]
    opens = np.ones(len(row), dtype=bool)
    opens[1:] = (row[1:] != row[:-1]) | (code[1:] != code[:-1])
    heads = np.flatnonzero(opens)
    first = np.minimum.reduceat(column, heads) if len(heads) else column[:0]
    row, code, column, count = row[heads], code[heads], column[heads], count[heads]
    # The ``keep`` closest sources of each row (most shared, then id), in order found.
    ranked = _order(row, -count, code)
    ranks = np.arange(len(ranked)) - np.searchsorted(row[ranked], row[ranked])
    kept = ranked[ranks < keep]
    kept = kept[np.lexsort((first[kept], row[kept]))]
    listed: dict[int, list[tuple[int, int, int]]] = {}
    for r, s, q, n in zip(
        row[kept].tolist(),
        code[kept].tolist(),
        column[kept].tolist(),
        count[kept].tolist(),
        strict=True,
    ):
        listed.setdefault(r, []).append((s, q, n))
    return listed


def _order(*keys: NDArray[np.signedinteger[Any]]) -> IntArray:
    """The indices that sort by ``keys``, the first the most significant (as
    ``np.lexsort`` of them reversed): packed into one integer each when their ranges fit
    in 62 bits, since one sort of an integer is several times faster than a lexsort of
    four (the cells near a claim are a storyline's most numerous)."""
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
