"""Resolve a speaker phrase to the person it names, or leave it unresolved.

Names and role descriptions resolve through ``accord_actors`` (whose mentions carry the person
a role held at the article's date); people the actor tables do not know come from spaCy's
PERSON entities, a surname expanded to the full name written earlier. A pronoun ("he",
"she") resolves to the most recent person mentioned outside quotes whose gender, where the
article showed it, agrees. Anything else keeps ``name=None``: a speaker is never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from accord.models import ActorMention, Speaker
from accord.nlp.extensions import annotations_of
from accord.nlp.quotes.knowledge import QuotesKnowledge

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_HONORIFICS = {"mr": "he", "mr.": "he", "mrs": "she", "mrs.": "she", "ms": "she", "ms.": "she"}


@dataclass(frozen=True)
class _Person:
    start: int
    end: int
    name: str
    code: str | None


class SpeakerResolver:
    """Resolves the speaker phrases of one document against its actors and people."""

    def __init__(
        self,
        doc: Doc,
        knowledge: QuotesKnowledge,
        quoted: list[tuple[int, int]],
        speakers: list[tuple[int, int]],
    ) -> None:
        """``quoted``: quote contents, whose names are never antecedents; ``speakers``: the
        speaker phrases of the document's quotes, antecedents whatever their grammar."""
        self.knowledge = knowledge
        self.actors: list[ActorMention] = list(annotations_of(doc, "accord_actors"))
        self.codes = {a.person: a.code for a in self.actors if a.person}
        self.genders: dict[str, str] = {}  # name -> the pronoun the article uses for them
        self.people = self._people(doc)
        self.antecedents = [
            p
            for p in self.people
            if not _inside(p.start, p.end, quoted)
            and (_overlaps(p, speakers) or _is_subject(doc, p))
        ]

    def resolve(self, span: Span) -> Speaker:
        """The speaker record for ``span``: the phrase as written plus whom it names."""
        name, code = self._whom(span)
        return Speaker(span.text, span.start_char, span.end_char, name, code)

    def _whom(self, span: Span) -> tuple[str | None, str | None]:
        word = span.text.lower()
        if len(span) == 1 and word in self.knowledge.speaker_pronouns:
            return self._antecedent(span.start_char, word)
        if len(span) == 1 and word in self.knowledge.group_pronouns:
            return None, None
        actors = [a for a in self.actors if a.start < span.end_char and span.start_char < a.end]
        for actor in actors:
            if actor.person:
                return actor.person, actor.code
        people = [p for p in self.people if p.start < span.end_char and span.start_char < p.end]
        if people:
            return people[0].name, people[0].code
        named = self._by_surname(span)
        if named is not None:
            return named.name, named.code
        return None, actors[0].code if actors else None

    def _by_surname(self, span: Span) -> _Person | None:
        """A capitalised surname the parser did not tag, matching a person named earlier."""
        if span.root.pos_ != "PROPN" or not span.root.text[:1].isupper():
            return None
        for person in reversed(self.people):
            if person.end <= span.start_char and person.name.split()[-1] == span.root.text:
                return person
        return None

    def _antecedent(self, before: int, pronoun: str) -> tuple[str | None, str | None]:
        """The latest speaker or subject naming a person before the pronoun, gender allowing:
        "Pence’s performance should boost Trump’s poll numbers. “…,” he said" is not Trump."""
        for person in reversed(self.antecedents):
            if person.end > before:
                continue
            if self.genders.setdefault(person.name, pronoun) == pronoun:
                return person.name, person.code
        return None, None

    def _people(self, doc: Doc) -> list[_Person]:
        people = [_Person(a.start, a.end, a.person, a.code) for a in self.actors if a.person]
        named = [p.name for p in people]
        for ent in doc.ents:
            if ent.label_ != "PERSON" or any(
                p.start < ent.end_char and ent.start_char < p.end for p in people
            ):
                continue
            name = self._full_name(ent.text.strip(), named)
            named.append(name)
            gender = _HONORIFICS.get(doc[ent.start - 1].lower_) if ent.start else None
            if gender:
                self.genders.setdefault(name, gender)
            people.append(_Person(ent.start_char, ent.end_char, name, self.codes.get(name)))
        return sorted(people, key=lambda p: (p.start, p.end))

    @staticmethod
    def _full_name(text: str, named: list[str]) -> str:
        """A bare surname ("Lavrov") becomes the full name written before ("Sergei Lavrov")."""
        if " " in text:
            return text
        for name in reversed(named):
            if name.split()[-1] == text:
                return name
        return text


def _overlaps(person: _Person, spans: list[tuple[int, int]]) -> bool:
    return any(lo < person.end and person.start < hi for lo, hi in spans)


def _is_subject(doc: Doc, person: _Person) -> bool:
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in _SUBJECT_DEPS


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= start and end <= hi for lo, hi in spans)
