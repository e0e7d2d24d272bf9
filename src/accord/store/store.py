"""The ``Store``: one DuckDB file, its migrations, batched transactional writes and reads.

Writes go in as Arrow tables registered on the connection and copied with one
``INSERT … SELECT`` per table; a batch of articles, all their annotations, the inputs that
were rejected meanwhile and the run's counters commit in one transaction. A process killed
at any moment therefore leaves every article either fully stored or absent.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from accord._version import __version__
from accord.errors import StoreError
from accord.models import AnnotatedArticle, Article, IngestError
from accord.store import _migrations
from accord.store._rows import (
    ANNOTATION_TABLES,
    Row,
    annotation_rows,
    article_from_row,
    article_row,
)

log = logging.getLogger(__name__)

DEFAULT_DB = "accord.duckdb"
MEMORY = ":memory:"


@dataclass
class Rows:
    """The result of a query: column names and row tuples."""

    columns: list[str]
    rows: list[tuple[Any, ...]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass
class Batch:
    """What one write transaction holds: new articles (with their status), rejected inputs."""

    run_id: int
    lexicon_version: str
    articles: list[tuple[AnnotatedArticle, str]] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    already_present: int = 0

    @property
    def events(self) -> int:
        return sum(len(a.annotations.events) for a, _ in self.articles)


def _now() -> dt.datetime:
    """UTC wall time without a zone: every TIMESTAMP column is UTC."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Store:
    """An open Accord database. Use ``open_store()`` to get one; close it (or use ``with``)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path
        self._schemas: dict[str, Any] = {}

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    @property
    def schema_version(self) -> int:
        return _migrations.schema_version(self.con)

    # --- reading ----------------------------------------------------------------------------

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> Rows:
        """Run one statement and return all its rows."""
        try:
            cursor = self.con.execute(sql, list(params))
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc
        columns = [d[0] for d in cursor.description or ()]
        return Rows(columns, cursor.fetchall() if columns else [])

    def fetch_records(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.fetch(sql, params).records()

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are already stored: checked before NLP so re-ingest costs nothing."""
        wanted = list(ids)
        if not wanted:
            return set()
        rows = self.fetch("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [wanted])
        return {row[0] for row in rows.rows}

    def iter_articles(
        self, *, since: dt.date | None = None, page: int = 256
    ) -> Iterator[list[Article]]:
        """Stored articles (published on or after ``since``) in pages, ordered by id."""
        last = ""
        while True:
            records = self.fetch_records(
                "SELECT * FROM articles WHERE id > ? AND (?::DATE IS NULL OR date >= ?::DATE) "
                "ORDER BY id LIMIT ?",
                [last, since, since, page],
            )
            if not records:
                return
            yield [article_from_row(r) for r in records]
            last = records[-1]["id"]

    # --- runs -------------------------------------------------------------------------------

    def start_run(self, command: str, arguments: str, *, model: str | None, lexicon: str) -> int:
        row = self.con.execute(
            "INSERT INTO runs (command, arguments, started_at, accord_version, model, "
            "lexicon_version) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            [command, arguments, _now(), __version__, model, lexicon],
        ).fetchone()
        assert row is not None
        return int(row[0])

    def finish_run(self, run_id: int) -> None:
        self.con.execute("UPDATE runs SET finished_at = ? WHERE id = ?", [_now(), run_id])

    # --- writing ----------------------------------------------------------------------------

    def write_batch(self, batch: Batch) -> None:
        """Store new articles with all their annotations and the rejected inputs, atomically."""
        now = _now()
        coding = {"run_id": batch.run_id, "lexicon_version": batch.lexicon_version}
        articles = [
            article_row(a.article, status=status)
            | {"ingested_at": now, "coded_run_id": batch.run_id}
            | coding
            for a, status in batch.articles
        ]
        errors = [
            {
                "run_id": batch.run_id,
                "path": e.path,
                "line": e.line,
                "reason": e.reason,
                "rejected_at": now,
            }
            for e in batch.errors
        ]
        with self.transaction():
            self._insert("articles", articles)
            self._insert_annotations([a for a, _ in batch.articles], coding)
            self._insert("ingest_errors", errors)
            self._count(
                batch.run_id, len(articles), batch.already_present, len(errors), batch.events
            )

    def replace_annotations(
        self, run_id: int, lexicon_version: str, annotated: Sequence[AnnotatedArticle]
    ) -> None:
        """Swap the stored annotations of these articles for new ones in one transaction."""
        ids = [a.article.id for a in annotated]
        coding = {"run_id": run_id, "lexicon_version": lexicon_version}
        with self.transaction():
            for table in ANNOTATION_TABLES:
                self.con.execute(
                    f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids]
                )
            self._insert_annotations(annotated, coding)
            self.con.execute(
                "UPDATE articles SET coded_run_id = ?, lexicon_version = ? "
                "WHERE id IN (SELECT unnest(?))",
                [run_id, lexicon_version, ids],
            )
            events = sum(len(a.annotations.events) for a in annotated)
            self._count(run_id, len(ids), 0, 0, events)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.begin()
        try:
            yield
        except BaseException:
            self.con.rollback()
            raise
        self.con.commit()

    def _insert_annotations(self, annotated: Sequence[AnnotatedArticle], coding: Row) -> None:
        tables: dict[str, list[Row]] = {name: [] for name in ANNOTATION_TABLES}
        for item in annotated:
            for name, rows in annotation_rows(item.article.id, item.annotations).items():
                tables[name].extend(row | coding for row in rows)
        for name, rows in tables.items():
            self._insert(name, rows)

    def _insert(self, table: str, rows: list[Row]) -> None:
        """Copy rows into ``table`` through one Arrow table (never row by row)."""
        if not rows:
            return
        import pyarrow as pa  # only writers pay for importing Arrow

        if table not in self._schemas:
            self._schemas[table] = self.con.execute(f"SELECT * FROM {table} LIMIT 0").arrow().schema
        batch = pa.Table.from_pylist(rows, schema=self._schemas[table])
        self.con.register("accord_batch", batch)
        try:
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM accord_batch")
        finally:
            self.con.unregister("accord_batch")

    def _count(self, run_id: int, articles: int, present: int, rejected: int, events: int) -> None:
        self.con.execute(
            "UPDATE runs SET articles = articles + ?, already_present = already_present + ?, "
            "rejected = rejected + ?, events = events + ? WHERE id = ?",
            [articles, present, rejected, events, run_id],
        )


def open_store(
    path: str | Path = DEFAULT_DB, *, read_only: bool = False, create: bool = True
) -> Store:
    """Open (creating and migrating as needed) the database at ``path``; ``:memory:`` works.

    ``read_only`` lets queries run beside other readers and guarantees ``accord sql`` cannot
    change anything; ``create=False`` refuses to make a new empty file by mistake.
    """
    where = str(path)
    if where != MEMORY and not Path(where).exists() and not create:
        raise StoreError(
            f"{where}: no database here; create one with: accord ingest PATH --db {where}"
        )
    if where == MEMORY or not read_only:
        con = _connect(where, read_only=False)
        _migrations.migrate(con, where)
        return Store(con, where)
    con = _connect(where, read_only=True)
    if _migrations.schema_version(con) != _migrations.latest_version():
        con.close()  # upgrade (or refuse) with a writable connection, then reopen read-only
        writable = _connect(where, read_only=False)
        try:
            _migrations.migrate(writable, where)
        finally:
            writable.close()
        con = _connect(where, read_only=True)
    return Store(con, where)


def _connect(where: str, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    if where != MEMORY and os.path.isfile(where) and os.path.getsize(where) == 0:
        os.remove(where)  # an empty placeholder (mktemp, touch) becomes a new database
    try:
        return duckdb.connect(where, read_only=read_only)
    except duckdb.Error as exc:
        hint = "; is another accord command writing to it?" if "lock" in str(exc).lower() else ""
        raise StoreError(f"{where}: cannot open the database ({exc}){hint}") from exc
