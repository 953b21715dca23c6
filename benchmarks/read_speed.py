"""Speed of the read stage (sentences, entities, quotes with speakers, time expressions).

    .venv/bin/python benchmarks/read_speed.py [--articles 600] [--words 600]

The articles are real news: PolNeAR's dev texts from ../shared/data/polnear-dev (US
political reporting, about 800 words each), each cut after its first ``--words`` words at the
end of that sentence and used again in turn until there are ``--articles``. Without that folder the
generated articles of benchmarks/corpus.py stand in (less realistic for the entity model).
Prints articles per second for the whole stage as ``storyline`` runs it (two worker
processes from ``read.PARALLEL_FROM`` articles on, forked after this process loads the
model, which is counted) and on one process with the model already loaded.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

from storyline.model import Article
from storyline.read import nlp, read_articles

sys.path.insert(0, str(Path(__file__).parent))
from common import parser_with_articles, report
from corpus import article as generated_article

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear-dev"


def real_texts(words: int) -> list[str]:
    """Articles of ``words`` words: each text, continued by the next when it is shorter."""
    folder = POLNEAR / "data" / "dev" / "text"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return [_cut("\n\n".join(texts[n:] + texts[:n]), words) for n in range(len(texts))]


def _cut(text: str, words: int) -> str:
    """The first ``words`` words and the rest of the sentence the last of them is in."""
    ends = [m.end() for m in re.finditer(r"\S+", text)]
    if len(ends) <= words:
        return text
    stop = re.compile(r"[.!?][”\"]?(?=\s)").search(text, ends[words - 1] - 1)
    return text[: stop.end()] if stop else text


def generated_texts(count: int, words: int) -> list[str]:
    rng = random.Random(5)
    texts = []
    for n in range(count):
        body = " ".join(generated_article(n * 2 + k, n, rng)["text"] for k in range(2))
        texts.append(_cut(body, words))
    return texts


def articles(texts: list[str], count: int) -> list[Article]:
    return [
        Article(id=f"a{n}", source=f"a{n}", text=texts[n % len(texts)], published="2016-10-01")
        for n in range(count)
    ]


def rate(count: int, texts: list[str], parallel: bool) -> float:
    batch = articles(texts, count)
    started = time.perf_counter()
    for _ in read_articles(batch, parallel=parallel):
        pass
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = parser_with_articles(600)
    parser.add_argument("--words", type=int, default=600)
    args = parser.parse_args()
    texts = real_texts(args.words) if POLNEAR.exists() else generated_texts(100, args.words)
    nlp.load()
    rate(20, texts, parallel=False)  # warm the model and the rules' caches
    words = sum(len(t.split()) for t in texts) / len(texts)
    result = {
        "texts": "polnear-dev" if POLNEAR.exists() else "generated",
        "mean_words": round(words),
        "articles": args.articles,
        "articles_per_second_stage": round(rate(args.articles, texts, parallel=True), 1),
        "articles_per_second_one_process": round(
            rate(min(args.articles, 200), texts, parallel=False), 1
        ),
    }
    report(result)


if __name__ == "__main__":
    main()
