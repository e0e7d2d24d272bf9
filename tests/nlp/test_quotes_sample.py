"""Acceptance: the quotes of the bundled sample article (Q1–Q4 of its expected extraction)."""

from __future__ import annotations

import pytest

from accord.models import Quote


@pytest.fixture(scope="module")
def quotes(annotate, sample_path) -> list[Quote]:
    text = sample_path.read_text(encoding="utf-8").split(maxsplit=2)[2]  # " date YYYY-MM-DD text"
    return list(annotate(text, "2023-06-12").annotations.quotes)


def _quote(quotes: list[Quote], starts: str) -> Quote:
    found = [q for q in quotes if q.text.startswith(starts)]
    assert len(found) == 1, [q.text[:40] for q in quotes]
    return found[0]


def test_quotes_are_sorted_and_point_into_the_text(quotes, annotate) -> None:
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert all(q.rule.startswith("quotes.yaml#") for q in quotes)


def test_q1_stated_by_the_russian_foreign_minister(quotes) -> None:
    q1 = _quote(quotes, "We are aware of the profound interest")
    assert q1.kind == "direct"
    assert q1.text.rstrip(",").endswith("We greatly appreciate it")
    assert q1.cue is not None and q1.cue.text == "stated"
    assert q1.speaker is not None and q1.speaker.text == "the Russian foreign minister"
    assert (q1.speaker.name, q1.speaker.code) == ("Sergei Lavrov", "RUSGOV")


def test_q2_spans_two_sentences_according_to_lavrov(quotes) -> None:
    q2 = _quote(quotes, "The participation of Soviet specialists")
    assert q2.kind == "direct"
    assert q2.text.endswith("was also commissioned at that time")
    assert q2.cue is not None and q2.cue.text == "according to"
    assert q2.speaker is not None and q2.speaker.text == "Lavrov"
    assert q2.speaker.name == "Sergei Lavrov"


def test_q3_he_added_resolves_to_lavrov(quotes) -> None:
    q3 = _quote(quotes, "Nowadays, our relations are advanced")
    assert q3.text.endswith("democratic multipolar world order")
    assert q3.speaker is not None and q3.speaker.text == "he"
    assert q3.speaker.name == "Sergei Lavrov"


def test_q4_indirect_speech_he_said_that(quotes) -> None:
    q4 = _quote(quotes, "there had been different periods")
    assert q4.kind == "indirect"
    assert q4.text == (
        "there had been different periods in bilateral relations over the past "
        "three-quarters of a century"
    )
    assert q4.speaker is not None and q4.speaker.name == "Sergei Lavrov"


def test_parenthetical_cue_reports_the_clause_after_it(quotes) -> None:
    quote = _quote(quotes, "Russia had always been interested")
    assert quote.kind == "indirect"
    assert quote.text.endswith("under no circumstances has abandoned its commitments")
    assert quote.cue is not None and quote.cue.text == "added"
