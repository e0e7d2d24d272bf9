"""Dates each event by when it happened, from its governing time expression.

Placeholder: registers the factory so the pipeline frame is complete; it finds nothing yet.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp.extensions import annotations_of


@Language.factory("accord_event_dates", assigns=["doc._.accord_events"])
def make_component(nlp: Language, name: str) -> EventDatesComponent:
    return EventDatesComponent()


class EventDatesComponent:
    def __call__(self, doc: Doc) -> Doc:
        annotations_of(doc, "accord_events")
        return doc
