"""Find quotations, decide their language, and cut sentences around English ones.

English quotations must reach the output byte for byte whatever the model does, so
they never go to the model: a sentence is cut into pieces, the French pieces are
translated and the English quotations are put back between them as they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from translators.document import Quote, Sentence
from translators.language import (
    ELIDED,
    SHORT_SPAN_WORDS,
    language_of,
    sentence_language,
    short_sentence_is_english,
    words_of,
)
from translators.language import has_french_marks as looks_french
from translators.marks import match_pairs
from translators.memo import SHORT_TEXT_CHARS
from translators.social import words_only

_LETTER = re.compile(r"[^\W\d_]")
#: d'« abusive », l’« establishment »: the sentence elides into the quotation.
_ELISION_BEFORE = re.compile(rf"\b{ELIDED}\s*$", re.IGNORECASE)
#: A sentence is judged English as a whole only with this many words outside its quotes.
MIN_WORDS_FOR_SENTENCE = 4
#: Below this many words a paragraph is judged word by word, as a quotation is.
MIN_WORDS_FOR_PARAGRAPH = 6


@dataclass(frozen=True)
class Piece:
    """A run of a sentence's source text; `translate` is False for text kept as it is, or
    replaced by `out` (a glossary's English)."""

    text: str
    translate: bool
    out: str | None = None


#: The writer's words inside a quotation, between commas: « We will fight, a-t-il lancé, and
#: we will win. », « …, explique Jean Dupont, … », « …, selon elle, … ».
_INCISE = re.compile(
    r",\s+(?:(?:a|avait|ont|avaient)-t-(?:il|elle|on|ils|elles)|[\w’']+-(?:t-)?(?:il|elle|on|ils|elles)"
    r"|(?:a|avait|ont)\s+(?:\w+é|dit|écrit|fait|admis|promis)\s+(?:le|la|l['’]|les|un|une|[A-ZÀ-Ý][a-zà-ÿ])"
    r"|(?:explique|ajoute|affirme|assure|raconte|souligne|précise|poursuit|lance|confie|estime|déclare|"
    r"insiste|martèle|résume|note|glisse|tranche|reconnaît|prévient|rappelle|indique)\s+[A-ZÀ-Ý]"
    r"|selon\s+(?:lui|elle|eux|elles|[A-ZÀ-Ý]))[^,«»“”\"]{0,60},\s+"
)


def _english_around_incise(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The writer's words inside a quotation that is English around them, as (start, end)."""
    incise = _INCISE.search(text, lo, hi)
    if incise is None:
        return None
    before, after = text[lo : incise.start()], text[incise.end() : hi]
    both = f"{before} {after}"
    if not (_LETTER.search(before) and _LETTER.search(after)) or looks_french(both):
        return None
    return (incise.start(), incise.end()) if language_of(both) == "en" else None


def find_quotes(text: str, offset: int = 0) -> tuple[Quote, ...]:
    """Quotations in `text`, outer before inner; `offset` shifts their positions.

    An English quotation with the writer's words inside it (« We will fight, a-t-il lancé,
    and we will win. ») is given as its two English parts, each kept, the words between them
    translated with the sentence.
    """
    quotes: list[Quote] = []
    # pairs come by their start and nest, so a pair inside a kept one is inside the kept one
    # reaching furthest: one number, not a list to scan (thousands of kept quotations in a
    # row once cost quadratic time)
    kept_until = -1
    for pair in match_pairs(text):
        lo, hi = pair.inner(text)
        inner = text[lo:hi]
        elided = bool(_ELISION_BEFORE.search(text, max(0, pair.start - 12), pair.start))
        language = language_of(inner, after_elision=elided) if _LETTER.search(inner) else "fr"
        inside_kept = pair.start < kept_until and pair.end <= kept_until
        if not inside_kept and (split := _english_around_incise(text, lo, hi)):
            cut, resume = split
            quotes.append(Quote(offset + pair.start, offset + cut, text[lo:cut], "en", True))
            quotes.append(Quote(offset + resume, offset + pair.end, text[resume:hi], "en", True))
            kept_until = max(kept_until, pair.end)
            continue
        kept = inside_kept or language == "en"
        if kept and not inside_kept:
            kept_until = max(kept_until, pair.end)
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


def _annotate(sentence: Sentence) -> tuple[Sentence, str]:
    """The sentence with its quotations and its own language, and its words outside quotes."""
    quotes = find_quotes(sentence.text, sentence.start)
    rest = words_only(_outside_quotes(sentence.text, quotes, sentence.start))
    language = "fr"
    if len(rest.split()) >= MIN_WORDS_FOR_SENTENCE:
        language = sentence_language(rest)
    elif short_sentence_is_english(rest):
        language = "en"
    if language == "fr" and ":" in sentence.text:
        tail = _english_after_colon(sentence.text, quotes, sentence.start)
        if tail is not None:
            quotes = (*quotes, tail)
    if not quotes and language == sentence.language:
        return sentence, rest  # most sentences: nothing to add
    return replace(sentence, quotes=quotes, language=language), rest


#: A French sentence ending on reported speech without marks after a colon, in English:
#: "Il a dit de moi : « … » et : Don’t act !". Two to forty words, to the sentence's end (a list of
#: English titles after "des titres suivants :" is one too).
_COLON = re.compile(r"[ \u00a0\u202f]:\s+")
TAIL_MAX_WORDS = 40


def _english_after_colon(text: str, quotes: tuple[Quote, ...], offset: int) -> Quote | None:
    """The English words after a sentence's last colon, as a quotation kept without marks."""
    at = max(text.rfind(" :"), text.rfind("\u00a0:"), text.rfind("\u202f:"))
    colon = _COLON.match(text, at) if at >= 0 else None
    if colon is None or any(q.end - offset > at for q in quotes):
        return None  # no colon, or a quotation after it: the marks say what is quoted
    tail = text[colon.end() :].rstrip()
    if not _english_tail(tail):
        return None
    start = offset + colon.end()
    return Quote(start, start + len(tail), tail, "en", True)


@lru_cache(maxsize=1 << 12)
def _english_tail(tail: str) -> bool:
    words = len(words_of(tail))
    if not 2 <= words <= TAIL_MAX_WORDS or looks_french(tail) or language_of(tail) != "en":
        return False
    return words <= SHORT_SPAN_WORDS or sentence_language(tail) == "en"


def annotate(sentence: Sentence) -> Sentence:
    """The sentence with its quotations and its own language."""
    return _annotate(sentence)[0]


@lru_cache(maxsize=1 << 14)
def _line_language(text: str) -> str | None:
    """The language `annotate_paragraph` gives a one-sentence paragraph, None when it holds
    quotations (their offsets depend on where the line stands)."""
    (sentence,) = _annotate_sentences((Sentence(0, 0, 0, len(text), text),))
    return None if sentence.quotes else sentence.language


def annotate_paragraph(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """Each sentence annotated, its language decided with its neighbours (see
    `_annotate_sentences`); a short line's language is remembered."""
    if len(sentences) == 1 and len(sentences[0].text) <= SHORT_TEXT_CHARS:
        language = _line_language(sentences[0].text)
        if language is not None:
            only = sentences[0]
            return sentences if language == only.language else (replace(only, language=language),)
    return _annotate_sentences(sentences)


def _annotate_sentences(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """Each sentence annotated, its language decided with its neighbours.

    A paragraph that is English as a whole (an embedded post, a quoted letter) is kept
    whole: its short sentences ("Pay for NATO or not!") say too little on their own. A
    short paragraph (a one-line post: "Dont worry bro") is judged word by word. A
    sentence with French marks (accents, elisions) stays French in any paragraph.
    """
    annotated, rests = zip(*map(_annotate, sentences), strict=True) if sentences else ((), ())
    rest = " ".join(rests)
    words = len(rest.split())
    if words == 0:
        return annotated
    if words < MIN_WORDS_FOR_PARAGRAPH:
        english = language_of(rest) == "en"
    else:
        english = sentence_language(rest) == "en"
    if not english:
        return annotated
    return tuple(s if looks_french(s.text) else replace(s, language="en") for s in annotated)


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


_MARKS = frozenset("«»“”„‹›\"'’‘")
_INNER_SPACE = " \u00a0\u202f\u2009"


def _kept_spans(sentence: Sentence) -> list[tuple[str, str]]:
    """(exact source span with its marks, words inside) of each outermost kept quotation."""
    spans, pos = [], 0
    for q in sentence.quotes:
        start, end = q.start - sentence.start, q.end - sentence.start
        if q.kept and start >= pos:
            spans.append((sentence.text[start:end], q.text))
            pos = end
    return spans


def _widen(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Grow [lo, hi) over the quotation marks (and the spaces inside them) the model put around it."""
    left = lo
    while left > 0 and text[left - 1] in _INNER_SPACE:
        left -= 1
    if left > 0 and text[left - 1] in _MARKS:
        lo = left - 1
    right = hi
    while right < len(text) and text[right] in _INNER_SPACE:
        right += 1
    if right < len(text) and text[right] in _MARKS:
        hi = right + 1
    return lo, hi


def restore_kept(english: str, sentence: Sentence) -> str | None:
    """The model's translation of the whole sentence with every kept quotation put back exactly
    as in the source, or None when the model did not carry one of them through word for word.

    Translating the sentence whole reads better than translating the pieces around a
    quotation; this check keeps the byte-for-byte guarantee, and `pieces` is the fallback.
    """
    out, pos = english, 0
    for span, words in _kept_spans(sentence):
        at = out.find(words, pos)
        if at < 0 or not words:
            return None
        lo, hi = _widen(out, at, at + len(words))
        out = out[:lo] + span + out[hi:]
        pos = lo + len(span)
    return out


def has_kept_quotes(sentence: Sentence) -> bool:
    return sentence.language != "en" and any(q.kept for q in sentence.quotes)
