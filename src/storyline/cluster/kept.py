"""The clusterer kept from one build to the next.

Loading the clusterer's state from the store (every event's summed terms, decoded and
indexed again) cost as much as assigning a batch of 100 articles at 20,000 stored ones, and
grew with the events (1.1 s of a 2.0 s cluster stage, `benchmarks/stream.py`). So the
clusterer a build used stays in the process, and the next build takes it instead of
loading one, when two things hold:

- the store's clusterer state is the one that clusterer left: every change of the events
  table draws a new token in the store, whoever makes it, and the store follows the
  token through its own connection's writes (``Store.follow_cluster_state``,
  ``Store.cluster_state_left``); any other writer in between, a failed write or a build
  that failed halfway leaves nothing kept;
- the build's settings are those it was made with.

A kept clusterer then starts the build as a loaded one would (``begin_build``), so the
articles are assigned exactly as before: the same events, the same ids
(`tests/test_cluster_kept.py` compares both after every build). It keeps the IDF
snapshot, which the store holds too, and the norms of the events it has weighed in it,
which a loaded one weighs again to the same bits.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from storyline.cluster.online import OnlineClusterer
from storyline.settings import Settings
from storyline.store.db import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Kept:
    state: str
    settings: Settings
    clusterer: OnlineClusterer


_KEPT: list[_Kept] = []
_LOCK = threading.Lock()


def clusterer_for(store: Store, settings: Settings) -> OnlineClusterer:
    """The clusterer for a build on ``store``: the one kept from the last build when the
    store's state is the one it left, else one loaded from the store. A build takes it
    away: until ``keep`` gives it back, no other build can use it half-updated."""
    with _LOCK:
        kept = _KEPT.pop() if _KEPT else None
    # Read before the state is loaded: a write committed in between then shows at the
    # build's first write (a reload next time), where read after it would go unseen.
    state = store.follow_cluster_state()
    # (a kept clusterer's state is never None: ``keep`` keeps none without one)
    if kept is not None and kept.state == state and kept.settings == settings:
        kept.clusterer.begin_build()
        return kept.clusterer
    log.debug("loading the clusterer's state from %s", store.path)
    return load(store, settings)


def load(store: Store, settings: Settings) -> OnlineClusterer:
    """A clusterer of the store's events and document frequencies."""
    with store.snapshot():  # one committed state, whoever writes meanwhile
        docs, doc_freq = store.doc_freq()
        events, folded = store.event_states(), store.folded_event_ids()
        snapshot = store.idf_snapshot()
    return OnlineClusterer(events, docs, doc_freq, settings, folded=folded, snapshot=snapshot)


def keep(store: Store, settings: Settings, clusterer: OnlineClusterer) -> None:
    """Keep the clusterer for the next build, after the build has written all it
    assigned, if the store's state is the one its writes left."""
    state = store.cluster_state_left()
    with _LOCK:
        _KEPT.clear()
        if state is not None:
            _KEPT.append(_Kept(state, settings, clusterer))


def forget() -> None:
    """Drop the kept clusterer and its memory (207 MiB at 20,000 stored articles,
    measured before the arrays of ``cluster/bulk.py``, which add some 27 MiB at 20,000
    generated articles); the next build loads one."""
    with _LOCK:
        _KEPT.clear()
