"""The JSON API through a real HTTP client against `bilingua serve` in its own process."""

import json
import socket

import pytest
import requests

from summarizers import METHODS
from tests.conftest import ROOT, Server
from tests.service.test_pipeline import CHROME_LINES, ENGLISH_QUOTES


def post(server, payload=None, **kwargs):
    return requests.post(server.url + "/v1/translate", json=payload, timeout=60, **kwargs)


def assert_error(response, status, code):
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    assert "Traceback" not in response.text
    return body["error"]


@pytest.fixture(scope="module")
def seed_response(server, seed_text):
    response = post(server, {"text": seed_text})
    assert response.status_code == 200, response.text
    return response.json()


def test_seed_shape(seed_response):
    body = seed_response
    assert (body["source_language"], body["target_language"]) == ("fr", "en")
    assert body["model"] == {"name": "translate-fr_en-random", "version": "0.0.1"}
    assert set(body["timings_ms"]) == {"segment", "translate", "summarize"}
    assert [s["index"] for s in body["segments"]] == list(range(len(body["segments"])))
    for seg in body["segments"]:
        assert set(seg) == {
            "index",
            "paragraph",
            "kind",
            "start",
            "end",
            "fr",
            "en",
            "language",
            "quotes",
            "terms",
        }


def test_seed_offsets_point_into_the_input(seed_response, seed_text):
    for seg in seed_response["segments"]:
        assert seed_text[seg["start"] : seg["end"]] == seg["fr"]
        for q in seg["quotes"]:
            assert q["text"] in seed_text[q["start"] : q["end"]]


def test_seed_english_quotes_verbatim(seed_response):
    body = seed_response
    for quote in ENGLISH_QUOTES:
        assert body["translation"].count(quote) == 1
        seg = next(s for s in body["segments"] if quote in s["fr"])
        assert quote in seg["en"]
        q = next(q for q in seg["quotes"] if q["text"] == quote[2:-2])
        assert (q["language"], q["kept"]) == ("en", True)
    french = {q["text"]: q for s in body["segments"] for q in s["quotes"] if q["language"] == "fr"}
    assert "déprimants" in french and not french["déprimants"]["kept"]
    assert "une menteuse qui aime être méchante" in french


def test_seed_no_chrome_in_translation_or_summary(seed_response):
    body = seed_response
    texts = [body["translation"], *body["summary"]["fr"], *body["summary"]["en"]]
    for line in CHROME_LINES:
        assert not any(line in t for t in texts), line
    for seg in body["segments"]:
        if seg["kind"] in ("related", "boilerplate", "byline"):
            assert seg["en"] is None


def test_seed_every_body_sentence_translated_once(seed_response):
    body = seed_response
    segs = [s for s in body["segments"] if s["kind"] == "body"]
    assert len(segs) == 16
    position = 0
    for seg in segs:
        assert seg["en"]
        found = body["translation"].find(seg["en"], position)
        assert found >= 0  # in order, once each
        position = found + len(seg["en"])


@pytest.mark.parametrize("method", METHODS)
def test_summaries_aligned_for_every_method(server, seed_text, method):
    response = post(server, {"text": seed_text, "summarizer": method, "summary_sentences": 3})
    assert response.status_code == 200
    body = response.json()
    summary = body["summary"]
    assert summary["method"] == method
    assert len(summary["indices"]) == len(summary["fr"]) == len(summary["en"]) == 3
    segs = body["segments"]
    for i, fr, en in zip(summary["indices"], summary["fr"], summary["en"], strict=True):
        assert segs[i]["kind"] == "body" and segs[i]["fr"] == fr and segs[i]["en"] == en


@pytest.mark.parametrize("method", METHODS)
def test_a_summary_in_words_stays_within_its_budget_and_aligned(server, seed_text, method):
    body = post(server, {"text": seed_text, "summarizer": method, "summary_words": 45}).json()
    summary, segs = body["summary"], body["segments"]
    assert summary["indices"] and len(summary["indices"]) == len(summary["fr"]) == len(summary["en"])
    assert sum(len(fr.split()) for fr in summary["fr"]) <= 45 or len(summary["fr"]) == 1
    for i, fr, en in zip(summary["indices"], summary["fr"], summary["en"], strict=True):
        assert segs[i]["kind"] == "body" and segs[i]["fr"] == fr and segs[i]["en"] == en


def test_the_default_summary_is_position_aware_and_never_chrome(seed_response):
    summary = seed_response["summary"]
    assert summary["method"] == "pacsum" and len(summary["indices"]) == 3
    for line in CHROME_LINES:
        assert not any(line in fr for fr in summary["fr"]), line


def test_a_page_in_html_gives_its_article_translated_and_its_metadata(server):
    page = (ROOT / "tests" / "data" / "page.html").read_text(encoding="utf-8")
    response = post(server, {"text": page, "format": "html"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["metadata"]["title"] == "La mairie ferme la piscine municipale pour deux ans"
    assert body["metadata"]["author"] == "Claire Martin" and body["metadata"]["date"] == "2024-05-14"
    text = body["text"]
    assert all(text[s["start"] : s["end"]] == s["fr"] for s in body["segments"])  # offsets into the article
    assert "« Save our pool! »" in body["translation"]
    assert "Abonnez-vous" not in text and "Le marché de Noël" not in text
    body_segments = [s for s in body["segments"] if s["kind"] == "body"]
    assert len(body_segments) >= 6 and all(s["en"] for s in body_segments)
    plain = post(server, {"text": "Le chat dort au soleil."}).json()
    assert "metadata" not in plain and "text" not in plain


def test_health_and_models(server):
    health = requests.get(server.url + "/health", timeout=10).json()
    assert health["model_loaded"] is True
    models = requests.get(server.url + "/v1/models", timeout=10).json()["models"]
    assert [(m["name"], m["active"]) for m in models] == [("translate-fr_en-random", True)]


HOSTILE_BODIES = {
    "truncated": b'{"text": "Bonjour',
    "not-utf8": b"\xff\xfe",
    "nested-100000": b"[" * 100_000,
    "lone-surrogate": b'{"text": "\\ud800 Bonjour le monde."}',
}


@pytest.mark.parametrize("body", HOSTILE_BODIES.values(), ids=HOSTILE_BODIES.keys())
def test_malformed_json_is_400_on_every_json_route(server, body):
    headers = {"Content-Type": "application/json"}
    for route in ("/v1/translate", "/v1/jobs"):
        r = requests.post(server.url + route, data=body, timeout=10, headers=headers)
        assert_error(r, 400, "bad_request")
    for route in ("/translate", "/detect"):  # LibreTranslate's error shape
        r = requests.post(server.url + route, data=body, timeout=10, headers=headers)
        assert r.status_code == 400 and r.json()["error"].startswith("Invalid request"), r.text


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({"Content-Encoding": "gzip"}, 415, "unsupported_content_encoding"),
        ({"Content-Encoding": "br"}, 415, "unsupported_content_encoding"),
        ({"Content-Type": "application/json; charset=latin-1"}, 415, "unsupported_charset"),
        ({"Content-Type": "application/json; charset=utf-16"}, 415, "unsupported_charset"),
        ({"X-Padding": "a" * 100_000}, 431, "headers_too_large"),
    ],
)
def test_bodies_and_headers_the_routes_cannot_read_are_refused_as_json(server, headers, status, code):
    body = b'{"text": "Bonjour le monde."}'
    headers = {"Content-Type": "application/json"} | headers
    for route in ("/v1/translate", "/v1/jobs"):
        assert_error(requests.post(server.url + route, data=body, headers=headers, timeout=10), status, code)
    libre = requests.post(server.url + "/translate", data=body, headers=headers, timeout=10)
    assert libre.status_code == status and set(libre.json()) == {"error"}, (
        libre.text
    )  # LibreTranslate's shape


def test_headers_past_the_server_limit_are_refused_as_json_in_the_routes_shape(server):
    # past waitress's own limit the app never sees the request: the server itself answers
    padding = {"X-Padding": "a" * 2_000_000}
    for route in ("/health", "/v1/translate"):
        assert_error(requests.post(server.url + route, headers=padding, timeout=10), 431, "headers_too_large")
    libre = requests.post(server.url + "/translate", headers=padding, timeout=10)
    assert libre.status_code == 431 and list(libre.json()) == ["error"], libre.text
    assert isinstance(libre.json()["error"], str)  # LibreTranslate's shape


def test_a_request_line_the_server_cannot_parse_is_refused_as_json(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as conn:
        conn.sendall(b"POST /v1/translate HTTP/1.1\r\nHost: x\r\nContent-Length: nine\r\n\r\n")
        raw = b""
        while chunk := conn.recv(65536):
            raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") and b"Content-Type: application/json" in head, raw
    assert json.loads(body)["error"]["code"] == "bad_request"


def test_wrong_content_type_is_415(server):
    r = requests.post(server.url + "/v1/translate", data={"text": "Bonjour"}, timeout=10)
    assert_error(r, 415, "unsupported_media_type")
    r = requests.post(
        server.url + "/v1/translate", data="Bonjour", timeout=10, headers={"Content-Type": "text/plain"}
    )
    assert_error(r, 415, "unsupported_media_type")


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "text"),
        ({"text": 12}, "text"),
        ({"text": "Bonjour.", "summary_sentences": "3"}, "summary_sentences"),
        ({"text": "Bonjour.", "summary_sentences": -1}, "summary_sentences"),
        ({"text": "Bonjour.", "summary_sentences": 500}, "summary_sentences"),
        ({"text": "Bonjour.", "summarizer": "bart"}, "summarizer"),
        ({"text": "Bonjour.", "summary_words": 0}, "summary_words"),
        ({"text": "Bonjour.", "format": "pdf"}, "format"),
        ({"text": "Bonjour.", "summary_words": "60"}, "summary_words"),
        ({"text": "Bonjour.", "summary_words": 100_000}, "summary_words"),
        ({"text": "Bonjour.", "include_chrome": "maybe"}, "include_chrome"),
        ({"text": "Bonjour.", "colour": "blue"}, "colour"),
    ],
)
def test_schema_errors_are_422_per_field(server, payload, field):
    error = assert_error(post(server, payload), 422, "validation_error")
    assert field in error["details"]


@pytest.mark.parametrize("text", ["", "   \n\t\u00a0 "])
def test_empty_text_is_422(server, text):
    error = assert_error(post(server, {"text": text}), 422, "validation_error")
    assert "text" in error["details"]


def test_not_an_object_is_422(server):
    assert_error(post(server, ["Bonjour"]), 422, "validation_error")


def test_text_over_the_limit_is_413(server):
    error = assert_error(post(server, {"text": "é" * 200_001}), 413, "payload_too_large")
    assert error["details"] == {"length": 200_001, "limit": 200_000}
    # a body far over any limit is refused before it is read
    r = requests.post(
        server.url + "/v1/translate",
        data=b"x" * (8 * 1024 * 1024),
        timeout=30,
        headers={"Content-Type": "application/json"},
    )
    assert_error(r, 413, "payload_too_large")


def test_text_at_the_limit_is_accepted(server):
    sentence = "Le chat dort au soleil. "
    text = (sentence * (200_000 // len(sentence)))[:200_000]
    r = post(server, {"text": text, "summary_sentences": 1})
    assert r.status_code == 200, r.text[:300]


def test_unknown_route_and_method(server):
    assert_error(requests.get(server.url + "/v2/nothing", timeout=10), 404, "not_found")
    assert_error(requests.get(server.url + "/v1/translate", timeout=10), 405, "method_not_allowed")


def test_no_model_is_503_with_install_hint(isolated_env, tmp_path, seed_text):
    srv = Server(isolated_env | {"BILINGUA_PACKAGES_DIR": str(tmp_path / "empty")})
    try:
        error = assert_error(post(srv, {"text": seed_text}), 503, "model_not_installed")
        assert "bilingua model install" in error["message"]
        assert requests.get(srv.url + "/health", timeout=10).json()["model_loaded"] is False
        # validation still answers first
        assert_error(post(srv, {"text": ""}), 422, "validation_error")
    finally:
        log = srv.stop()
    assert "Traceback" not in log


def test_concurrent_requests_get_the_serial_answer(server, seed_text):
    from concurrent.futures import ThreadPoolExecutor

    paragraphs = [p for p in seed_text.split("\n\n") if len(p) > 80][:6]
    serial = [post(server, {"text": p}).json()["translation"] for p in paragraphs]
    with ThreadPoolExecutor(6) as pool:
        parallel = list(pool.map(lambda p: post(server, {"text": p}).json()["translation"], paragraphs * 3))
    assert parallel == serial * 3
