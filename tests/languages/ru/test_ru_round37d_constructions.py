"""Russian constructions left this session (round 37d), each read in wordings of its own (written for these tests;
in Ukrainian in tests/languages/uk/test_uk_round37d_constructions.py): a foreign minister, bare or with the side's
adjective, is the state's other officials, not its defence ministry; "за это время" after a span named in its own
sentence, or past a word of how often ("ежедневно"), is that span; "киевский режим" is who attacked."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("Министр иностранных дел заявил, что ВСУ за неделю потеряли до 3 000 военнослужащих.",
     {"ukraine personnel losses 3000 at_most period/7 ru_officials 2026-11-30"}),
    ("Российский министр иностранных дел заявил, что ВСУ за неделю потеряли до 2 400 военнослужащих.",
     {"ukraine personnel losses 2400 at_most period/7 ru_officials 2026-11-30"}),
    ("По словам российского министра иностранных дел, за месяц ВСУ лишились 9 000 военных.",
     {"ukraine personnel losses 9000 exact period/30 ru_officials 2026-11-30"}),
    ("Российский министр внутренних дел сообщил, что за сутки ранены 7 мирных жителей.",
     {"russia civilians wounded 7 exact period/1 ru_officials 2026-11-30"}),
    # (the defence minister with the side's adjective stays the defence ministry)
    ("Российский министр обороны сообщил, что ВСУ за неделю потеряли до 3 100 военнослужащих.",
     {"ukraine personnel losses 3100 at_most period/7 ru_mod 2026-11-30"}),
    # (a portfolio in the genitive that is no title of office in the grammar, "здравоохранения", after the side's
    # "российский министр": read since round 38t, slavic/portfolio_title.py)
    ("Российский министр здравоохранения сообщил, что за сутки ранены 16 мирных жителей.",
     {"russia civilians wounded 16 exact period/1 ru_officials 2026-11-30"}),
])
def test_a_minister_with_a_portfolio(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("С 1 по 15 мая город обстреливали, за это время погибли 6 мирных жителей.",
     {"ukraine civilians killed 6 exact period/15@2026-05-01 None 2026-05-15"}),
    ("Со 2 по 9 марта поселок ежедневно атаковали дроны, за это время погибли четверо мирных жителей.",
     {"ukraine civilians killed 4 exact period/8@2026-03-02 None 2026-03-09"}),
    ("С начала года город обстреливают ежедневно. За это время погибли 40 мирных жителей.",
     {"ukraine civilians killed 40 exact period@2026-01-01 None 2026-11-30"}),
    ("Ежедневно с 1 ноября оккупанты обстреливают город. За это время погибли 12 мирных жителей.",
     {"ukraine civilians killed 12 exact period@2026-11-01 None 2026-11-30"}),
])
def test_this_time_after_a_span(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("В результате обстрела киевского режима погибли 3 мирных жителя.",
     {"russia civilians killed 3 exact period None 2026-11-30"}),
])
def test_the_kyiv_regime_attacked(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected
