"""Speed of the stance function: (claim, source) pairs classified per second.

    .venv/bin/python benchmarks/stance_speed.py [--pairs 5000]

The pairs are FNC-1's (../shared/data/fnc1-train: a headline against a whole article
body, about 370 words), the first ``--pairs`` of them. Prints pairs per second for the
whole function as briefings call it (``StanceModel.classify`` on one batch: features, the
boosted trees, the reader's rules), with the sources and claims prepared first, and the
time that preparing them took: a briefing prepares each article once for all its claims.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from storyline.compare.stance import packaged_model
from storyline.compare.stance_features import ClaimText, SourceText
from storyline.eval import fnc1

FNC1 = Path(__file__).resolve().parents[2] / "shared" / "data" / "fnc1-train"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=5000)
    args = parser.parse_args()
    corpus = fnc1.load(FNC1)
    chosen = corpus.pairs[: args.pairs]
    model = packaged_model()
    started = time.perf_counter()
    sources = {p.body_id: SourceText.of(corpus.bodies[p.body_id]) for p in chosen}
    claims = {p.headline: ClaimText.of(p.headline) for p in chosen}
    prepared = time.perf_counter()
    model.classify([(claims[p.headline], sources[p.body_id]) for p in chosen])
    done = time.perf_counter()
    print(
        json.dumps(
            {
                "pairs": len(chosen),
                "sources": len(sources),
                "claims": len(claims),
                "prepare_seconds": round(prepared - started, 2),
                "classify_seconds": round(done - prepared, 2),
                "pairs_per_second": round(len(chosen) / (done - prepared), 1),
            }
        )
    )


if __name__ == "__main__":
    main()
