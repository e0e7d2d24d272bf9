"""Match a token of the parse against the patterns: which code, and what in the clause fixed it.

Only the lemma and its dependents are read here; finding actors is ``arguments``' job.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from accord.nlp.events.patterns import Lexicon, Pattern

OBJECT_DEPS = ("dobj", "obj")
MODIFIER_DEPS = ("amod", "compound", "nmod", "npadvmod", "poss", "nummod")


@dataclass(frozen=True)
class Match:
    """A pattern that fits ``token``, the code it gives and the object it matched, if any."""

    pattern: Pattern
    code: str
    token: Token
    object: Token | None


#: Tags of a participle that modifies a noun ("a deal *signed* with Equinor"); the tagger
#: sometimes reads it as a past tense.
PARTICIPLE_TAGS = ("VBN", "VBD")
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})


def is_passive(token: Token) -> bool:
    """A passive clause, or a participle after its noun: "talks *mediated* by China"."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return True
    on_subject = token.dep_ == "acl" and token.head.dep_ in ("nsubj", "nsubjpass")
    by = any(c.dep_ == "agent" for c in token.children)  # "shot and *killed by* police"
    return (by and not on_subject) or _reduced(token)


def _reduced(token: Token) -> bool:
    """A reduced relative: the participle's noun is its object ("the vessels seized"). On a
    subject it only says who the subject is ("two Britons sentenced to death were freed")."""
    return (
        token.dep_ == "acl"
        and token.tag_ in PARTICIPLE_TAGS
        and token.pos_ == "VERB"
        and token.head.dep_ not in ("nsubj", "nsubjpass")
    )


def direct_object(token: Token) -> Token | None:
    """The direct object, or the passive subject, which is the same argument."""
    found = direct_objects(token)
    return found[0] if found else None


def direct_objects(token: Token) -> list[Token]:
    """Every direct object: "granted Ukraine and Moldova the status" has two.

    The subject of an infinitive the verb governs counts too: "allowed *inspectors* to visit";
    so does the noun a relative or participle clause describes.
    """
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS or c.dep_ == "nsubjpass"]
    if token.dep_ == "relcl":  # "the tanker, which was seized by ...": the tanker
        objects = [token.head if o.lower_ in RELATIVE_PRONOUNS else o for o in objects]
    if not objects and _reduced(token):  # "a deal agreed with the new authorities"
        objects.append(token.head)
    for clause in token.children:
        if clause.dep_ == "ccomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            objects.extend(c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN")
    return objects


#: Adverbs the parser may give a phrasal verb's particle as: "handed Hong Kong *back* to China".
PARTICLE_ADVERBS = frozenset({"back", "over", "away", "off", "out", "down", "up", "home"})


def particles(token: Token) -> list[Token]:
    """The verb's particles, also when parsed as adverbs."""
    return [c for c in token.children if c.dep_ == "prt"] + _adverb_particles(token)


#: Phrasal verbs that call off the event their object names: "called off strikes on Iran".
CANCELLING = frozenset({("call", "off"), ("put", "off"), ("break", "off")})


def cancels(token: Token) -> bool:
    return any((verb_lemma(token), p.lower_) in CANCELLING for p in particles(token))


def _adverb_particles(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "advmod" and c.lower_ in PARTICLE_ADVERBS]


def prep_objects(token: Token, preps: Iterable[str] | None = None) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs attached to ``token``, including the passive agent and those
    the parser hung on an adverbial particle ("handed Hong Kong back *to China*")."""
    wanted = set(preps) if preps is not None else None
    heads = [token, *_adverb_particles(token)]
    for child in (c for head in heads for c in head.children):
        if child.dep_ not in ("prep", "agent", "dative") and not (
            child.dep_ == "prt" and child.pos_ == "ADP"
        ):
            continue
        name = child.lower_
        if wanted is not None and name not in wanted:
            continue
        for obj in child.children:
            if obj.dep_ in ("pobj", "pcomp"):
                yield name, obj


def noun_lemmas(token: Token) -> set[str]:
    """A noun's lemma and the lemma of its "of"-phrase ("trucks of food", "tonnes of wheat")."""
    lemmas = {token.lemma_.lower(), token.lower_}
    for child in token.children:  # "reporter Evan Gershkovich", "militant Cesare Battisti"
        title = child.dep_ == "amod" and token.pos_ == "PROPN"  # a title tagged as adjective
        if (child.dep_ == "compound" and child.pos_ == "NOUN") or title:
            lemmas.add(child.lemma_.lower())
    for _, obj in prep_objects(token, ("of", "in")):  # "$65 million in funding"
        lemmas.update((obj.lemma_.lower(), obj.lower_))
    for child in token.children:  # "a team of doctors and 31 tonnes of medical supplies"
        if child.dep_ == "conj":
            lemmas.update(noun_lemmas(child))
    return lemmas


def modifier_lemmas(token: Token) -> set[str]:
    lemmas: set[str] = set()
    for child in token.children:
        if child.dep_ in MODIFIER_DEPS:
            lemmas.update((child.lemma_.lower(), child.lower_))
            for grandchild in child.children:
                if grandchild.dep_ in ("compound", "amod"):
                    lemmas.add(grandchild.lemma_.lower())
    return lemmas


def complement_verb(token: Token, *, clausal: bool = True) -> Token | None:
    """The open or clausal complement: "agreed to *sign*", "warned it could *launch*"."""
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            if clausal or child.dep_ == "xcomp" or infinitive:  # "hopes to visit", not "that"
                return child
        # "its intention to strengthen", "the demand that it withdraw"; not "a deal signed in May"
        modifier = child.tag_ in (*PARTICIPLE_TAGS, "VBG")
        if child.dep_ == "acl" and token.pos_ == "NOUN" and child.pos_ == "VERB" and not modifier:
            return child
        if child.dep_ in OBJECT_DEPS and child.tag_ == "VBG":
            return child  # "denied signing"
    for child in token.children:  # "interested in expanding", "help by supplying"
        if child.dep_ == "prep" and child.lower_ in ("in", "to", "on", "by"):
            for obj in child.children:
                if obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                    return obj
    return None


#: Verb forms the tagger's lemmatizer gets wrong: "staged" is not a form of "stag".
VERB_LEMMA_FIXES = {"stag": "stage"}


def verb_lemma(token: Token) -> str:
    """The lemma of a verb, corrected where the lemmatizer is known to slip."""
    lemma = token.lemma_.lower()
    return VERB_LEMMA_FIXES.get(lemma, lemma) if token.pos_ in ("VERB", "AUX") else lemma


def reacted_to(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb whose object ``noun`` is a reaction to its subject or what the subject answers:
    "India's tests drew condemnation from Washington", "Maduro rejected an ultimatum from Spain";
    the verb's subject is the target of the event the noun names."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb_lemma(verb) in lexicon.reaction_verbs:
        return verb
    return None


def match_verb(token: Token, lexicon: Lexicon) -> Match | None:
    """The most specific verb pattern whose constraints all hold."""
    for pattern in lexicon.verbs.get(verb_lemma(token), ()):
        if (
            _reduced(token)
            and not pattern.object
            and token.head.lemma_.lower() not in lexicon.nouns
        ):
            continue  # "prices charged by EC producers": only a named object or event noun
        if _fits(pattern, token):
            if pattern.code is None:
                return None  # a blocking pattern: "give up weapons" is no aid
            obj = _matched_object(pattern, token)
            return Match(pattern, refine(pattern, token), token, obj)
    return None


def _matched_object(pattern: Pattern, token: Token) -> Token | None:
    if not pattern.object:
        return None
    return next((o for o in direct_objects(token) if pattern.object & noun_lemmas(o)), None)


def match_noun(token: Token, lexicon: Lexicon) -> Match | None:
    """The most specific noun pattern whose modifier constraint holds."""
    for pattern in lexicon.nouns.get(token.lemma_.lower(), ()):
        wanted = pattern.require_modifier
        if wanted and not wanted & (modifier_lemmas(token) | _prep_lemmas(token)):
            continue
        if pattern.code is None:
            return None
        return Match(pattern, refine(pattern, token), token, None)
    return None


def _fits(pattern: Pattern, token: Token) -> bool:
    children = list(token.children)
    if pattern.particle and not any(c.lower_ in pattern.particle for c in particles(token)):
        return False
    if pattern.prep:
        pairs = [(p, o) for p, o in prep_objects(token, pattern.prep) if not _is_time(o)]
        has_prep = bool(pairs) or any(
            c.dep_ == "prt" and c.lower_ in pattern.prep for c in children
        )
        if not has_prep:
            return False
        if pattern.prep_object and not any(
            pattern.prep_object & noun_lemmas(obj) for _, obj in pairs
        ):
            return False
    objects = direct_objects(token)
    if pattern.object:
        objects = [o for o in objects if pattern.object & noun_lemmas(o)]
        if not objects:
            return False
    if pattern.require_modifier and not any(
        pattern.require_modifier & modifier_lemmas(o) for o in objects
    ):
        return False
    if pattern.subject:
        subjects = [c for c in children if c.dep_ == "nsubj"]
        if not subjects and token.dep_ == "xcomp":  # "troops had begun *leaving*"
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
        if not any(pattern.subject & noun_lemmas(s) for s in subjects):
            return False
    if pattern.complement:
        comp = complement_verb(token)
        if comp is None or comp.lemma_.lower() not in pattern.complement:
            return False
    if pattern.predicate:
        said = predicate_noun(token)
        if said is None or not pattern.predicate & (noun_lemmas(said) | modifier_lemmas(said)):
            return False
    return True


def predicate_noun(token: Token) -> Token | None:
    """What a verb calls its object: "called the raid a provocation" (also when the parser
    hangs it on the object), "described the strike as a crime"."""
    for child in token.children:
        if child.dep_ == "oprd" and child.pos_ == "NOUN":
            return child
    for obj in direct_objects(token):
        for child in obj.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                return child
    for _, said in prep_objects(token, ("as",)):
        if said.pos_ == "NOUN":
            return said
    return None


def _is_time(token: Token) -> bool:
    """ "on Thursday", "for two months": a time, not an argument."""
    return token.ent_type_ in ("DATE", "TIME")


def _prep_lemmas(token: Token) -> set[str]:
    return {obj.lemma_.lower() for _, obj in prep_objects(token, ("of", "for", "on", "in"))}


def refine(pattern: Pattern, token: Token) -> str:
    """A finer code from the words around the trigger ("energy cooperation" -> 061)."""
    assert pattern.code is not None, "blocking patterns are never refined"
    if not pattern.refine:
        return pattern.code
    for word in _refine_words(token):
        if word in pattern.refine:
            return pattern.refine[word]
    return pattern.code


def _is_purpose(clause: Token) -> bool:
    """A to-infinitive of purpose: "marched *to demand* the resignation"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _refine_words(token: Token) -> Iterator[str]:
    """Words of the object and of the trigger's own phrase, nearest first, never the subject."""
    yield token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "punct", "cc", "conj", "mark"):
            continue
        if child.dep_ in ("advcl", "ccomp", "parataxis", "relcl") and not _is_purpose(child):
            continue
        for word in child.subtree:
            yield word.lemma_.lower()
            yield word.lower_
