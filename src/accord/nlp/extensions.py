"""The custom ``Doc`` attributes Accord's components read and write, registered in one place.

Components communicate only through these attributes, in pipeline order:
actors -> timexes -> places -> quotes -> events -> event dates -> event locations.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: attribute name -> default; lists are created per document by ``getter``-free defaults of None.
DOC_ATTRIBUTES = (
    "accord_pub_date",  # datetime.date: the article's publication date (set before the pipeline)
    "accord_actors",  # list[ActorMention]
    "accord_timexes",  # list[Timex]
    "accord_places",  # list[Place]
    "accord_quotes",  # list[Quote]
    "accord_events",  # list[Event]
    "accord_warnings",  # list[str]
)


def register_extensions() -> None:
    """Register every attribute once; safe to call many times."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def annotations_of(doc: Doc, name: str) -> list:
    """The list stored under ``name``, created empty on first use."""
    value = getattr(doc._, name)
    if value is None:
        value = []
        setattr(doc._, name, value)
    return value
