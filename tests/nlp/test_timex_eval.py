"""The time-expression and event-date evaluations score what they claim to score."""

from __future__ import annotations

import json

from accord.evaluation import event_dates, time

TEXT = "\n\nThe ministers met on Friday and will meet again next week for three days.\n"


def _gold_line(text: str, timexes: list[dict]) -> str:
    return json.dumps({"doc_id": "d1", "dct": "1998-08-07", "text": text, "timexes": timexes})


def _timex(text: str, words: str, kind: str, value: str) -> dict:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "text": words, "type": kind, "value": value}


def test_time_evaluation_counts_strict_relaxed_type_and_value(nlp, tmp_path):
    gold = [
        _timex(TEXT, "Friday", "DATE", "1998-08-07"),  # exact, right value
        _timex(TEXT, "again next week", "DATE", "1998-W33"),  # overlap only
        _timex(TEXT, "three days", "DURATION", "P4D"),  # exact, wrong value
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text(_gold_line(TEXT, gold) + "\n", encoding="utf-8")
    result = time.evaluate(path, nlp)
    assert (result.gold, result.predicted) == (3, 3)
    assert (result.strict_matches, result.relaxed_matches) == (2, 3)
    assert (result.type_correct, result.value_correct) == (3, 2)
    assert result.to_dict()["relaxed"]["f1"] == 1.0
    assert "value accuracy 0.667" in result.format()
    assert "value" in result.format(mistakes=True)


def test_event_date_evaluation_scores_exact_containment_and_history(nlp, tmp_path):
    lines = [
        {"id": "a", "date": "2023-06-12", "text": "In April, the two nations signed a deal.",
         "trigger": "signed",
         "expected": {"start": "2023-04-01", "end": "2023-04-30", "precision": "month",
                      "historical": False}},
        {"id": "b", "date": "2023-06-12", "text": "The mill was built in the 1980s.",
         "trigger": "built",
         "expected": {"start": "1970-01-01", "end": "1999-12-31", "precision": "decade",
                      "historical": True}},
    ]  # fmt: skip
    path = tmp_path / "dates.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = event_dates.evaluate(path, nlp)
    assert (result.events, result.exact, result.contained) == (2, 1, 2)
    assert (result.precision_match, result.historical_match) == (2, 2)
    assert [m.id for m in result.mistakes] == ["b"]
    assert "interval exact      0.500" in result.format()
    assert "[built] expected 1970-01-01..1999-12-31" in result.format(mistakes=True)
