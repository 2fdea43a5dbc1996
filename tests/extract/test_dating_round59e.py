"""Round 59e: dating undated texts by wordings no shared passage holds, in all three languages: the time told before a
holiday ("a week before Christmas", "за тиждень до Різдва 2024 року", "за неделю до Дня Победы 2024 года"), the war's
anniversary with no ordinal beside the year it falls in ("the anniversary of the invasion in 2024", "у річницю
вторгнення, у 2024 році", "в годовщину вторжения в 2024 году"), a day of the war told by a lone multiplier ("Тисяча
днів війни", "Тысяча дней войны"), a season told as this one beside the year the text names ("this spring ...
in 2025"), a day counted back beside a yearless date whose weekday settles its year
("Позавчора, у вівторок, 10 червня", "Позавчера, во вторник, 10 июня"); and decoys: the invasion's own year beside
its anniversary, the Orthodox Christmas in English, "дві тисячі днів" (a multiplier with a number before it). Each
text carries a figure counted "since the invasion", dated as of the publication: its as_of is the inferred date.

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
    the publication date, inferred here."""
    totals = [c for c in extract_claims(text, language=language) if c.measure == "cumulative"]
    return {max(totals, key=lambda c: c.value).as_of} if totals else set()


def published_en(text: str) -> dt.date | None:
    """The publication date English infers for ``text`` (a text whose figure takes the date of an event told before
    it: the publication itself is asked)."""
    return infer_publication_date(text, war_start=WAR_START, grammar=grammar_for("en"))[0]


UNDATED_TEXTS = [
    # the time told before a holiday
    ("A week before Christmas, the mayor of Verkhivka said 47 civilians had been killed in the town since the "
     "invasion, 12 of them in 2024.", "en", "2024-12-18"),
    ("Ten days ahead of Independence Day, the governor said 146 civilians had been killed in the region since the "
     "invasion, 40 of them in 2025.", "en", "2025-08-14"),
    ("A week before New Year's Day 2025, the mayor of Verkhivka said 47 civilians had been killed in the town since "
     "the invasion.", "en", "2024-12-25"),
    ("Two days before Christmas Eve 2024, the mayor of Verkhivka said 47 civilians had been killed in the town since "
     "the invasion.", "en", "2024-12-22"),
    ("За тиждень до Різдва 2024 року міський голова Верхівки повідомив, що від початку вторгнення в місті загинули 47 "
     "цивільних.", "uk", "2024-12-18"),
    ("За два тижні до Дня Конституції 2025 року голова ОВА повідомив, що від початку вторгнення в області загинули "
     "146 цивільних.", "uk", "2025-06-14"),
    ("За неделю до Дня Победы 2024 года мэр Верховки сообщил, что с начала вторжения в городе погибли 47 мирных "
     "жителей.", "ru", "2024-05-02"),
    # the war's anniversary with no ordinal, beside the year it falls in
    ("Ukraine marked the anniversary of the invasion in 2024 with a minute of silence. The mayor of Verkhivka said 47 "
     "civilians had been killed in the town since the invasion.", "en", "2024-02-24"),
    ("On the eve of the 2025 anniversary of the full-scale invasion, the governor said 146 civilians had been killed "
     "in the region since the invasion.", "en", "2025-02-23"),
    ("У річницю повномасштабного вторгнення, у 2024 році, міський голова Верхівки повідомив, що від початку вторгнення "
     "в місті загинули 47 цивільних.", "uk", "2024-02-24"),
    ("Напередодні річниці вторгнення у 2025 році голова ОВА повідомив, що від початку вторгнення в області загинули "
     "146 цивільних.", "uk", "2025-02-23"),
    ("В годовщину вторжения в 2024 году мэр Верховки сообщил, что с начала вторжения в городе погибли 47 мирных "
     "жителей.", "ru", "2024-02-24"),
    ("В 2025 году, в годовщину полномасштабного вторжения, губернатор сообщил, что с начала вторжения в области "
     "погибли 146 мирных жителей.", "ru", "2025-02-24"),
    # a season told as this one beside the one year the text names (English)
    ("This summer, as in all of 2024, drones killed 12 civilians in Ozerne. The mayor said 61 civilians had been "
     "killed in the town since the invasion.", "en", "2024-08-31"),
    # a day of the war told by a lone multiplier
    ("Тисяча днів війни: від початку вторгнення у Верхівці загинули 47 цивільних, повідомив міський голова.", "uk",
     "2024-11-19"),
    ("Тысяча дней войны: с начала вторжения в Верховке погибли 47 мирных жителей, сообщил мэр.", "ru", "2024-11-19"),
    # a day counted back beside a yearless date whose weekday settles the year
    ("Позавчора, у вівторок, 10 червня, дрон влучив у порт Затоки. Від початку вторгнення в області загинули 318 "
     "цивільних, повідомив голова ОВА.", "uk", "2025-06-12"),
    ("Позавчера, во вторник, 10 июня, беспилотник попал в порт Затоки. С начала вторжения в области погибли 318 "
     "мирных жителей, сообщил губернатор.", "ru", "2025-06-12"),
    # decoys: the invasion's own year beside its anniversary (none read)
    ("Ukraine marked the anniversary of the invasion in 2022 with a minute of silence. The mayor of Verkhivka said 47 "
     "civilians had been killed in the town since the invasion.", "en", None),
    ("У річницю вторгнення 2022 року міський голова Верхівки повідомив, що від початку вторгнення в місті загинули 47 "
     "цивільних.", "uk", None),
]


@pytest.mark.parametrize(("text", "language", "day"), UNDATED_TEXTS)
def test_undated_texts(text: str, language: str, day: str | None) -> None:
    assert inferred(text, language) == {D(day) if day else None}


# other wordings each reader must also read, and decoys it must leave alone
OTHER_WORDINGS = [
    ("Учора, у вівторок, 10 червня, дрон влучив у порт Затоки. Від початку вторгнення в області загинули 318 "
     "цивільних, повідомив голова ОВА.", "uk", "2025-06-11"),
    ("Вчера, во вторник, 10 июня, беспилотник попал в порт Затоки. С начала вторжения в области погибли 318 мирных "
     "жителей, сообщил губернатор.", "ru", "2025-06-11"),
    ("Тисяча днів повномасштабної війни. Від початку вторгнення в Озерному загинув 61 цивільний, повідомив міський "
     "голова.", "uk", "2024-11-19"),
    ("Тысяча дней после начала вторжения. С начала вторжения в Озерном погиб 61 мирный житель, сообщил мэр.", "ru",
     "2024-11-19"),
    ("У 2025 році, в річницю вторгнення, міський голова повідомив, що від початку вторгнення в Озерному загинув 61 "
     "цивільний.", "uk", "2025-02-24"),
    ("Накануне годовщины вторжения в 2025 году мэр сообщил, что с начала вторжения в Озерном погиб 61 мирный житель.",
     "ru", "2025-02-23"),
    ("За три дні до Дня Незалежності 2024 року міський голова повідомив, що від початку вторгнення в Озерному загинув "
     "61 цивільний.", "uk", "2024-08-21"),
    ("The anniversary of the war, 2024. The mayor said 61 civilians had been killed in Ozerne since the invasion.",
     "en", "2024-02-24"),
    ("A fortnight before Victory Day, the mayor said 61 civilians had been killed in Ozerne since the invasion, 20 of "
     "them in 2025.", "en", "2025-04-25"),
    # a holiday with no time before it, and a multiplier with a number before it, stay as read before
    ("На Різдво 2024 року міський голова повідомив, що від початку вторгнення в Озерному загинув 61 цивільний.", "uk",
     "2024-12-25"),
    ("Дві тисячі днів війни: від початку вторгнення в Озерному загинув 61 цивільний, повідомив міський голова.", "uk",
     None),
    ("Two weeks before Orthodox Christmas, the mayor said 61 civilians had been killed in Ozerne since the invasion.",
     "en", None),
]


@pytest.mark.parametrize(("text", "language", "day"), OTHER_WORDINGS)
def test_other_wordings_and_decoys(text: str, language: str, day: str | None) -> None:
    assert inferred(text, language) == {D(day) if day else None}


# English: the publication itself (the figure takes the date of the event told before it)
PUBLISHED_EN = [
    ("The day before yesterday, on Tuesday 10 June, a drone hit the port of Zatoka. Since the invasion 318 civilians "
     "have been killed in the region, the governor said.", "2025-06-12"),
    ("Yesterday, on 10 June 2025, a drone hit the port of Zatoka. Since the invasion 318 civilians have been killed "
     "in the region, the governor said.", "2025-06-11"),
    ("A week before Christmas, the mayor said 61 civilians had been killed in Ozerne since the invasion, 20 of them "
     "in 2024.", "2024-12-18"),
    ("On the eve of the anniversary of the war in 2024, the mayor said 61 civilians had been killed in Ozerne since "
     "the invasion.", "2024-02-23"),
    ("On the anniversary of the invasion in 2024, the mayor said 61 civilians had been killed in Ozerne since the "
     "invasion.", "2024-02-24"),
    ("Drones killed 12 civilians in Ozerne this spring; in 2025 the mayor said 61 civilians had been killed in the "
     "town since the invasion.", "2025-05-31"),
    # decoys: a winter (which year's is not told), several years
    ("This winter, in 2025, drones killed 12 civilians in Ozerne; the mayor said 61 civilians had been killed in the "
     "town since the invasion.", None),
    ("This spring drones killed 12 civilians in Ozerne, more than in 2023 and 2024; the mayor said 61 civilians had "
     "been killed in the town since the invasion.", None),
]


@pytest.mark.parametrize(("text", "day"), PUBLISHED_EN)
def test_published_en(text: str, day: str | None) -> None:
    assert published_en(text) == (D(day) if day else None)


# read before this round already: kept as guards of the hidden sets
READ_BEFORE = [
    ("June 2025 | Issue 14\nThe mayor said 61 civilians had been killed in Ozerne since the invasion.", "en",
     "2025-06-30"),
    ("Червень 2025 | Випуск 14\nВід початку вторгнення в Озерному загинув 61 цивільний, повідомив міський голова.",
     "uk", "2025-06-30"),
    ("Июнь 2025 | Выпуск 14\nС начала вторжения в Озерном погиб 61 мирный житель, сообщил мэр.", "ru", "2025-06-30"),
    ("За підсумками першого півріччя 2025 року дрони вбили 12 цивільних в Озерному. Від початку вторгнення в місті "
     "загинув 61 цивільний, повідомив міський голова.", "uk", "2025-06-30"),
    ("По итогам первого полугодия 2025 года беспилотники убили 12 мирных жителей в Озерном. С начала вторжения в "
     "городе погиб 61 мирный житель, сообщил мэр.", "ru", "2025-06-30"),
    ("Позавчора, 10 червня 2025 року, дрон влучив у порт Затоки. Від початку вторгнення в області загинули 318 "
     "цивільних, повідомив голова ОВА.", "uk", "2025-06-12"),
    ("Spring 2025 issue\nThe mayor said 61 civilians had been killed in Ozerne since the invasion.", "en",
     "2025-05-31"),
]


@pytest.mark.parametrize(("text", "language", "day"), READ_BEFORE)
def test_read_before(text: str, language: str, day: str) -> None:
    assert inferred(text, language) == {D(day)}


# Known shortfalls, pinned as read now (see /work/notes/h278-changelog.md): the better day in the comment.
KNOWN = [
    # "this spring" beside the year the text names: the season's end, as "in the spring of 2025" (round 59h: was
    # not read)
    ("Цієї весни, як і впродовж 2025 року, дрони вбили 12 цивільних в Озерному. Від початку вторгнення в місті "
     "загинув 61 цивільний, повідомив міський голова.", "uk", "2025-05-31"),
    ("Этой весной, как и в течение всего 2025 года, беспилотники убили 12 мирных жителей в Озерном. С начала "
     "вторжения в городе погиб 61 мирный житель, сообщил мэр.", "ru", "2025-05-31"),
    # a copyright line's year is the page's, not the publication's: not read (safe; late 2024 may be meant)
    ("© 2024 Озерне медіа\nВід початку вторгнення в Озерному загинув 61 цивільний, повідомив міський голова.", "uk",
     None),
    # "earlier this week, on 10 June 2025": the day itself, a lower bound (the days after it in that week are meant)
    ("На початку цього тижня, 10 червня 2025 року, дрон влучив у порт Затоки. Від початку вторгнення в області "
     "загинули 318 цивільних, повідомив голова ОВА.", "uk", "2025-06-10"),
    # a holiday whose name the year splits ("Нового 2025 року"): a week before it (round 59h: was not read)
    ("За тиждень до Нового 2025 року міський голова повідомив, що від початку вторгнення в Озерному загинув 61 "
     "цивільний.", "uk", "2024-12-25"),
    # "last Friday, 13 June" in Russian: the week after, its Monday (round 59h: was the day itself)
    ("В прошлую пятницу, 13 июня, беспилотник попал в порт Затоки. С начала вторжения в области погибли 318 мирных "
     "жителей, сообщил губернатор.", "ru", "2025-06-16"),
]


@pytest.mark.parametrize(("text", "language", "day"), KNOWN)
def test_known_shortfalls_as_read_now(text: str, language: str, day: str | None) -> None:
    assert inferred(text, language) == {D(day) if day else None}
