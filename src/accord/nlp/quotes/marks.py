"""Find the stretches of text between quote marks.

Three conventions occur in news text: typographic marks (“ ”), straight marks (") that open and
close in turn, and the TimeBank/PTB marks `` and ''. A quote never runs past the end of its
paragraph: an unclosed quote ends there, and the newswire habit of opening each paragraph of a
long quote again (with no closing mark before the break) yields one piece per paragraph, the
later ones marked ``continued`` so that they share the first piece's attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark, or closing mark, in each convention. Straight quotes are both.
_OPENERS = ("“", "``", "„")
_CLOSERS = ("”", "''")
_STRAIGHT = '"'
_MARK = re.compile(r"``|''|[“”„\"]")
# Trailing characters that are not part of what was said: the comma that news style puts
# before a closing mark instead of a full stop.
_TRAILING = " \t\r\n,"


@dataclass(frozen=True)
class MarkedSpan:
    """One quoted stretch: ``outer`` includes the marks, ``start``/``end`` is the content."""

    outer_start: int
    outer_end: int
    start: int
    end: int
    closed: bool  # False when the paragraph ended before a closing mark
    continued: bool  # True when the previous paragraph's quote was left open: same speaker


def scan(text: str) -> list[MarkedSpan]:
    """Every quoted stretch in ``text``, in order, content trimmed of space and trailing comma."""
    spans: list[MarkedSpan] = []
    left_open = False  # the last non-blank line ended inside a quote
    for line_start, line in _lines(text):
        if not line.strip():
            continue
        open_at: int | None = None
        content_at, continued = 0, False
        for match in _MARK.finditer(line):
            mark, at = match.group(), line_start + match.start()
            if open_at is not None and (mark in _CLOSERS or mark == _STRAIGHT):
                _add(spans, text, (open_at, content_at, at, match.end() + line_start), continued)
                open_at = None
                continue
            if open_at is not None and mark in _OPENERS:  # the previous quote was never closed
                _add(spans, text, (open_at, content_at, at, at), continued, closed=False)
            elif open_at is not None or not _opens(line, match):
                continue
            continued = left_open and _only_space(line[: match.start()])
            open_at, content_at, left_open = at, at + len(mark), False
        left_open = open_at is not None
        if open_at is not None:
            end = line_start + len(line)
            _add(spans, text, (open_at, content_at, end, end), continued, closed=False)
    return spans


def opens_sentence(text: str, span: MarkedSpan) -> bool:
    """The quote starts the text, a paragraph or a sentence: it is not a phrase embedded in
    someone's sentence."""
    before = text[: span.outer_start].rstrip(" \t\u00a0")
    return not before or before[-1] in "\n.?!:>"


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line with the offset it starts at."""
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    return lines


def _add(
    spans: list[MarkedSpan],
    text: str,
    bounds: tuple[int, int, int, int],
    continued: bool,
    *,
    closed: bool = True,
) -> None:
    """Record (opening mark, content start, content end, end after the closing mark)."""
    outer_start, start, end, outer_end = bounds
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if end > start:
        spans.append(MarkedSpan(outer_start, outer_end, start, end, closed, continued))


def _opens(line: str, match: re.Match[str]) -> bool:
    """An opening mark, or a closing one at the start of a line (a mistyped ”Sorry, …)."""
    mark = match.group()
    if mark in _OPENERS or mark == _STRAIGHT:
        return True
    return mark == "”" and _only_space(line[: match.start()])


def _only_space(stretch: str) -> bool:
    return all(ch.isspace() or not ch.isprintable() for ch in stretch)
