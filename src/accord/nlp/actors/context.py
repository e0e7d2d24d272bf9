"""Whether a matched piece is an actor here, or part of something else.

A country inside a longer organisation or person name ("Pakistan Steel Mills", "Jordan
Peterson") is not one; nor a capital used as a place ("talks in Moscow"), a role word that
belongs to something no table knows ("Phelps Dodge Corp officials", "company profits"), a
role word used as an adjective ("military aid"), or a surname beside someone else's first
name ("Magic Johnson").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from accord.nlp.actors._doc import Piece, word_after, word_before
from accord.nlp.actors.cities import LOCAL_PREPOSITIONS
from accord.nlp.actors.tables import role_table

#: Entity labels whose names are not actors even when they contain one ("Bank of England").
NAME_LABELS = frozenset(
    {"ORG", "FAC", "PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LOC", "GPE", "NORP"}
)
#: Words before a capital or metonym that make it a place ("in Moscow", "at the White House").
LOCATIVE = frozenset(
    {"in", "at", "near", "outside", "inside", "to", "into", "from", "via", "across", "around"}
    | {"throughout", "toward", "towards", "within", "based", "reached", "left", "flew"}
    | {"visit", "visited", "visiting", "visits", "arrived", "arrive", "returned", "return"}
)
#: Words before "for" or "of" and a capital that make it a place ("leaves for", "west of").
TOWARDS = frozenset(
    {"leave", "leaves", "left", "leaving", "depart", "departs", "departed", "bound", "headed"}
    | {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"outskirts", "suburbs", "centre", "center", "heart", "streets", "mayor", "residents"}
    | {"out"}  # "flew out of Hanoi"
)
#: Words after which "from" names who spoke ("condemnation from Washington") and "to" whom
#: it was said ("protested to Beijing"), not a place.
VOICED = {
    "from": frozenset(
        {"condemnation", "criticism", "criticisms", "rebuke", "rebukes", "warning", "warnings"}
        | {"pressure", "objection", "objections", "demand", "demands", "request", "response"}
    ),
    "to": frozenset(
        {"protested", "protest", "protests", "complained", "complaint", "appealed", "appeal"}
        | {"apologised", "apologized", "apology", "objected", "petitioned"}
    ),
}
#: Words inside a name that do not make it a different name ("Bank of England").
CONNECTORS = frozenset({"the", "of", "and", "for", "&"})
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madame"})


def stands_alone(doc: Doc, piece: Piece, covered: set[int]) -> bool:
    """Whether the piece is an actor here; ``covered`` holds the tokens of all pieces."""
    if piece.kind == "group":
        return True
    if _inside_longer_name(doc, piece, covered):
        return False
    if piece.kind == "person":
        return not (piece.end - piece.start == 1 and _next_to_other_name(doc, piece, covered))
    if piece.kind == "role":
        return not _role_of_something_else(doc, piece, covered)
    if piece.kind == "capital" and _modifies_a_thing(doc, piece, covered):
        return False
    if piece.kind == "metonym" and _names_a_place(doc, piece, covered):
        return False
    if piece.kind == "capital" and _seat(doc, piece, covered):
        return True
    place_name = piece.kind in ("capital", "metonym") or doc[piece.start].ent_type_ == "GPE"
    return not (place_name and piece.kind != "country" and _is_place(doc, piece))


def _names_a_place(doc: Doc, piece: Piece, covered: set[int]) -> bool:
    """A metonym naming a building in a place phrase: "on the White House lawn" (but "SEC
    approval" is the SEC's)."""
    head = doc[piece.end - 1].head
    where = head.dep_ == "pobj" and head.head.lower_ in LOCATIVE | {"on"}
    return where and _modifies_a_thing(doc, piece, covered)


def _seat(doc: Doc, piece: Piece, covered: set[int]) -> bool:
    """A capital as the seat of a government or the home of a local role's people that no
    other word names: "the authorities in Damascus", "protesters in Tbilisi" (but "U.S.
    officials in Moscow" are in a place)."""
    before = word_before(doc, piece.start)
    role = word_before(doc, before) if before >= 0 else -1
    if role < 0:
        return False
    table, preposition, word = role_table(), doc[before].lower_, doc[role].lower_
    seated = preposition == "in" and word in table.seated_words
    local = preposition in LOCAL_PREPOSITIONS and word in table.local_words
    return (seated or local) and not any(t.i in covered for t in doc[role].subtree if t.i < role)


def _inside_longer_name(doc: Doc, piece: Piece, covered: set[int]) -> bool:
    """Part of a name the model found whose other words no table knows: "Pakistan Steel
    Mills", "Jordan Peterson" (but "Bank of England" is all known words)."""
    entity = _enclosing_entity(doc[piece.start : piece.end])
    if entity is None or entity.label_ not in NAME_LABELS:
        return False
    extra = [t for t in entity if t.i not in covered and t.is_alpha]
    return any(t.lower_ not in CONNECTORS for t in extra)


def _role_of_something_else(doc: Doc, piece: Piece, covered: set[int]) -> bool:
    building = doc[piece.start : piece.end].text.lower() in role_table().buildings
    if _agent_of_act(doc, piece):
        return False
    return (
        (building and _is_place(doc, piece))  # "taken to hospital"
        or doc[piece.end - 1].pos_ == "ADJ"  # "the official council", "military aid"
        or _modifies_a_thing(doc, piece, covered)
        or _after_unknown_organisation(doc, piece, covered)
        or _surname(doc, piece, covered)
        or _of_something_else(doc, piece, covered)
    )


def _agent_of_act(doc: Doc, piece: Piece) -> bool:
    """A role word before an act names who did it: "a U.S. drone strike", "Azerbaijan's
    military offensive", "a police raid" (but "military aid" is no act, and an adjective
    other than the role's own name is no agent: "a general strike", "a national strike")."""
    last = doc[piece.end - 1]
    after = word_after(doc, piece.end)
    if after >= len(doc) or last.head.i != after or last.dep_ not in ("amod", "compound"):
        return False
    act = doc[after]
    if not act.text.islower() or act.lower_ not in role_table().acts:
        return False
    return last.pos_ != "ADJ" or last.lower_ == piece.surfaces[0].key


def _modifies_a_thing(doc: Doc, piece: Piece, covered: set[int]) -> bool:
    """A capital or role noun modifying a noun that is no actor: "the Tokyo market",
    "company profits" (but "army spokesman" is one actor)."""
    last = doc[piece.end - 1]
    head = last.head
    # "Refugee Convention"; but a role before a person or, in lowercase, before a firm
    # describes it ("carmaker BMW", not "Premier Industrial Corp")
    described = head.ent_type_ == "PERSON" or (head.ent_type_ == "ORG" and last.text.islower())
    named_thing = head.pos_ == "PROPN" and not described
    thing = (head.pos_ == "NOUN" or named_thing) and head.i >= piece.end and head.i not in covered
    return last.dep_ == "compound" and thing


def _of_something_else(doc: Doc, piece: Piece, covered: set[int]) -> bool:
    """A role noun qualified by a word no table knows ("party leaders", "non-official") or
    inside a compound adjective ("company-owned")."""
    for child in doc[piece.end - 1].lefts:
        if child.i < piece.start and child.dep_ == "compound" and child.i not in covered:
            return True
    after = doc[piece.end] if piece.end < len(doc) else None
    if after is not None and after.text == "-" and not doc[piece.end - 1].whitespace_:
        return True  # "company-owned", "state-run": part of a compound adjective
    hyphen = piece.start - 1
    if hyphen < 1 or doc[hyphen].text != "-" or doc[hyphen].whitespace_:
        return False
    prefix = doc[hyphen - 1]
    table = role_table()
    return not prefix.whitespace_ and prefix.lower_ not in table.modifiers | table.former


def _surname(doc: Doc, piece: Piece, covered: set[int]) -> bool:
    """A capitalised role word after someone's first name is their surname: "John Pope",
    "Stephen King"."""
    before = word_before(doc, piece.start)
    if before < 0 or before in covered or not doc[piece.start].text[:1].isupper():
        return False
    first = doc[before]
    return first.pos_ == "PROPN" and first.text[:1].isupper() and first.lower_ not in HONORIFICS


def _after_unknown_organisation(doc: Doc, piece: Piece, covered: set[int]) -> bool:
    """A role of an organisation no table knows: "Phelps Dodge Corp officials"."""
    before = word_before(doc, piece.start)
    if before >= 0 and doc[before].tag_ == "POS":
        before = word_before(doc, before)
    inside_same_name = doc[piece.start].ent_iob_ == "I"
    unknown = before >= 0 and before not in covered and doc[before].ent_type_ in ("ORG", "FAC")
    return unknown and not inside_same_name


def _enclosing_entity(span: Span) -> Span | None:
    if not span[0].ent_type_:
        return None
    return next((e for e in span.doc.ents if e.start <= span.start and span.end <= e.end), None)


def _is_place(doc: Doc, piece: Piece) -> bool:
    """After a word of place or motion, or joined to a place that is: "in Paris and Moscow"."""
    first = doc[piece.start]
    if first.dep_ == "conj" and first.head.i < piece.start and first.head.ent_type_ == "GPE":
        return _is_place(doc, Piece(first.head.i, first.head.i + 1, piece.surfaces))
    before = word_before(doc, piece.start)
    if before >= 0 and doc[before].lower_ in ("the", "a", "an"):
        before = word_before(doc, before)
    if before >= 0 and doc[before].lower_ in LOCATIVE:
        return not _said_from(doc, before)
    if before >= 0 and doc[before].lower_ in ("for", "of"):
        earlier = word_before(doc, before)
        if earlier >= 0 and doc[earlier].lower_ in TOWARDS:
            return True
    after = doc[piece.end : piece.end + 2].text.lower()
    return after.startswith(("-based", "based"))


def _said_from(doc: Doc, preposition: int) -> bool:
    """A speaker or addressee: "condemnation from Washington", "protested to Beijing"."""
    words = VOICED.get(doc[preposition].lower_)
    before = word_before(doc, preposition)
    return words is not None and before >= 0 and doc[before].lower_ in words


def _next_to_other_name(doc: Doc, piece: Piece, covered: set[int]) -> bool:
    """A lone surname beside an unknown proper name is someone else's ("Kevin Johnson")."""
    for i in (word_before(doc, piece.start), word_after(doc, piece.end)):
        if 0 <= i < len(doc) and i not in covered:
            token = doc[i]
            if (
                token.pos_ == "PROPN"
                and token.text[:1].isupper()
                and token.lower_ not in HONORIFICS
            ):
                return True
    return False
