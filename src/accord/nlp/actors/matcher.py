"""Find the surface forms of the knowledge files in a document: the pieces actors are built of.

One ``PhraseMatcher`` on lowercase text finds every candidate; each is then checked for case,
overlaps are settled longest-first, and pieces that name something else are dropped: a
country inside a longer organisation or person name ("Pakistan Steel Mills", "Jordan
Peterson"), a capital used as a place ("talks in Moscow"), a surname that belongs to someone
else ("Magic Johnson").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from accord.nlp.actors.surfaces import Surface, all_surfaces
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
)
#: Words inside a name that do not make it a different name ("Bank of England").
CONNECTORS = frozenset({"the", "of", "and", "for", "&"})
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madame"})


@dataclass(frozen=True)
class Piece:
    """Tokens ``start:end`` of a document matched by one or more surfaces of the same kind."""

    start: int
    end: int
    surfaces: tuple[Surface, ...]

    @property
    def kind(self) -> str:
        return self.surfaces[0].kind


class ActorMatcher:
    """Built once per pipeline from the knowledge files, on first use."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.patterns: dict[str, list[tuple[Surface, list[str]]]] = {}
        for surface in all_surfaces():
            words = [t.text for t in nlp.make_doc(surface.text)]
            key = " ".join(w.lower() for w in words)
            if key not in self.patterns:
                self.patterns[key] = []
                self.matcher.add(key, [nlp.make_doc(surface.text)])
            self.patterns[key].append((surface, words))

    def pieces(self, doc: Doc) -> list[Piece]:
        """Non-overlapping pieces, longest first, then filtered for the cases above."""
        found: list[Piece] = []
        index = [t.i for t in doc if not t.is_space]  # line breaks do not split a name
        compact = Doc(doc.vocab, words=[doc[i].text for i in index])
        for match_id, first, last in self.matcher(compact):
            start, end = index[first], index[last - 1] + 1
            words = [t.text for t in compact[first:last]]
            key = doc.vocab.strings[match_id]
            fits = [s for s, pattern in self.patterns[key] if s.case_fits(words, pattern)]
            if fits:
                kind = _preferred_kind(fits)
                found.append(Piece(start, end, tuple(s for s in fits if s.kind == kind)))
        chosen = _longest(found)
        covered = {i for p in chosen for i in range(p.start, p.end)}
        return [p for p in chosen if _stands_alone(doc, p, covered)]


def _preferred_kind(surfaces: list[Surface]) -> str:
    order = ("group", "person", "organisation", "metonym", "country", "capital", "role")
    return min((s.kind for s in surfaces), key=order.index)


def _longest(pieces: list[Piece]) -> list[Piece]:
    taken: set[int] = set()
    chosen: list[Piece] = []
    for piece in sorted(pieces, key=lambda p: (p.start - p.end, p.start)):
        span = set(range(piece.start, piece.end))
        if not span & taken:
            taken |= span
            chosen.append(piece)
    return sorted(chosen, key=lambda p: p.start)


def _stands_alone(doc: Doc, piece: Piece, covered: set[int]) -> bool:
    """False when the piece is part of a longer name or, for a capital, names a place."""
    span = doc[piece.start : piece.end]
    if piece.kind == "group":
        return True
    entity = _enclosing_entity(span)
    if entity is not None and entity.label_ in NAME_LABELS:
        extra = [t for t in entity if t.i not in covered and t.is_alpha]
        if any(t.lower_ not in CONNECTORS for t in extra):
            return False
    place_name = piece.kind in ("capital", "metonym") or doc[piece.start].ent_type_ == "GPE"
    if place_name and piece.kind != "country" and _is_place(doc, piece):
        return False
    if piece.kind in ("capital", "role") and _modifies_a_thing(doc, piece, covered):
        return False
    building = piece.kind == "role" and span.text.lower() in role_table().buildings
    if building and _is_place(doc, piece):
        return False
    if piece.kind == "role" and (
        doc[piece.end - 1].pos_ == "ADJ"  # "the official council", "general foods", "military aid"
        or _after_unknown_organisation(doc, piece, covered)
        or _of_something_else(doc, piece, covered)
    ):
        return False
    lone_surname = piece.kind == "person" and len(span) == 1
    return not (lone_surname and _next_to_other_name(doc, piece, covered))


def _modifies_a_thing(doc: Doc, piece: Piece, covered: set[int]) -> bool:
    """A capital or role noun modifying a noun that is no actor: "the Tokyo market",
    "company profits" (but "army spokesman" is one actor)."""
    last = doc[piece.end - 1]
    head = last.head
    named_thing = head.pos_ == "PROPN" and head.ent_type_ != "PERSON"  # "Refugee Convention"
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
        return True
    if before >= 0 and doc[before].lower_ in ("for", "of"):
        earlier = word_before(doc, before)
        if earlier >= 0 and doc[earlier].lower_ in TOWARDS:
            return True
    after = doc[piece.end : piece.end + 2].text.lower()
    return after.startswith(("-based", "based"))


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


def word_before(doc: Doc, i: int) -> int:
    """The index of the last token before ``i`` that is not whitespace, or -1."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def word_after(doc: Doc, i: int) -> int:
    """The index of the first token from ``i`` on that is not whitespace, or ``len(doc)``."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i
