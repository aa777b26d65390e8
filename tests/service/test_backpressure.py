"""Under more translations than places, against a real server: the extra ones get 503 with
Retry-After at once, while /health and a 400 still answer within a second."""

import threading
import time

import requests

from tests.conftest import Server


def article(tag: str, sentences: int = 600) -> str:
    """A long article no other request sent (the translation cache does not help)."""
    return "\n".join(
        f"Le dossier {tag}-{i} arrive demain sur le bureau du ministre, qui le lira attentivement."
        for i in range(sentences)
    )


def test_translations_beyond_the_places_are_refused_at_once(model_env):
    env = {**model_env, "BILINGUA_MAX_INFLIGHT": "1", "BILINGUA_QUEUE_DEPTH": "1", "BILINGUA_THREADS": "8"}
    env["BILINGUA_FIXED_DECODING_LENGTH"] = (
        "120"  # every sentence costs the random model the same: seconds each
    )
    srv = Server(env)
    answers: list[tuple[int, float, requests.Response]] = []

    def client(k: int) -> None:
        started = time.monotonic()
        response = requests.post(srv.url + "/v1/translate", json={"text": article(f"c{k}", 400)}, timeout=300)
        answers.append((response.status_code, time.monotonic() - started, response))

    try:
        clients = [threading.Thread(target=client, args=(k,)) for k in range(5)]
        for c in clients:
            c.start()
            time.sleep(0.05)
        time.sleep(0.5)
        started = time.monotonic()
        health = requests.get(srv.url + "/health", timeout=10)
        health_s = time.monotonic() - started
        started = time.monotonic()
        bad = requests.post(
            srv.url + "/v1/translate", data="{", headers={"Content-Type": "application/json"}, timeout=10
        )
        bad_s = time.monotonic() - started
        for c in clients:
            c.join()
    finally:
        log = srv.stop()
    assert health_s < 1 and health.json()["status"] == "saturated"
    assert health.json()["load"] == {
        "in_flight": 1,
        "queued": 1,
        "max_inflight": 1,
        "queue_depth": 1,
        "saturated": True,
    }
    assert bad_s < 1 and bad.status_code == 400
    codes = sorted(status for status, _, _ in answers)
    assert codes.count(200) == 2 and codes.count(503) == 3, codes
    for status, seconds, response in answers:
        if status == 503:
            assert seconds < 1 and int(response.headers["Retry-After"]) >= 1
            assert response.json()["error"]["code"] == "overloaded"
    assert "Traceback" not in log


def test_a_translation_past_the_time_limit_gets_503_and_the_server_goes_on(model_env):
    srv = Server({**model_env, "BILINGUA_REQUEST_TIMEOUT": "0.2"})
    try:
        started = time.monotonic()
        late = requests.post(srv.url + "/v1/translate", json={"text": article("late", 1500)}, timeout=300)
        late_s = time.monotonic() - started
        libre = requests.post(
            srv.url + "/translate",
            json={"q": article("libre", 1500), "source": "fr", "target": "en"},
            timeout=300,
        )
        time.sleep(0.5)
        health = requests.get(srv.url + "/health", timeout=10).json()
    finally:
        log = srv.stop()
    assert late.status_code == 503 and late_s < 2, late_s
    assert late.json()["error"]["code"] == "timeout" and late.headers["Retry-After"]
    assert libre.status_code == 503 and "error" in libre.json() and libre.headers["Retry-After"]
    assert health["model_loaded"] and "Traceback" not in log
