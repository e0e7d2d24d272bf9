"""Readers: files, feeds, web archives and standard input to validated ``Article`` records.

No NLP and no SQL here. :func:`read_inputs` yields one ``Article`` per good article and one
``IngestError`` per bad file or record, and never raises for bad input::

    from accord.ingest import IngestOptions, read_inputs

    for item in read_inputs(["news/"], IngestOptions(date=datetime.date(2023, 6, 12))):
        ...

Formats, field mapping, ids, language and every error reason: ``docs/ingest.md``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from accord.ingest._options import FORMATS, IngestOptions
from accord.ingest._sources import read_sources
from accord.models import Article, IngestError

__all__ = ["FORMATS", "IngestOptions", "read_inputs"]

_DEFAULT_OPTIONS = IngestOptions()


def read_inputs(
    paths: Sequence[str | Path],
    options: IngestOptions = _DEFAULT_OPTIONS,
    *,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | IngestError]:
    """Articles and errors from files, directories (recursively) and ``-`` (standard input).

    Raises ``ValueError`` at once for a usage error (an unknown format or field name);
    reading itself is lazy and reports every bad file or record as an ``IngestError``.
    A single path is taken as a list of one, never as a sequence of characters.
    """
    options.check()
    given = [paths] if isinstance(paths, str | Path) else list(paths)
    return read_sources(given, options, stdin if stdin is not None else sys.stdin.buffer)
