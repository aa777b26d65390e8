"""Every setting in one table: its default and its environment variable, read once at start."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from translators.engine import EngineSettings


def _default_packages_dir() -> str:
    """Where argostranslate itself installs packages, so models its users have are found."""
    if os.environ.get("ARGOS_PACKAGES_DIR"):
        return os.environ["ARGOS_PACKAGES_DIR"]
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(data_home) / "argos-translate" / "packages")


def _default_jobs_db() -> str:
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(data_home) / "bilingua" / "jobs.sqlite3")


def _flag(value: str) -> bool:
    if value.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if value.strip().lower() in ("", "0", "false", "no", "off"):
        return False
    raise ValueError("expected true or false")


def _log_format(value: str) -> str:
    if value.strip().lower() not in ("text", "json"):
        raise ValueError("expected text or json")
    return value.strip().lower()


@dataclass(frozen=True)
class Option:
    name: str
    default: object
    parse: Callable[[str], object]
    help: str

    @property
    def env(self) -> str:
        return "BILINGUA_" + self.name.upper()


OPTIONS: tuple[Option, ...] = (
    Option("host", "127.0.0.1", str, "address `bilingua serve` listens on"),
    Option("port", 5000, int, "port `bilingua serve` listens on"),
    Option(
        "threads", 16, int, "HTTP worker threads of the server (more than translations at once plus queue)"
    ),
    Option("max_chars", 200_000, int, "longest accepted article, in characters (413 above)"),
    Option("packages_dir", _default_packages_dir, str, "folder of installed Argos packages"),
    Option("beam_size", 2, int, "beam size (1 = greedy; Argos uses 4)"),
    Option("inter_threads", 2, int, "CTranslate2 batches translated in parallel (model replicas)"),
    Option("intra_threads", 1, int, "CTranslate2 threads per batch (0 = CTranslate2's default)"),
    Option("compute_type", "auto", str, "CTranslate2 compute type (auto, int8, float32, ...)"),
    Option("max_batch_tokens", 512, int, "tokens per CTranslate2 batch"),
    Option("max_decoding_length", 256, int, "longest translation of one sentence, in tokens"),
    Option("cache_size", 4096, int, "translated sentences kept in memory (0 = off)"),
    Option(
        "batch_wait_ms",
        5.0,
        float,
        "how long a model call waits for other requests' sentences to share it (0 = never)",
    ),
    Option(
        "fixed_decoding_length", 0, int, "benchmarks of random-weight models only: tokens per translation"
    ),
    Option("quotes_in_context", False, _flag, "translate sentences with kept English quotes whole first"),
    Option(
        "keep_patterns_file",
        "",
        str,
        "file of regular expressions, one per line, whose matches are never translated (empty = none)",
    ),
    Option("api_keys", "", str, "comma-separated API keys every translating route requires (empty = none)"),
    Option("api_keys_file", "", str, "file of API keys, one per line (added to BILINGUA_API_KEYS)"),
    Option(
        "rate_limit",
        "",
        str,
        "requests per client (its key, else its address), e.g. '60/minute' (empty = none)",
    ),
    Option(
        "address_rate_limit", "", str, "requests per address whatever the key, e.g. '600/hour' (empty = none)"
    ),
    Option("char_quota", "", str, "characters translated per client, e.g. '2000000/day' (empty = none)"),
    Option("redis_url", "", str, "Redis for distributed jobs (empty = embedded SQLite queue)"),
    Option("jobs_db", _default_jobs_db, str, "SQLite file of the embedded job queue"),
    Option(
        "job_workers",
        4,
        int,
        "job worker threads in `bilingua serve` (embedded mode); their articles share model calls",
    ),
    Option(
        "lease_seconds", 30.0, float, "a job article whose worker is silent this long is handed to another"
    ),
    Option("max_job_articles", 1000, int, "most articles in one job (413 above)"),
    Option("max_job_chars", 5_000_000, int, "most characters in one job (413 above)"),
    Option("max_inflight", 3, int, "translations (API, LibreTranslate, web form) running at once"),
    Option("queue_depth", 8, int, "translations waiting for a place; past it, 503 with Retry-After at once"),
    Option(
        "request_timeout", 120.0, float, "seconds a translation request may take before a 503 (0 = no limit)"
    ),
    Option("log_format", "text", _log_format, "server logs: text, or json (one object per line)"),
    Option("metrics_token", "", str, "bearer token /metrics requires (empty = open)"),
)

_ENGINE_FIELDS = {f.name for f in fields(EngineSettings)}


@dataclass(frozen=True)
class Config:
    host: str
    port: int
    threads: int
    max_chars: int
    packages_dir: str
    beam_size: int
    inter_threads: int
    intra_threads: int
    compute_type: str
    max_batch_tokens: int
    max_decoding_length: int
    cache_size: int
    batch_wait_ms: float
    fixed_decoding_length: int
    quotes_in_context: bool
    keep_patterns_file: str
    api_keys: str
    api_keys_file: str
    rate_limit: str
    address_rate_limit: str
    char_quota: str
    redis_url: str
    jobs_db: str
    job_workers: int
    lease_seconds: float
    max_job_articles: int
    max_job_chars: int
    max_inflight: int
    queue_depth: int
    request_timeout: float
    log_format: str
    metrics_token: str

    @property
    def engine(self) -> EngineSettings:
        values = {k: v for k, v in vars(self).items() if k in _ENGINE_FIELDS}
        return EngineSettings(**values)

    def pipeline(self):  # noqa: ANN201 - service.pipeline.Pipeline, imported late
        """The pipeline these settings describe (the model loads on first use)."""
        from service.pipeline import Pipeline

        return Pipeline(
            Path(self.packages_dir),
            self.engine,
            quotes_in_context=self.quotes_in_context,
            keep_patterns=self.keep_patterns(),
        )

    def keep_patterns(self) -> tuple:
        """The operator's keep patterns, compiled; a file that cannot be read or compiled is a
        configuration error, said at start-up rather than on the first request."""
        if not self.keep_patterns_file:
            return ()
        from translators.terms import compile_patterns

        try:
            lines = Path(self.keep_patterns_file).read_text(encoding="utf-8").splitlines()
            return compile_patterns(lines)
        except (OSError, ValueError) as exc:
            raise ConfigError(f"BILINGUA_KEEP_PATTERNS_FILE={self.keep_patterns_file!r}: {exc}") from exc


class ConfigError(ValueError):
    pass


def load_config(environ: Mapping[str, str] | None = None, **overrides: object) -> Config:
    """Defaults, then BILINGUA_* variables, then explicit overrides (command-line flags)."""
    environ = os.environ if environ is None else environ
    values: dict[str, object] = {}
    for opt in OPTIONS:
        if overrides.get(opt.name) is not None:
            values[opt.name] = overrides[opt.name]
        elif opt.env in environ:
            try:
                values[opt.name] = opt.parse(environ[opt.env])
            except ValueError as exc:
                raise ConfigError(f"{opt.env}={environ[opt.env]!r}: {exc}") from exc
        else:
            values[opt.name] = opt.default() if callable(opt.default) else opt.default
    return Config(**values)
