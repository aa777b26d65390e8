"""`bilingua bench`: the pipeline's speed against the model's own limit, measured in one run.

(a) raw CTranslate2 on the already split sentences with the best settings found — the
limit; (b) one CTranslate2 call per sentence — the naive baseline; (c) the pipeline
through the Python API; (d) the HTTP API with 1 and N concurrent clients against a
real server process. Every figure is relative to (a), measured on the same sentences.
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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import requests

from service.pipeline import Options, Pipeline, analyse
from translators.engine import EngineSettings
from translators.models import InstalledModel, find_model

#: Target tokens per source word of real SentencePiece fr→en models (STACK-NOTES).
TOKENS_PER_WORD = 1.4


@dataclass(frozen=True)
class Workload:
    articles: list[str]
    sentences: list[str]  # what the pipeline sends to the model (body, title, headings)
    words: int


def load_workload(articles_dir: Path) -> Workload:
    texts = [p.read_text(encoding="utf-8") for p in sorted(articles_dir.glob("*.txt"))]
    if not texts:
        raise ValueError(f"{articles_dir}: no .txt articles")
    sentences = []
    for text in texts:
        doc = analyse(text)
        sentences += [s.text for s in doc.sentences if not doc.kind_of(s).is_chrome]
    return Workload(texts, sentences, sum(len(s.split()) for s in sentences))


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _percentile(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def _figures(words: int, sentences: int, seconds: float, latencies: list[float] | None = None) -> dict:
    out = {
        "seconds": round(seconds, 3),
        "words_per_s": round(words / seconds, 1),
        "sentences_per_s": round(sentences / seconds, 2),
    }
    if latencies:
        out["p50_ms"] = round(_percentile(latencies, 50) * 1000, 1)
        out["p95_ms"] = round(_percentile(latencies, 95) * 1000, 1)
    return out


class Bench:
    def __init__(
        self,
        model: InstalledModel,
        packages_dir: Path,
        workload: Workload,
        beam_size: int,
        decoding_length: int,
        progress: Callable[[str], None],
    ) -> None:
        self.model, self.packages_dir, self.work = model, packages_dir, workload
        self.beam_size, self.length, self.progress = beam_size, decoding_length, progress

    def _decode_kwargs(self, batch_tokens: int) -> dict:
        kwargs = {"beam_size": self.beam_size, "max_batch_size": batch_tokens, "batch_type": "tokens"}
        if self.length:
            kwargs |= {"min_decoding_length": self.length, "max_decoding_length": self.length}
        return kwargs

    def _tokens(self) -> list[list[str]]:
        import sentencepiece

        sp = sentencepiece.SentencePieceProcessor(model_file=str(self.model.sentencepiece_model))
        return [sp.encode(s, out_type=str) for s in self.work.sentences]

    def limit(self, grid: list[tuple[int, int, int]]) -> tuple[dict, tuple[int, int, int]]:
        """(a): raw translate_batch on sorted, pre-tokenized sentences; the best of the grid."""
        import ctranslate2

        tokens = sorted(self._tokens(), key=len)
        best: tuple[float, tuple[int, int, int]] | None = None
        tried = []
        for inter, intra, batch in grid:
            translator = ctranslate2.Translator(
                str(self.model.model_dir), inter_threads=inter, intra_threads=intra
            )
            translator.translate_batch(tokens[:4], **self._decode_kwargs(batch))  # warm
            seconds = _timed(
                lambda t=translator, b=batch: t.translate_batch(tokens, **self._decode_kwargs(b))
            )
            tried.append(
                {
                    "inter_threads": inter,
                    "intra_threads": intra,
                    "max_batch_tokens": batch,
                    "words_per_s": round(self.work.words / seconds, 1),
                }
            )
            self.progress(
                f"limit inter={inter} intra={intra} batch={batch}: {self.work.words / seconds:,.0f} words/s"
            )
            if best is None or seconds < best[0]:
                best = (seconds, (inter, intra, batch))
            del translator
        assert best is not None
        figures = _figures(self.work.words, len(tokens), best[0])
        figures["settings"] = dict(
            zip(("inter_threads", "intra_threads", "max_batch_tokens"), best[1], strict=True)
        )
        figures["grid"] = tried
        return figures, best[1]

    def naive(self) -> dict:
        """(b): what users write first: one translate_batch call per sentence."""
        import ctranslate2

        translator = ctranslate2.Translator(str(self.model.model_dir))
        tokens = self._tokens()
        seconds = _timed(
            lambda: [translator.translate_batch([t], **self._decode_kwargs(4096)) for t in tokens]
        )
        self.progress(f"naive: {self.work.words / seconds:,.0f} words/s")
        return _figures(self.work.words, len(tokens), seconds)

    def engine_settings(self, best: tuple[int, int, int]) -> EngineSettings:
        inter, intra, batch = best
        return EngineSettings(
            inter_threads=inter,
            intra_threads=intra,
            max_batch_tokens=batch,
            beam_size=self.beam_size,
            fixed_decoding_length=self.length,
            cache_size=0,
        )

    def pipeline(self, settings: EngineSettings) -> dict:
        """(c): segmentation, quotes, translation and summary through the Python API."""
        pipe = Pipeline(self.packages_dir, settings)
        pipe.warm_up()
        latencies = []
        for text in self.work.articles:
            latencies.append(_timed(lambda t=text: pipe.run(t, Options())))
        self.progress(f"pipeline: {self.work.words / sum(latencies):,.0f} words/s")
        return _figures(self.work.words, len(self.work.sentences), sum(latencies), latencies)

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

    def http(self, settings: EngineSettings, clients: list[int], rounds: int) -> dict:
        """(d): cold start, then 1..N concurrent clients posting the articles; server peak RSS."""
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        url = f"http://127.0.0.1:{port}"
        with tempfile.TemporaryDirectory() as tmp:
            env = self.server_env(settings, str(Path(tmp) / "jobs.sqlite3"))
            bilingua = str(Path(sys.executable).parent / "bilingua")
            started = time.perf_counter()
            proc = subprocess.Popen(
                [bilingua, "serve", "--port", str(port)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                cold = self._first_answer(url, started, proc)
                out: dict = {"cold_start_s": round(cold, 3)}
                for n in clients:
                    out[f"clients_{n}"] = self._load(url, n, rounds)
                    self.progress(f"http {n} client(s): {out[f'clients_{n}']['words_per_s']:,.0f} words/s")
                out["peak_rss_mb"] = _peak_rss_mb(proc.pid)
            finally:
                proc.terminate()
                proc.wait(30)
        return out

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

    def _load(self, url: str, clients: int, rounds: int) -> dict:
        jobs = [text for _ in range(max(rounds, 1) * clients) for text in self.work.articles]
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

        count = len(jobs)
        threads = [threading.Thread(target=client) for _ in range(clients)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        seconds = time.perf_counter() - start
        articles = count / len(self.work.articles)
        return _figures(
            int(self.work.words * articles), int(len(self.work.sentences) * articles), seconds, latencies
        )


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def default_grid(cores: int) -> list[tuple[int, int, int]]:
    """(inter, intra) splits of the cores, each with two batch sizes in tokens."""
    splits = sorted({(1, cores), (cores, 1)} | ({(2, cores // 2)} if cores >= 4 else set()))
    return [(inter, intra, batch) for inter, intra in splits for batch in (512, 2048)]


def table(report: dict) -> str:
    limit = report["limit"]["words_per_s"]
    rows = [
        ("(a) limit: raw CTranslate2, best settings", report["limit"]),
        ("(b) naive: one call per sentence", report["naive"]),
        ("(c) pipeline, Python API", report["pipeline"]),
    ]
    rows += [
        (f"(d) HTTP API, {k.split('_')[1]} client(s)", v)
        for k, v in report["http"].items()
        if k.startswith("clients_")
    ]
    lines = [f"{'':44} {'words/s':>9} {'sent/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'× (a)':>6}"]
    for name, f in rows:
        lines.append(
            f"{name:44} {f['words_per_s']:>9,.1f} {f['sentences_per_s']:>8,.2f} "
            f"{f.get('p50_ms', ''):>8} {f.get('p95_ms', ''):>8} {f['words_per_s'] / limit:>6.2f}"
        )
    h = report["http"]
    lines.append(
        f"cold start {h['cold_start_s']:.2f} s · server peak RSS {h['peak_rss_mb']:.0f} MB · "
        f"(c)/(b) = {report['pipeline']['words_per_s'] / report['naive']['words_per_s']:.2f}"
    )
    return "\n".join(lines)


def run(
    model: InstalledModel | None,
    packages_dir: Path,
    articles_dir: Path,
    beam_size: int,
    clients: list[int],
    rounds: int,
    fixed_length: bool,
    progress: Callable[[str], None],
) -> dict:
    workload = load_workload(articles_dir)
    model = model or find_model(packages_dir)
    words_per_sentence = workload.words / max(len(workload.sentences), 1)
    length = round(TOKENS_PER_WORD * words_per_sentence) if fixed_length else 0
    bench = Bench(model, packages_dir, workload, beam_size, length, progress)
    cores = os.cpu_count() or 1
    limit, best = bench.limit(default_grid(cores))
    naive = bench.naive()
    settings = bench.engine_settings(best)
    report = {
        "model": {"name": model.name, "version": model.version},
        "cores": cores,
        "articles": len(workload.articles),
        "sentences": len(workload.sentences),
        "words": workload.words,
        "beam_size": beam_size,
        "decoding_length": length or "natural",
        "limit": limit,
        "naive": naive,
        "pipeline": bench.pipeline(settings),
        "http": bench.http(settings, clients, rounds),
    }
    return report


def save(report: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2), encoding="utf-8")
