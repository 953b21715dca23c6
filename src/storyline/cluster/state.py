"""The clusterer's state as the store keeps it. It lives with the clusterer (the store holds
these records for it and depends on no stage's logic); this module imports nothing else of
storyline, so the store can import it without importing the clustering.

An event's terms are stored whole, then as the reports' terms added to them since
(``StoredTerms``): a large event holds some 4,500 terms (65 KB as JSON), a report adds a
few hundred, and writing every touched event whole was most of what an ingest's
clustering wrote at 20,000 articles (5.8 MB a batch of 100). Reading them back adds the
reports' terms in the order the clusterer did, the same weights to the bit."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import NamedTuple

# The reports' terms an event keeps stored beside its whole terms (or unsaved in memory)
# before it is written whole again: a bound on what loading an event adds up, and on the
# rows it leaves.
MAX_ADDED = 32


class StoredTerms(NamedTuple):
    """What to write of an event's terms: the whole of them (JSON) when they changed
    otherwise than by adding reports' terms, or were never written; else the reports'
    terms added since the last write (a JSON list, in order; None when there are none).
    ``stored_added`` counts the reports' terms stored beside the whole after this write."""

    whole: str | None
    added: str | None
    stored_added: int


class EventState:
    """An event as the online clusterer sees it: summed term weights and its date span.
    Its ``terms`` change only through ``add`` (a report's terms) and ``replace_terms``
    (the trimmed terms, a new dict): the clusterer keeps them as arrays too
    (``cluster/bulk.py``) while the dict only grows, a weight changed in place elsewhere
    would not be seen, and the store writes only what was added (``to_store``)."""

    __slots__ = (
        "_stored_added",
        "_unsaved",
        "first_date",
        "id",
        "last_date",
        "storyline_id",
        "terms",
    )

    def __init__(
        self,
        event_id: str,
        terms: dict[str, float],
        first_date: str | None,
        last_date: str | None,
        storyline_id: str | None = None,
    ) -> None:
        self.id = event_id
        self.terms = terms
        self.first_date = first_date
        self.last_date = last_date
        self.storyline_id = storyline_id
        # The reports' terms added since the last write, or None: the terms are to be
        # written whole (never written, or changed otherwise than by adding).
        self._unsaved: list[dict[str, float]] | None = None
        self._stored_added = 0  # reports' terms stored beside the whole terms

    def add(self, terms: dict[str, float]) -> None:
        """Add a report's term weights (``terms`` is kept to be written: not changed
        after)."""
        _add_weights(self.terms, terms)
        if self._unsaved is not None:
            self._unsaved.append(terms)
            if self._stored_added + len(self._unsaved) > MAX_ADDED:
                self._unsaved = None

    def replace_terms(self, terms: dict[str, float]) -> None:
        """The event's terms are now ``terms`` (trimmed): written whole next time."""
        self.terms = terms
        self._unsaved = None

    def to_store(self) -> StoredTerms:
        """What to write of the terms now; they count as written from here (a failed
        write drops the clusterer that made it: the next build loads the store's)."""
        unsaved = self._unsaved
        if unsaved is None:
            stored = StoredTerms(json.dumps(self.terms), None, 0)
        else:
            added = self._stored_added + len(unsaved)
            stored = StoredTerms(None, json.dumps(unsaved) if unsaved else None, added)
        self._unsaved, self._stored_added = [], stored.stored_added
        return stored

    @classmethod
    def from_stored(
        cls,
        event_id: str,
        stored: str,
        first_date: str | None,
        last_date: str | None,
        storyline_id: str | None = None,
        added: Iterable[str] = (),
    ) -> EventState:
        """The event from the store's record: its whole terms, then each stored list of
        reports' terms added since (``to_store``), in the order they were written."""
        event = cls(event_id, json.loads(stored), first_date, last_date, storyline_id)
        count = 0
        for written in added:
            for terms in json.loads(written):
                _add_weights(event.terms, terms)
                count += 1
        # (more than the bound, from a store written with another: written whole next)
        event._stored_added, event._unsaved = count, [] if count <= MAX_ADDED else None
        return event


def _add_weights(total: dict[str, float], terms: dict[str, float]) -> None:
    for term, weight in terms.items():
        total[term] = total.get(term, 0.0) + weight
