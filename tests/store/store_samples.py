"""Annotated articles with every field of every record filled, for store and CLI tests."""

from __future__ import annotations

import datetime as dt

from accord.models import (
    ActorMention,
    AnnotatedArticle,
    Annotations,
    Article,
    Event,
    EventActor,
    EventDate,
    Place,
    Quote,
    Speaker,
    TextSpan,
    Timex,
)

TEXT = (
    "Russia signed an agreement with Pakistan in Karachi in April, Sergei Lavrov said. "
    "“We value our friends,” Lavrov said. "
    "In the 1980s Soviet engineers built a steel mill for three years."
)


def span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def actor(text: str, words: str, code: str, kind: str = "country", after: int = 0) -> ActorMention:
    start, end = span(text, words, after)
    return ActorMention(
        start, end, words, code, code[:3], code[3:] or None, None, kind, "test#actor"
    )


def annotated(
    article_id: str = "a1", *, date: dt.date = dt.date(2023, 6, 12), text: str = TEXT
) -> AnnotatedArticle:
    """The sample article: two events (one historical), two quotes, timexes, places."""
    russia = actor(text, "Russia", "RUS")
    pakistan = actor(text, "Pakistan", "PAK")
    lavrov = actor(text, "Sergei Lavrov", "RUSGOV", kind="person")
    soviet = actor(text, "Soviet", "USR")
    karachi = Place(
        *span(text, "Karachi"),
        "Karachi",
        "Karachi",
        "PAK",
        24.86,
        67.01,
        1174872,
        "city",
        "test#place",
    )
    april = Timex(
        *span(text, "April"),
        "April",
        "DATE",
        "2023-04",
        (dt.date(2023, 4, 1), dt.date(2023, 4, 30)),
        "month",
        "test#month",
    )
    eighties = Timex(
        *span(text, "the 1980s"),
        "the 1980s",
        "DATE",
        "198X",
        (dt.date(1980, 1, 1), dt.date(1989, 12, 31)),
        "decade",
        "test#decade",
    )
    three_years = Timex(
        *span(text, "three years"), "three years", "DURATION", "P3Y", None, None, "test#dur"
    )
    first_sentence = span(text, text.split(". ")[0] + ".")
    signed = Event(
        id=f"{article_id}-e1",
        cameo="057",
        root="05",
        quad_class=1,
        goldstein=8.0,
        plover="AGREE",
        source=EventActor.from_mention(russia),
        target=EventActor.from_mention(pakistan),
        trigger=TextSpan(*span(text, "signed"), "signed"),
        sentence=first_sentence,
        date=EventDate(
            dt.date(2023, 4, 1),
            dt.date(2023, 4, 30),
            "month",
            "timex",
            TextSpan(april.start, april.end, "April"),
        ),
        historical=False,
        modality="reported",
        location=karachi,
        rule="verbs.yaml#sign_agreement",
        confidence=0.9,
        quote_index=0,
    )
    built = Event(
        id=f"{article_id}-e2",
        cameo="0711",
        root="07",
        quad_class=2,
        goldstein=7.4,
        plover=None,
        source=EventActor.from_mention(soviet),
        target=None,
        trigger=TextSpan(*span(text, "built"), "built"),
        sentence=span(text, "In the 1980s Soviet engineers built a steel mill for three years."),
        date=EventDate(dt.date(1980, 1, 1), dt.date(1989, 12, 31), "decade", "timex"),
        historical=True,
        modality="asserted",
        location=None,
        rule="verbs.yaml#build",
        confidence=0.6,
    )
    direct = Quote(
        "direct",
        *span(text, "We value our friends,"),
        "We value our friends,",
        Speaker("Lavrov", *span(text, "Lavrov", text.index("”")), "Sergei Lavrov", "RUSGOV"),
        TextSpan(*span(text, "said", text.index("”")), "said"),
        "test#direct",
    )
    indirect = Quote(
        "indirect", *span(text, "Russia signed"), "Russia signed", None, None, "test#indirect"
    )
    notes = Annotations(
        actors=(russia, pakistan, lavrov, soviet),
        events=(signed, built),
        quotes=(direct, indirect),
        timexes=(april, eighties, three_years),
        places=(karachi,),
        warnings=("sample warning",),
    )
    return AnnotatedArticle(
        Article(id=article_id, date=date, text=text, title="Oil", origin="x.txt:1"), notes
    )
