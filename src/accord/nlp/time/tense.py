"""The verb that governs a stretch of text, and whether it speaks of the past or the future.

"On Monday" means last Monday under "met" and next Monday under "will meet"; "in April"
likewise. The parse gives the governing verb; its tag and auxiliaries give the tense.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Doc, Span, Token

Tense = Literal["past", "present", "future"]

#: Auxiliaries that put the verb's time ahead: "will meet", "could come as early as Tuesday".
_FUTURE_AUX = frozenset(
    {"will", "'ll", "shall", "wo", "would", "'d", "could", "may", "might", "should", "must", "can"}
)
_PAST_TAGS = frozenset({"VBD"})


def span_of(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering characters ``start``..``end``."""
    return doc.char_span(start, end, alignment_mode="expand")


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` in the parse (the token itself if a verb)."""
    current = token
    for _ in range(64):  # parses are trees; the bound only guards against a malformed one
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "aux":
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def tense_of(verb: Token | None) -> Tense | None:
    """The tense the verb's form and auxiliaries express; None when there is no verb."""
    if verb is None:
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxiliaries}
    if words & _FUTURE_AUX:
        return "future"
    if "to" in words:  # "plans to visit on Monday"; after a past verb, either way
        head = verb.head if verb.dep_ in ("xcomp", "advcl") else None
        return "present" if head is not None and tense_of(head) == "past" else "future"
    if verb.head.lower_ == "going" and verb.dep_ == "xcomp":
        return "future"  # "is going to sign"
    if verb.tag_ in _PAST_TAGS or any(a.tag_ in _PAST_TAGS for a in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and words & {"has", "have", "had", "'ve", "'s"}:
        return "past"
    if verb.tag_ == "VBN" and (verb.dep_ in ("acl", "amod") or not auxiliaries):
        return "past"  # "the agreement signed on Monday"; a bare participle is a past form
    return "present"


def tense_at(doc: Doc, start: int, end: int) -> Tense | None:
    """The tense of the verb governing the text at ``start``..``end``."""
    span = span_of(doc, start, end)
    if span is None or not doc.has_annotation("DEP"):
        return None
    return tense_of(governing_verb(span.root))
