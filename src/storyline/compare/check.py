"""Check a digest written elsewhere (by a person or a language model) against its sources.

Each sentence of the digest is compared with every source the way a briefing's sentences
are (``compare/stance.py``): it is *supported* when a source agrees with it and one of the
source's sentences states it, *contested* when a source disagrees (its evidence sentence is
shown), and *unsupported* otherwise (sources that only discuss the point are named as
evidence, but do not support it). Each quotation of the digest is looked up in the sources:
*verbatim* when its words stand in a source, *reworded* when a source quotes the same
utterance in other words, *not_found* otherwise; and its speaker is compared with whom the
sources give the words to (``said_by``): a quotation put in another person's mouth
(``speaker_right`` false) is no more supported than an invented one.

Headings, bylines and list markers of a Markdown digest are not sentences and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from storyline.compare.stance import StanceModel, names_none_of, packaged_model
from storyline.compare.stance_features import ClaimText, SourceText
from storyline.compare.support import (
    MIN_CLAIM_WORDS,
    filing,
    is_question,
    normalise,
    same_utterance,
    stands_in,
    two_people,
)
from storyline.extract.words import content_stems
from storyline.model import Article, Quote, StanceResult
from storyline.read.sentences import split_sentences
from storyline.settings import DEFAULT, Settings

SentenceStatus = Literal["supported", "contested", "unsupported"]
QuoteStatus = Literal["verbatim", "reworded", "not_found"]

# A quotation in the digest: typographic or straight double quotes (single quotes are too
# often apostrophes), at least three words inside.
QUOTATION = re.compile(r"“([^”]{8,}?)”|\"([^\"]{8,}?)\"")
# Markdown that is not prose: headings, emphasis markers, list bullets.
MARKUP = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)|\*\*|__")


@dataclass(slots=True)
class Evidence:
    source: str  # the source's id (its file name or URL)
    stance: str  # agrees | disagrees | discusses
    text: str  # the source's sentence


@dataclass(slots=True)
class SentenceCheck:
    text: str
    start: int
    end: int
    status: SentenceStatus
    sources: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class QuoteCheckResult:
    text: str
    speaker: str | None
    status: QuoteStatus
    sources: list[str] = field(default_factory=list)
    start: int = 0  # where the quotation stands in the digest (its opening mark)
    end: int = 0
    # Whom the sources give these words to, and whether the digest's speaker is one of
    # them: None when either side names no one the reader can compare (a pronoun left
    # unread, "the statement", an institution).
    said_by: list[str] = field(default_factory=list)
    speaker_right: bool | None = None


@dataclass(slots=True)
class DigestCheck:
    sentences: list[SentenceCheck]
    quotes: list[QuoteCheckResult]

    @property
    def all_supported(self) -> bool:
        return all(s.status == "supported" for s in self.sentences) and all(
            q.status != "not_found" and q.speaker_right is not False for q in self.quotes
        )


def check_digest(
    digest: str,
    sources: list[Article],
    digest_reading: Article | None = None,
    settings: Settings = DEFAULT,
    model: StanceModel | None = None,
) -> DigestCheck:
    """Every sentence and quotation of ``digest`` against ``sources``. ``digest_reading``
    is the digest read as an article (for its quotes' speakers), when the caller has it."""
    model = model or packaged_model()
    prepared = {a.id: SourceText.of(a.text, a.sentences or None) for a in sources}
    sentences = [
        _check_sentence(digest, start, end, prepared, settings, model)
        for start, end in prose_sentences(digest)
    ]
    return DigestCheck(sentences, check_quotations(digest, sources, digest_reading, settings))


def prose_sentences(digest: str) -> list[tuple[int, int]]:
    """The digest's sentences that state something: not headings, not a line of a few words
    (a title, a byline, a section name), not a question."""
    found = []
    for start, end in split_sentences(digest):
        text = MARKUP.sub("", digest[start:end]).strip()
        if len(content_stems(text)) < MIN_CLAIM_WORDS or is_question(text):
            continue
        if "\n" not in digest[start:end] and not text.rstrip('”"’)').endswith((".", "!", "?")):
            continue  # a line without a full stop is a heading or a title
        found.append((start, end))
    return found


def _check_sentence(
    digest: str,
    start: int,
    end: int,
    sources: dict[str, SourceText],
    settings: Settings,
    model: StanceModel,
) -> SentenceCheck:
    text = MARKUP.sub("", digest[start:end]).strip()
    claim = ClaimText.of(text)
    ids = list(sources)
    results = model.classify([(claim, sources[i]) for i in ids])
    check = SentenceCheck(digest[start:end], start, end, "unsupported")
    for source_id, result in zip(ids, results, strict=True):
        _file(check, source_id, sources[source_id], result, settings, (text, digest))
    if any(e.stance == "disagrees" for e in check.evidence):
        check.status = "contested"
    elif check.sources:
        check.status = "supported"
    return check


def _file(
    check: SentenceCheck,
    source_id: str,
    source: SourceText,
    result: StanceResult,
    settings: Settings,
    claim: tuple[str, str],
) -> None:
    """The source filed by the bars of a briefing's citations (``support.filing``), the
    ``claim`` being the sentence's text without markup and the digest it stands in."""
    if result.overlap < settings.related_overlap or not result.evidence:
        return
    start, end = result.evidence[0]
    text, digest = claim
    if names_none_of(text, source.text, digest):
        return  # another subject's report, in the same words (as ``support.filing``)
    filed = filing(result, result.overlap, settings, check.text, source.text[start:end])
    if filed is None and result.stance != "unrelated":
        # Short of reporting the point, a sentence sharing a quarter of its words still
        # speaks to it in other words: the reader is shown it to judge ("Salazar remarked
        # that the 'hugs not bullets' policy failed" for a digest's invented quotation).
        filed = "discusses"
    if filed is None:
        return
    stance = {"supports": "agrees", "contradicts": "disagrees", "discusses": "discusses"}[filed]
    check.evidence.append(Evidence(source_id, stance, source.text[start:end]))
    if filed == "supports":
        check.sources.append(source_id)


def check_quotations(
    digest: str,
    sources: list[Article],
    digest_reading: Article | None = None,
    settings: Settings = DEFAULT,
) -> list[QuoteCheckResult]:
    """Each quotation of the digest: verbatim in a source, the same utterance reworded in a
    source's quote, or nowhere."""
    texts = {a.id: normalise(a.text) for a in sources}
    speakers = _speakers(digest_reading)
    # Only people are judged: "the United Nations" for its spokesman's words, or "General
    # Motors" for its chief's, is the same speaker as far as a reader is concerned.
    people = {a.id: _people(a) for a in sources}
    digest_people = _people(digest_reading) if digest_reading is not None else frozenset()
    found = []
    for match in QUOTATION.finditer(digest):
        quote = match.group(1) or match.group(2)
        if len(quote.split()) < 3:
            continue
        wanted = normalise(quote)
        verbatim = sorted(i for i, text in texts.items() if stands_in(wanted, text))
        speaker = speakers.get(match.start(0)) or speakers.get(match.start(0) + 1)
        if verbatim:
            held = [a for a in sources if a.id in verbatim]
            said_by = _said_by(
                [
                    q
                    for a in held
                    for q in a.quotes
                    if q.speaker in people[a.id] and _holds(normalise(q.text), wanted)
                ]
            )
            status: QuoteStatus = "verbatim"
        else:
            said_by = _said_by(
                [
                    q
                    for a in sources
                    for q in a.quotes
                    if q.speaker in people[a.id] and same_utterance(quote, q.text, settings)
                ]
            )
            verbatim = sorted(
                a.id
                for a in sources
                if any(same_utterance(quote, q.text, settings) for q in a.quotes if q.direct)
            )
            status = "reworded" if verbatim else "not_found"
        found.append(
            QuoteCheckResult(
                quote,
                speaker,
                status,
                verbatim,
                match.start(0),
                match.end(0),
                said_by,
                _speaker_right(speaker if speaker in digest_people else None, said_by),
            )
        )
    return found


def _people(article: Article) -> frozenset[str]:
    """The people an article's reading names (its PERSON entities, by their full names)."""
    return frozenset(e.canonical for e in article.entities if e.label == "PERSON")


def _holds(source_quote: str, wanted: str) -> bool:
    """A source's quotation that is the digest's, or holds it, or a part of it of a few
    words at least (the digest may join two of the source's quotations)."""
    return bool(source_quote) and (
        wanted in source_quote or (len(source_quote.split()) >= 3 and source_quote in wanted)
    )


def _said_by(matching: list[Quote]) -> list[str]:
    """Whom the sources give the quotation to (their quotes that match it)."""
    return sorted({q.speaker for q in matching if q.speaker})


def _speaker_right(speaker: str | None, said_by: list[str]) -> bool | None:
    """Whether the digest's speaker is one the sources name: false only when both sides
    name people by full name and no source's speaker shares a name with the digest's
    ("Jan Kavan" for Bronislaw Geremek's words); a surname alone, a description or an
    institution may be the same speaker, so they are not judged."""
    if not speaker or not said_by:
        return None
    if any(not two_people(speaker, other) for other in said_by):
        return True if any(_shares_a_name(speaker, other) for other in said_by) else None
    return False


def _shares_a_name(one: str, other: str) -> bool:
    return bool(set(one.lower().split()) & set(other.lower().split()))


def _speakers(reading: Article | None) -> dict[int, str | None]:
    """The speaker of each quote the reading stage found, by the quote's offset (the
    quotation mark's or the first word's)."""
    if reading is None:
        return {}
    speakers: dict[int, str | None] = {}
    for quote in reading.quotes:
        for offset in (quote.start - 1, quote.start):
            speakers[offset] = quote.speaker
    return speakers
