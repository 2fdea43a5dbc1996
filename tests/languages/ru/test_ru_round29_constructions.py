"""Russian wordings of the constructions read in tests/languages/uk/test_uk_round29_constructions.py: soldiers a
president says died, no side named, are his own state's; a side that lost its soldiers "убитыми" (a participle in
the instrumental: how it lost them, no one's act of destroying), no span named, lost them over the war; a prosecutor
("прокурор области") is his office's speaker, of the state named after the title, else the text's own."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("Президент Украины заявил, что погибли 46 тысяч военных.",
     {"ukraine personnel killed 46000 exact cumulative ua_president 2025-12-06"}),
    ("По словам президента Украины, с начала войны погибли более 45 тысяч военнослужащих.",
     {"ukraine personnel killed 45000 at_least cumulative ua_president 2025-12-06"}),
    ("Президент России заявил, что погибли 20 военных.",
     {"russia personnel killed 20 exact cumulative ru_officials 2025-12-06"}),
])
def test_the_dead_a_president_reports_are_his_own(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Украина потеряла убитыми 500 тысяч военных.",
     {"ukraine personnel killed 500000 exact cumulative None 2025-12-06"}),
    ("ВСУ потеряли ранеными 20 тысяч военных.",
     {"ukraine personnel wounded 20000 exact cumulative None 2025-12-06"}),
    ("Россия потеряла уничтоженными 3 тысячи танков.",
     {"russia tanks destroyed 3000 exact cumulative None 2025-12-06"}),
    # (a span named still bounds it)
    ("За сутки ВСУ потеряли убитыми 300 военных.",
     {"ukraine personnel killed 300 exact period/1 None 2025-12-06"}),
])
def test_a_side_that_lost_its_dead_counts_a_total(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Прокурор области заявил, что погибли 3 мирных жителя.",
     {"russia civilians killed 3 exact period ru_officials 2025-12-06"}),
    ("Прокурор Курской области сообщил, что при обстреле ранены 4 мирных жителя.",
     {"russia civilians wounded 4 exact period ru_officials 2025-12-06"}),
    # (a region of the other state named after the title: that state's)
    ("По словам прокурора Херсонской области, при обстреле ранены 4 мирных жителя.",
     {"ukraine civilians wounded 4 exact period ua_officials 2025-12-06"}),
])
def test_a_prosecutor_is_his_offices_speaker(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (an interview's questions and answers go on in the word of its speaker: in a Russian text a commander is
    # Russia's, his enemy Ukraine)
    ("Командир батальона рассказал журналистам о боях.\n\n— Сколько атак вы отбиваете?\n\n— По десять в день."
     "\n\n— А потери противника?\n\n— За неделю противник потерял 200 военных.",
     {"ukraine personnel losses 200 exact period/7 ru_officials 2025-12-06"}),
])
def test_an_interview_goes_on_in_its_speakers_word(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Командир батальона заявил, что за сутки противник потерял на нашем направлении 150 военных.",
     {"ukraine personnel losses 150 exact period/1 ru_officials 2025-12-06"}),
])
def test_our_sector_is_where_not_whose(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Документы еще о 5 тысячах погибших ожидают проверки.", set()),
    ("Еще 4 тысячи сообщений о погибших военных находятся на проверке.", set()),
    ("По состоянию на 1 декабря проект установил имена 70 000 погибших российских военных. За ноябрь "
     "верифицированы еще 1 200 погибших.\n\nБольше всего погибших — из Башкирии: 5 100 человек.",
     {"russia personnel killed 70000 exact cumulative other 2025-12-01",
      "russia personnel killed 1200 exact period/30@2025-11-01 other 2025-11-30",
      "russia personnel killed 5100 exact cumulative other 2025-12-01"}),
])
def test_a_count_of_names_verified(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (a member of Ukraine's parliament is part of its state; a speaker who "напомнил" says it himself, the writer's
    # "Напомним" is the article's own)
    ("Нардеп сообщил, что в результате обстрела ранены 6 мирных жителей.",
     {"ukraine civilians wounded 6 exact period ua_officials 2025-12-06"}),
    ("Начальник ОВА сообщила, что за сутки погибли двое мирных жителей. Она также напомнила, что с начала года в "
     "области погибли 120 мирных жителей.",
     {"ukraine civilians killed 2 exact period/1 ua_officials 2025-12-06",
      "ukraine civilians killed 120 exact period@2025-01-01 ua_officials 2025-12-06"}),
    ("Напомним, ранее в области погибли 5 мирных жителей.",
     {"ukraine civilians killed 5 exact period None 2025-12-06"}),
])
def test_a_member_of_parliament_and_his_reminder(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
