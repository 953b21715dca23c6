"""Briefing a storyline again after a few new reports reuses what earlier builds stored
(the stance of each source towards each claim) and gives the briefing a full recompose
gives."""

from __future__ import annotations

import ast
import importlib.util
import io
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray

from storyline import pipeline
from storyline.brief import compose as brief
from storyline.compare.remembered import Remembered, _row_ids, remembering
from storyline.compare.support import claims
from storyline.model import Article, RawDocument
from storyline.store.db import Store
from tests.conftest import EXAMPLES, ROOT


def _corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _documents(items: list[dict[str, str]]) -> list[RawDocument]:
    return [
        RawDocument(
            f"gen#{i['id']}",
            "text",
            i["text"],
            i["id"],
            None,
            i["title"],
            i["outlet"],
            None,
            i["published"],
        )
        for i in items
    ]


def _assert_stored_equal_full_recompose(store: Store) -> int:
    """Each stored briefing equals the one composed now from scratch (no stored stances)."""
    count = 0
    for storyline in store.storylines():
        stored = store.briefing(storyline.id)
        fresh = pipeline.briefing_for(store, storyline.id)
        assert stored is not None and fresh is not None
        assert stored.to_dict() == fresh.to_dict(), storyline.id
        count += 1
    return count


class Classified:
    """How many pairs the stance model classified."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.pairs = 0
        model = pipeline.brief.claims.__globals__["packaged_model"]()
        classify = type(model).classify

        def counting(this: object, pairs: list[object]) -> object:
            self.pairs += len(pairs)
            return classify(this, pairs)  # type: ignore[arg-type]

        monkeypatch.setattr(type(model), "classify", counting)


def test_examples_briefed_file_by_file_equal_a_full_recompose(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEFS_FROM", 10**6)  # counted in this process
    classified = Classified(monkeypatch)
    for path in sorted(EXAMPLES.iterdir()):
        pipeline.ingest(store, [path])
        pipeline.build(store)
    stored = store.conn.execute("SELECT COUNT(*) FROM stances").fetchone()[0]
    # Every stored stance was classified once; briefing a storyline again after a new
    # report classified only the pairs it brought.
    assert stored > 0 and classified.pairs == stored
    assert _assert_stored_equal_full_recompose(store) >= 2


@pytest.mark.slow
def test_a_generated_storyline_after_many_small_batches_equals_a_full_recompose(
    store: Store,
) -> None:
    items = _corpus_module().corpus(80)
    for first in range(0, len(items), 10):
        pipeline.ingest_documents(store, _documents(items[first : first + 10]))
        pipeline.build(store)
    assert max(len(e.article_ids) for e in store.events()) > 1
    assert _assert_stored_equal_full_recompose(store) >= 1


def test_stances_go_when_the_stance_function_changes(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline.ingest(store, [EXAMPLES])
    pipeline.build(store)
    assert store.conn.execute("SELECT COUNT(*) FROM stances").fetchone()[0] > 0
    store.keep_stances_of("another stance function")
    assert store.conn.execute("SELECT COUNT(*) FROM stances").fetchone()[0] == 0
    assert brief.STAGE_VERSION  # the briefing stage itself is unchanged


def test_an_updated_article_loses_its_stored_stances(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        pipeline.ingest(store, [EXAMPLES])
        pipeline.build(store)
        article_id = store.conn.execute("SELECT claim_article FROM stances LIMIT 1").fetchone()[0]
        article = store.article(article_id)
        assert article is not None
        article.text += " One more sentence was added to this report today."
        assert store.upsert_article(article) == "updated"
        left = store.conn.execute(
            "SELECT COUNT(*) FROM stances WHERE claim_article=? OR source_article=?",
            (article_id, article_id),
        ).fetchone()[0]
        assert left == 0


def _generated_articles(tmp_path: Path, count: int) -> tuple[list[Article], dict[str, str | None]]:
    """``count`` generated reports, read and clustered, and each one's event."""
    with Store(tmp_path / "generated.db") as store:
        pipeline.ingest_documents(store, _documents(_corpus_module().corpus(count)))
        pipeline.build(store)
        articles = sorted(store.articles(), key=lambda a: (a.event_id or "", a.id))
    return articles, {a.id: a.event_id for a in articles}


def test_claims_from_kept_comparisons_are_those_of_comparing_afresh(tmp_path: Path) -> None:
    """Comparisons kept from a build of part of the reports, then used with reports added,
    one changed (its record stamp) and one gone, give the claims a full comparison gives."""
    articles, event_of = _generated_articles(tmp_path, 40)
    stamps = {a.id: f"stamp of {a.id}" for a in articles}
    earlier = Remembered("salt", stamps, None)
    with remembering(earlier):
        claims(articles[:-8], event_of=event_of)
    now = articles[1:]  # the first report left the scope
    stamps[now[3].id] = "its record changed"
    later = Remembered("salt", stamps, earlier.encoded())
    with remembering(later):
        found = claims(now, event_of=event_of)
    assert later.reused_claims > 0 and later.compared_claims > 0
    assert found == claims(now, event_of=event_of)


def test_kept_comparisons_of_another_salt_or_unreadable_are_not_used(tmp_path: Path) -> None:
    articles, event_of = _generated_articles(tmp_path, 12)
    stamps = {a.id: "s" for a in articles}
    first = Remembered("salt", stamps, None)
    with remembering(first):
        claims(articles, event_of=event_of)
    kept = first.encoded()
    again = Remembered("salt", stamps, kept)
    with remembering(again):
        claims(articles, event_of=event_of)
    assert again.compared_claims == 0 and again.reused_claims == first.compared_claims > 0
    # Another comparing code or settings, bytes that are no archive, an archive holding
    # objects (read without unpickling): all compared afresh.
    buffer = io.BytesIO()
    np.savez(buffer, salt=np.asarray(["salt"]), articles=np.asarray([object()], dtype=object))
    negative = _array(kept, "claim").astype(np.uint64)
    negative[0] = 2**63  # (-2**63 as a signed number)
    twice = _array(kept, "articles")
    twice[1] = twice[0]
    for salt, stored in [
        ("other salt", kept),
        ("salt", b"not an archive"),
        ("salt", buffer.getvalue()),
        # cut short, or damaged: a build goes on (a review found these stopped it)
        ("salt", kept[: len(kept) // 2]),
        ("salt", kept[:-10]),
        ("salt", b"PK\x03\x04junk"),
        ("salt", _damaged(kept, "shared", None)),  # an array missing
        ("salt", _damaged(kept, "other", 5000)),  # an article it does not list
        ("salt", _damaged(kept, "claim", 5000)),  # a sentence no article has
        # crafted (a second review): a number that turns negative, one article twice, a
        # compressed member (it could unpack to gigabytes)
        ("salt", _damaged(kept, "claim", negative)),
        ("salt", _damaged(kept, "articles", twice)),
        ("salt", _damaged(kept, "shared", 1, compressed=True)),
        ("salt", _damaged(kept, "f_start", 0)),  # a claim's filings by one source twice
    ]:
        fresh = Remembered(salt, stamps, stored)
        with remembering(fresh):
            found = claims(articles, event_of=event_of)
        assert fresh.reused_claims == 0 and fresh.compared_claims == first.compared_claims
        assert found == claims(articles, event_of=event_of)


def test_unchanged_reports_compared_again_are_filed_as_before_unclassified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where each source went for each claim is kept: comparing the same unchanged reports
    again classifies no pair and files every source as before."""
    articles, event_of = _generated_articles(tmp_path, 16)
    stamps = {a.id: "s" for a in articles}
    first = Remembered("salt", stamps, None)
    with remembering(first):
        expected = claims(articles, event_of=event_of)
    assert any(c.supported_by or c.discussed_by for c in expected)
    classified = Classified(monkeypatch)
    again = Remembered("salt", stamps, first.encoded())
    with remembering(again):
        found = claims(articles, event_of=event_of)
    assert classified.pairs == 0 and found == expected
    # Each pair is kept again for the build after (nothing is lost by being reused).
    third = Remembered("salt", stamps, again.encoded())
    with remembering(third):
        assert claims(articles, event_of=event_of) == expected
    assert classified.pairs == 0


def test_filing_keys_are_numbered_alike_when_too_wide_to_pack() -> None:
    """Rows are told apart as rows, whether their numbers pack into one integer or not (a
    start in a text of gigabytes would not)."""
    small = [np.asarray(c, dtype=np.int64) for c in ([1, 1, 2, 1], [5, 5, 5, 6], [0, 0, 0, 0])]
    wide = [c * 2**40 for c in small]
    for columns in (small, wide):
        ids = _row_ids(*columns)
        assert ids[0] == ids[1] and len({ids[0], ids[2], ids[3]}) == 3
        assert sorted(set(ids.tolist())) == [0, 1, 2]


def _damaged(
    kept: bytes, name: str, value: int | NDArray[Any] | None, compressed: bool = False
) -> bytes:
    """A kept archive with one array left out (None), every number of it set, or replaced
    (an array); written compressed if asked."""
    with np.load(io.BytesIO(kept), allow_pickle=False) as archive:
        arrays = {n: archive[n] for n in archive.files}
    if value is None:
        del arrays[name]
    elif isinstance(value, np.ndarray):
        arrays[name] = value
    else:
        arrays[name] = np.full(len(arrays[name]), value, dtype=np.uint16)
    buffer = io.BytesIO()
    (np.savez_compressed if compressed else np.savez)(buffer, **arrays)
    return buffer.getvalue()


def _array(kept: bytes, name: str) -> NDArray[Any]:
    with np.load(io.BytesIO(kept), allow_pickle=False) as archive:
        return archive[name].copy()


def test_a_build_compares_only_the_claims_new_reports_bring(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_BRIEFS_FROM", 10**6)  # composed in this process
    made: list[Remembered] = []

    def recording(*args: Any) -> Remembered:
        made.append(Remembered(*args))
        return made[-1]

    monkeypatch.setattr(pipeline, "Remembered", recording)
    items = _corpus_module().corpus(60)
    pipeline.ingest_documents(store, _documents(items[:50]))
    pipeline.build(store)
    made.clear()
    for first in range(50, 60, 2):
        pipeline.ingest_documents(store, _documents(items[first : first + 2]))
        pipeline.build(store)
    assert sum(r.reused_claims for r in made) > 10 * sum(r.compared_claims for r in made) > 0
    assert _assert_stored_equal_full_recompose(store) >= 1


def test_the_comparisons_salt_reads_every_module_the_comparing_code_imports() -> None:
    """Kept comparisons are used only when the code that made them is unchanged: every
    module of the package ``compare/support.py`` imports, directly or through another
    (but the data model and the settings), is in the fingerprint."""
    package = ROOT / "src"
    found: set[str] = set()
    todo = ["storyline.compare.support"]
    while todo:
        module = todo.pop()
        if module in found | {"storyline.model", "storyline.settings"}:
            continue
        found.add(module)
        source = (package / (module.replace(".", "/") + ".py")).read_text()
        todo += [
            node.module
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("storyline.")
        ]
    files = {module.removeprefix("storyline.").replace(".", "/") + ".py" for module in found}
    assert files == set(pipeline.STANCE_CODE + pipeline.COMPARISON_CODE) - {
        "compare/stance_model.json"
    }
