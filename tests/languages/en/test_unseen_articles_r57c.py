"""Round 57c of whole articles in styles the earlier rounds do not hold (see unseen_articles_r57c.py), and the fixes
of their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r57c import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {}  # (round 58b read "26 more are listed as missing": standing_state.py)


test_unseen_article = article_test(list(ARTICLES), KNOWN_SHORTFALLS)


_claims = claims_reader("2026-05-13")


# -- "Tuesday 12 May 2026" on a line of its own, then "Wednesday 13 May 2026": a live blog's day headings date the
# entries under them (a figure with no day of its own, or one counted from the page's day: "overnight") -------------

@pytest.mark.parametrize(("text", "published", "value", "as_of"), [
    ("Live updates: attacks on the south\nMonday 2 March 2026\n10:05 Russian drones killed two people in Kherson, "
     "the regional governor said.\nTuesday 3 March 2026\n08:30 The governor said a shelling killed four people in "
     "the city overnight.", "2026-03-03", 2, "2026-03-02"),
    ("Live updates: attacks on the south\nMonday 2 March 2026\n10:05 Russian drones killed two people in Kherson, "
     "the regional governor said.\nTuesday 3 March 2026\n08:30 The governor said a shelling killed four people in "
     "the city overnight.", "2026-03-03", 4, "2026-03-03"),
    ("Russia-Ukraine war: what we know\n14 October 2025\n21:10 Ukraine's General Staff said Russia had lost 980 "
     "soldiers over the past day.\n15 October 2025\n07:45 Ukraine's air force said it downed 70 of 92 drones "
     "launched overnight.", "2025-10-15", 980, "2025-10-14"),
])
def test_day_headings_of_a_live_blog(text: str, published: str, value: float, as_of: str) -> None:
    assert _claims(text, published)[value].as_of == dt.date.fromisoformat(as_of)


def test_one_date_line_alone_is_a_dateline() -> None:
    text = ("City Herald\n11 May 2026\nA drone strike killed three people in the city on Sunday, the mayor said. The "
            "General Staff said Russia lost 1,100 soldiers over the past day.")
    assert _claims(text, "2026-05-12")[1100].as_of == dt.date(2026, 5, 12)


# -- "Halych has raised the toll: nine people are now confirmed dead", "the death toll had risen to 12": a toll raised
# after one attack's toll told just before is that attack's (a period), not a running total of the war -----------------

@pytest.mark.parametrize(("text", "value"), [
    ("A guided bomb hit a market in Sloviansk on Friday. The mayor said four people were killed.\nBy the evening, the "
     "police said the death toll had risen to seven.", 7),
    ("Officials said a missile killed 15 people in an apartment block in Odesa. Rescuers worked overnight.\n"
     "The toll rose to 21 on Sunday morning, the emergency service said.", 21),
])
def test_toll_raised_after_an_attack(text: str, value: float) -> None:
    assert _claims(text)[value].measure == "period"


def test_the_wars_toll_after_an_attack_stays_a_total() -> None:
    text = ("A drone killed two civilians in Kherson on Monday, the governor said.\nThe UN said the civilian death "
            "toll in Ukraine since the invasion had risen to 14,200.")
    assert _claims(text)[14200].measure == "cumulative"


# -- "2,800 wounded civilians and soldiers": victims counted together whose status the count does not split ----------

@pytest.mark.parametrize(("text", "value"), [
    ("The town's clinic has treated 1,300 wounded civilians and soldiers since the full-scale invasion.", 1300),
    ("Since 2022, 86 soldiers and civilians from the district have been killed, the district head said.", 86),
])
def test_civilians_and_soldiers_are_people(text: str, value: float) -> None:
    assert _claims(text)[value].category == "people"


# -- "143 students, graduates and staff killed defending Ukraine": people of a civilian trade (students, teachers) who
# fell fighting are soldiers; killed in a strike at home, they stay civilians ----------------------------------------

# (a side's word in another sentence: a count of people no sentence gives a side to is no claim)
@pytest.mark.parametrize(("text", "value", "category"), [
    ("The school in Kharkiv unveiled a plaque on Monday bearing the names of 17 teachers and graduates who were killed "
     "defending Ukraine since February 2022. Two pupils were killed in a Russian missile strike on the school in May.",
     17, "personnel"),
    ("The school in Kharkiv unveiled a plaque on Monday bearing the names of 17 teachers and graduates who were killed "
     "defending Ukraine since February 2022. Two pupils were killed in a Russian missile strike on the school in May.",
     2, "civilians"),
    ("The college unveiled a memorial on Friday bearing the names of 58 lecturers and students killed fighting at the "
     "front since February 2022. A Russian drone killed one more student at home in June.", 58, "personnel"),
    # (killed "in the fighting" for a village, residents may be its civilians)
    ("Russian shelling hit the village of Kozacha on Monday. The governor said four residents were killed in the "
     "fighting for the village.", 4, "civilians"),
])
def test_trades_that_fell_fighting(text: str, value: float, category: str) -> None:
    assert _claims(text, "2025-10-02")[value].category == category


# -- "... killed defending Ukraine since February 2022.\nRector X said 11 of them had been killed this year": "them" on
# the next line counts the people the line right before counted, read as they were read there -------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The college unveiled a memorial on Friday bearing the names of 58 lecturers and students killed fighting at the "
     "front since February 2022.\nThe principal said 7 of them had been killed this year. A Russian drone killed one "
     "more student at home in June.", 7),
    ("The village unveiled a memorial bearing the names of 40 teachers and farmers killed defending Ukraine since "
     "February 2022.\nIts head said 6 of them were killed near Bakhmut. Russian shelling killed two women in the "
     "village in May.", 6),
])
def test_part_of_them_on_the_next_line(text: str, value: float) -> None:
    assert _claims(text, "2025-10-02")[value].category == "personnel"


# -- numbered paragraphs: a source named in one does not go on into the next's figures, which are the report's own
# (but a list a source opens with a colon stays its own) -------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Situation Report No. 7\nUN Office for the Coordination of Humanitarian Affairs\n1. Shelling killed five people "
     "in Nikopol on 3 June, the regional governor said.\n2. Two humanitarian workers were injured on 5 June when a "
     "drone hit their truck.", 2, "un|-"),
    ("Situation Report No. 7\nUN Office for the Coordination of Humanitarian Affairs\n1. Shelling killed five people "
     "in Nikopol on 3 June, the regional governor said.\n2. Two humanitarian workers were injured on 5 June when a "
     "drone hit their truck.", 5, "ua_officials"),
])
def test_numbered_paragraphs_each_their_own(text: str, value: float, claimant: str) -> None:
    assert (_claims(text, "2026-06-08")[value].claimant or "-") in claimant.split("|")


def test_a_source_that_opens_a_numbered_list_goes_on() -> None:
    text = ("The regional governor gave the toll of the week:\n1. Shelling killed five people in Nikopol on 3 June.\n"
            "2. Two people were injured on 5 June when a drone hit their car.")
    assert _claims(text, "2026-06-08")[2].claimant == "ua_officials"


# -- "95 students were killed defending Ukraine": the country they fell defending is their side, as the army they
# fought for is -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("The dean said 95 students were killed defending Ukraine.\nHe said 20 of them were killed near Bakhmut.", 95,
     "ukraine"),
    ("In Kharkiv, 17 teachers were killed defending Ukraine since the full-scale invasion.", 17, "ukraine"),
    ("Officials said 300 soldiers were killed defending Russia's Kursk region.", 300, "russia"),
])
def test_the_country_they_fell_defending(text: str, value: float, side: str) -> None:
    found = _claims(text, "2025-10-02")[value]
    assert (found.side, found.category) == (side, "personnel")


def test_a_numbered_paragraph_that_says_who_tells_it_goes_on() -> None:
    # (as "2. Probate records. ..., the two outlets estimate" in round 26's data desk graphic)
    text = ("Three counts of the dead\n1. Civilians. The UN monitoring mission has verified the deaths of 12,900 "
            "Ukrainian civilians since the full-scale invasion.\n2. Children. Going by the same records, the mission "
            "estimates that 690 of the civilians killed were children.")
    assert _claims(text, "2025-06-02")[690].claimant == "un"
