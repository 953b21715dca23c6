"""Parsed briefings kept between requests while their stored JSON is unchanged.

Reading a big storyline's briefing (some 250 kB of JSON) into the data model took about
3 ms of the story page's 20 and of the story JSON's 10. The server keeps the last briefings
it parsed, keyed by a hash of the stored text, so a rebuilt briefing is never served
stale. Readers share the objects and must not change them.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict

from storyline.model import Briefing
from storyline.store.codec import briefing_from_dict
from storyline.store.db import Store

MAX_KEPT = 128

_kept: OrderedDict[bytes, Briefing] = OrderedDict()
_lock = threading.Lock()


def shown_briefing(store: Store, storyline_id: str) -> Briefing | None:
    """The stored briefing of a storyline, parsed once per version of its text."""
    text = store.briefing_text(storyline_id)
    if text is None:
        return None
    key = hashlib.sha1(text.encode("utf-8")).digest()
    with _lock:
        found = _kept.get(key)
        if found is not None:
            _kept.move_to_end(key)
            return found
    briefing = briefing_from_dict(json.loads(text))
    with _lock:
        _kept[key] = briefing
        while len(_kept) > MAX_KEPT:
            _kept.popitem(last=False)
    return briefing
