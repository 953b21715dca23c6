"""How a sentence's words compare with another's: the same point in other words (a
restatement: nearly all the shorter's words, no figure of one missing from the other, the
same negation) and a point passed on without being stood behind (a hedge)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from storyline.compare.stance import REFUSAL
from storyline.compare.stance_features import ATTRIBUTION as SAYING
from storyline.compare.stance_features import HEDGE, MODAL
from storyline.compare.support import PASSED_ON, is_question
from storyline.extract.words import content_stems, words

# Words with which a report passes a point on without standing behind it ("is expected to
# launch in April", "according to sources", "reportedly"): a source whose closest sentence
# adds one reports the point "not confirmed". Without one, it tells the point in its own
# words, which the stance function did not take for confirmation: "also reported by [n]"
# (an editor's read of 13 rumour briefings found 21 of 25 "not confirmed" marks on sources
# that state the sentence plainly).
HEARSAY = PASSED_ON | frozenset(
    ["reportedly", "source", "sources", "expected", "expects", "unnamed", "anonymous"]
)
HEDGING = HEDGE | MODAL | HEARSAY
# A claim that tells who has it ("The New York Times understands that ...").
LEARNT = frozenset(["understands", "understood", "learned", "learnt", "learns"])
# Two sentences that share nearly all their words (all but about one in seven of the
# shorter's), with no figure of one missing from the other and the same negation, say the
# same thing: "Robert Buckley, 32, died while climbing to a hut on Mount Sefton" does not
# contest "Robert Buckley, 32, fell about 2,000 feet while climbing to a small hut on
# Mount Sefton", nor a quotation its other transcription.
RESTATED = 0.85
NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|cant|dont|wont|"
    r"didnt|doesnt|isnt|wasnt|arent|werent)\b|n\s?[’']\s?t\b"  # "hadn't", tokenised "hadn ’ t"
    # ("refused to resign" restates no "resigned": the second review of the sixteenth session)
    rf"|{REFUSAL.pattern}",
    re.IGNORECASE,
)
# A figure ("38", "2,000", "1.5"); dates are compared by the day they name, not digits.
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# A possessive or a contraction's ending, as written or as a tokenised corpus spaces it
# ("Attorney's" / "Attorney ’ s", "hadn't" / "hadn ’ t"): one word either way.
CLITIC = re.compile(r"\s?[’']\s?(?:s|t|re|ve|ll|d|m)\b", re.IGNORECASE)


def no_clitics(text: str) -> str:
    """The text with possessives and contractions cut to their word ("Attorney")."""
    return CLITIC.sub("", text)


@dataclass(frozen=True, slots=True)
class Said:
    """What a sentence says, as two are compared: its content words, figures, negation."""

    stems: frozenset[str]
    figures: frozenset[str]
    negated: bool


# A storyline's flags are each compared with the sentences of other outlets that tell
# part of them: the same sentences come back for many claims.
@functools.lru_cache(maxsize=1 << 16)
def said_in(text: str) -> Said:
    """The sentence's content words (stemmed), figures and negation."""
    return Said(
        frozenset(content_stems(no_clitics(text))),
        frozenset(FIGURE.findall(text)),
        NEGATION.search(text) is not None,
    )


def restates(a: str, b: str, share: float = RESTATED) -> bool:
    """``b`` says what ``a`` says, in nearly the same words (``share`` of the shorter's
    content words), figures and negation."""
    return says_the_same(said_in(a), said_in(b), share)


def says_the_same(a: Said, b: Said, share: float) -> bool:
    shorter = min(len(a.stems), len(b.stems))
    if shorter < 3 or len(a.stems & b.stems) < share * shorter:
        return False
    if not (a.figures <= b.figures or b.figures <= a.figures):
        return False
    return a.negated == b.negated


def hedges(sentence: str, claim: str) -> bool:
    """The sentence passes the claim's point on without standing behind it: it adds a word
    of hearsay, doubt or expectation the claim does not have (``HEDGING``), or asks it. A
    claim that itself tells whose word it is ("The New York Times understands that ...")
    is not hedged by another source's "according to the New York Times"."""
    mine = set(words(claim))
    added = set(words(sentence)) - mine
    if mine & (HEARSAY | SAYING | LEARNT):
        added -= HEARSAY | {"reportedly"}
    return bool(added & HEDGING) or is_question(sentence)
