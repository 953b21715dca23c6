"""Fitting the learned similarity and choosing its thresholds, and the topic-grouped
cross-validation that measures how both hold on topics they have never seen.

The articles come in blocks of whole topics (the folds). Each block is clustered as a
store of its own would be, from an empty state, so a block's score says how the clusterer
does on topics it has never seen (and a replay of 150 articles is much cheaper than one of
all of them, which lets the thresholds be searched).

Pairs for the models are read by replaying each block's gold clustering online: the
articles arrive in order, each is compared with the candidate events the inverted index
gives for it (the comparisons the online clusterer makes), and is then put into its gold
event. A pair is labelled "same event" when the candidate is the article's gold event, and
"same storyline" when the candidate's articles are of the article's gold storyline (an
ECB+ topic).

``fit`` chooses everything by out-of-fold scores over the blocks it is given: for each
block, logistic regressions fitted on the other blocks' pairs; each point of a threshold
grid is scored by running the online clusterer over every block with its out-of-fold
weights; the best point is kept (event thresholds by event B-cubed F1, then the storyline
thresholds by storyline B-cubed F1 with them: storyline decisions do not change events),
and the shipped weights are refitted on all the blocks' pairs. ``cross_validate`` wraps that
in an outer loop, so the reported figures are of blocks that neither the weights nor the
thresholds saw.
"""

from __future__ import annotations

import hashlib
import logging
import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from storyline.cluster.online import OnlineClusterer, article_terms
from storyline.cluster.similarity import PairModel, SimilarityModel
from storyline.eval.metrics import bcubed
from storyline.model import Article
from storyline.settings import DEFAULT, Settings

log = logging.getLogger(__name__)

EVENT_JOIN_GRID = (0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6)
EVENT_MERGE_GRID = (0.8, 0.9, 0.95)
STORYLINE_JOIN_GRID = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
STORYLINE_REJOIN_STEPS = (0.1, 0.2)  # above storyline_join
NEVER = 1.01  # a threshold no probability reaches
# Regularisation of the logistic regressions (sklearn's C): seven features and thousands
# of pairs, so sklearn's default is kept.
REGULARISATION = 1.0

Item = tuple[Article, dict[str, float]]


@dataclass(slots=True)
class Gold:
    """The gold clustering of a set of articles: article id -> event, -> storyline."""

    event: dict[str, str]
    storyline: dict[str, str]


@dataclass(slots=True)
class Pairs:
    features: list[Sequence[float]] = field(default_factory=list)
    same_event: list[int] = field(default_factory=list)
    same_storyline: list[int] = field(default_factory=list)

    def extend(self, other: Pairs) -> None:
        self.features += other.features
        self.same_event += other.same_event
        self.same_storyline += other.same_storyline


@dataclass(slots=True)
class Block:
    """A fold: whole topics' articles (with their terms, read once) and their pairs."""

    topics: list[str]
    items: list[Item]
    pairs: Pairs


def items_of(articles: Sequence[Article]) -> list[Item]:
    return [(article, article_terms(article)) for article in articles]


def blocks_of(
    articles: Sequence[Article], gold: Gold, k: int, settings: Settings = DEFAULT
) -> list[Block]:
    """``k`` blocks of whole gold storylines (topics), each with its gold pairs."""
    blocks = []
    for topics in topic_folds([gold.storyline[a.id] for a in articles], k):
        items = items_of([a for a in articles if gold.storyline[a.id] in topics])
        blocks.append(Block(sorted(topics, key=_topic_key), items, pairs(items, gold, settings)))
    return blocks


def replay(
    items: Sequence[Item],
    model: SimilarityModel,
    settings: Settings = DEFAULT,
) -> Gold:
    """Cluster the articles online, in order, in memory (as ``pipeline.build`` does on an
    empty store): each article is assigned once on arrival; merges move an event's articles
    to the kept one. Returns article -> final event and -> final storyline."""
    clusterer = OnlineClusterer([], 0, {}, settings, model)
    event_of: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    for article, terms in items:
        assignment = clusterer.assign(article, terms)
        event_id = assignment.event.id
        event_of[article.id] = event_id
        members.setdefault(event_id, []).append(article.id)
        for folded, kept in assignment.merged:
            for moved in members.pop(folded.id, []):
                event_of[moved] = kept.id
                members[kept.id].append(moved)
    folded_into = dict(clusterer.merged_storylines)
    storyline_of = {
        article_id: _resolve(clusterer.events[event_id].storyline_id or event_id, folded_into)
        for article_id, event_id in event_of.items()
    }
    return Gold(event_of, storyline_of)


def _resolve(storyline_id: str, folded_into: dict[str, str | None]) -> str:
    seen = set()
    while storyline_id in folded_into and storyline_id not in seen:
        seen.add(storyline_id)
        storyline_id = folded_into[storyline_id] or storyline_id
    return storyline_id


def pairs(items: Sequence[Item], gold: Gold, settings: Settings = DEFAULT) -> Pairs:
    """The (article, candidate event) pairs of a replay of the gold events, with their
    channel similarities and labels."""
    clusterer = OnlineClusterer([], 0, {}, settings)
    found = Pairs()
    storyline_of_event: dict[str, str] = {}
    for article, terms in items:
        for event_id in clusterer.observe(terms):
            found.features.append(clusterer.channels(terms, clusterer.events[event_id]))
            found.same_event.append(int(event_id == gold.event[article.id]))
            found.same_storyline.append(
                int(storyline_of_event[event_id] == gold.storyline[article.id])
            )
        event_id = gold.event[article.id]
        clusterer.place(event_id, terms)
        storyline_of_event[event_id] = gold.storyline[article.id]
    return found


def fit_pair_model(features: list[Sequence[float]], labels: list[int]) -> PairModel:
    """A logistic regression of the labels on the channel similarities."""
    from sklearn.linear_model import LogisticRegression

    regression = LogisticRegression(C=REGULARISATION, max_iter=1000)
    regression.fit(features, labels)
    weights = tuple(round(float(w), 4) for w in regression.coef_[0])
    return PairModel(weights, round(float(regression.intercept_[0]), 4))


def fit_weights(blocks: Sequence[Block]) -> SimilarityModel:
    """Both pair models fitted on the blocks' pairs (thresholds left to choose)."""
    found = Pairs()
    for block in blocks:
        found.extend(block.pairs)
    return SimilarityModel(
        fit_pair_model(found.features, found.same_event),
        fit_pair_model(found.features, found.same_storyline),
        0.5,
        NEVER,
        NEVER,
        NEVER,
        {
            "pairs": len(found.features),
            "same_event_pairs": sum(found.same_event),
            "same_storyline_pairs": sum(found.same_storyline),
        },
    )


def fit(blocks: Sequence[Block], gold: Gold, settings: Settings = DEFAULT) -> SimilarityModel:
    """Weights fitted on all the blocks' pairs, thresholds chosen by the blocks'
    out-of-fold scores (see the module's docstring). ``trained`` records those scores."""
    held_out = [(block, fit_weights([b for b in blocks if b is not block])) for block in blocks]

    def oof(thresholds: dict[str, float], level: str) -> float:
        scores = []
        for block, model in held_out:
            found = replay(block.items, model.with_thresholds(thresholds), settings)
            scores.append(bcubed(getattr(found, level), getattr(gold, level))[2])
        return statistics.fmean(scores)

    chosen = {"event_join": 0.5, "event_merge": NEVER, "storyline_join": NEVER}
    chosen["storyline_rejoin"] = NEVER
    event_f1 = _search(chosen, "event_join", EVENT_JOIN_GRID, lambda t: oof(t, "event"))
    event_f1 = _search(chosen, "event_merge", (*EVENT_MERGE_GRID, NEVER), lambda t: oof(t, "event"))
    storyline_f1 = _search(
        chosen, "storyline_join", STORYLINE_JOIN_GRID, lambda t: oof(t, "storyline")
    )
    join = chosen["storyline_join"]
    rejoin_grid = (*(round(join + step, 2) for step in STORYLINE_REJOIN_STEPS), NEVER)
    storyline_f1 = _search(chosen, "storyline_rejoin", rejoin_grid, lambda t: oof(t, "storyline"))
    model = fit_weights(blocks).with_thresholds(chosen)
    model.trained["threshold_choice_out_of_fold_f1"] = {
        "event": round(event_f1, 4),
        "storyline": round(storyline_f1, 4),
    }
    return model


def _search(
    chosen: dict[str, float],
    name: str,
    grid: Sequence[float],
    score: Callable[[dict[str, float]], float],
) -> float:
    """Set ``chosen[name]`` to the grid value with the best score (the first of equals),
    the others held; returns that score."""
    best_value, best_score = grid[0], -1.0
    for value in grid:
        value_score = score({**chosen, name: value})
        log.debug("%s=%s: %.4f", name, value, value_score)
        if value_score > best_score + 1e-9:
            best_value, best_score = value, value_score
    chosen[name] = best_value
    return best_score


def topic_folds(topics: Sequence[str], k: int) -> list[set[str]]:
    """``k`` folds of topics, dealt round-robin in numeric order (deterministic, and each
    fold takes topics from the whole range)."""
    ordered = sorted(set(topics), key=_topic_key)
    return [set(ordered[i::k]) for i in range(k)]


def _topic_key(topic: str) -> tuple[int, str]:
    return (len(topic), topic)


@dataclass(slots=True)
class FoldResult:
    topics: list[str]
    articles: int
    event: tuple[float, float, float]
    storyline: tuple[float, float, float]
    settings: dict[str, float]


def cross_validate(
    blocks: Sequence[Block], gold: Gold, settings: Settings = DEFAULT
) -> list[FoldResult]:
    """For each block: fit the weights and choose the thresholds on the other blocks
    (``fit``, itself by their out-of-fold scores), then cluster the held-out block online
    from an empty state and score it."""
    results = []
    for block in blocks:
        model = fit([b for b in blocks if b is not block], gold, settings)
        results.append(_held_out(block, gold, model, settings))
        log.info("fold %s: %s", block.topics, results[-1])
    return results


# The thresholds of the shipped model chosen again on each fold's other folds
# (``cross_validate_thresholds``), as probabilities of its pair models: for the shipped
# rule (steepness 40) the event bar at 0.7 x words + 0.3 x people = 0.18, 0.20, 0.22, the
# storyline bar at a words' cosine of 0.14, 0.16, 0.18, the rejoin bar 0.04 or 0.06 above it.
SHIPPED_GRID: dict[str, tuple[float, ...]] = {
    "event_join": (0.31, 0.5, 0.69),
    "storyline_join": (0.31, 0.5, 0.69),
    "storyline_rejoin_step": (0.04, 0.06),
}
STEEPNESS = 40.0


def cross_validate_thresholds(
    blocks: Sequence[Block],
    gold: Gold,
    model: SimilarityModel,
    grid: dict[str, tuple[float, ...]] | None = None,
    settings: Settings = DEFAULT,
) -> list[FoldResult]:
    """The model's weights kept, its thresholds chosen for each block on the other blocks
    (each clustered alone): the event bar by their mean event F1, then the storyline bars
    by their mean storyline F1 at that event bar (storyline decisions change no event).
    Every grid point is clustered once per block; the choice per held-out block reads that
    table without the block's own row."""
    grid = grid or SHIPPED_GRID
    points = [
        {"event_join": e, "storyline_join": s, "storyline_rejoin": _rejoin(s, step)}
        for e in grid["event_join"]
        for s in grid["storyline_join"]
        for step in grid["storyline_rejoin_step"]
    ]
    table = []
    for point in points:
        tuned = model.with_thresholds(point)
        table.append([_held_out(block, gold, tuned, settings) for block in blocks])
    results = []
    for index in range(len(blocks)):
        event_scores = [_mean_without(row, index, "event") for row in table]
        event_join = points[event_scores.index(max(event_scores))]["event_join"]
        candidates = [p for p, point in enumerate(points) if point["event_join"] == event_join]
        best = max(candidates, key=lambda p: _mean_without(table[p], index, "storyline"))
        results.append(table[best][index])
    return results


def _mean_without(row: list[FoldResult], index: int, level: str) -> float:
    """The mean F1 at ``level`` of a grid point's blocks, block ``index`` left out."""
    return statistics.fmean(getattr(r, level)[2] for n, r in enumerate(row) if n != index)


def _rejoin(join: float, step: float) -> float:
    """The probability ``step`` above ``join`` on the pair model's scale (steepness 40)."""
    logit = math.log(join / (1.0 - join)) + STEEPNESS * step
    return round(1.0 / (1.0 + math.exp(-logit)), 4)


def score_blocks(
    blocks: Sequence[Block], gold: Gold, model: SimilarityModel, settings: Settings = DEFAULT
) -> list[FoldResult]:
    """A fixed model on each block, clustered online from an empty state."""
    return [_held_out(block, gold, model, settings) for block in blocks]


def _held_out(block: Block, gold: Gold, model: SimilarityModel, settings: Settings) -> FoldResult:
    """One block clustered online from an empty state with ``model``, and its scores."""
    found = replay(block.items, model, settings)
    return FoldResult(
        block.topics,
        len(block.items),
        bcubed(found.event, gold.event),
        bcubed(found.storyline, gold.storyline),
        _thresholds(model),
    )


def _thresholds(model: SimilarityModel) -> dict[str, float]:
    return {
        "event_join": model.event_join,
        "event_merge": model.event_merge,
        "storyline_join": model.storyline_join,
        "storyline_rejoin": model.storyline_rejoin,
    }


def summary(values: Sequence[float]) -> dict[str, float]:
    """Mean and spread (population standard deviation, min, max) of per-fold scores."""
    return {
        "mean": round(statistics.fmean(values), 3),
        "std": round(statistics.pstdev(values), 3),
        "min": round(min(values), 3),
        "max": round(max(values), 3),
    }


def data_hash(items: Sequence[tuple[str, str]]) -> str:
    """SHA-256 of (id, text) pairs in the given order: which data a model was fitted on."""
    digest = hashlib.sha256()
    for item_id, text in items:
        digest.update(item_id.encode("utf-8") + b"\x00" + text.encode("utf-8") + b"\x00")
    return digest.hexdigest()


def describe(results: list[FoldResult]) -> dict[str, Any]:
    """The out-of-fold figures: per level the mean and spread of F1 (and of P, R)."""
    out: dict[str, Any] = {"folds": len(results)}
    for level in ("event", "storyline"):
        scores = [getattr(r, level) for r in results]
        out[level] = {
            "f1": summary([s[2] for s in scores]),
            "precision": round(statistics.fmean(s[0] for s in scores), 3),
            "recall": round(statistics.fmean(s[1] for s in scores), 3),
        }
    out["per_fold"] = [
        {
            "topics": r.topics,
            "articles": r.articles,
            "event_f1": round(r.event[2], 3),
            "storyline_f1": round(r.storyline[2], 3),
            "settings": r.settings,
        }
        for r in results
    ]
    return out
