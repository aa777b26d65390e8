"""The job API: submit many articles, follow them, stream their results."""

from __future__ import annotations

import json
import sqlite3

from flask import Blueprint, Response, current_app, url_for

from service.access import owner
from service.api import char_limit, json_body
from service.errors import ApiError, error_response
from service.jobs import JobQueue
from service.pipeline import Options
from service.schemas import JobStatusSchema, job_request

bp = Blueprint("jobs", __name__)
_status = JobStatusSchema()


def queue() -> JobQueue:
    return current_app.extensions["bilingua.jobs"]


def _check_limits(payload: object) -> None:
    config = current_app.config["BILINGUA"]
    articles = payload.get("articles") if isinstance(payload, dict) else None
    if not isinstance(articles, list):
        return  # the schema says what is wrong
    if len(articles) > config.max_job_articles:
        raise ApiError(
            413,
            f"{len(articles)} articles; a job takes at most {config.max_job_articles}.",
            {"articles": len(articles), "limit": config.max_job_articles},
        )
    texts = [a.get("text") for a in articles if isinstance(a, dict) and isinstance(a.get("text"), str)]
    limit = char_limit(payload.get("format"))
    too_long = [i for i, t in enumerate(texts) if len(t) > limit]
    if too_long:
        raise ApiError(
            413,
            f"Articles over {limit} characters: {too_long[:10]}.",
            {"articles": too_long, "limit": limit},
        )
    total = sum(map(len, texts))
    if total > config.max_job_chars:
        raise ApiError(
            413,
            f"The job is {total} characters long; the limit is {config.max_job_chars}.",
            {"length": total, "limit": config.max_job_chars},
        )


@bp.errorhandler(sqlite3.OperationalError)
def _busy(_exc: sqlite3.OperationalError):  # noqa: ANN202 - the SQLite queue stayed locked past its timeout
    body, status = error_response(503, "The job queue is busy; retry shortly.", code="busy")
    return body, status, {"Retry-After": "5"}


def _meta(job_id: str) -> dict:
    meta = queue().store.meta(job_id)
    # with keys set, a job is only its creator's: others are told it does not exist
    if meta is None or meta.get("owner") not in (None, owner()):
        raise ApiError(404, f"No job {job_id}.")
    return meta


def _report(meta: dict, status: dict | None = None) -> dict:
    links = {
        "self": url_for("jobs.job_status", job_id=meta["id"]),
        "results": url_for("jobs.job_results", job_id=meta["id"]),
    }
    return _status.dump((status or queue().store.status(meta)) | {"links": links})


@bp.post("/v1/jobs")
def create_job():  # noqa: ANN201
    """Submit articles for background translation.
    ---
    post:
      tags: [jobs]
      summary: Create a job
      requestBody:
        required: true
        content:
          application/json:
            schema: JobRequestSchema
            example: {"articles": [{"id": "a1", "text": "Le chat dort. Il rêve."}], "summary_sentences": 1}
      responses:
        202:
          description: Accepted; follow the Location header
          headers: {Location: {schema: {type: string}, description: The job's status URL}}
          content: {application/json: {schema: JobStatusSchema}}
        400: {description: Malformed JSON, content: {application/json: {schema: ErrorSchema}}}
        413: {description: Too many articles or characters, content: {application/json: {schema: ErrorSchema}}}
        415: {description: Not JSON, content: {application/json: {schema: ErrorSchema}}}
        422: {description: Invalid fields, content: {application/json: {schema: ErrorSchema}}}
    """
    payload = json_body()
    _check_limits(payload)
    args = job_request.load(payload)
    articles = args.pop("articles")
    meta = queue().submit(articles, Options(**args), owner())
    report = _report(meta, queue().store.new_status(meta))
    return report, 202, {"Location": report["links"]["self"]}


@bp.get("/v1/jobs/<job_id>")
def job_status(job_id: str):  # noqa: ANN201
    """Progress of a job.
    ---
    get:
      tags: [jobs]
      summary: Job status
      parameters: [{name: job_id, in: path, required: true, schema: {type: string}}]
      responses:
        200: {description: Status and counts, content: {application/json: {schema: JobStatusSchema}}}
        404: {description: No such job, content: {application/json: {schema: ErrorSchema}}}
    """
    meta = _meta(job_id)
    queue().sweep([job_id])  # hand over articles whose worker died
    return _report(meta)


@bp.get("/v1/jobs/<job_id>/results")
def job_results(job_id: str):  # noqa: ANN201
    """Results so far, one JSON line per finished article, in submission order.
    ---
    get:
      tags: [jobs]
      summary: Job results (JSON Lines, streamed)
      parameters: [{name: job_id, in: path, required: true, schema: {type: string}}]
      responses:
        200:
          description: 'Lines {"id", "status": "done", "result"} or {"id", "status": "failed", "error"}'
          content: {application/x-ndjson: {schema: {type: string}}}
        404: {description: No such job, content: {application/json: {schema: ErrorSchema}}}
    """
    meta = _meta(job_id)
    store = queue().store
    lines = (json.dumps(o, ensure_ascii=False) + "\n" for o in store.outcomes(meta))
    return Response(lines, mimetype="application/x-ndjson")


@bp.delete("/v1/jobs/<job_id>")
def cancel_job(job_id: str):  # noqa: ANN201
    """Cancel a job: articles not yet translated are skipped; results so far are kept.
    ---
    delete:
      tags: [jobs]
      summary: Cancel a job
      parameters: [{name: job_id, in: path, required: true, schema: {type: string}}]
      responses:
        200: {description: The cancelled job, content: {application/json: {schema: JobStatusSchema}}}
        404: {description: No such job, content: {application/json: {schema: ErrorSchema}}}
    """
    _meta(job_id)
    queue().store.cancel(job_id)
    return _report(_meta(job_id))
