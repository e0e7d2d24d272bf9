"""Calendar arithmetic: the interval and TIMEX3 value of a day, week, month, quarter, year….

Every function returns plain dates; values follow TimeML 1.2.1 (``2023-06``, ``2023-W23``,
``2023-Q1``, ``198X``, ``19``). Nothing here knows about text.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass

from accord.models import Precision

Interval = tuple[dt.date, dt.date]

#: Months of each season (northern hemisphere); winter starts in December of the year before.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True)
class Point:
    """A calendar unit: its TIMEX3 value, its interval and its precision."""

    value: str
    interval: Interval
    precision: Precision


def day(date: dt.date) -> Point:
    return Point(date.isoformat(), (date, date), "day")


def month(year: int, month_number: int) -> Point:
    last = _calendar.monthrange(year, month_number)[1]
    return Point(
        f"{year:04d}-{month_number:02d}",
        (dt.date(year, month_number, 1), dt.date(year, month_number, last)),
        "month",
    )


def week(date: dt.date) -> Point:
    """The ISO week (Monday to Sunday) that contains ``date``."""
    iso = date.isocalendar()
    monday = date - dt.timedelta(days=iso.weekday - 1)
    return Point(f"{iso.year:04d}-W{iso.week:02d}", (monday, monday + dt.timedelta(6)), "week")


def weekend(date: dt.date) -> Point:
    """The weekend of the ISO week containing ``date``, as ``2023-W23-WE``."""
    iso = date.isocalendar()
    saturday = date + dt.timedelta(days=6 - iso.weekday)
    sunday = saturday + dt.timedelta(days=1)
    return Point(f"{iso.year:04d}-W{iso.week:02d}-WE", (saturday, sunday), "week")


def last_weekend(anchor: dt.date) -> Point:
    """The most recent weekend that began before ``anchor`` (a Sunday anchor is its own)."""
    days_back = (anchor.isoweekday() - 6) % 7
    return weekend(anchor - dt.timedelta(days=days_back if days_back < 6 else 1))


def quarter(year: int, number: int) -> Point:
    first = 3 * (number - 1) + 1
    end = month(year, first + 2).interval[1]
    return Point(f"{year:04d}-Q{number}", (dt.date(year, first, 1), end), "quarter")


def quarter_of(date: dt.date) -> int:
    return (date.month - 1) // 3 + 1


def half(year: int, number: int) -> Point:
    start = dt.date(year, 1 if number == 1 else 7, 1)
    end = dt.date(year, 6, 30) if number == 1 else dt.date(year, 12, 31)
    return Point(f"{year:04d}-H{number}", (start, end), "year")


def season(year: int, code: str) -> Point:
    """A season; the winter of ``year`` runs from December ``year`` to February ``year + 1``."""
    first, last = SEASON_MONTHS[code]
    end_year = year + 1 if last < first else year
    return Point(
        f"{year:04d}-{code}",
        (dt.date(year, first, 1), month(end_year, last).interval[1]),
        "quarter",
    )


def year(number: int) -> Point:
    return Point(f"{number:04d}", (dt.date(number, 1, 1), dt.date(number, 12, 31)), "year")


def decade(first_year: int) -> Point:
    start = first_year - first_year % 10
    return Point(
        f"{start // 10:03d}X", (dt.date(start, 1, 1), dt.date(start + 9, 12, 31)), "decade"
    )


def century(number: int) -> Point:
    """The ``number``-th century as TimeML counts it: the 20th century is ``19`` (1900–1999)."""
    start = (number - 1) * 100
    return Point(
        f"{number - 1:02d}", (dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31)), "century"
    )


def span(start: dt.date, end: dt.date) -> Point:
    """A named period: the narrowest TIMEX3 value that covers it, precise to its length."""
    if start.year == end.year:
        value = f"{start.year:04d}"
    elif start.year // 10 == end.year // 10:
        value = f"{start.year // 10:03d}X"
    elif start.year // 100 == end.year // 100:
        value = f"{start.year // 100:02d}XX"
    else:
        value = f"{start.year // 1000}XXX"
    return Point(value, (start, end), precision_of(start, end))


def precision_of(start: dt.date, end: dt.date) -> Precision:
    """The smallest calendar unit at least as long as ``start``..``end``: what a date known
    only to lie in that stretch is precise to (a seven-month war: the year)."""
    days = (end - start).days + 1
    if days > 92:
        return "year"
    return "quarter" if days > 31 else "month" if days > 7 else "week" if days > 1 else "day"


def shift(date: dt.date, unit: str, amount: int) -> dt.date:
    """``date`` moved by ``amount`` units (D, W, M, Q, Y, DE, CE), clamping the day of month."""
    if unit == "D":
        return date + dt.timedelta(days=amount)
    if unit == "W":
        return date + dt.timedelta(weeks=amount)
    months = amount * {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit]
    index = date.year * 12 + date.month - 1 + months
    new_year, new_month = divmod(index, 12)
    last = _calendar.monthrange(new_year, new_month + 1)[1]
    return dt.date(new_year, new_month + 1, min(date.day, last))


def unit_containing(date: dt.date, unit: str) -> Point:
    """The day, week, month, quarter, year, decade or century that contains ``date``."""
    if unit == "D":
        return day(date)
    if unit == "W":
        return week(date)
    if unit == "M":
        return month(date.year, date.month)
    if unit == "Q":
        return quarter(date.year, quarter_of(date))
    if unit == "Y":
        return year(date.year)
    if unit == "DE":
        return decade(date.year)
    return century(date.year // 100 + 1)


def narrow(point: Point, part: str, anchor: dt.date) -> Point:
    """The early/mid/late third of a unit, or its part before/after ``anchor``.

    The value keeps the unit (TIMEX3 puts "early" in a modifier, not the value); the interval
    says what the words mean, which is what event dating needs. Units of several months split
    at month boundaries ("early 2023" is January to April); "earlier this month" ends the day
    before publication.
    """
    start, end = point.interval
    if part == "BEFORE":
        new = (start, max(start, min(end, anchor - dt.timedelta(days=1))))
    elif part == "AFTER":
        new = (min(end, max(start, anchor + dt.timedelta(days=1))), end)
    else:
        new = _third(start, end, part)
    return Point(point.value, new, point.precision)


def _third(start: dt.date, end: dt.date, part: str) -> Interval:
    """Early/mid/late: days 1-10/11-20/21-end of a month; Jan-Apr/May-Aug/Sep-Dec of a year;
    years 0-3/4-6/7-9 of a decade; otherwise thirds of the months or days it spans."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months == 1:
        bounds = {"START": (1, 10), "MID": (11, 20), "END": (21, end.day)}[part]
        return start.replace(day=bounds[0]), start.replace(day=bounds[1])
    if months == 120:
        first, last = {"START": (0, 3), "MID": (4, 6), "END": (7, 9)}[part]
        return dt.date(start.year + first, 1, 1), dt.date(start.year + last, 12, 31)
    if months >= 3:
        size = months // 3
        first = {"START": 0, "MID": size, "END": months - size}[part]
        last = {"START": size, "MID": months - size, "END": months}[part]
        return shift(start, "M", first), shift(start, "M", last) - dt.timedelta(days=1)
    third = dt.timedelta(days=((end - start).days + 1) // 3)
    if part == "START":
        return start, start + third - dt.timedelta(days=1)
    if part == "MID":
        return start + third, end - third
    return end - third + dt.timedelta(days=1), end


def nth_weekday(year_number: int, month_number: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ISO ``weekday`` (1 = Monday) of a month; ``nth = -1`` for the last one."""
    days = _calendar.monthrange(year_number, month_number)[1]
    matches = [
        dt.date(year_number, month_number, d)
        for d in range(1, days + 1)
        if dt.date(year_number, month_number, d).isoweekday() == weekday
    ]
    return matches[nth - 1] if nth > 0 else matches[nth]
