"""The patterns the measure stage reads (totals, periods, rates and their dates), compiled from one
language's grammar.

In a module of its own, beside the stage's: with it the stage's module would pass the size every module
keeps under (750 lines)."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .numbers import NumberRules

__all__ = ["MeasureRules"]


class MeasureRules:
    """The patterns and word tables this stage reads, compiled from one language's grammar (once per
    language: ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.word_values = g.rules(NumberRules).word_values
        self.next_number = g.pattern("next_number")
        self.rate_words = g.pattern("rate_words")
        self.in_a_day = g.pattern("in_a_day")
        self.day_within_period = g.pattern("day_within_period")
        self.rate_before = g.pattern("rate_before")
        self.leading_day = g.pattern("leading_day")
        self.same_period = g.pattern("same_period")
        self.total_cue = g.pattern("total_cue")
        self.present_anchor = g.pattern("present_anchor")
        self.month_span = g.pattern("month_span")
        self.reported_before = g.pattern("reported_before")
        self.present_perfect_loss = g.pattern("present_perfect_loss")
        self.increment_before = g.pattern("increment_before")
        self.joined_increment_before = g.pattern("joined_increment_before")
        self.part_of_launched_after = g.pattern("part_of_launched_after", guard=False)
        self.increment_after = g.pattern("increment_after")
        self.daily_context = g.pattern("daily_context")
        self.also = g.pattern("also")
        self.among_them = g.pattern("among_them")
        self.breakdown = g.pattern("breakdown")
        self.bring_total = g.pattern("bring_total")
        self.since_or_from = g.pattern("since_or_from")
        self.respectively = g.pattern("respectively")
        self.said_in = g.pattern("said_in")
        self.said_after_date = g.pattern("said_after_date", guard=False)
        self.perfect_tense = g.pattern("perfect_tense")
        self.mid_month = g.pattern("mid_month")
        self.year_span_before = g.pattern("year_span_before")
        self.this_year = g.pattern("this_year")
        self.part_of_year = g.pattern("part_of_year")
        self.part_of_year_again = g.pattern("part_of_year_again")
        self.span_length = g.pattern("span_length", guard=False)
        self.reported_when = g.pattern("reported_when")
        self.shot_down = g.pattern("shot_down")
        self.struck_count = g.pattern("struck_count")
        self.report_dated = g.pattern("report_dated_before")
        self.simple_past_harm = g.pattern("simple_past_harm")
        self.last_year = g.pattern("last_year")
        self.year_to_report = g.pattern("year_to_report")
        self.increase_before = g.pattern("increase_before")
        self.increase_between = g.pattern("increase_between")
        self.day_before = g.pattern("day_before")
        self.point_in_time = g.pattern("point_in_time", guard=False)
        self.by_point = g.pattern("by_point")
        self.comparison_before = g.pattern("comparison_before")
        self.record_before_since = g.pattern("record_before_since")
        self.part_of_month = g.pattern("part_of_month")
        self.year_so_far = g.pattern("year_so_far")
        self.bounded_event = g.pattern("bounded_event")
        self.counted_span = g.pattern("counted_span")
        self.war_age = g.pattern("war_age")
        self.not_updated = g.pattern("not_updated_since")
        self.when_after = g.pattern("when_after", guard=False)
        self.span_end_before = g.pattern("span_end_before", guard=False)
        self.day_alone = g.pattern("day_alone")
        self.record_day = g.pattern("record_day")
        self.largest_part = g.pattern("largest_part")
        self.hit_when = g.pattern("hit_when")
        self.span_alone = g.pattern("span_alone")
        self.progressive_loss = g.pattern("progressive_loss")
        self.coordinated_tail = g.pattern("coordinated_tail")
        self.part_of_whole = g.pattern("part_of_whole")
        self.event_anaphora = g.pattern("event_anaphora")
        self.week_to_report = g.pattern("week_to_report")
        self.month_to_report = g.pattern("month_to_report")
        self.compared_figure = g.pattern("compared_figure")
        self.week_to_day = g.pattern("week_to_day")
        self.month_to_day = g.pattern("month_to_day")
        self.on_day = g.pattern("on_day")
        self.hours_span = g.pattern("hours_span")
        self.among_them_within = g.pattern("among_them_within")
        self.toll_noun = g.pattern("toll_noun", guard=False)
        self.summing_adverb = g.pattern("summing_adverb")
        self.list_added = g.pattern("list_added")
        # word tables ([measure] of the grammar)
        self.rate_unit_days = g.table("measure.rate_unit_days")
        self.span_unit_days = g.amounts("measure.span_unit_days")
        self.months_in_part = g.table("measure.months_in_part")
        self.part_ordinals = g.table("measure.part_ordinals")
        self.week_units = frozenset(g.words("measure.week_units"))
        self.month_units = frozenset(g.words("measure.month_units"))
        self.first_half = frozenset(g.words("measure.first_half"))
        self.point_of_month_day = g.table("measure.point_of_month_day")
        self.increment_words = frozenset(g.words("measure.increment_words"))
        self.future_openers = g.words("measure.future_openers")  # a tuple, for str.startswith
        self.past_openers = g.words("measure.past_openers")
        self.part_of_year_prefilter = g.words("measure.part_of_year_prefilter")
