"""Countries, organisations and roles, read once from their knowledge files and validated.

Each loader is cached: the files are read the first time a table is needed, never at import.
Validation fails with ``DataFileError`` naming the file and the entry, so a user who edits a
file learns at once what to fix.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Literal

from accord.errors import DataFileError
from accord.nlp.actors._fields import Entry, entries, section

COUNTRIES = "countries.yaml"
ORGANISATIONS = "organisations.yaml"
ROLES = "roles.yaml"


@dataclass(frozen=True)
class Country:
    """A country or historical state; ``code`` is its CAMEO (ISO alpha-3) code."""

    code: str
    name: str
    aliases: tuple[str, ...]
    abbreviations: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    metonyms: tuple[tuple[str, str], ...]  # (text, sector)
    valid_from: dt.date | None
    valid_to: dt.date | None
    territory: bool

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.valid_to is None
        after_start = self.valid_from is None or self.valid_from <= day
        return after_start and (self.valid_to is None or day < self.valid_to)


@dataclass(frozen=True)
class Organisation:
    """An international organisation or a non-state group with its CAMEO-style code."""

    code: str
    name: str
    kind: Literal["organisation", "group"]
    country: str | None
    sector: str | None
    aliases: tuple[str, ...]
    abbreviations: tuple[str, ...]
    governs: tuple[str, dt.date] | None = None  # (country, from): the de facto government

    def code_on(self, day: dt.date | None) -> tuple[str, str | None, str | None]:
        """Code, country and sector on ``day``: a group that has taken power is the
        government of its country from that day ("the Taliban" in 2023: AFGGOV)."""
        if self.governs is not None and day is not None and day >= self.governs[1]:
            return self.governs[0] + "GOV", self.governs[0], "GOV"
        return self.code, self.country, self.sector


@dataclass(frozen=True)
class Role:
    """A role or sector noun; ``office`` roles resolve to a holder through people.yaml."""

    role: str
    sector: str | None
    aliases: tuple[str, ...]
    exact: tuple[str, ...]  # matched only as written: "national", never "National Bank"
    office: bool
    owned: bool  # only with a country or organisation before it
    qualifier: bool  # before another role only says whose it is: "government forces"
    local: bool  # people of the place named after it: "rebels in Syria" are SYRREB
    facility: bool  # a building standing for its owner: "rebel positions near Hama"
    seated: bool  # of the capital named after it: "the authorities in Damascus" are SYRGOV


@dataclass(frozen=True)
class RoleTable:
    roles: tuple[Role, ...]
    sectors: frozenset[str]
    modifiers: frozenset[str]
    former: frozenset[str]
    groups: tuple[tuple[str, str | None], ...]  # (phrase, sector)
    sides: frozenset[str]  # group phrases that name the actors as mentioned: "the two sides"
    buildings: frozenset[str]  # role words that are places after "in", "at" ...
    acts: frozenset[str]  # nouns whose agent a role word before them names: "drone strike"

    def role(self, name: str) -> Role | None:
        return next((r for r in self.roles if r.role == name), None)

    @functools.cached_property
    def seated_words(self) -> frozenset[str]:
        """The words of seated roles: "authorities" in "the authorities in Damascus"."""
        return frozenset(t.lower() for r in self.roles if r.seated for t in (r.role, *r.aliases))

    @functools.cached_property
    def local_words(self) -> frozenset[str]:
        """The words of local roles: "protesters" in "protesters in Tbilisi"."""
        return frozenset(t.lower() for r in self.roles if r.local for t in (r.role, *r.aliases))


def _code(entry: Entry, length: int | None = None) -> str:
    code = entry.text("code")
    if not code.isalnum() or not code.isupper() or (length and len(code) != length):
        size = f"{length} " if length else ""
        raise entry.fail(f"'code' must be {size}upper-case letters, got {code!r}")
    return code


@functools.cache
def role_table() -> RoleTable:
    sectors: dict[str, str] = {}
    modifiers: set[str] = set()
    former: set[str] = set()
    groups: list[tuple[str, str | None]] = []
    for path, value in section(ROLES, "sectors"):
        if value is not None and not isinstance(value, dict):
            raise DataFileError(str(path), "'sectors' must map a code to its description")
        sectors.update(value or {})
    known = frozenset(sectors)
    modifiers.update(_words("modifiers"))
    former.update(_words("former"))
    sides: set[str] = set()
    for entry in entries(ROLES, "groups"):
        groups.append((entry.text("text"), entry.sector("sector", known)))
        if entry.flag("as_mentioned"):
            sides.add(entry.text("text"))
    roles = tuple(
        Role(
            role=entry.text("role"),
            sector=entry.sector("sector", known),
            aliases=entry.texts("aliases"),
            exact=entry.texts("exact"),
            office=entry.flag("office"),
            owned=entry.flag("owned"),
            qualifier=entry.flag("qualifier"),
            local=entry.flag("local"),
            facility=entry.flag("facility"),
            seated=entry.flag("seated"),
        )
        for entry in entries(ROLES, "roles")
    )
    buildings = frozenset(_words("buildings"))
    acts = frozenset(_words("acts"))
    return RoleTable(
        roles,
        known,
        frozenset(modifiers),
        frozenset(former),
        tuple(groups),
        frozenset(sides),
        buildings,
        acts,
    )


def _words(key: str) -> list[str]:
    """A top-level list of words in roles.yaml (bundled and user files), lowercased."""
    found: list[str] = []
    for path, value in section(ROLES, key):
        if value is not None and not isinstance(value, list):
            raise DataFileError(str(path), f"'{key}' must be a list of words")
        found += [str(w).lower() for w in value or []]
    return found


def sectors() -> frozenset[str]:
    return role_table().sectors


@functools.cache
def countries() -> dict[str, Country]:
    """Every country by code; a user entry with a bundled code replaces the bundled one."""
    known = sectors()
    table: dict[str, Country] = {}
    for entry in entries(COUNTRIES, "countries"):
        metonyms = entry.data.get("metonyms") or {}
        if not isinstance(metonyms, dict):
            raise entry.fail("'metonyms' must map a text to a sector code")
        valid = entry.data.get("valid") or {}
        if not isinstance(valid, dict):
            raise entry.fail("'valid' must be a mapping with 'from' and 'to'")
        country = Country(
            code=_code(entry, 3),
            name=entry.text("name"),
            aliases=entry.texts("aliases"),
            abbreviations=entry.texts("abbreviations"),
            adjectives=entry.texts("adjectives"),
            capitals=entry.texts("capitals"),
            metonyms=tuple((str(t), str(entry.sector(t, known, s))) for t, s in metonyms.items()),
            valid_from=entry.date("from", valid.get("from") or None),
            valid_to=entry.date("to", valid.get("to") or None),
            territory=entry.flag("territory"),
        )
        table[country.code] = country
    _check_unambiguous(table)
    return table


def _check_unambiguous(table: dict[str, Country]) -> None:
    """Refuse a name that two countries share, unless they never existed at the same time."""
    owners: dict[str, Country] = {}
    for country in table.values():
        for text in {
            *country.aliases,
            *country.abbreviations,
            *country.adjectives,
            country.name,
            *country.capitals,
            *(t for t, _ in country.metonyms),
        }:
            other = owners.setdefault(text.lower(), country)
            if other is not country and _overlap(other, country):
                raise DataFileError(
                    COUNTRIES,
                    f"'{text}' names both {other.code} and {country.code}; "
                    "give it to one of them, or give them 'valid' periods that do not overlap",
                )


def _overlap(a: Country, b: Country) -> bool:
    start = max(a.valid_from or dt.date.min, b.valid_from or dt.date.min)
    end = min(a.valid_to or dt.date.max, b.valid_to or dt.date.max)
    return start < end


@functools.cache
def organisations() -> dict[str, Organisation]:
    known = sectors()
    table: dict[str, Organisation] = {}
    for entry in entries(ORGANISATIONS, "organisations"):
        kind = entry.data.get("kind", "organisation")
        if kind not in ("organisation", "group"):
            raise entry.fail(f"'kind' must be organisation or group, got {kind!r}")
        country = entry.optional_text("country")
        if country is not None and country not in countries():
            raise entry.fail(f"unknown country {country!r} (not in {COUNTRIES})")
        org = Organisation(
            code=_code(entry),
            name=entry.text("name"),
            kind=kind,
            country=country,
            sector=entry.sector("sector", known),
            aliases=entry.texts("aliases"),
            abbreviations=entry.texts("abbreviations"),
            governs=_governs(entry),
        )
        table[org.code] = org
    return table


def _governs(entry: Entry) -> tuple[str, dt.date] | None:
    """``governs: {country, from}``: the day a group became its country's government."""
    value = entry.data.get("governs")
    if value is None:
        return None
    if not isinstance(value, dict):
        raise entry.fail("'governs' must be a mapping with 'country' and 'from'")
    sub = Entry(entry.path, f"{entry.label} governs", value)
    country, start = sub.text("country"), sub.date("from")
    if country not in countries():
        raise sub.fail(f"unknown country {country!r} (not in {COUNTRIES})")
    if start is None:
        raise sub.fail("'from' is required")
    return country, start
