"""Find coded clauses in a sentence: verb patterns, event nouns, and the frames over them.

A candidate is a trigger with its code and the tokens that govern it ("pledged" over "expand",
"intention" over "strengthen"); actors are attached later by the coder.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from accord.nlp.events.matching import (
    Match,
    cancels,
    complement_verb,
    direct_object,
    match_noun,
    match_verb,
    prep_objects,
    reacted_to,
    verb_lemma,
)
from accord.nlp.events.modality import is_negated
from accord.nlp.events.patterns import Frame, Lexicon, Pattern

MAX_FRAME_DEPTH = 2


@dataclass(frozen=True)
class Candidate:
    """A coded trigger before its actors are known."""

    trigger: Token
    code: str
    pattern: Pattern
    inner: Token  # the token whose arguments name the target (the complement, or the trigger)
    frames: tuple[tuple[Token, Frame], ...] = ()  # governing frame words, innermost first
    own_modality: str = "keep"  # a frame word's own event: a fallback pledge is intended
    frame_word: Frame | None = None  # set when the frame word's own code is the event
    light_verb: Token | None = None  # "launched" over "air strikes"
    nominal: bool = False
    consumed: frozenset[int] = field(default_factory=frozenset)

    @property
    def rule(self) -> str:
        suffix = "".join(f"@{frame.id}" for _, frame in self.frames)
        return self.pattern.rule + suffix

    @property
    def governors(self) -> tuple[Token, ...]:
        return tuple(token for token, _ in self.frames)

    @property
    def frame_modality(self) -> str:
        """The modality the outermost non-transparent frame gives, "keep" when none does."""
        for _, frame in reversed(self.frames):
            if frame.modality != "keep":
                return frame.modality
        return self.own_modality


def sentence_candidates(sentence: Span, lexicon: Lexicon) -> Iterator[Candidate]:
    """Every candidate of the sentence; a token used by one candidate starts no other."""
    found: list[Candidate] = []
    for token in sentence:
        candidate = code_token(token, lexicon, 0)
        if candidate is not None:
            found.append(candidate)
    used: set[int] = set(_asked(sentence, lexicon))
    for candidate in found:
        used.update(candidate.consumed - {candidate.trigger.i})
    emitted: set[int] = set()
    for candidate in found:
        if candidate.trigger.i not in used and candidate.trigger.i not in emitted:
            emitted.add(candidate.trigger.i)
            yield candidate
            yield from _second_events(candidate)
            yield from _coordinated(candidate, lexicon)
    accusations = (_accusation(candidate, lexicon) for candidate in found)
    yield from {(c.trigger.i, c.code): c for c in accusations if c is not None}.values()


#: How far a crime's clause may lie below the speech that names it ("said there were grounds
#: to believe Israel had committed genocide").
MAX_ACCUSATION_CLIMB = 6


def _accusation(crime: Candidate, lexicon: Lexicon) -> Candidate | None:
    """Speech that a named actor committed a crime accuses it: "said Islamic State was
    committing genocide"; the accused is the subject of the crime's clause."""
    clause = crime.trigger
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # "was a textbook example of ethnic cleansing": was
    accused = [c for c in clause.children if c.dep_ == "nsubj" and c.i != crime.inner.i]
    current = clause
    for _ in range(MAX_ACCUSATION_CLIMB):
        if not accused or is_negated(current):
            return None  # "the genocide must never be forgotten", "did not believe"
        speech = current.head
        frame = lexicon.accusing_frames.get(verb_lemma(speech))
        if current.dep_ == "ccomp" and frame is not None:
            code = frame.crimes.get(crime.pattern.id)
            if code is None:
                return None
            # the accused is the clause's subject, or who the crime is "by"; not its victims
            pattern = replace(frame.own_pattern(code, require_target=True), target=("by",))
            return Candidate(speech, code, pattern, clause, frames=((speech, frame),))
        if speech.i == current.i:
            return None
        current = speech
    return None


def _coordinated(candidate: Candidate, lexicon: Lexicon) -> Iterator[Candidate]:
    """One event per coordinated thing a frame verb asks for: "demanded new elections and the
    release of detained demonstrators" is also a demand for the release."""
    token, frame = candidate.frames[-1] if candidate.frames else (candidate.trigger, None)
    frame = frame or candidate.frame_word or lexicon.verb_frames.get(verb_lemma(token))
    noun = _noun_complement(token) if token.pos_ == "VERB" else None
    if noun is None or frame is None or frame.noun_complement != "recode":
        return
    for conj in noun.conjuncts:
        inner = code_token(conj, lexicon, 1) if conj.i != candidate.inner.i else None
        found = _recoded(token, frame, inner, True) if inner is not None else None
        if found is not None:
            yield replace(found, consumed=frozenset())


def _second_events(candidate: Candidate) -> Iterator[Candidate]:
    """The events a frame word makes besides qualifying its complement ("denied" -> 016)."""
    for token, frame in candidate.frames:
        if frame.also_code is not None:
            yield Candidate(token, frame.also_code, frame.own_pattern(frame.also_code), token)


def code_token(token: Token, lexicon: Lexicon, depth: int) -> Candidate | None:
    """The candidate ``token`` triggers, trying frames, verb patterns, then event nouns."""
    lemma = verb_lemma(token)
    if token.pos_ in ("VERB", "AUX"):
        match = match_verb(token, lexicon)
        if match is not None and (match.pattern.complement or match.pattern.predicate):
            return _from_match(match, lexicon)  # "declined to comment", "called the raid a crime"
        frame = lexicon.verb_frames.get(lemma)
        if frame is not None and _asks(token):
            frame = None  # "asked if the measures could succeed": a question, not a request
        framed = _framed(token, frame, lexicon, depth) if frame else None
        if framed is not None:
            return framed
        if frame is not None and depth == 0 and complement_verb(token, clausal=frame.clausal):
            fallback = _fallback(token, frame)  # "agreed to pursue peace": a promise, 030
            if fallback is not None:
                return fallback
        if match is not None:
            return _from_match(match, lexicon)
        light = _light_verb(token, lexicon)
        if light is None and frame is not None and depth == 0:
            return _fallback(token, frame)
        return light
    if token.pos_ == "NOUN":
        frame = lexicon.noun_frames.get(lemma)
        framed = _framed(token, frame, lexicon, depth) if frame else None
        if framed is not None and reacted_to(token, lexicon) is not None:
            # "spurned an offer by X to meet": X made the offer
            return replace(framed, inner=token, nominal=True, light_verb=None)
        if framed is not None:
            return framed
        noun = match_noun(token, lexicon)
        if noun is not None:
            occurs = _occurs(token, noun, lexicon)
            return Candidate(token, noun.code, noun.pattern, token, light_verb=occurs, nominal=True)
        if frame is not None and frame.fallback and _answered(token, lexicon):
            # "rejected the Security Council's demand that it withdraw": the demand was made
            pattern = frame.own_pattern(frame.fallback)
            return Candidate(
                token, frame.fallback, pattern, token, own_modality=frame.modality, nominal=True
            )
    if token.pos_ == "ADJ":
        frame = lexicon.adjective_frames.get(lemma)
        if frame is not None:
            return _framed(token, frame, lexicon, depth) or _fallback(token, frame)
    return None


def _occurs(noun: Token, match: Match, lexicon: Lexicon) -> Token | None:
    """The verb a crowd's event noun goes on in ("Rioting continued across France"), which
    places the unnamed crowd as a crowd verb would; None when the noun names who took part."""
    verb = noun.head
    if not match.pattern.crowd or noun.dep_ != "nsubj":
        return None
    if any(c.dep_ == "poss" for c in noun.children) or any(prep_objects(noun, ("by",))):
        return None
    return verb if verb_lemma(verb) in lexicon.occurrence_verbs else None


def _answered(noun: Token, lexicon: Lexicon) -> bool:
    """A demand or appeal someone rejected; an appeal *against* a ruling is a court's business."""
    legal = any(True for _ in prep_objects(noun, ("against",)))
    return not legal and reacted_to(noun, lexicon) is not None


def _fallback(token: Token, frame: Frame) -> Candidate | None:
    """The frame word's own code when what it governs codes nothing: "urged restraint"."""
    if frame.fallback is None or _names_or_cancels(token):
        return None
    if frame.addressee_first:
        governs = (
            complement_verb(token, clausal=frame.clausal) is not None
            or _noun_complement(token) is not None
        )
    else:
        governs = complement_verb(token, clausal=frame.clausal) is not None  # "offered wheat"
    if not governs and not frame.addressee_first:
        return None  # "pledged" alone, "warned" alone: too little to code
    pattern = frame.own_pattern(frame.fallback, require_target=frame.addressee_first)
    return Candidate(
        token, frame.fallback, pattern, token, own_modality=frame.modality, frame_word=frame
    )


def _names_or_cancels(token: Token) -> bool:
    """A frame verb with a predicate or a particle is another verb: "called the downing a
    stab" names, "called off strikes" cancels; neither appeals for anything."""
    return any(c.dep_ in ("oprd", "prt") for c in token.children)


def _from_match(match: Match, lexicon: Lexicon) -> Candidate:
    """The verb's candidate; its object codes nothing more, unless the verb reacts to it ("rejected
    an ultimatum from Spain" is the rejection and Spain's ultimatum) or the object frames a clause
    of its own ("signed an agreement to share data" is the signing and the sharing it plans)."""
    consumed = {match.token.i}
    obj = match.object
    reacts = verb_lemma(match.token) in lexicon.reaction_verbs
    frames = obj is not None and obj.lemma_.lower() in lexicon.noun_frames
    if obj is not None and not reacts and not (frames and complement_verb(obj) is not None):
        consumed.add(obj.i)
    return Candidate(
        match.token, match.code, match.pattern, match.token, consumed=frozenset(consumed)
    )


def _framed(token: Token, frame: Frame, lexicon: Lexicon, depth: int) -> Candidate | None:
    """``token``'s frame applied to its coded complement: "pledged to expand cooperation"."""
    if depth >= MAX_FRAME_DEPTH or _names_or_cancels(token):
        return None
    comp = complement_verb(token, clausal=frame.clausal)
    noun = _noun_complement(token) if frame.noun_complement != "none" else None
    # a frame that keeps its noun's code commits to that noun first: "agreed to a ceasefire
    # to end the war" agreed to the ceasefire
    order = [(noun, True), (comp, False)]
    if frame.noun_complement != "keep":
        order.reverse()
    inner, noun_inner = _first_coded(order, lexicon, depth + 1)
    return _recoded(token, frame, inner, noun_inner) if inner is not None else None


def _asked(sentence: Span, lexicon: Lexicon) -> Iterator[int]:
    """The tokens of questions a frame verb asks ("asked whether Washington would lift the
    sanctions"): what is asked about did not happen for being asked."""
    for token in sentence:
        if token.pos_ == "VERB" and verb_lemma(token) in lexicon.verb_frames:
            for child in token.children:
                if child.dep_ in ("ccomp", "xcomp") and _is_question(child):
                    yield from (t.i for t in child.subtree)


def _asks(token: Token) -> bool:
    """A verb whose clause is a question: "asked why", "asked whether"."""
    return any(_is_question(c) for c in token.children if c.dep_ in ("ccomp", "xcomp"))


def _is_question(clause: Token) -> bool:
    """A clause opened by a question word or "whether"/"if": what is asked, not what is urged."""
    return any(
        child.i < clause.i
        and (
            child.tag_ in ("WRB", "WP", "WDT")
            or (child.dep_ == "mark" and child.lower_ in ("whether", "if"))
        )
        for child in clause.children
    )


def _recoded(token: Token, frame: Frame, inner: Candidate, noun_inner: bool) -> Candidate | None:
    """The frame word ``token`` over its coded complement ``inner``."""
    keep_noun = noun_inner and frame.noun_complement == "keep"
    code = inner.code if keep_noun else frame.recode_code(inner.code)
    if code is None:
        return None
    return Candidate(
        trigger=token,
        code=code,
        pattern=inner.pattern,
        inner=inner.inner,
        frames=(*inner.frames, (token, frame)) if not keep_noun else inner.frames,
        light_verb=token if noun_inner and inner.light_verb is None else inner.light_verb,
        nominal=inner.nominal and not noun_inner,
        consumed=inner.consumed | {token.i, inner.trigger.i},
    )


def _first_coded(
    order: list[tuple[Token | None, bool]], lexicon: Lexicon, depth: int
) -> tuple[Candidate | None, bool]:
    """The first complement in ``order`` that codes an event, and whether it is the noun."""
    for token, is_noun in order:
        found = code_token(token, lexicon, depth) if token is not None else None
        if found is not None:
            return found, is_noun
    return None, False


def _noun_complement(token: Token) -> Token | None:
    """An event noun a frame governs: "demanded the release", "called for talks", "warned of
    retaliation"."""
    obj = direct_object(token)
    if obj is not None and obj.pos_ == "NOUN":
        return obj
    for _, obj in prep_objects(token, ("for", "to", "of")):
        if obj.pos_ == "NOUN":
            return obj
    return None


#: Nouns that measure out an event noun after "of": "a second day of protests".
MEASURE_NOUNS = frozenset({"day", "night", "week", "round", "wave", "series", "spate"})


def _light_verb(token: Token, lexicon: Lexicon) -> Candidate | None:
    """A light verb over an event noun: the noun's code, the verb's subject; a verb that calls
    it off too ("called off strikes on Iran"), the modality then says it did not happen."""
    if verb_lemma(token) not in lexicon.light_verbs and not cancels(token):
        return None
    obj = direct_object(token)
    if obj is None or obj.pos_ != "NOUN":
        return None
    noun = match_noun(obj, lexicon)
    if noun is None and obj.lemma_.lower() in MEASURE_NOUNS:
        # "staged a third day of strikes", "held a new round of talks"
        inner = next((o for _, o in prep_objects(obj, ("of",)) if o.pos_ == "NOUN"), None)
        if inner is not None and (noun := match_noun(inner, lexicon)) is not None:
            obj = inner
    if noun is None or (cancels(token) and any(True for _ in prep_objects(obj, ("by",)))):
        return None  # "put off the visit by the chancellor": whose visit it was is said
    return Candidate(
        trigger=obj,
        code=noun.code,
        pattern=noun.pattern,
        inner=obj,
        light_verb=token,
        consumed=frozenset({token.i, obj.i}),
    )
