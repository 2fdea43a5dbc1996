"""Patterns read backwards: a test of how a text ends, asked at the start of the reversed text.

A pattern that fits only where its text ends (``(?:usd|eur)\\s*$``: a currency before a number) is tried by
``search`` at every position of the text, and fails at all but the last few. Read backwards it is one ``match`` at
the reversed text's start: ``reversed_at_end`` writes that pattern from the parsed one (``re._parser``).

Exactness: ``pattern.search(text)`` finds a match exactly when ``reversed.match(text[::-1])`` does. A match of
``X$`` is a match of ``X`` that ends where the text does, or before its last character if that is a line break
(``$`` without MULTILINE); reversed, the text opens with that optional line break and a match of ``X`` reversed.
Reversing keeps what each part matches: a literal run reads backwards, a class or a word boundary (which looks at
the characters on both of its sides) is the same, an alternation or a repeat is made of its parts reversed.
A lookahead becomes a lookbehind on the reversed text and a lookbehind a lookahead (a lookbehind must have a fixed
width: a lookahead that would make one of another width is not reversed). Patterns with anything else (anchors
inside, group references, flags of their own, possessive repeats) are not reversed (None): they are searched as
written.

``EndTest`` asks ``pattern.search(text, lo, hi)`` of a window in a longer text: there the pattern's word boundaries
and lookbehinds may look at the characters before ``lo``, which the reversed window carries after its end.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["EndTest", "end_test", "reversed_at_end"]

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
_BOUNDARIES = {sre.AT_BOUNDARY: r"\b", sre.AT_NON_BOUNDARY: r"\B"}


class _NotReversible(Exception):
    """A part of the pattern that ``_reversed`` does not write backwards."""


def reversed_at_end(patterns: list[str], flags: int, *, tail: str = "") -> re.Pattern[str] | None:
    """A pattern whose ``match`` at the start of ``text[::-1]`` succeeds exactly when one of ``patterns`` (compiled
    with ``flags``) is found in ``text`` by ``search``; None unless every one of them ends with ``$`` and is made of
    literals, classes, groups, alternations, repeats, word boundaries and lookarounds. ``tail``: regex text that
    must follow each reversed match (``EndTest``'s bound on where a match may start)."""
    alternatives = []
    for pattern in patterns:
        try:
            alternatives.append(_reversed_to_end(list(sre_parser.parse(pattern, flags))))
        except _NotReversible:
            return None
    try:  # (written without comments or layout: VERBOSE would drop the spaces it holds)
        return re.compile("|".join(f"(?:{alternative}){tail}" for alternative in alternatives), flags & ~re.VERBOSE)
    except re.error:  # a lookahead of no fixed width, as a lookbehind
        return None


class EndTest:
    """Whether ``pattern.search(text, lo, hi)`` finds a match, for a pattern whose every match ends where the window
    does (``X$``), asked backwards: one match at the start of ``text[lo - context:hi][::-1]``, where ``context`` are
    the characters before the window that the pattern may look at (a word boundary: one; lookbehinds: their widths),
    and that a match may not take (the reversed pattern leaves at least that many after it)."""

    __slots__ = ("pattern", "reach", "_backwards")
    reach: int
    _backwards: list[re.Pattern[str]] | None  # by how many characters before the window the reversed text holds

    def __init__(self, pattern: re.Pattern[str], twin: EndTest | None = None) -> None:
        self.pattern = pattern
        if twin is not None:  # (the same pattern compiled with ``re.ASCII`` or without: the same reversed patterns)
            self.reach, self._backwards = twin.reach, twin._backwards
            return
        flags = pattern.flags & ~re.ASCII  # (reversed in Unicode mode: it reads every text as both twins do)
        self.reach = 1 + _lookbehind_reach(list(sre_parser.parse(pattern.pattern, flags)))
        backwards = [reversed_at_end([pattern.pattern], flags, tail=f"(?=[\\s\\S]{{{context}}})")
                     for context in range(self.reach + 1)]
        # (None: searched as written)
        self._backwards = None if None in backwards else [b for b in backwards if b is not None]

    def found(self, text: str, lo: int, hi: int) -> bool:
        """``self.pattern.search(text, lo, hi) is not None``."""
        backwards = self._backwards
        if backwards is None or hi < lo:
            return self.pattern.search(text, lo, hi) is not None
        context = min(self.reach, lo)
        return backwards[context].match(text[lo - context : hi][::-1]) is not None


# by id(pattern): the grammars' patterns are compiled once per language and kept, so this stays small; each entry
# keeps its pattern alive, so an id is never reused for another
_TESTS: dict[int, EndTest] = {}
# by source and flags but the mode's: a pattern and its ASCII twin (``ascii_twins``) share their reversed patterns
_BY_SOURCE: dict[tuple[str, int], EndTest] = {}


def end_test(pattern: re.Pattern[str]) -> EndTest:
    """The ``EndTest`` of ``pattern``, made once (for a pattern and its ASCII twin)."""
    test = _TESTS.get(id(pattern))
    if test is None or test.pattern is not pattern:
        source = (pattern.pattern, pattern.flags & ~(re.ASCII | re.UNICODE))
        test = _TESTS[id(pattern)] = EndTest(pattern, _BY_SOURCE.get(source))
        _BY_SOURCE.setdefault(source, test)
    return test


def _lookbehind_reach(items: list[tuple[Any, Any]]) -> int:
    """How many characters before a match its lookbehinds may look at, at most: their widths added up (nested ones
    look back from where the outer one does)."""
    reach = 0
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT) and av[0] == -1:
            reach += av[1].getwidth()[1]
        children: list[Any] = []
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            children = [av[1]]
        elif op is sre.SUBPATTERN:
            children = [av[3]]
        elif op is sre.BRANCH:
            children = list(av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            children = [av[2]]
        reach += sum(_lookbehind_reach(list(child)) for child in children)
    return reach


def _reversed_to_end(items: list[tuple[Any, Any]]) -> str:
    """``_reversed`` of a sequence that ends with ``$``, or with a group or an alternation whose every alternative
    does ("(?:A$|B$)", as the grammars write several tests of a window's end in one pattern): the optional line break
    ``$`` may stand before opens the reversed text."""
    if not items:
        raise _NotReversible("empty")
    (op, av), before = items[-1], items[:-1]
    if (op, av) == (sre.AT, sre.AT_END):
        ending = r"\n?"
    elif op is sre.BRANCH:
        ending = "(?:" + "|".join(_reversed_to_end(list(alternative)) for alternative in av[1]) + ")"
    elif op is sre.SUBPATTERN and not av[1] and not av[2]:
        ending = "(?:" + _reversed_to_end(list(av[3])) + ")"
    else:
        raise _NotReversible(op)
    return ending + _reversed(before)


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
    if op is sre.ASSERT or op is sre.ASSERT_NOT:  # a lookahead looks behind in the reversed text, and the other way
        direction, item = av
        return ("(?<" if direction == 1 else "(?") + ("=" if op is sre.ASSERT else "!") + _reversed(list(item)) + ")"
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):  # (greedy or lazy: the same texts match)
        low, high, item = av
        most = "" if high == sre.MAXREPEAT else str(high)
        return "(?:" + _reversed(list(item)) + "){" + f"{low},{most}" + "}"
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
