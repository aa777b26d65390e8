"""The web form without JavaScript: a plain form POST that renders the result, escaped."""

import io

import pytest

from service.app import CSP, create_app
from service.config import load_config
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def client(packages_dir):
    app = create_app(load_config({"BILINGUA_PACKAGES_DIR": str(packages_dir), "BILINGUA_MAX_CHARS": "5000"}))
    return app.test_client()


def test_form_page(client):
    r = client.get("/")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    for field in ("text", "file", "summary_sentences", "summary_words", "summarizer", "include_chrome"):
        assert f'for="{field}"' in html and f'id="{field}"' in html  # every field labelled
    assert r.headers["Content-Security-Policy"] == CSP
    assert "'unsafe-inline'" not in CSP
    assert "<script>" not in html and 'src="http' not in html and 'href="http' not in html


def test_form_post_renders_result(client, seed_text):
    r = client.post("/", data={"text": seed_text, "summary_sentences": "2", "summarizer": "luhn"})
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert (
        '<mark class="kept" title="English quotation, kept verbatim">« I will always love you. »</mark>'
        in html
    )
    article = html.split('id="article"')[1].split("</table>")[0]
    assert "LAISSER UN COMMENTAIRE" not in article
    assert "LAISSER UN COMMENTAIRE" in html.split('id="chrome"')[1]  # shown apart, collapsed
    summary_fr = html.split('id="summary-fr"')[1].split("</ol>")[0]
    summary_en = html.split('id="summary-en"')[1].split("</ol>")[0]
    assert summary_fr.count("<li>") == summary_en.count("<li>") == 2
    assert "translate-fr_en-random" in html.split('class="meta"')[1]
    assert 'download="bilingua.json"' in html


def test_form_summary_in_words(client, seed_text):
    html = client.post(
        "/", data={"text": seed_text, "summary_sentences": "3", "summary_words": "1"}
    ).get_data(as_text=True)
    summary_fr = html.split('id="summary-fr"')[1].split("</ol>")[0]
    assert summary_fr.count("<li>") == 1  # one sentence at least, however small the budget
    r = client.post("/", data={"text": seed_text, "summary_words": "zero"})
    assert r.status_code == 422 and "summary_words" in r.get_data(as_text=True)
    r = client.post("/", data={"text": seed_text, "keep": "x" * 300})  # a nested message, said plainly
    assert r.status_code == 422 and "keep: 0: Length must be between 1 and 200." in r.get_data(as_text=True)


def test_a_saved_page_goes_through_the_extractor(client):
    page = (ROOT / "tests" / "data" / "page.html").read_text(encoding="utf-8")
    for data in (
        {"text": "", "file": (io.BytesIO(page.encode()), "piscine.html")},
        {"text": page},  # pasted whole
    ):
        html = client.post("/", data=data, content_type="multipart/form-data").get_data(as_text=True)
        article = html.split('id="article"')[1].split("</table>")[0]
        assert "« Save our pool! »</mark>" in article
        assert "Le marché de Noël" not in article and "Abonnez-vous à notre newsletter" not in article
        assert "Le marché de Noël revient" in html.split('id="left-out"')[1]  # reported apart


def test_user_text_is_escaped(client):
    evil = 'Le chat dort. <script>alert("x")</script> Il rêve. <img src=x onerror="alert(1)">'
    html = client.post("/", data={"text": evil}).get_data(as_text=True)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert" in html and "&lt;img src=x onerror=" in html


def test_html_file_upload(client):
    page = b"<html><body><h1>Un titre</h1><p>Elle a dit \xc2\xab I will always love you. \xc2\xbb Puis elle part.</p></body></html>"
    r = client.post(
        "/", data={"text": "", "file": (io.BytesIO(page), "article.html")}, content_type="multipart/form-data"
    )
    assert r.status_code == 200
    assert "« I will always love you. »</mark>" in r.get_data(as_text=True)


@pytest.mark.parametrize(
    ("data", "status", "message"),
    [
        ({"text": "   "}, 422, "Text is empty"),
        ({"text": "Bonjour.", "summary_sentences": "beaucoup"}, 422, "summary_sentences"),
        ({"text": "Bonjour.", "summarizer": "bart"}, 422, "summarizer"),
        ({"text": "é" * 5001}, 413, "limit is 5000"),
    ],
)
def test_form_errors_render_html(client, data, status, message):
    r = client.post("/", data=data)
    assert r.status_code == status
    assert r.mimetype == "text/html"
    assert 'class="error"' in r.get_data(as_text=True) and message in r.get_data(as_text=True)


def test_undecodable_file(client):
    r = client.post(
        "/", data={"file": (io.BytesIO(b"\xff\xfe\x00"), "x.txt")}, content_type="multipart/form-data"
    )
    assert r.status_code == 400 and "not UTF-8" in r.get_data(as_text=True)


def test_partial_returns_the_fragment_only(client):
    r = client.post("/?partial=1", data={"text": "Le chat dort. Il rêve."})
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and "<html" not in html and 'id="article"' in html
