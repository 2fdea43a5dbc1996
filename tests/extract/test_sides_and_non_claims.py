"""Whose loss a figure is, and figures that are no loss of this war (issue 12, item 3 and the spurious claims).

Every sentence here is written for these tests, two wordings per construction; none is taken from an article.
"""

from __future__ import annotations

import pytest

from lossledger import Claim, extract_claims


def _claims(text: str, published: str = "2024-05-02") -> list[Claim]:
    return extract_claims(text, published=published, doc_id="t")


def _sides(text: str) -> dict[float, str]:
    return {c.value: c.side for c in _claims(text)}


# --- whose loss -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Russia's defence ministry admitted on Sunday that 2,150 troops have been lost in the region since March.",
    "The Ukrainian General Staff said 640 soldiers were lost in the fighting for the bridgehead, a rare admission.",
])
def test_a_belligerent_telling_of_losses_in_the_passive_tells_of_its_own(text: str) -> None:
    own = "russia" if text.startswith("Russia") else "ukraine"
    assert set(_sides(text).values()) == {own}


@pytest.mark.parametrize("text, own", [
    ("The Russian defence ministry said the loss of 7,300 soldiers in a single region was a heavy blow.", "russia"),
    ("Ukraine's defence minister spoke openly of the loss of 4,100 servicemen near the city last winter.", "ukraine"),
])
def test_the_loss_of_a_number_told_by_a_belligerent_is_its_own(text: str, own: str) -> None:
    assert set(_sides(text).values()) == {own}


def test_drones_lost_are_still_the_attackers() -> None:
    # what one side launches and loses is not the speaker's own loss
    assert _sides("Kyiv officials said 14 drones were lost from radar overnight.") == {14: "russia"}


@pytest.mark.parametrize("text, own", [
    ("Russia admitted losing 2 Su-34 bombers in the raid.", "russia"),
    ("Ukraine has acknowledged losing 5 F-16 jets since the summer.", "ukraine"),
    ("Moscow confirmed the deaths of 89 servicemen.", "russia"),
    ("The Russian defence ministry acknowledged that 63 servicemen had been killed.", "russia"),
])
def test_what_a_side_admits_is_its_own(text: str, own: str) -> None:
    assert set(_sides(text).values()) == {own}


def test_drones_a_side_acknowledges_shooting_down_stay_the_attackers() -> None:
    assert _sides("Ukraine acknowledged that 30 drones were shot down.") == {30: "russia"}


@pytest.mark.parametrize("text", [
    "Russia's population of 144 million dwarfs Ukraine's, and Moscow has lost 600,000 troops, the UK said.",
    "Ukraine's losses are unknown, but the Kremlin has lost 9,000 tanks, Oryx says.",
])
def test_a_name_that_loses_is_the_loser_not_a_source(text: str) -> None:
    assert set(_sides(text).values()) == {"russia"}


@pytest.mark.parametrize("text, own", [
    ("Russia said its troops had lost 3 tanks in the battle for the village.", "russia"),
    ("Ukraine said it had lost 5 Su-25 jets since the summer.", "ukraine"),
])
def test_a_speaker_that_lost_by_a_pronoun_lost_its_own(text: str, own: str) -> None:
    assert set(_sides(text).values()) == {own}


@pytest.mark.parametrize("text, own", [
    ("Russia has acknowledged 6,000 deaths among its troops.", "russia"),
    ("Kyiv has confirmed 31,000 dead among its soldiers since the invasion.", "ukraine"),
])
def test_deaths_among_the_speakers_own_troops_are_its_own(text: str, own: str) -> None:
    assert set(_sides(text).values()) == {own}


@pytest.mark.parametrize("text, side", [
    ("The Kremlin said 63 soldiers were killed when a Ukrainian strike hit their barracks.", "russia"),
    ("Kyiv said 12 servicemen died after a Russian missile attack on a training ground.", "ukraine"),
])
def test_the_attack_told_after_the_number_says_whose_loss(text: str, side: str) -> None:
    assert set(_sides(text).values()) == {side}


@pytest.mark.parametrize("text, side", [
    ("Russian strikes on the Ukrainian city of Kharkiv killed three people and injured 15, the governor said.",
     "ukraine"),
    ("A Ukrainian drone attack on the Russian border town of Shebekino killed two residents, officials said.",
     "russia"),
])
def test_a_sides_place_says_whose_victims(text: str, side: str) -> None:
    assert set(_sides(text).values()) == {side}


@pytest.mark.parametrize("text, side", [
    ("The Russian Defence Ministry said on Sunday that the fighting went on.\n"
     "Units of the Battlegroup North improved their positions and inflicted losses on the enemy: up to 300 "
     "servicemen and two tanks.", "ukraine"),
    ("Ukraine's General Staff gave its morning update.\n"
     "Defence units repelled 20 assaults and inflicted losses on the enemy of some 900 personnel.", "russia"),
])
def test_the_enemy_of_the_last_source_named(text: str, side: str) -> None:
    assert set(_sides(text).values()) == {side}


@pytest.mark.parametrize("text, side", [
    ("In the Kursk region, three people were killed and five injured when a drone hit a car, the governor said.",
     "russia"),
    ("Two civilians were wounded in Kharkiv overnight, the regional governor said.", "ukraine"),
    ("Officials said a woman was injured and 4 people were killed in Belgorod on Sunday.", "russia"),
])
def test_a_sides_place_named_with_the_victims_says_whose(text: str, side: str) -> None:
    assert set(_sides(text).values()) == {side}


@pytest.mark.parametrize("text, side", [
    ("Ukrainian drones hit Russian refinery; three killed in blaze", "russia"),
    ("Russian missiles strike Kharkiv power plant; 5 injured", "ukraine"),
])
def test_a_count_of_the_harmed_after_a_topic_of_weapons_counts_people(text: str, side: str) -> None:
    assert [(c.category, c.side) for c in _claims(text)] == [("people", side)]


@pytest.mark.parametrize("text, value", [
    ("A former Russian officer told reporters that his unit of 120 men had lost 80 in two weeks.", 80),
    ("Russia launched 72 drones at Ukraine overnight, the Ukrainian air force said, adding that 50 had been shot "
     "down.", 50),
])
def test_the_speakers_unit_and_weapons_fired_at_a_country(text: str, value: float) -> None:
    assert _sides(text) == {value: "russia"}


@pytest.mark.parametrize("text", [
    "Russian-installed officials in occupied Donetsk said five people were killed when Ukrainian forces shelled a "
    "market.",
    "Officials in Luhansk said nine people died after Ukrainian troops struck a bakery.",
])
def test_forces_that_attacked_after_the_toll_make_it_the_other_sides(text: str) -> None:
    assert set(_sides(text).values()) == {"russia"}


@pytest.mark.parametrize("text, value", [
    ("The war has cost Russia 5,000 tanks, Oryx says.", 5000),
    ("The battle for the town has cost Ukraine about 2,500 soldiers, a commander said.", 2500),
])
def test_what_the_war_cost_a_side_is_its_loss(text: str, value: float) -> None:
    assert [(c.value, c.outcome) for c in _claims(text)] == [(value, "losses")]


@pytest.mark.parametrize("text, own", [
    ("Ukraine's 47th Mechanized Brigade said 10 of its Bradleys were damaged.", "ukraine"),
    ("Russia's defence ministry said 20 of its aircraft were destroyed on the ground.", "russia"),
])
def test_a_part_of_the_speakers_own_is_its_loss(text: str, own: str) -> None:
    assert set(_sides(text).values()) == {own}


@pytest.mark.parametrize("text", [
    "Ukraine's air force said 40 of the 50 drones launched by Russia were destroyed.",
    "Ukraine's air force said 25 cruise missiles were shot down overnight.",
])
def test_a_force_that_speaks_is_the_source_not_the_loser(text: str) -> None:
    assert set(_sides(text).values()) == {"russia"}


@pytest.mark.parametrize("text", [
    "Kyiv officials said 14 helicopters had been downed by their air defences.",
    "Ukraine said its forces had destroyed 300 tanks and 12 jets in the south.",
])
def test_what_a_belligerent_destroyed_is_the_enemys(text: str) -> None:
    assert set(_sides(text).values()) == {"russia"}


@pytest.mark.parametrize("text, part", [
    ("Russia's defence ministry said 3,410 troops have been lost in the Kursk region. "
     "That total includes 260 servicemen taken prisoner.", 260),
    ("The Russian General Staff said 9,870 soldiers have been lost since the spring. "
     "Of them, 1,200 died of their wounds in hospitals.", 1200),
])
def test_a_part_of_the_figure_before_is_the_same_sides_loss(text: str, part: float) -> None:
    sides = _sides(text)
    assert sides[part] == "russia" and set(sides.values()) == {"russia"}


@pytest.mark.parametrize("text, value", [
    ("The governor of a Russian border region said a Ukrainian drone attack set a warehouse on fire overnight.\n"
     "Seven people were injured, three of them seriously, the official said on Telegram.", 7),
    ("A Ukrainian missile strike hit a shopping centre in a border town on Saturday.\n"
     "Five people were hurt, a doctor there said.", 5),
])
def test_victims_of_an_attack_told_just_before_are_the_attacked_sides(text: str, value: float) -> None:
    assert _sides(text)[value] == "russia"


def test_victims_with_no_attack_told_before_stay_the_usual_victims() -> None:
    text = "Officials held a briefing on the repairs.\nSeven people were injured, the official said on Telegram."
    assert _sides(text)[7] == "ukraine"


@pytest.mark.parametrize("text", [
    "Kremlin admits 12,500 troop losses\n\nThe Russian defence ministry said 12,500 troops have been lost since "
    "the offensive began.",
    "Moscow reports 3,300 troop losses in Kursk\n\nRussia's defence ministry said 3,300 soldiers were lost in the "
    "Kursk region.",
])
def test_a_headline_takes_the_side_its_body_gives_the_same_figure(text: str) -> None:
    assert set(_sides(text).values()) == {"russia"}


@pytest.mark.parametrize("text", [
    "A Ukrainian commander said 120 to 160 soldiers of his brigade were dying every week in the autumn.",
    "Kyiv's deputy defence minister said about 60 soldiers were dying daily on the eastern front.",
])
def test_soldiers_dying_told_by_their_own_side_are_its_losses(text: str) -> None:
    assert set(_sides(text).values()) == {"ukraine"}


@pytest.mark.parametrize("text, values", [
    ("Russia's losses have passed those of the US in Vietnam, where 58,220 American soldiers were killed.",
     (58_220,)),
    ("In the 2000s the US lost 2,459 troops in Afghanistan and 4,492 in Iraq, a fraction of Russia's toll.",
     (2_459, 4_492)),
])
def test_a_past_wars_dead_are_that_countrys(text: str, values: tuple[float, ...]) -> None:
    sides = _sides(text)
    assert all(sides[v] == "united_states" for v in values)


@pytest.mark.parametrize("text, value", [
    ("Russian forces destroyed 3 US-made Abrams tanks near Avdiivka, the ministry said.", 3),
    ("The Russian ministry said it destroyed 11 American Bradley vehicles in a week.", 11),
])
def test_where_a_belligerents_equipment_came_from_is_not_a_side(text: str, value: float) -> None:
    assert _sides(text)[value] == "ukraine"


# --- not this war's losses -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "At the start, the Russian army of slightly more than 190,000 men had lost 35,000 troops.",
    "Russian casualties have mounted since the spring. Moscow is said to have accumulated around 60,000 troops for a "
    "new assault on the city.",
    "The Ukrainian Navy says it has sunk a quarter of the fleet, which had 60 warships before the war began.",
    "Ukrainian losses have grown since June. Russia has reportedly massed some 25,000 soldiers near the town.",
])
def test_strength_massed_troops_and_pre_war_inventories_are_no_losses(text: str) -> None:
    values = {c.value for c in _claims(text)}
    assert values <= {35_000}


@pytest.mark.parametrize("text", [
    "Kyiv said 150 Ukrainian prisoners of war who had faced torture and death in Russian jails were returned home.",
    "\u201cUnder the agreement, 64 Ukrainian prisoners of war who faced death in Russian jails are being "
    "returned,\u201d the ministry said.",
])
def test_prisoners_returned_in_an_exchange_are_no_losses(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize("text", [
    "Officials said more than 2,300 people died and 5,000 were injured when floods swept the valley last spring. "
    "Another 400 were killed in the neighbouring province.",
    "The earthquake killed 18,000 people across the region.\nRussia has lost 250,000 soldiers in Ukraine, the "
    "General Staff said.",
])
def test_disaster_tolls_are_no_war_losses(text: str) -> None:
    values = {c.value for c in _claims(text)}
    assert values <= {250_000}


def test_a_war_toll_compared_with_a_disaster_stays() -> None:
    text = "Russia has lost more than 300,000 troops, more than the number killed in the 2004 tsunami."
    assert _sides(text) == {300_000: "russia"}


@pytest.mark.parametrize("text, value", [
    ("Ukraine's air force said it shot down all 18 Shahed drones launched by Russia overnight.", 18),
    ("Russian forces destroyed about 40 armoured vehicles supplied by Western allies, the ministry said.", 40),
])
def test_the_numbers_own_verb_of_loss_outweighs_a_non_loss_word_after_it(text: str, value: float) -> None:
    assert {c.value for c in _claims(text)} == {value}


@pytest.mark.parametrize("text, part", [
    ("Mediazona has identified 80,000 Russian soldiers who died, including 2,000 prisoners recruited by Wagner.",
     2000),
    ("Russian forces destroyed 50 Ukrainian tanks, including 10 tanks delivered by Germany, the ministry said.", 10),
])
def test_a_part_of_a_loss_described_by_a_non_loss_word_is_still_a_loss(text: str, part: float) -> None:
    assert part in {c.value for c in _claims(text)}


def test_a_part_of_people_rescued_is_no_loss() -> None:
    text = "A Russian strike on Sumy killed 3 people, and 20 people (including five children) have been rescued."
    assert {c.value for c in _claims(text)} == {3}


@pytest.mark.parametrize("text, kept", [
    ("North Korea sent 11,000 troops to Kursk, of whom 4,000 were killed or wounded, South Korea said.", {4000}),
    ("Of the 1,000 Russian soldiers sent to the front, 200 were killed, Kyiv said.", {200}),
])
def test_troops_sent_are_no_loss_but_those_of_them_killed_are(text: str, kept: set[float]) -> None:
    assert {c.value for c in _claims(text)} == kept


@pytest.mark.parametrize("text, kept", [
    ("Ukraine has received 31 Abrams tanks from the US, and lost 20 of them.", 20),
    ("Russia plans to build 1,000 new tanks a year, while it lost 3,000 in the war.", 3000),
])
def test_equipment_received_or_built_is_no_loss(text: str, kept: float) -> None:
    assert {c.value for c in _claims(text)} == {kept}


@pytest.mark.parametrize("text", [
    "Some 2,000 Russian soldiers went AWOL from their units, Mediazona said.",
    "More than 1,300 Ukrainian troops have gone AWOL, prosecutors said.",
])
def test_soldiers_gone_awol_deserted(text: str) -> None:
    assert [c.outcome for c in _claims(text)] == ["deserted"]


@pytest.mark.parametrize("text, kept", [
    ("The Black Sea Fleet had about 80 ships in 2022, and Ukraine says it has destroyed 27.", {27}),
    ("Russia still has some 1,200 tanks in its units and has lost 3,000, analysts say.", {3000}),
])
def test_what_a_side_has_is_no_loss(text: str, kept: set[float]) -> None:
    assert {c.value for c in _claims(text)} == kept


def test_what_a_side_had_killed_is_a_loss() -> None:
    assert {c.value for c in _claims("Ukraine has 500,000 casualties, a US official said.")} == {500_000}


@pytest.mark.parametrize("text, kept", [
    ("Kyiv said Russia has lost 500,000 troops. Together, the two armies have suffered nearly 1 million casualties, "
     "Western officials estimate.", {500_000}),
    ("The fighting has killed or wounded 300,000 soldiers on both sides, US officials said.", set()),
])
def test_totals_of_both_sides_are_no_claims(text: str, kept: set[float]) -> None:
    assert {c.value for c in _claims(text)} == kept


@pytest.mark.parametrize("text, kept", [
    ("Russia's defence ministry said its forces had struck 140 Ukrainian military targets, killing 500 soldiers.",
     {500}),
    ("Ukraine's army said it hit 35 key Russian energy targets and killed 60 troops.", {60}),
])
def test_targets_struck_are_no_losses(text: str, kept: set[float]) -> None:
    assert {c.value for c in _claims(text)} == kept


@pytest.mark.parametrize("text", [
    "Two Russian cruise missiles had struck the power plant before dawn, the regional governor said.",
    "Officials said four drones have hit apartment blocks in the city centre overnight.",
])
def test_weapons_that_struck_are_no_losses(text: str) -> None:
    assert [c for c in _claims(text) if c.category in ("missiles", "drones")] == []


@pytest.mark.parametrize("text", [
    "Russia's Black Sea Fleet lost a third of its ships: out of a total of about 75 warships, 25 were destroyed.",
    "Out of the 300 tanks it sent, 120 were destroyed, Ukraine's General Staff said.",
])
def test_the_whole_named_before_its_part_is_no_loss(text: str) -> None:
    values = {c.value for c in _claims(text)}
    assert 75 not in values and 300 not in values and values & {25, 120}


@pytest.mark.parametrize("text, kept", [
    ("The drone struck 20 km from the border, injuring 2 people aged 45 and 60, the governor of Belgorod said.", {2}),
    ("A Russian strike on Sumy killed 3 men aged between 30 and 50, officials said.", {3}),
])
def test_ages_are_no_counts(text: str, kept: set[float]) -> None:
    assert {c.value for c in _claims(text)} == kept


@pytest.mark.parametrize("text", [
    "A Ukrainian drone strike wounded 11 civilians in Adygea, officials said. \"11 people were wounded, nine of whom "
    "were hospitalised, including two children,\" the head of the republic wrote.",
    "Russian shelling killed 4 civilians in Sumy. The 4 people killed were all elderly, the governor said.",
])
def test_victims_told_as_civilians_and_as_people_are_one_claim(text: str) -> None:
    values = [c.value for c in _claims(text)]
    assert len(values) == len(set(values))


def test_people_wounded_with_parts_keep_their_own_outcome() -> None:
    found = _claims("Officials said 11 people were wounded, nine of whom were hospitalised, including two children.")
    assert {c.value: c.outcome for c in found}[11] == "wounded"


@pytest.mark.parametrize("line", ["Read also: Russia has lost over 140,000 soldiers, says Kyiv",
                                  "READ: 3,000 Russian tanks destroyed since the invasion"])
def test_related_story_link_lines_are_not_the_article(line: str) -> None:
    text = f"Ukraine's General Staff said Russia lost 990 troops on Monday.\n\n{line}\n\nThe fighting went on."
    assert {c.value for c in _claims(text)} == {990}
