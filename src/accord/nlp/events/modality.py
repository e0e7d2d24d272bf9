"""Whether a coded clause says the event happened: asserted, negated, hypothetical, intended,
or reported by someone other than its source.

Read from the parse around the trigger and the words that govern it (its frame): negation
("not", "never", "under no circumstances"), conditions and modals ("if", "could"), future and
plans ("will", "plans to"), and attribution ("..., officials said", "according to").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from accord.models import ActorMention, Modality
from accord.nlp.events.matching import cancels
from accord.nlp.events.patterns import Lexicon

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "would", "should", "can"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
ACCUSING = frozenset({"accuse", "blame", "suspect", "charge", "condemn", "criticize", "criticise"})

#: How a speech verb's subject resolves to actors (``ActorIndex.phrase``).
SpeakerLookup = Callable[[Token], Sequence[ActorMention]]


def is_negated(token: Token) -> bool:
    """ "has not abandoned", "never signed", "under no circumstances has abandoned"."""
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in NEGATORS):
            return True
        if child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ == "pobj" and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in obj.children
                ):
                    return True
        if child.dep_ == "det" and child.lower_ == "no" and token.pos_ == "NOUN":
            return True
    return False


def _aux_lemmas(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}


def is_conditional(token: Token) -> bool:
    """The clause, or a clause above it, is introduced by "if" / "unless"."""
    current = token
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in current.children):
            return True
        if current.head == current or current.dep_ in ("ccomp", "ROOT"):
            return False
        current = current.head
    return False


def speech_governor(token: Token, lexicon: Lexicon) -> Token | None:
    """The speech verb ``token``'s clause is attributed to, if any."""
    current = token
    for _ in range(8):
        if current.dep_ == "ccomp" and current.head.lemma_.lower() in lexicon.speech_verbs:
            return current.head
        if current.dep_ == "pcomp" and current.head.head.lemma_.lower() in ACCUSING:
            return current.head.head  # "accused Russia of deporting": the accuser's claim
        if current.head == current or current.dep_ == "ROOT":
            break
        current = current.head
    for child in current.children:  # "X attacked Y, officials said"
        is_clause = child.dep_ in ("parataxis", "ccomp", "advcl") and child.i > token.i
        if is_clause and child.lemma_.lower() in lexicon.speech_verbs:
            return child
    return None


def according_to(token: Token) -> Token | None:
    """The object of an "according to" phrase on the trigger's clause."""
    current = token
    for _ in range(8):
        for child in current.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                for to in child.children:
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            return obj
        if current.head == current:
            break
        current = current.head
    return None


def modality_of(
    trigger: Token,
    governors: Sequence[Token],
    frame_modality: str,
    sources: Sequence[ActorMention],
    lexicon: Lexicon,
    speakers: SpeakerLookup,
) -> Modality:
    """The modality of an event triggered by ``trigger`` under ``governors`` (frame words)."""
    chain = [trigger, *governors]
    if frame_modality == "negated" or any(is_negated(t) for t in chain):
        return "negated"
    if any(cancels(governor) for governor in governors):  # "called off strikes"
        return "negated"
    top = governors[-1] if governors else trigger
    if is_conditional(top):
        return "hypothetical"
    if frame_modality in ("intended", "hypothetical"):
        return frame_modality  # type: ignore[return-value]
    auxes = _aux_lemmas(top) if governors else set().union(*(_aux_lemmas(t) for t in chain))
    speech = speech_governor(top, lexicon)
    if auxes & FUTURE_MODALS or ("would" in auxes and speech is not None):
        return "intended"
    if auxes & HYPOTHETICAL_MODALS:
        return "hypothetical"
    if speech is not None and not _same_speaker(speech, sources, speakers):
        return "reported"
    attributed = according_to(top)
    if attributed is not None and not _shares_country(speakers(attributed), sources):
        return "reported"
    if any(c.dep_ == "advmod" and c.lower_ in lexicon.hearsay_adverbs for c in top.children):
        return "reported"
    return "asserted"


def _same_speaker(speech: Token, sources: Sequence[ActorMention], speakers: SpeakerLookup) -> bool:
    subjects = [c for c in speech.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_shares_country(speakers(s), sources) for s in subjects)


def _shares_country(found: Sequence[ActorMention], sources: Sequence[ActorMention]) -> bool:
    keys = {m.country or m.code for m in sources}
    return any((m.country or m.code) in keys for m in found)
