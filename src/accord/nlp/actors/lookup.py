"""The actor tables as a small API for other components and for users' scripts.

>>> import datetime as dt
>>> person_role("Lavrov", dt.date(2023, 6, 12)).code
'RUSGOV'
>>> country_by_code("USR").name
'Soviet Union'
"""

from __future__ import annotations

import datetime as dt

from accord.nlp.actors.people import Person, PersonRole, office_holder, person_named
from accord.nlp.actors.tables import Country, Organisation, countries, organisations

__all__ = [
    "Country",
    "Organisation",
    "Person",
    "PersonRole",
    "country_by_code",
    "country_named",
    "office_holder",
    "organisation_by_code",
    "person",
    "person_role",
]


def country_by_code(code: str) -> Country | None:
    """The country or historical state with this CAMEO/ISO alpha-3 code."""
    return countries().get(code.upper())


def country_named(text: str, day: dt.date | None = None) -> Country | None:
    """The country a name, alias, abbreviation, adjective or capital stands for on ``day``."""
    wanted = text.strip().lower()
    found = [
        c
        for c in countries().values()
        if wanted
        in {t.lower() for t in (c.name, *c.aliases, *c.abbreviations, *c.adjectives, *c.capitals)}
    ]
    if len(found) > 1:
        found = [c for c in found if c.valid_on(day)] or found
    return found[0] if found else None


def organisation_by_code(code: str) -> Organisation | None:
    return organisations().get(code.upper())


def person(name: str, day: dt.date | None = None) -> Person | None:
    """The person a full name or alias means on ``day`` (an ambiguous surname needs a day)."""
    return person_named(name, day)


def person_role(name: str, day: dt.date) -> PersonRole | None:
    """The office ``name`` held on ``day``, or None when out of office or unknown."""
    found = person_named(name, day)
    return found.role_on(day) if found else None
