"""What carries across sentences: a list's heading, a sentence's span, a source named after its figures,
the document's date."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from ...languages.morphology import Token, tags
from ..dates import opens_its_line, series_evidence
from .actor import is_actor
from .claimants import bulletin_source, claimant_in, named_officials
from .dates import DateMention, dateline_with_weekday, infer_from_totals, resolve_date, safe_date
from .document_dates import is_report_date
from .easter_beside import easter_beside  # "на Великдень, 20 квітня" (easter_beside.py)
from .event_dates import published_by_event
from .first_day_of import first_days_of
from .holiday_days import holiday_days
from .language import DIGITS, MONTH, NUMBER_WORD, WEEKDAY, Language
from .latest_span import latest_span_end, weekday_on_or_after
from .long_past import after_long_past, no_dateline
from .mentions import DocText, Mention, first_hit
from .month_told_back import month_told_back, yearless_day_told_back  # (month_told_back.py)
from .numbers import Number
from .part_over import part_over
from .planned import before_plans, planned
from .sentences import Sentence
from .sides import side_words
from .span_end import span_end
from .spans import find_measure, funeral_after, is_event, remark_dash
from .this_period import span_past_the_rate
from .this_season import this_season
from .told_back import day_told_back, told_back_from
from .told_back_weekday import told_back_weekday  # "У вівторок ...: вчора, 12 травня"
from .transcript import a_speaker_label
from .war_span import war_span
from .war_winter import war_winter
from .weekday_beside import weekday_beside  # "а в середу, 19 березня" anywhere (weekday_beside.py)
from .weekday_heading import heading_weekday
from .year_summed import year_summed  # "Підсумки 2024 року" (year_summed.py)

# -- the document ----------------------------------------------------------------------------------------


def may_count(lang: Language, sent: Sentence) -> bool:
    """Whether a sentence has anything to count: a digit, a number word, or a thing that can be lost
    ("сбит вертолет"). Most sentences of an article have none and are only read for sources and spans."""
    if lang.token_kinds(sent.tokens)[1] & (DIGITS | NUMBER_WORD):
        return True
    return bool(lang.categories.find_all(sent.tokens) or lang.multipliers.find_all(sent.tokens))


def may_date(lang: Language, sent: Sentence) -> bool:
    """Whether a sentence with nothing to count may still name a span ("У квітні ...", "з жовтня")."""
    return bool(lang.token_kinds(sent.tokens)[1] & (MONTH | WEEKDAY)) \
        or bool(lang.grammar["dates"].find_all(sent.tokens, key="start_of"))


def list_context(doc: DocText, sent: Sentence, dates: list[DateMention], found: list[Mention],
                  previous: dict[str, Any]) -> dict[str, Any]:
    s_text = doc.text[sent.start:sent.end].rstrip()
    if sent.kind == "list_item":
        return previous
    if not s_text.endswith(":"):
        return {}
    ctx: dict[str, Any] = {}
    src = claimant_in(doc, sent)
    if src:
        ctx["source"] = src
    toks = sent.tokens
    bulletin = bulletin_source(doc)
    speaker = src.key if src else (bulletin.key if bulletin else None)
    for key, a, b in side_words(doc, toks, 0, len(toks), speaker):
        if not is_actor(doc, toks, b, a):
            ctx["side"] = key
            break
    for table in (doc.lang.outcomes_equipment, doc.lang.outcomes_people):
        hits = table.find_all(toks)
        if hits:
            ctx["outcome"] = hits[-1][0]
            break
    fake = Number(sent.end, sent.end, 0, None, False, len(toks), len(toks) - 1)
    measure, days, since, as_of = find_measure(doc, sent, fake, 0, len(toks), dates)
    if measure == "same" and doc.mentions:
        # (the last figure with a span of its own: not a part read after it, "Из них не менее 90 — безвозвратные",
        # whose span is carried later)
        last = next((x for x in reversed(doc.mentions) if x.measure not in (None, "same")), doc.mentions[-1])
        measure, days, since = last.measure, last.period_days, last.period_start_date
    if measure:
        ctx["measure"] = (measure, days, since)
    if as_of:
        ctx["as_of"] = as_of
    return ctx


def span_of_the_sentence_before(doc: DocText, m: Mention
                                ) -> tuple[str, float | None, DateMention | None, DateMention | None] | None:
    """"Від початку вторгнення сапери знешкодили 600 тисяч мін. За цей час на мінах загинули 340 цивільних": the
    span the sentence right before names (in the same paragraph), where it counted no loss, with the day it ends
    ("упродовж жовтня–листопада 2023 року": 30 November); None otherwise."""
    here = doc.sentence_number[id(m.sentence)]
    # (past one sentence of no span and no figure between: "Упродовж жовтня–листопада ... Втрати сторін різняться.
    # ... за цей час")
    for k in range(here - 1, max(-1, here - 1 - _SENTENCES_BACK), -1):
        prev = doc.sentences[k]
        if not prev.tokens or prev.paragraph != m.sentence.paragraph or any(x.sentence is prev for x in doc.mentions):
            return None
        fake = Number(prev.end, prev.end, 0, None, False, len(prev.tokens), len(prev.tokens) - 1)
        measure, days, since, as_of = find_measure(doc, prev, fake, 0, len(prev.tokens), doc.dates.get(id(prev), []))
        if measure in ("cumulative", "period"):
            return measure, days, since, as_of if measure == "period" else None
        if measure == "rate" and (apart := span_past_the_rate(doc, prev)) is not None:
            return apart  # ("С начала года город обстреливают ежедневно": the span named beside how often)
        if measure is not None and measure != "rate":
            return None  # (past "Місто обстрілювали щодня": how often a thing of no figure befell, no span)
    return None


#: How many sentences back a span "за цей час" refers to may stand, the nearest first.
_SENTENCES_BACK = 2


def sentence_cue(doc: DocText, sent: Sentence, dates: list[DateMention], *, any_span: bool = False
                  ) -> tuple[str, float | None, DateMention | None, DateMention | None] | None:
    """A span the sentence names for a day, a week or since a date (``any_span``: any, as a question's is its
    answer's), and its date (the figures after it in its paragraph share them: "За попередню добу ... Зенітними
    військами уражено 14 цілей")."""
    if not sent.tokens:
        return None
    if not dates and not doc.lang.grammar["spans"].find_all(sent.tokens):
        return None  # (no date and no span word, most sentences: no span is read, as ``spans`` reads none)
    fake = Number(sent.end, sent.end, 0, None, False, len(sent.tokens), len(sent.tokens) - 1)
    measure, days, since, as_of = find_measure(doc, sent, fake, 0, len(sent.tokens), dates)
    dash = remark_dash(doc, sent.tokens, 1, len(sent.tokens))
    if dash is not None and (before := find_measure(doc, sent, fake, 0, dash, dates))[0] is not None:
        # "В понедельник ... 120 беспилотниками — это больше, чем за любой день с начала СВО": a remark after a
        # dash is no span of the figures after it when the words before it give one
        measure, days, since, as_of = before
    if measure == "period" and first_hit(doc.lang.grammar["spans"], "occasions", sent.tokens, 0, len(sent.tokens)):
        return None  # "Протягом весни ... вже тричі передавали тіла": earlier occasions, not this one's span
    if measure == "period" and (any_span or days in (1.0, 7.0) or since is not None
                                or first_hit(doc.lang.grammar["spans"], "event", sent.tokens, 0, len(sent.tokens))
                                or is_event(doc, sent.tokens, 0, len(sent.tokens))):
        if as_of is not None and since is None and funeral_after(doc, sent.tokens, as_of):
            as_of = None  # ("... удару 6 грудня оголошено днем жалоби": the day of mourning, not of the deaths after)
        return measure, days, since, as_of
    return None


def credit_back(doc: DocText, sent: Sentence, found: list[Mention]) -> None:
    """"Про це йдеться в повідомленні Генштабу", "..., - повідомив президент": the source of the figures
    before it."""
    ctx = doc.lang.grammar["context"]
    toks = sent.tokens
    if sent is doc.sentences[-1] and _signature(doc, sent, found):
        return
    # (a figure before is credited only by a word reporting back or by the sentence right after the last figure, one
    # with no figure of its own: neither, most sentences, is known from the sentence's keys and the last figure)
    if "reported_back" not in ctx.keys_in(toks) and (found or not doc.mentions or doc.sentence_number[
            id(doc.mentions[-1].sentence)] != doc.sentence_number[id(sent)] - 1):
        return
    if a_speaker_label(doc, sent):
        return  # (a transcript's speaker opens what follows, not what was said before: "МІНІСТР ОБОРОНИ. ...")
    opening = ctx.find_all(toks, 0, min(len(toks), 6), "reported_back")
    # ("Источник в ФСИН считает, что потери выше": a source, no figure, saying a clause of its own closes no report
    # before it; "Об этом сообщил ..." does)
    opens = bool(opening) and (bool(found) or any(b - a > 1 for _k, a, b in opening) or not _says_its_own(doc, toks))
    follows = not found and bool(doc.mentions) and doc.sentence_number[id(doc.mentions[-1].sentence)] == \
        doc.sentence_number[id(sent)] - 1 and not _marks_own_figure(doc, toks) and not _says_its_own(doc, toks) \
        and not _frames_own_clause(doc, toks)
    if not (opens or follows) or ctx.find_all(toks, key="withheld"):
        return  # ("В Минобороны эти данные не комментируют": the figures are not theirs)
    src = claimant_in(doc, sent)
    if src is None:
        return
    for m in reversed(doc.mentions):
        # "Об этом сообщили в Минобороны" closes a report: every figure back to the last one with a source
        if m.explicit or (not opens and m.sentence.paragraph < sent.paragraph - 2):
            break
        m.claimant, m.claimant_text, m.explicit = src.key, src.text, True


def _says_its_own(doc: DocText, toks: list[Token]) -> bool:
    """"Губернатор сообщил, что ранен мирный житель": a verb of saying before a clause of its own (the figures
    before are not what it says)."""
    ctx = doc.lang.grammar["context"]
    present = ctx.keys_in(toks)
    return any(ctx.match(toks, k, key="says_that") for verbs in ("report_verbs", "stresses") if verbs in present
               for _key, _a, b in ctx.find_all(toks, key=verbs) for k in range(b, min(len(toks), b + 2)))


def _frames_own_clause(doc: DocText, toks: list[Token]) -> bool:
    """"Водночас, за інформацією військових, Кремль готує мобілізацію": a source marker opening the sentence, set
    off by a comma before a clause with a verb and a body of its own, is the source of that clause, not of the figures
    before."""
    ctx = doc.lang.grammar["context"]
    for _key, a, b in ctx.find_all(toks, 0, min(len(toks), 3), "source_markers"):
        if a > 2:
            continue
        comma = next((k for k in range(b - 1, min(len(toks) - 1, b + 5))
                      if "," in doc.text[toks[k].end:toks[k + 1].start]), None)
        if comma is not None and not ctx.find_all(toks, key="report_verbs") \
                and any("VERB" in tags(t.low, doc.lang.code) for t in toks[comma + 1:]) \
                and doc.lang.claimants.find_all(toks, comma + 1, len(toks)):
            return True  # (not "По оценке издания, реальное число погибших может быть выше": the same toll, its word)
    return False


def _marks_own_figure(doc: DocText, toks: list[Token]) -> bool:
    """"за оцінкою журналістів, вона може сягати 75 тисяч": a source marker before a figure of the sentence's
    own is that figure's source, not the source of the figures before it (even where its figure is not read)."""
    first_digit = next((i for i, t in enumerate(toks) if t.low.isdigit()), None)
    return first_digit is not None and any(
        a < first_digit for _k, a, _b in doc.lang.grammar["context"].find_all(toks, 0, first_digit, "source_markers"))


def _signature(doc: DocText, sent: Sentence, found: list[Mention]) -> bool:
    """"Сергій Лисак, начальник Дніпропетровської ОВА" closing a post: a signature, no verb, the source of
    the post's figures that name none."""
    toks = sent.tokens
    if found or len(toks) > 12 or not doc.mentions:
        return False
    hits = named_officials(doc, sent)
    if not hits or any(tags(t.low, doc.lang.code) & {"VERB", "INFN"} for t in toks):
        return False
    key = hits[0][0]
    for m in doc.mentions:
        # (a signed post is the signer's word throughout, its recaps too: "Раніше повідомлялося про 5 загиблих")
        if m.claimant is None:
            m.claimant, m.claimant_text = key, doc.text[sent.start:sent.end]
    return True


def series_totals(doc: DocText) -> list[tuple[str, float]]:
    """The running totals of the text that the profile's dating series may hold: (category, value) of the series'
    side, told by its own publishers (the profile's) or by no one."""
    series = doc.profile.running_totals()  # the profile's dating series (the General Staff's), if it has one
    side = series.side if series is not None else None
    publishers = (None, *doc.profile.raw.get("dating_claimants", ()))  # the series' own publishers (the profile's)
    return [(m.category, m.value) for m in doc.mentions
            if m.measure in (None, "cumulative") and side is not None and m.side == side and m.value_high is None
            and m.claimant in publishers and m.category != "people"
            and (m.category == "personnel" or m.value >= 20)]


def infer_published(doc: DocText) -> dt.date | None:
    """An undated document's date from its own text: a dateline, the General Staff's figures it quotes,
    its latest full date, a day of the war."""
    all_dates = [d for s in doc.sentences for d in doc.dates.get(id(s), [])]
    floor = doc.profile.war_start - dt.timedelta(days=400)
    told = day_told_back(doc, all_dates)  # "Вчора, 12 серпня 2024 року": the day after the date
    # ("Минулого травня, 12 травня 2024 року, ...", "Ще 3 березня 2023 року": no dateline)
    counted = no_dateline(doc, all_dates) if d_early(all_dates) else set()
    # ("У звіті від 2 травня 2024 року ...": a report's date, no dateline either)
    counted |= {id(d) for s in doc.sentences if s.start < 150 for d in doc.dates.get(id(s), [])
                if d.start < 150 and is_report_date(s.tokens, d, doc.lang)}
    for d in all_dates:
        # (not a span's first day: "втрати противника з 24.02.22")
        if d.start < 150 and d.kind == "day" and d.year is not None and d.role != "since" \
                and opens_its_line(doc.text, d.start) and id(d) not in counted:
            r = resolve_date(d, None)
            if r and r >= floor:
                return told[0] if told is not None and told[1] is d else r
    series = doc.profile.running_totals()  # the profile's dating series (the General Staff's), if it has one
    side = series.side if series is not None else None
    totals = series_totals(doc)
    full = sorted(r for d in all_dates if d.kind == "day" and d.year is not None
                  and (r := resolve_date(d, None)) is not None and r >= floor)
    if told is not None and full and told[0] > full[-1]:
        full.append(told[0])
    if full and (ends := span_end(doc)) is not None and ends > full[-1]:
        full.append(ends)  # "за п'ять днів з 6 червня 2025 року": 10 June
    if (part := part_over(doc, full[-1] if full else None)) is not None:
        full.append(part)  # "у першому півріччі 2024 року": over when told (part_over.py)
    if (summed := year_summed(doc, full[-1] if full else None)) is not None:
        # "Підсумки 2024 року": the year's last day (year_summed.py), but the day of a war's event of that year the
        # text ties to its own time ("Сегодня на коллегии Минобороны ... подвел итоги 2023 года": event_dates.py)
        event = published_by_event(doc)
        full.append(event if event is not None and event.year == summed.year else summed)
    near = full[-1] if full else None
    if series is not None and totals:
        hit = series_evidence(totals, series, near)
        if hit is not None and not hit.approximate and (len(hit.figures) >= 2 or hit.run_days <= 3) \
                and not (_round_only(hit.figures) and any(d.kind == "war_day" and d.day for d in all_dates)):
            # ("станом на ранок 30 травня" with a total the series held on 30 and 31 May: the day the text names)
            first = hit.date - dt.timedelta(days=hit.run_days - 1)
            named = [r for d in all_dates if d.kind == "day" and d.year is None and d.month and d.day
                     and (r := safe_date(hit.date.year, d.month, d.day)) is not None and first <= r <= hit.date]
            # ("Минулого місяця, 12 березня, Генштаб оцінив ...": the text is of the month after the total's day)
            return yearless_day_told_back(doc, all_dates, hit.date) or (max(named) if named else hit.date)
    daily = {m.category: m.value for m in doc.mentions
             if m.measure == "period" and m.period_days == 1 and side is not None and m.side == side
             and m.qualifier == "exact" and m.value_high is None}
    if series is not None and len(daily) >= 3:
        found = _series_daily(series, daily)
        if found is not None:
            return found
    if not full and (weekday_dated := told_back_weekday(doc, all_dates, doc.profile.war_start)
                     or dateline_with_weekday(all_dates, doc.profile.war_start)
                     or heading_weekday(doc, all_dates, doc.profile.war_start)
                     or weekday_beside(doc.text, all_dates, doc.profile.war_start)
                     or easter_beside(doc, all_dates, doc.profile.war_start)) is not None:
        # ("Вівторок, 14 травня" heading the page: weekday_heading.py; "Позавчора, у вівторок, 10 червня": 12 June)
        return told_back_from(doc, all_dates, weekday_dated)
    if full:
        # "24 лютого 2022 року ... до опівночі 17 квітня": a later yearless date in the same year
        placed = [r for d in all_dates if d.kind == "day" and d.year is None and d.month and d.day
                  and (r := safe_date(full[-1].year, d.month, d.day)) is not None and r > full[-1]]
        placed += after_long_past(doc, all_dates, full[-1])  # "Ще 3 березня 2023 року ... 14 січня" (long_past.py)
        if placed:
            return max(placed)
        # "... 20 січня 2026 року ... повідомили у середу": the text's one weekday on or after its latest day
        return full[-1] if told is not None and told[0] == full[-1] else \
            weekday_on_or_after(all_dates, full[-1]) or full[-1]
    for d in all_dates:
        if d.kind == "war_day" and d.day:
            return doc.profile.war_start + dt.timedelta(days=d.day - 1)
    if (span := war_span(doc, all_dates)) is not None:
        return span  # "півтора року повномасштабної війни", "на третьому році війни" (war_span.py)
    if (winter := war_winter(doc)) is not None:
        return winter  # "третя зима війни" (war_winter.py)
    if series is not None:
        spans = [(m.category, m.value, m.period_start_date) for m in doc.mentions
                 if m.measure == "period" and m.period_start_date is not None and m.side == side
                 and m.category == "personnel" and m.value_high is None]
        rough = infer_from_totals(all_dates, totals, spans, series)
        if rough is not None:
            return rough
    # (not a year long before the war: "після анексії Криму в 2014 році" places no yearless date, as in English)
    years = [d.year for d in all_dates if d.year is not None and d.year >= floor.year]
    yearless = [d for d in all_dates if d.year is None and d.kind == "day"]
    if years and not yearless and (held := holiday_days(doc, max(years))):
        return max(held)  # "напередодні Дня Незалежності ... у 2024 році" (holiday_days.py)
    if years and yearless:
        y = max(before_plans(years, all_dates, planned(doc)))  # ("вибори, призначені на березень 2025 року")
        # (by the day alone: two mentions of one day are a tie, and the mentions themselves do not compare)
        return max((r for d in yearless if (r := safe_date(y, d.month or 1, d.day or 1))), default=None)
    # "У травні 2024 року ... повідомив у вівторок": the latest month's end, or the weekday after it
    firsts = first_days_of(doc)  # "у перший день весни 2025 року": 1 March 2025 (first_day_of.py)
    spans_left = [d for d in all_dates if all(d.start != at for _day, at in firsts)]
    end = max(filter(None, (latest_span_end(spans_left, doc.profile.war_start), *(day for day, _at in firsts),
                            month_told_back(doc, all_dates))), default=None)  # "минулого місяця, у березні 2025 року"
    if end is None:
        end = this_season(doc, all_dates, doc.profile.war_start)  # "цієї весни ... у 2025 році" (this_season.py)
    return (weekday_on_or_after(all_dates, end) or end) if end is not None else None


def d_early(dates: list[DateMention]) -> bool:
    """Whether a full date stands where a dateline may (the text's first 150 characters)."""
    return any(d.start < 150 and d.kind == "day" and d.year is not None for d in dates)


def _round_only(figures: tuple[str, ...]) -> bool:
    """Whether every total the series matched is a round thousand ("перевищили 10 000"): a day the series happened to
    print it, which the war's day count the text gives ("за вісім діб війни") overrules."""
    return all(float(label.partition("=")[2] or 1) % 1000 == 0 for label in figures)


def _series_daily(series: Any, daily: dict[str, float]) -> dt.date | None:
    """The day whose increases of the General Staff's running totals are the figures quoted for one day."""
    hits: Counter[dt.date] = Counter()
    for category, value in daily.items():
        hits.update(_daily_increases(series, category).get(value, ()))
    if not hits:
        return None
    day, count = max(hits.items(), key=lambda kv: (kv[1], kv[0]))
    return day if count >= max(3, len(daily) - 1) else None


_INCREASES: dict[tuple[int, str], tuple[Any, dict[float, tuple[dt.date, ...]]]] = {}


def _daily_increases(series: Any, category: str) -> dict[float, tuple[dt.date, ...]]:
    """One day's increase of ``category`` -> the days it was that, from a series of running totals (indexed
    once per series and category, when first asked: a document quotes a day's figures of a few categories)."""
    known = _INCREASES.get((id(series), category))
    if known is not None and known[0] is series:
        return known[1]
    days: dict[float, list[dt.date]] = {}
    rows = series.points.get(category, [])
    for (d0, v0), (d1, v1) in zip(rows, rows[1:], strict=False):
        if (d1 - d0).days == 1:
            days.setdefault(v1 - v0, []).append(d1)
    # (tuples of dates: the garbage collector stops tracking them, lists it would walk at every full collection)
    out = {value: tuple(found) for value, found in days.items()}
    _INCREASES[(id(series), category)] = (series, out)
    return out
