"""`bilingua bench`: every way of using the service against the model's own limit, in one run.

(a) the limit: raw CTranslate2 `translate_batch` on exactly the strings the pipeline sends
for the workload (recorded from the pipeline, after quote and chrome handling), all in one
call, for each setting of a grid, each timed at least three times after a full warm-up
pass, best kept; (b) one call per sentence, the naive baseline; (c) the pipeline through
the Python API, one article after another; (d) the HTTP API with 1 and N clients; (e) bulk
with 1 and 2 worker processes; (f) the job API end to end; (g) the peer, argostranslate's
own `translate()` per article. Every path is the best of several runs, and each run is
also set against (a)'s call timed right before and after it ("paired": the shared
machine's drift cancels); a path above 1.05 × (a), either way, means (a) was measured
wrong, and the bench says so and exits non-zero (an article of its own length is bounded by
the faster of (a) and the model alone on its strings: it is other work).
Also: one article alone against raw CTranslate2 on its strings, cold start (median of three
server starts), server peak RSS, and cost against article length.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import requests

from service.bench_hostile import adversarial
from service.bench_hostile import line as hostile_line
from service.pipeline import Options, Pipeline
from translators.engine import EngineSettings
from translators.models import InstalledModel

#: Target tokens per source word of real SentencePiece fr→en models (STACK-NOTES).
TOKENS_PER_WORD = 1.4
#: A path this much faster than (a) proves (a) is not a limit.
LIMIT_TOLERANCE = 1.05
#: Each length row's runs go on until they add up to this many seconds (at most this many runs):
#: b36's 10 000-character row, best of three one-second runs, had a 22 % spread.
LENGTH_BUDGET_S = 10.0
LENGTH_MOST_RUNS = 20
#: Article lengths, in characters, for the cost-against-length rows.
LENGTHS = (1_000, 10_000, 50_000, 200_000)
#: Words of the article timed alone (the one closest to this).
ALONE_WORDS = 500

Grid = list[tuple[int, int, int]]


@dataclass(frozen=True)
class Workload:
    articles: list[str]
    #: per article, the strings the pipeline sent to the model, in order (cache off)
    sent: list[list[str]]

    @property
    def strings(self) -> list[str]:
        return [s for article in self.sent for s in article]

    @property
    def words(self) -> int:
        return sum(len(s.split()) for s in self.strings)


def read_articles(articles_dir: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(articles_dir.rglob("*.txt"))]
    if not texts:
        raise ValueError(f"{articles_dir}: no .txt articles")
    return texts


@contextmanager
def record_sent(pipeline: Pipeline, into: list[str]) -> Iterator[None]:
    """Append to `into` every string the pipeline sends to the model while inside."""
    engine = pipeline.engine()
    real = engine.translate_uncached

    def spy(texts: list[str]) -> list[str]:
        into.extend(texts)
        return real(texts)

    engine.translate_uncached = spy  # type: ignore[method-assign]
    engine.coalescer._run = spy
    try:
        yield
    finally:
        engine.translate_uncached = real  # type: ignore[method-assign]
        engine.coalescer._run = real


def record(pipeline: Pipeline, articles: list[str]) -> Workload:
    """Run the pipeline once over the articles (the warm-up pass) and keep what it sends."""
    sent: list[list[str]] = []
    for text in articles:
        sent.append([])
        with record_sent(pipeline, sent[-1]):
            pipeline.run(text, Options())
    return Workload(articles, sent)


def _percentile(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def _figures(
    words: int,
    sentences: int,
    runs: list[float],
    latencies: list[float] | None = None,
    paired: list[float] | None = None,
) -> dict:
    best = min(runs)
    out = {
        "seconds": round(best, 3),
        "runs_s": [round(r, 3) for r in runs],
        "spread_pct": round(100 * (max(runs) - best) / best, 1),
        "words_per_s": round(words / best, 1),
        "sentences_per_s": round(sentences / best, 2),
    }
    if latencies:
        out["p50_ms"] = round(_percentile(latencies, 50) * 1000, 1)
        out["p95_ms"] = round(_percentile(latencies, 95) * 1000, 1)
    if paired:
        out["paired_ratios"] = [round(r, 3) for r in paired]
        out["paired_ratio"] = round(statistics.median(paired), 3)
    return out


def best_of(repeat: int, fn: Callable[[], object], budget_s: float = 0.0, most: int = 1) -> list[float]:
    """Seconds of each run of `fn`: `repeat` runs (at least one), and more while they add up
    to less than `budget_s`, up to `most` runs in all. A one-second article timed three times
    is one disturbance away from a wrong figure; a minute-long one is not."""
    runs: list[float] = []
    while len(runs) < max(repeat, 1) or (sum(runs) < budget_s and len(runs) < most):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return runs


def free_port() -> int:
    """A loopback port nothing listens on now (for a server this process starts)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def peak_rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def default_grid(cores: int) -> Grid:
    """(inter, intra) splits of the cores, each with two batch sizes in tokens."""
    splits = sorted({(1, cores), (cores, 1)} | ({(2, cores // 2)} if cores >= 4 else set()))
    return [(inter, intra, batch) for inter, intra in splits for batch in (512, 2048)]


#: Server starts timed; the median is the cold-start figure.
COLD_STARTS = 3


def steady_point(points: list[dict], call_tokens: float | None = None) -> dict:
    """The grid point the paths run with: fastest run after run (the median), not the one
    with the luckiest run (one fast timing with a spread of 32 % once picked 2048-token
    batches, slower for every path after it). Larger batches hold more memory (the decoder
    keeps every sentence's beams: about 200 MB more a replica at 2048 tokens than at 512, and
    the server's peak went from 596 to 776 MB), so a larger batch is chosen only when its
    median beats the smaller one's by more than the smaller one's spread, not by noise.

    And only when the paths' own calls fill it: (a) is one call of every string, the paths call
    the model with an article or a few (`call_tokens`, one article's tokens); a batch larger
    than that call's share of each thread leaves threads idle. b37 took 2048-token batches, 16 %
    faster for (a) with a 3 % spread, and the paths fell from 0.96-0.98 × (a) (b36, 512 tokens)
    to 0.77-0.81 ×, the server's peak RSS from 500 to 674 MB."""

    def median_s(p: dict) -> float:
        return statistics.median(p["runs_s"])

    smallest = min((p["max_batch_tokens"] for p in points), default=0)
    if call_tokens is not None:
        points = [
            p for p in points if p["max_batch_tokens"] <= max(smallest, call_tokens / p["inter_threads"])
        ]
    chosen: dict | None = None
    for point in sorted(points, key=lambda p: p["max_batch_tokens"]):
        if chosen is None:
            chosen = point
            continue
        same_size = point["max_batch_tokens"] == chosen["max_batch_tokens"]
        margin = 0.0 if same_size else chosen["spread_pct"] / 100
        if median_s(point) * (1 + margin) < median_s(chosen):
            chosen = point
    if chosen is None:
        raise ValueError("no grid point was measured")
    return chosen


def parse_grid(text: str) -> Grid:
    """ "1x2x2048,2x1x512" → [(1, 2, 2048), (2, 1, 512)] (inter × intra threads × batch tokens)."""
    grid = []
    for item in text.split(","):
        parts = item.strip().lower().split("x")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"{item!r}: expected INTERxINTRAxBATCH, e.g. 1x2x2048")
        grid.append((int(parts[0]), int(parts[1]), int(parts[2])))
    return grid


class Bench:
    def __init__(
        self,
        model: InstalledModel,
        packages_dir: Path,
        beam_size: int,
        decoding_length: int,
        repeat: int,
        progress: Callable[[str], None],
    ) -> None:
        self.model, self.packages_dir = model, packages_dir
        self.beam_size, self.length, self.repeat, self.progress = beam_size, decoding_length, repeat, progress
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(model_file=str(model.sentencepiece_model))
        #: times the limit's call at the paths' settings (set by `pair_with`)
        self._reference: Callable[[], float] | None = None

    def settings(self, inter: int, intra: int, batch: int) -> EngineSettings:
        return EngineSettings(
            inter_threads=inter,
            intra_threads=intra,
            max_batch_tokens=batch,
            beam_size=self.beam_size,
            fixed_decoding_length=self.length,
            cache_size=0,
        )

    def _decode_kwargs(self, batch_tokens: int) -> dict:
        kwargs = {"beam_size": self.beam_size, "max_batch_size": batch_tokens, "batch_type": "tokens"}
        if self.length:
            kwargs |= {"min_decoding_length": self.length, "max_decoding_length": self.length}
        return kwargs

    def _translator(self, inter: int, intra: int):  # noqa: ANN202 - ctranslate2.Translator
        import ctranslate2

        return ctranslate2.Translator(str(self.model.model_dir), inter_threads=inter, intra_threads=intra)

    def _tokens(self, strings: list[str]) -> list[list[str]]:
        return sorted((self._sp.encode(s, out_type=str) for s in strings), key=len)

    # pairing: each path run between two timings of the limit's call -------------------
    def pair_with(self, work: Workload, settings: EngineSettings) -> None:
        """Time (a)'s call at the paths' settings around every run of every path after this.

        These machines are shared and their speed drifts by ±15 % within minutes: a path's
        best run set against (a)'s best run, timed minutes apart, measures the drift as much
        as the path. A run's ratio to the mean of the two limit timings around it does not.
        """
        translator = self._translator(settings.inter_threads, settings.intra_threads)
        tokens, kwargs = self._tokens(work.strings), self._decode_kwargs(settings.max_batch_tokens)
        words = work.words

        def words_per_s() -> float:
            start = time.perf_counter()
            translator.translate_batch(tokens, **kwargs)
            return words / (time.perf_counter() - start)

        self._reference = words_per_s

    def _runs(
        self, repeat: int, words: int, once: Callable[[], list[float] | None]
    ) -> tuple[list[float], list[float] | None, list[float]]:
        """`once` run `repeat` times: seconds of each run, the latencies `once` returned in its
        fastest run, and each run's words/s over the limit's around it (when paired)."""
        runs: list[float] = []
        limits = [self._reference()] if self._reference else []
        fastest: list[float] | None = None
        for _ in range(max(repeat, 1)):
            start = time.perf_counter()
            latencies = once()
            runs.append(time.perf_counter() - start)
            if runs[-1] == min(runs):
                fastest = latencies
            if self._reference:
                limits.append(self._reference())
        paired = [
            words / run / ((before + after) / 2)
            for run, before, after in zip(runs, limits, limits[1:], strict=False)
        ]
        return runs, fastest, paired

    # (a) and (b) -------------------------------------------------------------------------
    def limit(self, work: Workload, grid: Grid) -> dict:
        """(a): one translate_batch call with every string the pipeline sent, per grid point."""
        tokens = self._tokens(work.strings)
        points = []
        for inter, intra, batch in grid:
            translator = self._translator(inter, intra)
            kwargs = self._decode_kwargs(batch)
            translator.translate_batch(tokens, **kwargs)  # a full warm-up pass
            runs = best_of(max(self.repeat, 3), lambda t=translator, k=kwargs: t.translate_batch(tokens, **k))
            point = {"inter_threads": inter, "intra_threads": intra, "max_batch_tokens": batch}
            point |= _figures(work.words, len(tokens), runs)
            points.append(point)
            self.progress(f"limit {inter}x{intra}x{batch}: {point['words_per_s']:,.0f} words/s")
            del translator
        best = max(points, key=lambda p: p["words_per_s"])
        # the paths call the model with one article (or a few) at a time
        call_tokens = statistics.median(sum(len(t) for t in self._tokens(a)) for a in work.sent if a)
        steady = steady_point(points, call_tokens)
        keys = ("inter_threads", "intra_threads", "max_batch_tokens")
        return best | {"grid": points, "steady": {k: steady[k] for k in keys}}

    def naive(self, work: Workload, sample: int = 120) -> dict:
        """(b): what users write first, one call per sentence (on the first `sample` strings)."""
        strings = work.strings[:sample]
        translator = self._translator(1, 0)
        tokens = [self._sp.encode(s, out_type=str) for s in strings]
        kwargs = self._decode_kwargs(4096)
        translator.translate_batch(tokens[:2], **kwargs)
        runs = best_of(2, lambda: [translator.translate_batch([t], **kwargs) for t in tokens])
        self.progress(f"naive: {sum(len(s.split()) for s in strings) / min(runs):,.0f} words/s")
        return _figures(sum(len(s.split()) for s in strings), len(strings), runs) | {
            "sentences_timed": len(strings)
        }

    # (c) and (e) -------------------------------------------------------------------------
    def pipeline(self, pipe: Pipeline, work: Workload) -> dict:
        """(c): the Python API, one article after another."""

        def once() -> list[float]:
            latencies = []
            for text in work.articles:
                start = time.perf_counter()
                pipe.run(text, Options())
                latencies.append(time.perf_counter() - start)
            return latencies

        figures = _figures(work.words, len(work.strings), *self._runs(self.repeat, work.words, once))
        self.progress(f"pipeline: {figures['words_per_s']:,.0f} words/s")
        return figures

    def bulk(self, pipe: Pipeline, work: Workload, workers: int) -> dict:
        """(e): `bilingua bulk` over the workload written as JSON Lines, results to files."""
        from service import bulk

        with tempfile.TemporaryDirectory() as tmp:
            feed = Path(tmp) / "workload.jsonl"
            lines = (
                json.dumps({"id": f"a{i}", "text": t}, ensure_ascii=False)
                for i, t in enumerate(work.articles)
            )
            feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
            counter = iter(range(1_000))

            def once() -> None:
                with open(os.devnull, "w") as quiet:
                    out = Path(tmp) / f"out{next(counter)}"
                    bulk.run([feed], Options(), pipe, out, workers, stdout=quiet, stderr=quiet)

            timed = self._runs(self.repeat, work.words, once)
        figures = _figures(work.words, len(work.strings), *timed)
        self.progress(f"bulk {workers} worker(s): {figures['words_per_s']:,.0f} words/s")
        return figures

    def alone(self, pipe: Pipeline, work: Workload, settings: EngineSettings) -> dict:
        """One article of about ALONE_WORDS words, alone: the pipeline against raw CTranslate2."""
        words = [sum(len(s.split()) for s in sent) for sent in work.sent]
        i = min(range(len(words)), key=lambda k: abs(words[k] - ALONE_WORDS))
        text, tokens = work.articles[i], self._tokens(work.sent[i])
        translator = self._translator(settings.inter_threads, settings.intra_threads)
        kwargs = self._decode_kwargs(settings.max_batch_tokens)
        translator.translate_batch(tokens, **kwargs)
        pipe.run(text, Options())
        runs = max(self.repeat, 5)
        raw = best_of(runs, lambda: translator.translate_batch(tokens, **kwargs))
        full = best_of(runs, lambda: pipe.run(text, Options()))
        out = {
            "words": words[i],
            "raw_p50_ms": round(_percentile(raw, 50) * 1000, 1),
            "raw_p95_ms": round(_percentile(raw, 95) * 1000, 1),
            "pipeline_p50_ms": round(_percentile(full, 50) * 1000, 1),
            "pipeline_p95_ms": round(_percentile(full, 95) * 1000, 1),
        }
        out["ratio_p50"] = round(out["pipeline_p50_ms"] / out["raw_p50_ms"], 2)
        self.progress(f"one article alone: {out['ratio_p50']:.2f} × raw")
        return out

    def lengths(self, settings: EngineSettings, work: Workload, sizes: tuple[int, ...]) -> list[dict]:
        """One article of each length in a fresh process: words/s (best of `repeat` runs) and
        that process's peak RSS."""
        joined = "\n\n".join(work.articles)
        rows = []
        for size in sizes:
            text = (joined * (size // max(len(joined), 1) + 1))[:size]
            args = {
                "packages_dir": str(self.packages_dir),
                "settings": asdict(settings),
                "text": text,
                "repeat": self.repeat,
                "budget_s": LENGTH_BUDGET_S,
                "most_runs": LENGTH_MOST_RUNS,
            }
            child = self._child("service.bench_length", args)
            if "error" in child:
                rows.append({"chars": size, **child})
                continue
            best, raw = min(child["runs"]), min(child["raw_runs"])
            rows.append(
                {
                    "chars": size,
                    "words": child["words"],
                    **_figures(child["words"], child["strings"], child["runs"]),
                    # the model alone on the same strings, one call: how fast the model itself
                    # runs at this size, so the pipeline's own cost per word shows apart from it
                    "raw_words_per_s": round(child["words"] / raw, 1),
                    "vs_raw": round(raw / best, 2),
                    "peak_rss_mb": child["peak_rss_mb"],
                }
            )
            self.progress(f"{size:,} characters: {rows[-1]['words_per_s']:,.0f} words/s")
        return rows

    @staticmethod
    def _child(module: str, args: dict) -> dict:
        """Run `python -m module ARGS.json` and read the JSON object it prints last."""
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "args.json"
            path.write_text(json.dumps(args), encoding="utf-8")
            done = subprocess.run(
                [sys.executable, "-m", module, str(path)],
                capture_output=True,
                text=True,
                timeout=3600,
                env=dict(os.environ, HOME=tmp),  # argostranslate makes folders under $HOME
            )
        if done.returncode != 0:
            lines = done.stderr.strip().splitlines()
            return {"error": lines[-1] if lines else f"exit {done.returncode}"}
        return json.loads(done.stdout.strip().splitlines()[-1])

    # (d), (f): a real server ------------------------------------------------------------
    def server_env(self, settings: EngineSettings, jobs_db: str) -> dict:
        env = dict(os.environ)
        env.update(
            {
                "BILINGUA_PACKAGES_DIR": str(self.packages_dir),
                "BILINGUA_INTER_THREADS": str(settings.inter_threads),
                "BILINGUA_INTRA_THREADS": str(settings.intra_threads),
                "BILINGUA_MAX_BATCH_TOKENS": str(settings.max_batch_tokens),
                "BILINGUA_BEAM_SIZE": str(settings.beam_size),
                "BILINGUA_FIXED_DECODING_LENGTH": str(settings.fixed_decoding_length),
                "BILINGUA_CACHE_SIZE": "0",
                "BILINGUA_THREADS": "8",
                "BILINGUA_JOBS_DB": jobs_db,
            }
        )
        return env

    def server(self, settings: EngineSettings, work: Workload, clients: list[int], rounds: int) -> dict:
        """Cold start, (d) with 1..N concurrent clients, (f) one job of every article; peak RSS."""

        with tempfile.TemporaryDirectory() as tmp:
            env = self.server_env(settings, str(Path(tmp) / "jobs.sqlite3"))
            # a start is one timing on a shared machine: the median of three is the figure
            starts = []
            for _ in range(COLD_STARTS - 1):
                proc, url, seconds = self._start(env)
                starts.append(seconds)
                proc.terminate()
                proc.wait(30)
            proc, url, seconds = self._start(env)
            starts.append(seconds)
            try:
                out: dict = {
                    "cold_start_s": round(statistics.median(starts), 3),
                    "cold_starts_s": [round(s, 3) for s in starts],
                }
                for n in clients:
                    out[f"clients_{n}"] = self._load(url, work, n, rounds)
                    self.progress(f"http {n} client(s): {out[f'clients_{n}']['words_per_s']:,.0f} words/s")
                out["jobs"] = self._job(url, work)
                self.progress(f"job API: {out['jobs']['words_per_s']:,.0f} words/s")
                out["peak_rss_mb"] = peak_rss_mb(proc.pid)
            finally:
                proc.terminate()
                proc.wait(30)
        return out

    @classmethod
    def _start(cls, env: dict) -> tuple[subprocess.Popen, str, float]:
        """A server process, its address, and the seconds from its start to its first answer."""
        url = f"http://127.0.0.1:{free_port()}"
        bilingua = str(Path(sys.executable).parent / "bilingua")
        started = time.perf_counter()
        proc = subprocess.Popen(
            [bilingua, "serve", "--port", url.rsplit(":", 1)[1]],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            return proc, url, cls._first_answer(url, started, proc)
        except BaseException:
            proc.kill()
            raise

    @staticmethod
    def _first_answer(url: str, started: float, proc: subprocess.Popen) -> float:
        while True:
            if proc.poll() is not None:
                raise RuntimeError("the server exited during start-up")
            try:
                r = requests.post(url + "/v1/translate", json={"text": "Le chat dort."}, timeout=60)
                if r.status_code == 200:
                    return time.perf_counter() - started
            except requests.ConnectionError:
                pass
            time.sleep(0.01)

    def _load(self, url: str, work: Workload, clients: int, rounds: int) -> dict:
        """Each client posts the articles `rounds` times; best of `repeat` such runs."""
        n = max(rounds, 1)

        def once() -> list[float]:
            jobs = [text for _ in range(n) for text in work.articles]
            lock = threading.Lock()
            latencies: list[float] = []

            def client() -> None:
                session = requests.Session()
                while True:
                    with lock:
                        if not jobs:
                            return
                        text = jobs.pop()
                    start = time.perf_counter()
                    session.post(url + "/v1/translate", json={"text": text}, timeout=600).raise_for_status()
                    with lock:
                        latencies.append(time.perf_counter() - start)

            threads = [threading.Thread(target=client) for _ in range(clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            return latencies

        return _figures(work.words * n, len(work.strings) * n, *self._runs(self.repeat, work.words * n, once))

    def _job(self, url: str, work: Workload) -> dict:
        """(f): one job holding every article, from POST to the last result stored."""

        def once() -> None:
            articles = [{"id": f"a{i}", "text": t} for i, t in enumerate(work.articles)]
            created = requests.post(url + "/v1/jobs", json={"articles": articles}, timeout=60)
            created.raise_for_status()
            status_url = url + created.headers["Location"]
            while True:
                status = requests.get(status_url, timeout=60).json()
                if status["status"] in ("done", "failed", "cancelled"):
                    return
                time.sleep(0.02)

        return _figures(work.words, len(work.strings), *self._runs(self.repeat, work.words, once))

    # (g) ---------------------------------------------------------------------------------
    def peer(self, work: Workload, settings: EngineSettings) -> dict:
        """(g): argostranslate's translate() per article in a process of its own."""
        peer = self._child(
            "service.bench_peer",
            {
                "packages_dir": str(self.packages_dir),
                "beam_size": self.beam_size,
                "inter_threads": settings.inter_threads,
                "intra_threads": settings.intra_threads,
                "decoding_length": self.length,
                "repeat": self.repeat,
                "articles": work.articles,
            },
        )
        if "error" in peer:
            return peer
        # it translates every line of the page (it cannot tell chrome): its own words are the unit
        out = {
            "seconds": round(peer["seconds"], 3),
            "words": peer["words"],
            "words_per_s": round(peer["words"] / peer["seconds"], 1),
            "seconds_per_article": round(peer["seconds"] / peer["articles"], 3),
            "splitter": "bilingua's rule-based splitter standing in for MiniSBD (which downloads its model)",
        }
        self.progress(f"peer (argostranslate.translate): {out['words_per_s']:,.0f} words/s")
        return out


def paths(report: dict) -> list[tuple[str, dict]]:
    """The rows compared with (a), in table order."""
    rows = [("(c) pipeline, Python API, one article at a time", report["pipeline"])]
    http = report["server"]
    rows += [
        (f"(d) HTTP API, {k.split('_')[1]} client(s)", v) for k, v in http.items() if k.startswith("clients_")
    ]
    rows += [(f"(e) bulk, {k.split('_')[1]} worker process(es)", v) for k, v in report["bulk"].items()]
    rows.append(("(f) job API, embedded queue", http["jobs"]))
    return rows


def check_limit(report: dict) -> list[str]:
    """Paths faster than LIMIT_TOLERANCE × (a): each one proves the limit was measured wrong.

    An article of its own length is other work than the workload: 200 000 characters make
    a thousand sentences that batch with less padding than 41 articles' (the model alone on
    them is as much faster). Its bound is the faster of (a) and the model alone on its strings.
    """
    limit = report["limit"]["words_per_s"]
    rows = paths(report)
    problems = [
        f"{name} ran at {row['words_per_s'] / limit:.2f} × (a)"
        for name, row in rows
        if row.get("words_per_s", 0) > LIMIT_TOLERANCE * limit
    ]
    for row in report["lengths"]:
        bound = max(limit, row.get("raw_words_per_s", 0))
        if row.get("words_per_s", 0) > LIMIT_TOLERANCE * bound:
            problems.append(
                f"one article of {row['chars']:,} characters ran at {row['words_per_s'] / bound:.2f} × "
                "the faster of (a) and the model alone on its strings"
            )
    return problems + [
        f"{name} ran at {row['paired_ratio']:.2f} × the limit's call timed around its runs"
        for name, row in rows
        if row.get("paired_ratio", 0) > LIMIT_TOLERANCE
    ]


#: The length the others are set against (the issue's "within 20 % of 10 k").
REFERENCE_LENGTH = 10_000


def length_growth(rows: list[dict]) -> list[str]:
    """Words/s of the longest article against the reference length's, for the pipeline and
    for the model alone on the same strings: a pipeline whose own cost grew with length
    would fall behind the model; one article's few sentences batch worse than many's."""
    ok = [r for r in rows if "error" not in r]
    base = next((r for r in ok if r["chars"] == REFERENCE_LENGTH), None)
    longest = max(ok, key=lambda r: r["chars"], default=None)
    if base is None or longest is None or longest is base:
        return []
    pipeline = longest["words_per_s"] / base["words_per_s"] - 1
    model = longest["raw_words_per_s"] / base["raw_words_per_s"] - 1
    return [
        f"{longest['chars']:,} against {base['chars']:,} characters, words/s: pipeline {pipeline:+.0%}, "
        f"the model alone on the same strings {model:+.0%}"
    ]


def table(report: dict) -> str:
    limit = report["limit"]["words_per_s"]
    w = report["workload"]
    lines = [
        f"workload: {w['articles']} articles, {w['sentences']} strings sent to the model, {w['words']:,} words, "
        f"{w['tokens_per_sentence']:.1f} tokens per string; model {report['model']['name']}, beam "
        f"{report['beam_size']}, output {report['decoding_length']} tokens, {report['cores']} cores; best of "
        f"{report['repeat']} runs",
        f"{'':50} {'words/s':>9} {'strings/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'spread':>7} {'× (a)':>6} "
        f"{'paired':>6}",
    ]
    rows = [
        ("(a) limit: raw CTranslate2, one call, best settings", report["limit"]),
        ("(b) naive: one call per sentence", report["naive"]),
        *paths(report),
    ]
    for name, f in rows:
        spread = f"{f['spread_pct']:.0f} %" if "spread_pct" in f else ""
        lines.append(
            f"{name:50} {f['words_per_s']:>9,.1f} {f['sentences_per_s']:>9,.2f} "
            f"{f.get('p50_ms', ''):>8} {f.get('p95_ms', ''):>8} {spread:>7} {f['words_per_s'] / limit:>6.2f} "
            f"{f['paired_ratio'] if 'paired_ratio' in f else '':>6}"
        )
    peer = report["peer"]
    if "error" in peer:
        lines.append(f"(g) peer, argostranslate.translate(): not measured ({peer['error']})")
    else:
        lines.append(
            f"{'(g) peer: argostranslate.translate() per article':50} {peer['words_per_s']:>9,.1f} "
            f"{'':>9} {'':>8} {'':>8} {'':>7} {peer['words_per_s'] / limit:>6.2f}   (its own words: whole pages)"
        )
    a = report["alone"]
    lines.append(
        f"one article alone ({a['words']} words): pipeline p50 {a['pipeline_p50_ms']} ms / p95 "
        f"{a['pipeline_p95_ms']} ms, raw CTranslate2 p50 {a['raw_p50_ms']} ms / p95 {a['raw_p95_ms']} ms: "
        f"{a['ratio_p50']:.2f} ×"
    )
    lines.append(
        "cost against length (one article, fresh process): "
        + ", ".join(
            f"{r['chars']:,} chars {r['words_per_s']:,.0f} words/s (±{r['spread_pct']:.0f} %; "
            f"{r['vs_raw']:.2f} × the model alone on its strings), peak RSS {r['peak_rss_mb']:.0f} MB"
            if "error" not in r
            else f"{r['chars']:,} chars failed ({r['error']})"
            for r in report["lengths"]
        )
    )
    lines += length_growth(report["lengths"])
    s = report["server"]
    lines.append(
        f"cold start {s['cold_start_s']:.2f} s (median of "
        f"{', '.join(f'{x:.2f}' for x in s.get('cold_starts_s', [s['cold_start_s']]))}) · server peak RSS {s['peak_rss_mb']:.0f} MB · "
        f"(c)/(b) = {report['pipeline']['words_per_s'] / report['naive']['words_per_s']:.2f}"
    )
    grid = ", ".join(
        f"{p['inter_threads']}x{p['intra_threads']}x{p['max_batch_tokens']}: {p['words_per_s']:,.0f} "
        f"(±{p['spread_pct']:.0f} %)"
        for p in report["limit"]["grid"]
    )
    lines.append(f"grid for (a), inter x intra threads x batch tokens, words/s: {grid}")
    lines.append(
        "paired: median over a path's runs of its words/s over (a)'s call at the same settings, "
        "timed right before and after that run (the machine's drift cancels)"
    )
    lines.append(hostile_line(report["adversarial"]))
    for problem in report["limit_invalid"]:
        lines.append(f"LIMIT INVALID: {problem}")
    return "\n".join(lines)


def run(
    model: InstalledModel,
    packages_dir: Path,
    articles_dir: Path,
    beam_size: int,
    clients: list[int],
    rounds: int,
    fixed_length: bool,
    progress: Callable[[str], None],
    grid: Grid | None = None,
    engine: tuple[int, int, int] | None = None,
    repeat: int = 3,
    lengths: tuple[int, ...] = LENGTHS,
) -> dict:
    """Every row, in one run. `engine` fixes the settings of the paths (default: best of the grid)."""
    articles = read_articles(articles_dir)
    cores = os.cpu_count() or 1
    bench = Bench(model, packages_dir, beam_size, 0, repeat, progress)
    recorder = Pipeline(packages_dir, replace(bench.settings(1, 0, 2048), batch_wait_ms=0))
    recorder.warm_up()
    work = record(recorder, articles)
    del recorder
    words_per_string = work.words / max(len(work.strings), 1)
    tokens = sum(len(t) for t in bench._tokens(work.strings)) / max(len(work.strings), 1)
    bench.length = round(TOKENS_PER_WORD * words_per_string) if fixed_length else 0
    limit = bench.limit(work, grid or default_grid(cores))
    steady = limit["steady"]
    chosen = engine or (steady["inter_threads"], steady["intra_threads"], steady["max_batch_tokens"])
    settings = bench.settings(*chosen)
    pipe = Pipeline(packages_dir, settings)
    pipe.warm_up()
    bench.pair_with(work, settings)
    report = {
        "model": {"name": model.name, "version": model.version},
        "cores": cores,
        "beam_size": beam_size,
        "decoding_length": bench.length or "natural",
        "repeat": repeat,
        "workload": {
            "articles": len(articles),
            "sentences": len(work.strings),
            "words": work.words,
            "tokens_per_sentence": round(tokens, 1),
        },
        "engine": dict(zip(("inter_threads", "intra_threads", "max_batch_tokens"), chosen, strict=True)),
        "limit": limit,
        "naive": bench.naive(work),
        "pipeline": bench.pipeline(pipe, work),
        "bulk": {f"workers_{n}": bench.bulk(pipe, work, n) for n in (1, 2)},
        "alone": bench.alone(pipe, work, settings),
        "server": bench.server(settings, work, clients, rounds),
        "peer": bench.peer(work, settings),
        "lengths": bench.lengths(settings, work, lengths),
        "adversarial": adversarial("\n".join(articles), progress=progress),
    }
    report["limit_invalid"] = check_limit(report)
    return report


def save(report: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2), encoding="utf-8")
