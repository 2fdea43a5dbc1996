"""Round 60g: dating left from rounds 60d and 60e. A point in time narrowed right after it to one of its weekdays
("This week, on Tuesday, the General Staff put Russia's losses at ...", "Цього тижня, у вівторок, ...") is when the
figure was told, not its span: the running total stays a running total and the series with the weekday dates it. A
war's event tied to the text's time by its words ("Today at the expanded board ...") names the text's own day, so
"today" is read on it (it was read a day later, as after an event the text reports as its latest news). A year summed
up with its year after the year's noun and a colon ("Підсумки року: 2024", "Итоги года — 2023") and a whole written
year told as past ("In all of 2024 ...", not likened: "as in all of 2024") date an undated text to the year's last day.
A bare year heading ("2024 рік" alone on a line) says no day of the year: undated, as an analyst leaves it.

Every text here is written for the tests (invented places, people and figures; none taken from the shared sets); the
General Staff's series total 425,890 is its figure of 12 March 2024 (a Tuesday)."""

from __future__ import annotations

import datetime as dt

import pytest

from lossledger import extract_claims

D = dt.date.fromisoformat


def claims_of(text: str, language: str) -> set[tuple[float, str, dt.date | None]]:
    return {(c.value, c.measure, c.as_of) for c in extract_claims(text, language=language)}


def inferred(text: str, language: str) -> set[dt.date | None]:
    """The as_of of the largest running total of ``text`` (undated)."""
    totals = [c for c in extract_claims(text, language=language) if c.measure == "cumulative"]
    return {max(totals, key=lambda c: c.value).as_of} if totals else set()


NARROWED = [
    ("This week, on Tuesday, the General Staff put Russia's losses at 425,890.", "en", "2024-03-12"),
    ("This week, on Tuesday, the General Staff put Russia's losses at 425,890 personnel since the start of the "
     "full-scale invasion.", "en", "2024-03-12"),
    ("Earlier this week, on Monday, Kyiv's General Staff said Russia had lost 425,890 troops.", "en", "2024-03-11"),
    ("Цього тижня, у вівторок, Генштаб оцінив втрати росії в 425 890 осіб.", "uk", "2024-03-12"),
    ("Раніше цього тижня, у понеділок, Генштаб повідомив, що росія втратила 425 890 військових.", "uk", "2024-03-11"),
    ("На этой неделе, во вторник, Генштаб ВСУ оценил потери России в 425 890 человек.", "ru", "2024-03-12"),
    ("На этой неделе, в понедельник, украинский Генштаб сообщил, что Россия потеряла 425 890 военных.", "ru",
     "2024-03-11"),
]


@pytest.mark.parametrize(("text", "language", "day"), NARROWED)
def test_a_week_narrowed_to_its_weekday_is_when_the_total_was_told(text: str, language: str, day: str) -> None:
    assert claims_of(text, language) == {(425890.0, "cumulative", D(day))}


@pytest.mark.parametrize(("text", "language"), [
    # a week not narrowed: still that week's losses
    ("This week, Russia lost 1,230 troops, the General Staff said.", "en"),
    ("Цього тижня ворог втратив 1230 військових, повідомив Генштаб.", "uk"),
])
def test_a_week_alone_stays_a_span(text: str, language: str) -> None:
    assert {m for _v, m, _d in claims_of(text, language)} == {"period"}


@pytest.mark.parametrize("text", [
    "Today at an expanded meeting of the Defence Ministry board Shoigu summed up 2023: Ukraine lost 383,000 troops.",
    "Speaking at the Defence Ministry's expanded board meeting today, the minister said Kyiv lost 383,000 "
    "servicemen in 2023.",
    "Today the Defence Ministry's expanded board heard the minister sum up 2023: Kyiv's losses reached 383,000.",
])
def test_today_is_the_day_of_the_event_it_ties(text: str) -> None:
    # the 2023 board met on 19 December; "today" is that day, not the day after
    assert {d for _v, _m, d in claims_of(text, "en")} == {D("2023-12-19")}


def test_yesterdays_event_is_read_as_a_dated_text_reads_it() -> None:
    # the text is of 28 June 2022 (the day after the strike); "yesterday's strike" is the strike's day, as with that
    # publication date given
    text = "Yesterday's missile strike on the Kremenchuk mall has killed 20 people, officials said."
    assert {d for _v, _m, d in claims_of(text, "en")} == {D("2022-06-27")}
    given = {c.as_of for c in extract_claims(text, language="en", published=D("2022-06-28"))}
    assert given == {D("2022-06-27")}


UNDATED = [
    # the year after the year's noun and a colon or dash: the year's last day
    ("Підсумки року: 2024\nОбстріли Вербівки не припинялися. Від початку вторгнення в громаді загинули 74 цивільних, "
     "повідомив староста.", "uk", "2024-12-31"),
    ("Підсумки року — 2023\nБеспілотники атакували Липове щотижня. Від початку вторгнення тут загинули 57 цивільних, "
     "повідомила ОВА.", "uk", "2023-12-31"),
    ("Итоги года: 2024\nОбстрелы Каменки не прекращались. С начала вторжения в поселке погибли 74 мирных жителя, "
     "сообщил глава.", "ru", "2024-12-31"),
    ("Итоги года — 2023\nДроны атаковали Сосновку каждую неделю. С начала вторжения здесь погибли 57 мирных "
     "жителей, сообщили власти.", "ru", "2023-12-31"),
    # a whole written year told as past
    ("Throughout the whole of 2023 drones hit Kamianka every week. Since the invasion 88 civilians have been killed "
     "there, the mayor said.", "en", "2023-12-31"),
    ("Over all of 2024 the front barely moved. Since the invasion 61 civilians have been killed in the town, "
     "officials said.", "en", "2024-12-31"),
]

DECOYS = [
    # a bare year heading: no day of the year told (the year may be going on): undated
    ("2024 рік\nОбстріли Липового тривали. Від початку вторгнення тут загинули 57 цивільних, повідомила ОВА.", "uk",
     None),
    ("2024 год\nОбстрелы Каменки продолжались. С начала вторжения здесь погибли 57 мирных жителей, сообщили власти.",
     "ru", None),
    # a later day beside the year summed up: that day
    ("Підсумки року: 2024. Оприлюднили 14 травня 2025 року. Від початку вторгнення в громаді загинули 74 цивільних.",
     "uk", "2025-05-14"),
    ("In all of 2024 the shelling never stopped, and on 14 May 2025 it hit the school. Since the invasion 74 "
     "civilians have been killed in the community.", "en", "2025-05-14"),
    # likened to the whole year, beside a season going on: the season's end, as before
    ("This summer, as in all of 2024, the shelling of Verbivka never stopped. Since the invasion 74 civilians have "
     "been killed in the community, the village head said.", "en", "2024-08-31"),
]


@pytest.mark.parametrize(("text", "language", "day"), UNDATED + DECOYS)
def test_undated_text(text: str, language: str, day: str | None) -> None:
    assert inferred(text, language) == {D(day) if day else None}


# (read since round 61d: the month narrowed to its day is when the total was told; test_dating_round61d.py)
def test_last_month_narrowed_to_a_day() -> None:
    text = "Last month, on 12 March, the General Staff put Russia's losses at 425,890."
    assert claims_of(text, "en") == {(425890.0, "cumulative", D("2024-03-12"))}
