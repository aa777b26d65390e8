"""API keys, request rates and character quotas: all off until configured.

Keys come from `BILINGUA_API_KEYS` (comma-separated) and `BILINGUA_API_KEYS_FILE` (one per
line, `#` comments). With keys set, `/v1/*` and the web form's translation need
`Authorization: Bearer KEY` or `X-API-Key: KEY` (401 without one, 403 with a wrong one), and
the LibreTranslate routes their own `api_key` field. Rates and quotas are counted with
Flask-Limiter per client (its key, or its address without one) and per address, in memory,
or in Redis when `BILINGUA_REDIS_URL` is set so that several servers share the counts.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from flask import Flask, Response, current_app, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from service.errors import ApiError

#: Routes that translate: rates and character quotas apply to them.
TRANSLATING = ("api.translate", "libretranslate.translate", "web.submit", "jobs.create_job")
#: Routes that need a key in a header when keys are set (LibreTranslate's check their body).
KEYED_PREFIXES = ("/v1/",)
KEYED_ENDPOINTS = ("web.submit",)


def load_keys(inline: str, keys_file: str) -> frozenset[str]:
    keys = {k.strip() for k in inline.split(",") if k.strip()}
    if keys_file:
        for line in Path(keys_file).read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                keys.add(line)
    return frozenset(keys)


def keys() -> frozenset[str]:
    return current_app.extensions["bilingua.keys"]


def presented_key() -> str | None:
    """The key a request carries in a header (or a form field, for the web form)."""
    auth = request.headers.get("Authorization", "")
    if auth.startswith("Bearer "):
        return auth[7:].strip() or None
    return request.headers.get("X-API-Key") or request.form.get("api_key") or None


def key_id(key: str) -> str:
    """What is stored and counted for a key: never the key itself."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def owner() -> str | None:
    """The key id of the current request when keys are set (job ownership), else None."""
    key = presented_key()
    return key_id(key) if keys() and key in keys() else None


def _client() -> str:
    key = presented_key() or request.values.get("api_key")
    if key and key in keys():
        return "key:" + key_id(key)
    return "address:" + (get_remote_address() or "unknown")


def _address() -> str:
    return "address:" + (get_remote_address() or "unknown")


def _check_key() -> None:
    if not keys():
        return
    keyed = request.path.startswith(KEYED_PREFIXES) or request.endpoint in KEYED_ENDPOINTS
    if not keyed or request.method == "OPTIONS":
        return
    key = presented_key()
    if key is None:
        raise ApiError(
            401,
            "An API key is needed: 'Authorization: Bearer KEY' or 'X-API-Key: KEY'.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if key not in keys():
        raise ApiError(403, "This API key is not valid.")


def _characters() -> int:
    """What a request asks to translate, in characters (the quota's cost; 1 at least)."""
    body = request.get_json(silent=True, cache=True)
    if body is None and request.form:
        body = request.form.to_dict()
    total = 0
    if isinstance(body, dict):
        for field in ("text", "q"):
            value = body.get(field)
            if isinstance(value, str):
                total += len(value)
            elif isinstance(value, list):
                total += sum(len(v) for v in value if isinstance(v, str))
        articles = body.get("articles")
        if isinstance(articles, list):
            total += sum(
                len(a.get("text", ""))
                for a in articles
                if isinstance(a, dict) and isinstance(a.get("text"), str)
            )
    return max(1, total)


def _retry_after_only_when_refused(response: Response) -> Response:
    # Flask-Limiter sends Retry-After with every response; it only means something on a refusal
    if response.status_code < 400:
        response.headers.pop("Retry-After", None)
    return response


def install(app: Flask) -> Limiter:
    config = app.config["BILINGUA"]
    app.extensions["bilingua.keys"] = load_keys(config.api_keys, config.api_keys_file)
    app.before_request(_check_key)
    # registered before the limiter's own hook, so that it runs after it (Flask runs them in reverse)
    app.after_request(_retry_after_only_when_refused)
    limits = [
        (config.rate_limit, _client, 1, "requests"),
        (config.address_rate_limit, _address, 1, "address-requests"),
        (config.char_quota, _client, _characters, "characters"),
    ]
    limiter = Limiter(
        _client,
        app=app,
        storage_uri=config.redis_url or "memory://",
        headers_enabled=True,
        enabled=any(rate for rate, *_ in limits),
        key_prefix="bilingua",
    )
    for endpoint in TRANSLATING:
        view = app.view_functions.get(endpoint)
        if view is None:
            continue
        for rate, key_func, cost, scope in limits:
            if rate:
                view = limiter.limit(
                    rate, key_func=key_func, cost=cost, scope=scope, override_defaults=False
                )(view)
        app.view_functions[endpoint] = view
    return limiter
