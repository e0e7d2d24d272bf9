"""Join adjacent pieces into one actor: "Russian" + "Foreign Minister" + "Sergei Lavrov".

A chain is at most one head (a country, capital, metonym or organisation), any roles, and at
most one person, last. Pieces join when nothing but a possessive, a modifier ("deputy") or,
between a role and its country or owner, "of" or "for" stands between them ("the army of
Pakistan", "a spokesman for the ministry"). A person followed by "administration" or
"government" leads it ("the Obama administration"). Modifiers and "the" before a chain with
a role belong to it ("the former Pakistani prime minister").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from accord.nlp.actors._doc import Piece, word_after, word_before
from accord.nlp.actors.cities import LOCAL_PREPOSITIONS, local_role
from accord.nlp.actors.tables import role_table

HEADS = frozenset({"country", "capital", "metonym", "organisation", "city"})
#: Heads that name one body, which a role may stand beside: "the group, Hamas".
NAMED = frozenset({"metonym", "organisation"})
#: Heads that name where people live: "rebels in Syria", "residents of Mariupol".
NATIONS = frozenset({"country", "city"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass
class Chain:
    """The pieces of one actor mention and the tokens it spans."""

    start: int
    end: int
    head: Piece | None = None
    roles: list[Piece] = field(default_factory=list)
    person: Piece | None = None
    unknown_person: str | None = None  # a name after a title that no table knows
    former: bool = False
    owned: bool = False  # "officials of the firm": the first role is the owner
    leader: Piece | None = None  # "the Obama administration": the person whose role it is


def chains(doc: Doc, pieces: list[Piece]) -> list[Chain]:
    """Group pieces left to right; each piece ends up in exactly one chain."""
    found: list[Chain] = []
    for piece in pieces:
        if piece.kind == "group":
            continue
        last = found[-1] if found else None
        if last is not None and _abbreviation_of_head(doc, last, piece):
            last.end = word_after(doc, piece.end) + 1
        elif last is not None and _owner_role(doc, last, piece):
            last.roles.insert(0, piece)
            last.end, last.owned = piece.end, True
        elif last is not None and _persons_role(doc, last, piece):
            last.leader, last.person = last.person, None
            last.roles.append(piece)
            last.end = piece.end
        elif last is not None and (_joins(doc, last, piece) or _appositive(doc, last, piece)):
            _extend(last, piece)
        else:
            found.append(_extend(Chain(piece.start, piece.end), piece))
    for chain in found:
        _take_unknown_person(doc, chain)
        _take_modifiers(doc, chain)
    return _share_roles(doc, _place_local_roles(doc, found))


def _place_local_roles(doc: Doc, found: list[Chain]) -> list[Chain]:
    """ "rebels in Syria", "residents across Ukraine": people of a local role belong to the
    country named after them ("residents of" already joins as "the army of"), a government
    to its capital ("the authorities in Damascus")."""
    kept: list[Chain] = []
    for chain in found:
        last = kept[-1] if kept else None
        if last is not None and _lives_in(doc, last, chain):
            last.head, last.end = chain.head, chain.end
        else:
            kept.append(chain)
    return kept


def _lives_in(doc: Doc, chain: Chain, place: Chain) -> bool:
    if chain.head or chain.person or chain.unknown_person or not chain.roles:
        return False
    if place.roles or place.person or place.head is None:
        return False
    if place.head.kind == "capital":  # "the authorities in Damascus", "protesters in Tbilisi"
        role = role_table().role(chain.roles[-1].surfaces[0].key)
        gap = [t.lower_ for t in doc[chain.end : place.start] if not t.is_space]
        if role is None or len(gap) != 1:
            return False
        return (role.seated and gap == ["in"]) or (role.local and gap[0] in LOCAL_PREPOSITIONS)
    if place.head.kind not in NATIONS:
        return False
    before = chain.roles[-2] if len(chain.roles) > 1 else None
    if not local_role(chain.roles[-1], before):
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in LOCAL_PREPOSITIONS
        and obj.dep_ == "pobj"
        and place.head.start <= obj.i < place.head.end
        for prep in doc[chain.roles[-1].end - 1].rights
        for obj in prep.children
    )


def _share_roles(doc: Doc, found: list[Chain]) -> list[Chain]:
    """ "the presidents of Bosnia, Serbia and Croatia", "rebels in Syria and Libya", "Indian
    and Russian warships": each country joined to the one with the roles gets them too; all
    are coded on the whole phrase."""
    shared: list[Chain] = []
    for chain in found:
        last = shared[-1] if shared else None
        if last is not None and _coordinated_owner(doc, last, chain):
            copy = Chain(last.start, chain.end, chain.head, last.roles, former=last.former)
            for earlier in reversed(shared):
                if earlier.start != last.start:
                    break
                earlier.end = chain.end
            shared.append(copy)
            continue
        if chain.head is not None and chain.roles and chain.head.end <= chain.roles[0].start:
            group = [chain]
            while len(group) <= len(shared) and _coordinated(doc, shared[-len(group)], group[0]):
                group.insert(0, shared[-len(group)])
            for earlier in group[:-1]:
                earlier.roles, earlier.former = chain.roles, chain.former
            for member in group:
                member.start, member.end = group[0].start, chain.end
        shared.append(chain)
    return shared


def _coordinated_owner(doc: Doc, chain: Chain, other: Chain) -> bool:
    """Whether ``other`` is a bare country joined by "and" or a comma to the country that owns
    the plural or local roles before it."""
    head = chain.head
    if head is None or not chain.roles or chain.person or chain.unknown_person:
        return False
    if head.start < chain.roles[-1].end or other.roles or other.person:
        return False
    if other.head is None or other.head.kind not in NATIONS or head.kind not in NATIONS:
        return False
    role = role_table().role(chain.roles[-1].surfaces[0].key)
    plural = doc[chain.roles[-1].end - 1].tag_ in ("NNS", "NNPS")
    if role is None or not (plural or role.local):
        return False
    return _joined(doc, chain.start, chain.end, other.head)


def _coordinated(doc: Doc, bare: Chain, chain: Chain) -> bool:
    """Whether ``bare`` is a country or organisation alone joined by "and" or a comma to the
    one that leads ``chain``: "Indian" in "Indian and Russian warships", "Israeli" in
    "Israeli and Hamas leaders"."""
    if bare.roles or bare.person or bare.unknown_person or bare.head is None:
        return False
    if chain.head is None or chain.head.kind == "capital" or bare.head.kind == "capital":
        return False
    return _joined(doc, bare.head.start, bare.head.end, chain.head)


def _joined(doc: Doc, start: int, end: int, head: Piece) -> bool:
    """Whether ``head`` is coordinated with a word in ``start:end`` just before it."""
    gap = [t.lower_ for t in doc[end : head.start] if not t.is_space]
    joined = any(t.dep_ == "conj" and start <= t.head.i < end for t in doc[head.start : head.end])
    return joined and gap in ([","], ["and"], [",", "and"])


def _extend(chain: Chain, piece: Piece) -> Chain:
    if piece.kind in HEADS:
        chain.head = piece
    elif piece.kind == "role":
        chain.roles.append(piece)
    else:
        chain.person = piece
    chain.end = piece.end
    return chain


def _joins(doc: Doc, chain: Chain, piece: Piece) -> bool:
    gap = [t.lower_ for t in doc[chain.end : piece.start] if not t.is_space]
    words = role_table().modifiers | role_table().former
    if chain.person is not None or chain.unknown_person is not None:
        return False
    if piece.kind == "person":
        return (chain.head is not None and chain.head.kind != "capital" and _plain(gap, words)) or (
            bool(chain.roles) and not gap
        )
    if piece.kind == "role":
        if chain.head is None and not chain.roles:
            return False
        return _plain(gap, words) and (not chain.roles or not any(g in POSSESSIVE for g in gap))
    if piece.kind in HEADS:
        of = gap in (["of"], ["of", "the"])
        return chain.head is None and bool(chain.roles) and of and piece.kind != "capital"
    return False


def _appositive(doc: Doc, chain: Chain, piece: Piece) -> bool:
    """ "the city's mayor, Ekrem Imamoglu", "a local Islamist group, National Thowheed
    Jamath": a known person or group set beside a role is who or what it is."""
    if not chain.roles or chain.person is not None:
        return False
    if piece.kind != "person" and (piece.kind not in NAMED or chain.head is not None):
        return False
    gap = [t.lower_ for t in doc[chain.end : piece.start] if not t.is_space]
    role = doc[chain.roles[-1].end - 1]
    named = any(t.dep_ == "appos" and t.head.i == role.i for t in doc[piece.start : piece.end])
    return gap in ([","], [",", "the"]) and named


def _abbreviation_of_head(doc: Doc, chain: Chain, piece: Piece) -> bool:
    """ "European Community (EC) officials": the abbreviation in brackets is the head again."""
    head = chain.head
    if head is None or chain.end != head.end or piece.surfaces[0].key != head.surfaces[0].key:
        return False
    gap = [t.text for t in doc[chain.end : piece.start] if not t.is_space]
    close = word_after(doc, piece.end)
    return gap == ["("] and close < len(doc) and doc[close].text == ")"


def _owner_role(doc: Doc, chain: Chain, piece: Piece) -> bool:
    """ "officials of the firm", "a spokesman for the ministry": the owner gives the sector."""
    gap = [t for t in doc[chain.end : piece.start] if not t.is_space]
    plain_chain = chain.head is None and chain.person is None and bool(chain.roles)
    of = len(gap) in (1, 2) and gap[0].lower_ in ("of", "for")
    of = of and all(t.pos_ == "DET" for t in gap[1:])
    return plain_chain and piece.kind == "role" and of


def _persons_role(doc: Doc, chain: Chain, piece: Piece) -> bool:
    """ "the Obama administration", "Putin's government": a government led by a person."""
    if chain.person is None or chain.roles or piece.kind != "role":
        return False
    gap = [t.lower_ for t in doc[chain.end : piece.start] if not t.is_space]
    return piece.surfaces[0].key == "government" and all(g in POSSESSIVE for g in gap)


def _plain(gap: list[str], words: frozenset[str]) -> bool:
    """A gap of nothing, a possessive, modifiers or hyphens: "Pakistan's army", "U.S. Deputy"."""
    return all(g in POSSESSIVE or g in words or g == "-" for g in gap)


def _take_unknown_person(doc: Doc, chain: Chain) -> None:
    """After a title ("Foreign Minister"), a following personal name is the role's holder."""
    if chain.person is not None or not chain.roles:
        return
    title = chain.roles[-1]
    role = role_table().role(title.surfaces[0].key)
    capitalised = doc[title.start].text[:1].isupper()
    if role is None or not (role.office or capitalised):
        return
    start = end = word_after(doc, chain.end)
    words = 0
    while end < len(doc) and words < 4 and _name_word(doc[end]):
        end, words = end + 1, words + 1
        if word_after(doc, end) < len(doc) and _name_word(doc[word_after(doc, end)]):
            end = word_after(doc, end)  # a name may run over a line break
    name = doc[start:end]
    if len(name) and any(t.ent_type_ == "PERSON" for t in name):
        chain.unknown_person = " ".join(name.text.split())
        chain.end = end


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ != "GPE"


def _modifier(doc: Doc, i: int, words: frozenset[str]) -> bool:
    """A modifier word, or the hyphen of "ex-" and "then-"."""
    if doc[i].text == "-":
        return i > 0 and doc[i - 1].lower_ in words
    return doc[i].lower_ in words


def _take_modifiers(doc: Doc, chain: Chain) -> None:
    """Modifiers before a role ("former", "deputy") and "the" before a role, metonym or group."""
    table = role_table()
    words = table.modifiers | table.former
    start = chain.start
    before = word_before(doc, start)
    while chain.roles and before >= 0 and _modifier(doc, before, words):
        start, before = before, word_before(doc, before)
    chain.former = any(t.lower_ in table.former for t in doc[start : chain.end])
    named_thing = chain.head is not None and chain.head.kind in ("metonym", "organisation")
    if before >= 0 and doc[before].lower_ == "the" and (chain.roles or named_thing):
        start = before
    chain.start = start
