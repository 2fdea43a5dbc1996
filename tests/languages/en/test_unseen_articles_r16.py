"""Round 16 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r16.py), the fixes of
earlier rounds' known shortfalls that a general rule reads, each pinned by sentences of other wordings than the
articles', and the civil ministries read from the profile's one list ([civil_ministries])."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lossledger.extract.sources import office_named, source_tables
from lossledger.languages.grammar import grammar_for
from lossledger.profiles import load_profile

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r16 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-06-02")


# -- (part 0) a civil ministry named with no nation: one list, the profile's [civil_ministries], read as a source's --
# -- role and as a local office that speaks for the side whose people it counts -------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Five rescuers were wounded in the strike, the Ministry of Emergency Situations said.", 5),
    ("Justice Minister Oleh Marchenko said 12 prisoners were killed when Russian bombs hit the prison.", 12),
    ("The energy ministry said 4 energy workers were wounded by Russian shelling in Nikopol.", 4),
])
def test_an_energy_justice_or_emergencies_ministry_is_a_source(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "ua_officials"


@pytest.mark.parametrize("text", [
    "The emergencies ministry said 7 people were killed by a Ukrainian drone in the Belgorod region.",
    "Ukrainian drones struck a bus near Kursk, killing 7 people, the justice ministry said.",
])
def test_a_civil_ministry_counting_a_sides_people_speaks_for_it(text: str) -> None:
    assert _claims(text)[7].claimant == "ru_officials"


def test_the_profiles_one_list_is_both_a_role_and_a_local_office() -> None:
    profile = load_profile()
    grammar = grammar_for("en")
    local_office = grammar.pattern("local_office")
    assert not local_office.search("the energy ministry")  # the grammar lists no ministry of its own
    assert office_named(profile, local_office, "the Energy Ministry") == "energy ministry"
    assert office_named(profile, local_office, "the region's governor") == "governor"
    assert office_named(profile, local_office, "the defence ministry") is None
    unmarked = source_tables(profile).unmarked
    assert unmarked is not None and unmarked.pattern.search("the ministry of emergencies")


# -- (rounds 1 and 14) "claimed its forces had shot down 12 drones", "said its drones had hit 12 aircraft": the simple -
# -- past told in reported speech is one attack's count, as the simple past is ------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Kyiv reported that its air defences had intercepted 14 Russian missiles over the capital.", 14),
    ("Moscow says its units had downed 9 Ukrainian drones over the Belgorod region.", 9),
    ("The navy claimed its sea drones had struck 3 Russian landing ships in the bay.", 3),
    ("Ukraine's military intelligence said on Friday its drones had hit 6 helicopters at an airfield.", 6),
])
def test_a_past_perfect_in_reported_speech_is_one_attacks_count(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


@pytest.mark.parametrize(("text", "value"), [
    ("By the end of 2023 Ukraine's air defences had shot down 5,000 Russian drones, the air force said.", 5_000),
    ("The air force said that by the end of 2023 its defences had shot down 5,000 Russian drones.", 5_000),
    ("Russia's defence ministry said its air defences had downed 2,300 Ukrainian drones since the start of the war.",
     2_300),
    ("The navy said that by May its drones had hit 30 Russian ships.", 30),
    ("The ministry said Russian tank losses had hit 3,000.", 3_000),
])
def test_a_past_perfect_to_a_time_or_of_a_total_stays_a_running_total(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "cumulative"


# -- (round 16) "his commander said the battalion had lost 37 men": a unit named with no side is the speaker's own ----

@pytest.mark.parametrize(("text", "value"), [
    ("The commander said the brigade lost 37 soldiers in the battle for the village.", 37),
    ("Its deputy commander, Major Ivan Kozak, said the regiment had lost 14 armoured vehicles since May.", 14),
])
def test_a_unit_with_no_side_that_lost_is_the_speakers(text: str, value: float) -> None:
    assert _claims(text)[value].side == "ukraine"


def test_a_unit_with_a_side_that_lost_is_that_sides() -> None:
    claim = _claims("Ukraine's General Staff said the Russian brigade lost 300 soldiers near Pokrovsk.")[300]
    assert claim.side == "russia"


# -- (round 16) "The number of injured has risen to 6": the people counted, named by what befell them ---------------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("The number of wounded rose to 14 overnight, the governor said.", 14, "wounded"),
    ("By the evening the number of the injured had reached 23, the mayor said.", 23, "wounded"),
])
def test_the_number_of_injured_counts_people(text: str, value: float, outcome: str) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome) == ("people", outcome)


# -- (round 16) "total nears 880,000", "losses approaches": a verb of nearing is an approximation ---------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Kyiv says the Russian toll now nears 900,000 troops.", 900_000),
    ("The number of Russian tanks destroyed approaches 10,000, Ukraine's General Staff said.", 10_000),
])
def test_nearing_a_figure_is_approximate(text: str, value: float) -> None:
    assert _claims(text)[value].qualifier == "approx"


# -- (round 10) "loyal to Chechen leader Ramzan Kadyrov, who has claimed ...": the person a ", who" clause of saying --
# -- is about is a source, so "Kadyrov said" in the next sentence names him again ------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Most of the dead served in battalions loyal to Dagestani leader Murad Aliyev, who has repeatedly said his units "
     "suffer few losses.\nAliyev said in January that only 90 Dagestani volunteers had died in the war.", 90,
     "ru_officials"),
    ("The brigade reports to Ukrainian General Mykola Bondar, who has said his men are outnumbered.\nBondar said on "
     "Friday that 60 Russian soldiers were killed near the village.", 60, "ua_officials"),
])
def test_the_person_a_who_clause_of_saying_is_about_is_a_source(text: str, value: float, claimant: str) -> None:
    assert _claims(text, published="2024-03-05")[value].claimant == claimant


def test_a_who_clause_after_no_name_gives_no_source() -> None:
    claim = _claims("Most served in units that were sent to the front, who have said little.\nThe governor said 40 "
                    "volunteers from the region had been killed.", published="2024-03-05")[40]
    assert claim.claimant == "ua_officials"


# -- (round 10) "The tally does not include the wounded, which commanders put at about 1,900": those a count leaves ---
# -- out are of its side ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Chechen leader Ramzan Kadyrov said 150 Chechen fighters had died in the war.\nThe count does not include the "
     "wounded, which commanders put at about 400.", 400, "russia"),
    ("Ukraine's navy said 30 of its sailors had died in the attack.\nThe figure does not include the wounded, which "
     "officers put at 80.", 80, "ukraine"),
])
def test_those_a_count_leaves_out_are_of_its_side(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


# -- "One person was killed, the mayor said; 9 were injured": a semicolon goes on with the source's report ----------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Two soldiers were killed in the shelling, the brigade's spokesman said; four more were wounded.", 4,
     "ua_officials"),
    ("Four civilians died in the strike, the regional governor said; 15 were taken to hospital with injuries.", 15,
     "ua_officials"),
])
def test_a_semicolon_goes_on_with_the_report(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


def test_a_source_named_after_the_semicolon_is_its_own() -> None:
    claims = _claims("Six people were killed, the governor said; Russia's defence ministry said it had downed 40 "
                     "drones.")
    assert (claims[6].claimant, claims[40].claimant) == ("ua_officials", "ru_mod")
