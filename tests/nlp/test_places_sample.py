"""The bundled sample through the real pipeline: the places its expectation file lists."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.models import Article


@pytest.fixture(scope="module")
def sample(nlp, sample_path):
    from accord.nlp.pipeline import Annotator

    text = sample_path.read_text(encoding="utf-8")
    article = Article(id="sample", date=dt.date(2023, 6, 12), text=text)
    return Annotator(nlp).annotate_one(article)


@pytest.fixture(scope="module")
def sample_places(sample):
    return {p.text: p for p in sample.annotations.places}


def test_karachi_port_resolves_to_karachi(sample_places):
    place = sample_places["Karachi Port"]
    assert (place.name, place.country, place.geonameid) == ("Karachi", "PAK", 1174872)


def test_karachi_and_afghanistan(sample_places):
    assert sample_places["Karachi"].country == "PAK"
    assert sample_places["Afghanistan"].country == "AFG"
    assert sample_places["Afghanistan"].feature == "country"


def test_guddu_power_plant_is_in_pakistan(sample_places):
    assert sample_places["Guddu Thermal Power Plant"].country == "PAK"


def test_countries_and_capitals_named_as_actors_are_not_places(sample_places):
    assert not {"Russia", "Pakistan", "Moscow", "Islamabad"} & set(sample_places)


def test_the_oil_arrival_happened_in_karachi(sample):
    """E2 (stretch): the event coded from "arrived at Karachi Port" is located in Karachi."""
    evidence = "the initial consignment of Russian oil arrived at Karachi Port over the weekend"
    start = sample.article.text.index(evidence)
    arrivals = [
        e
        for e in sample.annotations.events
        if start <= e.trigger.start < start + len(evidence) and e.trigger.text == "arrived"
    ]
    if not arrivals:
        pytest.skip("the event coder found no event for E2")
    locations = [(e.location.name, e.location.country) if e.location else None for e in arrivals]
    assert set(locations) == {("Karachi", "PAK")}


def test_the_statement_of_intent_has_no_location(sample):
    intents = [e for e in sample.annotations.events if e.trigger.text == "intention"]
    assert all(e.location is None for e in intents)
