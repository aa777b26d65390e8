"""The web form in a real headless Chromium (Debian's), against `bilingua serve`."""

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_paste_seed_submit_and_read(browser, server, seed_text):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server.url + "/")
    page.get_by_label("French article").fill(seed_text)
    page.get_by_label("Summary sentences").fill("3")
    page.get_by_role("button", name="Translate").click()
    page.wait_for_selector("#article .en")
    english = page.locator("#article td.en").all_inner_texts()
    assert any("« I will always love you. »" in t for t in english)
    assert page.locator("#article mark.kept").count() >= 4  # both quotes, in both columns
    assert page.locator("#summary-fr li").count() == page.locator("#summary-en li").count() == 3
    assert "LAISSER UN COMMENTAIRE" not in page.locator("#article").inner_text()
    assert page.locator("#chrome").get_attribute("open") is None  # collapsed
    assert page.locator("#copy-en").is_visible()
    assert page.locator("#spinner").is_hidden()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-form.png"), full_page=True)
    assert (ARTIFACTS / "web-form.png").stat().st_size > 10_000
    assert errors == []


def test_injected_script_does_not_run(browser, server):
    page = browser.new_page()
    page.goto(server.url + "/")
    evil = (
        'Le chat dort. <script>window.__pwned = 1</script> Il rêve. <img src=x onerror="window.__pwned = 2">'
    )
    page.get_by_label("French article").fill(evil)
    page.get_by_role("button", name="Translate").click()
    page.wait_for_selector("#article .en")
    assert page.evaluate("window.__pwned") is None
    assert "<script>window.__pwned = 1</script>" in page.locator("#article").inner_text()


def test_works_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + "/")
    page.get_by_label("French article").fill("Elle a dit « You are so cringe. » Puis elle est partie.")
    page.get_by_role("button", name="Translate").click()
    page.wait_for_selector("#article .en")
    assert "« You are so cringe. »" in page.locator("#article td.en").first.inner_text()
    assert page.url.rstrip("/") == server.url  # a real form POST, rendered by the server
    context.close()


def test_phone_layout_and_keyboard(browser, server):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(server.url + "/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.keyboard.press("Tab")  # the brand link
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "text"
