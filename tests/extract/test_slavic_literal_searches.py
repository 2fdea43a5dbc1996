"""Searches for one character in place of a set of them (issue 17): the numeric dates looked for from the first "."
before a digit, the sentence ends of a line with no "!", "?" or "…" looked for at its full stops, answer what the
search of the whole set answers; a stop after five letters is no abbreviation's (sentences and fragments written for
these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.slavic.dates import _NUMERIC_DATE, _numeric_dates
from lossledger.extract.slavic.language import language_data
from lossledger.extract.slavic.mentions import DocText
from lossledger.extract.slavic.sentences import _ABBREV, _FULL_STOP_END, _SENT_END, _ends_a_long_word
from lossledger.profiles import load_profile

_PIECES = st.lists(st.sampled_from(
    ["1", "12", "2022", "1 226", ".", ":", "-", "+", "(", ")", " ", "а", "ф", "Б", "x", "—", "13.11.2022", "1.2.24",
     "7.05", "31.13.2023", "05.5", "١٢.٣", ". ", "» ", "!", "?", "…", " В", " 2", "«Т", "\n", " тис", "млрд",
     "Млн", "т. зв", "т.е", " н.е", " вул", "обл", "губернатор", "ст"]),
    max_size=18).map("".join)


def _doc(lang: str, text: str) -> DocText:
    return DocText(text, language_data(lang), load_profile(None), None)


def _check_dates(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    for sent in doc.sentences:
        found = [(d.start, d.end, d.day, d.month, d.year) for d in _numeric_dates(text, sent, doc.lang, set())]
        searched = [(m.start(), m.end(), int(m.group(1)), int(m.group(2)),
                     int(m.group(3)) + (2000 if int(m.group(3)) < 100 else 0))
                    for m in _NUMERIC_DATE.finditer(text, sent.start, sent.end)]
        assert found == [d for d in searched if 1 <= d[3] <= 12 and 1 <= d[2] <= 31]


def _check_ends(text: str) -> None:
    for line in text.split("\n"):
        for end in (k + 1 for k, c in enumerate(line) if c == "."):
            if _ends_a_long_word(line, end):
                assert _ABBREV.search(line[max(0, end - 16):end].rstrip("\"»”")) is None
        if "!" not in line and "?" not in line and "…" not in line:
            assert [m.span() for m in _FULL_STOP_END.finditer(line)] == [m.span() for m in _SENT_END.finditer(line)]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Станом на 13.11.2022 знищено 1 226 420 осіб. О 13:51 збито 1.5 тис. дронів, а 08.05.23 — ще 12."),
    ("ru", "К 1.2.24 потери: 31.13.2023 не дата, 5.5.2024—6.5.2024 и 7.05. В 10.10.10 «Т» сказал!"),
    ("uk", "Збито 12 тис. Дронів на вул. Садовій, т. зв. «шахедів» — сказав губернатор. Ще 5 млрд. Дані обл. Все."),
])
def test_dates_from_the_first_full_stop_before_a_digit_are_the_searched_ones(lang: str, text: str) -> None:
    _check_dates(lang, text)
    _check_ends(text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["uk", "ru"]), _PIECES)
def test_dates_and_sentence_ends_by_one_character_in_generated_text(lang: str, text: str) -> None:
    _check_dates(lang, text)
    _check_ends(text)
