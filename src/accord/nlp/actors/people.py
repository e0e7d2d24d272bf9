"""People and the offices they held, with dates: who "Lavrov" or "the Russian foreign minister"
was on the day an article was written.

A person's roles are dated intervals (``to`` is exclusive; null while in office). Resolution
always takes a date, so a 1987 "Bush" is the vice-president and a 2003 "Bush" the president.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from dataclasses import dataclass

from accord.nlp.actors._fields import Entry, entries
from accord.nlp.actors.tables import countries, organisations, role_table

PEOPLE = "people.yaml"


@dataclass(frozen=True)
class PersonRole:
    """One office held by one person between two dates (``end`` exclusive, None: still held)."""

    person: str
    role: str
    code: str  # the CAMEO actor code while in this office (RUSGOV, IGOUNO)
    country: str | None
    start: dt.date
    end: dt.date | None

    @property
    def sector(self) -> str | None:
        """GOV in RUSGOV; an organisation's own sector (Hamas: REB); else None (IGOUNO)."""
        if self.code in organisations():
            return organisations()[self.code].sector
        suffix = self.code[3:6] if self.country and self.code.startswith(self.country) else ""
        return suffix if suffix in role_table().sectors else None

    def holds_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    country: str | None  # where the person belongs when out of office
    roles: tuple[PersonRole, ...]

    def role_on(self, day: dt.date | None) -> PersonRole | None:
        if day is None:
            return None
        return next((r for r in self.roles if r.holds_on(day)), None)


def fold(text: str) -> str:
    """Text without accents, so "Erdoğan" in the table also matches "Erdogan" in the article."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _role(entry: Entry, person: str, index: int, data: object) -> PersonRole:
    sub = Entry(entry.path, f"{entry.label} roles[{index}]", data)
    role = sub.text("role")
    if role_table().role(role) is None:
        raise sub.fail(f"role {role!r} is not in roles.yaml")
    code = sub.text("code")
    country = sub.optional_text("country")
    if country is not None and country not in countries():
        raise sub.fail(f"unknown country {country!r}")
    if code not in organisations():
        if country is None or not code.startswith(country):
            raise sub.fail(f"code {code!r} must be an organisation code or start with the country")
        sub.sector("code", role_table().sectors, code[3:6] or None)
    start, end = sub.date("from"), sub.date("to")
    if start is None:
        raise sub.fail("'from' is required")
    if end is not None and end <= start:
        raise sub.fail(f"'to' ({end}) must be after 'from' ({start})")
    return PersonRole(person, role, code, country, start, end)


@functools.cache
def people() -> tuple[Person, ...]:
    table: list[Person] = []
    for entry in entries(PEOPLE, "people"):
        name = entry.text("name")
        raw_roles = entry.data.get("roles") or []
        if not isinstance(raw_roles, list):
            raise entry.fail("'roles' must be a list")
        roles = tuple(_role(entry, name, i, r) for i, r in enumerate(raw_roles))
        country = entry.optional_text("country") or next((r.country for r in roles), None)
        table.append(Person(name, entry.texts("aliases"), country, roles))
    return tuple(table)


@functools.cache
def _by_name() -> dict[str, tuple[Person, ...]]:
    index: dict[str, list[Person]] = {}
    for person in people():
        for text in {person.name, *person.aliases}:
            for form in {text.lower(), fold(text).lower()}:
                index.setdefault(form, []).append(person)
    return {key: tuple(dict.fromkeys(found)) for key, found in index.items()}


def people_named(text: str) -> tuple[Person, ...]:
    """Everyone whose name or alias is ``text`` (any case, accents optional)."""
    return _by_name().get(fold(text).lower(), ())


def person_named(text: str, day: dt.date | None) -> Person | None:
    """The one person ``text`` names on ``day``: the only candidate, or the one then in office."""
    found = people_named(text)
    if len(found) == 1:
        return found[0]
    in_office = [p for p in found if p.role_on(day)]
    return in_office[0] if len(in_office) == 1 else None


def office_holder(code: str, role: str, day: dt.date | None) -> PersonRole | None:
    """Who held ``role`` for the country or organisation ``code`` on ``day``."""
    if day is None:
        return None
    for person in people():
        for held in person.roles:
            owner = held.country or held.code
            if held.role == role and owner == code and held.holds_on(day):
                return held
    return None
