"""The extractor's English grammar, read from ``languages/en/grammar.toml``.

The conflict profile holds the war's words (sides, claimants, categories); this file holds the
language's: clause breaks, verbs of saying, cues of totals, rates and hedges, as named regular
expressions, and its word lists (number words, month and weekday names, abbreviations), read with
:func:`words` and :func:`table`. It is read once, at import, and checked against
``languages/schema.toml`` (``loader``). Each extractor module compiles the patterns it names, also at
import, with :func:`pattern` (or takes a piece's text with :func:`source` where code assembles a larger
pattern), so no pattern is compiled per document.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from ..errors import LossledgerError
from .loader import read_grammar
from .scan import guarded

__all__ = ["GRAMMAR", "Grammar", "GrammarPattern", "parse_grammar", "pattern", "source", "table", "used_names", "words"]

_FLAGS = {"IGNORECASE": re.IGNORECASE, "VERBOSE": re.VERBOSE}
_PATTERN_KEYS = frozenset({"regex", "flags"})


@dataclass(frozen=True, slots=True)
class GrammarPattern:
    """One named pattern: its text and its ``re`` flags."""

    name: str
    regex: str
    flags: re.RegexFlag


@dataclass(frozen=True, slots=True)
class Grammar:
    """The grammar file: its version and its patterns by name."""

    version: str
    patterns: Mapping[str, GrammarPattern]


def parse_grammar(text: str) -> Grammar:
    """A grammar from the text of a grammar file; ``LossledgerError`` names what is malformed."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LossledgerError(f"english grammar: not TOML: {exc}") from exc
    return _patterns_of(data)


def _patterns_of(data: Mapping[str, Any]) -> Grammar:
    version = data.get("version")
    if not isinstance(version, str) or not version:
        raise LossledgerError("english grammar: a string `version` is required")
    patterns: dict[str, GrammarPattern] = {}
    for name, entry in data.get("patterns", {}).items():
        if not isinstance(entry, dict) or "regex" not in entry or not set(entry) <= _PATTERN_KEYS:
            raise LossledgerError(f"english grammar: pattern {name!r} needs `regex` and at most `flags`")
        regex = entry["regex"]
        if isinstance(regex, list) and all(isinstance(piece, str) for piece in regex):
            regex = "".join(regex)  # long patterns are written as a list of lines
        if not isinstance(regex, str):
            raise LossledgerError(f"english grammar: pattern {name!r}: `regex` is a string or a list of strings")
        flags = re.RegexFlag(0)
        for flag in entry.get("flags", []):
            if flag not in _FLAGS:
                raise LossledgerError(f"english grammar: pattern {name!r}: unknown flag {flag!r}")
            flags |= _FLAGS[flag]
        patterns[name] = GrammarPattern(name, regex, flags)
    return Grammar(version, MappingProxyType(patterns))


#: The file's contents, checked against ``languages/schema.toml`` (its word lists and its patterns).
_DATA = read_grammar("en")
GRAMMAR = _patterns_of(_DATA)

_used: set[str] = set()


def _entry(name: str) -> GrammarPattern:
    try:
        entry = GRAMMAR.patterns[name]
    except KeyError:
        raise LossledgerError(f"english grammar: no pattern named {name!r}") from None
    _used.add(name)
    return entry


def pattern(name: str, *, guard: bool = True) -> re.Pattern[str]:
    """The named pattern compiled with its flags; behind ``scan.guarded``'s first-character guard
    (the same matches, found faster) unless ``guard`` is false."""
    entry = _entry(name)
    compiled = re.compile(entry.regex, entry.flags)
    return guarded(compiled) if guard else compiled


def source(name: str) -> str:
    """The text of the named pattern, for code that builds a larger pattern around it."""
    return _entry(name).regex


def _lookup(name: str) -> Any:
    node: Any = _DATA
    for key in name.split("."):
        if not isinstance(node, Mapping) or key not in node:
            raise LossledgerError(f"languages/en/grammar.toml: no {name!r}")
        node = node[key]
    return node


def words(name: str) -> tuple[str, ...]:
    """The word list at the dotted ``name`` ("body.abbreviations"), in file order."""
    found = _lookup(name)
    if not isinstance(found, list) or not all(isinstance(word, str) for word in found):
        raise LossledgerError(f"languages/en/grammar.toml: {name!r} is not a list of words")
    return tuple(found)


def table(name: str) -> dict[str, int]:
    """The table of words to numbers at the dotted ``name`` ("dates.months"), in file order."""
    found = _lookup(name)
    if not isinstance(found, Mapping) or not all(isinstance(v, int) for v in found.values()):
        raise LossledgerError(f"languages/en/grammar.toml: {name!r} is not a table of words to whole numbers")
    return dict(found)


def used_names() -> frozenset[str]:
    """The names modules have asked for so far (all of them, once the extractor is imported)."""
    return frozenset(_used)
