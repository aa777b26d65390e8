"""The web form: the same pipeline, rendered as HTML. Works without JavaScript."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from flask import Blueprint, current_app, render_template, request
from marshmallow import ValidationError
from werkzeug.exceptions import RequestEntityTooLarge

from service.api import char_limit, pipeline
from service.backpressure import Overloaded, gate
from service.errors import ApiError
from service.pipeline import Options, Result, Segment
from service.schemas import (
    MAX_SUMMARY_SENTENCES,
    MAX_SUMMARY_WORDS,
    flat_messages,
    translate_request,
    translate_response,
)
from summarizers import DEFAULT_METHOD, METHODS
from translators.models import ModelNotInstalled
from translators.terms import parse_glossary

bp = Blueprint("web", __name__)

Parts = list[tuple[str, bool]]


def marked(text: str, kept: list[str]) -> Parts:
    """`text` cut into (piece, is_kept_quote) so the template can mark English quotations."""
    parts: Parts = []
    pos = 0
    for needle in kept:
        at = text.find(needle, pos)
        if at < 0:
            continue
        if at > pos:
            parts.append((text[pos:at], False))
        parts.append((needle, True))
        pos = at + len(needle)
    if pos < len(text):
        parts.append((text[pos:], False))
    return parts


@dataclass(frozen=True)
class Row:
    segment: Segment
    fr: Parts
    en: Parts


def _rows(result: Result) -> tuple[list[Row], list[Row]]:
    article, chrome = [], []
    for seg in result.segments:
        quotes = [result.text[q.start : q.end] for q in seg.quotes if q.kept]
        if seg.language == "en":
            quotes = [seg.fr]
        row = Row(seg, marked(seg.fr, quotes), marked(seg.en or "", quotes))
        (chrome if seg.kind.is_chrome else article).append(row)
    return article, chrome


def _form_defaults() -> dict:
    return {
        "text": "",
        "summary_sentences": 3,
        "summary_words": "",
        "summarizer": DEFAULT_METHOD,
        "include_chrome": False,
        "keep": "",
        "glossary": "",
    }


def _page(status: int = 200, **context: object):  # noqa: ANN202
    context.setdefault("form", _form_defaults())
    context.update(
        methods=METHODS,
        max_sentences=MAX_SUMMARY_SENTENCES,
        max_words=MAX_SUMMARY_WORDS,
        max_chars=current_app.config["BILINGUA"].max_chars,
        max_paste=char_limit("html"),
        keys_required=bool(current_app.extensions.get("bilingua.keys")),
    )
    template = "_result.html" if request.args.get("partial") else "index.html"
    return render_template(template, **context), status


#: Pasted text that is a whole page's HTML.
PAGE_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def _submitted_text() -> tuple[str, str]:
    """The text or page submitted, and its format: an .html file, or a pasted page
    ("<!DOCTYPE html>…", "<html…"), goes to the extractor."""
    upload = request.files.get("file")
    if upload and upload.filename:
        try:
            raw = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValueError(f"{upload.filename} is not UTF-8 text.") from exc
        is_html = upload.filename.lower().endswith((".html", ".htm")) or raw.lstrip()[:1] == "<"
        return raw, "html" if is_html else "text"
    text = request.form.get("text", "")
    return text, "html" if PAGE_START.match(text) else "text"


@bp.get("/")
def index():  # noqa: ANN201
    """The web form.
    ---
    get:
      tags: [web]
      summary: Web form for people
      responses:
        200: {description: HTML page, content: {text/html: {schema: {type: string}}}}
    """
    return _page()


@bp.post("/")
def submit():  # noqa: ANN201
    """The web form's result (`?partial=1`: only the result fragment, for the page's script).
    ---
    post:
      tags: [web]
      summary: Translate from the web form
      parameters:
        - {name: partial, in: query, required: false, schema: {type: string}}
      requestBody:
        content:
          multipart/form-data:
            schema:
              type: object
              properties:
                text: {type: string}
                file: {type: string, format: binary}
                summary_sentences: {type: integer}
                summary_words: {type: integer}
                keep: {type: string, description: "Strings kept as they are, one per line"}
                glossary: {type: string, description: "French = English, one pair per line"}
                summarizer: {type: string, enum: [pacsum, lexrank, textrank, lsa, luhn, lead]}
                include_chrome: {type: string}
      responses:
        200: {description: Result page, content: {text/html: {schema: {type: string}}}}
        400: {description: Unreadable file, content: {text/html: {schema: {type: string}}}}
        413: {description: Text too long, content: {text/html: {schema: {type: string}}}}
        422: {description: Invalid fields, content: {text/html: {schema: {type: string}}}}
        503: {description: No model installed, content: {text/html: {schema: {type: string}}}}
    """
    form = {
        "text": request.form.get("text", ""),
        "summary_sentences": request.form.get("summary_sentences", "3"),
        "summary_words": request.form.get("summary_words", "").strip(),
        "summarizer": request.form.get("summarizer", DEFAULT_METHOD),
        "include_chrome": "include_chrome" in request.form,
        "keep": request.form.get("keep", ""),
        "glossary": request.form.get("glossary", ""),
    }
    try:
        text, fmt = _submitted_text()
    except ValueError as exc:
        return _page(400, form=form, error=str(exc))
    form["text"] = text
    limit = char_limit(fmt)
    if len(text) > limit:
        return _page(413, form=form, error=f"The text is {len(text)} characters long; the limit is {limit}.")
    payload = dict(
        form, format=fmt, keep=[line.strip() for line in form["keep"].splitlines() if line.strip()]
    )
    try:
        payload["glossary"] = dict(parse_glossary(form["glossary"].splitlines()))
    except ValueError as exc:
        return _page(422, form=form, error=str(exc))
    for field in ("summary_sentences", "summary_words"):
        try:
            payload[field] = int(form[field]) if form[field] != "" else None
        except (TypeError, ValueError):
            pass  # the schema says what is wrong with it
    if payload["summary_sentences"] is None:
        payload["summary_sentences"] = 3
    try:
        args = translate_request.load(payload)
    except ValidationError as exc:
        errors = flat_messages(exc.normalized_messages())
        return _page(422, form=form, error=errors)
    try:
        result = gate().run(pipeline().run, args.pop("text"), Options(**args))
    except ModelNotInstalled as exc:
        return _page(503, form=form, error=str(exc))
    except Overloaded as exc:
        page, status = _page(503, form=form, error=exc.message)
        return page, status, exc.headers
    article, chrome = _rows(result)
    as_json = json.dumps(translate_response.dump(result), ensure_ascii=False, indent=2)
    return _page(form=form, result=result, article=article, chrome=chrome, as_json=as_json)


@bp.errorhandler(ApiError)
def _refused(exc: ApiError):  # noqa: ANN202 - a key missing or wrong, a rate or quota passed: the page says so
    page, status = _page(exc.status, form=_form_defaults() | request.form.to_dict(), error=exc.message)
    return page, status, exc.headers


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(exc: RequestEntityTooLarge):  # noqa: ANN202
    return _page(413, error="The upload is too large.")
