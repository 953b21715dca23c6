"""Which URLs storyline may fetch: http(s) only, and by default only public addresses.

A URL that names or resolves to a private, loopback, link-local, multicast, reserved or
unspecified address is refused unless it lies in one of the networks the settings allow
(``fetch_allow_networks``; tests allow 127.0.0.0/8 to reach their local server). Every
redirect target is checked the same way by the client.

The host is resolved here and the client connects to the name again, so a DNS answer that
changes between the two (rebinding) is not caught; run storyline behind an egress proxy where
that matters.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

ALLOWED_SCHEMES = {"http", "https"}


class FetchRefused(ValueError):
    """A URL that policy does not allow; the message names the URL and the reason."""


def check_url(url: str, allow_networks: tuple[str, ...] = ()) -> None:
    """Raise ``FetchRefused`` unless ``url`` may be fetched."""
    try:
        parts = urlsplit(url)
        port = parts.port  # raises for a port out of range ("http://host:99999/")
    except ValueError as err:
        raise FetchRefused(f"{url}: not a valid URL ({err})") from err
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise FetchRefused(f"{url}: only http and https URLs are fetched, not {parts.scheme!r}")
    if not parts.hostname:
        raise FetchRefused(f"{url}: no host in the URL")
    if parts.username or parts.password:
        raise FetchRefused(f"{url}: URLs with credentials are not fetched")
    allowed = [ipaddress.ip_network(net, strict=False) for net in allow_networks]
    for address in resolve(parts.hostname, port or _default_port(parts.scheme)):
        if not is_public(address) and not any(_ip(address) in net for net in allowed):
            raise FetchRefused(f"{url}: {parts.hostname} is a non-public address ({address})")


def resolve(host: str, port: int) -> list[str]:
    """Every address the host name resolves to (an IP literal resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as err:
        raise FetchRefused(f"cannot resolve {host}: {err.strerror}") from err
    except (UnicodeError, ValueError, OSError) as err:
        # A host name that is not valid IDNA, holds a NUL, or is over 253 characters.
        raise FetchRefused(f"cannot resolve {host!r}: {err}") from err
    return sorted({str(info[4][0]) for info in infos})


def is_public(address: str) -> bool:
    ip = _ip(address)
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def _ip(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def _default_port(scheme: str) -> int:
    return 443 if scheme.lower() == "https" else 80
