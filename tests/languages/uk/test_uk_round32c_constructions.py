"""Ukrainian constructions left by rounds 32 and 32b, read in wordings of their own (in Russian in
tests/languages/ru/test_ru_round32c_constructions.py); each line is "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # parts of a whole told apart by where each fell: the part at the front is soldiers, the part before it, with no
    # word of the army in its own clause, civilians (not soldiers by the words of the part after)
    ("Від початку війни загинули 212 медиків. З них 40 людей загинули під час чергування в лікарнях, ще 172 — на "
     "фронті.",
     {"ukraine civilians killed 212 exact cumulative None 2025-12-06",
      "ukraine civilians killed 40 exact cumulative None 2025-12-06",
      "ukraine personnel killed 172 exact cumulative None 2025-12-06"}),
    ("Від початку повномасштабного вторгнення загинули 95 працівників заводу. Із них 30 осіб загинули вдома, ще 65 "
     "— на війні.",
     {"ukraine people killed 95 exact cumulative None 2025-12-06",
      "ukraine civilians killed 30 exact cumulative None 2025-12-06",
      "ukraine personnel killed 65 exact cumulative None 2025-12-06"}),
])
def test_the_part_before_the_front_is_civilians(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # soldiers' slang written in digits is read as the words ("«200-х»" the killed, "«300-х»" the wounded); the enemy
    # after "у" in the genitive ("у ворога") is whose they are, not a place
    ("Минулого тижня у ворога на нашому напрямку щонайменше 120 «200-х» та 300 «300-х», розповів командир бригади.",
     {"russia personnel killed 120 at_least period/7 ua_officials 2025-12-06",
      "russia personnel wounded 300 exact period/7 ua_officials 2025-12-06"}),
    ("За добу в батальйоні троє «200-х», ще шестеро — «300-ті», повідомив комбат.",
     {"ukraine personnel killed 3 exact period/1 ua_officials 2025-12-06",
      "ukraine personnel wounded 6 exact period/1 ua_officials 2025-12-06"}),
])
def test_the_slang_in_digits_is_read_as_the_words(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a blogger who says it in a post is the figures' source, of no side (other); (a person named by a common noun,
    # "жінка опублікувала допис, у якому стверджувала, що", is pinned below: "жінка" in the profile's sources took
    # the wounded "62-річну жінку" of round 18 t0 as a source)
    ("Блогер написав у телеграмі, що з початку року загинули щонайменше 2 000 мобілізованих росіян.",
     {"russia personnel killed 2000 at_least period@2025-01-01 other 2025-12-06"}),
])
def test_a_person_in_a_post_is_the_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "вже" / "уже": what a side says it destroyed, with no span, is the count so far (a running count); without it,
    # one event (tests/languages/uk/test_uk_round32_constructions.py)
    ("Речник СБУ заявив, що на боці росії воюють близько 3 000 найманців і що понад 700 з них уже знищено.",
     {"russia personnel killed 700 at_least cumulative ua_officials 2025-12-06"}),
    ("Генштаб ЗСУ повідомив, що вже знищено понад 300 найманців з Колумбії.",
     {"russia personnel killed 300 at_least cumulative ua_general_staff 2025-12-06"}),
])
def test_already_destroyed_is_the_count_so_far(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


# (pinned in round 32c; read since round 33b: a person by a common noun as the subject of a verb of saying is a
# source, slavic/person_source.py)
def test_a_person_in_a_post_is_the_source_pinned() -> None:
    assert described("Жінка опублікувала у фейсбуці допис, у якому стверджувала, що з початку вторгнення загинули "
                     "понад 500 мобілізованих росіян.", "2025-12-06") == {
        "russia personnel killed 500 at_least cumulative other 2025-12-06"}
