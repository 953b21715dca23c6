"""The words each claim shares with the other sources' sentences (compare/overlaps.py)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import numpy as np
import pytest

from storyline.compare import overlaps
from storyline.compare.overlaps import Cells, Sentences


@dataclass(frozen=True)
class Near:
    """Another source's closest sentence to a claim."""

    source: str
    position: int
    shared: int


@dataclass(frozen=True)
class Closest:
    """What one claim shares with the other sources, as objects (``Sentences.nearest``
    gives it as arrays)."""

    position: int
    reached: int
    near: list[Near]


def _closest(
    sentences: Sentences,
    cells: Cells,
    claims: Sequence[int],
    keep: int,
    listed: float | None = None,
) -> list[Closest]:
    """Each claim's ``Closest``, in the order of ``claims``, from ``Sentences.nearest``."""
    found = sentences.nearest(cells, claims, keep, listed)
    near: dict[int, list[Near]] = {}
    for n, s, q, shared in zip(
        found.claim.tolist(),
        found.source.tolist(),
        found.best.tolist(),
        found.shared.tolist(),
        strict=True,
    ):
        near.setdefault(n, []).append(Near(sentences.names[s], q, shared))
    return [
        Closest(position, int(found.reached[n]), near.get(n, []))
        for n, position in enumerate(claims)
    ]


def closest_sources(
    stems: Sequence[AbstractSet[str]],
    sources: Sequence[str],
    claims: Sequence[int],
    floor: float,
    keep: int,
) -> list[Closest]:
    """Each claim's closest sources from one product of every sentence, each sentence its
    own article."""
    sentences = Sentences(stems, sources, [str(n) for n in range(len(stems))])
    return _closest(sentences, sentences.cells(claims, floor), claims, keep)


def test_each_other_sources_closest_sentence_is_found_whatever_words_it_shares() -> None:
    stems = [
        {"vos", "orrin", "banked", "said"},  # the claim, source a
        {"vos", "orrin", "banked"},  # b's closest: three words
        {"said", "vos"},  # b again, two words (common ones)
        {"vos", "orrin", "banked", "said"},  # c: all four
        {"orrin", "said", "vos", "banked"},  # a's own sentence: never compared
    ]
    [found] = closest_sources(stems, ["a", "b", "b", "c", "a"], [0], 0.25, 10)
    assert found == Closest(0, 4, [Near("b", 1, 3), Near("c", 3, 4)])


def test_the_closest_sources_are_kept_by_words_shared_then_id_and_listed_in_order() -> None:
    stems = [{"w1", "w2", "w3", "w4"}, {"w1"}, {"w1", "w2"}, {"w1", "w2"}, {"w1", "w2", "w3"}]
    # w shares three; x and y two each (x has the smaller id); z one.
    [found] = closest_sources(stems, ["a", "z", "y", "x", "w"], [0], 0.25, 2)
    assert found.near == [Near("x", 3, 2), Near("w", 4, 3)]
    # Below the floor a source is not near at all.
    [found] = closest_sources(stems, ["a", "z", "y", "x", "w"], [0], 0.5, 10)
    assert [n.source for n in found.near] == ["y", "x", "w"]


def test_a_tie_within_a_source_goes_to_its_first_sentence() -> None:
    stems = [{"w1", "w2"}, {"w1", "x"}, {"w2", "y"}]
    [found] = closest_sources(stems, ["a", "b", "b"], [0], 0.5, 5)
    assert found.near == [Near("b", 1, 1)]


def test_how_close_a_source_comes_is_counted_from_the_floor_up() -> None:
    # No caller reads a closeness under the floor (flags ask for related_overlap, a
    # quarter, and the floor is the lower of that and support_overlap), so under it
    # nothing is counted: what a claim shares with a source is then a function of the
    # two reports alone, and can be kept from one build to the next.
    claim = {"said", "vos", "orrin", "banked", "ledger", "tax"}
    stems = [claim, {"said", "vos", "court"}, {"orrin"}] + [{"said", "judge"}] * 3
    [found] = closest_sources(stems, ["a", "b", "c", "d", "e", "f"], [0], 0.5, 5)
    assert found.reached == 0 and found.near == []
    [found] = closest_sources(stems, ["a", "b", "c", "d", "e", "f"], [0], 0.3, 5)
    assert found.reached == 2 and found.near == [Near("b", 1, 2)]


def _reference(
    stems: list[set[str]], sources: list[str], claim: int, floor: float, keep: int
) -> Closest:
    """The rule as plain Python, one pair at a time."""
    size = len(stems[claim])
    reached = 0
    best: dict[str, tuple[int, int]] = {}  # source -> (shared, position)
    first: dict[str, int] = {}
    for position, held in enumerate(stems):
        if sources[position] == sources[claim]:
            continue
        shared = len(stems[claim] & held)
        if shared and shared / size >= floor:
            reached = max(reached, shared)
            source = sources[position]
            first.setdefault(source, position)
            if source not in best or shared > best[source][0]:
                best[source] = (shared, position)
    chosen = sorted(best, key=lambda s: (-best[s][0], s))[:keep]
    near = [Near(s, best[s][1], best[s][0]) for s in sorted(chosen, key=lambda s: first[s])]
    return Closest(claim, reached, near)


def _random_sentences(
    rng: random.Random, most_words: int, most_sentences: int
) -> tuple[list[set[str]], list[str], list[int]]:
    """Sentences of random words from a few sources, and some of them as claims."""
    words = [f"w{n}" for n in range(rng.randint(3, most_words))]
    count = rng.randint(2, most_sentences)
    stems = [set(rng.sample(words, rng.randint(1, len(words)))) for _ in range(count)]
    sources = [rng.choice("abcdef") for _ in range(count)]
    return stems, sources, sorted(rng.sample(range(count), rng.randint(1, count)))


@pytest.mark.parametrize("block_cells", [7, 2_000_000])
def test_the_counts_are_those_of_comparing_every_pair(
    block_cells: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(overlaps, "BLOCK_CELLS", block_cells)  # blocks of one claim or all
    rng = random.Random(7)
    for _ in range(60):
        stems, sources, claims = _random_sentences(rng, 15, 30)
        floor, keep = rng.choice([0.25, 0.5, 0.3]), rng.randint(1, 6)
        found = list(closest_sources(stems, sources, claims, floor, keep))
        assert found == [_reference(stems, sources, c, floor, keep) for c in claims]


def test_cells_found_in_parts_choose_the_sources_one_product_does() -> None:
    """A build that adds reports compares the new claims with every sentence and the older
    claims with the new sentences only, and keeps the older cells: the closest sources
    chosen from those parts are those of comparing everything (``compare/remembered.py``)."""
    rng = random.Random(11)
    for _ in range(60):
        words = [f"w{n}" for n in range(rng.randint(3, 12))]
        articles = sorted(rng.sample("abcdefghij", rng.randint(2, 8)))
        lengths = {a: rng.randint(1, 5) for a in articles}
        article_of = [a for a in articles for _ in range(lengths[a])]
        stems = [set(rng.sample(words, rng.randint(1, len(words)))) for _ in article_of]
        # Some articles are copies of others: their sentences count for that source.
        source = {a: rng.choice(articles[: n + 1]) for n, a in enumerate(articles)}
        sources = [source[a] for a in article_of]
        claims = [p for p, a in enumerate(article_of) if source[a] == a]
        new = set(rng.sample(articles, rng.randint(1, len(articles))))
        floor, keep = rng.choice([0.25, 0.5]), rng.randint(1, 4)
        sentences = Sentences(stems, sources, article_of)
        whole = sentences.cells(claims, floor)
        new_claims = [p for p in claims if article_of[p] in new]
        old_claims = [p for p in claims if article_of[p] not in new]
        new_columns = np.asarray([p for p, a in enumerate(article_of) if a in new])
        kept = np.asarray(
            [
                article_of[c] not in new and sentences.article_ids[a] not in new
                for c, a in zip(whole.claim.tolist(), whole.article.tolist(), strict=True)
            ],
            dtype=bool,
        )
        old_cells = Cells(*(getattr(whole, f)[kept] for f in Cells.__slots__))
        parts = Cells.joined(
            [
                old_cells,
                sentences.cells(new_claims, floor),
                sentences.cells(old_claims, floor, new_columns),
            ]
        )
        assert _closest(sentences, parts, claims, keep) == [
            _reference(stems, sources, c, floor, keep) for c in claims
        ]


def test_listing_only_the_sources_that_share_more_keeps_the_choice_and_the_reach() -> None:
    rng = random.Random(5)
    for _ in range(60):
        stems, sources, claims = _random_sentences(rng, 12, 25)
        keep = rng.randint(1, 5)
        sentences = Sentences(stems, sources, [str(n) for n in range(len(stems))])
        cells = sentences.cells(claims, 0.25)
        every = _closest(sentences, cells, claims, keep)
        listed = _closest(sentences, cells, claims, keep, listed=0.5)
        for one, other in zip(every, listed, strict=True):
            size = len(stems[one.position])
            assert other.reached == one.reached
            assert other.near == [n for n in one.near if n.shared / size >= 0.5]


def test_nearest_asks_for_each_claim_once_in_order() -> None:
    """Claims out of order, listed twice or missing one the cells hold would pair sources
    with the wrong claim: refused."""
    sentences = Sentences(
        [frozenset("abcd"), frozenset("abce"), frozenset("abcf")], ["x", "y", "z"], ["x", "y", "z"]
    )
    cells = sentences.cells([0, 1], 0.5)
    assert len(sentences.nearest(cells, [0, 1], 3).claim)
    for wrong in ([1, 0], [0, 0, 1], [0]):
        with pytest.raises(ValueError, match="ascending"):
            sentences.nearest(cells, wrong, 3)


def test_an_articles_closest_sentence_is_its_first_that_shares_the_most() -> None:
    """Cells are found per (claim, article) from runs of its sentences in order: the
    closest is the first of those sharing the most words, the first near one is its first
    sentence over the floor."""
    stems = [{"a", "b", "c", "d"}, {"a"}, {"a", "b", "c"}, {"x"}, {"a", "b", "c"}, {"b"}]
    sentences = Sentences(stems, ["s", "t", "t", "t", "t", "t"], ["s", "t", "t", "t", "t", "t"])
    cells = sentences.cells([0], 0.25)
    assert cells.article.tolist() == [1]
    assert (cells.best.tolist(), cells.shared.tolist(), cells.first.tolist()) == ([2], [3], [1])


def test_cells_are_asked_of_ascending_columns() -> None:
    """A claim's sentences of one article are read as one run in column order: columns
    out of order are refused, not read wrong."""
    sentences = Sentences([frozenset("ab"), frozenset("ab"), frozenset("ab")], "xyy", "xyy")
    assert len(sentences.cells([0], 0.5, np.asarray([1, 2])).claim) == 1
    with pytest.raises(ValueError, match="ascending"):
        sentences.cells([0], 0.5, np.asarray([2, 1]))


def test_pairs_sharing_words_are_those_a_test_of_every_pair_finds() -> None:
    """The pairs of sets that share words, counted in sparse products a few hundred rows at
    a time, are those a test of every pair finds, in the same order, with the same counts
    (sets of no words among them, and none at all)."""
    from storyline.compare.overlaps import pairs_sharing

    rng = random.Random(7)
    for trial in range(300):
        vocabulary = [f"w{n}" for n in range(rng.randint(1, 30))]
        sets = [
            frozenset(rng.sample(vocabulary, rng.randint(0, min(8, len(vocabulary)))))
            for _ in range(rng.randint(0, 40))
        ]
        first, least = rng.randint(0, len(sets)), rng.randint(0, 4)
        every_pair = [
            (i, j, len(sets[i] & sets[j]))
            for i in range(first)
            for j in range(i + 1, len(sets))
            if len(sets[i] & sets[j]) >= max(1, least)
        ]
        if trial % 2:  # (products of a few rows at a time: the same pairs)
            overlaps.PAIR_ROWS, rows = 3, overlaps.PAIR_ROWS
        try:
            found = pairs_sharing(sets, first, least)
        finally:
            if trial % 2:
                overlaps.PAIR_ROWS = rows
        assert list(zip(*(column.tolist() for column in found), strict=True)) == every_pair
