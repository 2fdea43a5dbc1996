"""Sources as reported speech, and the frame a source's report sets over the sentences that follow it.

Every sentence here is written for these tests (none comes from an evaluation set); each construction is read
in at least two wordings, so that a rule that names a person or an outlet cannot pass them.
"""

from __future__ import annotations

import pytest

from lossledger import extract_claims
from lossledger.extract.attribution import classify_source
from lossledger.languages.grammar import load_patterns
from lossledger.model import Claim
from lossledger.profiles import load_profile

EN = load_patterns("en")


def _by_value(text: str) -> dict[float, Claim]:
    return {c.value: c for c in extract_claims(text, published="2024-05-01")}


def _claimant(text: str, value: float) -> str | None:
    return _by_value(text)[value].claimant


# -- what a source is --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    # ", said NAME, ROLE of BODY": the role set off by a comma says which body speaks
    ("Russia lost 90 tanks near the town, said Petro Savchenko, spokesman for the eastern operational group.", 90,
     "ua_officials"),
    ('"This was the worst month," said Maria Lund, head of the human rights monitoring mission - the office '
     'that counts the dead. One strike killed 40 people, according to the report.', 40, "un"),
    # a head of state's staff speak as the nation's officials, not as the head of state
    ("An adviser to Ukraine's president said 150 Russian soldiers were dying every day.", 150, "ua_officials"),
    ("A spokesman for the Ukrainian president said 20 civilians were killed in the strike.", 20, "ua_officials"),
    ("Ukraine's president said 20 civilians were killed in the strike.", 20, "ua_president"),
    ("The Ukrainian President's office said 8 civilians were killed in the strike.", 8, "ua_officials"),
    # Britain's armed forces and their chief speak from its ministry of defence
    ("The British military said 30 Russian tanks were destroyed in a week.", 30, "uk_mod"),
    ("The UK's Chief of the Defence Staff told the BBC that Russia had lost 600,000 troops.", 600000, "uk_mod"),
    # the UN's agencies by their full names
    ("The World Health Organization said 20 civilians had been killed in attacks on hospitals.", 20, "un"),
    ("According to the World Health Organisation, 12 medics were killed in May.", 12, "un"),
])
def test_a_source_is_read_from_its_phrase(text: str, value: float, claimant: str) -> None:
    claim = _by_value(text)[value]
    assert claim.claimant == claimant, (claim.claimant, claim.claimant_text)


@pytest.mark.parametrize(("text", "value"), [
    # "a Russian-backed official" set off by commas says what the mayor before it is
    ("The mayor of Donetsk, a Russian-backed official, said 6 people died in the shelling.", 6),
    ("The mayor of Horlivka, a Moscow-installed official, said 3 civilians were killed.", 3),
])
def test_an_official_in_apposition_is_a_source(text: str, value: float) -> None:
    claim = _by_value(text)[value]
    assert claim.claimant == "ru_officials", (claim.claimant, claim.claimant_text)


def test_the_staff_of_a_president_are_classified_as_officials() -> None:
    profile = load_profile()
    assert classify_source(profile, "an aide to the Russian president", grammar=EN) == ("ru_officials", "nation")
    assert classify_source(profile,
    "a press secretary for Ukraine's president", grammar=EN) == ("ua_officials", "nation")
    assert classify_source(profile, "Russia's president", grammar=EN) == ("ru_officials", "nation")


@pytest.mark.parametrize(("text", "value", "claimant"), [
    # "the minister said": the person named before who holds that role
    ("Ukraine's interior minister, Petro Marchenko, said rescue work went on through the night. The minister later "
     "said 14 civilians were killed.", 14, "ua_officials"),
    ('Ukraine\'s defence minister, Petro Koval, said on Sunday that the front held. "Russia loses 300 soldiers a '
     'day near the town. This cannot last," the minister said.', 300, "ua_mod"),
    # "the official, NAME, wrote": the same person again, now with a name the profile does not know
    ('The head of Russia\'s Tver region said a drone hit a school. "Five people were wounded," the official, Ivan '
     'Orlov, wrote on Telegram.', 5, "ru_officials"),
])
def test_a_definite_role_points_back_at_its_holder(text: str, value: float, claimant: str) -> None:
    claim = _by_value(text)[value]
    assert claim.claimant == claimant, (claim.claimant, claim.claimant_text)


@pytest.mark.parametrize(("text", "value", "claimant"), [
    # ", meanwhile, said X": X is what was said; the subject came before the adverb
    ("The governor of Russia's Tver region, meanwhile, said a Ukrainian drone strike overnight wounded 4 people.",
     4, "ru_officials"),
    ("The mayor of Kharkiv, for his part, said a Russian glide bomb attack overnight injured 17 residents.", 17,
     "ua_officials"),
])
def test_an_adverb_between_subject_and_verb_keeps_the_subject(text: str, value: float, claimant: str) -> None:
    claim = _by_value(text)[value]
    assert claim.claimant == claimant, (claim.claimant, claim.claimant_text)


# -- how far a source's report reaches --------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    # a report named as an evaluation or appraisal points back at its issuer
    ("Britain's defence ministry mentioned in its newest evaluation of the war that morale was low. At least 30 "
     "Russian helicopters have been lost since the invasion, the evaluation says.", 30, "uk_mod"),
    ("The Pentagon issued a fresh appraisal on Friday. Some 5,000 Russian troops were killed in the battle, the "
     "appraisal says.", 5000, "us_officials"),
    # "mentioned" is a verb of saying
    ("The southern operational command mentioned on Tuesday that 3 Russian landing ships had been sunk in the bay.",
     3, "ua_officials"),
])
def test_a_report_points_back_at_its_issuer(text: str, value: float, claimant: str) -> None:
    claim = _by_value(text)[value]
    assert claim.claimant == claimant, (claim.claimant, claim.claimant_text)


def test_a_source_that_announces_its_report_frames_the_figures_that_follow() -> None:
    text = ("Ukraine's General Staff publishes its figures of Russian losses every morning. The latest count of "
            "Russian troops killed stands at 250,000.")
    assert _claimant(text, 250000) == "ua_general_staff"
    text = ("The UN monitoring mission issued its monthly report on Tuesday. In June, 170 civilians were killed and "
            "700 injured.")
    claims = _by_value(text)
    assert claims[170].claimant == claims[700].claimant == "un"


def test_a_report_frame_ends_at_another_source_and_after_the_next_paragraph() -> None:
    text = ("The UN monitoring mission issued its monthly report on Tuesday. Ukraine's national police said 12 "
            "people were killed in Odesa.")
    assert _claimant(text, 12) == "ua_officials"
    text = ("The UN monitoring mission issued its monthly report on Tuesday.\n\nThe weather turned cold.\n\n"
            "Farmers began the harvest.\n\nIn July, 40 civilians were killed in the region.")
    assert _claimant(text, 40) is None


def test_a_withheld_report_opens_no_frame() -> None:
    text = "Kyiv has not published its figures since the spring. An estimated 70,000 Ukrainian soldiers died."
    assert _claimant(text, 70000) is None
    text = ("The Ukrainian government rarely releases its own data. Some 45,000 Ukrainian soldiers have died in the "
            "east.")
    assert _claimant(text, 45000) is None


def test_a_possessed_report_opens_the_frame_over_the_next_paragraph() -> None:
    text = ("The UN mission's report lists the casualties by month.\n\nIn March, 160 civilians were killed and 700 "
            "injured.")
    claims = _by_value(text)
    assert claims[160].claimant == claims[700].claimant == "un"


@pytest.mark.parametrize("text", [
    "The UN mission said 12,000 civilians had been killed. Russia rarely comments on civilian deaths. In a single "
    "strike in April, 40 people died in Dnipro.",
    "Britain's defence ministry said Russia had lost 300,000 troops. Moscow has never published its own casualty "
    "count. In the battle for one town, 40 Russian soldiers died on a single night.",
])
def test_the_article_speaking_of_a_silent_source_ends_the_report(text: str) -> None:
    assert _claimant(text, 40) is None


def test_a_silence_inside_the_report_does_not_end_it() -> None:
    text = ("Mediazona said it had identified 60,000 Russian soldiers killed. Some families do not share details "
            "of the deaths. Among the dead, 9,000 were volunteers.")
    assert _claimant(text, 9000) == "mediazona"


@pytest.mark.parametrize(("text", "value", "claimant"), [
    # "based on X" names the source as "according to X" does
    ("If the numbers hold, Russian losses would reach 500,000 troops, based on Ukrainian assessments.", 500000,
     "ua_general_staff"),
    ("Russia has lost 4,000 tanks, based on the Kettu Research Group.", 4000, "other"),
    ("Russian deaths stand at about 90,000, based on Mediazona obituaries.", 90000, "mediazona"),
])
def test_based_on_names_a_source(text: str, value: float, claimant: str) -> None:
    claim = _by_value(text)[value]
    assert claim.claimant == claimant, (claim.claimant, claim.claimant_text)


@pytest.mark.parametrize(("text", "value", "claimant"), [
    # a text that opens on a report before naming its source: the source named next is the report's
    ('The toll includes 300 civilians killed in March.\n\nThe strikes hit several cities.\n\n"This was a terrible '
     'month," said Anna Berg, head of the human rights monitoring mission.', 300, "un"),
    ("The latest figures show 45 Russian tanks destroyed in a week. Ukraine's General Staff said the fighting near "
     "the town was intense.", 45, "ua_general_staff"),
])
def test_a_report_the_text_opens_on_takes_the_source_named_next(text: str, value: float, claimant: str) -> None:
    claim = _by_value(text)[value]
    assert claim.claimant == claimant, (claim.claimant, claim.claimant_text)


def test_a_report_the_text_opens_on_waits_only_a_few_paragraphs() -> None:
    text = ("The toll includes 300 civilians killed in March.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\n"
            "Anna Berg, head of the human rights monitoring mission, said the month was terrible.")
    assert _claimant(text, 300) is None


@pytest.mark.parametrize(("text", "value", "claimant"), [
    # "the mission said", "the group said": the source named before with that noun, though others came between
    ("The United Nations said on Friday that at least 10,500 civilians have been killed since the full-scale "
     "invasion.\n\nIn its monthly update, the U.N. Human Rights Monitoring Mission in Ukraine said 140 civilians were "
     "killed and 580 injured in January.\n\nChildren accounted for 10 of the dead, the mission said.\n\n\"The "
     "numbers are likely much higher,\" it added.", 10, "un"),
    ("The Conflict Research Group said 500 Russian tanks were lost near Kharkiv. The figure is close to what the "
     "Pentagon published. Another 40 were abandoned, the group said.", 40, "other"),
])
def test_a_definite_kind_points_back_at_the_source_it_names(text: str, value: float, claimant: str) -> None:
    claim = _by_value(text)[value]
    assert claim.claimant == claimant, (claim.claimant, claim.claimant_text)


@pytest.mark.parametrize(("text", "values", "claimant"), [
    # the lines under a report go on with it, each on its own line
    ("The ministry of defence of Ukraine published the following data.\n\nPersonnel: 500,000\nTanks: 8,000",
     (500000, 8000), "ua_mod"),
    ("Britain's defence intelligence issued its weekly update on Friday.\n\nIn July, 20 Russian tanks were lost "
     "each day.\n\nIn August, 900 Russian soldiers were killed or wounded each day.\n\nIn September, 15 Russian "
     "artillery systems were lost each day.", (20, 900, 15), "uk_mod"),
])
def test_a_report_frame_goes_on_over_its_lines_and_paragraphs(text: str, values: tuple[float, ...],
                                                              claimant: str) -> None:
    claims = _by_value(text)
    assert [claims[v].claimant for v in values] == [claimant] * len(values)
