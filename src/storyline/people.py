"""What the engine knows about people and who can speak, in one place.

Reading (``read/entities.py``, ``read/quotes.py``), comparing (``compare/names.py``) and
briefing (through ``compare/names.py``) all use these: the entity labels that can name a
person or a speaker, the titles and honorifics that stand before a name and are not part
of it ("U.S. District Judge Barbara Walther" is Barbara Walther), what a full name is, how a
short name joins a full one ("Salazar" is "Ken Salazar"), the gender a name or title shows,
and what can never be a speaker: a date or weekday, a place, a title fragment ("U. S.
District"), a nationality adjective ("Mexican"), a work title, a headline fragment.
"""

from __future__ import annotations

import re
from functools import lru_cache


def word_list(text: str) -> list[str]:
    """The words of a long list written as text."""
    return text.split()


# --- who signs a post ------------------------------------------------------------------------
# A name as an embedded post's signature shows it, and as a text signs a quotation with it
# after a dash: one to six words, each capitalised but for a few joining words ("Department
# of Justice", "AT&T", "Donald J. Trump", "Sen. Ted Cruz"), or a handle ("@tedcruz").
# Extracting (what signature it keeps) and briefing (a quotation signed by nothing more is
# bare) hold a signer to this one shape; reading takes the name after a dash as it takes
# any ("“…” ― Jane Doe"), keeping a title's or an initial's full stop
# (``NAME_ABBREVIATIONS``), so that it reads whole every name this shape lets through.
SIGNER = (
    r"(?:@\w{1,30}|[A-Z][\w.'’&-]*"
    r"(?:\s+(?:[A-Z][\w.'’&-]*|of|the|de|la|del|van|von|der|da|al|bin)){0,5})"
)


# --- entity labels (spaCy's) ---------------------------------------------------------------
# The labels the read stage keeps.
KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW"})
# Labels a mention of a person may carry by the small model's mistake ("Salazar" as ORG).
MISTAGGED_LABELS = frozenset({"ORG", "GPE", "NORP"})
# Labels of mentions that may be a quote's speaker: people, organisations, groups; and
# places only as the subject right at the cue ("Russia said", never a village nearby).
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Kinds of entity a reader filters stories by: who, which organisation, where.
FACET_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
# Who acts in a storyline: people and organisations (places and nationalities are where
# things happen).
ACTOR_LABELS = frozenset({"PERSON", "ORG"})
# Names a claim can give as a checkable detail: who and where.
NAME_LABELS = ACTOR_LABELS | PLACE_LABELS
# Places whose name stands for the institution in them ("the White House said").
SPEAKING_PLACES = frozenset(
    {
        "white house",
        "kremlin",
        "pentagon",
        "downing street",
        "elysee",
        "élysée",
        "vatican",
        "capitol",
        "state department",
        "foreign office",
        "blue house",
        "quai d'orsay",
    }
)

# --- titles --------------------------------------------------------------------------------
# Words that stand before a name as a title or honorific and are not part of the name.
TITLE_WORDS = frozenset(
    {
        "ambassador",
        "president",
        "vice",
        "minister",
        "prime",
        "secretary",
        "senator",
        "governor",
        "mayor",
        "judge",
        "justice",
        "general",
        "attorney",
        "councillor",
        "councilman",
        "councilwoman",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "commissioner",
        "sheriff",
        "representative",
        "congressman",
        "congresswoman",
        "speaker",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "cardinal",
        "bishop",
        "archbishop",
        "rabbi",
        "imam",
        "reverend",
        "rev",
        "father",
        "sister",
        "brother",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "rep",
        "reps",
        "sen",
        "sens",
        "gov",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "captain",
        "sgt",
        "sergeant",
        "cpl",
        "pvt",
        "adm",
        "admiral",
        "colonel",
        "major",
        "lieutenant",
        "commander",
        "officer",
        "detective",
        "inspector",
        "chief",
        "whip",
        "deputy",
        "assistant",
        "associate",
        "acting",
        "interim",
        "former",
        "then",
        "then-president",
        "candidate",
        "nominee",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "coach",
        "st",
    }
)
# Words of an office's scope that may stand inside a title ("U.S. District Judge",
# "Federal Reserve Chair", "State Sen."): with title words alone they are no one.
SCOPE_WORDS = frozenset(
    {
        "u.s.",
        "u. s.",
        "us",
        "u.k.",
        "uk",
        "u.n.",
        "un",
        "eu",
        "e.u.",
        "district",
        "federal",
        "state",
        "circuit",
        "superior",
        "supreme",
        "county",
        "city",
        "senior",
        "house",
        "senate",
        "majority",
        "minority",
        "foreign",
        "interior",
        "defense",
        "defence",
        "treasury",
        "executive",
        "general",
        "national",
        "regional",
        "provincial",
        "appeals",
        "chief",
        "top",
        "new",
        "incoming",
        "outgoing",
        "&",
        "of",
        "the",
        "and",
    }
)

# --- what is never a speaker ---------------------------------------------------------------
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# Titles and name suffixes as news abbreviates them ("Sen. Cruz", "Martin Luther King Jr."):
# a full stop after one ends no sentence (``read/sentences.py``). The ranks of police and
# armed forces too: "Capt. Tom Tennant" was split after "Capt." into a fragment.
NAME_ABBREVIATIONS = frozenset(
    word_list(
        "mr mrs ms dr prof sen rep gov gen col lt sgt st jr sr capt maj cmdr adm cpl pvt "
        "supt insp det rev msgr brig pres del atty amb"
    )
)
# Generational suffixes after a surname ("Donald Trump Jr."), lower case without the stop.
NAME_SUFFIXES = frozenset(word_list("jr sr ii iii iv"))
# Months as news abbreviates them ("Oct. 1"): a word that is one is a date, not a name, and
# a full stop after one ends no sentence (``read/sentences.py``).
MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
)
TIME_WORDS = frozenset(
    {
        *WEEKDAYS,
        *MONTHS,
        *MONTH_ABBREVIATIONS,
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "morning",
        "afternoon",
        "evening",
        "night",
        "week",
        "weekend",
        "month",
        "year",
        "christmas",
        "easter",
        "thanksgiving",
    }
)
# Capitalised words that open a sentence and no name ("But Smith said" names Smith); an
# interjection ("Well, I think ..." in an interview; not "Oh" or "Um", surnames too), an
# adverb in "-ly" that is no surname ("Nearly half said"), a perfect or passive participle
# ("Having fled Afghanistan in March, the couple worried that ...") and an inverted
# auxiliary ("Had the authorities found the posts, ...") among them; and a label that
# introduces what follows ("Partial transcript as follows:", "See live results here").
_NOT_NAME_WORDS = frozenset(
    word_list(
        """But And The In On At As After Before During Since While When If This That These
        Those It Its Our We I You He She They His Her Their Some Many Unfortunately However
        Meanwhile Now Still Yet So Also Once Then There Here What Why How Who Where Even
        Only Just Although Though Because Until Despite Instead Later Earlier Today
        Yesterday Last Next Every Each All Most Both Asked A An To For From With By Of
        Within Under Over Into Through Among Without About Like Unlike Not No Yes Please
        Do Does Did Is Are Was Were Will Would Can Could Should Let Here's There's Indeed
        Moreover Furthermore Nevertheless Nonetheless Otherwise Overall Finally Again
        Perhaps Maybe Actually Certainly Clearly Obviously Besides Regardless Similarly
        Likewise Rather Thus Hence Therefore Sometimes Often Never Always Already Outside
        Inside Across Behind Beyond Near Around Along Amid Upon Toward Towards According
        Wait Back Note Update Breaking Watch Read Listen Look Consider Remember Recall Meet
        Telling Speaking Responding Addressing Writing Quoting Citing Asking Saying Well Hey
        Uh Having Being Had Has Have Nearly Roughly Approximately Almost Shortly Initially
        Originally Recently Currently Previously Eventually Ultimately Apparently Reportedly
        Additionally Importantly Interestingly Ironically Notably Mostly Largely Partly
        Generally Typically Usually Traditionally Historically Specifically Especially
        Particularly Fortunately Sadly Surprisingly Predictably Consequently Accordingly
        Subsequently Lastly Firstly Secondly Increasingly Immediately Suddenly Simply
        Probably Possibly Hardly Barely Merely Exactly Frankly Honestly Basically Officially
        Separately Virtually Sorry Thanks Wow See Transcript Transcripts Partial Excerpt
        Excerpts"""
    )
)
# ... typed with a curly apostrophe too ("There’s" had a tweet's words, February 2016)
NOT_NAME_WORDS = _NOT_NAME_WORDS | {w.replace("'", "’") for w in _NOT_NAME_WORDS}
TIME_MODIFIERS = frozenset({"last", "next", "this", "on", "early", "late", "the", "of", "mid"})
# A number in a date: "9", "2016", "9th", "1990s", "9/11" (not an age: "46-year-old").
DATE_NUMBER = re.compile(r"\d+(?:st|nd|rd|th|s)?|\d+[/-]\d+(?:[/-]\d+)?")
# Words that a name never holds but a headline in title case does ("Trump Slams Clinton
# Over Emails"): verbs of headlines, prepositions, articles, conjunctions.
HEADLINE_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "to",
        "for",
        "over",
        "with",
        "and",
        "or",
        "but",
        "in",
        "on",
        "at",
        "after",
        "before",
        "as",
        "by",
        "from",
        "into",
        "about",
        "against",
        "is",
        "are",
        "was",
        "were",
        "be",
        "will",
        "says",
        "said",
        "say",
        "slams",
        "blasts",
        "calls",
        "wins",
        "loses",
        "takes",
        "gets",
        "vs",
        "vs.",
        "how",
        "why",
        "what",
        "who",
        "new",
        "not",
        "no",
        "his",
        "her",
        "their",
        "its",
        "it",
        "this",
        "that",
    }
)
# Joiners inside names: "Nancy Pelosi of California" is not one; "Duke of Edinburgh",
# "Bank of England" hold "of" (organisations come from the entity model, not this shape).
NAME_PARTICLES = frozenset({"de", "del", "la", "van", "von", "da", "di", "al", "bin", "le", "du"})
# Nationality and group words written as adjectives ("Mexican", "Republican") describe,
# their plurals ("Mexicans", "Republicans", "Democrats") are groups that speak.
ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "i", "ch")

# "one Republican", "another New Hampshire Republican", "a Mexican": a person, not an adjective.
PERSON_DETERMINER = re.compile(
    r"\b(?:a|an|one|another|the|each|every|no)\s+(?:[A-Z][\w.-]*\s+){0,2}$",
    re.IGNORECASE,
)
# --- gender the text shows -----------------------------------------------------------------
FEMALE_WORDS = frozenset(
    {
        "mrs",
        "ms",
        "miss",
        "madam",
        "mme",
        "lady",
        "dame",
        "queen",
        "princess",
        "sister",
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "councilwoman",
        "businesswoman",
        "woman",
        "mother",
        "wife",
        "daughter",
        "girl",
        "grandmother",
        "actress",
        "widow",
    }
)
MALE_WORDS = frozenset(
    {
        "mr",
        "sir",
        "lord",
        "king",
        "prince",
        "father",
        "brother",
        "spokesman",
        "chairman",
        "congressman",
        "councilman",
        "businessman",
        "man",
        "husband",
        "son",
        "boy",
        "grandfather",
        "actor",
        "widower",
    }
)
# Common English-language first names whose gender is clear (a few hundred would do no
# better in news: most speakers are introduced with a title or a pronoun later on).
FEMALE_NAMES = frozenset(
    word_list(
        """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa
    deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna
    brenda pamela nicole samantha katherine christine debra rachel catherine carolyn janet
    ruth maria heather diane virginia julie joyce victoria kelly christina lauren joan
    evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline ann gloria
    jean kathryn alice teresa sara janice doris madison julia grace judy abigail marie
    denise beverly amber theresa marilyn danielle diana brittany natalie sophia rose
    isabella alexis kayla charlotte hillary chelsea ivanka melania michelle nikki kellyanne
    elizabeth claudia angela theresa kamala nancy sheila huma donna hope sarah marine
    jacinda ursula christine dilma cristina gina loretta susana carly tulsi kirsten
    amy elena sonia ruth janet condoleezza madeleine billie
    alexandra alicia alison anne annie audrey beth bridget caitlin caroline chloe claire
    colleen courtney danielle debbie eleanor elaine ella ellen emma erica erin eva fiona
    gabrielle heidi irene isabel jane jasmine jenna jill joanna josephine katie kate
    kristen leah lindsay lucy lydia margo marissa meredith molly monica natasha nina
    paula rebekah rita sabrina sophie sue suzanne sylvia tamara tiffany tina valerie
    vanessa wendy yvonne zoe gemma kirsty siobhan hayley louise joanne leanne
    stacey jade amelia georgia harriet imogen philippa rosie bethany daisy freya
    lorraine mandy maureen pauline sally tracey vicky yasmin zara anita carmen
    gwen ingrid jenny kristin lynn nora norma peggy stella tanya ivana olga svetlana
    yulia beatriz lucia sofia valentina camila"""
    )
)
MALE_NAMES = frozenset(
    word_list(
        """james robert john michael david william richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
    timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
    justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis
    jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah
    jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence
    dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne
    elijah randy roy vincent ralph eugene russell bobby mason philip louis barack bernie
    ted marco jeb ben chris mike mitch rand rudy newt reince paul lindsey bill
    vladimir xi emmanuel boris justin recep benjamin bashar kim narendra shinzo jair
    andres ken vladimir sergei dmitry ali hassan mohammed muhammad ahmed omar abdel
    tim corey cory harry chuck jim tom bob dick ron steve dan greg pat rick andy
    luke adrian alfred allen antonio arnold barry bradley brett caleb calvin
    carlos charlie clarence colin craig curtis darren derek dustin eddie edwin elliott evan
    felix fernando fred freddie gavin gordon graham harvey howard hugh ian isaac ivan jake
    jared jeff jimmy joel johnny jon jorge julian karl leo leon leonard lewis liam lloyd
    lucas luis manuel marcus mario martin marvin matt miguel neil nelson nick nigel norman
    oliver oscar owen pablo pedro phil rafael ricardo rodney ross rupert seth shane simon
    stanley stuart todd tony travis trevor troy victor warren wesley gareth callum connor
    kieran declan rhys dominic damien gerard hamish angus alastair alistair malcolm duncan
    fraser ewan euan niall seamus clive geoff kenny vernon wilfred yusuf ibrahim mustafa
    abdullah khalid tariq rashid hussein mahmoud karim pierre francois hans klaus jurgen
    dieter wolfgang giuseppe giovanni luca matteo alessandro sergio alejandro diego javier
    rodrigo andrei alexei mikhail nikolai yuri viktor igor oleg"""
    )
)

# First names given to women and men alike (Nicola is a man in Italy, Cameron Diaz a woman):
# a first name, no gender (the review's: "Mr. Zingaretti" did not join "Nicola Zingaretti").
# (Kim, Pat, Jordan and Lindsey stay men's, as PolNeAR's speakers were measured with them:
# moved here, "Kim Jong Un" took a woman's "she said", the second review's.)
UNISEX_NAMES = frozenset(word_list("nicola kerry shannon cameron alex jamie leslie casey taylor"))
# Any list: a word that is someone's first name.
FIRST_NAMES = FEMALE_NAMES | MALE_NAMES | UNISEX_NAMES
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# The writer ("I'm old enough to remember ..."): no speaker a reader can be told of.
FIRST_PERSON = re.compile(r"(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll))")
OKAY = re.compile(r"O\.?K\.?|Okay")
# "into" right before a lone capitalised word: what something is turned into, no one.
INTO_BEFORE = re.compile(r"\binto\s+$")
# A quantifier that only goes before a noun, opening a sentence in capitals ("Various
# reports ... suggest", "Several political experts"): no name, and no "he" later on (a
# rumour briefing gave "Various" an HBO chief's words). Those that stand alone as who
# speaks ("Others said", "Many believe") are not among them.
QUANTIFIER = re.compile(r"Various|Several|Numerous|Multiple|Other|Certain|Each|Every")
# Words a page or a sentence opens with that name no one (a new user's Readability news
# pages: "Analysis: Jon Sopel, BBC News", "Gallery: Xbox One X | 14 Photos", "It's betting
# that gamers ...", "Basically, don't expect ..."): a section's label, a contraction, a
# sentence adverb. ("Video" and "Few" stay: "Video of the incident shows ..." and "Few
# people saw ..." are PolNeAR sources whose first word the reading gives.)
NO_ONE = re.compile(
    r"Analysis|Gallery|Update[sd]?|Correction|Opinion|Related|Explainer|"
    r"(?:It|That|There|Here|What|Who|He|She|They|We|You|Let)['’](?:s|re|ll|d)|"
    r"Basically|Clearly|Obviously|Frankly|Honestly|Ultimately|Interestingly|Importantly|"
    r"Unfortunately|Fortunately|Apparently|Essentially|Finally|Additionally|Similarly|"
    r"Currently|Recently|Previously|Originally|Eventually|Certainly|Actually|Seriously|"
    r"Surprisingly|Notably|Hopefully|Naturally|Ironically|Admittedly|Arguably|Overall"
)
DESCRIPTION_OPENERS = frozenset(
    ["a", "an", "the", "one", "another", "his", "her", "their", "its", "our", "my", "your"]
)
HEAD_ENDS = re.compile(r"\s(?:of|for|at|in|with|from|on|to|who|that)\s")
# Words for several people, some not ending in "s", capitalised at a sentence's start too
# ("Friends offered to vote for me ...": several people, no later "he", a July 2016
# reader's find); and (``SINGULAR_ENDINGS``) endings of singular words that end in "s".
PLURAL_PEOPLE = frozenset(
    word_list(
        """some many few both people police men women
        friends experts supporters critics officials analysts prosecutors residents
        witnesses voters protesters activists delegates sources aides advisers advisors
        lawmakers observers members leaders opponents organizers relatives neighbors
        neighbours students parents workers investigators authorities officers scientists
        doctors economists strategists insiders donors fans owners customers"""
    )
)
SINGULAR_ENDINGS = ("ss", "us", "is", "ous")


def _plain(word: str) -> str:
    return word.lower().strip(".,’'")


# Titles a sovereign goes by with one name ("King Hussein", "Prince William").
SOVEREIGN_TITLES = ("King", "Queen", "Prince", "Princess", "Emperor", "Sultan", "Emir", "Sheikh")
SOVEREIGN_NAME = re.compile(rf"(?:{'|'.join(SOVEREIGN_TITLES)})\s+[A-Z][a-z]+")


def is_sovereign(name: str) -> bool:
    """ "King Hussein": a sovereign named by title and one name, no one's full name."""
    return SOVEREIGN_NAME.fullmatch(name) is not None


@lru_cache(maxsize=4096)
def strip_title(name: str) -> str:
    """The name after the titles before it: "U.S. District Judge Barbara Walther" ->
    "Barbara Walther", "Sen. Ted Cruz" -> "Ted Cruz", "Obama Education Secretary Arne
    Duncan" -> "Arne Duncan". A title alone stays as it is, and so does a name with no
    title word before its last word ("State Department", "Steve King")."""
    tokens = name.split()
    last_title = max((i for i, t in enumerate(tokens[:-1]) if _plain(t) in TITLE_WORDS), default=-1)
    rest = tokens[last_title + 1 :]
    if last_title >= 0 and all(t[:1].isupper() or _plain(t) in NAME_PARTICLES for t in rest):
        return " ".join(rest)
    return name


def is_title_word(token: str) -> bool:
    """A word of a title or of an office's scope ("Sen.", "District", "U.")."""
    plain = _plain(token)
    return plain in TITLE_WORDS or plain in SCOPE_WORDS or plain in {"u", "s", "u.s"}


def title_words(name: str) -> frozenset[str]:
    """The title words a mention holds ("Sen.", "Judge"), lowercased without the dot."""
    return frozenset(_plain(t) for t in name.split() if _plain(t) in TITLE_WORDS)


def is_title_fragment(text: str) -> bool:
    """Only titles and an office's scope: "U. S. District", "Prime Minister", "Sen." -
    a part of a title whose person's name stands elsewhere."""
    tokens = [_plain(t) for t in re.split(r"\s+", text.strip()) if t]
    joined = " ".join(tokens)
    if joined in {"u. s.", "u. s", "u.s"}:
        return True
    return bool(tokens) and all(
        t in TITLE_WORDS or t in SCOPE_WORDS or t in {"u.", "s.", "u", "s"} for t in tokens
    )


def is_time_word(text: str) -> bool:
    """A weekday, a month, a date or a time of day ("Tuesday", "Nov. 9", "2016")."""
    tokens = [_plain(t) for t in text.split()]
    timely = [
        t
        for t in tokens
        if t in TIME_WORDS
        or t.removesuffix("s") in TIME_WORDS
        or DATE_NUMBER.fullmatch(t)
        or t in TIME_MODIFIERS
    ]
    # "Theresa May" is a name; "Tuesday", "Nov. 9", "last week" are times.
    return (
        bool(tokens)
        and len(timely) == len(tokens)
        and timely != [t for t in tokens if t in TIME_MODIFIERS]
    )


def is_nationality_adjective(text: str, label: str, before: str = "") -> bool:
    """ "Mexican", "Republican", "Chinese": an adjective of a group, not the group. After
    a determiner the same word is a person ("one Republican involved in the planning")."""
    if label != "NORP":
        return False
    if PERSON_DETERMINER.search(before):
        return False
    word = text.split()[-1] if text.split() else ""
    return not word.endswith("s") or word.lower().endswith((*ADJECTIVE_ENDINGS, "ss"))


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """The English names of the world's countries and territories, from the CLDR data
    Babel ships ("Indonesia", "United States"; region names such as "Africa" too)."""
    from babel import Locale  # (loaded once, where a briefing first asks)

    # (and names the news still uses where CLDR has another: "Turkey" for "Türkiye",
    # "Congo - Kinshasa", "Myanmar (Burma)")
    return frozenset(Locale("en").territories.values()) | OTHER_COUNTRY_NAMES


OTHER_COUNTRY_NAMES = frozenset(
    ["Turkey", "Britain", "Great Britain", "Burma", "Congo", "Ivory Coast", "Holland"]
)


def is_country_name(text: str) -> bool:
    """ "Indonesia": a country's name, which the small tagger sometimes calls a person
    (and the surname of "Garuda Indonesia", an airline it also called one)."""
    return text.strip() in _country_names()


def is_speaking_place(text: str) -> bool:
    """A place whose name stands for the institution in it ("the White House")."""
    plain = text.lower().removeprefix("the ").strip()
    return plain in SPEAKING_PLACES


INITIAL = re.compile(r"[A-Z]\.")
# An honorific right before a word makes it a surname, even one that is also a title.
AFTER_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?\s+$")
# A legislator's party and state after the name: "(D-Mo.)", "R-Texas", "I-Vt." - no one.
PARTY_TAG = re.compile(r"\(?[DRI]-[A-Z][A-Za-z.]{0,12}\)?\.?")


def looks_like_headline(text: str) -> bool:
    """Title-case words no name holds: "Trump Slams Clinton Over Emails"."""
    tokens = [_plain(t) for t in text.split()]
    if len(tokens) > 5 or (len(tokens) >= 3 and text.isupper()):
        return True  # a name of six words, or "RED STATES OUTNUMBER BLUE"
    # The first word may be a name that is also a word ("Will Doyle", "Hope Hicks"); an
    # initial is no word ("James A. Lewis" is not "a").
    initials = {_plain(t) for t in text.split() if INITIAL.fullmatch(t)}
    return any(
        t in HEADLINE_WORDS or t.capitalize() in NOT_NAME_WORDS
        for t in tokens[1:]
        if t not in NAME_PARTICLES and t not in initials
    )


def can_speak(
    text: str,
    label: str = "",
    *,
    at_cue: bool = True,
    before: str = "",
    before_cue: bool = False,
) -> bool:
    """Whether a mention can be who said something: never a date or weekday, a place
    (unless it stands for an institution, or, ``at_cue``, is the subject right at the
    cue: "Russia said"), a title fragment (not after an honorific: "Mr. Prince" is a
    name), a nationality adjective (``before`` is the text before the mention: "one
    Republican" is a person; ``before_cue``, the cue right after
    it: "Smbatyan added" is a noun, since an adjective does not stand alone before its
    verb) or a headline."""
    plain = text.strip()
    if not plain or not any(c.isalpha() for c in plain):
        return False
    if is_time_word(plain) or PARTY_TAG.fullmatch(plain) or FIRST_PERSON.fullmatch(plain):
        return False
    if OKAY.fullmatch(plain) or QUANTIFIER.fullmatch(plain) or NO_ONE.fullmatch(plain):
        return False  # "But that was O.K. for my purposes": a word, not a name
    if " " not in plain and INTO_BEFORE.search(before):
        return False  # "translated into English": a language (a rumour briefing's speaker)
    if is_title_fragment(plain) and not AFTER_HONORIFIC.search(before):
        return False  # "Prime Minister" is no one; "Mr. Prince" and "Ms. Bishop" are
    if is_nationality_adjective(plain, label, before) and not before_cue:
        return False
    if label in PLACE_LABELS and not is_speaking_place(plain):
        return at_cue and label == "GPE"
    return not (label in {"", "PERSON"} and looks_like_headline(plain))


def is_plural_description(mention: str) -> bool:
    """A description of several people: its last word a plural common noun ("aides",
    "his advisers", "some"). A capitalised word may be a name ("Ross", "James")."""
    # The head noun stands before a prepositional phrase ("a spokeswoman for the police"),
    # perhaps before an adjective or participle too ("sources familiar with ...").
    words = [w for w in HEAD_ENDS.split(mention, maxsplit=1)[0].split() if w.isalpha()]
    if words and words[-1].lower() in PLURAL_PEOPLE:
        return True  # "Police" opening a sentence is still several people (July 2016)
    return any(w.islower() and _plural_noun(w) for w in words[-2:])


def _headless(mention: str) -> bool:
    """A description in lower case that opens on no determiner: a phrase cut from its
    head noun ("familiar with the negotiations" of "sources familiar with ..."), no one
    a "he" or "she" can be."""
    words = mention.split()
    if words in (["spokesman"], ["spokeswoman"], ["spokesperson"]):
        return False  # "A company spokesman said ...": the "he" who goes on (TimeBank)
    return bool(words) and words[0].islower() and words[0] not in DESCRIPTION_OPENERS


def _plural_noun(word: str) -> bool:
    return word in PLURAL_PEOPLE or (word.endswith("s") and not word.endswith(SINGULAR_ENDINGS))


# Last words of an organisation's name, never of a person's: the small model tags "Virgin
# Media" a person, and a later "he" was read as the company.
ORGANISATION_ENDINGS = frozenset(
    word_list(
        """Media News Network Networks Airlines Airways Motors Inc Corp Corporation Ltd LLC
        Group Holdings Technologies Magazine Television University Institute Foundation
        Association Committee Commission Council Ministry Agency Company College School
        Academy Hospital"""
    )
)


# News organisations whose names the small model tags as people ("Politico reported
# Saturday that ...": a later "he said" went to Politico, July 2016 review). Names that
# are also the names of people the news quotes (Bloomberg, Fox, Murdoch) are not here;
# Drudge and Breitbart are, as their sites are what the news cites by those names.
NEWS_ORGANISATIONS = frozenset(
    [
        *word_list(
            """Politico Reuters Breitbart Axios BuzzFeed HuffPost Mediaite Gawker Newsweek
            Newsmax Salon Slate Vox Univision Telemundo MSNBC CNBC CNN NPR PBS BBC AFP UPI
            Xinhua TASS Sputnik Drudge"""
        ),
        "Associated Press",
        "Huffington Post",
        "New York Times",
        "Washington Post",
        "Wall Street Journal",
        "Los Angeles Times",
        "USA Today",
        "Daily Beast",
        "Daily Caller",
        "Daily Mail",
        "Drudge Report",
        "Al Jazeera",
        "Fox News",
        "Yahoo News",
        "The Hill",
    ]
)


def names_an_organisation(name: str) -> bool:
    """The name ends in a word only organisations' names end in ("Virgin Media"), or is a
    news organisation's ("Politico", "The Huffington Post")."""
    words = name.rstrip(".").split()
    if " ".join(words) in NEWS_ORGANISATIONS:
        return True
    if words[:1] == ["The"] and " ".join(words[1:]) in NEWS_ORGANISATIONS:
        return True
    return len(words) > 1 and words[-1] in ORGANISATION_ENDINGS


def known_first_name_opens(name: str) -> bool:
    """A full name (``is_full_name``) whose first word is a first name people go by
    ("Carly Fiorina", which the small model may tag an organisation)."""
    return is_full_name(name) and name.split()[0].lower() in FIRST_NAMES


def is_full_name(name: str) -> bool:
    """Two words or more, all capitalised: "Ken Salazar", "Claudia Sheinbaum Pardo"."""
    words = strip_title(name).split()
    return len(words) >= 2 and all(w[:1].isupper() or w in NAME_PARTICLES for w in words)


def is_name(text: str) -> bool:
    """A speaker given by name ("Ken Salazar"), not by description ("Mexico's leader")."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() and not w.endswith(("’s", "'s")) for w in words)


def person_for(name: str, full_names: list[str], strict: bool = False) -> str | None:
    """The longest full name that ``name`` (titles left out) is the ending (surname) or
    the whole of: "Sen. Cruz" -> "Ted Cruz". With ``strict`` (a quotation's speaker), None
    when the text names two people of that surname ("Bill Clinton" and "Hillary Clinton"):
    a bare "Clinton" could be either, and words credited to the wrong one are worse than
    the surname as written. Entities keep the longest (the clustering's people channel
    joins more reports of one story by it: ECB+ dev topic F1 0.892, 0.883 strict)."""
    tokens = _particles_lowered(strip_title(name).split())
    if not tokens:
        return None
    matching = [
        f
        for f in full_names
        if _particles_lowered(strip_title(f).split()[-len(tokens) :]) == tokens
    ]
    if not matching:
        return None
    best = max(matching, key=len)
    widest = set(strip_title(best).split())
    if strict and any(not set(strip_title(f).split()) <= widest for f in matching):
        return None  # two people ("Hillary Rodham Clinton" and "Hillary Clinton" are one)
    return best


def _particles_lowered(tokens: list[str]) -> list[str]:
    """The tokens of a name, its particles in lower case: a sentence may open on one
    ("De la Rionda told the jury" is Bernie de la Rionda)."""
    return [t.lower() if t.lower() in NAME_PARTICLES else t for t in tokens]


def first_name_gender(word: str) -> str | None:
    """ "f" or "m" for a first name the lists know as one gender's ("Kevin"), else None."""
    plain = _plain(word)
    if plain in UNISEX_NAMES:
        return None
    return "f" if plain in FEMALE_NAMES else "m" if plain in MALE_NAMES else None


def gender_of(mention: str) -> str | None:
    """ "f" or "m" where the mention shows it (a title, a role word or a common first
    name), else None."""
    # ("son-in-law" shows a man, as "son" does)
    words = [_plain(t).removesuffix("-in-law") for t in mention.split()]
    name = strip_title(mention).split()
    # A first name the list knows decides before a word of the name that is also a role
    # word: Billie Jean King ("Jean King" to the tagger) is no king.
    first = _plain(name[0]) if len(name) >= 2 else ""
    # (a name alone: "Bill Clinton's daughter" is still a daughter)
    named_only = all(t[:1].isupper() for t in mention.split())
    if named_only and words and words[0] == first and first in FIRST_NAMES:
        # (a name given to either, "Cameron", shows none)
        return "f" if first in FEMALE_NAMES else "m" if first in MALE_NAMES else None
    for word in words:
        if word in FEMALE_WORDS:
            return "f"
        if word in MALE_WORDS:
            return "m"
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return None


# The last word of an organisation's name: "the Clinton Foundation" is never "she" (a
# June 2016 quotation of Hillary Clinton's went to her foundation).
BODY_WORDS = frozenset(
    word_list(
        "foundation institute party committee campaign company corporation association "
        "council agency department ministry university college union commission bank "
        "network group fund organization organisation administration office court"
    )
)


def _names_a_body(mention: str) -> bool:
    """An organisation's name: capitalised words ending in a body's word, not opening on a
    known first name ("Margaret Court" is a person; "a spokeswoman for the campaign" is a
    described person, its head noun before "for")."""
    words = HEAD_ENDS.split(mention, maxsplit=1)[0].split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words if w.lower() != "the"):
        return False
    if mention.split()[-1][:1].islower():
        return False  # "A Department for Education and Skills spokeswoman": a body's person
    first = _plain(words[0])
    return _plain(words[-1]) in BODY_WORDS and first not in FIRST_NAMES


def agrees(pronoun: str, mention: str) -> bool:
    """Whether a pronoun (or a description: "the spokeswoman") may stand for a mention:
    "she" never for "Mr. Lee" or "John Kerry", nor "he" for a description of several
    people ("aides", "the progressive heavyweights"); "they" for groups and people alike;
    unknown gender agrees with both."""
    if pronoun.lower() in PRONOUN_GENDER and (
        is_plural_description(mention) or _headless(mention) or _names_a_body(mention)
    ):
        return False
    wanted = PRONOUN_GENDER.get(pronoun.lower()) or gender_of(pronoun)
    if wanted is None:
        return True
    shown = gender_of(mention)
    return shown is None or shown == wanted
