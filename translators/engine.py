"""The translator: an Argos package's CTranslate2 model and SentencePiece run directly.

argostranslate's own `translate()` re-splits text with stanza or MiniSBD (downloads,
torch) and joins sentences into one string. Here the pipeline's sentences go in as
they are, all of a request in batched calls, and come out one per input.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from translators.batching import Coalescer
from translators.models import InstalledModel


@dataclass(frozen=True)
class EngineSettings:
    device: str = "cpu"
    compute_type: str = "auto"
    inter_threads: int = 2
    intra_threads: int = 1
    beam_size: int = 2
    max_batch_tokens: int = 512
    max_decoding_length: int = 256
    #: Fixes the output length (min = max): only for benchmarks of random-weight models.
    fixed_decoding_length: int = 0
    length_penalty: float = 0.2
    cache_size: int = 4096
    #: How long a model call waits for sentences from other threads (0 = never shares).
    batch_wait_ms: float = 5.0


class _LRU:
    """Translations of recent sentences: bulk jobs repeat headlines and page chrome."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: str, value: str) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


class Engine:
    """Loaded once per process; `translate` is safe to call from many threads at once."""

    def __init__(self, model: InstalledModel, settings: EngineSettings | None = None) -> None:
        import ctranslate2
        import sentencepiece

        self.model = model
        self.settings = settings or EngineSettings()
        s = self.settings
        self._translator = ctranslate2.Translator(
            str(model.model_dir),
            device=s.device,
            compute_type=s.compute_type,
            inter_threads=s.inter_threads,
            intra_threads=s.intra_threads,
        )
        self._sp = sentencepiece.SentencePieceProcessor(model_file=str(model.sentencepiece_model))
        self._cache = _LRU(s.cache_size)
        # a few full batches' worth of words is enough to start a shared call
        # one call more than the translator has replicas: it waits in CTranslate2's queue and
        # starts the moment a replica is free (bulk over 41 articles, paired with the raw call:
        # 0.76 x with one call at a time, 0.80-0.84 with two, 0.91-0.95 with three)
        self.coalescer = Coalescer(
            self.translate_uncached, s.batch_wait_ms / 1000, 4 * s.max_batch_tokens, s.inter_threads + 1
        )
        #: Told of every model call's source texts (metrics); None when nobody listens.
        self.on_batch: Callable[[Sequence[str]], None] | None = None

    def _decode_options(self) -> dict:
        s = self.settings
        options = {
            "beam_size": s.beam_size,
            "max_batch_size": s.max_batch_tokens,
            "batch_type": "tokens",
            "length_penalty": s.length_penalty,
            "replace_unknowns": True,
            "max_decoding_length": s.max_decoding_length,
        }
        if s.fixed_decoding_length:
            options["max_decoding_length"] = s.fixed_decoding_length
            options["min_decoding_length"] = s.fixed_decoding_length
        return options

    def translate_uncached(self, texts: Sequence[str]) -> list[str]:
        """One output per input, in order, in as few CTranslate2 calls as the batch size allows."""
        if not texts:
            return []
        if self.on_batch is not None:
            self.on_batch(texts)
        tokens = [self._sp.encode(t, out_type=str) for t in texts]
        # sentences of similar length batch together with little padding
        order = sorted(range(len(tokens)), key=lambda i: len(tokens[i]))
        prefix = self.model.target_prefix
        kwargs = self._decode_options()
        if prefix:
            kwargs["target_prefix"] = [[prefix]] * len(tokens)
        results = self._translator.translate_batch([tokens[i] for i in order], **kwargs)
        outputs = [""] * len(tokens)
        for i, result in zip(order, results, strict=True):
            hyp = result.hypotheses[0]
            if prefix and hyp and hyp[0] == prefix:
                hyp = hyp[1:]
            outputs[i] = " ".join(self._sp.decode(hyp).split())
        return outputs

    def translate(self, texts: Sequence[str]) -> list[str]:
        """Like `translate_uncached`, reusing translations of sentences seen recently and
        sharing the model call with other threads' sentences (translators.batching)."""
        cached = {t: out for t in set(texts) if (out := self._cache.get(t)) is not None}
        missing = [t for t in dict.fromkeys(texts) if t not in cached]
        translated = (
            self.coalescer.translate(missing)
            if self.settings.batch_wait_ms > 0
            else self.translate_uncached(missing)
        )
        for text, out in zip(missing, translated, strict=True):
            self._cache.put(text, out)
            cached[text] = out
        return [cached[t] for t in texts]
