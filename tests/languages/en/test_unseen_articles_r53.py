"""Round 53 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r53.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r53 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-09-09")


# -- "has killed tens of thousands of soldiers on both sides and more than 14,900 civilians": "on both sides" closes the
# conjunct before the number's own, whose civilians are one side's --------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The fighting has killed thousands of troops on both sides and at least 9,300 civilians, the UN says.", 9300),
    ("Shelling has wounded soldiers from both sides, and about 2,100 civilians in the region, officials said.", 2100),
])
def test_both_sides_closes_the_conjunct_before(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category) == ("ukraine", "civilians")


def test_both_sides_before_the_number_itself_still_no_claim() -> None:
    assert 300000 not in _claims("The war has cost both sides 300,000 soldiers, the report said.")


# -- "The war, which began in February 2022, has killed ...": the war's start told in a clause of the war is no span of
# the figure's (a running total); the month of the figure's own span still is one ----------------------------------

@pytest.mark.parametrize("text", [
    "The conflict, which started in February 2022, has killed at least 12,000 civilians, the UN says.",
    "Russia's invasion, launched on 24 February 2022, has killed at least 12,000 civilians, the UN says.",
    "The war that broke out in February 2022 has killed at least 12,000 civilians, the UN says.",
])
def test_war_start_clause_is_no_span(text: str) -> None:
    found = _claims(text, "2026-02-05")[12000]
    assert (found.measure, found.period_start, str(found.as_of)) == ("cumulative", None, "2026-02-05")


def test_a_month_of_the_figure_own_still_a_period() -> None:
    found = _claims("The war, which began in February 2022, killed 300 civilians in the city in May 2024, officials "
                    "said.", "2026-02-05")[300]
    assert (found.measure, str(found.as_of)) == ("period", "2024-05-31")


# -- "At least 31 seafarers have been killed", "64 merchant vessels": merchant crews are civilians, and a trade's word
# before a vessel keeps it a ship ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("Russian strikes on Odesa's ports have killed 12 seafarers since July, the port authority said.", 12, "civilians"),
    ("Four merchant sailors were injured when a Russian missile hit the ship in Odesa, the governor said.", 4,
     "civilians"),
    ("Russian strikes have damaged 40 cargo ships in Ukrainian ports since 2023, the port authority said.", 40,
     "ships"),
    ("Russian drones have damaged 17 merchant vessels in Izmail this year, the governor said.", 17, "ships"),
])
def test_merchant_crews_and_vessels(text: str, value: float, category: str) -> None:
    found = _claims(text)[value]
    assert (found.side, found.category) == ("ukraine", category)


# -- "8.9 per 1,000 people", "about 650,000 people emigrated": a population's rate and people who moved abroad are no
# losses --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "values"), [
    ("Deaths of Russian men rose to 16 per 1,000 in 2023, and 120,000 people left the country, the study found.",
     (16, 1000, 120000)),
    ("Russia's male death rate reached 19 deaths per 100,000 people, while some 300,000 Russians emigrated after the "
     "mobilisation, the demographers said.", (19, 100000, 300000)),
])
def test_population_rates_and_emigrants_are_no_loss(text: str, values: tuple[float, ...]) -> None:
    claims = _claims(text)
    assert not [v for v in values if v in claims]


def test_a_rate_of_time_is_still_read() -> None:
    assert _claims("Russia is losing 1,000 soldiers per day, Ukraine's General Staff said.")[1000].measure == "rate"
