"""Ukrainian constructions rounds 33 and 33b left, read in wordings of their own (round 33d; in Russian in
tests/languages/ru/test_ru_round33d_constructions.py); each line is "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # a spell of shelling told as an event ("під час обстрілів"): a period, as in Russian (checked, as before)
    ("Під час обстрілів загинули 14 цивільних.",
     {"ukraine civilians killed 14 exact period None 2025-12-06"}),
    ("Під час обстрілу позицій загинули 9 військових.",
     {"russia personnel killed 9 exact period None 2025-12-06"}),
    # since the war began: a running total
    ("Від початку вторгнення під час обстрілів загинули 130 цивільних.",
     {"ukraine civilians killed 130 exact cumulative None 2025-12-06"}),
    ("З початку війни під час обстрілів загинули 85 людей.",
     {"ukraine civilians killed 85 exact cumulative None 2025-12-06"}),
])
def test_a_spell_of_shelling_is_a_period(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title split by its place's adjective ("голова Кам'янської громади", as "голова громади"): officials of the
    # state of the place where the war's words know it, else of the text's own
    ("Голова Вільшанської громади повідомив, що внаслідок обстрілу загинули 4 людини.",
     {"ukraine civilians killed 4 exact period ua_officials 2025-12-06"}),
    ("Голова Липівської сільської громади написав у телеграмі, що під час атаки дронів поранено 5 мешканців.",
     {"ukraine civilians wounded 5 exact period ua_officials 2025-12-06"}),
    ("Очільник Бєлгородського району повідомив, що внаслідок атаки загинули 3 людини.",
     {"russia civilians killed 3 exact period ru_officials 2025-12-06"}),
    # (as before: the place after the title)
    ("Голова району Бєлгородщини написав у телеграмі, що внаслідок атаки загинули 2 людини.",
     {"russia civilians killed 2 exact period ru_officials 2025-12-06"}),
])
def test_a_title_split_by_its_place(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a death told by a noun after a verb of saying ("повідомив про загибель двох бійців"): the speaker's own dead
    # (was the usual target of Ukraine's officials, Russia)
    ("Полк у складі ЗСУ повідомив про загибель трьох бійців.",
     {"ukraine personnel killed 3 exact cumulative ua_officials 2025-12-06"}),
    ("Бригада повідомила про загибель п'ятьох бійців за тиждень.",
     {"ukraine personnel killed 5 exact period/7 ua_officials 2025-12-06"}),
    # (a side named with the dead still tells whose they are)
    ("Міноборони Росії повідомило про загибель 210 українських військових.",
     {"ukraine personnel killed 210 exact cumulative ru_mod 2025-12-06"}),
    ("Генштаб повідомив про загибель 1300 окупантів.",
     {"russia personnel killed 1300 exact cumulative ua_general_staff 2025-12-06"}),
])
def test_a_death_told_by_a_noun_after_a_verb_of_saying(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part whose verb of dying is left out after a dash, told only where they died, captivity, after a part told
    # how its own died: killed there (was captured); beside civilians before it, people of a kind not told
    ("Ще 25 музикантів загинули внаслідок обстрілів, а четверо — у полоні.",
     {"ukraine civilians killed 25 exact cumulative None 2025-12-06",
      "ukraine people killed 4 exact cumulative None 2025-12-06"}),
    ("З початку вторгнення 18 акторів загинули внаслідок ракетних ударів, а троє — в окупації чи полоні.",
     {"ukraine civilians killed 18 exact cumulative None 2025-12-06",
      "ukraine people killed 3 exact cumulative None 2025-12-06"}),
    # (beside soldiers who fell at the front, soldiers)
    ("Ще 20 українських бійців загинули на фронті, а шестеро — у полоні.",
     {"ukraine personnel killed 20 exact cumulative None 2025-12-06",
      "ukraine personnel killed 6 exact cumulative None 2025-12-06"}),
    # (not a part held captive: six more with no way of dying told before, or a verb of their own)
    ("Загинули 20 українських військових, ще 6 — у полоні.",
     {"ukraine personnel killed 20 exact cumulative None 2025-12-06",
      "ukraine personnel captured 6 exact cumulative None 2025-12-06"}),
    ("Ще 20 українських бійців загинули на фронті, а шестеро — досі перебувають у полоні.",
     {"ukraine personnel killed 20 exact cumulative None 2025-12-06",
      "ukraine personnel captured 6 exact cumulative None 2025-12-06"}),
])
def test_a_part_that_died_in_captivity(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
