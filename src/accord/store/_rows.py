"""Typed records to flat table rows and back: the mapping between models.py and the schema.

Writing flattens nested records into prefixed columns (``source_code``, ``date_start``);
reading rebuilds the same records, so what the store returns is what the pipeline produced.
"""

from __future__ import annotations

from typing import Any

from accord.models import (
    ActorMention,
    Annotations,
    Article,
    Event,
    EventActor,
    EventDate,
    Place,
    Quote,
    Speaker,
    TextSpan,
    Timex,
)

Row = dict[str, Any]

#: The tables that hold an article's annotations, replaced together by ``recode``.
ANNOTATION_TABLES = ("actor_mentions", "events", "quotes", "timexes", "places", "article_warnings")


def article_row(article: Article, *, status: str) -> Row:
    """The ``articles`` columns that come from the article itself."""
    return {
        "id": article.id,
        "date": article.date,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "text": article.text,
        "language": article.language,
        "status": status,
        "origin": article.origin,
    }


def annotation_rows(article_id: str, notes: Annotations) -> dict[str, list[Row]]:
    """One list of rows per annotation table, keyed by ``article_id`` (run columns added later)."""
    tables = {
        "actor_mentions": [_actor_row(a) for a in notes.actors],
        "events": [_event_row(e) for e in notes.events],
        "quotes": [_quote_row(i, q) for i, q in enumerate(notes.quotes)],
        "timexes": [_timex_row(t) for t in notes.timexes],
        "places": [
            _offsets(p) | _gazetteer_columns("", p) | {"rule": p.rule} for p in notes.places
        ],
        "article_warnings": [
            {"warning_index": i, "message": w} for i, w in enumerate(notes.warnings)
        ],
    }
    for rows in tables.values():
        for row in rows:
            row["article_id"] = article_id
    return tables


def _span_columns(prefix: str, span: TextSpan | EventActor | Speaker | Place | None) -> Row:
    if span is None:
        return {f"{prefix}text": None, f"{prefix}start": None, f"{prefix}end": None}
    return {f"{prefix}text": span.text, f"{prefix}start": span.start, f"{prefix}end": span.end}


def _offsets(record: ActorMention | Timex | Place | Quote) -> Row:
    return {"start_char": record.start, "end_char": record.end, "text": record.text}


def _actor_row(actor: ActorMention) -> Row:
    return _offsets(actor) | {
        "code": actor.code,
        "country": actor.country,
        "sector": actor.sector,
        "person": actor.person,
        "kind": actor.kind,
        "rule": actor.rule,
    }


def _event_actor_columns(prefix: str, actor: EventActor | None) -> Row:
    return _span_columns(prefix, actor) | {
        f"{prefix}code": actor.code if actor else None,
        f"{prefix}country": actor.country if actor else None,
        f"{prefix}sector": actor.sector if actor else None,
        f"{prefix}person": actor.person if actor else None,
    }


_GAZETTEER_FIELDS = ("name", "country", "lat", "lon", "geonameid", "feature")


def _gazetteer_columns(prefix: str, place: Place | None) -> Row:
    return {prefix + name: getattr(place, name) if place else None for name in _GAZETTEER_FIELDS}


def _event_row(event: Event) -> Row:
    date = event.date
    return (
        {
            "id": event.id,
            "cameo": event.cameo,
            "root": event.root,
            "quad_class": event.quad_class,
            "goldstein": event.goldstein,
            "plover": event.plover,
            "sentence_start": event.sentence[0],
            "sentence_end": event.sentence[1],
            "date_start": date.start,
            "date_end": date.end,
            "date_precision": date.precision,
            "date_basis": date.basis,
            "historical": event.historical,
            "modality": event.modality,
            "location_rule": event.location.rule if event.location else None,
            "quote_index": event.quote_index,
            "rule": event.rule,
            "confidence": event.confidence,
        }
        | _event_actor_columns("source_", event.source)
        | _event_actor_columns("target_", event.target)
        | _span_columns("trigger_", event.trigger)
        | _span_columns("date_timex_", date.timex)
        | _span_columns("location_", event.location)
        | _gazetteer_columns("location_", event.location)
    )


def _quote_row(index: int, quote: Quote) -> Row:
    speaker = quote.speaker
    return (
        _offsets(quote)
        | {
            "quote_index": index,
            "kind": quote.kind,
            "speaker_name": speaker.name if speaker else None,
            "speaker_code": speaker.code if speaker else None,
            "rule": quote.rule,
        }
        | _span_columns("speaker_", speaker)
        | _span_columns("cue_", quote.cue)
    )


def _timex_row(timex: Timex) -> Row:
    interval = timex.interval
    return _offsets(timex) | {
        "type": timex.type,
        "value": timex.value,
        "interval_start": interval[0] if interval else None,
        "interval_end": interval[1] if interval else None,
        "precision": timex.precision,
        "rule": timex.rule,
    }


# --- rows back to records -------------------------------------------------------------------


def article_from_row(row: Row) -> Article:
    return Article(
        id=row["id"],
        date=row["date"],
        text=row["text"],
        title=row["title"],
        source=row["source"],
        url=row["url"],
        language=row["language"],
        origin=row["origin"],
    )


def annotations_from_rows(tables: dict[str, list[Row]]) -> Annotations:
    """Rebuild ``Annotations`` from each table's rows, given in stored order."""
    return Annotations(
        actors=tuple(_actor(r) for r in tables["actor_mentions"]),
        events=tuple(_event(r) for r in tables["events"]),
        quotes=tuple(_quote(r) for r in tables["quotes"]),
        timexes=tuple(_timex(r) for r in tables["timexes"]),
        places=tuple(
            _place(r, "", r["start_char"], r["end_char"], r["rule"]) for r in tables["places"]
        ),
        warnings=tuple(r["message"] for r in tables["article_warnings"]),
    )


def _text_span(row: Row, prefix: str) -> TextSpan | None:
    if row[f"{prefix}start"] is None:
        return None
    return TextSpan(row[f"{prefix}start"], row[f"{prefix}end"], row[f"{prefix}text"])


def _actor(row: Row) -> ActorMention:
    return ActorMention(
        start=row["start_char"],
        end=row["end_char"],
        text=row["text"],
        code=row["code"],
        country=row["country"],
        sector=row["sector"],
        person=row["person"],
        kind=row["kind"],
        rule=row["rule"],
    )


def _event_actor(row: Row, prefix: str) -> EventActor | None:
    if row[f"{prefix}code"] is None:
        return None
    return EventActor(
        code=row[f"{prefix}code"],
        country=row[f"{prefix}country"],
        sector=row[f"{prefix}sector"],
        person=row[f"{prefix}person"],
        text=row[f"{prefix}text"],
        start=row[f"{prefix}start"],
        end=row[f"{prefix}end"],
    )


def _place(row: Row, prefix: str, start: int, end: int, rule: str) -> Place:
    return Place(
        start=start,
        end=end,
        text=row[f"{prefix}text"],
        name=row[f"{prefix}name"],
        country=row[f"{prefix}country"],
        lat=row[f"{prefix}lat"],
        lon=row[f"{prefix}lon"],
        geonameid=row[f"{prefix}geonameid"],
        feature=row[f"{prefix}feature"],
        rule=rule,
    )


def _event(row: Row) -> Event:
    source = _event_actor(row, "source_")
    trigger = _text_span(row, "trigger_")
    assert source is not None and trigger is not None  # NOT NULL columns
    location = None
    if row["location_name"] is not None:
        location = _place(
            row, "location_", row["location_start"], row["location_end"], row["location_rule"]
        )
    return Event(
        id=row["id"],
        cameo=row["cameo"],
        root=row["root"],
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        plover=row["plover"],
        source=source,
        target=_event_actor(row, "target_"),
        trigger=trigger,
        sentence=(row["sentence_start"], row["sentence_end"]),
        date=EventDate(
            start=row["date_start"],
            end=row["date_end"],
            precision=row["date_precision"],
            basis=row["date_basis"],
            timex=_text_span(row, "date_timex_"),
        ),
        historical=row["historical"],
        modality=row["modality"],
        location=location,
        rule=row["rule"],
        confidence=row["confidence"],
        quote_index=row["quote_index"],
    )


def _quote(row: Row) -> Quote:
    speaker = None
    if row["speaker_start"] is not None:
        speaker = Speaker(
            text=row["speaker_text"],
            start=row["speaker_start"],
            end=row["speaker_end"],
            name=row["speaker_name"],
            code=row["speaker_code"],
        )
    return Quote(
        kind=row["kind"],
        start=row["start_char"],
        end=row["end_char"],
        text=row["text"],
        speaker=speaker,
        cue=_text_span(row, "cue_"),
        rule=row["rule"],
    )


def _timex(row: Row) -> Timex:
    interval = None
    if row["interval_start"] is not None:
        interval = (row["interval_start"], row["interval_end"])
    return Timex(
        start=row["start_char"],
        end=row["end_char"],
        text=row["text"],
        type=row["type"],
        value=row["value"],
        interval=interval,
        precision=row["precision"],
        rule=row["rule"],
    )
