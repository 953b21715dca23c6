"""Who said what: direct quotes and indirect speech, each with its speaker.

Direct quotes are passages between paired quotation marks (“…”, "…", «…», ‘…’) within a
paragraph. The speaker is found next to a speech cue ("said", "told", "stated", ...) in the
quote's own sentence: after the closing mark (", Salazar said" / ", said Salazar") or before
the opening one ("Salazar said that “..."). Pronouns ("he", "they") and role descriptions
("the diplomat", "the U.S. ambassador") resolve to the most recent named speaker, else the
most recent person named; a description that the text never resolves to a name is kept
as the speaker ("Mexico's leader"). Indirect speech is a sentence "X said (that) ..." with
no quotation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.model import Entity, Quote
from storyline.read.entities import person_for

CUES = (
    r"said|says|say|told|tells|added|adds|stated|states|declared|explained|noted|wrote|"
    r"asked|answered|replied|responded|insisted|argued|claimed|warned|stressed|"
    r"emphasi[sz]ed|remarked|continued|recalled|acknowledged|admitted|announced|"
    r"concluded|commented|assured|affirmed|highlighted|pointed out|tweeted|posted"
)
PARTICIPLE_CUES = (
    r"saying|adding|noting|stating|declaring|explaining|arguing|claiming|"
    r"warning|stressing|insisting|telling|asking"
)
CUE = re.compile(rf"\b(?:{CUES})\b", re.IGNORECASE)
PARTICIPLE = re.compile(rf"\b(?:{PARTICIPLE_CUES})\b", re.IGNORECASE)
ACCORDING_TO = re.compile(r"\baccording to\b", re.IGNORECASE)
PRONOUN = re.compile(r"\b(?:he|she|they|He|She|They)\b")
ROLES = (
    r"leader|president|ambassador|diplomat|minister|secretary|spokes(?:man|woman|person)|"
    r"officials?|envoy|governor|mayor|senator|chancellor|premier|chief|director|"
    r"analyst|expert|lawyer|attorney|prosecutor|judge|commander|general|nominee|"
    r"ministry|government|embassy|department|agency|company|police|office|center|centre"
)
ROLE = re.compile(
    rf"(?:\b[Tt]he\s+|\b[A-Z][\w.-]*(?:’s|'s)\s+)(?:[A-Z][\w.-]*\s+|former\s+|new\s+|top\s+|"
    rf"then-|foreign\s+|security\s+|interior\s+)*(?:{ROLES})\b"
)
QUOTE_PAIRS = [("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’")]
MIN_QUOTE_WORDS = 4
# How far from the quote a speech cue may stand and still attribute it (characters).
CUE_WINDOW = 80
SPEAKER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
# A name by its shape, for surnames the entity model missed ("de la Fuente said").
NAME = re.compile(
    r"(?:\b(?:de|del|la|van|von|da|di|al|bin)\s+)*\b[A-Z][\w’'.-]+"
    r"(?:\s+(?:(?:de|del|la|van|von|da|di)\s+)*[A-Z][\w’'.-]+)*"
)
PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|at|for|from|in|with|by|to|on|about|against)\s+$", re.IGNORECASE
)
# Titles before a name are not part of it ("Ambassador Salazar" is Salazar).
TITLE = re.compile(
    r"^(?:(?:Ambassador|President|Minister|Secretary|Senator|Governor|Mayor|"
    r"Judge|General|Mr|Mrs|Ms|Dr|Prof|Rep|Sen|Gov|Gen|Councillor|Director)"
    r"\.?\s+)+"
)
NOT_NAMES = frozenset(
    [
        "But",
        "And",
        "The",
        "In",
        "On",
        "At",
        "As",
        "After",
        "Before",
        "During",
        "Since",
        "While",
        "When",
        "If",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "Our",
        "We",
        "I",
        "You",
        "He",
        "She",
        "They",
        "His",
        "Her",
        "Their",
        "Some",
        "Many",
        "Unfortunately",
        "However",
        "Meanwhile",
        "Now",
        "Still",
        "Yet",
        "So",
        "Also",
    ]
)
# Between a closing quotation mark and its cue ("…,” Salazar said") stand only a few words.
MAX_WORDS_TO_CUE = 6
# “…” ― Jane Doe
DASH_NAME = re.compile(r"[”\"’»]?\s*[―—–]\s*(?P<who>[A-Z][^\n―—–]{1,60}?)\s*(?=\n|$|[.,;(])")
# The words between a closing quotation mark and its cue: ", the ad’s narrator says".
DESCRIPTION = re.compile(
    r"[\s,”\"’]*(?P<who>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s[^,.;:!?“”\"]{2,60}?)\s*"
)
# An unattributed quote this close after an attributed one continues it (words between).
CONTINUATION_WORDS = 40
# How far back (characters, about two sentences) a pronoun may find a role description.
ROLE_LOOKBACK = 300
# A name within a sentence's first words is its subject (the words before it are a title
# or a role: "Union leader Marta Quell").
SUBJECT_WORDS = 5


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    mention: str
    kind: str  # "entity", "name", "pronoun", "role", "description"
    name: str | None = None  # canonical name for entities
    label: str = ""

    @property
    def is_person(self) -> bool:
        """People (and descriptions of people) can be "he" or "she" later on."""
        if self.kind in {"role", "name", "description"} or self.label == "PERSON":
            return True
        # The small model often calls a lone surname an ORG ("Salazar said"); a one-word,
        # non-acronym ORG in the speaker's place is far more often a person.
        return self.label == "ORG" and " " not in self.mention and not self.mention.isupper()


def find_quotes(text: str, sentences: list[tuple[int, int]], entities: list[Entity]) -> list[Quote]:
    """Direct quotes and indirect speech in text order, with resolved speakers."""
    spans = _quote_spans(text)
    full_names = [e.canonical for e in entities if e.label == "PERSON" and " " in e.canonical]
    resolver = _Resolver(text, entities, full_names, spans)
    quotes: list[Quote] = []
    for s_start, s_end in sentences:
        resolver.note_subject(s_start, s_end)
        inside = [q for q in spans if s_start <= q[0] < s_end]
        if inside:
            for q_start, q_end in inside:
                end_sentence = next((e for s, e in sentences if s <= q_end <= e), s_end)
                quotes.append(resolver.direct(q_start, q_end, (s_start, end_sentence), spans))
        else:
            indirect = resolver.indirect(s_start, s_end)
            if indirect:
                quotes.append(indirect)
            else:
                resolver.note_speaker(s_start, s_end)
    return quotes


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quotation marks, within a paragraph."""
    spans: list[tuple[int, int]] = []
    for opening, closing in QUOTE_PAIRS:
        pattern = re.compile(
            rf"(?<![\w]){re.escape(opening)}([^{re.escape(opening + closing)}\n]+?)"
            rf"{re.escape(closing)}(?![\w])"
        )
        for match in pattern.finditer(text):
            start, end = match.span(1)
            if len(text[start:end].split()) >= MIN_QUOTE_WORDS and not _overlaps(spans, start, end):
                spans.append(_strip_trailing_comma(text, start, end))
    return sorted(spans)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _strip_trailing_comma(text: str, start: int, end: int) -> tuple[int, int]:
    """A quote closed as ``…pause,”`` ends before the comma the writer added."""
    while end > start and text[end - 1] in ", ":
        end -= 1
    return start, end


class _Resolver:
    def __init__(
        self,
        text: str,
        entities: list[Entity],
        full_names: list[str],
        quote_spans: list[tuple[int, int]],
    ) -> None:
        self.text = text
        self.entities = [e for e in entities if e.label in SPEAKER_LABELS]
        self.full_names = full_names
        self.quote_spans = quote_spans
        # (offset, name, is_person, is_named): who spoke where, for pronouns and roles.
        self.speakers: list[tuple[int, str, bool, bool]] = []
        self.last_quote: tuple[int, str | None] | None = None  # end and speaker

    # --- quotes ---------------------------------------------------------------------------
    def direct(
        self, q_start: int, q_end: int, sentence: tuple[int, int], spans: list[tuple[int, int]]
    ) -> Quote:
        candidate = (
            self._after(q_end, sentence[1])
            or self._dash_attribution(q_end)
            or self._before(sentence[0], q_start, spans)
            or self._introduced_by_colon(sentence[0])
        )
        if candidate is None:
            continued = self._continued(q_start)
            if continued:
                return self._quote(q_start, q_end, None, direct=True, speaker=continued)
        return self._quote(q_start, q_end, candidate, direct=True)

    def _dash_attribution(self, q_end: int) -> _Candidate | None:
        """“…” ― Jane Doe: a dash and a name right after the closing mark."""
        match = DASH_NAME.match(self.text, q_end)
        if not match:
            return None
        start, end = match.span("who")
        return self._first_after(start, end, names=True) or _Candidate(
            start, end, self.text[start:end], "name"
        )

    def _introduced_by_colon(self, s_start: int) -> _Candidate | None:
        """A paragraph ending "He said:" introduces the quote that opens the next one."""
        before = self.text[max(0, s_start - CUE_WINDOW) : s_start].rstrip()
        if not before.endswith(":"):
            return None
        region_start = max(0, s_start - CUE_WINDOW)
        cues = list(CUE.finditer(self.text, region_start, s_start))
        if not cues:
            return None
        cue = cues[-1]
        return self._nearest_before(region_start, cue.start(), names=True) or self._first_after(
            cue.end(), s_start, names=True
        )

    def _continued(self, q_start: int) -> str | None:
        """A quote with no cue right after an attributed one (same or previous paragraph)
        goes on with the same speaker, as news writing strings quote paragraphs."""
        if self.last_quote is None:
            return None
        end, speaker = self.last_quote
        between = self.text[end:q_start]
        if speaker and between.count("\n\n") <= 1 and len(between.split()) <= CONTINUATION_WORDS:
            return speaker
        return None

    def indirect(self, s_start: int, s_end: int) -> Quote | None:
        sentence = self.text[s_start:s_end]
        match = re.search(rf"\b(?:{CUES})\b(?:\s+\w+day)?(?:\s+that)\s+", sentence)
        if not match:
            return None
        candidate = self._nearest_before(s_start, s_start + match.start())
        if candidate is None:
            return None
        content_start = s_start + match.end()
        content_end = s_end - 1 if self.text[s_end - 1] in ".!?" else s_end
        if len(self.text[content_start:content_end].split()) < MIN_QUOTE_WORDS:
            return None
        return self._quote(content_start, content_end, candidate, direct=False)

    def note_subject(self, s_start: int, s_end: int) -> None:
        """A person named at the start of a sentence is who a later "he"/"she" means
        ("Union leader Marta Quell called ... “...,” she said")."""
        opening = " ".join(self.text[s_start:s_end].split()[:SUBJECT_WORDS])
        for candidate in self._candidates(s_start, s_start + len(opening), names=True):
            # Every sentence starts with a capital: one capitalised word there is no name.
            if candidate.kind == "name" and " " not in candidate.mention:
                continue
            if candidate.kind in {"entity", "name"} and candidate.is_person:
                self._remember(s_start, candidate, self._resolve(candidate))
                return

    def note_speaker(self, s_start: int, s_end: int) -> None:
        """Remember who speaks in a sentence without a quote, for later pronouns."""
        cue = CUE.search(self.text, s_start, s_end)
        candidate = self._nearest_before(s_start, cue.start()) if cue else None
        if candidate and candidate.kind != "pronoun":
            self._remember(s_start, candidate, self._resolve(candidate))

    def _quote(
        self,
        start: int,
        end: int,
        candidate: _Candidate | None,
        direct: bool,
        speaker: str | None = None,
    ) -> Quote:
        name = self._resolve(candidate) if candidate else speaker
        if candidate:
            self._remember(start, candidate, name)
        if direct:
            self.last_quote = (end, name)
        return Quote(
            text=self.text[start:end],
            start=start,
            end=end,
            speaker=name,
            speaker_mention=candidate.mention if candidate else None,
            speaker_start=candidate.start if candidate else None,
            speaker_end=candidate.end if candidate else None,
            direct=direct,
        )

    # --- finding the speaker mention -----------------------------------------------------------
    def _after(self, q_end: int, s_end: int) -> _Candidate | None:
        """ ", Salazar said" or ", said Salazar" right after the closing mark."""
        window_end = min(s_end, q_end + CUE_WINDOW)
        cue = CUE.search(self.text, q_end, window_end)
        if cue is None or len(self.text[q_end : cue.start()].split()) > MAX_WORDS_TO_CUE:
            return None
        before = self._nearest_before(q_end, cue.start(), names=True)
        if before:
            return before
        after = self._first_after(cue.end(), min(s_end, cue.end() + CUE_WINDOW), names=True)
        near = after and len(self.text[cue.end() : after.start].split()) <= 1
        if near:
            return after
        return self._description(q_end, cue.start())

    def _description(self, start: int, end: int) -> _Candidate | None:
        """“…,” the ad’s narrator says: the words between quote and cue name the speaker."""
        match = DESCRIPTION.fullmatch(self.text, start, end)
        if not match:
            return None
        s, e = match.span("who")
        return _Candidate(s, e, self.text[s:e], "description")

    def _before(
        self, s_start: int, q_start: int, spans: list[tuple[int, int]]
    ) -> _Candidate | None:
        """ "Salazar said that “..." or "..., saying that “..." before the opening mark."""
        region_start = max([s_start, *[e for s, e in spans if e <= q_start]])
        region = self.text[region_start:q_start]
        cues = list(CUE.finditer(region)) + list(ACCORDING_TO.finditer(region))
        participles = list(PARTICIPLE.finditer(region))
        if cues:
            last = max(cues, key=lambda m: m.start())
            if ACCORDING_TO.fullmatch(last.group(0)):
                return self._first_after(region_start + last.end(), q_start)
            return self._nearest_before(
                region_start, region_start + last.start(), names=True
            ) or self._first_after(region_start + last.end(), q_start, names=True)
        if participles:
            # "X responded ..., saying that": the speaker is the clause's subject.
            return self._first_after(s_start, region_start + participles[-1].start(), names=True)
        return None

    def _candidates(self, start: int, end: int, names: bool = False) -> list[_Candidate]:
        found = [
            _Candidate(m.start(), m.end(), m.group(0), "role")
            for m in ROLE.finditer(self.text, start, end)
        ]
        # An entity inside a role ("the U.S. ambassador") only modifies it.
        found += [
            _Candidate(e.start, e.end, e.text, "entity", e.canonical, e.label)
            for e in self.entities
            if start <= e.start and e.end <= end and not _inside(e.start, found)
        ]
        found += [
            _Candidate(m.start(), m.end(), m.group(0), "pronoun")
            for m in PRONOUN.finditer(self.text, start, end)
            if not _inside(m.start(), found)
        ]
        if names:
            found += [
                _name_candidate(m)
                for m in NAME.finditer(self.text, start, end)
                if m.group(0).split()[0] not in NOT_NAMES
                # a recognised entity inside the same words is the more precise mention
                and not any(c.start < m.end() and m.start() < c.end for c in found)
                and TITLE.sub("", m.group(0))
            ]
        found = [c for c in found if not any(s <= c.start < e for s, e in self.quote_spans)]
        return sorted(found, key=lambda c: c.start)

    def _nearest_before(self, start: int, end: int, names: bool = False) -> _Candidate | None:
        found = self._candidates(start, end, names)
        # "X, chief executive of Y, said": a noun after a preposition is not the subject.
        subjects = [
            c
            for c in found
            if not PREPOSITION_BEFORE.search(self.text[max(0, c.start - 12) : c.start])
        ]
        return (subjects or found)[-1] if found else None

    def _first_after(self, start: int, end: int, names: bool = False) -> _Candidate | None:
        found = self._candidates(start, end, names)
        return found[0] if found else None

    # --- resolving it to a name ----------------------------------------------------------------
    def _resolve(self, candidate: _Candidate) -> str | None:
        if candidate.kind == "entity":
            name = candidate.name or candidate.mention
            return person_for(name, self.full_names) or _without_article(name)
        if candidate.kind == "name":
            return person_for(candidate.mention, self.full_names) or candidate.mention
        if candidate.kind == "description":
            return candidate.mention  # "the ad’s narrator": who the text says it is
        if candidate.kind == "role":
            if not candidate.mention.lower().startswith("the "):
                return candidate.mention  # "Mexico's leader": keep what the text says
            named = self._last_named_speaker(candidate.start)
            return named or self._last_person(candidate.start) or candidate.mention
        people_only = candidate.mention.lower() in {"he", "she"}
        return (
            self._last_speaker(candidate.start, people_only)
            or self._last_person(candidate.start)
            or self._last_role(candidate.start)
        )

    def _remember(self, offset: int, candidate: _Candidate, name: str | None) -> None:
        if name:
            named = candidate.kind != "role" or name != candidate.mention
            self.speakers.append((offset, name, candidate.is_person, named))

    def _last_named_speaker(self, before: int) -> str | None:
        named = [
            n
            for offset, n, person, is_named in self.speakers
            if person and is_named and offset < before
        ]
        return named[-1] if named else None

    def _last_speaker(self, before: int, people_only: bool) -> str | None:
        names = [
            n
            for offset, n, person, _ in self.speakers
            if offset < before and (person or not people_only)
        ]
        return names[-1] if names else None

    def _last_role(self, before: int) -> str | None:
        """The nearest description of a person in the preceding sentences."""
        window = self.text[max(0, before - ROLE_LOOKBACK) : before]
        roles = list(ROLE.finditer(window))
        return roles[-1].group(0) if roles else None

    def _last_person(self, before: int) -> str | None:
        people = [e for e in self.entities if e.label == "PERSON" and e.end <= before]
        return people[-1].canonical if people else None


def _without_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _inside(offset: int, candidates: list[_Candidate]) -> bool:
    return any(c.start <= offset < c.end for c in candidates)


def _name_candidate(match: re.Match[str]) -> _Candidate:
    title = TITLE.match(match.group(0))
    start = match.start() + (title.end() if title else 0)
    return _Candidate(start, match.end(), match.string[start : match.end()], "name")
