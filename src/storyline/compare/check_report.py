"""`storyline check`: read a digest and its source files, check one against the others
(``compare/check.py``), and write the result as Markdown.

Sources are read exactly as `storyline ingest` reads them (any supported file type,
cleaned and read), but nothing is stored; a source that cannot be read is returned as a
rejection and the check goes on with the others.
"""

from __future__ import annotations

from pathlib import Path

from storyline import pipeline
from storyline.compare.check import DigestCheck, SentenceCheck, check_digest
from storyline.extract.words import first_words
from storyline.ingest.bounds import display_path
from storyline.ingest.files import discover, read_path
from storyline.model import Article, RawDocument, Rejection
from storyline.read import read_articles
from storyline.settings import DEFAULT, Settings

# A digest is read whole; past this it is not a digest but a corpus.
MAX_DIGEST_CHARS = 200_000


def check_files(
    digest: Path, sources: list[Path], settings: Settings = DEFAULT
) -> tuple[DigestCheck, list[Rejection]]:
    articles, rejections = read_sources(sources, settings)
    text = read_digest(digest)
    reading = Article(id="digest", source=display_path(digest), text=text)
    for _ in read_articles([reading], parallel=False):
        pass
    return check_digest(text, articles, reading, settings), rejections


def read_digest(path: Path) -> str:
    data = path.read_bytes()[: MAX_DIGEST_CHARS * 4]
    return data.decode("utf-8", "replace")[:MAX_DIGEST_CHARS]


def read_sources(
    paths: list[Path], settings: Settings = DEFAULT
) -> tuple[list[Article], list[Rejection]]:
    """Every article of the given files and folders, each named by its file (a row of a
    corpus file by its id), and the inputs that could not be read."""
    documents: list[RawDocument | Rejection] = []
    for found in discover(paths):
        if isinstance(found, Rejection):
            documents.append(found)
        else:
            documents.extend(read_path(found, settings))
    articles, rejections = [], []
    for item in pipeline.process_documents(documents, settings):
        if item.article is not None:
            articles.append(item.article)
        elif item.rejection is not None:
            rejections.append(item.rejection)
    _name_by_source(articles)
    return articles, rejections


def _name_by_source(articles: list[Article]) -> None:
    """A reader knows a source by its file name (or URL), not by its hashed id: where
    those names are unique, they become the ids the check reports."""
    names = [Path(a.source).name if "://" not in a.source else a.source for a in articles]
    if len(set(names)) == len(names):
        for article, name in zip(articles, names, strict=True):
            article.id = name


# Evidence lines per sentence in Markdown (the JSON has all).
MAX_EVIDENCE_LINES = 2
STATUS_MARK = {"supported": "supported", "contested": "CONTESTED", "unsupported": "UNSUPPORTED"}


def render_markdown(result: DigestCheck) -> str:
    supported = sum(s.status == "supported" for s in result.sentences)
    lines = [
        "# Digest check",
        "",
        f"{supported} of {len(result.sentences)} sentences supported; "
        f"{sum(s.status == 'contested' for s in result.sentences)} contested; "
        f"{sum(s.status == 'unsupported' for s in result.sentences)} unsupported"
        f"{_discussed_note(result.sentences)}. "
        f"{sum(q.status == 'verbatim' for q in result.quotes)} of {len(result.quotes)} "
        f"quotations found word for word{_misattributed_note(result)}.",
        "",
        "## Sentences",
        "",
    ]
    for n, sentence in enumerate(result.sentences, start=1):
        lines += _sentence_lines(n, sentence)
    if result.quotes:
        lines += ["## Quotations", ""]
        for quote in result.quotes:
            where = f" in {', '.join(quote.sources)}" if quote.sources else ""
            speaker = f" ({_md(quote.speaker)})" if quote.speaker else ""
            lines.append(f"- “{_md(quote.text)}”{speaker}: **{quote.status}**{where}")
            if quote.speaker_right is False:
                others = ", ".join(_md(name) for name in quote.said_by)
                lines.append(f"  - **WRONG SPEAKER**: the sources give these words to {others}")
        lines.append("")
    return "\n".join(lines) + "\n"


def _misattributed_note(result: DigestCheck) -> str:
    wrong = sum(q.speaker_right is False for q in result.quotes)
    return f", {wrong} given to someone the sources do not give them to" if wrong else ""


def _discussed_note(sentences: list[SentenceCheck]) -> str:
    """How many unsupported sentences some source speaks to without agreeing: a reworded
    fact and an invented one are both unsupported, but a reader checks them differently."""
    discussed = sum(1 for s in sentences if s.status == "unsupported" and _discussing(s))
    return f" ({discussed} of them discussed by a source in other words)" if discussed else ""


def _discussing(sentence: SentenceCheck) -> set[str]:
    return {e.source for e in sentence.evidence if e.stance == "discusses"}


def _sentence_lines(n: int, sentence: SentenceCheck) -> list[str]:
    text = _md(" ".join(sentence.text.split()))
    mark = f"**{STATUS_MARK[sentence.status]}**"
    if sentence.status == "unsupported" and (discussing := _discussing(sentence)):
        mark += f" (discussed by {len(discussing)}, none agreeing)"
    elif sentence.status == "unsupported":
        mark += " (no source speaks to it)"
    lines = [f"{n}. {mark} {text}"]
    if sentence.sources:
        lines.append(f"   - supported by: {', '.join(sentence.sources)}")
    others = [e for e in sentence.evidence if e.stance != "agrees"]
    shown = sorted(others, key=lambda e: e.stance != "disagrees")  # disagreements first
    for evidence in shown[:MAX_EVIDENCE_LINES]:
        quoted = _md(first_words(" ".join(evidence.text.split()), 40))
        lines.append(f"   - {evidence.stance}: {evidence.source}: “{quoted}”")
    lines.append("")
    return lines


def _md(text: str) -> str:
    """Text from a digest or a source, safe in Markdown: no raw HTML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
