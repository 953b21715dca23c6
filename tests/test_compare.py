"""Source comparison on articles of our own making: support, contradiction, single-source
claims worth checking."""

from __future__ import annotations

from dataclasses import replace

from storyline import pipeline
from storyline.brief.render import render, source_date
from storyline.compare.stance import figures
from storyline.compare.support import check_quotes
from storyline.model import Article, Quote, RawDocument, Source
from storyline.settings import DEFAULT
from storyline.store.db import Store

# Two independent reports: different wording (not near-duplicates), one shared fact.
OPENINGS = [
    "The former police chief of Valmora, Edda Vos, was sentenced on Tuesday in the Valmora "
    "district court for taking bribes from the Tessaline shipping company. The court heard "
    "that the payments ran for several years before auditors found them. ",
    "A court in Valmora on Tuesday sentenced Edda Vos, who led the port city's police until "
    "last spring, over bribes she took from the Tessaline shipping company. Auditors found "
    "the payments after years, according to evidence heard by the court. ",
]


def _raw(n: int, outlet: str, extra: str) -> RawDocument:
    return RawDocument(
        source=f"test:{n}",
        kind="text",
        body=OPENINGS[n - 1] + extra,
        id=f"vos-{n}",
        title="Former Valmora police chief sentenced for bribery",
        outlet=outlet,
        published="2026-04-08",
    )


def test_figures_pair_numbers_with_what_they_count() -> None:
    assert figures("She was sentenced to 38 years in prison and fined 2,000 euros.") == {
        "year": {"38"},
        "euro": {"2000"},
    }


def test_contradicting_figures_and_single_source_claims(store: Store) -> None:
    pipeline.ingest_documents(
        store,
        [
            _raw(
                1,
                "Harbour Herald",
                "Edda Vos was sentenced to 38 years in prison by judge Anna Brisk. "
                "Vos also hid the money in an account at the Orrin Savings Bank, "
                "prosecutors said.",
            ),
            _raw(
                2,
                "Coastal Wire",
                "Edda Vos was sentenced to 40 years in prison by judge Anna Brisk. "
                "Her lawyer said she would appeal the verdict of the court.",
            ),
        ],
    )
    pipeline.build(store)
    [storyline] = store.storylines()
    briefing = pipeline.briefing_for(store, storyline.id)
    assert briefing is not None
    contradicted = {c.text: c for c in briefing.contradicted_claims}
    sentence = "Edda Vos was sentenced to 38 years in prison by judge Anna Brisk."
    assert sentence in contradicted
    assert contradicted[sentence].contradicted_by == ["vos-2"]
    assert "40 years" in contradicted[sentence].evidence[0]
    # A contradicted claim is listed as such, not again as a single-source claim.
    flagged = [c.text for c in briefing.single_source_claims]
    assert not any("38 years" in text for text in flagged)
    # The bank account is a detail only the Herald gives, on a point the Wire does not touch.
    assert all(c.article_id in {"vos-1", "vos-2"} for c in briefing.single_source_claims)


def _reading(article_id: str, text: str, quote: str) -> Article:
    start = text.index(quote)
    article = Article(id=article_id, source=article_id, text=text)
    article.quotes = [Quote(quote, start, start + len(quote), "Edda Vos", None, None, None, True)]
    return article


def test_a_quote_is_flagged_only_when_another_source_tells_its_content_otherwise() -> None:
    # Both report the same hearing. The first puts words in Vos's mouth that the second
    # reports without quotation marks: the wording is unconfirmed, so it is flagged. The
    # second source's own quote about her family touches nothing the first says: it is
    # simply found in one source only.
    first = _reading(
        "a",
        'Vos told the court: "The auditors never understood the port contracts at all." '
        "She was sentenced on Tuesday.",
        "The auditors never understood the port contracts at all.",
    )
    second = _reading(
        "b",
        "Vos said the auditors had misread the port contracts. Her lawyer spoke after the "
        'hearing. Vos added: "My daughter deserves better than this city."',
        "My daughter deserves better than this city.",
    )
    checked = {q.article_id: q.status for q in check_quotes([first, second], {"a": "e", "b": "e"})}
    assert checked == {"a": "single_source", "b": "only_source"}


def test_sources_show_inferred_dates_as_such() -> None:
    inferred = Source(1, "x", None, None, "2024-10-17/2024-10-18", "independent", None, "inferred")
    stated = Source(2, "y", None, None, "2024-10-17", "independent", None, "metadata")
    unknown = Source(3, "z", None, None, None, "independent")
    assert source_date(inferred) == "2024-10-17/2024-10-18, inferred from the text"
    assert source_date(stated) == "2024-10-17"
    assert source_date(unknown) == "undated"


def test_the_briefing_leads_with_the_sentence_that_dates_the_event() -> None:
    from storyline.brief.compose import _news_peg
    from storyline.read.sentences import split_sentences
    from storyline.read.timex import find_times

    text = (
        "Relations between the port and the city have been tense all year. "
        "On Wednesday, the mayor closed the harbour to cargo ships. Traders protested."
    )
    article = Article(id="a", source="a", text=text, published="2026-04-09")
    article.sentences = split_sentences(text)
    article.times = find_times(text, article.published)
    article.event_date = "2026-04-08"
    start, end = _news_peg(article) or (0, 0)
    assert text[start:end].startswith("On Wednesday, the mayor closed")
    # ... among its first sentences: a day deep in a feature is no lead (a read of 2016
    # briefings: "On Sunday, at a rally in Derry, N.H., Hillary Clinton rebuffed a
    # heckler" from the fifth paragraph of a report of her husband's campaign debut)
    colour = " ".join(f"The harbour had been quiet for {n} weeks." for n in range(2, 9))
    deep = Article(id="b", source="b", text=f"{colour} {text}", published="2026-04-09")
    deep.sentences = split_sentences(deep.text)
    deep.times = find_times(deep.text, deep.published)
    deep.event_date = "2026-04-08"
    assert _news_peg(deep) is None
    # (the review) an address, a date, a byline and a caption line are no statements
    lines = "www.corlen-press.example/harbour\n\nApril 9, 2026\n\nBy Ana Brisk\n\nPhoto: dawn.\n\n"
    headed = Article(id="c", source="c", text=f"{lines}{text}", published="2026-04-09")
    headed.sentences = split_sentences(headed.text)
    headed.times = find_times(headed.text, headed.published)
    headed.event_date = "2026-04-08"
    start, end = _news_peg(headed) or (0, 0)
    assert headed.text[start:end].startswith("On Wednesday, the mayor closed")


def test_a_briefing_never_opens_with_a_sentence_that_leans_on_one_not_shown(
    store: Store,
) -> None:
    # The sentence that dates the event starts with "He": shown alone (a development, a
    # timeline entry) it would not say who. The report's first sentence says it instead.
    body = (
        "Harbour master Marta Quell reopened the port of Valmora to cargo ships after the "
        "strike ended.\n\nHe said on Tuesday that nine ships had entered the harbour by "
        "noon and that the terminals would work through the night."
    )
    doc = RawDocument(source="a.txt", kind="text", body=body, published="2026-04-08")
    pipeline.ingest_documents(store, [doc])
    pipeline.build(store)
    (story,) = pipeline.list_stories(store)
    briefing = pipeline.stored_briefing(store, story.id)
    assert briefing is not None
    assert briefing.summary.text.startswith("Harbour master Marta Quell reopened")
    assert all(not t.text.text.startswith("He ") for t in briefing.timeline)


def test_a_sentence_that_is_mostly_a_quotation_is_checked_as_a_quote() -> None:
    from storyline.brief.compose import _mostly_quoted
    from storyline.model import Claim

    text = "“The strategy did not work and the problem is large,” Salazar said. He left."
    article = Article(id="a", source="a", text=text)
    article.quotes = [Quote(text[1:50], 1, 50, "Salazar", "Salazar", 53, 60, True)]
    quoted = Claim("a", text[:66], 0, 66, [])
    plain = Claim("a", "He left.", 67, 75, [])
    assert _mostly_quoted(quoted, article)
    assert not _mostly_quoted(plain, article)


# Words to make reports that share one sentence and nothing else (no near-duplicates).
PLACES = ["harbour", "station", "market", "bridge", "school", "library", "stadium", "museum"]
NAMES = ["Ida Berg", "Paul Dumas", "Lena Ostrova", "Jonas Feld", "Rolf Adler", "Ana Brisk"]
SHARED_FACT = "Edda Vos was sentenced on Tuesday to 38 years in prison by judge Anna Brisk."


def _report(n: int) -> RawDocument:
    place, name = PLACES[n % len(PLACES)], NAMES[n % len(NAMES)]
    own = (
        f"Reporter {name} spoke to people near the {place} number {n} about the case. "
        f"Neighbour {n} of the {place} told {name} she had expected a longer hearing. "
        f"The {place} committee, chaired by {name}, met {n + 2} times to discuss it."
    )
    return RawDocument(
        source=f"report:{n}",
        kind="text",
        body=f"{SHARED_FACT} {own}",
        id=f"report-{n}",
        title=f"Vos sentenced: voices from the {place} ({n})",
        outlet=f"Outlet {n}",
        published="2026-04-08",
    )


def test_a_fact_many_sources_repeat_cites_a_few_and_counts_the_rest(store: Store) -> None:
    settings = replace(DEFAULT, max_citations=3)
    pipeline.ingest_documents(store, [_report(n) for n in range(8)], settings)
    pipeline.build(store, settings)
    [storyline] = store.storylines()
    briefing = pipeline.briefing_for(store, storyline.id, settings)
    assert briefing is not None
    sentences = [briefing.summary, *briefing.main, *(e.text for e in briefing.timeline)]
    shared = [s for s in sentences if s.text.startswith("Edda Vos was sentenced on Tuesday")]
    assert shared, "the shared fact is in the briefing"
    for sentence in shared:
        assert len({c.article_id for c in sentence.citations}) == 3
        assert sentence.more_sources == 5  # eight reports state it: three cited, five counted
    assert "and 5 more sources" in render(briefing, "md")
    assert "and 5 more sources" in render(briefing, "html")


def test_single_source_claims_beyond_the_bound_are_counted(store: Store) -> None:
    settings = replace(DEFAULT, max_listed_claims=1)
    reports = [
        _raw(
            1,
            "Harbour Herald",
            "Vos also hid the money in an account at the Orrin Savings Bank, prosecutors said. "
            "Prosecutors said the Tessaline company paid Vos through a shell firm registered "
            "in Corlen.",
        ),
        _raw(
            2,
            "Coastal Wire",
            "Her lawyer said she would appeal the verdict of the court. Prosecutors said Vos "
            "spent the Tessaline money on a house in Orrin. The money was moved to a bank in "
            "Sarn in March, her lawyer Ida Berg said.",
        ),
    ]
    pipeline.ingest_documents(store, reports, settings)
    pipeline.build(store, settings)
    [storyline] = store.storylines()
    unbounded = pipeline.briefing_for(store, storyline.id)
    bounded = pipeline.briefing_for(store, storyline.id, settings)
    assert unbounded is not None and bounded is not None
    total = len(unbounded.single_source_claims)
    assert total >= 2, "the reports make claims of their own worth checking"
    assert len(bounded.single_source_claims) == 1
    assert bounded.single_source_more == total - 1
    # The best ranked claim is the one listed (the ranking: tests/test_flag_rank.py).
    assert bounded.single_source_claims[0].text == unbounded.single_source_claims[0].text
    markdown = render(bounded, "md")  # a tiny storyline names the section it leaves out
    assert f"(1 shown of {total})" in markdown or f"single-source claims ({total})" in markdown
    markdown = render(unbounded, "md")
    # At most five a section, fewer when the Markdown would exceed its word budget (these
    # two reports of 40 words leave it none: the section is named with its count).
    if "## Claims only one source makes" not in markdown:
        assert f"single-source claims ({total})" in markdown
        return
    shown = markdown.split("## Claims only one source makes")[1].split("##")[0]
    assert 1 <= shown.count("\n- ") <= min(total, 5), "Markdown shows at most five flags"


def test_a_common_opening_alone_is_no_second_wording_of_a_statement() -> None:
    from storyline.compare.support import same_utterance

    # June 2016 review: a key quote labelled "in other words in another source".
    assert not same_utterance(
        "I don't think it wants to take on more cases in which it's going to be closely "
        "divided and that could end up 4-4",
        "I don't think it stands to reason",
    )
    assert same_utterance(
        "We've got to do everything possible to improve policing",
        "We have got to do everything possible to improve policing in this country",
    )


def test_a_contractions_stub_is_no_word_two_quotations_share() -> None:
    """October 2016 dev: a protesters' chant, "Hands up, don't shoot.", made a widow's
    "Don't shoot him. He has no weapon." "in other words in another source" ("don't"
    normalises to "don t", and "don" counted as a shared word)."""
    from storyline.compare.support import same_utterance

    widow = "Don't shoot him. He has no weapon. He has no weapon. Don't shoot him."
    assert not same_utterance(widow, "Hands up, don't shoot.")
    assert same_utterance(
        "Don't shoot the messenger with your new tax plan",
        "Do not shoot the messenger with the new tax plan",
    )


def test_two_named_people_say_nothing_in_each_others_words() -> None:
    """January 2016 review: "Yes, I support Ted Cruz" (Bozell) was "in other words in
    another source" for "Please support Ted Cruz" (Blackwell); a one-word clause ("I'm a
    voter") for a longer one that has "voters"."""
    from dataclasses import replace

    from storyline.compare.support import same_utterance

    first = _reading("a", "“Yes, I support Ted Vale,” Ada Brenn said.", "Yes, I support Ted Vale")
    second = _reading("b", "“Please support Ted Vale,” Tom Reyes wrote.", "Please support Ted Vale")
    second.quotes = [replace(second.quotes[0], speaker="Tom Reyes")]
    first.quotes = [replace(first.quotes[0], speaker="Ada Brenn")]
    checked = {q.article_id: q.status for q in check_quotes([first, second], {"a": "e", "b": "e"})}
    assert checked["a"] != "same_utterance"
    # the same words from the same person, or a speaker described, may be a rewording
    second.quotes = [replace(second.quotes[0], speaker="Brenn")]
    checked = {q.article_id: q.status for q in check_quotes([first, second], {"a": "e", "b": "e"})}
    assert checked["a"] == "same_utterance"
    # an institution and its spokesman, two spellings of one name (a review's cases)
    for mine, theirs in (
        ("Kremlin", "Dmitry Peskov"),
        ("White House", "Josh Earnest"),
        ("Recep Erdoğan", "Recep Erdogan"),
    ):
        first.quotes = [replace(first.quotes[0], speaker=mine)]
        second.quotes = [replace(second.quotes[0], speaker=theirs)]
        checked = {
            q.article_id: q.status for q in check_quotes([first, second], {"a": "e", "b": "e"})
        }
        assert checked["a"] == "same_utterance", (mine, theirs)
    assert not same_utterance(
        "We chose to focus on medium cities to reach as many voters as possible", "I'm a voter"
    )
    # a surname the storyline's quotations give one full name for is that person (a June
    # 2016 read: "Clinton", where "Hillary Clinton" is quoted too, rewording Mike Morrell)
    third = _reading("c", "“Support Ted Vale,” Tom Reyes said.", "Support Ted Vale")
    third.quotes = [replace(third.quotes[0], speaker="Tom Reyes")]
    first.quotes = [replace(first.quotes[0], speaker="Ada Brenn")]
    second.quotes = [replace(second.quotes[0], speaker="Reyes")]
    events = {"a": "e", "b": "e", "c": "e"}
    checked = {q.article_id: q.status for q in check_quotes([first, second, third], events)}
    assert checked["a"] != "same_utterance"
    # (two full names of that surname: the surname alone may be either, and parts no one)
    fourth = _reading("d", "“Support Ted Vale,” Ann Reyes said.", "Support Ted Vale")
    fourth.quotes = [replace(fourth.quotes[0], speaker="Ann Reyes")]
    checked = {
        q.article_id: q.status
        for q in check_quotes([first, second, third, fourth], {**events, "d": "e"})
    }
    assert checked["a"] == "same_utterance"


def test_a_quotation_is_word_for_word_only_as_whole_words() -> None:
    """October 2016: a quotation ending "a big beneficiary of the law." was marked "word
    for word in another source" whose text has "of the laws": the words must stand there
    as whole words, in order (``stands_in``), in the briefing's check, the digest check and
    the LLM writer's alike."""
    from storyline.compare.support import normalise, stands_in

    text = normalise("Frankly, being a big beneficiary of the laws. She said no to it.")
    assert stands_in(normalise("a big beneficiary of the laws."), text)
    assert not stands_in(normalise("a big beneficiary of the law."), text)
    assert not stands_in("he said no", text)
    assert stands_in("she said no to it", text) and stands_in("frankly being", text)
    assert not stands_in("", text)
    quote = "Vos has been a big beneficiary of the port law"
    first = _reading("a", f"“{quote},” Ada Brenn said on Tuesday.", quote)
    second = _reading("b", f"“{quote}s,” Ada Brenn told the council on Tuesday.", f"{quote}s")
    checked = {q.article_id: q.status for q in check_quotes([first, second], {"a": "e", "b": "e"})}
    assert checked["a"] != "verbatim"
    second = _reading("b", f"“{quote},” Ada Brenn told the council on Tuesday.", quote)
    checked = {q.article_id: q.status for q in check_quotes([first, second], {"a": "e", "b": "e"})}
    assert checked["a"] == "verbatim"


def test_a_surname_alone_is_found_past_a_generational_suffix() -> None:
    """A reviewer's case: "Martin Luther King Jr." is filed under King, not "jr."."""
    from storyline.compare.support import _SpeakerNames

    names = _SpeakerNames(["Martin Luther King Jr.", "Hillary Clinton"])
    assert names.full("King") == "Martin Luther King Jr."
    assert names.two_people("King", "Hillary Clinton")
