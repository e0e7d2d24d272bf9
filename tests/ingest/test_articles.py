"""What every reader's articles share: content-hash ids and the detected language."""

from __future__ import annotations

import datetime as dt
import json

import py3langid
import pytest

from accord.ingest._language import detect_language
from accord.ingest._records import content_id

DAY = dt.date(2023, 6, 12)


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def test_content_id_ignores_whitespace_and_unicode_composition(read, write):
    texts = [
        "Russia and Pakistan signed a deal in Moscow.",
        "  Russia and Pakistan\n\nsigned a deal\tin Moscow.\n",
    ]
    first, second = read(
        write("a.jsonl", jsonl(*({"date": "2023-06-12", "text": t} for t in texts)))
    )
    assert first.id == second.id == content_id(DAY, texts[0])
    assert first.text != second.text  # the texts themselves stay as given
    assert content_id(DAY, "Café talks") == content_id(DAY, "Cafe\u0301 talks")


def test_content_id_is_the_documented_hash():
    import hashlib

    expected = hashlib.sha256(b"2023-06-12\nRussia signed a deal.").hexdigest()[:16]
    assert content_id(DAY, " Russia  signed\na deal. ") == expected


def test_content_id_depends_on_the_date_and_the_words():
    text = "Russia and Pakistan signed a deal."
    assert content_id(DAY, text) != content_id(dt.date(2023, 6, 13), text)
    assert content_id(DAY, text) != content_id(DAY, text.replace("signed", "discussed"))


FRENCH = (
    "Le ministre des Affaires étrangères a annoncé mardi la reprise des négociations avec "
    "les autorités de Niamey, après plusieurs semaines de tensions diplomatiques."
)
SPANISH = (
    "El presidente de Colombia se reunió el lunes con su homólogo venezolano en Caracas para "
    "reabrir la frontera y restablecer las relaciones comerciales entre ambos países."
)


def test_language_is_detected_per_article(read, write):
    records = [
        {"date": "2023-06-12", "text": FRENCH},
        {"date": "2023-06-12", "text": SPANISH},
        {"date": "2023-06-12", "text": "Kyiv said on Monday that talks would resume soon."},
        {"date": "2023-06-12", "text": "Ceasefire holds."},
    ]
    articles = read(write("mixed.jsonl", jsonl(*records)))
    assert [a.language for a in articles] == ["fr", "es", "en", "en"]  # too short: English


@pytest.mark.parametrize(
    "text",
    [
        FRENCH,
        SPANISH,
        "Die Regierung in Berlin hat am Montag neue Sanktionen gegen Moskau angekündigt.",
    ],
)
def test_language_agrees_with_py3langid(text):
    assert detect_language(text) == py3langid.classify(text)[0]


def test_a_table_of_figures_stays_english():
    table = "Shr loss 85 cts vs loss 88 cts     Net loss 2,410,000 vs loss 2,466,000     Revs"
    assert py3langid.classify(table)[0] != "en"
    assert detect_language(table) == "en"
