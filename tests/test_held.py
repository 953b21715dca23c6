"""What a composing worker keeps from one build to the next: the reports it decoded
(``store/held.py``) and what composing found of each (``per_report.py``)."""

from __future__ import annotations

from dataclasses import replace

from storyline import pipeline
from storyline.model import Article, RawDocument
from storyline.per_report import per_report, reports_stamped
from storyline.store.db import Store
from storyline.store.held import HeldReports, stored_comparisons
from storyline.store.recent import KEEP_BUILDS


def _document(n: int, text: str = "") -> RawDocument:
    body = text or (
        f"In Harwick, crews cleared the {n}th road on Monday, Ada Vell said.\n\n"
        f"Vell added that road {n} would reopen by Friday."
    )
    return RawDocument(
        source=f"d{n}.txt",
        kind="text",
        body=body,
        id=f"d{n}",
        title=f"Road {n} cleared",
        outlet="Harwick Post",
        published="2026-03-02",
    )


def _stored(store: Store, count: int) -> list[str]:
    pipeline.ingest_documents(store, [_document(n) for n in range(count)])
    return [a.id for a in store.articles()]


def test_held_reports_are_those_of_the_store_in_arrival_order(store: Store) -> None:
    ids = _stored(store, 3)
    held = HeldReports()
    wanted = list(reversed(ids))
    found = held.articles(store.path, store.record_stamps(wanted), 1)
    assert list(found) == ids  # arrival order, as ``Store.articles`` gives them
    assert list(found.values()) == store.articles(ids)
    assert held.read == 3
    again = held.articles(store.path, store.record_stamps(ids), 2)
    assert held.read == 3  # nothing read again
    assert all(again[i] is found[i] for i in ids)
    assert held.stamps(again) == store.record_stamps(ids)


def test_a_report_whose_record_changed_is_read_again(store: Store) -> None:
    ids = _stored(store, 2)
    held = HeldReports()
    before = held.articles(store.path, store.record_stamps(ids), 3)
    closed = (
        "In Harwick, the old bridge over the river was closed on Monday, Ada Vell said.\n\n"
        "Vell added that the bridge would stay closed until the spring floods had passed."
    )
    pipeline.ingest_documents(store, [_document(0, closed)])
    after = held.articles(store.path, store.record_stamps(ids), 4)
    assert held.read == 3
    assert "bridge" in after["d0"].text and "bridge" not in before["d0"].text
    assert after["d1"] is before["d1"]


def test_held_reports_stay_within_their_limit_but_answer_every_ask(store: Store) -> None:
    ids = _stored(store, 3)
    held = HeldReports(limit=2)
    assert len(held.articles(store.path, store.record_stamps(ids), 5)) == 3  # all it was asked
    held.articles(store.path, store.record_stamps(ids[:1]), 6)
    assert (
        len(held.stamps({i: Article(id=i, source="", text="") for i in ids})) == 0
    )  # other objects
    assert held.read == 3
    held.articles(store.path, store.record_stamps([ids[0], ids[2]]), 7)
    assert held.read == 3  # the last asked for and the one asked for before it were held ...
    held.articles(store.path, store.record_stamps(ids[1:2]), 8)
    assert held.read == 4  # ... and the least recently asked for had gone


def test_held_reports_not_asked_for_in_the_last_builds_go(store: Store) -> None:
    """A report that left every scope is not held to the bound: after ``builds`` builds
    that did not ask for it, it goes (and is read again if asked for)."""
    ids = _stored(store, 3)
    held = HeldReports(builds=3)
    held.articles(store.path, store.record_stamps(ids), 1)
    held.articles(store.path, store.record_stamps(ids[1:]), 2)
    held.articles(store.path, store.record_stamps(ids[2:]), 3)
    assert held.read == 3
    kept = {i: Article(id=i, source="", text="") for i in ids}
    held.articles(store.path, store.record_stamps(ids[2:]), 4)  # d0 unasked since build 1
    found = held.articles(store.path, store.record_stamps(ids[1:]), 5)  # d1 held: build 2
    assert held.read == 3 and set(found) == set(ids[1:])
    assert held.stamps(kept) == {}  # (other objects)
    assert ids[0] not in held._held and len(held._held) == 2
    held.articles(store.path, store.record_stamps(ids), 6)
    assert held.read == 4  # d0 read again


def test_findings_not_asked_for_in_the_last_builds_go() -> None:
    calls: list[str] = []

    def finding(a: Article) -> int:
        calls.append(a.id)
        return len(a.text)

    one, two = Article(id="a1", source="", text="One."), Article(id="a2", source="", text="Two!")
    stamps = {"a1": "s", "a2": "s"}
    with reports_stamped(stamps, 1):
        per_report("test length", one, finding)
    for build in range(2, 2 + KEEP_BUILDS):
        with reports_stamped(stamps, build):
            per_report("test length", two, finding)
    assert calls == ["a1", "a2"]
    with reports_stamped(stamps, 1 + KEEP_BUILDS):
        per_report("test length", one, finding)  # (unasked since build 1: gone)
    assert calls == ["a1", "a2", "a1"]


def test_stored_comparisons_reads_what_the_store_kept(store: Store) -> None:
    assert stored_comparisons(store.path, "s1") is None


def test_a_finding_per_report_is_kept_under_its_stamp_only() -> None:
    article = Article(id="a1", source="", text="One report.")
    calls: list[str] = []

    def finding(a: Article) -> int:
        calls.append(a.id)
        return len(a.text)

    assert per_report("test length", article, finding) == 11
    assert per_report("test length", article, finding) == 11
    assert len(calls) == 2  # no stamp: worked out each time
    with reports_stamped({"a1": "s1"}, 1):
        assert per_report("test length", article, finding) == 11
        assert per_report("test length", article, finding) == 11
        assert len(calls) == 3
        other = replace(article, id="a2", text="Another one.")
        assert per_report("test length", other, finding) == 12  # no stamp for it
        assert per_report("test length", other, finding) == 12
        assert len(calls) == 5
    with reports_stamped({"a1": "s2"}, 1):  # the record changed
        assert per_report("test length", replace(article, text="Changed."), finding) == 8
    assert len(calls) == 6


def test_an_answer_is_kept_beside_what_else_it_read() -> None:
    """``kept_answer``: given again while what it read is the same, worked out again (and
    kept in its place) when that changed; not kept when a report it reads has no stamp
    (``read`` None), nor for an article without a stamp."""
    from storyline.per_report import kept_answer

    article = Article(id="a1", source="", text="One report.")
    calls: list[str] = []

    def work(said: str) -> str:
        calls.append(said)
        return said

    with reports_stamped({"a1": "s1"}, 1):
        assert kept_answer(article, ("q", 0, 3), lambda: work("one"), ("b", "s1")) == "one"
        assert kept_answer(article, ("q", 0, 3), lambda: work("two"), ("b", "s1")) == "one"
        assert kept_answer(article, ("q", 0, 3), lambda: work("three"), ("b", "s2")) == "three"
        assert kept_answer(article, ("q", 0, 3), lambda: work("four"), ("b", "s2")) == "three"
        assert kept_answer(article, ("q", 0, 3), lambda: work("five"), None) == "five"
        assert kept_answer(article, ("q", 0, 3), lambda: work("six"), ("b", "s2")) == "three"
        assert kept_answer(article, ("q", 4, 9), lambda: work("seven")) == "seven"  # read ()
        assert kept_answer(article, ("q", 4, 9), lambda: work("eight")) == "seven"
    assert kept_answer(article, ("q", 0, 3), lambda: work("nine"), ("b", "s2")) == "nine"
    assert calls == ["one", "three", "five", "seven", "nine"]


def test_findings_are_kept_for_as_many_reports_as_are_held() -> None:
    """Every kind of finding the package keeps (each ``per_report("kind", ...)`` in its
    source) for each report a worker holds."""
    import re
    from pathlib import Path

    import storyline
    from storyline import per_report as kept
    from storyline.store.held import HELD_LIMIT

    package = Path(storyline.__file__).parent
    kinds = {
        kind
        for path in package.rglob("*.py")
        for kind in re.findall(r'per_report\(\s*"([^"]+)"', path.read_text(encoding="utf-8"))
    }
    assert kinds == {
        "opinion piece",
        "opening",
        "said",
        "source text",
        "names",
        "lead date",
        "claim tests",
        "quote words",
    }
    assert len(kinds) * HELD_LIMIT == kept.KEPT_LIMIT
