"""The extractor's English grammar file: every pattern compiles, is used, is documented and ships."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from lossledger.errors import LossledgerError
from lossledger.extract import STAGE_RULES
from lossledger.languages import grammar
from lossledger.languages.loader import read_grammar, required_names

ENGLISH = grammar.load_patterns("en")

REPO = Path(__file__).resolve().parents[3]
GRAMMAR_TEXT = (resources.files("lossledger.languages") / "en" / "grammar.toml").read_text(encoding="utf-8")


def test_every_pattern_compiles_with_its_flags() -> None:
    assert ENGLISH.patterns, "the grammar file holds no patterns"
    for name, entry in ENGLISH.patterns.items():
        compiled = re.compile(entry.regex, entry.flags)
        assert compiled.flags & (re.IGNORECASE | re.VERBOSE) == entry.flags, name


def test_every_pattern_is_used_by_a_stage() -> None:
    fresh = grammar.PatternGrammar("en", read_grammar("en"))
    for rules in STAGE_RULES:
        fresh.rules(rules)
    unused = sorted(set(fresh.patterns) - fresh.used)
    assert not unused, f"patterns in languages/en/grammar.toml that no stage compiles: {unused}"


def test_the_schema_lists_every_word_list_a_stage_reads() -> None:
    fresh = grammar.PatternGrammar("en", read_grammar("en"))
    for rules in STAGE_RULES:
        fresh.rules(rules)
    missing = sorted(fresh.used_lists - set(required_names("patterns")))
    assert not missing, f"word lists the stages read that languages/schema.toml does not require: {missing}"


def test_every_pattern_has_a_comment_saying_what_it_is_for() -> None:
    lines = GRAMMAR_TEXT.splitlines()
    headers = [i for i, line in enumerate(lines) if line.startswith("[patterns.")]
    assert len(headers) == len(ENGLISH.patterns)
    undocumented = [lines[i] for i in headers if not lines[i - 1].startswith("# ")]
    assert not undocumented, f"patterns without a comment above them: {undocumented}"


def test_grammar_is_versioned() -> None:
    assert ENGLISH.version == tomllib.loads(GRAMMAR_TEXT)["version"]


def test_grammar_file_ships_in_the_wheel() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = pyproject["tool"]["setuptools"]["package-data"]["lossledger"]
    assert any(fnmatch.fnmatch("languages/en/grammar.toml", glob) for glob in package_data), package_data


def test_patterns_match_what_their_comments_say() -> None:
    # A few patterns checked on sentences of our own: the data file is what the code matches with.
    assert ENGLISH.pattern("vague_after").match(" of thousands of troops")
    assert ENGLISH.pattern("clause_break").search("lost 300 tanks, while Kyiv lost 20") is not None
    assert ENGLISH.pattern("year_line").match("2023 (as of December 31): 120,000")["year"] == "2023"
    assert not ENGLISH.pattern("np_gap").match(" apartment ")


def test_unknown_pattern_name_is_an_error() -> None:
    with pytest.raises(LossledgerError, match="no pattern named"):
        ENGLISH.pattern("no_such_pattern")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[patterns.x]\nregex = "a"\n', "version"),
        ('version = "1"\n[patterns.x]\nflags = ["IGNORECASE"]\n', "needs `regex`"),
        ('version = "1"\n[patterns.x]\nregex = "a"\nflags = ["DOTALL"]\n', "unknown flag"),
        ('version = "1"\n[patterns.x]\nregex = 3\n', "a string or a list of strings"),
        ('version = "1"\n[patterns.x]\nregex = "a"\nnote = "b"\n', "at most `flags`"),
        ("version = ", "not TOML"),
    ],
)
def test_malformed_grammar_is_refused(text: str, message: str) -> None:
    with pytest.raises(LossledgerError, match=re.escape(message)):
        grammar.parse_grammar(text)


def test_a_list_of_strings_is_one_pattern() -> None:
    parsed = grammar.parse_grammar('version = "2"\n[patterns.x]\nregex = ["a|", "b"]\nflags = ["IGNORECASE"]\n')
    entry = parsed.patterns["x"]
    assert (parsed.version, entry.regex, entry.flags) == ("2", "a|b", re.IGNORECASE)
