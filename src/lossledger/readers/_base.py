"""Shared pieces of the readers: options, field layouts, the stream helpers and the record types."""

from __future__ import annotations

import gzip
import io
import re
import zlib
from dataclasses import dataclass
from typing import IO, cast

from ..errors import InputError
from ..model import Document

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
    ".json": "telegram",
}


#: A Telegram channel's public name (``telegram.py`` reads the channels; options name one).
_CHANNEL_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,}$")


def channel_name(value: str) -> str:
    """A channel's public name from ``@name``, ``name`` or ``https://t.me/name``; ValueError if it is none."""
    name = value.strip()
    for prefix in ("https://t.me/", "http://t.me/", "t.me/", "@"):
        name = name.removeprefix(prefix)
    name = name.strip("/")
    if not _CHANNEL_NAME.match(name):
        raise ValueError(f"{value!r} is not a Telegram channel name (letters, digits and _, like GeneralStaffZSU)")
    return name


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


#: Readers stop listing individual skipped items and errors past this many (they are still counted), so
#: a crawl with millions of non-HTML records stays in constant memory.
MAX_LISTED_ITEMS = 100_000

#: Chunk size used to skip over an over-long JSON line without holding it.
SKIP_CHUNK_BYTES = 1 << 20

GZIP_MAGIC = b"\x1f\x8b"



@dataclass(kw_only=True)
class ReaderOptions:
    """How to read the inputs.

    The ``*_field`` options name JSON Lines fields; each one left at ``None`` comes from ``preset`` (or the
    default layout: ``id``, ``text``, ``published``, ``url``, ``title``). ``languages`` lists the ISO 639-1
    codes to keep (an empty tuple keeps every language; None, the default, keeps the conflict profile's
    languages: the pipeline passes its profile's, the readers alone use the shipped default profile's).
    ``max_bytes`` caps one document, JSON line, feed file or Telegram message. ``telegram_channel`` is the
    public name of the channel a Telegram export is from (ids ``<channel>/<message>`` and t.me URLs).
    """

    text_field: str | None = None
    id_field: str | None = None
    date_field: str | None = None
    url_field: str | None = None
    title_field: str | None = None
    preset: str | None = None
    languages: tuple[str, ...] | None = None
    max_bytes: int = 50_000_000
    telegram_channel: str | None = None

    def __post_init__(self) -> None:
        if self.preset is not None and self.preset not in PRESETS:
            raise ValueError(f"unknown preset {self.preset!r}; known presets: {', '.join(sorted(PRESETS))}")
        if self.max_bytes < 1:
            raise ValueError("max_bytes must be positive")
        if self.telegram_channel is not None:
            self.telegram_channel = channel_name(self.telegram_channel)
        if self.languages is not None:
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



@dataclass(frozen=True, slots=True)
class Skip:
    """A record that is not a document (not an error): counted and listed by the driver."""

    item: str
    reason: str


Item = Document | InputError | Skip



def os_message(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def _buffered(stream: IO[bytes]) -> io.BufferedReader:
    """The stream with ``peek`` (files opened "rb" have it; a BytesIO standing in for stdin does not)."""
    if isinstance(stream, io.BufferedReader):
        return stream
    return io.BufferedReader(cast(io.RawIOBase, stream))


def maybe_gunzip(raw: IO[bytes]) -> IO[bytes]:
    """The stream, decompressed if it starts with the gzip magic (whatever the file is called).

    Either way the result has ``peek`` and ``read1``. A GzipFile is not wrapped in a second buffer: its
    ``read1`` returns what was decompressed before a truncation is hit, a BufferedReader's would not.
    """
    buffered = _buffered(raw)
    if buffered.peek(2)[:2] == GZIP_MAGIC:
        return cast(IO[bytes], gzip.GzipFile(fileobj=buffered, mode="rb"))
    return cast(IO[bytes], buffered)


DECOMPRESSION_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile)


def read_capped(stream: IO[bytes], max_bytes: int) -> bytes | None:
    """Up to ``max_bytes`` bytes of the stream, or None if there is more than that."""
    data = stream.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def too_big(max_bytes: int) -> str:
    return f"larger than the limit of {max_bytes:,} bytes (raise max_bytes to read it)"


def read_whole(stream: IO[bytes], path: str, max_bytes: int, *, what: str = "") -> bytes | InputError:
    """A whole (possibly gzipped) file, or the error that stops it: corrupt gzip, or over ``max_bytes``."""
    try:
        data = read_capped(stream, max_bytes)
    except DECOMPRESSION_ERRORS as exc:
        return InputError(f"truncated or corrupt gzip data: {exc}", path=path)
    if data is None:
        return InputError(f"{what}{too_big(max_bytes)}", path=path)
    return data


#: Longest message text taken from an exception or an input into an error: a corrupt file can put megabytes
#: in one "line", and the error is printed and stored in the ledger.
MAX_MESSAGE_CHARS = 300


def describe_error(exc: BaseException) -> str:
    text = str(exc).strip()
    return shorten(text.splitlines()[0]) if text else type(exc).__name__


def shorten(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """``text`` cut to ``limit`` characters (saying how much was left out), lone surrogates made visible."""
    if len(text) > limit:
        text = f"{text[:limit]}… ({len(text) - limit:,} more characters)"
    return visible_surrogates(text)


def visible_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (not Unicode, cannot be written as UTF-8) spelled as ``\\udXXX``."""
    if text.isascii():
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def lone_surrogate(text: str) -> str | None:
    """Where ``text`` holds a lone surrogate (``"\\ud800" at character 26``), or None if it is all Unicode.

    JSON may spell one (``"\\ud800"``) and Python keeps it, but no UTF-8 file or SQLite text can hold it.
    """
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"\\u{ord(text[exc.start]):04x} at character {exc.start}"
    return None
