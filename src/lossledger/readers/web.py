"""Web formats: HTML pages (trafilatura, htmldate), WARC archives (warcio) and RSS/Atom feeds (feedparser).

Nothing here touches the network: trafilatura, htmldate and feedparser only ever get parsed trees or
byte streams, never a string that looks like a URL (htmldate and feedparser would fetch one).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

import feedparser
import htmldate
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import load_html
from warcio.archiveiterator import ArchiveIterator

from ..errors import InputError
from ..model import Document
from ._base import (
    DECOMPRESSION_ERRORS,
    SKIP_CHUNK_BYTES,
    Item,
    ReaderOptions,
    Skip,
    describe_error,
    read_capped,
    read_whole,
    shorten,
    too_big,
)
from .text import optional_string

#: WARC/HTTP content types that hold a web page.
HTML_CONTENT_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml")

#: trafilatura settings for news pages: the article body without comments, boilerplate or link lists.
PAGE_EXTRACTION: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "with_metadata": True,
    # trafilatura runs htmldate itself while reading metadata; keep that pass cheap, the date is
    # found below with the order of evidence we want (the markup, then the URL).
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


#: Bytes allowed after a WARC's last record (some writers end the file with an extra CRLF).
TRAILING_SLACK_BYTES = 4

#: Most bytes one WARC record's headers (WARC and HTTP, with the blank lines before them) may take. warcio
#: reads a header line whole, however long: a file without line ends (2 GiB of zeros) was read into memory.
MAX_WARC_HEADER_BYTES = 1 << 20



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


def read_html(stream: IO[bytes], path: str, stem: str, options: ReaderOptions) -> Iterator[Item]:
    data = read_whole(stream, path, options.max_bytes)
    if isinstance(data, InputError):
        yield data
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
        return InputError(f"HTML extraction failed: {type(exc).__name__}: {shorten(str(exc))}", path=path,
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


class _HeaderTooLong(Exception):
    """A WARC record's headers run past ``MAX_WARC_HEADER_BYTES``."""


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
        #: Bytes that may still be read while a record's headers are parsed (None: reading a body).
        self.header_budget: int | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            # read1: hand over what has been decompressed so far, so a failure loses no good bytes
            read = getattr(self._stream, "read1", self._stream.read)
            data = read(len(buffer))
        except DECOMPRESSION_ERRORS as exc:
            self.failure = self.failure or exc
            raise
        size = len(data)
        buffer[:size] = data
        self.position += size
        if self.header_budget is not None:
            self.header_budget -= size
            if self.header_budget < 0:
                self.failure = self.failure or _HeaderTooLong(
                    f"record header longer than {MAX_WARC_HEADER_BYTES:,} bytes (no end of line or of header)")
                raise self.failure
        return size

    def tell(self) -> int:
        return self.position


def read_warc(stream: IO[bytes], path: str, stem: str, options: ReaderOptions) -> Iterator[Item]:
    # The stream arrives decompressed (gzip is undone for every kind alike), so offsets count
    # uncompressed bytes and truncation surfaces as an error of Python's gzip module.
    watched = _WatchedStream(stream)
    compressed = isinstance(stream, gzip.GzipFile)
    records = ArchiveIterator(watched)
    iterator = iter(records)
    number = 0
    while True:
        watched.header_budget = MAX_WARC_HEADER_BYTES
        try:
            record = next(iterator)
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001 - on corrupt bytes warcio raises many types (even AttributeError)
            after = f" after record {number}" if number else ""
            yield InputError(f"truncated or corrupt WARC{after}: {describe_error(watched.failure or exc)}",
                             path=path, location=f"record {number + 1}")
            return
        finally:
            watched.header_budget = None
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
        with contextlib.suppress(Exception):  # a record that failed midway: its rest is not a header
            _unread_record_bytes(record)
        yield item
        if watched.failure is not None and isinstance(item, InputError):
            return  # the archive ends in this record: one error says so
    if watched.failure is not None:
        yield InputError(f"truncated or corrupt gzip data: {describe_error(watched.failure)}", path=path,
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
) -> Item:
    try:
        reason = _warc_skip_reason(record)
        body = None if reason is not None else read_capped(record.content_stream(), options.max_bytes)
        missing = _unread_record_bytes(record)
    except Exception as exc:  # noqa: BLE001 - corrupt gzip, chunked or brotli bodies raise many types
        return InputError(f"cannot read the record: {describe_error(exc)}", path=path, location=location)
    if reason is not None:
        if missing:
            return InputError(f"truncated record: {missing:,} bytes of its declared length are missing",
                              path=path, location=location)
        return Skip(origin, reason)
    if missing:
        # warcio hands out a cut-off record without complaint; a prefix of a page is not the page.
        return InputError(f"truncated record: {missing:,} bytes of its declared length are missing",
                          path=path, location=location)
    if body is None:
        return InputError(f"page {too_big(options.max_bytes)}", path=path, location=location)
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
    declared = (record.rec_headers.get_header("Content-Length") or "").strip()
    if not _DIGITS.fullmatch(declared):
        # warcio reads a Content-Length that is cut short or not a number as 0: the record would be lost
        return f"truncated or malformed WARC record header (Content-Length {shorten(declared, 40)!r})"
    return None


_DIGITS = re.compile(r"[0-9]+")


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


def read_feed(stream: IO[bytes], path: str, stem: str, options: ReaderOptions) -> Iterator[Item]:
    data = read_whole(stream, path, options.max_bytes, what="feed ")
    if isinstance(data, InputError):
        yield data
        return
    if not data.strip():
        yield InputError("empty", path=path)
        return
    # A stream, not bytes or str: feedparser fetches anything that looks like a URL.
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # noqa: BLE001 - feedparser trips on some broken encoding declarations
        yield InputError(f"not an RSS or Atom feed: {describe_error(exc)}", path=path)
        return
    entries = parsed.get("entries") or []
    if not parsed.get("version") and not entries:
        # Many real feeds are "bozo" (wrong declared encoding, a stray '&') and still fine; only a
        # document that yields no feed at all is an error.
        problem = parsed.get("bozo_exception")
        detail = f": {shorten(str(problem).strip()) or type(problem).__name__}" if problem else ""
        yield InputError(f"not an RSS or Atom feed{detail}", path=path)
        return
    if not entries:
        yield Skip(path, "empty-feed")
        return
    for number, entry in enumerate(entries, start=1):
        yield _feed_item(entry, path, stem, number)


def _feed_item(entry: Any, path: str, stem: str, number: int) -> Item:
    origin = f"{path}#entry-{number}"
    text = _entry_text(entry)
    if not text:
        return Skip(origin, "empty-entry")
    published, basis = _entry_date(entry)
    guid = entry.get("id") or entry.get("link")
    return Document(
        id=f"{stem}-{_digest(guid)}" if guid else f"{stem}-{number}",
        text=text,
        title=optional_string(entry.get("title")),
        url=optional_string(entry.get("link")),
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
