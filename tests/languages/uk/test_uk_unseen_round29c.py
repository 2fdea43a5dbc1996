"""Ukrainian whole texts, round 29c (written for these tests) in styles the first twenty-nine rounds lack: a regional
TV channel's evening news script ("У ефірі ...", "Наш кореспондент повідомляє") retelling a strike's toll with the
region's head as source (the hours of the strike and of the rescue work, buildings, cars and the day of mourning are no
count), and an encyclopaedia-like chronicle paragraph of a battle over two named months ("Упродовж жовтня–листопада
... втрати сторін за оцінками різняться") with each side's figures from the other side's source ("за цей час": the span
of the opening sentence, past one of no figure). Each case lists every claim the spec asks of the text, written as
"side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]".
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a TV evening news script: the correspondent retells the regional head (a regional military administration:
    # Ukraine's officials); one strike (a period of no stated length): the dead, the wounded, the children among them,
    # those taken to hospital and those in a serious condition among them; the hours, buildings, schools, cars and
    # the day of mourning are no count
    pytest.param(
     "У ефірі вечірній випуск новин. Головна тема дня — ракетний удар по Дніпру.\n\nНаш кореспондент повідомляє: о "
     "13:40 росіяни атакували місто балістичними ракетами. За словами голови обласної військової адміністрації, "
     "загинули п'ятеро людей, ще 23 поранені, серед них двоє дітей. Вісьмох госпіталізували, троє з них у важкому "
     "стані.\n\nРятувальники завершили роботи на місці о 18:30. Пошкоджено 9 багатоповерхівок, 2 школи і понад 30 "
     "автомобілів. Завтра в місті оголошено день жалоби.\n\nА тепер — до інших новин.",
     "2025-12-09",
     {"ukraine civilians killed 5 exact period ua_officials 2025-12-09",
      "ukraine civilians wounded 23 exact period ua_officials 2025-12-09",
      "ukraine civilians wounded 2 exact period ua_officials 2025-12-09",
      "ukraine civilians wounded 8 exact period ua_officials 2025-12-09",
      "ukraine civilians wounded 3 exact period ua_officials 2025-12-09"},
     id="t0"),
    # an encyclopaedia-like chronicle: the span is the two months of the opening sentence (1 October to 30 November
    # 2023); Russia's losses by the General Staff, Ukraine's by Russia's defence ministry, each "за цей час"; the
    # disclaimer hedges nothing; the month the town held to is no count
    pytest.param(
     "Упродовж жовтня–листопада 2023 року російські війська вели безперервні штурми Авдіївки. Втрати сторін за "
     "оцінками різняться. За даними Генштабу ЗСУ, за цей час під Авдіївкою росія втратила понад 25 тисяч військових "
     "і близько 400 одиниць бронетехніки. Міністерство оборони РФ натомість стверджувало, що ЗСУ на авдіївському "
     "напрямку за цей час втратили понад 7 тисяч військовослужбовців. Незалежно перевірити ці дані неможливо. Місто "
     "залишалося під контролем українських військ до лютого 2024 року.",
     "2025-06-01",
     {"russia personnel losses 25000 at_least period/61@2023-10-01 ua_general_staff 2023-11-30",
      "russia armoured_vehicles losses 400 approx period/61@2023-10-01 ua_general_staff 2023-11-30",
      "ukraine personnel losses 7000 at_least period/61@2023-10-01 ru_mod 2023-11-30"},
     id="t1"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a span or a place between the army's name and its verb of losing: the army is who lost, not a source
    ("Росія стверджує, що ЗСУ за минулий тиждень втратили понад 2 тисячі військових.",
     {"ukraine personnel losses 2000 at_least period/7 ru_officials 2025-06-01"}),
    ("За даними Генштабу ЗСУ, росія втратила 900 військових. У Міноборони РФ заявили, що ЗСУ на цій ділянці фронту за "
     "добу втратили до 300 військовослужбовців.",
     {"russia personnel losses 900 exact cumulative ua_general_staff 2025-06-01",
      "ukraine personnel losses 300 at_most period/1 ru_mod 2025-06-01"}),
    # (a side named after a source's name is the subject: the source stays the source)
    ("За даними ЗСУ росія за добу втратила 1 100 військових.",
     {"russia personnel losses 1100 exact period/1 ua_general_staff 2025-06-01"}),
])
def test_the_army_named_before_a_span_and_its_verb_of_losing_is_who_lost(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two months joined by a dash: from the first one's first day to the second one's last, in the year after them
    ("У березні–квітні 2024 року окупанти втратили на цьому напрямку понад 9 тисяч військових.",
     {"russia personnel losses 9000 at_least period/61@2024-03-01 None 2024-04-30"}),
    # "за цей час" in a later sentence: the span an earlier sentence of no figure names, past one more such sentence
    ("Протягом липня-серпня 2024 року тривали бої за місто. Точних даних про втрати немає. За цей час, за даними "
     "ОВА, загинули 48 мирних жителів.",
     {"ukraine civilians killed 48 exact period/62@2024-07-01 ua_officials 2024-08-31"}),
])
def test_a_span_of_two_months_named_with_a_dash(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-01") == expected
