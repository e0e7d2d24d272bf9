"""Time expressions normalised to TIMEX3 values, anchored on the publication date.

Placeholder: registers the factory so the pipeline frame is complete; it finds nothing yet.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp.extensions import annotations_of


@Language.factory("accord_timexes", assigns=["doc._.accord_timexes"])
def make_component(nlp: Language, name: str) -> TimexesComponent:
    return TimexesComponent()


class TimexesComponent:
    def __call__(self, doc: Doc) -> Doc:
        annotations_of(doc, "accord_timexes")
        return doc
