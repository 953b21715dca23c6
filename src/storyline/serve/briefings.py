"""Parsed briefings, and their views, kept between requests while their stored JSON is
unchanged.

Reading a big storyline's briefing (some 250 kB of JSON) into the data model took about
3 ms of the story page's 20 and of the story JSON's 10. The server keeps the last briefings
it parsed, keyed by a hash of the stored text, so a rebuilt briefing is never served
stale; the view a story page renders (``brief/view.py``, fitted to its word budgets by
rendering the Markdown) is made once per kept briefing. Readers share the objects and
must not change them.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass

from storyline.brief.render import briefing_view
from storyline.brief.view import BriefingView
from storyline.model import Briefing
from storyline.store.codec import briefing_from_dict
from storyline.store.db import Store

MAX_KEPT = 128


@dataclass(slots=True)
class _Kept:
    briefing: Briefing
    view: BriefingView | None = None


_kept: OrderedDict[bytes, _Kept] = OrderedDict()
_lock = threading.Lock()


def _kept_briefing(store: Store, storyline_id: str) -> _Kept | None:
    text = store.briefing_text(storyline_id)
    if text is None:
        return None
    key = hashlib.sha1(text.encode("utf-8")).digest()
    with _lock:
        found = _kept.get(key)
        if found is not None:
            _kept.move_to_end(key)
            return found
    kept = _Kept(briefing_from_dict(json.loads(text)))
    with _lock:
        _kept[key] = kept
        while len(_kept) > MAX_KEPT:
            _kept.popitem(last=False)
    return kept


def shown_briefing(store: Store, storyline_id: str) -> Briefing | None:
    """The stored briefing of a storyline, parsed once per version of its text."""
    kept = _kept_briefing(store, storyline_id)
    return kept.briefing if kept else None


def shown_view(store: Store, storyline_id: str) -> tuple[Briefing, BriefingView] | None:
    """The stored briefing and the view every format shows of it, made once per version."""
    kept = _kept_briefing(store, storyline_id)
    if kept is None:
        return None
    if kept.view is None:
        kept.view = briefing_view(kept.briefing)  # two threads may both make it: same result
    return kept.briefing, kept.view
