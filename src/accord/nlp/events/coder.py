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
through a modifier ("Russian oil") 0.75; a target likewise, 0.85 when it is the partner of
the object ("talks with Iran"), shared with a first hostile act or put by a threat's "unless"
clause, 0.8 through "the country" or "the alliance", 0.95 when there is none, 0.8 when it is
the country of a place or the act implies it, and 0.75 when it is where force lands beyond
the act's own phrase or the doers of a coup in a country (``PATH_WEIGHT``).

What an act implies, a pattern says: a bare country that masses troops is its military
(``source_sector``), a government that imposes a curfew acts on its own civilians and farmers
blocking roads on their government (``implied_target``). Such a target is named by no words:
its span is empty, at the trigger; the rule says what was implied ("...+implied_target").
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from accord.models import (
    ActorMention,
    Event,
    EventActor,
    EventDate,
    Modality,
    Quote,
    TextSpan,
)
from accord.nlp.events.arguments import ActorIndex
from accord.nlp.events.candidates import Candidate, sentence_candidates
from accord.nlp.events.codebook import Codebook, load_codebook
from accord.nlp.events.matching import (
    direct_objects,
    modifier_lemmas,
    noun_lemmas,
    prep_objects,
    refine,
)
from accord.nlp.events.modality import modality_of
from accord.nlp.events.participants import DOMESTIC_AGENTS, Actors, Participants
from accord.nlp.events.patterns import Lexicon, load_lexicon
from accord.nlp.extensions import annotations_of

PATH_WEIGHT = {
    "direct": 1.0,
    "coordinated": 0.95,
    "between": 0.95,
    "inherited": 0.9,
    "shared": 0.85,
    "doers": 0.75,
    "condition": 0.85,
    "nested": 0.85,
    "pronoun": 0.8,
    "anaphor": 0.8,
    "modifier": 0.75,
    "place": 0.8,
    "landed": 0.75,
    "none": 0.95,
    "implied": 0.8,
}
VIOLENT = frozenset({"18", "19", "20"})
#: The sectors of a country's people, on whom its state acts and who act on their state.
POPULATION = frozenset({"CVL", "AGR", "LAB", "EDU", "OPP", "BUS", "MED", "REL", "HLH"})


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
        if own == "08" and clause.dep_ == "acl":  # "signed a declaration ending the war"
            governor = clause.head.head
            if any(o.trigger.i == governor.i and o.code[:2] == "05" for o in others):
                return True
        if clause.dep_ not in ("advcl", "xcomp", "conj") or clause.head == clause:
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
        found = Participants(self.lexicon, index).find(candidate, sentence)
        if found is None:
            return []
        sources, targets, mutual = found
        own_code = refine(candidate.pattern, candidate.inner)  # before any frame recoded it
        if candidate.pattern.received and candidate.code == own_code:
            # "received funds from the EU": the EU gave them; but "refused to receive aid from
            # X" is the refuser's act
            sources, targets = targets, sources
            if not sources:
                return []
        sources, sectored = self._act_sector(candidate, own_code, sources)
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
        events = []
        for source, target in _pairs(sources, targets, mutual):
            rule, target_path = candidate.rule, targets.path
            if target is not None and target_path == "modifier" and target.code == source.country:
                target = None  # "urged action on removing tariffs on U.S. cars": not the U.S.
            if sectored & {source, target}:
                rule += "+source_sector"
            if target is None or (targets.path == "place" and target.code == source.country):
                implied = _implied_target(candidate, own_code, source, target, sentence, index)
                if implied is not None:
                    target, rule, target_path = implied, rule + "+implied_target", "implied"
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
                    rule=rule,
                    confidence=_confidence(candidate, sources.path, target_path),
                    quote_index=quote_index,
                )
            )
        return events

    def _act_sector(
        self, candidate: Candidate, own_code: str, sources: Actors
    ) -> tuple[Actors, set[EventActor]]:
        """Bare countries given the sector their act implies ("Russia massed troops": RUSMIL),
        unless what they act with names another ("sent a police force"); and those changed."""
        sector = candidate.pattern.source_sector.get(own_code)
        if sector is None:
            return sources, set()
        sectors = self.lexicon.agent_sectors
        for obj in direct_objects(candidate.inner):
            words = noun_lemmas(obj) | modifier_lemmas(obj)
            if any(sectors.get(word, sector) != sector for word in words):
                return sources, set()
        actors = tuple(
            replace(a, code=a.code + sector, sector=sector) if _bare_country(a) else a
            for a in sources.actors
        )
        return Actors(actors, sources.path), set(actors) - set(sources.actors)


def _bare_country(actor: EventActor) -> bool:
    """A country named as a whole: no sector, organisation or person."""
    return actor.code == actor.country and actor.sector is None and actor.person is None


def _implied_target(
    candidate: Candidate,
    own_code: str,
    source: EventActor,
    place: EventActor | None,
    sentence: Span,
    index: ActorIndex,
) -> EventActor | None:
    """The target a domestic act implies when the text names none, or only a place of the
    source's country ("a curfew in Dhaka": the people there): the source country's people
    when a state agent acts, its state when its people act; only in a sentence that names no
    other country, where the act could be aimed abroad."""
    implied = candidate.pattern.implied_target
    sector = implied.get(own_code) or implied.get(source.sector or "")
    country = source.country
    if sector is None or not country:
        return None
    acting = POPULATION if sector in DOMESTIC_AGENTS else DOMESTIC_AGENTS
    if source.sector not in acting or _names_other_country(sentence, index, country):
        return None
    if place is not None:
        return replace(place, code=country + sector, sector=sector)
    at = candidate.trigger.idx
    return EventActor(country + sector, country, sector, None, "", at, at)


def _names_other_country(sentence: Span, index: ActorIndex, country: str) -> bool:
    """Whether an actor or place of a country other than ``country`` is in the sentence."""
    for token in sentence:
        place = index.place(token)
        countries = {m.country for m in index.at(token)} | {place.country if place else None}
        if countries - {None, country}:
            return True
    return False


def _governors(candidate: Candidate) -> tuple[Token, ...]:
    extra = (candidate.light_verb,) if candidate.light_verb is not None else ()
    return (*extra, *candidate.governors)


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


def _confidence(candidate: Candidate, source_path: str, target_path: str) -> float:
    specificity = 0.55 + 0.1 * min(candidate.pattern.specificity, 3)
    if any(frame.recodes for _, frame in candidate.frames):
        specificity += 0.1
    value = specificity * PATH_WEIGHT[source_path] * PATH_WEIGHT[target_path]
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
        or "@" in e.rule  # a noun a frame verb asks for: "demanded elections and the release"
        or (e.root, e.source.code, e.target.code if e.target else None) not in verbal
    ]
    return sorted(kept, key=lambda e: (e.trigger.start, e.cameo))


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
