"""Analysis time on hostile texts against a plain article of the same length.

The service faces the network: any text up to the size limit must cost linear time. Each
generator repeats a unit that once sent some step super-linear (quotation marks to pair,
lines to classify, markers and comment stamps that open sections, one endless sentence).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from service.pipeline import analyse

#: Units repeated to the measured length; `bilingua bench --adversarial` and the tests use them.
GENERATORS: dict[str, str] = {
    "quotation marks": '“ « " ‹ „ ” » ’ ',
    "short lines": "x\n",
    "marks and markers": "« Il a dit “ok » puis ‹ non ”.\nLire aussi :\n",
    "comment stamps": "lecteur\n24 janvier 2017\n12h10\nUn commentaire.\n",
    "section markers": "Pour approfondir\nUn titre\nUn court résumé en une phrase.\n",
    "one sentence": "mot ",
    "lone openers": "« ",
}
#: The worst generator may cost this many times a plain article of the same length.
TARGET_RATIO = 3.0
CHARS = 100_000


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def seconds(text: str, repeat: int = 2) -> float:
    """Best of `repeat` analyses of `text`."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()  # a collection left over from the last run is not this run's cost
        started = time.perf_counter()
        analyse(text)
        best = min(best, time.perf_counter() - started)
    return best


def adversarial(plain: str, size: int = CHARS, progress: Callable[[str], None] = lambda _: None) -> dict:
    """Seconds of analysis per `size` characters for each generator and for `plain` repeated."""
    analyse("Bonjour. " * 100)  # word lists and detectors loaded before any timing
    baseline = seconds(repeated(plain, size))
    rows = {}
    for name, unit in GENERATORS.items():
        progress(f"adversarial: {name}")
        rows[name] = round(seconds(repeated(unit, size)), 3)
    worst = max(rows, key=rows.__getitem__)
    return {
        "chars": size,
        "plain_s": round(baseline, 3),
        "generators_s": rows,
        "worst": worst,
        "worst_ratio": round(rows[worst] / baseline, 2),
        "target_ratio": TARGET_RATIO,
    }


def line(report: dict) -> str:
    a = report
    met = "✓" if a["worst_ratio"] <= a["target_ratio"] else "✗"
    each = ", ".join(f"{name} {s:.2f} s" for name, s in a["generators_s"].items())
    return (
        f"hostile input, analysis per {a['chars']:,} chars: plain article {a['plain_s']:.2f} s; {each}; "
        f"worst {a['worst']} {a['worst_ratio']:.2f} × plain [≤ {a['target_ratio']:g} × {met}]"
    )
