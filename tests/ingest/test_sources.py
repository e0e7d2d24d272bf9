"""Where inputs come from: gzip, directories, standard input, missing and unreadable files."""

from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest

from accord.ingest import FORMATS, IngestOptions, read_inputs
from accord.models import Article, IngestError

LINE = json.dumps({"id": "gz-1", "date": "2023-06-01", "text": "Envoys met in Doha on Monday."})


def test_gzip_of_each_kind_is_read_by_its_inner_name(read, fixtures, write):
    jsonl = write("records.jsonl.gz", gzip.compress((fixtures / "records.jsonl").read_bytes()))
    atom = write("feed.atom.gz", gzip.compress((fixtures / "feed.atom").read_bytes()))
    txt = write("plain.txt.gz", gzip.compress(b"GENEVA, July 4 - Envoys met for a second day."))
    results = read(jsonl, atom, txt, date=dt.date(2023, 7, 4))
    assert [r.id for r in results[:3]] == ["wire-0412", results[1].id, "88121"]
    assert results[0].origin == f"{jsonl}:1"
    assert results[3].id == "tag:observer.example.org,2023-05-19:g7-hiroshima"
    assert results[5].text == "GENEVA, July 4 - Envoys met for a second day."


def test_gzip_is_recognised_by_content_without_the_suffix(read, write):
    path = write("records.jsonl", gzip.compress(LINE.encode() + b"\n"))
    [article] = read(path)
    assert article.id == "gz-1"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (gzip.compress(LINE.encode())[:-12], "corrupt gzip file: Compressed file ended"),
        (b"\x1f\x8b\x08\x00garbage-after-the-magic", "corrupt gzip file: "),
        (b"plain text, not gzip", "corrupt gzip file: Not a gzipped file"),
    ],
)
def test_corrupt_gzip_is_one_error(read, write, content, reason):
    path = write("broken.jsonl.gz", content)
    [error] = read(path)
    assert (error.path, error.line) == (str(path), None)
    assert error.reason.startswith(reason)


def test_directory_tree_sorted_without_hidden_or_unknown_files(read, write, tmp_path):
    write("b/2.jsonl", LINE.replace("gz-1", "b2") + "\n")
    write("a.jsonl", LINE.replace("gz-1", "a") + "\n")
    write("b/1/deep.jsonl", LINE.replace("gz-1", "b1-deep") + "\n")
    write(".hidden.jsonl", LINE.replace("gz-1", "hidden") + "\n")
    write(".git/objects.jsonl", LINE.replace("gz-1", "in-hidden-folder") + "\n")
    write("notes.yaml", "reviewer: nobody\n")
    results = read(tmp_path)
    assert [r.id for r in results] == ["a", "b1-deep", "b2"]
    assert results[1].origin == f"{tmp_path / 'b' / '1' / 'deep.jsonl'}:1"


def test_an_explicit_format_reads_every_file_of_a_directory(read, write, tmp_path):
    write("wire/one.story", " date 2023-06-01 Envoys met in Doha on Monday.")
    write("wire/two.story", " date 2023-06-02 Envoys met in Doha on Tuesday.")
    assert read(tmp_path) == []
    results = read(tmp_path, format="sample")
    assert [r.date.day for r in results] == [1, 2]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b" date 2023-06-01 Envoys met in Doha on Monday.", "sample"),
        (LINE.encode() + b"\n", "jsonl"),
        (gzip.compress(LINE.encode() + b"\n"), "jsonl"),
        (
            b"<!DOCTYPE html><html><body><article><p>" + b"Envoys met in Doha. " * 5 + b"</p>",
            "html",
        ),
        (b"Envoys met in Doha on Monday, officials said.", "txt"),
    ],
)
def test_standard_input_format_is_detected_from_content(read, content, kind):
    [article] = read("-", stdin=content, date=dt.date(2023, 6, 9))
    assert isinstance(article, Article), article
    assert "Envoys met in Doha" in article.text
    assert article.origin.startswith("<stdin>")
    assert (article.date == dt.date(2023, 6, 9)) is (kind in ("html", "txt"))


def test_missing_path_is_an_error_and_the_batch_goes_on(read, fixtures):
    results = read("no/such/file.jsonl", fixtures / "records.jsonl")
    assert results[0] == IngestError("no/such/file.jsonl", None, "no such file or directory")
    assert len(results) == 4


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.jsonl", b"\n  \n", "empty file"),
        ("empty.jsonl.gz", gzip.compress(b""), "empty file"),
        (
            "utf16.txt",
            "Envoys met.".encode("utf-16"),
            "binary file, not text (it has NUL bytes; convert UTF-16 text to UTF-8)",
        ),
        ("image.html", bytes(range(1, 32)) * 20, "binary file, not text (mostly control bytes)"),
    ],
)
def test_empty_and_binary_files(read, write, name, content, reason):
    path = write(name, content)
    assert read(path, date=dt.date(2023, 6, 1)) == [IngestError(str(path), None, reason)]


def test_usage_errors_raise_at_once():
    with pytest.raises(ValueError, match="unknown format 'pdf'; choose one of auto, sample"):
        read_inputs(["x"], IngestOptions(format="pdf"))
    with pytest.raises(ValueError, match="unknown field 'body' in the field mapping"):
        read_inputs(["x"], IngestOptions(fields={"body": "text"}))
    assert FORMATS == ("auto", "sample", "txt", "jsonl", "csv", "html", "rss", "warc")


def test_a_single_path_is_one_input_not_a_sequence_of_characters(fixtures):
    results = list(read_inputs(str(fixtures / "records.jsonl")))
    assert [r.id for r in results][::2] == ["wire-0412", "88121"]
