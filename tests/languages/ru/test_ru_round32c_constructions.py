"""Russian constructions left by rounds 32 and 32b, read in wordings of their own (in Ukrainian in
tests/languages/uk/test_uk_round32c_constructions.py); each line is "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # parts of a whole told apart by where each fell: the part at the front is soldiers, the part before it, with no
    # word of the army in its own clause, civilians (not soldiers by the words of the part after)
    ("С начала войны погибли 212 медиков. Из них 40 человек погибли на рабочих местах, еще 172 — на фронте, "
     "защищая страну.",
     {"ukraine civilians killed 212 exact cumulative None 2025-12-06",
      "ukraine civilians killed 40 exact cumulative None 2025-12-06",
      "ukraine personnel killed 172 exact cumulative None 2025-12-06"}),
    ("С начала полномасштабного вторжения погибли 95 работников завода. Из них 30 человек погибли дома, еще 65 — на "
     "войне.",
     {"ukraine people killed 95 exact cumulative None 2025-12-06",
      "ukraine civilians killed 30 exact cumulative None 2025-12-06",
      "ukraine personnel killed 65 exact cumulative None 2025-12-06"}),
])
def test_the_part_before_the_front_is_civilians(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # soldiers' slang written in digits is read as the words ("«200-х»" the killed, "«300-х»" the wounded); the enemy
    # after "у" in the genitive ("у противника") is whose they are, not a place
    ("На прошлой неделе у противника на нашем направлении не менее 120 «200-х» и 300 «300-х», рассказал командир "
     "бригады ВСУ.",
     {"russia personnel killed 120 at_least period/7 ua_officials 2025-12-06",
      "russia personnel wounded 300 exact period/7 ua_officials 2025-12-06"}),
    ("За сутки в батальоне двое «200-х», еще пятеро — «300-е», сообщил комбат ВСУ.",
     {"ukraine personnel killed 2 exact period/1 ua_officials 2025-12-06",
      "ukraine personnel wounded 5 exact period/1 ua_officials 2025-12-06"}),
])
def test_the_slang_in_digits_is_read_as_the_words(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a blogger who says it in a post is the figures' source, of no side (other); (a person named by a common noun
    # is pinned below)
    ("Блогер написал в телеграме, что с начала года погибли не менее 2 000 мобилизованных россиян.",
     {"russia personnel killed 2000 at_least period@2025-01-01 other 2025-12-06"}),
])
def test_a_person_in_a_post_is_the_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "уже": what a side says it destroyed, with no span, is the count so far (a running count), as in Ukrainian;
    # without it, one event (tests/languages/ru/test_ru_unseen_round32b.py)
    ("СБУ утверждает, что на стороне России воюют около 2 000 наемников и что более 500 из них уже уничтожены.",
     {"russia personnel killed 500 at_least cumulative ua_officials 2025-12-06"}),
    ("Минобороны России заявило, что уже уничтожено более 300 иностранных наемников.",
     {"ukraine personnel killed 300 at_least cumulative ru_mod 2025-12-06"}),
])
def test_already_destroyed_is_the_count_so_far(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


# (pinned in round 32c; read since round 33b: a person by a common noun as the subject of a verb of saying is a
# source, slavic/person_source.py)
def test_a_person_in_a_post_is_the_source_pinned() -> None:
    assert described("Мужчина опубликовал в телеграме пост, в котором утверждал, что с начала вторжения погибли более "
                     "500 мобилизованных россиян.", "2025-12-06") == {
        "russia personnel killed 500 at_least cumulative other 2025-12-06"}
