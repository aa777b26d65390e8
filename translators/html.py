"""HTML in: its text for the pipeline, or the same markup with only its text translated.

The standard library's tokenizer is enough: nothing here needs a DOM, only the text
between tags, and every tag must come out exactly as it went in.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from html.parser import HTMLParser

BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th title tr ul".split()
)
#: Elements whose content is never text to read or translate.
OPAQUE = frozenset("script style noscript template svg math code".split())
RAW_TEXT = frozenset({"script", "style"})
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _marked_no_translate(attrs: list) -> bool:
    """translate="no" (the web standard) or class "notranslate" (the common convention)."""
    values = dict(attrs)
    return (values.get("translate") or "").lower() == "no" or "notranslate" in (
        values.get("class") or ""
    ).split()


class _Tokens(HTMLParser):
    """Splits a document into ("markup", raw) and ("text", unescaped) tokens, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[tuple[str, str]] = []
        self._opaque: list[str] = []
        #: Open elements inside one marked not to be translated (its own tag first).
        self._kept: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tokens.append(("markup", self.get_starttag_text() or f"<{tag}>"))
        if tag in BLOCKS:
            self.tokens.append(("break", ""))
        if tag in OPAQUE:
            self._opaque.append(tag)
        if tag not in VOID and (self._kept or _marked_no_translate(attrs)):
            self._kept.append(tag)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.tokens.append(("markup", self.get_starttag_text() or f"<{tag}/>"))
        if tag in BLOCKS:
            self.tokens.append(("break", ""))

    def parse_endtag(self, i: int) -> int:
        self._end_at = i  # where this end tag starts, so that it is given back as written
        return super().parse_endtag(i)

    def handle_endtag(self, tag: str) -> None:
        at = getattr(self, "_end_at", -1)
        close = self.rawdata.find(">", at) if at >= 0 else -1
        raw = self.rawdata[at : close + 1] if close >= 0 else f"</{tag}>"
        if tag in OPAQUE and tag in self._opaque:
            del self._opaque[len(self._opaque) - 1 - self._opaque[::-1].index(tag) :]
        if tag in self._kept:
            del self._kept[len(self._kept) - 1 - self._kept[::-1].index(tag) :]
        self.tokens.append(("markup", raw if raw.lower().startswith(f"</{tag}") else f"</{tag}>"))
        if tag in BLOCKS:
            self.tokens.append(("break", ""))

    def handle_data(self, data: str) -> None:
        if not self._opaque:
            self.tokens.append(("kept" if self._kept else "text", data))
        elif self._opaque[-1] in RAW_TEXT:
            self.tokens.append(("markup", data))  # the parser hands script/style over unescaped
        else:
            self.tokens.append(("markup", html.escape(data, quote=False)))

    def handle_comment(self, data: str) -> None:
        self.tokens.append(("markup", f"<!--{data}-->"))

    def handle_decl(self, decl: str) -> None:
        self.tokens.append(("markup", f"<!{decl}>"))

    def handle_pi(self, data: str) -> None:
        self.tokens.append(("markup", f"<?{data}>"))

    def unknown_decl(self, data: str) -> None:
        self.tokens.append(("markup", f"<![{data}]>"))


def defuse(markup: str) -> str:
    """`markup` with every "<" the standard library's parser could not close made text ("&lt;").

    That parser scans ahead for the end of each construct it meets: a tag opened and never
    closed before the next "<" ("<a <a <a …"), or a comment never closed ("<!--<!--…"), makes
    it scan the rest of the page again for each one, quadratic time on hostile input (120 kB
    took minutes). One pass here, each position looked at a bounded number of times: a tag is
    kept when its ">" comes before the next "<", a comment when a "-->" follows it. A "<"
    inside an attribute value (onclick="a<b") turns that tag into text: a price paid only by
    pages that would break a strict parser anyway.
    """
    out: list[str] = []
    pos = 0
    next_gt = next_lt = next_comment_end = -2  # -2: not looked up yet; -1: none to the end
    n = len(markup)
    lower = markup.lower()
    while True:
        i = markup.find("<", pos)
        if i < 0:
            out.append(markup[pos:])
            return "".join(out)
        out.append(markup[pos:i])
        if markup.startswith("<!--", i):
            if next_comment_end != -1 and next_comment_end < i:
                next_comment_end = markup.find("-->", i + 4)
            if next_comment_end >= 0:
                out.append(markup[i : next_comment_end + 3])
                pos = next_comment_end + 3
                continue
        else:
            if next_gt != -1 and next_gt < i:
                next_gt = markup.find(">", i)
            if next_lt != -1 and next_lt <= i:
                next_lt = markup.find("<", i + 1)
            if next_gt >= 0 and (next_lt < 0 or next_gt < next_lt):
                out.append(markup[i : next_gt + 1])
                pos = next_gt + 1
                raw = next((t for t in RAW_TEXT if lower.startswith(t, i + 1)), None)
                if raw:  # a script's or style's text is copied as it is, "<" and all
                    end = lower.find(f"</{raw}", pos)
                    end = n if end < 0 else end
                    out.append(markup[pos:end])
                    pos = end
                continue
        out.append("&lt;")
        pos = i + 1
        if pos >= n:
            return "".join(out)


def _tokens(markup: str) -> list[tuple[str, str]]:
    parser = _Tokens()
    parser.feed(defuse(markup))
    parser.close()
    return parser.tokens


def html_to_text(markup: str) -> str:
    """Readable text, one line per block element, for a page saved as .html."""
    parts = []
    for kind, value in _tokens(markup):
        if kind == "break":
            parts.append("\n")
        elif kind in ("text", "kept"):
            parts.append(value)
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def translate_html(markup: str, translate: Callable[[list[str]], list[str]]) -> str:
    """`markup` with each run of text translated and every tag left as it was; the text of
    elements marked translate="no" or class "notranslate" is left as it was too."""
    tokens = _tokens(markup)
    texts = [v for k, v in tokens if k == "text" and v.strip()]
    english = iter(translate([t.strip() for t in texts]) if texts else [])
    out = []
    for kind, value in tokens:
        if kind == "markup":
            out.append(value)
        elif kind == "kept":
            out.append(html.escape(value, quote=False))
        elif kind == "text":
            if value.strip():
                lead = value[: len(value) - len(value.lstrip())]
                trail = value[len(value.rstrip()) :]
                out.append(lead + html.escape(next(english), quote=False) + trail)
            else:
                out.append(value)
    return "".join(out)
