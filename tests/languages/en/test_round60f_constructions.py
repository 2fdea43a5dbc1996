"""Round 60f: English constructions rounds 60 and 60b left, each read in two or more wordings of our own (names and
numbers invented):

- an office named by "its" ("its chief surgeon, a lieutenant colonel who ..., told me", "its commander said", "its head
  doctor said") where no subject with a verb of losing stands before it: it speaks for the post, unit or garrison "its"
  points back at, the first one named in its sentence, else the last of the sentence before; one named there with no
  side ("the hospital") is the one named with its side earlier ("a Ukrainian field hospital") (possessed_office, grammar
  `possessed_office`, `office_body_pointed`); the wounded such a post took in are then its own side's;
- "Twelve others were wounded, the regional head said" right after a toll dated Monday: the same attack's, its day
  (mention_dates._event_going_on, grammar `others_after_count`); only right after the toll's sentence;
- "Russian shelling hit the Ukrainian positions. 9 were wounded": those who hold positions and trenches are soldiers
  (grammar `military_context`), and a bare count that opens the next sentence counts the side the attack's sentence
  names after its attacker (attacked_side.attacked_side_named_before), of that one attack (period);
- "2 - Russian landing craft sunk in June": a line whose head before its dash is only a number has no closing source
  after the dash; the words there are what it counts (attribution.trailing_line_source);
- "In the months since the dam burst on June 6, the toll has kept climbing. At least 58 civilians drowned": the first
  figure of people after a sentence that says a toll kept rising over a span from one day is that toll over that span,
  where its own sentence has no time of its own (toll_kept_rising.py);
- also met: "A Russian field hospital admitted 35 wounded": the bare wounded a field hospital or stabilisation point
  takes in are soldiers (grammar `military_context`); a city hospital's after a strike stay civilians."""

from __future__ import annotations

import datetime as dt

from probes import claims_reader

_claims = claims_reader("2025-07-15")  # a Tuesday


# -- An office named by "its": the body it points back at -------------------------------------------------------------

def test_its_chief_surgeon_after_a_post_named_in_the_sentence_before() -> None:
    c = _claims("We reached a Ukrainian stabilisation point near Kramatorsk. It took in 143 wounded soldiers last week,"
                " its chief surgeon, a major who asked not to be named, told me.")[143]
    assert (c.side, c.category, c.outcome, c.claimant) == ("ukraine", "personnel", "wounded", "ua_officials")


def test_its_head_doctor_after_a_post_named_with_its_side_in_the_sentence() -> None:
    c = _claims("A Russian field hospital admitted 60 wounded soldiers on Sunday, its head doctor said.")[60]
    assert (c.side, c.claimant, c.as_of) == ("russia", "ru_officials", dt.date(2025, 7, 13))


def test_the_post_named_again_with_no_side_is_the_one_named_with_it() -> None:
    c = _claims("Visiting a Ukrainian field hospital\nThe hospital took in 30 wounded soldiers on Sunday, its director"
                " told reporters.")[30]
    assert (c.side, c.claimant) == ("ukraine", "ua_officials")


def test_its_commander_after_a_garrison_named_before() -> None:
    c = _claims("Night fell on the Russian garrison at Tokmak. It had lost 40 men since Friday, its commander"
                " said.")[40]
    assert (c.side, c.claimant) == ("russia", "ru_officials")


# -- "N others were wounded" after a dated toll -----------------------------------------------------------------------

def test_others_wounded_with_a_source_after_take_the_tolls_day() -> None:
    found = _claims("Russian drones struck a market in Kherson on Sunday, killing three people. Nine others were"
                    " injured, the governor said.")
    assert found[9].as_of == dt.date(2025, 7, 13)


def test_other_people_wounded_take_the_tolls_day() -> None:
    found = _claims("A Russian missile hit a school in Sumy on Monday, killing 7 people. 12 other people were"
                    " wounded.")
    assert found[12].as_of == dt.date(2025, 7, 14)


def test_others_two_sentences_after_the_toll_keep_the_report_day() -> None:
    found = _claims("A Russian missile hit a school in Sumy on Monday, killing 7 people. Officials said rescuers were"
                    " still at work. Twelve others were wounded.")
    assert found[12].as_of == dt.date(2025, 7, 15)


# -- The wounded of an attack on a side's positions -------------------------------------------------------------------

def test_wounded_after_trenches_hit_are_the_attacked_sides_soldiers() -> None:
    c = _claims("Russian shells hit Ukrainian trenches near Bakhmut. Four were killed, the commander said.")[4]
    assert (c.side, c.category, c.measure) == ("ukraine", "personnel", "period")


def test_killed_after_a_drone_strike_on_positions() -> None:
    c = _claims("A Ukrainian drone strike hit Russian positions near Tokmak. Eleven were killed, the General Staff"
                " said.")[11]
    assert (c.side, c.category, c.measure) == ("russia", "personnel", "period")


def test_wounding_after_positions_hit_in_the_same_sentence() -> None:
    c = _claims("Russian shelling hit the Ukrainian positions near Pokrovsk, wounding 9.")[9]
    assert (c.side, c.category) == ("ukraine", "personnel")


# -- A column line whose head is only its count -----------------------------------------------------------------------

def test_a_column_line_of_tanks_names_no_source() -> None:
    c = _claims("5 - Ukrainian tanks destroyed last week")[5]
    assert (c.side, c.claimant) == ("ukraine", None)


def test_a_column_line_with_an_en_dash_names_no_source() -> None:
    c = _claims("3 – Russian helicopters shot down in May")[3]
    assert (c.side, c.claimant, c.period_start) == ("russia", None, dt.date(2025, 5, 1))


def test_a_flash_line_still_names_its_closing_source() -> None:
    c = _claims("Kyiv says Russia lost 1,470 troops — General Staff")[1470]
    assert c.claimant == "ua_general_staff"


# -- A toll said to keep rising over a span, then its figure ----------------------------------------------------------

def test_the_toll_kept_climbing_since_a_day_gives_the_next_figure_its_span() -> None:
    c = _claims("In the months since the dam burst on June 6, the toll has kept climbing. At least 58 civilians drowned"
                " in the towns downstream.", "2026-09-03")[58]
    assert (c.measure, c.period_start) == ("period", dt.date(2026, 6, 6))


def test_the_death_toll_continued_to_rise_since_a_day() -> None:
    c = _claims("Since the shelling began on March 3, the death toll has continued to rise. Twenty-two civilians have"
                " been killed in the town, the mayor said.", "2026-09-03")[22]
    assert (c.measure, c.period_start) == ("period", dt.date(2026, 3, 3))


def test_a_figure_with_a_day_of_its_own_keeps_it() -> None:
    c = _claims("Since the shelling began on March 3, the death toll has continued to rise. 4 civilians were killed in"
                " the town on Monday, the mayor said.", "2026-09-03")[4]
    assert (c.period_start, c.period_days, c.as_of) == (None, 1, dt.date(2026, 8, 31))


def test_a_rising_toll_with_no_start_gives_no_span() -> None:
    c = _claims("The toll has kept climbing. At least 58 civilians drowned in the towns downstream.", "2026-09-03")[58]
    assert c.period_start is None


def test_a_toll_since_the_war_began_stays_a_running_total() -> None:
    c = _claims("Since the war began on February 24, 2022, the toll has kept climbing. At least 12,000 civilians have"
                " been killed, the UN says.", "2026-09-03")[12000]
    assert c.measure == "cumulative"


# -- Also met: the bare wounded a front's medical post took in --------------------------------------------------------

def test_the_wounded_a_field_hospital_admitted_are_soldiers() -> None:
    c = _claims("A Russian field hospital in Donetsk admitted 35 wounded overnight, its commander said.")[35]
    assert (c.side, c.category, c.claimant) == ("russia", "personnel", "ru_officials")


def test_the_wounded_a_brigades_field_hospital_took_in_are_soldiers() -> None:
    c = _claims("The Ukrainian 47th Brigade's field hospital took in 20 wounded on Sunday, its head doctor said.")[20]
    assert (c.side, c.category) == ("ukraine", "personnel")


def test_the_wounded_a_city_hospital_took_in_after_a_strike_are_civilians() -> None:
    c = _claims("The city hospital took in 20 wounded after the strike, its director said.")[20]
    assert (c.category, c.claimant) == ("civilians", None)
