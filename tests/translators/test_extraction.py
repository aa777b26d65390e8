"""A saved page in, its article out: title first, then the body; navigation, asides and
footers left out by the extractor; the page's metadata returned."""

from tests.conftest import ROOT
from translators.extraction import extract_article

PAGE = (ROOT / "tests" / "data" / "page.html").read_text(encoding="utf-8")


def test_the_article_is_extracted_with_its_title_first():
    extracted = extract_article(PAGE)
    lines = extracted.text.splitlines()
    assert lines[0] == "La mairie ferme la piscine municipale pour deux ans"
    assert any(line.startswith("Le conseil municipal a voté mardi soir") for line in lines)
    assert "« Save our pool! »" in extracted.text
    for chrome in ("Abonnez-vous à notre newsletter", "Le marché de Noël revient", "Mentions légales"):
        assert chrome not in extracted.text


def test_the_pages_metadata_comes_back():
    metadata = extract_article(PAGE).metadata
    assert metadata["title"] == "La mairie ferme la piscine municipale pour deux ans"
    assert metadata["author"] == "Claire Martin"
    assert metadata["date"] == "2024-05-14"
    assert metadata["sitename"] == "Le Journal du Quartier"
    assert metadata["url"] == "https://journal-du-quartier.example/ville/piscine-fermee"


def test_a_fragment_without_main_content_keeps_its_text():
    extracted = extract_article("<p>Le chat dort.</p>")
    assert "Le chat dort." in extracted.text
