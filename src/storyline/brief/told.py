"""Whether a flag's point is one "only one source makes": another outlet restates it, or
tells part of it with every detail of it (its figures and the people it names) in a report
of its event or of a day either side, hedging nothing and saying nothing otherwise; and a
flag that tells the point of such a claim goes with it. A report and its copies are one
source, and two stories of one outlet one outlet (``another_outlet``)."""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from itertools import chain

import numpy as np
from scipy import sparse

from storyline.brief.context import Context
from storyline.brief.wording import (
    RESTATED,
    Said,
    hedges,
    no_clitics,
    said_in,
    says_the_same,
)
from storyline.compare.overlaps import Held, holding, pairs_sharing
from storyline.compare.stance import other_subject, rules_disagree
from storyline.compare.stance_features import DENIAL, REFUTE, lexicon
from storyline.compare.support import (
    IndexedSentence,
    is_question,
    published_before_it_happened,
    source_of,
    stated_day,
)
from storyline.extract.site import outlet_key
from storyline.extract.words import (
    STOPWORDS,
    content_words,
    stem,
    stem_set,
    words,
)
from storyline.model import Article, Claim
from storyline.people import ACTOR_LABELS, NAME_LABELS, is_time_word
from storyline.per_report import kept_answer, stamp_of
from storyline.read.timex import TENS, UNITS

# A sentence of another source tells part of a claim when nearly all of its own content
# words (``TELLS_PART``, all but one in five), and at least ``PART_WORDS`` of them, are the
# claim's: "Vos must repay 40,000 euros to the city, the court ordered." tells "The court
# ordered Vos to repay 40,000 euros to the city, less than a year after ...", which it
# shares too few of the claim's words with to discuss it (AQUAINT, 1999: an editor found
# claims labelled "single source" although other wires of the day said them). At three
# in five, "Fishermen seized the cargo" told "Customs officers seized the cargo" and
# "Lawyers asked that Vos pay" told "The judge ordered Vos to pay" (a review of the change).
TELLS_PART = 0.8
PART_WORDS = 4
# Of the shared words, those that are no name (what was done, to what): at least three.
TOLD_WORDS = 3
# A sentence opening with a quotation mark is someone's words.
OPENING_QUOTES = frozenset("\"“‘'`")
# Words with which a sentence tells another act than the claim's, when the claim does not
# have them: a plan or a request ("plans to sell its fleet" for "sold its fleet", "asked
# that Vos pay" for "ordered Vos to pay"), a denial ("Vos denied keeping the bribes").
OTHER_ACT = (
    DENIAL
    | REFUTE
    | lexicon(
        "plan plans planned planning intend intends intended propose proposes proposed wants "
        "wanted hope hopes hoped consider considers considering weigh weighs weighing ask "
        "asks asked request requests requested urge urges urged seek seeks sought threaten "
        "threatens threatened vow vows vowed pledge pledges pledged promise promises promised "
        "oppose opposes opposed"
    )
)
# Counts written as words: "five dockworkers" is no telling of "three dockworkers".
NUMBER_WORDS = frozenset([*UNITS, *TENS]) | lexicon(
    "hundred hundreds thousand thousands million millions billion billions dozen dozens"
)


@dataclass(frozen=True, slots=True)
class _Telling:
    """What a claim is, as another source's sentence is checked against it."""

    text: str
    said: Said
    words: frozenset[str]
    times: frozenset[str]  # the values of the time expressions it names
    actors: frozenset[str]  # the words of the people and organisations it names


def _told_in_part(
    claim: Claim, ctx: Context, candidates: list[IndexedSentence] | None = None
) -> bool:
    """Another outlet, of the claim's event or published within a day of its report (a
    road blocked eleven days before or after told another blockade: a reviewer's cases),
    in time to report it, has a sentence that tells part of it (``_tells_part``), gives
    every figure of it, names everyone it names (a person or an organisation) and hedges
    nothing: the claim's detail is not one source's. ``candidates``: the claim's
    ``_parts_told_of``, when the caller has them."""
    if candidates is None:
        [candidates] = _parts_told_of([claim], ctx)
    if not candidates:
        return False
    article = ctx.articles[claim.article_id]
    event = ctx.event_of.get(claim.article_id)
    # (kept: a storyline's flags are asked it again at each build)
    telling = kept_answer(
        article, (_telling, claim.start, claim.end), lambda: _telling(claim, article)
    )
    for sentence in candidates:
        source = ctx.articles.get(sentence.article_id)
        if source is None or not another_outlet(article, source, ctx):
            continue
        if ctx.event_of.get(source.id) != event and not _published_near(source, article):
            continue
        if published_before_it_happened(claim, article, source):
            continue
        if _tells_part(telling, sentence, source) and _gives_details(telling, sentence):
            return True
    return False


def _telling(claim: Claim, article: Article) -> _Telling:
    return _Telling(
        claim.text,
        said_in(claim.text),
        frozenset(words(no_clitics(claim.text))),
        _time_values(article, claim.start, claim.end),
        _name_words(article, claim.start, claim.end),
    )


def _time_values(article: Article, start: int, end: int) -> frozenset[str]:
    return frozenset(t.value for t in article.times if start <= t.start < end and t.value)


def _published_near(source: Article, article: Article) -> bool:
    """The two were published within a day of each other (both dated)."""
    mine, theirs = stated_day(article), stated_day(source)
    if mine is None or theirs is None:
        return False
    return abs((date.fromisoformat(mine) - date.fromisoformat(theirs)).days) <= 1


def _name_words(
    article: Article, start: int, end: int, labels: AbstractSet[str] = ACTOR_LABELS
) -> frozenset[str]:
    """The words of the names a span of the article gives (of people and organisations,
    unless ``labels`` says otherwise)."""
    return frozenset(
        w
        for e in article.entities
        if e.label in labels and start <= e.start and e.end <= end
        for w in words(no_clitics(e.text))
        if w not in STOPWORDS
    )


def _gives_details(claim: _Telling, sentence: IndexedSentence) -> bool:
    """The sentence gives every figure of the claim, names everyone it names and hedges
    nothing ("Vos may have to repay 40,000 euros" leaves the flag on "The court ordered
    Vos to repay 40,000 euros")."""
    told = said_in(sentence.text)
    return (
        claim.said.figures <= told.figures
        and claim.actors <= set(words(no_clitics(sentence.text)))
        and not hedges(sentence.text, claim.text)
    )


def _parts_told_of(claims: Sequence[Claim], ctx: Context) -> list[list[IndexedSentence]]:
    """Per claim, the sentences of the context that could tell part of it: they share at
    least ``PART_WORDS`` of its words, and ``TELLS_PART`` of their own, in the order of
    the context's index. The words each sentence shares with each claim are counted for
    all the claims in one sparse product (a storyline asks it of some two hundred flags:
    4.0% of a steady build's composing, where sorting each flag's word postings took
    5.7%)."""
    vocabulary, holds = _words(ctx)
    columns = [[vocabulary[w] for w in stem_set(c.text) if w in vocabulary] for c in claims]
    sizes = np.fromiter(map(len, columns), dtype=np.int64, count=len(columns))
    rows = np.repeat(np.arange(len(columns), dtype=np.int64), sizes)
    at = np.fromiter(chain.from_iterable(columns), dtype=np.int64, count=int(sizes.sum()))
    asked = sparse.csr_matrix(
        (np.ones(len(at), dtype=np.int32), (rows, at)), shape=(len(columns), holds.shape[1])
    )
    # (its rows' entries left in the product's order: sorting them all took 6% of a steady
    # build's composing; the few sentences kept of each row are sorted instead)
    shared = (asked @ holds.T).tocsr()
    told = np.diff(holds.indptr).astype(np.int64)  # each sentence's words
    found: list[list[IndexedSentence]] = []
    for n in range(len(columns)):
        if sizes[n] < PART_WORDS:
            found.append([])
            continue
        cells = slice(shared.indptr[n], shared.indptr[n + 1])
        sentence, count = shared.indices[cells].astype(np.int64), shared.data[cells]
        hits = np.sort(sentence[(count >= PART_WORDS) & (count >= TELLS_PART * told[sentence])])
        found.append([ctx.index[i] for i in hits.tolist()])
    return found


def _words(ctx: Context) -> Held:
    if ctx.words is None:
        ctx.words = holding([s.stems for s in ctx.index])
    return ctx.words


def _tells_part(claim: _Telling, sentence: IndexedSentence, source: Article) -> bool:
    """Nearly all of the sentence's words are the claim's (``TELLS_PART``); it names no
    one, no place and no time the claim does not, gives no figure or count the claim does
    not, tells no other act (``OTHER_ACT``), negates as the claim does, asks nothing and
    does not open as a quotation (someone's words)."""
    told = said_in(sentence.text)
    shared = claim.said.stems & told.stems
    if len(shared) < PART_WORDS or len(shared) < TELLS_PART * len(told.stems):
        return False
    if is_question(sentence.text) or sentence.text.lstrip()[:1] in OPENING_QUOTES:
        return False
    if not told.figures <= claim.said.figures or told.negated != claim.said.negated:
        return False
    if (set(words(no_clitics(sentence.text))) - claim.words) & (OTHER_ACT | NUMBER_WORDS):
        return False
    if not _time_values(source, sentence.start, sentence.end) <= claim.times:
        return False
    if not _opens_on_the_claims_words(sentence.text, claim.said.stems):
        return False
    if rules_disagree(claim.text, sentence.text):
        return False  # ("Sales fell 12 percent" shares the words of "Sales rose 12 percent")
    names = _name_words(source, sentence.start, sentence.end, NAME_LABELS)
    # What happened, not only who and where: "The relationship between the United States
    # and Mexico is going very well" tells nothing of "The United States ambassador to
    # Mexico, Ken Salazar, has sought to rebuild the ties of the bilateral relationship".
    told_words = shared - names - stem_set(" ".join(sorted(names)))
    return names <= claim.words and len(told_words) >= TOLD_WORDS


def _opens_on_the_claims_words(sentence: str, stems: frozenset[str]) -> bool:
    """The sentence's first content word (a time word aside) is one of the claim's: who
    acts is told first ("Fishermen seized the cargo ..." is another actor than "Customs
    officers seized the cargo ...": a review of the change)."""
    for word in content_words(sentence):
        if not is_time_word(word):
            return stem(word) in stems
    return False


def told_elsewhere(claims: Sequence[Claim], ctx: Context) -> list[bool]:
    """Whether another outlet tells each claim's point: in nearly its words
    (``_restated_elsewhere``), or in part with every detail of it (``_told_in_part``)."""
    candidates = _parts_told_of(claims, ctx)
    return [
        _restated_elsewhere(claim, ctx) or _told_in_part(claim, ctx, parts)
        for claim, parts in zip(claims, candidates, strict=True)
    ]


def _restated_elsewhere(claim: Claim, ctx: Context) -> bool:
    """``_restated_elsewhere_now``, kept with the claim's article's answers beside what it
    reads of the sources that discuss the claim (``_restated_read``), worked out again
    when that changed: a storyline's some 700 flags are asked it at each build."""
    return kept_answer(
        ctx.articles[claim.article_id],
        (_restated_elsewhere, claim.start, claim.end),
        lambda: _restated_elsewhere_now(claim, ctx),
        _restated_read(claim, ctx),
    )


def _restated_read(claim: Claim, ctx: Context) -> Hashable | None:
    """What ``_restated_elsewhere_now`` reads besides the claim's article: whose source and
    outlet the claim's is (``another_outlet``), and each source that discusses it, by its
    stamp (its sentences), source and outlet, or as missing from the context; None when a
    source has no stamp (an article built in memory)."""
    article = ctx.articles[claim.article_id]
    read: list[Hashable] = [source_of(article), _outlet_of(article, ctx)]
    for other in claim.discussed_by:
        source = ctx.articles.get(other)
        if source is None:
            read.append(other)
            continue
        stamp = stamp_of(source)
        if stamp is None:
            return None
        read.append((other, stamp, source_of(source), _outlet_of(source, ctx)))
    return tuple(read)


def _restated_elsewhere_now(claim: Claim, ctx: Context) -> bool:
    """Another outlet reporting the point says it in nearly the same words ("The U.S.
    Embassy in Pretoria had no comment." for "The U.S. Embassy in Pretoria, South Africa,
    had no comment."): the stance model was not sure enough to cite it, but the claim is no
    claim only one source makes. A sentence about another subject (each names a place or
    someone the other does not: "Police in Sarn arrested three men" for "Police in
    Valmora arrested three men") restates nothing. (Two sentences running taken together,
    and a report's place names counted in, were tried and dropped: the first put "Laros
    was released on bail" in "Nine dockworkers were released on bail. Laros remains in
    custody."; the reviews of the change.)"""
    article = ctx.articles[claim.article_id]
    said = said_in(claim.text)
    return any(
        _holds_all_of(said_in(sentence.text), said) and not other_subject(claim.text, sentence.text)
        for other in claim.discussed_by
        if other in ctx.articles and another_outlet(article, ctx.articles[other], ctx)
        for sentence in ctx.sentences_of.get(other, [])
        if 2 * len(said.stems & sentence.stems) >= len(said.stems)
    )


def another_outlet(article: Article, other: Article, ctx: Context) -> bool:
    """The other article is an independent source of another outlet (where both outlets
    are known, those of the originals a copy copies): two versions of one AP story of the
    day, each telling "The U.S. Embassy in Pretoria had no comment.", are one source of
    it, not two, and so is a portal's copy of the second (a reader's and a reviewer's
    review of the change, AQUAINT, 1999)."""
    if source_of(article) == source_of(other):
        return False
    mine, theirs = _outlet_of(article, ctx), _outlet_of(other, ctx)
    return not (mine and theirs and outlet_key(mine) == outlet_key(theirs))


def _outlet_of(article: Article, ctx: Context) -> str | None:
    original = ctx.articles.get(article.duplicate_of) if article.duplicate_of else None
    return (original or article).outlet


def _holds_all_of(other: Said, claim: Said) -> bool:
    """The other sentence has nearly all of the claim's own content words (``RESTATED`` of
    them), every figure of it and the same negation: a shorter sentence without the
    claim's detail ("a shell company" for "a shell company registered in Cyprus") does not
    tell the claim (the review of the change)."""
    return (
        len(claim.stems) >= 3
        and len(claim.stems & other.stems) >= RESTATED * len(claim.stems)
        and claim.figures <= other.figures
        and claim.negated == other.negated
    )


# Two flagged claims of two independent sources that share most of their words (three in
# five of the shorter's content words), with no figure of one missing from the other and
# the same negation, tell one point twice: "Forensic teams were examining the crime scene
# on Rue de Castiglione ..." and "Forensic investigators are currently going through the
# site of the robbery ... on Rue de Castiglione ...".
TOLD_TWICE = 0.6


def not_told_twice(
    claims: list[Claim], ctx: Context, elsewhere: Sequence[Claim] = ()
) -> list[Claim]:
    """The flags less those whose point another independent source's flag, or one of the
    claims ``elsewhere`` (no flags, their point told by other sources), tells too: a point
    two sources make is no claim only one source makes (the stance model did not pair the
    two sentences)."""
    everything = [*claims, *elsewhere]
    said = [said_in(c.text) for c in everything]  # once each: stemming is the cost here
    source = [source_of(ctx.articles[c.article_id]) for c in everything]
    told: set[int] = set()
    # (only pairs that share words can tell one point: counted at once, where testing each
    # of a storyline's 200 flags with every other was a twentieth of a steady build's
    # composing)
    first, then, _ = pairs_sharing([s.stems for s in said], len(claims), SHARED_TO_TELL)
    for i, j in zip(first.tolist(), then.tolist(), strict=True):
        if source[i] == source[j] or not says_the_same(said[i], said[j], TOLD_TWICE):
            continue
        if j >= len(claims) and not _mostly_each_other(said[i], said[j]):
            continue
        told |= {i, j}
    return [c for n, c in enumerate(claims) if n not in told]


# Two sentences tell one point (``says_the_same`` at ``TOLD_TWICE``) only when they share
# that share of the shorter's three or more words: two words at least at three in five.
SHARED_TO_TELL = math.ceil(3 * TOLD_TWICE)


def _mostly_each_other(a: Said, b: Said) -> bool:
    """Most of the longer one's words (``TOLD_TWICE``) are the other's too: a short claim
    told elsewhere ("Winning in New Hampshire is a start, but it's just that.") does not
    tell the point of a long flag that shares its few words ("Briggs said Sanders has
    already been tested, coming from 40 to 50 percentage points behind ... in New
    Hampshire", PolNeAR, February 2016: a reviewer of the change)."""
    return len(a.stems & b.stems) >= TOLD_TWICE * max(len(a.stems), len(b.stems))
