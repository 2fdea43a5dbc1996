"""Round 56c (helper h231): English constructions earlier probe rounds saw and left, each pinned by sentences of our own
in several wordings. The accused set off by commas ("Three officers, accused of ordering a strike that killed 14
civilians, were sentenced": no loss, and the strike's victims are the accused's enemy's, also past the place struck);
court counts (convicted, sentenced, jailed) that stay no loss, and a desertion verdict's subject that the older rounds
keep as deserters; a study as a source (", a study found", ", the researchers found", "according to a survey": other;
"a UN study" the body's; "the study" after "X released a study" points back at X); a numbered formation with no
nation ("The 58th Army said", "Its 20th Army lost 40 tanks") as the one belligerent in view's; a commander who "spoke
to reporters" before "He said his unit had lost 47" speaking for his own side. Round 54's pins lifted here (a part's
own span after a dated whole, a part's date not dating the whole, "Its ambassador to the UN said", a hedge opening a
second predicate with no auxiliary) are tested again in other wordings. What was seen and left is pinned as strict
xfail."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-11-20")


# -- 1. The accused in a clause set off by commas ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "toll", "side", "category"), [
    ("The two soldiers, who were charged over the shelling of a market that killed 23 civilians, denied it.", 23,
     "ukraine", "civilians"),
    ("Three Russian officers, accused of ordering a strike that killed 14 civilians, were sentenced on Monday.", 14,
     "ukraine", "civilians"),
    ("Two Ukrainian pilots, charged over a missile strike which killed 9 people in Donetsk, were jailed in absentia.",
     9, "russia", "people"),
    ("Four Russian soldiers, who were accused of executing 6 Ukrainian prisoners of war, were sentenced in Kyiv.", 6,
     "ukraine", "personnel"),
    # (the place struck between the strike and its verb)
    ("Two Russian soldiers, charged over a missile strike on a theatre that killed 30 people, remain at large.", 30,
     "ukraine", "people"),
])
def test_the_accused_set_off_by_commas_are_no_loss(text: str, toll: float, side: str, category: str) -> None:
    claims = _claims(text)
    assert set(claims) == {toll}
    assert (claims[toll].side, claims[toll].category) == (side, category)


@pytest.mark.parametrize("text", [
    "Two Russian pilots were charged over a missile strike on a theatre that killed 30 people.",
    "A court jailed three Russian gunners over a rocket attack on a market in Kherson which killed 30 people.",
])
def test_a_strike_on_a_place_that_killed_is_the_accuseds(text: str) -> None:
    assert _claims(text)[30].side == "ukraine"


@pytest.mark.parametrize(("text", "toll", "side"), [
    ("Two Russian officers accused of a strike that killed 20 people in Sumy will be sentenced next week.", 20,
     "ukraine"),
    ("Four Russian servicemen sentenced for killing 3 civilians in Bucha remain at large.", 3, "ukraine"),
])
def test_the_accused_named_by_a_bare_participle_are_no_loss(text: str, toll: float, side: str) -> None:
    claims = _claims(text)
    assert set(claims) == {toll}
    assert claims[toll].side == side
    assert claims[toll].measure != "projection"  # (the trial's "will" is no forecast of the toll)


def test_the_accused_to_be_tried_leave_their_victims_toll_no_projection() -> None:
    text = "The four Russian paratroopers, who are accused of killing 11 civilians in Irpin, will be tried in absentia."
    assert _claims(text)[11].measure != "projection"


@pytest.mark.parametrize(("text", "value"), [
    ("Three Russian soldiers charged with looting were killed in a Ukrainian strike on Monday.", 3),
    ("Two Russian soldiers, both charged with looting in Bucha, were killed in a drone strike on Tuesday.", 2),
    ("Ten Russian soldiers, who were charged with war crimes, were killed in a Ukrainian strike.", 10),
])
def test_the_accused_whose_own_predicate_is_a_loss_stay_a_loss(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.outcome) == ("russia", "killed")


# -- 2. Court counts ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Military courts convicted 600 soldiers of desertion last year.",
    "A military court sentenced 45 Russian soldiers to prison terms for looting.",
    "Garrison courts have jailed 1,300 servicemen since January.",
    "Ukrainian courts convicted 212 Russian soldiers of war crimes in absentia, prosecutors said.",
    "Some 80 Russian servicemen were sentenced for refusing to fight in October.",
    "Prosecutors charged 19 Russian soldiers with the killing of civilians in Bucha.",
    "Russian military courts heard 9,000 desertion cases in 2024.",
    "Five Ukrainian servicemen, convicted in absentia by a Russian court, denied the charges.",
])
def test_a_courts_count_is_no_loss(text: str) -> None:
    assert _claims(text) == {}


# -- 3. A study as a source -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russian losses rose to 48,000 in 2024, a study found.", 48_000, "other"),
    ("Some 4,000 Russian soldiers were killed near Avdiivka, a new study found.", 4000, "other"),
    ("Some 4,000 Russian soldiers were killed near Avdiivka, the researchers found.", 4000, "other"),
    ("Some 4,000 Russian soldiers were killed near Avdiivka, CSIS found.", 4000, "other"),
    ("Some 4,000 Russian soldiers were killed near Avdiivka, a new analysis shows.", 4000, "other"),
    ("At least 120 civilians were killed in Kherson in October, according to a survey.", 120, "other"),
    # a study a body owns is the body's
    ("At least 120 civilians were killed in Kherson in October, a UN study found.", 120, "un"),
    ("Some 4,000 Russian soldiers were killed near Avdiivka, an ISW analysis shows.", 4000, "isw"),
])
def test_a_study_after_the_figure_is_its_source(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


@pytest.mark.parametrize(("text", "value", "claimant", "claimant_text"), [
    ("The Kiel Institute released a study on Monday. Russia lost 48,000 soldiers in 2024, the study found.", 48_000,
     "other", "The Kiel Institute"),
    ("The UN human rights office released a study on Monday. At least 120 civilians were killed in Kherson in"
     " October, the study found.", 120, "un", "The UN"),
    ("Ukraine's defence ministry published a survey of families. About 3,000 Ukrainian soldiers were missing, the"
     " survey showed.", 3000, "ua_mod", "Ukraine's defence ministry"),
])
def test_the_study_points_back_at_the_body_that_issued_it(text: str, value: float, claimant: str,
                                                          claimant_text: str) -> None:
    claim = _claims(text)[value]
    assert (claim.claimant, claim.claimant_text) == (claimant, claimant_text)


@pytest.mark.parametrize("text", [
    "Russia lost 48,000 soldiers in 2024, a study by the Kiel Institute found.",
    "A study by the Kiel Institute found that Russia lost 48,000 soldiers in 2024.",
])
def test_a_study_by_a_body_names_the_body_alone(text: str) -> None:
    claim = _claims(text)[48_000]
    assert (claim.claimant, claim.claimant_text) == ("other", "the Kiel Institute")


@pytest.mark.parametrize("text", [
    "Investigators found 40 bodies in a mass grave near Izium.",
    "Russia released 90 Ukrainian prisoners of war on Monday.",
])
def test_found_or_released_with_an_object_is_no_source_of_a_loss(text: str) -> None:
    assert _claims(text) == {}


# -- 5. A numbered formation with no nation -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("Russian forces pressed on near Kupiansk. The 58th Army said it had destroyed 14 Ukrainian tanks in October.", 14,
     "ukraine", "ru_officials"),
    ("Moscow's offensive ground on. The 8th Guards Army reported that it had shot down 25 Ukrainian drones overnight.",
     25, "ukraine", "ru_officials"),
    ("Russian forces pressed on near Kupiansk. The 58th Army lost 1,200 soldiers there in October.", 1200, "russia",
     None),
    ("The Russian offensive stalled. Its 20th Army lost 40 tanks in a week, the General Staff said.", 40, "russia",
     "ua_general_staff"),
])
def test_a_numbered_formation_is_the_nation_in_views(text: str, value: float, side: str, claimant: str | None) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant) == (side, claimant)


def test_a_numbered_formation_with_both_sides_in_view_is_read_as_before() -> None:
    text = "Both Russian and Ukrainian troops fought for the town. The 58th Army lost 1,200 soldiers there."
    assert _claims(text) == {}


# -- 6. A commander's own unit, his side told the sentence before ---------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("A Ukrainian battalion commander spoke to reporters on Monday. He said his unit had lost 47 soldiers since June.",
     47, "ukraine", "ua_officials"),
    ("A Russian officer complained about supplies on Telegram. He wrote that his regiment had lost 210 men in a"
     " month.", 210, "russia", "ru_officials"),
    ("A Russian officer spoke to the BBC. His company had lost 30 men in a week, he said.", 30, "russia",
     "ru_officials"),
    ("Russian commander admits heavy losses\n\nSpeaking on condition of anonymity, the officer said his battalion had"
     " lost 130 men in a month.", 130, "russia", "ru_officials"),
])
def test_a_commanders_own_unit_is_his_sides(text: str, value: float, side: str, claimant: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant) == (side, claimant)


# -- 7. Round 54's pins, in other wordings ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "start"), [
    ("Ukraine has lost 1,200 tanks since February 2022, 300 of them since January, the analysts said.", 300,
     "2025-01-01"),
    ("The group has counted 900 Russian artillery systems destroyed since February 2022, 150 of them since May.", 150,
     "2025-05-01"),
])
def test_a_parts_own_start_after_a_dated_whole(text: str, value: float, start: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.period_start)) == ("period", start)


@pytest.mark.parametrize(("text", "whole", "part", "part_span"), [
    ("The UN has recorded 12,000 civilian deaths since the invasion, 2,100 of them in 2024.", 12_000, 2100,
     ("2024-01-01", "2024-12-31")),
    ("Oryx has counted 800 Russian aircraft lost since the invasion, 45 of them last year.", 800, 45,
     ("2024-01-01", "2024-12-31")),
])
def test_a_parts_date_does_not_date_the_whole(text: str, whole: float, part: float, part_span: tuple[str, str]) -> None:
    claims = _claims(text)
    assert (claims[whole].measure, str(claims[whole].as_of)) == ("cumulative", "2025-11-20")
    assert (str(claims[part].period_start), str(claims[part].as_of)) == part_span


def test_a_part_in_a_month_of_a_dated_whole() -> None:
    claims = _claims("Russia lost 9,000 soldiers in 2024, 1,100 of them in December.")
    assert (str(claims[9000].period_start), str(claims[9000].as_of)) == ("2024-01-01", "2024-12-31")
    assert (str(claims[1100].period_start), str(claims[1100].as_of)) == ("2024-12-01", "2024-12-31")


@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Ukraine protested again. Its envoy to the OSCE said 25 Ukrainian civilians had been killed in Kherson since"
     " Friday.", 25, "ua_officials"),
    ("Moscow rejected the claim. Its ambassador in Washington said 30 Russian civilians had been killed in Kursk in"
     " March.", 30, "ru_officials"),
])
def test_its_envoy_at_a_seat_is_the_nation_named_before(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The brigade destroyed 14 Russian tanks on Monday, and possibly destroyed 6 more on Tuesday.", 14, 6),
    ("Ukraine lost 90 soldiers in the battle, but it reportedly lost 12 armoured vehicles too.", 90, 12),
    ("Russia lost 300 soldiers, and reportedly 20 tanks.", 300, 20),
])
def test_a_hedge_opening_a_later_predicate_is_its_own(text: str, first: float, second: float) -> None:
    claims = _claims(text)
    assert (claims[first].hedged, claims[second].hedged) == (False, True)


@pytest.mark.parametrize("text", [
    "Some 300 Russian soldiers reportedly died in the assault on Pokrovsk.",
    "About 120 Russian troops reportedly surrendered near Kursk.",
    "Russian forces reportedly lost 300 soldiers near Toretsk, and 20 tanks.",
])
def test_a_hedge_with_no_auxiliary_before_the_verb_hedges(text: str) -> None:
    assert all(claim.hedged for claim in _claims(text).values())


# -- Known shortfalls seen on the way (strict xfail: a fix shows as a pass) --------------------------------------------

# (lifted in round 56f: a study of its own, attribution._unowned_work)
def test_the_study_with_no_body_before_is_a_source_of_its_own() -> None:
    text = ("A new study of Russian obituaries was published on Monday. About 3,000 Russian soldiers were killed in"
            " May, the study found.")
    assert _claims(text)[3000].claimant == "other"


@pytest.mark.xfail(strict=True, reason="excess deaths among men with no nation in the counted phrase ('among men in"
                   " Russia', 'among men aged 20 to 50 ... in Russia') are not read at all; what category they are"
                   " (people, or personnel for men of fighting age) the spec does not settle")
def test_excess_deaths_among_men_in_a_country() -> None:
    assert 31_000 in _claims("Excess deaths among men in Russia reached 31,000 last year.")


# (lifted in round 56f: a headline's bare unit after 'says', grammar speaker_lost)
def test_a_commanders_unit_lost_in_a_headline_is_his_sides() -> None:
    assert _claims("Ukrainian commander says unit lost 47 soldiers")[47].side == "ukraine"
