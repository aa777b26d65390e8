"""Refuse, as JSON, what the routes cannot read: compressed bodies, other charsets, huge headers.

Waitress refuses a header block past its own limit before the app sees it (as JSON too:
service/server_errors.py); that limit is set above MAX_HEADER_BYTES, so that anything between
gets this 431 with its exact size.
"""

from __future__ import annotations

from flask import Flask, request

from service.errors import ApiError

#: Headers in all, in bytes; browsers and API clients send a few kilobytes.
MAX_HEADER_BYTES = 64 * 1024
#: What `bilingua serve` tells waitress (its default is 256 KB).
SERVER_HEADER_BYTES = 1024 * 1024
UTF8 = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})


def _check() -> None:
    size = sum(len(k) + len(v) + 4 for k, v in request.headers.items())
    if size > MAX_HEADER_BYTES:
        raise ApiError(431, f"The request headers are {size} bytes; the limit is {MAX_HEADER_BYTES}.")
    encoding = request.headers.get("Content-Encoding", "").strip().lower()
    if encoding not in ("", "identity"):
        raise ApiError(
            415,
            f"Content-Encoding {encoding!r} is not supported: send the body uncompressed.",
            code="unsupported_content_encoding",
        )
    charset = request.mimetype_params.get("charset", "").strip().lower()
    if charset and charset not in UTF8:
        raise ApiError(415, f"The body must be UTF-8, not {charset}.", code="unsupported_charset")


def install(app: Flask) -> None:
    app.before_request(_check)
