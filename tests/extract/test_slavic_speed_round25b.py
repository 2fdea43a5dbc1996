"""Readers of a sentence's sources gated on its keys, read once (issue 17): ``may_say`` tests the three keys of saying
in the sentence's keys (``PhraseTable.keys_in``) in place of three calls of ``find_all``; a title split by a place
("глава Каменского района сообщил") is looked for only in a sentence with a verb of saying or a source marker, asked
before the tokens are looked through for a title's first word; ``local_officials`` finds the sentence's place in
the document by ``DocText.sentence_number``. Each answers as the reading it replaces, kept here as it was (sentences
written for these tests, and generated ones)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.slavic import split_title
from lossledger.extract.slavic.claimants import local_officials
from lossledger.extract.slavic.language import language_data
from lossledger.extract.slavic.mentions import DocText
from lossledger.extract.slavic.saying import SAYING_KEYS, may_say, verb_follows
from lossledger.profiles import load_profile

_PIECES = st.lists(st.sampled_from(
    ["глава", "голова", "Каменского", "Кам'янської", "района", "громади", "сільської", "области", "області",
     "сообщил", "повідомив", "заявив", "за даними", "по данным", "про це повідомили", "об этом сообщили", "мэр",
     "столицы", "Курской", "Херсонської", "Генштаб", "ЗСУ", ":", "—", "–", ",", ".", "12", "танків", "погибли",
     "загинули", "вечером", "ввечері", "міністр", "министр", "здравоохранения", "оборони"]),
    max_size=16).map(" ".join)


def _may_say_before(doc: DocText, sent) -> bool:  # type: ignore[no-untyped-def]
    """``may_say`` as it read before: a call of ``find_all`` for each key of saying."""
    ctx = doc.lang.grammar["context"]
    toks = sent.tokens
    if any(ctx.find_all(toks, key=key) for key in SAYING_KEYS[:3]):
        return True
    text, start, end = doc.text, sent.start, sent.end
    return text.find(":", start, end) >= 0 or text.find("—", start, end) >= 0 or text.find("–", start, end) >= 0


def _titles_before(doc: DocText, toks, hits):  # type: ignore[no-untyped-def]
    """``titles_split_by_a_place`` as it read before: the title's first word looked for, then the words of saying."""
    table = split_title._titles(doc)
    starts = [i for i, t in enumerate(toks) if not table.keys().isdisjoint(t.lemmas)]
    if not starts:
        return hits
    ctx = doc.lang.grammar["context"]
    verbs = {a for _k, a, _b in ctx.find_all(toks, key="report_verbs")}
    markers = {b for _k, _a, b in ctx.find_all(toks, key="source_markers")}
    if not verbs and not markers:
        return hits
    for i in starts:
        found = split_title._split_at(doc, toks, i, table)
        if found is None or any(a < found[1] and found[2] <= b for _k, a, b in hits):
            continue
        if i not in markers and not verb_follows(doc, toks, found[2], verbs, split_title._TO_VERB):
            continue
        hits = [h for h in hits if not (found[1] <= h[1] and h[2] <= found[2])] + [found]
    return hits


def _check(lang: str, text: str) -> None:
    data = language_data(lang)
    doc = DocText(text, data, load_profile(None), None)
    for k, sent in enumerate(doc.sentences):
        assert may_say(doc, sent) == _may_say_before(doc, sent)
        named = data.claimants.find_all(sent.tokens)
        for toks in (sent.tokens, list(sent.tokens)):  # (a sentence's record, and a plain list of tokens)
            assert split_title.titles_split_by_a_place(doc, toks, list(named)) == _titles_before(doc, toks, list(named))
        assert doc.sentence_number.get(id(sent), 0) == next((i for i, s in enumerate(doc.sentences) if s is sent), 0)
        assert doc.sentence_number[id(sent)] == k
        local_officials(doc, sent, named)  # (reads the sentences before by that place)


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Погибли двое. Глава Каменского района вечером сообщил об этом журналистам."),
    ("uk", "Загинули троє. Голова Кам'янської сільської громади повідомив про це ввечері."),
    ("ru", "Мэр столицы сообщил: погибли 12 человек. Об этом сообщили в Курской области."),
    ("uk", "Голова громади був на місці. Ввечері загинули 12 людей — Генштаб ЗСУ."),
    ("ru", "Глава района приехал на место. Ничего такого."),
])
def test_gated_readers_answer_as_before(lang: str, text: str) -> None:
    _check(lang, text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["uk", "ru"]), _PIECES)
def test_gated_readers_answer_as_before_in_generated_sentences(lang: str, text: str) -> None:
    _check(lang, text)


def test_a_title_split_by_a_place_is_still_read() -> None:
    """The gate leaves the title read where a verb of saying follows it."""
    data = language_data("ru")
    doc = DocText("Глава Каменского района вечером сообщил о погибших.", data, load_profile(None), None)
    sent = doc.sentences[0]
    found = split_title.titles_split_by_a_place(doc, sent.tokens, data.claimants.find_all(sent.tokens))
    assert found == _titles_before(doc, sent.tokens, data.claimants.find_all(sent.tokens))
    assert any(a == 0 for _k, a, _b in found)
