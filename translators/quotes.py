"""Find quotations, decide their language, and cut sentences around English ones.

English quotations must reach the output byte for byte whatever the model does, so
they never go to the model: a sentence is cut into pieces, the French pieces are
translated and the English quotations are put back between them as they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from translators.document import Quote, Sentence
from translators.language import language_of, sentence_language
from translators.marks import match_pairs

_LETTER = re.compile(r"[^\W\d_]")
#: A sentence is judged English as a whole only with this many words outside its quotes.
MIN_WORDS_FOR_SENTENCE = 4


@dataclass(frozen=True)
class Piece:
    """A run of a sentence's source text; `translate` is False for text kept as it is."""

    text: str
    translate: bool


def find_quotes(text: str, offset: int = 0) -> tuple[Quote, ...]:
    """Quotations in `text`, outer before inner; `offset` shifts their positions."""
    quotes: list[Quote] = []
    kept_spans: list[tuple[int, int]] = []
    for pair in match_pairs(text):
        lo, hi = pair.inner(text)
        inner = text[lo:hi]
        language = language_of(inner) if _LETTER.search(inner) else "fr"
        inside_kept = any(s <= pair.start and pair.end <= e for s, e in kept_spans)
        kept = inside_kept or language == "en"
        if kept and not inside_kept:
            kept_spans.append((pair.start, pair.end))
        quotes.append(Quote(offset + pair.start, offset + pair.end, inner, language, kept))
    return tuple(quotes)


def _outside_quotes(text: str, quotes: tuple[Quote, ...], offset: int) -> str:
    out, pos = [], 0
    for q in quotes:
        start, end = q.start - offset, q.end - offset
        if start >= pos:
            out.append(text[pos:start])
            pos = end
    out.append(text[pos:])
    return " ".join(out)


def without_quotes(text: str) -> str:
    """`text` with its quotations left out: what its author wrote in their own language."""
    return _outside_quotes(text, find_quotes(text), 0)


def annotate(sentence: Sentence) -> Sentence:
    """The sentence with its quotations and its own language."""
    quotes = find_quotes(sentence.text, sentence.start)
    rest = _outside_quotes(sentence.text, quotes, sentence.start)
    language = "fr"
    if len(rest.split()) >= MIN_WORDS_FOR_SENTENCE:
        language = sentence_language(rest)
    return replace(sentence, quotes=quotes, language=language)


def pieces(sentence: Sentence) -> list[Piece]:
    """The sentence cut around its kept quotations; joined, the pieces give the sentence back."""
    text = sentence.text
    if sentence.language == "en":
        return [Piece(text, False)]
    out: list[Piece] = []
    pos = 0
    for q in sentence.quotes:
        start, end = q.start - sentence.start, q.end - sentence.start
        if not q.kept or start < pos:
            continue  # translated with its sentence, or inside a kept one
        if start > pos:
            out.append(Piece(text[pos:start], bool(_LETTER.search(text[pos:start]))))
        out.append(Piece(text[start:end], False))
        pos = end
    if pos < len(text):
        out.append(Piece(text[pos:], bool(_LETTER.search(text[pos:]))))
    return out
