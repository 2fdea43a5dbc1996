"""Patterns read backwards: a test of how a text ends, asked at the start of the reversed text.

A pattern that fits only where its text ends (``(?:usd|eur)\\s*$``: a currency before a number) is tried by
``search`` at every position of the text, and fails at all but the last few. Read backwards it is one ``match`` at
the reversed text's start: ``reversed_at_end`` writes that pattern from the parsed one (``re._parser``).

Exactness: ``pattern.search(text)`` finds a match exactly when ``reversed.match(text[::-1])`` does. A match of
``X$`` is a match of ``X`` that ends where the text does, or before its last character if that is a line break
(``$`` without MULTILINE); reversed, the text opens with that optional line break and a match of ``X`` reversed.
Reversing keeps what each part matches: a literal run reads backwards, a class or a word boundary (which looks at
the characters on both of its sides) is the same, an alternation or a repeat is made of its parts reversed.
Patterns with anything else (lookarounds, anchors inside, group references, flags of their own, possessive
repeats) are not reversed (None): they are searched as written.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["reversed_at_end"]

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
_BOUNDARIES = {sre.AT_BOUNDARY: r"\b", sre.AT_NON_BOUNDARY: r"\B"}


class _NotReversible(Exception):
    """A part of the pattern that ``_reversed`` does not write backwards."""


def reversed_at_end(patterns: list[str], flags: int) -> re.Pattern[str] | None:
    """A pattern whose ``match`` at the start of ``text[::-1]`` succeeds exactly when one of ``patterns`` (compiled
    with ``flags``) is found in ``text`` by ``search``; None unless every one of them ends with ``$`` and is made of
    literals, classes, groups, alternations, repeats and word boundaries."""
    alternatives = []
    for pattern in patterns:
        items = list(sre_parser.parse(pattern, flags))
        if not items or items[-1] != (sre.AT, sre.AT_END):
            return None
        try:
            alternatives.append(r"\n?" + _reversed(items[:-1]))
        except _NotReversible:
            return None
    # (written without comments or layout: VERBOSE would drop the spaces it holds)
    return re.compile("|".join(f"(?:{alternative})" for alternative in alternatives), flags & ~re.VERBOSE)


def _reversed(items: list[tuple[Any, Any]]) -> str:
    """The regex text that matches each match of the sequence ``items``, written backwards."""
    return "".join(_reversed_item(op, av) for op, av in reversed(items))


def _reversed_item(op: Any, av: Any) -> str:
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.NOT_LITERAL:
        return "[^" + re.escape(chr(av)) + "]"
    if op is sre.ANY:
        return "."
    if op is sre.IN:
        return "[" + "".join(_class_item(item_op, item_av) for item_op, item_av in av) + "]"
    if op is sre.AT and av in _BOUNDARIES:
        return _BOUNDARIES[av]
    if op is sre.BRANCH:
        return "(?:" + "|".join(_reversed(list(alternative)) for alternative in av[1]) + ")"
    if op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
        return "(?:" + _reversed(list(av[3])) + ")"
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):  # (greedy or lazy: the same texts match)
        low, high, item = av
        return "(?:" + _reversed(list(item)) + "){" + str(low) + "," + ("" if high == sre.MAXREPEAT else str(high)) + "}"
    raise _NotReversible(op)


def _class_item(op: Any, av: Any) -> str:
    if op is sre.NEGATE:
        return "^"
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.RANGE:
        return re.escape(chr(av[0])) + "-" + re.escape(chr(av[1]))
    if op is sre.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _NotReversible(op)
