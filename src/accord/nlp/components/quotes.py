"""Attributed quotes, direct and indirect, with resolved speakers (``doc._.accord_quotes``).

Direct quotes are the stretches between quote marks that a cue attributes; indirect quotes
are clauses a cue verb or source phrase reports. Each becomes a ``Quote`` whose speaker is
resolved through ``accord_actors`` (see ``accord.nlp.quotes``); records are sorted by start.
A quote split by its attribution (“…,” he said, “…”) gives two records with one cue.
"""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc, Span

from accord.models import Quote, QuoteKind, TextSpan
from accord.nlp.extensions import annotations_of
from accord.nlp.quotes.cues import Cue
from accord.nlp.quotes.direct import DirectAttributor, DirectQuote
from accord.nlp.quotes.indirect import IndirectQuote, find_indirect
from accord.nlp.quotes.knowledge import load_knowledge
from accord.nlp.quotes.marks import MarkedSpan, opens_sentence, scan
from accord.nlp.quotes.speakers import SpeakerResolver


@Language.factory(
    "accord_quotes",
    assigns=["doc._.accord_quotes"],
    requires=["doc._.accord_actors"],
    default_config={"indirect": True, "unattributed_min_words": 4},
)
def make_component(
    nlp: Language, name: str, *, indirect: bool, unattributed_min_words: int
) -> QuotesComponent:
    return QuotesComponent(indirect=indirect, unattributed_min_words=unattributed_min_words)


class QuotesComponent:
    """Finds quotes. A quoted stretch no cue attributes is still kept, with no speaker, when
    it opens a sentence and has at least ``unattributed_min_words`` words (0: never), since a
    quoted sentence is someone's words even where the article does not say whose."""

    def __init__(self, *, indirect: bool = True, unattributed_min_words: int = 4) -> None:
        self.indirect = indirect
        self.unattributed_min_words = unattributed_min_words

    def __call__(self, doc: Doc) -> Doc:
        knowledge = load_knowledge()
        spans = scan(doc.text)
        directs = DirectAttributor(doc, spans, knowledge).attribute()
        kept = [d for d in directs if d.cue is not None or self._kept(doc, d)]
        indirects: list[IndirectQuote] = []
        if self.indirect:
            attributed = [d for d in directs if d.cue is not None]
            marked = _tokens_within(doc, spans)
            quoted = _tokens_within(doc, [d.marks for d in attributed])
            used = {t.i for d in attributed if d.cue is not None for t in d.cue.words}
            indirects = find_indirect(doc, knowledge, marked | used, quoted)
        cues = [d.cue for d in kept if d.cue is not None] + [i.cue for i in indirects]
        speakers = [(c.speaker.start_char, c.speaker.end_char) for c in cues if c.speaker]
        resolver = SpeakerResolver(doc, knowledge, [(s.start, s.end) for s in spans], speakers)
        quotes = [_direct(doc, d, resolver) for d in kept]
        quotes.extend(_indirect(doc, found, resolver) for found in indirects)
        annotations_of(doc, "accord_quotes").extend(sorted(quotes, key=lambda q: (q.start, q.end)))
        return doc

    def _kept(self, doc: Doc, found: DirectQuote) -> bool:
        if not self.unattributed_min_words:
            return False
        words = doc.text[found.marks.start : found.marks.end].split()
        return opens_sentence(doc.text, found.marks) and len(words) >= self.unattributed_min_words


def _tokens_within(doc: Doc, spans: list[MarkedSpan]) -> set[int]:
    """Indices of the tokens that start inside the spans, quote marks included."""
    starts = [t.idx for t in doc]
    return {
        i
        for s in spans
        for i in range(
            bisect.bisect_left(starts, s.outer_start), bisect.bisect_left(starts, s.outer_end)
        )
    }


def _direct(doc: Doc, found: DirectQuote, resolver: SpeakerResolver) -> Quote:
    start, end = found.marks.start, found.marks.end
    return _quote(doc, "direct", start, end, found.cue, resolver, found.rule)


def _indirect(doc: Doc, found: IndirectQuote, resolver: SpeakerResolver) -> Quote:
    content = doc[found.start : found.end]
    return _quote(
        doc, "indirect", content.start_char, content.end_char, found.cue, resolver, found.rule
    )


def _quote(
    doc: Doc,
    kind: QuoteKind,
    start: int,
    end: int,
    cue: Cue | None,
    resolver: SpeakerResolver,
    rule: str,
) -> Quote:
    speaker = resolver.resolve(cue.speaker) if cue is not None and cue.speaker is not None else None
    words = _text_span(cue.words) if cue is not None else None
    return Quote(kind, start, end, doc.text[start:end], speaker, words, rule)


def _text_span(span: Span) -> TextSpan:
    return TextSpan(span.start_char, span.end_char, span.text)
