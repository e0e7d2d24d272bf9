"""Named queries: summary, article lists, event and quote filters."""

from __future__ import annotations

import datetime as dt

import pytest
from store_samples import annotated

from accord.store import Batch, open_store, queries
from accord.store.queries import EventFilter, QuoteFilter


@pytest.fixture
def store():
    with open_store(":memory:") as opened:
        run_id = opened.start_run("ingest", "[]", model="m", lexicon="lex@1")
        items = [annotated("a1"), annotated("a2", date=dt.date(2024, 1, 2))]
        opened.write_batch(Batch(run_id, "lex@1", [(a, "annotated") for a in items]))
        yield opened


def event_ids(store, **where) -> list[str]:
    return [r["id"] for r in queries.events(store, EventFilter(**where)).records()]


def test_summary_counts_everything(store):
    result = queries.summary(store)
    assert result.counts["articles"] == 2
    assert result.counts["events"] == 4
    assert result.counts["actors"] == 8
    assert result.counts["quotes"] == 4
    assert result.statuses == {"annotated": 2}
    assert result.published == (dt.date(2023, 6, 12), dt.date(2024, 1, 2))
    assert result.top_actors[0][1] == 2
    assert result.counts["  historical events"] == 2
    # aggregations count what happened: the historical 07x events are left out
    assert result.events_by_root == [("05", 2)]
    assert result.events_by_quad_class == [(1, 2)]


def test_list_articles_newest_first_with_event_counts(store):
    rows = queries.list_articles(store, limit=10).records()
    assert [(r["id"], r["events"]) for r in rows] == [("a2", 2), ("a1", 2)]


def test_events_exclude_historical_by_default(store):
    assert event_ids(store) == ["a1-e1", "a2-e1"]
    assert sorted(event_ids(store, include_historical=True)) == ["a1-e1", "a1-e2", "a2-e1", "a2-e2"]


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ({"source": "rus"}, ["a1-e1", "a2-e1"]),
        ({"source": "PAK"}, []),
        ({"target": "PAK"}, ["a1-e1", "a2-e1"]),
        ({"code": "05"}, ["a1-e1", "a2-e1"]),
        ({"code": "07", "include_historical": True}, ["a1-e2", "a2-e2"]),
        ({"source": "USR", "include_historical": True}, ["a1-e2", "a2-e2"]),
    ],
)
def test_event_filters_match_code_prefixes(store, where, expected):
    assert sorted(event_ids(store, **where)) == expected


def test_event_dates_filter_on_when_it_happened_not_publication(store):
    # both articles were published after 2023-05, but the signing happened in April 2023
    assert event_ids(store, since=dt.date(2023, 5, 1)) == []
    assert event_ids(store, since=dt.date(2023, 4, 30)) == ["a1-e1", "a2-e1"]
    assert event_ids(store, until=dt.date(2023, 3, 31)) == []
    assert event_ids(store, until=dt.date(1985, 1, 1), include_historical=True) == [
        "a1-e2",
        "a2-e2",
    ]


def test_quote_filters(store):
    def texts(**where) -> list[tuple[str, str]]:
        rows = queries.quotes(store, QuoteFilter(**where)).records()
        return [(r["article_id"], r["text"]) for r in rows]

    assert texts(speaker="lavrov") == [
        ("a1", "We value our friends,"),
        ("a2", "We value our friends,"),
    ]
    assert texts(speaker="Putin") == []
    assert len(texts(actor="rus")) == 2
    assert len(texts()) == 4


def test_article_not_found(store):
    assert queries.article(store, "nope") is None
