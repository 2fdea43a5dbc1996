"""Russian whole texts, round 12 (written for these tests) in styles the first eleven rounds lack.
Each case lists every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". A text the extractor does not yet read whole is
marked xfail (strict) with what it misses.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS: list[tuple[str, str, set[str]]] = [
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("Российские средства ПВО сбили над Запорожской областью три украинских Су-25, сообщили в Минобороны России.",
     {"ukraine aircraft destroyed 3 exact period ru_mod 2025-06-10"}),
    ("Минобороны России сообщило, что за сутки уничтожены два Ми-8 и один МиГ-29 ВСУ.",
     {"ukraine helicopters destroyed 2 exact period/1 ru_mod 2025-06-10",
      "ukraine aircraft destroyed 1 exact period/1 ru_mod 2025-06-10"}),
])
def test_a_model_written_bare_after_a_count(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Оба члена экипажа бомбардировщика, потерпевшего крушение под Курском, погибли, сообщил губернатор.",
     {"russia personnel killed 2 exact period ru_officials 2025-06-10"}),
    ("Трое членов экипажа истребителя погибли при крушении, сообщил глава региона.",
     {"russia personnel killed 3 exact period ru_officials 2025-06-10"}),
])
def test_a_warplanes_crew_a_regions_head_says_died(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("С начала вторжения погибли 60 работников связи, сообщили в компании. Большинство из них служили в армии, а 11 "
     "погибли при исполнении профессиональных обязанностей.",
     {"ukraine people killed 60 exact cumulative None 2025-06-10",
      "ukraine civilians killed 11 exact cumulative None 2025-06-10"}),
    ("С начала года погибли 30 энергетиков, сообщили в компании. Часть из них работала на подстанциях, а 9 погибли "
     "при исполнении профессиональных обязанностей.",
     {"ukraine civilians killed 30 exact period@2025-01-01 None 2025-06-10",
      "ukraine civilians killed 9 exact period@2025-01-01 None 2025-06-10"}),
])
def test_a_part_of_those_after_most_of_them(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("В прошлом году погибли 9 медиков. Не менее 20 врачей до сих пор остаются в плену.",
     {"ukraine civilians killed 9 exact period@2024-01-01 None 2024-12-31",
      "ukraine civilians captured 20 at_least cumulative None 2025-06-10"}),
    ("В 2024 году погибли 12 мирных жителей района. По сей день в плену остаются 40 жителей.",
     {"ukraine civilians killed 12 exact period@2024-01-01 None 2024-12-31",
      "ukraine civilians captured 40 exact cumulative None 2025-06-10"}),
])
def test_still_held_is_as_things_stand_now(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Минобороны России сообщило, что за ночь над Курской областью сбиты 30 беспилотников.\n\n«Известия» "
     "направили запрос в администрацию завода. В апреле при похожей атаке погибли двое рабочих предприятия.",
     {"ukraine drones destroyed 30 exact period/1 ru_mod 2025-06-10",
      "russia civilians killed 2 exact period/30@2025-04-01 None 2025-04-30"}),
    ("Губернатор сообщил, что ранены трое жителей Белгорода.\n\nРедакция обратилась за комментарием в мэрию. "
     "В прошлом году в городе погибли 25 мирных жителей.",
     {"russia civilians wounded 3 exact period ru_officials 2025-06-10",
      "russia civilians killed 25 exact period@2024-01-01 None 2024-12-31"}),
])
def test_the_outlet_asking_for_comment_ends_the_source_before(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


def test_civilians_with_no_place_are_those_counted_before() -> None:
    assert described("Губернатор сообщил, что ранены двое рабочих завода.\n\nРедакция направила запрос в компанию. "
                     "В мае при аналогичном ударе погиб один сотрудник, еще трое были ранены.", "2025-06-10") == {
        "russia civilians wounded 2 exact period ru_officials 2025-06-10",
        "russia civilians killed 1 exact period/31@2025-05-01 None 2025-05-31",
        "russia civilians wounded 3 exact period/31@2025-05-01 None 2025-05-31"}
