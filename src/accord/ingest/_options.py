"""The one options object the CLI and the library share for reading inputs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

FORMATS: tuple[str, ...] = ("auto", "sample", "txt", "jsonl", "csv", "html", "rss", "warc")
"""Every value ``IngestOptions.format`` accepts; ``auto`` detects each file's format."""

FIELD_NAMES: tuple[str, ...] = ("id", "date", "title", "text", "url", "source")
"""The record fields JSON Lines and CSV inputs may carry (renamable with ``fields``)."""


@dataclass(frozen=True)
class IngestOptions:
    """How to read inputs: the format, a default date, a size limit and field renames."""

    format: str = "auto"  # auto|sample|txt|jsonl|csv|html|rss|warc
    date: dt.date | None = None  # publication date for inputs that carry none
    max_chars: int = 2_000_000  # records with longer text are rejected
    fields: Mapping[str, str] = field(default_factory=dict)  # our name -> input field name

    def field_name(self, name: str) -> str:
        """The input field that holds our field ``name``."""
        return self.fields.get(name, name)

    def check(self) -> None:
        """Raise ``ValueError`` for a usage error: these are the caller's, not the input's."""
        if self.format not in FORMATS:
            raise ValueError(f"unknown format {self.format!r}; choose one of {', '.join(FORMATS)}")
        unknown = sorted(set(self.fields) - set(FIELD_NAMES))
        if unknown:
            raise ValueError(
                f"unknown field {', '.join(map(repr, unknown))} in the field mapping; "
                f"map one of {', '.join(FIELD_NAMES)}"
            )
        if self.max_chars < 1:
            raise ValueError(f"max_chars must be positive, not {self.max_chars}")
