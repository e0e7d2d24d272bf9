"""Choosing the gazetteer entry a candidate names.

Evidence, strongest first: a qualifier next to the name ("Paris, Texas"; "Tripoli, Lebanon");
the countries the sentence and the article are about (actor mentions and unambiguous places);
the reading ``places.yaml`` gives an ambiguous name when nothing else decides; and a prior
that favours populous places and national capitals.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span

from accord.nlp.places.candidates import Candidate
from accord.nlp.places.gazetteer import ALIAS, ALTERNATE, EXONYM, Entry, Gazetteer, Match, fold

#: Weights of the evidence; a qualifier outweighs everything else.
QUALIFIER, QUALIFIER_STATE = 10.0, 5.0
SENTENCE, SENTENCE_CAP = 1.5, 1
ARTICLE, ARTICLE_CAP = 0.5, 2
#: Without a qualifier, a place this many times smaller than the largest reading (capitals
#: weighted) is out of the running ("Moscow" in a US story is not Moscow, Idaho).
SMALLER, CAPITAL_WEIGHT = 100, 10
#: A place known by another spelling joins the readings when this many times larger.
RESPELT = 10
CAPITAL, DEFAULT = 1.0, 1.0
#: Population assumed where the data gives none, by feature.
ASSUMED_POPULATION = {"region": 1_000_000, "water": 1_000_000, "facility": 100_000}
QUALIFYING_FEATURES = frozenset({"country", "region"})
REGION_NOUNS = frozenset({"state", "province", "region", "governorate", "oblast", "prefecture"})


@dataclass(frozen=True)
class Resolution:
    candidate: Candidate
    entry: Entry
    reason: str  # gazetteer#unique | context#qualifier | context#article_country | ...


@dataclass(frozen=True)
class Evidence:
    """One mention of a country: an actor, or a place with a single reading."""

    start: int
    end: int
    country: str
    sentence_start: int  # token index of its sentence's start


@dataclass
class Context:
    """The countries an article is about, mention by mention."""

    evidence: list[Evidence] = field(default_factory=list)

    def add(self, span: Span, country: str | None) -> None:
        if country:
            self.evidence.append(Evidence(span.start_char, span.end_char, country, span.sent.start))

    def counts(self, spans: Sequence[Span]) -> tuple[Counter[str], Counter[str]]:
        """Mentions per country in the article and in the sentences of ``spans``, leaving out
        those at the spans themselves (an actor reading of an ambiguous name is no evidence
        for it)."""
        others = [e for e in self.evidence if not any(_overlaps(e, span) for span in spans)]
        sentences = {span.sent.start for span in spans}
        article = Counter(e.country for e in others)
        sentence = Counter(e.country for e in others if e.sentence_start in sentences)
        return article, sentence


def _overlaps(evidence: Evidence, span: Span) -> bool:
    return evidence.start < span.end_char and span.start_char < evidence.end


def readings(gaz: Gazetteer, candidate: Candidate) -> list[Match]:
    """The entries a candidate may denote through its strongest kind of name match; an old
    name or translation ("Bombay", "White House") only for names tagged as a GPE."""
    matches = gaz.lookup(candidate.key)
    if candidate.label != "GPE":
        matches = [m for m in matches if m.strength > EXONYM]
    strongest = max((m.strength for m in matches), default=None)
    named = [m for m in matches if m.strength >= ALIAS]
    if not named:
        return [m for m in matches if m.strength == strongest]
    # "Hanover": Hannover's other spelling outweighs the American towns of that name
    largest = max(_population(m.entry) for m in named)
    spelt = [m for m in matches if m.strength == ALTERNATE]
    return named + [m for m in spelt if _population(m.entry) > RESPELT * largest]


def resolve_all(
    gaz: Gazetteer,
    candidates: Sequence[Candidate],
    context: Context,
    defaults: dict[str, str],
) -> list[Resolution]:
    """Resolve every candidate; unambiguous ones first, so they inform the ambiguous ones."""
    options = [[m.entry for m in readings(gaz, c)] for c in candidates]
    for cand, entries in zip(candidates, options, strict=True):
        if len({e.country for e in entries}) == 1:
            context.add(cand.span, entries[0].country)
    hints, qualifiers = _qualifier_hints(candidates, options)
    mentions: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (cand, entries) in enumerate(zip(candidates, options, strict=True)):
        if entries:
            reading = "qualifier" if i in qualifiers else "noun" if _region_noun(cand) else ""
            mentions[(fold(cand.key), reading)].append(i)
    resolved: list[Resolution] = []
    for (_, reading), indices in mentions.items():
        entry, reason = _resolve_name(
            [candidates[i] for i in indices],
            options[indices[0]],
            [e for i in indices for e in hints[i]],
            context,
            reading,
            defaults,
        )
        resolved += [Resolution(candidates[i], entry, reason) for i in indices]
    return sorted(resolved, key=lambda r: r.candidate.span.start)


def _resolve_name(
    mentions: list[Candidate],
    entries: list[Entry],
    hint: list[Entry],
    context: Context,
    reading: str,
    defaults: dict[str, str],
) -> tuple[Entry, str]:
    """One reading for every mention of a name in the article (one sense per discourse), from
    the evidence around all of them."""
    key = mentions[0].key
    default = defaults.get(key) or defaults.get(entries[0].name)
    narrowed = entries
    if reading == "qualifier":  # "Amos, Quebec": the province, not Quebec City
        narrowed = [e for e in entries if e.feature in QUALIFYING_FEATURES]
    elif reading == "noun":  # "Washington state"
        narrowed = [e for e in entries if e.feature == "region"] or entries
    entry, reason = _choose(narrowed, hint, context.counts([m.span for m in mentions]), default)
    if len(narrowed) == 1 < len(entries):
        reason = f"context#{reading}"
    return entry, reason


def _region_noun(candidate: Candidate) -> bool:
    """ "Washington state", "Punjab province": the name is the region's, not its city's."""
    doc, end = candidate.span.doc, candidate.span.end
    return end < len(doc) and doc[end].lower_ in REGION_NOUNS


def _qualifier_hints(
    candidates: Sequence[Candidate], options: Sequence[list[Entry]]
) -> tuple[list[list[Entry]], set[int]]:
    """For each candidate, the regions or countries written after it and a comma ("Paris,
    Texas"; "Lagos, southern Portugal"), and for those, the places they qualify; and the
    indices of the candidates that qualify another."""
    hints: list[list[Entry]] = [[] for _ in candidates]
    qualifiers: set[int] = set()
    for i in range(len(candidates) - 1):
        left, right = candidates[i].span, candidates[i + 1].span
        between = left.doc[left.end : right.start]
        if not between or between[0].text != "," or any(t.pos_ != "ADJ" for t in between[1:]):
            continue
        hints[i] += [e for e in options[i + 1] if e.feature in QUALIFYING_FEATURES]
        if any(e.feature in QUALIFYING_FEATURES for e in options[i + 1]):
            hints[i + 1] += options[i]
            qualifiers.add(i + 1)
    return hints, qualifiers


def _choose(
    entries: list[Entry],
    hint: list[Entry],
    counts: tuple[Counter[str], Counter[str]],
    default: str | None,
) -> tuple[Entry, str]:
    if len(entries) == 1:
        return entries[0], "gazetteer#unique"
    if not any(_qualifier_score(e, hint) for e in entries):
        entries = _plausible_unqualified(entries)
        if len(entries) == 1:  # the others far smaller, or towns named like a country
            return entries[0], "gazetteer#population_prior"
    article, sentence = counts

    def prior(entry: Entry, with_default: bool = True) -> float:
        score = math.log10(_population(entry) + 10) + (CAPITAL if entry.capital else 0.0)
        return score + (DEFAULT if with_default and entry.country == default else 0.0)

    def qualified(entry: Entry) -> float:
        return _qualifier_score(entry, hint)

    def contextual(entry: Entry) -> float:
        country = entry.country or ""
        return SENTENCE * min(sentence[country], SENTENCE_CAP) + ARTICLE * min(
            article[country], ARTICLE_CAP
        )

    best = max(entries, key=lambda e: qualified(e) + contextual(e) + prior(e))
    if best is not max(entries, key=lambda e: contextual(e) + prior(e)):
        return best, "context#qualifier"
    if best is not max(entries, key=prior):
        return best, "context#article_country"
    if best is not max(entries, key=lambda e: prior(e, with_default=False)):
        return best, "places.yaml#default"
    return best, "gazetteer#population_prior"


def _plausible_unqualified(entries: list[Entry]) -> list[Entry]:
    """Readings worth weighing when nothing qualifies the name: a country over same-named
    towns ("Mexico", "Lebanon"), and nothing far smaller than the largest reading, a national
    capital counting as ten times its size ("Washington" is not Washington, England)."""
    if any(e.feature == "country" for e in entries):
        entries = [e for e in entries if e.feature != "city"]
    largest = max(_population(e) * (CAPITAL_WEIGHT if e.capital else 1) for e in entries)
    return [e for e in entries if _population(e) * SMALLER >= largest]


def _population(entry: Entry) -> int:
    return entry.population or ASSUMED_POPULATION.get(entry.feature, 10_000)


def _qualifier_score(entry: Entry, hint: Iterable[Entry]) -> float:
    score = 0.0
    for other in hint:
        if other.country == entry.country:
            score = max(score, QUALIFIER)
            if other.admin1 and other.admin1 == entry.admin1:
                score = max(score, QUALIFIER + QUALIFIER_STATE)
    return score
