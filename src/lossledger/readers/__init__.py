"""Readers: turn text files, JSON Lines, HTML pages, WARC archives, RSS/Atom feeds and Telegram exports into
``Document``s.

Everything streams: files are read record by record (a JSON line, a WARC record, one page), no input is
read whole except a single document capped at ``ReaderOptions.max_bytes``, and the duplicate table holds
a 16-byte digest and the first id per distinct text, never the texts (and the id table each document's id
and where it came from, so that no id is given twice in a run). A bad file or record never stops
the run: it is yielded as an ``InputError`` naming the file and the place (line, record, entry, byte
offset), recorded in ``ReadStats.errors``, and reading goes on with the next record or file. Records
that are not documents (a WARC request, an image, a German article when only English is wanted, a
second copy of a text) are counted and listed in ``ReadStats``.

Nothing here touches the network (see ``web``).

Layout: this module holds the public API, the walk over paths, standard input, duplicates and language;
``_base`` the options and stream helpers; ``text`` plain text and JSON Lines; ``web`` HTML, WARC, feeds;
``telegram`` Telegram Desktop channel exports (``result.json``, recognised by content).
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, cast

from ..errors import InputError
from ..model import Document
from ._base import (
    DECOMPRESSION_ERRORS,
    MAX_LISTED_ITEMS,
    PRESETS,
    SUPPORTED_EXTENSIONS,
    FieldMap,
    Item,
    ReaderOptions,
    Skip,
    lone_surrogate,
    maybe_gunzip,
    os_message,
    visible_surrogates,
)
from .telegram import looks_like_export, read_telegram
from .text import read_jsonl, read_text
from .web import read_feed, read_html, read_warc

__all__ = [
    "UNSUPPORTED_REASON",
    "FieldMap",
    "PRESETS",
    "ReadStats",
    "ReaderOptions",
    "SUPPORTED_EXTENSIONS",
    "input_names",
    "iter_documents",
    "list_inputs",
    "unsupported_reason",
]


#: Root elements that mark an XML document as a feed when sniffing standard input.
FEED_MARKERS: tuple[bytes, ...] = (b"<rss", b"<feed", b"<rdf:rdf", b"<rdf")


#: Language identification. Texts shorter than ``SHORT_TEXT_CHARS`` are only rejected when the model is
#: very sure (py3langid's probabilities are length-calibrated, so a short English sentence full of
#: place names may score as Estonian at 0.06; a German sentence scores about 0.9).
SHORT_TEXT_CHARS = 200
SHORT_TEXT_MIN_CONFIDENCE = 0.8
LONG_TEXT_MIN_CONFIDENCE = 0.5
#: Language identification looks at this many characters: enough for a stable guess, fast on long texts.
LANGUAGE_SAMPLE_CHARS = 2_000



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


def list_inputs(paths: Sequence[str], *, unsupported: list[str] | None = None) -> list[str]:
    """Expand ``paths`` into the list of files to read, in a deterministic order.

    Directories are walked recursively in sorted order (hidden files and folders, whose names start
    with a dot, are left out); glob patterns (``*``, ``?``, ``[...]``, ``**``) are expanded and sorted;
    ``-`` (standard input) and paths that do not exist are kept as given, so that reading them reports
    the problem. Files found in a directory or by a pattern whose type no reader supports (a README.md
    or a PDF beside the articles) are left out and appended to ``unsupported``; a file named as such is
    kept, and reading it is an error. A directory with no supported file is kept as given, so that
    reading it reports that. A scale-out layer can partition the returned list.
    """
    expanded: list[str] = []
    for raw in paths:
        if raw == "-":
            expanded.append(raw)
        elif os.path.isdir(raw):
            found = _supported(_walk(raw), unsupported)
            expanded.extend(found or [raw])
        elif not os.path.exists(raw) and _GLOB_CHARS.intersection(raw):
            matches = sorted(_glob(raw))
            if not matches:
                expanded.append(raw)
            for match in matches:
                expanded.extend(_supported(_walk(match) if os.path.isdir(match) else [match], unsupported))
        else:
            expanded.append(raw)
    return expanded


def _glob(pattern: str) -> list[str]:
    """The matches of ``pattern``. ``**`` does not descend into symbolic links to folders: Python's
    ``glob`` follows them, and a link to a parent folder made it run forever."""
    if "**" not in pattern:
        return glob.glob(pattern, recursive=True)
    parts = Path(pattern).parts
    fixed = next(i for i, part in enumerate(parts) if _GLOB_CHARS.intersection(part))
    base = Path(*parts[:fixed]) if fixed else Path(".")
    # pathlib's "**" (Python 3.11+) lists symbolic links to folders but never walks into them
    return [os.path.join(*parts[:fixed], *match.relative_to(base).parts) if fixed else str(match)
            for match in base.glob(str(Path(*parts[fixed:])))
            if not any(part.startswith(".") for part in match.relative_to(base).parts)]


def _supported(files: list[str], unsupported: list[str] | None) -> list[str]:
    """The files of a folder walk or a pattern that a reader supports; the others go to ``unsupported``."""
    kept = []
    for path in files:
        # an unreadable folder from the walk stays: reading it reports it
        if _kind_and_stem(path)[0] is not None or os.path.isdir(path):
            kept.append(path)
        elif unsupported is not None:
            unsupported.append(path)
    return kept


def _walk(directory: str) -> list[str]:
    found: list[str] = []

    def unreadable(error: OSError) -> None:
        # kept in the list: reading it reports the folder (os.walk would leave it out without a word)
        if error.filename is not None:
            found.append(os.fsdecode(error.filename))

    for root, dirs, files in os.walk(directory, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, name) for name in sorted(files) if not name.startswith("."))
    # os.walk visits a folder's files before its subfolders; sort the whole list so the order does not
    # depend on that: "a/b.txt" sorts after "a.txt" and before "b/c.txt" whatever the walk did.
    return sorted(found, key=lambda p: Path(p).parts)


def input_names(paths: Sequence[str], *, unsupported: list[str] | None = None) -> list[tuple[str, str]]:
    """``(file, name)`` for every input of ``list_inputs(paths)``, in its order: the name is what the ids
    of the file's documents are made of.

    A file's name is its stem (``story`` for ``corpus/a/story.txt``), as it always was. When an earlier
    file of the input already has that name, the later one is named by its path below the folder (or the
    fixed part of the glob) it was found in: ``b/story`` for ``corpus/b/story.txt`` when ``corpus`` is
    given; then with its extension; then by its whole path as given. So the same input gives the same
    ids in every run, and two files never share one. A name that is not valid UTF-8 is spelled with
    ``\\x..`` escapes. Files of unsupported types found in folders go to ``unsupported`` (``list_inputs``).
    """
    named: dict[str, str] = {}
    taken: set[str] = set()
    found: list[tuple[str, str]] = []
    for raw in paths:
        root = _name_root(raw)
        for path in list_inputs([raw], unsupported=unsupported):
            name = named.get(path)
            if name is None:
                relative = _relative_name(path, root)
                candidates = (_stemmed(relative.rpartition("/")[2]), _stemmed(relative), relative,
                              _visible_name(os.path.normpath(path)))
                name = next((c for c in candidates if c not in taken), candidates[-1])
                named[path] = name
                taken.add(name)
            found.append((path, name))
    return found


def _name_root(raw: str) -> str | None:
    """The folder that names are taken relative to: the folder given, or a glob's fixed part."""
    if raw == "-":
        return None
    if os.path.isdir(raw):
        return raw
    if not os.path.exists(raw) and _GLOB_CHARS.intersection(raw):
        parts = Path(raw).parts
        fixed = next(i for i, part in enumerate(parts) if _GLOB_CHARS.intersection(part))
        return str(Path(*parts[:fixed])) if fixed else "."
    return None


def _relative_name(path: str, root: str | None) -> str:
    """The file's path below ``root`` (its base name without one), '/'-separated, made printable."""
    if path == "-":
        return "stdin"
    relative = os.path.basename(path)
    if root is not None:
        with contextlib.suppress(ValueError):
            inside = os.path.relpath(path, root)
            if not inside.startswith(os.pardir):
                relative = inside
    return _visible_name("/".join(Path(relative).parts))


def _stemmed(name: str) -> str:
    """The name without the file's extension (nor ``.gz``)."""
    if name == "stdin":
        return name
    folder, _, base = name.rpartition("/")
    _kind, stem, _ext = _kind_and_stem(base)
    return f"{folder}/{stem}" if folder else stem


def _visible_name(name: str) -> str:
    """A file name as text that can be stored and printed: undecodable bytes as ``\\xe9``."""
    if name.isascii():
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")

#: The reason a file found in a folder is skipped, counted in ``ReadStats.skipped`` by extension.
UNSUPPORTED_REASON = "unsupported-file"


def unsupported_reason(path: str) -> str:
    """``unsupported-file:.md``: why a file of an unsupported type found in a folder is skipped."""
    return f"{UNSUPPORTED_REASON}:{_kind_and_stem(path)[2] or '(none)'}"


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


def iter_documents(
    paths: Sequence[str],
    *,
    options: ReaderOptions | None = None,
    stats: ReadStats | None = None,
    names: Mapping[str, str] | None = None,
) -> Iterator[Document | InputError]:
    """Yield documents in a deterministic order; yield (don't raise) an InputError for each bad file/record
    and go on. '-' reads standard input (sniff JSONL vs plain text).

    Document ids are made of each file's name (see ``input_names``); ``names`` (file -> name) overrides it,
    for a part of a larger input read on its own (a partition). An id given to a second document of the
    run is an error naming both places.

    Paths go through ``list_inputs`` first (directories, globs; files of unsupported types found there
    are skipped and counted as ``unsupported-file:<ext>``). A text seen before in this run is not
    yielded again (``stats.duplicates``); documents in languages outside ``options.languages`` are
    skipped. Pass a ``ReadStats`` to learn what was skipped and why.
    """
    options = options or ReaderOptions()
    stats = stats if stats is not None else ReadStats()
    # digest of a text -> id of its first document: about 200 bytes per distinct document, the only
    # state that grows with the input (a million documents: ~200 MB; the texts themselves are not kept).
    seen: dict[bytes, str] = {}
    # id -> where its document came from (about 150 bytes a document): a second document under one id is
    # an error naming both places, never a silent replace
    origins: dict[str, str] = {}
    unsupported: list[str] = []
    named_inputs = input_names(paths, unsupported=unsupported)
    for path in unsupported:
        stats.note_skip(_visible_name(path), unsupported_reason(path))
    for path, name in named_inputs:
        if names is not None:
            name = names.get(path, name)
        shown = _visible_name(path)  # (the file as its errors name it)
        for item in _read_path(path, options, stats, name):
            if isinstance(item, InputError):
                stats.note_error(item)
                yield item
            elif isinstance(item, Skip):
                stats.note_skip(item.item, item.reason)
            else:
                document = _admit(item, options, stats, seen, shown)
                if isinstance(document, InputError):
                    stats.note_error(document)
                    yield document
                elif document is not None:
                    origin = document.origin or document.id
                    first = origins.setdefault(document.id, origin)
                    if first != origin:
                        error = InputError(f"id {document.id!r} is already used by {first}: not read (give "
                                           "each document its own id)", **_place_of(origin, shown))
                        stats.note_error(error)
                        yield error
                        continue
                    stats.documents += 1
                    yield document


def _place_of(origin: str, shown: str) -> dict[str, str | None]:
    """The file and the place in it that a document's origin names (``f.jsonl:3``: ``f.jsonl``, line 3;
    ``f.xml#entry-2``: ``f.xml``, entry-2): an error names its file as every other error of the file does."""
    if origin == shown or not origin.startswith(shown):
        return {"path": shown, "location": None if origin == shown else origin}
    place = origin[len(shown):]
    return {"path": shown, "location": f"line {place[1:]}" if place[:1] == ":" else place.lstrip("#")}


def _admit(
    document: Document, options: ReaderOptions, stats: ReadStats, seen: dict[bytes, str], shown: str
) -> Document | InputError | None:
    """Drop duplicates and unwanted languages (counting them); attach the detected language.

    A document holding a lone surrogate (not Unicode: no UTF-8 output or SQLite text can hold it) is an
    error of its own, whatever reader made it."""
    for name in ("id", "title", "url", "text"):
        value = getattr(document, name)
        where_bad = lone_surrogate(value) if isinstance(value, str) else None
        if where_bad is not None:
            return InputError(f"its {name} holds a lone surrogate ({where_bad}): not Unicode text",
                              **_place_of(visible_surrogates(document.origin or document.id), shown))
    digest = hashlib.blake2b(document.text.encode("utf-8"), digest_size=16).digest()
    first = seen.get(digest)
    if first is not None:
        stats.duplicates += 1
        stats.note_skip(document.id, f"duplicate of {first}", count_reason=False)
        return None
    # Only the first id is kept per digest: the set stays a set of small digests, not of documents.
    seen[digest] = document.id
    language, keep = _judge_language(document.text, wanted_languages(options))
    if not keep:
        # listed by where it is ("file.jsonl:12"), so a user can open what was left out
        stats.note_skip(document.origin or document.id, f"language:{language}")
        return None
    return _with_language(document, language)


def wanted_languages(options: ReaderOptions) -> tuple[str, ...]:
    """The languages to keep: the options' own, or (None) those of the shipped default profile."""
    if options.languages is not None:
        return options.languages
    from ..profiles import load_profile  # cached: the pipeline loads the same profile to extract

    return load_profile().languages


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


def _read_path(path: str, options: ReaderOptions, stats: ReadStats, name: str) -> Iterator[Item]:
    if path == "-":
        stats.files += 1
        yield from _read_stdin(options)
        return
    shown = _visible_name(path)  # the path in messages and origins: a name not in UTF-8 cannot be stored
    if os.path.isdir(path):
        try:
            os.listdir(path)
        except OSError as exc:
            yield InputError(f"cannot read the folder: {os_message(exc)}", path=shown)
            return
        # list_inputs keeps a readable folder only when it holds no supported file
        known = ", ".join(sorted(SUPPORTED_EXTENSIONS))
        yield InputError(f"no file of a supported type in this folder (supported: {known}, and .gz)", path=shown)
        return
    kind, _stem, ext = _kind_and_stem(path)
    if kind is None:
        if not os.path.exists(path):
            yield InputError("no such file or directory", path=shown)
        else:
            known = ", ".join(sorted(SUPPORTED_EXTENSIONS))
            yield InputError(f"unsupported file type {_visible_name(ext) or '(none)'!r} (supported: {known}, "
                             "and .gz)", path=shown)
        return
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed in the finally below, after a generator runs
    except OSError as exc:
        yield InputError(os_message(exc), path=shown)
        return
    stats.files += 1
    try:
        stream = maybe_gunzip(raw)
        if kind == "jsonl" and _is_telegram_export(stream):
            kind = "telegram"  # a Telegram export saved under a JSON Lines name: known by its content
        yield from _READERS[kind](stream, shown, name, options)
    except OSError as exc:  # e.g. a read error on a failing disk or a network mount
        yield InputError(os_message(exc), path=shown)
    finally:
        raw.close()



def _is_telegram_export(stream: IO[bytes]) -> bool:
    try:
        head = cast(Any, stream).peek(SNIFF_BYTES)[:SNIFF_BYTES]
    except DECOMPRESSION_ERRORS:
        return False  # the JSON Lines reader reports the broken gzip data, with its place
    return looks_like_export(head)


# --------------------------------------------------------------------------------------------------
# Standard input
# --------------------------------------------------------------------------------------------------

STDIN_NAME = "<stdin>"
SNIFF_BYTES = 4096


def _read_stdin(options: ReaderOptions) -> Iterator[Item]:
    try:
        peek_source = maybe_gunzip(_stdin_bytes())
        head = cast(Any, peek_source).peek(SNIFF_BYTES)[:SNIFF_BYTES]
    except DECOMPRESSION_ERRORS as exc:
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
    if looks_like_export(start):
        return "telegram"
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


_READERS: dict[str, Callable[[IO[bytes], str, str, ReaderOptions], Iterator[Item]]] = {
    "text": read_text,
    "warc": read_warc,
    "jsonl": read_jsonl,
    "html": read_html,
    "feed": read_feed,
    "telegram": read_telegram,
}
