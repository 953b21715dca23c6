"""The read stage: sentences, entities, quotes with speakers and time expressions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import fields
from datetime import date

from storyline.extract.dates import iso_date
from storyline.model import Article
from storyline.read import nlp
from storyline.read.dating import (
    date_from_event,
    event_day,
    infer_range,
    lead_day,
    told_lead_day,
)
from storyline.read.entities import entities_from_doc
from storyline.read.quotes import find_quotes
from storyline.read.sentences import split_sentences
from storyline.read.timex import find_times
from storyline.settings import DEFAULT, Settings
from storyline.workers import WORKERS, OrderedFeed, start_method

# read-8: a bare surname two people of the text share stays as written (people.person_for);
# read-9: a line above a weekday (a headline's "plans to") makes it no coming one;
# read-10: that surname rule for quotations' speakers only (entities keep the longest name).
# read-11: "as soon as" makes only the day right after it a coming one; "USA TODAY" is no day;
# a role at the cue takes no name inside the quotation; "when asked" is no cue.
# read-12: "he added" goes on with the speaker before; "he told X" is not X; "he"/"she" is
# no description of several people ("aides") and no aside's, possessive's or writer's name;
# a name inside an apposition before the cue is no subject; a quotation with its cue right
# before it takes no cue of the next quotation; NBC's "Today" is no day.
# read-13: "Pres.", "Del.", "Amb.", "Atty." end no sentence, typewriter marks ('') end and
# open sentences; a day right after a past
# report's verb is past, one a few words after "ahead of" or an aim ("chance to win it on
# Tuesday") a coming one; "two days before <a happening>" is not counted from the report;
# a person's mention loses a function word run on into it ("Juan Manriquez of"), a quoted
# nickname, and gains a first name the tagger left out ("Billie Jean King"); a known
# first name decides gender before a role word in the name ("Jean King"); an
# organisation's name ("the Clinton Foundation") is never he or she; no subject after a
# preposition; a verb coordinated after a comma ("..., but admitted") shares the clause's
# subject; "As the chief executive, Jeff Weiner, put it" is Weiner; a person right before
# "saying" is its sayer; a possessive right before a quotation ("Trump's “...” line")
# owns its words; a possessive ("the super-PAC's") is no speaker after the cue, a tagged
# person goes before a name-shaped title word ("Blaze co-host Stu Burguiere"); "the
# group", "the union" is the organisation named just before; a cue word after a possessive
# or determiner is a noun ("Americans' fears"); after a sentence of nested reports its
# own subject is the one a later "he" means; "one of the prosecutors for X said" is not X.
# read-14 (January 2016 review): a name-shaped match on a place of several words, an event,
# a law or a date is no speaker ("the Middle East"); a participle opening a clause
# ("Walking to ...") names no one; "One"/"Another" open a description ("One intelligence
# source"); a group's adjective before a noun makes a description ("a German user"); a
# lone word tagged an organisation that no person's name holds is no subject for a later
# "he" ("Harsh comments ..."); a preposition's object may follow a determiner ("in a
# Fox411 interview"); more nouns of people describe a speaker ("the actor"). Also in read-14:
# a coming weekday's cue reaches past a title's full stop ("will endorse Sen. Ted Cruz ...
# on Saturday") and an arrangement ("is organizing ... on Friday"); a coming day named on
# that day is that day; "the last Friday in August" is no day counted from the report; an
# editor's brackets are no part of a name ("Secretary [Hillary] Clinton"); the subject
# after an opening clause is who a later "she" means; a quotation closed before a day
# lends it no tense; a cue word inside a name is none ("the United States"); a name that
# says whose role it is does not speak ("a senior Obama administration official").
# read-15 (MEANTIME and November 2015 reviews): a role in apposition without its closing
# comma ("Scott Carson, president and CEO of Boeing said"), a long title before the name
# after the cue, an employer and a title before a name ("Ryanair CEO, Michael O'Leary,",
# "Washington Post columnist Michael Gerson") leave the name the speaker; a passive cue's
# subject says nothing ("The iPhone is claimed to be “…”"); "As they say" is no one; a
# possessive before a word of saying owns the quotation ("Trump’s call for “…”", "The
# senator’s answer was that “…”"); "the resolution which said" is the resolution's; "the
# journalist" is the one person named by the sentence before in its paragraph; "…,”
# according to X" and "…,” a source, who ..., told Fox News" are X's and the source's; a
# cue's sentence is read from its start for a colon's quotation. Dates: "a Christmas-themed
# ad" and "Saturday nights" name no day; a weekday after "this week" is in the report's
# own week (not in a Sunday report). Entities: a name cut inside parentheses ends before.
# read-16 (rumour reports, FNC-1's bodies): an aside that "who" opens does not lend the
# subject its "he" ("Holt, who looks shocked once he realizes ..., then says:"); a name does
# not run across a line break ("live TV\nHolt"); a name ending like an organisation's
# ("Virgin Media") is no "he"; a mention the tagger began inside a nickname ('Gee"
# O'Brien') is the name after it; "Another Twitter user", "one Podesta employee" are who
# speaks, not the site or the employer.
# read-17 (FNC-1 rumour set D): "she" after "his mom" is his mom ("Joe Riquelme's mom"),
# not him; ", where he said:" is the person named before it; "Instagram user andreysmygov"
# speaks, not Instagram; a quotation signed "--Ray Lewis" is his; a description of a thing
# ("a 2013 article in The Daily Courier", "A spoof account") and a capitalised quantifier
# ("Various reports") are no "he" or "she".
# read-18 (review of read-17): ", where he said" is the person a statement or interview is
# from, not any name before the comma ("the funeral of X, where he said" is the subject's);
# "--" signs only a name alone on its line (not a bullet or a credit line); a description
# is a thing by its head noun ("the show's host" is a person).
# read-19: a lone capitalised word after "into" is no speaker ("translated into English",
# "he cut into Bush").
# read-20 (fifteenth session): a note "from her son that read, “…”" is the writer's words;
# a full name tagged an organisation that opens with a known first name is a person; more
# common first names (British and European ones among them) show a gender.
# read-21: a section's label ("Analysis:", "Gallery:"), a contraction ("It's", "That's")
# or a sentence adverb ("Basically", "Essentially") is no speaker.
# read-22 (review): first names given to women and men alike (Nicola, Cameron, Kim, Pat)
# show no gender; an organisation that opens with a first name is a person only when
# described as one right after it ("Nicola Dawson, 48, a ...", not "Georgia Power").
# read-23 (second review): Kim, Pat, Jordan and Lindsey are men's names again (as
# measured); an organisation-tagged full name is a person only with an age after it.
# read-24 (AQUAINT read): "Kopp's stepmother said" is hers, not Kopp's; a count opening a
# sentence ("Two men carried a banner that said") is no one, the banner says it; a
# description keeps its head noun ("a Cuban country music band sang"); "he was quoted as
# saying" cites; initials run together ("J.L. Edmonson") end no sentence.
# read-25: a count is no speaker only before the people it counts ("Two men", not "Six in
# 10 said", "Hundreds cast"); a third noun ends a description only when it names people
# ("band", not "plans"); a time opening the sentence ("Just last week, J.J. Goldberg, ...,
# wrote") leaves the subject before its apposition.
# read-26 (TimeBank read): a name after the cue with its own verb is what is said, not who
# says it ("and said the United States is “…”"); a piece of the words around a cue ("said
# of the robbers", "the VMI case when it", "No.") is no speaker of a direct quotation.
# read-27: a sovereign named by title ("King Hussein") is no title and surname of a full
# name sharing his name ("Saddam Hussein"), and a bare "Hussein" beside both is either.
# read-28: a quotation with no cue right after a report of someone's words in the same
# paragraph goes on with them ("Mr. Price said ... . “We don't need the cash.”"); the review:
# "the woman who found it" is a speaker, a place's initials end a sentence ("B.C. Crews").
# read-29 (second review): a cue-less quotation goes on only after a verb of saying, not from
# a relative clause nor after a report of someone else's words; two initials only are a
# person's; a prince with no other of his name stays one person.
# read-30: the verbs a cue-less quotation goes on after include "argues", "told", "announced";
# a report of a call, a warning or a tweet is someone else's words.
# read-31 (August 2016 review): a possessor is no speaker ("said Trump's remarks “…”",
# "Shortly after Murphy's call ended, Rubio's campaign ... saying"); "he" or "she" is never
# an institution ("the company") nor words around a "she"; a pronoun after an opening
# "But" is its clause's subject.
# read-32 (review): a description's head noun decides whether it is an institution ("the
# head of the union" is a person).
# read-33: a description a name owns speaks, not the name ("The company's spokeswoman said",
# "Clinton's lawyers said", "said Dalton's campaign manager, Kevin Lowe"); a surname titled
# "Mr." or "Mrs." in the text shows its gender to a later pronoun; whom a cue of telling
# names after it ("..., told The Huffington Post") is the listener, not the speaker.
# read-34 (July 2016 read): a quotation closing on "!" or "?" and its speaker's name and
# cue after it are one sentence; a full name closing the words after "said" is the speaker
# ("said Oversight ranking Democrat Elijah Cummings"), the title "Police Chief" capitalised
# too; a name then its party in brackets then an apposition is the subject ("Chris Christie
# (R), a staunch Donald Trump ally, ... saying"), after its title ("New Jersey Gov."); a
# group or place inside a description is no speaker ("The former Republican presidential
# candidate continued"); a name the tagger called an organisation with a person's role in
# apposition is a person ("Maryam Violet, an Iranian journalist"); "Like Allen," opening a
# sentence makes Allen no later "he"; a book "which ... urged" is no speaker; a capitalised
# plural ("Friends", "Experts") is no "he"; a lone organisation word between two
# quotations ("on Fox and Friends") does not stop the second going on with the first's
# speaker, nor the title in the first one's own cue.
# read-35: "the statement said" is whoever the text says put the statement out ("Obama
# released a statement"; "..., which was attributed to Miller"); a name "which" goes on
# about speaks but is no later "he" (read-34 had dropped its words as a speaker's); an
# organisation opening its clause, then a "which" aside, is the subject of the verb after.
# read-36 (review): the teller in commas before "told" is the first person
# there, not a possessor; a lone organisation word stops a quotation going on only as a
# sentence's subject; "asked X" after a comma is X's; a name closing the words after the
# cue starts at its first name and not after "the"; no firm or group is a person by an
# apposition of "adviser", "activist"; a name owning a description is still remembered.
# read-37: a press secretary, critics, allies or an office a name owns speak, not the name.
# read-38: "Well", "Having", "Being" opening a sentence name no one; a "both", "all" or
# "each" after its subject is no speaker ("X and Y both said"); a verb of the nominal
# reports after a possessive, or in "-s" after an article or quantifier, is a noun
# ("Trump's calls for", "many promises").
# read-39: a description opening on a preposition reaches back to the words it qualifies
# ("about half of voters", "other donors in both parties", "one of his speakers"), past a
# relative's preposition ("in which a majority of Americans"); a shape-only capitalised
# word inside a description is no speaker alone ("Public health experts"); "-ly" words
# opening a phrase ("Nearly half", "Early polls"), "Had", "Has", "Have" name no one; the
# adverb before a cue is no part of a description ("the editorial board recently wrote").
# read-40: a report's verb right after "and" and the last word of the report before shares
# that report's subject ("criticized deals such as NAFTA and called for"); an "-ly" adverb
# may stand between "and" and a cue of the same subject ("and repeatedly says").
# read-41: a "who" aside may hold a party tag (", R-Texas,") and be followed by a time
# ("last week said"); a group's adjective describes a speaker only before a word for
# people or a body of them ("the Republican presidential primaries" is no one); and the
# reviewer's cases against read-38 to read-40: "-ly" names ("Kelly quickly said"), a name
# before how it spoke ("Vos in a statement said"), "After the meeting both said", the
# "'s" of "has", "Having said that", "Oh" and "Um" as surnames.
# read-42: a name inside a "who" clause with no comma right before the verb is not its
# subject ("The man who shot Berg said": the man; "who he said" stays his); how and when
# it was said stand between a subject and its verb ("Berg on Monday in a statement said",
# "The union in a letter to members said"); a second reviewer's cases: a name before
# "of"/"at" and a body is the subject ("Ann Vos of the Dorven Party said"), the "who"
# clause stops at a joined clause and is no question's "who", "They both said",
# nationality + person ("A Syrian refugee"), "Nine in 10 voters".
# read-43: a name right after "who" is the subject only when the cue follows it ("who Vos
# said were ..."); "The candidate who Vos endorsed said" is the candidate's.
# read-44 (TimeBank and AQUAINT, read after the session's rules): words holding an
# auxiliary or "to" head no description ("may yield important clues for investigators"),
# and a description opening on a preposition and a gerund names no one ("involved in
# managing the crisis").
# read-45 (a reader of PolNeAR's September and May 2016 briefings): a name after a
# preposition and a role word is no subject ("an interview with journalist Matei Rosca,
# Lazar said ... and added"); a speaker read across a spaced dash is none ("the Minnesota
# Vikings - while chanting"); a one-word question or exclamation ("Harsh?") is no one a
# later "he" means, unless a full name in the text ends with it.
# read-46 (a reader of PolNeAR's September 2016 briefings): a capitalised "Today" right
# after a capitalised word within a sentence is a name ("Russia Today"), not the day; a
# person's strategist, manager or aide speaks, not the person ("Obama's former campaign
# strategist said"), and a name in apposition after such a role after the cue is the
# speaker.
# read-47: an opening mark typed as a quotation's closing one at a paragraph's end
# closes it ("... is 51 percent.“").
# read-48: an interview transcript's turns ("WALLACE: ...", "PENCE: ...") are their
# speakers' words (read/transcripts.py).
# read-49 (a review of read-46 and read-48): a transcript only where two people take turns
# and the report says "transcript" or opens turns with marks; a reporter's own quotation
# ends a turn; a label's given name is read; "Today" is a name only after a word in lower
# case (a headline's "In Ohio Today" is a day).
# read-50 (a second review): a turn ending in a quotation of its own keeps it; one person
# tagged twice ("John Smith", "JOHN SMITH") is one; "transcript" must be said shortly
# before the first turn.
# read-51 (a reader of October 2016 briefings): "she" after the writer's own relative ("My
# mother ... she still says") is that relative, before any speaker or person named earlier.
# read-52 (a reader of September 2016 briefings): a gendered word before a full name
# ("widow Terry Strada") and a first name used alone ("Kevin") show whom "she" may be.
# read-53: "the president said" is the person the text titles so (a title before the name,
# or apposition after it), not a name near the word; "Bank" opening a sentence is no one.
# read-54: "even today" is these days (PRESENT_REF); a quotation after the writer's own
# "I ...:" clause has no speaker.
# read-55: "“…,” when Clinton blasted him" is no cue: a clause of its own after a quotation.
# read-56: a word of a subheading in capitals ("CONGRESS HAS INVESTIGATED HIM") is no speaker.
# read-57 (a review): a title's apposition and gap hold a title's words only; the writer's
# clause that names someone else keeps that speaker; role holders found once per text.
# read-58: "even today" is PRESENT_REF without a date to read against too.
# read-59: a news organisation is no person; the one asked answers a reported question.
# read-60: a month and day told before with its year keep it; a cause after "will" is past.
# read-61: a full name tagged an organisation may be a person's (Carly Fiorina).
# read-62: an owner in the reported words before a quotation is not its speaker.
# read-63: "said Latino Decisions researcher Sylvia Manzano" is hers.
# read-64: an interjection opening a sentence is no name ("Wow", "Sorry").
# read-65: a review's narrowing of read-59..61 (asker, told year, cause); bisection.
# read-66: a contest someone "needs a win in" is to come.
# read-67: what a future follows "on the heels of" is past.
# read-68: a sentence opening on the surname of one person the text names in full is about
# that person, for a later "he"/"she", though the tagger missed the name there.
# read-69 (a reader's review): a name before lower-case nouns alone after the cue describes
# what speaks ("said the printed Cruz slate card", "said one Trump confidant"); "The Hill"
# keeps its article; the words after an earlier cue lead to the person ("said Chicago
# Alderman Jason C. Ervin, who thinks ... “…”"); an opening participle's clause ("Noting
# that both Reagan and Trump ..., Schlafly ...") names no subject.
# read-70: a surname a "he"/"she" disagrees with is no relative's of the other gender when
# the text names one person of that surname in full ("Clinton" naming only Hillary Clinton).
# read-71 (review): a description after the cue needs a determiner and no time word; an
# honorific of the pronoun's gender keeps a surname; a surname's bearers counted by person.
# read-72 (second review): "Donald Trump, Jr." is a junior; time words after a name are
# left to the determiner rule ("a Trump weekend volunteer" is a description).
# read-73: a description after the cue ends before a time that closes the words ("said
# the Trump campaign last night" is the campaign's).
# read-74: a month and day to come (a future cue before it) is the next one, up to 270
# days ahead; "June 16th of last year" takes the year said after it.
# read-75: a description ("the host") is the person the text gave its word before (a
# plural title too: "hosts Joe Scarborough and Mika Brzezinski") when last named.
# read-76: a name after "among", "between", or after a preposition and "some", "many",
# "other" ... is no clause's subject ("among some Catholics in public office: “…”").
# read-77: a day opening its sentence ("And on Monday, ...") takes the future of the verb
# after it ("will hold"), unless a told verb stands between.
# read-78: a pronoun opening the sentence after one pointing the reader at one person
# ("Just look at House Speaker Paul D. Ryan. He's said ...") is that person.
# read-79: "the statement said" is whoever the text says said it in a statement.
# read-80 (review): a month and day to come only up to half a year ahead and not past a
# told verb; a day opening its sentence only within a few words of its future; a
# description's capitalised words must stand near its holder.
# read-81: a wire dateline's day ("MEXICO CITY, Feb. 8 (UPI) —") is the filing day, not a
# day the report tells of (``dating._past_the_dateline``).
# read-82: "with Trump reportedly yelling: “…”" is Trump's (``quotes.ABSOLUTE_CUE_AFTER``).
# read-83 (review): the dateline's day dates the event where the report tells no other
# (not the publication date a day later, nor none for a range); a label in capitals is
# no dateline; "with X saying" only where the participle runs into the quotation.
# read-84: "said one Democrat" is one Democrat, not the party; "Brian Sandoval, a
# Republican, said" is Sandoval (``quotes._person_apposed_to``).
# read-85: the absolute "with X ...ing “…”" is X's for every participle of saying
# ("with Gorka noting the absurdity of positioning “…”", "with her rival Tom Hale
# replying: “…”"; ``quotes._right_before``), not the main clause's subject; one list of
# participles (``PARTICIPLE_CUES`` and the cries). PolNeAR train+dev: 1 speaker changes,
# better (Bolton -> Gorka).
# read-86: "the campaign" after "The Clinton campaign suggested ..." is the Clinton
# campaign (``quotes.NAMED_BODY``; the tagger tags no organisation there). PolNeAR
# train+dev: 1 quotation changes (the read's case), right.
# read-87: "he"/"she" after a sentence opening with a person's possessive ("Palin’s
# posts ... include one saying ...") is that person when no one else there agrees with it
# (``quotes._possessor_just_before``); (review) the absolute "with X ...ing" needs its
# participle to run into the quotation, its adverbs are a short list; "the campaign"
# takes a name the tagger tells a person or an organisation by, not "The Republican".
# read-88 (second review): the possessor gives way to another person the pronoun agrees
# with named in its own sentence, to a role ("Manafort’s lawyer"), to another speaker of
# the sentence, and on a headline's line; the absolute takes any -ly adverb and six words
# before the quotation; "The Rubio campaign" takes a person's name the text gives.
# read-89: a past form after "would ... if" is the conditional's ("how ties would fare if
# he won the election on Nov. 8": the November to come; ``timex._told_since_the_cue``).
# read-90 (review): only the one past form after "would" not followed by "have", after an
# "if" no "not"/"say"/"find out"/"as" makes a "whether", and no "had" (``_a_conditional``).
# read-91: a name set off by its role ("Reince Priebus, the GOP chairman, this past week
# announced") is the subject past a time or "also" before the verb; a post's field before
# the title ("Clinton Communications Director Jennifer Palmieri") is the named person's.
# read-92 (review of read-91): not where a clause's "and", "but" or a semicolon brings a
# second person with a role of their own ("..., and Chuck Schumer, her Senate
# counterpart, on Thursday said"); a lower-case field word only right before the title
# ("Republicans press FBI Director James Comey" is a verb's object).
# read-93: a post's handle after a dash signs it ("“…” — @tedcruz").
# read-94 (review): a dash's name keeps an initial's or a title's full stop ("— Donald J.
# Trump"); a handle signs only where no cue before the quotation names the speaker, and
# only one that ends its sentence.
# read-95 (second review): a second subject needs an apposition of its own (not a list's
# last name, "a lobbyist for Exxon, Chevron, and BP, said"); every title of
# ``people.NAME_ABBREVIATIONS`` keeps its full stop in a dash's name ("— Rev. Al Sharpton").
# read-96: a title of several people ends no sentence ("including Sens. John McCain");
# a surname two people share is the one named in full as the subject of the last
# sentences before it, the last person named there (outside quotations); a capitalised
# word the tagger left out before a one-word name with a person's role in apposition is
# its given name ("Reince Priebus, the GOP chairman").
# read-97: that given name is one people go by (``people.FIRST_NAMES``: not "Republican
# Priebus").
# read-98: a date on a line of its own above the text ("February 20 , 2009") is the
# day the report was filed, as a wire dateline's is (``dating._a_datelines_day``).
# read-99: a description and the person's name in apposition, after a trailing cue or
# opening a sentence, is that person (", said the firm's chief executive officer, Alan
# Mulally."; "The firm's president and chief executive, Alan Mulally, commented ...").
# read-100: a participle nearer the quotation than a clause's cue is about the one named
# right before it ("The spot concludes with footage of Trump saying ..., “…”": Trump's).
# read-101: a written thing's issuer may be a body the tagger names with its article ("the
# Security Council issued a statement ... The statement noted").
# read-102: after a quotation, a role then a name in apposition is the named person ("…,”
# the Vatican spokesman, Federico Lombardi, told"); people named before ", both
# Republicans," speak together ("Phil Berger and Tim Moore").
# read-103: a person named as an item of a list of three or more is no one a later
# pronoun's quotation goes on with (``quotes._listed_people``).
# read-104 (review): a name after "a role for / of someone" is that someone's, no speaker;
# a described subject's name speaks only before a cue; a relative named between, or the
# words naming the one chosen, leave a shared surname as written; people after a
# preposition speak for no one together; a list stays in its sentence; a plural title
# ends no sentence only capitalised ("sales reps." does).
# read-105: the name after an office "for" or "of" a field starts at its first name
# ("Commissioner for Competition Neelie Kroes"); "the company" speaking "on the Airbus
# website" is its owner (``quotes._channel_owner``); a name after a pronoun subject ("But
# he said Columbia remains") is no subject for later pronouns; a company's short name the
# tagger calls a person ("Hewlett") is no "he"; a full name of no known gender read as
# "she" is no later "he" (and the other way).
# read-106: "this coming Sunday" is ahead; "each Thursday", "on Monday and Tuesday
# nights" are every week's, no one day (``timex.weekday``); "Building 100" is no "he"; a
# spokesman alone is the "he" who goes on (``people._headless``).
# read-107 (review): only "this coming" and "the coming" day look ahead ("was coming
# Monday night" is a verb); "each"/"every" looked for just before the day; no "I" before
# a name makes it no subject ("World War I"); a company's short name only of a name with a
# hyphen or a company's word ("Kellogg Co."), not a family's ("the Clinton Foundation").
# read-108: a quotation over several paragraphs, each opened with a mark and only the last
# closed, is quoted whole (``quotes._passages_going_on``), its opening passage the
# speaker's whom the next one's cue names; 'X said: "…"' is not also reported speech; a
# body and a post before a name at a trailing cue are the person's (", Home Secretary
# Charles Clarke told MPs"); "a spokesman for X" speaks, not X; a shadow, deputy, vice,
# assistant or junior holder is no "the <role>"; a pronoun opening a clause before a
# colon is its subject.
# read-109: a question its own cue introduced ('asked: "…?"') takes no cue from the next
# sentence; "told" may take an addressee of up to six words ("told the Times Higher
# Education Supplement it would worry her").
# read-110: "Sir John said" is the knight named in full before ("Sir John Bourn"); a name
# inside "A Department for Education and Skills source" only says whose source it is.
# read-111: "its report" ("statement", "letter", ...) speaks for the body named before.
# read-112: a person right before "of" and a body's name speaks ("Nick Van den Brul of
# BNP Paribas"); "confirmed" is a cue after a quotation; where something was said, after
# an inverted cue, is no one; a possessive name at a trailing cue gives the person or post
# it owns ("NBC's Dante Chinni", "Chad's Ambassador to France").
# read-113: the end of a reporting period ("the three months to 31 December 2004", "the
# quarter ended Sept. 30") is no day of the happening (``dating.PERIOD_END``).
# read-114 (review): a rank is read in a title only ("a deputy spokesman for President
# Bush" is no rank of his); a reported copy left out still names whom a later "he" means;
# a passage opens only at a paragraph, after a sentence, a cue or a report's words, and
# holds no cue of its own; a cue before typewriter marks is found; "a letter from X" is
# X's; a person named in a colon clause beats a pronoun opening it; "Sir John" only for a
# knight; "A Department for Education and Skills spokeswoman" is a "she".
# read-115: two subjects joined by "and" that open the clause speak together ("Labour and
# the Liberal Democrats say"), and are no later "he" or "she".
# read-116: a name in a hyphened qualifier ("The Ballymena-born actor", "The
# Oscar-nominated actor") is not the speaker; an aside opened by "whose" is skipped to the
# subject that opens the clause ("The actor, whose films include ... The Phantom Menace,
# said"); "the 36-year-old" stands for the one named before, a title's field ("Chelsea
# captain") being no one; what "it has been reported" is no one's report.
# read-117: a quotation's later sentence is no reported copy of itself when its cue
# follows the closing mark (“The money is there. Don't worry,” Edelman told ...).
# read-118: after an inverted cue a qualifier may stand before a title's noun ("said the
# Spurs sporting director": the description, not "Spurs", which the tagger calls a person).
# read-119: a "he" or "she" after a sentence, in its paragraph, about one person and
# holding no one's words is that person when it is the one a question was put to ("Those
# allegations were put to Wenger ... At first he said only:") or the sentence's subject
# whose name shows the gender, not the last who spoke; an "according to" source's name
# is read whole (it had been cut at twelve characters: "Hillary Clin").
# read-120: a claim's noun after the cue is what the cue is about ("denied reports that he
# wants to leave": the reports, not his words), and a word in -s after a determiner or
# such a verb ("amid reports that", "denied claims that") is no cue.
# read-121: a quotation without a cue goes on with the one before past the rest of that
# one's cue sentence ("Stevens told Five Live.", "said Jon Ralston, ..., who attended a
# campaign event by Mr. Clinton"): the people named there are no one else speaking.
# read-122: the person named right before an apposition that describes them and ends at
# the verb speaks ("Greg Jacob, a former Marine, says"; with "and": "Todd Wilcox and
# Carlos Beruff, a Sarasota Republican, argued"); a title's abbreviation may stand
# between a quotation and its speaker's name and apposition ("…,” Rep. Steve Scalise,
# the second-ranking House Republican, told"); a sentence's opening adverb is no part of
# a name ("Even Ed Rendell").
# read-123: a body the tagger names right before such an apposition speaks too ("The
# College Board, the organization that administers the SAT, contends").
# read-124: a body or title right before a name only qualifies it ("American Federation of
# Teachers President Randi Weingarten has been more blunt, accusing"); a party member
# described ("The Wisconsin Republican says") is the latest speaker when no one else was
# named since, else the description, not the party; a clause's opening word is no part
# of its subject ("which officials said" is the officials'); a double mark closed by two
# apostrophes is a quotation ("“In that moment ...,'' Scalise said").
# read-125: a short quotation before its speaker's name and apposition is one ("“Embrace
# me,” Jamila Bey, an African American journalist ..., said"); quotations joined by "and"
# share the cue after the last, and one closed right before the next one's speaker's name
# is theirs; AP's double prime closes a quotation; a surname that is also a month speaks
# when the text names the person; a capitalised particle opening a sentence is the name's
# ("De la Rionda"); a wire dateline's agency is no speaker; "on Friday" between a subject
# and its verb is neither; a word in -us is no plural; "son-in-law" is no son; when or how
# after a cue is not what was said ("said in a phone call over the weekend."); the ones
# before a relative "who" or a participle speak ("employees who spoke to the paper said",
# "independents questioned in that survey said"), and "the man who ..." after a cue is the
# latest named speaker when no one else was named since.
# read-126: the name in apposition after a body's title speaks ("the Senate Foreign
# Relations Committee's Republican chairman, Senator Bob Corker, accused"); and read-125's
# rules kept off what a reviewer's 504 probes found them taking (a senator's party tag
# read as a dateline, a witness "who found it" given an official's words, "said over 40
# homes burned" dropped, a sign's words given to the next speaker, "the Republican-led
# legislature" read as a person, a nickname in quotation marks, feet and inches).
# read-127: "they" is never one person named: a group that spoke in its sentence or the
# one before, else the people named as several there as a subject ("Democratic leaders
# are wary ..., but they do not want"), else a group that spoke just before with no
# person named speaking since, else a body or one person described opening a sentence,
# else no one (PolNeAR had given some hundred "they" to the last person who spoke).
# read-128: people the tagger names in a list with a last "and" are several whom "they"
# may stand for ("But Mr. Grassley and Mr. Leahy say ...": not Leahy alone), and a title
# may open the sentence before them.
# read-129: read-127/128 kept off what a review of their code found them taking (a
# surname in -s taken for a plural, a "nonbinary" anywhere in a text turning the rule off
# everywhere, a phrase of time opening the sentence hiding its subject, names in a clause
# read as a list, a description inside a quotation); their windows bounded by 300
# characters.
# read-130: a description keeps the nouns that qualify its head ("Dock union leaders",
# "party leaders", "human rights groups": it had been cut after "union", "party", leaving
# "leaders"), unless they go on a name; a name or a description and "and" opening one
# description speak together ("Farmers and truck drivers", "Clinton and party leaders");
# "said at least 40 people died" reports what was said (a toll, not "said at" a place).
# read-131: a short toll's clause after a cue is one ("Witnesses said at least two gunmen
# opened fire": it had been read as when or how it was said, as "said at the scene"); two
# descriptions joined by "and" after a quotation speak together ("…," dock union leaders
# and port managers said).
# read-132: a role word qualifying the noun after it is that noun's ("Israel's general
# security service", "the police chief": it had spoken as "Israel's general").
# read-133: a one-word organisation right after a small-letter word that is no title nor
# a determiner is no sentence's subject ("The storm hit Ardel": "the mayor" had been Ardel).
# read-134: a title set off by a comma before the name after a cue is the named person's
# (", said Airbus President and Chief Executive Officer, Tom Enders."); "enthused",
# "raved" are cues.
# read-135: a state told as now that lasts "until" a weekday lasts to the coming one;
# "is set for", "slated" are arrangements.
# read-136: the baseline a change is counted from ("from Monday's closing price") is no
# event's day.
# read-137 (review): read-133's titles are read (a name's clash had hidden them), and a
# person's noun by its ending titles too; "until"'s tense is its own clause's; "from" is a
# baseline only after a figure or a word of change.
# read-138: "“…,” Detik.com quoted Djamal as saying": Djamal's words; "was quoted by the
# BBC as saying" is a cue.
# read-139: a surname two people share goes on with the last named where that one spoke
# last ("... former president Bill Clinton said his wife ...\n\nClinton said, “…”").
# read-140: a role of several words after a possessive gives way to the name in
# apposition ("Google's chief human resources executive, Laszlo Bock, told").
# read-141: an outlet that "reported" a speaker's words does not say them; a quotation
# after a possessive with its own cue is the cue's; an opening phrase set off before the
# subject names no one.
# read-142 (review): read-139 taken back ("Mr. Trump said" had gone to Melania Trump);
# an outlet's "reported" keeps its words past a clause break; a quotation after a
# possessive is its cue's only where it opens on the possessive's noun.
STAGE_VERSION = "read-142"
# spaCy batch size: big enough to amortise per-call overhead, small enough to bound memory.
BATCH = 32
# From this many articles on, reading runs in two worker processes. Forked, they start in
# a fraction of a second with the model this process has loaded: on 100 of the benchmark
# corpus's articles 3.7 s against 6.4 s read here, on 50 1.5 s against 3.0, on 8 0.35
# against 0.5 (a `storyline run` of 100 new files was read on one core, 200 being the bar
# for spawned workers). Spawned (this process runs other threads), each imports the
# package and loads the model again (some seconds), which pays from about 200. (The bar
# is 16, not lower, where a fork's own cost, which grows with what the process holds, and
# the rest of a tiny batch's ingest would be most of the gain.)
PARALLEL_FROM = 16
SPAWNED_PARALLEL_FROM = 200
# Batches in flight in the workers (about 250 articles).
READ_AHEAD = 8


def read_articles(articles: Iterable[Article], parallel: bool = True) -> Iterator[Article]:
    """Fill in the reading of each article (in place) and yield it, in input order.
    ``parallel=False`` keeps to one process (inside a worker that is itself one of several
    processes)."""
    batch = list(articles)
    method = start_method()
    if parallel and _in_workers(len(batch), method):
        yield from _read_in_workers(batch, method)
        return
    pipeline = nlp.load()
    texts = (a.text[: nlp.MAX_CHARS] for a in batch)
    for article, doc in zip(batch, pipeline.pipe(texts, batch_size=BATCH), strict=True):
        apply_reading(article, doc)
        yield article


def _in_workers(count: int, method: str) -> bool:
    """Whether ``count`` articles are read in worker processes started by ``method``."""
    return count >= _parallel_from(method)


class ReadAhead:
    """Articles to read handed in one at a time (an ingest extracting and storing them),
    read in worker processes while the caller goes on: once ``START_AHEAD`` are waiting
    (or ``SPAWNED_PARALLEL_FROM``, more, where the workers are spawned),
    ``BATCH`` at a time, up to ``AHEAD_WHILE_HANDED`` batches; ``read`` (once) then reads
    the rest and gives every article read, in the order handed in. Fewer than
    ``START_AHEAD`` in all are read as ``read_articles`` reads a batch. The readings are
    the same either way (an article's does not depend on the articles read beside it);
    only when the workers begin differs: an ingest of 2,000 articles had spent its first
    1.6 s extracting and storing on one core. A worker that dies meanwhile stops the
    sending, not the handing in: every article is still stored, and ``read`` raises, as
    reading a gathered batch did."""

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self._sent = 0  # articles handed to the workers so far
        self._sent_chunks: list[list[Article]] = []
        self._method = start_method()
        self._feed: OrderedFeed[list[Article], list[Article]] | None = None
        self._stopped = False  # a worker died while articles were handed in
        self._done = False  # read or closed: a reader is used once

    def append(self, article: Article) -> None:
        if self._done:
            raise RuntimeError("articles handed in after reading began")
        self.articles.append(article)
        if self._stopped or len(self._sent_chunks) >= AHEAD_WHILE_HANDED:
            return
        waiting = len(self.articles) - self._sent
        if waiting >= (BATCH if self.began else max(START_AHEAD, _parallel_from(self._method))):
            self._send(self.articles[self._sent : self._sent + BATCH])

    def _send(self, chunk: list[Article]) -> None:
        if self._feed is None:
            self._feed = _reading_feed(self._method)
        try:
            self._feed.put(chunk)
        except BrokenProcessPool:
            self._stopped = True  # (``read`` meets the broken pool and raises)
            return
        self._sent_chunks.append(chunk)
        self._sent += len(chunk)

    @property
    def began(self) -> bool:
        """Whether the workers have begun reading."""
        return self._feed is not None

    def read(self) -> Iterator[Article]:
        """Every article handed in, read, in the order handed in."""
        if self._done:
            raise RuntimeError("a ReadAhead is read once")
        self._done = True
        if self._feed is None:
            yield from read_articles(self.articles)
            return
        yield from _read_through(self._feed, self._sent_chunks, self.articles[self._sent :])

    def close(self) -> None:
        """Stop the workers (after ``read``, or instead of it)."""
        self._done = True
        if self._feed is not None:
            self._feed.close()


# Articles waiting before the workers begin: a batch for each worker twice over, so that
# a small ingest (a watcher's hundred) is cut as ``read_articles`` cuts it.
START_AHEAD = 2 * WORKERS * BATCH
# Batches sent while articles are still being handed in, at most: their readings (2,048
# articles') wait there until the caller reads them.
AHEAD_WHILE_HANDED = 64


def _parallel_from(method: str) -> int:
    return PARALLEL_FROM if method == "fork" else SPAWNED_PARALLEL_FROM


def _chunk_size(count: int) -> int:
    """Articles sent to a worker at once: ``BATCH``, or fewer for a small batch, so that
    both workers get about as many (100 articles in chunks of 32 left one worker 64)."""
    return max(1, min(BATCH, -(-count // (2 * WORKERS))))


def _read_in_workers(batch: list[Article], method: str) -> Iterator[Article]:
    """The whole reading (model and rules) in worker processes, so that the rules do not
    queue behind the model in this one; only the articles travel between processes."""
    yield from _read_through(_reading_feed(method), [], batch)


def _reading_feed(method: str) -> OrderedFeed[list[Article], list[Article]]:
    """Worker processes to read chunks of articles in, started by ``method``."""
    if method == "fork":
        nlp.load()  # once here, shared by both workers, instead of once in each
    return OrderedFeed(_read_chunk, method)


def _read_through(
    feed: OrderedFeed[list[Article], list[Article]],
    sent: list[list[Article]],
    rest: list[Article],
) -> Iterator[Article]:
    """The articles of the chunks already ``sent`` to ``feed``, then those of ``rest`` (cut
    into chunks as a gathered batch is), each read and given in order. Workers read ahead
    while this process stores what they return."""
    size = _chunk_size(len(rest))
    more = [rest[i : i + size] for i in range(0, len(rest), size)]
    done = feed.results(more, ahead=READ_AHEAD)
    for chunk, read in zip([*sent, *more], done, strict=True):
        for article, read_article in zip(chunk, read, strict=True):
            _copy_reading(read_article, article)
            yield article


def _read_chunk(chunk: list[Article]) -> list[Article]:
    return list(read_articles(chunk, parallel=False))


def _copy_reading(source: Article, target: Article) -> None:
    """Every field of the worker's copy (reading may also date an undated article)."""
    for item in fields(Article):
        setattr(target, item.name, getattr(source, item.name))


def apply_reading(article: Article, doc: object, settings: Settings = DEFAULT) -> None:
    article.sentences = split_sentences(article.text)
    article.entities = entities_from_doc(doc)
    article.quotes = find_quotes(article.text, article.sentences, article.entities)
    article.times = find_times(article.text, anchor_of(article))
    if anchor_of(article) is None and date_from_text(article, settings):
        resolve_times(article)
    else:
        article.event_date = event_date(article)


def resolve_times(article: Article) -> None:
    """(Re)resolve the article's time expressions and event date against its anchor."""
    article.times = find_times(article.text, anchor_of(article))
    article.event_date = event_date(article)


def date_from_text(article: Article, settings: Settings = DEFAULT) -> bool:
    """Give an undated article the publication range its text implies (``read/dating.py``),
    from its time expressions found without an anchor; a date line inside that range is
    then its publication date. True when a date was found."""
    lines = article.date_lines
    found = infer_range(
        article.text, article.sentences, article.times, lines, settings.weekday_report_lag
    )
    if found is None:
        return False
    article.published_range = found.as_strings()
    article.published_source = "inferred"
    for line in lines:
        day = iso_date(line)
        if day and date.fromisoformat(day) in found:
            article.published, article.published_source = day, "text"
    return True


def date_through_event(
    article: Article, event_day: str, settings: Settings = DEFAULT, published: bool = True
) -> bool:
    """Date an undated article from its event's day when its text names that weekday
    (``read/dating.py``; ``published``: the day rests on a report's publication date), and
    resolve its time expressions again. True when it changed."""
    if anchor_of(article) is not None:
        return False
    found = date_from_event(
        article.text,
        article.sentences,
        article.times,
        event_day,
        settings.weekday_report_lag,
        published,
    )
    if found is None:
        return False
    article.published_range = found.as_strings()
    article.published_source = "inferred"
    resolve_times(article)
    return True


def anchor_of(article: Article) -> tuple[str, str] | str | None:
    if article.published:
        return article.published
    return article.published_range


def event_date(article: Article) -> str | None:
    """When what the article reports happened (``read/dating.py``, ``event_day``): the
    lead's day in the week up to publication, never a date recalled as background, else
    the publication date. (The latest day of that week was tried as the news peg: ECB+
    event F1 fell from 0.851 to 0.847.)"""
    return event_day(article.text, article.sentences, article.times, anchor_of(article))


def told_lead_date(article: Article) -> str | None:
    """``lead_date`` where the lead (or its dateline) tells a day; None where that would
    be only the publication date, or the article has none."""
    if article.published is None:
        return None
    return told_lead_day(article.text, article.sentences, article.times, article.published)


def lead_date(article: Article) -> str | None:
    """The day the article's lead tells (``read/dating.py``, ``lead_day``): what its
    timeline line shows, where ``event_date`` may be a day only the body names. Without a
    publication date it is the event date as read."""
    if article.published is None:
        return article.event_date
    return lead_day(article.text, article.sentences, article.times, article.published)
