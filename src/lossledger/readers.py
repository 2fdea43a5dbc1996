"""Readers: turn text files, JSON Lines, HTML pages, WARC archives and RSS/Atom feeds into ``Document``s.

Everything streams: files are read record by record (a JSON line, a WARC record, one page), no input is
read whole except a single document capped at ``ReaderOptions.max_bytes``, and the duplicate set holds
16-byte digests only. A bad file or record never stops the run: it is yielded as an ``InputError`` naming
the file and the place (line, record, entry, byte offset), recorded in ``ReadStats.errors``, and reading
goes on with the next record or file. Records that are not documents (a WARC request, an image, a German
article when only English is wanted, a second copy of a text) are counted and listed in ``ReadStats``.

Nothing here touches the network: trafilatura, htmldate and feedparser only ever get parsed trees or
byte streams, never a string that looks like a URL (htmldate and feedparser would fetch one).
"""

from __future__ import annotations

import datetime as dt
import glob
import gzip
import hashlib
import io
import json
import os
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, cast

import feedparser
import htmldate
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import load_html
from warcio.archiveiterator import ArchiveIterator

from .errors import InputError
from .model import Document

__all__ = [
    "FieldMap",
    "PRESETS",
    "ReadStats",
    "ReaderOptions",
    "SUPPORTED_EXTENSIONS",
    "iter_documents",
    "list_inputs",
]

# --------------------------------------------------------------------------------------------------
# Tables (data, not scattered literals)
# --------------------------------------------------------------------------------------------------

#: File extension (after removing a trailing ``.gz``) -> kind of input.
SUPPORTED_EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".warc": "warc",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which JSON fields of a JSON Lines record hold the document's parts (``None``: not present)."""

    text: str
    id: str | None
    date: str | None
    url: str | None
    title: str | None


DEFAULT_FIELDS = FieldMap(text="text", id="id", date="published", url="url", title="title")

#: Field layouts of common news dumps. news-please writes one JSON object per article with ``maintext``
#: and ``date_publish`` (and no id); the Hugging Face ``cc_news`` set uses ``text`` and ``date``.
PRESETS: dict[str, FieldMap] = {
    "default": DEFAULT_FIELDS,
    "news-please": FieldMap(text="maintext", id=None, date="date_publish", url="url", title="title"),
    "cc-news": FieldMap(text="text", id=None, date="date", url="url", title="title"),
}

#: WARC/HTTP content types that hold a web page.
HTML_CONTENT_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml")

#: Root elements that mark an XML document as a feed when sniffing standard input.
FEED_MARKERS: tuple[bytes, ...] = (b"<rss", b"<feed", b"<rdf:rdf", b"<rdf")

#: trafilatura settings for news pages: the article body without comments, boilerplate or link lists.
PAGE_EXTRACTION: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "with_metadata": True,
    # trafilatura runs htmldate itself while reading metadata; keep that pass cheap, the date is
    # found below with the order of evidence we want (page metadata, then URL, then text).
    "date_extraction_params": {"original_date": True, "extensive_search": False},
}

#: Fewer words than this is not an article body but what trafilatura's fallback scraped from a bare page
#: (a lone menu reads "HomeWorld"); the shortest loss sentence, "Russia lost 20 tanks", has four.
MIN_BODY_WORDS = 3

#: A feed entry's content is already the article body: read it with recall, not precision.
FRAGMENT_EXTRACTION: dict[str, Any] = {
    "favor_recall": True,
    "include_comments": False,
    "include_tables": True,
    "with_metadata": False,
}

#: Language identification. Texts shorter than ``SHORT_TEXT_CHARS`` are only rejected when the model is
#: very sure (py3langid's probabilities are length-calibrated, so a short English sentence full of
#: place names may score as Estonian at 0.06; a German sentence scores about 0.9).
SHORT_TEXT_CHARS = 200
SHORT_TEXT_MIN_CONFIDENCE = 0.8
LONG_TEXT_MIN_CONFIDENCE = 0.5
#: Language identification looks at this many characters: enough for a stable guess, fast on long texts.
LANGUAGE_SAMPLE_CHARS = 2_000

#: Readers stop listing individual skipped items and errors past this many (they are still counted), so
#: a crawl with millions of non-HTML records stays in constant memory.
MAX_LISTED_ITEMS = 100_000

#: Chunk size used to skip over an over-long JSON line without holding it.
SKIP_CHUNK_BYTES = 1 << 20

GZIP_MAGIC = b"\x1f\x8b"

#: Bytes allowed after a WARC's last record (some writers end the file with an extra CRLF).
TRAILING_SLACK_BYTES = 4


# --------------------------------------------------------------------------------------------------
# Public types
# --------------------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class ReaderOptions:
    """How to read the inputs.

    The ``*_field`` options name JSON Lines fields; each one left at ``None`` comes from ``preset`` (or the
    default layout: ``id``, ``text``, ``published``, ``url``, ``title``). ``languages`` lists the ISO 639-1
    codes to keep (an empty tuple keeps every language). ``max_bytes`` caps one document, JSON line or
    feed file.
    """

    text_field: str | None = None
    id_field: str | None = None
    date_field: str | None = None
    url_field: str | None = None
    title_field: str | None = None
    preset: str | None = None
    languages: tuple[str, ...] = ("en",)
    max_bytes: int = 50_000_000

    def __post_init__(self) -> None:
        if self.preset is not None and self.preset not in PRESETS:
            raise ValueError(f"unknown preset {self.preset!r}; known presets: {', '.join(sorted(PRESETS))}")
        if self.max_bytes < 1:
            raise ValueError("max_bytes must be positive")
        self.languages = tuple(code.lower() for code in self.languages)

    def field_map(self) -> FieldMap:
        """The JSON Lines field layout: the preset's (or the default), with explicit fields on top."""
        base = PRESETS[self.preset or "default"]
        return FieldMap(
            text=self.text_field or base.text,
            id=self.id_field or base.id,
            date=self.date_field or base.date,
            url=self.url_field or base.url,
            title=self.title_field or base.title,
        )


@dataclass
class ReadStats:
    """What happened while reading: filled in as ``iter_documents`` is consumed.

    ``skipped`` counts records that are not documents by reason (``non-html-record``, ``revisit``,
    ``http-status:404``, ``language:de``, ``empty-entry``, ...); ``skipped_items`` lists them as
    ``(document id or origin, reason)``, duplicates included (reason ``duplicate of <id>``). Past
    ``max_listed`` entries, items and errors are still counted (``unlisted``) but no longer kept.
    """

    files: int = 0
    documents: int = 0
    duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    skipped_items: list[tuple[str, str]] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    error_count: int = 0
    unlisted: int = 0
    max_listed: int = MAX_LISTED_ITEMS

    def note_skip(self, item: str, reason: str, *, count_reason: bool = True) -> None:
        if count_reason:
            self.skipped[reason] += 1
        if len(self.skipped_items) < self.max_listed:
            self.skipped_items.append((item, reason))
        else:
            self.unlisted += 1

    def note_error(self, error: InputError) -> None:
        self.error_count += 1
        if len(self.errors) < self.max_listed:
            self.errors.append(error)
        else:
            self.unlisted += 1


# --------------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------------

_GLOB_CHARS = frozenset("*?[")


def list_inputs(paths: Sequence[str]) -> list[str]:
    """Expand ``paths`` into the list of files to read, in a deterministic order.

    Directories are walked recursively in sorted order (hidden files and folders, whose names start
    with a dot, are left out); glob patterns (``*``, ``?``, ``[...]``, ``**``) are expanded and sorted;
    ``-`` (standard input) and paths that do not exist are kept as given, so that reading them reports
    the problem. A scale-out layer can partition the returned list.
    """
    expanded: list[str] = []
    for raw in paths:
        if raw == "-":
            expanded.append(raw)
        elif os.path.isdir(raw):
            expanded.extend(_walk(raw))
        elif not os.path.exists(raw) and _GLOB_CHARS.intersection(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                expanded.append(raw)
            for match in matches:
                expanded.extend(_walk(match) if os.path.isdir(match) else [match])
        else:
            expanded.append(raw)
    return expanded


def _walk(directory: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, name) for name in sorted(files) if not name.startswith("."))
    # os.walk visits a folder's files before its subfolders; sort the whole list so the order does not
    # depend on that: "a/b.txt" sorts after "a.txt" and before "b/c.txt" whatever the walk did.
    return sorted(found, key=lambda p: Path(p).parts)


def _kind_and_stem(path: str) -> tuple[str | None, str, str]:
    """(kind or None, document stem, extension) from a file name; ``.gz`` is looked through."""
    name = os.path.basename(path)
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem, ext = os.path.splitext(name)
    return SUPPORTED_EXTENSIONS.get(ext.lower()), stem or name, ext.lower()


# --------------------------------------------------------------------------------------------------
# The driver
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Skip:
    """A record that is not a document (not an error): counted and listed by the driver."""

    item: str
    reason: str


_Item = Document | InputError | _Skip


def iter_documents(
    paths: Sequence[str],
    *,
    options: ReaderOptions | None = None,
    stats: ReadStats | None = None,
) -> Iterator[Document | InputError]:
    """Yield documents in a deterministic order; yield (don't raise) an InputError for each bad file/record
    and go on. '-' reads standard input (sniff JSONL vs plain text).

    Paths go through ``list_inputs`` first (directories, globs). A text seen before in this run is not
    yielded again (``stats.duplicates``); documents in languages outside ``options.languages`` are
    skipped. Pass a ``ReadStats`` to learn what was skipped and why.
    """
    options = options or ReaderOptions()
    stats = stats if stats is not None else ReadStats()
    # digest of a text -> id of its first document: about 200 bytes per distinct document, the only
    # state that grows with the input (a million documents: ~200 MB; the texts themselves are not kept).
    seen: dict[bytes, str] = {}
    for path in list_inputs(paths):
        for item in _read_path(path, options, stats):
            if isinstance(item, InputError):
                stats.note_error(item)
                yield item
            elif isinstance(item, _Skip):
                stats.note_skip(item.item, item.reason)
            else:
                document = _admit(item, options, stats, seen)
                if document is not None:
                    stats.documents += 1
                    yield document


def _admit(
    document: Document, options: ReaderOptions, stats: ReadStats, seen: dict[bytes, str]
) -> Document | None:
    """Drop duplicates and unwanted languages (counting them); attach the detected language."""
    digest = hashlib.blake2b(document.text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    first = seen.get(digest)
    if first is not None:
        stats.duplicates += 1
        stats.note_skip(document.id, f"duplicate of {first}", count_reason=False)
        return None
    # Only the first id is kept per digest: the set stays a set of small digests, not of documents.
    seen[digest] = document.id
    language, keep = _judge_language(document.text, options.languages)
    if not keep:
        stats.note_skip(document.id, f"language:{language}")
        return None
    return _with_language(document, language)


def _with_language(document: Document, language: str | None) -> Document:
    return Document(
        id=document.id,
        text=document.text,
        title=document.title,
        url=document.url,
        published=document.published,
        published_basis=document.published_basis,
        language=language,
        origin=document.origin,
    )


def _read_path(path: str, options: ReaderOptions, stats: ReadStats) -> Iterator[_Item]:
    if path == "-":
        stats.files += 1
        yield from _read_stdin(options)
        return
    kind, stem, ext = _kind_and_stem(path)
    if kind is None:
        if not os.path.exists(path):
            yield InputError("no such file or directory", path=path)
        else:
            known = ", ".join(sorted(SUPPORTED_EXTENSIONS))
            yield InputError(f"unsupported file type {ext or '(none)'!r} (supported: {known}, and .gz)",
                             path=path)
        return
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed in the finally below, after a generator runs
    except OSError as exc:
        yield InputError(_os_message(exc), path=path)
        return
    stats.files += 1
    try:
        yield from _READERS[kind](_maybe_gunzip(raw), path, stem, options)
    except OSError as exc:  # e.g. a read error on a failing disk or a network mount
        yield InputError(_os_message(exc), path=path)
    finally:
        raw.close()


def _os_message(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def _buffered(stream: IO[bytes]) -> io.BufferedReader:
    """The stream with ``peek`` (files opened "rb" have it; a BytesIO standing in for stdin does not)."""
    if isinstance(stream, io.BufferedReader):
        return stream
    return io.BufferedReader(cast(io.RawIOBase, stream))


def _maybe_gunzip(raw: IO[bytes]) -> IO[bytes]:
    """The stream, decompressed if it starts with the gzip magic (whatever the file is called).

    Either way the result has ``peek`` and ``read1``. A GzipFile is not wrapped in a second buffer: its
    ``read1`` returns what was decompressed before a truncation is hit, a BufferedReader's would not.
    """
    buffered = _buffered(raw)
    if buffered.peek(2)[:2] == GZIP_MAGIC:
        return cast(IO[bytes], gzip.GzipFile(fileobj=buffered, mode="rb"))
    return cast(IO[bytes], buffered)


_DECOMPRESSION_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile)


def _read_capped(stream: IO[bytes], max_bytes: int) -> bytes | None:
    """Up to ``max_bytes`` bytes of the stream, or None if there is more than that."""
    data = stream.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _too_big(max_bytes: int) -> str:
    return f"larger than the limit of {max_bytes:,} bytes (raise max_bytes to read it)"


# --------------------------------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------------------------------


def _decode_utf8(
    data: bytes, path: str, *, where: str | None = None, base_offset: int = 0
) -> str | InputError:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = base_offset + exc.start
        place = f"{where}, byte offset {offset}" if where else f"byte offset {offset}"
        return InputError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", path=path, location=place)
    return text.removeprefix("\ufeff")


def _read_text(stream: IO[bytes], path: str, stem: str, options: ReaderOptions) -> Iterator[_Item]:
    try:
        data = _read_capped(stream, options.max_bytes)
    except _DECOMPRESSION_ERRORS as exc:
        yield InputError(f"truncated or corrupt gzip data: {exc}", path=path)
        return
    if data is None:
        yield InputError(_too_big(options.max_bytes), path=path)
        return
    document = _text_document(data, path, stem, origin=path)
    yield document


def _text_document(data: bytes, path: str, stem: str, *, origin: str) -> Document | InputError:
    if not data.strip():
        return InputError("empty" if not data else "empty (only whitespace)", path=path)
    nul = data.find(b"\x00")
    if nul >= 0:
        return InputError("binary data, not text (NUL byte)", path=path, location=f"byte offset {nul}")
    text = _decode_utf8(data, path)
    if isinstance(text, InputError):
        return text
    if not text.strip():  # e.g. a byte order mark and nothing else
        return InputError("empty (only whitespace)", path=path)
    return Document(id=stem, text=text, published=None, published_basis="unknown", origin=origin)


# --------------------------------------------------------------------------------------------------
# JSON Lines
# --------------------------------------------------------------------------------------------------


def _read_jsonl(stream: IO[bytes], path: str, stem: str, options: ReaderOptions) -> Iterator[_Item]:
    fields = options.field_map()
    line_number = 0
    records = 0
    offset = 0
    while True:
        try:
            line = stream.readline(options.max_bytes + 1)
        except _DECOMPRESSION_ERRORS as exc:
            yield InputError(f"truncated or corrupt gzip data: {exc}", path=path,
                             location=f"line {line_number + 1}")
            return
        if not line:
            if records == 0:
                yield InputError("empty: no JSON records", path=path)
            return
        line_number += 1
        line_offset = offset
        offset += len(line)
        if len(line) > options.max_bytes and not line.endswith(b"\n"):
            try:
                offset += _skip_rest_of_line(stream)
            except _DECOMPRESSION_ERRORS as exc:
                yield InputError(f"truncated or corrupt gzip data: {exc}", path=path,
                                 location=f"line {line_number}")
                return
            yield InputError(f"line {_too_big(options.max_bytes)}", path=path, location=f"line {line_number}")
            records += 1
            continue
        if not line.strip():
            continue  # blank lines separate nothing in JSON Lines; they carry no record
        records += 1
        yield _jsonl_record(line, path, stem, line_number, line_offset, fields)


def _skip_rest_of_line(stream: IO[bytes]) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(SKIP_CHUNK_BYTES)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _jsonl_record(
    line: bytes, path: str, stem: str, line_number: int, line_offset: int, fields: FieldMap
) -> Document | InputError:
    where = f"line {line_number}"
    decoded = _decode_utf8(line, path, where=where, base_offset=line_offset)
    if isinstance(decoded, InputError):
        return decoded
    try:
        record = json.loads(decoded)
    except json.JSONDecodeError as exc:
        return InputError(f"not JSON: {exc.msg} (column {exc.colno})", path=path, location=where)
    if not isinstance(record, dict):
        return InputError(f"not a JSON object but {type(record).__name__}", path=path, location=where)
    text = record.get(fields.text)
    if text is None:
        return InputError(f"no {fields.text!r} field", path=path, location=where)
    if not isinstance(text, str):
        return InputError(f"field {fields.text!r} is {type(text).__name__}, not a string", path=path,
                          location=where)
    if not text.strip():
        return InputError(f"field {fields.text!r} is empty", path=path, location=where)
    if "\x00" in text:
        return InputError(f"field {fields.text!r} holds binary data (NUL character)", path=path,
                          location=where)
    doc_id = _record_id(record.get(fields.id) if fields.id else None)
    if isinstance(doc_id, str) and not doc_id:
        doc_id = None
    if doc_id is _BAD_ID:
        return InputError(f"field {fields.id!r} is not a string or integer", path=path, location=where)
    published: dt.date | None = None
    raw_date = record.get(fields.date) if fields.date else None
    if raw_date not in (None, ""):
        published = _parse_date(raw_date)
        if published is None:
            return InputError(f"field {fields.date!r} is not a date: {str(raw_date)[:60]!r}", path=path,
                              location=where)
    return Document(
        id=doc_id if isinstance(doc_id, str) else f"{stem}-{line_number}",
        text=text,
        title=_optional_string(record.get(fields.title) if fields.title else None),
        url=_optional_string(record.get(fields.url) if fields.url else None),
        published=published,
        published_basis="given" if published else "unknown",
        origin=f"{path}:{line_number}",
    )


_BAD_ID = object()


def _record_id(value: object) -> object:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _BAD_ID


def _optional_string(value: object) -> str | None:
    # Title and URL are conveniences: a record with a malformed one is still a document.
    return value.strip() or None if isinstance(value, str) else None


def _parse_date(value: object) -> dt.date | None:
    """An ISO date or date-time ("2022-11-13", "2022-11-13T09:00:00Z", "2022-11-13 09:00:00")."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------------
# HTML pages
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Page:
    text: str
    title: str | None
    url: str | None
    published: dt.date | None
    basis: str


def _read_html(stream: IO[bytes], path: str, stem: str, options: ReaderOptions) -> Iterator[_Item]:
    try:
        data = _read_capped(stream, options.max_bytes)
    except _DECOMPRESSION_ERRORS as exc:
        yield InputError(f"truncated or corrupt gzip data: {exc}", path=path)
        return
    if data is None:
        yield InputError(_too_big(options.max_bytes), path=path)
        return
    page = _page_from_html(data, path=path, location=None, url_hint=None)
    if isinstance(page, InputError):
        yield page
        return
    yield Document(id=stem, text=page.text, title=page.title, url=page.url, published=page.published,
                   published_basis=page.basis, origin=path)


def _page_from_html(
    data: bytes, *, path: str, location: str | None, url_hint: str | None
) -> _Page | InputError:
    """Main text, title, URL and publication date of one HTML page (never fetches anything)."""
    if not data.strip():
        return InputError("empty", path=path, location=location)
    nul = data.find(b"\x00")
    if nul >= 0:
        return InputError("binary data, not HTML (NUL byte)", path=path,
                          location=_join(location, f"byte offset {nul}"))
    tree = _parse_html(data)
    if tree is None:
        return InputError("not an HTML document", path=path, location=location)
    # trafilatura copies the tree before pruning it, and htmldate works on a deep copy: one parse serves both.
    try:
        extracted = bare_extraction(tree, url=url_hint, **PAGE_EXTRACTION)
    except Exception as exc:  # noqa: BLE001 - trafilatura can trip on exotic markup; report, don't crash
        return InputError(f"HTML extraction failed: {type(exc).__name__}: {exc}", path=path,
                          location=location)
    text = (getattr(extracted, "text", None) or "").strip() if extracted is not None else ""
    if len(text.split()) < MIN_BODY_WORDS:
        return InputError("no article text found in the HTML", path=path, location=location)
    url = url_hint or getattr(extracted, "url", None) or None
    published, basis = _page_date(tree, url)
    return _Page(text=text, title=getattr(extracted, "title", None) or None, url=url,
                 published=published, basis=basis)


def _join(*parts: str | None) -> str | None:
    joined = ", ".join(p for p in parts if p)
    return joined or None


def _parse_html(data: bytes) -> HtmlElement | None:
    try:
        tree = load_html(data)
    except Exception:  # noqa: BLE001 - lxml raises several types on garbage; all mean "not HTML"
        return None
    return tree if isinstance(tree, HtmlElement) else None


def _page_date(tree: HtmlElement, url: str | None) -> tuple[dt.date | None, str]:
    """Publication date and its basis: the page's markup, else the URL, else unknown.

    htmldate's free-text pass (``extensive_search``) is left out on purpose: on a page without date
    markup it turns the footer's "Copyright 2022" into 2022-01-01, and body dates ("as of November 13")
    are as-of dates, not publication dates. Undated documents are dated from their text by the
    extractor, which knows which dates are which.
    """
    # htmldate looks at a URL it is given *before* the markup, so the markup pass gets none.
    found = _find_date(tree, {"extensive_search": False})
    if found is not None:
        return found, "metadata"
    if url:
        found = _find_date(tree, {"extensive_search": False, "url": url})
        if found is not None:
            return found, "url"
    return None, "unknown"


def _find_date(tree: HtmlElement, params: dict[str, Any]) -> dt.date | None:
    try:
        found = htmldate.find_date(tree, original_date=True, outputformat="%Y-%m-%d", **params)
    except Exception:  # noqa: BLE001 - a date we cannot read is a date we do not have
        return None
    if not found:
        return None
    try:
        return dt.date.fromisoformat(found)
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------------
# WARC
# --------------------------------------------------------------------------------------------------


class _WatchedStream(io.RawIOBase):
    """Passes reads through and remembers the first decompression failure.

    warcio takes an EOFError from its stream for the end of the archive, so a gzip file cut short
    (even by just its 8-byte trailer) would otherwise read as a complete, shorter WARC.
    """

    def __init__(self, stream: IO[bytes]) -> None:
        super().__init__()
        self._stream = stream
        self.position = 0
        self.failure: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            # read1: hand over what has been decompressed so far, so a failure loses no good bytes
            read = getattr(self._stream, "read1", self._stream.read)
            data = read(len(buffer))
        except _DECOMPRESSION_ERRORS as exc:
            self.failure = self.failure or exc
            raise
        size = len(data)
        buffer[:size] = data
        self.position += size
        return size

    def tell(self) -> int:
        return self.position


def _read_warc(stream: IO[bytes], path: str, stem: str, options: ReaderOptions) -> Iterator[_Item]:
    # The stream arrives decompressed (gzip is undone for every kind alike), so offsets count
    # uncompressed bytes and truncation surfaces as an error of Python's gzip module.
    watched = _WatchedStream(stream)
    compressed = isinstance(stream, gzip.GzipFile)
    records = ArchiveIterator(watched)
    iterator = iter(records)
    number = 0
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001 - on corrupt bytes warcio raises many types (even AttributeError)
            after = f" after record {number}" if number else ""
            yield InputError(f"truncated or corrupt WARC{after}: {_describe(watched.failure or exc)}",
                             path=path, location=f"record {number + 1}")
            return
        number += 1
        # The start of the current record; get_record_offset() would read the record to its end.
        offset = getattr(records, "offset", None)
        problem = _warc_header_problem(record)
        if problem is not None:
            # Without a sound header there is no telling where the next record starts: stop here.
            yield InputError(problem, path=path, location=_record_location(number, offset, compressed))
            return
        item = _warc_item(record, path, stem, f"{path}#record-{number}",
                          _record_location(number, offset, compressed), number, options)
        yield item
        if watched.failure is not None and isinstance(item, InputError):
            return  # the archive ends in this record: one error says so
    if watched.failure is not None:
        yield InputError(f"truncated or corrupt gzip data: {_describe(watched.failure)}", path=path,
                         location=f"record {max(number, 1)} or after it")
        return
    leftover = _bytes_after_last_record(records)
    if leftover > TRAILING_SLACK_BYTES:
        # warcio ends quietly when a file stops inside a record's header (e.g. a cut gzip member).
        yield InputError(f"truncated or corrupt WARC: {leftover:,} bytes after record {number} are not a "
                         "complete record", path=path,
                         location=_record_location(number + 1, records.offset, compressed))
    elif number == 0:
        yield InputError("empty: no WARC records", path=path)


def _bytes_after_last_record(records: ArchiveIterator) -> int:
    try:
        consumed = int(records.fh.tell())
    except (OSError, AttributeError, ValueError):
        return 0
    return max(0, consumed - int(records.offset or 0))


def _warc_item(
    record: Any, path: str, stem: str, origin: str, location: str, number: int, options: ReaderOptions
) -> _Item:
    try:
        reason = _warc_skip_reason(record)
        body = None if reason is not None else _read_capped(record.content_stream(), options.max_bytes)
        missing = _unread_record_bytes(record)
    except Exception as exc:  # noqa: BLE001 - corrupt gzip, chunked or brotli bodies raise many types
        return InputError(f"cannot read the record: {_describe(exc)}", path=path, location=location)
    if reason is not None:
        if missing:
            return InputError(f"truncated record: {missing:,} bytes of its declared length are missing",
                              path=path, location=location)
        return _Skip(origin, reason)
    if missing:
        # warcio hands out a cut-off record without complaint; a prefix of a page is not the page.
        return InputError(f"truncated record: {missing:,} bytes of its declared length are missing",
                          path=path, location=location)
    if body is None:
        return InputError(f"page {_too_big(options.max_bytes)}", path=path, location=location)
    target = record.rec_headers.get_header("WARC-Target-URI") or None
    page = _page_from_html(body, path=path, location=location, url_hint=target)
    if isinstance(page, InputError):
        return page
    published, basis = page.published, page.basis
    if published is None:
        published = _warc_date(record.rec_headers.get_header("WARC-Date"))
        basis = "warc" if published else "unknown"
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    doc_id = f"warc-{_digest(record_id)}" if record_id else f"{stem}-record-{number}"
    return Document(id=doc_id, text=page.text, title=page.title, url=target or page.url, published=published,
                    published_basis=basis, origin=origin)


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _record_location(number: int, offset: int | None, compressed: bool) -> str:
    if offset is None:
        return f"record {number}"
    return f"record {number} ({'uncompressed ' if compressed else ''}offset {offset})"


def _warc_header_problem(record: Any) -> str | None:
    if record.format != "warc":
        # warcio also reads the older ARC format, and reads almost any text line as an ARC header.
        return "not a WARC record (the file is not a WARC archive or is corrupt here)"
    if record.length is None:
        return "truncated or malformed WARC record header (no Content-Length)"
    return None


def _warc_skip_reason(record: Any) -> str | None:
    """Why a WARC record is not a page to read, or None if it is one."""
    if record.rec_type == "revisit":
        return "revisit"
    if record.rec_type != "response" or record.http_headers is None:
        return "non-html-record"
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_CONTENT_TYPES):
        return "non-html-record"
    status = (record.http_headers.get_statuscode() or "").strip()
    if status and not status.startswith("2"):
        return f"http-status:{status}"
    return None


def _unread_record_bytes(record: Any) -> int:
    """Read the record block to its end (in chunks) and return how many declared bytes never came."""
    raw = record.raw_stream
    while raw.read(SKIP_CHUNK_BYTES):
        pass
    return int(getattr(raw, "limit", 0) or 0)


def _digest(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _warc_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------------
# RSS / Atom
# --------------------------------------------------------------------------------------------------


def _read_feed(stream: IO[bytes], path: str, stem: str, options: ReaderOptions) -> Iterator[_Item]:
    try:
        data = _read_capped(stream, options.max_bytes)
    except _DECOMPRESSION_ERRORS as exc:
        yield InputError(f"truncated or corrupt gzip data: {exc}", path=path)
        return
    if data is None:
        yield InputError(f"feed {_too_big(options.max_bytes)}", path=path)
        return
    if not data.strip():
        yield InputError("empty", path=path)
        return
    # A stream, not bytes or str: feedparser fetches anything that looks like a URL.
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # noqa: BLE001 - feedparser trips on some broken encoding declarations
        yield InputError(f"not an RSS or Atom feed: {_describe(exc)}", path=path)
        return
    entries = parsed.get("entries") or []
    if not parsed.get("version") and not entries:
        # Many real feeds are "bozo" (wrong declared encoding, a stray '&') and still fine; only a
        # document that yields no feed at all is an error.
        problem = parsed.get("bozo_exception")
        detail = f": {str(problem).strip() or type(problem).__name__}" if problem else ""
        yield InputError(f"not an RSS or Atom feed{detail}", path=path)
        return
    if not entries:
        yield _Skip(path, "empty-feed")
        return
    for number, entry in enumerate(entries, start=1):
        yield _feed_item(entry, path, stem, number)


def _feed_item(entry: Any, path: str, stem: str, number: int) -> _Item:
    origin = f"{path}#entry-{number}"
    text = _entry_text(entry)
    if not text:
        return _Skip(origin, "empty-entry")
    published, basis = _entry_date(entry)
    guid = entry.get("id") or entry.get("link")
    return Document(
        id=f"{stem}-{_digest(guid)}" if guid else f"{stem}-{number}",
        text=text,
        title=_optional_string(entry.get("title")),
        url=_optional_string(entry.get("link")),
        published=published,
        published_basis=basis,
        origin=origin,
    )


def _entry_text(entry: Any) -> str:
    """The entry's full content if it has one, else its summary, as plain text."""
    candidates: list[tuple[str, str]] = [
        (part.get("value") or "", part.get("type") or "") for part in entry.get("content") or []
    ]
    summary = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary") or "", summary.get("type") or "text/html"))
    for value, content_type in sorted(candidates, key=lambda c: len(c[0]), reverse=True):
        if not value.strip():
            continue
        text = _html_fragment_text(value) if "html" in content_type else value.strip()
        if text:
            return text
    return ""


def _html_fragment_text(fragment: str) -> str:
    # trafilatura expects a whole page and rejects a lone fragment: wrap it in one.
    tree = _parse_html(f"<html><body><article>{fragment}</article></body></html>".encode())
    if tree is None:
        return ""
    try:
        extracted = bare_extraction(tree, **FRAGMENT_EXTRACTION)
    except Exception:  # noqa: BLE001 - see _page_from_html
        extracted = None
    text = (getattr(extracted, "text", None) or "").strip() if extracted is not None else ""
    return text or " ".join(tree.text_content().split())


def _entry_date(entry: Any) -> tuple[dt.date | None, str]:
    for key in ("published_parsed", "created_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday), "metadata"
            except (ValueError, AttributeError):
                continue
    return None, "unknown"


# --------------------------------------------------------------------------------------------------
# Standard input
# --------------------------------------------------------------------------------------------------

STDIN_NAME = "<stdin>"
SNIFF_BYTES = 4096


def _read_stdin(options: ReaderOptions) -> Iterator[_Item]:
    try:
        peek_source = _maybe_gunzip(_stdin_bytes())
        head = cast(Any, peek_source).peek(SNIFF_BYTES)[:SNIFF_BYTES]
    except _DECOMPRESSION_ERRORS as exc:
        yield InputError(f"truncated or corrupt gzip data: {exc}", path=STDIN_NAME)
        return
    kind = _sniff(head)
    yield from _READERS[kind](peek_source, STDIN_NAME, "stdin", options)


def _stdin_bytes() -> IO[bytes]:
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
    return stream  # type: ignore[return-value]


def _sniff(head: bytes) -> str:
    """Kind of input from its first bytes: JSON Lines, WARC, feed, HTML, or else plain text."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lowered = start[:SNIFF_BYTES].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"<"):
        if any(marker in lowered for marker in FEED_MARKERS) and b"<html" not in lowered:
            return "feed"
        if b"<html" in lowered or b"<!doctype html" in lowered or b"<body" in lowered:
            return "html"
    return "text"


# --------------------------------------------------------------------------------------------------
# Language
# --------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # py3langid ships its model inside the package: loading it reads a local file, nothing downloads.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _judge_language(text: str, wanted: tuple[str, ...]) -> tuple[str | None, bool]:
    """(language to record or None when unsure, whether to keep the document)."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    language, confidence = _identifier().classify(sample)
    short = len(text.strip()) < SHORT_TEXT_CHARS
    threshold = SHORT_TEXT_MIN_CONFIDENCE if short else LONG_TEXT_MIN_CONFIDENCE
    sure = confidence >= threshold
    if not wanted or language in wanted:
        return (language if sure or not short else None), True
    if not sure:
        return None, True  # an unreliable guess never costs a document
    return language, False


_READERS: dict[str, Callable[[IO[bytes], str, str, ReaderOptions], Iterator[_Item]]] = {
    "text": _read_text,
    "warc": _read_warc,
    "jsonl": _read_jsonl,
    "html": _read_html,
    "feed": _read_feed,
}
