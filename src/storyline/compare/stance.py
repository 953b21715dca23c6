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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import numpy as np

from storyline.compare.stance_features import (
    DENIAL,
    FEATURE_NAMES,
    HEDGE,
    MODAL,
    NUMBER,
    OPPOSITES,
    ClaimText,
    Ranking,
    SourceSentence,
    SourceText,
    is_negation,
    lexicon,
    pair_features,
    ranked_sentences,
    tokens,
)
from storyline.compare.trees import BoostedTrees, FloatArray
from storyline.extract.words import STOPWORDS, WORD, fold, stem
from storyline.model import Stance, StanceResult
from storyline.people import MONTH_ABBREVIATIONS, MONTHS, TIME_WORDS, WEEKDAYS

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
# The rules read each text for its names, outcomes, counts and denials once, not once a
# pair: a claim is paired with up to ``support_sources`` sources, and a source's sentence
# states many claims of its storyline (these reads were a fifth of composing a briefing).
# Their results are immutable; the bound keeps a worker's memory flat.
TEXT_CACHE = 4096


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


def rules_disagree(claim: str, sentence: str) -> bool:
    """A reader's rule (``_disagreement``) finds the sentence saying otherwise than the
    claim, whatever share of the claim's words it has: "Sales fell 12 percent" against
    "Sales rose 12 percent, the best quarter in years", "released" against "arrested"."""
    source = SourceText.of(sentence)
    return _disagreement(ClaimText.of(claim), source, source.sentences) is not None


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
    contradicts; nor does a sentence whose shared words are mostly a quotation (a headline or
    a rumour as worded). Read on FNC-1's training pairs, the rules fire on 33 pairs whose
    body disagrees and on 96 whose body agrees or discusses (README, Stance)."""
    if claim.cues.question:
        return None
    claim_denies = _denies(claim.text)
    for sentence in stating:
        if sentence.cues.question:
            continue
        text = source.text[sentence.start : sentence.end]
        same_subject = not other_subject(claim.text, text)
        one_denies = claim_denies != _denies(text, claim.stems)
        shared = claim.stems & _stems(text)
        hedges = claim.cues.words & (HEDGE | MODAL) or sentence.cues.words & (HEDGE | MODAL)
        if (
            same_subject
            and not one_denies
            and not hedges  # "A recent rumor claims that Elon has banned the term"
            and _opposite_outcome(claim.text, text)
            and not _either_quotes(claim.text, text, shared)
        ):
            return "opposite outcome", sentence
        exact = same_subject and not hedges and not _generic(claim.text, text)
        if exact and other_figures(claim.text, text):
            return "other figures", sentence
        if exact and other_day(claim.text, text):
            return "other day", sentence
        if one_denies and (CHARGED.search(claim.text) or CHARGED.search(text)):
            continue  # "Man denies arson" and "Man charged with arson" are both true
        if hedges and not one_denies:
            continue  # what is believed or reported is not said to be so, nor not so
        if not one_denies and (_quoted(claim.text) or _quoted(text)):
            continue  # someone's words ("... have no outlets, no community") deny no fact
        if one_denies:
            if _refuted(claim, text, shared, claim_denies):
                return "refuted", sentence
            continue
        if _negated_in_one(claim, text) and not _either_quotes(claim.text, text, shared):
            return "negated", sentence
    return None


def _refuted(claim: ClaimText, text: str, shared: frozenset[str], claim_denies: bool) -> bool:
    """One of the two calls false (or denies) what the other asserts; not when the other
    negates it too ("is not dead" against "a fake hoax" agrees), only quotes it ("a police
    spokesperson said, “...”" against "a fake quote ..."), or the refutation bears on the
    opposite of what the claim says."""
    asserting = text if claim_denies else claim.text
    other = claim.text if claim_denies else text
    if _negated_shared(asserting, claim.stems, other):
        return False
    return not _quoting(asserting, shared) and not _refutes_the_opposite(claim.text, text)


def _negated_in_one(claim: ClaimText, text: str) -> bool:
    """One of the two negates a word both state and the other does not; not when both say
    "never" or "no", which tell one story whatever word each negation falls on."""
    claim_no = bool(_negated_shared(claim.text, claim.stems, text))
    text_no = bool(_negated_shared(text, claim.stems, claim.text))
    return claim_no != text_no and not (_says_no(claim.text) and _says_no(text))


# Text between double quotation marks: someone's words, a headline, a rumour as worded.
QUOTATION = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def _either_quotes(claim: str, text: str, shared: frozenset[str]) -> bool:
    """A quoted headline or rumour is reported, not asserted: its outcome and polarity are
    not the source's (``_quoting``, read of either sentence)."""
    return _quoting(claim, shared) or _quoting(text, shared)


def _quoting(text: str, shared: frozenset[str]) -> bool:
    """The sentence reports a text's words: most of the words it shares with the other (two
    in three) stand inside its quotation marks, and outside them it names what is quoted,
    a report, story, headline, rumour or post ("A new phony report has the headline, “Axl
    Rose Found Dead in West Hollywood”"; "The report goes on to say a police spokesperson
    said, “The home was entered ...”"). It does not assert those words, so their polarity
    is not the source's. A statement a person is quoted making is what that person says
    ("“Smith was acquitted ...,” his lawyer said" still contests "Smith was convicted"),
    and a quoted name is a name ("rejected the “Clean Water Act”")."""
    if not shared:
        return False
    quoted = frozenset().union(*(_stems(m.group(0)) for m in QUOTATION.finditer(text)))
    if 3 * len(shared & quoted) < 2 * len(shared):
        return False
    # (in lower case: "The Washington Post" where a lawyer spoke names no quoted text)
    outside = QUOTATION.sub(" ", text)
    return bool(QUOTED_TEXTS & set(LOWER_WORD.findall(outside)))


# Words naming a text whose words a sentence may quote without asserting them.
LOWER_WORD = re.compile(r"\b[a-z]+\b")
QUOTED_TEXTS = frozenset(
    [
        "report",
        "reports",
        "story",
        "stories",
        "headline",
        "headlines",
        "headlined",
        "titled",
        "captioned",
        "rumor",
        "rumors",
        "rumour",
        "rumours",
        "hoax",
        "quote",
    ]
)


def _refutes_the_opposite(claim: str, other: str) -> bool:
    """The refutation bears on the opposite of what the other says, so the two agree:
    "Axl Rose Death Hoax Dismissed" calls his death false, and "Axl Rose is alive" says
    the same (either way round). An outcome word (``OPPOSITES``) before a refuting noun
    ("death hoax") or after a refuting adjective ("fake death") turns to the other side,
    as a negation does; "rejected false claims that the bill was approved" turns nothing."""
    for one, two in ((claim, other), (other, claim)):
        told, turned, plain = _outcomes(one), _outcomes(one, True), _outcomes(two)
        if any(
            turned[slot] == side and told.get(slot) != side
            for slot, side in plain.items()
            if slot in turned
        ):
            return True
    return False


def _generic(*texts: str) -> bool:
    """What "can" happen is no count of what did ("a magnitude 6 quake can cause ...")."""
    return any(GENERIC.search(t) for t in texts)


GENERIC = re.compile(r"\bcan\b", re.IGNORECASE)


def _quoted(text: str) -> bool:
    """The sentence is a quotation: it opens with a quotation mark."""
    return text.lstrip()[:1] in "\"“‘'«"


@functools.lru_cache(maxsize=TEXT_CACHE)
def _says_no(text: str) -> bool:
    """Any negation in a clause the text asserts."""
    return any(
        _negates(folded, i)
        for clause in _clauses(text)
        for folded in [tokens(clause)]
        for i in range(len(folded))
    )


DENIAL_STEMS = frozenset(stem(w) for w in DENIAL)
DENYING = frozenset(stem(w) for w in ("deny", "denies", "denied", "denying"))
# A charge or an accusation is no finding: denying it says nothing against it.
CHARGED = re.compile(
    r"\b(?:charged|charges|accused|accusations?|alleged|allegations?|suspected|suspicion|"
    r"indicted|sued|lawsuit)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=TEXT_CACHE)
def _denies(text: str, about: frozenset[str] | None = None) -> bool:
    """A refutation word by stem ("hoaxes" as "hoax", "false", "debunked"), or a denial.
    With ``about`` (the claim's words, for a source's sentence), a denial counts only in a
    clause about the claim (a third of its words): "... found at the scene — but the family
    deny that he was carrying a weapon" denies something else, and "then deny it the
    protections" withholds something."""
    if about is None:
        return bool(_refuting_stems(tokens(text)))
    for clause in CLAUSE_BREAK.split(text):
        found = _refuting_stems(tokens(clause)) | {stem(w) for w in tokens(clause)} - DENIAL_STEMS
        refutes = bool((found & DENIAL_STEMS) - DENYING)
        if refutes or (found & DENYING and len(about & found) * 3 >= len(about)):
            return True
    return False


def _refuting_stems(folded: list[str]) -> frozenset[str]:
    """The refutation and denial words that refute: not one a preposition and a determiner
    make the topic ("The actor's representatives issued a statement about the hoax" calls
    nothing false)."""
    return frozenset(
        found
        for i, word in enumerate(folded)
        if (found := stem(word)) in DENIAL_STEMS
        and not (
            i >= 2 and folded[i - 1] in TOPIC_DETERMINERS and folded[i - 2] in TOPIC_PREPOSITIONS
        )
    )


TOPIC_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their"]
)
TOPIC_PREPOSITIONS = frozenset(
    ["about", "over", "of", "regarding", "concerning", "behind", "amid", "after", "following", "on"]
)


def _negated_shared(text: str, claim_stems: frozenset[str], other: str) -> frozenset[str]:
    """The words the two share that the text negates where the other states them. A word
    the other has only as a plan ("scheduled to face", "in an effort to convince him to
    sign") is no fact there, and says nothing against "couldn't face" or "will not sign"."""
    sites = _negation_sites(text)
    if not sites:
        return frozenset()  # (most sentences: nothing else to read)
    shared = _roots(claim_stems) & _roots(_stated_stems(other)) & _roots(_stems(text))
    mentioned = _token_set(other)
    # A refusal of what the text says was done besides is no denial of it: "raised rates to
    # 5 percent, but declined to raise them further", "refused to sign ... but signed it";
    # a word after "to" is no act done ("the second time he has refused to sign it").
    done = _done_roots(text)
    return frozenset(
        site.root
        for site in sites
        if site.root in shared
        and site.subject <= mentioned
        and (not site.refusal or site.root not in done)
    )


def _root(word_stem: str) -> str:
    """A stem without a final "e": the stemmer leaves "exclude" whole but cuts "excluded" to
    "exclud", so "excluded a match" and "did not exclude a match" (a 1999 DNA test, told
    both ways by a new user's digest and its source) shared no negated word."""
    return (
        word_stem[:-1] if len(word_stem) > ROOT_MIN_CHARS and word_stem.endswith("e") else word_stem
    )


# (cached by the set: the sets of a text's stems are themselves cached per text, and a
# claim's are read against many sentences)
@functools.lru_cache(maxsize=TEXT_CACHE)
def _roots(stems: frozenset[str]) -> frozenset[str]:
    return frozenset(_root(s) for s in stems)


# ("the", "one", "more" keep their "e")
ROOT_MIN_CHARS = 4


@functools.lru_cache(maxsize=TEXT_CACHE)
def _stated_stems(text: str) -> frozenset[str]:
    """The stems of the text's words, but those only planned (``_planned``)."""
    folded = tokens(text)
    return frozenset(stem(w) for i, w in enumerate(folded) if not _planned(folded, i))


@functools.lru_cache(maxsize=TEXT_CACHE)
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in tokens(text))


def _planned(folded: list[str], position: int) -> bool:
    """The word follows "to" after a word of intention a few words back."""
    if position == 0 or folded[position - 1] != "to":
        return False
    return bool(INTENTION & set(folded[max(0, position - 8) : position - 1]))


INTENTION = frozenset(
    [
        "scheduled",
        "expected",
        "set",
        "planned",
        "plans",
        "plan",
        "hoping",
        "hopes",
        "hope",
        "wants",
        "wanted",
        "want",
        "trying",
        "tried",
        "try",
        "convince",
        "persuade",
        "effort",
        "attempt",
        "negotiations",
        "negotiating",
        "talks",
        "due",
        "going",
        "aims",
        "aim",
        "seeking",
        "seeks",
        "seek",
        "ready",
        "agreed",
        "asked",
    ]
)


@functools.lru_cache(maxsize=TEXT_CACHE)
def _names(text: str) -> frozenset[str]:
    """The capitalised words of a text that are no function words or dates ("Ross",
    "Actor"; not "The", "It", "Tuesday"), folded, its first word included: a sentence about
    Ross says nothing against one that does not name him."""
    return frozenset(_name_words(text))


def _name_words(text: str) -> list[str]:
    """The text's capitalised words that are no function words or dates, folded, in order."""
    found = (fold(m.group()) for m in NAME_WORD.finditer(text) if len(m.group()) > 2)
    return [n for n in found if n not in STOPWORDS and n not in TIME_WORDS]


def _clauses(text: str) -> list[str]:
    """The text's clauses, but those a reader does not take as what it asserts: an aside
    that describes someone ("Ms. Palin, who was not at the church at the time, stopped by
    Saturday" says she stopped by)."""
    return [c for c in CLAUSE_BREAK.split(text) if not ASIDE.match(c)]


ASIDE = re.compile(r"\s*(?:who|whom|whose|which)\b", re.IGNORECASE)


# A negation reaches no further than its clause: in '"... the rich pay nothing," said X'
# "nothing" does not negate "said" (a quotation was contested by the same quotation).
CLAUSE_BREAK = re.compile(r"[,;:()\"“”—–]|\s-\s")


def _reported_only(claim: ClaimText, sentence: SourceSentence) -> bool:
    """The sentence hedges ("reportedly", "could", "rumours") where the claim does not: it
    reports what it says, and so does not contradict the claim (it *discusses* it)."""
    return bool((sentence.cues.words & (HEDGE | MODAL)) - (claim.cues.words & (HEDGE | MODAL)))


def other_subject(claim: str, sentence: str) -> bool:
    """Each names someone or something the other does not mention ("a Quinnipiac poll"
    against "a Monmouth poll", Guayaquil against Latacunga, Hansbrough's points against
    Ford's, Tulsa's police against Charlotte's): two things, not two accounts of one. Days
    and months are no subject."""
    mine, theirs = _spelled(_names(claim)), _spelled(_names(sentence))
    return bool(mine - _spelled(_token_set(sentence))) and bool(
        theirs - _spelled(_token_set(claim))
    )


def names_none_of(claim: str, text: str, context: str = "") -> bool:
    """The claim names someone or something and the text mentions none of them anywhere:
    a report of another company's quarter ("Service Corp. International said it expects
    to report net income of 15 cents a share") says nothing of "Aetna Life & Casualty
    Co.'s third-quarter net income fell 22%", however many of its words it shares (a
    TimeBank briefing listed it as reporting it). The claim's names are its capitalised
    words (``_names``) and the initials of those it spells out ("FDIC" of "Federal Deposit
    Insurance Corp."), but words any firm's name may hold ("Corp.") and its opening word,
    which may be any word ("Meanwhile", "Police"), unless ``context`` (the text the claim
    stands in) writes that word capitalised inside a sentence ("... in which Savin
    competes"). A name is mentioned when the text holds it as a word, in any spelling
    ``_spelled`` joins, as a part of a joined name ("Hewlett" of "Hewlett-Packard"), by
    its first four letters ("China" of "Chinese") or as the initials of a name the text
    spells out."""
    mine = _telling_names(claim, opening_named(claim, context))
    if not mine:
        return False
    seen = _mentioned(text)
    return not any(_forms(name) & seen for name in mine)


def opening_named(claim: str, context: str) -> bool:
    """Whether ``names_none_of`` counts the claim's opening word among its names: its
    ``context`` writes it capitalised inside a sentence (all that the context decides)."""
    opening = OPENING_NAME.match(claim)
    return opening is not None and opening.group(1) in _inner_capitalised(context)


@functools.lru_cache(maxsize=TEXT_CACHE)
def _inner_capitalised(context: str) -> frozenset[str]:
    """The capitalised words a text writes inside a sentence (after a lower-case word or
    a comma): names, whatever word opens a sentence (once a text: a claim is filed
    against up to ``support_sources`` sources)."""
    return frozenset(m.group(1) for m in INNER_CAPITALISED.finditer(context))


# (a look-behind: in "..., Edda Vos" both words stand after a lower-case letter or a comma)
INNER_CAPITALISED = re.compile(r"(?<=[a-z,;:])\s+([A-Z][\w-]*)")
OPENING_NAME = re.compile(r"\W*([A-Z][\w-]*)")


@functools.lru_cache(maxsize=TEXT_CACHE)
def _telling_names(claim: str, opening_is_a_name: bool) -> tuple[str, ...]:
    plain = POSSESSIVE.sub("", claim)
    words = _name_words(plain)
    opening = FIRST_WORD.match(claim)
    if not opening_is_a_name and words and opening and fold(opening.group(1)) == words[0]:
        words = words[1:]  # (the sentence's first word is capitalised whatever it is)
    names = [w for w in words if SPELLING_MARKS.sub("", w) not in FIRM_WORDS]
    names += [
        _initials(run.group())
        for run in CAPITALISED_RUN.finditer(plain)
        if _spells_out_a_name(run.group())
    ]
    names += [SPELLING_MARKS.sub("", a.group()).lower() for a in ACRONYM.finditer(plain)]
    return tuple(dict.fromkeys(n for n in names if len(n) > 1))


def _spells_out_a_name(run: str) -> bool:
    """Two words or more of it are no firm's word ("United States", "Federal Deposit
    Insurance Corp."; not "Savin Corp."): its initials may stand for it."""
    return sum(SPELLING_MARKS.sub("", fold(w)) not in FIRM_WORDS for w in run.split()) >= 2


def _initials(name: str) -> str:
    """ "Federal Deposit Insurance Corp." -> "fdic" (not "The" of "The United States")."""
    words = name.split()
    while words and fold(words[0]) in STOPWORDS:
        words = words[1:]
    return "".join(w[0] for w in words if w[0].isupper()).lower()


@functools.lru_cache(maxsize=TEXT_CACHE)
def _forms(name: str) -> frozenset[str]:
    """A name as ``_mentioned`` holds a text's words: spelled, its parts, its first four
    letters."""
    parts = [p for p in NAME_PARTS.split(name) if len(p) > 2]
    spelled = SPELLING_MARKS.sub("", name)
    return frozenset([spelled, *parts, *(f"{w[:4]}~" for w in [spelled, *parts] if len(w) >= 4)])


@functools.lru_cache(maxsize=TEXT_CACHE)
def _mentioned(text: str) -> frozenset[str]:
    """The words of a text in the forms ``_forms`` gives a name, and the initials of the
    names it spells out ("Federal Deposit Insurance Corp." -> "fdic", "fdi")."""
    plain = POSSESSIVE.sub("", text)
    # (each word once: a report repeats most of its words, and the marks are few)
    words = {SPELLING_MARKS.sub("", w) for w in {*tokens(plain), *_name_words(plain)}}
    words |= {f"{w[:4]}~" for w in list(words) if len(w) >= 4}
    for run in CAPITALISED_RUN.finditer(plain):
        initials = _initials(run.group())
        words |= {initials, initials[:-1]}  # (with or without its "Corp.")
    return frozenset(words)


POSSESSIVE = re.compile(r"['’]s\b")
# A name in capitals or initials: "FDIC", "U.S.", "NATO".
ACRONYM = re.compile(r"\b[A-Z]{2,}\b|\b(?:[A-Z]\.){2,}")
NAME_PARTS = re.compile(r"[’'.-]+")
FIRST_WORD = re.compile(r"\W*([\w’'.-]+)")
# A name spelled out in capitalised words (its initials may stand for it elsewhere).
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w.&-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?[A-Z][\w.&-]*)+")
# Words any company's or body's name may hold, which tell no one company ("Savin Corp."
# and "Hadson Corp." share "Corp").
FIRM_WORDS = frozenset(
    [
        "corp",
        "inc",
        "ltd",
        "plc",
        "llc",
        "co",
        "cos",
        "company",
        "companies",
        "group",
        "holdings",
        "international",
        "association",
        "bank",
        "banks",
        "savings",
        "loan",
        "federal",
        "national",
        "trust",
        "partners",
        "industries",
        "systems",
        "corporation",
        "incorporated",
        "limited",
    ]
)


# (cached by the set: a text's names and words are cached sets, read for each text the
# text is compared with)
@functools.lru_cache(maxsize=TEXT_CACHE)
def _spelled(names: frozenset[str]) -> frozenset[str]:
    """Names without their apostrophes, hyphens and stops: "Sana'a" and "Sanaa", "al-Qaida"
    and "alQaida" are one place or group spelled two ways, not two subjects."""
    return frozenset(SPELLING_MARKS.sub("", n) for n in names)


SPELLING_MARKS = re.compile(r"[’'.-]")


@functools.lru_cache(maxsize=TEXT_CACHE)
def _token_set(text: str) -> frozenset[str]:
    return frozenset(tokens(text))


@dataclass(frozen=True, slots=True)
class _NegationSite:
    """A negation in a clause the text asserts: the root of the content word it negates,
    the names written just before it (its subject), and whether it is a refusal
    ("refused", "declined" or "failed" to do: ``REFUSALS``)."""

    root: str
    subject: frozenset[str]
    refusal: bool


@functools.lru_cache(maxsize=TEXT_CACHE)
def _negation_sites(text: str) -> tuple[_NegationSite, ...]:
    """Every negation of the text's asserted clauses (``_clauses``), read once per text:
    what a pair reads of them (``_negated_shared``) depends on the other sentence only
    through the words both have and the names the other mentions."""
    return tuple(site for clause in _clauses(text) for site in _clause_negations(clause))


def _clause_negations(clause: str) -> list[_NegationSite]:
    """The clause's negations and what each negates: the content word right after a
    negation word, which is what is said not to happen ("did not resign", "never has been a
    pause", "no one was hurt", "tickets rather than arrests"), not a word further on ("would
    not reveal what Reid is treated for" negates no "Reid"). The negation is about its
    subject, so one named just before it that the other sentence does not mention makes it
    about something else ("..., Ross is not signed" against "the stars are signed": read
    by ``_negated_shared``). "No less than", "not only" and "not just" negate nothing, nor
    does refusing to say ("police would not say how many shots were fired")."""
    written = WORD.findall(clause)
    folded = [fold(w).replace("’", "'") for w in written]
    sites: list[_NegationSite] = []
    for position in range(len(folded)):
        if not _negates(folded, position):
            continue
        following = [
            w for w in folded[position + 1 : position + 6] if w not in STOPWORDS and not _adverb(w)
        ]
        if not following or following[0] in SAYING:
            continue
        subject = _names(" ".join(written[max(0, position - 6) : position]))
        refusal = folded[position] in REFUSALS
        sites.append(_NegationSite(_root(stem(following[0])), subject, refusal))
    return sites


@functools.lru_cache(maxsize=TEXT_CACHE)
def _done_roots(text: str) -> frozenset[str]:
    """The roots of the text's words but those right after "to" ("calls to resign",
    "refused to sign": no act done)."""
    folded = tokens(text)
    return frozenset(
        _root(stem(w)) for i, w in enumerate(folded) if i == 0 or folded[i - 1] != "to"
    )


def _adverb(word: str) -> bool:
    """ "not yet regained", "no longer playing", "has not formally overturned": the verb
    after it is what is negated."""
    return word.endswith("ly") or word in ADVERBS


ADVERBS = frozenset(["yet", "even", "ever", "always", "still", "again", "longer"])


def _negates(folded: list[str], position: int) -> bool:
    word = folded[position]
    after = folded[position + 1] if position + 1 < len(folded) else ""
    if after == "t" and is_negation(word + "'t"):
        return True  # a tokenised corpus writes "doesn ’ t"
    if is_negation(word):
        # "No. 1 Tar Heels" is a rank; "not a mere day ago" is "only a day ago".
        return after not in NOT_NEGATING_AFTER and not (word == "no" and after.isdigit())
    return (word, after) in CONTRASTS


NOT_NEGATING_AFTER = frozenset({"less", "more", "only", "just", "least", "doubt", "mere"})
# Refusing to tell is no denial: "would not say", "did not reveal", "did not immediately
# comment".
SAYING = frozenset(
    [
        "say",
        "said",
        "comment",
        "commented",
        "reveal",
        "revealed",
        "disclose",
        "disclosed",
        "confirm",
        "confirmed",
        "specify",
        "specified",
        "elaborate",
        "elaborated",
        "discuss",
        "identify",
        "identified",
        "name",
        "named",
        "immediately",
    ]
)


REFUSALS = frozenset(["refused", "refuses", "declined", "declines", "failed", "fails"])
REFUSAL = re.compile(r"\b(?:refus|declin|fail)(?:ed|es|s)\s+to\b", re.IGNORECASE)


def refuses(text: str) -> bool:
    """The text tells that someone refused, declined or failed to do something."""
    return REFUSAL.search(text) is not None


# "tickets rather than arrests" says no to arrests as "tickets, not arrests" does, and "had
# yet to regain consciousness" as "had not yet regained" does.
# "refused to order a hearing" says no to the order as "did not order" does (a new user's
# digest of a 2000 appeals ruling, "ordered", was read as agreeing with it), and so do
# "declined to" and "failed to" ("declined to comment" is a refusal to tell: ``SAYING``).
CONTRASTS = frozenset(
    {
        ("rather", "than"),
        ("instead", "of"),
        ("yet", "to"),
        ("refused", "to"),
        ("refuses", "to"),
        ("declined", "to"),
        ("declines", "to"),
        ("failed", "to"),
        ("fails", "to"),
    }
)


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
    if any(slot in theirs and theirs[slot] != side for slot, side in mine.items()):
        return True
    return _opposite_action(claim, other)


def _opposite_action(claim: str, other: str) -> bool:
    """One takes a measure the other undoes, on the same thing: "plans to tighten its
    sanctions" against "plans to lift trade sanctions". The content words right after
    each verb name what it acts on, and one's must be among the other's (the review's
    cases: "shut the road" against "opened an investigation", "ban plastic bags" against
    "allow paper bags", "rose this summer" against "fell this winter" are two things, and
    "last fall" is a season)."""
    mine, theirs = _actions(claim), _actions(other)
    years, other_years = set(YEAR.findall(claim)), set(YEAR.findall(other))
    if years and other_years and not years & other_years:
        return False  # "raised interest rates in 2022" and "cut interest rates in 2020"
    return any(
        pair == other_pair
        and side != other_side
        and bool(objects)
        and bool(other_objects)
        and (objects <= other_objects or other_objects <= objects)
        for pair, side, objects in mine
        for other_pair, other_side, other_objects in theirs
    )


@functools.lru_cache(maxsize=TEXT_CACHE)
def _actions(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """(pair, side, what it acts on) for each verb of ``ACTION_OPPOSITES`` in the text,
    a negated one on the other side; what it acts on: the content words among the next
    ``OBJECT_REACH`` words."""
    folded = tokens(text)
    found = []
    for position, pair, side in _sided_words(folded, ACTION_OPPOSITES):
        after = folded[position + 1 : position + 1 + OBJECT_REACH]
        objects = frozenset(stem(w) for w in after if w not in STOPWORDS and w.isalpha())
        found.append((pair, side, objects))
    # A text with both sides of a pair tells a sequence ("imposed a curfew on Monday and
    # lifted the curfew on Friday", the second review's), not one outcome; and a sentence
    # is read for a few of them only (two 132 KB sentences took 5 s).
    both = {pair for pair, side, _ in found if side == 0} & {
        pair for pair, side, _ in found if side == 1
    }
    return tuple(action for action in found if action[0] not in both)[:MAX_ACTIONS]


def _sided_words(
    folded: list[str], pairs: Sequence[tuple[frozenset[str], frozenset[str]]]
) -> Iterator[tuple[int, int, int]]:
    """(position, pair, side) for each word of ``pairs`` (two opposite word sets each) in
    the folded words; a negated one is on the other side ("not guilty" is the acquittal
    side)."""
    for position, word in enumerate(folded):
        for pair, (one, two) in enumerate(pairs):
            side = 0 if word in one else 1 if word in two else None
            if side is None:
                continue
            if position and is_negation(folded[position - 1]):
                side = 1 - side
            yield position, pair, side


@functools.lru_cache(maxsize=TEXT_CACHE)
def _outcomes(text: str, refuted: bool = False) -> Mapping[int, int]:
    """Slot -> side for each outcome word of ``OPPOSITES`` in the text (cached: read,
    never changed); with ``refuted``, a refutation word right before or after an outcome
    word turns it too ("death hoax" is on the side of "alive")."""
    sides: dict[int, set[int]] = {}
    folded = tokens(text)
    for position, slot, side in _sided_words(folded, OPPOSITES):
        after = folded[position + 1] if position + 1 < len(folded) else ""
        before = folded[position - 1] if position else ""
        if refuted and (after in REFUTING_NOUNS or before in REFUTING_ADJECTIVES):
            side = 1 - side  # "death hoax", "fake death"
        sides.setdefault(slot, set()).add(side)
    # A sentence with both sides of a slot tells a sequence ("arrested ... and later
    # released on bond"), not one outcome.
    return MappingProxyType({slot: found.pop() for slot, found in sides.items() if len(found) == 1})


# The reader's rules read more opposites than the model's feature (which the trees were
# fitted on): a measure taken or undone, a figure that went up or down, a thing opened or
# shut, allowed or banned ("plans to tighten its sanctions" against "plans to lift trade
# sanctions" was called supported by `storyline check`), each on the same thing
# (``_opposite_action``).
OBJECT_REACH = 3
MAX_ACTIONS = 8
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


ACTION_OPPOSITES = (
    (
        lexicon("lift lifts lifted lifting ease eases eased easing loosen loosens loosened")
        | lexicon("relax relaxes relaxed"),
        lexicon("impose imposes imposed imposing tighten tightens tightened tightening")
        | lexicon("toughen toughened"),
    ),
    (
        lexicon("raise raises raised raising increase increases increased hike hikes hiked"),
        lexicon("cut cuts cutting lower lowers lowered reduce reduces reduced decrease")
        | lexicon("decreases decreased"),
    ),
    (
        lexicon("rise rises rose risen rising climb climbs climbed soar soared jump jumped"),
        lexicon("fall falls fell fallen falling drop drops dropped decline declined plunge")
        | lexicon("plunged"),
    ),
    (
        lexicon("open opens opened reopen reopens reopened"),
        lexicon("close closes closed shut shuts"),
    ),
    (
        lexicon("allow allows allowed permit permits permitted legalize legalized"),
        lexicon("ban bans banned prohibit prohibits prohibited forbid forbids forbade outlaw")
        | lexicon("outlawed"),
    ),
)
# Refuting words after an outcome word ("death hoax", "death debunked") and before one
# ("fake death").
REFUTING_NOUNS = frozenset(
    ["hoax", "hoaxes", "myth", "lie", "lies", "fabrication", "debunked", "faked", "untrue"]
)
REFUTING_ADJECTIVES = frozenset(["fake", "faked", "false", "bogus", "phony", "fabricated"])


def numbers_given(text: str) -> set[str]:
    """The numbers a text gives, as written without their commas ("1,500" is "1500")."""
    return {n.rstrip(".,").replace(",", "") for n in NUMBER.findall(text)}


def other_figures(claim: str, other: str) -> bool:
    """The other sentence counts the same thing with none of the claim's numbers
    ("38 years in prison" against "40 years"). Not when the two count it over other spans
    or for other people, as a reader sees: "about 940 miles" and "some 930 miles" are
    guesses; "six rifles during the operation" and "14 rifles in five operations so far",
    or 2,129 career points and 23 points a game, are two counts; "Peyton Hillis rushed for
    101 yards" and "Jamaal Charles rushed for 226 yards while Peyton Hillis added 101" are
    two runners (the nearest name before a figure is whose it is, and the other sentence
    gives the claim's figure anyway)."""
    if _span(claim) != _span(other):
        return False
    stated = numbers_given(other)
    mine, theirs = _counts(claim), _counts(other)
    for unit in {u for u, _, _ in mine}:
        numbers = {n for u, n, _ in mine if u == unit}
        rivals = [(n, w) for u, n, w in theirs if u == unit]
        if not rivals or numbers & ({n for n, _ in rivals} | stated):
            continue  # the other gives one of the claim's figures ("$1 million ($1.52m)")
        # Whose: the same name, or none on either side ("He has 605 yards" is no count of
        # "Peyton Manning passed for 364 yards").
        whose = {w for u, _, w in mine if u == unit}
        if any(w in whose for _, w in rivals):
            return True
    return False


def other_day(claim: str, other: str) -> bool:
    """Each sentence names one calendar day, and not the same: "Juan Miguel Gonzalez arrived
    in the United States April 2" against "since he arrived in the United States on April
    6" (two wire reports of 2000, a new user's read). A sentence naming two days tells a
    span or a sequence; a day of another year than the claim's is another occasion."""
    mine, theirs = _calendar_days(claim), _calendar_days(other)
    if len(mine) != 1 or len(theirs) != 1:
        return False
    (month, day, year, lead), (other_month, other_day_number, other_year, other_lead) = (
        mine[0],
        theirs[0],
    )
    if year and other_year and year != other_year:
        return False
    # Each day dates the same words: "in the United States April 2" and "in the United
    # States on April 6", not "restored services ... on 14 October" and "announced on
    # Twitter today (20 October) that they have restored services" (ECB+ dev).
    return (month, day) != (other_month, other_day_number) and (
        len(lead & other_lead) >= min(len(lead), len(other_lead), DAY_LEAD_WORDS) > 0
    )


@functools.lru_cache(maxsize=TEXT_CACHE)
def _calendar_days(text: str) -> tuple[tuple[str, int, str | None, frozenset[str]], ...]:
    """The days a text names by month and number ("April 2", "Apr. 2, 2000", "2 April"),
    as (month's first three letters, day, year or None, the stems of the few content words
    right before it); a day told as a bound ("by April 2", "until", "since", "before",
    "after") is no day of the happening."""
    found: dict[tuple[str, int, str | None], frozenset[str]] = {}
    for match in CALENDAR_DAY.finditer(text):
        if DAY_BOUND.search(text, max(0, match.start() - 8), match.start()):
            continue
        month = (match.group("month") or match.group("month_after"))[:3].lower()
        number = int(match.group("day") or match.group("day_before"))
        if 1 <= number <= 31:
            words = tokens(text[: match.start()])
            if any(CUE_WORD.fullmatch(w) for w in words[-SAID_DAY_WORDS:]):
                continue  # "police said on 14 June": the day it was said, not of the happening
            before = [w for w in words if w not in STOPWORDS]
            lead = frozenset(stem(w) for w in before[-DAY_LEAD_WORDS:])
            found.setdefault((month, number, match.group("year")), lead)
    return tuple((*day, lead) for day, lead in found.items())


# The content words before a day that say what it dates ("... arrived in the United
# States"); two days date the same happening only when all of them are the same: one or
# two shared are most often the subject only ("Hassan arrived in Paris" and "Hassan left
# Paris", "the trial opened in the federal court" and "the trial resumed in the federal
# court"; the review of the change).
DAY_LEAD_WORDS = 3
# A verb of saying this few words before a day makes it the saying's ("announced on Twitter
# today (14 October 2011) that they have restored ...", ECB+ dev).
SAID_DAY_WORDS = 5
CUE_WORD = re.compile(
    r"said|says|told|tells|announced|announces|reported|reports|stated|added|confirmed|declared"
)


CALENDAR_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
CALENDAR_DAY = re.compile(
    rf"\b(?:(?P<month>{CALENDAR_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?|(?P<day_before>\d{{1,2}})\s+(?P<month_after>"
    rf"{CALENDAR_MONTH})\b)"
)


def _a_day_number(number: str) -> bool:
    """ "2" of "April 2" is a day; "40" of "Since June 40 soldiers" and "3,000" are counts."""
    return number.isdigit() and 1 <= int(number) <= 31


MONTH_BEFORE = re.compile(rf"\b{CALENDAR_MONTH}\.?\s*$")
DAY_BOUND = re.compile(r"\b(?:by|until|till|since|before|after|through|from|to)\s*$", re.IGNORECASE)


# A number, with the currency or country prefix news writes on it ("$US1", "€2", "R26").
NUMBER_WITH_UNIT = re.compile(
    r"(?<![\w.,:])(?:US\$|\$US|[$€£¥]|US|A\$|R)?(\d[\d,.]*)(?![\d:])\s+(?:([a-z-]+)\s+)?"
    r"([a-z]{3,})\b",
    re.IGNORECASE,
)
# Words before a number that make it a bound or a guess, not a count.
APPROXIMATE = re.compile(
    r"\b(?:about|some|nearly|around|almost|approximately|roughly|over|under|up to|"
    r"(?:more|less|fewer) than|at least|at most|estimated|an estimated)\s*\S{0,4}$",
    re.IGNORECASE,
)
# A count over a span ("so far", "in all", a career) or a rate ("a game") is no count of
# one occasion.
SPAN = re.compile(
    r"\b(?:so far|in all|to date|altogether|in total|total|combined|career|additional|"
    r"this season|last season|(?:a|per) (?:game|match|night|season|year|day))\b",
    re.IGNORECASE,
)
# Clock times and zones, street numbers: no count ("6:41pm PST", "the 12000 block").
CLOCK_AND_STREET = frozenset(
    ["gmt", "utc", "pst", "est", "edt", "cet", "bst", "am", "pm", "block", "street", "avenue"]
)
# Dates are no counts ("14 October"); spans of time are, though the stoplist has them.
NO_UNITS = (
    CLOCK_AND_STREET | frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS)
)
SPANS = frozenset(["year", "years"])
# The thousands a tokenised corpus writes apart from a figure ("2, 116").
THOUSANDS = re.compile(r"\d{1,3},\s*$")
# A name as news writes it, "DiLeo" and "McDermott" included.
NAME_WORD = re.compile(r"\b[A-Z][a-z]*(?:[A-Z][a-z]+)*(?:[-'][A-Z]?[a-z]+)*\b")


@functools.lru_cache(maxsize=TEXT_CACHE)
def _span(text: str) -> bool:
    return bool(SPAN.search(text))


def figures(text: str) -> dict[str, set[str]]:
    """Exact numbers by the word they count ("38 years in prison" -> {"year": {"38"}}):
    no bound or guess ("at least 30", "about 940 miles"), no date, time or phone number."""
    found: dict[str, set[str]] = {}
    for unit, number, _ in _counts(text):
        found.setdefault(unit, set()).add(number)
    return found


@functools.lru_cache(maxsize=TEXT_CACHE)
def _counts(text: str) -> tuple[tuple[str, str, str | None], ...]:
    """Each exact count of the text: the stem of what it counts, the number, and whose it
    is (the last name before it in its clause, folded; None without one)."""
    found = []
    for match in NUMBER_WITH_UNIT.finditer(text):
        # "205 yards Sunday" counts yards: the word after the number when the last is none.
        units = [u.lower() for u in (match.group(3), match.group(2)) if u and len(u) > 2]
        units = [u for u in units if u not in NO_UNITS and (u in SPANS or u not in STOPWORDS)]
        before = text[: match.start()]
        if not units or APPROXIMATE.search(before) or re.search(r"\d\s*$", before):
            continue  # a bound, a guess, or the tail of a phone number ("0845 125 222")
        if MONTH_BEFORE.search(before) and _a_day_number(match.group(1).rstrip(".,")):
            continue  # "arrived April 2 to reclaim his son": a day (``other_day``), no count
        number = match.group(1).rstrip(".,").replace(",", "")
        clause = CLAUSE_BREAK.split(THOUSANDS.sub("", before))[-1]  # "of 2, 116 points"
        found.append((stem(units[0]), number, _last_name(clause)))
    return tuple(found)


def _last_name(text: str) -> str | None:
    names = _name_words(text)
    return names[-1] if names else None
