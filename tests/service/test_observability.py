"""Request ids, metrics and JSON logs, through a real HTTP client against `bilingua serve`."""

import json
import re
import uuid

import requests

from tests.conftest import Server


def metric(text, name, **labels):
    """The value of one sample in Prometheus' text format (0.0 when absent)."""
    for line in text.splitlines():
        if not line.startswith(name):
            continue
        head, _, value = line.rpartition(" ")
        found = dict(re.findall(r'(\w+)="([^"]*)"', head))
        if head.split("{")[0] == name and all(found.get(k) == v for k, v in labels.items()):
            return float(value)
    return 0.0


def test_every_response_carries_a_request_id(server):
    mine = requests.get(server.url + "/health", headers={"X-Request-ID": "client-42.a"}, timeout=10)
    assert mine.headers["X-Request-ID"] == "client-42.a"
    fresh = requests.get(server.url + "/health", timeout=10)
    hostile = requests.get(server.url + "/health", headers={"X-Request-ID": "a b<script>" * 20}, timeout=10)
    for response in (fresh, hostile):
        assert re.fullmatch(r"[0-9a-f]{32}", response.headers["X-Request-ID"])
    assert fresh.headers["X-Request-ID"] != hostile.headers["X-Request-ID"]
    error = requests.post(
        server.url + "/v1/translate", data="{", headers={"Content-Type": "application/json"}, timeout=10
    )
    assert error.status_code == 400 and re.fullmatch(r"[0-9a-f]{32}", error.headers["X-Request-ID"])


def test_metrics_count_requests_words_and_model_calls(server):
    before = requests.get(server.url + "/metrics", timeout=10).text
    # a paragraph of its own that no earlier test sent: not in the translation cache
    fresh = f"Le dossier {uuid.uuid4().hex[:8]} arrive demain sur le bureau du ministre, qui le lira."
    done = requests.post(server.url + "/v1/translate", json={"text": fresh}, timeout=60)
    assert done.status_code == 200
    requests.get(server.url + "/no/such/page", timeout=10)
    response = requests.get(server.url + "/metrics", timeout=10)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/plain")
    after = response.text
    ok = {"route": "/v1/translate", "method": "POST", "status": "200"}
    assert (
        metric(after, "bilingua_requests_total", **ok) == metric(before, "bilingua_requests_total", **ok) + 1
    )
    assert metric(after, "bilingua_requests_total", route="unmatched", status="404") >= 1
    assert metric(after, "bilingua_request_seconds_count", route="/v1/translate") >= 1
    assert metric(after, "bilingua_words_translated_total") > metric(
        before, "bilingua_words_translated_total"
    )
    assert metric(after, "bilingua_batch_sentences_count") > metric(before, "bilingua_batch_sentences_count")
    assert metric(after, "bilingua_model_load_seconds") > 0
    assert "bilingua_job_queue_depth" in after


def test_json_logs_carry_the_request_id_and_metrics_can_need_a_token(model_env):
    srv = Server({**model_env, "BILINGUA_LOG_FORMAT": "json", "BILINGUA_METRICS_TOKEN": "s3cret"})
    try:
        closed = requests.get(srv.url + "/metrics", timeout=10)
        opened = requests.get(srv.url + "/metrics", headers={"Authorization": "Bearer s3cret"}, timeout=10)
        requests.post(
            srv.url + "/v1/translate",
            json={"text": "Bonjour."},
            headers={"X-Request-ID": "trace-7"},
            timeout=60,
        )
    finally:
        log = srv.stop()
    assert closed.status_code == 401 and closed.json()["error"]["code"] == "unauthorized"
    assert opened.status_code == 200 and "bilingua_requests_total" in opened.text
    entries = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    access = [e for e in entries if e["request_id"] == "trace-7"]
    assert access and access[-1]["path"] == "/v1/translate" and access[-1]["status"] == 200
    assert access[-1]["duration_ms"] > 0 and {"time", "level", "logger", "message"} <= set(access[-1])
    assert "Traceback" not in log
