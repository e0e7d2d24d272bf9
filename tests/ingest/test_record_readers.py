"""JSON Lines and CSV: one article per record, field renames, per-line errors, laziness."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json

import pytest

from accord.ingest import IngestOptions, read_inputs
from accord.models import Article, IngestError


def test_jsonl_records_keep_their_ids_and_fields(read, fixtures):
    path = fixtures / "records.jsonl"
    first, second, third = read(path)
    assert first.id == "wire-0412"
    assert first.date == dt.date(2023, 4, 12)
    assert first.title == "Japan and South Korea restart security dialogue"
    assert (first.source, first.url) == (
        "Wire",
        "https://news.example.org/asia/japan-korea-dialogue",
    )
    assert first.text.startswith("TOKYO, April 12 (Wire) - Japan and South Korea")
    assert "\n\nThe talks in Tokyo" in first.text  # the text field unchanged
    assert first.origin == f"{path}:1"
    assert second.date == dt.date(2023, 4, 13)  # from an ISO datetime, as written
    assert len(second.id) == 16 and second.source is None
    assert third.id == "88121"  # a numeric input id, as a string
    assert third.origin == f"{path}:3"


def test_reuters_style_datetime_dates(read, write):
    line = {"id": "reuters21578-1", "date": "1987-02-26T15:01:01", "text": "Showers continued."}
    [article] = read(write("r.jsonl", json.dumps(line) + "\n"))
    assert (article.id, article.date) == ("reuters21578-1", dt.date(1987, 2, 26))


BAD_LINES = [
    (
        '{"date": "2023-06-01", "text": "x" "y"}',
        "invalid JSON: Expecting ',' delimiter at column 36",
    ),
    ('["2023-06-01", "Talks ended."]', "JSON line is a list, not an object"),
    ('"2023-06-01 Talks ended."', "JSON line is a string, not an object"),
    ("null", "JSON line is null, not an object"),
    ('{"date": "2023-06-01", "title": "No body"}', "missing text (field 'text')"),
    ('{"date": "2023-06-01", "text": 42}', "text (field 'text') is a number, not a string"),
    ('{"date": "2023-06-01", "text": "  \\n "}', "empty text"),
    ('{"text": "Envoys met in Doha."}', "missing date (field 'date')"),
    ('{"date": "2023-02-30", "text": "Envoys met."}', "impossible date '2023-02-30'"),
    ('{"date": "0000-01-01", "text": "Envoys met."}', "impossible date '0000-01-01'"),
    (
        '{"date": "last Tuesday", "text": "Envoys met."}',
        "unreadable date 'last Tuesday' (expected YYYY-MM-DD or an ISO datetime)",
    ),
    (
        '{"date": "2023-06-01T25:99", "text": "Envoys met."}',
        "unreadable date '2023-06-01T25:99' (expected YYYY-MM-DD or an ISO datetime)",
    ),
    (
        '{"date": 20230601, "text": "Envoys met."}',
        "unreadable date 20230601 (expected YYYY-MM-DD or an ISO datetime)",
    ),
    (
        '{"date": "2023-06-01", "text": "Envoys met.", "id": [1]}',
        "id is a list, not a string or an integer",
    ),
    (
        '{"date": "2023-06-01", "text": "Envoys met.", "title": {"en": "x"}}',
        "field 'title' is an object, not a string",
    ),
]


@pytest.mark.parametrize(("line", "reason"), BAD_LINES)
def test_each_bad_jsonl_line_is_one_error_and_the_file_goes_on(read, write, line, reason):
    good = '{"date": "2023-06-02", "text": "Ministers met in Vienna on Friday."}'
    path = write("mixed.jsonl", f"{good}\n\n{line}\n{good}\n")
    results = read(path)
    assert results[1] == IngestError(str(path), 3, reason)  # physical line, blank line counted
    assert [type(r) for r in results] == [Article, IngestError, Article]


def test_undecodable_jsonl_line_names_its_column(read, write):
    path = write("bad.jsonl", b'{"date": "2023-06-01", "text": "Caf\xe9 talks"}\n')
    reason = "not UTF-8 text: byte 0xe9 at column 36 (convert it to UTF-8)"
    assert read(path) == [IngestError(str(path), 1, reason)]


def test_json_array_of_records(read, write):
    records = [
        {"id": "a1", "date": "2023-06-01", "text": "Envoys met in Doha on Monday."},
        "not a record",
        {"id": "a3", "date": "2023-06-03"},
    ]
    path = write("export.json", json.dumps(records, indent=2))
    first, *errors = read(path)
    assert (first.id, first.origin) == ("a1", str(path))
    assert errors == [
        IngestError(str(path), None, "item 2: a string, not an object"),
        IngestError(str(path), None, "item 3: missing text (field 'text')"),
    ]


def test_broken_json_array_names_its_line(read, write):
    path = write("export.json", '[\n  {"date": "2023-06-01", "text": "Envoys met."},\n  {"date"\n]')
    reason = "invalid JSON: Expecting ':' delimiter at column 1"
    assert read(path) == [IngestError(str(path), 4, reason)]


def test_date_option_fills_in_missing_dates_only(read, write):
    path = write(
        "d.jsonl", '{"text": "Envoys met."}\n{"date": "2023-01-05", "text": "Envoys met."}\n'
    )
    first, second = read(path, date=dt.date(2023, 1, 9))
    assert (first.date, second.date) == (dt.date(2023, 1, 9), dt.date(2023, 1, 5))


def test_text_over_the_limit_is_rejected(read, write):
    path = write("long.jsonl", json.dumps({"date": "2023-06-01", "text": "a" * 3_001}) + "\n")
    reason = "text is 3,001 characters, over the 3,000 limit (--max-chars)"
    assert read(path, max_chars=3_000) == [IngestError(str(path), 1, reason)]


def test_csv_with_renamed_fields_and_quoted_multiline_text(read, fixtures):
    path = fixtures / "renamed.csv"
    fields = {"text": "body", "date": "published", "title": "headline", "id": "story_id"}
    brazil, chile = read(path, fields=fields)
    assert brazil.id == "br-ar-0123" and brazil.title.startswith("Brazil and Argentina")
    assert brazil.date == dt.date(2023, 1, 23)
    assert brazil.text.endswith('the peso, and that a "sur" unit was years away.')
    assert "said on Monday.\r\n\r\nOfficials stressed" in brazil.text  # kept as in the file
    assert brazil.origin == f"{path}:2"
    assert chile.origin == f"{path}:5"  # the physical line the record starts on


def test_csv_without_the_text_column_is_one_error(read, fixtures):
    path = fixtures / "renamed.csv"
    reason = (
        "no 'text' column (columns: headline, published, body, story_id, desk); "
        "map one with --field text=COLUMN"
    )
    assert read(path) == [IngestError(str(path), 1, reason)]


def test_tsv_rows_and_row_errors(read, write):
    rows = [
        "id\tdate\ttext",
        "t1\t2023-06-01\tOfficials met in Oslo.",
        "t2\t2023-13-01\tOfficials met in Bergen.",
        "t3\t2023-06-03",
        "t4\t2023-06-04\tOfficials met in Tromso.",
    ]
    path = write("news.tsv", "\n".join(rows) + "\n")
    results = read(path)
    assert results[1:3] == [
        IngestError(str(path), 3, "impossible date '2023-13-01'"),
        IngestError(str(path), 4, "row has 2 values, the header has 3 columns"),
    ]
    assert [r.id for r in (results[0], results[3])] == ["t1", "t4"]


def test_csv_header_names_are_trimmed(read, write):
    path = write("spaced.csv", "id, date, text\nc1,2023-06-01,Officials met in Lima.\n")
    [article] = read(path)
    assert (article.id, article.date) == ("c1", dt.date(2023, 6, 1))


def test_csv_with_undecodable_bytes_stops_at_that_line(read, write):
    path = write("bad.csv", b"date,text\n2023-06-01,Talks\n2023-06-02,Caf\xe9 talks\n")
    results = read(path)
    reason = "not UTF-8 text: byte 0xe9 at column 15 (convert it to UTF-8)"
    assert results[1:] == [IngestError(str(path), 3, reason)]


def test_csv_with_an_unterminated_quote_ends_with_one_error(read, write):
    content = 'date,text\n2023-06-01,Talks ended.\n2023-06-02,"Envoys met\n2023-06-03,Talks\n'
    path = write("q.csv", content)
    results = read(path)
    assert isinstance(results[0], Article)
    assert results[1:] == [IngestError(str(path), 3, "malformed CSV: unexpected end of data")]


class CountingStream(io.BytesIO):
    """A byte stream that remembers how far it has been read."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.furthest = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.furthest = self.tell()
        return chunk


@pytest.mark.parametrize(
    ("fmt", "header", "line"),
    [
        ("jsonl", "", json.dumps({"date": "2023-06-01", "text": "Envoys met in Doha. " * 50})),
        ("csv", "date,text\n", "2023-06-01," + "Envoys met in Doha. " * 50),
    ],
)
def test_large_inputs_are_read_lazily(fmt, header, line):
    stream = CountingStream((header + (line + "\n") * 20_000).encode())  # about 20 MB
    results = read_inputs(["-"], IngestOptions(format=fmt), stdin=stream)
    first = list(itertools.islice(results, 3))
    assert [type(r) for r in first] == [Article] * 3
    assert first[0].origin == ("<stdin>:1" if fmt == "jsonl" else "<stdin>:2")
    assert stream.furthest < 100_000


@pytest.mark.shared
def test_reuters_first_2000_lines(shared_dir):
    path = shared_dir / "corpora" / "reuters21578.jsonl"
    results = list(itertools.islice(read_inputs([path]), 2000))
    articles = [r for r in results if isinstance(r, Article)]
    assert (len(articles), len(results) - len(articles)) == (2000, 0)
    assert (articles[0].id, articles[0].date) == ("reuters21578-1", dt.date(1987, 2, 26))
    assert articles[0].title == "BAHIA COCOA REVIEW"
    assert articles[-1].origin == f"{path}:2000"
    assert {a.language for a in articles} >= {"en"}
