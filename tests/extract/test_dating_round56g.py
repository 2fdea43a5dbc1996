"""Round 56g: what round 56d left of dating. A year told whole ("in 2025 as a whole") is over, and a day named only
as a span's start ("since 1 June") is no later than its end. A span of a few days counted from a stated day ends on
a day the text was written on or after ("since 6 June ... in a five-day span" -> 10 June); a holiday with its year
is a day in Ukrainian and Russian as in English ("на Різдво 2024 року"); a birth date ("родившийся 12 марта 1995
года", "1995 року народження") dates no figure and not the text.

Every text here is written for the tests (invented places, people and figures; none taken from the shared sets)."""

from __future__ import annotations

import datetime as dt

import pytest

from lossledger import extract_claims
from lossledger.extract.dates import infer_publication_date
from lossledger.languages.grammar import grammar_for

D = dt.date.fromisoformat
WAR_START = D("2022-02-24")


def as_of(text: str, language: str) -> set[dt.date | None]:
    return {c.as_of for c in extract_claims(text, language=language)}


@pytest.mark.parametrize(("text", "day"), [
    # the span's start in the sentence before, its length with the figure
    ("Since 12 March 2024, Russian strikes have intensified across the Verbove region. Officials say at least 23 "
     "civilians were killed there in just a four-day span.", "2024-03-15"),
    # both in one sentence
    ("Over the five days since 3 August 2025, Russian drones killed 14 civilians in the Solonets district, the "
     "governor said.", "2025-08-07"),
    ("In the six days since July 9, 2024, shelling has killed 31 civilians in Ozerne, the mayor said. In June 2024, "
     "40 were killed.", "2024-07-14"),
])
def test_a_span_counted_from_a_stated_day_ends_no_earlier_than_the_text(text: str, day: str) -> None:
    claims = extract_claims(text, language="en")
    spans = [c for c in claims if c.measure == "period" and c.period_days not in (None, 1, 30)]
    assert spans and {c.as_of for c in spans} == {D(day)}


def test_a_span_start_without_its_length_is_still_the_latest_day() -> None:
    # no length: the start alone is the latest day told (nothing moves it)
    text = ("Since 3 August 2025, Russian drones have killed 14 civilians in the Solonets district, the governor "
            "said.")
    assert as_of(text, "en") == {D("2025-08-03")}


@pytest.mark.parametrize(("text", "language", "day"), [
    ("На Різдво 2024 року російська ракета вбила трьох мирних жителів у Степовому. Від початку вторгнення в місті "
     "загинули 152 цивільних, повідомив міський голова.", "uk", "2024-12-25"),
    ("На Новий рік 2025 року дрон убив двох цивільних в Ольховці. Від початку вторгнення в місті загинули 97 "
     "цивільних, повідомив мер.", "uk", "2025-01-01"),
    ("На Новый год 2025 российский дрон убил двух мирных жителей в Ольховке. С начала вторжения в городе погибли 97 "
     "мирных жителей, сообщил мэр.", "ru", "2025-01-01"),
    ("В Рождество 2024 года дрон убил трех мирных жителей в Каменке, сообщил губернатор.", "ru", "2024-01-07"),
])
def test_a_holiday_with_its_year_dates_the_text(text: str, language: str, day: str) -> None:
    assert as_of(text, language) == {D(day)}


@pytest.mark.parametrize(("text", "language"), [
    # "in the new year" is no holiday: not capitalised as a name is
    ("У новому 2025 році дрон убив двох цивільних в Ольховці, повідомив мер.", "uk"),
    ("В новом 2025 году дрон убил двух мирных жителей в Ольховке, сообщил мэр.", "ru"),
])
def test_the_new_year_in_lower_case_is_no_holiday(text: str, language: str) -> None:
    assert D("2025-01-01") not in as_of(text, language)


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Среди четырех мирных жителей, погибших 9 сентября 2023 года в Каменке, была учительница, родившаяся 14 марта "
     "1961 года, сообщил мэр.", "ru", "2023-09-09"),
    ("По словам губернатора, 5 октября 2024 года в Ольховке погибли трое мирных жителей, в том числе мужчина 1958 "
     "года рождения.", "ru", "2024-10-05"),
    ("Серед трьох загиблих 7 червня 2024 року в Ясеновому — чоловік, народжений 2 лютого 1970 року, повідомив "
     "голова громади.", "uk", "2024-06-07"),
    ("Внаслідок обстрілу 11 липня 2025 року в Лозовому загинули двоє цивільних, серед них жінка 1964 року "
     "народження.", "uk", "2025-07-11"),
])
def test_a_birth_date_dates_no_figure(text: str, language: str, day: str) -> None:
    assert as_of(text, language) == {D(day)}


def test_a_birth_date_does_not_date_an_undated_text() -> None:
    # a soldier born after the floor of the war's dates: his birth is not the text's latest day
    text = ("Прикордонник, народжений 3 травня 2004 року, загинув 14 березня 2024 року. Від початку вторгнення "
            "громада втратила 41 захисника, повідомив голова громади.")
    assert D("2004-05-03") not in as_of(text, "uk")


@pytest.mark.parametrize(("text", "day"), [
    # a year told whole is over: a day named only as a span's start ("since 1 June") is no later than its end
    ("Since 1 June, 42,000 people have been evacuated from the Vostrivka region, the governor said. In 2025 as a "
     "whole, Russian strikes killed 310 civilians in the region.", "2025-12-31"),
    ("Russian forces took 4,100 square kilometres in all of 2024, analysts said. Since 3 May, 9,000 residents have "
     "left the frontline villages.", "2024-12-31"),
    ("Since 1 June, 42,000 people have been evacuated from the Vostrivka region. Russian strikes killed 310 "
     "civilians in the region in 2025, the most since 2022.", "2025-12-31"),
    # decoy: a year still running ("so far in 2025") is not over; the span's start stays the latest day
    ("Since 1 June, 42,000 people have been evacuated from the Vostrivka region, the governor said. So far in 2025, "
     "Russian strikes have killed 310 civilians in the region.", "2025-06-01"),
])
def test_a_year_told_whole_is_over(text: str, day: str) -> None:
    assert infer_publication_date(text, war_start=WAR_START, grammar=grammar_for("en"))[0] == D(day)


@pytest.mark.parametrize(("text", "language", "day"), [
    # a span of a few days from a full date, in Ukrainian and Russian: its last day
    ("За п'ять днів з 6 червня 2025 року російські удари вбили 19 цивільних у Степовому, повідомив голова ОВА.", "uk",
     "2025-06-10"),
    ("За пять дней с 6 июня 2025 года российские удары убили 19 мирных жителей в Степовом, сообщил губернатор.", "ru",
     "2025-06-10"),
    ("Протягом тижня з 3 серпня 2025 року російські дрони вбили 14 цивільних на Солонеччині, повідомив губернатор.",
     "uk", "2025-08-09"),
    ("За неделю с 3 августа 2025 года российские дроны убили 14 мирных жителей в Солонецком районе, сообщил "
     "губернатор.", "ru", "2025-08-09"),
    # no length: the start stays the latest day
    ("З 3 серпня 2025 року російські дрони вбили 14 цивільних на Солонеччині, повідомив губернатор.", "uk",
     "2025-08-03"),
])
def test_a_span_from_a_full_date_ends_no_earlier_than_the_text_in_cyrillic(text: str, language: str, day: str) -> None:
    assert as_of(text, language) == {D(day)}
