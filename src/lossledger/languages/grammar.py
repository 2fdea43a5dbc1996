"""Grammars of the ``patterns`` kind (English today), read from ``languages/<code>/grammar.toml``.

The conflict profile holds the war's words (sides, claimants, categories); a grammar holds the language's:
clause breaks, verbs of saying, cues of totals, rates and hedges, as named regular expressions, and its word
lists (number words, month and weekday names, abbreviations). :func:`load_patterns` reads a language's file
once, checked against ``languages/schema.toml`` (``loader``). The stages do not bind patterns at import: each
stage names what it reads in a rules class built from a grammar (``PatternGrammar.rules``, once per language),
and takes the grammar from the document it reads (``Reader.grammar``, chosen by the document's language).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any, TypeVar

from ..errors import LossledgerError
from .ascii_twins import in_ascii
from .loader import language_codes, read_grammar
from .scan import guarded

__all__ = [
    "Grammar", "GrammarPattern", "PatternGrammar", "grammar_for", "load_patterns", "parse_grammar", "pattern_languages",
]

_FLAGS = {"IGNORECASE": re.IGNORECASE, "VERBOSE": re.VERBOSE}
_PATTERN_KEYS = frozenset({"regex", "flags"})

RulesT = TypeVar("RulesT")


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


def parse_grammar(text: str, *, where: str = "grammar") -> Grammar:
    """A grammar from the text of a grammar file; ``LossledgerError`` names what is malformed."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LossledgerError(f"{where}: not TOML: {exc}") from exc
    return _patterns_of(data, where)


def _patterns_of(data: Mapping[str, Any], where: str) -> Grammar:
    version = data.get("version")
    if not isinstance(version, str) or not version:
        raise LossledgerError(f"{where}: a string `version` is required")
    patterns: dict[str, GrammarPattern] = {}
    for name, entry in data.get("patterns", {}).items():
        if not isinstance(entry, dict) or "regex" not in entry or not set(entry) <= _PATTERN_KEYS:
            raise LossledgerError(f"{where}: pattern {name!r} needs `regex` and at most `flags`")
        regex = entry["regex"]
        if isinstance(regex, list) and all(isinstance(piece, str) for piece in regex):
            regex = "".join(regex)  # long patterns are written as a list of lines
        if not isinstance(regex, str):
            raise LossledgerError(f"{where}: pattern {name!r}: `regex` is a string or a list of strings")
        flags = re.RegexFlag(0)
        for flag in entry.get("flags", []):
            if flag not in _FLAGS:
                raise LossledgerError(f"{where}: pattern {name!r}: unknown flag {flag!r}")
            flags |= _FLAGS[flag]
        patterns[name] = GrammarPattern(name, regex, flags)
    return Grammar(version, MappingProxyType(patterns))


class PatternGrammar:
    """One language's grammar of the ``patterns`` kind: its named patterns and word lists, and the rules each
    stage compiles from them (built on first use, then kept with the grammar)."""

    def __init__(self, code: str, data: Mapping[str, Any], *, where: str | None = None) -> None:
        self.code = code
        self.where = where or f"languages/{code}/grammar.toml"
        self.data = data
        parsed = _patterns_of(data, self.where)
        self.version = parsed.version
        self.patterns = parsed.patterns
        self.used: set[str] = set()  # the names of patterns the stages have asked for so far
        self.used_lists: set[str] = set()  # and the dotted names of word lists and tables
        self._rules: dict[Callable[[PatternGrammar], Any], Any] = {}
        self.ascii = False  # the twin of ``in_ascii``: patterns compiled with ``re.ASCII`` where that reads alike
        self._ascii_twin: PatternGrammar | None = None

    def in_ascii(self) -> PatternGrammar:
        """This grammar with its named patterns compiled with ``re.ASCII`` where that finds the same matches
        (``ascii_twins.in_ascii``): the grammar a text that ``ascii_twins.reads_alike`` is read with, faster. Made
        once; it shares the record of what the stages asked for."""
        if self.ascii:
            return self
        if self._ascii_twin is None:
            twin = PatternGrammar(self.code, self.data, where=self.where)
            twin.used, twin.used_lists, twin.ascii = self.used, self.used_lists, True
            self._ascii_twin = twin
        return self._ascii_twin

    def __repr__(self) -> str:
        return f"PatternGrammar({self.code!r}, version {self.version!r})"

    def rules(self, build: Callable[[PatternGrammar], RulesT]) -> RulesT:
        """``build(self)``, built once per grammar: a stage's rules class compiles its patterns here."""
        try:
            return self._rules[build]  # type: ignore[no-any-return]
        except KeyError:
            built = self._rules[build] = build(self)
            return built

    def _entry(self, name: str) -> GrammarPattern:
        try:
            entry = self.patterns[name]
        except KeyError:
            raise LossledgerError(f"{self.where}: no pattern named {name!r}") from None
        self.used.add(name)
        return entry

    def pattern(self, name: str, *, guard: bool = True) -> re.Pattern[str]:
        """The named pattern compiled with its flags; behind ``scan.guarded``'s first-character guard (the same
        matches, found faster) unless ``guard`` is false."""
        entry = self._entry(name)
        compiled = re.compile(entry.regex, entry.flags)
        compiled = guarded(compiled) if guard else compiled
        return in_ascii(compiled) if self.ascii else compiled

    def source(self, name: str) -> str:
        """The text of the named pattern, for code that builds a larger pattern around it."""
        return self._entry(name).regex

    def _lookup(self, name: str) -> Any:
        self.used_lists.add(name)
        node: Any = self.data
        for key in name.split("."):
            if not isinstance(node, Mapping) or key not in node:
                raise LossledgerError(f"{self.where}: no {name!r}")
            node = node[key]
        return node

    def words(self, name: str) -> tuple[str, ...]:
        """The word list at the dotted ``name`` ("body.abbreviations"), in file order."""
        found = self._lookup(name)
        if not isinstance(found, list) or not all(isinstance(word, str) for word in found):
            raise LossledgerError(f"{self.where}: {name!r} is not a list of words")
        return tuple(found)

    def table(self, name: str) -> dict[str, int]:
        """The table of words to numbers at the dotted ``name`` ("dates.months"), in file order."""
        found = self._lookup(name)
        if not isinstance(found, Mapping) or not all(isinstance(v, int) for v in found.values()):
            raise LossledgerError(f"{self.where}: {name!r} is not a table of words to whole numbers")
        return dict(found)

    def pairs(self, name: str) -> dict[str, tuple[int, int]]:
        """The table of words to pairs of whole numbers at the dotted ``name`` ("dates.seasons": a season's first
        and last month), in file order."""
        found = self._lookup(name)
        if not isinstance(found, Mapping) or not all(
            isinstance(v, list) and len(v) == 2 and all(type(n) is int for n in v) for v in found.values()
        ):
            raise LossledgerError(f"{self.where}: {name!r} is not a table of words to pairs of whole numbers")
        return {word: (pair[0], pair[1]) for word, pair in found.items()}

    def amounts(self, name: str) -> dict[str, float]:
        """The table of words to amounts, whole or not, at the dotted ``name`` ("measure.span_unit_days": a
        month is 30.5 days), in file order; whole numbers stay ``int``."""
        found = self._lookup(name)
        if not isinstance(found, Mapping) or not all(
                isinstance(v, int | float) and not isinstance(v, bool) for v in found.values()):
            raise LossledgerError(f"{self.where}: {name!r} is not a table of words to numbers")
        return dict(found)


@lru_cache(maxsize=16)
def load_patterns(code: str = "en") -> PatternGrammar:
    """The ``patterns`` grammar of language ``code`` (read and checked once per process)."""
    data = read_grammar(code)
    if data.get("kind") != "patterns":
        raise LossledgerError(f"languages/{code}/grammar.toml: a grammar of kind {data.get('kind')!r}, "
                              "not `patterns`")
    return PatternGrammar(code, data)


@lru_cache(maxsize=1)
def pattern_languages() -> tuple[str, ...]:
    """The languages whose grammar is of the ``patterns`` kind (read by the stages in ``extract``)."""
    return tuple(code for code in language_codes() if read_grammar(code).get("kind") == "patterns")


def grammar_for(language: str | None) -> PatternGrammar:
    """The ``patterns`` grammar a text in ``language`` (ISO 639-1, None when unknown) is read with: the
    language's own where it has one, else English's (the Latin-script default)."""
    return load_patterns(language if language in pattern_languages() else "en")
