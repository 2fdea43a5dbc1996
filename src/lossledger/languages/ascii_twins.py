"""Patterns compiled with ``re.ASCII`` for the texts they read alike in: the same matches, read faster.

In Unicode mode ``re`` looks each character up in Unicode's tables to tell a word character, a space or a digit,
and lower-cases it through them to compare it without case; with ``re.ASCII`` it reads an ASCII character from a
table of 128. On a text whose characters those tables tell alike (``reads_alike``: ASCII characters but the four
separators Unicode's ``\\s`` reads as spaces, and marks that are no word character, space or digit and have no case
in any alphabet: curly quotes, dashes, bullets), a pattern finds the same matches in both modes, unless it names one
of the characters IGNORECASE folds onto an ASCII letter in Unicode mode only (``in_ascii`` keeps no twin of such a
pattern). Most English news reads alike once its quotes and dashes are normalised; a grammar's twin
(``PatternGrammar.in_ascii``) reads those texts.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["in_ascii", "reads_alike"]

#: Characters ``re``'s IGNORECASE matches to an ASCII letter in Unicode mode only (the long s, the dotless i, the
#: dotted capital I, the Kelvin sign).
FOLDS_TO_ASCII = frozenset(map(ord, "\u017f\u0131\u0130\u212a"))
#: Every ASCII character: ``reads_alike`` asks only of the others whether both modes read them alike (the four ASCII
#: separators Unicode's ``\s`` reads as spaces and ``re.ASCII``'s does not are looked for on their own).
_ASCII = frozenset(map(chr, range(128)))
#: Non-ASCII characters seen so far: whether each is a mark both modes read alike (bounded).
_MARKS: dict[str, bool] = {}
_MARKS_KEPT = 10_000


def _is_plain_mark(char: str) -> bool:
    """No word character, space or digit in Unicode's tables, and no case: ``re`` reads it alike in both modes."""
    plain = _MARKS.get(char)
    if plain is None:
        plain = not (char.isalnum() or char.isspace()) and char.lower() == char == char.upper()
        if len(_MARKS) >= _MARKS_KEPT:
            _MARKS.clear()
        _MARKS[char] = plain
    return plain


def reads_alike(text: str) -> bool:
    """Whether every pattern ``in_ascii`` gives a twin finds the same matches in ``text`` (and in any slice,
    lower-casing or reversal of it) as the pattern itself."""
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:  # (str finds each at once)
        return False
    return text.isascii() or all(map(_is_plain_mark, set(text).difference(_ASCII)))


def in_ascii(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled with ``re.ASCII``, which finds the same matches as ``pattern`` in every text that
    ``reads_alike``; ``pattern`` itself when it names a character of ``FOLDS_TO_ASCII`` (or holds what is not read
    here)."""
    if pattern.flags & re.ASCII or not isinstance(pattern.pattern, str):
        return pattern
    key = (pattern.pattern, pattern.flags & ~re.UNICODE)
    twin = _TWINS.get(key)
    if twin is None:
        twin = _TWINS[key] = _twin(pattern)
    return pattern if twin is None else twin


#: The twins made so far, by source and flags: a grammar's pattern and the same pattern compiled again elsewhere (the
#: grammar's twin, a stage's twin of it) share one. The grammars' patterns are few and kept: this stays small.
_TWINS: dict[tuple[str, int], re.Pattern[str] | None] = {}


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    try:
        if not _names_no_fold(list(sre_parser.parse(pattern.pattern, pattern.flags))):
            return None
        return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)
    except (re.error, ValueError):  # (an inline "(?u)")
        return None


def _names_no_fold(items: list[tuple[Any, Any]]) -> bool:
    """True when no literal, class member or range of the parsed pattern is or holds a character of
    ``FOLDS_TO_ASCII``; False too for an item not read here."""
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            if av in FOLDS_TO_ASCII:
                return False
        elif op is sre.IN:
            for member, value in av:
                if member in (sre.LITERAL, sre.NOT_LITERAL) and value in FOLDS_TO_ASCII:
                    return False
                if member is sre.RANGE and any(value[0] <= code <= value[1] for code in FOLDS_TO_ASCII):
                    return False
                if member not in (sre.LITERAL, sre.NOT_LITERAL, sre.RANGE, sre.NEGATE, sre.CATEGORY):
                    return False
        elif op is sre.SUBPATTERN:
            if not _names_no_fold(list(av[3])):
                return False
        elif op is sre.BRANCH:
            if not all(_names_no_fold(list(alternative)) for alternative in av[1]):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if not _names_no_fold(list(av[2])):
                return False
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if not _names_no_fold(list(av[1])):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _names_no_fold(list(av)):
                return False
        elif op is sre.GROUPREF_EXISTS:
            if not _names_no_fold(list(av[1])) or (av[2] is not None and not _names_no_fold(list(av[2]))):
                return False
        elif op not in (sre.AT, sre.ANY, sre.CATEGORY, sre.GROUPREF, sre.GROUPREF_IGNORE):
            return False
    return True
