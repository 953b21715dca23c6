"""What a reader is shown of a briefing: one typed view that Markdown, the HTML file and the
web page all render (``brief/templates``), so a section cannot exist in one and not in the
others.

The view is a digest first (title, one-line summary, main account, developments,
reactions, timeline: the *reading part*) and then the lists (key quotes, flags, sources).
Every section keeps all its items: ``shown`` are those Markdown prints, ``more`` the rest,
which the HTML views keep one click away in a collapsed ``<details>`` and the JSON lists
whole. What is shown follows word budgets: the main account at most ``MAIN_WORDS``, the
reading part at most ``READING_WORDS``, the whole Markdown at most ``MARKDOWN_WORDS`` or
``SOURCE_SHARE`` of its sources' words, whichever is smaller. The budgets are met by
measuring the rendered Markdown and moving the last shown item of a list to ``more``,
lists before the digest, down to a floor each section keeps (``FLOOR``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from storyline.brief.marks import curly_quotes
from storyline.extract.site import (
    names_the_page,
    outlet_from_url,
    outlet_key,
    page_names,
    without_page_suffix,
)
from storyline.extract.text import TITLE_PARTS
from storyline.extract.words import first_words
from storyline.model import Briefing, BriefSentence, Citation, Source, TimelineEntry
from storyline.people import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

MAIN_WORDS = 150
READING_WORDS = 350
MARKDOWN_WORDS = 900
SOURCE_SHARE = 0.3
# A reader takes in a handful of items per list; the rest are one click away.
SHOWN_FLAGS = 5
SHOWN_QUOTES = 3
# Short digest sections: at most this many words each before the reading budget applies.
# A timeline shows two dated lines at least.
MIN_TIMELINE_LINES = 2
SECTION_WORDS = {"developments": 80, "reactions": 70, "timeline": 60}
# The web page lists at most this many of a section's items beyond those shown (the JSON
# has them all): a big storyline has hundreds of flags.
PAGE_MORE = 30
TIMELINE_LABEL_WORDS = 12
# Markdown lists every source while they are few and the budget allows, else those it cites.
MAX_LISTED_SOURCES = 12

DIGEST = ("main", "developments", "reactions", "timeline")
# What the one line naming the sections Markdown leaves to the page calls each.
SHORT_NAME = {
    "main": "account",
    "developments": "developments",
    "reactions": "reactions",
    "timeline": "timeline",
    "quotes": "quotes",
    "contradicted": "contradictions",
    "unverified_quotes": "quotes worded otherwise",
    "single_source": "single-source claims",
}
# A contradiction between sources is shown in every format, whatever the budget: the one
# thing a reader must not miss (a budget of a few dozen words may then be exceeded).
ALWAYS_SHOWN = {"contradicted": 1}
RESTORE_ORDER = (
    *DIGEST,
    "contradicted",
    "sources",
    "quotes",
    "unverified_quotes",
    "single_source",
)
# Which section gives up a shown item first when a budget is exceeded, and how many each
# keeps whatever the budget.
SHRINK_ORDER = (
    "quotes",
    "single_source",
    "unverified_quotes",
    "timeline",
    "reactions",
    "developments",
    "contradicted",
    "main",
)
FLOOR = {
    "quotes": 1,
    "single_source": 2,
    "unverified_quotes": 2,
    "contradicted": 2,
    "timeline": 2,
    "reactions": 1,
    "developments": 1,
    "main": 1,
}


@dataclass(slots=True)
class Evidence:
    """Another source's sentence that says otherwise than a flagged claim, or its other
    wording of a flagged quotation (``verb`` "quotes")."""

    n: int | str
    article_id: str
    text: str
    verb: str = "says"


@dataclass(slots=True)
class Item:
    """One line of a section, as every view shows it."""

    text: str
    citations: list[Citation] = field(default_factory=list)  # one per source, by number
    more: str = ""  # "and 4 more sources"
    flag: str = ""  # "single source", "contested by [3]: “…”"
    date: str | None = None  # dated sections (developments, timeline)
    date_note: str = ""  # "reported": the date is only the report's (``TimelineEntry``)
    speaker: str | None = None  # quotes
    status: str = ""  # a quote's check as a reader reads it ("word for word in another source")
    check: str = ""  # the check's code ("verbatim"), a style's name on the page
    evidence: list[Evidence] = field(default_factory=list)  # contradicted claims
    source: Source | None = None  # the sources section
    copy_of: int | str | None = None  # the number of the source a syndicated copy copies
    event_id: str | None = None
    # The sources its flag names besides its citations ("also reported by [3]").
    named: list[int] = field(default_factory=list)
    # A key quote shown in its writer's sentence (``KeyQuote.sentence``): the text holds
    # its own quotation marks, and no others are put around it.
    in_sentence: bool = False

    def words(self) -> int:
        return len(self.text.split()) + len(self.flag.split())


@dataclass(slots=True)
class SectionView:
    key: str  # stable name: "main", "developments", ..., "sources"
    heading: str
    kind: str  # "prose" | "dated" | "quotes" | "flags" | "sources"
    shown: list[Item]
    more: list[Item] = field(default_factory=list)
    total: int = 0  # items in all (the JSON may count more than it lists)
    note: str = ""  # a line under the heading ("5 articles from 4 independent sources.")

    @property
    def digest(self) -> bool:
        return self.key in DIGEST

    @property
    def count(self) -> str:
        """ " (5 shown of 52)" when a section shows fewer than it has (the sources
        section's note counts them when it lists none)."""
        if self.key == "sources" and not self.shown:
            return ""
        return shown_count(len(self.shown), self.total)

    @property
    def page_count(self) -> str:
        """The count as the page and the HTML file show it: they list the Markdown's items
        and the first ``PAGE_MORE`` of the rest, so "(0 shown of 5)" above a section whose
        five items are one click away told a reader nothing was there."""
        if self.digest and not self.shown:
            return ""  # its "5 more" says it
        listed = len(self.shown) + len(self.page_more) if not self.digest else len(self.shown)
        return shown_count(listed, self.total)

    @property
    def short_name(self) -> str:
        return SHORT_NAME.get(self.key, self.heading.lower())

    @property
    def page_more(self) -> list[Item]:
        return self.more[:PAGE_MORE]


@dataclass(slots=True)
class BriefingView:
    storyline_id: str
    title: str
    summary: Item
    sections: list[SectionView]
    source_words: int = 0
    # Markdown lists only the sources its shown lines cite (a big storyline's hundreds are
    # in the JSON and on the page).
    cited_sources_only: bool = False

    def section(self, key: str) -> SectionView | None:
        return next((s for s in self.sections if s.key == key), None)

    def word_budget(self) -> int:
        """The whole Markdown's aim: 900 words or 30% of the sources' words, the smaller
        (900 when the sources' length is unknown, as in briefings stored before it was)."""
        if self.source_words <= 0:
            return MARKDOWN_WORDS
        return min(MARKDOWN_WORDS, int(SOURCE_SHARE * self.source_words))


def shown_count(shown: int, total: int) -> str:
    """ " (5 shown of 52)" when a section shows fewer than it has (the JSON lists them)."""
    return f" ({shown} shown of {total})" if total > shown else ""


def more_sources(sentence: BriefSentence) -> str:
    """What follows the citations when some supporters are not cited one by one
    ("and 4 more sources")."""
    n = sentence.more_sources
    return f"and {n} more source{'s' if n > 1 else ''}" if n else ""


def flag_text(sentence: BriefSentence) -> str:
    """The flag in words, naming the sources behind it: "contested by [3]: “…”",
    "reported by [2][4], not confirmed", "also reported by [2]", "single source"."""
    if sentence.contested_by:
        return "; ".join(
            f"contested by [{c.n}]: “{first_words(c.text, 30)}”" for c in sentence.contested_by
        )
    numbers = "".join(f"[{n}]" for n in sentence.discussed_by)
    if sentence.flag == "not confirmed" and numbers:
        return f"reported by {numbers}, not confirmed"
    if sentence.flag == "reported" and numbers:
        return f"also reported by {numbers}"
    return sentence.flag or ""


def item_of(
    sentence: BriefSentence,
    date: str | None = None,
    event: str | None = None,
    reported: bool = False,
) -> Item:
    cited: dict[int, Citation] = {}
    for citation in sentence.citations:
        cited.setdefault(citation.n, citation)
    # (a date given for the line, else the day the sentence was said, ``BriefSentence.when``)
    if date is None:
        date, reported = sentence.when, sentence.when_reported
    return Item(
        sentence.text,
        [cited[n] for n in sorted(cited)],
        more_sources(sentence),
        flag_text(sentence),
        date=date,
        date_note="reported" if reported and date else "",
        event_id=event,
        named=_named_by_flag(sentence),
    )


def _named_by_flag(sentence: BriefSentence) -> list[int]:
    """The source numbers ``flag_text`` prints for a sentence."""
    named = {c.n for c in sentence.contested_by}
    if not named and sentence.flag in {"not confirmed", "reported"}:
        named = set(sentence.discussed_by)
    return sorted(named)


def build_view(
    briefing: Briefing, measure: Callable[[BriefingView], int] | None = None
) -> BriefingView:
    """The view of a briefing within its budgets; ``measure`` counts the words of the
    rendered Markdown (``render.markdown_words``), the judge of the whole budget."""
    view = BriefingView(
        briefing.storyline_id,
        curly_quotes(briefing.title),
        item_of(briefing.summary),
        [s for s in _sections(briefing) if s.shown or s.more],
        sum(s.words for s in briefing.sources),
    )
    _one_source_said_once(view)
    _fit_main(view)
    _fit_sections(view)
    _fit(view, reading_words, READING_WORDS, DIGEST)
    sources = view.section("sources")
    view.cited_sources_only = sources is not None and len(sources.shown) > MAX_LISTED_SOURCES
    _list_cited_sources(view)
    if measure is not None:
        _fit(view, measure, view.word_budget(), SHRINK_ORDER)
        _empty_sections(view, measure, view.word_budget())
        _list_what_is_cited(view)
    _latest_first(view.section("developments"))
    _in_time_order(view.section("timeline"))
    return view


# The flag of a sentence no other source of its event states (``compose._flag``).
SINGLE_SOURCE = "single source"


def _one_source_said_once(view: BriefingView) -> None:
    """Where the summary and every line of the account are one report's and each is
    "single source", the summary's flag says it and a note under the heading names the
    source, not a flag on every line (a reader's check of May 2016 campaign news: six
    flags on one Politico report's lines read as noise burying those worth a look)."""
    main = view.section("main")
    if main is None:
        return
    lines = main.shown + main.more
    told = [view.summary, *lines]
    if not lines or any(item.flag != SINGLE_SOURCE for item in told):
        return
    cited = {c.n for item in told for c in item.citations}
    if len(cited) != 1:
        return
    for item in lines:
        item.flag = ""
    main.note = (
        f"Every line here, as the summary, is told by [{cited.pop()}] alone: "
        "no other source of its event states it."
    )


def _latest_first(section: SectionView | None) -> None:
    """The developments a digest shows, picked by weight (``compose._by_weight``), are read
    as dated lines: the latest first, undated ones last; so are those one click away."""
    if section is not None:
        for items in (section.shown, section.more):
            items.sort(key=_date_key, reverse=True)


def _date_key(item: Item) -> str:
    return item.date if item.date and item.date != "undated" else ""


def _in_time_order(section: SectionView | None) -> None:
    """The timeline is fitted to its budgets latest first (``_timeline_items``), so that a
    cut keeps its latest lines, where the story stands; it is read in time order, undated
    lines last (a cut takes undated lines first, then the earliest)."""
    if section is not None:
        for items in (section.shown, section.more):
            # (back from latest first, so lines of one day keep their order: a review's
            # case; then dated lines by day, undated last)
            items.reverse()
            items.sort(key=lambda item: (not _date_key(item), _date_key(item)))


def reading_words(view: BriefingView) -> int:
    """Words of the reading part: title, summary and the digest sections as shown."""
    words = len(view.title.split()) + view.summary.words()
    for section in view.sections:
        if section.digest:
            words += len(section.heading.split())
            words += sum(i.words() + (1 if i.date else 0) for i in section.shown)
    return words


def _tells_more_than(headline: str | None, title: str) -> bool:
    """The lead report's headline heads its section unless the briefing's title is that
    headline or its first part: "China rebuts American criticism on overcapacity;
    Investment, official says, ..." under the title "China rebuts American criticism on
    overcapacity" had repeated it (19 of 304 PolNeAR train briefings)."""
    if not headline or headline == title:
        return False
    return TITLE_PARTS.split(headline, maxsplit=1)[0].strip() != title


def _sections(b: Briefing) -> list[SectionView]:
    number = {s.article_id: s.n for s in b.sources}
    heading = b.headline if _tells_more_than(b.headline, b.title) else "What happened"
    label = {s.n: source_title(s) for s in b.sources}
    contradicted = [
        Item(
            curly_quotes(with_whom(c.text, c.about)),
            [Citation(number.get(c.article_id, 0), c.article_id, c.start, c.end)],
            evidence=[
                Evidence(number.get(src, "?"), src, curly_quotes(text))
                for src, text in zip(c.contradicted_by, c.evidence, strict=False)
            ],
        )
        for c in b.contradicted_claims
    ]
    unverified = [
        Item(
            curly_quotes(q.text),
            [Citation(number.get(q.article_id, 0), q.article_id, q.start, q.end)],
            speaker=speaker_shown(q.speaker) or "unattributed",
            evidence=[
                Evidence(number.get(src, "?"), src, curly_quotes(text), "quotes")
                for src, text in zip(q.quoted_otherwise_in, q.quoted_otherwise, strict=False)
            ],
        )
        for q in b.unverified_quotes
    ]
    single = [
        Item(
            curly_quotes(with_whom(c.text, c.about)),
            [Citation(number.get(c.article_id, 0), c.article_id, c.start, c.end)],
        )
        for c in b.single_source_claims
    ]
    # With one independent source, "no other source" beside every quote tells nothing
    # (a November 2015 review counted 118 such marks in 28 one-report briefings).
    alone = one_source(b)
    quotes = [
        Item(
            curly_quotes(q.sentence or q.text),
            [q.citation],
            speaker=speaker_shown(q.speaker),
            status=quote_check(q.status, alone),
            check=q.status,
            in_sentence=q.sentence is not None,
            date=q.when,
            date_note="reported" if q.when and q.when_reported else "",
        )
        for q in b.quotes
    ]
    sources = [
        Item(
            source_label(s),
            source=s,
            copy_of=number.get(s.duplicate_of, "?") if s.duplicate_of else None,
        )
        for s in b.sources
    ]
    return [
        _section("main", heading, "prose", [item_of(s) for s in b.main]),
        _section(
            "developments",
            "Additional developments",
            "dated",
            [item_of(e.text, e.date or "undated", e.event_id, e.reported) for e in b.developments],
        ),
        _section(
            "reactions", "Reactions and implications", "prose", [item_of(s) for s in b.reactions]
        ),
        _section(
            "timeline",
            "Timeline",
            "dated",
            _timeline_items(b, label),
        ),
        _section("quotes", "Key quotes", "quotes", quotes, SHOWN_QUOTES),
        _section("contradicted", "Claims sources contradict", "flags", contradicted, SHOWN_FLAGS),
        _section(
            "unverified_quotes",
            "Quotes other sources word otherwise",
            "flags",
            unverified,
            SHOWN_FLAGS,
        ),
        _section(
            "single_source",
            "Claims only one source makes",
            "flags",
            single,
            SHOWN_FLAGS,
            total=len(single) + b.single_source_more,
        ),
        _section("sources", "Sources", "sources", sources, note=_sources_note(b)),
    ]


# A key quote's check as a reader reads it: "(verbatim)" beside one citation and "(same
# utterance)" read as riddles to a reader of May 2016 briefings.
QUOTE_CHECK_LABELS = {
    "verbatim": "word for word in another source",
    "same_utterance": "in other words in another source",
    "single_source": "no other source quotes it",
    "only_source": "no other source",
}


def one_source(b: Briefing) -> bool:
    """The briefing rests on one independent source (copies of it aside)."""
    return sum(1 for s in b.sources if not s.duplicate_of) <= 1


def quote_check(status: str, alone: bool = False) -> str:
    """A key quote's check as shown: nothing where no other source could have it."""
    if alone and status in {"only_source", "single_source"}:
        return ""
    return QUOTE_CHECK_LABELS.get(status, status.replace("_", " "))


def with_whom(text: str, about: str | None) -> str:
    """A flag opening with "He" or "She" names whom it is about, in brackets after the
    pronoun, as an editor inserts a word into a quotation."""
    if not about:
        return text
    first, _, rest = text.partition(" ")
    return f"{first} [{about}] {rest}" if rest else text


def _section(
    key: str,
    heading: str,
    kind: str,
    items: list[Item],
    limit: int | None = None,
    total: int | None = None,
    note: str = "",
) -> SectionView:
    cut = len(items) if limit is None else limit
    return SectionView(
        key, heading, kind, items[:cut], items[cut:], len(items) if total is None else total, note
    )


# A description's determiner as it opened its sentence ("A senior Obama administration
# official said"): after "—" in a quote line it reads in lower case.
OPENING_DETERMINER = re.compile(r"^(?:A|An|The|One|Another)(?= [a-z])")


def speaker_shown(speaker: str | None) -> str | None:
    """A speaker as a quote line shows it: "— a senior Obama administration official",
    "— the radioman"; names stay as they are ("The Associated Press", "One Direction")."""
    if not speaker:
        return speaker
    return OPENING_DETERMINER.sub(lambda m: m.group(0).lower(), speaker)


def _timeline_items(b: Briefing, label: dict[int, str | None]) -> list[Item]:
    """The timeline's lines; a headline already naming a line (two reports of a wire story
    carry one headline) does not name a second: that one is named by its lead's words.
    One line is no timeline: it named the summary's event again by the summary's first
    words (17 of 34 briefings of January 2016); the JSON keeps it."""
    if len(b.timeline) < MIN_TIMELINE_LINES:
        return []
    used = {b.title}
    items = []
    for entry in b.timeline:
        item = _timeline_item(entry, label, used)
        used.add(item.text)
        items.append(item)
    # Latest first while the budgets cut from the end: a cut timeline had shown its first
    # lines and lost its last, the happening the briefing is about (10 of 20 May-August
    # 2016 briefings an editor read). ``_in_time_order`` puts them back in time order.
    # (undated lines last, reversed too: ``_in_time_order`` turns each list back whole)
    dated = [item for item in items if _date_key(item)]
    return dated[::-1] + [item for item in items if not _date_key(item)][::-1]


def _timeline_item(entry: TimelineEntry, label: dict[int, str | None], used: set[str]) -> Item:
    """A timeline line names its event by the headline of the report that leads it (the
    developments and the main account tell what happened), else (no headline, or one
    that names the story or another line already, which tells one event from another no
    better) by the lead's first words: the timeline is an index, not the story told
    twice."""
    sentence = entry.text
    item = item_of(sentence, entry.date or "undated", entry.event_id, entry.reported)
    first = sentence.citations[0].n if sentence.citations else None
    title = label.get(first) if first is not None else None
    if title in used or (title and teases(title)):
        title = None  # (a teaser names no event: the lead's words do)
    item.text = curly_quotes(title) if title else first_words(sentence.text, TIMELINE_LABEL_WORDS)
    # (a line from an opinion piece says so, as its sentence does elsewhere: an editor's
    # read found columns' headlines standing as dated events; the other flags are told
    # where the sentence is shown)
    item.flag = "opinion" if sentence.flag == "opinion" else ""
    # (the source the line is named after: sorted by number, the first citation had put
    # one report's headline beside another's number)
    item.citations = [c for c in item.citations if c.n == first][:1] or item.citations[:1]
    item.more = ""
    return item


def _fit_main(view: BriefingView) -> None:
    """The main account: whole sentences up to ``MAIN_WORDS`` (at least one)."""
    _fit_words(view, "main", MAIN_WORDS)


def _fit_sections(view: BriefingView) -> None:
    for key, budget in SECTION_WORDS.items():
        _fit_words(view, key, budget)


def _fit_words(view: BriefingView, key: str, budget: int) -> None:
    """Shows a section's first items up to ``budget`` words (at least one); the rest move
    to its "more"."""
    section = view.section(key)
    if section is None:
        return
    words = 0
    keep = 0
    for item in section.shown:
        if keep and words + item.words() > budget:
            break
        words += item.words()
        keep += 1
    _move(section, keep)


def _fit(
    view: BriefingView, measure: Callable[[BriefingView], int], budget: int, order: tuple[str, ...]
) -> None:
    """Move shown items to ``more`` in ``order``, one a round, while over budget."""
    while measure(view) > budget:
        moved = False
        for key in order:
            section = view.section(key)
            if section is not None and len(section.shown) > FLOOR.get(key, 0):
                _move(section, len(section.shown) - 1)
                _list_cited_sources(view)
                moved = True
                if measure(view) <= budget:
                    return
        if not moved:
            return


def _empty_sections(
    view: BriefingView, measure: Callable[[BriefingView], int], budget: int
) -> None:
    """A storyline of a few short reports: 30% of their words is less than the floors
    keep, so whole sections go to the page, in ``SHRINK_ORDER``, until the Markdown fits.
    Markdown names them in one line with their counts (``away``); the sources section keeps
    its count of articles and sources, its list going to the page."""
    emptied: list[tuple[SectionView, int]] = []
    for key in (*SHRINK_ORDER[:-1], "sources", SHRINK_ORDER[-1]):
        if measure(view) <= budget:
            break
        section = view.section(key)
        keep = ALWAYS_SHOWN.get(key, 0)
        if section is not None and len(section.shown) > keep:
            emptied.append((section, len(section.shown)))
            _move(section, keep)
            _list_what_is_cited(view)  # measured with the sources it must still list
    # Emptying a whole section may free more than needed: those emptied get back what
    # fits, item by item, the digest first, then contradictions and the sources list.
    # An item comes back only with the sources it cites (``_list_what_is_cited``).
    listed = view.section("sources")
    for section, had in sorted(emptied, key=lambda pair: RESTORE_ORDER.index(pair[0].key)):
        while len(section.shown) < had:
            before = (list(listed.shown), list(listed.more)) if listed else None
            section.shown.append(section.more.pop(0))
            _list_what_is_cited(view)
            if measure(view) > budget:
                section.more.insert(0, section.shown.pop())
                if listed and before:
                    listed.shown, listed.more = before
                break


def away(view: BriefingView) -> list[SectionView]:
    """The sections Markdown shows nothing of (all on the page and in the JSON)."""
    return [s for s in view.sections if not s.shown and s.key != "sources"]


def _move(section: SectionView, keep: int) -> None:
    section.more[:0] = section.shown[keep:]
    del section.shown[keep:]


def _list_cited_sources(view: BriefingView) -> None:
    """With many sources, Markdown lists only those its shown lines cite; the others are
    in the JSON and one click away."""
    section = view.section("sources")
    if section is None or not view.cited_sources_only:
        return
    cited = _cited(view)
    items = sorted(section.shown + section.more, key=_source_number)
    section.shown = [i for i in items if i.source and i.source.n in cited]
    section.more = [i for i in items if not (i.source and i.source.n in cited)]


def _cited(view: BriefingView) -> set[int]:
    """The numbers of the sources the shown lines cite."""
    shown = [view.summary] + [
        item for section in view.sections if section.key != "sources" for item in section.shown
    ]
    cited: set[int] = set()
    for item in shown:
        cited |= {c.n for c in item.citations}
        cited |= {e.n for e in item.evidence if isinstance(e.n, int)}
        cited |= set(item.named)  # "also reported by [3]" sends the reader to [3]
    return cited


def _list_what_is_cited(view: BriefingView) -> None:
    """A source a shown line cites is listed, whatever the budget: a "[1]" that the
    Markdown does not resolve sends the reader nowhere (seen on one-report storylines of
    PolNeAR train, whose 30% budget had sent the sources list to the page)."""
    section = view.section("sources")
    if section is None:
        return
    cited = _cited(view)
    back = [i for i in section.more if i.source and i.source.n in cited]
    if back:
        section.more = [i for i in section.more if i not in back]
        section.shown = sorted(section.shown + back, key=_source_number)


def _source_number(item: Item) -> int:
    return item.source.n if item.source else 0


# A URL ("http: / / www. example. com / news / ...", as a tokenised corpus writes it) or a
# file name is not a headline a reader recognises.
# A URL, a file name, or a database's byline field ("BYLINE: Amber Phillips").
NOT_A_TITLE = re.compile(
    r"^\s*(?:https?\s*:\s*/|www\s*\.|byline\s*:)|^[\w-]+\.(?:txt|html?|xml|json)$", re.I
)


# A date banner ("September 15, 2013 11: 26 pm", "14: 25 Sun Sep 15 2013", "Last updated
# 13: 26 14 / 09 / 2013") is the page's date line, not its headline: every word of it is
# a date's, a time's or a dateline's, and it holds a number.
DATE_WORDS = frozenset(
    [
        *MONTH_ABBREVIATIONS,
        *MONTHS,
        *WEEKDAYS,
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "am",
        "pm",
        "a.m",
        "p.m",
        "at",
        "on",
        "of",
        "gmt",
        "utc",
        "est",
        "edt",
        "cst",
        "cdt",
        "pst",
        "pdt",
        "bst",
        "cet",
        "et",
        "pt",
        "last",
        "updated",
        "update",
        "published",
        "posted",
        "release",
        "released",
    ]
)
DATE_TOKEN = re.compile(r"[\w.]+")
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def is_date_banner(line: str) -> bool:
    tokens = [t.strip(".").lower() for t in DATE_TOKEN.findall(line)]
    dated = any(t and not t.isdigit() for t in tokens) or re.search(r"\d\s*[-/]\s*\d", line)
    return (
        any(t.isdigit() for t in tokens)
        and bool(dated)
        and all(t.isdigit() or t in DATE_WORDS or ORDINAL.fullmatch(t) for t in tokens)
    )


# A title or line longer than this is not kept by ``usable_title`` (a report of no
# sentences is asked whole), so that its 8,192 kept answers take a few MB at most.
KEPT_TITLE_CHARS = 500


def usable_title(title: str | None, names: frozenset[str] = frozenset()) -> str | None:
    """The title, unless it is a URL, a file name, a date banner or the page's own name,
    less a trailing site or author name (``names``: the page's own,
    ``extract.site.page_names``)."""
    if title is not None and len(title) > KEPT_TITLE_CHARS:
        return _usable_title(title, names)
    return _kept_usable_title(title, names)


def _usable_title(title: str | None, names: frozenset[str]) -> str | None:
    if title is None or NOT_A_TITLE.search(title) or is_date_banner(title):
        return None
    if names_the_page(title, names):
        return None  # the site's own name, where a page declared no headline
    return without_page_suffix(title, names)


# (asked again of the same titles and lines by every build of a storyline)
_kept_usable_title = functools.lru_cache(maxsize=1 << 13)(_usable_title)


def site_of_title(title: str | None) -> str | None:
    """The site a title that is a URL names ("http: / / www. stuff. co. nz / ..." is
    stuff.co.nz): a tokenised corpus keeps the page's address where its headline was."""
    if not title or not NOT_A_TITLE.match(title) or "/" not in title:
        return None
    return outlet_from_url("".join(title.split()))


# A headline that holds back what it tells, pointing forward to it ("Hillary Just Vowed To
# Never Utter These 2 Words ...", "Megyn Kelly Was Just Spotted Walking Into The Last Place
# Anyone Would Expect Her To", "Here's Why ...": the forward reference of click bait, Blom
# and Hansen 2015): no title for a briefing nor a timeline's line, which must say what
# happened. A cue of its own: the withheld thing in capitals or last ("... For Doing THIS",
# "... If He Doesn't Do This…"), a count of words or one thing kept back ("EPIC 4-Word
# Warning", "The 1 Thing He Thinks", "With One Brutal Line"), "Here's why/what", a
# reaction promised ("It Might Surprise You"), a question word last ("She's Going To HATE
# Why").
TEASER = re.compile(
    r"\b(?-i:THIS|THESE)\b|\b(?:this|these|why|what|how|who)\W*$|"
    r"\b(?:\d|one|two|three|four|five|six)[- ]words?\b|"
    r"\b(?:1|one)\s+(?:[a-z-]+\s+){0,2}(?:thing|question|line|sentence|name)\b|"
    r"\bhere(?:['’]s|\s+(?:is|are))\s+(?:why|what|how|who)\b|\bwon['’]t\s+believe\b|"
    r"\banyone\s+would\b|\bdid\s+something\b|\bsurprise\s+you\b",
    re.IGNORECASE,
)
# ... and cues that hold something back only beside a breathless "Just" or a word of hype
# ("This Cable News Panel Just Dismissed ...", "What Donald Trump's Son Just Received ...",
# "Trump Made This Shocking Final Demand"); alone they are ordinary ("These are the
# candidates", "Clinton announces who will be her running mate", "this Thursday").
WEAK_TEASER = re.compile(
    r"\b(?:this|these)\s+(?!(?:year|week|month|weekend|morning|afternoon|evening|night|time|"
    r"season|fall|summer|spring|winter|election|cycle|days|past|term|quarter|session|decade|"
    r"century|round|semester|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"christmas|thanksgiving|easter)\b)\w|\b(?:who|what|why|how)\b",
    re.IGNORECASE,
)
HYPE = re.compile(
    r"\b(?-i:Just)\s+[A-Z]|\b(?:shocking|stunning|brutal|unexpected|incredible|unbelievable)\b",
    re.IGNORECASE,
)
# No headline is longer: a title past this is no headline to test (and the patterns read
# untrusted text).
TEASER_CHARS = 300


def teases(headline: str) -> bool:
    """The headline points forward to what it does not tell (``TEASER``, or
    ``WEAK_TEASER`` beside ``HYPE``), in its own words ("Trump Addresses Munich Attack:
    ‘This Cannot Continue’" quotes a "This"), unless it gives the answer after a colon
    ("The One Thing Both Sides Want: Break Up Banks"); or breaks off inside a quotation
    ("... He Had ‘The Audacity To…’")."""
    if len(headline) > TEASER_CHARS:
        return False
    if QUOTED_ELLIPSIS.search(headline):
        return True
    bare = QUOTED_WORDS.sub(" ", headline)
    cue = TEASER.search(bare)
    if cue is None and HYPE.search(bare):
        cue = WEAK_TEASER.search(bare)
    return cue is not None and ":" not in bare[cue.end() :]


# A quotation breaking off at its end: "... He Had ‘The Audacity To…’".
QUOTED_ELLIPSIS = re.compile(r"(?:…|\.\.\.)[’'\"”]\s*$")
# A quotation in a headline, in curly or straight marks: a curly apostrophe inside a word
# ("‘We’ll Win This Fight’") does not close it; a straight single mark only where it opens
# a word and closes another ("Clinton's" holds none). Each alternative reads on without
# going back, so a title of unclosed marks costs linear time.
QUOTED_WORDS = re.compile(r"“[^“”]*”|‘(?:[^‘’]|’(?=\w))*’(?!\w)|\"[^\"]*\"|(?<!\w)'[^']*'(?!\w)")


def source_title(source: Source) -> str | None:
    """The source's title as a briefing shows it (``usable_title``, by its outlet's names)."""
    return usable_title(source.title, page_names(source.outlet))


def source_label(source: Source) -> str:
    """The source's title, else its first words (a reader sees what it is about)."""
    return curly_quotes(source_title(source) or source.opening or "(untitled)")


def source_count(sources: list[Source]) -> str:
    """How many articles and how many independent sources (a copy counts with its original)."""
    independent = _independent(sources)
    note = (
        f"{_count(len(sources), 'article')} from {_count(len(independent), 'independent source')}"
    )
    return f"{note}{_outlets(independent)}."


def _independent(sources: list[Source]) -> list[Source]:
    """One source per independent report: the original, else (its original not among
    these) the copy."""
    by_root: dict[str, Source] = {}
    for s in sorted(sources, key=lambda s: s.duplicate_of is not None):
        by_root.setdefault(s.duplicate_of or s.article_id, s)
    return list(by_root.values())


def _outlets(independent: list[Source]) -> str:
    """How many outlets the independent sources come from, where fewer: "58 independent
    sources" from seven papers reads as 58 papers (a reader's review of PolNeAR's April
    2016 texts)."""
    if any(not s.outlet for s in independent):
        return ""  # an article of an unknown outlet may be of any
    outlets = len({outlet_key(s.outlet) for s in independent if s.outlet})
    return f" ({_count(outlets, 'outlet')})" if outlets < len(independent) else ""


def _sources_note(b: Briefing) -> str:
    """How many sources the briefing read and, when that is part of a larger storyline,
    how much of it (``brief/scope.py``)."""
    note = source_count(b.sources)
    if not b.reports_in_storyline:
        return note
    told = len({e.event_id for e in b.timeline})
    reports = f"{len(b.sources):,} of its {b.reports_in_storyline:,} reports"
    if told < b.events_in_storyline:
        return (
            f"{note} The briefing tells {told:,} of the storyline's"
            f" {b.events_in_storyline:,} events, the latest first, and reads {reports}."
        )
    return (
        f"{note} The briefing reads {len(b.sources):,} of the storyline's"
        f" {b.reports_in_storyline:,} reports, the latest of each event."
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
