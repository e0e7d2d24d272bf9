"""When did an event happen? The time expression that governs its clause, else the time an
earlier sentence set ("at the time", "then"), else the publication date.

"In April, the two nations signed an agreement" in a June article is an April signing;
"Soviet specialists built the steel mill in the 1980s" is a 1980s event, and historical.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from spacy.tokens import Doc, Token

from accord.models import DateBasis, EventDate, TextSpan, Timex
from accord.nlp.time.recognise import find_timexes
from accord.nlp.time.rules import load_rule_table
from accord.nlp.time.tense import governing_verb, span_of

#: Timexes that name a moment other than the event's own: "on the 75th anniversary of
#: relations" dates the founding, while the event happens at the anniversary, now.
_NOT_EVENT_TIMES = frozenset({"timex.yaml#anniversary"})


def date_for_token(doc: Doc, token: Token) -> EventDate:
    """The date of the event that ``token`` (its trigger) names, and what it was read from."""
    anchor = publication_date(doc)
    timexes = _dating_timexes(doc, anchor)
    governing = _governing(doc, token, timexes)
    if governing is not None:
        return _from_timex(governing, "timex")
    carried = _carried(doc, token, timexes)
    if carried is not None:
        return _from_timex(carried, "context")
    return EventDate(anchor, anchor, "day", "publication", None)


def is_historical(date: EventDate, published: dt.date, window_days: int = 365) -> bool:
    """The event ended more than ``window_days`` before publication."""
    return date.end < published - dt.timedelta(days=window_days)


def publication_date(doc: Doc) -> dt.date:
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


def _clause_heads(token: Token) -> set[Token]:
    """The verbs whose time applies to the trigger: its own clause head and, for a verb in
    a coordination ("met and signed"), the first conjunct's."""
    head = governing_verb(token)
    heads = {token} | ({head} if head is not None else set())
    while head is not None and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
        heads.add(head)
    return heads


def _governing(doc: Doc, token: Token, timexes: list[Timex]) -> Timex | None:
    """The closest timex attached (through the parse) to the trigger or its clause head."""
    heads = _clause_heads(token)
    attached: list[tuple[int, Timex]] = []
    for timex in timexes:
        span = span_of(doc, timex.start, timex.end)
        if span is None or span.sent != token.sent:
            continue
        if _attaches_to(span.root, token, heads):
            attached.append((abs(span.root.i - token.i), timex))
    return min(attached, key=lambda pair: pair[0])[1] if attached else None


def _attaches_to(root: Token, trigger: Token, heads: set[Token]) -> bool:
    """Walking up from the timex, do we reach the trigger or its clause head before any
    other verb (another verb's time is that verb's, not the event's)?"""
    current = root
    for _ in range(64):  # bounded walk up a tree
        if current == trigger or current in heads:
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


def _carried(doc: Doc, token: Token, timexes: list[Timex]) -> Timex | None:
    """The time an earlier sentence of the same paragraph set, when this one refers back."""
    sentence = token.sent
    marker = _marker_pattern().search(doc.text, sentence.start_char, sentence.end_char)
    if marker is None:
        return None
    paragraph_start = doc.text.rfind("\n", 0, sentence.start_char) + 1
    earlier = [
        t
        for t in timexes
        if paragraph_start <= t.start and t.end <= marker.start() and t.value != "PRESENT_REF"
    ]
    return earlier[-1] if earlier else None
