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
