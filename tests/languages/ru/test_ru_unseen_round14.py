"""Russian whole texts, round 14 (written for these tests) in styles the first thirteen rounds lack. Each case lists
every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". A text the extractor does not yet read whole is marked
xfail (strict) with what it misses.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS: list = [
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize("text", [
    "Каждая гаубица стоит около 3 млн долларов, а ее расчет состоит из шести военных.",
    "Один такой дрон стоит 500 долларов, но управляют им двое военных.",
])
def test_a_clause_on_a_with_a_verb_of_its_own_takes_no_loss_word_of_another(text: str) -> None:
    assert described(text, "2025-03-10") == set()


def test_a_clause_on_a_with_its_own_loss_word_is_still_read() -> None:
    assert described("Штурм стоил противнику 400 военных, а еще 50 сдались в плен.", "2025-03-10") == {
        "ukraine personnel captured 50 exact cumulative None 2025-03-10",
        "ukraine personnel losses 400 exact cumulative None 2025-03-10"}


def test_a_paragraph_opening_on_also_goes_on_with_the_same_sources_event() -> None:
    text = ("В ночь на 3 июня беспилотники атаковали аэродром Морозовск. По данным «Медиазоны», погибли четверо "
            "российских летчиков.\n\nТакже, по данным «Медиазоны», повреждены три самолета Су-34.")
    assert described(text, "2025-06-03") == {"russia aircraft damaged 3 exact period mediazona 2025-06-03",
                                             "russia personnel killed 4 exact period mediazona 2025-06-03"}


def test_the_toll_of_the_strike_the_sentence_before_dates_is_of_its_day() -> None:
    text = ("Как установил суд, 7 октября 2024 года ракета попала в жилой дом в Харькове. В результате удара погибли "
            "9 человек, еще 31 получил ранения.")
    assert described(text, "2025-04-22") == {"ukraine civilians killed 9 exact period None 2024-10-07",
                                             "ukraine civilians wounded 31 exact period None 2024-10-07"}
