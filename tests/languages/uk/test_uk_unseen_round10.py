"""Ukrainian whole texts, round 10 (written for these tests) in styles the first nine rounds lack.
Each case lists every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". A text the extractor does not yet read whole is
marked xfail (strict) with what it misses.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS: list = [
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("Окупанти залишили на полі 14 танків, повідомили в бригаді.",
     {"russia tanks losses 14 exact cumulative ua_officials 2025-02-11"}),
    ("За тиждень штурмів ворог залишив на полі бою 30 бронемашин.",
     {"russia armoured_vehicles losses 30 exact period/7 None 2025-02-11"}),
])
def test_equipment_left_on_the_field_is_lost(text: str, expected: set[str]) -> None:
    assert described(text, "2025-02-11") == expected


def test_people_who_leave_are_still_no_loss() -> None:
    assert described("За тиждень 14 родин залишили село через обстріли.", "2025-02-11") == set()


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("У неділю в Луцьку провели в останню путь двох захисників, які загинули на Донеччині.", "2025-03-10",
     {"ukraine personnel killed 2 exact period None 2025-03-09"}),
    ("У суботу в селі попрощалися з трьома захисниками, які загинули під Покровськом.", "2025-03-15",
     {"ukraine personnel killed 3 exact period None 2025-03-15"}),
    # (a weekday by the deaths themselves is still their day)
    ("У суботу на Куп'янському напрямку загинули двоє захисників.", "2025-03-15",
     {"ukraine personnel killed 2 exact period/1 None 2025-03-15"}),
])
def test_a_funerals_day_is_not_the_day_of_the_deaths(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Унаслідок удару по ТЕС загинули двоє енергетиків. Від початку вторгнення загинули 40 працівників компанії, "
     "зокрема на фронті.",
     {"ukraine civilians killed 2 exact period None 2024-12-06",
      "ukraine people killed 40 exact cumulative None 2024-12-06"}),
    ("Внаслідок обстрілу лікарні загинули двоє медиків. Від початку вторгнення загинули 60 медиків, ще 150 поранені, "
     "у тому числі на фронті.",
     {"ukraine civilians killed 2 exact period None 2024-12-06",
      "ukraine people killed 60 exact cumulative None 2024-12-06",
      "ukraine people wounded 150 exact cumulative None 2024-12-06"}),
    # (residents dead at the war, all of them, are still soldiers)
    ("Загинули 300 мешканців Харкова, які воювали на фронті.",
     {"ukraine personnel killed 300 exact cumulative None 2024-12-06"}),
])
def test_workers_dead_some_of_them_at_the_front_are_people(text: str, expected: set[str]) -> None:
    assert described(text, "2024-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Внаслідок удару загинули 40 українських енергетиків.",
     {"ukraine civilians killed 40 exact period None 2025-01-15"}),
    ("Від початку повномасштабного вторгнення росії загинули 112 українських медійників.",
     {"ukraine people killed 112 exact cumulative None 2025-01-15"}),
])
def test_people_of_a_trade_with_adjectives_before_them(text: str, expected: set[str]) -> None:
    assert described(text, "2025-01-15") == expected
