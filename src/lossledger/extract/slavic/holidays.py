"""A holiday on a fixed day of the calendar, as a day: "на Різдво 2024 року" (25 December 2024), "на Новый год
2025" (1 January 2025), with the year written after it (without, which one is not told).
The holidays are the grammar's (``dates.holidays``: each one's names, by lemma, and its month and day), as in English
(``..holiday_dates``); a holiday kept on another day up to a year (``until``, ``day_until``: Ukraine's Christmas on 7
January up to 2022) is that day in those years; a feast whose day moves with the year (``easter = "julian"``:
Easter by the Julian reckoning, "на Великдень 2024 року", 5 May 2024) is its day of the year written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter
from typing import Any, Literal

from ...languages.morphology import PhraseTable, Token
from ..easter import julian_easter
from .holiday_lead import lead_back
from .language import HOLIDAY, YEAR, Language


@dataclass(frozen=True, slots=True)
class HolidayNamed:
    """A holiday at ``tokens[first:last + 1]`` (its year's words, if written, included)."""

    first: int
    last: int
    year: int | None
    month: int
    day: int


_TABLES: dict[str, tuple[PhraseTable, dict[str, Any]]] = {}
#: the forms of the holiday names' first words by language code (a token holding none starts no holiday); None: a
#: name opens on a prefix word ("Різдв*"), which any token may start
_FIRSTS: dict[str, frozenset[str] | None] = {}
_LEMMAS = attrgetter("lemmas")
#: each holiday's calendars (the words naming one, under its day) by language code and holiday key; False: none
_CALENDARS: dict[tuple[str, str], PhraseTable | Literal[False]] = {}


def holiday_table(lang: Language) -> tuple[PhraseTable, dict[str, Any]]:
    """The holidays' names (under each holiday's key) and each holiday's days, read once per language."""
    found = _TABLES.get(lang.code)
    if found is None:
        holidays = lang.raw.get("grammar", {}).get("dates", {}).get("holidays", {})
        found = _TABLES[lang.code] = (PhraseTable({k: h["names"] for k, h in holidays.items()}, lang.code), holidays)
        _FIRSTS[lang.code] = found[0].first_forms
    return found


def day_of(holiday: dict[str, Any], year: int, calendar_day: str | None = None,
            written_from: Callable[[], str | None] | None = None) -> tuple[int, int]:
    """(month, day) a holiday falls on in ``year``: the day of the calendar named beside it, if one is; else of the
    side the text is written from, where the holiday has a day of that side's from a year on (``written_from``:
    a Russian text of Ukraine's side keeps Christmas on 25 December from 2023); else its own."""
    if holiday.get("easter") == "julian":
        return julian_easter(year)
    day = str(holiday["day_until"] if year <= int(holiday.get("until", 0)) else holiday["day"])
    sides: dict[str, dict[str, Any]] = holiday.get("written_from", {})
    if calendar_day is not None:
        day = calendar_day
    elif sides and written_from is not None and (side := sides.get(written_from() or "")) is not None \
            and year >= int(side.get("since", 0)):
        day = str(side["day"])
    month, _, dd = day.partition("-")
    return int(month), int(dd)


def _may_open_one(tokens: list[Token], lang: Language) -> bool:
    """Whether some token holds a holiday name's first word (one test in C over the sentence's lemmas chained)."""
    firsts = _FIRSTS.get(lang.code)
    return firsts is None or not firsts.isdisjoint(chain.from_iterable(map(_LEMMAS, tokens)))


def holidays_named(tokens: list[Token], lang: Language, used: set[int], published_year: int | None = None,
                   written_from: Callable[[], str | None] | None = None) -> list[HolidayNamed]:
    """The holidays a sentence names with the year written right after each ("Різдво 2024 року"), or, given the
    year of publication, told by a word of this year or last beside it ("на Великдень цього року", "в этом году на
    Пасху", "торік на Різдво"); not their eves. A holiday two calendars keep on two days is the day of the calendar
    named beside it ("католическое Рождество", "Рождество по юлианскому календарю"), else of the side the text is
    written from (``written_from``, asked only then), where the grammar gives that side's day."""
    kinds, present = lang.token_kinds(tokens)
    if not present & YEAR and published_year is None:
        return []  # (read only with its year written after it: most sentences hold no year, and are not looped over)
    if not (present & HOLIDAY if lang.holiday_forms is not None else _may_open_one(tokens, lang)):
        return []  # (no holiday's first word, a bit of the sentence's kinds: most sentences, not looped over)
    table, holidays = holiday_table(lang)
    told = _years_told(tokens, lang, published_year) if published_year is not None else {}
    if not present & YEAR and not told:
        return []  # (no year written, and no word of this year or last)
    out: list[HolidayNamed] = []
    i = 0
    while i < len(tokens):
        # (capitalised, as a name is: "на Новий рік", not "у новому році", "in the new year")
        hit = table.match(tokens, i) if i not in used and tokens[i].text[:1].isupper() else None
        inside = _year_inside(tokens, kinds, table, holidays, i) if hit is None and i not in used else None
        year: int | None = None
        if inside is not None:  # "Нового 2025 року": the year inside the name (its last word the name's)
            hit, year = (inside[0], inside[1] + 1), int(tokens[i + 1].low)
        if hit is None:
            i += 1
            continue
        end = hit[1]
        last = end - 1
        if year is None and end < len(tokens) and kinds[end] & YEAR and tokens[end].start - tokens[end - 1].end <= 3:
            year, last = int(tokens[end].low), end
            word = lang.grammar["dates"].match(tokens, end + 1, key="year_words") if end + 1 < len(tokens) else None
            if word is not None:
                last = word[1] - 1
        if year is None and told:
            year, last = _year_beside(tokens, lang, told, i, end, last)
        eve = i > 0 and lang.grammar["dates"].match(tokens, i - 1, i, "yesterday") is not None
        if year is not None and not eve:  # (with no year, which one is not told; "напередодні Нового року": its eve)
            month, day = day_of(holidays[hit[0]], year, _calendar_day(tokens, lang, hit[0], i, end, last),
                                 written_from)
            year, month, day = lead_back(tokens, lang, i, year, month, day)  # ("за тиждень до Різдва": holiday_lead.py)
            out.append(HolidayNamed(i, last, year, month, day))
        i = last + 1
    return out


def _year_inside(tokens: list[Token], kinds: list[int], table: PhraseTable, holidays: dict[str, Any], i: int
                 ) -> tuple[str, int] | None:
    """(key, last token) of a holiday whose name starts at ``tokens[i]`` with its year written inside it, after its
    first word ("Нового 2025 року", "Нового 2025 года"), where the grammar allows it (``year_inside``); else None."""
    if i + 2 >= len(tokens) or not kinds[i + 1] & YEAR or not tokens[i].text[:1].isupper():
        return None
    hit = table.match([tokens[i], *tokens[i + 2:i + 2 + _NAME_WORDS]], 0)
    if hit is None or hit[1] < 2 or not holidays[hit[0]].get("year_inside"):
        return None  # (a name of one word before its year is read as written: "Різдво 2024 року")
    return hit[0], i + hit[1]


#: the most words a holiday's name holds after its first word (read with a year inside it)
_NAME_WORDS = 4


def _calendar_day(tokens: list[Token], lang: Language, key: str, first: int, end: int, last: int) -> str | None:
    """The day ("12-25") of the calendar the words beside a holiday's name name (grammar ``dates.holidays.<key>
    .calendars``): an adjective right before it ("католическое Рождество") or a phrase right after its name or its
    year ("Рождество по юлианскому календарю", "Різдво 2024 року за юліанським календарем"); None: none named."""
    calendars = _CALENDARS.get((lang.code, key))
    if calendars is None:
        words = holiday_table(lang)[1][key].get("calendars", {})
        calendars = _CALENDARS[(lang.code, key)] = PhraseTable(words, lang.code) if words else False
    if calendars is False:
        return None
    if first > 0 and (hit := calendars.match(tokens, first - 1)) is not None and hit[1] == first:
        return hit[0]
    for at in (end, last + 1) if last + 1 != end else (end,):
        hit = calendars.match(tokens, at) if at < len(tokens) else None
        if hit is not None:
            return hit[0]
    return None


def _years_told(tokens: list[Token], lang: Language, published_year: int) -> dict[tuple[int, int], int]:
    """The sentence's words of this year and last (grammar ``spans.this_year``, ``spans.last_year``, and
    ``dates.holiday_this_year`` where a language has it: "цього року", "в этом году", "этого года", "торік") by their
    (first, end) tokens, each with the year it tells."""
    spans, dates = lang.grammar["spans"], lang.grammar["dates"]
    told = {(a, b): published_year - (key == "last_year") for key in ("this_year", "last_year")
            for _k, a, b in spans.find_all(tokens, key=key)}
    if "holiday_this_year" in lang.raw.get("grammar", {}).get("dates", {}):
        told.update({(a, b): published_year for _k, a, b in dates.find_all(tokens, key="holiday_this_year")})
    return told


def _year_beside(tokens: list[Token], lang: Language, told: dict[tuple[int, int], int], first: int, end: int,
                 last: int) -> tuple[int | None, int]:
    """(the year, the holiday's last token) a word of this year or last tells right after the holiday's name at
    ``tokens[first:end]`` ("Великдень цього року": its words the holiday's), or right before it, its "на" between
    ("в этом году на Пасху"); else (None, ``last``)."""
    on = lang.raw.get("grammar", {}).get("dates", {}).get("holiday_on", ())
    for (a, b), year in told.items():
        if a == end and tokens[a].start - tokens[end - 1].end <= 3:
            return year, b - 1
        if b == first - 1 and first > 0 and tokens[first - 1].low in on:
            return year, last
        if b == first:
            return year, last
    return None, last


def on_the_day(tokens: list[Token], holiday: HolidayNamed, role: str, lang: Language) -> str:
    """The role of a holiday's date: "на Великдень" (grammar ``dates.holiday_on``, right before its name) is on that
    day, as "у понеділок" is (its figures the day's), not as of it as "станом на" is."""
    if role != "as_of" or holiday.first == 0:
        return role
    on = lang.raw.get("grammar", {}).get("dates", {}).get("holiday_on", ())
    return "plain" if tokens[holiday.first - 1].low in on else role
