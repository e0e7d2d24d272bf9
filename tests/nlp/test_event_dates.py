"""Event dating on real sentences: governing timex, carried context, publication date."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from accord.models import Event, EventActor, EventDate, TextSpan
from accord.nlp.components.event_dates import EventDatesComponent
from accord.nlp.time.dating import date_for_token, is_historical

D = dt.date
PUBLISHED = D(2023, 6, 12)


def parse(nlp, text: str, published: dt.date = PUBLISHED):
    doc = nlp.make_doc(text)
    doc._.accord_pub_date = published
    return nlp(doc)


def date_of(nlp, text: str, trigger: str, published: dt.date = PUBLISHED) -> EventDate:
    doc = parse(nlp, text, published)
    token = next(t for t in doc if t.text == trigger)
    return date_for_token(doc, token)


def test_a_fronted_month_dates_the_signing(nlp):
    date = date_of(nlp, "In April, the two nations signed a significant agreement.", "signed")
    assert (date.start, date.end, date.precision, date.basis) == (
        D(2023, 4, 1),
        D(2023, 4, 30),
        "month",
        "timex",
    )
    assert date.timex is not None and date.timex.text == "April"
    assert not is_historical(date, PUBLISHED)


def test_a_decade_makes_the_construction_historical(nlp):
    text = "Soviet specialists built the largest steel mill in Karachi in the 1980s."
    date = date_of(nlp, text, "built")
    assert (date.start, date.end, date.precision) == (D(1980, 1, 1), D(1989, 12, 31), "decade")
    assert is_historical(date, PUBLISHED)


def test_a_time_inside_a_subordinate_clause_is_that_clause_s(nlp):
    text = (
        "Russia has expressed its intention to strengthen cooperation with Pakistan as the "
        "initial consignment of Russian oil arrived at Karachi Port over the weekend."
    )
    assert date_of(nlp, text, "expressed").basis == "publication"
    assert date_of(nlp, text, "arrived").start == D(2023, 6, 10)


def test_a_participle_s_time_dates_the_agreement_it_modifies(nlp):
    text = "In a five-year protocol signed in 1985, Cairo agreed to purchase Canadian wheat."
    date = date_of(nlp, text, "agreed", D(1987, 3, 1))
    assert (date.start, date.end) == (D(1985, 1, 1), D(1985, 12, 31))


def test_a_time_before_the_subordinate_marker_is_the_main_verb_s(nlp):
    text = "The government declared a national emergency last week after a cyclone struck."
    date = date_of(nlp, text, "declared")
    assert (date.start, date.end, date.basis) == (D(2023, 6, 5), D(2023, 6, 11), "timex")


def test_the_weekend_before_a_monday_article(nlp):
    text = "The first consignment of Russian oil arrived at Karachi Port over the weekend."
    date = date_of(nlp, text, "arrived")
    assert (date.start, date.end) == (D(2023, 6, 10), D(2023, 6, 11))


def test_a_past_weekday_is_the_last_one_before_publication(nlp):
    assert date_of(nlp, "The ministers met in Delhi on Thursday.", "met").start == D(2023, 6, 8)
    assert date_of(nlp, "The ministers will meet in Delhi on Thursday.", "meet").start == D(
        2023, 6, 15
    )


def test_time_named_in_one_clause_is_not_given_to_another(nlp):
    text = "The minister said that the two countries had signed the treaty in 1998."
    assert date_of(nlp, text, "said").basis == "publication"
    assert date_of(nlp, text, "signed").start == D(1998, 1, 1)


def test_reported_events_take_the_time_of_the_report(nlp):
    text = "Russia's defence ministry said on Sunday that its forces had captured a village."
    date = date_of(nlp, text, "captured")
    assert (date.start, date.basis) == (D(2023, 6, 11), "timex")


def test_at_that_time_carries_the_time_of_the_previous_sentence(nlp):
    text = (
        "Soviet specialists helped build the steel mill in the 1980s. "
        "The Guddu power plant was also commissioned at that time."
    )
    date = date_of(nlp, text, "commissioned")
    assert (date.start, date.end, date.basis) == (D(1980, 1, 1), D(1989, 12, 31), "context")


def test_that_year_widens_a_carried_day_to_its_year(nlp):
    text = "Iraq invaded Kuwait on Aug. 2, 1990. The United Nations imposed sanctions that year."
    date = date_of(nlp, text, "imposed")
    assert (date.start, date.end, date.precision, date.basis) == (
        D(1990, 1, 1),
        D(1990, 12, 31),
        "year",
        "context",
    )


def test_the_previous_day_moves_a_carried_day_back(nlp):
    text = "Trade ministers met in Geneva on Thursday. The previous day, their deputies agreed."
    date = date_of(nlp, text, "agreed")
    assert (date.start, date.end, date.basis) == (D(2023, 6, 7), D(2023, 6, 7), "context")


def test_a_seven_month_war_dates_an_event_to_the_year(nlp):
    date = date_of(nlp, "Saudi Arabia hosted U.S. troops during the Gulf War.", "hosted")
    assert (date.start, date.end, date.precision) == (D(1990, 8, 2), D(1991, 2, 28), "year")


def test_narration_in_the_past_continues_the_previous_date(nlp):
    text = "On Saturday, the foreign ministers met in Lausanne. They discussed a ceasefire."
    date = date_of(nlp, text, "discussed")
    assert (date.start, date.basis) == (D(2023, 6, 10), "context")


def test_context_is_not_carried_across_paragraphs(nlp):
    text = "On Saturday, the foreign ministers met in Lausanne.\n\nThey discussed a ceasefire."
    assert date_of(nlp, text, "discussed").basis == "publication"


def test_between_two_years_is_one_interval(nlp):
    text = "Government forces besieged the city between 2013 and 2016."
    date = date_of(nlp, text, "besieged")
    assert (date.start, date.end, date.precision) == (D(2013, 1, 1), D(2016, 12, 31), "year")


def test_a_past_event_this_week_ends_on_publication(nlp):
    date = date_of(nlp, "Sweden formally joined NATO this week.", "joined", D(2024, 3, 7))
    assert (date.start, date.end) == (D(2024, 3, 4), D(2024, 3, 7))


def test_an_anniversary_dates_the_founding_not_the_event(nlp):
    text = "On the 75th anniversary of relations, Lavrov released a video statement."
    date = date_of(nlp, text, "released")
    assert (date.start, date.basis) == (PUBLISHED, "publication")


def test_without_a_time_expression_the_publication_date(nlp):
    date = date_of(nlp, "Russia expressed its intention to expand cooperation.", "expressed")
    assert date == EventDate(PUBLISHED, PUBLISHED, "day", "publication", None)


def _event(doc, trigger: str) -> Event:
    start = doc.text.index(trigger)
    actor = EventActor("RUS", "RUS", None, None, "Russia", 0, 6)
    return Event(
        id="e1",
        cameo="057",
        root="05",
        quad_class=1,
        goldstein=8.0,
        plover="AGREE",
        source=actor,
        target=None,
        trigger=TextSpan(start, start + len(trigger), trigger),
        sentence=(0, len(doc.text)),
        date=EventDate(PUBLISHED, PUBLISHED, "day", "publication"),
        historical=False,
        modality="asserted",
        location=None,
        rule="test",
        confidence=1.0,
    )


@pytest.mark.parametrize(("window", "historical"), [(365, False), (30, True)])
def test_component_replaces_the_placeholder_date(nlp, window, historical):
    doc = parse(nlp, "In April, Russia and Pakistan signed an agreement.")
    doc._.accord_events = [_event(doc, "signed")]
    EventDatesComponent(historical_window_days=window)(doc)
    (event,) = doc._.accord_events
    assert (event.date.start, event.date.precision, event.date.basis) == (
        D(2023, 4, 1),
        "month",
        "timex",
    )
    assert event.historical is historical


def test_sample_events_are_dated_when_the_coder_finds_them(annotate, sample_path):
    text = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s*", "", sample_path.read_text(encoding="utf-8"))
    events = annotate(text).annotations.events
    signed = [e for e in events if e.trigger.text == "signed"]
    if not signed:
        pytest.skip("the event coder finds no signing in the sample yet")
    assert all((e.date.start, e.date.precision) == (D(2023, 4, 1), "month") for e in signed)
    assert not any(e.historical for e in signed)
