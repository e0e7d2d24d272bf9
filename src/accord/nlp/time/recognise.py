"""Find time expressions in a document: rule matches, the longest winning, then normalised.

Patterns run on the raw text (offsets are exact by construction); the parse is consulted only
where words are ambiguous ("May" the month or the name, "2000" a year or a count) and for the
tense that anchors a date without a year.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from accord.models import Timex
from accord.nlp.time import calendar as cal
from accord.nlp.time.normalise import Context, normalise
from accord.nlp.time.rules import Rule, RuleTable, load_rule_table
from accord.nlp.time.tense import span_of, tense_at


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    rule: Rule
    order: int
    groups: dict[str, str]


def find_matches(text: str, table: RuleTable) -> list[Match]:
    """Every rule's matches, keeping the longest of overlapping ones (then the earlier rule)."""
    found: list[Match] = []
    for order, rule in enumerate(table.rules):
        for m in rule.pattern.finditer(text):
            if m.end() > m.start():
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                found.append(Match(m.start(), m.end(), rule, order, groups))
    found.sort(key=lambda m: (m.start - m.end, m.order, m.start))
    kept: list[Match] = []
    for match in found:
        if all(match.end <= k.start or match.start >= k.end for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda m: m.start)


def find_timexes(doc: Doc, anchor: dt.date, table: RuleTable | None = None) -> list[Timex]:
    """The normalised time expressions of ``doc``, anchored on ``anchor`` (publication)."""
    table = table or load_rule_table()
    timexes: list[Timex] = []
    for match in find_matches(doc.text, table):
        if not _plausible(doc, match):
            continue
        ctx = Context(
            anchor=anchor,
            table=table,
            text=doc.text[match.start : match.end],
            tense=functools.partial(tense_at, doc, match.start, match.end),
        )
        found = normalise(match.rule.normaliser, match.groups, ctx)
        if found is None:
            continue
        end = _anniversary_end(doc, match) if match.rule.normaliser == "anniversary" else match.end
        timexes.append(
            Timex(
                start=match.start,
                end=end,
                text=doc.text[match.start : end],
                type=found.type,
                value=found.value,
                interval=found.interval,
                precision=found.precision,
                rule=f"timex.yaml#{match.rule.id}",
            )
        )
    return _in_view_of_quarters(timexes, anchor)


def _in_view_of_quarters(timexes: list[Timex], anchor: dt.date) -> list[Timex]:
    """Read "a year earlier" after a quarter was named as that quarter a year before.

    Financial reporting compares a quarter with the same quarter of an earlier year; the
    offset is then from the quarter in view, not from the publication date.
    """
    in_view: Timex | None = None
    result: list[Timex] = []
    for timex in timexes:
        if timex.precision == "quarter" and timex.value[5:6] == "Q":
            in_view = timex
        elif (
            in_view is not None
            and timex.rule in _YEAR_OFFSETS
            and timex.precision == "year"
            and timex.start - in_view.end < _IN_VIEW_CHARS
        ):
            back = anchor.year - int(timex.value)
            point = cal.quarter(int(in_view.value[:4]) - back, int(in_view.value[6]))
            timex = replace(
                timex, value=point.value, interval=point.interval, precision=point.precision
            )
        result.append(timex)
    return result


_YEAR_OFFSETS = frozenset({"timex.yaml#offset", "timex.yaml#year_earlier"})
_IN_VIEW_CHARS = 400  # about two sentences


def _plausible(doc: Doc, match: Match) -> bool:
    """Reject matches the parse shows are not times: "May" the person, "2000 troops",
    "Resolution 1973", "the Sunday Times"."""
    span = span_of(doc, match.start, match.end)
    if span is None or not doc.has_annotation("TAG"):
        return True
    first = span[0]
    not_a_month = first.ent_type_ in ("PERSON", "ORG") or first.pos_ == "VERB"
    if match.rule.id == "month_name" and span.text.lower() in ("may", "march") and not_a_month:
        return False
    if match.rule.id == "weekday" and first.ent_type_ in _NAMED_THINGS:
        return False
    if match.rule.id == "year":
        return _plausible_year(doc, span.start, span.end)
    return True


#: Entity types whose names contain weekdays without being times ("Good Friday Agreement").
_NAMED_THINGS = frozenset({"ORG", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PRODUCT"})
#: Words before a four-digit number that make it a number, not a year.
_NUMBERED = frozenset({"resolution", "no", "no.", "number", "flight", "route", "article", "#"})


def _plausible_year(doc: Doc, start: int, end: int) -> bool:
    """A year, not a count ("2000 troops") or a number ("Resolution 1973"); "the 1967
    borders" is a year, as the determiner shows."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in _NUMBERED:
        return False
    after = doc[end] if end < len(doc) else None
    if after is None:
        return True
    counted = after.tag_ == "NNS" and (before is None or before.pos_ not in ("DET", "PRON"))
    return not counted and not (after.like_num and after.text != ",")


def _anniversary_end(doc: Doc, match: Match) -> int:
    """Extend "75th anniversary" to "75th anniversary of diplomatic relations" (its object)."""
    span = span_of(doc, match.start, match.end)
    if span is None or not doc.has_annotation("DEP"):
        return match.end
    word = span[-1]
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj.idx + len(obj.text)
    return match.end
