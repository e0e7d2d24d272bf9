"""Acceptance: the events of the bundled sample article, as a careful analyst codes them.

Required events (E1, E3, E4 of ``tests/acceptance/...expected.yaml``) must be found with an
allowed code and the right actors; nothing listed under ``must_not`` may be coded as it
warns against. Stretch events are reported, not required.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

EXPECTED = Path(__file__).parent / "acceptance" / "2023-06-12-russia-pakistan-oil.expected.yaml"


@pytest.fixture(scope="module")
def sample(annotate, sample_path):
    text = sample_path.read_text(encoding="utf-8")
    header, _, body = text.partition(" date 2023-06-12 ")
    assert header == ""
    return body, annotate(body, "2023-06-12").annotations.events


@pytest.fixture(scope="module")
def expected():
    return yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))


def _as_list(value) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _found(spec, text, events) -> list:
    """Events inside the evidence's sentence with an allowed code and allowed actors."""
    start = text.index(spec["evidence"])
    end = start + len(spec["evidence"])
    return [
        e
        for e in events
        if start <= e.trigger.start < end
        and e.cameo in _as_list(spec["codes"])
        and e.source.code in _as_list(spec["source"])
        and e.target is not None
        and e.target.code in _as_list(spec["target"])
    ]


@pytest.mark.parametrize("event_id", ["E1", "E3", "E4"])
def test_required_events_are_found(sample, expected, event_id):
    text, events = sample
    spec = next(e for e in expected["events"] if e["id"] == event_id)
    found = _found(spec, text, events)
    assert found, f"{event_id} not found; events: {[(e.cameo, e.trigger.text) for e in events]}"
    if "source_person" in spec:
        assert any(e.source.person == spec["source_person"] for e in found)


def test_nothing_is_coded_from_what_must_not_be(sample):
    text, events = sample
    adversaries = text.index("were once adversaries")
    abandoned = text.index("has abandoned")
    afghanistan = text.index("the conflict raging in Afghanistan")
    for event in events:
        assert event.trigger.text != "adversaries"
        assert not (adversaries <= event.trigger.start < adversaries + 25)
        if abandoned <= event.trigger.start < abandoned + len("has abandoned"):
            assert event.modality == "negated"
        assert event.source.country != "AFG" and not (
            afghanistan <= event.trigger.start < afghanistan + 40
        )
        assert event.modality != "negated" or event.trigger.text != "abandoned"


def test_stretch_events_are_reported(sample, expected, record_property):
    text, events = sample
    for spec in expected["events"]:
        if spec["level"] == "stretch":
            found = _found(spec, text, events)
            record_property(spec["id"], bool(found))
            print(spec["id"], "found" if found else "not found", [e.cameo for e in found])
