"""Score event dating against ``tests/gold/event_dates.jsonl``, one event per line.

Each line names a trigger word (its first whole-word occurrence) and the interval, precision
and historical flag an analyst gives that event. The dater is scored on its own: the trigger
token goes straight to ``date_for_token``, so the figures do not depend on the event coder.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from accord.evaluation.time import NEEDED_PIPES
from accord.models import EventDate
from accord.nlp.time.dating import date_for_token, is_historical
from accord.nlp.time.tense import span_of


@dataclass(frozen=True)
class DatingMistake:
    id: str
    text: str
    trigger: str
    expected: dict[str, Any]
    predicted: EventDate | None
    historical: bool | None

    def __str__(self) -> str:
        exp = self.expected
        if self.predicted is None:
            found = "trigger not found"
        else:
            p = self.predicted
            found = f"{p.start}..{p.end} {p.precision} {p.basis} historical={self.historical}"
        return (
            f"{self.id} [{self.trigger}] expected {exp['start']}..{exp['end']} "
            f"{exp['precision']} historical={exp['historical']} | got {found}\n    {self.text}"
        )


@dataclass
class EventDateEvaluation:
    events: int = 0
    triggers_found: int = 0
    exact: int = 0
    contained: int = 0
    precision_match: int = 0
    historical_match: int = 0
    mistakes: list[DatingMistake] = field(default_factory=list)

    def _share(self, count: int) -> float:
        return count / self.events if self.events else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "events": self.events,
            "triggers_found": self.triggers_found,
            "interval_exact": self._share(self.exact),
            "interval_contained": self._share(self.contained),
            "precision_match": self._share(self.precision_match),
            "historical_accuracy": self._share(self.historical_match),
        }

    def format(self, *, mistakes: bool = False) -> str:
        """The figures; with ``mistakes``, every event dated wrongly as well."""
        d = self.to_dict()
        lines = [
            f"event dates: {self.events} events ({self.triggers_found} triggers found)",
            f"  interval exact      {d['interval_exact']:.3f}",
            f"  interval contained  {d['interval_contained']:.3f}",
            f"  precision match     {d['precision_match']:.3f}",
            f"  historical accuracy {d['historical_accuracy']:.3f}",
        ]
        if mistakes:
            lines.extend(f"  {mistake}" for mistake in self.mistakes)
        return "\n".join(lines)


def evaluate(gold_path: str | Path, nlp: Language) -> EventDateEvaluation:
    """Date each gold line's trigger with the time pipes of ``nlp`` and score the dates."""
    with open(gold_path, encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    result = EventDateEvaluation()
    enabled = [p for p in (*NEEDED_PIPES, "accord_timexes") if p in nlp.pipe_names]
    with nlp.select_pipes(enable=enabled):
        docs = nlp.pipe(_make_doc(nlp, r) for r in records)
        for record, doc in zip(records, docs, strict=True):
            _score(result, record, doc)
    return result


def _make_doc(nlp: Language, record: dict[str, Any]) -> Doc:
    doc = nlp.make_doc(record["text"])
    doc._.accord_pub_date = dt.date.fromisoformat(record["date"][:10])
    return doc


def _score(result: EventDateEvaluation, record: dict[str, Any], doc: Doc) -> None:
    expected = record["expected"]
    result.events += 1
    match = re.search(rf"(?<!\w){re.escape(record['trigger'])}(?!\w)", doc.text)
    span = span_of(doc, match.start(), match.end()) if match else None
    if span is None:
        result.mistakes.append(
            DatingMistake(record["id"], doc.text, record["trigger"], expected, None, None)
        )
        return
    result.triggers_found += 1
    date = date_for_token(doc, span.root)
    historical = is_historical(date, doc._.accord_pub_date)
    start = dt.date.fromisoformat(expected["start"])
    end = dt.date.fromisoformat(expected["end"])
    exact = (date.start, date.end) == (start, end)
    result.exact += exact
    result.contained += start <= date.start and date.end <= end
    result.precision_match += date.precision == expected["precision"]
    result.historical_match += historical == expected["historical"]
    if not exact or historical != expected["historical"]:
        result.mistakes.append(
            DatingMistake(record["id"], doc.text, record["trigger"], expected, date, historical)
        )
