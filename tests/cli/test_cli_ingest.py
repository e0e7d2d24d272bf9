"""``accord ingest`` and ``accord recode``: storing, skipping, rejecting, exit codes."""

from __future__ import annotations

import json

from store_samples import TEXT

from accord.cli import cli
from accord.store import open_store


def jsonl(tmp_path, records, name="in.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def counts(db):
    with open_store(db, read_only=True) as store:
        return {
            table: store.fetch(f"SELECT count(*) FROM {table}").rows[0][0]
            for table in ("articles", "events", "quotes", "ingest_errors", "runs")
        }


RECORDS = [
    {"id": "r1", "date": "2023-06-12", "text": TEXT},
    {"id": "r2", "date": "2023-06-13", "text": "Nothing happened today in the capital."},
    {"id": "r3", "text": "A record without a date."},
]


def test_ingest_stores_reports_rejects_and_exits_3(tmp_path, runner, fake_nlp):
    source = jsonl(tmp_path, RECORDS)
    db = str(tmp_path / "x.duckdb")
    result = runner.invoke(cli, ["ingest", str(source), "--db", db])
    assert result.exit_code == 3, result.output
    assert result.stderr.splitlines() == [result.stderr.strip()]  # exactly one line
    assert result.stderr.startswith(f"{source}:3: ")
    assert result.stdout.startswith("2 articles stored, 0 already present, 1 rejected, 2 events")
    assert counts(db) == {"articles": 2, "events": 2, "quotes": 2, "ingest_errors": 1, "runs": 1}


def test_reingest_changes_nothing_and_skips_nlp(tmp_path, runner, fake_nlp):
    source = jsonl(tmp_path, RECORDS[:2])
    db = str(tmp_path / "x.duckdb")
    assert runner.invoke(cli, ["ingest", str(source), "--db", db]).exit_code == 0
    before = counts(db)
    fake_nlp.clear()
    again = runner.invoke(cli, ["ingest", str(source), "--db", db, "--batch-size", "1"])
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith("0 articles stored, 2 already present, 0 rejected, 0 events")
    assert fake_nlp == []
    assert counts(db) == before | {"runs": 2}


def test_duplicate_ids_in_one_input_are_stored_once(tmp_path, runner, fake_nlp):
    source = jsonl(tmp_path, [RECORDS[1], RECORDS[1], RECORDS[0]])
    db = str(tmp_path / "x.duckdb")
    result = runner.invoke(cli, ["ingest", str(source), "--db", db])
    assert result.stdout.startswith("2 articles stored, 1 already present")
    assert fake_nlp == ["r2", "r1"]


def test_ingest_reads_stdin(tmp_path, runner, fake_nlp):
    db = str(tmp_path / "x.duckdb")
    lines = "".join(json.dumps(r) + "\n" for r in RECORDS[:2])
    result = runner.invoke(cli, ["ingest", "-", "--format", "jsonl", "--db", db], input=lines)
    assert result.exit_code == 0, result.output
    assert counts(db)["articles"] == 2


def test_missing_model_is_one_line_and_exit_2(tmp_path, runner):
    source = jsonl(tmp_path, RECORDS[:1])
    result = runner.invoke(
        cli, ["ingest", str(source), "--model", "no_such_model", "--db", str(tmp_path / "x")]
    )
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "E001" in result.stderr and "no_such_model" in result.stderr
    assert "Traceback" not in result.output


def test_bad_reader_options_are_usage_errors(tmp_path, runner):
    source = jsonl(tmp_path, RECORDS[:1])
    for args in (["--date", "June"], ["--field", "body"], ["--field", "nonsense=x"]):
        result = runner.invoke(cli, ["ingest", str(source), *args, "--db", str(tmp_path / "x")])
        assert result.exit_code == 2, (args, result.output)


def test_recode_replaces_annotations_and_records_the_run(db, runner, fake_nlp):
    result = runner.invoke(cli, ["recode", "--db", db, "--since", "2023-06-12"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("2 articles recoded, 4 events, 0 failed")
    assert sorted(fake_nlp) == ["a1", "a2"]
    with open_store(db, read_only=True) as store:
        runs = store.fetch("SELECT DISTINCT run_id FROM events").rows
        coded = store.fetch("SELECT DISTINCT coded_run_id FROM articles").rows
    assert runs == coded == [(2,)]
    assert counts(db)["events"] == 4


def test_recode_since_a_later_date_touches_nothing(db, runner, fake_nlp):
    result = runner.invoke(cli, ["recode", "--db", db, "--since", "2024-01-01"])
    assert result.stdout.startswith("0 articles recoded")
    assert fake_nlp == []


def test_an_article_that_breaks_the_pipeline_is_reported_and_the_rest_stored(
    tmp_path, runner, fake_nlp
):
    records = [RECORDS[0], {"id": "boom", "date": "2023-06-12", "text": "BOOM"}, RECORDS[1]]
    source = jsonl(tmp_path, records)
    db = str(tmp_path / "x.duckdb")
    result = runner.invoke(cli, ["ingest", str(source), "--db", db])
    assert result.exit_code == 3
    assert (
        result.stderr.strip()
        == f"{source}:2: annotation failed (RuntimeError: component crashed); not stored"
    )
    assert result.stdout.startswith("2 articles stored, 0 already present, 1 rejected")
    assert counts(db)["articles"] == 2


def test_non_english_articles_are_stored_unannotated(tmp_path, runner, fake_nlp):
    french = (
        "Le ministre des Affaires étrangères a déclaré lundi que les deux pays allaient "
        "renforcer leur coopération économique et culturelle dans les années à venir."
    )
    source = jsonl(tmp_path, [{"id": "fr1", "date": "2023-06-12", "text": french}])
    db = str(tmp_path / "x.duckdb")
    assert runner.invoke(cli, ["ingest", str(source), "--db", db]).exit_code == 0
    with open_store(db, read_only=True) as store:
        assert store.fetch("SELECT language, status FROM articles").rows == [
            ("fr", "skipped_language")
        ]
