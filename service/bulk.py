"""`bilingua bulk`: many articles from files, folders and JSON Lines, on one machine.

Results are written atomically (temporary file, then rename), so a result file that
exists is complete: a second run skips it, and a crash never leaves half a result.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from service.articles import ArticleError, decode, process
from service.pipeline import Options, Pipeline
from translators.engine import EngineSettings

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class Article:
    id: str
    source: str
    raw: bytes | None = None  # file content; None when `text` is given
    text: str | None = None
    problem: str | None = None  # known bad before any work (a broken JSON line)
    format: str = "text"  # "html": a saved page, its article extracted by the pipeline

    def read(self) -> str:
        if self.problem:
            raise ArticleError(self.problem)
        return self.text if self.text is not None else decode(self.raw or b"")


def _jsonl_articles(path: Path) -> Iterator[Article]:
    for number, line in enumerate(path.read_bytes().splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
            fmt = "html" if isinstance(record, dict) and isinstance(record.get("html"), str) else "text"
            if not isinstance(record, dict) or not isinstance(record.get(fmt), str):
                raise ValueError('expected {"id": ..., "text": "..."} or {"id": ..., "html": "..."}')
        except ValueError as exc:
            yield Article(f"{path.stem}:{number}", where, problem=f"bad JSON line: {exc}")
            continue
        yield Article(str(record.get("id", f"{path.stem}:{number}")), where, text=record[fmt], format=fmt)


def collect(inputs: list[Path]) -> list[Article]:
    """Articles from files, folders (recursively) and .jsonl files, in a stable order."""
    articles: list[Article] = []
    for item in inputs:
        if item.is_dir():
            files = sorted(
                p
                for p in item.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES
            )
            root = item
        else:
            files, root = [item], item.parent
        for path in files:
            if path.suffix.lower() in JSONL_SUFFIXES:
                articles.extend(_jsonl_articles(path))
            else:
                rel = path.relative_to(root).with_suffix("").as_posix()
                fmt = "html" if path.suffix.lower() in (".html", ".htm") else "text"
                articles.append(Article(rel, str(path), raw=path.read_bytes(), format=fmt))
    return articles


def output_name(article_id: str) -> str:
    return re.sub(r"[^\w.-]+", "_", article_id.replace("/", "__")).strip("._") or "article"


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def is_complete(path: Path) -> bool:
    try:
        return "translation" in json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False


# --- work, in this process or in worker processes -------------------------------------

_worker_pipeline: Pipeline | None = None


def _init_worker(packages_dir: str, settings: object, quotes_in_context: bool) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(Path(packages_dir), settings, quotes_in_context=quotes_in_context)  # type: ignore[arg-type]


#: Articles a process translates at once: their sentences share CTranslate2 calls
#: (translators.batching), and one article's Python work overlaps another's decoding.
IN_FLIGHT = 4


def worker_settings(settings: EngineSettings, workers: int, cores: int) -> EngineSettings:
    """Each worker process's share of the translator's threads: the replicas (inter) are
    divided among the processes, then the cores among their replicas, so that the processes
    together run as many threads as the cores."""
    inter = max(1, settings.inter_threads // workers)
    return replace(settings, inter_threads=inter, intra_threads=max(1, cores // (workers * inter)))


def _work(
    article: Article, options: Options, pipeline: Pipeline | None = None
) -> tuple[str, dict | None, str | None, int]:
    pipeline = pipeline or _worker_pipeline
    assert pipeline is not None
    try:
        outcome = process(pipeline, article.read(), replace(options, format=article.format))
    except ArticleError as exc:
        return article.id, None, str(exc), 0
    return article.id, outcome.result, None, outcome.words


def _work_all(
    articles: list[Article], options: Options, pipeline: Pipeline | None = None, in_flight: int = IN_FLIGHT
) -> Iterator[tuple[str, dict | None, str | None, int]]:
    """`_work` on each article, `in_flight` at a time on threads, results in input order."""
    if in_flight <= 1 or len(articles) <= 1:
        yield from (_work(a, options, pipeline) for a in articles)
        return
    with ThreadPoolExecutor(min(in_flight, len(articles))) as pool:
        yield from pool.map(lambda a: _work(a, options, pipeline), articles)


def _work_chunk(articles: list[Article], options: Options) -> list[tuple[str, dict | None, str | None, int]]:
    """A worker process's share: several articles at once, so they share model calls."""
    return list(_work_all(articles, options))


class Progress:
    """A bar on a terminal; plain lines (one per article) when piped or logged."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total, self.stream, self.done, self.words = total, stream, 0, 0
        self.start = time.monotonic()
        self.bar = None
        if stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="article", file=stream, dynamic_ncols=True)

    def update(self, article_id: str, status: str, words: int) -> None:
        self.done += 1
        self.words += words
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = self.words / elapsed
        eta = (self.total - self.done) * elapsed / self.done
        if self.bar is not None:
            self.bar.set_postfix_str(f"{rate:,.0f} words/s")
            self.bar.update(1)
        else:
            print(
                f"[{self.done}/{self.total}] {status:6} {article_id} · {rate:,.0f} words/s · ETA {eta:,.0f} s",
                file=self.stream,
                flush=True,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@dataclass
class Report:
    translated: int = 0
    skipped: int = 0
    failed: int = 0


def run(
    inputs: list[Path],
    options: Options,
    pipeline: Pipeline,
    out_dir: Path | None,
    workers: int = 1,
    stdout: TextIO = sys.stdout,
    stderr: TextIO = sys.stderr,
) -> Report:
    """Translate every article; with `out_dir`, one JSON file each plus summary.jsonl and errors.jsonl,
    without it, one JSON line per article on `stdout`."""
    articles = collect(inputs)
    report = Report()
    index: dict[str, dict] = {}
    errors: list[dict] = []
    todo = []
    for article in articles:
        target = out_dir / f"{output_name(article.id)}.json" if out_dir else None
        if target is not None and is_complete(target):
            report.skipped += 1
            index[article.id] = {
                "id": article.id,
                "source": article.source,
                "output": str(target),
                "status": "skipped",
            }
        else:
            todo.append(article)
    print(
        f"bulk: {len(articles)} articles, {report.skipped} already done, {len(todo)} to translate",
        file=stderr,
    )
    progress = Progress(len(todo), stderr)

    def record(article: Article, result: dict | None, error: str | None, words: int) -> None:
        entry = {"id": article.id, "source": article.source}
        if error is not None:
            report.failed += 1
            errors.append(entry | {"error": error})
            index[article.id] = entry | {"status": "failed", "error": error}
            if out_dir is None:
                stdout.write(json.dumps(entry | {"error": error}, ensure_ascii=False) + "\n")
        else:
            report.translated += 1
            if out_dir is None:
                stdout.write(json.dumps({"id": article.id} | result, ensure_ascii=False) + "\n")
                stdout.flush()
            else:
                target = out_dir / f"{output_name(article.id)}.json"
                write_atomic(target, json.dumps(result, ensure_ascii=False, indent=2))
                index[article.id] = entry | {"output": str(target), "status": "translated", "words": words}
        progress.update(article.id, "failed" if error else "ok", words)

    by_id = {a.id: a for a in todo}
    try:
        if workers <= 1:
            for article, outcome in zip(todo, _work_all(todo, options, pipeline), strict=True):
                record(article, *outcome[1:])
        else:
            per_worker = worker_settings(pipeline.settings, workers, os.cpu_count() or 1)
            chunks = [todo[i : i + IN_FLIGHT] for i in range(0, len(todo), IN_FLIGHT)]
            # not fork: this process runs threads (CTranslate2's, the coalescer's, lingua's
            # pool), and a forked child inherits the locks they held, never released: bulk with
            # two processes hung in `bilingua bench` (both workers idle, twice in a row) once
            # the workers judged sentences the parent had not. forkserver forks each worker
            # from a clean process started for it.
            with ProcessPoolExecutor(
                workers,
                mp_context=multiprocessing.get_context("forkserver"),
                initializer=_init_worker,
                initargs=(str(pipeline.packages_dir), per_worker, pipeline.quotes_in_context),
            ) as pool:
                futures = [pool.submit(_work_chunk, chunk, options) for chunk in chunks]
                for future in futures:
                    for article_id, result, error, words in future.result():
                        record(by_id[article_id], result, error, words)
    finally:
        progress.close()
        if out_dir is not None:
            ordered = [index[a.id] for a in articles if a.id in index]
            write_atomic(
                out_dir / "summary.jsonl", "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in ordered)
            )
            write_atomic(
                out_dir / "errors.jsonl", "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
            )
    print(
        f"bulk: {report.translated} translated, {report.skipped} skipped, {report.failed} failed", file=stderr
    )
    return report
