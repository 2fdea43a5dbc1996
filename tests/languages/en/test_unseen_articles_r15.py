"""Round 15: fixes of round p1's and round 14's known shortfalls that a general rule reads, each pinned by sentences
of other wordings than the articles'."""

from __future__ import annotations

import pytest

from lossledger import extract_claims
from lossledger.model import Claim


def _claims(text: str, published: str = "2025-06-02") -> dict[float, Claim]:
    return {c.value: c for c in extract_claims(text, published=published)}


# -- "the PEN Ukraine association said": a members' body is a civil-society source, whatever nation it names ---------

@pytest.mark.parametrize(("text", "value"), [
    ("At least 75 Ukrainian athletes have been killed in the war, the Athletes of Ukraine association said.", 75),
    ("The Ukrainian writers' union said 90 Ukrainian writers had been killed since the invasion.", 90),
])
def test_an_association_naming_a_nation_is_no_official_body(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "other"


def test_a_nations_ministry_is_still_its_official_body() -> None:
    claim = _claims("Ukraine's culture ministry said 60 Ukrainian artists have been killed since the invasion.")[60]
    assert claim.claimant == "ua_officials"
