"""A polite, bounded HTTP client: the only way storyline reads the web.

* Every URL, and every redirect target, passes ``policy.check_url`` first.
* Responses are streamed and cut off at a size bound; the whole exchange has a deadline.
* One request per host per ``host_interval`` seconds; robots.txt is obeyed (RFC 9309: a
  missing robots.txt allows everything, an unreachable one allows nothing for now).
* Transient failures are retried with exponential backoff.
* Conditional GET: pass the ETag / Last-Modified of the last fetch and a 304 comes back as
  ``not_modified``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from storyline.extract.decoding import decode_bytes
from storyline.fetch.policy import FetchRefused, check_url
from storyline.ingest.bounds import InputError
from storyline.settings import DEFAULT, Settings

log = logging.getLogger(__name__)

RETRY_STATUS = {429, 500, 502, 503, 504}
REDIRECT_STATUS = {301, 302, 303, 307, 308}
ROBOTS_MAX_BYTES = 500_000


class FetchError(Exception):
    """A fetch that failed; the message names the URL and the reason."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None
    retry_after: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        """The body as text: the charset the header declares, else the page's own
        declaration, else UTF-8 or the detected encoding (``extract.decoding``); bytes that
        do not decode are replaced, counted and logged."""
        markup = "text/plain" not in self.content_type.lower()
        try:
            decoded = decode_bytes(self.body, _charset(self.content_type), markup=markup)
        except InputError:
            return ""  # binary: no article text, which extraction rejects as such
        if decoded.replaced:
            log.warning(
                "%s: %d bytes are not %s and were replaced",
                self.final_url,
                decoded.replaced,
                decoded.encoding,
            )
        return decoded.text


class Fetcher:
    """Fetches URLs under the settings' policy; keep one per run (it holds robots.txt and
    the per-host clock)."""

    def __init__(
        self,
        settings: Settings = DEFAULT,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.settings = settings
        self.sleep = sleep
        self.clock = clock
        self.client = httpx.Client(
            headers={"User-Agent": settings.user_agent},
            timeout=httpx.Timeout(settings.fetch_timeout),
            follow_redirects=False,
            transport=transport,
        )
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser] = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
    ) -> Fetched:
        """Fetch ``url`` (following checked redirects); raises ``FetchError`` or
        ``FetchRefused`` with the reason."""
        check_url(url, self.settings.fetch_allow_networks)
        if not self.allowed_by_robots(url):
            raise FetchRefused(f"{url}: disallowed by the site's robots.txt")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        limit = max_bytes or self.settings.max_file_bytes
        return self._with_retries(url, headers, limit)

    def allowed_by_robots(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            parser = self._load_robots(origin)
            if parser is None:
                return False
            self._robots[origin] = parser
        return self._robots[origin].can_fetch(self.settings.user_agent, url)

    # --- internals ----------------------------------------------------------------------
    def _load_robots(self, origin: str) -> RobotFileParser | None:
        parser = RobotFileParser()
        robots_url = origin + "/robots.txt"
        try:
            fetched = self._with_retries(robots_url, {}, ROBOTS_MAX_BYTES)
        except (FetchError, FetchRefused) as err:
            log.warning("robots.txt unreachable, not fetching from %s for now: %s", origin, err)
            return None
        if fetched.status >= 400:
            parser.parse([])  # no robots.txt: everything is allowed
        else:
            parser.parse(fetched.text().splitlines())
        return parser

    def _with_retries(self, url: str, headers: dict[str, str], limit: int) -> Fetched:
        attempt = 0
        while True:
            try:
                fetched = self._follow(url, headers, limit)
            except (httpx.InvalidURL, httpx.DecodingError, httpx.TooManyRedirects) as err:
                # Not transient: a URL httpx cannot send, a body it cannot decompress.
                raise FetchError(f"{url}: {type(err).__name__}: {err}") from err
            except (httpx.TimeoutException, httpx.TransportError) as err:
                reason = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
                if attempt >= self.settings.fetch_retries:
                    raise FetchError(f"{url}: {reason}") from err
                self._back_off(url, attempt, None, reason)
            else:
                if fetched.status not in RETRY_STATUS:
                    return fetched
                if attempt >= self.settings.fetch_retries:
                    raise FetchError(f"{url}: HTTP {fetched.status}")
                self._back_off(url, attempt, fetched, f"HTTP {fetched.status}")
            attempt += 1

    def _back_off(self, url: str, attempt: int, fetched: Fetched | None, reason: str) -> None:
        wait = self.settings.fetch_backoff * 2**attempt
        server_wait = _retry_after(fetched)
        if server_wait is not None:
            wait = max(wait, server_wait)
        wait = min(wait, self.settings.fetch_max_wait)
        log.info("%s: %s, trying again in %.1f s", url, reason, wait)
        self.sleep(wait)

    def _follow(self, url: str, headers: dict[str, str], limit: int) -> Fetched:
        current = url
        for _ in range(self.settings.fetch_max_redirects + 1):
            fetched = self._one_request(url, current, headers, limit)
            if fetched.status not in REDIRECT_STATUS:
                return fetched
            location = fetched.final_url
            check_url(location, self.settings.fetch_allow_networks)
            current = location
        raise FetchError(f"{url}: more than {self.settings.fetch_max_redirects} redirects")

    def _one_request(self, url: str, current: str, headers: dict[str, str], limit: int) -> Fetched:
        self._wait_for_host(current)
        started = self.clock()
        with self.client.stream("GET", current, headers=headers) as response:
            if response.status_code in REDIRECT_STATUS:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"{url}: redirect without a Location")
                return _fetched(url, urljoin(current, location), response, b"")
            body = self._read_bounded(url, response, limit, started)
            return _fetched(url, current, response, body)

    def _read_bounded(
        self, url: str, response: httpx.Response, limit: int, started: float
    ) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(f"{url}: response of {declared} bytes is over the {limit}-byte bound")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"{url}: response is over the {limit}-byte bound")
            if self.clock() - started > self.settings.fetch_deadline:
                raise FetchError(f"{url}: took over {self.settings.fetch_deadline:g} s")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last_request.get(host)
        if last is not None:
            wait = self.settings.host_interval - (self.clock() - last)
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = self.clock()


def _fetched(url: str, final_url: str, response: httpx.Response, body: bytes) -> Fetched:
    return Fetched(
        url=url,
        final_url=final_url,
        status=response.status_code,
        body=body,
        content_type=response.headers.get("content-type", ""),
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        retry_after=response.headers.get("retry-after"),
    )


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"'")
    return None


def _retry_after(fetched: Fetched | None) -> float | None:
    """Seconds the server asked to wait (``Retry-After`` as seconds or an HTTP date)."""
    if fetched is None:
        return None
    value = (fetched.retry_after or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
