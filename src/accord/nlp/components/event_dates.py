"""Dates each event by when it happened, from its governing time expression.

Each event in ``doc._.accord_events`` gets ``date`` (an ``EventDate`` saying how it was read:
timex, context or publication) and ``historical`` (it ended more than
``historical_window_days`` before publication). The method is in ``accord.nlp.time.dating``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp.extensions import annotations_of, register_extensions
from accord.nlp.time.dating import date_for_token, is_historical, publication_date
from accord.nlp.time.tense import span_of


@Language.factory(
    "accord_event_dates",
    assigns=["doc._.accord_events"],
    requires=["doc._.accord_events", "doc._.accord_timexes"],
    default_config={"historical_window_days": 365},
)
def make_component(nlp: Language, name: str, *, historical_window_days: int) -> EventDatesComponent:
    return EventDatesComponent(historical_window_days=historical_window_days)


class EventDatesComponent:
    """Replaces each event's publication-day placeholder date with when it happened."""

    def __init__(self, *, historical_window_days: int = 365) -> None:
        register_extensions()
        self.historical_window_days = historical_window_days

    def __call__(self, doc: Doc) -> Doc:
        events = annotations_of(doc, "accord_events")
        published = publication_date(doc)
        for index, event in enumerate(events):
            trigger = span_of(doc, event.trigger.start, event.trigger.end)
            if trigger is None:
                continue
            date = date_for_token(doc, trigger.root)
            historical = is_historical(date, published, self.historical_window_days)
            events[index] = replace(event, date=date, historical=historical)
        return doc
