"""The readers: every input kind, every bad input, standard input, ordering, duplicates and language."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import socket
import sys
from pathlib import Path
from typing import Any

import pytest

from lossledger.errors import InputError
from lossledger.model import Document
from lossledger.readers import ReaderOptions, ReadStats, iter_documents, list_inputs
from readers_fixtures import (
    ARTICLE_PARAGRAPHS,
    ARTICLE_TITLE,
    WarcRecordSpec,
    article_html,
    article_plain_text,
    atom_feed,
    rss_feed,
    write_jsonl,
    write_warc,
)

SHARED = Path(__file__).resolve().parents[3] / "shared"

GERMAN_TEXT = (
    "Der ukrainische Generalstab teilte am Sonntag mit, Russland habe seit Beginn der Invasion "
    "rund 80.860 Soldaten und 2.840 Panzer verloren. Die Angaben lassen sich nicht unabhängig "
    "überprüfen. In der Stadt Cherson arbeiten Reparaturtrupps daran, die Stromversorgung wieder "
    "herzustellen, während die Bewohner auf dem zentralen Platz für Wasser und Brot anstehen."
)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Readers never fetch: any attempt to open a connection fails the test."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"a reader tried to use the network: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def read(paths: list[str | Path], **options: Any) -> tuple[list[Document], list[InputError], ReadStats]:
    stats = ReadStats()
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in iter_documents([str(p) for p in paths], options=ReaderOptions(**options), stats=stats):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            assert isinstance(item, Document)
            docs.append(item)
    assert stats.documents == len(docs)
    assert stats.errors == errors
    return docs, errors, stats


def only_error(errors: list[InputError]) -> InputError:
    assert len(errors) == 1, errors
    return errors[0]


# ------------------------------------------------------------------------------------------ plain text


def test_text_file_is_one_document(tmp_path: Path) -> None:
    path = tmp_path / "kyiv_report.txt"
    path.write_text(article_plain_text(), encoding="utf-8")
    docs, errors, stats = read([path])
    assert not errors
    [doc] = docs
    assert doc.id == "kyiv_report"
    assert doc.text == article_plain_text()
    assert doc.published is None and doc.published_basis == "unknown"
    assert doc.origin == str(path)
    assert doc.language == "en"
    assert stats.files == 1


def test_text_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + article_plain_text().encode())
    [doc], _, _ = read([path])
    assert doc.text == article_plain_text()


def test_text_invalid_utf8_names_file_and_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Russia lost 2,840 tanks in Kherson " + "région".encode("latin-1"))
    docs, errors, _ = read([path])
    error = only_error(errors)
    assert not docs
    assert error.path == str(path)
    assert error.location == "byte offset 36"  # the é, after 35 ASCII bytes and the 'r'
    assert "UTF-8" in str(error) and str(path) in str(error)


@pytest.mark.parametrize(("content", "expected"), [(b"", "empty"), (b"  \n\t\n", "only whitespace")])
def test_text_empty_file_is_an_error(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    error = only_error(read([path])[1])
    assert expected in error.message and error.path == str(path)


def test_text_binary_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\xff\x00")
    error = only_error(read([path])[1])
    assert "binary" in error.message and error.location == "byte offset 7"


def test_text_gzip_is_transparent_and_truncation_is_reported(tmp_path: Path) -> None:
    whole = tmp_path / "story.txt.gz"
    whole.write_bytes(gzip.compress(article_plain_text().encode()))
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(whole.read_bytes()[:60])
    docs, errors, _ = read([whole, cut])
    assert [d.id for d in docs] == ["story"] and docs[0].text == article_plain_text()
    error = only_error(errors)
    assert error.path == str(cut) and "gzip" in error.message


def test_document_larger_than_max_bytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Russia lost 2,840 tanks. " * 100)
    error = only_error(read([path], max_bytes=1000)[1])
    assert "limit of 1,000 bytes" in error.message and error.path == str(path)


# ------------------------------------------------------------------------------------------ JSON Lines


def test_jsonl_records_with_defaults(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "news.jsonl", [
        {"id": "a1", "text": ARTICLE_PARAGRAPHS[0], "published": "2022-11-13", "url": "https://x.example/a",
         "title": "Tanks", "extra": [1, 2]},
        {"text": ARTICLE_PARAGRAPHS[1]},
        {"id": 77, "text": ARTICLE_PARAGRAPHS[2], "published": "2022-11-13T21:15:00+02:00"},
        {"id": "", "text": ARTICLE_PARAGRAPHS[3], "published": None, "title": 5},
    ])
    docs, errors, _ = read([path])
    assert not errors
    assert [d.id for d in docs] == ["a1", "news-2", "77", "news-4"]
    first = docs[0]
    assert (first.url, first.title, first.published, first.published_basis) == (
        "https://x.example/a", "Tanks", dt.date(2022, 11, 13), "given")
    assert first.origin == f"{path}:1"
    assert docs[1].published is None and docs[1].published_basis == "unknown"
    assert docs[2].published == dt.date(2022, 11, 13)
    assert docs[3].title is None  # a malformed title does not cost the document


def test_jsonl_bad_lines_name_file_and_line_and_reading_goes_on(tmp_path: Path) -> None:
    good = {"id": "ok", "text": ARTICLE_PARAGRAPHS[0]}
    path = write_jsonl(tmp_path / "mixed.ndjson", [
        good,                                                  # 1
        "{not json",                                           # 2
        {"id": "x", "body": "no text field"},                  # 3
        {"id": "y", "text": ["a", "list"]},                    # 4
        {"id": "z", "text": ARTICLE_PARAGRAPHS[1], "published": "last Tuesday"},  # 5
        "[1, 2, 3]",                                           # 6
        "",                                                    # 7: blank, ignored
        {"id": "w", "text": "   "},                            # 8
        {"id": "last", "text": ARTICLE_PARAGRAPHS[2]},         # 9
    ])
    docs, errors, _ = read([path])
    assert [d.id for d in docs] == ["ok", "last"]
    assert [e.location for e in errors] == ["line 2", "line 3", "line 4", "line 5", "line 6", "line 8"]
    assert all(e.path == str(path) for e in errors)
    messages = [e.message for e in errors]
    assert "not JSON" in messages[0]
    assert "no 'text' field" in messages[1]
    assert "not a string" in messages[2]
    assert "not a date" in messages[3] and "last Tuesday" in messages[3]
    assert "not a JSON object" in messages[4]
    assert "empty" in messages[5]


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_jsonl_without_records_is_an_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "nothing.jsonl"
    path.write_bytes(content)
    error = only_error(read([path])[1])
    assert error.path == str(path) and "empty" in error.message


def test_jsonl_invalid_utf8_names_line_and_byte_offset(tmp_path: Path) -> None:
    first = json.dumps({"text": ARTICLE_PARAGRAPHS[0]}).encode() + b"\n"
    second = b'{"text": "Kherson r\xe9gion"}\n'
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(first + second)
    docs, errors, _ = read([path])
    assert len(docs) == 1
    error = only_error(errors)
    bad_byte = len(first) + second.index(0xE9)
    assert error.location == f"line 2, byte offset {bad_byte}"


def test_jsonl_huge_line_is_refused_and_next_line_read(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "huge.jsonl", [
        {"text": "Russia lost 2,840 tanks. " * 2000},
        {"text": ARTICLE_PARAGRAPHS[0]},
    ])
    docs, errors, _ = read([path], max_bytes=5_000)
    assert [d.id for d in docs] == ["huge-2"]
    error = only_error(errors)
    assert error.location == "line 1" and "limit of 5,000 bytes" in error.message


def test_jsonl_gzip_and_truncated_gzip_keeps_earlier_lines(tmp_path: Path) -> None:
    records = [{"id": f"r{i}", "text": f"{ARTICLE_PARAGRAPHS[i % 4]} Report number {i}."} for i in range(200)]
    whole = write_jsonl(tmp_path / "all.jsonl.gz", records, compress=True)
    docs, errors, _ = read([whole])
    assert not errors and len(docs) == 200
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole.read_bytes()[: len(whole.read_bytes()) // 2])
    docs, errors, _ = read([cut])
    error = only_error(errors)
    assert 0 < len(docs) < 200
    assert error.path == str(cut) and "gzip" in error.message
    assert error.location is not None and error.location.startswith("line ")


def test_jsonl_news_please_preset(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "np.jsonl", [{
        "maintext": ARTICLE_PARAGRAPHS[0], "date_publish": "2022-11-13 09:30:00", "url": "https://x.example/b",
        "title": "From news-please", "language": "en", "text": "not this field",
    }])
    [doc], errors, _ = read([path], preset="news-please")
    assert not errors
    assert doc.text == ARTICLE_PARAGRAPHS[0] and doc.title == "From news-please"
    assert doc.published == dt.date(2022, 11, 13) and doc.id == "np-1"


def test_jsonl_cc_news_preset_and_explicit_fields(tmp_path: Path) -> None:
    cc = write_jsonl(tmp_path / "cc.jsonl", [{"text": ARTICLE_PARAGRAPHS[1], "date": "2022-11-14 00:00:00",
                                              "domain": "x.example", "url": "https://x.example/c"}])
    [doc], _, _ = read([cc], preset="cc-news")
    assert doc.published == dt.date(2022, 11, 14)
    custom = write_jsonl(tmp_path / "custom.jsonl", [{"key": "k9", "body": ARTICLE_PARAGRAPHS[2],
                                                      "when": "2022-11-12", "link": "https://x.example/d",
                                                      "headline": "H"}])
    [doc], errors, _ = read([custom], text_field="body", id_field="key", date_field="when", url_field="link",
                            title_field="headline")
    assert not errors
    assert (doc.id, doc.published, doc.url, doc.title) == (
        "k9", dt.date(2022, 11, 12), "https://x.example/d", "H")


def test_unknown_preset_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown preset"):
        ReaderOptions(preset="newsplease")


def test_reader_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        ReaderOptions("text")  # type: ignore[call-arg]


def test_shared_dev_set_reads_as_jsonl() -> None:
    path = SHARED / "eval" / "dev" / "docs.jsonl"
    if not path.is_file():
        pytest.skip("../shared is not available")
    docs, errors, stats = read([path])
    assert not errors
    assert len(docs) + stats.duplicates + sum(stats.skipped.values()) == 40
    assert len(docs) >= 38
    assert all(d.published_basis in ("given", "unknown") for d in docs)


# ------------------------------------------------------------------------------------------------ HTML


def test_html_page_main_text_title_url_and_original_date(tmp_path: Path) -> None:
    path = tmp_path / "tanks.html"
    path.write_text(article_html(), encoding="utf-8")
    [doc], errors, _ = read([path])
    assert not errors
    for paragraph in ARTICLE_PARAGRAPHS:
        assert paragraph in doc.text
    for clutter in ("Sport", "500 Russian soldiers", "100,000 tanks", "reader42", "Copyright", "READ MORE",
                    "Sign up", "Privacy"):
        assert clutter not in doc.text, clutter
    assert doc.title == ARTICLE_TITLE
    assert doc.url == "https://news.example.org/world/russia-tanks-losses"
    # the published date, not the later modified date
    assert doc.published == dt.date(2022, 11, 13) and doc.published_basis == "metadata"
    assert doc.id == "tanks" and doc.language == "en"


def test_html_date_from_a_dated_canonical_link(tmp_path: Path) -> None:
    path = tmp_path / "dated_url.htm"
    path.write_text(article_html(published=None, modified=None,
                                 canonical="https://news.example.org/2022/11/15/russia-tanks"))
    [doc], _, _ = read([path])
    # htmldate reads the canonical link as part of the markup
    assert doc.published == dt.date(2022, 11, 15) and doc.published_basis == "metadata"


def test_html_without_date_markup_is_left_undated(tmp_path: Path) -> None:
    # A body date and the footer's "Copyright 2022" are not publication dates: the extractor dates
    # such documents from their text later.
    path = tmp_path / "undated.html"
    path.write_text(article_html(published=None, modified=None, canonical=None,
                                 paragraphs=["Posted on 14 November 2022.", *ARTICLE_PARAGRAPHS[1:]]))
    [doc], errors, _ = read([path])
    assert not errors
    assert (doc.published, doc.published_basis) == (None, "unknown")


def test_html_declared_legacy_encoding_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "cp1251.html"
    paragraphs = ["Генштаб: Россия потеряла 2840 танков.", *ARTICLE_PARAGRAPHS]
    path.write_bytes(article_html(paragraphs=paragraphs, charset="windows-1251").encode("cp1251"))
    [doc], errors, _ = read([path])
    assert not errors and "Россия потеряла 2840 танков" in doc.text


def test_html_without_article_body_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text('<html><head><title>Home</title></head><body><header><nav><ul>'
                    '<li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></nav>'
                    "</header>"
                    "<footer><p>Copyright 2022 Example News.</p></footer></body></html>")
    bare = tmp_path / "bare.html"
    bare.write_text('<html><body><nav><a href="/">Home</a><a href="/world">World</a></nav></body></html>')
    error = only_error(read([bare])[1])
    assert "no article text" in error.message
    error = only_error(read([path])[1])
    assert error.path == str(path) and "no article text" in error.message


def test_html_gzip_is_transparent(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(article_html().encode()))
    [doc], errors, _ = read([path])
    assert not errors and doc.id == "page" and ARTICLE_PARAGRAPHS[0] in doc.text


def test_html_that_is_a_url_is_not_fetched(tmp_path: Path) -> None:
    path = tmp_path / "link.html"
    path.write_text("https://news.example.org/2022/11/13/story")
    docs, errors, _ = read([path])  # the autouse fixture fails the test if anything connects
    assert not docs and len(errors) == 1


# ------------------------------------------------------------------------------------------------ WARC


def _crawl(tmp_path: Path, *, compress: bool = True, name: str = "crawl.warc.gz") -> Path:
    undated_page = article_html(published=None, modified=None, canonical=None,
                                paragraphs=ARTICLE_PARAGRAPHS[1:3]).encode()
    return write_warc(tmp_path / name, [
        WarcRecordSpec("https://news.example.org/world/tanks", body=article_html().encode()),
        WarcRecordSpec("https://news.example.org/world/tanks", kind="request"),
        WarcRecordSpec("https://news.example.org/logo.png", body=b"\x89PNG\r\n\x1a\n",
                       content_type="image/png"),
        WarcRecordSpec("https://news.example.org/world/tanks", kind="revisit"),
        WarcRecordSpec("https://news.example.org/gone", body=b"<html><body><p>Gone</p></body></html>",
                       status="404 Not Found"),
        WarcRecordSpec("https://news.example.org/2022/11/15/drones",
                       body=article_html(published=None, modified=None, canonical=None,
                                         paragraphs=ARTICLE_PARAGRAPHS[2:]).encode()),
        WarcRecordSpec("https://news.example.org/world/undated", body=undated_page,
                       warc_date="2022-11-16T08:00:00Z"),
        WarcRecordSpec("urn:meta", kind="metadata", body=b"outlinks: none", content_type="text/plain"),
    ], compress=compress)


@pytest.mark.parametrize("compress", [True, False])
def test_warc_html_responses_become_documents(tmp_path: Path, compress: bool) -> None:
    path = _crawl(tmp_path, compress=compress, name="crawl.warc.gz" if compress else "crawl.warc")
    docs, errors, stats = read([path])
    assert not errors
    assert [d.url for d in docs] == ["https://news.example.org/world/tanks",
                                     "https://news.example.org/2022/11/15/drones",
                                     "https://news.example.org/world/undated"]
    dates = [(d.published, d.published_basis) for d in docs]
    assert dates == [(dt.date(2022, 11, 13), "metadata"), (dt.date(2022, 11, 15), "url"),
                     (dt.date(2022, 11, 16), "warc")]
    assert docs[0].title == ARTICLE_TITLE and ARTICLE_PARAGRAPHS[0] in docs[0].text
    assert "100,000 tanks" not in docs[0].text
    assert [d.origin for d in docs] == [f"{path}#record-1", f"{path}#record-6", f"{path}#record-7"]
    assert stats.skipped == {"non-html-record": 3, "revisit": 1, "http-status:404": 1}
    assert (f"{path}#record-4", "revisit") in stats.skipped_items
    assert all(d.id.startswith("warc-") for d in docs)


def test_warc_ids_are_stable_across_runs(tmp_path: Path) -> None:
    path = _crawl(tmp_path)
    first = [d.id for d in read([path])[0]]
    second = [d.id for d in read([path])[0]]
    assert first == second and len(set(first)) == 3


def test_truncated_warc_reports_file_and_record_and_keeps_earlier_documents(tmp_path: Path) -> None:
    path = _crawl(tmp_path)
    data = path.read_bytes()
    for fraction in (0.95, 0.8, 0.6):
        cut = tmp_path / f"cut{int(fraction * 100)}.warc.gz"
        cut.write_bytes(data[: int(len(data) * fraction)])
        docs, errors, _ = read([cut])
        error = only_error(errors)
        assert error.path == str(cut)
        assert error.location is not None and error.location.startswith("record ")
        assert docs and docs[0].url == "https://news.example.org/world/tanks"


def test_truncated_uncompressed_warc(tmp_path: Path) -> None:
    path = _crawl(tmp_path, compress=False, name="plain.warc")
    cut = tmp_path / "cut.warc"
    cut.write_bytes(path.read_bytes()[:-200])
    docs, errors, _ = read([cut])
    error = only_error(errors)
    assert "truncated" in error.message and error.location is not None and "record 8" in error.location
    assert len(docs) == 3


def test_not_a_warc_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("this is not a web archive\n")
    error = only_error(read([path])[1])
    assert error.path == str(path) and "WARC" in error.message


def test_warc_page_over_limit_is_an_error_and_the_rest_is_read(tmp_path: Path) -> None:
    big = article_html(paragraphs=[ARTICLE_PARAGRAPHS[0]] * 400).encode()
    path = write_warc(tmp_path / "big.warc.gz", [
        WarcRecordSpec("https://news.example.org/big", body=big),
        WarcRecordSpec("https://news.example.org/small", body=article_html().encode()),
    ])
    docs, errors, _ = read([path], max_bytes=len(big) - 1)
    assert [d.url for d in docs] == ["https://news.example.org/small"]
    error = only_error(errors)
    assert error.location == "record 1 (uncompressed offset 0)" and "limit" in error.message


# ------------------------------------------------------------------------------------------------ feeds


def test_rss_entries_use_full_content_or_summary(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text(rss_feed([
        {"title": "Tanks", "link": "https://news.example.org/a", "guid": "urn:a",
         "pubDate": "Sun, 13 Nov 2022 09:30:00 GMT", "description": "Short teaser.",
         "content": "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)},
        {"title": "Drones", "link": "https://news.example.org/b",
         "description": f"<p>{ARTICLE_PARAGRAPHS[2]}</p>"},
        {"title": "Headline only", "link": "https://news.example.org/c"},
    ]))
    docs, errors, stats = read([path])
    assert not errors
    assert len(docs) == 2
    full, summary = docs
    assert ARTICLE_PARAGRAPHS[0] in full.text and ARTICLE_PARAGRAPHS[3] in full.text
    assert "<p>" not in full.text and "teaser" not in full.text
    assert (full.title, full.url, full.published, full.published_basis) == (
        "Tanks", "https://news.example.org/a", dt.date(2022, 11, 13), "metadata")
    assert summary.text == ARTICLE_PARAGRAPHS[2]
    assert (summary.published, summary.published_basis) == (None, "unknown")
    assert stats.skipped == {"empty-entry": 1} and stats.skipped_items == [(f"{path}#entry-3", "empty-entry")]
    assert full.origin == f"{path}#entry-1" and full.id.startswith("news-")


def test_atom_feed(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(atom_feed([
        {"title": "Tanks", "id": "tag:example,2022:1", "link": "https://news.example.org/a",
         "published": "2022-11-13T09:30:00Z", "updated": "2022-11-20T09:30:00Z",
         "content": "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS[:2])},
        {"title": "Summary", "id": "tag:example,2022:2", "updated": "2022-11-14T10:00:00Z",
         "summary": ARTICLE_PARAGRAPHS[3]},
    ]))
    docs, errors, _ = read([path])
    assert not errors
    assert ARTICLE_PARAGRAPHS[1] in docs[0].text and docs[0].published == dt.date(2022, 11, 13)
    assert docs[1].text == ARTICLE_PARAGRAPHS[3] and docs[1].published == dt.date(2022, 11, 14)


def test_feed_ids_are_stable_and_distinct(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(rss_feed([{"guid": f"urn:{i}", "description": ARTICLE_PARAGRAPHS[i]} for i in range(3)]))
    ids = [d.id for d in read([path])[0]]
    assert ids == [d.id for d in read([path])[0]] and len(set(ids)) == 3


def test_bozo_but_readable_feed_is_read(tmp_path: Path) -> None:
    # An unescaped ampersand makes the XML ill-formed; feedparser's lenient parser still reads it.
    path = tmp_path / "sloppy.xml"
    path.write_text(rss_feed([{"title": "Tanks & drones", "description": ARTICLE_PARAGRAPHS[0]}]))
    docs, errors, _ = read([path])
    assert not errors and docs[0].text == ARTICLE_PARAGRAPHS[0]


@pytest.mark.parametrize("content", [
    "Russia lost 2,840 tanks. This is plain text, not a feed.",
    '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>',
    "\x89PNG garbage \x00\x01",
])
def test_feed_that_is_not_a_feed_is_an_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "notafeed.xml"
    path.write_text(content)
    error = only_error(read([path])[1])
    assert error.path == str(path) and "not an RSS or Atom feed" in error.message


def test_empty_feed_is_counted(tmp_path: Path) -> None:
    path = tmp_path / "quiet.rss"
    path.write_text(rss_feed([]))
    docs, errors, stats = read([path])
    assert not docs and not errors and stats.skipped == {"empty-feed": 1}


# ------------------------------------------------------------------------------- paths, order, stats


def test_directories_globs_hidden_files_and_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".cache").mkdir()
    for rel, para in [("b/z.txt", 0), ("a/y.txt", 1), ("a/deep/x.txt", 2), ("a.txt", 3), (".cache/h.txt", 0)]:
        (tmp_path / rel).write_text(ARTICLE_PARAGRAPHS[para])
    (tmp_path / "a" / ".hidden.txt").write_text("hidden")
    expected = [str(tmp_path / r) for r in ("a/deep/x.txt", "a/y.txt", "a.txt", "b/z.txt")]
    assert list_inputs([str(tmp_path)]) == expected
    assert list_inputs([str(tmp_path / "**" / "*.txt")]) == sorted(expected)
    assert list_inputs(["-", str(tmp_path / "nothing-*.txt")]) == ["-", str(tmp_path / "nothing-*.txt")]
    docs, errors, _ = read([tmp_path])
    assert [d.id for d in docs] == ["x", "y", "a", "z"] and not errors
    assert [d.id for d in read([tmp_path])[0]] == ["x", "y", "a", "z"]


def test_unsupported_missing_and_unreadable_files_are_errors(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE_PARAGRAPHS[0])
    missing = tmp_path / "missing.jsonl"
    docs, errors, stats = read([pdf, missing, good, tmp_path / "nomatch-*.html"])
    assert [d.id for d in docs] == ["good"]
    assert [e.path for e in errors] == [str(pdf), str(missing), str(tmp_path / "nomatch-*.html")]
    assert "unsupported file type '.pdf'" in errors[0].message
    assert "no such file" in errors[1].message
    assert stats.files == 1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE_PARAGRAPHS[0])
    path.chmod(0)
    try:
        error = only_error(read([path])[1])
    finally:
        path.chmod(0o644)
    assert "permission" in error.message


def test_duplicates_are_yielded_once_and_listed(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(article_plain_text())
    (tmp_path / "two.txt").write_text(article_plain_text())
    write_jsonl(tmp_path / "three.jsonl", [{"id": "j1", "text": article_plain_text()}])
    docs, _, stats = read([tmp_path / "one.txt", tmp_path / "two.txt", tmp_path / "three.jsonl"])
    assert [d.id for d in docs] == ["one"]
    assert stats.duplicates == 2
    assert stats.skipped_items == [("two", "duplicate of one"), ("j1", "duplicate of one")]


def test_other_languages_are_skipped_counted_and_listed(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "mixed.jsonl", [
        {"id": "en", "text": article_plain_text()},
        {"id": "de", "text": GERMAN_TEXT},
        {"id": "short", "text": "Kyiv, Bakhmut, Avdiivka: 2,840."},
    ])
    docs, _, stats = read([path])
    assert [d.id for d in docs] == ["en", "short"]
    # listed by where it is, so it can be found
    assert stats.skipped == {"language:de": 1} and stats.skipped_items == [(f"{path}:2", "language:de")]
    assert docs[1].language is None  # too short to tell, so kept and left unlabelled
    docs, _, _ = read([path], languages=())
    assert [d.language for d in docs] == ["en", "de", None]
    docs, _, _ = read([path], languages=("de",))
    assert [d.id for d in docs] == ["de", "short"]


def test_listing_is_bounded_but_counting_is_not(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl", ["oops"] * 5)
    stats = ReadStats(max_listed=2)
    items = list(iter_documents([str(path)], stats=stats))
    assert len(items) == 5
    assert stats.error_count == 5 and len(stats.errors) == 2 and stats.unlisted == 3


# ------------------------------------------------------------------------------------------------ stdin


class _FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize(("data", "expected_ids"), [
    (json.dumps({"id": "s1", "text": ARTICLE_PARAGRAPHS[0]}).encode() + b"\n", ["s1"]),
    (article_plain_text().encode(), ["stdin"]),
    (gzip.compress(json.dumps({"text": ARTICLE_PARAGRAPHS[0]}).encode()), ["stdin-1"]),
    (article_html().encode(), ["stdin"]),
    (rss_feed([{"guid": "g", "description": ARTICLE_PARAGRAPHS[1]}]).encode(), None),
])
def test_stdin_is_sniffed(
    monkeypatch: pytest.MonkeyPatch, data: bytes, expected_ids: list[str] | None
) -> None:
    monkeypatch.setattr(sys, "stdin", _FakeStdin(data))
    docs, errors, stats = read(["-"])
    assert not errors and stats.files == 1
    assert len(docs) == 1
    if expected_ids is not None:
        assert [d.id for d in docs] == expected_ids
    assert docs[0].origin is not None and docs[0].origin.startswith("<stdin>")


def test_stdin_warc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = _crawl(tmp_path, compress=False, name="s.warc")
    monkeypatch.setattr(sys, "stdin", _FakeStdin(path.read_bytes()))
    docs, errors, _ = read(["-"])
    assert not errors and len(docs) == 3


def test_stdin_empty_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _FakeStdin(b""))
    error = only_error(read(["-"])[1])
    assert error.path == "<stdin>" and "empty" in error.message
