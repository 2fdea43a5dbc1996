"""Speed round 31a (issue 17): ``war_events._find`` (is a phrase of the calendar's in a sentence's words?) reads
the words once, each tested in C against the stems that open a phrase, and reads a longer phrase word by word only
where a word opens one; its stems are looked up by the phrase list's identity, not by hashing the list. It answers
what reading every phrase at every word answers (sentences written for these tests, and every phrase of the
calendar put into them). An undated Ukrainian or Russian text's scans of every token for a year summed up
("Підсумки 2024 року") and a first day of a month ("у перший день весни 2025 року") skip a sentence holding none of
the words they need, and find what reading every token finds (texts written for these tests)."""

from __future__ import annotations

import datetime as dt
import itertools
import tomllib
from importlib import resources

import pytest

from lossledger.extract import war_events
from lossledger.extract.slavic import language_data
from lossledger.extract.slavic import year_summed as year_summed_module
from lossledger.extract.slavic.first_day_of import first_days_of
from lossledger.extract.slavic.mentions import DocText
from lossledger.extract.slavic.year_summed import year_summed
from lossledger.extract.war_events import Phrase, Word, _find, _stem_matches, read_calendar, text_words
from lossledger.languages.morphology import tokenize
from lossledger.profiles import load_profile

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


# -- an undated Slavic text's scans over every token: a sentence with no word they need is not looped over -------

_UNDATED = {
    "uk": ["Підсумки 2024 року: ворог втратив 430 тисяч військових. У перший день весни 2025 року збито 12 дронів.",
           "Підсумки року: 2024 — знищено 300 танків. За підсумками 2023 року загинули 50 людей.",
           "У перший день березня 2025 року поранено 4 людей. Перший день без обстрілів.",
           "Про підсумки говорили в понеділок, 2024 рік був важким. Перша доба 2025 минула тихо."],
    "ru": ["Итоги 2024 года: противник потерял 400 тысяч военных. В первый день весны 2025 года сбиты 12 дронов.",
           "Итоги года — 2024: уничтожено 300 танков. По итогам 2023 года погибли 50 человек.",
           "В первый день марта 2025 года ранены 4 человека. Первый день без обстрелов.",
           "Об итогах говорили в понедельник, 2024 год был тяжелым. Первые сутки 2025 прошли тихо."],
}


def _year_summed_before(doc: DocText, latest: dt.date | None) -> dt.date | None:
    """What ``year_summed`` answered before this round: every token of every sentence read."""
    words = set(doc.lang.raw["grammar"]["dates"].get("year_summed", ()))
    nouns = set(doc.lang.raw["grammar"]["dates"].get("year_summed_noun", ()))
    found: list[dt.date] = []
    for sent in doc.sentences:
        toks = sent.tokens
        for i in range(len(toks) - 1):
            at = i + 1
            if i + 2 < len(toks) and nouns.intersection(toks[i + 1].lemmas) \
                    and year_summed_module._COLON.fullmatch(doc.text, toks[i + 1].end, toks[i + 2].start):
                at = i + 2
            year = toks[at].low
            if len(year) == 4 and year.isdigit() and year.startswith("20") and words.intersection(toks[i].lemmas):
                end = dt.date(int(year), 12, 31)
                if latest is None or (end > latest and latest.year == end.year):
                    found.append(end)
    return max(found, default=None)


def _first_days_of_before(doc: DocText) -> list[tuple[dt.date, int]]:
    """What ``first_days_of`` answered before this round: every token of every sentence read."""
    lang = doc.lang
    words = lang.raw["grammar"]["dates"]
    days = set(words.get("span_units", {}).get("day", ()))
    seasons: dict[str, int] = words.get("seasons", {})
    found: list[tuple[dt.date, int]] = []
    for sent in doc.sentences:
        toks = sent.tokens
        for i in range(len(toks) - 3):
            if not any(lang.ordinals.get(w) == 1 for w in toks[i].lemmas) or not days.intersection(toks[i + 1].lemmas):
                continue
            span = toks[i + 2]
            month = next((lang.months[w] for w in span.lemmas if w in lang.months), None) \
                or next((seasons[w] for w in span.lemmas if w in seasons), None)
            year = toks[i + 3].low
            if month is not None and len(year) == 4 and year.isdigit() and year.startswith("20"):
                found.append((dt.date(int(year), month, 1), span.start))
    return found


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_years_summed_and_first_days_are_those_every_token_read_finds(lang: str) -> None:
    texts = _UNDATED[lang]
    summed = firsts = 0
    for text in [*texts, " ".join(texts), "\n\n".join(reversed(texts))]:
        doc = DocText(text, language_data(lang), load_profile(None), None)
        for latest in (None, dt.date(2023, 6, 1), dt.date(2024, 3, 1), dt.date(2025, 1, 1)):
            expected = _year_summed_before(doc, latest)
            assert year_summed(doc, latest) == expected, (text, latest)
            summed += expected is not None
        assert first_days_of(doc) == _first_days_of_before(doc), text
        firsts += bool(first_days_of(doc))
    assert summed and firsts  # (the texts hold both: the comparison is not of empty answers)
