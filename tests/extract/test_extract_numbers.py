"""Core recall: numbers the extractor must read, and the category each one counts.

Every case is a construction, written in at least two wordings of our own (none is article text): a count
of one, a number word that opens its sentence, a part of a launched total, a pronoun or "that number"
standing for the noun of the sentence before, a copula ("57 were children"), ranges of people dying,
outcome words before the noun ("28 destroyed tanks"), and the people / personnel / civilians split.
Each case also has a near miss that must stay unread.
"""

from __future__ import annotations

import pytest

from lossledger import Claim, extract_claims


def claims(text: str, published: str = "2024-05-06") -> list[Claim]:
    return extract_claims(text, published=published, doc_id="t")


def keys(text: str, published: str = "2024-05-06") -> set[tuple[object, ...]]:
    """(category, value, value_high, outcome) of every claim."""
    return {(c.category, c.value, c.value_high, c.outcome) for c in claims(text, published)}


def has(text: str, category: str, value: float, outcome: str | None = None,
        value_high: float | None = None) -> Claim:
    found = claims(text)
    matches = [c for c in found if c.category == category and c.value == value and c.value_high == value_high
               and (outcome is None or c.outcome == outcome)]
    assert matches, f"no {category} {value} {outcome} in {[(c.category, c.value, c.outcome) for c in found]}"
    return matches[0]


def values(text: str) -> set[float]:
    return {c.value for c in claims(text)}


# --- a range of years before a count: "since 2022 to 315,620" -----------------------------------------

@pytest.mark.parametrize("text", [
    "The General Staff said 1,200 soldiers were lost in the past day, bringing the total number of Russian "
    "casualties since February 24, 2022 to 402,130.",
    "The ministry raised its tally of Russian troops killed since the invasion in 2022 to 95,400.",
])
def test_a_count_after_a_year_and_to_is_read(text: str) -> None:
    assert {402_130, 95_400} & values(text)


def test_a_span_of_years_stays_unread() -> None:
    assert values("Between 2014 to 2021, the conflict in the east simmered; Russia lost 40 tanks.") == {40}


# --- "N of which / of whom / of those" after a total ------------------------------------------------

@pytest.mark.parametrize("text, category, value", [
    ("Russia launched 64 attack drones at the capital overnight, 51 of which were shot down, the air force said.",
     "drones", 51),
    ("Russia fired 30 missiles towards Odesa, 22 of which were intercepted by air defences.", "missiles", 22),
])
def test_a_part_of_a_launched_total_is_destroyed(text: str, category: str, value: float) -> None:
    claim = has(text, category, value, "destroyed")
    assert claim.side == "russia"
    assert value + 0 not in {c.value for c in claims(text) if c.value > value}  # the launched total stays out


@pytest.mark.parametrize("text, value", [
    ("Officials said 14 people were injured in the blast, six of whom were taken to hospital.", 6),
    ("Police said 23 residents were wounded, nine of whom remain in hospital.", 9),
])
def test_a_part_of_the_wounded(text: str, value: float) -> None:
    assert any(c.value == value and c.outcome == "wounded" for c in claims(text))


@pytest.mark.parametrize("text, value", [
    ("The think tank estimates Russia has suffered 700,000 casualties. As many as 180,000 of those may have died.",
     180_000),
    ("The report counts 520,000 Russian casualties in total. Up to 140,000 of these could be dead.", 140_000),
])
def test_of_those_points_to_the_noun_of_the_sentence_before(text: str, value: float) -> None:
    claim = has(text, "personnel", value, "killed")
    assert claim.side == "russia"


# --- "that number", "the real total": a figure whose noun is in the sentence before ----------------

@pytest.mark.parametrize("text, value", [
    ("British intelligence said Russia had lost about 25,000 troops by May. Kyiv puts that number at more than "
     "48 thousand.", 48_000),
    ("A researcher counted 17,000 Ukrainian soldiers killed in the fighting. He believes the true total is above "
     "26,000.", 26_000),
])
def test_that_number_takes_the_noun_of_the_sentence_before(text: str, value: float) -> None:
    has(text, "personnel", value)


def test_that_number_needs_a_figure_before() -> None:
    assert not claims("The council met on Monday. It puts that number at 40.")


# --- the copula: "57 were children", "1,200 were volunteers" ----------------------------------------

@pytest.mark.parametrize("text, category, value", [
    ("At least 312 civilians were killed in the region last month. Among them, 41 were children.", "civilians", 41),
    ("Mediazona has confirmed the deaths of 61,000 Russian soldiers. Of these, 9,400 were volunteers.",
     "personnel", 9_400),
])
def test_a_copula_names_what_a_part_counts(text: str, category: str, value: float) -> None:
    has(text, category, value, "killed")


# --- outcome words and adjectives between a number and its noun -------------------------------------

@pytest.mark.parametrize("text, category, value", [
    ("Of the 31 destroyed Ukrainian tanks, nine were German-made Leopards, the Russian ministry said.", "tanks", 31),
    ("Moscow said its forces had eliminated 17 damaged Ukrainian boats near the coast.", "ships", 17),
    ("The army destroyed two advanced US-made HIMARS rocket systems, Moscow said.", "mlrs", 2),
    ("Ukraine's navy said two small Russian missile boats were sunk near the island.", "ships", 2),
])
def test_words_between_a_number_and_its_noun(text: str, category: str, value: float) -> None:
    has(text, category, value)


def test_a_copula_lists_parts_of_a_counted_whole() -> None:
    found = keys("Of the 31 destroyed Ukrainian tanks, nine were German-made Leopards, the Russian ministry said.")
    assert ("tanks", 9, None, "destroyed") in found


@pytest.mark.parametrize("text, value", [
    ("A research group puts Ukraine's military toll at about 12,300 'combat and non-combat' deaths.", 12_300),
    ("Regional officials said two 12-year-old children were among those killed.", 2),
])
def test_quoted_and_hyphenated_modifiers(text: str, value: float) -> None:
    assert value in values(text)


# --- people dying: "between 50 and 100 troops were dying" ---------------------------------------------

@pytest.mark.parametrize("text, low, high", [
    ("Last spring the president said between 60 and 90 Ukrainian soldiers were dying every day.", 60, 90),
    ("An adviser said 100 to 150 Ukrainian troops die daily in the east.", 100, 150),
])
def test_dying_is_killed(text: str, low: float, high: float) -> None:
    has(text, "personnel", low, "killed", value_high=high)


# --- a count of one ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, category, outcome", [
    ("A Russian drone hit a bus in Kherson, killing three people and injuring a woman, the governor said.",
     "civilians", "wounded"),
    ("Shelling of the village killed two residents and wounded a teenager, local authorities said.",
     "civilians", "wounded"),
])
def test_one_victim_after_a_harm_verb(text: str, category: str, outcome: str) -> None:
    claim = has(text, category, 1, outcome)
    assert claim.side == "ukraine"


@pytest.mark.parametrize("text", [
    "Rescuers said a nine-year-old boy was among those killed in the strike on Sumy.",
    "A 15-year-old girl was among the dead, the regional governor said.",
])
def test_one_among_the_dead(text: str) -> None:
    has(text, "civilians", 1, "killed")


@pytest.mark.parametrize("text", [
    "Air defences shot down 40 drones overnight and a cruise missile, the air force said.",
    "The navy said it had destroyed 26 Russian vessels, including a submarine, since the war began.",
    "Ukraine says Russia has lost 380 aircraft, 330 helicopters, 28 ships and even a submarine.",
])
def test_one_item_in_a_list_of_losses(text: str) -> None:
    assert any(c.value == 1 and c.category in ("missiles", "submarines") for c in claims(text))


@pytest.mark.parametrize("text, category", [
    ("Ukraine's navy said Russia lost a patrol boat off the coast of Crimea on Tuesday.", "ships"),
    ("Russia appears to have lost a $300m submarine after a missile strike on Sevastopol, Kyiv said.", "submarines"),
])
def test_one_item_after_a_loss_verb(text: str, category: str) -> None:
    has(text, category, 1)


@pytest.mark.parametrize("text, category", [
    ("Dnipro was hit by a missile attack that caused one fatality and at least four injuries, officials said.",
     "civilians"),
    ("A drone strike on the village caused one fatality, the regional administration said.", "civilians"),
])
def test_one_fatality(text: str, category: str) -> None:
    assert any(c.value == 1 and c.outcome == "killed" and c.category in (category, "people") for c in claims(text))


@pytest.mark.parametrize("text", [
    "A woman and her son were killed in a strike on their home, police said.",
    "Russia launched a missile at Kyiv overnight and a drone hit a school.",
    "The president met a delegation and a general in Kyiv.",
])
def test_people_identified_without_a_number_are_not_counted(text: str) -> None:
    assert not claims(text)


# --- a number word that opens its sentence ------------------------------------------------------------

@pytest.mark.parametrize("text, value, outcome", [
    ("The navy said 15 Russian ships had been hit this year. Six, for example, are now being repaired after "
     "sustaining damage.", 6, "damaged"),
    ("Oryx counts 2,100 Russian tanks lost. Of these, 1,300 had been completely destroyed and 160 damaged.",
     1_300, "destroyed"),
])
def test_a_bare_number_continues_the_sentence_before(text: str, value: float, outcome: str) -> None:
    assert any(c.value == value and c.outcome == outcome and c.category in ("ships", "tanks")
               for c in claims(text))


@pytest.mark.parametrize("text, value", [
    ("Ukraine said 40 civilians had been killed by Friday. A further 17 are missing, the police added.", 17),
    ("Thirty people were killed in the strike, officials said. Another 12 remain missing.", 12),
])
def test_a_further_number_missing(text: str, value: float) -> None:
    assert any(c.value == value and c.outcome == "missing" for c in claims(text))


@pytest.mark.parametrize("text, outcome", [
    ("Oryx counts 2,100 Russian tanks lost. Another 240 tanks had been left behind by their crews.", "abandoned"),
    ("Oryx counts 2,100 Russian tanks lost. About 600 had been taken over by Ukrainian units.", "captured"),
])
def test_left_behind_and_taken_over(text: str, outcome: str) -> None:
    assert any(c.category == "tanks" and c.outcome == outcome for c in claims(text))


# --- "N verified losses of X" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, category, value", [
    ("There have been at least 31 confirmed losses of Russian attack helicopters, the ministry said.",
     "helicopters", 31),
    ("Analysts list 95 documented losses of Ukrainian infantry fighting vehicles in the offensive.",
     "armoured_vehicles", 95),
])
def test_losses_of_a_category(text: str, category: str, value: float) -> None:
    has(text, category, value, "losses")


def test_a_fleet_of_n_is_inventory() -> None:
    assert values("Russia has lost 23 Ka-52 helicopters, a quarter of its fleet of 90.") == {23}


# --- people, personnel, civilians ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In the east alone, Russia loses 600 people killed and wounded every day, the minister said.",
    "Ukraine has lost 300 people in the battle for the town this week, a commander said.",
])
def test_people_a_belligerent_loses_are_personnel(text: str) -> None:
    assert any(c.category == "personnel" for c in claims(text))


@pytest.mark.parametrize("text", [
    "The UN monitoring mission said the toll includes 1,150 casualties in March (190 killed, 960 injured).",
    "The UN human rights office counted 870 casualties in June (150 killed and 720 injured) across Ukraine.",
])
def test_the_un_counts_civilians(text: str) -> None:
    assert {c.category for c in claims(text)} == {"civilians"}


@pytest.mark.parametrize("text", [
    "The UN said it had confirmed the deaths of 9,800 civilians. Nearly 7,000 of the deaths were in areas "
    "Kyiv controls.",
    "Officials counted 420 civilian deaths in the region. About 300 of the deaths were in the city itself.",
])
def test_of_the_deaths_points_back_to_its_victims(text: str) -> None:
    assert {c.category for c in claims(text)} == {"civilians"}


@pytest.mark.parametrize("text, category", [
    ("Ukraine's navy said Russia had lost landing ships and patrol boats. According to the navy, 12 Russian units "
     "remain damaged.", "ships"),
    ("Ukraine's army said Russian howitzers and mortars were hit near the river. It said 9 Russian units were "
     "destroyed.", "artillery"),
])
def test_units_take_the_kind_named_in_the_sentence_before(text: str, category: str) -> None:
    assert any(c.category == category for c in claims(text))


@pytest.mark.parametrize("text", [
    "Ukraine recovered the bodies of three fallen soldiers, as well as the body of a dead marine, officials said.",
    "Officials said Ukraine recovered the bodies of 40 dead soldiers and the remains of a dead pilot.",
])
def test_one_body_among_the_bodies_returned(text: str) -> None:
    assert any(c.value == 1 and c.category == "personnel" for c in claims(text))


# --- what is not one side's loss ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The study estimated that combined Russian and Ukrainian casualties could reach 1.5 million by the summer.",
    "Western officials say both sides have lost about 400,000 troops killed or wounded.",
])
def test_totals_of_both_sides_are_not_claims(text: str) -> None:
    assert not claims(text)


@pytest.mark.parametrize("text", [
    "About 20% of the 150 Leopard tanks Germany has sent have been damaged or destroyed, officials said.",
    "Roughly 30 per cent of the 90 howitzers delivered by allies have been lost, Ukraine's army said.",
])
def test_a_share_of_a_delivered_whole_is_no_count_of_losses(text: str) -> None:
    assert not claims(text)


@pytest.mark.parametrize("text, low, high", [
    ("Moscow said Ukraine had lost 60-70,000 troops in the offensive.", 60_000, 70_000),
    ("Kyiv estimates that 30 to 35,000 Russian soldiers were killed in the battle.", 30_000, 35_000),
])
def test_a_range_shares_the_thousands_of_its_high_end(text: str, low: float, high: float) -> None:
    assert any(c.value == low and c.value_high == high for c in claims(text))


@pytest.mark.parametrize("text, category", [
    ("A missile attack on the port killed four men and injured 9 more, officials said.", "people"),
    ("Kyiv said Russia lost over 2,900 men in a five-day push near the town.", "personnel"),
])
def test_men_are_soldiers_or_the_victims_of_a_strike(text: str, category: str) -> None:
    assert {c.category for c in claims(text)} == {category}


@pytest.mark.parametrize("text, side, value", [
    ("Up to 40,000 Russians and 15,000 Ukrainians may have died in the fighting, the leaked papers say.",
     "ukraine", 15_000),
    ("In Afghanistan the Soviets lost 15,000 soldiers in a decade, the minister said.", "soviet_union", 15_000),
])
def test_a_people_noun_names_its_side(text: str, side: str, value: float) -> None:
    assert any(c.value == value and c.side == side for c in claims(text))


@pytest.mark.parametrize("text", [
    "Air defences shot down 30 drones and a cruise missile hit a power plant, the Ukrainian air force said.",
    "Ukraine said 12 Russian drones were downed, and a glide bomb struck a school in Kharkiv.",
])
def test_an_item_that_acts_is_no_count_of_one(text: str) -> None:
    assert all(c.value != 1 for c in claims(text))


@pytest.mark.parametrize("text", [
    "The governor said 7 people were injured, a man and a woman among them, after a drone hit a car.",
    "Officials said 3 people were killed in the strike, and a woman and her son were injured.",
])
def test_a_pair_of_people_is_named_not_counted(text: str) -> None:
    assert all(c.value != 1 for c in claims(text))


@pytest.mark.parametrize("text, category, value", [
    ("Ukraine's navy said its drones destroyed several Russian warships. "
     "\"Two Russian landing ships and a patrol boat.\"", "ships", 2),
    ("Kyiv said its forces shot down Russian helicopters near the border. Three Ka-52 helicopters, it said.",
     "helicopters", 3),
])
def test_a_list_without_a_verb_takes_the_outcome_of_the_sentence_before(text: str, category: str,
                                                                        value: float) -> None:
    has(text, category, value, "destroyed")


def test_no_outcome_is_borrowed_from_a_sentence_with_figures_of_its_own() -> None:
    assert values("Russia lost 40 tanks near the town, Kyiv said. The army still has 200 tanks.") == {40}


@pytest.mark.parametrize("text", [
    "Britain said Russia had lost about 25,000 troops by May. Ukraine's General Staff puts that number at 48,000.",
    "UK intelligence estimates Russia has lost 30,000 soldiers. The Ukrainian military puts the figure at 52,000.",
])
def test_that_number_keeps_the_side_of_the_figure_it_restates(text: str) -> None:
    assert {c.side for c in claims(text)} == {"russia"}


@pytest.mark.parametrize("text, category", [
    ("A Russian Ka-52 helicopter was shot down near the village, Ukraine's army said.", "helicopters"),
    ("Kyiv said a Russian landing ship had been sunk off the coast of Crimea.", "ships"),
])
def test_one_item_with_a_passive_verb_of_loss(text: str, category: str) -> None:
    has(text, category, 1, "destroyed")


def test_one_person_with_a_passive_verb_only_in_a_toll() -> None:
    assert not claims("A 45-year-old man was killed in the shelling of Kherson, the governor said.")
    assert any(c.value == 1 and c.outcome == "killed"
               for c in claims("A civilian was killed and five were injured in the shelling, the governor said."))


# --- hundreds in words; attackers are not losses -------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Russia has lost two hundred tanks near the city, Kyiv said.", 200),
    ("Five hundred Russian soldiers were killed in the assault, Ukraine's General Staff said.", 500),
    ("Kyiv estimates that two hundred thousand Russian troops have been killed.", 200_000),
])
def test_hundreds_in_words(text: str, value: float) -> None:
    assert value in values(text)


@pytest.mark.parametrize("text", [
    "Two Russian missiles hit a school in Kyiv, the mayor said.",
    "One of the drones struck an apartment block in Odesa, the governor said.",
])
def test_weapons_that_strike_are_not_lost(text: str) -> None:
    assert not [c for c in claims(text) if c.category in ("missiles", "drones")]


def test_weapons_that_were_hit_are_lost() -> None:
    has("Ukraine's army said two Russian tanks were hit near the village.", "tanks", 2)


@pytest.mark.parametrize("text, category, value", [
    ("Kyiv said its forces shot down two Russian Ka-52 attack helicopters near the village.", "helicopters", 2),
    ("Ukraine's air force said it had downed three Kalibr cruise missiles and 12 Lancets overnight.", "missiles", 3),
    ("The General Staff said Russia had lost two S-300 launchers and a Pantsir in the strike.", "air_defence", 2),
])
def test_named_weapon_types_are_their_category(text: str, category: str, value: float) -> None:
    has(text, category, value)


@pytest.mark.parametrize("text, value", [
    ("The toll has risen to 23, the regional governor said on Telegram.", 23),
    ("Rescuers kept searching the rubble as the toll climbed to 31, officials said.", 31),
])
def test_the_toll_counts_the_dead(text: str, value: float) -> None:
    has(text, "people", value, "killed")


@pytest.mark.parametrize("text, outcome", [
    ("The group counts 18,000 Ukrainian soldiers killed, not including 9,000 soldiers listed as missing.", "missing"),
    ("Kyiv said 2,000 Ukrainian servicemen are officially registered as missing.", "missing"),
])
def test_the_outcome_after_listed_as(text: str, outcome: str) -> None:
    assert any(c.value in (9_000, 2_000) and c.outcome == outcome for c in claims(text))


@pytest.mark.parametrize("text, outcome", [
    ("Kyiv said it had destroyed or seriously damaged 4 Russian warships this year.", "losses"),
    ("Western intelligence estimates 250,000 Russian troops were killed or seriously wounded.", "losses"),
])
def test_either_or_outcomes_are_losses(text: str, outcome: str) -> None:
    assert {c.outcome for c in claims(text)} == {outcome}


def test_the_real_total_restates_the_main_figure_before() -> None:
    text = ("Researchers count 21,000 Ukrainian soldiers killed, not including 8,000 soldiers listed as missing. "
            "They believe the real total is more than 27,000.")
    has(text, "personnel", 27_000, "killed")


@pytest.mark.parametrize("text, value", [
    ("The strike on the town killed five people, including a 3-year-old, the governor said.", 1),
    ("Shelling wounded 9 people in Kherson, among them two 14-year-olds, the governor said.", 2),
])
def test_an_age_standing_for_a_child(text: str, value: float) -> None:
    has(text, "civilians", value)


def test_an_age_before_its_noun_leaves_the_noun_to_decide() -> None:
    has("Kyiv said two 19-year-old Russian soldiers were captured near the village.", "personnel", 2)


def test_people_a_side_loses_to_strikes_are_not_soldiers() -> None:
    assert {c.category for c in claims("Ukraine has lost 50 people in Russian missile strikes this week, "
                                      "the interior minister said.")} == {"people"}


@pytest.mark.parametrize("text", [
    "The UN said 40 civilians were killed in the region in May. Russia has suffered 300,000 casualties, "
    "US officials say.",
    "The UN said 40 civilians were killed in the region in May. US officials estimate 300,000 Russian casualties.",
])
def test_a_sides_casualties_after_a_civilian_sentence_stay_soldiers(text: str) -> None:
    assert any(c.value == 300_000 and c.category == "personnel" for c in claims(text))


def test_every_category_word_keeps_the_fast_scan() -> None:
    """A category pattern without a literal prefix would send every category search down the slow path."""
    import re

    from lossledger.languages.scan import literal_prefixes
    from lossledger.profiles import load_profile

    profile = load_profile(None)
    unbounded = [alias for aliases in profile.raw["categories"].values() for alias in aliases
                 if literal_prefixes(alias, re.IGNORECASE) is None]
    assert unbounded == []


@pytest.mark.parametrize("text, value", [
    ("Kyiv said the names of 2,300 fallen Ukrainian soldiers had been added to the memorial.", 2_300),
    ("Ukrainian officials said the bodies of 48 Ukrainian soldiers were recovered near the village.", 48),
])
def test_the_fallen_and_the_bodies_are_killed(text: str, value: float) -> None:
    assert any(c.value == value and c.outcome == "killed" and c.category == "personnel" for c in claims(text))


@pytest.mark.parametrize("text, value", [
    ("Ukraine's General Staff said Russia passed the 300,000 troop-loss mark on Monday, with 300,420 losses.",
     300_420),
    ("Ukraine's army said Russian soldiers in the sector had suffered 1,400 losses in a week.", 1_400),
])
def test_losses_of_soldiers_named_before_are_personnel(text: str, value: float) -> None:
    assert any(c.value == value and c.category == "personnel" for c in claims(text))
