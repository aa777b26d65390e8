"""Installed translation models: list, install from a file, install from the Argos index.

argostranslate does the package work (unzip, metadata, index, download) so packages
install exactly as they do for its own users. Only `argostranslate.package` is
imported: `argostranslate.translate` would pull in stanza and torch.
"""

from __future__ import annotations

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
    for pkg in package.get_installed_packages(path=[packages_dir]):
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


def _check_archive(path: Path) -> None:
    if not path.is_file():
        raise InstallError(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise InstallError(f"{path}: not an Argos package (an .argosmodel file is a zip archive)")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    if not any(n.count("/") == 1 and n.endswith("/metadata.json") for n in names):
        raise InstallError(f"{path}: not an Argos package (no <folder>/metadata.json inside)")


def install_file(path: Path, packages_dir: Path) -> InstalledModel:
    """Install a local .argosmodel file, as an air-gapped site does."""
    _check_archive(path)
    package = _use_packages_dir(packages_dir)
    package.install_from_path(path)
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
