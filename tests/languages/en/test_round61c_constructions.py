"""Round 61c: English constructions this session's rounds saw read wrongly, read by a general rule and pinned here by
sentences of other wordings than the articles':

- "..., putting Russian casualties at about 990,000" after a list of equipment: the people a verb of putting a level
  names right before the figure, not the list's kind (grammar put_level_at, loss_frame._people_put_at);
- "Russia's heaviest assault began in May. Its forces lost 2,000 men": "its forces" that lose point at the side the
  sentence before opens on, as "it has lost" does (grammar pronoun_loses_before, loser_pronoun.py);
- "The Kremlin put the number of dead at 5,000" after Kyiv's count of Russian dead: the Kremlin's count of Russian dead
  (read so in these wordings; kept as a guard).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2026-12-07")


@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("Ukraine's military said it had destroyed 9,500 tanks and 20,000 artillery systems since the invasion, putting "
     "Russian casualties at about 990,000.", 990_000, "losses"),
    ("Kyiv says Russia has lost 8,000 tanks and 15,000 artillery systems, and puts the Russian dead at 300,000.",
     300_000, "killed"),
])
def test_people_put_at_a_level_after_a_list_of_equipment(text: str, value: float, outcome: str) -> None:
    claims = _claims(text)
    assert (claims[value].side, claims[value].category, claims[value].outcome) == ("russia", "personnel", outcome)
    assert claims[9_500 if 9_500 in claims else 8_000].category == "tanks"  # (the list's own figures keep their kind)


def test_a_level_put_with_no_people_is_not_read_as_people() -> None:
    assert _claims("Russia fired 80 drones overnight, putting the total at 500 this week.") == {}


@pytest.mark.parametrize(("text", "value", "side"), [
    ("Russia's heaviest assault on the city began in May. Its forces lost 2,000 men, Kyiv said.", 2_000, "russia"),
    ("Moscow's biggest offensive of the winter stalled in February. Since then its troops have lost 3,500 soldiers, "
     "according to Kyiv.", 3_500, "russia"),
    ("Ukraine's spring counteroffensive began in June. Its forces lost 80 tanks in two weeks, Moscow claimed.", 80,
     "ukraine"),
])
def test_its_forces_that_lose_are_the_side_the_sentence_before_opens_on(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_its_forces_after_the_speaker_stay_the_speakers() -> None:
    claims = _claims("Russia's heaviest assault of the year began on Monday. Ukraine said its forces had lost 40 tanks "
                     "in the battle.")
    assert claims[40].side == "ukraine"


@pytest.mark.parametrize("text", [
    "Ukraine's general staff said 700,000 Russian soldiers had been killed. The Kremlin put the number of dead at "
    "5,000.",
    "Ukraine says Russia lost 50,000 soldiers around Avdiivka. The Kremlin, which rarely gives figures, put the number "
    "of dead at 5,000.",
])
def test_the_kremlins_count_of_dead_after_kyivs_is_russian(text: str) -> None:
    claim = _claims(text)[5_000]
    assert (claim.side, claim.claimant) == ("russia", "ru_officials")
