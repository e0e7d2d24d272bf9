"""Every word or phrase the knowledge files give for an actor, as one index of surface forms.

A surface form knows what it names (a country, a capital, an organisation, a role, a person
or a group phrase) and how its case must match: all-capital words exactly ("US", never "us"),
capitalised words capitalised ("Turkey", never "turkey"), lowercase words in any case.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

from accord.nlp.actors.people import fold, people
from accord.nlp.actors.tables import countries, organisations, role_table

SurfaceKind = Literal[
    "country", "capital", "metonym", "organisation", "role", "person", "group", "city"
]


@dataclass(frozen=True)
class Surface:
    """One way of writing one actor; ``rule`` is what an ``ActorMention`` cites for it."""

    text: str
    kind: SurfaceKind
    key: str  # country or organisation code, role name, person name or group phrase
    form: str  # name | alias | abbreviation | adjective | capital | metonym | role | person | group
    # | city
    sector: str | None = None
    exact: bool = False  # abbreviations: the text must match exactly

    @property
    def rule(self) -> str:
        if self.kind in ("country", "capital", "metonym"):
            return f"countries.yaml#{self.key}/{self.form}"
        if self.kind == "organisation":
            return f"organisations.yaml#{self.key}/{self.form}"
        if self.kind == "role":
            return f"roles.yaml#{self.key}"
        if self.kind == "person":
            return f"people.yaml#{self.key}"
        if self.kind == "city":
            return f"gazetteer#{self.key}/city"
        return "coref#group"

    def case_fits(self, words: list[str], pattern: list[str]) -> bool:
        """Whether the text's words have the case this surface demands of them."""
        for word, expected in zip(words, pattern, strict=True):
            if self.exact or (expected.isupper() and len(expected) > 1):
                if word != expected:
                    return False
            elif expected[:1].isupper() and not word[:1].isupper():
                return False
        return True


def _country_surfaces() -> list[Surface]:
    found: list[Surface] = []
    for c in countries().values():
        found.append(Surface(c.name, "country", c.code, "name"))
        found += [Surface(t, "country", c.code, "alias") for t in c.aliases]
        found += [
            Surface(t, "country", c.code, "abbreviation", exact=True) for t in c.abbreviations
        ]
        found += [Surface(t, "country", c.code, "adjective") for t in c.adjectives]
        found += [Surface(t, "capital", c.code, "capital") for t in c.capitals]
        found += [Surface(t, "metonym", c.code, "metonym", sector=s) for t, s in c.metonyms]
    return found


def _organisation_surfaces() -> list[Surface]:
    found: list[Surface] = []
    for org in organisations().values():
        found.append(Surface(org.name, "organisation", org.code, "name", org.sector))
        found += [Surface(t, "organisation", org.code, "alias", org.sector) for t in org.aliases]
        found += [
            Surface(t, "organisation", org.code, "abbreviation", org.sector, exact=True)
            for t in org.abbreviations
        ]
    return found


def _role_surfaces() -> list[Surface]:
    table = role_table()
    found: list[Surface] = []
    for role in table.roles:
        for text in (role.role, *role.aliases):
            found.append(Surface(text, "role", role.role, "role", role.sector))
        found += [
            Surface(t, "role", role.role, "role", role.sector, exact=True) for t in role.exact
        ]
    found += [Surface(text, "group", text, "group", sector) for text, sector in table.groups]
    return found


def _person_surfaces() -> list[Surface]:
    found: list[Surface] = []
    for person in people():
        for text in (person.name, *person.aliases):
            form = "name" if text == person.name else "alias"
            found.append(Surface(text, "person", person.name, form))
            if fold(text) != text:
                found.append(Surface(fold(text), "person", person.name, form))
    return found


@functools.cache
def all_surfaces() -> tuple[Surface, ...]:
    """Every surface form of every knowledge file, read once."""
    return tuple(
        dict.fromkeys(
            _country_surfaces() + _organisation_surfaces() + _role_surfaces() + _person_surfaces()
        )
    )
