"""Quotation-mark pairing shared by the sentence splitter and the quote detector.

Both need the same answer to "which marks open and close which span", so it is
computed once here: a splitter that disagreed with the quote detector would cut a
quotation the detector then cannot find.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

#: Opening mark -> closing marks it may pair with. „ closes with “ (German style),
#: ‹ › are the single guillemets, ‘ ’ the single curly quotes, and the straight " is
#: resolved by context.
PAIRS: dict[str, str] = {"«": "»", "“": "”", "‹": "›", "„": "“”", "‘": "’"}
STRAIGHT = '"'
OPENING = frozenset(PAIRS) | {STRAIGHT}
CLOSING = frozenset("»”›“’") | {STRAIGHT}
#: ’ is French's apostrophe too (l’homme): it closes a ‘ only when no letter follows it.
APOSTROPHE = "’"

# a ’ alone closes nothing, so text whose only marks are apostrophes takes the fast path
_ANY_MARK = re.compile("[" + re.escape("".join(sorted((OPENING | CLOSING) - {APOSTROPHE}))) + "]")
_EVERY_MARK = re.compile("[" + re.escape("".join(sorted(OPENING | CLOSING))) + "]")
#: A typewriter ' closes a ‘ as ’ does (‘Rethinking the State'), and opens like ‘ where a
#: word starts after a space or a bracket ("('the first ever event', en anglais)") and the
#: same line, within a short span, has a ' ending a word: looked at only in text with either.
TYPEWRITER_APOSTROPHE = "'"
_TYPEWRITER_OPENS = re.compile(r"(?:^|(?<=[\s(\[{/–—-]))'(?=[^\W\d_])", re.MULTILINE)
#: a ' closing a typewriter quotation: after a word or its punctuation, before no letter
_TYPEWRITER_CLOSES = re.compile(r"(?<=[^\W_]|[.!?…])'(?![^\W_])")
#: how far a typewriter quotation may run (a phrase, not a paragraph: French uses ' as its apostrophe)
TYPEWRITER_MAX_CHARS = 200
_EVERY_MARK_AND_TYPEWRITER = re.compile(
    "[" + re.escape("".join(sorted(OPENING | CLOSING | {TYPEWRITER_APOSTROPHE}))) + "]"
)
_OPEN_CONTEXT = frozenset(" \t\u00a0\u202f\u2009([{/-–—'’:;,")
#: A sentence's end: a quote right after it opens the next sentence when none is open.
_GLUED_AFTER = frozenset(".!?…")
#: ” typed for both marks (' très ” Maurice Chevalier ” '): with no “ or „ open to close, it
#: is read like a straight quote.
RIGHT_DOUBLE = "”"


@dataclass(frozen=True)
class MarkPair:
    """A matched quotation: `start` is the opening mark, `end` is one past the closing mark."""

    start: int
    end: int
    depth: int

    def inner(self, text: str) -> tuple[int, int]:
        """Offsets of the quoted words, without the marks and the spaces inside them."""
        lo, hi = self.start + 1, self.end - 1
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        return lo, hi


def _straight_opens(text: str, i: int, open_already: bool) -> bool:
    """A straight quote opens after a space or an opening context ("(", "/", ":"…) and, when
    one is open already, only before a word: ' " Just Do It ", ' closes the one it opened, as
    ' " Just Do It " ' does, typed spaced like guillemets."""
    before = text[i - 1] if i > 0 else " "
    word_follows = i + 1 < len(text) and (text[i + 1].isalnum() or text[i + 1] in OPENING)
    if before in _GLUED_AFTER:
        return not open_already and word_follows  # sentences glued by a copy: 'Walker."Winter is coming"'
    if not (before in _OPEN_CONTEXT or before.isspace()):
        return False
    return not open_already or word_follows


#: French words that elide before a vowel (qu'il, l’homme); typed with a space, "qu' il"
ELIDED_WORDS = frozenset(
    {"c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}
)


def _typewriter_closer(text: str, i: int) -> bool:
    """A ' at `i` can close a typewriter quotation: it ends a word that is not elided."""
    start = i
    while start > max(0, i - 7) and text[start - 1].isalpha():  # quoiqu is the longest
        start -= 1
    return (start > 0 and text[start - 1].isalpha()) or text[start:i].lower() not in ELIDED_WORDS


def _typewriter_openers(text: str) -> set[int]:
    """Typewriter 's that open a quotation: each with a closer on its line, within the span
    allowed (found by bisection, so text full of lone 's stays linear)."""
    opens = [m.start() for m in _TYPEWRITER_OPENS.finditer(text)]
    if not opens:
        return set()
    closers = [m.start() for m in _TYPEWRITER_CLOSES.finditer(text) if _typewriter_closer(text, m.start())]
    newlines = [m.start() for m in re.finditer("\n", text)]
    found = set()
    for i in opens:
        k = bisect.bisect_right(closers, i + 1)
        line = bisect.bisect_right(newlines, i)
        limit = min(i + TYPEWRITER_MAX_CHARS, newlines[line] if line < len(newlines) else len(text))
        if k < len(closers) and closers[k] < limit:
            found.add(i)
    return found


def match_pairs(text: str) -> list[MarkPair]:
    """Pair the quotation marks of `text`, outermost first in order of their opening.

    Unmatched marks are ignored, so one stray quote cannot swallow the rest of a
    paragraph. A curly closing “ only closes a „; otherwise “ always opens.
    Linear time: each opener's stack position is also filed under its kind, so a closing
    mark finds the nearest opener it belongs to without scanning the stack.
    """
    typewriter_opens = _typewriter_openers(text) if "'" in text else set()
    if not typewriter_opens and not _ANY_MARK.search(text):
        return []  # most sentences quote nobody: no per-character walk for them
    stack: list[tuple[str, int]] = []
    by_kind: dict[str, list[int]] = {opener: [] for opener in OPENING}
    pairs: list[MarkPair] = []

    def push(ch: str, i: int) -> None:
        by_kind[ch].append(len(stack))
        stack.append((ch, i))

    def close_at(depth: int, end: int) -> None:
        """Pair stack[depth] with the mark ending at `end`, dropping the unclosed inner ones."""
        start = stack[depth][1]
        for opener, _ in stack[depth:]:
            by_kind[opener].pop()
        del stack[depth:]
        pairs.append(MarkPair(start, end, len(stack)))

    marks = _EVERY_MARK_AND_TYPEWRITER if "‘" in text or typewriter_opens else _EVERY_MARK
    for mark in marks.finditer(text):  # only marks matter: jump from one to the next
        i, ch = mark.start(), mark.group()
        if i in typewriter_opens:
            push("‘", i)
            continue
        if ch in (APOSTROPHE, TYPEWRITER_APOSTROPHE) and (
            not by_kind["‘"] or (i + 1 < len(text) and text[i + 1].isalpha())
        ):
            continue  # an apostrophe (l’homme), or no ‘ open for it to close
        if ch == TYPEWRITER_APOSTROPHE:
            if not _typewriter_closer(text, i):
                continue  # qu' il: an elision typed with a space
            ch = APOSTROPHE
        if ch == STRAIGHT or (ch == RIGHT_DOUBLE and not by_kind["“"] and not by_kind["„"]):
            ch = STRAIGHT
            opens = _straight_opens(text, i, bool(by_kind[STRAIGHT]))
            if stack and stack[-1][0] == STRAIGHT and not opens:
                close_at(len(stack) - 1, i + 1)
            elif opens:
                push(ch, i)
            elif by_kind[STRAIGHT]:
                # a closing straight quote after an unclosed curly one: close through it
                close_at(by_kind[STRAIGHT][-1], i + 1)
            continue
        if (
            ch == "«"
            and by_kind["«"]
            and i
            and text[i - 1].isalnum()
            and (i + 1 == len(text) or not text[i + 1].isalnum())
        ):
            # "« One Era at a time« .": an opening mark typed where the closing one goes, glued
            # to the last word, closes the one that is open
            close_at(by_kind["«"][-1], i + 1)
            continue
        if stack and ch in PAIRS.get(stack[-1][0], ""):
            close_at(len(stack) - 1, i + 1)
            continue
        if ch in PAIRS:
            push(ch, i)
            continue
        if ch in CLOSING:
            # close the nearest opener this mark belongs to
            depths = [by_kind[o][-1] for o, closers in PAIRS.items() if ch in closers and by_kind[o]]
            if depths:
                close_at(max(depths), i + 1)
    pairs.sort(key=lambda p: p.start)
    return pairs
