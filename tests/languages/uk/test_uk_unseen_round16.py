"""Ukrainian whole texts, round 16 (written for these tests) in styles the first fifteen rounds lack. Each case lists
every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". A text the extractor does not yet read whole is
marked xfail (strict) with what it misses.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS: list[tuple[str, str, set[str]]] = [
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("Росія повернула Україні тіла 909 загиблих військових.",
     {"ukraine personnel killed 909 exact cumulative None 2025-06-01"}),
    ("Україна передала Росії тіла 34 загиблих військових.",
     {"russia personnel killed 34 exact cumulative None 2025-06-01"}),
    ("Україна отримала від Росії тіла 500 загиблих військових.",
     {"ukraine personnel killed 500 exact cumulative None 2025-06-01"}),
])
def test_bodies_handed_over_are_the_recipients_dead(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("У Києві попрощалися з 14 полеглими воїнами.", {"ukraine personnel killed 14 exact period None 2025-06-01"}),
    ("Рідним передали тіла 62 полеглих бійців.", {"ukraine personnel killed 62 exact cumulative None 2025-06-01"}),
    # (the side named after the fallen stays theirs)
    ("Окупантам передали тіла 62 полеглих російських військових.",
     {"russia personnel killed 62 exact cumulative None 2025-06-01"}),
])
def test_the_fallen_honoured_as_such_are_ukraines(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Загинули троє окупантів, повідомило джерело Укрінформу.",
     {"russia personnel killed 3 exact cumulative other 2025-06-01"}),
    ("Як розповіло УНІАН джерело в силових структурах, знищено 5 російських танків.",
     {"russia tanks destroyed 5 exact period ua_officials 2025-06-01"}),
])
def test_a_source_known_by_the_agency_it_spoke_to(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Загалом з початку повномасштабного вторгнення на батьківщину повернули тіла понад 12 тисяч полеглих воїнів.",
     {"ukraine personnel killed 12000 at_least cumulative None 2025-06-01"}),
    # (an incursion into a place, not called full-scale, is still a period)
    ("Від початку вторгнення в Курську область у полон потрапили 900 окупантів.",
     {"russia personnel captured 900 exact period None 2025-06-01"}),
])
def test_the_full_scale_invasion_is_the_war_whatever_place_follows(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-01") == expected


def test_a_comparison_before_a_dash_does_not_qualify_the_figure() -> None:
    assert described("У березні загиблих цивільних було менше — 18 осіб, повідомили в ОВА.", "2025-06-01") == {
        "ukraine civilians killed 18 exact period/31@2025-03-01 ua_officials 2025-03-31"}


def test_in_the_staff_is_the_staff_named_before() -> None:
    text = ("Обмін провів Координаційний штаб. Україна передала Росії тіла 34 загиблих російських військових, "
            "зазначили у штабі.")
    assert described(text, "2025-06-01") == {"russia personnel killed 34 exact cumulative ua_officials 2025-06-01"}
