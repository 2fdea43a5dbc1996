"""Attacks on lossledger with bad input, kills and hostile text (issue 16): one test per defect found.

Each test is named after the item of the issue it reproduces (``test_itemNN_...``); each failed before
its fix. The last test fuzzes the readers, ``extract_claims`` and the ledger's store with surrogates,
control characters, extreme dates and huge numbers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lossledger import extract_claims
from lossledger.cli import cli
from lossledger.errors import InputError, LedgerError, LossledgerError, ReferenceFormatError
from lossledger.languages.grammar import load_patterns
from lossledger.ledger import Ledger
from lossledger.model import Document
from lossledger.pipeline import ingest
from lossledger.readers import ReaderOptions, ReadStats, input_names, iter_documents, list_inputs

EN = load_patterns("en")

ARTICLE = "The General Staff said on November 13, 2022 that Russia had lost {n:,} tanks since February 24.\n"
ANY_LANGUAGE = ReaderOptions(languages=())


def _article(n: int) -> str:
    return ARTICLE.format(n=n)


def _rows(db: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _read(paths: list[Path | str]) -> tuple[list[Document], list[InputError]]:
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in iter_documents([str(p) for p in paths], options=ANY_LANGUAGE, stats=ReadStats()):
        (errors if isinstance(item, InputError) else docs).append(item)  # type: ignore[arg-type]
    return docs, errors


# -- 1. a lone surrogate ------------------------------------------------------------------------------


def test_item01_lone_surrogate_in_jsonl_is_one_error(tmp_path: Path) -> None:
    good = [{"id": f"good-{i}", "text": _article(2000 + i)} for i in range(3)]
    bad = [
        {"id": "bad-text", "text": _article(3000) + "\ud800"},
        {"id": "bad-title", "text": _article(3001), "title": "x\udc00"},
        {"id": "bad-url", "text": _article(3002), "url": "https://example.org/\udfff"},
        {"id": "bad-\ud801", "text": _article(3003)},
    ]
    records = [good[0], *bad, good[1], good[2]]
    # json.dumps writes the surrogates as \ud800 escapes: valid JSON, invalid Unicode
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="ascii")
    db = tmp_path / "l.db"
    report = ingest([path], db_path=db, reader_options=ANY_LANGUAGE)
    assert report.documents_added == 3
    assert sorted(_rows(db, "SELECT id FROM documents")) == [("good-0",), ("good-1",), ("good-2",)]
    assert [str(f) for f in report.failures] == [
        f"{path}: line {n}: field {name!r} holds a lone surrogate ({where}): not Unicode text"
        for n, name, where in ((2, "text", f"\\ud800 at character {len(_article(3000))}"),
                               (3, "title", "\\udc00 at character 1"), (4, "url", "\\udfff at character 20"),
                               (5, "id", "\\ud801 at character 4"))
    ]
    assert _rows(db, "SELECT count(*), max(failures), max(status) FROM runs r JOIN failures f ON f.run_id = r.id") \
        == [(4, 4, "failed")]
    # a rerun stores nothing more and stops nowhere
    again = ingest([path], db_path=db, reader_options=ANY_LANGUAGE)
    assert again.documents_unchanged == 3 and len(again.failures) == 4


def test_item01_lone_surrogate_in_extract_is_an_error_line_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": _article(2000) + "\ud800"}) + "\n"
                    + json.dumps({"id": "b", "text": _article(2001)}) + "\n", encoding="ascii")
    result = CliRunner().invoke(cli, ["extract", str(path), "--language", "any", "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"{path}: line 1" in result.output and "lone surrogate" in result.output
    assert '"doc": "b"' in result.output


def test_item01_storage_error_of_one_document_is_its_own_failure(tmp_path: Path) -> None:
    """A document the ledger cannot hold (not from a reader: any caller of ``store``) fails alone."""
    db = tmp_path / "l.db"
    docs = [Document(id=f"d{i}", text=_article(2000 + i), origin=f"in/d{i}.txt") for i in range(3)]
    broken = Document(id="broken", text="tanks \udcff lost", origin="in/broken.txt")
    with Ledger.open(db) as ledger:
        run_id = ledger.start_run("ingest", {})
        result = ledger.store([(docs[0], []), (broken, []), (docs[1], []), (docs[2], [])], run_id=run_id)
    assert result.added == 3 and len(result.failures) == 1
    assert result.failures[0].path == "in/broken.txt" and "cannot be stored" in str(result.failures[0])
    assert sorted(_rows(db, "SELECT id FROM documents")) == [("d0",), ("d1",), ("d2",)]
    assert _rows(db, "SELECT path FROM failures") == [("in/broken.txt",)]


# -- 2. document ids unique by construction ------------------------------------------------------------------


def test_item02_same_file_name_in_two_folders_keeps_both(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for folder, n in (("a", 2000), ("b", 3000), ("c", 4000)):
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "story.txt").write_text(_article(n))
    (corpus / "c" / "index.html").write_text(f"<html><body><article><p>{_article(5000)}</p></article></body></html>")
    (corpus / "top.txt").write_text(_article(6000))
    db = tmp_path / "l.db"
    report = ingest([corpus], db_path=db, reader_options=ANY_LANGUAGE)
    assert report.ok and report.documents_added == 5
    stored = dict(_rows(db, "SELECT id, source FROM documents"))
    # the first keeps today's bare stem; later ones take their path below the folder given
    assert stored == {"story": f"{corpus}/a/story.txt", "b/story": f"{corpus}/b/story.txt",
                      "c/story": f"{corpus}/c/story.txt", "index": f"{corpus}/c/index.html",
                      "top": f"{corpus}/top.txt"}
    assert _rows(db, "SELECT count(DISTINCT doc) FROM claims") == [(5,)]
    # stable across runs: the same input is the same documents
    again = ingest([corpus], db_path=db, reader_options=ANY_LANGUAGE)
    assert again.ok and again.documents_unchanged == 5 and again.documents_added == 0


def test_item02_ids_of_files_given_directly_or_in_one_folder_are_unchanged(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    for name in ("one", "two"):
        (tmp_path / "seeds" / f"{name}.txt").write_text(_article(len(name)))
    assert [name for _, name in input_names([str(tmp_path / "seeds")])] == ["one", "two"]
    assert [name for _, name in input_names([str(tmp_path / "seeds" / "two.txt")])] == ["two"]
    assert [name for _, name in input_names([str(tmp_path / "seeds" / "*.txt")])] == ["one", "two"]
    # the same name given twice from two folders: the second is told apart by its path
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "one.txt").write_text(_article(99))
    named = input_names([str(tmp_path / "seeds" / "one.txt"), str(tmp_path / "other" / "one.txt")])
    assert [name for _, name in named] == ["one", "one.txt"]


def test_item02_jsonl_id_reused_is_an_error_naming_both_places(tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"id": "x", "text": _article(2000)}) + "\n"
                     + json.dumps({"id": "x", "text": _article(2001)}) + "\n")
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"id": "x", "text": _article(2002)}) + "\n")
    docs, errors = _read([first, second])
    assert [d.origin for d in docs] == [f"{first}:1"]
    assert [str(e) for e in errors] == [
        f"{first}: line 2: id 'x' is already used by {first}:1: not read (give each document its own id)",
        f"{second}: line 1: id 'x' is already used by {first}:1: not read (give each document its own id)",
    ]


def test_item02_a_reused_id_s_error_names_its_file_and_its_line_apart(tmp_path: Path) -> None:
    # (the fuzz test's rule: every error of a file names that file as its path, the place in it apart)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": "x", "text": _article(n)}) + "\n" for n in (3000, 3001)))
    _docs, errors = _read([feed])
    assert [(e.path, e.location) for e in errors] == [(str(feed), "line 2")]


def test_item02_id_from_another_file_never_replaces_a_stored_document(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    for folder, n in (("monday", 2000), ("tuesday", 3000)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.html").write_text(
            f"<html><body><article><p>{_article(n)}</p></article></body></html>")
    assert ingest([tmp_path / "monday"], db_path=db, reader_options=ANY_LANGUAGE).ok
    claims_before = _rows(db, "SELECT value FROM claims")
    second = ingest([tmp_path / "tuesday"], db_path=db, reader_options=ANY_LANGUAGE)
    assert not second.ok and second.documents_replaced == 0
    assert "document id 'index' is already stored from" in str(second.failures[0])
    assert str(tmp_path / "monday" / "index.html") in str(second.failures[0])
    assert _rows(db, "SELECT value FROM claims") == claims_before == [(2000.0,)]
    # an edited file at the same place is an update, as before
    (tmp_path / "monday" / "index.html").write_text(
        f"<html><body><article><p>{_article(2500)}</p></article></body></html>")
    third = ingest([tmp_path / "monday"], db_path=db, reader_options=ANY_LANGUAGE)
    assert third.ok and third.documents_replaced == 1
    assert _rows(db, "SELECT value FROM claims") == [(2500.0,)]


def test_item02_partitions_carry_the_ids_of_a_serial_run(tmp_path: Path) -> None:
    from lossledger.pipeline.shards import extract_partition, plan_partitions

    corpus = tmp_path / "corpus"
    for folder in ("a", "b"):
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "story.txt").write_text(_article(2000 if folder == "a" else 3000))
    partitions = plan_partitions([str(corpus)], target_bytes=1)
    assert [p.names for p in partitions] == [("story",), ("b/story",)]
    out = tmp_path / "shards"
    for sub in ("documents", "claims", "failures", "partitions"):
        (out / sub).mkdir(parents=True)
    extract_partition(partitions[1], out_dir=str(out), reader_options=ANY_LANGUAGE)
    import pyarrow.parquet as pq

    assert pq.read_table(out / "documents" / "part-00001.parquet").column("id").to_pylist() == ["b/story"]


def test_item02_a_parallel_ingest_gives_the_ids_of_a_serial_one(tmp_path: Path) -> None:
    from lossledger.pipeline.scaled import ingest_scaled

    corpus = tmp_path / "corpus"
    for folder, base in (("a", 2000), ("b", 3000)):
        (corpus / folder).mkdir(parents=True)
        for i in range(6):
            (corpus / folder / f"s{i}.txt").write_text(_article(base + i))
    serial = ingest_scaled([str(corpus)], db_path=tmp_path / "serial.db", workers=1, reader_options=ANY_LANGUAGE)
    parallel = ingest_scaled([str(corpus)], db_path=tmp_path / "parallel.db", workers=2,
                             reader_options=ANY_LANGUAGE)
    assert serial.ok and parallel.ok and serial.documents_added == parallel.documents_added == 12
    query = "SELECT id, source FROM documents ORDER BY id"
    assert _rows(tmp_path / "parallel.db", query) == _rows(tmp_path / "serial.db", query)
    assert ("b/s0", f"{corpus}/b/s0.txt") in _rows(tmp_path / "serial.db", query)


# -- 3. a file name that is not UTF-8 ----------------------------------------------------------------------


def test_item03_undecodable_file_name_is_read_and_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"a{i}.txt").write_text(_article(2000 + i))
    odd = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(odd, "wb") as handle:
        handle.write(_article(9000).encode())
    db = tmp_path / "l.db"
    report = ingest([folder], db_path=db, reader_options=ANY_LANGUAGE)
    assert report.ok, report.failures
    assert report.documents_added == 7
    assert ("caf\\xe9", f"{folder}/caf\\xe9.txt") in _rows(db, "SELECT id, source FROM documents")


# -- 4. a folder that cannot be read ----------------------------------------------------------------------


def _folder_with_locked_part(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "hidden.txt").write_text(_article(3000))
    (folder / "open.txt").write_text(_article(2000))
    return folder, folder / "locked"


def test_item04_unreadable_folder_is_an_error_and_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, locked = _folder_with_locked_part(tmp_path)
    # root reads every folder: make this one unreadable to os.walk and os.listdir as chmod 000 would
    real_scandir, real_listdir = os.scandir, os.listdir

    def refuse(original: Any) -> Any:
        def call(path: Any = ".") -> Any:
            if os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", str(locked))
            return original(path)
        return call

    monkeypatch.setattr(os, "scandir", refuse(real_scandir))
    monkeypatch.setattr(os, "listdir", refuse(real_listdir))
    db = tmp_path / "l.db"
    report = ingest([folder], db_path=db, reader_options=ANY_LANGUAGE)
    assert report.documents_added == 1
    assert [str(f) for f in report.failures] == [f"{locked}: cannot read the folder: permission denied"]
    assert _rows(db, "SELECT path, message FROM failures") == [
        (str(locked), "cannot read the folder: permission denied")]
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "other.db")])
    assert result.exit_code == 1 and "cannot read the folder" in result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 folder")
def test_item04_chmod_000_folder_is_an_error(tmp_path: Path) -> None:  # pragma: no cover - non-root only
    folder, locked = _folder_with_locked_part(tmp_path)
    locked.chmod(0)
    try:
        docs, errors = _read([folder])
    finally:
        locked.chmod(0o755)
    assert len(docs) == 1 and [e.path for e in errors] == [str(locked)]


# -- 5. a WARC cut inside a record's Content-Length ----------------------------------------------------------


def _warc(pages: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for i in range(pages):
        html = f"<html><body><article><p>{_article(2000 + i)}</p></article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{i}", "response",
                                                      payload=io.BytesIO(html), http_headers=headers))
    return buffer.getvalue()


def test_item05_warc_cut_inside_content_length_is_an_error(tmp_path: Path) -> None:
    data = _warc(2)
    second = data.index(b"WARC/1.0", 10)
    value = data.index(b"Content-Length: ", second) + len(b"Content-Length: ")
    for cut in (value, value + 1):  # "Content-Length: " and "Content-Length: 2" at the end of the file
        path = tmp_path / f"cut{cut}.warc"
        path.write_bytes(data[:cut])
        stats = ReadStats()
        items = list(iter_documents([str(path)], options=ANY_LANGUAGE, stats=stats))
        errors = [i for i in items if isinstance(i, InputError)]
        assert len(items) == 2 and len(errors) == 1, items
        assert errors[0].location is not None and errors[0].location.startswith("record 2")
        assert not stats.skipped


# -- 6. cost linear in a document's size ---------------------------------------------------------------------


class _CountingList(list[Any]):
    """A list that counts how many of its items are looked at."""

    touched = 0

    def __iter__(self) -> Any:
        for item in super().__iter__():
            _CountingList.touched += 1
            yield item

    def __getitem__(self, index: Any) -> Any:
        _CountingList.touched += 1
        return super().__getitem__(index)


def test_item06_dates_of_a_window_are_found_without_a_scan_of_every_date() -> None:
    from lossledger.extract.measure import dates_in

    mentions = _CountingList(SimpleNamespace(start=10 * i, end=10 * i + 5) for i in range(20_000))
    reader = SimpleNamespace(dates=mentions)
    _CountingList.touched = 0
    found = dates_in(reader, 50_000, 50_030)  # type: ignore[arg-type]
    assert [(d.start, d.end) for d in found] == [(50_000, 50_005), (50_010, 50_015), (50_020, 50_025)]
    # one scan looked at all 20,000 dates for every candidate claim: that made a document quadratic
    assert _CountingList.touched < 100


def test_item06_extraction_time_per_megabyte_does_not_grow_with_the_document() -> None:
    sentence = ("On {d} March 2023 the General Staff said Russia had lost {n:,} tanks, {m:,} troops and "
                "{k:,} artillery systems since February 24. ")
    def document(size: int) -> str:
        parts, total, i = [], 0, 0
        while total < size:
            part = sentence.format(d=1 + i % 28, n=3000 + i, m=150_000 + i, k=5000 + i)
            parts.append(part + ("\n\n" if i % 5 == 4 else ""))
            total += len(part)
            i += 1
        return "".join(parts)

    extract_claims(document(2_000))  # warm up
    timings = {}
    for size in (100_000, 800_000):
        started = time.process_time()
        claims = extract_claims(document(size), published=dt.date(2023, 3, 29))
        timings[size] = (time.process_time() - started) / size
        assert len(claims) > size / 200
    # quadratic work made the 8x larger document about 3x slower per byte; linear work stays near 1x
    assert timings[800_000] < 2.0 * timings[100_000], timings


# -- 7. WARC without line ends -------------------------------------------------------------------------------


def test_item07_warc_without_newlines_stops_at_the_header_cap(tmp_path: Path) -> None:
    from lossledger.readers.web import MAX_WARC_HEADER_BYTES

    line = tmp_path / "line.warc"
    line.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nX-Junk: " + b"a" * 8_000_000)
    zeros = tmp_path / "zeros.warc.gz"
    with gzip.open(zeros, "wb", compresslevel=1) as handle:
        chunk = bytes(1 << 20)
        for _ in range(64):
            handle.write(chunk)
    for path in (line, zeros):
        started = time.perf_counter()
        docs, errors = _read([path])
        assert not docs and len(errors) == 1
        assert f"longer than {MAX_WARC_HEADER_BYTES:,} bytes" in errors[0].message
        assert len(str(errors[0])) < 500
        assert time.perf_counter() - started < 20


def test_item07_long_error_messages_are_cut_also_in_the_ledger(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    with Ledger.open(db) as ledger:
        run_id = ledger.start_run("ingest", {})
        ledger.record_failures([InputError("x" * 5_000_000, path="big.warc")], run_id=run_id)
    (message,) = _rows(db, "SELECT message FROM failures")[0]
    assert len(message) < 2_000 and "more characters" in message


# -- 8. ** over symbolic-link loops -----------------------------------------------------------------------------


def test_item08_double_star_glob_over_symlink_loops_finishes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "a" / "b").mkdir(parents=True)
    (corpus / "a" / "story.txt").write_text(_article(2000))
    (corpus / "a" / "b" / "deep.txt").write_text(_article(3000))
    os.symlink("..", corpus / "a" / "b" / "up")
    os.symlink(str(corpus), corpus / "a" / "root")
    (corpus / "a" / "story-link.txt").symlink_to(corpus / "a" / "story.txt")
    code = ("import sys; from lossledger.readers import list_inputs; "
            "print('\\n'.join(list_inputs([sys.argv[1]])))")
    done = subprocess.run([sys.executable, "-c", code, str(corpus / "**" / "*.txt")], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(corpus / "a" / "b" / "deep.txt"), str(corpus / "a" / "story-link.txt"),
                                   str(corpus / "a" / "story.txt")]
    assert list_inputs([str(corpus / "**" / "*.txt")]) == done.stdout.split()


# -- 9. workers die with their parent --------------------------------------------------------------------------


_SLOW_WORKER = '''
import os, sys, time
from lossledger.model import Document

def slow(document):
    with open(os.path.join(os.environ["PID_DIR"], str(os.getpid())), "w"):
        pass
    time.sleep(600)
    return []

if __name__ == "__main__":
    from lossledger.pipeline.processes import extract_in_parallel
    import slow_worker
    docs = (Document(id=str(i), text="tanks") for i in range(8))
    for _ in extract_in_parallel(docs, workers=2, chunk_size=1, extract=slow_worker.slow):
        pass
'''


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_item09_workers_die_with_their_parent(tmp_path: Path) -> None:
    (tmp_path / "slow_worker.py").write_text(textwrap.dedent(_SLOW_WORKER))
    pids = tmp_path / "pids"
    pids.mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]),
           "PID_DIR": str(pids)}
    parent = subprocess.Popen([sys.executable, str(tmp_path / "slow_worker.py")], env=env, cwd=tmp_path)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline:
            workers = [int(p.name) for p in pids.iterdir()]
            time.sleep(0.2)
        assert len(workers) == 2, "the workers did not start"
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 20
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [pid for pid in workers if _alive(pid)], "workers outlived their killed parent"
    finally:
        parent.kill()
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


# -- 10. another program's SQLite file ---------------------------------------------------------------------


def test_item10_foreign_database_is_refused_by_name_and_left_unchanged(tmp_path: Path) -> None:
    foreign = tmp_path / "addresses.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.execute("INSERT INTO people VALUES ('Ada')")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(_article(2000))
    runner = CliRunner()
    for command in (["claims"], ["export", str(tmp_path / "out.csv")], ["check"],
                    ["ingest", str(tmp_path / "in")], ["report", "-o", str(tmp_path / "r.html")]):
        result = runner.invoke(cli, [*command, "--db", str(foreign)])
        assert result.exit_code == 1, (command, result.output)
        assert f"{foreign}: not a lossledger ledger" in result.output, (command, result.output)
    assert foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("addresses")) == ["addresses.sqlite"]
    assert _rows(foreign, "PRAGMA user_version") == [(0,)] and _rows(foreign, "PRAGMA journal_mode") == [("delete",)]


def test_item10_ledgers_are_made_only_in_new_or_empty_files_and_read_only_opens_cannot_write(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    with Ledger.open(empty) as ledger:
        assert ledger.schema_version >= 1
    with pytest.raises(LedgerError, match="no ledger here"):
        Ledger.open(tmp_path / "missing.db", read_only=True)
    blank = tmp_path / "blank.db"
    sqlite3.connect(blank).close()
    blank.write_bytes(b"")
    with pytest.raises(LedgerError, match="no ledger here"):
        Ledger.open(blank, create=False)
    with Ledger.open(empty, read_only=True) as ledger:
        with pytest.raises(LedgerError):
            ledger.query("INSERT INTO runs (command) VALUES ('x')")
        assert ledger.count("runs") == 0


# -- 11. reference values ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "date", "expected"), [
    ("nan", "2023-01-05", "line 3: not a finite number (nan)"),
    ("Infinity", "2023-01-05", "line 3: not a finite number (inf)"),
    ("1" * 5000, "2023-01-05", "line 3: number too large (5000 digits"),
    ("-40", "2023-01-05", "line 3: negative count (-40)"),
    ("40", "2099-01-01", "line 3: date 2099-01-01 is outside the war"),
    ("40", "1999-01-01", "line 3: date 1999-01-01 is outside the war"),
])
def test_item11_reference_values_are_validated(tmp_path: Path, value: str, date: str, expected: str) -> None:
    good = tmp_path / "good.csv"
    good.write_text("date,category,value\n2023-01-04,tanks,30\n")
    db = tmp_path / "l.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["reference", "import", str(good), "--format", "csv", "--db", str(db)]).exit_code == 0
    path = tmp_path / "series.csv"
    path.write_text(f"date,category,value\n2023-01-04,tanks,30\n{date},tanks,{value}\n")
    result = runner.invoke(cli, ["reference", "import", str(path), "--format", "csv", "--db", str(db)])
    assert result.exit_code == 1 and str(path) in result.output and expected in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    # nothing of the bad file was imported, so check still works
    assert _rows(db, "SELECT count(*) FROM reference_points") == [(1,)]
    checked = runner.invoke(cli, ["check", "--db", str(db)])
    assert checked.exit_code == 0 and checked.exception is None, checked.output


@pytest.mark.parametrize(("text", "expected"), [
    ("[" * 100_000 + "]" * 100_000, "invalid JSON"),
    ('[{"date": "2023-01-05", "personnel": ' + "9" * 5000 + "}]", "field 'personnel': record 0: number too large"),
])
def test_item11_hostile_json_is_an_error_line(tmp_path: Path, text: str, expected: str) -> None:
    from lossledger.reference import read_reference

    path = tmp_path / "russia_losses_personnel.json"
    path.write_text(text)
    with pytest.raises(ReferenceFormatError, match=expected) as raised:
        read_reference(path, format="petroivaniuk")
    assert str(path) in str(raised.value) and len(str(raised.value)) < 500


# -- 12. extreme dates -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "published"), [
    ("By March 3 Russia had lost 400 tanks, the General Staff said on Monday; last week it lost 30.",
     dt.date(1, 1, 1)),
    ("By March 3 Russia had lost 400 tanks, the General Staff said on Monday; last week it lost 30.",
     dt.date(9999, 12, 31)),
    ("In 8000 years of war Russia lost 5000 tanks.", None),
])
def test_item12_extreme_dates_raise_no_overflow(text: str, published: dt.date | None) -> None:
    try:
        claims = extract_claims(text, published=published)
    except LossledgerError as exc:
        assert "out of the calendar's range" in str(exc)
    else:
        assert isinstance(claims, list)


def test_item12_serial_extract_goes_on_after_a_document_that_fails(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (
        {"id": "late", "text": "By March 3 Russia had lost 400 tanks, the General Staff said.",
         "published": "9999-12-31"},
        {"id": "fine", "text": _article(2001)},
    )))
    result = CliRunner().invoke(cli, ["extract", str(path), "--language", "any", "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"{path}:1: extraction failed: LossledgerError: a date out of the calendar's range" in result.output
    assert '"doc": "fine"' in result.output


# -- 16. the run record; a full disk ---------------------------------------------------------------------------


def test_item16_run_record_counts_documents_already_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"a{i}.txt").write_text(_article(2000 + i))
    db = tmp_path / "l.db"
    ingest([folder], db_path=db, reader_options=ANY_LANGUAGE)
    again = ingest([folder], db_path=db, reader_options=ANY_LANGUAGE)
    assert again.documents_unchanged == 4
    assert _rows(db, "SELECT documents, documents_unchanged FROM runs ORDER BY id") == [(4, 0), (0, 4)]


def _disk_full_after_first_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ledger's file may not grow past its size at the first store: SQLite reports a full disk."""
    original = Ledger.store

    def store(self: Ledger, *args: Any, **kwargs: Any) -> Any:
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        self.conn.execute(f"PRAGMA max_page_count = {pages}")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Ledger, "store", store)


def test_item16_full_disk_is_a_clean_error_and_stops_the_pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures.process import _ExecutorManagerThread

    from lossledger.pipeline.processes import ingest_parallel

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        (folder / f"a{i}.txt").write_text(_article(2000 + i) * 30)
    _disk_full_after_first_store(monkeypatch)
    with pytest.raises(LedgerError, match="full") as raised:
        ingest_parallel([str(folder)], db_path=tmp_path / "l.db", workers=2, batch_size=5,
                        reader_options=ANY_LANGUAGE)
    # The pool is shut down by the run itself, in this thread, even while the error (and so the frames of
    # the run) is still held: left to the garbage collector, the shutdown could run in the pool's own
    # manager thread, which cannot join itself.
    assert raised.value is not None
    assert not [t for t in threading.enumerate() if isinstance(t, _ExecutorManagerThread) and t.is_alive()]
    assert _rows(tmp_path / "l.db", "SELECT status FROM runs") == [("error",)]


def test_item16_full_disk_in_the_cli_prints_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(_article(2000 + i) * 100)
    _disk_full_after_first_store(monkeypatch)
    for workers in ("1", "2"):
        result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / f"l{workers}.db"),
                                          "--workers", workers])
        assert result.exit_code == 1
        assert "database or disk is full" in result.output and "Traceback" not in result.output
        assert "cannot join" not in result.output


# -- the fuzz test ------------------------------------------------------------------------------------------------

#: Text with what attacks are made of: surrogates, control and format characters, digits, date words.
_HOSTILE_TEXT = st.lists(
    st.one_of(
        st.characters(categories=["Cs", "Cc", "Cf", "Zl", "Zp"]),
        st.sampled_from(list("0123456789,.- \n") + ["tanks", " Russia lost ", " since February 24 ", " 9999 ",
                                                      " 0001 ", " in 8000 years of war ", "\x1b]0;x\x07",
                                                      " day 99999999 of the war ", "1" * 400]),
        st.characters(),
    ),
    max_size=60,
).map("".join)
_EXTREME_DATES = st.one_of(st.none(), st.dates(), st.sampled_from([dt.date.min, dt.date.max]))
_HUGE_NUMBERS = st.one_of(st.integers(), st.integers(min_value=10**300, max_value=10**400), st.floats())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(
    records=st.lists(
        st.fixed_dictionaries({"id": st.one_of(_HOSTILE_TEXT, _HUGE_NUMBERS, st.none()), "text": _HOSTILE_TEXT},
                              optional={"title": _HOSTILE_TEXT, "url": _HOSTILE_TEXT,
                                        "published": st.one_of(_EXTREME_DATES.map(str), _HOSTILE_TEXT)}),
        min_size=1, max_size=6),
    published=_EXTREME_DATES,
    tail=st.binary(max_size=200),
)
def test_fuzz_readers_extractor_and_store_never_crash(tmp_path: Path, records: list[dict[str, Any]],
                                                       published: dt.date | None, tail: bytes) -> None:
    case = tmp_path / f"case-{time.monotonic_ns()}"
    case.mkdir()
    lines = [json.dumps(r, default=str) for r in records]
    (case / "in.jsonl").write_bytes(("\n".join(lines) + "\n").encode("ascii") + tail)
    (case / "in.warc").write_bytes(b"WARC/1.0\r\nContent-Length: " + tail)
    (case / "in.txt").write_bytes(tail or b"x")
    body = "".join(r["text"] for r in records)
    escaped = body.replace("&", "&amp;").replace("<", "&lt;")
    (case / "in.html").write_bytes(f"<html><body><article><p>{escaped}</p><p>&#xD800;</p></article></body></html>"
                                   .encode("utf-8", "surrogatepass"))
    (case / "in.rss").write_bytes(f'<rss version="2.0"><channel><item><guid>&#xDC00;{escaped}</guid><description>'
                                  f"{escaped} &#xD800;</description></item></channel></rss>"
                                  .encode("utf-8", "surrogatepass"))
    items = list(iter_documents([str(case)], options=ANY_LANGUAGE, stats=ReadStats()))
    assert all(isinstance(i, Document | InputError) for i in items)
    batch = []
    for item in items:
        if isinstance(item, InputError):
            assert len(str(item)) < 5_000
            continue
        item.text.encode("utf-8")  # a document never holds a lone surrogate
        for date in (item.published, published):
            try:
                claims = extract_claims(item.text, published=date, doc_id=item.id)
            except LossledgerError:
                claims = []
            batch.append((item, claims))
    for record in records:  # the extractor straight, with no reader in between
        text = record["text"]
        with contextlib.suppress(LossledgerError):  # a refusal it may make; anything else fails the test
            extract_claims(text, published=published)
    raw_docs: list[tuple[Document, list[Any]]] = [
        (Document(id=str(r["id"]), text=r["text"] or "x", origin=f"fuzz:{n}"), []) for n, r in enumerate(records)]
    with Ledger.open(case / "l.db") as ledger:
        run_id = ledger.start_run("fuzz", {})
        first = ledger.store(batch, run_id=run_id)
        second = ledger.store(raw_docs, run_id=run_id)
    stored = first.added + first.replaced + first.unchanged + len(first.failures)
    assert stored == len(batch)
    assert second.added + second.replaced + second.unchanged + len(second.failures) == len(raw_docs)



def test_item06_a_look_back_stays_bounded_in_one_huge_paragraph() -> None:
    # One paragraph of many figures: a figure's look back at the figures before it reads at most
    # RECENT_MENTIONS of them, so the cost per figure does not grow with the paragraph.
    from types import SimpleNamespace

    from lossledger.extract.document import RECENT_MENTIONS, Reader
    from lossledger.profiles import load_profile

    one_paragraph = SimpleNamespace(paragraph=0)
    reader = Reader("", None, load_profile(None), grammar=EN)
    reader.mentions = [SimpleNamespace(sentence=one_paragraph)] * (RECENT_MENTIONS * 5)  # type: ignore[list-item]
    assert sum(1 for _ in reader.recent_mentions(one_paragraph, paragraphs=2)) == RECENT_MENTIONS  # type: ignore[arg-type]
    text = "".join(f"On May {n % 28 + 1}, 2023, Russia lost {100 + n} tanks, the General Staff said. "
                   for n in range(RECENT_MENTIONS * 2))
    assert len(extract_claims(text, published="2023-06-01")) == RECENT_MENTIONS * 2
