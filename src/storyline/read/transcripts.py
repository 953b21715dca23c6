"""Interview transcripts: a paragraph opened by a speaker's name in capitals and a colon
("WALLACE: Let's start with ...", "PENCE: Well, look, ...") is that person's words.

Printed transcripts open each turn so, often inside one opening quotation mark that no
mark closes; read as narration, a host's question became a briefing's statement of fact
(a September 2016 report: "Trump invited Gennifer Flowers ... And she has accepted that
invitation." was Chris Wallace asking, and the briefing never gave Pence's answer that she
would not attend). A label is a turn only when it names a person the report names (its
last word is the surname of one full name the report gives, or the label is itself a name
the tagger read as a person's), so "UPDATE:", "VIDEO:" and "PUBLISHED:" are none; and the
report is a transcript only when two people take turns and it says so ("transcript") or
opens its turns with quotation marks: a "where they stand" list ("CLINTON: Opposes the
Trans-Pacific Partnership.") is the reporter's summary, not their words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from storyline.model import Quote

# A turn: at a paragraph's start, perhaps after an opening mark, one to three words in
# capitals, a colon, then the words said, to the paragraph's end.
TURN = re.compile(
    r"[ \t]*[“\"]?(?P<who>[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,2}):[ \t]+(?P<said>\S.*)"
)
# A turn's further paragraph: opened by a quotation mark, as each paragraph of a quotation
# that runs on is ("\"But the truth is that ..."), with no label of its own, and closing
# none before its end (a mark closed inside it opens the reporter's own quotation: "“We're
# done,” Trump said later.").
GOES_ON = re.compile(r"[ \t]*[“\"](?P<said>[^“”\"\n]+[”\"]?)[ \t\u00a0]*")
OPENED_BY_A_MARK = re.compile(r"[ \t]*[“\"]")
SAYS_SO = re.compile(r"\btranscripts?\b", re.IGNORECASE)
SAYS_SO_REACH = 200
# A reporter's sign-off that a page's marks caught with the last turn ("\"Follow Pam Key on
# Twitter @pamkeyNEN.\""): a paragraph naming a handle goes on with no one's turn.
HANDLE = re.compile(r"(?<![\w.])@\w{2,}")
# A stage direction between turns: "(CROSSTALK.)", "[LAUGHTER]".
DIRECTION = re.compile(r"[ \t]*[“\"]?[(\[][^)\]]*[)\]]\.?[”\"]?[ \t]*")
SPACES = " \t\u00a0"
OPENING = '“"'
CLOSING = '”"'


class _Speaker(NamedTuple):
    name: str
    label: str
    start: int
    end: int


def transcript_turns(text: str, people: list[str]) -> list[Quote]:
    """A direct quotation for each paragraph of a turn whose label names one of
    ``people`` (the names of persons the report gives). A paragraph opened by a mark after
    a turn goes on with it; a stage direction leaves it going; any other paragraph ends
    it."""
    turns: list[Quote] = []
    marked = 0  # turns opened by a quotation mark
    goes_on = False  # whether the current turn runs on into paragraphs opened by a mark
    speaker: _Speaker | None = None
    at = 0
    for paragraph in text.split("\n"):
        start, at = at, at + len(paragraph) + 1
        if not paragraph.strip() or (speaker and DIRECTION.fullmatch(paragraph)):
            continue
        said = TURN.match(paragraph)
        if said is not None:
            speaker = _speaker(said, start, people)
            goes_on = OPENED_BY_A_MARK.match(paragraph) is not None
            if goes_on and speaker is not None:
                marked += 1
        else:
            # (only a turn opened by a mark runs on into paragraphs opened by one)
            said = GOES_ON.fullmatch(paragraph) if speaker and goes_on else None
            speaker = speaker if said and not HANDLE.search(paragraph) else None
        if speaker is not None and said is not None:
            quote = _said(text, start + said.start("said"), start + said.end("said"), speaker)
            turns += [quote] if quote else []
    two_take_turns = len({t.speaker for t in turns}) >= 2
    return turns if two_take_turns and (marked >= 2 or _says_so(text, turns[0])) else []


def _says_so(text: str, first: Quote) -> bool:
    """Whether the report calls what follows a transcript, shortly before its first turn
    ("Partial transcript as follows:"; not "refused to release transcripts" anywhere)."""
    before = first.speaker_start if first.speaker_start is not None else first.start
    return SAYS_SO.search(text, max(0, before - SAYS_SO_REACH), before) is not None


def _speaker(turn: re.Match[str], offset: int, people: list[str]) -> _Speaker | None:
    """Whom a turn's label names: the full name whose surname it is, else the label
    written as a name when the tagger read it as a person's ("WALLACE" is "Wallace")."""
    label = turn.group("who")
    surname = label.split()[-1].lower().strip(".'’")
    # one person of that surname, the given name too when the label has it ("HILLARY
    # CLINTON" beside Bill Clinton); two of it and no given name: nobody sure
    given = label.lower().split()[-2] if len(label.split()) > 1 else None
    # (one person may be tagged twice, "John Smith" and "JOHN SMITH")
    full: dict[str, str] = {}
    for person in people:
        if len(person.split()) > 1 and person.split()[-1].lower() == surname:
            full.setdefault(person.lower(), person)
    if given is not None:
        full = {k: v for k, v in full.items() if given in k.split()} or full
    name = next(iter(full.values())) if len(full) == 1 else None
    if name is None and label.lower() in {p.lower() for p in people}:
        name = label.title()
    if name is None:
        return None
    return _Speaker(name, label, offset + turn.start("who"), offset + turn.end("who"))


def _said(text: str, start: int, end: int, speaker: _Speaker) -> Quote | None:
    """The words of a turn's paragraph: without a pair of marks around them ("TRUMP: “Our
    jobs ...”"), or without a closing mark left over from the one that opened the
    paragraph; a turn with marks still left open is left to the quotation rules."""
    while end > start and text[end - 1] in SPACES:
        end -= 1
    words = text[start:end]
    if len(words) > 1 and words[0] in OPENING and words[-1] in CLOSING and _balanced(words[1:-1]):
        start, end = start + 1, end - 1
    while end > start and text[end - 1] in CLOSING and not _balanced(text[start:end]):
        end -= 1
    while end > start and text[end - 1] in SPACES:
        end -= 1
    if end <= start or not _balanced(text[start:end]):
        return None
    return Quote(text[start:end], start, end, *speaker, True)


def _balanced(words: str) -> bool:
    return words.count("“") == words.count("”") and words.count('"') % 2 == 0


def outside_turns(quotes: list[Quote], turns: list[Quote]) -> list[Quote]:
    """The quotes with the turns among them in text order, less those inside a turn that
    are given to its speaker, to its label (read as a subject) or to no one: the turn holds
    them. What is given to another inside a turn stays ("Hillary Clinton apparently thinks
    ..." in Pence's turn is Clinton's thought, as Pence tells it)."""
    if not turns:
        return quotes
    kept = [q for q in quotes if not any(_held(q, turn) for turn in turns)]
    for turn in turns:
        at = next((i for i, q in enumerate(kept) if q.start > turn.start), len(kept))
        kept.insert(at, turn)
    return kept


def _held(quote: Quote, turn: Quote) -> bool:
    inside = turn.start <= quote.start and quote.end <= turn.end
    return inside and quote.speaker in {None, turn.speaker, turn.speaker_mention}
