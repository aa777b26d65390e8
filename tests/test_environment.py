"""The installed environment is the lean, locked one the README promises."""

import os
import shutil
import subprocess
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_no_translator_only_dependencies_installed():
    installed = {d.metadata["Name"].lower().replace("_", "-") for d in metadata.distributions()}
    assert installed & {"torch", "stanza", "spacy", "minisbd", "thinc", "onnxruntime"} == set()
    assert "argostranslate" in installed and "ctranslate2" in installed


def _uv() -> str | None:
    local = ROOT / ".tools" / "bin" / "uv"
    return str(local) if local.is_file() else shutil.which("uv")


def test_lock_matches_pyproject():
    uv = _uv()
    if uv is None:
        if os.environ.get("CI"):
            pytest.fail("uv not found: scripts/setup installs it into .tools/")
        pytest.skip("uv is not installed (pip install route)")
    done = subprocess.run(
        [uv, "lock", "--check", "--offline"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
