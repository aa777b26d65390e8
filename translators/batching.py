"""Shared model calls: sentences from concurrent callers go to CTranslate2 together.

One article's sentences fill CTranslate2 batches poorly (measured: one call per article
reached ~75 % of one call for all articles). Callers on other threads — HTTP requests,
job workers, bulk threads — submit their sentences here; the first to arrive leads: it
waits a few milliseconds (and while the model is busy) for others to join, then runs
one call for all of them and hands each caller its own outputs, in order. A lone caller
waits `wait_s` at most when the model is free.

The model is busy when `concurrency` calls are running: a translator with two replicas
(inter_threads 2) runs a call's batches on both, but the last batch of a call leaves one
replica idle until the next call starts; a call already queued fills it at once.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Sequence


class _Request:
    __slots__ = ("texts", "outputs", "error", "done")

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.outputs: list[str] = []
        self.error: BaseException | None = None
        self.done = False


class Coalescer:
    """`translate(texts)` with the same answers as `run(texts)`, calls shared between threads."""

    def __init__(
        self, run: Callable[[list[str]], list[str]], wait_s: float, max_words: int, concurrency: int = 1
    ) -> None:
        self._run = run
        self.wait_s = wait_s
        #: calls running at once (the engine: the translator's replicas and one queued behind them)
        self.concurrency = max(1, concurrency)
        #: stop gathering once this many words wait (a few full batches)
        self.max_words = max_words
        self._cond = threading.Condition()
        self._pending: list[_Request] = []
        self._pending_words = 0
        self._leader = False
        self._running = 0
        #: sizes of the latest calls made, in sentences (for benchmarks and metrics)
        self.calls: deque[int] = deque(maxlen=10_000)

    def translate(self, texts: Sequence[str]) -> list[str]:
        if not texts:
            return []
        request = _Request(list(texts))
        with self._cond:
            self._pending.append(request)
            self._pending_words += sum(len(t.split()) for t in request.texts)
            if self._leader:
                while not request.done:
                    self._cond.wait()
                return self._answer(request)
            self._leader = True
            deadline = time.monotonic() + self.wait_s
            while self._pending_words < self.max_words:
                remaining = deadline - time.monotonic()
                if remaining <= 0 and self._running < self.concurrency:
                    break
                self._cond.wait(timeout=None if remaining <= 0 else remaining)
            while self._running >= self.concurrency:
                self._cond.wait()
            batch, self._pending, self._pending_words = self._pending, [], 0
            self._leader = False
            self._running += 1
        try:
            outputs = self._run([t for r in batch for t in r.texts])
        except BaseException as exc:  # every caller of the shared call sees its failure
            for r in batch:
                r.error = exc
        else:
            it = iter(outputs)
            for r in batch:
                r.outputs = [next(it) for _ in r.texts]
        finally:
            with self._cond:
                self.calls.append(sum(len(r.texts) for r in batch))
                self._running -= 1
                for r in batch:
                    r.done = True
                self._cond.notify_all()
        return self._answer(request)

    @staticmethod
    def _answer(request: _Request) -> list[str]:
        if request.error is not None:
            raise request.error
        return request.outputs
