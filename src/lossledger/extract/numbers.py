"""Numbers as news writes them, and the numbers that are never loss figures.

``find_numbers(text)`` returns every count in a text: digit groups ("1,417,770", "1 417 770",
"17.700.000"), words ("two", "thirty-four", "a million"), scaled forms ("85 thousand", "1.22 million"),
ranges ("600-800", "between 2,000 and 4,000", "7,000 to 15,000", "70 or 80,000") and the General Staff's
daily deltas ("(+650)"). It leaves out what is not a count of anything lost: years, dates, times, money,
percentages, distances, areas, durations, ages, ratios, ordinals and unit designations ("155th brigade",
"155mm", "T-72", "M777").

The qualifier words ("about", "more than", "up to") are the profile's; the number, scale and range words
and the words around years and days are the grammar's (``languages/<code>/grammar.toml``): this module knows
the shape of digits and of a range, not its words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

from ..languages.ascii_twins import in_ascii
from ..languages.grammar import PatternGrammar
from ..languages.reverse import reversed_at_end
from ..languages.scan import first_char_lookahead, guarded, trie_regex

__all__ = ["Number", "NumberRules", "find_numbers"]


class NumberRules:
    """The patterns and word tables this stage reads, compiled from one language's grammar (once per
    language: ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        # the language's number words
        self.word_values: dict[str, int] = g.table("numbers.values")
        self.scales: dict[str, int] = g.table("numbers.multipliers")
        self.scale_endings = tuple(self.scales)  # for str.endswith
        self.months = "|".join(month.lower() for month in g.table("dates.months"))
        # Words right after a number that make it a measure of something other than a count of losses.
        self.not_count_units = g.source("not_count_units")
        self.currency_before = g.source("currency_before")
        # Words right before a number that make it a label, a rank or a duration rather than a count.
        self.not_count_before = g.source("not_count_before")
        # ... but not a unit told as what a loss cost ("cost the Ukrainian brigade 14 men")
        self.cost_unit_before_re = g.pattern("cost_unit_before")
        self.words = "|".join(sorted((re.escape(w) for w in self.word_values), key=len, reverse=True))
        # "thirty-four": a ten and a unit (the spelled tens and units of numbers.tens and numbers.units)
        tens = g.words("numbers.tens")
        self.word_number = rf"(?:(?:{'|'.join(tens)})[- ](?:{'|'.join(g.words('numbers.units'))})|{self.words})"
        self.atom = (rf"(?:(?:{_DIGITS}){g.source('digit_scale')}?"
                     rf"|{self.word_number}(?:{g.source('word_scale')})?)")
        # The words of a range or pair: "between 2,000 and 4,000", "from 7,000 to 15,000", "70 or 80,000".
        self.range_opening = g.words("numbers.range_opening")
        range_from = g.words("numbers.range_from")
        self.range_to = frozenset(g.words("numbers.range_to"))
        # "rose by 1,230 to 1,088,420": a change and the level it brings, not a range
        self.change_by_re = re.compile(rf"\b(?:{'|'.join(map(re.escape, g.words('numbers.change_by')))})\s+$",
                                       re.IGNORECASE)
        # "rose from nine to 16": a change told by its two levels, not a range
        self.change_from_re = guarded(re.compile(
            rf"\b(?:{'|'.join(map(re.escape, g.words('numbers.change_from')))})\s+$", re.IGNORECASE))
        self.pair_and = frozenset(g.words("numbers.pair_and"))
        self.pair_or = frozenset(g.words("numbers.pair_or"))
        self.pairs = self.pair_and | self.pair_or
        separators = "|".join(re.escape(w) for w in (*g.words("numbers.range_to"), *g.words("numbers.pair_and"),
                                                     *g.words("numbers.pair_or")))
        # Every match starts with a digit, a range's opening word or a number word. Checking that first, the words
        # as a prefix tree ("th" would let "the" through to the whole pattern), lets ``re`` skip other words at
        # once: the same matches, found faster.
        self.starts = trie_regex({w.lower() for w in (*self.word_values, *tens, *self.range_opening, *range_from)})
        number = (
            rf"(?P<number>(?=\d|{self.starts})(?:(?:{'|'.join(map(re.escape, self.range_opening))})\s+)?"
            rf"(?:(?:{'|'.join(map(re.escape, range_from))})\s+)?(?P<lo>{self.atom})"
            rf"(?:\s*(?P<sep>-|–|—|{separators})\s*(?P<hi>{self.atom}))?(?![\w]))")
        self.number_re = re.compile(rf"(?<![\w.,/:+-]){number}", re.IGNORECASE)
        # The same numbers after the character before them (a mark or a space; one at the text's start has none, and
        # ``number_re`` reads it): a leading class ``re`` skips to at once, where a lookbehind is tried at every
        # position. A number ends in a word character, so the next one's mark lies past it (same matches: tested).
        self.number_after_mark = re.compile(rf"[^\w.,/:+-]{number}", re.IGNORECASE)
        # Their twins for lower-cased ASCII text (``case_free``): there they find exactly the same spans, and the
        # scan costs a third fewer instructions. None when a grammar's words spell a capital letter.
        self.folded_number_re = case_free(self.number_re)
        # (its mark written as ASCII ranges, which ``re`` tests as one lookup in a table where ``\w`` is a test of
        # categories: in a lower-cased ASCII text the same characters)
        self.folded_number_after_mark = case_free(re.compile(rf"[^0-9a-z_.,/:+-]{number}", re.IGNORECASE))
        # "1,000-plus": a word after a hyphen that keeps the number a count
        self.counted_suffixes = g.words("numbers.counted_suffixes")
        self.one_words = frozenset(g.words("numbers.one_words"))
        # "40k": scale words peeled only right after a digit
        self.glued_multipliers = frozenset(g.words("numbers.glued_multipliers"))
        self.year_context_before_re = g.pattern("year_context_before")
        self.clock_time_re = g.pattern("clock_time", guard=False)
        self.bulletin_label_before_re = g.pattern("bulletin_label_before", guard=False)
        self.pronoun_one_before_re = g.pattern("pronoun_one_before", guard=False)
        self.pronoun_one_after_re = g.pattern("pronoun_one_after", guard=False)
        # (after the spaces, a lookahead on the units' first characters: most numbers fail at one character)
        self.unit_after_re = re.compile(
            rf"\s*{first_char_lookahead(self.not_count_units, re.IGNORECASE)}(?:{self.not_count_units})(?![a-z])",
            re.IGNORECASE)
        currency_at_end = rf"(?:{self.currency_before})\s*$"
        self.currency_re = guarded(re.compile(currency_at_end, re.IGNORECASE))
        # after the spaces, a lookahead on the first letters of "of" and the months: most numbers fail at one character
        of_month = g.source("of_before_month")
        self.month_after = rf"(?:{of_month})?(?:{self.months})"
        self.month_after_re = re.compile(
            rf"\s*{first_char_lookahead(self.month_after, re.IGNORECASE)}{self.month_after}\b\.?",
                                     re.IGNORECASE)
        # "5-7 March", "1 to 28 February": the first day of a run of days
        self.day_run_after_re = re.compile(
            rf"\s*(?:{g.source('day_run_to')})\s*[0-3]?\d{g.source('ordinal_suffix')}\s+(?:{of_month})?"
            rf"(?:{self.months})\b",
            re.IGNORECASE)
        month_at_end = rf"\b(?:{self.months})\.?\s*$"
        self.month_before_re = guarded(re.compile(month_at_end, re.IGNORECASE))
        self.not_count_before_re = guarded(re.compile(self.not_count_before, re.IGNORECASE))
        # Any of the tests above (and a dotted date or a clock time) excludes a number (``_excluded``): one pattern
        # for the text before it and one for the text after it answer as all of them do, in one scan of each side.
        self.excluded_before_re = guarded(re.compile(
            "|".join(f"(?:{p.pattern})" for p in (self.currency_re, self.month_before_re, self.not_count_before_re,
                                                  _DATE_OR_TIME_BEFORE)), re.IGNORECASE))
        # The tests before a number all fit where the text ends: read backwards they are one match at the start of
        # the reversed text, where the search tries every position (None if the grammar's patterns cannot be)
        self.excluded_before_reversed = reversed_at_end(
            [currency_at_end, month_at_end, self.not_count_before, _DATE_OR_TIME_BEFORE.pattern], re.IGNORECASE)
        # The same tests but the month's: what still excludes a number that no month can date ("lost in March 900")
        self.excluded_before_but_month_re = guarded(re.compile(
            "|".join(f"(?:{p.pattern})" for p in (self.currency_re, self.not_count_before_re, _DATE_OR_TIME_BEFORE)),
            re.IGNORECASE))
        self.excluded_after_re = re.compile(
            "|".join(f"(?:{p.pattern})" for p in (self.unit_after_re, self.month_after_re, self.day_run_after_re,
                                                  _DATE_OR_TIME_AFTER)), re.IGNORECASE)
        if g.ascii:  # the grammar of a text that ``reads_alike``: the same matches by each pattern's ASCII twin, faster
            self.number_re, self.number_after_mark = in_ascii(self.number_re), in_ascii(self.number_after_mark)
            self.change_by_re, self.unit_after_re = in_ascii(self.change_by_re), in_ascii(self.unit_after_re)
            self.change_from_re = in_ascii(self.change_from_re)
            self.month_before_re = in_ascii(self.month_before_re)
            self.excluded_before_re = in_ascii(self.excluded_before_re)
            self.excluded_before_but_month_re = in_ascii(self.excluded_before_but_month_re)
            self.excluded_after_re = in_ascii(self.excluded_after_re)
            if self.excluded_before_reversed is not None:
                self.excluded_before_reversed = in_ascii(self.excluded_before_reversed)


_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]|\.\d)|\d{1,3}(?:\.\d{3}){2,}|"
    r"\d+(?:\.\d+)?"
)

# "(+650)", and in prose "(+7 in the past day)"
DELTA_RE = re.compile(r"\(\s*\+\s*(?P<n>\d[\d,. ]*?)(?:\s*\)|(?=\s+[a-z][^()]{0,40}\)))")
# Compiled once here rather than looked up in re's cache for every number.
_WORD_JOIN = re.compile(r"[- ]")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_GROUP_SEPARATORS = re.compile(r"[,\u00a0\u202f ]")
_DATE_OR_TIME_AFTER = re.compile(r"[./:]\d")
_DATE_OR_TIME_BEFORE = re.compile(r"\d[./:]$")
_DAY_MONTH = re.compile(r"\d{1,2}\.\d{2}")
_YEAR = re.compile(r"(19|20)\d{2}")
# Digits that can be no day of a month (1-31) and no year: a count with thousands separators, or 32 to 999.
_NO_DAY_OR_YEAR = re.compile(r"\d{1,3}(?:,\d{3})+|3[2-9]|[4-9]\d|[1-9]\d\d")
_DELTA_AFTER = re.compile(r"\s*\(\s*\+")
_YEAR_CONTEXT_AFTER_RE = re.compile(r"\s*(?:[:)–-]|,\s*(?:[a-z]|\d))", re.IGNORECASE)
_IDENTIFIER = re.compile(r"\d{9,}")
_START = attrgetter("start")


@dataclass(frozen=True, slots=True)
class Number:
    """A count found in text. ``start``/``end`` cover the number (and range) itself."""

    start: int
    end: int
    value: float
    value_high: float | None
    is_word: bool
    delta: bool = False
    text: str = ""


def _atom_value(r: NumberRules, atom: str) -> tuple[float, bool, str | None] | None:
    """Value of one number atom, whether it was spelled out, and its scale word."""
    a = " ".join(atom.lower().split())  # (str.split's whitespace is re's \s: runs of it read as one space)
    if a in r.word_values:
        return float(r.word_values[a]), True, None
    scale_word = None
    scale = 1
    for _ in range(2):  # "two hundred thousand": the scales multiply
        if a in r.word_values:
            break
        if not a.endswith(r.scale_endings):
            break  # (most atoms: no scale word to peel)
        peeled = next((w for w in r.scales if a.endswith(w)
                       and (w not in r.glued_multipliers or a[-len(w) - 1:-len(w)].isdecimal())), None)
        if peeled is None:
            break
        scale_word = scale_word or peeled
        scale *= r.scales[peeled]
        a = a[: -len(peeled)].strip()
    if not a:
        return None
    is_word = not a[0].isdigit()
    if is_word:
        if a in r.word_values:
            value = float(r.word_values[a])
        else:
            parts = _WORD_JOIN.split(a)
            if len(parts) != 2 or parts[0] not in r.word_values or parts[1] not in r.word_values:
                return None
            value = float(r.word_values[parts[0]] + r.word_values[parts[1]])
    else:
        if not a.isdecimal():  # (most atoms are digits alone: nothing to take out)
            if a.count(".") >= 2 and _DOTTED_THOUSANDS.fullmatch(a):
                a = a.replace(".", "")
            a = _GROUP_SEPARATORS.sub("", a)
        try:
            value = float(a)
        except ValueError:
            return None
    if scale_word:
        value *= scale
    return value, is_word, scale_word


def _excluded(r: NumberRules, text: str, start: int, end: int, lo_atom: str, *, in_range: bool = False) -> bool:
    """True when the number at text[start:end] is a year, date, time, money, measure or label."""
    before = text[max(0, start - 24) : start]
    after = text[end : end + 24]
    # a currency, a month or a label before it; a unit, a month or a run of days after it; a dotted date or a time
    backwards = r.excluded_before_reversed
    if r.excluded_after_re.match(after):
        return True
    if backwards.match(before[::-1]) if backwards is not None else r.excluded_before_re.search(before):
        # after a month's name a number is its day or its year, unless it can be neither: "lost in December 1,000
        # soldiers", "in March 900 more" (a count the month dates, not a date)
        if not (_NO_DAY_OR_YEAR.fullmatch(lo_atom.strip()) and r.month_before_re.search(before)):
            return r.cost_unit_before_re.search(text, max(0, start - 64), start) is None
        if r.excluded_before_but_month_re.search(before):
            return r.cost_unit_before_re.search(text, max(0, start - 64), start) is None
    # Glued to letters or hyphens: model names and unit designations (T-72, M777, 155mm, Su-25).
    glued_hyphen = not in_range and text[start - 1 : start] == "-" and start > 1 and text[start - 2].isalnum()
    if start > 0 and (text[start - 1].isalpha() or glued_hyphen):
        return True
    if after[:1] in ("-",) and after[1:2].isalpha() and not any(
            after[1:1 + len(word)].lower() == word for word in r.counted_suffixes):
        return True  # "T-72-based" and the like; but "1,000-plus" is a count
    raw = lo_atom.strip()
    if raw == "one" and r.pronoun_one_after_re.match(after) and r.pronoun_one_before_re.search(before):
        return True  # "the figure is no official one;": the pronoun of a noun said before, no count
    # (each shape's length or mark tested first: most atoms are none of them, and a str test costs less than a match)
    if "." in raw and _DAY_MONTH.fullmatch(raw):  # "24.02": day and month
        return True
    if r.clock_time_re.fullmatch(raw):
        return True
    # Years: four digits 1900-2100 written without a separator.
    if len(raw) == 4 and _YEAR.fullmatch(raw):
        # "tanks - 1921 (+3)", "APV - 2002 units": a bulletin count, not a year
        if _DELTA_AFTER.match(after) or r.bulletin_label_before_re.search(before):
            return False
        if r.year_context_before_re.search(before) or _YEAR_CONTEXT_AFTER_RE.match(after):
            return True
        if not before.strip() or before.rstrip().endswith((".", "\n")):
            return True
    return len(raw) >= 9 and _IDENTIFIER.fullmatch(raw) is not None  # identifiers, phone numbers


def _spelled_one(r: NumberRules, atom: str, value: float) -> bool:
    """'a'/'an' as a count of one is read elsewhere (in lists); only 'one' itself is a number here."""
    return value == 1 and atom.strip().lower() not in r.one_words


def find_numbers(text: str, *, grammar: PatternGrammar) -> list[Number]:
    """Every count in ``text``, in order (see the module docstring for what is left out), read with the number
    words of ``grammar``."""
    r = grammar.rules(NumberRules)
    found: list[Number] = []
    for d in DELTA_RE.finditer(text) if "(" in text else ():  # (most sentences hold no parenthesis)
        parsed = _atom_value(r, d.group("n").strip().rstrip(".,"))
        if parsed:
            found.append(Number(d.start("n"), d.end("n"), parsed[0], None, False, True, d.group("n").strip()))
    # the deltas are in text order and do not overlap: only the last that starts before a match can hold it
    delta_starts = [n.start for n in found]
    delta_ends = [n.end for n in found]
    for m in _number_matches(r, text):
        if delta_starts:  # (most sentences hold no delta)
            before = bisect_left(delta_starts, m.start("number")) - 1
            if before >= 0 and m.start("number") < delta_ends[before]:
                continue  # the digit groups of a delta ("(+1 200)") are not counts of their own
        number = _read_match(r, text, m, found)
        if number is not None:
            found.append(number)
    if len(found) > 1:
        found.sort(key=_START)
    return found


def _number_matches(r: NumberRules, text: str) -> Iterator[re.Match[str]]:
    """The matches of ``r.number_re.finditer(text)``, their text in the group "number" (re's own iterators, not a
    generator's frame: asked of every sentence). In an ASCII text, those of its lower-cased twin by the case-free
    patterns (``case_free``): the same spans, their groups lower-cased (``_read_match`` reads them in any case)."""
    at_start, after_mark = r.number_re, r.number_after_mark
    if (r.folded_number_re is not None and r.folded_number_after_mark is not None and text.isascii()
            and not _holds_other_ascii_space(text)):
        at_start, after_mark, text = r.folded_number_re, r.folded_number_after_mark, text.lower()
    first = at_start.match(text)
    if first is None:
        return after_mark.finditer(text)
    return chain((first,), after_mark.finditer(text, first.end()))


def _holds_other_ascii_space(text: str) -> bool:
    """Whether ``text`` holds an ASCII character that ``\\s`` matches in a str pattern but not in an ASCII one (the
    information separators; ``str`` finds each at once, where a pattern tests every character)."""
    return "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text


def _case_blind(code: int) -> bool:
    """Whether IGNORECASE matches the character ``code`` in an ASCII text only where it is there in lower case: an ASCII
    character that is no capital, or another that is no letter ("\u017f" matches "s" and "S")."""
    char = chr(code)
    return char == char.lower() if char.isascii() else not char.isalpha()


def case_free(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    r"""``pattern`` (IGNORECASE) compiled without IGNORECASE and with ASCII, when that finds the same matches in any
    lower-cased ASCII text without the characters of ``_holds_other_ascii_space`` (IGNORECASE compares each character
    lower-cased; ``\w``, ``\d``, ``\b`` and ``\s`` read such a text alike either way): every character of its
    literals and classes is ``_case_blind`` and no group sets flags of its own. Else None."""
    def lower_only(items: list[tuple[Any, Any]]) -> bool:
        for op, av in items:
            if op in (sre.LITERAL, sre.NOT_LITERAL):
                if not _case_blind(av):
                    return False
            elif op is sre.IN:
                for member, value in av:
                    if member is sre.LITERAL and not _case_blind(value):
                        return False
                    if member is sre.RANGE and not all(map(_case_blind, range(value[0], value[1] + 1))):
                        return False
            elif op is sre.SUBPATTERN:
                if av[1] or av[2] or not lower_only(list(av[3])):
                    return False
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                if not lower_only(list(av[1])):
                    return False
            elif op is sre.BRANCH:
                if not all(lower_only(list(alternative)) for alternative in av[1]):
                    return False
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                if not lower_only(list(av[2])):
                    return False
            elif op not in (sre.AT, sre.ANY, sre.CATEGORY):
                return False  # (anything else is not read here: the pattern is kept as it is)
        return True

    if pattern.flags & ~(re.IGNORECASE | re.UNICODE | re.ASCII) or not pattern.flags & re.IGNORECASE:
        return None
    if not lower_only(list(sre_parser.parse(pattern.pattern, pattern.flags))):
        return None
    return re.compile(pattern.pattern, (pattern.flags & ~(re.IGNORECASE | re.UNICODE)) | re.ASCII)


def _read_match(r: NumberRules, text: str, m: re.Match[str], found: list[Number]) -> Number | None:
    """The count (or range) one match of NUMBER_RE stands for, or None when it is not a count."""
    lo_atom, hi_atom, sep = m.group("lo", "hi", "sep")
    sep = (sep or "").lower()
    start, end = m.start("lo"), m.end()
    lo = _atom_value(r, lo_atom)
    if lo is None:
        return None
    hi = _atom_value(r, hi_atom) if hi_atom else None
    if hi is not None and (sep in r.pairs or (sep in r.range_to and (
            r.change_by_re.search(text, max(0, start - 8), start)
            or (start > m.start("number") and r.change_from_re.search(text, max(0, m.start("number") - 12),
                                                                      m.start("number")))))) \
            and not m.group("number").lower().startswith(r.range_opening):
        if sep in r.pair_or and hi[0] >= 1000 and lo[0] < 1000 and not lo[1] and hi[0] % 1000 == 0 \
                and lo[0] * 1000 < hi[0] * 2:
            lo = (lo[0] * 1000, lo[1], lo[2])  # "70 or 80,000" shares the scale of its second number
        else:
            # "1,520 and 1,517 systems": two counts; the second is read on its own
            if not _excluded(r, text, m.start("hi"), m.end("hi"), hi_atom or ""):
                found.append(Number(m.start("hi"), m.end("hi"), hi[0], None, hi[1], False,
                                    text[m.start("hi"):m.end("hi")]))
            hi, end = None, m.end("lo")
    if hi is not None and _excluded(r, text, m.start("hi"), m.end("hi"), hi_atom or "", in_range=True) \
            and not r.unit_after_re.match(text[m.end():m.end() + 24]):
        hi, end = None, m.end("lo")
    if _excluded(r, text, start, end, lo_atom):
        between = text[m.end("lo"):m.start("hi")] if hi is not None else ""
        spaced_dash = sep in ("-", "–", "—") and between.strip() != between
        if hi is not None and (sep in r.range_to or spaced_dash) \
                and not _excluded(r, text, m.start("hi"), m.end("hi"), hi_atom or ""):
            # "since February 24, 2022 to 315,620": a year before "to" is a date; the count after it stands (and
            # after a spaced dash: a line "2025 - 418,250 soldiers" gives the year's count)
            return Number(m.start("hi"), m.end("hi"), hi[0], None, hi[1], False, text[m.start("hi"):m.end("hi")])
        return None
    lo_value, is_word, scale = lo
    hi_value: float | None = None
    if hi is not None:
        hi_value = hi[0]
        if scale is None and hi[2] is not None and lo_value < 1000:
            lo_value *= r.scales[hi[2]]  # "between 20 and 30 thousand"
        elif (scale is None and hi[2] is None and not lo[1] and lo_value < 1000 <= hi_value
              and hi_value % 1000 == 0 and lo_value * 1000 <= hi_value < lo_value * 2000):
            lo_value *= 1000  # "201-202,000", "60 to 70,000": the low end shares the thousands of the high"
        if hi_value <= lo_value:
            if sep in ("-", "–", "—") and text[m.end("lo"):m.start("hi")].strip() != text[m.end("lo"):m.start("hi")] \
                    and not _excluded(r, text, m.start("hi"), m.end("hi"), hi_atom or ""):
                # "passed 120,000 - 68,412 dead and ...": a spaced dash opening a breakdown; both counts stand
                found.append(Number(m.start("hi"), m.end("hi"), hi[0], None, hi[1], False,
                                    text[m.start("hi"):m.end("hi")]))
                hi_value, end = None, m.end("lo")
            elif sep in ("-", "–", "—"):
                return None  # "24-7", "2022-23": not a range of counts
            hi_value, end = None, m.end("lo")
    if is_word and hi_value is None and _spelled_one(r, lo_atom, lo_value):
        return None
    return Number(start, end, lo_value, hi_value, is_word, False, text[start:end])
