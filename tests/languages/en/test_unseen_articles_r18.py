"""Round 18 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r18.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r18 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-05-05")


# -- "the regional prosecutor, Oleksandr Filchakov, told the ABC": a region's or city's prosecutor is an official ----

@pytest.mark.parametrize(("text", "value", "claimant_text"), [
    ("The regional prosecutor said 27 civilians were killed in April.", 27, "The regional prosecutor"),
    ("Investigators have recorded 12 civilian deaths in the city since May, the city prosecutor, Ivan Koval, told "
     "reporters.", 12, "the city prosecutor, Ivan Koval"),
    ("The district prosecutor's office said 8 civilians had been wounded by shelling on Sunday.", 8,
     "The district prosecutor's office"),
])
def test_a_regional_prosecutor_is_an_official(text: str, value: float, claimant_text: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant, claim.claimant_text) == ("ukraine", "ua_officials", claimant_text)


# -- "Ukrainian forces repelled an assault near X, destroying 14 armored vehicles": the side that fought it off ------

@pytest.mark.parametrize(("text", "side"), [
    ("Ukraine's army beat back three assaults overnight, destroying 9 tanks and 12 armoured vehicles.", "russia"),
    ("Ukrainian forces stopped a column near Pokrovsk, destroying 6 tanks.", "russia"),
    ("Russian troops fought off an attack near Tetkino, killing 40 soldiers, the defence ministry said.", "ukraine"),
])
def test_a_side_that_repelled_an_attack_destroyed_on_the_way(text: str, side: str) -> None:
    assert {c.side for c in _claims(text).values()} == {side}


def test_a_side_that_repelled_an_attack_and_lost_is_the_loser() -> None:
    claim = _claims("Ukrainian forces repelled an assault near Kupiansk, where 14 Ukrainian armored vehicles were "
                    "destroyed.")[14]
    assert claim.side == "ukraine"


# -- "The blogger, who has close ties to the defence ministry, also said": the body a speaker is tied to ------------

@pytest.mark.parametrize(("text", "value", "claimant", "claimant_text"), [
    ("A pro-war blogger, who once served in the Russian army, said 40 Ukrainian soldiers were killed near Pokrovsk.",
     40, "other", "A pro-war blogger"),
    ("The commentator, who has links to Russia's defence ministry, also said 11 Ukrainian tanks had been destroyed.",
     11, "other", "The commentator"),
    ("An analyst with long-standing links to Ukraine's General Staff said 40 Russian tanks were destroyed in May.",
     40, "other", "An analyst with long-standing links to Ukraine's General Staff"),
])
def test_a_body_the_speaker_is_tied_to_is_no_source(text: str, value: float, claimant: str, claimant_text: str
                                                     ) -> None:
    claim = _claims(text)[value]
    assert (claim.claimant, claim.claimant_text) == (claimant, claimant_text)


@pytest.mark.parametrize(("text", "claimant"), [
    ("A spokesman, who heads the press office of Ukraine's General Staff, said 40 Russian tanks were destroyed.",
     "ua_general_staff"),
    ("Russia's defence ministry, which publishes daily figures, also said 11 Ukrainian tanks had been destroyed.",
     "ru_mod"),
])
def test_a_clause_that_says_what_the_speaker_is_still_names_it(text: str, claimant: str) -> None:
    assert next(iter(_claims(text).values())).claimant == claimant


# -- "killed 41 civilians in November, the UN mission said on Friday, and wounded 230": the day it was said ----------

@pytest.mark.parametrize(("text", "start", "end"), [
    ("Russian drones killed 12 civilians in the region in September, the governor said on Tuesday.",
     dt.date(2025, 9, 1), dt.date(2025, 9, 30)),
    ("Shelling killed 9 civilians in Kherson in October, police said on Thursday, and injured 40 more.",
     dt.date(2025, 10, 1), dt.date(2025, 10, 31)),
    ("In August, the mission said on Monday, 70 civilians were wounded in the Donetsk region.",
     dt.date(2025, 8, 1), dt.date(2025, 8, 31)),
])
def test_the_day_a_figure_was_told_gives_way_to_its_month(text: str, start: dt.date, end: dt.date) -> None:
    spans = {(c.measure, c.period_start, c.as_of) for c in _claims(text, published="2025-12-01").values()}
    assert spans == {("period", start, end)}


def test_the_day_a_figure_was_told_still_dates_a_total_since() -> None:
    claims = _claims("Since June 1, 500 civilians were killed, the mission said on Friday, and 200 were wounded.",
                     published="2025-12-01")
    assert {(c.period_start, c.as_of) for c in claims.values()} == {(dt.date(2025, 6, 1), dt.date(2025, 11, 28))}


# -- "Moscow reportedly lost two jets": a side that lost, with a hedge between, is no source -------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Moscow reportedly lost two Su-34 jets over the sea last week.", 2),
    ("Moscow possibly lost as many as 40 armoured vehicles in the failed assault.", 40),
])
def test_a_loser_with_a_hedge_is_no_source(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant, claim.hedged) == ("russia", None, True)


# -- "Local officials in Sumy say ...": officials named with their place are a source of their own ---------------

@pytest.mark.parametrize(("text", "value", "claimant_text"), [
    ("The Ukrainian ombudsman said 5,800 Ukrainian prisoners were held in Russia. Local officials in Sumy say a drone "
     "attack killed three people overnight.", 3, "Local officials in Sumy"),
    ("The governor said 4 people were killed. Officials in Kharkiv said 9 people were wounded.", 9,
     "Officials in Kharkiv"),
])
def test_officials_of_a_place_are_no_pointer_back(text: str, value: float, claimant_text: str) -> None:
    claim = _claims(text)[value]
    assert (claim.claimant, claim.claimant_text) == ("ua_officials", claimant_text)


# -- "Russia's Bashkortostan region ... The regional governor said ... 1,240 residents had died in the special military
# operation": a governor, mayor or regional head with no nation runs the region its paragraph (or the headline) named
# with its side's word, and a region's residents who died fighting are that side's soldiers ------------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("Funerals are now weekly in Russia's Tatarstan region. The governor said last month that 860 residents had been "
     "killed fighting in Ukraine.", 860, "personnel"),
    ("In the Russian region of Buryatia, officials have stopped publishing lists of the dead. The regional head said "
     "in March that 512 residents had died at the front.", 512, "personnel"),
    ("Russian region counts its war dead\nThe governor said on Friday that 430 residents had died in the special "
     "military operation.", 430, "personnel"),
    ("Ukrainian drones struck Russia's Belgorod region overnight. The regional governor said 3 civilians had been "
     "killed.", 3, "civilians"),
])
def test_a_bare_office_runs_the_region_of_a_side_named_before(text: str, value: float, category: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome, claim.claimant) == ("russia", category, "killed", "ru_officials")


@pytest.mark.parametrize(("text", "value", "category"), [
    ("A Russian missile struck Sumy on Sunday. The regional governor said 9 civilians had been killed.", 9,
     "civilians"),
    ("Russian troops shelled Ukraine's Kharkiv region overnight. The governor said 7 residents were wounded.", 7,
     "civilians"),
    ("Drones hit Russia's Kursk region on Friday.\nThe mayor said 4 residents were killed in the Russian strike on the "
     "city.", 4, "civilians"),
    ("Russian drones hit Russia's Kursk region border again. In Kharkiv, the governor said 12 residents were killed by "
     "shelling.", 12, "civilians"),
])
def test_a_bare_office_elsewhere_is_still_ukraines(text: str, value: float, category: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.claimant) == ("ukraine", category, "ua_officials")
