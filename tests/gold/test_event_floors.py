"""Quality floors for event coding on tests/gold/events.jsonl, pinned just below measured figures.

Measured 2026-11-29 with the full pipeline (``accord eval events tests/gold/events.jsonl``,
612 gold events in 483 lines): root P 0.937 R 0.730 F1 0.821; see ``FLOORS`` for the figure
each floor sits under. Raise the floors when the figures
improve; a drop below any of them fails the suite.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.evaluation.events import evaluate

GOLD = Path(__file__).with_name("events.jsonl")

#: figure -> floor (measured value in the comment)
FLOORS = {
    "root_precision": 0.92,  # 0.937
    "root_recall": 0.71,  # 0.730
    "root_f1": 0.80,  # 0.821
    "code_accuracy": 0.80,  # 0.819
    "source_accuracy": 0.90,  # 0.922
    "target_accuracy": 0.68,  # 0.698
    "modality_accuracy": 0.91,  # 0.926
}
#: over-generation ceilings
CEILINGS = {
    "predicted_per_true": 0.80,  # 0.779
    "false_on_no_event": 2,  # 0
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
