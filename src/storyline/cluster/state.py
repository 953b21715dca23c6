"""The clusterer's state as the store keeps it. It lives with the clusterer (the store holds
these records for it and depends on no stage's logic); this module imports nothing else of
storyline, so the store can import it without importing the clustering."""

from __future__ import annotations

import json


class EventState:
    """An event as the online clusterer sees it: summed term weights and its date span.
    Its ``terms`` change only through the clusterer (``OnlineClusterer._grow`` adds to
    them, ``_trim`` gives a new dict): it keeps them as arrays too (``cluster/bulk.py``)
    while the dict only grows, and a weight changed in place elsewhere would not be seen."""

    __slots__ = ("first_date", "id", "last_date", "storyline_id", "terms")

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

    def stored_terms(self) -> str:
        """The terms as the store keeps them (JSON): the store writes what the clusterer
        gives it and knows nothing of the form."""
        return json.dumps(self.terms)

    @classmethod
    def from_stored(
        cls,
        event_id: str,
        stored: str,
        first_date: str | None,
        last_date: str | None,
        storyline_id: str | None = None,
    ) -> EventState:
        """The event from the store's record (``stored_terms``)."""
        return cls(event_id, json.loads(stored), first_date, last_date, storyline_id)
