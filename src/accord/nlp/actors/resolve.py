"""Turn a chain of pieces into an ``ActorMention``: its CAMEO code, country, sector and person.

People are resolved on the article date: a named person in office is coded by that office
(RUSGOV); out of office by the role the text gives them, or else their country alone. A
country with an office and no name ("the Russian foreign minister") takes the office holder
of that date as its person. The rule cites the piece that decided the code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc

from accord.models import ActorKind, ActorMention
from accord.nlp.actors._doc import Piece
from accord.nlp.actors.compose import Chain
from accord.nlp.actors.people import Person, PersonRole, office_holder, people
from accord.nlp.actors.surfaces import Surface
from accord.nlp.actors.tables import countries, organisations, role_table

#: How long before a first office a surname alone may already mean the person.
PUBLIC_LIFE_BEFORE_OFFICE = dt.timedelta(days=8 * 365)
#: Words that count people: "thousands of Malians", "scores of Afghans".
COUNTS = frozenset({"hundreds", "thousands", "tens", "dozens", "scores", "millions"})
#: The sector of people of a nation counted by number ("two Britons"): civilians.
PEOPLE = "CVL"


@dataclass(frozen=True)
class Coding:
    code: str
    country: str | None
    sector: str | None
    person: str | None
    kind: ActorKind


def mention(doc: Doc, chain: Chain, day: dt.date | None) -> ActorMention | None:
    """The actor a chain names, or None when it names no country, sector or organisation."""
    head = _head_surface(chain.head, day) if chain.head else None
    if head is not None and head.kind == "city" and not chain.roles:
        return None  # a city names a country only for the role it belongs to
    if chain.person is not None:
        coding = _code_person(chain, chain.person, head, day)
    elif chain.roles:
        coding = _code_roles(doc, chain, head, day)
    elif head is not None and _counted_people(doc, chain, head):
        sector = PEOPLE
        coding = Coding(head.key + sector, head.key, sector, None, "role")
    else:
        coding = _code_head(head, day)
    if coding is None or not coding.code:
        return None
    span = doc[chain.start : chain.end]
    return ActorMention(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        code=coding.code,
        country=coding.country,
        sector=coding.sector,
        person=coding.person,
        kind=coding.kind,
        rule=_rule(chain, head),
    )


def _code_person(
    chain: Chain, piece: Piece, head: Surface | None, day: dt.date | None
) -> Coding | None:
    """A named person: by the office held on ``day``, else as the text and the table say."""
    country = _head_country(head)
    person = _person(piece, day, country)
    if person is None:
        return None
    held = None if chain.former else person.role_on(day)
    if held is not None:
        return Coding(held.code, held.country, held.sector, person.name, "person")
    if head is not None and head.kind == "organisation":
        return Coding(head.key, country, None, person.name, "person")
    held = None if chain.former else _role_held(chain, person)
    if held is not None:  # "its leader Ismail Haniyeh" on the day he was killed
        return Coding(held.code, held.country, held.sector, person.name, "person")
    country = country or person.country
    sector = _sector(chain, head, day)
    return Coding((country or "") + (sector or ""), country, sector, person.name, "person")


def _role_held(chain: Chain, person: Person) -> PersonRole | None:
    """The last term of the office the text gives a person who no longer holds it."""
    titles = {p.surfaces[0].key for p in chain.roles}
    return next((r for r in reversed(person.roles) if r.role in titles), None)


def _code_roles(doc: Doc, chain: Chain, head: Surface | None, day: dt.date | None) -> Coding | None:
    """Roles with or without a head; an office with a country takes the holder on ``day``."""
    name = chain.unknown_person
    if head is None and chain.leader is None and (name or _bare_office(doc, chain)):
        return None  # "President James F. Will", "senior vice president": likely a firm's
    if head is None and _unplaced_facility(chain):
        return None  # "industry positions"
    sector = _sector(chain, head, day)
    kind: ActorKind = "person" if name else "role" if sector else "country"
    holder = _holder(chain, head, day)
    if holder is not None and name is None:
        name = holder.person
    if head is not None and head.kind == "organisation":
        org = organisations()[head.key]
        code, country, _ = org.code_on(day)
        return Coding(code, country, sector, name, org.kind if kind == "country" else kind)
    country = _head_country(head) or _leader_country(chain, day)
    return Coding((country or "") + (sector or ""), country, sector, name, kind)


def _leader_country(chain: Chain, day: dt.date | None) -> str | None:
    """The country of the person whose government it is ("the Obama administration")."""
    leader = _person(chain.leader, day, None) if chain.leader else None
    if leader is None:
        return None
    held = leader.role_on(day)
    return held.country if held and held.country else leader.country


def _code_head(head: Surface | None, day: dt.date | None) -> Coding | None:
    """A country, capital, metonym or organisation on its own."""
    if head is None:
        return None
    if head.kind == "organisation":
        org = organisations()[head.key]
        code, country, sector = org.code_on(day)
        return Coding(code, country, sector, None, org.kind if code == org.code else "role")
    if head.kind == "metonym":
        return Coding(head.key + (head.sector or ""), head.key, head.sector, None, "role")
    return Coding(head.key, head.key, None, None, "country")


def _counted_people(doc: Doc, chain: Chain, head: Surface) -> bool:
    """People of a nation counted by number: "thousands of Malians", "two Britons", "a
    Canadian" (but "the Americans" may be the government)."""
    if head.kind != "country" or head.form != "adjective" or chain.head is None:
        return False
    token = doc[chain.head.end - 1]
    if token.dep_ in ("amod", "compound", "poss") or not token.tag_.startswith("NN"):
        return False
    if any(c.dep_ == "nummod" or c.lower_ in ("a", "an") for c in token.lefts):
        return True
    of = token.head if token.dep_ == "pobj" else None
    return of is not None and of.lower_ == "of" and of.head.lower_ in COUNTS


def _unplaced_facility(chain: Chain) -> bool:
    """A facility of no sector whose owner is no country and no local role: "rebel
    positions" are the rebels', "industry positions" no actor's."""
    roles = [role_table().role(p.surfaces[0].key) for p in chain.roles]
    last = roles[-1]
    if last is None or not last.facility or last.sector is not None:
        return False
    return not any(r is not None and r.local for r in roles)


def _bare_office(doc: Doc, chain: Chain) -> bool:
    """A role that needs an owner ("leader", "spokesman") and has none before it, or an office
    on its own in lowercase ("the president") or as a bare name ("Pope said", "Premier said")."""
    last = chain.roles[-1]
    role = role_table().role(last.surfaces[0].key)
    if role is None or chain.owned or len(chain.roles) > 1:
        return False
    named = doc[chain.start].lower_ not in ("the", "a", "an")
    return role.owned or (role.office and (not doc[last.start].text[:1].isupper() or named))


def _head_surface(piece: Piece, day: dt.date | None) -> Surface:
    """Of the entries a head may name (Moscow: RUS or USR), the one that existed on ``day``."""
    for surface in piece.surfaces:
        if surface.kind == "organisation" or countries()[surface.key].valid_on(day):
            return surface
    return piece.surfaces[0]


def _head_country(head: Surface | None) -> str | None:
    if head is None:
        return None
    if head.kind == "organisation":
        return organisations()[head.key].country
    return head.key


def _sector(chain: Chain, head: Surface | None, day: dt.date | None) -> str | None:
    """The metonym's sector ("Pentagon officials": MIL), else the first role's that has one,
    passing over a qualifier before another role ("government forces": MIL)."""
    if chain.former and chain.roles:
        return None
    if head is not None and head.kind == "metonym":
        return head.sector
    if head is not None and head.kind == "organisation":
        return organisations()[head.key].code_on(day)[2]
    deciding = _deciding_roles(chain)
    return deciding[0].surfaces[0].sector if deciding else None


def _deciding_roles(chain: Chain) -> list[Piece]:
    """The roles that may give the sector, first the one that does."""
    deciding = [p for p in chain.roles if p.surfaces[0].sector]
    while len(deciding) > 1 and _qualifier(deciding[0]):
        deciding.pop(0)
    return deciding


def _qualifier(piece: Piece) -> bool:
    role = role_table().role(piece.surfaces[0].key)
    return role is not None and role.qualifier


def _person(piece: Piece, day: dt.date | None, country: str | None) -> Person | None:
    """The one person a name means on ``day``: the one in office, or the one of the country."""
    names = {s.key for s in piece.surfaces}
    candidates = [p for p in people() if p.name in names]
    if all(s.form == "alias" for s in piece.surfaces) and day is not None:
        # a surname alone names a table's person only from a few years before their first office
        soon = day + PUBLIC_LIFE_BEFORE_OFFICE
        candidates = [p for p in candidates if any(r.start <= soon for r in p.roles)]
    if len(candidates) > 1 and country:  # "Jordan's King Abdullah"
        candidates = [p for p in candidates if p.country == country] or candidates
    if len(candidates) > 1:
        candidates = [p for p in candidates if p.role_on(day)]
    return candidates[0] if len(candidates) == 1 else None


def _holder(chain: Chain, head: Surface | None, day: dt.date | None) -> PersonRole | None:
    if chain.former or head is None or not chain.roles:
        return None
    role = role_table().role(chain.roles[-1].surfaces[0].key)
    if role is None or not role.office:
        return None
    owner = head.key if head.kind == "organisation" else _head_country(head)
    return office_holder(owner, role.role, day) if owner else None


def _rule(chain: Chain, head: Surface | None) -> str:
    """The piece that decided the code: the person, the role that gave the sector, the head."""
    if chain.person is not None:
        return chain.person.surfaces[0].rule
    if head is not None and head.kind in ("metonym", "organisation"):
        return head.rule
    deciding = _deciding_roles(chain)
    if deciding and not chain.former:
        return deciding[0].surfaces[0].rule
    return head.rule if head is not None else chain.roles[-1].surfaces[0].rule
