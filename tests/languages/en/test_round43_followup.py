"""Follow-ups of rounds 42 and 43: constructions their articles left, each pinned by sentences of other wordings."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-11-03")


# -- "over the month", "during the week": the month or week the figure just before covered -----------------------

@pytest.mark.parametrize(("text", "value", "start", "as_of"), [
    ("Ukraine's marines killed 900 Russian soldiers in September, the brigade said on Monday. Its drones also "
     "destroyed 40 Russian tanks during the month.", 40, "2025-09-01", "2025-09-30"),
    ("Russian forces lost 1,500 soldiers in the week to Sunday, Ukraine's military said. They also lost 61 artillery "
     "systems over the week.", 61, "2025-10-27", "2025-11-02"),
])
def test_the_unit_named_before(text: str, value: float, start: str, as_of: str) -> None:
    found = _claims(text)[value]
    assert (found.measure, found.period_start, found.as_of) == (
        "period", dt.date.fromisoformat(start), dt.date.fromisoformat(as_of))


@pytest.mark.parametrize(("text", "value", "measure"), [
    # a rate before: its month is not a span the next figure takes (nor does the rate lose its measure)
    ("Britain's defence ministry said Russian casualties averaged 1,400 per day in October. It also said Russia had "
     "lost around 120 tanks in the month.", 1400, "rate"),
    # the figure's own span: "over the month", alone in the text
    ("Russia lost 280 tanks over the month, a daily average of nine.", 280, "period"),
])
def test_no_unit_named_before(text: str, value: float, measure: str) -> None:
    found = _claims(text)[value]
    assert found.measure == measure
    if measure == "period":
        assert found.period_start is None


# -- "for killing four civilians": searched only in a sentence that holds a verb the pattern needs --------------------

_KILLING_TEXTS = [
    "A court in Kyiv sentenced a Russian sergeant to 15 years in prison for killing three civilians in Bucha, "
    "prosecutors said.",
    "Two Russian paratroopers were convicted of executing five prisoners of war near Avdiivka.",
    "A Russian sergeant was jailed for shooting dead two men in Kherson region, the court said.",
    "Russian troops killed four civilians in Kherson region on Sunday, the governor said.",
    "Ukraine's army said 12 Russian soldiers were killed in the attack near Pokrovsk.",
]


@pytest.mark.parametrize("text", _KILLING_TEXTS)
def test_killing_gerund_guard_agrees(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from lossledger.extract import whose_loss
    from lossledger.extract.loss_frame_rules import LossFrameRules

    guarded = {(v, c.side, c.claimant) for v, c in _claims(text).items()}

    def unguarded(reader, sent, lo, hi):  # type: ignore[no-untyped-def]
        return reader.grammar.rules(LossFrameRules).soldier_killing_gerund.search(reader.norm, lo, hi)

    monkeypatch.setattr(whose_loss, "_killing_gerund_before", unguarded)
    assert {(v, c.side, c.claimant) for v, c in _claims(text).items()} == guarded


def test_killing_gerund_killer_is_the_enemy() -> None:
    found = _claims(_KILLING_TEXTS[0])[3]
    assert found.side == "ukraine"


# -- "prosecutors said", "prosecutors say": the office that looks into a side's civilian deaths ---------------------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("Russian shelling killed four civilians in Kherson on Sunday, prosecutors said.", 4, "ukraine", "ua_officials"),
    ("Prosecutors say the Russian sergeant killed three civilians in a village near Chernihiv.", 3, "ukraine",
     "ua_officials"),
    ("Ukrainian drones killed two civilians in Belgorod on Sunday, prosecutors said.", 2, "russia",
     "ru_officials"),
])
def test_prosecutors_speak_for_the_side_whose_civilians_they_count(text: str, value: float, side: str,
                                                                    claimant: str) -> None:
    found = _claims(text)[value]
    assert (found.side, found.claimant) == (side, claimant)
