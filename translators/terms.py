"""Terms the user controls: spans kept as they are, and a glossary of imposed translations.

Both ride on the mechanism that keeps English quotations byte for byte: a sentence is cut
into pieces, and a piece that is not translated never reaches the model. A kept span comes
out exactly as written; a glossary term comes out as the English given for it. Matching:

- `keep`: exact strings, case-sensitive, wherever they occur ("###T01###", "Grok Imagine");
- operator patterns: regular expressions from a file the operator configures
  (BILINGUA_KEEP_PATTERNS_FILE), never from a request, since a request-supplied pattern can
  cost unbounded time;
- `glossary`: French term → English term, case-insensitive, on word boundaries; an elided
  article before it ("l'Assemblée nationale", "d’Emmaüs") stays with the French around it.

Where two matches overlap, the one that starts first wins, then the longer one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from translators.quotes import Piece

#: Bounds on what one request may ask for (a regex alternation grows with them).
MAX_TERMS = 500
MAX_TERM_CHARS = 200


@dataclass(frozen=True)
class Terms:
    keep: tuple[str, ...] = ()
    glossary: tuple[tuple[str, str], ...] = ()
    patterns: tuple[re.Pattern, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.keep or self.glossary or self.patterns)


@dataclass(frozen=True)
class TermMatch:
    """A span of a sentence (offsets into its text) kept, or replaced by a glossary's English."""

    start: int
    end: int
    kind: str  # "keep" or "glossary"
    text: str
    en: str


def _trie(strings: Iterable[str]) -> str:
    """One pattern matching any of `strings`, longest first, with shared prefixes factored:
    a flat alternation tries every string at every position (500 strings of 200 characters
    on a long sentence cost seconds); a trie tries each character once per position."""
    root: dict = {}
    for string in strings:
        node = root
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = True

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return pattern(root)


@lru_cache(maxsize=256)
def _keep_regex(keep: tuple[str, ...]) -> re.Pattern | None:
    strings = {k for k in keep if k}
    return re.compile(_trie(strings)) if strings else None


@lru_cache(maxsize=256)
def _glossary_regex(glossary: tuple[tuple[str, str], ...]) -> tuple[re.Pattern, dict[str, str]] | None:
    """The glossary's pattern, and its English by lower-cased French term."""
    english = {fr.strip().lower(): en for fr, en in glossary if fr.strip()}
    if not english:
        return None
    return re.compile(r"(?<!\w)" + _trie(english) + r"(?!\w)", re.IGNORECASE), english


def find_terms(text: str, terms: Terms) -> list[TermMatch]:
    """Non-overlapping matches in `text`, in order."""
    if not terms:
        return []
    found: list[TermMatch] = []
    keep = _keep_regex(terms.keep)
    for regex in ([keep] if keep else []) + list(terms.patterns):
        found += [
            TermMatch(m.start(), m.end(), "keep", m.group(), m.group())
            for m in regex.finditer(text)
            if m.group()
        ]
    glossary = _glossary_regex(terms.glossary)
    if glossary:
        regex, english = glossary
        found += [
            TermMatch(m.start(), m.end(), "glossary", m.group(), english.get(m.group().lower(), m.group()))
            for m in regex.finditer(text)
            if m.group()
        ]
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    out: list[TermMatch] = []
    for match in found:
        if not out or match.start >= out[-1].end:
            out.append(match)
    return out


def parse_glossary(lines: Iterable[str]) -> list[tuple[str, str]]:
    """Glossary lines as users write them: "French<TAB>English", "French,English" (CSV) or
    "French = English"; blank lines and lines starting with # are skipped."""
    import csv

    pairs = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" in line:
            cells = line.rstrip("\r\n").split("\t")
        elif " = " in line:
            cells = line.split(" = ", 1)
        else:
            cells = next(csv.reader([line]))
        if len(cells) != 2 or not cells[0].strip():
            raise ValueError(
                f"glossary line {number}: expected a French term and its English, got {line.strip()!r}"
            )
        pairs.append((cells[0].strip(), cells[1].strip()))
    return pairs


def compile_patterns(lines: Sequence[str]) -> tuple[re.Pattern, ...]:
    """The operator's keep patterns, one regular expression per line (# starts a comment)."""
    out = []
    for number, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("#"):
            try:
                out.append(re.compile(line.rstrip("\r\n")))
            except re.error as exc:
                raise ValueError(f"keep pattern line {number}: {exc}") from exc
    return tuple(out)


def cut(pieces: Sequence[Piece], matches: Sequence[TermMatch]) -> tuple[list[Piece], list[TermMatch]]:
    """The sentence's pieces cut again around the matches that fall inside French pieces
    (a term inside a kept English quotation stays part of it), and the matches applied."""
    out: list[Piece] = []
    applied: list[TermMatch] = []
    start = 0
    queue = list(matches)
    for piece in pieces:
        end = start + len(piece.text)
        if not piece.translate:
            out.append(piece)
            start = end
            continue
        pos = start
        while queue and queue[0].start < end:
            match = queue.pop(0)
            if match.start < pos or match.end > end:
                continue  # across a piece's edge: left to the model with its piece
            if match.start > pos:
                out.append(_french(piece.text[pos - start : match.start - start]))
            out.append(Piece(match.text, False, match.en))
            applied.append(match)
            pos = match.end
        if pos < end:
            out.append(_french(piece.text[pos - start :]))
        start = end
    return out, applied


def _french(text: str) -> Piece:
    return Piece(text, any(c.isalpha() for c in text))
