"""Telegram Desktop channel exports ("Export chat history", JSON: ``result.json``).

An export is one JSON object: the chat's ``name``, ``type`` and ``id``, then ``messages``, a list of
``{"id", "type": "message" | "service", "date", "date_unixtime", "text", "text_entities", ...}``. Each
message with text becomes a document:

* id ``<channel>/<message id>``; URL ``https://t.me/<channel>/<message id>``. The channel is the
  ``telegram_channel`` option (``--telegram-channel``), else a ``username`` in the export. Telegram
  Desktop does not write the channel's public username into the export, so without the option the id
  is ``<chat id>/<message id>`` (the export's numeric ``id``) and there is no URL.
* dated by ``date`` (the local time the export shows), or by ``date_unixtime`` (UTC) when ``date`` is
  missing; ``published_basis`` is ``given``.
* text: ``text`` is a string or a list of parts (strings, or objects with a ``text``: bold, links,
  hashtags), joined as written; ``text_entities`` stands in when ``text`` is absent.

Service messages (a pinned post, a changed title) and messages with no text (a photo without a
caption) are counted and listed as skipped (``service-message``, ``empty-message``). The file is read
message by message with ijson, so an export of any size reads in the memory of one message; a single
message over ``max_bytes`` is an error naming it. A message without a usable id or date is an error
naming it; the rest are still read. JSON broken mid-file ends the file with one error saying where
(in or after which message); so does nesting deeper than any export has (``MAX_NESTING``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import IO, Any

import ijson

from ..errors import InputError
from ..model import Document
from ._base import DECOMPRESSION_ERRORS, Item, ReaderOptions, Skip, channel_name, describe_error, too_big

#: The start of a Telegram export, recognised by content: a JSON object whose keys before ``messages``
#: are the chat's scalars (``name``, ``type``, ``id``, ...) and whose ``messages`` is a list. A JSON Lines
#: record starts ``{"id": ..., "text": ...`` and never reaches a ``"messages": [`` this way.
EXPORT_START = re.compile(
    rb'\A(?:\xef\xbb\xbf)?\s*\{\s*(?:"[a-z_]+"\s*:\s*(?:"(?:[^"\\]|\\.)*"|-?\d+|true|false|null)\s*,\s*)*'
    rb'"messages"\s*:\s*\['
)

#: Top-level keys read before the messages: what names the chat.
HEADER_KEYS = frozenset({"name", "type", "id", "username"})

#: ijson reads this many bytes at a time.
READ_CHUNK_BYTES = 64 * 1024

TELEGRAM_URL = "https://t.me/{channel}/{message}"

def looks_like_export(head: bytes) -> bool:
    """Whether the first bytes of a file open a Telegram export (JSON object with a ``messages`` list)."""
    return EXPORT_START.match(head) is not None


class _CountingReader:
    """The stream, counting the bytes read: the size of one message, for the cap."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.count += len(data)
        return data


def read_telegram(stream: IO[bytes], path: str, stem: str, options: ReaderOptions) -> Iterator[Item]:
    counted = _CountingReader(stream)
    # basic_parse, not parse: parse builds a path string per event, which grows with the nesting depth
    events = ijson.basic_parse(counted, buf_size=READ_CHUNK_BYTES, use_float=True)
    header: dict[str, Any] = {}
    number = 0  # messages met so far
    where: str | None = None  # where a broken JSON would be found
    found = False
    try:
        first = next(events, None)
        if first is None or first[0] != "start_map":
            yield InputError(_NOT_AN_EXPORT, path=path)
            return
        for event, key in events:
            if event == "end_map":
                break  # the end of the export
            # event is "map_key": the value of top-level key ``key`` follows
            event, value = _next(events)
            if key == "messages" and event == "start_array" and not found:
                found = True
                for event, value in events:
                    if event == "end_array":
                        break
                    number += 1
                    where = f"message {number}"
                    message, problem = _build(events, event, value, counted, options.max_bytes)
                    where = f"after message {number}"
                    if problem:
                        yield InputError(problem, path=path, location=f"message {number}")
                        if problem == _TOO_DEEP:
                            return  # no way to find the next message
                    else:
                        yield _message_item(message, header, path, stem, number, options)
            elif key in HEADER_KEYS and event in ("string", "number"):
                header[key] = value
            else:
                _, problem = _build(events, event, value, counted, 0, skip=True)
                if problem:
                    yield InputError(problem, path=path, location=f"key {key!r}")
                    return
    except ijson.JSONError as exc:
        if counted.count == 0:
            yield InputError("empty", path=path)
            return
        yield InputError(f"not valid JSON: {_json_problem(exc)}", path=path, location=where)
        return
    except DECOMPRESSION_ERRORS as exc:
        yield InputError(f"truncated or corrupt gzip data: {exc}", path=path, location=where)
        return
    if not found:
        yield InputError(_NOT_AN_EXPORT, path=path)
    elif number == 0:
        yield InputError("empty: a Telegram export with no messages", path=path)


_NOT_AN_EXPORT = ("not a Telegram Desktop export (a JSON object with a 'messages' list); "
                  "JSON Lines files end in .jsonl")

#: Deeper than any message Telegram writes (text parts are three levels down); guards the parser's memory.
MAX_NESTING = 64
_TOO_DEEP = f"nested deeper than {MAX_NESTING} levels, as no Telegram export is"


def _build(events: Iterator[tuple[str, Any]], event: str, value: Any, counted: _CountingReader,
           max_bytes: int, *, skip: bool = False) -> tuple[Any, str | None]:
    """The value starting with (``event``, ``value``), read to its end from ``events``: (value, None), or
    (None, what is wrong) when it is over ``max_bytes`` or too deep. ``skip``: read past it, keep nothing."""
    if event not in ("start_map", "start_array"):
        return value, None
    start = counted.count
    builder = None if skip else ijson.ObjectBuilder()
    depth = 0
    problem = None
    while True:
        if builder is not None:
            builder.event(event, value)
            # stop building (but go on reading to the message's end) once it is over the cap
            if counted.count - start > max_bytes + READ_CHUNK_BYTES:
                problem, builder = f"message {too_big(max_bytes)}", None
        if event in ("start_map", "start_array"):
            depth += 1
            if depth > MAX_NESTING:
                return None, _TOO_DEEP
        elif event in ("end_map", "end_array"):
            depth -= 1
            if depth == 0:
                return (builder.value if builder is not None and problem is None else None), problem
        event, value = _next(events)


def _json_problem(exc: ijson.JSONError) -> str:
    # the C parser (yajl) gives its message as bytes, with the text around the error on further lines
    first = exc.args[0] if exc.args else exc
    text = first.decode("utf-8", "replace") if isinstance(first, bytes) else str(first)
    return describe_error(ValueError(text.strip()))


def _next(events: Iterator[tuple[str, Any]]) -> tuple[str, Any]:
    # ijson raises on a premature end itself; this keeps a StopIteration out of the reader's generator
    item = next(events, None)
    if item is None:
        raise ijson.IncompleteJSONError("premature end of the JSON")
    return item


def _message_item(message: Any, header: dict[str, Any], path: str, stem: str, number: int,
                  options: ReaderOptions) -> Item:
    where = f"message {number}"
    if not isinstance(message, dict):
        return InputError(f"not a JSON object but {type(message).__name__}", path=path, location=where)
    message_id = message.get("id")
    if isinstance(message_id, float) and message_id.is_integer():
        message_id = int(message_id)
    if not isinstance(message_id, int) or isinstance(message_id, bool):
        return InputError("message has no integer 'id'", path=path, location=where)
    where = f"message {number} (id {message_id})"
    channel = options.telegram_channel or _header_channel(header)
    chat = channel or _scalar(header.get("id")) or stem
    doc_id = f"{chat}/{message_id}"
    origin = f"{path}#message-{message_id}"
    if message.get("type") == "service":
        return Skip(origin, "service-message")
    text = _message_text(message)
    if text is None:
        return InputError("field 'text' is neither a string nor a list of text parts", path=path, location=where)
    if not text.strip():
        return Skip(origin, "empty-message")
    if "\x00" in text:
        return InputError("message text holds binary data (NUL character)", path=path, location=where)
    published = _message_date(message)
    if isinstance(published, str):
        return InputError(published, path=path, location=where)
    return Document(
        id=doc_id,
        text=text,
        url=TELEGRAM_URL.format(channel=channel, message=message_id) if channel else None,
        published=published,
        published_basis="given" if published else "unknown",
        origin=origin,
    )


def _scalar(value: Any) -> str | None:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int | str) and not isinstance(value, bool) and str(value).strip():
        return str(value).strip()
    return None


def _header_channel(header: dict[str, Any]) -> str | None:
    username = header.get("username")
    if not isinstance(username, str):
        return None
    try:
        return channel_name(username)
    except ValueError:
        return None


def _message_text(message: dict[str, Any]) -> str | None:
    """The message's text, its parts joined as written; None when ``text`` has another shape."""
    raw = message.get("text")
    if raw is None or raw == "" or raw == []:
        raw = message.get("text_entities") or ""
    if isinstance(raw, str):
        return raw
    if not isinstance(raw, list):
        return None
    parts = []
    for part in raw:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
        else:
            return None
    return "".join(parts)


def _message_date(message: dict[str, Any]) -> dt.date | str | None:
    """The message's date; a string saying what is wrong; None when it has none."""
    raw = message.get("date")
    if isinstance(raw, str) and raw.strip():
        try:
            return dt.datetime.fromisoformat(raw.strip()).date()
        except ValueError:
            return f"field 'date' is not an ISO date and time: {raw[:40]!r}"
    unix = message.get("date_unixtime")
    if unix not in (None, ""):
        try:
            return dt.datetime.fromtimestamp(int(str(unix)), tz=dt.UTC).date()
        except (ValueError, OverflowError, OSError):
            return f"field 'date_unixtime' is not a Unix time: {str(unix)[:40]!r}"
    return None
