"""LibreTranslate's API on the one pipeline, so existing LibreTranslate clients work unchanged.

Errors here take LibreTranslate's shape, `{"error": "message"}`, because that is what its
clients read.
"""

from __future__ import annotations

from functools import partial

from flask import Blueprint, current_app, jsonify, request
from flask_limiter import RateLimitExceeded
from marshmallow import ValidationError

from service.access import keys
from service.api import load_json, pipeline
from service.backpressure import Overloaded, gate
from service.errors import ApiError
from service.schemas import DetectRequestSchema, LibreTranslateRequestSchema
from translators.html import translate_html
from translators.language import confidences
from translators.models import ModelNotInstalled
from translators.quotes import without_quotes

bp = Blueprint("libretranslate", __name__)

LANGUAGES = [
    {"code": "en", "name": "English", "targets": []},
    {"code": "fr", "name": "French", "targets": ["en"]},
]
_translate_request = LibreTranslateRequestSchema()
_detect_request = DetectRequestSchema()


class LibreError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


@bp.errorhandler(LibreError)
def _libre_error(exc: LibreError):  # noqa: ANN202
    return jsonify(error=str(exc)), exc.status, exc.headers


@bp.errorhandler(ApiError)
def _api_error(exc: ApiError):  # noqa: ANN202 - refusals made before the route (headers, encoding): this API's shape
    return jsonify(error=exc.message), exc.status, exc.headers


@bp.errorhandler(RateLimitExceeded)
def _too_many(exc: RateLimitExceeded):  # noqa: ANN202 - LibreTranslate's shape; Flask-Limiter adds Retry-After
    return jsonify(error=f"Too many requests: {exc.description}"), 429


@bp.errorhandler(Overloaded)
def _overloaded(exc: Overloaded):  # noqa: ANN202 - LibreTranslate's error shape, with Retry-After
    return jsonify(error=exc.message), 503, exc.headers


@bp.errorhandler(ValidationError)
def _invalid(exc: ValidationError):  # noqa: ANN202
    messages = "; ".join(
        f"{field}: {' '.join(map(str, msgs))}" for field, msgs in exc.normalized_messages().items()
    )
    return jsonify(error=f"Invalid request: {messages}"), 400


@bp.errorhandler(ModelNotInstalled)
def _no_model(exc: ModelNotInstalled):  # noqa: ANN202
    return jsonify(error=str(exc)), 503


def _payload() -> dict:
    """JSON body, or form fields and query parameters (deep-translator sends the latter)."""
    if request.is_json:
        try:
            data = load_json(request.get_data())
        except ValueError as exc:
            raise LibreError(400, f"Invalid request: {exc}") from exc
        if not isinstance(data, dict):
            raise LibreError(400, "Invalid request: the body is not a JSON object")
        return data
    return {k: v if len(v) > 1 else v[0] for k, v in request.values.lists()}


def _check_key(key: str | None) -> None:
    if keys() and key not in keys():
        raise LibreError(403, "Invalid API key")


def _detected(text: str) -> dict:
    own_words = without_quotes(text)  # a French sentence quoting English is French
    scores = confidences(own_words if own_words.strip() else text)
    language = max(scores, key=scores.get)
    return {"language": language, "confidence": round(scores[language] * 100, 1)}


@bp.post("/translate")
def translate():  # noqa: ANN201
    """Translate text or HTML, LibreTranslate style.
    ---
    post:
      tags: [LibreTranslate]
      summary: Translate (LibreTranslate-compatible)
      requestBody:
        content:
          application/json:
            schema: LibreTranslateRequestSchema
            example: {"q": "Elle a dit « I will always love you. »", "source": "auto", "target": "en"}
          application/x-www-form-urlencoded:
            schema: LibreTranslateRequestSchema
      responses:
        200:
          description: OK
          content:
            application/json:
              schema: LibreTranslateResponseSchema
              example: {"translatedText": "She said « I will always love you. »",
                        "detectedLanguage": {"language": "fr", "confidence": 99.0}}
        400: {description: Invalid request, content: {application/json: {schema: LibreErrorSchema}}}
        403: {description: Invalid API key, content: {application/json: {schema: LibreErrorSchema}}}
        413: {description: Text over the limit, content: {application/json: {schema: LibreErrorSchema}}}
        503: {description: No model installed, content: {application/json: {schema: LibreErrorSchema}}}
    """
    args = _translate_request.load(_payload())
    _check_key(args["api_key"])
    texts = [args["q"]] if isinstance(args["q"], str) else args["q"]
    if not any(t.strip() for t in texts):
        raise LibreError(400, "Invalid request: missing q parameter")
    limit = current_app.config["BILINGUA"].max_chars
    size = sum(len(t) for t in texts)
    if size > limit:
        raise LibreError(413, f"Invalid request: request ({size}) exceeds text limit ({limit})")
    todo = [t for t in texts if t.strip()]
    terms = pipeline().terms(args["keep"], tuple(args["glossary"].items()))
    # the pool's threads have no app context: the pipeline's method is taken here
    translate_texts = partial(pipeline().translate_texts, terms=terms)
    if args["format"] == "html":
        done = gate().run(lambda: [translate_html(t, translate_texts) for t in todo])
    else:
        done = gate().run(translate_texts, todo)
    english = iter(done)
    out = [next(english) if t.strip() else t for t in texts]
    single = isinstance(args["q"], str)
    body: dict = {"translatedText": out[0] if single else out}
    if args["source"] == "auto":
        detected = [_detected(t) for t in texts]
        body["detectedLanguage"] = detected[0] if single else detected
    if args["alternatives"]:
        body["alternatives"] = [] if single else [[] for _ in texts]
    return body


@bp.route("/languages", methods=["GET", "POST"])
def languages():  # noqa: ANN201
    """Languages and the targets each translates to.
    ---
    get:
      tags: [LibreTranslate]
      summary: Supported languages
      responses:
        200:
          description: OK
          content:
            application/json:
              schema: {type: array, items: LanguageSchema}
    post:
      tags: [LibreTranslate]
      summary: Supported languages (POST, as some clients send)
      responses:
        200:
          description: OK
          content:
            application/json:
              schema: {type: array, items: LanguageSchema}
    """
    return jsonify(LANGUAGES)


@bp.post("/detect")
def detect():  # noqa: ANN201
    """Language of a text, among those the service knows.
    ---
    post:
      tags: [LibreTranslate]
      summary: Detect the language
      requestBody:
        content:
          application/json: {schema: DetectRequestSchema, example: {"q": "Bonjour tout le monde"}}
          application/x-www-form-urlencoded: {schema: DetectRequestSchema}
      responses:
        200:
          description: OK
          content:
            application/json:
              schema: {type: array, items: DetectedLanguageSchema}
              example: [{"language": "fr", "confidence": 99.0}, {"language": "en", "confidence": 1.0}]
        400: {description: Invalid request, content: {application/json: {schema: LibreErrorSchema}}}
        403: {description: Invalid API key, content: {application/json: {schema: LibreErrorSchema}}}
    """
    args = _detect_request.load(_payload())
    _check_key(args["api_key"])
    scores = confidences(args["q"])
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    return jsonify([{"language": lang, "confidence": round(c * 100, 1)} for lang, c in ranked])


@bp.get("/frontend/settings")
def frontend_settings():  # noqa: ANN201
    """The settings LibreTranslate's web client reads at start.
    ---
    get:
      tags: [LibreTranslate]
      summary: Front-end settings
      responses:
        200:
          description: OK
          content:
            application/json:
              schema: {type: object}
    """
    config = current_app.config["BILINGUA"]
    return {
        "charLimit": config.max_chars,
        "frontendTimeout": 500,
        "apiKeys": bool(keys()),
        "keyRequired": bool(keys()),
        "suggestions": False,
        "filesTranslation": False,
        "supportedFilesFormat": [],
        "language": {
            "source": {"code": "fr", "name": "French"},
            "target": {"code": "en", "name": "English"},
        },
    }
