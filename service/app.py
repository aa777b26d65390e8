"""The Flask application factory."""

from __future__ import annotations

from flask import Flask, Response
from flask_cors import CORS

from service import access, drain, observability, request_guard
from service.api import HTML_LIMIT_FACTOR
from service.api import bp as api_bp
from service.backpressure import Gate
from service.config import Config, load_config
from service.errors import register_error_handlers
from service.jobs import JobQueue
from service.jobs_api import bp as jobs_bp
from service.libretranslate import bp as libretranslate_bp
from service.openapi import bp as openapi_bp
from service.pipeline import Pipeline
from service.web import bp as web_bp


def create_app(config: Config | None = None, pipeline: Pipeline | None = None) -> Flask:
    config = config or load_config()
    app = Flask(__name__)
    app.config["BILINGUA"] = config
    # JSON may escape every character of a text as \uXXXX, and a page's HTML (format html) may be
    # HTML_LIMIT_FACTOR times as long, mostly ASCII: leave room for both, then count characters
    app.config["MAX_CONTENT_LENGTH"] = config.max_chars * 2 * HTML_LIMIT_FACTOR + 64 * 1024
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    pipeline = pipeline or config.pipeline()
    app.extensions["bilingua.pipeline"] = pipeline
    app.extensions["bilingua.gate"] = Gate(config.max_inflight, config.queue_depth, config.request_timeout)
    # with Redis, workers elsewhere translate; this process only enqueues and reports
    app.extensions["bilingua.jobs"] = JobQueue(
        config.redis_url, config.jobs_db, config.lease_seconds, None if config.redis_url else pipeline
    )
    register_error_handlers(app)
    observability.install(app)
    request_guard.install(app)
    drain.install(app)
    for blueprint in (api_bp, jobs_bp, libretranslate_bp, web_bp, openapi_bp):
        app.register_blueprint(blueprint)
    access.install(app)  # after the routes: it wraps the translating ones with their limits
    # API clients in browsers on other origins, as LibreTranslate allows; the web form is same-origin
    CORS(
        app,
        resources={r"/(v1/.*|translate|detect|languages|frontend/settings|openapi\.json)": {"origins": "*"}},
        expose_headers=["X-Request-ID"],
    )
    app.after_request(_security_headers)
    return app


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def _security_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    return response
