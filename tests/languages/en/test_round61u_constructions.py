"""Round 61u: constructions the structure twins (unseen_articles_r61u.py) showed the extractor did not read, each
pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2026-06-10")


# -- "each day", "every week" before the figure: a rate of that unit ----------------------------------------------

@pytest.mark.parametrize(("text", "value", "days"), [
    ("An aide to the Ukrainian army chief said that each day cost the army about 140 soldiers killed.", 140, 1),
    ("Every week, according to the monitors, more than 60 Russian soldiers from the region are killed.", 60, 7),
    ("The number of Ukrainian troops wounded every month has not fallen below 9,000, the minister said.", 9000, 30),
])
def test_each_unit_before_the_figure_is_a_rate(text: str, value: float, days: float) -> None:
    found = _claims(text)[value]
    assert (found.measure, found.period_days) == ("rate", days)


# -- "in the worst weeks", "in some weeks": one week's figure --------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Mediazona said that in the deadliest weeks more than 500 Russian soldiers were killed.", 500),
    ("In certain weeks the Russian army lost over 2,000 men, British intelligence said.", 2000),
])
def test_the_worst_weeks_are_a_week(text: str, value: float) -> None:
    assert _claims(text)[value].period_days == 7


# -- the president's advisers in other words are Ukraine's officials --------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("One of the president's aides told reporters that 90 Russian soldiers had been captured near the town.", 90),
    ("A senior adviser to President Zelensky said 400 Russian tanks had been destroyed in the winter.", 400),
    ("Zelensky's chief of staff said 75 Russian soldiers had surrendered, an adviser to the head of state added.", 75),
])
def test_presidents_advisers_are_officials(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "ua_officials"


# -- an estimate told as higher or grimmer than the one before is of the same side ------------------------------

def test_estimate_compared_with_the_one_before_keeps_its_side() -> None:
    text = ("The defence minister said in April that Ukrainian troops were dying at a rate of 70 a day.\n"
            "A presidential adviser offered a bleaker figure, saying 160 soldiers were killed daily.\n"
            "Another official gave a more pessimistic estimate: 210 soldiers killed a day.")
    found = _claims(text)
    assert [found[v].side for v in (70, 160, 210)] == ["ukraine"] * 3


# -- "together with the body of a volunteer": a count of one joined to a list -----------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("Ukraine received the bodies of five soldiers, together with the body of a volunteer medic, officials said.",
     "personnel"),
    ("The navy said its drones sank two patrol boats alongside a landing craft off Crimea.", "ships"),
])
def test_together_with_a_counts_one(text: str, category: str) -> None:
    assert 1 in _claims(text) and _claims(text)[1].category == category


# -- an invasion launched is no weapon launched ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Kyiv says Russia has lost 210,400 soldiers since Moscow launched its full-scale invasion, 710 of them in the "
     "past day.", 710),
    ("Since Russia launched the war, 9,000 of its tanks have been destroyed, Ukraine's General Staff said.", 9000),
])
def test_invasion_launched_is_no_weapon_launched(text: str, value: float) -> None:
    assert value in _claims(text)


# -- a role's name set off by commas names the person again ------------------------------------------------------

def test_role_with_name_in_commas_names_the_person_again() -> None:
    text = ("Russia's defence minister, Pavel Orlov, did so on Friday, the Moscow daily Vedomosti reported.\n"
            "The paper says Orlov put Ukraine's losses in March at 19,200 troops.")
    assert _claims(text)[19200].claimant == "ru_mod"


# -- a hedge of the date set off after it does not hedge the figure ----------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia's defence ministry said Ukraine lost 14,300 troops last month, presumably in May, and 900 vehicles.",
     14300),
    ("The General Staff said Russia lost 31,000 soldiers in the spring, probably April, an all-time high.", 31000),
])
def test_hedge_of_the_date_does_not_hedge_the_figure(text: str, value: float) -> None:
    assert _claims(text)[value].hedged is False


# -- parts of a loss told with their origin; "towed guns" ----------------------------------------------------

def test_listed_parts_with_their_origin_are_losses() -> None:
    text = ("Russia's defence ministry said Ukraine lost 640 weapons in April. Among those 640 items were 18 Leopard "
            "tanks, 25 howitzers from Germany and 12 towed guns supplied by Norway.")
    found = _claims(text, "2026-05-04")
    assert (found[25].category, found[12].category) == ("artillery", "artillery")


# -- US intelligence by title ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("In May, the Director of National Intelligence said Russia had lost about 60,000 soldiers killed.", 60000),
    ("The national intelligence director told senators that 300,000 Russian troops had been killed or wounded.",
     300000),
])
def test_us_intelligence_by_title(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "us_officials"


# -- "it went on", "it continued": the report goes on -----------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Ukraine's foreign ministry said 80 Russian jets had been downed. More than 9,000 Russian soldiers had been "
     "killed, it went on.", 9000),
    ("The Ukrainian navy said it had sunk 14 Russian boats. Three more had been damaged, it continued.", 3),
])
def test_it_went_on_continues_the_report(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "ua_officials"


# -- "over 20 months of full-scale war": the whole war -----------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Mediazona has named 41,300 Russian soldiers killed over two years of full-scale war.", 41300),
    ("In 30 months of war, Russia has lost 8,700 tanks, Kyiv said.", 8700),
])
def test_months_of_war_are_the_whole_war(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "cumulative"


# -- "one by one" counts nothing ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The volunteers checked the names of the dead one by one, Mediazona said, and confirmed 52,000 of them.",
    "Ukraine's air force said it downed the drones one-by-one, 35 in all.",
])
def test_one_by_one_is_no_count(text: str) -> None:
    assert 1 not in _claims(text)


# -- hired fighters in other words; the Afghan war's dead --------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The outlet also identified some 3,100 prisoners and more than 1,900 private military contractors among the "
     "Russian dead.", 1900),
    ("Kyiv says 260 Russian contract soldiers were killed near the town.", 260),
])
def test_contractors_are_personnel(text: str, value: float) -> None:
    assert _claims(text)[value].category == "personnel"


@pytest.mark.parametrize("text", [
    "Russia's toll already exceeds the Soviet dead of the Afghan war, where about 15,000 Soviet soldiers were killed.",
    "In the nine-year Afghan war, more than 14,000 Soviet troops died.",
])
def test_afghan_war_dead_are_the_soviet_unions(text: str) -> None:
    assert {c.side for c in _claims(text).values()} == {"soviet_union"}


# -- a share of a whole after "so of" ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The navy said 25 ships were damaged, so of about 70 ships, a third is out of action.", 70),
    ("Kyiv said 400 tanks were lost, so of some 1,200 tanks, one third is gone.", 1200),
])
def test_whole_of_a_share_is_no_loss(text: str, value: float) -> None:
    assert value not in _claims(text)


# -- a list of lost kinds with no count: its items told by the article -------------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("The Ukrainian navy gave its tally. Among the sunk vessels are landing ships, corvettes and a tugboat.", "ships"),
    ("The brigade gave its tally. Among the destroyed vehicles were trucks, tanks and an armoured personnel "
     "carrier.", "armoured_vehicles"),
])
def test_list_of_lost_kinds_counts_its_item_of_one(text: str, category: str) -> None:
    assert _claims(text)[1].category == category


# -- an officer out of service speaks as a commentator ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Retired navy captain Oleh Bondar said Ukraine had sunk 26 Russian ships.",
    "Former army commander Ivan Savchuk said Ukraine had destroyed 26 Russian tanks in the week.",
])
def test_retired_officer_is_a_commentator(text: str) -> None:
    assert _claims(text)[26].claimant == "other"


# -- ships told by the missiles they carry -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The navy said it had destroyed five Kalibr carriers since the start of the year.", 5),
    ("Ukraine said it had damaged three Russian missile carriers in the Black Sea.", 3),
])
def test_missile_carriers_are_ships(text: str, value: float) -> None:
    assert _claims(text)[value].category == "ships"


# -- "the number of soldiers being killed": an ongoing toll, a rate whose unit the text leaves out ------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Last week Kyiv's defence minister put the number of Russian soldiers being killed at about 1,100.", 1100),
    ("In March, the general put the number of Ukrainian troops dying on the front at 80.", 80),
])
def test_number_being_killed_is_a_rate(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "rate"


# -- "since the offensive began in the second half of January": when the span began, not the span ---------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Moscow said on March 1 that Ukraine had lost 9,800 troops since its counteroffensive started in the first "
     "half of February.", 9800, "2026-03-01"),
    ("The minister claimed on May 20 that 6,400 Russian soldiers had been killed since the assault began in the "
     "second half of April.", 6400, "2026-05-20"),
])
def test_part_of_month_after_began_is_the_start(text: str, value: float, as_of: str) -> None:
    found = _claims(text)[value]
    assert (found.measure, found.period_days, found.as_of.isoformat()) == ("period", None, as_of)


# -- a rank with its class ("Captain 3rd Class") is part of the source's phrase, not its end -----------------------

@pytest.mark.parametrize("rank", ["Captain 3rd Class", "Captain 1st Rank"])
def test_rank_with_its_class_keeps_the_source_phrase(rank: str) -> None:
    text = (f"Source: {rank} Ivan Hrytsenko, the spokesman for Ukraine's Navy, at a briefing on 2 May\n\n"
            "Quote: \"Among the destroyed ones are landing ships and a patrol boat.\"")
    assert _claims(text)[1].claimant == "ua_officials"


# -- "a further 17 units are damaged": a state that stands now, not an increase over a span --------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The navy said 31 Russian ships had been hit. By its count a further 17 units are damaged and under repair.", 17),
    ("Ukraine's navy said it had sunk 20 Russian vessels, and another nine Russian ships remain damaged.", 9),
])
def test_further_units_damaged_now_are_a_standing_count(text: str, value: float) -> None:
    found = _claims(text)[value]
    assert (found.outcome, found.measure) == ("damaged", "cumulative")
