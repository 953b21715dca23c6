"""Fit the clusterer's learned similarity on the ECB+ development topics and write it to
src/storyline/cluster/similarity_learned.json (shipped beside the default model, which
stays the hand-set rule while the learned one scores below it out of fold: README).

    .venv/bin/python scripts/train_cluster_model.py [../shared/data/ecbplus-dev] [--folds 5]

The weights are fitted on every development topic's pairs; the thresholds are chosen by
out-of-fold scores over topic folds (``storyline.cluster.fit``). The file records the
data's hash, the pair counts, the out-of-fold score at the chosen thresholds and (unless
``--no-nested``) the nested cross-validation's figures: weights and thresholds fitted on
k-1 folds, scored on the held-out one, which is what `storyline eval cluster` reports.
Only topics 1-35 (the development split) are read; the test topics are never opened.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from storyline.cluster import fit
from storyline.cluster.similarity import LEARNED
from storyline.eval.cluster import FOLDS, read_articles
from storyline.eval.ecbplus import load

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ecbplus-dev"
LAST_DEV_TOPIC = 35


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, nargs="?", default=DEV)
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument("--no-nested", action="store_true", help="skip the nested CV")
    parser.add_argument("--out", type=Path, default=LEARNED)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    root = args.data / "ECB+" if (args.data / "ECB+").is_dir() else args.data
    docs = [d for d in load(root) if int(d.topic) <= LAST_DEV_TOPIC]
    gold = fit.Gold({d.id: d.event for d in docs}, {d.id: d.topic for d in docs})
    articles = read_articles(docs)
    blocks = fit.blocks_of(articles, gold, args.folds)
    model = fit.fit(blocks, gold)
    model.trained.update(
        {
            "data": "ECB+ development topics 1-35 (ecbplus-dev)",
            "documents": len(docs),
            "articles": len(articles),
            "data_sha256": fit.data_hash([(d.id, d.text) for d in docs]),
            "folds": [block.topics for block in blocks],
            "script": "scripts/train_cluster_model.py",
        }
    )
    if not args.no_nested:
        nested = fit.describe(fit.cross_validate(blocks, gold))
        model.trained["nested_out_of_fold"] = {
            "event_f1": nested["event"]["f1"],
            "storyline_f1": nested["storyline"]["f1"],
        }
    model.save(args.out)
    print(json.dumps(model.to_json(), indent=2))


if __name__ == "__main__":
    main()
