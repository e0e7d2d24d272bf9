"""HTML pages, RSS and Atom feeds, and web archives (WARC)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from accord.models import Article, IngestError

PAGE_URL = "https://news.example.org/asia/2023/04/24/india-china-border-talks"


def test_html_page_main_text_title_site_and_date(read, fixtures):
    [article] = read(fixtures / "page.html")
    assert article.date == dt.date(2023, 4, 24)
    assert "Indian and Chinese military commanders held an 18th round" in article.text
    assert "Li Shangfu" in article.text
    assert "Most read" not in article.text and "Subscribe" not in article.text
    assert "All rights reserved" not in article.text
    assert article.title == "India and China hold 18th round of border talks"
    assert (article.url, article.source) == (PAGE_URL, "Example News")


UNDATED_PAGE = """<html><head><title>Talks resume</title></head><body><article>
<p>Negotiators from both delegations returned to the table in Geneva after a pause of several
weeks, according to people familiar with the matter who asked not to be named.</p>
<p>The delegations exchanged written proposals on prisoner releases and on the reopening of
border crossings, and agreed to meet again before the end of the month.</p>
</article></body></html>"""


def test_html_without_a_date_uses_the_option_else_is_an_error(read, write):
    path = write("undated.html", UNDATED_PAGE)
    reason = "no publication date found in the page: pass --date YYYY-MM-DD"
    assert read(path) == [IngestError(str(path), None, reason)]
    [article] = read(path, date=dt.date(2023, 9, 1))
    assert article.date == dt.date(2023, 9, 1)
    assert article.text.startswith("Negotiators from both delegations")


def test_legacy_html_falls_back_to_windows_1252(read, write):
    page = UNDATED_PAGE.replace("Geneva", "Genève").replace("matter", "matter \u2014")
    path = write("legacy.htm", page.encode("cp1252"))
    [article] = read(path, date=dt.date(2023, 9, 1))
    assert "Genève" in article.text and "matter \u2014" in article.text


def test_html_declared_charset_is_honoured(read, write):
    page = UNDATED_PAGE.replace("<head>", '<head><meta charset="iso-8859-15">')
    path = write("latin9.html", page.replace("Geneva", "Genève €").encode("iso-8859-15"))
    [article] = read(path, date=dt.date(2023, 9, 1))
    assert "Genève €" in article.text


def test_html_without_main_text_is_an_error(read, write):
    path = write("empty-page.html", "<html><head><title>x</title></head><body></body></html>")
    assert read(path) == [IngestError(str(path), None, "no main text found in the HTML page")]


def test_rss_items_are_articles(read, fixtures):
    path = fixtures / "feed.rss"
    saudi, finland = read(path)
    assert saudi.id == "wire-2023-04-06-saudi-iran"
    assert saudi.date == dt.date(2023, 4, 6)  # the date as the feed wrote it, no UTC shift
    assert saudi.text.startswith("BEIJING, April 6 (Wire) - The foreign ministers")
    assert "in Beijing.\n\nThe meeting between" in saudi.text  # paragraphs kept, tags gone
    assert "two countries’ top diplomats" in saudi.text  # entities decoded
    assert (saudi.title, saudi.source) == (
        "Saudi Arabia and Iran agree to reopen embassies",
        "Example Wire: World",
    )
    assert finland.id == finland.url == "https://wire.example.org/world/finland-nato"
    assert finland.text.startswith("BRUSSELS, April 4 (Wire) - Finland became")
    assert "<p>" not in finland.text
    assert finland.origin == str(path)


def test_atom_entries_published_else_updated(read, fixtures):
    g7, zelensky = read(fixtures / "feed.atom")
    assert g7.id == "tag:observer.example.org,2023-05-19:g7-hiroshima"
    assert g7.date == dt.date(2023, 5, 19)
    assert g7.text.endswith("\n\nJapan's prime minister hosts the summit in his home city.")
    assert zelensky.date == dt.date(2023, 5, 20)
    assert zelensky.text.startswith("HIROSHIMA, May 20 - Ukraine's president arrived")
    assert zelensky.url == "https://observer.example.org/diplomacy/zelensky-g7"


RSS_1_0 = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://agency.example.org/"><title>Agency</title></channel>
  <item rdf:about="https://agency.example.org/2023/02/01/mali">
    <title>Mali expels envoy</title>
    <link>https://agency.example.org/2023/02/01/mali</link>
    <description>BAMAKO, Feb 1 - Mali's transitional government ordered the expulsion of a senior
    envoy on Wednesday, state television said.</description>
    <dc:date>2023-02-01T19:00:00+00:00</dc:date>
  </item>
</rdf:RDF>"""


def test_rss_1_0_in_an_xml_file(read, write):
    [article] = read(write("agency.xml", RSS_1_0))
    assert (article.date, article.title) == (dt.date(2023, 2, 1), "Mali expels envoy")
    assert article.text.startswith("BAMAKO, Feb 1 - Mali's transitional government ordered")
    assert article.id == "https://agency.example.org/2023/02/01/mali"


def test_feed_items_without_text_or_date_are_errors(read, write):
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>
    <item><title>Only a headline</title><pubDate>Mon, 05 Jun 2023 10:00:00 GMT</pubDate></item>
    <item><title>Undated</title><description>Envoys met in Doha on Monday.</description></item>
    <item><description>Envoys met in Doha again.</description><pubDate>yesterday</pubDate></item>
    </channel></rss>"""
    path = write("news.rss", feed)
    assert read(path) == [
        IngestError(str(path), None, "item 1: no text (content or summary)"),
        IngestError(str(path), None, "item 2: no date (published or updated)"),
        IngestError(str(path), None, "item 3: unreadable date 'yesterday'"),
    ]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        (
            "config.xml",
            "<?xml version='1.0'?><catalog><book/></catalog>",
            "XML that is not an RSS or Atom feed",
        ),
        (
            "empty.rss",
            "<rss version='2.0'><channel><title>W</title></channel></rss>",
            "feed has no items",
        ),
        (
            "broken.atom",
            "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><entry",
            "not a readable RSS or Atom feed: <unknown>:1:80: unclosed token",
        ),
    ],
)
def test_unusable_feeds(read, write, name, content, reason):
    path = write(name, content)
    assert read(path) == [IngestError(str(path), None, reason)]


def write_warc(path: Path, records: list[tuple[str, str, bytes]], *, gzip: bool) -> Path:
    """A web archive of HTTP responses ``(url, content type, body)`` captured 2023-04-25."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for url, content_type, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2023-04-25T06:00:00Z"},
            )
            writer.write_record(record)
    return path


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_html_responses_are_articles(read, fixtures, tmp_path, gzip):
    page = (fixtures / "page.html").read_bytes()
    records = [
        ("https://news.example.org/india-china", "text/html; charset=utf-8", page),
        ("https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ("https://news.example.org/geneva", "text/html", UNDATED_PAGE.encode()),
        ("https://news.example.org/blank", "text/html", b"<html><body></body></html>"),
    ]
    path = write_warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), records, gzip=gzip)
    india, geneva, blank = read(path)
    assert (india.url, india.date) == ("https://news.example.org/india-china", dt.date(2023, 4, 24))
    assert "18th round" in india.text
    assert geneva.date == dt.date(2023, 4, 25)  # no date in the page: the capture date
    reason = "https://news.example.org/blank: no main text found in the HTML page"
    assert blank == IngestError(str(path), None, reason)
    assert isinstance(india, Article) and india.origin == str(path)


def warc_record(content_type: bytes = b"text/html", *, length_error: int = 0) -> bytes:
    """One hand-made WARC response record, its Content-Length off by ``length_error``."""
    block = (
        b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type + b"\r\n\r\n"
        b"<html><body><p>Envoys met in Doha on Monday, officials said.</p></body></html>"
    )
    header = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.org/a\r\n"
        b"WARC-Date: 2023-01-02T00:00:00Z\r\nContent-Length: %d\r\n\r\n"
    )
    return header % (len(block) + length_error) + block + b"\r\n\r\n"


@pytest.mark.parametrize(
    ("content", "reasons"),
    [
        (b"Notes on the crawl of 2 May.\n", ["not a WARC file (no 'WARC/' record header)"]),
        (warc_record(b"image/png"), ["no HTML response records in the WARC file"]),
        (
            warc_record() + b"GARBAGE\r\n\r\n",
            ["not a readable WARC file: Invalid WARC record, first line: GARBAGE"],
        ),
        (
            warc_record(length_error=-12),
            ["damaged WARC file: 1 record(s) not where their Content-Length said"],
        ),
    ],
)
def test_unusable_warc_files(read, write, content, reasons):
    path = write("crawl.warc", content)
    results = read(path)
    assert [r for r in results if isinstance(r, IngestError)] == [
        IngestError(str(path), None, reason) for reason in reasons
    ]


def test_warc_record_without_a_page_date_takes_the_capture_date(read, write):
    [article] = read(write("one.warc", warc_record()))
    assert article.text == "Envoys met in Doha on Monday, officials said."
    assert (article.date, article.url) == (dt.date(2023, 1, 2), "https://news.example.org/a")
