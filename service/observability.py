"""Request ids, access logs (plain or one JSON object per line) and Prometheus metrics.

Every response carries `X-Request-ID` (the client's, when it sends a sane one, or a new
one), and every log line written while a request is handled carries the same id, so a
user's report can be found in the logs. `/metrics` is Prometheus' text format, from a
registry of the app's own (two apps in one process, as in the tests, do not collide).
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Sequence

from flask import Blueprint, Flask, Response, current_app, g, has_request_context, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from service.errors import error_response

log = logging.getLogger("bilingua.access")

#: A client's request id is echoed when it is this tame; anything else is replaced.
CLIENT_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024)


class Metrics:
    """What an operator watches: traffic and errors by route, latency, model work, queue."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "bilingua_requests",
            "HTTP requests by route, method and status",
            ["route", "method", "status"],
            registry=r,
        )
        self.latency = Histogram(
            "bilingua_request_seconds",
            "HTTP request latency by route",
            ["route"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.words = Counter("bilingua_words_translated", "Source words sent through the model", registry=r)
        self.batch = Histogram(
            "bilingua_batch_sentences", "Sentences per model call", buckets=BATCH_BUCKETS, registry=r
        )
        self.model_load = Gauge("bilingua_model_load_seconds", "Seconds the model took to load", registry=r)
        self.queue = Gauge("bilingua_job_queue_depth", "Job articles waiting in the queue", registry=r)

    def on_batch(self, texts: Sequence[str]) -> None:
        self.batch.observe(len(texts))
        self.words.inc(sum(len(t.split()) for t in texts))


def request_id() -> str:
    return g.get("request_id", "-") if has_request_context() else "-"


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on every record (`-` outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request id, and the access
    fields (method, path, status, duration_ms) when the record has them."""

    FIELDS = ("method", "path", "route", "status", "duration_ms", "remote")

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        entry |= {k: getattr(record, k) for k in self.FIELDS if hasattr(record, k)}
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(log_format: str) -> None:
    """Root logging for `bilingua serve`: plain lines with the request id, or JSON lines."""
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdFilter())
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")
        )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)


def _route() -> str:
    # the rule, not the path: /v1/jobs/<job_id> is one series, not one per job
    return request.url_rule.rule if request.url_rule is not None else "unmatched"


def _start() -> None:
    sent = request.headers.get("X-Request-ID", "")
    g.request_id = sent if CLIENT_REQUEST_ID.match(sent) else uuid.uuid4().hex
    g.started = time.perf_counter()


def _finish(response: Response) -> Response:
    metrics: Metrics = current_app.extensions["bilingua.metrics"]
    elapsed = time.perf_counter() - g.get("started", time.perf_counter())
    route = _route()
    metrics.requests.labels(route, request.method, str(response.status_code)).inc()
    metrics.latency.labels(route).observe(elapsed)
    response.headers["X-Request-ID"] = g.get("request_id", "-")
    log.info(
        "%s %s %s %.1f ms",
        request.method,
        request.path,
        response.status_code,
        elapsed * 1000,
        extra={
            "method": request.method,
            "path": request.path,
            "route": route,
            "status": response.status_code,
            "duration_ms": round(elapsed * 1000, 1),
            "remote": request.remote_addr,
        },
    )
    return response


bp = Blueprint("metrics", __name__)


@bp.get("/metrics")
def metrics():  # noqa: ANN201
    """Prometheus metrics (text format); behind `Authorization: Bearer` when a token is set.
    ---
    get:
      tags: [operations]
      summary: Prometheus metrics
      description: >
        Requests by route, method and status; latency by route; source words sent through
        the model; sentences per model call; model load time; job articles queued. Needs
        `Authorization: Bearer <token>` when BILINGUA_METRICS_TOKEN is set.
      responses:
        200:
          description: Prometheus text exposition format
          content:
            text/plain:
              schema: {type: string}
        401:
          description: A token is configured and the request does not carry it
          content:
            application/json:
              schema: ErrorSchema
    """
    token = current_app.config["BILINGUA"].metrics_token
    if token and request.headers.get("Authorization", "") != f"Bearer {token}":
        return error_response(401, "Metrics need 'Authorization: Bearer <BILINGUA_METRICS_TOKEN>'.")
    registry: Metrics = current_app.extensions["bilingua.metrics"]
    jobs = current_app.extensions.get("bilingua.jobs")
    if jobs is not None:
        try:
            registry.queue.set(jobs.huey.pending_count())
        except Exception:  # noqa: BLE001 - a queue that cannot be reached is not a failed scrape
            pass
    pipeline = current_app.extensions["bilingua.pipeline"]
    if pipeline.model_load_s is not None:
        registry.model_load.set(pipeline.model_load_s)
    return Response(generate_latest(registry.registry), mimetype=CONTENT_TYPE_LATEST)


def install(app: Flask) -> Metrics:
    """Request ids, access log and metrics on `app`; the pipeline reports its model calls."""
    metrics = Metrics()
    app.extensions["bilingua.metrics"] = metrics
    app.extensions["bilingua.pipeline"].observe(metrics.on_batch)
    app.before_request(_start)
    app.after_request(_finish)
    app.register_blueprint(bp)
    return metrics
