"""Every contradiction the briefings of a development corpus list, with the rule behind it.

    .venv/bin/python scripts/list_contradictions.py ecbplus|meantime|polnear [--db PATH]

Ingests the corpus from ``../shared/data/`` through the real pipeline into one store (all
ECB+ dev topics, MEANTIME's 120 texts, or PolNeAR's dev texts), builds it, and prints one
JSON line per listed contradiction: the claim, the contradicting source's evidence
sentence and the stance rule that found it. This is how the contradictions of the README
("Support is agreement") were counted and read; a reader judges each line.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from storyline import pipeline
from storyline.compare.stance import stance
from storyline.model import RawDocument
from storyline.store.db import Store

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def documents(corpus: str) -> list[RawDocument]:
    """The corpus's texts as documents to ingest (undated: PolNeAR and ECB+ texts carry
    no date the pipeline reads; MEANTIME's creation times are given)."""
    if corpus == "ecbplus":
        from storyline.eval import ecbplus

        texts = [(d.id, d.text, "") for d in ecbplus.load(DATA / "ecbplus-dev")]
    elif corpus == "meantime":
        from storyline.eval import meantime

        loaded = meantime.load(DATA / "meantime")
        texts = [(f"mt{i}", d.text, d.dct) for i, d in enumerate(loaded)]
    else:
        from storyline.eval import quotes

        names = {
            quotes.ANNOTATOR_SUFFIX.sub("", d.name): d.text
            for d in quotes.load(DATA / "polnear-dev")
        }
        texts = [(name, text, "") for name, text in names.items()]
    return [
        RawDocument(source=f"{corpus}#{i}", kind="text", body=t, id=i, published=p or None)
        for i, t, p in texts
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", choices=["ecbplus", "meantime", "polnear"])
    parser.add_argument("--db", type=Path, help="keep the store here (default: a temp file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Store(args.db or Path(tmp) / "c.db") as store:
        report = pipeline.ingest_documents(store, documents(args.corpus))
        for rejection in report.rejected:
            print(f"rejected: {rejection}", file=sys.stderr)
        pipeline.build(store)
        listed = 0
        for story in pipeline.list_stories(store):
            briefing = pipeline.briefing_for(store, story.id)
            for claim in briefing.contradicted_claims if briefing else []:
                for source, evidence in zip(claim.contradicted_by, claim.evidence, strict=False):
                    found = store.articles([source])
                    rule = stance(claim.text, found[0].text).reason if found else "?"
                    row = {"claim_article": claim.article_id, "source": source, "rule": rule}
                    print(json.dumps(row | {"claim": claim.text, "evidence": evidence}))
                    listed += 1
        print(f"{listed} contradictions listed", file=sys.stderr)


if __name__ == "__main__":
    main()
