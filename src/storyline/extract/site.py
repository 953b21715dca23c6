"""The outlet an article's URL names, when the article does not state its own.

``https://www.reuters.com/world/...`` is from ``reuters.com``, ``edition.cnn.com`` from
``cnn.com`` and ``news.bbc.co.uk`` from ``bbc.co.uk``. No public-suffix list is shipped:
a host keeps its last two labels, or its last three when it ends in a two-letter country
code under a short generic label (``co.uk``, ``com.au``, ``gov.br``, ``ac.jp``). Hosts under
other multi-label suffixes (``city.kyoto.jp``) lose a label too many; the site's stated
name, preferred wherever the page gives one, covers most of them.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Labels that sit under a country code as the generic part of a public suffix.
SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "gob", "mil"}
# Subdomains that name a rendering of the site, not a part of it.
RENDERING_PREFIXES = ("www.", "m.", "amp.", "mobile.")
HOST_LIKE = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$")
IP_ADDRESS = re.compile(r"^[\d.]+$|^\[?[0-9a-f:]+\]?$")


def outlet_from_url(url: str | None) -> str | None:
    """The site an article's URL belongs to, as a reader would name it (``reuters.com``)."""
    host, _ = host_and_path(url)
    if not host or IP_ADDRESS.match(host) or "." not in host:
        return None
    return registrable_host(host)


def host_and_path(url: str | None) -> tuple[str, str]:
    """An address's host (lower case, no closing dot) and path; empty where there is no
    address or it cannot be read ("https://[oops/news": ingest keeps a malformed one as
    given)."""
    if not url:
        return "", ""
    text = url.strip()
    if "://" not in text:
        text = "//" + text  # "www.reuters.com/world" has no scheme but is still an address
    try:
        parts = urlsplit(text)
        return (parts.hostname or "").lower().rstrip("."), parts.path
    except ValueError:
        return "", ""


def registrable_host(host: str) -> str:
    """The registrable part of a host, without a rendering prefix such as ``www.``."""
    while host.startswith(RENDERING_PREFIXES) and host.count(".") > 1:
        host = host.split(".", 1)[1]
    labels = host.split(".")
    keep = 2
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL:
        keep = 3
    return ".".join(labels[-keep:])


def tidy_outlet(name: str | None) -> str | None:
    """A stated outlet as a reader would see it: a URL or host given as the site's name
    (``https://www.reuters.com/``, ``www.reuters.com``) becomes ``reuters.com``."""
    if not name:
        return None
    text = " ".join(name.split())
    lowered = text.lower()
    if lowered.startswith(("http://", "https://", "www.")) or HOST_LIKE.match(lowered):
        return outlet_from_url(text) or text
    return text or None


# A page's <title> or og:title often ends in the site's or the writer's name after a
# separator ("... whale strandings | Eleanor Ainge Roy", "Lorem ipsum – My website"). The
# article keeps the title the page declares (Readability's test pages keep those names as
# the title too); a briefing shows the headline without them. A pipe is no headline
# punctuation, so a short last "| ..." part goes whatever it says; a dash or a middle dot is
# ("Brexit - what happens next"), so its part goes only when it names the page's outlet,
# author or site. What is left must still be a headline of three words.
PIPE_SUFFIX = re.compile(r"\s+\|\s+[^|]*$")
DASH_SUFFIX = re.compile(r"\s+[-\u2013\u2014\u00b7]\s+(?P<part>[^-\u2013\u2014\u00b7]+)$")
MIN_TITLE_WORDS = 3
MAX_SUFFIX_WORDS = 6
HOST = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")


def without_page_suffix(title: str, names: frozenset[str] = frozenset()) -> str:
    """The title less a trailing site or author name after a separator; ``names`` are
    the page's own names as ``page_names`` squashes them."""
    # (one space between words first: a title of 40,000 spaces took the regexes 12 s)
    title = " ".join(title.split())
    pipe = PIPE_SUFFIX.search(title)
    if pipe and _a_name(pipe.group().lstrip(" |")):
        return _still_a_headline(title, pipe.start())
    dash = DASH_SUFFIX.search(title)
    if dash and _squashed(dash.group("part")) in names:
        return _still_a_headline(title, dash.start())
    return title


def _a_name(part: str) -> bool:
    """A site's or a writer's name, as a title's last "| ..." part gives it: a few words,
    each with a capital ("Eleanor Ainge Roy", "eHow", "IAB"), not a headline's second
    half ("Election 2024 live updates | Harris leads in new poll")."""
    words = [w for w in part.split() if w.lower() not in NAME_CONNECTORS]
    return 0 < len(words) <= MAX_SUFFIX_WORDS and all(
        any(c.isupper() or c.isdigit() for c in w) for w in words
    )


NAME_CONNECTORS = frozenset(["of", "the", "and", "&", "-", "de", "la", "le", "du", "des"])


def names_the_page(title: str, names: frozenset[str]) -> bool:
    """The title is the page's own name ("Yahoo News - Latest News & Headlines" on a page
    whose outlet is that), not a headline."""
    return _squashed(title) in names


def page_names(*names: str | None, url: str | None = None) -> frozenset[str]:
    """A page's own names, squashed: its outlet and author, and its site's first label
    ("theguardian.com" -> "theguardian", as "The Guardian" squashes; "bbc.co.uk" -> "bbc")."""
    found = {_squashed(n) for n in names if n}
    # an outlet written as its site ("theguardian.com") is named by its first label too
    found |= {
        _squashed(n.removeprefix("www.").split(".", 1)[0]) for n in names if n and HOST.fullmatch(n)
    }
    site = outlet_from_url(url)
    if site:
        found.add(_squashed(site.split(".", 1)[0]))  # "bbc.co.uk" is "bbc"
    return frozenset(found - {""})


def _still_a_headline(title: str, cut: int) -> str:
    head = title[:cut].rstrip()
    return head if len(head.split()) >= MIN_TITLE_WORDS else title


def _squashed(name: str) -> str:
    return re.sub(r"\W+", "", name).casefold()


# One outlet written several ways, squashed (``_squashed``) without a leading "the": the
# wires and papers whose short names and sites a mixed input names them by. An input of
# feeds and pages named the Associated Press "AP", "The Associated Press" and "apnews.com",
# which counted as three outlets ("3 outlets" under the sources, and a flag lifted by a
# second AP story as told by "another outlet").
OUTLET_ALIASES = {
    alias: name
    for name, aliases in {
        "associatedpress": ("ap", "apnews"),
        "agencefrancepresse": ("afp",),
        "reuters": ("thomsonreuters",),
        "unitedpressinternational": ("upi",),
        "newyorktimes": ("nyt", "nytimes"),
        "washingtonpost": ("wapo", "washpost"),
        "wallstreetjournal": ("wsj",),
        "bbc": ("bbcnews",),
        "cnn": ("cnncom",),
        "huffingtonpost": ("huffpost",),
        "xinhua": ("xinhuanewsagency", "xinhuanet"),
    }.items()
    for alias in aliases
}


def outlet_key(name: str) -> str:
    """What two names of one outlet have in common: "The Associated Press", "AP" and
    "apnews.com" are one outlet, as are "New York Times" and "nytimes.com"; a site under
    a generic ending stands for the name its first label spells ("theguardian.com", "The
    Guardian"), one under a country's ending keeps its whole name ("guardian.ng",
    "abc.net.au": other outlets than "The Guardian" and ABC)."""
    text = " ".join(name.split()).casefold()
    if text.startswith(("http://", "https://", "www.")) or HOST_LIKE.match(text):
        host = (outlet_from_url(text) or text).removeprefix("www.")
        label, _, ending = host.partition(".")
        squashed = _squashed(label) if ending in GENERIC_ENDINGS else _squashed(host)
    else:
        squashed = _squashed(text)
    key = _without_the(squashed)
    return OUTLET_ALIASES.get(key, key)


# The endings under which a site's first label is its outlet's name.
GENERIC_ENDINGS = frozenset(["com", "org", "net", "news", "co.uk", "org.uk"])
# Shorter than this, what follows a leading "the" is a word of its own ("them.us").
THE_REST = 4


def _without_the(squashed: str) -> str:
    """ "thehill" and "the hill" as "hill"; not "them" as "m"."""
    rest = squashed.removeprefix("the")
    return rest if len(rest) >= THE_REST else squashed
