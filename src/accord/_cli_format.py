"""How the CLI shows results: rich tables and highlighted text, JSON, the ingest progress bar.

Everything here turns library results into output; nothing here reads files or the database.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import click
from rich.columns import Columns
from rich.console import Console, Group, RenderableType
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from accord.models import AnnotatedArticle, Event, EventActor, IngestError
from accord.service import RunResult
from accord.store import Rows
from accord.store.queries import StoredArticle, Summary

QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

#: How ``show`` marks each kind of annotation; later entries win where spans overlap.
STYLES = {
    "quote": "italic yellow",
    "timex": "bold green",
    "place": "bold magenta",
    "actor": "bold cyan",
    "event": "bold white on red",
}

#: The columns ``events`` and ``quotes`` show in a terminal (``--json`` gives every column).
EVENT_COLUMNS: tuple[str, ...] = ("date_start", "date_precision", "cameo", "source_code")
EVENT_COLUMNS += ("target_code", "trigger_text", "modality", "goldstein", "article_id")
QUOTE_COLUMNS = ("article_date", "speaker_name", "speaker_code", "kind", "text", "article_id")

#: Seconds an ingest runs before a progress bar is worth showing.
PROGRESS_AFTER = 1.0


def console(*, stderr: bool = False) -> Console:
    """A console on the current stdout/stderr; wide when not a terminal, so pipes keep rows."""
    stream = sys.stderr if stderr else sys.stdout
    return Console(file=stream, width=None if stream.isatty() else 200, highlight=False)


def print_out(renderable: RenderableType) -> None:
    console().print(renderable)


def to_json(data: Any) -> str:
    """JSON for ``--json`` output: dates as ISO strings, non-ASCII text kept readable."""
    return json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


def echo_error(error: IngestError) -> None:
    """One rejected input, one line on stderr: ``path[:line]: reason``."""
    click.echo(str(error), err=True)


def run_line(result: RunResult, *, verb: str = "stored") -> str:
    if verb == "recoded":
        return (
            f"{result.articles} articles recoded, {result.events} events, "
            f"{result.rejected} failed (run {result.run_id})"
        )
    return (
        f"{result.articles} articles stored, {result.already_present} already present, "
        f"{result.rejected} rejected, {result.events} events (run {result.run_id})"
    )


class RunProgress:
    """A transient progress bar on stderr, shown only on a terminal once a run is long."""

    def __init__(self, verb: str) -> None:
        self.verb = verb
        self.started = time.monotonic()
        self._progress: Progress | None = None
        self._task: Any = None

    def update(self, result: RunResult) -> None:
        if self._progress is None:
            if not sys.stderr.isatty() or time.monotonic() - self.started < PROGRESS_AFTER:
                return
            self._start()
        assert self._progress is not None
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = f"{result.articles / elapsed:.1f} articles/s"
        self._progress.update(self._task, completed=result.articles, rate=rate)

    def _start(self) -> None:
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn(f"{{task.completed}} articles {self.verb}"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            console=console(stderr=True),
            transient=True,
        )
        self._task = self._progress.add_task(self.verb, total=None, rate="")
        self._progress.start()

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()


@contextmanager
def run_progress(verb: str) -> Iterator[RunProgress]:
    progress = RunProgress(verb)
    try:
        yield progress
    finally:
        progress.stop()


def rows_table(rows: Rows, columns: Sequence[str] | None = None, title: str | None = None) -> Table:
    """A table of query rows, optionally limited to ``columns`` in that order."""
    names = list(columns) if columns else rows.columns
    index = [rows.columns.index(name) for name in names]
    table = Table(title=title, show_lines=False)
    for name in names:
        table.add_column(name, overflow="fold")
    for row in rows.rows:
        table.add_row(*(_cell(row[i]) for i in index))
    return table


def _cell(value: Any) -> Text:
    """Data as plain text: brackets in an article are words, never rich markup."""
    if value is None:
        return Text("")
    if isinstance(value, float):
        return Text(f"{value:g}")
    return Text(str(value))


def summary_view(summary: Summary, root_names: dict[str, str]) -> RenderableType:
    """Counts first, then who appears most and what kinds of events were coded."""
    counts = Table(title="Stored", show_header=False, min_width=30)
    for label, count in summary.counts.items():
        counts.add_row(label, str(count))
    first, last = summary.published
    if first is not None:
        counts.add_row("published", f"{first} … {last}")
    for status, count in summary.statuses.items():
        counts.add_row(_cell(f"  {status}"), str(count))
    quads = [(f"{q} {QUAD_CLASSES.get(q, '')}", n) for q, n in summary.events_by_quad_class]
    roots = [(f"{r} {root_names.get(r, '')}", n) for r, n in summary.events_by_root]
    return Group(
        counts,
        Columns(
            [
                _pairs_table("Top actors", "code", summary.top_actors),
                _pairs_table("News events by CAMEO root", "root", roots),
                _pairs_table("News events by quad class", "quad class", quads),
            ]
        ),
    )


def _pairs_table(title: str, key: str, pairs: Sequence[tuple[Any, int]]) -> Table:
    table = Table(title=title, min_width=len(title) + 4)
    table.add_column(key)
    table.add_column("count", justify="right")
    for name, count in pairs:
        table.add_row(_cell(name), str(count))
    if not pairs:
        table.add_row("none yet", "0")
    return table


def article_view(stored: StoredArticle) -> RenderableType:
    """The article text with its annotations highlighted, a legend, then its events."""
    annotated = stored.annotated
    article = annotated.article
    header = Text.assemble(
        (article.id, "bold"),
        f"  published {article.date}  status {stored.status}  ",
        f"coded by run {stored.coded_run_id} with {stored.lexicon_version}",
    )
    if article.title:
        header.append(f"\n{article.title}", style="bold")
    legend = Text("  ").join(Text(kind, style=style) for kind, style in STYLES.items())
    parts: list[RenderableType] = [header, legend, "", highlighted_text(annotated), ""]
    parts.append(events_table(annotated.annotations.events))
    parts.extend(Text(f"warning: {w}", style="yellow") for w in annotated.annotations.warnings)
    return Group(*parts)


def highlighted_text(annotated: AnnotatedArticle) -> Text:
    notes = annotated.annotations
    text = Text(annotated.article.text)
    spans: list[tuple[str, int, int]] = [("quote", q.start, q.end) for q in notes.quotes]
    spans += [("timex", t.start, t.end) for t in notes.timexes]
    spans += [("place", p.start, p.end) for p in notes.places]
    spans += [("actor", a.start, a.end) for a in notes.actors]
    spans += [("event", e.trigger.start, e.trigger.end) for e in notes.events]
    for kind, start, end in spans:
        text.stylize(STYLES[kind], start, end)
    return text


def events_table(events: Sequence[Event]) -> Table:
    table = Table(title=f"{len(events)} events")
    for name in ("code", "source → target", "trigger", "date", "modality", "rule"):
        table.add_column(name, overflow="fold")
    for event in events:
        date = event.date
        when = f"{date.start}" if date.start == date.end else f"{date.start} … {date.end}"
        when += f" ({date.precision}, {date.basis}{', historical' if event.historical else ''})"
        cells = (
            f"{event.cameo} {event.plover or ''}".strip(),
            f"{_actor(event.source)} → {_actor(event.target)}",
            event.trigger.text,
            when,
            event.modality,
            event.rule,
        )
        table.add_row(*map(_cell, cells))
    return table


def _actor(actor: EventActor | None) -> str:
    return "—" if actor is None else f"{actor.code} ({actor.text})"


def info_view(info: dict[str, Any]) -> Table:
    table = Table(title="Accord", show_header=False)
    for key, value in info.items():
        if isinstance(value, dict):
            value = "\n".join(f"{k}: {v}" for k, v in value.items())
        elif isinstance(value, list):
            value = ", ".join(map(str, value))
        table.add_row(key, _cell(value))
    return table
