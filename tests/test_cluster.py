"""Online clustering: candidates from the inverted index, event merges with old ids still
resolving, and stable ids across runs."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from storyline import pipeline
from storyline.cluster.online import (
    TERMS_SLACK,
    Channels,
    OnlineClusterer,
    TermIndex,
    article_terms,
)
from storyline.cluster.similarity import FEATURES, PairModel, SimilarityModel
from storyline.cluster.state import EventState
from storyline.model import Article, RawDocument, TimeExpr
from storyline.settings import DEFAULT, Settings
from storyline.store.db import Store

BUDGET = 1_000_000  # a posting budget that these small indexes never reach
STEEP = 40.0


def cosine_model(
    event_at: float = 0.5,
    storyline_at: float = 0.16,
    person_share: float = 0.0,
    year_penalty: float = 0.0,
) -> SimilarityModel:
    """A hand-set model for these small hand-made term bags (not the shipped one for news
    articles): its event probability passes 0.5 where the words' cosine blended with the
    people's (``person_share``), less ``year_penalty`` for disjoint years, passes
    ``event_at``; its storyline probability where the words' cosine passes
    ``storyline_at``. Every decision is at probability 0.5."""
    weights = dict.fromkeys(FEATURES, 0.0) | {
        "words": STEEP * (1.0 - person_share),
        "people": STEEP * person_share,
        "years_disjoint": -STEEP * year_penalty,
    }
    event = PairModel(tuple(weights[name] for name in FEATURES), -STEEP * event_at)
    return SimilarityModel(event, PairModel.threshold_on("words", storyline_at), 0.5, 0.5, 0.5, 0.5)


WORDS_ONLY = cosine_model()
# The people named count for 0.3 of an event's similarity.
WITH_PEOPLE = cosine_model(person_share=0.3)


def words_only(clusterer: OnlineClusterer, cosine: float) -> float:
    """The probability the clusterer's model gives a pair that shares words only."""
    return clusterer.model.event.probability(Channels(cosine, *[0.0] * (len(FEATURES) - 1)))


def bag(*terms: str) -> dict[str, float]:
    return dict.fromkeys(terms, 1.0)


def test_index_proposes_items_sharing_the_most_informative_terms() -> None:
    index = TermIndex()
    index.add("a", ["strike", "port", "valmara"])
    index.add("b", ["museum", "valmara"])
    index.add("c", ["flood", "river"])
    found = index.candidates({"strike": 5.0, "valmara": 1.0, "river": 0.5}, 2, 10, BUDGET)
    assert found == ["a", "b"]  # "river" is not among the two best terms
    index.remove("a", ["strike", "port", "valmara"])
    assert index.candidates({"strike": 5.0}, 2, 10, BUDGET) == []


def test_index_reads_short_posting_lists_first_and_stops_at_the_budget() -> None:
    index = TermIndex()
    for n in range(5):
        index.add(f"common-{n}", ["council"])
    index.add("rare", ["council", "valmara"])
    query = {"council": 5.0, "valmara": 1.0}
    # "valmara" (one posting) is read first; "council" (six) would pass a budget of three.
    assert index.candidates(query, 2, 10, 3) == ["rare"]
    assert len(index.candidates(query, 2, 10, BUDGET)) == 6
    # The shortest list is read whatever its length, so a query always finds something.
    assert len(index.candidates({"council": 1.0}, 2, 10, 3)) == 6


def test_a_bridging_article_merges_two_events_into_the_older() -> None:
    clusterer = OnlineClusterer([], 0, {}, DEFAULT, WORDS_ONLY)
    first = clusterer.assign(Article("a", "a", "x"), bag("port", "strike", "wage", "union"))
    second = clusterer.assign(Article("b", "b", "x"), bag("port", "strike", "talks", "crane"))
    assert second.new_event and second.event.id != first.event.id
    bridge = clusterer.assign(
        Article("c", "c", "x"), bag("port", "strike", "wage", "union", "talks", "crane")
    )
    assert not bridge.new_event
    assert bridge.event.id == first.event.id  # the older event keeps its id
    assert [(f.id, k.id) for f, k in bridge.merged] == [(second.event.id, first.event.id)]
    assert second.event.id not in clusterer.events


def test_the_people_named_decide_between_events_that_share_the_words() -> None:
    clusterer = OnlineClusterer([], 0, {}, DEFAULT, WITH_PEOPLE)
    first = clusterer.assign(
        Article("a", "a", "x"), bag("port", "strike", "wage", "union", "p:ana brisk")
    )
    second = clusterer.assign(
        Article("b", "b", "x"), bag("port", "strike", "talks", "crane", "p:karl dunmore")
    )
    assert second.new_event
    # As many words of each event; the person named is the second event's.
    third = clusterer.assign(
        Article("c", "c", "x"), bag("port", "strike", "wage", "crane", "p:karl dunmore")
    )
    assert not third.new_event and third.event.id == second.event.id
    assert first.event.id in clusterer.events  # not merged: different people


def test_an_article_naming_nobody_gets_only_the_words_share() -> None:
    clusterer = OnlineClusterer([], 0, {}, DEFAULT, WITH_PEOPLE)
    first = clusterer.assign(
        Article("a", "a", "x"), bag("port", "strike", "wage", "union", "p:ana brisk")
    )
    channels = clusterer.channels(bag("port", "strike", "wage", "union"), first.event)
    assert channels.words == pytest.approx(1.0) and channels.people == 0.0
    same_words = clusterer.assign(Article("b", "b", "x"), bag("port", "strike", "wage", "union"))
    assert same_words.similarity == pytest.approx(clusterer.model.event.probability(channels))


def test_each_channel_is_compared_on_its_own() -> None:
    article = Article("a", "a", "Quake of 6.1 hits Lake County\n\nA 6.1 quake shook the lake.")
    terms = article_terms(article)
    assert {"t:quake", "t:lake", "n:6.1", "quake", "lake"} <= set(terms)
    clusterer = OnlineClusterer([], 0, {}, DEFAULT, WORDS_ONLY)
    event = clusterer.assign(article, terms).event
    # An untitled text's first line is its headline.
    other = article_terms(Article("b", "b", "A quake of 4.5 shook the lake region."))
    channels = clusterer.channels(other, event)
    assert channels.numbers == 0.0 and channels.headline > 0.0 and channels.people == 0.0
    same_number = article_terms(Article("c", "c", "Officials said the 6.1 tremor was felt."))
    assert clusterer.channels(same_number, event).numbers == pytest.approx(1.0)


def test_an_article_names_the_years_of_its_resolved_dates() -> None:
    article = Article("a", "a", "Reid entered rehab on March 3, 2009, for weeks.")
    article.times = [
        TimeExpr("March 3, 2009", 23, 36, "2009-03-03", None),
        TimeExpr("weeks", 42, 47, "PXW", None),
        TimeExpr("the 1990s", 0, 0, "199", None),
        TimeExpr("Friday", 0, 0, None, None),
    ]
    years = [term for term in article_terms(article) if term.startswith("y:")]
    assert years == ["y:2009"]


@pytest.mark.parametrize(
    ("years", "joins"),
    [(["y:2008"], True), ([], True), (["y:2013", "y:2008"], True), (["y:2013"], False)],
)
def test_the_same_happening_in_another_year_starts_its_own_event(
    years: list[str], joins: bool
) -> None:
    clusterer = OnlineClusterer([], 0, {}, DEFAULT, cosine_model(year_penalty=0.2))
    first = clusterer.assign(
        Article("a", "a", "x"), bag("port", "strike", "wage", "union", "crane", "y:2008")
    )
    terms = bag("port", "strike", "wage", "union", "talks", *years)
    channels = clusterer.channels(terms, first.event)
    second = clusterer.assign(Article("b", "b", "x"), terms)
    assert (second.event.id == first.event.id) is joins
    assert channels.years_disjoint == float(not joins)
    assert channels.years_shared == float("y:2008" in years)
    if not joins:  # the words alone would have joined it
        assert channels.words > 0.5


def test_merged_events_resolve_in_the_store(tmp_path: Path) -> None:
    texts = {
        "a": "Port workers in Valmara began a strike over wages, the union said on Monday. "
        "Ships waited outside the harbour.",
        "b": "Crane operators joined talks at the Valmara port as the dock strike went on. "
        "The port authority said it hoped for a deal.",
    }
    with Store(tmp_path / "s.db") as store:
        raws = [RawDocument(source=k, kind="text", body=v, id=k) for k, v in texts.items()]
        pipeline.ingest_documents(store, raws)
        pipeline.build(store, replace(DEFAULT, event_join=0.99))
        event_a, event_b = (store.article(k).event_id for k in texts)  # type: ignore[union-attr]
        assert event_a and event_b and event_a != event_b
        keep = next(e for e in store.event_states() if e.id == event_a)
        store.merge_event(event_b, keep)
        assert store.resolve_event(event_b) == event_a
        assert store.article("b").event_id == event_a  # type: ignore[union-attr]
        assert [e.id for e in store.events()] == [event_a]


def test_assignments_written_in_batches_keep_a_merge_in_between(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cluster stage writes its assignments a batch at a time; an article assigned to
    an event that a later one merges away must still end in the event kept."""
    bags = {
        "a": bag("port", "strike", "wage", "union"),
        "b": bag("port", "strike", "talks", "crane"),
        "c": bag("port", "strike", "wage", "union", "talks", "crane"),
    }
    monkeypatch.setattr(pipeline.online, "article_terms", lambda article: bags[article.id])
    with Store(tmp_path / "s.db") as store:
        texts = {
            "a": "Port workers in Valmara began a strike over wages, the union said on Monday.",
            "b": "Crane operators joined talks at the Valmara port as the dock strike went on.",
            "c": "The Valmara port strike over wages went into talks with crane operators.",
        }
        more = " Ships waited outside the harbour, and the port authority hoped for a deal."
        raws = [RawDocument(source=k, kind="text", body=v + more, id=k) for k, v in texts.items()]
        pipeline.ingest_documents(store, raws)
        clusterer = OnlineClusterer([], 0, {}, DEFAULT, WORDS_ONLY)
        clustering = pipeline._Clustering(store, clusterer)
        for article in store.unclustered_articles():
            clustering.assign(article)
        clustering.finish()
        kept = store.article("a").event_id  # type: ignore[union-attr]
        assert [store.article(k).event_id for k in bags] == [kept] * 3  # type: ignore[union-attr]
        assert [e.id for e in store.events()] == [kept]
        assert [s.id for s in store.storylines()] == [clusterer.events[kept].storyline_id]
        docs, freq = store.doc_freq()
        assert (docs, freq["port"], freq["crane"]) == (3, 3, 2)


def test_ids_are_stable_across_runs(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[1] / "examples" / "articles"
    runs = []
    for name in ("one.db", "two.db"):
        with Store(tmp_path / name) as store:
            pipeline.ingest(store, [examples])
            pipeline.build(store)
            runs.append(
                sorted((e.id, e.storyline_id, tuple(e.article_ids)) for e in store.events())
            )
    assert runs[0] == runs[1]


def test_an_event_alone_in_its_storyline_rejoins_one_as_it_grows() -> None:
    clusterer = OnlineClusterer([], 0, {}, DEFAULT, cosine_model(storyline_at=0.3))
    strike = clusterer.assign(
        Article("a", "a", "x"), bag("port", "strike", "wage", "union", "ships")
    )
    talks = clusterer.assign(Article("b", "b", "x"), bag("crane", "talks", "deal", "port", "mayor"))
    assert talks.new_event and talks.storyline_id != strike.storyline_id
    # A second report of the talks that also tells of the strike: the talks event now
    # looks like part of the strike's storyline. (It tells more of the talks, so it is not
    # tied between the two events.)
    later = clusterer.assign(
        Article("c", "c", "x"),
        bag("crane", "talks", "deal", "port", "mayor", "strike", "wage", "union"),
    )
    assert later.event.id == talks.event.id and not later.new_event
    assert later.storyline_id == strike.storyline_id
    assert clusterer.merged_storylines == [(talks.storyline_id, strike.storyline_id)]


def _exact_cosine(clusterer: OnlineClusterer, a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two term bags weighted by the clusterer's IDF, computed from scratch."""
    wa = {t: w * clusterer.idf(t) for t, w in a.items()}
    wb = {t: w * clusterer.idf(t) for t, w in b.items()}
    dot = sum(w * wb.get(t, 0.0) for t, w in wa.items())
    norm = sum(w * w for w in wa.values()) ** 0.5 * sum(w * w for w in wb.values()) ** 0.5
    return dot / norm


def test_cached_norms_follow_an_event_as_it_grows() -> None:
    """Similarity uses each event's norm kept between IDF snapshots: it must be renewed
    when the event takes an article, or a grown event would be scored with its old size."""
    settings = replace(DEFAULT, idf_refresh=10.0)  # one snapshot for the whole test
    clusterer = OnlineClusterer([], 1000, {}, settings, WORDS_ONLY)
    first = clusterer.assign(Article("a", "a", "x"), bag("port", "strike", "wage"))
    event_before = dict(first.event.terms)
    grown = clusterer.assign(Article("b", "b", "x"), bag("port", "strike", "union", "crane"))
    assert not grown.new_event
    assert grown.similarity == pytest.approx(
        words_only(
            clusterer,
            _exact_cosine(clusterer, bag("port", "strike", "union", "crane"), event_before),
        )
    )
    event_grown = dict(grown.event.terms)
    probe = bag("port", "crane", "union")
    third = clusterer.assign(Article("c", "c", "x"), probe)
    assert third.event.id == first.event.id
    # Compared with the grown event (both articles), not with the first article alone.
    assert third.similarity == pytest.approx(
        words_only(clusterer, _exact_cosine(clusterer, probe, event_grown))
    )
    assert third.similarity != pytest.approx(
        words_only(clusterer, _exact_cosine(clusterer, probe, event_before))
    )


def test_tied_candidates_come_in_the_same_order_in_every_run() -> None:
    """Events tied on the shared terms' weights are ranked by id, not by the order of a
    set (which string hashing changes from one process to the next): the same articles
    made 306 or 307 storylines of PolNeAR's train texts from run to run before."""
    for order in (["ev-b", "ev-a", "ev-c"], ["ev-c", "ev-a", "ev-b"]):
        index = TermIndex()
        for item in order:
            index.add(item, ["strike", "port"])
        assert index.candidates({"strike": 1.0, "port": 1.0}, 2, 2, BUDGET) == ["ev-a", "ev-b"]


def test_a_storyline_is_as_close_as_its_closest_event_not_its_summed_words() -> None:
    """Twenty events of one storyline that share only everyday words ("council", "city",
    "mayor") sum to a vector of those words, which any report naming them comes close to.
    A report that shares nothing else with any of the events must not join the storyline;
    one close to one of its events does, while the storyline's events hold together."""
    common = ["council", "city", "mayor"]
    thread = ["ferry", "sinking", "inquiry"]
    events = [
        EventState(f"ev-{n}", bag(*common, *thread, f"topic{n}a", f"topic{n}b"), None, None)
        for n in range(20)
    ]
    for event in events:
        event.storyline_id = "st-big"
    doc_freq = {t: 1 for e in events for t in e.terms} | {word: 500 for word in common}
    doc_freq |= {word: 20 for word in thread}
    # Events only by their own words (a cosine of 0.9), so each report starts one.
    clusterer = OnlineClusterer(events, 1000, doc_freq, DEFAULT, cosine_model(event_at=0.9))
    unrelated = clusterer.assign(
        Article("flood", "flood", "x"), bag(*common, "flood", "river", "rain")
    )
    assert unrelated.new_event and unrelated.storyline_id != "st-big"
    related = clusterer.assign(
        Article("topic3", "topic3", "x"), bag(*common, "ferry", "topic3a", "topic3b", "hull")
    )
    assert related.new_event and related.storyline_id == "st-big"


def test_a_storyline_does_not_chain_through_one_of_its_events() -> None:
    """A storyline whose events share only everyday words is a chain, each event close to
    one before it (a year of campaign news became one storyline of 628 reports so). A new
    event close to one of its events but to none of the others starts its own storyline:
    it must be close to the storyline's latest events on average
    (``storyline_mean_words``), and then it joins."""
    common = ["council", "city", "mayor"]
    events = [
        EventState(f"ev-{n}", bag(*common, f"topic{n}a", f"topic{n}b", f"topic{n}c"), None, None)
        for n in range(20)
    ]
    for event in events:
        event.storyline_id = "st-chain"
    doc_freq = {t: 1 for e in events for t in e.terms} | {word: 500 for word in common}
    report = bag(*common, "topic3a", "topic3b", "ferry")

    def storyline_of(settings: Settings) -> str | None:
        clusterer = OnlineClusterer(
            [EventState(e.id, dict(e.terms), None, None, e.storyline_id) for e in events],
            1000,
            doc_freq,
            settings,
            cosine_model(event_at=0.9),
        )
        return clusterer.assign(Article("topic3", "topic3", "x"), report).storyline_id

    assert storyline_of(DEFAULT) != "st-chain"
    assert storyline_of(replace(DEFAULT, storyline_mean_words=0.0)) == "st-chain"


def test_an_event_spans_at_most_two_weeks_of_dated_reports() -> None:
    """An event takes reports within ``event_max_days`` of its latest, but not past
    ``event_max_span_days`` from its first: without that bound an event crept a week at a
    time through a year of campaign news (435 reports). The later report starts an event of
    the same storyline; an undated report is never ruled out by dates."""
    clusterer = OnlineClusterer([], 1000, {}, DEFAULT, WORDS_ONLY)
    terms = bag("port", "strike", "wage", "valmora")
    days = ["2024-03-01", "2024-03-06", "2024-03-11", "2024-03-16"]
    found = [
        clusterer.assign(Article(f"a{n}", f"a{n}", "x", published=day), dict(terms))
        for n, day in enumerate(days)
    ]
    first = found[0].event.id
    assert [a.event.id == first for a in found] == [True, True, True, False]
    assert found[3].storyline_id == found[0].storyline_id
    undated = clusterer.assign(Article("u", "u", "x"), dict(terms))
    assert not undated.new_event


def test_thresholds_are_chosen_for_each_fold_on_the_other_folds() -> None:
    """Three folds of two stories each: two reports of one strike share most words, a
    report of another story shares one. A bar that keeps them apart scores best on every
    fold (the other joins everything), so each held-out fold gets it, chosen without the
    fold's own score."""
    from storyline.cluster import fit

    def block(n: int) -> fit.Block:
        items = [
            (Article(f"{n}a", "a", "x"), bag(f"port{n}", "strike", "wage", "union")),
            (Article(f"{n}b", "b", "x"), bag(f"port{n}", "strike", "wage", "crane")),
            (Article(f"{n}c", "c", "x"), bag(f"flood{n}", "river", "rain", "union")),
        ]
        return fit.Block([str(n)], items, fit.Pairs())

    blocks = [block(n) for n in range(3)]
    gold = fit.Gold(
        {f"{n}{k}": f"{n}{'s' if k != 'c' else 'f'}" for n in range(3) for k in "abc"},
        {f"{n}{k}": f"{n}{'s' if k != 'c' else 'f'}" for n in range(3) for k in "abc"},
    )
    grid = {"event_join": (1e-9, 0.5), "storyline_join": (0.5,), "storyline_rejoin_step": (0.1,)}
    results = fit.cross_validate_thresholds(blocks, gold, WORDS_ONLY, grid)
    assert len(results) == 3
    assert all(r.settings["event_join"] == 0.5 for r in results)
    assert all(r.event[2] == pytest.approx(1.0) for r in results)


def test_an_event_folded_into_another_leaves_its_storyline() -> None:
    """Found in review: an event folded into one of its own storyline stayed listed
    among the storyline's events, where a store reloaded lists it no more."""
    clusterer = OnlineClusterer([], 0, {}, DEFAULT, cosine_model(event_at=0.6))
    kept = EventState("ev-a", bag("port", "strike"), None, None, "st-1")
    folded = EventState("ev-b", bag("port", "strike", "wage"), None, None, "st-1")
    clusterer._index_event(kept)
    clusterer._index_event(folded)
    clusterer._absorb(kept, folded)
    assert clusterer.storyline_events["st-1"] == {"ev-a"}
    reloaded = OnlineClusterer([kept], 0, {}, DEFAULT, cosine_model(event_at=0.6))
    assert reloaded.storyline_events == clusterer.storyline_events


def test_events_further_apart_than_the_span_are_not_merged() -> None:
    """An undated report about both does not make one event of two reports dated 19 days
    apart (``event_max_span_days``): a merge is checked on both events' dates together."""

    def merged_after_bridge(second_day: str) -> bool:
        clusterer = OnlineClusterer([], 1000, {}, DEFAULT, WORDS_ONLY)
        a = clusterer.assign(
            Article("a", "a", "x", published="2024-03-01"), bag("port", "strike", "wage")
        )
        b = clusterer.assign(
            Article("b", "b", "x", published=second_day), bag("port", "strike", "crane")
        )
        if not b.new_event:
            return True
        bridge = clusterer.assign(Article("c", "c", "x"), bag("port", "strike", "wage", "crane"))
        return bool(bridge.merged) or a.event.id not in clusterer.events

    assert not merged_after_bridge("2024-03-20")


def test_an_event_grown_past_the_bound_keeps_the_terms_its_reports_use() -> None:
    """An event grown a quarter past ``event_terms`` keeps at most that many terms: each
    weight less that of the first term left out, those that come to nothing dropped and
    gone from the index; the terms keep the order they came in."""
    settings = replace(DEFAULT, event_terms=4, idf_refresh=10.0)
    clusterer = OnlineClusterer([], 1000, {}, settings, WORDS_ONLY)
    shared = ["port", "strike", "wage"]
    event = clusterer.assign(Article("a", "a", "x"), bag(*shared, "crane")).event
    clusterer.assign(Article("b", "b", "x"), bag(*shared, "crane", "union"))
    # 5 terms: not past 4 * TERMS_SLACK yet, nothing dropped.
    assert event.terms == {"port": 2.0, "strike": 2.0, "wage": 2.0, "crane": 2.0, "union": 1.0}
    third = clusterer.assign(Article("c", "c", "x"), bag(*shared, "mayor"))
    assert third.event is event
    # 6 terms: the fifth heaviest (union and mayor, 1.0) is the cut.
    assert event.terms == {"port": 2.0, "strike": 2.0, "wage": 2.0, "crane": 1.0}
    assert list(event.terms) == [*shared, "crane"]
    postings = clusterer.event_index.postings
    assert event.id in postings["crane"]
    assert "union" not in postings and "mayor" not in postings
    # A term dropped comes back with the next report that has it.
    clusterer.assign(Article("d", "d", "x"), bag(*shared, "union"))
    assert event.terms["union"] == 1.0 and event.id in postings["union"]


def test_a_term_the_later_reports_use_outgrows_the_trims() -> None:
    """A long-running happening comes to be about other things: a term that every report
    uses after the event has been trimmed stays (a plain cut to the heaviest would shut
    it out, a new term starting from one report's weight), and one the reports stopped
    using fades."""
    settings = replace(DEFAULT, event_terms=5, idf_refresh=10.0, event_join=0.0)
    clusterer = OnlineClusterer([], 1000, {}, settings, WORDS_ONLY)
    event = clusterer.assign(Article("a0", "a", "x"), bag("port", "strike", "early", "e0")).event
    for n in range(1, 10):
        clusterer.assign(Article(f"a{n}", "a", "x"), bag("port", "strike", "early", f"e{n}"))
    assert event.terms["early"] > 1.0
    for n in range(30):
        clusterer.assign(Article(f"b{n}", "b", "x"), bag("port", "strike", "later", f"own{n}"))
    assert len(clusterer.events) == 1
    assert set(event.terms) <= {"port", "strike", "later", "own28", "own29"}
    assert event.terms["later"] > 1.0
    assert len(event.terms) <= settings.event_terms * TERMS_SLACK


def test_a_trim_where_every_term_ties_keeps_the_smallest_terms() -> None:
    """Past the bound with all its terms of one weight (one long report whose words are
    each used once, and another), the cut would leave the event nothing: it keeps
    ``event_terms`` of them, the smallest, at their weights."""
    settings = replace(DEFAULT, event_terms=4, idf_refresh=10.0)
    clusterer = OnlineClusterer([], 1000, {}, settings, WORDS_ONLY)
    event = clusterer.place("ev-long", bag("f", "e", "d", "c", "b", "a"))
    # A new event is as large as its report: it is trimmed when it grows.
    assert len(event.terms) == 6
    assert clusterer.place("ev-long", bag("g")) is event
    assert event.terms == {"d": 1.0, "c": 1.0, "b": 1.0, "a": 1.0}
    assert set(clusterer.event_index.postings) == {"a", "b", "c", "d"}


def test_weights_that_differ_in_their_last_bits_are_cut_alike() -> None:
    """0.1 + 0.2 is 0.3 summed in another order: a term of that weight goes with its twins
    at a cut of 0.3, not kept at 4e-17."""
    settings = replace(DEFAULT, event_terms=2, idf_refresh=10.0)
    clusterer = OnlineClusterer([], 1000, {}, settings, WORDS_ONLY)
    clusterer.place("ev", {"port": 5.0, "x": 0.3, "y": 0.1 + 0.2})
    event = clusterer.place("ev", {"z": 0.3})
    assert event.terms == {"port": pytest.approx(4.7)}


def test_large_events_weighed_in_bulk_weigh_as_term_by_term() -> None:
    """A large event is weighed from arrays (``cluster/bulk.py``) kept while it grows:
    after each report, in each new IDF snapshot and after each trim, its norms and years
    (``_profile``) and its dot products with another event (``_dots``, both ways) must be
    to the bit what weighing their terms one by one gives, or a clusterer kept between
    builds and one loaded from the store would part ways, and the clusters would not be
    those of the code before. Two events share the vocabulary (one's terms weighed in a
    snapshot are the other's)."""
    rng = random.Random(3)
    prefixes = ["", "e:", "p:", "t:", "g:", "n:"]
    vocabulary = [f"{rng.choice(prefixes)}w{n}" for n in range(900)] + ["y:2023", "y:2024"]
    settings = replace(DEFAULT, idf_refresh=0.02, event_terms=400)  # many snapshots, trims
    clusterer = OnlineClusterer([], 40, {}, settings, WORDS_ONLY)
    grown = 0
    for n in range(80):
        terms = {t: rng.uniform(0.05, 3.0) for t in rng.sample(vocabulary, 160)}
        clusterer.observe(terms)
        event = clusterer.place(f"ev{n % 2}", terms)
        for held in clusterer.events.values():
            weighed = clusterer._profile_of(held.id, held.terms)
            assert weighed == clusterer._profile(held.terms), f"after report {n}"
            for other in clusterer.events.values():
                in_bulk = clusterer._bulk_dots(held.id, held.terms, other)
                assert in_bulk == clusterer._dots(held.terms, other.terms), f"after report {n}"
        grown = max(grown, len(event.terms))
    assert grown > 400  # trimmed, and grown again past the bulk size
    assert clusterer._profile_of("ev0", clusterer.events["ev0"].terms).years


def test_terms_of_many_reports_weigh_in_bulk_as_term_by_term() -> None:
    """The bulk IDFs are kept by frequency (``bulk.Vocabulary``), in an array that grows
    with the frequencies a store of 50,000 reports gives (past its first 1,024): a large
    event's norms are still those weighing its terms one by one gives, to the bit, before
    and after a new snapshot; and the index's weights (``_weighted``) are each term's
    weight times its IDF."""
    rng = random.Random(5)
    vocabulary = [f"{rng.choice(['', 'p:', 't:'])}w{n}" for n in range(600)]
    frequencies = {term: rng.randint(1, 40_000) for term in vocabulary}
    settings = replace(DEFAULT, idf_refresh=1e-5)
    clusterer = OnlineClusterer([], 50_000, frequencies, settings, WORDS_ONLY)
    for _ in range(3):
        terms = {t: rng.uniform(0.05, 3.0) for t in rng.sample(vocabulary, 300)}
        clusterer.observe(terms)
        held = clusterer.place("ev", terms)
        assert clusterer._profile_of("ev", held.terms) == clusterer._profile(held.terms)
        weighted = clusterer._weighted(terms)
        expected = {t: w * clusterer.idf(t) for t, w in terms.items() if not t.startswith("t:")}
        assert weighted == expected and list(weighted) == list(expected)
    assert clusterer._snapshot >= 2  # (each report took a new snapshot)
    assert len(clusterer._vocabulary.idf_of_frequency) > 40_000


def test_the_eval_tells_topic_splits_between_incidents_from_those_within_one() -> None:
    # (issue 24: ECB+ topics pair two incidents of one kind; a storyline follows one thread)
    from storyline.cluster import fit
    from storyline.eval.cluster import topic_pairs

    # topic 1: incident 1a (x, y, z), incident 1b (u, v); topic 2: incident 2a (w)
    gold = fit.Gold(
        {"x": "1a", "y": "1a", "z": "1a", "u": "1b", "v": "1b", "w": "2a"},
        {"x": "1", "y": "1", "z": "1", "u": "1", "v": "1", "w": "2"},
    )
    # storylines: {x, y}, {z}, {u, v, w}
    storylines = {"x": "s1", "y": "s1", "z": "s2", "u": "s3", "v": "s3", "w": "s3"}
    assert topic_pairs(storylines, gold) == {
        "one_topic_apart": 8,  # of topic 1's ten pairs only x-y and u-v are joined
        "one_incident_apart": 2,  # x-z, y-z
        "two_incidents_of_a_topic_apart": 6,  # each of x, y, z with each of u, v
        "two_topics_joined": 2,  # u-w, v-w
    }
