"""Named entities, with names inside one article joined to their fullest form.

The small English model often labels a lone surname ("Salazar") as an organisation; when
the article elsewhere names a person whose last word it is ("Ken Salazar"), the mention is
that person.
"""

from __future__ import annotations

from typing import Any

from storyline.model import Entity
from storyline.people import KEPT_LABELS, MISTAGGED_LABELS, is_full_name, person_for, strip_title

__all__ = ["entities_from_doc", "person_for"]
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
    # A title is no part of the name: "Judge Barbara Walther" is Barbara Walther.
    full_names = [
        strip_title(e.text) for e in found if e.label == "PERSON" and is_full_name(e.text)
    ]
    for entity in found:
        if entity.label != "PERSON" and entity.label not in MISTAGGED_LABELS:
            continue
        match = person_for(entity.text, full_names)
        if match:
            entity.label = "PERSON"
            entity.canonical = match
        elif entity.label == "PERSON":
            entity.canonical = strip_title(entity.text)
