"""Field readers for the actor knowledge files: each failure names the file and the entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from accord.errors import DataFileError
from accord.nlp.lexicon import data_files, read_data_file


class Entry:
    """One mapping from a knowledge file, read field by field with errors that locate it."""

    def __init__(self, path: Path, label: str, data: Any) -> None:
        if not isinstance(data, dict):
            raise DataFileError(str(path), f"{label}: must be a mapping, got {data!r}")
        self.path = path
        self.label = label
        self.data = data

    def fail(self, problem: str) -> DataFileError:
        return DataFileError(str(self.path), f"{self.label}: {problem}")

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"'{key}' is required and must be a non-empty string")
        return value.strip()

    def optional_text(self, key: str) -> str | None:
        if self.data.get(key) is None:
            return None
        return self.text(key)

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(f"'{key}' must be a list of non-empty strings")
        return tuple(v.strip() for v in value)

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"'{key}' must be true or false")
        return value

    def date(self, key: str, value: Any = None) -> dt.date | None:
        value = self.data.get(key) if value is None else value
        if value is None or isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise self.fail(f"'{key}' must be a date YYYY-MM-DD, got {value!r}") from None

    def sector(self, key: str, sectors: frozenset[str], value: Any = None) -> str | None:
        value = self.data.get(key) if value is None else value
        if value is None:
            return None
        if value not in sectors:
            raise self.fail(f"unknown sector {value!r} (known: {', '.join(sorted(sectors))})")
        return str(value)


def entries(name: str, key: str) -> Iterator[Entry]:
    """Every entry under ``key`` in the bundled file ``name`` and then in the user's file,
    which may leave out any section it does not extend."""
    bundled, *user = data_files(name)
    for path in (bundled, *user):
        items = read_data_file(path).get(key)
        if items is None and path != bundled:
            continue
        if not isinstance(items, list):
            raise DataFileError(str(path), f"must have a list '{key}'")
        for index, item in enumerate(items):
            label = f"{key}[{index}]"
            if isinstance(item, dict):
                first = item.get("code") or item.get("role") or item.get("name")
                label += f" ({first})" if first else ""
            yield Entry(path, label, item)


def section(name: str, key: str) -> list[tuple[Path, Any]]:
    """The value of a top-level ``key`` in each file called ``name`` (bundled first)."""
    return [(path, read_data_file(path).get(key)) for path in data_files(name)]
