"""Helpers for the reader tests: the fixture folder and a one-call reader."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from accord.ingest import IngestOptions, read_inputs
from accord.models import Article, IngestError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"

Read = Callable[..., list[Article | IngestError]]


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def read() -> Read:
    """Read paths (``-`` with ``stdin=`` bytes) with these option values into a list."""

    def run(*paths: str | Path, stdin: bytes = b"", **options: object) -> list:
        chosen = IngestOptions(**options)  # type: ignore[arg-type]
        return list(read_inputs(paths, chosen, stdin=io.BytesIO(stdin)))

    return run


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write a file under ``tmp_path`` (text as UTF-8) and return its path."""

    def run(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(data)
        return path

    return run
