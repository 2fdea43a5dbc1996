"""Round 27, second part: constructions behind the English rounds' pinned shortfalls that a general rule reads, each
pinned by sentences of other wordings than the articles' (the articles' pins are removed where cured)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2024-03-16")


# -- "37 residents had died in the fighting": a place's own people who died in the fighting are its soldiers --------

@pytest.mark.parametrize("text", [
    "In Russia's Bashkortostan region, the regional governor said 37 residents had died in the fighting.",
    "In Russia's Perm region, the governor said 20 residents had been killed in the fighting.",
])
def test_residents_who_died_in_the_fighting_are_soldiers(text: str) -> None:
    claim = next(iter(_claims(text).values()))
    assert (claim.side, claim.category, claim.outcome, claim.claimant) == ("russia", "personnel", "killed",
                                                                           "ru_officials")


def test_residents_killed_in_the_shelling_stay_civilians() -> None:
    claim = _claims("In Russia's Belgorod region, the governor said 20 residents had been killed in the shelling.")[20]
    assert (claim.side, claim.category) == ("russia", "civilians")
