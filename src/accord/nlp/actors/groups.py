"""Group phrases ("the two nations", "both sides") resolved to the two countries before them.

Only the last two distinct countries mentioned earlier in the article are used, and only
when there are two; "the two sides" keeps each country's last mention as it was coded
("Pakistan's army chief": PAKMIL). Pronouns are left to the event coder.
"""

from __future__ import annotations

from spacy.tokens import Doc

from accord.models import ActorMention
from accord.nlp.actors._doc import Piece, word_after
from accord.nlp.actors.tables import role_table


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
        earlier = sorted(
            (a for a in actors + found if a.end <= span.start_char and a.country),
            key=lambda a: a.start,
        )
        last = {a.country or "": a for a in earlier}  # each country's latest mention
        pair = list(dict.fromkeys(a.country or "" for a in reversed(earlier)))[:2]
        if len(pair) < 2:
            continue
        as_mentioned = piece.surfaces[0].key in role_table().sides
        sector = piece.surfaces[0].sector
        for country in reversed(pair):
            code, own = country + (sector or ""), sector
            if as_mentioned:  # "the two sides": the army chief and the defence officials
                code, own = last[country].code, last[country].sector
            found.append(
                ActorMention(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    code=code,
                    country=country,
                    sector=own,
                    person=None,
                    kind="group",
                    rule="coref#group",
                )
            )
    return found
