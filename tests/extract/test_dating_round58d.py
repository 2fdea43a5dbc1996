"""Round 58d: dating undated texts by wordings no shared passage holds, in all three languages: the war's day number
alone ("on day 412 of the full-scale invasion", "412-й день СВО"), the Nth winter of the war ("третя зима війни"), a
weekend counted back beside a Saturday's or Sunday's full date ("this past weekend", "на минулих вихідних": the
Monday after), a fortnight counted from a full date, months counted from a written year's start told as over ("over
the first eleven months of 2024", "за 11 місяців 2024 року"), "since the start of 2025" beside a yearless date, a
live page's heading of a yearless day and its weekday ("Вівторок, 14 травня"), a holiday named without its year or
its eve ("напередодні Дня Незалежності", "накануне Дня Победы") beside a year the text names; and decoys: a future
date ("the talks set for 12 June"), a plan's months of a later year, a winter of the war before the text's day, a
weekend beside no weekend day, a holiday still to come. Other wordings: a date opening a count ("Since 9 June 2025,
... said on Thursday": no dateline), the eve of an anniversary of the war, "this time last year, on 3 June 2024".
Each text carries a figure counted "since the invasion", dated as of the publication: its as_of is the inferred date.
Some of these were read before this round (the war's day number, the start of a year, an English heading's weekday, a
future date's decoy): kept here as guards.

Every text here is written for the tests (invented places, people and figures; none taken from the shared sets)."""

from __future__ import annotations

import datetime as dt

import pytest

from lossledger import extract_claims

D = dt.date.fromisoformat


def inferred(text: str, language: str) -> set[dt.date | None]:
    """The as_of of the largest running total of ``text`` (undated): a total counted since the invasion stands as of
    the publication date, inferred here."""
    totals = [c for c in extract_claims(text, language=language) if c.measure == "cumulative"]
    return {max(totals, key=lambda c: c.value).as_of} if totals else set()


UNDATED_TEXTS = [
    # war's day number, no other date
    ("On day 412 of the full-scale invasion, the governor of the Hlybochok region said 96 civilians had been killed "
     "there since the invasion.", "en", "2023-04-11"),
    ("It is day 1,111 of Russia's war. The mayor of Verkhivka said 47 civilians had been killed in the town since "
     "the invasion.", "en", "2025-03-10"),
    ("На 412-й день повномасштабної війни голова Глибочецької ОВА повідомив, що від початку вторгнення в області "
     "загинули 96 цивільних.", "uk", "2023-04-11"),
    ("Триває 1111-й день повномасштабної війни. Від початку вторгнення у Верхівці загинули 47 цивільних, повідомив "
     "міський голова.", "uk", "2025-03-10"),
    ("412-й день СВО: губернатор Глубочецкой области сообщил, что с начала вторжения в регионе погибли 96 мирных "
     "жителей.", "ru", "2023-04-11"),
    ("Идет 1111-й день войны. С начала вторжения в Верховке погибли 47 мирных жителей, сообщил мэр.",
     "ru", "2025-03-10"),
    # the nth winter of the war
    ("As the third winter of the war sets in, the governor of the Dalnie region said 412 civilians had been killed "
     "there since the invasion.", "en", "2024-12-01"),
    ("Третя зима війни: від початку вторгнення в Дальненській області загинули 412 цивільних, повідомив голова ОВА.",
     "uk", "2024-12-01"),
    ("Третья зима войны: с начала вторжения в Дальней области погибли 412 мирных жителей, сообщил губернатор.",
     "ru", "2024-12-01"),
    # this past weekend beside a dated event
    ("This past weekend, on Saturday 14 June 2025, a drone hit the port of Zatoka. Since the invasion 318 civilians "
     "have been killed in the region, the governor said.", "en", "2025-06-16"),
    ("На минулих вихідних, у суботу 14 червня 2025 року, дрон влучив у порт Затоки. Від початку вторгнення в області "
     "загинули 318 цивільних, повідомив голова ОВА.", "uk", "2025-06-16"),
    ("На прошлых выходных, в субботу 14 июня 2025 года, беспилотник попал в порт Затоки. С начала вторжения в "
     "области погибли 318 мирных жителей, сообщил губернатор.", "ru", "2025-06-16"),
    # a fortnight after
    ("A fortnight after the 3 May 2024 strike on Ozerne, rescuers are still at work. Since the invasion 61 civilians "
     "have been killed in the town, the mayor said.", "en", "2024-05-17"),
    ("Через два тижні після удару 3 травня 2024 року по Озерному рятувальники досі працюють. Від початку вторгнення "
     "в місті загинув 61 цивільний, повідомив міський голова.", "uk", "2024-05-17"),
    ("Спустя две недели после удара 3 мая 2024 года по Озерному спасатели все еще работают. С начала вторжения в "
     "городе погиб 61 мирный житель, сообщил мэр.", "ru", "2024-05-17"),
    # eleven months told as over
    ("Over the first eleven months of 2024, Russian strikes killed 58 civilians in the Verbove district; since the "
     "invasion 530 civilians have died there, the prosecutor said.", "en", "2024-11-30"),
    ("За 11 місяців 2024 року російські обстріли забрали життя 58 цивільних у Вербівській громаді. Від початку "
     "вторгнення в громаді загинули 530 цивільних, повідомила прокуратура.", "uk", "2024-11-30"),
    ("За 11 месяцев 2024 года обстрелы унесли жизни 58 мирных жителей в Вербовском районе. С начала вторжения в "
     "районе погибли 530 мирных жителей, сообщила прокуратура.", "ru", "2024-11-30"),
    ("За десять місяців 2023 року в Озерному загинули 12 цивільних. Від початку вторгнення в місті загинув 61 "
     "цивільний, повідомив міський голова.", "uk", "2023-10-31"),
    # since the start of a year + yearless date
    ("Since the start of 2025, 40 civilians have been killed in Solonets. On 14 March, the mayor said 240 civilians "
     "had died in the town since the invasion.", "en", "2025-03-14"),
    ("З початку 2025 року в Солонці загинули 40 цивільних. 14 березня міський голова повідомив, що від початку "
     "вторгнення в місті загинули 240 цивільних.", "uk", "2025-03-14"),
    ("С начала 2025 года в Солонце погибли 40 мирных жителей. 14 марта мэр сообщил, что с начала вторжения в городе "
     "погибли 240 мирных жителей.", "ru", "2025-03-14"),
    # live page heading: weekday + yearless
    ("Tuesday, 14 May\nThe governor of the Vostrivka region said 146 civilians had been killed in the region since "
     "the invasion.", "en", "2024-05-14"),
    ("Вівторок, 14 травня\nГолова Вострівської ОВА повідомив, що від початку вторгнення в області загинули 146 "
     "цивільних.", "uk", "2024-05-14"),
    ("Вторник, 14 мая\nГубернатор Вострой области сообщил, что с начала вторжения в регионе погибли 146 мирных "
     "жителей.", "ru", "2024-05-14"),
    # eve of a holiday, year elsewhere
    ("Напередодні Дня Незалежності голова Вострівської ОВА повідомив, що у 2024 році в області загинули 60 "
     "цивільних, а від початку вторгнення — 146.", "uk", "2024-08-23"),
    ("Накануне Дня Победы губернатор Вострой области сообщил, что в 2024 году в регионе погибли 60 мирных жителей, а "
     "с начала вторжения — 146.", "ru", "2024-05-08"),
    ("On the eve of Independence Day, the governor said 60 civilians had been killed in the region in 2024 and 146 "
     "since the invasion.", "en", "2024-08-23"),
    # future decoy
    ("On Monday, 2 June 2025, the governor said 146 civilians had been killed in the region since the invasion, "
     "ahead of the talks set for 12 June.", "en", "2025-06-02"),
    ("У понеділок, 2 червня 2025 року, голова ОВА повідомив, що від початку вторгнення в області загинули 146 "
     "цивільних. Переговори призначені на 12 червня.", "uk", "2025-06-02"),
    ("В понедельник, 2 июня 2025 года, губернатор сообщил, что с начала вторжения в регионе погибли 146 мирных "
     "жителей. Переговоры назначены на 12 июня.", "ru", "2025-06-02"),
]


@pytest.mark.parametrize(("text", "language", "day"), UNDATED_TEXTS)
def test_undated_texts(text: str, language: str, day: str) -> None:
    assert inferred(text, language) == {D(day)}


# other wordings each reader must also read, and decoys it must leave alone
OTHER_WORDINGS = [
    ("In the first 10 months of 2023, shelling killed 12 civilians in Ozerne; since the invasion 61 civilians have "
     "died in the town, the mayor said.", "en", "2023-10-31"),
    ("During the last three months of 2024, drones killed 9 civilians in Stepove. Since the invasion 152 civilians "
     "have been killed in the city, its mayor said.", "en", "2024-12-31"),
    ("За первые девять месяцев 2025 года в Озерном погибли 12 мирных жителей. С начала вторжения в городе погиб 61 "
     "мирный житель, сообщил мэр.", "ru", "2025-09-30"),
    ("Четвер, 6 березня\nВід початку вторгнення в Озерному загинув 61 цивільний, повідомив міський голова.",
     "uk", "2025-03-06"),
    ("6 марта, четверг\nС начала вторжения в Озерном погиб 61 мирный житель, сообщил мэр.", "ru", "2025-03-06"),
    ("A fortnight has passed since the strike on 3 May 2024 in Ozerne. Since the invasion 61 civilians have been "
     "killed in the town, the mayor said.", "en", "2024-05-17"),
    ("A fortnight ago, on 3 May 2024, a missile hit Ozerne. Since the invasion 61 civilians have been killed in the "
     "town, the mayor said.", "en", "2024-05-17"),
    ("Last weekend's strike, on Sunday 15 June 2025, hit the port of Zatoka. Since the invasion 318 civilians have "
     "been killed in the region, the governor said.", "en", "2025-06-16"),
    ("Минулими вихідними, 15 червня 2025 року, дрон атакував порт Затоки. Від початку вторгнення в області загинули "
     "318 цивільних, повідомив голова ОВА.", "uk", "2025-06-16"),
    ("В минувшие выходные, 15 июня 2025 года, беспилотник атаковал порт Затоки. С начала вторжения в области погибли "
     "318 мирных жителей, сообщил губернатор.", "ru", "2025-06-16"),
    ("Напередодні Дня Конституції голова ОВА повідомив, що у 2025 році в області загинули 40 цивільних, а від "
     "початку вторгнення — 146.", "uk", "2025-06-27"),
    ("В День Победы губернатор сообщил, что в 2025 году в регионе погибли 40 мирных жителей, а с начала вторжения — "
     "146.", "ru", "2025-05-09"),
    ("On the eve of Victory Day, the governor said 40 civilians had been killed in the region in 2025 and 146 since "
     "the invasion.", "en", "2025-05-08"),
    ("As Ukraine braces for the war's fourth winter, the governor said 146 civilians had been killed in the region "
     "since the invasion.", "en", "2025-12-01"),
    ("In its second wartime winter, Stepove has lost power daily; since the invasion 152 civilians have been killed "
     "in the city, its mayor said.", "en", "2023-12-01"),
    ("Друга зима війни: від початку вторгнення в Степовому загинули 152 цивільних, повідомив міський голова.",
     "uk", "2023-12-01"),
    ("Вторая зима войны: с начала вторжения в Степовом погибли 152 мирных жителя, сообщил мэр.", "ru", "2023-12-01"),
    # decoys
    ("On 3 March 2023, as the first winter of the war ended, the mayor said 152 civilians had been killed in Stepove "
     "since the invasion.", "en", "2023-03-03"),
    ("3 березня 2023 року, наприкінці першої зими війни, міський голова повідомив, що від початку вторгнення в "
     "Степовому загинули 152 цивільних.", "uk", "2023-03-03"),
    ("Last weekend's talks ended without a deal. On Wednesday, 18 June 2025, the governor said 318 civilians had "
     "been killed in the region since the invasion.", "en", "2025-06-18"),
    ("На минулих вихідних тривали переговори. У середу, 18 червня 2025 року, голова ОВА повідомив, що від початку "
     "вторгнення в області загинули 318 цивільних.", "uk", "2025-06-18"),
    ("On 12 May 2024 the mayor said 73 civilians had been killed in Ternivka since the invasion; the school is to "
     "reopen within the first six months of 2025.", "en", "2024-05-12"),
    ("12 травня 2024 року міський голова повідомив, що від початку вторгнення в Тернівці загинули 73 цивільних. "
     "Школу відновлять за 6 місяців 2025 року.", "uk", "2024-05-12"),
    ("On 2 June 2025, the governor said 146 civilians had been killed in the region since the invasion; a memorial "
     "is to open on Independence Day.", "en", "2025-06-02"),
    ("2 червня 2025 року голова ОВА повідомив, що від початку вторгнення в області загинули 146 цивільних. Меморіал "
     "відкриють до Дня Незалежності.", "uk", "2025-06-02"),
    ("Вівторок. 14 травня 2024 року голова ОВА повідомив, що від початку вторгнення в області загинули 146 "
     "цивільних.", "uk", "2024-05-14"),
    # a holiday's eve in the year named; a count's opening day with a weekday told after it, and without
    ("Напередодні Нового року голова ОВА повідомив, що у 2024 році в області загинули 60 цивільних, а від початку "
     "вторгнення — 146.", "uk", "2024-12-31"),
    ("Since 9 June 2025, drones have killed 6 civilians in Lypivka; since the invasion 97 civilians have died in the "
     "town, its mayor said on Thursday.", "en", "2025-06-12"),
    ("Ever since Saturday, 7 June 2025, shelling has not stopped in Lypivka. Since the invasion 97 civilians have "
     "died in the town, its mayor said on Tuesday.", "en", "2025-06-10"),
    ("Since 9 June 2025, drones have killed 6 civilians in Lypivka; since the invasion 97 civilians have died in the "
     "town, its mayor said.", "en", "2025-06-09"),
    # the eve of an anniversary of the war: the day before
    ("Напередодні третьої річниці повномасштабного вторгнення голова ОВА повідомив, що від початку вторгнення в "
     "області загинули 146 цивільних.", "uk", "2025-02-23"),
    ("Накануне третьей годовщины вторжения губернатор сообщил, что с начала вторжения в регионе погибли 146 мирных "
     "жителей.", "ru", "2025-02-23"),
    ("On the eve of the third anniversary of the invasion, the governor said 146 civilians had been killed in the "
     "region since the invasion.", "en", "2025-02-23"),
    # one year counted back to a full date
    ("This time last year, on 3 June 2024, a missile hit Ozerne. Since the invasion 61 civilians have been killed in "
     "the town, the mayor said.", "en", "2025-06-03"),
    ("Mourners gathered in Stepove, where this day last year, 14 March 2024, a drone killed four people; since the "
     "invasion 152 civilians have died in the city, its mayor said.", "en", "2025-03-14"),
]


@pytest.mark.parametrize(("text", "language", "day"), OTHER_WORDINGS)
def test_other_wordings_and_decoys(text: str, language: str, day: str) -> None:
    assert inferred(text, language) == {D(day)}
