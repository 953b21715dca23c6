"""Compare sources within a storyline: which sources agree with each claim, disagree with it
or only discuss it, and which quotes stand word for word elsewhere.

Copies (``duplicate_of``) are not independent: support from a copy of an article does not
count for that article, and a copy's claims are not checked twice.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal, Protocol

import numpy as np
from rapidfuzz import fuzz

from storyline.compare.overlaps import Held, IntArray, Sentences
from storyline.compare.remembered import (
    CONTRADICTS,
    DISCUSSES,
    NOWHERE,
    SUPPORTS,
    BoolArray,
    Filed,
    Filings,
)
from storyline.compare.remembered import current as current_comparisons
from storyline.compare.stance import (
    TEXT_CACHE,
    StanceModel,
    names_none_of,
    numbers_given,
    opening_named,
    other_subject,
    packaged_model,
    refuses,
)
from storyline.compare.stance_features import (
    DENIAL,
    HEDGE,
    MODAL,
    NAME,
    ClaimText,
    SourceText,
    is_negation,
    tokens,
)
from storyline.extract.words import content_stems, fold, stem, stem_set
from storyline.model import (
    Article,
    CheckedQuote,
    Claim,
    Quote,
    QuoteCheck,
    StanceKey,
    StanceResult,
)
from storyline.people import NAME_SUFFIXES, word_list
from storyline.per_report import per_report
from storyline.read.blocks import in_quoted_block
from storyline.read.timex import day_of
from storyline.settings import DEFAULT, Settings

# (an underscore too: a wire's typewriter dash, "where James Kopp is _ period")
NON_WORD = re.compile(r"[\W_]+")
# Segments of a quote compared for "same utterance": clauses of at least this many words.
MIN_SEGMENT_WORDS = 4
# Sentences with fewer content words than this state no checkable fact.
MIN_CLAIM_WORDS = 4


def normalise(text: str) -> str:
    """Folded words only: quotes compare equal whatever the quotation marks or case."""
    return " ".join(NON_WORD.sub(" ", fold(text).replace("’", "'")).split())


def stands_in(wanted: str, text: str) -> bool:
    """The words of ``wanted`` stand in ``text`` word for word, as whole words (both as
    ``normalise`` gives them): "of the law" is not in "of the laws", nor "he said no" in
    "she said no" (a briefing marked a quotation "word for word in another source" that
    had "laws" there)."""
    at = text.find(wanted)
    while at >= 0:
        end = at + len(wanted)
        if (at == 0 or text[at - 1] == " ") and (end == len(text) or text[end] == " "):
            return bool(wanted)
        at = text.find(wanted, at + 1)
    return False


def is_question(text: str) -> bool:
    """A question asserts nothing that a source could support or contradict ("Why won't he
    release his tax returns?" is no claim that he did or did not)."""
    return text.rstrip().rstrip('”"’)').endswith("?")


def source_of(article: Article) -> str:
    """The independent source an article belongs to (its original, if it is a copy)."""
    return article.duplicate_of or article.id


@dataclass(slots=True)
class IndexedSentence:
    article_id: str
    start: int
    end: int
    text: str
    stems: frozenset[str]


def sentence_index(articles: list[Article]) -> list[IndexedSentence]:
    return [
        IndexedSentence(a.id, s, e, a.text[s:e], stem_set(a.text[s:e]))
        for a in articles
        for s, e in a.sentences
    ]


def sentences_by_article(index: list[IndexedSentence]) -> dict[str, list[IndexedSentence]]:
    """The indexed sentences of each article, in the index's order."""
    by_article: dict[str, list[IndexedSentence]] = {}
    for sentence in index:
        by_article.setdefault(sentence.article_id, []).append(sentence)
    return by_article


# A stance result is a function of the claim's sentence and the source's text only: its key
# (``model.StanceKey``) names both (claim article, its sentence's start and end, source
# article).


class StanceCache(Protocol):
    """Stances classified before (by an earlier build) and in this one."""

    def known(self, keys: Sequence[StanceKey]) -> dict[StanceKey, StanceResult]:
        """Those of ``keys`` whose stance is known."""
        ...

    def add(self, results: dict[StanceKey, StanceResult]) -> None: ...


_KNOWN: ContextVar[StanceCache | None] = ContextVar("known", default=None)


@contextmanager
def known_stances(known: StanceCache) -> Iterator[StanceCache]:
    """Within the block, ``claims`` takes the stance of a pair from ``known`` when it is
    there, instead of classifying it again, and adds the pairs it classifies. A storyline
    briefed again after a few new reports classifies only the pairs they bring; the
    results are the same as classifying every pair (the caller keeps ``known`` only while
    the articles' texts and the stance function are unchanged)."""
    token = _KNOWN.set(known)
    try:
        yield known
    finally:
        _KNOWN.reset(token)


# Pairs whose stances are looked up (or classified) and filed at a time: a storyline of
# thousands of reports has millions, and holding all their results at once took GBs.
STANCE_CHUNK = 20_000


def claims(
    articles: list[Article],
    settings: Settings = DEFAULT,
    index: list[IndexedSentence] | None = None,
    model: StanceModel | None = None,
    event_of: dict[str, str | None] | None = None,
    held: Held | None = None,
) -> list[Claim]:
    """Every checkable sentence of every original article, with the stance of each other
    source towards it. ``index`` is the articles' ``sentence_index`` when the caller has
    built it already, ``held`` its sentences' words as ``overlaps.holding`` gives them.

    Word overlap only finds the sources that could speak to a sentence (one of their
    sentences shares ``related_overlap`` of its words; ``compare/overlaps.py``); the
    stance model decides whether each agrees, disagrees or only discusses it
    (``compare/stance.py``), for those that can be filed under it (their closest sentence
    has ``support_overlap`` of its words: a source none of whose sentences has half of
    them is filed nowhere, and its stance is not classified), ``STANCE_CHUNK`` pairs at a
    time.

    With ``event_of`` (article id -> event id), a source can contradict a claim only when it
    reports the same event: across the events of a storyline facts change ("four times the
    safe limit" on Monday, "no toxin above the limit" a week later), and both are true."""
    model = model or packaged_model()
    sources = {a.id: source_of(a) for a in articles}
    by_id = {a.id: a for a in articles}
    index = sentence_index(articles) if index is None else index
    found, pairs = _compared(index, sources, settings, event_of, held)
    _file_stances(found, pairs, index, _SourceTexts(by_id), model, settings)
    for claim in found:
        claim.supported_by.sort()
        claim.discussed_by.sort()
    return found


@dataclass(frozen=True, slots=True)
class _Pairs:
    """Each claim's candidate sources (``_compared``), one row per (claim, source), claim
    by claim: the claim's number among those found, its sentence's position in the index,
    and ``filings``' keys by the article codes of ``articles`` (the source's article is
    the one holding its closest sentence: a copy's, when the copy says more)."""

    claim: IntArray
    position: IntArray
    articles: list[str]
    filings: Filings


def _compared(
    index: list[IndexedSentence],
    sources: dict[str, str],
    settings: Settings,
    event_of: dict[str, str | None] | None,
    held: Held | None = None,
) -> tuple[list[Claim], _Pairs]:
    """Each checkable sentence of an original article as a claim, with how close another
    source comes to it (``closest_overlap``), and the pairs of it with those of the
    closest ``support_sources`` other sources (among those whose closest sentence shares
    ``related_overlap`` of its words) that share ``support_overlap`` of them."""
    positions = [
        n
        for n, sentence in enumerate(index)
        if sources[sentence.article_id] == sentence.article_id  # a copy's are its original's
        and len(sentence.stems) >= MIN_CLAIM_WORDS
        and not is_question(sentence.text)
    ]
    floor = min(settings.support_overlap, settings.related_overlap)
    compared = Sentences(
        [sentence.stems for sentence in index],
        [sources[sentence.article_id] for sentence in index],
        [sentence.article_id for sentence in index],
        held,
    )
    remembered = current_comparisons()
    if remembered is None:
        cells = compared.cells(positions, floor)
    else:
        cells = remembered.cells(compared, positions, floor)
    # Only the sources that state the claim (``support_overlap``) are filed: the others
    # are not listed, though they count for ``closest_overlap`` and the choice of the
    # ``support_sources`` closest.
    near = compared.nearest(cells, positions, settings.support_sources, settings.support_overlap)
    found: list[Claim] = []
    for at, reached in zip(positions, near.reached.tolist(), strict=True):
        sentence = index[at]
        claim = Claim(sentence.article_id, sentence.text, sentence.start, sentence.end, [])
        if reached:
            claim.closest_overlap = _rounded_share(reached, len(sentence.stems))
        found.append(claim)
    position = np.asarray(positions, dtype=np.int64)[near.claim]
    starts = np.asarray([sentence.start for sentence in index], dtype=np.int64)
    claim_article, other = compared.article[position], compared.article[near.best]
    filings = Filings(
        claim_article,
        starts[position],
        other,
        _one_event(compared.article_ids, claim_article, other, event_of),
        near.shared,
    )
    return found, _Pairs(near.claim, position, compared.article_ids, filings)


def _file_stances(
    found: list[Claim],
    pairs: _Pairs,
    index: list[IndexedSentence],
    texts: _SourceTexts,
    model: StanceModel,
    settings: Settings,
) -> None:
    """Each source filed under its claim by its stance (``_filing``), in order; a pair the
    last build filed between the same two unchanged reports, by the same event and
    closeness, as it was filed then (``compare/remembered.py``), without its stance. The
    stances are classified ``STANCE_CHUNK`` pairs at a time."""
    filings = pairs.filings
    remembered = current_comparisons()
    evidence: dict[int, str] = {}
    if remembered is None:
        outcome = np.full(len(pairs.claim), -1, dtype=np.int64)
    else:
        outcome, evidence = remembered.reused_filings(filings)
    # In claim text order, so that a sentence printed by several reports falls in one chunk
    # and is classified once per source (``_stances``).
    rows = _Rows.of(pairs)
    todo = sorted(np.flatnonzero(outcome < 0).tolist(), key=lambda n: found[rows.claim[n]].text)
    for start in range(0, len(todo), STANCE_CHUNK):
        chunk = todo[start : start + STANCE_CHUNK]
        pending = [_pending(found, rows, pairs.articles, index, n) for n in chunk]
        same_event = [rows.same_event[n] for n in chunk]
        for n, filed in zip(
            chunk, _filed(pending, same_event, texts, model, settings), strict=True
        ):
            outcome[n] = filed.outcome
            if filed.outcome == CONTRADICTS:
                evidence[n] = filed.evidence
    if remembered is not None:
        remembered.keep_filings(replace(filings, outcome=outcome), evidence)
    went = outcome.tolist()
    for n in np.flatnonzero(outcome != NOWHERE).tolist():
        _file(found[rows.claim[n]], pairs.articles[rows.other[n]], went[n], evidence.get(n, ""))


def _one_event(
    articles: list[str],
    claim_article: IntArray,
    other: IntArray,
    event_of: dict[str, str | None] | None,
) -> BoolArray:
    """Per pair (its two articles by their codes in ``articles``), whether the claim's and
    the source's articles report one event (those ``event_of`` gives no event count as of
    one unknown event together; without ``event_of``, all pairs do)."""
    if event_of is None:
        return np.ones(len(other), dtype=np.bool_)
    codes: dict[str | None, int] = {}
    event = np.asarray(
        [codes.setdefault(event_of.get(a), len(codes)) for a in articles], dtype=np.int64
    )
    same: BoolArray = event[claim_article] == event[other]
    return same


# (bounded: a hostile text's one long "sentence" could bring many pairs of counts)
@functools.lru_cache(maxsize=1 << 14)
def _rounded_share(part: int, whole: int) -> float:
    """``part / whole`` to three places, worked out once a pair of counts (a storyline's
    thousands of claims have a few hundred such pairs)."""
    return round(part / whole, 3)


@dataclass(frozen=True, slots=True)
class _Rows:
    """``_Pairs``' columns as Python lists: a build reads each of some 100,000 pairs' fields
    one at a time, and reading a numpy array one element at a time costs several times a
    list's."""

    claim: list[int]
    position: list[int]
    other: list[int]
    shared: list[int]
    same_event: list[bool]

    @classmethod
    def of(cls, pairs: _Pairs) -> _Rows:
        filings = pairs.filings
        return cls(
            pairs.claim.tolist(),
            pairs.position.tolist(),
            filings.other.tolist(),
            filings.shared.tolist(),
            filings.same_event.tolist(),
        )


def _pending(
    found: list[Claim], rows: _Rows, articles: list[str], index: list[IndexedSentence], n: int
) -> tuple[Claim, Candidate]:
    """Pair ``n`` as the claim and its candidate source, to be classified."""
    sentence = index[rows.position[n]]
    return found[rows.claim[n]], Candidate(articles[rows.other[n]], sentence, rows.shared[n])


def _filed(
    pending: list[tuple[Claim, Candidate]],
    same_event: list[bool],
    texts: _SourceTexts,
    model: StanceModel,
    settings: Settings,
) -> Iterator[Filed]:
    """Where each pending pair goes, by its stance (classified unless known); ``same_event``
    tells, pair by pair, whether its two reports are of one event."""
    results = _stances(pending, texts, model)
    recorded: dict[_RecordKey, tuple[Filing | None, str]] = {}
    for (claim, candidate), one_event, result in zip(pending, same_event, results, strict=True):
        yield _filing(claim, candidate, result, texts, one_event, settings, recorded)


def _filing(
    claim: Claim,
    candidate: Candidate,
    result: StanceResult,
    texts: _SourceTexts,
    one_event: bool,
    settings: Settings,
    recorded: dict[_RecordKey, tuple[Filing | None, str]],
) -> Filed:
    """Where a source goes for a claim, given its stance (``_record``, looked up in
    ``recorded`` by what decides it, and kept there)."""
    by_id = texts.articles
    nowhere = Filed(one_event, candidate.shared, NOWHERE)
    if result.stance != "disagrees" and _published_before(
        texts.earliest_told_day(claim), by_id[candidate.article_id]
    ):
        return nowhere  # (an early report that says otherwise is still shown against it)
    same_event = one_event
    if result.reason == "other figures" and not same_publication_day(
        by_id[claim.article_id], by_id[candidate.article_id]
    ):
        same_event = False  # a count reported on another day is an update, not a denial
    source = by_id[candidate.article_id].text
    context = by_id[claim.article_id].text
    # A sentence several reports print is a claim of each, with the same sources and
    # stances (the benchmark store's 116,642 pairs are 48,639 claim texts and sources):
    # filed alike, but where its own article makes its opening word a name or not.
    key = (
        claim.text,
        candidate.article_id,
        result,
        candidate.overlap,
        same_event,
        opening_named(claim.text, context),
    )
    if key not in recorded:
        recorded[key] = _record(claim, candidate, result, source, settings, same_event, context)
    filed, evidence = recorded[key]
    if filed is None:
        return nowhere
    return Filed(one_event, candidate.shared, _OUTCOMES[filed], evidence)


# What decides ``_record``: the claim's text, the source, its stance, how much of the
# claim its closest sentence holds, whether the two report one event and whether the
# claim's opening word is a name in its own article (``opening_named``).
_RecordKey = tuple[str, str, StanceResult, float, bool, bool]


_OUTCOMES: dict[Filing, int] = {
    "supports": SUPPORTS,
    "contradicts": CONTRADICTS,
    "discusses": DISCUSSES,
}


def _file(claim: Claim, article_id: str, outcome: int, evidence: str) -> None:
    """Filed under the article whose sentence it is: a copy counts as its original's source
    (``source_of``), but a copy longer than its original holds sentences the original has
    not (a wire story's six paragraphs and the whole of it, AQUAINT 1999), and a citation
    must send the reader to the text that says it."""
    if outcome == SUPPORTS:
        claim.supported_by.append(article_id)
    elif outcome == CONTRADICTS:
        claim.contradicted_by.append(article_id)
        claim.evidence.append(evidence)
    elif outcome == DISCUSSES:
        claim.discussed_by.append(article_id)


def published_before_it_happened(claim: Claim, article: Article, source: Article) -> bool:
    """The source was published two days or more before every day the claim tells as past
    (a day its own article's date has reached): it cannot confirm or report what happened
    later. A day of saying ("police said on Friday that nobody was hurt") is none: what was
    said may be older than the saying. A day's slack stands for time zones and reports
    filed after midnight. AQUAINT, February 2016 (PolNeAR): the "22-point defeat" of the 9
    February primary was "also reported by" an item of 3 February."""
    return _published_before(earliest_told_day(claim, article), source)


def _published_before(told: str | None, source: Article) -> bool:
    """The source was published ``EARLY_SLACK_DAYS`` and more before the day ``told``."""
    published = stated_day(source)
    if told is None or published is None:
        return False
    gap = date.fromisoformat(told) - date.fromisoformat(published)
    return gap.days > EARLY_SLACK_DAYS


def earliest_told_day(claim: Claim, article: Article) -> str | None:
    """The first day the claim tells as past, a day of saying apart
    (``published_before_it_happened``); none when its article's date is not stated."""
    written = stated_day(article)
    if written is None:
        return None
    told = [
        day
        for time in article.times
        if claim.start <= time.start < claim.end
        and (day := day_of(time.value)) is not None
        and day <= written
        and not SAID_BEFORE.search(article.text, max(0, time.start - SAID_REACH), time.start)
    ]
    return min(told) if told else None


EARLY_SLACK_DAYS = 1
# A verb of saying right before a day: the day is the saying's ("announced on Friday").
SAID_REACH = 24
SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|stated|declared|added|wrote)\b"
    r"[^.;]{0,16}$",
    re.IGNORECASE,
)


def stated_day(article: Article) -> str | None:
    """The article's publication day, when the input or its text states it (an inferred
    date is a guess too rough to rule a source out by)."""
    if article.published_source == "inferred" or not article.published:
        return None
    return day_of(article.published[:10])


def same_publication_day(one: Article, other: Article) -> bool:
    """Published on the same day, or either undated (then nothing says otherwise). A poll
    or a death toll moves from one day to the next: 46 to 42 in one report and 43 to 38 in
    another ten days later are two readings, not a contradiction."""
    if not one.published or not other.published:
        return True
    return one.published[:10] == other.published[:10]


def _stances(
    pending: list[tuple[Claim, Candidate]], texts: _SourceTexts, model: StanceModel
) -> list[StanceResult]:
    """The stance of each pending pair: known ones (``known_stances``) as they are, the
    others classified in one batch (and added to the known ones)."""
    cache = _KNOWN.get()
    keys = [_key(candidate) for _, candidate in pending]
    known = cache.known(keys) if cache is not None else {}
    todo = [i for i, key in enumerate(keys) if key not in known]
    # One classification per claim text and source: the stance is a function of the two
    # texts only, and a sentence several reports print word for word (a wire story's
    # paragraph, a statement's) is a claim of each, paired with the same sources.
    first: dict[tuple[str, str], int] = {}
    for i in todo:
        first.setdefault(_texts_key(pending[i][1]), i)
    pairs = [
        (texts.claim(pending[i][1].sentence), texts.source(pending[i][1].article_id))
        for i in first.values()
    ]
    classified = dict(zip(first, model.classify(pairs), strict=True))
    fresh = {i: classified[_texts_key(pending[i][1])] for i in todo}
    if cache is not None:
        cache.add({keys[i]: result for i, result in fresh.items()})
    return [fresh[i] if i in fresh else known[key] for i, key in enumerate(keys)]


def _texts_key(candidate: Candidate) -> tuple[str, str]:
    return candidate.sentence.text, candidate.article_id


def _key(candidate: Candidate) -> StanceKey:
    sentence = candidate.sentence
    return sentence.article_id, sentence.start, sentence.end, candidate.article_id


@dataclass(slots=True)
class Candidate:
    """The closest sentence of another independent source to a claim."""

    article_id: str  # the article holding the sentence (the source or a copy of it)
    sentence: IndexedSentence  # the claim's own sentence
    shared: int  # the claim's words the source's closest sentence holds

    @property
    def overlap(self) -> float:
        """The share of the claim's words the source's closest sentence holds."""
        return self.shared / len(self.sentence.stems)


def _prepared_source(article: Article) -> SourceText:
    return SourceText.of(article.text, article.sentences or None)


class _SourceTexts:
    """Claims and sources prepared for the stance model once each (a source, once while
    its record stays: ``per_report``; a steady build of a watcher prepared nearly every
    report of its scopes again, a sixth of composing), and each claim's earliest told day
    (``earliest_told_day``) once."""

    def __init__(self, articles: dict[str, Article]) -> None:
        self.articles = articles
        self.sources: dict[str, SourceText] = {}
        self.claims: dict[tuple[str, int], ClaimText] = {}
        self.told: dict[tuple[str, int, int], str | None] = {}

    def source(self, article_id: str) -> SourceText:
        if article_id not in self.sources:
            article = self.articles[article_id]
            self.sources[article_id] = per_report("source text", article, _prepared_source)
        return self.sources[article_id]

    def claim(self, sentence: IndexedSentence) -> ClaimText:
        key = (sentence.article_id, sentence.start)
        if key not in self.claims:
            self.claims[key] = ClaimText.of(sentence.text)
        return self.claims[key]

    def earliest_told_day(self, claim: Claim) -> str | None:
        """``earliest_told_day`` of the claim, worked out once (a claim has up to
        ``support_sources`` sources, and its article's every time was read for each)."""
        key = (claim.article_id, claim.start, claim.end)
        if key not in self.told:
            self.told[key] = earliest_told_day(claim, self.articles[claim.article_id])
        return self.told[key]


Filing = Literal["supports", "contradicts", "discusses"]


def filing(
    result: StanceResult,
    overlap: float,
    settings: Settings = DEFAULT,
    claim: str = "",
    evidence: str = "",
    source: str = "",
    context: str = "",
) -> Filing | None:
    """Where a source goes for a claim, given its stance and how much of the claim its
    closest sentence has (``overlap``). It supports the claim only when it agrees and one of
    its sentences states the same (``support_overlap``); it contradicts it only when a
    reader's rule found the disagreement (an opposite outcome, other figures, the other
    polarity), which the evidence sentence then shows; otherwise it discusses it when one of
    its sentences speaks to the same point (``support_overlap``) about the same subject.
    The model alone never makes a contradiction: on FNC-1 fewer than a quarter of its
    "disagrees" are right out of fold, and on eight briefings of dev articles a reader
    found the one contradiction it listed alone false. Briefings and ``storyline check``
    file sources by this one rule. A ``source`` (the whole text) that never mentions any
    of the claim's names is about another subject, in the same words (``names_none_of``;
    ``context``, the claim's own article): filed nowhere."""
    if claim and source and names_none_of(claim, source, context):
        return None
    states_it = overlap >= settings.support_overlap
    if result.stance == "disagrees" and result.reason != "model":
        return "contradicts"
    if states_it and (
        result.stance == "agrees"
        or _word_for_word(claim, evidence, settings)
        or _restates(result, claim, evidence)
    ):
        return "supports"
    # "Reported by [4], not confirmed" tells a reader that [4] reports the point: one of its
    # sentences speaks to it as a citation's must (half its words), about the same subject.
    # A source whose closest sentence shares a quarter of its words only touches the topic:
    # read on MEANTIME and PolNeAR dev briefings, none of nine such marks was right.
    if result.stance == "unrelated" or not states_it:
        return None
    return None if claim and evidence and other_subject(claim, evidence) else "discusses"


@functools.lru_cache(maxsize=TEXT_CACHE)
def _normalised_sentence(text: str) -> str:
    """``normalise`` of a sentence, once: a claim is compared with up to
    ``support_sources`` sources, and a source's sentence states many claims."""
    return normalise(text)


# A sentence this long found word for word in another source is no common phrase.
WORD_FOR_WORD_WORDS = 6
QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")


def _word_for_word(claim: str, evidence: str, settings: Settings = DEFAULT) -> bool:
    """The source's sentence holds the claim word for word, or the quotation the claim
    gives as one utterance (another outlet quoting the same words, "We've got to do
    everything possible to improve policing" for "We have got to ..."), with no hedge or
    denial of its own: it states it, whatever the model trained on FNC-1's headlines makes
    of the pair."""
    quoted = QUOTED.search(claim)  # a quotation: its words, whoever's attribution follows
    wanted = _normalised_sentence(quoted.group(1) if quoted else claim)
    theirs = _normalised_sentence(evidence)
    if len(wanted.split()) < WORD_FOR_WORD_WORDS:
        return False
    if quoted:
        if fuzz.partial_ratio(wanted, theirs) < settings.same_utterance_ratio:
            return False
    elif wanted not in theirs:
        return False
    own = set(theirs.split()) - set(wanted.split())
    return not own & (HEDGE | DENIAL | MODAL)


# Share of a claim's content words a source's sentence must hold to say it again in other
# words (``_restates``): at 0.8 a reader found the missing fifth to be a checkable detail
# too often (README, "Support is agreement").
RESTATED_WORDS = 0.9
# Words by which a sentence passes a point on from another report.
PASSED_ON = frozenset(["according", "report", "reported", "reports"])


def _restates(result: StanceResult, claim: str, evidence: str) -> bool:
    """The source's sentence says the claim again in other words: it holds nine in ten of
    its content words, at least one of them no name (the names alone are who the claim is
    about, not what it says of them: "X and Y are both progressives" against any sentence
    naming X and Y), and the same figures; it is about the same subject; neither negates
    what the other does not ("will not cut" against "will cut"); it hedges, denies,
    supposes or passes on from another report nothing the claim does not; no reader's rule
    found it contrary, and the model does not take it to disagree.

    The model was trained on FNC-1, where a body that restates a rumour in one sentence
    and doubts it in another "discusses" it; read sentence by sentence, such sentences
    state the claim (README, "Support is agreement": on a held-out sample of 80 pairs a
    reader found 77 stating it)."""
    if result.reason != "model" or result.stance in {"disagrees", "unrelated"} or not claim:
        return False
    mine, theirs = stem_set(claim), stem_set(evidence)  # (most pairs end here: cheap first)
    shared = mine & theirs
    if len(shared) < RESTATED_WORDS * len(mine) or not shared - stem_set(_names(claim)):
        return False
    if is_question(claim) or is_question(evidence) or other_subject(claim, evidence):
        return False
    if numbers_given(claim) != numbers_given(evidence):  # ("200 jobs at its 500-worker plant")
        return False
    claim_words, evidence_words = set(tokens(claim)), set(tokens(evidence))
    if any(is_negation(w) for w in claim_words ^ evidence_words):
        return False
    if refuses(claim) != refuses(evidence):
        return False  # "refused to resign" says no to "resigned" (the second review)
    return not (evidence_words - claim_words) & (HEDGE | MODAL | DENIAL | PASSED_ON)


def _names(text: str) -> str:
    return " ".join(NAME.findall(text))


# A claim that reports someone's words: it quotes them or names the telling.
REPORTED_WORDS = re.compile(
    r"[“”\"]|\b(?:said|says|told|tells|wrote|writes|reads|read|stated|states|according to|"
    r"reminds|reminded|announced|claimed|claims|tweeted|posted)\b",
    re.IGNORECASE,
)


def _reports_words(claim: str) -> bool:
    return REPORTED_WORDS.search(claim) is not None


def _record(
    claim: Claim,
    candidate: Candidate,
    result: StanceResult,
    source: str,
    settings: Settings,
    same_event: bool = True,
    context: str = "",
) -> tuple[Filing | None, str]:
    """Where a source goes for the claim by its stance (``filing``), and a contradiction's
    evidence sentence; a source reporting another event of the storyline never
    contradicts it."""
    if result.stance == "disagrees" and not same_event:
        return None, ""  # an earlier or later state of things, not a report of this one
    start, end = result.evidence[0] if result.evidence else (0, 0)
    filed = filing(
        result, candidate.overlap, settings, claim.text, source[start:end], source, context
    )
    if filed == "supports" and in_quoted_block(source, start) and not _reports_words(claim.text):
        # the source reproduces someone's text there ("The article begins: ..."): it
        # reports the claim, it does not state it (``read/blocks.py``); a claim that
        # itself reports the text ("The letter reminds parents that “the urge ...”") is
        # what the reproduction shows
        filed = "discusses"
    return filed, source[start:end] if filed == "contradicts" else ""


def check_quotes(
    articles: list[Article], event_of: dict[str, str | None], settings: Settings = DEFAULT
) -> list[CheckedQuote]:
    """Each direct quote: verbatim in another source, the same utterance reworded, only
    in this source while others report its event (``single_source``: suspicious), or the
    event has no other source to check against (``only_source``)."""
    sources = {a.id: source_of(a) for a in articles}
    # Each article's words, stemmed once: every quote of its event is compared with them
    # (they were stemmed again for each, two thirds of composing a March 2016 store).
    stemmed: dict[str, frozenset[str]] = {}

    def stems_of(article: Article) -> frozenset[str]:
        if article.id not in stemmed:
            stemmed[article.id] = frozenset(content_stems(article.text))
        return stemmed[article.id]

    all_quotes = [(a, q) for a in articles for q in a.quotes if q.direct]
    speakers = _SpeakerNames(q.speaker for _, q in all_quotes)
    # each quote's words, normalised once: a short one is compared with every other
    normalised = [normalise(q.text) for _, q in all_quotes]
    texts = _NormalisedTexts(articles, (w for w in normalised if len(w.split()) >= VERBATIM_WORDS))
    checked: list[CheckedQuote] = []
    for (article, quote), wanted in zip(all_quotes, normalised, strict=True):
        if sources[article.id] != article.id:
            continue
        own = sources[article.id]
        others = [a for a in articles if sources[a.id] != own]
        # ("No" stands in every text: a quote that short is found only as another
        # source's own quotation of the same words, never as a substring)
        if len(wanted.split()) >= VERBATIM_WORDS:
            holding = texts.holding(wanted)
        else:  # (the same words by the same speaker, of the same event: "Absolutely.")
            holding = [
                a.id
                for (a, q), said in zip(all_quotes, normalised, strict=True)
                if said == wanted
                and event_of.get(a.id) == event_of.get(article.id)
                and not speakers.two_people(quote.speaker, q.speaker)
            ]
        verbatim = sorted({sources[a] for a in holding if sources[a] != own})
        if verbatim:
            checked.append(
                CheckedQuote(
                    article.id, quote.text, quote.speaker, "verbatim", verbatim, *_span(quote)
                )
            )
            continue
        reworded = sorted(
            {
                sources[a.id]
                for a, q in all_quotes
                if sources[a.id] != own
                and _share_words(quote.text, q.text)  # (cheap, cached: most pairs stop here)
                and not speakers.two_people(quote.speaker, q.speaker)
                and same_utterance(quote.text, q.text, settings)
            }
        )
        if reworded:
            checked.append(
                CheckedQuote(
                    article.id,
                    quote.text,
                    quote.speaker,
                    "same_utterance",
                    reworded,
                    *_span(quote),
                )
            )
            continue
        same_event = [a for a in others if event_of.get(a.id) == event_of.get(article.id)]
        told = any(_told_elsewhere(quote.text, stems_of(a), settings) for a in same_event)
        status: QuoteCheck = "single_source" if told else "only_source"
        checked.append(
            CheckedQuote(article.id, quote.text, quote.speaker, status, [], *_span(quote))
        )
    return checked


def _span(quote: Quote) -> tuple[int, int]:
    return quote.start, quote.end


# Words a quotation needs before finding it inside another text says that text quotes it.
VERBATIM_WORDS = 3


class _SpeakerNames:
    """The full names a storyline's quotations give their speakers, by surname: a speaker
    named by surname alone is the one full name ending with it, where only one does
    ("Clinton" quoted where "Hillary Clinton" is too: her words are no rewording of Mike
    Morrell's, which a June 2016 briefing had called "in other words in another source")."""

    def __init__(self, names: Iterable[str | None]) -> None:
        by_surname: dict[str, set[str]] = {}
        for name in names:
            if name and _a_full_name(name):
                by_surname.setdefault(_surname(name), set()).add(name)
        self.by_surname = by_surname

    def full(self, speaker: str | None) -> str | None:
        """The speaker's full name: itself, or the one its surname alone stands for."""
        if not speaker or " " in speaker.strip():
            return speaker
        known = self.by_surname.get(fold(speaker).rstrip("."), set())
        return next(iter(known)) if len(known) == 1 else speaker

    def two_people(self, one: str | None, other: str | None) -> bool:
        return two_people(self.full(one), self.full(other))


def _surname(name: str) -> str:
    """A full name's last word but a generational suffix ("Martin Luther King Jr.": king)."""
    words = [fold(w).rstrip(".") for w in name.split()]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words[-1]


def two_people(one: str | None, other: str | None) -> bool:
    """Two speakers named by full name who share no name: two people, whose words are no
    rewording of each other's (January 2016: Brent Bozell's "Yes, I support Ted Cruz" was
    Morton Blackwell's "Please support Ted Cruz" in other words). A description ("the
    Republican nominee"), an institution or one name ("Kremlin" for Dmitry Peskov's
    words, "Hillary") may be the same speaker, so it parts no one."""
    if not one or not other or not (_a_full_name(one) and _a_full_name(other)):
        return False
    return not set(fold(one).split()) & set(fold(other).split())


@functools.lru_cache(maxsize=TEXT_CACHE)
def _a_full_name(speaker: str) -> bool:
    words = speaker.split()
    return (
        len(words) >= 2
        and all(word[:1].isupper() for word in words)
        and not any(word in INSTITUTION_WORDS for word in words)
    )


# Words of an institution's name, which speaks through people ("White House" and Josh
# Earnest, "State Department" and its spokesman).
INSTITUTION_WORDS = frozenset(
    word_list(
        """House Department Ministry Office Kremlin Pentagon Agency Committee Party Campaign
    Court Council Commission Bureau Service Embassy Administration Government Senate
    Congress Parliament Police Army Foundation Institute Association Union News Times
    Post Journal Press Network Company Corporation Inc Group"""
    )
)


def _normalised_words(article: Article) -> tuple[str, tuple[str, ...]]:
    """A report's text as ``normalise`` gives it, and its distinct words in the order of a
    set."""
    normalised = normalise(article.text)
    return normalised, tuple(set(normalised.split()))


class _NormalisedTexts:
    """The articles' texts as ``normalise`` gives them, with the articles each word of the
    texts to look for (``wanted``) stands in, so that a quotation is looked for only in the
    texts that hold all its words (the same articles as searching every text, without
    reading them all). Only the wanted words are indexed: indexing every word of every
    text was a fourteenth of composing (2,000 generated articles, py-spy)."""

    def __init__(self, articles: list[Article], wanted: Iterable[str]) -> None:
        needed = {word for text in wanted for word in text.split()}
        self.texts: dict[str, str] = {}
        self.holders: dict[str, set[str]] = {}
        for article in articles:
            # (kept while the report's record stays: a briefing normalises each report of
            # its scope, and the next build the same reports; kept by the text in a cache
            # of 1,024, a process composing 1,650 reports a build normalised each again)
            text, text_words = per_report("quote words", article, _normalised_words)
            self.texts[article.id] = text
            for word in needed.intersection(text_words):
                self.holders.setdefault(word, set()).add(article.id)

    def holding(self, wanted: str) -> list[str]:
        """The articles whose normalised text holds ``wanted`` (``stands_in``), one of the
        texts the index was made for."""
        words = set(wanted.split())
        if not words:
            return []
        # Every word of ``wanted`` stands in a text that holds it, as a whole word.
        pool: set[str] | None = None
        for word in sorted(words, key=lambda w: len(self.holders.get(w, ()))):
            found = self.holders.get(word, set())
            pool = set(found) if pool is None else pool & found
            if not pool:
                return []
        candidates = pool if pool is not None else set(self.texts)
        return sorted(a for a in candidates if stands_in(wanted, self.texts[a]))


def _told_elsewhere(quote: str, other_stems: frozenset[str], settings: Settings) -> bool:
    """Another source of the event says what the quotation says (most of its words are
    in ``other_stems``, that source's words) without the quotation: the quoted wording is
    this source's, not the speaker's as far as anyone else reports. A quote whose content
    no other source touches is extra material, not a disputed one."""
    words = stem_set(quote)
    if len(words) < MIN_CLAIM_WORDS:
        return False
    return len(words & other_stems) / len(words) >= settings.support_overlap


# How many content words two wordings of one statement share, at least, and which share of
# the shorter one's.
SAME_WORDS_MIN = 2  # "I'm a voter" is no rewording of "... to reach as many voters"
SAME_WORDS_SHARE = 0.6


def same_utterance(a: str, b: str, settings: Settings = DEFAULT) -> bool:
    """Two wordings (or translations) of one statement: a clause of one stands, nearly
    letter for letter, somewhere in a clause of the other. (Two quotations whose clauses
    share fewer than ``SAME_WORDS_MIN`` content words in all have no such pair: checked
    first, since a storyline's quotes are compared pair by pair.)"""
    if not _share_words(a, b):
        return False
    return any(
        fuzz.partial_ratio(x, y) >= settings.same_utterance_ratio and _same_words(x, y)
        for x in _segments(a)
        for y in _segments(b)
    )


def _share_words(a: str, b: str) -> bool:
    """The two quotations' clauses share ``SAME_WORDS_MIN`` content words in all."""
    return len(_segment_words(a) & _segment_words(b)) >= SAME_WORDS_MIN


@functools.lru_cache(maxsize=TEXT_CACHE)
def _segment_words(quote: str) -> frozenset[str]:
    """The content words of all the quotation's clauses."""
    return frozenset().union(*(_utterance_words(x) for x in _segments(quote)))


def _utterance_words(clause: str) -> frozenset[str]:
    """A normalised clause's content words, without the stubs its contractions leave
    ("don't" is "don t": "Hands up, don't shoot" shared "don" and "shoot" with "Don't
    shoot him. He has no weapon", and a protesters' chant made a widow's words "in other
    words in another source", an October 2016 reader found)."""
    return frozenset(content_stems(clause)) - CONTRACTION_STUBS


# What a normalised negative contraction leaves before its "t" ("won" is a verb too).
CONTRACTION_STUBS = frozenset(
    stem(w)
    for w in (
        *("don", "doesn", "didn", "isn", "aren", "wasn", "weren", "wouldn"),
        *("couldn", "shouldn", "hasn", "haven", "hadn", "ain", "mustn", "needn"),
    )
)


def _same_words(x: str, y: str) -> bool:
    """Most content words of the shorter clause are the other's: a common opening alone
    ("I don't think it stands to reason" against "I don't think it wants to take on more
    cases ...", a June 2016 key quote labelled "in other words in another source") is no
    second wording of one statement."""
    mine, theirs = _utterance_words(x), _utterance_words(y)
    shorter = min(mine, theirs, key=len)
    return len(mine & theirs) >= max(SAME_WORDS_MIN, SAME_WORDS_SHARE * len(shorter))


@functools.lru_cache(maxsize=TEXT_CACHE)
def _segments(quote: str) -> tuple[str, ...]:
    parts = [normalise(p) for p in re.split(r"[.;:!?…—]+|(?:\s-\s)", quote)]
    return tuple(p for p in parts if len(p.split()) >= MIN_SEGMENT_WORDS)
