"""Round 24 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r24.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lossledger import extract_claims

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r24 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-09-09")


# -- "The tally of Russian tanks destroyed rose by four to 11,172": a change and the level it brings are two counts,
# not a range; the change is an increase, the level keeps the measure of its own words ------------------------------

@pytest.mark.parametrize(("text", "change", "level", "category"), [
    ("Russian personnel losses increased by 1,310 to 1,090,010, Ukraine's General Staff said.", 1310, 1_090_010,
     "personnel"),
    ("The number of Russian armoured vehicles destroyed has grown by 12 to 23,270, the General Staff reported.", 12,
     23_270, "armoured_vehicles"),
])
def test_a_change_and_the_level_it_brings_are_two_counts(text: str, change: float, level: float,
                                                         category: str) -> None:
    claims = _claims(text)
    assert (claims[change].value_high, claims[change].measure, claims[change].category) == (None, "period", category)
    assert (claims[level].value_high, claims[level].measure, claims[level].category) == (None, "cumulative",
                                                                                       category)


def test_the_level_after_a_change_of_one_attacks_toll_stays_that_attacks() -> None:
    claims = _claims("The death toll from the missile strike on Poltava has risen by five to 23, the governor said.")
    assert (claims[5].measure, claims[23].measure, claims[23].value_high) == ("period", "period", None)


def test_a_range_after_by_is_still_a_range_where_no_verb_of_change_reads_it() -> None:
    claim = _claims("Russia lost between 900 and 1,200 soldiers a day by the autumn, British intelligence said.")[900]
    assert claim.value_high == 1200


# -- "reached 32,590, up 38 from Monday": the day a change is counted from is no span of the figures ----------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia has lost 23,300 armoured vehicles, up 15 from Sunday, the General Staff said.", 23_300),
    ("The General Staff put Russia's drone losses at 57,600, up 190 from the day before.", 57_600),
])
def test_the_day_a_change_is_counted_from_starts_no_span(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_start) == ("cumulative", None)


# -- "Russia has lost 11,172 tanks, while the number of artillery systems reached 32,590": the kind named before a verb
# of reaching a level is what the number after it counts, not the list's first kind ---------------------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("The General Staff said Russia had lost 430 aircraft, while its helicopter losses stood at 345.", 345,
     "helicopters"),
    ("Russia has lost 2,010 rocket launchers, and the count of air defence systems destroyed has climbed to 1,230, the "
     "General Staff said.", 1230, "air_defence"),
])
def test_the_kind_before_a_verb_of_reaching_is_counted(text: str, value: float, category: str) -> None:
    assert _claims(text)[value].category == category


def test_a_list_without_a_verb_of_reaching_keeps_its_head() -> None:
    claims = _claims("A Russian strike on Sumy killed 11 people, including two children, and wounded 84, the governor "
                     "said.")
    assert claims[84].category in ("people", "civilians")


# -- "Russia has lost 1,088,420 soldiers, up 1,230 from the day before, the General Staff said. Ukraine's forces have
# also downed 57,410 drones, 215 more than a day earlier": a day's change of a running total does not make the report's
# next totals a day's figures ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia has lost 1,091,200 troops, up 1,190 from the day before, the General Staff said. Its forces have also "
     "destroyed 11,180 Russian tanks, eight more than a day earlier.", 11_180),
    ("Russia has lost 1,094,000 troops, up 1,020 on the previous day, the General Staff said. Its forces have also "
     "downed 58,300 Russian drones.", 58_300),
    ("Russia's personnel losses rose by 980 to 1,092,180, according to the General Staff. Ukraine has also downed "
     "57,800 Russian drones.", 57_800),
])
def test_totals_after_a_totals_change_stay_totals(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "cumulative"


def test_figures_after_a_days_increment_still_go_on_with_the_day() -> None:
    claims = _claims("Russia lost another 1,150 soldiers over the past day, the General Staff said. Its forces have "
                     "also destroyed nine tanks.")
    assert (claims[9].measure, claims[9].period_days) == ("period", 1)


# -- "... the General Staff said on Tuesday. The tally of Russian tanks destroyed rose to 11,172": equipment told right
# after a source's soldiers, on the same side, goes on with that source's report -------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russia has lost 1,093,000 soldiers since the invasion, Ukraine's General Staff said on Wednesday. Russian tank "
     "losses reached 11,190.", 11_190, "ua_general_staff"),
    ("Ukraine lost 2,100 soldiers in the Kursk region over the week, Russia's defence ministry said. Ukrainian tank "
     "losses there reached 14.", 14, "ru_mod"),
])
def test_equipment_after_a_sources_soldiers_goes_on_with_its_report(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


def test_equipment_of_the_other_side_does_not_go_on_with_a_belligerents_report() -> None:
    claims = _claims("Russia has lost 1,093,000 soldiers since the invasion, Ukraine's General Staff said. Ukraine's "
                     "own tank losses reached 1,400.")
    assert claims[1400].claimant is None


# -- "The General Staff put Russia's drone losses at 57,600": a drone or a missile named as what was lost tells of no
# attack (the figure stays a running total), as another word of attack would ----------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia's drone losses stand at 57,600, the General Staff said.", 57_600),
    ("By Kyiv's count, Russia's drone losses amount to 58,400.", 58_400),
])
def test_a_drone_named_as_the_loss_tells_of_no_attack(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "cumulative"


def test_drones_downed_in_a_drone_attack_are_that_attacks() -> None:
    claim = _claims("Air defences downed 70 drones during a massive drone attack on Kyiv, the air force said.")[70]
    assert claim.measure == "period"


# -- "Russian drone losses stood at 58,400 on Sunday": the day a level stood at is the figure's date, not a day whose
# losses it counts ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Russia's losses in armoured vehicles amounted to 23,410 on Friday, according to the General Staff.", 23_410,
     "2025-09-05"),
    ("The number of Russian troops killed or wounded stood at 1,095,000 on Thursday, Kyiv said.", 1_095_000,
     "2025-09-04"),
])
def test_the_day_a_level_stood_at_is_no_days_loss(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.as_of)) == ("cumulative", as_of)


def test_losses_on_a_named_day_are_that_days() -> None:
    claim = _claims("Russia lost 1,240 soldiers on Friday, the General Staff said.")[1240]
    assert (claim.measure, claim.period_days) == ("period", 1)


# -- "Four of them were camera operators": a part of the figure before, named after "of them" and a copula, has that
# figure's outcome ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "category", "outcome"), [
    ("At least 60 medics have been killed since the invasion, the health ministry said. Nine of them were women.", 9,
     "civilians", "killed"),
    ("Russia has lost 310 tanks near Avdiivka since October, analysts said. Forty of them were T-90s.", 40, "tanks",
     "losses"),
])
def test_a_part_named_after_of_them_has_the_wholes_outcome(text: str, value: float, category: str,
                                                           outcome: str) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome) == (category, outcome)


def test_a_part_of_a_launch_named_after_of_them_keeps_its_own_outcome() -> None:
    claim = _claims("Russia fired 116 drones overnight, and 86 of them were shot down, the air force said.")[86]
    assert (claim.category, claim.outcome) == ("drones", "destroyed")


# -- "killing seven workers": people at work are civilians ------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("A glide bomb hit a warehouse in Zaporizhzhia, killing five workers, the regional governor said.", 5),
    ("Nine workers were injured when a Russian missile struck a grain terminal in Odesa, the governor said.", 9),
])
def test_workers_are_civilians(text: str, value: float) -> None:
    assert _claims(text)[value].category == "civilians"


# -- "sunk or disabled three warships": either of two fates, not said which, is a loss ------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Ukrainian naval drones have sunk or damaged 12 Russian ships this year, the navy said.", 12),
    ("The Black Sea Fleet has had 15 vessels sunk or disabled since 2022, British intelligence said.", 15),
])
def test_sunk_or_disabled_is_a_loss(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "losses"


# -- "bringing to 29 the number of Russian vessels destroyed since the full-scale invasion began": a level put before
# the count it is of, which names its kind and its side; the increase's "since January" is not the total's span -----

@pytest.mark.parametrize(("text", "value", "category"), [
    ("Two more Russian helicopters were shot down near Kupiansk, raising to 352 the number of Russian helicopters "
     "destroyed since 2022, the General Staff said.", 352, "helicopters"),
    ("Ukraine's navy says it sank a landing ship on Sunday, taking to 30 the tally of Russian warships lost in the "
     "war.", 30, "ships"),
])
def test_a_level_before_the_number_of_what_it_counts(text: str, value: float, category: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.measure) == ("russia", category, "cumulative")


@pytest.mark.parametrize(("text", "value", "category"), [
    ("Ukraine says it has downed 40 Russian jets since March 2024, taking the total number of Russian aircraft "
     "destroyed to 410.", 410, "aircraft"),
    ("Kyiv said its forces hit two more Russian launchers on Friday, bringing the number of Russian air defence "
     "systems destroyed to 1,230.", 1230, "air_defence"),
])
def test_the_level_a_count_is_brought_to_is_of_that_count(text: str, value: float, category: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.measure, claim.period_start) == ("russia", category, "cumulative", None)


# -- "KYIV, March 3 (Wire) - ... on Monday": an undated text dated by its dateline is of that day, not of the day after
# its latest news (its undated figures, "overnight", are as of the dateline's day) ------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("LVIV, June 12 (Wire) - A Russian missile hit a school in the city on Thursday, the mayor said. Air defences shot "
     "down 30 Russian drones overnight, the air force said.", 30, "2025-06-12"),
    ("MOSCOW, Aug 5 (Agency) - Ukrainian shelling damaged a power line in Belgorod on Tuesday, the governor said. "
     "Russia's defence ministry said its forces had destroyed 27 Ukrainian drones overnight.", 27, "2025-08-05"),
])
def test_an_undated_text_is_of_its_datelines_day(text: str, value: float, as_of: str) -> None:
    assert str({c.value: c for c in extract_claims(text)}[value].as_of) == as_of


def test_an_undated_text_dated_by_its_latest_news_may_be_a_day_later() -> None:
    text = ("On Tuesday, October 8, a Russian strike on Odesa killed four people, the governor said. Air defences shot "
            "down 12 Russian drones overnight, the air force said.")
    claims = {c.value: c for c in extract_claims(text)}
    assert (str(claims[4].as_of), str(claims[12].as_of)) == ("2024-10-08", "2024-10-09")


# -- "On Thursday, May 16, a missile hit a printing house, killing seven workers. Another 21 people were wounded": one
# more of an attack's victims, told in the next sentence, are of the attack's day -----------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("A Russian drone struck a bus in Kherson on Saturday morning, killing three passengers, the governor said. A "
     "further nine were injured.", 9, "2025-09-06"),
    ("On September 2, a guided bomb hit a school in Kupiansk, killing two teachers, the regional administration said. "
     "Another 14 people were hurt.", 14, "2025-09-02"),
])
def test_more_victims_of_a_dated_attack_are_of_its_day(text: str, value: float, as_of: str) -> None:
    assert str(_claims(text)[value].as_of) == as_of


def test_victims_of_another_story_are_not_of_the_attacks_day() -> None:
    claims = _claims("On Saturday, a drone struck a bus in Kherson, killing three people, the governor said.\n"
                     "Another 11 people were wounded in shelling of Nikopol, officials said.")
    assert str(claims[11].as_of) == "2025-09-09"


# -- "- 12,654: civilians killed since February 2022, according to the UN": a "by the numbers" line opens on its figure,
# and what it counts follows the colon -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side", "category", "claimant"), [
    ("The war in figures\n- 1,120,000: Russian troops killed or wounded since February 2022, according to Ukraine's "
     "General Staff.\n- 14,000: civilians killed, according to the UN.", 1_120_000, "russia", "personnel",
     "ua_general_staff"),
    ("Three years on, by the numbers\n* 4,100: Russian tanks lost, as counted by Oryx.\n* 250: Ukrainian jets "
     "destroyed, Russia's defence ministry claims.", 4100, "russia", "tanks", "oryx"),
])
def test_a_line_that_opens_on_its_figure_counts_what_follows_the_colon(text: str, value: float, side: str,
                                                                        category: str, claimant: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.claimant) == (side, category, claimant)


def test_a_label_before_its_figure_is_still_a_label() -> None:
    claim = _claims("Russian losses, according to the General Staff:\nTanks: 11,210\nArtillery systems: 32,700")[11_210]
    assert claim.category == "tanks"


# -- "95,000 Russian soldiers confirmed dead by name by Mediazona": a verb of saying followed by the fate of what it
# follows is a participle, not a source's verb ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("There are now 96,200 Russian servicemen confirmed dead by Mediazona and the BBC, the outlets said.", 96_200,
     "mediazona"),
    ("The list holds 88,000 Russian soldiers confirmed killed by name, Mediazona said.", 88_000, "mediazona"),
    ("At least 31 Ukrainian soldiers reported missing after the assault were later found alive, the brigade said.",
     31, "ua_officials"),
])
def test_a_verb_of_saying_before_a_fate_is_a_participle(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "At least 206 Ukrainian prisoners of war had died in captivity. Another 42 were executed": more of what the
# sentence before counted are the same side's, whoever reports them ------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Ukraine's ombudsman said 190 Ukrainian prisoners of war had died in Russian captivity. Another 37 were executed "
     "after surrendering, his office said.", 37, "ukraine"),
    ("Kyiv's military intelligence said 52 Ukrainian servicemen had died in Russian captivity this year. Another 16 "
     "were executed after being taken prisoner, it said.", 16, "ukraine"),
    ("The Russian defence ministry said 40 Russian servicemen had been killed in the strike. Another 18 died later in "
     "hospital, it said.", 18, "russia"),
])
def test_more_of_the_count_before_are_the_same_sides(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side
