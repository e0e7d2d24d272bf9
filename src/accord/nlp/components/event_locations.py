"""Gives each event the place its clause names, if any.

Placeholder: registers the factory so the pipeline frame is complete; it finds nothing yet.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp.extensions import annotations_of


@Language.factory("accord_event_locations", assigns=["doc._.accord_events"])
def make_component(nlp: Language, name: str) -> EventLocationsComponent:
    return EventLocationsComponent()


class EventLocationsComponent:
    def __call__(self, doc: Doc) -> Doc:
        annotations_of(doc, "accord_events")
        return doc
