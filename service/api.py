"""The JSON API: validate, run the pipeline, shape the response."""

from __future__ import annotations

import json
import re

from flask import Blueprint, current_app, request

from service.backpressure import gate
from service.errors import ApiError
from service.pipeline import Options, Pipeline
from service.schemas import translate_request, translate_response
from translators.models import ModelNotInstalled, installed_models

bp = Blueprint("api", __name__)


def pipeline() -> Pipeline:
    return current_app.extensions["bilingua.pipeline"]


def json_body() -> object:
    """The request's JSON document, or the 415/400 that says what is wrong with it."""
    if request.mimetype != "application/json":
        raise ApiError(
            415,
            "Send the request as JSON (Content-Type: application/json).",
            {"content_type": request.content_type},
        )
    try:
        return load_json(request.get_data())
    except ValueError as exc:
        raise ApiError(400, "The request body is not valid JSON.", {"reason": str(exc)}) from exc


_SURROGATE = re.compile("[\ud800-\udfff]")


def load_json(raw: bytes) -> object:
    """A request body as JSON, or ValueError with a reason a person can read.

    Besides malformed or non-UTF-8 bodies this refuses what the json module lets through
    and later stages cannot take: nesting deep enough to exhaust the parser's recursion
    (`[` × 100 000), and `\\ud800`-style escapes that make strings of lone surrogates,
    which are not Unicode text.
    """
    try:
        document = json.loads(raw.decode("utf-8"))
    except RecursionError as exc:
        raise ValueError("the JSON document is nested too deeply") from exc
    pending = [document]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise ValueError("a string holds a lone surrogate (\\ud800-\\udfff escape): not Unicode text")
        elif isinstance(item, dict):
            pending += [*item.keys(), *item.values()]
        elif isinstance(item, list):
            pending += item
    return document


#: A page's HTML may be this many times BILINGUA_MAX_CHARS: markup is most of a page.
HTML_LIMIT_FACTOR = 5


def char_limit(fmt: object = "text") -> int:
    """Longest accepted text in characters: BILINGUA_MAX_CHARS, or HTML_LIMIT_FACTOR times it
    for a page's HTML."""
    return current_app.config["BILINGUA"].max_chars * (HTML_LIMIT_FACTOR if fmt == "html" else 1)


def check_length(text: object, fmt: object = "text") -> None:
    limit = char_limit(fmt)
    if isinstance(text, str) and len(text) > limit:
        raise ApiError(
            413,
            f"The text is {len(text)} characters long; the limit is {limit}.",
            {"length": len(text), "limit": limit},
        )


@bp.post("/v1/translate")
def translate():  # noqa: ANN201
    """Translate a French article and summarise it in both languages.
    ---
    post:
      tags: [bilingua]
      summary: Translate an article, with parallel FR/EN summaries
      requestBody:
        required: true
        content:
          application/json:
            schema: TranslateRequestSchema
            example: {"text": "Elle a déclaré : « I will always love you. » Musk précise que la vidéo a été générée.",
                      "summary_sentences": 1, "summarizer": "pacsum", "include_chrome": false}
      responses:
        200:
          description: Sentence-aligned translation and summaries
          content: {application/json: {schema: TranslateResponseSchema}}
        400: {description: Malformed JSON, content: {application/json: {schema: ErrorSchema}}}
        413: {description: Text over the limit, content: {application/json: {schema: ErrorSchema}}}
        415: {description: Not JSON, content: {application/json: {schema: ErrorSchema}}}
        422: {description: Invalid fields, content: {application/json: {schema: ErrorSchema}}}
        503:
          description: >
            No model installed (code model_not_installed); every translation place taken
            (overloaded) or BILINGUA_REQUEST_TIMEOUT passed (timeout), with a Retry-After header
          content: {application/json: {schema: ErrorSchema}}
    """
    payload = json_body()
    if isinstance(payload, dict):
        check_length(payload.get("text"), payload.get("format"))
    args = translate_request.load(payload)
    result = gate().run(pipeline().run, args.pop("text"), Options(**args))
    return translate_response.dump(result)


@bp.get("/health")
def health():  # noqa: ANN201
    """Liveness, and whether a model is loaded.
    ---
    get:
      tags: [bilingua]
      summary: Health
      responses:
        200:
          description: OK
          content:
            application/json:
              schema: HealthSchema
    """
    try:
        model = pipeline().engine().model
    except ModelNotInstalled:
        model = None
    load = gate().state()
    return {
        "status": "saturated" if load["saturated"] else "ok",
        "model_loaded": model is not None,
        "model": {"name": model.name, "version": model.version} if model else None,
        "load": load,
    }


@bp.get("/v1/models")
def models():  # noqa: ANN201
    """Installed translation packages.
    ---
    get:
      tags: [bilingua]
      summary: Installed models
      responses:
        200:
          description: OK
          content:
            application/json:
              schema: ModelListSchema
    """
    loaded = pipeline().loaded_model
    return {
        "models": [m.as_dict() | {"active": m == loaded} for m in installed_models(pipeline().packages_dir)],
    }
