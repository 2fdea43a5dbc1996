"""Ukrainian titles of office with a nation named after them (round 34c; in Russian in
tests/languages/ru/test_ru_round34c_constructions.py): a title followed by a nation's name in the genitive is that
nation's source, whatever the bare title names; each line is "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described

from lossledger.extract import extract_claims


@pytest.mark.parametrize(("text", "expected"), [
    # a defence minister's title with a nation after it: that nation's defence ministry (was ua_mod, the bare
    # title's), with the name after it or not, in any case
    ("Міністр оборони Росії Андрій Петров заявив, що загинули 300 українських військових.",
     {"ukraine personnel killed 300 exact cumulative ru_mod 2025-12-06"}),
    ("За словами міністра оборони Росії, загинули 310 українських військових.",
     {"ukraine personnel killed 310 exact cumulative ru_mod 2025-12-06"}),
    ("Заступник міністра оборони Росії заявив, що загинули 320 українських військових.",
     {"ukraine personnel killed 320 exact cumulative ru_mod 2025-12-06"}),
    # (whose losses follow the source: a defence ministry's figure of no side is the enemy's)
    ("Міністр оборони Росії заявив, що за добу знищено 30 танків.",
     {"ukraine tanks destroyed 30 exact period/1 ru_mod 2025-12-06"}),
    # Russia's chief of the general staff: ru_mod (was ua_general_staff, the bare "Генштаб"); Ukraine's, its staff's
    ("Начальник Генштабу Росії Валерій Петров заявив, що загинули 330 українських військових.",
     {"ukraine personnel killed 330 exact cumulative ru_mod 2025-12-06"}),
    ("За словами начальника Генерального штабу України, загинули 340 російських військових.",
     {"russia personnel killed 340 exact cumulative ua_general_staff 2025-12-06"}),
    # Russia's president and his speaker: its officials (was ua_president, the bare "президент")
    ("Президент Росії заявив, що загинули 350 українських військових.",
     {"ukraine personnel killed 350 exact cumulative ru_officials 2025-12-06"}),
    ("Прессекретар президента Росії заявив, що загинули 360 українських військових.",
     {"ukraine personnel killed 360 exact cumulative ru_officials 2025-12-06"}),
    # the UK's: its ministry and its speakers uk_mod; its minister, as its other government, uk_officials
    ("Міністр оборони Великої Британії заявив, що загинули 370 російських військових.",
     {"russia personnel killed 370 exact cumulative uk_officials 2025-12-06"}),
    ("Речник Міноборони Великої Британії повідомив, що загинули 380 російських військових.",
     {"russia personnel killed 380 exact cumulative uk_mod 2025-12-06"}),
    ("За словами прем'єр-міністра Великої Британії, загинули 390 російських військових.",
     {"russia personnel killed 390 exact cumulative uk_officials 2025-12-06"}),
    # the US's: its officials, whatever the title
    ("За даними міністерства оборони США, загинули 400 російських військових.",
     {"russia personnel killed 400 exact cumulative us_officials 2025-12-06"}),
    ("Посол США в Україні повідомила, що загинули 410 російських військових.",
     {"russia personnel killed 410 exact cumulative us_officials 2025-12-06"}),
    # another government's: other; NATO's: western_officials
    ("Міністр закордонних справ Франції заявив, що загинули 420 російських військових.",
     {"russia personnel killed 420 exact cumulative other 2025-12-06"}),
    ("Міністерка оборони Канади заявила, що загинули 430 російських військових.",
     {"russia personnel killed 430 exact cumulative other 2025-12-06"}),
    ("Міністр охорони здоров'я Польщі повідомив, що загинули 440 російських військових.",
     {"russia personnel killed 440 exact cumulative other 2025-12-06"}),
    ("Генсек НАТО заявив, що загинули 450 російських військових.",
     {"russia personnel killed 450 exact cumulative western_officials 2025-12-06"}),
    # (as before: the bare title, a side named only after a mark, a name the profile lists whole)
    ("Міністр оборони заявив, що Росія втратила 300 військових.",
     {"russia personnel losses 300 exact cumulative ua_mod 2025-12-06"}),
    ("Міністр оборони України Рустем Умєров заявив, що загинули 460 російських військових.",
     {"russia personnel killed 460 exact cumulative ua_mod 2025-12-06"}),
    ("Офіс президента України повідомив, що загинули 470 російських військових.",
     {"russia personnel killed 470 exact cumulative ua_president 2025-12-06"}),
])
def test_a_title_with_a_nation_after_it_is_the_nations(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


def test_the_source_is_written_with_its_nation_and_name() -> None:
    claims = extract_claims("Міністр оборони Росії Андрій Петров заявив, що загинули 300 українських військових.",
                            published="2025-12-06")
    assert [(c.claimant, c.claimant_text) for c in claims] == [("ru_mod", "Міністр оборони Росії Андрій Петров")]


@pytest.mark.parametrize(("text", "expected"), [
    # a bare minister after the title with its nation in the sentence before: that nation's (the first was ua_mod, the
    # title's without its nation)
    ("Міністр оборони Росії виступив на колегії. За словами міністра, загинули 300 українських військових.",
     {"ukraine personnel killed 300 exact cumulative ru_mod 2025-12-06"}),
    ("Міністр закордонних справ Франції виступив у парламенті. Міністр заявив, що загинули 310 російських військових.",
     {"russia personnel killed 310 exact cumulative other 2025-12-06"}),
    # (as before: the title named before without a nation)
    ("Міністр оборони виступив у Раді. За словами міністра, загинули 320 російських військових.",
     {"russia personnel killed 320 exact cumulative ua_mod 2025-12-06"}),
])
def test_a_bare_minister_is_the_one_named_before_with_his_nation(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
