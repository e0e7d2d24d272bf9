"""Pronouns resolved to the actors just mentioned, conservatively.

"he"/"his" go to the last person or office holder, "it"/"its" to the last country or
organisation, "they"/"their" only to the last group ("the two nations", "Russia and Pakistan")
or to a plainly plural actor ("Russian diplomats"). Nothing further back than two sentences is
considered, and "we"/"our" are left alone: a wrong actor is worse than no event.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.models import ActorMention

PERSONAL = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
LOOKBACK_SENTENCES = 2
CHARGE_PREPS = frozenset({"of", "for"})


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
        for mention in candidates[:1]:
            group = self._group(mention, candidates)
            if group:
                return group
            if mention.kind != "country" and mention.text.lower().endswith("s"):
                return (mention,)
        return ()

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
