"""Constructions round 56b (helper h230) saw in its articles (unseen_articles_r56b.py), each pinned by sentences of
other wordings than the ones that showed them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-09-06")


# -- "Of the 120 men who went in with him, he writes, 31 were killed": the whole a part is counted out of opens its
# sentence after another sentence too (not only the text's first), and a teller set off by commas may stand between the
# whole and its part ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "whole", "part"), [
    ("The Ukrainian commander said his battalion was cut off. Of the 400 Ukrainian soldiers who held the bridgehead, "
     "she recalls, 90 were killed and 150 wounded.", 400, 90),
    ("Russian forces stormed the village in March. Of the 60 Russian troops in the first wave, the brigade's "
     "spokesman said, 41 were killed.", 60, 41),
    ("The regiment went to the front in May. Of the 900 Ukrainian soldiers on its rolls then, 300 have been killed.",
     900, 300),
])
def test_whole_opening_a_later_sentence_is_no_loss(text: str, whole: float, part: float) -> None:
    claims = _claims(text)
    assert whole not in claims
    assert claims[part].outcome == "killed"


def test_a_whole_with_its_own_loss_word_is_still_read() -> None:
    claims = _claims("Ukraine says Russia's losses are heavy. Of the 500 Russian soldiers killed, 120 were officers.")
    assert claims[500].outcome == "killed"


# -- "Kyiv's own count, given in February, of 46,000 ... killed": a figure's noun and the participle of its telling
# date the telling, not a span of losses ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("The Kremlin's figure, made public in March, of 6,000 Russian soldiers killed has not been updated.", 6000,
     "2025-03-31"),
    ("London's estimate, issued in June, of 150,000 Russian soldiers killed was the last.", 150000, "2025-06-30"),
])
def test_a_figure_given_in_a_month_is_no_span(text: str, value: float, as_of: str) -> None:
    found = _claims(text)[value]
    assert (found.measure, found.period_start, found.as_of.isoformat()) == ("cumulative", None, as_of)


# -- "Kyiv said in February that 46,000 of its soldiers had been killed" after the General Staff's figures: the nation
# named bare (or by its figures) that tells its own dead is its officials, not the staff that counts the enemy's ------

@pytest.mark.parametrize(("text", "value"), [
    ("Ukraine's General Staff reported 1,100 Russian losses on Monday. Kyiv said in March that 43,000 of its troops "
     "had died.", 43000),
    ("Ukraine's figures put the number of Ukrainian soldiers killed at 31,000.", 31000),
])
def test_a_nation_telling_its_own_dead_is_its_officials(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "ua_officials"


@pytest.mark.parametrize(("text", "value"), [
    ("Ukraine's General Staff said 1,200 Russian soldiers were killed on Monday. Kyiv said 900 Russian soldiers died "
     "in Bakhmut.", 900),
    ("Ukraine's General Staff said 12 Ukrainian soldiers were killed in the strike.", 12),
])
def test_the_staff_named_or_the_enemys_dead_keep_the_staff(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "ua_general_staff"


# -- "11 more people were wounded ..., and that air defences had shot down 19 of the 27 drones": drones downed after an
# attack's victims in one sentence are the attacker's, not the victims' side (a list shares no side across them) ------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Kharkiv's mayor said four civilians were killed and that air defence units destroyed 31 drones over the city.",
     31, "russia"),
    ("The Belgorod governor said two residents were injured and that air defences shot down 12 drones over the "
     "region.", 12, "ukraine"),
])
def test_drones_downed_after_the_victims_are_the_attackers(text: str, value: float, side: str) -> None:
    found = _claims(text, "2025-07-22")[value]
    assert (found.side, found.category, found.outcome) == (side, "drones", "destroyed")


# -- "I put it at roughly 85,000 today", "I put the real figure for the month nearer 24,000, because ...": a writer's
# own figure for the one told before (a pronoun or the figure's noun after "put"), the day it stands at no span, the
# span it was for that figure's, "nearer" an approximation, and a clause of reason after it no outcome of its own -----

@pytest.mark.parametrize(("text", "value", "side", "outcome"), [
    ("Kyiv said in February that 46,000 of its soldiers had been killed. I put it at roughly 85,000 today.", 85000,
     "ukraine", "killed"),
    ("Moscow admitted in 2023 that 6,000 of its troops had died. Independent analysts put that number at 60,000 "
     "today.", 60000, "russia", "killed"),
])
def test_a_figure_put_at_today_restates_the_total(text: str, value: float, side: str, outcome: str) -> None:
    found = _claims(text, "2025-11-18")[value]
    assert (found.side, found.category, found.outcome, found.measure) == (side, "personnel", outcome, "cumulative")


@pytest.mark.parametrize(("text", "value", "days"), [
    ("For October alone, the General Staff reported 29,870 Russian losses. I put the real figure for the month nearer "
     "24,000, because I think the staff counts some lightly wounded twice.", 24000, 31),
    ("Ukraine's General Staff said Russia lost 9,100 troops last week. Western officials put the figure for that week "
     "at about 6,000, because many of those counted were only lightly wounded.", 6000, 7),
])
def test_a_figure_for_the_span_put_nearer(text: str, value: float, days: int) -> None:
    found = _claims(text, "2025-11-18")[value]
    assert (found.outcome, found.qualifier, found.measure, found.period_days) == ("losses", "approx", "period", days)


def test_a_figure_told_today_is_still_that_days() -> None:
    assert _claims("Russian strikes killed 12 civilians today, the governor said.")[12].measure == "period"


# -- "... lost 58,220 in Vietnam, and he sets these beside Kyiv's own count, given in February, of 46,000 ...": a source
# named by its figure's noun after the figures, with its own figure after it ("count of N"), speaks for that one only --

@pytest.mark.parametrize(("text", "before", "after", "claimant"), [
    ("The author recalls that the United States lost 58,000 soldiers in Vietnam and compares it with Moscow's tally of "
     "6,000 Russian soldiers killed.", 58000, 6000, "ru_officials"),
    ("Russia lost 400 tanks near Avdiivka, more than the Pentagon's estimate of 300 Russian tanks destroyed there.",
     400, 300, "us_officials"),
    ("He notes that the Soviet Union lost some 8.7 million soldiers in the Second World War, and he sets this beside "
     "Kyiv's own count, given in February, of 46,000 Ukrainian soldiers killed.", 8700000, 46000, "ua_officials"),
])
def test_a_count_named_after_speaks_for_its_own_figure(text: str, before: float, after: float, claimant: str) -> None:
    claims = _claims(text)
    assert claims[before].claimant is None
    assert claims[after].claimant == claimant


# -- "..., well above the 152,000 Russian dead that Mediazona had confirmed by name as of 14 November": a relative
# clause of counting after a figure names that figure's own source, and its date is that count's, not the date of the
# figure before it ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "first", "first_claimant", "second", "second_claimant"), [
    ("Kyiv says 1,000 Russian tanks were destroyed, twice the 500 that Oryx had counted by 1 June.", 1000,
     "ua_officials", 500, "oryx"),
    ("The governor said 40 civilians died in the city this year, fewer than the 52 civilian deaths the UN has verified "
     "there.", 40, "ua_officials", 52, "un"),
    ("Western officials estimate that 300,000 Russian soldiers have been killed, well above the 152,000 Russian dead "
     "that Mediazona had confirmed by name.", 300000, "western_officials", 152000, "mediazona"),
])
def test_a_relative_clause_of_counting_names_its_figures_source(text: str, first: float, first_claimant: str,
                                                                second: float, second_claimant: str) -> None:
    claims = _claims(text, "2025-11-18")
    assert (claims[first].claimant, claims[second].claimant) == (first_claimant, second_claimant)


def test_the_relative_clauses_date_is_its_figures_only() -> None:
    claims = _claims("Kyiv says 1,000 Russian tanks were destroyed, twice the 500 that Oryx had counted by 1 June.",
                     "2025-11-18")
    assert (claims[1000].as_of.isoformat(), claims[500].as_of.isoformat()) == ("2025-11-18", "2025-06-01")


# -- "its forces had struck port facilities used by the Ukrainian military and destroyed three ... naval drones": a
# strike joined by "and" to what it destroyed is one attack's, whatever the length of the strike's object ------------

@pytest.mark.parametrize(("text", "value"), [
    ("Russia's defence ministry said its forces had struck port facilities used by the Ukrainian military and "
     "destroyed three Ukrainian naval drones.", 3),
    ("Ukraine's navy said its drones attacked a Russian landing ship moored near the base at Sevastopol and damaged "
     "two patrol boats.", 2),
    ("The army said its artillery hit a column of trucks moving toward the front near Kupiansk and destroyed four "
     "Russian tanks.", 4),
])
def test_a_strike_with_a_long_object_and_what_it_destroyed(text: str, value: float) -> None:
    assert _claims(text, "2025-07-22")[value].measure == "period"
