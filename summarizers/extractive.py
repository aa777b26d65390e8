"""sumy's summarizers, run offline on sentences the pipeline already split.

sumy's own tokenizers need NLTK's punkt data (a download); its summarizers only need
objects with `to_words()`, so sentences go in as they are, with a regex word
tokenizer, the Snowball French stemmer and sumy's French stop words (no data files).
"""

from __future__ import annotations

import pkgutil
import re
import sys
import threading
import types
import warnings
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

_WORD = re.compile(r"[^\W_]+")
# sumy's LSA warns on short texts with few content words; its result is still usable
warnings.filterwarnings("ignore", message="Number of words .* is lower than number of sentences")

DEFAULT_METHOD = "pacsum"
METHODS = ("pacsum", "lexrank", "textrank", "lsa", "luhn", "lead")
#: PACSUM, LexRank and TextRank compare every pair of sentences (3 s for 1 000 in sumy): on very
#: long texts they choose among the first sentences only, where news puts what matters.
GRAPH_METHODS = frozenset({"pacsum", "lexrank", "textrank"})
MAX_GRAPH_SENTENCES = 400


class WordTokenizer:
    """Words for sumy: letters and digits; elisions (l’, qu’) split off as their own word."""

    language = "french"

    def to_words(self, text: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(text))

    def to_sentences(self, text: str) -> tuple[str, ...]:
        return (text,)


_local = threading.local()


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """French Snowball stem; the same words recur across sentences and articles (stemming
    was 60 % of LexRank's time), and a stemmer object is not safe to share between threads."""
    stemmer = getattr(_local, "french", None)
    if stemmer is None:
        import Stemmer  # PyStemmer: the Snowball project's C stemmers (2 ms to import)

        stemmer = _local.french = Stemmer.Stemmer("french")
    return stemmer.stemWord(word)


def _sumy_without_nltk() -> None:
    """Let sumy's summarizers import without NLTK.

    sumy's stemmer module imports all of NLTK (1.4 s of a 3 s start-up) to reach one
    Snowball stemmer, while its summarizers only take `null_stemmer` from it. A module
    holding just that is registered under its name before they are imported, and words
    are stemmed with PyStemmer, the Snowball project's own French stemmer compiled (it
    differs from NLTK's port on 8 of the 6 056 distinct words of seeds/; it gives the same
    stems as the pure-Python snowballstemmer on all 32 544 words of OrangeSum's articles,
    which took 0.23 s to import all its languages).
    """
    name = "sumy.nlp.stemmers"
    if name in sys.modules:
        return
    import sumy.nlp

    module = types.ModuleType(name, "sumy.nlp.stemmers without NLTK (see summarizers.extractive)")
    module.null_stemmer = lambda obj: str(obj).lower()  # type: ignore[attr-defined]
    sys.modules[name] = sumy.nlp.stemmers = module  # type: ignore[attr-defined]


@cache
def _summarizer(method: str) -> Callable:
    _sumy_without_nltk()
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    class FastLexRankSummarizer(LexRankSummarizer):
        """sumy's LexRank with its sentence-similarity matrix computed by numpy: the same
        idf-modified cosine and threshold, without the pure-Python loop over every pair of
        sentences (70 % of a summary's time)."""

        @staticmethod
        def _compute_idf(sentences):  # noqa: ANN001, ANN205 - sumy's signature
            """The same idf as sumy's, from one count of each term's sentences (not one scan
            of every sentence per term)."""
            import math
            from collections import Counter

            in_sentences = Counter(term for sentence in sentences for term in set(sentence))
            return {term: math.log(len(sentences) / (1 + n)) for term, n in in_sentences.items()}

        def _create_matrix(self, sentences, threshold, tf_metrics, idf_metrics):  # noqa: ANN001, ANN202
            import numpy

            column = {term: k for k, term in enumerate(idf_metrics)}
            weights = numpy.zeros((len(sentences), len(column)))
            for row, tf in enumerate(tf_metrics):
                for term, value in tf.items():
                    weights[row, column[term]] = value * idf_metrics[term]
            norms = numpy.sqrt((weights * weights).sum(axis=1))
            both = numpy.outer(norms, norms)
            with numpy.errstate(divide="ignore", invalid="ignore"):
                cosine = numpy.where(both > 0, (weights @ weights.T) / both, 0.0)
            matrix = (cosine > threshold).astype(float)
            degrees = matrix.sum(axis=1)
            degrees[degrees == 0] = 1
            return matrix / degrees[:, None]

    classes = {
        "lexrank": FastLexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
    }
    summarizer = classes[method](stem)
    summarizer.stop_words = _stop_words()
    return summarizer


def lead(sentences: Sequence[str], count: int) -> list[int]:
    """The first `count` sentences: the classic news baseline."""
    return list(range(min(count, len(sentences))))


@cache
def _stop_words() -> frozenset[str]:
    """sumy's French stop words, read from its package data (sumy.utils imports requests)."""
    data = pkgutil.get_data("sumy", "data/stopwords/french.txt") or b""
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)


def content_words(sentence: str) -> list[str]:
    """Stemmed words of a sentence, stop words left out."""
    stop = _stop_words()
    return [stem(w.lower()) for w in _WORD.findall(sentence) if w.lower() not in stop]


def pacsum_inputs(sentences: Sequence[str]) -> tuple[list[list[str]], list[int]]:
    """What the position-aware summarizer reads of each sentence: its content words and its
    length in words."""
    return [content_words(s) for s in sentences], [len(_WORD.findall(s)) for s in sentences]


def _pacsum_ranking(sentences: Sequence[str]) -> list[int]:
    from summarizers.position import ranking

    return ranking(*pacsum_inputs(sentences))


def _count_words(sentences: Sequence[str], chosen: Sequence[int]) -> int:
    return sum(len(sentences[i].split()) for i in chosen)


def summarize(
    sentences: Sequence[str], count: int, method: str = DEFAULT_METHOD, words: int | None = None
) -> list[int]:
    """Indices of the chosen sentences, in document order: `count` of them, or, with a
    budget of `words`, as many as fit in it (at least one: a summary of nothing helps nobody)."""
    if method not in METHODS:
        raise ValueError(f"unknown summarizer {method!r}; choose one of {', '.join(METHODS)}")
    if words is not None:
        return _within(sentences, words, method)
    if count <= 0:
        return []
    if method == "lead" or len(sentences) <= count:
        return lead(sentences, count)
    if method in GRAPH_METHODS:
        sentences = sentences[:MAX_GRAPH_SENTENCES]
    if method == "pacsum":
        return sorted(_pacsum_ranking(sentences)[:count])
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = WordTokenizer()
    objects = [Sentence(text, tokenizer) for text in sentences]
    position = {id(s): i for i, s in enumerate(objects)}
    document = ObjectDocumentModel([Paragraph(objects)])
    try:
        chosen = _summarizer(method)(document, count)
    except (ZeroDivisionError, ValueError, ArithmeticError):
        # degenerate input (no content words at all): fall back to the baseline
        return lead(sentences, count)
    return sorted(position[id(s)] for s in chosen)


def _within(sentences: Sequence[str], budget: int, method: str) -> list[int]:
    """The longest summary of the method's that stays within `budget` words.

    Ranked methods (pacsum, lead) take their best sentences while they fit; for sumy's
    methods the sentence count is found by bisection (a longer summary has more words), so a
    large budget on a long text costs a few summaries, not one per sentence.
    """
    if budget <= 0 or not sentences:
        return []
    if method in ("pacsum", "lead"):
        order = (
            _pacsum_ranking(sentences[:MAX_GRAPH_SENTENCES])
            if method == "pacsum"
            else list(range(len(sentences)))
        )
        chosen: list[int] = []
        used = 0
        for i in order:
            used += len(sentences[i].split())
            if used > budget:
                break
            chosen.append(i)
        return sorted(chosen or order[:1])
    best = summarize(sentences, 1, method)
    low, high = 2, len(sentences)
    while low <= high:
        middle = (low + high) // 2
        chosen = summarize(sentences, middle, method)
        if _count_words(sentences, chosen) <= budget:
            best, low = chosen, middle + 1
        else:
            high = middle - 1
    return best
