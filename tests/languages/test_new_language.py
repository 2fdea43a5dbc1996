"""A language is a folder of data: a grammar file of named patterns and the war's words in it, with no change
to the code. Written here as a copy of the English grammar with two words of another language added (a number
word and a month) and the profile's words for tanks and their destruction in that language."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from lossledger import extract_claims
from lossledger.errors import LossledgerError
from lossledger.extract import stage_grammar
from lossledger.languages import grammar, loader

TEXT = "Le 3 mars 2023, deux chars russes détruits, the General Staff said."


def _clear_caches() -> None:
    for cached in (loader.language_codes, loader.read_grammar, grammar.pattern_languages, grammar.load_patterns,
                   stage_grammar):
        cached.cache_clear()


@pytest.fixture
def language_xx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Language ``xx`` in a folder of its own (``LOSSLEDGER_LANGUAGES``), and a profile with its words in it."""
    english = (resources.files("lossledger.languages") / "en" / "grammar.toml").read_text(encoding="utf-8")
    folder = tmp_path / "languages" / "xx"
    folder.mkdir(parents=True)
    (folder / "grammar.toml").write_text(
        english.replace('language = "en"', 'language = "xx"', 1)
        .replace("[numbers.values]\n", '[numbers.values]\n"deux" = 2\n', 1)
        .replace("[dates.months]\n", '[dates.months]\n"mars" = 3\n', 1), encoding="utf-8")
    with resources.as_file(resources.files("lossledger") / "profiles" / "russia-ukraine.toml") as shipped:
        shutil.copy(shipped, tmp_path / "war.toml")
    (tmp_path / "war").mkdir()
    (tmp_path / "war" / "xx.toml").write_text(
        '[categories]\ntanks = ["chars"]\n\n[outcomes.people]\nkilled = ["tués"]\n\n'
        '[outcomes.equipment]\ndestroyed = ["détruits"]\n', encoding="utf-8")
    monkeypatch.setenv("LOSSLEDGER_LANGUAGES", str(tmp_path / "languages"))
    _clear_caches()
    yield tmp_path / "war.toml"
    monkeypatch.delenv("LOSSLEDGER_LANGUAGES")
    _clear_caches()


def test_a_language_added_as_data_is_read_with_its_words(language_xx: Path) -> None:
    assert "xx" in grammar.pattern_languages()
    [claim] = extract_claims(TEXT, published="2023-03-04", language="xx", profile=str(language_xx))
    # the number word and the month come from the grammar of xx, the category and outcome from the war's words in it
    assert (claim.side, claim.category, claim.outcome, claim.value) == ("russia", "tanks", "destroyed", 2)
    assert claim.as_of == dt.date(2023, 3, 3) and claim.claimant == "ua_general_staff"


def test_the_same_text_read_as_english_holds_no_claim(language_xx: Path) -> None:
    assert extract_claims(TEXT, published="2023-03-04", language="en", profile=str(language_xx)) == []


def test_a_language_without_the_wars_words_is_read_as_english(language_xx: Path, tmp_path: Path) -> None:
    (tmp_path / "war" / "xx.toml").unlink()
    english = "Russia lost 2 tanks on 3 March 2023, the General Staff said."
    assert extract_claims(english, published="2023-03-04", language="xx", profile=str(language_xx)) == \
        extract_claims(english, published="2023-03-04", language="en", profile=str(language_xx))


def test_a_language_whose_grammar_lacks_a_pattern_fails_naming_it(language_xx: Path, tmp_path: Path) -> None:
    path = tmp_path / "languages" / "xx" / "grammar.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("[patterns.clause_break]", "[patterns.clause_brake]"),
                    encoding="utf-8")
    _clear_caches()
    with pytest.raises(LossledgerError, match=r"xx/grammar.toml: no pattern named 'clause_break'"):
        extract_claims(TEXT, language="xx", profile=str(language_xx))
