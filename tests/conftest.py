"""Shared fixtures: an isolated home, a real-format Argos package built here, running servers.

Nothing here reads ../shared or the network: the package is trained on the project's
own seeds/ and installed with the same `bilingua model install FILE` users run.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_d98255fcedecbf4b.txt"
#: the console script `pip install .` puts beside the interpreter
BILINGUA = [str(Path(sys.executable).parent / "bilingua")]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # a run that collected nothing is a broken run, not a green one
    if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def isolated_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment for every process the tests start: own home, no model data, no network hints."""
    home = tmp_path_factory.mktemp("home")
    env = dict(os.environ)
    for key in list(env):
        if key.startswith(("BILINGUA_", "ARGOS_")):
            del env[key]
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        NLTK_DATA=str(home / "no-nltk-data"),
        ARGOS_PACKAGE_INDEX="http://127.0.0.1:9/unreachable/",
        PYTHONPATH=str(ROOT),
    )
    return env


@pytest.fixture(scope="session", autouse=True)
def _isolate_this_process(isolated_env: dict[str, str]) -> None:
    for key in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "NLTK_DATA"):
        os.environ[key] = isolated_env[key]


def run_cli(
    args: list[str], env: dict[str, str], timeout: float = 120, **kwargs: object
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*BILINGUA, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout, **kwargs
    )


@pytest.fixture(scope="session")
def argos_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny real-format .argosmodel: SentencePiece on seeds/, random-weight CTranslate2 int8."""
    from translators.package_builder import build_package

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return build_package(tmp_path_factory.mktemp("build"), texts)


@pytest.fixture(scope="session")
def packages_dir(tmp_path_factory: pytest.TempPathFactory, argos_package: Path, isolated_env: dict) -> Path:
    """The package installed through `bilingua model install FILE` (unpacked by translators.models)."""
    target = tmp_path_factory.mktemp("packages")
    env = isolated_env | {"BILINGUA_PACKAGES_DIR": str(target)}
    done = run_cli(["model", "install", str(argos_package)], env)
    assert done.returncode == 0, done.stderr
    return target


@pytest.fixture(scope="session")
def model_env(isolated_env: dict[str, str], packages_dir: Path) -> dict[str, str]:
    return isolated_env | {"BILINGUA_PACKAGES_DIR": str(packages_dir)}


@pytest.fixture(scope="session")
def pipeline(packages_dir: Path):  # noqa: ANN201
    from service.pipeline import Pipeline

    return Pipeline(packages_dir)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, env: dict[str, str]) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # a file, not a pipe: nobody reads the log while the server runs, and a pipe's buffer
        # (64 KB, some hundreds of access-log lines) would block the server once full
        self.log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        self.proc = subprocess.Popen(
            [*BILINGUA, "serve", "--port", str(self.port)],
            env=env,
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            text=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.output()}")
            try:
                requests.get(self.url + "/health", timeout=1)
                return
            except requests.ConnectionError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not start in 60 s")

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read()

    def stop(self) -> str:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        out = self.output()
        self.log.close()
        return out


@pytest.fixture(scope="session")
def server(model_env: dict[str, str]) -> Iterator[Server]:
    """`bilingua serve` in its own process, with the built model installed."""
    srv = Server(model_env)
    yield srv
    log = srv.stop()
    assert "Traceback" not in log, log


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")
