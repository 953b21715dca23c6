"""The few developments a digest shows are the storyline's weightiest happenings, shown
latest first: a long storyline's origin, told by many sources, is not crowded out by the
minor items closest to its latest news (reports of our own making)."""

from __future__ import annotations

from storyline.brief.compose import compose
from storyline.brief.render import render
from storyline.brief.view import build_view
from storyline.model import Article, Event, Storyline
from storyline.read import read_articles

ORIGIN = [
    "Two bombs exploded on Friday outside the Valmora and Sarn harbour offices of the "
    "Tessaline shipping company, killing eleven dockworkers.",
    "Bombs went off on Friday at two Tessaline harbour offices, in Valmora and in Sarn, "
    "and eleven dockworkers were killed, police said.",
    "Eleven dockworkers died on Friday when two bombs exploded at the Tessaline offices "
    "in the harbours of Valmora and Sarn.",
]
MINOR = [
    "A team of six surgeons from Lyon arrived on Monday in Sarn to treat the wounded "
    "dockworkers at the city hospital.",
    "The Valmora chamber of commerce cancelled its autumn fair on Tuesday, citing the "
    "cost of extra guards for the harbour.",
]
LATEST = (
    "Police in Sarn arrested a Tessaline clerk on Thursday in connection with the harbour "
    "bombings, and prosecutors said he would be charged with murder."
)


def _article(n: int, text: str, outlet: str, day: str) -> Article:
    return Article(id=f"a{n}", source=f"test:{n}", text=text, outlet=outlet, published=day)


def test_the_weightiest_development_is_shown_before_minor_ones() -> None:
    articles = [
        *(
            _article(i, t, o, "2026-09-04")
            for i, (t, o) in enumerate(zip(ORIGIN, ["Herald", "Wire", "Courier"], strict=True))
        ),
        _article(3, MINOR[0], "Herald", "2026-09-07"),
        _article(4, MINOR[1], "Wire", "2026-09-08"),
        _article(5, LATEST, "Courier", "2026-09-24"),
    ]
    read = {a.id: a for a in read_articles(articles, parallel=False)}
    events = [
        Event("origin", ["a0", "a1", "a2"], "s", "2026-09-04"),
        Event("surgeons", ["a3"], "s", "2026-09-07"),
        Event("fair", ["a4"], "s", "2026-09-08"),
        Event("arrest", ["a5"], "s", "2026-09-24"),
    ]
    briefing = compose(Storyline("s", [e.id for e in events]), events, read)
    # Told by three reports, the bombings come first; the minor items by date after.
    assert [d.event_id for d in briefing.developments] == ["origin", "fair", "surgeons"]
    # An event the briefing reads in part weighs what it has in the whole storyline.
    weighed = compose(Storyline("s", [e.id for e in events]), events, read, sizes={"surgeons": 9})
    assert [d.event_id for d in weighed.developments] == ["surgeons", "origin", "fair"]
    view = build_view(briefing)  # (the reading budget only: these reports are short)
    section = view.section("developments")
    assert section is not None
    # The digest shows the developments it picked latest first.
    assert [i.event_id for i in section.shown] == ["fair", "surgeons", "origin"]


def test_a_reaction_to_what_it_calls_only_the_request_is_not_listed() -> None:
    """ "Reno denied the request" in a list of reactions: which request, the reader is not
    told (a new user's read of 1998-2000 wire briefings)."""
    from storyline.brief.compose import _context, _reactions, _Shown
    from storyline.model import BriefSentence, Citation
    from storyline.settings import DEFAULT

    reply = (
        "The Tessaline company asked on Thursday for police guards at its harbour offices "
        "in Valmora and Sarn. The Sarn mayor rejected the request, but the company's "
        "dockworkers did not back down. The Valmora mayor condemned the bombs and praised "
        "the courage of the rescue workers."
    )
    articles = [
        _article(0, ORIGIN[0], "Herald", "2026-09-04"),
        _article(1, reply, "Post", "2026-09-05"),
        _article(2, reply.replace("did not back down", "stood firm"), "Times", "2026-09-05"),
    ]
    members = list(read_articles(articles, parallel=False))
    events = [Event("origin", ["a0", "a1", "a2"], "s", "2026-09-04")]
    ctx = _context(members, events, DEFAULT)
    shown = _Shown(ctx)
    shown.add(BriefSentence(ORIGIN[0], [Citation(1, "a0", 0, len(ORIGIN[0]))]))
    reactions = [r.text for r in _reactions(members, ctx, shown, events[0])]
    assert any("condemned the bombs" in r for r in reactions), reactions
    assert not any("rejected the request" in r for r in reactions), reactions


def test_a_reaction_of_another_event_and_day_carries_that_day() -> None:
    # (brief-99: MEANTIME's 2011 sell-off briefing listed a 2009 warning and a 2010 call
    # for an inquiry among its reactions, undated: they read as reactions to 2011's news)
    award = (
        "The Air Force awarded the tanker contract to Northrop Grumman and EADS on Friday. "
        "Senator Patty Murray condemned the tanker contract award to Northrop Grumman."
    )
    ruling = (
        "The Government Accountability Office upheld Boeing's protest of the tanker "
        "contract award on Wednesday. The office found that the Air Force made errors in "
        "weighing the two bids. The Air Force has sixty days to answer the office. The office "
        "can not force the Air Force to reopen the bidding. The tanker is based on the "
        "Boeing 767 airliner. Northrop Grumman had offered a tanker based on the Airbus A330. "
        "The contract is worth 35 billion dollars. Senator Maria Cantwell welcomed "
        "the office's ruling "
        "against the tanker contract award to Northrop Grumman."
    )
    articles = [
        _article(0, award, "Herald", "2008-03-01"),
        _article(1, ruling, "Wire", "2008-06-19"),
    ]
    read = {a.id: a for a in read_articles(articles, parallel=False)}
    events = [Event("award", ["a0"], "s", "2008-02-29"), Event("ruling", ["a1"], "s", "2008-06-18")]
    briefing = compose(Storyline("s", ["award", "ruling"]), events, read)
    when = {r.citations[0].article_id: (r.when, r.when_reported) for r in briefing.reactions}
    # (brief-103: the sentence gives no day of its own; its report's lead tells Friday)
    assert when["a0"] == ("2008-02-29", False)
    assert when.get("a1") == (None, False)  # the main event's are of its own day
    view = build_view(briefing)
    section = view.section("reactions")
    assert section is not None
    items = section.shown + section.more
    assert [i.date for i in items] == [r.when for r in briefing.reactions]
    assert [i.date_note for i in items if i.date] == [""]
    for source in briefing.sources:
        source.words = 3000  # (a long read shows every section)
    assert "**2008-02-29**: Senator Patty Murray condemned" in render(briefing, "md")
    # a lead's Friday of the Friday it was published is told, not only reported (a
    # review's case)
    articles[0] = _article(0, award, "Herald", "2008-02-29")
    read = {a.id: a for a in read_articles(articles, parallel=False)}
    briefing = compose(Storyline("s", ["award", "ruling"]), events, read)
    [murray] = [r for r in briefing.reactions if r.citations[0].article_id == "a0"]
    assert (murray.when, murray.when_reported) == ("2008-02-29", False)
    # a lead that tells no day: only the day the report was published is known
    articles[0] = _article(0, award.replace(" on Friday", ""), "Herald", "2008-03-01")
    read = {a.id: a for a in read_articles(articles, parallel=False)}
    briefing = compose(Storyline("s", ["award", "ruling"]), events, read)
    [murray] = [r for r in briefing.reactions if r.citations[0].article_id == "a0"]
    assert (murray.when, murray.when_reported) == ("2008-03-01", True)
    for source in briefing.sources:
        source.words = 3000
    assert "**2008-03-01** (reported): Senator Patty Murray condemned" in render(briefing, "md")
