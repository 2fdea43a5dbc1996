"""A week told a line a day: a line labelled by a weekday's abbreviation ("Пн — загинули двоє ...", "Вт: ранены
трое ...") names that day, as "у понеділок" does; and under a heading that dates the week ("Підсумки тижня, 1–7
грудня", "Итоги недели: 24–30 ноября") each weekday of the text is the one within that week, not the latest up to
the publication date (a summary of last week is often published on the next week's Monday); a span of weekdays
("з п'ятниці по неділю") is its days, and a weekend ("у вихідні") is dated by its Sunday."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ...languages.morphology import Token
from .dates import DateMention, resolve_date
from .language import WEEKDAY, Language
from .mentions import DocText, Mention
from .sentences import Sentence

#: what follows a weekday's label at the head of a line: a dash or a colon
_LABEL_MARK = re.compile(r"\s*[—–:-]")
#: what stands between the first and the last day of a range of days ("1–7 грудня", "24 - 30 ноября")
_RANGE_MARK = re.compile(r"\s*[—–-]\s*")
#: the longest range a heading dates that is one week
_WEEK_DAYS = 7
#: the weekday labels by language code: the abbreviation as written (its capital, not all capitals: "ВС" is an army)
_LABELS: dict[str, dict[str, int]] = {}


def _labels(lang: Language) -> dict[str, int]:
    found = _LABELS.get(lang.code)
    if found is None:
        labels = lang.raw["grammar"]["dates"].get("weekday_labels", ())
        found = _LABELS[lang.code] = {str(label): day for day, label in enumerate(labels)}
    return found


def _label_of_the_line(doc: DocText, sent: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """``dates`` with the weekday a line opens on as its label ("Пн — ...", "Вт: ...", "Середа — ..."): a mention of
    that day."""
    toks = sent.tokens
    if not toks or toks[0].start != sent.start or (sent.start > 0 and doc.text[sent.start - 1] != "\n"):
        return dates  # (a label heads a line)
    day = _labels(doc.lang).get(toks[0].text)
    if day is None and toks[0].text[:1].isupper():
        day = _weekday(doc.lang, toks[0])  # ("Понеділок — ...", "Вторник: ...": the day's whole name as the label)
    if day is None or not _LABEL_MARK.match(doc.text, toks[0].end) or any(d.first_token == 0 for d in dates):
        return dates
    return [DateMention(toks[0].start, toks[0].end, None, None, day, "plain", "weekday", 0, 0), *dates]


def _week_of_the_heading(doc: DocText) -> dt.date | None:
    """The last day of the week the text's heading (its first sentence) dates by a range of days of at most a
    week ("1–7 грудня", "з 1 по 7 грудня"), read once; None when it dates none."""
    if "heading_week_end" in doc.cache:
        return doc.cache["heading_week_end"]  # type: ignore[no-any-return]
    found = None
    if doc.sentences and doc.published is not None:
        head = doc.sentences[0]
        toks = head.tokens
        days = [d for d in doc.dates.get(id(head), []) if d.kind == "day" and d.day is not None]
        last = days[-1] if days else None
        end = resolve_date(last, doc.published) if last is not None else None
        first_day = None
        if last is not None and end is not None:
            # ("з 1 по 7 грудня"; "28 ноября – 4 декабря": two days joined by a dash, the first a span's start too)
            since = next((d for d in days if d is not last and (d.role == "since" or (
                d.last_token + 1 == last.first_token
                and _RANGE_MARK.fullmatch(doc.text, toks[d.last_token].end, toks[last.first_token].start)))), None)
            if since is not None:
                first_day = resolve_date(dataclasses.replace(since, year=since.year or end.year), doc.published)
            elif last.first_token > 0 and toks[last.first_token - 1].low.isdigit() \
                    and _RANGE_MARK.fullmatch(doc.text, toks[last.first_token - 1].end, toks[last.first_token].start):
                n = int(toks[last.first_token - 1].low)
                if 1 <= n < end.day:
                    first_day = end.replace(day=n)
        if first_day is not None and end is not None and 0 < (end - first_day).days < _WEEK_DAYS:
            found = end
    doc.cache["heading_week_end"] = found
    return found


def week_dates(doc: DocText, sent: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """``dates`` with a line's weekday label, a span of weekdays and each weekday placed in the heading's week."""
    labelled = _label_of_the_line(doc, sent, dates)
    if labelled is dates and not _has_weekdays(doc.lang, sent.tokens):
        return dates  # (no label and no weekday named, so no weekday of a span or of the week: most sentences)
    return _in_the_week_named(doc, sent, _span_of_weekdays(doc, sent, labelled))


def _span_of_weekdays(doc: DocText, sent: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """``dates`` with a span from one weekday to another ("з п'ятниці по неділю", "с пятницы по воскресенье") as
    its first and last days (the last the latest such day up to the publication, or within the heading's week)."""
    toks = sent.tokens
    if doc.published is None or not _has_weekdays(doc.lang, toks):
        return dates
    grammar = doc.lang.grammar["dates"]
    for _key, _i, j in grammar.find_all(toks, key="since_before"):
        if j + 2 >= len(toks) or any(d.first_token <= j + 2 and j <= d.last_token for d in dates):
            continue
        first, last = _weekday(doc.lang, toks[j]), _weekday(doc.lang, toks[j + 2])
        hit = grammar.match(toks, j + 1, key="range_to")
        if first is None or last is None or first == last or hit is None or hit[1] != j + 2:
            continue
        week = None if sent is doc.sentences[0] else _week_of_the_heading(doc)
        end = resolve_date(DateMention(0, 0, None, None, last, "plain", "weekday", week_end=week), doc.published)
        if end is None:
            continue
        start = end - dt.timedelta(days=(last - first) % 7)
        return sorted([*dates,
                       DateMention(toks[j].start, toks[j].end, start.year, start.month, start.day, "since", "day",
                                   j, j),
                       DateMention(toks[j + 2].start, toks[j + 2].end, end.year, end.month, end.day, "plain", "day",
                                   j + 2, j + 2)], key=lambda d: d.start)
    return dates


def _has_weekdays(lang: Language, toks: list[Token]) -> bool:
    """Whether a sentence holds a weekday's name (asked of the sentence's kinds, once known)."""
    return bool(lang.token_kinds(toks)[1] & WEEKDAY)


def _weekday(lang: Language, token: Token) -> int | None:
    return next((lang.weekdays[f] for f in token.lemmas if f in lang.weekdays), None)


def _in_the_week_named(doc: DocText, sent: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """``dates`` with each weekday ("у вівторок", "Пн") placed within the week the heading dates, if it dates one
    (read in the sentences after the heading, whose dates are then known)."""
    if sent is doc.sentences[0] or not any(d.kind == "weekday" and d.day is not None and d.day >= 0 for d in dates):
        return dates
    end = _week_of_the_heading(doc)
    if end is None:
        return dates
    return [dataclasses.replace(d, week_end=end) if d.kind == "weekday" and d.day is not None and d.day >= 0 else d
            for d in dates]


#: Saturday and Sunday, the days of a weekend (Monday = 0)
_SATURDAY, _SUNDAY = 5, 6


def weekend_end(doc: DocText, sent: Sentence, first: int, last: int) -> DateMention | None:
    """The weekend a span cue names ("у вихідні", "в выходные", ``toks[first:last]``): dated by its Sunday, the
    latest up to the publication (or the heading's week's), as a bounded span is by its last day; on a Saturday, the
    weekend still running, by the publication date. None where the cue names no weekend."""
    toks = sent.tokens
    if last <= first or doc.lang.grammar["context"].match(toks, last - 1, key="weekend") is None:
        return None
    week = None if sent is doc.sentences[0] else _week_of_the_heading(doc)
    if week is None and doc.published is not None and doc.published.weekday() == _SATURDAY:
        return DateMention(toks[first].start, toks[last - 1].end, None, None, None, "plain", "today", first, last - 1)
    return DateMention(toks[first].start, toks[last - 1].end, None, None, _SUNDAY, "plain", "weekday", first,
                       last - 1, week_end=week)


def dated_by_a_day_alone(doc: DocText, m: Mention) -> bool:
    """A figure whose one day is a date or a weekday the sentence names ("у суботу", "5 декабря"), with no span cue of
    a day ("за добу", "за сутки"): names added to a list that day ("В пятницу на стелу нанесли 27 новых имён") died
    over a span the text does not give, not within that day."""
    d = m.as_of_date
    return m.period_days == 1.0 and d is not None and d.kind in ("day", "weekday") and d.role != "as_of" \
        and (d.kind == "day" or (d.day is not None and d.day >= 0)) \
        and not doc.lang.grammar["spans"].find_all(m.sentence.tokens, key="day")
