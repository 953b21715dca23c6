"""One web page fetched into a raw document."""

from __future__ import annotations

from storyline.fetch.client import Fetcher, FetchError
from storyline.model import DocKind, RawDocument


def fetch_page(
    fetcher: Fetcher, url: str, title: str | None = None, published: str | None = None
) -> RawDocument:
    """One web page as a raw document (its final URL after redirects is the article's)."""
    fetched = fetcher.get(url)
    if fetched.status >= 400:
        raise FetchError(f"{url}: HTTP {fetched.status}")
    kind: DocKind = "text" if "text/plain" in fetched.content_type else "html"
    return RawDocument(
        source=url,
        kind=kind,
        body=fetched.text(),
        url=fetched.final_url,
        title=title if kind == "text" else None,
        published=published,
    )
