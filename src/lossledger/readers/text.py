"""Plain-text files and JSON Lines."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import IO

from ..errors import InputError
from ..model import Document
from ._base import (
    DECOMPRESSION_ERRORS,
    SKIP_CHUNK_BYTES,
    FieldMap,
    Item,
    ReaderOptions,
    lone_surrogate,
    read_whole,
    too_big,
)

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


def read_text(stream: IO[bytes], path: str, stem: str, options: ReaderOptions) -> Iterator[Item]:
    data = read_whole(stream, path, options.max_bytes)
    if isinstance(data, InputError):
        yield data
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


def read_jsonl(stream: IO[bytes], path: str, stem: str, options: ReaderOptions) -> Iterator[Item]:
    fields = options.field_map()
    line_number = 0
    records = 0
    offset = 0
    while True:
        try:
            line = stream.readline(options.max_bytes + 1)
        except DECOMPRESSION_ERRORS as exc:
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
            except DECOMPRESSION_ERRORS as exc:
                yield InputError(f"truncated or corrupt gzip data: {exc}", path=path,
                                 location=f"line {line_number}")
                return
            yield InputError(f"line {too_big(options.max_bytes)}", path=path, location=f"line {line_number}")
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
    for name in (fields.text, fields.id, fields.title, fields.url, fields.date):
        value = record.get(name) if name else None
        where_bad = lone_surrogate(value) if isinstance(value, str) else None
        if where_bad is not None:
            return InputError(f"field {name!r} holds a lone surrogate ({where_bad}): not Unicode text",
                              path=path, location=where)
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
        title=optional_string(record.get(fields.title) if fields.title else None),
        url=optional_string(record.get(fields.url) if fields.url else None),
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


def optional_string(value: object) -> str | None:
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
