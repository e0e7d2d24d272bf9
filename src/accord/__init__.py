"""Accord: dated news articles to a time-resolved, explainable record of international relations.

The library API: ``extract()`` annotates articles without a database; ``ingest_files()``
reads, annotates and stores them; ``open_store()`` opens a database for queries;
``recode()`` re-annotates what is stored. (``accord.ingest`` is the readers' package, hence
``ingest_files``.) They are imported on first use, so ``import accord`` stays light.
"""

import importlib
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from accord.service import extract, ingest_files, recode
    from accord.store import open_store

_LAZY = {
    "extract": "accord.service",
    "ingest_files": "accord.service",
    "recode": "accord.service",
    "open_store": "accord.store",
}


def __getattr__(name: str) -> Any:
    """Import the API's heavier modules (DuckDB, the service) only when first asked for."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'accord' has no attribute {name!r}")


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
    "extract",
    "ingest_files",
    "open_store",
    "recode",
]
