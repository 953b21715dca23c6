"""What a reader looks at to tell whether a source agrees with a claim, as numbers.

A claim (one sentence) and a source (an article) are prepared once each (``ClaimText``,
``SourceText``), so that comparing one claim with many sources, or many claims with one
source, does not split or stem anything twice. ``pair_features`` then gives one row of
``FEATURE_NAMES`` for the stance model (``compare/stance.py``):

- **the same proposition**: how much of the claim's wording, its word pairs, its names and
  its figures the source has, overall, in its best-matching sentences and in its lead;
- **polarity**: negation in the claim and in the matching sentences ("pleaded not guilty"
  against "was convicted"), and opposite verdict words;
- **hedging and attribution**: "reportedly", "allegedly", "claims", "rumour", modal verbs,
  questions, "according to", in the claim and around the match;
- **refutation**: "hoax", "false", "debunked", "not true", "denied";
- **conflicting details**: figures and names of the claim that the matching sentences give
  otherwise.

Cue words are matched on folded, unstemmed words, so "claims" (a hedge) and "claim" (a noun
that many agreeing reports use) stay apart where that matters.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from storyline.extract.words import STOPWORDS, WORD, fold, stem, stem_postings
from storyline.read.sentences import split_sentences

# The sentences of a source that match the claim best are where its stance shows.
TOP_SENTENCES = 3
# Only the first sentences of a long source are read: reports state their stance early, and
# this bounds the cost of one pair however long the article is.
MAX_SENTENCES = 80


def lexicon(text: str) -> frozenset[str]:
    """The words of a list written as text, as a set."""
    return frozenset(text.split())


REFUTE = lexicon(
    "baseless bogus contradicted contradicts debunk debunked debunking debunks denial denied "
    "denies deny denying dismiss dismissed dismisses dispute disputed disputes doctored "
    "fabricated fabrication fake faked fakes false falsely fraud fraudulent hoax hoaxes "
    "incorrect lie lied lies misleading myth myths nonsense parody photoshopped prank pranks "
    "refute refuted refutes refuting rejected rejects retract retracted retraction rubbish "
    "satire satirical spoof unfounded untrue wrong"
)

# The words by which a report says outright that a claim is not so: the refutation rule of
# ``compare/stance.py`` reads only these (REFUTE, a feature of the model, is wider).
DENIAL = lexicon(
    "baseless debunk debunked debunking debunks denied denies deny denying fabricated fake "
    "faked false falsely hoax refuted refutes retracted unfounded untrue"
)

HEDGE = lexicon(
    "alleged allegedly alleges apparently appear appeared appears believed claimed claiming "
    "claims if perhaps possibly purported purportedly reportedly rumor rumored rumors rumour "
    "rumoured rumours seem seemed seems speculate speculated speculating speculation suggest "
    "suggested suggests supposedly thought unclear unconfirmed unsubstantiated unverified "
    "whether"
)

MODAL = lexicon("could likely may might possibly probably would")

CONFIRM = lexicon(
    "actually announced announces authentic confirm confirmed confirming confirms definitely "
    "genuine indeed officially proved proven real revealed reveals true verified"
)

ATTRIBUTION = lexicon(
    "according alleged claimed insisted posted reported reporting reports said says stated "
    "told tweeted wrote"
)

NEGATION = lexicon(
    "aren't can't cannot couldn't didn't doesn't don't hadn't hasn't haven't isn't neither "
    "never no nobody none nor not nothing shouldn't wasn't weren't without won't wouldn't"
)

# Words that state opposite outcomes of the same slot: one side in the claim and the other
# in the source is a contradiction a reader sees at once.
OPPOSITES = (
    (lexicon("convict convicted conviction guilty"), lexicon("acquittal acquitted innocent")),
    (lexicon("alive rescued survived survives survivor"), lexicon("dead death died dies killed")),
    (lexicon("victory win winner wins won"), lexicon("defeat defeated lose loses lost")),
    (lexicon("accepted approved approves passed"), lexicon("blocked rejected rejects vetoed")),
    (lexicon("arrested captured detained"), lexicon("escaped freed released")),
)
NUMBER = re.compile(r"\b\d[\d,.]*\b")
NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*\b")


def is_negation(word: str) -> bool:
    """A folded word that negates: "not", "never", "no", and any "...n't"."""
    return word in NEGATION or word.endswith("n't")


# Every word a stretch's cues are read for: a stance reads its cue words only through
# these lexicons, so a source's sentence keeps only those of its words (its every word
# took a third of the room a source prepared for the stance model took).
CUE_WORDS = (
    REFUTE
    | HEDGE
    | MODAL
    | CONFIRM
    | ATTRIBUTION
    | frozenset(word for pair in OPPOSITES for side in pair for word in side)
)


@dataclass(slots=True)
class TextCues:
    """The cue words of one stretch of text (those of ``CUE_WORDS`` it holds), as
    booleans and counts."""

    words: frozenset[str]
    negations: int
    question: bool

    @classmethod
    def of(cls, text: str, folded: list[str] | None = None) -> TextCues:
        folded = tokens(text) if folded is None else folded
        return cls(
            CUE_WORDS.intersection(folded),
            sum(1 for w in folded if is_negation(w)),
            "?" in text,
        )

    def has(self, lexicon: frozenset[str]) -> float:
        return 0.0 if self.words.isdisjoint(lexicon) else 1.0


@dataclass(slots=True)
class ClaimText:
    text: str
    stems: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    numbers: frozenset[str]
    names: frozenset[str]
    cues: TextCues

    @classmethod
    def of(cls, text: str) -> ClaimText:
        folded = tokens(text)
        stems = _content_stems(folded)
        return cls(
            text,
            frozenset(stems),
            frozenset(itertools.pairwise(stems)),
            _numbers(text),
            proper_names(text),
            TextCues.of(text, folded),
        )


@dataclass(slots=True)
class SourceSentence:
    start: int
    end: int
    stems: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    cues: TextCues


@dataclass(slots=True)
class SourceText:
    """One source article, split and stemmed once for all the claims compared with it."""

    text: str
    sentences: list[SourceSentence]
    stems: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    numbers: frozenset[str]
    names: frozenset[str]
    refute_share: float
    hedge_share: float
    question_share: float
    # stem -> the sentences that have it, so that ranking a source's sentences for a claim
    # reads only those that share a word with it
    postings: dict[str, list[int]]

    @classmethod
    def of(cls, text: str, spans: list[tuple[int, int]] | None = None) -> SourceText:
        spans = (spans if spans is not None else split_sentences(text))[:MAX_SENTENCES]
        sentences = [_source_sentence(text, s, e) for s, e in spans]
        read = text[: spans[-1][1]] if spans else ""
        count = max(1, len(sentences))
        return cls(
            text,
            sentences,
            frozenset().union(*(s.stems for s in sentences)) if sentences else frozenset(),
            frozenset().union(*(s.bigrams for s in sentences)) if sentences else frozenset(),
            _numbers(read),
            proper_names(read),
            sum(1 for s in sentences if s.cues.words & REFUTE) / count,
            sum(1 for s in sentences if s.cues.words & HEDGE) / count,
            sum(1 for s in sentences if s.cues.question) / count,
            stem_postings(s.stems for s in sentences),
        )


def _source_sentence(text: str, start: int, end: int) -> SourceSentence:
    folded = tokens(text[start:end])
    stems = _content_stems(folded)
    return SourceSentence(
        start,
        end,
        frozenset(stems),
        frozenset(itertools.pairwise(stems)),
        TextCues.of(text[start:end], folded),
    )


def tokens(text: str) -> list[str]:
    """The folded words of a text (as ``extract.words.words``, but folding the text once
    rather than word by word: most of the cost of preparing a source). A curly apostrophe
    is a straight one: the two stand alike in ``WORD``, so the text is mended once, not
    word by word."""
    return WORD.findall(fold(text).replace("’", "'"))


def _content_stems(folded: list[str]) -> list[str]:
    """Stems of the content words, in text order (as ``content_stems``, which is a set).
    Neighbouring ones make the bigrams: "police arrested" is more of a proposition than
    the two words apart."""
    return [stem(w) for w in folded if w not in STOPWORDS and not w.isdigit() and len(w) > 1]


def _numbers(text: str) -> frozenset[str]:
    return frozenset(n.rstrip(".,").replace(",", "") for n in NUMBER.findall(text))


def proper_names(text: str) -> frozenset[str]:
    # Capitalised words after the first word of a sentence are mostly names.
    found = NAME.findall(text)
    return frozenset(fold(n) for n in found[1:] if len(n) > 2)


Ranking = list[tuple[float, int]]


def ranked_sentences(claim: ClaimText, source: SourceText) -> Ranking:
    """(share of the claim's stems, index) of the source's sentences that share a stem
    with the claim, best first, and in text order among equals; then the first
    ``TOP_SENTENCES`` of those sharing none, in text order (the features and the rules
    read the top few, and count only sentences that share a stem: every other sentence
    of a long source was listed for each of its pairs)."""
    size = max(1, len(claim.stems))
    postings = source.postings
    shared = Counter(itertools.chain.from_iterable(postings.get(w, ()) for w in claim.stems))
    # Sorted by count (a share is the count over one size, so they order alike), most
    # first, in text order among equals: a stable sort of the sentences in text order.
    best_first = sorted(shared)
    best_first.sort(key=shared.__getitem__, reverse=True)
    scored = [(shared[i] / size, i) for i in best_first]
    if len(scored) >= TOP_SENTENCES:
        return scored
    unshared = (i for i in range(len(source.sentences)) if i not in shared)
    return scored + [(0.0, i) for i in itertools.islice(unshared, TOP_SENTENCES)]


def _share(part: frozenset[object], whole: frozenset[object]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _opposed(claim: TextCues, other: TextCues) -> float:
    for one, two in OPPOSITES:
        if (claim.words & one and other.words & two) or (claim.words & two and other.words & one):
            return 1.0
    return 0.0


FEATURE_NAMES: tuple[str, ...] = (
    # the same proposition
    "claim_stems",
    "overlap",
    "jaccard",
    "bigram_overlap",
    "best_overlap",
    "second_overlap",
    "third_overlap",
    "best_bigram_overlap",
    "best_position",
    "lead_overlap",
    "matching_sentences",
    "name_overlap",
    "number_overlap",
    "claim_numbers",
    "source_sentences",
    # cues in the claim
    "claim_refute",
    "claim_hedge",
    "claim_modal",
    "claim_negations",
    "claim_question",
    # cues in the best-matching sentences
    "best_refute",
    "best_hedge",
    "best_modal",
    "best_confirm",
    "best_attribution",
    "best_negations",
    "best_question",
    "polarity_differs",
    "top_refute",
    "top_hedge",
    "top_confirm",
    "top_question",
    "top_negation_differs",
    "opposite_outcome",
    # conflicting details in the best sentence
    "best_missing_numbers",
    "best_missing_names",
    # cues anywhere in the source
    "source_refute",
    "source_hedge",
    "source_question",
    "lead_refute",
    "lead_hedge",
)


def pair_features(
    claim: ClaimText, source: SourceText, ranked: Ranking | None = None
) -> list[float]:
    """One row of ``FEATURE_NAMES`` for a claim and a source (``ranked``: the source's
    sentences for the claim, when the caller has ranked them already)."""
    ranked = ranked_sentences(claim, source) if ranked is None else ranked
    top = [source.sentences[i] for _, i in ranked[:TOP_SENTENCES]]
    shares = [share for share, _ in ranked[:TOP_SENTENCES]] + [0.0] * TOP_SENTENCES
    best = top[0] if top else None
    lead = source.sentences[:3]
    cues = claim.cues
    claim_neg = cues.negations % 2
    together = len(claim.stems & source.stems)
    union = len(claim.stems) + len(source.stems) - together
    return [
        math.log1p(len(claim.stems)),
        together / len(claim.stems) if claim.stems else 0.0,
        together / union if union else 0.0,
        _share(claim.bigrams, source.bigrams),
        shares[0],
        shares[1],
        shares[2],
        _share(claim.bigrams, best.bigrams) if best else 0.0,
        ranked[0][1] / max(1, len(source.sentences)) if ranked else 1.0,
        max((_share(claim.stems, s.stems) for s in lead), default=0.0),
        sum(1 for share, _ in ranked if share >= 0.3) / max(1, len(source.sentences)),
        _share(claim.names, source.names),
        _share(claim.numbers, source.numbers),
        float(len(claim.numbers)),
        math.log1p(len(source.sentences)),
        cues.has(REFUTE),
        cues.has(HEDGE),
        cues.has(MODAL),
        float(cues.negations),
        float(cues.question),
        best.cues.has(REFUTE) if best else 0.0,
        best.cues.has(HEDGE) if best else 0.0,
        best.cues.has(MODAL) if best else 0.0,
        best.cues.has(CONFIRM) if best else 0.0,
        best.cues.has(ATTRIBUTION) if best else 0.0,
        float(best.cues.negations) if best else 0.0,
        float(best.cues.question) if best else 0.0,
        float(best is not None and best.cues.negations % 2 != claim_neg),
        _any_has(top, REFUTE),
        _any_has(top, HEDGE),
        _any_has(top, CONFIRM),
        1.0 if any(s.cues.question for s in top) else 0.0,
        float(any(s.cues.negations % 2 != claim_neg for s in top)),
        max((_opposed(cues, s.cues) for s in top), default=0.0),
        _missing(claim.numbers, source, best, _sentence_numbers),
        _missing(claim.names, source, best, _sentence_names),
        source.refute_share,
        source.hedge_share,
        source.question_share,
        _any_has(lead, REFUTE),
        _any_has(lead, HEDGE),
    ]


def _any_has(sentences: list[SourceSentence], lexicon: frozenset[str]) -> float:
    """1.0 when any of the sentences has a word of ``lexicon`` (0.0 for none)."""
    return 1.0 if any(s.cues.has(lexicon) for s in sentences) else 0.0


# A source's best sentence for one claim is often its best for the next claims too: its
# figures and names are read once (by its text).
SENTENCE_CACHE = 4096


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def _sentence_numbers(text: str) -> frozenset[str]:
    return _numbers(text)


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def _sentence_names(text: str) -> frozenset[str]:
    return proper_names(text)


def _missing(
    wanted: frozenset[str],
    source: SourceText,
    best: SourceSentence | None,
    extract: Callable[[str], frozenset[str]],
) -> float:
    """Share of the claim's figures (or names) that its best-matching sentence gives
    otherwise: the sentence has figures (names) of its own but not the claim's."""
    if not wanted or best is None:
        return 0.0
    theirs = extract(source.text[best.start : best.end])
    if not theirs:
        return 0.0
    return len(wanted - theirs) / len(wanted)
