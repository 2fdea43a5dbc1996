"""Ukrainian whole texts, round 37c (written for these tests) in styles the first thirty-seven rounds lack: a regional
outlet's morning post retelling the General Staff's running totals with its own greeting before them and its own
channel's plug after them (the day's increases in brackets; the subscribers are no count), an outlet setting the two
sides' claims about one night's drone attack side by side in one paragraph (the Air Force's downs and those lost from
radar, the Russian ministry's count of Ukrainian drones, the regional administration's wounded; the drones launched and
the disclaimer are no count and no hedge), a city council's mourning announcement ("оголошено днем жалоби": the toll
that rose, the children among the dead, the wounded and those in hospital among them; the day of mourning, the houses
and the flags are no count). Each case lists every claim the spec asks of the text, written as "side category outcome
value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]", before the extractor was run. Then
the fixes of this round, read in wordings of their own (in Russian in tests/languages/ru/test_ru_unseen_round37c.py).
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a regional outlet's morning post retelling the General Staff: its greeting, the running totals with the day's
    # increases, its plug for its channel (the subscribers are no count)
    pytest.param(
     "Житомир.Інфо. Втрати ворога станом на ранок 7 грудня\n\n"
     "Доброго ранку, житомиряни! Публікуємо свіжі дані Генерального штабу ЗСУ. Загальні бойові втрати противника з "
     "24.02.22 по 07.12.26 орієнтовно становлять:\n"
     "особового складу — близько 1 312 450 (+1 040) осіб;\n"
     "танків — 11 420 (+9);\n"
     "артилерійських систем — 35 870 (+41).\n\n"
     "Ми щоранку публікуємо ці дані в нашому телеграм-каналі. Підписуйтеся, щоб нічого не пропустити, — нас уже 48 "
     "тисяч.",
     "2026-12-07",
     {"russia personnel losses 1.31245e+06 approx cumulative@2022-02-24 ua_general_staff 2026-12-07",
      "russia personnel losses 1040 exact period/1 ua_general_staff 2026-12-07",
      "russia tanks losses 11420 exact cumulative@2022-02-24 ua_general_staff 2026-12-07",
      "russia tanks losses 9 exact period/1 ua_general_staff 2026-12-07",
      "russia artillery losses 35870 exact cumulative@2022-02-24 ua_general_staff 2026-12-07",
      "russia artillery losses 41 exact period/1 ua_general_staff 2026-12-07"},
     id="t0"),
    # two sides' claims of one night in one paragraph: the Air Force's downs and those lost from radar (Russia's
    # drones), the Russian ministry's Ukrainian drones, the regional administration's wounded; the drones launched
    # and the disclaimer are no count and no hedge
    pytest.param(
     "Хто скільки збив: дві версії однієї ночі\n\n"
     "Про нічну атаку на Кременчук сторони звітують по-різному. Повітряні сили ЗСУ заявили, що з 73 запущених "
     "ворогом дронів збили 58, а ще 9 локаційно втрачені. Міністерство оборони Росії натомість стверджує, що його "
     "підрозділи за ту ж ніч знищили 14 українських безпілотників над Брянською та Курською областями. Незалежно "
     "перевірити жодну з цих цифр неможливо. Начальник Полтавської ОВА повідомив, що внаслідок атаки поранено "
     "трьох людей.",
     "2026-12-06",
     {"russia drones destroyed 58 exact period ua_officials 2026-12-06",
      "russia drones losses 9 exact period ua_officials 2026-12-06",
      "ukraine drones destroyed 14 exact period ru_mod 2026-12-06",
      "ukraine civilians wounded 3 exact period ua_officials 2026-12-06"},
     id="t1"),
    # a city council's mourning announcement: the toll that rose, the children among the dead, the wounded and those in
    # hospital among them; the day of mourning, the houses, the flags are no count
    pytest.param(
     "Вознесенська міська рада\n\n"
     "Шановні мешканці громади! У зв'язку із загибеллю людей унаслідок ворожого ракетного удару по місту "
     "розпорядженням міського голови 6 грудня оголошено днем жалоби. Станом на ранок кількість загиблих зросла до "
     "дев'яти, серед них двоє дітей. Ще 27 людей поранено, 11 із них перебувають у лікарні. Пошкоджено 14 "
     "багатоповерхівок. У день жалоби приспускаються державні прапори, скасовуються розважальні заходи. "
     "Висловлюємо щирі співчуття рідним і близьким загиблих.",
     "2026-12-05",
     {"ukraine civilians killed 9 exact period ua_officials 2026-12-05",
      "ukraine civilians killed 2 exact period ua_officials 2026-12-05",
      "ukraine civilians wounded 27 exact period ua_officials 2026-12-05",
      "ukraine civilians wounded 11 exact period ua_officials 2026-12-05"},
     id="t2"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


# the fixes of this round, read in wordings of their own (in Russian in tests/languages/ru/test_ru_unseen_round37c.py);
# each line a text, published 2026-11-30
CONSTRUCTIONS = [
    # a minister with a portfolio after the title in the genitive is the state's officials, not its defence ministry
    pytest.param("Міністр соціальної політики повідомив, що від обстрілів загинули 12 соціальних працівників.",
                 {"ukraine civilians killed 12 exact period ua_officials 2026-11-30"}, id="portfolio"),
    pytest.param("Як повідомила міністерка охорони здоров'я, за добу поранено 31 цивільного.",
                 {"ukraine civilians wounded 31 exact period/1 ua_officials 2026-11-30"}, id="portfolio_b"),
    # a date with the day of mourning declared after it is the mourning's, not the day of the toll after it
    pytest.param("Унаслідок ракетного удару по місту 29 листопада оголошено днем жалоби. Станом на ранок кількість "
                 "загиблих зросла до дев'яти, повідомила ОВА.",
                 {"ukraine civilians killed 9 exact period ua_officials 2026-11-30"}, id="mourning"),
    pytest.param("Після атаки дронів на селище міська рада оголосила 29 листопада днем жалоби. Загинули п'ятеро "
                 "мирних жителів, повідомила ОВА.",
                 {"ukraine civilians killed 5 exact period ua_officials 2026-11-30"}, id="mourning_b"),
    # those who give blood for the wounded are no count of the wounded
    pytest.param("Щоб здати кров для поранених, до станції переливання прийшли понад 200 людей.", set(), id="donors"),
    pytest.param("Для поранених військових кров здали 85 донорів. Загинули двоє мирних жителів, повідомила ОВА.",
                 {"ukraine civilians killed 2 exact period ua_officials 2026-11-30"}, id="donors_b"),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS)
def test_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected
