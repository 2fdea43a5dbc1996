"""Russian titles of office with a nation named after them (round 34c; in Ukrainian in
tests/languages/uk/test_uk_round34c_constructions.py): a title followed by a nation's name in the genitive is that
nation's source, whatever the bare title names; each line is "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described

from lossledger.extract import extract_claims


@pytest.mark.parametrize(("text", "expected"), [
    # a defence minister's title with a nation after it: that nation's defence ministry (was ru_mod, the bare
    # title's), with the name after it or not, in any case
    ("Министр обороны Украины Алексей Петренко заявил, что за неделю погибли 300 российских военных.",
     {"russia personnel killed 300 exact period/7 ua_mod 2025-12-06"}),
    ("По словам министра обороны Украины, погибли 250 российских военных.",
     {"russia personnel killed 250 exact cumulative ua_mod 2025-12-06"}),
    ("Заместитель министра обороны Украины сообщил, что погибли 210 российских военных.",
     {"russia personnel killed 210 exact cumulative ua_mod 2025-12-06"}),
    # (whose losses follow the source: a defence ministry's figure of no side is the enemy's)
    ("Министр обороны Украины заявил, что за сутки уничтожены 50 танков.",
     {"russia tanks destroyed 50 exact period/1 ua_mod 2025-12-06"}),
    # the UK's: its ministry and its speakers uk_mod; its minister, as its other government, uk_officials
    ("Министр обороны Великобритании заявил, что погибли 300 российских военных.",
     {"russia personnel killed 300 exact cumulative uk_officials 2025-12-06"}),
    ("По данным министерства обороны Великобритании, погибли 400 российских военных.",
     {"russia personnel killed 400 exact cumulative uk_mod 2025-12-06"}),
    ("Пресс-секретарь Минобороны Британии заявил, что погибли 320 российских военных.",
     {"russia personnel killed 320 exact cumulative uk_mod 2025-12-06"}),
    ("Премьер-министр Великобритании заявил, что погибли 330 российских военных.",
     {"russia personnel killed 330 exact cumulative uk_officials 2025-12-06"}),
    # the US's: its officials, whatever the title
    ("Министр обороны США заявил, что погибли 310 российских военных.",
     {"russia personnel killed 310 exact cumulative us_officials 2025-12-06"}),
    ("Как сообщил посол США в ООН, погибли 340 российских военных.",
     {"russia personnel killed 340 exact cumulative us_officials 2025-12-06"}),
    # another government's: other
    ("Министр иностранных дел Франции заявил, что погибли 350 российских военных.",
     {"russia personnel killed 350 exact cumulative other 2025-12-06"}),
    ("Как заявил глава МИД Германии, погибли 120 российских военных.",
     {"russia personnel killed 120 exact cumulative other 2025-12-06"}),
    ("Министр здравоохранения Германии заявил, что погибли 360 российских военных.",
     {"russia personnel killed 360 exact cumulative other 2025-12-06"}),
    ("Посол Франции в Киеве сообщил, что погибли 12 мирных жителей.",
     {"ukraine civilians killed 12 exact period other 2025-12-06"}),
    # Russia's chief of the general staff: ru_mod (was ua_general_staff, the bare "Генштаб")
    ("Начальник Генерального штаба России заявил, что уничтожены 20 украинских танков.",
     {"ukraine tanks destroyed 20 exact period ru_mod 2025-12-06"}),
    ("Начальник Генштаба РФ заявил, что погибли 370 украинских военных.",
     {"ukraine personnel killed 370 exact cumulative ru_mod 2025-12-06"}),
    # (as before: the bare title, a side named only after a mark, a name the profile lists whole)
    ("Министр обороны заявил, что Украина потеряла 300 военных.",
     {"ukraine personnel losses 300 exact cumulative ru_mod 2025-12-06"}),
    ("Министр обороны России Сергей Шойгу заявил, что погибли 380 украинских военных.",
     {"ukraine personnel killed 380 exact cumulative ru_mod 2025-12-06"}),
    ("Официальный представитель Минобороны Украины сообщил, что погибли 200 российских военных.",
     {"russia personnel killed 200 exact cumulative ua_mod 2025-12-06"}),
    ("Офис президента Украины сообщил, что погибли 390 российских военных.",
     {"russia personnel killed 390 exact cumulative ua_president 2025-12-06"}),
])
def test_a_title_with_a_nation_after_it_is_the_nations(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


def test_the_source_is_written_with_its_nation_and_name() -> None:
    claims = extract_claims("Министр обороны Украины Алексей Петренко заявил, что погибли 300 российских военных.",
                            published="2025-12-06")
    assert [(c.claimant, c.claimant_text) for c in claims] == [("ua_mod", "Министр обороны Украины Алексей Петренко")]
