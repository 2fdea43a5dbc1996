"""The prefiltered vocabulary scan gives exactly what the plain regexes give."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.languages.scan import (
    PREFIX,
    WORD_MARKS,
    Lexicon,
    Vocabulary,
    first_char_lookahead,
    guarded,
    literal_prefixes,
)
from lossledger.profiles import load_profile

PROFILE = load_profile(None)
VOCABULARIES = sorted(PROFILE.lexicon.vocabularies)

# Pieces of text that hit the shipped vocabularies, their edges, and characters that case-fold oddly.
PIECES = [
    "Russian", "russia's", "Ukraine's", "Ukrainian forces", "troops", "General Staff",
    "the General Staff of Ukraine", "tanks", "T-72", "Su-25s", "armoured vehicles", "UN", "un", "Un", "HUR",
    "hur", "killed", "wounded",
    "about", "more than", "up to", "~", "in the past 24 hours", "over the past day", "since the war began",
    "since the start of the full-scale invasion", "Oryx", "Oryxan", "the", "a", "and", "said", "according to",
    "Zelenskyy", "President Volodymyr Zelensky", "\"Bradleys\"", "ca.", "approx.", "manufactured",
    "drone strike",
    "ſoldiers", "\u212aremlin", "İnvaders", "ıt", "ẞ", "ﬁghters", "-", "(", ")", ",", ".", ":", "'", "\n",
    "personnel - about 80,860", "men", "lives", "Zelenskyy’s", "Kraków", "• ", "…", "Łódź",
]
SEPARATORS = st.sampled_from(["", " ", "  ", "-", "\n", ", ", "x"])
texts = st.lists(st.tuples(st.sampled_from(PIECES) | st.text(max_size=4), SEPARATORS), max_size=25).map(
    lambda parts: "".join(piece + sep for piece, sep in parts))


Found = list[tuple[tuple[int, int], str | None]]


def _plain(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> Found:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text, lo, hi)]


def _sliced(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> Found:
    return [((m.start() + lo, m.end() + lo), m.lastgroup) for m in pattern.finditer(text[lo:hi])]


@settings(max_examples=150, deadline=None)
@given(text=texts, data=st.data())
def test_scan_matches_plain_regex_in_any_window(text: str, data: st.DataObject) -> None:
    scan = PROFILE.lexicon.scan(text)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for name in VOCABULARIES:
        pattern = PROFILE.lexicon.vocabularies[name].pattern
        got = [(m.span(), m.lastgroup) for m in scan.finditer(name, lo, hi)]
        assert got == _plain(pattern, text, lo, hi), name
        got = [(m.span(), m.lastgroup) for m in scan.finditer(name, lo, hi, sliced=True)]
        assert got == _sliced(pattern, text, lo, hi), name
        # search in a window, plain and sliced: the first of finditer's matches
        for sliced, expected in ((False, _plain(pattern, text, lo, hi)), (True, _sliced(pattern, text, lo, hi))):
            found = scan.search(name, lo, hi, sliced=sliced)
            assert (None if found is None else (found.span(), found.lastgroup)) == next(iter(expected), None), name
        whole, first = scan.search(name, 0, len(text)), pattern.search(text)
        if first is None:
            assert whole is None
        else:
            assert whole is not None and (whole.span(), whole.lastgroup) == (first.span(), first.lastgroup)


long_texts = st.lists(st.tuples(st.sampled_from(PIECES), SEPARATORS), min_size=20, max_size=120).map(
    lambda parts: "".join(piece + sep for piece, sep in parts))


@settings(max_examples=100, deadline=None)
@given(text=long_texts, data=st.data())
def test_windows_asked_in_any_order_find_what_the_plain_regex_finds(text: str, data: st.DataObject) -> None:
    # the candidates are filed for the windows asked (and a way past them), grown forwards and backwards
    scan = PROFILE.lexicon.scan(text)
    for _ in range(6):
        lo = data.draw(st.integers(0, len(text)))
        hi = data.draw(st.integers(lo, min(len(text), lo + 200)))
        name = data.draw(st.sampled_from(VOCABULARIES))
        pattern = PROFILE.lexicon.vocabularies[name].pattern
        assert [(m.span(), m.lastgroup) for m in scan.finditer(name, lo, hi)] == _plain(pattern, text, lo, hi)
        found = scan.search(name, lo, hi, sliced=True)
        expected = next(iter(_sliced(pattern, text, lo, hi)), None)
        assert (None if found is None else (found.span(), found.lastgroup)) == expected, name


def test_a_window_files_the_candidates_near_it_only() -> None:
    # a document asked about one sentence is not scanned whole; asked about an earlier one, it files that one too
    sentence = "Russia lost 12 tanks and 40 troops were killed, the General Staff said. "
    text = sentence * 40
    scan = PROFILE.lexicon.scan(text)
    middle = len(sentence) * 20
    assert [m.group(0) for m in scan.finditer("category", middle, middle + len(sentence))] == ["tanks", "troops"]
    positions, _ = scan._candidates_of(PROFILE.lexicon._by_name["category"][0])
    assert positions and middle - 100 < positions[0] and positions[-1] < middle + 600
    assert [m.group(0) for m in scan.finditer("category", 0, len(sentence))] == ["tanks", "troops"]
    pattern = PROFILE.lexicon.vocabularies["category"].pattern
    assert [m.span() for m in scan.finditer("category", 0, len(text))] == [m.span() for m in pattern.finditer(text)]


def test_same_matches_on_a_news_paragraph() -> None:
    text = ("Ukraine's General Staff said on Sunday that Russia has lost about 80,860 troops, 2,840 tanks "
            "and 5,755 armoured combat vehicles since the start of the full-scale invasion. Over the past "
            "day another 650 Russian soldiers were killed, the UN-backed monitors were not asked.")
    scan = PROFILE.lexicon.scan(text)
    claimants = [(m.group(0), PROFILE.key_of(m)) for m in scan.finditer("claimant", 0, len(text))]
    assert claimants == [(m.group(0), PROFILE.key_of(m)) for m in PROFILE.claimant_re.finditer(text)]
    assert ("Ukraine's General Staff", "ua_general_staff") in claimants
    categories = [PROFILE.key_of(m) for m in scan.finditer("category", 0, len(text))]
    assert categories[:3] == ["personnel", "tanks", "armoured_vehicles"]


def test_sliced_window_starting_inside_a_word() -> None:
    # "xtanks": no match in the text, but the slice "tanks" starts with one
    text = "xtanks were destroyed"
    scan = PROFILE.lexicon.scan(text)
    assert [m.group(0) for m in scan.finditer("category", 1, len(text))] == []
    assert [m.group(0) for m in scan.finditer("category", 1, len(text), sliced=True)] == ["tanks"]
    assert scan.search("category", 1, len(text)) is None
    found = scan.search("category", 1, len(text), sliced=True)
    assert found is not None and found.group(0) == "tanks"


def test_words_at_the_text_start_and_after_any_mark() -> None:
    # word starts are found from the character before them; the text's first word has none
    for text in ("tanks were destroyed", "(tanks) and\ntanks", "-tanks", "x-tanks, 2 tanks", "t", ""):
        scan = PROFILE.lexicon.scan(text)
        pattern = PROFILE.lexicon.vocabularies["category"].pattern
        assert [m.span() for m in scan.finditer("category", 0, len(text))] == [
            m.span() for m in pattern.finditer(text)], text


def test_odd_case_folding_falls_back_to_exact_matching() -> None:
    # re's IGNORECASE matches the long s to "s" and the Kelvin sign to "k"; str.lower does not.
    for text in ("Russian \u017foldiers", "the \u212aremlin said", "İnvaders"):
        scan = PROFILE.lexicon.scan(text)
        for name in VOCABULARIES:
            pattern = PROFILE.lexicon.vocabularies[name].pattern
            got = [(m.span(), m.lastgroup) for m in scan.finditer(name, 0, len(text))]
            assert got == _plain(pattern, text, 0, len(text)), (text, name)


def test_literal_prefixes() -> None:
    assert literal_prefixes(r"(?:main )?tanks?", re.IGNORECASE) == {"main", "tank"}
    assert literal_prefixes(r"(?:main )?tanks?", re.IGNORECASE, length=3) == {"mai", "tan"}
    assert literal_prefixes(r"t-\d+\w*", re.IGNORECASE) == {"t-"}
    assert literal_prefixes(r"(?-i:HUR)", re.IGNORECASE) == {"hur"}
    assert literal_prefixes(r"defen[cs]e", re.IGNORECASE) == {"defe"}
    assert literal_prefixes(r"defen[cs]e", re.IGNORECASE, length=6) == {"defenc", "defens"}
    assert literal_prefixes(r"\w+ forces", re.IGNORECASE) is None  # may start with any word character
    assert literal_prefixes(r"(?:x)?", re.IGNORECASE) is None  # may match the empty string


def test_literal_prefixes_with_a_narrower_class_and_line_starts() -> None:
    # a class wider than ``widest`` is any character: what came before it is the prefix
    assert literal_prefixes(r"ab[cdef]x", re.IGNORECASE, widest=3) == {"ab"}
    assert literal_prefixes(r"ab[cdef]x", re.IGNORECASE, widest=4) == {"abcx", "abdx", "abex", "abfx"}
    # with ``line_starts``, a match that opens a line adds no prefix but says so; a '^' later on is zero-width
    line_starts: list[bool] = []
    assert literal_prefixes(r"(?m)^\s*sources?:|\bby\b", re.IGNORECASE, anchored=True,
                            line_starts=line_starts) == {"by"}
    assert line_starts == [True]
    line_starts = []
    assert literal_prefixes(r"(?<=\n)quote|from^", 0, anchored=True, line_starts=line_starts) == {"from"}
    assert line_starts == [True]
    line_starts = []
    assert literal_prefixes(r"(?<=x)quote", 0, anchored=True, line_starts=line_starts) == {"quot"}
    assert not line_starts  # a lookbehind on anything but a line break says nothing of where the match starts


def test_unbounded_vocabulary_is_scanned_with_its_regex() -> None:
    vocab = Vocabulary("loose", [r"(?P<w0>\w+ forces)", r"(?P<w1>tanks)"], tail=r"(?![\w])")
    assert vocab.prefixes is None
    lexicon = Lexicon([vocab])
    text = "Russian forces lost tanks"
    got = [(m.span(), m.lastgroup) for m in lexicon.scan(text).finditer("loose", 0, len(text))]
    assert got == [((0, 14), "w0"), ((20, 25), "w1")]


def test_vocabulary_pattern_is_the_profile_form() -> None:
    vocab = Vocabulary("v", ["tank", "tanks"])
    assert vocab.pattern.pattern == r"(?<![\w-])(?:tank|tanks)"
    with pytest.raises(KeyError):
        Lexicon([vocab]).scan("tanks").search("missing", 0, 5)


def test_narrowed_keeps_exactly_the_alternatives_whose_prefix_starts_the_key() -> None:
    # narrowed() looks the key's beginnings up in an index; it must keep what testing every prefix keeps
    keys = {"rus", "ukr", "tan", "t-7", "kil", "the", "gen", "su-", "un", "u", "zel", "~", "(", "xyz", "mor"}
    for vocab in PROFILE.lexicon.vocabularies.values():
        if vocab.prefixes is None:
            continue
        for key in keys:
            kept = [i for i, prefixes in enumerate(vocab.prefixes) if any(key.startswith(p) for p in prefixes)]
            narrowed = vocab.narrowed(key)
            if not kept:
                assert narrowed is None, (vocab.name, key)
            else:
                expected = vocab._compile([vocab.alternatives[i] for i in kept]).pattern
                assert narrowed is not None and narrowed.pattern == expected, (vocab.name, key)


ascii_texts = st.lists(st.sampled_from([p for p in PIECES if p.isascii()]) | st.text(
    alphabet=st.characters(max_codepoint=127), max_size=4), max_size=25).map("".join)


@settings(max_examples=200, deadline=None)
@given(ascii_texts)
def test_folded_start_positions_are_those_of_the_plain_lookbehind(text: str) -> None:
    # ASCII text is scanned for the positions where an alias may start in its lower-cased form, from the
    # character before each
    lexicon = PROFILE.lexicon
    assert lexicon._starts is not None and lexicon._folded_starts is not None
    plain = [m.start() for m in lexicon._starts.finditer(text)]
    assert_folded_starts_file_what_the_plain_ones_do(lexicon, text, plain)


@settings(max_examples=200, deadline=None)
@given(ascii_texts, st.data())
def test_an_ascii_text_s_starts_are_found_by_the_ascii_twin_as_by_the_unicode_pattern(text: str,
                                                                                     data: st.DataObject) -> None:
    # an ASCII text's word starts are read with the ASCII lead ("[^0-9A-Za-z_\\-]"): the starts "[^\\w-]" finds
    # there, in the whole text and in any window
    lexicon = PROFILE.lexicon
    fold = text.lower()
    ascii_starts = lexicon.starts_pattern(fold)
    assert lexicon._folded_starts is not None and ascii_starts is lexicon._ascii_folded_starts is not None
    lo = data.draw(st.integers(0, len(fold)))
    hi = data.draw(st.integers(lo, len(fold)))
    for window in ((0, len(fold)), (lo, hi)):
        assert ([m.span() for m in ascii_starts.finditer(fold, *window)]
                == [m.span() for m in lexicon._folded_starts.finditer(fold, *window)])


def test_the_ascii_twin_of_the_starts_reads_the_same_lead_characters() -> None:
    # the lead of the ASCII twin is "\\w" and "-" as re.ASCII reads them, character by character
    lexicon = PROFILE.lexicon
    ascii_starts = lexicon.starts_pattern("tanks")
    lead, ascii_lead = re.compile(r"[^\w-]"), re.compile(ascii_starts.pattern.split("(?=")[0])
    assert all(bool(lead.match(chr(c))) == bool(ascii_lead.match(chr(c))) for c in range(128))
    assert lexicon.starts_pattern("Kraków".lower()) is lexicon._folded_starts
    text = "Russian troops - the General Staff said: 12 T-72 tanks (UN data), \"Bradleys\" ~80,860 men\n"
    fold = text.lower()
    assert lexicon.folded_starts(fold) == [0] + [m.end() for m in lexicon._folded_starts.finditer(fold)]


def assert_folded_starts_file_what_the_plain_ones_do(lexicon: Lexicon, text: str, plain: list[int]) -> None:
    """``folded_starts`` leaves out the positions where no prefix begins (those that file no pattern) and those
    where no longer prefix (REACH) begins: there no pattern filed would match."""
    fold = text.lower()
    starts = lexicon.folded_starts(fold)
    assert starts == sorted(set(starts)) and set(starts) <= set(plain)
    filed = {p for p in starts if lexicon.patterns_at(fold[p : p + PREFIX])}
    wanted = {p for p in plain if lexicon.patterns_at(fold[p : p + PREFIX])}
    assert filed <= wanted
    for p in wanted - filed:
        assert not any(pattern.match(text, p) for pattern in lexicon.patterns_at(fold[p : p + PREFIX]).values()), p


@settings(max_examples=200, deadline=None)
@given(texts)
def test_folded_start_positions_in_any_text_that_folds_safely(text: str) -> None:
    # non-ASCII text ("Zelenskyy’s", "Kraków", "•") is scanned the same way when lower-casing stands in for re's
    # IGNORECASE
    lexicon = PROFILE.lexicon
    assert lexicon._starts is not None
    if lexicon.folds_safely(text):
        plain = [m.start() for m in lexicon._starts.finditer(text)]
        assert_folded_starts_file_what_the_plain_ones_do(lexicon, text, plain)


def test_folded_starts_leave_out_words_no_prefix_begins() -> None:
    lexicon = PROFILE.lexicon
    assert lexicon._starts is not None
    text = "The council met on the first day of the new year at the town hall, and voted for the budget."
    plain = [m.start() for m in lexicon._starts.finditer(text)]
    assert_folded_starts_file_what_the_plain_ones_do(lexicon, text, plain)
    assert len(lexicon.folded_starts(text.lower())) < len(plain)


def test_folded_starts_leave_out_words_begun_like_an_alias_that_no_alias_goes_on_with() -> None:
    # "the " and "that" begin aliases ("the Kremlin", "that day"): the start scan reads further before it files one
    lexicon = PROFILE.lexicon
    assert lexicon._starts is not None
    text = "That the weather held, the mayor said, was the thing that mattered to the ministry of the town."
    plain = [m.start() for m in lexicon._starts.finditer(text)]
    assert_folded_starts_file_what_the_plain_ones_do(lexicon, text, plain)
    fold = text.lower()
    begun = [p for p in plain if lexicon.patterns_at(fold[p : p + PREFIX])]
    assert len(lexicon.folded_starts(fold)) < len(begun)


def test_lower_casing_one_character_keeps_whether_it_is_a_word_character() -> None:
    # what folded_starts relies on for the character before a word, checked for every code point
    word = re.compile(r"[\w-]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower = char.lower()
        if len(lower) == 1 and not 0xD800 <= code <= 0xDFFF:
            assert (word.match(char) is None) == (word.match(lower) is None), hex(code)


def test_word_marks_and_isalnum_are_the_lookbehind_class() -> None:
    # TextScan tests the character before a sliced window with str methods instead of re's [\w-]
    word = re.compile(r"[\w-]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (char.isalnum() or char in WORD_MARKS) == (word.fullmatch(char) is not None), hex(code)


CASED = [r"[;:]|,\s+(?:but|which)\b|\.\s|\b(?:but\s+)?the\s+(?:real|true)\s+tolls?\b", r"\bKyiv|[A-F]{2}\d",
         r"Tu-\d+|Ka-52"]


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="KkyivYIV;:,. butheralTRUE-2Ua5\u212a\u0130", max_size=40), data=st.data())
def test_a_cased_guard_finds_what_the_case_sensitive_pattern_finds(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for source in CASED:
        pattern = re.compile(source)
        guard = guarded(pattern, cased=True)
        assert guard is not pattern and guard.pattern.startswith("(?=[")
        assert _plain(guard, text, lo, hi) == _plain(pattern, text, lo, hi)


def test_a_cased_guard_spells_the_characters_and_leaves_scoped_case_folding_unguarded() -> None:
    assert guarded(re.compile(r"\bKyiv|kharkiv"), cased=True).pattern.startswith("(?=[Kk])")
    assert first_char_lookahead(r"Kyiv|(?i:kharkiv)", 0, cased=True) == ""  # 'K' too: not spelled as it matches
    assert first_char_lookahead(r"Kyiv", 0) == ""  # a case-sensitive pattern is guarded only when asked


@pytest.mark.parametrize(("source", "written"), (
    (r"[.!?]+[\"”]*\s+(?=[A-Z])", r"[.!?][.!?]*[\"”]*\s+(?=[A-Z])"),
    (r"\s+x", r"\s\s*x"),
    # a lazy or possessive repeat, a group, a backreference or any character: left as written
    (r"[ab]+?c", r"[ab]+?c"), (r"x++y", r"x++y"), (r"(ab)+", r"(ab)+"), (r"(a)\1+", r"(a)\1+"), (r".+!", r".+!"),
))
def test_an_opening_repeat_is_written_with_its_class_first_and_finds_the_same(source: str, written: str) -> None:
    from lossledger.languages.scan import class_first

    pattern = re.compile(source)
    assert class_first(pattern).pattern == written
    text = "He left.  Then?! \"Yes.\" No... x ab abc aab xxy xx!! ab.!? Done.\nA  b  c"
    for lo in range(len(text)):
        assert [m.span() for m in class_first(pattern).finditer(text, lo)] == [
            m.span() for m in pattern.finditer(text, lo)]
