"""Finding the stretches of text that may name a place, before deciding which place.

Four sources, strongest first: the curated names of ``places.yaml``; "X Port" / "port of X" /
"X airport" phrases around a gazetteer city; spaCy's GPE/LOC/FAC entities; and capitalised
gazetteer names the entity recogniser missed or mislabelled, where the parse places them or
the place is large. Later sources never overlap earlier ones. The predicates at the end
(``used_as_location`` and friends) tell a location from a name used otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from accord.nlp.places.gazetteer import ALIAS, Gazetteer
from accord.nlp.places.knowledge import PlacesKnowledge

# Word lists read best as text; ruff's SIM905 would spread each over twenty lines.
#: Prepositions after which a name denotes where something is, happens or comes from.
LOCATIVE = frozenset(
    "in at near into from across inside outside within throughout around through over off "  # noqa: SIM905
    "onto along toward towards via".split()
)
#: Nouns that make "X <noun>" or "<noun> of X" a facility in city X.
FACILITY_NOUNS = frozenset(
    "port harbour harbor airport seaport terminal dock docks refinery base airbase".split()  # noqa: SIM905
)
#: Nouns after which "to X" is a destination ("a visit to Russia").
VISIT_NOUNS = frozenset(
    ["visit", "trip", "journey", "return", "flight", "voyage", "shipment", "shipments"]
)
#: Verbs after which "to X" is where someone goes ("flew to Moscow"), not a recipient
#: ("offered loans to Mexico").
MOTION_VERBS = frozenset(
    {"travel", "fly", "go", "come", "return", "move", "sail", "drive", "head", "deploy", "send"}
    | {"march", "flee", "walk", "arrive", "relocate", "evacuate", "ship"}
)
#: "the Baghdad government": a capital named as its state, not as a location.
GOVERNMENT_NOUNS = frozenset(
    ["government", "regime", "authorities", "administration", "leadership"]
)
SPEECH_VERBS = frozenset(
    {"say", "tell", "add", "state", "announce", "report", "deny", "claim", "note", "warn"}
    | {"explain", "comment", "insist", "argue", "predict", "estimate", "disclose"}
)
WATER_NOUNS = frozenset(["river", "sea", "lake", "strait", "gulf", "bay", "canal", "delta"])
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACE_LABELS = frozenset({"PERSON", "ORG", "NORP", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
MAX_WORDS = 6
PROMINENT, LOCATED = 100_000, 50_000
#: Where a name tagged as a person may still be a place: "raided Jenin", "with Antakya".
OBJECT_DEPS = frozenset({"dobj", "pobj", "conj", "appos"})


@dataclass(frozen=True)
class Candidate:
    """A span that may name a place and the name to look up for it."""

    span: Span
    key: str  # the name looked up in the gazetteer
    source: str  # places.yaml | pattern | ner | gazetteer
    label: str = ""  # the entity label spaCy gave the span, if any


def find_candidates(
    doc: Doc, gaz: Gazetteer, knowledge: PlacesKnowledge, matcher: PhraseMatcher
) -> list[Candidate]:
    """Non-overlapping candidates, in text order."""
    taken: set[int] = set()
    found: list[Candidate] = []
    for source in (_curated(doc, matcher, gaz), _facility_phrases(doc, gaz), _entities(doc, gaz)):
        for cand in source:
            if not taken.intersection(range(cand.span.start, cand.span.end)):
                found.append(cand)
                taken.update(range(cand.span.start, cand.span.end))
    for cand in _unlabelled_names(doc, gaz, knowledge, taken):
        found.append(cand)
        taken.update(range(cand.span.start, cand.span.end))
    found = [c for c in found if c.source == "places.yaml" or not _names_water(c.span)]
    return sorted(found, key=lambda c: c.span.start)


def _names_water(span: Span) -> bool:
    """ "Mississippi River", "Dnipro river": the river, not the state or the city."""
    end = span.end
    return end < len(span.doc) and span.doc[end].lower_ in WATER_NOUNS


def _curated(doc: Doc, matcher: PhraseMatcher, gaz: Gazetteer) -> Iterator[Candidate]:
    spans = [Span(doc, s, e) for _, s, e in matcher(doc)]
    spans = [
        s for s in spans if (s[0].is_title or s[0].is_upper) and not _inside_other_name(s, gaz)
    ]
    for span in sorted(spans, key=lambda s: (-len(s), s.start)):
        yield Candidate(span, span.text, "places.yaml")


def _facility_phrases(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    """'Karachi Port', 'Kabul airport', 'the port of Gwadar': the facility's city is the place."""
    for token in doc:
        if token.lower_ not in FACILITY_NOUNS:
            continue
        before = _name_ending_at(doc, token.i, gaz)
        if before is not None and _names_a_city(before, gaz):
            yield Candidate(Span(doc, before.start, token.i + 1), before.text, "pattern")
            continue
        if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of":
            after = _name_starting_at(doc, token.i + 2, gaz)
            if after is not None and _names_a_city(after, gaz):
                yield Candidate(after, after.text, "pattern")


def _names_a_city(span: Span, gaz: Gazetteer) -> bool:
    """ "Tianjin port" but not "China port of Tianjin" or "U.K. Base lending rates"."""
    matches = gaz.lookup(span.text)
    return any(m.entry.feature == "city" for m in matches) and not any(
        m.entry.feature == "country" for m in matches
    )


def _name_ending_at(doc: Doc, end: int, gaz: Gazetteer) -> Span | None:
    for size in range(min(MAX_WORDS, end), 0, -1):
        span = doc[end - size : end]
        if all(t.is_title or t.is_upper for t in span if t.is_alpha) and span.text in gaz:
            return span
    return None


def _name_starting_at(doc: Doc, start: int, gaz: Gazetteer) -> Span | None:
    for size in range(min(MAX_WORDS, len(doc) - start), 0, -1):
        span = doc[start : start + size]
        if span[0].is_title and span[-1].is_alpha and span.text in gaz:
            return span
    return None


def _entities(doc: Doc, gaz: Gazetteer) -> Iterator[Candidate]:
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        span = _trim(ent)
        if span is None:
            continue
        if span.text in gaz:
            yield Candidate(span, span.text, "ner", ent.label_)
            continue
        inner = _longest_known_subspan(span, gaz)
        if inner is not None:
            yield Candidate(inner, inner.text, "ner", ent.label_)


def _trim(ent: Span) -> Span | None:
    """The entity without a leading determiner or a trailing possessive."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].lower_ == "the":
        start += 1
    while end > start and ent.doc[end - 1].tag_ == "POS":
        end -= 1
    return ent.doc[start:end] if end > start else None


def _longest_known_subspan(span: Span, gaz: Gazetteer) -> Span | None:
    for size in range(len(span) - 1, 0, -1):
        for start in range(span.start, span.end - size + 1):
            sub = span.doc[start : start + size]
            if sub[0].is_title and any(m.strength >= ALIAS for m in gaz.lookup(sub.text)):
                return sub
    return None


def _unlabelled_names(
    doc: Doc, gaz: Gazetteer, knowledge: PlacesKnowledge, taken: set[int]
) -> Iterator[Candidate]:
    """Capitalised gazetteer names the entity recogniser missed or mislabelled, kept where the
    parse uses them as a location (towns of 50,000+: smaller ones are too often words, "Bank",
    "University") or where they name a place of 100,000+ and not a person."""
    i = 0
    while i < len(doc):
        span = _name_starting_at(doc, i, gaz) if doc[i].pos_ == "PROPN" else None
        if (
            span is None
            or span.text in knowledge.not_places
            or taken.intersection(range(span.start, span.end))
            or _inside_other_name(span, gaz)
            or not (
                (used_as_location(span) and _largest(span, gaz) >= LOCATED) or _prominent(span, gaz)
            )
        ):
            i += 1
            continue
        yield Candidate(span, span.text, "gazetteer")
        i = span.end


def _largest(span: Span, gaz: Gazetteer) -> int:
    """The population of the largest place the name is the own name or alias of (regions
    count as large); other spellings are left out ("Mobil" for Mobile)."""
    return max(
        (m.entry.population or PROMINENT for m in gaz.lookup(span.text) if m.strength >= ALIAS),
        default=0,
    )


def _inside_other_name(span: Span, gaz: Gazetteer) -> bool:
    """Part of a longer person or organisation name ("Victoria Nuland", "Georgia Power")."""
    for ent in span.doc.ents:
        if ent.label_ not in NOT_PLACE_LABELS or ent.end <= span.start or span.end <= ent.start:
            continue
        outside = [t for t in ent if not span.start <= t.i < span.end]
        if any(
            t.pos_ not in ("CCONJ", "DET", "PUNCT", "PART") and t.text not in gaz for t in outside
        ):
            return True
    return False


def _prominent(span: Span, gaz: Gazetteer) -> bool:
    """A proper-noun name of a country, region or city of 100,000+. The small model tags many
    foreign towns as people, so a person tag only vetoes where a person would stand."""
    if any(t.pos_ != "PROPN" for t in span if t.is_alpha):
        return False
    if span.root.dep_ in ("nsubj", "nsubjpass"):  # "Columbia said": a company, mostly
        return False
    if any(t.ent_type_ == "PERSON" for t in span) and span.root.dep_ not in OBJECT_DEPS:
        return False
    return any(  # by its own name: "Mobil" is no spelling of Mobile here
        m.strength >= ALIAS
        and (m.entry.feature in ("country", "region") or m.entry.population >= PROMINENT)
        for m in gaz.lookup(span.text)
    )


def part_of_longer_name(span: Span) -> bool:
    """Followed by another capitalised proper noun: "Texas Commerce Bancshares", "New York
    Stock Exchange" (a facility noun after a city was read as a facility before this)."""
    end = span.end
    return end < len(span.doc) and span.doc[end].is_title and span.doc[end].pos_ == "PROPN"


def is_dateline(span: Span) -> bool:
    """ "NEW YORK, March 2 -": the capitalised place a wire story opens with is where it was
    filed, whatever the parser makes of it."""
    doc = span.doc
    opens = all(t.is_space for t in doc[: span.start])
    return opens and span.text.isupper() and span.end < len(doc) and doc[span.end].text == ","


def speaks(span: Span) -> bool:
    """The subject of "said", "told", "added"...: a person or an organisation ("Henderson
    said"), however the entity recogniser tagged it."""
    return span.root.dep_ == "nsubj" and span.root.head.lemma_ in SPEECH_VERBS


def names_a_government(span: Span) -> bool:
    """ "the Quebec government", "the Baghdad regime": the polity acting, not a location."""
    return span.root.dep_ == "compound" and span.root.head.lower_ in GOVERNMENT_NOUNS


def used_as_location(span: Span, *, modifier: bool = True) -> bool:
    """Whether ``span`` says where: the object of a locative preposition, maybe through an
    apposition or coordination, or (with ``modifier``) a name modifying a common noun as in
    "a Kabul hospital"."""
    head = span.root
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ in LOCATIVE:
        return True
    if head.dep_ == "pobj" and governor.lower_ == "for":  # "bound for Libya"
        return governor.head.lower_ in ("bound", "headed")
    if head.dep_ == "pobj" and governor.lower_ == "to":
        return governor.head.lemma_ in MOTION_VERBS or governor.head.lower_ in VISIT_NOUNS
    return (
        modifier
        and head.dep_ == "compound"
        and governor.pos_ == "NOUN"
        and governor.lower_ not in GOVERNMENT_NOUNS
    )
