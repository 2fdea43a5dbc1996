"""War-time expressions: durations counted from the war's start ("more than 200 days at war", "day 765 of the
war", "its fourth year"), resolved to dates.

Split from ``dates`` because reading them is a stage of its own (:func:`find_war_time`, asked by the
publication-date inference in ``dates`` and by the tests), with its own helpers.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..languages.grammar import PatternGrammar
from .calendar_dates import make_date
from .date_mentions import add_months, cardinal, find_all, match_before
from .date_rules import DateRules
from .required_words import lower_once

__all__ = ["WarTimeMention", "find_war_time"]


@dataclass(frozen=True, slots=True)
class WarTimeMention:
    """A duration counted from the war's start ("more than 200 days at war"), resolved to dates.

    ``date`` is the best single estimate; ``low``/``high`` bound it (equal for a day count).
    """

    start: int
    end: int
    text: str
    date: dt.date
    low: dt.date
    high: dt.date


_SENTENCE_END = re.compile(r"[.!?\n]")


def war_offset(war_start: dt.date, count: float, unit: str) -> dt.date:
    """``war_start`` plus ``count`` units; fractional months and years go in whole days."""
    if unit == "day":
        return war_start + dt.timedelta(days=round(count))
    if unit == "week":
        return war_start + dt.timedelta(days=round(7 * count))
    months = count * (12 if unit == "year" else 1)
    whole = int(months // 1)
    return add_months(war_start, whole) + dt.timedelta(days=round((months - whole) * 30))


def _qualified(r: DateRules, count: int, qualifier: str | None, unit: str) -> float:
    """A duration corrected for its qualifier: "less than six months" ~ 5.5 months."""
    if not qualifier or unit in ("day", "week"):
        return float(count)
    quarters = r.vocabulary["duration_qualifiers"].get(" ".join(qualifier.lower().split()), 0)
    return count + quarters / 4


def _sentence(text: str, start: int, end: int) -> str:
    reach = max(0, start - 400)
    left = max((m.end() for m in _SENTENCE_END.finditer(text, reach, start)), default=reach)
    right_match = _SENTENCE_END.search(text, end)
    return text[left : right_match.start() if right_match else min(len(text), end + 400)]


def find_war_time(text: str, *, war_start: dt.date, grammar: PatternGrammar) -> list[WarTimeMention]:
    """Expressions that count time from the war's start: "more than 200 days at war" ->
    war_start + 200 days, "day 765 of the war" -> + 764, "Fifteen months into the war" -> + 15
    months, "its fourth year" -> war_start + 3 years .. + 4 years, "invaded ... last week" -> + 7."""
    r = grammar.rules(DateRules)
    lowered = lower_once(text)
    if len(lowered) != len(text):  # lower() moved the offsets (a rare letter): read the text as is
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found: list[WarTimeMention] = []

    def add(
        start: int, end: int, date: dt.date, low: dt.date | None = None, high: dt.date | None = None
    ) -> None:
        if date >= war_start and not r.not_the_war.search(lowered, start, end):
            found.append(WarTimeMention(start, end, text[start:end], date, low or date, high or date))

    def in_war_sentence(start: int, end: int) -> bool:
        sentence = _sentence(lowered, start, end)
        return bool(r.war_context.search(sentence)) and not r.not_the_war.search(sentence)

    for position in find_all(lowered, r.war_time_keywords):
        if position and lowered[position - 1].isalpha():
            continue  # "today", "Monday"
        if match := r.war_duration.match(lowered, position):
            # ("two and a half years into the war", "a year and a half into the invasion")
            count_match = match_before(r.half_count_before, lowered, position) \
                or match_before(r.count_before, lowered, position)
            count = cardinal(r.date_mentions, count_match["n"]) if count_match else None
            if count_match is not None and count is not None:
                unit = r.unit_key[match["unit"]]
                half = 0.5 if match["half"] or count_match.re is r.half_count_before else 0.0
                date = war_offset(war_start, _qualified(r, count, count_match["qual"], unit) + half, unit)
                add(count_match.start(), match.end(), date)
                continue
        if match := r.war_day_number.match(lowered, position):
            add(position, match.end(), war_start + dt.timedelta(days=int(match["n"].replace(",", "")) - 1))
            continue
        if (match := r.war_day_ordinal.match(lowered, position)) and (
            number := match_before(r.ordinal_number_before, lowered, position)
        ):
            add(
                number.start(),
                match.end(),
                war_start + dt.timedelta(days=int(number["n"].replace(",", "")) - 1),
            )
            continue
        if (days := r.for_days.match(lowered, position)) and (
            count_match := match_before(r.for_before, lowered, position)
        ):
            count = cardinal(r.date_mentions, count_match["n"])
            end = days.end()
            if count is not None and count >= 30 and in_war_sentence(count_match.start(), end):
                add(count_match.start(), end, war_start + dt.timedelta(days=count))
            continue
        if lowered[position - 1 : position] == "-" and (match := r.war_age.match(lowered, position)):
            count_match = match_before(r.count_before, lowered, position - 1)
            count = cardinal(r.date_mentions, count_match["n"]) if count_match else None
            if count_match is not None and count is not None:
                add(count_match.start(), match.end(), war_offset(war_start, count, r.unit_key[match["unit"]]))
            continue
        if (match := r.span_end.match(lowered, position)) and (
            count_match := match_before(r.in_the_before, lowered, position)
        ):
            count = cardinal(r.date_mentions, count_match["n"])
            if count is not None and in_war_sentence(count_match.start(), match.end()):
                unit = r.unit_key[match["unit"]]
                add(
                    count_match.start(),
                    match.end(),
                    war_offset(war_start, _qualified(r, count, count_match["qual"], unit), unit),
                )
            continue
        if (
            (match := r.year_of_war.match(lowered, position))
            and match["unit"] == "day"
            and (number := match_before(r.own_day_number_before, lowered, position))
            and in_war_sentence(number.start(), match.end())
        ):
            # "as the war reached its 500th day"
            add(number.start(), match.end(), war_start + dt.timedelta(days=int(number["n"].replace(",", "")) - 1))
            continue
        if (
            (match := r.year_of_war.match(lowered, position))
            and (ordinal := match_before(r.ordinal_before, lowered, position))
            and in_war_sentence(ordinal.start(), match.end())
        ):
            nth, unit = r.ordinals[ordinal["ord"]], r.unit_key[match["unit"]]
            low = war_offset(war_start, nth - 1, unit)
            high = war_offset(war_start, nth, unit) - dt.timedelta(days=1)
            if unit != "year":
                # "its ninth week", "its fourth month": any day of it; the middle is the least wrong. Only
                # "its": "the second day" is as often a day of a battle or of talks.
                if ordinal.group().startswith(r.war_possessives):
                    add(ordinal.start(), match.end(), low + (high - low) // 2, low, high)
                continue
            # "enters its fourth year next month": said in the month before the anniversary (its last day).
            add(
                ordinal.start(),
                match.end(),
                low.replace(day=1) - dt.timedelta(days=1) if match["next"] else low,
                low,
                high,
            )
    for position in find_all(lowered, r.anniversary_keywords):
        if ((match := r.anniversary.match(lowered, position)) and (
            ordinal := match_before(r.anniversary_before, lowered, position)
        )) or (ordinal := match_before(r.own_anniversary_before, lowered, position)):  # ("the war's second ...")
            end = match.end() if match else position + len(r.anniversary_keywords[0])
            day = add_months(war_start, 12 * r.ordinals[ordinal["ord"]])
            # ("on the eve of the third anniversary of the invasion": the day before)
            eve = r.eve_before.search(lowered, max(0, ordinal.start() - 20), ordinal.start()) is not None
            add(ordinal.start(), end, day - dt.timedelta(days=1) if eve else day)
        elif match and (told := _anniversary_year(r, lowered, position, match.end(), war_start)) is not None:
            year, start = told
            eve = r.eve_before.search(lowered, max(0, start - 20), start) is not None  # ("the eve of the ...")
            add(start, match.end(), year - dt.timedelta(days=1) if eve else year)
    seen_end = -1
    for position in find_all(lowered, r.war_ago_keywords):
        if position < seen_end:
            continue
        for match in r.war_ago.finditer(lowered, max(0, position - 130), position + 12):
            if match.end() <= position or match.start() < seen_end or r.not_the_war.search(match["gap"]):
                continue
            if match["last"]:
                count, unit, qualifier = 1, r.unit_key[match["last"]], None
            else:
                count, unit, qualifier = cardinal(r.date_mentions, match["n"]), r.unit_key[match["unit"]], match["qual"]
            if count is not None:
                add(
                    match.start(),
                    match.end(),
                    war_offset(war_start, _qualified(r, count, qualifier, unit), unit),
                )
                seen_end = match.end()
                break
    found.sort(key=lambda w: w.start)
    return found


def _anniversary_year(r: DateRules, lowered: str, at: int, end: int, war_start: dt.date
                      ) -> tuple[dt.date, int] | None:
    """The war's anniversary in the year told right after the war noun ending at ``end`` or right before "anniversary"
    at ``at`` ("the anniversary of the invasion in 2024", "the 2024 anniversary of the invasion": 24 February 2024),
    a year after the war's, with where its words start; else None."""
    before = r.anniversary_year_before.search(lowered, max(0, at - 8), at)
    told = r.anniversary_year_after.match(lowered, end) or before
    year = int(told["year"]) if told else 0
    day = make_date(year, war_start.month, war_start.day) if year > war_start.year else None
    return (day, before.start() if before else at) if day is not None else None
