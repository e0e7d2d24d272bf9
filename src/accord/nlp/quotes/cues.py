"""Cue words and the speaker phrase they govern, read from spaCy's parse.

A cue is a verb whose lemma is in ``quotes.yaml#cue_verbs`` ("stated", "added") or a source
phrase such as "according to". The speaker is the cue verb's subject, or, in the inverted
order news style allows ("stated the Russian foreign minister"), the noun phrase after it
when that phrase names a person, an actor or a role noun.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from accord.nlp.quotes.knowledge import QuotesKnowledge

_SUBJECTS = ("nsubj", "nsubjpass")
# A verb in these clauses has a subject of its own, never its head's.
_OWN_SUBJECT = ("ccomp", "ROOT")
_CLIMB = 4  # heads climbed looking for a subject
_INVERTED_SPEAKER_DEPS = ("dobj", "attr", "npadvmod", "dative", "oprd", "nsubj", "appos")
_PERSON_LABELS = ("PERSON", "ORG", "NORP", "GPE")


@dataclass(frozen=True)
class Cue:
    """A cue (its words) and the speaker phrase it names, or None when it names none."""

    words: Span
    speaker: Span | None
    kind: str  # "verb" or "phrase"


def is_cue_verb(token: Token, knowledge: QuotesKnowledge) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in knowledge.cue_verbs


def verb_cue(verb: Token, bounds: tuple[int, int], knowledge: QuotesKnowledge) -> Cue:
    """The cue ``verb`` (with its particle) and its speaker found inside token ``bounds``."""
    doc = verb.doc
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    speaker = _subject(verb, bounds)
    if speaker is None:
        speaker = _inverted_speaker(verb, bounds, knowledge)
    return Cue(doc[verb.i : end], speaker, "verb")


def phrase_cue(doc: Doc, start: int, length: int, bounds: tuple[int, int]) -> Cue:
    """A source phrase at token ``start`` ("according to") and the phrase after it."""
    last = doc[start + length - 1]
    objects = [c for c in last.children if c.dep_ == "pobj" and bounds[0] <= c.i < bounds[1]]
    speaker = noun_phrase(objects[0], bounds) if objects else _next_chunk(doc, last.i + 1, bounds)
    return Cue(doc[start : start + length], speaker, "phrase")


def find_phrase(doc: Doc, lo: int, hi: int, knowledge: QuotesKnowledge) -> tuple[int, int] | None:
    """The first source phrase in tokens ``lo..hi``: (start token, length)."""
    lowered = [t.lower_ for t in doc[lo:hi]]
    for i in range(len(lowered)):
        for phrase in knowledge.source_phrases:
            if tuple(lowered[i : i + len(phrase)]) == phrase:
                return lo + i, len(phrase)
    return None


def noun_phrase(head: Token, bounds: tuple[int, int]) -> Span:
    """``head``'s phrase as written, cut before a comma, clause or quote after the head."""
    doc = head.doc
    start = max(head.left_edge.i, bounds[0])
    end = head.i + 1
    for token in doc[head.i + 1 : min(head.right_edge.i + 1, bounds[1])]:
        if token.dep_ in ("relcl", "acl", "punct", "cc", "conj", "appos") or token.is_space:
            break
        end = token.i + 1
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


def _subject(verb: Token, bounds: tuple[int, int]) -> Span | None:
    """The verb's subject inside ``bounds``; a verb without one borrows its head's ("Smith,
    noting the polls, said", "shared the news, writing “…”"), or the noun a participle modifies."""
    token, came_from = verb, None
    for _ in range(_CLIMB):
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS and c != came_from]
        if subjects:
            subject = subjects[0]
            if subject.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                subject = token.head  # "Smith, who said …"
            return noun_phrase(subject, bounds) if bounds[0] <= subject.i < bounds[1] else None
        if token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN"):
            head = token.head
            return noun_phrase(head, bounds) if bounds[0] <= head.i < bounds[1] else None
        if token.dep_ in _OWN_SUBJECT or token.head == token:
            return None
        came_from, token = token, token.head
    return None


def _inverted_speaker(
    verb: Token, bounds: tuple[int, int], knowledge: QuotesKnowledge
) -> Span | None:
    """The noun phrase after the verb when it names someone: "said the minister"."""
    for child in verb.rights:
        if child.dep_ in _INVERTED_SPEAKER_DEPS and bounds[0] <= child.i < bounds[1]:
            if _names_someone(child, knowledge):
                return noun_phrase(child, bounds)
            return None
    return None


def _next_chunk(doc: Doc, start: int, bounds: tuple[int, int]) -> Span | None:
    for chunk in doc.noun_chunks:
        if chunk.start >= start and chunk.end <= bounds[1]:
            return chunk if chunk.start - start <= 2 else None
    return None


def _names_someone(token: Token, knowledge: QuotesKnowledge) -> bool:
    if token.ent_type_ in ("DATE", "TIME"):  # "said Monday", "said Thursday morning"
        return False
    return (
        token.pos_ == "PROPN"
        or token.ent_type_ in _PERSON_LABELS
        or token.lower_ in knowledge.pronouns
        or token.lemma_.lower() in knowledge.speaker_nouns
    )
