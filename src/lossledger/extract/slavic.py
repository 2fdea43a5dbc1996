"""Loss claims out of Ukrainian and Russian text.

The same stages as the English extractor, over words matched by their dictionary forms
(``languages/morphology.py``) instead of regular expressions:

    numbers (digits, spaced thousands, "1,2 млн", "4 тис. 890", words in any case, ranges, "(+N)")
      ─► what was lost (the noun after the number, the list label before it "танки — 9419", or the
         item before it in an elliptical list "106 – пошкоджено")
      ─► outcome, side, qualifier, hedge (in the number's clause, then its sentence)
      ─► claimant (in the sentence, "Про це повідомив ..." after it, carried on to the figures after it)
      ─► span and date ("за минулу добу", "з 8 серпня", "станом на 13.11.2022", "у 2024 році") ─► claims

The words are data: ``languages/<lang>/grammar.toml`` (the language's constructions) and
``profiles/<profile>/<lang>.toml`` (the war's words in that language). A language is added with those
two files.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import tomllib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import LossledgerError
from ..languages.morphology import PhraseGroup, PhraseTable, Token, Tokens, normal_word, tags, tokenize
from ..model import Claim
from ..profiles import Profile

__all__ = ["CYRILLIC_LANGUAGES", "extract_cyrillic", "guess_cyrillic_language", "has_profile_words", "language_data"]


def _cyrillic_languages() -> tuple[str, ...]:
    """The language folders whose grammar is for this extractor (it names the letters only it writes)."""
    out = []
    for folder in sorted(resources.files("lossledger.languages").iterdir(), key=lambda f: f.name):
        grammar = folder / "grammar.toml"
        if folder.is_dir() and grammar.is_file() and re.search(r"(?m)^letters\s*=", grammar.read_text("utf-8")):
            out.append(folder.name)
    return tuple(out)


#: Languages with a grammar for this extractor: every ``languages/<code>/grammar.toml`` of its kind.
CYRILLIC_LANGUAGES = _cyrillic_languages()

_PEOPLE = ("personnel", "civilians", "people")
_SPECIFIC = ("killed", "wounded", "captured", "missing", "deserted", "destroyed", "damaged", "abandoned")


# -- the language's data ---------------------------------------------------------------------------------


def _table(data: Mapping[str, Any], lang: str) -> PhraseTable:
    return PhraseTable({k: v for k, v in data.items() if isinstance(v, list)}, lang)


@dataclass
class Language:
    """A language's grammar and its words for one profile, ready to match."""

    code: str
    letters: str
    number_values: dict[str, float]
    multipliers: PhraseTable
    half: PhraseTable
    months: dict[str, int]
    weekdays: dict[str, int]
    grammar: dict[str, PhraseTable]
    categories: PhraseTable
    noun_outcomes: PhraseTable
    unit_words: PhraseTable
    outcomes_people: PhraseTable
    outcomes_equipment: PhraseTable
    sides: PhraseTable
    military_context: PhraseTable
    civilian_context: PhraseTable
    claimants: PhraseTable
    state_claimants: dict[str, str]
    raw: dict[str, Any] = field(repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.month_forms = frozenset(self.months)
        self.weekday_forms = frozenset(self.weekdays)
        self.number_forms = frozenset(self.number_values)
        PhraseGroup([*self.grammar.values(), self.multipliers, self.half, self.categories, self.noun_outcomes,
                     self.unit_words, self.outcomes_people, self.outcomes_equipment, self.sides,
                     self.military_context, self.civilian_context, self.claimants])


def _read_toml(package: str, *parts: str) -> dict[str, Any]:
    path = resources.files(package).joinpath(*parts)
    if not path.is_file():
        raise LossledgerError(f"no language data {'/'.join(parts)} in {package}")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LossledgerError(f"{package}/{'/'.join(parts)}: not TOML: {exc}") from exc


@lru_cache(maxsize=8)
def language_data(lang: str, profile_name: str = "russia-ukraine") -> Language:
    """The grammar of ``lang`` and the words of the profile in it (read and indexed once)."""
    g = _read_toml("lossledger.languages", lang, "grammar.toml")
    p = _read_toml("lossledger.profiles", profile_name, f"{lang}.toml")
    numbers = g.get("numbers", {})
    dates = g.get("dates", {})
    grammar: dict[str, PhraseTable] = {}
    for section in ("qualifiers", "spans", "hedges", "context", "dates", "numbers"):
        grammar[section] = _table(g.get(section, {}), lang)
    values = {normal_word(k): float(v) for k, v in numbers.get("values", {}).items()}
    multipliers = PhraseTable({str(v): [k] for k, v in numbers.get("multipliers", {}).items()}, lang)
    return Language(
        code=lang,
        letters=str(g.get("letters", "")),
        number_values=values,
        multipliers=multipliers,
        half=PhraseTable({"half": numbers.get("half", [])}, lang),
        months={normal_word(k): int(v) for k, v in dates.get("months", {}).items()},
        weekdays={normal_word(k): int(v) for k, v in dates.get("weekdays", {}).items()},
        grammar=grammar,
        categories=_table(p.get("categories", {}), lang),
        noun_outcomes=_table(p.get("noun_outcomes", {}), lang),
        unit_words=_table(p.get("unit_words", {}), lang),
        outcomes_people=_table(p.get("outcomes", {}).get("people", {}), lang),
        outcomes_equipment=_table(p.get("outcomes", {}).get("equipment", {}), lang),
        sides=_table(p.get("sides", {}), lang),
        military_context=_table(p.get("military_context", {}), lang),
        civilian_context=_table(p.get("civilian_context", {}), lang),
        claimants=_table(p.get("claimants", {}), lang),
        state_claimants=dict(p.get("state_claimants", {})),
        raw={"grammar": g, "profile": p},
    )


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


def guess_cyrillic_language(text: str, sample: int = 4000) -> str | None:
    """"uk" or "ru" when most letters of ``text`` are Cyrillic (by the letters only one of them writes),
    else None: a bulletin in English with Ukrainian unit words ("осіб", "од") is English."""
    head = text[:sample]
    cyr = len(_CYRILLIC.findall(head))
    lat = len(_LATIN.findall(head))
    if cyr <= lat or cyr < 20:
        return None
    low = head.lower()
    scores = {lang: sum(low.count(ch) for ch in language_data(lang).letters) for lang in CYRILLIC_LANGUAGES}
    if len(set(scores.values())) < len(scores) and max(scores.values()) == sorted(scores.values())[-2]:
        # no letter of either alone: the language whose dictionary knows more of the words
        from ..languages.morphology import WORD_RE, knows

        words = [w.lower() for w in WORD_RE.findall(head[:600]) if _CYRILLIC.match(w)][:40]
        return max(CYRILLIC_LANGUAGES, key=lambda lang: sum(knows(w, lang) for w in words))
    return max(scores, key=lambda k: scores[k])


# -- sentences -------------------------------------------------------------------------------------------


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int
    kind: str  # "sentence", "list_item", "heading"
    tokens: list[Token] = field(default_factory=list)


_SENT_END = re.compile(r"(?<=[.!?…])[\"»”]?\s+(?=[«\"“(—–‒−-]?\s*[A-ZА-ЯІЇЄҐЁ0-9])")
_ABBREV = re.compile(r"(?:тис|тыс|млн|млрд|р|г|ст|ім|им|т\.\s?зв|т\.\s?е|т\.\s?д|пор|див|см|н\.е|ул|вул|обл)\.$", re.I)
#: A list item's mark: a dash, a bullet or an emoji ("▪️", "🔹"), or "1." / "1)".
_BULLET = re.compile(r"^\s*(?:[^\w\s«\"“„(\[]{1,3}|\d+[.)])\s*(?=\w)")


def _sentences(text: str) -> list[Sentence]:
    """Sentences by line (a line is a paragraph; a bulleted line a list item; a short first line with no
    closing stop the headline), split at sentence ends that are not abbreviations ("тис.", "г.")."""
    out: list[Sentence] = []
    pos = 0
    paragraph = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        paragraph += 1
        is_item = bool(_BULLET.match(line))
        ends = [m.start() for m in _SENT_END.finditer(line) if not _ABBREV.search(line[:m.start()].rstrip("\"»”"))]
        bounds = [0, *ends, len(line)]
        stripped = line.strip()
        heading = (not out and not is_item and len(stripped) < 220 and stripped[-1] not in ".!?:;…\"»”")
        for a, b in zip(bounds, bounds[1:], strict=False):
            seg = line[a:b]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg.rstrip())
            if trail <= lead:
                continue
            start, end = line_start + a + lead, line_start + a + trail
            kind = "list_item" if is_item else ("heading" if heading else "sentence")
            out.append(Sentence(start, end, paragraph, kind))
    return out


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


_DIGITS = re.compile(
    r"(?<![\w.,/:+-])(\(\s*\+\s*|\+\s*)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+)(?:,(\d+))?(?![\d])")
_DATE_LIKE = re.compile(r"[.:/]\d")
_RANGE_DASH = re.compile(r"\s*[-–—‒]\s*(?=\d)")
_GLUED_SUFFIX = re.compile(r"-?[^\W\d_]")


def _int(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _token_index(tokens: list[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset``."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _multiplier_at(lang: Language, tokens: list[Token], i: int, end: int) -> tuple[float, int] | None:
    if i >= len(tokens) or tokens[i].start - end > 2:
        return None
    hit = lang.multipliers.match(tokens, i)
    if hit is None:
        return None
    return float(hit[0]), hit[1]


def _find_numbers(text: str, sent: Sentence, lang: Language, taken: list[tuple[int, int]]) -> list[Number]:
    tokens = sent.tokens
    s_text = text[sent.start:sent.end]
    out: list[Number] = []
    covered: set[int] = set()

    def inside_taken(a: int, b: int) -> bool:
        return any(x <= a < y or x < b <= y for x, y in taken)

    consumed = sent.start
    for m in _DIGITS.finditer(s_text):
        a = sent.start + m.start(2)
        if sent.start + m.start() < consumed:
            continue  # the "890" of "4 тис. 890", the "70" of "50—70 тисяч"
        digits = m.group(2)
        after = sent.start + m.end()
        if _DATE_LIKE.match(text, sent.start + m.end(2)) and not m.group(3):
            continue  # 13.11.2022, 13:51
        if inside_taken(a, sent.start + m.end(2)):
            continue
        if " " in digits or "\u00a0" in digits or "\u202f" in digits:
            # "18 155-мм гаубиць": a calibre glued to the last group is not part of the number
            last_group_end = sent.start + m.end(2)
            if _GLUED_SUFFIX.match(text, last_group_end) and text[last_group_end:last_group_end + 1] == "-":
                digits = re.split(r"[ \u00a0\u202f]", digits)[0]
                after = a + len(digits)
        if text[after:after + 1] == "-" and _GLUED_SUFFIX.match(text, after + 1) and not text[after + 1].isdigit():
            continue  # "23-ї доби", "128-й бригади", "155-мм"
        if re.search(r"[^\W\d_]-\s?$", text[max(0, a - 3):a]):
            continue  # "Ми-24", "Т-62", "ТУ- 95"
        value = float(_int(digits))
        decimal = m.group(3) if digits == m.group(2) else None
        if decimal:
            value = float(f"{_int(digits)}.{decimal}")
        delta = bool(m.group(1))
        i = _token_index(tokens, after)
        high: float | None = None
        mult = _multiplier_at(lang, tokens, i, after)
        end = after
        if mult:
            value *= mult[0]
            end = tokens[mult[1] - 1].end
            i = mult[1]
            # "4 тис. 890"
            rest = re.match(r"\.?\s+(\d{1,3})(?![\d\s]*\d)(?![.,]\d)", text[end:sent.end])
            if rest and mult[0] == 1000 and tokens[mult[1] - 1].low in ("тис", "тыс"):
                value += int(rest.group(1))
                end = end + rest.end()
                i = _token_index(tokens, end)
        elif decimal:
            continue  # "1,2" with no thousands after it is not a count
        rng = _RANGE_DASH.match(text, end) if not delta else None
        if rng:
            m2 = re.match(r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+)(?:,(\d+))?", text[rng.end():sent.end])
            if m2:
                high = float(_int(m2.group(1)))
                if m2.group(2):
                    high = float(f"{_int(m2.group(1))}.{m2.group(2)}")
                end2 = rng.end() + m2.end()
                j = _token_index(tokens, end2)
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
        first = _token_index(tokens, a)
        last = max(first, _token_index(tokens, end) - 1)
        out.append(Number(a, end, value, high, delta, first, last))
        covered.update(range(first, last + 1))
        consumed = end
    out += _word_numbers(tokens, lang, covered)
    out.sort(key=lambda n: n.start)
    return out


def _number_word(lang: Language, token: Token) -> float | None:
    if token.low in lang.number_values:
        return lang.number_values[token.low]
    for form in token.lemmas:
        if form in lang.number_values:
            if form in ("сей", "сiм"):
                continue
            return lang.number_values[form]
    return None


def _word_numbers(tokens: list[Token], lang: Language, covered: set[int]) -> list[Number]:
    """"півтори тисячі", "восемь с половиной тысяч", "троє", "одну", "тисячу", "три сотни"."""
    out = []
    i = 0
    n = len(tokens)
    while i < n:
        if i in covered or tokens[i].low.isdigit():
            i += 1
            continue
        total = 0.0
        j = i
        while j < n and j not in covered and (v := _number_word(lang, tokens[j])) is not None:
            total += v
            j += 1
        half = 0.0
        if j > i and j < n:
            h = lang.half.match(tokens, j)
            if h:
                half, j = 0.5, h[1]
        mult = lang.multipliers.match(tokens, j) if j < n and j not in covered else None
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


# -- dates -----------------------------------------------------------------------------------------------


@dataclass
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    role: str  # "as_of", "since", "span", "plain"
    kind: str  # "day", "month", "year", "year_start", "war_day"
    first_token: int = 0
    last_token: int = 0


_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])")
_YEAR = re.compile(r"^(19|20)\d\d$")


def _role_before(tokens: list[Token], i: int, lang: Language) -> str:
    dates = lang.grammar["dates"]
    for k in (3, 2, 1):
        if i - k < 0:
            continue
        for key, role in (("as_of_before", "as_of"), ("since_before", "since")):
            hit = dates.match(tokens, i - k, i, key)
            if hit and hit[1] == i:
                return role
    return "plain"


def _find_dates(text: str, sent: Sentence, lang: Language) -> list[DateMention]:
    """Dates of a sentence: "13.11.2022", "13 листопада 2022 року", "в ноябре", "у 2024 році",
    "с начала года", "у понеділок", "23-ї доби війни"; each with the role the words before give it."""
    tokens = sent.tokens
    used: set[int] = set()
    out = _numeric_dates(text, sent, lang, used)
    out += _month_dates(tokens, lang, used)
    out += _year_dates(tokens, lang, used)
    out += _weekday_dates(tokens, lang, used)
    out += _war_days(text, tokens, lang)
    out.sort(key=lambda d: d.start)
    return out


def _numeric_dates(text: str, sent: Sentence, lang: Language, used: set[int]) -> list[DateMention]:
    out = []
    for m in _NUMERIC_DATE.finditer(text, sent.start, sent.end):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if year < 100:
            year += 2000
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        i = _token_index(sent.tokens, m.start())
        j = _token_index(sent.tokens, m.end()) - 1
        used.update(range(i, j + 1))
        out.append(DateMention(m.start(), m.end(), year, month, day, _role_before(sent.tokens, i, lang), "day", i, j))
    return out


def _year_after(tokens: list[Token], k: int, lang: Language) -> tuple[int | None, int]:
    """("2022", index of its last token) for "2022 року" / "2022 г." at ``tokens[k]``, else (None, k - 1)."""
    if k < len(tokens) and _YEAR.match(tokens[k].low) and tokens[k].start - tokens[k - 1].end <= 3:
        last = k
        word = lang.grammar["dates"].match(tokens, k + 1, key="year_words") if k + 1 < len(tokens) else None
        if word is not None:
            last = word[1] - 1
        return int(tokens[k].low), last
    return None, k - 1


def _after_in_word(tokens: list[Token], i: int, lang: Language) -> bool:
    """"у вересні", "в течение мая": a span word right before ``tokens[i]``."""
    spans = lang.grammar["spans"]
    return any(i - k >= 0 and (hit := spans.match(tokens, i - k, key="in_words")) is not None and hit[1] == i
               for k in (1, 2))


def _month_dates(tokens: list[Token], lang: Language, used: set[int]) -> list[DateMention]:
    out = []
    months = lang.month_forms
    for i, tok in enumerate(tokens):
        if i in used or months.isdisjoint(tok.lemmas):
            continue
        month = next(lang.months[f] for f in tok.lemmas if f in lang.months)
        first, day = i, None
        if i > 0 and tokens[i - 1].low.isdigit() and 1 <= int(tokens[i - 1].low) <= 31 \
                and tok.start - tokens[i - 1].end <= 2:
            first, day = i - 1, int(tokens[i - 1].low)
        year, last = _year_after(tokens, i + 1, lang)
        last = max(last, i)
        if day is not None:
            out.append(DateMention(tokens[first].start, tokens[last].end, year, month, day,
                                   _role_before(tokens, first, lang), "day", first, last))
        elif _after_in_word(tokens, i, lang):
            out.append(DateMention(tok.start, tokens[last].end, year, month, None, "span", "month", i, last))
        elif year is not None or _role_before(tokens, i, lang) == "since":
            out.append(DateMention(tok.start, tokens[last].end, year, month, None,
                                   _role_before(tokens, i, lang), "month", i, last))
        else:
            continue  # a month word alone ("травень" the name, "мая" of another word) is no date
        used.update(range(first, last + 1))
    return out


def _year_dates(tokens: list[Token], lang: Language, used: set[int]) -> list[DateMention]:
    """"у 2024 році" (a span), "з початку 2024 року", "с начала года" (a span's start)."""
    dates = lang.grammar["dates"]
    out = []
    for i, tok in enumerate(tokens):
        if i in used:
            continue
        start_of = i > 0 and dates.match(tokens, i - 1, key="start_of") is not None
        year: int | None
        if _YEAR.match(tok.low):
            year, last = _year_after(tokens, i, lang)
            if last == i and not start_of:
                continue  # a bare four-digit number: not a year without "року" or "з початку"
        elif start_of and (word := dates.match(tokens, i, key="year_words")) is not None:
            year, last = None, word[1] - 1  # "с начала года": this year
        else:
            continue
        if start_of:
            out.append(DateMention(tokens[i - 1].start, tokens[last].end, year, None, None, "since", "year_start",
                                   i - 1, last))
        else:
            role = "span" if _after_in_word(tokens, i, lang) else "plain"
            out.append(DateMention(tok.start, tokens[last].end, year, None, None, role, "year", i, last))
        used.update(range(i - int(start_of), last + 1))
    return out


def _weekday_dates(tokens: list[Token], lang: Language, used: set[int]) -> list[DateMention]:
    """"у понеділок", "в субботу": the latest such day up to the publication date."""
    out = []
    weekdays = lang.weekday_forms
    for i, tok in enumerate(tokens):
        if weekdays.isdisjoint(tok.lemmas):
            continue
        weekday = next(lang.weekdays[f] for f in tok.lemmas if f in lang.weekdays)
        if i not in used and _after_in_word(tokens, i, lang):
            out.append(DateMention(tok.start, tok.end, None, None, weekday, "plain", "weekday", i, i))
    return out


def _war_days(text: str, tokens: list[Token], lang: Language) -> list[DateMention]:
    """"23-ї доби вторгнення", "за вісім діб війни": a day of the war."""
    out = []
    for i, tok in enumerate(tokens):
        if i == 0 or lang.grammar["dates"].match(tokens, i, key="war_day") is None:
            continue
        prev = tokens[i - 1]
        if i > 1 and not prev.low.isdigit() and len(prev.low) <= 3 and tokens[i - 2].low.isdigit() \
                and text[tokens[i - 2].end:prev.start] == "-":
            prev = tokens[i - 2]  # "23-ї доби"
        value = float(prev.low) if prev.low.isdigit() else _number_word(lang, prev)
        if value is None:
            continue
        spans = lang.grammar["spans"]
        if any(spans.match(tokens, k, key="war_nouns") for k in range(i + 1, min(len(tokens), i + 4))):
            out.append(DateMention(prev.start, tok.end, None, None, int(value), "plain", "war_day", i - 1, i))
    return out


def _resolve(d: DateMention, published: dt.date | None) -> dt.date | None:
    """The day a date mention names (a month or year: its last day, or ``published`` if still running)."""
    year = d.year
    if d.kind == "war_day":
        return None
    if d.kind == "weekday":
        if published is None or d.day is None:
            return None
        return published - dt.timedelta(days=(published.weekday() - d.day) % 7)
    if year is None:
        if published is None:
            return None
        year = published.year
        if d.month is not None:
            probe = _safe_date(year, d.month, d.day or 1)
            if probe is not None and probe > published + dt.timedelta(days=2):
                year -= 1
    if d.kind == "year_start":
        return dt.date(year, 1, 1)
    if d.month is None:
        end = dt.date(year, 12, 31)
        return min(end, published) if published and published.year == year else end
    if d.day is None:
        end = dt.date(year, d.month, calendar.monthrange(year, d.month)[1])
        return min(end, published) if published and published.year == year and published.month == d.month else end
    return _safe_date(year, d.month, d.day)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _span_start(d: DateMention, published: dt.date | None) -> dt.date | None:
    year = d.year or (published.year if published else None)
    if year is None:
        return None
    if d.month is None:
        return dt.date(year, 1, 1)
    if d.day is None:
        return dt.date(year, d.month, 1)
    return _resolve(d, published)


# -- mentions --------------------------------------------------------------------------------------------


@dataclass
class Mention:
    sentence: Sentence
    number: Number
    category: str
    outcome: str
    side: str | None
    qualifier: str
    measure: str | None
    period_days: float | None
    period_start_date: DateMention | None
    as_of_date: DateMention | None
    hedged: bool
    claimant: str | None
    claimant_text: str | None
    explicit: bool
    rule: str
    value: float
    value_high: float | None
    measure_cued: bool = False
    recap: bool = False
    own_voice: bool = False
    noun_end: int = -1
    side_stated: bool = False
    side_args: tuple[Any, ...] = ()


class _Doc:
    def __init__(self, text: str, lang: Language, profile: Profile, published: dt.date | None) -> None:
        self.text = text
        self.lang = lang
        self.profile = profile
        self.published = published
        self.tokens = tokenize(text, lang.code)
        self.sentences = _sentences(text)
        for s in self.sentences:
            a = _token_index(self.tokens, s.start)
            b = _token_index(self.tokens, s.end)
            s.tokens = Tokens(self.tokens[a:b])
        self.mentions: list[Mention] = []
        self.dates: dict[int, list[DateMention]] = {}
        self._civilian_doc: bool | None = None

    @property
    def civilian_doc(self) -> bool:
        """Whether the text speaks of civilians more than of soldiers (read once, when first asked)."""
        if self._civilian_doc is None:
            civ = len(self.lang.civilian_context.find_all(self.tokens))
            mil = len(self.lang.military_context.find_all(self.tokens))
            self._civilian_doc = civ > mil
        return self._civilian_doc


def _gap(text: str, a: int, b: int) -> str:
    return text[a:b] if a < b else ""


def _clause_bounds(doc: _Doc, sent: Sentence, number: Number) -> tuple[int, int]:
    """Token indexes [lo, hi) of the number's clause: between , ; : ( ) around it."""
    toks = sent.tokens
    text = doc.text
    lo = number.first_token
    while lo > 0:
        between = _gap(text, toks[lo - 1].end, toks[lo].start)
        if between.strip() and re.search(r"[,;:()]", between) and not re.fullmatch(r"\s*\(\s*\+?\s*", between):
            break
        lo -= 1
    hi = number.last_token + 1
    while hi < len(toks):
        between = _gap(text, toks[hi - 1].end, toks[hi].start)
        if between.strip() and re.search(r"[,;:]|\)", between) and not re.fullmatch(r"\s*\)\s*", between):
            break
        hi += 1
    return lo, hi


def _is_adjectival(token: Token, lang: str) -> bool:
    t = tags(token.low, lang)
    return bool(t & {"ADJF", "PRTF", "NPRO", "Apro"}) and "NOUN" not in t or token.low.isdigit()


def _category_after(doc: _Doc, sent: Sentence, number: Number) -> tuple[str, int, int, str | None] | None:
    """(category, noun first index, noun end index, outcome the noun carries) after the number."""
    toks = sent.tokens
    lang = doc.lang
    j = number.last_token + 1
    if j + 1 < len(toks) and toks[j + 1].low.isdigit() and lang.grammar["context"].match(toks, j, key="part_of"):
        j += 2  # "11 з 13 ракет": the noun after the whole
    skipped = 0
    while j < len(toks) and skipped <= 4:
        between = _gap(doc.text, toks[j - 1].end, toks[j].start)
        if j - 1 == number.last_token and toks[j - 1].low in _ABBREVIATED and between.strip() == ".":
            between = " "  # "29,2 тис. осіб"
        if re.search(r"[.;:!?—–‒−]", between) or ("," in between and "(" not in between):
            return None
        if toks[j].low.isdigit() and ("(" in between or "+" in between):
            j += 1  # "1 226 420 (+830) осіб"
            continue
        hit = lang.categories.match(toks, j)
        if hit is not None:
            outcome = lang.noun_outcomes.match(toks, j)
            if hit[0] == "people" and outcome is not None:
                # "120 000 загиблих російських військових": the noun after the participle says who
                k = hit[1]
                while k < min(len(toks), hit[1] + 3):
                    more = lang.categories.match(toks, k)
                    if more is not None and more[0] in ("personnel", "civilians"):
                        return more[0], j, more[1], outcome[0]
                    if not _is_adjectival(toks[k], lang.code):
                        break
                    k += 1
            return hit[0], j, hit[1], outcome[0] if outcome else None
        unit = lang.unit_words.match(toks, j)
        if unit is not None:
            j = unit[1]
            skipped += 1
            continue
        if _is_adjectival(toks[j], lang.code) or lang.sides.match(toks, j):
            j += 1
            skipped += 1
            continue
        return None
    return None


_ABBREVIATED = frozenset({"тис", "тыс", "млн", "млрд", "од", "ед", "шт"})
_LABEL_DASH = re.compile(r"[—–‒−-]\s*$")


def _category_label(doc: _Doc, sent: Sentence, number: Number, qual_first: int) -> str | None:
    """"танки — 9419", "особового складу — близько 1 226 420": the label before the dash."""
    toks = sent.tokens
    text = doc.text
    first = qual_first
    if first == 0:
        return None
    before = text[toks[first - 1].end:toks[first].start]
    if not _LABEL_DASH.search(before):
        return None
    lo = first - 1
    while lo > 0 and not re.search(r"[,;:().]|\s[-–—‒−]\s", _gap(text, toks[lo - 1].end, toks[lo].start)):
        lo -= 1
    hits = doc.lang.categories.find_all(toks, lo, first)
    return hits[-1][0] if hits else ""


def _qualifier(doc: _Doc, sent: Sentence, number: Number) -> tuple[str, int]:
    """(qualifier, first token of the qualifier or the number)."""
    toks = sent.tokens
    q = doc.lang.grammar["qualifiers"]
    i = number.first_token
    skip = i
    while skip > 0 and toks[skip - 1].low in ("ще", "еще", "вже", "уже", "лише", "лишь", "всего", "також", "также"):
        skip -= 1
    for k in range(4, 0, -1):  # the longest first: "не более 50" is not "более 50"
        a = skip - k
        if a < 0:
            continue
        hit = q.match(toks, a, skip)
        if hit and hit[1] == skip and hit[0] != "rise_to":
            if hit[0] == "at_most" and a > 0:
                for back in (1, 2):
                    if a - back >= 0:
                        r = q.match(toks, a - back, a)
                        if r and r[0] == "rise_to":
                            return "exact", a
            if number.high is not None:
                return "range", a
            return hit[0], a
    return ("range" if number.high is not None else "exact"), i


def _cues(table: PhraseTable, toks: list[Token], lo: int, hi: int) -> list[tuple[str, int, int]]:
    return table.find_all(toks, lo, hi)


def _outcome(doc: _Doc, sent: Sentence, number: Number, category: str, lo: int, hi: int,
             noun_outcome: str | None) -> str | None:
    people = category in _PEOPLE
    table = doc.lang.outcomes_people if people else doc.lang.outcomes_equipment
    toks = sent.tokens

    def pick(cues: list[tuple[str, int, int]]) -> str | None:
        if not cues:
            return None
        for x, y in zip(cues, cues[1:], strict=False):
            if people and {x[0], y[0]} == {"killed", "wounded"} and y[1] - x[2] <= 1:
                return "losses"  # "вбитими та пораненими", "убиты и ранены"
        specific = [c for c in cues if c[0] in _SPECIFIC]
        pool = specific or cues
        best = min(pool, key=lambda c: min(abs(c[1] - number.first_token), abs(c[2] - 1 - number.last_token)))
        return best[0]

    clause = _cues(table, toks, lo, hi)
    if people:
        for x, y in zip(clause, clause[1:], strict=False):
            if {x[0], y[0]} == {"killed", "wounded"} and y[1] - x[2] <= 1 and \
                    (number.last_token < x[1] <= number.last_token + 3 or x[2] <= number.first_token <= y[2] + 1):
                return "losses"  # "10 000 вбитими та пораненими"
    if noun_outcome:
        return noun_outcome
    found = pick(clause)
    if found:
        return found
    return pick(_cues(table, toks, 0, len(toks)))


def _specific_cue(doc: _Doc, toks: list[Token], number: Number, category: str) -> bool:
    """A specific outcome ("зниклими безвісти", "поранені") right after the number, within its clause."""
    table = doc.lang.outcomes_people if category in _PEOPLE else doc.lang.outcomes_equipment
    for key, a, _b in table.find_all(toks, number.last_token + 1, min(len(toks), number.last_token + 4)):
        between = _gap(doc.text, toks[number.last_token].end, toks[a].start)
        if key in _SPECIFIC and not re.search(r"[,.;:]", between):
            return True
    # "поранено 15": the verb right before
    for key, _a, b in table.find_all(toks, max(0, number.first_token - 2), number.first_token):
        if key in _SPECIFIC and b == number.first_token \
                and not re.search(r"[,.;:]", _gap(doc.text, toks[b - 1].end, toks[b].start)):
            return True
    return False


def _has(table: PhraseTable, key: str, toks: list[Token], lo: int, hi: int) -> tuple[str, int, int] | None:
    hits = table.find_all(toks, lo, hi, key)
    return hits[0] if hits else None


def _side_words(doc: _Doc, toks: list[Token], lo: int, hi: int,
                claimant: str | None = None) -> list[tuple[str, int, int]]:
    """Side words in ``toks[lo:hi]`` that may name whose losses: not places ("в Україні", "по Україні"),
    not the attacker ("вторжения России", "атаки ВСУ"); the enemy of one fought against ("в боях с РФ",
    "у війні проти України") is named by its opponent."""
    ctx = doc.lang.grammar["context"]
    # "Минобороны России", "головнокомандувач ЗСУ": a side inside a source's name is not whose losses
    named = {i for _k, a, b in doc.lang.claimants.find_all(toks) for i in range(a, b)}
    out = []
    for key, a, b in doc.lang.sides.find_all(toks, lo, hi):
        if a in named:
            continue
        if key == "enemy":
            # "противник", "ворог": the enemy of whoever speaks (the Russian MoD's is Ukraine, the General
            # Staff's Russia); with no speaker, the enemy the language's press usually means
            resolved = (doc.profile.usual_target(claimant) if claimant else None) or _default_side(doc)
            if resolved is None:
                continue
            key = resolved
        if a > 0 and (ctx.match(toks, a - 1, key="place_before") or ctx.match(toks, a - 1, key="attack")):
            continue
        if a > 0 and ctx.match(toks, a - 1, key="against_before"):
            opp = _opponent(doc.profile, key)
            if opp is None:
                continue
            key = opp
        out.append((key, a, b))
    return out


def _bulletin_source(doc: _Doc) -> _Source | None:
    key = str(doc.lang.raw["profile"].get("defaults", {}).get("bulletin_claimant") or "")
    return _Source(key, "", -1) if key else None


def _default_side(doc: _Doc) -> str | None:
    return str(doc.lang.raw["profile"].get("defaults", {}).get("military_side") or "") or None


def _np_side(doc: _Doc, sent: Sentence, number: Number, noun: tuple[int, int] | None) -> str | None:
    toks = sent.tokens
    np_lo = number.last_token + 1
    np_hi = noun[1] if noun else np_lo
    for key, _a, _b in _side_words(doc, toks, np_lo, min(len(toks), np_hi + 2)):
        return key
    return None


def _is_actor(doc: _Doc, toks: list[Token], end: int) -> bool:
    """A side word followed by a verb of destroying ("Сили оборони знищили", "ВС России уничтожили")."""
    return any(_destroy_verb(doc, toks, k) for k in range(end, min(len(toks), end + 4)))


def _destroy_verb(doc: _Doc, toks: list[Token], k: int) -> bool:
    """``toks[k]`` is a verb of destroying or killing, active or passive ("знищили", "уничтожены", "сбит"):
    someone did it to the other side ("загинули" is not one)."""
    return bool(doc.lang.grammar["context"].match(toks, k, key="destroy_verbs")) and bool(
        tags(toks[k].low, doc.lang.code) & {"VERB", "PRTS", "PRTF"})


def _side_votes(doc: _Doc, toks: list[Token], lo: int, hi: int, *, weight: int,
                claimant: str | None = None) -> Counter[str]:
    """Side words of ``toks[lo:hi]``: the side named (``weight``), or its enemy where it is the one
    destroying ("Сили оборони знищили ...")."""
    votes: Counter[str] = Counter()
    for key, _a, b in _side_words(doc, toks, lo, hi, claimant):
        if not _is_actor(doc, toks, b):
            votes[key] += weight
        elif (opp := _opponent(doc.profile, key)) is not None:
            votes[opp] += 2
    return votes


def _opponent(profile: Profile, side: str) -> str | None:
    s = profile.sides.get(side)
    return s.opponent if s else None


def _side(doc: _Doc, sent: Sentence, number: Number, category: str, noun: tuple[int, int] | None,
          lo: int, claimant: str | None, listed: str | None = None) -> tuple[str | None, bool]:
    """(side, whether the text itself says it): the noun phrase ("1239 російських танків", "30 бойцов ВСУ"),
    the list's heading, the clause's subject ("втрати росії", "ВСУ потеряли"), else the sentence's side
    words and whose losses the claimant usually reports (a guess, redone once the claimant is known)."""
    toks = sent.tokens
    own = doc.lang.grammar["context"]
    np_lo = number.last_token + 1
    np_hi = (noun[1] if noun else np_lo)
    tail = np_hi
    while tail < min(len(toks), np_hi + 3):
        between = _gap(doc.text, toks[tail - 1].end, toks[tail].start) if tail > 0 else ""
        if re.search(r"[,.;:!?—–‒−(]", between) or tags(toks[tail].low, doc.lang.code) & {"PREP", "CONJ"}:
            break
        tail += 1
    for key, a, b in _side_words(doc, toks, np_lo, tail, claimant):
        if a < np_hi or not _is_actor(doc, toks, b):
            return key, True
    if category == "civilians":
        # a figure for civilians is the speaking side's own; else the text's (settled with the document)
        return doc.profile.own_side(claimant), False
    if listed:
        return listed, True
    # "ми втрачаємо": the claimant's own side; "Минобороны признало смерть": its own losses
    if (_has(own, "own", toks, lo, number.first_token) or _has(own, "admit", toks, 0, number.first_token)) \
            and claimant and doc.profile.own_side(claimant):
        return doc.profile.own_side(claimant), True
    votes = _side_votes(doc, toks, lo, number.first_token, weight=3, claimant=claimant)
    if votes:
        return votes.most_common(1)[0][0], True
    if category == "people":
        # victims of unknown status: the speaker's own, unless the clause said otherwise
        return doc.profile.own_side(claimant), False
    # a side the sentence names outweighs whose losses the claimant usually reports
    votes = _side_votes(doc, toks, 0, len(toks), weight=2, claimant=claimant)
    target = doc.profile.usual_target(claimant) if claimant else None
    if target:
        votes[target] += 1
    if votes:
        return votes.most_common(1)[0][0], False
    return None, False


def _people_category(doc: _Doc, sent: Sentence, noun: tuple[int, int]) -> str:
    """"людей", "человек": soldiers in a sentence about the army, civilians in one about strikes on homes,
    else what the document speaks of more, else people. The attacker ("атаки ВСУ") is no context."""
    toks = sent.tokens
    attacks = {b for _k, _a, b in doc.lang.grammar["context"].find_all(toks, key="attack")}
    mil = [h for h in doc.lang.military_context.find_all(toks) if h[1] not in attacks]
    civ = doc.lang.civilian_context.find_all(toks)
    if mil or civ:
        return "personnel" if len(mil) > len(civ) else "civilians"
    return "civilians" if doc.civilian_doc else "people"


@dataclass
class _Source:
    key: str
    text: str
    paragraph: int


def _claimant_in(doc: _Doc, sent: Sentence, near: int | None = None) -> _Source | None:
    """The source the sentence names (the one nearest ``near``, a token index, if given)."""
    memo = sent.tokens.memo if isinstance(sent.tokens, Tokens) else {}
    if ("claimant", near) not in memo:
        memo[("claimant", near)] = _find_claimant(doc, sent, near)
    return memo[("claimant", near)]


def _find_claimant(doc: _Doc, sent: Sentence, near: int | None) -> _Source | None:
    toks = sent.tokens
    hits = doc.lang.claimants.find_all(toks)
    # "Росія офіційно повідомляла": a side's name as the subject of a verb of saying
    verbs = doc.lang.grammar["context"]
    named_at = {i for _k, a, b in hits for i in range(a, b)}
    for key, a, b in doc.lang.sides.find_all(toks):
        if key in doc.lang.state_claimants and toks[a].text[:1].isupper() and a not in named_at:
            for k in range(b, min(len(toks), b + 3)):
                if verbs.match(toks, k, key="report_verbs"):
                    hits.append((doc.lang.state_claimants[key], a, b))
                    break
    if not hits:
        return None
    saying = [h for k in ("report_verbs", "source_markers", "reported_back") for h in verbs.find_all(toks, key=k)]
    # "ISW: ...", "Минобороны РФ: ...": a source opening the sentence with a colon
    opening = [h for h in hits if h[1] <= 1 and h[2] < len(toks)
               and _gap(doc.text, toks[h[2] - 1].end, toks[h[2]].start).strip().startswith(":")]
    if opening:
        saying.append(("opening", opening[0][2], opening[0][2]))
    if sent.kind != "heading" and not saying:
        return None  # "авіацією Повітряних сил було завдано ударів": named, but not as the source
    interviews = [h[1] for h in verbs.find_all(toks, key="interview")]
    # "заявив він в інтерв'ю виданню": the outlet of an interview is not the source
    hits = [h for h in hits if not any(0 < h[1] - i <= 2 for i in interviews)]
    # "вертолет Ми-24 украинских воздушных сил": the owner of what was lost is not the source
    owners = {b for _k, _a, b in doc.lang.categories.find_all(toks)}
    hits = [h for h in hits if not any(0 <= h[1] - end <= 3 and not re.search(
        r"[,.;:!?]", _gap(doc.text, toks[end - 1].end, toks[h[1]].start)) for end in owners)]
    if not hits:
        return None
    named = [h for h in hits if h[0] != "other"] or hits

    def distance_to_saying(h: tuple[str, int, int]) -> int:
        return min((min(abs(h[1] - s[2]), abs(s[1] - h[2])) for s in saying), default=99)

    if near is not None:
        key, a, b = min(named, key=lambda h: (distance_to_saying(h) > 3, abs(h[1] - near)))
    else:
        key, a, b = min(named, key=lambda h: (distance_to_saying(h) > 3, h[1]))
    # the name after the title: "міністр оборони Олексій Резніков"
    while b < len(toks) and b < a + 8 and toks[b].text[:1].isupper() and not toks[b].low.isdigit() \
            and not re.search(r"[,.;:!?]", _gap(doc.text, toks[b - 1].end, toks[b].start)):
        b += 1
    return _Source(key, doc.text[toks[a].start:toks[b - 1].end], sent.paragraph)


def _measure(doc: _Doc, sent: Sentence, number: Number, lo: int, hi: int,
             dates: list[DateMention]) -> tuple[str | None, float | None, DateMention | None, DateMention | None]:
    """(measure, period_days, span-start date, as-of date) from the clause, then the sentence; None: no cue.
    The as-of date is the clause's, else the sentence's latest ("25 лютого 2024 року озвучив: ... 31 тисяча")."""
    measure, days, since, as_of = _measure_in(doc, sent, number, lo, hi, dates)
    if as_of is None and not number.delta:
        inside = _delta_tokens(doc, sent)
        as_of = next((d for d in reversed(dates) if d.role in ("as_of", "plain") and d.kind == "day"
                      and d.first_token not in inside), None) or next(
            (d for d in reversed(dates) if d.kind == "month" and d.year is not None and d.role != "since"
             and d.first_token not in inside),
            None) or next(  # "В мае 2025 года губернатор говорил, что ..."
            (d for d in dates if d.kind == "weekday"), None)  # "у понеділок"
    return measure, days, since, as_of


def _measure_in(doc: _Doc, sent: Sentence, number: Number, lo: int, hi: int,
                dates: list[DateMention]) -> tuple[str | None, float | None, DateMention | None, DateMention | None]:
    toks = sent.tokens
    spans = doc.lang.grammar["spans"]
    if number.delta:
        return "period", 1.0, None, _as_of_in(dates, lo, hi) or _as_of_in(dates, 0, len(toks))
    inside = _delta_tokens(doc, sent)
    for a, b in ((lo, hi), (0, len(toks))):
        # "танки — 9419 (+20 за минулу добу)": the day is the increase's, not the total's
        cues = {c[0]: c for c in spans.find_all(toks, a, b) if c[1] not in inside
                and not (c[0].startswith("rate") and _day_of_something(doc, toks, c[2]))}
        in_dates = [d for d in dates if a <= d.first_token and d.last_token < b and d.first_token not in inside]
        as_of = next((d for d in reversed(in_dates) if d.role in ("as_of", "plain") and d.kind == "day"), None)
        for key, measure, unit in _SPAN_CUES:
            if key in cues:
                return measure, unit, None, as_of
        since = next((d for d in in_dates if d.role == "since" and d.kind in ("day", "year_start", "month")), None)
        if since is not None:
            start = _span_start(since, doc.published)
            if start is not None and start <= doc.profile.war_start + dt.timedelta(days=1) \
                    and start >= doc.profile.war_start - dt.timedelta(days=31):
                return "cumulative", None, since, as_of
            return "period", None, since, as_of
        span = next((d for d in in_dates if d.role == "span" and d.kind in ("month", "year")
                     and not _stated_on(doc, toks, d)), None)
        if span is not None:
            days = None
            if span.kind == "month" and span.month:
                y = span.year or (doc.published.year if doc.published else 2001)
                days = float(calendar.monthrange(y, span.month)[1])
            return "period", days, span, span
        if _cumulative_cue(doc, toks, a, b):
            return "cumulative", None, None, as_of
        war_day_one = next((d for d in in_dates if d.kind == "day" and d.year is not None
                            and _resolve(d, None) == doc.profile.war_start), None)
        if war_day_one is not None:
            # "З 4:00 ранку 24 лютого 2022 року ... до опівночі 17 квітня": since the invasion
            later = [d for d in in_dates if d is not war_day_one and d.kind == "day"]
            return "cumulative", None, war_day_one, (later[-1] if later else as_of)
        if "this_period" in cues:
            return "same", None, None, as_of
        if "event" in cues or _event(doc, toks, a, b):
            return "period", None, None, as_of
        day = next((d for d in in_dates if d.kind == "weekday" and not _stated_on(doc, toks, d)
                    and not any(doc.lang.grammar["context"].match(toks, k, key="report_verbs")
                                for k in range(d.last_token + 1, min(len(toks), d.last_token + 4)))), None)
        if day is not None:
            # "У суботу, 8 червня, ворог втратив ...": the losses of that day
            return "period", 1.0, None, as_of or day
        if as_of is not None and a == 0:
            return None, None, None, as_of
    return None, None, None, None


#: Span words and what they make of a figure: (grammar key, measure, period_days).
_SPAN_CUES = (("rate", "rate", 1.0), ("rate_week", "rate", 7.0), ("rate_month", "rate", 30.0),
              ("day", "period", 1.0), ("week", "period", 7.0), ("month", "period", 30.0), ("year", "period", 365.0))


def _day_of_something(doc: _Doc, toks: list[Token], end: int) -> bool:
    """"в день объявления мобилизации": a day named by what happened on it, not "per day"."""
    if end >= len(toks) or re.search(r"[,.;:!?]", _gap(doc.text, toks[end - 1].end, toks[end].start)):
        return False
    found = tags(toks[end].low, doc.lang.code)
    return {"NOUN", "gent"} <= found and not doc.lang.outcomes_people.match(toks, end)


def _event(doc: _Doc, toks: list[Token], lo: int, hi: int) -> bool:
    """"внаслідок ракетного удару", "в результате атаки ВСУ": losses of one attack."""
    ctx, spans = doc.lang.grammar["context"], doc.lang.grammar["spans"]
    for _key, a, _b in ctx.find_all(toks, lo, hi, "attack"):
        if any(spans.match(toks, k, key="event_lead") for k in range(max(lo, a - 3), a)):
            return True
    return False


def _delta_tokens(doc: _Doc, sent: Sentence) -> set[int]:
    """Indexes of the tokens inside "(+N ...)" of a sentence."""
    memo = sent.tokens.memo if isinstance(sent.tokens, Tokens) else {}
    if ("deltas",) in memo:
        return memo[("deltas",)]
    out: set[int] = set()
    for m in re.finditer(r"\(\s*\+[^)]*\)", doc.text[sent.start:sent.end]):
        a, b = sent.start + m.start(), sent.start + m.end()
        out.update(i for i, tok in enumerate(sent.tokens) if a <= tok.start < b)
    memo[("deltas",)] = out
    return out


def _stated_on(doc: _Doc, toks: list[Token], d: DateMention) -> bool:
    """"повідомляла ... у вересні 2022 року": the month the figure was stated, not a span of losses."""
    verbs = doc.lang.grammar["context"]
    return any(verbs.match(toks, k, key="report_verbs") for k in range(max(0, d.first_token - 6), d.first_token))


def _as_of_in(dates: list[DateMention], lo: int, hi: int) -> DateMention | None:
    return next((d for d in dates if lo <= d.first_token and d.last_token < hi
                 and d.role in ("as_of", "plain") and d.kind == "day"), None)


def _cumulative_cue(doc: _Doc, toks: list[Token], a: int, b: int) -> bool:
    spans = doc.lang.grammar["spans"]
    hits = spans.find_all(toks, a, b)
    if any(h[0] == "cumulative" for h in hits):
        return True
    for key, i, _j in hits:
        if key == "war_nouns":
            for k in range(max(a, i - 4), i):
                if spans.match(toks, k, key="cumulative_lead"):
                    return True
    return False


@dataclass
class _Lost:
    """What a number counts: its category, the rule that found it, the noun's place and own outcome."""

    category: str
    rule: str
    noun: tuple[int, int] | None = None
    noun_outcome: str | None = None


def _civilian_property(doc: _Doc, sent: Sentence) -> bool:
    """A sentence about a strike on homes with no army in it: the cars and things in it are people's."""
    toks = sent.tokens
    return bool(doc.lang.civilian_context.find_all(toks)) and not doc.lang.military_context.find_all(toks) \
        and not _side_words(doc, toks, 0, len(toks))


def _what_was_lost(doc: _Doc, sent: Sentence, num: Number, qual_first: int, out: list[Mention]) -> _Lost | None:
    """The noun after the number ("1239 російських танків"), the list label before it ("танки — 9419"), the
    total before an increase ("(+1 010)"), or the item before it in a breakdown or an elliptical list
    ("із них 9 госпіталізовано", "106 – пошкоджено", "в марте — 976")."""
    toks = sent.tokens
    ctx = doc.lang.grammar["context"]
    label = _category_label(doc, sent, num, qual_first)
    after = _category_after(doc, sent, num)
    lost: _Lost | None = _Lost(label, "list_label") if label else None
    if after is not None:
        if lost is None or (after[0] in ("personnel", "civilians") and lost.category == "people"):
            lost = _Lost(after[0], "noun")
        lost.noun, lost.noun_outcome = (after[1], after[2]), after[3]
    if num.delta and out:
        return _Lost(out[-1].category, "bulletin_delta", lost.noun if lost else None)
    if lost is not None:
        return lost
    if out and (_has(ctx, "continuation", toks, max(0, num.first_token - 3), num.first_token)
                or _specific_cue(doc, toks, num, out[-1].category)):
        return _Lost(out[-1].category, "elliptical")
    if num.first_token == num.last_token and doc.lang.grammar["numbers"].match(toks, num.first_token, key="collective"):
        lo, hi = _clause_bounds(doc, sent, num)
        if any(key in _SPECIFIC for key, _a, _b in doc.lang.outcomes_people.find_all(toks, lo, hi)):
            return _Lost("people", "collective")  # "ще двоє поранені", "ранены трое": people
    next_gap = doc.text[num.end:num.end + 3]
    prev_gap = doc.text[max(sent.start, toks[qual_first].start - 3):toks[qual_first].start]
    if re.search(r"[—–‒−-]", next_gap) or re.search(r"[—–‒−-]", prev_gap):
        before = doc.mentions[-1] if doc.mentions and doc.mentions[-1].sentence.paragraph >= sent.paragraph - 1 \
            else None
        prev = out[-1] if out else before
        if prev is not None:
            return _Lost(prev.category, "elliptical")
    return None


def _outcome_of(doc: _Doc, sent: Sentence, num: Number, lost: _Lost, lo: int, hi: int, out: list[Mention],
                list_ctx: dict[str, Any]) -> str | None:
    """The outcome words of the clause, then the sentence; a breakdown's whole ("серед них троє дітей"),
    the list's heading, a sentence going on from the one before ("Також стать 71 дитини ...")."""
    toks = sent.tokens
    ctx = doc.lang.grammar["context"]
    table = doc.lang.outcomes_people if lost.category in _PEOPLE else doc.lang.outcomes_equipment
    outcome = _outcome(doc, sent, num, lost.category, lo, hi, lost.noun_outcome)
    breakdown = _has(ctx, "continuation", toks, lo, num.first_token)
    if breakdown and out and not _cues(table, toks, lo, hi) and not lost.noun_outcome:
        outcome = out[-1].outcome
    if outcome is None and list_ctx.get("outcome") and (sent.kind == "list_item" or lost.rule == "list_label"):
        outcome = str(list_ctx["outcome"])
    if outcome is None and (num.delta or lost.rule == "bulletin_delta"
                            or (lost.rule == "list_label" and sent.kind == "list_item")):
        outcome = "losses"
    if outcome is None and doc.mentions and doc.mentions[-1].sentence.paragraph >= sent.paragraph - 1 \
            and _has(ctx, "continuation", toks, 0, num.first_token):
        outcome = doc.mentions[-1].outcome
    if outcome == "destroyed" and lost.category in _PEOPLE:
        return "killed"
    if outcome == "killed" and lost.category not in _PEOPLE:
        return "destroyed"
    return outcome


def _read_sentence(doc: _Doc, sent: Sentence, dates: list[DateMention], list_ctx: dict[str, Any]) -> list[Mention]:
    """The mentions of losses in one sentence."""
    text = doc.text
    lang = doc.lang
    toks = sent.tokens
    numbers = _find_numbers(text, sent, lang, [(d.start, d.end) for d in dates if d.kind != "war_day"])
    source = _claimant_in(doc, sent)
    ctx = lang.grammar["context"]
    recap = bool(ctx.find_all(toks, 0, min(len(toks), 3), "recap"))
    hedged = bool(_cues(lang.grammar["hedges"], toks, 0, len(toks)))
    out: list[Mention] = []
    for num in numbers:
        if num.delta and num.value == 0:
            continue  # "(+0)": nothing lost that day
        nxt = _token_index(toks, num.end)
        if nxt < len(toks) and toks[nxt].start - num.end <= 2 \
                and lang.grammar["numbers"].match(toks, nxt, key="not_counts"):
            continue  # "48 років", "19 відсотків", "464 кв. км"
        if text[num.end:num.end + 2].lstrip().startswith("%"):
            continue  # "на 20% більше"
        if num.first_token >= 2 and toks[num.first_token - 2].low.isdigit() \
                and ctx.match(toks, num.first_token - 1, key="part_of"):
            continue  # "збили 11 з 13 ракет": 13 were launched, not lost
        qualifier, qual_first = _qualifier(doc, sent, num)
        lost = _what_was_lost(doc, sent, num, qual_first, out)
        if lost is None:
            continue
        if lost.category == "people":
            lost.category = _people_category(doc, sent, lost.noun or (num.first_token, num.last_token + 1))
        lo, hi = _clause_bounds(doc, sent, num)
        if lost.category in ("vehicles", "equipment") and _civilian_property(doc, sent):
            continue  # "внаслідок удару пошкоджено 40 автомобілів": people's cars, not an army's
        table = lang.outcomes_people if lost.category in _PEOPLE else lang.outcomes_equipment
        if ctx.find_all(toks, lo, hi, "non_loss") or (
                sent.kind != "list_item" and ctx.find_all(toks, 0, len(toks), "non_loss")
                and not _cues(table, toks, lo, hi)):
            continue  # launched, fled, exchanged, found alive
        outcome = _outcome_of(doc, sent, num, lost, lo, hi, out, list_ctx)
        if outcome is None:
            continue
        claimant_src = source
        if claimant_src is None and lost.rule in ("list_label", "bulletin_delta") and _bulletin_source(doc) \
                and not recap and not list_ctx.get("source") and (sent.kind == "list_item" or _delta_tokens(doc, sent)):
            claimant_src = _bulletin_source(doc)  # "танків — 9 503 (+10) од": the General Staff's layout
        if source is not None and len(numbers) > 1:
            claimant_src = _claimant_in(doc, sent, near=num.first_token) or source
        if claimant_src is None and sent.kind == "list_item" and list_ctx.get("source"):
            claimant_src = list_ctx["source"]
        claimant = claimant_src.key if claimant_src else None
        listed = list_ctx.get("side") if sent.kind == "list_item" else None
        side, side_stated = _side(doc, sent, num, lost.category, lost.noun, lo, claimant, listed)
        if lost.rule == "elliptical" and out and out[-1].sentence is sent and not _np_side(doc, sent, num, lost.noun):
            side, side_stated = out[-1].side, True  # "1239 російських танків знищено, 106 – пошкоджено"
        measure, period_days, since, as_of = _measure(doc, sent, num, lo, hi, dates)
        cued = measure is not None
        if measure is None and (sent.kind == "list_item" or lost.rule == "list_label") and list_ctx.get("measure"):
            measure, period_days, since = list_ctx["measure"]
            cued = True
            as_of = as_of or list_ctx.get("as_of")
        if lost.rule == "bulletin_delta" or num.delta:
            measure, period_days = "period", 1.0
        m = Mention(sent, num, lost.category, outcome, side, qualifier, measure, period_days, since, as_of, hedged,
                    claimant, claimant_src.text if claimant_src else None, source is not None, lost.rule,
                    num.value, num.high, cued, recap)
        m.noun_end = lost.noun[1] if lost.noun else num.last_token + 1
        m.side_stated = side_stated
        m.side_args = (lost.noun, lo, listed)
        # "ми втрачаємо": the speaker's own losses, whoever the speaker turns out to be
        m.own_voice = bool(_has(ctx, "own", toks, lo, num.first_token)) and not _np_side(doc, sent, num, lost.noun)
        out.append(m)
    out += _count_of_one(doc, sent, out, numbers, source)
    return out


def _count_of_one(doc: _Doc, sent: Sentence, found: list[Mention], numbers: list[Number],
                  source: _Source | None) -> list[Mention]:
    """"(7 літаків, вертоліт, 3 БПЛА)", "сбит вертолет Ми-24": a counted loss of one."""
    toks = sent.tokens
    lang = doc.lang
    covered: set[int] = set()
    for n in numbers:
        covered.update(range(n.first_token, n.last_token + 1))
    for f in found:
        covered.update(range(f.number.first_token, max(f.noun_end, f.number.last_token + 1)))
    extra: list[Mention] = []
    for key, a, b in lang.categories.find_all(toks):
        if key in _PEOPLE or key == "equipment" or a in covered:
            continue
        if b < len(toks) and re.match(r"\s*[—–‒−-]\s*\d", doc.text[toks[b - 1].end:toks[b].end]):
            continue  # "РСЗВ ‒ 1 255": a list label, not one item
        t = tags(toks[a].low, lang.code)
        if "plur" in t and "sing" not in t:
            continue
        before = _gap(doc.text, toks[a - 1].end, toks[a].start) if a > 0 else ""
        after_item = any(f.noun_end in (a, a - 1) for f in found)  # "7 літаків, вертоліт"
        in_list = after_item and (re.search(r"[,(]\s*$", before) or toks[a - 1].low in ("і", "й", "та", "и")
                                  if a > 0 else False)
        verb = None
        k = a - 1
        while k >= 0 and k >= a - 3 and _is_adjectival(toks[k], lang.code) and not toks[k].low.isdigit():
            k -= 1  # "сбит украинский вертолет"
        if "Fixd" in t:
            k = -1  # "збила ППО": an indeclinable abbreviation after a verb is its subject
        after_ok = b < len(toks) and bool(tags(toks[b].low, lang.code) & {"PRTS", "Impe", "pssv"})
        for at in (k, b if after_ok else -1):  # "вертолет был уничтожен", not "ППО збили" (its subject)
            if 0 <= at < len(toks) and lang.outcomes_equipment.match(toks, at, key="destroyed") \
                    and not re.search(r"[,.;:]", _gap(doc.text, toks[min(at, a) if at < a else b - 1].end,
                                                      toks[a if at < a else at].start)):
                verb = at
        if not in_list and verb is None:
            continue
        base = found[-1] if found else None
        num = Number(toks[a].start, toks[b - 1].end, 1.0, None, False, a, b - 1)
        lo, hi = _clause_bounds(doc, sent, num)
        claimant = base.claimant if base else (source.key if source else None)
        side, stated = _side(doc, sent, num, key, (a, b), lo, claimant)
        if in_list and base is not None and not stated:
            side = base.side
        outcome = base.outcome if (base and in_list) else "destroyed"
        measure, period_days, since, as_of = _measure(doc, sent, num, lo, hi, doc.dates.get(id(sent), []))
        extra.append(Mention(sent, num, key, outcome, side, "exact", measure or (base.measure if base else None),
                             period_days if measure else (base.period_days if base else None),
                             since, as_of, False, claimant,
                             base.claimant_text if base else (source.text if source else None),
                             source is not None, "count_of_one", 1.0, None, measure is not None))
    return extra


# -- the document ----------------------------------------------------------------------------------------


def _may_count(lang: Language, sent: Sentence) -> bool:
    """Whether a sentence has anything to count: a digit, a number word, or a thing that can be lost
    ("сбит вертолет"). Most sentences of an article have none and are only read for sources and spans."""
    if any(t.low.isdigit() or t.low in lang.number_values or not lang.number_forms.isdisjoint(t.lemmas)
           for t in sent.tokens):
        return True
    return bool(lang.categories.find_all(sent.tokens) or lang.multipliers.find_all(sent.tokens))


def _may_date(lang: Language, sent: Sentence) -> bool:
    """Whether a sentence with nothing to count may still name a span ("У квітні ...", "з жовтня")."""
    return any(not lang.month_forms.isdisjoint(t.lemmas) or not lang.weekday_forms.isdisjoint(t.lemmas)
               for t in sent.tokens) or bool(lang.grammar["dates"].find_all(sent.tokens, key="start_of"))


def _list_context(doc: _Doc, sent: Sentence, dates: list[DateMention], found: list[Mention],
                  previous: dict[str, Any]) -> dict[str, Any]:
    s_text = doc.text[sent.start:sent.end].rstrip()
    if sent.kind == "list_item":
        return previous
    if not s_text.endswith(":"):
        return {}
    ctx: dict[str, Any] = {}
    src = _claimant_in(doc, sent)
    if src:
        ctx["source"] = src
    toks = sent.tokens
    bulletin = _bulletin_source(doc)
    speaker = src.key if src else (bulletin.key if bulletin else None)
    for key, _a, b in _side_words(doc, toks, 0, len(toks), speaker):
        if not _is_actor(doc, toks, b):
            ctx["side"] = key
            break
    for table in (doc.lang.outcomes_equipment, doc.lang.outcomes_people):
        hits = table.find_all(toks)
        if hits:
            ctx["outcome"] = hits[-1][0]
            break
    fake = Number(sent.end, sent.end, 0, None, False, len(toks), len(toks) - 1)
    measure, days, since, as_of = _measure(doc, sent, fake, 0, len(toks), dates)
    if measure == "same" and doc.mentions:
        last = doc.mentions[-1]
        measure, days, since = last.measure, last.period_days, last.period_start_date
    if measure:
        ctx["measure"] = (measure, days, since)
    if as_of:
        ctx["as_of"] = as_of
    return ctx


def _sentence_cue(doc: _Doc, sent: Sentence, dates: list[DateMention]
                  ) -> tuple[str, float | None, DateMention | None] | None:
    """A span the sentence names for a day, a week or since a date (the figures after it in its paragraph
    share it: "За попередню добу ... Зенітними військами уражено 14 цілей")."""
    if not sent.tokens:
        return None
    fake = Number(sent.end, sent.end, 0, None, False, len(sent.tokens), len(sent.tokens) - 1)
    measure, days, since, _as_of = _measure(doc, sent, fake, 0, len(sent.tokens), dates)
    if measure == "period" and (days in (1.0, 7.0) or since is not None
                                or _has(doc.lang.grammar["spans"], "event", sent.tokens, 0, len(sent.tokens))
                                or _event(doc, sent.tokens, 0, len(sent.tokens))):
        return measure, days, since
    return None


def _credit_back(doc: _Doc, sent: Sentence, found: list[Mention]) -> None:
    """"Про це йдеться в повідомленні Генштабу", "..., - повідомив президент": the source of the figures
    before it."""
    ctx = doc.lang.grammar["context"]
    toks = sent.tokens
    opens = bool(ctx.find_all(toks, 0, min(len(toks), 6), "reported_back"))
    follows = not found and bool(doc.mentions) and doc.sentences.index(doc.mentions[-1].sentence) == \
        doc.sentences.index(sent) - 1
    if not (opens or follows):
        return
    src = _claimant_in(doc, sent)
    if src is None:
        return
    for m in reversed(doc.mentions):
        # "Об этом сообщили в Минобороны" closes a report: every figure back to the last one with a source
        if m.explicit or (not opens and m.sentence.paragraph < sent.paragraph - 2):
            break
        m.claimant, m.claimant_text, m.explicit = src.key, src.text, True


def _infer_published(doc: _Doc) -> dt.date | None:
    """An undated document's date from its own text: a dateline, the General Staff's figures it quotes,
    its latest full date, a day of the war."""
    from ..series import general_staff_snapshot
    from .dates import _series_evidence

    all_dates = [d for s in doc.sentences for d in doc.dates.get(id(s), [])]
    floor = doc.profile.war_start - dt.timedelta(days=400)
    for d in all_dates:
        if d.start < 150 and d.kind == "day" and d.year is not None:
            r = _resolve(d, None)
            if r and r >= floor:
                return r
    series = general_staff_snapshot()
    totals = [(m.category, m.value) for m in doc.mentions
              if m.measure in (None, "cumulative") and m.side == "russia" and m.value_high is None
              and m.claimant in (None, "ua_general_staff", "ua_mod") and m.category != "people"
              and (m.category == "personnel" or m.value >= 20)]
    full = sorted(r for d in all_dates if d.kind == "day" and d.year is not None
                  and (r := _resolve(d, None)) is not None and r >= floor)
    near = full[-1] if full else None
    if totals:
        hit = _series_evidence(totals, series, near)
        if hit is not None and not hit.approximate and (len(hit.figures) >= 2 or hit.run_days <= 3):
            return hit.date
    daily = {m.category: m.value for m in doc.mentions
             if m.measure == "period" and m.period_days == 1 and m.side == "russia" and m.qualifier == "exact"
             and m.value_high is None}
    if len(daily) >= 3:
        found = _series_daily(series, daily)
        if found is not None:
            return found
    if full:
        # "24 лютого 2022 року ... до опівночі 17 квітня": a later yearless date in the same year
        placed = [r for d in all_dates if d.kind == "day" and d.year is None and d.month and d.day
                  and (r := _safe_date(full[-1].year, d.month, d.day)) is not None and r > full[-1]]
        return max(placed) if placed else full[-1]
    for d in all_dates:
        if d.kind == "war_day" and d.day:
            return doc.profile.war_start + dt.timedelta(days=d.day - 1)
    years = [d.year for d in all_dates if d.year is not None]
    yearless = [d for d in all_dates if d.year is None and d.kind == "day"]
    if years and yearless:
        y = max(years)
        best = max(((r, d) for d in yearless if (r := _safe_date(y, d.month or 1, d.day or 1))), default=None)
        return best[0] if best else None
    return None


def _series_daily(series: Any, daily: dict[str, float]) -> dt.date | None:
    """The day whose increases of the General Staff's running totals are the figures quoted for one day."""
    index = _daily_increases(series)
    hits: Counter[dt.date] = Counter()
    for category, value in daily.items():
        hits.update(index.get((category, value), ()))
    if not hits:
        return None
    day, count = max(hits.items(), key=lambda kv: (kv[1], kv[0]))
    return day if count >= max(3, len(daily) - 1) else None


_INCREASES: dict[int, tuple[Any, dict[tuple[str, float], list[dt.date]]]] = {}


def _daily_increases(series: Any) -> dict[tuple[str, float], list[dt.date]]:
    """(category, one day's increase) -> the days it was that, from a series of running totals (indexed
    once per series)."""
    known = _INCREASES.get(id(series))
    if known is not None and known[0] is series:
        return known[1]
    out: dict[tuple[str, float], list[dt.date]] = {}
    for category, rows in series.points.items():
        for (d0, v0), (d1, v1) in zip(rows, rows[1:], strict=False):
            if (d1 - d0).days == 1:
                out.setdefault((category, v1 - v0), []).append(d1)
    _INCREASES[id(series)] = (series, out)
    return out


def _choose(group: list[Mention]) -> Mention:
    def score(m: Mention) -> tuple[int, ...]:
        return (int(m.sentence.kind != "heading"), int(m.claimant is not None), int(m.explicit),
                int(m.measure_cued), int(m.outcome != "losses"), -m.sentence.start)
    return max(group, key=score)


def extract_cyrillic(
    text: str,
    *,
    lang: str,
    published: dt.date | None,
    doc_id: str | None,
    profile: Profile,
    rule_name: Any,
) -> list[Claim]:
    """Every loss claim in a Ukrainian or Russian ``text`` (see the module's docstring)."""
    language = language_data(lang, profile.name)
    doc = _Doc(text, language, profile, published)
    list_ctx: dict[str, Any] = {}
    last_source: _Source | None = None
    last_source_para = -10
    para_cue: tuple[int, tuple[str, float | None, DateMention | None]] | None = None
    for sent in doc.sentences:
        if language.grammar["context"].find_all(sent.tokens, 0, min(3, len(sent.tokens)), "related"):
            continue  # "Читайте також: ...": another story's headline, not this one's; "Підписуйтесь ..."
        counts = _may_count(language, sent)
        dates = _find_dates(text, sent, language) if counts or _may_date(language, sent) else []
        doc.dates[id(sent)] = dates
        found = _read_sentence(doc, sent, dates, list_ctx) if counts else []
        own = _claimant_in(doc, sent)
        for m in found:
            if m.measure is None and para_cue is not None and para_cue[0] == sent.paragraph:
                m.measure, m.period_days, m.period_start_date = para_cue[1]
        cue = _sentence_cue(doc, sent, dates)
        if cue is not None:
            para_cue = (sent.paragraph, cue)
        for m in found:
            if m.claimant is None and not m.recap and last_source is not None \
                    and sent.paragraph - last_source_para <= 2:
                m.claimant, m.claimant_text = last_source.key, last_source.text
        doc.mentions.extend(found)
        _credit_back(doc, sent, found)
        if own is not None:
            last_source, last_source_para = own, sent.paragraph
        elif found and any(m.claimant for m in found) and last_source is not None:
            last_source_para = sent.paragraph
        elif found and all(m.recap for m in found):
            last_source = None
        list_ctx = _list_context(doc, sent, dates, found, list_ctx)
        if sent.kind != "list_item" and "source" not in list_ctx and list_ctx and last_source is not None \
                and sent.paragraph - last_source_para <= 3:
            list_ctx["source"] = last_source
    if not doc.mentions:
        return []
    _fill(doc)
    if doc.published is None:
        doc.published = _infer_published(doc)
    claims: list[Claim] = []
    groups: dict[tuple[Any, ...], list[Mention]] = {}
    for m in doc.mentions:
        if m.side is not None:
            groups.setdefault((m.side, m.category, m.value, m.value_high), []).append(m)
    chosen: list[Mention] = []
    for group in groups.values():
        # "3 killed and 3 wounded": two facts under one number
        specific = {x.outcome for x in group if x.outcome in ("killed", "wounded", "captured", "missing")}
        if len(specific) > 1:
            chosen += [_choose([x for x in group if x.outcome == o]) for o in sorted(specific)]
        else:
            chosen.append(_choose(group))
    for m in chosen:
        s = m.sentence
        as_of = _resolve(m.as_of_date, doc.published) if m.as_of_date else None
        period_start = _span_start(m.period_start_date, doc.published) if m.period_start_date else None
        basis = "stated" if as_of else ("published" if published else ("inferred" if doc.published else "none"))
        if m.measure == "period" and m.period_start_date is not None and m.as_of_date is m.period_start_date:
            as_of = _resolve(m.period_start_date, doc.published)
        if as_of is None:
            as_of = doc.published
        claims.append(Claim(
            doc=doc_id, side=m.side or "", category=m.category, outcome=m.outcome, value=m.value,
            value_high=m.value_high, qualifier=m.qualifier, measure=m.measure or "cumulative",
            period_days=m.period_days if m.measure in ("period", "rate") else None,
            period_start=period_start if m.measure == "period" else (period_start if m.measure == "cumulative"
                                                                     and period_start else None),
            as_of=as_of, claimant=m.claimant, claimant_text=m.claimant_text, hedged=m.hedged,
            quote=text[s.start:s.end], start=s.start, end=s.end,
            rule=rule_name(f"{lang}_{m.rule}"), as_of_basis=basis,
        ))
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def _fill(doc: _Doc) -> None:
    """What a sentence leaves open, the document fills in: spans carried on in a report, the default
    span, sides from the claimant and the document's majority."""
    # "..., где погибло свыше 3050 человек. ..., сообщается в Telegram-канале Минобороны": a source named
    # later in the same paragraph
    for i, m in enumerate(doc.mentions):
        if m.claimant is None and not m.recap and m.sentence.kind != "heading":
            later = next((x for x in doc.mentions[i + 1:] if x.explicit and x.claimant
                          and x.sentence.paragraph == m.sentence.paragraph), None)
            if later is not None:
                m.claimant, m.claimant_text = later.claimant, later.claimant_text
    bulletin = doc.lang.raw["profile"].get("defaults", {}).get("bulletin_claimant")
    for m in doc.mentions:
        if m.claimant is None and bulletin and m.rule in ("list_label", "bulletin_delta") and not m.recap \
                and (m.sentence.kind == "list_item" or _delta_tokens(doc, m.sentence)):
            m.claimant = str(bulletin)  # "танків — 10 196 (+4) од": the General Staff's own layout
    for m in doc.mentions:
        if not m.side_stated and m.side_args:
            noun, lo, listed = m.side_args
            m.side = _side(doc, m.sentence, m.number, m.category, noun, lo, m.claimant, listed)[0]
    prev: Mention | None = None
    for m in doc.mentions:
        if m.measure == "same":  # "за цей період": the span of the figures before
            base = next((x for x in reversed(doc.mentions[:doc.mentions.index(m)]) if x.measure not in
                         (None, "same")), None)
            m.measure, m.period_days, m.period_start_date = (
                (base.measure, base.period_days, base.period_start_date) if base else ("cumulative", None, None))
        if m.measure is None and m.sentence.kind == "heading":
            # a headline sums up the report below it: "Сили оборони знищили ще півтори тисячі окупантів"
            body = next((x for x in doc.mentions if x.sentence.kind != "heading" and x.measure_cued
                         and x.measure is not None and (x.category in _PEOPLE) == (m.category in _PEOPLE)
                         and x.sentence.paragraph <= m.sentence.paragraph + 3), None)
            if body is not None:
                m.measure, m.period_days, m.period_start_date = body.measure, body.period_days, body.period_start_date
        if m.measure is None:
            carried = _carried_measure(doc, prev, m) if prev is not None else None
            if carried is not None:
                m.measure, m.period_days, m.period_start_date = carried
                m.as_of_date = m.as_of_date or (prev.as_of_date if prev is not None else None)
                m.measure_cued = True
            else:
                m.measure = _default_measure(doc, m)
        prev = m
    # whose losses the text speaks of where a figure's own words do not say: its side words (not places,
    # not attackers), else the sides the figures got
    votes = Counter(key for s in doc.sentences for key, _a, _b in _side_words(doc, s.tokens, 0, len(s.tokens)))
    if not votes:
        votes = Counter(m.side for m in doc.mentions if m.side)
    majority = votes.most_common(1)[0][0] if votes else None
    default = _default_side(doc)
    for m in doc.mentions:
        if m.own_voice and m.claimant and doc.profile.own_side(m.claimant):
            m.side = doc.profile.own_side(m.claimant)
        if m.side is None and m.category == "civilians":
            m.side = doc.profile.default_victim_side  # the attacker is named as often as the victims' country
        if m.side is None:
            m.side = doc.profile.usual_target(m.claimant) or majority or (
                doc.profile.default_victim_side if m.category == "people" else default)


def _carried_measure(doc: _Doc, prev: Mention, m: Mention) -> tuple[str, float | None, DateMention | None] | None:
    """The span of the figure before, when this one goes on in the same report: the rest of a day's or
    a week's report, the next item of a sentence, a sentence opening with "Також" / "Кроме того", the
    same source's figures of the same kind in the next sentence. A day's increase "(+N)" passes on nothing."""
    if prev.measure is None or prev.number.delta:
        return None
    same_source = prev.claimant == m.claimant or None in (prev.claimant, m.claimant)
    near = prev.sentence.paragraph >= m.sentence.paragraph - 1
    span = (str(prev.measure), prev.period_days, prev.period_start_date)
    if prev.sentence is m.sentence:
        return span
    if m.sentence.kind == "list_item":
        return None
    if prev.measure == "period" and prev.period_days in (1.0, 7.0) and same_source \
            and prev.sentence.paragraph >= m.sentence.paragraph - 2:
        return span
    if not (prev.measure_cued and near and prev.claimant == m.claimant):
        return None
    if _has(doc.lang.grammar["context"], "continuation", m.sentence.tokens, 0, m.number.first_token) \
            or (prev.category in _PEOPLE) == (m.category in _PEOPLE):
        return span
    return None


def _default_measure(doc: _Doc, m: Mention) -> str:
    """No words of span: a strike's casualties and a belligerent's account of what it destroyed, killed or
    took prisoner are one event (a period); other figures are running totals."""
    if m.category in ("civilians", "people") and m.outcome in ("killed", "wounded") \
            and not (m.as_of_date is not None and m.as_of_date.role == "as_of"):
        return "period"  # (not "станом на 31 травня загинули ...": a running count)
    toks = m.sentence.tokens
    if doc.profile.own_side(m.claimant) and m.side != doc.profile.own_side(m.claimant) \
            and m.sentence.kind != "list_item" and any(_destroy_verb(doc, toks, k) for k in range(len(toks))):
        return "period"
    return "cumulative"


@lru_cache(maxsize=16)
def has_profile_words(profile_name: str, lang: str) -> bool:
    """Whether the profile has its words in ``lang`` (``profiles/<profile>/<lang>.toml``)."""
    return resources.files("lossledger.profiles").joinpath(profile_name, f"{lang}.toml").is_file()
