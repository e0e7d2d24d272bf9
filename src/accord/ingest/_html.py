"""HTML pages: the main text, title, site name and date that trafilatura finds in them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from accord.ingest._options import IngestOptions
from accord.ingest._records import Draft, RecordError, Result, date_or_default, finish, parse_date
from accord.models import Article, IngestError

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CHARSET_SCAN_BYTES = 4096


def read_html(stream: BinaryIO, path: str, options: IngestOptions) -> Iterator[Result]:
    """One article from one page."""
    try:
        yield article_from_html(stream.read(), path, options)
    except RecordError as exc:
        yield IngestError(path, None, str(exc))


def article_from_html(
    data: bytes,
    path: str,
    options: IngestOptions,
    *,
    charset: str | None = None,
    url: str | None = None,
    fallback_date: dt.date | None = None,
) -> Article:
    """The page's main text as an article; its date from the page, else ``fallback_date``.

    ``charset`` and ``url`` are what a transport (a WARC's HTTP headers) said of the page.
    """
    page = decode_html(data, charset)
    found = _extract(page, url)
    text = found.text or ""
    if not text.strip():
        raise RecordError("no main text found in the HTML page")
    date = parse_date(found.date) if found.date else fallback_date
    missing = "no publication date found in the page: pass --date YYYY-MM-DD"
    draft = Draft(
        text=text,
        date=date_or_default(date, options, missing),
        title=found.title,
        url=url or found.url,
        source=found.sitename,
    )
    return finish(draft, options, path)


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode a page by its declared charset, else as UTF-8, else as Windows-1252.

    Windows-1252 is the last resort browsers use for undeclared legacy pages; it is only
    tried for HTML, where that convention holds.
    """
    meta = _META_CHARSET.search(data[:_CHARSET_SCAN_BYTES])
    candidates = [declared, meta.group(1).decode("ascii") if meta else None, "utf-8-sig", "cp1252"]
    for encoding in candidates:
        if encoding is None:
            continue
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    raise RecordError("undecodable HTML: neither its declared charset, UTF-8 nor Windows-1252")


def _extract(page: str, url: str | None) -> Any:
    """trafilatura's document (text and metadata) for the page."""
    import trafilatura  # heavy: imported when the first page is read

    try:
        found = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # its parsers raise assorted errors on malformed markup
        raise RecordError(f"unreadable HTML: {exc}") from None
    if found is None:
        raise RecordError("no main text found in the HTML page")
    return found
