"""Turn the candidates of each sentence into ``Event`` rows with actors, modality and evidence.

No event is emitted without a resolved source actor, none is self-directed, and nothing falls
back to a generic code: a clause no pattern matches yields nothing.

Coordinated or group actors: each source acts on each target. A symmetric event (meet, sign,
negotiate, fight) whose sources are several actors and which has no other target is coded in
both directions between them ("Russia and Pakistan signed" -> RUS->PAK and PAK->RUS).

Confidence = specificity x source path x target path, where specificity is 0.55 plus 0.1 per
pattern constraint (object, preposition, particle, subject, complement, modifier; at most
three) plus 0.1 when a frame recoded a matched complement; a source found directly counts 1.0,
through coordination 0.95, inherited from a governing clause 0.9, through a pronoun 0.8 and
through a modifier ("Russian oil") 0.75; a target likewise, 0.95 when there is none and 0.8
when it is the country of a place.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from accord.models import (
    ActorMention,
    Event,
    EventActor,
    EventDate,
    Modality,
    Place,
    Quote,
    TextSpan,
)
from accord.nlp.events.arguments import ActorIndex, Resolved, agent, find_subject
from accord.nlp.events.candidates import Candidate, sentence_candidates
from accord.nlp.events.codebook import Codebook, load_codebook
from accord.nlp.events.matching import (
    complement_verb,
    direct_object,
    direct_objects,
    is_passive,
    prep_objects,
)
from accord.nlp.events.modality import modality_of
from accord.nlp.events.patterns import Lexicon, load_lexicon
from accord.nlp.extensions import annotations_of

PATH_WEIGHT = {
    "direct": 1.0,
    "coordinated": 0.95,
    "between": 0.95,
    "inherited": 0.9,
    "pronoun": 0.8,
    "modifier": 0.75,
    "place": 0.8,
    "none": 0.95,
}
NOUN_TARGET_PREPS = ("on", "against", "of", "with", "to", "into", "toward", "towards", "in")
PLACE_PREPS = ("in", "at", "to", "into")
VIOLENT = frozenset({"18", "19", "20"})
CONFLICT = frozenset({"15", "17", "18", "19", "20"})
EVENT_AGENTS = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "ambush", "shelling"})
CONFLICT_PLACE_PREPS = ("of", "in", "across", "near", "on", "at", "into", "over", "around")
UNIDENTIFIED = frozenset({"REB"})  # "gunmen": an unknown armed group is not placed
DOMESTIC_AGENTS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG"})
RELATIVE = frozenset({"which", "that", "who", "whom"})


@dataclass(frozen=True)
class Actors:
    """The actors of one argument, as event actors, with how they were found."""

    actors: tuple[EventActor, ...]
    path: str

    def __bool__(self) -> bool:
        return bool(self.actors)


NO_ACTORS = Actors((), "none")


def _actors(resolved: Resolved, path: str | None = None) -> Actors:
    return Actors(
        tuple(EventActor.from_mention(m) for m in resolved.mentions), path or resolved.path
    )


class EventCoder:
    """Codes the events of a document whose actors, places and quotes are already annotated."""

    def __init__(self, lexicon: Lexicon | None = None, codebook: Codebook | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.codebook = codebook or load_codebook()

    def __call__(self, doc: Doc) -> list[Event]:
        index = ActorIndex(
            doc, annotations_of(doc, "accord_actors"), annotations_of(doc, "accord_places")
        )
        quotes = annotations_of(doc, "accord_quotes")
        published = doc._.accord_pub_date or dt.date.today()
        text_hash = hashlib.sha1(doc.text.encode("utf-8")).hexdigest()
        events: list[Event] = []
        for sentence in doc.sents:
            coded: list[Event] = []
            candidates = list(sentence_candidates(sentence, self.lexicon))
            for candidate in candidates:
                if self._folded(candidate, candidates):
                    continue
                coded.extend(self._events(candidate, sentence, index, quotes, published, text_hash))
            events.extend(_dedupe(coded))
        return events

    def _folded(self, candidate: Candidate, others: list[Candidate]) -> bool:
        """Part of another event's happening: a protest's purpose, an attack's killing, the
        strike a killing happened in, the war a signed peace ended."""
        clause = candidate.trigger
        own = candidate.code[:2]
        if candidate.nominal and clause.dep_ == "pobj" and own in VIOLENT:
            verb = clause.head.head  # "was killed in a U.S. drone strike"
            if any(o.trigger.i == verb.i and o.code[:2] in VIOLENT for o in others):
                return True
        if clause.dep_ not in ("advcl", "xcomp", "conj") or clause.head is clause:
            return False
        purpose = clause.dep_ == "advcl" and any(c.lower_ == "to" for c in clause.children)
        for other in others:
            if other is candidate or clause.head.i not in (other.trigger.i, other.inner.i):
                continue
            root = other.code[:2]
            if purpose and own not in ("03", "05", "06"):
                return True  # "arrived in Wuhan to investigate", "marched to demand"
            if own in ("02", "10", "11") and root == "14" and clause.dep_ != "conj":
                return True
            if own in VIOLENT and root in VIOLENT and clause.dep_ == "advcl":
                return True
            if own == "08" and root == "05" and clause.dep_ == "advcl":
                return True  # "signed a peace accord, ending 12 years of war"
        return False

    def _events(
        self,
        candidate: Candidate,
        sentence: Span,
        index: ActorIndex,
        quotes: Sequence[Quote],
        published: dt.date,
        text_hash: str,
    ) -> list[Event]:
        sources, pairs_between = self._sources(candidate, index)
        where = _sentence_place(sentence, index)
        sources = _with_countries(sources, where.country if where else None)
        crowd_target = NO_ACTORS
        verbal = not candidate.nominal or candidate.light_verb is not None
        if not sources and candidate.pattern.crowd and verbal and where and where.country:
            sources, crowd_target = _crowd(candidate.trigger, where)
        if not sources:
            return []
        pattern = candidate.pattern
        if pattern.object_actor and not _object_is_actor(candidate, index):
            return []
        targets = pairs_between or self._targets(candidate, index, sources) or crowd_target
        targets = _with_countries(targets, _domestic_country(sources))
        if not targets and candidate.pattern.crowd:
            targets = _government_of(sources)
        mutual = pattern.symmetric and len(sources.actors) > 1
        nominal = candidate.nominal and candidate.light_verb is None
        if (pattern.require_target or nominal) and not (targets or mutual):
            return []
        mentions = [m for m in _source_mentions(sources, index)]
        modality = modality_of(
            candidate.inner,
            _governors(candidate),
            candidate.frame_modality,
            mentions,
            self.lexicon,
            lambda token: index.phrase(token).mentions,
        )
        entry = self.codebook[candidate.code]
        trigger = candidate.trigger
        span = TextSpan(trigger.idx, trigger.idx + len(trigger.text), trigger.text)
        quote_index, modality = _quote_of(span, quotes, sources, modality)
        confidence = _confidence(candidate, sources, targets)
        events = []
        for source, target in _pairs(sources, targets, pattern.symmetric or bool(pairs_between)):
            if entry.code == "040":
                entry = self.codebook[_meeting_code(candidate, index, source, target)]
            key = f"{text_hash}|{span.start}|{span.end}|{entry.code}|{source.code}|"
            key += target.code if target else "-"
            events.append(
                Event(
                    id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
                    cameo=entry.code,
                    root=entry.root,
                    quad_class=entry.quad_class,
                    goldstein=entry.goldstein,
                    plover=entry.plover,
                    source=source,
                    target=target,
                    trigger=span,
                    sentence=(sentence.start_char, sentence.end_char),
                    date=EventDate(published, published, "day", "publication"),
                    historical=False,
                    modality=modality,
                    location=None,
                    rule=candidate.rule,
                    confidence=confidence,
                    quote_index=quote_index,
                )
            )
        return events

    def _sources(self, candidate: Candidate, index: ActorIndex) -> tuple[Actors, Actors]:
        """The source actors, and for "talks between X and Y" the pair as both source and target."""
        if candidate.nominal and candidate.light_verb is None:
            return _nominal_sources(candidate.inner, index)
        top = candidate.governors[-1] if candidate.governors else candidate.light_verb
        top = top or candidate.trigger
        if is_passive(top):
            by = agent(top)
            if by is not None:
                return _actors(index.phrase(by)), NO_ACTORS
            obj = direct_object(top)  # "a deal between X and Y could be signed"
            if obj is not None and candidate.pattern.symmetric:
                pair, mutual = _between(obj, index)
                if pair:
                    return pair, mutual
            return _by_event(top, index), NO_ACTORS
        subject, inherited = find_subject(top, lambda token: bool(index.phrase(token)))
        if subject is None:
            return NO_ACTORS, NO_ACTORS
        found = index.phrase(subject)
        if found.path == "modifier" and not self._may_name_agent(subject, candidate):
            return NO_ACTORS, NO_ACTORS
        if not found:
            return NO_ACTORS, NO_ACTORS
        return _actors(
            found, "inherited" if inherited and found.path == "direct" else None
        ), NO_ACTORS

    def _may_name_agent(self, subject: Token, candidate: Candidate) -> bool:
        """Whether a subject named only by its modifiers ("Russian oil") can be the actor."""
        lemmas = {subject.lemma_.lower(), *(c.lemma_.lower() for c in subject.conjuncts)}
        if subject.pos_ == "PROPN" or candidate.pattern.subject:
            return True  # a name the actor tables do not know, led by one they do
        return bool(lemmas & self.lexicon.agent_nouns)

    def _targets(self, candidate: Candidate, index: ActorIndex, sources: Actors) -> Actors:
        """The first group of target phrases that names an actor other than the sources."""
        own = {a.code for a in sources.actors}
        for head, path in _target_heads(candidate, self.lexicon):
            if head is None:
                continue
            if path == "place":
                place = index.place(head)
                if place is not None and place.country and place.country not in own:
                    actor = EventActor(
                        place.country, place.country, None, None, place.text, place.start, place.end
                    )
                    return Actors((actor,), "place")
                continue
            found = index.phrase(head)
            others = tuple(m for m in found.mentions if m.code not in own)
            if others:
                return _actors(Resolved(others, found.path))
        return NO_ACTORS


def _target_heads(candidate: Candidate, lexicon: Lexicon) -> Iterable[tuple[Token | None, str]]:
    """Phrases that may name the target, best first; ``place`` marks a place fallback."""
    pattern = candidate.pattern
    preps = pattern.target or lexicon.default_target_preps
    for token, frame in reversed(candidate.frames):
        if frame.addressee_first:
            yield from _addressees(token)
    inner = candidate.inner
    if candidate.nominal or candidate.light_verb is not None:
        for _, pobj in prep_objects(inner, pattern.target or NOUN_TARGET_PREPS):
            yield pobj, "phrase"
        if candidate.light_verb is not None:
            for _, pobj in prep_objects(candidate.light_verb, (*preps, "at")):
                yield pobj, "phrase"
    else:
        obj: Token | None = direct_object(inner)
        if obj is not None and obj.lower_ in RELATIVE and inner.dep_ == "relcl":
            obj = inner.head  # "the tanker, which was seized by ..."
        if not pattern.object_not_target:
            yield obj, "phrase"
            yield obj, "place"  # "shelled Kharkiv": a place named as the object
        for _, dative in prep_objects(inner, ("dative",)):
            yield dative, "phrase"
        for child in inner.children:
            if child.dep_ == "dative":
                yield child, "phrase"
        for _, pobj in prep_objects(inner, preps):
            yield pobj, "phrase"
        if obj is not None:
            for _, pobj in prep_objects(obj, preps):
                yield pobj, "phrase"
        for _, pobj in prep_objects(inner, preps):  # "applied for warrants for X"
            for _, nested in prep_objects(pobj, preps):
                yield nested, "phrase"
    if candidate.frames:
        for child in inner.children:
            if child.dep_ == "nsubj":
                yield child, "phrase"  # "demanded that Iran release"
        for token, frame in candidate.frames:
            if not frame.addressee_first:
                for _, pobj in prep_objects(token, preps):
                    yield pobj, "phrase"
    if candidate.code[:2] in CONFLICT:  # "shelled districts of Kharkiv", "struck targets in Iraq"
        for anchor in (inner, *direct_objects(inner)):
            for _, pobj in prep_objects(anchor, CONFLICT_PLACE_PREPS):
                yield pobj, "place"
                for _, inner_pobj in prep_objects(pobj, CONFLICT_PLACE_PREPS):
                    yield inner_pobj, "place"
    if pattern.place_target:
        anchors = [inner, *direct_objects(inner)]
        if candidate.light_verb is not None:
            anchors.append(candidate.light_verb)
        for anchor in anchors:  # "visit to Kyiv", "attended the parade in Moscow"
            for _, pobj in prep_objects(anchor, (*PLACE_PREPS, *pattern.target)):
                yield pobj, "place"
                yield pobj, "phrase"


def _addressees(token: Token) -> Iterable[tuple[Token | None, str]]:
    """Whom an appeal or demand is addressed to: "urged Turkey", "appealed to Israel",
    "demanded that China remove", "demanded an explanation from Moscow"."""
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


def _between(noun: Token, index: ActorIndex) -> tuple[Actors, Actors]:
    """ "talks between X and Y", "the restoration of relations between X and Y"."""
    heads = [noun, *(obj for _, obj in prep_objects(noun, ("of",)))]
    for head in heads:
        for _, obj in prep_objects(head, ("between", "among")):
            found = index.phrase(obj, modifiers=False)
            if len(found.mentions) >= 2:
                pair = _actors(found, "between")
                return pair, pair
    return NO_ACTORS, NO_ACTORS


def _nominal_sources(noun: Token, index: ActorIndex) -> tuple[Actors, Actors]:
    """An event noun's source: "by" phrase, possessor or actor modifier; or "between X and Y";
    or, for "after talks with X", the subject of the clause the phrase belongs to."""
    pair, mutual = _between(noun, index)
    if pair:
        return pair, mutual
    by = agent(noun)
    for _, origin in prep_objects(noun, ("from",)):  # "condemnation from Washington"
        by = by or origin
    if by is not None:
        found = index.phrase(by)
        if found:
            return _actors(found), NO_ACTORS
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod"):
            found = index.phrase(child, modifiers=False)
            if found:
                return _actors(found, "direct" if child.dep_ == "poss" else "modifier"), NO_ACTORS
    adjunct = noun.head if noun.dep_ == "pobj" else None
    timed = adjunct is not None and adjunct.lower_ in ("after", "before", "during", "following")
    if adjunct is not None and timed and any(True for _ in prep_objects(noun, ("with",))):
        subject, _ = find_subject(adjunct.head, lambda token: bool(index.phrase(token)))
        if subject is not None and index.phrase(subject):
            return _actors(index.phrase(subject), "inherited"), NO_ACTORS
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


def _governors(candidate: Candidate) -> tuple[Token, ...]:
    extra = (candidate.light_verb,) if candidate.light_verb is not None else ()
    return (*extra, *candidate.governors)


def _object_is_actor(candidate: Candidate, index: ActorIndex) -> bool:
    obj = direct_object(candidate.inner)
    if obj is None:
        return False
    found = index.phrase(obj, modifiers=False)
    return bool(found)


def _source_mentions(sources: Actors, index: ActorIndex) -> list[ActorMention]:
    return [
        ActorMention(a.start, a.end, a.text, a.code, a.country, a.sector, a.person, "country", "")
        for a in sources.actors
    ]


def _pairs(
    sources: Actors, targets: Actors, symmetric: bool
) -> list[tuple[EventActor, EventActor | None]]:
    if not targets and symmetric and len(sources.actors) > 1:
        return [(a, b) for a in sources.actors for b in sources.actors if a.code != b.code]
    if not targets:
        return [(a, None) for a in sources.actors]
    return [(a, b) for a in sources.actors for b in targets.actors if a.code != b.code]


def _confidence(candidate: Candidate, sources: Actors, targets: Actors) -> float:
    specificity = 0.55 + 0.1 * min(candidate.pattern.specificity, 3)
    if any(frame.recodes for _, frame in candidate.frames):
        specificity += 0.1
    value = specificity * PATH_WEIGHT[sources.path] * PATH_WEIGHT[targets.path]
    return round(min(value, 0.99), 2)


def _quote_of(
    trigger: TextSpan, quotes: Sequence[Quote], sources: Actors, modality: Modality
) -> tuple[int | None, Modality]:
    """The quote a statement event comes from, and "reported" when its speaker is another actor."""
    for number, quote in enumerate(quotes):
        inside = quote.start <= trigger.start < quote.end
        is_cue = quote.cue is not None and quote.cue.start == trigger.start
        if (
            not (inside or is_cue)
            or quote.speaker is None
            or (quote.speaker.name is None and quote.speaker.code is None)
        ):
            continue
        speaker = quote.speaker.code or ""
        own = any(a.code[:3] == speaker[:3] for a in sources.actors)
        if inside and modality == "asserted" and speaker and not own:
            modality = "reported"
        return number, modality
    return None, modality


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per code, source and target in a sentence: the most confident; and no event
    noun that only names again what a verb of the sentence coded ("met ... for a summit")."""
    best: dict[tuple[str, str, str | None], Event] = {}
    for event in events:
        key = (event.cameo, event.source.code, event.target.code if event.target else None)
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    verbal = {
        (e.root, e.source.code, e.target.code if e.target else None)
        for e in best.values()
        if not e.rule.startswith("nouns.yaml")
    }
    kept = [
        e
        for e in best.values()
        if not e.rule.startswith("nouns.yaml")
        or (e.root, e.source.code, e.target.code if e.target else None) not in verbal
    ]
    return sorted(kept, key=lambda e: (e.trigger.start, e.cameo))


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


def _meeting_code(
    candidate: Candidate, index: ActorIndex, source: EventActor, target: EventActor | None
) -> str:
    """A meeting in the source's country is hosted (043), in the target's a visit (042),
    elsewhere at a third location (044); 040 when no place is named."""
    anchors = [candidate.inner, *([candidate.light_verb] if candidate.light_verb else [])]
    for anchor in anchors:
        for _, pobj in prep_objects(anchor, ("in", "at")):
            place = index.place(pobj)
            if place is None or not place.country or target is None:
                continue
            if place.country == source.country:
                return "043"
            if place.country == target.country:
                return "042"
            return "044"
    return "040"


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
