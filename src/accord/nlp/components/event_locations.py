"""Gives each event the place its clause names, if any.

A place is an event's location when it lies in the trigger's sentence and hangs from the
trigger in the dependency parse without crossing into another clause: "arrived at Karachi
Port", "talks in Islamabad", "the construction of a steel mill in Karachi". A place in a
reported or subordinate clause ("said that fighting in Kashmir...") belongs to that clause's
events, not the speaker's. Events with no such place keep ``location = None``.
"""

from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Doc, Token

from accord.models import Event, Place
from accord.nlp.extensions import annotations_of
from accord.nlp.places.candidates import LOCATIVE

#: Dependencies that open a new clause: a place below one belongs to that clause.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "xcomp"})


@Language.factory(
    "accord_event_locations",
    assigns=["doc._.accord_events"],
    requires=["doc._.accord_events", "doc._.accord_places"],
)
def make_component(nlp: Language, name: str) -> EventLocationsComponent:
    return EventLocationsComponent()


class EventLocationsComponent:
    def __call__(self, doc: Doc) -> Doc:
        events = annotations_of(doc, "accord_events")
        for i, event in enumerate(events):
            if event.location is None:
                token = trigger_token(doc, event)
                place = location_for_token(doc, token) if token is not None else None
                if place is not None:
                    events[i] = dataclasses.replace(event, location=place)
        return doc


def trigger_token(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def location_for_token(doc: Doc, token: Token) -> Place | None:
    """The place attached to ``token``'s clause, nearest in the parse; ``None`` when there is
    none. A noun trigger ("talks", "attack") also takes places attached to its verb."""
    best: tuple[int, Place] | None = None
    heads = [token, *_governing_verb(token)]
    for place in annotations_of(doc, "accord_places"):
        root = _root_of(doc, place)
        if root is None or root.sent != token.sent:
            continue
        for head in heads:
            distance = _attachment(root, head)
            if distance is not None and (best is None or distance < best[0]):
                best = (distance, place)
    return best[1] if best else None


def _root_of(doc: Doc, place: Place) -> Token | None:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None else None


def _governing_verb(token: Token) -> list[Token]:
    """The verb a noun trigger is an argument of, if it is in the same clause."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    head = token
    while head.dep_ not in CLAUSE_DEPS and head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return [head]
    return []


def _attachment(place_root: Token, head: Token) -> int | None:
    """Steps from the place up to ``head`` (locative prepositions count as closer), or None
    when the path leaves ``head``'s clause or never reaches it."""
    steps, node, locative = 0, place_root, False
    while node.i != head.i:
        if node.dep_ in CLAUSE_DEPS or node.head.i == node.i:
            return None
        locative = locative or node.lower_ in LOCATIVE
        node = node.head
        steps += 1
    return steps - (1 if locative else 0)
