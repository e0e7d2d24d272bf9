"""Score ``accord_quotes`` against gold attributions (``accord eval quotes GOLD``).

Gold is JSON lines of articles: ``text``, ``publication_date`` and ``attributions``, each with
``content``, ``source`` and ``cue`` as ``{"text", "spans": [[start, end], ...]}`` (any may be
missing) and ``direct_quote``. One gold attribution may cover several stretches (a quote split
by its attribution, or running over paragraphs); the predicted quotes that share one cue are
compared with it as one. Spans are compared on their characters other than space and quote
marks, so that gold spans with marks and predicted spans without them line up.

A predicted and a gold content *match* when the characters they share are at least half of
each (greedy, one to one, best overlap first). Among matched contents whose gold has a source,
the speaker is correct when the predicted speaker phrase overlaps the gold source.
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
    matched: int = 0
    speaker_checked: int = 0
    speaker_correct: int = 0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

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
    """Quotes grouped by their cue: the halves of a split quote are one attribution."""
    groups: dict[tuple[Any, ...], list[Quote]] = {}
    for index, quote in enumerate(quotes):
        cue = (quote.cue.start, quote.cue.end) if quote.cue else ("none", index)
        groups.setdefault((quote.kind, *cue), []).append(quote)
    items = []
    for group in groups.values():
        content = _chars(text, [[q.start, q.end] for q in group])
        speaker = group[0].speaker
        source = frozenset(range(speaker.start, speaker.end)) if speaker else None
        items.append(_Item(content, source, group[0].kind == "direct"))
    return items


def _score(scores: Scores, gold: list[_Item], predicted: list[_Item]) -> None:
    scores.gold += len(gold)
    scores.predicted += len(predicted)
    pairs = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            shared = len(g.content & p.content)
            if shared and shared >= _MIN_SHARE * max(len(g.content), len(p.content)):
                pairs.append((shared, g_index, p_index))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    for _, g_index, p_index in sorted(pairs, reverse=True):
        if g_index in used_gold or p_index in used_predicted:
            continue
        used_gold.add(g_index)
        used_predicted.add(p_index)
        scores.matched += 1
        source = gold[g_index].source
        if source is not None:
            scores.speaker_checked += 1
            speaker = predicted[p_index].source
            scores.speaker_correct += bool(speaker and speaker & source)


def _chars(text: str, spans: list[list[int]]) -> frozenset[int]:
    return frozenset(i for s, e in spans for i in range(s, e) if text[i] not in _IGNORED)
