"""The ``accord`` command: each command parses its options, makes one library call, formats.

Exit status: 0 ok, 1 an Accord error (message on stderr), 2 usage error or missing model,
3 some inputs were rejected (each on stderr as ``path[:line]: reason``).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from accord import _cli_format as fmt
from accord import service
from accord._version import __version__
from accord.errors import AccordError, ModelNotFoundError
from accord.ingest import FORMATS, IngestOptions
from accord.store import DEFAULT_DB, open_store, queries

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

EXIT_REJECTED = 3
LIMIT = "At most this many rows."


class Failure(click.ClickException):
    """An expected error: printed as one line, no traceback."""


class SetupFailure(Failure):
    """A problem with how Accord was asked to run (a missing model): a usage error."""

    exit_code = 2


class AccordGroup(click.Group):
    """Turns Accord's own errors into one-line messages with the right exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ModelNotFoundError as exc:
            raise SetupFailure(str(exc)) from exc
        except AccordError as exc:
            raise Failure(str(exc)) from exc


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"'{value}' is not a date of the form YYYY-MM-DD") from exc


def _fields(_ctx: click.Context, _param: click.Parameter, value: tuple[str, ...]) -> dict[str, str]:
    mapping = {}
    for item in value:
        ours, sep, theirs = item.partition("=")
        if not sep or not ours or not theirs:
            raise click.BadParameter(f"'{item}' is not of the form ours=theirs (e.g. text=body)")
        mapping[ours] = theirs
    return mapping


_OPTIONS: dict[str, list[Callable[[F], F]]] = {
    "db": [
        click.option(
            "--db",
            default=DEFAULT_DB,
            show_default=True,
            envvar="ACCORD_DB",
            type=click.Path(dir_okay=False),
            help="The DuckDB database file (env ACCORD_DB).",
        )
    ],
    "model": [
        click.option(
            "--model",
            default=service.DEFAULT_MODEL,
            show_default=True,
            help="Installed spaCy pipeline package to annotate with.",
        )
    ],
    "json": [click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")],
    "reader": [
        click.option(
            "--format",
            "input_format",
            type=click.Choice(FORMATS),
            default="auto",
            show_default=True,
            help="Input format; auto guesses from each file.",
        ),
        click.option(
            "--date",
            callback=_date,
            metavar="YYYY-MM-DD",
            help="Publication date for inputs that carry none.",
        ),
        click.option(
            "--max-chars",
            type=click.IntRange(1),
            default=IngestOptions.max_chars,
            show_default=True,
            help="Reject articles longer than this.",
        ),
        click.option(
            "--field",
            "fields",
            multiple=True,
            callback=_fields,
            metavar="OURS=THEIRS",
            help="Read our field from their column/key (repeatable), e.g. text=body.",
        ),
    ],
}


def shared(*names: str) -> Callable[[F], F]:
    """Attach options shared by several commands, each defined once in ``_OPTIONS``."""

    def decorate(command: F) -> F:
        for name in reversed(names):
            for option in reversed(_OPTIONS[name]):
                command = option(command)
        return command

    return decorate


def _reader_options(
    input_format: str, date: dt.date | None, max_chars: int, fields: dict[str, str]
) -> IngestOptions:
    options = IngestOptions(format=input_format, date=date, max_chars=max_chars, fields=fields)
    try:
        options.check()
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    return options


@click.group(cls=AccordGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="accord")
@click.option("-v", "--verbose", count=True, help="Log what the library does (-vv: debug).")
def cli(verbose: int) -> None:
    """Turn dated news articles into a time-resolved record of international relations."""
    if verbose:
        level = logging.DEBUG if verbose > 1 else logging.INFO
        logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@shared("db", "reader", "model")
@click.option(
    "--batch-size",
    type=click.IntRange(1),
    default=service.DEFAULT_BATCH,
    show_default=True,
    help="Articles per transaction.",
)
def ingest(paths: tuple[str, ...], db: str, model: str, batch_size: int, **reader: Any) -> None:
    """Read, annotate and store articles from files, folders or '-' (stdin).

    Articles already stored are skipped; re-running an interrupted ingest completes it.
    """
    with fmt.run_progress("stored") as progress:
        result = service.ingest_files(
            paths,
            db,
            options=_reader_options(**reader),
            model=model,
            batch_size=batch_size,
            on_error=fmt.echo_error,
            on_batch=progress.update,
            stdin=sys.stdin.buffer,
        )
    click.echo(fmt.run_line(result))
    if result.rejected:
        raise SystemExit(EXIT_REJECTED)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--output",
    "-o",
    type=click.File("w", encoding="utf-8"),
    default="-",
    show_default=True,
    help="Where to write the JSON Lines ('-' for stdout).",
)
@shared("reader", "model")
def extract(paths: tuple[str, ...], output: Any, model: str, **reader: Any) -> None:
    """Print one JSON object per article (JSON Lines), without a database."""
    rejected = 0

    def on_error(error: Any) -> None:
        nonlocal rejected
        rejected += 1
        fmt.echo_error(error)

    records = service.extract(
        paths,
        options=_reader_options(**reader),
        model=model,
        on_error=on_error,
        stdin=sys.stdin.buffer,
    )
    for record in records:
        output.write(json.dumps(record.to_record(), ensure_ascii=False) + "\n")
    output.flush()
    if rejected:
        raise SystemExit(EXIT_REJECTED)


@cli.command()
@shared("db")
def summary(db: str) -> None:
    """Counts of everything stored, top actors, news events by CAMEO root and quad class."""
    result = _read(db, queries.summary)
    fmt.print_out(fmt.summary_view(result, service.cameo_root_names()))


@cli.command()
@shared("db", "json")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True, help=LIMIT)
def articles(db: str, as_json: bool, limit: int) -> None:
    """Stored articles, newest first, with their event counts."""
    rows = _read(db, queries.list_articles, limit=limit)
    _print_rows(rows, as_json)


@cli.command()
@click.argument("article_id")
@shared("db", "json")
def show(article_id: str, db: str, as_json: bool) -> None:
    """One article's text with its annotations highlighted, then its events."""
    stored = _read(db, queries.article, article_id)
    if stored is None:
        raise Failure(f"no article with id '{article_id}' in {db}; list them with: accord articles")
    if as_json:
        click.echo(fmt.to_json(stored.annotated.to_record()))
    else:
        fmt.print_out(fmt.article_view(stored))


@cli.command()
@shared("db", "json")
@click.option(
    "--since",
    callback=_date,
    metavar="YYYY-MM-DD",
    help="Events that ended on or after this date.",
)
@click.option("--source", help="Source actor code prefix, e.g. RUS or RUSGOV.")
@click.option("--target", help="Target actor code prefix.")
@click.option("--code", help="CAMEO code prefix, e.g. 05 or 057.")
@click.option(
    "--until",
    callback=_date,
    metavar="YYYY-MM-DD",
    help="Events that began on or before this date.",
)
@click.option("--include-historical", is_flag=True, help="Also events that ended long ago.")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True, help=LIMIT)
def events(db: str, as_json: bool, **where: Any) -> None:
    """Events filtered by actors, CAMEO code and when they happened (not when published)."""
    rows = _read(db, queries.events, queries.EventFilter(**where))
    _print_rows(rows, as_json, fmt.EVENT_COLUMNS)


@cli.command()
@shared("db", "json")
@click.option("--speaker", help="Part of the speaker's name or words, any case.")
@click.option("--actor", help="Speaker's actor code prefix, e.g. RUS.")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True, help=LIMIT)
def quotes(db: str, as_json: bool, **where: Any) -> None:
    """Attributed quotes, filtered by speaker."""
    rows = _read(db, queries.quotes, queries.QuoteFilter(**where))
    _print_rows(rows, as_json, fmt.QUOTE_COLUMNS)


@cli.command()
@click.argument("statement")
@shared("db", "json")
def sql(statement: str, db: str, as_json: bool) -> None:
    """Run a read-only SQL statement; see docs/schema.md for the tables."""
    rows = _read(db, queries.sql, statement)
    _print_rows(rows, as_json)


@cli.command()
@shared("db", "model", "json")
def info(db: str, model: str, as_json: bool) -> None:
    """Versions, pipeline components, knowledge files and the database in use."""
    result = service.info(db, model=model)
    if as_json:
        click.echo(fmt.to_json(result))
    else:
        fmt.print_out(fmt.info_view(result))


@cli.command()
@shared("db", "model")
@click.option("--since", callback=_date, metavar="YYYY-MM-DD", help="Articles published since.")
@click.option(
    "--batch-size",
    type=click.IntRange(1),
    default=service.DEFAULT_BATCH,
    show_default=True,
    help="Articles per transaction.",
)
def recode(db: str, since: dt.date | None, model: str, batch_size: int) -> None:
    """Re-annotate stored articles (published since DATE) after a knowledge-file change.

    An article the pipeline fails on keeps its annotations and is reported (exit status 3).
    """
    with fmt.run_progress("recoded") as progress:
        result = service.recode(
            db,
            since=since,
            model=model,
            batch_size=batch_size,
            on_error=fmt.echo_error,
            on_batch=progress.update,
        )
    click.echo(fmt.run_line(result, verb="recoded"))
    if result.rejected:
        raise SystemExit(EXIT_REJECTED)


@cli.command(name="eval")
@click.argument("kind", type=click.Choice(service.EVAL_KINDS))
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@shared("model", "json")
def evaluate(kind: str, gold: Path, model: str, as_json: bool) -> None:
    """Score the pipeline against a gold file (events, time, dates, quotes or places)."""
    report = service.evaluate(kind, gold, model=model)
    click.echo(fmt.to_json(report.to_dict()) if as_json else report.format())


def _print_rows(rows: Any, as_json: bool, columns: tuple[str, ...] | None = None) -> None:
    if as_json:
        click.echo(fmt.to_json(rows.records()))
    else:
        fmt.print_out(fmt.rows_table(rows, columns))


def _read(db: str, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run one named query on a database opened read-only (never created by a read)."""
    with open_store(db, read_only=True, create=False) as store:
        return query(store, *args, **kwargs)


def main() -> None:
    """Entry point of the ``accord`` console script and ``python -m accord``."""
    cli(prog_name="accord")
