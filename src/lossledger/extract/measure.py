"""How a figure counts and when: its measure (running total, a period's losses, a rate, a projection),
the length and start of its period, and the date it holds as of.

Cues in the number's own clause decide the measure ("so far", "over the past day", "per day");
lists share it; a document-level pass sets right figures that are in fact running totals of the
General Staff's series. Dates come from the sentence (``dates.find_dates``), else the list
heading, else the publication date.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re

from . import dates as datelib
from .body import Sentence
from .document import Mention, Reader
from .measure_rules import MeasureRules
from .numbers import Number
from .span_context import (
    before_in_sentence,
    date_role,
    dates_in,
    dates_of_event_before,
    day_of_report_before,
    day_within_total,
    figure_dates,
    heading_day,
    heading_start,
    joined_months,
    last_year_span,
    line_date,
    list_of_a_day,
    one_day_told_before,
    rate_restated,
    span_of_lead_sentence,
    start_on_or_before,
    started_after_war,
    trailing_rate,
    without_day_said,
)

__all__ = ["MeasureRules", "date_role", "dates_in", "heading_day", "heading_start", "increments_before_totals",
           "measure_of", "resolve_dates"]


_IN_DELTA = re.compile(r"\(\s*\+\s*\d[^()]*$")
_DELTA_AFTER = re.compile(r"(?:\s+[^\W\d]+){0,4}\s*\(\s*\+\s*\d")  # "9,335 tanks (+4)"
_PERIOD_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30}  # the profile's [periods] keys


def _end_of(d: datelib.DateMention) -> int:
    return d.end


def _sentence_start(m: Mention) -> int:
    return m.sentence.start


def _month_days(span_start: dt.date, end: dt.date) -> int:
    return (end - span_start).days + 1


def measure_of(reader: Reader, sent: Sentence, num: Number, abs_start: int, abs_end: int,
               category: str, prev: Mention | None, claimant: str | None) -> tuple[str, float | None, str]:
    """(measure, period_days, cue) for one number.

    Cues in the number's own clause decide; a list item with no cue of its own shares the measure
    of the item before it; the rest of the sentence speaks only when both are silent."""
    r = reader.grammar.rules(MeasureRules)
    lo, hi = reader.clause_bounds(sent, abs_start)
    if num.delta:
        return "period", 1, "delta"
    if (reader.scan.search("projection", lo, hi)
            or reader.scan.search("projection", max(sent.start, abs_start - 60), abs_start)):
        return "projection", None, "projection"
    if _DELTA_AFTER.match(reader.norm, abs_end):
        return "cumulative", None, "total"  # "9,335 tanks (+4)": the running total the day's increase adds to
    # the span between this number and the next one (or the clause end) holds its own rate words
    nxt = r.next_number.search(reader.norm, abs_end, hi)
    own = reader.norm[abs_end : nxt.start() if nxt else hi]
    # (in the slice: its lookbehinds must not see before the number; asked only where the sentence holds a rate
    # word, as is the pair below: trailing_rate finds none in a sentence without one)
    may_rate = reader.sentence_may_hold(sent, r.rate_words)
    rate = r.rate_words.search(own) if may_rate else None
    if rate and not r.in_a_day.search(own):
        return "rate", _rate_days(r, rate), "rate"
    if rate is None and may_rate and nxt is not None and r.coordinated_tail.fullmatch(own):
        # "150 dead and 800 wounded every day": the rate words after the last item of a pair cover the first
        rate = trailing_rate(reader, nxt.start(), hi)
        if rate is not None:
            return "rate", _rate_days(r, rate), "rate"
    if r.increase_before.search(reader.norm, max(sent.start, abs_start - 25), abs_start):
        # "8,000 tanks, up 7 from the day before": the increase of the total before it, over its own span
        return "period", (1 if r.day_before.search(reader.norm, abs_end, hi) else None), "increment"
    rate_before = reader.search_in(sent, r.rate_before, max(sent.start, abs_start - 120), abs_start)
    if rate_before:
        return "rate", (7 if rate_before.group("week") else 30 if rate_before.group("month") else 1), "rate_before"
    if reader.in_slice(r.progressive_loss, lo, hi) and not reader.in_slice(r.total_cue, lo, hi) and not (
            reader.scan.search("war_start", lo, hi, sliced=True)):
        # "between 50 and 100 troops were dying in the hardest-hit regions": an ongoing toll, a rate whose unit
        # the text leaves out
        return "rate", None, "progressive"
    same_sentence_prev = prev if prev is not None and prev.sentence is sent else None
    local = _measure_cues(reader, sent, lo, hi, abs_start, abs_end, prev, category)
    if local is not None and local[2] == "present_perfect":
        # "Kiev has lost up to 325 soldiers in battles with the Tsentr group, the ministry said", after
        # that ministry's figure for the past 24 hours: the same day's report goes on
        continued = _daily_report_continued(reader, sent, claimant)
        if continued is not None:
            return continued
    if local is not None and local[2] == "period_open" and local[1] is None:
        # "lost up to 325 soldiers in the battles with the Tsentr group", after the ministry's figure for
        # the past day: the battles are that day's
        continued = _daily_report_continued(reader, sent, claimant)
        if continued is not None:
            return continued
    if local is not None:
        return local
    restated = rate_restated(reader, sent, abs_start)  # "Today the figure is 1,300" after a rate, no span of its own
    if restated is not None:
        return restated
    if same_sentence_prev is not None:
        return same_sentence_prev.measure, same_sentence_prev.period_days, "list"
    if sent.kind == "list_item" and r.leading_day.match(reader.norm, sent.start):
        return "period", 1, "dated_list_item"  # "November 28, 2024: 2,030 casualties"
    heading_span = reader.list_context.get("span") if sent.kind == "list_item" else None
    if isinstance(heading_span, tuple):
        return heading_span  # "the figures for the week:" heads the week's figures
    if sent.kind == "list_item" and reader.list_context.get("loss_heading"):
        return "cumulative", None, "list_heading"
    if (lo, hi) != (sent.start, sent.end):  # (a clause that is the whole sentence has been read above)
        whole = _measure_cues(reader, sent, sent.start, sent.end, abs_start, abs_end, prev, category)
        if whole is not None:
            return whole
    s_text = reader.norm[sent.start : sent.end]
    if (category in ("civilians", "people") or category in reader.profile.launched_categories) and (
            reader.scan.search("event", sent.start, sent.end, sliced=True)
            or _paragraph_has_event(reader, sent)):
        return "period", None, "event"
    if category in reader.profile.launched_categories and r.part_of_launched_after.match(reader.norm, abs_end):
        return "period", None, "event"  # "its forces had downed 60 of the 96 drones": that attack's
    if category in reader.profile.launched_categories and reader.in_slice(r.shot_down, sent.start, sent.end):
        # "air defences shot down 22 drones over the region": one night's interceptions, unless a cue said
        # otherwise above ("since 2022", "in total")
        return "period", None, "event"
    # A report of the day's losses goes on: "The Ukrainian armed forces also lost three armoured
    # vehicles", "Kiev has lost up to 125 soldiers, the ministry said". Figures that are in fact running
    # totals are set right against the series later (running_totals_from_series).
    continued = _daily_report_continued(reader, sent, claimant)
    if continued is not None:
        return continued
    # "The said 2,227 losses include ten Leopard tanks": a breakdown shares the span of its total
    last = reader.mentions[-1] if reader.mentions else None
    before = reader.norm[sent.start:abs_start]
    if (last is not None and last.measure == "period" and last.sentence.paragraph >= sent.paragraph - 1
            and (r.among_them.match(s_text) or r.breakdown.search(before))):
        return last.measure, last.period_days, "continued"
    # "The said 2,227 material losses ...": the same figure again, with the same span
    again = next((m for m in reader.recent_mentions(sent, paragraphs=2)
                  if m.value == num.value and m.category == category), None)
    if again is not None and not (again.measure_cue == "default" and again.sentence.kind == "heading"):
        # (a headline's figure with no span of its own gives none to the body's telling of it)
        return again.measure, again.period_days, "continued"
    if category in ("civilians", "people") and reader.in_slice(r.simple_past_harm, lo, hi):
        # "said three people were killed and 12 wounded": a simple past with no span tells one incident
        return "period", None, "event"
    if category in ("civilians", "people"):
        # "In addition, 18 people have been injured": a story of one attack goes on telling that attack
        told = next((x for x in reader.recent_mentions(sent, paragraphs=8)
                     if x.category in ("civilians", "people", "personnel")), None)
        if told is not None and told.measure == "period" and told.measure_cue in ("event", "period_phrase"):
            return "period", told.period_days, "event"
    return "cumulative", None, "default"


def heading_span(reader: Reader, sent: Sentence) -> tuple[str, float | None, str] | None:
    """The span a list's heading gives its items ("the losses over the past day:"), if it names one."""
    found = reader.scan.search("period_days", sent.start, sent.end, sliced=True)
    if found is None or reader.scan.search("war_start", sent.start, sent.end, sliced=True) is not None:
        return None
    return "period", _PERIOD_DAYS[reader.profile.key_of(found)], "list_heading_span"


def _daily_report_continued(reader: Reader, sent: Sentence,
                            claimant: str | None) -> tuple[str, float | None, str] | None:
    """The measure of the last day's figure, when this sentence goes on with the same report."""
    r = reader.grammar.rules(MeasureRules)
    daily = reader.last_daily
    if daily is not None and day_within_total(reader, daily):
        daily = None  # "This number includes 1,230 over the past day. Russia has also lost 8,920 tanks": totals
    if (daily is not None and sent.kind != "list_item" and daily.sentence.paragraph >= sent.paragraph - 3
            and (r.also.search(reader.norm[sent.start : sent.end])
                 or (claimant is not None and claimant == daily.claimant))):
        return daily.measure, daily.period_days, "continued"
    # "Ukraine lost 76,500 troops during the operation in the Kursk region, the ministry said. In a
    # statement, the ministry said Ukraine had lost 412 tanks ...": the same source's report of one event
    # A sentence anchored in the present ("have now identified 4,500") tells the state now, not that event.
    last = reader.mentions[-1] if reader.mentions else None
    if (daily is None and last is not None and claimant is not None and last.claimant == claimant
            and last.measure == "period" and last.measure_cue == "period_open" and last.rule != "bulletin_delta"
            and sent.kind != "list_item" and last.sentence.paragraph >= sent.paragraph - 2
            and not reader.sentence_search(sent, r.present_anchor)):
        return last.measure, last.period_days, "continued"
    return None


def _measure_cues(reader: Reader, sent: Sentence, c_lo: int, c_hi: int, abs_start: int, abs_end: int,
                  prev: Mention | None, category: str) -> tuple[str, float | None, str] | None:
    if (c_lo, c_hi) in reader.silent_clauses:
        return None  # (known to hold no cue that could speak for any of its numbers)
    r = reader.grammar.rules(MeasureRules)
    prof = reader.profile
    war_start = reader.scan.search("war_start", c_lo, c_hi, sliced=True)
    if war_start is None and _holds_any(reader.norm, r.war_age_prefilter, c_lo, c_hi):
        war_start = r.war_age.search(reader.norm, c_lo, c_hi)  # "as the invasion enters its ninth week"
    if war_start is not None and r.record_before_since.search(reader.norm, max(c_lo, war_start.start() - 60),
                                                              war_start.start()):
        war_start = None  # "lost 1,629 on Thursday, the most on one day since the war began": the record's bound
    pd_match = None
    heard = False  # a cue whose reading depends on the number, its category or the figure before (not silent)
    for m in reader.scan.finditer("period_days", c_lo, c_hi):
        heard = True
        if _IN_DELTA.search(reader.norm, max(c_lo, m.start() - 30), m.start()) or r.increase_between.search(
                reader.norm, abs_end if m.start() > abs_end else max(c_lo, m.start() - 20), m.start()):
            continue  # "1,250 troops (+7 in the past day)", "20 of them in the past day": the increase's, the part's
        if r.point_in_time.fullmatch(m.group(0)) and r.reported_when.search(
                reader.norm, max(sent.start, m.start() - 40), m.start()):
            continue  # "said earlier this month that 315,000 ...": when it was said, not the span
        pd_match = m
        if m.start() > abs_start:
            break
    # '"Over the past day, the enemy lost 1,740 personnel," ..., the highest daily toll since the start of
    # the invasion': of a war-start phrase and a period phrase, the one nearer the number says its span
    if war_start is not None and (pd_match is None or _distance(war_start, abs_start, abs_end)
                                  <= _distance(pd_match, abs_start, abs_end)):
        return "cumulative", None, "war_start"
    if pd_match is not None:
        if r.day_within_period.search(reader.norm, max(c_lo, pd_match.start() - 30), pd_match.start()):
            return "period", 1, "period_phrase"  # "on a single day last week": that one day
        return "period", _PERIOD_DAYS[prof.key_of(pd_match)], "period_phrase"
    if reader.in_slice(r.same_period, c_lo, c_hi):
        heard = True
        # "over the same period": the span of the last figure that had one, a few paragraphs back at most
        spanned = prev if prev is not None and prev.measure != "cumulative" else _last_spanned(reader, sent)
        if spanned is not None:
            return spanned.measure.replace("cumulative", "period"), spanned.period_days, "same_period"
        if prev is not None and prev.measure_cue == "war_start" and prev.sentence is not sent:
            return "cumulative", None, "same_period"  # "... since the invasion. N were injured over the same period"
    if reader.in_slice(r.week_to_day, c_lo, c_hi):
        return "period", _PERIOD_DAYS["week"], "period_phrase"  # "in the week to Sunday"
    for opened in reader.scan.finditer("period_open", c_lo, c_hi, sliced=True):
        heard = True
        word = opened.group(0).lower()
        if word in r.increment_words:
            if _continues_breakdown(reader, sent):
                continue  # "Of these, 1,414 were destroyed. Another 118 were abandoned": one more part
            if prev is not None and prev.sentence is sent and r.joined_increment_before.search(
                    reader.norm, max(sent.start, abs_start - 25), abs_start):
                continue  # "70,000 killed, with another 100,000 wounded": the list goes on
            if r.increment_before.search(reader.norm, max(sent.start, abs_start - 22), abs_start) or \
                    r.increment_after.match(reader.norm, abs_end):
                return "period", (1 if _daily_context(reader) else None), "increment"
            continue
        return "period", _span_days(r, opened.group(0)), "period_open"
    for hours in reader.in_slice(r.hours_span, c_lo, c_hi):
        if _IN_DELTA.search(reader.norm, max(c_lo, c_lo + hours.start() - 30), c_lo + hours.start()):
            continue  # "(+20 over the past 24 hours)": the increase's span
        if int(hours.group("n")) % 24 == 0:  # "in the past 48 hours": two days ("24 hours" is the profile's day)
            return "period", float(int(hours.group("n")) // 24), "period_phrase"
    if _holds_any(reader.norm, r.day_alone_prefilter, c_lo, c_hi) and reader.in_slice(r.day_alone, c_lo, c_hi):
        return "period", 1, "period_phrase"  # "On April 13 alone, at least 520 were killed"
    counted = reader.in_slice(r.counted_span, c_lo, c_hi) if reader.norm.find("-", c_lo, c_hi) >= 0 else []
    for span in counted or reader.in_slice(r.bounded_event, c_lo, c_hi):
        return "period", _span_days(r, span.group(0)), "period_open"  # "in a three-day attempt", "in these clashes"
    one_attack = category in ("civilians", "people") and reader.scan.search("event", sent.start, sent.end, sliced=True)
    if not prof.is_people(category) and reader.search_in(sent, r.struck_count, max(sent.start, abs_start - 100),
                                                         abs_start):
        return "period", None, "event"  # "its drones had hit 12 aircraft at two air bases": one attack's, no total
    totals = reader.in_slice(r.total_cue, c_lo, c_hi)
    if totals and not one_attack and not (
            all(r.toll_noun.fullmatch(t.group(0)) for t in totals) and _own_month(reader, sent, c_lo, c_hi)):
        # but "the death toll from the strike rose to 30" is that strike's, and "the toll includes 1,389
        # casualties in April" that month's
        return "cumulative", None, "total"
    # "lost 23,000 in January": that month's figure (its dates are filled in with the other dates)
    for month in reader.in_slice(r.month_span, c_lo, c_hi):
        if not r.reported_before.search(reader.norm, max(sent.start, c_lo + month.start() - 64), c_lo + month.start()):
            return "period", None, "month"
    # "has killed 21 people" is a running total, unless the subject is one attack
    if reader.in_slice(r.present_perfect_loss, c_lo, c_hi) and not (
            category in ("civilians", "people") and reader.scan.search("event", sent.start, sent.end)):
        return "cumulative", None, "present_perfect"
    if not (heard or totals or reader.in_slice(r.present_perfect_loss, c_lo, c_hi)):
        reader.silent_clauses.add((c_lo, c_hi))  # every other number of the clause gets the same None at once
    return None


def _continues_breakdown(reader: Reader, sent: Sentence) -> bool:
    """Does the sentence follow one that breaks a total down ("Of these, ...", "Among them, ...")?"""
    r = reader.grammar.rules(MeasureRules)
    last = reader.mentions[-1] if reader.mentions else None
    return (last is not None and last.sentence is not sent and last.sentence.paragraph == sent.paragraph
            and last.measure == "cumulative" and r.among_them.match(reader.norm, last.sentence.start) is not None)


def _own_month(reader: Reader, sent: Sentence, c_lo: int, c_hi: int) -> bool:
    """A month span in the clause that is not when something was reported ("in April", not "said in April")."""
    r = reader.grammar.rules(MeasureRules)
    return any(not r.reported_before.search(reader.norm, max(sent.start, c_lo + month.start() - 64),
                                           c_lo + month.start())
               for month in reader.in_slice(r.month_span, c_lo, c_hi))


def _last_spanned(reader: Reader, sent: Sentence) -> Mention | None:
    for m in reversed(reader.mentions[-12:]):
        if m.sentence.paragraph < sent.paragraph - 3:
            return None
        if (m.measure in ("period", "rate") or started_after_war(reader, m)) and m.rule != "bulletin_delta":
            return m
    return None


def _distance(m: re.Match[str], abs_start: int, abs_end: int) -> int:
    """Characters between a cue and the number."""
    return abs_start - m.end() if m.end() <= abs_start else max(0, m.start() - abs_end)


def _span_days(r: MeasureRules, phrase: str) -> float | None:
    """'over the past two months' -> 61; other open spans have no stated length."""
    for m in r.span_length.finditer(phrase):
        count = r.word_values.get(m.group(1).lower()) if not m.group(1).isdigit() else int(m.group(1))
        if count:
            return float(count * r.span_unit_days[m.group(2).lower()] // 1)
    return None


def _rate_days(r: MeasureRules, rate: re.Match[str]) -> int:
    """The days a rate's unit spans (rate_words' group unit or unit2); a day where it names none ("daily")."""
    unit = rate.group("unit") or rate.group("unit2")
    return r.rate_unit_days.get(unit.lower(), 1) if unit else 1


def _holds_any(text: str, words: tuple[str, ...], lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds one of ``words`` as written: a cheap test before a pattern is tried."""
    return any(text.find(word, lo, hi) >= 0 for word in words)


def _daily_context(reader: Reader) -> bool:
    r = reader.grammar.rules(MeasureRules)
    if reader.daily_context is None:  # a question about the whole document: answered once
        reader.daily_context = bool(r.daily_context.search(reader.norm))
    return reader.daily_context


def _paragraph_has_event(reader: Reader, sent: Sentence) -> bool:
    # sentences are in text order, so their paragraphs too: look only at the three paragraphs around
    sentences = reader.sentences
    first = bisect.bisect_left(sentences, sent.paragraph - 1, key=_paragraph_of)
    last = bisect.bisect_right(sentences, sent.paragraph + 1, key=_paragraph_of)
    return any(reader.scan.search("event", s.start, s.end, sliced=True) for s in sentences[first:last]
               if abs(s.paragraph - sent.paragraph) <= 1 and s is not sent)


def _paragraph_of(s: Sentence) -> int:
    return s.paragraph


def increments_before_totals(reader: Reader, sent: Sentence, found: list[Mention]) -> None:
    """'Five tanks were destroyed, taking the total to 2,980': the first is the day's figure."""
    r = reader.grammar.rules(MeasureRules)
    if len(found) < 2 or not reader.sentence_search(sent, r.bring_total):
        return
    bring = reader.sentence_search(sent, r.bring_total)
    assert bring is not None
    for m in found:
        if m.number.start + sent.start < bring.start() and m.measure == "cumulative":
            m.measure, m.period_days = "period", (1 if _daily_context(reader) else None)
        elif m.number.start + sent.start > bring.start():
            m.measure, m.period_days = "cumulative", None


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# Measure cues that a stated start date overrules: none of them says the figure counts from the war's start.
_OPEN_SPAN_CUES = frozenset({"default", "list", "continued", "present_perfect", "total"})


def resolve_dates(reader: Reader, m: Mention, war_start: dt.date) -> None:
    """Fill in as_of and period_start from the dates the sentence states, else the publication date."""
    r = reader.grammar.rules(MeasureRules)
    sent = m.sentence
    abs_start = sent.start + m.number.start
    candidates = []
    for d in figure_dates(reader, sent, abs_start):
        if d.text.lower().startswith(r.future_openers):
            continue  # a future date is not the date of a loss figure
        if r.comparison_before.search(reader.norm, max(sent.start, d.start - 30), d.start):
            continue  # "a 20% increase from February": the date of another figure
        if d.precision == "day" and d.span_start is not None:
            # "From 1 to 28 February 2023, the mission recorded 589 casualties": a run of days is the span
            m.period_start, m.extra["span_end"] = m.period_start or d.span_start, True
            candidates.append(d)
            continue
        told_then = d.end <= abs_start and r.when_after.match(reader.norm, d.end) is not None
        if date_role(reader, d, sent) == "start" and not told_then:
            if d.start > abs_start and r.not_updated.search(reader.norm, reader.clause_bounds(sent, abs_start)[0],
                                                           abs_start):
                continue  # "has not updated its figure of 5,937 since September 2022": the silence's start
            # (told_then: "the highest since October 19, when it said Russia had lost 1,380": that figure's date)
            if d.start > abs_start and r.bring_total.search(reader.norm, abs_start, d.start):
                continue  # "lost 640 on Monday, bringing its losses since 24 February 2022 to ...": the total's
            if d.date and m.period_start is None:
                m.period_start = d.span_start or d.date
                if (d.precision == "month" and d.span_start is not None
                        and r.mid_month.search(reader.norm, max(sent.start, d.start - 6), d.start)):
                    m.period_start = d.span_start.replace(day=15)  # "since mid-May"
                if d.span_start is not None and d.span_start <= war_start <= d.date:
                    m.period_start = war_start  # "since February 2022": since the war began
                m.extra["start_kind"] = d.kind
            elif d.date is None and d.day is not None:
                m.extra["start_kind"] = "yearless"  # "since June 4" in a text whose year is unknown
            continue
        candidates.append(d)
    if not candidates and m.period_start is None and m.measure == "period" and reader.in_slice(
            r.event_anaphora, *reader.clause_bounds(sent, abs_start)):
        dates_of_event_before(reader, m, sent)
    year_line = m.extra.get("year_line")
    if isinstance(year_line, re.Match):
        year = int(year_line.group("year"))
        inner = [d for d in candidates
                 if d.start < sent.start + year_line.end() and d.date and d.precision == "day"]
        m.period_start = dt.date(year, 1, 1)
        m.as_of = inner[0].date if inner else dt.date(year, 12, 31)
        m.as_of_basis, m.dated = "stated", True
        if m.measure == "cumulative":
            m.measure = "period"
        return
    chosen = _choose_date(reader, m, sent, abs_start, candidates) if candidates else None
    # "in June and July" is one span (but "in July and August, with 1,520 and 1,517 respectively" is two)
    if (chosen is not None and chosen.precision == "month"
            and not reader.sentence_search(sent, r.respectively)):
        chosen = joined_months(reader, chosen, candidates)
    if chosen is None and not candidates:
        chosen = line_date(reader, sent)  # "Sept. 21, 2022 — Putin orders ... Shoigu says 5,800 ...": the line's
    if chosen is None and m.measure == "cumulative" and m.measure_cue == "default" and m.period_start is None:
        lead = span_of_lead_sentence(reader, sent)
        if lead is not None:
            m.dated = True
            _calendar_span_claim(reader, m, *lead)
    if m.period_start is not None:
        # "between the start of the invasion in February 2022 and December 2025": the span's end dates the
        # figure, not the day the report came out
        ends = [d for d in candidates if r.span_end_before.search(reader.norm, max(sent.start, d.start - 12), d.start)]
        if ends:
            chosen = ends[-1]
            m.extra["span_end"] = True
    if (chosen is not None and m.measure == "period" and m.period_days == _PERIOD_DAYS["month"]
            and r.month_to_report.fullmatch(chosen.text) and reader.published is not None):
        # "lost 30,000 over the past month": the month that runs up to the report, not the calendar month before
        chosen = None
        m.as_of, m.as_of_basis, m.dated = reader.latest or reader.published, reader.published_basis, True
    if (chosen is not None and chosen.precision == "year" and r.last_year.fullmatch(chosen.text)
            and m.measure in ("cumulative", "period")
            and m.measure_cue in ("default", "list", "period_open", "present_perfect")
            and reader.published is not None
            and r.year_to_report.search(reader.norm, max(sent.start, chosen.start - 12), chosen.start)
            and chosen.text.lower().startswith(r.past_openers)):
        # "lost 400,000 in the past year": the year that runs up to the report
        chosen = None
        m.measure, m.period_days = "period", 365.0
        m.as_of, m.as_of_basis, m.dated = reader.latest or reader.published, reader.published_basis, True
    if chosen is not None:
        m.dated = True
        if chosen.precision == "month" or (chosen.precision == "year" and (r.year_span_before.search(
                reader.norm, max(sent.start, chosen.start - 30), chosen.start) or r.this_year.fullmatch(chosen.text)
                or last_year_span(reader, sent, chosen, abs_start))):
            _calendar_span_claim(reader, m, sent, chosen)
        elif chosen.date is not None:
            if (m.measure == "cumulative" and (m.measure_cue == "default" or list_of_a_day(reader, m))
                    and chosen.precision == "day" and chosen.span_start is None
                    and chosen.kind in ("weekday", "weekday_date", "relative")
                    and not r.reported_when.search(reader.norm, max(sent.start, chosen.start - 40), chosen.start)
                    and not r.report_dated.search(reader.norm, max(sent.start, chosen.start - 30), chosen.start)):
                # "Russia lost 1,200 soldiers on Monday": losses within a named day, not a statement's date
                m.measure, m.period_days = "period", 1
            elif (m.measure == "period" and m.period_days is None and m.period_start is None
                  and m.measure_cue != "month" and chosen.precision == "day"
                  and r.on_day.search(reader.norm, max(sent.start, chosen.start - 6), chosen.start)
                  and not r.reported_when.search(reader.norm, max(sent.start, chosen.start - 40), chosen.start)
                  and not r.report_dated.search(reader.norm, max(sent.start, chosen.start - 30), chosen.start)):
                # "lost 140 vehicles in the battles on Monday", "an attack on 23 May killed three": one day's event
                m.period_days = 1
            m.as_of = _year_from_context(reader, chosen) or chosen.date
            start_on_or_before(m)
            m.as_of_basis = {"weekday_date": "weekday_date", "weekday": "relative", "relative": "relative",
                             "year": "stated_year"}.get(chosen.kind, "stated")
            if (m.measure == "period" and m.period_days == _PERIOD_DAYS["week"] and reader.published is not None
                    and r.week_to_report.fullmatch(chosen.text)):
                # "lost 3,000 soldiers last week": the week that runs up to the report, as "the past week" does
                m.as_of, m.as_of_basis = reader.latest or reader.published, reader.published_basis
    elif ((m.measure, m.measure_cue) in (("period", "continued"), ("cumulative", "default"))
          and r.among_them.match(reader.norm, sent.start)):
        # "In March, ... killed and injured over 600 civilians. Among them, 57 were children", "Among the wounded
        # are 10 children" after a toll since a date: the part's span
        whole = next((x for x in reversed(reader.mentions) if x.sentence.start < sent.start), None)
        if whole is not None and whole.measure == "period" and (whole.dated or whole.period_start is not None):
            m.measure, m.as_of, m.as_of_basis, m.dated = "period", whole.as_of, whole.as_of_basis, True
            m.period_start, m.period_days = m.period_start or whole.period_start, m.period_days or whole.period_days
    elif r.part_of_whole.match(reader.norm, sent.start + m.number.end):
        # "Nearly 8,000 of the deaths were in the east": a part of the figure told before, as of its date
        index = bisect.bisect_left(reader.mentions, sent.start, key=_sentence_start)
        whole = reader.mentions[index - 1] if index else None
        if (whole is not None and whole.dated and whole.sentence.paragraph >= sent.paragraph - 2
                and (whole.measure == m.measure or (m.measure, whole.measure) == ("cumulative", "period"))):
            m.measure, m.as_of, m.as_of_basis, m.dated = whole.measure, whole.as_of, whole.as_of_basis, True
            m.period_start, m.period_days = m.period_start or whole.period_start, m.period_days or whole.period_days
    elif m.measure_cue == "list" and (before := before_in_sentence(reader, m)) is not None and before.dated \
            and (before.measure == m.measure or (m.measure, before.measure) == ("cumulative", "period")) \
            and not before.extra.get("span_end"):
        # "Nearly 8,000 of the deaths were in the east and more than 2,000 in the south": the list's date (and
        # the span its first item was given from the sentence before)
        m.measure, m.as_of, m.as_of_basis, m.dated = before.measure, before.as_of, before.as_of_basis, True
        m.period_start, m.period_days = m.period_start or before.period_start, m.period_days or before.period_days
    elif m.sentence.kind == "list_item" or m.rule in ("bulletin_item", "bulletin_delta"):
        # the list heading's date ("as of the morning of April 23", "from 24.02 to 23.04")
        ctx_date = reader.list_context.get("as_of")
        if isinstance(ctx_date, dt.date):
            m.as_of, m.as_of_basis, m.dated = ctx_date, "stated", True
        start = reader.list_context.get("start")
        if (isinstance(start, dt.date) and m.rule not in ("bulletin_item", "bulletin_delta")
                and m.measure == "cumulative" and m.measure_cue in ("list_heading", "default", "list")):
            # "Ukraine's losses since June 4 were:" heads the figures of that span (one that starts with the war
            # is set back to a running total below)
            m.measure, m.period_start, m.extra["start_kind"] = "period", start, "heading"
        day = reader.list_context.get("day")
        if (isinstance(day, dt.date) and m.rule not in ("bulletin_item", "bulletin_delta")
                and m.measure == "cumulative" and m.measure_cue in ("list_heading", "default", "list")):
            # "Russia's losses on Monday were:" heads that day's figures
            m.measure, m.period_days, m.as_of, m.as_of_basis, m.dated = "period", 1, day, "stated", True
    if m.as_of is None and (told_on := day_of_report_before(reader, m)) is not None:
        m.as_of, m.as_of_basis, m.dated = told_on, "stated", True  # "It said a total of 72 ...": the report's day
    if m.as_of is None and m.measure != "projection" and reader.published is not None:
        m.as_of, m.as_of_basis = reader.published, reader.published_basis
    if m.as_of is not None and reader.latest is not None and m.as_of > reader.latest:
        m.as_of = reader.latest  # "so far in April": a figure is never dated after its report
    # "from 24 February 2022 to 5 March 2023": a span that starts with the war is the running total
    if (m.measure == "period" and m.period_start is not None and abs((m.period_start - war_start).days) <= 1
            and m.measure_cue not in ("delta", "period_phrase", "increment", "dated_list_item", "rate")):
        m.measure, m.period_days = "cumulative", None
    # "lost 4,700 servicemen in the Kursk region since August 6": a span that starts after the war did
    # ("since ... a year ago" is too rough a start to tell)
    if (m.measure == "cumulative" and m.measure_cue in _OPEN_SPAN_CUES and (
            (m.period_start is not None and m.period_start > war_start + dt.timedelta(days=1)
             and m.extra.get("start_kind") != "relative") or m.extra.get("start_kind") == "yearless")):
        m.measure, m.period_days = "period", None
    if (m.extra.get("span_end") and m.measure == "period" and m.period_days is None and m.period_start is not None
            and m.as_of is not None and m.as_of >= m.period_start):
        m.period_days = float((m.as_of - m.period_start).days + 1)  # "between March 1 and August 31"
    if (((m.measure == "period" and m.period_days is None) or (m.measure, m.measure_cue) == ("cumulative", "default"))
            and m.period_start is None and not m.dated
            and (m.measure_cue == "increment" or reader.in_slice(r.also, sent.start, sent.end))
            and one_day_told_before(reader, m)):
        # "Six more armoured vehicles were also destroyed", "Russia also lost 510 soldiers", after the day's first
        # figure: the same day's report goes on
        m.measure, m.period_days = "period", 1
    _year_so_far(reader, m, sent, abs_start)
    _first_part_of_year(reader, m, sent, abs_start)
    _part_of_month(reader, m, sent, abs_start)


def _year_so_far(reader: Reader, m: Mention, sent: Sentence, abs_start: int) -> None:
    """'have lost 185,000 since the beginning of the year': a period from 1 January to the report (no length)."""
    r = reader.grammar.rules(MeasureRules)
    if m.measure in ("rate", "projection") or m.measure_cue in ("war_start", "delta", "period_phrase"):
        return
    lo, hi = reader.clause_bounds(sent, abs_start)
    if (span := reader.search_in(sent, r.year_so_far, lo, hi)) is None:
        return
    end = m.as_of or reader.latest or reader.published
    m.measure, m.period_days = "period", None  # a year still running has no length yet
    if end is not None:  # a week from its Monday, a month from its first day, else a year from 1 January
        unit_days = next((r.rate_unit_days[word] for word in span.group(0).lower().split()
                          if word in r.rate_unit_days), None)
        m.period_start = (end - dt.timedelta(days=end.weekday()) if unit_days == 7
                          else end.replace(day=1) if unit_days == 30 else dt.date(end.year, 1, 1))


def _part_of_month(reader: Reader, m: Mention, sent: Sentence, abs_start: int) -> None:
    """'killed 120 in the first half of the month': a period of half a month, dated at its end."""
    r = reader.grammar.rules(MeasureRules)
    if m.measure in ("rate", "projection"):
        return
    lo, hi = reader.clause_bounds(sent, abs_start)
    if not _holds_any(reader.norm, r.part_of_month_prefilter, lo, hi):
        return
    span = r.part_of_month.search(reader.norm, lo, hi)
    if span is None:
        return
    abs_end = sent.start + m.number.end
    part = r.among_them_within.search(reader.norm, abs_end, span.start()) if abs_end <= span.start() else None
    if part is not None and r.next_number.search(reader.norm, abs_end, span.start()):
        return  # "150 deaths in June, of them 40 in the first half of the month": the part's span, not the whole's
    named = next((d for d in dates_in(reader, span.start(), span.end() + 6)
                  if d.precision == "month" and d.span_start is not None), None)
    if named is None and span.group("month") is None:
        # "In June, ... in the first half of the month": the month the sentence named
        named = next((d for d in reversed(dates_in(reader, sent.start, span.start()))
                      if d.precision == "month" and d.kind != "season" and d.span_start is not None), None)
    reference = reader.latest or reader.published
    if named is not None and named.span_start is not None:
        first = named.span_start
    elif span.group("month") is None and reference is not None:
        first = reference.replace(day=1)  # "the first half of the month": the month of the report
    else:
        return
    last_day = calendar.monthrange(first.year, first.month)[1]
    if span.group("which").lower() in r.first_half:
        start, end = first, first.replace(day=15)
    else:
        start, end = first.replace(day=16), first.replace(day=last_day)
    if reader.latest is not None and end > reader.latest >= start:
        end = reader.latest
    m.measure, m.period_start, m.as_of, m.as_of_basis = "period", start, end, "stated"
    m.period_days = float((end - start).days + 1)


def _first_part_of_year(reader: Reader, m: Mention, sent: Sentence, abs_start: int) -> None:
    """'lost 80,000 in the first three months of the year': a period from 1 January, dated at its end."""
    r = reader.grammar.rules(MeasureRules)
    if m.measure in ("rate", "projection"):
        return
    lo, hi = reader.clause_bounds(sent, abs_start)
    span = reader.search_in(sent, r.first_part_of_year, lo, hi)
    if span is None:
        return
    reference = reader.latest or reader.published
    named = next((d for d in dates_in(reader, span.start("month"), span.end() + 6)
                  if d.precision == "month" and d.span_start is not None), None) if span.group("month") else None
    weeks = (span.group("unit") or "").lower() in r.week_units
    if span.group("month") and (named is None or named.span_start is None or not weeks):
        return  # only "the first N weeks of <Month>", the month written as a date (not the verb "may")
    if named is not None and named.span_start is not None:
        year = named.span_start.year
    elif span.group("year"):
        year = int(span.group("year"))
    elif reference is not None:
        year = reference.year
    else:
        return
    start = named.span_start if named is not None and named.span_start is not None else dt.date(year, 1, 1)
    part = (span.group("part") or "").lower()
    count = r.word_values.get((span.group("count") or "").lower()) or (
        int(span.group("count")) if (span.group("count") or "").isdigit() else 0)
    if part or (span.group("unit") or "").lower() in r.month_units:
        months = r.months_in_part.get(part, count)
        if not 0 < months <= 12:
            return
        end = dt.date(year, months, calendar.monthrange(year, months)[1])
    else:
        if not 0 < count <= 52:
            return
        end = start + dt.timedelta(days=7 * count - 1)
    if reader.latest is not None and end > reader.latest:
        end = reader.latest  # the part of the year was still running when the text was written
    m.measure, m.period_start, m.as_of, m.as_of_basis = "period", start, end, "stated"
    m.period_days = float((end - start).days + 1)


def _year_from_context(reader: Reader, d: datelib.DateMention) -> dt.date | None:
    """'On March 1, 2022, ... by March 3, the figure was revised': a yearless date close after a
    full one belongs to the same year, not to the publication's."""
    r = reader.grammar.rules(MeasureRules)
    if d.kind != "day_month" or d.date is None:
        return None
    # the dates ending in (d.start - 400, d.start], found by bisection (their ends are in text order too)
    window = reader.dates[bisect.bisect_right(reader.dates, d.start - 400, key=_end_of):
                          bisect.bisect_right(reader.dates, d.start, key=_end_of)]
    earlier = [x for x in window if x.end <= d.start and d.start - x.end < 400 and x.date is not None
               and x.kind in ("explicit", "numeric", "weekday_date") and x.precision == "day"
               and not r.since_or_from.search(reader.norm, max(0, x.start - 80), x.start)]
    if not earlier or earlier[-1].date is None or earlier[-1].date.year == d.date.year:
        return None
    try:
        return d.date.replace(year=earlier[-1].date.year)
    except ValueError:  # 29 February
        return None


def _choose_date(reader: Reader, m: Mention, sent: Sentence, abs_start: int,
                 candidates: list[datelib.DateMention]) -> datelib.DateMention | None:
    r = reader.grammar.rules(MeasureRules)
    if reader.sentence_search(sent, r.respectively):
        same = [x for x in reader.mentions + [m] if x.sentence is sent]
        idx = next((i for i, x in enumerate(same) if x is m), 0)
        return candidates[min(idx, len(candidates) - 1)]
    lo, hi = reader.clause_bounds(sent, abs_start)
    in_clause = [d for d in candidates if lo <= d.start < hi]
    abs_end = sent.start + m.number.end
    pool = without_day_said(reader, in_clause or candidates, abs_start, abs_end)

    def distance(d: datelib.DateMention) -> int:
        return abs_start - d.end if d.end <= abs_start else max(0, d.start - abs_end)
    return min(pool, key=lambda d: (_PRECISION_RANK.get(d.precision, 3), distance(d)))


def _calendar_span_claim(reader: Reader, m: Mention, sent: Sentence, d: datelib.DateMention) -> None:
    """A figure dated by a month or a year: "lost 23,000 in January" ("in 2023") is that month's (year's)
    figure, a period; "said in July that the total was 15,000" is a running total as of that month."""
    r = reader.grammar.rules(MeasureRules)
    before = reader.norm[max(sent.start, d.start - 64) : d.start]
    by_point = r.by_point.search(before) if d.precision == "month" else None
    if by_point is not None:
        # "by the middle of June, Russia had lost 20,000": a running total as of that point of the month
        if d.date is not None and d.span_start is not None:
            day = r.point_of_month_day.get((by_point.group("pos") or "").lower())
            m.as_of = d.span_start.replace(day=day) if day else d.date  # no day listed: the month's end
            m.as_of_basis = "stated_month"
        return
    told_then = r.said_in.search(before)
    if told_then is None and r.point_in_time.fullmatch(d.text):
        told_then = r.reported_when.search(before)  # "said this month that 46,000 ...": when it was said
    number_at = sent.start + m.number.start
    if (told_then is None and d.end <= number_at and r.said_after_date.match(reader.norm, d.end, number_at)
            and r.perfect_tense.search(reader.norm, d.end, reader.clause_bounds(sent, number_at)[1])):
        # "In February, X said N had been killed": the month dates the statement of a running total, not a span
        told_then = r.said_after_date.match(reader.norm, d.end, number_at)
        if m.measure == "period" and m.measure_cue == "month" and m.period_start is None:
            m.measure, m.period_days = "cumulative", None
    weak_cue = m.measure_cue in ("default", "list", "continued", "month", "present_perfect")
    if m.measure == "cumulative" and weak_cue and not told_then:
        m.measure = "period"
    if d.date is not None:
        end = d.date
        if r.mid_month.search(before) and d.span_start is not None:
            end = d.span_start.replace(day=15)
        m.as_of, m.as_of_basis = end, f"stated_{d.precision}"
    if m.measure == "period" and not told_then and m.measure_cue != "restated":
        # ("said in 2023 that 20,000 died in the battle", "the previous record, set in March": not its span)
        if d.span_start is not None and m.period_days != 1:  # (one day in the month: which day is not told)
            m.period_start = m.period_start or d.span_start
        if d.precision == "month" and m.period_days == _PERIOD_DAYS["month"]:
            m.period_days = None  # "last month" is a calendar month: its own length
        if (m.period_days is None and d.span_start is not None and d.date is not None
                and (reader.latest is None or d.date <= reader.latest)):
            # (a month or year still running when the text was written has no length yet)
            m.period_days = _month_days(d.span_start, d.date)
        elif m.period_days is None and d.month:
            m.period_days = float(calendar.monthrange(2001, d.month)[1])  # year unknown: not a leap year
