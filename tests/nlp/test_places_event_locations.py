"""Event locations: the place named in the trigger's clause, read from the parse."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.models import Event, EventActor, EventDate, TextSpan
from accord.nlp.components.event_locations import EventLocationsComponent, location_for_token
from accord.nlp.extensions import annotations_of


@pytest.fixture(scope="module")
def places_nlp():
    from accord.nlp.pipeline import build_pipeline

    return build_pipeline(components=("accord_actors", "accord_places"))


REPORTED = "The minister said in Islamabad that fighting in Kashmir had eased."


def location_of(nlp, text: str, trigger: str) -> str | None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    place = location_for_token(doc, token)
    return place.text if place else None


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Russia has expressed its intention to strengthen cooperation with Pakistan as the "
            "initial consignment of Russian oil arrived at Karachi Port over the weekend.",
            "arrived",
            "Karachi Port",
        ),
        ("Talks in Geneva between the two sides collapsed on Friday.", "Talks", "Geneva"),
        ("Russian missiles struck energy infrastructure in Kyiv overnight.", "struck", "Kyiv"),
        (REPORTED, "said", "Islamabad"),
        (REPORTED, "fighting", "Kashmir"),
    ],
)
def test_place_in_the_triggers_clause(places_nlp, text, trigger, expected):
    assert location_of(places_nlp, text, trigger) == expected


def test_place_in_a_subordinate_clause_is_not_the_main_events(places_nlp):
    text = (
        "Russia has expressed its intention to strengthen cooperation with Pakistan as the "
        "initial consignment of Russian oil arrived at Karachi Port."
    )
    assert location_of(places_nlp, text, "expressed") is None


def test_no_place_leaves_none(places_nlp):
    assert location_of(places_nlp, "Germany pledged more aid to Ukraine.", "pledged") is None


def _event(doc, trigger: str) -> Event:
    start = doc.text.index(trigger)
    actor = EventActor("RUS", "RUS", None, None, "Russia", 0, 6)
    date = EventDate(dt.date(2023, 6, 10), dt.date(2023, 6, 11), "day", "publication")
    return Event(
        id="E1",
        cameo="061",
        root="06",
        quad_class=2,
        goldstein=6.4,
        plover=None,
        source=actor,
        target=None,
        trigger=TextSpan(start, start + len(trigger), trigger),
        sentence=(0, len(doc.text)),
        date=date,
        historical=False,
        modality="asserted",
        location=None,
        rule="test",
        confidence=0.9,
    )


def test_component_sets_the_location_of_each_event(places_nlp):
    doc = places_nlp("The first consignment of Russian oil arrived at Karachi Port on Sunday.")
    annotations_of(doc, "accord_events").append(_event(doc, "arrived"))
    EventLocationsComponent()(doc)
    (event,) = annotations_of(doc, "accord_events")
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Karachi", "PAK")
