"""Quality floors for places on tests/gold/places.jsonl, pinned just below measured figures.

Measured 2026-11-29 with the full pipeline (``accord eval places tests/gold/places.jsonl``):
recall 0.856, precision 1.000, resolution accuracy 0.994, correct country 0.994
(187 gold mentions in 110 sentences). Raise the floors when the figures improve.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.evaluation.places import evaluate

GOLD = Path(__file__).with_name("places.jsonl")
FLOORS = {
    "recall": 0.84,
    "precision": 0.97,
    "resolution_accuracy": 0.96,
    "country_accuracy": 0.97,
}


@pytest.fixture(scope="module")
def report(nlp):
    return evaluate(GOLD, nlp)


def test_gold_has_enough_mentions(report):
    assert report.gold >= 150


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_place_figure_stays_above_its_floor(report, figure):
    value = getattr(report, figure)
    assert value >= FLOORS[figure], f"{figure} {value:.3f} < {FLOORS[figure]}\n{report.format()}"


def test_gold_offsets_are_whole_words_in_order(tmp_path):
    from accord.evaluation.places import read_gold

    line = (
        '{"id": "x1", "date": "2024-01-02", "text": "Georgian police in Georgia and '
        'in Georgia again.", "places": [{"text": "Georgia", "name": "Georgia", "country": '
        '"GEO"}, {"text": "Georgia", "name": "Georgia", "country": "GEO"}]}'
    )
    path = tmp_path / "gold.jsonl"
    path.write_text(line + "\n")
    (sentence,) = read_gold(path)
    assert [p.start for p in sentence.places] == [19, 34]


def test_a_bad_gold_line_names_file_and_line(tmp_path):
    from accord.errors import DataFileError
    from accord.evaluation.places import read_gold

    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "x1", "date": "2024-01-02", "text": "In Paris.", "places": []}\n{}\n')
    with pytest.raises(DataFileError, match=r"gold.jsonl:2"):
        list(read_gold(path))
