"""The extractive briefing: every sentence is a sentence of a source, cited to it and to
the other independent sources that support it. Nothing is written that no source says.

Sections follow the seed digest: title, one-line summary, main article (the latest event),
additional developments (earlier events, dated), reactions and implications, timeline,
key quotes (verbatim, attributed), sources, and the flags of the comparison stage.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from storyline.compare.names import PersonNames, person_names
from storyline.compare.support import (
    IndexedSentence,
    check_quotes,
    claims,
    same_utterance,
    sentence_index,
    source_of,
)
from storyline.extract.words import content_stems, first_words
from storyline.model import (
    Article,
    Briefing,
    BriefSentence,
    CheckedQuote,
    Citation,
    Claim,
    Contest,
    Event,
    KeyQuote,
    Source,
    Storyline,
    TimelineEntry,
)
from storyline.read.timex import day_of
from storyline.settings import DEFAULT, Settings

STAGE_VERSION = "brief-1"
REACTION = re.compile(
    r"\b(?:respond|reacted|react|criticiz|criticis|reject|condemn|welcom|warn|express|"
    r"call(?:ed|s)? for|analyst|expert|implication|expected|could|would|will|concern|"
    r"protest|denied|den(?:y|ies))",
    re.IGNORECASE,
)
# What _with_dates adds after a relative date: " (2024-11-13)".
RESOLVED_DATE = re.compile(r" \(\d{4}(?:-\d{2}){0,2}\)")
# A briefing sentence is a statement, not a fragment or a heading.
MIN_SENTENCE_WORDS = 6


@dataclass(slots=True)
class _Context:
    articles: dict[str, Article]
    sources: list[Source]
    number: dict[str, int]
    claims: dict[tuple[str, int], Claim]
    index: list[IndexedSentence]
    event_of: dict[str, str | None]
    settings: Settings
    # Per article, computed once: its indexed sentences, and how many supporters its
    # sentences have in all (looked up for every citation and every event's lead).
    sentences_of: dict[str, list[IndexedSentence]]
    backing: Counter[str]
    # Per event (None: articles in no event), the independent sources reporting it.
    event_sources: dict[str | None, set[str]]


def compose(
    storyline: Storyline,
    events: list[Event],
    articles: dict[str, Article],
    settings: Settings = DEFAULT,
) -> Briefing:
    members = [articles[a] for e in events for a in e.article_ids if a in articles]
    ctx = _context(members, events, settings)
    ordered = _events_by_date(events)
    main_event = ordered[0]
    lead_article = _representative(main_event, ctx)
    lead = _event_sentences(lead_article, ctx, settings.main_sentences + 1)
    summary, main = (lead[0], lead[1:]) if lead else (None, [])
    used = {s.text for s in lead}
    checked = check_quotes(members, ctx.event_of, settings)
    _name_speakers(checked, person_names(members))
    leads = {e.id: _lead(e, ctx) for e in events}
    timeline = [
        TimelineEntry(e.id, e.date, leads[e.id])
        for e in sorted(events, key=lambda e: (e.date is None, e.date or ""))
    ]
    title = _headline(lead_article, main_event, ctx) or first_words(
        summary.text if summary else "Untitled storyline"
    )
    if summary is None:
        summary = BriefSentence(title, [])
    developments = [TimelineEntry(e.id, e.date, leads[e.id]) for e in ordered[1:]]
    used |= {entry.text.text for entry in developments}
    single_source = _single_source_claims(ctx, main_event.id)
    return Briefing(
        storyline_id=storyline.id,
        title=title,
        summary=summary,
        headline=lead_article.title or title,
        main=main,
        developments=developments,
        reactions=_reactions(members, ctx, used),
        timeline=timeline,
        quotes=_key_quotes(checked, ctx, ordered),
        sources=ctx.sources,
        single_source_claims=single_source[: settings.max_listed_claims],
        contradicted_claims=[c for c in ctx.claims.values() if c.contradicted_by],
        unverified_quotes=[q for q in checked if q.status == "single_source"],
        single_source_more=max(0, len(single_source) - settings.max_listed_claims),
    )


def _name_speakers(checked: list[CheckedQuote], names: PersonNames) -> None:
    """Each speaker by the storyline's one name for them ("Salazar" and "Ken Salazar" in
    two sources are one speaker; a description such as "Mexico's leader" stays)."""
    for quote in checked:
        if quote.speaker:
            quote.speaker = names.name_of(quote.speaker)


def _context(members: list[Article], events: list[Event], settings: Settings) -> _Context:
    event_of: dict[str, str | None] = {a: e.id for e in events for a in e.article_ids}
    ordered = sorted(members, key=lambda a: (event_of.get(a.id) or "", a.published or ""))
    sources = [
        Source(
            n,
            a.id,
            a.outlet,
            a.title,
            _publication(a),
            "syndicated" if a.duplicate_of else "independent",
            a.duplicate_of,
            a.published_source,
        )
        for n, a in enumerate(ordered, start=1)
    ]
    index = sentence_index(members)
    found = claims(members, settings, index, event_of=event_of)
    return _Context(
        articles={a.id: a for a in members},
        sources=sources,
        number={s.article_id: s.n for s in sources},
        claims={(c.article_id, c.start): c for c in found},
        index=index,
        event_of=event_of,
        settings=settings,
        sentences_of=_sentences_by_article(index),
        backing=_backing(found),
        event_sources=_sources_by_event(members, event_of),
    )


def _sources_by_event(
    members: list[Article], event_of: dict[str, str | None]
) -> dict[str | None, set[str]]:
    by_event: dict[str | None, set[str]] = {}
    for article in members:
        by_event.setdefault(event_of.get(article.id), set()).add(source_of(article))
    return by_event


def _sentences_by_article(index: list[IndexedSentence]) -> dict[str, list[IndexedSentence]]:
    by_article: dict[str, list[IndexedSentence]] = {}
    for sentence in index:
        by_article.setdefault(sentence.article_id, []).append(sentence)
    return by_article


def _backing(found: list[Claim]) -> Counter[str]:
    """Per article, the supporters its sentences have in all."""
    backing: Counter[str] = Counter()
    for claim in found:
        backing[claim.article_id] += len(claim.supported_by)
    return backing


def _publication(article: Article) -> str | None:
    """The date, or the inferred range as an ISO 8601 interval."""
    if article.published:
        return article.published
    if article.published_range:
        return "/".join(article.published_range)
    return None


def _events_by_date(events: list[Event]) -> list[Event]:
    """Latest dated event first, then undated ones by size."""
    dated = sorted((e for e in events if e.date), key=lambda e: e.date or "", reverse=True)
    undated = sorted((e for e in events if not e.date), key=lambda e: -len(e.article_ids))
    return dated + undated


def _representative(event: Event, ctx: _Context) -> Article:
    """The original article that leads the event: attributed first, then best supported."""
    candidates = [ctx.articles[a] for a in event.article_ids if a in ctx.articles]
    originals = [a for a in candidates if not a.duplicate_of] or candidates

    def support(article: Article) -> tuple[bool, int, bool, int]:
        # A report whose publisher is known answers for what it says: it leads before an
        # unattributed text (a digest, a rewrite), then the one others support most.
        backed = ctx.backing[article.id]
        return article.outlet is not None, backed, article.title is not None, len(article.text)

    return max(originals, key=support)


def _event_sentences(article: Article, ctx: _Context, limit: int) -> list[BriefSentence]:
    """The sentence that reports the event on its day (the news peg) first, then the
    article's first sentences that state something, in its own order."""
    spans = list(article.sentences)
    peg = _news_peg(article)
    if peg is not None and not _opens_with_pronoun(article.text[peg[0] : peg[1]]):
        spans.remove(peg)
        spans.insert(0, peg)
    chosen: list[BriefSentence] = []
    for start, end in spans:
        if len(chosen) >= limit:
            break
        if not chosen and _opens_with_pronoun(article.text[start:end]):
            continue  # "He has highlighted ...": who "he" is stands in a sentence not shown
        sentence = _sentence(article, start, end, ctx)
        if sentence:
            chosen.append(sentence)
    return chosen


# A sentence opening with one of these leans on the sentence before it.
LEANING_OPENING = re.compile(r"^\W*(?:He|She|They|It|His|Her|Their|Its|This|These|Those)\b")


def _opens_with_pronoun(text: str) -> bool:
    return LEANING_OPENING.match(text) is not None


def _news_peg(article: Article) -> tuple[int, int] | None:
    """The sentence holding the time expression that dates the article's event ("On
    Wednesday, Salazar lashed out"): an article may open with background, but this
    sentence says what happened."""
    if not article.event_date:
        return None
    for expr in article.times:
        if day_of(expr.value) == article.event_date:
            for start, end in article.sentences:
                if start <= expr.start < end:
                    return start, end
    return None


def _sentence(article: Article, start: int, end: int, ctx: _Context) -> BriefSentence | None:
    text = article.text[start:end]
    if len(text.split()) < MIN_SENTENCE_WORDS or not _ends_a_sentence(text):
        return None
    if not _quotes_balanced(text):
        return None  # a piece of a longer quotation: out of context it misleads
    claim = ctx.claims.get((article.id, start))
    citations = [Citation(ctx.number[article.id], article.id, start, end)]
    supporters = _citable(claim.supported_by if claim else [], ctx)
    stems = content_stems(text) if supporters else set()
    for supporter in supporters[: ctx.settings.max_citations - 1]:
        span = _best_span(stems, supporter, ctx)
        if span:
            citations.append(Citation(ctx.number[supporter], supporter, *span))
    more = max(0, len(supporters) - (ctx.settings.max_citations - 1))
    contested = _contests(claim, ctx)
    discussed = (
        sorted(ctx.number[s] for s in claim.discussed_by if s in ctx.number) if claim else []
    )
    return BriefSentence(
        _with_dates(article, start, end),
        citations,
        _flag(claim, contested, discussed, article, ctx),
        more,
        contested,
        discussed,
    )


def _flag(
    claim: Claim | None,
    contested: list[Contest],
    discussed: list[int],
    article: Article,
    ctx: _Context,
) -> str | None:
    """What a reader must know before trusting the sentence: another source says otherwise
    ("contested"), others only report it as a claim ("not confirmed"), or no other source
    of its event states it ("single source")."""
    if contested:
        return "contested"
    if claim is None or claim.supported_by or not _event_has_other_sources(article, ctx):
        return None
    return "not confirmed" if discussed else "single source"


def _contests(claim: Claim | None, ctx: _Context) -> list[Contest]:
    """Each source that disagrees with the claim, cited at its sentence that says so."""
    if claim is None:
        return []
    found = []
    for source, evidence in zip(claim.contradicted_by, claim.evidence, strict=False):
        article = ctx.articles.get(source)
        if article is None or source not in ctx.number:
            continue
        start = article.text.find(evidence)  # -1: the sentence stands in a copy of it
        end = start + len(evidence) if start >= 0 else 0
        found.append(Contest(ctx.number[source], source, max(0, start), end, evidence))
    return found


def _ends_a_sentence(text: str) -> bool:
    """Ends with a full stop, question or exclamation mark (a closing quote aside)."""
    return text.rstrip('”"’)').endswith((".", "!", "?"))


def _citable(supporters: list[str], ctx: _Context) -> list[str]:
    """The sources that support a sentence, independent ones first (a syndicated copy adds
    no independent support), each group in source order."""
    known = [s for s in supporters if s in ctx.number]
    return sorted(known, key=lambda s: (ctx.articles[s].duplicate_of is not None, ctx.number[s]))


def _best_span(stems: set[str], supporter: str, ctx: _Context) -> tuple[int, int] | None:
    """The supporter's sentence sharing most of the cited sentence's words."""
    best = max(
        ctx.sentences_of.get(supporter, []),
        key=lambda s: len(stems & s.stems),
        default=None,
    )
    return (best.start, best.end) if best else None


def _event_has_other_sources(article: Article, ctx: _Context) -> bool:
    sources = ctx.event_sources.get(ctx.event_of.get(article.id), set())
    return bool(sources - {source_of(article)})


def _with_dates(article: Article, start: int, end: int) -> str:
    """The sentence with relative dates followed by the date they resolve to, outside
    quotes: "On Wednesday (2024-11-13), ..."; quoted words are never changed."""
    quotes = [(q.start, q.end) for q in article.quotes if q.direct]
    text = article.text[start:end]
    for expr in sorted(article.times, key=lambda t: -t.start):
        if not (start <= expr.start and expr.end <= end):
            continue
        day = day_of(expr.value)
        if day is None or re.search(r"\d{4}", expr.text):
            continue
        if any(qs <= expr.start < qe for qs, qe in quotes):
            continue
        cut = expr.end - start
        text = f"{text[:cut]} ({day}){text[cut:]}"
    return text


def without_resolved_dates(text: str) -> str:
    """A briefing sentence as its source has it: the resolutions that ``_with_dates`` adds
    are the briefing's, not claims of the source."""
    return RESOLVED_DATE.sub("", text)


def _quotes_balanced(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def _lead(event: Event, ctx: _Context) -> BriefSentence:
    article = _representative(event, ctx)
    sentences = _event_sentences(article, ctx, 1)
    if sentences:
        return sentences[0]
    start, end = article.sentences[0] if article.sentences else (0, len(article.text))
    return BriefSentence(
        article.text[start:end], [Citation(ctx.number[article.id], article.id, start, end)]
    )


def _reactions(members: list[Article], ctx: _Context, used: set[str]) -> list[BriefSentence]:
    found: list[tuple[int, BriefSentence]] = []
    for article in members:
        if article.duplicate_of:
            continue
        for start, end in article.sentences:
            if not REACTION.search(article.text[start:end]):
                continue
            sentence = _sentence(article, start, end, ctx)
            if sentence and sentence.text not in used and sentence.flag is None:
                found.append((len(sentence.citations), sentence))
                used.add(sentence.text)
    found.sort(key=lambda pair: -pair[0])
    return [s for _, s in found[: ctx.settings.reaction_sentences]]


# Key quotes: those other sources carry word for word, then in other words, then the rest.
QUOTE_RANK = {"verbatim": 0, "same_utterance": 1, "only_source": 2}


def _key_quotes(checked: list[CheckedQuote], ctx: _Context, ordered: list[Event]) -> list[KeyQuote]:
    """Quotes that carry the story: taken in turn from each event (the main one first) so
    every happening is heard, cross-checked ones first within an event, among equally
    checked ones a new speaker before a second quote of one already heard, and one wording
    of each utterance."""
    usable = [q for q in checked if q.status in QUOTE_RANK and q.speaker]
    by_event: dict[str | None, list[CheckedQuote]] = {}
    for quote in sorted(usable, key=lambda q: (QUOTE_RANK[q.status], -len(q.text))):
        by_event.setdefault(ctx.event_of.get(quote.article_id), []).append(quote)
    queues = [by_event.get(e.id, []) for e in ordered]
    chosen: list[KeyQuote] = []
    heard: set[tuple[str | None, str | None]] = set()
    while any(queues) and len(chosen) < ctx.settings.key_quotes:
        for event, queue in zip(ordered, queues, strict=True):
            key = _next_quote(queue, chosen, heard, event.id, ctx)
            if key is not None and len(chosen) < ctx.settings.key_quotes:
                chosen.append(key)
    return chosen


def _next_quote(
    queue: list[CheckedQuote],
    chosen: list[KeyQuote],
    heard: set[tuple[str | None, str | None]],
    event_id: str,
    ctx: _Context,
) -> KeyQuote | None:
    """Take the best quote left in an event's queue: a speaker not yet heard in this event
    if there is one; utterances already chosen (in any wording) are dropped."""
    while queue:
        best = QUOTE_RANK[queue[0].status]
        # A quote other sources confirm is worth more than a new voice that only one has.
        fresh = [
            q for q in queue if QUOTE_RANK[q.status] == best and (event_id, q.speaker) not in heard
        ]
        quote = (fresh or queue)[0]
        queue.remove(quote)
        if any(quote.text == k.text or same_utterance(quote.text, k.text) for k in chosen):
            continue
        key = _as_key_quote(quote, ctx)
        if key is not None:
            heard.add((event_id, quote.speaker))
            return key
    return None


def _as_key_quote(quote: CheckedQuote, ctx: _Context) -> KeyQuote | None:
    article = ctx.articles[quote.article_id]
    match = next((q for q in article.quotes if q.text == quote.text), None)
    if match is None:
        return None
    citation = Citation(ctx.number[article.id], article.id, match.start, match.end)
    return KeyQuote(quote.text, quote.speaker, citation, quote.status)


def _single_source_claims(ctx: _Context, main_event: str) -> list[Claim]:
    """Claims worth a reader's check: no other source states them, yet other sources of the
    same event discuss the point (the closest sentence elsewhere shares a good part of the
    words), and they carry a checkable detail (a name, a figure or a quotation). A sentence
    that no other source touches at all is extra background, not a disputed point; one that
    is mostly a quotation is checked as a quote (listed under quotes no other source has
    when it is one). The claims other sources come closest to stating come first (then in
    source order), those of the main event before the others."""
    found = [
        c
        for c in ctx.claims.values()
        if not c.supported_by
        and not c.contradicted_by
        and c.closest_overlap >= ctx.settings.related_overlap
        and _has_checkable_detail(c.text)
        and _event_has_other_sources(ctx.articles[c.article_id], ctx)
        and not _mostly_quoted(c, ctx.articles[c.article_id])
        and _ends_a_sentence(c.text)  # a headline line states nothing
    ]
    # The main happening's claims first: a reader checks what the briefing leads with.
    return sorted(
        found, key=lambda c: (ctx.event_of.get(c.article_id) != main_event, -c.closest_overlap)
    )


def _mostly_quoted(claim: Claim, article: Article) -> bool:
    """Half or more of the sentence stands inside the article's direct quotes."""
    inside = sum(
        max(0, min(claim.end, q.end) - max(claim.start, q.start))
        for q in article.quotes
        if q.direct
    )
    return inside * 2 >= claim.end - claim.start


# A figure, a quotation mark, or a capitalised word inside the sentence (a name).
CHECKABLE = re.compile(r"\d|[“”\"‘’]|[a-z,;:] [A-Z]")


def _has_checkable_detail(text: str) -> bool:
    return bool(CHECKABLE.search(text.strip()))


def _headline(lead: Article, event: Event, ctx: _Context) -> str | None:
    """The lead article's headline, else the headline of another report of its event."""
    if lead.title:
        return lead.title
    titled = (ctx.articles[a].title for a in event.article_ids if a in ctx.articles)
    return next((t for t in titled if t), None)
