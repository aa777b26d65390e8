"""Terms through the real server: a page with navigation, an aside, a translate="no" span and a
glossary term, in /v1/translate, LibreTranslate's /translate with format=html, and the form."""

import re

import requests

from tests.conftest import ROOT

PAGE = (ROOT / "tests" / "data" / "page.html").read_text(encoding="utf-8")
GLOSSARY = {"piscine municipale": "municipal swimming pool"}


def test_v1_translate_html_keeps_the_marked_span_and_imposes_the_glossary(server):
    body = requests.post(
        server.url + "/v1/translate",
        json={"text": PAGE, "format": "html", "glossary": GLOSSARY, "keep": ["bassin nordique"]},
        timeout=60,
    ).json()
    text = body["text"]
    assert "Accueil" not in text and "Le marché de Noël" not in text  # navigation and aside left out
    assert {"Accueil", "Politique", "Le marché de Noël revient sur la place de la mairie"} <= set(
        body["left_out"]
    )
    english = body["translation"]
    assert "Piscine Jean-Taris" in english and "bassin nordique" in english  # kept, byte for byte
    assert english.count("municipal swimming pool") == text.lower().count("piscine municipale") >= 2
    terms = [t for s in body["segments"] for t in s["terms"]]
    kinds = {(t["kind"], t["text"], t["en"]) for t in terms}
    assert ("keep", "Piscine Jean-Taris", "Piscine Jean-Taris") in kinds
    assert ("glossary", "piscine municipale", "municipal swimming pool") in kinds
    assert all(text[t["start"] : t["end"]] == t["text"] for t in terms)
    for segment in body["segments"]:
        if segment["kind"] == "body":
            assert segment["en"]


def test_libretranslate_html_keeps_every_tag_and_the_marked_span(server):
    fragment = (
        '<p class="lead">La <b>piscine municipale</b> ferme.</p>'
        '<p>Le nom <span translate="no">Piscine Jean-Taris</span> reste, comme <i class="notranslate">Grok Imagine</i>.</p>'
    )
    r = requests.post(
        server.url + "/translate",
        json={"q": fragment, "source": "fr", "target": "en", "format": "html", "glossary": GLOSSARY},
        timeout=60,
    )
    assert r.status_code == 200, r.text
    out = r.json()["translatedText"]
    assert re.findall(r"<[^>]+>", out) == re.findall(r"<[^>]+>", fragment)  # tags exactly as sent
    assert '<span translate="no">Piscine Jean-Taris</span>' in out
    assert '<i class="notranslate">Grok Imagine</i>' in out
    assert "<b>municipal swimming pool</b>" in out


def test_the_form_takes_keep_and_glossary(server):
    r = requests.post(
        server.url + "/",
        data={
            "text": PAGE,
            "keep": "bassin nordique\n",
            "glossary": "piscine municipale = municipal swimming pool",
        },
        timeout=60,
    )
    assert r.status_code == 200
    article = r.text.split('id="article"')[1].split("</table>")[0]
    assert "Le marché de Noël revient" in r.text.split('id="left-out"')[1]  # reported apart, not translated
    assert (
        "municipal swimming pool" in article
        and "Piscine Jean-Taris" in article
        and "bassin nordique" in article
    )
    bad = requests.post(
        server.url + "/", data={"text": "Le chat dort.", "glossary": "une seule colonne"}, timeout=60
    )
    assert bad.status_code == 422 and "glossary line 1" in bad.text
