"""Safe, polite fetching, against a local server the tests start (never the internet)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest

from storyline.fetch.client import Fetcher, FetchError
from storyline.fetch.policy import FetchRefused, check_url
from storyline.settings import Settings
from tests.webserver import Reply, Site, local_settings, serve

LOCAL = local_settings(fetch_backoff=0.01, fetch_retries=2)


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        yield running


def fetcher(settings: Settings = LOCAL, waits: list[float] | None = None) -> Fetcher:
    record = waits if waits is not None else []
    return Fetcher(settings, sleep=record.append)


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/a",
        "file:///etc/passwd",
        "http://127.0.0.1/",
        "http://localhost/",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "http://user:secret@93.184.216.34/",
        "http://93.184.216.34:99999/",  # a port out of range: refused, not a ValueError
        "http://[::1/",
        "http://xn--/",  # not a valid IDNA host name
        "http://a\x00b/",
    ],
)
def test_policy_refuses_other_schemes_and_non_public_addresses(url: str) -> None:
    with pytest.raises(FetchRefused):
        check_url(url)


def test_policy_allows_public_addresses_and_the_networks_a_setting_names() -> None:
    check_url("http://93.184.216.34/news")
    check_url("https://[2606:2800:220:1:248:1893:25c8:1946]/")
    check_url("http://127.0.0.1:8080/", ("127.0.0.0/8",))
    with pytest.raises(FetchRefused):
        check_url("http://10.0.0.1/", ("127.0.0.0/8",))


def test_loopback_is_refused_by_default_even_when_a_server_is_there(site: Site) -> None:
    site.set("/a", Reply(body=b"hello"))
    with Fetcher(replace(LOCAL, fetch_allow_networks=())) as client, pytest.raises(FetchRefused):
        client.get(site.url("/a"))
    assert site.hits("/a") == 0


def test_fetch_sends_a_clear_user_agent_and_returns_the_body(site: Site) -> None:
    site.set(
        "/a", Reply(body="café".encode(), headers={"Content-Type": "text/html; charset=utf-8"})
    )
    with fetcher() as client:
        got = client.get(site.url("/a"))
    assert got.status == 200
    assert got.text() == "café"
    path, headers = site.requests[-1]
    assert path == "/a"
    assert headers["user-agent"].startswith("storyline/")


def test_conditional_get_returns_not_modified(site: Site) -> None:
    def page(headers: dict[str, str]) -> Reply:
        if headers.get("if-none-match") == '"v1"':
            return Reply(304)
        return Reply(body=b"feed", headers={"ETag": '"v1"', "Last-Modified": "Thu, 14 Nov 2024"})

    site.set("/feed", page)
    with fetcher() as client:
        first = client.get(site.url("/feed"))
        again = client.get(site.url("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert first.etag == '"v1"' and not first.not_modified
    assert again.not_modified and again.body == b""
    assert site.requests[-1][1]["if-modified-since"] == "Thu, 14 Nov 2024"


def test_server_errors_are_retried_with_backoff_then_succeed(site: Site) -> None:
    replies = [Reply(500), Reply(503), Reply(body=b"ok")]
    site.set("/flaky", lambda _h: replies.pop(0))
    waits: list[float] = []
    with fetcher(waits=waits) as client:
        got = client.get(site.url("/flaky"))
    assert got.body == b"ok"
    assert waits == [0.01, 0.02]  # backoff * 2**attempt


def test_a_server_that_keeps_failing_gives_a_clear_error(site: Site) -> None:
    site.set("/down", Reply(500))
    with fetcher() as client, pytest.raises(FetchError, match=r"/down: HTTP 500"):
        client.get(site.url("/down"))
    assert site.hits("/down") == 3  # the first try and two retries


def test_retry_after_is_honoured_but_capped(site: Site) -> None:
    replies = [Reply(429, headers={"Retry-After": "3600"}), Reply(body=b"ok")]
    site.set("/busy", lambda _h: replies.pop(0))
    waits: list[float] = []
    with fetcher(replace(LOCAL, fetch_max_wait=5.0), waits) as client:
        client.get(site.url("/busy"))
    assert waits == [5.0]


def test_a_slow_response_times_out(site: Site) -> None:
    site.set("/slow", Reply(body=b"late", delay=1.5))
    settings = replace(LOCAL, fetch_timeout=0.3, fetch_retries=0)
    with fetcher(settings) as client, pytest.raises(FetchError, match=r"/slow: .*Timeout"):
        client.get(site.url("/slow"))


def test_a_response_over_the_size_bound_is_refused(site: Site) -> None:
    site.set("/huge", Reply(body=b"x" * 5000))
    with fetcher() as client, pytest.raises(FetchError, match="over the 1000-byte bound"):
        client.get(site.url("/huge"), max_bytes=1000)


def test_redirects_are_followed_and_checked(site: Site) -> None:
    site.set("/old", Reply(301, headers={"Location": "/new"}))
    site.set("/new", Reply(body=b"moved"))
    site.set("/evil", Reply(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}))
    site.set("/intranet", Reply(302, headers={"Location": "http://10.0.0.5/admin"}))
    with fetcher() as client:
        got = client.get(site.url("/old"))
        assert got.body == b"moved" and got.final_url == site.url("/new")
        with pytest.raises(FetchRefused, match=re.escape("169.254.169.254")):
            client.get(site.url("/evil"))
        with pytest.raises(FetchRefused, match=re.escape("10.0.0.5")):
            client.get(site.url("/intranet"))


def test_redirect_loops_stop(site: Site) -> None:
    site.set("/loop", Reply(302, headers={"Location": "/loop"}))
    with fetcher() as client, pytest.raises(FetchError, match="redirects"):
        client.get(site.url("/loop"))


def test_robots_txt_is_obeyed(site: Site) -> None:
    site.set("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /private/\n"))
    site.set("/private/page", Reply(body=b"secret"))
    site.set("/public", Reply(body=b"fine"))
    with fetcher() as client:
        assert client.get(site.url("/public")).body == b"fine"
        with pytest.raises(FetchRefused, match=re.escape("robots.txt")):
            client.get(site.url("/private/page"))
    assert site.hits("/private/page") == 0
    assert site.hits("/robots.txt") == 1  # read once per site


def test_one_request_per_host_interval(site: Site) -> None:
    site.set("/a", Reply(body=b"a"))
    waits: list[float] = []
    now = [100.0]
    settings = replace(LOCAL, host_interval=2.0)
    with Fetcher(settings, sleep=waits.append, clock=lambda: now[0]) as client:
        client.get(site.url("/a"))
        client.get(site.url("/a"))
    # robots.txt, then /a, then /a again: each waits for the host's interval (the clock
    # is frozen, so the whole interval).
    assert waits == [2.0, 2.0]


def test_a_page_in_a_declared_or_undeclared_legacy_encoding_is_decoded(site: Site) -> None:
    text = "Le président a déclaré que la réforme était prête."
    site.set(
        "/header",
        Reply(
            body=text.encode("latin-1"), headers={"Content-Type": "text/plain; charset=iso-8859-1"}
        ),
    )
    page = f'<html><head><meta charset="windows-1252"></head><body><p>{text}</p></body></html>'
    site.set("/meta", Reply(body=page.encode("cp1252"), headers={"Content-Type": "text/html"}))
    site.set(
        "/none", Reply(body=(text * 5).encode("latin-1"), headers={"Content-Type": "text/plain"})
    )
    with fetcher() as client:
        for path in ("/header", "/meta", "/none"):
            assert text in client.get(site.url(path)).text(), path


def test_a_redirect_to_a_port_out_of_range_is_refused(site: Site) -> None:
    site.set("/r", Reply(302, headers={"Location": "http://127.0.0.1:99999/x"}))
    with fetcher() as client, pytest.raises(FetchRefused, match="not a valid URL"):
        client.get(site.url("/r"))
