"""The rule table in timex.yaml: every example it gives is recognised by its own rule, and
a broken user file is reported with the file and the entry."""

from __future__ import annotations

import pytest

from accord.errors import DataFileError
from accord.nlp.time import calendar as cal
from accord.nlp.time import durations
from accord.nlp.time.recognise import find_matches
from accord.nlp.time.rules import load_rule_table

TABLE = load_rule_table()


@pytest.mark.parametrize(
    ("rule_id", "example"),
    [(rule.id, example) for rule in TABLE.rules for example in rule.examples],
)
def test_each_example_is_matched_by_its_rule(rule_id, example):
    """The rule marks the example, or its end when the example shows a context word
    that the rule requires but leaves out ("for years")."""
    text = f"They said it {example} ."
    start = text.index(example)
    end = start + len(example)
    matches = find_matches(text, TABLE)
    mine = [m for m in matches if m.rule.id == rule_id and m.end == end and m.start >= start]
    assert mine, f"{example!r}: {[(m.rule.id, text[m.start : m.end]) for m in matches]}"


def test_every_rule_has_an_example():
    assert all(rule.examples for rule in TABLE.rules)


@pytest.mark.parametrize(
    ("words", "number"),
    [("twenty-five", 25), ("a hundred", 100), ("1,500", 1500), ("three", 3), ("seventy five", 75)],
)
def test_number_words(words, number):
    assert durations.parse_number(words, TABLE) == number


@pytest.mark.parametrize(
    ("amount", "unit", "value"),
    [
        (0.75, "CE", "P75Y"),
        (2.5, "Y", "P2Y6M"),
        (5, "H", "PT5H"),
        (3, "DE", "P30Y"),
        (1, "W", "P1W"),
    ],
)
def test_duration_values(amount, unit, value):
    assert durations.format_duration(amount, unit) == value


def test_century_and_decade_values():
    assert cal.century(20).value == "19"
    assert cal.decade(1987).value == "198X"


def test_a_broken_user_rule_names_the_file_and_rule(tmp_path, monkeypatch):
    (tmp_path / "timex.yaml").write_text(
        "version: 1\ndescription: test\nrules:\n"
        "  - {id: mine, pattern: '{nosuchwords}', normaliser: year, examples: []}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path))
    load_rule_table.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"mine.*nosuchwords"):
            load_rule_table()
    finally:
        monkeypatch.delenv("ACCORD_DATA_DIR")
        load_rule_table.cache_clear()


def test_a_user_period_is_added(tmp_path, monkeypatch):
    (tmp_path / "periods.yaml").write_text(
        "version: 1\ndescription: test\nperiods:\n"
        "  - {id: emergency, names: [the Emergency], start: 1975-06, end: 1977-03}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path))
    load_rule_table.cache_clear()
    try:
        period = load_rule_table().periods["the emergency"]
        assert (period.start.isoformat(), period.end.isoformat()) == ("1975-06-01", "1977-03-31")
    finally:
        monkeypatch.delenv("ACCORD_DATA_DIR")
        load_rule_table.cache_clear()
