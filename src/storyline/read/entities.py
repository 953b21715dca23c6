"""Named entities, with names inside one article joined to their fullest form.

The small English model often labels a lone surname ("Salazar") as an organisation; when
the article elsewhere names a person whose last word it is ("Ken Salazar"), the mention is
that person.
"""

from __future__ import annotations

import re
from typing import Any

from storyline.model import Entity
from storyline.people import (
    FEMALE_WORDS,
    FIRST_NAMES,
    KEPT_LABELS,
    MALE_WORDS,
    MISTAGGED_LABELS,
    TITLE_WORDS,
    is_full_name,
    is_sovereign,
    names_an_organisation,
    person_for,
    strip_title,
    word_list,
)

__all__ = ["entities_from_doc", "person_for"]
TRIM = " \t\n“”\"‘’'()[],.:;"
DOUBLE_QUOTES = '“”"'
TRAILING_FUNCTION_WORDS = frozenset(["of", "in", "at", "from", "and", "for", "the", "on", "to"])


def entities_from_doc(doc: Any) -> list[Entity]:
    found = [
        _entity(ent.text, ent.label_, ent.start_char, ent.end_char)
        for ent in doc.ents
        if ent.label_ in KEPT_LABELS
    ]
    # Read once: spaCy joins the text again from every token each time it is asked.
    text = doc.text
    found = [_with_first_name(text, e) for e in found if e.text]
    _canonicalise_people(found, text)
    return found


def _entity(text: str, label: str, start: int, end: int) -> Entity:
    stripped = text.strip(TRIM)
    offset = text.find(stripped) if stripped else 0
    marks = [n for n, c in enumerate(stripped) if c in DOUBLE_QUOTES]
    if len(marks) % 2:
        # The tagger began or ended inside a nickname: 'Gee" O'Brien' of 'Guy "Master Gee"
        # O'Brien' is the name after its closing mark, 'Mike “Wonder Mike' the name before
        # its opening one (a closing mark has a space after it, an opening one a letter).
        last = marks[-1]
        closing = stripped[last] == "”" or (
            stripped[last] == '"' and stripped[last + 1 : last + 2] == " "
        )
        if closing and stripped[last + 1 :].strip(TRIM):
            tail = stripped[last + 1 :]
            offset += last + 1 + len(tail) - len(tail.lstrip(TRIM))
            stripped = tail.strip(TRIM)
        elif not closing and stripped[:last].strip(TRIM):
            stripped = stripped[:last].strip(TRIM)
    # "Ken Salazar Photo" and similar run-ons: drop a trailing lower-value word is not safe,
    # so only trim possessives, which never belong to the name.
    for suffix in ("’s", "'s", "‘s"):  # (a left mark for an apostrophe, as some sites type it)
        if stripped.endswith(suffix):
            stripped = stripped[: -len(suffix)]
    # ... and a function word the tagger ran on into ("Juan Manriquez of" before "Oakland"
    # was no speaker, so "he said" went to an earlier one).
    words = stripped.split(" ")
    while len(words) > 1 and words[-1] in TRAILING_FUNCTION_WORDS:
        words.pop()
    stripped = " ".join(words).rstrip(TRIM)
    if stripped.count("(") > stripped.count(")"):
        # "California Department of Transportation (Caltrans" (the tagger stopped inside
        # the parentheses): the name before them
        stripped = stripped[: stripped.rindex("(")].rstrip(TRIM) or stripped
    return Entity(stripped, label, start + offset, start + offset + len(stripped), stripped)


# The capitalised word right before a person's mention.
WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")  # (on the same line)


def _with_first_name(text: str, entity: Entity) -> Entity:
    """A person's first name the tagger left out ("Tennis great Billie Jean King" tagged
    "Jean King"): the capitalised word right before, when it is a known first name."""
    if entity.label != "PERSON":
        return entity
    before = WORD_BEFORE.search(text, max(0, entity.start - 20), entity.start)
    if before is None or before.group(1).lower() not in FIRST_NAMES:
        return entity
    start = before.start(1)
    whole = text[start : entity.end]
    return Entity(whole, entity.label, start, entity.end, whole)


def _canonicalise_people(found: list[Entity], text: str) -> None:
    # A title is no part of the name: "Judge Barbara Walther" is Barbara Walther.
    # (a surname: a person's one word, or the last of a person's full name)
    surnames = {e.text.split()[-1] for e in found if e.label == "PERSON" and e.text.split()}
    lower_words = _LowerWords(text)
    # (name, whether the tagger called it a person) of each full name in text order
    named = [
        (_plain(strip_title(e.text)), e.label == "PERSON")
        for e in found
        if (e.label == "PERSON" or _mistagged_full_name(e, surnames, text, lower_words))
        and is_full_name(e.text)
    ]
    # (each name once: a text naming one person thousands of times asks for each mention
    # among the names, not among every mention)
    full_names = list(dict.fromkeys(name for name, _ in named))
    tagged = list(dict.fromkeys(name for name, person in named if person))
    for entity in found:
        if entity.label != "PERSON" and entity.label not in MISTAGGED_LABELS:
            continue
        match = person_for(entity.text, full_names)
        if match and _made_ambiguous(entity.text, full_names, tagged):
            # a surname two people bear: a person's, as written, not the longer name
            entity.label, entity.canonical = "PERSON", _plain(strip_title(entity.text))
            continue
        if match and is_sovereign(entity.text) and not match.startswith(entity.text):
            # "King Hussein" is no title and surname of "Saddam Hussein" (TimeBank, 1990);
            # "Prince William" with no other William stays William, as before
            entity.label, entity.canonical = "PERSON", _plain(entity.text)
            continue
        if match:
            entity.label = "PERSON"
            entity.canonical = match
        elif entity.label == "PERSON":
            entity.canonical = _without_nickname(_plain(strip_title(entity.text)))


def _made_ambiguous(name: str, full_names: list[str], tagged: list[str]) -> bool:
    """A surname the tagger's people gave a full name, to which an untagged full name adds
    another person ("Frank Fiorina" tagged, "Carly Fiorina" an ORG; "Rupert Murdoch" and
    "Lachlan Murdoch"): which one a bare "Murdoch" is, is not for the longer name to say
    (between people the tagger found the longest wins, as before)."""
    own = person_for(name, tagged)
    return own is not None and person_for(name, full_names) != own


# A word of a person's name as written: capitalised, letters, perhaps joined by a hyphen or
# an apostrophe ("Jean-Pierre", "O'Brien"), no possessive.
NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*")
# The word right before a name, a title's full stop kept ("Gov.").
ROLE_BEFORE = re.compile(r"\b([A-Za-z-]+\.?)[ \t]+$")
# Words that name a person by title or by gender ("Senator", "actress"): no first name.
PERSON_WORDS = TITLE_WORDS | FEMALE_WORDS | MALE_WORDS
# ... and the roles a person is named with that those words do not hold.
NAMED_WITH = PERSON_WORDS | frozenset(
    word_list(
        """hopeful contender challenger incumbent ceo founder co-founder executive pastor
        activist researcher analyst economist pollster strategist spokesperson lawyer host
        anchor"""
    )
)
# A group or effort named after a cause: "the Stop Trump movement", "a Draft Biden campaign".
GROUP_AFTER = re.compile(
    r"[\s\"”’']+(?:movement|campaign|effort|forces|camp|coalition|supporters|delegates|"
    r"rally|group|PAC|wing|faction|crowd)\b"
)


class _LowerWords:
    """The words a text writes in lower case, found once when first asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = frozenset(LOWER_WORD.findall(self.text))
        return word in self._words


LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _mistagged_full_name(
    entity: Entity, surnames: set[str], text: str, lower_words: _LowerWords
) -> bool:
    """A name of two or three words the tagger called an organisation whose last word is
    a person's surname elsewhere in the text: "Carly Fiorina" (an ORG to the small model,
    as most of the 46 bare "Fiorina"), and "her husband, Frank Fiorina", a person. Without
    it his was the one full name of that surname, and a reader of a January 2016 briefing
    met "[Frank] Fiorina" running for president."""
    words = entity.text.split(" ")
    if entity.label != "ORG" or not 2 <= len(words) <= 3 or words[-1] not in surnames:
        return False
    if not all(NAME_WORD.fullmatch(word) for word in words) or names_an_organisation(entity.text):
        return False  # "Lehigh, Bruce Turry", "Boston’s Walsh", a heading's "Fault\nTed Cruz"
    if GROUP_AFTER.match(text, entity.end):
        return False  # "the Stop Trump movement": a cause's name, not a person's
    # A first word the text also writes in lower case is a word, not a first name ("Young
    # Latinos", "New Hampshire Sanders"), unless the lists know the name; nor is a role
    # or a gendered word ("Actress Amandla Stenberg": her surname is hers alone).
    first = words[0].lower()
    if first in PERSON_WORDS:
        return False
    if first in FIRST_NAMES:
        return True
    # A first name the lists do not know is a person's where a person's title or role
    # stands right before it ("presidential candidate Carly Fiorina", "Gov. Nikki
    # Haley"); a company's name never written in lower case is no person's by that alone
    # ("Merrill Lynch" had made Loretta Lynch's "Lynch said" the bank's, a review found).
    return first not in lower_words and _titled_before(text, entity.start)


def _titled_before(text: str, start: int) -> bool:
    """A person's title or role is the word right before ``start``."""
    before = ROLE_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    return before.group(1).lower().rstrip(".") in NAMED_WITH


# An editor's brackets inside a quotation ("Secretary [Hillary] Clinton", tagged "Hillary]
# Clinton") are no part of the name.
EDITORIAL_BRACKET = re.compile(r"\s*[\[\]]\s*")


def _plain(name: str) -> str:
    return (
        " ".join(EDITORIAL_BRACKET.sub(" ", name).split()) if "[" in name or "]" in name else name
    )


# A nickname in quotation marks inside a name: 'Juan "Chico" Manriquez' is Juan Manriquez.
NICKNAME = re.compile(r"\s+[“\"‘'][^“”\"‘’']{1,20}[”\"’']\s+")


def _without_nickname(name: str) -> str:
    return NICKNAME.sub(" ", name)
