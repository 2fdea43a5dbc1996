"""Numbers: digits, spaced thousands, decimal commas with multipliers, words, ranges, "(+N)"."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress, repeat
from operator import and_, attrgetter, methodcaller

from ...languages.morphology import Token, tags
from .language import DIGITS, NUMBER_WORD, Language
from .sentences import Sentence

# (patterns compiled once: several run for every number or every token)
_GROUP_SPACE = re.compile(r"[ \u00a0\u202f]")
_MODEL_PREFIX = re.compile(r"[^\W\d_]-\s?$")
_NON_DIGIT = re.compile(r"\D")
_RANGE_HIGH = re.compile(r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+)(?:,(\d+))?")
_THOUSANDS_TAIL = re.compile(r"\.?\s+(\d{1,3})(?![\d\s]*\d)(?![.,]\d)")

# -- numbers ---------------------------------------------------------------------------------------------


@dataclass
class Number:
    start: int
    end: int
    value: float
    high: float | None = None
    delta: bool = False
    first_token: int = 0
    last_token: int = 0


_START = attrgetter("start")
#: A figure in digits: its "(+" or "+" (``lead``), its digits (spaced thousands), its decimals after a comma; not
#: after a letter, a digit or ".,/:+-". Two patterns, each opening on a character (or a set of them) that ``re``
#: searches for from one to the next, where one pattern opening on a look ahead was tried at every character: the
#: bare figures, their first digit matched before the look behind it (which tests the character before that
#: digit), and the increases ("(+20)"), read only where a "+" is.
_BARE_FIGURE = re.compile(
    r"(?P<digits>\d(?<![\w.,/:+-]\d)(?:\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d*))(?:,(?P<decimal>\d+))?(?![\d])"
    r"(?:(?!)(?P<lead>))?")  # (a "lead" that never takes part: the increases' groups by the same names)
_INCREASE_FIGURE = re.compile(
    r"(?P<lead>\((?<![\w.,/:+-]\()\s*\+\s*|\+(?<![\w.,/:+-]\+)\s*)"
    r"(?P<digits>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+)(?:,(?P<decimal>\d+))?(?![\d])")


def figures_in(s_text: str) -> Iterable[re.Match[str]]:
    """The figures in digits of a sentence's text, in order (what one search for either kind, from each figure's
    end on, finds: a bare figure inside an increase, the "20" of "(+ 20)", is the increase's)."""
    bare = _BARE_FIGURE.finditer(s_text)
    if "+" not in s_text:
        return bare  # (no increase: most sentences)
    increases = list(_INCREASE_FIGURE.finditer(s_text))
    if not increases:
        return bare
    found: list[re.Match[str]] = [*increases, *(m for m in bare if not any(
        d.start() <= m.start() < d.end() for d in increases))]
    found.sort(key=_MATCH_START)
    return found


_MATCH_START = methodcaller("start")
_DATE_LIKE = re.compile(r"[.:/]\d")
_KEYCAP = re.compile(r"\ufe0f?\u20e3")
#: the first characters ``_DATE_LIKE`` and ``_KEYCAP`` can match (after most figures stands a space: neither is run)
_DATE_MARKS = frozenset(".:/")
_KEYCAP_MARKS = frozenset("\ufe0f\u20e3")
_RANGE_DASH = re.compile(r"\s*[-–—‒]\s*(?=\d)")
_GLUED_SUFFIX = re.compile(r"-?[^\W\d_]")


def _int(s: str) -> int:
    # (a figure in digits alone, most of them, read as it is: the spaces of "1 226 420" are taken out)
    return int(s) if s.isdecimal() else int(_NON_DIGIT.sub("", s))


def token_index(tokens: list[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset``."""
    return bisect_left(tokens, offset, key=_START)


def _multiplier_at(lang: Language, tokens: list[Token], i: int, end: int) -> tuple[float, int] | None:
    if i >= len(tokens) or tokens[i].start - end > 2:
        return None
    hit = lang.multipliers.match(tokens, i)
    if hit is None:
        return None
    return float(hit[0]), hit[1]


def _thousands_after_millions(lang: Language, text: str, tokens: list[Token], i: int) -> tuple[float, int] | None:
    """"1 млн 190 тисяч", "2 миллиона 300 тысяч": the thousands (up to three digits and their word) at ``tokens[i]``
    after a figure's millions, as (value, the index past them); else None."""
    if i >= len(tokens) or not tokens[i].low.isdigit() or len(tokens[i].low) > 3 \
            or text[tokens[i - 1].end:tokens[i].start] not in (" ", "\u00a0"):
        return None  # (not "1 млн, 200 тисяч з них": another figure after a comma)
    mult = _multiplier_at(lang, tokens, i + 1, tokens[i].end)
    return (int(tokens[i].low) * mult[0], mult[1]) if mult is not None and mult[0] == 1000 else None


def find_numbers(text: str, sent: Sentence, lang: Language, taken: list[tuple[int, int]]) -> list[Number]:
    tokens = sent.tokens
    s_text = text[sent.start:sent.end]
    out: list[Number] = []
    covered: set[int] = set()

    def inside_taken(a: int, b: int) -> bool:
        # (a loop, not ``any`` over a generator: asked of every figure, mostly of no date or one)
        for x, y in taken:  # noqa: SIM110
            if x <= a < y or x < b <= y:
                return True
        return False

    consumed = sent.start
    # (a digit of the sentence is in one of its tokens: with none, only number words)
    for m in figures_in(s_text) if lang.token_kinds(tokens)[1] & DIGITS else ():
        a = sent.start + m.start("digits")
        if sent.start + m.start() < consumed:
            continue  # the "890" of "4 тис. 890", the "70" of "50—70 тисяч"
        digits = m.group("digits")
        after = sent.start + m.end()
        digits_end = sent.start + m.end("digits")
        mark = text[digits_end:digits_end + 1]  # (the patterns below are run only where it may open a match)
        if mark in _DATE_MARKS and _DATE_LIKE.match(text, digits_end) and not m.group("decimal"):
            continue  # 13.11.2022, 13:51
        if mark in _KEYCAP_MARKS and _KEYCAP.match(text, digits_end):
            continue  # "1️⃣": an emoji numbering a list
        if inside_taken(a, digits_end):
            continue
        if digits[0] == "0" and len(digits) > 1 and not digits[1].isdigit():
            continue  # "0 800 500 214": groups of digits after a nought are a telephone number, no count
        if mark == "-" and (" " in digits or "\u00a0" in digits or "\u202f" in digits) \
                and _GLUED_SUFFIX.match(text, digits_end):
            # "18 155-мм гаубиць": a calibre glued to the last group is not part of the number
            digits = _GROUP_SPACE.split(digits)[0]
            after = a + len(digits)
        if text[after:after + 1] == "-" and _GLUED_SUFFIX.match(text, after + 1) and not text[after + 1].isdigit():
            continue  # "23-ї доби", "128-й бригади", "155-мм"
        lead = text[max(0, a - 3):a]
        if "№" in lead and not lead.split("№")[-1].strip():
            continue  # "законопроект № 1048573-8", "ліцей №2": a number after its sign names, it counts nothing
        if "-" in lead and _MODEL_PREFIX.search(lead):
            continue  # "Ми-24", "Т-62", "ТУ- 95"
        value = float(_int(digits))
        decimal = m.group("decimal") if digits == m.group("digits") else None
        if decimal:
            value = float(f"{_int(digits)}.{decimal}")
        delta = bool(m.group("lead"))
        i = token_index(tokens, after)
        high: float | None = None
        mult = _multiplier_at(lang, tokens, i, after)
        end = after
        if mult:
            value *= mult[0]
            end = tokens[mult[1] - 1].end
            i = mult[1]
            # "4 тис. 890", "32 тысячи 400" (the word in full: hundreds of three digits)
            rest = _THOUSANDS_TAIL.match(text[end:sent.end])
            if rest and mult[0] == 1000 and (tokens[mult[1] - 1].low in lang.abbreviations
                                             or (len(rest.group(1)) == 3 and not decimal)):
                value += int(rest.group(1))
                end = end + rest.end()
                i = token_index(tokens, end)
            elif mult[0] == 1_000_000 and (more := _thousands_after_millions(lang, text, tokens, i)) is not None:
                value += more[0]  # "1 млн 190 тисяч": the thousands after the millions
                end = tokens[more[1] - 1].end
                i = more[1]
        elif decimal:
            continue  # "1,2" with no thousands after it is not a count
        rng = _RANGE_DASH.match(text, end) if not delta else None
        high_at = rng.end() if rng else (None if delta else _range_to(lang, tokens, token_index(tokens, a), i))
        if high_at is not None:
            m2 = _RANGE_HIGH.match(text[high_at:sent.end])
            if m2:
                high = float(_int(m2.group(1)))
                if m2.group(2):
                    high = float(f"{_int(m2.group(1))}.{m2.group(2)}")
                end2 = high_at + m2.end()
                j = token_index(tokens, end2)
                mult2 = _multiplier_at(lang, tokens, j, end2)
                if mult2:
                    high *= mult2[0]
                    if not mult:
                        value *= mult2[0]
                    end2 = tokens[mult2[1] - 1].end
                elif mult:
                    high *= mult[0]
                if high <= value or not float(high).is_integer():
                    high = None
                else:
                    end = end2
        if delta:
            close = text.find(")", end, min(sent.end, end + 40))
            if close != -1:
                end = end if close < 0 else end
        if not float(value).is_integer():
            continue
        first = token_index(tokens, a)
        last = max(first, token_index(tokens, end) - 1)
        out.append(Number(a, end, value, high, delta, first, last))
        covered.update(range(first, last + 1))
        consumed = end
    words = _word_numbers(tokens, lang, covered)
    out += words
    out.sort(key=lambda n: n.start)
    return _word_ranges(lang, tokens, out) if words else out


def _word_ranges(lang: Language, tokens: list[Token], found: list[Number]) -> list[Number]:
    """"від шістдесяти до ста", "от пяти до семи тысяч", "від 60 до ста": a range with an end in words, one figure
    (the low end takes the high end's thousands where it has none of its own)."""
    numbers = lang.grammar["numbers"]
    out: list[Number] = []
    k = 0
    while k < len(found):
        x = found[k]
        y = found[k + 1] if k + 1 < len(found) else None
        if y is None or x.high is not None or y.high is not None or x.delta or y.delta \
                or y.first_token != x.last_token + 2 or x.first_token == 0 \
                or x.first_token - 1 not in numbers.starts(tokens, key="range_from") \
                or x.last_token + 1 not in numbers.starts(tokens, key="range_to"):
            out.append(x)
            k += 1
            continue
        low = x.value
        mult = lang.multipliers.match(tokens, y.last_token, y.last_token + 1)
        if mult is not None and lang.multipliers.match(tokens, x.last_token, x.last_token + 1) is None \
                and low * float(mult[0]) < y.value:
            low *= float(mult[0])  # ("от пяти до семи тысяч": 5 000 to 7 000)
        if y.value <= low:
            out.append(x)
            k += 1
            continue
        out.append(Number(x.start, y.end, low, y.value, False, x.first_token, y.last_token))
        k += 2
    return out


def _range_to(lang: Language, tokens: list[Token], first: int, after: int) -> int | None:
    """"від 600 до 800", "от 8 до 9 тысяч": where the high end starts, when the number opens such a range."""
    numbers = lang.grammar["numbers"]
    if first == 0 or after + 1 >= len(tokens) or not tokens[after + 1].low.isdigit():
        return None
    # (the sentence's scan, read once: most numbers open no range)
    if first - 1 not in numbers.starts(tokens, key="range_from") or after not in numbers.starts(tokens, key="range_to"):
        return None
    return tokens[after + 1].start


def number_word(lang: Language, token: Token) -> float | None:
    if token.low in lang.number_values:
        return lang.number_values[token.low]
    if lang.number_forms.isdisjoint(token.lemmas):
        return None  # (most words: one set test)
    for form in token.lemmas:
        if form in lang.number_values:
            if form in ("сей", "сiм"):
                continue
            return lang.number_values[form]
    return None


def lone_multiplier(lang: Language, tokens: list[Token], i: int) -> float | None:
    """The value of a multiplier alone at ``tokens[i]`` ("Тисяча днів війни", "Тысяча дней войны": 1000), no number
    before it ("дві тисячі" is read as a figure); else None."""
    hit = lang.multipliers.match(tokens, i, i + 1)
    if hit is None or hit[1] != i + 1 or (i > 0 and (tokens[i - 1].low.isdigit() or number_word(lang, tokens[i - 1]))):
        return None
    return float(hit[0])


def _word_numbers(tokens: list[Token], lang: Language, covered: set[int]) -> list[Number]:
    """"півтори тисячі", "восемь с половиной тысяч", "троє", "одну", "тисячу", "три сотни"."""
    out: list[Number] = []
    i = 0
    n = len(tokens)
    multipliers = lang.multipliers.starts(tokens)
    kinds, every = lang.token_kinds(tokens)
    if not every & NUMBER_WORD and covered.issuperset(multipliers):
        # (no number word, and no multiplier but those of figures in digits, "1 200 тисяч": most sentences)
        return out
    halves = lang.half.starts(tokens)
    # (one opens with a number word or a multiplier: the tokens between those are passed over at once)
    opening = sorted({*compress(range(n), map(and_, kinds, repeat(NUMBER_WORD))), *multipliers})
    while i < n:
        k = bisect_left(opening, i)
        if k == len(opening):
            break
        i = opening[k]
        if i in covered or tokens[i].low.isdigit():
            i += 1
            continue
        total = 0.0
        j = i
        while j < n and j not in covered and (v := number_word(lang, tokens[j])) is not None:
            total += v
            j += 1
        half = 0.0
        if j > i and j < n:
            h = halves.get(j)
            if h:
                half, j = 0.5, h[1]
        mult = multipliers.get(j) if j < n and j not in covered else None
        if j == i and mult is None:
            i += 1
            continue
        if mult is not None:
            m_token = tokens[j]
            if j == i:
                # a bare "тисячу" is one thousand; plural "тисячі", "сотні" are vague
                t = tags(m_token.low, lang.code)
                if "plur" in t and "sing" not in t:
                    i = mult[1]
                    continue
                if m_token.low.endswith(("і", "и")) and not _after_qualifier(tokens, i, lang):
                    i = mult[1]
                    continue
                total = 1.0
            value = (total + half) * float(mult[0])
            end_j = mult[1]
            # "тисячу двісті", "двух тысяч трехсот": the hundreds after the thousands
            rest, k = 0.0, end_j
            while k < n and k not in covered and tokens[k].start - tokens[k - 1].end <= 1 \
                    and (v := number_word(lang, tokens[k])) is not None:
                rest, k = rest + v, k + 1
            if 0 < rest < float(mult[0]) and not half:
                value, end_j = value + rest, k
        else:
            value = total + half
            end_j = j
        if value > 0 and float(value).is_integer():
            out.append(Number(tokens[i].start, tokens[end_j - 1].end, value, None, False, i, end_j - 1))
        i = end_j
    return out


def _after_qualifier(tokens: list[Token], i: int, lang: Language) -> bool:
    q = lang.grammar["qualifiers"]
    for k in (1, 2, 3):
        if i - k >= 0:
            hit = q.match(tokens, i - k)
            if hit and hit[1] == i and hit[0] != "rise_to":
                return True
    return False
