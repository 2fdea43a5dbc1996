"""Ukrainian whole texts, round 17 (written for these tests) in styles the first sixteen rounds lack: Ukrinform on the
Coordination HQ's prisoners returned in an exchange and since the full-scale invasion (no loss) with the missing it
recalls, a city council's post on a night strike with its dead by age. Each case lists every claim the spec asks of
the text, written as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant
as_of [hedged]". Then the fixes of this round, each read in wordings of its own.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # prisoners freed in an exchange and since the full-scale invasion are no loss, nor those held since 2022 among
    # them; the missing the staff recalls are
    (
     "Із полону повернулися ще 84 українці\n\nУкраїна повернула додому 84 військових і цивільних, які перебували "
     "в російському полоні. Про це повідомив Координаційний штаб з питань поводження з військовополоненими, "
     "передає Укрінформ.\n\nСеред звільнених — захисники Маріуполя, прикордонники та нацгвардійці, зокрема 22 "
     "бійці, які перебували в полоні з 2022 року. Більшість із них мають проблеми зі здоров'ям, усі пройдуть "
     "медичне обстеження та реабілітацію.\n\nЗагалом з початку повномасштабного вторгнення з полону вдалося "
     "повернути 5 857 українців, нагадали у штабі. Водночас, за даними Координаційного штабу, понад 10 тисяч "
     "українських військових досі вважаються зниклими безвісти.\n\nУ штабі зазначають, що переговори про наступні "
     "обміни тривають, а родини полонених закликають не поширювати неперевірену інформацію в соцмережах.\n\nОбмін "
     "відбувся за посередництва Об'єднаних Арабських Еміратів. Це вже 64-й обмін від початку великої війни. "
     "Президент Володимир Зеленський подякував усім, хто долучився до повернення людей, і наголосив, що Україна "
     "працює над тим, щоб повернути всіх.",
     "2025-05-15",
     {"ukraine personnel missing 10000 at_least cumulative ua_officials 2025-05-15"}),
    # a city council on a night strike: the ages and birth years of the dead are no counts; the hospitalised are a part
    # of the wounded
    (
     "Кременчук оговтується після нічної атаки дронів\n\nУ ніч на 14 травня російські війська атакували Кременчук "
     "ударними дронами. Внаслідок атаки загинули п'ятеро мешканців міста, повідомляє Кременчуцька міська рада.\n\n"
     "Загиблі — жінка 1953 року народження, чоловіки 41 і 58 років, 36-річна жінка та хлопчик 12 років. Ще 17 людей "
     "дістали поранення, серед них двоє дітей. Четверо постраждалих перебувають у лікарні у важкому стані.\n\n"
     "Пошкоджено 11 багатоповерхівок, школу та кілька магазинів. На місцях працюють рятувальники та комунальні служби, "
     "для мешканців облаштовано пункт допомоги.\n\nУ місті оголошено дводенну жалобу. Міська рада висловлює "
     "щирі співчуття рідним і близьким загиблих.\n\nМер закликав мешканців не ігнорувати сигнали повітряної "
     "тривоги та користуватися укриттями. Адреси пунктів незламності, де можна зарядити телефони та отримати "
     "воду, опубліковано на сайті міської ради. Уточнені дані про постраждалих з'являться пізніше.",
     "2025-05-14",
     {"ukraine civilians killed 5 exact period ua_officials 2025-05-14",
      "ukraine civilians wounded 17 exact period ua_officials 2025-05-14",
      "ukraine civilians wounded 2 exact period ua_officials 2025-05-14",
      "ukraine civilians wounded 4 exact period ua_officials 2025-05-14"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("Протягом літа сторони вже двічі обмінювалися тілами. Росія передала Україні тіла 120 загиблих військових.",
     {"ukraine personnel killed 120 exact cumulative None 2025-06-01"}),
    ("Протягом весни Росія неодноразово передавала тіла полеглих. Україна зі свого боку передала Росії тіла 34 "
     "загиблих російських військових.",
     {"russia personnel killed 34 exact cumulative None 2025-06-01"}),
])
def test_a_span_of_occasions_recalled_is_not_the_next_figures(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-01") == expected


@pytest.mark.parametrize("text", [
    "Серед звільнених — 15 захисників, які провели в полоні понад два роки.",
    "Звільнені 40 морських піхотинців перебували в полоні з весни 2022 року.",
])
def test_the_freed_held_in_captivity_are_no_loss(text: str) -> None:
    assert described(text, "2025-06-01") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Росія повернула Україні тіла 500 загиблих військових. Більшість тіл доставили з Запорізького напрямку, ще 37 — "
     "з моргів у Ростові.",
     {"ukraine personnel killed 500 exact cumulative None 2025-06-01",
      "ukraine personnel killed 37 exact cumulative None 2025-06-01"}),
    ("Передано тіла 120 полеглих воїнів. Основну частину тіл привезли з Курщини, ще 15 — з території Бєлгородської "
     "області.",
     {"ukraine personnel killed 120 exact cumulative None 2025-06-01",
      "ukraine personnel killed 15 exact cumulative None 2025-06-01"}),
])
def test_more_of_the_bodies_after_a_dash_are_more_of_the_dead(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-01") == expected
