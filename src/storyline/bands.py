"""LSH bands of a MinHash signature: the keys under which the dedupe stage's in-memory
index and the store's table find an article's near-duplicate candidates. Here, apart from
both, so the store depends on no stage."""

from __future__ import annotations

import hashlib

# With 128 values, bands of 4 give 32 bands: a pair at the copy threshold (Jaccard 0.5) is a
# candidate 87% of the time, at 0.6 99%, while two reports of one event by different
# reporters (below 0.2) rarely are (5%). Every candidate is verified on the whole signature.
# Stored bands depend on it: changing it means re-deduplicating the store.
BAND_ROWS = 4


def band_keys(data: bytes) -> list[tuple[int, int]]:
    """(band number, key) for each LSH band of a signature in bytes; the key is a 64-bit
    digest of the band's values, so equal bands have equal keys."""
    size = BAND_ROWS * 8
    return [
        (band, _key(data[start : start + size]))
        for band, start in enumerate(range(0, len(data) - size + 1, size))
    ]


def _key(chunk: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "big", signed=True)
