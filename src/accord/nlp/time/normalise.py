"""Turn a recognised expression into a TIMEX3 value and interval, anchored on publication.

One small function per normaliser named in ``timex.yaml``; each reads the named groups of its
rule's match. Words that leave the year open ("in April", "on Monday") take it from the
publication date and the tense of the governing verb: a past verb picks the latest occurrence
on or before publication, a future one the earliest on or after, otherwise the nearest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from accord.models import Precision, TimexType
from accord.nlp.time import calendar as cal
from accord.nlp.time import durations
from accord.nlp.time.calendar import Interval, Point
from accord.nlp.time.rules import RuleTable
from accord.nlp.time.tense import Tense


@dataclass(frozen=True)
class Context:
    """What a normaliser may consult besides the match: anchor, tense (lazily) and rules."""

    anchor: dt.date
    table: RuleTable
    text: str  # the matched text
    tense: Callable[[], Tense | None]


@dataclass(frozen=True)
class Normalised:
    type: TimexType
    value: str
    interval: Interval | None
    precision: Precision | None


Groups = dict[str, str]

#: "last year's", "January this year", "February 9 next year"
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}

#: A day and month within this many days of publication is read as the nearest such date
#: whatever the tense (a mis-parsed tense should not cost a year); beyond it the tense decides.
NEAR_DAYS = 60


def dated(point: Point, kind: TimexType = "DATE", value: str | None = None) -> Normalised:
    return Normalised(kind, value or point.value, point.interval, point.precision)


def undated(kind: TimexType, value: str) -> Normalised:
    return Normalised(kind, value, None, None)


def choose(
    points: list[Point], anchor: dt.date, tense: Tense | None, *, near_days: int = 0
) -> Point:
    """The occurrence the tense points to, among chronologically ordered candidates.

    The nearest candidate wins whatever the tense when it is within ``near_days`` of the
    anchor: "Oct. 26" in an article of October 25 is the next day, not a date a year back.
    """
    nearest = min(points, key=lambda p: _distance(p, anchor))
    if _distance(nearest, anchor) <= near_days:
        return nearest
    if tense == "past":
        earlier = [p for p in points if p.interval[0] <= anchor]
        return earlier[-1] if earlier else points[0]
    if tense == "future":
        later = [p for p in points if p.interval[1] >= anchor]
        return later[0] if later else points[-1]
    return nearest


def _distance(point: Point, anchor: dt.date) -> int:
    start, end = point.interval
    if start <= anchor <= end:
        return 0
    return min(abs((start - anchor).days), abs((end - anchor).days))


def last_before(points: list[Point], anchor: dt.date) -> Point:
    """The latest candidate that ended before ``anchor`` ("last April")."""
    return [p for p in points if p.interval[1] < anchor][-1]


def first_after(points: list[Point], anchor: dt.date) -> Point:
    """The earliest candidate that starts after ``anchor`` ("next April")."""
    return next(p for p in points if p.interval[0] > anchor)


def _modified(point: Point, groups: Groups, ctx: Context) -> Point:
    modifier = groups.get("modifier")
    if not modifier:
        return point
    return cal.narrow(point, str(ctx.table.meaning("modifier", modifier)), ctx.anchor)


def _month_number(groups: Groups, ctx: Context) -> int:
    if groups.get("month_num"):
        return int(groups["month_num"])
    word = groups["month"].rstrip(".")
    found = ctx.table.meaning("month", word) or ctx.table.meaning("month_abbreviation", word)
    return int(found)


def _relative(groups: Groups, ctx: Context) -> int | None:
    word = groups.get("relative")
    return None if word is None else int(ctx.table.meaning("relative", word) or 0)


def calendar_date(groups: Groups, ctx: Context) -> Normalised | None:
    month_number, day_number = _month_number(groups, ctx), int(groups["day"])
    if groups.get("year"):
        point = cal.day(dt.date(int(groups["year"]), month_number, day_number))
    elif groups.get("relyear"):  # "February 9 next year"
        shift = _YEAR_SHIFT[groups["relyear"].lower()]
        point = cal.day(dt.date(ctx.anchor.year + shift, month_number, day_number))
    else:
        years = (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)
        points = [cal.day(dt.date(y, month_number, day_number)) for y in years]
        point = choose(points, ctx.anchor, ctx.tense(), near_days=NEAR_DAYS)
    return dated(_day_range(point, groups))


def _day_range(point: Point, groups: Groups) -> Point:
    """ "11-12 July", "July 11-12": both days, valued as their month (TIMEX3 has no ranges)."""
    day = point.interval[0]
    if groups.get("first_day"):
        first, last = day.replace(day=int(groups["first_day"])), day
    elif groups.get("last_day"):
        first, last = day, day.replace(day=int(groups["last_day"]))
    else:
        return point
    if first >= last:
        raise ValueError(f"not a range of days: {first}..{last}")
    return Point(f"{day.year:04d}-{day.month:02d}", (first, last), "day")


def numeric_date(groups: Groups, ctx: Context) -> Normalised | None:
    first, second = int(groups["first"]), int(groups["second"])
    day_first = ctx.table.numeric_order == "dmy"
    if (day_first and second > 12) or (not day_first and first > 12):
        day_first = not day_first
    day_number, month_number = (first, second) if day_first else (second, first)
    return dated(cal.day(dt.date(int(groups["year"]), month_number, day_number)))


def month_name(groups: Groups, ctx: Context) -> Normalised | None:
    number, anchor = _month_number(groups, ctx), ctx.anchor
    if groups.get("year"):
        point = cal.month(int(groups["year"]), number)
    elif groups.get("relyear"):
        shift = _YEAR_SHIFT[groups["relyear"].lower()]
        point = cal.month(anchor.year + shift, number)
    else:
        points = [cal.month(y, number) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        relative = _relative(groups, ctx)
        if relative == -1:
            point = last_before(points, anchor)
        elif relative == 1:
            point = first_after(points, anchor)
        elif relative == 0:
            point = points[1]
        else:
            point = choose(points, anchor, ctx.tense())
    return dated(_modified(point, groups, ctx))


def season(groups: Groups, ctx: Context) -> Normalised | None:
    code, anchor = str(ctx.table.meaning("season", groups["season"])), ctx.anchor
    if groups.get("year"):
        return dated(cal.season(int(groups["year"]), code))
    years = range(anchor.year - 2, anchor.year + 2)
    points = [cal.season(y, code) for y in years]
    relative = _relative(groups, ctx)
    if relative == -1:
        point = last_before(points, anchor)
    elif relative == 1:
        point = first_after(points, anchor)
    else:
        point = choose(points, anchor, "present" if relative == 0 else ctx.tense())
    return dated(_modified(point, groups, ctx))


def year(groups: Groups, ctx: Context) -> Normalised | None:
    if groups.get("words"):  # "nineteen ninety-six", "two thousand"
        number = durations.parse_year_words(groups["words"], ctx.table)
        return None if number is None else dated(cal.year(number))
    return dated(_modified(cal.year(int(groups["year"])), groups, ctx))


def year_earlier(groups: Groups, ctx: Context) -> Normalised | None:
    """ "year-earlier" figures: the year before publication (or before the quarter in view)."""
    return dated(cal.year(ctx.anchor.year - 1))


def decade(groups: Groups, ctx: Context) -> Normalised | None:
    if groups.get("decade"):
        first = int(groups["decade"])
    elif groups.get("short"):
        short = int(groups["short"].strip("'"))
        first = 2000 + short if 2000 + short <= ctx.anchor.year else 1900 + short
    else:
        first = 10 * int(ctx.table.meaning("decade_word", groups["decade_word"]))
    return dated(_modified(cal.decade(first), groups, ctx))


def century(groups: Groups, ctx: Context) -> Normalised | None:
    ordinal = groups["ordinal"]
    number = int(ordinal[:-2]) if ordinal[:1].isdigit() else ctx.table.meaning("ordinal", ordinal)
    if not number:
        return None
    return dated(_modified(cal.century(int(number)), groups, ctx))


def weekend(groups: Groups, ctx: Context) -> Normalised | None:
    relative, anchor = _relative(groups, ctx), ctx.anchor
    upcoming = cal.weekend(anchor if anchor.isoweekday() < 6 else anchor + dt.timedelta(7))
    if relative == -1:
        point = cal.last_weekend(anchor)
    elif relative == 1:
        point = upcoming
    elif relative == 0:
        point = cal.weekend(anchor)
    else:
        tense = ctx.tense()
        point = upcoming if tense in ("future", "present") else cal.last_weekend(anchor)
    return dated(point)


def weekday(groups: Groups, ctx: Context) -> Normalised | None:
    wanted, anchor = int(ctx.table.meaning("weekday", groups["weekday"])), ctx.anchor
    monday = anchor - dt.timedelta(days=anchor.isoweekday() - 1)
    days = [cal.day(monday + dt.timedelta(days=7 * w + wanted - 1)) for w in (-1, 0, 1)]
    word = " ".join((groups.get("relative") or "").lower().split())
    if word in ("last", "this past", "past"):
        point = last_before(days, anchor)
    elif word in ("next", "this coming", "coming"):
        point = first_after(days, anchor)
    elif word == "this":
        point = days[1]
    else:
        tense = ctx.tense()  # no verb: news reports the past; a present verb: the nearest
        point = choose(days, anchor, "past" if tense is None else tense)
    return _with_part(point, groups, ctx)


def _with_part(point: Point, groups: Groups, ctx: Context) -> Normalised:
    part = groups.get("part")
    if not part:
        return dated(point)
    return dated(point, "TIME", f"{point.value}T{ctx.table.meaning('part_of_day', part)}")


def day_word(groups: Groups, ctx: Context) -> Normalised | None:
    offset = int(ctx.table.meaning("day_word", groups["day_word"]))
    return _with_part(cal.day(ctx.anchor + dt.timedelta(days=offset)), groups, ctx)


def part_of_day(groups: Groups, ctx: Context) -> Normalised | None:
    code = ctx.table.meaning("part_of_day", groups["part"])
    back = groups["relative"].lower() == "last" and code in ("NI", "EV")
    point = cal.day(ctx.anchor - dt.timedelta(days=1 if back else 0))
    return dated(point, "TIME", f"{point.value}T{code}")


def time_of_day(groups: Groups, ctx: Context) -> Normalised | None:
    named = (groups.get("named") or "").lower()
    if named:
        hour, minute = (0, 0) if named == "midnight" else (12, 0)
    else:
        hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
        if hour > 12 or minute > 59:
            return None
        is_pm = groups["ampm"].lower().startswith("p")
        hour = hour % 12 + (12 if is_pm else 0)
    if groups.get("day"):  # "5 p.m. EST, Nov. 6"
        found = calendar_date(groups, ctx)
        point = cal.day(found.interval[0]) if found and found.interval else cal.day(ctx.anchor)
    else:
        point = cal.day(_day_of(groups.get("weekday"), ctx))
    return dated(point, "TIME", f"{point.value}T{hour:02d}:{minute:02d}")


def _day_of(word: str | None, ctx: Context) -> dt.date:
    if not word:
        return ctx.anchor
    offset = ctx.table.meaning("day_word", word)
    if offset is not None:
        return ctx.anchor + dt.timedelta(days=int(offset))
    found = weekday({"weekday": word}, ctx)
    return found.interval[0] if found and found.interval else ctx.anchor


def quarter(groups: Groups, ctx: Context) -> Normalised | None:
    anchor, is_half = ctx.anchor, groups.get("part", "quarter").lower() in ("half", "h")
    make = cal.half if is_half else cal.quarter
    if not groups.get("ordinal"):  # "the quarter": the latest one completed
        point = cal.unit_containing(cal.shift(anchor, "Q", -1), "Q")
        if "year" in ctx.text.lower():  # "the year-earlier quarter"
            point = cal.unit_containing(cal.shift(point.interval[0], "Y", -1), "Q")
        return dated(point)
    ordinal = groups["ordinal"].lower()
    number = int(ordinal[0]) if ordinal[0].isdigit() else int(ctx.table.meaning("ordinal", ordinal))
    number = min(number, 2 if is_half else 4)
    relyear = (groups.get("relyear") or groups.get("relyear2") or "").lower()
    if groups.get("year") or groups.get("lead_year"):
        point = make(int(groups.get("year") or groups["lead_year"]), number)
    elif relyear:
        point = make(anchor.year + _YEAR_SHIFT[relyear], number)
    else:
        point = make(anchor.year, number)
        if point.interval[0] > anchor and ctx.tense() != "future":
            point = make(anchor.year - 1, number)
        if groups.get("year_ago"):
            point = make(int(point.value[:4]) - 1, number)
    return dated(point)


def relative_unit(groups: Groups, ctx: Context) -> Normalised | None:
    unit = str(ctx.table.meaning("calendar_unit", groups["unit"]))
    if unit in ("DE", "CE") and _relative(groups, ctx) == -1:  # "over the past decade"
        return undated("DURATION", durations.format_duration(1, unit))
    shifted = cal.shift(ctx.anchor, unit, _relative(groups, ctx) or 0)
    return dated(_modified(cal.unit_containing(shifted, unit), groups, ctx))


def offset(groups: Groups, ctx: Context) -> Normalised | None:
    amount = durations.parse_number(groups["number"], ctx.table)
    unit = str(ctx.table.meaning("unit", groups["unit"]))
    if amount is None or amount != int(amount) or unit in ("H", "MIN", "S"):
        return None
    if unit in ("FN", "DE", "CE"):  # "a decade ago" is a year: the decade back from now
        unit, amount = ("W", amount * 2) if unit == "FN" else ("Y", amount * _YEARS[unit])
    direction = groups["direction"].lower()
    if direction == "later":  # "two weeks later": after some event, not after publication
        return undated("DURATION", durations.format_duration(amount, unit))
    sign = -1 if direction in ("ago", "earlier") else 1
    return dated(cal.unit_containing(cal.shift(ctx.anchor, unit, sign * int(amount)), unit))


_YEARS = {"DE": 10, "CE": 100}


def vague_offset(groups: Groups, ctx: Context) -> Normalised | None:
    return undated("DATE", "PAST_REF")


def duration(groups: Groups, ctx: Context) -> Normalised | None:
    if groups.get("number") and "-quarter" in ctx.text.lower():
        return None  # "three-quarters" alone is a fraction, not nine months
    value = durations.duration_value(groups, ctx.table)
    return None if value is None else undated("DURATION", value)


def reference(groups: Groups, ctx: Context) -> Normalised | None:
    value = str(ctx.table.meaning("reference", groups["reference"]))
    if value == "PRESENT_REF":
        return dated(cal.day(ctx.anchor), value="PRESENT_REF")
    return undated("DATE", value)


def set_(groups: Groups, ctx: Context) -> Normalised | None:
    value = durations.set_value(groups, ctx.table)
    return None if value is None else undated("SET", value)


def holiday(groups: Groups, ctx: Context) -> Normalised | None:
    spec: dict[str, Any] = ctx.table.meaning("holiday", groups["holiday"])

    def on(year_number: int) -> Point:
        if "day" in spec:
            return cal.day(dt.date(year_number, spec["month"], spec["day"]))
        return cal.day(cal.nth_weekday(year_number, spec["month"], spec["weekday"], spec["nth"]))

    if groups.get("year"):
        return dated(on(int(groups["year"])))
    points = [on(y) for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)]
    relative = _relative(groups, ctx)
    if relative == -1:
        return dated(last_before(points, ctx.anchor))
    if relative == 1:
        return dated(first_after(points, ctx.anchor))
    return dated(choose(points, ctx.anchor, ctx.tense(), near_days=NEAR_DAYS))


def anniversary(groups: Groups, ctx: Context) -> Normalised | None:
    ordinal = groups["ordinal"].lower()
    number = int(ordinal[:-2]) if ordinal[0].isdigit() else ctx.table.meaning("ordinal", ordinal)
    if not number or number >= ctx.anchor.year:
        return None
    return dated(cal.year(ctx.anchor.year - int(number)))


def period(groups: Groups, ctx: Context) -> Normalised | None:
    found = ctx.table.periods.get(" ".join(groups["period"].lower().split()))
    if found is None:
        return None
    return dated(cal.span(found.start, found.end))


NORMALISERS: dict[str, Callable[[Groups, Context], Normalised | None]] = {
    "calendar_date": calendar_date,
    "numeric_date": numeric_date,
    "month_name": month_name,
    "season": season,
    "year": year,
    "decade": decade,
    "century": century,
    "weekend": weekend,
    "weekday": weekday,
    "day_word": day_word,
    "part_of_day": part_of_day,
    "time_of_day": time_of_day,
    "quarter": quarter,
    "relative_unit": relative_unit,
    "offset": offset,
    "vague_offset": vague_offset,
    "duration": duration,
    "reference": reference,
    "set": set_,
    "holiday": holiday,
    "anniversary": anniversary,
    "period": period,
    "year_earlier": year_earlier,
}


def normalise(normaliser: str, groups: Groups, ctx: Context) -> Normalised | None:
    """Apply a named normaliser; None when the words do not make a valid date."""
    try:
        return NORMALISERS[normaliser](groups, ctx)
    except (ValueError, IndexError, TypeError, KeyError, StopIteration):
        return None  # e.g. "February 30", or a word missing from a user's vocabulary
