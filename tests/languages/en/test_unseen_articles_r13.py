"""Round 13 of whole articles in outlet styles the earlier rounds do not hold (see unseen_articles_r13.py): every claim
the spec asks for is found with its side, category, outcome, qualifier, span, date, source and hedge, and nothing else
is. Each fix the round needed (and rounds 10 to 12's shortfalls fixed here) is pinned below by sentences of other
wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r13 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-03-21")


# -- (whose_loss.side_of) a place named first does not make every later side cue of its kind a place ----------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("In the Ukrainian city of Sumy, Russian strikes killed 11 people on Monday, the governor said.", 11, "ukraine"),
    ("Near the Ukrainian town of Izium, Russian drones killed 4 civilians, the governor said.", 4, "ukraine"),
])
def test_a_side_acting_after_a_place_is_the_attacker(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_a_place_alone_still_names_the_victims_side() -> None:
    claim = _claims("A strike on a Kharkiv apartment block killed 6 people, the governor said.")[6]
    assert claim.side == "ukraine"


# -- (round 12) "does not publish its losses. The last official figure ... was 5,937 killed": the speaker's own -----

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Moscow rarely discloses its military losses. The last official figure, given by Defence Minister Sergei Shoigu "
     "in September 2022, was 5,937 soldiers killed.", 5_937, "russia"),
    ("Kyiv seldom discloses its casualties. The most recent official figure, given by President Volodymyr Zelensky "
     "in February, was 46,000 soldiers killed.", 46_000, "ukraine"),
])
def test_the_latest_official_figure_after_own_losses_is_the_speakers(text: str, value: float, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.measure) == (side, "cumulative")


def test_the_latest_figure_of_the_enemy_counter_stays_the_enemys() -> None:
    claims = _claims("Ukraine does not publish its losses. The latest figure from Kyiv's General Staff was 700,000 "
                     "killed and wounded.")
    assert claims[700_000].side == "russia"


# -- "given by the minister in September 2022": the month dates the figure's telling, not a span --------------------

@pytest.mark.parametrize("text", [
    "The figure was given by Shoigu in September 2022: 5,937 soldiers killed.",
    "A toll released by the defence ministry in March 2023 put the number of Russian soldiers killed at 5,937.",
])
def test_a_figure_given_by_someone_in_a_month_is_not_that_months(text: str) -> None:
    claim = _claims(text)[5_937]
    assert claim.measure == "cumulative"


# -- (round 12) "Two of them died ...", a paragraph after the count it parts ------------------------------------------

@pytest.mark.parametrize(("text", "value", "category", "side"), [
    ("At least 30 Georgian volunteers have died fighting for Ukraine, the legion said.\n"
     "Many had served in earlier wars.\n"
     "Four of them were killed near Bakhmut in May.", 4, "personnel", "ukraine"),
    ("Some 40 Nepali men recruited by the Russian army have been killed, Kathmandu said.\n"
     "Families say they were promised jobs.\n"
     "Six of them died in the same assault.", 6, "personnel", "russia"),
])
def test_a_part_of_them_reaches_a_paragraph_back(text: str, value: float, category: str, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome, claim.side) == (category, "killed", side)


def test_a_part_of_them_does_not_reach_three_paragraphs_back() -> None:
    claims = _claims("At least 30 Georgian volunteers have died fighting for Ukraine, the legion said.\n"
                     "Many had served in earlier wars.\nThe legion was formed in 2022.\n"
                     "Four of them were killed near Bakhmut in May.")
    assert 4 not in claims


# -- (round 12) "..., the regiment said on August 28. It said a total of 72 ...": the report's day goes on -----------

@pytest.mark.parametrize(("text", "value", "day"), [
    ("Ukraine's General Staff said on Monday that Russia had lost 1,200 soldiers in the past day. It said Russia's "
     "total losses stood at 600,000.", 600_000, "2025-03-17"),
    ("Five Georgian volunteers fighting for Ukraine were killed near Kupiansk last week, the legion said on March 12.\n"
     "The legion, which has fought since the first days, said that 61 of its fighters have been killed.", 61,
     "2025-03-12"),
])
def test_a_report_that_goes_on_keeps_its_day(text: str, value: float, day: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.as_of.isoformat()) == ("cumulative", day)


def test_a_new_source_does_not_take_the_day_before() -> None:
    claims = _claims("Ukraine's General Staff said on Monday that Russia had lost 1,200 soldiers in the past day. "
                     "Russia's total losses stood at 600,000, Britain said.")
    assert claims[600_000].as_of.isoformat() == "2025-03-21"


# -- (round 12) a unit with no nation counting a third nation's men is not their enemy by default -------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Three Belarusian volunteers fighting for Ukraine were killed near Vovchansk, the Pahonia Regiment said.", 3),
    ("Two Georgian volunteers fighting for Ukraine were killed in the assault, the Bagrationi Regiment said.", 2),
])
def test_a_unit_counting_a_third_nations_men_is_not_their_enemy(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "other"


def test_a_commander_counting_the_enemys_men_is_still_their_enemy() -> None:
    claim = _claims("About 30 Russian soldiers were killed near Kupiansk, Colonel Petro Danyliuk, the commander of a "
                    "brigade, said.")[30]
    assert (claim.side, claim.claimant) == ("russia", "ua_officials")


# -- (round 10) "releasing video that showed one of the aircraft falling": a member of a group counted before --------

@pytest.mark.parametrize(("text", "whole"), [
    ("Russian air defences downed four Ukrainian drones, the ministry said, publishing footage that showed two of the "
     "drones burning.", 4),
    ("Ukraine's navy said it sank three Russian landing boats near the spit, sharing a picture of one of the boats.",
     3),
])
def test_a_member_of_a_group_counted_before_takes_none_of_its_verbs(text: str, whole: float) -> None:
    assert sorted(_claims(text)) == [whole]


@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("Russia lost 12 tanks near Avdiivka, and one of the tanks was captured intact, the brigade said.", 1, "captured"),
    ("Ukraine has lost one of the F-16 fighter jets supplied by its allies, the military said.", 1, "losses"),
    ("Russian shelling killed 5 people and wounded 12, and three of the wounded were hospitalised, the governor said.",
     3, "wounded"),
])
def test_a_member_with_a_verb_of_its_own_is_counted(text: str, value: float, outcome: str) -> None:
    assert _claims(text)[value].outcome == outcome


@pytest.mark.parametrize(("text", "value", "category"), [
    ("The air force said it intercepted 25 of the missiles and 61 of the drones overnight.", 61, "drones"),
    ("Ukrainian forces destroyed 14 tanks, nine of the armoured vehicles and two of the guns, the brigade said.", 2,
     "artillery"),
])
def test_a_member_in_a_list_shares_the_lists_verb(text: str, value: float, category: str) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome) == (category, "destroyed")


# -- (round 10) "when 109 captured soldiers were shot": captives shot were put to death ------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Twelve Ukrainian prisoners of war were shot near Robotyne, Kyiv's prosecutors said.", 12),
    ("Nine captured Russian soldiers had been shot after surrendering, the UN mission said.", 9),
])
def test_captives_shot_were_killed(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome) == ("personnel", "killed")


def test_captives_shot_at_were_not_killed() -> None:
    claim = _claims("Russian troops captured 14 Ukrainian soldiers who were shot at while retreating, Moscow said.")[14]
    assert claim.outcome == "captured"


# -- (round 10) "Most of the killings happened in 2024, when 109 ...": a part of the figure before keeps its side ---

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Russian troops have executed at least 147 Ukrainian prisoners of war, Kyiv's prosecutors said. Most of the "
     "killings happened in 2024, when 109 captured soldiers were shot, they said.", 109, "ukraine"),
    ("Russian forces have lost 500 tanks near Avdiivka since October, Ukraine's military said. Most of the losses came "
     "in November, when 210 tanks were destroyed.", 210, "russia"),
])
def test_most_of_the_figure_before_keeps_its_side(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


# -- (round 13) "40 Russian military aircraft": a people word that qualifies equipment is not what is counted --------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("Ukrainian drones destroyed 40 Russian military aircraft at airfields, a video claims.", 40, "aircraft"),
    ("Russian forces lost 12 military trucks near Kupiansk, the brigade said.", 12, "vehicles"),
    ("Ukraine said 300 military personnel were killed in the strike.", 300, "personnel"),
])
def test_the_counted_noun_is_the_last_of_its_phrase(text: str, value: float, category: str) -> None:
    assert _claims(text)[value].category == category


# -- (round 13) "At least 85 Americans have been killed fighting for Ukraine": a third nation's people by name -------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("At least 85 Americans have been killed fighting for Ukraine since the invasion, the newspaper said.", 85,
     "ukraine"),
    ("Some 30 Colombians have died fighting for Ukraine, the embassy in Bogota said.", 30, "ukraine"),
])
def test_a_third_nations_people_by_name_are_counted(text: str, value: float, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome) == (side, "personnel", "killed")


# -- (round 13) "a tally kept by the Daily News": a paper's name is no rate, and a list kept by X is X's -------------

@pytest.mark.parametrize(("text", "value"), [
    ("At least 85 American volunteers have died fighting for Ukraine, according to a tally kept by the Daily News.",
     85),
    ("At least 40 British volunteers have been killed fighting for Ukraine, according to a list maintained by the "
     "Daily Telegraph.", 40),
])
def test_a_tally_kept_by_a_paper_is_its_count(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.claimant) == ("cumulative", "other")


def test_daily_alone_is_still_a_rate() -> None:
    claim = _claims("Russia is losing 1,200 soldiers daily, the ministry in Kyiv said.")[1_200]
    assert (claim.measure, claim.period_days) == ("rate", 1)


# -- (round 13) "we assess that ...": the writer's own judgement does not go on with the source before -------------

@pytest.mark.parametrize("text", [
    "Our figures draw on interviews with Western officials, who put Russian losses at 600,000. Since the invasion, "
    "we estimate, Russia has lost between 790,000 and 880,000 personnel.",
    "Western officials put Ukraine's losses at 300,000. Ukraine's losses are heavy too: we put them at 400,000 to "
    "450,000 over the same period.",
])
def test_the_writers_estimate_is_not_the_source_befores(text: str) -> None:
    claims = _claims(text)
    high = max(claims)
    assert claims[high].claimant is None


def test_we_in_a_quote_is_the_speaker() -> None:
    claim = _claims('"We estimate that the enemy lost 400 soldiers this week," the commander said.')[400]
    assert claim.claimant == "ua_officials"


# -- (round 13) "records Ukrainians killed defending the country": a participle, not the side that killed ------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("The project, which lists Ukrainians killed defending the country, has named 62,450 soldiers.", 62_450, "ukraine"),
    ("The site, which lists Russians killed fighting in Ukraine, has named 1,200 soldiers from the region.", 1_200,
     "russia"),
])
def test_a_side_killed_fighting_is_a_participle(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


# -- (round 13) "Names of the fallen: memorial passes 62,000": a headline's verb after a colon is no bulletin label ---

@pytest.mark.parametrize(("text", "value"), [
    ("Names of the fallen: online memorial passes 62,000\nThe project said it had listed 62,450 Ukrainian soldiers "
     "killed since the invasion.", 62_000),
    ("War dead: city's count of fallen soldiers tops 5,000\nThe city said 5,120 Ukrainian soldiers had been buried "
     "there since the invasion.", 5_000),
])
def test_a_headline_with_a_verb_after_its_colon_is_no_bulletin_line(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.qualifier) == ("ukraine", "at_least")


def test_a_bulletin_label_still_reads() -> None:
    claims = _claims("Russian losses as of today:\nTanks: 2,840\nPersonnel - about 80,860")
    assert (claims[2_840].category, claims[80_860].category) == ("tanks", "personnel")


def test_the_writers_count_goes_on_with_its_own_desk() -> None:
    claims = _claims("Satellite images analysed by our team show the remains of at least 30 Russian armoured vehicles "
                     "near the town.\nWe counted 9 tanks among them, using images taken over several days.")
    assert claims[9].claimant == "other"


# -- (round 13) "Of the 126 Indians who joined the Russian army, 96 have returned": the whole opened on is no part ---

@pytest.mark.parametrize("text", [
    "Ten Nepali men recruited by Russia's army have been killed and 7 others are missing, Kathmandu said.\n"
    "Of the 140 Nepalis who signed contracts with the Russian army, 90 have come home, officials said.",
    "Four Sri Lankan nationals serving in the Russian army were killed and 3 are missing, Colombo said.\n"
    "Of the 60 nationals who went to Russia, 41 have since returned, the ministry added.",
])
def test_a_whole_opened_on_takes_no_outcome_from_before(text: str) -> None:
    claims = _claims(text)
    assert [v for v in claims if v > 10] == []


# -- (round 13) "General Staff reporting, which put Russian losses at 117,000": the relative's antecedent speaks ----

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("The estimate draws on Ukrainian General Staff reporting, which put Russian losses at 117,000, and on talks with "
     "Western officials.", 117_000, "ua_general_staff"),
    ("The study also cites Russia's defence ministry, which put Ukraine's losses at 35,000 troops, and interviews "
     "with Western officials.", 35_000, "ru_mod"),
])
def test_which_before_a_verb_of_saying_points_at_the_noun_before(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


def test_which_with_a_clause_before_the_verb_is_still_read() -> None:
    claim = _claims("Ukraine's government, which counts differently, puts the number at 40,000 Russian soldiers "
                    "killed.")[40_000]
    assert claim.claimant == "ua_officials"


# -- (round 13) "The Book of Memory, a volunteer project that records the dead, said": past an appositive's clause ---

@pytest.mark.parametrize(("text", "value"), [
    ("The Wall of Names, a charity that collects the stories of the fallen, said on Monday that it had listed 9,300 "
     "Ukrainian soldiers.", 9_300),
    ("The Sons Archive, an online project which tracks funerals in Russian regions, said 4,100 Russian soldiers "
     "from Siberia had been killed.", 4_100),
])
def test_a_named_source_past_an_appositive_with_a_clause_is_read(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.claimant, claim.category, claim.outcome) == ("other", "personnel", "killed")


# -- (round 10) "a tally of public funeral notices compiled by our North Caucasus service": what it counts between ---

@pytest.mark.parametrize(("text", "value"), [
    ("At least 300 soldiers from Dagestan have been killed in Ukraine, according to a count of obituaries compiled by "
     "the Caucasus Desk.", 300),
    ("Some 95 Russian officers have died in the war, according to a list of published death notices kept by the "
     "Siberia Monitor.", 95),
])
def test_a_tally_of_something_compiled_by_x_is_xs(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "other"


# -- (round 13) "According to X, the brigade lost 60 ...": the main clause after the comma is no apposition of X ----

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("According to Andriy Kovalenko, the brigade lost 60 Russian soldiers in the assault.", 60, "other"),
    ("According to a post on the Telegram channel Frontline Notes, the regiment lost 45 Russian soldiers.", 45,
     "other"),
])
def test_the_clause_after_according_to_x_is_not_xs_apposition(text: str, value: float, claimant: str) -> None:
    claim = _claims(text)[value]
    assert (claim.claimant, claim.claimant_text) == (claimant, text[len("According to "):text.index(",")])


def test_a_closing_apposition_is_still_read() -> None:
    claim = _claims("Russia lost 60 soldiers near the village, according to Andriy Kovalenko, a Ukrainian officer.")[60]
    assert claim.claimant == "ua_officials"
