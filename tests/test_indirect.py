"""Indirect speech in the forms news writing uses (issue 22), on sentences written for these
tests: each report with its speaker and ``direct: false``."""

from __future__ import annotations

from storyline.model import Article, Quote
from storyline.read import read_articles


def reported(text: str) -> list[Quote]:
    (article,) = read_articles([Article(id="t", source="t", text=text)])
    return [q for q in article.quotes if not q.direct]


def only(text: str) -> Quote:
    (quote,) = reported(text)
    return quote


def test_a_reported_clause_with_and_without_that() -> None:
    quote = only("The ministry said the talks with the rebels had failed.")
    assert quote.speaker is not None and "ministry" in quote.speaker
    assert quote.text == "the talks with the rebels had failed"
    quote = only("Governor Ana Ruiz said on Tuesday that the bridge would reopen in May.")
    assert (quote.speaker, quote.text) == ("Ana Ruiz", "the bridge would reopen in May")
    quote = only("Officials said 2016 had seen the worst start to a year on record.")
    assert quote.speaker == "Officials"


def test_told_someone_and_trailing_cues() -> None:
    quote = only("Coulter told radio host Hugh Hewitt on Wednesday that her tweet was a joke.")
    assert (quote.speaker, quote.text) == ("Coulter", "her tweet was a joke")
    quote = only(
        "He had finished his second year, a school spokesman told The Wall Street Journal."
    )
    assert quote.speaker == "a school spokesman"


def test_according_to_any_source() -> None:
    quote = only("According to recent polling, the senator leads the field by ten points.")
    assert quote.speaker == "recent polling"
    quote = only("Trump gave his blessing, according to court documents, becoming the owner.")
    assert quote.speaker == "court documents"
    assert quote.text == "Trump gave his blessing"


def test_attribution_verbs_without_a_clause() -> None:
    quote = only("Sudan's army called for a ceasefire in the western province.")
    assert quote.text == "a ceasefire in the western province"
    assert quote.speaker is not None and "army" in quote.speaker
    assert only("Senator Lee Park denied the charges against his aide.").speaker == "Lee Park"
    assert only("Mayor Joan Reyes praised the volunteers for their work.").text.startswith(
        "the volunteers"
    )
    assert only("The agency warned of more aftershocks in the coming days.").text == (
        "more aftershocks in the coming days"
    )


def test_a_partly_quoted_report_and_a_participle() -> None:
    text = "Senator Elizabeth Warren said Trump was a “proven failure” in business."
    quote = only(text)
    assert quote.speaker == "Elizabeth Warren"
    assert quote.text.startswith("Trump was a")
    quotes = reported("Mayor Joan Reyes said the roads were safe, adding that schools would open.")
    assert [q.text for q in quotes] == ["the roads were safe", "schools would open"]
    assert {q.speaker for q in quotes} == {"Joan Reyes"}


def test_what_is_not_reported_speech() -> None:
    assert reported("The company said in a statement.") == []
    assert reported("Ohio, like many other states, has an open-carry law.") == []
    assert reported("A group called Citizens United funded the film.") == []


def test_several_reports_in_one_sentence() -> None:
    quotes = reported(
        "Three-quarters of the voters said they were worried about the economy, and "
        "many analysts said the senator would be best at handling it."
    )
    assert [q.text for q in quotes] == [
        "they were worried about the economy",
        "the senator would be best at handling it",
    ]
    assert quotes[1].speaker == "many analysts"


def test_intentions_and_refusals() -> None:
    quote = only("Governor Ana Ruiz vowed to rebuild the bridge before winter.")
    assert (quote.speaker, quote.text) == ("Ana Ruiz", "rebuild the bridge before winter")
    assert only("The ministry declined to comment on the report.").text == ("comment on the report")
    assert reported("The plan to rebuild the bridge was approved on Monday.") == []


def test_stances_in_words() -> None:
    quote = only("Senator Lee Park described the attack as a cowardly act of terror.")
    assert quote.text.startswith("the attack as") and quote.speaker == "Lee Park"
    assert only("Mayor Joan Reyes called the ruling a victory for the city.").text == (
        "the ruling a victory for the city"
    )


def test_a_statement_that_and_a_verb_with_that() -> None:
    quote = only("Lee Park's claim that the vote was rigged has been rejected by the courts.")
    assert quote.speaker == "Lee Park" and quote.text.startswith("the vote was rigged")
    quote = only("Clinton fired back that the voters of New York had chosen her twice.")
    assert (quote.speaker, quote.text) == ("Clinton", "the voters of New York had chosen her twice")
    assert reported("The storm was so strong that the roof of the school collapsed.") == []


def test_reports_around_a_quotation() -> None:
    quotes = reported("And the polling “felt more like a push poll than a survey,” Heiserman said.")
    assert [q.speaker for q in quotes] == ["Heiserman"]
    assert quotes[0].text.startswith("And the polling")
    quotes = reported(
        "Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win in "
        "Pennsylvania."
    )
    assert [q.text for q in quotes] == [
        "“the unique magic of Trump",  # what he cites
        "the candidate could win in Pennsylvania",
    ]
    assert {q.speaker for q in quotes} == {"Manafort"}
    quote = only("Marty West, an education professor, called it “an incredibly significant step.”")
    assert quote.text.startswith("it “an incredibly") and quote.speaker == "Marty West"


def test_views_votes_and_stances_of_someone() -> None:
    quote = only("Many developers see golf courses as wasted space in the city.")
    assert quote.text.startswith("golf courses as wasted")
    assert only("Senator Lee Park voted against the spending bill on Tuesday.").text.startswith(
        "the spending bill"
    )
    quote = only("Lee Park's support for the new pipeline surprised his colleagues.")
    assert quote.speaker == "Lee Park" and quote.text.startswith("the new pipeline")


def test_subjects_and_clauses_news_writing_uses() -> None:
    quote = only("Others say this is just a rough patch for the campaign.")
    assert (quote.speaker, quote.text) == ("Others", "this is just a rough patch for the campaign")
    assert only("Aides said more than a million donors had given to the campaign.").text == (
        "more than a million donors had given to the campaign"
    )
    quote = only(
        "The race will be tight, said Dan Gerstein, director of Gotham Ghostwriters and an "
        "independent analyst."
    )
    assert (quote.speaker, quote.text) == ("Dan Gerstein", "The race will be tight")
    quote = only("The sanctions rarely work, Hennessey said, and nobody expects them to.")
    assert quote.text == "The sanctions rarely work"


def test_a_report_that_runs_into_a_quotation_and_shares_of_voters() -> None:
    quote = only("On the health care page, she vows to “defend the Affordable Care Act.”")
    assert quote.text.startswith("“defend the Affordable")
    assert only("Beruff, a Scott ally, called Florida’s standards “strong.”").speaker == "Beruff"
    quote = only("About four in 10 said they were angry with the government.")
    assert quote.speaker is not None and quote.speaker.endswith("four in 10")
    assert quote.text == "they were angry with the government"
    quote = only("The Florida senator’s predicting that he will win the nomination.")
    assert quote.text == "he will win the nomination"
    quote = only("The governor was pro Kasich, he said Wednesday on MSNBC’s “Morning Joe.”")
    assert quote.text == "The governor was pro Kasich"


def test_what_was_voiced_or_aimed_at() -> None:
    quote = only("Senator Lee Park expressed support for the new pipeline on Monday.")
    assert quote.text.startswith("support for the new pipeline")
    assert only("The mayor is looking to cut the city budget by a tenth.").text == (
        "cut the city budget by a tenth"
    )


def test_a_line_that_names_its_speaker_before_a_colon() -> None:
    quote = only("Senator Lee Park: The bridge will be rebuilt before the winter.")
    assert (quote.speaker, quote.text) == (
        "Lee Park",
        "The bridge will be rebuilt before the winter",
    )
    assert reported("Update: The bridge will be rebuilt before the winter.") == []
