"""The patterns and word tables the dating stage (``dates``, ``war_time``) reads, compiled from one language's grammar.

Split from ``dates`` so that ``war_time`` (the war-time expressions) and ``dates`` (publication-date inference)
both read them without importing each other.
"""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .date_mention_rules import DateMentionRules

__all__ = ["DateRules"]


class DateRules:
    """The patterns and word tables this stage reads, compiled from one language's grammar (once per
    language: ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.date_mentions = dm = g.rules(DateMentionRules)
        self.cardinal = dm.cardinal
        self.count_before = dm.count_before
        self.duration_qualifier = dm.duration_qualifier
        self.ordinals = dm.ordinals
        self.time_unit = dm.time_unit
        self.vocabulary = dm.vocabulary
        self.unit_key = dm.unit_key
        self.war_time_keywords = g.words("dates.war_time_keywords")
        self.war_possessives = g.words("dates.war_possessives")  # a tuple, for str.startswith
        self.anniversary_keywords = g.words("dates.anniversary_keywords")
        self.war_ago_keywords = g.words("dates.war_ago_keywords")
        self.for_days = g.pattern("for_days", guard=False)
        # War-time expressions, matched in the lower-cased text from their unit word ("days", "year").
        self.war_noun = g.source("war_noun")
        self.ordinal_words = "|".join(self.ordinals)
        self.war_place = rf"{g.source('war_day_link')}{_FILLER}{self.war_noun}"
        # "200 days at war", "Fifteen months into the war", "nearly 18 months since the invasion".
        self.war_duration = re.compile(
            rf"(?P<unit>{self.time_unit}){dm.unit_plural}(?P<half>{g.source('and_a_half')})?"
            rf"{g.source('war_duration_link')}{_FILLER}{self.war_noun}"
        )
        # "two and a half years into the war": the count and a half before the unit.
        self.half_count_before = re.compile(
            rf"(?<![\w,.-])(?:(?P<qual>{self.duration_qualifier})\s+)?(?P<n>{self.cardinal})"
            rf"(?P<half>{g.source('and_a_half')})\s+$"
        )
        # "day 765 of Russia's war"; "the 100th day of the invasion".
        war_day = g.source("war_day")
        self.war_day_number = re.compile(rf"{war_day}\s+(?P<n>\d[\d,]*){self.war_place}")
        self.war_day_ordinal = re.compile(rf"{war_day}{self.war_place}")
        self.ordinal_number_before = g.pattern("ordinal_number_before", guard=False)
        # "For 1,000 days, the Armed Forces ... have been confronting the enemy".
        self.for_before = re.compile(
            rf"(?<![\w,.-]){g.source('for_duration')}(?:(?P<qual>{self.duration_qualifier})\s+)?(?P<n>{self.cardinal})\s+$"
        )
        # "casualties in the less than six months." (a weak form; needs war words in the sentence).
        self.span_end = g.pattern("span_end", guard=False)
        self.in_the_before = re.compile(
            rf"(?<![\w,.-]){g.source('in_the_span')}"
            rf"(?:(?P<qual>{self.duration_qualifier})\s+)?(?P<n>{self.cardinal})\s+$"
        )
        # "the 34-month-old war".
        self.war_age = re.compile(
            rf"(?P<unit>{self.time_unit}){g.source('age_suffix')}(?:[\w-]+\s+){{0,2}}?{self.war_noun}"
        )
        # "a conflict that has entered its fourth year [next month]".
        self.year_of_war = g.pattern("year_of_war", guard=False)
        self.own_day_number_before = g.pattern("own_day_number_before", guard=False)
        self.range_link = re.compile(rf"\s*{g.source('day_range_join')}\s*")  # "between May and June 2024"
        self.embargo_line = g.pattern("embargo_line", guard=False)  # "EMBARGOED UNTIL 00:01 GMT, 14 MAY"
        self.comparison_before = g.pattern("comparison_before")
        self.plan_before = g.pattern("plan_before", guard=False)  # "the elections due in March 2025"
        self.ordinal_before = re.compile(
            rf"(?<![\w-]){g.source('ordinal_determiner')}\s+(?P<ord>{self.ordinal_words})\s+$"
        )
        # "the second anniversary of the invasion".
        self.anniversary = re.compile(rf"{g.source('anniversary_of')}{_FILLER}{self.war_noun}")
        self.anniversary_before = re.compile(rf"(?<![\w-])(?P<ord>{self.ordinal_words})\s+$")
        # "the war's second anniversary" (the war's own anniversary, the war noun before it).
        self.own_anniversary_before = re.compile(
            rf"(?<![\w-]){self.war_noun}{g.source('war_own')}\s+(?P<ord>{self.ordinal_words})\s+$"
        )
        self.eve_before = g.pattern("eve_before", guard=False)  # "on the eve of the third anniversary"
        # "the anniversary of the invasion in 2024", "the 2024 anniversary of the invasion"
        self.anniversary_year_after = g.pattern("anniversary_year_after", guard=False)
        self.anniversary_year_before = g.pattern("anniversary_year_before", guard=False)
        self.this_season = g.pattern("this_season", guard=False)  # "this spring" (this_season.py)
        self.seasons = g.pairs("dates.seasons")
        # "invaded its neighbour last week", "the conflict began more than a year ago".
        self.war_ago = re.compile(
            rf"{g.source('war_began')}\b"
            rf"(?P<gap>[^.!?\n]{{0,80}}?)\b"
            rf"(?:(?:(?P<qual>{self.duration_qualifier})\s+)?(?P<n>{self.cardinal})\s+(?P<unit>{self.time_unit})"
            rf"{dm.unit_plural}{dm.ago}|{g.source('war_ago_last')})\b"
        )
        self.war_context = g.pattern("war_context", guard=False)
        self.not_the_war = g.pattern("not_the_war", guard=False)
        # "since the beginning of May 2023", "from May 2023": the month starts a span (lower-cased or not)
        self.since_before = g.pattern("since_before_date", guard=False)


_FILLER = r"(?:[\w’'-]+\s+){0,4}?"
