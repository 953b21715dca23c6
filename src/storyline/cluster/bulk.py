"""Weighing a large event's norms in bulk: its terms as arrays, each term's IDF from an
array by frequency.

An event's norms (``online.Profile``) are worked out again after each report it gathers
and in each new IDF snapshot, and weighing thousands of terms one by one in Python was
most of the clustering's time (half of assigning an article at 2,000 stored articles,
where a snapshot is taken every ten, and at 20,000, where events hold 4,000 terms). Here
an event keeps its terms' ids and channels as arrays (appended to as it takes new terms)
and its weights as an array (read again, in one pass in C, once it has grown), and the
snapshot's IDFs are an array by frequency, worked out once a snapshot for each frequency
the terms asked for have (by the clusterer's own formula, in Python: the same weights):
a new snapshot costs an event two gathers, not a pass in Python over its terms. The squares
are summed per channel by ``np.bincount``, which adds them one after another in the
event's order, as ``OnlineClusterer._profile`` does: the same norms to the bit (a kept
clusterer and one loaded from the store must weigh alike; ``tests/test_cluster_kept.py``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Final

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
IdArray = NDArray[np.int32]
CountArray = NDArray[np.int64]
CodeArray = NDArray[np.uint8]
PositionArray = NDArray[np.int32]

# Terms whose IDF this snapshot has not yet worked out.
UNWEIGHED: Final = math.nan
NO_YEARS: frozenset[str] = frozenset()


class Vocabulary:
    """An id for each term of an event weighed in bulk, its frequency in the IDF snapshot
    (``frozen``, the clusterer's, which it keeps up to date: ``refrozen``) and its IDF in
    the current snapshot by id (``UNWEIGHED`` until asked for in it)."""

    def __init__(self, frozen: Mapping[str, int]) -> None:
        self.ids: dict[str, int] = {}
        self._frozen = frozen
        self.frequency: CountArray = np.zeros(1024, dtype=np.int64)
        # The snapshot's IDF of each frequency (an index), ``UNWEIGHED`` until asked for in
        # it: terms of one frequency weigh alike, and a snapshot's thousands of terms have
        # a few hundred frequencies.
        self.idf_of_frequency: FloatArray = np.full(1024, UNWEIGHED)

    def id_of(self, term: str) -> int:
        term_id = self.ids.get(term)
        if term_id is None:
            term_id = self.ids[term] = len(self.ids)
            if term_id >= len(self.frequency):
                self.frequency = np.concatenate([self.frequency, np.zeros_like(self.frequency)])
            frequency = self.frequency[term_id] = self._frozen.get(term, 0)
            self._hold_frequency(frequency)
        return term_id

    def refrozen(self, terms: Iterable[str]) -> None:
        """A new snapshot is taken, in which these terms' frequencies changed."""
        ids, frozen = self.ids, self._frozen
        changed = [(ids[term], frozen.get(term, 0)) for term in terms if term in ids]
        if changed:
            at, frequencies = zip(*changed, strict=True)
            self.frequency[list(at)] = frequencies
            self._hold_frequency(max(frequencies))
        self.idf_of_frequency.fill(UNWEIGHED)

    def _hold_frequency(self, frequency: int) -> None:
        """Make room in ``idf_of_frequency`` for a frequency (the store's size bounds it)."""
        size = len(self.idf_of_frequency)
        if frequency >= size:
            grown = np.full(max(2 * size, frequency + 1), UNWEIGHED)
            grown[:size] = self.idf_of_frequency
            self.idf_of_frequency = grown

    def idfs(self, ids: IdArray, weigh: Callable[[list[int]], list[float]]) -> FloatArray:
        """The IDF of each term ``ids`` names, by its frozen frequency; the frequencies
        not yet weighed in this snapshot by ``weigh``, once each. (Kept by term id, each
        event's first weighing in a snapshot found its frequencies with ``np.unique`` over
        its thousands of terms: a tenth of the clustering's time at 2,000 articles.)"""
        frequency = self.frequency[ids]
        values = self.idf_of_frequency[frequency]
        missing = np.isnan(values)
        if missing.any():
            seen = np.unique(frequency[missing])
            self.idf_of_frequency[seen] = weigh(seen.tolist())
            values = self.idf_of_frequency[frequency]
        return values


class EventTerms:
    """An event's terms (its ``terms`` dict, in its order) as arrays: their ids, the
    channel each is summed in (``codes``: ``code_of`` gives a term's channel, or
    ``channels`` for a year, summed in a bin of its own and left out), and, once read,
    their weights. Kept while the event only grows: its new terms come last, in the order
    it takes them (a dict's order), and are appended (``extend``). A trimmed event holds a
    new dict, and is laid out again."""

    __slots__ = ("_codes", "_ids", "_sorted", "_weights", "channels", "terms", "years")

    def __init__(
        self,
        terms: dict[str, float],
        vocabulary: Vocabulary,
        code_of: Callable[[str], int],
        channels: int,
    ) -> None:
        self.terms = terms
        self.channels = channels
        self.years: frozenset[str] = NO_YEARS
        self._ids: IdArray = np.zeros(0, dtype=np.int32)
        self._codes: CodeArray = np.zeros(0, dtype=np.uint8)
        self._weights: FloatArray | None = None
        # The ids sorted, and where each is in ``_ids`` (to find another event's terms).
        self._sorted: tuple[IdArray, PositionArray] | None = None
        self.extend(terms, vocabulary, code_of)

    def holds(self, terms: dict[str, float]) -> bool:
        """Whether these arrays are those of ``terms`` (the event's, not trimmed since)."""
        return self.terms is terms and len(self._ids) == len(terms)

    def extend(
        self, new_terms: Iterable[str], vocabulary: Vocabulary, code_of: Callable[[str], int]
    ) -> None:
        """Take the terms new to the event, before it adds a report's weights (they are
        read again when it is next weighed)."""
        added = list(new_terms)
        codes = [code_of(term) for term in added]
        year_code = self.channels  # (a year's terms are summed in the bin after the channels')
        years = [t.split(":", 1)[1] for t, c in zip(added, codes, strict=True) if c == year_code]
        if years:
            self.years = self.years.union(years)
        ids = np.fromiter(map(vocabulary.id_of, added), dtype=np.int32, count=len(added))
        self._ids = np.concatenate([self._ids, ids])
        self._codes = np.concatenate([self._codes, np.array(codes, dtype=np.uint8)])
        self._weights = None
        if added:
            self._sorted = None

    def squares(
        self, vocabulary: Vocabulary, weigh: Callable[[list[int]], list[float]]
    ) -> list[float]:
        """Each channel's sum of squared TF-IDF weights, summed in the event's order."""
        scaled = self.weights() * vocabulary.idfs(self._ids, weigh)
        sums = np.bincount(self._codes, scaled * scaled, minlength=self.channels + 1)
        return [float(total) for total in sums[: self.channels]]  # (the years' bin left out)

    def dots(
        self,
        other: EventTerms,
        vocabulary: Vocabulary,
        weigh: Callable[[list[int]], list[float]],
    ) -> list[float]:
        """Each channel's TF-IDF dot product with another event's terms, summed over
        this event's terms that the other holds, in this event's order, each product
        multiplied as ``OnlineClusterer._dots`` does (weight, the other's, IDF, IDF)."""
        sorted_ids, places = other.sorted_ids()
        if not len(sorted_ids):
            return [0.0] * self.channels
        at = np.searchsorted(sorted_ids, self._ids).clip(max=len(sorted_ids) - 1)
        held = sorted_ids[at] == self._ids
        mine = np.flatnonzero(held)
        ids = self._ids[mine]
        idf = vocabulary.idfs(ids, weigh)
        products = self.weights()[mine] * other.weights()[places[at[mine]]] * idf * idf
        sums = np.bincount(self._codes[mine], products, minlength=self.channels + 1)
        return [float(total) for total in sums[: self.channels]]

    def weights(self) -> FloatArray:
        """The event's weights in its order (read again once it has grown)."""
        if self._weights is None:
            self._weights = np.fromiter(self.terms.values(), dtype=np.float64, count=len(self._ids))
        return self._weights

    def sorted_ids(self) -> tuple[IdArray, PositionArray]:
        """The event's term ids sorted, and where each is in the event's order."""
        if self._sorted is None:
            places = np.argsort(self._ids, kind="stable").astype(np.int32)
            self._sorted = (self._ids[places], places)
        return self._sorted
