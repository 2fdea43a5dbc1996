"""Round 3 of whole articles in outlet styles the shared sets do not cover (see unseen_articles_r3.py), scored the
same way as the first rounds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402
from test_unseen_articles import _text, differences  # noqa: E402
from unseen_articles import Article  # noqa: E402
from unseen_articles_r3 import ARTICLES_R3  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "the administration of a small mining town said" is not read as a source, and its "residents" who "died in
    # the fighting" are read as civilians (of Russia, the side the region names)
    'regional_officials': [
        'missed: russia personnel killed 37 - exact period|cumulative * * 2024-03-15 ru_officials false',
        "extra: russia civilians killed 37 ('In the Sverdlovsk region, the administration of a small "
        "mining town said at a memorial ceremony that 37 residents had died in the fighting.')",
    ],
}


@pytest.mark.parametrize("article", ARTICLES_R3, ids=[a.name for a in ARTICLES_R3])
def test_unseen_article_round3(article: Article) -> None:
    assert differences(article) == KNOWN_SHORTFALLS.get(article.name, [])


_claims = claims_reader("2024-09-30")


# -- "since the start of the month", "so far this week": a span from the month's first day or the week's Monday ----

@pytest.mark.parametrize(("text", "value", "period_start"), [
    ("Russian troops had lost an estimated 110 tanks near Pokrovsk since the start of the month, ISW said.", 110,
     "2024-09-01"),
    ("Russia has lost 900 soldiers since the beginning of the week, Kyiv said.", 900, "2024-09-30"),
    ("Ukraine's forces lost 45 tanks this month so far, the ministry claimed.", 45, "2024-09-01"),
    ("Russia lost 40,000 troops since the start of the year, Kyiv said.", 40000, "2024-01-01"),
])
def test_since_the_start_of_the_month_or_week(text: str, value: float, period_start: str) -> None:
    found = _claims(text)[value]
    assert (found.measure, _text(found.period_start)) == ("period", period_start)


# -- "in all areas of the special military operation" says where, not since when -----------------------------------

@pytest.mark.parametrize(("text", "value", "measure", "period_days"), [
    ("Ukraine has lost up to 640 servicemen in all areas of the special military operation over the past 24 hours, "
     "the ministry said.", 640, "period", 1),
    ("Across all areas of the special military operation, Kyiv's forces lost up to 1,100 troops in the past day, "
     "the ministry said.", 1100, "period", 1),
    ("Ukraine has lost 35,000 troops during the special military operation, Shoigu said.", 35000, "cumulative", None),
])
def test_areas_of_the_operation_are_no_span(text: str, value: float, measure: str, period_days: float | None) -> None:
    found = _claims(text)[value]
    assert (found.measure, found.period_days) == (measure, period_days)


# -- "passed 950,000 this month": when a running total crossed a mark, not a month's own figure ------------------

@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Britain's Ministry of Defence says Russian casualties passed 950,000 this month.", 950000, "cumulative"),
    ("Russian casualties surpassed 300,000 last month, British intelligence said.", 300000, "cumulative"),
    ("Russia lost 30,000 soldiers last month, British intelligence said.", 30000, "period"),
])
def test_crossing_a_mark_is_no_span(text: str, value: float, measure: str) -> None:
    assert _claims(text)[value].measure == measure


# -- "315,000 dead and wounded": the noun opens a phrase of both outcomes ------------------------------------------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("A U.S. official said that Russia had suffered 315,000 dead and injured troops.", 315000, "losses"),
    ("Ukraine has 70,000 dead or wounded soldiers, the newspaper reported.", 70000, "losses"),
    ("The battle left 3,000 dead, the governor said.", 3000, "killed"),
])
def test_dead_and_wounded_are_losses(text: str, value: float, outcome: str) -> None:
    assert _claims(text)[value].outcome == outcome


# -- "destroyed, damaged, abandoned or captured": not said which, so lost ------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Oryx counts 1,020 Ukrainian tanks destroyed, damaged, abandoned or captured.", 1020),
    ("Russia has had 640 helicopters captured, abandoned or destroyed, the researchers found.", 640),
])
def test_list_of_outcomes_is_a_loss(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "losses"


# -- "the number of Russian troops killed or wounded in Ukraine": a participle of what befell them, not an agent -----

@pytest.mark.parametrize(("text", "value", "side"), [
    ("The latest figures bring the total number of Russian troops killed or wounded in Ukraine to 769,490, the "
     "General Staff said.", 769490, "russia"),
    ("The number of Ukrainian soldiers killed or wounded has passed 400,000, US officials said.", 400000, "ukraine"),
    ("Ukrainian forces killed or wounded 1,200 soldiers near Bakhmut, the brigade said.", 1200, "russia"),
    ("Russians killed and injured at least 1,400 civilians in September, the UN said.", 1400, "ukraine"),
])
def test_participle_of_what_befell_them(text: str, value: float, side: str) -> None:
    assert _claims(text, "2024-12-21")[value].side == side


# -- "Russian forces attacked the city, killing three people": the force struck, the other side's people died ------

@pytest.mark.parametrize(("text", "value"), [
    ("Russian forces attacked the city of Zaporizhzhia with guided aerial bombs on Nov. 5, killing three people and "
     "injuring 12, Governor Ivan Fedorenko reported.", 3),
    ("Russia attacked the city of Sumy with drones overnight, injuring 14 people, the mayor said.", 14),
    ("Russian troops shelled a village in the Kherson region overnight, killing two residents, the regional governor "
     "said.", 2),
])
def test_forces_that_attacked(text: str, value: float) -> None:
    found = _claims(text, "2024-11-06")[value]
    assert (found.side, found.claimant) == ("ukraine", "ua_officials")


# -- a headline's present tense: "Russian attack kills 3, injures 12", "Air Force downs 41 drones" -------------------

@pytest.mark.parametrize(("text", "outcomes"), [
    ("Russian attack on Zaporizhzhia kills 3, injures 12", {3: "killed", 12: "wounded"}),
    ("Russian strike on Odesa port kills 4, injures 9, governor says", {4: "killed", 9: "wounded"}),
    ("Russian shelling killed four, wounded 11, the governor said.", {4: "killed", 11: "wounded"}),
    ("Air Force downs 41 Russian drones overnight", {41: "destroyed"}),
])
def test_headline_present_tense(text: str, outcomes: dict[float, str]) -> None:
    assert {v: c.outcome for v, c in _claims(text, "2024-11-06").items()} == outcomes


# -- "X, by contrast, says": an adverb set off by commas does not end the source ------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Britain's Ministry of Defence, by contrast, says Russian casualties passed 950,000.", 950000, "uk_mod"),
    ("The Pentagon, in contrast, said Russian casualties reached 700,000.", 700000, "us_officials"),
])
def test_adverb_in_commas_keeps_the_source(text: str, value: float, claimant: str) -> None:
    found = _claims(text, "2025-06-10")[value]
    assert (found.side, found.claimant) == ("russia", claimant)


# -- "authorities had put the death toll at 14": the same strike's toll, counted earlier ----------------------------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("The death toll from a Russian ballistic missile attack on the city climbed to 18 on Saturday, officials said.\n"
     "On Friday evening, authorities had put the death toll at 14.", 14, "ukraine", "ua_officials"),
    ("The death toll from a Russian missile strike on the city rose to 25, the mayor said. Earlier in the day, the "
     "death toll stood at 19.", 19, "ukraine", "ua_officials"),
    ("A Ukrainian drone attack on a market in the Russian town killed 9 people, the governor said. Officials "
     "initially put the death toll at six.", 6, "russia", "ru_officials"),
])
def test_earlier_toll_of_the_same_strike(text: str, value: float, side: str, claimant: str) -> None:
    found = _claims(text, "2025-04-05")[value]
    assert (found.side, found.category in ("people", "civilians"), found.measure, found.claimant) == (
        side, True, "period", claimant)


# -- "carried out a strike on X, killing 85": that strike's toll ---------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia's Defense Ministry said it had carried out a precision strike on a restaurant where it claimed "
     "commanders were meeting, killing up to 85 servicemen and foreign officers.", 85),
    ("Russia's Defense Ministry said it had launched a missile attack on a training ground, killing 60 Ukrainian "
     "soldiers.", 60),
    ("Ukraine's military said it conducted a drone strike on a Russian command post, killing 14 officers.", 14),
])
def test_strike_carried_out_bounds_its_toll(text: str, value: float) -> None:
    assert _claims(text, "2025-04-05")[value].measure == "period"


# -- a regional head's "four more local men", "soldiers from the region": the people of the place it runs ----------

@pytest.mark.parametrize(("text", "value"), [
    ("The head of Russia's republic of Tuva announced on Thursday that four more local men had been killed in what "
     "the Kremlin calls its \"special military operation\" in Ukraine.", 4),
    ("The governor of the Belgorod region said on Thursday that five more local soldiers had died in Ukraine.", 5),
    ("Russian officials in the Kursk region said 12 mobilised men from the region had been killed.", 12),
])
def test_local_men_are_the_speakers_own(text: str, value: float) -> None:
    found = _claims(text, "2024-03-15")[value]
    assert (found.side, found.category, found.outcome, found.claimant) == ("russia", "personnel", "killed",
                                                                             "ru_officials")


# -- "the previous record, 2,030, was set on December 19": a record of the same span as the figure that beat it ------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Russia lost 2,200 soldiers in the past 24 hours, the General Staff said.\nThe previous record, 2,030 "
     "casualties, was set on December 19.", 2030, "2024-12-19"),
    ("Russia lost 1,500 soldiers in the past day, surpassing the previous record of 1,380 set on Dec. 1, Kyiv said.",
     1380, "2024-12-01"),
])
def test_previous_record_shares_the_span(text: str, value: float, as_of: str) -> None:
    found = _claims(text, "2024-12-21")[value]
    assert (found.measure, found.period_days, _text(found.as_of)) == ("period", 1, as_of)


# -- "9,310 tanks, 20 of them in the past day, and 261 warplanes": a part's own span is not the list's ----------------

@pytest.mark.parametrize(("text", "measures"), [
    ("According to the report, Ukraine's defenders also destroyed 9,310 Russian tanks, 20 of them in the past day, "
     "and 261 warplanes.", {9310: "cumulative", 20: "period", 261: "cumulative"}),
    ("Russia has also lost 8,000 armoured vehicles, 45 of which over the past day, and 300 helicopters, Kyiv said.",
     {8000: "cumulative", 45: "period", 300: "cumulative"}),
    ("Russia lost 300 tanks in the past week, and 20 helicopters, Kyiv said.", {300: "period", 20: "period"}),
])
def test_part_with_its_own_span(text: str, measures: dict[float, str]) -> None:
    assert {v: c.measure for v, c in _claims(text, "2024-11-12").items()} == measures


# -- "719,490 personnel, including 1,770 over the past day. ... also lost 9,310 tanks": the report goes on with totals

@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Russia has lost about 719,490 troops since the invasion, including 1,770 over the past day, the General Staff "
     "said.\nRussia has also lost 9,310 tanks and 261 warplanes, the General Staff said.", 9310, "cumulative"),
    ("Russia lost 1,770 troops over the past day, the General Staff said.\nRussia has also lost 30 tanks, the General "
     "Staff said.", 30, "period"),
])
def test_day_within_a_total_in_its_sentence(text: str, value: float, measure: str) -> None:
    assert _claims(text, "2024-11-12")[value].measure == measure


# -- ", warning that the real number is likely higher": the hedge is said of another figure -------------------------

@pytest.mark.parametrize(("text", "value", "hedged"), [
    ("At least 2,520 children have been killed or injured in Ukraine, the UN children's agency said on Monday, "
     "warning that the real number is likely higher.", 2520, False),
    ("The UN's human rights office said it had confirmed the deaths of 10,000 civilians in Ukraine but that the real "
     "number was likely higher.", 10000, False),
    ("Russia has lost 500,000 troops, Kyiv said, but the true toll may be higher than 600,000.", 600000, True),
    ("Russia has probably lost 500,000 troops, though the real number is unknown.", 500000, True),
])
def test_real_number_clause_hedges_itself(text: str, value: float, hedged: bool) -> None:
    assert _claims(text, "2025-02-24")[value].hedged is hedged


# -- "Ukraine's government, which counts differently, puts": a relative clause in commas is said of the subject ------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Ukraine's government, which counts differently, puts the number of children killed since February 2022 at "
     "more than 600.", 600, "ua_officials"),
    ("The Pentagon, which has its own estimates, puts Russian casualties at 700,000.", 700000, "us_officials"),
    ("A Russian strike killed 20 people, which officials said were mostly civilians.", 20, "ua_officials"),
])
def test_relative_clause_in_commas(text: str, value: float, claimant: str) -> None:
    assert _claims(text, "2025-02-24")[value].claimant == claimant


# -- "Syrskyi said on Oct. 24, including 7,600 killed": an abbreviated month's point ends no clause -----------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russia has lost 21,400 troops in Kursk, Syrskyi said on Oct. 24, including 7,600 killed.", 7600,
     "ua_general_staff"),
    ("Russia has lost 21,400 troops in Kursk, Syrskyi said on Sept. 24, including 7,600 killed.", 7600,
     "ua_general_staff"),
    ("Russia has lost 21,400 troops in Kursk, Syrskyi said on Oct. 24. Separately, 300 civilians were killed.", 300,
     None),
])
def test_abbreviated_month_is_no_full_stop(text: str, value: float, claimant: str | None) -> None:
    assert _claims(text, "2024-10-24")[value].claimant == claimant


# -- "Russian strikes on the city killed 11 people": strikes that killed, in a simple past, are one incident ----------

@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Russian strikes on the city of Dobropillia killed 11 people and wounded 30, according to Ukraine's Interior "
     "Ministry.", 30, "period"),
    ("Russian drones hit apartment blocks in Odesa and killed four residents, the governor said.", 4, "period"),
    ("Russian attacks have killed 300 civilians in the region, the governor said.", 300, "cumulative"),
])
def test_strikes_that_killed(text: str, value: float, measure: str) -> None:
    assert _claims(text, "2025-03-10")[value].measure == measure


# -- "the group's spokesman", "a spokesman for the group": a unit's spokesman speaks for its army ---------------------

@pytest.mark.parametrize("text", [
    "Russian forces lost 512 soldiers over the past day, the group's spokesman Nazar Voloshenko said.",
    "Russian forces lost 512 soldiers over the past day, said Nazar Voloshenko, a spokesman for the group.",
])
def test_unit_spokesman(text: str) -> None:
    assert _claims(text, "2025-03-10")[512].claimant == "ua_officials"


# -- "our soldiers have taken 700 prisoners, who will be exchanged": prisoners taken, and still held ------------------

@pytest.mark.parametrize(("text", "values"), [
    ("Our soldiers have taken 700 prisoners, Zelensky said.", {700: ("russia", "captured")}),
    ("Our soldiers have taken 700 prisoners, who will be exchanged for our people, Zelensky said.",
     {700: ("russia", "captured")}),
    ("Our troops destroyed 12 Russian tanks and captured 40 soldiers, the commander said.",
     {12: ("russia", "destroyed"), 40: ("russia", "captured")}),
    ("Russia and Ukraine exchanged 90 prisoners each on Tuesday, officials said.", {}),
    ("Wagner recruited 50,000 former prisoners, its founder said.", {}),
])
def test_prisoners_taken(text: str, values: dict[float, tuple[str, str]]) -> None:
    assert {v: (c.side, c.outcome) for v, c in _claims(text, "2024-09-18").items()} == values


# -- "The same estimate put Russian deaths at 200,000": the source that named that estimate, not the last speaker ------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("A leaked Pentagon assessment put Ukrainian deaths at 17,500. Zelensky said 31,000 troops had been killed. The "
     "same assessment put Russian deaths at 43,000.", 43000, "us_officials"),
    ("Britain's defence intelligence said in its latest update that Russia had lost 300 tanks. Zelensky said 31,000 "
     "troops had been killed. The same update said Russia had lost 40 jets.", 40, "uk_mod"),
])
def test_the_same_estimate(text: str, value: float, claimant: str) -> None:
    assert _claims(text, "2024-09-17")[value].claimant == claimant


# -- "Ukrainian losses are harder to gauge. U.S. officials put them at 400,000": the losses the sentence before named --

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Ukrainian losses are harder to gauge. U.S. officials put them at about 400,000 killed and wounded, a number "
     "Kyiv disputes.", 400000, "ukraine"),
    ("Ukrainian casualties are a state secret. Western officials estimate them at 300,000 killed and wounded.", 300000,
     "ukraine"),
    ("Russian losses are heavy. U.S. officials put them at about 400,000 killed and wounded.", 400000, "russia"),
])
def test_them_points_at_losses_named_before(text: str, value: float, side: str) -> None:
    assert _claims(text, "2025-06-10")[value].side == side


# -- a report's span told in a sentence with no figure goes on into the same source's next sentence ----------------

@pytest.mark.parametrize(("text", "values", "days"), [
    ("Ukrainian troops fought off six Russian assaults near Pokrovsk over the past 24 hours, the General Staff said.\n"
     "\"The enemy lost 420 soldiers and 11 armoured vehicles,\" it said.", (420, 11), 1),
    ("Russia's defence ministry said its troops had advanced near Kupiansk over the past week. \"Ukrainian losses "
     "came to 2,100 servicemen and 14 tanks,\" it said.", (2_100, 14), 7),
])
def test_a_span_told_before_the_figures_is_theirs(text: str, values: tuple[float, ...], days: float) -> None:
    claims = _claims(text)
    assert [(claims[v].measure, claims[v].period_days) for v in values] == [("period", days)] * len(values)


def test_a_span_told_before_gives_nothing_to_another_source() -> None:
    claims = _claims("Russian forces repelled four attacks over the past day, the ministry reported. Ukraine's "
                     "General Staff said Russia had lost 620 tanks.")
    assert claims[620].measure == "cumulative"
