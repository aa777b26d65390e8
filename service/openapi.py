"""The OpenAPI 3 document, generated from the marshmallow schemas and the views' docstrings."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from apispec_webframeworks.flask import FlaskPlugin
from flask import Blueprint, Flask, current_app, render_template

bp = Blueprint("openapi", __name__)

DESCRIPTION = (
    "Offline French→English translation of press articles with parallel FR/EN summaries. "
    "`/v1/*` is bilingua's own API; `/translate`, `/detect`, `/languages` and `/frontend/settings` "
    "are LibreTranslate-compatible."
)


def _version() -> str:
    try:
        return version("bilingua")
    except PackageNotFoundError:
        return "0.0.0"


def build_spec(app: Flask) -> dict:
    spec = APISpec(
        title="bilingua",
        version=_version(),
        openapi_version="3.0.3",
        info={"description": DESCRIPTION},
        plugins=[FlaskPlugin(), MarshmallowPlugin()],
    )
    with app.test_request_context():
        for endpoint, view in app.view_functions.items():
            if endpoint != "static":
                spec.path(view=view, app=app)
        spec.path(view=app.view_functions["static"], app=app, operations=STATIC_OPERATIONS)
    return spec.to_dict()


STATIC_OPERATIONS = {
    "get": {
        "tags": ["web"],
        "summary": "Files of the web form (CSS, JavaScript)",
        "parameters": [{"name": "filename", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "The file"}, "404": {"description": "No such file"}},
    }
}


def spec_of(app: Flask) -> dict:
    """Built once per app: the routes do not change after start-up."""
    if "bilingua.openapi" not in app.extensions:
        app.extensions["bilingua.openapi"] = build_spec(app)
    return app.extensions["bilingua.openapi"]


@bp.get("/openapi.json")
def openapi_json():  # noqa: ANN201
    """This document.
    ---
    get:
      tags: [docs]
      summary: OpenAPI 3 description of the API
      responses:
        200: {description: The OpenAPI document, content: {application/json: {schema: {type: object}}}}
    """
    return spec_of(current_app)


@bp.get("/docs")
def docs():  # noqa: ANN201
    """A readable API reference, rendered from the OpenAPI document.
    ---
    get:
      tags: [docs]
      summary: API reference page
      responses:
        200: {description: HTML page, content: {text/html: {schema: {type: string}}}}
    """
    return render_template("docs.html", spec=spec_of(current_app))
