"""The bundled sample through the real pipeline: the places its expectation file lists."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.models import Article


@pytest.fixture(scope="module")
def sample_places(nlp, sample_path):
    from accord.nlp.pipeline import Annotator

    text = sample_path.read_text(encoding="utf-8")
    article = Article(id="sample", date=dt.date(2023, 6, 12), text=text)
    annotated = Annotator(nlp).annotate_one(article)
    return {p.text: p for p in annotated.annotations.places}


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
