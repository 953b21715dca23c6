"""One name per person across a storyline's sources (compare/names.py)."""

from __future__ import annotations

from storyline import pipeline
from storyline.compare.names import person_names
from storyline.model import Article, Entity, Quote, RawDocument
from storyline.store.db import Store


def article(article_id: str, *names: tuple[str, str], speaker: str | None = None) -> Article:
    entities = [Entity(name, label, 0, len(name), name) for name, label in names]
    quotes = [Quote("words", 0, 5, speaker, speaker, 0, 5, True)] if speaker else []
    return Article(id=article_id, source=article_id, text="", entities=entities, quotes=quotes)


def test_a_surname_in_one_source_is_the_full_name_another_gives() -> None:
    names = person_names(
        [
            article("a", ("Salazar", "PERSON")),
            article("b", ("Ken Salazar", "PERSON")),
            article("c", ("Ambassador Ken Salazar", "PERSON"), speaker="Salazar"),
        ]
    )
    assert names.name_of("Salazar") == "Ken Salazar"
    assert names.name_of("Ambassador Ken Salazar") == "Ken Salazar"
    assert names.name_of("Ken Salazar") == "Ken Salazar"


def test_the_full_name_most_sources_use_is_the_name() -> None:
    names = person_names(
        [
            article("a", ("Claudia Sheinbaum", "PERSON")),
            article("b", ("Claudia Sheinbaum", "PERSON"), ("Sheinbaum", "PERSON")),
            article("c", ("Claudia Sheinbaum Pardo", "PERSON")),
        ]
    )
    for name in ("Sheinbaum", "Claudia Sheinbaum Pardo", "Claudia Sheinbaum"):
        assert names.name_of(name) == "Claudia Sheinbaum"


def test_accents_and_case_do_not_split_a_person() -> None:
    names = person_names(
        [
            article("a", ("Andrés Manuel López Obrador", "PERSON")),
            article("b", ("Lopez Obrador", "PERSON")),
        ]
    )
    assert names.name_of("Lopez Obrador") == "Andrés Manuel López Obrador"


def test_an_ambiguous_surname_stays_as_written() -> None:
    names = person_names(
        [
            article("a", ("Joe Biden", "PERSON"), ("Biden", "PERSON")),
            article("b", ("Jill Biden", "PERSON")),
        ]
    )
    assert names.name_of("Biden") == "Biden"
    assert names.name_of("Jill Biden") == "Jill Biden"


def test_a_surname_the_model_calls_an_organisation_is_the_person() -> None:
    names = person_names(
        [
            article("a", ("Ken Salazar", "PERSON"), ("Salazar", "PERSON")),
            article("b", ("Salazar", "PERSON")),
            article("c", ("Salazar", "ORG"), ("Mexico", "GPE")),
        ]
    )
    mistagged = Entity("Salazar", "ORG", 0, 7, "Salazar")
    assert names.person(mistagged) == "Ken Salazar"
    assert names.person(Entity("Mexico", "GPE", 0, 6, "Mexico")) is None


def test_described_speakers_keep_their_description() -> None:
    names = person_names([article("a", ("Claudia Sheinbaum", "PERSON"), speaker="Mexico’s leader")])
    assert names.name_of("Mexico’s leader") == "Mexico’s leader"


PARAGRAPHS = (
    "The port of Valmora reopened on Monday after a strike by dockworkers over night pay.",
    "Nine container ships that had waited offshore entered the harbour during the day.",
)


def test_briefing_names_one_speaker_once_across_sources(tmp_path: object) -> None:
    first = "\n\n".join(
        [
            *PARAGRAPHS,
            "Union leader Marta Quell welcomed the deal. “The night shifts will finally be "
            "paid as they should be,” Quell said.",
        ]
    )
    second = "\n\n".join(
        [
            *PARAGRAPHS,
            "“We kept the port open for the whole country and we will not forget it,” Quell "
            "said at the gate.",
        ]
    )
    with Store(f"{tmp_path}/s.db") as store:
        docs = [
            RawDocument(source=f"{n}.txt", kind="text", body=body, published="2026-03-02")
            for n, body in enumerate([first, second])
        ]
        pipeline.ingest_documents(store, docs)
        pipeline.build(store)
        (story,) = pipeline.list_stories(store)
        briefing = pipeline.stored_briefing(store, story.id)
    assert briefing is not None
    speakers = {q.speaker for q in briefing.quotes} | {
        q.speaker for q in briefing.unverified_quotes
    }
    assert speakers == {"Marta Quell"}


def test_a_title_of_another_gender_is_another_person() -> None:
    # (a rumour read: the hostage's sister, "Miss Somers", was quoted "Please let him
    # live."; the briefing credited it to "Somers", Luke himself)
    names = person_names(
        [
            article("a", ("Luke Somers", "PERSON")),
            article("b", ("Luke Somers", "PERSON"), ("Miss Somers", "PERSON")),
            article("c", ("Somers", "PERSON")),
        ]
    )
    assert names.name_of("Miss Somers") == "Miss Somers"
    assert names.name_of("Somers") == "Luke Somers"
    # a title that shows the gender tells two people of one surname apart
    names = person_names(
        [
            article("a", ("Bill Clinton", "PERSON"), ("Hillary Clinton", "PERSON")),
            article("b", ("Mrs. Clinton", "PERSON"), ("Clinton", "PERSON")),
        ]
    )
    assert names.name_of("Mrs. Clinton") == "Hillary Clinton"
    assert names.name_of("Clinton") == "Clinton"
