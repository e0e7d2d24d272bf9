"""Accord: dated news articles to a time-resolved, explainable record of international relations."""

from accord._version import __version__
from accord.models import (
    ActorMention,
    AnnotatedArticle,
    Annotations,
    Article,
    Event,
    EventActor,
    EventDate,
    IngestError,
    Place,
    Quote,
    Speaker,
    TextSpan,
    Timex,
)

__all__ = [
    "ActorMention",
    "AnnotatedArticle",
    "Annotations",
    "Article",
    "Event",
    "EventActor",
    "EventDate",
    "IngestError",
    "Place",
    "Quote",
    "Speaker",
    "TextSpan",
    "Timex",
    "__version__",
]
