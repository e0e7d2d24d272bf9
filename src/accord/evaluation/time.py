"""Score time-expression recognition and normalisation against TIMEX3 gold (JSON Lines).

Each gold line: ``{"doc_id", "dct", "text", "timexes": [{"start", "end", "text", "type",
"value"}]}``. Spans are scored strictly (same offsets) and relaxed (any overlap, one-to-one);
type and value accuracy are over the relaxed matches. Only the pipes time expressions need
(tagger, parser, entities, ``accord_timexes``) run, so a full pass takes seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from accord.models import Timex

#: The model's pipes time expressions depend on; the rest of the pipeline is skipped.
NEEDED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Mistake:
    """One disagreement, for studying errors by category."""

    doc_id: str
    kind: str  # missed | spurious | type | value
    gold: GoldTimex | None
    predicted: Timex | None

    def __str__(self) -> str:
        gold = f"{self.gold.text!r} {self.gold.type} {self.gold.value}" if self.gold else "-"
        pred = self.predicted
        found = f"{pred.text!r} {pred.type} {pred.value} ({pred.rule})" if pred else "-"
        return f"{self.kind:8} {self.doc_id}: gold {gold} | predicted {found}"


@dataclass
class TimeEvaluation:
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    strict_matches: int = 0
    relaxed_matches: int = 0
    type_correct: int = 0
    value_correct: int = 0
    mistakes: list[Mistake] = field(default_factory=list)

    @staticmethod
    def _ratio(part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    def scores(self, matches: int) -> tuple[float, float, float]:
        precision = self._ratio(matches, self.predicted)
        recall = self._ratio(matches, self.gold)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def to_dict(self) -> dict[str, Any]:
        strict, relaxed = self.scores(self.strict_matches), self.scores(self.relaxed_matches)
        return {
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
            "strict": dict(zip(("precision", "recall", "f1"), strict, strict=True)),
            "relaxed": dict(zip(("precision", "recall", "f1"), relaxed, strict=True)),
            "type_accuracy": self._ratio(self.type_correct, self.relaxed_matches),
            "value_accuracy": self._ratio(self.value_correct, self.relaxed_matches),
        }

    def mistakes_by_rule(self) -> Counter[tuple[str, str]]:
        """(kind, rule) -> count: where to look first when studying errors."""
        return Counter((m.kind, m.predicted.rule if m.predicted else "-") for m in self.mistakes)

    def format(self, *, mistakes: bool = False) -> str:
        """The figures; with ``mistakes``, the commonest kinds of error by rule as well."""
        d = self.to_dict()
        lines = [
            f"time expressions: {self.documents} documents, {self.gold} gold, "
            f"{self.predicted} predicted",
        ]
        for name in ("strict", "relaxed"):
            s = d[name]
            lines.append(
                f"  span {name:7}  P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
            )
        lines.append(
            f"  type accuracy  {d['type_accuracy']:.3f}   value accuracy {d['value_accuracy']:.3f}"
            f"   (over {self.relaxed_matches} relaxed matches)"
        )
        if mistakes:
            lines.append("  commonest mistakes (kind, rule, count):")
            for (kind, rule), count in self.mistakes_by_rule().most_common(15):
                lines.append(f"    {kind:8} {rule:32} {count}")
        return "\n".join(lines)


def read_gold(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def evaluate(gold_path: str | Path, nlp: Language) -> TimeEvaluation:
    """Run the time-expression pipes of ``nlp`` over the gold documents and score them."""
    records = list(read_gold(Path(gold_path)))
    result = TimeEvaluation()
    enabled = [p for p in (*NEEDED_PIPES, "accord_timexes") if p in nlp.pipe_names]
    with nlp.select_pipes(enable=enabled):
        docs = nlp.pipe(_make_doc(nlp, r) for r in records)
        for record, doc in zip(records, docs, strict=True):
            gold = [GoldTimex(**{k: t[k] for k in ("start", "end", "text", "type", "value")})
                    for t in record["timexes"]]  # fmt: skip
            _score(result, record["doc_id"], gold, list(doc._.accord_timexes or []))
    return result


def _make_doc(nlp: Language, record: dict[str, Any]):  # -> Doc
    doc = nlp.make_doc(record["text"])
    doc._.accord_pub_date = dt.date.fromisoformat(record["dct"][:10])
    return doc


def _score(result: TimeEvaluation, doc_id: str, gold: list[GoldTimex], found: list[Timex]) -> None:
    result.documents += 1
    result.gold += len(gold)
    result.predicted += len(found)
    unmatched = list(found)
    for g in gold:
        overlapping = [p for p in unmatched if p.start < g.end and g.start < p.end]
        if not overlapping:
            result.mistakes.append(Mistake(doc_id, "missed", g, None))
            continue
        best = max(overlapping, key=lambda p: min(p.end, g.end) - max(p.start, g.start))
        unmatched.remove(best)
        result.relaxed_matches += 1
        result.strict_matches += (best.start, best.end) == (g.start, g.end)
        result.type_correct += best.type == g.type
        result.value_correct += best.value == g.value
        if best.value != g.value:
            result.mistakes.append(Mistake(doc_id, "value", g, best))
        elif best.type != g.type:
            result.mistakes.append(Mistake(doc_id, "type", g, best))
    result.mistakes.extend(Mistake(doc_id, "spurious", None, p) for p in unmatched)
