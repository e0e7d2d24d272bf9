"""Actor mentions: countries, capitals and metonyms, organisations, roles and people.

Writes ``doc._.accord_actors``: a sorted list of ``ActorMention``, non-overlapping except
that a group phrase ("the two nations") yields one mention per country on the same span.
Each mention's ``rule`` names the knowledge-file entry that decided its code
(``countries.yaml#RUS/adjective``, ``people.yaml#Sergei Lavrov``, ``coref#group``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.models import ActorMention
from accord.nlp.actors.compose import chains
from accord.nlp.actors.groups import group_mentions
from accord.nlp.actors.matcher import ActorMatcher
from accord.nlp.actors.resolve import mention
from accord.nlp.extensions import annotations_of


@Language.factory(
    "accord_actors",
    assigns=["doc._.accord_actors"],
    requires=["token.pos", "token.ent_type"],
)
def make_component(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(nlp)


class ActorsComponent:
    """Finds actors with the knowledge files; the matcher is built on the first document."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._matcher: ActorMatcher | None = None

    @property
    def matcher(self) -> ActorMatcher:
        if self._matcher is None:
            self._matcher = ActorMatcher(self.nlp)
        return self._matcher

    def __call__(self, doc: Doc) -> Doc:
        day = doc._.accord_pub_date
        pieces = self.matcher.pieces(doc)
        found: list[ActorMention] = []
        for chain in chains(doc, pieces):
            actor = mention(doc, chain, day)
            if actor is not None:
                found.append(actor)
        found += group_mentions(doc, pieces, found)
        actors = annotations_of(doc, "accord_actors")
        actors[:] = sorted(found, key=lambda a: (a.start, a.end, a.code))
        return doc
