"""The reader registry: which formats exist, and how ``auto`` tells them apart."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import BinaryIO

from accord.ingest._feeds import read_feed
from accord.ingest._html import read_html
from accord.ingest._options import IngestOptions
from accord.ingest._records import RecordError, Result
from accord.ingest._tabular import read_csv, read_jsonl
from accord.ingest._text import SAMPLE_HEADER, read_sample, read_txt
from accord.ingest._warc import read_warc

Reader = Callable[[BinaryIO, str, IngestOptions], Iterator[Result]]

READERS: dict[str, Reader] = {
    "sample": read_sample,
    "txt": read_txt,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "html": read_html,
    "rss": read_feed,
    "warc": read_warc,
}

EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".html": "html",
    ".htm": "html",
    ".rss": "rss",
    ".atom": "rss",
    ".xml": "rss",
    ".warc": "warc",
}

_FEED_MARKS = (b"<rss", b"<feed", b"<rdf:rdf")
_HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body")
_CONTROL_BYTES = (frozenset(range(32)) - set(b"\t\n\r\f\b\x1b")) | {0x7F}
_MAX_CONTROL_SHARE = 0.3


def inner_name(name: str) -> str:
    """The name without a ``.gz`` suffix: what a compressed file holds."""
    return name[:-3] if name.lower().endswith(".gz") else name


def has_known_extension(name: str) -> bool:
    """Whether ``auto`` picks files of this name up when it walks a directory."""
    return PurePath(inner_name(name)).suffix.lower() in EXTENSIONS


def detect_format(name: str, head: bytes) -> str:
    """The format of a file from its name (less any ``.gz``) and its first (unpacked) bytes.

    A sample header wins over any extension; then the extension decides; content sniffing
    settles the rest (standard input, unknown extensions), defaulting to plain text.
    """
    if SAMPLE_HEADER.match(head):
        return "sample"
    suffix = PurePath(inner_name(name)).suffix.lower()
    sniffed = _sniff(head)
    if suffix == ".xml" and sniffed != "rss":
        raise RecordError("XML that is not an RSS or Atom feed")
    return EXTENSIONS.get(suffix) or sniffed


def _sniff(head: bytes) -> str:
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    lowered = start[:2048].lower()
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if any(mark in lowered for mark in _FEED_MARKS):
        return "rss"
    if lowered.startswith(b"<") and any(mark in lowered for mark in _HTML_MARKS):
        return "html"
    return "txt"


def binary_reason(head: bytes) -> str | None:
    """Why these first bytes are not text, or None when they look like text."""
    if b"\x00" in head:
        return "binary file, not text (it has NUL bytes; convert UTF-16 text to UTF-8)"
    controls = sum(byte in _CONTROL_BYTES for byte in head)
    if controls > _MAX_CONTROL_SHARE * len(head):
        return "binary file, not text (mostly control bytes)"
    return None
