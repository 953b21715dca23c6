"""The clusterer's state as the store keeps it. It lives with the clusterer (the store holds
these records for it and depends on no stage's logic); this module imports nothing else of
storyline, so the store can import it without importing the clustering."""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]
# The key under which the stored terms keep the event's dense vector (no term has it).
VECTOR_KEY = "\x00vector"
# Digits kept of a stored vector's values (the sum of unit vectors: 5 places are plenty).
VECTOR_DIGITS = 5


class EventState:
    """An event as the online clusterer sees it: summed term weights, its date span and
    the sum of its articles' dense vectors (``dense.py``; None where none was computed)."""

    __slots__ = ("first_date", "id", "last_date", "storyline_id", "terms", "vector")

    def __init__(
        self,
        event_id: str,
        terms: dict[str, float],
        first_date: str | None,
        last_date: str | None,
        storyline_id: str | None = None,
        vector: Vector | None = None,
    ) -> None:
        self.id = event_id
        self.terms = terms
        self.first_date = first_date
        self.last_date = last_date
        self.storyline_id = storyline_id
        self.vector = vector

    def stored_terms(self) -> str:
        """The terms as the store keeps them (JSON), the vector among them."""
        if self.vector is None:
            return json.dumps(self.terms)
        vector = [round(float(x), VECTOR_DIGITS) for x in self.vector]
        return json.dumps({**self.terms, VECTOR_KEY: vector})

    @classmethod
    def from_stored(
        cls,
        event_id: str,
        stored: str,
        first_date: str | None,
        last_date: str | None,
        storyline_id: str | None = None,
    ) -> EventState:
        """The event from the store's JSON (``stored_terms``)."""
        terms = json.loads(stored)
        values: Sequence[float] | None = terms.pop(VECTOR_KEY, None)
        vector = None if values is None else np.asarray(values, dtype=np.float32)
        return cls(event_id, terms, first_date, last_date, storyline_id, vector)
