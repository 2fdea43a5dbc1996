"""Round 40 of whole articles in styles the earlier rounds do not hold (see unseen_articles_r40.py), and the fixes of
their shortfalls that a general rule reads, each pinned by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r40 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-11-04")


# -- "About 2,100 of the dead were older than 70": an age compared is no count ---------------------------------------

@pytest.mark.parametrize(("text", "value", "age"), [
    ("Russian shelling of Kherson wounded 23 residents on Sunday, the governor said. Nine of the wounded were younger "
     "than 18.", 9, 18),
    ("A missile strike killed 40 people in Odesa, the mayor said. Of the dead, 12 were older than 65.", 12, 65),
])
def test_an_age_compared_is_no_count(text: str, value: float, age: float) -> None:
    claims = _claims(text)
    assert value in claims and age not in claims


# -- "... in October.\n4/5 Russia has ...": a month at a line's end and the number that opens the next line (a thread's
# post number, a count) are no day of that month --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "start", "end"), [
    ("1/3 Russia lost 1,200 soldiers in October.\n2/3 Russia also lost 40 tanks over the past week.", 1200,
     "2025-10-01", "2025-10-31"),
    ("Ukraine's air force said it downed 310 Russian drones in August.\n12 of them were shot down over Kyiv.", 310,
     "2025-08-01", "2025-08-31"),
])
def test_a_month_ends_at_its_line(text: str, value: float, start: str, end: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.period_start), str(claim.as_of)) == ("period", start, end)


# -- "The SMM was informed by the head of the Luhansk regional military-civil administration that ...": the
# administrations Kyiv set up in the parts of Donetsk and Luhansk it held are its officials ---------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Shelling killed three residents of Avdiivka, the city's military-civil administration said.", 3),
    ("According to the Donetsk regional military-civilian administration, four civilians were wounded in Marinka on "
     "Monday.", 4),
])
def test_a_military_civil_administration_is_ukraines(text: str, value: float) -> None:
    claim = _claims(text, "2015-02-16")[value]
    assert (claim.side, claim.claimant) == ("ukraine", "ua_officials")


# -- "The estimate has a 95% confidence interval of 7,600 to 10,300 deaths": the estimate told before, and its span --

@pytest.mark.parametrize(("text", "low", "start", "end"), [
    ("Analysts at the institute estimate that 4,300 Russian soldiers were killed near Avdiivka between 10 October and "
     "17 February. Their estimate carries an uncertainty range of 3,800 to 5,100 dead.", 3800, "2024-10-10",
     "2025-02-17"),
    ("Demographers put civilian deaths in Sievierodonetsk at 1,900 from 1 May to 30 June 2022. The central estimate "
     "comes with a 90% interval of 1,500 to 2,400 deaths.", 1500, "2022-05-01", "2022-06-30"),
])
def test_an_estimates_interval_has_its_span(text: str, low: float, start: str, end: str) -> None:
    claim = _claims(text, "2025-03-20")[low]
    assert (claim.qualifier, claim.measure, str(claim.period_start), str(claim.as_of)) == (
        "range", "period", start, end)


# -- (r39) "... 34 from 1 to 7 March and 27 from 8 to 14 March. Over the same two weeks, ...": a span told before,
# restated by a length longer than the last figure's, takes in the runs before and ends where that one ends ----------

@pytest.mark.parametrize(("text", "value", "start", "end", "days"), [
    ("From 1 to 7 June Russia lost 7,100 soldiers, and from 8 to 14 June 6,900, Kyiv said. During the same two weeks, "
     "Russian drones wounded 160 civilians in Kherson, the governor said.", 160, "2025-06-01", "2025-06-14", 14),
    ("The mission recorded 40 civilians killed from 1 to 10 May and 35 from 11 to 20 May. In the same 20 days, 210 "
     "civilians were injured, it said.", 210, "2025-05-01", "2025-05-20", 20),
])
def test_the_same_longer_span_ends_where_the_last_one_ends(text: str, value: float, start: str, end: str,
                                                             days: int) -> None:
    claim = _claims(text, "2025-06-20")[value]
    assert (str(claim.period_start), str(claim.as_of), claim.period_days) == (start, end, days)


def test_the_same_span_of_equal_length_stays_the_last_ones() -> None:
    claim = _claims("Russia lost 7,100 soldiers from 1 to 7 June, Kyiv said. In the same seven days, Russian drones "
                    "wounded 160 civilians in Kherson, the governor said.", "2025-06-20")[160]
    assert (str(claim.period_start), str(claim.as_of), claim.period_days) == ("2025-06-01", "2025-06-07", 7)


# -- (r39) "Russia's defence ministry says it sank three of your boats": "your" before the noun counted, as "our" and
# "their" are (the side is the one the claimant's enemy is) -----------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("Q: Moscow claims its drones destroyed four of your tanks near Kupiansk.\nA: That is false.", 4, "tanks"),
    ("Q: The Russian ministry says its air defences shot down 40 of your drones on Sunday. Is that right?\nA: No.", 40,
     "drones"),
])
def test_your_before_the_noun_counted(text: str, value: float, category: str) -> None:
    claim = _claims(text, "2025-03-04")[value]
    assert (claim.side, claim.category, claim.outcome) == ("ukraine", category, "destroyed")


# -- (r38) "Moscow's own figure is absurdly low: the last time the defence ministry gave one, in September 2022, it
# admitted to 5,937 dead": "it" points at the source its sentence named before it, in the role of that source's nation
# named between them, not at the last source of the text ------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("Russia's defence ministry said Ukraine had lost 1,200 soldiers over the past day.\nKyiv's own count is guarded: "
     "the last time the defence ministry released one, in March 2024, it said 31,000 Ukrainian soldiers had been "
     "killed.", 31000, "ukraine", "ua_mod"),
    ("The UN said 14 civilians were killed in November.\nMoscow's last figure is old: when the defence ministry "
     "published one, in January 2023, it admitted to 6,100 dead.", 6100, "russia", "ru_mod"),
])
def test_it_points_at_the_source_its_sentence_named(text: str, value: float, side: str, claimant: str) -> None:
    claim = _claims(text, "2025-03-03")[value]
    assert (claim.side, claim.claimant) == (side, claimant)


def test_it_with_no_source_before_it_in_its_sentence_points_back() -> None:
    claim = _claims("Ukraine's General Staff published its morning update.\nIt said Russia lost 1,100 troops over the "
                    "past day.", "2025-03-03")[1100]
    assert claim.claimant == "ua_general_staff"


_Span = tuple[float, str, float | None, str | None, str]  # value, measure, period_days, period_start, as_of


# -- "lost more than 3,600 tanks since February 2022, and in November alone it lost 97 artillery systems": clauses
# joined by ", and", "; ", ", while", ", but" that each hold a figure and a span of their own count over their own ---

@pytest.mark.parametrize(("text", "first", "second"), [
    # since a date, and in a month alone
    ("Ukraine's General Staff said Russia has lost more than 9,000 armoured vehicles since the invasion began, and in "
     "October alone it lost 310 of them.", (9000, "cumulative", None, None, "2025-12-02"),
     (310, "period", 31, "2025-10-01", "2025-10-31")),
    ("Kyiv says Russian forces have lost 1,150 aircraft since 1 March 2025, and in August alone they lost 240 drones.",
     (1150, "period", None, "2025-03-01", "2025-12-02"), (240, "period", 31, "2025-08-01", "2025-08-31")),
    # this year (since January), and N of them last week (over the past week)
    ("Russian strikes have killed 410 civilians in Kharkiv region this year, and 40 of them last week, the governor "
     "said.", (410, "period", None, "2025-01-01", "2025-12-02"), (40, "period", 7, None, "2025-12-02")),
    ("Russian shelling has wounded 980 civilians in Kherson since January, and 75 of them over the past week, the "
     "regional administration said.", (980, "period", None, "2025-01-01", "2025-12-02"),
     (75, "period", 7, None, "2025-12-02")),
    # over the past day; since the invasion (or a date)
    ("Russia lost 1,180 soldiers over the past day; since the invasion it has lost 905,000, the General Staff said.",
     (1180, "period", 1, None, "2025-12-02"), (905000, "cumulative", None, None, "2025-12-02")),
    ("Over the last 24 hours, Russia lost 41 artillery systems; since 1 June it has lost 2,300, Kyiv said.",
     (41, "period", 1, None, "2025-12-02"), (2300, "period", None, "2025-06-01", "2025-12-02")),
    # ", while" and ", but"
    ("Russia lost 14,000 soldiers in the past month, while since the invasion it has lost 880,000, Ukraine's General "
     "Staff said.", (14000, "period", 30, None, "2025-12-02"), (880000, "cumulative", None, None, "2025-12-02")),
    ("Russia lost 35,000 troops in March, but in April it lost 28,000, Kyiv said.",
     (35000, "period", 31, "2025-03-01", "2025-03-31"), (28000, "period", 30, "2025-04-01", "2025-04-30")),
])
def test_joined_clauses_each_count_over_their_own_span(text: str, first: _Span, second: _Span) -> None:
    claims = _claims(text, "2025-12-02")
    for value, measure, days, start, as_of in (first, second):
        claim = claims[value]
        got = (claim.measure, claim.period_days, claim.period_start and str(claim.period_start), str(claim.as_of))
        assert got == (measure, days, start, as_of)


def test_a_joined_clause_with_no_span_of_its_own_shares_the_sentence_span() -> None:
    claims = _claims("Russian shelling killed five civilians in Kherson on Monday, and wounded 12 others, the governor "
                     "said.", "2025-12-02")
    assert str(claims[5].as_of) == str(claims[12].as_of) == "2025-12-01"
