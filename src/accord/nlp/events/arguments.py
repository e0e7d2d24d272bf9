"""Who did it to whom: the source and target actors of a coded clause.

Actors come from the actors component (``doc._.accord_actors``); this module only walks the
parse from a trigger to the noun phrases that name them. Each resolution records its path
(``direct``, ``coordinated``, ``inherited``, ``pronoun``, ``modifier``, ``place``, and for
targets ``nested`` and ``anaphor``) so that the event's confidence can say how sure the link is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from accord.models import ActorMention, Place
from accord.nlp.events.pronouns import PronounResolver

SUBJECT_DEPS = ("nsubj", "csubj")
#: Dependencies through which a clause without a subject inherits its governor's subject.
INHERIT_DEPS = ("conj", "xcomp", "advcl", "acl", "pcomp", "acomp", "dobj", "pobj", "prep", "oprd")
MAX_CLIMB = 6
#: Tags of a noun-modifying participle; the tagger often reads one as a past tense ("an academic
#: detained in Tehran"), which must not inherit the subject of the clause around it.
PARTICIPLE_TAGS = ("VBN", "VBD")


@dataclass(frozen=True)
class Resolved:
    """Actors found for one argument and how they were found."""

    mentions: tuple[ActorMention, ...]
    path: str
    token: Token | None = None

    def __bool__(self) -> bool:
        return bool(self.mentions)


NOTHING = Resolved((), "none")


class ActorIndex:
    """Actor mentions and places of one document, looked up by token."""

    def __init__(self, doc: Doc, mentions: list[ActorMention], places: list[Place]) -> None:
        self.doc = doc
        self._by_token: dict[int, list[ActorMention]] = defaultdict(list)
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self._by_token[token.i].append(mention)
        self._places: dict[int, Place] = {}
        for place in places:
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self._places[token.i] = place
        self.pronouns = PronounResolver(doc, mentions)

    def at(self, token: Token) -> tuple[ActorMention, ...]:
        """The mentions covering ``token``: the longest span, or every member of a group."""
        found = self._by_token.get(token.i, [])
        if not found:
            return ()
        longest = max(m.end - m.start for m in found)
        chosen = [m for m in found if m.end - m.start == longest]
        start = chosen[0].start
        return tuple(m for m in chosen if m.start == start)

    def place(self, token: Token) -> Place | None:
        return self._places.get(token.i)

    def phrase(self, head: Token, *, modifiers: bool = True) -> Resolved:
        """The actors a noun phrase names, through coordination, pronouns and modifiers."""
        heads = [head, *_conjuncts(head)]
        direct: list[ActorMention] = []
        path = "direct"
        for token in heads:
            found = self.at(token)
            if not found and token.pos_ == "PRON":
                found = self.pronouns.resolve(token)
                path = "pronoun" if found else path
            owned, how = self._owned(token, found)
            found, path = owned, how or path
            direct.extend(found)
        if direct:
            if len(heads) > 1 and path == "direct":
                path = "coordinated"
            return Resolved(_unique(direct), path, head)
        if modifiers:
            found_mods: list[ActorMention] = []
            for token in heads:
                found_mods.extend(self._modifier_actors(token))
            if found_mods:
                return Resolved(_unique(found_mods), "modifier", head)
        return NOTHING

    def _owned(
        self, head: Token, found: tuple[ActorMention, ...]
    ) -> tuple[tuple[ActorMention, ...], str | None]:
        """Sector-only actors take their owner or leader: "its troops" after "Russia" are
        Russia's (RUSMIL), "its fighters" after "Hamas" are Hamas's own, "Saudi-led
        warplanes" Saudi Arabia's. Also says how the owner was found, if it was."""
        if not found or any(m.country or m.code.startswith("IGO") for m in found):
            return found, None
        owners: tuple[ActorMention, ...] = ()
        how = "pronoun"
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ == "PRON":
                owners = self.pronouns.resolve(child)
                subject = head.dep_ in (*SUBJECT_DEPS, "nsubjpass")
                if not subject and any(m.start < child.sent.start_char for m in owners):
                    owners = ()  # "a group of its reporters": too far to trust
            elif child.dep_ == "amod" and child.lemma_ == "lead":
                leaders = (c for c in child.children if c.dep_ in ("npadvmod", "compound"))
                owners, how = next((self.at(c) for c in leaders if self.at(c)), ()), "modifier"
            if owners:
                break
        whose = owners[0] if len(owners) == 1 else None
        if whose is not None and whose.kind in ("organisation", "group"):
            return tuple(replace(m, code=whose.code, country=whose.country) for m in found), how
        if whose is None or not whose.country:
            return found, None
        country = whose.country
        return tuple(replace(m, code=country + m.code, country=country) for m in found), how

    def _modifier_actors(self, head: Token) -> list[ActorMention]:
        """Actors named inside the phrase: "Russian oil", "the tanker of Iran", "its troops"."""
        named: list[ActorMention] = []
        for child in head.children:
            if child.dep_ == "amod" and child.pos_ == "VERB" and child.lemma_ != "lead":
                continue  # "a Russian-brokered ceasefire" is not Russia's; "U.S.-led forces" are
            if child.dep_ in ("amod", "compound", "poss", "nmod", "nummod"):
                for token in child.subtree:  # "Indian and Russian warships", "Turkish F-16 jets"
                    found = self.at(token)
                    if not found and token.pos_ == "PRON":
                        found = self.pronouns.resolve(token)
                    named.extend(m for m in found if m not in named)
        if named:
            return named
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        inner = self.phrase(obj)
                        if inner:
                            return list(inner.mentions)
        return []


def find_subject(token: Token, names_actor: Callable[[Token], bool]) -> tuple[Token | None, bool]:
    """The subject token of ``token``'s clause, climbing to a governor when it has none.

    Returns the subject and whether it was inherited from another clause.
    """
    current = token
    for step in range(MAX_CLIMB):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                return child, step > 0
        modifies = current.dep_ == "relcl" or (current.dep_ == "acl" and current.tag_ == "VBG")
        if modifies and names_actor(current.head):
            return current.head, True  # "forces that attacked", "forces attacking"
        if current.dep_ == "acl" and current.tag_ in PARTICIPLE_TAGS:
            return None, False  # "lawmakers charged under ...": the noun is the target
        if current.dep_ == "acl" and any(c.lower_ == "to" for c in current.children):
            return None, False  # "a plan to normalise relations": whose plan is not said
        controller = _object_controller(current)
        if controller is not None:
            return controller, True
        if current.dep_ not in INHERIT_DEPS or current.head == current:
            return None, False
        current = current.head
    return None, False


def agent(token: Token) -> Token | None:
    """The "by" phrase of a passive verb or of an event noun."""
    for child in token.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _conjuncts(token: Token) -> list[Token]:
    found: list[Token] = []
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            found.append(child)
            found.extend(_conjuncts(child))
    for child in token.children:  # lists parsed as appositions: "Saudi Arabia, Egypt, ..."
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            found.append(child)
            found.extend(_conjuncts(child))
    return found


def _unique(mentions: list[ActorMention]) -> tuple[ActorMention, ...]:
    seen: set[tuple[str, int]] = set()
    out: list[ActorMention] = []
    for mention in mentions:
        key = (mention.code, mention.start)
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return tuple(out)


def _object_controller(clause: Token) -> Token | None:
    """The object that does a gerund's action: "accused *Russia* of deporting civilians"."""
    if (
        clause.dep_ != "pcomp"
        or clause.head.dep_ != "prep"
        or clause.head.lower_ not in ("of", "for")
    ):
        return None
    governor = clause.head.head
    if (
        governor.dep_ == "dobj"
        and governor.pos_ in ("NOUN", "PROPN")
        and governor.head.pos_ == "VERB"
    ):
        return governor  # the parser hangs "of" on the object: "accused a state *actor* of ..."
    if governor.pos_ != "VERB":
        return None
    return next((c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")), None)
