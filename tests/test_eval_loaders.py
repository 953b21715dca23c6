"""The evaluation corpora's readers, on small files written here."""

from __future__ import annotations

from pathlib import Path

from storyline.eval import meantime

ARTICLE = """<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Sales</token>
<token number="1" sentence="0" t_id="2">fall</token>
<token number="2" sentence="1" t_id="3">February</token>
<token number="3" sentence="1" t_id="4">03</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2009</token>
<token number="6" sentence="2" t_id="7">GM</token>
<token number="7" sentence="2" t_id="8">'s</token>
<token number="8" sentence="2" t_id="9">sales</token>
<token number="9" sentence="2" t_id="10">fell</token>
<token number="10" sentence="2" t_id="11">on</token>
<token number="11" sentence="2" t_id="12">Monday</token>
<token number="12" sentence="2" t_id="13">.</token>
<token number="13" sentence="3" t_id="14">Nobody</token>
<token number="14" sentence="3" t_id="15">annotated</token>
<token number="15" sentence="3" t_id="16">Tuesday</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="03-02-2009">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2009-02-02">
<token_anchor t_id="12"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DATE" value="2009-02"/>
</Markables>
</Document>
"""


def test_meantime_text_spans_and_creation_time(tmp_path: Path) -> None:
    folder = tmp_path / "intra-doc_annotation" / "corpus_gm"
    folder.mkdir(parents=True)
    (folder / "1_Sales_fall.xml").write_text(ARTICLE, encoding="utf-8")
    assert meantime.is_meantime(tmp_path)
    [doc] = meantime.load(tmp_path)
    # Only the annotated sentences, one per line, written as text is written.
    assert doc.text == "Sales fall\nFebruary 03, 2009\nGM's sales fell on Monday."
    # The creation time "03-02-2009" is not ISO: the dateline gives it.
    assert doc.dct == "2009-02-03"
    # A TIMEX3 without tokens is not in the text and is left out.
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("February 03, 2009", "03-02-2009"),
        ("Monday", "2009-02-02"),
    ]
