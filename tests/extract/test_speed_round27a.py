"""Issue 17, round 27a: the Slavic dating readers skip the sentences that cannot hold what they read. A holiday is
looked for only where a token holds the first word of a holiday's name (``holidays._may_open_one``, one test in
C of the sentence's lemmas), and a line's weekdays are placed in a span or in the heading's week only where the line
is labelled by a weekday or names one. Each shortcut answers what the reading it replaces answers (sentences and
fragments written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.slavic import holidays, week_lines
from lossledger.extract.slavic.dates import find_dates
from lossledger.extract.slavic.holidays import HolidayNamed, holidays_named
from lossledger.extract.slavic.language import YEAR, Language, language_data
from lossledger.extract.slavic.mentions import DocText
from lossledger.languages.morphology import Token
from lossledger.profiles import load_profile

_PUBLISHED = dt.date(2025, 12, 8)
_WAR_START = dt.date(2022, 2, 24)

_WRITTEN = [
    ("uk", "Підсумки тижня на Харківщині, 1–7 грудня.\nПн — загинули двоє людей, ще п'ятеро поранені.\n"
           "Вт: окупанти обстріляли село, поранено трьох мешканців.\nУ середу загинув чоловік.\n"
           "З п'ятниці по неділю поранено ще сімох. На Різдво 2024 року загинули 4 людини."),
    ("ru", "Итоги недели: 24–30 ноября.\nСр — ранены трое жителей.\nЧт: погиб мирный житель.\n"
           "С пятницы по воскресенье погибли двое. На Новый год 2025 года ранены 5 человек, в выходные ещё двое."),
    ("uk", "У новому 2024 році загинули 12 військових. Новий рік 2025 року зустріли під обстрілами: 3 поранені."),
    ("ru", "В 2023 году Новые данные показали 40 погибших. В понедельник Рождество 2024 года прошло без жертв."),
    ("uk", "Понеділок — загинули двоє. Неділя: поранено одного. Нд — без втрат, 2024 рік."),
]


def _doc(lang: str, text: str) -> DocText:
    return DocText(text, language_data(lang), load_profile(None), _PUBLISHED)


def _holidays_by_every_token(tokens: list[Token], lang: Language, used: set[int]) -> list[HolidayNamed]:
    """The holidays as read before the shortcut: the table asked at every capitalised token of a sentence with a
    year."""
    kinds, present = lang.token_kinds(tokens)
    if not present & YEAR:
        return []
    table, days = holidays.holiday_table(lang)
    out: list[HolidayNamed] = []
    i = 0
    while i < len(tokens):
        hit = table.match(tokens, i) if i not in used and tokens[i].text[:1].isupper() else None
        if hit is None:
            i += 1
            continue
        end = hit[1]
        year, last = None, end - 1
        if end < len(tokens) and kinds[end] & YEAR and tokens[end].start - tokens[end - 1].end <= 3:
            year, last = int(tokens[end].low), end
            word = lang.grammar["dates"].match(tokens, end + 1, key="year_words") if end + 1 < len(tokens) else None
            if word is not None:
                last = word[1] - 1
        eve = i > 0 and lang.grammar["dates"].match(tokens, i - 1, i, "yesterday") is not None
        if year is not None and not eve:
            month, day = holidays.day_of(days[hit[0]], year)
            out.append(HolidayNamed(i, last, year, month, day))
        i = last + 1
    return out


def _check(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    table = holidays.holiday_table(doc.lang)[0]
    for sent in doc.sentences:
        toks = sent.tokens
        assert holidays_named(toks, doc.lang, set()) == _holidays_by_every_token(toks, doc.lang, set())
        if not holidays._may_open_one(toks, doc.lang):
            assert all(table.match(toks, i) is None for i in range(len(toks)))
    for sent in doc.sentences:
        dates = find_dates(text, sent, doc.lang, war_start=_WAR_START)
        whole = week_lines._in_the_week_named(doc, sent, week_lines._span_of_weekdays(
            doc, sent, week_lines._label_of_the_line(doc, sent, dates)))
        assert week_lines.week_dates(doc, sent, dates) == whole
        doc.dates[id(sent)] = dates


@pytest.mark.parametrize(("lang", "text"), _WRITTEN)
def test_holidays_and_week_lines_read_as_before_in_written_texts(lang: str, text: str) -> None:
    _check(lang, text)


def test_a_holiday_with_its_year_is_still_found() -> None:
    doc = _doc("uk", "На Різдво 2024 року загинули 4 людини.")
    assert [(h.year, h.month, h.day) for h in holidays_named(doc.sentences[0].tokens, doc.lang, set())] \
        == [(2024, 12, 25)]


_PIECES = st.lists(st.sampled_from(
    ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Нд", "Вс", " — ", ": ", "\n", " ", ". ", ", ", "Різдво", "Рождество",
     "Новий рік", "Новый год", "новий", "новых", "2024", "року", "года", "у понеділок", "в среду", "з п'ятниці",
     "по неділю", "с пятницы", "по воскресенье", "у вихідні", "загинули", "погибли", "двоє", "трое", "1–7 грудня",
     "24–30 ноября", "Підсумки тижня", "Итоги недели", "напередодні", "накануне", "Понеділок", "Вторник"]),
    max_size=16).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["uk", "ru"]), _PIECES)
def test_holidays_and_week_lines_read_as_before_in_generated_text(lang: str, text: str) -> None:
    _check(lang, text)

