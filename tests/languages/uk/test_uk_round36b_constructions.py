"""Ukrainian constructions earlier rounds saw and left (round 36b), each read in wordings of its own (written for
these tests; in Russian in tests/languages/ru/test_ru_round36b_constructions.py): the dead after a sentence telling
who attacked, a city's head in a bracket by the city a line opens on, a holiday's year told as this year or last,
Christmas by the calendar named beside it, a name of the war held at arm's length ("так звана СВО"), and what came
up on the way."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence before tells who attacked, no place the words know: the dead are the attacked side's
    ("ЗСУ обстріляли прикордонне село.\nЗагинули двоє мирних жителів.",
     {"russia civilians killed 2 exact period None 2025-12-09"}),
    ("ЗСУ обстріляли прикордонне село. Повідомляється, що загинули двоє мирних жителів.",
     {"russia civilians killed 2 exact period None 2025-12-09"}),
    # (the side's word and one word of its own before the verb: "Українські військові вдарили")
    ("Українські військові вдарили по селищу на кордоні. Поранено трьох мирних жителів.",
     {"russia civilians wounded 3 exact period None 2025-12-09"}),
    ("Українські військові вдарили по селищу, загинули двоє мирних жителів.",
     {"russia civilians killed 2 exact period None 2025-12-09"}),
    # (the other side attacking: Ukraine's, as before)
    ("Росіяни обстріляли прикордонне село.\nЗагинули двоє мирних жителів.",
     {"ukraine civilians killed 2 exact period None 2025-12-09"}),
])
def test_the_dead_after_a_sentence_telling_who_attacked(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a city's head in a bracket right after the city, a colon or dash after it: the source, of the city's state
    ("Грайворон (мер Іван Петренко): унаслідок обстрілу поранено трьох мирних жителів.",
     {"russia civilians wounded 3 exact period ru_officials 2025-12-09"}),
    ("Шебекіно (голова міста Іван Петренко): внаслідок обстрілу загинули двоє мирних жителів.",
     {"russia civilians killed 2 exact period ru_officials 2025-12-09"}),
    ("Кременчук (міський голова Іван Петренко): унаслідок удару загинули двоє мирних жителів.",
     {"ukraine civilians killed 2 exact period ua_officials 2025-12-09"}),
    # (a ticker's line closing on "(міський голова)": the head of the city the line opens on, not Ukraine's by the
    # title's words)
    ("Шебекіно: обстріл центру міста — 2 поранених (міський голова)",
     {"russia civilians wounded 2 exact period ru_officials 2025-12-09"}),
    ("Кременчук: обстріл центру міста — 2 поранених (міський голова)",
     {"ukraine civilians wounded 2 exact period ua_officials 2025-12-09"}),
    # (a body that is no city's head keeps its own state)
    ("Суми (ОВА): унаслідок обстрілу загинули двоє мирних жителів.",
     {"ukraine civilians killed 2 exact period ua_officials 2025-12-09"}),
])
def test_a_city_head_in_a_bracket_by_the_city(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a holiday's year told as this year or last: the year of publication, or the one before
    ("На Великдень цього року внаслідок обстрілу Херсона загинули двоє мирних жителів.",
     {"ukraine civilians killed 2 exact period None 2025-04-20"}),
    ("Цього року на Великдень унаслідок удару по Херсону поранено шістьох людей.",
     {"ukraine civilians wounded 6 exact period None 2025-04-20"}),
    ("На Великдень минулого року внаслідок обстрілу Херсона загинули двоє мирних жителів.",
     {"ukraine civilians killed 2 exact period None 2024-05-05"}),
    ("Торік на Різдво унаслідок удару по Херсону поранено шістьох людей.",
     {"ukraine civilians wounded 6 exact period None 2024-12-25"}),
    # (this year with no holiday: the year so far, as before)
    ("Цього року внаслідок обстрілу Херсона загинули двоє мирних жителів.",
     {"ukraine civilians killed 2 exact period@2025-01-01 None 2025-06-02"}),
])
def test_a_holidays_year_told_as_this_year_or_last(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-02") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Christmas on the day of the calendar named beside it
    ("На Різдво 2025 року за юліанським календарем у Бєлгороді загинули двоє мирних жителів.",
     {"russia civilians killed 2 exact period None 2025-01-07"}),
    ("На католицьке Різдво 2021 року внаслідок обстрілу Донецька загинули двоє мирних жителів.",
     {"ukraine civilians killed 2 exact period None 2021-12-25"}),
    # (none named: Ukraine's day of that year, as before)
    ("На Різдво 2024 року у Херсоні загинули двоє мирних жителів.",
     {"ukraine civilians killed 2 exact period None 2024-12-25"}),
])
def test_christmas_by_the_calendar_named(text: str, expected: set[str]) -> None:
    assert described(text, "2025-01-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name of the war held at arm's length ("так звана СВО") is not the text's own: its dead are not Russia's by it
    ("Від початку так званої СВО загинули 340 мешканців області.",
     {"ukraine civilians killed 340 exact cumulative None 2025-12-09"}),
    ("У межах так званої спецоперації загинули 18 прихожан храму.",
     {"ukraine people killed 18 exact period None 2025-12-09"}),
    # (the name as the text's own, a Russian source's words: Russia's, as before)
    ("У межах спецоперації загинули 18 прихожан храму.",
     {"russia people killed 18 exact period None 2025-12-09"}),
    # ("з початку СВО": since the war began, cumulative, as "с начала СВО" is in Russian)
    ("З початку СВО загинули 93 прихожани храму.",
     {"russia people killed 93 exact cumulative None 2025-12-09"}),
    # (a place of the other side still says whose)
    ("Від початку так званої СВО на фронті загинули 340 мешканців Бурятії.",
     {"russia personnel killed 340 exact cumulative None 2025-12-09"}),
])
def test_a_name_of_the_war_held_at_arms_length(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected
