"""API keys, rates and quotas on a real server: every translating route, each in its shape."""

import pytest
import requests

from tests.conftest import Server


@pytest.fixture(scope="module")
def keyed(model_env, tmp_path_factory):
    keys_file = tmp_path_factory.mktemp("keys") / "keys.txt"
    keys_file.write_text("# one key per line\nfile-key\n", encoding="utf-8")
    env = {
        **model_env,
        "BILINGUA_API_KEYS": "alpha,beta",
        "BILINGUA_API_KEYS_FILE": str(keys_file),
        "BILINGUA_RATE_LIMIT": "4/minute",
        "BILINGUA_CHAR_QUOTA": "3000/day",
        "BILINGUA_JOBS_DB": str(tmp_path_factory.mktemp("jobs") / "jobs.sqlite3"),
    }
    srv = Server(env)
    yield srv
    log = srv.stop()
    assert "Traceback" not in log, log


def translate(srv, text="Bonjour tout le monde.", **headers):
    return requests.post(srv.url + "/v1/translate", json={"text": text}, headers=headers, timeout=60)


def test_keys_are_needed_on_v1_and_checked(keyed):
    missing = translate(keyed)
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "unauthorized"
    assert missing.headers["WWW-Authenticate"] == "Bearer"
    wrong = translate(keyed, Authorization="Bearer nope")
    assert wrong.status_code == 403 and wrong.json()["error"]["code"] == "forbidden"
    assert translate(keyed, Authorization="Bearer alpha").status_code == 200
    assert translate(keyed, **{"X-API-Key": "file-key"}).status_code == 200
    assert requests.get(keyed.url + "/v1/models", timeout=10).status_code == 401
    for open_route in ("/health", "/metrics", "/languages", "/openapi.json", "/"):
        assert requests.get(keyed.url + open_route, timeout=10).status_code == 200, open_route


def test_libretranslate_routes_take_their_api_key_field(keyed):
    payload = {"q": "Bonjour", "source": "fr", "target": "en"}
    refused = requests.post(keyed.url + "/translate", json=payload, timeout=60)
    assert refused.status_code == 403 and refused.json() == {"error": "Invalid API key"}
    done = requests.post(keyed.url + "/translate", json=payload | {"api_key": "beta"}, timeout=60)
    assert done.status_code == 200 and "translatedText" in done.json()
    settings = requests.get(keyed.url + "/frontend/settings", timeout=10).json()
    assert settings["keyRequired"] is True


def test_the_web_form_asks_for_a_key(keyed):
    page = requests.get(keyed.url + "/", timeout=10)
    assert 'name="api_key"' in page.text
    refused = requests.post(keyed.url + "/", data={"text": "Bonjour.", "summary_sentences": "1"}, timeout=60)
    assert refused.status_code == 401 and "API key is needed" in refused.text and "<html" in refused.text
    done = requests.post(
        keyed.url + "/", data={"text": "Bonjour.", "summary_sentences": "1", "api_key": "alpha"}, timeout=60
    )
    assert done.status_code == 200


def test_requests_past_the_rate_are_refused_per_key_with_retry_after(keyed):
    answers = [translate(keyed, f"Le numéro {i} arrive.", **{"X-API-Key": "beta"}) for i in range(6)]
    codes = [a.status_code for a in answers]
    assert 429 in codes and codes.count(200) <= 4, codes  # beta had one LibreTranslate call already
    refused = answers[codes.index(429)]
    assert refused.json()["error"]["code"] == "too_many_requests" and int(refused.headers["Retry-After"]) > 0
    assert "Retry-After" not in answers[0].headers
    assert translate(keyed, **{"X-API-Key": "file-key"}).status_code == 200  # another key, its own count


def test_character_quota_counts_what_is_translated(keyed):
    text = "Le ministre a parlé longuement. " * 50  # 1 650 characters
    first = translate(keyed, text, Authorization="Bearer alpha")
    second = translate(keyed, text, Authorization="Bearer alpha")
    assert first.status_code == 200 and second.status_code == 429
    assert second.json()["error"]["details"]["limit"] == "3000 per 1 day"


def test_a_job_is_visible_only_with_the_key_that_created_it(keyed):
    created = requests.post(
        keyed.url + "/v1/jobs",
        json={"articles": [{"id": "a", "text": "Bonjour."}]},
        headers={"X-API-Key": "file-key"},
        timeout=60,
    )
    assert created.status_code == 202
    status_url = keyed.url + created.headers["Location"]
    assert requests.get(status_url, headers={"X-API-Key": "file-key"}, timeout=10).status_code == 200
    other = requests.get(status_url, headers={"X-API-Key": "alpha"}, timeout=10)
    assert other.status_code == 404 and other.json()["error"]["code"] == "not_found"
