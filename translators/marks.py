"""Quotation-mark pairing shared by the sentence splitter and the quote detector.

Both need the same answer to "which marks open and close which span", so it is
computed once here: a splitter that disagreed with the quote detector would cut a
quotation the detector then cannot find.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Opening mark -> closing marks it may pair with. „ closes with “ (German style),
#: ‹ › are the single guillemets, and the straight " is resolved by context.
PAIRS: dict[str, str] = {"«": "»", "“": "”", "‹": "›", "„": "“”"}
STRAIGHT = '"'
OPENING = frozenset(PAIRS) | {STRAIGHT}
CLOSING = frozenset("»”›“") | {STRAIGHT}

_OPEN_CONTEXT = frozenset(" \t\u00a0\u202f\u2009([{/-–—'’:;,")


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


def _straight_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_CONTEXT or before.isspace()) and not after.isspace()


def match_pairs(text: str) -> list[MarkPair]:
    """Pair the quotation marks of `text`, outermost first in order of their opening.

    Unmatched marks are ignored, so one stray quote cannot swallow the rest of a
    paragraph. A curly closing “ only closes a „; otherwise “ always opens.
    """
    stack: list[tuple[str, int]] = []
    pairs: list[MarkPair] = []
    for i, ch in enumerate(text):
        if ch == STRAIGHT:
            if stack and stack[-1][0] == STRAIGHT and not _straight_opens(text, i):
                _, start = stack.pop()
                pairs.append(MarkPair(start, i + 1, len(stack)))
            elif _straight_opens(text, i):
                stack.append((ch, i))
            elif any(opener == STRAIGHT for opener, _ in stack):
                # a closing straight quote after an unclosed curly one: close through it
                while stack and stack[-1][0] != STRAIGHT:
                    stack.pop()
                _, start = stack.pop()
                pairs.append(MarkPair(start, i + 1, len(stack)))
            continue
        if stack and ch in PAIRS.get(stack[-1][0], ""):
            _, start = stack.pop()
            pairs.append(MarkPair(start, i + 1, len(stack)))
            continue
        if ch in PAIRS:
            stack.append((ch, i))
            continue
        if ch in CLOSING:
            # close the nearest opener this mark belongs to, dropping unclosed inner ones
            for depth in range(len(stack) - 1, -1, -1):
                if ch in PAIRS.get(stack[depth][0], ""):
                    start = stack[depth][1]
                    del stack[depth:]
                    pairs.append(MarkPair(start, i + 1, len(stack)))
                    break
    pairs.sort(key=lambda p: p.start)
    return pairs
