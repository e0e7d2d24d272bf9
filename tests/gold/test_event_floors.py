"""Quality floors for event coding on tests/gold/events.jsonl, pinned just below measured figures.

Measured 2026-11-29 with the full pipeline (``accord eval events tests/gold/events.jsonl``):
see ``FLOORS`` for the figures each floor sits under. Raise the floors when the figures
improve; a drop below any of them fails the suite.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.evaluation.events import evaluate

GOLD = Path(__file__).with_name("events.jsonl")

#: figure -> floor (measured value in the comment)
FLOORS = {
    "root_precision": 0.87,  # 0.887
    "root_recall": 0.60,  # 0.614
    "root_f1": 0.71,  # 0.726
    "code_accuracy": 0.76,  # 0.779
    "source_accuracy": 0.88,  # 0.902
    "target_accuracy": 0.63,  # 0.654
    "modality_accuracy": 0.91,  # 0.931
}
#: over-generation ceilings
CEILINGS = {
    "predicted_per_true": 0.80,  # 0.693
    "false_on_no_event": 4,  # 2
}


@pytest.fixture(scope="module")
def report(nlp):
    return evaluate(GOLD, nlp)


def _figures(report) -> dict[str, float]:
    data = report.to_dict()
    return {
        "root_precision": data["overall"]["precision"],
        "root_recall": data["overall"]["recall"],
        "root_f1": data["overall"]["f1"],
        **{k: data[k] for k in data if k.endswith("_accuracy")},
        "predicted_per_true": data["predicted_per_true"],
        "false_on_no_event": data["false_on_no_event"],
    }


def test_gold_has_enough_events(report):
    assert report.gold_events >= 400


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_event_figure_stays_above_its_floor(report, figure):
    value = _figures(report)[figure]
    assert value >= FLOORS[figure], f"{figure} {value:.3f} < {FLOORS[figure]}\n{report.format()}"


@pytest.mark.parametrize("figure", sorted(CEILINGS))
def test_event_overgeneration_stays_below_its_ceiling(report, figure):
    value = _figures(report)[figure]
    assert value <= CEILINGS[figure], f"{figure} {value} > {CEILINGS[figure]}\n{report.format()}"
