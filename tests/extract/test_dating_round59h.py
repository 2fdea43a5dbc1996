"""Round 59h: dating undated texts by wordings no shared passage holds: a season told as this one beside the one
year the text names ("цієї весни ... у 2025 році", "этой весной ... в 2025 году": the season's end), a weekday
counted back beside a date that falls on it ("минулої п'ятниці, 13 червня", "в прошлую пятницу, 13 июня", "Last
Friday, 13 June": the week after, its Monday the earliest day), and a holiday whose name holds its year ("за тиждень
до Нового 2025 року": 25 December 2024). Each text carries a figure counted "since the invasion", dated as of the
publication: its as_of is the inferred date.

Every text here is written for the tests (invented places, people and figures; none taken from the shared sets)."""

from __future__ import annotations

import datetime as dt

import pytest

from lossledger import extract_claims

D = dt.date.fromisoformat


def inferred(text: str, language: str) -> set[dt.date | None]:
    """The as_of of the largest running total of ``text`` (undated)."""
    totals = [c for c in extract_claims(text, language=language) if c.measure == "cumulative"]
    return {max(totals, key=lambda c: c.value).as_of} if totals else set()


UNDATED_TEXTS = [
    # a season told as this one beside the text's one year after the war's: the season's end
    ("Цієї весни, як і впродовж усього 2025 року, дрони щодня атакували Вербівку. Від початку вторгнення в громаді "
     "загинули 74 цивільних, повідомив староста.", "uk", "2025-05-31"),
    ("Цього літа, як і загалом у 2024 році, обстріли Заріччя посилилися. Від початку вторгнення в громаді "
     "загинули 96 мирних жителів, повідомила ОВА.", "uk", "2024-08-31"),
    ("Цієї осені, як і в усьому 2023 році, Липове жило під обстрілами: від початку вторгнення тут загинули 57 "
     "цивільних, повідомила голова громади.", "uk", "2023-11-30"),
    ("Этой весной, как и весь 2025 год, беспилотники атаковали Каменку. С начала вторжения в поселке погибли 74 "
     "мирных жителя, сообщил глава администрации.", "ru", "2025-05-31"),
    ("Этим летом, как и в целом в 2024 году, обстрелы Заречного усилились. С начала вторжения в городе погибли 96 "
     "мирных жителей, сообщила администрация.", "ru", "2024-08-31"),
    # a weekday counted back beside a yearless date on it: the Monday of the week after
    ("Минулої п'ятниці, 13 червня, дрон влучив у склад у Вербівці. Від початку вторгнення в області загинули 412 "
     "цивільних, повідомив голова ОВА.", "uk", "2025-06-16"),
    ("У минулу середу, 9 липня, ракета зруйнувала школу в Липовому. Від початку вторгнення в районі загинули 203 "
     "цивільних, повідомила прокуратура.", "uk", "2025-07-14"),
    ("В прошлую пятницу, 13 июня, беспилотник попал в склад в Каменке. С начала вторжения в области погибли 412 "
     "мирных жителей, сообщил губернатор.", "ru", "2025-06-16"),
    ("В прошлый вторник, 8 июля, ракета разрушила школу в Липовом. С начала вторжения в районе погибли 203 мирных "
     "жителя, сообщила прокуратура.", "ru", "2025-07-14"),
    # ... and beside a full date on it
    ("В прошлую среду, 9 июля 2025 года, ракета попала в депо Каменки. С начала вторжения в городе погибли 188 "
     "мирных жителей, сообщил мэр.", "ru", "2025-07-14"),
    # English reads "last <weekday>" the same
    ("Last Friday, 13 June, a drone hit a depot in Kamianka. Since the invasion 412 civilians have been killed in the "
     "region, the governor said.", "en", "2025-06-16"),
    ("This past Wednesday, on 9 July 2025, a missile destroyed a school in Lypove. Since the invasion 203 civilians "
     "have been killed in the district, prosecutors said.", "en", "2025-07-14"),
    # a holiday whose name holds its year, with the time told before it
    ("За тиждень до Нового 2025 року міський голова Вербівки повідомив, що від початку вторгнення в громаді "
     "загинули 61 цивільний.", "uk", "2024-12-25"),
    ("За неделю до Нового 2025 года мэр Каменки сообщил, что с начала вторжения в городе погиб 61 мирный житель.",
     "ru", "2024-12-25"),
    ("За три дні до Нового 2024 року голова громади повідомив, що від початку вторгнення в Липовому загинули 38 "
     "цивільних.", "uk", "2023-12-29"),
]


@pytest.mark.parametrize(("text", "language", "day"), UNDATED_TEXTS)
def test_undated_text(text: str, language: str, day: str) -> None:
    assert inferred(text, language) == {D(day)}


DECOYS = [
    # a winter told as this one: which year's is not told
    ("Цієї зими, як і в 2025 році, Вербівку обстрілювали щодня. Від початку вторгнення в громаді загинули 74 "
     "цивільних, повідомив староста.", "uk", None),
    # a season as this one beside two years: not placed
    ("Этой весной, как в 2024 году и в 2025 году, Каменку обстреливали. С начала вторжения в поселке погибли 74 мирных "
     "жителя, сообщил глава администрации.", "ru", None),
    # a weekday counted back whose day falls on another weekday: the weekday settles nothing, the day stands as read
    ("В прошлую пятницу, 9 июля 2025 года, ракета попала в депо Каменки. С начала вторжения в городе погибли 188 "
     "мирных жителей, сообщил мэр.", "ru", "2025-07-09"),
    # "last Friday" beside a date that falls on a Thursday: the weekday settles nothing (the date as written)
    ("Last Friday, 10 July 2025, a drone hit a depot in Kamianka. Since the invasion 412 civilians have been killed in "
     "the region, the governor said.", "en", "2025-07-10"),
    # a month's name after "last": no weekday, not read as one ("минулого травня": the year after, as read before)
    ("Минулого травня, 12 травня 2024 року, дрон влучив у депо. Від початку вторгнення в місті загинули 188 "
     "цивільних, повідомив мер.", "uk", "2025-01-01"),
]


@pytest.mark.parametrize(("text", "language", "day"), DECOYS)
def test_decoy(text: str, language: str, day: str | None) -> None:
    assert inferred(text, language) == {D(day) if day else None}
