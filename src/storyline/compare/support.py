"""Compare sources within a storyline: which claims other sources support, which quotes
stand word for word elsewhere.

Copies (``duplicate_of``) are not independent: support from a copy of an article does not
count for that article, and a copy's claims are not checked twice.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from storyline.extract.words import content_stems, fold, stem
from storyline.model import Article, CheckedQuote, Claim, QuoteCheck
from storyline.settings import DEFAULT, Settings

NON_WORD = re.compile(r"[^\w]+")
# Segments of a quote compared for "same utterance": clauses of at least this many words.
MIN_SEGMENT_WORDS = 4
# Sentences with fewer content words than this state no checkable fact.
MIN_CLAIM_WORDS = 4


def normalise(text: str) -> str:
    """Folded words only: quotes compare equal whatever the quotation marks or case."""
    return " ".join(NON_WORD.sub(" ", fold(text).replace("’", "'")).split())


def source_of(article: Article) -> str:
    """The independent source an article belongs to (its original, if it is a copy)."""
    return article.duplicate_of or article.id


@dataclass(slots=True)
class IndexedSentence:
    article_id: str
    start: int
    end: int
    text: str
    stems: set[str]


def sentence_index(articles: list[Article]) -> list[IndexedSentence]:
    return [
        IndexedSentence(a.id, s, e, a.text[s:e], content_stems(a.text[s:e]))
        for a in articles
        for s, e in a.sentences
    ]


def claims(
    articles: list[Article],
    settings: Settings = DEFAULT,
    index: list[IndexedSentence] | None = None,
) -> list[Claim]:
    """Every checkable sentence of every original article, with the sources supporting it.
    ``index`` is the articles' ``sentence_index`` when the caller has built it already."""
    sources = {a.id: source_of(a) for a in articles}
    index = sentence_index(articles) if index is None else index
    postings = _postings(index)
    found: list[Claim] = []
    for sentence in index:
        if sources[sentence.article_id] != sentence.article_id:
            continue  # a copy's claims are its original's
        if len(sentence.stems) < MIN_CLAIM_WORDS:
            continue
        found.append(compare_sentence(sentence, index, postings, sources, settings))
    return found


def _postings(index: list[IndexedSentence]) -> dict[str, list[int]]:
    """Stem -> positions in ``index`` of the sentences that have it."""
    postings: dict[str, list[int]] = {}
    for position, sentence in enumerate(index):
        for word in sentence.stems:
            postings.setdefault(word, []).append(position)
    return postings


def compare_sentence(
    sentence: IndexedSentence,
    index: list[IndexedSentence],
    postings: dict[str, list[int]],
    sources: dict[str, str],
    settings: Settings = DEFAULT,
) -> Claim:
    """One pass over the other sources' sentences that could overlap this one enough to
    matter: who supports it, how close the closest one comes, and who states the same with
    other figures (a contradiction)."""
    own = sources[sentence.article_id]
    claim = Claim(sentence.article_id, sentence.text, sentence.start, sentence.end, [])
    mine = figures(sentence.text)
    supporters: set[str] = set()
    floor = min(settings.support_overlap, settings.related_overlap)
    candidates = _candidates(
        sentence,
        postings,
        floor,
        settings.support_candidate_postings,
        settings.support_candidates,
    )
    for position in sorted(candidates):
        other = index[position]
        source = sources[other.article_id]
        if source == own:
            continue
        overlap = len(sentence.stems & other.stems) / len(sentence.stems)
        claim.closest_overlap = max(claim.closest_overlap, round(overlap, 3))
        if overlap < settings.support_overlap:
            continue
        if mine and source not in claim.contradicted_by and _other_figures(mine, other.text):
            claim.contradicted_by.append(source)
            claim.evidence.append(other.text)
        else:
            supporters.add(source)
    claim.supported_by = sorted(supporters - set(claim.contradicted_by))
    return claim


def _candidates(
    sentence: IndexedSentence,
    postings: dict[str, list[int]],
    floor: float,
    budget: int,
    keep: int,
) -> set[int]:
    """The sentences that may share at least ``floor`` of this one's words. One that does
    shares at least one of its ``n - need + 1`` rarest words (prefix filtering), so the
    common words ("said", the storyline's names), whose posting lists span the whole
    storyline, are never scanned. ``closest_overlap`` is therefore exact from ``floor`` up
    and a lower bound below it, which is all its readers compare it with.

    In a storyline of thousands of reports even the rarer words' lists grow long, and
    reading them all makes comparing a storyline quadratic. So the lists are read rarest
    first and stop at ``budget`` postings (the first list is always read): the sentences
    that state the same fact share its rare words (names, figures, places) and are in the
    short lists. Of the sentences found, the ``keep`` that share most of the words read are
    returned. A storyline of a few hundred sentences reaches neither bound."""
    ranked = sorted(sentence.stems, key=lambda word: (len(postings.get(word, ())), word))
    need = max(1, math.ceil(floor * len(ranked)))
    shared: Counter[int] = Counter()
    visited = 0
    for word in ranked[: len(ranked) - need + 1]:
        posting = postings.get(word, ())
        visited += len(posting)
        if visited > budget and shared:
            break
        shared.update(posting)
    if len(shared) <= keep:
        return set(shared)
    # Only the sentences sharing most of the words read are compared in full.
    return {position for position, _ in shared.most_common(keep)}


NUMBER_WITH_UNIT = re.compile(r"\b(\d[\d,.]*)\s+(?:[a-z-]+\s+)?([a-z]{3,})\b", re.IGNORECASE)


def figures(text: str) -> dict[str, set[str]]:
    """Numbers by the word they count ("38 years in prison" -> {"year": {"38"}})."""
    found: dict[str, set[str]] = {}
    for number, unit in NUMBER_WITH_UNIT.findall(text):
        found.setdefault(stem(unit.lower()), set()).add(number.rstrip(".,").replace(",", ""))
    return found


def _other_figures(mine: dict[str, set[str]], other_text: str) -> bool:
    """The other sentence counts the same thing with none of the same numbers."""
    theirs = figures(other_text)
    return any(unit in theirs and not (numbers & theirs[unit]) for unit, numbers in mine.items())


def check_quotes(
    articles: list[Article], event_of: dict[str, str | None], settings: Settings = DEFAULT
) -> list[CheckedQuote]:
    """Each direct quote: verbatim in another source, the same utterance reworded, only
    in this source while others report its event (``single_source``: suspicious), or the
    event has no other source to check against (``only_source``)."""
    sources = {a.id: source_of(a) for a in articles}
    texts = {a.id: normalise(a.text) for a in articles}
    all_quotes = [(a, q) for a in articles for q in a.quotes if q.direct]
    checked: list[CheckedQuote] = []
    for article, quote in all_quotes:
        if sources[article.id] != article.id:
            continue
        wanted = normalise(quote.text)
        others = [a for a in articles if sources[a.id] != sources[article.id]]
        verbatim = sorted({sources[a.id] for a in others if wanted and wanted in texts[a.id]})
        if verbatim:
            checked.append(
                CheckedQuote(article.id, quote.text, quote.speaker, "verbatim", verbatim)
            )
            continue
        reworded = sorted(
            {
                sources[a.id]
                for a, q in all_quotes
                if sources[a.id] in {sources[o.id] for o in others}
                and same_utterance(quote.text, q.text, settings)
            }
        )
        if reworded:
            checked.append(
                CheckedQuote(article.id, quote.text, quote.speaker, "same_utterance", reworded)
            )
            continue
        same_event = [a for a in others if event_of.get(a.id) == event_of.get(article.id)]
        told = [a for a in same_event if _told_elsewhere(quote.text, a.text, settings)]
        status: QuoteCheck = "single_source" if told else "only_source"
        checked.append(CheckedQuote(article.id, quote.text, quote.speaker, status, []))
    return checked


def _told_elsewhere(quote: str, other_text: str, settings: Settings) -> bool:
    """Another source of the event says what the quotation says (most of its words are
    there) without the quotation: the quoted wording is this source's, not the speaker's
    as far as anyone else reports. A quote whose content no other source touches is
    extra material, not a disputed one."""
    words = content_stems(quote)
    if len(words) < MIN_CLAIM_WORDS:
        return False
    return len(words & content_stems(other_text)) / len(words) >= settings.support_overlap


def same_utterance(a: str, b: str, settings: Settings = DEFAULT) -> bool:
    """Two wordings (or translations) of one statement: a clause of one stands, nearly
    letter for letter, somewhere in a clause of the other."""
    return any(
        fuzz.partial_ratio(x, y) >= settings.same_utterance_ratio
        for x in _segments(a)
        for y in _segments(b)
    )


def _segments(quote: str) -> list[str]:
    parts = [normalise(p) for p in re.split(r"[.;:!?…—]+|(?:\s-\s)", quote)]
    return [p for p in parts if len(p.split()) >= MIN_SEGMENT_WORDS]
