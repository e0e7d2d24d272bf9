"""``accord extract`` prints the extraction record of docs/extract-record.md, in input order."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from store_samples import TEXT

from accord.cli import cli

SPEC = Path(__file__).resolve().parents[2] / "docs" / "extract-record.md"


def spec_example() -> dict[str, Any]:
    """The contract's example record, with its ``//`` comments removed."""
    block = SPEC.read_text(encoding="utf-8").split("```json")[1].split("```")[0]
    return json.loads(re.sub(r"//[^\n]*", "", block))


def missing_keys(spec: Any, record: Any, where: str = "record") -> list[str]:
    """Every key of the spec's example absent from ``record``, searched to the leaves."""
    if isinstance(spec, dict) and isinstance(record, dict):
        problems = [f"{where}.{key}" for key in spec if key not in record]
        for key in spec.keys() & record.keys():
            problems += missing_keys(spec[key], record[key], f"{where}.{key}")
        return problems
    if isinstance(spec, list) and isinstance(record, list) and spec:
        return [
            p for i, item in enumerate(record) for p in missing_keys(spec[0], item, f"{where}[{i}]")
        ]
    return []  # a leaf, or null where the spec shows an object (no target, no speaker)


def test_the_spec_check_catches_a_missing_key():
    example = spec_example()
    broken = json.loads(json.dumps(example))
    del broken["events"][0]["trigger"]["start"]
    assert missing_keys(example, broken) == ["record.events[0].trigger.start"]


def test_a_full_stored_record_has_every_contract_key(db, runner):
    result = runner.invoke(cli, ["show", "a1", "--db", db, "--json"])
    record = json.loads(result.stdout)
    assert all(record[kind] for kind in ("actors", "events", "quotes", "timexes", "places"))
    assert missing_keys(spec_example(), record) == []


@pytest.fixture
def blank_pipeline(monkeypatch):
    """spaCy's blank English pipeline with Accord's attributes: fast, finds nothing."""
    import spacy

    import accord.nlp.pipeline
    from accord.nlp.extensions import register_extensions

    def build(model):
        register_extensions()
        return spacy.blank("en")

    monkeypatch.setattr(accord.nlp.pipeline, "build_pipeline", build)


def test_extract_prints_json_lines_in_input_order_and_exits_3(tmp_path, runner, blank_pipeline):
    source = tmp_path / "in.jsonl"
    records = [
        {"id": "second", "date": "2023-06-13", "text": "Later news."},
        {"id": "bad", "text": "No date."},
        {"id": "first", "date": "2023-06-12", "text": TEXT},
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(source), "--output", "-"])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"{source}:2: ")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in lines] == ["second", "first"]
    assert all(missing_keys(spec_example(), r) == [] for r in lines)
    assert lines[1]["text"] == TEXT


def test_extract_to_a_file(tmp_path, runner, blank_pipeline):
    source = tmp_path / "a.txt"
    source.write_text(" date 2023-06-12\nRussia and Pakistan signed a deal.\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = runner.invoke(cli, ["extract", str(source), "-o", str(output)])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert record["date"] == "2023-06-12"
    assert record["text"].startswith("Russia and Pakistan")


@pytest.mark.slow
def test_extract_with_the_real_pipeline_keeps_the_contract(sample_path, runner):
    result = runner.invoke(cli, ["extract", str(sample_path)])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert missing_keys(spec_example(), record) == []
    for kind in ("actors", "quotes", "timexes", "places"):
        for item in record[kind]:
            assert record["text"][item["start"] : item["end"]] == item["text"]
