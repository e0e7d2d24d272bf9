"""The CAMEO codebook (``cameo.yaml``): names, Goldstein values, QuadClass and PLOVER per code.

Loaded once, on first use, and validated entry by entry so that a mistyped code or value in a
user's file fails with the file and the code named rather than producing odd rows later.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accord.errors import DataFileError
from accord.nlp.lexicon import data_files, read_data_file

CODEBOOK_FILE = "cameo.yaml"

#: The event types of the current PLOVER manual.
PLOVER_TYPES = frozenset(
    [
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ]
)

_CODE = re.compile(r"^\d{3,4}$")
_ROOT = re.compile(r"^\d{2}$")


def quad_class_of(root: str) -> int:
    """QuadClass by root: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict."""
    number = int(root)
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    return 3 if number <= 13 else 4


@dataclass(frozen=True)
class CodeEntry:
    """One CAMEO event code as the codebook describes it."""

    code: str
    name: str
    description: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None


class Codebook:
    """Every CAMEO code, looked up by its string (``"057"``, ``"0311"``)."""

    def __init__(self, entries: dict[str, CodeEntry]) -> None:
        self._entries = entries

    def __contains__(self, code: object) -> bool:
        return code in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, code: str) -> CodeEntry:
        return self._entries[code]

    def codes(self) -> list[str]:
        return sorted(self._entries)

    def roots(self) -> list[str]:
        return sorted({entry.root for entry in self._entries.values()})


@functools.cache
def load_codebook() -> Codebook:
    """The bundled codebook plus the user's additions (``ACCORD_DATA_DIR/cameo.yaml``)."""
    roots: dict[str, dict[str, Any]] = {}
    entries: dict[str, CodeEntry] = {}
    for path in data_files(CODEBOOK_FILE):
        document = read_data_file(path)
        for root, spec in (document.get("roots") or {}).items():
            roots[str(root)] = _validate_root(path, str(root), spec)
        for code, spec in (document.get("codes") or {}).items():
            entries[str(code)] = _validate_code(path, str(code), spec, roots)
            if len(str(code)) == 4 and str(code)[:3] not in entries:
                raise DataFileError(
                    str(path), f"code '{code}': its parent '{str(code)[:3]}' comes first"
                )
    for root, spec in roots.items():
        entries[root] = CodeEntry(
            root,
            spec["name"],
            spec.get("description", ""),
            root,
            spec["quad_class"],
            float(spec["goldstein"]),
            spec.get("plover"),
        )
    return Codebook(entries)


def _validate_root(path: Path, root: str, spec: Any) -> dict[str, Any]:
    where = f"root '{root}'"
    if not _ROOT.match(root) or not 1 <= int(root) <= 20:
        raise DataFileError(str(path), f"{where}: a root is two digits from 01 to 20")
    if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
        raise DataFileError(str(path), f"{where}: needs at least 'name', 'quad_class', 'goldstein'")
    if spec.get("quad_class") != quad_class_of(root):
        raise DataFileError(
            str(path), f"{where}: quad_class must be {quad_class_of(root)} for this root"
        )
    _check_goldstein(path, where, spec.get("goldstein"))
    _check_plover(path, where, spec.get("plover"))
    return spec


def _validate_code(path: Path, code: str, spec: Any, roots: dict[str, dict[str, Any]]) -> CodeEntry:
    where = f"code '{code}'"
    if not _CODE.match(code):
        raise DataFileError(str(path), f"{where}: codes are 3 or 4 digits, quoted as strings")
    root = code[:2]
    if root not in roots:
        raise DataFileError(str(path), f"{where}: its root '{root}' is not defined under 'roots'")
    if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
        raise DataFileError(str(path), f"{where}: needs 'name' and 'goldstein'")
    _check_goldstein(path, where, spec.get("goldstein"))
    plover = spec["plover"] if "plover" in spec else roots[root].get("plover")
    _check_plover(path, where, plover)
    if "quad_class" in spec and spec["quad_class"] != quad_class_of(root):
        raise DataFileError(str(path), f"{where}: quad_class does not match root '{root}'")
    return CodeEntry(
        code=code,
        name=spec["name"],
        description=spec.get("description", ""),
        root=root,
        quad_class=quad_class_of(root),
        goldstein=float(spec["goldstein"]),
        plover=plover,
    )


def _check_goldstein(path: Path, where: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not -10 <= value <= 10:
        raise DataFileError(str(path), f"{where}: goldstein must be a number in [-10, 10]")


def _check_plover(path: Path, where: str, value: Any) -> None:
    if value is not None and value not in PLOVER_TYPES:
        raise DataFileError(
            str(path), f"{where}: plover '{value}' is not one of {', '.join(sorted(PLOVER_TYPES))}"
        )
