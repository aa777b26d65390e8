"""A bound on the translations running at once, a short queue, and a time limit.

The server's threads are shared by every request: if translations took them all, `/health`,
`/metrics` and a 400 for malformed JSON would wait behind them. So translations run on a
pool of their own (`BILINGUA_MAX_INFLIGHT` at once), at most `BILINGUA_QUEUE_DEPTH` more wait
for a place, and past that a request is answered 503 with `Retry-After` at once. A request
that waits longer than `BILINGUA_REQUEST_TIMEOUT` in all is answered 503 too; its thread goes
back to the server, and the work it started finishes in the pool (it still counts as running
until it does).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TypeVar

from flask import current_app

from service.errors import ApiError

T = TypeVar("T")


class Overloaded(ApiError):
    """503 with a Retry-After header: the translation queue is full, or the time ran out."""

    def __init__(self, message: str, retry_after: int, code: str) -> None:
        super().__init__(
            503, message, {"retry_after_s": retry_after}, code, {"Retry-After": str(retry_after)}
        )


class Gate:
    def __init__(self, max_inflight: int, queue_depth: int, timeout_s: float) -> None:
        self.max_inflight = max(1, max_inflight)
        self.queue_depth = max(0, queue_depth)
        self.timeout_s = timeout_s
        self._pool = ThreadPoolExecutor(self.max_inflight, thread_name_prefix="bilingua-translate")
        self._lock = threading.Lock()
        self._admitted = 0
        self._running = 0

    @property
    def capacity(self) -> int:
        return self.max_inflight + self.queue_depth

    def state(self) -> dict:
        with self._lock:
            admitted, running = self._admitted, self._running
        return {
            "in_flight": running,
            "queued": admitted - running,
            "max_inflight": self.max_inflight,
            "queue_depth": self.queue_depth,
            "saturated": admitted >= self.capacity,
        }

    def _retry_after(self) -> int:
        # about one translation's time: the time limit shared among the places ahead
        return max(1, math.ceil(self.timeout_s / max(self.max_inflight, 1)))

    def run(self, fn: Callable[..., T], *args: object) -> T:
        """`fn(*args)` on the pool; Overloaded when there is no place or no time left.

        `fn` runs on another thread, outside the request's app context: resolve what it
        needs from `current_app` before calling.
        """
        with self._lock:
            if self._admitted >= self.capacity:
                raise Overloaded(
                    "The service is busy: every translation place is taken. Retry later.",
                    self._retry_after(),
                    "overloaded",
                )
            self._admitted += 1

        def task() -> T:
            with self._lock:
                self._running += 1
            try:
                return fn(*args)
            finally:
                with self._lock:
                    self._running -= 1
                    self._admitted -= 1

        try:
            future = self._pool.submit(task)
        except RuntimeError:  # the pool is shutting down
            with self._lock:
                self._admitted -= 1
            raise Overloaded(
                "The service is stopping. Retry later.", self._retry_after(), "overloaded"
            ) from None
        try:
            return future.result(timeout=self.timeout_s if self.timeout_s > 0 else None)
        except FutureTimeout:
            if future.cancel():  # still waiting for a place: it will never run
                with self._lock:
                    self._admitted -= 1
            raise Overloaded(
                f"The translation did not finish within {self.timeout_s:g} s (BILINGUA_REQUEST_TIMEOUT).",
                self._retry_after(),
                "timeout",
            ) from None

    def shutdown(self) -> None:
        """Finish what is running and queued; take nothing new."""
        self._pool.shutdown(wait=True)


def gate() -> Gate:
    return current_app.extensions["bilingua.gate"]
