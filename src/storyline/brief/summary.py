"""The list view of a storyline: title, one line, dates, size, outlets and main entities."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from storyline.compare.names import PersonNames, person_names
from storyline.compare.support import source_of
from storyline.model import Article, Briefing, Event, StorySummary
from storyline.people import FACET_LABELS

MAX_ENTITIES = 8


def summarise(
    briefing: Briefing,
    events: list[Event],
    articles: dict[str, Article],
    sources: int,
    outlets: set[str],
) -> StorySummary:
    """``events`` are all the storyline's (with their members' ids); ``articles`` may be
    only those its briefing read (``brief/scope.py``), whose entities then stand for the
    storyline's; ``sources`` counts its independent sources and ``outlets`` names its
    outlets, read from the store for all its articles."""
    members = [articles[a] for e in events for a in e.article_ids if a in articles]
    first, last = _first_and_last_days(events, {i: a.published for i, a in articles.items()})
    return StorySummary(
        id=briefing.storyline_id,
        title=briefing.title,
        summary=briefing.summary.text,
        first_date=first,
        last_date=last,
        articles=sum(len(e.article_ids) for e in events),
        events=len(events),
        sources=sources,
        outlets=sorted(outlets),
        entities=main_entities(members),
    )


def recounted(
    summary: StorySummary, events: list[Event], published: Mapping[str, str | None]
) -> StorySummary:
    """The summary ``summarise`` gave of a briefing whose scope has not changed since, with
    the storyline's events counted again: its title, line and entities come from the same
    briefing and reports (``brief/scope.py``: equal scope keys), its span and counts from
    ``events``, all the storyline's, dated as ``summarise`` dates them from the
    publication dates of the reports the briefing reads (``published``, by id: those of
    its events without a date of their own at least)."""
    first, last = _first_and_last_days(events, published)
    return replace(
        summary,
        first_date=first,
        last_date=last,
        articles=sum(len(e.article_ids) for e in events),
        events=len(events),
    )


def _first_and_last_days(
    events: list[Event], published: Mapping[str, str | None]
) -> tuple[str | None, str | None]:
    dates = sorted(d for d in (_day(e, published) for e in events) if d)
    return (dates[0], dates[-1]) if dates else (None, None)


def main_entities(
    members: list[Article], labels: frozenset[str] | set[str] = FACET_LABELS
) -> list[str]:
    """Entities (of the given kinds) named by the most independent sources, then the most
    often, then by name: ties were broken by the order of a set, which string hashing
    changes from one process to the next (the same pages built twice showed other
    entities), and in a one-report storyline every entity ties."""
    sources, mentions = _tallies(members, labels)
    shown = (name for name in sources if _shows_as_a_name(name))
    return sorted(shown, key=lambda n: (-sources[n], -mentions[n], n))[:MAX_ENTITIES]


def _shows_as_a_name(name: str) -> bool:
    """Not the tagger's misreadings of a page ("Photos\n\nEngadget Score\n\nPros", "dans",
    "n’t"): one line, with a capital or a figure somewhere ("the United States", "eBay"
    and "3M" are names)."""
    return "\n" not in name and any(c.isupper() or c.isdigit() for c in name)


def entity_counts(
    members: list[Article],
    labels: frozenset[str] | set[str] = FACET_LABELS,
    people: PersonNames | None = None,
) -> Counter[str]:
    """How many independent sources name each entity of the given kinds (each counts a
    name once, and a syndicated copy counts with its original), people by the storyline's
    one name for them (``people``: the members', when the caller has them already)."""
    return _tallies(members, labels, people)[0]


def _tallies(
    members: list[Article], labels: frozenset[str] | set[str], people: PersonNames | None = None
) -> tuple[Counter[str], Counter[str]]:
    """``entity_counts`` and how often the entities are mentioned in all, in one pass (the
    storyline's names for its people are worked out once)."""
    people = people if people is not None else person_names(members)
    named: dict[str, set[str]] = {}
    mentions: Counter[str] = Counter()
    for article in members:
        found = [
            people.person(e) or e.canonical
            for e in article.entities
            if e.label in labels and e.canonical
        ]
        mentions.update(found)
        named.setdefault(source_of(article), set()).update(found)
    counts: Counter[str] = Counter()
    for names in named.values():
        counts.update(names)
    return counts, mentions


def _day(event: Event, published: Mapping[str, str | None]) -> str | None:
    """The event's date, else the earliest publication date of its articles (of those
    ``published`` knows)."""
    if event.date:
        return event.date
    days = sorted(day for i in event.article_ids if (day := published.get(i)))
    return days[0] if days else None
