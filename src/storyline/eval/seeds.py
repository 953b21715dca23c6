"""Score a run on the seed articles against their hand-made reading (``gold.json``).

Matching rules, stated so the numbers can be read:
* events / storyline: B-cubed F1 of articles against the gold grouping;
* a gold quote is found when a quote of the same article shares at least half of its
  words (as a contiguous normalised substring either way, or by word overlap); its speaker
  is right when the predicted name and the gold name (or an also-right name) are equal or
  one is the other's ending ("Salazar" for "Ken Salazar");
* a time expression is right when a predicted one overlaps its span and has its value;
* boilerplate is removed when no line of the cleaned text equals it; a body line is kept
  when a line of the cleaned text equals it;
* an unsupported claim is flagged when a flagged quote or single-source claim of the
  briefing contains it (or it contains the flag);
* outlet: equal after folding case, accents and spaces, or one containing the other;
  date: null when gold is null, else the date (or the inferred range) inside the gold
  range;
* the briefing's own trust scores (sentences supported, quotes verbatim, gold events and
  quotes covered) follow the rules in ``eval/briefing.py``.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline import pipeline
from storyline.brief.render import briefing_view, markdown_of
from storyline.brief.view import BriefingView, reading_words
from storyline.compare.support import normalise
from storyline.eval import briefing as briefing_eval
from storyline.eval.metrics import bcubed
from storyline.model import Article, Briefing
from storyline.store.db import Store


@dataclass(slots=True)
class SeedRun:
    articles: dict[str, Article]  # by file name
    briefings: list[Briefing]


def run_seeds(seed_dir: Path) -> SeedRun:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "seeds.db") as store:
        files = sorted(p for p in seed_dir.glob("*.txt"))
        pipeline.ingest(store, files)
        pipeline.build(store)
        articles = {Path(a.source).name: a for a in store.articles()}
        briefings = [
            b for s in store.storylines() if (b := pipeline.briefing_for(store, s.id)) is not None
        ]
    return SeedRun(articles, briefings)


def score(seed_dir: Path) -> dict[str, Any]:
    gold = json.loads((seed_dir / "gold.json").read_text(encoding="utf-8"))
    run = run_seeds(seed_dir)
    quotes_found, speakers_right = _quotes(gold, run)
    by_id = {a.id: a for a in run.articles.values()}
    return {
        "events_bcubed_f1": _grouping(gold, run, "event"),
        "storyline_bcubed_f1": _storyline(gold, run),
        "quotes_found": quotes_found,
        "quote_speakers_right": speakers_right,
        "time_values_right": _times(gold, run),
        "boilerplate_removed": _boilerplate(gold, run),
        "body_lines_kept": _body_kept(gold, run),
        "unsupported_claims_flagged": _flags(gold, run),
        # The same among the flags a reader sees (those the Markdown shows).
        "unsupported_claims_shown": _flags_shown(gold, run),
        # Where each gold item ranks in its flag list ("9 of 35"; None: not flagged).
        "unsupported_claims_rank": _flag_ranks(gold, run),
        # How many quotes and claims the briefing flags in all: recall above means little
        # if everything is flagged.
        "flagged_items": sum(
            len(b.unverified_quotes) + len(b.single_source_claims) for b in run.briefings
        ),
        "flags_shown": sum(
            len(section.shown)
            for view in _views(run)
            for section in view.sections
            if section.kind == "flags"
        ),
        # How long the briefings are: words of the Markdown, of its reading part (title to
        # timeline), and of their sources.
        "briefing_words": sum(len(markdown_of(v).split()) for v in _views(run)),
        "reading_words": sum(reading_words(v) for v in _views(run)),
        "source_words": sum(v.source_words for v in _views(run)),
        "briefing_sentences_supported": briefing_eval.share_supported(run.briefings, by_id),
        "briefing_quotes_verbatim": briefing_eval.share_quotes_verbatim(run.briefings, by_id),
        "gold_events_covered": _events_covered(gold, run),
        "gold_quotes_in_key_quotes": briefing_eval.quotes_covered(
            run.briefings, [q["text"] for q in gold["quotes"]]
        ),
        "outlet_right": _outlets(gold, run),
        "published_right": _published(gold, run),
    }


def _events_covered(gold: dict[str, Any], run: SeedRun) -> dict[str, bool]:
    """Which gold events the briefing covers (cites an article of)."""
    cited = briefing_eval.cited_articles(run.briefings)
    ids = {name: a.id for name, a in run.articles.items()}
    return {
        event: any(ids.get(name) in cited for name in info["articles"])
        for event, info in gold["events"].items()
    }


def _grouping(gold: dict[str, Any], run: SeedRun, level: str) -> float:
    truth = {name: info[level] for name, info in gold["articles"].items()}
    predicted = {name: a.event_id or name for name, a in run.articles.items()}
    return round(bcubed(predicted, truth)[2], 3)


def _storyline(gold: dict[str, Any], run: SeedRun) -> float:
    event_story = {e: s for s, info in gold["storylines"].items() for e in info["events"]}
    truth = {name: event_story[info["event"]] for name, info in gold["articles"].items()}
    predicted = {name: a.storyline_id or name for name, a in run.articles.items()}
    return round(bcubed(predicted, truth)[2], 3)


def _same_text(a: str, b: str) -> bool:
    x, y = normalise(a), normalise(b)
    if not x or not y:
        return False
    if x in y or y in x:
        return True
    words_x, words_y = set(x.split()), set(y.split())
    return (
        len(words_x & words_y) / len(words_x) >= 0.5
        and len(words_x & words_y) / len(words_y) >= 0.5
    )


def _same_name(predicted: str | None, names: list[str]) -> bool:
    if not predicted:
        return False
    said = normalise(predicted)
    return any(
        said == n or n.endswith(" " + said) or said.endswith(" " + n)
        for n in (normalise(name) for name in names)
    )


def _quotes(gold: dict[str, Any], run: SeedRun) -> tuple[float, float]:
    found = right = 0
    for item in gold["quotes"]:
        article = run.articles.get(item["article"])
        match = next(
            (q for q in (article.quotes if article else []) if _same_text(item["text"], q.text)),
            None,
        )
        if match is None:
            continue
        found += 1
        if _same_name(match.speaker, [item["speaker"], *item.get("speaker_also_right", [])]):
            right += 1
    total = len(gold["quotes"])
    return round(found / total, 3), round(right / total, 3)


def _times(gold: dict[str, Any], run: SeedRun) -> float:
    right = 0
    for item in gold["time_expressions"]:
        article = run.articles.get(item["article"])
        if article is None:
            continue
        start = article.text.find(item["text"])
        if start < 0:
            continue
        end = start + len(item["text"])
        if any(t.start < end and start < t.end and t.value == item["value"] for t in article.times):
            right += 1
    return round(right / len(gold["time_expressions"]), 3)


def _lines(article: Article | None) -> set[str]:
    return {line.strip() for line in article.text.split("\n")} if article else set()


def _boilerplate(gold: dict[str, Any], run: SeedRun) -> float:
    items = [(name, line) for name, lines in gold["boilerplate_lines"].items() for line in lines]
    removed = sum(line.strip() not in _lines(run.articles.get(name)) for name, line in items)
    return round(removed / len(items), 3)


def _body_kept(gold: dict[str, Any], run: SeedRun) -> float:
    items = [(name, line) for name, lines in gold["body_lines_to_keep"].items() for line in lines]
    kept = sum(line.strip() in _lines(run.articles.get(name)) for name, line in items)
    return round(kept / len(items), 3)


def _views(run: SeedRun) -> list[BriefingView]:
    return [briefing_view(b) for b in run.briefings]


def _flags_shown(gold: dict[str, Any], run: SeedRun) -> float:
    flagged = [
        item.text
        for view in _views(run)
        for section in view.sections
        if section.kind == "flags"
        for item in section.shown
    ]
    return _found(gold, flagged)


def _flag_ranks(gold: dict[str, Any], run: SeedRun) -> list[str | None]:
    lists = [[q.text for q in b.unverified_quotes] for b in run.briefings]
    lists += [[c.text for c in b.single_source_claims] for b in run.briefings]
    ranks: list[str | None] = []
    for item in gold["unsupported_in_other_sources"]:
        found = [
            f"{i + 1} of {len(flags)}"
            for flags in lists
            for i, flag in enumerate(flags)
            if _contains(flag, item["text"])
        ]
        ranks.append(found[0] if found else None)
    return ranks


def _flags(gold: dict[str, Any], run: SeedRun) -> float:
    flagged = [q.text for b in run.briefings for q in b.unverified_quotes]
    flagged += [c.text for b in run.briefings for c in b.single_source_claims]
    return _found(gold, flagged)


def _found(gold: dict[str, Any], flagged: list[str]) -> float:
    items = gold["unsupported_in_other_sources"]
    hits = sum(any(_contains(f, item["text"]) for f in flagged) for item in items)
    return round(hits / len(items), 3)


def _contains(flag: str, text: str) -> bool:
    x, y = normalise(flag), normalise(text)
    return bool(x and y) and (y in x or x in y)


def _outlets(gold: dict[str, Any], run: SeedRun) -> float:
    right = 0
    for name, info in gold["articles"].items():
        predicted = run.articles[name].outlet if name in run.articles else None
        if info["outlet"] is None:
            right += predicted is None
        elif predicted:
            x, y = normalise(predicted).replace(" ", ""), normalise(info["outlet"]).replace(" ", "")
            right += x in y or y in x
    return round(right / len(gold["articles"]), 3)


def _predicted_dates(article: Article | None) -> tuple[str, str] | None:
    """The publication date as a range: a date is a one-day range."""
    if article is None:
        return None
    if article.published:
        return article.published, article.published
    return article.published_range


def _published(gold: dict[str, Any], run: SeedRun) -> float:
    right = 0
    for name, info in gold["articles"].items():
        article = run.articles.get(name)
        predicted = _predicted_dates(article)
        expected = info["published"]
        if expected is None:
            right += predicted is None
        elif predicted is not None:
            low, high = expected if isinstance(expected, list) else (expected, expected)
            right += low <= predicted[0] and predicted[1] <= high
    return round(right / len(gold["articles"]), 3)
