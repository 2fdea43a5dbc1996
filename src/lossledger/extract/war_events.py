"""The day of a named event a text reports, for a text that nothing else dates.

An analyst dates "the missile strike on Kremenchuk's shopping centre" without a dateline: the event has one day.
The profile's calendar of the war's named events (``<profile>/war_events.toml``: each event's day, kind, place
words and target words in each language) is read here. A text names an event when one sentence of its first
paragraphs holds a word of the event's place, a word of its kind ("strike", "удар") and, where the event has
targets, a word of one ("station", "вокзал"), and does not look back on it ("since", "a year ago", a later year).
Two events named date nothing. Each language's reader asks ``date_by_event`` only where its own dating found no
date, so no dated or already estimated text changes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from ..errors import LossledgerError
from ..languages.morphology import normal_word
from ..profiles import Profile

__all__ = ["EventCalendar", "NamedEvent", "WarEvent", "Word", "calendar_for", "date_by_event",
           "event_behind", "event_day", "events_placed_in", "name_event", "named_as_past", "named_events", "phrase_in",
           "read_calendar", "text_words", "weekdays_named", "yearless_after_event"]

#: The calendar's file name, beside a profile's language files (``profiles/<name>/``).
CALENDAR_FILE = "war_events.toml"
#: How many paragraphs (a headline is one) a text reports its event in.
LEAD_PARAGRAPHS = 4
#: How many days after the event a weekday the text reports on ("on Tuesday") may fall and date the text instead.
WEEKDAY_REACH = 3
#: How many days after the event a weekday told in the event's own sentence ("the dam was destroyed on Tuesday", "в
#: ніч на п'ятницю ... ракетний удар") may fall: within the week, the weekday's day on or after the event's.
TIED_WEEKDAY_REACH = 6

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

Phrase = tuple[str, ...]  # stems of consecutive words ("кримськ", "міст"); a stem ending "$" is a whole word


@dataclass(frozen=True)
class _Stems:
    """Phrases read in one pass over a sentence's words: a word that opens with one of ``starts`` or is one of
    ``wholes`` (the phrases of one word), then the phrases of several words, word by word."""

    starts: tuple[str, ...]
    wholes: frozenset[str]
    longer: tuple[Phrase, ...]
    # the first stems of the longer phrases, as ``starts`` and ``wholes``: a word that opens none opens no longer phrase
    longer_starts: tuple[str, ...] = ()
    longer_wholes: frozenset[str] = frozenset()

    def opens(self, word: str) -> bool:
        """Whether ``word`` (lower-cased) is, or opens with, a phrase of one word."""
        return word.startswith(self.starts) or word in self.wholes


@lru_cache(maxsize=1024)  # (the calendar's phrase lists: a few hundred)
def _stems(phrases: tuple[Phrase, ...]) -> _Stems:
    one = [phrase[0] for phrase in phrases if len(phrase) == 1]
    firsts = sorted({phrase[0] for phrase in phrases if len(phrase) > 1})
    return _Stems(tuple(s for s in one if not s.endswith("_end_")),
                  frozenset(s[:-5] for s in one if s.endswith("_end_")),
                  tuple(phrase for phrase in phrases if len(phrase) > 1),
                  tuple(s for s in firsts if not s.endswith("_end_")),
                  frozenset(s[:-5] for s in firsts if s.endswith("_end_")))


#: {id of a calendar's phrase list: (the list, its stems)}: ``_find``'s look-up by the list's identity (``_stems``'
#: cache hashes the whole tuple of phrases at every ask); the list kept, so its id stays its own
_STEMS_BY_ID: dict[int, tuple[tuple[Phrase, ...], _Stems]] = {}


@dataclass(frozen=True)
class WarEvent:
    """One event of the calendar (its ``source`` says what it is known as)."""

    id: str
    day: dt.date
    kind: str
    source: str
    place: dict[str, tuple[Phrase, ...]]
    target: dict[str, tuple[Phrase, ...]]
    # only a sentence that ties it to the text's own time names it ("today", "on Tuesday": ``Tie``): an event named
    # long after it as well (an annual meeting, a region's retaking), or one that recurs under the same words
    tied: bool = False
    # another event of its kind has its place words (an annual meeting): a year written beside it picks this one
    recurs: bool = False


class Tie(NamedTuple):
    """What ties the sentence naming an event to the text's own time: how many days after the event the text is
    (``offset``: "today" 0, "yesterday" 1; None where the words do not say or disagree), and the weekdays the sentence
    names (Monday = 0, in text order)."""

    offset: int | None
    weekdays: tuple[int, ...]

    def __bool__(self) -> bool:
        return self.offset is not None or bool(self.weekdays)


NO_TIE = Tie(None, ())


@dataclass(frozen=True)
class EventCalendar:
    events: tuple[WarEvent, ...]
    kind_words: dict[str, dict[str, tuple[Phrase, ...]]]  # kind -> language -> phrases
    looking_back: dict[str, tuple[Phrase, ...]]
    # language -> every event's first place stem: a sentence with no word written with a capital that opens with one
    # names no event, and the words that do pick the events worth reading (most sentences name no place)
    place_starts: dict[str, _Stems] = field(default_factory=dict, compare=False)
    # language -> first place stem -> the events whose place phrases open with it
    by_place_start: dict[str, dict[str, tuple[WarEvent, ...]]] = field(default_factory=dict, compare=False)
    # language -> days from the event to the text -> the words that tie a sentence to the text's time ("yesterday")
    ties: dict[str, dict[int, tuple[Phrase, ...]]] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class NamedEvent:
    """The event a text names, where the part of the text read for it ends, and what ties the sentence naming it
    to the text's own time (``NO_TIE`` where nothing does)."""

    event: WarEvent
    lead_end: int
    tie: Tie = NO_TIE


def _phrases(words: Any, where: str) -> tuple[Phrase, ...]:
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise LossledgerError(f"{where}: expected a list of words")
    # (in the form the readers' words are compared in: "прилёт" as "прилет", "в’язниця" as "в'язниця")
    return tuple(tuple(_WORD.findall(normal_word(w).replace("$", "_end_"))) for w in words)


def _by_language(table: Any, where: str) -> dict[str, tuple[Phrase, ...]]:
    if not isinstance(table, dict):
        raise LossledgerError(f"{where}: expected a table of languages")
    return {code: _phrases(words, f"{where}.{code}") for code, words in table.items()}


def read_calendar(data: dict[str, Any], where: str) -> EventCalendar:
    """The calendar of a parsed ``war_events.toml`` (``where`` names it in errors)."""
    kinds = {kind: _by_language(table, f"{where}: kinds.{kind}") for kind, table in data.get("kinds", {}).items()}
    specific_kinds = set(data.get("specific_kinds", []))
    events = []
    for row in data.get("event", []):
        at = f"{where}: event {row.get('id')!r}"
        day = row.get("date")
        if not isinstance(day, dt.date) or row.get("kind") not in kinds or not row.get("source"):
            raise LossledgerError(f"{at}: needs a date, a kind of [kinds] and a source")
        event = WarEvent(str(row["id"]), day, str(row["kind"]), str(row["source"]),
                         _by_language(row.get("place"), f"{at}.place"),
                         _by_language(row.get("target", {}), f"{at}.target"), row.get("tied") is True)
        # A place struck more than once names no event by itself ("a strike on Uman"): what was hit must be told,
        # unless the place word is one thing (a ship, a named building) or the kind's words name the act itself.
        if not event.target and row.get("place_is_unique") is not True and event.kind not in specific_kinds:
            raise LossledgerError(f"{at}: needs a target (or place_is_unique = true, or a kind of specific_kinds)")
        events.append(event)
    for i, event in enumerate(events):
        if any(other.kind == event.kind and other.place == event.place for other in events if other is not event):
            events[i] = dataclasses.replace(event, recurs=True)
    by_place_start: dict[str, dict[str, list[WarEvent]]] = {}
    for event in events:
        for code, phrases in event.place.items():
            for stem in {phrase[0] for phrase in phrases}:
                by_place_start.setdefault(code, {}).setdefault(stem, []).append(event)
    place_starts = {code: _stems(tuple((stem,) for stem in sorted(stems))) for code, stems in by_place_start.items()}
    ties: dict[str, dict[int, tuple[Phrase, ...]]] = {}
    for code, table in data.get("ties", {}).items():
        if not isinstance(table, dict) or not all(isinstance(v, int) and v >= 0 for v in table.values()):
            raise LossledgerError(f"{where}: ties.{code}: expected words -> days after the event (0 or more)")
        for offset in sorted(set(table.values())):
            ties.setdefault(code, {})[offset] = _phrases([w for w, v in table.items() if v == offset],
                                                         f"{where}: ties.{code}")
    return EventCalendar(tuple(events), kinds, _by_language(data.get("looking_back", {}), f"{where}: looking_back"),
                         place_starts, {code: {stem: tuple(found) for stem, found in stems.items()}
                                        for code, stems in by_place_start.items()}, ties)


def _events_placed(calendar: EventCalendar, code: str, words: set[str]) -> list[WarEvent]:
    """The events one of whose place phrases may open with a word of ``words`` (``_names`` reads the phrase)."""
    by_start = calendar.by_place_start.get(code, {})
    found = {event.id: event for word in words
             for stem in (*(word[:k] for k in range(1, len(word) + 1)), word + "_end_")
             for event in by_start.get(stem, ())}
    return list(found.values())


@lru_cache(maxsize=8)
def _calendar_at(path: str) -> EventCalendar | None:
    file = Path(path)
    if not file.is_file():
        return None  # (a profile with no calendar dates no text by its events)
    return read_calendar(tomllib.loads(file.read_text(encoding="utf-8")), path)


def calendar_for(profile: Profile) -> EventCalendar | None:
    """The profile's calendar of named events: ``<profile>/war_events.toml`` beside a profile file, or the shipped
    profile's (a language's profile, "... (uk words)", shares its parent's)."""
    return _calendar_of(profile.source, profile.name)


@lru_cache(maxsize=8)
def _calendar_of(profile_source: str, profile_name: str) -> EventCalendar | None:
    # (once per profile: finding a package resource builds paths and interns their parts, every time it is asked)
    source = Path(profile_source.split(" (")[0])
    if source.suffix == ".toml":
        return _calendar_at(str(source.with_suffix("") / CALENDAR_FILE))
    return _calendar_at(str(resources.files("lossledger.profiles").joinpath(profile_name, CALENDAR_FILE)))


class Word(Protocol):
    """A word of a sentence as a language's reader made it (``morphology.Token`` is one)."""

    @property
    def text(self) -> str: ...  # as written

    @property
    def low(self) -> str: ...  # lower-cased, one apostrophe, е for ё (``morphology.normal_word``)


class _TextWord(NamedTuple):
    text: str
    low: str


def text_words(sentence: str) -> list[Word]:
    """The words of a sentence whose reader makes none (English's reads the text, not its words)."""
    return [_TextWord(w, normal_word(w)) for w in _WORD.findall(sentence)]


def _stem_matches(stem: str, word: str) -> bool:
    if stem.endswith("_end_"):
        return word == stem[:-5]
    return word.startswith(stem)


def _find(phrases: tuple[Phrase, ...], words: Sequence[Word], *, capital: bool = False) -> bool:
    """Whether a phrase of ``phrases`` stands in ``words`` (its first word written with a capital, if ``capital``).
    (One pass over the words, each tested in C against the stems that open a phrase; the longer phrases read word by
    word only where a word opens one of them: most words open none.)"""
    known = _STEMS_BY_ID.get(id(phrases))
    if known is None or known[0] is not phrases:
        if len(_STEMS_BY_ID) >= 4096:
            _STEMS_BY_ID.clear()
        known = _STEMS_BY_ID[id(phrases)] = (phrases, _stems(phrases))
    stems = known[1]
    starts, wholes = stems.starts, stems.wholes
    longer, longer_starts, longer_wholes = stems.longer, stems.longer_starts, stems.longer_wholes
    for i, word in enumerate(words):
        low = word.low
        if capital and not word.text[:1].isupper():
            continue
        if low.startswith(starts) or low in wholes:
            return True
        if (low.startswith(longer_starts) or low in longer_wholes) and any(
                i + len(phrase) <= len(words)
                and all(_stem_matches(stem, words[i + k].low) for k, stem in enumerate(phrase)) for phrase in longer):
            return True
    return False


def events_placed_in(calendar: EventCalendar, code: str, words: Sequence[Word]) -> list[WarEvent]:
    """The events one of whose places a word of ``words`` written with a capital may open (the cheap first pass:
    most sentences name no place of the calendar)."""
    place_starts = calendar.place_starts.get(code)
    if place_starts is None:
        return list(calendar.events)
    placed = {w.low for w in words if place_starts.opens(w.low) and w.text[:1].isupper()}
    return _events_placed(calendar, code, placed) if placed else []


def phrase_in(phrases: tuple[Phrase, ...], words: Sequence[Word], *, capital: bool = False) -> bool:
    """Whether one of ``phrases`` is among ``words`` (its first word written with a capital, where ``capital``)."""
    return _find(phrases, words, capital=capital)


def _names(calendar: EventCalendar, event: WarEvent, code: str, words: Sequence[Word]) -> bool:
    place = event.place.get(code, ())
    kind = calendar.kind_words[event.kind].get(code, ())
    target = event.target.get(code, ())
    return (_find(place, words, capital=True) and _find(kind, words)
            and (not event.target or _find(target, words)))


def _tie(calendar: EventCalendar, code: str, words: Sequence[Word], weekdays: Sequence[int]) -> Tie:
    """What ties a sentence (its ``words``, and the ``weekdays`` it names) to the text's own time."""
    offsets = {offset for offset, phrases in calendar.ties.get(code, {}).items() if _find(phrases, words)}
    return Tie(offsets.pop() if len(offsets) == 1 else None, tuple(weekdays))


def name_event(lead: Sequence[Sequence[Word]], lead_end: int, text: str, code: str, calendar: EventCalendar, *,
               spans: Sequence[tuple[int, int]] = (),
               weekdays_between: Callable[[int, int], Sequence[int]] | None = None) -> NamedEvent | None:
    """The one event of ``calendar`` that a sentence of the text's first paragraphs (``lead``: the words of each
    sentence, as the language's reader cut them; ending at ``lead_end``) names in language ``code``, or None (none,
    or two different ones). A sentence that looks back ("since the strike on ...") or writes a year ("the 2023
    mutiny") names none, and a text that names a later year than the event's is not its report. A ``tied`` event
    is named only by a sentence that ties it to the text's own time ("today", "on Tuesday": the sentence's
    ``spans`` and the weekdays ``weekdays_between`` them); of several events named, the one a weekday told with
    it falls on (or within the week after), or else the one whose year the text writes, is the one."""
    named = named_events(lead, text, code, calendar, spans=spans, weekdays_between=weekdays_between)
    if len(named) > 1:
        named = _one_of(named, text, lead_end)
    if len(named) != 1:
        return None
    event, tie = next(iter(named.values()))
    if any(int(y) > event.day.year for y in _YEAR.findall(text, 0, lead_end)):
        return None  # ("... the 2022 strike on Kremenchuk ... in 2024": a later text looking back)
    return NamedEvent(event, lead_end, tie)


def named_events(lead: Sequence[Sequence[Word]], text: str, code: str, calendar: EventCalendar, *,
                 spans: Sequence[tuple[int, int]] = (),
                 weekdays_between: Callable[[int, int], Sequence[int]] | None = None
                 ) -> dict[str, tuple[WarEvent, Tie]]:
    """Every event of ``calendar`` a sentence of the text's first paragraphs names, not as past, with what ties it to
    the text's time (``name_event`` keeps the one of them that is the text's)."""
    named: dict[str, tuple[WarEvent, Tie]] = {}
    looking_back = calendar.looking_back.get(code, ())
    place_starts = calendar.place_starts.get(code)
    for i, words in enumerate(lead):
        # (a place is written with a capital: ``_names`` reads no other word for it)
        placed = {w.low for w in words if place_starts.opens(w.low) and w.text[:1].isupper()} \
            if place_starts is not None else None
        if placed is not None and not placed:
            continue
        found = [event for event in (calendar.events if placed is None else _events_placed(calendar, code, placed))
                 if event.id not in named and _names(calendar, event, code, words)]
        if not found or _find(looking_back, words):
            continue
        tie = NO_TIE
        if i < len(spans):
            start, end = spans[i]
            years = {int(y) for y in _YEAR.findall(text, start, end)}
            # ("the 2023 mutiny", "in June 2023": told as past; an annual meeting's year picks that year's)
            found = [event for event in found if not years or (event.recurs and event.day.year in years)]
            tie = _tie(calendar, code, words, weekdays_between(start, end) if weekdays_between is not None else ())
        named.update((event.id, (event, tie)) for event in found if tie or not event.tied)
    return named


def _one_of(named: dict[str, tuple[WarEvent, Tie]], text: str, lead_end: int) -> dict[str, tuple[WarEvent, Tie]]:
    """Of several events named, those a weekday told in the naming sentence falls on, if any; of those, the ones
    whose year the text's first paragraphs write, if any (an annual meeting named "on Tuesday ... in 2023"); of
    those, the ones not ``tied``, if any."""
    on_weekday = {key: (event, tie) for key, (event, tie) in named.items() if tie.weekdays
                  and any((w - event.day.weekday()) % 7 == 0 for w in tie.weekdays)}
    kept = on_weekday or named
    years = {int(y) for y in _YEAR.findall(text, 0, lead_end)}
    kept = {key: value for key, value in kept.items() if value[0].day.year in years} or kept
    # ("Prigozhin, who led the mutiny, died in a plane crash today": an event named long after is background beside
    # one that is not)
    return {key: value for key, value in kept.items() if not value[0].tied} or kept


def event_day(event: WarEvent, weekdays: Sequence[int], tie: Tie = NO_TIE) -> tuple[dt.date, str]:
    """The day a text reporting ``event`` reports on, and its evidence: where the sentence naming it ties it to the
    text's time, the day its words say ("yesterday": the day after the event) or the day its weekday falls on, on
    or within the week after the event ("the dam was destroyed on Tuesday"); else the event's day, or the day a
    weekday the text names (Monday = 0, in text order) falls on 1 to 3 days after it ("the strike on Saturday ...
    said on Monday": Monday)."""
    if tie.offset is not None:
        return event.day + dt.timedelta(days=tie.offset), f"event:{event.id}+tie:{tie.offset}"
    for weekday in tie.weekdays:
        later = (weekday - event.day.weekday()) % 7
        if later <= TIED_WEEKDAY_REACH:
            return event.day + dt.timedelta(days=later), f"event:{event.id}+weekday:{later}"
    for weekday in weekdays:
        later = (weekday - event.day.weekday()) % 7
        if later == 0:
            break
        if later <= WEEKDAY_REACH:
            return event.day + dt.timedelta(days=later), f"event:{event.id}+weekday:{later}"
    return event.day, f"event:{event.id}"


def weekdays_named(text: str, start: int, end: int, names: dict[str, int]) -> list[int]:
    """The weekdays (Monday = 0) a text names between ``start`` and ``end`` by the words of ``names`` (a grammar's
    "dates.weekdays": written with a capital), in text order."""
    return [names[w] for w in _WORD.findall(text, start, end) if w in names]


def named_as_past(lead: Sequence[Sequence[Word]], text: str, code: str, calendar: EventCalendar,
                  spans: Sequence[tuple[int, int]]) -> WarEvent | None:
    """The one event of ``calendar`` a sentence of the text's first paragraphs (``lead``, at ``spans``) names as past
    ("since the dam burst", "a year after the mutiny", "the 2023 mutiny"), or None (none, or two)."""
    looking_back = calendar.looking_back.get(code, ())
    place_starts = calendar.place_starts.get(code)
    found: dict[str, WarEvent] = {}
    for i, words in enumerate(lead[:len(spans)]):
        placed = {w.low for w in words if place_starts.opens(w.low) and w.text[:1].isupper()} \
            if place_starts is not None else None
        if placed is not None and not placed:
            continue
        named = [event for event in (calendar.events if placed is None else _events_placed(calendar, code, placed))
                 if _names(calendar, event, code, words)]
        if named and (_find(looking_back, words) or _YEAR.search(text, *spans[i])):
            found.update((event.id, event) for event in named)
    return next(iter(found.values())) if len(found) == 1 else None


def yearless_after_event(lead: Sequence[Sequence[Word]], text: str, code: str, profile: Profile,
                         spans: Sequence[tuple[int, int]], yearless: Callable[[], Sequence[tuple[int, int]]]
                         ) -> tuple[dt.date, str] | None:
    """The latest of a text's dates without a year (``yearless()``: (month, day), asked only where an event is named
    as past), each placed on the first day it
    falls on after the one event the text names as past (``named_as_past``: "Since the dam burst ... On 12 March"),
    with its evidence; None where the text names no such event or has no such date. (An event told as past is a
    lower bound, not the text's day: it only places a yearless date, as a holiday is placed after the time told.)"""
    calendar = calendar_for(profile)
    event = named_as_past(lead, text, code, calendar, spans) if calendar is not None else None
    if event is None:
        return None
    firsts = [first for month, day in yearless() if (first := _first_after(event.day, month, day)) is not None]
    if not firsts:
        return None
    latest = max(firsts)
    return latest, f"after_event:{event.id}"


def _first_after(day: dt.date, month: int, of_month: int) -> dt.date | None:
    """The first (month, day) after ``day``: that year's, else the next year's (None for a day no year has)."""
    for year in (day.year, day.year + 1):
        try:
            found = dt.date(year, month, of_month)
        except ValueError:
            continue
        if found > day:
            return found
    return None


def event_behind(lead_of: Callable[[str], tuple[Sequence[Sequence[Word]], int]], text: str, profile: Profile,
                 day: dt.date, ties_of: Callable[[str], tuple[Sequence[tuple[int, int]],
                                                             Callable[[int, int], Sequence[int]]]] | None = None
                 ) -> WarEvent | None:
    """The named event whose day (or up to ``TIED_WEEKDAY_REACH`` days before it) ``day`` is, when the text names one
    in one of the profile's languages (``lead_of(code)``: its first paragraphs as that language's reader cuts them,
    and where they end; ``ties_of(code)``: where its sentences are and the weekdays between two offsets, for the
    events read only where tied): what an inferred date of the text was read from (``explain``)."""
    calendar = calendar_for(profile)
    for code in profile.languages if calendar is not None else ():
        spans, weekdays_between = ties_of(code) if ties_of is not None else ((), None)
        named = name_event(*lead_of(code), text, code, calendar, spans=spans, weekdays_between=weekdays_between) \
            if calendar is not None else None
        if named is not None and 0 <= (day - named.event.day).days <= max(WEEKDAY_REACH, TIED_WEEKDAY_REACH):
            return named.event
    return None


def date_by_event(lead: Sequence[Sequence[Word]], lead_end: int, text: str, code: str, profile: Profile,
                  weekdays_between: Callable[[int, int], Sequence[int]],
                  spans: Sequence[tuple[int, int]] = ()) -> tuple[dt.date, str] | None:
    """The date of an undated text from the one named event its first paragraphs (``lead``: the words of each
    sentence, as its language's reader cut them, at ``spans`` of the text; ending at ``lead_end``) report
    (``name_event``), with its evidence ("event:kremenchuk_mall"); ``weekdays_between(start, end)`` gives the
    weekdays the text names between ``start`` and ``end`` (each language's reader finds its own)."""
    calendar = calendar_for(profile)
    if calendar is None:
        return None
    named = name_event(lead, lead_end, text, code, calendar, spans=spans, weekdays_between=weekdays_between)
    if named is None:
        return None
    return event_day(named.event, weekdays_between(0, named.lead_end), named.tie)
