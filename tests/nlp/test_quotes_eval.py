"""The quotes evaluation on a small gold file written here: matching rules and report shape."""

from __future__ import annotations

import json

import pytest

from accord.evaluation.quotes import evaluate

TEXT = (
    "Sergei Lavrov spoke in Moscow.\n\n"
    "“We will not give up,” he said, “and we will win this argument.”\n\n"
    "The minister said the talks would continue next week in Geneva."
)


def _span(text: str, part: str) -> dict:
    start = TEXT.index(part)
    return {"text": part, "spans": [[start, start + len(part)]]}


@pytest.fixture
def gold_path(tmp_path):
    first = _span(TEXT, "“We will not give up,”")
    second = _span(TEXT, "“and we will win this argument.”")
    split_quote = {
        "source": _span(TEXT, "he"),
        "cue": _span(TEXT, "said,"),
        "content": {"text": "", "spans": first["spans"] + second["spans"]},
        "direct_quote": True,
    }
    reported = {
        "source": _span(TEXT, "The minister"),
        "cue": _span(TEXT, "said the"),
        "content": _span(TEXT, "the talks would continue next week in Geneva"),
        "direct_quote": False,
    }
    missed = {"content": _span(TEXT, "spoke in Moscow"), "direct_quote": False}
    record = {
        "text": TEXT,
        "publication_date": "2023-06-12",
        "attributions": [split_quote, reported, missed, {"direct_quote": False}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_split_quote_and_reported_clause_are_scored(gold_path, nlp) -> None:
    report = evaluate(gold_path, nlp)
    assert report.documents == 1
    direct = report.direct
    # one gold attribution over two stretches, found as two quotes that share a cue
    assert (direct.gold, direct.predicted, direct.matched) == (1, 2, 1)
    assert direct.precision == 1.0 and direct.speaker_accuracy == 1.0
    everything = report.all
    assert (everything.gold, everything.matched) == (3, 2)
    assert everything.recall == pytest.approx(2 / 3)


def test_report_formats_and_serialises(gold_path, nlp) -> None:
    report = evaluate(gold_path, nlp)
    text = report.format()
    assert "direct quotes" in text and "speaker accuracy" in text
    record = report.to_dict()
    assert record["direct"]["recall"] == 1.0
    json.dumps(record)
