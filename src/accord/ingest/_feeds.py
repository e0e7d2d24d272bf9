"""RSS and Atom feeds: each item an article, its text the item's content stripped of HTML."""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any, BinaryIO

from accord.ingest._options import IngestOptions
from accord.ingest._records import Draft, RecordError, Result, date_or_default, finish, parse_date
from accord.models import IngestError

_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 "  # noqa: SIM905 - a word list reads better than 32 quoted names
    "h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_SKIPPED = frozenset({"script", "style"})


def read_feed(stream: BinaryIO, path: str, options: IngestOptions) -> Iterator[Result]:
    """One article per item; a feed that cannot be parsed or has no items is one error."""
    import feedparser  # imported when the first feed is read

    try:
        parsed = feedparser.parse(stream.read())
    except Exception as exc:  # it raises e.g. UnicodeDecodeError on a mangled XML declaration
        yield IngestError(path, None, f"not a readable RSS or Atom feed: {exc}")
        return
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = f"not a readable RSS or Atom feed: {parsed.get('bozo_exception')}"
        else:
            reason = "feed has no items" if parsed.get("version") else "not an RSS or Atom feed"
        yield IngestError(path, None, reason)
        return
    source = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield finish(_entry_draft(entry, source, options), options, path)
        except RecordError as exc:
            yield IngestError(path, None, f"item {number}: {exc}")


def _entry_draft(entry: Any, source: str | None, options: IngestOptions) -> Draft:
    contents = [c for c in entry.get("content", []) if c.get("value", "").strip()]
    body = max(contents, key=lambda c: len(c["value"])) if contents else entry.get("summary_detail")
    if not body or not body.get("value", "").strip():
        raise RecordError("no text (content or summary)")
    plain = body.get("type") == "text/plain"
    text = body["value"].strip() if plain else html_to_text(body["value"])
    found = _entry_date(entry)
    date = date_or_default(found, options, "no date (published or updated)")
    return Draft(
        text=text,
        date=date,
        id=entry.get("id") or entry.get("link") or None,
        title=entry.get("title") or None,
        url=entry.get("link") or None,
        source=source,
    )


def _entry_date(entry: Any) -> dt.date | None:
    """The item's date as its feed wrote it (ISO or RFC 822), without a timezone shift."""
    for key in ("published", "updated"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parse_date(raw)
        except RecordError:
            pass
        try:
            return email.utils.parsedate_to_datetime(raw).date()
        except (TypeError, ValueError):
            pass
        parsed = entry.get(f"{key}_parsed")  # feedparser's reading, in UTC
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        raise RecordError(f"unreadable date {raw!r}")
    return None


class _TextCollector(HTMLParser):
    """Text of an HTML fragment, one paragraph per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.break_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.break_paragraph()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)

    def break_paragraph(self) -> None:
        paragraph = " ".join("".join(self._current).split())
        if paragraph:
            self.paragraphs.append(paragraph)
        self._current = []


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: paragraphs separated by blank lines."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    collector.break_paragraph()
    return "\n\n".join(collector.paragraphs)
