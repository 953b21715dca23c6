"""Stance of a source towards a claim, on small hand-written cases, and the parts around it:
the shipped trees, the FNC-1 scorer, the briefing's use of stance and `storyline check`."""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from storyline import pipeline
from storyline.brief.render import render
from storyline.cli import main
from storyline.compare.stance import StanceModel, packaged_model, stance
from storyline.compare.stance_features import ClaimText, SourceText
from storyline.compare.support import claims
from storyline.compare.train_stance import wilson_lower_bound
from storyline.compare.trees import BoostedTrees, export
from storyline.eval import fnc1
from storyline.model import Article, RawDocument, StanceResult
from storyline.read.sentences import split_sentences
from storyline.settings import DEFAULT
from storyline.store.db import Store
from tests.conftest import SEEDS, needs_seeds

TRIAL = (
    "Mark Ellison, the former treasurer of the Harwick rowing club, appeared before the "
    "Harwick crown court on Monday in the fraud case over the club's missing funds. "
)


def test_pleaded_not_guilty_against_convicted_is_a_disagreement() -> None:
    claim = "Mark Ellison pleaded not guilty to fraud at the Harwick crown court."
    source = TRIAL + (
        "Mark Ellison was found guilty of fraud at the Harwick crown court and will be "
        "sentenced next month. The jury took four hours."
    )
    result = stance(claim, source)
    assert result.stance == "disagrees"
    assert "found guilty" in source[slice(*result.evidence[0])]


def test_a_measure_taken_against_one_undone_is_a_disagreement() -> None:
    # (a new user's digest: "plans to tighten its sanctions on Sudan" was called supported
    # by a report that the government "plans to ... lift trade sanctions")
    source = (
        "LONDON — After nearly 20 years of hostile relations, the American government plans "
        "to reverse its position on Sudan and lift trade sanctions, officials said late "
        "Thursday. The decision follows months of talks."
    )
    claim = (
        "After nearly 20 years of hostile relations, the American government plans to tighten "
        "its sanctions on Sudan, officials said late Thursday."
    )
    assert stance(claim, source).stance == "disagrees"
    shares = "Shares of Corlen Shipping fell 12 percent on Monday after the strike began."
    rose = "Shares of Corlen Shipping rose 12 percent on Monday after the strike began."
    assert stance(rose, "The union met. " + shares).stance == "disagrees"
    # two things, two times, or the word in another sense are no contradiction (the
    # review's cases)
    for claim, other in (
        (
            "Police shut the road after the crash.",
            "Police opened an investigation into the crash on the road.",
        ),
        (
            "The council voted to ban plastic bags in shops.",
            "The council voted to allow paper bags in shops.",
        ),
        (
            "The Federal Reserve raised interest rates in 2022.",
            "The Federal Reserve cut interest rates in 2020.",
        ),
        (
            "The city raised bus fares last fall, officials said.",
            "The city raised bus fares because of a rise in fuel costs, officials said.",
        ),
        (
            "The governor's close aide resigned over the scandal.",
            "The governor's aide resigned over the scandal, which opened a rift.",
        ),
    ):
        assert stance(claim, "The mayor spoke. " + other).stance != "disagrees", claim
    # a sentence with both steps tells a sequence (the second review's)
    curfew = "The city lifted the curfew in the old town on Friday, officials said."
    both = (
        "The city imposed a curfew in the old town on Monday and lifted the curfew in the "
        "old town on Friday, officials said."
    )
    assert stance(curfew, "The mayor spoke. " + both).stance != "disagrees"
    # a rumour reported is no statement of the other side
    rumour = "A recent rumour claims that Elon University has banned the term freshman."
    denied = "Elon University has not banned the term freshman, despite rumours."
    assert stance(denied, "Students laughed. " + rumour).stance != "disagrees"


def test_other_figures_for_the_same_count_are_a_disagreement() -> None:
    claim = "The earthquake in the Tarsa valley killed 30 people, officials said."
    source = (
        "Rescue teams were still searching the Tarsa valley on Thursday. The earthquake in "
        "the Tarsa valley killed 45 people, officials said, and destroyed two bridges."
    )
    assert stance(claim, source).stance == "disagrees"


def test_a_denial_is_not_support() -> None:
    claim = "Finance minister Ana Duarte resigned on Monday over the budget dispute."
    source = (
        "Finance minister Ana Duarte denied on Monday reports that she had resigned over the "
        'budget dispute, calling them false. "I have not resigned and I will not resign," '
        "Duarte told reporters. The reports were a hoax, her office said."
    )
    assert stance(claim, source).stance in {"disagrees", "discusses"}
    assert stance(claim, source).stance != "agrees"


def test_a_hedged_report_is_not_support() -> None:
    claim = "Velmor Motors will close its car factory in Dunmere next year."
    source = (
        "Velmor Motors could close its car factory in Dunmere next year, according to "
        "unconfirmed reports in the local press. The company would not comment on the "
        "rumours. Workers said they had heard nothing, and it is unclear whether the plan "
        "is real."
    )
    assert stance(claim, source).stance in {"discusses", "unrelated"}


def test_two_places_that_are_both_true_are_no_contradiction() -> None:
    claim = "The earthquake was felt strongly in the port city of Guayaquil."
    source = (
        "A strong earthquake struck near Quito on Sunday, shaking buildings in the capital. "
        "The earthquake was felt strongly in the mountain town of Latacunga, residents said."
    )
    assert stance(claim, source).stance != "disagrees"


def test_two_polls_with_other_figures_are_no_contradiction() -> None:
    claim = "A Quinnipiac poll released on Tuesday put Clinton ahead by 5 points in Ohio."
    source = (
        "Voters in Ohio were polled again this week. A Monmouth poll released on Tuesday "
        "put Clinton ahead by 2 points in Ohio."
    )
    assert stance(claim, source).stance != "disagrees"


def test_a_denial_of_what_the_claim_denies_is_no_contradiction() -> None:
    claim = "Actor Marten Holloway is not dead, his agent says."
    source = (
        "A story claiming that actor Marten Holloway was found dead is a fake hoax, his "
        "agent says. Holloway is filming in Spain."
    )
    assert stance(claim, source).stance != "disagrees"
    claim = "The ministry says the woman detained at the border is not the rebel leader's wife."
    source = (
        "The ministry denied that the woman detained at the border is the rebel leader's "
        "wife. She is his sister, officials said."
    )
    assert stance(claim, source).stance != "disagrees"


def test_a_question_asserts_nothing_to_contradict() -> None:
    claim = "Was the street artist Banksy arrested in London?"
    source = "A hoax story saying that the street artist Banksy was arrested in London spread."
    assert stance(claim, source).stance != "disagrees"


def test_idioms_that_negate_nothing_and_contrasts_that_do() -> None:
    # The rules' part (the model alone may lean to "disagrees" here: 0.36 against 0.34
    # "agrees", but a model's disagreement is never listed as a contradiction).
    claim = "Seven pupils fell ill during the school trip to Lisbon."
    source = "No less than seven pupils fell ill during the school trip to Lisbon, staff said."
    assert not _contradicts(claim, source)
    claim = "Police in Dunmere will issue tickets, not arrests, for cannabis possession."
    source = (
        "Police in Dunmere will issue tickets rather than arrests for cannabis possession, "
        "the council said."
    )
    assert not _contradicts(claim, source)


def test_a_hedged_negation_only_discusses() -> None:
    claim = "Actor Ruben Castell will play the explorer in the new film."
    source = "Actor Ruben Castell will reportedly not play the explorer in the new film."
    assert stance(claim, source).stance != "disagrees"


def test_an_article_about_something_else_is_unrelated() -> None:
    claim = "The central bank raised its main interest rate to 5 percent."
    source = (
        "The city zoo welcomed two panda cubs this spring. Keepers said the cubs were "
        "healthy and would meet visitors in June."
    )
    assert stance(claim, source).stance == "unrelated"


def test_exported_trees_predict_as_the_fitted_model() -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(0)
    rows = rng.normal(size=(400, 5))
    rows[rng.random(rows.shape) < 0.05] = np.nan  # missing values take their learned side
    labels = (rows[:, 0] > 0).astype(int) + (np.nan_to_num(rows[:, 1]) > 1).astype(int)
    labels[labels == 2] = 2
    model = HistGradientBoostingClassifier(max_iter=20, max_leaf_nodes=7, random_state=0)
    model.fit(rows, labels)
    data = export(model, tuple("abcde"), ("x", "y", "z"))
    trees = BoostedTrees.load(_write(data))
    assert np.allclose(trees.predict_proba(rows), model.predict_proba(rows), atol=1e-6)
    # 400 rows go through in several chunks (``trees.CHUNK_ROWS``); a few rows in one.
    few = rows[:37]
    assert np.allclose(trees.predict_proba(few), model.predict_proba(few), atol=1e-6)


def _write(data: dict[str, object]) -> Path:
    import tempfile

    path = Path(tempfile.mkdtemp()) / "model.json"
    path.write_text(json.dumps(data))
    return path


def test_the_shipped_model_records_its_data_and_out_of_fold_scores() -> None:
    meta = packaged_model().trees.meta
    assert len(meta["data_sha256"]) == 64
    assert meta["folds"] >= 5
    assert 0.3 <= meta["agree_bar"] <= 0.95
    assert {"macro_f1", "support_precision", "disagree_as_support"} <= set(meta["out_of_fold"])


def _fnc_folder(tmp_path: Path) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    with (tmp_path / "tiny_bodies.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Body ID", "articleBody"])
        writer.writerow(
            ["1", "The city zoo welcomed two panda cubs.\n\nKeepers said they were well."]
        )
        writer.writerow(
            [
                "2",
                "Velmor Motors denied reports that it would close its Dunmere factory, calling them false.",
            ]
        )
    with (tmp_path / "tiny_stances.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Headline", "Body ID", "Stance"])
        writer.writerow(["Velmor Motors to close Dunmere factory", "1", "unrelated"])
        writer.writerow(["Velmor Motors to close Dunmere factory", "2", "disagree"])
    return tmp_path


def test_eval_stance_scores_and_writes_predictions(tmp_path: Path) -> None:
    folder = _fnc_folder(tmp_path / "data")
    out = tmp_path / "pred.csv"
    result = CliRunner().invoke(main, ["eval", "stance", str(folder), "--json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["pairs"] == 2
    assert {"fnc_score", "macro_f1", "f1", "confusion", "support_precision"} <= set(scores)
    assert scores["disagree_as_support"] == 0.0
    rows = list(csv.DictReader(out.open()))
    assert [r["Body ID"] for r in rows] == ["1", "2"]
    assert rows[0]["Stance"] == "unrelated"


def test_eval_stance_names_a_folder_that_is_not_fnc1(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "stance", str(tmp_path)])
    assert result.exit_code != 0
    assert "_bodies.csv" in result.output
    assert "Traceback" not in result.output


def test_scores_count_support_precision_and_disagreement_taken_as_support() -> None:
    gold = ["agree", "agree", "disagree", "disagree", "discuss", "unrelated"]
    predicted = ["agree", "discuss", "agree", "disagree", "agree", "unrelated"]
    scores = fnc1.score(gold, predicted)
    assert scores["support_precision"] == round(1 / 3, 4)
    assert scores["disagree_as_support"] == 0.5
    assert scores["confusion"]["disagree"]["agree"] == 1


def test_claim_groups_keep_one_claims_headlines_together() -> None:
    pairs = [
        fnc1.StancePair("Panda cubs born", "1", "agree"),
        fnc1.StancePair("Zoo announces two panda cubs", "1", "discuss"),
        fnc1.StancePair("Zoo announces two panda cubs", "2", "unrelated"),
        fnc1.StancePair("Bank raises rates", "2", "agree"),
    ]
    groups = fnc1.claim_groups(pairs)
    assert groups[0] == groups[1] == groups[2]
    assert groups[3] != groups[0]


def _doc(n: int, body: str) -> RawDocument:
    return RawDocument(
        source=f"test:{n}",
        kind="text",
        body=body,
        id=f"trial-{n}",
        title="Harwick rowing club treasurer in court over missing funds",
        outlet=f"Outlet {n}",
        published="2026-03-03",
    )


def test_a_sentence_that_sources_contradict_is_contested_not_cited(store: Store) -> None:
    opening = [
        "Mark Ellison, who kept the Harwick rowing club's accounts for nine years, was in the "
        "Harwick crown court on Monday over funds missing from the club. ",
        "The Harwick crown court heard on Monday the case of the rowing club's former "
        "treasurer Mark Ellison and the funds the club lost. ",
        "On Monday the former treasurer of the rowing club in Harwick, Mark Ellison, faced "
        "the crown court over the club's lost funds. ",
    ]
    pipeline.ingest_documents(
        store,
        [
            _doc(
                1,
                opening[0] + "Mark Ellison pleaded not guilty to fraud at the Harwick crown court. "
                "He will return to court in May.",
            ),
            _doc(
                2,
                opening[1] + "Mark Ellison was convicted of fraud at the Harwick crown court. "
                "The judge will sentence him in May.",
            ),
            _doc(
                3,
                opening[2] + "Mark Ellison was convicted of fraud at the Harwick crown court, "
                "the jury deciding in four hours.",
            ),
        ],
    )
    pipeline.build(store)
    [storyline] = store.storylines()
    briefing = pipeline.briefing_for(store, storyline.id)
    assert briefing is not None
    contradicted = [c for c in briefing.contradicted_claims if "not guilty" in c.text]
    assert contradicted, [c.text for c in briefing.contradicted_claims]
    assert set(contradicted[0].contradicted_by) == {"trial-2", "trial-3"}
    assert all("convicted" in e for e in contradicted[0].evidence)
    shown = [
        s
        for s in [briefing.summary, *briefing.main, *(e.text for e in briefing.timeline)]
        if "not guilty" in s.text
    ]
    for sentence in shown:
        assert {c.article_id for c in sentence.citations} == {"trial-1"}
        assert sentence.flag == "contested"
        assert {c.article_id for c in sentence.contested_by} == {"trial-2", "trial-3"}
    assert "## Claims sources contradict" in render(briefing, "md")
    assert "Claims sources contradict" in render(briefing, "html")


@needs_seeds()
def test_check_finds_the_seed_digests_unsupported_claims_and_invented_quote() -> None:
    digest = next(SEEDS.glob("000_*.txt"))
    sources = sorted(p for p in SEEDS.glob("00[1-9]_*.txt"))
    result = CliRunner().invoke(main, ["check", str(digest), *map(str, sources), "--json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    gold = json.loads((SEEDS / "gold.json").read_text())
    flagged = [s for s in report["sentences"] if s["status"] != "supported"]
    for claim in gold["unsupported_in_other_sources"]:
        first = claim["text"].split(". ")[0][:40]
        assert any(first in " ".join(s["text"].split()) for s in flagged), claim["text"]
    invented = [q for q in report["quotes"] if "did not work" in q["text"]]
    assert invented and invented[0]["status"] == "not_found"
    for sentence in report["sentences"]:
        assert sentence["status"] in {"supported", "contested", "unsupported"}
        assert {"text", "start", "end", "sources", "evidence"} <= set(sentence)
        if sentence["status"] == "supported":
            assert sentence["sources"]


@needs_seeds()
def test_check_prints_markdown_by_default() -> None:
    digest = next(SEEDS.glob("000_*.txt"))
    source = next(SEEDS.glob("001_*.txt"))
    result = CliRunner().invoke(main, ["check", str(digest), str(source)])
    assert result.output.startswith("# Digest check")
    assert "UNSUPPORTED" in result.output


def test_check_exits_zero_when_everything_is_supported(tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(
        "Harwick rowing club treasurer convicted\n\n"
        "Mark Ellison, the former treasurer of the Harwick rowing club, was convicted of "
        "fraud by the Harwick crown court on Monday. The court heard that funds went "
        "missing from the club over nine years. He will be sentenced in May.\n"
    )
    digest = tmp_path / "digest.md"
    digest.write_text(
        "# Treasurer convicted\n\nMark Ellison, the former treasurer of the Harwick rowing "
        "club, was convicted of fraud by the Harwick crown court.\n"
    )
    result = CliRunner().invoke(main, ["check", str(digest), str(source), "--json"])
    report = json.loads(result.output)
    assert [s["status"] for s in report["sentences"]] == ["supported"], report
    assert result.exit_code == 0


def _article(article_id: str, text: str) -> Article:
    article = Article(id=article_id, source=article_id, text=text)
    article.sentences = split_sentences(text)
    return article


def test_facts_of_two_events_of_a_storyline_do_not_contradict_each_other() -> None:
    # The ban is imposed one week and lifted the next: both sentences are true.
    lifted = _article(
        "lifted",
        "Ardel lifted its tap-water ban on Friday. Water board director Helga Marin said "
        "the tests had found no microcystin above the safe limit at the intake station.",
    )
    imposed = _article(
        "imposed",
        "Ardel banned tap water on Monday. Water board director Helga Marin said the "
        "tests had found microcystin above the safe limit at the intake station.",
    )
    sentence = "no microcystin"
    apart = claims([lifted, imposed], event_of={"lifted": "e2", "imposed": "e1"})
    together = claims([lifted, imposed], event_of={"lifted": "e1", "imposed": "e1"})
    [claim_apart] = [c for c in apart if sentence in c.text]
    [claim_together] = [c for c in together if sentence in c.text]
    assert claim_apart.contradicted_by == [] and claim_apart.supported_by == []
    assert claim_together.contradicted_by == ["imposed"]


def test_a_question_is_no_claim_to_contest() -> None:
    asking = _article(
        "asking",
        "The senator spoke in Ohio on Tuesday. Why won't he release his tax returns, the "
        "senator asked the crowd?",
    )
    urging = _article(
        "urging",
        "The senator spoke in Ohio on Tuesday. He should release his tax returns, the "
        "senator told the crowd.",
    )
    found = claims([asking, urging], event_of={"asking": "e", "urging": "e"})
    assert not [c for c in found if c.text.rstrip().endswith("?")]


def test_check_report_tells_a_reworded_sentence_from_one_no_source_speaks_to() -> None:
    from storyline.compare.check import DigestCheck, Evidence, SentenceCheck
    from storyline.compare.check_report import render_markdown

    reworded = SentenceCheck(
        "The council approved the lanes.",
        0,
        31,
        "unsupported",
        evidence=[Evidence("a.txt", "discusses", "Councillors voted for the lanes.")],
    )
    invented = SentenceCheck("The mayor resigned.", 32, 51, "unsupported")
    report = render_markdown(DigestCheck([reworded, invented], []))
    assert "2 unsupported (1 of them discussed by a source in other words)" in report
    assert "**UNSUPPORTED** (discussed by 1, none agreeing) The council" in report
    assert "**UNSUPPORTED** (no source speaks to it) The mayor resigned." in report


def test_a_negation_reaches_no_further_than_its_clause() -> None:
    claim = (
        'The union leader, Nikos Varelas, said: "The workers have been asked to make '
        'sacrifices while the rich pay nothing."'
    )
    source = (
        '"The workers have been asked to make sacrifices while the rich pay nothing," said '
        "Nikos Varelas, the union leader."
    )
    assert stance(claim, source).stance != "disagrees"
    claim = "A bomb at a bank killed two officers, and police did not have any suspects, officials said."
    source = "A bomb at a bank killed two officers, officials said on Saturday."
    assert stance(claim, source).stance != "disagrees"


# Contradictions a reader would not list, found in briefings of ECB+ development topics
# (each case here is written anew, in the shape of one seen there). A briefing lists a
# contradiction only when a reader's rule finds it (``support.filing``), so these ask that.


def _contradicts(claim: str, source: str) -> bool:
    result = stance(claim, source)
    return result.stance == "disagrees" and result.reason != "model"


# (why a reader lists no contradiction, claim, source)
NO_CONTRADICTION = [
    (
        "refusing to say is no denial",
        "Police in Harwick said that three shots were fired at the house on Mill Lane.",
        "Police in Harwick would not say how many shots were fired at the house on Mill Lane.",
    ),
    (
        "a negation negates the word after it, not a name further on",
        "Singer Ana Roldan checked into a clinic in Dunmere, her spokesman said.",
        "Her spokesman would not reveal what singer Ana Roldan is treated for in Dunmere.",
    ),
    (
        "a plan is no fact to deny",
        "Boxer Ivan Petrov was scheduled to face Karl Moser in March, but was injured.",
        "Boxer Ivan Petrov was injured in training and could not face Karl Moser in March.",
    ),
    (
        "two sentences that both say never tell one story",
        "Tom Ellis was a quiet boy from Harwick, never one to get into trouble, his aunt said.",
        "Tom Ellis was a quiet boy from Harwick, never one to go out and get into trouble.",
    ),
    (
        "a negation about someone the other does not name",
        "Unlike the rest of the Harwick cast, director Ana Roldan is not signed for the sequel.",
        "The rest of the Harwick cast are all signed for the sequel, the studio said.",
    ),
    (
        "an aside is not what a sentence asserts",
        "Mayor Ellis visited the Harwick primary school on Saturday.",
        "Mayor Ellis, who was not at the Harwick primary school during the fire, visited "
        "on Saturday.",
    ),
    (
        "denying a charge does not contradict the charge",
        "Dunmere bakery fire: man denies arson",
        "Man charged with arson over the Dunmere bakery fire",
    ),
    (
        "bounds and guesses are no counts",
        "The island lies about 940 miles south of the capital, Tarsa.",
        "The island lies some 930 miles south of the capital, Tarsa.",
    ),
    (
        "one occasion against a running total",
        "During the raid, six rifles and 12 magazines were found by the Harwick navy.",
        "In five raids so far, the Harwick navy has found 14 rifles and 31 magazines.",
    ),
    (
        "a clock time written two ways",
        "The singer died at 6:41pm PST (0241 GMT Friday) in Tarsa, her agent said.",
        "The singer died at 18:41 (02:41 GMT Friday) in Tarsa, her agent said.",
    ),
    (
        "a currency with its conversion",
        "Damage to the Harwick church was estimated at $US1 million ($1.52 million).",
        "Damage to the Harwick church was estimated at $1 million, officials said.",
    ),
    (
        "a phone number",
        "Police asked witnesses to call them on 0845 125 222 about the Harwick fire.",
        "Police asked witnesses to call them on 0845 125 2222 about the Harwick fire.",
    ),
    (
        "a sentence with both outcomes tells a sequence",
        "Karl Moser was booked into the Harwick county jail and later released on bail.",
        "Arrested on Friday, Karl Moser was booked into the Harwick county jail and later "
        "released on bond.",
    ),
    (
        "a quotation's negation is someone's words",
        "“The young people of Harwick have no outlets for their anger, no community.”",
        "“Tonight we saw the anger of the young people of Harwick, my community.”",
    ),
    (
        "what can happen is no count",
        "A magnitude 6 quake can cause severe damage in the Tarsa valley.",
        "A magnitude 5 quake can cause severe damage in the Tarsa valley.",
    ),
    (
        "the figure of someone unnamed is no count of a named one",
        "He has 53 catches for 605 yards for the Harwick Rovers.",
        "Tom Ellis passed for 364 yards for the Harwick Rovers.",
    ),
    (
        "the nearest name before a figure is whose it is",
        "Shy Ely put up 23 points against the Harwick Rovers.",
        "Ty Lawson chipped in 16 points against the Harwick Rovers, and Shy Ely scored too.",
    ),
]


@pytest.mark.parametrize(
    ("why", "claim", "source"), NO_CONTRADICTION, ids=[c[0] for c in NO_CONTRADICTION]
)
def test_no_contradiction_a_reader_would_not_list(why: str, claim: str, source: str) -> None:
    assert not _contradicts(claim, source), why


def test_the_rules_still_find_real_contradictions() -> None:
    pairs = [
        (  # the same person: a real no
            "Ana Roldan has resigned as director of the Harwick festival.",
            "Ana Roldan has not resigned as director of the Harwick festival, the board said.",
        ),
        (  # a denial of what a report says
            "The council denied that the Dunmere bakery would close.",
            "The Dunmere bakery will close, the council said.",
        ),
        (  # one count, two figures
            "The earthquake in the Tarsa valley killed 30 people, officials said.",
            "The earthquake in the Tarsa valley killed 45 people, officials said.",
        ),
    ]
    for claim, source in pairs:
        assert _contradicts(claim, source), claim


def test_a_count_reported_on_another_day_is_an_update() -> None:
    monday = _article(
        "monday", "The flood in the Tarsa valley has killed 30 people, officials said."
    )
    tuesday = _article(
        "tuesday", "The flood in the Tarsa valley has killed 45 people, officials said."
    )
    monday.published, tuesday.published = "2026-03-02", "2026-03-03"
    found = claims([monday, tuesday], event_of={"monday": "e1", "tuesday": "e1"})
    [claim] = [c for c in found if c.article_id == "monday"]
    assert claim.contradicted_by == []
    tuesday.published = "2026-03-02T18:00:00"
    found = claims([monday, tuesday], event_of={"monday": "e1", "tuesday": "e1"})
    [claim] = [c for c in found if c.article_id == "monday"]
    assert claim.contradicted_by == ["tuesday"]


def test_a_source_reports_a_point_only_when_it_speaks_to_it() -> None:
    # "Reported by [2], not confirmed" must mean that [2] reports the point: a sentence
    # sharing a quarter of its words, or one about another town's police, does not.
    claim_text = "Harwick police released a video of the shooting on Monday, officials said."
    touches = _article(
        "touches",
        "The shooting in Harwick came days after another one in Dunmere, officials said.",
    )
    elsewhere = _article(
        "elsewhere",
        "Dunmere police have not released a video of the shooting on Monday, officials said.",
    )
    claim = _article("claim", claim_text)
    found = claims(
        [claim, touches, elsewhere], event_of={"claim": "e", "touches": "e", "elsewhere": "e"}
    )
    [mine] = [c for c in found if c.article_id == "claim"]
    assert mine.discussed_by == [] and mine.supported_by == []


def test_another_outlet_quoting_the_same_words_supports_them() -> None:
    words = "“We have got to do everything possible to improve policing in Harwick,” Ellis said."
    claim = _article("claim", words)
    quoting = _article(
        "quoting",
        "At the rally on Tuesday, Ellis said: “We’ve got to do everything possible to "
        "improve policing in Harwick,” and the crowd cheered.",
    )
    found = claims([claim, quoting], event_of={"claim": "e", "quoting": "e"})
    [mine] = [c for c in found if c.article_id == "claim"]
    assert mine.supported_by == ["quoting"]


class _CountingModel:
    """The packaged model, counting the pairs it is asked to classify."""

    def __init__(self) -> None:
        self.classified = 0

    def classify(self, pairs: list[tuple[object, object]]) -> list[object]:
        self.classified += len(pairs)
        return packaged_model().classify(pairs)  # type: ignore[arg-type]


def test_only_sources_that_state_the_point_are_classified() -> None:
    # A source whose closest sentence shares a quarter to a half of a claim's words can be
    # filed nowhere (neither cited, contested nor "reporting" it), so its stance is never
    # classified: most pairs of a storyline are such.
    claim = _article(
        "claim", "Harwick police released a video of the shooting on Monday, officials said."
    )
    states = _article(
        "states", "Harwick police released the shooting video on Monday, officials said."
    )
    touches = _article(
        "touches",
        "The Harwick shooting shocked the town, and the mayor cancelled the spring fair.",
    )
    model = _CountingModel()
    found = claims([claim, states, touches], model=model)  # type: ignore[arg-type]
    closest = {c.article_id: c.closest_overlap for c in found}
    assert closest == {"claim": 1.0, "states": 1.0, "touches": 0.25}
    assert model.classified == 2  # claim and states, each towards the other


def test_a_source_is_read_whole_however_many_sentences_share_the_claims_words() -> None:
    # A source's closest sentence is found among all of its sentences (no search cut short
    # in a storyline of thousands), and the rule that reads it whole finds the other figure.
    claim = _article(
        "claim", "The mountain earthquake in the Tarsa valley killed 30 people, officials said."
    )
    source = _article(
        "source",
        "The mountain road to Tarsa was closed. "
        "The earthquake in the Tarsa valley killed 45 people, officials said.",
    )
    filler = _article(
        "filler",
        " ".join(["The earthquake killed people in the valley, officials said."] * 40),
    )
    found = claims([claim, source, filler])
    [mine] = [c for c in found if c.article_id == "claim"]
    assert mine.contradicted_by == ["source"]


def test_the_agree_bar_asks_for_support_precision_with_confidence() -> None:
    # 85 right of 100 is 85% by luck as much as by skill: the bound is lower, and it
    # tightens towards the share as the count grows.
    assert wilson_lower_bound(0, 0, 1.28) == 0.0
    assert wilson_lower_bound(85, 100, 1.28) < 0.85
    assert 0.79 < wilson_lower_bound(85, 100, 1.28) < wilson_lower_bound(850, 1000, 1.28) < 0.85
    assert wilson_lower_bound(100, 100, 1.28) < 1.0


def test_a_refutation_of_the_opposite_outcome_agrees() -> None:
    # A rumour review: a headline calling a death a hoax says the singer is alive.
    found = stance(
        "The singer Ona Brisk is alive and well.",
        "Ona Brisk Death Hoax Dismissed Since Singer Is Alive And Well. Fans were relieved.",
    )
    assert found.stance != "disagrees", found
    # Either way round; and a refuting adjective before another outcome turns nothing.
    found = stance(
        "Ona Brisk death hoax, her manager said on Monday in Los Angeles.",
        "Ona Brisk is alive, her manager said on Monday in Los Angeles.",
    )
    assert found.stance != "disagrees", found
    found = stance(
        "The budget bill was approved by the state Senate on Tuesday.",
        "On Tuesday the state Senate rejected false claims that the budget bill was approved.",
    )
    assert found.stance == "disagrees", found
    # A refutation of the claim itself still disagrees.
    found = stance(
        "The minister was found at the airport with the money.",
        "Reports that the minister was found at the airport with the money are a hoax.",
    )
    assert (found.stance, found.reason) == ("disagrees", "refuted")


def test_a_quoted_headline_or_quotation_is_reported_not_asserted() -> None:
    # The source quotes the rumour's headline: its words are not the source's claim.
    found = stance(
        "The Tarsa mayor has not resigned over the bridge scandal.",
        "One site ran the headline “Tarsa Mayor Resigns Over Bridge Scandal” on Monday.",
    )
    assert found.stance != "disagrees", found
    # Both give the quotation; the claim calls its source fake, the other only reports it.
    found = stance(
        "According to a fake spokesman, “The minister was found at the airport with the money.”",
        "The report goes on to say a spokesman said, “The minister was found at the airport "
        "with the money.”",
    )
    assert found.stance != "disagrees", found
    # What a person is quoted saying is that person's word, and may be contested; a quoted
    # name is a name.
    found = stance(
        "Smith was convicted of all charges in the fraud trial in Dallas on Monday.",
        "“Smith was acquitted of all charges in the fraud trial in Dallas on Monday,” his "
        "lawyer said.",
    )
    assert found.stance == "disagrees", found
    found = stance(
        "Ohio voters rejected the “Clean Water and Safe Parks Act” on Tuesday.",
        "Ohio voters approved the Clean Water and Safe Parks Act on Tuesday.",
    )
    assert found.stance == "disagrees", found


def _discussing() -> StanceResult:
    return StanceResult("discusses", 0.6, ((0, 1),), (0.4, 0.0, 0.6, 0.0), "model", 1.0)


def test_a_sentence_saying_the_claim_again_in_other_words_supports_it() -> None:
    from storyline.compare.support import filing

    claim = "Rail workers in Tarsa ended their strike on Tuesday after a 14 percent pay rise."
    again = "Tarsa rail workers ended the strike Tuesday after winning a 14 percent pay rise."
    assert filing(_discussing(), 0.9, DEFAULT, claim, again) == "supports"
    # A detail left out (the day), another figure, a hedge or another report's word: no.
    for other in (
        "Tarsa rail workers ended the strike after winning a 14 percent pay rise.",
        "Tarsa rail workers ended the strike Tuesday after winning a 12 percent pay rise.",
        "Tarsa rail workers reportedly ended the strike Tuesday after winning a 14 percent pay "
        "rise.",
        "According to the union, Tarsa rail workers ended the strike Tuesday after winning a "
        "14 percent pay rise.",
    ):
        assert filing(_discussing(), 0.9, DEFAULT, claim, other) == "discusses", other


def test_a_sentence_sharing_only_the_claims_names_does_not_restate_it() -> None:
    from storyline.compare.support import filing

    claim = "Maria Lund and Karl Dunmore are both progressives."
    other = "Maria Lund and Karl Dunmore clashed again in a debate on Wednesday night."
    assert filing(_discussing(), 0.8, DEFAULT, claim, other) != "supports"


def test_a_hoax_named_as_the_topic_calls_nothing_false() -> None:
    # A rumour briefing listed "issued a statement about the hoax" as contradicted by the
    # same statement told without the word.
    found = stance(
        "The singer's representatives issued a statement about the hoax on Friday.",
        "The singer's representatives issued a statement on Friday saying that she is well.",
    )
    assert found.stance != "disagrees", found


def test_a_restatement_keeps_the_negation_the_figures_and_the_subject() -> None:
    from storyline.compare.support import _restates

    claim = "Acme Corp will cut 500 jobs at its Ohio plant in Dayton next year, officials said."
    assert _restates(
        _discussing(), claim, claim.replace("officials said", "officials told reporters")
    )
    for other in (
        claim.replace("will cut", "will not cut"),
        claim.replace("500", "1500"),
        claim.replace("Acme Corp", "Boeing"),
        # the same figures and no others
        "Acme Corp will cut 200 jobs at its 500-worker Ohio plant in Dayton next year.",
    ):
        assert not _restates(_discussing(), claim, other), other
    assert not _restates(_discussing(), claim.replace("will cut", "won't cut"), claim)


def test_a_quoted_texts_word_is_one_in_lower_case_outside_the_quotation() -> None:
    # (second review) "The Washington Post" where a lawyer spoke names no quoted text; a
    # title a video is given is one; a denial after an outcome noun turns it.
    found = stance(
        "Smith was convicted of all charges in the fraud trial in Dallas on Monday.",
        "“Smith was acquitted of all charges in the fraud trial in Dallas on Monday,” his "
        "lawyer told The Washington Post.",
    )
    assert found.stance == "disagrees", found
    found = stance(
        "Jones won the race for mayor of Tarsa on Tuesday night.",
        "A viral video titled “Jones lost the race for mayor of Tarsa on Tuesday night” spread.",
    )
    assert found.stance != "disagrees", found
    found = stance(
        "Axl Rose is alive and well in Los Angeles.",
        "Reports of Axl Rose death debunked: Axl Rose is alive and well in Los Angeles.",
    )
    assert found.stance != "disagrees", found


def _checked_quote(
    tmp_path: Path, source_text: str, digest_text: str
) -> tuple[dict[str, object], int]:
    """The one quotation ``storyline check --json`` finds in a digest against one source,
    and the exit status."""
    source = tmp_path / "source.txt"
    source.write_text(source_text)
    digest = tmp_path / "digest.md"
    digest.write_text(digest_text)
    result = CliRunner().invoke(main, ["check", str(digest), str(source), "--json"])
    [quote] = json.loads(result.output)["quotes"]
    return quote, result.exit_code


def test_check_calls_a_quotation_given_to_another_person_a_wrong_speaker(tmp_path: Path) -> None:
    # A new user's digest of 1999 wire reports gave one minister's words to another; the
    # check found them "verbatim" and the sentence supported, never looking at the speaker.
    report = (
        "Three nations join the alliance\n\n"
        'Foreign Minister Maria Lund of Corlen said, "We should keep the harbour open for every '
        'ship that has sailed here in peace." Foreign Minister Tom Velde of Sarn said his '
        "country would never again close its ports.\n"
    )
    words = '"We should keep the harbour open for every ship that has sailed here in peace,"'
    wrong = f"{words} said Foreign Minister Tom Velde of Sarn.\n"
    quote, status = _checked_quote(tmp_path, report, wrong)
    assert quote["status"] == "verbatim" and quote["speaker"] == "Tom Velde"
    assert quote["said_by"] == ["Maria Lund"] and quote["speaker_right"] is False
    assert wrong[quote["start"] : quote["end"]].startswith('"We should keep')
    assert status == 1
    digest, source = tmp_path / "digest.md", tmp_path / "source.txt"
    markdown = CliRunner().invoke(main, ["check", str(digest), str(source)]).output
    assert "WRONG SPEAKER**: the sources give these words to Maria Lund" in markdown
    right = f"{words} said Foreign Minister Maria Lund of Corlen.\n"
    quote, _ = _checked_quote(tmp_path, report, right)
    assert quote["speaker_right"] is True


def test_a_source_published_before_the_happening_neither_reports_nor_confirms_it() -> None:
    # A February 2016 briefing cited for the "22-point defeat" of the 9 February primary an
    # item of 3 February; and, the review of the change: a day of saying is not the
    # happening's, nor does it rule out a report of the day before (time zones).
    from storyline.read import read_articles

    def report(article_id: str, published: str, text: str) -> Article:
        return Article(id=article_id, source=article_id, text=text, published=published)

    happening = "The Corlen ferry sank on Wednesday off the north coast with 40 people aboard."
    later, earlier, day_before, said = read_articles(
        [
            report("later", "2000-04-06", happening),
            report(
                "earlier",
                "2000-04-03",
                "The Corlen ferry sank off the north coast with 40 people aboard, it was feared.",
            ),
            report(
                "day_before",
                "2000-04-04",
                "The Corlen ferry sank off the north coast with 40 people aboard on Tuesday night.",
            ),
            report(
                "said",
                "2000-04-08",
                "The coast guard said on Friday that the Corlen ferry sank off the north "
                "coast with 40 people aboard.",
            ),
        ]
    )
    event = dict.fromkeys(["later", "earlier", "day_before", "said"], "e")
    found = claims([later, earlier, day_before, said], event_of=event)
    [claim] = [c for c in found if c.article_id == "later"]
    heard = {*claim.supported_by, *claim.discussed_by, *claim.contradicted_by}
    assert "earlier" not in heard
    assert "day_before" in heard
    [told] = [c for c in found if c.article_id == "said"]
    assert {*told.supported_by, *told.discussed_by} & {"later", "earlier", "day_before"}


def test_a_wire_typewriter_dash_does_not_make_a_quotation_reworded(tmp_path: Path) -> None:
    quote, _ = _checked_quote(
        tmp_path,
        "Police still hunt suspect\n\n``To be frank, the police have no idea where Ivo Marten "
        "is _ none at all,'' said Lena Holt, a Corlen police spokeswoman, on Friday.\n",
        '"To be frank, the police have no idea where Ivo Marten is, none at all," said Lena Holt.\n',
    )
    assert quote["status"] == "verbatim"


def test_refusing_to_do_it_says_it_was_not_done() -> None:
    # A new user's digest of a 2000 appeals ruling said the court "ordered" the hearing the
    # source says it "refused to order": the model read them as agreeing.
    claim = "A federal appeals court ordered a political asylum hearing for the boy."
    refused = "A federal appeals court refused to order a political asylum hearing for the boy."
    result = stance(claim, refused)
    assert result.stance == "disagrees" and result.reason == "negated"
    # declining to tell denies nothing
    quiet = "The senator declined to comment on the report about the new bridge."
    assert stance(quiet, quiet.replace(".", " on Friday.")).stance != "disagrees"


def test_two_days_for_one_happening_disagree() -> None:
    # Two wire reports of 2000 (a new user's read): the father "arrived in the United
    # States April 2" and "since he arrived in the United States on April 6".
    claim = "Ivo Marten arrived in the United States April 2 to reclaim his fishing boat."
    other = (
        "Ivo Marten has stayed in Boston since he arrived in the United States on April 6 "
        "to reclaim his fishing boat."
    )
    result = stance(claim, other)
    assert result.stance == "disagrees" and result.reason == "other day"
    # the day is no count of "reclaim", the same day agrees, a deadline is no day of it,
    # and a day of another year is another occasion
    assert stance(claim, claim.replace("April 2", "April 2, 2000")).stance != "disagrees"
    deadline = "The vote will be held by May 9 across the country, officials said."
    assert stance(deadline.replace("by May 9", "on May 4"), deadline).stance != "disagrees"
    years = "The festival opened on June 3, 2019 in the old harbour of the town."
    assert stance(years, years.replace("June 3, 2019", "June 5, 2021")).stance != "disagrees"


def test_a_refusal_of_more_or_by_someone_else_denies_nothing() -> None:
    # The review of the sixteenth session's change: each read as a disagreement by it.
    pairs = [
        (
            "The bank raised interest rates to 5 percent on Thursday.",
            "The bank raised interest rates to 5 percent on Thursday, but declined to raise "
            "them further.",
        ),
        (
            "The court ordered a new hearing for the boy in the asylum case.",
            "The court ordered a new hearing for the boy in the asylum case after the lower "
            "court refused to order one.",
        ),
        (
            "Smith signed the trade deal with Canada on Friday.",
            "Smith initially refused to sign the trade deal with Canada but signed it on Friday.",
        ),
    ]
    for claim, source in pairs:
        assert stance(claim, source).stance != "disagrees", source


def test_another_day_of_another_happening_or_of_the_saying_is_no_disagreement() -> None:
    pairs = [
        (
            "Foreign Minister Ali Hassan arrived in Paris on April 2 for the peace talks.",
            "Foreign Minister Ali Hassan left Paris on April 6 after the peace talks.",
        ),
        (
            "The trial of former mayor John Green opened in the federal court on March 3.",
            "The trial of former mayor John Green resumed in the federal court on March 10.",
        ),
        (
            "The bodies were found in the river on 12 June, police said.",
            "The bodies were found in the river, police said on 14 June.",
        ),
    ]
    for claim, source in pairs:
        assert stance(claim, source).stance != "disagrees", source
    # a number after a month that cannot be a day is still a count
    counted = stance(
        "Since June 40 soldiers have been killed in the fighting in the north.",
        "Since June 65 soldiers have been killed in the fighting in the north.",
    )
    assert counted.stance == "disagrees" and counted.reason == "other figures"


def test_check_does_not_judge_words_given_to_the_speakers_institution(tmp_path: Path) -> None:
    quote, _ = _checked_quote(
        tmp_path,
        'UN alarmed by killings\n\n"We are deeply alarmed by the killings of civilians in the '
        'north," said Stephane Dujarric, spokesman for the United Nations, on Friday.\n',
        '"We are deeply alarmed by the killings of civilians in the north," the United '
        "Nations said on Friday.\n",
    )
    assert quote["status"] == "verbatim" and quote["speaker_right"] is None


def test_a_claim_told_only_by_a_copy_cites_the_copy_not_its_original() -> None:
    # AQUAINT, March 1999: a wire story's first paragraphs went out alone first, and the
    # whole story later, a copy of them; a sentence only the whole story has was cited to
    # the six paragraphs that do not have it.
    stub = _article(
        "stub",
        "Poland, Hungary and the Czech Republic formally joined NATO on Friday at a ceremony "
        "in Independence, Missouri.",
    )
    whole = _article(
        "whole",
        stub.text + " Secretary of State Madeleine Albright accepted the admission papers from "
        "the three foreign ministers at the Truman Library.",
    )
    whole.duplicate_of = "stub"
    claim = _article(
        "ap",
        "Secretary of State Madeleine Albright accepted the admission papers from the three "
        "foreign ministers at the Truman Library.",
    )
    found = claims([stub, whole, claim], event_of={"stub": "e", "whole": "e", "ap": "e"})
    [albright] = [c for c in found if c.article_id == "ap"]
    heard = {*albright.supported_by, *albright.discussed_by}
    assert "whole" in heard and "stub" not in heard


def test_a_second_refusal_or_a_call_to_act_is_no_act_done() -> None:
    # The second review: a verb's second mention after "to" had switched the refusal off,
    # and the source was cited as confirming what it says did not happen.
    resigned = "John Ward resigned as chairman of the Corlen council on Monday."
    twice = (
        "John Ward refused to resign as chairman of the Corlen council on Monday, the second "
        "time he has refused to resign."
    )
    assert stance(resigned, twice).stance == "disagrees"
    signed = "The mayor signed the housing bill into law on Friday."
    calls = "The mayor refused to sign the housing bill on Friday despite growing calls to sign it."
    assert stance(signed, calls).stance == "disagrees"


def test_a_stretchs_cue_words_answer_every_lexicon_as_all_its_words_do() -> None:
    """A stretch keeps only its cue words (``CUE_WORDS``), which must answer every lexicon
    the stance reads cues through as the stretch's every word would."""
    from storyline.compare import stance_features as features

    lexicons = [
        features.REFUTE,
        features.HEDGE,
        features.MODAL,
        features.CONFIRM,
        features.ATTRIBUTION,
        features.HEDGE | features.MODAL,
        *(side for pair in features.OPPOSITES for side in pair),
    ]
    text = (
        "Officials said on Friday the claim was false and the suspect, reportedly alive, "
        "may have won: nobody confirmed it, and the man was not convicted."
    )
    cues = features.TextCues.of(text)
    every = set(features.tokens(text))
    for words in lexicons:
        assert words <= features.CUE_WORDS
        assert cues.words & words == every & words
    assert cues.words < every


def test_a_stance_result_pickles_to_an_equal_one() -> None:
    # (composing workers send their stances to the main process pickled: every field
    # must come back in its place)
    import pickle

    result = StanceResult(
        "disagrees", 0.75, ((3, 9), (12, 20)), (0.1, 0.6, 0.2, 0.1), "negated", 0.4
    )
    back = pickle.loads(pickle.dumps(result))
    assert back == result and type(back) is StanceResult
    # (``__reduce__`` lists the fields by hand: a field added without it would come back
    # as its default)
    assert len(result.__reduce__()[1]) == len(dataclasses.fields(StanceResult))


class _RecordingModel(StanceModel):
    """The packaged model, counting the pairs it is asked to classify."""

    def __init__(self) -> None:
        packaged = packaged_model()
        super().__init__(packaged.trees, packaged.agree_bar)
        self.classified: list[tuple[str, str]] = []

    def classify(self, pairs: Sequence[tuple[ClaimText, SourceText]]) -> list[StanceResult]:
        self.classified += [(claim.text, source.text) for claim, source in pairs]
        return super().classify(pairs)


def test_a_sentence_several_reports_print_is_classified_once_per_source() -> None:
    # The statement's sentence is a claim of each of the three reports; its stance towards
    # a source depends on the two texts only, so each source is read for it once.
    statement = "The Harwick council will close the Dunmere bakery on the first of May."
    reports = [
        _article(name, f"{statement} {rest}")
        for name, rest in [
            ("one", "Bakers in Harwick protested outside the town hall on Tuesday."),
            ("two", "The bakery's owner Ana Roldan said she would appeal the decision."),
            ("three", "Customers signed a petition to keep the bakery open."),
        ]
    ]
    model = _RecordingModel()
    found = claims(reports, model=model, event_of={r.id: "e" for r in reports})
    of_statement = [(c.article_id, c.supported_by) for c in found if c.text == statement]
    assert of_statement == [
        ("one", ["three", "two"]),
        ("two", ["one", "three"]),
        ("three", ["one", "two"]),
    ]
    asked = [pair for pair in model.classified if pair[0] == statement]
    assert len(asked) == len(set(asked)) == 3  # one per source, not one per pair (six)


def test_a_report_about_another_company_neither_supports_nor_discusses_a_claim() -> None:
    # (brief-87, a TimeBank read: two companies' quarters in the same words had been
    # listed as reporting each other's results, in briefings and in ``storyline check``)
    from storyline.compare.check import check_digest

    savin = _article(
        "savin",
        "Savin Corp. reported a third-quarter net loss of $35.2 million, or 31 cents a "
        "share, compared with a profit a year earlier. Its revenue fell.",
    )
    hadson = _article(
        "hadson",
        "Hadson Corp. reported a third-quarter net loss of $35.2 million, or 31 cents a "
        "share, compared with a profit a year earlier. Its revenue rose.",
    )
    found = claims([savin, hadson], event_of={"savin": "e", "hadson": "e"})
    [claim] = [c for c in found if c.article_id == "savin" and "net loss" in c.text]
    assert claim.supported_by == [] and claim.discussed_by == []
    assert claim.contradicted_by == []
    digest = "# Quarter\n\nSavin Corp. reported a third-quarter net loss of $35.2 million.\n"
    report = check_digest(digest, [hadson])
    assert [s.status for s in report.sentences] == ["unsupported"]
    assert not report.sentences[0].evidence
