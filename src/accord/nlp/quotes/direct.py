"""Attribute each quoted stretch to a cue and speaker, trying the places news style puts them.

In order: a byline dash (“…” ― Jorge Falcon); a cue leading straight into the quote (Lavrov
said: “…”); a cue right after the closing mark (“…,” he said / according to Lavrov / stated
the minister); a cue a few words before the opening mark; a cue farther on in the sentence; a
line ending with a colon before a quote that opens the next paragraph. Failing those, a quote
inherits the attribution of the one before when it is the second half of a quote split by its
attribution (“…,” he said, “…”), a paragraph that continues an open quote, or a quote
paragraph right after an attributed one.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from accord.nlp.quotes.cues import Cue, find_phrase, is_cue_verb, phrase_cue, verb_cue
from accord.nlp.quotes.knowledge import QuotesKnowledge
from accord.nlp.quotes.marks import MarkedSpan, opens_sentence

_WINDOW = 25  # tokens looked at on either side of a quote
_NEAR = 4  # a cue this close after the closing mark wins over one a few words before it
_SENTENCE_END = (".", "!", "?", ";")
_LEAD_IN = 12  # most tokens between a cue and the quote it leads into ("said in a statement:")
_SPLIT_GAP_WORDS = 40  # “…,” said X, a … governor, referring to …. “…”: words between halves
_BYLINE_WORDS = 6  # longest name after a byline dash
_JOINING = ("but", "and")  # may join the second half of a split quote to its attribution
_COMPLEMENTS = ("ccomp", "dobj", "xcomp", "parataxis", "conj", "advcl", "attr")
_CLAUSE_END = ",.?!…—-:;"


@dataclass(frozen=True)
class DirectQuote:
    marks: MarkedSpan
    cue: Cue | None
    rule: str


class DirectAttributor:
    """Attribution of the quoted stretches of one document."""

    def __init__(self, doc: Doc, spans: list[MarkedSpan], knowledge: QuotesKnowledge) -> None:
        self.doc = doc
        self.spans = spans
        self.knowledge = knowledge
        self._starts = [t.idx for t in doc]

    def attribute(self) -> list[DirectQuote]:
        found: list[DirectQuote] = []
        for index, marks in enumerate(self.spans):
            cue, rule = self._own_cue(index)
            if cue is None:
                inherited = self._inherited(index, found)
                if inherited is not None:
                    cue, rule = inherited.cue, inherited.rule
            found.append(DirectQuote(marks, cue, rule))
        return found

    def _own_cue(self, index: int) -> tuple[Cue | None, str]:
        """A byline, then a cue right after the quote, unless one leads straight into it
        ("Brafman said, “…” He added, “…”"), then one before it, then a farther one after."""
        byline = self._byline(index)
        if byline is not None:
            return byline, "quotes.yaml#byline"
        after = self._after(index)
        before = self._before(index)
        if before is not None and self._adjacent(before, self.spans[index]):
            return before, "quotes.yaml#cue_before"
        if after is not None and after[1] <= _NEAR:
            return after[0], "quotes.yaml#cue_after"
        if before is not None:
            return before, "quotes.yaml#cue_before"
        if after is not None and not self._ends_sentence(self.spans[index]):
            return after[0], "quotes.yaml#cue_after"
        colon = self._colon_line(index)
        if colon is not None:
            return colon, "quotes.yaml#colon_paragraph"
        return None, "quotes.yaml#unattributed"

    def _after(self, index: int) -> tuple[Cue, int] | None:
        """The first cue after the closing mark, before the sentence, line or next quote ends."""
        marks = self.spans[index]
        if not marks.closed:
            return None
        # what follows a phrase embedded in a sentence is not its attribution
        if not (self._ends_clause(marks) or opens_sentence(self.doc.text, marks)):
            return None
        lo = self._token(marks.outer_end)
        limit = self._next_quote_token(index)
        hi = lo
        while hi < min(limit, lo + _WINDOW) and "\n" not in self.doc[hi].text:
            hi += 1
            if self.doc[hi - 1].text in _SENTENCE_END:
                break
        return self._first_cue(lo, hi)

    def _byline(self, index: int) -> Cue | None:
        """“…” ― Jorge Falcon: a dash after the closing mark, then a name ending the line."""
        marks = self.spans[index]
        lo = self._token(marks.outer_end)
        if lo >= len(self.doc) or self.doc[lo].text not in self.knowledge.byline_dashes:
            return None
        hi = lo + 1
        while hi < len(self.doc) and "\n" not in self.doc[hi].text and hi - lo <= _BYLINE_WORDS:
            hi += 1
        name = [t for t in self.doc[lo + 1 : hi] if not t.is_space and t.text != "."]
        if not name or not all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in name):
            return None
        return Cue(self.doc[lo : lo + 1], self.doc[name[0].i : name[-1].i + 1], "byline")

    def _ends_clause(self, marks: MarkedSpan) -> bool:
        """“…,” he said: the quote closes on punctuation, or a comma follows it; a phrase that
        runs on ("“very hard to win” if he continues") is not attributed by what follows."""
        text = self.doc.text
        inside = text[marks.outer_start : marks.outer_end].rstrip("”\"' ")
        after = text[marks.outer_end : marks.outer_end + 2].strip()
        return inside[-1:] in _CLAUSE_END or after[:1] in _CLAUSE_END or not after

    def _adjacent(self, cue: Cue, marks: MarkedSpan) -> bool:
        """Only punctuation between the cue and the opening mark ("said: “", "said, “")."""
        between = self.doc.text[cue.words.end_char : marks.outer_start]
        return not between.strip(" ,:\u00a0")

    def _ends_sentence(self, marks: MarkedSpan) -> bool:
        return self.doc.text[marks.start : marks.end].endswith(".")

    def _first_cue(self, lo: int, hi: int) -> tuple[Cue, int] | None:
        phrase = find_phrase(self.doc, lo, hi, self.knowledge)
        for token in self.doc[lo:hi]:
            if phrase is not None and token.i == phrase[0]:
                return phrase_cue(self.doc, phrase[0], phrase[1], (lo, hi)), token.i - lo
            if is_cue_verb(token, self.knowledge):
                cue = verb_cue(token, (lo, hi), self.knowledge)
                if cue.speaker is not None:
                    return cue, token.i - lo
        return None

    def _before(self, index: int) -> Cue | None:
        """The last cue verb between the sentence start and the opening mark."""
        marks = self.spans[index]
        hi = self._token(marks.outer_start)
        lo = self._sentence_floor(index, hi)
        phrase = find_phrase(self.doc, lo, hi, self.knowledge)
        if phrase is not None and hi - phrase[0] <= _LEAD_IN and self.doc[hi - 1].text in ",:":
            cue = phrase_cue(self.doc, phrase[0], phrase[1], (lo, hi - 1))
            if cue.speaker is not None:
                return cue
        for token in reversed(self.doc[max(lo, hi - _WINDOW) : hi]):
            if is_cue_verb(token, self.knowledge) and self._introduces(token, hi):
                cue = verb_cue(token, (lo, hi), self.knowledge)
                return cue if cue.speaker is not None else None
        return None

    def _introduces(self, verb: Token, mark: int) -> bool:
        """The verb leads into the quote ("said:", "told the crowd,", "said “it will …”"),
        rather than reporting a clause that contains a quoted phrase ("said it was “dead”")."""
        between = [t for t in self.doc[verb.i + 1 : mark] if not t.is_space]
        if all(t.is_punct for t in between):
            return True
        if len(between) > _LEAD_IN:
            return False
        if between[-1].text in ",:":
            return True
        return any(
            c.left_edge.i in (mark, mark + 1) and c.dep_ in _COMPLEMENTS for c in verb.rights
        )

    def _colon_line(self, index: int) -> Cue | None:
        """A quote opening a paragraph after a line that ends with a colon ("He said:")."""
        marks = self.spans[index]
        text = self.doc.text
        line_start = text.rfind("\n", 0, marks.outer_start) + 1
        if text[line_start : marks.outer_start].strip():
            return None
        previous = text[:line_start].rstrip()
        if not previous.endswith(":"):
            return None
        hi = self._token(len(previous) - 1)
        lo = self._token(previous.rfind("\n") + 1)
        for token in reversed(self.doc[lo:hi]):
            if is_cue_verb(token, self.knowledge):
                cue = verb_cue(token, (lo, hi), self.knowledge)
                return cue if cue.speaker is not None else None
        return None

    def _inherited(self, index: int, found: list[DirectQuote]) -> DirectQuote | None:
        """The attribution a quote shares with the one before it, when it is a continuation."""
        marks = self.spans[index]
        previous = self._last_attributed(found, marks)
        if previous is None or previous.cue is None or previous.cue.kind == "byline":
            return None
        if marks.continued:
            return DirectQuote(marks, previous.cue, "quotes.yaml#continued")
        gap = self.doc.text[previous.marks.outer_end : marks.outer_start]
        attribution_end = self._attribution_end(previous)
        if "\n" not in gap and attribution_end is not None:
            if self._bare_gap(attribution_end, marks.outer_start):
                return DirectQuote(marks, previous.cue, "quotes.yaml#split")
            return None
        if self._opens_paragraph(marks) and "\n" in gap and self._last_on_line(previous):
            return DirectQuote(marks, previous.cue, "quotes.yaml#next_paragraph")
        return None

    def _last_attributed(self, found: list[DirectQuote], marks: MarkedSpan) -> DirectQuote | None:
        """The quote before, passing over titles quoted within its attribution on the same line
        (“…,” Flynn said on Fox News’s “Fox and Friends.” “…”)."""
        for quote in reversed(found):
            if quote.cue is not None:
                return quote
            if "\n" in self.doc.text[quote.marks.outer_end : marks.outer_start]:
                return None
        return None

    def _bare_gap(self, start: int, end: int) -> bool:
        """Between the halves of a split quote: no other cue, nothing running into the quote."""
        rest = self.doc.text[start:end]
        lead = rest.split()
        if lead and lead[-1].lower() in _JOINING:  # “…,” he said, but “…”
            lead = lead[:-1]
        tail = " ".join(lead)
        if len(lead) > _SPLIT_GAP_WORDS or (tail and tail[-1] not in ',.:;”"'):
            return False
        words = self.doc[self._token(start) : self._token(end)]
        return not any(is_cue_verb(t, self.knowledge) and t.dep_ == "ROOT" for t in words)

    @staticmethod
    def _attribution_end(quote: DirectQuote) -> int | None:
        """Where the attribution written after a quote ends; None when it came before it."""
        cue = quote.cue
        if cue is None or cue.words.start_char < quote.marks.outer_end:
            return None
        end = cue.words.end_char
        return max(end, cue.speaker.end_char) if cue.speaker is not None else end

    def _opens_paragraph(self, marks: MarkedSpan) -> bool:
        text = self.doc.text
        return not text[text.rfind("\n", 0, marks.outer_start) + 1 : marks.outer_start].strip()

    def _last_on_line(self, quote: DirectQuote) -> bool:
        """Nothing but its attribution follows the quote on its line."""
        text = self.doc.text
        line_end = text.find("\n", quote.marks.outer_end)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[(self._attribution_end(quote) or quote.marks.outer_end) : line_end].strip()
        return not any(mark in rest[:-1] for mark in ".?!")  # at most the attribution's sentence

    def _sentence_floor(self, index: int, hi: int) -> int:
        """Where the text before a quote stops: sentence start, line start or previous quote."""
        text = self.doc.text
        floor = self._token(text.rfind("\n", 0, self.spans[index].outer_start) + 1)
        if index > 0:
            floor = max(floor, self._token(self.spans[index - 1].outer_end))
        if hi > 0:
            floor = max(floor, self.doc[hi - 1].sent.start)
        return floor

    def _next_quote_token(self, index: int) -> int:
        if index + 1 < len(self.spans):
            return self._token(self.spans[index + 1].outer_start)
        return len(self.doc)

    def _token(self, char: int) -> int:
        """The index of the token that starts at or after ``char``."""
        return bisect.bisect_left(self._starts, char)
