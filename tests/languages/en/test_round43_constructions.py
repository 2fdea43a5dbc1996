"""Constructions seen in earlier rounds and left there (helper h168, round 43), each pinned by sentences of other
wordings than the ones that showed them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import claims_reader  # noqa: E402

_claims = claims_reader("2025-06-07")


# -- "said it shot down 40 drones on Saturday and another 25 on Sunday": the day right after a figure's own noun phrase
# is the figure's, not the day it was said (a verb of saying before the figure tells no day after it) ---------------

@pytest.mark.parametrize(("text", "first", "first_day", "added", "added_day"), [
    ("Ukraine's air force said it shot down 38 drones on Monday and 17 more on Tuesday.", 38, "2025-06-02", 17,
     "2025-06-03"),
    ("Moscow said it downed 61 drones on Wednesday and a further 20 on Thursday.", 61, "2025-06-04", 20,
     "2025-06-05"),
])
def test_a_day_after_the_figure_is_its_own_not_the_day_said(text: str, first: float, first_day: str, added: float,
                                                              added_day: str) -> None:
    claims = _claims(text)
    assert (str(claims[first].as_of), str(claims[added].as_of)) == (first_day, added_day)


def test_a_day_after_a_verb_of_saying_after_the_figure_is_still_when_it_was_said() -> None:
    claims = _claims("Russian strikes killed 14 civilians in May, the mission said on Tuesday.")
    assert (claims[14].measure, str(claims[14].as_of)) == ("period", "2025-05-31")


# -- "closed since a missile hit it in August. Three guards were killed in that strike": the date after "since" and a
# verb of striking dates that strike too, and a figure pointing back at one strike is dated by it --------------------

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("The depot has stood in ruins since Russian drones struck it on 3 May. Four Ukrainian soldiers died in that "
     "attack, the regional administration said.", 4, "2025-05-03"),
    ("Traffic on the dam has been closed since a Russian glide bomb hit it in March. Two servicemen who guarded it "
     "were killed in the same strike, officials said.", 2, "2025-03-31"),
])
def test_a_strike_told_after_since_dates_the_figure_of_that_strike(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_start, str(claim.as_of)) == ("period", None, as_of)


def test_clashes_since_an_attack_still_count_from_it() -> None:
    claim = _claims("Fighting has raged around the town since Russian troops attacked it in March. In these clashes, "
                    "300 Ukrainian soldiers were killed, the brigade said.")[300]
    assert (str(claim.period_start), str(claim.as_of)) == ("2025-03-01", "2025-06-07")


# -- "An officer at the Joint Centre for Control and Co-ordination told": a speaker named by what he is and where he
# serves may run past the usual subject length -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant", "speaker"), [
    ("A senior official at the Ministry of Internal Affairs in the Kharkiv region said that nine civilians had been "
     "killed by shelling.", 9, "ua_officials", "A senior official at the Ministry of Internal Affairs in the Kharkiv "
     "region"),
    ("A Ukrainian officer at the command post for the northern group told reporters that four Russian soldiers had "
     "been killed.", 4, "ua_officials", "A Ukrainian officer at the command post for the northern group"),
])
def test_a_speaker_placed_at_a_long_named_body_is_the_source(text: str, value: float, claimant: str,
                                                              speaker: str) -> None:
    claim = _claims(text)[value]
    assert (claim.claimant, claim.claimant_text) == (claimant, speaker)


# -- "The SMM saw the bodies of three civilians. Morgue staff told the SMM that they had been killed": a sentence with
# no figure whose source tells of the victims before by a pronoun is the source of that figure -----------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Rescuers pulled the bodies of six civilians from the rubble in Sumy. The regional governor said they had been "
     "killed by a Russian missile overnight.", 6, "ua_officials"),
    ("Volunteers found the bodies of four Ukrainian soldiers near the road. A police spokesman confirmed that the men "
     "had died in a Russian drone strike.", 4, "ua_officials"),
])
def test_the_source_telling_of_them_after_is_the_source(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


def test_a_source_that_tells_of_no_one_before_credits_nothing() -> None:
    claims = _claims("Rescuers pulled the bodies of six civilians from the rubble in Sumy. The regional governor said "
                     "the clean-up would take a week.")
    assert claims[6].claimant is None
