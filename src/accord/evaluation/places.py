"""Scoring place extraction against annotated sentences (``tests/gold/places.jsonl``).

Each gold line holds ``id``, ``date``, ``text`` and ``places``: the place mentions in text
order, each with ``text``, ``name``, ``country`` (ISO alpha-3 or null) and, where the
gazetteer holds the intended place, its ``geonameid``. A predicted place matches a gold
mention when their spans overlap. It is *resolved* right when the GeoNames ids agree or,
for gold without an id, when the countries agree and one name contains the other.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from accord.errors import DataFileError
from accord.models import Article, Place
from accord.nlp.pipeline import Annotator
from accord.nlp.places.gazetteer import fold


@dataclass(frozen=True)
class GoldPlace:
    start: int
    end: int
    text: str
    name: str
    country: str | None
    geonameid: int | None


@dataclass(frozen=True)
class GoldSentence:
    id: str
    date: dt.date
    text: str
    places: tuple[GoldPlace, ...]


@dataclass(frozen=True)
class PlacesReport:
    """Counts behind the figures, plus one line per miss, spurious place or wrong resolution."""

    sentences: int
    gold: int
    predicted: int
    matched: int
    resolved: int
    right_country: int
    errors: tuple[str, ...] = ()

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def resolution_accuracy(self) -> float:
        return _ratio(self.resolved, self.matched)

    @property
    def country_accuracy(self) -> float:
        return _ratio(self.right_country, self.matched)

    def to_dict(self) -> dict[str, Any]:
        figures = {
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "resolution_accuracy": round(self.resolution_accuracy, 4),
            "country_accuracy": round(self.country_accuracy, 4),
        }
        counts = asdict(self)
        counts["errors"] = list(self.errors)
        return {**figures, **counts}

    def format(self, *, errors: bool = True) -> str:
        lines = [
            f"sentences {self.sentences}, gold places {self.gold}, predicted {self.predicted}",
            f"mention recall     {self.recall:.3f} ({self.matched}/{self.gold})",
            f"mention precision  {self.precision:.3f} ({self.matched}/{self.predicted})",
            f"resolution acc.    {self.resolution_accuracy:.3f} ({self.resolved}/{self.matched})",
            f"correct country    {self.country_accuracy:.3f} ({self.right_country}/{self.matched})",
        ]
        if errors and self.errors:
            lines += ["", *self.errors]
        return "\n".join(lines)


def evaluate(gold_path: str | Path, nlp: Language) -> PlacesReport:
    """Run ``nlp`` over every gold sentence and compare the places it finds."""
    gold = list(read_gold(Path(gold_path)))
    articles = [Article(id=s.id, date=s.date, text=s.text) for s in gold]
    counts = {"gold": 0, "predicted": 0, "matched": 0, "resolved": 0, "right_country": 0}
    errors: list[str] = []
    for sentence, annotated in zip(gold, Annotator(nlp).annotate(articles), strict=True):
        _score(sentence, annotated.annotations.places, counts, errors)
    return PlacesReport(sentences=len(gold), errors=tuple(errors), **counts)


def _score(
    sentence: GoldSentence, predicted: Sequence[Place], counts: dict[str, int], errors: list[str]
) -> None:
    counts["gold"] += len(sentence.places)
    counts["predicted"] += len(predicted)
    unused = list(predicted)
    for gold in sentence.places:
        overlapping = [p for p in unused if p.start < gold.end and gold.start < p.end]
        if not overlapping:
            errors.append(f"{sentence.id} missed   {gold.text!r} ({gold.name}, {gold.country})")
            continue
        place = max(overlapping, key=lambda p: min(p.end, gold.end) - max(p.start, gold.start))
        unused.remove(place)
        counts["matched"] += 1
        counts["right_country"] += place.country == gold.country
        if resolved_right(place, gold):
            counts["resolved"] += 1
        else:
            errors.append(
                f"{sentence.id} wrong    {gold.text!r}: {place.name}, {place.country} "
                f"({place.rule}); gold {gold.name}, {gold.country}"
            )
    for place in unused:
        errors.append(f"{sentence.id} spurious {place.text!r}: {place.name}, {place.country}")


def resolved_right(place: Place, gold: GoldPlace) -> bool:
    if gold.geonameid is not None:
        return place.geonameid == gold.geonameid
    if place.country != gold.country:
        return False
    ours, theirs = fold(place.name), fold(gold.name)
    return ours in theirs or theirs in ours


def read_gold(path: Path) -> Iterator[GoldSentence]:
    """The gold sentences, with each place's offsets found in order in its text."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), f"cannot be read: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield _sentence(path, number, line)


def _sentence(path: Path, number: int, line: str) -> GoldSentence:
    try:
        record = json.loads(line)
        text = record["text"]
        searched_from: dict[str, int] = {}
        places = []
        for item in record["places"]:
            start = _find_word(text, item["text"], searched_from.get(item["text"], 0))
            searched_from[item["text"]] = start + len(item["text"])
            places.append(
                GoldPlace(
                    start=start,
                    end=start + len(item["text"]),
                    text=item["text"],
                    name=item["name"],
                    country=item.get("country"),
                    geonameid=item.get("geonameid"),
                )
            )
        return GoldSentence(
            record["id"], dt.date.fromisoformat(record["date"]), text, tuple(places)
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise DataFileError(f"{path}:{number}", f"not a gold sentence: {exc!r}") from exc


def _find_word(text: str, words: str, start: int) -> int:
    """Where ``words`` next occurs as whole words ("Georgia" not inside "Georgian")."""
    found = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text[start:])
    if found is None:
        raise ValueError(f"{words!r} is not in the text after offset {start}")
    return start + found.start()


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
