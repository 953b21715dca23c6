"""Near-duplicates and syndicated copies: MinHash over word shingles, candidates from LSH.

A copy (a wire story republished with a new headline, a trimmed ending, other boilerplate)
is linked to the earliest stored article it copies (``duplicate_of``), and counts as one
independent source with it everywhere.
"""

from __future__ import annotations

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from storyline.extract.words import words
from storyline.model import Article
from storyline.settings import DEFAULT, Settings

STAGE_VERSION = "dedupe-1"
SCHEME = MinHash(num_perm=1, seed=1).scheme


def shingles(text: str, size: int) -> set[bytes]:
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens).encode("utf-8")} if tokens else set()
    return {" ".join(tokens[i : i + size]).encode("utf-8") for i in range(len(tokens) - size + 1)}


def signature(text: str, settings: Settings = DEFAULT) -> LeanMinHash:
    minhash = MinHash(num_perm=settings.minhash_perm, seed=1)
    minhash.update_batch(shingles(text, settings.shingle_words))
    return LeanMinHash(minhash)


def to_bytes(sig: LeanMinHash) -> bytes:
    return bytes(np.asarray(sig.hashvalues, dtype=np.uint64).tobytes())


def from_bytes(data: bytes) -> LeanMinHash:
    values = np.frombuffer(data, dtype=np.uint64)
    # Signatures are always made by ``signature`` above, so they share its hash scheme.
    return LeanMinHash(seed=1, hashvalues=values, scheme=SCHEME)


class DuplicateIndex:
    """The signatures of stored originals, searchable by LSH."""

    def __init__(self, settings: Settings = DEFAULT) -> None:
        self.settings = settings
        self.lsh = MinHashLSH(threshold=settings.duplicate_jaccard, num_perm=settings.minhash_perm)
        self.signatures: dict[str, LeanMinHash] = {}
        self.order: dict[str, int] = {}
        self.original_of: dict[str, str] = {}

    def add(self, article_id: str, sig: LeanMinHash, duplicate_of: str | None = None) -> None:
        if article_id in self.signatures:
            self.lsh.remove(article_id)
        self.signatures[article_id] = sig
        self.order.setdefault(article_id, len(self.order))
        self.lsh.insert(article_id, sig)
        if duplicate_of:
            self.original_of[article_id] = duplicate_of

    def original(self, article_id: str, sig: LeanMinHash) -> str | None:
        """The earliest stored article this one copies, or None."""
        matches = []
        for other in self.lsh.query(sig):
            if other == article_id:
                continue
            if sig.jaccard(self.signatures[other]) >= self.settings.duplicate_jaccard:
                # A copy of a copy is a copy of the original.
                matches.append(self.original_of.get(other, other))
        if not matches:
            return None
        return str(min(matches, key=lambda m: self.order.get(m, len(self.order))))


def mark_duplicate(article: Article, index: DuplicateIndex, sig: LeanMinHash) -> None:
    article.duplicate_of = index.original(article.id, sig)
    index.add(article.id, sig, article.duplicate_of)
