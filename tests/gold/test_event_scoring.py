"""How ``accord eval events`` pairs predicted with gold events before scoring their actors."""

from __future__ import annotations

import datetime as dt

from accord.evaluation.events import EventsReport, _score_line
from accord.models import Event, EventActor, EventDate, TextSpan


def _actor(code: str) -> EventActor:
    return EventActor(
        code=code, country=code[:3], sector=code[3:] or None, person=None, text=code, start=0, end=3
    )


def _event(source: str, target: str) -> Event:
    day = dt.date(1995, 11, 21)
    return Event(
        id=f"{source}-{target}",
        cameo="057",
        root="05",
        quad_class=1,
        goldstein=8.0,
        plover="AGREE",
        source=_actor(source),
        target=_actor(target),
        trigger=TextSpan(start=0, end=9, text="initialled"),
        sentence=(0, 10),
        date=EventDate(start=day, end=day, precision="day", basis="publication"),
        historical=False,
        modality="asserted",
        location=None,
        rule="verbs.yaml#sign_agreement",
        confidence=0.9,
    )


def test_pairs_predictions_with_the_gold_events_of_the_same_countries():
    gold = [
        {"source": "BIHGOV", "target": "SRBGOV", "cameo": "057"},
        {"source": "SRBGOV", "target": "HRVGOV", "cameo": "057"},
    ]
    predicted = [_event("SRB", "HRV"), _event("BIH", "SRB")]
    report = EventsReport(gold_path="-")
    _score_line(report, {"id": "x", "events": gold}, predicted)
    paired = [(e["actors"]["source"], e["predicted"]["source"]["code"]) for e in report.errors]
    assert paired == [("BIHGOV", "BIH"), ("SRBGOV", "SRB")]
