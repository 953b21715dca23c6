"""One name per person across the sources of a storyline.

Within an article the read stage already joins "Salazar" to "Ken Salazar" (``canonical``).
Across articles the same person is still "Salazar" in one source, "Ken Salazar" in another
and "Claudia Sheinbaum Pardo" in a third that says "Claudia Sheinbaum" nowhere. Here a name
joins a longer one when its words are among the longer name's words (accents and case
folded, titles such as "Ambassador" left out), and only when that is unambiguous: "Biden"
stays "Biden" in a storyline that names both Joe and Jill Biden, and "Mrs. Biden" (whose
title shows a gender) is Jill Biden, never Joe. The storyline's name for
a person is the full name (two words or more) that most of its articles use, the longer on
a tie.

The small English model sometimes tags a surname as an organisation throughout an article
("Salazar" in seed 002); a mention tagged so is still the person when the storyline's other
articles tag that name as a person more often than not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from storyline.extract.words import fold
from storyline.model import Article, Entity
from storyline.people import (
    MISTAGGED_LABELS,
    gender_of,
    is_name,
    looks_like_headline,
    names_an_organisation,
    strip_title,
)
from storyline.per_report import per_report

NAME_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True, slots=True)
class PersonNames:
    """The storyline's name for each person name its articles use."""

    canonical: dict[str, str]
    # Names the storyline's articles tag as a person at least as often as otherwise.
    people: frozenset[str]

    def name_of(self, name: str) -> str:
        return self.canonical.get(name, name)

    def person(self, entity: Entity) -> str | None:
        """The storyline's name of the person an entity mentions, or None for no person."""
        if entity.label == "PERSON" or (
            entity.label in MISTAGGED_LABELS and entity.canonical in self.people
        ):
            return self.name_of(entity.canonical)
        return None


def person_names(articles: Iterable[Article]) -> PersonNames:
    as_person: Counter[str] = Counter()
    as_other: Counter[str] = Counter()
    for article in articles:
        persons, speakers, others = per_report("names", article, _names_in)
        as_person.update(persons)
        as_person.update(speakers)
        as_other.update(others)
    people = frozenset(n for n in as_person if as_person[n] >= as_other[n])
    return PersonNames(_canonical_names(as_person), people)


def _names_in(article: Article) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The names one report gives a person, the speakers it quotes by name, and the names
    it tags as something a person's name is often mistaken for (kept per report: a
    storyline's names are worked out again at each build, from mostly the same reports)."""
    return (
        frozenset(e.canonical for e in article.entities if e.label == "PERSON"),
        frozenset(q.speaker for q in article.quotes if q.speaker and is_name(q.speaker)),
        frozenset(e.canonical for e in article.entities if e.label in MISTAGGED_LABELS),
    )


def _canonical_names(mentions: Counter[str]) -> dict[str, str]:
    # A caption or headline the tagger took for a name ("Marco Rubio Responds To Question":
    # a reader met it as the speaker of Rubio's words) is no one's fuller name, nor is an
    # organisation's name that holds a person's ("Trayvon Martin Foundation", whose
    # statement a reader found given to Trayvon Martin).
    # Nor is an organisation's initials ("GM said in a statement" had been given to "New
    # GM", the company a report named after the bankruptcy): a word in capitals no mention
    # writes otherwise (a transcript's "CLINTON" is Clinton, written so elsewhere).
    lowered = {word.casefold() for n in mentions for word in n.split() if not word.isupper()}
    named = (
        n
        for n in mentions
        if not looks_like_headline(n)
        and not names_an_organisation(n)
        and not (INITIALS.fullmatch(n) and n.casefold() not in lowered)
    )
    words = {name: w for name in named if (w := _words(name))}
    having: dict[str, set[str]] = {}
    for name, name_words in words.items():
        for word in name_words:
            having.setdefault(word, set()).add(name)
    roots = {name: _root(name, words, having) for name in words}
    # Names with the same words ("López Obrador", "Lopez Obrador") are one group.
    groups: dict[frozenset[str], list[str]] = {}
    for name, root in roots.items():
        groups.setdefault(words[root], []).append(name)
    canonical: dict[str, str] = {}
    for members in groups.values():
        full = [n for n in members if len(words[n]) >= 2] or members
        best = max(full, key=lambda n: (mentions[n], len(words[n]), _plain(n), n))
        canonical.update({n: best for n in members if n != best})
    return canonical


# An organisation's initials as a name: "GM", "SIA", "NATO", "AT&T".
INITIALS = re.compile(r"[A-Z][A-Z0-9&.]+")


def _adds_a_figure(own: frozenset[str], longer: frozenset[str]) -> bool:
    """The longer name adds a figure: another handle, not this person's fuller name
    ("Guccifer 2.0", the DNC hack's persona, is not the Romanian hacker "Guccifer" a May
    2016 report quoted; a reader found his words given to the other)."""
    return any(any(c.isdigit() for c in word) for word in longer - own)


def _other_gender(one: str | None, other: str | None) -> bool:
    return one is not None and other is not None and one != other


def _plain(name: str) -> bool:
    """Written with letters only (no stray quotation mark from the model's span)."""
    return all(c.isalpha() or c in " .’'-" for c in name)


def _words(name: str) -> frozenset[str]:
    # Titles before the name are no part of it ("Ambassador Salazar" is Salazar); inside
    # a name the same words are names ("Steve King", "John Major").
    return frozenset(NAME_WORD.findall(fold(strip_title(name))))


def _root(name: str, words: dict[str, frozenset[str]], having: dict[str, set[str]]) -> str:
    """The one longest name that contains this one, or the name itself when none does or
    when the longer names that contain it are not all one person's. ``having`` gives the
    names that use each word, so only names sharing all of this one's words are looked at,
    not every name of the storyline (a long storyline names thousands of people)."""
    own = words[name]
    sharing = set.intersection(*(having[w] for w in own))
    # A title or a first name that shows another gender is another person: "Miss Somers"
    # (the hostage's sister, quoted "Please let him live.") is not Luke Somers, and "Mrs.
    # Clinton" is Hillary Clinton where the storyline names Bill Clinton too.
    gender = gender_of(name)
    longer = [
        n
        for n in sharing
        if own < words[n]
        and not _other_gender(gender, gender_of(n))
        and not _adds_a_figure(own, words[n])
    ]
    if not longer:
        return name
    widest = max(longer, key=lambda n: (len(words[n]), n))
    if all(words[n] <= words[widest] for n in longer):
        return widest
    return name
