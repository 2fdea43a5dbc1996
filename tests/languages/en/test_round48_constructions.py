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
