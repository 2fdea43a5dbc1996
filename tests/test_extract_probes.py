"""Probes in the styles of outlets the shared sets hold little of (wire retellings, daily digests, intelligence
updates, independent counts). Every sentence is written for these tests; each construction is read in two
wordings, so that a rule naming an outlet or a person cannot pass them."""

from __future__ import annotations

import pytest

from lossledger import extract_claims
from lossledger.model import Claim


def _claim(text: str, value: float, published: str = "2024-09-10") -> Claim:
    found = [c for c in extract_claims(text, published=published) if c.value == value]
    assert found, f"no claim of {value} in {text!r}"
    return found[0]


# -- a possessive outlet decides, not the nation word that names its desk ---------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("The BBC's Russian service has confirmed the deaths of 52,000 Russian soldiers.", 52000, "mediazona"),
    ("The BBC’s Russian service has now identified 88,000 Russian servicemen who died in the war.", 88000,
     "mediazona"),
])
def test_possessive_outlet_decides_over_its_desk_nation(text: str, value: float, claimant: str) -> None:
    assert _claim(text, value).claimant == claimant


# -- a named kind outranks a generic one --------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("According to the Oryx open-source project, Ukraine has lost 800 tanks.", 800, "oryx"),
    ("Analysts at the Institute for the Study of War project estimated that Russia lost 1,600 troops.", 1600,
     "isw"),
])
def test_named_kind_outranks_generic_kind(text: str, value: float, claimant: str) -> None:
    assert _claim(text, value).claimant == claimant


# -- an abbreviation's point does not end a source's phrase -----------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("According to a senior U.S. defense official, Ukraine has lost 100,000 troops killed or wounded.", 100000,
     "us_officials"),
    ("According to a senior U.K. government official, Russia has lost 2,600 tanks.", 2600, "uk_officials"),
])
def test_abbreviation_inside_source_phrase(text: str, value: float, claimant: str) -> None:
    found = _claim(text, value)
    assert found.claimant == claimant
    assert found.claimant_text is not None and "." in found.claimant_text


# -- "data ... shows X lost": the verb ends the source's phrase -------------------------------------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("Data compiled by the Ukrainian military shows Russia lost 45,000 troops in October.", 45000, "russia",
     "ua_general_staff"),
    ("Figures released by the Russian defence ministry show Ukraine lost 2,300 soldiers this week.", 2300,
     "ukraine", "ru_mod"),
])
def test_show_ends_source_phrase(text: str, value: float, side: str, claimant: str) -> None:
    found = _claim(text, value)
    assert (found.side, found.claimant) == (side, claimant)


# -- "X, a minister, said Ukraine had lost": what follows "said" is the subject, not a source -------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("Sergei Shoigu, Russia's defence minister, said Ukraine had lost 71,000 soldiers since June 4.", 71000,
     "ukraine", "ru_mod"),
    ("Pavel Orlov, a spokesman for Russia's defence ministry, said Ukraine has lost 9,000 troops near Kursk.",
     9000, "ukraine", "ru_mod"),
])
def test_subject_after_said_is_no_source(text: str, value: float, side: str, claimant: str) -> None:
    found = _claim(text, value)
    assert (found.side, found.claimant) == (side, claimant)


# -- "this week", "over the weekend": named spans ------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The Russian Defence Ministry said Ukrainian forces lost up to 1,900 troops this week.", 1900),
    ("Russia lost 3,700 men over the weekend, Ukraine's General Staff said.", 3700),
    ("Ukrainian officials said 640 Russian soldiers were killed during the weekend near Pokrovsk.", 640),
])
def test_named_week_and_weekend_are_periods(text: str, value: float) -> None:
    assert _claim(text, value).measure == "period"


# -- "data provided by", "figures released by": a report's source, not a delivery or a release -------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Ukraine lost 300 soldiers in the past week, according to data provided by the Russian defence ministry.",
     300, "ru_mod"),
    ("Russia has lost 500 tanks in a month, according to figures released by Ukraine's military.", 500,
     "ua_general_staff"),
])
def test_report_participles_are_no_non_loss(text: str, value: float, claimant: str) -> None:
    assert _claim(text, value).claimant == claimant


def test_deliveries_and_releases_stay_non_losses() -> None:
    assert extract_claims("Russia released 95 Ukrainian prisoners in an exchange.", published="2024-04-01") == []
    assert extract_claims("The US has provided 31 tanks to Kyiv.", published="2024-04-01") == []


# -- a comparison's source is not the figure's --------------------------------------------------------

def test_source_after_than_is_another_figures() -> None:
    found = _claim("Kyiv said 20,000 Russian soldiers had been killed, far more than estimates by U.K. "
                   "officials.", 20000)
    assert found.claimant == "ua_officials"


# -- the whole a share is taken of is no loss ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "About 15% of the 113 Bradleys the U.S. has provided so far have been damaged, according to U.S. officials.",
    "Roughly 20 per cent of the 400 armoured vehicles sent by allies were lost, British officials said.",
])
def test_whole_of_a_share_is_no_loss(text: str) -> None:
    assert [c.value for c in extract_claims(text, published="2023-04-01")] == []


# -- a nation in the possessive is no part of a name ------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("Russia's Investigative Committee said 15 civilians were killed in the Ukrainian attack on Belgorod.", 15,
     "russia", "ru_officials"),
    ("Russia's Emergencies Ministry said 8 people died in the strike on Lysychansk.", 8, "russia", "ru_officials"),
    ("Ukraine's SBU security service said its drones destroyed 11 Russian aircraft.", 11, "russia", "ua_officials"),
    ("Russia's Western group of forces said it had killed 250 Ukrainian troops.", 250, "ukraine", "ru_mod"),
    ("The governor of Russia's Kursk region said 6 civilians were killed.", 6, "russia", "ru_officials"),
])
def test_possessive_nation_before_a_capitalised_body(text: str, value: float, side: str, claimant: str) -> None:
    found = _claim(text, value)
    assert (found.side, found.claimant) == (side, claimant)


# -- ", said Russia lost": a clause, not a source ------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("Oleh Kovalenko, head of Ukraine's border service, said Russia lost 1,200 soldiers.", 1200, "russia",
     "ua_officials"),
    ("Ivan Petrov, a Russian defence ministry spokesman, said Ukraine lost 600 soldiers.", 600, "ukraine", "ru_mod"),
])
def test_clause_after_said_with_its_verb_is_no_source(text: str, value: float, side: str, claimant: str) -> None:
    found = _claim(text, value)
    assert (found.side, found.claimant) == (side, claimant)


# -- allied troops are the side they fight for ---------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("North Korea has suffered around 4,000 casualties in Kursk, South Korea's intelligence agency said.", 4000,
     "other"),
    ("About 1,000 North Korean soldiers have been killed in the Kursk region, Seoul's spy agency said.", 1000,
     None),
])
def test_north_korean_losses_are_russias(text: str, value: float, claimant: str | None) -> None:
    found = _claim(text, value, published="2025-01-10")
    assert found.side == "russia"
    if claimant is not None:
        assert found.claimant == claimant


# -- "in the month", "during the week": the span just named -------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The UK Ministry of Defence said Russian casualties averaged 1,500 per day in November. The ministry also "
     "said Russia had lost around 150 tanks in the month.", 150),
    ("Ukraine's General Staff said Russia lost 9,000 soldiers last week. It said Russia also lost 80 artillery "
     "systems during the week.", 80),
])
def test_the_month_or_week_just_named_is_a_period(text: str, value: float) -> None:
    assert _claim(text, value, published="2024-12-05").measure == "period"


# -- spans: "the previous 24 hours", "losses this year have topped" ----------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The Ukrainian military said Russia had lost 1,180 soldiers over the previous 24 hours.", 1180),
    ("Russia lost 960 troops in the previous 24 hours, Ukraine's General Staff said.", 960),
])
def test_previous_24_hours_is_one_day(text: str, value: float) -> None:
    found = _claim(text, value, published="2024-10-10")
    assert (found.measure, found.period_days) == ("period", 1)


@pytest.mark.parametrize(("text", "value"), [
    ("Russian casualties this year have already topped 400,000, Ukraine's military said.", 400000),
    ("Russia's losses this year alone have reached 350,000 troops, according to Kyiv.", 350000),
])
def test_this_year_as_subject_is_the_year_so_far(text: str, value: float) -> None:
    found = _claim(text, value, published="2024-10-10")
    assert found.measure == "period"
    assert str(found.period_start) == "2024-01-01"


# -- interceptions in a simple past are one attack's; a running total keeps its perfect -------------

@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Russia's defence ministry said air defences shot down 22 Ukrainian drones over the Belgorod region.", 22,
     "period"),
    ("Ukraine's air force said it intercepted 14 Russian cruise missiles above the capital.", 14, "period"),
    ("Ukraine's air force has shot down 5,000 Russian drones since 2022.", 5000, "cumulative"),
])
def test_interceptions_in_simple_past_are_one_attack(text: str, value: float, measure: str) -> None:
    assert _claim(text, value, published="2024-10-10").measure == measure


# -- a list's heading gives its items their span -----------------------------------------------------

@pytest.mark.parametrize(("text", "value", "days"), [
    ("Russia's defence ministry gave the following figures for the week:\n* Ukraine lost 2,100 soldiers\n"
     "* 14 tanks were destroyed", 14, 7),
    ("Ukraine's General Staff listed Russia's losses over the past day:\n- 1,340 personnel\n- 12 tanks", 12, 1),
])
def test_list_heading_span_carries_to_items(text: str, value: float, days: float) -> None:
    found = _claim(text, value, published="2024-10-10")
    assert (found.measure, found.period_days) == ("period", days)


# -- "X's analysis / investigation": a possessor that reports ----------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Meduza's analysis found that 50,000 Russian men were killed in 2023.", 50000, "other"),
    ("The Mediazona investigation, together with BBC Russian, found 6,000 dead officers. The outlet's database "
     "lists 90,000 Russian soldiers killed.", 90000, "mediazona"),
])
def test_possessive_analysis_names_its_source(text: str, value: float, claimant: str) -> None:
    assert _claim(text, value, published="2024-10-10").claimant == claimant


# -- a head of state's staff are officials; another source's staff speak as it -----------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Zelensky's office said 7 civilians were killed in Russian shelling over the past day.", 7, "ua_officials"),
    ("Zelenskyy's chief of staff said 1,000 Russian troops were killed.", 1000, "ua_officials"),
    ("Shoigu's spokesman said Ukraine had lost 400 troops.", 400, "ru_mod"),
])
def test_staff_of_a_possessor(text: str, value: float, claimant: str) -> None:
    assert _claim(text, value, published="2024-10-10").claimant == claimant


# -- losses within a named day are a period; a day that dates a statement or a report is not ---------

@pytest.mark.parametrize(("text", "measure"), [
    ("Russia lost 1,200 soldiers on Monday, Ukraine's General Staff said.", "period"),
    ("On Sunday, 1,340 Russian soldiers were killed, according to Kyiv.", "period"),
    ("Ukraine said on Monday that Russia has lost 600,000 troops.", "cumulative"),
    ("The General Staff said Russia lost 600,000 troops, in an update on Monday.", "cumulative"),
])
def test_named_day_of_the_losses_is_a_period(text: str, measure: str) -> None:
    found = extract_claims(text, published="2024-12-10")
    assert [c.measure for c in found] == [measure]
    if measure == "period":
        assert found[0].period_days == 1


# -- people harmed in a simple past, with no span, are one incident's toll -----------------------------

@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Ivan Fedorov, head of the Zaporizhzhia regional administration, said three people were killed.", 3, "period"),
    ("Regional governor Vitaliy Kim said five civilians were killed and 12 wounded in Mykolaiv.", 12, "period"),
    ("At least 12,000 civilians died in the war, the UN said.", 12000, "cumulative"),
    ("The regional governor said 1,500 civilians have been killed in the region.", 1500, "cumulative"),
])
def test_simple_past_harm_is_one_incident(text: str, value: float, measure: str) -> None:
    assert _claim(text, value, published="2024-10-10").measure == measure
