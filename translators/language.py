"""Is this short span English or French? Offline, with the model that ships in lingua's wheel.

Restricted to the two languages the service meets, lingua got every seed quote right
(STACK-NOTES). Two cheap rules cover what it gets wrong on very short spans: French
elisions and accents are decisive, and a single word needs a very high score.
"""

from __future__ import annotations

import re
from functools import cache

_FRENCH_MARKS = re.compile(
    r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]\w|[éèêëàâîïôûùçœæÉÈÊÀÇ]", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

#: Minimum English confidence by number of words (1, 2, 3+).
THRESHOLDS = (0.9, 0.75, 0.6)
#: A whole sentence left untranslated is costly if wrong: demand more.
SENTENCE_THRESHOLD = 0.95
_FRENCH_FUNCTION_WORDS = frozenset(
    "le la les des du de et est un une que qui pour dans sur avec pas il elle ils elles nous vous "
    "au aux ce cette ces son sa ses leur leurs mais ou où donc car ne sont été être avoir".split()
)


@cache
def _detector():  # noqa: ANN202 - lingua's type
    from lingua import Language, LanguageDetectorBuilder

    return (
        LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH)
        .with_preloaded_language_models()
        .build()
    )


def preload() -> None:
    """Build the detector now, so the first request does not pay for it."""
    _detector()


def english_confidence(text: str) -> float:
    from lingua import Language

    return _detector().compute_language_confidence(text, Language.ENGLISH)


def language_of(text: str) -> str:
    """ "en" or "fr" for a quotation or a sentence; "fr" when unsure, so it gets translated."""
    words = _WORD.findall(text)
    if not words or _FRENCH_MARKS.search(text):
        return "fr"
    threshold = THRESHOLDS[min(len(words), len(THRESHOLDS)) - 1]
    return "en" if english_confidence(text) >= threshold else "fr"


def sentence_language(text: str) -> str:
    """Like `language_of`, for a whole sentence: English only when nothing looks French."""
    words = _WORD.findall(text)
    if _FRENCH_MARKS.search(text) or len({w.lower() for w in words} & _FRENCH_FUNCTION_WORDS) >= 2:
        return "fr"
    return "en" if english_confidence(text) >= SENTENCE_THRESHOLD else "fr"


def confidences(text: str) -> dict[str, float]:
    """Confidence (0–1) that `text` is French and that it is English, for /detect."""
    if not _WORD.findall(text):
        return {"fr": 0.0, "en": 0.0}
    en = english_confidence(text)
    if _FRENCH_MARKS.search(text):
        en = min(en, 0.1)
    return {"fr": 1.0 - en, "en": en}


def looks_french(text: str) -> bool:
    """Whether an article is French at all, judged on its first few thousand characters.

    French running text is about a third function words (le, de, et, …); any other
    language has almost none. Short texts fall back to the identifier.
    """
    sample = text[:5000]
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) >= 20:
        return sum(w in _FRENCH_FUNCTION_WORDS for w in words) / len(words) >= 0.05
    return bool(words) and confidences(sample)["fr"] >= 0.5
