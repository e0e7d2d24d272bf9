"""Damaged inputs of every kind give errors, never exceptions: the batch always goes on."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import random

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from accord.ingest import FORMATS, IngestOptions, read_inputs


def web_archive(page: bytes) -> bytes:
    """An uncompressed WARC holding ``page`` twice, as an HTML response."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for url in ("https://news.example.org/1", "https://news.example.org/2"):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(page), length=len(page), http_headers=headers
            )
        )
    return out.getvalue()


def mangle(data: bytes, rng: random.Random) -> bytes:
    """``data`` with a few bytes changed, cut out or inserted, sometimes gzipped and cut."""
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        at = rng.randrange(len(damaged) or 1)
        choice = rng.random()
        if choice < 0.4:
            damaged[at : at + 1] = bytes([rng.randrange(256)])
        elif choice < 0.7:
            del damaged[at : at + rng.randint(1, 40)]
        else:
            damaged[at:at] = rng.randbytes(rng.randint(1, 4))
    if rng.random() < 0.2:
        return gzip.compress(bytes(damaged))[: rng.randint(5, 300)]
    return bytes(damaged)


@pytest.mark.slow
def test_mangled_inputs_never_raise(fixtures, sample_path):
    seeds = [path.read_bytes() for path in sorted(fixtures.glob("*.*"))]
    seeds += [sample_path.read_bytes(), web_archive((fixtures / "page.html").read_bytes())]
    rng = random.Random(20230612)
    for _ in range(60):
        data = mangle(rng.choice(seeds), rng)
        for fmt in FORMATS:
            options = IngestOptions(format=fmt, date=dt.date(2023, 6, 12))
            results = list(read_inputs(["-"], options, stdin=io.BytesIO(data)))
            assert results, (fmt, data[:80])
