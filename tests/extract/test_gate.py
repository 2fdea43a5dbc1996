"""The document gate (extract/gate.py): a document that cannot hold a claim is answered after one scan, and
the gate never drops a claim the extractor would make. Every text here is written for these tests."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lossledger.extract as extract
from lossledger import extract_claims
from lossledger.extract.gate import FirstMention, Ungated, may_hold_claims, trie_regex
from lossledger.extract.gate import _cues as _gate_cues
from lossledger.languages.grammar import load_patterns
from lossledger.languages.scan import ASCII_LEAD, literal_prefixes
from lossledger.profiles import load_profile

EN = load_patterns("en")

GENERAL_NEWS = (
    "The council voted on Tuesday to keep the library open until nine in the evening.\n\n"
    "A new tram timetable begins in March, after a trial on two lines. A ticket is 2.50 euros."
)

#: Texts with claims from each place an outcome can come from, and texts that come close to a claim.
NEAR_AND_REAL = (
    # an outcome word on the line of a count
    "The regional governor said four people were killed when a drone struck a bus station.",
    # a count of one: an article before a category word
    "A Russian helicopter was shot down near the village, the air force said.",
    # a list under a heading, no outcome word on the items' lines
    "Figures from the General Staff for the past day:\n- 12 tanks\n- 7 artillery systems\n",
    # a bulletin label, no outcome word at all
    "Overnight figures from the front\ntanks - 2,912 (+6)\nartillery systems - 1,950 (+4)\n",
    # the outcome word in the sentence before, in one paragraph
    "Ukraine's navy destroyed several Russian vessels on Sunday. Two landing ships and a patrol boat, the navy said.",
    # close, but no claim: words that begin like outcome words, counts on other lines
    "Power cuts hit the district. Crews worked through the night.\n\nThe council hired 40 engineers.",
    "The deadline for the 12 applications passed; the losers of the vote asked for a recount.",
    "A prisoner exchange took place on Sunday, the ombudsman said, and 95 men came home.",
)


#: A source named sentences before the first figure, with numbers and outcome words between them that hold no
#: claim: the frame must carry over the sentences the extractor reads only for their sources.
FRAMED = (
    "Britain's defence intelligence said in its daily update that fighting went on near the river.\n\n"
    "The update noted that the weather had turned. Roads were muddy in 3 districts.\n\n"
    "It estimated that Russian forces had lost about 400 tanks in the offensive."
)


def _without_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "may_hold_claims", lambda profile, norm, **_options: True)
    monkeypatch.setattr(extract, "FirstMention", Ungated)


def _claims(text: str) -> list[dict[str, object]]:
    return [c.to_dict() for c in extract_claims(text, published="2024-05-02", doc_id="t")]


def test_general_news_is_answered_without_reading_its_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    def reader_not_expected(*args: object, **kwargs: object) -> None:
        raise AssertionError("a document without a loss cue was read sentence by sentence")

    assert not may_hold_claims(load_profile(), GENERAL_NEWS, grammar=EN)
    monkeypatch.setattr(extract, "Reader", reader_not_expected)
    assert extract_claims(GENERAL_NEWS, published="2024-05-02") == []


def test_an_outcome_word_without_a_count_on_its_line_does_not_open_the_gate() -> None:
    text = "A storm hit the coast overnight, bringing down trees.\n\nThe ferry port will reopen at 9 on Friday."
    assert not may_hold_claims(load_profile(), text, grammar=EN)
    # one line, but the count is in the sentence after the outcome word's, which names no category
    assert not may_hold_claims(load_profile(), text.replace("\n\n", " "), grammar=EN)


def test_the_gate_reads_the_sentences_of_a_line_with_an_outcome_word_and_a_count() -> None:
    profile = load_profile()
    # an outcome word and a count in one paragraph, but in different sentences: no first mention
    apart = ("The home team lost on Sunday in the rain. Their coach said 12 of the players need a rest.\n\n"
             "Fans were hurt by the news. The next match is on 4 May.")
    assert not may_hold_claims(profile, apart, grammar=EN)
    # "a Russian tank": a count (an article before a category word) in the sentence of the outcome word
    together = "The village is quiet again. A Russian tank was destroyed near the bridge on Sunday."
    assert may_hold_claims(profile, together, grammar=EN)
    # the sentence before lends its outcome where it names what it happened to
    lent = "Several tanks were destroyed overnight. Officials counted 12 near the river."
    assert may_hold_claims(profile, lent, grammar=EN)
    # "fourteenth" begins like a number word, but is no count
    assert not may_hold_claims(profile, "The team lost again and now sits fourteenth in the table.", grammar=EN)


@pytest.mark.parametrize("text", (*NEAR_AND_REAL, FRAMED, GENERAL_NEWS))
def test_the_gates_drop_no_claim(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _claims(text)
    _without_gates(monkeypatch)
    assert gated == _claims(text)


def test_a_source_named_before_the_first_figure_carries_over_sentences_read_for_sources_only() -> None:
    profile = load_profile()
    from lossledger.extract.body import sentences
    from lossledger.extract.document import normalise

    first = FirstMention(profile, normalise(FRAMED), sentences(FRAMED, grammar=EN), grammar=EN)
    assert first.first == 3 and not first.possible(1)  # the sentences before the figure are read for sources
    claims = _claims(FRAMED)
    assert [c["value"] for c in claims] == [400]
    assert str(claims[0]["claimant"]).startswith("uk_")  # Britain's, named two paragraphs before


@pytest.mark.parametrize("text", NEAR_AND_REAL[:5])
def test_each_place_of_an_outcome_opens_the_gate(text: str) -> None:
    assert may_hold_claims(load_profile(), text, grammar=EN)
    assert _claims(text), text


def test_non_ascii_text_is_gated_with_case_folding_of_re() -> None:
    profile = load_profile()
    assert may_hold_claims(profile, "Überfall: KILLED\u00a0were 5 soldiers", grammar=EN)
    assert not may_hold_claims(profile, "Über den Fluss fahren täglich 5 Busse.", grammar=EN)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([" killed", "Killed", "-killed", "_dead", "2 tanks", "a tank", "(tanks)", "\n", ", ",
                                 "destroyed", "x", "'", "~"]) | st.text(alphabet=st.characters(max_codepoint=127),
                                                                       max_size=4), max_size=20).map("".join))
def test_the_ascii_lead_of_the_folded_cues_finds_what_the_unicode_class_finds(text: str) -> None:
    # the cues for a lower-cased ASCII text read "[^\\w-]" before a word as its ASCII twin: the same matches there
    cues = _gate_cues(load_profile(), EN)
    assert cues is not None
    folded = " " + text.lower()
    assert folded.isascii()
    for ascii_pattern in (cues.outcome, cues.countable, cues.category):
        assert ASCII_LEAD in ascii_pattern.pattern
        unicode_pattern = re.compile(ascii_pattern.pattern.replace(ASCII_LEAD, r"[^\w-]"))
        assert ([m.span() for m in ascii_pattern.finditer(folded)]
                == [m.span() for m in unicode_pattern.finditer(folded)])


def test_trie_regex_matches_where_a_word_begins() -> None:
    words = {"kill", "killed", "kia", "dead", "die"}
    pattern = re.compile(trie_regex(words))
    assert pattern.pattern == "(?:d(?:ead|ie)|ki(?:a|ll))"
    for text in ("killing", "kia", "deadline", "diet", "dying"):
        flat = re.match("|".join(sorted(words)), text)
        assert bool(pattern.match(text)) == bool(flat), text


def test_small_repeats_are_expanded_for_each_count() -> None:
    found = literal_prefixes(r"[0-9]{1,2}-year", re.IGNORECASE, length=5)
    assert found is not None
    assert "7-yea" in found and "12-ye" in found
    assert not any(len(prefix) < 5 for prefix in found)  # no bare digit: "40 per cent" is no "40-year"


def test_a_sentence_before_lends_its_outcome_only_where_it_names_a_category() -> None:
    from lossledger.extract.body import sentences
    from lossledger.extract.document import normalise

    profile = load_profile()
    storm = "A storm hit the coast overnight. The ferry port will reopen at 9 on Friday."
    assert not may_hold_claims(profile, storm, grammar=EN)  # one line, an outcome word and a count, apart
    assert FirstMention(profile, normalise(storm), sentences(storm, grammar=EN), grammar=EN).first is None
    assert extract_claims(storm, published="2024-05-02") == []


def test_a_count_is_a_number_as_the_sentence_reading_finds_it() -> None:
    from lossledger.extract.body import sentences
    from lossledger.extract.document import normalise

    profile = load_profile()
    league = "The visitors lost their third game in a row and now sit fourteenth in the table."
    assert not may_hold_claims(profile, league, grammar=EN)  # "fourteen..." begins like a number word
    assert FirstMention(profile, normalise(league), sentences(league, grammar=EN), grammar=EN).first is None
    lost = "The visitors lost fourteen players to injury."
    assert FirstMention(profile, normalise(lost), sentences(lost, grammar=EN), grammar=EN).first == 0


@pytest.mark.parametrize("text", (
    "Two tanks were destroyed; a third was blown up. Powerless crews lost 3.",
    "ÜBER: KILLED\u00a0were 5 soldiers, the killed-in-action list said. Dead ends.",
))
def test_outcome_words_are_searched_only_where_the_lines_words_overlap_the_window(text: str) -> None:
    from lossledger.extract.gate import GateNotes, _cues, _Opening

    cues = _cues(load_profile(), EN)
    assert cues is not None
    opening = _Opening(cues, text, EN, text, GateNotes())
    opening.read_words(0, len(text))
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert opening._has_outcome(start, end) == opening._holds(opening.outcome, start, end), (start, end)


LINES_KEPT_AND_DROPPED = "Related: Storm hits the coast\n\nThe storm hit the coast. 12 tanks, 3 ships.\n- a bullet"


@pytest.mark.parametrize("text", (*NEAR_AND_REAL, FRAMED, GENERAL_NEWS, LINES_KEPT_AND_DROPPED))
def test_what_the_gate_notes_of_a_sentence_is_what_the_reading_finds_there(text: str) -> None:
    from lossledger.extract.document import Reader, normalise
    from lossledger.extract.gate import GateNotes

    profile, norm, notes = load_profile(), normalise(text), GateNotes()
    may_hold_claims(profile, norm, grammar=EN, text=text, notes=notes)
    plain = Reader(text, None, profile, grammar=EN)
    noted = Reader(text, None, profile, grammar=EN, norm=norm, numbers=notes.numbers, cut=notes.lines)
    assert noted.sentences == plain.sentences
    assert [noted.numbers_in(s) for s in noted.sentences] == [plain.numbers_in(s) for s in plain.sentences]
    unnoted = FirstMention(profile, norm, plain.sentences, grammar=EN)
    gated = FirstMention(profile, norm, noted.sentences, grammar=EN, notes=notes)
    assert gated.first == unnoted.first
    assert [gated.possible(i) for i in range(len(noted.sentences))] == [
        unnoted.possible(i) for i in range(len(plain.sentences))]


def test_a_sentence_the_gate_read_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from lossledger.extract.body import sentences
    from lossledger.extract.gate import GateNotes

    text = "Russian forces lost 12 tanks near the river, the general staff said."
    notes = GateNotes()
    assert may_hold_claims(load_profile(), text, grammar=EN, text=text, notes=notes)
    assert notes.opens == {(0, len(text)): True} and notes.lines == {(0, len(text)): [(0, len(text))]}

    def not_expected(*args: object, **kwargs: object) -> bool:
        raise AssertionError("a sentence the gate read was read again")

    monkeypatch.setattr(FirstMention, "_holds", not_expected)
    assert FirstMention(load_profile(), text, sentences(text, grammar=EN), grammar=EN, notes=notes).first == 0


@pytest.mark.parametrize(("text", "opens"), (
    # the label's word between the line's first separator and its last: a line is read up to its last one
    ("Score on Sunday: 3-1\nUpdate - tanks - 2,912 (+6)\n", True),
    ("Results - tanks\nUpdate = artillery systems: 1,950\n", True),
    # a category word after the last separator of its line, or on a line with none: no label
    ("Score on Sunday: 3-1 tanks 2,912\nUpdate - the artillery systems 1,950\n", False),
))
def test_a_label_is_a_category_word_before_the_last_separator_of_its_line(text: str, opens: bool) -> None:
    assert may_hold_claims(load_profile(), text, grammar=EN) is opens
    assert may_hold_claims(load_profile(), text.replace("\n", "\u2029\n"), grammar=EN) is opens


#: A sentence the gate lets through (an outcome word and a number) whose number counts nothing, after sentences that
#: name sources, and before a sentence with a claim (written for these tests).
UNCOUNTED_FIRST = ("The regional governor spoke to reporters on Monday. The home side lost 2 games in a week.\n\n"
                   "The defence ministry said Russian forces lost 12 tanks near the river.")


@pytest.mark.parametrize("text", (
    "The governor's office said the bridge would reopen. The visitors lost 2 games after a late goal.",
    "A spokesman for the army said little. Shares lost 4.5 per cent on Friday, and 3 banks closed.",
))
def test_sources_are_not_read_when_no_number_counts_anything(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from lossledger.extract import gate

    reader = extract.Reader(text, None, load_profile(), grammar=EN)
    assert any(FirstMention(load_profile(), reader.norm, reader.sentences, grammar=EN).opens(i)
               for i in range(len(reader.sentences)))  # the gate lets a sentence through
    assert not any(gate.count_may_be_read(reader, sent) for sent in reader.sentences)
    asked: list[object] = []
    monkeypatch.setattr(extract, "claimant_in", lambda *args, **kwargs: asked.append(args))
    assert extract_claims(text, published="2024-05-02") == []
    assert asked == []  # no sentence was read for its sources


def test_sentences_waiting_for_a_count_are_read_in_order_when_one_comes(monkeypatch: pytest.MonkeyPatch) -> None:
    from lossledger.extract.body import sentences
    from lossledger.extract.document import normalise

    gated = [c.to_dict() for c in extract_claims(UNCOUNTED_FIRST, published="2024-05-02")]
    assert [(c["value"], c["category"]) for c in gated] == [(12, "tanks")]
    plain_first = FirstMention(load_profile(), normalise(UNCOUNTED_FIRST), sentences(UNCOUNTED_FIRST, grammar=EN),
                               grammar=EN)
    assert plain_first.first == 1  # the gate alone would read the match report first
    monkeypatch.setattr(extract, "FirstMention", Ungated)
    monkeypatch.setattr(extract, "may_hold_claims", lambda *args, **kwargs: True)
    assert [c.to_dict() for c in extract_claims(UNCOUNTED_FIRST, published="2024-05-02")] == gated


#: "No one" counts nobody: written for these tests, beside an outcome word as general news has them.
NO_ONE_HURT = (
    "A fire broke out in a warehouse on the edge of town overnight. No one was injured, the fire service said.",
    "The roof of the old cinema gave way on Sunday; no one else was hurt, officials said.",
    "Storm brings down power lines across the valley, no one injured\n\nCrews expect to restore power by noon.",
    "Nobody was killed when the footbridge collapsed, and none were hurt on the riverbank, police said.",
)


@pytest.mark.parametrize("text", NO_ONE_HURT)
def test_a_one_after_no_is_no_count_and_the_gate_stops_the_document(text: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from lossledger.extract.body import sentences
    from lossledger.extract.document import normalise
    from lossledger.extract.numbers import find_numbers

    assert find_numbers(text, grammar=EN) == []
    assert not may_hold_claims(load_profile(), text, grammar=EN)
    assert FirstMention(load_profile(), normalise(text), sentences(text, grammar=EN), grammar=EN).first is None
    assert _claims(text) == []
    _without_gates(monkeypatch)  # the full reading agrees: no claim
    assert _claims(text) == []


def test_one_not_after_no_still_counts() -> None:
    # the same sentences with a count of one: the gate opens and the reading finds it
    for text in ("Ukraine's army said one soldier was killed and no one else was hurt.",
                 "Two civilians were hurt and one was killed in the shelling of a Ukrainian village, police said."):
        assert may_hold_claims(load_profile(), text, grammar=EN)
        assert [c["value"] for c in _claims(text)].count(1) == 1, text
