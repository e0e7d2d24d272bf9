"""The sample format (`` date YYYY-MM-DD`` header) and plain text."""

from __future__ import annotations

import datetime as dt

from accord.models import Article, IngestError


def test_bundled_sample_text_starts_after_the_header_on_the_same_line(read, sample_path):
    [article] = read(sample_path)
    raw = sample_path.read_text(encoding="utf-8")
    assert isinstance(article, Article)
    assert article.date == dt.date(2023, 6, 12)
    assert article.text.startswith("Russia has expressed")
    assert article.text == raw[len(" date 2023-06-12 ") :]  # byte-exact: offsets stay stable
    assert article.language == "en"
    assert article.origin == str(sample_path)
    assert len(article.id) == 16


def test_sample_header_on_its_own_line(read, fixtures):
    path = fixtures / "wire" / "2023-03-21-greece-turkey-talks.txt"
    [article] = read(path)
    assert article.date == dt.date(2023, 3, 21)
    assert article.text.startswith("ATHENS, March 21 (Wire) - Greece and Turkey agreed")
    assert article.text.endswith("airspace violations.\n")
    assert article.title is None


def test_sample_header_wins_over_the_extension(read, write):
    path = write("story.html", " date 2023-05-02\r\n\r\nMOSCOW, May 2 - Talks ended.\r\n")
    [article] = read(path)
    assert article.date == dt.date(2023, 5, 2)
    assert article.text == "MOSCOW, May 2 - Talks ended.\r\n"


def test_sample_with_impossible_date(read, write):
    path = write("bad.txt", " date 2023-02-30 Leaders met in Paris on Monday.\n")
    assert read(path) == [IngestError(str(path), None, "impossible date '2023-02-30'")]


def test_sample_with_header_only(read, write):
    path = write("headline-only.txt", " date 2023-02-03\n\n")
    assert read(path) == [IngestError(str(path), None, "empty text")]


def test_plain_text_takes_the_date_option(read, write):
    text = "GENEVA, July 4 - Envoys from both sides met for a second day of talks.\n"
    path = write("geneva.txt", text)
    [article] = read(path, date=dt.date(2023, 7, 4))
    assert article.date == dt.date(2023, 7, 4)
    assert article.text == text


def test_plain_text_without_a_date_is_an_error(read, write):
    path = write("geneva.txt", "GENEVA, July 4 - Envoys met.\n")
    reason = "no publication date: pass --date YYYY-MM-DD"
    assert read(path) == [IngestError(str(path), None, reason)]


def test_a_byte_order_mark_is_not_part_of_the_text(read, write):
    path = write("bom.txt", b"\xef\xbb\xbf date 2023-06-01 Kyiv said on Thursday.")
    [article] = read(path)
    assert article.text == "Kyiv said on Thursday."


def test_undecodable_text_is_reported_not_guessed(read, write):
    path = write("latin1.txt", " date 2023-06-01 Le ministre a d\xe9clar\xe9.".encode("latin-1"))
    reason = "not UTF-8 text: byte 0xe9 at offset 32 (convert it to UTF-8)"
    assert read(path) == [IngestError(str(path), None, reason)]


def test_text_over_the_default_limit_is_rejected(read, write):
    path = write("huge.txt", " date 2023-06-01 " + "a" * 3_000_001)
    reason = "text is 3,000,001 characters, over the 2,000,000 limit (--max-chars)"
    assert read(path) == [IngestError(str(path), None, reason)]
