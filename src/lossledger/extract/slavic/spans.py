"""Spans: a day, a week, since a date, a rate, a running total; the date a figure stands at."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from dataclasses import replace
from operator import attrgetter

from ...languages.morphology import Token, Tokens, plural_only, tags
from .dates import DateMention, resolve_date, season_bounds, span_start
from .day_narrows import narrowed_to_weekday
from .day_of_loss import day_of_the_loss
from .described_clause import dates_outside_described
from .language import FUTURE_VERB, FUTURE_VERB_TAGS
from .mentions import DocText, first_hit, is_adjectival, text_between
from .numbers import Number, number_word
from .part_of_strikes import next_part, strikes_of_a_part
from .said_that_span import that_clause_start
from .sentences import Sentence
from .tolls import before_a_part
from .week_lines import weekend_end

# (patterns compiled once: several run for every number or every token)
_DELTA_BRACKET = re.compile(r"\(\s*\+[^)]*\)")
_PUNCT = re.compile(r"[,.;:!?]")
_CLAUSE_MARK = re.compile(r"[,:]")
_START = attrgetter("start")


def find_measure(doc: DocText, sent: Sentence, number: Number, lo: int, hi: int,
             dates: list[DateMention]) -> tuple[str | None, float | None, DateMention | None, DateMention | None]:
    """(measure, period_days, span-start date, as-of date) from the clause, then the sentence; None: no cue.
    The as-of date is the clause's, else the sentence's latest ("25 лютого 2024 року озвучив: ... 31 тисяча")."""
    measure, days, since, as_of = _measure_in(doc, sent, number, lo, hi, dates)
    if as_of is None and not number.delta and dates:  # (with no date in the sentence, none to take)
        inside = delta_tokens(doc, sent)
        as_of = next((d for d in reversed(dates) if d.role in ("as_of", "plain") and d.kind == "day"
                      and d.first_token not in inside), None) or next(
            (d for d in reversed(dates) if d.kind == "month" and d.role != "since" and d.first_token not in inside
             and (d.year is not None or (d.role == "span" and _stated_on(doc, sent.tokens, d)))
             and not _enrolled_on(doc, sent.tokens, d)),
            None) or next(  # "В мае 2025 года губернатор говорил, что ...", "В феврале Зеленский называл ..."
            (d for d in dates if d.kind == "weekday"), None)  # "у понеділок"
    return measure, days, since, as_of


def _measure_in(doc: DocText, sent: Sentence, number: Number, lo: int, hi: int,
                dates: list[DateMention]) -> tuple[str | None, float | None, DateMention | None, DateMention | None]:
    toks = sent.tokens
    if number.delta:
        return "period", 1.0, None, _as_of_in(dates, lo, hi) or _as_of_in(dates, 0, len(toks))
    # "За травень ворог втратив 35 тисяч — це найбільше з початку року": a remark after a dash is no span of the
    # figure's when the words before it give one
    dash = remark_dash(doc, toks, number.last_token + 1, hi)
    found = _measure_over(doc, sent, lo, dash, dates) if dash is not None else None
    found = found or _measure_over(doc, sent, lo, hi, dates)
    if found is not None and found[:3] == ("period", None, None) and strikes_of_a_part(doc, toks, number, lo, hi):
        return None, None, None, found[3]  # "ще 30 — внаслідок ракетних ударів": the whole's span, carried
    if (found is None or found[0] is None) and (day := day_of_the_loss(doc, toks, number, dates)) is not None:
        return "period", 1.0, None, day  # "5 грудня ворог втратив 1 240 військових, 6 грудня — 1 190"
    if found is None and (said := _said_on_the_date(doc, toks, lo, hi, dates)) is not None:
        return None, None, None, said  # "не публикует с сентября 2022 года, когда Шойгу назвал цифру в 5 937"
    if found is None and (month := _month_the_clause_hangs_on(doc, toks, lo, dates)) is not None:
        found = _measure_over(doc, sent, month.first_token, hi, dates)  # "чем в апреле, когда Генштаб насчитал ..."
    if (lo, hi) != (0, len(toks)) and (found is None or found[:3] == ("period", None, None)):
        # "Лише за березень росіяни атакували ..., унаслідок ударів загинули четверо": an event's toll within the
        # span the sentence names
        # ("в книге, которую открыли в 2023 году, теперь 1 870 имен": not the span of a figure outside the clause)
        whole = _measure_over(doc, sent, 0, len(toks), dates_outside_described(doc, toks, dates, number))
        if (clause := that_clause_start(doc, toks, number.first_token)) is not None \
                and (inner := _measure_over(doc, sent, clause, len(toks), dates)) is not None and inner[0] == "period":
            whole = inner  # "на этой неделе сообщил, что с начала осени погибли 11, еще 46 ранены": the clause's span
        if whole is not None and (part := before_a_part(doc, toks, number.last_token)) < len(toks):
            whole = _measure_over(doc, sent, 0, part, dates)  # ("з них 180 тисяч — за 2024 рік": the part's span)
        if whole is not None and whole[:3] == ("period", None, None) \
                and (after := next_part(doc, toks, number)) is not None:
            whole = _measure_over(doc, sent, 0, after, dates)  # ("..., ще 30 — внаслідок ударів": that part's event)
        if found is None or (whole is not None and whole[0] == "period" and whole[1] is not None):
            found = whole
    elif found is not None and found[0] == "rate" and found[3] is None and (lo, hi) != (0, len(toks)):
        # "В апреле, по данным ведомства, армия теряла 1 150 человек в сутки": the month's average, past an aside
        whole = _measure_over(doc, sent, 0, len(toks), dates)
        if whole is not None and whole[0] == "rate" and whole[3] is not None:
            found = whole
    return found or (None, None, None, None)


#: the words of a clause hanging on a date ("когда", "коли"; they do not inflect), by language code
_WHEN_SAID: dict[str, frozenset[str]] = {}


def _said_on_the_date(doc: DocText, toks: list[Token], lo: int, hi: int,
                      dates: list[DateMention]) -> DateMention | None:
    """The date a clause "когда X назвал N" hangs on: the day the figure was said (its as-of date), not a span of
    the sentence's ("с сентября 2022 года, когда ...")."""
    when = _WHEN_SAID.get(doc.lang.code)
    if when is None:
        when = _WHEN_SAID[doc.lang.code] = frozenset(doc.lang.raw["grammar"]["spans"].get("when_said", ()))
    if lo == 0 or toks[lo].low not in when \
            or not first_hit(doc.lang.grammar["context"], "report_verbs", toks, lo, hi):
        return None
    # (not "у квітні, коли Генштаб нарахував 29 370": the month is the figure's span)
    said = next((d for d in dates if d.last_token == lo - 1 and d.role == "since"
                 and d.kind in ("day", "month", "year")), None)
    return None if said is None else replace(said, role="as_of")


def _month_the_clause_hangs_on(doc: DocText, toks: list[Token], lo: int,
                               dates: list[DateMention]) -> DateMention | None:
    """The month right before a clause "когда ..." / "коли ..." that opens at ``lo`` ("у квітні, коли Генштаб
    нарахував 29 370"): the span of the clause's figures, not the sentence's other month."""
    if lo == 0 or toks[lo].low not in _WHEN_SAID.get(doc.lang.code, ()):
        return None
    return next((d for d in dates if d.last_token == lo - 1 and d.role == "span" and d.kind == "month"), None)


#: the last words of "днем ранее", "тижнем раніше" by language code
_EARLIER_ENDS: dict[str, tuple[str, ...]] = {}


def earlier_by(doc: DocText, sent: Sentence) -> tuple[int, int, int] | None:
    """(days, first, end token) of "днем ранее", "тижнем раніше" in the sentence: its figure stands that many days
    before the text's own."""
    named = doc.cache.get("earlier_by")
    if named is None:  # (the phrases' last words looked for in the text once: most texts have none)
        ends = _EARLIER_ENDS.get(doc.lang.code)
        if ends is None:
            ends = _EARLIER_ENDS[doc.lang.code] = tuple({p.split()[-1] for k in ("earlier_day", "earlier_week")
                                                         for p in doc.lang.raw["grammar"]["spans"].get(k, ())})
        named = doc.cache["earlier_by"] = any(w in doc.text for w in ends)
    if not named:
        return None
    spans = doc.lang.grammar["spans"]
    for key, days in (("earlier_day", 1), ("earlier_week", 7)):
        hit = next(iter(spans.find_all(sent.tokens, key=key)), None)
        if hit is not None:
            return days, hit[1], hit[2]
    return None


_REMARK_DASH = re.compile(r"\s[—–]\s")


def remark_dash(doc: DocText, toks: list[Token], lo: int, hi: int) -> int | None:
    """The first token of ``toks[lo:hi]`` after a spaced dash ("... 120 дронами — это больше, чем ..."), if any."""
    first = max(lo, 1)
    if first >= hi:
        return None
    # (one search of the text from the token before ``first`` to the last one: a dash and spaces are no token's
    # letters, so a match lies in one gap between tokens, the first match in the first such gap)
    start, end = toks[first - 1].end, toks[hi - 1].start
    if doc.text.find("—", start, end) < 0 and doc.text.find("–", start, end) < 0:
        return None  # (no dash: most ranges, passed over by ``str.find`` before any pattern is run)
    found = _REMARK_DASH.search(doc.text, start, end)
    return None if found is None else bisect_left(toks, found.end(), first, hi, key=_START)
_Measured = tuple[str | None, float | None, DateMention | None, DateMention | None]


def _measure_over(doc: DocText, sent: Sentence, a: int, b: int, dates: list[DateMention]) -> _Measured | None:
    """The span words of ``tokens[a:b]``; None: none there. The whole sentence's answer is remembered (every
    number of the sentence asks for it)."""
    toks = sent.tokens
    memo = toks.memo if isinstance(toks, Tokens) and (a, b) == (0, len(toks)) else None
    key = ("measure", id(dates), doc.published)
    if memo is not None and key in memo:
        known: _Measured | None = memo[key][1]
        return known
    found = _measure_between(doc, sent, a, b, dates)
    if memo is not None:
        memo[key] = (dates, found)  # (the list kept alive: its id stays its own)
    return found


def _measure_between(doc: DocText, sent: Sentence, a: int, b: int, dates: list[DateMention]) -> _Measured | None:
    toks = sent.tokens
    spans = doc.lang.grammar["spans"]
    if not dates and not spans.find_all(toks):
        # (no date and no span word in the sentence, most: a verb of loss in the future tense is all that may
        # be read, as below)
        return ("projection", None, None, None) if _future_loss(doc, toks, a, b) else None
    inside = delta_tokens(doc, sent)
    # "танки — 9419 (+20 за минулу добу)": the day is the increase's, not the total's
    cues = {c[0]: c for c in spans.find_all(toks, a, b) if c[1] not in inside
            and not (c[0].startswith("rate") and (_day_of_something(doc, toks, c[2]) or _of_a_report(doc, toks, c[2])))
            and not (c[0] == "event" and _repeated_attacks(doc, toks, c[2]))
            and not (c[0] == "year" and _years_of_the_war(doc, toks, c[2]))
            # ("Цього тижня, у вівторок, Генштаб оцінив ...": the weekday says when it was told)
            and not (c[0] in ("week", "month") and narrowed_to_weekday(doc.text, toks, c[2], dates,
                                                                       days=c[0] == "month"))}
    in_dates = [d for d in dates if a <= d.first_token and d.last_token < b and d.first_token not in inside]
    as_of = next((d for d in reversed(in_dates) if d.role in ("as_of", "plain") and d.kind == "day"), None)
    if "projection" in cues and (passed := _end_of_year_passed(doc, toks, cues["projection"], a, b)) is not None:
        return None, None, None, passed  # "к концу года установили имена 40 тысяч": as of the year's end, no forecast
    if "projection" in cues or _future_loss(doc, toks, a, b):
        return "projection", None, None, as_of  # "можуть сягнути 500 тисяч", "росія втратить ще 100 тисяч"
    if not in_dates and not spans.find_all(toks):
        return None  # (every cue below is a span word of the sentence or a date of the range: most have neither)
    if "last_year" in cues and as_of is None and doc.published is not None \
            and not any(d.kind in ("day", "month", "season", "year") for d in in_dates):
        cue = cues["last_year"]  # "торік ворог втратив 15 кораблів": the whole calendar year before
        year = DateMention(toks[cue[1]].start, toks[cue[2] - 1].end, doc.published.year - 1, None, None, "span",
                           "year", cue[1], cue[2] - 1)
        return "period", None, year, year
    # (not where another span is named in it: "за перші два місяці цього року", "щодня цього року")
    if "this_year" in cues and as_of is None and doc.published is not None \
            and not any(d.kind in ("day", "month", "season", "year", "year_start") for d in in_dates) \
            and not any(key in cues for key, _m, _u in _SPAN_CUES) and "first_months" not in cues:
        cue = cues["this_year"]  # "цього року ми уразили 6 кораблів": the year of publication, running
        year = DateMention(toks[cue[1]].start, toks[cue[2] - 1].end, doc.published.year, None, None, "span", "year",
                           cue[1], cue[2] - 1)
        return "period", None, year, year
    for key, measure, unit in _SPAN_CUES if cues else ():
        if key == "month" and key in cues and as_of is None and (
                last := _previous_month(doc, toks, cues[key]) or _month_named_before(doc, sent, cues[key])):
            return "period", float(calendar.monthrange(last.year or 1, last.month or 1)[1]), last, last
        if key in cues:
            if measure == "rate" and as_of is None:
                # "у травні щодня втрачали в середньому 1 262": the month's average stands at its end
                as_of = next((d for d in in_dates if d.role == "span" and d.kind == "month"
                              and not _stated_on(doc, toks, d)), None)
            # "за неделю с 30 ноября по 6 декабря": the span's own first day
            since = next((d for d in in_dates if d.role == "since" and d.kind == "day"), None) \
                if measure == "period" and as_of is not None else None
            return measure, unit, since, as_of
    first_months = _first_months_of_year(doc, toks, a, b) if "first_months" in cues else None
    if first_months is not None:
        return "period", None, first_months[0], first_months[1]
    # ("за" leads both a counted span and "за весь час": either key may be the one found)
    counted = _counted_span(doc, toks, a, b) if cues.keys() & {"span_lead", "cumulative_lead"} else None
    if counted is not None:
        # "за два тижні", "за последние три дня"; "за 12 годин" (0: a span of no whole days)
        return "period", counted or None, None, as_of
    since = next((d for d in in_dates if d.role == "since" and d.kind in ("day", "year_start", "month")), None)
    if since is None and cues.keys() & {"start_of_month", "start_of_week"}:
        since = _start_of_this(doc, toks, cues)
    if since is None:
        # "С начала боевых действий на курском направлении 6 августа": the day the event began, after its name
        for _key, i, j in doc.lang.grammar["dates"].find_all(toks, a, b, "since_before"):
            # ("с начала мобилизации в сентябре 2022 года": the month of the year it began)
            began = next((d for d in in_dates if j - i >= 2 and j < d.first_token <= j + 6 and (
                (d.kind == "day" and d.role == "plain") or (d.kind == "month" and d.year is not None))), None)
            if began is not None:
                began.role = "since"  # (for every figure of the sentence, and not its as-of date)
                since, as_of = began, (None if as_of is began else as_of)
                break
    if since is not None:
        start = span_start(since, doc.published)
        if start is not None and start <= doc.profile.war_start + dt.timedelta(days=1) \
                and start >= doc.profile.war_start - dt.timedelta(days=31):
            return "cumulative", None, since, as_of
        if since.kind == "year_start" and since.year == doc.profile.war_start.year \
                and doc.lang.grammar["dates"].match(toks, since.first_token, key="start_of") is None:
            return "cumulative", None, None, as_of  # "з 2022 року": since the war began that year, not since 1 January
        end = resolve_date(as_of, doc.published) if as_of is not None and (
            since.kind == "day" or (since.kind == "month" and as_of.first_token == since.last_token + 1)) else None
        # "з 1 по 7 березня", "жовтня–листопада" (two months joined by a dash; "з січня по жовтень" gives no count of
        # days, as earlier rounds decided): the days from the first to the last
        days = float((end - start).days + 1) if start is not None and end is not None and end > start else None
        return "period", days, since, as_of
    spans_named = [d for d in in_dates if d.role == "span" and d.kind in ("month", "season", "year")
                   and not _stated_on(doc, toks, d) and not _enrolled_on(doc, toks, d)]
    span = _nearest_loss_verb(doc, toks, a, b, spans_named) if len(spans_named) > 1 else next(iter(spans_named), None)
    if span is not None:
        days = None
        if span.kind == "season" and (bounds := season_bounds(span, doc.published, whole=True)) is not None:
            days = float((bounds[1] - bounds[0]).days + 1)
        if span.kind == "month" and span.month:
            y = span.year or (doc.published.year if doc.published else 2001)
            days = float(calendar.monthrange(y, span.month)[1])
        return "period", days, span, span
    if _since_start_of_event(doc, toks, a, b):
        return "period", None, None, as_of
    if _cumulative_cue(doc, toks, a, b) and not _battle_at_place(doc, toks, a, b):
        # ("Всего за время боевых действий на курском направлении": the total of one battle, a period)
        return "cumulative", None, None, as_of
    war_day_one = next((d for d in in_dates if d.kind == "day" and d.year is not None
                        and resolve_date(d, None) == doc.profile.war_start), None)
    if war_day_one is not None:
        # "З 4:00 ранку 24 лютого 2022 року ... до опівночі 17 квітня": since the invasion
        later = [d for d in in_dates if d is not war_day_one and d.kind == "day"]
        return "cumulative", None, war_day_one, (later[-1] if later else as_of)
    if "this_period" in cues:
        return "same", None, None, as_of
    day = next((d for d in in_dates if d.kind in ("weekday", "today") and d.role != "as_of"
                and not _stated_on(doc, toks, d)
                and not any(doc.lang.grammar["context"].match(toks, k, key="report_verbs")
                            # ("сегодня — еще 380, утверждают ...": a verb past the clause is not today's)
                            for k in range(d.last_token + 1, min(b if d.kind == "today" else len(toks),
                                                                 d.last_token + 4)))
                and not funeral_after(doc, toks, d)), None)
    if "event" in cues or is_event(doc, toks, a, b) or _battle_at_place(doc, toks, a, b):
        if day is not None and day.kind == "weekday" and day.day is not None and day.day >= 0 and not as_of \
                and (day.week_end is not None or day.first_token == day.last_token == 0):
            # ("Итоги недели, 24–30 ноября ... В пятницу при обстреле погибли двое", "Вт: при обстреле ...": a day's
            # line of a week told a day a line, that day's; not a strike told on its own, "в воскресенье в результате
            # атаки погибли двое", bounded by the strike)
            return "period", 1.0, None, day
        if as_of is None and "event" in cues:
            as_of = weekend_end(doc, sent, cues["event"][1], cues["event"][2])  # "у вихідні": by its Sunday
        return "period", None, None, as_of
    if day is not None:
        # "У суботу, 8 червня, ворог втратив ...": the losses of that day
        return "period", 1.0, None, as_of or day
    lost_on = next((d for d in in_dates if d.kind == "day" and d.role == "plain" and _loss_verb_before(doc, toks, d)),
                   None)
    if lost_on is not None:
        return "period", 1.0, None, lost_on  # "окупанти втратили 21 лютого — 1 340 осіб": the losses of that day
    if as_of is not None and a == 0:
        return None, None, None, as_of
    return None


def _end_of_year_passed(doc: DocText, toks: list[Token], cue: tuple[str, int, int], a: int,
                        b: int) -> DateMention | None:
    """"к концу года" told with a verb in the past tense and none in the future: the last 31 December up to the
    publication date (a date with no year resolves so), not a forecast; None otherwise."""
    i, j = cue[1], cue[2]
    if not any(doc.lang.grammar["dates"].match(toks, k, j, "end_of") for k in range(i, j)):
        return None
    found = [tags(toks[k].low, doc.lang.code) for k in range(a, b) if not i <= k < j]
    if not any("VERB" in t and "past" in t for t in found) or any(t >= FUTURE_VERB_TAGS for t in found):
        return None
    return DateMention(toks[i].start, toks[j - 1].end, None, 12, 31, "as_of", "day", i, j - 1)


def _nearest_loss_verb(doc: DocText, toks: list[Token], a: int, b: int, named: list[DateMention]) -> DateMention:
    """Of several spans, the one nearest a word of losing ("ушли на фронт осенью и погибли в августе": August, the
    span of the deaths, not of the going); the first where the range has no such word."""
    lang = doc.lang
    lost = [i for i in range(a, b) if lang.outcomes_people.match(toks, i) or lang.outcomes_equipment.match(toks, i)]
    if not lost:
        return named[0]
    # (at the same distance, the one after the word: "весной и погибли в августе")
    return min(named, key=lambda d: min((min(abs(i - d.first_token), abs(i - d.last_token)), d.first_token < i)
                                        for i in lost))


def _previous_month(doc: DocText, toks: list[Token], cue: tuple[str, int, int]) -> DateMention | None:
    """"минулого місяця", "в прошлом месяце": the calendar month before the one the text was published in."""
    if doc.published is None or not any(doc.lang.grammar["spans"].match(toks, k, key="previous")
                                        for k in range(cue[1], cue[2])):
        return None
    last = doc.published.replace(day=1) - dt.timedelta(days=1)
    return DateMention(toks[cue[1]].start, toks[cue[2] - 1].end, last.year, last.month, None, "span", "month",
                       cue[1], cue[2] - 1)


def _month_named_before(doc: DocText, sent: Sentence, cue: tuple[str, int, int]) -> DateMention | None:
    """"В мае армия теряла ... Всего за месяц потери составили ...": a bare "за месяц" after a sentence of the
    paragraph that names a month is that month."""
    toks = sent.tokens
    at = doc.sentence_number.get(id(sent), 0)
    if cue[2] - cue[1] != 2 or at == 0 or doc.sentences[at - 1].paragraph != sent.paragraph:
        return None
    named = [d for d in doc.dates.get(id(doc.sentences[at - 1]), []) if d.kind == "month" and d.month]
    if len(named) != 1 or doc.dates.get(id(sent)):
        return None  # (one month named before, none in the sentence itself)
    return DateMention(toks[cue[1]].start, toks[cue[2] - 1].end, named[0].year, named[0].month, None, "span",
                       "month", cue[1], cue[2] - 1)


#: Span words and what they make of a figure: (grammar key, measure, period_days).
# ("rate_area": a figure per square kilometre won, a rate of no days)
_SPAN_CUES: tuple[tuple[str, str, float | None], ...] = (
              ("rate", "rate", 1.0), ("rate_week", "rate", 7.0), ("rate_month", "rate", 30.0),
              ("rate_area", "rate", None),
              ("day", "period", 1.0), ("week", "period", 7.0), ("month", "period", 30.0), ("year", "period", 365.0))


_UNIT_DAYS = (("unit_day", 1.0), ("unit_week", 7.0), ("unit_month", 30.0), ("unit_year", 365.0))
#: Hours per day: "за последние 72 часа", "за останні 48 годин" are days when the hours make whole days.
_HOURS_A_DAY = 24


def _years_of_the_war(doc: DocText, toks: list[Token], end: int) -> bool:
    """"за годы войны", "за роки повномасштабної війни": the year word of a span cue (ending at ``end``) in the
    plural, no count before it, with a war noun after: the war so far, not one year."""
    # (the plural only: not "за год войны", "за рік війни")
    if not plural_only(toks[end - 1].low, doc.lang.code):
        return False
    spans = doc.lang.grammar["spans"]
    return any(spans.match(toks, k, key="war_nouns") for k in range(end, min(len(toks), end + 3)))


def _counted_span(doc: DocText, toks: list[Token], a: int, b: int) -> float | None:
    """Days of "за два тижні", "за 10 днів наступу", "за последние три дня", "за последние 72 часа" (not "за два роки
    повномасштабної війни": the war so far); 0 for hours of no whole days ("за 12 годин")."""
    spans, pointers = doc.lang.grammar["spans"], doc.lang.grammar["numbers"]
    for _key, _i, j in spans.find_all(toks, a, b, "span_lead"):
        # ("за останні три дні", "за ті ж сто днів", "за перші три доби")
        first = False
        while j < b and (spans.match(toks, j, key="recent") or pointers.match(toks, j, key="span_pointer")
                         or spans.match(toks, j, key="first_months")):
            first = first or spans.match(toks, j, key="first_months") is not None
            j += 1
        if j + 1 >= b:
            continue
        count = float(toks[j].low) if toks[j].low.isdigit() else number_word(doc.lang, toks[j])
        if count is None:
            continue
        if spans.match(toks, j + 1, key="unit_hour") and 0 < count <= 366 * _HOURS_A_DAY:
            # (days where the hours make whole days, "за 72 часа" three; else a span of no whole days, 0: "за 12
            # годин")
            return count / _HOURS_A_DAY if count % _HOURS_A_DAY == 0 else 0.0
        if not 1 < count <= 366:
            continue
        for key, days in _UNIT_DAYS:
            # (days up to a year, "за сто днів оборони"; weeks, months and years up to 60)
            # (not "за перші п'ять місяців року": the year's first months, read by ``_first_months_of_year``)
            if spans.match(toks, j + 1, key=key) and (key == "unit_day" or count <= 60) \
                    and not (first and key == "unit_month"):
                if any(spans.match(toks, k, key="war_nouns") for k in range(j + 2, min(len(toks), j + 5))):
                    return None  # ("за два роки повномасштабної війни")
                return count * days
    return None


def _start_of_this(doc: DocText, toks: list[Token], cues: dict[str, tuple[str, int, int]]) -> DateMention | None:
    """"с начала месяца", "з початку тижня": the first day of the publication's month, or the Monday of its week."""
    if doc.published is None:
        return None
    key = "start_of_month" if "start_of_month" in cues else "start_of_week"
    _key, i, j = cues[key]
    day = doc.published.replace(day=1) if key == "start_of_month" \
        else doc.published - dt.timedelta(days=doc.published.weekday())
    return DateMention(toks[i].start, toks[j - 1].end, day.year, day.month, day.day, "since", "day", i, j - 1)


def _first_months_of_year(doc: DocText, toks: list[Token], a: int,
                          b: int) -> tuple[DateMention, DateMention] | None:
    """"за первые пять месяцев года", "за перші три місяці 2024 року": (the year's first day, the last day of its
    N-th month); the year the one written, else the publication's."""
    spans = doc.lang.grammar["spans"]
    for _key, _i, j in spans.find_all(toks, a, b, "span_lead"):
        if j + 3 >= len(toks) or not spans.match(toks, j, key="first_months"):
            continue
        count = float(toks[j + 1].low) if toks[j + 1].low.isdigit() else number_word(doc.lang, toks[j + 1])
        if count is None or not 1 <= count <= 11 or count != int(count) \
                or not spans.match(toks, j + 2, key="unit_month"):
            continue
        end = next((k for k in range(j + 3, min(len(toks), j + 6)) if spans.match(toks, k, key="unit_year")), None)
        if end is None:
            continue  # (not "за первые три месяца войны")
        written = next((int(toks[k].low) for k in range(j + 3, end) if re.fullmatch(r"(19|20)\d\d", toks[k].low)), None)
        year = written or (doc.published.year if doc.published else None)
        if year is None:
            return None
        month = int(count)
        first = DateMention(toks[j].start, toks[end].end, year, 1, 1, "since", "day", j, end)
        last_day = calendar.monthrange(year, month)[1]
        last = DateMention(toks[j].start, toks[end].end, year, month, last_day, "as_of", "day", j, end)
        return first, last
    return None


def _future_loss(doc: DocText, toks: list[Token], a: int, b: int) -> bool:
    """A verb of losing or dying in the future tense ("втратить", "потеряет", "погибнут")."""
    # (whether a form is a verb in the future tense: a kind of the sentence's tokens, read once per form and
    # process, and most sentences have none)
    kinds, every = doc.lang.token_kinds(toks)
    return bool(every & FUTURE_VERB) and any(
        kinds[i] & FUTURE_VERB
        and (doc.lang.outcomes_people.match(toks, i) or doc.lang.outcomes_equipment.match(toks, i))
        for i in range(a, min(b, len(kinds))))


def _of_a_report(doc: DocText, toks: list[Token], end: int) -> bool:
    """"на основе ежедневных сводок", "щоденних зведень": how often a report comes out, not a figure per day."""
    return end < len(toks) and doc.lang.grammar["context"].match(toks, end, key="source_markers") is not None


def _day_of_something(doc: DocText, toks: list[Token], end: int) -> bool:
    """"в день объявления мобилизации": a day named by what happened on it, not "per day"."""
    if end >= len(toks) or not {"день", "доба", "сутки"} & toks[end - 1].lemmas \
            or _PUNCT.search(text_between(doc.text, toks[end - 1].end, toks[end].start)):
        return False
    found = tags(toks[end].low, doc.lang.code)
    return {"NOUN", "gent"} <= found and not doc.lang.outcomes_people.match(toks, end)


def is_event(doc: DocText, toks: list[Token], lo: int, hi: int) -> bool:
    """"внаслідок ракетного удару", "в результате атаки ВСУ": losses of one attack."""
    ctx, spans = doc.lang.grammar["context"], doc.lang.grammar["spans"]
    for _key, a, b in ctx.find_all(toks, lo, hi, "attack"):
        if spans.match(toks, a, key="war_nouns"):
            continue  # "внаслідок збройної агресії рф": the war itself, not one attack
        if _repeated_attacks(doc, toks, b):
            continue  # "унаслідок обстрілів": shellings over a span
        k = a
        while k > lo and is_adjectival(toks[k - 1], doc.lang.code):
            k -= 1  # ("в результате украинских ракетных ударов": the lead before the adjectives)
        if any(spans.match(toks, j, key="event_lead") for j in range(max(lo, k - 3), a)):
            return True
    return False


def _repeated_attacks(doc: DocText, toks: list[Token], end: int) -> bool:
    """The words ending at ``end`` end in attacks of a kind that, in the plural, go on over a span ("внаслідок
    обстрілів", "в результате обстрелов"): a cause, not one attack."""
    return doc.lang.grammar["context"].match(toks, end - 1, key="repeated_attacks") is not None \
        and "plur" in tags(toks[end - 1].low, doc.lang.code)


def delta_tokens(doc: DocText, sent: Sentence) -> set[int]:
    """Indexes of the tokens inside "(+N ...)" of a sentence."""
    memo = sent.tokens.memo if isinstance(sent.tokens, Tokens) else {}
    known: set[int] | None = memo.get(("deltas",))
    if known is not None:
        return known
    out: set[int] = set()
    toks = sent.tokens
    for m in _DELTA_BRACKET.finditer(doc.text, sent.start, sent.end):
        # (the tokens starting inside the brackets: found by their starts, in order, not each token tested)
        first = bisect_left(toks, m.start(), key=_START)
        out.update(range(first, bisect_left(toks, m.end(), first, key=_START)))
    memo[("deltas",)] = out
    return out


def _stated_on(doc: DocText, toks: list[Token], d: DateMention) -> bool:
    """"повідомляла ... у вересні 2022 року": the month the figure was stated, not a span of losses."""
    verbs = doc.lang.grammar["context"]
    if any(toks[k].low == "за" for k in range(max(0, d.first_token - 2), d.first_token)):
        return False  # "за весь 2023 рік Генштаб нарахував ...": a span the figure covers, not when it was said
    # (not "розповів, що у березні було збито ...": the month inside what was said)
    # ("у березні зафіксовано 57 загиблих": a verb of recording records what befell within the month, its span)
    return any(verbs.match(toks, k, key="report_verbs") and not verbs.match(toks, k, key="recorded")
               and not _CLAUSE_MARK.search(text_between(doc.text, toks[k].end, toks[d.first_token].start))
               for k in range(max(0, d.first_token - 6), d.first_token)) or any(
        # "у лютому Зеленський називав цифру ...", "в сентябре американские чиновники говорили о ...", "в сентябре
        # министр обороны Сергей Шойгу назвал": the verb after the month and its subject
        verbs.match(toks, k, key="report_verbs") and not verbs.match(toks, k, key="recorded")
        and not _CLAUSE_MARK.search(text_between(doc.text, toks[d.last_token].end, toks[k].start))
        for k in range(d.last_token + 1, min(len(toks), d.last_token + 7)))


def _enrolled_on(doc: DocText, toks: list[Token], d: DateMention) -> bool:
    """"418 человек, мобилизованных в сентябре 2022 года": the month they joined the army (a phrase of enrolment
    starting three words before the date at most), not a span of losses."""
    return any(doc.lang.grammar["context"].match(toks, k, key="enrolled")
               for k in range(max(0, d.first_token - 3), d.first_token))


def funeral_after(doc: DocText, toks: list[Token], d: DateMention) -> bool:
    """"у суботу в селі поховали двох воїнів": the day of a funeral, not of the deaths (in the same clause)."""
    funeral = doc.lang.grammar["context"]
    return any(funeral.match(toks, k, key="funeral")
               and not _CLAUSE_MARK.search(text_between(doc.text, toks[d.last_token].end, toks[k].start))
               for k in range(d.last_token + 1, min(len(toks), d.last_token + 6)))


def _loss_verb_before(doc: DocText, toks: list[Token], d: DateMention) -> bool:
    """A verb of losing or dying right before the date ("втратили 21 лютого", "погибли 5 марта"), or the word of a
    span ("за 13 червня"): the day of the losses, not the day a figure was stated or stands at."""
    k = d.first_token - 1
    return k >= 0 and (bool(doc.lang.grammar["spans"].match(toks, k, d.first_token, "span_lead")) or (
        "VERB" in tags(toks[k].low, doc.lang.code) and bool(
            doc.lang.outcomes_people.match(toks, k) or doc.lang.outcomes_equipment.match(toks, k))))


def _as_of_in(dates: list[DateMention], lo: int, hi: int) -> DateMention | None:
    return next((d for d in dates if lo <= d.first_token and d.last_token < hi
                 and d.role in ("as_of", "plain") and d.kind == "day"), None)


def _since_start_of_event(doc: DocText, toks: list[Token], a: int, b: int) -> bool:
    """"с начала контрнаступления", "від початку Курської операції", "с начала вторжения в Курскую область":
    since an offensive, an operation or an incursion into a place began (a period); "с начала вторжения",
    "від початку вторгнення в Україну" is since the war began."""
    spans = doc.lang.grammar["spans"]
    sides = doc.lang.sides
    for _key, _i, j in spans.find_all(toks, a, b, "start_of_event"):
        for k in range(j, min(b, j + 3)):
            war = spans.match(toks, k, key="war_nouns")
            if war is not None:
                if spans.find_all(toks, j, k, "full_scale"):
                    return False
                end = war[1]
                attacker = sides.match(toks, end) if end < len(toks) else None
                if attacker is not None:
                    end = attacker[1]  # "с начала вторжения ВСУ в регион": the invader named before the place
                # "в Курскую область" (into a place: the accusative), not "в боях", "в регионе"
                # (a form that may be a place where, "в плену", is a state: "с начала вторжения в плену погибли")
                if end + 1 >= len(toks):
                    return False
                # ("с начала вторжения во время обстрелов": a lead of an event, a time, not a place invaded)
                lead = spans.match(toks, end, key="event_lead")
                if lead is not None and lead[1] > end + 1:
                    return False
                place = tags(toks[end + 1].low, doc.lang.code)
                return spans.match(toks, end, key="into_place") is not None and sides.match(toks, end + 1) is None \
                    and "accs" in place and not place & {"loc2", "loct"} \
                    and spans.match(toks, end + 1, key="into_state") is None  # (not "в плен сдались")
            if spans.match(toks, k, key="operations") is not None:
                return True
    return False


def _over_places(doc: DocText, toks: list[Token], k: int) -> bool:
    """"Загалом над областю", "Всего, по данным ведомства, над регионами": "над" after a total (past an aside set off
    by commas), a total over the places of one night."""
    spans = doc.lang.grammar["spans"]
    if k < len(toks) and spans.match(toks, k, key="over_places"):
        return True
    if k == 0 or k >= len(toks) or text_between(doc.text, toks[k - 1].end, toks[k].start).strip() != ",":
        return False
    after = next((j for j in range(k + 1, min(len(toks), k + 6))
                  if text_between(doc.text, toks[j - 1].end, toks[j].start).strip() == ","), None)
    return after is not None and spans.match(toks, after, key="over_places") is not None


def _battle_at_place(doc: DocText, toks: list[Token], a: int, b: int) -> bool:
    """"в боях в Курской области", "у боях за Бахмут": the losses of a battle at a place named (capitalised, no side:
    not "в боях за Україну")."""
    for _key, _i, j in doc.lang.grammar["context"].find_all(toks, a, b, "battle_at"):
        if j < len(toks) and (toks[j].text[:1].isupper() or doc.lang.places.match(toks, j) is not None
                              or _battle_object(doc, toks, j)) \
                and doc.lang.sides.match(toks, j) is None:
            return True  # ("на курском направлении": a place's adjective, lower-case)
    return False


def _battle_object(doc: DocText, toks: list[Token], j: int) -> bool:
    """"за село", "за высоту": a place named by its common noun (grammar ``battle_objects``), past one adjective
    ("за стратегическую высоту"), or after "one of" ("за один из городов")."""
    ctx = doc.lang.grammar["context"]
    if (one_of := ctx.match(toks, j, key="one_of")) is not None:
        j = one_of[1]
    return any(j + k < len(toks) and ctx.match(toks, j + k, key="battle_objects") is not None
               and (k == 0 or is_adjectival(toks[j], doc.lang.code)) for k in (0, 1))


def _cumulative_cue(doc: DocText, toks: list[Token], a: int, b: int) -> bool:
    spans = doc.lang.grammar["spans"]
    hits = spans.find_all(toks, a, b)
    one_event = None  # (asked only of a word of a sum: "Загалом внаслідок атаки загинули 23 людини")
    for key, i, j in hits:
        if key != "cumulative" or _over_places(doc, toks, j):
            continue
        if spans.match(toks, i, key="totals") is not None:
            if one_event is None:
                one_event = any(h[0] == "event" for h in hits) or is_event(doc, toks, a, b)
            if one_event:
                continue
        return True
    for key, i, _j in hits:
        if key == "war_nouns":
            for k in range(max(a, i - 4), i):
                if spans.match(toks, k, key="cumulative_lead") and not _of_a_participle(doc, toks, k):
                    return True
            # ("внаслідок повномасштабної збройної агресії росії загинули ...": the full-scale war as the cause, its
            # running count; not "внаслідок російської агресії" of a day's report)
            full = next((x for name, x, _y in hits if name == "full_scale" and i - 4 < x < i), None)
            if full is not None and any(doc.lang.grammar["context"].match(toks, k, key="cause")
                                        for k in range(max(a, i - 4), full)):
                return True
    return False


def _of_a_participle(doc: DocText, toks: list[Token], k: int) -> bool:
    """"добровольцев, подписавших контракт после начала войны": "после" whose phrase dates a participle a few words
    before it (when those it describes did something), not the span of the figure."""
    return doc.lang.grammar["spans"].match(toks, k, key="after_lead") is not None and any(
        _participle(tags(toks[j].low, doc.lang.code)) for j in range(max(0, k - 3), k))


def _participle(found: frozenset[str] | set[str]) -> bool:
    """A participle: Russian's own tag, or Ukrainian's adjective with a voice ("завербованих")."""
    return "PRTF" in found or ("ADJF" in found and bool(found & {"actv", "pssv"}))
