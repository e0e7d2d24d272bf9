"""Record-per-line readers: JSON Lines and CSV/TSV, read lazily one record at a time.

Both map a record's fields through ``IngestOptions.fields`` and validate it with the same
:func:`draft_from_fields`, so a record means the same thing whichever format carried it.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Iterator, Mapping
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


def draft_from_fields(record: Mapping[str, object], options: IngestOptions) -> Draft:
    """Validate one record's fields (named as ``options.fields`` says) into a draft."""
    text_field, date_field = options.field_name("text"), options.field_name("date")
    text = record.get(text_field)
    if text is None or text == "":
        raise RecordError(f"missing text (field {text_field!r})")
    if not isinstance(text, str):
        raise RecordError(f"text (field {text_field!r}) is {_kind(text)}, not a string")
    raw_date = record.get(date_field)
    found = None if raw_date is None or raw_date == "" else parse_date(raw_date)
    date = date_or_default(found, options, f"missing date (field {date_field!r})")
    return Draft(
        text=text,
        date=date,
        id=_identifier(record.get(options.field_name("id"))),
        title=_optional_text(record, options.field_name("title")),
        url=_optional_text(record, options.field_name("url")),
        source=_optional_text(record, options.field_name("source")),
    )


def _identifier(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise RecordError(f"id is {_kind(value)}, not a string or an integer")
    return str(value)


def _optional_text(record: Mapping[str, object], name: str) -> str | None:
    value = record.get(name)
    if value is None or isinstance(value, str):
        return value
    raise RecordError(f"field {name!r} is {_kind(value)}, not a string")


_KINDS = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number"}
_KINDS |= {float: "a number", type(None): "null"}


def _kind(value: object) -> str:
    """What a JSON value is, in the words of an error message."""
    return _KINDS.get(type(value), type(value).__name__)


def read_jsonl(stream: BinaryIO, path: str, options: IngestOptions) -> Iterator[Result]:
    """One article per JSON object line; blank lines are skipped.

    A file that starts with ``[`` is one JSON array of records instead (read whole).
    """
    first = stream.readline()
    if first.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"["):
        yield from _read_json_array(first + stream.read(), path, options)
        return
    for number, raw in enumerate(itertools.chain([first], stream), start=1):
        if not raw.strip():
            continue
        try:
            record = _parse_json_line(raw)
            yield finish(draft_from_fields(record, options), options, path, number)
        except RecordError as exc:
            yield IngestError(path, number, str(exc))


def _parse_json_line(raw: bytes) -> dict[str, object]:
    try:
        record = json.loads(decode_utf8(raw, line=True))
    except json.JSONDecodeError as exc:
        raise RecordError(f"invalid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise RecordError(f"JSON line is {_kind(record)}, not an object")
    return record


def _read_json_array(data: bytes, path: str, options: IngestOptions) -> Iterator[Result]:
    try:
        records = json.loads(decode_utf8(data))
    except json.JSONDecodeError as exc:
        yield IngestError(path, exc.lineno, f"invalid JSON: {exc.msg} at column {exc.colno}")
        return
    except RecordError as exc:
        yield IngestError(path, None, str(exc))
        return
    for number, record in enumerate(records, start=1):
        try:
            if not isinstance(record, dict):
                raise RecordError(f"{_kind(record)}, not an object")
            yield finish(draft_from_fields(record, options), options, path)
        except RecordError as exc:
            yield IngestError(path, None, f"item {number}: {exc}")


def read_csv(stream: BinaryIO, path: str, options: IngestOptions) -> Iterator[Result]:
    """One article per row under a header row; tab-delimited for ``.tsv`` or a tabbed header.

    A row's line is the physical line it starts on. Undecodable bytes or broken quoting end
    the file with one error, since the rows after them cannot be trusted.
    """
    # Articles outgrow the csv module's default field limit (131,072 characters). The limit
    # is process-wide, so it is only ever raised; over-long texts are rejected by finish().
    csv.field_size_limit(max(csv.field_size_limit(), 4 * options.max_chars))
    lines = _Lines(stream)
    line_iter = iter(lines)
    start = 1
    try:
        header_line = next(line_iter, "")
        tabbed = path.endswith((".tsv", ".tsv.gz")) or (
            "\t" in header_line and "," not in header_line
        )
        delimiter = "\t" if tabbed else ","
        rows = csv.reader(
            itertools.chain([header_line], line_iter), delimiter=delimiter, strict=True
        )
        header = [name.strip() for name in next(rows)]
        problem = _missing_columns(header, options)
        if problem:
            yield IngestError(path, 1, problem)
            return
        start = rows.line_num + 1
        for row in rows:
            if row:
                yield _row_article(row, header, options, path, start)
            start = rows.line_num + 1
    except RecordError as exc:
        yield IngestError(path, lines.number, str(exc))
    except csv.Error as exc:
        yield IngestError(path, start, f"malformed CSV: {exc}")


class _Lines:
    """The decoded lines of a byte stream, counted so that an error can name its line."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.number = 0

    def __iter__(self) -> Iterator[str]:
        for raw in self._stream:
            self.number += 1
            yield decode_utf8(raw, line=True)


def _missing_columns(header: list[str], options: IngestOptions) -> str | None:
    """Why no row of a file with this header can be read, if that is so."""
    needed = ["text"] if options.date is not None else ["text", "date"]
    for name in needed:
        column = options.field_name(name)
        if column not in header:
            return (
                f"no {column!r} column (columns: {', '.join(header)}); "
                f"map one with --field {name}=COLUMN"
            )
    return None


def _row_article(
    row: list[str], header: list[str], options: IngestOptions, path: str, line: int
) -> Result:
    try:
        if len(row) != len(header):
            raise RecordError(f"row has {len(row)} values, the header has {len(header)} columns")
        return finish(
            draft_from_fields(dict(zip(header, row, strict=True)), options), options, path, line
        )
    except RecordError as exc:
        return IngestError(path, line, str(exc))
