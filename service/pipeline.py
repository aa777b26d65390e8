"""The one pipeline behind the API, the CLI, the web form and the jobs.

text → segments (paragraphs, sentences, kinds) → quotations → translation → summary.
Guarantees that users judge by meaning hold here by construction, whatever the model
says: only title/heading/body sentences reach the model (unless chrome is asked
for), each sentence yields exactly one English sentence, English quotations are
copied, and both summaries are the same indices read in two languages.
"""

from __future__ import annotations

import gc
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from summarizers import DEFAULT_METHOD, summarize
from translators.chrome import classify
from translators.document import Document, Kind, Paragraph, Quote, Sentence
from translators.engine import Engine, EngineSettings
from translators.models import InstalledModel, find_model
from translators.quotes import Piece, annotate_paragraph, has_kept_quotes, pieces, restore_kept
from translators.segment import clauses, segment
from translators.terms import TermMatch, Terms, cut, find_terms


@dataclass(frozen=True)
class Options:
    summary_sentences: int = 3
    summarizer: str = DEFAULT_METHOD
    #: A length budget in words instead of a sentence count, when given.
    summary_words: int | None = None
    #: "text", or "html": the article is extracted from the page first (trafilatura).
    format: str = "text"
    #: Exact strings kept as they are, and French → English terms imposed (translators.terms).
    keep: tuple[str, ...] = ()
    glossary: tuple[tuple[str, str], ...] = ()
    include_chrome: bool = False


@dataclass(frozen=True)
class Segment:
    """A sentence as the response reports it; `en` is None when it was not translated."""

    index: int
    paragraph: int
    kind: Kind
    start: int
    end: int
    fr: str
    en: str | None
    language: str
    quotes: tuple[Quote, ...]
    #: Kept spans and glossary terms, offsets into the input like the sentence's.
    terms: tuple[TermMatch, ...] = ()

    @classmethod
    def of(cls, s: Sentence, kind: Kind, en: str | None, terms: Sequence[TermMatch] = ()) -> Segment:
        shifted = tuple(replace(t, start=t.start + s.start, end=t.end + s.start) for t in terms)
        return cls(s.index, s.paragraph, kind, s.start, s.end, s.text, en, s.language, s.quotes, shifted)


@dataclass(frozen=True)
class Summary:
    method: str
    indices: list[int]
    fr: list[str]
    en: list[str]


@dataclass(frozen=True)
class Result:
    model: InstalledModel
    segments: list[Segment]
    translation: str
    summary: Summary
    timings_ms: dict[str, float] = field(default_factory=dict)
    source_language: str = "fr"
    target_language: str = "en"
    text: str = ""
    #: "html": `text` is the article extracted from the page, and `metadata` what the page says.
    format: str = "text"
    metadata: dict | None = None
    left_out: tuple[str, ...] = ()

    def english_in_layout(self) -> str:
        """The input with each translated sentence replaced by its English, its layout kept."""
        return in_layout(self.text, [(s.start, s.end, s.en) for s in self.segments if s.en is not None])


def in_layout(text: str, replacements: list[tuple[int, int, str]]) -> str:
    """`text` with the spans (start, end, new), in order, replaced: line breaks and spacing stay."""
    out, pos = [], 0
    for start, end, new in replacements:
        out += [text[pos:start], new]
        pos = end
    out.append(text[pos:])
    return "".join(out)


_collector_lock = threading.Lock()
_collector_holds = 0
_collector_was_on = True


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Analysis makes two objects per line and no reference cycles: on a page of many short
    lines, the cyclic collector rescanning them every few hundred allocations took a fifth
    of the time. It is paused while any analysis runs (it is process-wide: the last
    analysis to finish turns it back on, as it was)."""
    global _collector_holds, _collector_was_on
    with _collector_lock:
        if _collector_holds == 0:
            _collector_was_on = gc.isenabled()
            gc.disable()
        _collector_holds += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_holds -= 1
            if _collector_holds == 0 and _collector_was_on:
                gc.enable()


def analyse(text: str) -> Document:
    """Segment, classify and find quotations: everything before the model."""
    with _cycle_collector_paused():
        paragraphs = classify(segment(text))
        return Document(text, tuple(map(_annotated, paragraphs)))


def _annotated(paragraph: Paragraph) -> Paragraph:
    sentences = annotate_paragraph(paragraph.sentences)
    if sentences is paragraph.sentences or all(
        a is b for a, b in zip(sentences, paragraph.sentences, strict=True)
    ):
        return paragraph  # a line with nothing to annotate: most of a page's furniture
    return replace(paragraph, sentences=sentences)


def _from_pieces(plan: list, english: Iterator[str]) -> str:
    """A sentence put together from its pieces: French runs translated, the rest as it was."""
    parts = []
    for k, piece in enumerate(plan):
        if not piece.translate:
            elided = k > 0 and plan[k - 1].text.endswith(("'", "’")) and piece.out is not None
            # "de l'" + glossary term: the model's "of the" needs its space before the English
            out = piece.text if piece.out is None else piece.out
            parts.append((" " if elided and parts and not parts[-1].endswith(" ") else "") + out)
            continue
        core = piece.text.strip()
        lead = piece.text[: len(piece.text) - len(piece.text.lstrip())]
        trail = piece.text[len(piece.text.rstrip()) :]
        parts.append(lead + " ".join(next(english) or run for run in clauses(core)) + trail)
    return "".join(parts).strip()


def _runs(plan: list) -> list[str]:
    return [run for p in plan if p.translate for run in clauses(p.text.strip())]


def translate_sentences(
    engine: Engine, sentences: list[Sentence], in_context: bool = False, terms: Terms | None = None
) -> tuple[list[str], list[list[TermMatch]]]:
    """One English string per sentence, French pieces translated, the rest copied; and the
    terms kept or replaced in each.

    With `in_context`, a sentence holding a kept English quotation is sent whole first:
    it reads better than its pieces when the model carries the English through word for
    word; then the quotation is put back byte for byte, marks included. If the model
    changed it, the sentence's French pieces go in a second call. Off by default: with a
    model that rewrites the quotation (the random-weight one here) that second call nearly
    doubles the time per seed article at base size (0.95 s → 1.8 s).
    """
    applied: list[list[TermMatch]] = [[] for _ in sentences]
    plans: list[list[Piece]] = []
    whole: list[bool] = []
    for k, s in enumerate(sentences):
        matches = find_terms(s.text, terms) if terms and s.language != "en" else []
        whole.append(in_context and not matches and has_kept_quotes(s))
        if matches:
            plan, applied[k] = cut(pieces(s), matches)
        else:
            plan = [Piece(s.text, True)] if whole[k] else pieces(s)
        plans.append(plan)
    first = iter(engine.translate([run for plan in plans for run in _runs(plan)]))
    outputs: list[str | None] = []
    for sentence, plan, w in zip(sentences, plans, whole, strict=True):
        english = _from_pieces(plan, first)
        outputs.append(restore_kept(english, sentence) if w else english)
    retry = [i for i, out in enumerate(outputs) if out is None]
    if retry:
        plans = {i: pieces(sentences[i]) for i in retry}
        second = iter(engine.translate([run for i in retry for run in _runs(plans[i])]))
        for i in retry:
            outputs[i] = _from_pieces(plans[i], second)
    return [out or "" for out in outputs], applied


class Pipeline:
    """Holds the engine (loaded once, on first use) and runs articles through the stages."""

    def __init__(
        self,
        packages_dir: Path,
        settings: EngineSettings | None = None,
        engine: Engine | None = None,
        quotes_in_context: bool = False,
        keep_patterns: tuple[re.Pattern, ...] = (),
    ) -> None:
        self.packages_dir = packages_dir
        #: The operator's keep patterns (BILINGUA_KEEP_PATTERNS_FILE), applied to every article.
        self.keep_patterns = keep_patterns
        self.settings = settings or EngineSettings()
        self.quotes_in_context = quotes_in_context
        self._engine = engine
        self._lock = threading.Lock()
        self._on_batch: Callable[[Sequence[str]], None] | None = None
        #: Seconds the model took to load, once it has.
        self.model_load_s: float | None = None

    def observe(self, on_batch: Callable[[Sequence[str]], None]) -> None:
        """Have `on_batch` told of every model call's source texts (the service's metrics)."""
        self._on_batch = on_batch
        if self._engine is not None:
            self._engine.on_batch = on_batch

    def engine(self) -> Engine:
        """The loaded engine; raises ModelNotInstalled until a model is installed."""
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    started = time.perf_counter()
                    engine = Engine(find_model(self.packages_dir), self.settings)
                    engine.on_batch = self._on_batch
                    self.model_load_s = time.perf_counter() - started
                    self._engine = engine
        return self._engine

    @property
    def loaded_model(self) -> InstalledModel | None:
        return self._engine.model if self._engine else None

    def warm_up(self) -> None:
        """Load what the first request would otherwise wait for."""
        from translators.language import PRELOADS

        for load in PRELOADS:
            load()
        summarize(["Le chat dort au soleil.", "Il rêve de souris.", "Le chien aboie."], 1)
        self.engine()

    def terms(self, keep: Sequence[str] = (), glossary: Sequence[Sequence[str]] = ()) -> Terms:
        """What this article keeps or imposes: the request's, the page's and the operator's."""
        return Terms(tuple(keep), tuple((fr, en) for fr, en in glossary), self.keep_patterns)

    def translate_texts(self, texts: list[str], terms: Terms | None = None) -> list[str]:
        """Plain translation of several texts, chrome included, layout kept, in one batch."""
        engine = self.engine()
        docs = [analyse(t) for t in texts]
        sentences = [s for doc in docs for s in doc.sentences]
        english = iter(
            translate_sentences(engine, sentences, self.quotes_in_context, terms or self.terms())[0]
        )
        return [in_layout(doc.text, [(s.start, s.end, next(english)) for s in doc.sentences]) for doc in docs]

    def run(self, text: str, options: Options | None = None) -> Result:
        options = options or Options()
        engine = self.engine()
        clock = time.perf_counter
        t0 = clock()
        metadata, marked, left_out = None, (), ()
        if options.format == "html":
            from translators.extraction import extract_article

            extracted = extract_article(text)
            text, metadata, marked, left_out = (
                extracted.text,
                extracted.metadata,
                extracted.keep,
                extracted.left_out,
            )
        doc = analyse(text)
        t1 = clock()

        wanted = [s for s in doc.sentences if not doc.kind_of(s).is_chrome or options.include_chrome]
        terms = self.terms(tuple(options.keep) + marked, options.glossary)
        outputs, applied = translate_sentences(engine, wanted, self.quotes_in_context, terms)
        english = dict(zip((s.index for s in wanted), outputs, strict=True))
        matched = dict(zip((s.index for s in wanted), applied, strict=True))
        t2 = clock()

        segments = [
            Segment.of(s, doc.kind_of(s), english.get(s.index), matched.get(s.index, ()))
            for s in doc.sentences
        ]
        body = [s for s in doc.sentences if doc.kind_of(s) is Kind.BODY]
        chosen = [
            body[i]
            for i in summarize(
                [s.text for s in body], options.summary_sentences, options.summarizer, options.summary_words
            )
        ]
        summary = Summary(
            method=options.summarizer,
            indices=[s.index for s in chosen],
            fr=[s.text for s in chosen],
            en=[english[s.index] for s in chosen],
        )
        t3 = clock()

        paragraphs: dict[int, list[str]] = {}
        for seg in segments:
            if seg.en is not None:
                paragraphs.setdefault(seg.paragraph, []).append(seg.en)
        translation = "\n\n".join(" ".join(p) for p in paragraphs.values())
        timings = {
            "segment": (t1 - t0) * 1000,
            "translate": (t2 - t1) * 1000,
            "summarize": (t3 - t2) * 1000,
        }
        return Result(
            model=engine.model,
            segments=segments,
            translation=translation,
            summary=summary,
            timings_ms={k: round(v, 2) for k, v in timings.items()},
            text=text,
            format=options.format,
            metadata=metadata,
            left_out=left_out,
        )
