"""The extractor's fast paths answer exactly what the plain code they replace answers.

Each shortcut of the second speed pass (first-character guards on regexes, the str.lower prefilter of
boilerplate lines, str.replace normalisation) is checked against the slow form on text built to hit
its edges: case-folding oddities (Kelvin sign, long s, dotted and dotless i), Unicode spaces, and the
words the patterns look for.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger import extract
from lossledger.extract import attribution, body, document, loss_frame, measure, numbers, outcome
from lossledger.languages.grammar import PatternGrammar, load_patterns, pattern_languages
from lossledger.languages.scan import guarded
from lossledger.profiles import load_profile

EN = load_patterns("en")
BODY = EN.rules(body.BodyRules)

PIECES = [
    "the", "The", "THIS", "its", "it", "they", "according to", "intelligence", "ministry", "said", "says",
    "reported", "added", "Total", "so far", "rose to", "has lost", "have killed", "in January", "mid-",
    "during the same period", "brings the total", "another", "more", "daily", "per day", "a day",
    "Getty Images", "AFP", "Reuters", "EPA", "prepa", "sign up", "subscribe", "newsletter", "read more",
    "one", "twenty-two", "a million", "between", "from", "half a million", "80,860", "1 417 770", "2022",
    "(+650)", "tanks", "troops", "Russia", "Ukraine's", "since the invasion", "refugees", "applications",
    "\u212a", "ſ", "İ", "ı", "ﬁ", "’", "“", "”", "\u00a0", "\u202f", "\u2009", "—", "–", "‒", "\u2028",
    ",", ";", ":", ".", "'", "-", "(", ")", "\t", "\n",
]
SEPARATORS = st.sampled_from(["", " ", "  ", ", ", "x", "\u00a0"])
texts = st.lists(st.tuples(st.sampled_from(PIECES) | st.text(max_size=3), SEPARATORS), max_size=20).map(
    lambda parts: "".join(piece + sep for piece, sep in parts))

PROFILE = load_profile(None)
# The patterns the extractor searches with, and their plain forms.
EXTRACTOR_MODULES = (document, attribution, loss_frame, outcome, measure, extract, numbers)
# each stage's rules, compiled from the English grammar, and the patterns its module keeps itself
EXTRACTOR_RULES = [EN.rules(rules) for rules in (document.DocumentRules, attribution.AttributionRules,
                                                 loss_frame.LossFrameRules, measure.MeasureRules,
                                                 extract.ExtractRules, numbers.NumberRules)]
GUARDED = list({id(pattern): (name, pattern) for holder in (*EXTRACTOR_MODULES, *EXTRACTOR_RULES)
                for name, pattern in vars(holder).items() if isinstance(pattern, re.Pattern)}.values())
GUARDED += [(name, getattr(PROFILE, f"{name}_re")) for name in PROFILE.lexicon.vocabularies]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without a leading first-character guard, as it was written."""
    source = pattern.pattern
    for guard_end in ("])(?:", "]|^)(?:", "|^)(?:"):  # scan.guarded's form, and _GENERIC_SOURCE's own
        if source.startswith("(?=[") and guard_end in source:
            source = source[source.index(guard_end) + len(guard_end):-1]
            if pattern.flags & re.VERBOSE:
                source = source.removesuffix("\n")
            break
    return re.compile(source, pattern.flags)


def test_most_patterns_are_guarded() -> None:
    # only case-blind patterns get a guard: `re` already skips to a case-sensitive pattern's literal first character
    case_blind = [(name, pattern) for name, pattern in GUARDED if pattern.flags & re.IGNORECASE]
    unguarded = [name for name, pattern in case_blind if _plain(pattern).pattern == pattern.pattern]
    assert len(unguarded) < len(case_blind) / 2
    assert "generic_source" not in unguarded and "total_cue" not in unguarded and "non_loss" not in unguarded


def _found(pattern: re.Pattern[str], text: str, lo: int = 0,
           hi: int | None = None) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, lo, len(text) if hi is None else hi)]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_guarded_patterns_find_what_the_plain_patterns_find(text: str) -> None:
    for name, pattern in GUARDED:
        plain = _plain(pattern)
        assert _found(pattern, text) == _found(plain, text), name
        lo, hi = 1, max(1, len(text) - 1)  # a window: lookbehinds see before it, '$' ends at its end
        assert _found(pattern, text, lo, hi) == _found(plain, text, lo, hi), name


def test_guard_is_added_only_where_first_characters_are_known() -> None:
    assert guarded(re.compile(r"\bsaid\b|\baccording to\b", re.I)).pattern.startswith("(?=[as])")
    assert guarded(re.compile(r"\d+ tanks", re.I)).pattern == r"\d+ tanks"  # any digit: not bounded
    assert guarded(re.compile(r"said")).pattern == "said"  # case-sensitive patterns are left alone
    # anchored: the guard looks at the match's own position, which '^' does not move (not at pos, after "\n")
    anchored = guarded(re.compile(r"^the|, it", re.I | re.MULTILINE))
    assert anchored.pattern.startswith("(?=[,t])")
    for text, pos in (("The end", 0), ("xthe", 1), ("a\nthe", 2), ("a\nthe", 0), ("x, it", 0), ("x\n\nthe", 1)):
        plain = re.compile(r"^the|, it", re.I | re.MULTILINE)
        assert [m.span() for m in anchored.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)]
    verbose = guarded(re.compile("tanks  # a comment", re.I | re.VERBOSE))
    assert verbose.search("TANKS") is not None


NUMBERS = load_patterns("en").rules(numbers.NumberRules)


def test_number_pattern_guard_is_exact() -> None:
    plain = re.compile(NUMBERS.number_re.pattern.replace(f"(?=\\d|{NUMBERS.starts})", "", 1), re.I)
    assert plain.pattern != NUMBERS.number_re.pattern
    sample = ("Between 2,000 and 4,000 troops, from five to six tanks, a million shells, half a million men, "
              "twenty-two drones, one hundred and 80 860 (+650) on 24.02.2022 — ſeven, \u212a 7 k")
    assert _found(NUMBERS.number_re, sample) == _found(plain, sample)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_number_pattern_guard_is_exact_on_generated_text(text: str) -> None:
    plain = re.compile(NUMBERS.number_re.pattern.replace(f"(?=\\d|{NUMBERS.starts})", "", 1), re.I)
    assert _found(NUMBERS.number_re, text) == _found(plain, text)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_boilerplate_prefilter_agrees_with_the_regex(text: str) -> None:
    for line in text.split("\n"):
        line = line.strip()
        assert body._not_body(BODY, line) == (BODY.not_body_line.search(line) is not None), line


def test_lower_is_faithful_refuses_characters_that_fold_to_ascii() -> None:
    assert body._lower_is_faithful("Ukraine’s “figures” — 80\u00a0860")
    for odd in ("\u212a", "ſ", "İ", "ı"):
        assert not body._lower_is_faithful(f"tanks {odd}")


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalise_is_the_translation_table(text: str) -> None:
    table: dict[str, str | int | None] = dict(document._NORMALISE)
    assert document.normalise(text) == text.translate(str.maketrans(table))


@settings(max_examples=500, deadline=None)
@given(texts)
def test_line_tests_agree_with_their_regexes(text: str) -> None:
    terminal = re.compile(r"[.!?:;,\"”’')\]]\s*$")
    for line in text.splitlines():  # body reads lines: none holds a line break
        assert body._introduces_list(BODY, line) == (BODY.list_intro.search(line) is not None), line
        assert line.rstrip().endswith(body._TERMINAL) == (terminal.search(line) is not None), line
        found = re.search(r"([\w.]+)$", line)
        assert body._last_token(line) == (found.group(1) if found else ""), line


def test_each_sentence_numbers_are_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # the gate, the reading of a sentence and the reading of its sources all ask for its numbers
    asked: list[str] = []

    def counting(text: str, *, grammar: PatternGrammar) -> list[numbers.Number]:
        asked.append(text)
        return numbers.find_numbers(text, grammar=grammar)

    monkeypatch.setattr(document, "find_numbers", counting)
    text = ("The governor said a strike hit a depot on Tuesday. Five soldiers were killed and 12 wounded, "
            "the army said. Separately, officials reported that 40 drones were shot down overnight.")
    claims = extract.extract_claims(text)
    assert claims and asked
    assert len(asked) == len(set(asked))


_MONTH_PIECES = st.lists(st.sampled_from(["12", " ", "  ", "of", "Of", "jan", "January", "SEPT", "sept.", "may",
                                          "\u212a", "ſ", "İ", "ı", "spring", "Fall", "winter", "x", "-", "\n",
                                          "soldiers", "oct", "Nov", "summers"]), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(_MONTH_PIECES)
def test_month_and_season_lookaheads_change_no_match(text: str) -> None:
    from lossledger.extract import date_mention_rules

    month_after = re.compile(rf"\s*(?:of\s+)?(?:{NUMBERS.months})\b\.?", re.IGNORECASE)
    season = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE)
    for pos in range(len(text) + 1):
        got, want = NUMBERS.month_after_re.match(text, pos), month_after.match(text, pos)
        assert (got and got.span()) == (want and want.span())
    assert _found(EN.rules(date_mention_rules.DateMentionRules).season_word, text) == _found(season, text)


EXCLUSION_PIECES = [
    "$", "€", "usd", "UAH", "rub", "March", "mar.", "of", "Day", "No.", "number", "brigade", "#", "km", "per cent",
    "%", "tons", "years", "-year-old", "5th", "to", "until", "-", "–", "24", "2022", "12", "1", ".", "/", ":", "\n",
    "troops", "tanks", "killed", "the", "ſ", "\u212a", "İ",
]
EXCLUSION_LANGUAGES = pattern_languages()


#: sides of a number of our own, each fitting one of the tests (and some fitting none)
EXCLUSION_SIDES = ["costs $", "paid usd ", "on 5 March", "since mar. ", "day ", "No. ", "brigade ", "#", "in 2022.",
                   "at 12:", " km away", " per cent", "-year-old", " of March", " to 28 February", ".02.2022", ":38",
                   " troops were killed", "the ", ""]


def _each_exclusion_test(r: numbers.NumberRules, side: str) -> tuple[bool, bool]:
    """(any test of the text before a number fits ``side``, any test of the text after it does), one by one."""
    before = (r.currency_re.search(side) or r.month_before_re.search(side) or r.not_count_before_re.search(side)
              or re.search(r"\d[./:]$", side))
    after = (r.unit_after_re.match(side) or r.month_after_re.match(side) or r.day_run_after_re.match(side)
             or re.match(r"[./:]\d", side))
    return bool(before), bool(after)


def test_one_exclusion_pattern_per_side_is_any_of_the_tests() -> None:
    # _excluded asks one pattern of the text before a number and one of the text after it: they fit where any of the
    # tests they stand for does (a currency, month or label before; a unit, month, run of days after; a date or time)
    for language in EXCLUSION_LANGUAGES:
        r = load_patterns(language).rules(numbers.NumberRules)
        assert r.excluded_before_reversed is not None
        for side in EXCLUSION_SIDES:
            assert (bool(r.excluded_before_re.search(side)), bool(r.excluded_after_re.match(side))) == \
                _each_exclusion_test(r, side), (language, side)
            assert bool(r.excluded_before_reversed.match(side[::-1])) == bool(r.excluded_before_re.search(side))
    r = load_patterns("en").rules(numbers.NumberRules)
    assert r.excluded_before_re.search("in 2022.") and r.excluded_after_re.match(".02.2022")  # a dotted date
    assert not r.excluded_before_re.search("the ") and not r.excluded_after_re.match(" troops were killed")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(EXCLUSION_PIECES), SEPARATORS), max_size=10).map(
    lambda parts: "".join(piece + sep for piece, sep in parts)))
def test_one_exclusion_pattern_per_side_on_generated_text(side: str) -> None:
    for language in EXCLUSION_LANGUAGES:
        r = load_patterns(language).rules(numbers.NumberRules)
        assert (bool(r.excluded_before_re.search(side)), bool(r.excluded_after_re.match(side))) == \
            _each_exclusion_test(r, side), (language, side)
        assert r.excluded_before_reversed is not None
        assert bool(r.excluded_before_reversed.match(side[::-1])) == bool(r.excluded_before_re.search(side)), side
