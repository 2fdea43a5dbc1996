"""Russian whole texts, round 16 (written for these tests) in styles the first fifteen rounds lack. Each case lists
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
    ("Москва вернула Киеву тела 1000 погибших военных.",
     {"ukraine personnel killed 1000 exact cumulative None 2025-06-01"}),
    ("Украина передала России тела 34 погибших военнослужащих.",
     {"russia personnel killed 34 exact cumulative None 2025-06-01"}),
    # (one who receives, or takes from the other side, is the recipient)
    ("Украина получила от России тела 500 погибших военных.",
     {"ukraine personnel killed 500 exact cumulative None 2025-06-01"}),
])
def test_bodies_handed_over_are_the_recipients_dead(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Погибли трое военных ВСУ, сообщил РБК источник.",
     {"ukraine personnel killed 3 exact cumulative other 2025-06-01"}),
    ("По словам источника Интерфакса, уничтожены 5 танков ВСУ.",
     {"ukraine tanks destroyed 5 exact cumulative other 2025-06-01"}),
    # (a source in the security services is the state's, not the side named after the comma)
    ("Как рассказал РИА Новости источник в силовых структурах, погибли 12 военнослужащих ВСУ.",
     {"ukraine personnel killed 12 exact cumulative ru_officials 2025-06-01"}),
    # (a source in a body the war's words name is that body's)
    ("Погибли трое военных ВСУ, сообщил источник в Минобороны России.",
     {"ukraine personnel killed 3 exact cumulative ru_mod 2025-06-01"}),
])
def test_a_source_known_by_the_agency_it_spoke_to(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-01") == expected


def test_the_full_scale_invasion_is_the_war_whatever_place_follows() -> None:
    assert described("С начала полномасштабного вторжения на родину вернули тела более 9 тысяч погибших военных ВСУ.",
                     "2025-06-01") == {"ukraine personnel killed 9000 at_least cumulative None 2025-06-01"}


def test_a_comparison_before_a_dash_does_not_qualify_the_figure() -> None:
    assert described("Раненых мирных жителей в мае оказалось больше — 240 человек, сообщил губернатор.",
                     "2025-06-01") == {
        "russia civilians wounded 240 exact period/31@2025-05-01 ru_officials 2025-05-31"}


def test_in_the_staff_is_the_staff_named_before() -> None:
    text = ("Координационный штаб сообщил о репатриации. В штабе уточнили, что Украине передали тела 757 погибших "
            "военных.")
    assert described(text, "2025-06-01") == {"ukraine personnel killed 757 exact period ua_officials 2025-06-01"}
