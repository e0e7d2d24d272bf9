"""Find the surface forms of the knowledge files in a document: the pieces actors are built of.

One ``PhraseMatcher`` on lowercase text finds every candidate; each is then checked for case,
overlaps are settled longest-first, and pieces that name something else are dropped (see
``context``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from accord.nlp.actors._doc import Piece
from accord.nlp.actors.cities import city_pieces
from accord.nlp.actors.context import stands_alone
from accord.nlp.actors.surfaces import Surface, all_surfaces


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
        cities = city_pieces(doc, chosen)
        covered = {i for p in [*chosen, *cities] for i in range(p.start, p.end)}
        kept = [p for p in chosen if stands_alone(doc, p, covered)]
        kept += [city for city, role in cities.items() if role in kept]
        return sorted(kept, key=lambda p: p.start)


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
