"""LibreTranslate's real client libraries, used as their users use them, against `bilingua serve`."""

import pytest
import requests
from deep_translator import LibreTranslator
from libretranslatepy import LibreTranslateAPI

from tests.conftest import Server

QUOTE = "« I will always love you. »"
SENTENCE = f"Dans la vidéo, une femme déclare : {QUOTE} Musk précise que la vidéo a été générée."


def test_libretranslatepy_translate_languages_detect(server):
    lt = LibreTranslateAPI(server.url)
    out = lt.translate(SENTENCE, "fr", "en")
    assert isinstance(out, str) and QUOTE in out
    assert lt.translate(SENTENCE, "auto", "en").count(QUOTE) == 1
    codes = {lang["code"]: lang for lang in lt.languages()}
    assert codes["fr"]["targets"] == ["en"]
    detected = lt.detect("Le gouvernement a présenté mardi son projet de budget pour l’année prochaine.")
    assert detected[0]["language"] == "fr" and detected[0]["confidence"] > 50


def test_deep_translator(server):
    translator = LibreTranslator(source="fr", target="en", custom_url=server.url + "/", api_key="unused")
    out = translator.translate(SENTENCE)
    assert QUOTE in out
    batch = translator.translate_batch([SENTENCE, "Il pleut sur Paris."])
    assert len(batch) == 2 and QUOTE in batch[0]


def test_json_list_html_and_auto(server):
    r = requests.post(
        server.url + "/translate",
        json={"q": [SENTENCE, "Bonjour."], "source": "auto", "target": "en"},
        timeout=60,
    )
    body = r.json()
    assert r.status_code == 200
    assert len(body["translatedText"]) == 2 and QUOTE in body["translatedText"][0]
    assert [d["language"] for d in body["detectedLanguage"]] == ["fr", "fr"]
    html = f'<p class="x">{SENTENCE}</p><ul><li>Un <b>mot</b>.</li></ul><script>var a = "ne pas traduire";</script>'
    r = requests.post(
        server.url + "/translate",
        json={"q": html, "source": "fr", "target": "en", "format": "html", "alternatives": 3},
        timeout=60,
    )
    out = r.json()
    assert out["alternatives"] == []
    text = out["translatedText"]
    assert text.startswith('<p class="x">') and "</p><ul><li>" in text and "<b>" in text and "</b>" in text
    assert '<script>var a = "ne pas traduire";</script>' in text
    assert QUOTE in text


def test_layout_is_kept(server):
    q = "Premier paragraphe ici.\n\nSecond paragraphe.\nTroisième ligne."
    out = requests.post(
        server.url + "/translate", json={"q": q, "source": "fr", "target": "en"}, timeout=60
    ).json()
    assert out["translatedText"].count("\n") == 3 and "\n\n" in out["translatedText"]


@pytest.mark.parametrize(
    ("payload", "status"),
    [
        ({"q": "Bonjour", "source": "de", "target": "en"}, 400),
        ({"q": "Bonjour", "source": "fr", "target": "es"}, 400),
        ({"source": "fr", "target": "en"}, 400),
        ({"q": "", "source": "fr", "target": "en"}, 400),
        ({"q": "Bonjour", "format": "pdf"}, 400),
        ({"q": "é" * 200_001, "source": "fr"}, 413),
    ],
)
def test_errors_in_libretranslate_shape(server, payload, status):
    r = requests.post(server.url + "/translate", json=payload, timeout=60)
    assert r.status_code == status
    assert isinstance(r.json()["error"], str) and r.json()["error"]


def test_frontend_settings(server):
    settings = requests.get(server.url + "/frontend/settings", timeout=10).json()
    assert settings["charLimit"] == 200_000
    assert settings["keyRequired"] is False
    assert settings["language"]["source"]["code"] == "fr"
    assert settings["language"]["target"]["code"] == "en"
    for field in ("apiKeys", "frontendTimeout", "suggestions", "filesTranslation", "supportedFilesFormat"):
        assert field in settings


def test_api_keys_checked_only_when_configured(model_env):
    srv = Server(model_env | {"BILINGUA_API_KEYS": "k1, k2"})
    try:
        r = requests.post(
            srv.url + "/translate", data={"q": "Bonjour", "source": "fr", "target": "en"}, timeout=30
        )
        assert r.status_code == 403 and r.json() == {"error": "Invalid API key"}
        assert LibreTranslateAPI(srv.url, api_key="k2").translate(SENTENCE, "fr", "en").count(QUOTE) == 1
        assert requests.get(srv.url + "/frontend/settings", timeout=10).json()["keyRequired"] is True
    finally:
        srv.stop()


def test_cors_for_browser_clients(server):
    preflight = requests.options(
        server.url + "/translate",
        timeout=10,
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    allowed = ("*", "https://example.org")
    assert preflight.headers["Access-Control-Allow-Origin"] in allowed
    r = requests.get(server.url + "/languages", headers={"Origin": "https://example.org"}, timeout=10)
    assert r.headers["Access-Control-Allow-Origin"] in allowed
    page = requests.get(server.url + "/", headers={"Origin": "https://example.org"}, timeout=10)
    assert "Access-Control-Allow-Origin" not in page.headers  # the form is not an API
