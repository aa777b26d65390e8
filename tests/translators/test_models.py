"""Installing packages the way users do: a local file, or the Argos index over HTTP."""

import http.server
import json
import threading
import zipfile
from functools import partial
from pathlib import Path

import pytest

from tests.conftest import run_cli
from translators.models import InstallError, ModelNotInstalled, find_model, install_file, installed_models


def test_installed_package_is_found(packages_dir):
    model = find_model(packages_dir)
    assert (model.from_code, model.to_code) == ("fr", "en")
    assert model.name == "translate-fr_en-random"
    assert (model.model_dir / "model.bin").is_file()
    assert model.sentencepiece_model.is_file()


def test_no_model_raises_with_install_hint(tmp_path):
    with pytest.raises(ModelNotInstalled, match="bilingua model install"):
        find_model(tmp_path / "nothing-here")
    assert installed_models(tmp_path / "nothing-here") == []


def test_rejects_files_that_are_not_packages(tmp_path):
    not_zip = tmp_path / "a.argosmodel"
    not_zip.write_text("hello")
    with pytest.raises(InstallError, match="not an Argos package"):
        install_file(not_zip, tmp_path / "pk")
    empty_zip = tmp_path / "b.argosmodel"
    with zipfile.ZipFile(empty_zip, "w") as zf:
        zf.writestr("readme.txt", "x")
    with pytest.raises(InstallError, match="metadata.json"):
        install_file(empty_zip, tmp_path / "pk")
    with pytest.raises(InstallError, match="no such file"):
        install_file(tmp_path / "missing.argosmodel", tmp_path / "pk")


def test_cli_install_list_and_errors(tmp_path, argos_package, isolated_env):
    env = isolated_env | {"BILINGUA_PACKAGES_DIR": str(tmp_path / "pk")}
    listed = run_cli(["model", "list"], env)
    assert listed.returncode != 0 and "no model installed" in listed.stderr
    done = run_cli(["model", "install", str(argos_package)], env)
    assert done.returncode == 0, done.stderr
    assert "installed translate-fr_en-random 0.0.1" in done.stdout
    listed = run_cli(["model", "list", "--json"], env)
    assert json.loads(listed.stdout)[0]["name"] == "translate-fr_en-random"
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("not a zip")
    failed = run_cli(["model", "install", str(bad)], env)
    assert failed.returncode != 0
    assert "not an Argos package" in failed.stderr and "Traceback" not in failed.stderr


@pytest.fixture
def index_server(tmp_path, argos_package):
    """A loopback HTTP server holding an Argos index.json and the package it links to."""
    root = tmp_path / "www"
    root.mkdir()
    (root / "fr_en.argosmodel").write_bytes(argos_package.read_bytes())
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    entries = [
        {
            "package_version": "0.0.1",
            "argos_version": "1.11.0",
            "from_code": "fr",
            "from_name": "French",
            "to_code": "en",
            "to_name": "English",
            "type": "translate",
            "code": "translate-fr_en-random",
            "links": [base + "fr_en.argosmodel"],
        },
        {
            "package_version": "1.0",
            "from_code": "en",
            "to_code": "fr",
            "type": "translate",
            "links": [base + "missing.argosmodel"],
        },
    ]
    (root / "index.json").write_text(json.dumps(entries))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()


def test_cli_install_from_index_over_loopback(tmp_path, index_server, isolated_env):
    env = isolated_env | {"BILINGUA_PACKAGES_DIR": str(tmp_path / "pk"), "ARGOS_PACKAGE_INDEX": index_server}
    done = run_cli(["model", "install"], env)
    assert done.returncode == 0, done.stderr
    assert find_model(tmp_path / "pk").version == "0.0.1"


def test_cli_install_from_unreachable_index_fails_cleanly(tmp_path, isolated_env):
    env = isolated_env | {"BILINGUA_PACKAGES_DIR": str(tmp_path / "pk")}  # index on a closed port
    done = run_cli(["model", "install"], env)
    assert done.returncode != 0
    assert "could not download the package index" in done.stderr
    assert "Traceback" not in done.stderr


def test_cli_build_random_then_install(tmp_path, isolated_env):
    env = isolated_env | {"BILINGUA_PACKAGES_DIR": str(tmp_path / "pk")}
    built = run_cli(["model", "build-random", str(tmp_path / "demo.argosmodel")], env)
    assert built.returncode == 0, built.stderr
    assert run_cli(["model", "install", built.stdout.strip()], env).returncode == 0
    assert find_model(tmp_path / "pk").name == "demo"
    empty = tmp_path / "no-texts"
    empty.mkdir()
    failed = run_cli(["model", "build-random", str(tmp_path / "x.argosmodel"), "--texts", str(empty)], env)
    assert failed.returncode != 0 and "no .txt files" in failed.stderr


def _hostile(path, members):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize(
    "members, message",
    [
        ([("pkg/metadata.json", "{}"), ("pkg/../../escaped.txt", "x")], "outside the package folder"),
        ([("pkg/metadata.json", "{}"), ("/tmp/absolute.txt", "x")], "outside the package folder"),
        ([("pkg/metadata.json", "{}"), ("other/metadata.json", "{}")], "one top-level folder"),
    ],
)
def test_hostile_archive_writes_nothing_outside(tmp_path, members, message):
    target = tmp_path / "deep" / "pk"
    archive = _hostile(tmp_path / "evil.argosmodel", members)
    with pytest.raises(InstallError, match=message):
        install_file(archive, target)
    assert not (tmp_path / "escaped.txt").exists() and not Path("/tmp/absolute.txt").exists()
    assert list(target.iterdir()) == []


def test_archive_that_unpacks_too_large_is_refused_and_leaves_install_as_it_was(tmp_path, argos_package):
    target = tmp_path / "pk"
    install_file(argos_package, target)
    before = sorted(p.relative_to(target) for p in target.rglob("*"))
    with zipfile.ZipFile(argos_package) as zf:
        folder = zf.namelist()[0].split("/")[0]
    bomb = tmp_path / "bomb.argosmodel"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{folder}/metadata.json", '{"type": "translate", "from_code": "fr", "to_code": "en"}')
        zf.writestr(f"{folder}/model/model.bin", b"\0" * (8 * 1024 * 1024))  # 8 MB from ~8 KB
    assert bomb.stat().st_size < 100_000
    with pytest.raises(InstallError, match="unpacks to more than"):
        install_file(bomb, target, max_bytes=4 * 1024 * 1024)
    assert sorted(p.relative_to(target) for p in target.rglob("*")) == before
    assert find_model(target).name == "translate-fr_en-random"


def test_symlink_member_is_refused(tmp_path):
    archive = tmp_path / "link.argosmodel"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("pkg/metadata.json", "{}")
        link = zipfile.ZipInfo("pkg/model")
        link.external_attr = 0o120777 << 16
        zf.writestr(link, "/etc")
    with pytest.raises(InstallError, match="symbolic link"):
        install_file(archive, tmp_path / "pk")
