"""Group phrases ("the two nations", "both sides") resolved to the two countries before them.

Only the last two distinct countries mentioned earlier in the article are used, and only
when there are two; pronouns are left to the event coder.
"""

from __future__ import annotations

from spacy.tokens import Doc

from accord.models import ActorMention
from accord.nlp.actors._doc import Piece, word_after


def group_mentions(doc: Doc, pieces: list[Piece], actors: list[ActorMention]) -> list[ActorMention]:
    """One mention per country for each group phrase, all on the phrase's span."""
    found: list[ActorMention] = []
    for piece in pieces:
        if piece.kind != "group":
            continue
        span = doc[piece.start : piece.end]
        after = word_after(doc, piece.end)
        if after < len(doc) and doc[after].lower_ == "of":
            continue  # "both sides of the border": a place, not the countries
        before = [a.country for a in actors + found if a.end <= span.start_char and a.country]
        pair = list(dict.fromkeys(reversed(before)))[:2]
        if len(pair) < 2:
            continue
        sector = piece.surfaces[0].sector
        for country in reversed(pair):
            found.append(
                ActorMention(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    code=country + (sector or ""),
                    country=country,
                    sector=sector,
                    person=None,
                    kind="group",
                    rule="coref#group",
                )
            )
    return found
