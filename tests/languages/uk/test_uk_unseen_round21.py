"""Ukrainian whole texts, round 21 (written for these tests) in styles the first twenty rounds lack: NV on the Air
Force's month of drones and missiles downed beside its count since the year began, a city council's post on the week's
funerals and the wounded brought to its hospitals beside its count since the full-scale invasion. Each case lists every
claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". Then the fixes of this round, each read in wordings of
its own.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # NV on the Air Force's month: the headline's rounded 'понад 5 тисяч' is a claim of its own beside the body's
    # 5 140; the drones 'локаційно втрачені' are lost; those launched in the month and on its worst night are no
    # loss; the count since the year began is a period from 1 January
    (
     "Повітряні сили: за листопад збито понад 5 тисяч російських дронів\n\nЗа листопад сили ППО збили 5 140 ударних "
     "безпілотників типу Shahed і дронів-імітаторів, а також 62 ракети. Про це повідомили в Повітряних силах ЗСУ, пише "
     "НВ.\n\nЗагалом за місяць росія випустила по Україні понад 5 600 дронів і 97 ракет. Ще 310 безпілотників "
     "локаційно втрачено внаслідок протидії засобами РЕБ.\n\nЗ початку року українська ППО знищила близько 41 тисячі "
     "дронів, зазначили в Повітряних силах. Наймасованішу атаку місяця ворог здійснив у ніч на 23 листопада, коли "
     "запустив 476 дронів.\n\nВідбиття атак здійснювали авіація, зенітні ракетні війська, підрозділи РЕБ і мобільні "
     "вогневі групи Сил оборони. У Повітряних силах закликали українців не ігнорувати сигнали повітряної тривоги.",
     "2025-12-01",
     {"russia drones destroyed 41000 approx period@2025-01-01 ua_officials 2025-12-01",
      "russia drones destroyed 5000 at_least period/30@2025-11-01 ua_officials 2025-11-30",
      "russia drones destroyed 5140 exact period/30@2025-11-01 ua_officials 2025-11-30",
      "russia drones losses 310 exact period/30@2025-11-01 ua_officials 2025-11-30",
      "russia missiles destroyed 62 exact period/30@2025-11-01 ua_officials 2025-11-30"}),
    # a city council's post: the dead buried in a week it names (children among them), the wounded brought to
    # hospitals that week and those in a serious condition among them; those discharged are no new count; the
    # council 'нагадує' its count since the full-scale invasion (its own, said again)
    (
     "Суми: за тиждень поховали дев'ятьох загиблих від обстрілів\n\nЗ 24 по 30 листопада у громаді поховали "
     "дев'ятьох мешканців, які загинули внаслідок російських ударів, повідомляє Сумська міська рада. Серед них — двоє "
     "дітей.\n\nЗа тиждень до міських лікарень доправили 54 поранених, 23 з них уже виписали додому. Восьмеро "
     "перебувають у важкому стані.\n\nМіська рада нагадує: з початку повномасштабного вторгнення в громаді загинули "
     "412 цивільних, ще понад 1 700 отримали поранення. У місті триває збір крові для поранених, донорів просять "
     "звертатися до обласної станції переливання крові. Міський голова висловив співчуття родинам загиблих і "
     "подякував медикам за їхню роботу. Пам'ять загиблих у громаді щодня вшановують хвилиною мовчання.",
     "2025-12-01",
     {"ukraine civilians killed 2 exact period/7@2025-11-24 ua_officials 2025-11-30",
      "ukraine civilians killed 412 exact cumulative ua_officials 2025-12-01",
      "ukraine civilians killed 9 exact period/7@2025-11-24 ua_officials 2025-11-30",
      "ukraine civilians wounded 1700 at_least cumulative ua_officials 2025-12-01",
      "ukraine civilians wounded 54 exact period/7@2025-11-24 ua_officials 2025-11-30",
      "ukraine civilians wounded 8 exact period/7@2025-11-24 ua_officials 2025-11-30"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("Обласна військова адміністрація нагадує, що з початку року в області загинули 57 цивільних.",
     {"ukraine civilians killed 57 exact period@2025-01-01 ua_officials 2025-12-01"}),
    ("Очільник ОВА нагадує: від початку вторгнення загинули 300 мирних жителів.",
     {"ukraine civilians killed 300 exact cumulative ua_officials 2025-12-01"}),
    # (the writer's own recap names no source)
    ("Нагадуємо, від початку вторгнення в області загинули 300 мирних жителів.",
     {"ukraine civilians killed 300 exact cumulative None 2025-12-01"}),
])
def test_a_body_reminding_of_its_count_is_its_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Після удару по Харкову госпіталізували 30 поранених, 12 з них уже виписали.",
     {"ukraine civilians wounded 30 exact period None 2025-12-01"}),
    ("Унаслідок обстрілу поранено 14 людей. Сімох із них виписали з лікарні.",
     {"ukraine civilians wounded 14 exact period None 2025-12-01"}),
])
def test_the_wounded_discharged_are_no_new_count(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (round 34b: a weekend over on the Monday is dated by its Sunday, the span's last day, as the spec has it)
    ("Загалом за вихідні над областю збито 40 дронів.", {"russia drones destroyed 40 exact period None 2025-11-30"}),
    ("Усього на вихідних у Харкові загинули 6 людей.", {"ukraine people killed 6 exact period None 2025-11-30"}),
])
def test_a_weekends_total_is_the_weekends(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-01") == expected
