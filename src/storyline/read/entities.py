"""Named entities, with names inside one article joined to their fullest form.

The small English model often labels a lone surname ("Salazar") as an organisation; when
the article elsewhere names a person whose last word it is ("Ken Salazar"), the mention is
that person.
"""

from __future__ import annotations

from typing import Any

from storyline.model import Entity

KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW"}
TRIM = " \t\n“”\"‘’'()[],.:;"


def entities_from_doc(doc: Any) -> list[Entity]:
    found = [
        _entity(ent.text, ent.label_, ent.start_char, ent.end_char)
        for ent in doc.ents
        if ent.label_ in KEPT_LABELS
    ]
    found = [e for e in found if e.text]
    _canonicalise_people(found)
    return found


def _entity(text: str, label: str, start: int, end: int) -> Entity:
    stripped = text.strip(TRIM)
    offset = text.find(stripped) if stripped else 0
    # "Ken Salazar Photo" and similar run-ons: drop a trailing lower-value word is not safe,
    # so only trim possessives, which never belong to the name.
    for suffix in ("’s", "'s"):
        if stripped.endswith(suffix):
            stripped = stripped[: -len(suffix)]
    return Entity(stripped, label, start + offset, start + offset + len(stripped), stripped)


def _canonicalise_people(found: list[Entity]) -> None:
    full_names = [e.text for e in found if e.label == "PERSON" and len(e.text.split()) >= 2]
    for entity in found:
        if entity.label not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        match = person_for(entity.text, full_names)
        if match:
            entity.label = "PERSON"
            entity.canonical = match


def person_for(name: str, full_names: list[str]) -> str | None:
    """The longest full name that ``name`` is the ending (surname) or the whole of."""
    tokens = name.split()
    if not tokens:
        return None
    best: str | None = None
    for full in full_names:
        parts = full.split()
        if parts[-len(tokens) :] == tokens and (best is None or len(full) > len(best)):
            best = full
    return best
