"""Constructions seen and left by earlier rounds (helper h188, round 48), each pinned by sentences of other wordings
than the ones that showed them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

from lossledger import extract_claims  # noqa: E402

_claims = claims_reader("2025-06-20")


def _read(text: str) -> dict[float, object]:
    return {c.value: c for c in extract_claims(text, published="2025-06-20")}


# -- "X began in DATE; since then ...": "since then" after a clause that dates a start counts from it, as "has since"
# does; the war's start makes a running total, another start a span from it (in the start's sentence or the next) ---

@pytest.mark.parametrize("text", [
    "The war broke out in February 2022; since then 9,400 civilians have died, the UN mission said.",
    "Russia invaded in February 2022, and ever since then its forces have lost 3,100 tanks, Oryx counted.",
    "The full-scale invasion began on 24 February 2022. Since then, 12,000 civilians have been killed, the UN said.",
])
def test_since_then_after_the_wars_start_is_a_running_total(text: str) -> None:
    (claim,) = _claims(text).values()
    assert (claim.measure, claim.period_days, str(claim.as_of)) == ("cumulative", None, "2025-06-20")


@pytest.mark.parametrize(("text", "value", "start"), [
    ("The assault on the town started in October 2023; since then 16,000 Russian troops have been killed there, Kyiv "
     "said.", 16_000, "2023-10-01"),
    ("Russia launched its offensive on Avdiivka in October 2023, and since then it has lost 400 tanks, Kyiv says.",
     400, "2023-10-01"),
    ("The counteroffensive began in June 2023. Since then, Ukraine has lost 90 tanks, according to Oryx.", 90,
     "2023-06-01"),
    ("The incursion into the Kursk region started on 6 August 2024. Since then Russia has lost 5,000 soldiers in the "
     "region, Kyiv says.", 5000, "2024-08-06"),
])
def test_since_then_after_another_start_counts_from_it(text: str, value: float, start: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.period_start), str(claim.as_of)) == ("period", start, "2025-06-20")


def test_since_then_after_a_day_that_starts_nothing_is_no_span() -> None:
    claim = _claims("The ministry published a report on 3 May 2025. Since then, Ukraine says, 40 Russian soldiers "
                    "have been killed near the town.")[40]
    assert claim.period_start is None


# -- "On Monday the UN said 12,000 civilians had been killed": a day that opens the statement of a perfect's running
# total dates the statement (with a comma after the day or not); a verb of the day's event makes the day's figure ----

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("On Monday the UN said 12,000 civilians had been killed.", 12_000, "2025-06-16"),
    ("On Wednesday the monitoring mission reported that 13,100 civilians have been killed in Ukraine.", 13_100,
     "2025-06-18"),
    ("On 3 June the General Staff said Russia had lost 990,000 troops.", 990_000, "2025-06-03"),
])
def test_a_day_opening_the_statement_of_a_running_total_dates_it(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days, str(claim.as_of)) == ("cumulative", None, as_of)


@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("On Monday the governor said four civilians had been killed in a missile strike.", 4, "2025-06-16"),
    ("On Monday five civilians were killed, the UN said.", 5, "2025-06-16"),
])
def test_a_verb_of_the_days_event_keeps_the_days_figure(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.as_of)) == ("period", as_of)


@pytest.mark.parametrize(("text", "value", "key"), [
    ("On Wednesday the monitoring mission reported that 13,100 civilians have been killed in Ukraine.", 13_100, "un"),
    ("In May the British defence ministry said Russia had lost 450,000 troops.", 450_000, "uk_mod"),
    ("On 3 June 2025 Ukraine's General Staff said Russia had lost 990,000 troops.", 990_000, "ua_general_staff"),
])
def test_a_day_opening_the_sentence_with_no_comma_is_no_part_of_the_source(text: str, value: float, key: str) -> None:
    assert _claims(text)[value].claimant == key


# -- "The fleet had 60 boats; Ukraine says it has destroyed 21 of them": the part takes the whole's noun; what a side
# had (or began the war with) is no loss, though the part's loss verb follows in the same sentence ----------------

@pytest.mark.parametrize(("text", "value", "category", "outcome"), [
    ("The Black Sea Fleet began the war with about 80 warships, and Kyiv says it has sunk 28 of them.", 28, "ships",
     "destroyed"),
    ("Russia's air force started the war with 120 attack helicopters; 40 of them have been shot down, British "
     "intelligence says.", 40, "helicopters", "destroyed"),
    ("Russia had some 3,300 tanks and has since lost 2,900 of them, Oryx counted.", 2900, "tanks", "losses"),
    ("Russia entered the full-scale invasion with some 3,300 tanks and has since lost 2,900 of them, Oryx counted.",
     2900, "tanks", "losses"),
])
def test_a_part_of_what_a_side_had_is_the_only_claim(text: str, value: float, category: str, outcome: str) -> None:
    claims = _claims(text)
    assert list(claims) == [value]
    assert (claims[value].side, claims[value].category, claims[value].outcome) == ("russia", category, outcome)


def test_a_whole_lost_with_its_part_stays_a_claim() -> None:
    assert sorted(_claims("Russia had 3,300 tanks destroyed, 200 of them by drones, Oryx says.")) == [200, 3300]


# -- Timeline lines "DAY – ...": the line's day dates the running total it states, in a bulleted timeline too (a
# dated bullet that ends a sentence is the article's, however short: a related story's link is undated) ----------

_BULLETED_TIMELINE = """Timeline

- 14 March 2024 – the General Staff put Russia's losses at 430,000 since the invasion.
- 2 July 2024 – Kyiv said Russia had lost 540,000 troops.
- Oct. 9, 2024 — Ukraine said Russia had lost 9,000 tanks.
"""


@pytest.mark.parametrize(("value", "as_of"), [(430_000, "2024-03-14"), (540_000, "2024-07-02"), (9000, "2024-10-09")])
def test_a_bulleted_timeline_line_stands_on_its_day(value: float, as_of: str) -> None:
    claim = _read(_BULLETED_TIMELINE)[value]
    assert (claim.measure, str(claim.as_of)) == ("cumulative", as_of)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("11 May 2024 – The General Staff put Russia's losses at 485,000 since the invasion. It said 7,400 tanks had "
     "been destroyed.", 7400, "2024-05-11"),
    ("Sept. 2, 2023 — Kyiv said Russia had lost 265,000 troops since the start of the full-scale war.", 265_000,
     "2023-09-02"),
])
def test_a_timeline_line_stands_on_its_day(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.as_of)) == ("cumulative", as_of)


def test_an_undated_short_bullet_is_still_a_link() -> None:
    assert _read("Read more\n\n- Kyiv says Russia has lost 1,000 more troops.\n") == {}


# -- "Secretary General:", "Spokesperson:" never introduced: the officer of the one body the spec keys that the
# document names elsewhere; none named, or two, and the label stays unnamed -----------------------------------------

_NATO_TRANSCRIPT = """Press conference following the meeting of NATO defence ministers

Secretary General: Good afternoon. We estimate that Russia has suffered over 600,000 casualties since the invasion.

Question: Can you give a figure for this year?

Secretary General: Since January alone, Russia has lost around 1,500 tanks.

Moderator: Next question, please.
"""

_UN_TRANSCRIPT = """Noon briefing by the United Nations in New York

Deputy Spokesperson: Turning to Ukraine, at least 14 civilians were killed in Kharkiv overnight.

Question: Do you have an overall figure?

Deputy Spokesperson: The number of civilians killed since February 2022 is now more than 13,000.

Question: Thank you.
"""

_BODYLESS_TRANSCRIPT = """Transcript of the briefing

Secretary General: Good morning. We estimate that Russia has lost 3,000 tanks since the invasion.

Question: How many soldiers?

Secretary General: Some 600,000 casualties.

Moderator: Thank you.
"""


@pytest.mark.parametrize(("text", "values", "key"), [
    (_NATO_TRANSCRIPT, (600_000, 1500), "western_officials"),
    (_UN_TRANSCRIPT, (14, 13_000), "un"),
])
def test_an_office_label_speaks_for_the_body_the_document_names(text: str, values: tuple[float, ...],
                                                                key: str) -> None:
    claims = _read(text)
    assert [claims[v].claimant for v in values] == [key] * len(values)  # type: ignore[attr-defined]


def test_an_office_label_of_no_named_body_stays_unnamed() -> None:
    assert {c.claimant for c in _read(_BODYLESS_TRANSCRIPT).values()} == {None}  # type: ignore[attr-defined]


# -- "the following winter", "by Christmas": a season after the time told last, a holiday on its day ---------------

@pytest.mark.parametrize(("text", "value", "start", "as_of"), [
    ("The offensive stalled in 2023. The following winter Russia lost 90,000 soldiers, British intelligence "
     "estimated.", 90_000, "2023-12-01", "2024-02-29"),
    ("Ukraine's counteroffensive began in June 2023. The following winter, Russia lost 1,500 tanks near Avdiivka, "
     "Oryx counted.", 1500, "2023-12-01", "2024-02-29"),
    ("Kyiv's troops crossed the river in August 2023. The following spring 2,400 Ukrainian soldiers were killed "
     "there, Moscow claimed.", 2400, "2024-03-01", "2024-05-31"),
])
def test_the_following_season_is_the_one_after_the_time_told(text: str, value: float, start: str, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.period_start), str(claim.as_of)) == ("period", start, as_of)


@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("By Christmas, Russia had lost 380,000 troops, the General Staff said.", 380_000, "2024-12-25"),
    ("By Christmas 2023 Ukraine's General Staff put Russia's losses at 350,000.", 350_000, "2023-12-25"),
    ("By New Year's Eve, Oryx had counted 2,900 Russian tanks lost.", 2900, "2024-12-31"),
    ("The Ukrainian brigade arrived at the front in September 2023. By Christmas, 40 of its soldiers had been killed, "
     "its commander said.", 40, "2023-12-25"),
])
def test_a_holiday_is_its_day(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, str(claim.as_of)) == ("cumulative", as_of)


def test_since_a_holiday_counts_from_its_day() -> None:
    claim = _claims("Since New Year's Day, Russia has lost 40,000 troops, the General Staff said.")[40_000]
    assert (claim.measure, str(claim.period_start)) == ("period", "2025-01-01")


# -- "since the start of the operation": the war, where the text called it a "special military operation" before;
# else an operation of its own (the spec: "since the start of ... an operation" is a span) --------------------------

@pytest.mark.parametrize("text", [
    "Russia calls its war a special military operation. Russia's defence ministry said on Monday that Ukraine had lost "
    "35,000 servicemen since the start of the operation.",
    'Moscow still calls the invasion a "special military operation". According to the Russian defence ministry, Kyiv '
    "has lost 420 aircraft since the beginning of the operation.",
])
def test_the_operation_named_as_the_war_is_the_war(text: str) -> None:
    (claim,) = _claims(text).values()
    assert claim.measure == "cumulative"


@pytest.mark.parametrize("text", [
    "Russia's defence ministry said Ukraine had lost 35,000 servicemen since the start of the operation.",
    'Moscow calls the invasion a "special military operation". Kyiv says Russia has lost 40,000 soldiers since the '
    "start of the operation in Kursk.",
])
def test_an_operation_not_named_as_the_war_is_a_span(text: str) -> None:
    (claim,) = _claims(text).values()
    assert claim.measure == "period"
