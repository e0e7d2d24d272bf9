"""Targets reached beyond a clause's own phrases: where a conflict act lands."""

from __future__ import annotations

import pytest


def coded(annotate, text: str) -> set[tuple]:
    """(cameo, source, target) of every event found in ``text``."""
    events = annotate(text).annotations.events
    return {(e.cameo, e.source.code, e.target.code if e.target else None) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a place coordinated with the place of the troops
            "Turkey has massed more than 20,000 troops near Syria's frontier and in Idlib, "
            "officials said.",
            ("154", "TURMIL", "SYR"),
        ),
        (  # the place of a coordinated act
            "Hezbollah fighters fired dozens of rockets and entered several villages in northern "
            "Israel on Sunday.",
            ("190", "LBNHZB", "ISR"),
        ),
        (  # the place of the light verb and who it surrounds
            "Russia began naval drills in waters surrounding Japan on Monday.",
            ("150", "RUSMIL", "JPN"),
        ),
    ],
)
def test_a_conflict_act_lands_on_a_place_beyond_its_phrase(annotate, text, expected):
    assert expected in coded(annotate, text)


def test_the_landing_place_is_never_the_sources_own_country(annotate):
    text = "Iran fired several missiles and held a parade in Tehran on Friday."
    assert not any(t == "IRN" for _, _, t in coded(annotate, text))


def test_people_are_placed_at_the_place_where_they_were(annotate):
    text = "Al Shabaab militants killed 15 people at Nairobi airport on Friday."
    assert any(t and t.startswith("KEN") for _, _, t in coded(annotate, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany denounced Serbia and recalled its ambassador on Friday.", ("161", "DEU", "SRB")),
        (
            "Lithuania withdrew from the energy agreement with Belarus and imposed new sanctions.",
            ("163", "LTU", "BLR"),
        ),
    ],
)
def test_a_coordinated_act_shares_the_actor_of_the_first(annotate, text, expected):
    assert expected in coded(annotate, text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany criticised Serbia's election and recalled its ambassador on Friday.",
        "Rebels shelled Belgrade and Germany recalled its ambassador on Friday.",
    ],
)
def test_a_coordinated_act_shares_no_thing_and_no_other_subjects_target(annotate, text):
    assert ("161", "DEU", None) in coded(annotate, text)


def test_a_friendly_act_shares_no_actor_with_an_appeal(annotate):
    text = "Germany thanked France and called for calm in the region."
    assert ("020", "DEU", None) in coded(annotate, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France condemned the coup in Niger on Thursday.", ("111", "FRA", "NERMIL")),
        (  # and an appeal coordinated with the condemnation is made to them
            "France condemned the coup in Niger and called for the release of the president.",
            ("0253", "FRA", "NERMIL"),
        ),
    ],
)
def test_a_coup_placed_in_a_country_stands_for_its_military(annotate, text, expected):
    assert expected in coded(annotate, text)


def test_a_threat_is_made_to_whom_its_condition_is_put(annotate):
    text = "Poland threatened to veto the budget unless Germany dropped its demands."
    assert ("130", "POL", "DEU") in coded(annotate, text)


def test_a_condition_on_the_threatener_itself_names_no_target(annotate):
    text = "Iran threatened to quit the nuclear deal if it did not receive economic guarantees."
    assert ("1313", "IRN", None) in coded(annotate, text)
