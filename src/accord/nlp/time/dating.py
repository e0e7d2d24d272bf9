"""When did an event happen? The time expression that governs its clause, else the time an
earlier sentence set ("at the time", "then"), else the publication date.

"In April, the two nations signed an agreement" in a June article is an April signing;
"Soviet specialists built the steel mill in the 1980s" is a 1980s event, and historical.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.models import DateBasis, EventDate, TextSpan, Timex
from accord.nlp.time import calendar as cal
from accord.nlp.time.recognise import find_timexes
from accord.nlp.time.rules import load_rule_table
from accord.nlp.time.tense import governing_verb, span_of, tense_of

#: Timexes that name a moment other than the event's own: "on the 75th anniversary of
#: relations" dates the founding, while the event happens at the anniversary, now.
_NOT_EVENT_TIMES = frozenset({"timex.yaml#anniversary"})


def date_for_token(doc: Doc, token: Token) -> EventDate:
    """The date of the event that ``token`` (its trigger) names, and what it was read from."""
    anchor = publication_date(doc)
    timexes = _dating_timexes(doc, anchor)
    governing = _governing(doc, token, timexes)
    if governing is not None:
        date = _spanning(doc, governing, timexes) or _from_timex(governing, "timex")
        return _until_publication(date, governing, token, anchor)
    carried, unit = _carried(doc, token, timexes)
    if carried is not None:
        date = _in_unit(_from_timex(carried, "context"), unit)
        return _until_publication(date, carried, token, anchor)
    return EventDate(anchor, anchor, "day", "publication", None)


def _in_unit(date: EventDate, unit: str) -> EventDate:
    """Fit a carried time to the marker: "that year" after "on March 3, 1990" is 1990, "the
    previous day" after "on Thursday" is Wednesday. A carried time coarser than the marker's
    unit (the 1980s, for "that year") is kept whole."""
    if unit in ("D-1", "D+1"):  # "the previous day", "the next day"
        if date.precision != "day" or date.start != date.end:
            return date
        moved = date.start + dt.timedelta(days=-1 if unit == "D-1" else 1)
        return replace(date, start=moved, end=moved)
    names = {"D": "day", "M": "month", "Y": "year"}
    if unit not in names or _ORDER.index(date.precision) >= _ORDER.index(names[unit]):
        return date
    point = cal.unit_containing(date.start, unit)
    return replace(date, start=point.interval[0], end=point.interval[1], precision=point.precision)


_ORDER = ("day", "week", "month", "quarter", "year", "decade", "century")


_RANGE_START = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s+(?:and|to|until|till|through)\s+$", re.IGNORECASE)


def _spanning(doc: Doc, timex: Timex, timexes: list[Timex]) -> EventDate | None:
    """ "between 2013 and 2016", "from May to July": one interval over both expressions."""
    index = timexes.index(timex)
    for first, second in zip(timexes[max(0, index - 1) :], timexes[index:][1:], strict=False):
        if timex not in (first, second) or first.interval is None or second.interval is None:
            continue
        before = doc.text[max(0, first.start - 9) : first.start]
        joined = _RANGE_JOIN.match(doc.text[first.end : second.start])
        in_order = first.interval[0] <= second.interval[1]
        if _RANGE_START.search(before) and joined and in_order:
            span = TextSpan(first.start, second.end, doc.text[first.start : second.end])
            precision = first.precision if first.precision == second.precision else "year"
            start, end = first.interval[0], second.interval[1]
            return EventDate(start, end, precision or "year", "timex", span)
    return None


def _until_publication(date: EventDate, timex: Timex, token: Token, anchor: dt.date) -> EventDate:
    """A past event "this week" or "this year" happened by the time of the report: the
    interval ends on the publication day. Named units ("in June") keep their bounds."""
    deictic = timex.rule == "timex.yaml#relative_unit"
    if deictic and date.start <= anchor < date.end and tense_of(governing_verb(token)) == "past":
        return replace(date, end=anchor)
    return date


def is_historical(date: EventDate, published: dt.date, window_days: int = 365) -> bool:
    """The event ended more than ``window_days`` before publication."""
    return date.end < published - dt.timedelta(days=window_days)


def publication_date(doc: Doc) -> dt.date:
    """The anchor of the document's dates (today when it has none)."""
    anchor = doc._.accord_pub_date
    return anchor if isinstance(anchor, dt.date) else dt.date.today()


def _dating_timexes(doc: Doc, anchor: dt.date) -> list[Timex]:
    """The document's timexes that can date an event: those with an interval."""
    found = doc._.accord_timexes
    if found is None:  # the timex component did not run: find them now
        found = find_timexes(doc, anchor)
    return [t for t in found if t.interval is not None and t.rule not in _NOT_EVENT_TIMES]


def _from_timex(timex: Timex, basis: DateBasis) -> EventDate:
    start, end = timex.interval or (None, None)
    assert start is not None and end is not None, "only timexes with an interval date events"
    span = TextSpan(timex.start, timex.end, timex.text)
    return EventDate(start, end, timex.precision or "day", basis, span)


#: Dependencies through which a clause takes its time from the clause above it: "said on
#: Sunday that forces had captured", "gathered last week to commemorate", "met and signed".
_INHERITING = frozenset({"ccomp", "xcomp", "advcl", "conj"})
#: Dependencies of reported clauses, whose times are their own.
_REPORTED = frozenset({"ccomp", "parataxis"})
#: Adverbial and relative clauses: their times are their own when written inside them
#: ("expressed its intention … as the oil arrived over the weekend": the arrival's weekend).
#: Participle modifiers are not among them: in "under a protocol signed in 1985, Cairo
#: agreed to buy wheat" the protocol's date is the agreement's.
_SUBORDINATE = frozenset({"advcl", "relcl"})


def _governing(doc: Doc, token: Token, timexes: list[Timex]) -> Timex | None:
    """The timex that governs the trigger's clause, trying the closest attachments first:
    on the trigger or its clause head; anywhere below the clause head; attached to no verb
    at all; then on the clauses above, through ccomp/xcomp/advcl/conj."""
    sentence = [(t, s) for t in timexes if (s := span_of(doc, t.start, t.end)) is not None]
    sentence = [(t, s) for t, s in sentence if s.sent == token.sent]
    if not sentence:
        return None
    head = governing_verb(token) or token
    anchor = publication_date(doc)
    future = {t for t, _ in sentence if t.interval is not None and t.interval[0] > anchor}
    past_event = tense_of(head) == "past"
    tiers = (
        lambda timex, root: _attaches_to(root, {token, head}),
        # below the clause, not reported, and not a plan's future date under a past verb
        # ("took office, promising to deliver Brexit by the end of October")
        lambda timex, root: _below(root, head) and not (past_event and timex in future),
        lambda timex, root: governing_verb(root) is None,
    )
    for accepts in tiers:
        found = _closest(token, [(t, s.root) for t, s in sentence if accepts(t, s.root)])
        if found is not None:
            return found
    while head.dep_ in _INHERITING and head.head is not head:
        head = governing_verb(head.head) or head.head
        above = [(t, s.root) for t, s in sentence if _attaches_to(s.root, {head})]
        found = _closest(token, above)
        if found is not None:
            return found
    return None


def _below(root: Token, head: Token) -> bool:
    """``root`` is inside the clause of ``head``, but not in a clause with a time of its own
    under it ("said that they had signed in 1998": 1998 is the signing's, not the saying's)."""
    for ancestor in root.ancestors:
        if ancestor == head:
            return True
        if ancestor.dep_ in _REPORTED or _owns_time(ancestor, root):
            return False
    return False


def _owns_time(clause: Token, root: Token) -> bool:
    """A subordinate verb owns a timex written after its marker or itself; one written
    before ("declared an emergency last week after the cyclone struck") is the main verb's,
    however the parser attached it."""
    if clause.dep_ not in _SUBORDINATE or clause.pos_ != "VERB" or not clause.is_alpha:
        return False
    markers = [child.i for child in clause.children if child.dep_ == "mark"]
    return root.i > min([*markers, clause.i])


def _closest(token: Token, candidates: list[tuple[Timex, Token]]) -> Timex | None:
    if not candidates:
        return None
    return min(candidates, key=lambda pair: abs(pair[1].i - token.i))[0]


def _attaches_to(root: Token, targets: set[Token]) -> bool:
    """Walking up from the timex, do we reach one of ``targets`` before any other verb
    (another verb's time is that verb's, not the event's)?"""
    current = root
    for _ in range(64):  # bounded walk up a tree
        if current in targets:
            return True
        if current is not root and current.pos_ in ("VERB", "AUX") and current.dep_ != "aux":
            return False
        if current.head is current:
            return False
        current = current.head
    return False


@functools.cache
def _marker_pattern() -> re.Pattern[str]:
    words = load_rule_table().vocabulary.get("context_marker", {})
    longest_first = sorted(words, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in longest_first)
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def _carried(doc: Doc, token: Token, timexes: list[Timex]) -> tuple[Timex | None, str]:
    """The time an earlier sentence of the same paragraph set, when this one continues it:
    it says so ("at the time", "then", "that same day"), or it goes on narrating in the past
    right after a sentence dated in the past. Also the unit the marker keeps of it."""
    sentence = token.sent
    paragraph_start = doc.text.rfind("\n", 0, sentence.start_char) + 1
    marker = _marker_pattern().search(doc.text, sentence.start_char, sentence.end_char)
    if marker is not None:
        limit = marker.start()
    elif tense_of(governing_verb(token)) == "past" and sentence.start > 0:
        paragraph_start = max(paragraph_start, doc[sentence.start - 1].sent.start_char)
        limit = sentence.start_char
    else:
        return None, "SAME"
    anchor = publication_date(doc)
    earlier = [
        t
        for t in timexes
        if paragraph_start <= t.start
        and t.end <= limit
        and t.value != "PRESENT_REF"
        and (marker is not None or (t.interval is not None and t.interval[0] < anchor))
    ]
    unit = "SAME"
    if marker is not None:
        unit = str(load_rule_table().meaning("context_marker", marker.group()) or "SAME")
    return (earlier[-1] if earlier else None), unit
