"""Ukrainian whole texts, round 38 (written for these tests) in styles the first thirty-seven rounds lack: an outlet's
live page on a strike updated newest first ("Оновлено о ...": each superseded toll its own claim, the earliest one
preliminary; the drones launched and the rescuers at work are no count), a short regional news item whose only source
is its closing line ("Джерело: ... ОВА"; the span "з початку грудня", the day's wounded "за минулу добу"; a woman named
by her age, the shellings and the houses are no count), an analyst's column in the first person ("За моїми
підрахунками": the author's own count, no source) setting his week on one direction beside the General Staff's "за той
самий тиждень" (the assault groups a day and his years of service are no count; a doubt in a sentence of no figure
hedges nothing), an explainer under subheadings ("Що відомо про ...": the regional prosecutors' count "станом на" a
date with the children among it, the UN mission's month; the criminal cases opened are no count). Each case lists every
claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]", before the extractor was run. Then the fixes of this
round, read in wordings of their own (in Russian in tests/languages/ru/test_ru_unseen_round38.py).
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a live page updated newest first: each superseded toll its own claim, the earliest preliminary (hedged), the
    # body of one more found under the rubble; the drones launched and the rescuers at work are no count
    pytest.param(
     "Удар по Смілі: онлайн-оновлення\n\n"
     "Оновлено о 17:20. Кількість загиблих зросла до семи, серед них двоє дітей, повідомив начальник Черкаської ОВА. "
     "Поранених — 23.\n\n"
     "14:05. Рятувальники ДСНС дістали з-під завалів тіло ще однієї людини, загиблих уже шестеро. На місці "
     "працюють 120 рятувальників.\n\n"
     "09:40. За попередніми даними, загинули п'ятеро людей, ще 15 поранено, повідомили в міській раді.\n\n"
     "07:15. Вночі ворог випустив по області 40 ударних дронів, сили ППО збили 31 з них, повідомили Повітряні "
     "сили.",
     "2026-12-04",
     {"ukraine civilians killed 7 exact period ua_officials 2026-12-04",
      "ukraine civilians killed 2 exact period ua_officials 2026-12-04",
      "ukraine civilians wounded 23 exact period ua_officials 2026-12-04",
      "ukraine civilians killed 6 exact period ua_officials 2026-12-04",
      "ukraine civilians killed 5 exact period ua_officials 2026-12-04 hedged",
      "ukraine civilians wounded 15 exact period ua_officials 2026-12-04 hedged",
      "ukraine civilians killed 1 exact period ua_officials 2026-12-04",
      "russia drones destroyed 31 exact period/1 ua_officials 2026-12-04"},
     id="t0"),
    # a short item whose only source is its closing line; "з початку грудня" and the day's wounded; a woman named by
    # her age, the shellings and the houses are no count
    pytest.param(
     "Від початку місяця на Нікопольщині загинули 11 мирних жителів\n\n"
     "З початку грудня внаслідок обстрілів Нікопольського району загинули 11 цивільних, ще 48 отримали поранення. "
     "Лише за минулу добу поранено чотирьох людей, серед них 72-річна жінка. Ворог бив по громадах району з "
     "артилерії та FPV-дронів понад 30 разів. Пошкоджено 9 приватних будинків і газопровід.\n\n"
     "Джерело: Дніпропетровська ОВА",
     "2026-12-09",
     {"ukraine civilians killed 11 exact period@2026-12-01 ua_officials 2026-12-09",
      "ukraine civilians wounded 48 exact period@2026-12-01 ua_officials 2026-12-09",
      "ukraine civilians wounded 4 exact period/1 ua_officials 2026-12-09"},
     id="t1"),
    # an analyst's column in the first person: his own count (no source), the General Staff's of the same week; the
    # assault groups a day and his years of service are no count; the doubt after the figure hedges nothing
    pytest.param(
     "Колонка. Чому ворог втрачає більше, ніж визнає\n\n"
     "Автор — військовий аналітик, офіцер запасу\n\n"
     "За моїми підрахунками, за минулий тиждень противник втратив на Покровському напрямку щонайменше 2 600 "
     "військових убитими й пораненими. Я рахую лише те, що видно з відкритих джерел, тож реальна цифра, ймовірно, "
     "вища. Генштаб ЗСУ за той самий тиждень називає 7 840 осіб по всьому фронту. Я прослужив у війську двадцять "
     "років і знаю, як пишуться звіти. На цьому напрямку за тиждень, за моїми даними, знищено 19 танків і 27 "
     "бойових броньованих машин. Щодня ворог кидає в бій 15–20 штурмових груп.",
     "2026-12-08",
     {"russia personnel losses 2600 at_least period/7 None 2026-12-08",
      "russia personnel losses 7840 exact period/7 ua_general_staff 2026-12-08",
      "russia tanks destroyed 19 exact period/7 None 2026-12-08",
      "russia armoured_vehicles destroyed 27 exact period/7 None 2026-12-08"},
     id="t2"),
    # an explainer under subheadings: the prosecutors' count as of a date with the children among it and the wounded,
    # the UN mission's month; the criminal cases are no count
    pytest.param(
     "Що відомо про загиблих цивільних на Харківщині: пояснюємо\n\n"
     "Скільки людей загинуло і скільки поранено\n"
     "За даними Харківської обласної прокуратури, станом на 1 грудня 2026 року від дій окупантів в області загинули "
     "2 914 цивільних, серед них 97 дітей, ще 6 350 людей поранено.\n\n"
     "Що фіксують в ООН\n"
     "Моніторингова місія ООН з прав людини за листопад зафіксувала в області 38 загиблих і 210 поранених "
     "цивільних.\n\n"
     "Чому цифри різняться\n"
     "Прокуратура враховує всі кримінальні провадження, а ООН — лише перевірені випадки. Загалом в області "
     "відкрито понад 15 тисяч проваджень про воєнні злочини.",
     "2026-12-02",
     {"ukraine civilians killed 2914 exact cumulative ua_officials 2026-12-01",
      "ukraine civilians killed 97 exact cumulative ua_officials 2026-12-01",
      "ukraine civilians wounded 6350 exact cumulative ua_officials 2026-12-01",
      "ukraine civilians killed 38 exact period/30@2026-11-01 un 2026-11-30",
      "ukraine civilians wounded 210 exact period/30@2026-11-01 un 2026-11-30"},
     id="t3"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


# the fixes of this round, read in wordings of their own (in Russian in tests/languages/ru/test_ru_unseen_round38.py);
# each line a text, published 2026-11-30
CONSTRUCTIONS = [
    # hours that make whole days are a span of days; hours that do not are no span of days
    pytest.param("Повітряні сили повідомили, що за останні 72 години збито 310 ворожих дронів.",
                 {"russia drones destroyed 310 exact period/3 ua_officials 2026-11-30"}, id="hours"),
    pytest.param("За минулі 48 годин окупанти втратили 2 100 військових, повідомив Генштаб ЗСУ.",
                 {"russia personnel losses 2100 exact period/2 ua_general_staff 2026-11-30"}, id="hours_b"),
    pytest.param("За останні 12 годин ворог втратив 40 військових, повідомив командир батальйону.",
                 {"russia personnel losses 40 exact period ua_officials 2026-11-30"}, id="hours_part"),
    # a report's date after "від" is the day its figures stand at, not a span's first day
    pytest.param("Британська розвідка у зведенні від 3 листопада оцінила втрати Росії вбитими й пораненими приблизно в "
                 "1,1 млн осіб.",
                 {"russia personnel losses 1.1e+06 approx cumulative uk_mod 2026-11-03"}, id="report_date"),
    pytest.param("У звіті від 25 листопада ISW оцінив втрати росіян у 600 тисяч.",
                 {"russia personnel losses 600000 exact cumulative isw 2026-11-25"}, id="report_date_b"),
    pytest.param("Від 3 листопада окупанти втратили 9 000 військових, повідомив Генштаб.",
                 {"russia personnel losses 9000 exact period@2026-11-03 ua_general_staff 2026-11-30"},
                 id="report_date_not"),
    # the writer's own count ("за моїми даними") is no source's before or after it
    pytest.param("Генштаб ЗСУ повідомив, що за тиждень ворог втратив 7 840 осіб. На Курахівському напрямку за "
                 "тиждень, за нашими даними, знищено 12 танків.",
                 {"russia personnel losses 7840 exact period/7 ua_general_staff 2026-11-30",
                  "russia tanks destroyed 12 exact period/7 None 2026-11-30"}, id="own_count"),
    pytest.param("За моїми підрахунками, за тиждень противник втратив 300 військових. Генштаб ЗСУ повідомив, що ворог "
                 "втратив 7 840 осіб.",
                 {"russia personnel losses 300 exact period/7 None 2026-11-30",
                  "russia personnel losses 7840 exact period/7 ua_general_staff 2026-11-30"}, id="own_count_b"),
    # a source naming a count of people with no word of loss in its clause names the loss of the figure before again
    pytest.param("Ворог за тиждень втратив 2 600 військових, повідомили в бригаді. Генштаб ЗСУ за цей же тиждень "
                 "називає 7 840 осіб.",
                 {"russia personnel losses 2600 exact period/7 ua_officials 2026-11-30",
                  "russia personnel losses 7840 exact period/7 ua_general_staff 2026-11-30"}, id="names_figure"),
    pytest.param("Унаслідок удару загинули 12 мирних жителів, повідомила ОВА. Міський голова називає 15 людей.",
                 {"ukraine civilians killed 12 exact period ua_officials 2026-11-30",
                  "ukraine civilians killed 15 exact period ua_officials 2026-11-30"}, id="names_figure_b"),
    pytest.param("Ворог за тиждень втратив 2 600 військових, повідомили в бригаді. Аналітик називає три причини "
                 "цього і 40 населених пунктів під загрозою.",
                 {"russia personnel losses 2600 exact period/7 ua_officials 2026-11-30"}, id="names_figure_not"),
    # some out of a whole counted as lost, nothing befalling them in their own clause, are no loss of their own
    pytest.param("Уламки одного з 15 збитих дронів впали на територію підприємства, повідомили Повітряні сили.",
                 {"russia drones destroyed 15 exact cumulative ua_officials 2026-11-30"}, id="one_of_the_lost"),
    pytest.param("Повітряні сили повідомили, що за ніч збито 40 шахедів; уламки трьох із 40 збитих дронів упали на "
                 "склад.",
                 {"russia drones destroyed 40 exact period/1 ua_officials 2026-11-30"}, id="one_of_the_lost_b"),
    pytest.param("ППО збила 11 з 13 ракет, повідомили Повітряні сили.",
                 {"russia missiles destroyed 11 exact period ua_officials 2026-11-30"}, id="one_of_the_lost_not"),
    pytest.param("Командир бригади розповів про бої. «За нашими даними, противник втратив 300 військових», — додав "
                 "він.",
                 {"russia personnel losses 300 exact cumulative ua_officials 2026-11-30"}, id="own_count_quoted"),
]


# found and not fixed: the whole a part is taken out of keeps its own word of loss ("з 20 поранених": wounded), not
# the part's ("померли")
PINNED = [
    pytest.param("Двоє з 20 поранених померли в лікарні, повідомила ОВА.",
                 {"ukraine civilians killed 2 exact period ua_officials 2026-11-30",
                  "ukraine civilians wounded 20 exact period ua_officials 2026-11-30"}, id="whole_of_a_part"),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS + PINNED)
def test_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected


def test_report_date_is_no_dateline() -> None:
    """A report's date opening an undated text ("У звіті від 2 травня 2024 року ...") dates its figures, not the text:
    the weekday and day told later date it ("У п'ятницю, 17 травня": 2024)."""
    text = ("У зведенні від 2 травня 2024 року ООН нарахувала 40 загиблих цивільних у Лиманці. У п'ятницю, 17 травня, "
            "голова громади повідомив, що від початку вторгнення в громаді загинули 64 цивільних.")
    assert "ukraine civilians killed 64 exact cumulative ua_officials 2024-05-17" in described(text, "")
