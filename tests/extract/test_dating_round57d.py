"""Round 57d: dating undated texts by wordings no earlier round tests, in all three languages: a yearless date "this
year" beside a round running total, "as of the morning of 12 March", a day counted after a dated event ("two days after
the parade on 9 May 2024"), "last month" beside a full date and a month named "last" beside its own full date ("last
May, on 12 May 2024": the text is of the year after), a half-year told as over, a range of days ("from 3 to 9 June
2024"), an anniversary ("a year since ... 6 June 2023", "рівно рік тому"); and decoys: a plan's deadline ("by 1
September"), an earlier report's date opening the text ("A report dated 2 May 2024"), an older statement's date told as
long past ("back on 3 March 2023", "ще 3 березня 2023 року"), a half-year that begins after every dated event (a
plan's). Each text carries a figure counted "since the invasion",
dated as of the publication: its as_of is the inferred date.

Every text here is written for the tests (invented places, people and figures; none taken from the shared sets)."""

from __future__ import annotations

import datetime as dt

import pytest

from lossledger import extract_claims
from lossledger.extract.dates import infer_publication_date
from lossledger.languages.grammar import grammar_for

D = dt.date.fromisoformat
WAR_START = D("2022-02-24")


def inferred(text: str, language: str) -> set[dt.date | None]:
    """The as_of of the largest running total of ``text`` (undated): a total counted since the invasion stands as of
    the publication date, inferred here (or the same day, stated beside it)."""
    totals = [c for c in extract_claims(text, language=language) if c.measure == "cumulative"]
    return {max(totals, key=lambda c: c.value).as_of} if totals else set()


ENGLISH = [
    # a yearless date "this year" beside a round running total of the General Staff's: the year the total was reached
    ("On 20 March this year, Ukraine's General Staff said Russian losses had passed 425,000 troops since the "
     "invasion.", "2024-03-20"),
    # "as of the morning of" a yearless day, beside a round total
    ("As of the morning of 12 March, Russia had lost more than 887,000 troops since the invasion, Ukraine's General "
     "Staff said.", "2025-03-12"),
    # a day counted after a dated event
    ("Two days after the Victory Day parade on 9 May 2024, a Russian missile struck Kalynivka. Since the invasion 51 "
     "civilians have been killed in the town, its mayor said.", "2024-05-11"),
    ("Three days after the strike of 14 August 2025 on the Pidhirne depot, rescuers were still at work. The governor "
     "said 233 civilians had been killed in the district since the invasion.", "2025-08-17"),
    # "last month" beside a full date: the text is of the month after (its first day, the earliest it may be)
    ("Last month's strike on the port of Zatoka, on April 3, 2025, killed five dockworkers; since the invasion 318 "
     "civilians have been killed in the region, the governor said.", "2025-05-01"),
    # a month named "last" beside its own full date: the text is of the year after, and a yearless day goes there
    ("Last May, on 12 May 2024, a drone hit a school in Ternivka. On 3 February, the mayor said 73 civilians had "
     "been killed in the town since the invasion.", "2025-02-03"),
    # a half-year told as over
    ("In the first half of 2024, Russian strikes killed 58 civilians in the Verbove district, the regional "
     "prosecutor said; since the invasion 530 civilians have died there.", "2024-06-30"),
    # a range of days: its last
    ("From 3 to 9 June 2024, Russian shelling killed 12 civilians in Ozerne; since the invasion 61 civilians have "
     "been killed in the town, the mayor said.", "2024-06-09"),
    # an anniversary: the day a year (or two) after
    ("A year has passed since the dam burst on 6 June 2023; since the invasion 212 civilians have been killed in "
     "the region, the governor said.", "2024-06-06"),
    ("Exactly two years ago, on 14 July 2022, a missile hit the centre of Stepove. Since the invasion 152 civilians "
     "have been killed in the city, its mayor said.", "2024-07-14"),
    # decoys: a plan's deadline, an earlier report opening the text, an older statement told as long past
    ("On 12 May 2024, a drone hit a school in Ternivka; since the invasion 73 civilians have been killed in the town, "
     "the mayor said, promising that the school would reopen by 1 September.", "2024-05-12"),
    ("A report dated 2 May 2024 counted 40 civilians killed in Sosnivka. On Friday, 17 May, the mayor said 52 "
     "civilians had been killed there since the invasion.", "2024-05-17"),
    ("The mayor first warned of the toll back on 3 March 2023. On 14 January, he said 300 civilians had been killed "
     "in the city since the invasion.", "2024-01-14"),
]

UKRAINIAN = [
    ("Станом на 20 березня цього року втрати ворога від початку вторгнення перевищили 425 000 осіб, повідомив Генштаб "
     "ЗСУ.", "2024-03-20"),
    ("Станом на ранок 12 березня загальні бойові втрати противника перевищили 887 тисяч осіб, повідомив Генштаб ЗСУ.",
     "2025-03-12"),
    ("Через два дні після параду 9 травня 2024 року російська ракета влучила в Калинівку. Від початку вторгнення в "
     "громаді загинув 51 цивільний, повідомив голова громади.", "2024-05-11"),
    ("Минулого місяця, 3 квітня 2025 року, російський удар по порту Затоки забрав життя п'ятьох працівників. Від "
     "початку вторгнення в області загинули 318 цивільних, повідомив голова ОВА.", "2025-05-01"),
    ("Минулого травня, 12 травня 2024 року, дрон влучив у школу в Тернівці. 3 лютого голова громади повідомив, що від "
     "початку вторгнення в громаді загинули 73 цивільних.", "2025-02-03"),
    ("У першому півріччі 2024 року російські обстріли забрали життя 58 цивільних у Вербівській громаді. Від початку "
     "вторгнення в громаді загинули 530 цивільних, повідомила обласна прокуратура.", "2024-06-30"),
    ("З 3 по 9 червня 2024 року російські обстріли вбили 12 цивільних в Озерному. Від початку вторгнення в місті "
     "загинув 61 цивільний, повідомив міський голова.", "2024-06-09"),
    ("Рівно рік тому, 6 червня 2023 року, окупанти підірвали греблю. Від початку вторгнення в області загинули 212 "
     "цивільних, повідомив голова ОВА.", "2024-06-06"),
    # decoys
    ("12 травня 2024 року дрон влучив у школу в Тернівці. Від початку вторгнення в громаді загинули 73 цивільних, "
     "повідомив голова громади. Школу обіцяють відновити до 1 вересня.", "2024-05-12"),
    ("У звіті від 2 травня 2024 року ООН нарахувала 40 загиблих цивільних у Соснівці. У п'ятницю, 17 травня, міський "
     "голова повідомив, що від початку вторгнення в місті загинули 52 цивільних.", "2024-05-17"),
    ("Ще 3 березня 2023 року міський голова попереджав про втрати. 14 січня він повідомив, що від початку вторгнення "
     "в місті загинули 300 цивільних.", "2024-01-14"),
]

RUSSIAN = [
    ("По состоянию на 20 марта этого года потери противника с начала вторжения превысили 425 000 человек, сообщил "
     "Генштаб ВСУ.", "2024-03-20"),
    ("По состоянию на утро 12 марта общие боевые потери противника превысили 887 тысяч человек, сообщил Генштаб ВСУ.",
     "2025-03-12"),
    ("Через два дня после парада 9 мая 2024 года российская ракета попала в Калиновку. С начала вторжения в городе "
     "погиб 51 мирный житель, сообщил мэр.", "2024-05-11"),
    ("В прошлом месяце, 3 апреля 2025 года, удар по порту Затоки унес жизни пяти рабочих. С начала вторжения в "
     "области погибли 318 мирных жителей, сообщил губернатор.", "2025-05-01"),
    ("В прошлом мае, 12 мая 2024 года, беспилотник попал в школу в Терновке. 3 февраля мэр сообщил, что с начала "
     "вторжения в городе погибли 73 мирных жителя.", "2025-02-03"),
    ("В первом полугодии 2024 года обстрелы унесли жизни 58 мирных жителей в Вербовском районе. С начала вторжения в "
     "районе погибли 530 мирных жителей, сообщила областная прокуратура.", "2024-06-30"),
    ("С 3 по 9 июня 2024 года обстрелы убили 12 мирных жителей в Озерном. С начала вторжения в городе погиб 61 "
     "мирный житель, сообщил мэр.", "2024-06-09"),
    ("Ровно год назад, 6 июня 2023 года, была подорвана плотина. С начала вторжения в области погибли 212 мирных "
     "жителей, сообщил губернатор.", "2024-06-06"),
    # decoys
    ("12 мая 2024 года беспилотник попал в школу в Терновке. С начала вторжения в городе погибли 73 мирных жителя, "
     "сообщил мэр. Школу обещают восстановить к 1 сентября.", "2024-05-12"),
    ("В докладе от 2 мая 2024 года ООН насчитала 40 погибших мирных жителей в Сосновке. В пятницу, 17 мая, мэр "
     "сообщил, что с начала вторжения в городе погибли 52 мирных жителя.", "2024-05-17"),
    ("Еще 3 марта 2023 года мэр предупреждал о потерях. 14 января он сообщил, что с начала вторжения в городе погибли "
     "300 мирных жителей.", "2024-01-14"),
]


@pytest.mark.parametrize(("text", "day"), ENGLISH)
def test_english_undated_texts(text: str, day: str) -> None:
    assert inferred(text, "en") == {D(day)}


@pytest.mark.parametrize(("text", "day"), UKRAINIAN)
def test_ukrainian_undated_texts(text: str, day: str) -> None:
    assert inferred(text, "uk") == {D(day)}


@pytest.mark.parametrize(("text", "day"), RUSSIAN)
def test_russian_undated_texts(text: str, day: str) -> None:
    assert inferred(text, "ru") == {D(day)}


# other wordings each reader must also read, and decoys it must leave alone
OTHER_WORDINGS = [
    ("Three weeks on from the strike of 2 March 2025 on the Solonets market, the toll is still rising. Since the "
     "invasion 240 civilians have died in the town, its mayor said.", "en", "2025-03-23"),
    ("It is exactly a year since the bridge in Ozerne collapsed on 17 October 2023. Since the invasion 61 civilians "
     "have been killed in the town, the mayor said.", "en", "2024-10-17"),
    # "last month" after the day it names
    ("The strike of 28 February 2025 last month destroyed the Lypivka depot. Since the invasion 97 civilians have "
     "been killed in the town, the mayor said.", "en", "2025-03-01"),
    ("Last October's attack, on 5 October 2023, hit a hospital in Hlynove. On 12 January, the mayor said 58 "
     "civilians had been killed in the city since the invasion.", "en", "2024-01-12"),
    ("In Q3 2024, Russian strikes killed 31 civilians in Ozerne. Since the invasion 61 civilians have died in the "
     "town, the mayor said.", "en", "2024-09-30"),
    ("During the second half of 2023, shelling killed 40 civilians in Stepove; since the invasion 152 civilians have "
     "died in the city, its mayor said.", "en", "2023-12-31"),
    ("As early as 5 April 2023, the governor warned of the toll. On 20 February, he said 377 civilians had been "
     "killed in the region since the invasion.", "en", "2024-02-20"),
    ("Через тиждень після удару 2 березня 2025 року по ринку Солонця рятувальники розбирають завали. Від початку "
     "вторгнення в місті загинули 240 цивільних, повідомив міський голова.", "uk", "2025-03-09"),
    ("Два роки тому, 14 липня 2022 року, ракета влучила в центр Степового. Від початку вторгнення в місті загинули "
     "152 цивільних, повідомив міський голова.", "uk", "2024-07-14"),
    ("Минулого жовтня, 5 жовтня 2023 року, ракета влучила в лікарню в Глиновому. 12 січня міський голова повідомив, "
     "що від початку вторгнення в місті загинули 58 цивільних.", "uk", "2024-01-12"),
    ("У третьому кварталі 2024 року обстріли забрали життя 31 цивільного в Озерному. Від початку вторгнення в місті "
     "загинув 61 цивільний, повідомив міський голова.", "uk", "2024-09-30"),
    ("Через неделю после удара 2 марта 2025 года по рынку Солонца спасатели разбирают завалы. С начала вторжения в "
     "городе погибли 240 мирных жителей, сообщил мэр.", "ru", "2025-03-09"),
    ("Два года тому назад, 14 июля 2022 года, ракета попала в центр Степового. С начала вторжения в городе погибли "
     "152 мирных жителя, сообщил мэр.", "ru", "2024-07-14"),
    ("Во втором полугодии 2023 года обстрелы унесли жизни 40 мирных жителей в Степовом. С начала вторжения в городе "
     "погибли 152 мирных жителя, сообщил мэр.", "ru", "2023-12-31"),
    # decoys: the day itself before the words counting from another day; a plan's half-year after every dated event
    ("On 9 May 2024, two days after the rehearsal, a missile hit Kalynivka. Since the invasion 51 civilians have been "
     "killed in the town, its mayor said.", "en", "2024-05-09"),
    ("9 травня 2024 року, через два дні після репетиції параду, ракета влучила в Калинівку. Від початку вторгнення в "
     "громаді загинув 51 цивільний, повідомив голова громади.", "uk", "2024-05-09"),
    ("On 12 May 2024, a drone hit a school in Ternivka. Since the invasion 73 civilians have been killed in the town, "
     "the mayor said. The school is to reopen in the second half of 2025.", "en", "2024-05-12"),
    ("12 травня 2024 року дрон влучив у школу в Тернівці. Від початку вторгнення в громаді загинули 73 цивільних, "
     "повідомив голова громади. Школу планують відновити у другому півріччі 2025 року.", "uk", "2024-05-12"),
    ("12 мая 2024 года беспилотник попал в школу в Терновке. С начала вторжения в городе погибли 73 мирных жителя, "
     "сообщил мэр. Школу планируют восстановить во втором полугодии 2025 года.", "ru", "2024-05-12"),
]


@pytest.mark.parametrize(("text", "language", "day"), OTHER_WORDINGS)
def test_other_wordings_and_decoys(text: str, language: str, day: str) -> None:
    assert inferred(text, language) == {D(day)}


@pytest.mark.parametrize(("text", "day"), [
    # an updated page's line keeps its day beside a weekday ("Last updated" is no month told back)
    ("Last updated on 12 March 2024\nOfficials said on Friday that 12 civilians had been killed since the invasion.",
     "2024-03-12"),
    # a document's date opening the text is that document's: the later day the text tells wins
    ("A statement of 4 June 2025 put the toll at 30. On Monday, 16 June, the governor said 41 civilians had been "
     "killed since the invasion.", "2025-06-16"),
])
def test_what_opens_a_line_as_a_dateline(text: str, day: str) -> None:
    assert infer_publication_date(text, war_start=WAR_START, grammar=grammar_for("en"))[0] == D(day)
