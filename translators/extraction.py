"""A saved web page in, its article out: trafilatura's main-content extraction.

On a page's HTML the markup says what is navigation, aside and footer, and a maintained
extractor reads it better than rules on flattened text can (measured in the README's
Quality section). The article's title goes first, on a line of its own, then its standfirst
when the page gives one as its description and the extractor left it out (it often sits
outside the article's element), then the body's paragraphs one per line; the plain-text chrome rules still run on that text afterwards
and catch what the extractor keeps (a "Lire aussi" link, a photo credit).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from translators.html import html_to_text

METADATA_FIELDS = ("title", "author", "date", "sitename", "url")


@dataclass(frozen=True)
class Extracted:
    """The article's text (what segment offsets point into) and what the page says about it."""

    text: str
    metadata: dict[str, str | None] = field(default_factory=dict)
    extractor: str = "trafilatura"
    #: Text of the page's elements marked translate="no" or class "notranslate": kept as written.
    keep: tuple[str, ...] = ()
    #: Lines of the page's text the extractor left out (navigation, asides, footers): chrome,
    #: reported so that a user sees what was not translated.
    left_out: tuple[str, ...] = ()


def extract_article(page: str) -> Extracted:
    """The article in `page` (HTML). Falls back to the page's whole text when the extractor
    finds no main content (a bare fragment, a page of lists), so that nothing is lost."""
    import trafilatura

    document = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
    )
    metadata = {name: _clean(getattr(document, name, None)) for name in METADATA_FIELDS} if document else {}
    body = (getattr(document, "text", None) or "").strip() if document else ""
    keep = not_to_translate(page)
    if not body:
        return Extracted(html_to_text(page).strip(), metadata or dict.fromkeys(METADATA_FIELDS), "none", keep)
    head = []
    title = metadata.get("title")
    if title and body.splitlines()[0].strip() != title:
        head.append(title)
    description = _clean(getattr(document, "description", None))
    flat = " ".join(body.split())
    if description and description != title and " ".join(description.split()) not in flat:
        head.append(description)
    text = "\n".join([*head, body])
    return Extracted(text, metadata, keep=keep, left_out=_left_out(page, text))


def _left_out(page: str, text: str) -> tuple[str, ...]:
    """The page's lines not among the article's (compared whole, white space collapsed: a
    substring search per line would be quadratic on a page of many short lines)."""
    kept = {" ".join(line.split()) for line in text.splitlines()}
    lines = (" ".join(line.split()) for line in html_to_text(page).splitlines())
    return tuple(line for line in lines if any(c.isalpha() for c in line) and line not in kept)


def not_to_translate(page: str) -> tuple[str, ...]:
    """The text of every element the page marks as not to be translated: the web standard's
    translate="no" and the common class "notranslate" (both honoured by browsers' translators)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return ()
    marked = root.xpath(
        '//*[translate(@translate, "NO", "no")="no" or contains(concat(" ", normalize-space(@class), " "), " notranslate ")]'
    )
    texts = (" ".join(element.text_content().split()) for element in marked)
    return tuple(dict.fromkeys(t for t in texts if t))


def _clean(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None
