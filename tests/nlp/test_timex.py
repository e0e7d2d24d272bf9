"""accord_timexes on real text through the real pipeline: recognition, values, intervals."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from accord.models import Timex

D = dt.date


def timexes(annotate, text: str, date: str = "2023-06-12") -> list[Timex]:
    found = list(annotate(text, date).annotations.timexes)
    for timex in found:
        assert text[timex.start : timex.end] == timex.text
        assert timex.rule.startswith("timex.yaml#")
    return found


def only(annotate, text: str, date: str = "2023-06-12") -> Timex:
    found = timexes(annotate, text, date)
    assert len(found) == 1, found
    return found[0]


def by_text(found: list[Timex], words: str) -> Timex:
    matching = [t for t in found if words.lower() in t.text.lower()]
    assert matching, f"no timex containing {words!r} in {[t.text for t in found]}"
    return matching[0]


@pytest.fixture(scope="module")
def sample(annotate, sample_path) -> list[Timex]:
    text = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s*", "", sample_path.read_text(encoding="utf-8"))
    return timexes(annotate, text)


def test_sample_weekend_is_the_saturday_and_sunday_before_monday_publication(sample):
    weekend = by_text(sample, "over the weekend")
    assert weekend.value == "2023-W23-WE"
    assert weekend.interval == (D(2023, 6, 10), D(2023, 6, 11))


def test_sample_april_and_1980s(sample):
    april = by_text(sample, "April")
    assert (april.value, april.precision) == ("2023-04", "month")
    assert april.interval == (D(2023, 4, 1), D(2023, 4, 30))
    eighties = by_text(sample, "1980s")
    assert (eighties.value, eighties.precision) == ("198X", "decade")
    assert eighties.interval == (D(1980, 1, 1), D(1989, 12, 31))


def test_sample_stretch_anniversary_duration_and_present(sample):
    anniversary = by_text(sample, "75th anniversary of diplomatic relations")
    assert (anniversary.value, anniversary.precision) == ("1948", "year")
    assert by_text(sample, "over the past three-quarters of a century").value == "P75Y"
    nowadays = by_text(sample, "Nowadays")
    assert (nowadays.value, nowadays.type) == ("PRESENT_REF", "DATE")


def test_sample_cold_war_is_a_named_period(sample):
    cold_war = by_text(sample, "Cold War")
    assert cold_war.interval == (D(1947, 1, 1), D(1991, 12, 31))
    assert cold_war.rule == "timex.yaml#period"


@pytest.mark.parametrize(
    "text",
    [
        "The accord was signed on June 12, 2023 in Geneva.",
        "The accord was signed on 12 June 2023 in Geneva.",
        "The accord was signed on 2023-06-12 in Geneva.",
        "The accord was signed on 12/06/2023 in Geneva.",
        "The accord was signed on Monday, June 12, 2023 in Geneva.",
    ],
)
def test_explicit_dates_in_common_formats(annotate, text):
    timex = only(annotate, text, "2023-06-20")
    assert (timex.value, timex.precision) == ("2023-06-12", "day")


def test_a_range_of_days_is_one_interval(annotate):
    timex = only(annotate, "The summit will take place on 11-12 July in Vilnius.")
    assert (timex.value, timex.interval) == ("2023-07", (D(2023, 7, 11), D(2023, 7, 12)))


def test_day_and_month_without_year_take_the_year_of_publication(annotate):
    assert only(annotate, "Talks resumed on June 2.", "2023-06-12").value == "2023-06-02"
    assert only(annotate, "Talks resumed on Dec. 28.", "2024-01-03").value == "2023-12-28"


def test_weekday_follows_the_tense_of_its_verb(annotate):
    found = timexes(annotate, "The ministers met on Thursday and will meet again on Friday.")
    assert by_text(found, "Thursday").value == "2023-06-08"
    assert by_text(found, "Friday").value == "2023-06-16"


def test_month_in_the_past_or_future_by_tense(annotate):
    assert only(annotate, "In April, the two nations signed a deal.", "2023-06-12").value == (
        "2023-04"
    )
    assert only(annotate, "In April, the two nations signed a deal.", "2023-02-10").value == (
        "2022-04"
    )
    assert only(annotate, "The two nations will sign a deal in April.", "2023-06-12").value == (
        "2024-04"
    )


@pytest.mark.parametrize(
    ("text", "value", "interval"),
    [
        ("Prices rose last week.", "2023-W23", (D(2023, 6, 5), D(2023, 6, 11))),
        ("Prices rose last month.", "2023-05", (D(2023, 5, 1), D(2023, 5, 31))),
        ("Prices will rise next year.", "2024", (D(2024, 1, 1), D(2024, 12, 31))),
        ("Prices rose earlier this month.", "2023-06", (D(2023, 6, 1), D(2023, 6, 11))),
        ("Prices rose late last year.", "2022", (D(2022, 9, 1), D(2022, 12, 31))),
        ("Prices rose yesterday.", "2023-06-11", (D(2023, 6, 11), D(2023, 6, 11))),
        ("Prices rose three days ago.", "2023-06-09", (D(2023, 6, 9), D(2023, 6, 9))),
        ("Prices rose two years ago.", "2021", (D(2021, 1, 1), D(2021, 12, 31))),
        ("Prices rose in the first quarter.", "2023-Q1", (D(2023, 1, 1), D(2023, 3, 31))),
        ("The mill was built in 1987.", "1987", (D(1987, 1, 1), D(1987, 12, 31))),
        ("It was built in the 19th century.", "18", (D(1800, 1, 1), D(1899, 12, 31))),
        ("It happened last fall.", "2022-FA", (D(2022, 9, 1), D(2022, 11, 30))),
    ],
)
def test_relative_and_calendar_expressions(annotate, text, value, interval):
    timex = only(annotate, text)
    assert (timex.value, timex.interval) == (value, interval)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("The two sides have talked for three years.", "DURATION", "P3Y"),
        ("Output fell over the past two months.", "DURATION", "P2M"),
        ("The term lasts two and a half years.", "DURATION", "P2Y6M"),
        ("The council meets every week.", "SET", "P1W"),
        ("The report is published annually.", "SET", "P1Y"),
        ("Relations are currently strained.", "DATE", "PRESENT_REF"),
        ("Relations have recently improved.", "DATE", "PAST_REF"),
        ("Relations may improve in the future.", "DATE", "FUTURE_REF"),
    ],
)
def test_durations_sets_and_references(annotate, text, kind, value):
    timex = only(annotate, text)
    assert (timex.type, timex.value) == (kind, value)
    if kind in ("DURATION", "SET"):
        assert timex.interval is None


def test_times_of_day_are_time_values_on_their_day(annotate):
    found = timexes(annotate, "Rebels attacked on Friday morning and again at 3 p.m. today.")
    morning = by_text(found, "Friday morning")
    assert (morning.type, morning.value) == ("TIME", "2023-06-09TMO")
    afternoon = by_text(found, "3 p.m.")
    assert (afternoon.type, afternoon.value) == ("TIME", "2023-06-12T15:00")


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Theresa May met Macron.",
        "The army sent 2000 troops to the border.",
        "The Security Council adopted Resolution 1973 on Libya.",
        "The Sunday Times reported that the deal was off.",
    ],
)
def test_names_counts_and_numbers_are_not_times(annotate, text):
    assert timexes(annotate, text) == []


@pytest.mark.parametrize(
    "text", ["Talks on 31/31/2023.", "Talks on Feb. 30.", "Talks every 0 days."]
)
def test_impossible_dates_are_dropped(annotate, text):
    assert timexes(annotate, text) == []


def test_a_year_before_a_plural_noun_after_a_determiner_is_a_year(annotate):
    assert only(annotate, "The 1967 borders remain the basis for talks.").value == "1967"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Over the past decade, trade has tripled.", "P10Y"),
        ("Two weeks later, the government collapsed.", "P2W"),
    ],
)
def test_spans_running_to_now_or_from_another_event_are_durations(annotate, text, value):
    timex = only(annotate, text)
    assert (timex.type, timex.value, timex.interval) == ("DURATION", value, None)
