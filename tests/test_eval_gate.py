"""Evaluation gate: quality floors that CI holds. A floor is raised when the code improves,
never lowered quietly. Skipped where ../shared/ is absent."""

from __future__ import annotations

import os

import pytest

from storyline.eval import extract as extract_eval
from storyline.eval import seeds as seeds_eval
from tests.conftest import SEEDS, SHARED

READABILITY = SHARED / "data" / "readability-pages"

SEED_FLOORS = {
    "storyline_bcubed_f1": 1.0,
    "quotes_found": 1.0,
    "quote_speakers_right": 1.0,
    "boilerplate_removed": 1.0,
    "body_lines_kept": 1.0,
    "unsupported_claims_flagged": 1.0,
    "outlet_right": 0.8,
    "events_bcubed_f1": 1.0,
    "time_values_right": 1.0,
    "published_right": 1.0,
    "briefing_sentences_supported": 1.0,
    "briefing_quotes_verbatim": 1.0,
}


@pytest.mark.skipif(not (SEEDS / "gold.json").exists(), reason="../shared/seeds absent")
def test_seed_scores_hold_their_floors() -> None:
    scores = seeds_eval.score(SEEDS)
    for aspect, floor in SEED_FLOORS.items():
        assert scores[aspect] >= floor, (aspect, scores)
    assert scores["flags_shown"] <= 10  # five a section at most; 6 measured (55 before)
    # Every flag in the JSON, shown or not: 10 measured (35 before brief-50)
    assert scores["flagged_items"] <= 10
    assert scores["unsupported_claims_shown"] >= 1.0  # both gold claims are shown
    # The digest's aims (788 and 312 measured; 1,050 words in all before).
    assert scores["briefing_words"] <= min(900, 0.3 * scores["source_words"])
    assert scores["reading_words"] <= 350


@pytest.mark.slow
@pytest.mark.skipif(not READABILITY.exists(), reason="../shared/data absent")
def test_html_body_extraction_at_least_plain_trafilatura() -> None:
    scores = extract_eval.score(READABILITY)
    assert scores["body"]["f1"] >= scores["body_plain_trafilatura"]["f1"]
    assert scores["body"]["f1"] >= 0.86
    assert scores["published"]["exact"] >= 0.95
    assert scores["title"]["exact"] >= 0.9
    assert scores["byline"]["relaxed"] >= 0.8


TEMPEVAL = SHARED / "data" / "tempeval3-train"


@pytest.mark.skipif(not TEMPEVAL.exists(), reason="../shared/data absent")
def test_time_expressions_hold_their_floors() -> None:
    from storyline.eval import timex as timex_eval

    scores = timex_eval.score(TEMPEVAL)
    assert scores["relaxed_span"]["f1"] >= 0.9
    assert scores["strict_span"]["f1"] >= 0.8
    assert scores["value"]["f1"] >= 0.78  # 0.786 measured (read-135); HeidelTime 0.78


MEANTIME = SHARED / "data" / "meantime"


@pytest.mark.skipif(not MEANTIME.exists(), reason="../shared/data absent")
def test_time_expressions_hold_on_meantime() -> None:
    # (no rule was tuned on it but read-135's, from a briefing of one of its reports)
    from storyline.eval import timex as timex_eval

    scores = timex_eval.score(MEANTIME)
    assert scores["documents"] == 120
    assert scores["relaxed_span"]["f1"] >= 0.88
    assert scores["value"]["f1"] >= 0.765  # 0.777 measured (read-135)


POLNEAR = SHARED / "data" / "polnear-dev"


@pytest.mark.slow
@pytest.mark.skipif(not POLNEAR.exists(), reason="../shared/data absent")
def test_direct_quotes_hold_their_floors() -> None:
    from storyline.eval import quotes as quotes_eval

    scores = quotes_eval.score(POLNEAR)
    direct, indirect = scores["direct"], scores["indirect"]
    assert direct["f1"] >= 0.94  # 0.954 measured on dev
    assert direct["f1_with_speaker"] >= 0.895  # 0.904 (issue 22's aim: 0.90); 0.89 to 0.902
    assert indirect["f1"] >= 0.625  # 0.644
    assert indirect["precision"] >= 0.9  # 0.924
    # End to end: ingested, read and stored as any article.
    stored = scores["stored"]
    # 0.905 (0.858 while the eval misplaced speaker mentions: "he" in "the").
    assert stored["direct"]["f1_with_speaker"] >= 0.895
    assert stored["indirect"]["f1"] >= 0.625  # 0.645


ECBPLUS = SHARED / "data" / "ecbplus-dev"


@pytest.mark.slow
@pytest.mark.skipif(not ECBPLUS.exists(), reason="../shared/data absent")
def test_clustering_holds_its_floors() -> None:
    from storyline.eval import cluster as cluster_eval

    scores = cluster_eval.score(ECBPLUS, folds=0)["storyline_online"]
    # 0.869 measured (the batch baseline 0.885). Lowered openly from 0.875 (0.879-0.880):
    # pages now give their stated 'Posted:' dates (47 of 772 dev texts, each checked by eye),
    # and ECB+ gold joins reports posted up to 18 months apart into one event, which the
    # time channel now keeps apart; the topic-grouped cross-validated event F1 is 0.870
    # before and after.
    assert scores["event"]["f1"] >= 0.865
    assert scores["topic"]["f1"] >= 0.885  # 0.892 measured; the batch baseline 0.893


@pytest.mark.slow
@pytest.mark.skipif(not ECBPLUS.exists(), reason="../shared/data absent")
@pytest.mark.skipif(
    not os.environ.get("STORYLINE_EVAL_CV"),
    reason="the topic cross-validation takes about 15 minutes on 2 cores; set STORYLINE_EVAL_CV=1",
)
def test_clustering_holds_its_out_of_fold_floors() -> None:
    from storyline.eval import cluster as cluster_eval

    # Out of fold: five folds of topics, each clustered from an empty store.
    folds = cluster_eval.score(ECBPLUS)["cross_validation"]
    shipped, learned = folds["storyline_online_shipped"], folds["storyline_online_learned"]
    assert shipped["event"]["f1"]["mean"] >= 0.86  # 0.869 measured; baseline 0.883
    assert shipped["storyline"]["f1"]["mean"] >= 0.91  # 0.918 measured; baseline 0.901
    # The shipped rule with its thresholds chosen on the other folds.
    nested = folds["storyline_online_shipped_nested"]
    assert nested["event"]["f1"]["mean"] >= 0.86  # 0.870 measured (0.857 before cluster-6)
    assert nested["storyline"]["f1"]["mean"] >= 0.91  # 0.920 measured
    assert learned["event"]["f1"]["mean"] >= 0.84  # 0.858 measured (0.873 before cluster-6)
    # 0.881 measured with cluster-6 (0.919 before): its folds choose the loosest storyline
    # bar, and relied on the chaining that the storyline mean bar now stops (eighth
    # session, README "Clustering"); lowered openly from 0.90 in the ninth session, when
    # this gate (run only with STORYLINE_EVAL_CV=1) was found stale.
    assert learned["storyline"]["f1"]["mean"] >= 0.87


FNC1 = SHARED / "data" / "fnc1-train"


def test_stance_model_holds_its_out_of_fold_floors() -> None:
    """The shipped stance model's figures out of fold (claim-grouped folds of FNC-1, the
    "agree" bar chosen on the other folds), as recorded when it was trained."""
    from storyline.compare.stance import packaged_model

    scores = packaged_model().trees.meta["out_of_fold"]
    assert scores["support_precision"] >= 0.85  # of the pairs it calls "agree"
    assert scores["disagree_as_support"] <= 0.03  # of the true disagreements
    assert scores["f1"]["unrelated"] >= 0.97
    # 0.50 until the bar asked for 85% with 90% confidence (seventh session): support
    # precision 0.845 -> 0.860 for macro F1 0.505 -> 0.495 (fewer true "agrees" found);
    # back to 0.50 when the model was fitted again on today's features (thirteenth
    # session: 0.505, support precision 0.867).
    assert scores["macro_f1"] >= 0.50


@pytest.mark.skipif(not FNC1.exists(), reason="../shared/data absent")
def test_stance_model_was_trained_on_the_fnc1_data_beside_it() -> None:
    from storyline.compare.stance import packaged_model
    from storyline.eval.fnc1 import data_sha256

    assert packaged_model().trees.meta["data_sha256"] == data_sha256(FNC1)
