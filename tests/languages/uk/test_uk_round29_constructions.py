"""Constructions seen and left in round 28, read in round 29 in wordings of their own (and in Russian, in
tests/languages/ru/test_ru_round29_constructions.py): soldiers a president says died, no side named, are his own
state's (as an official's are); a side that lost its soldiers "вбитими", no span named, lost them over the war (a
running total); a prosecutor is his office's speaker, of the state named after the title, else the text's own."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("Президент України заявив, що загинули 46 тисяч військових.",
     {"ukraine personnel killed 46000 exact cumulative ua_president 2025-12-06"}),
    ("За словами Президента, від початку вторгнення загинули понад 45 тисяч військовослужбовців.",
     {"ukraine personnel killed 45000 at_least cumulative ua_president 2025-12-06"}),
    # (a side named still wins; a verb of destroying is his enemy's)
    ("Президент України заявив, що загинули 46 тисяч російських військових.",
     {"russia personnel killed 46000 exact cumulative ua_president 2025-12-06"}),
    ("Президент повідомив, що від початку вторгнення знищено понад 300 тисяч окупантів.",
     {"russia personnel killed 300000 at_least cumulative ua_president 2025-12-06"}),
])
def test_the_dead_a_president_reports_are_his_own(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Росія втратила вбитими 250 тисяч військових.",
     {"russia personnel killed 250000 exact cumulative None 2025-12-06"}),
    ("Україна втратила пораненими 100 тисяч військових.",
     {"ukraine personnel wounded 100000 exact cumulative None 2025-12-06"}),
    # (a span named still bounds it)
    ("За минулу добу росія втратила вбитими 400 військових.",
     {"russia personnel killed 400 exact period/1 None 2025-12-06"}),
])
def test_a_side_that_lost_its_dead_counts_a_total(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Прокурор області повідомив, що загинули 3 мирних жителі.",
     {"ukraine civilians killed 3 exact period ua_officials 2025-12-06"}),
    ("За словами прокурора Харківської області, загинули двоє цивільних.",
     {"ukraine civilians killed 2 exact period ua_officials 2025-12-06"}),
    # (a region of the other state named after the title: that state's)
    ("Прокурор Курської області заявив, що поранено 5 мирних жителів.",
     {"russia civilians wounded 5 exact period ru_officials 2025-12-06"}),
])
def test_a_prosecutor_is_his_offices_speaker(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (found in round 29: an interview's questions and answers go on in the word of its speaker, however many
    # answers without a figure come between)
    ("Командир роти розповів журналістам про бої.\n\n— Скільки атак було вчора?\n\n— Дванадцять.\n\n— А втрати "
     "ворога?\n\n— За добу — 40 загиблих.",
     {"russia personnel killed 40 exact period/1 ua_officials 2025-12-06"}),
    ("Командир батальйону розповів виданню про оборону.\n\n— Як часто вас атакують?\n\n— Щодня, по кілька разів."
     "\n\n— Які втрати противника?\n\n— За тиждень ворог втратив 200 військових.",
     {"russia personnel losses 200 exact period/7 ua_officials 2025-12-06"}),
])
def test_an_interview_goes_on_in_its_speakers_word(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (our word after a word of place, the enemy named: where, not whose)
    ("Командир бригади заявив, що за добу ворог втратив на нашому напрямку 150 військових.",
     {"russia personnel losses 150 exact period/1 ua_officials 2025-12-06"}),
    ("Командир батальйону заявив, що за тиждень окупанти втратили в нашій смузі оборони 90 військових.",
     {"russia personnel losses 90 exact period/7 ua_officials 2025-12-06"}),
])
def test_our_sector_is_where_not_whose(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (a count still to be checked is no loss yet; names verified over a span grow the count, and the figures after
    # go on from the count, not from that span)
    ("Ще 3 тисячі повідомлень про загиблих військових очікують перевірки.", set()),
    ("Станом на 1 грудня проєкт верифікував імена 70 000 загиблих українських військових. За листопад ідентифіковано "
     "ще 1 200 загиблих.\n\nНайбільше загиблих — з Харківщини: 5 100 людей.",
     {"ukraine personnel killed 70000 exact cumulative other 2025-12-01",
      "ukraine personnel killed 1200 exact period/30@2025-11-01 other 2025-11-30",
      "ukraine personnel killed 5100 exact cumulative other 2025-12-01"}),
])
def test_a_count_of_names_verified(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (found in ru round 29: a member of Ukraine's parliament is part of its state; a speaker who "нагадав" says it
    # himself, the writer's "Нагадаємо" is the article's own)
    ("Нардеп написав, що внаслідок обстрілу поранено 6 мирних жителів.",
     {"ukraine civilians wounded 6 exact period ua_officials 2025-12-06"}),
    ("За словами депутата Верховної Ради, з початку року в місті загинули 40 цивільних.",
     {"ukraine civilians killed 40 exact period@2025-01-01 ua_officials 2025-12-06"}),
    ("Народний депутат повідомив, що за добу загинули двоє мирних жителів.\n\nВін також нагадав, що від початку "
     "повномасштабного вторгнення в області загинули понад 900 мирних жителів.",
     {"ukraine civilians killed 2 exact period/1 ua_officials 2025-12-06",
      "ukraine civilians killed 900 at_least cumulative ua_officials 2025-12-06"}),
    ("Нагадаємо, раніше в області загинули 5 мирних жителів.",
     {"ukraine civilians killed 5 exact period None 2025-12-06"}),
])
def test_a_member_of_parliament_and_his_reminder(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
