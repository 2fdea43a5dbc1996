"""Dating an undated text by the war's named event it reports (``extract.war_events``, the profile's
``war_events.toml``).

Every sentence here is written for the tests (none is taken from the shared sets)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import tomllib
from importlib import resources

import pytest

from lossledger import extract_claims
from lossledger.errors import LossledgerError
from lossledger.explain import explain_claim
from lossledger.extract.document import Reader
from lossledger.extract.document_facts import event_lead
from lossledger.extract.slavic import language_data
from lossledger.extract.slavic.event_dates import event_lead as slavic_event_lead
from lossledger.extract.slavic.mentions import DocText
from lossledger.extract.war_events import WarEvent, Word, _find, event_day, name_event, read_calendar
from lossledger.languages.grammar import grammar_for
from lossledger.languages.morphology import tokenize
from lossledger.profiles import load_profile

CALENDAR_TEXT = resources.files("lossledger.profiles").joinpath("russia-ukraine", "war_events.toml").read_text("utf-8")
CALENDAR_DATA = tomllib.loads(CALENDAR_TEXT)

KREMENCHUK_MALL = dt.date(2022, 6, 27)  # a Monday
KRAMATORSK_STATION = dt.date(2022, 4, 8)
KRAMATORSK_RESTAURANT = dt.date(2023, 6, 27)
UMAN_APARTMENT_BLOCK = dt.date(2023, 4, 28)


def lead_of(text: str, language: str) -> tuple[list[list[Word]], int]:
    """The text's first paragraphs as the language's reader cuts them (the extractor's lead)."""
    profile = load_profile(None)
    if language == "en":
        words, end = event_lead(Reader(text, None, profile, grammar=grammar_for("en")))
        return list(words), end
    tokens, end = slavic_event_lead(DocText(text, language_data(language, profile.name), profile, None))
    return list(tokens), end


def dates_of(text: str, language: str) -> set[dt.date | None]:
    claims = extract_claims(text, language=language)
    assert claims, "the text must hold a claim to be dated"
    return {c.as_of for c in claims}


def bases_of(text: str, language: str) -> set[str]:
    return {c.as_of_basis for c in extract_claims(text, language=language)}


# -- a named event dates the text ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "language", "day"), [
    # the target told in other words ("mall", "shopping centre", "ТЦ"), the place in another case form
    ("Rescuers searched the ruins of the Kremenchuk mall hit by a Russian missile. The toll rose to 20 dead, "
     "the regional governor said.", "en", KREMENCHUK_MALL),
    ("A Russian missile slammed into the railway station in Kramatorsk where families waited for trains west. "
     "At least 50 people were killed, officials said.", "en", KRAMATORSK_STATION),
    # another event at the same place, told apart by its target
    ("Russian missiles struck a busy pizza restaurant in Kramatorsk. Police said 10 people were killed.", "en",
     KRAMATORSK_RESTAURANT),
    ("Кількість загиблих унаслідок ракетного удару по торговому центру в Кременчуці зросла до 20 осіб, "
     "повідомив голова ОВА.", "uk", KREMENCHUK_MALL),
    ("Російська ракета влучила в залізничний вокзал Краматорська, де люди чекали на евакуацію. Загинули 50 людей, "
     "повідомила поліція.", "uk", KRAMATORSK_STATION),
    ("Число погибших в результате ракетного удара по торговому центру в Кременчуге выросло до 20, "
     "сообщили спасатели.", "ru", KREMENCHUK_MALL),
    ("Ракета попала в здание железнодорожного вокзала Краматорска. Погибли 50 человек, сообщили власти.", "ru",
     KRAMATORSK_STATION),
    ("Storm Shadow missiles hit the headquarters building of the Black Sea Fleet in Sevastopol, killing 9 officers, "
     "Kyiv said.", "en", dt.date(2023, 9, 22)),
    # a battle's start is the crossing itself
    ("Ukrainian troops crossed the border into Russia's Kursk region, and 5 civilians were killed, the acting "
     "governor said.", "en", dt.date(2024, 8, 6)),
    ("Українські військові перетнули кордон Курської області; загинули 5 окупантів, повідомили в Генштабі.", "uk",
     dt.date(2024, 8, 6)),
    # a city struck many times: the target told in the same sentence is this strike
    ("A cruise missile tore through a nine-storey apartment block in Uman, and the toll rose to 23, the governor "
     "said.", "en", UMAN_APARTMENT_BLOCK),
    ("Ракета влучила в багатоповерховий житловий будинок в Умані; кількість загиблих зросла до 23, повідомили в "
     "ОВА.", "uk", UMAN_APARTMENT_BLOCK),
    ("Ракета попала в многоэтажный жилой дом в Умани, погибли 23 человека, сообщили спасатели.", "ru",
     UMAN_APARTMENT_BLOCK),
])
def test_the_event_the_text_reports_dates_it(text: str, language: str, day: dt.date) -> None:
    assert dates_of(text, language) == {day}
    assert "inferred" in bases_of(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("A Russian missile hit the Kremenchuk shopping centre. Officials said on Wednesday that 20 people were killed.",
     "en"),
    ("У середу голова ОВА повідомив, що кількість загиблих унаслідок ракетного удару по торговому центру в "
     "Кременчуці зросла до 20.", "uk"),
    ("В среду власти сообщили, что число погибших при ракетном ударе по торговому центру в Кременчуге выросло "
     "до 20.", "ru"),
])
def test_a_weekday_after_the_event_is_the_day_reported_on(text: str, language: str) -> None:
    assert dates_of(text, language) == {KREMENCHUK_MALL + dt.timedelta(days=2)}


# -- texts that stay undated, or keep their own date -----------------------------------------------------------


@pytest.mark.parametrize(("text", "language"), [
    # the event's city in another story, with no strike word
    ("The Kremenchuk city council said 12 soldiers from the city were killed in the war.", "en"),
    ("У Кременчуці під час повені загинули 3 людини, повідомили рятувальники.", "uk"),
    ("В Кременчуге во время наводнения погибли 3 человека, сообщили спасатели.", "ru"),
    # two events named
    ("The missile strike on the Kramatorsk railway station and the one on the Kremenchuk shopping mall killed "
     "80 people between them, officials said.", "en"),
    ("Унаслідок ракетних ударів по вокзалу Краматорська і по торговому центру в Кременчуці загинули 80 людей, "
     "повідомили в ОВА.", "uk"),
    ("Ракетные удары по вокзалу Краматорска и по торговому центру в Кременчуге унесли жизни 80 человек, "
     "сообщили власти.", "ru"),
    # the target's word describing the place, not what was hit
    ("The frigate was moored at Sevastopol, headquarters of the Black Sea Fleet, when missiles hit it; 2 sailors "
     "were killed, officials said.", "en"),
    ("Kramatorsk, a railway hub of the region, was hit by missiles overnight; 2 civilians were killed, police said.",
     "en"),
    # the battle's place, with drones launched at it: no crossing
    ("Ukraine launched 40 drones at the Kursk region overnight, killing 2 civilians, the governor said.", "en"),
    # a later strike on a city of the calendar: a bare "strike on <city>", or another target, or the dead named
    # (children, a school) names no event of that city
    ("Russian drones struck Uman overnight, killing 2 people, the regional governor said.", "en"),
    ("A drone hit a power substation in Uman, and 2 people were killed, the governor said.", "en"),
    ("Уночі російські дрони атакували Умань, загинули 2 людини, повідомив голова ОВА.", "uk"),
    ("Ракета влучила в підстанцію в Умані, загинув 1 працівник, повідомили в ОВА.", "uk"),
    ("A missile strike on Kryvyi Rih killed 3 children and wounded 12, the head of the city's defence council "
     "said.", "en"),
    ("Унаслідок ракетного удару по Кривому Рогу загинули 3 дітей, повідомив голова міської ради оборони.", "uk"),
    ("A drone strike on Ternopil damaged an energy facility and a building nearby; 1 person was killed, the mayor "
     "said.", "en"),
    ("Внаслідок атаки дронів на Тернопіль пошкоджено будинок, загинула 1 людина, повідомив міський голова.", "uk"),
    ("A shell hit a school in Makiivka, killing 2 people, the local authorities said.", "en"),
    ("Снаряд попал в школу в Макеевке, погибли 2 человека, сообщили местные власти.", "ru"),
    ("A drone struck a filling station in Kramatorsk, and 2 people were killed, police said.", "en"),
    ("Дрон влучив у заправну станцію в Краматорську, загинули 2 людини, повідомила поліція.", "uk"),
    ("Ракета влучила в колонію в Запоріжжі, загинули 2 людини, повідомили в ОВА.", "uk"),
    ("Minsk condemned the missile strike on Sevastopol, in which 3 people were killed, officials said.", "en"),
    # looking back on the event
    ("Since the missile strike on the Kremenchuk mall, 20 people have died of their wounds, doctors said.", "en"),
    # (the sentence as the language's reader cuts it: an abbreviation ends none, so the words looking back before it
    # are the event's sentence's)
    ("Since Mr. Smith took office, the toll of the missile strike on the Kremenchuk mall has risen to 20, officials "
     "said.", "en"),
    ("З початку роботи лікарні ім. Шевченка кількість загиблих унаслідок ракетного удару по торговому центру в "
     "Кременчуці зросла до 20, повідомили в ОВА.", "uk"),
])
def test_a_text_that_names_no_one_event_stays_undated(text: str, language: str) -> None:
    assert dates_of(text, language) == {None}


@pytest.mark.parametrize(("text", "language", "day"), [
    ("On 5 May 2023, officials said the missile strike on the Kramatorsk railway station had killed 61 people.",
     "en", dt.date(2023, 5, 5)),
    ("5 травня 2023 року в ОВА повідомили, що внаслідок ракетного удару по вокзалу Краматорська загинула 61 людина.",
     "uk", dt.date(2023, 5, 5)),
    ("5 мая 2023 года власти сообщили, что ракетный удар по вокзалу Краматорска унес жизни 61 человека.",
     "ru", dt.date(2023, 5, 5)),
])
def test_a_text_dated_by_its_own_words_keeps_that_date(text: str, language: str, day: dt.date) -> None:
    assert dates_of(text, language) == {day}


def test_the_event_day_stands_when_the_weekday_is_its_own_or_far() -> None:
    event = WarEvent("x", KREMENCHUK_MALL, "strike", "test", {}, {})
    assert event_day(event, [0])[0] == KREMENCHUK_MALL  # Monday: the event's own weekday
    assert event_day(event, [5])[0] == KREMENCHUK_MALL  # Saturday: five days later, another day's news
    assert event_day(event, [3]) == (KREMENCHUK_MALL + dt.timedelta(days=3), "event:x+weekday:3")


# -- the calendar ------------------------------------------------------------------------------------------------


def test_every_event_is_dated_within_the_war_and_named_in_three_languages() -> None:
    calendar = read_calendar(CALENDAR_DATA, "war_events.toml")
    assert len(calendar.events) >= 60
    assert len({e.id for e in calendar.events}) == len(calendar.events)
    for event in calendar.events:
        assert dt.date(2022, 2, 24) <= event.day <= dt.date(2025, 12, 31), event.id
        assert len(event.source) > 10, event.id
        assert event.kind in calendar.kind_words, event.id
        for code in ("en", "uk", "ru"):
            assert event.place.get(code), (event.id, code)
            assert calendar.kind_words[event.kind].get(code), (event.kind, code)
            if event.target:
                assert event.target.get(code), (event.id, code)


def test_an_event_without_a_target_has_a_place_of_its_own_or_a_kind_that_names_the_act() -> None:
    calendar = read_calendar(CALENDAR_DATA, "war_events.toml")
    rows = {row["id"]: row for row in CALENDAR_DATA["event"]}
    for event in calendar.events:
        if not event.target:
            assert rows[event.id].get("place_is_unique") or event.kind in CALENDAR_DATA["specific_kinds"], event.id
    uman = dict(rows["uman_apartment_block"])
    del uman["target"]
    with pytest.raises(LossledgerError, match="needs a target"):
        read_calendar({**CALENDAR_DATA, "event": [uman]}, "war_events.toml")


def test_no_two_events_share_place_and_kind_on_one_day() -> None:
    calendar = read_calendar(CALENDAR_DATA, "war_events.toml")
    for a, b in itertools.combinations(calendar.events, 2):
        if a.day == b.day and a.kind == b.kind:
            for code in ("en", "uk", "ru"):
                assert not set(a.place[code]) & set(b.place[code]), (a.id, b.id)


@pytest.mark.parametrize(("text", "language"), [
    ("Число погибших в результате ракетного удара по торговому центру в Кременчуге выросло до 20, "
     "сообщили спасатели.", "ru"),
    ("Кількість загиблих унаслідок ракетного удару по торговому центру в Кременчуці зросла до 20, повідомили в ОВА.",
     "uk"),
    ("Mr. Smith said the toll of the missile strike on the Kremenchuk shopping mall rose to 20.", "en"),
])
def test_the_explanation_names_the_event_that_dated_the_text(text: str, language: str) -> None:
    claim = extract_claims(text, language=language)[0]
    as_of = next(e for e in explain_claim(claim, text, language=language).evidence if e.field == "as_of")
    assert "event:kremenchuk_mall" in as_of.how


def test_the_place_expression_finds_what_reading_every_event_finds() -> None:
    # (the fast path: a sentence the calendar's place expression finds nothing in is not read event by event)
    calendar = read_calendar(CALENDAR_DATA, "war_events.toml")
    every_event = dataclasses.replace(calendar, place_starts={})
    tests = (test_the_event_the_text_reports_dates_it, test_a_weekday_after_the_event_is_the_day_reported_on,
             test_a_text_that_names_no_one_event_stays_undated, test_a_text_dated_by_its_own_words_keeps_that_date)
    texts = [(params[0], params[1]) for test in tests for params in test.pytestmark[0].args[1]]  # type: ignore[attr-defined]
    assert len(texts) > 30
    named = 0
    for text, language in texts:
        fast = name_event(*lead_of(text, language), text, language, calendar)
        assert fast == name_event(*lead_of(text, language), text, language, every_event), text
        named += fast is not None
    assert named >= 15


def _find_word_by_word(phrases: tuple[tuple[str, ...], ...], words: list[tuple[str, str]], capital: bool) -> bool:
    def matches(stem: str, word: str) -> bool:
        return word == stem[:-5] if stem.endswith("_end_") else word.startswith(stem)

    return any((not capital or words[i][0][:1].isupper())
               and all(matches(phrase[k], words[i + k][1]) for k in range(len(phrase)))
               for phrase in phrases for i in range(len(words) - len(phrase) + 1))


def test_the_calendar_phrases_read_in_one_pass_find_what_reading_each_phrase_finds() -> None:
    # (the fast path: the phrases of one word tested by ``str.startswith`` on a tuple of stems and a set of whole
    # words, in one pass over the words; the longer phrases word by word)
    calendar = read_calendar(CALENDAR_DATA, "war_events.toml")
    tests = (test_the_event_the_text_reports_dates_it, test_a_text_that_names_no_one_event_stays_undated)
    texts = [(params[0], params[1]) for test in tests for params in test.pytestmark[0].args[1]]  # type: ignore[attr-defined]
    found = 0
    for text, language in texts:
        for words in lead_of(text, language)[0]:
            pairs = [(w.text, w.low) for w in words]
            lists = [*(kind[language] for kind in calendar.kind_words.values()), calendar.looking_back[language],
                     *(e.place[language] for e in calendar.events), *(e.target[language] for e in calendar.events
                                                                       if e.target)]
            for phrases in lists:
                for capital in (False, True):
                    fast = _find(phrases, words, capital=capital)
                    assert fast == _find_word_by_word(phrases, pairs, capital), (text, phrases)
                    found += fast
    assert found > 100


def test_a_calendar_word_written_with_yo_or_a_curly_apostrophe_reads_the_readers_words() -> None:
    # (the Slavic reader's words are compared with "е" for "ё" and one apostrophe: so are the calendar's)
    events = [{**row, "target": {**row["target"], "uk": ["об’єкт"]}} if row["id"] == "kramatorsk_station" else row
              for row in CALENDAR_DATA["event"]]
    kinds = {**CALENDAR_DATA["kinds"], "strike": {**CALENDAR_DATA["kinds"]["strike"], "ru": ["прилёт"]}}
    calendar = read_calendar({**CALENDAR_DATA, "kinds": kinds, "event": events}, "war_events.toml")
    for text, language in (("Прилёт по вокзалу Краматорска: погибли 50 человек.", "ru"),
                           ("Прилет по вокзалу Краматорска: погибли 50 человек.", "ru"),
                           ("Ракета влучила в об'єкт у Краматорську: загинули 50 людей.", "uk"),
                           ("Ракета влучила в обʼєкт у Краматорську: загинули 50 людей.", "uk")):
        named = name_event([tokenize(text, language)], len(text), text, language, calendar)
        assert named is not None and named.event.day == KRAMATORSK_STATION, text
