"""Round 60d: dating undated texts by wordings no shared passage holds and no earlier round tests. New readings: a
yearless day with its weekday beside it anywhere in the text ("а в середу, 19 березня", not only heading it); a written
year summed up ("Підсумки 2024 року", "по итогам 2024 года", "2024 in review": the year's last day); Easter named with
its year in English ("Orthodox Easter 2024"; bare "Easter" only in a year both reckonings share) and Easter beside a
yearless day ("на Великдень, 20 квітня", "On Orthodox Easter, 5 May": the year whose Easter fell on it); the eve of a
holiday named with its own year ("Напередодні Великодня 2024 року"); the first day of a season ("the first day of
spring 2025", "у перший день весни 2025 року": 1 March, not 31 May); a day of the war by a hundreds ordinal word
("шестисотый день войны"); Knowledge Day (1 September) as a holiday; "last month" beside a month of a written year
("Last month, in March 2025": 1 April 2025); a yearless day counted back ("вчора, 12 травня") with the one weekday its
sentence names (the publication's: the year in which the day after falls on it). Guards: wordings earlier rounds read
already ("overnight into Sunday, 15 June", "the 500th day", "in the first quarter of 2025", "1 вересня, у
понеділок", the General Staff's exact total beside "on Tuesday"). Each text carries a figure counted "since the
invasion", dated as of the publication: its as_of is the inferred date.

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
    # a yearless day with its weekday beside it, anywhere in the text: the year it falls on that weekday
    ("На початку місяця дрон влучив у склад у Вербівці, а в середу, 19 березня, ще один — у школу. Від початку "
     "вторгнення в громаді загинули 74 цивільних, повідомив староста.", "uk", "2025-03-19"),
    ("На початку місяця дрон влучив у склад у Вербівці. У середу, 19 березня, ще один влучив у школу. Від початку "
     "вторгнення в громаді загинули 74 цивільних, повідомив староста.", "uk", "2025-03-19"),
    ("В начале месяца беспилотник попал в склад в Каменке, а в среду, 19 марта, еще один — в школу. С начала "
     "вторжения в городе погибли 74 мирных жителя, сообщил мэр.", "ru", "2025-03-19"),
    ("Спочатку обстріляли склад. Ракета влучила у школу 19 березня, у середу. Від початку вторгнення в громаді "
     "загинули 74 цивільних, повідомив староста.", "uk", "2025-03-19"),
    ("Сначала обстреляли склад. Ракета попала в школу 19 марта, во вторник. С начала вторжения в городе погибли 74 "
     "мирных жителя, сообщил мэр.", "ru", "2024-03-19"),
    # a written year summed up: its last day
    ("Підсумки 2024 року\nОбстріли Вербівки не припинялися. Від початку вторгнення в громаді загинули 74 цивільних, "
     "повідомив староста.", "uk", "2024-12-31"),
    ("За підсумками 2024 року обстріли Вербівки посилилися. Від початку вторгнення в громаді загинули 74 цивільних, "
     "повідомив староста.", "uk", "2024-12-31"),
    ("Итоги 2024 года\nОбстрелы Каменки не прекращались. С начала вторжения в городе погибли 74 мирных жителя, "
     "сообщил мэр.", "ru", "2024-12-31"),
    ("По итогам 2023 года обстрелы Каменки усилились. С начала вторжения в городе погибли 74 мирных жителя, сообщил "
     "мэр.", "ru", "2023-12-31"),
    ("2024 in review\nThe shelling of Verbivka never stopped. Since the invasion 74 civilians have been killed in the "
     "community, the village head said.", "en", "2024-12-31"),
    ("The year 2024 in review\nThe shelling never stopped. Since the invasion 74 civilians have been killed in "
     "Verbivka, the village head said.", "en", "2024-12-31"),
    # Easter with its year (English: the Orthodox one named so; bare in a year both reckonings share)
    ("On Easter Sunday 2025 a drone hit a church in Kamianka. Since the invasion 61 civilians have been killed in the "
     "town, the mayor said.", "en", "2025-04-20"),
    ("On Orthodox Easter 2024 a drone hit a church in Kamianka. Since the invasion 61 civilians have been killed in "
     "the town, the mayor said.", "en", "2024-05-05"),
    # Easter beside a yearless day (uk/ru): the year whose Easter fell on it
    ("На Великдень, 20 квітня, дрон влучив у церкву в Заріччі. Від початку вторгнення в громаді загинули 61 "
     "цивільний.", "uk", "2025-04-20"),
    ("На Пасху, 5 мая, беспилотник попал в церковь в Заречном. С начала вторжения в поселке погиб 61 мирный житель.",
     "ru", "2024-05-05"),
    ("Дрон влучив у церкву в Заріччі 16 квітня, на Великдень. Від початку вторгнення в громаді загинули 61 "
     "цивільний.", "uk", "2023-04-16"),  # (2023 and 2028 fit: the first, as a weekday's)
    ("Беспилотник попал в церковь в Заречном 24 апреля, на Пасху. С начала вторжения в поселке погиб 61 мирный "
     "житель.", "ru", "2022-04-24"),
    # ... and in English, the Orthodox one named so, or bare where both reckonings share the day
    ("On Orthodox Easter, 5 May, a drone hit a church in Kamianka. Since the invasion 61 civilians have been killed "
     "in the town.", "en", "2024-05-05"),
    ("A drone hit a church in Kamianka on 16 April, Orthodox Easter. Since the invasion 61 civilians have been killed "
     "in the town.", "en", "2023-04-16"),
    ("On Easter Sunday, 20 April, a drone hit a church in Kamianka. Since the invasion 61 civilians have been killed "
     "in the town.", "en", "2025-04-20"),
    # the eve of a holiday named with its own year: the day before it
    ("Напередодні Великодня 2024 року дрон влучив у церкву в Заріччі. Від початку вторгнення в громаді загинули 61 "
     "цивільний.", "uk", "2024-05-04"),
    ("Накануне Пасхи 2024 года беспилотник попал в церковь в Заречном. С начала вторжения в поселке погиб 61 мирный "
     "житель.", "ru", "2024-05-04"),
    ("Напередодні Дня Незалежності 2024 року дрон влучив у школу. Від початку вторгнення в громаді загинули 61 "
     "цивільний.", "uk", "2024-08-23"),
    ("Накануне Дня Победы 2024 года беспилотник попал в школу. С начала вторжения в поселке погиб 61 мирный житель.",
     "ru", "2024-05-08"),
    # the first day of a season or month of a written year: that day, not the span's last
    ("On the first day of spring 2025 a drone hit a school in Verbivka. Since the invasion 61 civilians have been "
     "killed in the town.", "en", "2025-03-01"),
    ("On the first day of March 2025 a drone hit a school in Verbivka. Since the invasion 61 civilians have been "
     "killed in the town.", "en", "2025-03-01"),
    ("У перший день весни 2025 року дрон влучив у школу. Від початку вторгнення в громаді загинули 61 цивільний.",
     "uk", "2025-03-01"),
    ("В первый день лета 2024 года беспилотник попал в школу. С начала вторжения в поселке погиб 61 мирный житель.",
     "ru", "2024-06-01"),
    ("В первый день зимы 2024 года беспилотник попал в школу. С начала вторжения в поселке погиб 61 мирный житель.",
     "ru", "2024-12-01"),
    # a day of the war by a hundreds ordinal word
    ("На шестисотый день войны губернатор сообщил, что с начала вторжения в области погибли 412 мирных жителей.",
     "ru", "2023-10-16"),
    ("В девятисотый день войны губернатор сообщил, что с начала вторжения в области погибли 412 мирных жителей.",
     "ru", "2024-08-11"),
    ("На п'ятисотий день війни голова ОВА повідомив, що від початку вторгнення в області загинули 412 цивільних.",
     "uk", "2023-07-08"),
    ("На двохсотий день війни голова ОВА повідомив, що від початку вторгнення в області загинули 412 цивільних.",
     "uk", "2022-09-11"),
    # Knowledge Day with its year: 1 September
    ("On Knowledge Day 2024, the start of the school year, a drone hit a school in Verbivka. Since the invasion 38 "
     "civilians have been killed in the community, officials said.", "en", "2024-09-01"),
    ("У День знань 2024 року дрон влучив у школу у Вербівці. Від початку вторгнення в громаді загинули 38 "
     "цивільних, повідомили в ОВА.", "uk", "2024-09-01"),
    ("В День знаний 2024 года беспилотник попал в школу в Каменке. С начала вторжения в городе погибли 38 мирных "
     "жителей, сообщила администрация.", "ru", "2024-09-01"),
    # "last month" beside a month of a written year: the month after's first day
    ("Last month, in March 2025, drones struck Kamianka 40 times. Since the invasion 88 civilians have been killed "
     "there, the mayor said.", "en", "2025-04-01"),
    ("Drones struck Kamianka 40 times last month (March 2025). Since the invasion 88 civilians have been killed "
     "there, the mayor said.", "en", "2025-04-01"),
    ("Минулого місяця, у березні 2025 року, дрони 40 разів атакували Вербівку. Від початку вторгнення в громаді "
     "загинули 74 цивільних, повідомив староста.", "uk", "2025-04-01"),
    ("В прошлом месяце, в марте 2025 года, беспилотники 40 раз атаковали Каменку. С начала вторжения в городе "
     "погибли 74 мирных жителя, сообщил мэр.", "ru", "2025-04-01"),
    # a yearless day counted back with its sentence's one weekday: the publication's (the day after falls on it)
    ("У вівторок міська рада оголосила жалобу: вчора, 12 травня, ракета влучила у школу в Липовому. Від початку "
     "вторгнення в районі загинули 203 цивільних, повідомила прокуратура.", "uk", "2025-05-13"),
    ("Во вторник горсовет объявил траур: вчера, 12 мая, ракета попала в школу в Липовом. С начала вторжения в "
     "районе погибли 203 мирных жителя, сообщила прокуратура.", "ru", "2025-05-13"),
    ("On Tuesday the city declared a day of mourning after a missile hit a school in Lypove yesterday, 12 May. Since "
     "the invasion 203 civilians have been killed in the district, prosecutors said.", "en", "2025-05-13"),
    ("Вчора, 12 травня, ракета влучила у школу в Липовому, повідомили у вівторок. Від початку вторгнення в районі "
     "загинули 203 цивільних.", "uk", "2025-05-13"),
    ("Вчера, 12 мая, ракета попала в школу в Липовом, сообщили во вторник. С начала вторжения в районе погибли 203 "
     "мирных жителя.", "ru", "2025-05-13"),
    ("Yesterday, 12 May, a missile hit a school in Lypove, officials said on Tuesday. Since the invasion 203 civilians "
     "have been killed in the district.", "en", "2025-05-13"),
]


@pytest.mark.parametrize(("text", "language", "day"), UNDATED_TEXTS)
def test_undated_text(text: str, language: str, day: str) -> None:
    assert inferred(text, language) == {D(day)}


READ_BEFORE = [
    # the eve of a holiday told with the year elsewhere; English eve of Easter with its year
    ("Напередодні Дня Незалежності дрон влучив у школу. Це сталося у 2024 році. Від початку вторгнення в громаді "
     "загинули 61 цивільний.", "uk", "2024-08-23"),
    ("On the eve of Orthodox Easter 2024 a drone hit a church in Kamianka. Since the invasion 61 civilians have been "
     "killed in the town.", "en", "2024-05-04"),
    # the General Staff's exact total beside "on Tuesday" / "this week"
    ("On Tuesday the General Staff put Russia's losses at 216,650 personnel. Drones struck Kamianka again this week; "
     "since the invasion 88 civilians have been killed there, the mayor said.", "en", "2023-06-13"),
    ("У вівторок Генштаб оцінив втрати ворога у 216 650 осіб. Цього тижня дрони знову атакували Вербівку: від "
     "початку вторгнення в громаді загинули 88 цивільних, повідомив староста.", "uk", "2023-06-13"),
    ("Во вторник Генштаб ВСУ оценил потери противника в 216 650 человек. На этой неделе беспилотники снова атаковали "
     "Каменку: с начала вторжения в городе погибли 88 мирных жителей, сообщил мэр.", "ru", "2023-06-13"),
    # a night into a weekday beside a yearless date
    ("Overnight into Sunday, 15 June, drones struck a depot in Verbivka. Since the invasion 74 civilians have been "
     "killed in the community, the village head said.", "en", "2025-06-15"),
    ("У ніч проти неділі, 15 червня, дрони атакували склад у Вербівці. Від початку вторгнення в громаді загинули 74 "
     "цивільних, повідомив староста.", "uk", "2025-06-15"),
    ("В ночь на воскресенье, 17 ноября, беспилотники атаковали Липовое. С начала вторжения здесь погибли 57 мирных "
     "жителей.", "ru", "2024-11-17"),
    # yesterday beside a weekday and a yearless date
    ("Yesterday, Monday 12 May, a missile hit a school in Lypove. Since the invasion 203 civilians have been killed "
     "in the district, prosecutors said.", "en", "2025-05-13"),
    ("Позавчора, 10 червня, у вівторок, ракета влучила у школу. Від початку вторгнення в районі загинули 203 "
     "цивільних.", "uk", "2025-06-12"),
    # Easter with its year (uk/ru)
    ("На Великдень 2025 року дрон влучив у церкву в Заріччі. Від початку вторгнення в громаді загинули 61 "
     "цивільний, повідомив голова громади.", "uk", "2025-04-20"),
    ("На Пасху 2025 года беспилотник попал в церковь в Заречном. С начала вторжения в поселке погиб 61 мирный "
     "житель, сообщил глава администрации.", "ru", "2025-04-20"),
    # a day of the war by its number
    ("On the 500th day of the war the mayor of Zarichne said 96 civilians had been killed in the town since the "
     "invasion.", "en", "2023-07-08"),
    ("На 500-й день війни міський голова Заріччя повідомив, що від початку вторгнення в місті загинули 96 "
     "цивільних.", "uk", "2023-07-08"),
    ("В 500-й день войны мэр Заречного сообщил, что с начала вторжения в городе погибли 96 мирных жителей.", "ru",
     "2023-07-08"),
    # a quarter of a written year: its last day
    ("In the first quarter of 2025 shelling in Lypove intensified. Since the invasion 57 civilians have been killed "
     "there, the governor said.", "en", "2025-03-31"),
    ("In Q1 2025 shelling intensified. Since the invasion 57 civilians have been killed in Lypove, the governor "
     "said.", "en", "2025-03-31"),
    ("У третьому кварталі 2024 року фронт наблизився до Заріччя. Від початку вторгнення в місті загинули 96 "
     "цивільних, повідомив міський голова.", "uk", "2024-09-30"),
    ("В первом квартале 2025 года обстрелы Липового усилились. С начала вторжения здесь погибли 57 мирных жителей, "
     "сообщила администрация.", "ru", "2025-03-31"),
    # the first day of the school year by its weekday
    ("On Monday, 1 September, the first day of the school year, a drone hit a school in Verbivka. Since the invasion "
     "38 civilians have been killed in the community, officials said.", "en", "2025-09-01"),
    ("1 вересня, у понеділок, дрон влучив у школу у Вербівці. Від початку вторгнення в громаді загинули 38 "
     "цивільних, повідомили в ОВА.", "uk", "2025-09-01"),
    ("1 сентября, в понедельник, беспилотник попал в школу в Каменке. С начала вторжения в городе погибли 38 мирных "
     "жителей, сообщила администрация.", "ru", "2025-09-01"),
    # "last month" beside a full date; the start of the month beside a weekday's date
    ("Last month, on 14 March 2025, a missile destroyed the market in Kamianka. Since the invasion 188 civilians have "
     "been killed in the city, the mayor said.", "en", "2025-04-01"),
    ("Минулого місяця, 14 березня 2025 року, ракета зруйнувала ринок у Заріччі. Від початку вторгнення в місті "
     "загинули 188 цивільних, повідомив міський голова.", "uk", "2025-04-01"),
    ("At the start of the month a drone hit the depot in Verbivka, and on Wednesday, 19 March, another struck the "
     "school. Since the invasion 74 civilians have been killed in the community, the village head said.", "en",
     "2025-03-19"),
]


@pytest.mark.parametrize(("text", "language", "day"), READ_BEFORE)
def test_read_before(text: str, language: str, day: str) -> None:
    assert inferred(text, language) == {D(day)}


DECOYS = [
    # a weekday in another sentence than the day counted back: whose day it is is not told
    ("У понеділок ракета влучила у школу в Липовому. Вчора, 12 травня, загинули ще двоє людей. Від початку "
     "вторгнення в районі загинули 203 цивільних, повідомила прокуратура.", "uk", None),
    ("В понедельник ракета попала в школу в Липовом. Вчера, 12 мая, погибли еще два человека. С начала вторжения в "
     "районе погибли 203 мирных жителя, сообщила прокуратура.", "ru", None),
    # Easter beside a day it fell on in no year near the war
    ("На Великдень, 21 квітня, дрон влучив у церкву в Заріччі. Від початку вторгнення в громаді загинули 61 "
     "цивільний.", "uk", None),
    # bare Easter in a year the reckonings part: which church's is not told
    ("On Easter Sunday 2024 a drone hit a church in Kamianka. Since the invasion 61 civilians have been killed in the "
     "town, the mayor said.", "en", None),
    # a year summed up beside a later full date: a past year's
    ("Підсумки 2024 року оприлюднили 14 травня 2025 року. Від початку вторгнення в громаді загинули 74 цивільних, "
     "повідомив староста.", "uk", "2025-05-14"),
    # "last month" beside a month it does not stand with in one phrase
    ("In March 2025 drones struck Kamianka 40 times, up from last month. Since the invasion 88 civilians have been "
     "killed there.", "en", "2025-03-31"),
    # a season of a written year named alone: its end, as before
    ("In spring 2025 a drone hit a school in Verbivka. Since the invasion 61 civilians have been killed in the town.",
     "en", "2025-05-31"),
    ("У березні 2025 року дрон влучив у школу. Від початку вторгнення в громаді загинули 61 цивільний.", "uk",
     "2025-03-31"),
    # a weekday two words from a yearless day, not at the text's start: not the day's own
    ("Спочатку обстріляли склад у Вербівці. Ракета влучила у школу 19 березня, а в середу загинув ще один чоловік. "
     "Від початку вторгнення в громаді загинули 74 цивільних, повідомив староста.", "uk", None),
    ("Сначала обстреляли склад в Каменке. Ракета попала в школу 19 марта, а в среду погиб еще один человек. С начала "
     "вторжения в городе погибли 74 мирных жителя, сообщил мэр.", "ru", None),
]


@pytest.mark.parametrize(("text", "language", "day"), DECOYS)
def test_decoy(text: str, language: str, day: str | None) -> None:
    assert inferred(text, language) == {D(day) if day else None}


KNOWN = [
    # a bare year heading: which day of it is not told (31 December 2025 meant where the year is told as over)
    ("2025 рік\nОбстріли Липового тривали весь рік. Від початку вторгнення тут загинули 57 цивільних, повідомила ОВА.",
     "uk", None),
    # the year after the summing up's colon: read since round 60g (its last day)
    ("Підсумки року: 2024\nОбстріли Вербівки не припинялися. Від початку вторгнення в громаді загинули 74 цивільних, "
     "повідомив староста.", "uk", "2024-12-31"),
    # "in all of 2024" alone: read since round 60g (its last day; "as in all of 2024" beside "this summer" is ongoing)
    ("In all of 2024 the shelling of Verbivka never stopped. Since the invasion 74 civilians have been killed in the "
     "community, the village head said.", "en", "2024-12-31"),
]


@pytest.mark.parametrize(("text", "language", "day"), KNOWN)
def test_known_shortfall(text: str, language: str, day: str | None) -> None:
    assert inferred(text, language) == {D(day) if day else None}
