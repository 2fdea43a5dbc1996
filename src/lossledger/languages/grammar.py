"""The extractor's English grammar, read from ``languages/en/grammar.toml``.

The conflict profile holds the war's words (sides, claimants, categories); this file holds the
language's: clause breaks, verbs of saying, cues of totals, rates and hedges, as named regular
expressions. It is read once, at import. Each extractor module compiles the patterns it names,
also at import, with :func:`pattern` (or takes a piece's text with :func:`source` where code
assembles a larger pattern), so no pattern is compiled per document.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from ..errors import LossledgerError
from .scan import guarded

__all__ = ["GRAMMAR", "Grammar", "GrammarPattern", "parse_grammar", "pattern", "source", "used_names"]

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


GRAMMAR = parse_grammar((resources.files("lossledger.languages") / "en" / "grammar.toml").read_text(encoding="utf-8"))

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


def used_names() -> frozenset[str]:
    """The names modules have asked for so far (all of them, once the extractor is imported)."""
    return frozenset(_used)
