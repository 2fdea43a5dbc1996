"""Every language folder and every per-language profile file defines the same keys."""

from __future__ import annotations

import tomllib
from importlib import resources

from lossledger.extract.slavic import CYRILLIC_LANGUAGES, language_data


def _keys(data: dict[str, object], prefix: str = "") -> set[str]:
    out = set()
    for key, value in data.items():
        if prefix.endswith(("values.", "multipliers.", "months.", "weekdays.")):
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
        assert set(words["claimants"]) <= set(profile.claimants)  # type: ignore[arg-type]
        assert set(words["categories"]) <= set(profile.categories) | {"people"}  # type: ignore[arg-type]
        # "enemy": the enemy of whoever speaks ("противник", "ворог")
        assert set(words["sides"]) <= set(profile.sides) | {"enemy"}  # type: ignore[arg-type]


def test_language_data_loads_once() -> None:
    assert language_data("uk") is language_data("uk")
