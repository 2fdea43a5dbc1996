"""A war is data: the shipped profile loads, a user-written profile works with no code change,
and a broken profile is refused with a message that names the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from lossledger import ProfileError, extract_claims
from lossledger.profiles import claimant_labels_for, load_profile, rule_profile

# A second war, written the way a user would: the 2020 Nagorno-Karabakh war. The figures are the
# ones the two ministries published after the ceasefire.
KARABAKH = """
name = "karabakh-2020"
version = "1"
war_start = "2020-09-27"
war_start_phrases = ["since the (?:start|beginning) of the (?:war|hostilities|fighting)"]
person_claimants = []

[claimant_sides]
az_mod = "azerbaijan"
am_officials = "armenia"

[claimant_targets]

[sides.armenia]
names = ["armenia", "yerevan"]
adjectives = ["armenian", "armenia's"]
forces = ["armenian forces", "armenian army"]
enemy_words = ["enemy"]
opponent = "azerbaijan"

[sides.azerbaijan]
names = ["azerbaijan", "baku"]
adjectives = ["azerbaijani", "azerbaijan's"]
forces = ["azerbaijani forces", "azerbaijani army"]
enemy_words = ["enemy"]
opponent = "armenia"

[claimants]
az_mod = ["azerbaijan's (?:defen[cs]e ministry|ministry of defen[cs]e)", "azerbaijani defen[cs]e ministry"]
am_officials = ["armenia's health ministry", "armenian officials?"]

[categories]
personnel = ["servicem[ae]n", "soldiers?", "troops"]
civilians = ["civilians?"]
people = ["people"]
tanks = ["tanks?"]
armoured_vehicles = ["armou?red vehicles?"]
artillery = ["artillery (?:systems|pieces)"]
mlrs = ["rocket launchers?"]
air_defence = ["air defen[cs]e systems?"]
aircraft = ["aircraft"]
helicopters = ["helicopters?"]
drones = ["drones?"]
missiles = ["missiles?"]
ships = ["ships?"]
submarines = ["submarines?"]
vehicles = ["vehicles?", "trucks?"]
special_equipment = ["special equipment"]
equipment = ["equipment"]

[outcomes.people]
killed = ["killed", "died", "dead"]
wounded = ["wounded", "injured"]
captured = ["captured"]
missing = ["missing"]
deserted = ["deserted"]
losses = ["lost", "losses", "casualties"]

[outcomes.equipment]
destroyed = ["destroyed", "shot down"]
damaged = ["damaged"]
captured = ["captured", "seized"]
abandoned = ["abandoned"]
losses = ["lost", "losses"]

[qualifiers]
approx = ["about", "some", "around"]
at_least = ["more than", "over", "at least"]
at_most = ["up to", "as many as"]

[periods]
day = ["in the past 24 hours"]
period_open = []
event_words = ["strike", "shelling"]
rate = ["per day"]
projection = ["could reach"]

[context]
hedges = ["may have", "reportedly"]
non_loss = ["exchanged", "returned"]
"""


def test_shipped_profile_loads() -> None:
    profile = load_profile()
    assert profile.name == "russia-ukraine"
    assert str(profile.war_start) == "2022-02-24"
    assert profile.usual_target("ua_general_staff") == "russia"
    assert profile.usual_target("ru_mod") == "ukraine"


def test_a_user_profile_reads_another_war(tmp_path: Path) -> None:
    path = tmp_path / "karabakh.toml"
    path.write_text(KARABAKH, encoding="utf-8")
    found = extract_claims(
        "Azerbaijan's Defence Ministry said on Thursday that 2,783 Azerbaijani servicemen were killed "
        "since the start of the war.",
        published="2020-12-03", profile=str(path),
    )
    assert [(c.side, c.category, c.outcome, c.value, c.claimant, c.measure) for c in found] == [
        ("azerbaijan", "personnel", "killed", 2783, "az_mod", "cumulative")
    ]
    assert found[0].rule.endswith("karabakh-2020@1")


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: t.replace('war_start = "2020-09-27"', 'war_start = "autumn"'), "war_start"),
        (lambda t: t.replace("[outcomes.equipment]", "[outcomes.gear]"), "equipment"),
        (lambda t: t.replace('killed = ["killed", "died", "dead"]', 'killed = ["killed(", "died"]'), "regular"),
        (lambda t: t.replace('version = "1"', 'version = "1"\nstray = 1'), "stray"),
        (lambda t: t.replace('name = "karabakh-2020"\n', ""), "name"),
    ],
)
def test_broken_profiles_are_refused_by_name(tmp_path: Path, edit, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.toml"
    path.write_text(edit(KARABAKH), encoding="utf-8")
    with pytest.raises(ProfileError, match=message):
        load_profile(str(path))


def test_unknown_profile_name() -> None:
    with pytest.raises(ProfileError, match="russia-ukraine"):
        load_profile("no-such-war")


# -- claimant names: the profile says how people see each claimant --------------------------------------

KARABAKH_LABELLED = KARABAKH.replace(
    "[claimant_targets]\n",
    '[claimant_targets]\n\n[claimant_labels]\naz_mod = "Azerbaijan\'s Ministry of Defence"\n',
)


def test_shipped_claimants_have_names_and_the_unnamed_get_their_key_readable() -> None:
    profile = load_profile()
    assert profile.claimant_label("ua_general_staff") == "Ukraine's General Staff"
    assert profile.claimant_label("isw") == "ISW"
    assert set(profile.claimant_labels) == set(profile.claimants)  # every shipped claimant is named
    assert profile.claimant_label("not_declared_here") == "not declared here"


def test_a_user_profile_names_its_own_claimants(tmp_path: Path) -> None:
    path = tmp_path / "karabakh.toml"
    path.write_text(KARABAKH_LABELLED, encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.claimant_label("az_mod") == "Azerbaijan's Ministry of Defence"
    assert profile.claimant_label("am_officials") == "am officials"  # declared without a name


@pytest.mark.parametrize(
    ("label_line", "message"),
    [
        ('az_mdo = "Azerbaijan\'s Ministry of Defence"', "az_mdo"),  # a misspelt claimant
        ("az_mod = 3", "az_mod"),
        ('az_mod = " "', "az_mod"),
    ],
)
def test_bad_claimant_names_are_refused(tmp_path: Path, label_line: str, message: str) -> None:
    path = tmp_path / "bad-labels.toml"
    labelled = KARABAKH.replace("[claimant_targets]\n", f"[claimant_targets]\n\n[claimant_labels]\n{label_line}\n")
    path.write_text(labelled, encoding="utf-8")
    with pytest.raises(ProfileError, match=f"claimant_labels.*{message}"):
        load_profile(str(path))


def test_the_profile_a_rule_names() -> None:
    assert rule_profile("noun_phrase/1 russia-ukraine@2") == "russia-ukraine@2"
    assert rule_profile("bulletin_item/1 karabakh-2020@1") == "karabakh-2020@1"
    assert rule_profile("test/hand") is None
    assert rule_profile(None) is None


def test_labels_for_a_ledger_come_from_the_profile_its_rules_name(tmp_path: Path) -> None:
    shipped = claimant_labels_for(["noun_phrase/1 russia-ukraine@1", "bulletin_item/1 russia-ukraine@2"])
    assert [p.name for p in shipped.profiles] == ["russia-ukraine"]
    assert shipped("ua_mod") == "Ukraine's Ministry of Defence" and shipped.note is None
    assert claimant_labels_for(["test/hand"]).profiles[0].name == "russia-ukraine"  # no profile named

    # A user's profile is named in the rules but cannot be found from its name: the default names
    # the claimants, and the note says so.
    rules = ["noun_phrase/1 karabakh-2020@1"]
    guessed = claimant_labels_for(rules)
    assert [p.name for p in guessed.profiles] == ["russia-ukraine"] and guessed.unresolved == ("karabakh-2020@1",)
    assert guessed("az_mod") == "az mod"
    assert guessed.note is not None and "karabakh-2020@1" in guessed.note and "--profile" in guessed.note

    path = tmp_path / "karabakh.toml"
    path.write_text(KARABAKH_LABELLED, encoding="utf-8")
    given = claimant_labels_for(rules, profile=str(path))
    assert given("az_mod") == "Azerbaijan's Ministry of Defence" and given.note is None


def test_the_dating_series_comes_from_the_profile(tmp_path: Path) -> None:
    # The shipped war dates undated articles from the General Staff's running totals; a war without a
    # dating series is never dated from another war's figures, and a name no series has is refused.
    shipped = load_profile(None)
    series = shipped.running_totals()
    assert shipped.dating_series == "general_staff" and series is not None and series.side == "russia"
    path = tmp_path / "karabakh.toml"
    path.write_text(KARABAKH, encoding="utf-8")
    assert load_profile(str(path)).running_totals() is None
    unknown = tmp_path / "karabakh-oryx.toml"  # another file: loaded profiles are cached by path
    unknown.write_text(KARABAKH.replace('version = "1"', 'version = "1"\ndating_series = "oryx"'), encoding="utf-8")
    with pytest.raises(ProfileError, match="dating_series 'oryx' is not a shipped series"):
        load_profile(str(unknown))


# -- which claimants a bare "the ministry" or "the officials" names again: a table, not a spelling of keys ------

def test_shipped_profile_lists_its_ministries_and_officials() -> None:
    profile = load_profile()
    assert profile.ministry_claimants == {"ua_mod", "ru_mod", "uk_mod"}
    assert {"us_officials", "ua_officials", "western_officials"} <= profile.official_claimants
    assert not profile.official_claimants & profile.ministry_claimants


def test_a_user_profile_without_the_tables_names_none(tmp_path: Path) -> None:
    path = tmp_path / "karabakh.toml"
    path.write_text(KARABAKH, encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.ministry_claimants == profile.official_claimants == frozenset()  # "am_officials" is not guessed


@pytest.mark.parametrize("line", ['ministry_claimants = ["az_mdo"]', 'official_claimants = ["am_official"]',
                                  'ministry_claimants = "az_mod"'])
def test_misspelt_ministry_or_official_claimants_are_refused(tmp_path: Path, line: str) -> None:
    path = tmp_path / "bad-tables.toml"
    path.write_text(KARABAKH.replace("person_claimants = []\n", f"person_claimants = []\n{line}\n"), encoding="utf-8")
    with pytest.raises(ProfileError, match=line.split()[0]):
        load_profile(str(path))


@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("U.S. officials said 120,000 Russian soldiers had been killed. The officials said 3,000 tanks were lost.",
     3_000, "us_officials"),
    ("Britain's defence ministry said 400 Russian tanks were lost in May. The ministry said 80 jets were lost too.",
     80, "uk_mod"),
])
def test_a_bare_office_names_the_listed_claimant_again(text: str, value: float, claimant: str) -> None:
    found = {c.value: c for c in extract_claims(text, published="2024-06-01")}
    assert found[value].claimant == claimant


# -- which categories count people, and which of them count victims: the profile's, not the code's ------------

def test_the_victim_categories_are_the_profiles(tmp_path: Path) -> None:
    shipped = load_profile()
    assert shipped.victim_categories == {"civilians", "people"} < shipped.people_categories
    assert shipped.is_victims("civilians") and not shipped.is_victims("personnel") and not shipped.is_victims("tanks")
    path = tmp_path / "karabakh.toml"
    path.write_text(KARABAKH.replace('version = "1"', 'version = "1"\nvictim_categories = ["civilians"]'),
                    encoding="utf-8")
    assert load_profile(str(path)).victim_categories == {"civilians"}
    stray = tmp_path / "karabakh-stray.toml"
    stray.write_text(KARABAKH.replace('version = "1"', 'version = "1"\nvictim_categories = ["tanks"]'),
                     encoding="utf-8")
    with pytest.raises(ProfileError, match="victim_categories tanks are not people_categories"):
        load_profile(str(stray))
