"""Score ``accord_events`` against gold event sentences (``accord eval events GOLD``).

Gold is JSON lines, one sentence (or two) per line: ``id``, ``date``, ``text`` and ``events``,
each with ``source``, ``target`` (CAMEO actor codes; target may be null), ``cameo``,
``trigger`` and ``modality``; ``events`` is empty when the text holds no codable event.

A predicted event *matches* a gold event of the same line when their root codes are equal
(greedy, one to one, preferring predictions whose actors also agree, then those whose actors
at least share the gold countries). A negated event did not happen: gold negated events are
matched only by predicted negated events, and the other way round. Among matched events the
report gives full-code, actor and modality accuracy; an actor is right when its code equals
the gold code, or shares its country when the gold code has no sector (gold ``PAK`` accepts
``PAKGOV``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from accord.models import Article, Event
from accord.nlp.pipeline import Annotator

ROOTS = tuple(f"{n:02d}" for n in range(1, 21))


@dataclass
class RootScore:
    """True positives, false positives and false negatives of one root (or of all)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class EventsReport:
    """Root P/R/F1 per root and overall, accuracies among matched events, over-generation."""

    gold_path: str
    sentences: int = 0
    no_event_sentences: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    false_on_no_event: int = 0
    overall: RootScore = field(default_factory=RootScore)
    roots: dict[str, RootScore] = field(default_factory=lambda: {r: RootScore() for r in ROOTS})
    code_correct: int = 0
    source_correct: int = 0
    target_correct: int = 0
    both_correct: int = 0
    modality_correct: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def rate(self, count: int) -> float:
        return count / self.overall.tp if self.overall.tp else 0.0

    @property
    def both_right_of_gold(self) -> float:
        """Events found with the right root and both actors right, per gold event."""
        return self.both_correct / self.gold_events if self.gold_events else 0.0

    @property
    def predicted_per_true(self) -> float:
        return self.predicted_events / self.gold_events if self.gold_events else 0.0

    @property
    def predicted_per_sentence(self) -> float:
        return self.predicted_events / self.sentences if self.sentences else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_path": self.gold_path,
            "sentences": self.sentences,
            "no_event_sentences": self.no_event_sentences,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "overall": self.overall.to_dict(),
            "roots": {root: score.to_dict() for root, score in self.roots.items()},
            "code_accuracy": round(self.rate(self.code_correct), 4),
            "source_accuracy": round(self.rate(self.source_correct), 4),
            "target_accuracy": round(self.rate(self.target_correct), 4),
            "both_accuracy": round(self.rate(self.both_correct), 4),
            "both_right_of_gold": round(self.both_right_of_gold, 4),
            "modality_accuracy": round(self.rate(self.modality_correct), 4),
            "predicted_per_true": round(self.predicted_per_true, 4),
            "predicted_per_sentence": round(self.predicted_per_sentence, 4),
            "false_on_no_event": self.false_on_no_event,
        }

    def format(self) -> str:
        o = self.overall
        lines = [
            f"events gold: {self.gold_path}",
            f"sentences {self.sentences} ({self.no_event_sentences} without events), "
            f"gold events {self.gold_events}, predicted {self.predicted_events}",
            f"root       P {o.precision:.3f}  R {o.recall:.3f}  F1 {o.f1:.3f}  "
            f"(tp {o.tp}, fp {o.fp}, fn {o.fn})",
            f"among {o.tp} matched: full code {self.rate(self.code_correct):.3f}, "
            f"source {self.rate(self.source_correct):.3f}, "
            f"target {self.rate(self.target_correct):.3f}, "
            f"both {self.rate(self.both_correct):.3f}, "
            f"modality {self.rate(self.modality_correct):.3f}",
            f"both actors right per gold event {self.both_right_of_gold:.3f}",
            f"predicted per true event {self.predicted_per_true:.3f}, per sentence "
            f"{self.predicted_per_sentence:.3f}, false events on no-event sentences "
            f"{self.false_on_no_event}",
            "root   tp  fp  fn     P     R    F1",
        ]
        for root, s in self.roots.items():
            if s.tp or s.fp or s.fn:
                figures = f"{s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}"
                lines.append(f"  {root} {s.tp:4d}{s.fp:4d}{s.fn:4d} {figures}")
        return "\n".join(lines)


def actor_right(gold: str | None, predicted: str | None) -> bool:
    """Same code, or the same country when the gold code has no sector."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return gold == predicted or (len(gold) == 3 and predicted[:3] == gold)


def evaluate(gold_path: Path, nlp: Language) -> EventsReport:
    """Run ``nlp`` over every gold line and score its events."""
    report = EventsReport(gold_path=str(gold_path))
    lines = list(_read_gold(gold_path))
    articles = [
        Article(id=line["id"], date=dt.date.fromisoformat(line["date"]), text=line["text"])
        for line in lines
    ]
    annotated = Annotator(nlp).annotate(articles)
    for line, result in zip(lines, annotated, strict=True):
        _score_line(report, line, list(result.annotations.events))
    return report


def _same_country(gold: str | None, predicted: str | None) -> bool:
    """Both codes start with the same country: pairs "BIH->SRB" with gold "BIHGOV->SRBGOV"."""
    return gold is not None and predicted is not None and gold[:3] == predicted[:3]


def _read_gold(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            if raw.strip():
                try:
                    yield json.loads(raw)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not JSON: {exc}") from exc


def _score_line(report: EventsReport, line: dict[str, Any], predicted: list[Event]) -> None:
    gold = list(line.get("events") or [])
    report.sentences += 1
    report.gold_events += len(gold)
    report.predicted_events += len(predicted)
    if not gold:
        report.no_event_sentences += 1
        report.false_on_no_event += len(predicted)
    unmatched = list(predicted)
    for event in gold:
        match = _best_match(event, unmatched)
        root = str(event["cameo"])[:2]
        if match is None:
            report.roots[root].fn += 1
            report.overall.fn += 1
            report.errors.append({"id": line["id"], "missed": event})
            continue
        unmatched.remove(match)
        report.roots[root].tp += 1
        report.overall.tp += 1
        source_ok = actor_right(event["source"], match.source.code)
        target_ok = actor_right(event.get("target"), match.target.code if match.target else None)
        report.code_correct += str(event["cameo"]) == match.cameo
        report.source_correct += source_ok
        report.target_correct += target_ok
        report.both_correct += source_ok and target_ok
        if not (source_ok and target_ok):
            report.errors.append(
                {"id": line["id"], "actors": event, "predicted": match.to_record()}
            )
        report.modality_correct += event.get("modality", "asserted") == match.modality
    for event in unmatched:
        report.roots[event.root].fp += 1
        report.overall.fp += 1
        report.errors.append({"id": line["id"], "extra": event.to_record()})


def _best_match(gold: dict[str, Any], candidates: list[Event]) -> Event | None:
    """The same-root prediction with the same negation, preferring agreeing actors."""
    root = str(gold["cameo"])[:2]
    negated = gold.get("modality") == "negated"
    fitting = [e for e in candidates if e.root == root and (e.modality == "negated") == negated]
    if not fitting:
        return None

    def agreement(event: Event) -> tuple[int, int]:
        target = event.target.code if event.target else None
        right = 2 * actor_right(gold["source"], event.source.code) + actor_right(
            gold.get("target"), target
        )
        same_countries = _same_country(gold["source"], event.source.code) + _same_country(
            gold.get("target"), target
        )
        return right, same_countries

    return max(fitting, key=agreement)
