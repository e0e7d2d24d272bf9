"""Cities that tell whose a role is: "a Minneapolis police station" (USACOP), "residents of
Mariupol" (UKRCVL). A city names a country here only when the gazetteer leaves no doubt:
one country among its best name matches, or one city far larger than any namesake abroad.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from accord.nlp.actors._doc import Piece
from accord.nlp.actors.surfaces import Surface
from accord.nlp.actors.tables import role_table
from accord.nlp.places.gazetteer import load_gazetteer

#: How many times larger than any namesake in another country a city must be ("London").
DOMINANT = 10
#: Prepositions after which a city says where a local role's people live ("residents of").
LOCAL_PREPOSITIONS = frozenset({"of", "in", "from", "across", "throughout", "near", "around"})


def city_country(name: str) -> str | None:
    """The country of the city ``name``, or None when it may be in several or is no city."""
    matches = load_gazetteer().lookup(name)
    if not matches or any(m.entry.feature != "city" for m in matches):
        return None
    best = max(m.strength for m in matches)
    cities = sorted((m.entry for m in matches if m.strength == best), key=lambda e: -e.population)
    countries = {e.country for e in cities}
    if len(countries) == 1:
        return cities[0].country
    rival = next(e for e in cities if e.country != cities[0].country)
    return cities[0].country if cities[0].population >= DOMINANT * rival.population else None


def city_pieces(doc: Doc, pieces: list[Piece]) -> dict[Piece, Piece]:
    """Cities that modify a role ("a Minneapolis police station") or say where the people of a
    local role are ("residents of Mariupol"), as pieces naming their country, by role."""
    covered = {i for p in pieces for i in range(p.start, p.end)}
    found: dict[Piece, Piece] = {}
    for before, piece in zip([None, *pieces], pieces, strict=False):
        if piece.kind != "role":
            continue
        last = doc[piece.end - 1]
        places = [(c, False) for c in last.lefts if c.dep_ == "compound" and c.i < piece.start]
        if local_role(piece, before):
            places += [
                (obj, True)
                for prep in last.rights
                if prep.dep_ == "prep" and prep.lower_ in LOCAL_PREPOSITIONS
                for obj in prep.children
                if obj.dep_ == "pobj"
            ]
        for token, after_preposition in places:
            city = _city_piece(doc, token, covered, unlabelled=after_preposition)
            if city is not None:
                found[city] = piece
    return found


def local_role(piece: Piece, before: Piece | None) -> bool:
    """A role whose people live where the text says ("rebels in"), or the facility of one
    just before it ("rebel positions near")."""
    role = role_table().role(piece.surfaces[0].key)
    if role is None or not (role.local or role.facility):
        return False
    if role.local:
        return True
    return before is not None and before.end == piece.start and local_role(before, None)


def _city_piece(doc: Doc, token: Token, covered: set[int], *, unlabelled: bool) -> Piece | None:
    name = _name(doc, token, unlabelled)
    if name is None or any(t.i in covered for t in name):
        return None
    country = city_country(name.text)
    if country is None:
        return None
    return Piece(name.start, name.end, (Surface(name.text, "city", country, "city"),))


def _name(doc: Doc, token: Token, unlabelled: bool) -> Span | None:
    """The place name ``token`` is part of: the model's GPE entity, or after a preposition a
    proper noun the model left unlabelled ("residents of Kharkiv"; but not "Mine officials")."""
    entity = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    if entity is not None:
        return entity if entity.label_ == "GPE" else None
    if not unlabelled or token.pos_ != "PROPN" or not token.text[:1].isupper():
        return None
    start = min(
        [token.i] + [c.i for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    )
    return doc[start : token.i + 1]
