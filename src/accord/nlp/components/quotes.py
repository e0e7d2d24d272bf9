"""Attributed quotes, direct and indirect, with resolved speakers.

Placeholder: registers the factory so the pipeline frame is complete; it finds nothing yet.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp.extensions import annotations_of


@Language.factory("accord_quotes", assigns=["doc._.accord_quotes"])
def make_component(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent()


class QuotesComponent:
    def __call__(self, doc: Doc) -> Doc:
        annotations_of(doc, "accord_quotes")
        return doc
