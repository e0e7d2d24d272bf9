"""Where inputs come from: paths, directories, standard input, and gzip around any of them.

Each source is opened, decompressed when it is gzip, sniffed from its first bytes, and
handed to one reader as a stream, so large files are read lazily.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, cast

from accord.ingest._formats import READERS, binary_reason, detect_format, has_known_extension
from accord.ingest._options import IngestOptions
from accord.ingest._records import RecordError, Result
from accord.models import IngestError

STDIN_NAME = "<stdin>"
HEAD_BYTES = 8192  # what format detection and the binary check look at
_GZIP_MAGIC = b"\x1f\x8b"


def read_sources(
    paths: Iterable[str | Path], options: IngestOptions, stdin: BinaryIO
) -> Iterator[Result]:
    """Every article and error of every input, in the order given (directories sorted)."""
    for given in paths:
        if str(given) == "-":
            yield from read_stream(stdin, STDIN_NAME, options)
        elif Path(given).is_dir():
            for path in _walk(Path(given), every_file=options.format != "auto"):
                yield from _read_file(path, str(path), options)
        else:
            yield from _read_file(Path(given), str(given), options)


def _walk(root: Path, *, every_file: bool) -> list[Path]:
    """The files under ``root`` in sorted order, without hidden files and folders.

    In ``auto`` mode only files with a known extension are taken, so that notes, YAML or
    images lying next to the articles are not read as articles.
    """
    found = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in names:
            if not name.startswith(".") and (every_file or has_known_extension(name)):
                found.append(Path(folder, name))
    return sorted(found)


def _read_file(path: Path, name: str, options: IngestOptions) -> Iterator[Result]:
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        yield IngestError(name, None, "no such file or directory")
        return
    except OSError as exc:
        yield IngestError(name, None, f"cannot open: {exc.strerror or exc}")
        return
    with stream:
        yield from read_stream(stream, name, options)


def read_stream(stream: BinaryIO, name: str, options: IngestOptions) -> Iterator[Result]:
    """Read one byte stream named ``name``: decompress, detect, check, hand to its reader."""
    compressed = False
    try:
        head = stream.read(HEAD_BYTES)
        if head.startswith(_GZIP_MAGIC) or name.lower().endswith(".gz"):
            compressed = True
            stream = cast(BinaryIO, gzip.GzipFile(fileobj=_replay(head, stream), mode="rb"))
            head = stream.read(HEAD_BYTES)
        yield from _dispatch(_replay(head, stream), head, name, options)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield IngestError(name, None, f"corrupt gzip file: {exc}")
    except OSError as exc:
        reason = "corrupt gzip file" if compressed else "cannot read"
        yield IngestError(name, None, f"{reason}: {exc.strerror or exc}")


def _dispatch(stream: BinaryIO, head: bytes, name: str, options: IngestOptions) -> Iterator[Result]:
    if not head.strip() and len(head) < HEAD_BYTES:
        yield IngestError(name, None, "empty file")
        return
    try:
        fmt = detect_format(name, head) if options.format == "auto" else options.format
    except RecordError as exc:
        yield IngestError(name, None, str(exc))
        return
    problem = None if fmt == "warc" else binary_reason(head)
    if problem:
        yield IngestError(name, None, problem)
        return
    yield from READERS[fmt](stream, name, options)


class _Replay(io.RawIOBase):
    """A stream whose first bytes, already read for sniffing, are served again first."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:  # any writable buffer (abc.Buffer from 3.12)
        if self._head:
            chunk, self._head = self._head[: len(buffer)], self._head[len(buffer) :]
        else:
            chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _replay(head: bytes, rest: BinaryIO) -> BinaryIO:
    return io.BufferedReader(_Replay(head, rest))
