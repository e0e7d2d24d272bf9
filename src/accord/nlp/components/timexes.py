"""Time expressions normalised to TIMEX3 values, anchored on the publication date.

A document without ``doc._.accord_pub_date`` is anchored on today's date and says so in
``doc._.accord_warnings``: its relative dates ("last week") are then only as good as that.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp.extensions import annotations_of, register_extensions
from accord.nlp.time import find_timexes, load_rule_table


@Language.factory(
    "accord_timexes",
    assigns=["doc._.accord_timexes"],
    requires=["token.dep", "token.tag"],
)
def make_component(nlp: Language, name: str) -> TimexesComponent:
    return TimexesComponent()


class TimexesComponent:
    """Writes ``doc._.accord_timexes``: every time expression found, in text order."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        anchor = doc._.accord_pub_date
        if anchor is None:
            anchor = dt.date.today()
            annotations_of(doc, "accord_warnings").append(
                "no publication date: time expressions anchored on today"
            )
        found = annotations_of(doc, "accord_timexes")
        found.extend(find_timexes(doc, anchor, load_rule_table()))
        return doc
