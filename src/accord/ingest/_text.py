"""Plain-text readers: the sample format (a ``" date YYYY-MM-DD"`` header) and bare text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from accord.ingest._options import IngestOptions
from accord.ingest._records import (
    Draft,
    RecordError,
    Result,
    date_or_default,
    decode_utf8,
    finish,
    parse_date,
)
from accord.models import IngestError

SAMPLE_HEADER = re.compile(rb"\A(?:\xef\xbb\xbf)? date \d{4}-\d{2}-\d{2}")
"""How a sample-format file starts, whatever its name."""

_HEADER = re.compile(r"\A date (\S+)\s*")


def read_sample(stream: BinaryIO, path: str, options: IngestOptions) -> Iterator[Result]:
    """One article: the date from the header, the text byte-exact after it and its blanks."""
    try:
        content = decode_utf8(stream.read())
        header = _HEADER.match(content)
        if header is None:
            raise RecordError("no ' date YYYY-MM-DD' header on the first line")
        draft = Draft(text=content[header.end() :], date=parse_date(header.group(1)))
        yield finish(draft, options, path)
    except RecordError as exc:
        yield IngestError(path, None, str(exc))


def read_txt(stream: BinaryIO, path: str, options: IngestOptions) -> Iterator[Result]:
    """One article: the whole file as text, dated by ``options.date``."""
    try:
        content = decode_utf8(stream.read())
        date = date_or_default(None, options, "no publication date: pass --date YYYY-MM-DD")
        yield finish(Draft(text=content, date=date), options, path)
    except RecordError as exc:
        yield IngestError(path, None, str(exc))
