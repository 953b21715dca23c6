"""A briefing's title and the headlines of its reports: which lines of a report are its
headline (the briefing shows them as titles, never as sentences), the headline a storyline
is titled by, a title cut from a sentence where no report has a headline, and a wire
report's dateline ("WASHINGTON (AP) --"), which is no part of either."""

from __future__ import annotations

import re

from storyline.brief.context import Context
from storyline.brief.view import teases, usable_title
from storyline.extract.site import page_names
from storyline.extract.words import STOPWORDS, first_words, fold, words
from storyline.model import Article, Event
from storyline.people import NAME_LABELS, is_time_word
from storyline.read import told_lead_date


def is_headline(article: Article, start: int, end: int) -> bool:
    """The article's title line, its headline line, or a line in title case ("Poll: Wealthy
    Voters Abandon Republican Party"): a headline, which the briefing's title and sources
    already give."""
    text = article.text[start:end].strip()
    if article.title and fold(text).rstrip(".") == fold(article.title).rstrip("."):
        return True
    if (_after_dateline_line(article.text, start, end), end) in headline_lines(article):
        return True  # (a dateline line the splitter joined to it is no part of it)
    words = [w for w in text.split() if w[:1].isalpha()]
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) >= 4 and capitalised >= 0.7 * len(words)


# A headline is short: an untitled article's first line of at most this many words
# heads it ("Partisan fireworks over Clinton aides' immunity deals."), and its block (up
# to the first blank line), when at most twice as long, is the headline and its deck
# ("Super PAC haul surges past $1B; / Small group of rich donors pushes tally ...").
HEADLINE_WORDS = 15


def headline_lines(article: Article) -> list[tuple[int, int]]:
    """The sentences of the headline block of an article stored without a usable title:
    its first lines (after an address or date line) up to a blank line, when the first is
    short, the block at most twice as long, and text follows. A report opens with a
    sentence of 25 words or more; short lines standing alone above it are its headline,
    whether or not they end with a full stop."""
    if usable_title(article.title):
        return []
    text = article.text
    for index, (start, end) in enumerate(article.sentences):
        after = _after_dateline_line(text, start, end)  # "KANSAS CITY, MO (KCTV) -"
        if after > start and "\n" in text[after:end].strip():
            return []  # a dateline above a report's hard-wrapped first sentence
        start = after
        if start >= end or not usable_title(text[start:end].strip()):
            continue  # the page's address, date or dateline line above the headline
        if text[:start].strip() and not text[:start].rstrip(" \t").endswith("\n"):
            return []
        line_end = text.find("\n", start)
        block_end = text.find("\n\n", start)
        if block_end >= 0 and text[start:block_end].rstrip().endswith((";", ":")):
            block_end = text.find("\n\n", block_end + 2)  # "Headline;" goes on in a deck
        if line_end < 0 or block_end < 0 or not text[block_end:].strip():
            return []  # nothing follows: the text is all headline, or one paragraph
        block = [(start, end)] + [
            (s, e) for s, e in article.sentences[index + 1 :] if s < block_end
        ]
        short = len(text[start:line_end].split()) <= HEADLINE_WORDS
        if not short or len(text[start:block_end].split()) > 2 * HEADLINE_WORDS:
            return []
        return block
    return []


def _after_dateline_line(text: str, start: int, end: int) -> int:
    """Where the sentence at ``start`` goes on after a wire dateline on a line of its own
    (the splitter may join it to the headline line below); ``start`` when it has none."""
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    match = DATELINE.match(text, start) or AGENCY_DATELINE.match(text, start)
    if match is None or match.end() < line_end:
        return start
    rest = text[line_end:end]
    return line_end + len(rest) - len(rest.lstrip())


def _headline_line(article: Article) -> tuple[int, int] | None:
    lines = headline_lines(article)
    return lines[0] if lines else None


def headline_text(article: Article) -> str | None:
    """The article's headline line as a title, without the full stop or the semicolon a
    headline with a deck ends with; not a line that names nothing, which is a report's
    teaser or a lead leaning on what follows ("School field trips aren't what they used to
    be", "There were conflicting reports about the outcome of the operation": read as
    titles of rumour briefings, they told a reader nothing of the story)."""
    span = _headline_line(article)
    if span is None:
        return None
    line = article.text[span[0] :].split("\n")[0].strip().rstrip(" .;:")
    return line if _names_something(line) else None


def _names_something(line: str) -> bool:
    """A capitalised word that is no function word, day, month or holiday ("Japan enters
    recession"; not "There are Christmas miracles after all"), or a figure."""
    words = [w.strip(STRAY_PUNCTUATION) for w in line.split()]
    return any(
        w[:1].isupper() and fold(w) not in STOPWORDS and not is_time_word(w) for w in words
    ) or any(c.isdigit() for c in line)


STRAY_PUNCTUATION = "\"'“”‘’,.:;!?()[]"
# A title is a whole sentence of at most this many words, else the sentence cut where a
# clause ends (before a comma, a dash, "given", "after" ...) after at least the fewer
# words, else its first words. ("that" is no such end: "The author said in her blog" and
# "you certainly don't expect" were cut there.)
TITLE_WORDS = 20
TITLE_LEAST_WORDS = 8
# Punctuation ends a clause before a subordinating word does ("... became members of NATO,
# less than a decade after ..." was cut at "after": "..., less than a decade").
TITLE_CUT = re.compile(r",\s|\s[—–-]+\s|;\s")
TITLE_CLAUSE_CUT = re.compile(r"\s(?:given|because|after|as|while|when)\s")
ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.[A-Za-z]\.|\.\.\.)$")
# Where nothing stronger ends a clause, "and" or "but" may (not inside a name: "the
# Securities and Exchange Commission").
TITLE_WEAK_CUT = re.compile(r"\s(?:and|but)\s")
# A capitalised word on each side of the "and": one name.
CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w.&'’-]*$")
# The subject still going on after a cut: its verb next ("..., was named president"), or
# after a name or description set off by commas ("and its chairman, Burt Sugarman, said"):
# cut there, a title is a subject with nothing said of it.
PREDICATE = (
    r"(?:said|says|was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|"
    r"did|does|announced|reported|told|added|agreed|declared|plans|planned|expects|expected|"
    # (or a verb in the past: "said its subsidiary, Home Nutritional Services Inc.,
    # registered with the Securities and Exchange Commission")
    # (not a participle's: "battered by", "based in")
    r"became|named|(?!based\b)[a-z]{3,}ed\b(?!\s+by\b))\b"
)
SUBJECT_GOES_ON = re.compile(rf"(?:[^,;]{{1,80}}?,\s+){{0,2}}{PREDICATE}")
# After "and", "but" or "after", only a verb after words set off by commas is the
# subject's ("and its chairman, Burt Sugarman, said"); a verb right away is the sentence's
# second ("... positioned Clinton as the most qualified and said ..."): the clause before
# is whole.
SUBJECT_SET_OFF_BY_COMMAS = re.compile(rf"(?:[^,;]{{1,80}}?,\s+){{1,2}}{PREDICATE}")


def title_of(sentence: str) -> str:
    """A title from a sentence, when no report has a headline: the sentence if short, else
    up to the last clause boundary within ``TITLE_WORDS`` words (a cut mid-phrase, "The TV
    streaming services market may be on the verge of the…", reads as a fragment)."""
    text = sentence.strip()
    if text.endswith(".") and not ABBREVIATION_END.search(text):
        text = text[:-1]  # (not the stop of "the U.S." or "2 a.m.", nor an ellipsis)
    words = text.split()
    if len(words) <= TITLE_WORDS:
        return text
    reach = len(" ".join(words[:TITLE_WORDS]))
    for boundary, goes_on in (
        (TITLE_CUT, SUBJECT_GOES_ON),
        (TITLE_CLAUSE_CUT, SUBJECT_SET_OFF_BY_COMMAS),
        (TITLE_WEAK_CUT, SUBJECT_SET_OFF_BY_COMMAS),
    ):
        cuts = [
            m.start()
            for m in boundary.finditer(text, 0, reach)
            if len(text[: m.start()].split()) >= TITLE_LEAST_WORDS
            and quotes_balanced(text[: m.start()])
            and not goes_on.match(text, m.end())
            and not _joins_a_name(text, m)
        ]
        if cuts:
            title = text[: cuts[-1]].rstrip(" ,;")
            # (a word leading into a clause cut off: "two more weeks even [after ...]")
            return title if boundary is TITLE_CUT else _without_a_dangling_modifier(title)
    if len(words) <= WHOLE_TITLE_WORDS and len(text) <= WHOLE_TITLE_CHARS:
        return text  # a long headline reads better than one cut mid-phrase
    return first_words(text, CUT_TITLE_WORDS)


# A sentence with no clause boundary to cut at is a title whole up to this many words
# (TimeBank's untitled 1989 reports: 8 of 30 titles were their leads cut at 14 words, "...
# said it offered to buy the shares of POP…", the news left out; at 32 words a later
# read found titles of 30 and more hard to read), else its first words with "…".
WHOLE_TITLE_WORDS = 25
WHOLE_TITLE_CHARS = 200
CUT_TITLE_WORDS = 18


# Words that belong to the clause a cut leaves out ("even after", "shortly before", "just
# as"): "... for at least two more weeks even" titled an AQUAINT briefing.
DANGLING_MODIFIERS = frozenset(
    [
        "even",
        "only",
        "just",
        "shortly",
        "soon",
        "right",
        "long",
        "well",
        "especially",
        "particularly",
        "mainly",
        "partly",
        "largely",
        "not",
    ]
)


def _without_a_dangling_modifier(title: str) -> str:
    head, _, last = title.rpartition(" ")
    if fold(last) in DANGLING_MODIFIERS and len(head.split()) >= TITLE_LEAST_WORDS:
        return head.rstrip(" ,;")
    return title


def _joins_a_name(text: str, cut: re.Match[str]) -> bool:
    """The "and" stands inside a name ("the Securities and Exchange Commission") or joins
    two participles of one phrase ("the man's dismembered and decapitated body")."""
    if cut.group().strip() != "and":
        return False
    before = text[: cut.start()].split()[-1:]
    after = text[cut.end() :].split()[:1]
    if before and after and before[0].endswith("ed") and after[0].endswith("ed"):
        return True
    return (
        text[cut.end() : cut.end() + 1].isupper()
        and CAPITALISED_BEFORE.search(text, 0, cut.start()) is not None
    )


def any_title(article: Article, opening: str = "") -> str:
    """A title for a storyline none of whose reports has a sentence to tell (a page that
    held only its headline, a run of quotations): the lead report's own title, whatever
    it is, else its ``opening`` words, before none."""
    titled = usable_title(article.title, article_page_names(article))
    return titled or opening.strip() or "Untitled storyline"


def article_page_names(article: Article) -> frozenset[str]:
    """The names a page's title may end in: its outlet, writer and site."""
    return page_names(article.outlet, article.author, url=article.url)


def storyline_headline(lead: Article, event: Event, ctx: Context) -> str | None:
    """The lead article's headline (its title, else its headline line), else the headline
    of another report of its event; one that names something. Not the headline of a
    report published before the day the lead tells, which cannot tell it (an opinion
    column of April 7 the clusterer had put in the event of Megyn Kelly's visit to Trump
    Tower on April 13 headed its briefing: a reader's check of April 2016 campaign news;
    the event's own date was the column's, its earliest report's)."""
    # (the day the lead tells, not its publication day: a lead published the day after,
    # naming no day, does not rule out the reports of the event's own day, a review's case)
    day = told_lead_date(lead) or event.date
    others = (ctx.articles[a] for a in event.article_ids if a in ctx.articles)
    reports = [lead, *(r for r in others if not _published_before(r, day))]
    for report in reports:
        titled = usable_title(report.title, article_page_names(report))
        if titled is not None and teases(titled):
            continue  # (a teaser tells nothing of the story: another report's, or the lead's)
        if titled is not None and report.title_source in DECLARED_TITLES:
            # The title the page or the input declares is its publisher's headline, even
            # one that names nobody ("The 'birth lottery' and economic mobility"), if it
            # is one of three words or more.
            if len(titled.split()) >= HEADLINE_LEAST_WORDS:
                return without_deck(titled)
            continue
        # A headline found in the text may be a teaser or a lead leaning on what follows:
        # it must name something ("School field trips aren't what they used to be" told a
        # reader of the briefing nothing of the story).
        line = titled or headline_text(report)
        if line and not teases(line) and a_headline(line, _entity_words(report)):
            return without_deck(line)
    return None


def _published_before(report: Article, day: str | None) -> bool:
    return bool(day and report.published and report.published[:10] < day[:10])


# Titles a publisher or the input declares (``Article.title_source``), not found in the text.
DECLARED_TITLES = frozenset(["given", "page"])


def a_headline(title: str, named: frozenset[str] | None = None) -> bool:
    """Three words at least ("Actual women" heads a section), naming something. In a title
    whose every word is capitalised, capitals tell nothing ("There Were Conflicting Reports
    About The Outcome Of The Operation"): there it names something when it holds a word of
    a name its report gives (``named``, folded), or a figure."""
    if len(title.split()) < HEADLINE_LEAST_WORDS:
        return False
    if named is not None and _title_case(title):
        return bool(set(words(title)) & named) or any(c.isdigit() for c in title)
    return _names_something(title)


def _title_case(title: str) -> bool:
    content = [w for w in title.split() if w[:1].isalpha() and fold(w) not in STOPWORDS]
    return len(content) >= HEADLINE_LEAST_WORDS and all(w[0].isupper() for w in content)


def _entity_words(article: Article) -> frozenset[str]:
    """The folded words of the names the report's tagger found (people, organisations,
    places ...)."""
    return frozenset(w for e in article.entities if e.label in NAME_LABELS for w in words(e.text))


HEADLINE_LEAST_WORDS = 3


def without_deck(title: str) -> str:
    """A long "headline; deck" title's headline ("Laura Bush sees 'Hope,' help for Afghan
    women; Former first lady Laura Bush wrote the introduction for a new book, . She sat
    down ..." titled a March 2016 briefing)."""
    parts = DECK_BREAK.split(title, maxsplit=1)
    if len(parts) == 2 and len(title.split()) > HEADLINE_WORDS and len(parts[0].split()) >= 3:
        return parts[0].strip()
    return title


# The ";" between a headline and its deck (not one ending a character reference, "&amp;").
DECK_BREAK = re.compile(r"(?<!&[a-z]{2})(?<!&[a-z]{3})(?<!&[a-z]{4})(?<!&#\d{2})(?<!&#\d{3});\s")
# A wire dateline opening an article's first sentence: a place in capitals, perhaps its
# state and the day ("WASHINGTON, Aug. 24"), perhaps the agency ("(AP)"), then a dash:
# "WASHINGTON -- President Obama ..." reads "President Obama ..." in a briefing. The New
# York Times' wire writes its dash as "_" ("MIAMI _ Even miles away ...") and heads a
# report filed from no one place "(Undated)": both had titled AQUAINT's reports and a
# briefing's digest ("## (Undated)").
DATELINE = re.compile(
    r"(?:\((?:[Uu]ndated|UNDATED)\)(?:\s*(?:--|[_—–―-]))?\s+(?=[A-Z0-9“\"])|"
    r"(?=[A-Z.'’ ]*[A-Z]{3})"  # a word of three capitals at least: not "U.S. - China"
    r"[A-Z][A-Z.'’]+(?:\s+[A-Z][A-Z.'’]+){0,2}"
    r"(?:,\s*[A-Z][\w.'’]*(?:\s+(?:[A-Z][\w.'’]*|\d{1,2}))*)*"
    r"(?:\s*\([^()]{1,40}\))?(?:\s*(?:--|[_—–―-])\s+|\s*[—―]\s*)(?=[A-Z0-9“\"]))"
)
# A place (in any case) and a wire agency in brackets, then a dash: "Cleveland (AFP) –",
# "WASHINGTON (Reuters) -", "PHILADELPHIA, July 25 (UPI) —" (July 2016 review).
AGENCY_DATELINE = re.compile(
    # (or a day alone: "Dec 29 (Reuters) -", a November 2015 lead)
    # (or nothing: "RENO, Nev. (AP) —" split after "Nev." leaves "(AP) — Republican ...")
    r"(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|"
    r"[A-Z][\w.'’]*(?:[ ,]+[A-Z][\w.'’]*){0,3}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?)\s*)?"
    # ("(AP)_": the AP wire of the 1990s wrote its dash as an underscore)
    r"\((?:AFP|AP|Reuters|UPI|Bloomberg|dpa|Xinhua|CNN|Sputnik|TASS)\)\s*(?:--|[_—–―-])\s*"
    r"(?=[A-Z0-9“\"])"
)


# A typewriter double mark ('') but a height's inches ("6'2''").
TYPEWRITER_DOUBLE = re.compile(r"(?<!\d)''")


def quotes_balanced(text: str) -> bool:
    """Every quotation opened is closed: double marks of any style come in pairs (a source
    may open with “ and close with "), typewriter ones too (an archive's ''...'' and
    ``...'': a PolNeAR briefing had cited the first of a banker's two quoted sentences,
    its quotation left open)."""
    marks = text.count("“") + text.count("”") + text.count('"')
    # (not a height's inches: "the 6'2'' forward", a review's case)
    typed = len(TYPEWRITER_DOUBLE.findall(text)) + text.count("``")
    return (marks + typed) % 2 == 0
