"""Words one of which every match of a pattern holds: a test by ``str`` before the pattern is tried.

Many of the grammar's cue patterns are asked once per clause or per number and match in few of them. A match of
``\\b(?:in|during)\\s+the\\s+week\\s+(?:to|ending)\\b`` holds "week"; a window of text that holds no "week" holds no
match, and ``in`` says so several times faster than ``re`` can. ``required_words(pattern)`` derives such words
from the parsed pattern (``re._parser``): of the parts of the pattern every match goes through, the one whose words
are longest (an alternation gives one word per alternative). ``Folded`` tests a window of a document with them.

Exactness: the words are the pattern's own literals, which a match consumes, so they lie inside the window it
was found in (the lookarounds, which may look outside it, are never taken). For an IGNORECASE pattern the words are
lower-cased and looked for in the lower-cased text, which finds every ASCII literal ``re`` would match, except in
texts that hold the few characters ``re`` folds to an ASCII letter and ``str.lower`` does not (or folds to two
characters): those texts are always handed to the pattern (``Folded.folded`` is None).
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["Folded", "RequiredWords", "required_words"]

#: Characters that ``re``'s IGNORECASE matches to an ASCII letter but ``str.lower`` does not lower to it (the dotless
#: i, the long s); the dotted capital I lowers to two characters, which the length of the folded text shows
#: (tests/extract/test_required_words.py checks this against every code point).
UNFAITHFUL_FOLDS = frozenset("\u0131\u017f")
#: Words shorter than this are in nearly every clause: not worth a test.
_SHORTEST_USEFUL = 3
#: More words than this cost about what the pattern costs: no test.
_MOST_WORDS = 48


class RequiredWords:
    """The words one of which every match holds, and whether to look for them in the lower-cased text."""

    __slots__ = ("words", "folded")

    def __init__(self, words: tuple[str, ...], folded: bool) -> None:
        self.words = words
        self.folded = folded


# by id(pattern): the grammar's patterns are compiled once per language and kept, so this stays small; each entry
# keeps its pattern alive, so an id is never reused for another
_DERIVED: dict[int, tuple[re.Pattern[str], RequiredWords | None]] = {}


def required_words(pattern: re.Pattern[str]) -> RequiredWords | None:
    """The words one of which every match of ``pattern`` holds, or None when no useful such words can be named."""
    known = _DERIVED.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    folded = bool(pattern.flags & re.IGNORECASE)
    words = _needs(list(sre_parser.parse(pattern.pattern, pattern.flags)), folded)
    if words:  # a text that holds "reached" holds it whether or not it holds "has reached"
        words = {word for word in words if not any(other != word and other in word for other in words)}
    derived = None
    if words and len(words) <= _MOST_WORDS and _selectivity(words)[0] >= _SHORTEST_USEFUL:
        derived = RequiredWords(tuple(sorted(words)), folded)
    _DERIVED[id(pattern)] = (pattern, derived)
    return derived


def _needs(items: list[tuple[Any, Any]], folded: bool) -> set[str] | None:
    """Words one of which every match of the sequence ``items`` holds: of each literal run and each part that cannot
    be skipped, the words whose shortest is longest (fewest words on a tie); None when no part names any."""
    best: set[str] | None = None

    def consider(words: set[str] | None) -> None:
        nonlocal best
        if words and (best is None or _selectivity(words) > _selectivity(best)):
            best = words

    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            char = chr(av)
            if folded and (not char.isascii() or len(char.lower()) != 1):
                consider(_word(run))
                run = []
                continue
            run.append(char.lower() if folded else char)
            continue
        consider(_word(run))
        run = []
        if op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
            consider(_needs(list(av[3]), folded))
        elif op is sre.ATOMIC_GROUP:
            consider(_needs(list(av), folded))
        elif op is sre.BRANCH:
            alternatives = [_needs(list(alternative), folded) for alternative in av[1]]
            if all(alternatives):
                consider(set().union(*alternatives))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_needs(list(av[2]), folded))
        # anything else (classes, lookarounds, anchors, optional parts) names no word every match holds
    consider(_word(run))
    return best


def _selectivity(words: set[str]) -> tuple[int, int]:
    """How rarely a text holds one of ``words``, roughly: by the letters of the shortest (" the " is no rarer than
    "the"), then by fewest words."""
    return min(sum(c.isalnum() for c in word) for word in words), -len(words)


def _word(run: list[str]) -> set[str] | None:
    return {"".join(run)} if run else None


class Folded:
    """One document's text, lower-cased when that finds what ``re``'s IGNORECASE finds (else None), to test windows
    of it with ``required_words`` before a pattern is tried."""

    __slots__ = ("text", "folded")

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        faithful = text.isascii() or (len(lowered) == len(text) and not UNFAITHFUL_FOLDS.intersection(text))
        self.folded: str | None = lowered if faithful else None

    def may_match(self, pattern: re.Pattern[str], lo: int, hi: int) -> bool:
        """False only when no match of ``pattern`` can lie inside ``text[lo:hi]`` (searched with pos and endpos, or
        in the slice): none of its required words is there."""
        needs = required_words(pattern)
        if needs is None:
            return True
        text = self.folded if needs.folded else self.text
        if text is None:
            return True
        # one slice, and its ``in`` test mapped over the words in C: cheaper than a bounded find per word
        return any(map(text[lo:hi].__contains__, needs.words))
