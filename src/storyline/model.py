"""The typed data model every stage reads and writes.

Offsets are character offsets into ``Article.text`` (the cleaned body). Dates are ISO 8601
strings (``2024-11-13``, ``2024-07``, ``2025-Q1``) so that partial dates stay partial.
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any, Literal

from storyline.ingest.bounds import MAX_SOURCE_CHARS, one_line

DocKind = Literal["text", "html"]
PublishedSource = Literal["metadata", "text", "inferred"]
# Where an article's title came from: the input's own field, the page's declared title (its
# <title>, OpenGraph or JSON-LD headline), or the text (its headline line, or its first
# sentence cut short where the declared title was a URL, a file name or a date).
TitleSource = Literal["given", "page", "text"]
Independence = Literal["independent", "syndicated"]
QuoteCheck = Literal["verbatim", "same_utterance", "single_source", "only_source"]


@dataclass(slots=True)
class RawDocument:
    """One article as it came in, before cleaning."""

    source: str  # path (with ``#line`` for JSON Lines rows) or URL
    kind: DocKind
    body: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    # The page's section as its publisher names it ("Opinion", "Politics"), when given.
    section: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Rejection:
    """An input that could not become an article, with the reason a user can act on."""

    source: str
    reason: str

    def __post_init__(self) -> None:
        # Each rejection is one printed line and one stored row, whatever the input held.
        self.source = one_line(self.source, MAX_SOURCE_CHARS)
        self.reason = one_line(self.reason)


@dataclass(slots=True)
class Entity:
    text: str
    label: str
    start: int
    end: int
    canonical: str


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    direct: bool


@dataclass(slots=True)
class TimeExpr:
    text: str
    start: int
    end: int
    value: str | None
    anchor: str | None  # the date the value was resolved against


@dataclass(slots=True)
class Article:
    id: str
    source: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    title_source: TitleSource | None = None
    author: str | None = None
    # The publisher's section of the page ("Opinion", "Politics"), from its metadata or
    # the input's ``section`` field; an opinion section marks the report an opinion piece.
    section: str | None = None
    published: str | None = None
    published_source: PublishedSource | None = None
    # Inclusive ISO date range the publication date must lie in, when only a range is known.
    published_range: tuple[str, str] | None = None
    removed: list[str] = field(default_factory=list)  # boilerplate lines the cleaner dropped
    duplicate_of: str | None = None
    event_id: str | None = None
    storyline_id: str | None = None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    event_date: str | None = None
    # (start, end) offsets of the sentences of ``text``, from the reading stage.
    sentences: list[tuple[int, int]] = field(default_factory=list)
    # Lines of the page that only state a date ("Thursday, January 16, 2025"), which the
    # extract stage removes from ``text`` and the read stage dates an undated article by.
    date_lines: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # the input's own further fields

    def record(self) -> dict[str, Any]:
        """The public article record (README: "The article record")."""
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "title_source": self.title_source,
            "author": self.author,
            "section": self.section,
            "published": self.published,
            "published_source": self.published_source,
            "text": self.text,
            "duplicate_of": self.duplicate_of,
            "event_id": self.event_id,
            "storyline_id": self.storyline_id,
            "entities": [asdict(e) for e in self.entities],
            "quotes": [asdict(q) for q in self.quotes],
            "times": [asdict(t) for t in self.times],
        }


@dataclass(slots=True)
class Event:
    id: str
    article_ids: list[str]
    storyline_id: str | None = None
    date: str | None = None
    title: str | None = None


@dataclass(slots=True)
class Storyline:
    id: str
    event_ids: list[str]
    title: str | None = None


@dataclass(slots=True)
class Citation:
    """The article (and span of its text) that supports a briefing sentence."""

    n: int  # the number printed as [n]; indexes Briefing.sources
    article_id: str
    start: int
    end: int


@dataclass(slots=True)
class Contest:
    """A source that says otherwise than a briefing sentence, at its sentence that does."""

    n: int
    article_id: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class BriefSentence:
    text: str
    citations: list[Citation]
    flag: str | None = None  # e.g. "single source"
    # Further sources that support the sentence without being cited one by one
    # (``max_citations``).
    more_sources: int = 0
    # Sources that disagree with the sentence, each cited at its sentence that says
    # otherwise: the sentence is *contested*.
    contested_by: list[Contest] = field(default_factory=list)
    # Numbers of the sources that report the point without confirming it.
    discussed_by: list[int] = field(default_factory=list)
    # A reaction said on another day than the main event's carries that day, as
    # ``KeyQuote.when`` does: undated, a 2009 warning reads as said of 2011's news.
    when: str | None = None
    # ``when`` is only its report's publication day: neither its sentence nor its
    # report's lead tells a day.
    when_reported: bool = False


@dataclass(slots=True)
class Claim:
    """A sentence of one article, with the other sources that agree with it
    (``supported_by``), disagree with it (``contradicted_by``) or only discuss it."""

    article_id: str
    text: str
    start: int
    end: int
    supported_by: list[str]
    contradicted_by: list[str] = field(default_factory=list)
    # Share of its content words found in the closest sentence of another source: high but
    # under the support bar means other sources discuss the point without stating it.
    closest_overlap: float = 0.0
    # Per source in ``contradicted_by``, its sentence that says otherwise ("40 years").
    evidence: list[str] = field(default_factory=list)
    # Sources that report the point without confirming it (hedged, attributed, or only
    # touching it): "reported by [3], not confirmed".
    discussed_by: list[str] = field(default_factory=list)
    # Whom a flag opening with "He" or "She" is about, named in a sentence before it: the
    # briefing shows it in brackets ("He [Ken Salazar] further mentioned ...").
    about: str | None = None


Stance = Literal["agrees", "disagrees", "discusses", "unrelated"]
# A claim's stance key: (claim's article id, claim start, claim end, source's article id).
StanceKey = tuple[str, int, int, str]


@dataclass(frozen=True, slots=True)
class StanceResult:
    """What a source says of a claim, as the compare stage classified it and the store
    keeps it."""

    stance: Stance
    confidence: float
    evidence: tuple[tuple[int, int], ...]  # spans of the source's text, best first
    probabilities: tuple[float, ...]  # agree, disagree, discuss, unrelated
    reason: str = "model"  # or the rule that decided
    # Share of the claim's content words that the source's best sentence has.
    overlap: float = 0.0

    def __reduce__(self) -> tuple[type[StanceResult], tuple[object, ...]]:
        # Pickled as its fields in order: composing workers send a storyline's stances
        # (116,000 for 2,000 generated articles) to the main process, where a slotted
        # dataclass's default unpickling (a field list walked per object) cost 1.7 s.
        return StanceResult, (
            self.stance,
            self.confidence,
            self.evidence,
            self.probabilities,
            self.reason,
            self.overlap,
        )


@dataclass(slots=True)
class CheckedQuote:
    article_id: str
    text: str
    speaker: str | None
    status: QuoteCheck
    matches: list[str]  # article ids where the same words (or utterance) stand
    # Where the quotation stands in its article (0, 0 in briefings stored before).
    start: int = 0
    end: int = 0
    # A flagged quotation's rivals: other outlets' articles that quote the same speaker on
    # the same point in other words, and those words (one each, in the same order).
    quoted_otherwise_in: list[str] = field(default_factory=list)
    quoted_otherwise: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Source:
    n: int
    article_id: str
    outlet: str | None
    title: str | None
    published: str | None  # a date, or an ISO 8601 interval "first/last" when inferred
    independence: Independence
    duplicate_of: str | None = None
    published_source: PublishedSource | None = None
    # Words of the article's text: the briefing's length is measured against its sources'
    # (0 in briefings stored before the count existed).
    words: int = 0
    # The article's first words, shown where it has no title ("" in older briefings).
    opening: str = ""


@dataclass(slots=True)
class TimelineEntry:
    event_id: str
    date: str | None
    text: BriefSentence
    # The date is the report's: its sentence names no day of its own, and its report was
    # published that day ("With the race set to go full tilt, questions are ..." is no
    # happening of that day; shown "(reported)").
    reported: bool = False


@dataclass(slots=True)
class Section:
    heading: str
    sentences: list[BriefSentence]


@dataclass(slots=True)
class KeyQuote:
    text: str
    speaker: str | None
    citation: Citation
    status: QuoteCheck
    # A piece of a quotation ("them out from underneath any hint of government ownership
    # ...") is shown in the writer's sentence that holds it, word for word: alone it does
    # not say what "them" is, nor what the speaker said it of.
    sentence: str | None = None
    # When it was said, where that is another day than the briefing's main event's
    # (``compose._day_apart``): the day its own sentence (or its speaker's words just
    # before) gives, else, for a quote of another event, the day its report's lead tells,
    # else that report's publication day (``when_reported``); undated, a reaction of 2008
    # under a 2011 headline reads as a reaction to it.
    when: str | None = None
    when_reported: bool = False


@dataclass(slots=True)
class Briefing:
    storyline_id: str
    title: str
    summary: BriefSentence
    headline: str
    main: list[BriefSentence]
    developments: list[TimelineEntry]
    reactions: list[BriefSentence]
    timeline: list[TimelineEntry]
    quotes: list[KeyQuote]
    sources: list[Source]
    single_source_claims: list[Claim]
    contradicted_claims: list[Claim]
    unverified_quotes: list[CheckedQuote]
    # Single-source claims found beyond those listed (``max_listed_claims``).
    single_source_more: int = 0
    # A storyline larger than a briefing reads (brief/scope.py): its events and reports in
    # all (0: the briefing tells the whole storyline).
    events_in_storyline: int = 0
    reports_in_storyline: int = 0

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = plain(self)
        return result


def plain(value: Any) -> Any:
    """What ``dataclasses.asdict`` makes of a value (dataclasses to dicts of their fields,
    lists, tuples and dicts walked, anything else deep-copied), without copying the
    strings, numbers and None it meets: ``asdict`` passes each of them through
    ``copy.deepcopy``, which gives them back as they are, two thirds of the time of storing
    a briefing (20 ms for one of 150 reports: some 200,000 values)."""
    if value is None or type(value) in _AS_THEY_ARE:
        return value
    names = _FIELD_NAMES.get(type(value))
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES.setdefault(type(value), tuple(f.name for f in fields(value)))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # (a named tuple, as asdict)
        return type(value)(*[plain(item) for item in value])
    if isinstance(value, list | tuple):
        return type(value)(plain(item) for item in value)
    if isinstance(value, dict):
        return type(value)((plain(k), plain(v)) for k, v in value.items())
    return copy.deepcopy(value)


# Types whose values ``copy.deepcopy`` gives back as they are (its atomic types).
_AS_THEY_ARE = frozenset({str, int, float, bool, bytes, complex})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


@dataclass(slots=True)
class StorySummary:
    """What a story list shows of a storyline, kept beside its briefing for fast reads."""

    id: str
    title: str
    summary: str
    first_date: str | None
    last_date: str | None
    articles: int
    events: int
    # Independent sources: a syndicated copy counts with its original (0 in summaries
    # stored before the count existed).
    sources: int = 0
    outlets: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)  # most mentioned first
    updated_at: str | None = None


@dataclass(slots=True)
class ArticleHeader:
    """An article as lists show it (no text, no reading)."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    duplicate_of: str | None
    event_id: str | None
    # The start of the cleaned text: what a list shows for an article without a title.
    opening: str = ""
