"""Fuzzing the readers: whatever bytes a file holds, reading yields Documents or InputErrors, no exception."""

from __future__ import annotations

import gzip
import io
import json
import socket
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator

from lossledger.errors import InputError
from lossledger.model import Document
from lossledger.readers import ReaderOptions, ReadStats, iter_documents
from readers_fixtures import ARTICLE_PARAGRAPHS, WarcRecordSpec, article_html, rss_feed, write_warc

SUFFIXES = (".txt", ".jsonl", ".html", ".xml", ".warc.gz", ".warc", ".txt.gz", ".atom", ".json")
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def _read_bytes(data: bytes, suffix: str) -> list[Document | InputError]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        stats = ReadStats()
        items = list(iter_documents([str(path)], options=ReaderOptions(languages=()), stats=stats))
    for item in items:
        assert isinstance(item, Document | InputError)
        if isinstance(item, InputError):
            assert item.path == str(path)  # every error names the file
        else:
            assert item.text.strip()
    assert stats.error_count == sum(isinstance(i, InputError) for i in items)
    return items


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_never_crash(data: bytes, suffix: str) -> None:
    _read_bytes(data, suffix)


def _valid_inputs() -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as folder:
        warc = write_warc(Path(folder) / "w.warc.gz", [
            WarcRecordSpec("https://news.example.org/2022/11/13/a", body=article_html().encode()),
            WarcRecordSpec("https://news.example.org/b", kind="request"),
            WarcRecordSpec("https://news.example.org/c",
                           body=article_html(paragraphs=ARTICLE_PARAGRAPHS[1:]).encode()),
        ])
        warc_bytes = warc.read_bytes()
    lines = "".join(json.dumps({"id": f"r{i}", "text": p, "published": "2022-11-13"}) + "\n"
                    for i, p in enumerate(ARTICLE_PARAGRAPHS))
    telegram = json.dumps({"name": "Канал", "type": "public_channel", "id": 7, "messages": [
        {"id": i, "type": "message", "date": "2022-11-13T09:00:00", "date_unixtime": "1668330000",
         "text": [{"type": "bold", "text": p[:20]}, p[20:]]} for i, p in enumerate(ARTICLE_PARAGRAPHS, 1)]},
        ensure_ascii=False, indent=1)
    return {
        ".warc.gz": warc_bytes,
        ".warc": gzip.decompress(warc_bytes),
        ".jsonl": lines.encode(),
        ".jsonl.gz": gzip.compress(lines.encode()),
        ".json": telegram.encode(),
        ".html": article_html().encode(),
        ".xml": rss_feed([{"guid": "g", "title": "T", "content": f"<p>{ARTICLE_PARAGRAPHS[0]}</p>"}]).encode(
            "utf-8"),
    }


VALID = _valid_inputs()


def _record_boundaries(data: bytes) -> set[int]:
    """Offsets where a record ends: a WARC cut exactly there is a valid, shorter WARC, and so is one cut inside the
    blank lines that close a record (its content is whole: nothing of it is lost)."""
    records = ArchiveIterator(io.BytesIO(data))
    ends = set()
    for _ in records:
        end = records.get_record_offset() + records.get_record_length()
        # (warcio counts the closing blank lines in a record's length, except the last record's)
        start, stop = end, end
        while start > 0 and data[start - 1:start] in (b"\r", b"\n") and end - start < 4:
            start -= 1
        while data[stop:stop + 1] in (b"\r", b"\n") and stop - end < 4:
            stop += 1
        ends.update(range(start, stop + 1))
    return ends


BOUNDARIES = {suffix: _record_boundaries(VALID[suffix]) for suffix in (".warc", ".warc.gz")}


@FUZZ
@given(
    suffix=st.sampled_from(sorted(VALID)),
    cut=st.floats(min_value=0.0, max_value=1.0),
    flips=st.lists(st.tuples(st.floats(min_value=0.0, max_value=0.999), st.integers(0, 255)), max_size=4),
)
@example(suffix=".warc", cut=0.99999, flips=[])  # cut inside the blank lines closing the last record
def test_damaged_valid_inputs_never_crash(suffix: str, cut: float, flips: list[tuple[float, int]]) -> None:
    """Truncate a valid input anywhere and overwrite a few bytes: still only Documents and InputErrors."""
    data = bytearray(VALID[suffix][: int(len(VALID[suffix]) * cut)])
    for where, value in flips:
        if data:
            data[int(where * len(data))] = value
    items = _read_bytes(bytes(data), suffix)
    whole_records = BOUNDARIES.get(suffix, {len(data)})
    if not flips and 0 < len(data) < len(VALID[suffix]) and len(data) not in whole_records:
        # a cut archive is never read as if it were whole
        assert any(isinstance(i, InputError) for i in items)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_arbitrary_stdin_never_crashes(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    class FakeStdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    for item in iter_documents(["-"], options=ReaderOptions(languages=())):
        assert isinstance(item, Document | InputError)
