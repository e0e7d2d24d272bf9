"""Accord's knowledge files: where they live, how they are read, which versions are in use.

Every knowledge file is a YAML document in ``accord/nlp/data/`` with a top-level ``version``
and ``description``; the modules that use a file validate its entries when they load it
(raising ``DataFileError`` with the file and entry). A user extends Accord by editing these
files or by pointing ``ACCORD_DATA_DIR`` at a folder whose files are read after the bundled
ones (see ``docs/data-files.md``).
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from accord.errors import DataFileError

#: Folder of user files read after the bundled ones (same file names, entries appended).
USER_DATA_ENV = "ACCORD_DATA_DIR"


def bundled_data_dir() -> Path:
    return Path(str(resources.files("accord.nlp") / "data"))


def data_files(name: str) -> list[Path]:
    """The bundled file ``name`` and, when present, the user's file of the same name."""
    paths = [bundled_data_dir() / name]
    user_dir = os.environ.get(USER_DATA_ENV)
    if user_dir and (Path(user_dir) / name).is_file():
        paths.append(Path(user_dir) / name)
    return paths


@functools.cache
def read_data_file(path: Path) -> dict[str, Any]:
    """Parse one knowledge file and check the header every file must have."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, ValueError) as exc:  # ValueError: a date like 2020-13-01
        raise DataFileError(str(path), f"cannot be read as YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise DataFileError(str(path), "must be a mapping with 'version' and 'description'")
    if not isinstance(document.get("version"), str | int | float):
        raise DataFileError(str(path), "has no 'version' (a string such as '2026.11.1')")
    return document


def data_versions() -> dict[str, str]:
    """Each knowledge file's declared version (user files marked ``+user``)."""
    versions: dict[str, str] = {}
    for path in sorted(bundled_data_dir().glob("*.yaml")):
        version = str(read_data_file(path)["version"])
        user = [p for p in data_files(path.name) if p != path]
        versions[path.stem] = version + ("+user" if user else "")
    return versions


def lexicon_version() -> str:
    """One string naming every data file's version, recorded with every coded row."""
    return ",".join(f"{name}@{v}" for name, v in sorted(data_versions().items())) or "none"
