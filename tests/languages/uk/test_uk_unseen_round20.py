"""Ukrainian whole texts, round 20 (written for these tests) in styles the first nineteen rounds lack: Ukrinform on the
General Staff's morning report ("за минулу добу" beside the total) with a correction of the day before, LIGA on the
Prosecutor General's count of children "станом на" a date by region and month, a regional military administration's
strike post updated during the day, Suspilne on the ombudsman's count of prisoners of war who died in captivity or were
executed. Each case lists every claim the spec asks of the text, written as "side category outcome value[-high]
qualifier measure[/period_days][@period_start] claimant as_of [hedged]". Then the fixes of this round, each read in
wordings of its own; last, what it found and did not fix, pinned as strict xfail.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # Ukrinform on the General Staff's morning report: the total from its first day to the report's, the day's
    # figures, the totals since the full-scale invasion, the staff's correction of a day it names ('дані за 13
    # червня': that day's figure); the clashes, most of them on one direction after a dash, are no loss
    (
     "Генштаб: за минулу добу окупанти втратили ще 1 120 військових\n\nЗагальні бойові втрати російських загарбників "
     "з 24.02.22 по 14.06.25 орієнтовно становлять близько 1 004 310 осіб, з них за минулу добу — 1 120 осіб. Про це "
     "повідомляє Генеральний штаб ЗСУ у фейсбуці, передає Укрінформ.\n\nКрім того, за минулу добу Сили оборони "
     "знищили 9 танків, 14 бойових броньованих машин, 51 артилерійську систему та 87 БпЛА оперативно-тактичного "
     "рівня. Загалом від початку повномасштабного вторгнення ворог втратив 10 950 танків і 22 840 бойових "
     "броньованих машин.\n\nГенштаб також уточнив дані за 13 червня: через технічну помилку у вчорашньому зведенні "
     "частину втрат не було враховано, тож того дня окупанти втратили 1 140 осіб.\n\nНайбільше боєзіткнень за добу "
     "відбулося на Покровському напрямку — 52. Усього протягом доби зафіксовано 168 бойових зіткнень.",
     "2025-06-14",
     {"russia armoured_vehicles destroyed 14 exact period/1 ua_general_staff 2025-06-14",
      "russia armoured_vehicles losses 22840 exact cumulative ua_general_staff 2025-06-14",
      "russia artillery destroyed 51 exact period/1 ua_general_staff 2025-06-14",
      "russia drones destroyed 87 exact period/1 ua_general_staff 2025-06-14",
      "russia personnel losses 1.00431e+06 approx cumulative@2022-02-24 ua_general_staff 2025-06-14",
      "russia personnel losses 1120 exact period/1 ua_general_staff 2025-06-14",
      "russia personnel losses 1140 exact period/1 ua_general_staff 2025-06-13",
      "russia tanks destroyed 9 exact period/1 ua_general_staff 2025-06-14",
      "russia tanks losses 10950 exact cumulative ua_general_staff 2025-06-14"}),
    # LIGA on the Prosecutor General's children as of a morning (the regions after it stand at the same date), May's
    # dead; the children returned and deported and the soldiers suspected are no loss
    (
     "Офіс генпрокурора: від початку вторгнення росія вбила 631 дитину\n\nСтаном на ранок 1 червня 2025 року "
     "внаслідок збройної агресії рф в Україні загинула 631 дитина, ще понад 1 980 дітей отримали поранення різного "
     "ступеня тяжкості. Про це повідомили в Офісі генерального прокурора, пише ЛІГА.net.\n\nЦі дані не є "
     "остаточними, зазначають у відомстві: роботу з їх встановлення ускладнює відсутність доступу до тимчасово "
     "окупованих територій та місць активних бойових дій.\n\nНайбільше дітей загинуло на Донеччині — 214, на "
     "Харківщині — 106.\n\nЗа травень, за даними прокурорів, загинули 17 дітей. Водночас із депортації та "
     "примусового переміщення вдалося повернути 1 274 дитини. Загалом, за даними нацпорталу «Діти війни», "
     "депортовано понад 19 500 дітей.\n\nУ відомстві нагадали, що з початку року прокурори повідомили про підозру 46 "
     "російським військовим у воєнних злочинах проти дітей.",
     "2025-06-02",
     {"ukraine civilians killed 106 exact cumulative ua_officials 2025-06-01",
      "ukraine civilians killed 17 exact period/31@2025-05-01 ua_officials 2025-05-31",
      "ukraine civilians killed 214 exact cumulative ua_officials 2025-06-01",
      "ukraine civilians killed 631 exact cumulative ua_officials 2025-06-01",
      "ukraine civilians wounded 1980 at_least cumulative ua_officials 2025-06-01"}),
    # a regional military administration's strike post updated during the day: the first toll, the risen ones
    # ('травмовані' are the wounded; the children and the hospitalised among them), the day's sum 'Загалом загиблих
    # уже семеро' (the strike's, not a running count); the missiles' name, the clock times, a man's age, buildings,
    # cars and the days of mourning are no count
    (
     "Удар по Дніпру: кількість загиблих зросла до семи\n\nУранці 4 червня росіяни атакували Дніпро балістичними "
     "ракетами «Іскандер-М». Вибухи пролунали близько 08:40. Загинули четверо людей, ще 19 травмовані, повідомив "
     "голова Дніпропетровської ОВА Сергій Лисак у телеграмі.\n\nОновлено о 14:20. Рятувальники продовжують розбирати "
     "завали. За словами Лисака, унаслідок атаки загинули шестеро людей. Кількість травмованих зросла до 27, серед "
     "них троє дітей. 11 людей госпіталізовані, решті медики надали допомогу на місці.\n\nОновлено о 19:05. У "
     "лікарні помер 61-річний чоловік. Загалом загиблих уже семеро, повідомив Лисак.\n\nПошкоджено 14 "
     "багатоповерхівок, понад 40 автомобілів та адмінбудівлю. У місті оголошено жалобу на два дні, 5 і 6 червня.",
     "2025-06-04",
     {"ukraine civilians killed 4 exact period ua_officials 2025-06-04",
      "ukraine civilians killed 6 exact period ua_officials 2025-06-04",
      "ukraine civilians killed 7 exact period ua_officials 2025-06-04",
      "ukraine civilians wounded 11 exact period ua_officials 2025-06-04",
      "ukraine civilians wounded 19 exact period ua_officials 2025-06-04",
      "ukraine civilians wounded 27 exact period ua_officials 2025-06-04",
      "ukraine civilians wounded 3 exact period ua_officials 2025-06-04"}),
    # Suspilne on the ombudsman's prisoners of war who died in captivity since the invasion, those executed (killed,
    # by the enemy), the deaths known since the year began; the Coordination HQ's missing, soldiers and civilians
    # both (people), said earlier in a paragraph of its own (no span of the ombudsman's year); those returned and
    # the appeals are no loss
    pytest.param(
     "Лубінець: у російському полоні загинули щонайменше 206 українських військових\n\nВід початку повномасштабного "
     "вторгнення в російському полоні загинули щонайменше 206 українських військовополонених. Про це в ефірі "
     "телемарафону заявив уповноважений Верховної Ради з прав людини Дмитро Лубінець, передає Суспільне.\n\nЗа його "
     "словами, ще 245 військових росіяни стратили на полі бою після того, як ті склали зброю. Лише з початку 2025 "
     "року відомо про смерть 31 полоненого.\n\nЛубінець нагадав, що Україна повернула з полону вже 5 857 людей. "
     "Координаційний штаб з питань поводження з військовополоненими раніше повідомляв, що зниклими безвісти "
     "вважаються понад 70 тисяч українців, серед них і військові, і цивільні.\n\nЛише за останній рік до офісу "
     "омбудсмана надійшло понад 2 тисячі звернень від родин полонених.",
     "2025-05-28",
     {"ukraine people missing 70000 at_least cumulative ua_officials 2025-05-28",
      "ukraine personnel killed 206 at_least cumulative ua_officials 2025-05-28",
      "ukraine personnel killed 245 exact cumulative ua_officials 2025-05-28",
      "ukraine personnel killed 31 exact period@2025-01-01 ua_officials 2025-05-28"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("Кількість травмованих у Харкові зросла до 27.", {"ukraine people wounded 27 exact period None 2025-06-06"}),
    ("Унаслідок обстрілу Херсона травмовані 5 людей. Кількість травмованих за добу зросла до 9.",
     {"ukraine civilians wounded 5 exact period None 2025-06-06",
      "ukraine civilians wounded 9 exact period/1 None 2025-06-06"}),
])
def test_the_traumatised_are_counted_as_the_wounded(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Окупанти стратили 12 українських військовополонених.",
     {"ukraine personnel killed 12 exact period None 2025-06-06"}),
    ("Російські військові стратили трьох українських полонених.",
     {"ukraine personnel killed 3 exact period None 2025-06-06"}),
])
def test_prisoners_executed_are_killed_by_the_enemy(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Окупанти вбили 12 українських полонених.", {"ukraine personnel killed 12 exact period None 2025-06-06"}),
    ("Відомо про смерть 31 українського військовополоненого.",
     {"ukraine personnel killed 31 exact cumulative None 2025-06-06"}),
])
def test_captives_killed_are_killed_whatever_the_verb(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Унаслідок атаки загинули шестеро людей. Загалом загиблих уже семеро, повідомив мер.",
     {"ukraine civilians killed 6 exact period ua_officials 2025-06-06",
      "ukraine civilians killed 7 exact period ua_officials 2025-06-06"}),
    ("Внаслідок удару по Сумах загинули двоє людей.\n\nУвечері в лікарні помер ще один поранений. Всього загиблих — "
     "троє.",
     {"ukraine civilians killed 2 exact period None 2025-06-06",
      "ukraine civilians killed 1 exact period None 2025-06-06",
      "ukraine civilians killed 3 exact period None 2025-06-06"}),
    # (a count with a verb of its own and a place stays a running count)
    ("Внаслідок удару загинули 3 людини. Загалом в області загинули 1 200 мирних жителів.",
     {"ukraine civilians killed 3 exact period None 2025-06-06",
      "ukraine civilians killed 1200 exact cumulative None 2025-06-06"}),
])
def test_a_sum_after_a_strikes_toll_is_the_strikes(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Генштаб уточнив дані за 13 червня: ворог втратив 1 140 осіб.",
     {"russia personnel losses 1140 exact period/1 ua_general_staff 2025-06-13"}),
    ("За 12 червня Сили оборони знищили 14 російських танків.",
     {"russia tanks destroyed 14 exact period/1 None 2025-06-12"}),
])
def test_the_figures_for_a_day_named_are_that_days(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-14") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("За минулу добу окупанти втратили 1 140 осіб.\n\nНайбільше боєзіткнень за добу відбулося на Покровському "
     "напрямку — 52.", {"russia personnel losses 1140 exact period/1 None 2025-06-14"}),
    ("Ворог за добу втратив 1 140 осіб. Найбільше ворожих атак ЗСУ відбили на Покровському напрямку — 46.",
     {"russia personnel losses 1140 exact period/1 None 2025-06-14"}),
    # (a superlative of the things counted before still counts them)
    ("Ворог за добу втратив 12 танків. Найбільше російських танків знищено на Покровському напрямку — 5.",
     {"russia tanks losses 12 exact period/1 None 2025-06-14",
      "russia tanks destroyed 5 exact period/1 None 2025-06-14"}),
])
def test_a_bare_figure_after_a_superlative_of_other_things_is_no_loss(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-14") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Зниклими безвісти вважаються понад 70 тисяч українців, серед них і військові, і цивільні.",
     {"ukraine people missing 70000 at_least cumulative None 2025-06-06"}),
    ("Загинули 120 українців, серед них військові та цивільні.",
     {"ukraine people killed 120 exact period None 2025-06-06"}),
])
def test_people_of_both_kinds_named_after_them_are_people(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-06") == expected

# what this round found and did not fix, pinned then, fixed since (Russian round 22: another body named anew)


def test_another_bodys_earlier_count_takes_no_span_from_the_one_before() -> None:
    text = ("За словами омбудсмана, з початку року в полоні загинули 31 український військовий.\n\nКоординаційний "
            "штаб раніше повідомляв, що зниклими безвісти вважаються понад 70 тисяч українських військових.")
    assert described(text, "2025-06-06") == {
        "ukraine personnel killed 31 exact period@2025-01-01 ua_officials 2025-06-06",
        "ukraine personnel missing 70000 at_least cumulative ua_officials 2025-06-06"}
