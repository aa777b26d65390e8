"""Is this short span English or French? Offline, with the model that ships in lingua's wheel.

Restricted to the two languages the service meets, lingua got every seed quote right
(STACK-NOTES). Two cheap rules cover what it gets wrong on very short spans: French
elisions and accents are decisive, and a single word needs a very high score.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from translators.marks import ELIDED_WORDS
from translators.memo import per_short_text
from translators.social import words_only

#: A French elided word and its apostrophe: "l’", "d'", "qu’", "jusqu'".
ELIDED = "(?:" + "|".join(sorted(ELIDED_WORDS, key=lambda w: (-len(w), w))) + ")['’]"
_FRENCH_MARKS = re.compile(rf"\b{ELIDED}\w|[éèêëàâîïôûùçœæÉÈÊÀÇ]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

#: Minimum English confidence by number of words (1, 2, 3+).
THRESHOLDS = (0.9, 0.75, 0.6)
#: A whole sentence left untranslated is costly if wrong: demand more.
SENTENCE_THRESHOLD = 0.95
#: … or this much from lingua when the words' mean English-minus-French Zipf frequency is at
#: least SENTENCE_WORD_MARGIN (a French sentence with English names scores near 0 or below).
SENTENCE_SECOND_OPINION = 0.5
SENTENCE_WORD_MARGIN = 1.2
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


def _load_word_frequencies() -> None:
    _word_margin("le")


#: What the first request would otherwise wait for (about 0.35 s and 0.75 s here).
PRELOADS = (_detector, _load_word_frequencies)


def english_confidence(text: str) -> float:
    from lingua import Language

    return _detector().compute_language_confidence(text, Language.ENGLISH)


#: Spans of at most this many words are judged word by word (character n-grams say
#: little about one or two words: lingua called "swifty", "masters", "MAGA" French).
SHORT_SPAN_WORDS = 4
#: Mean English-minus-French Zipf frequency from which a short span is English: one word
#: (a loanword used in French scores near 0: "trains" 0.0, "abusive" +0.5, "bug" +0.4),
#: and two to four words.
WORD_MARGIN = (0.45, 0.3)
#: English titles capitalise every word ("Cruel Summer"), French ones only the first.
TITLE_CASE_BONUS = 0.5
#: Titles in title case up to this many words are judged word by word too.
TITLE_CASE_MAX_WORDS = 8
_ELONGATED = re.compile(r"([^\W\d_])\1{2,}")
_MINOR_WORDS = frozenset("a an and as at by for in of on or the to with".split())


def _word_margin(word: str) -> float | None:
    """English minus French Zipf frequency of one word (wordfreq), None when neither knows it."""
    return _lowercase_margin(_ELONGATED.sub(r"\1", word.lower()))  # "Thiiiiiis" is "this"


@lru_cache(maxsize=1 << 16)
def _lowercase_margin(word: str) -> float | None:
    from wordfreq import zipf_frequency

    en, fr = zipf_frequency(word, "en"), zipf_frequency(word, "fr")
    if en == 0 and fr == 0:
        return None
    return max(-3.0, min(3.0, en - fr))


#: Below this Zipf frequency in French (about once in 3 million words), a word that English
#: uses more is a foreign word the French list knows from quotations: "covfefe" (English 1.6,
#: French 1.2), "snowbirds" (2.0, 1.6). French words this rare score below zero in English.
RARE_FRENCH_ZIPF = 2.5


@lru_cache(maxsize=1 << 16)
def _rare_in_french(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(_ELONGATED.sub(r"\1", word.lower()), "fr") < RARE_FRENCH_ZIPF


def _title_case(words: list[str]) -> bool:
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    return len(words) >= 2 and bool(major) and all(w[0].isupper() and not w.isupper() for w in major)


def _mean_margin(words: list[str]) -> float | None:
    """Mean `_word_margin` of the words either language knows, None when it knows none."""
    margins = [m for m in map(_word_margin, words) if m is not None]
    return sum(margins) / len(margins) if margins else None


#: A capitalised word about as frequent in both languages is a name ("Maduro" in "Maduro
#: grey"): it says nothing about the language of the words around it.
NAME_MARGIN = 0.5


def _without_names(words: list[str]) -> list[str]:
    kept = [w for w in words if not (w[:1].isupper() and abs(_word_margin(w) or 0.0) < NAME_MARGIN)]
    return kept or words


def short_span_language(words: list[str], after_elision: bool = False) -> str | None:
    """ "en"/"fr" for one to four words from per-word frequencies, None without evidence."""
    mean = _mean_margin(_without_names(words) if len(words) > 1 else words)
    if mean is None:
        return None
    score = mean + (TITLE_CASE_BONUS if _title_case(words) else 0.0)
    if len(words) == 1:
        # d'« abusive »: a word the sentence elides into is used as a French word
        if after_elision:
            return "fr"
        return "en" if score >= WORD_MARGIN[0] or (score > 0 and _rare_in_french(words[0])) else "fr"
    return "en" if score >= WORD_MARGIN[1] else "fr"


@per_short_text(maxsize=1 << 16)
def language_of(text: str, after_elision: bool = False) -> str:
    """ "en" or "fr" for a quotation or a short text; "fr" when unsure, so it gets translated,
    except a single word neither language knows ("covfefe"), which is kept as written."""
    text = words_only(text)
    words = _WORD.findall(text)
    if not words or _FRENCH_MARKS.search(text):
        return "fr"
    if len(words) <= SHORT_SPAN_WORDS:
        judged = short_span_language(words, after_elision)
        if judged is not None:
            return judged
        if len(words) == 1 and not after_elision:
            return "en"  # "covfefe": a word no language knows, a coinage or a name, is kept as written
    if _function_words_say_french(words):
        return "fr"
    if _function_words_say_english(words):
        return "en"
    if len(words) <= TITLE_CASE_MAX_WORDS and _title_case(words):
        # a title with every word capitalised, judged by its words as the short ones are: a
        # detector's character n-grams call "Put A Date On It" French
        judged = short_span_language(words)
        if judged is not None:
            return judged
    threshold = THRESHOLDS[min(len(words), len(THRESHOLDS)) - 1]
    return "en" if english_confidence(text) >= threshold else "fr"


#: Grammatical words of one language and not the other ("on", "a" and "en" are in both).
FRENCH_FUNCTION_WORDS = frozenset(
    "le la les de des du un une et est que qui pour dans sur avec ne pas au aux ce cette il elle "
    "nous vous ils elles se sa son ses leur mais ou comme par plus très sont été".split()
)
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to is in for with that this it are was be you not my your have has will at by "
    "from an we they he she his her our their but or as".split()
)


def _function_words_say_french(words: list[str]) -> bool:
    """Two French grammatical words or more and no English one: French, whatever names,
    hashtags and loanwords around them make a detector think ("Le swing incroyable de
    Donald Trump #CrookedHillary")."""
    lowered = [w.lower() for w in words]
    french = sum(w in FRENCH_FUNCTION_WORDS for w in lowered)
    return french >= 2 and not any(w in ENGLISH_FUNCTION_WORDS for w in lowered)


def _function_words_say_english(words: list[str]) -> bool:
    """The mirror: two English grammatical words or more and no French one. Character
    n-grams weigh little in a short slogan ("France is in the air": 0.54 English), its
    grammatical words settle it."""
    lowered = {w.lower() for w in words}
    return len(lowered & ENGLISH_FUNCTION_WORDS) >= 2 and not lowered & FRENCH_FUNCTION_WORDS


def words_of(text: str) -> list[str]:
    """The words of `text` (letters, with their inner apostrophes and hyphens), no numbers."""
    return _WORD.findall(text)


def has_french_marks(text: str) -> bool:
    """Accents or elisions: French whatever the words around them."""
    return bool(_FRENCH_MARKS.search(text))


def sentence_language(text: str) -> str:
    """Like `language_of`, for a whole sentence: English only when nothing looks French."""
    text = words_only(text)
    words = _WORD.findall(text)
    if _FRENCH_MARKS.search(text) or len({w.lower() for w in words} & _FRENCH_FUNCTION_WORDS) >= 2:
        return "fr"
    confidence = english_confidence(text)
    if confidence >= SENTENCE_THRESHOLD:
        return "en"
    # short sentences leave lingua unsure ("Big win in Montana for Republicans!": 0.81);
    # per-word frequencies are a second, independent witness
    if confidence >= SENTENCE_SECOND_OPINION and (_mean_margin(words) or 0.0) >= SENTENCE_WORD_MARGIN:
        return "en"
    return "fr"


#: A sentence of two or three words in a French paragraph ("Everything is connected.") takes
#: its neighbours' language unless both witnesses are sure of English: lingua and the words'
#: frequencies. Over the 190 pages, two such sentences pass ("Everything is connected.",
#: "Early adopters.", a term being defined) and no French one comes near.
SHORT_SENTENCE_CONFIDENCE = 0.9
SHORT_SENTENCE_WORD_MARGIN = 1.5


def short_sentence_is_english(text: str) -> bool:
    """Whether a sentence too short to be judged alone is English all the same."""
    text = words_only(text)
    words = _WORD.findall(text)
    if len(words) < 2 or _FRENCH_MARKS.search(text):
        return False
    # the frequencies first: a dictionary look-up, where lingua reads every character
    if (_mean_margin(words) or 0.0) < SHORT_SENTENCE_WORD_MARGIN:
        return False
    return english_confidence(text) >= SHORT_SENTENCE_CONFIDENCE


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
