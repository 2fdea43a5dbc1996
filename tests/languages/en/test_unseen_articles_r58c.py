"""Round 58c of whole articles in wire and live-page styles (see unseen_articles_r58c.py), and the fixes of their
shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r58c import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {}


test_unseen_article = article_test(list(ARTICLES), KNOWN_SHORTFALLS)


_claims = claims_reader("2026-03-12")


# -- "the outlets said", "both projects": a kind of source in the plural (or counted) points back as the singular does;
# and past a state body that spoke in between, a kind that is never a state body (an outlet, a project) names again
# the last source of such a kind ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Mediazona and the BBC have counted 98,000 Russian servicemen killed in the war. Ukraine's General Staff puts "
     "Russian losses at 1.2 million. The named count rose by 2,100 names over the past month, the two outlets said.",
     2100),
    ("Mediazona has confirmed the deaths of 120,400 Russian soldiers by name. Ukraine's General Staff says Russia has "
     "lost 1.1 million troops. Journalists working for the outlet said 3,300 names had been added since January.",
     3300),
])
def test_a_kind_of_source_points_past_a_state_body(text: str, value: float) -> None:
    assert _claims(text, "2025-06-02")[value].claimant == "mediazona"


# -- "volunteers working on the project have added 21,400 names": people told by the body they work for speak as it ----

@pytest.mark.parametrize(("text", "value"), [
    ("Mediazona has identified 104,000 Russian soldiers killed by name. Since January, volunteers working on the "
     "project have added 8,700 names.", 8700),
    ("Mediazona has identified 104,000 Russian soldiers killed by name. Reporters working for the outlet said 2,600 "
     "names were added in May.", 2600),
])
def test_people_working_for_a_body_speak_as_it(text: str, value: float) -> None:
    assert _claims(text, "2025-06-02")[value].claimant == "mediazona"


# -- "have added 21,400 names": a count's growth told by the verb that adds to it, with the count's outcome ------------

@pytest.mark.parametrize(("text", "value"), [
    ("Mediazona has confirmed the names of 88,000 Russian soldiers killed since the invasion. The project added 1,400 "
     "names in the past two weeks.", 1400),
    ("The BBC has identified 71,000 Russian servicemen killed by name. Since January, its volunteers have added 9,300 "
     "names.", 9300),
])
def test_names_added_to_a_count_of_the_dead(text: str, value: float) -> None:
    found = _claims(text, "2025-06-02")[value]
    assert (found.outcome, found.measure) == ("killed", "period")


# -- "Of those identified, 26,700 were convicts recruited from prisons": a part of the dead described by a word that
# elsewhere counts recruits is who the dead were; the lead that names the whole by its verb ("those identified") is
# that count's part, a running total's, whatever figure came last ----------------------------------------------------

@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Mediazona has identified by name 91,000 Russian soldiers killed in the war.\nOf those identified, 14,200 were "
     "convicts recruited from penal colonies.", 14200, "cumulative"),
    ("Mediazona has confirmed the deaths of 112,000 Russian soldiers since the invasion. In the past month alone the "
     "project added 4,000 names.\nOf those confirmed, 19,000 were mobilised men.", 19000, "cumulative"),
    ("The BBC has identified 77,000 Russian servicemen killed since February 2022. It added 2,300 names this month.\n"
     "Of those identified, more than 8,000 were convicts recruited in prisons.", 8000, "cumulative"),
])
def test_part_of_the_dead_described(text: str, value: float, measure: str) -> None:
    found = _claims(text, "2025-06-02")[value]
    assert (found.outcome, found.measure) == ("killed", measure)


def test_a_part_sent_is_still_no_loss() -> None:
    text = ("Mediazona has identified by name 91,000 Russian soldiers killed in the war.\nOf them, 3,000 were sent to "
            "the front in March.")
    assert 3000 not in _claims(text, "2025-06-02")


# -- "Away from the front, a glide bomb killed two people": the front named as where the victims were not ------------

@pytest.mark.parametrize(("text", "value"), [
    ("Ukraine's General Staff said 1,100 Russian troops were killed in the past day. Far from the front, a drone "
     "killed three people in Lviv on Sunday, the mayor said.", 3),
    ("Miles from the front, Russian missiles killed four people in the city of Uzhhorod on Monday, the governor "
     "said.", 4),
])
def test_away_from_the_front_are_people(text: str, value: float) -> None:
    assert _claims(text, "2025-06-02")[value].category == "people"


# -- "A total of 58 people were injured" after the attack told: the attack's victims summed, no running total ---------

@pytest.mark.parametrize(("text", "value"), [
    ("Russian forces shelled the town of Kupiansk on Friday. A total of 12 people were wounded, and four of them are "
     "in hospital, the police said.", 12),
    ("A guided bomb struck a school in Zaporizhzhia, the governor said.\nA total of 23 people were injured, according "
     "to the regional military administration.", 23),
])
def test_a_total_of_an_attacks_victims(text: str, value: float) -> None:
    assert _claims(text, "2025-06-02")[value].measure == "period"


def test_a_total_since_the_invasion_stays_a_total() -> None:
    text = ("A drone hit a bus in Kherson on Monday, the governor said. A total of 1,240 civilians have been killed "
            "in the region since the full-scale invasion.")
    assert _claims(text, "2025-06-02")[1240].measure == "cumulative"


# -- "the regional health department said": a civil ministry's local department is a local office ------------------

@pytest.mark.parametrize(("text", "value"), [
    ("A Russian missile hit a clinic in Kherson on Monday. Nine people were hurt, the regional health department "
     "said.", 9),
    ("Drones hit a market in Nikopol on Tuesday. Four people were killed, the city health department said.", 4),
])
def test_a_local_health_department_is_an_office(text: str, value: float) -> None:
    assert _claims(text, "2025-06-02")[value].claimant == "ua_officials"


# -- "had struck a gathering of Ukrainian troops in the city, killing up to 70": one strike's toll, a longer object ----

@pytest.mark.parametrize(("text", "value"), [
    ("The Russian defence ministry said its missiles had struck a training ground of Ukrainian troops in the "
     "Dnipropetrovsk region, killing up to 150 servicemen.", 150),
    ("Ukraine's General Staff said its drones hit a command post of the Russian 20th army near the village of "
     "Bilohorivka, killing 30 officers.", 30),
])
def test_strike_with_a_long_object_then_killing(text: str, value: float) -> None:
    assert _claims(text, "2025-06-02")[value].measure == "period"


# -- "UALosses, a volunteer project that records ... from obituaries, had counted": a thing's apposition with its long
# relative clause before the verb; the name before it is the subject, no piece of the clause --------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("UALosses, a volunteer project that records the names of the Ukrainian dead from obituaries, had counted 91,300 "
     "killed by mid-March.", 91300, "ukraine"),
    ("Memorial Book, an online archive that gathers the names of fallen Ukrainian defenders from their families, has "
     "listed 64,000 soldiers killed.", 64000, "ukraine"),
])
def test_apposition_with_a_long_clause_before_the_verb(text: str, value: float, side: str) -> None:
    found = _claims(text, "2026-03-26")[value]
    assert (found.side, found.claimant) == (side, "other")


# -- "The toll rose from nine to 16": a change told by its two levels is the earlier toll and the new one, no range ----

@pytest.mark.parametrize(("text", "value"), [
    ("A Russian missile hit an apartment block in Poltava on Monday. The death toll rose from nine to 16 overnight, "
     "the mayor said.", 9),
    ("A Russian missile hit an apartment block in Poltava on Monday. The death toll rose from nine to 16 overnight, "
     "the mayor said.", 16),
    ("Russian drones struck a dormitory in Kharkiv on Saturday. By the evening the number of injured had climbed from "
     "14 to 27, the regional governor said.", 27),
])
def test_a_toll_raised_from_one_level_to_another(text: str, value: float) -> None:
    found = _claims(text, "2026-04-08")[value]
    assert (found.qualifier, found.value_high, found.measure) == ("exact", None, "period")


def test_a_range_from_one_figure_to_another_stays_a_range() -> None:
    found = _claims("Estimates of Russian deaths range from 150,000 to 220,000, analysts said.", "2026-04-08")[150000]
    assert (found.qualifier, found.value_high) == ("range", 220000)


# -- "rose to 16 as rescuers pulled more bodies from the rubble": a verb of no loss in a clause of its own ("as",
# "while" and its subject) tells that clause's deed, not the toll's ----------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("A Russian missile hit an apartment block in Poltava on Monday. The death toll rose to 16 as rescuers pulled "
     "more bodies from the rubble, the mayor said.", 16),
    ("A missile struck a shopping centre in Odesa on Tuesday. The toll reached 11 while emergency workers pulled "
     "survivors from the rubble, the governor said.", 11),
])
def test_a_no_loss_verb_in_a_clause_of_its_own(text: str, value: float) -> None:
    assert _claims(text, "2026-04-08")[value].outcome == "killed"


def test_freed_as_part_of_an_exchange_is_still_no_loss() -> None:
    assert 90 not in _claims("Ukraine said 90 prisoners were freed as part of an exchange.", "2026-04-08")
