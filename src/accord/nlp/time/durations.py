"""Amounts of time: number words, TIMEX3 duration values (``P3Y``, ``PT5H``) and sets.

Decades and centuries are written in years (``P75Y`` for three-quarters of a century), and a
fractional amount spills into the next smaller unit (``P2Y6M`` for two and a half years).
"""

from __future__ import annotations

import re

from accord.nlp.time.rules import RuleTable

#: unit code -> (TIMEX3 designator, is a time-of-day unit, (smaller unit, how many))
_UNITS: dict[str, tuple[str, bool, tuple[str, int] | None]] = {
    "CE": ("Y", False, None),
    "DE": ("Y", False, None),
    "Y": ("Y", False, ("M", 12)),
    "Q": ("Q", False, ("M", 3)),
    "M": ("M", False, ("D", 30)),
    "FN": ("W", False, ("D", 14)),
    "W": ("W", False, ("D", 7)),
    "D": ("D", False, ("H", 24)),
    "H": ("H", True, ("MIN", 60)),
    "MIN": ("M", True, ("S", 60)),
    "S": ("S", True, None),
}
_IN_YEARS = {"CE": 100, "DE": 10, "FN": 2}


def parse_number(text: str, table: RuleTable) -> float | None:
    """``"75"``, ``"twenty-five"``, ``"a hundred"``, ``"1,500"`` as numbers; None if not one."""
    text = text.strip().lower()
    if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    whole = table.meaning("number", text)
    if whole is not None:
        return float(whole)
    total, current = 0.0, 0.0
    words = re.split(r"[\s-]+", text)
    if len(words) > 1 and words[0] in ("a", "an"):
        words = words[1:]  # "a hundred"
    for word in words:
        if word == "and":
            continue
        value = table.meaning("number", word)
        if value is None:
            return None
        if value in (100, 1000):
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current


def parse_year_words(text: str, table: RuleTable) -> int | None:
    """``"nineteen ninety-six"`` -> 1996, ``"two thousand and one"`` -> 2001."""
    words = text.lower().split(maxsplit=1)
    if words[0] == "two":
        number = parse_number(text, table)
    else:
        high = table.meaning("number", words[0])
        low = parse_number(words[1].removeprefix("hundred").strip() or "0", table)
        if high is None or low is None or (low < 10 and "hundred" not in text.lower()):
            return None  # "twenty six" is a count, "nineteen ninety-six" a year
        number = high * 100 + low
    return int(number) if number and 1000 <= number <= 2099 and number == int(number) else None


def format_duration(amount: float, unit: str) -> str:
    """``P{amount}{unit}``, folding decades and centuries into years and fractions down."""
    if unit in _IN_YEARS:
        amount, unit = amount * _IN_YEARS[unit], "W" if unit == "FN" else "Y"
    designator, is_time, smaller = _UNITS[unit]
    whole = int(amount)
    rest = round(amount - whole, 6)
    parts = [(whole, designator, is_time)] if whole else []
    if rest and smaller is not None:
        sub_unit, factor = smaller
        sub_designator, sub_is_time, _ = _UNITS[sub_unit]
        parts.append((round(rest * factor), sub_designator, sub_is_time))
    elif rest:
        return f"P{'T' if is_time else ''}{amount:g}{designator}"
    date_part = "".join(f"{n}{d}" for n, d, t in parts if not t)
    time_part = "".join(f"{n}{d}" for n, d, t in parts if t)
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def _vague(unit: str) -> str:
    designator, is_time, _ = _UNITS[unit]
    return {"CE": "PXCE", "DE": "PXDE"}.get(unit) or f"P{'T' if is_time else ''}X{designator}"


def duration_value(groups: dict[str, str], table: RuleTable) -> str | None:
    """The TIMEX3 value of a duration rule's match; None when the amount is not a number."""
    unit = str(table.meaning("unit", groups["unit"]))
    if groups.get("vague") or not (groups.get("number") or groups.get("fraction")):
        return _vague(unit)
    if groups.get("fraction"):
        amount: float | None = float(table.meaning("fraction", groups["fraction"]))
    else:
        amount = parse_number(groups["number"], table)
    if amount is None or amount <= 0:
        return None
    if groups.get("half"):
        amount += 0.5
    return format_duration(amount, unit)


def set_value(groups: dict[str, str], table: RuleTable) -> str | None:
    """The TIMEX3 value of a set: ``P1W`` for "every week", ``XXXX-WXX-1`` for "every Monday"."""
    if groups.get("set_word"):
        return str(table.meaning("set_word", groups["set_word"]))
    weekday = groups.get("weekday") or groups.get("weekday_plural")
    if weekday:
        return f"XXXX-WXX-{table.meaning('weekday', weekday)}"
    amount = parse_number(groups["number"], table) if groups.get("number") else 1.0
    if amount is None or amount <= 0:
        return None
    return format_duration(amount, str(table.meaning("unit", groups["unit"])))
