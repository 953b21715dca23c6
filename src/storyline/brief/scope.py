"""Which part of a storyline its briefing tells: its latest events, within a bound.

A briefing shows a bounded amount whatever the storyline's size (a few sentences per
section, six citations a sentence, five flags a section). Composing it compares every
sentence of the reports it reads with the others', so it must read a bounded amount too:
a watcher that composes a war's storyline of 100,000 reports whole after each poll falls
behind its feeds. The briefing reads its storyline's events in the order it tells them
(the latest dated first, then undated ones by size), at most ``briefed_events`` of them
and ``briefed_reports`` reports in all; an event that does not fit whole keeps its latest
reports. Storylines smaller than the bounds (the seeds, the examples, every evaluation
corpus's) are told whole. The briefing says how much of the storyline it tells.

The scope depends only on the stored events and their members, so a briefing composed
after many small batches is the one a full recompose gives; and a build that touches a
storyline without changing its scope (a late report of an old event) need not compose its
briefing again (``pipeline``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from storyline.model import Event
from storyline.settings import DEFAULT, Settings


@dataclass(frozen=True, slots=True)
class Scope:
    events: list[Event]  # the events told, each with the reports read of it
    events_in_storyline: int
    reports_in_storyline: int
    # Per event told, its reports in the whole storyline (an event told in part is bigger
    # than the reports read of it): what a digest weighs its developments by.
    sizes: dict[str, int] = field(default_factory=dict)

    @property
    def article_ids(self) -> list[str]:
        return [a for e in self.events for a in e.article_ids]

    @property
    def whole(self) -> bool:
        return (
            len(self.events) == self.events_in_storyline
            and len(self.article_ids) == self.reports_in_storyline
        )


def events_by_date(events: list[Event]) -> list[Event]:
    """Latest dated event first, then undated ones by size: the order a briefing tells them."""
    dated = sorted((e for e in events if e.date), key=lambda e: e.date or "", reverse=True)
    undated = sorted((e for e in events if not e.date), key=lambda e: -len(e.article_ids))
    return dated + undated


def scope(events: list[Event], settings: Settings = DEFAULT) -> Scope:
    """The events a briefing tells and the reports it reads of each (``events`` hold
    their members in arrival order), in the order given."""
    room = settings.briefed_reports
    told: dict[str, Event] = {}
    for event in events_by_date(events):
        if told and (len(told) >= settings.briefed_events or room <= 0):
            break  # the latest event is told whatever the bounds, so a briefing has one
        members = event.article_ids[-max(room, 1) :]
        told[event.id] = Event(event.id, members, event.storyline_id, event.date, event.title)
        room -= len(members)
    return Scope(
        [told[e.id] for e in events if e.id in told],
        len(events),
        sum(len(e.article_ids) for e in events),
        {e.id: len(e.article_ids) for e in events if e.id in told},
    )


def scope_key(told: Scope, article_stamps: dict[str, str], salt: str) -> str:
    """A fingerprint of what a briefing reads: its events, their dates, sizes and reports, each
    report's stamp (its content and the stages that produced it) and ``salt`` (the stage
    version and settings). Equal keys compose equal briefings."""
    parts = [
        [
            e.id,
            e.date,
            told.sizes.get(e.id),
            [[a, article_stamps.get(a, "")] for a in e.article_ids],
        ]
        for e in told.events
    ]
    data = json.dumps([salt, parts], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
