"""Russian constructions rounds 33 and 33b left, read in wordings of their own (round 33d; in Ukrainian in
tests/languages/uk/test_uk_round33d_constructions.py); each line is "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # a spell of shelling told as an event ("во время обстрелов", as "при обстрелах" and Ukrainian "під час
    # обстрілів"): a period, soldiers too (was a running total)
    ("Во время обстрелов погибли 14 военных.",
     {"ukraine personnel killed 14 exact period None 2025-12-06"}),
    ("Во время обстрела позиций погибли 9 военных.",
     {"ukraine personnel killed 9 exact period None 2025-12-06"}),
    ("Во время атаки дронов погибли трое военных.",
     {"ukraine personnel killed 3 exact period None 2025-12-06"}),
    # (as before: "при обстрелах", and civilians)
    ("При обстрелах погибли 16 военных.",
     {"ukraine personnel killed 16 exact period None 2025-12-06"}),
    ("Во время обстрелов погибли 13 мирных жителей.",
     {"ukraine civilians killed 13 exact period None 2025-12-06"}),
    # since the war began, before the event's lead ("с начала вторжения во время обстрелов"): a running total ("во
    # время" is a time, not a place invaded; was a period)
    ("С начала вторжения во время обстрелов погибли 130 мирных жителей.",
     {"ukraine civilians killed 130 exact cumulative None 2025-12-06"}),
    ("С начала войны во время обстрелов погибли 75 военных.",
     {"ukraine personnel killed 75 exact cumulative None 2025-12-06"}),
    # (an incursion into a place is still a period; a part of shellings under a running whole takes its span)
    ("С начала вторжения в Курскую область погибли 140 военных.",
     {"ukraine personnel killed 140 exact period None 2025-12-06"}),
    ("С начала войны погибли 60 шахтеров. Из них 45 погибли на фронте, еще 15 — во время обстрелов.",
     {"ukraine people killed 60 exact cumulative None 2025-12-06",
      "ukraine personnel killed 45 exact cumulative None 2025-12-06",
      "ukraine civilians killed 15 exact cumulative None 2025-12-06"}),
])
def test_a_spell_of_shelling_is_a_period(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title split by its place's adjective ("глава Каменского района", as "глава района"): officials of the state
    # of the place where the war's words know it, else of the text's own
    ("Глава Сосновского района сообщил в своем канале, что при обстреле погибли 5 человек.",
     {"russia civilians killed 5 exact period ru_officials 2025-12-06"}),
    ("Глава Ольховского муниципального округа написал, что в результате атаки дронов ранены 7 жителей.",
     {"russia civilians wounded 7 exact period ru_officials 2025-12-06"}),
    ("Глава Херсонского района сообщил, что при обстреле погибли 2 человека.",
     {"ukraine civilians killed 2 exact period ua_officials 2025-12-06"}),
    ("Глава Луговской громады написал в фейсбуке, что в результате обстрела оккупантов погибли 3 жителя.",
     {"ukraine civilians killed 3 exact period ua_officials 2025-12-06"}),
    # (the region named after the split title is its state's)
    ("Глава Луговского района Херсонской области сообщил, что при обстреле погибли 6 человек.",
     {"ukraine civilians killed 6 exact period ua_officials 2025-12-06"}),
    # (as before: the place after the title)
    ("Глава района Херсонской области сообщил, что при обстреле погибли 4 человека.",
     {"ukraine civilians killed 4 exact period ua_officials 2025-12-06"}),
])
def test_a_title_split_by_its_place(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a death told by a noun after a verb of saying ("сообщил о гибели двух бойцов"): the speaker's own dead, its army
    # named with it or not
    ("Полк в составе ВСУ сообщил о гибели трех бойцов.",
     {"ukraine personnel killed 3 exact cumulative ua_officials 2025-12-06"}),
    ("Полк ВС РФ сообщил о гибели четырех военных за неделю.",
     {"russia personnel killed 4 exact period/7 ru_officials 2025-12-06"}),
    # (a side named with the dead still tells whose they are)
    ("Минобороны России сообщило о гибели 45 военнослужащих ВСУ.",
     {"ukraine personnel killed 45 exact cumulative ru_mod 2025-12-06"}),
])
def test_a_death_told_by_a_noun_after_a_verb_of_saying(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part whose verb of dying is left out after a dash, told only where they died, captivity: killed there
    ("Еще 22 военных погибли на фронте, а пятеро — в плену.",
     {"ukraine personnel killed 22 exact cumulative None 2025-12-06",
      "ukraine personnel killed 5 exact cumulative None 2025-12-06"}),
    ("Еще 22 мирных жителя погибли в результате обстрелов, а пятеро — в плену.",
     {"ukraine civilians killed 22 exact cumulative None 2025-12-06",
      "ukraine people killed 5 exact cumulative None 2025-12-06"}),
    # (not a part held captive, with a verb of its own)
    ("Еще 22 военных погибли на фронте, а пятеро до сих пор находятся в плену.",
     {"ukraine personnel killed 22 exact cumulative None 2025-12-06",
      "ukraine personnel captured 5 exact cumulative None 2025-12-06"}),
])
def test_a_part_that_died_in_captivity(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
