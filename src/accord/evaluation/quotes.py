"""Score ``accord_quotes`` against gold attributions (``accord eval quotes GOLD``).

Gold is JSON lines of articles: ``text``, ``publication_date`` and ``attributions``, each with
``content``, ``source`` and ``cue`` as ``{"text", "spans": [[start, end], ...]}`` (any may be
missing) and ``direct_quote``. Spans are compared on their characters other than space and
quote marks, so that gold spans with marks and predicted spans without them line up.

One gold attribution may cover several stretches (a quote split by its attribution, or running
over paragraphs) where Accord writes one quote per stretch, and the other way round, so:

- a gold content is *recalled* when the predicted quotes that lie mostly (at least half of
  their characters) inside it cover at least half of it;
- a predicted quote is *correct* (precision) when at least half of it lies inside a gold
  content of the same slice;
- among recalled contents whose gold has a source, the speaker is correct when the speaker
  phrase of the predicted quote sharing most with the content overlaps the gold source.

Slices: direct quotes (gold ``direct_quote`` against predicted ``kind == "direct"``) and all
attributions (direct and indirect, whatever the kind).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from accord.models import Quote
from accord.nlp.extensions import annotations_of, register_extensions

#: The pipes quotes need; the others are switched off while evaluating.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
NEEDED_ACCORD = ("accord_actors", "accord_quotes")
_IGNORED = frozenset(" \t\r\n\u00a0\u202a\u202c\"“”„`'‘’")
_MIN_SHARE = 0.5


@dataclass
class Scores:
    """Counts for one slice (direct quotes, or all attributions)."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0  # gold attributions recalled
    predicted_correct: int = 0  # predicted quotes lying mostly inside a gold content
    speaker_checked: int = 0
    speaker_correct: int = 0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_correct / self.predicted if self.predicted else 0.0

    @property
    def f1(self) -> float:
        total = self.recall + self.precision
        return 2 * self.recall * self.precision / total if total else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_checked if self.speaker_checked else 0.0

    def to_dict(self) -> dict[str, Any]:
        figures = {name: round(getattr(self, name), 4) for name in _FIGURES}
        return {**asdict(self), **figures}


_FIGURES = ("recall", "precision", "f1", "speaker_accuracy")


@dataclass
class QuotesReport:
    """Content recall/precision and speaker accuracy, for direct quotes and for all quotes."""

    gold_path: str
    documents: int = 0
    direct: Scores = field(default_factory=Scores)
    all: Scores = field(default_factory=Scores)
    resolved_speakers: int = 0  # predicted quotes whose speaker resolved to a named person

    def format(self) -> str:
        lines = [f"quotes vs {self.gold_path} ({self.documents} documents)"]
        for label, scores in (("direct quotes", self.direct), ("all attributions", self.all)):
            lines.append(
                f"  {label:<17} gold {scores.gold:>5}  predicted {scores.predicted:>5}  "
                f"recall {scores.recall:.3f}  precision {scores.precision:.3f}  "
                f"F1 {scores.f1:.3f}  speaker accuracy {scores.speaker_accuracy:.3f} "
                f"({scores.speaker_correct}/{scores.speaker_checked})"
            )
        lines.append(f"  predicted quotes with a named speaker: {self.resolved_speakers}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_path": self.gold_path,
            "documents": self.documents,
            "direct": self.direct.to_dict(),
            "all": self.all.to_dict(),
            "resolved_speakers": self.resolved_speakers,
        }


@dataclass(frozen=True)
class _Item:
    """One attribution reduced to character sets: its content, and its source or speaker."""

    content: frozenset[int]
    source: frozenset[int] | None
    direct: bool


def evaluate(gold_path: Path, nlp: Language) -> QuotesReport:
    """Run ``nlp``'s quote pipes over every gold article and score what they found."""
    register_extensions()
    report = QuotesReport(gold_path=str(gold_path))
    records = list(_read_gold(gold_path))
    disabled = [p for p in nlp.pipe_names if p not in NEEDED + NEEDED_ACCORD]
    with nlp.select_pipes(disable=disabled):
        docs = nlp.pipe(_make_doc(nlp, record) for record in records)
        for record, doc in zip(records, docs, strict=True):
            quotes = list(annotations_of(doc, "accord_quotes"))
            report.documents += 1
            report.resolved_speakers += sum(1 for q in quotes if q.speaker and q.speaker.name)
            gold = _gold_items(record)
            predicted = _predicted_items(record["text"], quotes)
            _score(report.direct, [g for g in gold if g.direct], [p for p in predicted if p.direct])
            _score(report.all, gold, predicted)
    return report


def _read_gold(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def _make_doc(nlp: Language, record: dict[str, Any]):  # -> Doc
    doc = nlp.make_doc(record["text"])
    date = record.get("publication_date")
    doc._.accord_pub_date = dt.date.fromisoformat(date) if date else None
    return doc


def _gold_items(record: dict[str, Any]) -> list[_Item]:
    text = record["text"]
    items = []
    for attribution in record.get("attributions", []):
        content = _chars(text, (attribution.get("content") or {}).get("spans", []))
        if not content:
            continue
        source = (attribution.get("source") or {}).get("spans")
        source_chars = frozenset(i for s, e in source for i in range(s, e)) if source else None
        items.append(_Item(content, source_chars, bool(attribution.get("direct_quote"))))
    return items


def _predicted_items(text: str, quotes: list[Quote]) -> list[_Item]:
    items = []
    for quote in quotes:
        speaker = quote.speaker
        source = frozenset(range(speaker.start, speaker.end)) if speaker else None
        items.append(
            _Item(_chars(text, [[quote.start, quote.end]]), source, quote.kind == "direct")
        )
    return [item for item in items if item.content]


def _score(scores: Scores, gold: list[_Item], predicted: list[_Item]) -> None:
    """Recall per gold attribution, precision per predicted quote (see the module docstring)."""
    scores.gold += len(gold)
    scores.predicted += len(predicted)
    inside_some = [False] * len(predicted)
    for g in gold:
        parts = []
        for index, p in enumerate(predicted):
            shared = len(g.content & p.content)
            if shared and shared >= _MIN_SHARE * len(p.content):
                parts.append((shared, p))
                inside_some[index] = True
        covered = len(g.content & frozenset().union(*(p.content for _, p in parts)))
        if not parts or covered < _MIN_SHARE * len(g.content):
            continue
        scores.matched += 1
        if g.source is not None:
            scores.speaker_checked += 1
            speaker = max(parts, key=lambda part: part[0])[1].source
            scores.speaker_correct += bool(speaker and speaker & g.source)
    scores.predicted_correct += sum(inside_some)


def _chars(text: str, spans: list[list[int]]) -> frozenset[int]:
    return frozenset(i for s, e in spans for i in range(s, e) if text[i] not in _IGNORED)
