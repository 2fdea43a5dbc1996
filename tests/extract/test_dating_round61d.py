"""Round 61d: dating undated texts. The war's events calendar (``profiles/russia-ukraine/war_events.toml``) holds
39 more events from general knowledge (strikes, ships, airbases, towns taken, talks, an exchange, killings; events
named long after them or previewed before them are ``tied``: read only beside "today", "yesterday" or a weekday).
"Last month, on 12 March, the General Staff put ..." is the day the total was told, not March's span, and the text
is of the month after it. A recurring event (the defence ministry's annual board) tied to the text's time with
neither weekday nor year is the first of them on or after the text's other dates.

Every text here is written for the tests (none is taken from the shared sets); the General Staff's series total
425,890 is its figure of 12 March 2024 (a Tuesday)."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources

import pytest

from lossledger import extract_claims
from lossledger.extract.war_events import read_calendar

D = dt.date.fromisoformat

#: a toll told after the event's sentence, so that the text holds a claim to date
TOLL = {"en": " The governor said 12 people were killed.", "uk": " Загинули 12 людей, повідомив голова ОВА.",
        "ru": " Погибли 12 человек, сообщил губернатор."}


def dated(text: str, language: str) -> set[dt.date | None]:
    """The dates of the text's claims, the toll told after it included (each as of the text's publication)."""
    claims = extract_claims(text + TOLL[language], language=language)
    assert claims, "the text must hold a claim to be dated"
    return {c.as_of for c in claims}


def claims_of(text: str, language: str) -> set[tuple[float, str, dt.date | None]]:
    return {(c.value, c.measure, c.as_of) for c in extract_claims(text, language=language)}


EVENTS = [
    ('Russian shelling hit people standing in a queue for bread in Chernihiv, killing 10, the prosecutor said.',
     'en', '2022-03-16'),
    ('У Чернігові окупанти обстріляли людей, які стояли в черзі за хлібом: загинули 10 людей.',
     'uk', '2022-03-16'),
    ('A missile tore through the regional administration building in Mykolaiv; rescuers have found 12 bodies so far.',
     'en', '2022-03-29'),
    ('Ракета влучила в будівлю ОДА в Миколаєві, під завалами загинули 12 людей.',
     'uk', '2022-03-29'),
    ('Rockets slammed into a five-storey block in Chasiv Yar, and 15 people were killed, emergency services said.',
     'en', '2022-07-09'),
    ("Удар по п'ятиповерхівці в Часовому Яру: кількість загиблих зросла до 15.",
     'uk', '2022-07-09'),
    ('A rocket hit the maternity ward of the hospital in Vilniansk, killing a newborn boy, and 1 doctor was wounded.',
     'en', '2022-11-23'),
    ('Ракета влучила в пологове відділення лікарні у Вільнянську: загинула 1 дитина.',
     'uk', '2022-11-23'),
    ('A warplane crashed into a nine-storey residential building in Yeysk; 13 people died, officials said.',
     'en', '2022-10-17'),
    ('В Ейске военный самолет упал на жилой дом, погибли 13 человек.',
     'ru', '2022-10-17'),
    ('Blasts ripped through the airbase near Novofedorivka in Crimea, and satellite images show 8 jets destroyed.',
     'en', '2022-08-09'),
    ('A sea drone hit the landing ship Olenegorsky Gornyak, and 2 sailors were killed, a source said.',
     'en', '2023-08-04'),
    ('Морський дрон уразив десантний корабель «Оленегорський гірник»; загинули 2 моряки, кажуть джерела.',
     'uk', '2023-08-04'),
    ('Missiles struck the corvette Askold at the shipyard in Kerch, and 3 sailors were wounded, the navy said.',
     'en', '2023-11-04'),
    ('Harpoon missiles sank the tug Vasily Bekh, and 23 crew were killed, the navy claimed.',
     'en', '2022-06-17'),
    ('Drones hit the Dyagilevo and Engels airbases; 3 servicemen were killed, the ministry said.',
     'en', '2022-12-05'),
    ('Беспилотники атаковали аэродромы Дягилево и Энгельс, погибли 3 военнослужащих.',
     'ru', '2022-12-05'),
    ('Ukrainian missiles struck the submarine Rostov-on-Don in a dry dock in Sevastopol; 24 people were wounded.',
     'en', '2023-09-13'),
    ("Russia's strike on Kyiv set the Cabinet of Ministers building on fire for the first time.",
     'en', '2025-09-07'),
    ('Унаслідок атаки на Київ пошкоджено будівлю Кабміну, загинули 4 людини.',
     'uk', '2025-09-07'),
    ('Battalion commander Dmytro Kotsiubailo was killed near Bakhmut; his unit lost 5 men that week.',
     'en', '2023-03-07'),
    ('Генерала Ярослава Москалика убили взрывом автомобиля в Балашихе; пострадал 1 человек.',
     'ru', '2025-04-25'),
    ('A missile fell on Przewodów today, killing 2 farm workers, Polish police said.',
     'en', '2022-11-15'),
    ('Sea drones attacked ships in Sevastopol bay today, damaging the frigate Admiral Makarov; 2 sailors were wounded.',
     'en', '2022-10-29'),
    ("Two drones struck the dome of the Kremlin's Senate Palace overnight; 0 people were hurt, but 2 drones "
     'were downed.',
     'en', '2023-05-03'),
    ('Шойгу сегодня приказал отвести войска с правого берега Днепра в Херсоне; потери составили 200 человек.',
     'ru', '2022-11-09'),
    ('Today the whole Kyiv region was liberated, the deputy minister said; 900 civilian bodies have been found.',
     'en', '2022-04-02'),
    ('Сегодня Шойгу доложил Путину об освобождении Марьинки. Потери ВСУ составили 300 человек, заявил он.',
     'ru', '2023-12-25'),
    ('Минобороны сегодня объявило об освобождении Соледара. Потери ВСУ составили 700 человек.',
     'ru', '2023-01-13'),
    ('Шойгу сегодня доложил о полном освобождении Лисичанска, уничтожено 30 танков ВСУ.',
     'ru', '2022-07-03'),
    ('Putin today announced a partial mobilisation; Shoigu said Russia had lost 5,937 soldiers.',
     'en', '2022-09-21'),
    ('Сьогодні Медведчука обміняли на 215 українських військових, повідомив Зеленський.',
     'uk', '2022-09-21'),
    ('Russia and Ukraine signed the grain deal in Istanbul today; 16 ships remain stuck, 2 sailors were killed.',
     'en', '2022-07-22'),
    ('The delegations held talks in Istanbul today, with Abramovich at the table.',
     'en', '2022-03-29'),
    ('Russia and Ukraine held their first direct talks in Istanbul today.',
     'en', '2025-05-16'),
    ('The second round of talks in Istanbul ended today; the sides agreed to return 6,000 bodies.',
     'en', '2025-06-02'),
    ('Третій раунд переговорів у Стамбулі завершився сьогодні; сторони обміняються 1200 полоненими.',
     'uk', '2025-07-23'),
    ('Переговоры делегаций на границе в Гомельской области прошли сегодня; потери ВСУ составили 2870 человек.',
     'ru', '2022-02-28'),
    ('Putin and Trump met in Anchorage on Friday; 1,000 soldiers die every day, Trump said.',
     'en', '2025-08-15'),
    ('In Jeddah today the delegations held talks and Kyiv accepted a ceasefire; 100 drones were downed overnight.',
     'en', '2025-03-11'),
    ('Rubio and Lavrov met in Riyadh today; Rubio said 700,000 soldiers have been killed or wounded.',
     'en', '2025-02-18'),
    ('Zelensky and Trump met in the Oval Office today and the meeting ended in a shouting match; 46,000 '
     'Ukrainian soldiers have died, Zelensky said.',
     'en', '2025-02-28'),
    ('Сегодня Россия нанесла удар «Орешником» по Днепру; пострадали 2 человека.',
     'ru', '2024-11-21'),
    ('Сьогодні у Львові вбили Андрія Парубія; у місті загинула 1 людина.',
     'uk', '2025-08-30'),
    ('Iryna Farion was killed today in Lviv; 1 person died, police said.',
     'en', '2024-07-19'),
    ('Сегодня в Подмосковье убит Илья Кива; погиб 1 человек.',
     'ru', '2023-12-06'),
    ('A car bomb wounded Zakhar Prilepin today and killed his driver; 1 person died.',
     'en', '2023-05-06'),
]


@pytest.mark.parametrize(("text", "language", "day"), EVENTS)
def test_an_event_of_the_calendar_dates_the_text(text: str, language: str, day: str) -> None:
    assert dated(text, language) == {D(day)}


@pytest.mark.parametrize(("text", "language"), [
    # a preview (talks "will" be held), an event's place with no target, an event named as past, a tied event with no
    # tie, a common word the target is not ("черговий", "a government building")
    ('Putin and Trump will meet in Alaska on Friday.', 'en'),
    ('Delegations will hold a third round of talks in Istanbul on Wednesday.', 'en'),
    ('Russian forces captured a village near Marinka today.', 'en'),
    ('The Da Vinci Wolves battalion struck a Russian column today.', 'en'),
    ('Черговий обстріл Чернігова: снаряд влучив у двір.', 'uk'),
    ('The head of the Mykolaiv regional administration said a missile hit a school.', 'en'),
    ('A year after the missile fell on Przewodów, Poland still mourns.', 'en'),
    ('Medvedchuk, who was swapped for Ukrainian soldiers, spoke on Russian TV.', 'en'),
    ('Drones struck Sevastopol today, the governor said.', 'en'),
    ('Путин сегодня заявил, что новой частичной мобилизации не будет.', 'ru'),
    ('The Kremlin said a strike on Kyiv today targeted military sites.', 'en'),
    ("Russia's strike on Kyiv damaged a government building in Dnipro district.", 'en'),
    ('В Ейске беспилотник атаковал аэродром.', 'ru'),
])
def test_no_event_named(text: str, language: str) -> None:
    assert dated(text, language) == {None}


def test_the_calendar_holds_the_new_events() -> None:
    text = resources.files("lossledger.profiles").joinpath("russia-ukraine", "war_events.toml").read_text("utf-8")
    calendar = read_calendar(tomllib.loads(text), "war_events.toml")
    ids = {e.id for e in calendar.events}
    assert len(calendar.events) >= 100
    assert {"istanbul_talks_2025_second", "medvedchuk_exchange", "mykolaiv_administration"} <= ids
    # the four talks in Istanbul share their place and kind: a year written beside one picks it
    assert all(e.recurs for e in calendar.events if e.id.startswith("istanbul_talks"))


# ---- "Last month, on 12 March, ...": the day the total was told; the text a month on -----------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Last month, on 12 March, the General Staff put Russia's losses at 425,890. The mayor says 14 people have been "
     "killed in the city since the invasion.", "en"),
    ("The General Staff put Russia's losses at 425,890 last month, on March 12. The mayor says 14 people have been "
     "killed in the city since the invasion.", "en"),
    ("Минулого місяця, 12 березня, Генштаб оцінив втрати росії в 425 890 осіб. Мер каже, що від початку вторгнення "
     "в місті загинули 14 людей.", "uk"),
    ("В прошлом месяце, 12 марта, Генштаб ВСУ оценил потери России в 425 890 человек. Мэр говорит, что с начала "
     "вторжения в городе погибли 14 человек.", "ru"),
])
def test_last_month_narrowed_to_a_day_dates_the_total_and_the_text_a_month_on(text: str, language: str) -> None:
    assert claims_of(text, language) == {(425890.0, "cumulative", D("2024-03-12")),
                                         (14.0, "cumulative", D("2024-04-01"))}


@pytest.mark.parametrize(("text", "language", "day"), [
    # with its year: the day told, the text of the month after (as "Last month, in March 2025" was read)
    ("Last month, on 12 March 2025, the governor said 57 civilians had been killed since the invasion. The mayor "
     "says 14 people have been killed in the city since the invasion.", "en", "2025-04-01"),
    ("Минулого місяця, 12 березня 2025 року, голова ОВА повідомив, що від початку вторгнення загинули 57 цивільних. "
     "Мер каже, що від початку вторгнення в місті загинули 14 людей.", "uk", "2025-04-01"),
])
def test_last_month_with_a_dated_day(text: str, language: str, day: str) -> None:
    assert D(day) in {c.as_of for c in extract_claims(text, language=language) if c.value == 14.0}


@pytest.mark.parametrize(("text", "language"), [
    # the month alone is still the month's losses
    ("Last month, Russia lost 25,000 troops, the General Staff said.", "en"),
    ("Russia lost 25,000 troops last month, the General Staff said.", "en"),
    ("Минулого місяця ворог втратив 25 тисяч військових, повідомив Генштаб.", "uk"),
])
def test_last_month_alone_stays_a_span(text: str, language: str) -> None:
    assert {m for _v, m, _d in claims_of(text, language)} == {"period"}


def test_last_month_narrowed_with_no_year_and_no_series_stays_undated() -> None:
    # (no year, and a total no series holds: the day has no year to give)
    text = "Last month, on 12 March, the regional governor said 57 civilians had been killed since the invasion."
    assert claims_of(text, "en") == {(57.0, "cumulative", None)}


# ---- a recurring event ("today at the board") with no weekday or year --------------------------------------------

BOARD_2023 = D("2023-12-19")


@pytest.mark.parametrize(("text", "language"), [
    ("Сегодня на расширенном заседании коллегии Минобороны Шойгу заявил, что ВСУ потеряли более 383 тысяч человек. "
     "Контрнаступление началось 4 июня 2023 года.", "ru"),
    ("Сьогодні на розширеному засіданні колегії Міноборони рф Шойгу заявив, що ЗСУ втратили понад 383 тисячі "
     "військових. Контрнаступ почався 4 червня 2023 року.", "uk"),
    ("Speaking at the Defence Ministry's expanded board meeting today, Shoigu said Ukraine had lost 383,000 troops. "
     "The counteroffensive began on 4 June 2023.", "en"),
])
def test_the_board_today_after_the_texts_dates_is_that_years(text: str, language: str) -> None:
    assert {c.as_of for c in extract_claims(text, language=language)} == {BOARD_2023}


@pytest.mark.parametrize(("text", "language"), [
    # a total the General Staff's series holds dates the text to its day: the board does not move it
    ("Сегодня на расширенном заседании коллегии Минобороны Шойгу заявил, что ВСУ потеряли более 383 тысяч человек. "
     "Генштаб ВСУ оценил потери России в 425 890 человек.", "ru"),
    ("Сьогодні на розширеному засіданні колегії Міноборони рф Шойгу заявив, що ЗСУ втратили понад 383 тисячі "
     "військових. Генштаб ЗСУ оцінив втрати росії в 425 890 осіб.", "uk"),
])
def test_the_series_day_stands_beside_the_board(text: str, language: str) -> None:
    assert {c.as_of for c in extract_claims(text, language=language)} == {D("2024-03-12")}


@pytest.mark.parametrize(("text", "language"), [
    # the board with no tie ("today"): any year's, as before
    ("На расширенном заседании коллегии Минобороны министр заявил, что ВСУ потеряли более 383 тысяч человек. "
     "Контрнаступление началось 4 июня 2023 года.", "ru"),
])
def test_the_board_untied_does_not_move_the_date(text: str, language: str) -> None:
    assert {c.as_of for c in extract_claims(text, language=language)} == {D("2023-06-04")}


def test_the_board_today_with_nothing_else_stays_undated() -> None:
    # (decided: three boards, neither weekday nor year nor other date to choose, and the minister's total is in no
    # series; the calendar does not guess the year)
    text = "Сегодня на коллегии Минобороны министр заявил, что ВСУ потеряли более 383 тысяч человек."
    assert {c.as_of for c in extract_claims(text, language="ru")} == {None}


# ---- an event the lead names by place and kind, its target told in a later paragraph's recap ---------------------

LEAD = {
    "uk": "Після ракетного удару по {place} рятувальники дістали з-під завалів тіла 20 людей, повідомили в ДСНС.\n"
          "Інших подробиць немає.\nПошуки тривають.\nПостраждалим надають допомогу.\n",
    "ru": "Число погибших при ракетном ударе по {place} выросло до 20, сообщил губернатор.\nОн не дал подробностей.\n"
          "Спасатели продолжают работу.\nПострадавшим оказывают помощь.\n",
    "en": "The death toll from the missile strike on {place} has risen to 20, the governor said.\nHe gave no more "
          "details.\nRescuers are still at work.\nThe city is in mourning.\n",
}


@pytest.mark.parametrize(("language", "place", "later", "day"), [
    ("uk", "Кременчуку", "Нагадаємо, у понеділок росіяни завдали ракетного удару по торговому центру в Кременчуці.",
     "2022-06-27"),
    ("en", "Kramatorsk", "As reported, on Friday Russian missiles hit the railway station in Kramatorsk, where "
     "evacuees were waiting.", "2022-04-08"),
    ("ru", "Умани", "Как сообщалось, в ночь на пятницу ракета попала в многоэтажный жилой дом в Умани.", "2023-04-28"),
    ("uk", "Умані", "Удар у Умані в ніч на п'ятницю зруйнував під'їзд дев'ятиповерхівки.", "2023-04-28"),
])
def test_an_event_named_in_part_is_told_in_full_later(language: str, place: str, later: str, day: str) -> None:
    text = LEAD[language].format(place=place) + later
    assert {c.as_of for c in extract_claims(text, language=language)} == {D(day)}


@pytest.mark.parametrize(("language", "place", "later"), [
    # the later sentence writes its year, or looks back, or names an event at another place than the lead's;
    ("uk", "Умані", "У 2023 році удар в Умані зруйнував під'їзд дев'ятиповерхівки."),
    ("en", "Kramatorsk", "A year ago, Russian missiles hit the railway station in Kramatorsk."),
    ("en", "Kharkiv", "Russian missiles also hit the railway station in Kramatorsk on Friday."),
    # background with no tie to the text's time (no weekday, "yesterday", "overnight")
    ("en", "Kramatorsk", "In March, Russian missiles hit the railway station in Kramatorsk."),
])
def test_no_event_told_later(language: str, place: str, later: str) -> None:
    text = LEAD[language].format(place=place) + later
    assert {c.as_of for c in extract_claims(text, language=language)} == {None}


# ---- a span of days from a yearless day, told on a weekday ---------------------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("Russian forces lost 640 soldiers during the two days of fighting, the ministry said on Monday. The losses since "
     "3 March include 640 personnel and 12 tanks.", "2024-03-04"),
    ("Ukrainian troops lost 900 men during the four days of assaults, the ministry said on Thursday. The losses since "
     "May 12 include 900 personnel and 30 tanks. The worst fighting came on Tuesday.", "2025-05-15"),
])
def test_a_span_from_a_yearless_day_told_on_a_weekday(text: str, day: str) -> None:
    assert {c.as_of for c in extract_claims(text, language="en")} == {D(day)}


def test_a_weekday_outside_the_span_dates_nothing() -> None:
    # (Saturday is no day of a four-day span from 12 May that ends on a Thursday or a Saturday in the war's years)
    text = ("Ukrainian troops lost 900 men during the four days of assaults, the ministry said on Thursday. The losses "
            "since May 12 include 900 personnel and 30 tanks. A parade is planned for Saturday.")
    assert {c.as_of for c in extract_claims(text, language="en")} == {None}
