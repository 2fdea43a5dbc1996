"""Two misreadings seen in round 22, each pinned by sentences of other wordings than those it was seen in: a side's
own dead named with the side's possessive ("Ukraine's military dead ..., the report said") is that side's loss and
no source's; a nation named in a clause of condition after the figure ("... unless Moscow ...") is no source."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-10-04")


# -- "Ukraine's military dead ..., the report said": the verb of saying has a subject of its own between it and the
# side's armed forces, so the forces are whose losses the figure counts, not who says it -------------------------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("Ukraine's military dead have reached 60,000, the report said.", 60_000, "ukraine", None),
    ("Ukraine's military losses now stand at 380,000, the study found.", 380_000, "ukraine", None),
    ("Russia's military casualties passed 700,000 last year, the analysis estimated.", 700_000, "russia", None),
    ("Russia's armed forces have lost 3,000 tanks in all, the report estimated.", 3_000, "russia", None),
    # researchers are a source of their own ("other"), not the armed forces named before them
    ("Ukraine's armed forces lost 500 tanks, the researchers said.", 500, "ukraine", "other"),
    ("Russia's military dead hit 80,000, the report said.", 80_000, "russia", None),
])
def test_a_sides_forces_before_another_subjects_verb_of_saying_are_the_loser(text: str, value: float, side: str,
                                                                            claimant: str | None) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant) == (side, claimant)


@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    # the forces' own verb of saying still names them
    ("Ukraine's military said 1,200 Russian troops were killed over the past day.", 1_200, "russia",
     "ua_general_staff"),
    ("Ukraine's armed forces reported that Russia had lost 40 tanks in a week.", 40, "russia", "ua_general_staff"),
])
def test_a_sides_forces_with_their_own_verb_of_saying_still_speak(text: str, value: float, side: str,
                                                                   claimant: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant) == (side, claimant)


# -- "could reach 700,000 unless Moscow slows its assaults": a clause of condition after the figure names who acts,
# not who says it -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("Russian casualties could reach 700,000 unless Moscow slows its assaults.", 700_000, "russia"),
    ("Ukrainian losses may exceed 400,000 unless Moscow halts the offensive.", 400_000, "ukraine"),
    ("Russian casualties are likely to exceed 900,000 by the summer if the Kremlin does not change course.",
     900_000, "russia"),
    ("Russian troop losses could top one million as long as the Kremlin keeps sending men into the assaults.",
     1_000_000, "russia"),
])
def test_a_nation_in_a_clause_of_condition_is_no_source(text: str, value: float, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.claimant) == (side, None)


def test_a_source_named_after_a_clause_of_condition_still_speaks() -> None:
    claim = _claims("Russian losses could pass 800,000 if Moscow keeps up the assaults, British intelligence said."
                    )[800_000]
    assert claim.claimant == "uk_mod"
