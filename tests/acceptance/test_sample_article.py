"""The acceptance example for the whole pipeline: ingest the bundled sample into a database,
read it back, and compare what is stored with what a careful analyst extracts from it
(``2023-06-12-russia-pakistan-oil.expected.yaml``).

``required`` items must be found; ``must_not`` items must never be stored as 2023 events;
``stretch`` items are reported (``-rA`` shows them) but do not fail the suite.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from accord.models import AnnotatedArticle, Event
from accord.service import ingest_files
from accord.store import open_store
from accord.store.queries import article as stored_article

EXPECTED = yaml.safe_load(
    (Path(__file__).parent / "2023-06-12-russia-pakistan-oil.expected.yaml").read_text()
)


@pytest.fixture(scope="module")
def stored(sample_path, tmp_path_factory) -> AnnotatedArticle:
    db = tmp_path_factory.mktemp("acceptance") / "sample.duckdb"
    result = ingest_files([sample_path], db)
    assert result.articles == 1 and result.rejected == 0
    with open_store(db) as store:
        (article_id,) = store.fetch("SELECT id FROM articles").rows[0]
        found = stored_article(store, article_id)
    assert found is not None
    return found.annotated


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _evidence_span(text: str, evidence: str) -> tuple[int, int]:
    start = text.index(evidence)
    return start, start + len(evidence)


def _matches(event: Event, expected: dict, text: str) -> bool:
    """An event matches when its trigger lies in the evidence and its codes and actors fit."""
    start, end = _evidence_span(text, expected["evidence"])
    if not start <= event.trigger.start < end:
        return False
    codes = _as_list(expected["codes"])
    if not any(event.cameo == c or event.cameo.startswith(c) for c in codes):
        return False
    sources = _as_list(expected["source"])
    if event.source.code not in sources and event.source.country not in sources:
        return False
    if "source_person" in expected and event.source.person != expected["source_person"]:
        return False
    targets = _as_list(expected.get("target", []))
    return not targets or (event.target is not None and event.target.country in targets)


def _found(stored: AnnotatedArticle, expected: dict) -> list[Event]:
    text = stored.article.text
    return [e for e in stored.annotations.events if _matches(e, expected, text)]


def _events(level: str) -> list[dict]:
    return [e for e in EXPECTED["events"] if e["level"] == level]


@pytest.mark.parametrize("expected", _events("required"), ids=lambda e: e["id"])
def test_required_event_is_stored_with_its_date(stored, expected):
    found = _found(stored, expected)
    assert found, f"{expected['id']} not found: {expected['evidence']!r}"
    low, high = (_date(d) for d in expected["event_date"])
    dated = [e for e in found if low <= e.date.start and e.date.end <= high]
    assert dated, f"{expected['id']} dated {[(e.date.start, e.date.end) for e in found]}"
    assert all(e.historical == expected["historical"] for e in dated)
    if "date_precision" in expected:
        assert any(e.date.precision == expected["date_precision"] for e in dated)


@pytest.mark.parametrize("forbidden", EXPECTED["must_not"], ids=lambda m: m["evidence"][:30])
def test_nothing_forbidden_is_stored_as_2023_news(stored, forbidden):
    start, end = _evidence_span(stored.article.text, forbidden["evidence"])
    wrong = [
        e
        for e in stored.annotations.events
        if start <= e.trigger.start < end
        and not e.historical
        and e.modality != "negated"
        and e.date.end.year == 2023
    ]
    assert not wrong, f"{forbidden['why']}: {[(e.cameo, e.trigger.text) for e in wrong]}"


@pytest.mark.parametrize("expected", _events("stretch"), ids=lambda e: e["id"])
def test_stretch_event_is_reported(stored, expected, record_property):
    found = _found(stored, expected)
    record_property(expected["id"], bool(found))
    if not found:
        pytest.skip(f"stretch {expected['id']} not found: {expected['evidence']!r}")
    if "historical" in expected:
        assert all(e.historical == expected["historical"] for e in found)


def _quote_expectations(level: str) -> list[dict]:
    return [q for q in EXPECTED["quotes"] if q["level"] == level]


def _quote_found(stored: AnnotatedArticle, expected: dict):
    for quote in stored.annotations.quotes:
        if "text" in expected and expected["text"] in quote.text:
            return quote
        starts, ends = expected.get("starts"), expected.get("ends")
        if starts and quote.text.startswith(starts) and quote.text.rstrip(" .,").endswith(ends):
            return quote
    return None


@pytest.mark.parametrize("expected", _quote_expectations("required"), ids=lambda q: q["id"])
def test_required_quote_is_attributed(stored, expected):
    quote = _quote_found(stored, expected)
    assert quote is not None, f"{expected['id']} not found"
    assert quote.speaker is not None and quote.speaker.name == expected["speaker"]
    if "speaker_actor" in expected:
        assert quote.speaker.code == expected["speaker_actor"]


@pytest.mark.parametrize("expected", _quote_expectations("stretch"), ids=lambda q: q["id"])
def test_stretch_quote_is_reported(stored, expected):
    quote = _quote_found(stored, expected)
    if quote is None:
        pytest.skip(f"stretch {expected['id']} not found")
    assert quote.speaker is not None and quote.speaker.name == expected["speaker"]


def _timex_value_fits(timex, value) -> bool:
    if isinstance(value, list):
        low, high = (_date(v) for v in value)
        return timex.interval is not None and low <= timex.interval[0] <= timex.interval[1] <= high
    return timex.value == str(value)


@pytest.mark.parametrize("expected", EXPECTED["time_expressions"], ids=lambda t: t["text"])
def test_time_expression_is_normalised(stored, expected):
    found = [
        t
        for t in stored.annotations.timexes
        if expected["text"].lower() in t.text.lower() or t.text.lower() in expected["text"].lower()
    ]
    fits = [t for t in found if _timex_value_fits(t, expected["value"])]
    if expected["level"] == "stretch" and not fits:
        pytest.skip(f"stretch timex {expected['text']!r}: {[t.value for t in found]}")
    assert fits, f"{expected['text']!r} normalised as {[t.value for t in found]}"


@pytest.mark.parametrize("expected", EXPECTED["actors"], ids=lambda a: a["mention"])
def test_actor_mention_is_coded(stored, expected):
    codes = set(_as_list(expected["code"]))
    found = [a for a in stored.annotations.actors if a.text == expected["mention"]]
    assert found, f"no actor mention {expected['mention']!r}"
    if len(codes) > 1 and "two nations" in expected["mention"]:
        assert codes <= {a.code for a in found}
    else:
        assert any(a.code in codes for a in found), [a.code for a in found]
    if "person" in expected:
        assert any(a.person == expected["person"] for a in found)


@pytest.mark.parametrize("expected", EXPECTED["places"], ids=lambda p: p["mention"])
def test_place_is_resolved(stored, expected):
    found = [p for p in stored.annotations.places if p.text == expected["mention"]]
    if expected["level"] == "stretch" and not found:
        pytest.skip(f"stretch place {expected['mention']!r} not resolved")
    assert found, f"place {expected['mention']!r} not resolved"
    assert found[0].country == expected["country"]
    if "resolves_to" in expected:
        assert found[0].name == expected["resolves_to"]
