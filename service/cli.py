"""The `bilingua` command: serve, translate, model install/list."""

from __future__ import annotations

import functools
import json
import os
import shutil
import signal
import sys
import textwrap
from itertools import zip_longest
from pathlib import Path

import click
from marshmallow import ValidationError

from service.config import Config, ConfigError, load_config
from service.pipeline import Options, Pipeline, Result
from service.schemas import flat_messages, translate_request, translate_response
from translators.models import (
    InstallError,
    ModelNotInstalled,
    install_file,
    install_from_index,
    installed_models,
)


def _config(**overrides: object):  # noqa: ANN202
    try:
        config = load_config(**overrides)
        config.keep_patterns()  # an unreadable pattern file is said now, not on first use
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    return config


def summary_options(command):  # noqa: ANN001, ANN201
    """The summary's options, the same on every command that translates."""
    from summarizers import DEFAULT_METHOD, METHODS

    for option in reversed(
        (
            click.option("--summary-sentences", "-n", type=int, default=3, show_default=True),
            click.option(
                "--summary-words",
                type=int,
                default=None,
                help="A length in words instead of a sentence count (overrides -n).",
            ),
            click.option(
                "--summarizer", type=click.Choice(METHODS), default=DEFAULT_METHOD, show_default=True
            ),
        )
    ):
        command = option(command)
    return command


def article_options(command):  # noqa: ANN001, ANN201
    """The summary, term and chrome options, the same on every command that translates
    articles; the command receives them as `article`, the request fields they stand for."""

    @functools.wraps(command)
    def with_article(  # noqa: ANN202
        *args: object,
        summary_sentences: int,
        summary_words: int | None,
        summarizer: str,
        keep_file,  # noqa: ANN001
        glossary_file,  # noqa: ANN001
        include_chrome: bool,
        **kwargs: object,
    ):
        article = {
            **_summary_args(summary_sentences, summary_words, summarizer, include_chrome),
            **_terms_args(keep_file, glossary_file),
        }
        return command(*args, article=article, **kwargs)

    with_article = summary_options(with_article)
    for option in (
        click.option(
            "--glossary",
            "glossary_file",
            type=click.File("r", encoding="utf-8"),
            help="French term and its English, one pair per line (TSV, CSV or 'French = English').",
        ),
        click.option(
            "--keep-file",
            type=click.File("r", encoding="utf-8"),
            help="Strings to keep as they are, one per line.",
        ),
        click.option("--include-chrome", is_flag=True, help="Also translate page chrome."),
    ):
        with_article = option(with_article)
    return with_article


def _terms_args(keep_file, glossary_file) -> dict:  # noqa: ANN001
    from translators.terms import parse_glossary

    args: dict = {}
    if keep_file is not None:
        args["keep"] = [line.rstrip("\r\n") for line in keep_file if line.strip()]
    if glossary_file is not None:
        try:
            args["glossary"] = dict(parse_glossary(glossary_file))
        except ValueError as exc:
            raise click.UsageError(f"--glossary: {exc}") from exc
    return args


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """bilingua: offline French→English translation with parallel summaries."""


@main.command()
@click.option("--host", help="Address to listen on [BILINGUA_HOST, default 127.0.0.1].")
@click.option("--port", type=int, help="Port to listen on [BILINGUA_PORT, default 5000].")
@click.option("--threads", type=int, help="HTTP worker threads [BILINGUA_THREADS, default 16].")
def serve(host: str | None, port: int | None, threads: int | None) -> None:
    """Run the HTTP API with waitress."""

    import waitress

    from service.malloc_arenas import cap_malloc_arenas

    cap_malloc_arenas()

    from service.app import create_app
    from service.drain import drain_then_stop
    from service.observability import configure_logging
    from service.request_guard import SERVER_HEADER_BYTES
    from service.server_errors import answer_refusals_as_json

    config = _config(host=host, port=port, threads=threads)
    configure_logging(config.log_format)
    app = create_app(config)
    try:
        app.extensions["bilingua.pipeline"].warm_up()
    except ModelNotInstalled as exc:
        click.echo(f"warning: {exc} Until then /v1/translate answers 503.", err=True)
    jobs = app.extensions["bilingua.jobs"]
    grace = config.request_timeout or 120.0  # for the requests and the job articles running at SIGTERM
    consumer = None
    if not config.redis_url:
        consumer = jobs.embedded_consumer(config.job_workers, grace)
        consumer.start()
        jobs.sweep()  # articles of jobs interrupted by the last shutdown
    mode = (
        f"jobs on Redis {config.redis_url}"
        if config.redis_url
        else f"{config.job_workers} job worker(s), {config.jobs_db}"
    )
    click.echo(f"bilingua: serving on http://{config.host}:{config.port} ({mode})", err=True)
    sockets: dict = {}
    server = waitress.create_server(
        app,
        map=sockets,
        host=config.host,
        port=config.port,
        threads=config.threads,
        ident="bilingua",
        max_request_header_size=SERVER_HEADER_BYTES,
    )
    answer_refusals_as_json(app, sockets)
    # SIGTERM: finish the requests in flight, then stop (the finally below runs)
    signal.signal(
        signal.SIGTERM,
        lambda *_: drain_then_stop(server, sockets, app.extensions["bilingua.inflight"], grace),
    )
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.task_dispatcher.shutdown()
        app.extensions["bilingua.gate"].shutdown()  # translations already accepted finish
        if consumer is not None:
            consumer.stop(graceful=True)  # the job articles being translated finish first
        click.echo("bilingua: stopped", err=True)
        if consumer is not None and any(t.is_alive() for _, t in consumer.worker_threads):
            # past the grace an article still runs: leave it to the next start's sweep rather
            # than let the translator be destroyed under it (the process would abort)
            sys.stderr.flush()
            os._exit(0)


@main.command()
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=4,
    show_default=True,
    help="Worker threads; the articles they hold share model calls.",
)
def worker(workers: int) -> None:
    """Translate queued job articles (needs BILINGUA_REDIS_URL to serve a distant API server)."""
    import logging

    from service.jobs import JobQueue
    from service.malloc_arenas import cap_malloc_arenas

    cap_malloc_arenas()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = _config()
    pipeline = _ready_pipeline(config)
    queue = JobQueue(config.redis_url, config.jobs_db, config.lease_seconds, pipeline)
    where = f"Redis {config.redis_url}" if config.redis_url else f"SQLite {config.jobs_db}"
    click.echo(f"bilingua worker: {workers} thread(s) on {where}", err=True)
    queue.consumer(workers).run()


def _columns(left: str, right: str, width: int) -> list[str]:
    col = max(20, (width - 3) // 2)
    lines = zip_longest(textwrap.wrap(left, col) or [""], textwrap.wrap(right, col) or [""], fillvalue="")
    return [f"{a:<{col}} │ {b}" for a, b in lines]


def side_by_side(result: Result, width: int) -> str:
    """French and English next to each other, sentence by sentence, then the summaries."""
    rule = "─" * width
    out = [f"model: {result.model.name} {result.model.version}", rule]
    for seg in result.segments:
        if seg.en is None:
            continue
        out += _columns(seg.fr, seg.en, width)
        out.append("")
    skipped = sum(seg.en is None for seg in result.segments)
    if skipped:
        out.append(f"({skipped} sentences of page chrome not translated; --include-chrome translates them)")
    out += [rule, f"summary ({result.summary.method})", rule]
    for fr, en in zip(result.summary.fr, result.summary.en, strict=True):
        out += _columns(fr, en, width)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


@main.command()
@click.argument("source", type=click.File("rb"))
@click.option("--json", "as_json", is_flag=True, help="Print the JSON the API returns.")
@article_options
@click.option(
    "--html", "is_html", is_flag=True, help="SOURCE is a saved page (.html files are): extract its article."
)
def translate(source, as_json: bool, article: dict, is_html: bool) -> None:  # noqa: ANN001
    """Translate a French article from SOURCE (a file, or - for standard input)."""
    try:
        text = source.read().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{source.name}: not UTF-8 text ({exc})") from exc
    html = is_html or source.name.lower().endswith((".html", ".htm"))
    args = _load({"text": text, **article, "format": "html" if html else "text"})
    config = _config()
    pipeline = config.pipeline()
    try:
        result = pipeline.run(args.pop("text"), Options(**args))
    except ModelNotInstalled as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(translate_response.dump(result), ensure_ascii=False, indent=2))
    else:
        width = min(shutil.get_terminal_size((120, 24)).columns, 160)
        click.echo(side_by_side(result, width), nl=False)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for one JSON result per article, summary.jsonl and errors.jsonl.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["files", "jsonl"]),
    default="files",
    show_default=True,
    help="jsonl: one JSON line per article on standard output, for pipes.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes (each loads the model; CTranslate2 threads are shared out among them).",
)
@article_options
def bulk(inputs: tuple[Path, ...], out_dir: Path | None, fmt: str, workers: int, article: dict) -> None:
    """Translate many articles: files, folders (.txt .html .md, recursively) and .jsonl files.

    A second run with the same --out skips articles already translated. Exits 1 if any failed.
    """
    from service.bulk import run

    if fmt == "files" and out_dir is None:
        raise click.UsageError("give --out DIR, or --format jsonl to write to standard output")
    options = _options(article)
    pipeline = _ready_pipeline(_config())
    report = run(list(inputs), options, pipeline, out_dir if fmt == "files" else None, workers)
    sys.exit(1 if report.failed else 0)


def _ready_pipeline(config: Config) -> Pipeline:
    """The pipeline with its model loaded, or the install hint as a command error."""
    pipeline = config.pipeline()
    try:
        pipeline.warm_up()
    except ModelNotInstalled as exc:
        raise click.ClickException(str(exc)) from exc
    return pipeline


def _load(payload: dict) -> dict:
    """The API's request checks, for what was given on the command line."""
    try:
        return translate_request.load(payload)
    except ValidationError as exc:
        raise click.UsageError(flat_messages(exc.messages)) from exc


def _summary_args(
    summary_sentences: int, summary_words: int | None, summarizer: str, include_chrome: bool
) -> dict:
    return {
        "summary_sentences": summary_sentences,
        "summary_words": summary_words,
        "summarizer": summarizer,
        "include_chrome": include_chrome,
    }


def _options(article: dict) -> Options:
    args = _load({"text": "-", **article})
    del args["text"]
    return Options(**args)


def _texts_option(flag: str, dest: str, help_text: str):  # noqa: ANN202 - a click decorator
    return click.option(
        flag,
        dest,
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        default="seeds",
        show_default=True,
        help=help_text,
    )


def _out_option(default: str):  # noqa: ANN202 - a click decorator
    return click.option(
        "--out",
        "out_file",
        type=click.Path(dir_okay=False, path_type=Path),
        default=default,
        show_default=True,
        help="Where to write the figures as JSON.",
    )


def _size_option(default: str):  # noqa: ANN202 - a click decorator
    return click.option(
        "--size",
        type=click.Choice(["tiny", "base"]),
        default=default,
        show_default=True,
        help="Random-weight model: tiny (2 layers, d_model 64) or base (the published "
        "Argos fr→en dimensions).",
    )


@main.command()
@click.option(
    "--model",
    "model_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A real .argosmodel to measure (default: a random-weight one of the published size).",
)
@_texts_option("--articles", "articles_dir", "Folder of .txt French articles (searched recursively).")
@_size_option("base")
@click.option("--beam-size", type=int, default=None, help="Beam size [default: BILINGUA_BEAM_SIZE].")
@click.option(
    "--clients", default="1,4", show_default=True, help="Concurrent HTTP clients to try, comma-separated."
)
@click.option(
    "--rounds", type=int, default=1, show_default=True, help="Times each HTTP run sends the articles."
)
@click.option(
    "--repeat", type=click.IntRange(1, 20), default=3, show_default=True, help="Runs per path; best kept."
)
@click.option(
    "--grid", default="", help="Settings for (a), INTERxINTRAxBATCH,... [default: a grid for the cores]."
)
@click.option(
    "--engine",
    "engine_point",
    default="",
    help="Settings of the paths, INTERxINTRAxBATCH [default: the grid point of (a) fastest in median].",
)
@click.option(
    "--lengths",
    default=",".join(str(n) for n in (1_000, 10_000, 50_000, 200_000)),
    show_default=True,
    help="Article lengths in characters for the cost-against-length rows.",
)
@click.option(
    "--adversarial",
    is_flag=True,
    help="Only the hostile-input row: analysis time per 100 000 characters against a plain article.",
)
@_out_option("bench.json")
def bench(
    model_file: Path | None,
    articles_dir: Path,
    size: str,
    beam_size: int | None,
    clients: str,
    rounds: int,
    repeat: int,
    grid: str,
    engine_point: str,
    lengths: str,
    adversarial: bool,
    out_file: Path,
) -> None:
    """Measure every path (Python API, HTTP, bulk, jobs, argostranslate) against raw CTranslate2.

    Exits 2 when a path comes out faster than 1.05 × the limit (a): the limit was then
    measured wrong, and no ratio in the table can be trusted. With --adversarial, only the
    hostile-input row (no model needed); it exits 1 when the worst input costs more than
    the target times a plain article.
    """
    import tempfile

    from tqdm import tqdm

    from service import bench as benchmark

    if adversarial:
        from service import bench_hostile

        articles = benchmark.read_articles(articles_dir)
        row = bench_hostile.adversarial("\n".join(articles))
        benchmark.save({"adversarial": row}, out_file)
        click.echo(bench_hostile.line(row))
        raise SystemExit(0 if row["worst_ratio"] <= row["target_ratio"] else 1)

    counts = [int(c) for c in clients.split(",") if c.strip()]
    beam = beam_size or _config().beam_size
    try:
        grid_points = benchmark.parse_grid(grid) if grid else benchmark.default_grid(os.cpu_count() or 1)
        engine = benchmark.parse_grid(engine_point)[0] if engine_point else None
        sizes = tuple(int(n) for n in lengths.split(",") if n.strip())
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    with tempfile.TemporaryDirectory() as tmp:
        packages_dir = Path(tmp) / "packages"
        if model_file is None:
            click.echo(f"bench: building a random-weight {size} model (real format)", err=True)
            model_file = _build_random(Path(tmp) / f"bench-{size}.argosmodel", articles_dir, size)
        installed = install_file(model_file, packages_dir)
        from service.bench_hostile import GENERATORS

        stages = len(grid_points) + 6 + len(counts) + 1 + len(sizes) + len(GENERATORS)
        with tqdm(total=stages, desc="bench", unit="stage", file=sys.stderr, disable=None) as bar:

            def progress(message: str) -> None:
                bar.update(1)
                if bar.disable:
                    click.echo(f"bench: {message}", err=True)
                else:
                    bar.set_postfix_str(message)

            try:
                report = benchmark.run(
                    installed,
                    packages_dir,
                    articles_dir,
                    beam,
                    counts,
                    rounds,
                    fixed_length=model_file.name.startswith("bench-"),
                    progress=progress,
                    grid=grid_points,
                    engine=engine,
                    repeat=repeat,
                    lengths=sizes,
                )
            except ValueError as exc:
                raise click.ClickException(str(exc)) from exc
    benchmark.save(report, out_file)
    click.echo(benchmark.table(report))
    click.echo(f"bench: figures written to {out_file}", err=True)
    if report["limit_invalid"]:
        click.echo("bench: the limit (a) is invalid: " + "; ".join(report["limit_invalid"]), err=True)
        sys.exit(2)


@main.command("eval")
@click.option("--articles", "articles_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--annotations",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='JSON list of {"file", "english_quotes", "french_quotes", "chrome_lines", "body_lines"}.',
)
@click.option(
    "--references",
    nargs=2,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="FR_FILE EN_FILE, one sentence per line, aligned: chrF and BLEU.",
)
@click.option(
    "--summaries",
    nargs=2,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="SOURCES GOLD, one document / summary per line: ROUGE for every method.",
)
@click.option(
    "--html",
    "html_manifest",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A manifest of saved pages (HTML and the annotated text of each): chrome and body, "
    "rules alone on the text against the extractor and rules on the HTML.",
)
@click.option(
    "--lengths", default="1,2,3", show_default=True, help="Summary lengths in sentences for --summaries."
)
@click.option(
    "--words", default="", help="Summary lengths in words for --summaries (equal-length comparison)."
)
@click.option(
    "--cross-validate",
    "folds",
    type=click.IntRange(2, 20),
    default=None,
    help="With --summaries: also tune pacsum's weights on k − 1 folds and score each held-out fold.",
)
@click.option("--limit", type=int, default=0, help="Only the first N lines of --references / --summaries.")
@_out_option("eval.json")
def evaluate(
    articles_dir: Path | None,
    annotations: Path | None,
    references: tuple[Path, Path] | None,
    summaries: tuple[Path, Path] | None,
    html_manifest: Path | None,
    lengths: str,
    words: str,
    folds: int | None,
    limit: int,
    out_file: Path,
) -> None:
    """Measure quality: English quotes kept and chrome leaks, chrF/BLEU, ROUGE of the summaries.

    Exits 1 when an annotated corpus misses a target: English quotes kept ≥ 97 %, no
    multi-word French quote left untranslated, chrome lines translated ≤ 5 %, body lines
    dropped ≤ 1 %, summaries aligned and each sentence translated once.
    """
    from tqdm import tqdm

    from service import evaluate as ev

    if not (annotations or references or summaries or html_manifest):
        raise click.UsageError(
            "give --articles DIR --annotations FILE, --references FR EN, --summaries SRC GOLD or --html MANIFEST"
        )
    if bool(articles_dir) != bool(annotations):
        raise click.UsageError("--articles and --annotations go together")
    config = _config()
    pipeline = config.pipeline()
    report: dict = {}
    missed: list[str] = []

    def lines(path: Path) -> list[str]:
        rows = path.read_text(encoding="utf-8").splitlines()
        return rows[:limit] if limit else rows

    try:
        if annotations:
            try:
                entries = ev.load_annotations(annotations, articles_dir)
            except (ev.AnnotationError, OSError, KeyError) as exc:
                raise click.ClickException(str(exc)) from exc
            report["articles"] = ev.evaluate_articles(pipeline, articles_dir, entries, Options())
            missed = report["articles"]["targets_missed"]
            click.echo(ev.article_table(report["articles"]))
        if references:
            fr, en = (lines(p) for p in references)
            with tqdm(total=len(fr), desc="translate", unit="line", file=sys.stderr, disable=None) as bar:
                report["references"] = ev.evaluate_references(pipeline, fr, en, bar.update)
            r = report["references"]
            click.echo(f"chrF {r['chrF']}  BLEU {r['BLEU']}  on {r['lines']} lines ({r['chrF_signature']})")
        if html_manifest:
            from service import eval_html

            corpus = html_manifest.parent.parent
            report["html"] = eval_html.evaluate_pages(pipeline, html_manifest, corpus)
            click.echo(eval_html.pages_table(report["html"]))
    except ModelNotInstalled as exc:
        raise click.ClickException(str(exc)) from exc
    if summaries:
        from service import eval_summaries as es

        sources, golds = (lines(p) for p in summaries)
        counts = [int(n) for n in lengths.split(",") if n.strip()]
        budgets = [int(n) for n in words.split(",") if n.strip()]
        with tqdm(total=len(sources), desc="summarize", unit="doc", file=sys.stderr, disable=None) as bar:
            try:
                report["summaries"] = es.evaluate_summaries(sources, golds, counts, bar.update, budgets)
            except ValueError as exc:
                raise click.ClickException(str(exc)) from exc
        click.echo(es.summary_table(report["summaries"]))
        if folds:
            with tqdm(
                total=len(sources), desc="cross-validate", unit="doc", file=sys.stderr, disable=None
            ) as bar:
                report["cross_validation"] = es.cross_validate(sources, golds, counts, folds, bar.update)
            click.echo(es.cross_validation_table(report["cross_validation"]))
    out_file.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    click.echo(f"eval: written to {out_file}", err=True)
    if missed:
        click.echo(f"eval: {len(missed)} target(s) missed: " + "; ".join(missed), err=True)
        sys.exit(1)


@main.group()
def model() -> None:
    """Install and list translation models (Argos packages)."""


@model.command("install")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--index", "index_url", help="Argos package index URL [ARGOS_PACKAGE_INDEX].")
def model_install(path: Path | None, index_url: str | None) -> None:
    """Install PATH.argosmodel, or with no PATH the current fr→en package from the Argos index."""
    packages_dir = Path(_config().packages_dir)
    try:
        installed = install_file(path, packages_dir) if path else install_from_index(packages_dir, index_url)
    except InstallError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"installed {installed.name} {installed.version} in {installed.path}")


@model.command("build-random")
@click.argument("out", type=click.Path(path_type=Path))
@_texts_option("--texts", "texts", "Folder of .txt files to train the SentencePiece model on.")
@_size_option("tiny")
def model_build_random(out: Path, texts: Path, size: str) -> None:
    """Build a random-weight package in the real .argosmodel format (a stand-in, not a translator)."""
    click.echo(str(_build_random(out, texts, size)))


def _build_random(out: Path, texts: Path, size: str) -> Path:
    """A random-weight package named after `out`, its SentencePiece trained on `texts`/*.txt."""
    from translators.package_builder import BASE, TINY, build_package

    corpus = [p.read_text(encoding="utf-8") for p in sorted(texts.rglob("*.txt"))]
    if not corpus:
        raise click.ClickException(f"{texts}: no .txt files to train SentencePiece on")
    return build_package(out.parent, corpus, BASE if size == "base" else TINY, name=out.stem)


@model.command("list")
@click.option("--json", "as_json", is_flag=True)
def model_list(as_json: bool) -> None:
    """Show the installed packages."""
    models = installed_models(Path(_config().packages_dir))
    if as_json:
        click.echo(json.dumps([m.as_dict() for m in models], ensure_ascii=False, indent=2))
        return
    if not models:
        click.echo("no model installed", err=True)
        sys.exit(1)
    for m in models:
        click.echo(f"{m.name}\t{m.version}\t{m.from_code}→{m.to_code}\t{m.path}")


if __name__ == "__main__":
    main()


@main.command()
@click.option("--url", help="A running server to load (default: start one with a random-weight model).")
@click.option(
    "--articles",
    "articles_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default="seeds",
    show_default=True,
    help="Folder of .txt articles (searched recursively) the clients send.",
)
@click.option("--clients", type=click.IntRange(1, 512), default=32, show_default=True)
@click.option("--seconds", type=click.FloatRange(1, 3600), default=120, show_default=True)
@_out_option("loadtest.json")
def loadtest(url: str | None, articles_dir: Path, clients: int, seconds: float, out_file: Path) -> None:
    """Many clients for a while: translations, LibreTranslate, jobs, health, bad and hostile input.

    Exits 1 on any server error (5xx other than backpressure's 503), any failed connection,
    or server memory growing more than 10 % after warm-up (when it started the server).
    """
    import subprocess
    import tempfile
    import time

    import requests

    from service import loadtest as load
    from service.bench import free_port, read_articles

    articles = read_articles(articles_dir)
    config = _config()
    with tempfile.TemporaryDirectory() as tmp:
        proc = None
        if url is None:
            packages = Path(tmp) / "packages"
            model_file = _build_random(Path(tmp) / "load.argosmodel", articles_dir, "tiny")
            install_file(model_file, packages)
            port = free_port()
            url = f"http://127.0.0.1:{port}"
            env = dict(os.environ) | {
                "BILINGUA_PACKAGES_DIR": str(packages),
                "BILINGUA_JOBS_DB": str(Path(tmp) / "jobs.sqlite3"),
                "BILINGUA_LOG_FORMAT": "json",
            }
            log = open(Path(tmp) / "server.log", "w")  # noqa: SIM115 - closed with the folder
            proc = subprocess.Popen(
                [sys.executable, "-m", "service.cli", "serve", "--port", str(port)],
                env=env,
                stdout=log,
                stderr=log,
            )
            deadline = time.monotonic() + 120
            while True:
                try:
                    if requests.get(url + "/health", timeout=2).status_code == 200:
                        break
                except requests.ConnectionError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise click.ClickException("the server did not start") from None
                    time.sleep(0.2)
        try:
            report = load.run(
                url,
                articles,
                clients,
                seconds,
                config.max_chars,
                proc.pid if proc else None,
                progress=lambda m: click.echo(f"loadtest: {m}", err=True),
            )
        finally:
            if proc is not None:
                proc.terminate()
                proc.wait(60)
                report_log = (Path(tmp) / "server.log").read_text(encoding="utf-8", errors="replace")
                errors = [
                    e["exception"] for e in map(_json_line, report_log.splitlines()) if e.get("exception")
                ]
                if errors:
                    click.echo(
                        f"loadtest: the server logged {len(errors)} error(s); the first:\n{errors[0]}",
                        err=True,
                    )
    out_file.parent.mkdir(parents=True, exist_ok=True)
    out_file.write_text(json.dumps(report, indent=2), encoding="utf-8")
    click.echo(load.table(report))
    growth = report["rss"].get("growth_pct", 0.0)
    sys.exit(1 if report["server_errors"] or report["connection_failures"] or growth > 10 else 0)


def _json_line(line: str) -> dict:
    try:
        entry = json.loads(line)
    except ValueError:
        return {}
    return entry if isinstance(entry, dict) else {}
