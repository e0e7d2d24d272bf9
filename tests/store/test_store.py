"""The store: migrations, atomic batched writes, round trips, recode replacement."""

from __future__ import annotations

import dataclasses
import datetime as dt

import duckdb
import pytest
from store_samples import annotated

from accord.errors import StoreError
from accord.models import Annotations, IngestError
from accord.store import Batch, open_store, queries
from accord.store._migrations import latest_version
from accord.store._rows import ANNOTATION_TABLES

TABLES = ("runs", "articles", "ingest_errors", *ANNOTATION_TABLES)


def count(store, table: str) -> int:
    return store.fetch(f"SELECT count(*) FROM {table}").rows[0][0]


def write(store, *items, errors=(), present=0, lexicon="lex@1"):
    run_id = store.start_run("ingest", "[]", model="m", lexicon=lexicon)
    batch = Batch(run_id, lexicon, [(a, "annotated") for a in items], list(errors), present)
    store.write_batch(batch)
    return run_id


def test_migrations_create_every_table_in_an_empty_database():
    with open_store(":memory:") as store:
        assert store.schema_version == latest_version()
        for table in TABLES:
            assert count(store, table) == 0


def test_reopening_a_file_keeps_data_and_does_not_migrate_again(tmp_path):
    path = tmp_path / "a.duckdb"
    with open_store(path) as store:
        write(store, annotated())
    with open_store(path) as store:
        assert count(store, "articles") == 1
        assert count(store, "schema_version") == latest_version()
    with open_store(path, read_only=True, create=False) as store:
        assert count(store, "events") == 2


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    open_store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (999, now())")
    con.close()
    with pytest.raises(StoreError, match="newer than this Accord"):
        open_store(path)


def test_missing_file_is_not_created_when_create_is_false(tmp_path):
    path = tmp_path / "absent.duckdb"
    with pytest.raises(StoreError, match="accord ingest"):
        open_store(path, read_only=True, create=False)
    assert not path.exists()


def test_read_only_store_refuses_writes(tmp_path):
    path = tmp_path / "ro.duckdb"
    with open_store(path) as store:
        write(store, annotated())
    with open_store(path, read_only=True) as store, pytest.raises(StoreError):
        queries.sql(store, "DELETE FROM articles")


def test_an_article_reads_back_exactly_as_written():
    original = annotated()
    with open_store(":memory:") as store:
        write(store, original)
        stored = queries.article(store, "a1")
    assert stored is not None
    assert stored.annotated == original
    assert stored.annotated.to_record() == original.to_record()
    assert (stored.status, stored.lexicon_version) == ("annotated", "lex@1")


def test_batch_records_errors_and_run_counts():
    error = IngestError("bad.jsonl", 3, "no 'date' field")
    with open_store(":memory:") as store:
        run_id = write(store, annotated("a1"), annotated("a2"), errors=[error], present=5)
        store.finish_run(run_id)
        run = store.fetch_records("SELECT * FROM runs")[0]
        rejected = store.fetch_records("SELECT path, line, reason, run_id FROM ingest_errors")
    assert (run["articles"], run["already_present"], run["rejected"], run["events"]) == (2, 5, 1, 4)
    assert run["finished_at"] is not None
    assert rejected == [
        {"path": "bad.jsonl", "line": 3, "reason": "no 'date' field", "run_id": run_id}
    ]


def test_a_failed_batch_leaves_nothing_behind():
    with open_store(":memory:") as store:
        write(store, annotated("a1"))
        with pytest.raises(duckdb.ConstraintException):
            write(store, annotated("a2"), annotated("a1"))  # a1 again: primary key violation
        assert count(store, "articles") == 1
        assert count(store, "events") == 2
        assert store.existing_ids(["a1", "a2", "zz"]) == {"a1"}


def test_replace_annotations_swaps_rows_and_records_the_new_run():
    first = annotated("a1")
    fewer = dataclasses.replace(first, annotations=Annotations(events=first.annotations.events[:1]))
    with open_store(":memory:") as store:
        write(store, first)
        run_id = store.start_run("recode", "{}", model="m", lexicon="lex@2")
        store.replace_annotations(run_id, "lex@2", [fewer])
        store.replace_annotations(run_id, "lex@2", [fewer])  # twice: still no duplicates
        assert count(store, "events") == 1
        assert count(store, "actor_mentions") == 0
        assert store.fetch("SELECT DISTINCT run_id, lexicon_version FROM events").rows == [
            (run_id, "lex@2")
        ]
        stored = queries.article(store, "a1")
    assert stored is not None
    assert stored.annotated == fewer
    assert (stored.coded_run_id, stored.lexicon_version) == (run_id, "lex@2")


def test_iter_articles_pages_through_everything_since_a_date():
    with open_store(":memory:") as store:
        items = [annotated(f"a{i:02d}", date=dt.date(2023, 1, 1 + i)) for i in range(7)]
        write(store, *items)
        pages = list(store.iter_articles(page=3))
        recent = [a.id for page in store.iter_articles(since=dt.date(2023, 1, 5)) for a in page]
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [a for p in pages for a in p] == [i.article for i in items]
    assert recent == ["a04", "a05", "a06"]


def test_an_empty_file_is_migrated(tmp_path):
    path = tmp_path / "empty.duckdb"
    path.touch()
    with open_store(path) as store:
        assert store.schema_version == latest_version()


def test_an_older_file_is_upgraded_once_even_when_opened_read_only(tmp_path, monkeypatch):
    from accord.store import _migrations

    path = tmp_path / "old.duckdb"
    with open_store(path) as store:
        write(store, annotated())
    bundled = _migrations.migrations()
    upgrade = (2, "ALTER TABLE articles ADD COLUMN note VARCHAR DEFAULT 'upgraded';")
    monkeypatch.setattr(_migrations, "migrations", lambda: [*bundled, upgrade])
    with open_store(path, read_only=True) as store:
        assert store.schema_version == 2
        assert store.fetch("SELECT note FROM articles").rows == [("upgraded",)]
    with open_store(path) as store:
        assert store.fetch("SELECT version FROM schema_version ORDER BY 1").rows == [(1,), (2,)]
