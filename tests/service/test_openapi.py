"""The OpenAPI document is valid, generated, and covers every route the app registers."""

import re

import pytest
import requests
from openapi_spec_validator import validate

IGNORED_METHODS = {"HEAD", "OPTIONS"}


@pytest.fixture(scope="module")
def spec(server):
    return requests.get(server.url + "/openapi.json", timeout=10).json()


def test_document_is_valid_openapi_3(spec):
    assert spec["openapi"].startswith("3.")
    validate(spec)


def test_every_route_is_documented(spec, packages_dir):
    from service.app import create_app
    from service.config import load_config

    app = create_app(load_config({"BILINGUA_PACKAGES_DIR": str(packages_dir)}))
    routes = 0
    for rule in app.url_map.iter_rules():
        path = re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule.rule)
        assert path in spec["paths"], path
        for method in rule.methods - IGNORED_METHODS:
            assert method.lower() in spec["paths"][path], (method, path)
            routes += 1
    assert routes >= 12


def test_schemas_come_from_marshmallow(spec):
    schemas = spec["components"]["schemas"]
    request = schemas["TranslateRequest"]
    assert set(request["properties"]) == {
        "text",
        "summary_sentences",
        "summary_words",
        "summarizer",
        "include_chrome",
        "format",
        "keep",
        "glossary",
    }
    assert request["properties"]["summarizer"]["enum"] == [
        "pacsum",
        "lexrank",
        "textrank",
        "lsa",
        "luhn",
        "lead",
    ]
    assert "LibreTranslateRequest" in schemas and "TranslateResponse" in schemas
    example = spec["paths"]["/v1/translate"]["post"]["requestBody"]["content"]["application/json"]["example"]
    assert "text" in example


def test_reference_page_is_served_locally(server, spec):
    r = requests.get(server.url + "/docs", timeout=10)
    assert r.status_code == 200 and "text/html" in r.headers["Content-Type"]
    for path in spec["paths"]:
        assert path in r.text
    assert 'src="http' not in r.text and 'href="http' not in r.text  # nothing from a CDN
