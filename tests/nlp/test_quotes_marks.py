"""Quote-mark scanning: the three conventions, paragraphs, and what is left out of content."""

from __future__ import annotations

from accord.nlp.quotes.marks import scan


def _contents(text: str) -> list[str]:
    return [text[span.start : span.end] for span in scan(text)]


def test_typographic_marks_give_content_without_marks_or_closing_comma() -> None:
    text = "“We greatly appreciate it,” stated the minister."
    (span,) = scan(text)
    assert text[span.start : span.end] == "We greatly appreciate it"
    assert (span.outer_start, span.outer_end) == (0, text.index("”") + 1)
    assert span.closed and not span.continued


def test_straight_marks_open_and_close_in_turn() -> None:
    text = 'He said: "Talks will go on." Then "more talks," he added.'
    assert _contents(text) == ["Talks will go on.", "more talks"]


def test_timebank_backquotes() -> None:
    text = "``We are ready,'' the official said."
    assert _contents(text) == ["We are ready"]


def test_apostrophes_are_not_quote_marks() -> None:
    text = "“It’s the country’s choice,” he said."
    assert _contents(text) == ["It’s the country’s choice"]


def test_a_quote_open_at_a_paragraph_end_continues_in_the_next_paragraph() -> None:
    text = "“The first part.\n\n“The second part,” he said."
    first, second = scan(text)
    assert not first.closed and not first.continued
    assert text[second.start : second.end] == "The second part"
    assert second.continued


def test_an_unclosed_quote_stops_at_the_end_of_its_paragraph() -> None:
    text = "He said “it will never end\n\nNew paragraph here."
    (span,) = scan(text)
    assert text[span.start : span.end] == "it will never end"
    assert not span.closed


def test_a_closing_mark_at_the_start_of_a_line_opens_a_quote() -> None:
    text = "\n”Sorry, we are late,” wrote a reader."
    assert _contents(text) == ["Sorry, we are late"]
