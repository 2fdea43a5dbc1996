"""Round 61e: dating undated texts. A written year told as past and compared whole with the one before it ("In 2024,
the number of such cases was twice that of the previous year") is over, or nearly, when it is told: its last day is
the undated text's date where no full day dates it, later than a month the text names ("in May 2023") (English
``patterns.year_told_whole``, ``year_summed.py``). A year still going ("so far", "this year") or told in the future
("will be") is no such year.

Every text here is written for the tests (none is taken from the shared sets)."""

from __future__ import annotations

import datetime as dt

import pytest

from lossledger import extract_claims

D = dt.date.fromisoformat


def dates_of(text: str) -> set[dt.date | None]:
    claims = extract_claims(text, language="en")
    assert claims, "the text must hold a claim to be dated"
    return {c.as_of for c in claims}


@pytest.mark.parametrize(("text", "expected"), [
    ("Volunteers said their search teams had recovered the bodies of 1,200 Russian soldiers since the spring. In "
     "2024, the number of such recoveries was twice that of the previous year, the group's coordinator said.",
     "2024-12-31"),
    ("The regional governor said 340 Ukrainian soldiers had been wounded in the shelling of the town. In 2023 the "
     "admissions were about a third higher compared with the preceding year, doctors said.", "2023-12-31"),
    # (a month named earlier in the text, as when an office changed hands, does not date it)
    ("The brigade's commander was replaced in March 2024, relatives said. According to them, 800 Russian soldiers of "
     "the brigade are listed as missing. In 2025, the number of missing men was far higher than in the previous year.",
     "2025-12-31"),
])
def test_year_compared_whole_with_the_one_before(text: str, expected: str) -> None:
    assert dates_of(text) == {D(expected)}


@pytest.mark.parametrize("text", [
    # (a year still going)
    "The volunteers said 1,200 Russian soldiers had been killed in the region. In 2024 so far, the number of "
    "recoveries was twice that of the previous year, the coordinator said.",
    # (told as what will be)
    "The volunteers said 1,200 Russian soldiers had been killed in the region. In 2024, the number of recoveries "
    "will be higher than in the previous year, the coordinator expects.",
    # (a year told, not compared whole with the one before it)
    "The volunteers said 1,200 Russian soldiers had been killed in the region. In 2024, the number of recoveries "
    "was rising, the coordinator said.",
])
def test_a_year_not_told_whole_does_not_date_the_text(text: str) -> None:
    assert D("2024-12-31") not in dates_of(text)


def test_a_month_named_without_the_comparison_still_dates_the_text() -> None:
    text = ("The brigade's commander was replaced in March 2024, relatives said. According to them, 800 Russian "
            "soldiers of the brigade are listed as missing. In 2025, the number of missing men rose.")
    assert dates_of(text) == {D("2024-03-31")}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("За даними волонтерів, 900 російських військових вважаються зниклими безвісти. У 2024 році кількість таких "
     "звернень була вдвічі більшою, ніж у попередньому році.", "uk", "2024-12-31"),
    ("Як повідомили волонтери, 700 російських солдатів загинули на цій ділянці. У 2023 році втрат було значно "
     "більше порівняно з попереднім роком.", "uk", "2023-12-31"),
    ("По данным волонтеров, 900 российских военных считаются пропавшими без вести. В 2024 году число таких "
     "обращений было вдвое больше, чем в предыдущем году.", "ru", "2024-12-31"),
    ("Как сообщили волонтеры, 700 российских солдат погибли на этом участке. В 2023 году потерь было заметно "
     "больше по сравнению с прошлым годом.", "ru", "2023-12-31"),
    # (a year still going, or told as what will be: no date)
    ("За даними волонтерів, 900 російських військових вважаються зниклими безвісти. У 2024 році поки що кількість "
     "таких звернень була вдвічі більшою, ніж у попередньому році.", "uk", None),
    ("По данным волонтеров, 900 российских военных считаются пропавшими без вести. В 2024 году число таких "
     "обращений будет вдвое больше, чем в предыдущем году.", "ru", None),
])
def test_slavic_year_compared_whole_with_the_one_before(text: str, language: str, expected: str | None) -> None:
    claims = extract_claims(text, language=language)
    assert claims
    assert {c.as_of for c in claims} == {D(expected) if expected else None}
