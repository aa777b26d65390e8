"""Bench rows for cost against article length: one article of a given size in a fresh
process, so that its peak RSS is that article's alone.

Run as `python -m service.bench_length ARGS.json`; prints one JSON object: the words and
strings the pipeline sent to the model (repeated sentences are translated once, so this is
the model's work), the seconds of each run of `Pipeline.run` (`repeat` runs, more until they add
up to `budget_s`: a one-second article timed a few times measures the shared machine's drift as
much as the article), the seconds
of each run of the model alone on those same strings in one call (its own speed changes with
the size of a call: a long article's sentences, sorted by length, pad less), and the
process's peak RSS.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from service.bench import best_of, peak_rss_mb, record_sent
from service.pipeline import Options, Pipeline
from translators.engine import EngineSettings


def main(args_file: str) -> None:
    args = json.loads(Path(args_file).read_text(encoding="utf-8"))
    pipeline = Pipeline(Path(args["packages_dir"]), EngineSettings(**args["settings"]))
    pipeline.warm_up()
    pipeline.run("Le chat dort au soleil. Il rêve.", Options())
    sent: list[str] = []

    def run_pipeline() -> None:
        sent.clear()
        with record_sent(pipeline, sent):
            pipeline.run(args["text"], Options())

    repeat = args.get("repeat", 1)
    # short articles are run until their runs add up to a few seconds, as long ones do at once
    budget, most = args.get("budget_s", 0.0), args.get("most_runs", 1)
    runs = best_of(repeat, run_pipeline, budget, most)
    raw_runs = best_of(repeat, lambda: pipeline.engine().translate_uncached(sent), budget, most)
    words = sum(len(s.split()) for s in sent)
    print(
        json.dumps(
            {
                "words": words,
                "strings": len(sent),
                "runs": runs,
                "raw_runs": raw_runs,
                "peak_rss_mb": peak_rss_mb(),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
