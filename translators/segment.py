"""Split scraped French text into paragraphs (lines) and sentences with offsets.

Rule-based on purpose: the measured splitters glue `« I will always love you. » Musk
précise…` into one sentence or split inside `« C'est fini. Je pars. »`, and this rule
set needs no downloaded data. Every tricky case it handles is in
tests/translators/test_segment.py.
"""

from __future__ import annotations

import re
from itertools import pairwise

from translators.document import Paragraph, Sentence
from translators.marks import OPENING, PAIRS, MarkPair, match_pairs
from translators.social import attribution_start

#: A line: what lies between two line breaks of any kind.
_LINE = re.compile(r"[^\r\n\u2028\u2029\x0b\x0c\x85]+")
_TERMINATOR = re.compile(r"[.!?…]+")
_EXTRA_SPACE = "\u200b\ufeff"

#: Abbreviations after which a period never ends a sentence (titles, Latin, "J.-C.").
TITLES = frozenset(
    "M MM Mme Mmes Mlle Mlles Me Mgr Dr Drs Pr Prof St Ste Sts Sté Cie Gén Gal Cdt Col "
    "Lt Mr Mrs Ms Jr Sr cf Cf env av apr J.-C c.-à-d c-à-d i.e e.g ibid op. cit "
    "resp. adj. boul bd".split()
)
#: Abbreviations that are also ordinary words: no break only when a number follows.
NUMBERED = frozenset("p pp n no No nº art vol chap fig tél min max hab ch éd ex".split())
#: What may open the next sentence.
_OPENS_SENTENCE = frozenset("—–-¿¡([") | OPENING


#: Every character `str.isspace` accepts, and the invisible ones a copy leaves (zero-width
#: space, byte-order mark): str.strip on them does in C what a loop over characters did.
_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000" + _EXTRA_SPACE
)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    span = text[start:end]
    body = span.lstrip(_SPACES)
    if not body:
        return end, end
    start += len(span) - len(body)
    return start, start + len(body.rstrip(_SPACES))


#: A quotation may run over this many more lines (copied posts keep their line breaks) …
QUOTE_MAX_EXTRA_LINES = 3
#: … and this many characters in all; past that an unclosed mark is a stray one.
QUOTE_MAX_CHARS = 1000


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Each non-blank line, trimmed; an embedded post's attribution is a line of its own."""
    spans = []
    for line in _LINE.finditer(text):
        start, end = _strip_span(text, line.start(), line.end())
        if start == end:
            continue
        cut = attribution_start(text[start:end])
        if cut:
            spans.append(_strip_span(text, start, start + cut))
            start = start + cut
        spans.append((start, end))
    return spans


_ANY_OPENER = re.compile("[" + re.escape("".join(PAIRS)) + "]")


def _unclosed_opener(para: str) -> int | None:
    """The first opening quotation mark in `para` that nothing closes, if any."""
    if not _ANY_OPENER.search(para):
        return None
    starts = {p.start for p in match_pairs(para)}
    for i, ch in enumerate(para):
        if ch in PAIRS and i not in starts:
            return i
    return None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs: scraped articles put one per line, except a quotation that a line break
    interrupts (a copied post keeps its line breaks): its lines are one paragraph, so that
    it can be paired, judged and kept whole."""
    lines = _line_spans(text)
    # where the opening marks are, found in one pass: a line without one needs no pairing
    openers = [m.start() for m in _ANY_OPENER.finditer(text)]
    openers.append(len(text))
    k = 0
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        while openers[k] < start:
            k += 1
        marked = openers[k] < end
        opener = _unclosed_opener(text[start:end]) if marked and end - start < QUOTE_MAX_CHARS else None
        if opener is not None:
            for j in range(i + 1, min(i + 1 + QUOTE_MAX_EXTRA_LINES, len(lines))):
                if lines[j][1] - start > QUOTE_MAX_CHARS:
                    break
                if _unclosed_opener(text[start : lines[j][1]]) != opener:
                    end, i = lines[j][1], j
                    break
        spans.append((start, end))
        i += 1
    return _join_wrapped(text, spans)


#: A line this long that ends mid-sentence, the next starting in small letters right below
#: it, is prose wrapped at a fixed width (an e-mail, a PDF, a newsletter copied as text).
WRAPPED_MIN_CHARS = 40
#: A wrapped paragraph is joined up to this length, then starts again (keeps work linear).
WRAPPED_MAX_CHARS = 4000
_ENDS_SENTENCE = tuple('.!?…:;»”"')


#: Lines that are not wrapped prose: a list item or a post's "— Name (@handle)" above, a
#: byline below ("par Jeanne Dupont" under a title ending without a period)
LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[-+•*·▪►–—])\s+")
_BYLINE_BELOW = re.compile(r"(?:par|by)\s+[A-ZÀ-Ý]")


def _soft_break(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether the line break between two lines falls inside a sentence: one break, no blank
    line (a paragraph's end), a long line ending mid-sentence, small letters after it, on a
    line as long or ending a sentence (a date stamp "vendredi 11 janvier 2013 à 20:57" under
    a title is no wrapped line, nor is a user name or a "play" button)."""
    gap = text[before[1] : after[0]].replace("\r\n", "\n")
    line, below = text[before[0] : before[1]], text[after[0] : after[1]]
    return (
        below[0].islower()
        and not line.endswith(_ENDS_SENTENCE)
        and sum(ch in "\r\n\u2028\u2029\x0b\x0c\x85" for ch in gap) == 1
        and (len(below) >= WRAPPED_MIN_CHARS or below.endswith(_ENDS_SENTENCE[:4]))
        and not LIST_MARK.match(line)
        and not _BYLINE_BELOW.match(below)
    )


def _join_wrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines of prose wrapped at a fixed width, joined back into their paragraph."""
    joined: list[tuple[int, int]] = []
    for k, span in enumerate(spans):
        if (
            k
            and spans[k - 1][1] - spans[k - 1][0] >= WRAPPED_MIN_CHARS  # most lines stop here
            and joined[-1][1] - joined[-1][0] < WRAPPED_MAX_CHARS
            and _soft_break(text, spans[k - 1], span)
        ):
            joined[-1] = (joined[-1][0], span[1])
        else:
            joined.append(span)
    return joined


#: A paragraph-long quotation longer than this is cut into sentences.
WHOLE_QUOTE_MAX_CHARS = 400


def _protected_pairs(para: str) -> list[MarkPair]:
    """Quotations a sentence break may not fall inside.

    A long quotation wrapping the whole paragraph (an author bio in quotes, a quoted
    letter) is not protected, or the whole paragraph would be one sentence; a short one
    (a quoted post or its translation) stays one sentence.
    """
    pairs = match_pairs(para)
    return [p for p in pairs if not (p.start == 0 and p.end == len(para) > WHOLE_QUOTE_MAX_CHARS)]


def _word_before(para: str, pos: int) -> str:
    match = re.search(r"[^\s(«“\"'’\[]*$", para[max(0, pos - 40) : pos])
    return match.group(0) if match else ""


def _is_abbreviation(para: str, term_start: int, next_char: str) -> bool:
    word = _word_before(para, term_start)
    if not word:
        return False
    if word in TITLES or word.rstrip(".") in TITLES:
        return True
    if word in NUMBERED and next_char.isdigit():
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: « Joyce C. Oates »
    if re.fullmatch(r"(?:\w\.)+\w", word):
        return True  # U.S.A., a.m.
    opens_paragraph = term_start - len(word) == len(para) - len(para.lstrip())
    if opens_paragraph and (word.isdigit() or re.fullmatch(r"[a-zA-Z]|[IVXivx]+", word)):
        return True  # a list marker: "1. Comment…", "b. Ensuite"
    return False


def _protected_positions(para: str, pairs: list[MarkPair]) -> list[bool]:
    """protected[i]: a cut before character i would fall inside one of `pairs`."""
    depth = [0] * (len(para) + 1)
    for p in pairs:
        depth[p.start + 1] += 1
        depth[p.end] -= 1
    protected, running = [], 0
    for d in depth:
        running += d
        protected.append(running > 0)
    return protected


def sentence_cuts(para: str) -> list[int]:
    """Positions in `para` where a new sentence starts."""
    if not _TERMINATOR.search(para):
        return []  # a heading, a menu line: one sentence
    pairs = _protected_pairs(para)
    closers = {p.end - 1 for p in pairs}
    protected = _protected_positions(para, pairs)

    cuts: list[int] = []
    for match in _TERMINATOR.finditer(para):
        start, end = match.span()
        if start > 0 and para[start - 1] in "[(":
            continue  # an elision: « […] »
        # swallow closing quotation marks and brackets after the terminator
        pos = end
        while True:
            probe = pos
            while probe < len(para) and para[probe] in " \u00a0\u202f\u2009":
                probe += 1
            if probe < len(para) and (probe in closers or para[probe] in ")]"):
                pos = probe + 1
            else:
                break
        if protected[pos]:
            continue
        nxt = pos
        while nxt < len(para) and para[nxt].isspace():
            nxt += 1
        if nxt == pos or nxt >= len(para):
            continue
        head = para[nxt]
        if not (head.isupper() or head.isdigit() or head in _OPENS_SENTENCE):
            continue
        if match.group(0) == "." and _is_abbreviation(para, start, head):
            continue
        cuts.append(nxt)
    return cuts


def split_paragraph(text: str, start: int, end: int, index: int, first_sentence: int) -> Paragraph:
    para = text[start:end]
    cuts = sentence_cuts(para)
    if not cuts and para and para[0] not in _SPACES and para[-1] not in _SPACES:
        # one sentence, already trimmed: a heading, a menu line (most of a page's lines)
        return Paragraph(index, start, end, para, (Sentence(first_sentence, index, start, end, para),))
    bounds = [0, *cuts, len(para)]
    sentences = []
    for lo, hi in pairwise(bounds):
        s, e = _strip_span(text, start + lo, start + hi)
        if s < e:
            sentences.append(Sentence(first_sentence + len(sentences), index, s, e, text[s:e]))
    return Paragraph(index, start, end, para, tuple(sentences))


def segment(text: str) -> list[Paragraph]:
    """Paragraphs and their sentences; offsets index into `text` unchanged."""
    paragraphs: list[Paragraph] = []
    count = 0
    for start, end in paragraph_spans(text):
        para = split_paragraph(text, start, end, len(paragraphs), count)
        paragraphs.append(para)
        count += len(para.sentences)
    return paragraphs


#: Longest run of words sent to the model at once: NMT models learn from sentences, and
#: CTranslate2 cuts inputs past 1 024 tokens, which would silently drop the end.
MAX_WORDS = 120


def clauses(text: str, max_words: int = MAX_WORDS) -> list[str]:
    """`text` in runs of at most `max_words` words, cut after ; : or , where one is near.

    Joined with single spaces the runs give `text` back, so an overlong sentence still
    comes out as one sentence, whole.
    """
    words = text.split()
    if len(words) <= max_words:
        return [text]
    runs, current = [], []
    for word in words:
        current.append(word)
        if len(current) >= max_words or (len(current) >= max_words // 2 and word[-1] in ";:,"):
            runs.append(" ".join(current))
            current = []
    if current:
        runs.append(" ".join(current))
    return runs
