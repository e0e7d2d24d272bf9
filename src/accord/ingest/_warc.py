"""Web archives (WARC): each HTML response record an article, read by the HTML reader."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from accord.ingest._html import article_from_html
from accord.ingest._options import IngestOptions
from accord.ingest._records import RecordError, Result, parse_date
from accord.models import IngestError


def read_warc(stream: BinaryIO, path: str, options: IngestOptions) -> Iterator[Result]:
    """One article per HTML ``response`` record; other records (requests, images) are skipped.

    The page's url is the record's target URI; its date comes from the page, else from the
    capture (``WARC-Date``). An archive that breaks off ends with one error, and so does one
    without any HTML response, so that it is never silently empty.
    """
    from warcio.archiveiterator import ArchiveIterator  # imported when the first WARC is read

    found = 0
    records = ArchiveIterator(stream)
    try:
        for record in records:
            if record.format != "warc":
                yield IngestError(path, None, "not a WARC file (no 'WARC/' record header)")
                return
            if record.rec_type == "response" and _is_html(record):
                found += 1
                yield _record_article(record, path, options)
    except Exception as exc:  # warcio fails in assorted ways on damaged records
        yield IngestError(path, None, f"not a readable WARC file: {_first_line(exc)}")
        return
    if records.err_count:  # warcio also writes each of these to stderr itself
        reason = f"{records.err_count} record(s) not where their Content-Length said"
        yield IngestError(path, None, f"damaged WARC file: {reason}")
    if not found:
        yield IngestError(path, None, "no HTML response records in the WARC file")


def _is_html(record: Any) -> bool:
    headers = record.http_headers
    return headers is not None and "html" in (headers.get_header("Content-Type") or "").lower()


def _record_article(record: Any, path: str, options: IngestOptions) -> Result:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    try:
        captured = parse_date(record.rec_headers.get_header("WARC-Date") or "")
    except RecordError:
        captured = None
    content_type = record.http_headers.get_header("Content-Type") or ""
    charset = content_type.partition("charset=")[2].strip(" \"';") or None
    try:
        return article_from_html(
            record.content_stream().read(),
            path,
            options,
            charset=charset,
            url=uri,
            fallback_date=captured,
        )
    except RecordError as exc:
        return IngestError(path, None, f"{uri}: {exc}")


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
