"""Round 60t: constructions the structure twins (unseen_articles_r60t.py) showed the extractor did not read, each
pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2026-08-15")


# -- "is (also) said to have": the spec's "is said to" hedges, with an adverb between too ------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia is also said to have lost 1,560 multiple rocket launchers, according to the tally.", 1560),
    ("About 240 Ukrainian soldiers are widely said to have been killed in the ambush, the ministry claimed.", 240),
    ("Moscow was said to have lost 14 tanks near the village, the brigade reported.", 14),
])
def test_said_to_have_hedges(text: str, value: float) -> None:
    assert _claims(text)[value].hedged is True


def test_said_to_without_copula_does_not_hedge() -> None:
    assert _claims("The General Staff said Russia lost 1,100 soldiers over the past day.")[1100].hedged is False


# -- "three wounded for every death": a ratio, not a count ---------------------------------------------------

@pytest.mark.parametrize(("text", "ratio", "value"), [
    ("Analysts said the figure implied about 2,250 Russian soldiers killed every week, assuming three wounded for "
     "each death.", 3, 2250),
    ("Using the usual estimate of four injured per every soldier killed, researchers put the number of wounded "
     "Ukrainian troops at 40,000.", 4, 40000),
    ("Assuming two casualties for every fatality, the 18,000 Russian dead the site counted imply far higher losses.",
     2, 18000),
])
def test_wounded_for_every_death_is_a_ratio(text: str, ratio: float, value: float) -> None:
    found = _claims(text)
    assert ratio not in found
    assert value in found


# -- "19 armoured vehicles, two of them tanks": a part of equipment of the kind named after "of them" --------------

@pytest.mark.parametrize(("text", "whole", "part", "category"), [
    ("Within the last day, Ukrainian troops lost as many as 410 servicemen and 19 armoured vehicles, two of them "
     "tanks, the ministry said.", 19, 2, "tanks"),
    ("Russian forces lost 30 armoured vehicles near the town on Tuesday, 12 of them modern T-90 tanks, the brigade "
     "said.", 30, 12, "tanks"),
    ("Kyiv's forces destroyed 48 Russian vehicles on Sunday, five of them air defence systems, the General Staff "
     "said.", 48, 5, "air_defence"),
])
def test_part_of_equipment_named_after_of_them(text: str, whole: float, part: float, category: str) -> None:
    found = _claims(text)
    assert found[part].category == category
    assert found[whole].category != category


# -- "According to one slide": the pages of a leak point back at the leak's source ------------------------------

@pytest.mark.parametrize("text", [
    "Leaked Pentagon slides give estimates of both armies' losses. According to one slide, Russian casualties range "
    "from 241,000 to 276,000.",
    "Russia may have lost 58,000 soldiers killed, classified US defence slides estimate. According to another "
    "slide, Russian casualties were between 241,000 and 276,000.",
    "The leaked American military memos were posted on a chat forum. The memo says Russian casualties range from "
    "241,000 to 276,000.",
])
def test_leaked_slides_speak_for_their_source(text: str) -> None:
    assert _claims(text)[241000].claimant == "us_officials"


# -- "in the first four days of the month": a span from the month's first day ----------------------------------

@pytest.mark.parametrize(("text", "value", "days", "as_of"), [
    ("The mission is verifying reports that the attacks killed at least 23 civilians across the country in the "
     "first four days of the month.", 23, 4, "2026-08-04"),
    ("Air defences shot down 1,200 Russian drones in the first 12 days of the month, according to the air force.",
     1200, 12, "2026-08-12"),
    ("Russian strikes killed 61 civilians in the first nine days of the month, officials said.", 61, 9,
     "2026-08-09"),
])
def test_first_days_of_the_month(text: str, value: float, days: float, as_of: str) -> None:
    found = _claims(text)[value]
    assert (found.measure, found.period_days) == ("period", days)
    assert str(found.period_start) == "2026-08-01"
    assert str(found.as_of) == as_of


# -- "in November alone, the ministry said this week": when it was said is no span of the figure --------------------

@pytest.mark.parametrize(("text", "value", "start", "end"), [
    ("Russia lost 31,470 troops in November alone, the ministry said this week.", 31470, "2026-07-01", "2026-07-31"),
    ("Ukraine's forces lost 2,100 soldiers in July, the Russian defence ministry said last week.", 2100,
     "2026-07-01", "2026-07-31"),
    ("Some 940 civilians were killed across Ukraine in July, the UN mission reported this week.", 940,
     "2026-07-01", "2026-07-31"),
])
def test_month_span_kept_past_the_week_it_was_said(text: str, value: float, start: str, end: str) -> None:
    found = _claims(text.replace("November", "July"))[value]
    assert found.measure == "period"
    assert (str(found.period_start), str(found.as_of)) == (start, end)


# -- "the army's losses", "the army was losing": the army named bare by a side's official is that side's own -------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("A Kremlin aide told a state television talk show that the army was losing some 9,000 men a week.", 9000,
     "russia"),
    ("Russia's defence minister said Ukraine lost 4,200 soldiers. The minister put the army's own losses at 58 killed "
     "and 174 wounded.", 58, "russia"),
    ("Ukraine's commander-in-chief said the army had lost 310 soldiers in the battle for the town.", 310, "ukraine"),
])
def test_army_named_bare_is_the_speakers_own(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_army_of_a_named_nation_keeps_its_side() -> None:
    found = _claims("Ukraine's General Staff said the Russian army had lost 1,100 soldiers over the past day.")
    assert found[1100].side == "russia"


# -- "Ukrainian units facing Russia's Vostok group lost ...": the side they fight is no cue of whose loss ------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Ukrainian units facing Russia's Vostok group of forces lost as many as 2,460 servicemen over the previous "
     "seven days, the Russian Defence Ministry said.", 2460, "ukraine"),
    ("Ukrainian troops fighting against Russia's Zapad group lost 900 soldiers last week, the ministry in Moscow "
     "said.", 900, "ukraine"),
    ("Russian marines in clashes with Ukrainian paratroopers near the bridgehead lost 75 men, the brigade said.", 75,
     "russia"),
])
def test_side_fought_is_no_loser(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


# -- "the Kyiv weekly Tochka": a paper told by how often it comes out is an outlet, not its city's officials ---------

@pytest.mark.parametrize(("text", "value"), [
    ("Roughly 61,800 Ukrainian servicemen have died, the Kyiv weekly Tochka reported.", 61800),
    ("At least 9,400 Russian soldiers from the region have been killed, the Moscow tabloid Vecher wrote.", 9400),
    ("The Kharkiv daily Slobozhanka counted 212 civilians killed in the city this year.", 212),
])
def test_paper_by_its_frequency_is_an_outlet(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "other"


@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("In its weekly update, the Russian defence ministry said Ukraine lost 2,100 soldiers.", 2100, "ru_mod"),
    ("Ukraine's General Staff said in its daily update that Russia lost 1,100 soldiers.", 1100, "ua_general_staff"),
])
def test_a_bodys_weekly_update_keeps_its_body(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "By the institute's reckoning, ...": a possessor's reckoning names the source ------------------------------------

@pytest.mark.parametrize("text", [
    "By the institute's reckoning, roughly 61,800 Ukrainian servicemen have died.",
    "On the think tank's calculation, about 61,800 Ukrainian servicemen have been killed.",
])
def test_possessors_reckoning_is_a_source(text: str) -> None:
    assert _claims(text)[61800].claimant == "other"


# -- "lost 112 tanks, 64 of them supplied by Western countries": where a part of a loss came from is no non-loss ------

@pytest.mark.parametrize(("text", "whole", "part"), [
    ("Ukrainian units lost 1,900 men and 112 tanks, 64 of them supplied by Western countries, the minister said.",
     112, 64),
    ("Russia said it destroyed 40 Ukrainian armoured vehicles, 17 of which were supplied by the US.", 40, 17),
    ("The brigade said it had destroyed 25 Russian tanks, nine of them delivered to the front only last month.", 25,
     9),
])
def test_origin_of_a_part_of_a_loss(text: str, whole: float, part: float) -> None:
    found = _claims(text)
    assert whole in found and part in found


@pytest.mark.parametrize("text", [
    "Russia received 300 tanks from its ally last year, 120 of them delivered by rail, officials said.",
    "Ukraine launched 90 drones overnight, 40 of which were made in Ukraine.",
])
def test_origin_of_a_part_of_no_loss_stays_no_loss(text: str) -> None:
    assert _claims(text) == {}
