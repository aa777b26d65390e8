"""The coalescer keeps as many model calls running as it is told, never more, and every
caller still gets its own outputs."""

import threading
import time

import pytest

from translators.batching import Coalescer


class SlowModel:
    """Echoes upper-cased text after a pause; records how many calls overlap."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.most = 0

    def __call__(self, texts: list[str]) -> list[str]:
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
        time.sleep(0.05)
        with self.lock:
            self.running -= 1
        return [t.upper() for t in texts]


@pytest.mark.parametrize("concurrency", [1, 3])
def test_calls_overlap_up_to_the_concurrency_and_answers_stay_each_callers(concurrency):
    model = SlowModel()
    coalescer = Coalescer(model, wait_s=0.001, max_words=1, concurrency=concurrency)
    answers: dict[int, list[str]] = {}

    def caller(k: int) -> None:
        answers[k] = coalescer.translate([f"phrase {k} a", f"phrase {k} b"])

    threads = [threading.Thread(target=caller, args=(k,)) for k in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == {k: [f"PHRASE {k} A", f"PHRASE {k} B"] for k in range(12)}
    assert model.most == concurrency  # a replica is never left waiting, nor one call too many sent
