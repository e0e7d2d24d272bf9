"""Pronouns resolved to the actors just mentioned, conservatively.

"he"/"his" go to the last person or office holder, "it"/"its" to the last country or
organisation, "they"/"their" only to the last group ("the two nations", "Russia and Pakistan")
or to a plainly plural actor ("Russian diplomats"), passing over single people but never over
a plural thing ("the bombings"). A subject pronoun opening its sentence continues the last
sentence's subject ("Scholz received Zelenskiy. He signed ..."), and an object pronoun is never
its own clause's subject ("He signed a deal with him"). "The country", "the kingdom", "the
alliance" and "the organisation" go to the country or organisation a sentence was about, else
the last one named, other than the event's own party. Nothing further back than two sentences
is considered, and "we"/"our" are left alone: a wrong actor is worse than no event.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.models import ActorMention

PERSONAL = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
LOOKBACK_SENTENCES = 2
CHARGE_PREPS = frozenset({"of", "for"})
SUBJECTS = ("nsubj", "nsubjpass")
#: Mentions whose country "the country" may stand for: not a militant group's or a body's.
STATE_KINDS = frozenset({"country", "role", "person"})
MAX_CLIMB = 3
#: Definite nouns that stand for the last country or organisation named ("the country").
ANAPHORS = {
    "country": "country",
    "nation": "country",
    "kingdom": "country",
    "republic": "country",
    "alliance": "organisation",
    "bloc": "organisation",
    "organisation": "organisation",
    "organization": "organisation",
}


class PronounResolver:
    """Resolves third-person pronouns of one document to earlier actor mentions."""

    def __init__(self, doc: Doc, mentions: list[ActorMention]) -> None:
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))

    def resolve(self, token: Token) -> tuple[ActorMention, ...]:
        word = token.lower_
        if word not in PERSONAL | NEUTER | PLURAL:
            return ()
        candidates = self._before(token)
        if token.dep_ in SUBJECTS or (token.dep_ == "poss" and token.head.dep_ in SUBJECTS):
            candidates = self._continuing(token, candidates)  # "He said", "Its ministry said"
        elif token.dep_ != "poss":
            own = {(m.start, m.end) for m in self._clause_subject(token)}
            candidates = [m for m in candidates if (m.start, m.end) not in own]
        if word in PERSONAL:
            for mention in candidates:
                if mention.kind == "person" or mention.person or _singular_role(mention):
                    return (mention,)
            return ()
        if word in NEUTER:
            if token.dep_ not in ("nsubj", "poss") and not _charged(token):
                return ()  # an object "it" is most often a thing: "it was vetoed"
            for mention in candidates:
                if self._group(mention, candidates):
                    continue
                if mention.kind in ("country", "organisation") or _singular_role(mention):
                    return (mention,)
            return ()
        for mention in candidates:
            if token.dep_ not in SUBJECTS and self._plural_thing_between(mention, token):
                return ()  # "blamed X for the bombings. IS claimed them": a thing, not X
            group = self._group(mention, candidates)
            if group:
                return group
            if mention.kind != "country" and mention.text.lower().endswith("s"):
                return (mention,)
            if mention.kind in ("country", "organisation"):
                return ()  # a single state is not "them"; singular people are passed over
        return ()

    def definite(self, token: Token, avoid: frozenset[str]) -> tuple[ActorMention, ...]:
        """The country or organisation "the country" or "the alliance" stands for: the last
        one a sentence was about (its main subject), else the last one named, whose country or
        code is not in ``avoid`` (the event's other party). The words are the phrase's own."""
        kind = ANAPHORS.get(token.lemma_.lower())
        determiners = [c.lower_ for c in token.children if c.dep_ == "det"]
        if kind is None or token.pos_ != "NOUN" or determiners != ["the"]:
            return ()
        start, end = token.left_edge.idx, token.idx + len(token.text)
        text = self.doc.text[start:end]
        before = self._before(token)
        topics = [m for m in before if self._is_topic(m)]
        for mention in topics + [m for m in before if m not in topics]:
            if kind == "organisation" and mention.kind == "organisation":
                if mention.code not in avoid:
                    return (replace(mention, start=start, end=end, text=text),)
            elif kind == "country" and mention.kind in STATE_KINDS:
                country = mention.country
                if country and country not in avoid:
                    named = replace(mention, start=start, end=end, text=text, code=country)
                    return (replace(named, sector=None, person=None, kind="country"),)
        return ()

    def _is_topic(self, mention: ActorMention) -> bool:
        """Whether the mention is the subject of its sentence's main verb."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in SUBJECTS and span.root.head == span.sent.root

    def _continuing(self, token: Token, candidates: list[ActorMention]) -> list[ActorMention]:
        """Candidates for a subject pronoun or its possessive. One opening its sentence
        continues the last sentence's subject ("Scholz received Zelenskiy. He signed ..."),
        and nothing when that subject is a thing or a name no table knows ("The statement
        said ... It claimed"); none is its own object."""
        verb = token.head.head if token.dep_ == "poss" else token.head
        objects = {
            m.code
            for obj in verb.children
            if obj.dep_ in ("dobj", "dative")
            for m in self.mentions
            if obj.left_edge.idx <= m.start < obj.right_edge.idx + len(obj.right_edge)
        }
        candidates = [m for m in candidates if m.code not in objects]
        sentence = token.sent
        if any(m.start >= sentence.start_char for m in candidates) or sentence.start == 0:
            return candidates
        previous = self.doc[sentence.start - 1].sent
        subject = next((c for c in previous.root.children if c.dep_ in SUBJECTS), None)
        if subject is None or subject.pos_ == "PRON":
            return candidates
        named = [m for m in candidates if m.start <= subject.idx < m.end]
        if not named and subject.pos_ in ("NOUN", "PROPN") and token.lower_ not in PERSONAL:
            return []
        return named + [m for m in candidates if m not in named]

    def _clause_subject(self, token: Token) -> tuple[ActorMention, ...]:
        """What the subject of the clause an object pronoun belongs to names."""
        verb = token.head
        for _ in range(MAX_CLIMB):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head  # "signed an agreement with him": past the noun to the verb
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is None:
            return ()
        if subject.pos_ == "PRON":
            return self.resolve(subject)
        return tuple(m for m in self.mentions if m.start <= subject.idx < m.end)

    def _plural_thing_between(self, mention: ActorMention, token: Token) -> bool:
        """A plural noun naming no actor between ``mention`` and the pronoun."""
        return any(
            word.tag_ in ("NNS", "NNPS")
            and not any(m.start <= word.idx < m.end for m in self.mentions)
            for word in self.doc[: token.i]
            if word.idx >= mention.end
        )

    def _before(self, token: Token) -> list[ActorMention]:
        """Mentions ending before ``token`` within the lookback window, nearest first."""
        sentences = list(self.doc.sents)
        index = next(i for i, s in enumerate(sentences) if s.start <= token.i < s.end)
        window_start = sentences[max(0, index - LOOKBACK_SENTENCES)].start_char
        found = [m for m in self.mentions if window_start <= m.start and m.end <= token.idx]
        return sorted(found, key=lambda m: (-m.end, m.start))

    def _group(
        self, mention: ActorMention, candidates: list[ActorMention]
    ) -> tuple[ActorMention, ...]:
        """Every member of ``mention``'s group: same span, or joined to it by "and"."""
        same_span = [m for m in candidates if (m.start, m.end) == (mention.start, mention.end)]
        if len(same_span) > 1:
            return tuple(same_span)
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return ()
        head = span.root
        linked = {t.i for t in head.children if t.dep_ == "conj"}
        if head.dep_ == "conj":
            linked.add(head.head.i)
        members = [mention]
        for other in candidates:
            other_span = self.doc.char_span(other.start, other.end, alignment_mode="expand")
            if other is not mention and other_span is not None and other_span.root.i in linked:
                members.append(other)
        return tuple(sorted(members, key=lambda m: m.start)) if len(members) > 1 else ()


def _charged(token: Token) -> bool:
    """An object "it" charged with a deed ("accusing it of supporting", "blamed it for
    shelling") stands for an actor: things are not accused of doing anything."""
    if token.dep_ != "dobj":
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in CHARGE_PREPS
        and any(deed.dep_ == "pcomp" for deed in prep.children)
        for prep in token.head.children
    )


def _singular_role(mention: ActorMention) -> bool:
    """ "the government", "the Russian foreign minister": one office, not "diplomats"."""
    return mention.kind == "role" and not mention.text.lower().endswith("s")
