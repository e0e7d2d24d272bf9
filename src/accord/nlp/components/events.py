"""CAMEO events from the dependency parse, each with its evidence (``accord.nlp.events``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp.events.coder import EventCoder
from accord.nlp.extensions import annotations_of


@Language.factory(
    "accord_events",
    assigns=["doc._.accord_events"],
    requires=["doc._.accord_actors", "doc._.accord_places", "doc._.accord_quotes"],
    default_config={"min_confidence": 0.0},
)
def make_component(nlp: Language, name: str, *, min_confidence: float) -> EventsComponent:
    return EventsComponent(min_confidence=min_confidence)


class EventsComponent:
    """Appends the coded events of each document; knowledge files load on the first document."""

    def __init__(self, *, min_confidence: float = 0.0) -> None:
        self.min_confidence = min_confidence
        self._coder: EventCoder | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self._coder is None:
            self._coder = EventCoder()
        events = annotations_of(doc, "accord_events")
        events.extend(e for e in self._coder(doc) if e.confidence >= self.min_confidence)
        return doc
