"""``places.yaml``: curated regions, facilities, country aliases and default readings.

The file is validated when first read; a bad entry raises ``DataFileError`` naming the file
and the entry. User files under ``ACCORD_DATA_DIR`` add entries after the bundled ones.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accord.errors import DataFileError
from accord.nlp.lexicon import data_files, read_data_file

FILE_NAME = "places.yaml"
FEATURES = frozenset({"region", "facility", "water", "city", "continent"})


@dataclass(frozen=True)
class CuratedPlace:
    """A region, facility or body of water GeoNames' city list does not hold."""

    name: str
    feature: str
    country: str | None
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...] = ()
    geonameid: int | None = None
    city: str | None = None  # a facility in a gazetteer city resolves to that city
    population: int = 0


@dataclass(frozen=True)
class PlacesKnowledge:
    places: tuple[CuratedPlace, ...]
    country_aliases: dict[str, str]  # alias -> ISO alpha-3
    defaults: dict[str, str]  # ambiguous name -> the alpha-3 country read when context is silent
    not_places: frozenset[str]  # capitalised words that match a gazetteer name but rarely a place
    us_state_abbreviations: dict[str, str]  # "Kan." -> "KS"
    context_countries: dict[str, str]  # actor country code -> ISO alpha-3 ("USR" -> "RUS")


@functools.cache
def load_knowledge() -> PlacesKnowledge:
    """Every ``places.yaml`` in use (bundled, then the user's), merged and validated."""
    places: list[CuratedPlace] = []
    aliases: dict[str, str] = {}
    defaults: dict[str, str] = {}
    not_places: set[str] = set()
    states: dict[str, str] = {}
    context: dict[str, str] = {}
    for path in data_files(FILE_NAME):
        document = read_data_file(path)
        places.extend(_place(path, i, item) for i, item in enumerate(document.get("places", [])))
        aliases.update(_code_map(path, "country_aliases", document))
        defaults.update(_code_map(path, "defaults", document))
        not_places.update(str(word) for word in document.get("not_places", []))
        states.update(_state_map(path, document))
        context.update(_code_map(path, "context_countries", document))
    return PlacesKnowledge(tuple(places), aliases, defaults, frozenset(not_places), states, context)


def _place(path: Path, index: int, item: Any) -> CuratedPlace:
    where = f"places[{index}]"
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        raise DataFileError(str(path), f"{where} needs a 'name'")
    where = f"{where} ({item['name']})"
    feature = item.get("feature")
    if feature not in FEATURES:
        raise DataFileError(str(path), f"{where}: feature must be one of {sorted(FEATURES)}")
    country = item.get("country")
    if country is not None and not _is_alpha3(country):
        raise DataFileError(str(path), f"{where}: country must be ISO alpha-3, such as PAK")
    lat, lon = item.get("lat"), item.get("lon")
    if item.get("city") is None and not (_is_number(lat) and _is_number(lon)):
        raise DataFileError(str(path), f"{where}: needs 'lat' and 'lon', or the 'city' it is in")
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise DataFileError(str(path), f"{where}: aliases must be a list of strings")
    return CuratedPlace(
        name=item["name"],
        feature=feature,
        country=country,
        lat=float(lat) if lat is not None else None,
        lon=float(lon) if lon is not None else None,
        aliases=tuple(aliases),
        geonameid=item.get("geonameid"),
        city=item.get("city"),
        population=int(item.get("population", 0)),
    )


def _code_map(path: Path, section: str, document: dict[str, Any]) -> dict[str, str]:
    mapping = document.get(section, {}) or {}
    if not isinstance(mapping, dict):
        raise DataFileError(str(path), f"'{section}' must map names to ISO alpha-3 codes")
    for name, code in mapping.items():
        if not _is_alpha3(code):
            raise DataFileError(str(path), f"{section}: '{name}' maps to '{code}', not alpha-3")
    return {str(name): str(code) for name, code in mapping.items()}


def _state_map(path: Path, document: dict[str, Any]) -> dict[str, str]:
    mapping = document.get("us_state_abbreviations", {}) or {}
    bad = [k for k, v in mapping.items() if not (isinstance(v, str) and len(v) == 2)]
    if not isinstance(mapping, dict) or bad:
        raise DataFileError(str(path), f"us_state_abbreviations: {bad} need a two-letter code")
    return {str(k): v for k, v in mapping.items()}


def _is_alpha3(code: Any) -> bool:
    return isinstance(code, str) and len(code) == 3 and code.isalpha() and code.isupper()


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
