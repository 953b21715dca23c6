"""The end-to-end quote score (``stored``): what the store holds, placed back exactly on the
original text, and the cleaning that decides what the reader sees."""

from __future__ import annotations

from pathlib import Path

from storyline.eval import quotes as quotes_eval
from storyline.eval.quotes import GoldAttribution
from storyline.extract.text import clean_text
from storyline.model import Quote

ORIGINAL = (
    "Mayor defends the budget\n\n"
    "The mayor, when asked about the cuts at the\u00a0town hall, was blunt.\n"
    "“We will balance the budget,” he said.\n"
)


def _stored_quote(stored: str, quoted: str, mention: str, after: str) -> Quote:
    start = stored.index(quoted)
    speaker_start = stored.index(mention, stored.index(after) + len(after))
    return Quote(
        text=quoted,
        start=start,
        end=start + len(quoted),
        speaker="The mayor",
        speaker_mention=mention,
        speaker_start=speaker_start,
        speaker_end=speaker_start + len(mention),
        direct=True,
    )


def test_a_speaker_mention_is_placed_back_where_the_reader_saw_it() -> None:
    # Cleaning took the title line off and changed the spacing; "he" also stands inside
    # "the" and "when" just before the quote, where searching its letters found it.
    stored = clean_text(ORIGINAL).text
    assert stored.startswith("The mayor")
    quote = _stored_quote(stored, "We will balance the budget", "he", "budget,”")
    [placed] = quotes_eval._placed_quotes([quote], stored, ORIGINAL)
    assert ORIGINAL[placed.start : placed.end] == "We will balance the budget"
    he = ORIGINAL.index(" he said") + 1
    assert (placed.speaker_start, placed.speaker_end) == (he, he + 2)


def test_a_quote_whose_words_cleaning_dropped_is_not_placed() -> None:
    stored = clean_text(ORIGINAL).text
    quote = _stored_quote(stored, "We will balance the budget", "he", "budget,”")
    quote.start, quote.end = len(stored) + 5, len(stored) + 9
    assert quotes_eval._placed_quotes([quote], stored, ORIGINAL) == []


def test_a_speaker_is_not_right_by_a_function_word() -> None:
    text = "The fracas began when the real estate tycoon spoke."
    source = text.index("the real estate tycoon")
    gold = GoldAttribution([(0, 10)], [(source, source + len("the real estate tycoon"))], True)
    quote = Quote("The fracas", 0, 10, "The fracas", "The fracas", 0, 10, True)
    assert not quotes_eval._speaker_right(quote, gold, text)
    quote.speaker = "Donald the real estate tycoon"
    quote.speaker_start = quote.speaker_end = None
    assert quotes_eval._speaker_right(quote, gold, text)  # by name, "tycoon"


def test_a_line_broken_inside_a_sentence_is_one_paragraph() -> None:
    raw = (
        "Title of the story\n\n"
        "Obama, who has denounced the attack as both an act of terrorism and a hate\u00a0\n"
        "crime, reiterated his frustration.\n"
        "The massacre put pressure on Congress to act.\n"
        "Markets fell\n\n"
        "sharply on Friday, traders said.\n"
        "## A heading\n"
        "lower case text after it.\n"
    )
    paragraphs = clean_text(raw).text.split("\n\n")
    assert paragraphs[0] == (
        "Obama, who has denounced the attack as both an act of terrorism and a hate crime,"
        " reiterated his frustration."
    )
    # A sentence-final line, a blank line and a heading are breaks of their own.
    assert paragraphs[1] == "The massacre put pressure on Congress to act."
    assert "Markets fell" in paragraphs and "A heading" in paragraphs


POLNEAR_LIKE = (
    "Mayor defends the budget\n\n"
    "Mayor Jane Smith spoke at the town hall on Tuesday, where the\u00a0council met.\n"
    "“We will balance the budget this year and keep\n"
    "every school open,” Smith said.\n\n"
    "Council member Tom Brown, who chairs the finance committee, disagreed with the plan.\n"
    "“These cuts will hurt the schools,” Brown said.\n"
    "Brown, the longest-serving member, then left the chamber.\n"
    "“We will fight the plan,” he said.\n"
)


def _write_polnear_like(root: Path) -> None:
    """One article in PolNeAR's layout, its two direct quotes annotated (brat standoff)."""
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "town.txt").write_text(POLNEAR_LIKE, encoding="utf-8")
    lines = []
    for n, (content, source) in enumerate(
        [
            ("We will balance the budget this year and keep\nevery school open", "Smith said"),
            ("These cuts will hurt the schools", "Brown said"),
            ("We will fight the plan", "he said"),
        ]
    ):
        c = POLNEAR_LIKE.index(content)
        s = POLNEAR_LIKE.index(source)
        name = source.split()[0]
        lines += [
            f"T{3 * n + 1}\tSource {s} {s + len(name)}\t{name}",
            f"T{3 * n + 2}\tContent {c} {c + len(content)}\t{content.replace(chr(10), ' ')}",
            f"T{3 * n + 3}\tAttribution {s} {s + len(name)}\t{name}",
            f"E{n + 1}\tAttribution:T{3 * n + 3} Content:T{3 * n + 2} Source:T{3 * n + 1}",
        ]
    (root / "attributions" / "town_ab12.ann").write_text("\n".join(lines) + "\n", "utf-8")


def test_end_to_end_through_a_real_store_scores_as_reading_the_text(tmp_path: Path) -> None:
    # Ingested from a file into a SQLite store in a temp dir (title line taken off, the
    # line broken inside the first quotation joined), read, stored, placed back.
    _write_polnear_like(tmp_path / "polnear")
    scores = quotes_eval.score(tmp_path / "polnear")
    stored = scores["stored"]["direct"]
    assert (stored["gold"], stored["recall"], stored["speaker_accuracy"]) == (3, 1.0, 1.0)
    # Read as is, the quotation broken across two lines is missed; the other two, "he"
    # (which also stands in "the" just before it) too, have the same speakers either way.
    assert scores["direct"]["recall"] == round(2 / 3, 3)
    assert scores["direct"]["speaker_accuracy"] == 1.0


def test_a_line_that_quotes_a_whole_sentence_is_no_teaser() -> None:
    raw = (
        "Latinos share their views\n\n"
        "Voters in three states told us what they think of the election and its candidates.\n"
        "“The most unqualified child to ever run for president.” ― Francisco Herrero\n"
        "-Craig Fehrman explains why Indiana is “weird.” [538]\n"
        "Celebrity chef opens floating restaurant in Lisbon harbour\n"
        "Most said the candidates had not spoken to their concerns.\n"
    )
    cleaned = clean_text(raw)
    assert "― Francisco Herrero" in cleaned.text and "[538]" in cleaned.text
    # A headline-like line with words found nowhere else is still a teaser.
    assert ("Celebrity chef opens floating restaurant in Lisbon harbour", "teaser") in (
        cleaned.removed
    )
