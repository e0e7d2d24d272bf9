"""Who took part in a coded clause: its source and target actors, and how each was found.

Sources come from the subject (climbing to a governing clause when it has none), the "by"
phrase of a passive, the possessor or "between" phrase of an event noun, or an unnamed crowd
placed by the sentence; targets from the object, the prepositions a pattern names, the
addressee of an appeal, or as a last resort the country of a place attacked or visited.
Sector-only actors ("police", "protesters") take the country the sentence is about.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from accord.models import ActorMention, EventActor, Place
from accord.nlp.actors.lookup import country_named
from accord.nlp.events.arguments import (
    NOTHING,
    PARTICIPLE_TAGS,
    ActorIndex,
    Resolved,
    agent,
    find_subject,
)
from accord.nlp.events.candidates import Candidate, code_token
from accord.nlp.events.matching import (
    complement_verb,
    direct_object,
    direct_objects,
    is_passive,
    prep_objects,
    reacted_to,
)
from accord.nlp.events.patterns import Lexicon

NOUN_TARGET_PREPS = ("on", "against", "of", "with", "to", "into", "toward", "towards", "in")
PLACE_PREPS = ("in", "at", "to", "into")
CONFLICT = frozenset({"15", "17", "18", "19", "20"})
OWNED_WITHOUT_TARGET = frozenset({"16", "17", "18", "19", "20"})
VIOLENT_WITHOUT_TARGET = frozenset({"18", "19", "20"})
#: Force posture and violence, which land on a place that may be reached beyond their phrase.
FORCE = frozenset({"15", "18", "19", "20"})
EVENT_AGENTS = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "ambush", "shelling"})
CONFLICT_PLACE_PREPS = ("of", "in", "across", "near", "on", "at", "into", "over", "around")
#: Military retreat and de-escalation, whose target is where troops pull back from.
RETREAT = "087"
#: Responsibility claimed for a deed and sympathy offered, named by the object, whose target is
#: the country where the deed or disaster happened: the first place of the clause, else of
#: the sentence.
SCENE_CODES = frozenset({"015", "018"})
UNIDENTIFIED = frozenset({"REB"})  # "gunmen": an unknown armed group is not placed
DOMESTIC_AGENTS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG"})
RELATIVE = frozenset({"which", "that", "who", "whom"})
#: Dependencies of a word inside a larger noun phrase: "government" in "government buildings".
NOUN_MODIFIERS = ("compound", "amod", "nmod", "conj", "poss")
#: Prepositions by which a phrase names the party it is with or from: "talks with Iran".
PARTNER_PREPS = ("with", "by", "from")
#: Prepositions after which a capital is who spoke or acted, not where: "calls from Kyiv".
ORIGIN_PREPS = ("by", "from")
#: Roots of demands: addressed to whoever is to act ("demanded guarantees that NATO would"),
#: or, naming no one, by a country's opposition or people to their own government ("the
#: opposition demanded early elections").
DEMANDS = frozenset({"10"})
#: Roots of acts against a party, which a coordinated act of the same subject continues.
HOSTILE = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
#: Threats, whose target is whom their condition is put to, and the words that set one.
THREATS = frozenset({"13"})
CONDITIONS = frozenset({"unless", "if"})


@dataclass(frozen=True)
class Actors:
    """The actors of one argument, as event actors, with how they were found."""

    actors: tuple[EventActor, ...]
    path: str

    def __bool__(self) -> bool:
        return bool(self.actors)


NO_ACTORS = Actors((), "none")


def actors_of(resolved: Resolved, path: str | None = None) -> Actors:
    return Actors(
        tuple(EventActor.from_mention(m) for m in resolved.mentions), path or resolved.path
    )


class Participants:
    """Finds the source and target actors of the candidates of one document."""

    def __init__(self, lexicon: Lexicon, index: ActorIndex) -> None:
        self.lexicon = lexicon
        self.index = index

    def find(self, candidate: Candidate, sentence: Span) -> tuple[Actors, Actors, bool] | None:
        """(sources, targets, mutual) of a candidate, or None when it cannot be an event."""
        index = self.index
        sources, pairs_between = self._sources(candidate)
        where = _sentence_place(sentence, index)
        sources = _with_countries(sources, where.country if where else None)
        crowd_target = NO_ACTORS
        verbal = not candidate.nominal or candidate.light_verb is not None
        if not sources and candidate.pattern.crowd and verbal and where and where.country:
            sources, crowd_target = _crowd(candidate.trigger, where)
        if not sources:
            return None
        pattern = candidate.pattern
        if pattern.object_actor and not _object_is_actor(candidate, index):
            return None
        symmetric = pattern.symmetric or _jointly_agreed(candidate)
        mutual = symmetric and len(sources.actors) > 1
        targets = pairs_between or self._targets(candidate, sources, mutual) or crowd_target
        targets = _with_countries(targets, _domestic_country(sources))
        if not targets and (pattern.crowd or candidate.code[:2] in DEMANDS):
            targets = _government_of(sources)
        nominal = (
            candidate.nominal and candidate.light_verb is None and not _owned(candidate, sources)
        )
        if (pattern.require_target or nominal) and not (targets or mutual):
            return None
        return sources, targets, symmetric or bool(pairs_between)

    def _sources(self, candidate: Candidate) -> tuple[Actors, Actors]:
        """The source actors, and for "talks between X and Y" the pair as both source and target."""
        if candidate.nominal and candidate.light_verb is None:
            reaction = reacted_to(candidate.inner, self.lexicon)
            retreat = (candidate.pattern.code or "").startswith(RETREAT)
            return _nominal_sources(candidate.inner, self.index, reaction, voiced=not retreat)
        top = candidate.governors[-1] if candidate.governors else candidate.light_verb
        top = top or candidate.trigger
        if is_passive(top):
            by = agent(top)
            if by is not None:
                return actors_of(self.index.phrase(by)), NO_ACTORS
            obj = direct_object(top)  # "a deal between X and Y could be signed"
            if obj is not None and candidate.pattern.symmetric:
                pair, mutual = _between(obj, self.index)
                if pair:
                    return pair, mutual
            if candidate.pattern.symmetric and top.dep_ == "acl":
                return self._partner_of(top), NO_ACTORS
            return _by_event(top, self.index), NO_ACTORS
        if top.dep_ == "amod":
            if candidate.pattern.clause_only:
                return NO_ACTORS, NO_ACTORS
            return _hyphen_agent(top, self.index), NO_ACTORS
        subject, inherited = find_subject(top, lambda token: bool(self.index.phrase(token)))
        if subject is None:
            return NO_ACTORS, NO_ACTORS
        found = self._phrase(subject)
        if found.path == "modifier" and not self._may_name_agent(subject, candidate):
            return NO_ACTORS, NO_ACTORS
        if not found:
            return NO_ACTORS, NO_ACTORS
        return actors_of(
            found, "inherited" if inherited and found.path == "direct" else None
        ), NO_ACTORS

    def _partner_of(self, participle: Token) -> Actors:
        """Who made "a deal signed with Equinor": the subject of the clause the deal belongs to
        ("Uniper began receiving gas under a deal signed with Equinor")."""
        if not any(True for _ in prep_objects(participle, ("with",))):
            return NO_ACTORS
        verb = participle.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        subject, _ = find_subject(verb, lambda token: bool(self.index.phrase(token)))
        found = self.index.phrase(subject) if subject is not None else None
        return actors_of(found, "inherited") if found else NO_ACTORS

    def _phrase(self, head: Token) -> Resolved:
        """The actors a phrase names; "Russian warplanes" takes the sector of its noun."""
        found = self.index.phrase(head)
        sectors = self.lexicon.agent_sectors
        # the word form as well: the tagger may misread a plural ("bases" as "basis") or keep
        # it in a name ("Royal Marines")
        sector = sectors.get(head.lemma_.lower()) or sectors.get(head.lower_)
        if found.path != "modifier" or sector is None:
            return found
        mentions = tuple(
            replace(m, code=m.country + sector, sector=sector)
            if m.country and m.sector is None and m.code == m.country
            else m
            for m in found.mentions
        )
        return Resolved(mentions, found.path, found.token)

    def _may_name_agent(self, subject: Token, candidate: Candidate) -> bool:
        """Whether a subject named only by its modifiers ("Russian oil") can be the actor."""
        lemmas = {subject.lemma_.lower(), *(c.lemma_.lower() for c in subject.conjuncts)}
        if subject.pos_ == "PROPN" or candidate.pattern.subject:
            return True  # a name the actor tables do not know, led by one they do
        return bool(lemmas & self.lexicon.agent_nouns)

    def _targets(self, candidate: Candidate, sources: Actors, mutual: bool = False) -> Actors:
        """The first group of target phrases that names an actor other than the sources.
        Co-agents of a ``mutual`` event act on each other, not on an actor that only qualifies
        a place or thing ("shook hands on the White House lawn")."""
        own = {a.code for a in sources.actors}
        parties = frozenset(own | {a.country for a in sources.actors if a.country})
        for head, path in _target_heads(candidate, self.lexicon):
            if head is None:
                continue
            if path in ("place", "scene", "landed"):
                place = self.index.place(head)
                avoid = own if path == "place" else parties
                if place is not None and place.country and place.country not in avoid:
                    actor = EventActor(
                        place.country, place.country, None, None, place.text, place.start, place.end
                    )
                    return Actors((actor,), "landed" if path == "landed" else "place")
                continue
            found = self._target_phrase(head, parties)
            if mutual and found.path == "modifier" and self._qualifies(found, head):
                continue
            if path == "condition" and found.path == "direct":
                found = Resolved(found.mentions, "condition")
            if path == "shared":  # a placed actor, not a place or a thing it qualifies
                placed = all(m.country or m.code.startswith("IGO") for m in found.mentions)
                if found.path not in ("direct", "coordinated", "nested", "doers") or not placed:
                    continue
                found = Resolved(found.mentions, "shared")
            others = _others(found.mentions, sources)
            if others:
                inherited = path == "inherited" and found.path == "direct"
                return actors_of(Resolved(others, "inherited" if inherited else found.path))
        return NO_ACTORS

    def _qualifies(self, found: Resolved, head: Token) -> bool:
        """Whether a modifier only says where or whose a thing is: "on the White House lawn",
        "discussed Brazil's debt" (not "met their Japanese counterparts")."""
        if head.dep_ == "pobj":
            return True
        doc = self.index.doc
        spans = (doc.char_span(m.start, m.end, alignment_mode="expand") for m in found.mentions)
        return any(span is not None and span.root.dep_ == "poss" for span in spans)

    def _target_phrase(self, head: Token, parties: frozenset[str]) -> Resolved:
        """The actors a target phrase names. Where its words name none, a partner it is with,
        by or from ("an offer by the African Union", "calls from Kyiv") is the target, and the
        one it is with or holds also where they only qualify it ("the EU association agreement
        with Ukraine", "Iraqi bases housing U.S. troops"); "the country" and "the alliance"
        stand for one named before other than the ``parties``."""
        found = self._phrase(head)
        if found.path in ("none", "modifier"):
            for prep, partner in prep_objects(head, PARTNER_PREPS):
                named = self._phrase(partner) or self._capital(partner)  # "calls from Kyiv"
                if named and (not found or (prep == "with" and named.path != "modifier")):
                    return Resolved(named.mentions, "nested", partner)
            for occupant in _occupants(head):  # "bases housing U.S. troops"
                named = self._phrase(occupant)
                if named.path in ("direct", "coordinated"):
                    return Resolved(named.mentions, "nested", occupant)
        if not found and head.head.lower_ in ORIGIN_PREPS:
            found = self._capital(head)  # "demanded an apology from Ankara"
        if not found:
            found = self._doers(head)
        if not found:
            named_before = self.index.pronouns.definite(head, parties)
            if named_before:
                return Resolved(named_before, "anaphor", head)
        return self._placed(found)

    def _doers(self, deed: Token) -> Resolved:
        """Who did a deed placed in a country that names no doer: "the coup in Mali" -> MLIMIL."""
        sector = self.lexicon.deed_doers.get(deed.lemma_.lower())
        for _, obj in prep_objects(deed, ("in",)) if sector else ():
            place = self.index.place(obj)
            if place is not None and place.country:
                start, end = deed.left_edge.idx, obj.idx + len(obj.text)
                code = place.country + (sector or "")
                text = self.index.doc.text[start:end]
                mention = ActorMention(
                    start, end, text, code, place.country, sector, None, "group", "deed"
                )
                return Resolved((mention,), "doers", deed)
        return NOTHING

    def _capital(self, token: Token) -> Resolved:
        """A capital read as a place that speaks for its state: "calls from Kyiv"."""
        place = self.index.place(token)
        if place is None or place.feature != "city" or not place.country:
            return NOTHING
        state = country_named(place.text, self.index.doc._.accord_pub_date)
        if state is None or state.code != place.country:
            return NOTHING
        rule = f"countries.yaml#{state.code}/capital"
        mention = ActorMention(
            place.start, place.end, place.text, state.code, state.code, None, None, "country", rule
        )
        return Resolved((mention,), "direct", token)

    def _placed(self, found: Resolved) -> Resolved:
        """Sector-only actors placed by their own phrase ("militias in northeast Syria",
        "residents of Mariupol", "travellers at Nairobi airport") or, as an object, by where
        their clause happened ("detained protesters in the West Bank")."""
        return replace(found, mentions=tuple(self._placed_mention(m) for m in found.mentions))

    def _placed_mention(self, mention: ActorMention) -> ActorMention:
        if mention.country or mention.code.startswith("IGO"):
            return mention
        words = self.index.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        noun = words.root if words is not None else None
        while noun is not None and noun.pos_ != "VERB":  # "government buildings in Kuwait"
            for _, obj in prep_objects(noun, ("in", "of", "at")):
                place = self.index.place(obj)
                if place is not None and place.country:
                    return _in_country(mention, place.country)
            noun = noun.head if noun.dep_ in (*NOUN_MODIFIERS, "dobj", "nsubjpass") else None
        for _, obj in prep_objects(noun, ("in",)) if noun is not None else ():
            place = self.index.place(obj)  # "killed civilians in Bucha"
            if place is not None and place.country:
                return _in_country(mention, place.country)
        return mention


def _in_country(mention: ActorMention, country: str) -> ActorMention:
    return replace(mention, code=country + mention.code, country=country, sector=mention.code)


def _owned(candidate: Candidate, sources: Actors) -> bool:
    """A force or sanction noun whose owner is named needs no target: "Azerbaijan's military
    offensive", "sanctions by the U.S. Treasury"; an adjective names the owner of violence
    only ("the Russian invasion", not "U.S. sanctions" in general)."""
    root = candidate.code[:2]
    if sources.path == "modifier":
        return root in VIOLENT_WITHOUT_TARGET
    return sources.path == "direct" and root in OWNED_WITHOUT_TARGET


def _jointly_agreed(candidate: Candidate) -> bool:
    """What co-agents agreed or pledged together, they pledged to each other: "the two
    nations agreed to open their border" (a symmetric frame)."""
    return any(frame.symmetric for _, frame in candidate.frames)


def _others(mentions: tuple[ActorMention, ...], sources: Actors) -> tuple[ActorMention, ...]:
    """The targets that are not the sources; from a group ("the two countries", "Russia and
    the United States") the source's own country drops out too."""
    own = {a.code for a in sources.actors}
    countries = {a.country for a in sources.actors} if len(mentions) > 1 else set()
    return tuple(m for m in mentions if m.code not in own and m.country not in countries)


def _target_heads(candidate: Candidate, lexicon: Lexicon) -> Iterable[tuple[Token | None, str]]:
    """Phrases that may name the target, best first; ``place`` marks a place fallback,
    ``scene`` one that is never the source's own country, and ``inherited`` a phrase of the
    governing clause."""
    pattern = candidate.pattern
    preps = pattern.target or lexicon.default_target_preps
    for token, frame in reversed(candidate.frames):
        if frame.addressee_first:
            yield from _addressees(token)
    if candidate.frame_word is not None and candidate.frame_word.addressee_first:
        yield from _addressees(candidate.trigger)
    inner = candidate.inner
    if inner.dep_ == "amod":
        yield inner.head, "phrase"  # "U.S.-backed rebels"
        yield _parties(inner.head), "phrase"  # "agreed to a Russian-brokered ceasefire"
    if candidate.nominal or candidate.light_verb is not None:
        for _, pobj in prep_objects(inner, pattern.target or NOUN_TARGET_PREPS):
            yield pobj, "phrase"
        if candidate.light_verb is not None:
            for _, pobj in prep_objects(candidate.light_verb, (*preps, "at")):
                yield pobj, "phrase"
        reaction = reacted_to(inner, lexicon)
        if reaction is not None:  # who drew a reaction is its target
            yield find_subject(reaction, lambda _: False)[0], "phrase"
    else:
        obj: Token | None = direct_object(inner)
        if obj is not None and obj.lower_ in RELATIVE and inner.dep_ == "relcl":
            obj = inner.head  # "the tanker, which was seized by ..."
        if not pattern.object_not_target:
            yield obj, "phrase"
            yield obj, "place"  # "shelled Kharkiv": a place named as the object
        measured = _measured(obj)
        for _, pobj in prep_objects(measured, preps) if measured is not None else ():
            yield pobj, "phrase"  # "$65 million in funding to the U.N. agency"
        for _, dative in prep_objects(inner, ("dative",)):
            yield dative, "phrase"
        for child in inner.children:
            if child.dep_ == "dative":
                yield child, "phrase"
        for _, pobj in prep_objects(inner, preps):
            yield pobj, "phrase"
        for thing in (obj, *obj.conjuncts) if obj is not None else ():
            for _, pobj in prep_objects(thing, preps):  # "a team and 31 tonnes to Italy"
                yield pobj, "phrase"
            yield _perpetrator(thing), "phrase"
        for _, pobj in prep_objects(inner, preps):  # "applied for warrants for X"
            for _, nested in prep_objects(pobj, preps):
                yield nested, "phrase"
        if inner.dep_ == "conj":  # "suspended trade with India and downgraded ties"
            for anchor in (inner.head, *direct_objects(inner.head)):
                for _, pobj in prep_objects(anchor, preps):
                    yield pobj, "inherited"
            yield from _shared(inner, lexicon)
        elif _participle_clause(inner):  # "reopened its border to Qatar, ending the embargo"
            for _, pobj in prep_objects(inner.head, preps):
                yield pobj, "inherited"
        if candidate.code[:2] in DEMANDS:  # "demanded guarantees that NATO would halt"
            yield from _promisers(inner)
    if candidate.frames:
        for child in inner.children:
            if child.dep_ == "nsubj":
                yield child, "phrase"  # "demanded that Iran release"
        for token, frame in candidate.frames:
            if not frame.addressee_first:
                for _, pobj in prep_objects(token, preps):
                    yield pobj, "phrase"
        for token, _ in candidate.frames[-1:]:
            if token.dep_ == "conj":  # "condemned the coup in Mali and called for elections"
                yield from _shared(token, lexicon)
    if candidate.code[:2] in THREATS:
        yield from _conditioned(inner)
    retreat = (pattern.code or "").startswith(RETREAT)
    if candidate.code[:2] in CONFLICT or retreat:  # "shelled districts of Kharkiv"
        place_preps = (*CONFLICT_PLACE_PREPS, "from") if retreat else CONFLICT_PLACE_PREPS
        for anchor in (inner, *direct_objects(inner)):
            for _, pobj in prep_objects(anchor, place_preps):
                yield pobj, "place"
                if _lone_name(pobj):
                    yield pobj, "phrase"  # "across Yugoslavia": a state no gazetteer holds
                for _, inner_pobj in prep_objects(pobj, place_preps):
                    yield inner_pobj, "place"
        if candidate.code[:2] in FORCE:
            yield from _landing(candidate, place_preps)
    if pattern.place_target:
        anchors = [inner, *direct_objects(inner)]
        if candidate.light_verb is not None:
            anchors.append(candidate.light_verb)
        for anchor in anchors:  # "visit to Kyiv", "attended the parade in Moscow"
            for _, pobj in prep_objects(anchor, (*PLACE_PREPS, *pattern.target)):
                yield pobj, "place"
                yield pobj, "phrase"
    if pattern.object and (pattern.code or "")[:3] in SCENE_CODES:  # "claimed the attacks"
        for token in (*inner.subtree, *inner.sent):
            yield token, "scene"


def _landing(candidate: Candidate, preps: tuple[str, ...]) -> Iterable[tuple[Token, str]]:
    """Where force lands when its own phrases name no one, never the source's own country: a
    place coordinated with its place ("near Syria's frontier and in Idlib"), one of a light
    verb ("began drills in waters surrounding Japan") or of a coordinated act ("fired rockets
    and entered villages in northern Israel"), and whom such a place surrounds."""
    inner = candidate.inner
    anchors = [inner, *direct_objects(inner)]
    if candidate.light_verb is not None:
        anchors.append(candidate.light_verb)
    if inner.pos_ == "VERB":
        anchors.extend(c for c in inner.conjuncts if c.pos_ == "VERB")
    for anchor in anchors:
        for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ in preps):
            for link in (prep, *prep.conjuncts):
                for obj in (o for o in link.children if o.dep_ == "pobj"):
                    yield obj, "landed"
                    if any(_occupants(obj)):
                        yield obj, "phrase"  # "zones surrounding Taiwan"


def _conditioned(threat: Token) -> Iterable[tuple[Token, str]]:
    """Whom a threat's condition is put to: "threatened to veto the budget unless Germany
    dropped its demands"."""
    for verb in (threat, *(c for c in threat.children if c.dep_ in ("xcomp", "ccomp"))):
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children):
                yield from ((c, "condition") for c in clause.children if c.dep_ == "nsubj")


def _shared(second: Token, lexicon: Lexicon) -> Iterable[tuple[Token, str]]:
    """Who the first of two acts of one subject is toward, for the second that names no one,
    when the first is hostile: "denounced Serbia and recalled its ambassador", "withdrew from
    the accord with Belarus and imposed sanctions" (not "thanked France and called for calm")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return  # "a bomber killed 22 people and Islamic State claimed the attack"
    first = code_token(second.head, lexicon, 0)
    if first is None or first.code[:2] not in HOSTILE:
        return
    for obj in direct_objects(second.head):
        yield obj, "shared"
    for _, pobj in prep_objects(second.head, ("from", "of", "out")):
        yield pobj, "shared"


def _participle_clause(verb: Token) -> bool:
    """A participle clause continuing its governor: "reopened its border, ending the embargo"."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ == "mark" for c in verb.children)
    )


def _occupants(noun: Token) -> Iterable[Token]:
    """Whom a place or vehicle holds: "bases housing U.S. troops", "a convoy carrying aid
    workers"."""
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBG":
            yield from (c for c in clause.children if c.dep_ == "dobj")


def _measured(obj: Token | None) -> Token | None:
    """What an amount measures out: "2.3 billion euros in aid", "$65 million in funding"."""
    if obj is None or not (obj.pos_ == "NUM" or any(c.dep_ == "nummod" for c in obj.children)):
        return None
    return next((o for _, o in prep_objects(obj, ("in",)) if o.pos_ == "NOUN"), None)


def _lone_name(token: Token) -> bool:
    """A proper name standing alone, so that a country named as the scene is its target."""
    return token.pos_ == "PROPN" and not any(c.dep_ in ("amod", "compound") for c in token.children)


def _perpetrator(deed: Token) -> Token | None:
    """Who did the deed an object names: "investigating war crimes committed by Russian
    troops", "condemned the attack carried out by the militia"."""
    for child in deed.children:
        if child.dep_ == "acl" and child.tag_ in PARTICIPLE_TAGS:
            return agent(child)
    return None


def _hyphen_agent(participle: Token, index: ActorIndex) -> Actors:
    """Who did what a participle before a noun says: "a Russian-brokered ceasefire",
    "U.N.-brokered talks"; a participle without one ("the detained sailors") names no one."""
    for token in (participle, *participle.children):
        if token is participle or token.dep_ in ("npadvmod", "compound", "nmod"):
            found = index.at(token)
            if found:
                return actors_of(Resolved(found, "direct"))
    return NO_ACTORS


def _parties(noun: Token) -> Token | None:
    """The subject of the clause whose object ``noun`` is: the parties to a brokered truce."""
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None  # "a war against U.S.-backed mujahideen": no clause makes them parties
    return find_subject(verb, lambda _: False)[0]


def _addressees(token: Token) -> Iterable[tuple[Token | None, str]]:
    """Whom an appeal or demand is addressed to: "urged Turkey", "appealed to Israel",
    "demanded that China remove", "demanded an explanation from Moscow", "demanded
    assurances that Iran would stop"."""
    for child in token.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass"):
            yield child, "phrase"
    for _, pobj in prep_objects(token, ("to", "on", "upon", "from")):
        yield pobj, "phrase"
    clause = complement_verb(token)
    if clause is not None:
        for child in clause.children:
            if child.dep_ == "nsubj":
                yield child, "phrase"
    yield from _promisers(token)


def _promisers(token: Token) -> Iterable[tuple[Token | None, str]]:
    """The subject of a "that"-clause on the object: "demanded guarantees that NATO would
    halt", "sought assurances that Iran would stop"."""
    for obj in direct_objects(token):
        for clause in obj.children:
            if clause.dep_ == "acl" and any(c.lower_ == "that" for c in clause.children):
                for child in clause.children:
                    if child.dep_ == "nsubj":
                        yield child, "phrase"


def _between(noun: Token, index: ActorIndex) -> tuple[Actors, Actors]:
    """ "talks between X and Y", "the restoration of relations between X and Y"."""
    heads = [noun, *(obj for _, obj in prep_objects(noun, ("of",)))]
    for head in heads:
        for _, obj in prep_objects(head, ("between", "among")):
            if any(_no_party(party, index) for party in (obj, *obj.conjuncts)):
                continue  # "talks between banks and Mexico, Chile": not Mexico with Chile
            found = index.phrase(obj, modifiers=False)
            if len(found.mentions) >= 2:
                pair = actors_of(found, "between")
                return pair, pair
    return NO_ACTORS, NO_ACTORS


def _no_party(token: Token, index: ActorIndex) -> bool:
    """A noun among the parties that names no country or organisation ("banks")."""
    if token.pos_ == "PRON":
        return False
    return not any(m.country or m.code.startswith("IGO") for m in index.at(token))


def _nominal_sources(
    noun: Token, index: ActorIndex, reaction: Token | None = None, *, voiced: bool = True
) -> tuple[Actors, Actors]:
    """An event noun's source: "by" phrase, possessor or actor modifier; or "between X and Y";
    or, for "after talks with X", the subject of the clause the phrase belongs to. The "from"
    phrase of a reaction may hang on the verb that drew it ("drawing condemnation from X");
    that of a retreat is where it left (not ``voiced``: "the withdrawal of troops from X")."""
    pair, mutual = _between(noun, index)
    if pair:
        return pair, mutual
    by = agent(noun)
    for anchor in (noun, *([reaction] if reaction is not None else [])):
        for _, origin in prep_objects(anchor, ("from",)) if voiced else ():
            by = by or origin  # "condemnation from Washington"
    if by is not None:
        found = index.phrase(by)
        if found:
            return actors_of(found), NO_ACTORS
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod"):
            found = index.phrase(child, modifiers=False)
            if found:
                return actors_of(found, "direct" if child.dep_ == "poss" else "modifier"), NO_ACTORS
    adjunct = noun.head if noun.dep_ == "pobj" else None
    timed = adjunct is not None and adjunct.lower_ in ("after", "before", "during", "following")
    if adjunct is not None and timed and any(True for _ in prep_objects(noun, ("with",))):
        subject, _ = find_subject(adjunct.head, lambda token: bool(index.phrase(token)))
        if subject is not None and index.phrase(subject):
            return actors_of(index.phrase(subject), "inherited"), NO_ACTORS
    return NO_ACTORS, NO_ACTORS


def _by_event(verb: Token, index: ActorIndex) -> Actors:
    """The source of a passive without agent from the event that did it: "was killed in a
    U.S. drone strike", "were killed in an air strike by Syrian forces"."""
    for _, obj in prep_objects(verb, ("in", "during")):
        if obj.lemma_.lower() in EVENT_AGENTS:
            found, _ = _nominal_sources(obj, index)
            if found:
                return found
    return NO_ACTORS


def _object_is_actor(candidate: Candidate, index: ActorIndex) -> bool:
    obj = direct_object(candidate.inner)
    if obj is None:
        return False
    found = index.phrase(obj, modifiers=False)
    return bool(found)


def _sentence_place(sentence: Span, index: ActorIndex) -> Place | None:
    """The first place with a country the sentence names: "protesters in Tbilisi" -> GEO."""
    for token in sentence:
        place = index.place(token)
        if place is not None and place.country:
            return place
    return None


def _crowd(trigger: Token, where: Place) -> tuple[Actors, Actors]:
    """An unnamed crowd ("thousands protested in Istanbul"): the place's civilians, and its
    government as the target when none is named; the words that placed it are the evidence."""
    country = where.country or ""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    words = subject if subject is not None else trigger
    start, end = words.left_edge.idx, words.right_edge.idx + len(words.right_edge.text)
    text = trigger.doc.text[start:end]
    source = EventActor(country + "CVL", country, "CVL", None, text, start, end)
    target = EventActor(country + "GOV", country, "GOV", None, where.text, where.start, where.end)
    return Actors((source,), "modifier"), Actors((target,), "place")


def _with_countries(found: Actors, country: str | None) -> Actors:
    """Give sector-only actors ("police", "protesters") the country the sentence is about;
    drop those that cannot be placed, and unidentified armed groups ("gunmen")."""
    kept: list[EventActor] = []
    for actor in found.actors:
        if actor.country or actor.code.startswith("IGO") or len(actor.code) > 3:
            kept.append(actor)
        elif country and actor.code not in UNIDENTIFIED:
            placed = country + actor.code
            kept.append(replace(actor, code=placed, country=country, sector=actor.code))
    return Actors(tuple(kept), found.path) if kept else NO_ACTORS


def _domestic_country(sources: Actors) -> str | None:
    """The country whose police, army, courts or government act on its own people."""
    for actor in sources.actors:
        if actor.country and actor.sector in DOMESTIC_AGENTS:
            return actor.country
    return None


def _government_of(sources: Actors) -> Actors:
    """Protesters, strikers and rioters act against their own government unless told otherwise."""
    crowd = [a for a in sources.actors if a.country and a.sector not in (None, "GOV", "MIL", "COP")]
    if not crowd:
        return NO_ACTORS
    first = crowd[0]
    country = first.country or ""
    target = EventActor(country + "GOV", country, "GOV", None, first.text, first.start, first.end)
    return Actors((target,), "place")
