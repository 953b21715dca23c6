"""Event and topic clustering scored on ECB+ (B-cubed), beside a batch baseline.

storyline: the ECB+ documents are ingested as plain articles (no dates; the first token
line is kept as text) in topic, sub-corpus and document order through the real pipeline,
online, one article at a time; its events are scored against topic + ecb/ecbplus and its
storylines against topics.

Baseline: TF-IDF over the same texts and agglomerative clustering (average linkage,
cosine distance) of the whole corpus at once, its distance threshold tuned on the same
data for each level (the best of a grid is reported, as a tuned baseline would be).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from storyline import pipeline
from storyline.eval.ecbplus import EcbDocument, load
from storyline.eval.metrics import bcubed
from storyline.model import RawDocument
from storyline.store.db import Store

BASELINE_THRESHOLDS = [round(x, 2) for x in np.arange(0.50, 1.0, 0.02)]


def score(root: Path) -> dict[str, Any]:
    docs = load(root / "ECB+" if (root / "ECB+").is_dir() else root)
    gold_event = {d.id: d.event for d in docs}
    gold_topic = {d.id: d.topic for d in docs}
    events, storylines = _storyline_run(docs)
    return {
        "documents": len(docs),
        "storyline_online": {
            "event": _prf(bcubed(events, gold_event)),
            "topic": _prf(bcubed(storylines, gold_topic)),
        },
        "baseline_tfidf_agglomerative_tuned": {
            "event": _best_baseline(docs, gold_event),
            "topic": _best_baseline(docs, gold_topic),
        },
    }


def _storyline_run(docs: list[EcbDocument]) -> tuple[dict[str, str], dict[str, str]]:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "ecb.db") as store:
        raws = [RawDocument(source=d.id, kind="text", body=d.text, id=d.id, title="") for d in docs]
        pipeline.ingest_documents(store, raws)
        pipeline.build(store)
        events = {a.id: a.event_id or a.id for a in store.articles()}
        storylines = {a.id: a.storyline_id or a.id for a in store.articles()}
    return events, storylines


def _best_baseline(docs: list[EcbDocument], gold: dict[str, str]) -> dict[str, float]:
    matrix = (
        TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1)
        .fit_transform([d.text for d in docs])
        .toarray()
    )
    best: dict[str, float] = {"f1": -1.0}
    for threshold in BASELINE_THRESHOLDS:
        labels = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
        ).fit_predict(matrix)
        predicted = {d.id: str(label) for d, label in zip(docs, labels, strict=True)}
        scores = _prf(bcubed(predicted, gold))
        if scores["f1"] > best["f1"]:
            best = {**scores, "threshold": threshold}
    return best


def _prf(values: tuple[float, float, float]) -> dict[str, float]:
    return {
        "precision": round(values[0], 3),
        "recall": round(values[1], 3),
        "f1": round(values[2], 3),
    }
