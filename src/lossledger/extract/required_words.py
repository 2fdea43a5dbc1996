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

import functools
import re
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["DigitOrWords", "Folded", "RequiredWords", "digit_or_words", "holds_one_of", "required_literals",
           "required_words"]

#: Characters that ``re``'s IGNORECASE matches to an ASCII letter but ``str.lower`` does not lower to it (the dotless
#: i, the long s); the dotted capital I lowers to two characters, which the length of the folded text shows
#: (tests/extract/test_required_words.py checks this against every code point).
UNFAITHFUL_FOLDS = frozenset("\u0131\u017f")
#: Words shorter than this are in nearly every clause: not worth a test.
_SHORTEST_USEFUL = 3
#: More words than this cost about what the pattern costs: no test.
_MOST_WORDS = 48
#: A pattern this long (in characters of its source) costs more to try than a window's test of each alternative's
#: words (``RequiredWords.parts``); a shorter one less than the test does (measured in instructions per document).
_LONG_PATTERN = 1000


class RequiredWords:
    """The words one of which every match holds, and whether to look for them in the lower-cased text; ``parts``:
    for each alternative of the pattern, the groups of words it needs one of each of (``_parts_of``), or None."""

    __slots__ = ("words", "folded", "parts")

    def __init__(self, words: tuple[str, ...], folded: bool,
                 parts: tuple[tuple[tuple[str, ...], ...], ...] | None = None) -> None:
        self.words = words
        self.folded = folded
        self.parts = parts


# by id(pattern): the grammar's patterns are compiled once per language and kept, so this stays small; each entry
# keeps its pattern alive, so an id is never reused for another
_DERIVED: dict[int, tuple[re.Pattern[str], RequiredWords | None]] = {}
# by source and flags but the mode's: a pattern and its ASCII twin (``languages.ascii_twins``) need the same words
_BY_SOURCE: dict[tuple[str, int], RequiredWords | None] = {}


def required_words(pattern: re.Pattern[str]) -> RequiredWords | None:
    """The words one of which every match of ``pattern`` holds, or None when no useful such words can be named."""
    known = _DERIVED.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    source = (pattern.pattern, pattern.flags & ~(re.ASCII | re.UNICODE))  # (an ASCII twin needs the same words)
    if source in _BY_SOURCE:
        _DERIVED[id(pattern)] = (pattern, _BY_SOURCE[source])
        return _BY_SOURCE[source]
    _BY_SOURCE[source] = derived = _derived(pattern)
    _DERIVED[id(pattern)] = (pattern, derived)
    return derived


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The literals one of which every match of ``pattern`` holds, however short or made of marks ("+++", "//" for
    ``\\+\\+\\+\\+*|///+``), or None when none can be named or the pattern ignores case: for a pattern searched in
    every line, whose literals a text seldom holds (``str.find`` looks for them several times faster than ``re``
    tries a class at every character)."""
    if pattern.flags & re.IGNORECASE:
        return None
    words = _needs(list(sre_parser.parse(pattern.pattern, pattern.flags)), False)
    if not words:
        return None
    return tuple(sorted(word for word in words if not any(other != word and other in word for other in words)))


def _derived(pattern: re.Pattern[str]) -> RequiredWords | None:
    folded = bool(pattern.flags & re.IGNORECASE)
    words = _needs(list(sre_parser.parse(pattern.pattern, pattern.flags)), folded)
    if words:  # a text that holds "reached" holds it whether or not it holds "has reached"
        words = {word for word in words if not any(other != word and other in word for other in words)}
    derived = None
    if words and len(words) <= _MOST_WORDS and _selectivity(words)[0] >= _SHORTEST_USEFUL:
        parts = _parts_of(pattern, folded) if len(pattern.pattern) >= _LONG_PATTERN else None
        derived = RequiredWords(tuple(sorted(words)), folded, parts)
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


def _parts_of(pattern: re.Pattern[str], folded: bool) -> tuple[tuple[tuple[str, ...], ...], ...] | None:
    """For each top-level alternative of ``pattern`` (behind a first-character guard), the groups of words every match
    of it holds one of each of: each literal run and each part it cannot skip that names words (``_needs``), of
    those worth a test. A window with one of ``words`` may still lack the rest of each alternative's ("in a ...
    attack" needs "attack" as well as "in"; "the strike killed" needs "strike" as well as "killed"). None when that
    tells no more than the words of ``required_words`` do."""
    items = list(sre_parser.parse(pattern.pattern, pattern.flags))
    while items and items[0][0] in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        del items[0]  # (scan.guarded's "(?=[...])", a word boundary before the alternatives: they name no word)
    if len(items) == 1 and items[0][0] is sre.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = list(items[0][1][3])
    alternatives = items[0][1][1] if len(items) == 1 and items[0][0] is sre.BRANCH else [items]
    parts = []
    for alternative in alternatives:
        needed = []
        run: list[str] = []
        for op, av in [*alternative, (None, None)]:  # (a last item that ends the last literal run)
            if op is sre.LITERAL and not (folded and (not chr(av).isascii() or len(chr(av).lower()) != 1)):
                run.append(chr(av).lower() if folded else chr(av))
                continue
            needed.append(_word(run))
            run = []
            if op is sre.SUBPATTERN and not av[1] and not av[2]:
                needed.append(_needs(list(av[3]), folded))
            elif op is sre.ATOMIC_GROUP:
                needed.append(_needs(list(av), folded))
            elif op is sre.BRANCH:
                options = [_needs(list(option), folded) for option in av[1]]
                needed.append(set().union(*options) if all(options) else None)  # type: ignore[arg-type]
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
                needed.append(_needs(list(av[2]), folded))
        useful = tuple(tuple(sorted(word for word in group if not any(other != word and other in word
                                                                        for other in group)))
                       for group in needed
                       if group and len(group) <= _MOST_WORDS and _selectivity(group)[0] >= _SHORTEST_USEFUL)
        if not useful:
            return None  # an alternative that needs no word worth a test: every window with one of ``words`` may match
        parts.append(useful)
    # (alternatives of one group each tell what ``words`` tells)
    return tuple(parts) if any(len(groups) > 1 for groups in parts) else None


def _selectivity(words: set[str]) -> tuple[int, int]:
    """How rarely a text holds one of ``words``, roughly: by the letters of the shortest (" the " is no rarer than
    "the"), then by fewest words."""
    return min(sum(c.isalnum() for c in word) for word in words), -len(words)


def _word(run: list[str]) -> set[str] | None:
    return {"".join(run)} if run else None


# One entry: the document being read (memory stays flat).
@functools.lru_cache(maxsize=1)
def lower_once(text: str) -> str:
    """``text.lower()``, lowered once for the document being read: its word tests (``Folded``), its date readings
    (``date_mentions``, one without a date and one with it) and its war-time reading (``dates``) read the same text."""
    return text.lower()


class Folded:
    """One document's text, lower-cased when that finds what ``re``'s IGNORECASE finds (else None), to test windows
    of it with ``required_words`` before a pattern is tried."""

    __slots__ = ("text", "folded")

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = lower_once(text)
        faithful = text.isascii() or (len(lowered) == len(text) and not UNFAITHFUL_FOLDS.intersection(text))
        self.folded: str | None = lowered if faithful else None

    def may_match(self, pattern: re.Pattern[str], lo: int, hi: int) -> bool:
        """False only when no match of ``pattern`` can lie inside ``text[lo:hi]`` (searched with pos and endpos, or
        in the slice): none of its required words is there."""
        known = _DERIVED.get(id(pattern))  # (``required_words``, looked up inline: asked a hundred times a document)
        needs = known[1] if known is not None and known[0] is pattern else required_words(pattern)
        if needs is None:
            return True
        text = self.folded if needs.folded else self.text
        if text is None:
            return True
        window = text[lo:hi]  # (one slice: cheaper than a bounded find per word)
        # (``holds_one_of`` written out here: asked some 150 times a document, the call cost more than its tests)
        for word in needs.words:
            if word in window:
                break
        else:
            return False  # (most windows)
        # (the window holds a word of some alternative: whether it holds one of each group of one alternative, asked
        # only here, costs a fraction of the pattern's search)
        if needs.parts is None:
            return True
        for alternative in needs.parts:
            for group in alternative:
                for word in group:
                    if word in window:
                        break
                else:
                    break  # (a group of which the window holds no word: not this alternative)
            else:
                return True
        return False


def holds_one_of(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``words``: an ``in`` test for each (``any(map(text.__contains__, words))`` calls
    ``__contains__`` through a wrapper for each word, several times the cost of the test; asked of most windows)."""
    for word in words:  # noqa: SIM110 (a generator in ``any`` costs more than the loop)
        if word in text:
            return True
    return False


class DigitOrWords:
    """A pattern that matches a digit or one of a few words (``\\d|\\b(?:one|two|...|ten)\\b``, a clause's next
    number), read as its parts: ``digit``, the pattern of a digit alone in the pattern's mode, which ``re`` skips to in
    C, and ``words``, the words its other matches are (lower-cased when ``folded``), which ``str.find`` finds. ``re``
    cannot skip to a match of the whole (its alternatives open with a class and a word boundary): it tries the
    alternation at every position of the window."""

    __slots__ = ("digit", "words", "folded")

    def __init__(self, digit: re.Pattern[str], words: tuple[str, ...], folded: bool) -> None:
        self.digit = digit
        self.words = words
        self.folded = folded


_DIGIT_SPLITS: dict[int, tuple[re.Pattern[str], DigitOrWords | None]] = {}  # by id(pattern), as ``_DERIVED``
_DIGIT_ALONE = [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_DIGIT)])]


def digit_or_words(pattern: re.Pattern[str]) -> DigitOrWords | None:
    """``pattern`` read as a digit or one of some words (``DigitOrWords``), or None when its top level is no
    alternation of ``\\d`` and alternatives that are each a word or an alternation of words, with word boundaries
    around (a match of one starts where its word does)."""
    known = _DIGIT_SPLITS.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    folded = bool(pattern.flags & re.IGNORECASE)
    items = list(sre_parser.parse(pattern.pattern, pattern.flags))
    split = None
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        alternatives = [list(alternative) for alternative in items[0][1][1]]
        others = [alternative for alternative in alternatives if alternative != _DIGIT_ALONE]
        words = [_words_alone(alternative, folded) for alternative in others]
        if len(others) < len(alternatives) and others and all(words):
            digit = re.compile(r"\d", pattern.flags & re.ASCII)  # (the digits of the pattern's mode)
            split = DigitOrWords(digit, tuple(sorted(set().union(*words))), folded)  # type: ignore[arg-type]
    _DIGIT_SPLITS[id(pattern)] = (pattern, split)
    return split


def _words_alone(items: list[tuple[Any, Any]], folded: bool) -> set[str] | None:
    """The words an alternative matches when it is a word or an alternation of words between word boundaries (so a
    match is one of them, from its start), else None."""
    while items and items[0] == (sre.AT, sre.AT_BOUNDARY):
        items = items[1:]
    while items and items[-1] == (sre.AT, sre.AT_BOUNDARY):
        items = items[:-1]
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        runs = [_literal_run(list(alternative), folded) for alternative in items[0][1][1]]
        return set(runs) if all(runs) else None  # type: ignore[arg-type]
    run = _literal_run(items, folded)
    return {run} if run else None


def _literal_run(items: list[tuple[Any, Any]], folded: bool) -> str | None:
    """The text a run of literals matches (lower-cased when ``folded``: ASCII letters only, which ``str.lower`` folds
    as ``re`` does), or None for anything else."""
    chars = [chr(av) for op, av in items if op is sre.LITERAL]
    if not chars or len(chars) != len(items) or (folded and not all(c.isascii() for c in chars)):
        return None
    return "".join(chars).lower() if folded else "".join(chars)
