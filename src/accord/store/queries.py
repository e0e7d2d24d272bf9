"""Named read queries: what the CLI, the API and later the web pages ask of the store.

Event filters work on when an event *happened* (``date_start``/``date_end``), never on the
publication date, and leave out historical events unless asked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from accord.models import AnnotatedArticle
from accord.store._rows import ANNOTATION_TABLES, annotations_from_rows, article_from_row
from accord.store.store import Rows, Store

#: Tables counted by ``summary``, with the label shown for each.
COUNTED = {
    "articles": "articles",
    "actor_mentions": "actors",
    "events": "events",
    "quotes": "quotes",
    "timexes": "timexes",
    "places": "places",
    "ingest_errors": "rejected inputs",
    "runs": "runs",
}

#: How each annotation table is ordered when an article is read back (the pipeline's order).
_ORDER = {
    "actor_mentions": "start_char, end_char",
    "events": "trigger_start, cameo, id",
    "quotes": "quote_index",
    "timexes": "start_char, end_char",
    "places": "start_char, end_char",
    "article_warnings": "warning_index",
}


@dataclass
class Summary:
    """What is in a database, at a glance."""

    counts: dict[str, int]
    statuses: dict[str, int]
    published: tuple[dt.date | None, dt.date | None]
    top_actors: list[tuple[str, int]]
    events_by_root: list[tuple[str, int]]
    events_by_quad_class: list[tuple[int, int]]


@dataclass
class StoredArticle:
    """An article as stored: the record plus which run and knowledge files coded it."""

    annotated: AnnotatedArticle
    status: str
    coded_run_id: int
    lexicon_version: str


@dataclass
class EventFilter:
    """``source``/``target``/``code`` match code prefixes; dates bound the event's interval."""

    source: str | None = None
    target: str | None = None
    code: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    include_historical: bool = False
    limit: int | None = 100


@dataclass
class QuoteFilter:
    """``speaker`` matches part of the speaker's name or words; ``actor`` a code prefix."""

    speaker: str | None = None
    actor: str | None = None
    limit: int | None = 100


@dataclass
class _Where:
    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


#: Events that count in aggregations: what happened, not history recalled or denials.
_NEWS = "NOT historical AND modality <> 'negated'"


def summary(store: Store, *, top: int = 10) -> Summary:
    counts = {
        label: store.fetch(f"SELECT count(*) FROM {table}").rows[0][0]
        for table, label in COUNTED.items()
    }
    for label, where in (("historical", "historical"), ("negated", "modality = 'negated'")):
        counts[f"  {label} events"] = store.fetch(
            f"SELECT count(*) FROM events WHERE {where}"
        ).rows[0][0]
    published = store.fetch("SELECT min(date), max(date) FROM articles").rows[0]
    return Summary(
        counts=counts,
        statuses=dict(
            _pairs(store, "SELECT status, count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC")
        ),
        published=(published[0], published[1]),
        top_actors=_pairs(
            store,
            "SELECT code, count(*) FROM actor_mentions GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
            [top],
        ),
        events_by_root=_pairs(
            store, f"SELECT root, count(*) FROM events WHERE {_NEWS} GROUP BY 1 ORDER BY 1"
        ),
        events_by_quad_class=_pairs(
            store, f"SELECT quad_class, count(*) FROM events WHERE {_NEWS} GROUP BY 1 ORDER BY 1"
        ),
    )


def _pairs(store: Store, sql: str, params: list[Any] | None = None) -> list[tuple[Any, int]]:
    return [(row[0], row[1]) for row in store.fetch(sql, params or []).rows]


def list_articles(store: Store, *, limit: int | None = 50) -> Rows:
    """Newest first, with how many events each holds."""
    return store.fetch(
        "SELECT a.id, a.date, a.title, a.source, a.status, "
        "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events "
        "FROM articles a ORDER BY a.date DESC, a.id LIMIT ?",
        [limit],
    )


def article(store: Store, article_id: str) -> StoredArticle | None:
    """One article with every annotation, rebuilt as the pipeline's records."""
    found = store.fetch_records("SELECT * FROM articles WHERE id = ?", [article_id])
    if not found:
        return None
    row = found[0]
    tables = {
        table: store.fetch_records(
            f"SELECT * FROM {table} WHERE article_id = ? ORDER BY {_ORDER[table]}", [article_id]
        )
        for table in ANNOTATION_TABLES
    }
    annotated = AnnotatedArticle(article_from_row(row), annotations_from_rows(tables))
    return StoredArticle(annotated, row["status"], row["coded_run_id"], row["lexicon_version"])


def events(store: Store, where: EventFilter) -> Rows:
    """Events matching ``where``, ordered by when they happened."""
    clause = _Where()
    if where.source:
        clause.add("starts_with(source_code, ?)", where.source.upper())
    if where.target:
        clause.add("starts_with(target_code, ?)", where.target.upper())
    if where.code:
        clause.add("starts_with(cameo, ?)", where.code)
    if where.since:
        clause.add("date_end >= ?", where.since)
    if where.until:
        clause.add("date_start <= ?", where.until)
    if not where.include_historical:
        clause.add("NOT historical")
    return store.fetch(
        f"SELECT * FROM events{clause.sql()} "
        "ORDER BY date_start, article_id, trigger_start LIMIT ?",
        [*clause.params, where.limit],
    )


def quotes(store: Store, where: QuoteFilter) -> Rows:
    """Quotes matching ``where`` with their article's date, oldest article first."""
    clause = _Where()
    if where.speaker:
        clause.add(
            "(contains(lower(q.speaker_name), ?) OR contains(lower(q.speaker_text), ?))",
            where.speaker.lower(),
            where.speaker.lower(),
        )
    if where.actor:
        clause.add("starts_with(q.speaker_code, ?)", where.actor.upper())
    return store.fetch(
        "SELECT a.date AS article_date, q.* FROM quotes q JOIN articles a ON a.id = q.article_id"
        f"{clause.sql()} ORDER BY a.date, q.article_id, q.quote_index LIMIT ?",
        [*clause.params, where.limit],
    )


def sql(store: Store, statement: str) -> Rows:
    """Any statement the user writes; open the store read-only to keep this to reads."""
    return store.fetch(statement)
