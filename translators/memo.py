"""Short texts judged once: a page's furniture, and hostile input made of many short lines,
say the same few lines again and again (and there are few distinct short ones)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

#: Texts up to this many characters are remembered; longer ones are judged each time.
SHORT_TEXT_CHARS = 64

T = TypeVar("T")


def per_short_text(maxsize: int) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Remember `judge(text, *args)` for short texts (at most `maxsize` of them)."""

    def decorate(judge: Callable[..., T]) -> Callable[..., T]:
        remembered = lru_cache(maxsize=maxsize)(judge)

        @wraps(judge)
        def judged(text: str, *args: object, **kwargs: object) -> T:
            if len(text) <= SHORT_TEXT_CHARS:
                return remembered(text, *args, **kwargs)
            return judge(text, *args, **kwargs)

        return judged

    return decorate
