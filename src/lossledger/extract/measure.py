"""How a figure counts and when: its measure (running total, a period's losses, a rate, a projection),
the length and start of its period, and the date it holds as of.

Cues in the number's own clause decide the measure ("so far", "over the past day", "per day");
lists share it; a document-level pass sets right figures that are in fact running totals of the
General Staff's series. The dates a figure holds as of, and its span's start, are read once the document
has its date (``mention_dates.resolve_dates``).
"""

from __future__ import annotations

import bisect
import itertools
import re

from ..languages.reverse import end_test
from .answer_span import answer_period_phrase
from .attacked_side import attacked_side_named_before
from .body import Sentence
from .document import Mention, Reader
from .figures_before import day_within_total
from .loss_frame_rules import LossFrameRules
from .measure_rules import MeasureRules
from .numbers import Number
from .restated_whole import whole_restated
from .span_context import (
    date_role,
    dates_in,
    heading_day,
    heading_start,
    joined_clause,
    rate_restated,
    sentence_index,
    span_told_before,
    started_after_war,
    trailing_rate,
)
from .standing_state import stands_apart_from_span, told_as_standing_state
from .time_clause_modal import first_outside_time_clause
from .toll_raised import toll_of_attack_raised, toll_raised_in_clause

__all__ = ["PERIOD_DAYS", "MeasureRules", "date_role", "dates_in", "heading_day", "heading_start",
           "increments_before_totals", "measure_of", "span_told_before_heading", "span_told_before_list"]


_IN_DELTA = re.compile(r"\(\s*\+\s*\d[^()]*$")
# "9,335 tanks (+4)"; possessive: a word given back, or a word fewer, would leave a letter or a space where the "("
# must stand, so only the longest words match (and ``re`` no longer tries the shorter ones at every figure)
_DELTA_AFTER = re.compile(r"(?:\s+[^\W\d]++){0,4}+\s*+\(\s*\+\s*\d")
_LOOK_BACK = 40  # how many figures back a day's report is followed (a bulletin's hundreds are not)
PERIOD_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30}  # the profile's [periods] keys


def measure_of(reader: Reader, sent: Sentence, num: Number, abs_start: int, abs_end: int,
               category: str, prev: Mention | None, claimant: str | None) -> tuple[str, float | None, str]:
    """(measure, period_days, cue) for one number.

    Cues in the number's own clause decide; a list item with no cue of its own shares the measure
    of the item before it; the rest of the sentence speaks only when both are silent."""
    r = reader.grammar.rules(MeasureRules)
    lo, hi = reader.clause_bounds(sent, abs_start)
    # "since February 2022, and in November alone it lost 97": a joined clause with a span of its own is the figure's
    # whole sentence for its cues
    joined = joined_clause(reader, sent, abs_start)
    s_lo, s_hi = joined if joined is not None else (sent.start, sent.end)
    lo, hi = max(lo, s_lo), min(hi, s_hi)
    if num.delta:
        return "period", 1, "delta"
    if ((reader.scan.search("projection", lo, hi)  # (not "killed before medics could reach them": a time clause's)
         and first_outside_time_clause(reader, "projection", lo, hi, abs_start))
            or reader.scan.search("projection", max(sent.start, abs_start - 60), abs_start)):
        return "projection", None, "projection"
    if _DELTA_AFTER.match(reader.norm, abs_end):
        return "cumulative", None, "total"  # "9,335 tanks (+4)": the running total the day's increase adds to
    # the span between this number and the next one (or the clause end) holds its own rate words
    nxt = reader.search_number(r.next_number, abs_end, hi)
    own = reader.norm[abs_end : nxt.start() if nxt else hi]
    # (in the slice: its lookbehinds must not see before the number; asked only where the clause after the number
    # holds a rate word, as is the pair below: trailing_rate reads only there)
    may_rate = reader.folded.may_match(r.rate_words, abs_end, hi)
    rate = r.rate_words.search(own) if may_rate else None
    if rate and not r.in_a_day.search(own):
        return "rate", _rate_days(r, rate), "rate"
    # "150 dead and 800 wounded every day": the rate words after the last item of a pair cover the first (the rate
    # after the pair first: few numbers have one, and the pair's pattern costs more than the rate's)
    if (rate is None and may_rate and nxt is not None and (pair_rate := trailing_rate(reader, nxt.start(), hi))
            and r.coordinated_tail.fullmatch(own)):
        return "rate", _rate_days(r, pair_rate), "rate"
    if (prev is not None and prev.sentence is sent and prev.measure == "rate"
            and r.compared_rate_before.search(reader.norm, max(sent.start, abs_start - 25), abs_start)):
        return "rate", prev.period_days, "rate"  # "averaged 1,260 a day in February, down from 1,520 in January"
    if end_test(r.increase_before).found(reader.norm, max(sent.start, abs_start - 25), abs_start):
        # "8,000 tanks, up 7 from the day before": the increase of the total before it, over its own span
        return "period", (1 if r.day_before.search(reader.norm, abs_end, hi) else None), "increment"
    if (than := r.increase_than_before.match(reader.norm, abs_end)) is not None:
        # "131,200 killed, 1,650 more than a week earlier": the increase over the span the unit names
        return "period", PERIOD_DAYS[than.group("unit") or than.group("unit2")], "increment"
    rate_before = reader.search_in(sent, r.rate_before, max(sent.start, abs_start - 120), abs_start)
    if rate_before:
        return "rate", (7 if rate_before.group("week") else 30 if rate_before.group("month") else 1), "rate_before"
    if reader.in_slice(r.progressive_loss, lo, hi) and not reader.in_slice(r.total_cue, lo, hi) and not (
            reader.scan.search("war_start", lo, hi, sliced=True)):
        # "between 50 and 100 troops were dying in the hardest-hit regions": an ongoing toll, a rate whose unit
        # the text leaves out
        return "rate", None, "progressive"
    same_sentence_prev = prev if prev is not None and prev.sentence is sent else None
    if (same_sentence_prev is not None and same_sentence_prev.measure_cue == "increment"
            and r.level_after_increase.fullmatch(reader.norm, sent.start + same_sentence_prev.number.end, abs_start)):
        # "rose by four to 11,172": the level the increase brings is not one more increase (a running total, but for
        # the toll of one attack: "the death toll from the strike has risen by three to 17")
        if not reader.profile.is_victims(category):
            return "cumulative", None, "total"
        same_sentence_prev = None
    local = _measure_cues(reader, sent, lo, hi, abs_start, abs_end, prev, category, num.value)
    if local is not None and local[2] == "present_perfect" and joined is None:  # (a joined clause has its own span)
        # "Kiev has lost up to 325 soldiers in battles with the Tsentr group, the ministry said", after
        # that ministry's figure for the past 24 hours: the same day's report goes on
        continued = _daily_report_continued(reader, sent, claimant, abs_start)
        if continued is not None:
            return continued
    if local is not None and local[2] == "period_open" and local[1] is None:
        # "lost up to 325 soldiers in the battles with the Tsentr group", after the ministry's figure for
        # the past day: the battles are that day's
        continued = _daily_report_continued(reader, sent, claimant, abs_start)
        if continued is not None:
            return continued
    if (local is None or local[0] == "cumulative") and r.change_by_before.search(
            reader.norm, max(sent.start, abs_start - 25), abs_start):
        # "the tally rose by four to 11,172": the increase of the level after it, over a span it does not give (but a
        # daily report's running totals rise by the day's losses)
        daily = r.day_before.search(reader.norm, abs_end, hi) or (
            not reader.profile.is_victims(category) and _daily_context(reader))
        return "period", (1 if daily else None), "increment"
    if same_sentence_prev is not None and stands_apart_from_span(reader, local, same_sentence_prev, abs_end, hi):
        return "cumulative", None, "standing_state"  # "... this year alone, and 26 more are listed as missing"
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
    if (lo, hi) != (s_lo, s_hi) and told_as_standing_state(reader, abs_end, hi):
        # "7,400 are held as prisoners of war; 1,150 were returned in the first four months": a state that stands now,
        # its own clause silent on a span; another clause's span is not its
        return "cumulative", None, "standing_state"
    if (lo, hi) != (s_lo, s_hi):  # (a clause that is the whole sentence has been read above)
        whole = _measure_cues(reader, sent, s_lo, s_hi, abs_start, abs_end, prev, category, num.value)
        if whole is not None:
            return whole
    s_text = reader.norm[sent.start : sent.end]
    if (r.rest_of_whole_opening.match(s_text) and _continues_breakdown(reader, sent)) or (
            r.among_them.match(s_text) and _breaks_down_total(reader, sent)):
        # "... killed since the invasion. Of them, 512 were athletes. Most died at the front, while 44 ...": the parts
        # of a running total, whatever attack a part tells of
        return "cumulative", None, "continued"
    if (named_whole := whole_restated(reader, sent, r.among_them.match(s_text))) is not None:
        return named_whole.measure, named_whole.period_days, "continued"  # "... Of the 27, nine were": the 27's
    if r.event_subject_before.search(reader.norm, max(sent.start, abs_start - 120), abs_start) is not None:
        return "period", None, "event"  # "the 22 June assault cost Russia roughly 600 personnel": that one assault's
    if (reader.profile.is_victims(category) and (reader.scan.search("event", sent.start, sent.end, sliced=True)
                                                 or _paragraph_has_event(reader, sent))) or (
            category in reader.profile.launched_categories and (_attack_told(reader, sent)
                                                                or _paragraph_has_event(reader, sent))):
        return "period", None, "event"
    if category in reader.profile.launched_categories and r.part_of_launched_after.match(reader.norm, abs_end):
        return "period", None, "event"  # "its forces had downed 60 of the 96 drones": that attack's
    if category in reader.profile.launched_categories and reader.in_slice(r.shot_down, sent.start, sent.end):
        # "air defences shot down 22 drones over the region": one night's interceptions, unless a cue said
        # otherwise above ("since 2022", "in total")
        return "period", None, "event"
    people = reader.profile.is_people(category)
    if people and reader.sentence_search(sent, r.record_day):
        return "period", 1, "period_phrase"  # "The deadliest day was December 19, when ... reported 2,200 casualties"
    if people and reader.sentence_search(sent, r.hit_when):
        return "period", None, "event"  # "12 servicemen were killed when two missiles hit a unit": that one strike's
    if reader.sentence_search(sent, r.one_attack_toll) and _one_attack_before(reader, sent, abs_start):
        return "period", None, "event"  # "Drones attacked an airfield overnight. Two jets were destroyed": its toll
    if people and reader.sentence_search(sent, r.one_attack_toll) and not reader.norm[sent.start:abs_start].strip() \
            and attacked_side_named_before(reader, sent) is not None:
        return "period", None, "event"  # "Russian shells hit the Ukrainian positions. 9 were wounded": that attack's
    # A report of the day's losses goes on: "The Ukrainian armed forces also lost three armoured
    # vehicles", "Kiev has lost up to 125 soldiers, the ministry said". Figures that are in fact running
    # totals are set right against the series later (running_totals_from_series).
    continued = _daily_report_continued(reader, sent, claimant, abs_start)
    if continued is not None:
        return continued
    # "The said 2,227 losses include ten Leopard tanks": a breakdown shares the span of its total
    last = reader.mentions[-1] if reader.mentions else None
    before = reader.norm[sent.start:abs_start]
    if (last is not None and last.measure == "period" and last.sentence.paragraph >= sent.paragraph - 1
            and (r.among_them.match(s_text) or r.breakdown.search(before)
                 or (not before.strip() and reader.grammar.rules(LossFrameRules).of_them_after.match(
                     reader.norm, abs_end) and reader.profile.is_people(last.category)
                     and reader.profile.is_people(category)))):
        # ("Two of them were from my platoon" opening its sentence: a part of the people just counted)
        return last.measure, last.period_days, "continued"
    # "The said 2,227 material losses ...": the same figure again, with the same span
    again = next((m for m in reader.recent_mentions(sent, paragraphs=2)
                  if m.value == num.value and m.category == category), None)
    if again is not None and not (again.measure_cue == "default" and again.sentence.kind == "heading"):
        # (a headline's figure with no span of its own gives none to the body's telling of it)
        return again.measure, again.period_days, "continued"
    if (last is not None and last.measure == "cumulative" and last.sentence.paragraph >= sent.paragraph - 1
            and reader.profile.is_people(last.category) == reader.profile.is_people(category)
            and reader.sentence_search(sent, r.largest_part)):
        return "cumulative", None, "continued"  # "The highest toll was in Donetsk, where 218 died": the total's part
    if reader.profile.is_victims(category) and (reader.in_slice(r.simple_past_harm, lo, hi)
                                                or _day_opens_report(reader, sent, abs_start, claimant)):
        # "said three people were killed and 12 wounded": a simple past with no span tells one incident
        return "period", None, "event"
    if reader.profile.is_victims(category):
        # "In addition, 18 people have been injured": a story of one attack goes on telling that attack
        # ("a 12-year-old girl was among the dead", after "26 wounded, seven of whom ...": the part is the dead's,
        # told after the parts of another whole)
        part = r.among_whole_after.search(reader.norm, abs_end, sent.end) is not None
        told = next((x for x in reader.recent_mentions(sent, paragraphs=8)
                     if reader.profile.is_people(x.category)
                     and not (part and x.measure_cue in ("continued", "list"))), None)
        if told is not None and told.measure == "period" and told.measure_cue in ("event", "period_phrase"):
            return "period", told.period_days, "event"
    asked = answer_period_phrase(reader, sent)
    if asked is not None:
        # "Q: What happened last night? / A: Our drones destroyed two landing craft": the span asked about
        return "period", PERIOD_DAYS[reader.profile.key_of(asked)], "answer_frame"
    return "cumulative", None, "default"


def heading_span(reader: Reader, sent: Sentence) -> tuple[str, float | None, str] | None:
    """The span a list's heading gives its items ("the losses over the past day:"), if it names one."""
    found = reader.scan.search("period_days", sent.start, sent.end, sliced=True)
    if found is None or reader.scan.search("war_start", sent.start, sent.end, sliced=True) is not None:
        return None
    return "period", PERIOD_DAYS[reader.profile.key_of(found)], "list_heading_span"


def span_told_before_list(reader: Reader, sent: Sentence) -> tuple[str, float | None, str] | None:
    """The span of the sentence before a list's heading that tells what a force did ("Over the past week, the
    brigade killed 212. Its drone operators destroyed:"), in the same paragraph, when that sentence named it."""
    r = reader.grammar.rules(MeasureRules)
    if (not reader.sentence_may_hold(sent, r.action_heading)
            or r.action_heading.search(reader.norm, sent.start, sent.end) is None
            or reader.in_slice(r.total_cue, sent.start, sent.end)):
        return None
    last = reader.mentions[-1] if reader.mentions else None
    if (last is None or last.sentence.paragraph != sent.paragraph or last.sentence.end > sent.start
            or last.measure != "period" or last.period_days is None or last.measure_cue != "period_phrase"):
        return None
    return "period", last.period_days, "list_heading_span"


def span_told_before_heading(reader: Reader, sent: Sentence) -> tuple[str, float | None, str] | None:
    """The span the sentence before a list's heading names, when neither holds a figure ("Russian forces shelled 31
    villages over the past day, the governor said. By settlement:"): the sentence leads the list the heading opens."""
    index = bisect.bisect_left(reader.sentences, sent.start, key=_sentence_start) - 1
    if index < 0:
        return None
    before = reader.sentences[index]
    last = reader.mentions[-1] if reader.mentions else None
    if before.paragraph < sent.paragraph - 1 or (last is not None and last.sentence.end > before.start):
        return None
    return heading_span(reader, before)


def _sentence_start(s: Sentence) -> int:
    return s.start


def _daily_report_continued(reader: Reader, sent: Sentence, claimant: str | None,
                            abs_start: int) -> tuple[str, float | None, str] | None:
    """The measure of the last day's figure, when this sentence goes on with the same report."""
    r = reader.grammar.rules(MeasureRules)
    daily = reader.last_daily
    if daily is not None and r.losses_put_at.search(reader.norm, max(sent.start, abs_start - 90), abs_start):
        daily = None  # "The ministry also put Russian losses at 11,742 tanks": a level, "also" carries only the source
    if daily is not None and day_within_total(reader, daily):
        daily = None  # "This number includes 1,230 over the past day. Russia has also lost 8,920 tanks": totals
    if daily is not None and reader.sentence_search(sent, r.since_month_alone) is not None:
        daily = None  # "Russia had also lost 3,500 armoured vehicles since January": a span of its own
    if daily is not None and reader.sentence_search(sent, r.since_adverb) is not None:
        daily = None  # "Before the invasion the fleet had 80 ships. Ukraine says it has since destroyed 29": likewise
    if (daily is not None and sent.kind != "list_item" and daily.sentence.paragraph >= sent.paragraph - 3
            and _war_total_after(reader, daily)):
        daily = None  # "... 1,100 over the past day. Since the invasion, 990,800. It claims 10,881 tanks": totals
    if (daily is not None and sent.kind != "list_item" and daily.sentence.paragraph >= sent.paragraph - 3
            and (r.also.search(reader.norm[sent.start : sent.end])
                 or (claimant is not None and claimant == daily.claimant
                     and not reader.sentence_search(sent, r.list_added)))):  # ("in addition to X, ..." adds a list)
        return daily.measure, daily.period_days, "continued"
    last = reader.mentions[-1] if reader.mentions else None
    if (daily is not None and last is daily and claimant is None and sent.kind != "list_item"
            and daily.sentence.paragraph == sent.paragraph and reader.sentence_search(sent, r.passive_past_loss)):
        # "... also lost three armoured vehicles. Two radar stations were destroyed.": no source of its own, a
        # simple past right after the day's figures tells more of that day
        return daily.measure, daily.period_days, "continued"
    said = reader.last_source
    told = span_told_before(reader, sent) if daily is None and said is not None and said.key == claimant else None
    if told is not None and said is not None and told[0].start <= said.start < told[0].end:
        return "period", PERIOD_DAYS[reader.profile.key_of(told[1])], "continued"  # the report's span, told before
    # "Ukraine lost 76,500 troops during the operation in the Kursk region, the ministry said. In a
    # statement, the ministry said Ukraine had lost 412 tanks ...": the same source's report of one event
    # A sentence anchored in the present ("have now identified 4,500") tells the state now, not that event.
    if (daily is None and last is not None and claimant is not None and last.claimant == claimant
            and last.measure == "period" and last.measure_cue == "period_open" and last.rule != "bulletin_delta"
            and sent.kind != "list_item" and last.sentence.paragraph >= sent.paragraph - 2
            and not reader.sentence_search(sent, r.present_anchor)):
        return last.measure, last.period_days, "continued"
    return None


def _war_total_after(reader: Reader, daily: Mention) -> bool:
    """Has a sentence after the day's figure told a total since the war began (the report has gone on to totals)?"""
    for m in itertools.islice(reversed(reader.mentions), _LOOK_BACK):
        if m.sentence.start <= daily.sentence.start:
            return False
        if m.measure_cue == "war_start":
            return True
    return False


def _measure_cues(reader: Reader, sent: Sentence, c_lo: int, c_hi: int, abs_start: int, abs_end: int,
                  prev: Mention | None, category: str, value: float | None = None
                  ) -> tuple[str, float | None, str] | None:
    if (c_lo, c_hi) in reader.silent_clauses:
        return None  # (known to hold no cue that could speak for any of its numbers)
    r = reader.grammar.rules(MeasureRules)
    prof = reader.profile
    war_start = reader.scan.search("war_start", c_lo, c_hi, sliced=True)
    if war_start is None and reader.folded.may_match(r.war_age, c_lo, c_hi):
        war_start = r.war_age.search(reader.norm, c_lo, c_hi)  # "as the invasion enters its ninth week"
    if war_start is not None and r.record_before_since.search(reader.norm, max(c_lo, war_start.start() - 60),
                                                              war_start.start()):
        war_start = None  # "lost 1,629 on Thursday, the most on one day since the war began": the record's bound
    if war_start is not None and r.war_as_place.fullmatch(war_start.group(0)) and any(
            not r.reported_when.search(reader.norm, max(c_lo, c_lo + span.start() - 40), c_lo + span.start())
            for span in reader.in_slice(r.span_named_in_clause, c_lo, c_hi)):
        # "This year the parish lost four of its members in the war": where they fell, this year's (but "estimated
        # this year that Russia has lost 250,000 in the war" dates the estimate)
        war_start = None
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
        if r.point_in_time.fullmatch(m.group(0)) and _narrowed_to_day(reader, r, m.end(), c_hi):
            continue  # "This week, on Tuesday, the General Staff put the losses at ...": the day says when
        if _night_of_the_telling(reader, sent, r, m):
            continue  # "has lost 970,000 men, figures from Kyiv revealed last night": the night it was told
        pd_match = m
        if m.start() > abs_start:
            break
    if war_start is not None and war_start.end() <= abs_start and r.part_before_span.match(reader.norm, abs_end, c_hi):
        war_start = None  # "31 killed since the invasion, nine of them this year": the part has a span of its own
    # '"Over the past day, the enemy lost 1,740 personnel," ..., the highest daily toll since the start of
    # the invasion': of a war-start phrase and a period phrase, the one nearer the number says its span
    if war_start is not None and (pd_match is None or _distance(war_start, abs_start, abs_end)
                                  <= _distance(pd_match, abs_start, abs_end)):
        return "cumulative", None, "war_start"
    if pd_match is not None:
        if r.day_within_period.search(reader.norm, max(c_lo, pd_match.start() - 30), pd_match.start()):
            return "period", 1, "period_phrase"  # "on a single day last week": that one day
        return "period", PERIOD_DAYS[prof.key_of(pd_match)], "period_phrase"
    if reader.in_slice(r.same_period, c_lo, c_hi):
        heard = True
        # "over the same period": the span of the last figure that had one, a few paragraphs back at most
        spanned = prev if prev is not None and prev.measure != "cumulative" else _last_spanned(reader, sent)
        if (spanned is not None and spanned is not prev and prev is not None and prev.measure_cue == "war_start"
                and prev.sentence is not sent and spanned.sentence is not prev.sentence
                and sentence_index(reader, prev.sentence.start) >= sentence_index(reader, sent.start) - 1):
            # "... Since February 2022, Russia has lost 800,000. Ukraine's, over the same period, ...": the war's span
            # told in the sentence right before, not an earlier figure's
            spanned = None
        if spanned is not None:
            return spanned.measure.replace("cumulative", "period"), spanned.period_days, "same_period"
        if prev is not None and prev.measure_cue == "war_start" and prev.sentence is not sent:
            return "cumulative", None, "same_period"  # "... since the invasion. N were injured over the same period"
    if reader.in_slice(r.week_to_day, c_lo, c_hi):
        return "period", PERIOD_DAYS["week"], "period_phrase"  # "in the week to Sunday"
    if reader.in_slice(r.month_to_day, c_lo, c_hi):
        return "period", PERIOD_DAYS["month"], "period_phrase"  # "in the month to June 20"
    for opened in reader.scan.finditer("period_open", c_lo, c_hi, sliced=True):
        heard = True
        word = opened.group(0).lower()
        if word in r.increment_words:
            if _continues_breakdown(reader, sent):
                continue  # "Of these, 1,414 were destroyed. Another 118 were abandoned": one more part
            if prev is not None and prev.sentence is sent and r.joined_increment_before.search(
                    reader.norm, max(sent.start, abs_start - 25), abs_start):
                continue  # "70,000 killed, with another 100,000 wounded": the list goes on
            if (prev is not None and prev.sentence is sent and r.increment_after.match(reader.norm, abs_end)
                    and r.and_before_more.search(reader.norm, max(sent.start, abs_start - 13), abs_start)):
                continue  # "nine were Leopards and three more Challengers": the list goes on
            if _continues_war_count(reader, sent, abs_start):
                return "cumulative", None, "war_start"  # "... died since the invasion. Another 42 were executed"
            if r.damaged_state_after.match(reader.norm, abs_end, c_hi):
                return "cumulative", None, "standing_state"  # "a further 17 units are damaged and under repair": now
            if not prof.is_victims(category) and told_as_standing_state(reader, abs_end, c_hi):
                return "cumulative", None, "standing_state"  # "Another 12 alumni are listed as missing": a state now
            if r.increment_before.search(reader.norm, max(sent.start, abs_start - 22), abs_start) or \
                    r.increment_after.match(reader.norm, abs_end):
                if (days_going_on := _span_going_on(reader, sent, prev)) is not None:
                    return "period", days_going_on, "increment"
                return "period", (1 if _daily_context(reader) else None), "increment"
            continue
        days = _span_days(r, opened.group(0))
        if days is None:  # "in the battle for the village over three weeks": the length a later phrase gives
            days = next((d for later in reader.scan.finditer("period_open", opened.end(), c_hi, sliced=True)
                         if (d := _span_days(r, later.group(0))) is not None
                         and reader.search_number(r.next_number, opened.end(), later.start()) is None), None)
        return "period", days, "period_open"
    for hours in reader.in_slice(r.hours_span, c_lo, c_hi):
        if _IN_DELTA.search(reader.norm, max(c_lo, c_lo + hours.start() - 30), c_lo + hours.start()):
            continue  # "(+20 over the past 24 hours)": the increase's span
        if int(hours.group("n")) % 24 == 0:  # "in the past 48 hours": two days ("24 hours" is the profile's day)
            return "period", float(int(hours.group("n")) // 24), "period_phrase"
    # (its words first: most clauses hold none, and in_slice would keep an empty entry for each)
    if reader.folded.may_match(r.day_alone, c_lo, c_hi) and reader.in_slice(r.day_alone, c_lo, c_hi):
        return "period", 1, "period_phrase"  # "On April 13 alone, at least 520 were killed"
    if reader.folded.may_match(r.span_alone, c_lo, c_hi) and reader.in_slice(r.span_alone, c_lo, c_hi):
        return "period", None, "month"  # "reached 72,000 in 2024 alone": that year's (its dates fill in the span)
    counted = reader.in_slice(r.counted_span, c_lo, c_hi) if reader.norm.find("-", c_lo, c_hi) >= 0 else []
    for span in counted or reader.in_slice(r.bounded_event, c_lo, c_hi):
        return "period", _span_days(r, span.group(0)), "period_open"  # "in a three-day attempt", "in these clashes"
    one_attack = reader.profile.is_victims(category) and reader.scan.search("event", sent.start, sent.end, sliced=True)
    if not prof.is_people(category) and (
            reader.search_in(sent, r.struck_count, max(sent.start, abs_start - 100), abs_start)
            or r.destroyed_count.search(reader.norm, max(sent.start, abs_start - 80), abs_start)):
        return "period", None, "event"  # "its drones had hit 12 aircraft at two air bases": one attack's, no total
    if not prof.is_people(category) and reader.search_in(sent, r.strike_then_participle,
                                                         max(sent.start, abs_start - 100), abs_start):
        return "period", None, "event"  # "drones hit an airfield in Crimea, destroying 3 jets": that strike's
    if prof.is_people(category) and reader.search_in(sent, r.strike_then_killing, max(sent.start, abs_start - 100),
                                                     abs_start):
        return "period", None, "event"  # "said it had struck a gathering of troops, killing up to 60": that strike's
    totals = reader.in_slice(r.total_cue, c_lo, c_hi)
    raised = toll_of_attack_raised(reader, sent, category, value, totals) if totals and value is not None else None
    if toll_raised_in_clause(reader, sent, category, totals, abs_start):
        return "period", None, "event"  # "The death toll has risen from five to eight": one attack's toll, raised
    # "The enemy struck the city centre. In total, 23 people were killed": a sum of the attack's victims
    summed_attack = bool(totals and not one_attack and reader.profile.is_victims(category)
                         and all(r.summing_adverb.fullmatch(reader.norm, c_lo + t.start(), c_lo + t.end())
                                 for t in totals)
                         and reader.in_slice(r.simple_past_harm, c_lo, c_hi) and _paragraph_has_event(reader, sent))
    if totals and not one_attack and not summed_attack and not (
            all(r.toll_noun.fullmatch(t.group(0)) or r.summing_adverb.fullmatch(reader.norm, c_lo + t.start(),
                                                                                 c_lo + t.end()) for t in totals)
            and _own_month(reader, sent, c_lo, c_hi)) and not _as_of_only(reader, totals, c_lo, abs_end) and not (
            reader.in_slice(r.quantity_of_a_span, c_lo, c_hi)) and raised is None:
        # but "the death toll from the strike rose to 30" is that strike's, "the toll includes 1,389 casualties in
        # April" and "In total, Russia lost 45,000 in May" that month's; and "excess mortality reached 58,000 in
        # 2023", a quantity only ever counted over a span, that year's (the span's dates fill in, as for "was")
        return "cumulative", None, "total"
    if raised is not None:
        # "... overnight, killing six people. [a running total told between] The death toll has risen to nine": the
        # attack's toll raised, whatever figure was told last
        return "period", raised.period_days, "event"
    # "lost 23,000 in January": that month's figure (its dates are filled in with the other dates)
    for month in reader.in_slice(r.month_span, c_lo, c_hi):
        if not r.reported_before.search(reader.norm, max(sent.start, c_lo + month.start() - 64), c_lo + month.start()):
            month_at = c_lo + month.start() + len(month.group(0).split()[0]) + 1
            if r.war_start_clause_before.search(reader.norm, max(sent.start, month_at - 90), month_at):
                continue  # "The war, which began in February 2022, has killed ...": the war's start, no month's span
            if _narrowed_to_day(reader, r, c_lo + month.end(), c_hi):
                continue  # "Last month, on 12 March, the General Staff put ...": the day says when it was told
            return "period", None, "month"
    # "has killed 21 people" is a running total, unless the subject is one attack
    if reader.in_slice(r.present_perfect_loss, c_lo, c_hi) and not (
            reader.profile.is_victims(category) and reader.scan.search("event", sent.start, sent.end)):
        return "cumulative", None, "present_perfect"
    if not (heard or totals or reader.in_slice(r.present_perfect_loss, c_lo, c_hi)):
        reader.silent_clauses.add((c_lo, c_hi))  # every other number of the clause gets the same None at once
    return None


def _narrowed_to_day(reader: Reader, r: MeasureRules, end: int, c_hi: int) -> bool:
    """Is the point in time ending at ``end`` ("this week", "last month") narrowed right after it, past a comma, to
    one of its days ("This week, on Tuesday, ...", "Last month, on 12 March, ...")? The day says when."""
    gap = len(reader.norm[end:end + 3]) - len(reader.norm[end:end + 3].lstrip(", "))
    return bool(gap) and r.day_narrows_period.match(reader.norm, end + gap, c_hi) is not None


def _night_of_the_telling(reader: Reader, sent: Sentence, r: MeasureRules, cue: re.Match[str]) -> bool:
    """A night cue right after a verb of saying, in a sentence whose figure is a running total in the perfect."""
    return bool(r.statement_night.fullmatch(cue.group(0))
                and r.reported_when.search(reader.norm, max(sent.start, cue.start() - 40), cue.start())
                and r.perfect_tense.search(reader.norm, sent.start, sent.end))


def _continues_breakdown(reader: Reader, sent: Sentence) -> bool:
    """Does the sentence follow one that breaks a total down ("Of these, ...", "Among them, ...")?"""
    r = reader.grammar.rules(MeasureRules)
    last = reader.mentions[-1] if reader.mentions else None
    return (last is not None and last.sentence is not sent and last.sentence.paragraph == sent.paragraph
            and last.measure == "cumulative" and r.among_them.match(reader.norm, last.sentence.start) is not None)


def _breaks_down_total(reader: Reader, sent: Sentence) -> bool:
    """Does the sentence, opening "Of them, ...", follow a running total of its paragraph ("... killed since the
    invasion. Of them, 512 were athletes")?"""
    last = reader.mentions[-1] if reader.mentions else None
    return (last is not None and last.sentence is not sent and last.sentence.paragraph == sent.paragraph
            and last.measure == "cumulative")


def _continues_war_count(reader: Reader, sent: Sentence, abs_start: int) -> bool:
    """Does the sentence open with "Another N" right after one that counts since the war began ("... have died since
    February 2022. Another 42 were executed")? More of that count, over its span (a daily report's are increments)."""
    r = reader.grammar.rules(MeasureRules)
    last = reader.mentions[-1] if reader.mentions else None
    return (last is not None and last.sentence is not sent and last.sentence.paragraph == sent.paragraph
            and last.measure_cue == "war_start"
            and r.increment_before.fullmatch(reader.norm, sent.start, abs_start) is not None
            and not _daily_context(reader))


def _own_month(reader: Reader, sent: Sentence, c_lo: int, c_hi: int) -> bool:
    """A month span in the clause that is not when something was reported ("in April", not "said in April")."""
    r = reader.grammar.rules(MeasureRules)
    return any(not r.reported_before.search(reader.norm, max(sent.start, c_lo + month.start() - 64),
                                           c_lo + month.start())
               for month in reader.in_slice(r.month_span, c_lo, c_hi))


def _as_of_only(reader: Reader, totals: list[re.Match[str]], c_lo: int, abs_end: int) -> bool:
    """'210 civilians killed in April, according to its report as of 30 April': the clause's only total cue says when
    the figure stands, and a month right after the figure's noun phrase gives its span."""
    r = reader.grammar.rules(MeasureRules)
    return (all(r.as_of_cue.fullmatch(t.group(0)) for t in totals)
            and r.month_after_figure.match(reader.norm, abs_end) is not None)


def _day_opens_report(reader: Reader, sent: Sentence, abs_start: int, claimant: str | None) -> bool:
    """'On 4 May the governor reported two civilians killed': the day that opens the report of victims is the day of
    their incident, not only the day of saying (a span or a total in the clause has been read before this); but a
    civilian counter's figure ("On Monday the UN said 12,000 civilians had been killed") is its running tally."""
    r = reader.grammar.rules(MeasureRules)
    return (claimant not in reader.profile.raw.get("civilian_counters", ())
            and r.day_opens_report.search(reader.norm, sent.start, abs_start) is not None)


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
        if m.group("one"):  # "in the month since ...": one of the unit
            return float(r.span_unit_days[m.group("one").lower()] // 1)
        count = r.word_values.get(m.group("count").lower()) if not m.group("count").isdigit() else int(m.group("count"))
        if count:
            return float(count * r.span_unit_days[m.group("unit").lower()] // 1)
    return None


def _rate_days(r: MeasureRules, rate: re.Match[str]) -> int:
    """The days a rate's unit spans (rate_words' group unit or unit2); a day where it names none ("daily")."""
    unit = rate.group("unit") or rate.group("unit2")
    return r.rate_unit_days.get(unit.lower(), 1) if unit else 1


def _span_going_on(reader: Reader, sent: Sentence, prev: Mention | None) -> float | None:
    """"In seven days our troops destroyed 11 tanks and 600 fighters. Another 47 surrendered": one more figure right
    after a figure of a stated span of days (not one day) in the sentence before goes on with that span; a daily
    report elsewhere in the text does not make it a day's."""
    if (prev is None or prev.sentence is sent or prev.sentence.paragraph != sent.paragraph or prev.measure != "period"
            or prev.period_days is None or prev.period_days <= 1):
        return None
    index = bisect.bisect_left(reader.sentences, sent.start, key=_sentence_start) - 1
    return prev.period_days if index >= 0 and reader.sentences[index] is prev.sentence else None


def _daily_context(reader: Reader) -> bool:
    r = reader.grammar.rules(MeasureRules)
    if reader.daily_context is None:  # a question about the whole document: answered once
        reader.daily_context = bool(r.daily_context.search(reader.norm))
    return reader.daily_context


def _attack_told(reader: Reader, sent: Sentence) -> bool:
    """Whether the sentence tells of an attack in a word other than the name of what is launched: "Russia's drone
    losses stand at 57,600" names drones lost, not a drone attack."""
    profile = reader.profile
    for event in reader.scan.finditer("event", sent.start, sent.end, sliced=True):
        named = profile.category_re.fullmatch(event.group(0))
        if named is None or profile.key_of(named) not in profile.launched_categories:
            return True
    return False


def _one_attack_before(reader: Reader, sent: Sentence, abs_start: int) -> bool:
    """Does the sentence before (same paragraph), or this one before the number, tell one attack with its day?"""
    r = reader.grammar.rules(MeasureRules)
    index = bisect.bisect_left(reader.sentences, sent.start, key=_sentence_start) - 1
    before = reader.sentences[index] if index >= 0 else None
    spans = [(sent.start, abs_start)]
    if before is not None and before.paragraph == sent.paragraph:
        spans.append((before.start, before.end))
    return any(r.one_attack_act.search(reader.norm, lo, hi) and r.one_attack_day.search(reader.norm, lo, hi)
               for lo, hi in spans)


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
        # (not a level a verb right before it tells: "tank losses now stand at 3,104, while the nine vehicles take the
        # number of armoured vehicles to 6,211")
        at = m.number.start + sent.start
        if at < bring.start() and m.measure == "cumulative" and r.level_verb_before.search(
                reader.norm, max(sent.start, at - 60), at) is None:
            m.measure, m.period_days = "period", (1 if _daily_context(reader) else None)
        elif m.number.start + sent.start > bring.start():
            m.measure, m.period_days = "cumulative", None
