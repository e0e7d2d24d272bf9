"""Typed records that cross layers: readers, the NLP pipeline, the store and the interfaces.

Every annotation carries character offsets into ``Article.text`` and the ``rule`` that made
it, so each stored row can explain itself. ``to_record()`` methods give the JSON shapes of
the extraction contract (``docs/extract-record.md``); field names there are public.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Precision = Literal["day", "week", "month", "quarter", "year", "decade", "century"]
DateBasis = Literal["timex", "context", "publication"]
Modality = Literal["asserted", "intended", "hypothetical", "negated", "reported"]
QuoteKind = Literal["direct", "indirect"]
ActorKind = Literal["country", "organisation", "role", "person", "group"]


def _pick(record: object, *names: str) -> dict[str, Any]:
    """The named attributes of a record, in the order the contract lists them."""
    return {name: getattr(record, name) for name in names}


@dataclass(frozen=True)
class Article:
    """One dated article as a reader produced it; ``text`` is what every offset points into."""

    id: str
    date: dt.date
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = "en"
    origin: str | None = None  # "path[:line]" the article was read from

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.isoformat(),
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "text": self.text,
        }


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the article text: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class ActorMention:
    """A resolved actor in the text, coded in CAMEO actor codes (``RUSGOV``, ``IGOUNO``)."""

    start: int
    end: int
    text: str
    code: str
    country: str | None
    sector: str | None
    person: str | None
    kind: ActorKind
    rule: str

    def to_record(self) -> dict[str, Any]:
        return _pick(self, "start", "end", "text", "code", "country", "sector", "person", "kind")


@dataclass(frozen=True)
class EventActor:
    """The source or target of an event: the actor code plus the words that named it."""

    code: str
    country: str | None
    sector: str | None
    person: str | None
    text: str
    start: int
    end: int

    @classmethod
    def from_mention(cls, mention: ActorMention) -> EventActor:
        return cls(
            code=mention.code,
            country=mention.country,
            sector=mention.sector,
            person=mention.person,
            text=mention.text,
            start=mention.start,
            end=mention.end,
        )

    def to_record(self) -> dict[str, Any]:
        return _pick(self, "code", "country", "sector", "person", "text", "start", "end")


@dataclass(frozen=True)
class Timex:
    """A normalised time expression (TIMEX3 value) with the interval it denotes."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    interval: tuple[dt.date, dt.date] | None  # None for DURATION and SET
    precision: Precision | None
    rule: str

    def to_record(self) -> dict[str, Any]:
        interval = None
        if self.interval is not None:
            interval = {"start": self.interval[0].isoformat(), "end": self.interval[1].isoformat()}
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "interval": interval,
            "precision": self.precision,
        }


@dataclass(frozen=True)
class EventDate:
    """When an event happened, how precisely that is known, and what it was read from."""

    start: dt.date
    end: dt.date
    precision: Precision
    basis: DateBasis
    timex: TextSpan | None = None  # the time expression it came from, when basis is not publication

    def to_record(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
            "basis": self.basis,
        }


@dataclass(frozen=True)
class Place:
    """A place mention resolved to a gazetteer entry."""

    start: int
    end: int
    text: str
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str  # city | country | region | facility | water | ...
    rule: str

    def to_record(self) -> dict[str, Any]:
        return _pick(
            self,
            "start",
            "end",
            "text",
            "name",
            "country",
            "lat",
            "lon",
            "geonameid",
            "feature",
        )


@dataclass(frozen=True)
class Event:
    """One coded CAMEO event with its evidence (trigger and sentence spans) and its dating."""

    id: str
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    source: EventActor
    target: EventActor | None
    trigger: TextSpan
    sentence: tuple[int, int]
    date: EventDate
    historical: bool
    modality: Modality
    location: Place | None
    rule: str
    confidence: float
    quote_index: int | None = None  # index into the article's quotes when a statement yields it

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "cameo": self.cameo,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "source": self.source.to_record(),
            "target": self.target.to_record() if self.target else None,
            "trigger": self.trigger.to_record(),
            "sentence": {"start": self.sentence[0], "end": self.sentence[1]},
            "date": self.date.to_record(),
            "historical": self.historical,
            "modality": self.modality,
            "location": self.location.to_record() if self.location else None,
            "rule": self.rule,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class Speaker:
    """Who a quote is attributed to: the words as written, and the person they resolve to."""

    text: str
    start: int
    end: int
    name: str | None  # the resolved person; None when it cannot be resolved (never guessed)
    code: str | None  # that person's CAMEO actor code, where known

    def to_record(self) -> dict[str, Any]:
        return _pick(self, "text", "start", "end", "name", "code")


@dataclass(frozen=True)
class Quote:
    """An attributed quote: the content span (without quote marks), its cue and its speaker."""

    kind: QuoteKind
    start: int
    end: int
    text: str
    speaker: Speaker | None
    cue: TextSpan | None
    rule: str

    def to_record(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker.to_record() if self.speaker else None,
            "cue": self.cue.to_record() if self.cue else None,
        }


@dataclass(frozen=True)
class Annotations:
    """Everything the NLP stage found in one article."""

    actors: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timexes: tuple[Timex, ...] = ()
    places: tuple[Place, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnnotatedArticle:
    """An article with its annotations: the unit the store writes and ``extract`` prints."""

    article: Article
    annotations: Annotations = field(default_factory=Annotations)

    def to_record(self) -> dict[str, Any]:
        record = self.article.to_record()
        notes = self.annotations
        record["actors"] = [a.to_record() for a in notes.actors]
        record["events"] = [e.to_record() for e in notes.events]
        record["quotes"] = [q.to_record() for q in notes.quotes]
        record["timexes"] = [t.to_record() for t in notes.timexes]
        record["places"] = [p.to_record() for p in notes.places]
        record["warnings"] = list(notes.warnings)
        return record


@dataclass(frozen=True)
class IngestError:
    """One rejected file or record: where it was and what was wrong with it."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"
