"""Turning what a reader found into a validated ``Article``: dates, ids, limits.

Every reader ends in :func:`finish`, so the checks and the id scheme are the same whatever
the format. A problem with one record raises :class:`RecordError`; readers turn it into an
``IngestError`` at the record's place and go on with the next one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from accord.ingest._language import detect_language
from accord.ingest._options import IngestOptions
from accord.models import Article, IngestError

Result = Article | IngestError

_DATE_PREFIX = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WHITESPACE = re.compile(r"\s+")


class RecordError(Exception):
    """One record (or file) is unusable; the message is the ``IngestError`` reason."""


@dataclass(frozen=True)
class Draft:
    """What a reader found in one record, before the checks every article must pass."""

    text: str
    date: dt.date
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


def parse_date(value: object) -> dt.date:
    """Read ``YYYY-MM-DD`` or an ISO datetime (the date as written, no timezone shift)."""
    text = value.strip() if isinstance(value, str) else ""
    match = _DATE_PREFIX.match(text)
    if match is not None:
        try:
            day = dt.date(*map(int, match.groups()))
        except ValueError:
            raise RecordError(f"impossible date {match.group(0)!r}") from None
        if match.end() == len(text) or _is_iso_datetime(text):
            return day
    raise RecordError(f"unreadable date {value!r} (expected YYYY-MM-DD or an ISO datetime)")


def _is_iso_datetime(text: str) -> bool:
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def date_or_default(found: dt.date | None, options: IngestOptions, missing: str) -> dt.date:
    """The date a record carries, else ``options.date``, else the ``missing`` reason."""
    if found is not None:
        return found
    if options.date is not None:
        return options.date
    raise RecordError(missing)


def content_id(date: dt.date, text: str) -> str:
    """An id that stays the same when only whitespace or Unicode composition differ."""
    normalised = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    digest = hashlib.sha256(f"{date.isoformat()}\n{normalised}".encode())
    return digest.hexdigest()[:16]


def finish(draft: Draft, options: IngestOptions, path: str, line: int | None = None) -> Article:
    """Check the text and build the article with its id, language and origin."""
    if not draft.text.strip():
        raise RecordError("empty text")
    size = len(draft.text)
    if size > options.max_chars:
        raise RecordError(
            f"text is {size:,} characters, over the {options.max_chars:,} limit (--max-chars)"
        )
    return Article(
        id=draft.id or content_id(draft.date, draft.text),
        date=draft.date,
        text=draft.text,
        title=draft.title or None,
        source=draft.source or None,
        url=draft.url or None,
        language=detect_language(draft.text),
        origin=path if line is None else f"{path}:{line}",
    )


def decode_utf8(data: bytes, *, line: bool = False) -> str:
    """Decode UTF-8 (a byte-order mark is dropped); never guess another encoding.

    The reason names the bad byte by its offset in the file, or its column in a ``line``.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = f"column {exc.start + 1}" if line else f"offset {exc.start}"
        raise RecordError(
            f"not UTF-8 text: byte 0x{data[exc.start]:02x} at {where} (convert it to UTF-8)"
        ) from None
