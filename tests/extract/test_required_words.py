"""The words a pattern needs (``required_words``) turn away only windows that hold no match, and the clause bounds
found by bisection are those of the plain scan over the sentence's clause breaks."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger import extract
from lossledger.extract import attribution, body, document, loss_frame, measure, numbers
from lossledger.extract.required_words import UNFAITHFUL_FOLDS, Folded, digit_or_words, holds_one_of, required_words
from lossledger.languages.grammar import load_patterns
from lossledger.profiles import load_profile

EN = load_patterns("en")
RULES = [EN.rules(rules) for rules in (document.DocumentRules, attribution.AttributionRules, loss_frame.LossFrameRules,
                                       measure.MeasureRules, extract.ExtractRules, numbers.NumberRules,
                                       body.BodyRules)]
PATTERNS = list({id(p): (f"{type(r).__name__}.{name}", p) for r in RULES for name, p in vars(r).items()
                 if isinstance(p, re.Pattern)}.values())
WITH_WORDS = [(name, p) for name, p in PATTERNS if required_words(p) is not None]
# the words the patterns need, and what stands around them, to build texts that match some of the patterns
WORDS = sorted({w for _, p in WITH_WORDS for w in required_words(p).words})  # type: ignore[union-attr]
PIECES = [*WORDS, "in", "the", "during", "over", "The", "TOTAL", "Week", "a", "of", "has", "have", "were", "1,200",
          "30", "two", "said", "since", "February", "\u212a", "ſ", "İ", "ı", "’", ",", ";", ".", "-", "(", ")", "\n"]
texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", "", "  ", ", "])), max_size=16).map(
    lambda parts: "".join(piece + sep for piece, sep in parts))


def test_unfaithful_folds_are_every_character_re_folds_to_ascii_that_lower_does_not() -> None:
    # every non-ASCII character that IGNORECASE matches to an ASCII character: str.lower gives that character,
    # or two characters (the length of the folded text shows it), or it is one of UNFAITHFUL_FOLDS
    to_ascii = re.compile("[\x00-\x7f]", re.IGNORECASE)
    unfaithful = set()
    for code in range(0x80, sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF or not to_ascii.fullmatch(char):
            continue
        matched = {c for c in map(chr, range(0x80)) if re.fullmatch(re.escape(c), char, re.IGNORECASE)}
        if len(char.lower()) == 1 and char.lower() not in matched:
            unfaithful.add(char)
    assert unfaithful == UNFAITHFUL_FOLDS


def test_words_a_pattern_needs() -> None:
    week = required_words(re.compile(r"\b(?:in|during)\s+the\s+week\s+(?:to|ending)\b", re.IGNORECASE))
    assert week is not None and week.words == ("week",) and week.folded
    # one word of each alternative; a word that holds another adds nothing
    said = required_words(re.compile(r"\b(?:has reached|reached|hit the mark)\b|\bSaid\s+that", re.IGNORECASE))
    assert said is not None and set(said.words) == {"reached", "hit the mark", "said"}
    # case-sensitive patterns keep their case; an optional part or a lookaround names nothing
    assert required_words(re.compile(r"General Staff")).words == ("General Staff",)  # type: ignore[union-attr]
    assert required_words(re.compile(r"(?:week)?\d+|(?=total)\w+", re.IGNORECASE)) is None
    assert required_words(re.compile(r"\bin\b", re.IGNORECASE)) is None  # too short to be worth a test


def test_folded_text_is_refused_where_lower_is_not_what_re_folds() -> None:
    assert Folded("The Week to Sunday, 1\u00a0200 ’dead’").folded == "the week to sunday, 1\u00a0200 ’dead’"
    for odd in ("İ", "ı", "ſ"):
        folded = Folded(f"the week {odd}")
        assert folded.folded is None
        assert folded.may_match(re.compile("week", re.IGNORECASE), 0, 3)  # no test: the pattern decides
    assert Folded("the \u212aILLED").folded == "the killed"  # the Kelvin sign lowers to the k it matches


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_a_window_turned_away_holds_no_match(text: str, data: st.DataObject) -> None:
    folded = Folded(text)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for name, pattern in WITH_WORDS:
        if not folded.may_match(pattern, lo, hi):
            assert pattern.search(text[lo:hi]) is None, name
            assert pattern.search(text, lo, hi) is None, name


def test_windows_that_hold_a_match_are_tried() -> None:
    r = EN.rules(measure.MeasureRules)
    text = ("Ukraine lost 120 soldiers in the week to Sunday, bringing the total to 4,000, and during the same "
            "period its forces were losing ground as troops were dying near the river.")
    folded = Folded(text)
    for pattern in (r.week_to_day, r.total_cue, r.same_period, r.progressive_loss):
        assert required_words(pattern) is not None
        assert pattern.search(text) is not None and folded.may_match(pattern, 0, len(text))
        assert not folded.may_match(pattern, 0, text.index("120"))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_clause_bounds_are_the_plain_scans(text: str) -> None:
    reader = document.Reader(text, None, load_profile(None), grammar=EN)
    breaks = EN.rules(document.DocumentRules).clause_break
    for sent in reader.sentences:
        spans = [m.span() for m in breaks.finditer(reader.norm, sent.start, sent.end)]
        _assert_bounds_between_breaks(reader, sent, spans)


def _assert_bounds_between_breaks(reader: document.Reader, sent: body.Sentence, spans: list[tuple[int, int]]) -> None:
    """Each position's clause runs from the end of the last break before it to the start of the first after it."""
    for pos in range(sent.start, sent.end + 1):
        lo, hi = sent.start, sent.end
        for start, end in spans:
            if end <= pos:
                lo = end
            elif start >= pos:
                hi = start
                break
        assert reader.clause_bounds(sent, pos) == (lo, hi)


def test_clause_breaks_at_marks_alone_are_the_whole_patterns_where_no_break_words_stand() -> None:
    # a sentence without the words of a clause break with no mark ("the real number") is cut at its marks alone; one
    # with them by the whole pattern: both as the whole pattern cuts it (written with a class of marks, as it was)
    rules = EN.rules(document.DocumentRules)
    plain = re.compile(r"[;:]|" + rules.clause_break_at_mark.pattern.removeprefix(";|:|") + "|"
                       + rules.clause_break_words.pattern)
    text = ("Russia lost 300 tanks, while Kyiv lost 20; the ministry said. It put the toll at 40, but the real number "
            "is higher. Officials said 12 died, warning that the true toll was far higher: 20 or more. Really, the "
            "truth is that 5 were lost, a figure the actual report gave.")
    reader = document.Reader(text, None, load_profile(None), grammar=EN)
    assert [rules.clause_break_words.search(reader.norm, s.start, s.end) is not None for s in reader.sentences] == [
        False, True, True, False]  # ("Really", "truth", "actual report": the words, but no break of their own)
    for sent in reader.sentences:
        spans = [m.span() for m in plain.finditer(reader.norm, sent.start, sent.end)]
        assert [m.span() for m in rules.clause_break.finditer(reader.norm, sent.start, sent.end)] == spans
        _assert_bounds_between_breaks(reader, sent, spans)


# sentences of our own in the style of the news the patterns read, so that many of them match somewhere
OWN_SENTENCES = [
    "Over the past day, Russia has lost 1,250 troops, bringing the total since the invasion to 412,000, the General "
    "Staff said in its daily update.",
    "In the week to Sunday, at least 38 civilians were killed and 120 wounded in shelling, while during the same "
    "period the regional governor reported another 14 dead.",
    "The strike had killed 12 people, officials said on Monday; the toll rose to 15 later, and a further four were "
    "injured in a second attack on the city of Sumy.",
    "Ukraine says its forces destroyed 9 tanks and shot down 40 drones overnight, an average of 1,100 a day this "
    "month, while the ministry has not updated its figure since May.",
    "Between 50 and 100 troops were dying every day in the hardest-hit areas, according to an assessment by British "
    "intelligence, which put Russian casualties at about 315,000 so far.",
    "During the three-day offensive, the brigade repelled a Russian assault, killing up to 300 soldiers, the governor "
    "said; the previous record, 2,030, was set in December.",
    "The list of the dead grew by 310 names in a week, and of those, 40 were officers; an earlier version of this "
    "story said 14 tanks were destroyed, not 41.",
]


def test_own_sentences_windows_turned_away_hold_no_match() -> None:
    for text in OWN_SENTENCES:
        folded = Folded(text)
        cuts = [0, *(m.end() for m in re.finditer(r"\W+", text)), len(text)]
        matched = 0
        for name, pattern in WITH_WORDS:
            matched += pattern.search(text) is not None
            for lo in cuts:
                for hi in cuts:
                    if lo <= hi and not folded.may_match(pattern, lo, hi):
                        assert pattern.search(text[lo:hi]) is None, (name, text[lo:hi])
                        assert pattern.search(text, lo, hi) is None, (name, text[lo:hi])
        assert matched >= 10  # the sentences exercise the patterns


def test_search_in_a_sentence_is_the_pattern_s_search() -> None:  # and sentence_search, asked twice
    for text in (" ".join(OWN_SENTENCES), " ".join(OWN_SENTENCES[:2]) + " The toll ſince then is 40."):
        _search_in_agrees(document.Reader(text, None, load_profile(None), grammar=EN))


def _search_in_agrees(reader: document.Reader) -> None:
    text = reader.norm
    for sent in reader.sentences:
        for name, pattern in PATTERNS:
            for _asked_again in range(2):
                got, want = reader.sentence_search(sent, pattern), pattern.search(text, sent.start, sent.end)
                assert (got and got.span()) == (want and want.span()), name
        cuts = [sent.start, *(m.end() for m in re.finditer(r"\W+", text) if sent.start < m.end() < sent.end), sent.end]
        for name, pattern in WITH_WORDS:
            for lo in cuts[::3]:
                for hi in cuts[::2]:
                    if lo <= hi:
                        got, want = reader.search_in(sent, pattern, lo, hi), pattern.search(text, lo, hi)
                        assert (got and got.span()) == (want and want.span()), name


def test_search_in_a_window_beyond_the_sentence_asks_the_pattern() -> None:
    text = "Ukraine lost 5 tanks. It was calm in the week to Sunday."
    reader = document.Reader(text, None, load_profile(None), grammar=EN)
    first = reader.sentences[0]
    week = EN.rules(measure.MeasureRules).week_to_day
    assert reader.search_in(first, week, first.start, first.end) is None  # the first sentence holds no "week"
    found = reader.search_in(first, week, first.start, len(text))  # a window that runs into the next one
    assert found is not None and found.group(0) == "in the week to"


def test_a_pattern_first_asked_of_a_window_is_answered_as_after() -> None:
    # may_match looks a pattern's words up inline once ``required_words`` has derived them: the first answer (derived
    # then) and the later ones (looked up) agree, and turn away only windows without a match
    text = "Ukraine lost 120 soldiers in the fortnight ending Sunday, the ministry said on Monday."
    folded = Folded(text)
    pattern = re.compile(r"\bin\s+the\s+fortnight\s+(?:to|ending)\b", re.IGNORECASE)  # (compiled here: new)
    windows = [(0, len(text)), (0, text.index("120")), (text.index("in the"), len(text)), (30, 40)]
    first = [folded.may_match(pattern, lo, hi) for lo, hi in windows]
    assert first == [folded.may_match(pattern, lo, hi) for lo, hi in windows] == [True, False, True, False]
    assert all(pattern.search(text, lo, hi) is None for (lo, hi), may in zip(windows, first, strict=True) if not may)


@settings(max_examples=200, deadline=None)
@given(texts, st.lists(st.sampled_from(PIECES), max_size=6))
def test_holds_one_of_is_the_mapped_contains_test(text: str, words: list[str]) -> None:
    # the loop of ``in`` tests answers as ``any(map(text.__contains__, words))``, which it replaced in the word tests
    assert holds_one_of(text, words) == any(map(text.__contains__, words))
    assert holds_one_of(text, tuple(words)) == any(word in text for word in words)


NUMBER_PIECES = ["one", "One", "TEN", "ten", "often", "tens", "someone", "six", "ſix", "Seven", "nine", "two-thirds",
                 "3", "12", "1,200", "٣", "ten5", "5ten", "x", "the", "lost", "\u212a", "İ", "ı", ",", ".", "-",
                 "(", "\n"]
number_texts = st.lists(st.tuples(st.sampled_from(NUMBER_PIECES), st.sampled_from([" ", "", ", "])),
                        max_size=14).map(lambda parts: "".join(piece + sep for piece, sep in parts))


@settings(max_examples=300, deadline=None)
@given(number_texts, st.data())
def test_search_number_is_the_next_number_search(text: str, data: st.DataObject) -> None:
    # the next number found from the words and the first digit is the pattern's own search, in Unicode and ASCII mode
    # (a text with "ſ" or "İ" is searched whole: lower-casing it finds other words than IGNORECASE does)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for grammar in (EN, EN.in_ascii()):
        reader = document.Reader(text, None, load_profile(None), grammar=grammar, norm=text)
        for rules in (measure.MeasureRules, loss_frame.LossFrameRules):
            pattern = grammar.rules(rules).next_number
            got, want = reader.search_number(pattern, lo, hi), pattern.search(text, lo, hi)
            assert (got and (got.span(), got.re)) == (want and (want.span(), want.re))


def test_search_number_on_sentences_of_our_own() -> None:
    text = ("Often someone said tens of them were lost, then 12 more. Of the ten, five were tanks; 3 others, "
            "seven in all, burned. Nine4 were not, but TEN were.")
    pattern = EN.rules(measure.MeasureRules).next_number
    reader = document.Reader(text, None, load_profile(None), grammar=EN)
    assert reader.search_number(pattern, 0, 40) is None  # "often", "someone", "tens": no number's word
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1, 7):
            got, want = reader.search_number(pattern, lo, hi), pattern.search(text, lo, hi)
            assert (got and got.span()) == (want and want.span()), (lo, hi)


def test_only_an_alternation_of_a_digit_and_words_is_split() -> None:
    split = digit_or_words(EN.rules(measure.MeasureRules).next_number)
    assert split is not None and "ten" in split.words and split.folded
    assert digit_or_words(re.compile(r"\d+|\bone\b")) is None  # (not a digit alone)
    assert digit_or_words(re.compile(r"\d|\w+")) is None  # (an alternative with no word)
    assert digit_or_words(re.compile(r"\bone\b")) is None
