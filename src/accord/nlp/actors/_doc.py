"""Pieces of a document and the words around them, skipping line breaks and indentation."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from accord.nlp.actors.surfaces import Surface


@dataclass(frozen=True)
class Piece:
    """Tokens ``start:end`` of a document matched by one or more surfaces of the same kind."""

    start: int
    end: int
    surfaces: tuple[Surface, ...]

    @property
    def kind(self) -> str:
        return self.surfaces[0].kind


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
