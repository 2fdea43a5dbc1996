"""The Ukrainian and Russian stages' shortcuts (issue 17) answer what the plain reading answers (sentences written
for these tests)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger import extract_claims
from lossledger.extract.slavic.dates import _NUMERIC_DATE
from lossledger.extract.slavic.language import FUTURE_VERB, language_data
from lossledger.extract.slavic.mentions import (
    _CLAUSE_BREAK,
    _LABEL_DASH,
    _STOP_OR_DASH,
    DocText,
    clause_bounds,
    starts_between,
)
from lossledger.extract.slavic.numbers import (
    _DATE_LIKE,
    _DATE_MARKS,
    _KEYCAP,
    _KEYCAP_MARKS,
    _MODEL_PREFIX,
    Number,
    figures_in,
    find_numbers,
)
from lossledger.extract.slavic.sides import PUNCT_OR_DASH
from lossledger.extract.slavic.spans import _future_loss, delta_tokens, remark_dash
from lossledger.languages.morphology import tags
from lossledger.profiles import load_profile

SENTENCES = [
    ("uk", "За травень ворог втратив 35 тисяч — це найбільше з початку року."),
    ("uk", "Сили ППО збили 120 дронів – це більше, ніж минулого тижня — повідомили у штабі."),
    ("ru", "Армия теряла 1 150 человек в сутки -- тире не то, а вот — это тире."),
    ("ru", "Сбиты 40 беспилотников—без пробелов—и 12 ракет."),
    ("ru", "Потери составили 300 человек."),
    ("uk", "Знищено 412 систем (у квітні — 395), 98 танків (+3) та 12 гармат; втрати: 1 200 осіб."),
    ("ru", "Сбиты три самолета (Су-34, Су-35) и вертолет, а также 20 дронов (+ 5 за сутки): итог."),
]


def _doc(lang: str, text: str) -> DocText:
    return DocText(text, language_data(lang), load_profile(None), None)


def _dash_token_by_gaps(doc: DocText, lo: int, hi: int) -> int | None:
    toks = doc.sentences[0].tokens
    return next((k for k in range(max(lo, 1), hi)
                 if re.search(r"\s[—–]\s", doc.text[toks[k - 1].end:toks[k].start])), None)


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_the_remark_dash_is_the_first_gap_holding_a_spaced_dash(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    toks = doc.sentences[0].tokens
    for lo in range(len(toks) + 1):
        for hi in range(lo, len(toks) + 1):
            assert remark_dash(doc, toks, lo, hi) == _dash_token_by_gaps(doc, lo, hi), (lo, hi)


def test_a_figure_inside_a_date_taken_is_no_number() -> None:
    doc = _doc("uk", "Станом на 13 травня знищено 120 танків і 30 гармат.")
    sent = doc.sentences[0]
    every = [n.value for n in find_numbers(doc.text, sent, doc.lang, [])]
    assert every == [13.0, 120.0, 30.0]
    date_end = doc.text.index("травня") + len("травня")
    taken = [(doc.text.index("13"), date_end)]
    assert [n.value for n in find_numbers(doc.text, sent, doc.lang, taken)] == [120.0, 30.0]
    # (a range that only ends inside a figure takes it too; one beside it does not)
    assert [n.value for n in find_numbers(doc.text, sent, doc.lang, [(0, doc.text.index("120") + 1)])] == [30.0]
    assert [n.value for n in find_numbers(doc.text, sent, doc.lang, [(0, doc.text.index("120"))])] == [120.0, 30.0]


def _clause_by_gaps(doc: DocText, first: int, last: int) -> tuple[int, int]:
    toks = doc.sentences[0].tokens
    lo = first
    while lo > 0:
        between = doc.text[toks[lo - 1].end:toks[lo].start]
        if between.strip() and re.search(r"[,;:()]", between) and (
                not re.fullmatch(r"\s*\(\s*\+?\s*", between) or ("(" in between and not toks[lo].low[:1].isdigit())):
            break
        lo -= 1
    hi = last + 1
    while hi < len(toks):
        between = doc.text[toks[hi - 1].end:toks[hi].start]
        if between.strip() and (re.search(r"[,;:]|\)", between)
                                or ("(" in between and not toks[hi].low[:1].isdigit())) \
                and not re.fullmatch(r"\s*\)\s*", between):
            break
        hi += 1
    return lo, hi


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_a_clause_is_bounded_by_the_first_punctuated_gap_each_way(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    sent = doc.sentences[0]
    for first in range(len(sent.tokens)):
        for last in range(first, len(sent.tokens)):
            number = Number(sent.tokens[first].start, sent.tokens[last].end, 1.0, None, False, first, last)
            assert clause_bounds(doc, sent, number) == _clause_by_gaps(doc, first, last), (first, last)


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Україна повернула тіла 757 загиблих, а ще тіла 20 воїнів передали пізніше."),
    ("ru", "Россия передала тела 1000 погибших вместе с документами, и ещё тела 20 военных."),
    *SENTENCES,
])
def test_a_phrase_starting_in_a_range_is_what_matching_at_each_token_finds(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    toks = doc.sentences[0].tokens
    ctx = doc.lang.grammar["context"]
    for key in ("bodies_of", "together_with", "destroy_verbs"):
        for lo in range(len(toks) + 1):
            for hi in range(lo, len(toks) + 1):
                expected = any(ctx.match(toks, k, key=key) for k in range(lo, hi))
                assert starts_between(ctx, key, toks, lo, hi) == expected, (key, lo, hi)
    # (the bodies counted are found where they are named, and only there)
    assert starts_between(ctx, "bodies_of", toks, 0, len(toks)) == ("тіла" in text or "тела" in text)


#: The plain patterns the searches stand for: a figure in digits (with its "(+" or "+"), a date in digits, each
#: opening on a look ahead for its first character and a look behind at it.
_ONE_FIGURE_PATTERN = re.compile(
    r"(?=[(+\d])(?<![\w.,/:+-])(\(\s*\+\s*|\+\s*)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+)(?:,(\d+))?(?![\d])")
_PLAIN_DATE = re.compile(r"(?=\d)(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])")
_FIGURE_TEXTS = st.lists(st.sampled_from(
    ["1", "12", "2022", "1 226", " 420", "\u00a0000", "\u202f300", ",5", ".", ":", "/", "-", "+", "(", ")", " ",
     "(+", "( + ", "а", "ф", "_", "x", "—", "13.11.2022", "1️⃣"]), max_size=14).map("".join)


def _figures_by_one_pattern(text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.group(1), m.span(2), m.group(3)) for m in _ONE_FIGURE_PATTERN.finditer(text)]


def _figures(text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.group("lead"), m.span("digits"), m.group("decimal")) for m in figures_in(text)]


@pytest.mark.parametrize("text", [
    "Знищено 1 226 420 (+830) осіб, 9 419 (+20) танків і 155-мм гаубиць; 13.11.2022 о 13:51.",
    "Втрати: (+ 20) та +12 танків, 4 тис. 890, 1,2 млн, Ми-24, ТУ- 95, 1️⃣ 2025 рік.",
    "(+5)+6 (+7,5) 8 (+ 9 000) 10,000",
])
def test_figures_are_what_one_pattern_finds(text: str) -> None:
    assert _figures(text) == _figures_by_one_pattern(text)


@settings(max_examples=400, deadline=None)
@given(_FIGURE_TEXTS)
def test_figures_are_what_one_pattern_finds_in_generated_text(text: str) -> None:
    assert _figures(text) == _figures_by_one_pattern(text)
    assert [m.groups() + (m.span(),) for m in _NUMERIC_DATE.finditer(text)] == \
        [m.groups() + (m.span(),) for m in _PLAIN_DATE.finditer(text)]


@pytest.mark.parametrize(("lang", "text", "future"), [
    ("uk", "До кінця року росія втратить ще 100 тисяч, а сьогодні втратила 1 200.", True),
    ("ru", "По оценкам, армия потеряет 50 тысяч, и погибнут ещё многие; вчера погибли 30.", True),
    ("uk", "За добу ворог втратив 1 200 осіб і 12 танків.", False),
])
def test_a_verb_in_the_future_tense_is_a_kind_of_token(lang: str, text: str, future: bool) -> None:
    doc = _doc(lang, text)
    toks = doc.sentences[0].tokens
    kinds, every = doc.lang.token_kinds(toks)
    by_tags = [{"futr", "VERB"} <= tags(t.low, lang) and "past" not in tags(t.low, lang) for t in toks]
    assert [bool(kind & FUTURE_VERB) for kind in kinds] == by_tags
    assert bool(every & FUTURE_VERB) == future == any(by_tags)
    # (a loss in the future tense is found in the ranges that hold its verb, and only there)
    for lo in range(len(toks) + 1):
        for hi in range(lo, len(toks) + 1):
            expected = any(by_tags[i] and (doc.lang.outcomes_people.match(toks, i)
                                           or doc.lang.outcomes_equipment.match(toks, i)) for i in range(lo, hi))
            assert _future_loss(doc, toks, lo, hi) == bool(expected), (lo, hi)


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Особового складу — 1 226 420 (+830) осіб, танків — 9 419 (+20), ББМ — 19 500 (+ 12 за добу) од."),
    ("ru", "Уничтожены 120 (+ 5) беспилотников и (+) ничего, а также 30 танков (без изменений)."),
    *SENTENCES,
])
def test_the_tokens_of_an_increase_are_those_starting_inside_its_brackets(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    sent = doc.sentences[0]
    spans = [m.span() for m in re.finditer(r"\(\s*\+[^)]*\)", text)]
    assert delta_tokens(doc, sent) == {i for i, t in enumerate(sent.tokens) if any(a <= t.start < b for a, b in spans)}


@pytest.mark.parametrize(("lang", "text", "measures"), [
    # (no date and no span word: a loss in the future tense is a projection, one in the past has the default span)
    ("uk", "Росія втратить ще 100 тисяч військових.", ["projection"]),
    ("ru", "Армия потеряет ещё 50 тысяч военных.", ["projection"]),
    ("uk", "Сили оборони знищили 12 танків.", ["period"]),
    # (a date or a span word read as before)
    ("ru", "За сутки уничтожены 12 танков.", ["period"]),
    ("uk", "З 1 червня ворог втратив 1 200 осіб.", ["period"]),
])
def test_a_sentence_with_no_date_and_no_span_word_reads_only_a_future_loss(
        lang: str, text: str, measures: list[str]) -> None:
    claims = extract_claims(text, published="2024-06-20", language=lang)
    assert [c.measure for c in claims] == measures


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("uk", "Ворог втратив 35 тисяч осіб і 1,2 тис. танків.", [35000.0, 1200.0]),
    ("uk", "Загинули тисяча військових і 2 тисячі цивільних.", [1000.0, 2000.0]),
    ("ru", "Погибли двести человек, а ранены 3 тысячи.", [200.0, 3000.0]),
])
def test_a_multiplier_of_no_figure_in_digits_is_still_read_as_a_number(
        lang: str, text: str, values: list[float]) -> None:
    doc = _doc(lang, text)
    assert [n.value for n in find_numbers(doc.text, doc.sentences[0], doc.lang, [])] == values


#: Every character of the Basic Multilingual Plane (no surrogates): what the marks tested before a pattern are
#: checked against.
_BMP = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]


def test_a_pattern_is_skipped_only_where_no_match_can_open() -> None:
    # (find_numbers: a date "13.11" or a keycap "1️⃣" after a figure opens on one of the marks tested first)
    assert {ch for ch in _BMP if _DATE_LIKE.match(ch + "1")} <= _DATE_MARKS
    assert {ch for ch in _BMP if _KEYCAP.match(ch + "\u20e3")} <= _KEYCAP_MARKS
    # (a model's letters before a figure, "Ми-24", hold a hyphen; a figure after a label's dash opens on a digit
    # that ``str.isdigit`` knows)
    assert not any(_MODEL_PREFIX.search(ch + ch + ch) for ch in _BMP if ch != "-")
    assert all(ch.isdigit() for ch in _BMP if re.fullmatch(r"\d", ch))
    # (a gap of one space holds none of the marks the gap patterns look for)
    for pattern in (_STOP_OR_DASH, _LABEL_DASH, _CLAUSE_BREAK, PUNCT_OR_DASH):
        assert pattern.search(" ") is None, pattern.pattern


@pytest.mark.parametrize(("lang", "text", "figures"), [
    # (a date, a time, a model's number, a keycap are no figures; a calibre glued to a spaced figure is cut off)
    ("uk", "Знищено 13.11.2022 о 13:51 1 226 420 осіб, 18 155-мм гаубиць, Ми-24, ТУ- 95 і 1️⃣ 2 танки.",
     ["1 226 420", "18", "2"]),
    ("ru", "Сбиты 2 Су-34 и 4 тыс. 890 дронов (1 200 - 1 300), 12/03 — 40 ракет; итого 3 600.",
     ["2", "4 тыс. 890", "1 200 - 1 300", "40", "3 600"]),
])
def test_figures_skipped_by_their_marks_are_those_the_patterns_skip(lang: str, text: str, figures: list[str]) -> None:
    doc = _doc(lang, text)
    assert [text[n.start:n.end] for n in find_numbers(doc.text, doc.sentences[0], doc.lang, [])] == figures


_BILINGUAL_LABEL = re.compile(r"^\W*[^\W\d_a-zA-Z][^/\n]{0,60}/\s*[A-Za-z][^\n]{0,60}[‒–—-]\s*\D{0,20}\d", re.MULTILINE)
_LIST_LINES = ["гармат / artillery ‒ 8 123 (+12) од", "літаків / aircraft – 332 од", "бпла / UAV — 6 500 (+40)",
               "Втрати / losses: 1 200 осіб", "км/год", "танків – 7 446 (+14) од.", "Знищено 5 танків.", "/", "//"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LIST_LINES) | st.text(alphabet="аб/ -–\nxA1", max_size=12), max_size=8),
       st.sampled_from(["\n", "\n\n", " "]))
def test_a_bilingual_list_is_what_the_pattern_finds_whatever_the_slashes(lines: list[str], joint: str) -> None:
    """The count of "/" read first turns away only texts the pattern finds fewer than three lines in."""
    from lossledger.extract import _bilingual_list

    text = joint.join(lines)
    assert _bilingual_list(text) == (len(_BILINGUAL_LABEL.findall(text, 0, 20_000)) >= 3)
    # (the three lines of a bulletin, and the same with one slash fewer)
    bulletin = "\n".join(_LIST_LINES[:3])
    assert _bilingual_list(bulletin) and not _bilingual_list(bulletin.replace("/", " ", 1))
