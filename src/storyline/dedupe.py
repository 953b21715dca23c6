"""Near-duplicates and syndicated copies: MinHash over word shingles, candidates from LSH.

A copy (a wire story republished with a new headline, a trimmed ending, other boilerplate)
is linked to the earliest stored article it copies (``duplicate_of``), and counts as one
independent source with it everywhere.

Candidates come from LSH bands (``bands``): the signature is cut into bands of values and
two texts are candidates when any band is equal. The bands live where the signatures live
(an in-memory ``DuplicateIndex`` here, a table in the store), so finding the original of a
new article is a few indexed lookups however many articles are stored.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, NamedTuple, Protocol

import numpy as np
from datasketch import LeanMinHash, MinHash

from storyline.bands import band_keys
from storyline.extract.words import text_words
from storyline.model import Article
from storyline.settings import DEFAULT, Settings

# dedupe-2: a text standing nearly whole in a longer one is its copy (``copies``).
STAGE_VERSION = "dedupe-2"
SCHEME = MinHash(num_perm=1, seed=1).scheme


def shingles(text: str, size: int) -> set[bytes]:
    tokens = text_words(text)
    if len(tokens) < size:
        return {" ".join(tokens).encode("utf-8")} if tokens else set()
    return {" ".join(tokens[i : i + size]).encode("utf-8") for i in range(len(tokens) - size + 1)}


def signature(text: str, settings: Settings = DEFAULT) -> LeanMinHash:
    minhash = MinHash(
        num_perm=settings.minhash_perm,
        seed=1,
        permutations=_permutations(settings.minhash_perm),
        scheme=SCHEME,
    )
    minhash.update_batch(shingles(text, settings.shingle_words))
    return LeanMinHash(minhash)


@functools.cache
def _permutations(num_perm: int) -> tuple[Any, Any]:
    """The permutations ``MinHash`` draws from its seed, drawn once: drawing them was a
    fifth of signing a 400-word article (2,000 articles, py-spy)."""
    a, b = MinHash(num_perm=num_perm, seed=1).permutations
    a.setflags(write=False)  # shared by every signature from now on
    b.setflags(write=False)
    return a, b


def to_bytes(sig: LeanMinHash) -> bytes:
    return bytes(np.asarray(sig.hashvalues, dtype=np.uint64).tobytes())


def from_bytes(data: bytes) -> LeanMinHash:
    values = np.frombuffer(data, dtype=np.uint64)
    # Signatures are always made by ``signature`` above, so they share its hash scheme.
    return LeanMinHash(seed=1, hashvalues=values, scheme=SCHEME)


class Candidate(NamedTuple):
    """A stored article sharing a band with the new one."""

    article_id: str
    original_id: str  # the article itself, or the original it copies
    original_order: int  # arrival order of that original
    signature: bytes


class Originals(Protocol):
    """Where stored signatures are looked up and new ones kept."""

    def candidates(self, article_id: str, sig: bytes) -> Iterable[Candidate]: ...

    def add(self, article_id: str, sig: bytes, duplicate_of: str | None) -> None: ...


class DuplicateIndex:
    """Signatures kept in memory (a batch that is not stored, tests)."""

    def __init__(self) -> None:
        self.bands: dict[tuple[int, int], set[str]] = {}
        self.signatures: dict[str, bytes] = {}
        self.order: dict[str, int] = {}
        self.original_of: dict[str, str] = {}

    def candidates(self, article_id: str, sig: bytes) -> list[Candidate]:
        return [
            Candidate(other, original, self.order[original], self.signatures[other])
            for other, original in self.sharing_a_band(article_id, sig)
        ]

    def sharing_a_band(self, article_id: str, sig: bytes) -> list[tuple[str, str]]:
        """The kept articles sharing a band with a signature, each with the original it
        copies (or itself)."""
        found = {other for band in band_keys(sig) for other in self.bands.get(band, ())}
        found.discard(article_id)
        return [(other, self.original_of.get(other, other)) for other in sorted(found)]

    def add(self, article_id: str, sig: bytes, duplicate_of: str | None) -> None:
        for band in band_keys(self.signatures.get(article_id, b"")):
            self.bands[band].discard(article_id)
        self.signatures[article_id] = sig
        self.order.setdefault(article_id, len(self.order))
        for band in band_keys(sig):
            self.bands.setdefault(band, set()).add(article_id)
        if duplicate_of:
            self.original_of[article_id] = duplicate_of
        else:
            self.original_of.pop(article_id, None)


def original(
    article_id: str, sig: LeanMinHash, index: Originals, settings: Settings = DEFAULT
) -> str | None:
    """The earliest stored article this one copies, or None. A copy of a copy is a copy
    of the original."""
    matches = [
        candidate
        for candidate in index.candidates(article_id, to_bytes(sig))
        if copies(sig, from_bytes(candidate.signature), settings)
    ]
    if not matches:
        return None
    return min(matches, key=lambda c: c.original_order).original_id


def copies(one: LeanMinHash, other: LeanMinHash, settings: Settings = DEFAULT) -> bool:
    """Whether one text copies the other: most of their shingles shared (Jaccard), or the
    shorter one standing nearly whole in the longer (containment)."""
    jaccard = one.jaccard(other)
    if jaccard >= settings.duplicate_jaccard:
        return True
    if jaccard < settings.copy_floor_jaccard:
        return False
    return bool(containment(jaccard, one.count(), other.count()) >= settings.duplicate_containment)


def containment(jaccard: float, size: float, other_size: float) -> float:
    """The share of the smaller set that stands in the larger, from their Jaccard
    similarity and (estimated) sizes: |A∩B| = J(|A|+|B|)/(1+J)."""
    smaller = min(size, other_size)
    if smaller <= 0:
        return 0.0
    return jaccard * (size + other_size) / ((1 + jaccard) * smaller)


def mark_duplicate(
    article: Article, index: Originals, sig: LeanMinHash, settings: Settings = DEFAULT
) -> None:
    article.duplicate_of = original(article.id, sig, index, settings)
    index.add(article.id, to_bytes(sig), article.duplicate_of)
