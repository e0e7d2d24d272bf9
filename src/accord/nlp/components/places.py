"""Place mentions resolved to an offline gazetteer.

Placeholder: registers the factory so the pipeline frame is complete; it finds nothing yet.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp.extensions import annotations_of


@Language.factory("accord_places", assigns=["doc._.accord_places"])
def make_component(nlp: Language, name: str) -> PlacesComponent:
    return PlacesComponent()


class PlacesComponent:
    def __call__(self, doc: Doc) -> Doc:
        annotations_of(doc, "accord_places")
        return doc
