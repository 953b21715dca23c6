"""What every response and every write goes through: security headers, the write token,
and error bodies that never echo what a client sent beyond a short excerpt.

* Writes (any method but GET, HEAD and OPTIONS) are refused unless the server was started
  with a write token, and then need ``Authorization: Bearer TOKEN`` (compared in constant
  time). The check runs before the request body is read.
* Every response carries ``X-Content-Type-Options: nosniff``, ``Referrer-Policy:
  no-referrer``, ``X-Frame-Options: DENY`` and a Content-Security-Policy: the pages allow
  nothing but their own inline style sheet (by its hash), no script at all.
* Validation errors (422) list where and what, without the input (FastAPI's default
  handler returns the whole input: 10 MB in, 10 MB out).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
EXCERPT_CHARS = 60
MAX_ERRORS = 10
# The largest request body taken: an article is at most 2M characters (schemas.py), up to
# 4 bytes each in UTF-8, in a JSON object with its metadata.
MAX_REQUEST_BYTES = 8_500_000
# FastAPI's interactive docs load Swagger UI / ReDoc from a CDN and start them with an
# inline script; they show no stored text, so they get a policy of their own.
DOCS_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "font-src https://fonts.gstatic.com; img-src 'self' data: https:; connect-src 'self'; "
    "worker-src blob:; base-uri 'none'; frame-ancestors 'none'"
)


def page_policy(inline_styles: Iterable[str]) -> str:
    """The Content-Security-Policy of the pages and the API: no script, no plug-in, no
    frame, nothing fetched from elsewhere; style only the given inline style sheets."""
    hashes = " ".join(f"'sha256-{_sha256(css)}'" for css in inline_styles)
    return (
        f"default-src 'none'; style-src {hashes}; img-src 'self'; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    )


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """At most ``limit`` characters of a client's text, for an error message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Guard:
    """ASGI middleware: the write token and the request size are checked before the app
    sees a request, and the security headers are added to every response."""

    def __init__(
        self,
        app: ASGIApp,
        write_token: str | None,
        policy: str,
        docs_paths: frozenset[str] = frozenset(),
    ) -> None:
        self.app = app
        self.write_token = write_token
        self.policy = policy
        self.docs_paths = docs_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = DOCS_POLICY if scope["path"] in self.docs_paths else self.policy

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
                headers["X-Frame-Options"] = "DENY"
                headers["Content-Security-Policy"] = policy
            await send(message)

        refusal = self._refusal(scope)
        if refusal is not None:
            await refusal(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)

    def _refusal(self, scope: Scope) -> JSONResponse | None:
        """Why a request is refused before it is read, if it is."""
        headers = Headers(scope=scope)
        if scope["method"] not in READ_METHODS:
            if self.write_token is None:
                return _error(403, "writes are off: the server was started without --write-token")
            if not bearer_matches(headers.get("authorization"), self.write_token):
                return _error(
                    401,
                    "writes need the header 'Authorization: Bearer TOKEN'",
                    {"WWW-Authenticate": "Bearer"},
                )
        length = headers.get("content-length", "0")
        if not length.isdigit() or int(length) > MAX_REQUEST_BYTES:
            return _error(413, f"a request body is at most {MAX_REQUEST_BYTES} bytes")
        return None


def bearer_matches(authorization: str | None, token: str) -> bool:
    """Whether an Authorization header carries ``token`` as a bearer token, compared in
    constant time (the time taken tells nothing of how much of a guess was right)."""
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8"))


def _error(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


async def validation_error(request: Request, exc: Exception) -> JSONResponse:
    """A 422 that says where and what is wrong, never the input itself."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    return JSONResponse({"detail": [_brief_error(e) for e in errors[:MAX_ERRORS]]}, status_code=422)


def _brief_error(error: dict[str, Any]) -> dict[str, Any]:
    loc = [p if isinstance(p, int) else excerpt(str(p), 40) for p in error.get("loc", ())][:6]
    return {
        "loc": loc,
        "msg": excerpt(str(error.get("msg", "")), 200),
        "type": excerpt(str(error.get("type", "")), 60),
    }
