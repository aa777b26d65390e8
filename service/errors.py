"""Every error leaves as JSON `{"error": {"code", "message", "details"}}`, never a traceback."""

from __future__ import annotations

import logging

from flask import Flask, jsonify
from flask_limiter import RateLimitExceeded
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

from translators.models import ModelNotInstalled

log = logging.getLogger(__name__)

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "too_many_requests",
    431: "headers_too_large",
    503: "model_not_installed",
}


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        message: str,
        details: object = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.details = status, message, details
        self.code, self.headers = code, headers or {}


def error_code(status: int) -> str:
    return _CODES.get(status, "error")


def error_response(status: int, message: str, details: object = None, code: str | None = None):  # noqa: ANN201
    body = {"error": {"code": code or error_code(status), "message": message, "details": details}}
    return jsonify(body), status


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError):  # noqa: ANN202
        body, status = error_response(exc.status, exc.message, exc.details, exc.code)
        return body, status, exc.headers

    @app.errorhandler(ValidationError)
    def _invalid(exc: ValidationError):  # noqa: ANN202
        return error_response(422, "The request does not match the schema.", exc.messages)

    @app.errorhandler(ModelNotInstalled)
    def _no_model(exc: ModelNotInstalled):  # noqa: ANN202
        return error_response(503, str(exc))

    @app.errorhandler(RateLimitExceeded)
    def _too_many(exc: RateLimitExceeded):  # noqa: ANN202 - Flask-Limiter adds Retry-After and X-RateLimit-*
        return error_response(429, f"Too many requests: {exc.description}.", {"limit": exc.description})

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):  # noqa: ANN202
        return error_response(exc.code or 500, exc.description or exc.name)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):  # noqa: ANN202
        log.exception("unhandled error")
        return error_response(500, "Internal error; it has been logged.")
