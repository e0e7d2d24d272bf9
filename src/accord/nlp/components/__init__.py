"""Accord's spaCy components, one concern per module; importing this registers their factories."""

from accord.nlp.components import (  # noqa: F401
    actors,
    event_dates,
    event_locations,
    events,
    places,
    quotes,
    timexes,
)
