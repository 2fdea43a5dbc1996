"""Round 56d: dating undated texts by the evidence an analyst reads, in all three languages: a weekday with a
yearless date, a weekday after a month's tally or a dated event, "yesterday" / "last week" beside a full date, the
war's day count, a season or holiday with its year, the General Staff's running totals; and decoys (a plan's date, a
past war's year, a birth date, an earlier report opening the text, a study's range). Each text carries a figure
counted "since the invasion", dated as of the publication: its as_of is the inferred date.

Every text here is written for the tests (invented places, people and figures; none taken from the shared sets)."""

from __future__ import annotations

import datetime as dt

import pytest

from lossledger import extract_claims
from lossledger.extract.dates import infer_publication_date
from lossledger.languages.grammar import load_patterns

D = dt.date.fromisoformat
EN = load_patterns("en")
WAR_START = D("2022-02-24")


def inferred(text: str, language: str) -> set[dt.date | None]:
    """The as_of of the largest running total of ``text`` (undated): a total counted since the invasion stands as of
    the publication date, inferred here (or the same day, stated beside it)."""
    totals = [c for c in extract_claims(text, language=language) if c.measure == "cumulative"]
    return {max(totals, key=lambda c: c.value).as_of} if totals else set()


ENGLISH = [
    # a weekday with a yearless date: the year in which they fall together
    ("On Tuesday, March 5, the governor of the Vostrivka region said Russian shelling had killed 146 civilians in "
     "the region since the full-scale invasion began.", "2024-03-05"),
    ("Speaking on Thursday (October 16), the mayor of Hlynove said 58 civilians had been killed in the city since "
     "the invasion.", "2025-10-16"),
    # a weekday alone after a month's tally: the first such weekday once the month is over
    ("In May 2024 alone, Russian strikes killed 27 civilians in the Bilokamin district, the regional prosecutor "
     "said on Tuesday. Since the invasion, 406 civilians have been killed in the district.", "2024-06-04"),
    ("Russian drones killed 19 civilians in Solonets during March 2025, its mayor told reporters on Thursday; since "
     "the invasion 240 civilians have died in the town.", "2025-04-03"),
    # ... and after a dated event the text reports (a photo's caption)
    ("A photo taken on August 12, 2024 shows the ruined school. Since the invasion, 233 civilians have been killed "
     "in the Pidhirne district, the regional governor said on Wednesday.", "2024-08-14"),
    ("Rescuers at the site of the strike in Yasenove, on 3 March 2025. Russian shelling has killed 88 civilians "
     "in the town since the invasion, officials said on Thursday.", "2025-03-06"),
    # a day counted back beside a full date: that date plus the days counted back
    ("Yesterday, on 12 August 2024, Russian glide bombs hit Pidhirne, and the regional administration said 4 people "
     "were killed there. Since the invasion, 233 civilians have died in the district.", "2024-08-13"),
    ("The strike came yesterday (June 18, 2025): a missile killed 6 civilians in Lypivka, and since the invasion "
     "97 civilians have been killed in the town, the mayor said.", "2025-06-19"),
    ("Last week's strike on the port of Zatoka, on April 3, 2025, killed five dockworkers, the regional governor "
     "said; since the invasion 318 civilians have been killed in the region.", "2025-04-10"),
    ("The drone attack two days ago, on 9 May 2024, hit a bus depot in Kalynivka. Since the invasion 51 civilians "
     "have been killed in the town, its mayor said.", "2024-05-11"),
    # the war's day count
    ("On the 1,000th day of the war, the governor of the Dalnie region said 412 civilians had been killed there "
     "since the invasion.", "2024-11-19"),
    ("As the war reached its 500th day, the mayor of Ozerne said 61 civilians had been killed in the town since "
     "it began.", "2023-07-08"),
    ("The invasion entered its 700th day with the governor saying 377 civilians had been killed in the region "
     "since the war began.", "2024-01-24"),
    # a season or a holiday with its year
    ("Over the summer of 2023, Russian shelling killed 84 civilians in the Verbove district, the regional "
     "prosecutor said; since the invasion 530 civilians have died there.", "2023-08-31"),
    ("On Christmas Day 2024, a Russian missile killed three civilians in Stepove, and since the invasion 152 "
     "civilians have been killed in the city, its mayor said.", "2024-12-25"),
    # decoys: a plan's date, a past war's year, a birth date, an earlier report opening the text
    ("On Monday, March 4, 2024, a drone hit a school in Ternivka, and the governor said 73 civilians had been "
     "killed in the district since the invasion. Repairs are to be finished by June 30, 2024.", "2024-03-04"),
    ("The strike on 6 May 2024 was the deadliest in Lozove since 1943, when the town was shelled for weeks; the "
     "mayor said 107 civilians had been killed there since the invasion.", "2024-05-06"),
    ("Among the civilians killed on 9 September 2023 in Kamianka was a retired teacher born on 14 March 1961. "
     "Since the invasion 64 civilians have been killed in the town, the mayor said.", "2023-09-09"),
    ("In a report published on 2 February 2024, this outlet counted 12 civilians killed in Sosnivka. On Tuesday, "
     "February 6, the mayor said 19 civilians had been killed there since the invasion.", "2024-02-06"),
    ("A study released on 4 March 2025 put the toll at 70 civilians. Since the invasion, 85 civilians have been "
     "killed in Zhovtneve, its mayor said on Sunday, March 9.", "2025-03-09"),
    # a range's last month is a study's cut-off, which its release may follow by weeks: no weekday after it
    ("Between March 2022 and May 2024, 1,240 civilians were killed in the region since the invasion began, "
     "according to a study released on Tuesday.", "2024-05-31"),
]


@pytest.mark.parametrize(("text", "day"), ENGLISH)
def test_english_undated_texts(text: str, day: str) -> None:
    assert inferred(text, "en") == {D(day)}


def test_a_running_total_of_the_general_staff_dates_the_text() -> None:
    text = "Russian losses reached 666,340 soldiers, along with 8,953 tanks, Ukraine's General Staff reported."
    assert inferred(text, "en") == {D("2024-10-11")}


@pytest.mark.parametrize(("text", "day", "why"), [
    ("Yesterday, on 12 August 2024, Russian bombs hit Pidhirne.", "2024-08-13", "relative:Yesterday"),
    ("A day earlier, the mayor said. Last week's strike, on April 3, 2025, hit the port.", "2025-04-10",
     "relative:Last week"),
])
def test_the_evidence_names_the_day_counted_back(text: str, day: str, why: str) -> None:
    date, evidence = infer_publication_date(text, war_start=WAR_START, grammar=EN)
    assert date == D(day) and evidence.endswith(why)


def test_a_day_counted_back_far_from_the_date_is_not_its_day() -> None:
    # (another clause: yesterday's news and an older date do not name one day)
    text = "The mayor spoke yesterday. The school was first hit on 3 May 2023, and repairs never began."
    assert infer_publication_date(text, war_start=WAR_START, grammar=EN)[0] == D("2023-05-03")


def test_a_dateline_keeps_its_day_beside_a_weekday() -> None:
    text = "KYIV, March 3, 2024 - Officials said on Friday that 12 civilians had been killed since the invasion."
    assert infer_publication_date(text, war_start=WAR_START, grammar=EN)[0] == D("2024-03-03")


UKRAINIAN = [
    ("У вівторок, 5 березня, голова Вострівської ОВА повідомив, що від початку повномасштабного вторгнення в області "
     "загинули 146 цивільних.", "2024-03-05"),
    ("У травні 2024 року внаслідок російських обстрілів у Білокам'янській громаді загинули 27 мирних жителів, "
     "повідомив у вівторок обласний прокурор. Від початку вторгнення в громаді загинули 406 цивільних.", "2024-06-04"),
    ("Вчора, 12 серпня 2024 року, російські керовані авіабомби влучили в Підгірне. Від початку вторгнення в громаді "
     "загинули 233 цивільних, повідомила обласна військова адміністрація.", "2024-08-13"),
    ("Минулого тижня, 3 квітня 2025 року, російський удар по порту Затоки забрав життя п'ятьох працівників. Від "
     "початку вторгнення в області загинули 318 цивільних, повідомив голова ОВА.", "2025-04-10"),
    ("На 1000-й день війни голова Дальненської ОВА повідомив, що з початку вторгнення в області загинули 412 "
     "цивільних.", "2024-11-19"),
    ("Влітку 2023 року російські обстріли забрали життя 84 цивільних у Вербівській громаді. Від початку вторгнення в "
     "громаді загинули 530 цивільних, повідомила обласна прокуратура.", "2023-08-31"),
    ("На фото: рятувальники в Ясеновому 3 березня 2025 року. Від початку вторгнення в громаді загинули 88 "
     "цивільних, повідомили в четвер у міській раді.", "2025-03-06"),
    # decoys
    ("У понеділок, 4 березня 2024 року, дрон влучив у школу в Тернівці. Від початку вторгнення в громаді загинули 73 "
     "цивільних, повідомив голова ОВА. Відбудову школи планують завершити до 30 червня 2024 року.", "2024-03-04"),
    ("Удар 6 травня 2024 року став найкривавішим для Лозового з 1943 року. Від початку вторгнення в громаді загинули "
     "107 мирних жителів, повідомив міський голова.", "2024-05-06"),
]

RUSSIAN = [
    ("Во вторник, 5 марта, губернатор Вострой области сообщил, что с начала вторжения в регионе погибли 146 мирных "
     "жителей.", "2024-03-05"),
    ("В мае 2024 года в результате обстрелов в Белокаменском районе погибли 27 мирных жителей, сообщил во вторник "
     "прокурор области. С начала вторжения в районе погибли 406 мирных жителей.", "2024-06-04"),
    ("Вчера, 12 августа 2024 года, управляемые авиабомбы попали в Подгорное. С начала вторжения в районе погибли 233 "
     "мирных жителя, сообщила областная администрация.", "2024-08-13"),
    ("На прошлой неделе, 3 апреля 2025 года, удар по порту Затоки унес жизни пяти рабочих. С начала вторжения в "
     "области погибли 318 мирных жителей, сообщил губернатор.", "2025-04-10"),
    ("На 1000-й день войны губернатор Дальней области сообщил, что с начала вторжения в регионе погибли 412 мирных "
     "жителей.", "2024-11-19"),
    ("Летом 2023 года обстрелы унесли жизни 84 мирных жителей в Вербовском районе. С начала вторжения в районе "
     "погибли 530 мирных жителей, сообщила областная прокуратура.", "2023-08-31"),
    # decoys
    ("В понедельник, 4 марта 2024 года, беспилотник попал в школу в Терновке. С начала вторжения в районе погибли 73 "
     "мирных жителя, сообщил губернатор. Восстановление школы планируют завершить до 30 июня 2024 года.",
     "2024-03-04"),
    ("Среди мирных жителей, погибших 9 сентября 2023 года в Каменке, была учительница, родившаяся 14 марта 1961 "
     "года. С начала вторжения в городе погибли 64 мирных жителя, сообщил мэр.", "2023-09-09"),
]


@pytest.mark.parametrize(("text", "day"), UKRAINIAN)
def test_ukrainian_undated_texts(text: str, day: str) -> None:
    assert inferred(text, "uk") == {D(day)}


@pytest.mark.parametrize(("text", "day"), RUSSIAN)
def test_russian_undated_texts(text: str, day: str) -> None:
    assert inferred(text, "ru") == {D(day)}


@pytest.mark.parametrize(("text", "language"), [
    ("Генштаб ЗСУ: загальні бойові втрати противника з 24.02.22 орієнтовно становлять 667630 осіб, 8962 танки, "
     "17827 бойових броньованих машин.", "uk"),
    ("Генштаб ВСУ: общие боевые потери противника с 24.02.22 ориентировочно составляют 667630 человек, 8962 танка, "
     "17827 боевых бронированных машин.", "ru"),
])
def test_the_war_start_opening_a_bulletin_is_no_dateline(text: str, language: str) -> None:
    # ("з 24.02.22": the span the totals count from; the totals date the text)
    assert inferred(text, language) == {D("2024-10-12")}


def test_a_holiday_with_its_year_in_ukrainian() -> None:
    text = ("На Різдво 2024 року російська ракета вбила трьох мирних жителів у Степовому. Від початку вторгнення в "
            "місті загинули 152 цивільних, повідомив міський голова.")
    assert inferred(text, "uk") == {D("2024-12-25")}


def test_a_birth_date_is_not_the_day_of_the_deaths() -> None:
    text = ("Среди четырех мирных жителей, погибших 9 сентября 2023 года в Каменке, была учительница, родившаяся "
            "14 марта 1961 года, сообщил мэр.")
    assert {c.as_of for c in extract_claims(text, language="ru")} == {D("2023-09-09")}


@pytest.mark.parametrize(("text", "language", "day"), [
    # a round total the series happened to print on a later day does not overrule the war's day count
    ("За 20 діб війни втрати російської армії перевищили 15 000 вбитими та пораненими, повідомив міністр оборони "
     "Олексій Вербенко.", "uk", "2022-03-15"),
    ("За 20 суток войны потери российской армии превысили 15 000 человек, сообщил Генштаб ВСУ.", "ru", "2022-03-15"),
])
def test_a_round_total_and_the_day_of_the_war(text: str, language: str, day: str) -> None:
    assert inferred(text, language) == {D(day)}


@pytest.mark.parametrize(("text", "language", "day"), [
    # a total the series held for two days: the day of the two the text names
    ("Станом на ранок 15 червня окупанти втратили 7956 танків, повідомив Генштаб ЗСУ. Від початку вторгнення в "
     "області загинули 530 цивільних, повідомив голова ОВА.", "uk", "2024-06-15"),
    ("По данным Генштаба ВСУ на утро 8 декабря, противник потерял 9519 танков. С начала вторжения в области "
     "погибли 530 мирных жителей, сообщил губернатор.", "ru", "2024-12-08"),
])
def test_a_total_the_series_held_for_two_days(text: str, language: str, day: str) -> None:
    assert {c.as_of for c in extract_claims(text, language=language) if c.value == 530} == {D(day)}
