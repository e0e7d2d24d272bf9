"""Load ``timex.yaml`` and ``periods.yaml`` into compiled rules, validating every entry.

The files hold the knowledge (words, patterns, named periods); this module turns them into
regular expressions once per process and says which file and entry is wrong when one is.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accord.errors import DataFileError
from accord.nlp.lexicon import data_files, read_data_file
from accord.nlp.time.calendar import month

NORMALISERS = frozenset(
    {
        "calendar_date", "numeric_date", "month_name", "season", "year", "decade", "century",
        "weekend", "weekday", "day_word", "part_of_day", "time_of_day", "quarter",
        "relative_unit", "offset", "vague_offset", "duration", "reference", "set", "holiday",
        "anniversary", "period", "year_earlier",
    }
)  # fmt: skip
_PLACEHOLDER = re.compile(r"\{([a-z_|]+)\}")


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: re.Pattern[str]
    normaliser: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Period:
    id: str
    names: tuple[str, ...]
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class RuleTable:
    """Everything the recogniser and the normaliser need from the knowledge files."""

    rules: tuple[Rule, ...]
    vocabulary: dict[str, dict[str, Any]]  # vocabulary name -> lower-cased word -> meaning
    periods: dict[str, Period]  # lower-cased name -> period
    numeric_order: str

    def meaning(self, vocabulary: str, word: str) -> Any:
        """What ``word`` means in ``vocabulary`` (spaces and case normalised)."""
        return self.vocabulary[vocabulary].get(" ".join(word.lower().split()))


@functools.cache
def load_rule_table() -> RuleTable:
    """The bundled files plus the user's (``ACCORD_DATA_DIR``), parsed once per process."""
    vocabulary: dict[str, dict[str, Any]] = {}
    case_sensitive: set[str] = set()
    raw_rules: list[tuple[Path, dict[str, Any]]] = []
    numeric_order = "dmy"
    for path in data_files("timex.yaml"):
        document = read_data_file(path)
        numeric_order = str(document.get("numeric_order", numeric_order))
        for name, entry in (document.get("vocabulary") or {}).items():
            words = _vocabulary_words(path, name, entry)
            vocabulary.setdefault(name, {}).update({k.lower(): v for k, v in words.items()})
            if entry.get("case_sensitive"):
                case_sensitive.add(name)
        raw_rules.extend((path, rule) for rule in document.get("rules") or [])
    periods = _load_periods()
    alternations = {
        name: _alternation(words, name in case_sensitive) for name, words in vocabulary.items()
    }
    alternations["period"] = _alternation({n: 1 for n in periods}, False)
    alternations["number_expression"] = _number_expression(vocabulary["number"])
    rules = tuple(_compile_rule(path, raw, alternations) for path, raw in raw_rules)
    return RuleTable(rules, vocabulary, periods, numeric_order)


def _vocabulary_words(path: Path, name: str, entry: Any) -> dict[str, Any]:
    if not isinstance(entry, dict) or not isinstance(entry.get("words"), dict):
        raise DataFileError(str(path), f"vocabulary '{name}' needs a 'words' mapping")
    return {str(k): v for k, v in entry["words"].items()}


def _alternation(words: dict[str, Any], case_sensitive: bool) -> str:
    """A non-capturing alternation of the words, longest first, spaces matching any blank."""
    forms: set[str] = set()
    for word in words:
        if case_sensitive:  # words are stored lower-cased: "may" must not match "May"
            forms.update({word.title(), word.upper()})
        else:
            forms.add(word)
    escaped = sorted(
        (re.escape(f).replace(r"\ ", r"\s+") for f in forms), key=lambda f: (-len(f), f)
    )
    body = "|".join(escaped)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _number_expression(words: dict[str, Any]) -> str:
    """Digits, or number words joined by spaces or hyphens ("twenty-five", "a hundred").

    "a"/"an" count as one only on their own or before a multiplier, so that "a two-year
    term" reads as two years, not "a two".
    """
    articles = {w for w in words if w in ("a", "an")}
    plain = _alternation({w: 1 for w in words if w not in articles}, False)
    joined = rf"{plain}(?:[\s-]+(?:and\s+)?{plain})*"
    multiplied = r"(?:(?:a|an)\s+(?=hundred|thousand|dozen))?"
    return rf"(?:\d+(?:[.,]\d+)?|{multiplied}{joined}|a|an)"


def _compile_rule(path: Path, raw: Any, alternations: dict[str, str]) -> Rule:
    if not isinstance(raw, dict) or not {"id", "pattern", "normaliser"} <= raw.keys():
        raise DataFileError(str(path), f"rule {raw!r} needs 'id', 'pattern' and 'normaliser'")
    rule_id = str(raw["id"])
    if raw["normaliser"] not in NORMALISERS:
        raise DataFileError(
            str(path), f"rule '{rule_id}': unknown normaliser '{raw['normaliser']}'"
        )

    def expand(match: re.Match[str]) -> str:
        names = match.group(1).split("|")
        missing = [n for n in names if n not in alternations]
        if missing:
            raise DataFileError(str(path), f"rule '{rule_id}': no vocabulary named {missing[0]}")
        return "(?:" + "|".join(alternations[n] for n in names) + ")"

    try:
        # every expression starts at a word start; saying so up front makes matching fast
        body = _PLACEHOLDER.sub(expand, str(raw["pattern"]))
        pattern = re.compile(rf"(?<!\w)(?:{body})", re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(str(path), f"rule '{rule_id}': bad pattern: {exc}") from exc
    return Rule(rule_id, pattern, str(raw["normaliser"]), tuple(raw.get("examples") or ()))


def _load_periods() -> dict[str, Period]:
    periods: dict[str, Period] = {}
    for path in data_files("periods.yaml"):
        for raw in read_data_file(path).get("periods") or []:
            period = _period(path, raw)
            periods.update({name.lower(): period for name in period.names})
    return periods


def _period(path: Path, raw: Any) -> Period:
    if not isinstance(raw, dict) or not {"id", "names", "start", "end"} <= raw.keys():
        raise DataFileError(str(path), f"period {raw!r} needs 'id', 'names', 'start' and 'end'")
    start = _bound(path, raw["id"], raw["start"], first=True)
    end = _bound(path, raw["id"], raw["end"], first=False)
    if end < start:
        raise DataFileError(str(path), f"period '{raw['id']}' ends before it starts")
    return Period(str(raw["id"]), tuple(str(n) for n in raw["names"]), start, end)


def _bound(path: Path, period_id: str, value: Any, *, first: bool) -> dt.date:
    """A period bound: a date, ``YYYY-MM`` or ``YYYY`` (the first or last day of it)."""
    if isinstance(value, dt.date):
        return value
    text = str(value)
    try:
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 1, 1) if first else dt.date(int(text), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            point = month(int(text[:4]), int(text[5:]))
            return point.interval[0] if first else point.interval[1]
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise DataFileError(str(path), f"period '{period_id}': bad date {text!r}") from exc
