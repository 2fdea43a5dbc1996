"""Russian constructions earlier rounds saw and left (round 36b), each read in wordings of its own (written for
these tests; in Ukrainian in tests/languages/uk/test_uk_round36b_constructions.py): the dead after a sentence telling
who attacked, a city's head in a bracket by the city a line opens on, a holiday's year told as this year or last,
Christmas by the calendar named or by the side the text is written from, a name of the war held at arm's length
("так называемая СВО"), and what came up on the way."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence before tells who attacked, no place the words know: the dead are the attacked side's
    ("ВСУ обстреляли приграничное село.\nПогибли двое мирных жителей.",
     {"russia civilians killed 2 exact period None 2025-12-09"}),
    ("ВСУ обстреляли Новую Таволжанку.\nПогибли двое мирных жителей.",
     {"russia civilians killed 2 exact period None 2025-12-09"}),
    # (the side's word and one word of its own before the verb: "Украинские военные нанесли удар")
    ("Украинские военные нанесли удар по поселку у границы. Ранены трое мирных жителей.",
     {"russia civilians wounded 3 exact period None 2025-12-09"}),
    ("Украинская армия обстреляла поселок, погибли двое мирных жителей.",
     {"russia civilians killed 2 exact period None 2025-12-09"}),
    # (the other side attacking: Ukraine's; a region the words know: its side's, as before)
    ("Российские войска обстреляли прифронтовое село.\nПогибли двое мирных жителей.",
     {"ukraine civilians killed 2 exact period None 2025-12-09"}),
    ("ВСУ обстреляли Белгородскую область.\nПогибли двое мирных жителей.",
     {"russia civilians killed 2 exact period None 2025-12-09"}),
])
def test_the_dead_after_a_sentence_telling_who_attacked(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a city's head in a bracket right after the city, a colon or dash after it: the source, of the city's state
    ("Шебекино (глава города Иван Петров): в результате обстрела погибли двое мирных жителей.",
     {"russia civilians killed 2 exact period ru_officials 2025-12-09"}),
    ("Грайворон (мэр Иван Петров) — в результате обстрела ранены трое мирных жителей.",
     {"russia civilians wounded 3 exact period ru_officials 2025-12-09"}),
    # (a bracket of a region, no source)
    ("Шебекино (Белгородская область): в результате обстрела погибли двое мирных жителей.",
     {"russia civilians killed 2 exact period None 2025-12-09"}),
    # (the ticker's line closing on its source, as before)
    ("Шебекино: обстрел центра города — 2 раненых (глава города)",
     {"russia civilians wounded 2 exact period ru_officials 2025-12-09"}),
])
def test_a_city_head_in_a_bracket_by_the_city(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


# (read since round 37b: the text's own side's head, nothing else telling; slavic/claimants.local_officials)
def test_a_city_head_in_a_bracket_by_a_city_not_known() -> None:
    assert described("Горловка (глава города Иван Петров): в результате обстрела погибли двое мирных жителей.",
                     "2025-12-09") == {"russia civilians killed 2 exact period ru_officials 2025-12-09"}


@pytest.mark.parametrize(("text", "expected"), [
    # a holiday's year told as this year or last: the year of publication, or the one before
    ("На Пасху в этом году в результате обстрела Белгорода погибли двое мирных жителей.",
     {"russia civilians killed 2 exact period None 2025-04-20"}),
    ("На Пасху этого года в результате обстрела Белгорода погибли двое мирных жителей.",
     {"russia civilians killed 2 exact period None 2025-04-20"}),
    ("В этом году на Пасху в результате обстрела Белгорода ранены шестеро мирных жителей.",
     {"russia civilians wounded 6 exact period None 2025-04-20"}),
    ("На Пасху прошлого года в результате обстрела Белгорода погибли двое мирных жителей.",
     {"russia civilians killed 2 exact period None 2024-05-05"}),
    # ("прошлого года" beside a month: of the year before, as "в прошлом году" is)
    ("В марте прошлого года в Белгороде погибли 40 мирных жителей.",
     {"russia civilians killed 40 exact period/31@2024-03-01 None 2024-03-31"}),
    ("В течение прошлого года в Белгороде погибли 40 мирных жителей.",
     {"russia civilians killed 40 exact period@2024-01-01 None 2024-12-31"}),
    # (a count of months of this year, as before)
    ("За пять месяцев этого года в Белгороде погибли 40 мирных жителей.",
     {"russia civilians killed 40 exact period/150 None 2025-06-02"}),
])
def test_a_holidays_year_told_as_this_year_or_last(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-02") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Russian text from Russia: 7 January, as before
    ("На Рождество 2025 года в результате обстрела Белгорода погибли двое мирных жителей.",
     {"russia civilians killed 2 exact period None 2025-01-07"}),
    # a text of Ukraine's side (its press's words, "оккупанты"): 25 December from 2023, 7 January before
    ("На Рождество 2024 года оккупанты обстреляли Херсон: погибли двое мирных жителей.",
     {"ukraine civilians killed 2 exact period None 2024-12-25"}),
    ("На Рождество 2021 года оккупанты обстреляли Херсон: погибли двое мирных жителей.",
     {"ukraine civilians killed 2 exact period None 2021-01-07"}),
    # the calendar named wins
    ("На католическое Рождество 2024 года в результате обстрела Белгорода погибли двое мирных жителей.",
     {"russia civilians killed 2 exact period None 2024-12-25"}),
    ("На Рождество 2025 года по юлианскому календарю оккупанты обстреляли Херсон: погибли двое мирных жителей.",
     {"ukraine civilians killed 2 exact period None 2025-01-07"}),
    # (a name of the war held at arm's length is no press word of Russia's: still Ukraine's side's day)
    ("На Рождество 2024 года, в разгар так называемой СВО, оккупанты обстреляли Херсон: погибли двое мирных жителей.",
     {"ukraine civilians killed 2 exact period None 2024-12-25"}),
])
def test_christmas_by_the_calendar_or_the_side_written_from(text: str, expected: set[str]) -> None:
    assert described(text, "2025-01-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name of the war held at arm's length ("так называемая СВО") is not the text's own: its dead are not Russia's
    # by it
    ("С начала так называемой СВО погибли 340 жителей района.",
     {"ukraine civilians killed 340 exact cumulative None 2025-12-09"}),
    # (the name as the text's own: Russia's, as before)
    ("С начала СВО погибли 340 жителей района.",
     {"russia civilians killed 340 exact cumulative None 2025-12-09"}),
])
def test_a_name_of_the_war_held_at_arms_length(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected
