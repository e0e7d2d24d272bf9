"""Actor mentions: countries, capitals and metonyms, organisations, roles and people.

Placeholder: registers the factory so the pipeline frame is complete; it finds nothing yet.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp.extensions import annotations_of


@Language.factory("accord_actors", assigns=["doc._.accord_actors"])
def make_component(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent()


class ActorsComponent:
    def __call__(self, doc: Doc) -> Doc:
        annotations_of(doc, "accord_actors")
        return doc
