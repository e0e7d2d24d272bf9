"""Quality floors for event dating on tests/gold/event_dates.jsonl (the dater on its own:
each line's trigger goes straight to ``date_for_token``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.evaluation.event_dates import evaluate

pytestmark = pytest.mark.slow

GOLD = Path(__file__).parent / "event_dates.jsonl"

#: measured 2026-11-29 on 241 events: exact 0.992, contained 0.996, precision 0.992,
#: historical 1.000
FLOORS = {
    "interval_exact": 0.95,
    "interval_contained": 0.96,
    "precision_match": 0.95,
    "historical_accuracy": 0.97,
}


def test_event_dates_stay_above_their_floors(nlp):
    scores = evaluate(GOLD, nlp).to_dict()
    assert scores["triggers_found"] == scores["events"]
    below = {k: round(scores[k], 3) for k in FLOORS if scores[k] < FLOORS[k]}
    assert not below, f"below the floors {FLOORS}: {below}"
