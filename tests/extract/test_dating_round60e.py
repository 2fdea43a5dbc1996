"""Round 60e: an undated text dated by the war's event it reports where a sentence ties the event to the text's own
time ("today", "yesterday", "on Tuesday", "в ніч на п'ятницю"), and events named long after them or every year
(``tied = true`` in the profile's ``war_events.toml``) read only there.

Every sentence here is written for the tests (none is taken from the shared sets)."""

from __future__ import annotations

import datetime as dt

import pytest

from lossledger import extract_claims
from lossledger.explain import explain_claim
from lossledger.extract.slavic import language_data
from lossledger.extract.slavic.event_dates import published_by_event
from lossledger.extract.slavic.mentions import DocText
from lossledger.extract.war_events import NO_TIE, Tie, WarEvent, calendar_for, event_day
from lossledger.profiles import load_profile

KREMENCHUK_MALL = dt.date(2022, 6, 27)
KURSK_RETAKEN = dt.date(2025, 4, 26)
BOARD_2023 = dt.date(2023, 12, 19)  # a Tuesday
CROCUS = dt.date(2024, 3, 22)  # a Friday
MUTINY = dt.date(2023, 6, 24)
KAKHOVKA_DAM = dt.date(2023, 6, 6)  # a Tuesday


def published(text: str, language: str) -> set[dt.date | None]:
    """The dates of the text's claims (each dated as of its publication)."""
    claims = extract_claims(text, language=language)
    assert claims, "the text must hold a claim to be dated"
    return {c.as_of for c in claims}


@pytest.mark.parametrize(("text", "language", "day"), [
    # "yesterday": the text is of the day after the event; the strike's toll is as of the day its words state, the
    # strike's (round 60g: the text's day is no longer moved one more day on, as a text given that day reads it)
    ("Yesterday's missile strike on the Kremenchuk shopping mall has killed 20 people. The governor gave the toll.",
     "en", KREMENCHUK_MALL),
    # a tied event: named "today"
    ("Gerasimov told Putin today that the Kursk region had been fully liberated. Kyiv lost 61,000 troops there, "
     "he said.", "en", KURSK_RETAKEN),
    ("Сьогодні Герасимов доповів Путіну про повне звільнення Курської області. Там загинули 61 тисяча військових "
     "ЗСУ, сказав він.", "uk", KURSK_RETAKEN),
    ("Сегодня Герасимов доложил Путину о полном освобождении Курской области. Потери ВСУ там составили 61 тысячу "
     "военнослужащих, заявил он.", "ru", KURSK_RETAKEN),
    ("Wagner fighters seized the army headquarters in Rostov today as Prigozhin's mutiny spread. The regional "
     "governor said 3 civilians were killed.", "en", MUTINY),
    ("Сьогодні ПВК Вагнер підняла заколот. За даними джерел, збито 6 гелікоптерів.", "uk", MUTINY),
    ("Сегодня ЧВК «Вагнер» подняла мятеж. По данным источников, сбиты 6 вертолетов.", "ru", MUTINY),
    ("Сьогодні ЗСУ звільнили місто Херсон. Під час відступу окупанти втратили 200 військових, повідомили в "
     "Генштабі.", "uk", dt.date(2022, 11, 11)),
    ("Сегодня Минобороны России объявило о полном освобождении «Азовстали». Потери противника составили 200 "
     "боевиков, сообщили в ведомстве.", "ru", dt.date(2022, 5, 20)),
    ("Drones struck the Toropets arsenal overnight. The governor said 13 people were injured.", "en",
     dt.date(2024, 9, 18)),
    # a weekday told with the event: the event's own weekday, or the day on or after it within the week
    ("Gunmen opened fire at Crocus City Hall near Moscow on Friday. At least 60 people were killed, officials "
     "said.", "en", CROCUS),
    ("У п'ятницю терористи напали на Крокус Сіті Хол. Загинули 60 людей, повідомили в СК РФ.", "uk", CROCUS),
    ("В пятницу вооруженные люди открыли стрельбу в «Крокус Сити Холле». Погибли 60 человек, сообщил СК.", "ru",
     CROCUS),
    ("The Kakhovka dam was blown up on Thursday. The regional governor said 5 civilians were killed.", "en",
     KAKHOVKA_DAM + dt.timedelta(days=2)),
    # an annual meeting told apart by the weekday the text gives ...
    ("Putin told an expanded meeting of the Defence Ministry board on Tuesday that Ukraine had lost 383,000 troops.",
     "en", BOARD_2023),
    ("Путін у вівторок на розширеному засіданні колегії Міноборони РФ заявив, що ЗСУ втратили 383 тисячі "
     "військових.", "uk", BOARD_2023),
    ("Во вторник на расширенном заседании коллегии Минобороны Путин заявил, что потери ВСУ составили 383 тысячи "
     "человек.", "ru", BOARD_2023),
    # a tied event named beside one that is not: background
    ("Prigozhin, who led the Wagner mutiny, was killed today when his plane crashed north of Moscow. The aviation "
     "agency said 10 people were killed.", "en", dt.date(2023, 8, 23)),
    # ... or by the year it writes
    ("Сегодня на расширенном заседании коллегии Минобороны Шойгу подвел итоги 2023 года: потери ВСУ составили "
     "383 тысячи человек.", "ru", BOARD_2023),
    # ... and a year summed up (round 60d) yields to it ("Підсумки 2023 року" alone is 31 December)
    ("Підсумки 2023 року. Сьогодні на розширеному засіданні колегії Міноборони Росії Шойгу заявив, що ЗСУ втратили "
     "383 тисячі військових.", "uk", BOARD_2023),
])
def test_an_event_tied_to_the_texts_time_dates_it(text: str, language: str, day: dt.date) -> None:
    assert published(text, language) == {day}


@pytest.mark.parametrize(("text", "language"), [
    # tied events named with no tie: the name stays in the news long after
    ("Gerasimov said the Kursk region had been fully liberated, and that Kyiv lost 61,000 troops there.", "en"),
    ("Путин на расширенном заседании коллегии Минобороны заявил, что потери ВСУ составили 383 тысячи человек.",
     "ru"),
    ("Крокус Сіті Хол після нападу терористів: загинули 60 людей, повідомили в СК РФ.", "uk"),
    # an annual meeting with a tie but neither its weekday nor its year: which one is not told
    ("Putin told an expanded meeting of the Defence Ministry board today that Ukraine had lost 383,000 troops.",
     "en"),
    # a retaken city's name in later news: a village near it captured, a strike on it
    ("Russian forces captured a village near Kherson today; 2 Ukrainian soldiers were killed, the governor said.",
     "en"),
    ("Ukraine today celebrates the liberation of the city of Kherson; 2 civilians were killed by shelling, the "
     "governor said.", "en"),
    # the event named as past: an anniversary, "since", a year written beside it
    ("A year after the Wagner mutiny, the regional governor said today that 3 civilians were killed in it.", "en"),
    ("Через рік після заколоту ПВК Вагнер сьогодні вшанували 13 загиблих льотчиків, повідомили джерела.", "uk"),
    ("Спустя год после мятежа ЧВК Вагнер сегодня почтили память 13 погибших летчиков, сообщили источники.", "ru"),
    ("The 2023 mutiny by Wagner killed 3 civilians, the regional governor said today.", "en"),
    ("Відтоді як зруйнували Каховську ГЕС, загинули 50 людей, повідомили сьогодні в ОВА.", "uk"),
    ("С тех пор как была разрушена Каховская ГЭС, погибли 50 человек, сообщили сегодня власти.", "ru"),
])
def test_an_event_not_tied_to_the_texts_time_dates_nothing(text: str, language: str) -> None:
    assert published(text, language) == {None}


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Since the Kakhovka dam was blown up, the river has flooded dozens of villages. On 12 March, 3 civilians were "
     "killed by shelling there, the governor said.", "en", dt.date(2024, 3, 12)),
    ("Відтоді як окупанти підірвали Каховську ГЕС, Херсонщина потерпає від обстрілів. 12 березня загинули 3 "
     "цивільні, повідомив голова ОВА.", "uk", dt.date(2024, 3, 12)),
    ("С тех пор как была подорвана Каховская ГЭС, регион страдает от обстрелов. 12 марта погибли 3 мирных жителя, "
     "сообщили власти.", "ru", dt.date(2024, 3, 12)),
    # (the first such day after the event: the same year's, when later)
    ("A year after the Wagner mutiny, its fighters are in Africa. On 28 July, 20 of them were killed in an ambush, "
     "officials said.", "en", dt.date(2023, 7, 28)),
])
def test_an_event_named_as_past_places_a_yearless_date_after_it(text: str, language: str, day: dt.date) -> None:
    assert published(text, language) == {day}


@pytest.mark.parametrize(("text", "language"), [
    ("Since the Kakhovka dam was blown up, 3 civilians have been killed by shelling in the flooded villages, the "
     "governor said.", "en"),
    ("On 12 March, 3 civilians were killed by shelling, the governor said.", "en"),
])
def test_an_event_named_as_past_dates_nothing_by_itself(text: str, language: str) -> None:
    assert published(text, language) == {None}


@pytest.mark.parametrize(("text", "language", "day"), [
    ("On 3 May 2024, officials said today's count of the Kremenchuk mall strike's dead was 22.", "en",
     dt.date(2024, 5, 3)),
    ("3 травня 2024 року в ОВА повідомили, що сьогодні кількість загиблих унаслідок ракетного удару по торговому "
     "центру в Кременчуці становить 22.", "uk", dt.date(2024, 5, 3)),
])
def test_a_stated_date_is_not_changed(text: str, language: str, day: dt.date) -> None:
    claims = extract_claims(text, language=language)
    assert claims and {c.as_of for c in claims} == {day}


@pytest.mark.parametrize(("text", "language"), [
    ("Учора ракета влучила в торговий центр у Кременчуці. Загинули 20 людей, повідомив голова ОВА.", "uk"),
    ("Вчера ракета попала в торговый центр в Кременчуге. Погибли 20 человек, сообщили спасатели.", "ru"),
])
def test_yesterdays_event_dates_the_text_the_day_after(text: str, language: str) -> None:
    # (the text is of the day after the strike; its dead, told after "вчора", are of the strike's day)
    profile = load_profile(None)
    assert published_by_event(DocText(text, language_data(language, profile.name), profile, None)) == \
        KREMENCHUK_MALL + dt.timedelta(days=1)
    assert published(text, language) == {KREMENCHUK_MALL}


def test_the_tie_gives_the_day() -> None:
    event = WarEvent("x", KREMENCHUK_MALL, "strike", "test", {}, {})  # a Monday
    assert event_day(event, [], Tie(1, ())) == (KREMENCHUK_MALL + dt.timedelta(days=1), "event:x+tie:1")
    assert event_day(event, [], Tie(None, (5,)))[0] == KREMENCHUK_MALL + dt.timedelta(days=5)  # within the week
    assert event_day(event, [], Tie(None, (0,)))[0] == KREMENCHUK_MALL
    assert event_day(event, [5], NO_TIE)[0] == KREMENCHUK_MALL  # (a weekday elsewhere: 3 days at most, as before)


def test_the_calendar_holds_tied_and_annual_events() -> None:
    calendar = calendar_for(load_profile(None))
    assert calendar is not None and len(calendar.events) >= 70
    boards = [e for e in calendar.events if e.kind == "board_meeting"]
    assert len(boards) >= 3 and all(e.tied and e.recurs for e in boards)
    assert {e.day.month for e in boards} == {12}
    for code in ("en", "uk", "ru"):
        assert set(calendar.ties[code]) >= {0, 1}


@pytest.mark.parametrize(("text", "language"), [
    ("Gerasimov told Putin today that the Kursk region had been fully liberated. Kyiv lost 61,000 troops there, "
     "he said.", "en"),
    ("Сегодня Герасимов доложил Путину о полном освобождении Курской области. Потери ВСУ там составили 61 тысячу "
     "военнослужащих, заявил он.", "ru"),
])
def test_the_explanation_names_a_tied_event(text: str, language: str) -> None:
    claim = extract_claims(text, language=language)[0]
    as_of = next(e for e in explain_claim(claim, text, language=language).evidence if e.field == "as_of")
    assert "event:kursk_region_retaken" in as_of.how
