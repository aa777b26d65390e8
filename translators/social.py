"""Embedded social-media posts, recognised by their shape in pasted text.

A page that embeds a tweet gives, once copied, the post's words and then an attribution
line `— Name (@handle) date` (the date in the page's language, or any other). The post is
content: kept verbatim when it is English, translated when it is French. The attribution
is chrome. Shapes, not site names, so that any outlet's embeds are found.
"""

from __future__ import annotations

import re

#: `— Donald J. Trump (@realDonaldTrump) July 13, 2020`, `- Amtrak (@Amtrak)`,
#: `— Name (@handle) 5 октября 2017 г.`: a dash, a name, a handle, then at most a date.
ATTRIBUTION = re.compile(
    r"(?:^|(?<=\s))[—–-]\s*(?P<name>[^\n—–()@]{1,60}(?:\([^\n()@]{1,30}\)[^\n—–()@]{0,10})?)"
    r"\s*\(@\w{1,30}\)(?P<date>[^\n()@]{0,40})$"
)
_VIA = re.compile(r",?\s*via\s+[\w .]{1,20}$")
#: Links only an embedded post carries.
POST_LINK = re.compile(
    r"\bpic\.twitter\.com/\w+|\bhttps?://t\.co/\w+|\bhttps?://(?:www\.)?instagram\.com/p/\S+"
)
#: What a language identifier should not see: links, @handles, #hashtag marks, emoji.
_NOISE = re.compile(
    r"https?://\S+|\bpic\.twitter\.com/\S+|\bwww\.\S+|@\w+|#(?=\w)|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]"
)


def attribution_start(line: str) -> int | None:
    """Where an attribution begins in `line` (0 when the line is one), or None."""
    if "(@" not in line:
        return None  # most lines: no handle in parentheses
    match = ATTRIBUTION.search(line)
    date = _VIA.sub("", match.group("date")) if match else ""  # "(@elonmusk), via Twitter"
    if not match or (date.strip() and not re.search(r"\d{4}", date)):
        return None  # what follows the handle is a date or nothing
    return match.start()


def is_attribution(line: str) -> bool:
    return attribution_start(line) == 0


def has_post_link(text: str) -> bool:
    # most lines have no link at all: a substring test in C before the pattern
    return ("t.co/" in text or "twitter.com/" in text or "instagram.com/" in text) and bool(
        POST_LINK.search(text)
    )


def words_only(text: str) -> str:
    """`text` without links, handles and emoji: what is left to judge a language on."""
    return " ".join(_NOISE.sub(" ", text).split())
