"""How far a briefing can be trusted, scored against its own sources and a gold reading.

* a printed sentence is supported when it cites at least one article and passes the support
  check of ``brief/llm.py`` against the articles it cites (the same rule that gates the LLM
  writer: cited sources given, 90% of content words and every figure in them, quotations
  verbatim);
* a key quote is verbatim when its text, normalised (case, quotation marks, spaces), stands
  in the article it cites;
* a gold event is covered when the briefing cites one of its articles; a gold quote is
  covered when a key quote of the briefing contains it or is contained in it.
"""

from __future__ import annotations

from storyline.brief.compose import without_resolved_dates
from storyline.brief.llm import supported
from storyline.compare.support import normalise
from storyline.model import Article, Briefing, BriefSentence


def printed_sentences(briefing: Briefing) -> list[BriefSentence]:
    entries = [*briefing.developments, *briefing.timeline]
    return [briefing.summary, *briefing.main, *briefing.reactions, *(e.text for e in entries)]


def share_supported(briefings: list[Briefing], articles: dict[str, Article]) -> float:
    sentences = [s for b in briefings for s in printed_sentences(b)]
    if not sentences:
        return 0.0
    good = sum(1 for s in sentences if _is_supported(s, articles))
    return round(good / len(sentences), 3)


def _is_supported(sentence: BriefSentence, articles: dict[str, Article]) -> bool:
    cited = {c.n: articles[c.article_id] for c in sentence.citations if c.article_id in articles}
    text = without_resolved_dates(sentence.text)
    return bool(cited) and supported(text, list(cited), cited) is None


def share_quotes_verbatim(briefings: list[Briefing], articles: dict[str, Article]) -> float:
    quotes = [q for b in briefings for q in b.quotes]
    if not quotes:
        return 0.0
    good = sum(
        1
        for q in quotes
        if q.citation.article_id in articles
        and normalise(q.text) in normalise(articles[q.citation.article_id].text)
    )
    return round(good / len(quotes), 3)


def cited_articles(briefings: list[Briefing]) -> set[str]:
    cited = {c.article_id for b in briefings for s in printed_sentences(b) for c in s.citations}
    return cited | {q.citation.article_id for b in briefings for q in b.quotes}


def quotes_covered(briefings: list[Briefing], gold_quotes: list[str]) -> float:
    if not gold_quotes:
        return 0.0
    printed = [normalise(q.text) for b in briefings for q in b.quotes]
    hits = sum(
        1 for g in gold_quotes if any(normalise(g) in p or p in normalise(g) for p in printed)
    )
    return round(hits / len(gold_quotes), 3)
