"""Who said what: direct quotes and indirect speech, each with its speaker.

Direct quotes are passages between paired quotation marks (“…”, "…", «…», ‘…’, and the
typewriter ''…'' of some newsrooms) within a paragraph. The speaker is found next to a
speech cue ("said", "told", "stated", ...) in the quote's own sentence: after the closing
mark (", Salazar said" / ", said Salazar" / ", said Monmouth University political scientist
Patrick Murray") or before the opening one ("Salazar said that “..."). A name followed by
an apposition ("Vale, a member of the committee, said") is the speaker; a question's cue
may follow its closing mark in the next "sentence" ("“…?” Vale demanded").

Who can be a speaker is ``storyline.people``'s to say: never a date or weekday, a place
(unless it stands for an institution, "the White House", or is the subject right at the
cue, "Russia said"), a title fragment ("U. S. District"), a nationality adjective
("Mexican officials" are the officials), a title of a work in quotation marks or a
headline; a title before a name gives the person ("U.S. District Judge Barbara Walther").
"He" and "she" resolve to the nearest earlier speaker, else person named outside
quotations, whose gender (title, role word, common first name) does not contradict the
pronoun; a role ("the ambassador") to the person the text gave that role, else it stays as
the text words it ("the judge", "Mexico's leader"). Where the text says nobody, the quote
has no speaker rather than a wrong one.

Indirect speech is reported speech or thought without quotation marks, in the forms news
writing uses most: "X said (that) ...", "X said in a statement Thursday ...", "X told
reporters that ...", "X told CNN he ...", "..., the mayor said.", "..., he said, ...",
"According to X, ...", "..., according to X.", "X asked whether ...", a report that quotes
part of what was said ("Warren said Trump was a “proven failure”"), attribution verbs whose
object tells what was said ("X called for a ceasefire", "X denied the charges", "X warned
of more strikes") and a participle that reports more (", adding that ...", ", calling for
..."). The content is the reported clause; the speaker is a name, pronoun or role as
above, or a described subject ("Officials", "the report", "several friends").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from storyline.extract.words import STOPWORDS
from storyline.model import Entity, Quote
from storyline.people import (
    ACTOR_LABELS,
    BODY_WORDS,
    FEMALE_WORDS,
    FIRST_NAMES,
    HEAD_ENDS,
    MALE_WORDS,
    NAME_ABBREVIATIONS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NEWS_ORGANISATIONS,
    NOT_NAME_WORDS,
    PLURAL_PEOPLE,
    PRONOUN_GENDER,
    SOVEREIGN_TITLES,
    SPEAKER_LABELS,
    agrees,
    can_speak,
    first_name_gender,
    gender_of,
    is_full_name,
    is_plural_description,
    is_sovereign,
    is_time_word,
    is_title_word,
    known_first_name_opens,
    names_an_organisation,
    person_for,
    strip_title,
    word_list,
)
from storyline.read.transcripts import outside_turns, transcript_turns
from storyline.spans import Reach

CUES = (
    # "“…,” he was quoted as saying" (a wire's way of citing another outlet's report)
    # (and "was quoted by the BBC as saying": the outlet is no speaker)
    r"(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\s+(?:by\s+(?:[\w.&’'-]+\s+){1,6}?)?"
    r"as\s+(?:saying|telling\s+\w+)|"
    r"said|says|say|told|tells|added|adds|stated|states|declared|explained|noted|wrote|"
    r"asked|answered|replied|responded|insisted|argued|claimed|warned|stressed|"
    r"emphasi[sz]ed|remarked|continued|recalled|acknowledged|admitted|announced|"
    r"concluded|commented|assured|affirmed|highlighted|pointed out|tweeted|posted|"
    r"confirmed|"
    r"demanded|quipped|joked|boasted|shouted|yelled|wondered|countered|observed|mused|"
    r"predicted|promised|vowed|conceded|cautioned|urged|testified|pleaded|recounted|"
    # the present of features and columns: "writes Kevin D. Williamson", "He jokes"
    r"writes|declares|explains|notes|asks|answers|replies|responds|insists|argues|"
    r"claims|warns|stresses|recalls|acknowledges|admits|announces|concludes|jokes|"
    r"quips|tweets|wonders|counters|observes|predicts|promises|vows|concedes|urges|"
    r"reads|read|"
    # cries, chants and asides: "the protesters chanted “…”", "“…,” he asserted"
    r"asserted|asserts|exclaimed|exclaims|chanted|chanting|screamed|shouting|yelling|"
    r"reacted|surmised|mused|muses|whispered|proclaimed|proclaims|texted|emailed|"
    r"lectured|lecturing|riffed|scoffed|snapped|retorted|interjected|quipping|opined|opines|"
    # more ways of saying it: "Toomey fumed", "Hannity pressed", "CNN reported"
    r"fumed|pressed|boomed|lamented|bragged|complained|recommended|reported|sang|mocked|"
    r"marveled|marvelled|sighed|pleaded|begged|protested|objected|confided|grumbled|"
    r"enthused|enthuses|gushes|raved|raves|"
    r"muttered|thundered|gushed|chided|scolded|blasted|slammed|barked|growled|snarled|hissed|"
    r"retaliated|shot\s+back|fired\s+back|hit\s+back|wrote\s+back|writes\s+back|cut\s+in|"
    r"chimed\s+in|cracked|sings|puts\s+it|mocks|points\s+out|continues|elaborated|elaborates|"
    # "“…,” he went on" (not "went on to win"), "“…,” Kelly charged" (not "charged with")
    r"went\s+on(?!\s+to\b)|goes\s+on(?!\s+to\b)|charged(?!\s+with\b)"
)
PARTICIPLE_CUES = (
    r"saying|adding|noting|stating|declaring|explaining|arguing|claiming|"
    r"warning|stressing|insisting|telling|asking|"
    # what was written or replied: "Lee shared the news, writing “…”"
    r"writing|tweeting|posting|announcing|replying|remarking|quipping|joking"
)
CUE = re.compile(rf"\b(?:{CUES})\b", re.IGNORECASE)
# Verbs that report speech or thought before the clause they report (indirect speech).
REPORTING = (
    rf"{CUES}|believes?|believed|thinks?|thought|suggest(?:s|ed)?|predict(?:s|ed)?|"
    r"den(?:y|ies|ied)|confirm(?:s|ed)?|estimat(?:es|ed)|found|show(?:s|ed)?|hop(?:es|ed)|"
    r"fear(?:s|ed)?|expect(?:s|ed)?|agree(?:s|d)?|contend(?:s|ed)?|maintain(?:s|ed)?|"
    r"alleg(?:es|ed)|assert(?:s|ed)?|indicat(?:es|ed)|reveal(?:s|ed)?|complain(?:s|ed)?|"
    r"knows?|knew|report(?:s|ed)?|argues?|claims?|warns?|insists?|notes?|adds?|"
    # the progressive of a report: "The Florida senator is predicting that ..."
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=’s\s)|"
    r"(?<='s\s)|(?<=’re\s)|(?<='re\s))(?:saying|predicting|arguing|claiming|insisting|"
    r"suggesting|warning|hoping|betting|telling\s+\w+)"
)
# The cue, then a weekday or up to four words it was told to ("told reporters Tuesday"),
# then "that"; or the cue, where and when it was said ("in a statement Thursday night"),
# and a clause's first word: "Trump said he would ...", "officials said the road was
# closed", "Officials said 2016 has seen ...". A word that opens no clause after "said"
# ("said in", "said nothing", "said so") is not one.
SAID_WHERE = (
    r"(?:\s+(?:on|in|at|during|late|early|last|this|earlier|later)?\s*(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|night|morning|"
    r"afternoon|evening|week|month|year|a\s+statement|an\s+interview|a\s+news\s+conference|"
    r"a\s+press\s+conference|Twitter|Facebook|a\s+tweet|a\s+speech|an\s+email|a\s+letter|"
    r"a\s+(?:phone\s+)?call|an\s+op-ed|television|TV|radio|court|a\s+filing|a\s+(?:blog\s+)?post)"
    r"(?:\s+(?:night|morning|afternoon|evening))?,?){0,3}"
)
NOT_CLAUSE = (
    r"to|in|on|at|for|with|about|of|from|by|into|so|as|yes|no|nothing|something|anything|"
    r"little|much|more|less|too|also|only|just|again|later|earlier|recently|previously|"
    r"repeatedly|publicly|privately|and|or|but|when|while|because|after|before|during|"
    r"since|than|goodbye|hello|thanks|sorry|what|which|who|how|why|where|whether|"
    r"otherwise|afterward|afterwards|then|there's|here|last|next|this|first|late|early|"
    # when it was said is no clause ("he said Wednesday on MSNBC")
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight"
)
# Verbs that take a reported clause without "that" ("said the road was closed"); verbs
# that take an object first ("told", "asked") or a noun ("wrote the introduction", "states
# like Texas") only report with "that".
CLAUSE_CUES = (
    r"said|says|say|added|adds|argued|argues|claimed|claims|insisted|insists|stressed|"
    r"noted|notes|believes?|believed|thinks?|thought|predicted|predicts|warned|warns|"
    r"conceded|acknowledged|admitted|suggested|suggests|contended|contends|maintained|"
    r"maintains|asserted|asserts|hoped|hopes|fears?|feared|expects?|expected|agreed|"
    r"complained|recalled|explained|tweeted|reported|reports|estimated|estimates|"
    r"declared|announced|confirmed|denied|acknowledges|admits|concluded|insisted|"
    r"shows?|showed|found|finds|reveal(?:s|ed)?|indicat(?:es|ed)|knows?|knew|think|"
    r"hope|wrote|writes|worry|worried|worries|fear|argue|claim|insist|note|add|believe"
)
TOLD = r"told|tells|tell|assured|reminded|informed|warned|convinced"
# "“…,” he told Hannity": whom the speaker told is not who "he" is.
ADDRESSED = re.compile(
    rf"\s+(?:{TOLD}|asked)\s+(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})"
)
# "“…,” he added": the speaker of the quotation before goes on.
GOES_ON_CUE = re.compile(r"\s+(?:added|continued|went on)\b")
# A possessive ("Cross’ speech", "Trump's"): it qualifies a noun, it is no subject.
POSSESSIVE_AFTER = re.compile(r"[’']s?\s")
# A conjunction opening a clause before its subject pronoun ("But he told ...").
OPENING_CONJUNCTION = re.compile(r"\s*(?:But|And|Yet|So|Still|Then|Now)\s+")
# "he" or "she" among a mention's words: no description of one person holds them.
SUBJECT_PRONOUN = re.compile(r"(?<=\s)(?:he|she)\b")
# The noun a possessive name owns: "Rubio's campaign", "Clinton’s aides".
POSSESSED_HEAD = re.compile(r"(?:[’']s?)?\s+(?P<noun>[a-z]+)\b")
REPORTED_CLAUSE = re.compile(
    rf"\b(?:(?:{REPORTING})\b\s*(?:[\w’'.-]+\s+){{0,9}}?(?:that\s+|(?<=\w):\s+)"
    # "asked whether ...", "wondered why ...": the question asked.
    r"|(?:asked|asks|wondered|wonders|questioned)\s+(?:[\w’'.-]+\s+){0,4}?"
    r"(?=(?:whether|if|why|how|what|who|when|where)\s)"
    rf"|(?i:{CLAUSE_CUES})\b"
    # ("said more than 1 million ...", "said about half of ...", "say this is ..." do, and
    # "said at least 40 people died", a toll as news gives it)
    rf"{SAID_WHERE},?\s+(?!(?i:{NOT_CLAUSE})\b(?!\s+(?:than|half|a\s+third|a\s+quarter|\d|"
    r"is|was|will|would|could|has|had|least\s+(?:\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|a\s+dozen|dozens|hundreds|thousands|half|some|several))\b))(?=\S+\s+\S)"
    r"(?=[A-Za-z0-9$])"
    # ", said Jeffery Hemsley, an assistant professor": the cue's own subject, no clause.
    r"(?!(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+\s*(?:[,;]|\.?\s*$))"
    # "told CNN he would ...": the one told, then the clause (up to six words: "told the
    # Times Higher Education Supplement it would worry her", a BBC report).
    rf"|\b(?:{TOLD})\s+(?:(?!(?:of|in|on|at|about|for|to|with|against)\b)[\w’'.-]+\s+){{1,6}}?(?=(?:he|she|they|it|we|I|the|his|her|"
    r"their|its)(?:[’'](?:s|d|ll|re|ve))?\s+[a-z’']+))"
)
RELATIVE_AT_END = re.compile(r"\s+(?:that|which|who)$")
TRAILING_MODAL = re.compile(r"\s+(?:will|would|could|can|may|might|must|should|shall)$")
# "one of", "some of" before a description: part of who is described.
QUANTITY_OF = re.compile(
    r"\b(?:[Oo]ne|[Ss]ome|[Mm]any|[Ee]ach|[Nn]one|[Mm]ost|[Tt]wo|[Ss]everal)\s+(?:of\s+)?$"
)
# A possessive or a determiner right before a cue word makes it a noun ("played on
# Americans' fears rather than offered them solutions": no one fears anything there).
NOUN_CUES = frozenset(
    [
        "fear",
        "fears",
        "claim",
        "claims",
        "hope",
        "hopes",
        "report",
        "reports",
        "note",
        "notes",
        "estimate",
        "estimates",
        "thought",
        "warning",
        "warnings",
        "belief",
        "beliefs",
    ]
)
# Before a word in -s or -ed, what makes it a noun, not a verb of saying: a determiner, a
# possessive, or a verb that takes it as its object ("denied reports that he wants to
# leave": he did not say he wants to; "amid reports that ...": no one here said it).
NOUN_BEFORE = re.compile(
    r"(?:[’']s?|\b(?:the|a|an|his|her|their|its|our|my|your|those|these|such|"
    r"recent|amid|despite|denied|denies|deny|dismissed|dismisses|rejected|rejects|disputed|"
    r"disputes|refuted|refutes|scotched|scotch|played\s+down|brushed\s+aside|"
    r"fuelled|fueled|sparked|prompted))\s+$",
    re.IGNORECASE,
)
# A cue, then as its object a noun that holds someone else's claim, then "that": the claim
# is what the cue is about ("denied reports that ...", "dismissed the claims that ...";
# not "concluded in a 2002 report that ...", where the report is where it was said).
CLAIM_AFTER_CUE = re.compile(
    r"\S+\s+(?P<claim>(?:(?:the|those|these|such)\s+)?"
    r"(?:(?:recent|media|press|newspaper|persistent)\s+)?"
    r"(?:reports?|claims?|allegations?|rumou?rs?|suggestions?|speculation|accusations?|"
    r"stories|charges?)\s+that\s+)"
)
# Background after what was said ("... will never sell Gerrard amid reports Chelsea will
# renew their bid"): the reports are no one's words here.
AMID_REPORTS = re.compile(
    r"\s+(?:amid|despite)\s+(?:(?:the|recent|media|press|persistent)\s+)?"
    r"(?:reports|claims|speculation|rumou?rs|suggestions|fears|concerns)\b"
)
# How far before a word its noun's determiner or verb is looked for.
NOUN_BEFORE_REACH = 24
# "..., the senator said." / "..., said Jane Roe." / "..., she told reporters."
TRAILING_CUE = re.compile(
    # (", he said Wednesday on MSNBC’s “Morning Joe.”": where, a show's name in marks)
    rf",[”\"’]?\s+(?:(?P<who>[^,;:“”\"]{{2,80}}?)\s+(?:{CUES})"
    r"(?:\s+[“\"‘]?[\w’'.-]+[”\"’]?){0,6}|"
    rf"(?:{CUES})\s+(?P<after>[^,;:“”\"]{{2,80}}?))"
    # ", said Wilcox, an Orlando Republican who founded ...": an apposition may close it.
    # or, after a name, more about them: ", said a former spokesman, Oleg Voloshyn, who ..."
    r"(?:,\s+[^;:“”\"]{2,200}?)?\s*$"
)
# People named in a row, a comma or "and" between them and a role at most ("Chris
# Stevens, information officer Sean Smith, and former Navy SEALS Tyrone Woods and"): a
# list, from three on (``listed_people``).
LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w.’'-]+\s+){0,6}")
LIST_PEOPLE = 3
# ", both Republicans," closing the words before a cue: the people named before it, together.
TOGETHER_BEFORE_CUE = re.compile(r",\s+(?:both|all\s+(?:three|four))\s+[A-Z][\w-]+,?\s*$")
# A name in apposition after the description a trailing cue gives (", said the firm's
# chief executive, Alan Mulally." or "..., Oleg Voloshyn, who ...").
NAME_AFTER_DESCRIPTION = re.compile(
    r"\s*,\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*(?:[.,]|$)"
)
# A sentence opening on a description and the person's name in apposition: "The firm's
# president and chief executive, Alan Mulally, commented" (``note_subject``).
# The description holds no verb of its own ("The letter also accuses one of the
# journalists, Susanne Rust, of ignoring ...", "The biggest bombshell was an allegation
# from his first wife, Ivana Trump, that ..."), and a cue follows the name's comma (not
# "The senator met his rival, Ted Cruz, briefly after the debate", a review's case).
DESCRIPTION_AND_NAME = re.compile(
    r"(?P<desc>(?:The|A|An|His|Her|Its|Their)"
    r"(?:\s+(?!(?:also|was|is|were|are|has|have|had|will|would)\b)[^,;:“”\"\s]+){1,12})"
    r"\s*,\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})\s*,\s+"
    rf"(?=(?:{CUES})\b)"
)
# A description of someone through another person it ends on ("a spokesman for the
# governor", "the widow of the late senator"): the name in apposition after it is that
# other person's, not the speaker's (a review's cases: ", said a spokesman for the
# governor, Andrew Cuomo." is the spokesman's words); "the general secretary of the
# British union Unite" ends on a name, and the name after it is the secretary's.
OF_SOMEONE_ELSE = re.compile(
    r"\b(?:for|of|to|with|by|from)\s+(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w'’-]*\s*)+$"
)
# After a cue, a description opening on a determiner, then the person's name in
# apposition ending the sentence: ", said the firm's chief executive officer, Alan
# Mulally." (``_name_after_description``).
DESCRIBED_THEN_NAMED = re.compile(
    r"\s+(?P<desc>(?:the|a|an)\s[^,;:“”\"\n]{2,80}?)\s*,\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*(?:[.;]|,\s+(?:who|whose)\b|$)"
)
# A cue of telling right after the comma: the words after it name whom it was told to.
ADDRESSEE_CUE = re.compile(r",[”\"’]?\s+(?:told|tells)\b")
# ", his top aide, Tad Devine" before such a cue: the teller and an apposition.
APPOSED_SUBJECT = re.compile(r",\s+(?P<who>[^,;:“”\"]{2,60},\s+[^,;:“”\"]{2,60})$")
# "..., he said, ..." inside a sentence.
PARENTHETICAL_CUE = re.compile(rf",\s+(?P<who>[^,;:“”\"]{{2,60}}?)\s+(?:{CUES}),\s+")
ACCORDING_OPENING = re.compile(r"According to (?P<who>[^,]{2,120}),\s+")
# "But according to X, ...", "For Trump, according to X, ..."
ACCORDING_AFTER_OPENER = re.compile(
    r"(?:(?:For|In|On|At|As|With|Among|After|Before|During|Since|Until|Under|Over|But|"
    r"And|Yet|So)\b[^,]{0,40},\s+|(?:But|And|Yet|So)\s+)according to (?P<who>[^,]{2,120}),\s+"
)
# "..., according to X." at the end, or "..., according to X, becoming ..." inside.
# The source may hold a bracketed acronym ("... Our Schools (AROS)"), but no bracket it
# does not open: "(..., according to Senate filings)" ends an aside.
ACCORDING_CLOSING = re.compile(
    r",\s+according to (?P<who>(?:[^,;()]|\([^(),;]{1,20}\)){2,120}?)\s*(?:$|,)"
)
# A possessive and a title of lower-case words before a name ("'s former education
# secretary William J. Bennett").
POSSESSOR_TITLE = re.compile(r"(?:['’]s|['’])\s+(?:[a-z][\w-]*\s+){1,4}")
# How far into an "according to" source a name must start to be taken as the source ("a
# report from the SITE Intelligence Group" is the report).
NAME_REACH = 12
# A described speaker: optional determiner, up to three modifiers, a plural or role noun.
DESCRIBED_SUBJECT = re.compile(
    # (each form starts at a word's start: not the "ally" of "emphatically")
    r"(?<![\w’'-])(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Oo]ther|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|"
    r"[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?i:authorities|officials|experts|critics|analysts|aides|advisers|supporters|"
    r"officers|residents|witnesses|sources|lawmakers|economists|researchers|voters|"
    r"investigators|prosecutors|police|report|study|survey|poll|statement|campaign|"
    r"administration|ministry|government|spokes(?:man|woman|person)|official|leader|"
    r"leaders|agency|department|committee|court|group|company|newspaper|magazine|paper|"
    r"network|website|article|book|letter|memo|document|filing|ruling|lawsuit|complaint|"
    r"video|analysis|review|audit|estimate|source|person|friend|member|staffer|aide|"
    r"adviser|advisor|strategist|operative|ally|donor|voter|resident|worker|candidate|"
    r"nominee|chairman|chairwoman|director|executive|founder|people|percent|majority|"
    r"minority|half|third|quarter|plurality|party|team|union|board|council|panel|"
    r"commission|organization|association|foundation|institute|center|centre|firm|bank|"
    r"office|service|army|military|navy|ministry|secretary|"
    # people by what they do or are ("the actor explained", January 2016 review)
    r"actor|actress|singer|writer|author|reporter|journalist|columnist|host|anchor|"
    r"businessman|businesswoman|billionaire|man|woman|user|pastor|teacher|student|agent|"
    r"mother|father|wife|husband|veteran|slide|chart)\b(?![’'])"
    # or any plural noun right before the cue: "several friends", "Some USDP members"
    r"|(?<![\w’'-])(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Hh]is|[Hh]er|[Tt]heir|[Oo]ther|"
    r"[Tt]hese|[Tt]hose|[Aa]ll|[Bb]oth|[Ff]ew|[Tt]wo|[Tt]hree|\d+)\s+)?"
    # (not "virus", "census": "businesses hit hardest by the virus say" had been the
    # virus's words)
    r"(?:[\w’'-]+\s+){0,3}?(?:[a-z][a-z-]+[^su’'\s]s|[a-z]*(?:gurus|menus|emus))\b"
    # a quantifier alone: "Others say ...", "Both think ..."
    r"|\b(?:[Oo]thers|[Bb]oth|[Mm]any|[Mm]ost|[Ss]everal|[Ff]ew|[Ss]ome)\b"
    # a share of those asked: "About four in 10 said ..."
    r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|of|out\s+of)\s+"
    r"(?:\d+|10|ten|five|four|three)\b"
)
# Prepositions after a name or a cue: where, when or to whom, not who.
PREPOSITIONS = r"on|in|at|to|for|of|from|with|by|during|after|before"
# A determiner or a possessive right before a word: the word is a noun ("many promises").
# ("that" is no determiner here: "a video that accuses"; nor is the "'s" of "who's called
# for", "he's")
NOUN_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Mm]any|[Ss]ome|[Ss]everal|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|"
    r"[Yy]our|[Mm]y|[Tt]hese|[Tt]hose|[Tt]his|[Nn]o|[Aa]ny|[Ee]very|[Bb]oth|[Ff]ew|[Oo]ther)"
    r"|(?P<possessive>(?<!\b[Ww]ho)(?<!\b[Hh]e)(?<!\b[Ss]he)(?<!\b[Ii]t)(?<!\b[Tt]hat)"
    r"(?<!\b[Tt]here)(?<!\b[Ww]hat)(?<!\b[Hh]ere)(?<!\b[Ll]et)(?<!one)(?<!body)[’']s"
    r"|(?<=s)[’']))\s+$"
)
# A past participle's preposition or object after it: "'s called for", "'s urged the".
HAS_PARTICIPLE_AFTER = re.compile(
    r"\w+ed\s+(?:for|on|the|a|an|that|to|his|her|their|its|up|out|against|of)\b"
)
INVERTED_HAD = re.compile(r"Had\s+")
# A "who" clause with no comma right before the verb ("The man who shot Berg said"), not
# past a dash, a question mark or a joined clause ("So, who was the best? - Pew notes",
# "Voters who backed Vos were angry and Berg said"); a question's "who" is ruled out by
# the word before it (``INTERROGATIVE_BEFORE``).
RESTRICTIVE_WHO = re.compile(
    r"\s+who\s+(?P<clause>(?:(?!\s-\s|\s(?:and|but|while|whereas|yet|or)\s)[^,;:?“”\"\n—–])"
    r"{3,100}?)\s*$"
)
# A question's "who" ("No one knows who leaked it", "over who supported the bill",
# "Asked who would replace him"), no relative clause.
INTERROGATIVE_BEFORE = re.compile(
    r"\b(?:over|about|of|to|for|on|at|with|by|as|ask|asks|asked|know|knows|knew|see|sees|"
    r"saw|tell|tells|told|decide|decides|decided|deciding|wonder|wonders|wondered|unclear|"
    r"clear|sure|is|was|are|were|matter|matters|explain|explains|explained|reveal|"
    r"revealed|identify|identified)\s*$",
    re.IGNORECASE,
)
# Words of a verb phrase, no noun phrase's: "has had no conversations", "echoing some",
# "revered among", "to consolidate", "were three moderates".
VERB_IN_HEAD = re.compile(
    r"\b(?:has|had|have|is|was|were|are|be|been|to|herself|himself|themselves)\b|"
    r"\b[a-z]+(?:ing|ed)\s+(?!of\b)[a-z]|^[a-z]+ly\b"
)
# How something was said: "in a statement", "at a news conference", "in his remarks".
MEANS = (
    r"(?:in|on|during|at|through|via)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:statements?|interviews?|letters?|remarks|posts?|tweets?|e-?mails?|speech(?:es)?|"
    r"releases?|videos?|op-eds?|conferences?|appearances?|filings?|messages?|notes?|"
    r"briefings?|broadcasts?)"
)
# How and when something was said, between its subject and the verb ("on Monday in a
# statement", "in a letter to members").
TRAILING_MEANS = re.compile(
    rf"(?:\s+on\s+\w+day)?\s+{MEANS}(?:\s+to\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)?"
    r"(?:\s+on\s+\w+day)?\s*$"
)
MEANS_CHARS = 90
# How something was said, between its subject and the cue ("Police in a statement said").
MEANS_OF_SAYING = re.compile(MEANS)
# A share or a count of people ("Two-thirds of insiders", "Majorities in many countries").
QUANTITY_WORD = re.compile(
    r"(?:[A-Z][a-z]+-)?(?:[Hh]alf|[Tt]hirds?|[Qq]uarters?|[Ff]ifths?)|[Mm]ajorit(?:y|ies)|"
    r"[Mm]ost|[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions|\d[\d,.]*|"
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
)
# "Having said that, ...", "That said, ...": a turn of phrase opening a sentence, in which
# nothing is reported.
SAID_IDIOM = re.compile(
    r"[\s“\"]*(?:Having\s+said\s+(?:that|this|so)|That\s+(?:being\s+)?said|"
    r"With\s+that\s+said)\b"
)
# A description's words opening on a preposition, or on a relative's ("in which").
QUALIFYING_PREPOSITIONS = r"(?:of|in|for|at|with|from|among|across)"
PREPOSITION_OPENING = re.compile(rf"{QUALIFYING_PREPOSITIONS}\s+")
# ... and one standing alone between a name and a description ("Ann Vos of the party").
PREPOSITION_GAP = re.compile(rf"\s*{QUALIFYING_PREPOSITIONS}\s*")
RELATIVE_OPENING = re.compile(r"(?:in|of|for|by|at|among)\s+wh(?:ich|om|at)\s+")
# People and bodies of them a group's adjective describes ("the Republican establishment",
# "A Syrian refugee", "The Iranian regime"), besides the roles and agents ending in "-er".
PEOPLE_AND_BODIES = frozenset(
    word_list("""establishment leadership base party parties caucus delegation electorate
    community government administration campaign committee side wing organization
    organisation group outlet newspaper network agency company firm media press regime
    refugee refugees coach coaches pilot pilots soldier soldiers nurse nurses citizen
    citizens resident residents man men woman women family families couple victim victims
    survivor survivors witness witnesses suspect suspects migrant migrants immigrant
    immigrants cleric clerics envoy diplomat diplomats minister ministers president
    premier chancellor king queen prince general team crew court ministry embassy army
    navy military police public youth""")
)
# (a mark followed by a space: not the comma of "1,200" nor the point of "12.5")
CLAUSE_OPENING = re.compile(r"[.;:!?,](?=\s)\s*|\n\s*")
# A noun a capitalised word modifies ("Public health experts", "Seventy-four percent"),
# not a preposition after a name ("Vos in a statement").
MODIFIED_NOUN_AFTER = re.compile(
    rf"\s+(?:and\s+\w+\s+)?(?!(?:{PREPOSITIONS}|through|via|and|or)\b)[a-z][\w-]*"
)
# A name that opens a hyphened qualifier of the noun after it ("Oscar-nominated",
# "Ballymena-born", "Labour-led", "Chelsea-bound"): no speaker of its own.
HYPHENED_MODIFIER = re.compile(r"-[a-z][a-z]+\s+(?:[a-z][\w-]*\s+){0,2}[a-z]")
CLAUSE_HEAD_WORDS = 3  # (the capitalised words opening a clause a phrase qualifies)
HEAD_BREAK = re.compile(r"\s[-–—]+\s|[“”\"]\s*")
RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|what)\b")
# A verb's auxiliary or an infinitive's "to" in the words before a preposition: a verb
# phrase, no head ("may yield important clues", "is a senior official").
AUXILIARY_IN_HEAD = re.compile(
    r"\b(?:has|had|have|is|was|were|are|be|been|to|may|might|will|would|can|could|should|"
    r"must|do|does|did)\b"
)
# A gerund right after a preposition ("involved in managing the crisis").
GERUND = re.compile(r"[a-z]+ing\s")
# A quantifier that can be a clause's subject ("Some say", "Many promised"), or an article
# ("sounded a call for ...").
QUANTIFIER_SUBJECT = re.compile(
    r"[Mm]any|[Ss]ome|[Ss]everal|[Bb]oth|[Ff]ew|[Tt]hese|[Tt]hose|[Aa]n?|[Tt]he"
)
# A quantifier that can stand after the subject it counts ("they both said"), and what
# it stands after then: a name, a bracket, a pronoun or an auxiliary.
FLOATING_QUANTIFIER = re.compile(r"[Bb]oth|[Aa]ll|[Ee]ach")
FLOATS_AFTER = re.compile(
    r"(?:\b[A-Z][\w’'.-]*|\)|\b[a-z]+[^s\W]s|\b(?:they|we|you|them|have|has|had|were|are|"
    r"was|is|will|would|could|should|may|might|must|can|did|do|does))\s+$"
)
FLOATING_PRONOUNS = frozenset({"they", "we", "you", "them"})
PARTICIPLE = re.compile(rf"\b(?:{PARTICIPLE_CUES})\b", re.IGNORECASE)
ACCORDING_TO = re.compile(r"\baccording to\b", re.IGNORECASE)
PRONOUN = re.compile(r"\b(?:he|she|they|He|She|They)\b")
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
ROLES = (
    r"leader|president|ambassador|diplomat|minister|secretary|spokes(?:man|woman|person)|"
    r"officials?|envoy|governor|mayor|senator|chancellor|premier|chief|director|"
    r"analyst|expert|lawyer|attorney|prosecutor|judge|commander|general|nominee|"
    r"ministry|government|embassy|department|agency|company|police|office|center|centre"
)
# A relative named by kinship (and the gender it gives a later "he" or "she").
FEMALE_KIN = (
    "mom mother mum wife daughter sister grandmother aunt niece girlfriend widow "
    "stepmother stepdaughter stepsister fiancee"
)
MALE_KIN = (
    "dad father husband son brother grandfather uncle nephew boyfriend widower "
    "stepfather stepson stepbrother fiance"
)
KIN_GENDER = {**dict.fromkeys(FEMALE_KIN.split(), "f"), **dict.fromkeys(MALE_KIN.split(), "m")}
# Whom a person has working for them: "Obama's former campaign strategist said" is the
# strategist speaking, not Obama (a September 2016 briefing gave Obama Axelrod's words).
STAFF = r"strategist|manager|adviser|advisor|aide|chairman|chairwoman|pollster|operative"
ROLE = re.compile(
    rf"(?:\b[Tt]he\s+|\b[A-Z][\w.-]*(?:’s|'s)\s+)(?:[A-Z][\w.-]*\s+|former\s+|new\s+|top\s+|"
    rf"then-|foreign\s+|security\s+|interior\s+)*(?:{ROLES})\b"
    # "Kopp's stepmother said": his relative speaks, not the man named (AQUAINT, 1999).
    # ("Trump's son-in-law has said" is the son-in-law's, not a son's: fresh news, 2017)
    r"|\b[A-Z][\w.-]*(?:’s|'s)\s+(?:" + "|".join(KIN_GENDER) + r")(?:-in-law)?\b(?!-in-law)"
    rf"|\b[A-Z][\w.-]*(?:’s|'s)\s+(?:(?:former|longtime|top|chief|senior|deputy|"
    rf"campaign|political|communications|press)\s+){{0,3}}(?:{STAFF})\b"
)

# A role word that qualifies the noun after it, perhaps through one more qualifier: the
# role is that noun's ("Israel's general security service", "the police chief", "the
# government spokesman"; an FNC-1 report's "The Shin Bet, Israel's general security
# service, told The Jerusalem Post" had "Israel's general" speak).
ROLE_HEAD_AFTER = re.compile(
    r"\s+(?:(?:security|intelligence|press|foreign|defen[cs]e|health|finance|interior|"
    rf"justice|campaign|communications|public)\s+)?(?:{ROLES}|service)\b(?![’'-])"
)

# The small-letter word right before a name, and the words that may title a person there.
LOWER_WORD_BEFORE = re.compile(r"\b([a-z][\w-]*)\s+$")
SMALL_TITLE_WORD = re.compile(
    rf"(?:{ROLES}|{STAFF}|founder|owner|executive|spokesperson|head|boss|coach|player|"
    r"star|actor|singer|author|writer|reporter|correspondent|columnist|professor|"
    r"doctor|dr|sen|rep|gov|gen|mr|mrs|ms)"
)
# Capitalised words of a title that a name-shaped run may be made of ("Chief Executive
# Officer", "Vice President"): no one's name.
TITLE_NAME_WORDS = frozenset(
    word_list(
        """president vice chief executive officer operating financial technology director
        managing general chairman chairwoman chair secretary minister spokesman spokeswoman
        spokesperson manager head founder deputy senior counsel ceo cfo coo cto"""
    )
)
COMMA_AFTER = re.compile(r"[ \t]*,[ \t]*")
# "“…,” Detik.com quoted Djamal as saying": an outlet, then whom it quoted.
QUOTED_AS_SAYING = re.compile(
    r"[”\"’'\s,]*(?:[^,.;:!?“”\"\n]|\.(?=\w)){1,60}?"
    # (not the passive: "Jose Millan was quoted by the BBC as saying" is Millan's)
    r"(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbeen)(?<!\bbe)\s+quoted\s+(?!by\b)"
    r"(?P<who>(?:[^.;:!?“”\"\n]|\.(?=[ \t]*[A-Z])){1,100}?),?\s+as\s+(?:saying|telling)\b"
)
DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+$")
# A group's adjective before a role, perhaps after a word or two ("a Mexican official",
# "The Republican presidential nominee"): the adjective of the one who speaks.
GROUP_MEMBERS = (
    rf"{ROLES}|lawmaker|aide|source|voter|member|activist|strategist|adviser|advisor|"
    r"operative|donor|delegate|supporter|congressman|congresswoman|candidate|nominee|"
    # ("Another Twitter user said", "a Facebook commenter wrote", "an Apple employee")
    r"user|commenter|follower|viewer|reader|blogger|employee|worker|resident|witness|executive"
)
NOUN_AFTER = re.compile(rf"\s+(?:[a-z]+\s+){{0,2}}(?:{GROUP_MEMBERS})\b")
# "a senior Obama administration official": an indefinite determiner before a name ...
ONE_OF_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:senior|top|former|longtime|veteran|leading|"
    r"prominent|high-ranking)\s+)?$"
)
# ... and a role after it, perhaps after a word or two ("administration official")
# (not through a verb of saying: "a Carrier executive tells employees"), or after the
# rest of a body's name the tagger cut in two ("A Department for Education and Skills
# source said": a BBC report's words had gone to "Skills")
MEMBER_AFTER = re.compile(
    r"(?:\s+(?:and|of|for|the|&)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?"
    rf"\s+(?:(?!(?:{CUES})\b)[a-z]+\s+){{0,2}}(?:{GROUP_MEMBERS}|staffer)s?\b"
)


def _inner_marks(opening: str, closing: str) -> str:
    """The marks a quotation between ``opening`` and ``closing`` may not hold."""
    marks = opening + closing
    return marks + DOUBLE_MARKS if marks[0] in DOUBLE_MARKS else marks


QUOTE_PAIRS = [("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’")]
# Web copy mixes straight and curly double marks ("I was hoping ...,” Graham said): such a
# pair is a quotation too; no double mark of either kind stands inside one.
# (and AP's copy may close one with a double prime: "“Big Labor is in a panic ...,″ said
# Rep. Virginia Foxx", fresh news of 2014 whose speaker had been "Big Labor")
MIXED_PAIRS = [('"', "”"), ("“", '"'), ('"', "″"), ("“", "″")]
DOUBLE_MARKS = '“”"'
QUOTE_PATTERNS = [
    *(
        re.compile(
            rf"(?<![\w]){re.escape(opening)}([^{re.escape(_inner_marks(opening, closing))}\n]+?)"
            # (a double prime after a figure is inches: "the 6′2″ guard")
            + (r"(?<![\d′])" if closing == "″" else "")
            + rf"{re.escape(closing)}(?![\w])"
        )
        for opening, closing in [*QUOTE_PAIRS, *MIXED_PAIRS]
    ),
    # A double mark closed by two apostrophes, as some US papers' copy does: "“In that
    # moment, it gave me a sense of calm,'' Scalise said." (fresh news, 2018: its speaker
    # was lost, the quotation read on to the next mark)
    # (not inches after a figure: "said of the 6'2'' center", a reviewer's probe)
    re.compile(r"(?<![\w])[\"“]((?:(?!'')[^\"“”\n])+?)(?<![\d′'])''(?![\w'])"),
    # Typewriter quotation marks of some newsrooms: ''...'' and ``...''.
    re.compile(r"(?<![\w'`])(?:''|``)((?:(?!''|``)[^\n])+?)''(?![\w])"),
    # An opening mark typed where the closing one belongs, its cue right after: "“It's
    # unusual,“ said Ann Lee", "“Apparently not,“ he said".
    re.compile(
        r"(?<![\w])“([^“”\"\n]+?[,.?!])“(?=\s+(?:[\w.’'-]+\s+){0,4}?"
        rf"(?:{CUES})\b)"
    ),
]
MIN_QUOTE_WORDS = 4
# A shorter quotation counts when a cue follows it at once ("“Carson is cratering,” X said"),
# a single word too ("“Absolutely,” he said", "“Mexico!” the audience screamed back").
MIN_SAID_WORDS = 1
# Unquoted words a reported clause has before the quotation it includes.
MIN_UNQUOTED_WORDS = 2
# A reported clause may be shorter: "voters said they were angry".
MIN_REPORTED_WORDS = 3
# How far from the quote a speech cue may stand and still attribute it (characters).
CUE_WINDOW = 80
# A name by its shape, for surnames the entity model missed ("de la Fuente said"); on one
# line ("... on live TV" ending a link line and "Holt, who ..." opening the next are two).
NAME = re.compile(
    r"(?:\b(?:de|del|la|van|von|da|di|al|bin)[ \t\u00a0]+)*\b[A-Z][\w’'.-]+"
    r"(?:[ \t\u00a0]+(?:(?:de|del|la|van|von|da|di)[ \t\u00a0]+)*[A-Z][\w’'.-]+)*"
)
# A second subject after a first one's apposition: a name after a clause's "and", "but",
# "while" or a semicolon, with an apposition of its own: "..., and Chuck Schumer, her
# Senate counterpart, said". (Not a list's last name, "a lobbyist for Exxon, Chevron, and
# BP, said"; nor a name alone between commas: an apposition may end with one, "the editor
# of the Vatican's newspaper, L'Osservatore Romano, said".)
SECOND_SUBJECT = re.compile(
    r"(?:(?:,[”\"’]?|;)\s*(?:and|but|while|whereas|yet)\s+|;\s*)"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]+,\s+[^,;“”\"\n]{2,80},"
)
# Between an apposition's closing comma and its verb: adverbs, and the time of it
# ("Reince Priebus, the GOP chairman, this past week announced ...", ", on Monday said").
TRAILING_ADVERBS_AND_TIME = re.compile(
    r"(?:\s+(?:[a-z]+ly|also|again|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:this|last|earlier|later)(?:\s+past)?\s+(?:week|month|year|weekend|morning|"
    r"afternoon|evening|night)|yesterday|today|tonight|earlier|later))*\s*$"
)
# The last two or three capitalised words before the end of the words after a cue.
FULL_NAME_AT_END = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+$")
# A preposition between a cue and a name: where or to whom, not who ("said on Fox News").
PREPOSITION_WORD = re.compile(rf"\b(?:{PREPOSITIONS})\b")
# A comparison before a name: "Like Allen, their days begin ..." is not about Allen.
LIKE_BEFORE = re.compile(r"\b(?:[Ll]ike|[Uu]nlike)\s+$")
# Words of a party before a name ("ranking Democrat Elijah Cummings").
PARTY_WORDS = frozenset(["Democrat", "Republican", "Democratic", "Independent", "GOP"])
# A party and state in brackets after a name: " (R)", " (D-Md.)".
PARTY_TAG = re.compile(r"\s*\([A-Z][\w.]{0,3}(?:-[A-Z][\w.]{0,5})?\)")
# Someone putting out a written thing: "President Obama released a statement", "the
# campaign issued a brief statement".
# ... or saying it in one: "Fox News said in a statement" ("“…,” the statement continued"
# had stayed the statement's, a reader's review of April 2016 briefings).
ISSUED_THING = re.compile(
    r"(?P<who>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*)\s+(?:also\s+)?"
    r"(?:(?:released|issued|sent|posted|put\s+out|published|tweeted|wrote)\s+|"
    r"(?:said|says|added|explained)\s+in\s+)"
    r"(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<thing>statements?|letters?|notes?|memos?|e-?mails?|messages?|posts?|tweets?)\b"
)
# "..., which was attributed to Miller": whose a written thing is, right after it.
ATTRIBUTED_TO = re.compile(
    r",\s+which\s+(?:was|is)\s+(?:attributed\s+to|signed\s+by|from)\s+"
    r"(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)"
)
# The name that owns a description: "Berg's aides", "Hillary Clinton’s campaign".
OWNER_OF = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})[’']s?\s")
# Right after a name, an aside that "which" opens: the name is a thing's or a body's,
# no later "he" or "she" ("2016 and Beyond, which ... urged the GOP").
THING_RELATIVE = re.compile(r",\s+which\b")
# A title that shows a person's gender before their surname ("Mrs. Clinton").
HONORIFIC = re.compile(r"\b(Mr\.?|Mrs\.?|Ms\.?|Miss)\s+([A-Z][\w’'-]+)")
# A lower-case word right before a name ("widow Terry Strada"; not "Widow" opening a
# sentence, which may be a name's own word).
WORD_BEFORE_NAME = re.compile(r"\b([a-z]+)\s+$")
GENDERED_WORDS = {**dict.fromkeys(FEMALE_WORDS, "f"), **dict.fromkeys(MALE_WORDS, "m")}


def _described_genders(text: str, entities: list[Entity]) -> dict[str, str]:
    """Each person's full name, mapped to the gendered word the text puts right before
    one of their mentions ("widow", "spokesman"); a name given words of both genders is
    left out."""
    found: dict[str, set[str]] = {}
    for entity in entities:
        if entity.label != "PERSON":
            continue
        before = WORD_BEFORE_NAME.search(text, max(0, entity.start - 20), entity.start)
        if before is None or before.group(1) not in GENDERED_WORDS:
            continue
        # (a full name only: a surname may be a relative's too, "his wife Melania Trump")
        for name in {entity.canonical, strip_title(entity.text)}:
            if " " in name.strip():
                found.setdefault(name, set()).add(before.group(1))
    return {
        name: min(words)
        for name, words in found.items()
        if name and len({GENDERED_WORDS[w] for w in words}) == 1
    }


PREPOSITION_BEFORE = re.compile(
    # ("among some Catholics in public office: “…”" is no one's subject: a stance's words,
    # May 2016 review)
    r"\b(?:(?:of|at|for|from|in|with|by|to|on|about|against|among|amongst|between)\s+"
    r"(?:(?:a|an|the|some|many|several|most|all|other|fellow)\s+)?"
    # (and "with" a role between: "an interview with journalist Matei Rosca last year, Lazar
    # said ... and added" gave the interviewer the interviewee's words, a May 2016 read; not
    # "from": "A statement from anchor Ann Vos said" is hers, a review of the rule)
    r"|with\s+(?:(?:a|an|the)\s+)?"
    r"(?:journalist|reporter|anchor|host|correspondent|columnist|interviewer|editor)\s+)$",
    re.IGNORECASE,
)
# "with" right before a name, and a cue's participle right after it (an adverb between):
# the absolute "with Trump reportedly yelling: “…”" (a November 2015 read: the words had
# gone to the "Black Lives Matter protester" named before).
WITH_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)
# The participles of a cry, beside those of saying (``PARTICIPLE_CUES``).
CRIES = r"yelling|shouting|screaming|chanting"
# The participle runs into the quotation (a few words, "in a statement on Monday", a colon
# or comma at most, between):
# "with Tom Hale saying nothing, then told the crowd: “…”" is not Hale's.
ABSOLUTE_CUE_AFTER = re.compile(
    rf"\s+(?:[a-z]+ly\s+)?(?:{PARTICIPLE_CUES}|{CRIES})\b"
    r"(?!\s+(?:nothing|little|no|not)\b)(?:\s+[\w’']+){0,6}?\s*[:,]?\s*[“\"‘]"
)
# How far back the name of the person an apposition is of may start.
APPOSED_REACH = 60
# The word before a group's name that makes it one member: "one Democrat", "a Republican".
ONE_MEMBER_BEFORE = re.compile(r"\b(one|a|an|another)\s+$", re.IGNORECASE)
# How a sentence ends, a headline's line not (a closing quotation mark after its stop).
SENTENCE_ENDS = (".", "!", "?", ".”", "!”", "?”", '."', '!"', '?"', ".’", ".'")
# A sentence opening with a person's possessive: "Palin’s pugnacious posts ...".
POSSESSOR_OPENING = re.compile(r"\s*(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})[’']s\s")
# A sentence pointing the reader at someone: "Just look at ...", "Take ...", "Consider ...".
POINTING_AT = re.compile(
    r"(?:(?:just|now|but|so|then)\s+)?(?:look at|take|consider|meet|remember|think of)\s+",
    re.IGNORECASE,
)
# How far before a name its preposition (and a role word) is looked for.
PREPOSITION_REACH = 32
# After a cue, the words up to a comma or the sentence's end name the subject
# (", said Republican political consultant Chris Russell.").
AFTER_CUE_RUN = re.compile(r"[^,;:!?()“”\"\n]*")
# ", said his best friend at college, Tom Reyes", ", said Dalton's campaign manager, Kevin
# Lowe": a description through a possessive
# after the cue, then a comma and the name.
POSSESSIVE_AFTER_CUE = re.compile(
    r"\s+(?:his|her|their|(?:the\s)?(?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*[’']s?)"
    r"\s[^,.;:!?“”\"]{2,60}?,\s+(?=[A-Z])"
)
# Words of title and employer a person's name may follow after the cue.
MAX_TITLE_WORDS = 6
# The auxiliaries and modals of a clause: words after a cue that hold one are no speaker.
CLAUSE_VERBS = "could|would|will|was|were|is|are|has|had|have|should|can|may|might|did|does|must"
# The words of a long title before a name after the cue: an article, then no verb or
# clause word ("the vice president and chairman of Chrysler LLC").
TITLE_WORDS_ONLY = re.compile(
    rf"\s+(?:the|a|an)\s(?![^,.;:!?“”\"]*\b(?:{CLAUSE_VERBS}|"
    r"who|which|that|to|by|for|against|with|\w+ed|"
    # (a relation names someone else: "the mother of the boy shot by officer X")
    r"mother|father|son|daughter|widow|widower|wife|husband|brother|sister|friend|"
    r"neighbou?r|victim|family|parents?)\b)[^,.;:!?“”\"\n]{2,80}?\s+"
)
# ", said an official at the disaster agency": a described person after the cue.
# (an abbreviation's stop before a number is no end: "read a Nov. 9 post" had "a Nov" speak)
DESCRIPTION_AFTER_CUE = re.compile(
    rf"\s+(?![^,.;:!?“”\"]*\b(?:{CLAUSE_VERBS})\b)"
    r"(?P<who>(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s(?:[^,.;:!?“”\"]|\.(?=[ \t]+\d)){2,60}?)"
    r"\s*(?=[,;:!?]|\.(?![ \t]+\d)|$)"
)
# ", said a Mexican official who ...": a member of a group, by its adjective and a role.
GROUP_MEMBER_AFTER_CUE = re.compile(
    r"\s+(?P<who>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:senior\s+|top\s+|former\s+)?[A-Z][\w-]+\s+"
    r"(?:lawmaker|aide|source|voter|member|activist|strategist|adviser|advisor|operative|"
    r"donor|delegate|supporter|congressman|congresswoman|candidate|nominee|leader|"
    r"president|ambassador|diplomat|minister|secretary|spokes(?:man|woman|person)|"
    r"officials?|envoy|governor|mayor|senator|analyst|expert|lawyer|attorney|"
    r"prosecutor|judge|commander|general))\b"
)
# "Secretary of State Madeleine Albright": the first word after "of" is still the title.
TITLE_OF_BEFORE = re.compile(
    r"\b(?:Secretary|Minister|Ministry|Department|Director|Chief|Head|Chairman|Commissioner)"
    # ("European Commissioner for Competition Neelie Kroes said" had "Competition Neelie
    # Kroes" speak; "Minister for Foreign Affairs")
    r"\s+(?:of|for)\s+$"
)
ABBREVIATION_CHARS = 3
# Labels of mentions that are nobody ("the Middle East", "New Year", "the Affordable Care
# Act", "last week"); people, groups and speaking places are SPEAKER_LABELS, and a work or
# a product may be a mistagged name.
NOT_NAME_LABELS = frozenset({"LOC", "EVENT", "LAW", "LANGUAGE"})
TIME_LABELS = frozenset({"DATE", "TIME"})


def _names_nobody(entity: Entity) -> bool:
    """A mention that is no one's name: a date, or a place, an event or a law of several
    words ("the Middle East"); the small model calls a lone surname a place or a law at
    times ("Schiff called on ...": LOC; "according to Roe": LAW)."""
    if entity.label in TIME_LABELS:
        return True
    words = entity.text.split()
    return entity.label in NOT_NAME_LABELS and len(words) - (words[0].lower() == "the") >= 2


# Verbs whose object tells what the subject said: "called for a ceasefire", "denied the
# charges", "warned of more strikes" (not after "was"/"so-": "a group called X").
NOMINAL_REPORT = re.compile(
    r"\b(?<!so-)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"
    r"\b(?:called|calls|call)\s+(?:for|on)\s+"
    r"|\b(?:criticized|criticised|criticizes|accused|accuses|praised|praises|endorsed|"
    r"endorses|defended|defends|denied|denies|rejected|rejects|condemned|condemns|blamed|"
    r"blames|slammed|slams|lambasted|questioned|dismissed|dismisses|welcomed|welcomes|"
    r"urged|urges|demanded|demands|applauded|hailed|hails|mocked|mocks|derided|"
    r"decried|touted|touts|disputed|disputes|refuted|proposed|proposes|pledged|pledges|"
    r"vowed|vows|promised|promises|threatened|threatens|predicted|conceded|"
    r"acknowledged|admitted)"
    r"\s+(?!(?:by|to|in|on|at|as|after|before|that|with|from|up|off|out|it)\b)"
    r"|\b(?:warned|warns|complained|complains|spoke|speaks|talked|talks|boasted|"
    r"bragged|joked|wrote|writes|testified|cautioned)\s+(?:of|about|against|on)\s+"
    # a stance taken in words: "X supported the deal", "X described the attack as ..."
    r"|\b(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?:supported|supports|backed|opposed|opposes|attacked|attacks|cited|cites|"
    r"described|describes|mentioned|mentions|discussed|discusses|denounced|denounces|"
    r"blasted|blasts|echoed|echoes|ripped|rips|embraced|embraces|touted|defended|"
    # what was voiced or put forward: "X expressed support for ...", "X unveiled a plan"
    r"expressed|expresses|voiced|voices|offered|offers|issued|unveiled|unveils|outlined|"
    r"outlines|raised|raises|made\s+(?:it\s+)?clear|made\s+the\s+case|"
    r"made\s+a\s+(?:plea|pitch|push|case))"
    r"\s+(?!(?:by|to|in|on|at|as|after|before|that|with|from|up|off|out|it)\b)"
    # "She called the atom bomb ''a marvelous gift''": what someone was called (not "a
    # group called Citizens United"): a determiner or pronoun, or a name and "a"
    r"|\b(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!so-)(?:called|calls)\s+"
    r"(?=(?:the|his|her|their|its|this|that|these|those|him|them|it)\s"
    r"|[A-Z][\w’'.-]*\s+(?:a|an|the)\s|[A-Z][\w’'.-]*\s+[“\"']|[A-Z][\w.-]*(?:’s|'s)\s)"
    # "developers see golf courses as wasted space": a view of something
    r"|\b(?:see|sees|saw|view|views|viewed|regard|regards|regarded|portray|portrays|"
    r"portrayed|depict|depicts|depicted|characterized|characterizes|cast|casts|paints|"
    r"painted)\s+(?=(?:[\w’'-]+\s+){1,5}?as\s)"
    r"|\b(?:voted|votes|vote)\s+(?:for|against|to)\s+"
    r"|\b(?:asked|railed|weighed\s+in|pointed|referred|referring|bragging|talking|"
    r"speaking|complaining|warning)\s+(?:about|against|on|to|of)\s+(?!(?:the\s+)?"
    r"(?:reporters|supporters|voters|crowd|audience)\b)"
)
# A stated intention, refusal or plan: "X vowed to ...", "X declined to comment", "X
# wants to ..." (the infinitive is what was said, wanted or refused).
INTENT_REPORT = re.compile(
    r"\b(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bthe\s)(?<!\bhis\s)"
    r"(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bno\s)"
    r"(?:vow(?:s|ed)?|pledg(?:es|ed)|promis(?:es|ed)|threaten(?:s|ed)?|refus(?:es|ed)|"
    r"declin(?:es|ed)|agree(?:s|d)?|wants?|wanted|plans?|planned|seeks?|sought|"
    r"hopes?|hoped|decided|decides|intends?|intended|offer(?:s|ed)?|tried|tries|"
    r"looks|aims|aimed|pushed|pushes|lobbied)\s+to\s+(?=[a-z“\"‘'])"
    # the progressive ("The mayor is looking to ...") after any auxiliary
    r"|\b(?:vowing|pledging|promising|threatening|refusing|declining|hoping|seeking|"
    r"planning|wanting|trying|looking|aiming|pushing|lobbying|vying|working)\s+to\s+"
    r"(?=[a-z“\"‘'])"
    # "Schuette asked the Supreme Court for quick action", "asked voters to ..."
    r"|\b(?:asked|asks|asking|urged|urges|urging|pressed|presses|pressing|begged|implored)"
    r"\s+(?:[\w’'.-]+\s+){1,4}?(?:to|for|about)\s+(?=[a-z])"
)
# "Clinton fired back that the ...": any verb of the subject's with a clause after "that"
# whose subject follows (not "so big that", nor the relative "the plan that would").
THAT_REPORT = re.compile(
    r"\b(?!(?:so|such|now|given|except|order|than|is|was|are|were|be|been|has|had|have|"
    r"does|did|means|seems|seemed|appears|appeared|so)\b)[a-z]+(?:ed|es|s)\s+"
    r"(?:(?:back|out|up|on|again|also|repeatedly|publicly|today|yesterday|him|her|them|us|"
    r"me|it|reporters|voters|supporters)\s+){0,2}that\s+(?=(?:he|she|they|it|we|I|you|the|"
    r"his|her|their|its|this|there|a|an|[A-Z][\w’'-]+)\b\s+\S+\s)"
)
# "Clinton: I support D.C. statehood.": a name of up to four words, a colon, a clause.
NAMED_LINE = re.compile(r"(?P<who>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}):\s+(?=\S+\s+\S)")
# "Trump's claim that ...", "her remark that ...": a statement and whose it is.
STATEMENT_NOUNS = (
    r"remarks?|claims?|assertions?|beliefs?|ideas?|arguments?|suggestions?|complaints?|"
    r"charges?|accusations?|allegations?|warnings?|promises?|pledges?|views?|conclusions?|"
    r"insistence|statements?|contentions?|assurances?|fears?|hopes?|concerns?|"
    r"announcements?|comments?|admission|acknowledg(?:e)?ment|denials?|predictions?|"
    r"insinuations?|suspicions?|threats?|vows?|proposals?|demands?|position|message"
)
# "Trump's support for the ban", "his opposition to the deal": a stance and whose it is.
STANCE_NOUN = re.compile(
    r"(?:(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)(?:’s|'s)|\b(?P<pronoun>[Hh]is|[Hh]er|"
    r"[Tt]heir))\s+(?:[a-z-]+\s+)?(?:support|backing|opposition|criticism|praise|"
    r"endorsement|defen[cs]e|embrace|rejection|condemnation|denunciation|call|calls|"
    r"push|plea|demand|demands|attacks?)\s+(?:for|of|to|on|behind)\s+"
)
STATEMENT_THAT = re.compile(
    r"(?:(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)(?:’s|'s)|\b(?P<pronoun>[Hh]is|[Hh]er|"
    rf"[Tt]heir))\s+(?:[a-z-]+\s+){{0,2}}?(?:{STATEMENT_NOUNS})\s+that\s+"
)
# ", adding that ...", ", calling for ...": more of what the sentence's speaker said.
PARTICIPLE_REPORT = re.compile(
    r",\s+(?:(?:saying|adding|noting|arguing|insisting|claiming|stressing|explaining|"
    r"warning|asserting|suggesting|predicting|acknowledging|admitting|declaring)"
    r"(?:\s+that)?|calling\s+(?:for|on)|calling|citing|referring\s+to|accusing|"
    r"blaming|urging|praising|criticizing|criticising|denying|describing|telling|"
    r"dismissing|defending|attacking|questioning|rejecting|promising|vowing|pledging|"
    r"pointing\s+(?:out|to)|asking)\s+"
)
# "... and said Manafort was not involved": a second report by the same subject.
SECOND_CUE = re.compile(
    rf",?\s+(?:and|but)\s+(?:also\s+|later\s+)?(?:{CLAUSE_CUES})(?:\s+that)?\s+(?=[a-zA-Z])"
)
# Where a clause's content ends inside a sentence.
CLAUSE_BREAK = re.compile(r"\s*(?:;|\s[—–-]{1,2}\s|,\s+(?:but|while|which|who|saying|adding)\b)")
JOINER_CHARS = 30
# The words that join two reports: "..., and more than 4 in 10 said ...".
TRAILING_JOINER = re.compile(
    r"(?:[\s,;:—–-]|\b(?:and|but|while|whereas|although|though|as|even|so|or|that|which|"
    # (a relative whose subject is the next report's: "China's currency policy - which US
    # manufacturers claim has undervalued the yuan")
    r"whom|in\s+which)\b)*$"
)
# Words between a subject and its verb: "officials also said", "voters still feel" (in
# the last ADVERB_CHARS characters before the verb).
ADVERB_CHARS = 40
SUBJECT_ADVERBS = re.compile(
    r"(?:\s+(?:also|still|now|later|previously|repeatedly|again|recently|have|has|had|"
    r"initially|first|then|publicly|privately|quickly|often|already|long|sometimes|usually|"
    r"generally|typically|overall|"
    # and when ("House Republican leaders on Friday announced" had been no report, or the
    # sentence's opening word's: fresh news of 2012)
    # (not a bare day: "Majorities of Democrats ... going to the polls Tuesday say")
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight))+\s*$"
)
# The marks between a quotation's last word and the words after it.
QUOTE_GAP = re.compile(r"[\s,.;”\"’'»]*")
# A relative "who" before a subject's last words: they are its clause's ("an agent who has
# worked on the case for years said"); and a past participle opening them ("questioned in
# that survey").
WHO_BEFORE_PREDICATE = re.compile(
    # (the subject of the clause: not "a man who many believe betrayed", "hackers who U.S.
    # officials say", whose subject follows "who")
    r"(?<=[a-z])\s+who\s+(?!(?:the|his|her|their|its|our|many|some|most|these|those|"
    r"[A-Z][\w.]*|\d+)\b)"
)
# What the clause of a man so described tells of him: his own career, name or life.
OWN_CAREER = re.compile(r"\b(?:his|her)\s+(?:\w+\s+)?(?:career|life|name|fortune|reputation)\b")
MAN_OR_WOMAN = re.compile(r"[Tt]he\s+(?:man|woman)")
CLAUSE_PUNCTUATION = re.compile(r"[,;:—–()]|\s-\s")
PARTICIPLE_OPENING = re.compile(r"[a-z]+ed\s+(?:in|by|at|on|for|during)\b")
# The word opening the clause a subject is of, when the subject follows it: "that his
# administration", "which officials", "whom many progressives" (not "that scuttled other
# mergers", whose subject is before it, nor "who", whose clause tells of the one before).
CLAUSE_WORD_IN_SUBJECT = re.compile(
    # (after a preposition "that" is a determiner: "Employees of that Boston firm said")
    # (but "in which organizers claimed", "to which 21 percent said" are relatives)
    r"(?:(?<!\bof\s)(?<!\bat\s)(?<!\bin\s)(?<!\bfor\s)(?<!\bfrom\s)(?<!\bwith\s)"
    r"(?<!\bon\s)(?<!\bby\s)(?<!\bto\s)\bthat|\b(?:which|whom))\s+"
    r"(?=(?:the|his|her|their|its|our|a|an|many|some|most|these|those|[A-Z]\w*|\d+)\b"
    r"|[a-z]+[^s\W]s\b)"
)
JOINER_BEFORE_SUBJECT = re.compile(
    r"(?:and|but|or|while|as|so|yet|when|after|before|because|since|although|though|if)\s+",
    re.IGNORECASE,
)
# How far into a sentence its subject is looked for ("Mr. Manafort, citing ...").
SUBJECT_CHARS = 60
# Words between a subject and its verb ("has also", "on Tuesday").
SUBJECT_GAP_WORDS = 3
# What stands between a quotation's last word and the text after it: the closing mark,
# the comma the writer put inside it, spaces.
CLOSING_MARKS = " ,”\"’'»"
# A short clause ending in a colon right before a quotation: "Pollster Daron Shaw: “…”".
COLON_CLAUSE_CHARS = 120
# (a full stop of an abbreviation or initial stays inside: "Mitch McConnell, R-Ky., said:")
COLON_CLAUSE = re.compile(
    r"(?:^|[.!?\n]\s*|—\s*)"
    r"(?P<clause>(?:[^.!?\n:“”\"]|(?<=\b[A-Z])\.|\.(?=,)|(?<=\b[A-Z][a-z])\.(?=,)){3,100}):"
    r"\s*[“\"‘']*$"
)
# Words that end no description of a speaker but join a clause to it.
CLAUSE_JOINERS = frozenset(["who", "that", "which", "whose", "whom", "and", "or", "but"])
# How long a sentence ending in a colon before a quotation may be (characters).
COLON_SENTENCE_CHARS = 300
# A dash that parts a heading or an aside from the clause after it.
DASH_BREAK = re.compile(r"\s[-—–]+\s*")
# A sentence's opening phrase, set off by a comma ("In response to the attack, ...").
OPENING_PHRASE = re.compile(r"[^,:;“”\"]{2,80},\s+")
# ", as the newspaper explains": an aside naming where the writer read it.
AS_ASIDE = re.compile(r"[\s,.”\"’']*as\s")
# A clause of its own right after the quotation: "… “That makes me smart,” when Clinton
# blasted him": Clinton's blast, not her words (a September 2016 briefing credited her
# with Trump's); "when asked, he said" still leads to the cue.
SUBORDINATE_AFTER = re.compile(
    r"[\s,.”\"’']*(?:when|while|after|before|because|since|until|whereas)\s(?!asked\b)"
)


def _a_clause_of_its_own(text: str, q_end: int, cue_start: int) -> bool:
    """A subordinate clause opens right after the quotation and runs on to the cue with
    no comma to close it: the cue is that clause's verb ("“…,” when Clinton blasted him"),
    not the quotation's ("“…,” since so many cases were decided 5-to-4, said Lee
    Epstein")."""
    clause = SUBORDINATE_AFTER.match(text, q_end, cue_start)
    return clause is not None and "," not in text[clause.end() : cue_start]


# "As the Hollywood columnist Louella Parsons had written, “…”": the source of a quotation
# after "As" and before its verb, right before the quotation.
# ", but admitted", "and added": a second verb of the clause's subject.
# (with or without the comma: "Silverman was joined on stage by Sen. Al Franken and joked")
# (an adverb between: "... out of the car and repeatedly says"; "family", "ally",
# "assembly", "only" and the like end in "-ly" and are none)
LY_ADVERB = r"(?!(?:family|ally|assembly|only|supply|rally|italy|july|bully|belly)\b)[a-z]{3,}ly"
COORDINATED_BEFORE_CUE = re.compile(
    rf"(?:,\s+|\s+)(?:but|and|yet)\s+(?:also\s+|then\s+|{LY_ADVERB}\s+)?$"
)
# A report's cue right after "and" and the last word of the report before ("has criticized
# free-trade deals such as NAFTA and called for tariffs"): the verb shares that subject.
COORDINATED_REPORT_GAP = re.compile(
    rf"\s+and\s+(?:also\s+|then\s+|{LY_ADVERB}\s+)?[a-z]+"
    r"(?:\s+(?:for|on|of|about|against|to|that|up))?\s+$"
)
# What a news outlet is called in its cue after a quotation ("the Times reported").
OUTLET_WORDS = frozenset(
    word_list(
        "Times Post Journal Tribune Herald Globe Telegraph Guardian Independent Observer "
        "Standard Sun Mirror Express Chronicle Examiner Inquirer Gazette newspaper paper "
        "outlet agency magazine network station broadcaster website site"
    )
)
REPORTED_AFTER = re.compile(r"\s+(?:reported|reports|has\s+reported)\b")
# A clause break between a speaker's cue and a quotation: the quotation is no longer that
# speaker's words ("Clinton has said she would release them, but “no such release has
# been scheduled,” the Post reported").
BREAK_BEFORE_QUOTE = re.compile(
    r";|,\s*(?:but|yet|while|although|though|whereas)\b|^\s*(?:While|Although|Though|Whereas)\b"
)
# A possessive right before a quotation that opens on the noun it governs ("Trump's
# “assertion that ...”"): the quotation's words are whoever's cue follows it.
POSSESSIVE_RIGHT_BEFORE = re.compile(r"['’]s?\s+[“\"]$")
POSSESSED_NOUNS = frozenset(
    word_list(
        "assertion assertions claim claims argument arguments contention request requests "
        "motion motions suggestion insistence characterization characterisation "
        "description position view views allegation allegations"
    )
)
# "Trump's “": the possessive of the quotation's owner right before its opening mark.
POSSESSIVE_BEFORE_QUOTE = re.compile(
    # "Trump's “…”", "Trump’s call for “…”", "Obama's promise that “…”"
    r"['’]s\s+(?:(?:call|calls|claim|remark|promise|pledge|vow|comment|statement|words|"
    r"line|slogan|proposal|description|demand|warning|assertion|insistence|boast|"
    r"declaration)\s+(?:(?:was|is)\s+)?(?:for|of|that|to)?\s*"
    # (an answer is to someone else's words: "Sanders's response to “…”" is not his)
    r"|(?:answer|reply|response)\s+(?:was|is)\s+(?:that\s+)?)?[“\"‘']?$"
)
# Up to three lower-case words (or an age) before a name that opens a clause.
LOWER_WORDS_ONLY = re.compile(r"(?:[a-z\d][a-z\d-]*(?:\s+|$)){0,3}")
# ... or a title, with the place it is held ("New Jersey Gov.", "Sen.", "Former Rep.")
TITLE_BEFORE_SUBJECT = re.compile(
    r"(?:(?:[A-Z][a-z]+|former|Former)\s+){0,3}"
    r"(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Adm|Amb|Atty|Supt|Dr|Mayor|Governor|Senator|"
    r"Representative|President|Judge)\.?"
)
# An opening phrase of time or circumstance, set off by a comma or a dash before the
# subject ("In an email dated Feb. 12, 2012 — seven months before the attack —").
SET_OFF_OPENING = re.compile(
    r"^(?:In|On|At|After|Before|During|Since|Following|Earlier|Later)\b[^“”\"]*[,—–]$"
)
# A time the sentence opens with, before its subject ("Just last week, J.J. Goldberg, editor
# at large of The Forward, ..., wrote"; "On Tuesday, ").
TIME_OPENER = re.compile(
    r"^(?:(?:Just|Only|Earlier|Later)\s+)?(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier|[Ll]ater)\s+"
    r"(?:week|month|year|weekend|night|spring|summer|fall|autumn|winter)|"
    r"(?:On\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:Earlier|Later|Yesterday|Today)),\s*"
)
# "As they say, “…”": a saying, no one's words
GENERIC_SAYERS = re.compile(r"(?i:they|people|you|we|one|some|many|the saying)")
SAYING_NOW = re.compile(r"\bsays?\b", re.IGNORECASE)  # (not "As they said": the police)
AS_SOURCE = re.compile(
    r"\b[Aa]s\s+(?!if\b)(?P<who>(?:[Tt]he\s+)?[A-Z\w][^,;:“”\"]{1,80}?"
    # an apposition only where a comma closes it before the verb ("As X, author of Y, put it")
    r"(?:,[^;:“”\"]{1,100},)?)[’'”\"]*\s+(?:had\s+|has\s+)?"
    # the verb, and when ("had written just a few years earlier, ''…''")
    rf"(?:put\s+it|written|{CUES})\b(?:\s+[\w-]+){{0,9}},?\s*[“\"‘']*$"
)
# "… missing.” Trump said.": a name or pronoun and a cue, the whole sentence after a quotation.
CUE_SENTENCE = re.compile(
    r"[.!?]?[”\"’']+\s+(?P<who>(?:[A-Z][\w.’'-]*\s+){1,3}?)"
    rf"(?:{CUES})\s*(?:on\s+\w+\s*)?[.]"
)
# ", who declared in the spin room," right before a cue: a relative clause's subject.
# "who told Congress when asked last month about the inquiry: “…”": the speaker is the one
# asked, so "asked" there is no cue of its own (it was Congress credited with the words).
ASKED_OF = re.compile(r"\b(?:when|if|as|after|once|before)\s+$", re.IGNORECASE)


# A subordinating word between a sentence's start and its "asked": the asking is a scene
# in a clause ("when a young man asked Clinton why ..."), not the exchange itself.
SUBORDINATE_BEFORE = re.compile(r"\b(?:when|while|after|before|once|as|if)\b", re.IGNORECASE)
# The one a question was put to, named right after "asked": "asked Sanders whether his
# health was fair game" (a later "he said" is the answer, a July 2016 review).
ASKED_PERSON = re.compile(
    r"[ \t]+(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?"
    r"[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})"
    r"[ \t]+(?:whether|if|why|how|what|when|about)\b"
)


def _inside_report(candidate: _Candidate, report: Quote | None) -> bool:
    """The candidate stands in the words of a report that has a speaker of its own."""
    return (
        report is not None
        and report.speaker is not None
        and report.start <= candidate.start < report.end
    )


def _asked_of_them(region: str, cue: re.Match[str]) -> bool:
    return cue.group(0).lower() == "asked" and ASKED_OF.search(region, 0, cue.start()) is not None


SAID = re.compile(r"(?i:said|says|stated|states)")
# Verbs that give someone's words for a thing: "called the budget “a disaster”".
CHARACTERIZED = re.compile(r"\b(?:called|calls|described|describes|labell?ed|dubbed|branded)\b")
# A head noun that names a person by role: the run of nouns after a name ends there.
PERSON_HEADS = frozenset(
    word_list(
        """official officials expert experts aide aides adviser advisers advisor staffer
        staffers leader leaders chief executive member members spokesman spokeswoman
        manager director chairman chairwoman candidate nominee"""
    )
)
HEAD_WORDS = 3
# A report a quotation with no cue goes on from: a verb of saying, not of asking or pressing.
SAYING_GOES_ON = re.compile(
    r"\b(?:said|says|added|adds|explained|explains|noted|notes|stressed|stresses|insisted|"
    r"insists|argued|argues|maintained|maintains|acknowledged|acknowledges|conceded|concedes|"
    r"announced|announces|declared|declares|told|tells|wrote|writes)\b"
)
RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|whose|which|that)\s+$")
# What a report tells of someone else's words (a letter, a verdict, a shout): the quotation
# after it may be those words, not the reporter's (the second review).
OTHERS_WORDS = re.compile(
    r"\b(?:letter|note|sign|verdict|statement|message|order|orders|banner|slogan|email|"
    r"text|shouted|yelled|screamed|chanted|been\s+told|asked|wrote|read|ruled|called|"
    r"phoned|warned|urged|texted|emailed|tweeted)\b",
    re.IGNORECASE,
)
# What a body says through, whose words are the body's ("its report said").
BODY_MEANS = frozenset(["report", "statement", "letter", "submission", "website", "spokesman"])
# Between a person's name and the body whose they are: "of", then the body's first words.
OF_A_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w&.’'-]*\s+){0,3}")
# "Chad's Ambassador to France": a possessive name and a post of a few words it owns.
OWNED_POST_WORDS = 4
POSSESSIVE_MARK = re.compile(r"^[’']s?")
FINITE_WORDS = frozenset(["is", "was", "are", "were", "has", "have", "had", "will", "would"])
KNIGHTED_BEFORE = re.compile(r"\b(?:Sir|Dame)\s+$")
KNIGHTED_NAME = re.compile(r"\b(?:Sir|Dame)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})")
SOVEREIGN_BEFORE = re.compile(rf"\b({'|'.join(SOVEREIGN_TITLES)})\s+$")
SOVEREIGN_TITLE = re.compile(rf"\b(?:{'|'.join(SOVEREIGN_TITLES)})\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")
# A verb right after a name: the name is a clause's subject ("the United States is").
FINITE_VERB_AFTER = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|"
    r"remains|remained|intends|intended|plans|planned|wants|wanted|needs|needed|does|did)\b"
)
# Nouns of a body of people that may end a long description ("a Cuban country music band").
PEOPLE_NOUNS = PERSON_HEADS | frozenset(
    word_list("band group team choir chorus crowd orchestra family couple panel jury club")
)
AGENT_NOUN = re.compile(r"(?:er|or|ist|ant|ent|man|woman|person)$")
# A person's noun a name may own ("Vos's lawyers", "Trump's opponents", "the mayor's
# confidant"): not a thing's "-ment" ("Vos's statement" is hers) nor an "-ent" of events.
OWNED_PERSON = re.compile(r"(?:er|or|ist|ant|man|woman|person|ident|dent|nent|gent)$")
# ... and nouns of a person's or a body's staff that no ending shows ("Obama's press
# secretary", "The mayor's office", "Trump's critics": a reviewer's cases).
OWNED_HEADS = frozenset(["secretary", "office", "staff", "critics", "allies", "family"])
REPORTING_WORD = re.compile(rf"(?:{REPORTING})", re.IGNORECASE)
ADJECTIVE_ENDING = re.compile(r"(?:al|ic|ive|ous|ful|ian|ish|less|able|ible)$")
NAME_FOLLOWS = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z]")
GROUP_DETERMINER = re.compile(r"\b(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Tt]hose|[Tt]hese)\s+$")
# A name before a noun of a group it leads or backs is no subject ("Trump supporters").
GROUP_NOUN_AFTER = re.compile(
    r"\s+(?:supporters|aides|allies|officials|backers|advisers|advisors|staffers|campaign|"
    r"administration|camp|loyalists|critics|fans|delegates|surrogates|voters|donors)\b"
)
# A preposition, then a title, right before a name ("an attack by Sen. Lindsey Graham").
TITLED_AFTER_PREPOSITION = re.compile(
    r"\b(?:by|of|with|to|from|for|against|about|on|at|in)\s+(?:the\s+)?[A-Z][a-z]{1,11}\.?\s+$"
)
# "the resolution which said": the thing "which" stands for, right before it.
WHICH_BEFORE_CUE = re.compile(
    r"(?<![\w’'-])(?P<who>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,2}?"
    r"[a-z][\w’'-]*),?\s+which\s+(?:also\s+)?$"
)
RELATIVE_BEFORE_CUE = re.compile(r",\s+who\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?$")
# An aside about the subject that "who" opens, closed by a comma, then at most two adverbs
# before the cue: "Holt, who looks shocked once he realizes what happened, then calmly says";
# and one that "which" opens, about an organisation ("The National Rifle Association, which
# has endorsed Trump, said").
# (a party tag may stand in it, "who supported Sen. Ted Cruz, R-Texas, and opposed ...",
# and a time before the cue, "..., last week said")
ASIDE_BEFORE_CUE = (
    r",\s+{relative}\s(?:[^,;“”\"\n]|,\s[RDI]-[A-Z][\w.]{{1,14}},){{3,200}},\s*"
    r"(?:(?:then|also|later|now|finally|\w+ly|yesterday|today|(?:last|this)\s+\w+|"
    r"on\s+\w+day)\s+){{0,2}}$"
)
WHO_ASIDE = re.compile(ASIDE_BEFORE_CUE.format(relative="who"))
WHICH_ASIDE = re.compile(ASIDE_BEFORE_CUE.format(relative="which"))
# An aside that "whose" opens right after a description, up to its last comma.
WHOSE_AFTER = re.compile(r",\s+whose\s[^;“”\"\n]{3,200},")
# The last aside "whose" opens before a cue, up to the comma before it (an aside about
# whose works or members may list them: "whose films include X, Y and Z,").
WHOSE_ASIDE = re.compile(
    r",\s+whose\s(?:(?!whose\b)[^;“”\"\n]){3,200},\s*"
    r"(?:(?:then|also|later|now|finally|\w+ly|yesterday|today|(?:last|this)\s+\w+|"
    r"on\s+\w+day)\s+){0,2}$"
)
# “…,” it read: a written thing (a letter, a sign, an email) whose words the quotation
# gives, "it" right before the cue after the closing mark or opening the sentence before it.
IT_BEFORE_CUE = re.compile(r"(?<![\w’'-])(?P<who>[Ii]t)\s+(?:now\s+|also\s+|then\s+)?$")
# The written things and bodies "it" stands for, the nearest named before it.
WRITTEN_THINGS = re.compile(
    r"\b(?:letter|sign|e-?mail|statement|website|web\s+site|memo|post|ad|advertisement|"
    r"editorial|note|message|tweet|banner|poster|placard|T-shirt|shirt|hat|flyer|"
    r"billboard|leaflet|mailer|release|document|filing|ruling|opinion|report|page|card)s?\b"
)
# A person's age right after a name: ", 48," (a description may be a company's: "Georgia
# Power, a subsidiary of Southern Co.", the second review's).
PERSON_APPOSITION = re.compile(r",\s*\d{1,3}\s*,")
# A relative by kinship ("his brother", "Her husband").
KIN_WORD = re.compile(r"\b(?:" + "|".join(KIN_GENDER) + r")\b", re.IGNORECASE)
# How far before a surname two people share the one it means may be named in full
# (characters: about three sentences; ``_one_named_just_before``).
SURNAME_REACH = 400
# A time or an adverb set off by commas before a sentence's subject: "Last Monday,",
# "Then, last week," (``_opens_its_clause``).
CLAUSE_OPENER = re.compile(r"[^,;:“”\"]{1,40},(?:\s*[^,;:“”\"]{1,30},)?")
# A capitalised word right before a name (``_with_given_name``).
GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.’'-])(?P<given>[A-Z][a-z]{1,15})\s+$")
# ", the president of ...", ", a spokeswoman for ...": a person's role right after a name.
ROLE_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:"
    r"president|spokes(?:man|woman|person)|director|chairman|chairwoman|founder|"
    r"ambassador|senator|governor|mayor|secretary|minister|lawyer|attorney|professor|"
    # (not "adviser", "veteran", "activist", "executive", "analyst": "Morgan Stanley, the
    # lead adviser on the deal", "an activist group" are firms and groups, a reviewer's)
    r"journalist|reporter|writer|student|teacher|doctor|nurse|witness|resident|voter|"
    r"delegate|volunteer|officer)\b(?!\s+(?:group|firm|organi[sz]ation|company|network))"
)
# "a handwritten note from her son that read": a written thing from someone, then the cue
# in a relative clause (the writer, a name or a description, is the speaker).
NOTE_FROM_BEFORE_CUE = re.compile(
    r"\b(?:letter|e-?mail|memo|note|message|card|text)s?\s+from\s+"
    r"(?P<who>(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*|"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),?\s+(?:that|which)\s+$"
)
# How far before "it" its written thing is looked for (characters, about three sentences).
WRITTEN_LOOKBACK = 400
# A sentence that ends on its cue, where and when at most after it: "Ann Lee agreed.",
# "The ministry said in a statement.", "Lee wrote on Twitter Monday."
CUE_ENDING_SENTENCE = re.compile(
    rf"\b(?:{CUES}|agreed|agrees|concurred)(?:{SAID_WHERE})?(?:\s+(?:on|in)\s+[A-Z][\w.’'-]*)?"
    r"\s*[.:]?\s*$"
)
# A note of the newsroom's own: nobody's speech.
EDITORIAL_LINE = re.compile(
    r"\s*(?:(?i:editor[’']s\s+note)|Update[ds]?|UPDATE[DS]?|Correction|CORRECTION|"
    r"Clarification|CLARIFICATION)\s*:"
)
# "“…,” according to ..." right after the closing mark, and the source it names.
ACCORDING_AFTER_QUOTE = re.compile(r"[\s,”\"’']*according\s+to\s+", re.IGNORECASE)
ACCORDING_THAT = re.compile(
    # (a title's full stop ends nothing: "according to Dr. Lee's study")
    r"(?P<who>(?:\b(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Lt|Maj|Col|Capt|Sgt|Rev|Prof|"
    r"Atty|Cmdr|Adm)\.|[^,;:.!?“”\"\n]){2,80}?)"
    r"\s*(?=[,;:.!?]|$)"
)
# Nothing, an article or titles between "according to" and a name ("Lt. Gov.").
TITLE_ONLY = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:[A-Z][a-z]{0,4}\.\s*)*")
# A share of a group, no one speaker: "55 percent of voters", "a majority of".
QUANTITY_OF_PEOPLE = re.compile(
    r"\b(?:\d+|percent|per cent|majority|half|third|quarter|most|many|some|several)\b", re.I
)
# "According to the newspaper, “…”": the source's words up to the comma.
ACCORDING_SOURCE = re.compile(r"\s+(?P<who>[^,;:“”\"]{2,80}?)[,:]?\s*[“\"‘']*$")
# A name by its shape has at most this many words (more is a headline or a list).
MAX_NAME_WORDS = 4
CUE_AFTER_SUBJECT = re.compile(rf"^\s+(?:has\s+|had\s+|have\s+|also\s+)?(?:{CUES})\b")
# After a short quotation's closing mark: a cue, or up to four words and a cue.
SAID_AFTER_SHORT = re.compile(rf"\s+(?:[\w.’'-]+\s+){{0,4}}?(?:{CUES})\b")
# ... or after a name and its apposition (fresh news, 2014: "“Embrace me,” Jamila Bey, an
# African American journalist and board member of the group American Atheists, said"
# had been no quotation, its two words too few without a cue right after them).
SAID_AFTER_APPOSED = re.compile(
    r"\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]+,\s+[^,.;:!?“”\"\n]{2,120},\s+"
    rf"(?:{CUES})\b"
)
APPOSED_CUE_WINDOW = 180
# (or joined to a quotation before it: "“...” and “stunt children's growth,” Howard Dean,
# the former governor of Vermont, proclaimed")
OPENS_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?”\"]\s+|\n\s*|[”\"]\s+and\s+)[“\"]$")
CUE_BEFORE_SUBJECT = re.compile(rf"\b(?:{CUES})\s+$")
# What follows the last word of a cue's words: a comma or the sentence's end.
CLOSES_WORDS = re.compile(r"\s*(?:[,;]|[.!?](?:\s|$)|$)")
# A cue right before a quotation's opening mark: "yelled “", "said, “", "wrote back: “".
CUE_RIGHT_BEFORE = re.compile(rf"\b(?:{CUES})[,:]?\s*$", re.IGNORECASE)
QUOTATION_AFTER_CUE = re.compile(r"(?:\s+back)?[,:]?\s*[“\"‘]|(?:\s+back)?[,:]?\s*''")
# Between a closing quotation mark and its cue ("…,” Salazar said") stand only a few words.
MAX_WORDS_TO_CUE = 6
# A title's full stop ends no name: one fixed-width look-behind for each title.
_NOT_AFTER_A_TITLE = "".join(
    rf"(?<!\b{title.capitalize()})" for title in sorted(NAME_ABBREVIATIONS)
)
# “…” ― Jane Doe (or a post's "— @handle": ``extract/markup.py``), or "--Jane Doe" on a
# line of its own (a plain text's signature; not '..."--Kim Hjelmgaard.' where a news
# brief's byline follows its last quotation)
DASH_NAME = re.compile(
    # (a full stop after an initial or a title is the name's: "— Donald J. Trump", "— Sen.
    # Ted Cruz"; a handle ends its sentence or line: not "— @example.com, or call us")
    r"[”\"’»]?\s*(?:[―—–]\s*(?:(?P<who>[A-Z][^\n―—–]{1,60}?)\s*(?=\n|$|[,;(]|"
    rf"(?<!\b[A-Z]){_NOT_AFTER_A_TITLE}\.)|(?P<handle>@\w{{1,30}})(?=\s*(?:\n|$)|\.(?:\s|$)))"
    # "--" (a plain text's dash) only before a name alone on its line: not a bullet ("--The
    # Senate will vote on Tuesday."), nor a credit ("--Reporting by Jane Doe; ...")
    r"|(?<=\n)--[ \t]*(?P<signed>[A-Z][\w.’'-]+(?:[ \t]+[A-Z][\w.’'-]+){0,3})[ \t]*(?=\n|$))"
)
# The words between a closing quotation mark and its cue: ", the ad’s narrator says".
DESCRIPTION = re.compile(
    # (after curly, straight or typewriter closing marks: "…,'' the woman said")
    r"[\s,”\"’']*(?P<who>(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\s"
    r"[^,.;:!?“”\"]{2,60}?)\s*"
)
# A relative clause set off by commas before a cue (", who was not authorized to speak,").
RELATIVE_APPOSITION = re.compile(r",\s+(?:who|which)\b[^“”\"\n]{0,120},\s*$")
# "the announcer" / "a 34-year-old mother of three" ending right at the cue.
DESCRIPTION_BEFORE_CUE = re.compile(
    r"(?:^|(?<=[\s,]))(?P<who>(?:[Tt]he|[Aa]n?)\s[^,.;:!?“”\"]{2,60}?)\s*$"
)
# An apposition after a speaker's name: ", a member of the armed services committee,".
APPOSITION_CHARS = 100
APPOSITION = re.compile(rf",[^,;“”\"\n]{{3,{APPOSITION_CHARS}}},")
# A form of "be" right before a cue makes it passive ("is claimed", "was told", "been said").
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A definite description of one person by what they do ("The Afro-Colombian journalist").
# (not a word for anyone a report may be about: "the student", "the 45-year-old")
ONE_PERSON_DESCRIBED = re.compile(
    r"[Tt]he\s+(?:[\w’'-]+\s+){0,3}(?:actor|actress|singer|writer|author|journalist|"
    r"columnist|host|anchor|businessman|businesswoman|billionaire|star|comedian|activist|"
    r"economist|historian|professor|scientist|entrepreneur|filmmaker|producer|novelist|"
    r"poet|artist|musician|rapper|coach|candidate|mogul|investor|"
    # one person by their age, as a report names them a second time ("the 36-year-old")
    r"(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old)"
)
# "it has been reported", "it is understood": a passive cue whose subject is "it".
IMPERSONAL_PASSIVE = re.compile(
    r"(?<![\w’'-])[Ii]t\s+(?:\w+ly\s+)?(?:(?:has|had|have)\s+(?:\w+ly\s+)?been|is|was|"
    r"(?:will|would|may|might|could|can)\s+be)\s+(?:\w+ly\s+)?$"
)
# A title in lower case between its field and a name ("Chelsea captain", "Spain coach").
TITLE_WORDS_BETWEEN = re.compile(
    r"\s+(?:(?:former|assistant|caretaker|interim|head|team|club|national)\s+)?"
    r"(?:captain|skipper|coach|manager|boss|striker|midfielder|defender|goalkeeper|winger|"
    r"player|chairman|chief|director|president|minister|secretary|leader|spokesman|"
    r"spokeswoman)\s+"
)
OPENING_WORDS = re.compile(r"\s*(?:(?:[Ff]ormer|[Tt]he|[Ee]x-|[Nn]ew|[Ii]nterim|[Vv]eteran)\s+)*")
# Between a body (or title) and the name it qualifies, only title words: "American
# Federation of Teachers President Randi Weingarten", "House Democratic Leader Nancy
# Pelosi" (nothing between), "Clinton campaign chairman John Podesta".
QUALIFIER_TITLES = (
    rf"{STAFF}|spokes(?:wo)?man|spokesperson|leader|president|secretary|minister|director|"
    r"coach|boss|head|chief|executive|officer|founder|CEO|governor|senator"
)
# (and not when the body is a preposition's: whose the description before it is)
QUALIFIER_AFTER_PREPOSITION = re.compile(r"\b(?:for|of|to|with|from|by|at|on|in)\s+$")
QUALIFIER_TITLE = re.compile(rf"\b(?:{QUALIFIER_TITLES})\b", re.I)
QUALIFIER_GAP = re.compile(
    r"\s+(?:(?:(?:of\s+)?[A-Z][\w.-]*|campaign|press|communications|deputy|senior|"
    rf"{QUALIFIER_TITLES})\s+){{0,3}}"
)
# A title's tail between its noun and the name it is of ("minister of sport Jaime
# Lissavetzky", "coach, Mark Hill").
TITLE_TAIL = re.compile(r"(?:\s+(?:of|for)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?,?\s+")
# Words that put a question to the person named after them ("were put to Wenger", "asked
# Smith"): the one who answers next.
QUESTION_PUT_TO = re.compile(r"\b(?:put\s+to|asked|questioned|pressed)\s+$")
# A sentence in the past perfect tells background ("had sat", "had ruled out").
HELD_BACK = re.compile(
    r"\bhad\s+(?:[a-z]+ly\s+)?(?!(?:to|a|an|the|no|his|her|their|its|some|any|little|much|"
    r"many|more|nothing)\b)[a-z]{2,}"
)
# A quotation opening on "he" or "she": words about someone.
QUOTED_THIRD_PERSON = re.compile(r"\s*[“\"‘']\s*(?:He|She)\b")
# A quotation mark of any kind (a sentence holding one quotes someone).
QUOTATION_MARK = re.compile(f"[{DOUBLE_MARKS}]")
# A description that opens on a determiner ("The actor", "His lawyer"), no clause's words.
DETERMINER_OPENING = re.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s")
# One member of a party, as a report names a person a second time: "The Louisiana
# Republican pointed to what he called ...", "the Vermont Democrat" (not "The
# Independent", a newspaper).
PARTY_MEMBER_DESCRIBED = re.compile(
    r"[Tt]he\s+(?:[A-Z][\w.’'-]*\s+){0,2}(?:Republican|Democrat|Tory)"
)
PARTY_NOUN_AFTER = re.compile(
    r"\s+(?:primary|primaries|nominee|nomination|party|candidates?|leaders?|debates?|"
    r"convention|field|race|establishment|base|voters|lawmakers|senators?|governors?|"
    r"members?|majority|caucus|side|ticket|platform|contest|contenders?|officials?)\b"
)
# A party tag right after a surname: ", D-Calif.", " (R-Ohio)", ", a Republican".
PARTY_TAG_AFTER_NAME = (
    r"(?:,\s+|\s+\()(?:(?P<letter>[RD])-[A-Z]|an?\s+(?P<word>Republican|Democrat))"
)
PARTY_WORD_GOES_ON = re.compile(r"-|\s+(?:from|who)\b")
PARTY_MEMBER_OPENING = re.compile(r"(?<![\w’'-])[Tt]he\s+(?:[A-Z][\w.’'-]*\s+){0,2}$")
# A word that qualifies the noun after it in a title ("sporting", "general", "technical").
QUALIFIER_WORD = re.compile(r"(?:ing|al|ic|ive)$")
# One person described by what they do, ending where an aside about them opens.
ONE_PERSON_BEFORE = re.compile(r"(?<![\w’'-])(?:" + ONE_PERSON_DESCRIBED.pattern + r")$")
# A title in lower case or an acronym (one to three words) between an employer and a name.
TITLE_BEFORE_NAME = re.compile(
    # (the post's field before the title, capitalised, "Clinton Communications Director
    # Jennifer Palmieri", or not and right before it, "Trump campaign manager Corey
    # Lewandowski": not "Republicans press FBI Director James Comey", a verb's object)
    r"(?:\s+(?:former|vice|senior|chief|deputy|executive|co-|[A-Z]{2,5}|[A-Z][a-z]+))*"
    r"(?:\s+(?:campaign|communications|press|policy|political|national|security|foreign|"
    r"finance|digital|field|legal|research|data|general))*"
    # (a title capitalised before the name too: "Cleveland Police Chief Calvin Williams")
    r"\s+(?i:columnist|writer|reporter|correspondent|editor|anchor|host|chief|executive|"
    r"president|chairman|chairwoman|spokes(?:man|woman|person)|founder|director|analyst|"
    r"strategist|adviser|advisor|official|economist|professor|lawyer|attorney|manager|"
    r"leader|head|aide|CEO|CFO|COO|commissioner|superintendent|"
    # ("said Latino Decisions researcher Sylvia Manzano": the pollster's name had the words)
    r"researcher|pollster|co-?founder|fellow|scholar|historian|consultant|organi[sz]er|"
    r"coordinator|secretary|counsel|producer|activist)\s+(?=[A-Z])"
)
# "Ryanair CEO, Michael O'Leary,": up to two capitalised title words, then a name in commas;
# or the rest of a role after a possessive, up to four words with no clause in them
# ("Google's chief human resources executive, Laszlo Bock," had "Google's chief" speak,
# "the company's chief executive, Sundar Pichai," the company: a reader's check of April
# 2016 campaign news).
NAME_IN_APPOSITION = re.compile(
    r"(?:(?:\s+[A-Z][\w.-]*){0,2}|(?:['’]s)?(?:\s+(?!(?:who|which|that|whose|is|was|are|were|"
    r"has|had|have|will|would|said|says|or|but)\b)[\w-]+){1,4})"
    r",\s+(?P<name>[^,;:“”\"\n]{3,40}),"
)
# ", president and CEO of Boeing Commercial Airplanes" before a cue with no closing comma:
# a role in lower case (an article may open it), and no clause inside ("who", a verb).
UNCLOSED_ROLE = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?[a-z][\w-]*(?![^,]*\b(?:who|which|that|is|was|are|were|has|had|"
    r"will|would)\b)[^,;:“”\"\n]{0,80}\s*$"
)
# An apposition that describes the one named before it and ends at the verb (", a former
# Marine,", ", the top Democrat on the panel,").
DESCRIBING_APPOSITION = re.compile(
    rf",\s+(?:an?|the|his|her|their|its)\s[^,;“”\"\n]{{2,{APPOSITION_CHARS}}},\s*$"
)
TRAILING_APPOSITION = re.compile(rf",[^,;“”\"\n]{{3,{APPOSITION_CHARS}}},\s*$")
# An unattributed quote this close after an attributed one continues it (words between).
CONTINUATION_WORDS = 40
# How close to a name its role stands ("Ambassador Ken Salazar", "Salazar, the ambassador").
ROLE_NEAR = 40
# Between a title and its name: names' words only ("President Barack H. Obama"); between a
# name and its role after it: a comma, perhaps "who is", a determiner and a few words
# of a title ("Salazar, the U.S. ambassador", "Powell, the former secretary"; not "Trump
# would be president", "Holm, a critic of the president"); no possessive in a title's gap
# ("President Obama's Press Secretary Josh Earnest" is no president).
# A rank before a role's word, up to two title words away ("Vice President", "Shadow
# chancellor", "Deputy Prime Minister"): another post. (Not "former": a report may call
# former President Bill Clinton "the president", and "the former president" is often one
# the report had named as president.)
# (title words only between: "a deputy spokesman for President George W. Bush" is no
# rank of the president's, a review's case)
RANK_BEFORE = re.compile(
    r"\b(shadow|deputy|vice|assistant)"
    r"(?:[- ]+(?!(?:to|for|of|and|or|the|an?|at|with|in|on|by|from)\b)[A-Za-z]+){0,2}[- ]+$",
    re.IGNORECASE,
)
RANK_WORDS = frozenset(["shadow", "deputy", "vice", "assistant"])
RANK_REACH = 30
TITLE_GAP = re.compile(r"[ \t]*(?:[A-Z][\w.-]*[ \t]+)*")
# A plural title's gap: to the first name, or to the second past the first and "and".
PAIR_TITLE_GAP = re.compile(
    r"[ \t]*(?:(?:[A-Z][\w.-]*[ \t]+)+(?:and|&)[ \t]+)?(?:[A-Z][\w.-]*[ \t]+)*"
)
APPOSITION_GAP = re.compile(
    r",[ \t]+(?:(?:who|which) (?:is|was|has been)[ \t]+)?(?:(?:the|a|an|then|now|as)[ \t]+)?"
    # (words of one sentence: "Donald J. Trump, the Republican nominee. The president
    # left ..." gave Trump the president's words)
    r"(?:(?:[A-Z][\w’'-]*|[A-Z](?:\.[A-Z])+\.|former|then|acting|current|outgoing|"
    r"incoming|longtime|interim|deputy|senior|chief|top|presidential|state)[ \t]+){0,4}"
)
# Another word in capitals right after a mention in capitals: a heading's words.
CAPITALS_NEXT = re.compile(r"[ \t]+[A-Z]{2,}(?:[ \t]+[A-Z]{2,})*\b(?![’'.-])")
# A clause of the writer's, "I" its subject, that ends right before a quotation.
WRITER_CLAUSE = re.compile(
    r"(?:^|[.!?][”\"’']?\s+|,\s+|;\s+|\bthat\s+|\bso\s+|\n)I\s+(?P<rest>[^.!?;:,“”\"\n]{1,60})"
    r"[:,]\s*[“\"‘']$"
)
# Someone else in the writer's clause: a third person's pronoun or a name.
OTHER_SUBJECT = re.compile(r"\b(?:he|she|they|him|her|them|[A-Z][a-z]\w*)\b")
# How many of the latest mentions of people with a role are read for "the senator said".
ROLE_MENTIONS = 200
NEVER = 1 << 62
# A capitalised word, then another on the same line: ("Amelize", "Joseph").
NAME_PAIR = re.compile(r"\b([A-Z][\w’'-]*)[ \t]+(?=([A-Z][\w’'-]*)\b)")


@dataclass(frozen=True, slots=True)
class _RoleMention:
    """A mention of a person the text gives a role's word: their name, where the mention
    ends, and from which offset a role read after it may mean them, all its words told
    (``fits_from``, ``NEVER`` when they stand nowhere near)."""

    name: str
    end: int
    held_from: int
    fits_from: int


# A role's word as a title abbreviates it before a name ("N.J. Gov. Chris Christie").
ROLE_ABBREVIATIONS = {
    "governor": "gov",
    "senator": "sen",
    "representative": "rep",
    "congressman": "rep",
    "congresswoman": "rep",
    "general": "gen",
    "professor": "prof",
    "president": "pres",
    "secretary": "sec",
    "lieutenant": "lt",
    "sergeant": "sgt",
    "captain": "capt",
    "detective": "det",
}
CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")
# "of", "like", "as" before a name: "X saying" is then a noun phrase about X.
OF_BEFORE = re.compile(r"\b(?:of|like|as)\s+$")
# "with" before a name, perhaps with a role between: "with her rival Tom Hale replying".
WITH_SOMEONE_BEFORE = re.compile(
    r"\bwith\s+(?:(?:his|her|their|its|the|a|an)\s+)?"
    r"(?:(?!(?:from|of|by|to|for|and|or)\b)[\w.’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Nothing between a name and its participle but space and perhaps an adverb ("reportedly").
ADVERB_AT_MOST = re.compile(r"\s*(?:[a-z]+ly\s+)?")  # (as ``ABSOLUTE_CUE_AFTER`` takes one)
# A name opening its sentence or line, perhaps after "The".
SUBJECT_OPENING = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n\s*)(?:The\s+)?$")
# A word alone on its line (a heading, "Al-Shabaab."), or an adjective before a plural
# subject ("Harsh comments are earning ...").
HEADING_END = re.compile(r"[.:]?[ \t]*(?:\n|$)")
ADJECTIVE_OF_PLURAL = re.compile(r" [a-z]+s (?:are|were|have|had)\b")
# Roles that are institutions, not people: "the company", "the ministry".
INSTITUTIONS = frozenset(
    word_list("ministry government embassy department agency company office center centre police")
)
# The head nouns of a description that stands for an organisation named before it.
BODY_NOUNS = frozenset(
    [
        "group",
        "organization",
        "organisation",
        "company",
        "firm",
        "campaign",
        "committee",
        "agency",
        "union",
        "coalition",
        "association",
        "foundation",
        "network",
    ]
)
# A body named by the name before its noun, opening a sentence: "The Clinton campaign
# suggested", "The Sanders campaign said" (its name one to three capitalised words).
NAMED_BODY = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’']\s)|(?<=\n))The\s+"
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+"
    rf"(?P<noun>{'|'.join(sorted(BODY_NOUNS))})\b",
    re.MULTILINE,
)
# A possessive or a place's "-based"/"-led" names no body ("The Party’s campaign").
NO_BODY_NAME = re.compile(r"[’']s\b|-(?:based|led)$")
# How far back (characters, about two sentences) a pronoun may find a role description.
ROLE_LOOKBACK = 300
# ... and "the company" the organisation, past the quotation it closes ("Twitter
# acknowledged ... ''We have always sought ... freely,'' the company said": 330 characters)
BODY_LOOKBACK = 600
# A leading "the" of an organisation's name, and the word a company's name ends in.
THE = re.compile(r"^[Tt]he\s+")
COMPANY_END = re.compile(r"\b(?:Co|Corp|Inc|Ltd|PLC|LLC|Cos|Company|Corporation)\.?$")
# A number right after a name makes it a thing's ("Building 100", "Apollo 11").
NUMBERED = re.compile(r"[ \t]+\d")
# A pronoun as a sentence's subject, before any name in it.
# (not "I": a Roman numeral as often, "World War I"; "he's" is "he is" or "he has", a
# subject too)
PRONOUN_BEFORE_NAME = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)\b")
# An opening phrase naming a body's own channel: "In a statement on the Airbus website,",
# "Writing on the party's Twitter account,".
OWN_CHANNEL = re.compile(
    r"\b(?:on|to|in|via|through)\s+(?:the\s+|its\s+)?(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)"
    r"(?:’s|'s)?\s+(?:official\s+|own\s+)?(?:website|web\s+site|site|blog|web\s+page|"
    r"Twitter\s+account|Facebook\s+page|account|feed)\s*,?\s*$"
)
# A name within a sentence's first words is its subject (the words before it are a title
# or a role: "Union leader Marta Quell").
SUBJECT_WORDS = 5


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    mention: str
    kind: str  # "entity", "name", "pronoun", "role", "description", "thing"
    name: str | None = None  # canonical name for entities
    label: str = ""

    @property
    def is_person(self) -> bool:
        """People (and descriptions of people) can be "he" or "she" later on."""
        if self.kind in {"role", "description"}:
            return True
        if self.kind == "name" or self.label == "PERSON":
            return not names_an_organisation(self.mention)  # "Virgin Media", tagged a person
        if self.kind == "pronoun":
            # "he" and "she" stand for a person: the one it was read as is who the next
            # "he" most likely means ("…,” he told Hannity. “…,” he said": not Hannity).
            return self.mention.lower() in {"he", "she"}
        # The small model often calls a lone surname an ORG ("Salazar said"); a one-word,
        # non-acronym ORG in the speaker's place is far more often a person, unless it is
        # a body's word ("Bank executives aren't.": a September 2016 briefing gave
        # Warren's "she said" to "Bank").
        return (
            self.label == "ORG"
            and " " not in self.mention
            and not self.mention.isupper()
            and self.mention.lower() not in BODY_WORDS
        )


def _entity_candidate(entity: Entity) -> _Candidate:
    return _Candidate(
        entity.start, entity.end, entity.text, "entity", entity.canonical, entity.label
    )


# A site's user by the name they go by there: "Instagram user andreysmygov", "Twitter user
# @jdoe".
USER_HANDLE = re.compile(r"[ \t]+(?:user|account)[ \t]+(?P<handle>@?[\w.]{3,30})\b")


def _without_relative(described: _Candidate | None) -> _Candidate | None:
    """ "a banner that" said it: the banner (when no one carrying it is named)."""
    if described is None:
        return None
    relative = RELATIVE_AT_END.search(described.mention)
    if relative is None or relative.start() == 0:
        return described
    mention = described.mention[: relative.start()]
    return _Candidate(described.start, described.start + len(mention), mention, described.kind)


def _a_scrap(mention: str) -> bool:
    """A piece of the words around a cue taken for its speaker: one opening on a
    preposition ("said of the robbers", "an official involved in managing the crisis"),
    one ending on a conjunction or pronoun ("the VMI case when it"), or an abbreviation
    alone ("The No. 1 U.S. auto maker": "No."). TimeBank, 1989-1998, a reader's check."""
    words = mention.split()
    return bool(words) and (
        words[0] in SCRAP_OPENINGS
        or (len(words) > 1 and words[-1].lower() in SCRAP_ENDINGS)
        # (an eyewitness "the woman who found it" is someone; "the case when it" is not)
        or (len(words) > 2 and words[-2].lower() in SCRAP_ENDINGS and words[-1] in PRONOUNS)
        or (len(words) == 1 and mention.endswith(".") and len(mention) <= 4)
    )


SCRAP_OPENINGS = frozenset(word_list("of in on at to for from with about by into over under"))
SCRAP_ENDINGS = frozenset(word_list("when if because that which and or but"))
PRONOUNS = frozenset(word_list("it he she they"))


def _cut_short_of(subject: _Candidate, described: _Candidate) -> bool:
    """A description that stops before its head noun, inside the one that ends at the
    cue: "a Cuban country music" of "a Cuban country music band sang"."""
    if not (
        subject.kind == "description"
        and described.start <= subject.start
        and subject.end < described.end
    ):
        return False
    more = described.mention[subject.end - described.start :].split()
    return all(_a_noun(word) for word in more)  # ("The campaign's statement then": no)


def _modifies(named: _Candidate, described: _Candidate) -> bool:
    """A group's or a place's name inside a description, before its head noun ("The
    former Republican presidential candidate", "the New York senator"): it says of which
    group or place, and the description is who."""
    return (
        named.label in {"NORP", "GPE"}
        and described.start < named.start
        and named.end < described.end
        and described.mention.split()[0].lower() in {"the", "a", "an"}
    )


def _a_body_described(name: str) -> bool:
    """ "the company", "the campaign": a description whose head noun (before "of", "for"
    ...: not "the head of the union") is an institution or a body of people, no one
    person."""
    words = HEAD_ENDS.split(name, maxsplit=1)[0].split()
    return (
        len(words) >= 2
        and words[0].lower() == "the"
        and (words[-1].lower() in INSTITUTIONS | BODY_NOUNS)
    )


def _possessed_role(candidate: _Candidate) -> bool:
    """ "Kopp's stepmother", "Clinton's spokesman": a role someone named has, one person."""
    return candidate.kind == "role" and not candidate.mention.lower().startswith("the ")


def _a_word_not_a_handle(word: str) -> bool:
    """ "Twitter user said", "an Instagram user who ...": a word, not the name of a user."""
    plain = word.lower()
    return (
        plain in STOPWORDS
        or plain in NOT_HANDLES
        or CUE.fullmatch(plain) is not None
        or not any(c.isalpha() for c in plain)
    )


# Verbs that follow "user" where a handle would ("An Instagram user shared a photo").
NOT_HANDLES = frozenset(
    [
        "shared",
        "uploaded",
        "replied",
        "named",
        "called",
        "identified",
        "known",
        "described",
        "based",
    ]
)


# A relative named by kinship (``KIN_GENDER``), the writer's own too ("My mother ...
# she still says"), and how far back one is looked for (about two sentences).
KIN = re.compile(
    r"\b(?P<whose>[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[A-Z][\w-]+[’']s)\s+(?P<kin>"
    + "|".join(KIN_GENDER)
    + r")\b"
)
# A relative's kinship written right before or after their name ("her husband, Frank
# Fiorina", "Frank Fiorina, her husband").
KIN_BEFORE_NAME = re.compile(KIN.pattern + r",?\s+$")
KIN_AFTER_NAME = re.compile(r",\s+" + KIN.pattern)
KIN_NAME_REACH = 30
# How far before a mention a title that shows its person may stand ("President Clinton").
TITLE_REACH = 20
# Whose relative the writer's possessive names: the writer's, as the text says.
WRITERS = frozenset(["my", "our"])
KIN_REACH = 300
# ", where he said:" right before a pronoun, and how far back it is looked for.
WHERE_CLAUSE = re.compile(r",\s*(?:where|in which|wherein)\s+$")
WHERE_REACH = 20
# Whose words a "where" clause gives: the person a statement, video or interview is from.
TOLD_BY = re.compile(
    r"\b(?:statement|video|message|letter|interview|post|recording|tape|speech|note|e-?mail|"
    r"tweet|broadcast|appeal)s?\s+(?:from|by|with|of)\s+$"
)
# What a description may name that is no person, though it speaks ("a 2013 article in The
# Daily Courier", "A spoof account for ...", "the video", "74 percent"): no "he" or "she"
# later on (a rumour briefing gave an aid worker's words to the article that quoted her).
DESCRIBED_THING = re.compile(
    r"\b(?:article|newspaper|paper|magazine|video|book|study|survey|poll|story|documentary|"
    r"broadcast|programme|program|show|site|website|blog|account|report|statement|letter|"
    r"post|tweet|e-?mail|memo|note|message|release|document|filing|ruling|editorial|page|"
    r"ad|advertisement|percent|majority|minority|plurality|half|third|quarter)s?",
    re.IGNORECASE,
)
# The words of a description before what follows its head noun ("in The Daily Courier").
AFTER_HEAD = re.compile(r"\b(?:in|of|from|at|on|by|for|with|about|that|which|who)\b")


def _qualifies_the_name_after(text: str, first: _Candidate, then: _Candidate) -> bool:
    """Whether ``first`` only qualifies the person named right after it, with at most a
    title between: "American Federation of Teachers President Randi Weingarten has been
    more blunt, accusing ...", "House Democratic Leader Nancy Pelosi ... objected,
    calling for ...": the one named speaks, not the body or the title before the name.
    A person before (or words that may be one's name) is such a qualifier only with a
    title between ("Clinton campaign chairman John Podesta")."""
    if not (then.kind == "name" or (then.kind == "entity" and then.label == "PERSON")):
        return False
    if QUALIFIER_AFTER_PREPOSITION.search(text, max(0, first.start - 8), first.start):
        return False  # "a spokesman for Trade Secretary Patricia Hewitt": the spokesman's
    gap = QUALIFIER_GAP.fullmatch(text, first.end, then.start)
    if gap is None:
        return False
    if first.kind == "name" or (first.kind == "entity" and first.label == "PERSON"):
        return QUALIFIER_TITLE.search(gap.group(0)) is not None
    return first.kind in {"role", "entity", "description"}


def _describes_a_thing(mention: str) -> bool:
    """Its head noun (the last word before what follows it) names a thing: "a 2013 article
    in ...", not "the show's host" or "a post office worker"."""
    whole = mention.split()
    if (
        len(whole) >= 3
        and whole[-2][:1].isupper()
        and whole[-1][:1].islower()
        and _a_speakers_noun(whole[-1])
    ):
        return False  # "A Department for Education and Skills spokeswoman": a body's person
    words = re.findall(r"[A-Za-z-]+", AFTER_HEAD.split(mention, maxsplit=1)[0])
    return bool(words) and DESCRIBED_THING.fullmatch(words[-1]) is not None


# An opening mark typed where the closing one belongs, after a sentence's end and at a
# paragraph's end, where no quotation can open ("... is 51 percent.“" closed Sanders's
# three sentences in a September 2016 report; read as narration, one of them became a
# briefing's statement of fact).
CLOSING_TYPED_AS_OPENING = re.compile(r"(?<=[.!?])“(?=[ \t\u00a0]*(?:\n|$))")


def find_quotes(text: str, sentences: list[tuple[int, int]], entities: list[Entity]) -> list[Quote]:
    """Direct quotes and indirect speech in text order, with resolved speakers."""
    text = CLOSING_TYPED_AS_OPENING.sub("”", text)  # (one character for one: offsets stay)
    passages = _passages_going_on(text)
    spans = _quote_spans(text, passages)
    people = [_strip_opening_cue(e.canonical) for e in entities if e.label == "PERSON"]
    # (each once, in text order: person_for reads them all for every name it resolves)
    full_names = list(dict.fromkeys(name for name in people if is_full_name(name)))
    resolver = _Resolver(text, entities, full_names, spans, [s for s, _ in sentences])
    quotes: list[Quote] = []
    for s_start, s_end in sentences:
        resolver.note_subject(s_start, s_end)
        inside = [q for q in spans if s_start <= q[0] < s_end]
        if inside:
            partly = resolver.partly_quoted(s_start, s_end, inside[0][0])
            partly = partly or resolver.quoted_clause(s_start, s_end, inside[0])
            reports = [partly] if partly else resolver.reported_before_quote(s_start, inside[0])
            quotes += reports
            for q_start, q_end in inside:
                end_sentence = next((e for s, e in sentences if s <= q_end <= e), s_end)
                report = next((r for r in reports if r.start <= q_start and q_end <= r.end), None)
                quotes.append(
                    resolver.direct(q_start, q_end, (s_start, end_sentence), spans, report)
                )
            quotes += resolver.reported_after_quotes(s_start, s_end, inside)
        else:
            reported = _not_copies_of_quotations(resolver.indirect(s_start, s_end), spans)
            quotes += reported
            cue = CUE.search(text, s_start, s_end)
            if not reported:
                resolver.note_speaker(s_start, cue)
            resolver.note_asked(s_start, s_end, cue)
    quotes = outside_turns(quotes, transcript_turns(text, people))
    quotes = _passages_told_by_what_follows(text, quotes, {start for start, _ in passages})
    quotes = _quotations_joined_to_the_next(text, quotes)
    return [_no_speaker_across_a_dash(q) for q in quotes]


def _not_copies_of_quotations(reports: list[Quote], spans: list[tuple[int, int]]) -> list[Quote]:
    """Reports that are no copy of a quotation's words read from the cue after its closing
    mark: in “The money is there. Don't worry, we've got it,” Edelman told reporters, the
    second sentence alone had been read as reported speech too (BBC sport, 2005). A report
    inside a quotation whose cue is inside it too ("“Tom said he would come,” she said")
    is a report the speaker quotes, and stays."""
    return [
        report
        for report in reports
        if not any(
            start <= report.start
            and report.end <= end
            and (report.speaker_start is None or report.speaker_start >= end)
            for start, end in spans
        )
    ]


def _cued_in_its_sentence(text: str, quote: Quote) -> bool:
    """The quote's speaker is named in the words of its own sentence, before or after it
    (not taken over from a sentence before it)."""
    if quote.speaker is None or quote.speaker_start is None or quote.speaker_end is None:
        return False
    if quote.speaker_start >= quote.end:
        return True
    return not A_SENTENCE_ENDS.search(text, quote.speaker_end, quote.start)


A_SENTENCE_ENDS = re.compile(r"[.!?][”\"’']?\s")


def _passages_told_by_what_follows(
    text: str, quotes: list[Quote], going_on: set[int]
) -> list[Quote]:
    """A quoted passage the quotation goes on from (one starting at an offset in
    ``going_on``, ``_passages_going_on``) with no cue of its own is the speaker's whom the
    next passage's cue names ("“We have doubled it.¶“We are going to extend it,” said
    Patricia Hewitt."): no speaker otherwise."""
    direct = [q for q in quotes if q.direct]
    told: dict[int, Quote] = {}
    # (from the last: a passage the next open one goes on from takes what it was given)
    for passage, following in reversed(list(itertools.pairwise(direct))):
        following = told.get(id(following), following)
        if passage.start not in going_on or _cued_in_its_sentence(text, passage):
            continue
        gap = text[passage.end : following.start]
        if following.speaker is not None and not gap.strip(OPENING_GAP):
            told[id(passage)] = _with_speaker_of(passage, following)
    return [told.get(id(q), q) for q in quotes]


# A dateline naming the agency a report comes from, opening a paragraph: "WASHINGTON
# (AP) —", "Williamsburg, Virginia (CNN) -", "SAN FRANCISCO (Reuters) -".
AGENCY_DATELINE = re.compile(
    # (a place in capitals, or a town and its state or country: not "Sen. Tom Hale (R-Ohio)
    # —" nor "The American Civil Liberties Union (ACLU) —", a reviewer's probes)
    r"(?m)^[ \t]*(?:[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}"
    r"|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2},[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?"
    # (or any place before a wire agency's name: "Washington (AFP) –")
    r"|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}"
    r"(?=[ \t]*\((?:AP|AFP|Reuters|UPI|CNN|Bloomberg|dpa|Xinhua)\)))"
    r",?[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]*)?"
    r"\((?![RDI]\)|[RDI]-)[A-Z][\w .&-]{1,25}\)[ \t]*(?:--|[_—–―-])"
)
CUE_SENTENCE_ENDS = re.compile(r"[.!?]\s*[“\"‘]?\s*$")
# Between two quotations one cue tells: "“the ultimate public health crisis” and “stunt
# children’s growth,” Howard Dean ... proclaimed".
JOINED_QUOTATIONS = re.compile(r"[”\"’']*,?\s+(?:and|or)\s+[“\"‘]?$|[”\"’']*,\s+[“\"‘]?$")


def _with_speaker_of(quote: Quote, other: Quote) -> Quote:
    """The quote, told by the one who tells ``other``."""
    return replace(
        quote,
        speaker=other.speaker,
        speaker_mention=other.speaker_mention,
        speaker_start=other.speaker_start,
        speaker_end=other.speaker_end,
    )


def _quotations_joined_to_the_next(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quotation with no speaker joined by "and" (or a comma) to the next one in its
    sentence is the next one's speaker's: the cue after the last tells them all (a
    convention speech's two phrases had gone to no one, PolNeAR July 2016); so is one
    closed right before the name of the next one's speaker, whose cue sentence stands
    between them ("“... to get to balance.” Ryan, R-Wis., told reporters last week.
    “We're adding ...”", fresh news of 2013: a full stop where a comma belongs)."""
    direct = [q for q in quotes if q.direct]
    told: dict[int, Quote] = {}
    for quotation, following in reversed(list(itertools.pairwise(direct))):
        following = told.get(id(following), following)
        if quotation.speaker is not None or following.speaker is None:
            continue
        if following.start <= quotation.end or "\n" in text[quotation.end : following.start]:
            continue
        named_next = (
            following.speaker_start is not None
            and following.speaker_end is not None
            and quotation.end <= following.speaker_start < following.start
            and not text[quotation.end : following.speaker_start].strip(CLOSING_MARKS + ".″")
            # (the cue a sentence of its own, as after Ryan's: not "King told the crowd
            # “I have a dream.” Lewis said “…”", where the next cue has its own words)
            and CUE_SENTENCE_ENDS.search(text, following.speaker_end, following.start) is not None
        )
        if named_next or JOINED_QUOTATIONS.fullmatch(text, quotation.end, following.start):
            told[id(quotation)] = _with_speaker_of(quotation, following)
    return [told.get(id(q), q) for q in quotes]


# A dash with spaces around it ends a clause: a speaker read across one is words of two
# ("the Minnesota Vikings - while chanting, “Hands up, don't shoot.”" gave the chant to
# "Minnesota Vikings - while": a September 2016 read).
# (before a lower-case word or a figure: "the Valmora - Sarn Ferry Line" is one name, a
# review of the rule)
SPACED_DASH = re.compile(r"\s[-–—]{1,2}\s+(?=[a-z0-9])")


def _no_speaker_across_a_dash(quote: Quote) -> Quote:
    """The quote, without a speaker read across a clause's dash (``SPACED_DASH``): no
    speaker rather than a wrong one."""
    if quote.speaker_mention is None or not SPACED_DASH.search(quote.speaker_mention):
        return quote
    return replace(quote, speaker=None, speaker_mention=None, speaker_start=None, speaker_end=None)


def _quote_spans(text: str, passages: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quotation marks, within a paragraph,
    and of each of the ``passages`` a quotation goes on from (``_passages_going_on``)."""
    spans: list[tuple[int, int]] = []
    for pattern in QUOTE_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span(1)
            words = len(text[start:end].split())
            said = words >= MIN_SAID_WORDS and _said_right_after(text, start, end, match.end())
            if (
                (words >= MIN_QUOTE_WORDS or said or _said_right_before(text, match.start()))
                and not _written_as_title(text, start, end)
                and not _overlaps(spans, start, end)
            ):
                spans.append(_strip_trailing_comma(text, start, end))
    spans += [
        (start, end)
        for start, end in passages
        if len(text[start:end].split()) >= MIN_QUOTE_WORDS and not _overlaps(spans, start, end)
    ]
    return sorted(spans)


OPENING_MARKS = "“\"‘'`"
# What may stand between a cue and its quotation's opening mark.
OPENING_GAP = " \t\n\u00a0:," + OPENING_MARKS


def _passages_going_on(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words of each quoted passage left open because the quotation
    goes on in the next one: news writing opens each paragraph of a long quotation with a
    mark and closes only the last ("Ms Hewitt said: “We have already doubled ...¶“We are
    going to ...”"), and text whose paragraphs were run together keeps the marks in one
    line ("... 26 weeks. “We are going ..."). Such a passage runs from its opening mark
    to its paragraph's end, or to the end of a sentence right before the next opening
    mark, and holds no other double mark; the next paragraph (or passage) opens with a
    mark (a BBC read: none of 73 such passages had been a quotation)."""
    return [
        match.span(1)
        for match in PASSAGE_GOING_ON.finditer(text)
        # (not a transcript's turn in marks, "“RAMOS: Secretary Clinton, ...": its label
        # says who speaks, ``transcripts.py``)
        if not TURN_LABEL.match(match.group(1))
        and _opens_a_passage(text, match.start(1) - 1)
        and not PASSAGE_OWN_CUE.search(match.group(1))
    ]


def _opens_a_passage(text: str, mark: int) -> bool:
    """The mark at ``mark`` opens a paragraph, follows a sentence's end or a cue ("said:
    “"): where a quotation begins, not a scare quote left open inside a sentence ("was
    accused of running a “dirty tricks campaign ...", a review's case)."""
    # (read within its line: slicing all the text before each passage grew with the text)
    before = text[text.rfind("\n", 0, mark) + 1 : mark].rstrip(" \t\u00a0")
    if not before or before[-1] in ".!?:" or _said_right_before(text, mark):
        return True
    # (or a report's words run into it: "Grayson said Murphy's support is “really an
    # amorphous position to have.¶“What we do ...")
    sentence = before[max(before.rfind(e + " ") for e in ".!?") + 1 :]
    return CUE.search(sentence) is not None


# A passage that holds its own cue after a comma ("“We will fight this all the way, said
# Mr Smith, ...": its closing mark left out) is no quotation going on into the next.
# (a subject named or "he"/"she": not "and they'll say, 'Mr. Khan ...'", its words' own)
PASSAGE_OWN_CUE = re.compile(
    rf",\s+(?:(?:[A-Z][\w.’'-]*\s+){{1,3}}|(?:he|she)\s+)(?:{CUES})\b|,\s+(?:{CUES})\s+[A-Z]"
)


TURN_LABEL = re.compile(r"[A-Z][A-Z .’'-]{1,30}:")
# An opening mark (at a paragraph's start or after a space: a straight mark after a stop
# closes a quotation, "... he said." Then"), words with no double mark on one line, then either
# the line's end and a next paragraph opening with a mark, or a sentence's end, a space and
# an opening mark before a capital (a closing mark stands against the words it closes).
PASSAGE_GOING_ON = re.compile(
    r"(?:^|(?<=[\s(\[]))[“\"](?=\S)([^“”\"\n]*?[^“”\"\s])"
    r"(?:[ \t\u00a0]*(?=\n[ \t\u00a0\n]*[“\"])|(?<=[.!?])(?=[ \t\u00a0]+[“\"][A-Z]))"
)


# Short words a title of a work leaves in lower case ("Face the Nation", "The Art of the Deal").
TITLE_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "nor",
        "but",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "vs.",
        "vs",
        "via",
    ]
)


def _is_work_title(phrase: str) -> bool:
    """ "This Week With George Stephanopoulos", "The Art of the Deal.": every word
    capitalised but the small ones, as the titles of shows, books and films are written;
    what someone said is written as a sentence, and an exclamation or a question ("What
    a Super Tuesday!") is said."""
    words = [w for w in phrase.strip(" .,;:").split() if any(c.isalpha() for c in w)]
    if len(words) < 2 or phrase.isupper() or not words[0][:1].isupper():
        return False
    if phrase.rstrip(" ,").endswith(("!", "?")):
        return False
    return all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _said_right_after(text: str, start: int, end: int, closing_end: int) -> bool:
    """ "“Carson is cratering,” Matt Mackowiak said": a short quotation is one when it
    closes on a comma, question or exclamation mark and a cue follows at once (a title
    or a nickname is not said), or after the speaker's name and its apposition (“Embrace
    me,” Ann Lee, a journalist and board member of the group, said")."""
    return text[end - 1 : end] in {",", "?", "!"} and bool(
        SAID_AFTER_SHORT.match(text, closing_end, closing_end + CUE_WINDOW)
        or (
            # (only a quotation opening its sentence: not "Known as “Doc,” Tom Hale, ...,
            # said", a word in the sentence's run, a reviewer's probe)
            OPENS_SENTENCE_BEFORE.search(text, max(0, start - 8), start) is not None
            and SAID_AFTER_APPOSED.match(text, closing_end, closing_end + APPOSED_CUE_WINDOW)
        )
    )


def _said_right_before(text: str, opening: int) -> bool:
    """ "The crowd chanted “Lock her up!”", "Mills wrote back, “Nice.”": a quotation of
    any length is one when a cue stands right before its opening mark (a comma or colon
    between at most): what was chanted, yelled or written back is often short."""
    return bool(CUE_RIGHT_BEFORE.search(text, max(0, opening - CUE_WINDOW), opening))


def _written_as_title(text: str, start: int, end: int) -> bool:
    """The words in quotation marks at [start, end) are a work's title, not a quotation
    that a headline credits to its speaker before a colon."""
    return _is_work_title(text[start:end]) and not _named_line_before(text, start)


def _named_line_before(text: str, start: int) -> bool:
    """ "Kasich: ‘We Are Going To Go All The Way ...’": a headline that quotes a speaker
    names the speaker and a colon before the quotation (all its words capitalised)."""
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].rstrip(" “\"‘'`").endswith(":")


def _title_spans(text: str) -> list[tuple[int, int]]:
    """Phrases in quotation marks of fewer than MIN_QUOTE_WORDS words or written as a title:
    a show, a book, a nickname - never a speaker."""
    spans: list[tuple[int, int]] = []
    for opening, closing in QUOTE_PAIRS:
        pattern = re.compile(
            rf"(?<![\w]){re.escape(opening)}([^{re.escape(opening + closing)}\n]{{1,60}}?)"
            rf"{re.escape(closing)}(?![\w])"
        )
        spans += [
            m.span(1)
            for m in pattern.finditer(text)
            if len(m.group(1).split()) < MIN_QUOTE_WORDS or _written_as_title(text, *m.span(1))
        ]
    return spans


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
        sentence_starts: list[int],
    ) -> None:
        self.text = text
        # Where the reader's sentences start (``read/sentences.py``), in order.
        self.sentence_starts = sentence_starts
        self.entities = [e for e in entities if e.label in SPEAKER_LABELS]
        self.entities_by_start = sorted(self.entities, key=lambda e: e.start)
        self.entity_starts = [e.start for e in self.entities_by_start]
        # What the tagger called a place, an event, a date or a law is no one's name: a
        # name-shaped match on its words is none either ("fleeing war in the Middle East,
        # warned ...": not "Middle East", January 2016 review).
        self.not_names = [e for e in entities if _names_nobody(e)]
        self.full_names = full_names
        # Surnames a royal or religious title names alone ("King Hussein of Jordan"), which
        # a full name of the text may share ("Saddam Hussein"): a bare "Hussein" is either.
        self.titled_surnames = frozenset(m.group(1) for m in SOVEREIGN_TITLE.finditer(text))
        # Per surname, the titles the text gives it ("Mr. Obama", "Mrs. Clinton"): a gender
        # its bare surname does not show.
        self.honorifics: dict[str, set[str]] = {}
        for m in HONORIFIC.finditer(text):
            surname = re.sub(r"[’']s?$", "", m.group(2))  # ("Mr. Obama's first term")
            self.honorifics.setdefault(surname, set()).add(m.group(1).rstrip(".") + ".")
        # Per full name, the gendered word the text puts right before a person's
        # name ("9/11 widow Terry Strada", "spokeswoman Jane Lind"): a gender it gives the
        # person whatever their first name suggests (Terry, as a list of names reads it, is
        # a man's: the widow's "She continued, “…”" went to the press secretary before her).
        self.described = _described_genders(text, self.entities)
        self.quote_spans = quote_spans
        # (whether an offset is inside one is asked for every name a role or pronoun reads)
        self.quotations = Reach(quote_spans)
        # Words the text puts right after a capitalised word that is no common one, on one
        # line ("Amelize Joseph"): surnames, where the tagger missed the full name.
        self.after_name_words = {
            m.group(2) for m in NAME_PAIR.finditer(text) if m.group(1).lower() not in STOPWORDS
        }
        self.full_name_cache: dict[str, str] = {}
        self.kin_cache: dict[str, bool] = {}  # ``_named_as_kin`` of each name asked
        # (a role's noun, its capitalised words, its ranks) -> its mentions
        self.role_cache: dict[
            tuple[str, tuple[str, ...], tuple[str, ...]], tuple[list[int], list[_RoleMention]]
        ] = {}
        # Short phrases in quotation marks are titles of works ("Meet the Press"), no one.
        # (a wire dateline's agency is no speaker: "WASHINGTON (AP) — Some small businesses
        # ... say" had been AP's, "Williamsburg, Virginia (CNN) - ... leaders announced"
        # CNN's, fresh news of 2013-2020)
        self.titles = _title_spans(text)
        self.datelines = [m.span() for m in AGENCY_DATELINE.finditer(text)]
        # (offset, name, is_person, is_named): who spoke where, for pronouns and roles.
        self.speakers: list[tuple[int, str, bool, bool]] = []
        # The "he" or "she" each name was read for ("... Deja Stewart, who ... when she
        # called him": no later "he" is hers).
        self.pronoun_of: dict[str, str] = {}
        # end, speaker and the mention that named the speaker of the latest direct quote
        self.last_quote: tuple[int, str | None, _Candidate | None] | None = None
        # (sentence start, name) of each sentence that opens on a person: its subject.
        self.opening_subjects: list[tuple[int, str]] = []

    # --- quotes ---------------------------------------------------------------------------
    def direct(
        self,
        q_start: int,
        q_end: int,
        sentence: tuple[int, int],
        spans: list[tuple[int, int]],
        report: Quote | None = None,
    ) -> Quote:
        """The quotation at [q_start, q_end) with its speaker: the one its cue names, else
        the speaker of the ``report`` whose words hold it ("She called the plan “a
        disgrace”": what she called it is her words), else the speaker it continues."""
        after = (
            None
            if self._cue_before_and_quote_after(q_start, q_end, sentence[1])
            else self._after(q_end, sentence[1])
        )
        told = (
            self._own_cue_after_possessive(q_start, q_end, after)
            or self._possessor_of_quotation(q_start)
            or after
            or self._dash_attribution(q_end)
        )
        if told is None and report is None and self._writer_introduces(q_start):
            # the writer's own words ("I had to change my answer: “Of course I believe in
            # the devil.”"): no one a reader can be told of, not the mother named before
            return self._quote(q_start, q_end, None, True)
        candidate = (
            told
            or self._before(sentence[0], q_start, spans)
            or self._introduced_by_colon(sentence[0])
            or self._named_before_colon(q_start)
            or self._trailing_cue_of(q_end, sentence[1])
            or self._cue_sentence_after(q_end)
        )
        if (
            candidate is not None
            and candidate is not told
            and _inside_report(candidate, report)
            and self._possessive(candidate)
        ):
            # an owner named in the reported words before the quotation is what is told
            # of, not who tells it ("A spokesman for Platte River declined to address the
            # FBI's report but said in a statement that “…”": the spokesman's, not the
            # FBI's; a September 2016 review)
            candidate = None
        if candidate is not None and candidate.kind == "pronoun":
            goes_on = self._goes_on_speaking(candidate, q_start)
            if goes_on:
                # The pronoun is the mention; who it stands for is the speaker going on.
                self._remember(q_start, candidate, goes_on)
                return self._quote(q_start, q_end, None, True, speaker=goes_on, mention=candidate)
        if candidate is None and report is None:
            candidate = self._subject_of_colon_sentence(q_start)
        if candidate is None and report is None:
            candidate = self._said_in_sentence_before(q_start)
        if candidate is None and report is None:
            candidate = self._reported_just_before(q_start)
        if candidate is None and report is not None and report.speaker:
            mention = _reported_by(report)
            return self._quote(q_start, q_end, None, True, speaker=report.speaker, mention=mention)
        if candidate is None:
            continued = self._continued(q_start)
            if continued:
                speaker, mention = continued
                return self._quote(q_start, q_end, None, True, speaker=speaker, mention=mention)
        return self._quote(q_start, q_end, candidate, direct=True)

    def _cued_right_before(self, q_end: int) -> bool:
        """The quotation ending at ``q_end`` has a cue right before its opening mark
        ("Mr McLetchie asked: “…”")."""
        starts = [start for start, end in self.quote_spans if end == q_end]
        if not starts:
            return False
        opening = starts[0]
        while opening > 0 and self.text[opening - 1] in OPENING_MARKS:
            opening -= 1  # (before the first mark of ''…'' too)
        return _said_right_before(self.text, opening)

    def _cue_before_and_quote_after(self, q_start: int, q_end: int, s_end: int) -> bool:
        """'When someone in the audience shouted, “Cruz,” Beck joked, ..., “Amen!”': the
        quotation's own cue stands right before it, and the cue after it introduces the
        next quotation of the sentence, not this one."""
        before = self.text[max(0, q_start - 40) : q_start].rstrip("“\"‘' ")
        if not CUE_RIGHT_BEFORE.search(before):
            return False
        return any(q_end < start < s_end for start, _ in self.quote_spans)

    def _cue_sentence_after(self, q_end: int) -> _Candidate | None:
        """ "“… the 30,000 emails that are missing.” Trump said.": a quotation closed
        with a full stop, and its cue in a short sentence of its own right after it."""
        match = CUE_SENTENCE.match(self.text, q_end)
        if match is None:
            return None
        return self._first_after(*match.span("who"), names=True)

    def _trailing_cue_of(self, q_end: int, s_end: int) -> _Candidate | None:
        """ "“We are horrified” by the shooting in Orlando, Nefzi said.": the sentence
        the quotation stands in ends with its cue and speaker (not a clause of its own,
        "… “That makes me smart,” when Clinton blasted him")."""
        content_end = s_end - 1 if self.text[s_end - 1] in ".!?" else s_end
        if _a_clause_of_its_own(self.text, q_end, content_end):
            return None
        found = self._reported_before_cue(q_end, content_end)
        return found[1] if found else None

    def _dash_attribution(self, q_end: int) -> _Candidate | None:
        """“…” ― Jane Doe: a dash and a name right after the closing mark."""
        match = DASH_NAME.match(self.text, q_end)
        if not match:
            return None
        if match.group("handle"):
            # a post's handle, whole ("@realDonaldTrump"); not where a cue before the
            # quotation names its speaker ("Lee wrote to the paper: “…” — @CorlenHerald")
            if self._cue_before_quote(q_end):
                return None
            start, end = match.span("handle")
            return _Candidate(start, end, self.text[start:end], "name")
        start, end = match.span("who" if match.group("who") else "signed")
        return self._first_after(start, end, names=True) or _Candidate(
            start, end, self.text[start:end], "name"
        )

    def _writer_introduces(self, q_start: int) -> bool:
        """The clause right before the quotation is the writer's, "I" its subject, ending
        in a colon or a comma ("... that I had to change my answer: “…”", "I laughed and
        said, “…”")."""
        clause = WRITER_CLAUSE.search(self.text, max(0, q_start - CUE_WINDOW), q_start)
        # (not where the clause turns to someone else: "I asked Tom Vale and he said, “…”")
        return clause is not None and OTHER_SUBJECT.search(clause.group("rest")) is None

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
        # "... on NewsTalk 990 AM.  Stated Stone:": the subject is in the cue's sentence.
        starts = self.sentence_starts
        opening = starts[max(0, bisect.bisect_right(starts, cue.start()) - 1)] if starts else 0
        # (from the sentence's start when it is near: "81-year-old Parker Eaton, a Republican
        # who voted for Bill Clinton, said that ...:" is Eaton's, however long the apposition)
        near = cue.start() - opening <= COLON_SENTENCE_CHARS
        sentence_start = opening if near else max(region_start, opening)
        return self._nearest_before(sentence_start, cue.start(), names=True) or self._first_after(
            cue.end(), s_start, names=True
        )

    def _named_before_colon(self, q_start: int) -> _Candidate | None:
        """ "Republican pollster Daron Shaw: “…”", "Here's Clinton in December 1992: “…”":
        a short clause that ends in a colon right before the quote names its speaker."""
        before = self.text[max(0, q_start - COLON_CLAUSE_CHARS) : q_start]
        match = COLON_CLAUSE.search(before)
        if match is None:
            return None
        start = q_start - len(before) + match.start("clause")
        end = q_start - len(before) + match.end("clause")
        found = [
            c
            for c in self._candidates(start, end, names=True)
            if (c.kind != "pronoun" or c.start == start) and not self._after_preposition(c)
        ]
        # "She then addressed the supporters again: “…”": a pronoun counts as the clause's
        # subject only where it opens the clause, and then it is the subject ("He then
        # listed the qualities necessary in a successful Republican presidential nominee
        # in 2016:" had read "Republican").
        if found and found[0].kind == "pronoun" and not any(c.label == "PERSON" for c in found):
            return found[0]
        named = [c for c in found if c.kind != "pronoun"]
        return (named or found)[-1] if found else None

    def _subject_of_colon_sentence(self, q_start: int) -> _Candidate | None:
        """ "In response, Republican nominee Donald Trump issued the following statement:
        “…”": a sentence that ends in a colon right before the quotation and has no cue
        introduces it; its subject (a name at its start, or after an opening phrase set
        off by a comma, or a pronoun opening it) is the speaker."""
        region_start = max(0, q_start - COLON_SENTENCE_CHARS)
        before = self.text[region_start:q_start].rstrip(" \n“\"‘'`")
        if not before.endswith(":"):
            return None
        colon = region_start + len(before) - 1
        starts = self.sentence_starts
        start = starts[max(0, bisect.bisect_right(starts, colon) - 1)] if starts else 0
        if start < region_start:
            return None
        return self._clause_subject(start, colon)

    def _said_in_sentence_before(self, q_start: int) -> _Candidate | None:
        """ "Ann Lee, the party's spokeswoman, said in a statement. “…”": a sentence that ends
        on its cue with nothing reported after it (where and when it was said at most)
        introduces the quotation that opens the next sentence, in the same paragraph or
        the next; the cue's subject (a person or a named body) is its speaker."""
        sentences = self._sentence_before(q_start)
        if sentences is None:
            return None
        previous, own = sentences
        sentence_end = previous + len(self.text[previous:own].rstrip())
        cue = CUE_ENDING_SENTENCE.search(self.text, previous, sentence_end)
        if cue is None or _overlaps(self.quote_spans, previous, sentence_end):
            return None
        subject = self._subject_before(previous, cue.start()) or self._clause_subject(
            previous, cue.start()
        )
        if subject is None or (subject.kind == "pronoun" and subject.start != previous):
            return None
        return subject

    def _sentence_before(self, q_start: int) -> tuple[int, int] | None:
        """Where the sentence before the quotation's own starts, and where its own does,
        when the quotation opens its sentence (else None)."""
        starts = self.sentence_starts
        index = bisect.bisect_right(starts, q_start) - 1
        if index < 1 or self.text[starts[index] : q_start].strip(" “\"‘'`"):
            return None
        return starts[index - 1], starts[index]

    def _reported_just_before(self, q_start: int) -> _Candidate | None:
        """ "Mr. Price said future restructuring would be a question of strategy. “We don't
        need the cash.”": a quotation with no cue of its own, opening a sentence of the
        same paragraph as a report of someone's words, goes on with them (TimeBank: 11 of
        the 18 quotations left without a speaker were such). The report's subject must be
        a name or a pronoun opening it."""
        sentences = self._sentence_before(q_start)
        if sentences is None:
            return None
        previous, own = sentences
        if "\n" in self.text[previous:q_start] or _overlaps(self.quote_spans, previous, q_start):
            return None  # another paragraph, or quotations of its own
        cues = [
            m
            for m in SAYING_GOES_ON.finditer(self.text, previous, own)
            if not self._in_a_name(m.start())
        ]
        if not cues:
            return None  # ("Tapper asked Sanders ...", "Hannity pressed Trump ...": a question)
        subject = self._subject_before(previous, cues[0].start()) or self._clause_subject(
            previous, cues[0].start()
        )
        if subject is None or subject.kind not in {"entity", "name", "pronoun"}:
            return None
        if RELATIVE_BEFORE.search(self.text, previous, subject.start):
            return None  # "Jones, who Smith said had been fired": Smith tells of Jones
        if OTHERS_WORDS.search(self.text, cues[0].end(), own):
            return None  # "Ruiz said the suspect shouted ...", "... said the letter arrived"
        if subject.kind == "pronoun" and subject.start != previous:
            return None
        return subject if subject.is_person else None

    def _clause_subject(self, start: int, end: int) -> _Candidate | None:
        """The subject of the clause at [start, end): a name at its start or after an
        opening phrase set off by a comma ("Hours later, Trump returned ..."), or a
        pronoun opening it; not a noun after a preposition, nor a lone capital opening it."""
        # "Signs of a shift were there all along - More from Lee and Park:": the words
        # after a dash are the clause the colon ends
        dashes = list(DASH_BREAK.finditer(self.text, start, end))
        start = dashes[-1].end() if dashes else start
        opener = OPENING_PHRASE.match(self.text, start, end)
        bases = [start, opener.end()] if opener else [start]
        for candidate in self._candidates(start, end, names=True):
            if self._after_preposition(candidate) or self._capital_only(candidate, bases):
                continue
            if self._possessive(candidate):
                # "Shortly after Murphy's call ended, Rubio's campaign sent out a release
                # saying ...": the possessor is no subject; a body of theirs may be
                if (body := self._possessed_body(candidate, end)) is not None and any(
                    base <= candidate.start
                    and len(self.text[base : candidate.start].split()) <= SUBJECT_WORDS
                    for base in bases[1:] or bases
                ):
                    return body
                continue
            for base in bases:
                words = len(self.text[base : candidate.start].split())
                if candidate.kind == "pronoun" and (
                    candidate.start == base
                    # "But he told ABC’s “Good Morning America” that ... and said “…”"
                    or OPENING_CONJUNCTION.fullmatch(self.text, base, candidate.start)
                ):
                    return candidate
                if (
                    candidate.kind != "pronoun"
                    and base <= candidate.start
                    and words <= SUBJECT_WORDS
                ):
                    return self._person_in_apposition(candidate, end) or candidate
        return None

    def _possessed_body(self, candidate: _Candidate, end: int) -> _Candidate | None:
        """ "Rubio's campaign", "Trump's aides": the body or the people of a possessor named
        right before (within ``end``), who speak for them."""
        head = POSSESSED_HEAD.match(self.text, candidate.end, end)
        if head is None or head.group("noun").lower() not in BODY_NOUNS | PERSON_HEADS:
            return None
        return _Candidate(
            candidate.start, head.end(), self.text[candidate.start : head.end()], "description"
        )

    def _person_in_apposition(self, candidate: _Candidate, end: int) -> _Candidate | None:
        """ "Ryanair CEO, Michael O'Leary, justified ...": a company or role with a title,
        then a person's name in commas: the person is the subject."""
        if candidate.kind == "pronoun":
            return None
        # "Washington Post columnist Michael Gerson", "Hewlett-Packard CEO Carly Fiorina":
        # the employer and the title are the person's (also an employer the tagger calls a
        # person: "said Latino Decisions researcher Sylvia Manzano")
        titled = self._titled_person_after(candidate, end)
        if titled is not None:
            return titled
        if candidate.label == "PERSON":
            return None
        apposed = NAME_IN_APPOSITION.match(self.text, candidate.end, end)
        if apposed is None:
            return None
        return self._name_filling(*apposed.span("name"))

    def _capital_only(self, candidate: _Candidate, bases: list[int]) -> bool:
        """A word that is a name only by its capital: one opening a clause ("Estimates of
        ...") or one in capitals ("FAREWELL", a section's heading)."""
        if candidate.kind != "name" or " " in candidate.mention.strip():
            return False
        return candidate.start in bases or candidate.mention.isupper()

    def _goes_on_speaking(self, pronoun: _Candidate, q_start: int) -> str | None:
        """ "“…,” he added": the speaker of the quotation just before goes on, when the
        pronoun can stand for them, whoever the sentences between name ("In that sense,
        Sandy Hook wasn’t just a national tragedy. “…,” he added")."""
        if self.last_quote is None or not GOES_ON_CUE.match(self.text, pronoun.end):
            return None
        end, speaker, _ = self.last_quote
        between = self.text[end:q_start]
        if not speaker or between.count("\n\n") > 1 or len(between.split()) > CONTINUATION_WORDS:
            return None
        if not agrees(pronoun.mention, self._as_full_name(speaker)):
            return None
        if any(end <= at < q_start and name != speaker for at, name in self.opening_subjects):
            return None  # "Tim Kaine, Clinton's running mate, dismissed ...": he goes on now
        return speaker

    def _continued(self, q_start: int) -> tuple[str, _Candidate | None] | None:
        """A quote with no cue right after an attributed one (same or previous paragraph)
        goes on with the same speaker, as news writing strings quote paragraphs; the
        mention that named that speaker names this quote's too."""
        if self.last_quote is None:
            return None
        end, speaker, mention = self.last_quote
        between = self.text[end:q_start]
        if speaker and between.count("\n\n") <= 1 and len(between.split()) <= CONTINUATION_WORDS:
            # (the words of the last quotation's own cue after it are its title or whom
            # it was told to, not someone else: "said Oversight ranking Democrat Elijah
            # Cummings", "Stevens told Five Live.")
            after = (
                self._cue_sentence_end(mention, q_start)
                if mention is not None and end <= mention.start < q_start
                else end
            )
            if self._another_person_between(after, q_start, speaker):
                return None  # "When Trump finally wrapped up — “…”": someone else now
            return speaker, mention
        return None

    def _cue_sentence_end(self, mention: _Candidate, before: int) -> int:
        """Where the sentence of a cue's mention ends (the next one starts), at most
        ``before``; the mention's end where its sentence runs on past it."""
        at = bisect.bisect_right(self.sentence_starts, mention.start)
        if at < len(self.sentence_starts) and self.sentence_starts[at] <= before:
            return self.sentence_starts[at]
        return mention.end

    def _another_person_between(self, start: int, end: int, speaker: str) -> bool:
        """A person other than ``speaker`` is named between two quotations (outside
        quotation marks), so the second need not go on with the first one's speaker:
        where the text does not say who, no speaker rather than a wrong one."""
        words = set(speaker.split())
        return any(
            c.is_person
            and c.kind in {"entity", "name"}
            # (a lone word the tagger called an organisation is someone only as the subject
            # opening a sentence: "Priebus took a different view" names someone else;
            # "on Fox and Friends", "a social worker from nearby Osage" do not)
            and (
                c.label == "PERSON"
                or " " in c.mention.strip()
                or (c.kind == "entity" and self._opens_sentence(c))
            )
            and not (set(c.mention.split()) & words)
            for c in self._candidates(start, end, names=True)
        )

    def _opens_sentence(self, candidate: _Candidate) -> bool:
        """The mention opens its sentence (after quotation marks at most): a subject."""
        start = self._sentence_start(candidate.start)
        return not self.text[start : candidate.start].strip(" \n“\"‘'")

    def _sentence_start(self, offset: int) -> int:
        """Where the sentence holding ``offset`` starts (0 before the first)."""
        at = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentence_starts[at] if at >= 0 else 0

    def _words_end(self, end: int) -> int:
        """``end`` moved back over the stops and spaces before it: where the words after a
        cue end ("said Ryan Williams." ends at "Williams")."""
        while end > 0 and self.text[end - 1] in ". ":
            end -= 1
        return end

    def indirect(self, s_start: int, s_end: int) -> list[Quote]:
        """Reported speech without quotation marks, in the forms news writing uses most:
        "X said (that) ...", "X told reporters that ...", "..., X said.", "According to X,
        ...", "..., according to X.", "X called for ..."; and a participle that reports
        more of it (", adding that ...", ", calling for ..."). The content is the
        reported clause."""
        if EDITORIAL_LINE.match(self.text, s_start):
            return []  # "Editor’s note: This story has been updated ...": the paper's own note
        content_end = s_end - 1 if self.text[s_end - 1] in ".!?" else s_end
        participle = PARTICIPLE_REPORT.search(self.text, s_start, content_end)
        participle = participle or SECOND_CUE.search(self.text, s_start, content_end)
        main_end = participle.start() if participle else content_end
        found = self._first_report(s_start, main_end)
        if found is None and participle:
            # "Trump hit back on Twitter, saying ...": the sentence's subject says it.
            subject = self._first_after(s_start, participle.start(), names=True)
            described = DESCRIBED_SUBJECT.match(self.text, s_start, participle.start())
            if described and len(described.group(0).split()) <= SUBJECT_WORDS:
                # "Both parents stiffened their denunciation ..., saying that ..."
                description = _Candidate(
                    described.start(), described.end(), described.group(0), "description"
                )
                # (but a title before the name of who speaks: "House Democratic Leader
                # Nancy Pelosi ... objected in a letter, calling for ...")
                if subject is None or not _qualifies_the_name_after(
                    self.text, description, subject
                ):
                    subject = description
            opening = len(self.text[s_start : subject.start].split()) if subject else 0
            if subject and opening <= SUBJECT_WORDS:
                end = participle.end()
                return [self._quote(end, content_end, subject, direct=False)]
        if found is None:
            return []
        reports = self._further_reports(found)
        quotes = [self._quote(start, end, who, direct=False) for (start, end), who in reports]
        if participle and len(self.text[participle.end() : content_end].split()) >= 2:
            quotes.append(self._quote(participle.end(), content_end, found[1], direct=False))
        if len(quotes) > 1 and quotes[0].speaker:
            # The sentence's own subject stays the one a later "he" means, not a report
            # it tells of ("Melendres said ... Petraeus acknowledged that ... He also
            # said" is Melendres, July 2016 review).
            self._remember(s_end, found[1], quotes[0].speaker)
        return quotes

    def _further_reports(
        self, first: tuple[tuple[int, int], _Candidate]
    ) -> list[tuple[tuple[int, int], _Candidate]]:
        """The first report and those the sentence holds after it: "three-quarters said ..., and
        more than 4 in 10 said ...", "X said Y denied ...". A report that follows
        another's subject ends the content before it; one nested in it ("X said he wants
        to ...") leaves the outer content whole."""
        reports = [first]
        (cursor, stop), _ = first
        while (found := self._next_report(cursor + 1, stop)) is not None:
            (start, _), candidate = found
            (p_start, p_end), p_who = reports[-1]
            # (the content before ends at the subject, or at the "and" of a verb that
            # shares the subject before: "... such as NAFTA and called for tariffs")
            ends_at = candidate.start
            if COORDINATED_REPORT_GAP.fullmatch(self.text, candidate.end, start):
                ends_at = candidate.end
                found = (found[0], p_who)
            cut = _content_end(self.text, p_start, min(ends_at, p_end))
            if len(self.text[p_start:cut].split()) >= MIN_REPORTED_WORDS:
                reports[-1] = ((p_start, cut), p_who)
            reports.append(found)
            cursor = start
        return reports

    def _next_report(
        self, start: int, end: int, min_words: int = MIN_REPORTED_WORDS
    ) -> tuple[tuple[int, int], _Candidate] | None:
        """The earliest report in [start, end) by a subject inside it, of at least
        ``min_words`` words."""
        found = [
            report
            for find in (
                self._reported_after_cue,
                self._nominal_report,
                self._intent_report,
                self._statement_that,
                self._that_report,
            )
            if (report := find(start, end)) is not None
            and len(self.text[report[0][0] : report[0][1]].split()) >= min_words
            and report[1].start >= start
        ]
        return min(found, key=lambda r: r[0][0]) if found else None

    def _first_report(
        self, s_start: int, content_end: int
    ) -> tuple[tuple[int, int], _Candidate] | None:
        for find in (
            self._reported_after_cue,
            self._reported_before_cue,
            self._according_to,
            self._reported_around_cue,
            self._nominal_report,
            self._intent_report,
            self._statement_that,
            self._that_report,
            self._named_line,
        ):
            found = find(s_start, content_end)
            if found is None:
                continue
            (start, end), _ = found
            if len(self.text[start:end].split()) >= MIN_REPORTED_WORDS:
                return found
        return None

    def partly_quoted(self, s_start: int, s_end: int, q_start: int) -> Quote | None:
        """Reported speech that quotes part of what was said: "Warren said Trump was a
        “proven failure” in business" is one indirect report (the quoted words are also a
        direct quote)."""
        content_end = s_end - 1 if self.text[s_end - 1] in ".!?" else s_end
        found = self._reported_after_cue(s_start, min(content_end, q_start))
        if found is None:
            return None
        (start, _), candidate = found
        opened_by_that = self.text[max(s_start, start - 5) : start].lower().strip() == "that"
        if len(self.text[start:q_start].split()) < MIN_UNQUOTED_WORDS and not opened_by_that:
            return None
        if opened_by_that:
            start -= len("that ")  # "said that “…”": the report of a clause, quoted
        return self._quote(start, content_end, candidate, direct=False)

    def reported_before_quote(self, s_start: int, quote: tuple[int, int]) -> list[Quote]:
        """ "Mr. Carson endorsed Mr. Trump at a news conference, calling him ''…''",
        "Mrs. Clinton tried to expand on it, saying that the United States ... ''…''":
        reports before a sentence's first quotation, each to the next or, the last,
        through the quotation (the quoted words go on with it)."""
        q_start, q_end = quote
        region_end = q_start  # the opening mark stays: "vows to “defend ...”"
        participle = PARTICIPLE_REPORT.search(self.text, s_start, region_end)
        main_end = participle.start() if participle else region_end
        # "called it “an incredibly significant development”": the quotation goes on
        # with a report whose own words are few.
        found = self._next_report(s_start, main_end, min_words=0)
        reports = self._further_reports(found) if found else []
        if participle and (reports or self._first_after(s_start, participle.start(), True)):
            who = reports[0][1] if reports else self._first_after(s_start, participle.start(), True)
            if who is not None and len(self.text[s_start : who.start].split()) <= SUBJECT_WORDS:
                reports.append(((participle.end(), region_end), who))
        if not reports:
            return []
        (last_start, _), last_who = reports[-1]
        reports[-1] = ((last_start, q_end), last_who)
        quotes = [
            self._quote(start, end, who, direct=False)
            for (start, end), who in reports
            if self.text[start:end].split()
        ]
        gap = self.text[last_start:q_start]
        opened = gap + self.text[max(0, last_start - 3) : last_start]
        if quotes and not gap.strip(OPENING_GAP) and (":" in opened or "," in opened):
            # 'Mrs May said: "These plans were ..."': no words of the report's own before
            # the quotation it introduces; the report is the quotation, a direct quote
            # already (BBC reports had each such quotation twice, once as reported
            # speech; "vowed to “defend ...”" reports the quoted words as its own). Made
            # and left out: its speaker is still the last one a "he" may stand for.
            quotes.pop()
        return quotes

    def quoted_clause(self, s_start: int, s_end: int, quote: tuple[int, int]) -> Quote | None:
        """ "And the polling “felt more like a push poll,” Heiserman said.": a clause whose
        own words run into the quotation, and a cue after it, is one indirect report (the
        quoted words are also a direct quote). Not an opening phrase ("On Tuesday, “…”")."""
        q_start, q_end = quote
        lead = self.text[s_start:q_start].rstrip(" “\"‘'`")
        words = lead.split()
        if not words or any(mark in lead for mark in ",:;—–("):
            return None  # an opening phrase or an apposition ("X, citing “…”"), no clause
        if len(words) == 1 and (words[0] in NOT_NAME_WORDS or not words[0][:1].isupper()):
            return None  # "But “…,” he said": a conjunction, no clause of its own
        if CUE.search(lead) or ACCORDING_TO.search(lead):
            return None  # "X said “…”" is the direct quote's own cue
        candidate = self._after(q_end, s_end)
        if candidate is None:
            return None
        return self._quote(s_start, q_end, candidate, direct=False)

    def reported_after_quotes(
        self, s_start: int, s_end: int, inside: list[tuple[int, int]]
    ) -> list[Quote]:
        """ "…,” said Weaver, who said business executives fail to ...", "Mr. Manafort,
        citing ''the magic of Trump,'' said the candidate could ...": a report whose cue
        stands in the words after one of the sentence's quotations, by a subject in those
        words, or by the sentence's subject when the cue follows the quotation at once."""
        content_end = s_end - 1 if self.text[s_end - 1] in ".!?" else s_end
        for index, (_, q_end) in enumerate(inside):
            start = q_end
            gap = QUOTE_GAP.match(self.text, min(q_end, content_end), content_end)
            start = gap.end() if gap else q_end
            region_end = inside[index + 1][0] if index + 1 < len(inside) else content_end
            found = self._next_report(start, content_end) or self._report_by_opening_subject(
                s_start, start, content_end
            )
            if found is not None and found[0][0] <= region_end:
                (c_start, c_end), candidate = found
                return [self._quote(c_start, c_end, candidate, direct=False)]
        return self._participle_after_quote(inside[-1][1], content_end)

    def _participle_after_quote(self, q_end: int, content_end: int) -> list[Quote]:
        """ "“…,” he continued, citing the many Americans who ...": a participle after
        the quotation's cue says more of what its speaker said."""
        participle = PARTICIPLE_REPORT.search(self.text, q_end, content_end)
        speaker = self.last_quote[1] if self.last_quote else None
        mention = self.last_quote[2] if self.last_quote else None
        if participle is None or speaker is None:
            return []
        if len(self.text[participle.end() : content_end].split()) < MIN_REPORTED_WORDS:
            return []
        return [
            self._quote(
                participle.end(), content_end, None, False, speaker=speaker, mention=mention
            )
        ]

    def _report_by_opening_subject(
        self, s_start: int, start: int, end: int
    ) -> tuple[tuple[int, int], _Candidate] | None:
        """The cue right after a quotation, the subject at the sentence's start."""
        gap = QUOTE_GAP.match(self.text, start, end)
        match = REPORTED_CLAUSE.match(self.text, gap.end() if gap else start, end)
        if match is None or len(self.text[match.end() : end].split()) < MIN_REPORTED_WORDS:
            return None
        # (a name that starts within the reach, read whole)
        opening = self._candidates(s_start, start, names=True)
        subjects = [
            c
            for c in opening
            if c.start < s_start + SUBJECT_CHARS
            and c.kind != "pronoun"
            and not self._after_preposition(c)
        ]
        return ((match.end(), end), subjects[0]) if subjects else None

    def _reported_after_cue(
        self, s_start: int, s_end: int
    ) -> tuple[tuple[int, int], _Candidate] | None:
        """ "X said (that) ...", "X told reporters Tuesday that ...": a subject, a cue, and
        a clause that "that" or a clause's first word opens; the first such cue with a
        subject ("Having said that, Vos insisted the plan was sound": Vos insisted)."""
        for match in REPORTED_CLAUSE.finditer(self.text, s_start, s_end):
            if match.group(0).split()[0].lower() in NOUN_CUES and NOUN_BEFORE.search(
                self.text, max(0, match.start() - NOUN_BEFORE_REACH), match.start()
            ):
                continue
            if IMPERSONAL_PASSIVE.search(
                self.text, max(s_start, match.start() - 40), match.start()
            ):
                # "..., but it has frequently been reported that he is homesick": no one's
                # (a name earlier in the sentence had been taken: BBC sport, 2005)
                return None
            candidate = self._subject_at_verb(s_start, match.start())
            if candidate is not None:
                # "denied reports that he wants to leave": what was denied is the reports,
                # not his wish (he had been given "he wants to leave" as his words)
                claim = CLAIM_AFTER_CUE.fullmatch(match.group(0))
                start = match.start() + claim.start("claim") if claim else match.end()
                amid = AMID_REPORTS.search(self.text, match.end(), s_end)
                end = amid.start() if amid else s_end
                means = MEANS_OF_SAYING.search(match.group(0)) is not None
                # (only words that end the sentence: "recalled that in 2009, “I called
                # ...”" tells its words in the quotation after them)
                if _no_clause(self.text[start:end], after_means=means) and not (
                    QUOTATION_NEAR_CONTENT.search(self.text, start, min(len(self.text), end + 3))
                ):
                    return None  # "Cole said in a phone call over the weekend.": when, not what
                return (start, end), candidate
            idiom = SAID_IDIOM.match(self.text, s_start, s_end)
            if idiom is None or idiom.end() < match.start():
                return None
        return None

    def _nominal_report(
        self, s_start: int, s_end: int
    ) -> tuple[tuple[int, int], _Candidate] | None:
        """ "X called for a ceasefire", "X denied the charges", "X praised the plan",
        "X warned of more strikes": what the subject said is told by its object."""
        match = next(
            (
                m
                for m in NOMINAL_REPORT.finditer(self.text, s_start, s_end)
                if not self._a_noun_there(m, s_start)
            ),
            None,
        )
        if match is None:
            return None
        candidate = self._subject_before(s_start, match.start())
        if candidate is None:
            return None
        end = CLAUSE_BREAK.search(self.text, match.end(), s_end)
        return (match.end(), end.start() if end else s_end), candidate

    def _a_noun_there(self, match: re.Match[str], s_start: int) -> bool:
        """A verb of the list used as a noun: after a possessive ("Trump's calls for",
        "her vow to"), or in "-s" after an article or a quantifier ("broken many promises
        he made", "the demands of his time"; "Some view ...", "Many promised ..." are
        verbs, and "sounded a call for" tells what its subject said)."""
        before = NOUN_DETERMINER_BEFORE.search(
            self.text, max(s_start, match.start() - 12), match.start()
        )
        if before is None:
            return False
        word = match.group(0).split()[0]
        if before.group("possessive"):
            # "Berg's called for a recount": the "'s" of "has" before a past participle
            # and its preposition or object; "Trump's proposed tax cuts" is a noun's
            return not (word.endswith("ed") and HAS_PARTICIPLE_AFTER.match(match.group(0)))
        return not QUANTIFIER_SUBJECT.fullmatch(before.group(0).strip()) or word.endswith("s")

    def _intent_report(self, s_start: int, s_end: int) -> tuple[tuple[int, int], _Candidate] | None:
        """ "X vowed to ...", "X declined to comment", "X wants to ...": the infinitive
        is what the subject said, wanted or refused."""
        match = INTENT_REPORT.search(self.text, s_start, s_end)
        if match is None:
            return None
        candidate = self._subject_before(s_start, match.start())
        if candidate is None:
            return None
        end = CLAUSE_BREAK.search(self.text, match.end(), s_end)
        return (match.end(), end.start() if end else s_end), candidate

    def _named_line(self, s_start: int, s_end: int) -> tuple[tuple[int, int], _Candidate] | None:
        """ "Clinton: I support D.C. statehood.", a headline or transcript line: a name, a
        colon and what the named one said (not "Update:", "Q:", "Editor's note:")."""
        match = NAMED_LINE.match(self.text, s_start, s_end)
        if match is None:
            return None
        who_start, who_end = match.span("who")
        found = [
            c
            for c in self._candidates(who_start, who_end, names=True)
            if c.end == who_end and c.kind in {"entity", "name"}  # a title may stand before
        ]
        if not found or (found[0].kind == "entity" and found[0].label not in ACTOR_LABELS):
            return None
        return (match.end(), s_end), found[0]

    def _that_report(self, s_start: int, s_end: int) -> tuple[tuple[int, int], _Candidate] | None:
        """ "Clinton fired back that ...": a verb of the subject's, "that" and a clause."""
        match = next(
            (
                m
                for m in THAT_REPORT.finditer(self.text, s_start, s_end)
                if not NOUN_BEFORE.search(
                    self.text, max(s_start, m.start() - NOUN_BEFORE_REACH), m.start()
                )
            ),
            None,
        )
        if match is None:
            return None
        candidate = self._subject_before(s_start, match.start())
        return ((match.end(), s_end), candidate) if candidate else None

    def _statement_that(
        self, s_start: int, s_end: int
    ) -> tuple[tuple[int, int], _Candidate] | None:
        """ "Trump's claim that ...", "her remark that ...", "his support for ...": the
        clause or object is what its owner said or holds; the owner is a name or a
        possessive pronoun ("her" is who "she" would be)."""
        match = STATEMENT_THAT.search(self.text, s_start, s_end) or STANCE_NOUN.search(
            self.text, s_start, s_end
        )
        if match is None:
            return None
        if match.group("who"):
            candidate = self._first_after(*match.span("who"), names=True)
        else:
            pronoun = POSSESSIVE_PRONOUNS[match.group("pronoun").lower()]
            candidate = _Candidate(*match.span("pronoun"), pronoun, "pronoun")
        if candidate is None:
            return None
        stop = CLAUSE_BREAK.search(self.text, match.end(), s_end)
        return (match.end(), stop.start() if stop else s_end), candidate

    def _subject_at_verb(self, start: int, end: int) -> _Candidate | None:
        """The subject of the verb at ``end``: the words right before it when they describe
        someone ("Though he pushed the plan, experts say", "Regarding Mrs. Clinton's aides,
        the campaign said:"), not a name further back; but the end of an apposition is no
        subject ("X, an expert who studies nations, said", "Jackson, in a statement
        released through the team, said"): then the nearest name."""
        antecedent = self._relative_antecedent(start, end)
        if antecedent is not None:
            return antecedent
        apposed = self._person_before_description(start, end)
        if apposed is not None:
            return self._with_the_one_before_and(start, apposed)
        subject = self._subject_before_verb(start, end)
        if subject is None:
            return None
        subject = self._with_the_one_before_and(start, subject)
        who = RESTRICTIVE_WHO.search(self.text, max(start, end - 2 * APPOSITION_CHARS), end)
        if who is None or subject.start < who.start():
            return subject
        if subject.kind not in {"entity", "name"}:
            return subject  # ("voters who want change - only she thinks": hers)
        if INTERROGATIVE_BEFORE.search(self.text, max(start, who.start() - 20), who.start()):
            return subject  # "No one knows who leaked the memo": a question, no clause
        if subject.start == who.start("clause") and not self.text[subject.end : end].strip():
            # "his daughters, who Vos said were living in Russia": his words ("The
            # candidate who Vos endorsed said" is the candidate's)
            return subject
        # "The man who shot Berg said", "Voters who backed Vos in 2020 say": the subject
        # stands before a "who" clause with no comma, not a name inside it (where no
        # head is found there, the reading stays as it was)
        return self._head_before_who(start, who.start()) or subject

    def _person_before_description(self, start: int, end: int) -> _Candidate | None:
        """The person (or body) named right before an apposition describing them that ends
        at the verb: "However, Greg Jacob, a former Marine, says" is his (the tagger calls
        "Marine" an organisation, whose one word may be a surname: it had been the
        speaker)."""
        apposition = DESCRIBING_APPOSITION.search(self.text, max(start, end - 110), end)
        if apposition is None:
            return None
        found = self._candidates(start, apposition.start(), names=True)
        named = found[-1] if found else None
        if named is None or apposition.start() - named.end > 1 or self._after_preposition(named):
            return None
        # a person, or a body the tagger names in words ("The College Board, the
        # organization that administers the SAT, contends": not the SAT; a lone word it
        # calls an organisation may be a surname, "But Priebus, the GOP chairman, said")
        body = named.label == "ORG" and " " in named.mention.strip()
        return named if named.kind == "entity" and (named.label == "PERSON" or body) else None

    def _with_the_one_before_and(self, start: int, subject: _Candidate) -> _Candidate:
        """Two subjects joined by "and" that open the clause speak together: "Mr Blair and
        Mr Brown said", "The unions and the employers said" (BBC reports had the second
        alone), not "Trump attacked Clinton and Sanders said" (the first is no subject)."""
        joined = JOINED_SUBJECT.search(self.text, start, subject.start)
        if joined is None:
            return subject
        named = [
            c
            for c in self._candidates(start, joined.start(), names=True)
            if c.kind != "pronoun" and c.end == joined.start()
        ]
        first = named[-1] if named else self._subject_description(start, joined.start())
        if first is None or first.end != joined.start():
            return subject
        opening = self.text[start : first.start].strip(" \n“\"‘'")
        begin = first.start
        if opening and (TITLE_BEFORE_SUBJECT.fullmatch(opening) or TITLE_WORD.fullmatch(opening)):
            begin = self.text.index(opening, start)  # ("Mr Blair and Mr Brown")
        elif opening and not CLAUSE_OPENER.fullmatch(opening):
            return subject
        # (two, so no "he" or "she" later on: ``_remember``)
        return _Candidate(
            begin, subject.end, self.text[begin : subject.end], "description", label=TOGETHER
        )

    def _head_before_who(self, start: int, who: int) -> _Candidate | None:
        """What a "who" clause at ``who`` is about: the name or the description right
        before it, a noun phrase ("has had no conversations with supporters who" is none)."""
        head = self._subject_at_verb(start, who)
        if head is None or self.text[head.end : who].strip():
            return None
        if head.kind == "description" and VERB_IN_HEAD.search(head.mention):
            return None
        return head

    def _person_of_a_body(self, start: int, body: _Candidate) -> _Candidate | None:
        """The person named right before "of" and the body's name ("Nick Van den Brul of
        BNP Paribas described"): the subject, whose body the name after "of" says (a BBC
        report had "Paribas" speak: the tagger read "BNP" as no part of it)."""
        people = [
            c
            for c in self._candidates(start, body.start, names=True)
            if c.label == "PERSON" and c.kind == "entity"
        ]
        if not people or not OF_A_BODY.fullmatch(self.text, people[-1].end, body.start):
            return None
        return people[-1]

    def _subject_before_verb(self, start: int, end: int) -> _Candidate | None:
        """``_subject_at_verb`` once a relative antecedent is ruled out."""
        # "Berg on Monday in a statement said", "The union in a letter to members said":
        # how and when it was said stand between the subject and the verb
        means = TRAILING_MEANS.search(self.text, max(start, end - MEANS_CHARS), end)
        end = means.start() if means else end
        named = self._nearest_before(start, end, names=True)
        if named is not None and named.label != "PERSON" and named.end >= end - 2:
            owner = self._person_of_a_body(start, named)
            if owner is not None:
                return owner
        described = self._subject_description(start, end)
        if (
            named
            and described
            and described.start <= named.start
            and named.end < described.end
            and HYPHENED_MODIFIER.match(self.text, named.end)
        ):
            # "The Oscar-nominated actor said", "the Ballymena-born actor said": the name
            # is part of a word that qualifies the one described
            return described
        if named and self._after_preposition(named) and named.end >= end - 2:
            # "one of the former prosecutors for David Petraeus said": the one described,
            # of whom the name after the preposition is a part
            preposition = PREPOSITION_BEFORE.search(
                self.text, max(start, named.start - PREPOSITION_REACH), named.start
            )
            head = self._subject_description(start, preposition.start()) if preposition else None
            if head is not None:
                # ("one of the former prosecutors": the quantity is part of who)
                quantity = QUANTITY_OF.search(self.text, max(start, head.start - 12), head.start)
                first = quantity.start() if quantity else head.start
                return _Candidate(first, named.end, self.text[first : named.end], "description")
        if (
            named
            and described
            and named.end <= described.start
            and PREPOSITION_GAP.fullmatch(self.text, named.end, described.start)
        ):
            if not QUANTITY_WORD.fullmatch(named.mention):
                return named  # "Ann Vos of the Dorven Party said": hers
            # "Nine in 10 Democratic voters said": the share is the speaker's first words
            return _Candidate(
                named.start, described.end, self.text[named.start : described.end], "description"
            )
        if (
            described
            and named
            and described.start <= named.start
            and named.end <= described.end < end - 2
            and (
                WHO_BEFORE_PREDICATE.match(self.text, described.end)
                or PARTICIPLE_OPENING.match(self.text, described.end + 1)
            )
            and not CLAUSE_PUNCTUATION.search(self.text, described.end, end)
        ):
            return described  # "Former Enquirer employees who spoke to the paper said"
        if (
            described
            and (named is None or named.end <= described.start)
            and "," not in self.text[described.end : end]
        ):
            return described
        if (
            named
            and described
            and named.kind == "name"
            and described.start <= named.start
            and named.end <= described.end
            and (
                MODIFIED_NOUN_AFTER.match(self.text, named.end)
                or _names_people(named.mention)
                or QUANTITY_WORD.fullmatch(named.mention)
            )
        ):
            # "Seventy-four percent of Democratic voters said", "Public health experts
            # said", "Leaders of the organization said", "Two-thirds of insiders say": all
            # of it ("Vos in a statement said" and "Vos with his lawyers" are Vos)
            return described
        if named and described and (owned := self._owned_subject(named, described, end)):
            return owned
        if named and described and _modifies(named, described):
            return described  # "The former Republican presidential candidate continued"
        if (
            named
            and described
            and described.start == named.start
            and AND_AFTER.match(self.text, named.end)
            and "," not in self.text[named.end : end]
        ):
            # "Farmers and truck drivers said", "Clinton and party leaders said": all of
            # them, not the first alone (two, so no "he" or "she" later on: ``_remember``)
            return _Candidate(
                described.start, described.end, described.mention, "description", label=TOGETHER
            )
        return named

    def _owned_subject(
        self, owner: _Candidate, described: _Candidate, end: int
    ) -> _Candidate | None:
        """A description owned by the name before its head that ends at the verb, from the
        owner's first word: "The company's spokeswoman said" is the spokeswoman's (not the
        company's), "Clinton's lawyers said" the lawyers'. Only people or a body of them:
        "Trump's statement said" stays Trump's. Its words start at the owner, never before
        ("came as Clinton's lawyers": a description read back from the verb overshoots)."""
        if not (
            self._possessive(owner)
            and described.start <= owner.start < described.end
            and described.end >= end - 2
            and "," not in self.text[owner.end : described.end]
        ):
            return None
        head = described.mention.split()[-1].lower()
        one = head.removesuffix("s")
        if WRITTEN_THINGS.fullmatch(head) or not (
            head in PEOPLE_NOUNS | BODY_NOUNS | PLURAL_PEOPLE | OWNED_HEADS
            or OWNED_PERSON.search(one)
        ):
            return None
        mention = self.text[owner.start : described.end]
        return _Candidate(owner.start, described.end, mention, "description")

    def _relative_antecedent(self, start: int, end: int) -> _Candidate | None:
        """The subject of a verb after an aside about it that "who" opens: "Holt, who looks
        shocked once he realizes what happened, then calmly says" (Holt, not the "he"
        inside the aside). (A description right before "who" and the cue, "a spokesperson
        who told them that", was tried too: on PolNeAR train it took more speakers from a
        characterisation, "a candidate who promised mass deportation: “…”", than it gave.)"""
        aside = WHO_ASIDE.search(self.text, max(start, end - 2 * APPOSITION_CHARS), end)
        if aside is None:
            return self._body_before_which(start, end) or self._one_before_whose(start, end)
        person = self._person_right_before(start, aside.start())
        if person is None or not (person.kind in {"entity", "name"} or _possessed_role(person)):
            return None
        # Only a title or a description stands before the name in its sentence or line
        # ("Former Democratic candidate Bernie Sanders, who ..."): "Coach Hart defended Tom
        # Ruiz, who ..., then added" is the coach's; Ruiz is the object of a verb.
        line_start = max(start, self.text.rfind("\n", 0, person.start) + 1)
        heading = self.text.rfind(": ", line_start, person.start)  # "Focus on security: X"
        clause_start = self._clause_start(max(line_start, heading + 1), person.start)
        before = WORD_TOKEN.findall(self.text, clause_start, person.start)
        lower = [w for w in before if not w[0].isupper() and w not in {"the", "a", "an"}]
        if not all(_a_noun(w) for w in lower):
            return None
        if lower and not (lower[-1] in PERSON_HEADS or AGENT_NOUN.search(lower[-1])):
            return None  # "Hart met Tom Ruiz, who": a verb, not a role, before the name
        return person

    def _one_before_whose(self, start: int, end: int) -> _Candidate | None:
        """The subject of a verb after an aside about it that "whose" opens: "The
        Oscar-nominated actor, whose films include Schindler's List and Star Wars: The
        Phantom Menace, said" (the actor, not a title in the aside), "Neeson, whose ...,
        said": the person named, or described, right before it."""
        aside = WHOSE_ASIDE.search(self.text, max(start, end - 2 * APPOSITION_CHARS), end)
        if aside is None:
            return None
        found = self._person_right_before(start, aside.start())
        if found is None:
            described = self._subject_description(start, aside.start())
            if (
                described is not None
                and described.end >= aside.start() - 1
                and DETERMINER_OPENING.match(described.mention)
                and len(described.mention.split()) <= SUBJECT_WORDS
            ):
                head = described.mention.split()[-1].lower()
                if head in PERSON_HEADS or AGENT_NOUN.search(head):
                    found = described
        if found is None:
            # ("The artist, whose works include ...": one person described by what they do)
            one = ONE_PERSON_BEFORE.search(self.text, max(start, aside.start() - 60), aside.start())
            if one is not None:
                found = _Candidate(one.start(), one.end(), one.group(0), "description")
        # Only the subject that opens the clause, not a verb's object or a name after "of"
        # ("Coach Hart praised the striker, whose ...", "Friends of Ann Li, whose ..."), nor
        # an apposition ("Ann Li, the author, whose ...": her name, found as before)
        if (
            found is None
            or self._after_preposition(found)
            or not self._opens_clause(start, found)
            or self.text[max(start, found.start - 2) : found.start] == ", "
        ):
            return None
        return found

    def _body_before_which(self, start: int, end: int) -> _Candidate | None:
        """An organisation that an aside opened by "which" is about, right before the verb:
        "The National Rifle Association, which has endorsed Trump, said ..." (not Trump)."""
        aside = WHICH_ASIDE.search(self.text, max(start, end - 2 * APPOSITION_CHARS), end)
        if aside is None:
            return None
        found = self._candidates(start, aside.start(), names=True)
        body = found[-1] if found else None
        if body is None or body.label not in {"ORG", "NORP"} or aside.start() - body.end > 1:
            return None
        if self._after_preposition(body) or not self._opens_clause(start, body):
            return None  # ("director of CREDO Action, which organized ..., said": his)
        return body

    def _subject_before(self, s_start: int, cue_start: int) -> _Candidate | None:
        """The subject right before a verb: a name, pronoun or described subject with at
        most an apposition or a couple of words ("has also") between it and the verb."""
        # "Beruff, a Scott ally, called ...": the subject stands before its apposition
        apposition = TRAILING_APPOSITION.search(self.text, max(s_start, cue_start - 110), cue_start)
        subject_end = apposition.start() if apposition else cue_start
        if coordinated := COORDINATED_BEFORE_CUE.search(self.text, s_start, cue_start):
            shared = self._clause_subject(
                self._clause_start(s_start, coordinated.start()), cue_start
            )
            if shared is not None:
                return shared  # "She was defending it against Trump, but admitted that"
        candidate = self._subject_at_verb(s_start, subject_end)
        if (
            apposition
            and candidate
            and (candidate.kind in {"role", "description"} or self._possessive(candidate))
        ):
            # "the LinkedIn chief executive, Jeff Weiner, put it": the name in the commas
            # (also after a body's title: "the Senate Foreign Relations Committee's
            # Republican chairman, Senator Bob Corker, accused", fresh news of 2017)
            candidate = self._name_filling(apposition.start() + 1, apposition.end()) or candidate
        if candidate is None or self._after_preposition(candidate):
            # "those who worshiped with Mateen are trying to ...": not Mateen's intent
            return None
        # (a name and its role before the trailing apposition: "Jeb Bush, the former
        # governor, who has resented ..., called": the gap is that apposition's only)
        gap_from = candidate.end
        if (
            candidate.label == "PERSON"
            and candidate.end < subject_end
            and self.text[candidate.end : subject_end].startswith(",")
            and LOWER_WORDS_ONLY.fullmatch(self.text[s_start : candidate.start].strip(" \n“\"‘'"))
        ):
            gap_from = subject_end  # (the name opens the clause; its role follows it)
        between = APPOSITION.sub(",", self.text[gap_from:cue_start], count=1)
        if len(between.split()) > SUBJECT_GAP_WORDS or re.search(r"[;:.!?]", between):
            return None
        return candidate

    def _reported_before_cue(
        self, s_start: int, s_end: int
    ) -> tuple[tuple[int, int], _Candidate] | None:
        """ "The plan will fail, the senator said." and ", said Jane Roe." at the end."""
        match = TRAILING_CUE.search(self.text, s_start, s_end)
        if match is None or match.end() != s_end:
            return None
        if SAID_IDIOM.fullmatch(self.text, s_start, match.start()):
            return None  # "Having said that, Vos insisted the plan was sound": no report
        if not match.group("who") and ADDRESSEE_CUE.match(match.group(0)):
            # ("…,'' the assailant, John McGraw, told the program ''Inside Edition''": whom
            # a cue of telling takes after it is the listener, never the speaker)
            return self._teller_in_apposition(s_start, match.start())
        who_start, who_end = match.span("who") if match.group("who") else match.span("after")
        candidate = self._first_after(who_start, who_end, names=True)
        if candidate is None:
            candidate = self._subject_description(who_start, who_end)
        if candidate is None:
            return None
        candidate = self._trailing_subject(candidate, who_start, who_end, not match.group("who"))
        if candidate is None:
            return None
        if candidate.kind in {"role", "description"}:
            # ", said the firm's chief executive officer, Alan Mulally.": the person the
            # description's apposition names (MEANTIME; "the general secretary of the
            # British union Unite, Tony Woodley" had read "the general")
            named = NAME_AFTER_DESCRIPTION.match(self.text, who_end, match.end())
            described = self.text[who_start:who_end].rstrip()
            if named is not None and not OF_SOMEONE_ELSE.search(described):
                candidate = self._name_filling(*_name_span(named)) or candidate
        return (s_start, match.start()), candidate

    def _trailing_subject(
        self, candidate: _Candidate, start: int, end: int, inverted: bool
    ) -> _Candidate | None:
        """Who the first name or description in the words at a trailing cue stands for
        (``inverted``: the words come after the cue, ", confirmed on Facebook")."""
        if self._after_preposition(candidate):
            # ", a spokesman for Trade Secretary Patricia Hewitt said.": the spokesman
            around = self._described_around(candidate, start, end)
            if around is None and inverted:
                # ", the school confirmed on Facebook Friday.": where it was said, after
                # the cue, is no one (the subject stood before its own comma)
                return None
            candidate = around or candidate
        if candidate.kind in {"entity", "name"} and self._possessive(candidate):
            # ", Chad's Ambassador to France confirmed.", ", noted NBC's Dante Chinni.":
            # the one the name's owns speaks
            candidate = self._owned_speaker(candidate, end) or candidate
        if (
            candidate.kind in {"entity", "description"}
            and candidate.label != "PERSON"
            and not self._after_preposition(candidate)
        ):
            # ", Labour leader Tony Blair said.", ", Home Secretary Charles Clarke told
            # MPs." ("Home" a body to the tagger), ", Trump campaign manager Corey
            # Lewandowski told reporters.": the body and the post are the person's (BBC
            # politics reports had "Labour", "Home" and "Trade" speak)
            candidate = self._titled_person_after(candidate, end) or candidate
        return candidate

    def _owned_speaker(self, owner: _Candidate, end: int) -> _Candidate | None:
        """Who a possessive name at a trailing cue owns, when that is all the words to the
        cue: a person named after it ("NBC's Dante Chinni"), else a post of a few words
        ("Chad's Ambassador to France"); not "Sanders' victories in smaller" (no one)."""
        named = [
            c
            for c in self._candidates(owner.end, end, names=True)
            if c.label == "PERSON" and c.kind in {"entity", "name"}
        ]
        if named and named[-1].end >= self._words_end(end) and not self._possessive(named[-1]):
            return named[-1]
        owned = POSSESSIVE_MARK.sub("", self.text[owner.end : end], count=1).split()
        if not owned or len(owned) > OWNED_POST_WORDS or "," in " ".join(owned):
            return None
        if not _a_speakers_noun(owned[0].lower()) or any(w in FINITE_WORDS for w in owned):
            return None
        start, stop = owner.start, owner.start + len(self.text[owner.start : end].rstrip())
        return _Candidate(start, stop, self.text[start:stop], "description")

    def _teller_in_apposition(
        self, s_start: int, cue_start: int
    ) -> tuple[tuple[int, int], _Candidate] | None:
        """ "..., his top aide, Tad Devine, told The Huffington Post.": the person named in
        the commas before a cue of telling, what comes before them what they said."""
        subject = APPOSED_SUBJECT.search(self.text, s_start, cue_start)
        if subject is None:
            return None
        if len(self.text[s_start : subject.start()].split()) < MIN_REPORTED_WORDS:
            return None
        people = [
            c
            for c in self._candidates(*subject.span("who"), names=True)
            if c.label == "PERSON" and not self._after_preposition(c) and not self._possessive(c)
        ]
        # (", Kellyanne Conway, Donald Trump's campaign manager, told CNN": Conway, not the
        # one whose manager she is; ", his top aide, Tad Devine, told": Devine)
        return ((s_start, subject.start()), people[0]) if people else None

    def _reported_around_cue(
        self, s_start: int, s_end: int
    ) -> tuple[tuple[int, int], _Candidate] | None:
        """ "To prevent problems, he said, officials should be vigilant.": the longer part
        of the clause the cue interrupts."""
        match = PARENTHETICAL_CUE.search(self.text, s_start, s_end)
        if match is None:
            return None
        candidate = self._first_after(*match.span("who"), names=True)
        if candidate is None:
            return None
        before, after = (s_start, match.start()), (match.end(), s_end)
        longer = after if after[1] - after[0] >= before[1] - before[0] else before
        if re.match(r"(?:and|but|while)\b", self.text[match.end() : s_end]):
            longer = before  # ", Hennessey said, and with ...": a new clause follows
        return longer, candidate

    def _according_to(self, s_start: int, s_end: int) -> tuple[tuple[int, int], _Candidate] | None:
        """ "According to X, ...", "..., according to X." and "..., according to X, ..."
        (the clause before it). X is the source whatever it is ("recent polling", "a
        congressional timeline"): a name in it, else its words."""
        opening = ACCORDING_OPENING.match(self.text, s_start, s_end)
        if opening is None:
            opening = ACCORDING_AFTER_OPENER.match(self.text, s_start, s_end)
        if opening:
            who, content = opening.span("who"), (opening.end(), s_end)
        else:
            closing = ACCORDING_CLOSING.search(self.text, s_start, s_end)
            if closing is None:
                return None
            who, content = closing.span("who"), (s_start, closing.start())
        # (a name that starts within the reach, read whole: cut at the reach, "according
        # to Hillary Clinton" had been "Hillary Clin"'s words; a dash ends the source:
        # "according to the Tax Policy Center - half a percentage point of ...")
        dash = DASH_BREAK.search(self.text, who[0], who[1])
        found = self._candidates(who[0], dash.start() if dash else who[1], names=True)
        candidate = found[0] if found and found[0].start < who[0] + NAME_REACH else None
        if candidate is not None and (holder := self._titled_by_possessor(candidate, found)):
            candidate = holder
        if candidate is None or candidate.kind == "pronoun":
            candidate = _Candidate(who[0], who[1], self.text[who[0] : who[1]], "description")
        return (content, candidate) if candidate else None

    def _titled_by_possessor(
        self, possessor: _Candidate, found: list[_Candidate]
    ) -> _Candidate | None:
        """The person named after a possessor and a title of theirs ("Ronald Reagan's
        former education secretary William J. Bennett"): the one the words are of, not
        the possessor (nor the title's words)."""
        after = POSSESSOR_TITLE.match(self.text, possessor.end)
        if after is None:
            return None
        return next(
            (
                c
                for c in found
                if c.start == after.end() and c.kind in {"entity", "name"} and c.is_person
            ),
            None,
        )

    def _subject_description(self, start: int, end: int) -> _Candidate | None:
        """A speaker the text describes without a name: "Authorities", "the report",
        "Other officials" (a few words, the last of them a noun before the cue)."""
        # "North Carolina election officials also said": the subject before its adverb
        gap = SUBJECT_ADVERBS.search(self.text, max(start, end - ADVERB_CHARS), end)
        end = gap.start() if gap else end
        words = list(re.finditer(r"[\w’'.-]+", self.text[start:end]))[-SUBJECT_WORDS:]
        if not words:
            return None
        # the description that ends at the verb ("the top candidates of both parties say")
        phrases = list(DESCRIBED_SUBJECT.finditer(self.text, start + words[0].start(), end))
        phrase = phrases[-1] if phrases else None
        if phrase is None or phrase.end() < end - 2:
            return None
        phrase = self._with_its_modifier(phrases, start) or phrase
        head = self._head_before_its_clause(start, end, phrase)
        if head is not None:
            return head
        if self._floats_after_its_subject(phrase):
            return None  # "Richards and Menendez both stressed that ...": theirs
        if MEANS_OF_SAYING.fullmatch(phrase.group(0)):
            # "Police in a statement said": the police, not the statement
            return self._subject_description(start, phrase.start())
        # "..., and many analysts said": the joining word is no part of the subject
        # (nor is a conditional's inverted auxiliary: "Had the authorities found ...")
        joiner = JOINER_BEFORE_SUBJECT.match(phrase.group(0)) or INVERTED_HAD.match(phrase.group(0))
        first = phrase.start() + (joiner.end() if joiner else 0)
        # (nor the clause's opening words: "..., stating that his administration believes"
        # had the speaker "stating that his administration")
        opened = list(CLAUSE_WORD_IN_SUBJECT.finditer(self.text, first, phrase.end()))
        first = opened[-1].end() if opened else first
        preposition = PREPOSITION_OPENING.match(self.text, first)
        if preposition and GERUND.match(self.text, preposition.end()):
            return None  # "an official involved in managing the crisis": no one there
        first = self._head_before_preposition(start, first)
        return _Candidate(first, phrase.end(), self.text[first : phrase.end()], "description")

    def _with_its_modifier(self, phrases: list[re.Match[str]], start: int) -> re.Match[str] | None:
        """The last description found with the words right before it that qualify its one
        word ("Dock union leaders", "Top committee leaders", "rights groups"): the search
        had cut it after a noun that is a description of its own ("union", "party"),
        leaving "leaders" to speak. One word, with the determiner before it ("Some party
        strategists"), or two opening the clause from ``start`` (not "After the strike
        union leaders", nor "Meanwhile union leaders"); none of them a preposition or a
        relative ("where local party leaders": "party leaders"), nor part of a person's or
        a body's name ("Trump campaign spokeswoman Hope Hicks", "World Bank watchers": how
        those read is another matter); the qualifying noun not a plural but "rights", the
        word qualified no verb ("his team does"). None when there is nothing to join."""
        if len(phrases) < 2:
            return None
        before, last = phrases[-2], phrases[-1]
        word = last.group(0).strip()
        if " " in word or word.lower() in NO_QUALIFIED_NOUN:
            return None
        if not ONLY_SPACE.fullmatch(self.text, before.end(), last.start()):
            return None
        qualifying = list(WORD_OF_A_PHRASE.finditer(self.text, before.start(), before.end()))
        for first in (-2, -1):  # (two words, else the last alone)
            words = qualifying[first:]
            if len(words) < -first or not all(_qualifies(w.group(0)) for w in words):
                continue
            begin = words[0].start()
            if first == -2 and not self._opens_the_clause(start, begin, words[0].group(0)):
                continue
            determiner = DETERMINER_RIGHT_BEFORE.search(self.text, max(0, begin - 12), begin)
            begin = determiner.start() if determiner else begin
            if NAME_WORD_BEFORE.search(
                self.text, max(0, begin - QUALIFIER_NAME_REACH), begin
            ) or any(
                e.label in NAMED_BODIES and e.end > begin
                for e in self._entities_in(begin, last.start())
            ):
                continue  # ("Clinton campaign aides": the words go on a name)
            joined = DESCRIBED_SUBJECT.fullmatch(self.text, begin, last.end())
            if joined is not None:
                return joined
        return None

    def _opens_the_clause(self, start: int, begin: int, word: str) -> bool:
        """Whether ``word`` at ``begin`` is the first of the clause from ``start``, and no
        adverb opening it ("Meanwhile", "Separately")."""
        if self.text[start:begin].strip(" \n“\"‘'"):
            return False
        lower = word.lower()
        return not (lower.endswith("ly") or lower in QUALIFIER_OPENING_ADVERBS)

    def _entities_in(self, start: int, end: int) -> list[Entity]:
        return [e for e in self.entities if e.start < end and e.end > start]

    def _head_before_its_clause(
        self, start: int, end: int, phrase: re.Match[str]
    ) -> _Candidate | None:
        """ "Former Enquirer employees who spoke to the paper said", "independents
        questioned in that survey said": the ones a relative clause or a participle right
        before the verb is about speak, not its object (fresh news, 2013-2019); None when
        the words are no such clause or no one is named before it."""
        who = None
        # (searched to the verb: what follows "who" decides whether it is the subject)
        for found in WHO_BEFORE_PREDICATE.finditer(self.text, start, end):
            if found.end() <= phrase.start() + 1:
                who = found
        if who is not None:
            head_end = who.start()
        elif PARTICIPLE_OPENING.match(phrase.group(0)):
            head_end = phrase.start()
        else:
            return None
        if head_end <= start or CLAUSE_PUNCTUATION.search(self.text, head_end, end):
            return None
        return self._subject_description(start, head_end)

    def _head_before_preposition(self, start: int, first: int) -> int:
        """Where a description that opens on a preposition begins: at the words it
        qualifies ("about half of voters say", "other prominent bundlers in both parties
        said"), after a relative's preposition ("an election in which a majority of
        Americans say"); "of voters" and "in both parties" speak for no one.

        (The description of the words before is looked for by ``_subject_description``
        again, which comes back here only for a preposition further left: the recursion
        is as deep as the prepositions in the few words before the verb.)"""
        relative = RELATIVE_OPENING.match(self.text, first)
        if relative is not None:
            return relative.end()
        preposition = PREPOSITION_OPENING.match(self.text, first)
        if preposition is None:
            return first
        head = self._subject_description(start, first)
        if head is None:
            return self._clause_words_before(start, first, preposition.end())
        # (not across a dash or a quotation mark, "Trump - 60 percent of voters"; and a
        # relative or a verb before it tells of something else: "that scuttled other
        # mergers among major pharmaceutical companies", "A rifle ... may yield important
        # clues for investigators")
        if RELATIVE_WORD.search(self.text, head.start, first) or AUXILIARY_IN_HEAD.search(
            head.mention
        ):
            return preposition.end()
        breaks = list(HEAD_BREAK.finditer(self.text, head.start, first))
        return breaks[-1].end() if breaks else head.start

    def _clause_words_before(self, start: int, first: int, after: int) -> int:
        """The words a preposition's phrase at ``first`` qualifies when no description
        names them: up to three words opening its clause, one of them a plural or a
        word for people and none a name ("Majorities in many European countries see",
        "People with knowledge of ..."), or the quantity before "of" ("when one of his
        warm-up speakers mentioned"); else none (the phrase from ``after``, past the
        preposition, is the description; a name right before the preposition is the
        subject then: ``_subject_before_verb``)."""
        opening = max([start, *(m.end() for m in CLAUSE_OPENING.finditer(self.text, start, first))])
        words = self.text[opening:first].split()
        if (
            1 <= len(words) <= CLAUSE_HEAD_WORDS
            and words[0][:1].isupper()
            and any(w.endswith("s") or _names_people(w) for w in words)
            and not any(opening <= e.start < first for e in self.entities)
        ):
            return first - len(self.text[opening:first].lstrip())
        quantity = QUANTITY_OF.search(self.text, max(start, first - 12), first)
        return quantity.start() if quantity is not None else after

    def _floats_after_its_subject(self, phrase: re.Match[str]) -> bool:
        """A lone "both", "all" or "each" after the words of its clause ("Richards and
        Menendez both stressed", "Cruz and Rubio have both urged", "who has both endorsed
        Trump and criticized ...") goes with the subject before it: after a name, a
        bracket, a pronoun or an auxiliary; opening a clause ("Both think ...", "..., and
        both said", "After the meeting both said") it is the subject."""
        if not FLOATING_QUANTIFIER.fullmatch(phrase.group(0)):
            return False
        before = FLOATS_AFTER.search(self.text, max(0, phrase.start() - 40), phrase.start())
        if before is None:
            return False
        word = before.group(0).strip()
        # (a capitalised word opening the sentence is no name, "And both vowed ...", nor a
        # day or a month, "On Monday both said"; "They both said" floats)
        return word.lower() in FLOATING_PRONOUNS or not (
            word in NOT_NAME_WORDS or is_time_word(word)
        )

    def note_subject(self, s_start: int, s_end: int) -> None:
        """A person named at the start of a sentence is who a later "he"/"she" means
        ("Union leader Marta Quell called ... “...,” she said"); after an opening clause
        or phrase, the person it leads to ("In an interview over the weekend, Clinton
        laughed off the ad. “...,” she said": not Karl Rove, named before it; January
        2016 review). A person named inside that clause ("When Maddow pointed out ...")
        still takes a later "she"."""
        introduction = INTRODUCTION.match(self.text, s_start, s_end)
        first = introduction.end() if introduction is not None else s_start
        opening = " ".join(self.text[first:s_end].split()[:SUBJECT_WORDS])
        if opening.startswith("("):
            return  # an aside: "(Marc Fisher Footwear produces her shoe line.)"
        described = DESCRIPTION_AND_NAME.match(self.text, first, s_end)
        if described is not None and OF_SOMEONE_ELSE.search(described.group("desc")):
            described = None  # "The daughter of the senator, Meghan McCain, ..."
        apposed = self._name_filling(*_name_span(described)) if described else None
        if apposed is not None:
            # "The firm's president and chief executive, Alan Mulally, commented on the
            # profits." then "“…,” he said" (MEANTIME: had gone to Ford, named before)
            self._remember(s_start, apposed, self._resolve(apposed))
            return
        for candidate in self._candidates(first, first + len(opening), names=True):
            # Every sentence starts with a capital: one capitalised word there is no name,
            # but for the surname of a person the text names in full ("Trump almost seemed
            # to agree. “...,” he said", the tagger missing "Trump": Trump's words had gone
            # to Pena Nieto, the speaker before).
            if (
                candidate.kind == "name"
                and " " not in candidate.mention
                and not self._surname_named_in_full(candidate.mention)
            ):
                continue
            if PRONOUN_BEFORE_NAME.search(self.text, first, candidate.start):
                return  # "But he said Columbia remains ...": "he" is the subject
            if self._a_companys_short_name(candidate.mention):
                continue  # "Hewlett announced last week ...": Hewlett-Packard, no "he"
            if self._after_preposition(candidate) or self._possessive(candidate):
                continue  # "In an essay in Time magazine, he wrote"
            if LIKE_BEFORE.search(self.text, max(0, candidate.start - 8), candidate.start):
                continue  # "Like Allen, their days begin at 4:30 a.m.": not Allen's
            if self._unknown_lone_org(candidate):
                continue  # "Harsh comments are earning ...", a heading "Al-Shabaab."
            if self._lone_org_after_a_word(candidate):
                continue  # "The storm hit Ardel on Monday.": the town is its object
            if self._word_asked_alone(candidate.start, candidate.end, candidate.mention):
                continue  # "Harsh? He doesn't think so."
            if GROUP_NOUN_AFTER.match(self.text, candidate.end):
                continue  # "Trump supporters ripped them away": the supporters did
            if candidate.kind in {"entity", "name"} and (
                candidate.is_person or self._described_as_a_person(candidate)
            ):
                # ("Former Hewlett-Packard CEO Carly Fiorina named ...": Fiorina)
                candidate = self._person_in_apposition(candidate, s_end) or candidate
                name = self._resolve(candidate)
                self._remember(s_start, candidate, name)
                if name and not self.text[s_start : candidate.start].strip(" “\"‘'"):
                    self.opening_subjects.append((s_start, name))
                return

    def _named_as_kin(self, name: str) -> bool:
        """The text names the person as someone's relative, right before or after the
        name: "her husband, Frank Fiorina", "Frank Fiorina, her husband" (once a name: it
        is asked for each earlier mention at each "he" and "she")."""
        known = self.kin_cache.get(name)
        if known is None:
            known = self.kin_cache[name] = any(
                KIN_BEFORE_NAME.search(self.text[max(0, at - KIN_NAME_REACH) : at])
                or KIN_AFTER_NAME.match(self.text[at + len(name) : at + len(name) + KIN_NAME_REACH])
                for at in _occurrences(self.text, name)
            )
        return known

    def _titled_as(self, entity: Entity, pronoun: str) -> bool:
        """An honorific of the pronoun's gender is part of the mention or stands right
        before it ("Mr. Clinton ... he said"). An office shows no gender: "President
        Obama" is no "she" (a PolNeAR report's "she sought to" had gone to Obama)."""
        words = self.text[max(0, entity.start - TITLE_REACH) : entity.start].split()
        titled = f"{words[-1]} {entity.text}" if words else entity.text
        return gender_of(titled) is not None and agrees(pronoun, titled)

    def _surname_named_in_full(self, word: str) -> bool:
        """``word`` is the last word of one person's full name the text gives, and of no
        other's (a surname two people bear stays no one's here)."""
        return self.surname_bearers[word] == 1

    @functools.cached_property
    def surname_bearers(self) -> Counter[str]:
        """How many people of the text's full names bear each surname (counted once a
        text: asked at every sentence opening on one capitalised word)."""
        return Counter(
            surname for surname, _ in {_person_key(f) for f in self.full_names} if surname
        )

    def _a_companys_short_name(self, mention: str) -> bool:
        """One word that opens an organisation's longer name in the text and ends no
        person's full name there: "Hewlett" after "Hewlett-Packard Co." (the tagger called
        it a person, and "“These bugs don't affect our schedule at all,” he said" went to
        it, not to the director quoted before: TimeBank, 1989)."""
        return (
            " " not in mention
            and mention in self.organisation_first_words
            and (not self.surname_bearers[mention])
        )

    @functools.cached_property
    def organisation_first_words(self) -> frozenset[str]:
        """The first words of the company names the text gives: joined by a hyphen
        ("Hewlett-Packard") or ending in a company's word ("Kellogg Co."); not a family's
        foundation or business ("the Clinton Foundation", "the Trump Train"), whose
        family's people share its name (a reviewer's case)."""
        return frozenset(
            parts[0]
            for e in self.entities
            if e.label == "ORG"
            and len(parts := re.split(r"[\s-]+", THE.sub("", e.text.strip()))) > 1
            and ("-" in e.text or COMPANY_END.search(e.text) is not None)
        )

    def _unknown_lone_org(self, candidate: _Candidate) -> bool:
        """One word the tagger called an organisation, which no person's full name in the
        text holds: at a speech cue it is most often a surname ("Salazar said"), but
        opening a sentence with no cue it is as often a word or a group ("Harsh comments
        are earning ...", January 2016 review), and no later "he" means it."""
        if candidate.label != "ORG" or " " in candidate.mention:
            return False
        after = self.text[candidate.end : candidate.end + 40]
        if not (HEADING_END.match(after) or ADJECTIVE_OF_PLURAL.match(after)):
            return False  # "Christie was at the rally": a surname the tagger missed
        word = candidate.mention
        if any(word in strip_title(f).split() for f in self.full_names):
            return False
        # tagged a person elsewhere, or the surname of a first name ("Nikki Haley", an ORG)
        return not any(
            (e.label == "PERSON" and e.text == word)
            or (e.text.split()[-1:] == [word] and e.text.split()[0].lower() in FIRST_NAMES)
            for e in self.entities
        )

    def _lone_org_after_a_word(self, candidate: _Candidate) -> bool:
        """One word the tagger called an organisation, right after a small-letter word that
        is no title nor a determiner ("The storm hit Ardel on Monday."): no subject, and no
        surname there to take a later "he" or "the mayor" (a role named nowhere else went
        to "Ardel"); "Former minister Salazar", "analyst Keller", "the Times" keep theirs."""
        if candidate.label != "ORG" or " " in candidate.mention:
            return False
        before = LOWER_WORD_BEFORE.search(self.text, max(0, candidate.start - 30), candidate.start)
        if before is None:
            return False
        word = before.group(1)
        # (a person's noun by its ending titles the name too: "economist", "historian")
        titled = SMALL_TITLE_WORD.fullmatch(word) or AGENT_NOUN.search(word) or word.endswith("ian")
        return not (titled or word in DETERMINERS)

    def note_speaker(self, s_start: int, cue: re.Match[str] | None) -> None:
        """Remember who speaks in a sentence without a quote (its first ``cue``), for
        later pronouns."""
        candidate = self._nearest_before(s_start, cue.start()) if cue else None
        if candidate and candidate.kind != "pronoun":
            self._remember(s_start, candidate, self._resolve(candidate))

    def note_asked(self, s_start: int, s_end: int, cue: re.Match[str] | None) -> None:
        """After a question a reporter, a voter or another described asker put in a
        sentence without a quotation ("Last month, a reporter asked Sanders whether ..."),
        remember the one asked, who answers in the quotation after it ("“Sure it is ...,”
        he said": the asker, or a name before, had the answer; a July 2016 review). A
        named person who asks may go on speaking ("Trump asked Cruz whether he was
        eligible. “I don't think so,” he said": Trump's), so theirs is left alone. ``cue``
        is the sentence's first."""
        if cue is None or cue.group(0).lower() not in {"asked", "asks"}:
            return  # (another's words first: "..., she said, was a question ... asked")
        if SUBORDINATE_BEFORE.search(self.text, s_start, cue.start()):
            return  # "when a young man asked Clinton why ...": a scene, not the exchange
        asked = ASKED_PERSON.match(self.text, cue.end(), s_end)
        if asked is None:
            return
        if any(e.label == "PERSON" for e in self._entities_from(s_start, cue.start())):
            return
        people = [
            e
            for e in self._entities_from(asked.start("who"), asked.end("who"))
            if e.label == "PERSON" and e.end <= asked.end("who")
        ]
        if len(people) == 1:
            candidate = _entity_candidate(people[0])
            self._remember(s_start, candidate, self._resolve(candidate))

    def _quote(
        self,
        start: int,
        end: int,
        candidate: _Candidate | None,
        direct: bool,
        speaker: str | None = None,
        mention: _Candidate | None = None,
    ) -> Quote:
        """A quote said by ``candidate``, or by ``speaker`` whom ``mention`` named before."""
        if direct and candidate is not None and _a_scrap(candidate.mention):
            # a piece of the words around the cue, no one (a reported clause's source that
            # opens on "of" is most often the tail of its own: "67 percent of voters")
            candidate = None
        if candidate is not None and self._in_a_heading_in_capitals(candidate):
            candidate = None
        name = self._resolve(candidate) if candidate else speaker
        if candidate:
            self._remember(start, candidate, name)
        said_by = candidate or mention
        if direct:
            self.last_quote = (end, name, said_by)
        return Quote(
            text=self.text[start:end],
            start=start,
            end=end,
            speaker=name,
            speaker_mention=said_by.mention if said_by else None,
            speaker_start=said_by.start if said_by else None,
            speaker_end=said_by.end if said_by else None,
            direct=direct,
        )

    def _in_a_heading_in_capitals(self, candidate: _Candidate) -> bool:
        """A word of a subheading in capitals ("CONGRESS HAS INVESTIGATED HIM — Oz's
        dubious medical advice ... for saying that ... “…”": a September 2016 briefing
        gave Dr. Oz's words to "CONGRESS"), not an acronym that speaks ("NATO said")."""
        return (
            candidate.mention.isupper()
            and CAPITALS_NEXT.match(self.text, candidate.end) is not None
        )

    # --- finding the speaker mention -----------------------------------------------------------
    def _one_quoted(self, quoted: re.Match[str]) -> _Candidate | None:
        """Who an outlet "quoted ... as saying" (``QUOTED_AS_SAYING``): the name there,
        else the description."""
        start, end = quoted.span("who")
        named = [
            c
            for c in self._candidates(start, end, names=True)
            if c.kind in {"entity", "name"} and not self._possessive(c)
        ]
        if named:
            return self._titled_person_after(named[0], end) or named[0]
        return _described(quoted)

    def _after(self, q_end: int, s_end: int) -> _Candidate | None:
        """ ", Salazar said" or ", said Salazar" right after the closing mark; not a news
        outlet that reports words its sentence gave a speaker before them ("Trump said:
        “There will always be exceptions,” the Times reported": Trump's, a reader's check
        of May 2016 campaign news found them credited to "Times")."""
        found = self._after_the_mark(q_end, s_end)
        if found is not None and self._outlet_reporting(found, q_end):
            return None
        return found

    def _outlet_reporting(self, found: _Candidate, q_end: int) -> bool:
        """``found`` is a news outlet whose cue after the quotation is "reported", and the
        sentence names a speaker before the quotation."""
        words = found.mention.split()
        outlet = names_an_organisation(found.mention) or (bool(words) and words[-1] in OUTLET_WORDS)
        if not outlet or not REPORTED_AFTER.match(self.text, found.end):
            return False
        q_start = self._opening_of(q_end)
        before = self.text[self._sentence_start(q_start) : q_start]
        return not BREAK_BEFORE_QUOTE.search(before) and self._cue_before_quote(q_end)

    def _after_the_mark(self, q_end: int, s_end: int) -> _Candidate | None:
        sentence_end = s_end
        # (a question may close a quotation inside the quotation: "… can we do?’”)
        if self.text[max(0, q_end - 3) : q_end].rstrip("’'")[-1:] in {"?", "!"}:
            # “…?” Vale demanded. The sentence splitter ends the sentence at the mark, but
            # a question or exclamation takes its cue after it, in the same paragraph.
            paragraph_end = self.text.find("\n", q_end)
            s_end = max(s_end, paragraph_end if paragraph_end >= 0 else len(self.text))
        window_end = min(s_end, q_end + CUE_WINDOW + APPOSITION_CHARS)
        quoted = QUOTED_AS_SAYING.match(self.text, q_end, s_end)
        if quoted is not None:
            # "“…,” Detik.com quoted Djamal as saying": Djamal's words, which the outlet
            # reports (MEANTIME: the site had been given the minister's words)
            return self._one_quoted(quoted)
        according = ACCORDING_AFTER_QUOTE.match(self.text, q_end, s_end)
        if according is not None and not self._cue_before_quote(q_end):
            # "“…,” according to the news outlet": a name opening the source, else its
            # words ("according to a recording obtained by CNN": not CNN); not where the
            # sentence named a speaker before the quotation ("Trump told donors “…,”
            # according to the Washington Post" is Trump's)
            named = self._first_after(according.end(), s_end, names=True)
            opening = self.text[according.end() : named.start] if named else ""
            if named is not None and TITLE_ONLY.fullmatch(opening):
                # "according to Mr. Rhodes", "according to the Pentagon", "according to
                # Clinton spokesman Brian Fallon": Fallon
                return self._titled_person_after(named, s_end) or named
            return _described(ACCORDING_THAT.match(self.text, according.end(), s_end))
        cue = self._cue_outside_names(q_end, window_end)
        if cue is None or _words_to_cue(self.text[q_end : cue.start()]) > MAX_WORDS_TO_CUE:
            return None
        if cue.start() >= sentence_end and _opens_quotation_after(self.text, cue.end()):
            return None  # "“Out!” Later Reyes wrote back, “…”": the next quotation's cue
        if cue.start() >= sentence_end and self._cued_right_before(q_end):
            # 'Mr McLetchie asked: "Would it not be ironic ...?" The Green Party's
            # spokeswoman, Eleanor Scott, said she was pleased ...': a question its own
            # cue introduced; the next sentence's cue is another's (a BBC report)
            return None
        if any(q_end < s < cue.start() for s, _ in self.quote_spans):
            return None  # "“Out!” “It is fine,” Cruz said": another quotation's cue
        if AS_ASIDE.match(self.text, q_end, cue.start()):
            return None  # “…,” as The San Diego Union Tribune explains: a source, not the speaker
        if _a_clause_of_its_own(self.text, q_end, cue.start()):
            return None  # “…,” when Clinton blasted him: another's doing
        between = self._candidates(q_end, cue.start(), names=True)
        if (
            len(between) > 1
            and "," in self.text[between[0].end : cue.start()]
            # (a title's abbreviation may stand before the name: "…,” Rep. Steve Scalise,
            # the second-ranking House Republican, told Fox News")
            and TITLE_ONLY.fullmatch(self.text[q_end : between[0].start].strip(CLOSING_MARKS))
        ):
            # "…,” Flynn, a top Trump surrogate, said": the subject right after the
            # quotation, then its apposition (not "…” by the United States, NATO and
            # other partners, Clinton said"); "…,” the Vatican spokesman, Federico
            # Lombardi, told Vatican Radio": the person the role's apposition names
            first = between[0]
            if first.kind in {"role", "description"}:
                return self._person_in_apposition(first, cue.start()) or first
            return first
        together = self._people_set_off_together(q_end, cue.start())
        if together is not None:
            return together
        if between and self.text[: cue.start()].rstrip().endswith(","):
            # "“…” that Sanders can catch Clinton, said Steve Elmendorf, ...": after a
            # comma the cue comes first and the name that closes its words is the subject.
            inverted = self._name_closing_cue_words(cue.end(), s_end)
            if inverted is not None:
                return inverted
        before = self._nearest_before(q_end, cue.start(), names=True)
        if before and not self._after_preposition(before):
            return before  # not '"This will be a challenge" for Clinton, said Kunin'
        if before is not None:
            # "…,” a spokesman for Hillary Clinton said: the spokesman's words, not hers
            before = self._described_around(before, q_end, cue.start()) or before
        if before is None:
            # "…,” the ad’s narrator says; "…,” federal prosecutors wrote (not "…” about
            # enabling public-sector unions, said X": a comma parts such words from the cue);
            # "…,” an intelligence source, who was not authorized to speak, told Fox News"
            relative = RELATIVE_APPOSITION.search(self.text, q_end, cue.start())
            before = self._description(q_end, relative.start() if relative else cue.start())
            if "," not in self.text[q_end : cue.start()].lstrip(CLOSING_MARKS):
                before = before or self._joined_description_after(q_end, cue.start())
        return (
            before
            or self._person_after_cue(cue.end(), s_end)
            or self._group_member_after_cue(cue.end(), s_end)
            # (the name a description's apposition gives before the description itself)
            or self._name_after_description(cue.end(), s_end)
            or _described(DESCRIPTION_AFTER_CUE.match(self.text, cue.end(), s_end))
            or self._written_thing(q_end, cue.start())
        )

    def _joined_description_after(self, q_end: int, cue_start: int) -> _Candidate | None:
        """The description right before a cue after a quotation, with one joined to it by
        "and" ("…,” dock union leaders and port managers said": both, not the managers)."""
        described = self._subject_description(q_end, cue_start)
        if described is None:
            return None
        opened = AFTER_CLOSING_QUOTATION.match(self.text, q_end, cue_start)
        return self._with_the_one_before_and(opened.end() if opened else q_end, described)

    def _people_set_off_together(self, start: int, cue_start: int) -> _Candidate | None:
        """ "…," state Senate leader Phil Berger and House Speaker Tim Moore, both
        Republicans, said": the people named before a ", both Republicans," that closes
        the words before the cue speak together (the party had been the speaker)."""
        group = TOGETHER_BEFORE_CUE.search(self.text, start, cue_start)
        if group is None:
            return None
        people = [
            c
            for c in self._candidates(start, group.start(), names=True)
            if c.kind in {"entity", "name"} and c.label == "PERSON"
        ]
        if len(people) < 2 or " and " not in self.text[people[-2].end : people[-1].start]:
            return None
        if self._after_preposition(people[0]):
            return None  # "aides to Phil Berger and Tim Moore, both Republicans, said"
        names = [self._resolve(c) or c.mention for c in people]
        joined = ", ".join(names[:-1]) + " and " + names[-1]
        return _Candidate(people[0].start, people[-1].end, joined, "thing", joined)

    def _titled_person_after(self, candidate: _Candidate, end: int) -> _Candidate | None:
        """The person a name's title leads to: "Clinton spokesman Brian Fallon"."""
        titled = TITLE_BEFORE_NAME.match(self.text, candidate.end, end)
        if titled is None:
            return None
        named = [
            c
            for c in self._candidates(titled.end(), end, names=True)
            if c.start == titled.end() and _a_persons_name(c)
        ]
        return dataclasses.replace(named[0], label="PERSON") if named else None

    def _opening_of(self, q_end: int) -> int:
        """Where the quotation ending at ``q_end`` opens (``q_end`` if none is known)."""
        spans = [s for s, e in self.quote_spans if e <= q_end + 2]
        return spans[-1] if spans else q_end

    def _cue_before_quote(self, q_end: int) -> bool:
        """Someone as the subject of a speech cue (or of "called", "described") in the
        quotation's sentence before its opening mark: "Trump told donors the wall would
        be “…”", "A police officer told the man, “…”" (not "55 percent of voters said
        ...": a poll's finding)."""
        q_start = self._opening_of(q_end)
        s_start = self._sentence_start(q_start)
        cues = [
            m
            for pattern in (CUE, CHARACTERIZED)
            for m in pattern.finditer(self.text, s_start, q_start)
            if not self._in_a_name(m.start())
        ]
        if not cues:
            return False
        cue_start = max(m.start() for m in cues)
        subject = self._subject_at_verb(s_start, cue_start) or self._person_described_at_cue(
            s_start, cue_start
        )
        if subject is None or QUANTITY_OF_PEOPLE.search(subject.mention):
            return False  # ("Some 55 percent of voters said ...": the poll's finding)
        return subject.is_person or subject.kind == "pronoun"

    def _person_after_cue(self, cue_end: int, s_end: int) -> _Candidate | None:
        """The subject after the cue; when it is a role through a possessive and a name
        follows it in apposition, the name (", said Clinton's campaign manager, Robby Mook")."""
        subject = self._subject_after_cue(cue_end, s_end)
        if subject is not None and subject.kind in {"role", "description"}:
            return self._name_after_description(cue_end, s_end) or subject
        if subject is not None and subject.kind == "name" and _only_title_words(subject.mention):
            return self._person_apposed_after(subject, s_end) or subject
        return subject

    def _person_apposed_after(self, title: _Candidate, s_end: int) -> _Candidate | None:
        """ ", said Airbus President and Chief Executive Officer, Tom Enders.": the person
        named right after a title set off by a comma ("Executive Officer" had spoken)."""
        comma = COMMA_AFTER.match(self.text, title.end, s_end)
        if comma is None:
            return None
        people = [
            c
            for c in self._candidates(comma.end(), s_end, names=True)
            if c.kind in {"entity", "name"} and c.label == "PERSON"
        ]
        return people[0] if people and people[0].start == comma.end() else None

    def _name_after_description(self, cue_end: int, s_end: int) -> _Candidate | None:
        """ ", said his best friend at college, Tom Reyes": after the cue a description
        through a possessive, then the person's name in apposition."""
        described = POSSESSIVE_AFTER_CUE.match(self.text, cue_end, s_end)
        if described is None:
            # ", said the general secretary of the British union Unite, Tony Woodley.":
            # a description, then the name that ends the sentence in apposition
            named = DESCRIBED_THEN_NAMED.match(self.text, cue_end, s_end)
            if named is None or OF_SOMEONE_ELSE.search(named.group("desc")):
                return None
            return self._name_filling(*_name_span(named))
        run = AFTER_CUE_RUN.match(self.text, described.end(), s_end)
        run_end = run.end() if run else described.end()
        people = [
            c
            for c in self._candidates(described.end(), run_end, names=True)
            if c.kind == "name" or c.label == "PERSON"
        ]
        return people[0] if people and people[0].start == described.end() else None

    def _written_thing(self, start: int, cue_start: int) -> _Candidate | None:
        """ "“I am still here,” it read": "it" right before the cue is the letter, sign or
        email named last before it (its words are what the quotation gives); where none is
        named, nobody."""
        it = IT_BEFORE_CUE.search(self.text, start, cue_start)
        if it is None:
            return None
        region = self.text[max(0, it.start("who") - WRITTEN_LOOKBACK) : it.start("who")]
        things = [
            m
            for m in WRITTEN_THINGS.finditer(region)
            if not self._inside_quotation(it.start("who") - len(region) + m.start())
        ]
        if not things:
            return None
        who_start, who_end = it.span("who")
        thing = things[-1].group(0).lower()
        return _Candidate(who_start, who_end, self.text[who_start:who_end], "thing", f"the {thing}")

    def _inside_quotation(self, offset: int) -> bool:
        return self.quotations.covers(offset)

    def _name_closing_cue_words(self, cue_end: int, s_end: int) -> _Candidate | None:
        """ ", said Steve Elmendorf, deputy ...": a person's name that ends the words after
        the cue (a title may stand before it), not the subject of a clause ("said Trump
        would win")."""
        run = AFTER_CUE_RUN.match(self.text, cue_end, min(s_end, cue_end + CUE_WINDOW))
        run_end = self._words_end(run.end()) if run else cue_end
        found = self._subject_after_cue(cue_end, s_end)
        if found and found.end >= run_end and (found.kind == "name" or found.is_person):
            return found
        return None

    def _cue_outside_names(self, start: int, end: int) -> re.Match[str] | None:
        """The first speech cue in [start, end) that is no word of a name: the "States"
        of "the United States" states nothing."""
        return next(
            (m for m in CUE.finditer(self.text, start, end) if not self._in_a_name(m.start())),
            None,
        )

    def _subject_after_cue(self, cue_end: int, s_end: int) -> _Candidate | None:
        """ ", said Salazar", ", said Monmouth University political scientist Patrick
        Murray": the first name after the cue, or the person that the words up to the next
        comma name (their title and employer before them)."""
        run = AFTER_CUE_RUN.match(self.text, cue_end, min(s_end, cue_end + CUE_WINDOW))
        run_end = run.end() if run else cue_end
        found = [
            c
            for c in self._candidates(cue_end, run_end, names=True)
            if not self._after_preposition(c)  # "wrote on Reddit"
            and not self._group_adjective(c)  # "said a Mexican official"
            and not self._possessive(c)  # "says a source involved in the super-PAC's creation"
            and not self._subject_of_what_is_said(c)  # "and said the United States is “…”"
        ]
        found += self._name_closing_run(cue_end, run_end, found)
        if not found:
            return None
        # A tagged person before a name-shaped word ("mused Blaze co-host Stu Burguiere":
        # the show's name is his title's, not the speaker)
        tagged = [c for c in found if c.label == "PERSON"]
        people = tagged or [c for c in found if c.kind == "name"]
        if people and (titled := self._titled_person_after(people[0], run_end)) is not None:
            # "said Latino Decisions researcher Sylvia Manzano": an employer the tagger
            # calls a person, its title, then the person
            return titled
        words_end = self._words_end(run_end)
        closing = [
            c
            for c in found
            if c.kind in {"name", "entity"} and is_full_name(c.mention) and c.end >= words_end
        ]
        if people and closing and " " not in people[0].mention.strip():
            # "said Oversight ranking Democrat Elijah Cummings": a lone capitalised word
            # of the title (a committee, a party), then the full name that ends the words
            people = closing[-1:]
        last = found[-1]
        described_end = (
            self._described_by_name(last, cue_end, words_end)
            # (the one name there: not "said Carly Fiorina during the second GOP debate")
            if len(found) == 1 and last.kind in {"entity", "name"}
            else None
        )
        if described_end is not None:
            # "said the printed Cruz slate card", "said a Trump adviser": the name is the
            # thing's or the person's description, not who speaks (a reader found a
            # handout's words given to Cruz); "said the Trump campaign last night" ends
            # the description at its time
            return self._description_after_cue(cue_end, described_end)
        if people and len(self.text[cue_end : people[0].start].split()) <= MAX_TITLE_WORDS:
            return people[0]
        if people and self._closes_a_long_title(cue_end, people[-1], run_end):
            return people[-1]
        if len(self.text[cue_end : found[0].start].split()) <= 1:
            return found[0]
        return None

    def _described_by_name(self, name: _Candidate, cue_end: int, words_end: int) -> int | None:
        """Where a description the name is part of ends: a determiner opens the words
        after the cue and lower-case nouns alone follow the name ("the printed Cruz slate
        card", "one Trump confidant"), up to a time word that may close the words ("the
        Trump campaign last night"); None where the name speaks itself ("Trump last night":
        no determiner; "Cruz himself": no noun)."""
        before = self.text[cue_end : name.start].split()
        if not before or before[0].lower() not in DETERMINERS:
            return None
        end = name.end
        qualified = False  # (the last word read qualifies a noun still to come)
        for word in WORD_SPAN.finditer(self.text, name.end, words_end):
            text = word.group(0)
            if text.lower() in TIME_OPENERS and end > name.end and not qualified:
                return end  # (the time the words go on with is no part of who)
            if not (text.isalpha() and text.islower()) or text in NOT_AFTER_A_NAME:
                return None
            # "the Spurs sporting director", "the party general secretary": a qualifier
            # may stand before the noun that ends the description
            qualified = not _a_noun(text)
            if qualified and not QUALIFIER_WORD.search(text):
                return None
            end = word.end()
        return end if end > name.end and not qualified else None

    def _description_after_cue(self, cue_end: int, words_end: int) -> _Candidate | None:
        """The words after the cue as what speaks ("the printed Cruz slate card")."""
        words = self.text[cue_end:words_end]
        start = words_end - len(words.lstrip())
        if start >= words_end:
            return None
        return _Candidate(start, words_end, self.text[start:words_end], "description")

    def _name_closing_run(
        self, cue_end: int, run_end: int, found: list[_Candidate]
    ) -> list[_Candidate]:
        """A full name that ends the words after the cue, which neither the tagger nor the
        name shape found as a name: "said Oversight ranking Democrat Elijah Cummings (D-Md.)"
        (the tagger read "Democrat", and the name shape then gave way to it)."""
        closing = FULL_NAME_AT_END.search(self.text, cue_end, self._words_end(run_end))
        cue_word = self.text[max(0, cue_end - 12) : cue_end].split()[-1:]
        if cue_word and cue_word[0].lower() in {"told", "tells", "wrote", "writes", "asked"}:
            return []  # ("told CBS News", "wrote in German Energy Transition": whom, where)
        if closing and PREPOSITION_WORD.search(self.text, cue_end, closing.start()):
            return []  # ("said on Capital Download": a show, not the speaker)
        if closing is None or any(
            c.start < closing.end() and closing.start() < c.end
            for c in found
            if c.label == "PERSON" or c.kind == "name"
        ):
            return []
        if DETERMINER_BEFORE.search(self.text, max(0, closing.start() - 8), closing.start()):
            return []  # ("said the Republican Party Chairman": a title, no name)
        words = closing.group(0).split()
        # the name from its first name when one is known ("Workers Secretary-Treasurer Gary
        # Casteel": Gary Casteel), else its last two words
        firsts = [i for i, w in enumerate(words) if w.lower() in FIRST_NAMES]
        words = words[firsts[0] :] if firsts else words[-2:]
        while words and (words[0] in PARTY_WORDS or words[0] in NOT_NAME_WORDS):
            words = words[1:]
        name = " ".join(words)
        if len(words) < 2 or not is_full_name(name) or words[-1] in PARTY_WORDS:
            return []  # ("added another New Hampshire Republican": one of a party)
        start = closing.end() - len(name)
        return [_Candidate(start, closing.end(), name, "name")]

    def _closes_a_long_title(self, cue_end: int, person: _Candidate, run_end: int) -> bool:
        """ ", said the vice president and chairman of Chrysler LLC Jim Press.": a tagged
        person whose name ends the words after the cue, after a title longer than
        ``MAX_TITLE_WORDS`` with no clause in it (not "said the company would hire Jim
        Press")."""
        if person.label != "PERSON":
            return False
        if person.end < self._words_end(run_end):
            return False
        return TITLE_WORDS_ONLY.fullmatch(self.text, cue_end, person.start) is not None

    def _group_adjective(self, candidate: _Candidate) -> bool:
        """ "a Mexican official": a group's adjective before a role is not who speaks
        ("Democrats accused" is a plural noun)."""
        if candidate.label != "NORP" or candidate.mention.endswith("s"):
            return False
        if NOUN_AFTER.match(self.text, candidate.end) is not None:
            return True
        # "tweeted a German user from Hanover" (January 2016 review): any noun after it,
        # but "one Republican involved in ...", "a Democrat who ..." are people
        after = re.match(r"\s+([a-z]+)\b", self.text[candidate.end : candidate.end + 30])
        return after is not None and _a_noun(after.group(1))

    def _group_member_after_cue(self, cue_end: int, s_end: int) -> _Candidate | None:
        """ ", said a Mexican official who ...": one member of a group the text does not
        name, described by the group's adjective and a role."""
        match = GROUP_MEMBER_AFTER_CUE.match(self.text, cue_end, s_end)
        if match is None:
            return None
        return _Candidate(*match.span("who"), match.group("who"), "description")

    def _described_around(self, named: _Candidate, start: int, end: int) -> _Candidate | None:
        """The description whose preposition ``named`` follows, when the words from
        ``start`` to a cue at ``end`` are that description ("a spokesman for Hillary
        Clinton", "an aide to the minister"): the one described speaks, not the one
        named after "for" or "to"."""
        described = self._description(start, end)
        if described is None or described.start >= named.start:
            return None
        if AUTHOR_BEFORE.search(self.text, described.start, named.start):
            return None  # "a letter from Gordon Brown", "a statement by BA": theirs
        # (a person's or people's noun before the preposition: not "posted the clip to
        # YouTube", whose clip says nothing)
        head = self.text[described.start : named.start].split()
        ahead = [w.lower() for w in head[:-1]]  # (the preposition last)
        return described if ahead and _a_speakers_noun(ahead[-1]) else None

    def _description(self, start: int, end: int) -> _Candidate | None:
        """“…,” the ad’s narrator says: the words between quote and cue name the speaker
        (not the adverb before the cue: “…,” the editorial board recently wrote)."""
        described = _described(DESCRIPTION.fullmatch(self.text, start, end))
        adverb = SUBJECT_ADVERBS.search(described.mention) if described else None
        if described is None or adverb is None or adverb.start() == 0:
            return described
        cut = described.start + adverb.start()
        return _Candidate(described.start, cut, self.text[described.start : cut], "description")

    def _in_a_name(self, offset: int) -> bool:
        """The word at ``offset`` is part of an entity's name: the "States" of "the United
        States" states nothing (a February 2016 quotation went to "United")."""
        return any(e.start <= offset < e.end for e in self.entities)

    def _before(
        self, s_start: int, q_start: int, spans: list[tuple[int, int]]
    ) -> _Candidate | None:
        """ "Salazar said that “..." or "..., saying that “..." before the opening mark."""
        region_start = max([s_start, *[e for s, e in spans if e <= q_start]])
        region = self.text[region_start:q_start]
        cues = [
            m
            for m in CUE.finditer(region)
            if not _asked_of_them(region, m)
            and not self._in_a_name(region_start + m.start())
            and not _passive(region, m)
        ]
        cues += list(ACCORDING_TO.finditer(region))
        participles = list(PARTICIPLE.finditer(region))
        as_source = AS_SOURCE.search(self.text, region_start, q_start)
        if (
            as_source
            and GENERIC_SAYERS.fullmatch(as_source.group("who"))
            and SAYING_NOW.search(as_source.group(0))
        ):
            return None  # "As they say about the doctor, “…”": a saying, nobody's words
        if as_source:
            # "As the Rainmakers sang, “…”", "As X, author of ..., put it, “…”"
            who_start, who_end = as_source.span("who")
            # "As the LinkedIn chief executive, Jeff Weiner, put it": the name, not the role
            found = self._candidates(who_start, who_end, names=True)
            named = [c for c in found if c.kind in {"entity", "name"} and c.is_person]
            if named or found:
                return (named or found)[0]
            return _Candidate(who_start, who_end, as_source.group("who"), "description")
        if cues and participles and participles[-1].start() > max(m.start() for m in cues):
            # "The spot concludes with footage of Trump saying during the debate, “…”":
            # the one the participle nearer the quotation is about, not the cue's subject
            sayer = self._right_before(region_start, region_start + participles[-1].start())
            if sayer is not None:
                return sayer
        if cues:
            last = max(cues, key=lambda m: m.start())
            if ACCORDING_TO.fullmatch(last.group(0)):
                # "According to the newspaper, “…”": a name there, else its words.
                after = region_start + last.end()
                return self._first_after(after, q_start) or _described(
                    ACCORDING_SOURCE.match(self.text, after, q_start)
                )
            cue_start = region_start + last.start()
            antecedent = self._relative_subject(region_start, cue_start)
            if antecedent is not None:
                return antecedent  # "…, from Mike Lee, who declared: “…”"
            writer = self._writer_of_a_note(region_start, cue_start)
            if writer is not None:
                return writer  # "a handwritten note from her son that read, “…”"
            thing = _described(WHICH_BEFORE_CUE.search(self.text, region_start, cue_start))
            if thing is not None and SAID.fullmatch(last.group(0)):
                # "voted for the resolution which said the city “…”" (not "Henry added the
                # caption which reads, “…”": the words he wrote)
                return thing
            if coordinated := COORDINATED_BEFORE_CUE.search(self.text, region_start, cue_start):
                # "She was defending it against attacks from Donald Trump, but admitted
                # “…”": the verb shares the clause's subject, not the nearest name (the
                # clause's, after any earlier ", and": "..., and Clinton won and declared")
                shared = self._clause_subject(
                    self._clause_start(region_start, coordinated.start()), cue_start
                )
                if shared is not None:
                    return shared
            subject = self._subject_at_verb(region_start, cue_start)
            if subject is None and IT_BEFORE_CUE.search(self.text, region_start, cue_start):
                return self._written_thing(region_start, cue_start)  # "It added, “…”"
            described = self._person_described_at_cue(region_start, cue_start)
            if described and (
                subject is None
                or subject.end <= described.start
                or _cut_short_of(subject, described)
            ):
                return described  # "when Reyes spoke, a man yelled “…”"
            # (the person the words after the cue lead to: "said Chicago Alderman Jason
            # C. Ervin, who thinks his staff “…”" is Ervin's, not Chicago's)
            named_after = self._subject_after_cue(
                region_start + last.end(), q_start
            ) or self._first_after(region_start + last.end(), q_start, names=True)
            if named_after is not None and (
                self._subject_of_what_is_said(named_after) or self._possessive(named_after)
            ):
                # "he said Columbia remains “…”", "said Trump's remarks “have had …”":
                # what was spoken of
                named_after = None
            return (
                subject
                or named_after
                or _without_relative(self._description_before(region_start, cue_start))
            )
        if participles:
            # "X responded ..., saying that": the speaker is the clause's subject, not a
            # place or object after a preposition ("Here in Columbia, Sanders ...").
            participle_start = region_start + participles[-1].start()
            sayer = self._right_before(region_start, participle_start)
            if sayer is not None:
                return sayer  # "reminds me of Abraham Lincoln saying that “…”": Lincoln
            subject = self._clause_subject(s_start, participle_start)
            found = self._candidates(s_start, participle_start, True)
            subjects = [
                c for c in found if not self._after_preposition(c) and not self._possessive(c)
            ]
            return subject or (subjects[0] if subjects else None)
        return None

    def _right_before(self, start: int, at: int) -> _Candidate | None:
        """A person named right before ``at`` with no comma between (an adverb at most),
        after "of", "like" or "as" ("reminds me of Abraham Lincoln saying", "a video of
        Trump saying") or "with" (the absolute "with Tom Hale replying: “…”"): the one the
        participle is about (not in "Trump attacked Paul Ryan saying": Trump says it)."""
        found = [c for c in self._candidates(start, at, names=True) if c.kind != "pronoun"]
        last = found[-1] if found else None
        if (
            last is None
            or not last.is_person
            or not ADVERB_AT_MOST.fullmatch(self.text[last.end : at])
        ):
            return None
        before = self.text[max(0, last.start - 40) : last.start]
        if OF_BEFORE.search(before) is not None:
            return last
        # the absolute "with X ...ing" only where the participle runs into the quotation
        # (not "with Tom Hale saying nothing of the plan: “…”", a review's case)
        if WITH_SOMEONE_BEFORE.search(before) and ABSOLUTE_CUE_AFTER.match(self.text, last.end):
            return last
        return None

    def _clause_start(self, start: int, end: int) -> int:
        """Where the last clause before ``end`` begins: after ", and", ", but" or ";"."""
        breaks = list(CLAUSE_JOIN.finditer(self.text, start, end))
        return breaks[-1].end() if breaks else start

    def _own_cue_after_possessive(
        self, q_start: int, q_end: int, after: _Candidate | None
    ) -> _Candidate | None:
        """ "Trump's “assertion that ... is speculative ...,” the order released Friday
        said": a quotation opening right after a possessive whose own cue closes its
        clause is that cue's subject's (the judge's order), not the possessor's (a reader's
        check of May 2016 campaign news had given Trump the words that rejected him)."""
        opening = self.text[max(0, q_start - 6) : q_start]
        if after is None or not POSSESSIVE_RIGHT_BEFORE.search(opening):
            return None
        # (only a quotation that opens on the possessive's noun: "Clinton mocked Trump's
        # “make America great again,” she said" quotes Trump, a review's case)
        first = self.text[q_start : q_start + 40].split(maxsplit=1)[:1]
        if not first or first[0] not in POSSESSED_NOUNS:
            return None
        closing = self.text[q_end : q_end + 3]
        return after if "," in closing else None

    def _possessor_of_quotation(self, q_start: int) -> _Candidate | None:
        """ "defended Trump's “Look at my African-American over here!” line", "Trump's
        call for “…”", "The Florida senator’s answer was that “…”": the quotation is the
        words of the person whose possessive stands right before it (or before a word of
        saying)."""
        mark = POSSESSIVE_BEFORE_QUOTE.search(self.text, max(0, q_start - 40), q_start)
        if mark is None:
            return None
        found = [
            c
            for c in self._candidates(max(0, mark.start() - 60), mark.start(), names=True)
            if c.kind in {"entity", "name", "role"} and c.is_person and c.end == mark.start()
        ]
        return found[-1] if found else None

    def _writer_of_a_note(self, start: int, cue_start: int) -> _Candidate | None:
        """ "a handwritten note from her son that read, “…”": the words are the writer's,
        whom "from" names, not the bank whose documents came with the note (a rumour read:
        "Your house is paid off" was credited to Bank of America)."""
        note = NOTE_FROM_BEFORE_CUE.search(self.text, start, cue_start)
        if note is None:
            return None
        if note.group("who")[:1].isupper():
            return self._person_right_before(start, note.end("who") + 1)
        return _described(note)

    def _relative_subject(self, start: int, cue_start: int) -> _Candidate | None:
        """ "an endorsement from Mike Lee, who declared ...": the cue's subject is "who",
        and "who" is the person named right before it (after a preposition or not)."""
        relative = RELATIVE_BEFORE_CUE.search(self.text, start, cue_start)
        if relative is None:
            return None
        person = self._person_right_before(start, relative.start())
        return None if person is None or person.kind == "pronoun" else person

    def _person_right_before(self, start: int, at: int) -> _Candidate | None:
        """The last candidate between ``start`` and ``at``, when it is a person's and ends
        right before ``at`` (a relative pronoun or an aside stands there)."""
        found = self._candidates(start, at, names=True)
        person = found[-1] if found else None
        if person is None or not person.is_person or at - person.end > 1:
            return None
        return person

    def _person_described_at_cue(self, start: int, cue_start: int) -> _Candidate | None:
        """ "a man yelled", "the heckler shouted": a few words with an article, ending
        right at the cue, no name among them, are its subject (not a name further back)."""
        described = self._description_before(start, cue_start)
        if described is None or len(described.mention.split()) > SUBJECT_WORDS:
            return None
        if described.mention.split()[-1].lower() in CLAUSE_JOINERS:
            return None  # "a marketing video that said", "the United States and added"
        inside = self._candidates(described.start, described.end, names=True)
        if any(c.kind in {"entity", "name"} and c.is_person for c in inside):
            return None  # "the Texas senator Ted Cruz said": the name
        return described

    def _description_before(self, start: int, cue_start: int) -> _Candidate | None:
        """ "As a phone rang, the announcer said, “…”": a described subject right before
        the cue, when no name or known role stands there."""
        return _described(DESCRIPTION_BEFORE_CUE.search(self.text, start, cue_start))

    def _entities_from(self, start: int, end: int) -> list[Entity]:
        """The entities that begin in [start, end), in text order: a bisection, where a
        scan of every entity for each place asked about made long texts quadratic."""
        low = bisect.bisect_left(self.entity_starts, start)
        high = bisect.bisect_left(self.entity_starts, end)
        return self.entities_by_start[low:high]

    def _role_to_its_head(self, role: re.Match[str], end: int) -> _Candidate:
        """A role the regex found, through the noun it qualifies (``ROLE_HEAD_AFTER``)."""
        head = ROLE_HEAD_AFTER.match(self.text, role.end(), end)
        stop = head.end() if head is not None else role.end()
        return _Candidate(role.start(), stop, self.text[role.start() : stop], "role")

    def _candidates(self, start: int, end: int, names: bool = False) -> list[_Candidate]:
        found = [self._role_to_its_head(m, end) for m in ROLE.finditer(self.text, start, end)]
        # An entity inside a role ("the U.S. ambassador") only modifies it.
        found += [
            _without_opening_cue(_entity_candidate(e))
            for e in self._entities_from(start, end)
            if e.end <= end and not _inside(e.start, found)
        ]
        found += [
            _Candidate(m.start(), m.end(), m.group(0), "pronoun")
            for m in PRONOUN.finditer(self.text, start, end)
            if not _inside(m.start(), found)
        ]
        # Words no speaker is ("Tuesday", "U. S. District", "Mexican", a village) hold
        # no candidate, but still keep a name-shaped match off their words.
        described = [self._one_of_them(c) for c in found]
        found = [d or c for c, d in zip(found, described, strict=True)]
        # (a name inside such a description only says whose it is: "Skills" of "A
        # Department for Education and Skills source")
        wider = [d for d in described if d is not None]
        found = [
            c
            for c in found
            if not any(w is not c and w.start < c.start and c.end <= w.end for w in wider)
        ]
        members = [c if self._can_speak(c) else self._group_member(c) for c in found]
        spoken = [c for c in members if c is not None]
        if names:
            spoken += [
                one
                for one in self._ones_of_several(start, end)
                if not any(c.start < one.end and one.start < c.end for c in spoken)
            ]
            spoken += [
                candidate
                for m in NAME.finditer(self.text, start, end)
                # a recognised entity inside the same words is the more precise mention
                if not any(c.start < m.end() and m.start() < c.end for c in found)
                and not any(e.start < m.end() and m.start() < e.end for e in self.not_names)
                and (candidate := _name_candidate(m)) is not None
                and can_speak(candidate.mention, at_cue=False, before=self._before_text(candidate))
            ]
        spoken = [
            self._group_of(c)
            for c in spoken
            if not any(
                s <= c.start < e for s, e in [*self.quote_spans, *self.titles, *self.datelines]
            )
        ]
        return sorted(spoken, key=lambda c: c.start)

    def _group_of(self, candidate: _Candidate) -> _Candidate:
        """ "Trump supporters ripped them away", "The Obama administration said": the name
        only says whose group it is; the group, with its determiner, is the candidate."""
        if candidate.kind not in {"entity", "name"}:
            return candidate
        opening = GROUP_DETERMINER.search(self.text, max(0, candidate.start - 12), candidate.start)
        group = GROUP_NOUN_AFTER.match(self.text, candidate.end)
        end = group.end() if group else candidate.end
        if group is None and opening is not None and opening.group(0).lower().startswith("the"):
            # "the Gawker employee wrote", "the GOP presidential nominee": the nouns after
            # "the" and the name are who (not "the Trump who ...", "the Trump we know")
            end = self._head_noun_after(candidate.end)
        if end == candidate.end or NAME_FOLLOWS.match(self.text, end):
            return candidate  # ("Trump campaign manager Corey Lewandowski": his name's)
        start = opening.start() if opening else candidate.start
        return _Candidate(start, end, self.text[start:end], "description")

    def _ones_of_several(self, start: int, end: int) -> list[_Candidate]:
        """ "One intelligence source", "Another commenter", "One in three": one of several,
        described by the words after "One" or "Another" (a name-shaped "One" is nobody;
        January 2016 review)."""
        found = []
        for opening in ONE_OF_SEVERAL.finditer(self.text, start, end):
            stop = self._nouns_after(opening.end(), end, COMMON_VERBS)
            if stop > opening.end() or opening.group(0).endswith(NUMBER_WORDS):
                found.append(
                    _Candidate(
                        opening.start(), stop, self.text[opening.start() : stop], "description"
                    )
                )
        return found

    def _one_of_them(self, candidate: _Candidate) -> _Candidate | None:
        """ "a senior Obama administration official", "a top GOP strategist": a name after
        an indefinite determiner and before a role only says whose the role is; the one
        described speaks (February 2016 review: "— Obama", "— GOP")."""
        if candidate.kind != "entity":
            return None
        span = self._role_around(candidate.start, candidate.end)
        if span is None:
            return None
        start, end = span
        return _Candidate(start, end, self.text[start:end], "description")

    def _role_around(self, start: int, end: int) -> tuple[int, int] | None:
        """The description a name at [start, end) only says whose the role is of: from
        the indefinite determiner before it to the role after it."""
        before = ONE_OF_BEFORE.search(self.text, max(0, start - 24), start)
        after = MEMBER_AFTER.match(self.text, end)
        return (before.start(), after.end()) if before and after else None

    def _nouns_after(self, at: int, end: int, verbs: frozenset[str] = frozenset()) -> int:
        """Where the run of up to two nouns right after ``at`` ends ("user", "intelligence
        source"), or three when the third names people ("country music band"); ``at`` when
        there is none. ``verbs`` are words that end the run."""
        for n in range(3):
            word = LOWER_WORD.match(self.text, at, end)
            if word is None or not _a_noun(word.group(1)) or word.group(1) in verbs:
                break
            if n == 2 and word.group(1) not in PEOPLE_NOUNS:
                break  # "the Republican presidential candidate plans": a verb
            at = word.end()
        return at

    def _head_noun_after(self, at: int) -> int:
        """Where the noun a name modifies ends: one noun ("the Gawker employee"), or an
        adjective and its noun ("the GOP presidential nominee"); not a verb ("the Clinton
        team will", "the poll finds"); ``at`` when there is none."""
        words: list[re.Match[str]] = []
        while len(words) < HEAD_WORDS:
            word = LOWER_WORD.match(self.text, words[-1].end() if words else at)
            if word is None or not _a_head(word.group(1)):
                break
            words.append(word)
        if not words:
            return at
        # the last word naming a person by role or agency ends it ("the Obama era
        # official", "the Washington Post fact checker", "the e-mail server expert")
        heads = [
            w for w in words[1:] if w.group(1) in PERSON_HEADS or AGENT_NOUN.search(w.group(1))
        ]
        if heads:
            return heads[-1].end()
        if not ADJECTIVE_ENDING.search(words[0].group(1)):
            return words[0].end()
        return words[1].end() if len(words) > 1 else at

    def _group_member(self, candidate: _Candidate) -> _Candidate | None:
        """ "a German user", "The Republican candidates": the person a group's adjective
        describes after a determiner, read as a description (January 2016 review: the
        adjective alone, "German", was shown as the speaker)."""
        if not self._group_adjective(candidate):
            return None
        determiner = DETERMINER_BEFORE.search(
            self.text, max(0, candidate.start - 10), candidate.start
        )
        if determiner is None:
            return None
        end = self._nouns_after(candidate.end, len(self.text))  # "presidential front-runner"
        if end == candidate.end or not _names_people(self.text[candidate.end : end]):
            return None  # ("the Republican presidential primaries" said nothing)
        start = determiner.start()
        return _Candidate(start, end, self.text[start:end], "description")

    def _before_text(self, candidate: _Candidate) -> str:
        """The words right before a mention ("one", "Mr.")."""
        return self.text[max(0, candidate.start - 40) : candidate.start]

    def _can_speak(self, candidate: _Candidate) -> bool:
        if candidate.kind != "entity":
            return True
        if (
            candidate.label == "PERSON"
            and is_time_word(candidate.mention)
            and person_for(candidate.mention, self.full_names, strict=True)
        ):
            return True  # "“…,” May said" in a text naming Theresa May: not the month
        if self._group_adjective(candidate) and DETERMINER_BEFORE.search(
            self.text, max(0, candidate.start - 10), candidate.start
        ):
            return False  # "A Russian diplomat said": the adjective of the one who speaks
        before = self._before_text(candidate)
        before_cue = bool(CUE_AFTER_SUBJECT.match(self.text[candidate.end : candidate.end + 40]))
        # ", stated Roman Smbatyan, a historian": nor alone after its cue, closing its words
        before_cue = before_cue or self._closes_cue_words(candidate)
        return can_speak(
            candidate.mention,
            candidate.label,
            at_cue=self._at_cue(candidate),
            before=before,
            before_cue=before_cue,
        )

    def _closes_cue_words(self, candidate: _Candidate) -> bool:
        """The mention stands right after a cue and a comma or the sentence's end follows
        it: ", said Ann Lee." (a noun, where an adjective would go on: "said Mexican
        officials")."""
        before = self.text[max(0, candidate.start - 30) : candidate.start]
        return bool(CUE_BEFORE_SUBJECT.search(before)) and bool(
            CLOSES_WORDS.match(self.text, candidate.end)
        )

    def _at_cue(self, candidate: _Candidate) -> bool:
        """The mention is the subject right at a speech cue: "Russia said", "said Russia"."""
        after = self.text[candidate.end : candidate.end + 40]
        before = self.text[max(0, candidate.start - 30) : candidate.start]
        return bool(CUE_AFTER_SUBJECT.match(after) or CUE_BEFORE_SUBJECT.search(before))

    def _nearest_before(self, start: int, end: int, names: bool = False) -> _Candidate | None:
        found = self._candidates(start, end, names)
        # "X, chief executive of Y, said": a noun after a preposition is not the subject,
        # nor a possessive ("Smith, delivering Cross’ speech, asked").
        subjects = [c for c in found if not (self._after_preposition(c) or self._possessive(c))]
        opening = self._subject_before_apposition(subjects, start, end)
        if opening is not None:
            return opening
        return (subjects or found)[-1] if found else None

    def _subject_before_apposition(
        self, subjects: list[_Candidate], start: int, end: int
    ) -> _Candidate | None:
        """ "Larry David, playing the 74-year-old Sanders on NBC's Saturday Night Live,
        explained:": the person the words open on, set off by a comma, is the subject; a
        name inside the apposition that closes before the cue is not."""
        if len(subjects) < 2 or subjects[0].kind not in {"entity", "name"}:
            return None
        first = self._with_given_name(subjects[0], start) or subjects[0]
        # (an age or a few lower-case words may stand before the name: "81-year-old X")
        before = TIME_OPENER.sub("", self.text[start : first.start].strip(" \n“\"‘'"))
        # (an opening phrase set off by a dash or comma names no one: "In an email dated
        # Feb. 12, 2012 — seven months before the attack — Eric Nordstrom, State
        # Department regional security director, informed ..." had the department speak)
        before = SET_OFF_OPENING.sub("", before)
        opens = LOWER_WORDS_ONLY.fullmatch(before) or TITLE_BEFORE_SUBJECT.fullmatch(before)
        # ("Chris Christie (R), a staunch Donald Trump ally, ... saying": the party and
        # state in brackets belong to the name)
        tag = PARTY_TAG.match(self.text, first.end)
        name_end = tag.end() if tag else first.end
        person = first.is_person or self._described_as_a_person(first)
        if not (opens and person and self.text[name_end : name_end + 1] == ","):
            return None
        # (", a staunch Donald Trump ally, effectively acknowledged": an adverb may stand
        # between the apposition's closing comma and the verb; not where a second subject
        # with its own apposition has the verb: "X, the House leader, called it cruel, and
        # Y, her Senate counterpart, on Thursday said ...")
        if SECOND_SUBJECT.search(self.text, name_end, end):
            return None
        if TRAILING_ADVERBS_AND_TIME.sub("", self.text[name_end:end]).endswith(","):
            return first
        # "Scott Carson, president and CEO of Boeing Commercial Airplanes said": the
        # apposition's closing comma left out; it holds only a role (and its employer)
        apposition = self.text[name_end:end]
        people = [c for c in subjects[1:] if c.label == "PERSON" or c.kind == "pronoun"]
        if people or "," in apposition[1:] or not UNCLOSED_ROLE.match(apposition):
            return None
        return first if first.label == "PERSON" else None

    def _with_given_name(self, candidate: _Candidate, start: int) -> _Candidate | None:
        """ "Reince Priebus, the GOP chairman, this past week announced": the tagger may
        leave a given name out of the surname it tags (an ORG "Priebus"); a first name
        people go by right before a one-word name with a person's role in apposition
        after it is the person's given name, and the two the person's name."""
        if candidate.kind != "entity" or " " in candidate.mention:
            return None
        given = GIVEN_NAME_BEFORE.search(self.text, start, candidate.start)
        if given is None or not ROLE_APPOSITION.match(self.text, candidate.end):
            return None
        word = given.group("given")
        if word.lower() not in FIRST_NAMES:
            return None  # ("Republican Priebus", "Sunday Priebus": no given names)
        name = f"{word} {candidate.mention}"
        return _Candidate(given.start("given"), candidate.end, name, "name", label="PERSON")

    def _name_filling(self, start: int, end: int) -> _Candidate | None:
        """The person's name that is all an apposition holds (", Jeff Weiner,"), with a
        title before it perhaps (", Senator Bob Corker,")."""
        words = self.text[start:end].strip(" ,\n")
        found = [
            c
            for c in self._candidates(start, end, names=True)
            if c.kind in {"entity", "name"}
            and c.is_person
            and (c.mention == words or _titled_name(words, c.mention))
        ]
        return found[0] if found else None

    def _after_preposition(self, candidate: _Candidate) -> bool:
        """ "of Y", "in Columbia": a noun after a preposition is not a subject; but "with
        Trump reportedly yelling: “…”" makes Trump the subject of the yelling."""
        before = self.text[max(0, candidate.start - PREPOSITION_REACH) : candidate.start]
        found = PREPOSITION_BEFORE.search(before)
        if found is None:
            return False
        return not (
            WITH_BEFORE.search(before) and ABSOLUTE_CUE_AFTER.match(self.text, candidate.end)
        )

    def _possessive(self, candidate: _Candidate) -> bool:
        """ "Cross’ speech", "Trump's plan" (the tagger may keep the mark in the name)."""
        if candidate.kind == "pronoun":
            return False
        return candidate.mention.endswith(("’", "'", "’s", "'s")) or bool(
            POSSESSIVE_AFTER.match(self.text, candidate.end)
        )

    def _subject_of_what_is_said(self, candidate: _Candidate) -> bool:
        """A name after the cue with its own verb right after it is the subject of the
        reported clause, not the speaker ("and said the United States is “striking a
        blow ...”", "he said Columbia remains “one of the ...”": TimeBank, 1989-1990)."""
        return FINITE_VERB_AFTER.match(self.text, candidate.end) is not None

    def _first_after(self, start: int, end: int, names: bool = False) -> _Candidate | None:
        found = self._candidates(start, end, names)
        if len(found) > 1 and _qualifies_the_name_after(self.text, found[0], found[1]):
            return found[1]
        return found[0] if found else None

    # --- resolving it to a name ----------------------------------------------------------------
    def _two_people(self, mention: str) -> bool:
        """The mention is a surname two people of the text share: two full names, or one
        and a sovereign named by title alone ("Hussein said" where King Hussein of Jordan
        and Saddam Hussein are both named: TimeBank, August 1990)."""
        if mention in self.titled_surnames and (full := person_for(mention, self.full_names)):
            return not full.startswith(SOVEREIGN_TITLES)
        return person_for(mention, self.full_names) is not None and (
            person_for(mention, self.full_names, strict=True) is None
        )

    def _one_named_just_before(self, candidate: _Candidate) -> str | None:
        """The one person of a shared surname named in full right before the mention
        ("Last Monday, Jeb Bush told an Iowa audience ... “…,” Bush said." in a text naming
        George W. Bush too: a briefing had shown "— Bush"): the last person the text names
        before it (outside quotations, whom the words name) is that one, by a first name
        people go by, and the few sentences before name no other of the surname. Else
        None: the surname as written is better than words credited to the wrong one."""
        before = [
            entity
            for entity in self._entities_from(candidate.start - SURNAME_REACH, candidate.start)
            if entity.label == "PERSON"
            and entity.end <= candidate.start
            and not self._inside_quotation(entity.start)
        ]
        # (by the name the text writes there: the tagger's canonical name of a lone
        # surname is a guess, often the family's other member)
        named = [_strip_opening_cue(entity.text) for entity in before]
        of_the_surname = {
            name
            for name in named
            if is_full_name(name) and person_for(candidate.mention, [name]) == name
        }
        last = named[-1] if named else ""
        if len(of_the_surname) != 1 or last not in of_the_surname:
            return None
        if last.split()[0].lower() not in FIRST_NAMES or not self._opens_its_clause(before[-1]):
            return None
        # (not where a relative comes between, "His brother, the former president, took
        # the stage", nor where the words name the one chosen: "“I am proud of Jeb,” Bush
        # said" is not Jeb's; a review's cases)
        start = before[-1].end
        between = self.text[start : candidate.start]
        # (the kin the narration names, not the speaker's own "my father" in the words)
        told = "".join(
            ch if not self._inside_quotation(start + i) else " " for i, ch in enumerate(between)
        )
        if KIN_WORD.search(told) or re.search(rf"\b{re.escape(last.split()[0])}\b", between):
            return None
        return last

    def _opens_its_clause(self, entity: Entity) -> bool:
        """The name is its sentence's subject, at most a title or a time set off by a
        comma before it ("Last Monday, Jeb Bush told"), not the object of what someone
        else does ("a passionate tribute to ... a teacher's aide, Anne Marie Murphy, who
        was gunned down", followed by Chris Murphy's “…,” Murphy said)."""
        start = self._sentence_start(entity.start)
        before = self.text[start : entity.start].strip(" \n“\"‘'")
        opens = not before or bool(
            TITLE_BEFORE_SUBJECT.fullmatch(before) or CLAUSE_OPENER.fullmatch(before)
        )
        after = self.text[entity.end : entity.end + 2]
        return (
            opens
            and not after.startswith((",", "'", "’"))
            and not self._possessive(_entity_candidate(entity))
        )

    def _newspaper(self, candidate: _Candidate) -> str | None:
        """ "as The Hill pointed out": the newspaper whose name holds its article, which the
        tagger left out of the name ("Hill" read as a person's surname)."""
        named = "The " + candidate.mention
        if self.text[max(0, candidate.start - 4) : candidate.start] == "The " and (
            named in NEWS_ORGANISATIONS
        ):
            return named
        return None

    def _person_apposed_to(self, start: int) -> _Candidate | None:
        """The person named right before ``start`` with a comma between ("Nevada's
        governor, Brian Sandoval, a Republican"), whose apposition begins there."""
        if self.text[max(0, start - 2) : start] != ", ":
            return None
        before = [
            c
            for c in self._candidates(max(0, start - APPOSED_REACH), start - 2, names=True)
            if c.label == "PERSON" and c.is_person and c.end == start - 2
        ]
        return before[-1] if before else None

    def _knights_full_name(self, candidate: _Candidate) -> str | None:
        """ "Sir John said" after "Sir John Bourn, head of the National Audit Office": a
        knight or a dame goes by the first name after the title (a BBC report's speaker
        read "John"); the one full name the text gives that opens on it."""
        if " " in candidate.mention.strip() or not KNIGHTED_BEFORE.search(
            self.text, max(0, candidate.start - len("Dame ")), candidate.start
        ):
            return None
        first = candidate.mention.strip()
        named = [n for n in self.full_names if n.split()[0] == first and n in self.knighted]
        return named[0] if len(named) == 1 else None

    @functools.cached_property
    def knighted(self) -> frozenset[str]:
        """The full names the text writes after "Sir" or "Dame" (read once a text)."""
        return frozenset(m.group(1) for m in KNIGHTED_NAME.finditer(self.text))

    def _resolve(self, candidate: _Candidate) -> str | None:
        if candidate.kind in {"description", "name"} and SUBJECT_PRONOUN.search(candidate.mention):
            return None  # "Then she shattered party": words around a "she", no one's name
        if candidate.kind in {"entity", "name"} and (user := self._user_of(candidate)):
            return user
        if candidate.kind in {"entity", "name"} and (paper := self._newspaper(candidate)):
            return paper
        if candidate.kind in {"entity", "name"} and (knight := self._knights_full_name(candidate)):
            return knight
        if candidate.kind == "entity":
            if self._two_people(candidate.mention):
                # "Clinton" of Bill and Hillary, unless only one was named just before
                return self._one_named_just_before(candidate) or _without_article(candidate.mention)
            if is_sovereign(candidate.mention):
                return _without_article(candidate.mention)
            if candidate.label == "NORP" and (described := self._party_member_described(candidate)):
                # "The Louisiana Republican pointed to what he called ...": a person named
                # again, not the party (fresh news, 2018: "Republican" had been the speaker)
                # (the latest named speaker, as for a role: "House Speaker Paul Ryan says
                # ...\n\nThe Wisconsin Republican says in a statement that ...")
                for person in (
                    self._person_just_named(described),
                    self._last_speaker_named_alone(described),
                ):
                    if person is not None and not self._of_another_party(person, described):
                        return person
                return described.mention
            if candidate.label == "NORP" and (
                member := ONE_MEMBER_BEFORE.search(
                    self.text, max(0, candidate.start - 10), candidate.start
                )
            ):
                # "said one Democrat familiar with the discussion": one member, not the
                # party (a January 2016 briefing's speaker read "Democrat"); "Brian
                # Sandoval, a Republican, said": the person the apposition is of
                apposed = self._person_apposed_to(member.start())
                if apposed is not None:
                    return self._resolve(apposed)
                return f"{member.group(1).lower()} {candidate.mention}"
            name = candidate.name or candidate.mention
            return person_for(name, self.full_names) or _without_article(name)
        if candidate.kind == "name":
            titled = SOVEREIGN_BEFORE.search(
                self.text, max(0, candidate.start - 10), candidate.start
            )
            if titled is not None:
                return titled.group(1) + " " + candidate.mention  # "King Hussein", whole
            if self._two_people(candidate.mention):
                return self._one_named_just_before(candidate) or candidate.mention
            return person_for(candidate.mention, self.full_names, strict=True) or candidate.mention
        if candidate.kind in {"description", "role"} and (
            body := self._body_named_before(candidate)
        ):
            return body  # "Black Lives Matter issued a statement ... “…,” the group said"
        if candidate.kind in {"description", "role"} and (issuer := self._issuer_of(candidate)):
            return issuer  # "Obama released a statement ... “…,” the statement said"
        if candidate.kind == "description":
            # "the ad’s narrator": who the text says it is, unless the sentence before
            # named the one person it describes ("... anchor Ilia Calderón reacted. The
            # Afro-Colombian journalist expressed ...")
            return (
                self._person_just_named(candidate)
                or self._described_holder(candidate)
                or self._man_who(candidate)
                or candidate.mention
            )
        if candidate.kind == "thing":
            return candidate.name  # "it" read: "the sign"
        if candidate.kind == "role":
            if not candidate.mention.lower().startswith("the "):
                return candidate.mention  # "Mexico's leader": keep what the text says
            if candidate.mention.split()[-1].lower() in INSTITUTIONS:
                return candidate.mention  # "the company said": no person (Jack Dorsey)
            return (
                self._person_with_role(candidate)
                or self._last_named_speaker(candidate.start, candidate.mention)
                or candidate.mention
            )
        pronoun = candidate.mention.lower()
        if pronoun == "they" and not SINGULAR_THEY.search(
            self.text, max(0, candidate.start - SINGULAR_THEY_REACH), candidate.start
        ):
            # Several people or a body, never one person named before ("Perry did not
            # attend the unveiling of his defense team. But they said ...": not Perry,
            # fresh news of 2014); none such known, the speaker stays unknown. (Unless
            # the text tells of someone who goes by "they": "a nonbinary artist")
            return self._last_group(candidate.start, self._addressed(candidate))
        if (owner := self._person_before_where(candidate)) is not None:
            return self._resolve(owner)
        # The writer's relative named after every speaker and person the pronoun agrees
        # with is the one it stands for ("Like President Obama, I believe ... My mother has
        # softened with age, but even now at 86 she still says ...": her words, not
        # Obama's, a reader of an October 2016 briefing found). Another's relative ("his
        # wife") comes after them: in PolNeAR that took quotes of the person named before.
        kin = self._kin_just_named(candidate)
        if kin is not None and kin.split()[0] in WRITERS:
            return kin
        shown = self._shown_just_before(candidate) or self._possessor_just_before(candidate)
        if shown is not None:
            return shown
        if (subject := self._subject_just_before(candidate)) is not None:
            return subject
        addressed = self._addressed(candidate)
        speaker = self._last_speaker(candidate.start, pronoun, addressed)
        if speaker is not None:
            return speaker
        person = self._last_person(candidate.start, pronoun, addressed)
        if person is None or not agrees(pronoun, self._as_full_name(person)):
            # no one the pronoun agrees with, or only a surname the tagger joined to a
            # relative of the other gender: a relative named by kinship may be the one
            person = kin or person
        return person or self._last_role(candidate.start, pronoun)

    def _shown_just_before(self, pronoun: _Candidate) -> str | None:
        """A pronoun opening the sentence after one that points the reader at one person
        ("Just look at House Speaker Paul D. Ryan. He's said ...", "Take Ann Lee. She ..."):
        that person, not the last one who spoke (Trump had been given Ryan's words, an
        April 2016 column a reader's review found)."""
        starts = self.sentence_starts
        at = bisect.bisect_right(starts, pronoun.start) - 1
        if at < 1 or starts[at] != pronoun.start:
            return None
        previous = starts[at - 1]
        if "\n\n" in self.text[previous : pronoun.start].rstrip():
            return None
        if POINTING_AT.match(self.text, previous) is None:
            return None
        first = bisect.bisect_left(self.entity_starts, previous)
        last = bisect.bisect_left(self.entity_starts, pronoun.start)
        people = {e.canonical for e in self.entities_by_start[first:last] if e.label == "PERSON"}
        if len(people) != 1:
            return None
        (person,) = people
        return person if agrees(pronoun.mention, self._as_full_name(person)) else None

    def _possessor_just_before(self, pronoun: _Candidate) -> str | None:
        """The person whose possessive opens the sentence before the pronoun's, the only
        person there the pronoun agrees with ("Palin’s pugnacious posts about ISIS include
        one last week saying ... “…,” she posted."): the one the text is about, not the
        last who spoke (a reader's comment quoted above had been given Palin's post, a
        December 2015 read). Not where another may be meant (a review's cases): a second
        person the pronoun agrees with named there ("Trump’s campaign manager, Corey
        Lewandowski"), the possessive a role's ("Manafort’s lawyer asked ..."), someone else
        giving words there ("..., the senator argued"), a person named in the pronoun's own
        sentence before it ("When Tom Hale was asked, he said"), or a headline's line."""
        starts = self.sentence_starts
        at = bisect.bisect_right(starts, pronoun.start) - 1
        if at < 1:
            return None
        previous, own = starts[at - 1], starts[at]
        opening = POSSESSOR_OPENING.match(self.text, previous, own)
        if opening is None or not self.text[previous:own].rstrip().endswith(SENTENCE_ENDS):
            return None
        name_start = opening.start("name")
        owner = self._only_agreeing_owner(pronoun, previous, own, name_start)
        if owner is None or self._someone_else_there(pronoun, (previous, own), name_start, owner):
            return None
        return owner

    def _only_agreeing_owner(
        self, pronoun: _Candidate, previous: int, own: int, name_start: int
    ) -> str | None:
        """The person named at ``name_start``, when the pronoun agrees with no other person
        of the sentence [previous, own) and that person's name shows a gender."""
        people = [e for e in self._entities_from(previous, own) if e.label == "PERSON"]
        agreeing = {
            e.canonical for e in people if agrees(pronoun.mention, self._as_full_name(e.canonical))
        }
        owner = [e.canonical for e in people if e.start == name_start]
        if len(agreeing) != 1 or not owner or owner[0] not in agreeing:
            return None
        if PRONOUN_GENDER.get(pronoun.mention.lower()) is None or not gender_of(
            self._as_full_name(owner[0])
        ):
            return None  # (a gender the name shows: "they" or an unknown name says too little)
        return owner[0]

    def _someone_else_there(
        self, pronoun: _Candidate, sentence: tuple[int, int], name_start: int, owner: str
    ) -> bool:
        """Another may be the pronoun's: another person it agrees with named in its own
        sentence before it (not "Melania Trump's speech" before Manafort's "he"), the
        possessive a role's ("Manafort’s lawyer"), or another speaker of the sentence before
        (``sentence``, [start, end))."""
        previous, own = sentence
        if any(
            e.label == "PERSON"
            and e.canonical != owner
            and agrees(pronoun.mention, self._as_full_name(e.canonical))
            for e in self._entities_from(own, pronoun.start)
        ):
            return True
        roles = (c for c in self._candidates(previous, own) if c.kind == "role")
        if any(c.start <= name_start < c.end for c in roles):
            return True
        return any(previous <= at < own and name != owner for at, name, *_ in self.speakers)

    def _kin_just_named(self, pronoun: _Candidate) -> str | None:
        """ "... presented it to his mom. “It has to be a nice present,” she said": a
        relative the text names by kinship ("his mom", "Riquelme's mother"), the latest
        mention the pronoun agrees with, no person it agrees with named or quoted after it,
        as whose relative it is ("Joe Riquelme's mom"; not Joe Riquelme himself)."""
        gender = PRONOUN_GENDER.get(pronoun.mention.lower())
        if gender is None:
            return None
        reach = max(0, pronoun.start - KIN_REACH)
        named = [
            m
            for m in KIN.finditer(self.text, reach, pronoun.start)
            if KIN_GENDER[m.group("kin").lower()] == gender
            and not self._inside_quotation(m.start())
        ]
        if not named:
            return None
        kin = named[-1]
        if any(
            e.label == "PERSON" and kin.end() <= e.start and agrees(pronoun.mention, e.canonical)
            for e in self.entities
            if e.end <= pronoun.start
        ) or any(kin.end() <= offset < pronoun.start for offset, *_ in self.speakers):
            return None
        whose = kin.group("whose")
        if whose.lower() in WRITERS:
            return f"{whose.lower()} {kin.group('kin')}"
        if whose.lower() in POSSESSIVE_PRONOUNS:
            if POSSESSIVE_PRONOUNS[whose.lower()] == pronoun.mention.lower():
                return None  # "Her daughter likes to sing ... she's so frustrated": the mother
            owner = self._last_person(kin.start(), POSSESSIVE_PRONOUNS[whose.lower()])
            if owner is None:
                return None
            whose = f"{owner}’s"
        elif agrees(pronoun.mention, self._as_full_name(whose[:-2])):
            return None  # "Joseph's daughter" before "she": Joseph may be the mother
        return f"{whose} {kin.group('kin')}"

    def _user_of(self, site: _Candidate) -> str | None:
        """ "Instagram user andreysmygov posted ... with the caption, “…”": the user, by
        the name they go by on the site, speaks, not the site."""
        handle = USER_HANDLE.match(self.text, site.end)
        if handle is None or _a_word_not_a_handle(handle.group("handle")):
            return None
        return self.text[site.start : handle.end()]

    def _person_before_where(self, pronoun: _Candidate) -> _Candidate | None:
        """ "... a video statement from Mr Somers, where he said: “…”": the pronoun opening
        a "where" clause is the person named right before its comma (not the subject,
        Al-Qaeda, that released the statement)."""
        reach = max(0, pronoun.start - WHERE_REACH)
        clause = WHERE_CLAUSE.search(self.text, reach, pronoun.start)
        if clause is None:
            return None
        for entity in reversed(self.entities):
            if entity.end > clause.start() or entity.end < clause.start() - 1:
                continue
            told = TOLD_BY.search(self.text, max(0, entity.start - WHERE_REACH), entity.start)
            if told is None:
                continue  # "the funeral of Clementa Pinckney, where he said": the subject's
            if entity.label == "PERSON" and agrees(pronoun.mention, entity.canonical):
                return _Candidate(
                    entity.start, entity.end, entity.text, "entity", entity.canonical, entity.label
                )
        return None

    def _field_of_a_title(self, field: _Candidate, person: _Candidate) -> bool:
        """``field`` names what the title right before ``person`` is of: "Chelsea" in
        "Chelsea captain Marcel Desailly", "Magpies" in "Magpies manager Graeme Souness"."""
        return TITLE_WORDS_BETWEEN.fullmatch(self.text, field.end, person.start) is not None

    def _qualifies_the_described(self, entity: Entity, described: _Candidate) -> bool:
        """The name opens a hyphened qualifier inside the description ("The
        Oscar-nominated actor") or stands in an aside about the one described ("The
        actor, whose films include Michael Collins, said"): it names no one else in the
        description's sentence."""
        if described.start <= entity.start and entity.end < described.end:
            return HYPHENED_MODIFIER.match(self.text, entity.end) is not None
        aside = WHOSE_AFTER.match(self.text, described.end)
        return aside is not None and entity.end <= aside.end()

    def _of_another_party(self, person: str, described: _Candidate) -> bool:
        """Whether the text tags the person with a party other than the description's
        ("Ann Liang, D-Calif." is no "Texas Republican"; "Kuo, a Democrat", "Hale
        (R-Ohio)"), a reviewer's probes."""
        surname = re.escape(person.split()[-1])
        tags = re.finditer(surname + PARTY_TAG_AFTER_NAME, self.text)
        parties = {(m.group("letter") or m.group("word")[0]) for m in tags}
        own = "D" if "Democrat" in described.mention else "R"
        return bool(parties) and own not in parties

    def _party_member_described(self, member: _Candidate) -> _Candidate | None:
        """ "The Louisiana Republican" around a party's name: one member of it described."""
        opening = PARTY_MEMBER_OPENING.search(self.text, max(0, member.start - 40), member.start)
        if opening is None:
            return None
        mention = self.text[opening.start() : member.end]
        if PARTY_WORD_GOES_ON.match(self.text, member.end):
            return None  # "the Republican-led legislature", "the Democrat who wrote it"
        if PARTY_MEMBER_DESCRIBED.fullmatch(mention) is None or PARTY_NOUN_AFTER.match(
            self.text, member.end
        ):
            return None  # (nor "the South Carolina Republican primary": a party's)
        return _Candidate(opening.start(), member.end, mention, "description")

    def _person_just_named(self, described: _Candidate) -> str | None:
        """The person a definite description of one ("the journalist", "The Afro-Colombian
        star") stands for: the one person the sentence before, in the same paragraph,
        names (not after a preposition or inside a quotation) as its subject, when the
        description's own sentence names nobody outside its quotations."""
        if (
            ONE_PERSON_DESCRIBED.fullmatch(described.mention) is None
            and PARTY_MEMBER_DESCRIBED.fullmatch(described.mention) is None
        ):
            return None
        sentence = self._sentence_before_in_paragraph(described.start)
        if sentence is None:
            # only within a paragraph: "De Blasio disbanded the unit.\n\n“…,” the
            # Republican presidential candidate said" is not De Blasio
            return None
        previous, own = sentence
        at = bisect.bisect_right(self.sentence_starts, described.start)
        own_end = self.sentence_starts[at] if at < len(self.sentence_starts) else len(self.text)
        if any(
            e.label == "PERSON"
            and own <= e.start < own_end
            and not self._inside_quotation(e.start)
            and not self._qualifies_the_described(e, described)
            for e in self.entities
        ):
            return None  # "said the bureau's director, James B. Comey": named in its own
        named = self._people_named(previous, own)
        name = self._one_person(named)
        if name is None or not self._named_as_subject(previous, own, name, named):
            return None
        if not agrees(described.mention, name):
            return None
        if any(f"{word}-" in described.mention for word in name.split()):
            return None  # "The Vale-trained jockey" after Tom Vale is someone else
        return person_for(name, self.full_names) or name

    def _subject_just_before(self, pronoun: _Candidate) -> str | None:
        """The person a "he" or "she" stands for when the sentence before, in the same
        paragraph, tells of that one person and no one speaks there: as its subject whose
        name shows the pronoun's gender ("But in the Commons, the Prime Minister's
        official spokesman Tom Carey refused to be drawn. “…,” he said") or as the one a
        question was put to ("Those allegations were put to Wenger after the game. At
        first he said only: “…”"); not the last who spoke before (Ferguson had been given
        Wenger's answer, a BBC sport report of 2005)."""
        if pronoun.mention.lower() not in {"he", "she"}:
            return None
        sentence = self._sentence_before_in_paragraph(pronoun.start)
        if sentence is None:
            return None
        previous, own = sentence
        if any(previous <= offset < pronoun.start for offset, *_ in self.speakers):
            return None  # someone spoke there: the pronoun may go on with them
        if QUOTATION_MARK.search(self.text, previous, own) or any(
            e.label == "PERSON" and own <= e.start < pronoun.start for e in self.entities
        ):
            return None
        if HELD_BACK.search(self.text, previous, own) or QUOTED_THIRD_PERSON.match(
            self.text, own, pronoun.start
        ):
            # background ("Throughout the trial, his client had sat impassively") or words
            # about someone ("“He will appeal,” he said"): the one who spoke goes on
            return None
        # (tagged people only: a club's one word, which may be a surname tagged an
        # organisation where a speaker is looked for, is no one here)
        named = [
            c
            for c in self._people_named(previous, own, put_to=True)
            if c.label == "PERSON" or c.kind == "name"
        ]
        name = self._one_person(named)
        if name is None:
            return None
        full = self._as_full_name(name)
        if not agrees(pronoun.mention.lower(), full):
            return None
        if self._put_a_question(named, name):
            return person_for(name, self.full_names) or name
        # A subject only when its name shows the pronoun's gender: one whose name does not
        # ("In March, the finance chief Henrik Dahl left. “…,” she said") is as likely
        # someone the speaker before speaks of.
        if gender_of(full) is None or not self._named_as_subject(previous, own, name, named):
            return None
        return person_for(name, self.full_names) or name

    def _sentence_before_in_paragraph(self, at: int) -> tuple[int, int] | None:
        """Where the sentence before the one holding ``at`` starts, and where that one
        starts, when both are in one paragraph."""
        starts = self.sentence_starts
        index = bisect.bisect_right(starts, at) - 1
        if index < 1 or "\n" in self.text[starts[index - 1] : at]:
            return None
        return starts[index - 1], starts[index]

    def _people_named(self, start: int, end: int, put_to: bool = False) -> list[_Candidate]:
        """The people named in [start, end), outside quotations and not after a
        preposition (but after "put to" with ``put_to``)."""
        return [
            c
            for c in self._candidates(start, end, names=True)
            if (c.label == "PERSON" or (c.kind == "entity" and c.is_person))
            and not self._inside_quotation(c.start)
            and (
                (put_to and self._question_put_to(c))
                or not (
                    self._after_preposition(c)
                    or TITLED_AFTER_PREPOSITION.search(self.text, max(0, c.start - 24), c.start)
                )
            )
        ]

    def _one_person(self, named: list[_Candidate]) -> str | None:
        """The one person among those named, when they are one (the field of a title before
        a name is no one: "Chelsea captain Marcel Desailly")."""
        people = {
            c.name or c.mention
            for c in named
            if not any(self._field_of_a_title(c, d) for d in named)
        }
        return next(iter(people)) if len(people) == 1 else None

    def _question_put_to(self, candidate: _Candidate) -> bool:
        reach = max(0, candidate.start - PREPOSITION_REACH)
        return QUESTION_PUT_TO.search(self.text, reach, candidate.start) is not None

    def _put_a_question(self, named: list[_Candidate], name: str) -> bool:
        return any((c.name or c.mention) == name and self._question_put_to(c) for c in named)

    def _named_as_subject(
        self, previous: int, own: int, name: str, named: list[_Candidate]
    ) -> bool:
        """The one person the sentence at [previous, own) names is its subject, not its
        object ("Police shot and killed Tom Hill. “He had his hands up,” the student
        said"): named as it, or after a title's field ("Former Chelsea captain Marcel
        Desailly says") or a title ("Spain's minister of sport Jaime Lissavetzky")."""
        subject = self._clause_subject(previous, own)
        if subject is None or subject.kind == "pronoun":
            return False
        if LIKE_BEFORE.search(self.text, max(0, subject.start - len("Unlike ")), subject.start):
            return False  # "Like Allen, their days begin at 4:30": a comparison
        if (subject.name or subject.mention) == name and self._opens_clause(previous, subject):
            return True
        if OPENING_WORDS.fullmatch(self.text, previous, subject.start) is None:
            return False
        return any(
            (d.name or d.mention) == name
            and (
                self._field_of_a_title(subject, d)
                or (
                    subject.kind == "role"
                    and TITLE_TAIL.fullmatch(self.text, subject.end, d.start) is not None
                )
            )
            for d in named
        )

    def _opens_clause(self, start: int, candidate: _Candidate) -> bool:
        """Nothing but an opening phrase, capitalised words, determiners and nouns of a
        title stands before the name in its sentence: no verb ("Police shot and killed Tom
        Hill", "The Dalai Lama met Obama")."""
        opener = OPENING_PHRASE.match(self.text, start, candidate.start)
        before = self.text[opener.end() if opener else start : candidate.start]
        return all(
            word[:1].isupper() or (_a_noun(word) and word not in NOT_A_HEAD)
            for word in re.findall(r"[\w’'-]+", before)
            if word.lower() not in {"the", "a", "an"} and not word.endswith(("’s", "'s"))
        )

    def _body_named_before(self, described: _Candidate) -> str | None:
        """ "the group", "the organization", "the company": the organisation named last
        before it, outside quotations, within about two sentences; also "its report", "its
        statement" (whose words are its own: "… ," says its report" after "The Electoral
        Commission said" had shown "— its report" in a BBC briefing)."""
        words = described.mention.lower().split()
        owned = len(words) == 2 and words[0] == "its" and words[1] in BODY_MEANS
        if not owned and (len(words) != 2 or words[0] != "the" or words[1] not in BODY_NOUNS):
            return None
        channel = self._channel_owner(described)
        if channel is not None:
            return channel
        bodies = [
            _without_article(e.canonical)
            for e in self.entities
            if e.label == "ORG"
            and described.start - BODY_LOOKBACK <= e.start < described.start
            and not self._inside_quotation(e.start)
            # a sentence's subject ("The United Auto Workers met Ford executives": not Ford;
            # not what it was told to or said by, "told Fox 35")
            and SUBJECT_OPENING.search(self.text, max(0, e.start - 12), e.start) is not None
        ]
        if bodies:
            return bodies[-1]
        return self._body_of_a_name_before(described, words[1])

    def _channel_owner(self, described: _Candidate) -> str | None:
        """The organisation whose own website or account the sentence opens on ("In a
        statement on the Airbus website, the company said": Airbus, not the airline the
        report named before, a MEANTIME case)."""
        opening = self._sentence_start(described.start)
        match = OWN_CHANNEL.search(self.text, opening, described.start)
        if match is None or self.text[match.end() : described.start].strip(" ,") != "":
            return None
        owners = [
            e
            for e in self._entities_from(match.start("owner"), match.end("owner"))
            if e.label == "ORG" and e.end <= match.end("owner")
        ]
        return _without_article(owners[0].canonical) if owners else None

    def _body_of_a_name_before(self, described: _Candidate, noun: str) -> str | None:
        """ "the campaign" after "The Clinton campaign suggested ...": the body the text
        named by a name before the same noun, last before it, outside quotations, as a
        sentence's subject (the tagger tags no organisation there, only "Clinton")."""
        start = max(0, described.start - BODY_LOOKBACK)
        found = [
            m
            for m in NAMED_BODY.finditer(self.text, start, described.start)
            if m.group("noun").lower() == noun and not self._inside_quotation(m.start())
        ]
        if not found:
            return None
        body = found[-1]
        # the name is one the tagger tells a person or an organisation by (not "The
        # Republican campaign", "The New York-based group", "The Party’s campaign")
        name = body.group("name")
        at = body.start("name")
        tagged = any(e.label in {"PERSON", "ORG"} for e in self._entities_from(at, at + 1))
        # (or a person's name the text gives elsewhere: "Rubio" in "The Rubio campaign" was
        # tagged a facility, a review found)
        if not (tagged or person_for(name, self.full_names)) or NO_BODY_NAME.search(name):
            return None
        return f"{name} {body.group('noun')}"

    def _issuer_of(self, described: _Candidate) -> str | None:
        """ "the statement", "the letter": the person or body the text says put it out,
        just before it and outside quotations ("President Obama released a statement
        Thursday night ... “…,” the statement said": Obama's words), or right after it
        ("read the statement, which was attributed to Miller"). A written thing no one is
        said to have put out stays what the text calls it."""
        words = described.mention.lower().split()
        if len(words) != 2 or words[0] != "the" or not WRITTEN_THINGS.fullmatch(words[1]):
            return None
        after = ATTRIBUTED_TO.match(self.text, described.end)
        if after is not None:
            return self._named_in(*after.span("who"))
        window = max(0, described.start - BODY_LOOKBACK)
        issued = [
            m
            for m in ISSUED_THING.finditer(self.text, window, described.start)
            if m.group("thing").lower().rstrip("s") == words[1].rstrip("s")
            and not self._inside_quotation(m.start())
        ]
        if not issued:
            return None
        start, end = issued[-1].span("who")
        if self.text[max(0, start - 4) : start].lower() == "the ":
            start -= 4  # (the tagger's "the Security Council" holds its article)
        return self._named_in(start, end)

    def _named_in(self, start: int, end: int) -> str | None:
        """The person or organisation the words at [start, end) name, resolved."""
        named = [
            c
            for c in self._candidates(start, end, names=True)
            if c.kind in {"entity", "name"} and (c.is_person or c.label == "ORG")
        ]
        return self._resolve(named[-1]) if named else None

    def _addressed(self, pronoun: _Candidate) -> frozenset[str]:
        """The words of the name the pronoun's speaker told or asked ("he told Hannity"):
        the pronoun is someone else."""
        match = ADDRESSED.match(self.text, pronoun.end)
        if match is None or is_time_word(match.group("who")):
            return frozenset()  # "he asked Sunday": a day, no one
        return frozenset(match.group("who").split())

    def _remember(self, offset: int, candidate: _Candidate, name: str | None) -> None:
        if name and candidate.kind == "pronoun" and candidate.mention.lower() in {"he", "she"}:
            self.pronoun_of.setdefault(name, candidate.mention.lower())
        if name:
            named = candidate.kind != "role" or name != candidate.mention
            thing = candidate.kind in {"role", "description"} and _describes_a_thing(
                candidate.mention
            )
            if thing and (author := self._person_inside(candidate)):
                # "a post from Arianna Huffington": the "she" later on is its author
                self.speakers.append((offset, author, True, True))
                return
            # (a description of a thing speaks but is no "he" or "she" later on, nor does a
            # name that "which" goes on about: "2016 and Beyond, which ... urged the GOP")
            person = (
                (candidate.is_person or self._described_as_a_person(candidate))
                and candidate.label != TOGETHER
                and not THING_RELATIVE.match(self.text, candidate.end)
                and not self._a_companys_short_name(candidate.mention)
                # ("Building 100", which the tagger called a person: a thing's number)
                and not NUMBERED.match(self.text, candidate.end)
            )
            owner = OWNER_OF.match(candidate.mention) if candidate.kind == "description" else None
            if owner is not None:
                # "Berg's aides say ...": the aides speak, and a later "she" may still be
                # Berg, named there (a reviewer's case: it went to a woman quoted before)
                who = owner.group("owner")
                self.speakers.append((offset, person_for(who, self.full_names) or who, True, True))
            self.speakers.append((offset, name, person and not thing, named))

    def _described_as_a_person(self, candidate: _Candidate) -> bool:
        """A full name the tagger calls an organisation that opens with a known first name
        and gives a person's age right after it ("Nicola Dawson, 48, a dental
        receptionist, said": her "she said" had gone to the woman quoted before her; not
        "Georgia Power cut off her electricity", whose "she said" is still the woman's)."""
        if candidate.label != "ORG":
            return False
        if _a_persons_name(candidate) and PERSON_APPOSITION.match(self.text, candidate.end):
            return True
        # "Ilsa Hoban, the president of a women's group, spoke": a name of two or three
        # words with a person's role in apposition (not "Acme Steel, the company").
        return (
            is_full_name(candidate.mention)
            and len(candidate.mention.split()) <= 3
            and not names_an_organisation(candidate.mention)
            and ROLE_APPOSITION.match(self.text, candidate.end) is not None
        )

    def _person_inside(self, candidate: _Candidate) -> str | None:
        people = [
            e.canonical
            for e in self.entities
            if e.label == "PERSON" and candidate.start <= e.start and e.end <= candidate.end
        ]
        return people[-1] if people else None

    def _last_named_speaker(self, before: int, role: str) -> str | None:
        """The latest person named as a speaker before, whom the role may describe (a
        spokeswoman is no "Mr.")."""
        named = [
            n
            for offset, n, person, is_named in self.speakers
            if person and is_named and offset < before and agrees(role, n)
        ]
        return named[-1] if named else None

    def _man_who(self, described: _Candidate) -> str | None:
        """ "“…,” said the man who built his political career on his blue collar
        credentials": the latest speaker, when no one else was named since (Joe Biden,
        PolNeAR August 2016, once the words before "who" were read as the speaker)."""
        man = MAN_OR_WOMAN.match(described.mention)
        if man is None:
            return None
        if not WHO_BEFORE_PREDICATE.match(self.text, described.start + man.end()):
            return None
        if not OWN_CAREER.search(self.text, described.start, described.end + 80):
            return None  # ("said the man who found it": a witness, a reviewer's probes)
        latest = self._last_speaker_named_alone(described)
        # (by name: "said a neighbor who saw it ... said the woman who found it" are two)
        return latest if latest is not None and is_full_name(latest) else None

    def _last_speaker_named_alone(self, described: _Candidate) -> str | None:
        """The latest named speaker before a description of one ("The Wisconsin
        Republican"), when no one else is named between them: "Rask said ... Lia Varn
        called ... The Maryland Democrat said" may be Varn, and is left as written."""
        latest = self._last_named_speaker(described.start, described.mention)
        if latest is None:
            return None
        since = max(
            offset
            for offset, name, person, named in self.speakers
            if name == latest and person and named and offset < described.start
        )
        # (a person's name the tagger called a body counts too: "the staff of Laura Varn")
        if any(
            (e.label == "PERSON" or e.text.split()[0].lower() in FIRST_NAMES)
            and since <= e.start < described.start
            and not self._inside_quotation(e.start)
            and person_for(e.text, [latest]) != latest
            for e in self.entities
        ):
            return None
        return latest

    def _person_with_role(self, role: _Candidate) -> str | None:
        """ "the ambassador" is the person the text earlier gave that role ("U.S.
        Ambassador Ken Salazar", "Salazar, the ambassador,"), those named with its other
        capitalised words too first ("the Mexican president"): the latest speaker among
        them ("Murphy told me ... The senator paused", where another senator was named
        since), else the latest named; else (None) the latest named speaker it may
        describe; where there is none, the description stays the speaker."""
        holders = self._role_holders(role)
        fitting = {n: at for n, (at, fits) in holders.items() if fits}
        chosen = fitting or {n: at for n, (at, _) in holders.items()}
        spoke = [
            n
            for offset, n, person, _ in self.speakers
            if person and offset < role.start and n in chosen
        ]
        if spoke:
            return spoke[-1]
        return max(chosen, key=chosen.__getitem__) if chosen else None

    def _described_holder(self, described: _Candidate) -> str | None:
        """A definite description of one ("the host", "the anchor") is the person the text
        gave its word before, as a title or in apposition, when that person is also the
        last one named before it ("Morning Joe hosts Joe Scarborough and Mika Brzezinski
        ... something Scarborough could understand. “…,” the host said"). Not another
        ("Ted Cruz has taken time away ... The Republican presidential candidate plans to",
        where Trump had been given the words before; PolNeAR train): there, as where no one
        was given the word, the description stays."""
        if ONE_PERSON_DESCRIBED.fullmatch(described.mention) is None:
            return None
        holders = self._role_holders(described)
        last = self._last_named(described.start)
        if last is None or last not in holders:
            return None
        # its other capitalised words must stand near that person's mention too: "the
        # Republican candidate" is not "Democratic candidate Hillary Clinton" (a review)
        modified = any(w[:1].isupper() for w in described.mention.split()[1:-1])
        return last if holders[last][1] or not modified else None

    def _last_named(self, before: int) -> str | None:
        """The person the text names last before ``before``, outside quotations."""
        at = bisect.bisect_left(self.people_named, (before, ""))
        return self.people_named[at - 1][1] if at else None

    @functools.cached_property
    def people_named(self) -> list[tuple[int, str]]:
        """Where each person is named outside quotations, and who, in text order (looked
        up at each description: a long text may hold thousands)."""
        return sorted(
            (entity.start, entity.canonical)
            for entity in self.entities
            if entity.label == "PERSON" and not self._inside_quotation(entity.start)
        )

    def _role_holders(self, role: _Candidate) -> dict[str, tuple[int, bool]]:
        """The people named before the role's mention whom the text gives its word, each
        with the end of its latest such mention and whether the role's other capitalised
        words stand near one of them ("Florida" of "the Florida senator"); the latest
        ``ROLE_MENTIONS`` such mentions are read."""
        words = role.mention.split()
        ranks = tuple(sorted({w.lower() for w in words[:-1]} & RANK_WORDS))
        key = (words[-1].lower(), tuple(w for w in words[1:-1] if w[:1].isupper()), ranks)
        if key not in self.role_cache:
            mentions = self._role_mentions(*key)
            self.role_cache[key] = ([m.held_from for m in mentions], mentions)
        held_from, mentions = self.role_cache[key]
        last = bisect.bisect_right(held_from, role.start)
        holders: dict[str, tuple[int, bool]] = {}
        for mention in reversed(mentions[max(0, last - ROLE_MENTIONS) : last]):
            if not agrees(role.mention, mention.name):
                continue
            end, fitted = holders.get(mention.name, (mention.end, False))
            holders[mention.name] = (end, fitted or mention.fits_from <= role.start)
        return holders

    def _role_mentions(
        self, noun: str, modifiers: tuple[str, ...], ranks: tuple[str, ...] = ()
    ) -> list[_RoleMention]:
        """Every mention of a person the text gives the role's word ("Gov." for governor),
        with the offset from which a role read after it may mean them (past the name and
        the word) and from which its modifiers stand near it too, in that order; held at
        ``ranks`` ("shadow")."""
        short = ROLE_ABBREVIATIONS.get(noun)
        also = rf"|{short}\." if short else ""
        # (a plural title names each of a pair: "Morning Joe hosts Joe Scarborough and Mika
        # Brzezinski", "Sens. ..." aside)
        word = re.compile(rf"\b(?:{re.escape(noun)}(?P<plural>e?s)?\b{also})", re.IGNORECASE)
        marks = [re.compile(rf"(?<!\w){re.escape(m)}(?!\w)") for m in modifiers]
        found: list[_RoleMention] = []
        for entity in self.entities:
            if entity.label != "PERSON" or self._inside_quotation(entity.start):
                continue  # "… to beat Hillary Clinton,” the governor said: not the governor
            if self._role_around(entity.start, entity.end) is not None:
                continue  # "a senior Obama administration official": not Obama
            low, high = max(0, entity.start - ROLE_NEAR), entity.end + ROLE_NEAR
            ends = [
                m.end()
                for m in word.finditer(self.text, low, high)
                if not self._inside_quotation(m.start()) and self._role_of(entity, m, ranks)
            ]
            if not ends:
                continue
            held_from = max(entity.end, min(ends))
            fits_from = held_from
            for mark in marks:
                near = [m.end() for m in mark.finditer(self.text, low, high)]
                fits_from = max(fits_from, min(near)) if near else NEVER
            found.append(_RoleMention(entity.canonical, entity.end, held_from, fits_from))
        return sorted(found, key=lambda m: m.held_from)

    def _role_of(self, entity: Entity, role: re.Match[str], ranks: tuple[str, ...] = ()) -> bool:
        """The role's word is the name's: a title before it with only names' words between
        ("Vice President Joseph R. Biden", "U.S. Ambassador Ken Salazar"), or after it in
        apposition ("Salazar, the ambassador"), not another's ("Vice President Joseph R.
        Biden Jr. and Colin Powell": Powell was given Obama's words, "the president said")."""
        rank = RANK_BEFORE.search(self.text, max(0, role.start() - RANK_REACH), role.start())
        held = (rank.group(1).lower(),) if rank else ()
        if held != ranks:
            # a vice president is no "the president", a shadow chancellor no "the
            # chancellor" (BBC: Letwin had been given Brown's words), a deputy prime
            # minister no "the prime minister"
            return False
        if role.end() <= entity.start:
            if role.group("plural"):
                return PAIR_TITLE_GAP.fullmatch(self.text, role.end(), entity.start) is not None
            return TITLE_GAP.fullmatch(self.text, role.end(), entity.start) is not None
        if role.group("plural"):
            return False  # ("Cruz and Rubio, the senators" is left alone)
        return APPOSITION_GAP.fullmatch(self.text, entity.end, role.start()) is not None

    def _last_speaker(
        self, before: int, pronoun: str, addressed: frozenset[str] = frozenset()
    ) -> str | None:
        """The nearest earlier speaker a pronoun can stand for: "he" and "she" a person of
        that gender where the text shows it, "they" anyone."""
        people_only = pronoun in {"he", "she"}
        names = [
            n
            for offset, n, person, _ in self.speakers
            if offset < before
            and (person or not people_only)
            # ("the company" that spoke before is no "she": a licence's statement)
            and not (people_only and _a_body_described(n))
            and agrees(pronoun, self._as_full_name(n))
            and (not people_only or self._pronoun_agrees(n, pronoun.lower()))
            and not addressed & set(n.split())
        ]
        return names[-1] if names else None

    def _last_group(self, before: int, addressed: frozenset[str]) -> str | None:
        """Whom "they" stands for: several people or a body, never one person named (PolNeAR
        had given some hundred "they" to the last person who spoke: Trump for "Democrats
        have signalled that they plan ...", Susan Rice for the families). The pronoun's
        own sentence first, then the one before: in each, a group that spoke there
        ("Former prosecutors said investigators ... Take action, they said"), else the
        last people named as several ("Democratic leaders are wary ..., but they do not
        want"); then a group that spoke in the lines before with no person named since;
        then a description of several people there, or of a body or one person opening a
        sentence there (news writes "they" of someone whose gender it does not give)."""
        reach = max(0, before - ROLE_LOOKBACK)
        own = max(reach, self._sentence_start(before))
        groups = self._speakers_they_may_be(reach, before, addressed)
        previous = max(reach, self._previous_sentence_start(before))
        for start, end in ((own, before), (previous, own)):
            spoke = [name for offset, name in groups if start <= offset < end]
            if spoke:
                return spoke[-1]
            several = self._several_named_before(start, end)
            if several is not None:
                return several
        if groups:
            return groups[-1][1]
        roles = [
            role
            for at, role in self._roles_before(before)
            if not self._inside_quotation(at)
            # (a body or one person described only as a sentence's subject: "The
            # government of Ostria has rejected the report. They said", "Spain’s leader
            # rejected the proposal. ... they stated"; not "money from the government")
            and (is_plural_description(role) or self._group_opens_sentence(at))
        ]
        return roles[-1] if roles else None

    def _in_a_phrase(self, at: int) -> bool:
        """The words at ``at`` end a preposition's phrase, no subject ("split between
        Democrats and Republicans. They also called for": the letter's writers; "documents
        from several of Chen's former employers. They found": the investigators), but the
        people some of whom are counted ("some of the families claim")."""
        sentence = self._sentence_start(at)
        window = max(sentence, at - 50)
        phrase = GROUP_IN_A_PHRASE.search(self.text, window, at)
        if phrase is None or COUNTED_OF.search(self.text, window, at):
            return False
        # (a phrase opening the sentence tells when or where: "On Tuesday Democrats voted")
        return bool(self.text[sentence : phrase.start()].strip())

    def _previous_sentence_start(self, at: int) -> int:
        """Where the sentence before the one holding ``at`` starts."""
        index = bisect.bisect_right(self.sentence_starts, at) - 1
        return self.sentence_starts[max(0, index - 1)] if index >= 0 else 0

    def _speakers_they_may_be(
        self, start: int, before: int, addressed: frozenset[str]
    ) -> list[tuple[int, str]]:
        """The speakers in [start, before) that are no one person named, with no one
        person named speaking since (the text has gone on to that person: "Companies say
        ...\n\nHale said the plan would pass. ... But they said" are no company's words).
        One person described is no one named: news writes "they" of someone whose gender
        it does not give ("Mexico's leader responded firmly ... they stated", the seeds)."""
        spoken = [
            (o, n, named and _proper_name_words(n) and self._speaker_is_one_person(n, p))
            for o, n, p, named in self.speakers
            if o < before
        ]
        last_person = max((o for o, _, one in spoken if one), default=-1)
        return [
            (offset, n)
            for offset, n, one in spoken
            if start <= offset
            and offset >= last_person
            and not one
            and not addressed & set(n.split())
        ]

    def _several_named_before(self, start: int, before: int) -> str | None:
        """The nearest people named as several in [start, before), outside quotations:
        a plural with the capitalised words before it ("Mr. Sanders's supporters") or two
        people named together ("Mr. Grassley and Mr. Leahy say")."""
        found = [
            (m.start(), m.end(), m.group().strip())
            for m in PLURAL_GROUP.finditer(self.text, start, before)
            # ("BAA are also owners of the airports. They have said": BAA's words)
            if not PREDICATE_BEFORE.search(self.text, max(0, m.start() - 30), m.start())
        ]
        found = sorted(found + self._pairs_named(start, before))
        found = [
            f for f in found if not self._inside_quotation(f[0]) and not self._in_a_phrase(f[0])
        ]
        # A subject, not an object ("Police ... arrested three men. They said", "calling
        # for ... questioning witnesses. “…,” they wrote"): people opening the sentence
        # (after a determiner at most), the first of them, else the last before a verb.
        opening = [f for f in found if self._group_opens_sentence(f[0])]
        if opening:
            return opening[0][2]
        subjects = [f for f in found if GROUP_VERB_AFTER.match(self.text, f[1])]
        return subjects[-1][2] if subjects else None

    def _pairs_named(self, start: int, before: int) -> list[tuple[int, int, str]]:
        """People the tagger names in a list in [start, before), joined by commas and a
        last "and", a title or a role before each at most: the list's span and names
        ("Grassley and Leahy", "Ruth Ames, Joel Park and Nina Faulk")."""
        first = bisect.bisect_left(self.entity_starts, start)
        last = bisect.bisect_left(self.entity_starts, before)
        people = [
            e for e in self.entities_by_start[first:last] if e.label == "PERSON" and e.end <= before
        ]
        runs = self._runs_of_people(
            people, lambda one, other: PAIR_JOINER.fullmatch(self.text, one.end, other.start)
        )
        return [
            (run[0].start, run[-1].end, _listed([e.canonical for e in run]))
            for run in runs
            if "and" in self.text[run[-2].end : run[-1].start].split()
        ]

    def _group_opens_sentence(self, at: int) -> bool:
        """Nothing but a determiner or quantifier stands between its sentence's start and
        ``at``."""
        return SENTENCE_OPENING.fullmatch(self.text, self._sentence_start(at), at) is not None

    def _speaker_is_one_person(self, name: str, person: bool) -> bool:
        """``_works_out_one_person``, worked out once a speaker (asked at every "they")."""
        key = (name, person)
        known = self.speakers_one_person.get(key)
        if known is None:
            known = self.speakers_one_person[key] = self._works_out_one_person(name, person)
        return known

    @functools.cached_property
    def speakers_one_person(self) -> dict[tuple[str, bool], bool]:
        """Per speaker's name (and whether it was taken for a person), whether it is one
        person: filled as "they" asks."""
        return {}

    def _works_out_one_person(self, name: str, person: bool) -> bool:
        """Whether a speaker's name is one person's: a person the tagger named, or a
        speaker taken for a person that is no plural ("Companies" opening a sentence is
        several) nor people named together ("Wilcox and Beruff")."""
        if _a_body_described(name):
            return False  # "The company said ... They said": the company's words
        if name in self.tagged_people:
            return True
        if name in self.tagged_bodies:
            return False  # ("The Pentagon confirmed the strike. They said ...")
        if not person or PEOPLE_JOINED.search(name):
            return False
        # (a plural opening a sentence is capitalised: "Companies say")
        lone = " " not in name and name.lower() in THEY_NOUNS
        return not (is_plural_description(name) or lone)

    @functools.cached_property
    def tagged_bodies(self) -> frozenset[str]:
        """The organisations, groups and places the tagger named in the text."""
        return frozenset(e.canonical for e in self.entities if e.label in {"ORG", "NORP", "GPE"})

    @functools.cached_property
    def tagged_people(self) -> frozenset[str]:
        """The people the tagger named in the text, by their names as resolved."""
        return frozenset(e.canonical for e in self.entities if e.label == "PERSON")

    def _pronoun_agrees(self, name: str, pronoun: str) -> bool:
        """A full name whose gender nothing else shows takes the "he" or "she" the text
        first used for it ("Deja Stewart, who ... when she called him": a later "he" is not
        hers; a reader's case in PolNeAR)."""
        seen = self.pronoun_of.get(name)
        if seen is None or seen == pronoun or " " not in name:
            return True  # (a surname alone may be either of a family: "Clinton")
        return gender_of(self._as_full_name(name)) is not None

    def _as_full_name(self, name: str) -> str:
        """``_full_name_shown`` once per name (asked for every earlier speaker at each
        "he" and "she")."""
        known = self.full_name_cache.get(name)
        if known is None:
            known = self.full_name_cache[name] = self._full_name_shown(name)
        return known

    def _full_name_shown(self, name: str) -> str:
        """A lone name as the full name it opens or ends in the text ("Hillary" or
        "Clinton" as "Hillary Clinton"), whose first name shows a gender, when every full
        name it could be agrees on it; else the name itself (a lone word alone may be a
        first name or a surname: "Paul", "Warren"); a name the text describes by a gendered
        word ("widow Terry Strada") as that description."""
        if " " in name.strip():
            return self._as_described(name)
        fulls = [f for f in self.full_names if name in _first_and_last(strip_title(f).split())]
        genders = {gender_of(self._as_described(f)) for f in fulls}
        if len(genders) == 1 and None not in genders:
            return self._as_described(fulls[0])
        # ("Then Mr. Obama spoke. She said ...": not Obama; "Mr." and "Mrs." Clinton both
        # named show neither)
        titles = self.honorifics.get(name, set())
        titled = {gender_of(f"{t} {name}") for t in titles}
        if len(titled) == 1 and None not in titled:
            return f"{min(titles)} {name}"
        if not fulls and not titles and not self._after_a_name_word(name):
            # a first name the text gives no one a surname with: someone it calls by that
            # name alone ("Kevin was snoring. “Here he is, babe,” she said.": not Kevin)
            gender = first_name_gender(name)
            if gender is not None:
                return f"the {'woman' if gender == 'f' else 'man'} {name}"
        return name

    def _after_a_name_word(self, name: str) -> bool:
        """The text puts a capitalised word that is no common word right before the name
        ("Amelize Joseph loves ..."): a surname, though the tagger missed the full name."""
        return name in self.after_name_words

    def _as_described(self, name: str) -> str:
        """A full name as the text describes its person by a gendered word ("the widow
        Terry Strada"), else the name."""
        described = self.described.get(name)
        return name if described is None else f"the {described} {name}"

    def _last_role(self, before: int, pronoun: str) -> str | None:
        """The nearest description of a person in the preceding sentences."""
        roles = [
            role
            for _, role in self._roles_before(before)
            if agrees(pronoun, role)
            # ("granting the company rights ... she released a statement": not the company)
            and not (pronoun in {"he", "she"} and role.split()[-1].lower() in INSTITUTIONS)
        ]
        return roles[-1] if roles else None

    def _roles_before(self, before: int) -> list[tuple[int, str]]:
        """The descriptions of people or bodies (``ROLE``) in the ``ROLE_LOOKBACK``
        characters before ``before``: where each starts, and its words."""
        reach = max(0, before - ROLE_LOOKBACK)
        return [(reach + m.start(), m.group(0)) for m in ROLE.finditer(self.text[reach:before])]

    def _last_person(
        self, before: int, pronoun: str, addressed: frozenset[str] = frozenset()
    ) -> str | None:
        """The nearest person named before, outside quotations (a person a quotation
        speaks of is not who goes on speaking), who agrees with the pronoun; not one named
        as an item of a list ("the death of four Americans: U.S. Ambassador Chris Stevens,
        information officer Sean Smith, and former Navy SEALS Tyrone Woods and Glen
        Doherty" then a writer's unnamed "“…,” he wrote" had gone to Doherty)."""
        listed = self.listed_people
        people = [
            name
            for e in self.entities
            if e.label == "PERSON"
            and not names_an_organisation(e.canonical)
            and e.end <= before
            and not self._inside_quotation(e.start)
            and (e.start, e.end) not in listed
            and can_speak(e.canonical, e.label)
            and not self._word_asked_alone(e.start, e.end, e.canonical)
            and (name := self._agreeing_name(e, pronoun)) is not None
            and not addressed & set(name.split())
        ]
        return people[-1] if people else None

    @functools.cached_property
    def listed_people(self) -> frozenset[tuple[int, int]]:
        """The spans of people named as items of a list of three or more in one sentence
        ("A, B, and C and D", a role before each at most)."""
        runs = self._runs_of_people(
            [e for e in self.entities_by_start if e.label == "PERSON"],
            lambda last, entity: (
                LIST_SEPARATOR.fullmatch(self.text, last.end, entity.start) is not None
                and self._sentence_start(last.start) == self._sentence_start(entity.start)
            ),
        )
        return frozenset((e.start, e.end) for run in runs if len(run) >= LIST_PEOPLE for e in run)

    @staticmethod
    def _runs_of_people(
        people: list[Entity], joined: Callable[[Entity, Entity], object]
    ) -> list[list[Entity]]:
        """The runs of two or more consecutive people each ``joined`` to the one before."""
        runs: list[list[Entity]] = []
        for one, other in itertools.pairwise(people):
            if not joined(one, other):
                continue
            if runs and runs[-1][-1] is one:
                runs[-1].append(other)
            else:
                runs.append([one, other])
        return runs

    def _word_asked_alone(self, start: int, end: int, word: str) -> bool:
        """A one-word mention that is a whole question of its own, and no one's name in the
        text ("Harsh? He doesn't think so. “…,” he said": the tagger's
        person, whom a reader of a September 2016 briefing found quoted)."""
        if " " in word.strip():
            return False
        before = self.text[max(0, start - 2) : start].strip()
        after = self.text[end : end + 2]
        # (a question only: "Zelora! She signed on Monday." names a one-name singer)
        if before[-1:] not in ("", ".", "!", "?") or after[:1] != "?":
            return False
        return not any(name.split()[-1] == word for name in self.full_names)

    def _agreeing_name(self, entity: Entity, pronoun: str) -> str | None:
        """The person a mention names, as the pronoun may stand for it: its canonical name,
        or where the tagger joined the mention to a relative of another gender ("Fiorina"
        to "Frank Fiorina" before "she"), the mention's own words."""
        if agrees(pronoun, self._as_full_name(entity.canonical)):
            return entity.canonical
        own = strip_title(entity.text) or entity.text
        if entity.text != entity.canonical and agrees(pronoun, entity.text):
            if own.split()[0] == (strip_title(entity.canonical) or entity.canonical).split()[0]:
                return None  # "Hillary" of "Hillary Clinton": her first name showed "she"
            if (
                self._surname_named_in_full(own.split()[-1])
                and not self._titled_as(entity, pronoun)
                and not self._named_as_kin(entity.canonical)
            ):
                # the one person of that surname the text names in full is of the other
                # gender and no one's relative: "Clinton" in a text naming only Hillary
                # Clinton is no "he" (a writer's "“To Hillary Clinton, ...,” he wrote" had
                # gone to Clinton); "her husband, Frank Fiorina" leaves a Fiorina who is a
                # "she"
                return None
            return own
        return None


def _person_key(full_name: str) -> tuple[str, str]:
    """(surname, the rest that tells its bearer apart): "Donald J. Trump" and "Donald
    Trump" are one person, "Donald Trump Jr." another."""
    words = full_name.replace(",", " ").split()
    suffix = (
        words.pop() if len(words) > 2 and words[-1].rstrip(".").lower() in NAME_SUFFIXES else ""
    )
    # (titles before the name; "Martin Luther King" keeps its "King", a title only first)
    words = strip_title(" ".join(words)).split() if len(words) > 2 else words
    if not words:
        return "", ""
    return words[-1], f"{words[0]} {suffix}".strip()


def _occurrences(text: str, name: str) -> Iterator[int]:
    """Where ``name`` is written in ``text``."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + 1)


def _first_and_last(words: list[str]) -> list[str]:
    return words[:1] + words[-1:]


def _name_span(match: re.Match[str]) -> tuple[int, int]:
    """The span of a match's ``name``, without the sentence's full stop it took."""
    start, end = match.span("name")
    return start, end - 1 if match.string[end - 1] == "." else end


def _strip_opening_cue(name: str) -> str:
    """ "Stated Roger Stone:", "Even Ed Rendell, a stalwart Clinton supporter, said": the
    tagger may take the cue or the adverb that opens a sentence into the name after it."""
    first = name.split(" ", 1)
    if len(first) == 2 and (CUE.fullmatch(first[0]) or first[0] in OPENING_ADVERBS):
        return first[1]
    return name


# Words that open a sentence before its subject, which the tagger may take into a name.
OPENING_ADVERBS = frozenset(
    word_list("Even Still But And Also Only Meanwhile However Yet Indeed Instead Later Earlier")
)


def _without_opening_cue(candidate: _Candidate) -> _Candidate:
    """The candidate without a cue the tagger took into its name."""
    mention = _strip_opening_cue(candidate.mention)
    if mention == candidate.mention:
        return candidate
    name = _strip_opening_cue(candidate.name) if candidate.name else None
    cut = len(candidate.mention) - len(mention)
    return _Candidate(
        candidate.start + cut, candidate.end, mention, candidate.kind, name, candidate.label
    )


def _reported_by(report: Quote) -> _Candidate | None:
    """The mention that named a report's speaker, as a candidate."""
    if report.speaker_mention is None or report.speaker_start is None:
        return None
    end = report.speaker_end if report.speaker_end is not None else report.speaker_start
    return _Candidate(report.speaker_start, end, report.speaker_mention, "entity")


def _described(match: re.Match[str] | None) -> _Candidate | None:
    """The speaker a description names (its ``who`` group), as the text words it."""
    if match is None:
        return None
    start, end = match.span("who")
    who = match.group("who")
    # "the two-term president will say": the modal is the verb's, not the speaker's
    modal = TRAILING_MODAL.search(who)
    if modal is not None and modal.start() > 0:
        who = who[: modal.start()]
        end = start + len(who)
    return _Candidate(start, end, who, "description")


# A title or post before a name in apposition: at most this many words, none of these.
TITLE_WORDS_BEFORE_NAME = 5
CLAUSE_OR_PREPOSITION_WORDS = frozenset(
    word_list("who whose which that of against for with by to and or")
)
# Words after a cue that only tell when or how: at most this many, opening on one of
# these (not "over" a quantity), with none of the verbs a clause has; and a quotation
# mark near them says the words go on in it.
NO_CLAUSE_WORDS = 6
CIRCUMSTANCE_OPENERS = frozenset(
    word_list("over on at in during earlier later last this late early after before from")
)
QUANTITY_AFTER_OVER = re.compile(
    r"\d.*|an?|half|dozens|hundreds|thousands|millions|one|two|three|four|five|six|seven|"
    r"eight|nine|ten"
)
# A verb in the past ("opened", "died", "fled", "fell"): a clause's.
PAST_VERB = re.compile(
    r"[a-z]+ed|fell|ran|took|went|came|lost|left|hit|made|won|got|saw|shot|fought"
)
CLAUSE_VERBS_WORDS = frozenset(
    word_list("""is was are were be been has have had will would can could should may
    might must do does did""")
)
QUOTATION_NEAR_CONTENT = re.compile(r"[“\"‘`]|''")


def _titled_name(words: str, name: str) -> bool:
    """The words are the name with a title or post before it (", Senator Bob Corker,",
    ", Alabama Democratic Party chairwoman Nancy Worley,"), not a clause that ends on it
    (", whose members met to discuss their efforts against Mr. Trump,")."""
    if not words.endswith(" " + name):
        return False
    before = words[: -len(name)].split()
    return len(before) <= TITLE_WORDS_BEFORE_NAME and not any(
        w.lower() in CLAUSE_OR_PREPOSITION_WORDS for w in before
    )


def _no_clause(content: str, after_means: bool) -> bool:
    """Words after a cue that tell when or how it was said, not what: a few words opening
    on a preposition, or after the means on a participle ("in a statement reacting to"),
    with no verb of a clause ("over the weekend", "reacting to the U.S. indictment":
    fresh news of 2017-2019, read as what was said). (Not a participle after the cue
    alone: ", naming a few", "clutching the lectern" stand beside a quotation that
    PolNeAR's readers took whole.)"""
    words = content.strip(" .,;:").split()
    if not words or len(words) > NO_CLAUSE_WORDS:
        return False
    first = words[0].lower()
    participle = after_means and first.endswith("ing") and len(first) > 5
    if first not in CIRCUMSTANCE_OPENERS and not participle:
        return False
    if first == "over" and len(words) > 1 and QUANTITY_AFTER_OVER.fullmatch(words[1].lower()):
        return False  # "Officials said over 40 homes burned": how many, what was said
    if (
        first == "at"
        and len(words) > 2
        and words[1].lower() == "least"
        and QUANTITY_AFTER_OVER.fullmatch(words[2].lower())
        and any(PAST_VERB.fullmatch(w.lower()) for w in words[3:])
    ):
        # "Witnesses said at least two gunmen opened fire": a count, then what it did
        # (not "She said at least one prayer every night")
        return False
    return not any(w.lower() in CLAUSE_VERBS_WORDS for w in words)


def _content_end(text: str, start: int, end: int) -> int:
    """Where a content ends before the next report's subject: without the joining words
    and marks (", and", " but", " while", " —")."""
    tail_start = max(start, end - JOINER_CHARS)
    tail = TRAILING_JOINER.sub("", text[tail_start:end])
    return tail_start + len(tail)


def _opens_quotation_after(text: str, cue_end: int) -> bool:
    """The cue ending at ``cue_end`` introduces the quotation right after it ("wrote
    back, “…”")."""
    return bool(QUOTATION_AFTER_CUE.match(text, cue_end))


def _a_head(word: str) -> bool:
    """A word that may head a noun phrase after a name: a noun, not a verb of the clause
    ("contends", "will", "took") nor a pronoun."""
    if word in NOT_A_HEAD or not _a_noun(word) or REPORTING_WORD.fullmatch(word):
        return False
    return not (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _a_persons_name(candidate: _Candidate) -> bool:
    """Tagged a person, or a full name that opens with a known first name (the small
    model tags "Carly Fiorina" an organisation after "Hewlett-Packard CEO")."""
    return candidate.label == "PERSON" or known_first_name_opens(candidate.mention)


def _passive(region: str, cue: re.Match[str]) -> bool:
    """ "The iPhone is claimed to be “…”", "he was told “…”": the subject of a passive
    cue is what or whom the words are about, not who said them (the progressive, "is
    saying", is no passive)."""
    if cue.group(0).lower().endswith("ing"):
        return False
    return PASSIVE_BEFORE.search(region, 0, cue.start()) is not None


def _words_to_cue(between: str) -> int:
    """Words between a closing mark and its cue, an apposition and a title not counted: in
    "…,” Vale, a member of the armed services committee, said" only "Vale" stands
    between, in "…,” U. S. District Judge Barbara Walther wrote" two words."""
    # The comma that closes the quotation (",''" or ",”") opens no apposition.
    between = between.lstrip(CLOSING_MARKS)
    if between.rstrip().endswith(","):
        # ", said" closes what the name before the first comma opened, however long
        # ("Ann Lee, 67, a retired teacher in Allentown, Pa., said"; "X, wearing “…” pins,")
        between = between.split(",", 1)[0]
    words = APPOSITION.sub(",", between, count=1).split()
    return sum(1 for w in words if any(c.isalpha() for c in w) and not is_title_word(w))


def _listed(names: list[str]) -> str:
    """Names as a list reads: "A and B", "A, B and C"."""
    return ", ".join(names[:-1]) + " and " + names[-1]


def _proper_name_words(words: str) -> bool:
    """Words that name, not describe: each capitalised but a name's particles ("Bernie
    de la Rionda"), where "Mexico’s leader" ends on a common noun."""
    return all(w[:1].isupper() or w in NAME_PARTICLES for w in words.split())


def _without_article(name: str) -> str:
    """ "the Pentagon" is "Pentagon"; "The Hill", a newspaper, keeps its article (as "Hill"
    a reader took its words for a person's), and so does a body the tagger found in plain
    words ("the transport ministry": no name without it)."""
    if name in NEWS_ORGANISATIONS or not name.lower().startswith("the "):
        return name
    rest = name[4:]
    return rest if rest[:1].isupper() or rest[:1].isdigit() else name


def _inside(offset: int, candidates: list[_Candidate]) -> bool:
    return any(c.start <= offset < c.end for c in candidates)


# Words after a group's name that show it is a person, not an adjective: a relative
# pronoun, a conjunction, a preposition, an adjective of closeness ("a Republican close to").
NOT_NOUNS = frozenset(
    word_list(
        """who whom whose that which and or but nor in on at of from with for to by as close
    familiar near than later also still then now too again already once never ever just
    even soon has have had is are was were be been will would can could must should shall
    does do did"""
    )
)


# Lower-case words after a speaker's name that are no noun the name describes: "said
# Cruz today", "said Trump himself".
NOT_AFTER_A_NAME = frozenset(
    word_list("today tonight yesterday tomorrow himself herself themselves afterward afterwards")
)
# Words that open a time after the words of a description ("the Trump campaign last
# night", "the Cruz camp this week").
TIME_OPENERS = frozenset(word_list("last this next earlier later yesterday today tonight"))
WORD_SPAN = re.compile(r"\S+")
# Words that open a description of what speaks: "the printed Cruz slate card", "one Trump
# confidant", "a 2008 Clinton veteran".
DETERMINERS = frozenset(word_list("the a an one another some several two three his her their"))


# Nouns in "-ly", among the adverbs that are no part of a description ("a Democratic
# ally", "the Italian daily"; not "one Republican privately").
LY_NOUNS = frozenset(word_list("ally daily weekly monthly quarterly assembly family supply rally"))


def _a_speakers_noun(word: str) -> bool:
    """A noun of someone who can speak: "spokesman", "aide", "prosecutors", "narrator",
    "friend", a people's noun ("team", "family")."""
    singular = word[:-1] if word.endswith("s") else word
    if {word, singular} & SAID_THROUGH:
        return False  # (what a body says through is no one: "a letter", "a statement")
    return bool({word, singular} & (PEOPLE_NOUNS | SPEAKERS_NOUNS) or OWNED_PERSON.search(singular))


# The label of two subjects joined by "and" who speak together.
TOGETHER = "TOGETHER"
# Several people or bodies a "they" may stand for, with the capitalised words before them
# ("Democratic leaders", "Mr. Sanders's supporters"): the plural nouns of people the
# reading knows but the bare quantifiers ("some", "many": whose?), and groups' own.
THEY_NOUNS = (PLURAL_PEOPLE - frozenset(word_list("some many few both"))) | frozenset(
    word_list(
        """operatives companies firms investors researchers families judges justices
        senators governors candidates groups unions employers executives veterans
        immigrants teachers citizens conservatives liberals progressives republicans
        democrats dems tories americans lawyers attorneys agencies regulators
        politicians mps ministers legislators campaigners councils parties troops
        soldiers rebels militants farmers patients consumers drivers passengers airlines
        banks retailers manufacturers players clubs bosses directors managers staff
        employees charities governments environmentalists tenants nurses miners pilots
        mayors homeowners shoppers"""
    )
)
# A verb of being right before a plural noun: the noun says what the subject is, the
# subject is whom a later "they" stands for ("BAA are also owners of the airports").
PREDICATE_BEFORE = re.compile(
    r"\b(?:are|were|is|was|be|been|being|become|became|remain|remained)\s+"
    r"(?:(?:also|now|still|all|both|not|the|its|their|among)\s+){0,2}$"
)
# A preposition a few words before a plural noun, no punctuation between: the noun ends
# the preposition's phrase; and the counting "of" that leaves the noun the subject.
GROUP_IN_A_PHRASE = re.compile(
    r"\b(?:of|at|for|from|in|with|by|to|on|about|against|among|amongst|between|into|over)"
    r"\s+(?:[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)
COUNTED_OF = re.compile(
    r"\b(?:some|many|most|all|none|both|each|several|few|one|two|three|half)\s+of\s+"
    r"(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# The short titles before a name in a list or a group's name ("Mr. Grassley and Mr. Leahy").
SHORT_TITLES = r"Mr|Mrs|Ms|Dr|Sen|Rep|Gov"
# What joins two people named together: "and", perhaps a title before the second.
PAIR_JOINER = re.compile(
    rf"(?:,\s+and|,|\s+and)\s+(?:(?:{SHORT_TITLES})\.?\s+|"
    # (a role: "Coach Dan Ruiz, athletic director Kim Bell and principal Ed Stone"; not
    # a preposition's, "Ann Lee, spokeswoman for John Doe", nor a clause's, "Ann Lee, who
    # met John Doe and Bob Ray")
    r"(?:(?:[a-z]+\s+){0,2}(?:" + ROLES + "|" + STAFF + r"|coach|principal|director|"
    r"president|chief|head|owner|founder)\s+))?"
)
# A verb right after people named as several: they are its subject ("Democratic leaders
# are wary", "Some Republicans reaffirmed", "Investors see").
GROUP_VERB_AFTER = re.compile(
    r"(?:\s+(?:also|still|now|often|have|had|all|both|themselves))*\s+"
    r"(?:are|were|have|had|say|said|says|see|saw|will|would|can|could|may|might|must|should|"
    r"do|did|want|wanted|think|thought|believe|believed|plan|planned|hope|hoped|argue|"
    r"argued|fear|feared|[a-z]+ed)\b"
)
# The text tells of someone who goes by "they", in the lines before the pronoun (then
# "they" may be one person there).
SINGULAR_THEY_REACH = 600
SINGULAR_THEY = re.compile(r"\b(?:non-?binary|genderqueer|they/them)\b", re.IGNORECASE)
# A sentence's opening joiner, preposition or day is no part of the name ("While many",
# "In Ohio voters", "Yesterday Democrats").
NOT_OF_THE_GROUP_WORDS = "|".join(
    word_list(
        """and but while when as if so or yet though although because since even also still
        in on at after before during from for with by of to like unlike yesterday today
        last next this monday tuesday wednesday thursday friday saturday sunday"""
    )
)
# A sentence's opening words before its subject: a determiner or quantifier, a title.
SENTENCE_OPENING = re.compile(
    r"\s*(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Aa]ll|[Bb]oth|[Ss]everal|[Oo]ther|[Tt]op)\s+)*"
    # (and a title: "Coach Dan Ruiz, athletic director Kim Bell and principal Ed Stone")
    rf"(?:(?!(?i:{NOT_OF_THE_GROUP_WORDS})\b)[A-Z][\w.’'-]*\s+){{0,2}}"
)
PLURAL_GROUP = re.compile(
    rf"(?:\b(?:{SHORT_TITLES})\.[ \t]+)?"
    rf"(?:\b(?!(?i:{NOT_OF_THE_GROUP_WORDS})\b)[A-Z][\w-]*(?:[’']s)?[ \t]+){{0,3}}"
    r"\b(?i:" + "|".join(sorted(THEY_NOUNS, key=len, reverse=True)) + r")\b(?![’'-])"
    # with the body they are of ("Members of the Harbor Workers Union", "Friends of the
    # Earth"); not a title before names ("Senators Ed Voss and Ruth Ames"), a word of a
    # body's name ("Harbor Workers Union"), nor a verb ("Hale Coffee sources its beans")
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,4})?"
    r"(?![ \t]+[A-Z])(?![ \t]+(?:its|their|the|an?|his|her)\b)"
)
# People named together in one speaker's name: "Wilcox and Beruff", "Perez & Castro".
PEOPLE_JOINED = re.compile(r"\s(?:and|&)\s")
# An honorific before a name ("Mr Blair"), which the name's mention may leave out.
TITLE_WORD = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?")
# "and" (and an article) right before the second of two joined subjects.
JOINED_SUBJECT = re.compile(r"\s+and\s+(?:the\s+)?$")
ONLY_SPACE = re.compile(r"[ \t]+")
# The closing marks and comma between a quotation and the words after it.
AFTER_CLOSING_QUOTATION = re.compile(r"[\s,”\"’']*")
WORD_OF_A_PHRASE = re.compile(r"[\w’'-]+")
# A capitalised word right before: the qualifying words go on a name (``_with_its_modifier``).
NAME_WORD_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*[ \t]+$")
QUALIFIER_NAME_REACH = 40
# A determiner right before a description's words: the description's first word.
DETERMINER_RIGHT_BEFORE = re.compile(
    r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Ss]ome|[Oo]ther|[Mm]any|[Ss]everal|[Tt]hese|[Tt]hose|"
    r"[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]ost|[Aa]ll|[Bb]oth)\s+$"
)
# Words that open a clause as adverbs, not as a description's first word.
QUALIFIER_OPENING_ADVERBS = frozenset(
    word_list("""meanwhile yesterday today tonight tomorrow still now later instead however
    earlier also then again thus moreover indeed afterwards afterward there here so""")
)
# Names whose words qualify no description here (``_with_its_modifier``).
NAMED_BODIES = frozenset({"PERSON", "ORG"})
# Words the description pattern takes for plural nouns that are verbs.
NO_QUALIFIED_NOUN = frozenset(
    word_list("does goes says has is was gets makes takes seems looks wants needs thinks knows")
)
# Plural nouns that qualify another ("rights groups", "news outlets").
QUALIFYING_PLURALS = frozenset({"rights", "news"})


def _qualifies(word: str) -> bool:
    """Whether a word may qualify the noun after it in a description: no preposition,
    relative or joining word, no number, no plural but a few."""
    lower = word.lower()
    if PREPOSITION_WORD.fullmatch(lower) or RELATIVE_WORD.fullmatch(lower):
        return False
    if JOINER_BEFORE_SUBJECT.fullmatch(lower + " ") or lower in {"where", "when", "according"}:
        return False
    if word[0].isdigit():
        return False
    return not lower.endswith("s") or lower in QUALIFYING_PLURALS


# "and" right after a word: another subject joins it ("Farmers and truck drivers said").
AND_AFTER = re.compile(r"\s+and\s+")
# "from" or "by" before a name: the name is the author of what the description names.
AUTHOR_BEFORE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$")
# What a body says through that is no one: its report, statement or letter.
SAID_THROUGH = BODY_MEANS - {"spokesman"}
# People's nouns no ending shows (beside ``PEOPLE_NOUNS`` and the agent nouns).
SPEAKERS_NOUNS = frozenset(word_list("friend colleague ally source lawyer head boss chief"))


def _only_title_words(mention: str) -> bool:
    """ "Executive Officer", "Vice President": a title's words, no name among them."""
    words = [w.strip(".,").lower() for w in mention.split()]
    return bool(words) and all(w in TITLE_NAME_WORDS or w == "and" for w in words)


def _a_noun(word: str) -> bool:
    """A lower-case word that is most likely a noun: no function word, no participle
    ("involved", "running") and no verb of speech."""
    return not (
        word in NOT_NOUNS
        or word.endswith(("ed", "ing"))
        or (word.endswith("ly") and word not in LY_NOUNS)
        or CUE.fullmatch(word) is not None
    )


LOWER_WORD = re.compile(r"\s+([a-z][\w-]*)")
WORD_TOKEN = re.compile(r"[\w’'.-]+")
# "One" or "Another" opening a description of one of several ("One in three" whole).
ONE_OF = frozenset(["One", "Another"])
NUMBER_WORDS = ("two", "three", "four", "five", "ten")
ONE_OF_SEVERAL = re.compile(
    rf"\b(?:{'|'.join(sorted(ONE_OF))})(?:\s+in\s+(?:{'|'.join(NUMBER_WORDS)})\b)?"
)
# Verbs a description of one of several may run into ("One message read ...").
COMMON_VERBS = frozenset(["read", "reads", "shows", "show", "puts", "put", "goes", "went"])
# Words that head no description after a name: pronouns, relatives, conjunctions.
NOT_A_HEAD = COMMON_VERBS | frozenset(
    word_list(
        """we who which that he she they it i you and or but nor so will would can could may
        might shall should must is are was were has have had did does do took gave made
        came today yesterday tomorrow tonight last
        this next here there now then also still already again meanwhile late early
        itself himself herself themselves spoke won met led sent held hit shot beat told
        said found left brought caught fought struck saw knew thought became began ran
        lost kept paid set cut let"""
    )
)


# What follows a participle opening a clause ("Walking to", "Bringing the", "Looking
# back"), and not a surname in "-ing" ("Manning said").
CLAUSE_OBJECT_OPENERS = frozenset(
    word_list(
        """to the a an his her their its our my this that these those in on at up out down
    back over through from with into for about around off away"""
    )
)


# An opening clause or phrase before a sentence's subject, up to its comma: "In an
# interview with ABC News over the weekend, ", "When Maddow pointed out that ..., ", "A
# potential vice president pick, ", "Noting that both Reagan and Trump battled the
# media, " (Schlafly's sentence: a later "she" had gone to Reagan).
OPENING_PARTICIPLES = (
    "Noting|Citing|Pointing|Calling|Saying|Adding|Arguing|Referring|Responding|Describing|"
    "Praising|Acknowledging|Insisting|Recalling|Explaining|Warning|Urging|Claiming|Echoing|"
    "Invoking|Quoting|Addressing|Stressing|Comparing|Defending|Criticizing|Blaming"
)
INTRODUCTION = re.compile(
    r"\s*(?:In|On|At|When|While|After|Before|During|As|Despite|Although|Though|Since|"
    rf"Because|With|Without|Following|Amid|Asked|Speaking|{OPENING_PARTICIPLES}|A|An)\b"
    r"[^.;!?\n]{0,140}?,[”\"’']?\s+(?=[A-Z])"
)


# Words that follow a name as its clause goes on ("Early has said", "Early also told").
NAME_VERB_FOLLOWERS = frozenset(
    word_list(
        """has had have is was were will would could should can may might did does do also
    still then now later previously recently never once again first too"""
    )
)
# Capitalised adjectives that open a noun phrase and are surnames too ("Early polls show";
# "Early said", Rex Early's words).
OPENING_ADJECTIVES = frozenset({"Early"})
# Marks between a sentence's end (or a dash) and its first word: quotation marks opening
# or closing (“We lost.” Facing the press, ...).
OPENING_STRIP = " “”\"‘’'"
SENTENCE_OPENED_AFTER = ".!?\n—–-"


def _participle_opening(match: re.Match[str], tokens: list[re.Match[str]]) -> bool:
    """ "Walking to the next address, Ebeling reminisced ...": one capitalised word in
    "-ing" before a preposition or a determiner opens a clause; it names no one
    ("Manning said", "Schilling describes himself", "Fleming, the ..." do; January 2016
    review)."""
    if len(tokens) != 1 or not tokens[0].group(0).endswith("ing"):
        return False
    before = match.string[max(0, match.start() - 3) : match.start()].rstrip(OPENING_STRIP)
    if before and before[-1] not in SENTENCE_OPENED_AFTER:
        return False  # not opening a sentence: "said Manning on Sunday" names him
    after = re.match(r" ([a-z]+)\b", match.string[match.end() : match.end() + 30])
    return after is not None and after.group(1) in CLAUSE_OBJECT_OPENERS


def _adjective_opening(match: re.Match[str], tokens: list[re.Match[str]]) -> bool:
    """ "Early polls show", "Early analysis shows": an adjective that is a surname too,
    opening a sentence before a word in lower case that is no verb, opens a noun phrase;
    it names no one ("Early said", "Early has said" do). (The "-ly" adverbs that open a
    sentence, "Nearly half said", are no name anywhere: ``NOT_NAME_WORDS``.)"""
    if len(tokens) != 1 or tokens[0].group(0) not in OPENING_ADJECTIVES:
        return False
    before = match.string[max(0, match.start() - 3) : match.start()].rstrip(OPENING_STRIP)
    if before and before[-1] not in SENTENCE_OPENED_AFTER:
        return False
    after = re.match(r" ([a-z]+)\b", match.string[match.end() : match.end() + 30])
    if after is None:
        return False
    word = after.group(1)
    return not CUE.fullmatch(word) and word not in NAME_VERB_FOLLOWERS


def _names_people(nouns: str) -> bool:
    """Whether a run of nouns ends on a word for people ("presidential front-runner",
    "candidates", "voters", "leadership"), not on a thing ("presidential primaries")."""
    words = nouns.split()
    if not words:
        return False
    last = words[-1].lower().strip(".,;:")
    single = last[:-1] if last.endswith("s") else last
    return (
        last in PERSON_HEADS
        or last in PLURAL_PEOPLE
        or single in PERSON_HEADS
        or bool(AGENT_NOUN.search(single))
        or last in PEOPLE_AND_BODIES
    )


def _counts_people(word: str, text: str, end: int) -> bool:
    """A number word before the noun it counts ("Two men"), not a share of those asked
    ("Six in 10 say", "Two of them")."""
    after = LOWER_WORD.match(text, end)
    return (
        word.lower() in COUNT_WORDS
        and after is not None
        and after.group(1) not in {"in", "of", "out"}
        and _a_plural(after.group(1))  # not "Hundreds said", "Hundreds cast their votes"
    )


COUNTED_PLURALS = frozenset(word_list("men women people children police"))


def _a_plural(word: str) -> bool:
    """A plural noun a count goes before ("men", "protesters"), not a verb ("cast")."""
    return word in COUNTED_PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith("ss") and _a_noun(word)
    )


COUNT_WORDS = frozenset(
    word_list(
        "two three four five six seven eight nine ten eleven twelve dozens hundreds thousands"
    )
)


def _name_after_office(words: list[re.Match[str]]) -> int:
    """How many of the capitalised words after "Secretary of" / "Minister for" are the
    name: from a known first name on ("Foreign Affairs Julie Bishop"), else all but the
    office's one word ("State Madeleine Albright")."""
    for index, word in enumerate(words[1:-1], start=1):
        if word.group(0).lower() in FIRST_NAMES:
            return len(words) - index
    return len(words) - 1


def _name_candidate(match: re.Match[str]) -> _Candidate | None:
    """A name by its shape, the titles before it left out ("Judge Barbara Walther";
    "Secretary of State Madeleine Albright" is matched from "State")."""
    tokens = list(re.finditer(r"\S+", match.group(0)))
    # Words that open a sentence are no part of a name ("But Devine", "The AP").
    opening = 0
    while opening < len(tokens) and (
        tokens[opening].group(0) in NOT_NAME_WORDS or CUE.fullmatch(tokens[opening].group(0))
    ):
        opening += 1  # nor is a cue that opens one ("Stated Roger Stone:")
    if (
        opening == len(tokens)
        or _participle_opening(match, tokens[opening:])
        or _adjective_opening(match, tokens[opening:])
    ):
        return None
    if len(tokens) == 1 and tokens[0].group(0) in ONE_OF:
        return None  # "One" alone is one of several ("One America News" is a name)
    if len(tokens) == 1 and _counts_people(tokens[0].group(0), match.string, match.end()):
        return None  # "Two men carried a banner that said": a count of people, no name
    rest = " ".join(t.group(0) for t in tokens[opening:])
    kept = len(strip_title(rest).split())
    if kept >= 3 and TITLE_OF_BEFORE.search(match.string, 0, match.start()):
        kept = _name_after_office(tokens[len(tokens) - kept :])
    first = tokens[len(tokens) - kept]
    start = match.start() + first.start()
    end = match.end()
    if match.string[end - 1] == "." and len(tokens[-1].group(0)) > ABBREVIATION_CHARS:
        end -= 1  # "said Ryan Williams." ends the sentence; "Jr." and "M." keep the dot
    if kept > MAX_NAME_WORDS:
        return None
    return _Candidate(start, end, match.string[start:end], "name")
