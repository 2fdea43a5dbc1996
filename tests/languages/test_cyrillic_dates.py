"""Years in Ukrainian and Russian sentences: the year reader looks only at years and at the words after "з
початку" / "с начала" (sentences written for these tests)."""

from __future__ import annotations

import pytest

from lossledger.extract.slavic.dates import find_dates
from lossledger.extract.slavic.language import language_data
from lossledger.extract.slavic.sentences import Sentence
from lossledger.languages.morphology import Tokens, tokenize


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("uk", "З початку 2024 року ворог втратив 2024 танки, а у 2023 році — ще більше.",
     [("початку 2024 року", 2024, None, None, "since", "year_start"), ("2023 році", 2023, None, None, "span", "year")]),
    ("ru", "С начала года уничтожено 2025 беспилотников, к концу 2023 года их было меньше.",
     [("начала года", None, None, None, "since", "year_start"), ("концу 2023 года", 2023, 12, 31, "as_of", "day")]),
    ("ru", "Уничтожено 2024 танка и 1990 бронемашин.", []),  # (bare four-digit figures: no years)
])
def test_years_and_the_start_of_a_year(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    sentence = Sentence(0, len(text), 1, "sentence", Tokens(tokenize(text, lang)))
    found = find_dates(text, sentence, language_data(lang))
    assert [(text[d.start:d.end], d.year, d.month, d.day, d.role, d.kind) for d in found] == expected
