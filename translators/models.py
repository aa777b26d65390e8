"""Installed translation models: list, install from a file, install from the Argos index.

argostranslate does the package work it is made for (package metadata, index, download),
so packages are found and fetched exactly as for its own users. Only
`argostranslate.package` is imported: `argostranslate.translate` needs stanza, spaCy
and MiniSBD, which bilingua does not install. That is also why a package file is
unpacked here rather than by `install_from_path`, which imports it to clear a cache;
unpacking here also refuses what zipfile.extractall would write outside the folder.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

SOURCE, TARGET = "fr", "en"

INSTALL_HINT = (
    "No French→English model is installed. Install one with `bilingua model install` "
    "(downloads it from the Argos package index) or `bilingua model install FILE.argosmodel` "
    "(a package copied by hand)."
)


class ModelNotInstalled(RuntimeError):
    def __init__(self, message: str = INSTALL_HINT) -> None:
        super().__init__(message)


class InstallError(RuntimeError):
    """A package could not be installed; the message says why, for a person."""


@dataclass(frozen=True)
class InstalledModel:
    name: str
    version: str
    from_code: str
    to_code: str
    path: Path
    target_prefix: str = ""

    @property
    def model_dir(self) -> Path:
        return self.path / "model"

    @property
    def sentencepiece_model(self) -> Path:
        return self.path / "sentencepiece.model"

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "version": self.version,
            "source_language": self.from_code,
            "target_language": self.to_code,
            "path": str(self.path),
        }


def _use_packages_dir(packages_dir: Path):  # noqa: ANN202 - argostranslate's module
    """argostranslate reads its folders once, at import: point it at ours at call time."""
    from argostranslate import package, settings

    packages_dir.mkdir(parents=True, exist_ok=True)
    settings.package_data_dir = packages_dir
    settings.package_dirs = [packages_dir]
    return package


def installed_models(packages_dir: Path) -> list[InstalledModel]:
    if not packages_dir.is_dir():
        return []
    package = _use_packages_dir(packages_dir)
    models = []
    # argostranslate's get_installed_packages fails on any folder without metadata.json;
    # skip those (and an install interrupted half-way, which sits in a hidden folder)
    folders = sorted(d for d in packages_dir.iterdir() if d.is_dir() and not d.name.startswith("."))
    for pkg in (package.Package(d) for d in folders if (d / "metadata.json").is_file()):
        if pkg.type != "translate":
            continue
        models.append(
            InstalledModel(
                name=pkg.code or package.argospm_package_name(pkg),
                version=pkg.package_version,
                from_code=pkg.from_code,
                to_code=pkg.to_code,
                path=Path(pkg.package_path),
                target_prefix=pkg.target_prefix or "",
            )
        )
    return models


def _version_key(version: str) -> tuple:
    import packaging.version

    try:
        return (1, packaging.version.parse(version))
    except packaging.version.InvalidVersion:
        return (0, version)


def find_model(packages_dir: Path) -> InstalledModel:
    """The newest installed fr→en package, or ModelNotInstalled."""
    candidates = [
        m
        for m in installed_models(packages_dir)
        if m.from_code == SOURCE and m.to_code == TARGET and m.model_dir.is_dir()
    ]
    if not candidates:
        raise ModelNotInstalled()
    return max(candidates, key=lambda m: _version_key(m.version))


#: Most bytes a package may unpack to: the published fr→en package is about 100 MB zipped.
MAX_UNPACKED_BYTES = 4 * 1024**3
_CHUNK = 1 << 20


def _package_folder(path: Path, archive: zipfile.ZipFile) -> str:
    """The archive's one top-level folder, after checking every member stays inside it."""
    folders = set()
    for info in archive.infolist():
        name = info.filename
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") or ".." in parts:
            raise InstallError(
                f"{path}: refused, member {name!r} would be written outside the package folder"
            )
        if stat.S_ISLNK(info.external_attr >> 16):
            raise InstallError(f"{path}: refused, member {name!r} is a symbolic link")
        folders.add(parts[0])
    if len(folders) != 1 or "" in folders:
        raise InstallError(f"{path}: not an Argos package (expected one top-level folder)")
    folder = folders.pop()
    if f"{folder}/metadata.json" not in archive.namelist():
        raise InstallError(f"{path}: not an Argos package (no <folder>/metadata.json inside)")
    return folder


def _unpack(path: Path, archive: zipfile.ZipFile, into: Path, max_bytes: int) -> None:
    """Write every member under `into`, counting the bytes actually inflated (headers can lie)."""
    written = 0
    for info in archive.infolist():
        target = into / info.filename
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(info) as src, open(target, "wb") as dst:
            while chunk := src.read(_CHUNK):
                written += len(chunk)
                if written > max_bytes:
                    raise InstallError(f"{path}: refused, it unpacks to more than {max_bytes} bytes")
                dst.write(chunk)


def install_file(path: Path, packages_dir: Path, max_bytes: int = MAX_UNPACKED_BYTES) -> InstalledModel:
    """Install a local .argosmodel file, as an air-gapped site does.

    The package is unpacked beside its final place and moved there whole, so a failed or
    refused install leaves the installed packages as they were.
    """
    if not path.is_file():
        raise InstallError(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise InstallError(f"{path}: not an Argos package (an .argosmodel file is a zip archive)")
    packages_dir.mkdir(parents=True, exist_ok=True)
    try:
        with zipfile.ZipFile(path) as archive:
            folder = _package_folder(path, archive)
            staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=packages_dir))
            try:
                _unpack(path, archive, staging, max_bytes)
                final = packages_dir / folder
                old = packages_dir / f".replaced-{folder}-{os.getpid()}"
                if final.exists():
                    final.rename(old)
                (staging / folder).rename(final)
                shutil.rmtree(old, ignore_errors=True)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InstallError(f"{path}: could not unpack: {exc}") from exc
    return find_model(packages_dir)


def install_from_index(packages_dir: Path, index_url: str | None = None) -> InstalledModel:
    """Fetch the current fr→en package from the Argos package index and install it.

    `index_url` is the folder that holds `index.json` (argostranslate's
    ARGOS_PACKAGE_INDEX); by default, the one argostranslate is configured with.
    """
    package = _use_packages_dir(packages_dir)
    from argostranslate import settings

    if index_url:
        settings.remote_package_index = index_url.rstrip("/") + "/index.json"
    local_index = Path(settings.local_package_index)
    local_index.unlink(missing_ok=True)
    package.update_package_index()  # logs and returns on network errors
    if not local_index.exists():
        raise InstallError(f"could not download the package index {settings.remote_package_index}")
    candidates = [
        p
        for p in package.get_available_packages()
        if p.type == "translate" and p.from_code == SOURCE and p.to_code == TARGET
    ]
    if not candidates:
        raise InstallError(f"the package index {settings.remote_package_index} has no fr→en package")
    best = max(candidates, key=lambda p: _version_key(p.package_version))
    try:
        archive = best.download()
    except Exception as exc:  # argostranslate raises a bare Exception
        raise InstallError(f"download of {best} {best.package_version} failed: {exc}") from exc
    try:
        return install_file(Path(archive), packages_dir)
    finally:
        Path(archive).unlink(missing_ok=True)
