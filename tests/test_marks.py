"""What a shown sentence's mark says of the other sources that report its point without the
stance function taking them for confirmation: "reported by [2], not confirmed" only where
one of them hedges it, else "also reported by [2]" (an editor's read of 13 rumour
briefings, fourteenth session, found most "not confirmed" marks on sources that state the
sentence plainly). Texts written for the tests."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from storyline.brief.compose import _Shown, hedges
from storyline.brief.context import Context
from storyline.brief.view import flag_text
from storyline.model import BriefSentence, Citation
from storyline.settings import DEFAULT


def test_a_source_hedges_with_hearsay_doubt_expectation_or_a_question() -> None:
    claim = "Nordfilm will launch its streaming service in April for $12 a month."
    for sentence in (
        "Nordfilm is expected to launch its streaming service in April, sources said.",
        "Nordfilm will reportedly launch the service in April.",
        "Nordfilm could launch its streaming service in April.",
        "Will Nordfilm launch its streaming service in April?",
    ):
        assert hedges(sentence, claim), sentence
    assert not hedges("In April Nordfilm launches its service, priced at $12 a month.", claim)


def test_a_claim_that_names_whose_word_it_is_is_not_hedged_by_the_same_attribution() -> None:
    claim = "The Daily Post understands that the watch has an unannounced battery mode."
    sentence = "The watch reportedly has an unannounced battery mode, according to the Daily Post."
    assert not hedges(sentence, claim)


def test_the_mark_names_the_reporting_sources() -> None:
    told = "The council voted to close the bridge."
    reported = BriefSentence(told, [Citation(1, "a", 0, 5)], flag="reported", discussed_by=[2, 4])
    assert flag_text(reported) == "also reported by [2][4]"
    hedged = BriefSentence(told, [Citation(1, "a", 0, 5)], flag="not confirmed", discussed_by=[3])
    assert flag_text(hedged) == "reported by [3], not confirmed"


def test_a_retelling_that_hedges_leaves_the_sentence_not_confirmed() -> None:
    # (both reports tell of the Marlow council: one subject)
    articles = {
        a: SimpleNamespace(id=a, duplicate_of=None, text="The Marlow council voted.")
        for a in ("herald", "wire")
    }
    context = SimpleNamespace(settings=DEFAULT, event_of={}, event_dates={}, articles=articles)
    shown = _Shown(cast(Context, context))
    first = BriefSentence(
        "The Marlow council voted on Tuesday to shut the old harbour bridge for repairs.",
        [Citation(1, "herald", 0, 10)],
        flag="single source",
    )
    assert shown.add(first)
    retold = "Drivers in Marlow will reportedly lose the old harbour bridge after a council vote."
    assert not shown.add(BriefSentence(retold, [Citation(2, "wire", 0, len(retold))]))
    assert first.flag == "not confirmed" and first.discussed_by == [2]
