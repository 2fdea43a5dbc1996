"""The patterns and word tables date mentions are read with, compiled from one language's grammar.

``DateMentionRules`` builds, once per language (``PatternGrammar.rules``), the three scanning patterns of
``date_mentions`` (dates led by a digit, by a month or weekday name, and relative phrases) and the word tables
their resolution reads (months, weekdays, count words, units of time, seasons). It is a module of its own, as
``attribution_rules`` is beside ``attribution``: what is read (the grammar's words made patterns) apart from how a
mention found is resolved to a day, so that ``date_mentions`` keeps room under the module size limit for new kinds
of date mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..errors import LossledgerError
from ..languages.grammar import PatternGrammar

__all__ = ["DateMentionRules"]


class DateMentionRules:
    """The patterns and word tables this stage reads, compiled from one language's grammar (once per
    language: ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        # Vocabulary: the grammar's word tables. Month and weekday names are matched with their first letter
        # capitalised (or all in capitals): lower-case "may" and "march" are verbs.
        self.vocabulary: dict[str, dict[str, int]] = {
            "months": g.table("dates.months"),
            "weekdays": g.table("dates.weekdays"),
            "numbers": g.table("dates.count_words"),
            "ordinals": g.table("dates.ordinals"),
            "unit_days": g.table("dates.unit_days"),
            "relative_days": g.table("dates.relative_days"),
            "chained_days": g.table("dates.chained_days"),
            "chained_months": g.table("dates.chained_months"),
            "duration_qualifiers": g.table("dates.duration_qualifiers"),
        }
        self.month_lookup = {form: n for word, n in self.vocabulary["months"].items() for form in (word, word.upper())}
        self.weekday_lookup = {form: n for word, n in self.vocabulary["weekdays"].items()
                               for form in (word, word.upper())}
        self.lower_weekday_lookup = {word.lower(): n for word, n in self.vocabulary["weekdays"].items()}
        self.number_words = dict(self.vocabulary["numbers"])
        self.ordinals = self.vocabulary["ordinals"]
        # The units of time under the names the code reckons with, from their length ("weeks" -> "week").
        self.unit_key = {word: _UNIT_BY_DAYS[days] for word, days in self.vocabulary["unit_days"].items()
                         if days in _UNIT_BY_DAYS}
        self.span_steps = g.table("dates.span_steps")
        self.weekday_steps = g.table("dates.weekday_steps")
        self.within_span_modifiers = g.words("dates.within_span_modifiers")  # a tuple, for str.startswith
        self.relative_keywords = g.words("dates.relative_keywords")
        verb_months = g.words("dates.verb_months")
        self.bare_month_needs_preposition = frozenset(form for word in verb_months for form in (word, word.upper()))
        self.seasons = g.pairs("dates.seasons")
        self.verb_seasons = frozenset(g.words("dates.verb_seasons"))
        # Speed: every alternative of the two scanning patterns starts with a literal word or a digit, and
        # word boundaries before a match are checked in code, so the regex engine can skip quickly over
        # positions where no date can start. Phrases that are led by a common word ("two weeks ago",
        # "Fifteen months into the war") are matched from their distinctive word ("ago", "months into
        # the war") and extended backwards with the small anchored patterns below.
        self.month = rf"(?:{_names(self.vocabulary['months'])})\b\.?"
        full_months = g.words("dates.full_months")
        unknown = [word for word in full_months if word not in self.vocabulary["months"]]
        if unknown:
            raise LossledgerError(f"{g.where}: dates.full_months names no month of dates.months: {unknown}")
        self.full_month = rf"(?:{_names(full_months)})\b"
        self.weekday = rf"(?:{_names(self.vocabulary['weekdays'])})\b"
        self.suffix = g.source("ordinal_suffix")
        self.cardinal = (  # used on lower-cased text
            r"(?:\d{1,3}(?:,\d{3})+|\d+|(?:"
            + "|".join(sorted(self.number_words, key=len, reverse=True))
            + r")(?:[- ](?:" + "|".join(g.words("dates.count_word_units")) + "))?)"
        )
        self.duration_qualifier = _words(self.vocabulary["duration_qualifiers"])  # used on lower-cased text
        self.time_unit = g.source("time_unit")
        self.unit_plural = g.source("unit_plural")
        self.ago = g.source("ago")
        self.day_of_month = g.source("day_of_month")
        short_date_not_unit = g.source("short_date_not_unit")
        self.digit_led = re.compile(
            "|".join(
                [
                    # ISO "2022-11-13" (also the date part of a timestamp).
                    rf"(?P<iso>(?P<iso_y>{_YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?!\d))",
                    # "01.04.2022", "20/08/2024": day first, as the Ukrainian and European press write it.
                    rf"(?P<num>(?P<num_d>\d{{1,2}})(?P<num_sep>[./])(?P<num_m>\d{{1,2}})(?P=num_sep)(?P<num_y>{_YEAR}))",
                    # "24.02" without a year; not a decimal ("21.6 thousand", "12.50 dollars").
                    rf"(?P<nshort>(?P<ns_d>[0-3]\d)\.(?P<ns_m>[01]\d)(?!\d|[.,]\d|\s*{short_date_not_unit}))",
                    # "1 to 28 February 2023", "5-7 June": a run of days of one month (a span, dated at its last day).
                    rf"(?P<drange>(?P<dr_d1>{_DAY}){self.suffix}\s*{g.source('day_range_join')}\s*(?P<dr_d2>{_DAY}){self.suffix}"
                    rf"\s+{self.day_of_month}(?P<dr_m>{self.month})(?:,?\s+(?P<dr_y>{_YEAR}))?)",
                    # "24 February 2022", "6th of November, 2022".
                    rf"(?P<xd>(?P<xdd2>{_DAY}){self.suffix}\s+{self.day_of_month}(?P<xdm2>{self.month}),?\s+(?P<xd_y>{_YEAR}))",
                    # "24 February", "24th of February".
                    rf"(?P<dmd>(?P<dmdd2>{_DAY}){self.suffix}\s+{self.day_of_month}(?P<dmdm2>{self.month}))",
                    # "in 2023", "2022:" (the context is checked in code).
                    # "in 2022-2024", "2022–23": a run of years (a span, dated at its last year's end).
                    rf"(?P<year>(?P<yr>(?:19|20)\d\d)(?:{g.source('year_range_join')}(?P<yr2>(?:19|20)?\d\d))?"
                    rf"(?!\d|[.,]\d|\s*{g.source('percent_after')}))",
                ]
            )
        )
        self.name_trigger = re.compile(f"{_names(self.vocabulary['months'])}|{_names(self.vocabulary['weekdays'])}")
        self.range_join = g.source("range_join")
        self.name_led = re.compile(
            "|".join(
                [
                    # "Dec. 30, 2024", "February 24 2022".
                    rf"(?P<xm>(?P<xmm1>{self.month})\s*(?P<xmd1>{_DAY}){self.suffix},?\s+(?P<xm_y>{_YEAR}))",
                    # "September 2022", "January-March 2023", "July to September 2024".
                    rf"(?P<myear>(?P<my_m0>{self.full_month})(?:{self.range_join}(?P<my_m>{self.full_month}))?,?\s+(?P<my_y>{_YEAR}))",
                    # "April 23", "Aug. 5", on one line ("October.\n4/5 ...": a post, the next post's number)
                    rf"(?P<dmm>(?P<dmmm1>{self.month})[^\S\n]*(?P<dmmd1>{_DAY}){self.suffix}\b)",
                    # "February last year", "in March of last year": the month of the year before the report's.
                    rf"(?P<mprev>(?P<mp_m>{self.full_month})\s+{g.source('month_of_last_year')})",
                    # "July", "January-March" (May and March alone need a preposition: checked in code).
                    rf"(?P<month>(?P<mo_m0>{self.full_month})(?:{self.range_join}(?P<mo_m>{self.full_month}))?)",
                    # "Friday, April 1, 2022".
                    rf"(?P<xw>(?P<xw_wd>{self.weekday}),?\s+{_date_part(self, 'xw')},?\s+(?P<xw_y>{_YEAR}))",
                    # "Sunday (November 6)", "Friday, April 1", "Friday morning, April 1", "Thursday 24 February".
                    rf"(?P<wdate>(?P<w_wd>{self.weekday})(?:\s+{g.source('day_part')})?"
                    rf"(?:\s*\(\s*{_date_part(self, 'wp')}\s*\)|,?\s+{_date_part(self, 'w')}))",
                    # "Saturday", "Sunday's".
                    rf"(?P<wday>(?P<wd_wd>{self.weekday}))",
                ]
            )
        )
        # Relative phrases are matched in the lower-cased text, only in windows around their key words.
        self.lower_weekday = "|".join(w.lower() for w in self.vocabulary["weekdays"])
        self.relative_led = re.compile(
            "|".join(
                [
                    # "last month", "earlier this month", "last year"; "last monday", "next friday"; "(since the
                    # start of) the year" is this year.
                    rf"(?P<relspan>(?P<rs_mod>{g.source('relative_span_modifier')})\s+"
                    rf"(?:(?P<rs_unit>{g.source('relative_span_unit')})|(?P<wm_wd>{self.lower_weekday}))\b)",
                    # "the month before": from the month named last (resolved in ``_dates_read``).
                    rf"(?P<mchain>(?:{_words(self.vocabulary['chained_months'])})\b)",
                    # "the next day", "the day before" (not "the day before yesterday").
                    rf"(?P<chain>(?:{_words(self.vocabulary['chained_days'])})\b(?!{g.source('not_chained_after')}))",
                    # "yesterday", "last week", "today".
                    rf"(?P<rel>(?:{_words(self.vocabulary['relative_days'])})\b)",
                    # "... weeks ago" (the count before it is read in code).
                    rf"(?P<ago>(?P<ago_u>{self.time_unit}){self.unit_plural}{self.ago}\b)",
                ]
            )
        )
        # The count before "weeks ago": "two weeks ago", "more than a year ago" (in lower-cased text).
        self.count_before = re.compile(
            rf"(?<![\w,.-])(?:(?P<qual>{self.duration_qualifier})\s+)?(?P<n>{self.cardinal})[\s-]*$"
        )
        # Words before a bare month or year that make it a date ("in July", "since 2014").
        self.date_preposition = g.pattern("date_preposition", guard=False)
        self.month_follows = re.compile(rf"\s*{g.source('month_follows_join')}\s*{self.full_month}")
        self.coordination = g.pattern("coordination", guard=False)
        # Context before a yearless date that marks the war's first day ("since February 24").
        self.war_start_context = g.pattern("war_start_context", guard=False)
        # Read from each season word: the word before it ("last", "the") and the year after it ("of 2023", "2022-23").
        self.season_word = g.pattern("season_word")
        self.season_mod_before = g.pattern("season_modifier_before", guard=False)
        self.season_year_after = g.pattern("season_year_after", guard=False)
        self.deadline_before = g.pattern("deadline_before", guard=False)
        self.weekend = g.pattern("weekend")
        self.weekend_words = g.words("dates.weekend_words")
        self.time_of_day_before = g.pattern("time_of_day_before", guard=False)
        # "May was the deadliest month": a verb month as its clause's subject (not after a name: "Theresa May was")
        self.month_subject_after = g.pattern("month_subject_after", guard=False)
        self.name_before_month = g.pattern("name_before_month", guard=False)
        # "his platoon that March, 12 were killed": a verb month named with "that" (that_month.py reads its year)
        self.that_month_before = g.pattern("that_month_before", guard=False)
        self.that_verb_month_after = g.pattern("that_verb_month_after", guard=False)
        # "March: ...": a verb month that labels its line
        self.month_label_colon_after = g.pattern("month_label_colon_after", guard=False)
        self.line_start_before = g.pattern("line_start_before", guard=False)


# ------------------------------------------------------------------------------------------------
# Regular expressions, built once from the vocabulary.


def _names(words: Iterable[str]) -> str:
    """Alternation of capitalised and ALL-CAPS spellings, longest first (regex takes the first)."""
    spelled = {form for word in words for form in (word, word.upper())}
    return "|".join(sorted(spelled, key=lambda w: (-len(w), w)))


def _words(words: Iterable[str]) -> str:
    """Alternation of phrases as written, longest first, any run of spaces allowed between words."""
    escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return "|".join(sorted(escaped, key=lambda w: (-len(w), w)))


def _cased(words: Iterable[str]) -> str:
    """Alternation of lower-case and Capitalised spellings (case-sensitive literals scan fastest)."""
    return _words({form for word in words for form in (word, word[:1].upper() + word[1:])})


#: The units of time the code reckons with, by their length in days (the grammar's dates.unit_days).
_UNIT_BY_DAYS = {1: "day", 7: "week", 30: "month", 365: "year"}

_YEAR = r"(?:19|20)\d\d(?!\d)"
# A day number that is not the start of a larger number ("July 1,520 systems").
_DAY = r"[0-3]?\d(?!\d|[.,]\d)"


def _date_part(r: DateMentionRules, prefix: str) -> str:
    """ "November 6" or "6 November" / "6th of November", with groups named ``prefix``m1/d1/m2/d2."""
    return (
        rf"(?:(?P<{prefix}m1>{r.month})\s*(?P<{prefix}d1>{_DAY}){r.suffix}\b"
        rf"|(?P<{prefix}d2>{_DAY}){r.suffix}\s+{r.day_of_month}(?P<{prefix}m2>{r.month}))"
    )
