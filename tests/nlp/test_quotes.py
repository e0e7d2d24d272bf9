"""Quote attribution on real sentences through the full pipeline: where cues sit, who speaks."""

from __future__ import annotations

import pytest

from accord.models import Quote


@pytest.fixture(scope="module")
def quotes_of(annotate):
    def run(text: str) -> list[Quote]:
        return list(annotate(text, "2023-06-12").annotations.quotes)

    return run


def _speaker(quote: Quote) -> tuple[str | None, str | None, str | None]:
    assert quote.speaker is not None
    return quote.speaker.text, quote.speaker.name, quote.speaker.code


def test_colon_introduces_a_direct_quote(quotes_of) -> None:
    text = 'Lavrov said: "Russia is ready to supply more oil to Pakistan."'
    (quote,) = quotes_of(text)
    assert (quote.kind, quote.text) == ("direct", "Russia is ready to supply more oil to Pakistan.")
    assert text[quote.start : quote.end] == quote.text
    assert quote.cue is not None and quote.cue.text == "said"
    assert _speaker(quote) == ("Lavrov", "Sergei Lavrov", "RUSGOV")
    assert quote.rule == "quotes.yaml#cue_before"


def test_a_quote_split_by_its_attribution_gives_two_records_with_one_cue(quotes_of) -> None:
    text = (
        "Sergei Lavrov spoke in Moscow. "
        "“We will not give up,” he said, “and we will win this argument.”"
    )
    first, second = quotes_of(text)
    assert (first.text, second.text) == ("We will not give up", "and we will win this argument.")
    assert first.cue == second.cue
    assert _speaker(first) == _speaker(second) == ("he", "Sergei Lavrov", "RUSGOV")


def test_a_second_half_joined_by_but_keeps_the_speaker(quotes_of) -> None:
    text = (
        "Sergei Lavrov spoke in Moscow. "
        "“We respect our partners,” he said, but “we will not accept these terms.”"
    )
    first, second = quotes_of(text)
    assert second.text == "we will not accept these terms."
    assert _speaker(first) == _speaker(second) == ("he", "Sergei Lavrov", "RUSGOV")


def test_cue_before_its_speaker_after_the_quote(quotes_of) -> None:
    (quote,) = quotes_of("“The alliance stands united,” said Secretary of State Antony Blinken.")
    assert quote.rule == "quotes.yaml#cue_after"
    assert _speaker(quote) == ("Secretary of State Antony Blinken", "Antony Blinken", "USAGOV")


def test_according_to_before_a_quote(quotes_of) -> None:
    (quote,) = quotes_of('According to Lavrov, "the talks were useful and frank."')
    assert quote.cue is not None and quote.cue.text == "According to"
    assert _speaker(quote)[:2] == ("Lavrov", "Sergei Lavrov")


def test_an_unnamed_official_keeps_no_name_but_the_actor_code(quotes_of) -> None:
    (quote,) = quotes_of("“We are watching the situation closely,” a U.S. Embassy official said.")
    assert _speaker(quote) == ("a U.S. Embassy official", None, "USAGOV")


def test_a_pronoun_skips_people_named_inside_quotes(quotes_of) -> None:
    text = (
        "Sergei Lavrov met reporters on Monday. "
        "“We thank President Vladimir Putin for his support,” he said."
    )
    (quote,) = quotes_of(text)
    assert _speaker(quote) == ("he", "Sergei Lavrov", "RUSGOV")


def test_a_pronoun_skips_a_person_of_the_other_gender(quotes_of) -> None:
    (quote,) = quotes_of(
        "Ms. Smith met Mr. Jones in Geneva. “We agree on the main points,” she said."
    )
    assert _speaker(quote)[:2] == ("she", "Smith")


def test_a_pronoun_with_no_one_before_it_stays_unresolved(quotes_of) -> None:
    (quote,) = quotes_of("“We are ready for talks,” he said.")
    assert _speaker(quote) == ("he", None, None)


def test_a_quote_paragraph_after_an_attributed_one_shares_its_speaker(quotes_of) -> None:
    first, second = quotes_of(
        "“The first round went well,” Lavrov said.\n\n“The second round will be harder.”"
    )
    assert second.rule == "quotes.yaml#next_paragraph"
    assert second.cue == first.cue
    assert _speaker(second)[1] == "Sergei Lavrov"


def test_according_to_reports_the_clause_it_modifies(quotes_of) -> None:
    (quote,) = quotes_of("According to Lavrov, the talks in Islamabad were useful and frank.")
    assert (quote.kind, quote.text) == ("indirect", "the talks in Islamabad were useful and frank")
    assert quote.rule == "quotes.yaml#indirect_source_phrase"


def test_reported_clause_without_that(quotes_of) -> None:
    (quote,) = quotes_of(
        "The spokesman said the ministry would respond to the letter within a week."
    )
    assert (quote.kind, quote.text) == (
        "indirect",
        "the ministry would respond to the letter within a week",
    )
    assert _speaker(quote)[:2] == ("The spokesman", None)


def test_a_byline_dash_names_the_source(quotes_of) -> None:
    (quote,) = quotes_of("“Maybe we can build a wall around the problem.” ― Jorge Falcon")
    assert quote.rule == "quotes.yaml#byline"
    assert _speaker(quote)[:2] == ("Jorge Falcon", "Jorge Falcon")


def test_timebank_marks(quotes_of) -> None:
    (quote,) = quotes_of("``We will respond,'' the spokesman said.")
    assert quote.text == "We will respond"
    assert _speaker(quote)[0] == "the spokesman"


def test_a_scare_quote_is_not_a_quote(quotes_of) -> None:
    assert quotes_of("The minister called the plan a “disaster” on Monday.") == []


def test_a_pronoun_skips_names_in_possessives(quotes_of) -> None:
    text = (
        "MSNBC host Chris Matthews said Mike Pence’s performance should boost Donald Trump’s "
        "poll numbers.\n\n“I thought it went well for both of them,” he said."
    )
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [_speaker(q)[:2] for q in direct] == [("he", "Chris Matthews")]
