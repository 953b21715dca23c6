"""The words each claim shares with the other sources' sentences (compare/overlaps.py)."""

from __future__ import annotations

import math
import random

import pytest

from storyline.compare import overlaps
from storyline.compare.overlaps import Closest, Near, closest_sources


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


def test_how_close_a_source_comes_counts_sentences_holding_a_rarer_word() -> None:
    # "said" is in every sentence, so a sentence sharing only it is no step towards the
    # claim's point: below the floor, ``reached`` counts the sentences that hold one of
    # the claim's rarer words, as the postings search did.
    claim = {"said", "vos", "orrin", "banked", "ledger", "tax"}
    stems = [claim, {"said", "vos", "court"}, {"orrin"}] + [{"said", "judge"}] * 3
    # Half of six words is three; a sentence sharing that many holds one of the four
    # rarest (banked, ledger, tax, then orrin before vos): sentence 1 holds none.
    [found] = closest_sources(stems, ["a", "b", "c", "d", "e", "f"], [0], 0.5, 5)
    assert found.reached == 1  # sentence 2's "orrin", not sentence 1's "said" and "vos"
    assert found.near == []


def _reference(
    stems: list[set[str]], sources: list[str], claim: int, floor: float, keep: int
) -> Closest:
    """The rule as plain Python, one pair at a time."""
    frequency = {w: sum(w in s for s in stems) for s in stems for w in s}
    ranked = sorted(stems[claim], key=lambda w: (frequency[w], w))
    need = max(1, math.ceil(floor * len(ranked)))
    rarer = set(ranked[: len(ranked) - need + 1])
    size = len(stems[claim])
    reached = 0
    best: dict[str, tuple[int, int]] = {}  # source -> (shared, position)
    first: dict[str, int] = {}
    for position, held in enumerate(stems):
        if sources[position] == sources[claim]:
            continue
        shared = len(stems[claim] & held)
        if held & rarer:
            reached = max(reached, shared)
        if shared and shared / size >= floor:
            source = sources[position]
            first.setdefault(source, position)
            if source not in best or shared > best[source][0]:
                best[source] = (shared, position)
    chosen = sorted(best, key=lambda s: (-best[s][0], s))[:keep]
    near = [Near(s, best[s][1], best[s][0]) for s in sorted(chosen, key=lambda s: first[s])]
    return Closest(claim, reached, near)


@pytest.mark.parametrize("block_cells", [7, 2_000_000])
def test_the_counts_are_those_of_comparing_every_pair(
    block_cells: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(overlaps, "BLOCK_CELLS", block_cells)  # blocks of one claim or all
    rng = random.Random(7)
    for _ in range(60):
        words = [f"w{n}" for n in range(rng.randint(3, 15))]
        count = rng.randint(2, 30)
        stems = [set(rng.sample(words, rng.randint(1, len(words)))) for _ in range(count)]
        sources = [rng.choice("abcdef") for _ in range(count)]
        claims = sorted(rng.sample(range(count), rng.randint(1, count)))
        floor, keep = rng.choice([0.25, 0.5, 0.3]), rng.randint(1, 6)
        found = list(closest_sources(stems, sources, claims, floor, keep))
        assert found == [_reference(stems, sources, c, floor, keep) for c in claims]
