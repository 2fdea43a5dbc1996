"""Constructions read after the strict misses of the shared dev2 set: each pinned by sentences of other wordings
(never the set's text)."""

from __future__ import annotations

import pytest
from probes import claims_reader

_claims = claims_reader("2025-11-20")


# -- "lost in December 1,000 soldiers": a number after a month's name that can be neither its day nor a year is a
# count the month dates --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Ukrainian officials say that the Russians lost in October 28,500 soldiers.", 28_500, "2025-10-31"),
    ("According to Kyiv, the invaders lost in September 640 armoured vehicles.", 640, "2025-09-30"),
])
def test_a_count_after_a_month_is_no_date(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.as_of)) == ("period", as_of)


@pytest.mark.parametrize(("text", "value"), [
    ("Russia lost 900 soldiers on October 12, Ukraine's General Staff said.", 900),
    ("Kyiv said 1,300 Russian troops were killed in March 2025.", 1_300),
])
def test_a_day_or_a_year_after_a_month_is_still_a_date(text: str, value: float) -> None:
    assert set(_claims(text)) == {value}


# -- "strikes killed two civilians, while Moscow reported damage": a source that opens a clause of contrast after a
# lone figure speaks for that clause, not for the figure ------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("A Russian missile killed three people in Odesa, while the Kremlin said its troops had taken a village.", 3),
    ("Shelling wounded eleven residents of Nikopol on Tuesday, whereas Russia's ministry claimed new gains near "
     "Kupiansk.", 11),
])
def test_a_contrasting_clause_source_is_not_the_figures(text: str, value: float) -> None:
    assert _claims(text)[value].claimant is None


def test_a_source_after_a_figure_it_points_back_at_still_speaks_for_it() -> None:
    claim = _claims("Russia seems to have lost a frigate near Crimea after Ukraine's navy said it had sunk it.")[1]
    assert claim.claimant == "ua_officials"


# -- "'Ukraine has lost 400,000 men,' the minister said": a quote closed with a single mark is the speaker's, as one
# closed with double marks -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("'Kyiv's army has lost close to 400,000 men, and it cannot replace them,' Russia's defence minister said.",
     400_000, "ru_mod"),
    ("'The enemy lost 2,100 soldiers in a week and the offensive stalled,' Ukraine's defence minister told reporters.",
     2_100, "ua_mod"),
])
def test_a_single_quoted_passage_is_its_speakers(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "... on June 3. Officials say 2,000 were killed last month. John Smith/AFP": a caption's sentences before the
# credit that ends its line are the article's; the credit alone is not ---------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russian losses rose again in October, the General Staff said.\n"
     "Ukrainian gunners fire at Russian positions near Kupiansk on October 2. Kyiv says Russia lost more than 30,000 "
     "soldiers in October. Olga Petrenko/AFP via Getty Images\n", 30_000),
    ("Drone attacks went on through the night.\n"
     "Firefighters work at a damaged house in Sumy. The regional governor said 14 residents were injured in the "
     "strike. REUTERS/Ivan Kovalenko/File Photo/Reuters\n", 14),
])
def test_a_captions_sentences_before_its_credit_are_read(text: str, value: float) -> None:
    assert value in _claims(text)


@pytest.mark.parametrize("text", [
    "Russian losses rose again in October.\nSoldiers rest near Kupiansk, on October 2, 2025. / Reuters\n",
    "Drone attacks went on.\nA ruined house in Sumy where 14 people lived. Olga Petrenko/AFP\nThe toll is unclear.\n",
])
def test_a_caption_that_states_no_loss_gives_no_claim(text: str) -> None:
    assert _claims(text) == {}


# -- "Kyiv said Russia lost in October 48,500", "put Russian losses in March at 31,000": a month after a loss word is
# the losses' span, not when the figure was said --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("The General Staff put the enemy's losses in August at 27,900 soldiers.", 27_900, "2025-08-31"),
    ("Ukraine's defence minister said Russian troops lost in September 1,150 artillery systems.", 1_150, "2025-09-30"),
])
def test_a_month_after_a_loss_word_is_its_span(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.as_of)) == ("period", as_of)


def test_a_month_right_after_the_verb_of_saying_still_dates_the_saying() -> None:
    claim = _claims("The ministry said in April that 3,000 Russian soldiers had been killed since the invasion.")[3_000]
    assert claim.measure == "cumulative"


# -- "between 22 and 28 September": the first day of a run of days joined by "and" is no count ---------------------

@pytest.mark.parametrize(("text", "value", "days"), [
    ("Kyiv said Russian forces lost 310 armoured vehicles between 8 and 14 June.", 310, 7),
    ("Russia lost 96 tanks between 1 and 10 March, according to the General Staff.", 96, 10),
])
def test_a_run_of_days_joined_by_and_is_one_span(text: str, value: float, days: int) -> None:
    claims = _claims(text)
    assert set(claims) == {value}
    assert (claims[value].measure, claims[value].period_days) == ("period", days)


# -- "Ukrainian drones attacked the region. The ministry said 45 drones were intercepted": with no side in the sentence
# and no source that says whose, the weapons are those of the attack the sentence before told ----------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Ukrainian drones attacked the Kursk region overnight. The ministry said 38 drones were downed.", 38, "ukraine"),
    ("A Russian missile attack targeted Lviv before dawn. The ministry said its air defences intercepted 17 missiles.",
     17, "russia"),
])
def test_intercepted_weapons_are_the_attackers_told_before(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_a_source_that_says_whose_still_decides() -> None:
    claim = _claims("Ukrainian drones hit a refinery in Ryazan. Ukraine's air force said it shot down 50 drones.")[50]
    assert claim.side == "russia"


# -- "... also lost three armoured vehicles. Two radar stations were destroyed.": a passive in the simple past with no
# source of its own, right after the day's figures, is more of that day -----------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Over the past day the Ukrainian side lost 95 troops near Kupiansk, the ministry reported. "
     "Three mortars and four pickup trucks were hit as well.", 4),
    ("Russia's forces lost 410 servicemen and six tanks in the past 24 hours, the General Staff said. "
     "Two ammunition depots and one radar station were destroyed.", 1),
])
def test_a_passive_after_the_days_figures_is_that_day(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days) == ("period", 1)


def test_a_running_total_after_the_days_figures_stays_a_total() -> None:
    claims = _claims("Russia lost 1,100 soldiers over the past day, the General Staff said. Since the invasion, "
                     "980,000 Russian troops have been killed or wounded. Eleven thousand tanks were destroyed.")
    assert claims[11_000].measure == "cumulative"


# -- "Drones attacked an airfield overnight. Two jets were destroyed": a toll with no span of its own, after one
# attack told with its day (in the sentence before or before the number), is that attack's ------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("A Ukrainian missile strike hit a Russian training ground near Volnovakha on Tuesday. "
     "Sixty Russian soldiers were killed, the Ukrainian army said.", 60),
    ("Naval drones struck a Russian patrol flotilla off Crimea overnight, the navy said. "
     "One Russian corvette has sunk and two tugboats were damaged.", 1),
    ("Russian jets bombed a Ukrainian depot near Izium early on Sunday, and four howitzers were destroyed, "
     "the Russian ministry said.", 4),
])
def test_a_toll_after_one_attack_told_with_its_day_is_that_attacks(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


@pytest.mark.parametrize("text", [
    "Russian drones attacked a power plant in Sumy overnight. Russia has lost 9,800 tanks since 2022, Kyiv said.",
    "Russia lost 1,100 soldiers over the past day, the General Staff said on Tuesday. Since the invasion, "
    "980,000 Russian troops have been killed or wounded. Eleven thousand tanks were destroyed.",
])
def test_running_totals_near_an_attack_stay_totals(text: str) -> None:
    claims = _claims(text)
    assert all(c.measure == "cumulative" for v, c in claims.items() if v >= 9_800)
