"""HTML in and out: every tag comes back exactly as written, marked text stays as it is."""

import re

from translators.html import defuse, html_to_text, translate_html

PAGE = (
    '<P Class="lead">Le <B>chat</B > dort.</P><!-- note <i>x</i> -->'
    "<script>if (a<b) { go() }</script><STYLE>p>a{}</STYLE>"
    '<p>Le nom <span translate="no">Piscine Jean-Taris</span> reste, comme <i class="x notranslate">Grok</i>.</p ><br/>'
)


def shout(texts):
    return [t.upper() for t in texts]


def test_tags_come_back_exactly_as_written():
    out = translate_html(PAGE, shout)
    assert re.findall(r"<[^>]+>", out) == re.findall(r"<[^>]+>", PAGE)
    assert "LE <B>CHAT</B > DORT." in out
    assert "<script>if (a<b) { go() }</script>" in out and "<STYLE>p>a{}</STYLE>" in out


def test_text_marked_not_to_translate_stays_as_it_is():
    out = translate_html(PAGE, shout)
    assert '<span translate="no">Piscine Jean-Taris</span>' in out
    assert '<i class="x notranslate">Grok</i>' in out
    assert "Piscine Jean-Taris" in html_to_text(PAGE)  # still read as the page's text


def test_well_formed_markup_goes_through_defuse_unchanged_and_hostile_markup_becomes_text():
    assert defuse(PAGE) == PAGE
    assert defuse("<a <a <a b>") == "&lt;a &lt;a <a b>"
    assert defuse("<!-- never closed <p>x</p>") == "&lt;!-- never closed <p>x</p>"
