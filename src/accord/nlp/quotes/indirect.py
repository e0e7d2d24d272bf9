"""Reported speech outside quote marks: the clause a cue governs is the content.

Three shapes, read from spaCy's parse: a cue verb with a clausal complement ("He said that
there had been different periods…"), a parenthetical cue inside the clause it reports
("However, he added, Russia had always been…"), and a source phrase attached to a clause
("According to Lavrov, the talks…"). A clause that lies mostly inside quote marks belongs to
the direct quote and is skipped here.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from accord.nlp.quotes.cues import Cue, find_phrase, is_cue_verb, phrase_cue, verb_cue
from accord.nlp.quotes.knowledge import QuotesKnowledge

_MIN_TOKENS = 3  # a shorter "clause" is an object ("said so"), not reported content


@dataclass(frozen=True)
class IndirectQuote:
    start: int  # token offsets of the content
    end: int
    cue: Cue
    rule: str


def find_indirect(
    doc: Doc, knowledge: QuotesKnowledge, skipped: set[int], quoted: set[int]
) -> list[IndirectQuote]:
    """Reported clauses in ``doc``. Cues among the ``skipped`` tokens (inside quote marks, or
    already attributing a direct quote) are passed over; a clause that lies mostly among the
    ``quoted`` tokens (those of attributed direct quotes) is the direct quote, not a new one."""
    found: list[IndirectQuote] = []
    for token in doc:
        if token.i in skipped:
            continue
        quote = None
        if is_cue_verb(token, knowledge):
            quote = _complement(token, knowledge) or _parenthetical(token, knowledge)
        elif any(token.lower_ == phrase[0] for phrase in knowledge.source_phrases):
            quote = _source_phrase(token, knowledge)
        if quote is not None and _mostly_outside(quote, quoted):
            found.append(quote)
    return found


def _complement(verb: Token, knowledge: QuotesKnowledge) -> IndirectQuote | None:
    """ "He said (that) CLAUSE": the ccomp's words, without "that"."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return None
    clause = clauses[0]
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    if verb.i >= start and verb.i < end:
        return None
    doc = verb.doc
    while start < end and (doc[start].dep_ == "mark" or doc[start].is_punct):
        start += 1
    return _quote(verb, start, end, knowledge, "quotes.yaml#indirect_clause")


def _parenthetical(verb: Token, knowledge: QuotesKnowledge) -> IndirectQuote | None:
    """ "However, he added, CLAUSE": the head clause after the parenthetical cue."""
    if verb.dep_ != "parataxis" or verb.head.i <= verb.i:
        return None
    head = verb.head
    return _quote(
        verb,
        verb.right_edge.i + 1,
        head.right_edge.i + 1,
        knowledge,
        "quotes.yaml#indirect_parenthetical",
    )


def _source_phrase(token: Token, knowledge: QuotesKnowledge) -> IndirectQuote | None:
    """ "According to X, CLAUSE" or "CLAUSE, according to X": the clause the phrase modifies."""
    doc = token.doc
    phrase = find_phrase(doc, token.i, min(token.i + 4, len(doc)), knowledge)
    if phrase is None or phrase[0] != token.i or token.dep_ != "prep":
        return None
    head = token.head
    sentence = token.sent
    cue = phrase_cue(doc, phrase[0], phrase[1], (sentence.start, sentence.end))
    if cue.speaker is None:
        return None
    if token.i < head.i:
        start, end = token.right_edge.i + 1, head.right_edge.i + 1
    else:
        start, end = head.left_edge.i, token.i
    span = _trimmed(doc, start, end)
    if span is None:
        return None
    return IndirectQuote(span[0], span[1], cue, "quotes.yaml#indirect_source_phrase")


def _quote(
    verb: Token, start: int, end: int, knowledge: QuotesKnowledge, rule: str
) -> IndirectQuote | None:
    sentence = verb.sent
    cue = verb_cue(verb, (sentence.start, sentence.end), knowledge)
    span = _trimmed(verb.doc, start, end)
    if cue.speaker is None or span is None:
        return None
    return IndirectQuote(span[0], span[1], cue, rule)


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range without punctuation or space at either end; None when too short."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end - start >= _MIN_TOKENS else None


def _mostly_outside(quote: IndirectQuote, quoted: set[int]) -> bool:
    inside = sum(1 for i in range(quote.start, quote.end) if i in quoted)
    return inside * 2 < quote.end - quote.start
