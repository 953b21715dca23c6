"""The extractive briefing: every sentence is a sentence of a source, cited to it and to
the other independent sources that support it. Nothing is written that no source says.

Sections follow the seed digest: title, one-line summary, main article (the latest event),
additional developments (earlier events, dated), reactions and implications, timeline,
key quotes (verbatim, attributed), sources, and the flags of the comparison stage.

What it reads of a storyline is one ``brief.context.Context``; titles and headlines are
``brief.titles``, how two sentences' words compare ``brief.wording``, and whether a flag's
point is told by another outlet ``brief.told``.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from storyline.brief.context import Context
from storyline.brief.marks import curly_quotes
from storyline.brief.said_when import said_day
from storyline.brief.scope import events_by_date
from storyline.brief.summary import entity_counts
from storyline.brief.titles import (
    AGENCY_DATELINE,
    DATELINE,
    any_title,
    article_page_names,
    headline_lines,
    headline_text,
    is_headline,
    quotes_balanced,
    storyline_headline,
    title_of,
)
from storyline.brief.told import another_outlet, not_told_twice, told_elsewhere
from storyline.brief.view import SINGLE_SOURCE, site_of_title, teases, usable_title
from storyline.brief.wording import (
    FIGURE,
    NEGATION,
    hedges,
    restates,
)
from storyline.compare.names import PersonNames, person_names
from storyline.compare.overlaps import holding, pairs_sharing
from storyline.compare.stance import names_none_of
from storyline.compare.stance_features import DENIAL, lexicon
from storyline.compare.support import (
    check_quotes,
    claims,
    normalise,
    same_publication_day,
    same_utterance,
    sentence_index,
    sentences_by_article,
    source_of,
    stands_in,
)
from storyline.extract.site import host_and_path, outlet_from_url
from storyline.extract.text import SENTENCE_BREAK, is_dateline_line, is_heading_like
from storyline.extract.words import (
    STOPWORDS,
    content_stems,
    first_words,
    fold,
    stem,
    stem_set,
    words,
)
from storyline.model import (
    Article,
    Briefing,
    BriefSentence,
    CheckedQuote,
    Citation,
    Claim,
    Contest,
    Entity,
    Event,
    KeyQuote,
    Quote,
    Source,
    Storyline,
    TimeExpr,
    TimelineEntry,
)
from storyline.people import (
    ACTOR_LABELS,
    FIRST_NAMES,
    MONTHS,
    NAME_LABELS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    SIGNER,
    agrees,
    is_country_name,
    is_full_name,
    is_name,
    is_time_word,
    is_title_fragment,
    known_first_name_opens,
    person_for,
    strip_title,
    word_list,
)
from storyline.per_report import kept_answer, per_report, stamp_of
from storyline.read import lead_date, told_lead_date
from storyline.read.blocks import in_quoted_block
from storyline.read.dating import a_short_line
from storyline.read.timex import day_of
from storyline.settings import DEFAULT, Settings
from storyline.spans import Reach

# brief-7: which sources a sentence cites and which report it (compare/support.filing);
# brief-8: no date added inside a `typewriter' quotation;
# brief-9: a briefing reads a bounded part of its storyline (brief/scope.py), so a stored
# briefing of a larger storyline, composed whole, is composed again;
# brief-10: the stances that cannot matter are not classified (support.claims' overlap bar);
# the briefings are the same, and are composed once again;
# brief-11: a sentence inside a quotation its paragraph opened is no single-source claim.
# brief-12: a question (a writer's rhetorical one) is no digest sentence, reaction or flag.
# brief-13: a wire dateline is not shown with an article's first sentence; a resolved date
# goes after a possessive and not after a month and day of the publication's year;
# typewriter quotation marks are shown curly; a bare surname opening a sentence's people
# gets its first name in brackets; another source's restatement lifts "single source", a
# retelling makes it "not confirmed"; no name goes into a quotation; more sentences lean
# ("So", "so did", a closing "it"), a line ending with a colon is none; an event's line
# shows its sentence's report's day within the event's span.
# brief-14: a flag opening with "He"/"She" names whom the reader read the pronoun as, when
# it did; flags, evidence and titles print typewriter quotes curly (brief/marks.py); a
# sentence the next one points back at ("But back then, in 2014, ...") or one in the past
# tense right after a sentence of a year two or more before the event's recalls; a "his"
# or "her" whose owner the sentence does not name leans on the sentence before; the middle
# of a quotation, the writer's own first person, a transcript's "Q:" and a paragraph under
# a speaker's label in capitals are no statement; "In response, ..." leans; two quotations
# are one statement reworded only when most content words are shared; a wire agency's
# dateline ("Cleveland (AFP) –") is cut wherever its sentence is shown, flags too; a dated
# line whose sentence names no day and whose date is its report's says "(reported)".
# brief-15: a dateline after a headline and a deck is cut too; a sentence comparing with
# one told before ("Just as intriguing was ...", "More important, ...", "Likewise") leans;
# so do more connectives ("for instance", "went on", "Six stops later", "In that sense");
# a sentence that is a quotation and nothing else, or opens one and does not close it, is
# no statement (its speaker is named elsewhere); a decade ("in the 1960s") and standing
# background ("has long used", "has been held up throughout") are history; a timeline of
# one line is not shown (brief/view.py; the JSON keeps it); two people named by name say
# nothing in each other's words, and a rewording shares two content words at least
# (compare/support.py); a described speaker's opening determiner prints in lower case
# after its dash ("— a senior Obama administration official", brief/view.py).
# brief-16 (November 2015 review): the writer's "we" ("we've asked Chipotle to cater",
# "our first debate") is no report, unless a speech verb comes before it; "That's ..." and
# "Well, ..." lean; no first name goes inside a longer name ("Aung San Suu [Suu] Kyi");
# a "She" after a sentence whose subject is "she" is named from the one before ("She
# [Milton Berg]"); an event's timeline line is its report's first sentence, not its
# headline; a key quote has four words at least, a piece of a sentence seven ("No", "burn
# bag"); a quotation under three words is found in no other text by substring
# (compare/support.py); a briefing of one independent source marks no quote "no other
# source" (brief/view.py).
# brief-17: each source's closest sentence to a claim is exact however large the briefing
# (compare/overlaps.py), not the result of a search cut short in a big storyline; a
# source's sentence that says the claim again in other words supports it
# (support._restates).
# brief-18: a paragraph a report reproduces after a line such as "The article begins:"
# (read/blocks.py) is someone's text: not told as the briefing's own, and no support.
# brief-19: "not confirmed" only where a reporting source hedges, else "also reported"; a
# headline that names nothing is no title, and a title made from a sentence ends where a
# clause does.
# brief-20: a report's lead that the other reports of its event tell in their own words is
# no flag (unless it denies); a sentence cut after a person's initials ("director J.J.") is
# no statement; "In that incident ...", "Others ..." and "You'd ..." lean on what came before.
# brief-22 (review): a title keeps the stop of "the U.S." and "2 a.m."; only two initials
# after a word that is no determiner cut a sentence ("director J.J.", not "the F.B.I.");
# a reproduced paragraph runs to the next blank line (read/blocks.py). A headline in Title
# Case names something only by a word of a name its report gives.
# brief-24: a title shows without the site or writer a page title ends in ("... | Jo Roy").
# brief-25: a sentence's capitalised first word before a surname is a first name unless it
# opens sentences ("Eloise Parry, 21," was printed "Eloise [Fiona] Parry").
# brief-26: two initials after a capitalised name cut a sentence too ("President George
# H.W."), and the rest of it ("Bush held back ...") is no statement either.
# brief-27: a title the page or the input declares is the publisher's headline, with no
# test of naming something (that test is for headline lines found in a text).
# brief-28: a checked quote keeps where it stands in its article (a link to it marks it).
# brief-29: a storyline's main entities tie-break by mentions, then name (not a set's order),
# and the tagger's misreadings ("dans", a name over three lines) are none.
# brief-30: "That high price ..." and "In the process ..." lean on what came before.
# brief-31: a declared title that is the page's own name (its outlet) is no headline.
# brief-32 (review): a main entity the tagger writes in lower case stays ("the United
# States"); a title opening a sentence ("Congressman Shuster") still gets the first name;
# initials after a place ("Kelowna B.C.") cut nothing; "That the ..." leans on nothing; the
# new opposite actions count on the same thing in the same years only.
# brief-33 (second review): Canada's provinces' initials end a sentence ("Victoria B.C.");
# an outlet written as its site names the page ("theguardian.com" is The Guardian).
# brief-34: an untitled source is shown by its first sentence after a dateline line; a
# source published before the day a claim tells as past neither reports nor confirms it.
# brief-35: a wire's typewriter dash ("is _ period") is punctuation when quotes are compared.
# brief-36: another calendar day for the same happening disagrees ("arrived ... April 2"
# against "on April 6"); a day is no count ("April 2 to reclaim").
# brief-37: "Earlier that day", "Eight of them", "The group" lean on what came before.
# brief-38: a claim another source reporting it restates in nearly the same words is no flag.
# brief-39 (review): refusals of more or by another deny nothing; another day dates the same
# words only when all its lead words match; a flag goes only when another source has nearly
# all of its own words; the published-before rule keeps days of saying, a day's slack and
# disagreements; "Most of those killed" reads alone.
# brief-40: a source is filed (and cited) as the article whose sentence it is, a copy too.
# brief-41 (second review): a refusal is a negation when sentences are compared.
# brief-42: a point another outlet tells (restated, or told in part with every detail of
# it) is no flag, nor is a flag that tells it; a restatement names no other place or
# person; the developments a digest shows are its weightiest events; "Eight of those are"
# leans.
# brief-43: an event's line shows the day its report's lead tells (``read.lead_date``),
# not a day only the report's body names.
# brief-44: one outlet under several names ("AP", "apnews.com") is one (``outlet_key``).
# brief-45: a reaction naming what it responds to only as "the request" is not listed.
# brief-46: a flag holding a "he" it names no one for is not listed; an acronym the
# tagger read as a surname gets no first name in brackets ("the super [Hillary] PAC").
# brief-47 (review): a reaction's "the remarks Trump made" says which; a day in an aside
# or in the possessive is no telling of the event's day; outlets of a country's site
# keep their whole name.
# brief-48 (July 2016 read): a sentence leans that opens with a phrase naming no one and
# then a pronoun ("In the news conference, he accused ..."), with "For starters",
# "Fortunately for them" or "Many were"; the Markdown writes an "&"
# as it stands unless it would open a character reference ("Fox & Friends"); a dateline
# under a title-case headline ending on a stop is cut; a text closing on a columnist's or
# an author's note is an opinion piece.
# brief-49 (review): "Like X,", "For another", "Unfortunately for <name>" and "Some are" no
# longer lean; a column's note only in the present, a scholar's only the byline's; what
# "appeared poised to" happen is no flag.
# brief-50: flags an editor wants: a quotation only one outlet has is listed only when
# another outlet quotes the same speaker on the same point in other words (once a point,
# the other wordings beside it); the storyline's other events flag only what another
# source tells with another date or figure; a subjectless list item, the cut-off cue of a
# "!" quotation and a writer's supposition are no statements.
# brief-51: a report of another day of publication tells a point otherwise only by a date
# named by its month or year (its figures are updates, its "Thursday" another day:
# MEANTIME's two days' Dow Jones figures were flagged), and a background event's claim only
# by its own event's reports.
# brief-52: a quotation is word for word in another source only as whole words ("of the
# law" is not in "of the laws": compare/support.stands_in).
# brief-53: what someone had said or expected before, turned by the paragraph's next
# sentence ("The IMF had warned ... But on Tuesday, it increased ..."), is history.
# brief-54: the summary's sentence may be any of the eight opening ones (a feature's
# anecdote ran to the sixth); "In another email, ..." and "Another ..." lean.
# brief-55: a sentence leans as printed, after its wire dateline ("HEMPSTEAD, N.Y. ― If it
# worked ..., it might ..."), and an opening clause on "it" whose main clause opens on "it".
# brief-56: "The two ...", "The three ..." lean; a sentence ending in a typewriter
# closing quote ('') ends a sentence.
# brief-57: a time of a later year is no history ("... control Congress next year").
# brief-58: two quotations share no contraction's stub ("don" of "don't") as a word.
# brief-59 (a review): the past perfect a next "But" turns is a main clause's ("who had
# escaped" is none), after "already" or "not" too; "Another 20 people" is a count.
# brief-60: a longer name that adds a figure ("Guccifer 2.0") is another person's.
# brief-61: a caption taken for a name ("Marco Rubio Responds To Question") is no one's.
# brief-62: a sentence opening a quotation it never closes leans on the sentences after.
# brief-63: a report its publisher files as opinion (section, address, title label, a
# label as its first paragraph: ``labelled_opinion``) is an opinion piece, and so is a page
# of readers' posts, each signed by a handle alone (``_readers_posts``).
# brief-64: an organisation's name that holds a person's ("Trayvon Martin Foundation") is
# no fuller name of that person across a storyline, and a possessive no first name to put
# in brackets ("[Trump’s] Indiana GOP insiders").
# brief-65: a closing note giving the byline writer's office ("Mr. Phillips is Director of
# ...", "... is president of Butler University") makes the piece an op-ed.
# brief-66 (review): sections as a whole, no court's or government's folders, a handle
# after a post, the byline's whole name in a writer's note, no newsroom role.
# brief-67 (second review): a section naming opinion words but news ones ("Guest Columns",
# not "Public Opinion"); no signal on a government's or court's site; a post is a sentence;
# a writer's name without middle initials; a newsroom role only right after "is".
# brief-68: a text a report gives whole after its introduction (a memo "which reads:", a
# post after "wrote:") is its author's voice, not counted as the writer's for opinion.
# brief-69: the gloss of a figure standing alone ("$50 million." / "The amount ...") is no
# statement; the lead headline heads its section only where it tells more than the title.
# brief-70: a writer's note the cleaner took off (it opens on the byline's name) signs the
# piece too; a note may give who the writer is before "is"; a coordinator's office counts.
# brief-71: "the decision", "the warning", "the move", "the remarks" (unless the sentence
# says which) and a clause opening on "the company"/"the group" lean on the sentence before.
# brief-72: a quotation alone closes on its own marks, not on a quotation inside it.
# brief-73 (review): a gloss opens as one ("The amount ..."); a quotation alone closes on
# any mark where its own is missing; a note saying who someone is before "is" signs a
# column only as the byline's writer; "the company said" names what it speaks of.
# brief-74: a teaser headline ("... These 2 Words ...", "Here's Why ...") titles no
# briefing, heads no main account and names no timeline line (``view.teases``).
# brief-75: a quotation's speaker given by description is the one person another source
# names for the same words (``_named_by_another_source``).
# brief-76: the news peg is one of the report's first sentences (``PEG_REACH``); a
# timeline line of an opinion piece's sentence says so.
# brief-77 (review): a teaser needs a cue of its own or hype beside a weak one, and a
# headline line found in the text is held to it too; another source names a described
# speaker only for the same utterance of its event, not a longer quotation holding it;
# a deck stands on a line of its own; the peg's reach counts statements only.
# brief-78: that utterance is found in the other quotation as whole words (``stands_in``).
# brief-79: a quotation signed only by a name or handle ("“…” — Hillary Clinton.", an
# embedded post) is a bare quotation, no digest sentence.
# brief-80 (review): a signer is held to ``people.SIGNER``, as extracting is.
# brief-81: a sentence that only announces the next ("Something rare happened Monday.")
# is no statement.
# brief-82: typewriter quotation marks ('' and ``) must come in pairs too in a sentence
# shown (``titles.quotes_balanced``).
# brief-83: an organisation's initials are no part of a longer name across a storyline
# ("GM" is not "New GM": ``compare/names.INITIALS``).
# brief-84: a surname alone is the one full name the storyline's quotations give it, when
# telling whether two speakers are two people (``support._SpeakerNames``).
# brief-85 (review): only "something / nothing happened" announces the next sentence; a
# height's inches are no quotation mark; a name in capitals another mention writes in
# lower case is that name, not initials; a surname is found past "Jr.".
# brief-86: "MIAMI _" and "(Undated)" are datelines, no report's headline
# (``titles.DATELINE``); a title cut before a clause drops the word leading into it ("two
# more weeks even").
# brief-87: a source that never mentions any of a claim's names (but a firm's "Corp.")
# neither supports, contradicts nor reports it, and another report's sentence about such
# another subject is no retelling of a shown one (``stance.names_none_of``).
# brief-88: a title from a lead with no clause to cut at is the lead whole (up to 32
# words), never cut before a verb in the past or inside "Securities and Exchange"; a
# sentence naming its speaker before ", he said" reads alone; "NPR's Elaine Corey has more
# from San Francisco." is a broadcast's hand-over.
# brief-89 (review): a source names a claim's subject in any spelling (a possessive, a
# hyphen, initials, a demonym's first letters) and the claim's opening word is a name only
# where its report writes it capitalised inside a sentence; a news peg is turned down
# only for the market's answer or "also" right after its subject; a period's end needs
# its period ("quarter ended"); a speaker named before ", he said" is its clause's
# subject of that gender; broadcast hand-overs and editorial introductions are read more
# narrowly; a title cut at punctuation keeps its last word, a whole one at most 240
# characters.
# brief-90: a storyline with no sentence to tell and no title is titled by its lead
# report's first words, not "Untitled storyline".
# brief-91: a broadcast transcript (a hand-over or sign-off, or three marks of speech:
# "uh", "I mean", "you know", "w- well") is no opinion piece by its recorded voices.
# brief-92 (a third read): a lead is a title whole up to 25 words (32 read badly), else
# its first 18 words; "and" between two participles is no place to cut.
# brief-93: a sentence opening on a bare "Earlier,", "Later,", "Previously," or
# "Afterwards," leans on the one before (a BBC briefing's summary).
# brief-94: two capitalised headline words may stand in the text as one ("Time Warner",
# "TimeWarner") when the sentence that tells the headline is looked for.
# brief-95 (review): only two adjacent capitalised words are joined ("TimeWarner").
# brief-96: a key quote taken up mid-sentence is shown in its writer's sentence.
# brief-97: a country's name the tagger took for a surname gets no first name in brackets.
# brief-98: a key quote of another event, on another day, carries that day.
# brief-99: so does a reaction.
# brief-100: "One year later", "A day earlier", "Years later" lean on the sentence before.
# brief-101: the day a report tells of dates its quote or reaction before its event's.
# brief-102 (review): two pieces of one sentence print it once; "Turkey", "Britain",
# "Burma", "Congo" are countries' names too.
# brief-103: a key quote or reaction carries the day its own sentence (or its speaker's
# words just before) gives, else its report's lead's, else its report's day marked as
# only reported.
# brief-104: everyday verbs ("know", "go") make no two quotations one point.
# brief-105: a report published before its event's day gives the briefing no headline.
# brief-106: a date naming the writing that holds a quote is its day; words set at
# another time take no day from the speaker's words before.
# brief-107: an account one source tells alone says so once, not on every line.
# brief-108: a claim holding words another outlet quotes too is no single-source claim.
# brief-109: a key quote standing in another's printed sentence is not printed again.
# brief-110 (review): a day of saying is no topic's, apposition's nor one a "will" in
# the words announces; the speaker's words before are walked back to only from a bare
# cue, past no other time; a lead's day is "reported" only where the lead tells none; a
# key quote whose sentence holds a chosen one replaces it; brief-108 taken back.
STAGE_VERSION = "brief-110"
# A reaction is someone responding: a verb of response, not any sentence with "said", a
# modal or a quotation (testimony about the happening is the happening, not a reaction).
# The verb as a verb, told (past tense, or the present of someone's act): "condemned",
# "urges", "called for"; not its noun or adjective ("nonstop demands", "urgent fix", "gut
# reaction", "protests"), nor its bare form ("asked the crowd to welcome the governor").
REACTION = re.compile(
    r"\b(?:(?:respond|react|criticiz|criticis|reject|condemn|welcom|warn|denounc|deplor|"
    r"prais|hail|applaud|slamm|blast|urg|vow|lament|mourn|demand|protest|accus|blam)ed|"
    r"(?:respond|react|criticize|criticise|reject|condemn|welcome|warn|denounce|deplore|"
    r"praise|applaud|slam|urge|vow|lament|mourn|accuse|blame)s|"
    # (the verb, not the noun: "they do not make a definitive call on which is better")
    r"(?<!\ba )(?<!\bthe )(?<!\bdefinitive )(?<!\bfinal )(?<!\bphone )(?<!\bclose )"
    r"call(?:ed|s)? (?:for|on)|in (?:response|reaction) to|expressed (?:concern|regret|"
    r"sorrow|support|outrage|surprise|hope|condolences)|voiced|denied|denies)\b",
    re.IGNORECASE,
)
# A response told inside a relative clause describes someone ("the Saudi government, which
# has strongly denied any involvement"); a conditional tells none ("If the plan rejected").
REACTION_NOT_TOLD = re.compile(r"\b(?:which|who)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "a man accused of murdering his mother" names a suspect; "X accused Y of" is a reaction.
ACCUSED_OF = re.compile(r"accused of\b", re.IGNORECASE)
CONDITIONAL = re.compile(r"^\W*(?:If|Unless|Should|Were)\b")
# A part of every word ``REACTION`` finds, in lower case: an ASCII sentence holding none
# of them tells no reaction (``may_tell_a_reaction``).
REACTION_PARTS = (
    "respon", "react", "critici", "reject", "condemn", "welcom", "warn", "denounc",
    "deplor", "prais", "hail", "applaud", "slam", "blast", "urg", "vow", "lament", "mourn",
    "demand", "protest", "accus", "blam", "call", "expressed", "voiced", "deni",
)  # fmt: skip


# (a briefing asks it of each of its scope's sentences, and the next build of the same ones)
@functools.lru_cache(maxsize=1 << 15)
def is_reaction(text: str) -> bool:
    """Someone responds in the sentence: a verb of response, told, not in a conditional
    and not only in a relative clause describing someone."""
    if CONDITIONAL.match(text):
        return False
    return any(
        not REACTION_NOT_TOLD.search(text[: m.start()]) and not ACCUSED_OF.match(text, m.start())
        for m in reaction_verbs(text)
    )


def reaction_verbs(text: str) -> Iterator[re.Match[str]]:
    """``REACTION``'s matches in the text, the pattern tried only where one may stand
    (``may_tell_a_reaction``)."""
    return REACTION.finditer(text) if may_tell_a_reaction(text) else iter(())


def may_tell_a_reaction(text: str) -> bool:
    """Whether ``REACTION`` can find anything in the text: one of ``REACTION_PARTS`` stands
    in it, or it is not all ASCII (where a case-blind match may join letters that
    ``str.lower`` does not). Looking for a few words is some twenty times faster than
    trying the pattern at every place of the text, and most sentences hold none of them."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(part in lowered for part in REACTION_PARTS)


# Two briefing sentences are one when most content words of the shorter stand in the other:
# the later one is dropped and its sources join the citation of the first.
NEAR_DUPLICATE = 0.7
# Two reports tell one happening in their own words ("The Indian Navy on Saturday prevented
# pirates from attacking a merchant vessel ..." / "The Indian Navy said Saturday it had
# captured 23 pirates ..."), and the clusterer may have made two events of it: a sentence
# of another article than the one shown is the same when this share of the shorter's
# content words stands in it. Chosen two-fold by topic on ECB+ dev (README, "told twice").
TOLD_ELSEWHERE = 0.45
# What _with_dates adds after a relative date: " (2024-11-13)".
RESOLVED_DATE = re.compile(r" \(\d{4}(?:-\d{2}){0,2}\)")
# A sentence that says when: a resolved date, a month and day, a weekday, a relative day.
NAMES_A_DAY = re.compile(
    r"\(\d{4}-\d{2}-\d{2}\)|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"today|yesterday|tonight|this (?:morning|afternoon|evening)|last night)\b|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b",
    re.IGNORECASE,
)
MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
# Flags that say no other source states a sentence as the stance function confirms one.
UNCORROBORATED = frozenset(["single source", "not confirmed", "reported", "opinion"])
# A title right before a surname: "Mr. Halvorson", "Sen. Cruz" read alone.
# After a determiner the name is a modifier: "the Trump name", "a Clinton aide".
AFTER_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Pres|Prof|Rev|Sir|Dame)\.?\s*$|"
    r"\b(?:President|Senator|Governor|Judge|Justice|Secretary|Mayor|Speaker|Chairman|"
    r"Chairwoman|Minister|Chancellor|the|a|an|this|that)\s+$|"
    # a quotation mark the reading did not pair ("His slogan, 'Halvorson for the people'")
    r"[‘'“\"]$",
    re.IGNORECASE,
)
# A possessive right after a date's words: the date the words resolve to goes after it.
POSSESSIVE_END = re.compile(r"[’']s\b")
# A briefing sentence is a statement, not a fragment or a heading.
MIN_SENTENCE_WORDS = 6


def compose(
    storyline: Storyline,
    events: list[Event],
    articles: dict[str, Article],
    settings: Settings = DEFAULT,
    sizes: Mapping[str, int] | None = None,
) -> Briefing:
    """The briefing of a storyline from its events (those told, with the reports read of
    each) and their articles; ``sizes`` gives each event's reports in the whole storyline
    where the briefing reads only part of it (``brief.scope``)."""
    _INDEXES.clear()  # (the last storyline's articles are not read again)
    members = [articles[a] for e in events for a in e.article_ids if a in articles]
    ctx = _context(members, events, settings)
    ordered = events_by_date(events)
    main_event = ordered[0]
    lead_article = _representative(main_event, ctx)
    shown = _Shown(ctx)
    lead = _event_sentences(lead_article, ctx, settings.main_sentences + 1, shown)
    summary, main = (lead[0], lead[1:]) if lead else (None, [])
    checked = check_quotes(members, ctx.event_of, settings)
    names = ctx.people
    _named_by_another_source(checked, ctx)
    _name_speakers(checked, names)
    # An event whose telling sentence the briefing has told already (the clusterer made
    # two events of one happening) is no further development: its sources are cited there.
    told = {e.id: _lead(e, ctx, shown) for e in ordered[1:]}
    told[main_event.id] = lead[0] if lead else _lead(main_event, ctx, shown)
    leads = {e.id: told[e.id] or _first_sentence(e, ctx) for e in ordered}
    entries = {e.id: _entry(e, leads[e.id], ctx) for e in ordered}
    timeline = sorted((entries[e.id] for e in events), key=lambda t: (t.date is None, t.date or ""))
    title = storyline_headline(lead_article, main_event, ctx) or (
        title_of(without_resolved_dates(summary.text))
        if summary
        # (a report with no sentence to tell, a run of quotations: its first words, as
        # the sources list gives them, not "Untitled storyline": a TimeBank read)
        else any_title(lead_article, _opening(lead_article))
    )
    if summary is None:
        summary = BriefSentence(title, [])
    developments = [entries[e.id] for e in _by_weight(ordered[1:], ctx, sizes or {}) if told[e.id]]
    reactions = _reactions(members, ctx, shown, main_event)
    unverified = _quoted_otherwise(checked, ctx)
    # (a claim holding a quotation no other source has is checked as that quotation,
    # whether or not it is listed: a review of brief-50 found them back as claims)
    alone = [q for q in checked if q.status == "single_source"]
    single_source = _single_source_claims(ctx, main_event.id, shown, alone)
    for claim in single_source:
        claim.about = _whom(claim, ctx.articles[claim.article_id], names)
    # A flag is read alone, under its heading: a claim that leans on a sentence not shown
    # ("They still hold ...", "But according to ...") is no claim a reader can check, nor
    # a quote about someone it does not name ("He didn't think it was real ...").
    single_source = [
        _without_dateline(c, ctx.articles[c.article_id])
        for c in single_source
        if _reads_alone(c, ctx.articles[c.article_id])
    ]
    contradicted = [
        _without_dateline(c, ctx.articles[c.article_id]) for c in _one_per_contradiction(ctx)
    ]
    for claim in contradicted:
        claim.about = _whom(claim, ctx.articles[claim.article_id], names)
    return Briefing(
        storyline_id=storyline.id,
        title=title,
        summary=summary,
        headline=_lead_headline(lead_article) or title,
        main=main,
        developments=developments,
        reactions=reactions,
        timeline=timeline,
        quotes=_key_quotes(_rivals_quoted_alone(checked, unverified), ctx, ordered),
        sources=ctx.sources,
        single_source_claims=single_source[: settings.max_listed_claims],
        contradicted_claims=[
            c for c in contradicted if _reads_alone(c, ctx.articles.get(c.article_id))
        ],
        unverified_quotes=unverified,
        single_source_more=max(0, len(single_source) - settings.max_listed_claims),
    )


def _by_weight(events: list[Event], ctx: Context, sizes: Mapping[str, int]) -> list[Event]:
    """The events in the order a digest that shows a few of them picks them: those with
    more reports in the whole storyline first (``sizes``; an event the briefing reads only
    in part counts all of its reports: an opening event of 40 trimmed to 3 had sunk below
    later ones of 7, a reviewer's case), then more independent sources among those read,
    the latest first among equals. A long storyline's origin is what its latest news rests
    on: a digest of an arrest in the 1998 embassy bombings showed a medical team's visit as
    the one development and never said the embassies had been bombed (AQUAINT, read by an
    editor); eight reports told the bombings."""
    return sorted(
        events,
        key=lambda e: (
            -sizes.get(e.id, len(e.article_ids)),
            -len(ctx.event_sources.get(e.id, ())),
        ),
    )


# A quotation that opens on someone or something it does not name, or goes on from words
# not quoted ("He's strong ...", "It was a pirate vessel ...", "But at the same time,
# ..."); the speaker's own "I", "We", "You" and an "It" that names nothing ("It's very
# hard for 12 people to ...", "It would appear the fire started ...") read alone.
QUOTE_LEANING = re.compile(
    r"^\W*(?:He|She|They|His|Her|Their|Him|Them|These|Those|But|And|However|Also|Still|"
    r"Yet|So|Then)\b"
    r"|^\W*It(?:\s?[’']s| is| was) (?:a|an|the|actually|just|not)\b"
    r"|^\W*This\b(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|"
    r"month|year|morning|afternoon|evening|time)\b)"
)


def _piece_of_a_quote(text: str) -> bool:
    """A quotation taken up mid-sentence ("a multitude of medical issues relating to the
    heart", "but no source of any kind would be identified ...", "- and she only shot
    ..."): a phrase the writer's sentence carries, no statement a flag can list alone."""
    opening = text.lstrip(" “”\"‘’'")
    return not opening or opening[0].islower() or opening[0] in "-–—,;:.…)]"


def _reads_alone(claim: Claim, article: Article | None = None) -> bool:
    """A flag is read alone, under its heading: it does not open with a pronoun or a
    connective ("They had 26 crewmen aboard", "However, ..."), name an unnamed speaker or
    point back at what was told before it, unless a name in brackets says whom its "He"
    or "She" is about; nor (its article given) hold a "he" or "his" with no one before it
    to stand for ("What organization and outreach he has is provided by the Republican
    National Committee": whose, the August 2016 reader never learned)."""
    if claim.about is not None:
        return True
    if _leans(claim.text):
        return False
    return article is None or not _unbound_pronoun(article, claim.start, claim.end)


def _named_by_another_source(checked: list[CheckedQuote], ctx: Context) -> None:
    """A quotation whose speaker its report gives only by description ("the businessman
    replied", "a spokesperson") or not at all is the one person another report of its
    event names for the same utterance (a November 2015 read: "the businessman" beside a
    report's "“... until I meet with Bibi,” Trump said", found word for word there). The
    same utterance: at least ``NAMED_ELSEWHERE_WORDS`` words, nearly all of the other
    quotation, which quotes no one in turn (a critic repeating the man's words, "He says
    ‘I will wait ...’", a supporter's shout inside the mayor's longer speech, are not it);
    the name a person's the other report's reader tagged; a group ("the protesters")
    keeps its description."""
    quotations = _NamedQuotations(ctx)
    for quote in checked:
        if quote.status != "verbatim" or not _no_name(quote.speaker) or _a_group(quote.speaker):
            continue
        event, wanted = ctx.event_of.get(quote.article_id), normalise(quote.text)
        if len(wanted.split()) < NAMED_ELSEWHERE_WORDS:
            continue
        named = {
            speaker
            for article_id in quote.matches
            if ctx.event_of.get(article_id) == event
            for speaker in quotations.naming(article_id, wanted)
        }
        if len(named) == 1:
            quote.speaker = named.pop()


# Fewer words are a slogan or a chant anyone repeats ("No ferry, no peace").
NAMED_ELSEWHERE_WORDS = 6
# The share of the other quotation's words the utterance must be (a word or two of
# attribution or punctuation aside).
NAMED_ELSEWHERE_SHARE = 0.8
# A quotation mark inside a quotation: it quotes someone in turn.
NESTED_QUOTATION = re.compile(r"[“”‘\"]|(?<!\w)'|'(?!\w)")


class _NamedQuotations:
    """Each report's direct quotations with a person's name for their speaker, normalised
    once (a wire quotation many reports print by description was compared again with
    every report's quotations for each of them), and the answer for each utterance."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.quotes: dict[str, list[tuple[str, str]]] = {}
        self.answers: dict[tuple[str, str], frozenset[str]] = {}

    def naming(self, article_id: str, wanted: str) -> frozenset[str]:
        """The named speakers of the report's quotations that are the utterance (of
        ``NAMED_ELSEWHERE_WORDS`` words at least: the caller's test), as whole words
        (``stands_in``: "board" is not in "boards")."""
        key = (article_id, wanted)
        if key not in self.answers:
            size = len(wanted.split())
            self.answers[key] = frozenset(
                speaker
                for speaker, said in self._named(article_id)
                if stands_in(wanted, said) and size >= NAMED_ELSEWHERE_SHARE * len(said.split())
            )
        return self.answers[key]

    def _named(self, article_id: str) -> list[tuple[str, str]]:
        if article_id not in self.quotes:
            article = self.ctx.articles.get(article_id)
            people = (
                {e.canonical for e in article.entities if e.label == "PERSON"} if article else set()
            )
            self.quotes[article_id] = [
                (q.speaker, normalise(q.text))
                for q in (article.quotes if article else [])
                if q.direct
                and q.speaker in people
                and not NESTED_QUOTATION.search(q.text.strip(" “”\"‘’'"))
            ]
        return self.quotes[article_id]


def _no_name(speaker: str | None) -> bool:
    """No speaker, or one given by a description ("the businessman", "a Sanders
    supporter", "The radioman", "he"), not by a name ("de Blasio" is one)."""
    if not speaker:
        return True
    first = speaker.split()[0]
    if first in SURNAME_PARTICLES:
        return False
    return first.islower() or first.lower() in DESCRIBING_WORDS


DESCRIBING_WORDS = frozenset(
    word_list(
        """the a an one another some several many two our my his her their its he she they
        it we"""
    )
)
# Lower-case words that open a surname: "de Blasio", "van der Bellen" (the names'
# particles, and a few that only open one).
SURNAME_PARTICLES = NAME_PARTICLES | frozenset(word_list("della der den ibn"))


def _a_group(speaker: str | None) -> bool:
    """A description of many ("the protesters", "the crowd", "the people"): no one
    person's words."""
    if not speaker:
        return False
    head = speaker.split()[-1].lower()
    return head.endswith("s") or head in GROUP_NOUNS


GROUP_NOUNS = frozenset(word_list("people crowd police staff audience public board team"))


def _name_speakers(checked: list[CheckedQuote], names: PersonNames) -> None:
    """Each speaker by the storyline's one name for them ("Salazar" and "Ken Salazar" in
    two sources are one speaker; a description such as "Mexico's leader" stays)."""
    for quote in checked:
        if quote.speaker:
            quote.speaker = names.name_of(quote.speaker)


def _context(members: list[Article], events: list[Event], settings: Settings) -> Context:
    event_of: dict[str, str | None] = {a: e.id for e in events for a in e.article_ids}
    ordered = sorted(members, key=lambda a: (event_of.get(a.id) or "", a.published or ""))
    sources = [
        Source(
            n,
            a.id,
            _outlet(a),
            a.title,
            _publication(a),
            "syndicated" if a.duplicate_of else "independent",
            a.duplicate_of,
            a.published_source,
            len(a.text.split()),
            headline_text(a) or _opening(a),
        )
        for n, a in enumerate(ordered, start=1)
    ]
    index = sentence_index(members)
    words = holding([sentence.stems for sentence in index])
    found = claims(members, settings, index, event_of=event_of, held=words)
    for claim in found:
        _drop_restatements(claim)
    return Context(
        articles={a.id: a for a in members},
        sources=sources,
        number={s.article_id: s.n for s in sources},
        claims={(c.article_id, c.start): c for c in found},
        index=index,
        event_of=event_of,
        settings=settings,
        sentences_of=sentences_by_article(index),
        backing=_backing(found),
        event_sources=_sources_by_event(members, event_of),
        event_dates={e.id: e.date for e in events},
        people=person_names(members),
        opinion=_opinion_pieces(members),
        openings=_openings(members),
        words=words,
    )


def _openings(members: list[Article]) -> dict[str, tuple[int, frozenset[str]]]:
    """Each article's first statement that can lead (after its headline and dateline), with
    its content words that are no names (two campaign reports' leads share "Donald Trump"
    and "presidential" whatever they tell)."""
    found = {}
    for article in members:
        opening = per_report("opening", article, _leading_statement)
        if opening is not None:
            found[article.id] = opening
    return found


def _leading_statement(article: Article) -> tuple[int, frozenset[str]] | None:
    """The start of an article's first statement that can lead, and its words (``_openings``)."""
    for start, end in whole_sentences(article)[:OPENING_SENTENCES]:
        if _can_lead(article, start, end):
            text = article.text[start:end]
            named = stem_set(" ".join(w for w in text.split() if w[:1].isupper()))
            return start, stem_set(text) - named
    return None


# How far into a report its first statement is looked for, and how many content words two
# reports' first statements share when they tell one happening in their own words ("A
# devoted pet owner has spent £300 on saving the life of his goldfish after it became
# constipated" / "A British man forked out $460 to save the life of his goldfish — after it
# became constipated").
OPENING_SENTENCES = 4
OPENING_SHARED = 3
OPENING_SHARE = 0.3


def _opening_told_elsewhere(claim: Claim, ctx: Context) -> bool:
    """The claim is its report's first statement, and another independent source of its
    event opens on the same happening: a report's lead told in other words by the others
    is no claim only one source makes (an editor's read of 13 rumour briefings found four
    such leads among 36 flags not worth checking), though the words differ too much for a
    citation."""
    opening = ctx.openings.get(claim.article_id)
    if opening is None or opening[0] != claim.start:
        return False
    if NEGATION.search(claim.text) or set(words(claim.text)) & DENIAL:
        return False  # a lead that denies ("Police denied reports that Banksy was arrested")
    own = source_of(ctx.articles[claim.article_id])
    event = ctx.event_of.get(claim.article_id)
    mine = opening[1]
    return any(
        _mostly_shared(len(mine & stems), len(mine), len(stems), OPENING_SHARE)
        and len(mine & stems) >= OPENING_SHARED
        for other, (_, stems) in ctx.openings.items()
        if ctx.event_of.get(other) == event and source_of(ctx.articles[other]) != own
    )


# An article at least this share of whose sentences (and this many) are its writer's own
# voice ("we've asked Chipotle to cater", "I claim ...") is an opinion piece: a column,
# an op-ed, satire, a book excerpt. On November 2015 and January 2016 campaign news (153
# and 75 texts) the eight above 0.15 were all such pieces; the news reports below 0.06.
OPINION_SHARE = 0.15
OPINION_SENTENCES = 4


def _an_interview(article: Article) -> bool:
    """A question-and-answer interview (``_interview_lines``), read once an article."""
    return _index(article).interview


def _interview_lines(text: str) -> bool:
    """Two lines at least open with an interview's "Q:" or "A:" ("Q.", "QUESTION:"), or
    both a question and an answer glue their letter on."""
    # (every pattern here opens with "Q" or "A": the other lines are not tried)
    lines = [line for line in (line.strip() for line in text.split("\n")) if line[:1] in QA]
    if sum(1 for line in lines if TRANSCRIPT_LINE.match(line)) >= TRANSCRIPT_LABELS:
        return True
    return any(
        any(question.match(line) for line in lines) and any(answer.match(line) for line in lines)
        for question, answer in ((GLUED_QUESTION, GLUED_ANSWER), (DOTTED_QUESTION, DOTTED_ANSWER))
    )


def _interview_line(article: Article, text: str) -> bool:
    """The sentence is an interview's question or answer line."""
    if TRANSCRIPT_LINE.match(text):
        return True
    marked = any(
        p.match(text) for p in (GLUED_QUESTION, GLUED_ANSWER, DOTTED_QUESTION, DOTTED_ANSWER)
    )
    return marked and _an_interview(article)


def _opinion_pieces(members: list[Article]) -> frozenset[str]:
    """The articles written in their writer's own voice: what their other sentences say
    is the writer's view, so the briefing marks them "opinion", leads with a report when
    there is one and lists none of them as a claim only one source makes."""
    return frozenset(a.id for a in members if per_report("opinion piece", a, _is_an_opinion_piece))


def _is_an_opinion_piece(article: Article) -> bool:
    """Labelled opinion by its publisher, signed as a column, or (no interview) in the
    writer's own voice in enough of its sentences."""
    spans = article.sentences
    if labelled_opinion(article) or _signed_as_a_column(article) or _readers_posts(article):
        return True
    if _an_interview(article):
        return False  # a Q&A's "we" is the interviewer's or the guest's, no column's
    if _a_broadcast_transcript(article):
        return False  # its "I think ..." lines are the people heard on air (TimeBank's CNN)
    voiced = _outside_reproduced_texts(
        article.text,
        [
            (start, end)
            for start, end in spans
            if _writer_speaks(article, start, end)
            and not NEWSROOM_WE.search(article.text, start, end)
        ],
    )
    # (in two paragraphs at least: one paragraph of a speaker's words without marks is a
    # report)
    paragraphs = {article.text.count("\n\n", 0, at) for at in voiced}
    return (
        len(voiced) >= OPINION_SENTENCES
        and len(voiced) >= OPINION_SHARE * len(spans)
        and len(paragraphs) >= 2
    )


def _a_broadcast_transcript(article: Article) -> bool:
    """A transcript of speech: a sentence is a broadcast's hand-over or sign-off
    (``BROADCAST_SIGN``: "CNN headline news, I'm Sachi Koto."), or the text holds the
    marks of speech ("uh", "I mean", "you know", a word broken off, "w- well"). Its first
    persons without quotation marks are the people recorded, not the writer's own voice
    (TimeBank's CNN report of AT&T's job cuts, its employees heard saying "I think it's a
    good thing", had been flagged opinion)."""
    if len(SPOKEN.findall(article.text)) >= SPOKEN_MARKS:
        return True
    return any(
        BROADCAST_SIGN.match(article.text[start:end].strip())
        for start, end in article.sentences
        if end - start <= BROADCAST_SIGN_CHARS
    )


BROADCAST_SIGN_CHARS = 160
SPOKEN = re.compile(r"\b(?:[Uu]h|[Uu]m|[Yy]ou know|I mean)\b|\b[a-z]{1,2}-\s(?=[a-z])")
SPOKEN_MARKS = 3


def _outside_reproduced_texts(text: str, voiced: list[tuple[int, int]]) -> list[int]:
    """The starts of the ``voiced`` sentences (the writer's first person, by
    ``_writer_speaks``) that are not in a text the report reproduces: a memo, letter or
    post given after its introduction, the introduction no first person of the writer's
    ("Apple released the text of Jobs's email, which reads: Team, At my request ... I will
    continue as CEO ...", "Limbaugh added:" closing a paragraph; not "My grandmother always
    said: I never trust ..."). A document that "reads:" and a text introduced at a
    paragraph's end run on through the paragraphs of first persons that follow without a
    break; words after "said:" inside a sentence are that sentence's only. Their "I" is
    their author's, not the reporter's (MEANTIME's report of Jobs's medical leave had been
    an opinion piece by that count)."""
    kept: list[int] = []
    run_paragraph = -2  # the last paragraph of the reproduced text being read (-2: none)
    for start, end in voiced:
        paragraph = text.count("\n\n", 0, start)
        if paragraph <= run_paragraph + 1:
            run_paragraph = paragraph
            continue
        introduced = _introduction(text, start, end)
        if introduced == "text":
            run_paragraph = paragraph
        elif introduced is None:
            kept.append(start)
    return kept


def _introduction(text: str, start: int, end: int) -> str | None:
    """How the sentence at [start, end) gives another's words: "text" where it opens a
    document after its introduction ("which reads: Team, ...") or the paragraph after one
    that ends introducing it ("Wallnau wrote:"), "sentence" where only its own words after
    an introduction are ("Tom said: I never ..."), else None. Each sentence is read alone
    and only the end of the paragraph before it: a long paragraph is not read again for
    each of its sentences."""
    introduced = TEXT_INTRODUCED.search(text, start, end)
    if (
        introduced is not None
        and not QUOTE_MARKS.search(text, introduced.end(), end)
        and not _writers_person_in(text[start : introduced.start()])
    ):
        return "text" if DOCUMENT_VERB.fullmatch(introduced.group("verb")) else "sentence"
    before = text[max(0, start - INTRODUCTION_CHARS) : start]
    if not before.endswith("\n\n"):
        return None
    closing = before.rstrip()
    last = max(closing.rfind("\n\n"), closing.rfind(". "), closing.rfind("? "))
    clause = closing[last + 1 :] + " "
    introducing = TEXT_INTRODUCED.search(clause)
    if introducing is None or introducing.end() != len(clause):
        return None
    return None if _writers_person_in(clause[: introducing.start()]) else "text"


def _writers_person_in(words: str) -> bool:
    """The words hold the writer's "I", "my", "we" or "our" ("My grandmother always
    said:", "Here is what I wrote in this space last spring:")."""
    return WRITER_FIRST_PERSON.search(words) is not None or WRITER_WE.search(words) is not None


# How far back the end of the paragraph before a sentence is read for an introduction.
INTRODUCTION_CHARS = 300


def labelled_opinion(article: Article) -> bool:
    """The publisher files the page as opinion: its section ("Opinion", "Editorials",
    "Letters", a JSON-LD ``OpinionNewsArticle``), a folder of its address
    (".../news/opinion/...", ".../commentisfree/..."), its title's label ("Opinion | ..."),
    or a label standing alone as the text's first paragraph ("LETTERS.", "OUR VIEW"). An
    unsigned editorial or a page of readers' letters is written in no first person the
    voice count would see (PolNeAR's USA Today letters pages: 5 of 10 were missed)."""
    host, path = host_and_path(article.url)
    if NOT_NEWS_HOST.search(host):
        return False  # a government's or a court's "opinions" are rulings
    section = article.section or ""
    if OPINION_SECTION.search(section) and not NEWS_SECTION.search(section):
        return True
    if OPINION_FOLDER.search(path):
        return True
    if article.title and OPINION_TITLE.match(article.title):
        return True
    first = article.text.lstrip().split("\n\n", 1)[0].strip()
    if len(first) <= EDITORIAL_INTRO_CHARS and EDITORIAL_INTRO.search(first):
        return True  # "The New York Times said in an editorial on Monday, Oct. 26:"
    return len(first) <= OPINION_KICKER_CHARS and OPINION_KICKER.fullmatch(first) is not None


# A wire's introduction to a paper's editorial it carries: "The New York Times said in an
# editorial on Monday, Oct. 26:" (AQUAINT: the editorial's "Some anti-abortion groups, to
# their credit, have denounced the bombings" stood among a briefing's reactions, unmarked).
EDITORIAL_INTRO = re.compile(
    # (the paper as its subject, no clause between: not "Senator Joe Smith, who wrote in an
    # editorial last year that ..., said on Monday:", a reviewer's case)
    r"^(?:The\s+)?[A-Z][\w.&'’ -]{1,50}?\s+(?:said|says|wrote|writes|comments?|commented)"
    r"\s+in\s+(?:an?|its)\s+editorial\b[^\n:]{0,60}:\W{0,10}(?:&QL;)?\W{0,10}$|"
    r"^(?:Excerpts?\s+(?:from|of)\s+)?(?:an?\s+)?editorials?\b[^\n]{0,100}:$",
)
EDITORIAL_INTRO_CHARS = 160


# Sections, folders and labels publishers file opinion under (not "Analysis": a news
# analysis is a report; not "Views" or "Perspective" alone, which some use for features).
OPINION_WORDS = (
    r"opinions?|editorials?|op-?eds?|commentary|commentisfree|letters|columns?|columnists?"
)
# A section naming one of those ("Opinion", "News > Opinion", "Guest Columns", "Letter to
# the Editor", "Editorial Board"), but for the news sections that hold the word ("Public
# Opinion", "Opinion polls", "Court Opinions", "Arts & Letters", "Fashion Editorials").
OPINION_SECTION = re.compile(
    rf"\b(?:{OPINION_WORDS}|letter to the editor|your view)\b", re.IGNORECASE
)
NEWS_SECTION = re.compile(
    r"\b(?:public opinion|opinion (?:polls?|polling|research|surveys?)|polls?|court opinions?|"
    r"arts (?:&|and) letters|fashion editorials?)\b",
    re.IGNORECASE,
)
OPINION_FOLDER = re.compile(rf"/(?:{OPINION_WORDS})(?:/|$)", re.IGNORECASE)
# Hosts whose "opinions" and "letters" are no newsroom's: governments', armies' and courts'
# (a host name ending in "court" or "courts": "uscourts", not "courthousenews").
NOT_NEWS_HOST = re.compile(r"(?:\.gov(?:\.[a-z]{2})?$|\.mil$|(?:^|\.)[a-z-]*courts?\.)")
# Labels a title opens on ("Opinion | ..."); a paragraph alone may give these or others
# ("LETTERS.", "Guest column").
OPINION_LABELS = r"opinion|editorial|op-?ed|commentary|our view"
OPINION_TITLE = re.compile(rf"(?:{OPINION_LABELS})\s*[|:]", re.IGNORECASE)
OPINION_KICKER = re.compile(
    rf"(?:{OPINION_LABELS}|letters?(?: to the editor)?|your say|opposing view|guest column|"
    r"column|viewpoint)\s*[.:]?",
    re.IGNORECASE,
)
OPINION_KICKER_CHARS = 40


def _readers_posts(article: Article) -> bool:
    """A page of readers' posts: at least ``READERS_POSTS`` paragraphs are a handle alone,
    each signing the post above it ("@InvokeTruth."). USA Today's pages of its readers'
    Facebook and Twitter posts open on no label the voice count or ``labelled_opinion``
    sees; an embedded tweet in a report signs with a name and a date, not a lone handle."""
    signed = 0
    after_a_post = False
    for paragraph in article.text.split("\n\n"):
        handle = SIGNING_HANDLE.fullmatch(paragraph.strip()) is not None
        if handle and after_a_post:
            signed += 1
            if signed >= READERS_POSTS:
                return True
        # (a handle signs the post above it, a sentence: a list of accounts to follow,
        # one a paragraph or each after its name, signs nothing)
        after_a_post = not handle and POST_END.search(paragraph.strip()) is not None
    return False


SIGNING_HANDLE = re.compile(r"@\w{1,30}\.?")
# A post's end: a sentence's stop, a closing quotation mark or an emoji-less exclamation.
POST_END = re.compile(r"[.!?…][”\"’')]*$")
READERS_POSTS = 3


def _signed_as_a_column(article: Article) -> bool:
    """The text closes on the writer's note of a column or an op-ed: "Brett M. Decker is
    co-author of the upcoming book ...", "Jane Roe is a contributing columnist" (a July
    2016 op-ed's "Last week proved that the Second Amendment works." had been a briefing's
    summary, unmarked). A reporter's note ("... is a reporter for ...") is no column's."""
    paragraphs = [p.strip() for p in article.text.rstrip().split("\n\n") if p.strip()]
    # (the cleaner takes off a closing note that opens on the byline's name, "Norman
    # Solomon, a Bernie Sanders delegate from California, is coordinator of ...", and keeps
    # it among what it removed: that note signs the piece too)
    notes = paragraphs[-1:] + [
        line for line in article.removed if _opens_on_the_writer(line, article)
    ]
    return any(_a_writers_note(note, article) for note in notes)


def _a_writers_note(paragraph: str, article: Article) -> bool:
    """The paragraph is a column's or an op-ed's note on its writer."""
    if len(paragraph.split()) > COLUMN_NOTE_WORDS:
        return False
    note = COLUMN_NOTE.match(paragraph)
    if note is None:
        return False
    # (a scholar's note is a column's only when it is the byline's writer: a report may
    # close on "Ann Li was a professor of chemistry at Yale for 30 years."; so is one that
    # says who the person is first: "Tom Lee, a former harbour master who opposed the
    # choice, is the author of a new book" is a source's, a review found)
    if COLUMNIST_ROLE.search(paragraph, note.end()):
        return not note.group("apposition") or _the_writer(note.group("name"), article)
    if JOURNALIST_ROLE.match(paragraph, note.end()):
        return False  # "Jane Roe is the news director of KMRL-TV": the newsroom's own
    return SCHOLAR_ROLE.match(paragraph, note.end()) is not None and _the_writer(
        note.group("name"), article
    )


def _opens_on_the_writer(line: str, article: Article) -> bool:
    """A line the cleaner removed that opens on the byline's name (its writer's note)."""
    note = COLUMN_NOTE.match(line)
    return note is not None and _the_writer(note.group("name"), article)


def _the_writer(name: str, article: Article) -> bool:
    """The name is the byline's: its words all among the byline's ("James M. Danko"), or
    a title and the byline's surname ("Mr. Phillips"); not another person of the surname
    ("Tom Lee" closing Rachel Lee's report)."""
    byline = set(_name_words(article.author or ""))
    words = [w for w in _name_words(strip_title(name)) if len(w) > 1 and w not in NAME_SUFFIXES]
    return bool(words) and all(word in byline for word in words)


def _name_words(name: str) -> list[str]:
    """A name's words, lower case, without stops, commas or other marks between names
    ("Jane Roe.", "Roe; Lee", "O’Brien" as "o'brien"); a middle initial is one letter."""
    parts = NAME_SPLIT.split(name.lower().replace("’", "'"))
    return [word for part in parts if (word := part.strip("."))]


# Marks between the names of a byline or a note (a generational suffix, ``NAME_SUFFIXES``,
# one may give and the other not).
NAME_SPLIT = re.compile(r"[\s,;/&]+")


# A writer's closing note that makes the piece a column: a name, then (in the present) a
# columnist's, a contributor's or a book's author's role, or a scholar's when the name is
# the byline's. One sentence.
COLUMN_NOTE_WORDS = 40
# A newsroom's own role, right after "is", in a closing note: a reporter's note, no guest
# writer's ("is the news director of KMRL-TV"; not "is a former director of the Census
# Bureau", "is president of the Center for News Literacy").
JOURNALIST_ROLE = re.compile(
    r"(?:an?\s+|the\s+)?(?!former\b)(?:[A-Za-z-]+\s+){0,2}"
    r"(?:editor|reporter|correspondent|producer|anchor|staff writer|news director)\b",
    re.IGNORECASE,
)
# (perhaps with who the writer is between: "Norman Solomon, a Bernie Sanders delegate from
# California, is coordinator of ...", a July 2016 op-ed a reader found unmarked)
COLUMN_NOTE = re.compile(
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})"
    r"(?:(?P<apposition>,\s+(?:an?|the)\s+[^,.;:]{1,80},)|,)?\s+is\s+"
)
COLUMNIST_ROLE = re.compile(
    r"\b(?:columnist|contributor|commentator|opinion writer|Board of Contributors|"
    r"(?:co-)?author of (?:the |a )?(?:upcoming |new |forthcoming |recent )?"
    r"(?:book|novel|memoir))\b"
)
SCHOLAR_ROLE = re.compile(
    r"(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,2}(?:professor|fellow|lecturer|"
    # (a guest writer's office: "Mr. Phillips is Director of the Program on Peace-building
    # and Rights at Columbia", an op-ed a reader found presented as news)
    r"[Dd]irector|[Pp]resident|[Cc]hair(?:man|woman)?|(?:[Cc]o-)?[Ff]ounder|[Aa]mbassador|"
    r"[Cc]oordinator)\b"
)


# How many words of an untitled article's first sentence stand in for its title.
OPENING_WORDS = 12


def _outlet(article: Article) -> str | None:
    return outlet_name(article.outlet, article.url, article.title)


def outlet_name(outlet: str | None, url: str | None, title: str | None) -> str | None:
    """The outlet the article states, else the site its URL names ("reuters.com"), or the
    URL a tokenised corpus keeps where the headline was: "unknown outlet" only without one."""
    return outlet or outlet_from_url(url) or site_of_title(title)


def _opening(article: Article) -> str:
    """The first sentence that is not a headline line, cut to ``OPENING_WORDS`` with "…"."""
    for start, end in article.sentences:
        text = article.text[start:end].strip()
        if (
            len(text.split()) < MIN_SENTENCE_WORDS
            or not usable_title(text)
            or is_dateline_line(text)
            or BROADCAST_SIGN.match(text)
            or (len(text) <= EDITORIAL_INTRO_CHARS and EDITORIAL_INTRO.search(text))
        ):
            continue  # "ABSTRACT.", a URL line, "CAPE TOWN, South Africa (AP) --"
        if not is_headline(article, start, end):
            # (after the wire dateline it opens with: "BUDAPEST, Hungary (AP)_ Tired of
            # being sidelined, ..." listed an AQUAINT source by its dateline)
            cut = _dateline_length(article, start, end)
            return first_words(article.text[start + cut : end].strip(), OPENING_WORDS)
    lines = [line for line in article.text.strip().split("\n") if line.strip()]
    if len(lines) > 1 and is_dateline_line(lines[0]):
        lines = lines[1:]
    return first_words(" ".join(lines), OPENING_WORDS)


def _drop_restatements(claim: Claim) -> None:
    """A source whose sentence restates the claim does not contradict it (the stance model
    may take a reworded or re-transcribed sentence for a disagreement): it says the same,
    so it backs the claim."""
    kept: list[tuple[str, str]] = []
    for source, evidence in zip(claim.contradicted_by, claim.evidence, strict=False):
        if not restates(claim.text, evidence):
            kept.append((source, evidence))
        elif source not in claim.supported_by:
            claim.supported_by.append(source)
    claim.contradicted_by = [source for source, _ in kept]
    claim.evidence = [evidence for _, evidence in kept]


def _one_per_contradiction(ctx: Context) -> list[Claim]:
    """The claims other sources contradict, each point once: a claim that restates one
    listed already, or the sentence contradicting it ("A says X, B says Y" and "B says Y,
    A says X"), is the same disagreement. Background (a biography, the history before the
    happening, an organisation's boilerplate) is no disagreement about the news."""
    listed: list[Claim] = []
    latest = _latest_year(ctx)
    for claim in ctx.claims.values():
        if not claim.contradicted_by:
            continue
        article = ctx.articles[claim.article_id]
        if is_background(claim, article, _event_date(claim, ctx)):
            continue
        if _names_a_year_before(claim, article, latest) or not _whole_statement(claim, article):
            continue
        told = [c.text for c in listed] + [e for c in listed for e in c.evidence]
        if not any(near_duplicate(stem_set(claim.text), stem_set(t)) for t in told):
            listed.append(claim)
    return listed


def _sources_by_event(
    members: list[Article], event_of: dict[str, str | None]
) -> dict[str | None, set[str]]:
    by_event: dict[str | None, set[str]] = {}
    for article in members:
        by_event.setdefault(event_of.get(article.id), set()).add(source_of(article))
    return by_event


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


def _representative(event: Event, ctx: Context) -> Article:
    """The original article that leads the event: attributed first, then best supported."""
    candidates = [ctx.articles[a] for a in event.article_ids if a in ctx.articles]
    originals = [a for a in candidates if not a.duplicate_of] or candidates

    def support(article: Article) -> tuple[bool, bool, int, bool, int]:
        # A report whose publisher is known answers for what it says: it leads before an
        # unattributed text (a digest, a rewrite), then the one others support most; an
        # opinion piece leads only where no report does.
        backed = ctx.backing[article.id]
        return (
            article.id not in ctx.opinion,
            article.outlet is not None,
            backed,
            article.title is not None,
            len(article.text),
        )

    return max(originals, key=support)


def _event_sentences(
    article: Article, ctx: Context, limit: int, shown: _Shown, told_ends: bool = False
) -> list[BriefSentence]:
    """The sentence that reports the event on its day (the news peg) first, then the
    article's first sentences that state something, in its own order. A sentence that
    leans on the one before it ("He said ...", "The comments ...") is taken only right
    after that sentence; a near-duplicate of one already shown adds its sources to it.
    With ``told_ends``, the first sentence that would be taken being told already ends
    the choice: the event is a happening the briefing has told."""
    spans = whole_sentences(article)
    position = {span: i for i, span in enumerate(spans)}
    peg = _news_peg(article)
    peg = _telling_the_headline(article, peg) or peg
    if peg is not None:
        spans = _happening_first(article, spans, peg)
    chosen: list[BriefSentence] = []
    previous = -2
    for start, end in spans:
        if len(chosen) >= limit:
            break
        here = position[(start, end)]
        if _leans_in(article, start, end) and here != previous + 1:
            continue  # "He has highlighted ...": who "he" is stands in a sentence not shown
        if _not_a_statement(article, start, end) or is_headline(article, start, end):
            continue
        if (start, end) != peg and recalls_earlier(article, start, end):
            continue  # "Back in September, ...": history, not the event's happening
        sentence = _sentence(article, start, end, ctx)
        if sentence is None:
            continue
        if shown.add(sentence):
            chosen.append(sentence)
            previous = here
        elif told_ends and not chosen:
            break
    return chosen


# How many of an article's first sentences (after its headline lines) may be the one that
# tells what its headline says: a feature may tell one person's story for six sentences
# before its happening (an October 2016 walk-in: five left the summary an anecdote).
HEADLINE_REACH = 8
HEADLINE_SHARED = 2
QUOTE_OPENING = re.compile(r"^\W{0,2}[“\"‘']")


def _lead_headline(article: Article) -> str | None:
    """The lead report's headline, which heads the main account: not a teaser
    (``view.teases``), which would head it with what it holds back."""
    headline = usable_title(article.title, article_page_names(article))
    return None if headline is None or teases(headline) else headline


def _telling_the_headline(article: Article, peg: tuple[int, int] | None) -> tuple[int, int] | None:
    """The sentence that tells the happening the headline names ("Hackers exploit critical
    IE bug; Microsoft promises patch"): the news peg, else the first of the article's
    opening sentences, that shares two content words with the headline, reads alone, does
    not look back and is not a quotation (testimony about the happening, not the
    happening). A report may date its news by a quote, or open with colour or a deck."""
    headline = usable_title(article.title, article_page_names(article)) or headline_text(article)
    if not headline:
        return None
    told = content_stems(headline) | _joined_names(headline)
    skip = len(headline_lines(article))
    whole = whole_sentences(article)
    candidates = list(
        dict.fromkeys(_whole(s, whole) for s in article.sentences[skip : skip + HEADLINE_REACH])
    )
    if peg is not None:
        candidates = [peg, *(c for c in candidates if c != peg)]
    for start, end in candidates:
        text = article.text[start:end]
        if QUOTE_OPENING.match(text) or not _can_lead(article, start, end):
            continue
        if _leans_in(article, start, end) or recalls_earlier(article, start, end):
            continue
        if len(content_stems(text) & told) >= HEADLINE_SHARED:
            return start, end
    return None


def _joined_names(headline: str) -> set[str]:
    """Two capitalised headline words as the text may write them in one ("Time Warner"
    and "TimeWarner": a BBC report's lead shared only "profit" with its headline as
    spelled, and a later sentence about Google led its briefing)."""
    words = headline.split()
    joined = [a + b for a, b in itertools.pairwise(words) if CAPITALISED.match(a + b)]
    return content_stems(" ".join(joined))


# A word and the next, both capitalised, written as one ("TimeWarner").
CAPITALISED = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+$")


def _can_lead(article: Article, start: int, end: int) -> bool:
    """The news peg tells the happening only when it is a statement that reads alone (not
    "Correction: October 2, 2016, Sunday." or "He said on Wednesday ...")."""
    text = article.text[start:end]
    return (
        len(text.split()) >= MIN_SENTENCE_WORDS
        and _ends_a_sentence(text)
        and not _opens_with_pronoun(text[_dateline_length(article, start, end) :])
        and not _not_a_statement(article, start, end)
        and not is_headline(article, start, end)
    )


def _happening_first(
    article: Article, spans: list[tuple[int, int]], peg: tuple[int, int]
) -> list[tuple[int, int]]:
    """The news peg, then what follows it (the happening told on), then the sentences
    before it up to the first that looks back: an article that opens with history ("The
    relation has been strained throughout 2024", "Back in September ...") keeps telling
    history until its peg ("Salazar responded days later"), so none of that run is taken."""
    at = spans.index(peg)
    opening: list[tuple[int, int]] = []
    for start, end in spans[:at]:
        if recalls_earlier(article, start, end):
            break
        opening.append((start, end))
    return [peg, *spans[at + 1 :], *opening]


# A sentence looking back from the event: history told as such ("back in", "then-President",
# "has been strained throughout 2024", "Twenty-two years ago", "Several weeks ago"); a date
# in it is checked by ``recalls_earlier``.
RECALL = re.compile(
    r"\b(?:back in|then-\w+|previously|formerly|in the past|earlier this (?:year|month)|"
    r"(?:has|have) been (?:\w+ ){0,2}(?:throughout|since|for (?:months|years|decades))|"
    r"throughout (?:19|20)\d\d|had (?:long |previously |already )?been|"
    r"(?:weeks|months|years|decades) ago|"
    # a time of a decade ("One evening in the 1960s, ..."; not "the Beatles' 1960s hits")
    r"(?:in|during|by|since|through|throughout) the (?:early |mid-?|late )?(?:19|20)\d0s|"
    # "Trump also said at the time that ...": what was said then (but "he was not armed at
    # the time" is the event's own time)
    r"(?:said|wrote|told \w+|claimed|argued|added) at the time)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The next sentence's opening that points back at a time gone by.
BACK_THEN = re.compile(r"\s*(?:But |And )?(?:back then|in those days)\b", re.IGNORECASE)
# A sentence telling the present or what comes ("is", "will", "now"), or the past.
PRESENT_OR_COMING = re.compile(
    r"\b(?:is|are|am|will|would|now|today|has|have|says|say|can|cannot|must)\b", re.IGNORECASE
)
PAST_VERB = re.compile(r"\b(?:was|were|had|did|\w{3,}ed)\b", re.IGNORECASE)
# A day this many days before the event's is an earlier happening, not the event's own
# (a report of Wednesday's news may tell what led to it on Monday).
EARLIER_DAYS = 7


def recalls_earlier(article: Article, start: int, end: int) -> bool:
    """The sentence tells what happened before the event, or another year's matter: by its
    words ("back in", "then-President", a biography, an organisation's boilerplate), by a
    date outside quotes that lies well before the event's (a past month, a day more than a
    week before it), or a year other than the event's."""
    text = article.text[start:end]
    if RECALL.search(text) or BACKGROUND.search(text) or _pointed_back_at(article, end):
        return True
    if _overturned_next(article, start, end):
        return True
    if not article.event_date:
        return False
    if _goes_on_recalling(article, start, end):
        return True
    quoted = [(q.start, q.end) for q in article.quotes if q.direct]
    # the times the sentence tells, outside quotes and not naming a thing ("Sunday's attack")
    told = [
        t
        for t in article.times
        if start <= t.start < end
        and t.value
        and not any(qs <= t.start < qe for qs, qe in quoted)
        and not _possessive_time(article.text, t.end)
        and not _bounds_a_period(article.text, t.start)
        and not _a_comparisons_base(article.text, t)
    ]
    if _tells_the_event_day(article, start, end, told):
        # the sentence tells the event's own day: an earlier time in it is a clause's
        # ("Clinton on Saturday received her first security briefing since accepting her
        # party's nomination last month": the lead of an August 2016 report, left out)
        return False
    outside = _outside_quotes(text)
    years = [
        m.group()
        for m in YEAR.finditer(outside)
        if not _bounds_a_period(outside, _time_opening(outside, m.start()))
    ]
    return any(_earlier(t.value or "", article.event_date) for t in told) or any(
        y != article.event_date[:4] for y in years
    )


def _tells_the_event_day(article: Article, start: int, end: int, told: list[TimeExpr]) -> bool:
    """One of the times a sentence tells (``told``) is its report's event day, not in
    an opening clause that only sets the time of its main one ("Just as he made a visit to
    the border on Wednesday, Francis also made a 2014 stop in Bethlehem") nor in an aside
    ("The bridge, which was inspected on Tuesday, was built in 1962": a reviewer's case)."""
    day = (article.event_date or "")[:10]
    text = article.text[start:end]
    opening = SUBORDINATE_OPENING.match(text)
    clause_end = start + text.find(",") if opening and "," in text else start
    return any(
        clause_end <= t.start
        and day_of(t.value) == day
        and not RELATIVE_ASIDE.search(article.text, start, t.start)
        for t in told
    )


# An aside opened by "which" or "who" (the day after it is the aside's).
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s[^,]*$")
# A sentence opening on a clause that sets the time of its main one.
SUBORDINATE_OPENING = re.compile(
    r"^\W*(?:Just as|As|While|When|Whereas|Although|Though|After|Before|Since|Once|Until|"
    r"Even (?:as|before|after|though|when))\b"
)


# A day that bounds an accounting period or a debt ("its fourth quarter ended Sept. 30",
# "the year ending June 30, 1990", "debentures, due March 15, 2007"): the period the
# report tells of, not another time's happening (the leads of 1989 Wall Street Journal
# earnings reports were left out as history).
PERIOD_BOUND = re.compile(
    r"(?:\b(?:quarters?|year|period|months?|weeks?|half|season)\s+(?:ended|ending|ends|to)|"
    r"\b(?:due|maturing|matures|matured|expiring|expires|expired))\s+(?:on\s+|in\s+)?$"
)
# A year's date before it on the same clause: "June 30, " in "June 30, 1990".
DAY_BEFORE_YEAR = re.compile(r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*$")


# The time a figure is compared with ("fell 50% below the year-earlier $4.5 million",
# "grew 19% from a year ago"): no happening of its own.
COMPARISON_TIME = re.compile(r"\byear-(?:earlier|ago)\b", re.IGNORECASE)
COMPARED_FROM = re.compile(r"\b(?:from|than|over|versus|vs\.?|with)\s+$")


def _a_comparisons_base(text: str, expr: TimeExpr) -> bool:
    return (
        COMPARISON_TIME.search(expr.text) is not None
        or COMPARED_FROM.search(text, max(0, expr.start - 10), expr.start) is not None
    )


def _bounds_a_period(text: str, start: int) -> bool:
    return PERIOD_BOUND.search(text, max(0, start - 20), start) is not None


def _time_opening(text: str, year_start: int) -> int:
    """Where the date a year ends starts ("June 30, 1990" from "1990")."""
    match = DAY_BEFORE_YEAR.search(text, max(0, year_start - 16), year_start)
    return match.start() if match else year_start


def _possessive_time(text: str, end: int) -> bool:
    """ "last year's deadly blasts", "Sunday's attack": the time names the thing, not when
    the sentence's own happening was ("A man was arrested in connection with last year's
    deadly U.S. Embassy blasts", AQUAINT, October 1999, the lead of its report)."""
    return text[end : end + 2] in {"'s", "’s"} or text[end - 2 : end] in {"'s", "’s"}


def _pointed_back_at(article: Article, end: int) -> bool:
    """The next sentence of the paragraph points back at this one's time as a past one
    ("Lakefront condos ... were opening ... But back then, in 2014, no one forecast ...":
    a June 2016 timeline dated that scene on the report's day)."""
    rest = article.text[end : end + 80]
    return not rest.lstrip(" ").startswith("\n") and BACK_THEN.match(rest) is not None


def _overturned_next(article: Article, start: int, end: int) -> bool:
    """What someone had said or expected before, which the paragraph's next sentence turns
    ("The IMF had warned that the Brexit vote could depress growth in Britain for years.
    But on Tuesday, it increased its British growth forecast ...": an October 2016
    briefing showed the warning alone, telling the reader the opposite of the news)."""
    if TURNING_OPENING.match(article.text, end, end + 40) is None:
        return False  # (nor a new paragraph's "But": the pattern holds no line break)
    return PAST_PERFECT.search(_outside_quotes(article.text[start:end])) is not None


# The writer's own turn at the opening of a sentence ("But ...", "However, ...", "Yet
# ...", "Instead, ..."), not a quotation's.
TURNING_OPENING = re.compile(r"[ \t]*(?:But|However,|Yet|Instead,)\s")
# A verb in the past perfect, something done or said before the time told ("had warned",
# "had predicted", "had said"; "had been" is ``RECALL``'s).
PAST_PERFECT = re.compile(
    # (not a relative clause's: "A man who had escaped ... was captured Tuesday")
    r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )\bhad "
    r"(?:(?:\w+ly|already|also|long|not|never|once|just|earlier) )?"
    r"(?!(?:need|feed|speed|breed|bleed|seed)\b)(?:\w{2,}ed|said|told|thought|forecast|"
    r"foreseen|sought|known|promised|hoped|vowed|pledged|insisted)\b",
    re.IGNORECASE,
)


def _goes_on_recalling(article: Article, start: int, end: int) -> bool:
    """A sentence that names no time of its own, in the past tense, right after one of
    the same paragraph that tells of a year at least two before the event's ("When Barack
    Obama took office in 2008 ..., one of his first moves was his speech in Cairo. With
    members of the Muslim Brotherhood in attendance, Pres. Obama claimed ...": the speech
    of 2009, dated on a 2016 column's day)."""
    index = _index(article)
    previous = bisect_right(index.sentence_ends, start) - 1
    if previous < 0 or "\n" in article.text[article.sentences[previous][1] : start]:
        return False
    if index.any_in(index.time_starts, start, end):
        return False
    text = _outside_quotes(article.text[start:end])
    if PRESENT_OR_COMING.search(text) or not PAST_VERB.search(text):
        return False
    prior = article.text[slice(*article.sentences[previous])]
    # (the year in the opening words of that sentence: "When Obama took office in 2008")
    years = [
        int(y) for y in YEAR.findall(" ".join(_outside_quotes(prior).split()[:YEAR_OPENING_WORDS]))
    ]
    return any(y <= int((article.event_date or "0")[:4]) - 2 for y in years)


def _outside_quotes(text: str) -> str:
    return re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text)


def _earlier(value: str, event_date: str) -> bool:
    """A time value well before the event's date, or in an earlier year (a later one is
    what comes: "who will ... control Congress next year" kept a September 2016 report's
    lead, "Super PAC donations have barreled past the $1billion mark", from its summary)."""
    if not re.match(r"\d{4}", value):
        return False  # a duration, a reference ("PAST_REF"), a clock time alone
    if value[:4] != event_date[:4]:
        return value[:4] < event_date[:4]
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value < event_date[:7]
    day = day_of(value)
    if day is None or len(event_date) < 10:
        return False
    return (date.fromisoformat(event_date[:10]) - date.fromisoformat(day)).days > EARLIER_DAYS


# A sentence opening with one of these leans on the sentence before it: a pronoun, a
# connective, or a definite description of something said or done ("The comments").
LEANING_OPENING = re.compile(
    r"^\W*(?:(?:He|She|They|It|His|Her|Their|Its|These|Those)\b"
    r"|This\b(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|"
    r"year|morning|afternoon|evening)\b)"
    r"|(?:However|But|And|Also|Meanwhile|Still|Yet|Instead|Nevertheless|Moreover|"
    r"Furthermore|Besides|Then|In response(?! to)|In return|In turn|As a result(?! of)|"
    r"Even so|Likewise|Similarly|Equally|Additionally|Again|Otherwise|In addition(?! to)|"
    r"By contrast|In contrast(?! to| with)|On the other hand|That same(?!-)|The same(?!-)|Finally|"
    r"Apparently|In that (?:sense|respect|case|vein)|Or|That['’]s why|That is why|"
    r"As usual|For instance|For example)\b"
    # "Six stops later, ...", "Three days later": counted from a time told before (and
    # "One year later", "A day later": "One year later he was fired from the company" led
    # a MEANTIME briefing of Steve Jobs's death, the 1984 it counts from not shown)
    r"|(?:[A-Z][a-z]*|\d+) (?:stops?|days?|hours?|weeks?|months?|years?|minutes?|decades?) "
    r"(?:later|earlier)\b(?! than)"
    r"|(?:Years|Months|Weeks|Days|Hours|Decades) (?:later|earlier)\b(?! than)"
    # a time or a count of what was told before: "Earlier that day, the family sent a fax",
    # "Eight of them are in custody" (a new user's read of 1998-2000 wire briefings; "The
    # latest arrest brought to nine ..." leans too, but "The latest Reuters/Ipsos poll
    # showed ..." does not)
    r"|(?:Earlier|Later) (?:that|the same) (?:day|morning|afternoon|evening|night|week)\b"
    # ... or bare: "Earlier, the Scottish Executive considered a range of options" (earlier
    # than what was told before: a BBC briefing's summary; not "Earlier in the day")
    r"|(?:Earlier|Later|Previously|Afterwards?),"
    # a step in an argument begun before: "For starters, the ex-wife of ...", "Fortunately
    # for them, ..." (not "Unfortunately for Democrats", nor "For another two weeks")
    r"|For (?:one thing|starters)\b|To begin with\b"
    r"|(?:Fortunately|Unfortunately) for (?:them|him|her|us|it)\b"
    # a quantity standing for people told before: "Many were seeking asylum ..."
    r"|(?:Many|Most) (?:were|had)\b"
    r"|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Most|All|None|Several|"
    r"Each|Both|Half|Any|Few|\d+) of (?:them|these)\b"  # ("Most of those killed": whole)
    # ... and "Eight of those are in custody" (a verb right after: of those told before)
    r"|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Most|All|None|Several|"
    r"Each|Both|Half|Any|Few|\d+) of those (?:are|were|is|was|have|has|had|will|would|"
    r"remain|remained|remains)\b"
    # an "it" opening both clauses, named in neither: "If it worked against Mitt Romney, it might
    # just work against Donald Trump." (a September 2016 development line, whose "it" the
    # report's headline had told)
    r"|(?:If|When|Because|Since|Although|Though|While|Once|Unless|Until|Even if|"
    r"Even though|Now that) it(?:['’]s)?\b[^,]*, (?:it|that)\b"
    # people or things counted before: "The two taped an hourlong show" (a September 2016
    # summary whose reader never learned who), "The three governors drew plaudits"
    r"|The (?:two|three|four|pair|duo|trio|couple)\b(?![-‐])"
    # one more of what was told before: "In another email, the foundation appeared to
    # push aides ..." (which others, a reader of a PolNeAR train briefing was not told)
    # (not a stretch of time: "For another two weeks, the port stays shut")
    r"|(?:(?:In|At|On|With|From) a|A)nother\b(?! (?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|few|couple|day|week|month|year|hour|minute|time)\b)"
    # a comparison with what was told before: "Just as intriguing was ...", "More
    # important, ...", "Even more striking is ..." (January 2016 review)
    r"|(?:Just as|Even more|Perhaps more|Perhaps most) [a-z]+(?:,| (?:was|is|were|are)\b)"
    r"|(?:More|Less|Most) (?:important|significant|intriguing|telling|surprising|striking|"
    r"notable|remarkable|interesting|troubling|worrying|revealing|crucial|damaging)(?:ly)?\b"
    r"|So\b(?!-| far\b| much\b| many\b| long\b| too\b)"
    r"|The \w+ also\b"
    # "That's a big difference from ...", "Well, the GOP had three" (November 2015 review)
    r"|That(?:['’](?:s|ll|d)\b| (?:is|was|will|would|could|may|might|means?|meant|makes?|made)\b)"
    # "That high price limits ...", "That night, ...": the one told before (a new user's
    # Engadget page); "In the process he put up ..." (Salon)
    r"|That (?=[a-z])(?!(?:the|a|an|this|these|those|his|her|its|their|our|my|your|we|they|"
    r"he|she|it|i|you|people|voters)\b)|In the process\b"
    r"|Well,"
    # what was told before: "In that shocking incident ...", "Others point to ...", and
    # the reader addressed: "You'd be able to return it ..." (fourteenth session)
    r"|(?:In|At|On|During|After|Before|From|Since|With) (?:that|those|the same)\b(?!-)"
    r"|Others\b"
    r"|You(?:['’](?:d|ll|re|ve))?\b"
    r"|The (?:comments?|remarks?|statements?|move|decision|announcement|incident|letter|"
    r"note|measure|proposal|claims?|criticism|response|accusations?|testimony|latter|"
    r"former|group|request)\b(?! (?:of|by|from)\b))"
)
# "'It was entirely inevitable,' he said.": the speaker is named in a sentence not shown.
UNNAMED_SPEAKER = re.compile(
    r"[,”\"’]\s+(?:he|she|they)\s+(?:said|says|added|adds|told|tells|wrote|writes|"
    r"continued|explained|noted|argued)\b",
    re.IGNORECASE,
)


def _opens_with_pronoun(text: str) -> bool:
    return LEANING_OPENING.match(text) is not None


# Within a sentence, words that point back at something told before it ("denied playing a
# role in the incident", "such attacks", "these measures", "Recently, however, it ...",
# "Since then, though, ..."; outside quotes).
BACK_REFERENCE = re.compile(
    r"\b(?:the (?:incident|episode|affair|matter|idea|aforementioned)|such(?! as\b)|these|"
    # "Ivanka was behind the decision", "the warning was indicative", "The company has
    # reportedly taken heat": which decision, warning or company was told before (a May-June
    # 2016 read; not "the decision to fire ...", "the company that ...", which say it)
    r"the (?:decision|move|warning|remarks)\b(?! (?:to|not|of|by|that|on|in)\b)|"
    r"(?:^|(?<=, ))the (?:company|firm|group|organi[sz]ation)\b(?!['’]s| (?:of|that|which|"
    r"called|named|behind|said|says|added|told)\b)|"
    r"however(?=,)|though(?=,)|since then|(?<=, )for (?:instance|example)(?=,)|"
    # ("went on to name ...", not "went on strike"; "about the subject", not "the subject
    # of an inquiry")
    r"went on(?= to\b|,)|the analogy\b|(?:about|on) the subject\b(?! of)|"
    r"even more \w+(?:ly|ic|al|ive|ful|ous|ent|ant|ible|able|tic)\b(?! than)|"
    r"(?:slightly |quite |very )?different (?:tale|story|account)\b|"
    # "Through a foundation, so did the son-in-law of ...": as someone told before did
    r"(?:^|(?<=, ))(?:so|neither|nor) (?:did|does|do|has|have|had|is|are|was|were|will|would)|"
    # "Environmentalists hated it.": what "it" is was told before
    r"(?:it|them)(?=[.!]?$)|"
    r"this(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|"
    r"month|year|morning|afternoon|evening|night|day|spring|summer|autumn|fall|winter|"
    r"season)\b))\b",
    re.IGNORECASE,
)


def _leans_in(article: Article, start: int, end: int) -> bool:
    """``_leans``, or a "his"/"her" whose owner the sentence does not name
    (``_unbound_pronoun``); read after a wire dateline, which is not printed ("HEMPSTEAD,
    N.Y. ― If it worked against Mitt Romney, it might just work ...")."""
    start += _dateline_length(article, start, end)
    text = article.text[start:end]
    named = _speaker_named_before_cue(article, start, text)
    return _leans(text, named) or _unbound_pronoun(article, start, end)


def _speaker_named_before_cue(article: Article, start: int, text: str) -> bool:
    """The sentence tells of someone by name before its ", he said" and quotes no one: he
    is the one named ("Tired of being sidelined, Hungarian astronaut Bertalan Farkas is
    leaving for the United States to start a new career, he said Saturday." was left out
    of a briefing as leaning on the sentence before it)."""
    cue = UNNAMED_SPEAKER.search(text)
    if cue is None or any(mark in text[: cue.start() + 1] for mark in '“”"‘'):
        return False
    pronoun = cue.group().split()[-2]
    return any(
        start <= e.start < start + cue.start()
        # (or a full name the tagger calls an organisation: "astronaut Bertalan Farkas")
        and (e.label == "PERSON" or (e.label == "ORG" and _a_persons_full_name(article, e)))
        # the subject of its clause, of the pronoun's gender ("Officers arrested John
        # Smith on Monday, she said" names the one arrested, a reviewer's case)
        and SUBJECT_VERB_AFTER.match(article.text, e.end) is not None
        and agrees(pronoun, e.text)
        for e in article.entities
    )


# A verb right after a name: the name is its clause's subject.
SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:(?:is|was|are|were|has|had|have|does|did)(?:n['’]t)?|will|would|"
    r"can|could|won['’]t|can['’]t|said|says|[a-z]{3,}(?:ed|s))\b"
)


def _a_persons_full_name(article: Article, entity: Entity) -> bool:
    """A full name after a known first name, or after a lower-case word that describes
    someone ("astronaut", not "at" or "the")."""
    if known_first_name_opens(entity.text):
        return True
    before = article.text[max(0, entity.start - 30) : entity.start].split()
    described = bool(before) and before[-1].isalpha() and before[-1].islower()
    return is_full_name(entity.text) and described and before[-1] not in STOPWORDS


class _Index:
    """What the sentence rules look up in an article, sorted once: a rule asked for each
    of a storyline's sentences must not scan the article again each time (a review timed
    such scans at seconds on a long hostile text)."""

    def __init__(self, article: Article) -> None:
        self.quotations = Reach((q.start, q.end) for q in article.quotes if q.direct)
        self.entity_starts = sorted(e.start for e in article.entities)
        self.person_starts = sorted(e.start for e in article.entities if e.label == "PERSON")
        self.person_words = {
            w for e in article.entities if e.label == "PERSON" for w in e.canonical.split()
        }
        self.time_starts = sorted(t.start for t in article.times)
        self.sentence_ends = [e for _, e in article.sentences]
        self.labelled = sum(
            1
            for m in PARAGRAPH_START.finditer(article.text)
            if SPEAKER_LABEL.match(article.text, m.end())
        )
        self.interview = _interview_lines(article.text)
        self.writer_voice: dict[tuple[int, int], bool] = {}

    @staticmethod
    def any_in(starts: list[int], low: int, high: int) -> bool:
        i = bisect_left(starts, low)
        return i < len(starts) and starts[i] < high


# The index of each article object read (keyed by identity: an article read again by
# another stage version is another object, so an index never outlives what it indexes).
_INDEXES: dict[int, tuple[Article, _Index]] = {}


def _index(article: Article) -> _Index:
    kept = _INDEXES.get(id(article))
    if kept is not None and kept[0] is article:
        return kept[1]
    if len(_INDEXES) > INDEXES_KEPT:
        _INDEXES.clear()
    found = _Index(article)
    _INDEXES[id(article)] = (article, found)
    return found


def _unbound_pronoun(article: Article, start: int, end: int) -> bool:
    """``_unbound_pronoun_now``, kept with the article's answers: a storyline's some 700
    flags are read alone again at each build, and its leads weighed."""
    return kept_answer(
        article, (_unbound_pronoun, start, end), lambda: _unbound_pronoun_now(article, start, end)
    )


def _unbound_pronoun_now(article: Article, start: int, end: int) -> bool:
    """A third person's pronoun inside the sentence, outside quotations, with no one
    before it in the sentence it could stand for: no person's name, no other capitalised
    word, no described someone ("the mother"). "Analysis shows that lawsuits are one of
    his primary negotiating tools." led a June 2016 briefing whose reader never learned
    whose."""
    text = _outside_quotes(article.text[start:end])
    pronoun = INNER_PRONOUN.search(text, 1)
    if pronoun is None or _names_after_its_clause(article, start, text, pronoun.end()):
        return False
    before = text[: pronoun.start()]
    index = _index(article)
    if index.any_in(index.entity_starts, start, start + pronoun.start()):
        return False
    words = before.split()
    # The first word is capitalised in any sentence: a name only where the article names
    # someone so elsewhere ("Ramos used his acceptance speech", untagged there).
    opening = words[0].strip("“”\"‘’'(,") if words else ""
    named = opening in index.person_words or any(w[:1].isupper() for w in words[1:])
    return not named and DESCRIBED_SOMEONE.search(before) is None


def _names_after_its_clause(article: Article, start: int, text: str, at: int) -> bool:
    """The pronoun stands in an opening clause and the person comes after its comma ("As
    he prepares for ..., Donald Trump has been meeting", "Thanks to his latest act,
    Norbert Leo Butz can add"): it points ahead, not back."""
    comma = text.find(",", at)
    if comma < 0:
        return False
    index = _index(article)
    return index.any_in(index.person_starts, start + comma + 1, start + len(text))


# (a function of the text: a storyline's some 700 flags are asked it again at each build)
@functools.lru_cache(maxsize=1 << 16)
def _leans(text: str, speaker_named: bool = False) -> bool:
    """The sentence needs the one before it to be understood: it opens with a pronoun or a
    connective, or with a phrase that names no one and then a pronoun as its subject ("In
    the news conference, he accused ..."), names an unnamed speaker (unless
    ``speaker_named``: the sentence names him before the cue), or points back at what was
    told before."""
    return (
        _opens_with_pronoun(text)
        or PRONOUN_AFTER_OPENER.match(text) is not None
        or (not speaker_named and UNNAMED_SPEAKER.search(text) is not None)
        or BACK_REFERENCE.search(_outside_quotes(text)) is not None
        or UNCLOSED_QUOTATION.match(text) is not None
    )


# A sentence that opens a quotation it never closes: the first of several sentences of
# someone's words, whose speaker the text names later ("LOS ANGELES -- “The stories
# begin." had been a briefing's summary; "“Now they're saying that China has a production
# glut ..." a main line; PolNeAR train, a reader's check).
# (the New York Times' typewriter '' too, and after a dateline in capitals)
UNCLOSED_QUOTATION = re.compile(
    r"^\s*(?:[A-Z][A-Z.,' ]+\s(?:--|[—–-])\s*)?(?:“|'')(?:(?!”|\"|'').)*$", re.DOTALL
)


# An opening phrase of lower-case words, numbers and days (no name a pronoun could stand
# for), then "he", "she" or "they": "In the news conference, he accused the media ...",
# "On Tuesday, she said ...".
PRONOUN_AFTER_OPENER = re.compile(
    r"^\W*[A-Z][a-z]*(?: (?:[a-z][\w’'-]*|\d[\w,]*|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)){0,8}, (?:he|she|they)\b"
)


# "his", "her", "him" inside a sentence (the opening one is ``_opens_with_pronoun``'s).
INNER_PRONOUN = re.compile(r"\b(?:his|him|her|hers|he|she)\b")
# Someone described before a pronoun: "the mother", "a spokesman", "one senator".
DESCRIBED_SOMEONE = re.compile(
    r"\b(?:the|a|an|one|each|every|another)\s+(?!of\b|the\b|and\b|to\b|in\b)[a-z]+",
    re.IGNORECASE,
)
# Abbreviations a sentence splitter mistakes for a full stop ("police chief Maj.", "state
# Del.", "the Aoraki - Mt."): a sentence ending with one, or starting right after one, is
# a piece of a sentence.
TITLE_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Maj|Gen|Col|Lt|Sgt|Capt|Cpl|Gov|Sen|Rep|Del|Prof|Supt|Insp|Det|"
    r"Cmdr|Adm|Brig|Atty|Hon|Rev|Msgr|St|Mt|Ft|No|Fig|vs|approx)\.[”\"’)]?$"
)


# A broadcast transcript's hand-over or sign-off, a line of its own among the news: "Here's
# ABC's Jim Laurie.", "CNN headline news, I'm Sachi Koto.", "For The World, this is Pamela
# McCall in the BBC news room in London." (TimeBank's broadcasts: one listed a source by it).
_SIGNER = r"(?:I'm|I’m|I am|this is|This is)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2}"
# (a place, a newsroom: "in Washington", "in the BBC news room in London"; not "in the
# middle of a pandemic")
_SIGNING_PLACE = (
    r",?\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+(?:[A-Z][\w.'’-]*|news\s?room|studios?|bureau|in|from|the))*"
)
BROADCAST_SIGN = re.compile(
    # "Here's ABC's Jim Laurie." (a full name, the network's before it or not)
    r"^(?:Here's\s+(?:[A-Z][\w.&-]*['’]s\s+)?[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*|"
    # after the programme's name: "For The World, I'm Nancy Marshall.", "CNN headline
    # news, I'm Sachi Koto."
    r"(?:For\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?:\s+news)?|"
    r"[A-Z][\w.&'’-]*(?:\s+[a-z]+){0,2}\s+news),?\s+"
    rf"{_SIGNER}(?:\s+reporting)?(?:{_SIGNING_PLACE})?|"
    # or with no programme, reporting or from a place: "I'm Ana Vell reporting."
    rf"{_SIGNER}(?:\s+reporting(?:{_SIGNING_PLACE})?|{_SIGNING_PLACE})|"
    # "NPR's Elaine Corey has more from San Francisco.", "ABC's Jim Laurie reports."
    r"[A-Z][\w.&-]*['’]s\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2}\s+"
    rf"(?:has\s+(?:more|the\s+story|the\s+details)|reports)(?:{_SIGNING_PLACE})?)\.$"
)


def _not_a_statement(article: Article, start: int, end: int) -> bool:
    """A piece of a sentence the splitter cut, or a question: it opens in lower case or
    with a dash, or the cut fell inside a number ("... a magnitude of 4." / "5 quake
    ...", "1 - magnitude earthquake which hit ..."), or after a title's abbreviation
    (the sentence ends with it, or the text before it does: "Marcia Price (D-Newport
    News), shouted to the crowd." after "state Del."). A question is no statement
    either: a writer's rhetorical one ("How has the Obama administration responded?",
    read in a PolNeAR train briefing as a reaction) tells nothing that happened, and it
    reads as half of an exchange."""
    text = article.text[start:end].strip()
    if not text or text[0].islower() or text[0] in "-–—,;:.)]":
        return True
    if text.rstrip(" )]").endswith("?"):
        return True  # the writer's own question (a quoted one, “…?”, is someone's words)
    if text.endswith(":"):
        return True  # it introduces what follows ("He added:"), which is not shown
    if SUBJECTLESS.match(text):
        return True  # a list's item after "Imagine that she:" ("Is the first ... to not ...")
    if _glosses_a_figure(article, start):
        return True  # "$50 million." then "The amount Trump essentially gave his campaign"
    if HYPOTHETICAL.match(text):
        return True  # the writer's supposition ("Say Mexico demanded that ..."), no report
    if QUOTE_BEFORE.search(article.text[max(0, start - 4) : start]) and _only_a_cue(text):
        # the cue of the quotation before it, the splitter having cut after its "!" or "?"
        # ("… Bobby Scott!" Scott's niece, state Del. Marcia Price, shouted to the crowd.)
        return True
    if text.startswith("(") and text.rstrip(".").endswith(")"):
        return True  # an aside: "(Mr. Shkreli has pleaded not guilty.)"
    if BROADCAST_SIGN.match(text):
        return True  # a broadcast's hand-over: "For The World, I'm Nancy Marshall."
    before = article.text[max(0, start - 3) : start].rstrip()
    after = article.text[end : end + 3].lstrip()
    if text[0].isdigit() and re.search(r"\d\.$", before):
        return True
    if re.search(r"\d\.$", text) and after[:1].isdigit():
        return True
    if TITLE_ABBREVIATION.search(article.text[max(0, start - 12) : start].rstrip()):
        return True
    if TITLE_ABBREVIATION.search(text) is not None:
        return True
    if _cut_after_initials(article, text, end) or _continues_after_initials(article, start):
        return True
    if CUT_AFTER_A_FUNCTION_WORD.search(article.text[max(0, start - 12) : start].rstrip()):
        return True
    if _inside_a_quotation(article, start) or _writer_speaks(article, start, end):
        return True
    if _interview_line(article, text) or _in_a_transcript(article, start):
        return True
    body = article.text[start + _dateline_length(article, start, end) : end]
    if _bare_quotation(body):
        return True
    if ANNOUNCEMENT.fullmatch(body.strip()):
        return True  # what happened is the next sentence's to tell
    return _after_an_abbreviation(article, start) and not _has_a_verb(text)


# A sentence that only announces the next ("WASHINGTON — Something rare happened Monday.
# Senate Majority Leader Mitch McConnell ...": a May 2016 briefing showed it alone as a
# development): something or nothing happened, a few words, no clause after ("Nothing was
# stolen from the embassy." tells what happened: a review's case).
ANNOUNCEMENT = re.compile(
    r"(?:Something|Nothing)(?:\s+[a-z]+){0,2}\s+(?:happened|occurred|took\s+place)"
    r"(?:\s+[\w’'-]+){0,3}[.!]"
)


def _glosses_a_figure(article: Article, start: int) -> bool:
    """The sentence opens the paragraph after one that is a figure alone: a "by the
    numbers" list's gloss ("$50 million." / "The amount Trump essentially gave his
    campaign Thursday, ...", a June 2016 briefing's title and summary; "3." / "The number
    of people The Washington Post reported ..."), which tells nothing without it."""
    text = article.text
    if not text.endswith("\n\n", 0, start) or not GLOSS.match(text, start):
        return False
    opened = text.rfind("\n\n", 0, start - 2)
    paragraph = text[opened + 2 if opened >= 0 else 0 : start].strip()
    return LONE_FIGURE.fullmatch(paragraph) is not None


# A figure alone as a paragraph ("$50 million.", "3.", "7.7.", "30,000.", "46%"), and the
# opening of what glosses one ("The amount ...", "The number of ...": not a numbered
# list's item, "The mayor raised fares ...", a review's case).
LONE_FIGURE = re.compile(
    r"[$€£]?\d[\d,.]*\s*(?:%|percent|(?:thousand|million|billion|trillion)\b)?\.?"
)
GLOSS = re.compile(
    r"(?:The|That'?s the|It'?s the)\s+(?:[\w-]+\s+){0,2}?(?:amount|number|share|percentage|"
    r"percent|portion|proportion|acreage|cost|price|sum|total|age|rank|ranking|years?|"
    r"months?|days?|hours?|minutes?|votes?|delegates?|people|times)\b"
)


# A sentence opening on a verb, with no subject and no comma (an inverted conditional,
# "Should the vote fail, ...", has one): an item of a list whose subject stands before it.
# (the word after it in lower case: "Have You Met Sarn host Ann Vos was fired" opens on a
# show's title: a review of the rule)
SUBJECTLESS = re.compile(r"^(?:Is|Are|Was|Has|Have|Does|Did)\s[a-z][^,]*\.$")
# A sentence the writer opens as a supposition: "Say Mexico demanded that the United States
# prove ..." was a September 2016 briefing's reaction. Only the verb and a clause: not
# "Imagine Tomorrow, a charity, said", "Picture quality was poor", "Say Yes to Sarn".
HYPOTHETICAL = re.compile(
    r"^(?:(?:Suppose|Imagine|Picture)\s+(?:that|if|a|an|this)\b|What if\b|"
    r"Say\s+(?:that\b|[A-Z][\w’'-]+\s+(?:[a-z]+ed|was|were|had|did|does|is|are)\b))"
)
# A quotation closing on "!" or "?" right before a sentence, and a sentence ending on how
# it was said (nothing said after it).
QUOTE_BEFORE = re.compile(r"[!?][”\"’]\s*$")
SAYING_END = re.compile(
    r"\b(?:said|says|shouted|yelled|exclaimed|declared|added|wrote|tweeted|chanted|asked|"
    r"told (?:the )?(?:crowd|reporters|audience|supporters))"
    r"(?: (?:to|at) (?:the )?[\w-]+)?(?: on \w+)?\.$"
)


def _only_a_cue(text: str) -> bool:
    """The sentence is only who said it and how (``SAYING_END``): after its last comma
    there is the verb and no subject ("Her niece, Ann Vos, shouted to the crowd."), or it
    has no comma and is short ("The crowd shouted."); not a statement reported at its end
    ("Twelve of them were arrested on Monday, police said.": a review of the rule)."""
    if SAYING_END.search(text) is None:
        return False
    comma = text.rfind(",")
    if comma < 0:
        return len(text.split()) <= CUE_ONLY_WORDS
    return SAYING_END.match(text[comma + 1 :].strip()) is not None


# A sentence of no comma and at most this many words, ending on how it was said, is a cue.
CUE_ONLY_WORDS = 8


# A quotation opening a sentence, and where it closes.
OPENING_QUOTE = re.compile(r"\s*(?:“|``|\"|‘)")
ANY_CLOSING = re.compile(r"”|''|\"|’(?!\w)")
CLOSING_OF = {
    "“": re.compile(r"”"),
    "``": re.compile(r"''"),
    '"': re.compile(r'"'),
    "‘": re.compile(r"’(?!\w)"),
}


def _bare_quotation(text: str) -> bool:
    """Someone's words with no one named: a sentence that is a quotation and nothing else
    (“To have the meeting and at the same time be working on the statement.”, a January
    2016 briefing's summary; its speaker was named in the sentence before), or that opens
    one and does not close it (LOS ANGELES -- “The stories begin.)."""
    opening = OPENING_QUOTE.match(text)
    if opening is None:
        return False
    # (the mark that closes this one: a quotation inside it, "The ‘I feel your pain’ is
    # absolutely genuine.", closes on its own marks, not this one's)
    closing = CLOSING_OF[opening.group(0).strip()].search(text, opening.end())
    if closing is None:  # (scraped text mixes marks: “Great day," Lee said.)
        closing = ANY_CLOSING.search(text, opening.end())
    if closing is None:
        return not opening.group(0).endswith("‘")  # "‘Tis the season" is no quotation
    rest = text[closing.end() :]
    # (a post's signature names who, but tells no saying: "“I'm thrilled to announce my
    # running mate ...” — Hillary Clinton.", an embedded tweet, ``extract/markup.py``)
    return not any(c.isalnum() for c in rest) or SIGNATURE_ONLY.fullmatch(rest) is not None


# After a quotation, only a signature: a dash, then a name or a handle.
SIGNATURE_ONLY = re.compile(rf"\s*[―—–]\s*{SIGNER}\.?\s*")


# The writer speaking for themself, outside quotation marks ("I claim Trump is not a
# billionaire", a reader's letter; "Robert Peck ... told me this week", a column): a voice
# the briefing cannot cite as a report, and a reader is never told whose.
# ("World War I", "Phase I", "me-too" are no first person)
# (the look-behinds after the "I" they guard, which they then end with: tried only where
# an "I" stands, not at every place of the text, it reads a sentence in half the time)
WRITER_FIRST_PERSON = re.compile(
    r"\bI\b(?<![A-Z][a-z]\sI)(?<![A-Z][a-z]{2}\sI)(?<![A-Z][a-z]{3}\sI)(?<![A-Z][a-z]{4}\sI)"
    r"(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)|(?<!-)\b(?:me|my|myself)\b(?!-)"
)
# The writer's "we" ("Let's save the speeches", "our first debate", "could help us"; not
# "U.S.", whose capitals are another word).
WRITER_WE = re.compile(
    # (not a name: "Our Principles PAC")
    r"\b(?:[Ww]e|us|[Oo]ur(?!\s+[A-Z])|[Oo]urs|[Oo]urselves|[Ll]et['’]s)\b(?![.-]\w)"
)
# A speech verb earlier in the sentence: a "we" after it is the speaker's.
_SPEECH_VERBS = (
    r"said|says|say|saying|told|tells|added|adds|argued|argues|wrote|writes|asked|asks|"
    r"stated|declared|insisted|insists|explained|explains|warned|warns|urged|urges|"
    r"tweeted|noted|notes|recalled|recalls|claimed|claims|promised|promises|vowed|vows|"
    r"predicted|predicts|stressed|stresses|announced|announces|pledged|pledges|"
    r"maintained|maintains|believes|believed|thinks|thought|hopes|hoped|suggested|"
    r"acknowledged|admitted|conceded|replied|responded|reiterated|repeated|emphasi[sz]ed|"
    r"contended|asserted|testified|assured|pointed out|went on"
)
SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH_VERBS}|according to)\b", re.IGNORECASE)
# ... or a speaker and verb after the words: "We are ready, Putin told reporters."
SPEECH_AFTER = re.compile(
    # (after a comma or a closing double mark, not a possessive's apostrophe, "our parents’
    # claims", nor an aside, "as Lincoln once said")
    rf"(?:,[”\"’']?|[”\"])\s+(?!as\b|what\b)(?:[\w.'’-]+\s+){{0,5}}?(?:{_SPEECH_VERBS})\b",
    re.IGNORECASE,
)
# A statement introduced earlier in the paragraph ("In a statement, the company said:"):
# the "we" sentences after it are the company's.
STATEMENT_INTRODUCED = re.compile(
    rf"\b(?:{_SPEECH_VERBS}|statement|posted)\b[^.!?\n]{{0,60}}:\s", re.IGNORECASE
)
# What introduces a text given whole: a verb of saying or writing right before the colon,
# or after it where ("which reads:", "Limbaugh added:", "the company said in a
# statement:", "One user tweeted:"); not a thought ("I believe the message was:", "a
# sentence I never thought I'd write:"), whose words after the colon are the writer's.
TEXT_INTRODUCED = re.compile(
    r"\b(?P<verb>reads?|read as follows|as follows|wrote|writes|said|says|stated|states|added|"
    r"adds|continued|continues|posted|tweeted)(?:\s+(?:in|on)\s+[^.!?\n:]{1,40})?\s*:\s",
    re.IGNORECASE,
)
# ... of a document, whose text may run on over paragraphs.
DOCUMENT_VERB = re.compile(r"reads?|read as follows|as follows", re.IGNORECASE)
QUOTE_MARKS = re.compile(r"[“”\"]|''|``")
# A newsroom's "we" is no opinion: "We reached out to the owner", "Stay with us".
NEWSROOM_WE = re.compile(
    r"\b(?:we(?:'ve| have)? reached out|we will update|update this (?:story|article)|"
    r"stay with us|contact us|email us|tell us|follow us|our (?:crew|correspondent|reporter|"
    r"reporters|team|newsroom|station|photographer|staff))\b",
    re.IGNORECASE,
)
# An interview's transcript line: the question ("Q: You hear now from kids ...") and the
# answer ("A: I'm a very emotional person") read as no report.
TRANSCRIPT_LINE = re.compile(r"^(?:Q|A|QUESTION|ANSWER)\s?:\s")
# "Q. ..." / "A. ..." is an interview's only in a text with both ("A. Scott Berg said").
DOTTED_QUESTION = re.compile(r"^Q\.\s")
DOTTED_ANSWER = re.compile(r"^A\.\s")
# ("QThere's no shortage of causes ...": a print interview glues its Q to the question;
# read so only in a text with both such questions and answers, not "QAnon supporters")
GLUED_QUESTION = re.compile(r"^Q(?=[A-Z][a-z])")
GLUED_ANSWER = re.compile(r"^A(?=[A-Z][a-z])")
# The first letters the interview patterns above open with (``_interview_lines``).
QA = ("Q", "A")
# A transcript's speaker label opening the paragraph ("FALLIN: ... Everyone wants to be
# treated equal.", July 2016): every sentence of it is that speaker's words.
SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'’-]{1,20}(?: [A-Z][A-Z.'’-]{1,20})?:\s")
PARAGRAPH_START = re.compile(r"(?:^|\n)\s*")
# How many labelled paragraphs make a transcript; how many first persons of one sentence
# are read; how many articles' indexes are kept; the opening words a recalled year is in.
TRANSCRIPT_LABELS = 2
FIRST_PERSONS_READ = 8
INDEXES_KEPT = 4096
YEAR_OPENING_WORDS = 8


def _writer_speaks(article: Article, start: int, end: int) -> bool:
    """A first person of the writer's: outside the quotations the reader found and
    outside quotation marks of any style (typewriter ''…'' too). Read once a sentence
    (the opinion-piece count reads every sentence, the sentence rules some again)."""
    index = _index(article)
    known = index.writer_voice.get((start, end))
    if known is None:
        known = index.writer_voice[(start, end)] = _writer_voice(article, index, start, end)
    return known


def _writer_voice(article: Article, index: _Index, start: int, end: int) -> bool:
    text = article.text[start:end]
    for seen, match in enumerate(WRITER_FIRST_PERSON.finditer(text)):
        if seen >= FIRST_PERSONS_READ:
            return False  # a sentence this full of quoted "I"s is someone's words
        if not _quoted(match, text, start, index):
            return True
    return _writers_we(article, start, text, index)


def _quoted(match: re.Match[str], text: str, start: int, index: _Index) -> bool:
    """The match (in the sentence ``text`` at ``start``) stands inside a quotation the
    reader found or inside quotation marks of any style before it in the sentence
    (''I would have been all in,'': a typewriter's marks open alike)."""
    at = start + match.start()
    before = text[: match.start()]
    if index.quotations.past(at - 1, at + 2) or _within_marks(before):
        return True
    return "``" not in before and before.count("''") % 2 == 1


def _writers_we(article: Article, start: int, text: str, index: _Index) -> bool:
    """ "we've asked Chipotle to cater", "our first debate broke the record": the writer
    (a column, an op-ed, a party's own piece) speaking for a "we", outside quotation marks
    and with no speech verb before it in the sentence ("Trump said we need a wall" is his
    words reported); a November 2015 review found such lines as news in five briefings."""
    for seen, match in enumerate(WRITER_WE.finditer(text)):
        if seen >= FIRST_PERSONS_READ:
            return False  # (each look reads the sentence: a bound, as for "I")
        if _quoted(match, text, start, index):
            continue
        before, after = text[: match.start()], text[match.end() :]
        if _closes_a_quotation(after):
            continue  # "We are fully committed to ... contribution.''": a quotation's end
        if SPEECH_AFTER.search(after):
            return False  # "We are ready to cooperate, Putin told reporters."
        paragraph = article.text.rfind("\n", 0, start) + 1
        if STATEMENT_INTRODUCED.search(article.text, paragraph, start):
            return False
        return SPEECH_BEFORE.search(before) is None
    return False


def _closes_a_quotation(after: str) -> bool:
    """A closing mark with no opening one before it: the words were inside a quotation
    opened in an earlier sentence."""
    closing = after.count("”") + after.count("''")
    opening = after.count("“") + after.count("``")
    return closing > opening or (after.count('"') % 2 == 1 and "“" not in after)


def _in_a_transcript(article: Article, start: int) -> bool:
    """The sentence's paragraph opens with a speaker's label in capitals, in a text of
    several such paragraphs (a transcript; one "NEW DELHI:" or "UPDATE:" is no speaker)."""
    if _index(article).labelled < TRANSCRIPT_LABELS:
        return False
    paragraph = article.text.rfind("\n", 0, start) + 1
    return SPEAKER_LABEL.match(article.text, paragraph) is not None


def _inside_a_quotation(article: Article, start: int) -> bool:
    """The sentence is the middle or end of a quotation that opened before it ("...,"
    Obama said, "they don't suddenly become a populist .... That's not the measure of
    populism."): someone's words that, printed alone, read as the briefing's own; or a
    paragraph the report reproduces from someone's text (``read/blocks.py``)."""
    return _index(article).quotations.past(start, start) or in_quoted_block(article.text, start)


# No sentence ends on an article or "of" (a preposition may: "who was passing by."): the
# text before it does when the splitter cut at a sign it could not read ("... since
# agreeing a? 110 - billion ($143 - billion) EU and IMF debt bailout ...", the euro sign
# lost).
CUT_AFTER_A_FUNCTION_WORD = re.compile(r"\b(?:a|an|the|of)\s?[.?!]$", re.IGNORECASE)


# A person's initials ending a sentence before a capitalised word: the splitter cut a name
# ("A site called iKwiz is reporting that director J.J." / "Abrams ..."). Places' and
# bodies' initials end sentences ("... in the U.S. The ...").
# Two initials after a word in lower case that is no determiner ("director J.J."; not
# "the F.B.I.", "Trenton, N.J.").
INITIALS_AT_END = re.compile(r"\b(?P<before>[A-Za-z]+)\s(?P<initials>[A-Z]\.[A-Z]\.)$")
ENDING_INITIALS = frozenset(
    [
        *("U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y.", "A.M.", "P.M."),
        *("N.J.", "N.H.", "N.C.", "S.C.", "N.D.", "S.D.", "N.M.", "R.I."),
        *("B.C.", "N.S.", "N.B.", "N.L."),  # Canada's ("Victoria B.C.", "Prince George B.C.")
    ]
)
DETERMINERS = frozenset(["the", "a", "an", "in", "of", "to", "from", "at", "for", "and"])


def _cut_after_initials(article: Article, text: str, end: int) -> bool:
    match = INITIALS_AT_END.search(text)
    if (
        match is None
        or match.group("initials") in ENDING_INITIALS
        or match.group("before").lower() in DETERMINERS
        # after a capitalised word only a first name's ("President George H.W."; not
        # "Kelowna B.C.", "Halifax N.S.", the review's)
        or (
            match.group("before")[:1].isupper() and match.group("before").lower() not in FIRST_NAMES
        )
    ):
        return False
    after = article.text[end : end + 40].lstrip()
    return after[:1].isupper()


def _continues_after_initials(article: Article, start: int) -> bool:
    """The sentence is the rest of one cut after a person's initials ("... President
    George H.W." / "Bush held back loan guarantees ...": not the other President Bush)."""
    before = article.text[max(0, start - 40) : start].rstrip()
    return _cut_after_initials(article, before, start)


# A short abbreviation a splitter may take for a full stop inside a name ("the L.A.
# Times", "TallGrass Distributors Ltd. Christmas party"): an initialism or a capitalised
# word of at most four letters with its stop.
SHORT_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.(?:[A-Z]\.)+|\b[A-Z][a-z]{0,3}\.)$")
# A closing attribution (", the Canadian Broadcasting Corp. reported."), which holds a
# verb that the words before it may lack.
CLOSING_ATTRIBUTION = re.compile(
    r",[^,]*\b(?:said|says|reported|reports|told|according to)\b[^,]*$", re.IGNORECASE
)
VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|may|might|must|"
    r"shall|should|will|would|\w{3,}ed|said|says|told|went|came|took|made|got|gave|found|"
    r"left|held|shot|hit|ran|saw|began|won|lost|fell|struck|fled|sent|led|set|broke|stole|"
    r"spoke|rose|caught|kept|brought|fought|put|met|paid|knew|became)\b",
    re.IGNORECASE,
)
# A word in lower case ending in -s may be a verb of the present ("makes", "houses"), or a
# plural: either way the words are not taken for a fragment.
PRESENT_S = re.compile(r"\b[a-z]\w*[^s\W]s\b")


def _after_an_abbreviation(article: Article, start: int) -> bool:
    """The text before the sentence ends with a short abbreviation, where the splitter may
    have cut a name in two."""
    return SHORT_ABBREVIATION.search(article.text[max(0, start - 12) : start].rstrip()) is not None


def _has_a_verb(text: str) -> bool:
    """The words before a closing attribution hold a verb (a rough test without a tagger:
    a verb of a tense, an auxiliary or modal, a past form, a word in -s): "Times, at
    MTV.com, and also at Page's official site." holds none."""
    words = CLOSING_ATTRIBUTION.sub("", text.strip())
    return VERB.search(words) is not None or PRESENT_S.search(words) is not None


class _Shown:
    """The sentences the digest prints, to keep one wording of each point across the whole
    briefing (summary, main account, developments, reactions: one happening that the
    clusterer split into two events is told once)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.sentences: list[tuple[set[str], BriefSentence]] = []

    def add(self, sentence: BriefSentence) -> bool:
        """Take a sentence unless it repeats one already shown, in which case its sources
        join that sentence's citation; False when it was not taken."""
        stems = content_stems(without_resolved_dates(sentence.text))
        kept = self._repeated(stems, _article_of(sentence), sentence.text)
        if kept is not None:
            self._merge(kept, (stems, sentence))
            return False
        self.sentences.append((stems, sentence))
        return True

    def duplicate_of(self, stems: AbstractSet[str], article_id: str | None) -> BriefSentence | None:
        """The shown sentence this one repeats: most of the shorter's words in one of its
        own article's, or ``TOLD_ELSEWHERE`` of them in another article's not dated on
        another day (a reporter does not retell a sentence in other words a few lines on;
        another report of the happening does)."""
        repeated = self._repeated(stems, article_id)
        return repeated[1] if repeated else None

    def _repeated(
        self, stems: AbstractSet[str], article_id: str | None, text: str | None = None
    ) -> tuple[set[str], BriefSentence] | None:
        """``duplicate_of``, with the shown sentence's content words; with the sentence's
        ``text``, not a sentence of another report about someone else (``_of_others``)."""
        for other, sentence in self.sentences:
            if not _shares(stems, other, self._share(article_id, _article_of(sentence))):
                continue
            if text is not None and self._of_others(text, article_id, sentence):
                continue
            return other, sentence
        return None

    def _of_others(self, text: str, article_id: str | None, shown: BriefSentence) -> bool:
        """Two reports' sentences in the same words about two subjects: each names what
        the other's report never mentions ("Service Corp. International said it expects
        to report net income of 15 cents a share for the third quarter" had made a
        TimeBank briefing's Aetna earnings line "reported by" Service Corp.'s report)."""
        other_id = _article_of(shown)
        if article_id is None or other_id is None or article_id == other_id:
            return False
        mine, theirs = self.ctx.articles.get(article_id), self.ctx.articles.get(other_id)
        if mine is None or theirs is None:
            return False
        return names_none_of(text, theirs.text, mine.text) and names_none_of(
            shown.text, mine.text, theirs.text
        )

    def _share(self, one: str | None, other: str | None) -> float:
        """How much two sentences share to be one: ``NEAR_DUPLICATE`` within an article, or
        across two events dated on different days (a strike's start and its end share
        their words: "Dockworkers walked out at the port of ..." / "The strike at the
        port of ... ended"), else ``TOLD_ELSEWHERE``."""
        if one is None or other is None or one == other:
            return NEAR_DUPLICATE
        dates = {self._event_date(one), self._event_date(other)}
        return NEAR_DUPLICATE if None not in dates and len(dates) > 1 else TOLD_ELSEWHERE

    def _event_date(self, article_id: str) -> str | None:
        event = self.ctx.event_of.get(article_id)
        return self.ctx.event_dates.get(event) if event else None

    def stems(self) -> set[str]:
        return set().union(*(stems for stems, _ in self.sentences))

    def _merge(
        self, shown: tuple[set[str], BriefSentence], told: tuple[set[str], BriefSentence]
    ) -> None:
        """The dropped sentence's sources join the shown one's citation (``told``: its
        content words and itself)."""
        (kept_stems, kept), (dropped_stems, dropped) = shown, told
        if kept.flag in UNCORROBORATED and self._told_by_another_source(kept, dropped):
            if not _shares(kept_stems, dropped_stems, NEAR_DUPLICATE):
                # Another report tells the happening in its own words (TOLD_ELSEWHERE) but
                # does not state this sentence (no near-duplicate): it reports it, it does
                # not confirm it.
                kept.discussed_by = sorted({*kept.discussed_by, *(c.n for c in dropped.citations)})
                hedged = kept.flag == "not confirmed" or hedges(dropped.text, kept.text)
                kept.flag = "not confirmed" if hedged else "reported"
                return
            # Another source states it: "[1][2][3] *(single source)*" was printed before.
            kept.flag = None
        cited = {c.n for c in kept.citations}
        for citation in dropped.citations:
            if citation.n in cited:
                continue
            cited.add(citation.n)
            if len(cited) <= self.ctx.settings.max_citations:
                kept.citations.append(citation)
            else:
                kept.more_sources += 1
        kept.more_sources += dropped.more_sources

    def _told_by_another_source(self, kept: BriefSentence, dropped: BriefSentence) -> bool:
        """A source other than the one the kept sentence is from (a copy is its original)."""
        articles = self.ctx.articles
        original = {source_of(articles[c.article_id]) for c in kept.citations[:1]}
        return any(source_of(articles[c.article_id]) not in original for c in dropped.citations)


def near_duplicate(a: AbstractSet[str], b: AbstractSet[str]) -> bool:
    """Most content words of the shorter of two sentences stand in the other."""
    return _mostly_shared(len(a & b), len(a), len(b))


def _shares(a: AbstractSet[str], b: AbstractSet[str], share: float) -> bool:
    """``share`` of the content words of the shorter of two sentences, and three words at
    least, stand in the other (a short sentence's two names, "Hillary Clinton has come up
    with one.", do not make every sentence naming her a retelling of it)."""
    shared = len(a & b)
    return shared >= 3 and shared >= share * min(len(a), len(b))


def _article_of(sentence: BriefSentence) -> str | None:
    """The article a briefing sentence is taken from (its first citation)."""
    return sentence.citations[0].article_id if sentence.citations else None


def _mostly_shared(shared: int, one: int, other: int, share: float = NEAR_DUPLICATE) -> bool:
    smaller = min(one, other)
    return smaller >= 3 and shared >= share * smaller


def _news_peg(article: Article) -> tuple[int, int] | None:
    """The first sentence holding a time expression that dates the article's event ("On
    Wednesday, Salazar lashed out") and can lead (not the page's date banner "December
    23, 2012 6: 11 PM" above it): an article may open with background or colour, but this
    sentence says what happened."""
    if not article.event_date:
        return None
    spans = _opening_statements(article, PEG_REACH)
    for expr in sorted(article.times, key=lambda t: t.start):
        if day_of(expr.value) == article.event_date:
            for start, end in spans:
                if not start <= expr.start < end:
                    continue
                if RELATIVE_ASIDE.search(article.text, start, expr.start):
                    continue  # "... the accord, which was announced Friday": the accord's day
                if _can_lead(article, start, end):
                    # (one that leans on the sentence before, "The FDIC cleared the move
                    # yesterday", is not shown first: put first, it was skipped and the
                    # sentence after it, "A closing date hasn't been set.", led instead;
                    # nor the market's answer to the news, "Yesterday it closed at $4.375
                    # a share, up $1.125", which led 1989 Wall Street Journal briefings)
                    if _leans_in(article, start, end) or _goes_on_telling(article, start, end):
                        return None
                    return start, end
    return None


def _goes_on_telling(article: Article, start: int, end: int) -> bool:
    """A sentence that adds to a story told before it: the market's answer to the news
    ("Yesterday it closed at $4.375 a share, up $1.125", which led 1989 Wall Street
    Journal briefings), something "also" said, or said by a description the sentences
    before named ("The truck maker said ...", "The conversion price is $9.58")."""
    text = _outside_quotes(article.text[start:end])
    return MARKET_LINE.search(text) is not None or ALSO.search(text) is not None


# "also" right after the subject ("Du Pont also raised its dividend", "Dime also said");
# not in an aside ("The storm, which also hit Cuba, killed 12") nor far into a sentence
# ("urging his parishioners to also ...").
ALSO = re.compile(r"^\W*(?:[\w.&'’-]+\s+){1,4}?also\s")


# How a share or a market moved: "closed at $26.875", "in over-the-counter trading",
# "was quoted at 87.5 cents bid", "Weisfield's shares soared".
MARKET_LINE = re.compile(
    r"\b(?:closed|closing|was quoted|were quoted)\s+(?:\w+\s+){0,3}at\s+\$|"
    r"\b(?:composite|over-the-counter|exchange|market|stock-market|Nasdaq)\s+trading\b|"
    r"\b(?:shares|stock)(?!\s+market)\s+(?:\w+\s+){0,2}(?:rose|fell|plunged|soared|jumped|dropped|"
    r"gained|lost|slipped|climbed|tumbled|surged|sank|edged)\b",
    re.IGNORECASE,
)


# How many of an article's first statements may be its news peg.
PEG_REACH = 6


def _opening_statements(article: Article, count: int) -> list[tuple[int, int]]:
    """The article's sentences up to its ``count``-th statement: a headline, an address,
    date, byline or caption line (a short line of its own) is none ("By Ana Brisk, staff
    writer", "Photo: the harbour at dawn.": the review)."""
    spans: list[tuple[int, int]] = []
    statements = 0
    for start, end in whole_sentences(article):
        if statements >= count:
            break
        spans.append((start, end))
        if not a_short_line(article.text, start, end) and not is_headline(article, start, end):
            statements += 1
    return spans


def whole_sentences(article: Article) -> list[tuple[int, int]]:
    """The article's sentences, those the splitter cut inside a number ("... stealing
    $2." / "6 million (two million Euros) in jewelry, according to AFP.", as a tokenised
    corpus writes "$2.6") joined again: the happening's sentence is often the one with
    the figure."""
    spans: list[tuple[int, int]] = []
    for start, end in article.sentences:
        if spans and _cut_in_a_number(article.text, spans[-1][1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _cut_in_a_number(text: str, end: int, start: int) -> bool:
    """The sentence ending at ``end`` stops at "2." and the next, on the same line, starts
    with a digit."""
    return (
        text[start : start + 1].isdigit()
        # (the last three characters: "2." or "2.\n", as ``$`` reads the end; not the
        # whole text before it, copied and searched again for each sentence)
        and CUT_NUMBER_END.search(text, max(0, end - 3), end) is not None
        and "\n" not in text[end:start]
    )


CUT_NUMBER_END = re.compile(r"\d\.$")


def _whole(span: tuple[int, int], whole: list[tuple[int, int]]) -> tuple[int, int]:
    """The whole sentence a split sentence belongs to."""
    return next((w for w in whole if w[0] <= span[0] < w[1]), span)


def _sentence(article: Article, start: int, end: int, ctx: Context) -> BriefSentence | None:
    text = article.text[start:end]
    if len(text.split()) < MIN_SENTENCE_WORDS or not _ends_a_sentence(text):
        return None
    if not quotes_balanced(text):
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
    discussed = sorted(ctx.number[s] for s in _reporting(claim, ctx)) if claim else []
    return BriefSentence(
        _with_dates(article, start, end),
        citations,
        _flag(claim, contested, discussed, article, ctx),
        more,
        contested,
        discussed,
    )


def _reporting(claim: Claim, ctx: Context) -> list[str]:
    """The sources that report the claim's point without confirming it: those of its own
    event. A report of another day of a storyline that uses the same words ("stock markets
    have fallen dramatically today") does not report this day's happening; such sources
    still rank a flag (``_discussed_elsewhere``), but a "reported by [n]" would mislead.
    (A source telling part of the claim in a sentence of nearly only its words was tried
    as a reporting one and dropped: a reviewer's cases showed words alone do not tell
    "rose" from "fell", "was seized by fishermen" from "customs officers seized", nor the
    subordinate clause from the main one; it only lifts a flag, ``_told_in_part``.)"""
    event = ctx.event_of.get(claim.article_id)
    return [s for s in claim.discussed_by if s in ctx.number and ctx.event_of.get(s) == event]


def _flag(
    claim: Claim | None,
    contested: list[Contest],
    discussed: list[int],
    article: Article,
    ctx: Context,
) -> str | None:
    """What a reader must know before trusting the sentence: another source says otherwise
    ("contested"), it is an opinion piece's and no other source states it ("opinion"),
    others only report it as a claim ("not confirmed": one of them hedges it), others tell
    the point in their own words without the stance function taking it for confirmation
    ("reported"), or no other source of its event states it ("single source")."""
    if contested:
        return "contested"
    if claim is not None and claim.supported_by:
        return None
    if article.id in ctx.opinion:
        return "opinion"  # the writer's view, which no other source states
    if claim is None or not _event_has_other_sources(article, ctx):
        return None
    if not discussed:
        return SINGLE_SOURCE
    stems = stem_set(claim.text)
    for source in _reporting(claim, ctx):
        span = _best_span(stems, source, ctx)
        text = ctx.articles[source].text
        if span and (hedges(text[span[0] : span[1]], claim.text) or in_quoted_block(text, span[0])):
            return "not confirmed"  # (a reproduced text is someone's: hearsay too)
    return "reported"


def _contests(claim: Claim | None, ctx: Context) -> list[Contest]:
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


def _whole_statement(claim: Claim, article: Article) -> bool:
    """A flag is a whole sentence that states something, single-source or contradicted:
    not a headline line ("Lawyer: Lindsay Lohan checks into rehab facility"), half a
    quotation ('"We have not been told ...'), a piece with an open bracket ("... a mark of
    182 - 158 (."), nor a fragment the splitter cut ("358 with 13 homers ...", "- and Josh
    Hutcherson will all be returning ...", "Christmas party as Benjamin Banky, 40, ...")."""
    return (
        _ends_a_sentence(claim.text)
        and _brackets_balanced(claim.text)
        and quotes_balanced(claim.text)
        and not _not_a_statement(article, claim.start, claim.end)
        and not is_headline(article, claim.start, claim.end)
    )


def _ends_a_sentence(text: str) -> bool:
    """Ends with a full stop, question or exclamation mark (a closing quote aside, spaced
    or not, typewriter ones too: the New York Times' two apostrophes, "... the Promised
    Land.''", had kept a September 2016 report's lead from its summary)."""
    # (a tokenised corpus spaces the closing quote: "... no community. ”")
    return text.rstrip().rstrip("”\"’')").rstrip().endswith((".", "!", "?"))


def _citable(supporters: list[str], ctx: Context) -> list[str]:
    """The sources that support a sentence, independent ones first (a syndicated copy adds
    no independent support), each group in source order."""
    known = [s for s in supporters if s in ctx.number]
    return sorted(known, key=lambda s: (ctx.articles[s].duplicate_of is not None, ctx.number[s]))


def _best_span(stems: AbstractSet[str], supporter: str, ctx: Context) -> tuple[int, int] | None:
    """The supporter's sentence sharing most of the cited sentence's words."""
    best = max(
        ctx.sentences_of.get(supporter, []),
        key=lambda s: len(stems & s.stems),
        default=None,
    )
    return (best.start, best.end) if best else None


def _event_has_other_sources(article: Article, ctx: Context) -> bool:
    sources = ctx.event_sources.get(ctx.event_of.get(article.id), set())
    return bool(sources - {source_of(article)})


def _shown_date(event: Event, lead: BriefSentence | None, ctx: Context) -> str | None:
    """The date an event's line shows: the day of the report its sentence is from (the
    day its lead tells, ``read.lead_date``, not one only its body recalls), when
    that report is dated within the event (a later report of it tells a later day: "MSNBC
    reported Wednesday (2016-04-13)" under the event's first day, 2016-04-07, contradicted
    itself in a reader's review); else the event's date."""
    article = ctx.articles.get(lead.citations[0].article_id) if lead and lead.citations else None
    told = per_report("lead date", article, lead_date) if article else None
    day = (told or article.published or "")[:10] if article else ""
    if article is not None and lead is not None:
        # the day the sentence itself names, when it names one ("On Thursday (2015-11-19),
        # he expanded upon his calls ..." stood under the event's first day, 11-13)
        day = _day_named_in(article, lead.citations[0]) or day
    if not (event.date and len(day) == 10 and len(event.date) >= 10):
        return event.date
    later = (date.fromisoformat(day) - date.fromisoformat(event.date[:10])).days
    # (a report dated past the event's span looks back on it: the event's day stays)
    return day if 0 <= later <= ctx.settings.event_max_span_days else event.date


def _day_named_in(article: Article, cited: Citation) -> str | None:
    """The day the cited sentence reports: its report's event day when the sentence names
    it, else the latest day up to the report's own that a time expression of the span
    resolves to, outside quotations and the dateline ("After Friday's attacks, Trump said
    Sunday ...": Sunday)."""
    quotes = [(q.start, q.end) for q in article.quotes if q.direct]
    latest = (article.published or "9999")[:10]
    opening = cited.start + _dateline_length(article, cited.start, cited.end)
    days = [
        day
        for expr in article.times
        if opening <= expr.start
        and expr.end <= cited.end
        and not any(qs <= expr.start < qe for qs, qe in quotes)
        and (day := day_of(expr.value)) is not None
        and len(day) == 10
        and day <= latest
    ]
    if article.event_date and article.event_date[:10] in days:
        return article.event_date[:10]  # the day the reader dated the report's event by
    return max(days) if days else None


def _entry(event: Event, lead: BriefSentence, ctx: Context) -> TimelineEntry:
    """An event's dated line, as the timeline and the developments both show it."""
    shown = _shown_date(event, lead, ctx)
    return TimelineEntry(event.id, shown, lead, _dated_by_report(lead, shown, ctx))


def _dated_by_report(sentence: BriefSentence, shown: str | None, ctx: Context) -> bool:
    """The line's date is only the day its report was published: the sentence names no
    day (no date, weekday, "today" or "yesterday"), and the date shown is its article's
    publication day. Seen in July 2016 timelines: analysis and background ("Wherever
    Hillary Clinton goes, the media goes.") dated as that day's happening."""
    article = ctx.articles.get(sentence.citations[0].article_id) if sentence.citations else None
    if article is None or not shown or (article.published or "")[:10] != shown[:10]:
        return False
    return NAMES_A_DAY.search(sentence.text) is None


def _with_dates(article: Article, start: int, end: int) -> str:
    """The sentence with relative dates followed by the date they resolve to, outside
    quotes: "On Wednesday (2024-11-13), ..."; quoted words are never changed. Its subject,
    when a bare surname, gets the rest of the name in brackets (``_first_name``)."""
    quotes = [(q.start, q.end) for q in article.quotes if q.direct]
    start += _dateline_length(article, start, end)
    text = article.text[start:end]
    # (offset in the sentence, words to insert there), inserted from the end.
    insertions: list[tuple[int, str]] = []
    for expr in article.times:
        if not (start <= expr.start and expr.end <= end):
            continue
        day = day_of(expr.value)
        if day is None or re.search(r"\d{4}", expr.text):
            continue
        if any(qs <= expr.start < qe for qs, qe in quotes):
            continue
        if _within_marks(article.text[start : expr.start]):
            continue
        if _names_its_day(expr.text) and day[:4] == (article.published or "")[:4]:
            continue  # "Aug. 31 (2016-08-31)" tells the reader nothing more
        cut = expr.end - start
        # After a possessive: "Saturday’s (2016-08-13) call", not "Saturday (…)’s call".
        possessive = POSSESSIVE_END.match(text, cut)
        insertions.append((possessive.end() if possessive else cut, f" ({day})"))
    named = _first_name(article, start, end, quotes)
    if named is not None:
        insertions.append(named)
    for cut, inserted in sorted(insertions, key=lambda i: -i[0]):
        text = f"{text[:cut]}{inserted}{text[cut:]}"
    return curly_quotes(text)


# A capitalised word right before a name, on the same line ("Suu" of "Suu Kyi").
NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w’'.-]*[ \t]+$")


def _first_name(
    article: Article, start: int, end: int, quotes: list[tuple[int, int]]
) -> tuple[int, str] | None:
    """The first person a sentence names, when a bare surname the article gave in full
    ("At Saturday's debate, Halvorson blasted Shuster ..."), with the rest of the name to
    put in brackets before it, as an editor would ("[Art] Halvorson"): the briefing may
    not show the sentence that introduced him. Not inside a quotation, not after a title
    ("Mr. Halvorson" reads alone), nor when two people of the article share the surname."""
    people = sorted(
        (e for e in article.entities if e.label == "PERSON" and start <= e.start < end),
        key=lambda e: e.start,
    )
    first = people[0] if people else None
    if first is None or " " in first.text.strip() or first.text.strip().isupper():
        return None  # (an acronym is no surname: "the super PAC" of a "Hillary PAC")
    if is_country_name(first.text):
        # "all 51 of [Garuda] Indonesia's air carriers": a country the tagger called a
        # person and gave the airline's name (MEANTIME); a reader is misled, and a
        # "Jordan" left without "[Michael]" loses little
        return None
    if any(qs <= first.start < qe for qs, qe in quotes):
        return None
    if AFTER_TITLE.search(article.text[max(0, first.start - 12) : first.start]):
        return None
    word = NAME_WORD_BEFORE.search(article.text, max(start, first.start - 30), first.start)
    if word is not None and (
        article.text[start : word.start()].strip()
        or not (_opens_a_sentence(word.group()) or _tagged_other(article, word.start()))
    ):
        # "Aung San Suu Kyi's": the tagger's surname ends a longer name; so does a
        # sentence's first word unless it opens sentences or the tagger read it as no
        # person ("Then Halvorson" and "Republican Trump" are Halvorson and Trump,
        # "Eloise Parry, 21, was taken" is Eloise: not "Eloise [Fiona] Parry", her mother)
        return None
    full_names = [e.canonical for e in article.entities if e.label == "PERSON"]
    full = person_for(first.text, [n for n in full_names if is_full_name(n)], strict=True)
    name = strip_title(full).split() if full else []
    if len(name) < 2 or name[-1] != first.text:
        return None
    if any(word.endswith(("’s", "'s")) for word in name[:-1]):
        return None  # the tagger's "Trump’s Indiana" is no one's name ("[Trump’s] Indiana")
    return first.start - start, f"[{' '.join(name[:-1])}] "


# Words that open sentences before a name and are no part of it, besides function words,
# adverbs in -ly and words of time.
SENTENCE_OPENERS = frozenset(
    [
        "meanwhile",
        "still",
        "later",
        "now",
        "earlier",
        "instead",
        "yet",
        "also",
        "however",
        "again",
        "next",
        "finally",
        "today",
        "yesterday",
        "tonight",
        "afterwards",
        "afterward",
        "there",
        "here",
    ]
)


def _tagged_other(article: Article, at: int) -> bool:
    """A word the tagger read as something other than a person ("Republican Trump")."""
    return any(e.start <= at < e.end and e.label != "PERSON" for e in article.entities)


def _opens_a_sentence(word: str) -> bool:
    word = word.strip()
    folded = fold(word)
    return (
        folded in STOPWORDS
        or folded in SENTENCE_OPENERS
        or folded.endswith("ly")
        or is_time_word(word)
        or is_title_fragment(word)  # "Congressman Shuster", "Candidate Halvorson"
    )


def _names_its_day(expression: str) -> bool:
    """ "Aug. 31", "31 August": a month's name and a day's number."""
    return MONTH_NAME.search(expression) is not None and DAY_NUMBER.search(expression) is not None


def _dateline_length(article: Article, start: int, end: int) -> int:
    """How much of the sentence at ``start`` is a wire dateline: only the sentence that
    opens the body carries one, after a headline line at most ("NATO — the alliance's
    chief" elsewhere is prose)."""
    agency = AGENCY_DATELINE.match(article.text, start, end)
    if agency is not None:
        return agency.end() - start  # "Cleveland (AFP) –" is a dateline wherever it stands
    if not _only_headlines(
        article.text[max(0, start - HEADLINES_CHARS - 1) : start], article.title
    ):
        return 0  # a paragraph of prose before it: the body began there
    match = DATELINE.match(article.text, start, end)
    return match.end() - start if match else 0


# A deck under the headline is one short sentence ("After Brexit and Trump's threats, bloc
# aims to rely less on U.S. support."), as PolNeAR's texts and many pages print it.
DECK_WORDS = 30
HEADLINES_CHARS = 800


def _only_headlines(before: str, title: str | None) -> bool:
    """What stands before a sentence is a headline and a deck at most: a line that is a
    heading or the article's title, then perhaps one short sentence (September 2016
    review: "BRUSSELS - European leaders gathered ..." after a headline and a deck kept
    its dateline). A sentence alone before it is prose."""
    if len(before) > HEADLINES_CHARS:
        return False  # no headline and deck are this long (and the text is not split again)
    lines = [line.strip() for line in before.split("\n") if line.strip()]
    if not lines:
        return True
    opens_a_line = before.rstrip(" \t").endswith("\n")
    if len(lines) == 1 and title and opens_a_line and _one_short_sentence(lines[0]):
        # the deck under a headline given apart ("Nation shuffling top diplomats and
        # honing its rhetoric to defend image." above "MEXICO CITY - The rise of ...")
        return True
    # (a headline in title case may end on a stop, as PolNeAR's texts print it: "So Long,
    # Grand Old Party; Hello, White People's Party." kept the dateline under it, July 2016)
    headline = is_heading_like(lines[0]) or _is_the_title(lines[0], title)
    if len(lines) > 2 or not (headline or _title_case_line(lines[0])):
        return False
    return len(lines) == 1 or is_heading_like(lines[1]) or _one_short_sentence(lines[1])


# (two capitalised words, "Rowers met on Monday.", are a sentence's names)
TITLE_CASE_WORDS = 4


def _title_case_line(line: str) -> bool:
    """A short line whose longer words all open with a capital: a headline ("Obama
    Administration To Expand Program To Allow Central Americans To Enter U.S. As
    Refugees."), not prose ("Rowers met on Monday.")."""
    long_words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) >= 4]
    return (
        is_heading_like(line.rstrip("."))
        and len(long_words) >= TITLE_CASE_WORDS
        and all(w[0].isupper() for w in long_words)
    )


def _is_the_title(line: str, title: str | None) -> bool:
    return bool(title) and line.rstrip(".!? ") == (title or "").strip().rstrip(".!? ")


def _one_short_sentence(line: str) -> bool:
    return len(line.split()) <= DECK_WORDS and SENTENCE_BREAK.search(line) is None


def _without_dateline(claim: Claim, article: Article) -> Claim:
    """A flag read alone starts where its sentence's news does, after a wire dateline
    ("PHILADELPHIA, July 25 (UPI) — The Democratic National Committee ...")."""
    cut = _dateline_length(article, claim.start, claim.end)
    if not cut:
        return claim
    return replace(claim, text=claim.text[cut:], start=claim.start + cut)


def _within_marks(before: str) -> bool:
    """The sentence has opened quotation marks before this point and not closed them: a
    quotation the reader found no speaker or end for ("She said in a statement: ``... an
    exciting time at today's GM." in a text cut off there) is still someone's words."""
    opened = len(re.findall(r"“|``", before)) - len(re.findall(r"”|''", before))
    # A single backtick opens a quotation a typewriter closes with "'" ("`Black Monday'").
    single = re.search(r"(?<!`)`(?!`)[^']*$", before) is not None
    return opened > 0 or before.count('"') % 2 == 1 or single


def without_resolved_dates(text: str) -> str:
    """A briefing sentence as its source has it: the resolutions that ``_with_dates`` adds
    are the briefing's, not claims of the source."""
    return RESOLVED_DATE.sub("", text)


def _brackets_balanced(text: str) -> bool:
    return text.count("(") == text.count(")")


def _lead(event: Event, ctx: Context, shown: _Shown) -> BriefSentence | None:
    """The sentence that tells the event, or None when the briefing tells it already (its
    sources then join the citation there) or the lead report has no sentence to print."""
    article = _representative(event, ctx)
    sentences = _event_sentences(article, ctx, 1, shown, told_ends=True)
    return sentences[0] if sentences else None


def _first_sentence(event: Event, ctx: Context) -> BriefSentence:
    """The event's lead report's first sentence after its headline, which names it in the
    timeline where the briefing prints no sentence of its own for it."""
    article = _representative(event, ctx)
    spans = article.sentences or [(0, len(article.text))]
    readable = [
        (start, end)
        for start, end in spans
        if len(article.text[start:end].split()) >= MIN_SENTENCE_WORDS
        and usable_title(article.text[start:end].strip())  # not the page's address line
    ]
    # the first sentence of the report itself, not its headline in capitals ("San
    # Bernardino Terror Suspect Named By Police BEFORE ...": a November 2015 timeline)
    told = (span for span in readable if not is_headline(article, *span))
    start, end = next(told, readable[0] if readable else spans[0])
    return BriefSentence(
        article.text[start:end], [Citation(ctx.number[article.id], article.id, start, end)]
    )


# What a reaction responds to, named only as "the request" or "the remarks": the sentence
# before it in its report says which, and the Reactions list shows it alone ("Reno denied
# the request, but Manuel Gonzalez didn't back down.", "A Republican committee aide
# blasted the statement.": a new user's read of 1998-2000 and 2016 briefings). A
# qualifier after it says which ("the request for a hearing", "the remarks by Trump").
RESPONDS_TO_UNTOLD = re.compile(
    # (an object, after a verb: "The ruling party condemned ..." opens on no such thing)
    r"(?<=[a-z] )(?:the|this|that|these|those|his|her|their|its) "
    r"(?:remarks?|comments?|statements?|requests?|decisions?|moves?|announcements?|proposals?|plans?|measures?|rulings?|orders?|offers?|"
    r"suggestions?|ideas?|claims?|allegations?)\b"
    # ... with nothing after it that says which: "of", "by", "Trump made", "he gave"
    r"(?! (?:of|by|from|to|for|on(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b)|about|that|which|in|against|with|over|at|[A-Z]\w*|he|she|"
    r"they|it|we|made|given|issued|delivered|party|parties)\b)"
)


def _reactions(
    members: list[Article], ctx: Context, shown: _Shown, main: Event
) -> list[BriefSentence]:
    """Sentences of someone responding to the storyline's happenings: a verb of response,
    a sentence that reads alone (no pronoun or "The comments" leaning on one not shown, no
    fragment), about what the digest tells (two of its content words), unflagged, and not
    a rewording of a sentence already shown. The most cited first; one of another event
    and day than the main one's carries that day."""
    about = shown.stems()
    found: list[tuple[int, BriefSentence]] = []
    for article in members:
        if article.duplicate_of:
            continue
        for start, end in article.sentences:
            text = article.text[start:end]
            if not is_reaction(text) or _leans_in(article, start, end):
                continue
            if RESPONDS_TO_UNTOLD.search(_outside_quotes(text)):
                continue  # "Reno denied the request": which one, the reader is not told
            if _not_a_statement(article, start, end):
                continue
            if is_headline(article, start, end):
                continue  # "Railing Against Trump, Sanders Vows To ...": a subheading
            if recalls_earlier(article, start, end):
                continue  # a reaction to an earlier happening, not to this storyline's
            if len(content_stems(text) & about) < 2:
                continue
            sentence = _sentence(article, start, end, ctx)
            if sentence and sentence.flag is None and shown.add(sentence):
                sentence.when, sentence.when_reported = _day_apart(article, start, end, ctx, main)
                found.append((len(sentence.citations), sentence))
    found.sort(key=lambda pair: -pair[0])
    return [s for _, s in found[: ctx.settings.reaction_sentences]]


# Key quotes: those other sources carry word for word, then in other words, then the rest.
QUOTE_RANK = {"verbatim": 0, "same_utterance": 1, "only_source": 2}


# Two quotations of one speaker tell one point when they share at least two content words,
# half of the shorter one's, one of them no name and said nowhere else in the two reports:
# "The reality is that at the moment Mexico is not safe" and "... The reality is that
# there is a significant problem in Mexico"; not "Tonight, I ask you to do for Hillary
# Clinton what you did for me." and "... nobody more qualified than Hillary Clinton to
# serve as president" (PolNeAR, July 2016: two lines of one speech), nor "This town will
# rebuild, and our people will be safe again" and "Our people need a new bridge, and this
# town will build one this year" ("town" and "people" stand in the reports' own
# sentences too: a review of the change).
COMPETING_WORDS = 2
COMPETING_SHARE = 0.5
# Everyday words of time, size and manner, which two things one person said share by
# chance ("for a long time" / "so long that it is about time"); short words that carry a
# point ("toll", "wall", "rent": a review of a length bar) are no such words, nor "way"
# (ECB+ dev: "looking for ways to improve it, not weaken it" against "looking at ways to
# strengthen [the Act] — not weaken it" shares only it of the speaker's own); nor the
# everyday verbs ("We know how Wyoming is going to go" and "I don't know. But what we
# can do is make Hillary Clinton go to Illinois ...", two things Manafort said of two
# states, share "know" and "go": a reader's check of April 2016 campaign news).
EVERYDAY_WORDS = frozenset(
    stem(word)
    for word in lexicon(
        "time times long year years day days week weeks month lot thing things good "
        "great little big new old first last next own right same kind part place point case "
        "fact number world life really always never ever again still just also even much "
        "many well "
        "go goes going went gone know knows knew known get gets getting got make makes "
        "making made come comes coming came see sees saw seen take takes taking took taken "
        "give gives giving gave given think thinks thought want wants wanted need needs "
        "needed look looks looking looked tell tells told say says saying said let put "
        "do does doing did done"
    )
)
# A speaker described this way may be anyone of a kind: two outlets' "a town official"
# may be two people.
INDEFINITE = frozenset(["a", "an", "one", "some", "another", "other", "several", "many"])


def _quoted_otherwise(checked: list[CheckedQuote], ctx: Context) -> list[CheckedQuote]:
    """The quotations no other source has (``single_source``) worth an editor's check:
    another outlet reporting the event quotes the same speaker on the same point in other
    words, so one of the two wordings is not the speaker's. Each such point is listed once,
    by its longest wording (the most words to check), with its rivals beside it. A
    quotation the other sources leave out is one outlet's pick of what was said (each
    picks its own lines of a press conference), no point to check: the key quotes still
    mark it "no other source quotes it". Quotations are compared only with those of a
    speaker of the same last word, in the same event (an event's quotations are
    thousands in a big storyline)."""
    heard: dict[tuple[str | None, str], list[tuple[CheckedQuote, _Worded]]] = {}
    for quote in checked:
        if _known_speaker(quote.speaker):
            key = (ctx.event_of.get(quote.article_id), fold(quote.speaker or "").split()[-1])
            heard.setdefault(key, []).append((quote, _quoted_words(quote.text)))
    flagged = []
    for same in heard.values():
        for quote, mine in same:
            # (a flag is read alone: not a quotation leaning on one before, nor a piece of
            # one; such a quotation can still be another's rival, shown beside it)
            if quote.status != "single_source" or not _quote_reads_alone(quote.text):
                continue
            article = ctx.articles[quote.article_id]
            rivals = sorted(
                (
                    other
                    for other, theirs in same
                    if _one_speaker(quote.speaker, other.speaker)
                    and _one_point(mine, theirs)
                    and another_outlet(article, ctx.articles[other.article_id], ctx)
                    and _a_word_of_their_own(quote, other, mine[1] & theirs[1], ctx)
                ),
                key=lambda q: (q.article_id, q.start, q.text),
            )
            if rivals:
                flagged.append(
                    replace(
                        quote,
                        quoted_otherwise_in=[r.article_id for r in rivals],
                        quoted_otherwise=[r.text for r in rivals],
                    )
                )
    return _one_per_rivalry(flagged)


def _a_word_of_their_own(
    quote: CheckedQuote, other: CheckedQuote, shared: frozenset[str], ctx: Context
) -> bool:
    """One of the words two quotations share (``shared``) stands in no sentence of the two
    reports outside the quotations, the speaker's word and not the story's, and is no
    everyday word (``EVERYDAY_WORDS``: "I would say Paul for the time being and maybe
    for a long time" and "They have been treated so badly for so long that it is about
    time ...", two things Trump said, share "time" and "long": a May 2016 read)."""
    around: set[str] = set()
    for said in (quote, other):
        for sentence in ctx.sentences_of.get(said.article_id, []):
            if sentence.end <= said.start or sentence.start >= said.end:
                around |= sentence.stems
    return bool(shared - around - EVERYDAY_WORDS)


def _rivals_quoted_alone(
    checked: list[CheckedQuote], flagged: list[CheckedQuote]
) -> list[CheckedQuote]:
    """The checked quotations, a flag's rival that was "no other source" (nobody else tells
    its point) now "no other source quotes it": another outlet tells the point, in the
    flag's words (a key quote marked "no other source" stood beside the same words as a
    flag's rival: a review of brief-50)."""
    rivals = {pair for q in flagged for pair in _rival_pairs(q)}
    return [
        replace(q, status="single_source")
        if q.status == "only_source" and (q.article_id, q.text) in rivals
        else q
        for q in checked
    ]


def _quote_reads_alone(text: str) -> bool:
    return not QUOTE_LEANING.match(text) and not _piece_of_a_quote(text)


def _one_per_rivalry(flagged: list[CheckedQuote]) -> list[CheckedQuote]:
    """The flagged quotations less those already beside a longer one as its rival (of
    two as long, the one of the smaller article id and place: the same articles give the
    same flags in any order of arrival), in their order."""
    beside: set[tuple[str, str]] = set()
    kept = []
    for quote in sorted(flagged, key=lambda q: (-len(q.text), q.article_id, q.start)):
        if (quote.article_id, quote.text) in beside:
            continue
        kept.append(quote)
        beside |= _rival_pairs(quote)
    return sorted(kept, key=lambda q: (q.article_id, q.start))


def _rival_pairs(quote: CheckedQuote) -> set[tuple[str, str]]:
    """(article id, words) of each rival wording a flagged quotation lists."""
    return set(zip(quote.quoted_otherwise_in, quote.quoted_otherwise, strict=True))


# A quotation's content words (stemmed), and those of them written in lower case (no name).
_Worded = tuple[frozenset[str], frozenset[str]]


def _quoted_words(text: str) -> _Worded:
    lower = " ".join(w for w in text.split() if not w[:1].isupper())
    return stem_set(text), stem_set(lower)


def _known_speaker(speaker: str | None) -> bool:
    """A speaker named, or described as one person ("the mayor"), not as anyone of a kind
    ("a town official", ``INDEFINITE``)."""
    said = fold(speaker or "").split()
    return bool(said) and said[0] not in INDEFINITE


def _one_speaker(one: str | None, other: str | None) -> bool:
    """Both speakers are known and one is the other: the same words, or a name whose
    words all stand in the other's ("Salazar", "Ken Salazar"). "Ilse Marrow" and "Tom
    Marrow", or "Fire Chief" and "Police Chief", are two people (a review of the
    change)."""
    if not _known_speaker(one) or not _known_speaker(other):
        return False
    mine, theirs = fold(one or "").split(), fold(other or "").split()
    if mine == theirs:
        return True
    return bool(
        is_name(one or "")
        and is_name(other or "")
        and (set(mine) <= set(theirs) or set(theirs) <= set(mine))
    )


def _one_point(mine: _Worded, theirs: _Worded) -> bool:
    """Two wordings of one point (``COMPETING_WORDS``), neither holding all the other's
    words: a quotation whose words all stand in the other's is part of it, quoted shorter
    ("a very good dialogue" of "... authentic exchange — very good dialogue")."""
    shared = len(mine[0] & theirs[0])
    shorter = min(len(mine[0]), len(theirs[0]))
    return (
        shared >= COMPETING_WORDS
        and shared >= COMPETING_SHARE * shorter
        and shared < shorter
        and bool(mine[1] & theirs[1])
    )


def _key_quotes(checked: list[CheckedQuote], ctx: Context, ordered: list[Event]) -> list[KeyQuote]:
    """Quotes that carry the story: taken in turn from each event (the main one first) so
    every happening is heard, cross-checked ones first within an event, among equally
    checked ones a new speaker before a second quote of one already heard, a whole
    sentence before a piece of one, and one wording of each utterance."""
    usable = [q for q in checked if q.status in QUOTE_RANK and q.speaker and _worth_hearing(q.text)]
    by_event: dict[str | None, list[CheckedQuote]] = {}
    for quote in sorted(usable, key=lambda q: (QUOTE_RANK[q.status], _partial(q), -len(q.text))):
        by_event.setdefault(ctx.event_of.get(quote.article_id), []).append(quote)
    queues = [by_event.get(e.id, []) for e in ordered]
    chosen: list[KeyQuote] = []
    heard: set[tuple[str | None, str | None]] = set()
    while any(queues) and len(chosen) < ctx.settings.key_quotes:
        for event, queue in zip(ordered, queues, strict=True):
            key = _next_quote(queue, chosen, heard, event.id, ctx)
            if key is not None and len(chosen) < ctx.settings.key_quotes:
                chosen.append(key)
    if ordered:
        _date_quotes_of_other_days(chosen, ctx, ordered[0])
    return chosen


def _date_quotes_of_other_days(keys: list[KeyQuote], ctx: Context, main: Event) -> None:
    """A key quote said on another day than the main event's carries that day
    (``_day_apart``): MEANTIME's 2011 earthquake briefing showed 2008-10 reactions undated
    under its headline, and a 2008 "This decision is even more disappointing" read as said
    of the ruling the briefing told."""
    for key in keys:
        cited = key.citation
        article = ctx.articles[cited.article_id]
        key.when, key.when_reported = _day_apart(article, cited.start, cited.end, ctx, main)


def _day_apart(
    article: Article,
    start: int,
    end: int,
    ctx: Context,
    main: Event,
) -> tuple[str | None, bool]:
    """When the words at ``start``-``end`` were said, where that is not the main event's
    day: the day their own sentence gives, or the same speaker's words just before
    (``said_when``); else, in a report of another event, the day its lead tells ("Gov.
    Mike Pence (R) on Friday" endorsed, and his words further down are of that
    interview), not a day only its body names (another speaker's "Tuesday": a reader's
    check of April 2016 campaign news); a lead that tells no day leaves only the
    report's publication day, marked as such (True). (None, False) where nothing tells
    another day."""
    main_day = (ctx.event_dates.get(main.id) or "")[:10]
    own = said_day(article, start, end)
    if own is not None:
        return (None, False) if main_day.startswith(own) else (own, False)
    if ctx.event_of.get(article.id) == main.id:
        return None, False
    # (a lead that tells no day of its own leaves the publication's: only reported; a
    # lead's "on Friday" of the Friday it was published is told, not only reported)
    told = (told_lead_date(article) or "")[:10]
    day, reported = (told, False) if told else ((article.published or "")[:10], True)
    return (day, reported) if day and day != main_day else (None, False)


# Words a key quote needs: "No", "burn bag", "boots on the ground" are scare quotes or
# answers that say nothing alone; a piece of a sentence needs more ("for good or for ill",
# "marked classified at the time": a November 2015 review).
KEY_QUOTE_WORDS = 4
KEY_PIECE_WORDS = 7


def _worth_hearing(text: str) -> bool:
    words = len(text.split())
    piece = text.lstrip(" “\"‘'")[:1].islower()
    return words >= (KEY_PIECE_WORDS if piece else KEY_QUOTE_WORDS)


def _partial(quote: CheckedQuote) -> bool:
    """A piece of a sentence ("felt this was the best move.", "but the attempt to ..."):
    among equally checked quotes, whole sentences, which read alone, come first."""
    return quote.text.lstrip(" “\"‘'")[:1].islower()


def _next_quote(
    queue: list[CheckedQuote],
    chosen: list[KeyQuote],
    heard: set[tuple[str | None, str | None]],
    event_id: str,
    ctx: Context,
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
        if key is None:
            continue
        # (a chosen quotation this one's printed sentence holds gives way to it: the
        # sentence prints both, "but I find it hard to resist a good deal ..." with it)
        held = next((i for i, k in enumerate(chosen) if _prints_the_other(key, k)), None)
        if held is not None:
            chosen[held] = key
            heard.add((event_id, quote.speaker))
            continue
        if any(_shown_with(key, k) for k in chosen):
            continue
        heard.add((event_id, quote.speaker))
        return key
    return None


def _prints_the_other(key: KeyQuote, chosen: KeyQuote) -> bool:
    """``key`` is printed in its sentence, which holds ``chosen``, printed alone."""
    return bool(
        key.sentence
        and chosen.sentence is None
        and key.citation.article_id == chosen.citation.article_id
        and chosen.text in key.sentence
    )


def _shown_with(key: KeyQuote, chosen: KeyQuote) -> bool:
    """A key quote a chosen one already prints: two pieces of one sentence print it once,
    and a quotation stands in the other's sentence, or the other in its sentence (“It was
    a little more plane than I needed” and the sentence of its “but I find it hard to
    resist a good deal ...” had printed the same words twice: a reader's check of April
    2016 campaign news)."""
    if key.sentence and key.sentence == chosen.sentence:
        return True
    if key.citation.article_id != chosen.citation.article_id:
        return False
    return bool(
        (key.sentence and chosen.text in key.sentence)
        or (chosen.sentence and key.text in chosen.sentence)
    )


def _as_key_quote(quote: CheckedQuote, ctx: Context) -> KeyQuote | None:
    article = ctx.articles[quote.article_id]
    match = next((q for q in article.quotes if q.text == quote.text), None)
    if match is None:
        return None
    citation = Citation(ctx.number[article.id], article.id, match.start, match.end)
    return KeyQuote(
        quote.text, quote.speaker, citation, quote.status, _sentence_of_a_piece(article, match)
    )


# A writer's sentence longer than this is not printed around a piece of a quotation: the
# piece is shown alone, as before (PolNeAR's and FNC-1's pieces sit in sentences of 14-56
# words).
KEY_SENTENCE_WORDS = 70


def _sentence_of_a_piece(article: Article, quote: Quote) -> str | None:
    """The writer's sentence, word for word, around a quotation taken up mid-sentence
    ("Analyst Rebecca Lindland said that the move will also benefit the companies by
    getting "them out from underneath any hint of government ownership ...''"), after its
    wire dateline: a piece alone does not say what its "them" or "she" is, nor what the
    speaker said it of. None for a quotation that opens a statement of its own."""
    if not _piece_of_a_quote(quote.text):
        return None
    spans = [(s, e) for s, e in article.sentences if s < quote.end and e > quote.start]
    if not spans:
        return None
    start, end = spans[0][0], spans[-1][1]
    start += _dateline_length(article, start, end)
    sentence = article.text[start:end].strip()
    if quote.text not in sentence or len(sentence.split()) > KEY_SENTENCE_WORDS:
        return None
    return sentence


def _single_source_claims(
    ctx: Context, main_event: str, shown: _Shown, unverified: list[CheckedQuote]
) -> list[Claim]:
    """Claims worth a reader's check: no other source states them, yet other sources of the
    same event discuss the point (the closest sentence elsewhere shares a good part of the
    words), and they carry a checkable detail (a name, a figure or a quotation). A sentence
    that no other source touches at all is extra background, not a disputed point; one that
    is mostly a quotation is checked as a quote (listed under quotes other sources word
    otherwise when it is one), and so is one holding a quotation no other source has.
    Background (history before the event, a biography, an organisation's description of
    itself) is never a flag, nor a sentence the digest prints or rewords (its flag stands
    beside it, or its sources are cited there), and a point is flagged once (the best
    ranked wording), in the order an editor checks them (``_FlagOrder``)."""
    printed = {s.text for _, s in shown.sentences}
    quoted = [q.text for q in unverified if len(q.text.split()) >= MIN_SENTENCE_WORDS]
    # The storyline's other events are its background: a detail of theirs only one
    # source gives is extra, not a point to check, unless another source tells it with
    # another date or figure. (Those that another source "discusses" were kept too at
    # first: of PolNeAR July 2016's twelve, "An FBI spokesman did not immediately
    # respond to a request for comment." and "Sanders is scheduled to address the
    # convention Monday night." were typical.) This goes before the tests of a sentence's
    # form, which cost more: in a storyline of 30 events most claims are of other events.
    found = [
        c
        for c in ctx.claims.values()
        if not c.supported_by
        and not c.contradicted_by
        and c.closest_overlap >= ctx.settings.related_overlap
        and _has_checkable_detail(c.text)
        and _event_has_other_sources(ctx.articles[c.article_id], ctx)
        and c.article_id not in ctx.opinion  # a view, not a checkable report
        and (
            ctx.event_of.get(c.article_id) == main_event
            or _told_otherwise(c, ctx, within_its_event=True)
        )
    ]
    found = [
        c
        for c in found
        if not _asked(_mostly_quoted, c, ctx.articles[c.article_id])
        and _asked(_whole_statement, c, ctx.articles[c.article_id])
        and not _asked(is_background, c, ctx.articles[c.article_id], _event_date(c, ctx))
        and not is_speculation(c.text)
        and not _opening_told_elsewhere(c, ctx)
        and c.text not in printed
        # its point is told, and cited there (most of its words: the lower bar across
        # articles is for two tellings of a happening, not a claim beside one)
        and shown.duplicate_of(stem_set(c.text), None) is None
        and not any(q in c.text for q in quoted)
    ]
    # An undated report's claim dated in a year before the latest its storyline names is
    # the happening's history (an obituary's biography, an earlier case), not news.
    latest = _latest_year(ctx)
    found = [
        c for c in found if not _asked(_names_a_year_before, c, ctx.articles[c.article_id], latest)
    ]
    # A point another outlet tells is no flag, and nor is a claim that tells it too (a
    # flag told twice with it, below). They go before the flags are ranked one per point:
    # a claim told elsewhere ("Trump leads with 182 delegates") must not take with it a
    # near-duplicate of its words that tells another figure ("Overall, Trump leads with
    # 221 delegates", a later update of the same live blog).
    elsewhere = [c for c, told in zip(found, told_elsewhere(found, ctx), strict=True) if told]
    gone = {id(c) for c in elsewhere}
    ranked = _one_per_point(
        sorted((c for c in found if id(c) not in gone), key=_FlagOrder(ctx, main_event).key)
    )
    head = 2 * ctx.settings.max_listed_claims  # compared in pairs: the ones listed, and more
    return not_told_twice(ranked[:head], ctx, elsewhere) + ranked[head:]


def _asked(test: Callable[..., bool], claim: Claim, article: Article, *given: Hashable) -> bool:
    """``test(claim, article, *given)`` for a test that reads nothing but the article, the
    claim's span of it (its text is the article's text there) and what it is given: kept
    with the article's answers from one build to the next (``answers_of``), where a
    briefing asks it of each of thousands of claims, most of them the last build's."""
    return kept_answer(
        article, (test, claim.start, claim.end, *given), lambda: bool(test(claim, article, *given))
    )


class _FlagOrder:
    """The order of the flags, as an editor checks them: the main happening's claims
    first, history (dated before it, or told as the time before) down; then a point
    another source tells with another date or figure; a claim every part of which some
    other source has, last; then those other sources discuss, those naming a main actor,
    those with a detail no other source gives, those attributed to someone; last, with
    such a detail, the closer another source comes to the sentence (the detail stands
    out), without one, the larger the share of its words no other source has."""

    def __init__(self, ctx: Context, main_event: str) -> None:
        self.ctx = ctx
        self.main_event = main_event
        self.actors = _main_actors(ctx)
        self.elsewhere = _Elsewhere(list(ctx.articles.values()), ctx.people)
        self.latest = _latest_year(ctx)

    def key(self, claim: Claim) -> tuple[bool, bool, bool, bool, bool, bool, bool, bool, float]:
        article = self.ctx.articles[claim.article_id]
        new = self.elsewhere.new_details(claim, article, self.latest)
        only = self.elsewhere.unshared(claim, article)
        history = _asked(_names_a_year_before, claim, article, self.latest) or bool(
            HISTORY.search(claim.text)
        )
        background = self.ctx.event_of.get(claim.article_id) != self.main_event
        return (
            background,
            history,
            # (as the claims of the storyline's other events were chosen: by their own)
            not _told_otherwise(claim, self.ctx, within_its_event=background),
            not new and only == 0,  # every part of it stands in another source
            not _discussed_elsewhere(claim, self.ctx),
            not _names_any(claim, article, self.actors),
            not new,
            # What someone is reported to have said or done can be checked against the
            # record; a writer's own characterisation ("cool as an assassin") cannot.
            not _attributed(claim.text),
            -(claim.closest_overlap if new else only),
        )


def _discussed_elsewhere(claim: Claim, ctx: Context) -> bool:
    """Another independent source of the storyline talks about the same point but says
    something else (the stance function's "discusses"): a difference an editor checks,
    worth more than a point no other source touches. Sources of the storyline's other
    events count too: on the seeds, the report that says "there is no pause" belongs to an
    earlier event than the claim of a "pause of financial aid"."""
    own = source_of(ctx.articles[claim.article_id])
    return any(source_of(ctx.articles[s]) != own for s in claim.discussed_by if s in ctx.articles)


# A date a time expression resolves to: a decade ("198": the 1980s), a year, a month or a
# day.
DATE_VALUE = re.compile(r"^\d{3,4}(?:-\d{2}){0,2}$")
# An outlet or agency a report cites ("CNN says", "MyFoxHouston.com reports", "according to
# the AP") is where the report has it from, not a detail of the happening.
CITED_AFTER = re.compile(
    r"^\W*(?:com\W*)?(?:has |have )?(?:said|says|reports?|reported|confirmed|told|tells)\b",
    re.IGNORECASE,
)
CITED_BEFORE = re.compile(r"\b(?:according to|told|tells)\s+(?:the\s+)?$", re.IGNORECASE)
# The words of a name that tell it apart: after its first word (a first name or an article
# is shared by many), of four letters or more ("Ga." and "AP" name nothing checkable).
NAME_WORD_LETTERS = 4


# What a source says, as ``_Elsewhere`` counts it: each item its kind's mark and its value
# (one string each, not a pair: a briefing's reports say some 400 items each, and a watcher's
# composing keeps them from one build to the next).
STEM_ITEM = "s "
WORD_ITEM = "w "
FIGURE_ITEM = "f "
DATE_ITEM = "d "
NAME_ITEM = "n "


def _said_in(article: Article) -> tuple[tuple[str, ...], str]:
    """What a report says that ``_Elsewhere`` compares, but the names (the storyline's
    one name for a person depends on its other reports): the content words of its
    sentences (as the comparison indexes them), its words, figures and dates; and its words
    as one text."""
    said = words(article.text)
    stems = set().union(*(stem_set(article.text[s:e]) for s, e in article.sentences))
    items = {STEM_ITEM + s for s in stems or content_stems(article.text)}
    items |= {WORD_ITEM + w.removesuffix("'s") for w in said}
    items |= {FIGURE_ITEM + _figure(m.group()) for m in FIGURE.finditer(article.text)}
    items |= {DATE_ITEM + t.value for t in article.times if t.value and _is_date(t.value)}
    return tuple(items), " ".join(said)  # (kept as a tuple: a third less room than a set)


class _Elsewhere:
    """What each independent source of a storyline says, to tell which part of a claim no
    other source says: its content words, and its checkable details (a figure, a date by
    the day it names, a name by the storyline's one name for it, a quotation)."""

    def __init__(self, members: list[Article], people: PersonNames | None = None) -> None:
        # (``people``: the members' names, when the caller has worked them out)
        self.people = people if people is not None else person_names(members)
        self.said: dict[str, set[str]] = {}
        self.texts: dict[str, list[str]] = {}
        for article in members:
            source = source_of(article)
            items, text = per_report("said", article, _said_in)
            self.said.setdefault(source, set()).update(items)
            self.said[source].update(
                NAME_ITEM + self._name(e) for e in article.entities if e.label in NAME_LABELS
            )
            self.texts.setdefault(source, []).append(text)
        # How many sources say each item: said elsewhere when others than its own do.
        self.sources: Counter[str] = Counter()
        for told in self.said.values():
            self.sources.update(told)
        self.dates = [i[len(DATE_ITEM) :] for i in self.sources if i.startswith(DATE_ITEM)]

    def _name(self, entity: Entity) -> str:
        return fold(self.people.person(entity) or entity.canonical or entity.text)

    def _elsewhere(self, source: str, item: str) -> bool:
        return self.sources[item] - (item in self.said.get(source, set())) > 0

    def unshared(self, claim: Claim, article: Article) -> float:
        """The share of the claim's content words that no other source has."""
        stems = stem_set(claim.text)
        source = source_of(article)
        alone = [s for s in stems if not self._elsewhere(source, STEM_ITEM + s)]
        return len(alone) / len(stems) if stems else 0.0

    def new_details(self, claim: Claim, article: Article, latest: str | None) -> list[str]:
        """The claim's checkable details that no other source of the storyline gives: a
        date (by the day it names; one before the event is history, not news), a figure
        outside a date, a name (by the storyline's name for it, and by its words after
        the first; not an outlet the report cites), a quotation."""
        source = source_of(article)
        start, end = claim.start, claim.end
        # (what the claim holds is read from its article alone: kept, as a storyline's
        # hundreds of flags are ranked again at each build)
        details = kept_answer(
            article, (_Details, start, end), lambda: _Details.of(article, start, end)
        )
        found = [
            t.text
            for t in details.dates
            if not any(_same_day(t.value, v) for v in self._dates_elsewhere(source))
            and not _before_event(t.value, article, latest)
        ]
        found += [
            text
            for text, figure in details.figures
            if not self._elsewhere(source, FIGURE_ITEM + figure)
        ]
        for entity, telling in details.names:
            if self._elsewhere(source, NAME_ITEM + self._name(entity)):
                continue
            # The tagger misses a name here and there: the name's words said elsewhere
            # ("Claudia Sheinbaum Pardo" against "Sheinbaum") make it no new name.
            if not any(self._elsewhere(source, WORD_ITEM + w) for w in telling):
                found.append(entity.text)
        for quoted, said in details.quotes:
            others = (t for s, texts in self.texts.items() if s != source for t in texts)
            if not any(said in text for text in others):
                found.append(quoted)
        return found

    def _dates_elsewhere(self, source: str) -> list[str]:
        return [v for v in self.dates if self._elsewhere(source, DATE_ITEM + v)]


@dataclass(frozen=True, slots=True)
class _Details:
    """The checkable details a claim holds (``_Elsewhere.new_details`` asks which of them
    no other source gives): its dates, its figures outside a date (as written, and as
    compared), the names it gives that are no outlet it cites and have telling words
    (``_telling_words``), with those words, and its direct quotations (as written, and
    their words)."""

    dates: tuple[TimeExpr, ...]
    figures: tuple[tuple[str, str], ...]
    names: tuple[tuple[Entity, tuple[str, ...]], ...]
    quotes: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, article: Article, start: int, end: int) -> _Details:
        def inside(first: int, last: int) -> bool:
            return start <= first and last <= end

        dated = tuple(t for t in article.times if inside(t.start, t.end) and _is_date(t.value))
        figures = tuple(
            (match.group(), _figure(match.group()))
            for match in FIGURE.finditer(article.text[start:end])
            if not any(t.start <= start + match.start() < t.end for t in dated)
        )
        names = tuple(
            (entity, tuple(telling))
            for entity in article.entities
            if entity.label in NAME_LABELS
            and inside(entity.start, entity.end)
            and not _cited(article, entity)
            and (telling := _telling_words(entity.text))
        )
        quotes = tuple(
            (quote.text, said)
            for quote in article.quotes
            if quote.direct
            and inside(quote.start, quote.end)
            and (said := " ".join(words(quote.text)))
        )
        return cls(dated, figures, names, quotes)


def _telling_words(name: str) -> list[str]:
    said = [w.removesuffix("'s") for w in words(name)]
    said = said[1:] if len(said) > 1 else said
    return [w for w in said if len(w) >= NAME_WORD_LETTERS and w not in STOPWORDS]


def _figure(text: str) -> str:
    return text.replace(",", "")


def _is_date(value: str | None) -> bool:
    return value is not None and DATE_VALUE.match(value) is not None


def _same_day(a: str | None, b: str | None) -> bool:
    """Two dates name the same time when one contains the other ("2024-11" and
    "2024-11-13": a report that says "in November" does not contradict the day)."""
    return a is not None and b is not None and (a.startswith(b) or b.startswith(a))


def _before_event(value: str | None, article: Article, latest: str | None) -> bool:
    """The date lies before the month of the article's event; for an undated article,
    before the latest year its storyline names (a report names no year after its own)."""
    reference = article.event_date[:7] if article.event_date else latest
    if value is None or not reference:
        return False
    return value[: len(reference)] < reference[: len(value)]


def _latest_year(ctx: Context) -> str | None:
    years = [
        t.value[:4]
        for a in ctx.articles.values()
        for t in a.times
        if t.value and _is_date(t.value) and t.value[3:4].isdigit()  # a year, not a decade
    ]
    return max(years, default=None)


def _names_a_year_before(claim: Claim, article: Article, latest: str | None) -> bool:
    """An undated article's claim dated before the latest year its storyline names: the
    history of the happening (a biography in an obituary), not the happening; a dated
    article's such claims are background already (``is_background``)."""
    return not article.event_date and any(
        claim.start <= t.start < claim.end
        and _is_date(t.value)
        and _before_event(t.value, article, latest)
        for t in article.times
    )


def _cited(article: Article, entity: Entity) -> bool:
    before = article.text[max(0, entity.start - 20) : entity.start]
    after = article.text[entity.end : entity.end + 20]
    return bool(CITED_AFTER.search(after) or CITED_BEFORE.search(before))


def _told_otherwise(claim: Claim, ctx: Context, within_its_event: bool = False) -> bool:
    """``_told_otherwise_now``, kept with the claim's article's answers (``answers_of``)
    with what it read of the other sources (``_otherwise_read``), when they all have a
    stamp: one answer a question, replaced when the sources it reads change."""
    return kept_answer(
        ctx.articles[claim.article_id],
        (_told_otherwise, claim.start, claim.end, within_its_event),
        lambda: _told_otherwise_now(claim, ctx, within_its_event),
        _otherwise_read(claim, ctx, within_its_event),
    )


def _otherwise_read(claim: Claim, ctx: Context, within_its_event: bool) -> Hashable | None:
    """What ``_told_otherwise_now`` reads besides the claim's article: the sources that
    discuss the claim and count (those of its event, ``within_its_event``), each by its
    stamp (their sentences, dates and figures), and the share a sentence must hold; None
    when a source has no stamp (an article built in memory) or is not in the context."""
    event = ctx.event_of.get(claim.article_id)
    sources: list[tuple[str, str]] = []
    for source in claim.discussed_by:
        if within_its_event and ctx.event_of.get(source) != event:
            continue
        other = ctx.articles.get(source)
        stamp = stamp_of(other) if other is not None else None
        if stamp is None:
            return None
        sources.append((source, stamp))
    return (tuple(sources), ctx.settings.support_overlap)


def _told_otherwise_now(claim: Claim, ctx: Context, within_its_event: bool = False) -> bool:
    """A source that discusses the claim states its point (a sentence with
    ``support_overlap`` of its words) with another date or another figure, and none states
    it with the same: the difference an editor checks first ("launched in December"
    against "launched in September"). A report of another day of publication tells its
    own day: its figures are updates (an index, a toll, a poll move from one day to the
    next, and ``support.py`` files such a source as no contradiction either) and its
    "Thursday" or "today" another day than the claim's, so it counts only by a date it
    names by its month or year, and never says the claim is told the same (a later day's
    toll had hidden a same-day difference). ``within_its_event``: only sources reporting
    the claim's own event count (the storyline's other events: another week's "Tuesday's
    primary" is another primary)."""
    article = ctx.articles[claim.article_id]
    mine = _dates_and_figures(article, claim.start, claim.end)
    named = _named_dates(article, claim.start, claim.end)
    stems = stem_set(claim.text)
    if not any(mine) or not stems:
        return False
    event = ctx.event_of.get(claim.article_id)
    otherwise = False
    for source in claim.discussed_by:
        if within_its_event and ctx.event_of.get(source) != event:
            continue
        other = ctx.articles[source]
        same_day = same_publication_day(article, other)
        for sentence in ctx.sentences_of.get(source, []):
            if len(stems & sentence.stems) < ctx.settings.support_overlap * len(stems):
                continue
            if not same_day:
                otherwise |= _other_dates(named, _named_dates(other, sentence.start, sentence.end))
                continue
            theirs = _dates_and_figures(other, sentence.start, sentence.end)
            if _other_dates(mine[0], theirs[0]) or _other_figures(mine[1], theirs[1]):
                otherwise = True
            elif mine[0] & theirs[0] or mine[1] & theirs[1]:
                return False  # another source states it with the same detail
    return otherwise


# A time expression that names its date by a month or a year ("in December", "on March 1",
# "in 2019"), not by the day it was written on ("Thursday", "today", "last week").
NAMES_ITS_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?!\w)|\b\d{4}\b"
)


def _named_dates(article: Article, start: int, end: int) -> set[str]:
    """The days the span's time expressions name by their month or year."""
    return {
        t.value
        for t in _dates_within(article, start, end)
        if t.value and NAMES_ITS_DATE.search(t.text)
    }


def _dates_within(article: Article, start: int, end: int) -> list[TimeExpr]:
    """The span's time expressions that name a date."""
    return [t for t in article.times if start <= t.start and t.end <= end and _is_date(t.value)]


def _dates_and_figures(article: Article, start: int, end: int) -> tuple[set[str], set[str]]:
    """The days the span's time expressions name, and its figures outside them."""
    dated = _dates_within(article, start, end)
    figures = {
        _figure(m.group())
        for m in FIGURE.finditer(article.text, start, end)
        if not any(t.start <= m.start() < t.end for t in dated)
    }
    return {t.value for t in dated if t.value}, figures


def _other_dates(mine: set[str], theirs: set[str]) -> bool:
    return bool(mine and theirs) and not any(_same_day(a, b) for a in mine for b in theirs)


def _other_figures(mine: set[str], theirs: set[str]) -> bool:
    return bool(mine and theirs) and not mine & theirs


def _one_per_point(claims: list[Claim]) -> list[Claim]:
    """The claims in order, less each near-duplicate of one kept before it. The pairs that
    may be near-duplicates (three words shared at least) are counted at once
    (``pairs_sharing``; a storyline has hundreds of flags to sort: comparing each with every
    kept one was a quarter of a build, and counting each one's shared words with the kept
    ones through their postings, one claim at a time, a twentieth)."""
    stems = [stem_set(claim.text) for claim in claims]
    sizes = np.fromiter(map(len, stems), dtype=np.int64, count=len(stems))
    earlier, later, shared = pairs_sharing(stems, len(stems), 3)
    smaller = np.minimum(sizes[earlier], sizes[later])
    # ``_mostly_shared``, and three words at least (70% of three or more).
    near = (smaller >= 3) & (shared >= NEAR_DUPLICATE * smaller)
    duplicates: dict[int, list[int]] = {}
    for one, other in zip(earlier[near].tolist(), later[near].tolist(), strict=True):
        duplicates.setdefault(other, []).append(one)
    kept: set[int] = set()
    for n in range(len(claims)):
        if not any(one in kept for one in duplicates.get(n, ())):
            kept.add(n)
    return [claim for n, claim in enumerate(claims) if n in kept]


# The storyline's main actors: the few people and organisations most of its independent
# sources name (places and nationalities are where things happen, not who acts).
MAIN_ACTORS = 4


def _main_actors(ctx: Context) -> set[str]:
    """The people and organisations named by as many independent sources as the
    ``MAIN_ACTORS``-th most named one, or more (all of a tie: which of equally named ones
    made the cut changed from run to run with the order of a set)."""
    counts = entity_counts(list(ctx.articles.values()), ACTOR_LABELS, ctx.people)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked:
        return set()
    least = ranked[min(MAIN_ACTORS, len(ranked)) - 1]
    return {fold(name) for name, count in counts.items() if count >= least}


def _names_any(claim: Claim, article: Article, actors: set[str]) -> bool:
    """The claim names one of the actors (the actor's last name word stands in it: the
    tagger misses a surname here and there, or takes it for an organisation); a claim
    opening with a pronoun ("He further mentioned ...") is about whom the sentence before
    it names (or the one before that, when it ends a quotation its speaker is named in)."""
    start, end = claim.start, claim.end
    # (kept: the article's words there are asked again of each flag at each build)
    said = kept_answer(article, (_names_any, start, end), lambda: _words_told(article, start, end))
    return any(actor.split() and actor.split()[-1] in said for actor in actors)


def _words_told(article: Article, start: int, end: int) -> frozenset[str]:
    """The words of the claim at ``start``-``end`` of the article, and of the sentences
    before it that say whom it is about when it opens with a pronoun (``_names_any``)."""
    if _opens_with_pronoun(article.text[start:end]):
        before = [s for s, e in article.sentences if e <= start][-PRONOUN_REACH:]
        start = before[0] if before else start
    return frozenset(w.removesuffix("'s") for w in words(article.text[start:end]))


# How many sentences back a pronoun-led claim looks for whom it is about.
PRONOUN_REACH = 2
# (Not after a quotation mark: a name inserted there would change someone's words.)
PERSONAL_OPENING = re.compile(r"^\s*(?:He|She)\b")


def _whom(claim: Claim, article: Article, names: PersonNames) -> str | None:
    """Whom a claim opening with "He" or "She" is about: the person the sentence before it
    names first outside quotation marks, when that is in its first half, where its subject
    stands ("Ambassador Salazar, in a conference ..."), by the storyline's name for them;
    the sentence before that one when it is the end of a quotation ("... a significant
    problem in Mexico.”" after "Ambassador Salazar stated, “..."). A person named only late
    in the sentence ("... a pass from Luck to Reggie Wayne."), or none named by the
    sentence before ("'She was a happy girl,' said the friend."), gives no name: no name is
    better than a wrong one."""
    if not PERSONAL_OPENING.match(claim.text):
        return None
    read = _speaker_read_at(claim.start, article)
    if read is not None:
        # "He said Grassley could lose": the reader already read "He" as a speaker (Jon
        # Tester, whose "..., Tester said." ends the sentence before; not McCain, whom
        # that sentence names first).
        return names.name_of(read) if is_name(read) else None
    before = [(s, e) for s, e in article.sentences if e <= claim.start][-PRONOUN_REACH:]
    quoted = [(q.start, q.end) for q in article.quotes if q.direct]
    for start, end in reversed(before):
        people = [
            (entity.start, person)
            for entity in article.entities
            if start <= entity.start < end
            and not any(qs <= entity.start < qe for qs, qe in quoted)
            and (person := names.person(entity))
        ]
        pronoun = claim.text.split()[0]
        relatives = all(
            RELATIVE_BEFORE.search(article.text, max(start, at - 30), at) for at, _ in people
        )
        if people and relatives and _pronoun_is_its_subject(article.text[start:end], pronoun):
            # "Along with her husband, Milton Berg, she has given ... She called Carson":
            # the sentence before is about her too, and the names in it are her relatives
            # (not "After Mary Smith arrived, she was greeted ...": Mary Smith)
            continue
        if people:
            at, person = min(people)
            # (and one "He" can stand for: not "He [Hillary Clinton] managed Mr. Gore's
            # campaign", after a correction naming her first and the campaign's manager late)
            return person if at < (start + end) / 2 and agrees(pronoun, person) else None
        if not any(qs <= start + 1 < qe or qs <= start < qe for qs, qe in quoted):
            return None  # the sentence before names no one and is not a quotation's end
    return None


# A relative of the pronoun's person named in apposition: "her husband, Milton Berg".
RELATIVE_BEFORE = re.compile(r"\b(?:her|his|their)\s+[a-z-]+,?\s+$")


def _pronoun_is_its_subject(sentence: str, pronoun: str) -> bool:
    """The pronoun opens the sentence or its main clause after an opening phrase
    ("Along with her husband, Milton Berg, she has given ...")."""
    word = re.escape(pronoun.lower())
    return re.search(rf"(?:^|,\s+)(?i:{word})\s", sentence) is not None


def _speaker_read_at(start: int, article: Article) -> str | None:
    """The speaker the reader resolved a pronoun at ``start`` to, when it is the mention
    of a quotation's speaker there."""
    for quote in article.quotes:
        mention = (quote.speaker_mention or "").lower()
        if quote.speaker and quote.speaker_start == start and mention in {"he", "she"}:
            return quote.speaker
    return None


# Background, not news: history before the event ("previously", "back in", "had been",
# "since 2019"), a biography ("was born", "served as"), an organisation describing itself
# ("is a non-profit that", "founded in").
BACKGROUND = re.compile(
    r"\b(?:previously|formerly|back in|in the past|had (?:long |previously |already )?been|"
    r"had (?:previously|long)|since (?:at least )?(?:19|20)\d\d|"
    r"was born|grew up|graduated|served as|(?:has|had) served|(?:has|have) long been|"
    r"(?:has|have) been (?:a|an|the) |"
    r"founded in|founded by|established in|headquartered|dedicated to|whose mission|"
    r"(?:is|are) (?:a|an|the) (?:[\w-]+ ){0,4}(?:organi[sz]ation|charity|non-?profit|"
    r"company|firm|agency|foundation|association|institute|provider|network|group) "
    r"(?:that|which|based|dedicated|working|founded)|"
    # a life told without a date: "is survived by", "a native of", "began her career"
    r"is survived by|(?:a|is) native of|began (?:his|her|their) career|studied at|"
    r"(?:is|was) married to)\b",
    re.IGNORECASE,
)
# A sentence that opens with a name and tells what it does, in the present ("Kraft makes
# Ritz crackers", "The company employs 1,200 people"): an organisation's boilerplate.
SELF_DESCRIPTION = re.compile(
    # (not a pronoun or a clause's opening word: "It makes me sad", "Until Microsoft ...")
    r"^(?!(?:It|He|She|They|We|I|You|This|That|Until|When|If|As|After|Before|While|"
    r"Because|Unless|Since|Once)\b)"
    r"(?:The company|The firm|The group|[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})(?:,[^,]{3,60},)? "
    r"(?:makes|produces|manufactures|sells|operates|owns|employs|runs|has offices|is based|"
    r"houses) "
)


# A life or an organisation told as what it is, not as news, in words a reader sees as
# such: a career ("a 15-year NBA career", "after her modeling career ended", "retired in
# 1993", "was a member of the drama club", "the bio said"), the time before ("a few years
# back", "has been patrolling the gulf since October"), a season or a year gone by ("Last
# season, ..."), what an organisation does every year ("conducts about 1,300 reviews each
# year", "plans to release 10 to 12 films annually") or is there for ("is tasked to
# patrol"). Flags only: the digest's own sentences may tell of the year before.
LIFE = re.compile(
    r"\b(?:(?:\d+|[\w]+)\s?-\s?year (?:[\w-]+ )?career|career (?:ended|began|spanned)|"
    r"after (?:his|her|their) (?:[\w-]+ )?career|retired in (?:19|20)\d\d|was a member of|"
    r"(?:the|his|her|their|official) (?:bio|biography)\b|(?:years|decades) back|"
    r"(?:has|have) been \w+ing\b[^.;]{0,80}\bsince|last (?:season|year)\b|"
    r"annually|(?:each|every|per) year|is tasked (?:to|with)|last month\b|"
    r"(?:a|one|\w+) seasons? ago|(?:in|over) (?:just )?(?:over |under )?\w+ seasons\b|"
    # chosen on ECB+ dev 18-35: "originally from Essex", "was known as the 'bagman'",
    # "among the co-founders of", a building that "houses" businesses
    r"originally from|(?:was|is|were|are) (?:best )?known (?:as|for)|best known for|"
    r"co-?\s?founders? of|co-?\s?founded)",
    re.IGNORECASE,
)


# Words that tell of the time before the happening ("four years ago", a tally "over the
# past 3 years" or "since the start of this year"): a flag holding them likely tells
# history, and goes down the list; it is not dropped, as news is told with them too ("a
# woman charged with killing two women 41 years ago was released").
HISTORY = re.compile(
    r"\b(?:(?:years|decades) ago|since the (?:start|beginning) of|(?:in each of|over|during) "
    r"the (?:past|last) (?:\w+ )?(?:years?|seasons?|months?|decades?)|"
    # "The raid comes little over a month after a masked bandit ...": an earlier happening
    r"(?:comes|came) (?:\w+ ){0,3}(?:days?|weeks?|months?|years?) (?:after|since))\b",
    re.IGNORECASE,
)


# A forecast or a judgement nobody is named as making: nothing a reader could check.
SPECULATION = re.compile(
    r"\b(?:will|could|might|may|undoubtedly|likely to|is expected to|are expected to|"
    # what seemed about to happen, which the report's next sentence may undo ("Susana
    # Martinez ... appeared poised to reconcile with the Republican nominee. But as she
    # stepped forward ..., Ms. Martinez passed": a July 2016 flag)
    r"(?:appeared|seemed|was|were|is|are) (?:poised|set|ready) to|(?:was|were) expected to)\b"
)
ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|stated|according to|announced|mentioned|claimed|warned)\b"
)


@functools.lru_cache(maxsize=1 << 16)  # (asked of each flag at each build)
def _attributed(text: str) -> bool:
    return ATTRIBUTION.search(text) is not None or next(reaction_verbs(text), None) is not None


def is_speculation(text: str) -> bool:
    return SPECULATION.search(text) is not None and ATTRIBUTION.search(text) is None


def _event_date(claim: Claim, ctx: Context) -> str | None:
    event = ctx.event_of.get(claim.article_id)
    return ctx.event_dates.get(event) if event else None


# A month named in words ("At the end of July"), which the reading stage may leave
# unresolved in a report it could not date.
# Told as a time ("in July", "end of July", "July 28"), not a name ("Theresa May").
_MONTH_NAMES = "|".join(month.capitalize() for month in MONTHS)
MONTH = re.compile(
    rf"(?:\b(?:in|of|on|since|until|by|early|late|mid-?)\s+)({_MONTH_NAMES})\b"
    r"(?!\s+(?:19|20)\d\d)"
    rf"|\b({_MONTH_NAMES})\s+\d{{1,2}}\b(?!,?\s+(?:19|20)\d\d)"
    # abbreviated, as agencies write a day: "Oct. 19", "Sept. 3"
    r"|\b(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}\b(?!,?\s+(?:19|20)\d\d)"
)
# A month named later in the year than the event's, without a year, is last year's
# ("Bush injured his left knee on Oct. 19" in January's news) unless the sentence tells
# of what is to come ("is to be sentenced May 3").
LATER_MONTHS = 2
TO_COME = re.compile(
    r"\b(?:will|would|to be|scheduled|set for|due|next|until|expected|plans?|planned)\b",
    re.IGNORECASE,
)


def _month_before(match: re.Match[str], event_month: str, text: str = "") -> bool:
    """A month named without a year, earlier in the year than the event's month, or more
    than two months later in the year in a sentence that tells of nothing to come (last
    year's). (With a year the reading stage has dated it already.)"""
    name = (match.group(1) or match.group(2) or match.group(3)).lower()
    month = next(n for n, full in enumerate(MONTHS, start=1) if full.startswith(name))
    event = int(event_month[5:7])
    return month < event or (month > event + LATER_MONTHS and not TO_COME.search(text))


# A web address in a sentence, as written or as a tokenised corpus spaces it.
ADDRESS = re.compile(r"\bhttps?\s*:\s*/\s*/|\bwww\s*\.\s*\w", re.IGNORECASE)


def is_background(claim: Claim, article: Article, event_date: str | None = None) -> bool:
    """The claim tells history, a biography or boilerplate, not the event: by its words,
    or by a date in it that lies before the month of the article's event (the event's
    own date where the report is undated), or a month it names outside quotes that comes
    before the event's month ("At the end of July" in a report of September's news). A
    pointer to a page ("Her biography appears at: http: / / www. nlm. nih. gov / ...") is
    the page's furniture."""
    if BACKGROUND.search(claim.text) or RECALL.search(claim.text) or LIFE.search(claim.text):
        return True
    if SELF_DESCRIPTION.match(claim.text.strip()) or ADDRESS.search(claim.text):
        return True
    if background_signs(claim, article, event_date) >= BACKGROUND_SIGNS:
        return True
    when = article.event_date or event_date
    if not when or len(when) < 7:
        return False
    event_month = when[:7]
    told = _outside_quotes(claim.text)
    if any(_month_before(m, event_month, told) for m in MONTH.finditer(told)):
        return True
    return any(
        claim.start <= t.start < claim.end
        and t.value is not None
        and len(t.value) >= 4
        and t.value[:1].isdigit()
        and t.value[: len(event_month)] < event_month[: len(t.value)]
        for t in article.times
    )


# What a reader sees as background without a phrase for it, four signs:
# - the tense: the time before told as such, outside quotes: a past perfect ("had
#   repulsed two hijack attempts", "had accused Bush"), what someone has or has never done
#   ("has never been an NBA coach", "has used the shim approach before"), "used to", "was
#   once", "for decades";
PAST_BEFORE = re.compile(
    r"\b(?:had (?:(?:not|never|already|long|previously|once|also|twice) )?(?:been|\w+ed|"
    r"\w+en|made|won|sent|left|led|lost|held|had|kept|met|paid|spent|brought|fought|"
    r"told|sold|built|run|become|come)|(?:has|have) (?:never|not|already|long|also|often|"
    r"twice|repeatedly)? ?\w+(?:ed|en)\b[^.;]{0,60}\bbefore|(?:has|have) never|used to|"
    r"(?:was|were) once|for (?:years|decades)|over the course of|(?:has|have) (?:\w+ly )?"
    r"(?:shown|had|grossed|voiced|said)|recently (?:bought|acquired|attained|won)|"
    r"became (?:a|an)|moved (?:\w+ )?to \w+ from)\b",
    re.IGNORECASE,
)
# - a tally of the time before: a season's or a career's figures ("has 189 rushing
#   yards", "2,301 career points", "in 54 games", "on the season", "In his first season");
TALLY = re.compile(
    r"\b(?:career|(?:this|last|on the) season\b|"
    r"in (?:his|her|their) (?:first|second|last|\w+ ?-\s?\w+|\d+\w*) (?:season|year)s?|"
    r"(?:in|of|over) (?:a combined |his |her )?\d+ games|"
    r"(?:has|have) (?:just |only )?\d[\d,. ]* (?:\w+ )?(?:yards|points|goals|"
    r"touchdowns|homers|home runs|wins|runs|assists|rebounds|records?))\b",
    re.IGNORECASE,
)
# - the present of what something is, not what happened: no verb in a past or future
#   tense outside quotes ("The legal limit in Minnesota is 0.08 percent.", "A magnitude 6
#   quake can cause severe damage.", "Today there are 1,009 species ...");
TOLD_TENSE = re.compile(
    r"\b(?:was|were|had|did|said|told|would|will|\w{2,}(?<!e)(?<!hundr)ed|went|came|took|"
    r"made|got|gave|found|left|held|shot|hit|ran|saw|began|won|lost|fell|struck|fled|sent|led|set|"
    r"broke|stole|spoke|rose|caught|kept|brought|fought|put|met|paid|knew|became|"
    r"announced|arrested|charged)\b",
    re.IGNORECASE,
)
# (not an act going on: "Police are appealing for ...", "Teixeira is seeking ...")
PRESENT = re.compile(r"\b(?:is|are|has|have|remains?)\b(?! \w+ing\b)", re.IGNORECASE)
# - where it stands: a news report tells the happening and the reactions first, and its
#   background last: a sentence in the last third of its article that names no day.
LATE_SHARE = 2 / 3
# A claim with this many signs is background. Chosen two-fold by topic on ECB+ dev (the
# shown flags judged background by one reader; README, "background by what a reader
# sees").
BACKGROUND_SIGNS = 2


def background_signs(claim: Claim, article: Article, event_date: str | None = None) -> int:
    """How many of the four signs of background the claim shows: told as the time before
    (the tense), a tally of a season or a career, the present of what something is
    (no told verb), and a place in the last third of its article without a day named."""
    text = _outside_quotes(claim.text)
    signs = 0
    signs += PAST_BEFORE.search(text) is not None
    signs += TALLY.search(text) is not None
    signs += PRESENT.search(text) is not None and TOLD_TENSE.search(text) is None
    signs += _late(claim, article) and not _names_a_day(claim, article, event_date)
    return signs


def _late(claim: Claim, article: Article) -> bool:
    """The claim stands in the last third of its article's sentences."""
    spans = article.sentences
    if len(spans) < 6:  # a short report has no background part to speak of
        return False
    at = next((i for i, (start, end) in enumerate(spans) if start <= claim.start < end), 0)
    return at >= LATE_SHARE * len(spans)


DAY_WORD = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"tonight|this (?:morning|afternoon|evening|week))\b",
    re.IGNORECASE,
)


def _names_a_day(claim: Claim, article: Article, event_date: str | None) -> bool:
    """The claim names a day: a weekday or "yesterday", or a date not before the event's
    (the reading stage's resolved value)."""
    if DAY_WORD.search(claim.text):
        return True
    when = (article.event_date or event_date or "")[:10]
    return any(
        claim.start <= t.start < claim.end
        and t.value is not None
        and DATE_VALUE.match(t.value) is not None
        and len(t.value) >= 10
        and t.value[:10] >= when
        for t in article.times
    )


def _mostly_quoted(claim: Claim, article: Article) -> bool:
    """Half or more of the sentence stands inside the article's direct quotes, or it stands
    inside a quotation its paragraph opened before it and the reading stage did not take
    as one (a statement quoted as a block: 'Sanders made the following comment: "For
    young people ... 33 percent. If they are Hispanic, the unemployment rate is 36
    percent. ..."' is his words, not the writer's claim)."""
    inside = sum(
        max(0, min(claim.end, q.end) - max(claim.start, q.start))
        for q in article.quotes
        if q.direct
    )
    return inside * 2 >= claim.end - claim.start or _in_open_quotation(claim, article.text)


def _in_open_quotation(claim: Claim, text: str) -> bool:
    """A quotation mark opened earlier in the claim's paragraph is not closed before it. A
    straight mark opens before a word and closes after one: a paragraph may close a
    quotation the one before it opened ('... review of [his] systems" including ...').
    Read on PolNeAR dev briefings (a block quote, two lines of a quoted transcript)."""
    before = text[text.rfind("\n", 0, claim.start) + 1 : claim.start]
    if before.count("“") > before.count("”"):
        return True
    return len(OPENING_MARK.findall(before)) > len(CLOSING_MARK.findall(before))


OPENING_MARK = re.compile(r'(?:^|(?<=[\s(\[—–-]))"(?=[\w‘“\'])')
CLOSING_MARK = re.compile(r'(?<=[\w.,!?;:’\'…)\]])"')


# A figure, a quotation mark, or a capitalised word inside the sentence (a name).
CHECKABLE = re.compile(r"\d|[“”\"‘’]|[a-z,;:] [A-Z]")


# (asked of every claim of a storyline at each build, most of them the build before's: a
# worker composes some 20,000 claims a build, so fewer kept would be no help; the texts
# kept take some 15-25 MB)
@functools.lru_cache(maxsize=1 << 16)
def _has_checkable_detail(text: str) -> bool:
    return bool(CHECKABLE.search(text.strip()))
