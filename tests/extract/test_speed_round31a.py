"""Speed round 31a (issue 17): ``war_events._find`` (is a phrase of the calendar's in a sentence's words?) reads
the words once, each tested in C against the stems that open a phrase, and reads a longer phrase word by word only
where a word opens one; its stems are looked up by the phrase list's identity, not by hashing the list. It answers
what reading every phrase at every word answers (sentences written for these tests, and every phrase of the
calendar put into them)."""

from __future__ import annotations

import itertools
import tomllib
from importlib import resources

import pytest

from lossledger.extract import war_events
from lossledger.extract.war_events import Phrase, Word, _find, _stem_matches, read_calendar, text_words
from lossledger.languages.morphology import tokenize

CALENDAR = read_calendar(tomllib.loads(resources.files("lossledger.profiles").joinpath(
    "russia-ukraine", "war_events.toml").read_text("utf-8")), "war_events.toml")

_WRITTEN = {
    "en": ["Since the dam burst in the south, the river has fallen and 12 villages were flooded on Tuesday.",
           "A missile struck a shopping centre in the city today, killing 9 people, officials said yesterday.",
           "A year after the mutiny, the mall in Kremenchuk and the station at Kramatorsk are rebuilt."],
    "uk": ["Відтоді як зруйнували греблю, у Херсоні загинули 5 людей, повідомили сьогодні вранці.",
           "Учора ракетний удар по вокзалу Краматорська забрав життя 50 людей, сказав голова області.",
           "Рік тому в Кременчуці ракета влучила в торговельний центр, нагадали в понеділок."],
    "ru": ["С тех пор как разрушили Каховскую ГЭС, в Херсонской области погибли 7 человек, сообщили вчера.",
           "Сегодня удар по вокзалу в Краматорске унес жизни 50 человек, заявил глава региона.",
           "Год спустя после мятежа в Кременчуге вспоминают удар по торговому центру."],
}


def _find_every_phrase(phrases: tuple[Phrase, ...], words: list[Word], *, capital: bool = False) -> bool:
    """What ``_find`` answered before this round: every phrase tried at every word."""
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if capital and not words[i].text[:1].isupper():
                continue
            if all(_stem_matches(phrase[k], words[i + k].low) for k in range(n)):
                return True
    return False


def _phrase_lists(code: str) -> list[tuple[Phrase, ...]]:
    lists = [CALENDAR.looking_back.get(code, ()), *CALENDAR.ties.get(code, {}).values()]
    lists += [kinds.get(code, ()) for kinds in CALENDAR.kind_words.values()]
    for event in CALENDAR.events:
        lists += [event.place.get(code, ()), event.target.get(code, ())]
    return lists


def _words(text: str, code: str) -> list[Word]:
    """The words of ``text`` as its language's reader cuts them (English's: the text's words)."""
    return text_words(text) if code == "en" else list(tokenize(text, code))


def _phrase_words(phrase: Phrase) -> list[str]:
    """Words that a phrase's stems match (a stem, a whole word, or a stem with an ending)."""
    return [stem[:-5] if stem.endswith("_end_") else stem + "ами" for stem in phrase]


def _sentences(code: str) -> list[list[Word]]:
    """The written sentences, and each with a phrase of the calendar put in it (at its start, middle and end,
    written with a capital and without)."""
    out: list[list[Word]] = [_words(text, code) for text in _WRITTEN[code]]
    phrases = sorted({phrase for phrases in _phrase_lists(code) for phrase in phrases})
    for n, phrase in enumerate(phrases):
        base = _WRITTEN[code][n % len(_WRITTEN[code])].split(" ")
        words = _phrase_words(phrase)
        if n % 2:
            words[0] = words[0][:1].upper() + words[0][1:]
        at = (0, len(base) // 2, len(base))[n % 3]
        out.append(_words(" ".join(base[:at] + words + base[at:]), code))
    return out


@pytest.mark.parametrize("code", ["en", "uk", "ru"])
def test_find_answers_what_reading_every_phrase_at_every_word_answers(code: str) -> None:
    sentences = _sentences(code)
    found = 0
    for phrases, words, capital in itertools.product(_phrase_lists(code), sentences, (False, True)):
        expected = _find_every_phrase(phrases, words, capital=capital)
        assert _find(phrases, words, capital=capital) is expected, (phrases[:3], [w.low for w in words], capital)
        found += expected
    assert found > len(sentences)  # (the phrases put in are found: the comparison is not of empty answers)


def test_the_stems_are_those_of_the_list_asked() -> None:
    # (two lists alike in their words but apart as objects, and a list made anew at the id of one gone: each read
    # by its own stems)
    words = list(tokenize("Вчора у Херсоні було тихо", "uk"))
    first: tuple[Phrase, ...] = (("херсон",),)
    assert _find(first, words, capital=True)
    assert not _find((("одес",),), words, capital=True)
    for _ in range(50):
        assert not _find(tuple([("київ",)]), words)
        assert _find(tuple([("вчор",)]), words)
    assert all(known[0] is not None for known in war_events._STEMS_BY_ID.values())


def test_longer_phrases_need_every_word_in_order() -> None:
    phrases: tuple[Phrase, ...] = (("торгов", "центр"), ("dam", "burst_end_"))
    assert _find(phrases, list(tokenize("Удар по торговому центру", "ru")))
    assert not _find(phrases, list(tokenize("Центр торговли и склад", "ru")))
    assert not _find(phrases, list(tokenize("удар по торговому", "ru")))  # (the phrase runs past the last word)
    assert _find(phrases, text_words("since the dam burst"))
    assert not _find(phrases, text_words("since the dam bursts"))  # (a whole word: no ending)
    assert not _find(phrases, text_words("since the dam burst"), capital=True)
    assert _find(phrases, text_words("since the Dam burst"), capital=True)
