"""Does a source agree with a claim, disagree with it, only discuss it, or not address it?

``StanceModel.classify`` answers for many (claim, source) pairs at once. The features of
``compare/stance_features.py`` go through gradient-boosted trees trained on FNC-1 by
``compare/train_stance.py`` (the model ships as ``stance_model.json`` with the hash of the
data it was trained on and its out-of-fold scores); then the rules a reader applies to the
source's sentences that state the claim's point win over the model (``decide_read``):

- the opposite outcome of the same slot ("convicted" against "pleaded not guilty"), other
  figures for the same count ("40 years" against "38 years"), a refutation ("denied",
  "false", "hoax") or the claim's words negated ("has not resigned"): it *disagrees*;
- the claim hedged ("reportedly", "could", "rumours", a question): it *discusses*, at most;
- ``agrees`` needs the model to be sure (``agree_bar``, chosen by grouped cross-validation
  for the share of "agrees" that truly agree); a related source it is less sure of only
  *discusses* the claim. A citation that turns out to say something else costs a reader's
  trust in every citation, so the function errs towards "discusses".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from storyline.compare.stance_features import (
    DENIAL,
    FEATURE_NAMES,
    HEDGE,
    MODAL,
    NAME,
    OPPOSITES,
    ClaimText,
    Ranking,
    SourceSentence,
    SourceText,
    is_negation,
    pair_features,
    ranked_sentences,
    tokens,
)
from storyline.compare.trees import BoostedTrees, FloatArray
from storyline.extract.words import STOPWORDS, fold, stem
from storyline.people import TIME_WORDS

Stance = Literal["agrees", "disagrees", "discusses", "unrelated"]
LABELS: tuple[str, ...] = ("agree", "disagree", "discuss", "unrelated")  # the model's classes
# FNC-1's labels, in the model's class order, and what they mean for a citation.
STANCE_OF_LABEL: dict[str, Stance] = {
    "agree": "agrees",
    "disagree": "disagrees",
    "discuss": "discusses",
    "unrelated": "unrelated",
}
MODEL_PATH = Path(__file__).with_name("stance_model.json")
# The source's best sentence shares at least this share of the claim's content words before
# the reader's rules (other outcome, other figures, denial, negation, hedge) read it.
RULE_OVERLAP = 0.7
# How many sentences of the source are given as evidence.
EVIDENCE_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class StanceResult:
    stance: Stance
    confidence: float
    evidence: tuple[tuple[int, int], ...]  # spans of the source's text, best first
    probabilities: tuple[float, ...]  # agree, disagree, discuss, unrelated
    reason: str = "model"  # or the rule that decided
    # Share of the claim's content words that the source's best sentence has.
    overlap: float = 0.0


class StanceModel:
    def __init__(self, trees: BoostedTrees, agree_bar: float) -> None:
        if trees.features != FEATURE_NAMES or trees.classes != LABELS:
            raise ValueError("stance model was trained on other features; retrain it")
        self.trees = trees
        self.agree_bar = agree_bar

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> StanceModel:
        trees = BoostedTrees.load(path)
        return cls(trees, float(trees.meta.get("agree_bar", 0.5)))

    def classify(self, pairs: Sequence[tuple[ClaimText, SourceText]]) -> list[StanceResult]:
        results: list[StanceResult] = []
        # A batch at a time: each pair's ranking of its source's sentences is held until
        # the rules have read it, which for a storyline's 200,000 pairs at once is a GB.
        for start in range(0, len(pairs), CLASSIFY_BATCH):
            results += self._classify_batch(pairs[start : start + CLASSIFY_BATCH])
        return results

    def _classify_batch(self, pairs: Sequence[tuple[ClaimText, SourceText]]) -> list[StanceResult]:
        ranked = [ranked_sentences(c, s) for c, s in pairs]  # once for features and rules
        rows = np.asarray(
            [pair_features(c, s, r) for (c, s), r in zip(pairs, ranked, strict=True)],
            dtype=np.float64,
        )
        probabilities = self.trees.predict_proba(rows)
        return [
            decide_read(Reading.of(claim, source, r), p, self.agree_bar)
            for (claim, source), r, p in zip(pairs, ranked, probabilities, strict=True)
        ]


# Pairs classified at once: enough that numpy's per-call cost is spread thin (the trees
# take rows in chunks of ``trees.CHUNK_ROWS``), few enough to hold their rankings.
CLASSIFY_BATCH = 2048


@dataclass(frozen=True, slots=True)
class Reading:
    """What a reader sees in the source's sentences that state the claim, before any model:
    the evidence, how much of the claim the best sentence has, the rule that makes it a
    disagreement (with that sentence's span), or whether it only hedges the claim."""

    evidence: tuple[tuple[int, int], ...]
    overlap: float
    disagreement: tuple[str, tuple[int, int]] | None
    hedged: bool

    @classmethod
    def of(cls, claim: ClaimText, source: SourceText, ranked: Ranking | None = None) -> Reading:
        top = (ranked_sentences(claim, source) if ranked is None else ranked)[:EVIDENCE_SENTENCES]
        evidence = tuple(
            (source.sentences[i].start, source.sentences[i].end) for share, i in top if share > 0
        )
        # The rules read the one sentence that states the claim best, when it states most
        # of it: a report that quotes a rumour to refute it has other sentences too.
        stating = [source.sentences[i] for share, i in top[:1] if share >= RULE_OVERLAP]
        rule = _disagreement(claim, source, stating)
        disagreement = (rule[0], (rule[1].start, rule[1].end)) if rule else None
        hedged = _hedged(claim, stating[0] if stating else None)
        return cls(evidence, top[0][0] if top else 0.0, disagreement, hedged)


def decide_read(reading: Reading, probabilities: FloatArray, agree_bar: float) -> StanceResult:
    """The reader's rules win over the model: FNC-1 taught it what news about rumours
    looks like, not every way a report can say "no"."""
    rounded = tuple(round(float(x), 4) for x in probabilities)
    overlap = reading.overlap
    if reading.disagreement is not None:
        reason, span = reading.disagreement
        return StanceResult("disagrees", 1.0, (span,), rounded, reason, overlap)
    label = LABELS[int(np.argmax(probabilities))]
    if label == "agree" and probabilities[0] < agree_bar:
        label = "discuss"
    confidence = round(float(probabilities[LABELS.index(label)]), 4)
    if label == "agree" and reading.hedged:
        return StanceResult("discusses", confidence, reading.evidence, rounded, "hedged", overlap)
    stance = STANCE_OF_LABEL[label]
    return StanceResult(stance, confidence, reading.evidence, rounded, "model", overlap)


@functools.cache
def packaged_model() -> StanceModel:
    """The model shipped with storyline, loaded once per process."""
    return StanceModel.load()


def stance(claim: str, source_text: str) -> StanceResult:
    """The stance of one source towards one claim (for many pairs, use ``classify``)."""
    return packaged_model().classify([(ClaimText.of(claim), SourceText.of(source_text))])[0]


def _disagreement(
    claim: ClaimText, source: SourceText, stating: list[SourceSentence]
) -> tuple[str, SourceSentence] | None:
    """Which reader's rule, if any, makes a sentence of the source that states the claim's
    point (shares ``RULE_OVERLAP`` of its words) a disagreement, and that sentence:
    the opposite outcome of the same slot ("convicted" against "pleaded not guilty"),
    other figures for the same count, or the other polarity: one of the two denies or
    negates what the other affirms ("denied", "false", "hoax", "has not resigned").

    A question (claim or sentence) asserts nothing; a sentence about another subject (each
    names someone or something the other does not: two polls, two towns) can give other
    figures and both be true; and a hedged sentence only reports what it negates or
    contradicts. On FNC-1 these checks cut the rules' firings on bodies that agree with or
    discuss the claim from 250 to 157 and kept all 44 on bodies that disagree (README,
    Stance)."""
    if claim.cues.question:
        return None
    for sentence in stating:
        if sentence.cues.question:
            continue
        text = source.text[sentence.start : sentence.end]
        same_subject = not _other_subject(claim, text)
        one_denies = _denies(claim.cues.words) != _denies(sentence.cues.words)
        if same_subject and not one_denies and _opposite_outcome(claim.text, text):
            return "opposite outcome", sentence
        if same_subject and other_figures(claim.text, text):
            return "other figures", sentence
        if _reported_only(claim, sentence) and not one_denies:
            continue
        if _polarity(claim.text, claim.cues.words, claim.stems, text) != _polarity(
            text, sentence.cues.words, claim.stems, claim.text
        ):
            return ("refuted" if one_denies else "negated"), sentence
    return None


DENIAL_STEMS = frozenset(stem(w) for w in DENIAL)


def _denies(words: frozenset[str]) -> bool:
    """Any denial word, by stem ("hoaxes" as "hoax")."""
    return any(stem(w) in DENIAL_STEMS for w in words)


def _polarity(text: str, words: frozenset[str], claim_stems: frozenset[str], other: str) -> bool:
    """Whether the text says no to the point the two share: it negates one of their shared
    words ("has not resigned") or it denies ("denied", "false", "hoax"); "Rumour debunked:
    robots are not patrolling" says no once, not twice."""
    shared = (
        claim_stems
        & frozenset(stem(w) for w in tokens(other))
        & frozenset(stem(w) for w in tokens(text))
    )
    negated = any(_negated(tokens(clause), shared) for clause in CLAUSE_BREAK.split(text))
    return negated or _denies(words)


# A negation reaches no further than its clause: in '"... the rich pay nothing," said X'
# "nothing" does not negate "said" (a quotation was contested by the same quotation).
CLAUSE_BREAK = re.compile(r"[,;:()\"“”—–]|\s-\s")


def _reported_only(claim: ClaimText, sentence: SourceSentence) -> bool:
    """The sentence hedges ("reportedly", "could", "rumours") where the claim does not: it
    reports what it says, and so does not contradict the claim (it *discusses* it)."""
    return bool((sentence.cues.words & (HEDGE | MODAL)) - (claim.cues.words & (HEDGE | MODAL)))


def _other_subject(claim: ClaimText, sentence: str) -> bool:
    """Each names someone or something the other does not ("a Quinnipiac poll" against "a
    Monmouth poll", Guayaquil against Latacunga): two things, not two accounts of one.
    Days and months are no subject."""
    mine, theirs = _subject_names(claim.text), _subject_names(sentence)
    return bool(mine - theirs) and bool(theirs - mine)


def _subject_names(text: str) -> frozenset[str]:
    """Capitalised words but the sentence's first ("A Monmouth poll" names Monmouth)."""
    text = text.lstrip(" \"'“‘(")
    found = (m.group() for m in NAME.finditer(text) if m.start() > 0 and len(m.group()) > 2)
    return frozenset(fold(n) for n in found) - TIME_WORDS


def _negated(folded: list[str], wanted: frozenset[str]) -> frozenset[str]:
    """The ``wanted`` words that the folded words negate: one of the two content words
    after a negation word ("did not resign", "never has been a pause", "no one was hurt",
    "tickets rather than arrests"). "No less than", "not only" and "not just" negate
    nothing."""
    negated: set[str] = set()
    for position in range(len(folded)):
        if _negates(folded, position):
            following = [w for w in folded[position + 1 : position + 6] if w not in STOPWORDS]
            negated |= {stem(w) for w in following[:2]} & wanted
    return frozenset(negated)


def _negates(folded: list[str], position: int) -> bool:
    word = folded[position]
    after = folded[position + 1] if position + 1 < len(folded) else ""
    if is_negation(word):
        return after not in NOT_NEGATING_AFTER
    return (word, after) in CONTRASTS


NOT_NEGATING_AFTER = frozenset({"less", "more", "only", "just", "least", "doubt"})


# "tickets rather than arrests" says no to arrests as "tickets, not arrests" does.
CONTRASTS = frozenset({("rather", "than"), ("instead", "of")})


def _hedged(claim: ClaimText, stating: SourceSentence | None) -> bool:
    """The sentence that states the claim hedges it ("reportedly", "could", "rumours",
    a question) where the claim does not: the source reports it, it does not confirm it."""
    if stating is None:
        return False
    return _reported_only(claim, stating) or (stating.cues.question and not claim.cues.question)


def _opposite_outcome(claim: str, other: str) -> bool:
    """One says "guilty" or "convicted" and the other "acquitted" or "not guilty" (any of
    ``OPPOSITES``); a negated outcome word counts as its opposite."""
    mine, theirs = _outcomes(claim), _outcomes(other)
    return any(slot in theirs and theirs[slot] != side for slot, side in mine.items())


def _outcomes(text: str) -> dict[int, int]:
    """Slot -> side for each outcome word of ``OPPOSITES`` in the text."""
    found: dict[int, int] = {}
    folded = tokens(text)
    for position, word in enumerate(folded):
        for slot, (one, two) in enumerate(OPPOSITES):
            side = 0 if word in one else 1 if word in two else None
            if side is None:
                continue
            if any(is_negation(w) for w in folded[max(0, position - 2) : position]):
                side = 1 - side  # "not guilty" is the acquittal side
            found.setdefault(slot, side)
    return found


def other_figures(claim: str, other: str) -> bool:
    """The other sentence counts the same thing with none of the claim's numbers
    ("38 years in prison" against "40 years")."""
    mine, theirs = figures(claim), figures(other)
    return any(unit in theirs and not (numbers & theirs[unit]) for unit, numbers in mine.items())


NUMBER_WITH_UNIT = re.compile(r"\b(\d[\d,.]*)\s+(?:[a-z-]+\s+)?([a-z]{3,})\b", re.IGNORECASE)


def figures(text: str) -> dict[str, set[str]]:
    """Numbers by the word they count ("38 years in prison" -> {"year": {"38"}})."""
    found: dict[str, set[str]] = {}
    for number, unit in NUMBER_WITH_UNIT.findall(text):
        found.setdefault(stem(unit.lower()), set()).add(number.rstrip(".,").replace(",", ""))
    return found
