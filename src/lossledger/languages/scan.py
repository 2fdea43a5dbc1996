"""Fast, exact matching of the profile's big word-list regexes over one document.

A profile vocabulary is one case-insensitive alternation of many aliases behind a ``(?<![\\w-])``
lookbehind (``profile._named_groups``). Python's ``re`` tries every alias at every position, so
scanning a sentence costs microseconds per character, and the extractor asks about the same
sentence many times. This module answers the same questions from a prefilter:

* When a profile is loaded, each vocabulary's pattern is parsed (``re._parser``) to find every
  literal prefix (up to four characters, lower-cased) its matches can start with, and the longer ones
  (up to eight, ``REACH``) the start scan reads.
* ``Lexicon.scan(text)`` finds, in one pass over the document, the positions where any of the longer
  prefixes starts after a lookbehind-valid boundary: the *candidates* of each vocabulary. At each
  candidate only the aliases whose prefixes fit the text there can match, so the pattern tried
  there is *narrowed* to those aliases, in their order and with their group names. The candidates are
  filed as the text is asked about: those of the first window asked, then (at a window past them) all.
* ``TextScan.finditer(name, lo, hi)`` then tries the narrowed patterns only at candidates inside
  the window and returns the matches ``pattern.finditer(text, lo, hi)`` returns (same span, same
  ``group(0)`` and ``lastgroup``). A candidate is matched afresh for each window that holds it: windows rarely
  share a (position, window end), and keeping the matches cost more than it saved.

Exactness: a position that is not a candidate cannot start a match, because every match starts
with one of the derived prefixes (case-folded with ``str.lower``, which agrees with ``re``'s
IGNORECASE on ASCII; documents with other characters that ``re`` folds differently fall back to
trying every boundary). Vocabularies the analysis cannot bound (an alias that may start with any
word character, or may match the empty string) are always scanned with the plain regex.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["Lexicon", "TextScan", "Vocabulary", "LOOKBEHIND", "WORD_MARKS", "class_first", "first_char_lookahead",
           "guarded", "literal_prefixes", "required_chars", "trie_regex", "ASCII_CHARACTERS", "ASCII_LEAD"]

#: The word boundary every vocabulary pattern starts with (see ``profile._named_groups``).
LOOKBEHIND = r"(?<![\w-])"
#: Prefix length used for the prefilter: long enough to be selective, short enough to bound (four, not three:
#: "the " and "rus" start far fewer aliases than "the" and "ru"; 4% faster on loss-dense news, same matches).
PREFIX = 4
#: How far the start scan reads each word that may open a match: the prefixes of this length (the narrowed patterns
#: are still chosen by PREFIX characters). Four characters let every "the ", "that", "of t" through, a word begun
#: by some alias ("the kremlin", "that day"); eight turn most of them away, 40% of an English document's boundaries.
REACH = 8
#: Bound on the per-lexicon memo of 3-character keys, so memory stays flat over a corpus.
_MEMO_LIMIT = 20_000
#: ``[^\w-]``, the character before a word the lookbehind lets through, in an ASCII text: ``re`` tests a character
#: against this class with one bit of a table, against ``\w`` with Unicode's tables (the scans of a whole document for
#: the words that may open a match find their starts from it: a sixth of their instructions).
ASCII_LEAD = r"[^0-9A-Za-z_\-]"
#: The 128 ASCII characters: what a set of a text's characters loses to leave those a test must look at.
ASCII_CHARACTERS = frozenset(map(chr, range(128)))
#: A repeat bounded by this many ("{1,2}") is expanded for each count; a longer one is followed once.
_SMALL_REPEAT = 3
#: A charset wider than this is treated as "any character" rather than expanded.
_MAX_CLASS = 16
_OPEN = object()  # marks a prefix after which anything may follow
#: The lookbehind fails after a character that ``isalnum()`` or is one of these: ``[\w-]`` (re's ``\w`` is exactly
#: ``str.isalnum()`` or "_"), tested without a call into ``re`` for each sliced window.
WORD_MARKS = "_-"
_BEGINNINGS = {sre.AT_BEGINNING, sre.AT_BEGINNING_LINE, sre.AT_BEGINNING_STRING}


def _class_chars(items: list[tuple[Any, Any]], widest: int = _MAX_CLASS) -> list[str] | None:
    """The characters of a ``[...]`` class, or None when it is negated, a category or wider than ``widest``."""
    chars: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            chars.append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < widest:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars if len(chars) <= widest else None


def _expand(items: list[tuple[Any, Any]], prefix: str, out: set[str], limit: int = PREFIX, fold: bool = True, *,
            widest: int = _MAX_CLASS, line_starts: list[bool] | None = None,
            led: list[tuple[str, str, tuple[str, ...]]] | None = None) -> None:
    """Add to ``out`` every lower-cased prefix (at most ``limit`` long) a match of ``items`` can start with
    (``fold=False``: as the pattern spells it, for a case-sensitive pattern). A class of more than ``widest``
    characters is read as any character. With ``line_starts``, a match that opens on '^' or a lookbehind on a line
    break adds no prefix: True is appended to ``line_starts`` instead (the caller looks at each line's start).

    A prefix shorter than PREFIX means "anything may follow" (the pattern ended, or became too
    open to follow): it is still a valid, if less selective, requirement."""
    if len(prefix) >= limit or not items:
        out.add(prefix[:limit])
        return
    (op, av), rest = items[0], items[1:]
    if led is not None and not prefix:
        found = word_after_a_lead((op, av), rest, limit, fold, widest=widest)
        if found is not None:
            led.append(found)  # the match starts at a mark or a line's start before a run of spaces and a word
            return
    if line_starts is not None and not prefix and _opens_a_line((op, av)):
        line_starts.append(True)  # the match starts where a line does
        return

    def expand(more: list[tuple[Any, Any]], longer: str) -> None:
        _expand(more, longer, out, limit, fold, widest=widest, line_starts=line_starts, led=led)

    if op is sre.LITERAL:
        char = chr(av).lower() if fold else chr(av)
        if len(char) != 1:
            out.add(prefix)
            return
        expand(rest, prefix + char)
    elif op is sre.IN:
        chars = _class_chars(av, widest)
        if chars is None:
            out.add(prefix)
            return
        for char in {c.lower() if fold else c for c in chars}:
            if len(char) != 1:
                out.add(prefix)
                return
            expand(rest, prefix + char)
    elif op is sre.SUBPATTERN:
        if not fold and (av[1] or av[2]):
            out.add(prefix)  # "(?i:...)" in a case-sensitive pattern: its characters are not spelled as they match
            return
        expand(list(av[-1]) + rest, prefix)
    elif op is sre.BRANCH:
        for alternative in av[1]:
            expand(list(alternative) + rest, prefix)
    elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, item = av
        if low == 0:
            expand(rest, prefix)  # the item left out
        if high == 1:
            expand(list(item) + rest, prefix)
        elif high <= _SMALL_REPEAT:
            for count in range(max(low, 1), high + 1):  # "[0-9]{1,2}-year": each count, then what follows
                expand(list(item) * count + rest, prefix)
        else:
            expand(list(item) + [(_OPEN, None)], prefix)  # once, then unknown
    elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        expand(rest, prefix)  # zero-width: consumes nothing
    else:  # ANY, CATEGORY, NOT_LITERAL, group references, _OPEN ...
        out.add(prefix)


def literal_prefixes(pattern: str, flags: int = 0, *, length: int = PREFIX, anchored: bool = False,
                     fold: bool = True, widest: int = _MAX_CLASS, line_starts: list[bool] | None = None,
                     led: list[tuple[str, str, tuple[str, ...]]] | None = None) -> set[str] | None:
    """The lower-cased prefixes every match of ``pattern`` starts with, or None if it cannot be bounded.

    ``literal_prefixes(r"(?:main )?tanks?")`` is ``{"main", "tank"}``; a pattern that can start
    with any word character or match the empty string gives None. ``length`` bounds the prefixes (PREFIX: the
    prefilter's keys). A pattern with '^' or '\\A' gives None unless ``anchored`` (for a test made inside the
    same pattern, which sees the window as the anchor does; a slice does not). ``fold=False``: the prefixes as
    spelled, for a case-sensitive pattern. ``widest``: the most characters of a class read one by one.
    ``line_starts``: True is appended when some match starts where a line does (see ``_expand``). ``led``: the
    alternatives that open on a mark or a line's start, a run of spaces and words are appended to it, not read as
    prefixes (``word_after_a_lead``)."""
    parsed = sre_parser.parse(pattern, flags)
    if parsed.getwidth()[0] == 0 or (not anchored and _has_beginning_anchor(list(parsed))):
        return None
    out: set[str] = set()
    _expand(list(parsed), "", out, length, fold, widest=widest, line_starts=line_starts, led=led)
    return None if "" in out else out


def word_after_a_lead(item: tuple[Any, Any], rest: list[tuple[Any, Any]], limit: int, fold: bool, *,
                      widest: int = _MAX_CLASS) -> tuple[str, str, tuple[str, ...]] | None:
    """A match that opens on ``item`` and goes on with ``rest``, when it is a lead (a class of marks, or a line's start:
    '^' or a lookbehind on a line break), a run of spaces and words: (the lead's characters, "" for a line's start;
    the run's characters, "" for any space, ``\\s``; the words' lower-cased prefixes). None for any other."""
    if not rest or rest[0][0] not in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return None
    if _opens_a_line(item):
        lead = ""
    else:
        op, av = item
        chars = [chr(av)] if op is sre.LITERAL else _class_chars(av, widest) if op is sre.IN else None
        if not chars or any(char.isalnum() or char.isspace() or char == "_" for char in chars):
            return None
        lead = "".join(sorted(chars))
    _low, _high, repeated = rest[0][1]
    repeated = list(repeated)
    if len(repeated) != 1 or repeated[0][0] is not sre.IN:
        return None
    if list(repeated[0][1]) == [(sre.CATEGORY, sre.CATEGORY_SPACE)]:
        if not lead:
            return None  # (a run of any space after a line's start may cross the next line's start)
        run = ""
    else:
        spaces = _class_chars(repeated[0][1], widest)
        if not spaces or not all(char.isspace() and char != "\n" for char in spaces):
            return None  # (a run that may cross a line's end would walk back past the line's start)
        run = "".join(sorted(spaces))
    words: set[str] = set()
    _expand(rest[1:], "", words, limit, fold, widest=widest)
    if not words or "" in words:
        return None
    return lead, run, tuple(sorted(words))


def _opens_a_line(item: tuple[Any, Any]) -> bool:
    """'^', a lookbehind on a line break, or an alternation of them ("(?:^|(?<=\\n))"): the start of a line."""
    op, av = item
    if op is sre.AT:
        return av in _BEGINNINGS
    if op is sre.ASSERT:
        return bool(av[0] == -1 and list(av[1]) == [(sre.LITERAL, ord("\n"))])
    if op is sre.BRANCH:
        return all(len(alternative) == 1 and _opens_a_line(alternative[0]) for alternative in av[1])
    return False


def required_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Characters one of which every match of ``pattern`` holds, or None when none can be named: the fewest of
    a literal or a class of literals that the pattern's top level cannot skip (``[-:=]+`` in a label's gap). A
    text that holds none of them holds no match: a test by ``str`` methods before the pattern is tried. Only for
    patterns without IGNORECASE (whose literals are the characters matched)."""
    if pattern.flags & re.IGNORECASE:
        return None
    best: frozenset[str] | None = None
    for op, av in sre_parser.parse(pattern.pattern, pattern.flags):
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1 and len(av[2]) == 1:
            op, av = av[2][0]  # "x+": one x at least
        chars: list[str] | None = None
        if op is sre.LITERAL:
            chars = [chr(av)]
        elif op is sre.IN:
            chars = _class_chars(av)
        if chars and (best is None or len(chars) < len(best)):
            best = frozenset(chars)
    return best


def trie_regex(words: set[str]) -> str:
    """An alternation that matches where some word of ``words`` begins, factored as a trie:
    ``{"kill", "kia", "dead"}`` -> ``(?:ki(?:a|ll)|dead)``. A word that begins with another is left out (the
    shorter matches wherever the longer does). The branches of each level begin with different characters, so at most
    one of them can match at a position and their order changes no match: the one with the most words comes first
    (``re`` tries a level's branches one by one, each rejected by its first character, and the character that begins
    the most words begins the most text too: the scans of whole documents for word starts cost less)."""
    kept: list[str] = []
    for word in sorted(words):  # a word that begins with another sorts right after it or its followers
        if not kept or not word.startswith(kept[-1]):
            kept.append(word)
    return _trie(kept)


def _trie(words: list[str]) -> str:
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    # (a stable sort: branches of as many words stay in alphabetical order)
    for first, rests in sorted(by_first.items(), key=lambda branch: -len(branch[1])):
        if "" in rests or not rests:
            branches.append(re.escape(first))
        elif len(rests) == 1:
            branches.append(re.escape(first + rests[0]))
        else:
            branches.append(re.escape(first) + _trie(rests))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def guarded(pattern: re.Pattern[str], *, cased: bool = False) -> re.Pattern[str]:
    """``pattern`` behind a lookahead on the characters its matches can start with: the same matches.

    ``re`` tries a pattern that opens with ``\\b`` or a lookbehind at every position, alternative by
    alternative; the one-character class rejects most positions at once, which makes ``search`` and
    ``finditer`` several times faster on prose. Patterns without IGNORECASE (unless ``cased``), or whose first
    character cannot be bounded (see ``literal_prefixes``), are returned unchanged."""
    lookahead = first_char_lookahead(pattern.pattern, pattern.flags, cased=cased)
    if not lookahead:
        return pattern
    end = "\n)" if pattern.flags & re.VERBOSE else ")"  # a trailing verbose comment must not eat the ')'
    return re.compile(f"{lookahead}(?:{pattern.pattern}{end}", pattern.flags)


#: A pattern's opening one-character atom repeated once or more, greedily ("[.!?]+"): a class, an escape or a character.
_OPENING_ONE_OR_MORE = re.compile(r"(\[(?:\\.|[^\]\\])+\]|\\[^\d]|[^\\\[\](){}|*+?^$.#\s])\+(?![?+])")


def class_first(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with an opening ``X+`` written ``XX*``: the same matches, but ``re`` skips to a leading class
    or character at once (it looks for one in a pattern's first item only, not inside a repeat), where it tries
    the whole pattern at every position. Any other pattern is returned unchanged."""
    opening = None if pattern.flags & re.VERBOSE else _OPENING_ONE_OR_MORE.match(pattern.pattern)
    if opening is None:
        return pattern
    atom = opening.group(1)
    return re.compile(atom + atom + "*" + pattern.pattern[opening.end():], pattern.flags)


def first_char_lookahead(pattern: str, flags: int, *, cased: bool = False) -> str:
    """``(?=[...])`` on the characters a match of ``pattern`` can start with, or "" when unknown.

    For IGNORECASE patterns the class is matched with the same case folding as the pattern, so it accepts
    every character the pattern's first literal does. A case-sensitive pattern gets one only when ``cased``
    (its characters as spelled; none when a part of it is "(?i:...)", whose characters are not)."""
    folded = bool(flags & re.IGNORECASE)
    if not folded and not cased:
        return ""
    # a lookahead at the match's own position: '^' before the first character changes nothing it tests
    prefixes = literal_prefixes(pattern, flags, anchored=True, fold=folded)
    if not prefixes:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted({prefix[0] for prefix in prefixes})) + "])"


def _has_beginning_anchor(items: list[tuple[Any, Any]]) -> bool:
    """'^' and '\\A' differ between a window (pos) and a slice: such patterns are not prefiltered."""
    for op, av in items:
        if op is sre.AT and av in _BEGINNINGS:
            return True
        children: list[Any] = []
        if op is sre.SUBPATTERN:
            children = [av[-1]]
        elif op is sre.BRANCH:
            children = list(av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            children = [av[2]]
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            children = [av[1]]
        if any(_has_beginning_anchor(list(child)) for child in children):
            return True
    return False


class Vocabulary:
    """One vocabulary: ``LOOKBEHIND (?:alt1|alt2|...) tail``, compiled whole and in parts.

    ``pattern`` is the whole regex (what the profile exposes); ``bare`` the same without the
    leading lookbehind (for the first position of a slice). ``prefixes[i]`` are the literal
    prefixes of alternative ``i``, or ``prefixes`` is None when some alternative cannot be
    bounded: the vocabulary is then always scanned with ``pattern`` itself."""

    def __init__(self, name: str, alternatives: list[str], *, tail: str = "",
                 flags: int = re.IGNORECASE) -> None:
        self.name = name
        self.alternatives = alternatives
        self.tail = tail
        self.flags = flags
        self.pattern = self._compile(alternatives)
        self.bare = re.compile(self.pattern.pattern[len(LOOKBEHIND):], flags)
        self.prefixes: list[frozenset[str]] | None = None
        self.reach: frozenset[str] = frozenset()  # what the start scan reads (see REACH), with ``prefixes``
        self._narrowed: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._narrowed_bare: dict[tuple[int, ...], re.Pattern[str]] = {}  # the same, without the lookbehind
        # {prefix: indices of the alternatives with that prefix}: ``narrowed`` looks up the key's own
        # beginnings instead of testing every prefix of every alternative (a profile has thousands)
        self._by_prefix: dict[str, list[int]] = {}
        self._prefix_lengths: tuple[int, ...] = ()
        if flags & re.IGNORECASE:
            found = [literal_prefixes(alt, flags) for alt in alternatives]
            if all(p is not None and all(_folds_like_lower(c) for prefix in p for c in prefix)
                   for p in found):
                self.prefixes = [frozenset(p or ()) for p in found]
                for i, prefixes in enumerate(self.prefixes):
                    for prefix in prefixes:
                        self._by_prefix.setdefault(prefix, []).append(i)
                self._prefix_lengths = tuple(sorted({len(prefix) for prefix in self._by_prefix}))
                # the longer prefixes the start scan reads (the shorter ones where a longer one holds a character
                # that str.lower does not fold as re does)
                reach = {prefix for alt in alternatives for prefix in literal_prefixes(alt, flags, length=REACH) or ()}
                safe = all(_folds_like_lower(c) for prefix in reach for c in prefix)
                self.reach = frozenset(reach) if safe else frozenset().union(*self.prefixes)

    def _compile(self, alternatives: list[str], *, bare: bool = False) -> re.Pattern[str]:
        return re.compile(("" if bare else LOOKBEHIND) + "(?:" + "|".join(alternatives) + ")" + self.tail, self.flags)

    def narrowed(self, key: str, *, bare: bool = False) -> re.Pattern[str] | None:
        """The pattern with only the alternatives that can start with ``key`` (folded text), in order.

        At a position whose text starts with ``key`` it matches exactly as ``pattern`` does: the
        alternatives left out cannot match there, and named groups keep their names (``lastgroup``).
        None when no alternative can start there. ``bare``: the same narrowing of ``bare``."""
        assert self.prefixes is not None
        by_prefix = self._by_prefix
        kept = tuple(sorted({i for n in self._prefix_lengths if n <= len(key)
                             for i in by_prefix.get(key[:n], ())}))
        if not kept:
            return None
        # many keys keep the same alternatives: one compiled pattern per distinct choice (bounded)
        compiled = self._narrowed_bare if bare else self._narrowed
        narrowed = compiled.get(kept)
        if narrowed is None:
            narrowed = compiled[kept] = self._compile([self.alternatives[i] for i in kept], bare=bare)
        return narrowed


def _folds_like_lower(char: str) -> bool:
    """True when ``re`` (IGNORECASE) matches ``char`` to an ASCII character only if ``str.lower`` agrees."""
    if char.isascii():
        return True
    literal = re.compile(re.escape(char), re.IGNORECASE)
    return not any(literal.fullmatch(chr(a)) for a in range(128))


class Lexicon:
    """All vocabularies of a profile, with a table from text prefixes to the narrowed patterns to try."""

    def __init__(self, vocabularies: list[Vocabulary]) -> None:
        self.vocabularies = {v.name: v for v in vocabularies}
        self._by_name = {name: (i, v) for i, (name, v) in enumerate(self.vocabularies.items())}
        self._prefixed = [(i, v) for i, v in enumerate(vocabularies) if v.prefixes is not None]
        self._prefixed_by_index = dict(self._prefixed)
        self.size = len(vocabularies)  # the indices of the vocabularies run below it
        all_prefixes = {prefix for _, v in self._prefixed for ps in v.prefixes or () for prefix in ps}
        self._lengths = sorted({len(prefix) for prefix in all_prefixes})
        self._known = frozenset(all_prefixes)
        reach = {prefix for _, v in self._prefixed for prefix in v.reach}
        self.alphabet = frozenset(c for prefix in all_prefixes | reach for c in prefix)
        firsts = sorted({prefix[0] for prefix in all_prefixes})
        # Positions where a prefilterable match may start: after the lookbehind, on a first character.
        first_chars = "[" + "".join(re.escape(c) for c in firsts) + "]"
        self._starts = re.compile(LOOKBEHIND + first_chars, re.IGNORECASE) if firsts else None
        # The same positions in the lower-cased text, found from the character before them: ``re`` skips to a
        # leading class without trying the pattern at every position, and a character that ends no word is rarer
        # than a first character (the text's start, with no character before it, is tested apart). Only where one
        # of the longer prefixes begins (a prefix tree, tried a character at a time, REACH characters at most): half
        # the words of English news begin with none, and would file nothing (``patterns_at``), and each start found
        # costs more than the tree's reading further.
        self._folded_starts = re.compile(r"[^\w-](?=" + trie_regex(reach) + ")") if firsts else None
        # (and in an ASCII text, with its ASCII lead: the same starts; compiled when an ASCII text first asks)
        self._ascii_folded_starts: re.Pattern[str] | None = None
        self._first_chars = frozenset(firsts)
        self._memo: dict[str, dict[int, re.Pattern[str]]] = {}
        self._bare_memo: dict[str, dict[int, re.Pattern[str]]] = {}  # bare_at's
        # patterns_at's answers as (index, pattern) pairs, () where none: what TextScan files at each boundary
        self._filed: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = {}
        self._safe_chars: dict[str, bool] = {}

    def folded_starts(self, fold: str) -> list[int]:
        """Where a prefiltered match may start in ``fold``, a text lower-cased where that folds safely (those of
        ``_starts``' positions where a prefix begins: lower-casing one character to one keeps whether it is a word
        character, tested for every one)."""
        starts = list(map(re.Match.end, self.starts_pattern(fold).finditer(fold)))
        if fold[:1] in self._first_chars:
            starts.insert(0, 0)
        return starts

    def starts_pattern(self, fold: str) -> re.Pattern[str]:
        """``_folded_starts``, or its ASCII twin for an ASCII ``fold`` (the same matches)."""
        assert self._folded_starts is not None
        if not fold.isascii():
            return self._folded_starts
        if self._ascii_folded_starts is None:
            self._ascii_folded_starts = re.compile(ASCII_LEAD + self._folded_starts.pattern[len(r"[^\w-]"):])
        return self._ascii_folded_starts

    def scan(self, text: str) -> TextScan:
        return TextScan(self, text)

    def patterns_at(self, key: str) -> dict[int, re.Pattern[str]]:
        """{index: narrowed pattern} of each vocabulary that may match where the folded text is ``key``."""
        found = self._memo.get(key)
        if found is None:
            if not any(key[:n] in self._known for n in self._lengths):
                found = {}
            else:
                found = {i: narrowed for i, v in self._prefixed if (narrowed := v.narrowed(key)) is not None}
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            self._memo[key] = found
        return found

    def bare_at(self, key: str) -> dict[int, re.Pattern[str]]:
        """``patterns_at`` for the vocabularies' ``bare`` patterns (a slice's first position: no lookbehind)."""
        found = self._bare_memo.get(key)
        if found is None:
            found = {i: narrowed for i in self.patterns_at(key)
                     if (narrowed := self._prefixed_by_index[i].narrowed(key, bare=True)) is not None}
            if len(self._bare_memo) >= _MEMO_LIMIT:
                self._bare_memo.clear()
            self._bare_memo[key] = found
        return found

    def filed_at(self, key: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
        """``patterns_at(key)``'s items, kept (bounded) for ``TextScan``'s filing."""
        filed = self._filed[key] = tuple(self.patterns_at(key).items())
        if len(self._filed) >= _MEMO_LIMIT:
            self._filed.clear()
        return filed

    def whole_patterns(self) -> dict[int, re.Pattern[str]]:
        """Every prefiltered vocabulary with its whole pattern: for text whose case folding is not safe."""
        return {i: v.pattern for i, v in self._prefixed}

    def folds_safely(self, text: str) -> bool:
        """True when ``text.lower()`` stands in faithfully for ``re``'s IGNORECASE on the prefix alphabet."""
        if text.isascii():
            return True
        for char in set(text).difference(ASCII_CHARACTERS):  # (the text's other characters, set apart in C)
            safe = self._safe_chars.get(char)
            if safe is None:
                lower = char.lower()
                folded = re.compile(re.escape(char), re.IGNORECASE)
                safe = len(lower) == 1 and all(c == lower for c in self.alphabet if folded.fullmatch(c))
                if len(self._safe_chars) >= _MEMO_LIMIT:
                    self._safe_chars.clear()
                self._safe_chars[char] = safe
            if not safe:
                return False
        return True


class TextScan:
    """The candidates of every vocabulary in one text, and exact ``finditer``/``search`` over windows."""

    def __init__(self, lexicon: Lexicon, text: str) -> None:
        self.lexicon = lexicon
        self.text = text
        # per vocabulary (by index): candidate positions (ascending) and the narrowed pattern to try at each
        positions: list[list[int]] = [[] for _ in range(lexicon.size)]
        patterns: list[list[re.Pattern[str]]] = [[] for _ in range(lexicon.size)]
        self._candidates = list(zip(positions, patterns, strict=True))
        self._fold: str | None = None  # the lower-cased text where it stands in for re's case folding
        # the vocabularies by name, once every candidate is filed; until then none, and each window asked is tested
        # first (``_cover``: a document the gate lets through may be asked about one sentence only, as general news
        # whose first sentence with a count counts nothing)
        self._by_name = lexicon._by_name
        self._lo = self._hi = 0  # the candidates of [_lo, _hi) are filed
        if lexicon._starts is None:
            return
        fold = text.lower() if lexicon.folds_safely(text) else None
        if fold is not None and len(fold) == len(text) and lexicon._folded_starts is not None:
            self._fold = fold
            self._by_name = {}  # filed as windows are asked (``_cover``)
            return
        if fold is not None and lexicon._folded_starts is not None:
            starts = lexicon.folded_starts(fold)
        else:
            starts = list(map(re.Match.start, lexicon._starts.finditer(text)))
        if fold is not None and len(fold) == len(text):
            self._fold = fold
            self._file(starts, positions, patterns)
        else:
            for j, pattern in lexicon.whole_patterns().items():
                self._candidates[j] = (starts, [pattern] * len(starts))

    def _file(self, starts: list[int], positions: list[list[int]], patterns: list[list[re.Pattern[str]]]
              ) -> None:
        """File each of ``starts`` (ascending) under the vocabularies that may match there, in ``positions`` and
        ``patterns``."""
        fold = self._fold
        assert fold is not None
        # patterns_at with its memo looked up inline, and each boundary's patterns filed at once under
        # their vocabularies (lists by index, pairs memoised: no dict or None test per pattern): this runs for
        # every word of every document
        known, at = self.lexicon._filed.get, self.lexicon.filed_at
        for p in starts:
            found = known(fold[p : p + PREFIX])
            if found is None:
                found = at(fold[p : p + PREFIX])
            for j, pattern in found:
                positions[j].append(p)
                patterns[j].append(pattern)

    def _starts_in(self, lo: int, hi: int) -> list[int]:
        """``Lexicon.folded_starts`` of the folded text, those in [lo, hi): each is found from the character before
        it, and the prefix tree after it reads at most REACH characters, so a search from ``lo - 1`` that sees the
        text up to ``hi + REACH`` finds the same ones."""
        fold = self._fold
        assert fold is not None
        starts = list(map(re.Match.end, self.lexicon.starts_pattern(fold).finditer(fold, max(0, lo - 1), hi + REACH)))
        del starts[bisect_left(starts, hi):]
        if lo == 0 and fold[:1] in self.lexicon._first_chars:
            starts.insert(0, 0)
        return starts

    def _cover(self, name: str, lo: int, hi: int) -> tuple[int, Vocabulary]:
        """``Lexicon._by_name[name]``, once the candidates of the window [lo, hi) are filed: the window's if it is the
        first asked (the stages ask about a number's sentence in windows around the number: the first is often all
        a document is asked), else all of them (then ``_by_name`` is the lexicon's: the windows asked after are no
        longer tested)."""
        size = len(self.text)
        if (lo < self._lo or hi > self._hi) and max(0, lo) < min(size, hi):
            positions = [found for found, _ in self._candidates]
            patterns = [tried for _, tried in self._candidates]
            if self._lo == self._hi:  # the first window
                self._lo, self._hi = max(0, lo), min(size, hi)
                self._file(self._starts_in(self._lo, self._hi), positions, patterns)
            else:  # the rest of the text: what lies after the first window after its candidates, what before before
                self._file(self._starts_in(self._hi, size), positions, patterns)
                if self._lo > 0:
                    earlier: list[list[int]] = [[] for _ in positions]
                    earlier_patterns: list[list[re.Pattern[str]]] = [[] for _ in positions]
                    self._file(self._starts_in(0, self._lo), earlier, earlier_patterns)
                    for found, tried, before, tried_before in zip(positions, patterns, earlier, earlier_patterns,
                                                                  strict=True):
                        found[:0] = before
                        tried[:0] = tried_before
                self._lo, self._hi = 0, size
            if self._lo == 0 and self._hi == size:
                self._by_name = self.lexicon._by_name
        return self.lexicon._by_name[name]

    def _candidates_of(self, i: int) -> tuple[list[int], list[re.Pattern[str]]]:
        return self._candidates[i]

    def _slice_start(self, i: int, vocab: Vocabulary, lo: int, hi: int) -> re.Match[str] | None:
        """``vocab.bare.match(text, lo, hi)``: at a slice's first position, after a word character, tried with only
        the alternatives that can start there (``narrowed``), as the candidates are (a whole vocabulary's
        alternation costs a microsecond or more at one position)."""
        fold = self._fold
        if fold is None or vocab.prefixes is None:
            return vocab.bare.match(self.text, lo, hi)
        bare = self.lexicon.bare_at(fold[lo : lo + PREFIX]).get(i)
        return None if bare is None else bare.match(self.text, lo, hi)

    def finditer(self, name: str, lo: int, hi: int, *, sliced: bool = False) -> Iterator[re.Match[str]]:
        """The matches of vocabulary ``name`` in ``text[lo:hi]``: those of ``pattern.finditer(text, lo, hi)``.

        ``sliced=True`` gives the matches of ``pattern.finditer(text[lo:hi])`` instead (with offsets
        into ``text``): in a slice, the lookbehind cannot see the character before ``lo``."""
        try:
            i, vocab = self._by_name[name]
        except KeyError:  # (not all filed: the test costs nothing once they are)
            i, vocab = self._cover(name, lo, hi)
        pos = lo
        if sliced and 0 < lo < hi and ((c := self.text[lo - 1]).isalnum() or c in WORD_MARKS):
            # In a slice the first position passes the lookbehind whatever precedes it in the text.
            first = self._slice_start(i, vocab, lo, hi)
            if first is not None:
                yield first
                pos = first.end()
        if vocab.prefixes is None:
            yield from vocab.pattern.finditer(self.text, pos, hi)
            return
        # asked tens of times per sentence: the candidates are looked up inline
        positions, patterns = self._candidates[i]
        k = bisect_left(positions, pos)
        text, count = self.text, len(positions)
        while k < count:
            p = positions[k]
            if p >= hi:
                break
            if p >= pos:
                m = patterns[k].match(text, p, hi)
                if m is not None:
                    yield m
                    pos = m.end()
            k += 1

    def search(self, name: str, lo: int, hi: int, *, sliced: bool = False) -> re.Match[str] | None:
        """The first match of vocabulary ``name`` in the window (see ``finditer``)."""
        try:
            i, vocab = self._by_name[name]
        except KeyError:  # (see finditer)
            i, vocab = self._cover(name, lo, hi)
        # finditer's first match, without a generator (asked thousands of times per document)
        if sliced and 0 < lo < hi and ((c := self.text[lo - 1]).isalnum() or c in WORD_MARKS):
            first = self._slice_start(i, vocab, lo, hi)
            if first is not None:
                return first
        if vocab.prefixes is None:
            return vocab.pattern.search(self.text, lo, hi)
        # The first candidate in the window that matches.
        positions, patterns = self._candidates_of(i)
        text = self.text
        for k in range(bisect_left(positions, lo), len(positions)):
            p = positions[k]
            if p >= hi:
                return None
            m = patterns[k].match(text, p, hi)
            if m is not None:
                return m
        return None

