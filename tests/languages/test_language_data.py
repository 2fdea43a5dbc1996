"""Every language folder and every per-language profile file defines the same keys."""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any

import pytest

from lossledger.errors import LossledgerError
from lossledger.extract.slavic import CYRILLIC_LANGUAGES, language_data
from lossledger.languages.grammar import load_patterns

EN = load_patterns("en")


def _keys(data: dict[str, object], prefix: str = "") -> set[str]:
    out = set()
    for key, value in data.items():
        if prefix.endswith(("values.", "multipliers.", "months.", "seasons.", "weekdays.", "ordinals.")):
            continue  # the words themselves differ by language
        out.add(prefix + key)
        if isinstance(value, dict):
            out |= _keys(value, prefix + key + ".")
    return out


def _read(*parts: str) -> dict[str, object]:
    return tomllib.loads(resources.files("lossledger").joinpath(*parts).read_text(encoding="utf-8"))


def test_grammars_define_the_same_keys() -> None:
    keys = {lang: _keys(_read("languages", lang, "grammar.toml")) - {"language"} for lang in CYRILLIC_LANGUAGES}
    first = keys[CYRILLIC_LANGUAGES[0]]
    for lang, found in keys.items():
        assert found == first, (lang, found ^ first)


def test_profile_words_define_the_same_keys() -> None:
    keys = {lang: _keys(_read("profiles", "russia-ukraine", f"{lang}.toml")) for lang in CYRILLIC_LANGUAGES}
    first = keys[CYRILLIC_LANGUAGES[0]]
    for lang, found in keys.items():
        assert found == first, (lang, found ^ first)


def test_profile_words_use_the_profiles_keys() -> None:
    from lossledger.profiles import load_profile

    profile = load_profile()
    for lang in CYRILLIC_LANGUAGES:
        words = _read("profiles", "russia-ukraine", f"{lang}.toml")
        # "local": a city's head, the official of the state the city is in; "state": a ministry, of the state it names
        assert set(words["claimants"]) <= set(profile.claimants) | {"local", "state"}  # type: ignore[arg-type]
        assert set(words["categories"]) <= set(profile.categories) | {"people"}  # type: ignore[arg-type]
        # "enemy": the enemy of whoever speaks ("противник", "ворог")
        assert set(words["sides"]) <= set(profile.sides) | {"enemy"}  # type: ignore[arg-type]


def test_language_data_loads_once() -> None:
    assert language_data("uk") is language_data("uk")


# -- one schema for every language's grammar (languages/schema.toml) ------------------------------------------


def _language_folders() -> list[str]:
    root = resources.files("lossledger.languages")
    return sorted(f.name for f in root.iterdir() if f.is_dir() and f.joinpath("grammar.toml").is_file())


def _lookup(data: Mapping[str, Any], dotted: str) -> Any:
    for key in dotted.split("."):
        data = data[key]
    return data


def test_every_language_defines_every_name_of_its_kind() -> None:
    from lossledger.languages.loader import read_grammar, required_names

    folders = _language_folders()
    assert {"en", "uk", "ru"} <= set(folders)
    kinds = set()
    for code in folders:
        data = read_grammar(code)  # the loader checks the names; here they are checked once more, by hand
        kinds.add(data["kind"])
        assert data["language"] == code
        for name in required_names(data["kind"]):
            _lookup(data, name)
        # what every language's months and weekdays mean is the same: all twelve months, all seven days
        assert set(_lookup(data, "dates.months").values()) == set(range(1, 13)), code
        assert set(_lookup(data, "dates.weekdays").values()) == set(range(7)), code
        assert _lookup(data, "numbers.values") and _lookup(data, "numbers.multipliers"), code
    assert kinds == {"patterns", "phrases"}


@pytest.mark.parametrize(("code", "remove", "message"), [
    ("uk", ("hedges", "words"), "languages/uk/grammar.toml: no 'hedges.words'"),
    ("en", ("dates", "months"), "languages/en/grammar.toml: no 'dates.months'"),
    ("ru", ("numbers", "values"), "languages/ru/grammar.toml: no 'numbers.values'"),
    ("en", ("kind",), "languages/en/grammar.toml: `kind` must be one of"),
])
def test_a_missing_name_is_one_error_naming_the_file_and_the_key(
    code: str, remove: tuple[str, ...], message: str
) -> None:
    from lossledger.languages.loader import check_grammar

    data = copy.deepcopy(dict(tomllib.loads(
        resources.files("lossledger.languages").joinpath(code, "grammar.toml").read_text(encoding="utf-8"))))
    parent = _lookup(data, ".".join(remove[:-1])) if len(remove) > 1 else data
    del parent[remove[-1]]
    with pytest.raises(LossledgerError) as raised:
        check_grammar(data, where=f"languages/{code}/grammar.toml")
    assert str(raised.value).startswith(message)


def test_an_unknown_language_is_an_error() -> None:
    from lossledger.languages.loader import read_grammar

    with pytest.raises(LossledgerError, match="languages/xx/grammar.toml: no such grammar file"):
        read_grammar("xx")


def test_the_english_modules_read_their_word_lists_from_the_grammar_file() -> None:
    from lossledger.extract import body, date_mention_rules, numbers
    from lossledger.languages.loader import read_grammar

    en = read_grammar("en")
    grammar = load_patterns("en")
    number_rules = grammar.rules(numbers.NumberRules)
    assert en["numbers"]["values"] == number_rules.word_values and en["numbers"]["multipliers"] == number_rules.scales
    vocabulary = grammar.rules(date_mention_rules.DateMentionRules).vocabulary
    assert vocabulary["months"] == en["dates"]["months"]
    assert vocabulary["weekdays"] == en["dates"]["weekdays"]
    assert vocabulary["numbers"] == en["dates"]["count_words"]
    assert frozenset(en["body"]["abbreviations"]) == grammar.rules(body.BodyRules).abbreviations
    # and read by them: a number word and a month name of the file at work
    found = numbers.find_numbers("Half a million people fled by 3 March.", grammar=EN)
    assert [n.value for n in found] == [500_000]


def test_the_schema_ships_in_the_wheel() -> None:
    import fnmatch
    from pathlib import Path

    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = pyproject["tool"]["setuptools"]["package-data"]["lossledger"]
    assert any(fnmatch.fnmatch("languages/schema.toml", glob) for glob in package_data), package_data
