"""Constructions round 57 (helper h244) saw in its articles (unseen_articles_r57.py), each pinned by sentences of other
wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-11-03")


# -- "Background: Official counts (UN monitoring mission: 12,300 ...) ... We estimated deaths in four frontline oblasts
# from registries": the writer's own judgement in the past tense, too, ends the source before it; "we" is no team that
# source quoted --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The UN says 12,300 civilians have been killed in Ukraine. We estimated deaths in three oblasts from morgue "
     "records.\nWe estimate that shelling killed 4,100 civilians there.", 4100),
    ("Russia's defence ministry says 900 Ukrainian soldiers were killed near Kupiansk in May. We calculated losses in "
     "two brigades from obituaries.\nBy our count, 310 Ukrainian soldiers of those brigades were killed in May.", 310),
    ("Kyiv says Russia has lost 950,000 troops. We assessed the losses of six regiments from leaked rosters.\nThe "
     "regiments lost 4,300 soldiers in 2024, by our reading of the rosters.", 4300),
])
def test_the_writers_judgement_in_the_past_tense_ends_the_source_before(text: str, value: float) -> None:
    assert _claims(text)[value].claimant is None


# -- "Of the 120 infantry fighting vehicles delivered this year, nine have been lost, according to the Ministry of
# Defence": the long form of the defence ministry, with no nation, is read as "the defence ministry" is ---------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Russia launched an assault on Toretsk. The Ministry of Defence said 300 Russian soldiers were killed.", 300,
     "ru_mod"),
    ("Ukraine's General Staff said Russia lost 1,200 troops on Monday. Ukraine has lost nine tanks this week, "
     "according to the Ministry of Defence.", 9, "ua_mod"),
    ("Ukraine's air force said it shot down 40 drones. The Ministry of Defense added that 12 Russian tanks had been "
     "destroyed.", 12, "ua_mod"),
])
def test_the_ministry_of_defence_with_no_nation(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("The UK's Ministry of Defence said Russia lost 300 soldiers.", 300, "uk_mod"),
    ("Russia launched an assault on Toretsk. Marines killed 212 Russian soldiers there, the Ministry of Defence of "
     "Ukraine reports.", 212, "ua_mod"),
])
def test_the_ministry_of_defence_of_a_named_nation_stays_that_nations(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "Since the offensive's first day, 18 March, Russia has lost 14,600 troops": a date set off by commas after a
# "since" phrase that names a start is that start told again (the span's first day), not the day the figure stands ----

@pytest.mark.parametrize(("text", "start"), [
    ("Russia has lost 9,000 troops since the start of the assault, 12 May, according to Kyiv.", "2025-05-12"),
    ("Since the first day of the counteroffensive, June 4, Ukrainian forces have destroyed 300 Russian tanks, the "
     "General Staff said.", "2025-06-04"),
    ("Ukraine's air force said it has shot down 1,450 Russian drones since the launch of the winter campaign, "
     "1 December 2024.", "2024-12-01"),
])
def test_a_start_told_again_in_apposition(text: str, start: str) -> None:
    found = [c for c in _claims(text).values() if c.measure == "period"]
    assert [str(c.period_start) for c in found] == [start]


def test_a_date_said_after_a_comma_stays_the_day_said() -> None:
    # "since the start of the offensive, the General Staff said on 12 May": the date is when it was said, no start
    found = _claims("Russia has lost 500 tanks since the start of the offensive, the General Staff said on 12 May.")
    assert found[500].period_start is None


# -- "FACT: Ukraine lost one aircraft in March." over "Source: Air Force of the Armed Forces of Ukraine": a "Source:"
# line right under a line (or a paragraph) names the source of the figures above it that no words of their own credit -

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Winter in numbers\nRussia lost 320 tanks in the Pokrovsk direction over the winter.\nSource: Ukraine's General "
     "Staff", 320, "ua_general_staff"),
    ("Odesa strike\nThe strike killed 14 civilians in Odesa on Tuesday.\n\nSource: Odesa regional military "
     "administration, on Telegram\n\nDetails: Rescuers are still searching the rubble.", 14, "ua_officials"),
    ("Losses at sea\nTwo Russian patrol boats were sunk near Tendra Spit. Their crews were not found.\nSources: the "
     "Ukrainian Navy", 2, "ua_officials"),
])
def test_a_source_line_under_the_figures(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


def test_a_figures_own_source_beats_the_source_line_under_it() -> None:
    text = "Strike on Kharkiv\nThe UN says 40 civilians were killed in Kharkiv in May.\nSource: Ukrainian Air Force"
    assert _claims(text)[40].claimant == "un"


# -- "lost an estimated 41,000 personnel ... in the twelve months to June": a month after "N months to" closes a run of
# N months, which starts N - 1 months before it (not on the first day of the month named) ---------------------------

@pytest.mark.parametrize(("text", "start", "end"), [
    ("Ukraine lost 85 artillery systems in the year to March, the ministry said.", "2024-04-01", "2025-03-31"),
    ("Russia lost 900 tanks over the three months ending September 2024, the analysts said.", "2024-07-01",
     "2024-09-30"),
    ("Russia lost 2,400 armoured vehicles in the 18 months to the end of May, Kyiv said.", "2023-12-01",
     "2025-05-31"),
])
def test_months_to_a_month(text: str, start: str, end: str) -> None:
    found = next(iter(_claims(text, "2025-07-14").values()))
    assert (str(found.period_start), str(found.as_of)) == (start, end)


# -- "lost an estimated 41,000 personnel ... They will probably keep losing about 110 a day": a bare count right after
# "losing" counts what the figure before counted, as one right after "lost" does --------------------------------------

@pytest.mark.parametrize(("text", "value", "category", "days"), [
    ("The General Staff said Russia lost 1,100 tanks last year. Russia is now losing about 60 a month, it said.", 60,
     "tanks", 30),
    ("Russian forces lost 41,000 troops in June. They are losing about 1,000 a day.", 1000, "personnel", 1),
    ("Ukraine lost 14 Leopard tanks in the first week of the offensive. By August it was losing two a week.", 2,
     "tanks", 7),
])
def test_a_bare_count_after_losing(text: str, value: float, category: str, days: float) -> None:
    found = _claims(text, "2025-07-14")[value]
    assert (found.category, found.measure, found.period_days) == (category, "rate", days)


# -- "Methods: We linked ... records between 24 February 2022 and 31 December 2024 ... Findings: ... 24,800 injured
# civilians over the study period": a period named by what it is takes the run of days told before it -----------------

@pytest.mark.parametrize(("text", "value", "start", "end"), [
    ("The report covers the period from 1 March to 31 May 2025. The mission verified 412 civilian deaths during the "
     "reporting period.", 412, "2025-03-01", "2025-05-31"),
    ("Researchers reviewed hospital records kept between 1 January and 30 June 2024 in Kharkiv.\nThey found that 96 "
     "civilians were killed by glide bombs over the study period.", 96, "2024-01-01", "2024-06-30"),
    ("Our monitors worked from 1 November 2024 to 31 January 2025. In the period under review, Russian drones killed "
     "38 civilians in Kherson.", 38, "2024-11-01", "2025-01-31"),
])
def test_a_named_period_takes_the_run_of_days_told_before(text: str, value: float, start: str, end: str) -> None:
    found = _claims(text, "2025-06-30")[value]
    assert (found.measure, str(found.period_start), str(found.as_of)) == ("period", start, end)


# -- a "(source, day)" bracket after a figure of a named month, season or year: the day the source said it, not the
# figure's date (the span's last day is), as "..., it said on 1 June" is ---------------------------------------------

@pytest.mark.parametrize(("text", "start", "end"), [
    ("Ukraine's air force shot down 2,100 Russian drones in May (Air Force, 1 June).", "2025-05-01", "2025-05-31"),
    ("Russia lost 30,000 troops in May (General Staff, 1 June).", "2025-05-01", "2025-05-31"),
    ("Russia lost 2,300 tanks over the winter (Oryx, 3 March 2025).", "2024-12-01", "2025-02-28"),
])
def test_a_bracket_day_after_a_span_is_the_day_said(text: str, start: str, end: str) -> None:
    found = next(iter(_claims(text, "2025-06-10").values()))
    assert (found.measure, str(found.period_start), str(found.as_of)) == ("period", start, end)


def test_a_bracket_day_with_no_span_before_it_stays_the_figures_date() -> None:
    found = _claims("Russia has lost 14,600 troops since the war began (General Staff, 20 April).", "2025-06-10")
    assert str(found[14600].as_of) == "2025-04-20"
