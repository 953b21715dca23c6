"""``storyline serve``: the HTTP API, the web page and the Atom feed, from one ASGI app."""

from storyline.serve.app import create_app

__all__ = ["create_app"]
