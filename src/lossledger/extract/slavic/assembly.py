"""Assembly: a document's mentions filled in from each other and made claims."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

from ...model import Claim
from ...profiles import Profile
from .actor import is_actor
from .among_dead import larger_than_the_part_before
from .attacked import attacked_side, attackers_enemy
from .bare_toll import in_the_cue_block, open_toll, takes_a_bounded_cue
from .began import event_began, event_dated_before, names_an_event
from .chronicle_title import takes_the_chronicle_day
from .claimants import SourceCue, by_the_name_before, claimant_in
from .context import (
    credit_back,
    infer_published,
    list_context,
    may_count,
    may_date,
    sentence_cue,
    span_of_the_sentence_before,
)
from .dates import DateMention, find_dates, resolve_date, span_start
from .default_measure import default_measure, running_total
from .digest_title import digest_title_cue
from .entry_date import entry_dates
from .event_dates import published_by_event
from .language import PEOPLE, language_data
from .lead_day import headline_day, lead_day
from .lead_span import takes_the_reports_span
from .measure_cues import (
    another_source,
    bare_month,
    bare_total,
    carried_measure,
    compared_with,
    day_said_before,
    goes_on_about,
    past_war_end,
    recalled,
    restated,
    standing,
    title_names_the_day,
)
from .mentions import DocText, Mention, in_an_aside
from .month_title import takes_the_title_month
from .night_before import night_of_the_day_before
from .outlets import counted_here
from .own_unit import press_side, restates_the_figure_before, soldiers_of_a_unit, unit_side
from .post_heading import opens_the_post
from .recurring_after import recurring_event_after
from .same_unit_span import narrowed, unit_span_before
from .sentence_claims import read_sentence
from .sentences import Sentence
from .sides import default_side, in_care, side_of, side_words
from .spans import delta_tokens, earlier_by
from .speakers_own import (
    answered,
    asked_of_own,
    asked_side,
    in_an_interview,
    own_unit_lost,
    own_voice_side,
    writers_own_count,
)
from .strike_told_before import day_of_the_strike_before
from .then_word import opens_on_then
from .this_period import span_in_the_clause_before
from .tolls import soldiers_home, sums_the_event_before, verified_over_a_span
from .transcript import another_speaker
from .war_namer import named_war_side, namer_side
from .week_lines import dated_by_a_day_alone, week_dates
from .year_before import in_the_year_before


def _choose(group: list[Mention]) -> Mention:
    def score(m: Mention) -> tuple[int, ...]:
        return (int(m.sentence.kind != "heading"), int(m.claimant is not None), int(m.explicit),
                int(m.measure_cued), int(m.outcome != "losses"), -m.sentence.start)
    return max(group, key=score)


def extract_cyrillic(
    text: str,
    *,
    lang: str,
    published: dt.date | None,
    doc_id: str | None,
    profile: Profile,
    rule_name: Any,
    published_basis: str = "published",
    url_bounds: Any = None,
) -> list[Claim]:
    """Every loss claim in a Ukrainian or Russian ``text`` (see the module's docstring)."""
    language = language_data(lang, profile.name)
    doc = DocText(text, language, profile, published)

    def written_from() -> str | None:
        return press_side(doc)  # ("Рождество 2024 года" in a text of Ukraine's side: its day, asked only then)

    list_ctx: dict[str, Any] = {}
    last_source: SourceCue | None = None
    last_source_para = -10
    post_source: SourceCue | None = None
    para_cue: _ParaCue | None = None
    # the paragraph's sentences whose span cue is read only when a later figure there needs it (most never)
    cue_pending: list[Sentence] = []
    title_cue: Any = None
    title_read = False
    for sent in doc.sentences:
        present = language.grammar["context"].keys_in(sent.tokens)  # (the keys asked below: most sentences have none)
        if "related" in present and language.grammar["context"].find_all(sent.tokens, 0, min(3, len(sent.tokens)),
                                                                           "related"):
            continue  # "Читайте також: ...": another story's headline, not this one's; "Підписуйтесь ..."
        if not title_read and sent.paragraph != doc.sentences[0].paragraph:
            title_cue, title_read = digest_title_cue(doc), True  # (read once, past the title's paragraph)
        counts = may_count(language, sent)
        dates = in_the_year_before(doc, sent, find_dates(text, sent, language, war_start=profile.war_start,
                                                    published=doc.published, written_from=written_from)) \
            if counts or may_date(language, sent) else []  # ("Торік у березні ...": the month of the year before)
        if counts:
            dates = week_dates(doc, sent, dates)  # ("Пн — ...", "з п'ятниці по неділю": those days)
        # ("4 березня. Удар по центру: загинули семеро": a timeline's entry opened by a bare date)
        then = counts and not dates and (_time_named_before(doc, sent) or entry_dates(doc, sent)
                                         or night_of_the_day_before(doc, sent) or day_of_the_strike_before(doc, sent))
        if then:
            dates = then  # "Тогда ведомство сообщало о 5 937 погибших": when the sentence before says
        doc.dates[id(sent)] = dates
        found = read_sentence(doc, sent, dates, list_ctx) if counts else []
        own = claimant_in(doc, sent)
        if own is not None and (named := by_the_name_before(doc, sent, own, last_source)) is not own:
            for m in found:  # ("По его данным, ...": the one named before, by his name)
                m.claimant_text = named.text if m.claimant_text == own.text else m.claimant_text
            own = named
        if own is None and another_speaker(doc, sent):
            last_source = None  # ("ГОЛОВУЮЧИЙ. ...": a transcript's next speaker, whom no source's words name)
        if cue_pending and any(open_toll(doc, m) for m in found):
            para_cue = _latest_cue(doc, cue_pending, para_cue, sent)
            cue_pending = []
        for m in found:
            # (not to the figures of another source named anew: "С начала года погибли 40, сообщил губернатор.
            # Омбудсмен заявил, что в плену находятся 1 500"), nor to a count a source recalls or one of a state that
            # stands now
            if open_toll(doc, m) and para_cue is not None and in_the_cue_block(doc, para_cue[0], sent) and not then \
                    and takes_a_bounded_cue(m, para_cue[1][1], para_cue[1][2]) \
                    and not (own is not None and last_source is not None
                             and another_source(doc, own.key, own.text, last_source.key, last_source.text)) \
                    and not recalled(doc, m) and not standing(doc, m, para_cue[1][2]) \
                    and not larger_than_the_part_before(doc, m):
                m.measure, m.period_days, m.period_start_date, cue_date = para_cue[1]
                m.as_of_date = m.as_of_date or cue_date  # "У ніч на 7 лютого збито ... Крім того, знищено ..."
            elif title_cue is not None and "names" not in present and open_toll(doc, m) and not then \
                    and not recalled(doc, m) and not standing(doc, m, title_cue[2]):
                # ("Головне за добу": a digest's; not a count of names on a list, "установила имена 152 114")
                m.measure, m.period_days, m.period_start_date, cue_date = title_cue
                m.as_of_date = m.as_of_date or cue_date
        if cue_pending and cue_pending[-1].paragraph != sent.paragraph:
            # (a cue is the rest of its own paragraph's, and a question's is its answer's)
            cue_pending = cue_pending[-1:] if answered(doc, cue_pending[-1], sent) else []
        cue_pending.append(sent)
        if own is None and writers_own_count(doc, sent, present):
            last_source = None  # ("За моїми даними, знищено 19 танків": the writer's count, no source's before)
        for m in found:
            if m.claimant is None and not m.recap and last_source is not None \
                    and sent.paragraph - last_source_para <= 2:
                m.claimant, m.claimant_text = last_source.key, last_source.text
        for m in found:
            m.list_growth = m.list_growth or verified_over_a_span(doc, m)  # ("за листопад верифіковано ще 1 455")
            if m.list_growth and dated_by_a_day_alone(doc, m):
                m.period_days = None  # ("у суботу на стіну додали 64 імені": their deaths' span is not that day)
        doc.mentions.extend(found)
        credit_back(doc, sent, found)
        if own is None and not found and "asked_comment" in present:
            last_source = None  # "РБК направил запрос в компанию": the article goes on in its own voice
        if own is not None and not (found and all(m.measure == "rate" for m in found)
                                    and counted_here(doc, sent.tokens, own.key, own.text)):
            last_source, last_source_para = own, sent.paragraph
            post_source = own if sent is doc.sentences[0] and opens_the_post(doc, sent, own, found) else None
        elif found and any(m.claimant for m in found) and last_source is not None:
            last_source_para = sent.paragraph
        elif found and all(m.recap for m in found):
            last_source = None
        if post_source is not None and last_source is post_source:
            last_source_para = sent.paragraph  # (a post opened by its source is its word throughout)
        elif last_source is not None and sent.paragraph - last_source_para <= 2 and in_an_interview(doc, sent):
            last_source_para = sent.paragraph  # (an interview's questions and answers: its speaker's word)
        list_ctx = list_context(doc, sent, dates, found, list_ctx)
        if sent.kind != "list_item" and "source" not in list_ctx and list_ctx and last_source is not None \
                and sent.paragraph - last_source_para <= 3:
            list_ctx["source"] = last_source
    if not doc.mentions:
        return []
    _fill(doc)
    if doc.published is None:
        inferred = infer_published(doc)  # ("Сегодня на коллегии ..." after its dates: that year's, event_dates.py)
        doc.published = recurring_event_after(doc, inferred) if inferred is not None else published_by_event(doc)
        if url_bounds is not None:  # the month a URL names holds the estimate (dates.bounded_estimate)
            from ..dates import bounded_estimate

            doc.published = bounded_estimate(doc.published, "text", url_bounds)[0]
    claims: list[Claim] = []
    groups: dict[tuple[Any, ...], list[Mention]] = {}
    for m in doc.mentions:
        if m.side is not None:
            groups.setdefault((m.side, m.category, m.value, m.value_high), []).append(m)
    chosen: list[Mention] = []
    for group in groups.values():
        # "3 killed and 3 wounded": two facts under one number
        specific = {x.outcome for x in group if x.outcome in ("killed", "wounded", "captured", "missing")}
        if len(specific) > 1:
            chosen += [_choose([x for x in group if x.outcome == o]) for o in sorted(specific)]
        else:
            chosen.append(_choose(group))
    for m in chosen:
        s = m.sentence
        as_of = resolve_date(m.as_of_date, doc.published) if m.as_of_date else None
        period_start = span_start(m.period_start_date, doc.published) if m.period_start_date else None
        basis = "stated" if as_of else (published_basis if published else ("inferred" if doc.published else "none"))
        if m.measure == "period" and m.period_start_date is not None and m.as_of_date is m.period_start_date:
            as_of = resolve_date(m.period_start_date, doc.published)
        if as_of is None and (ended := past_war_end(doc, m)) is not None:
            as_of = ended  # "За 10 лет Афганской войны погибло 80 ...": the day that war ended
        if as_of is None and m.measure != "projection":
            as_of = doc.published  # (a projection with no date has none)
        claims.append(Claim(
            doc=doc_id, side=m.side or "", category=m.category, outcome=m.outcome, value=m.value,
            value_high=m.value_high, qualifier=m.qualifier, measure=m.measure or "cumulative",
            period_days=m.period_days if m.measure in ("period", "rate") else None,
            period_start=period_start if m.measure == "period" else (period_start if m.measure == "cumulative"
                                                                     and period_start else None),
            as_of=as_of, claimant=m.claimant, claimant_text=m.claimant_text, hedged=m.hedged,
            quote=text[s.start:s.end], start=s.start, end=s.end,
            rule=rule_name(f"{lang}_{m.rule}"), as_of_basis=basis,
        ))
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


_ParaCue = tuple[int, tuple[str, float | None, DateMention | None, DateMention | None]]


def _time_named_before(doc: DocText, sent: Sentence) -> list[DateMention]:
    """"Тогда", "тоді" opening a sentence: the month or day the sentence before names (its span's start too),
    as the time the sentence's figures were stated."""
    toks = sent.tokens
    at = doc.sentence_number.get(id(sent), 0)
    if at == 0:
        return []
    # (the day or month the sentence before names, looked up first: most sentences before name none, and then no
    # word opening this one is read)
    before = doc.dates.get(id(doc.sentences[at - 1]), [])
    if not any(d.month and d.kind in ("day", "month") or _a_weekday(d) for d in before):
        return []
    spans = doc.lang.grammar["spans"]
    # ("14 травня ... випустили по місту ракети. Внаслідок удару загинули 19 людей": the strike the sentence before
    # tells, on the day it names)
    event = spans.match(toks, 0, key="event") is not None and spans.match(toks, 0, key="event_lead") is not None \
        and doc.sentences[at - 1].paragraph == sent.paragraph
    # ("Увечері 11 грудня дрони атакували місто. Загинули 2 людини": the toll opening the sentence after a strike the
    # sentence before tells, of no figure, on the day it names)
    prev = doc.sentences[at - 1]
    event = event or (prev.paragraph == sent.paragraph and doc.lang.outcomes_people.match(toks, 0) is not None
                      and bool(doc.lang.civilian_context.find_all(prev.tokens))
                      and not any(m.sentence is prev for m in doc.mentions)
                      and not spans.find_all(prev.tokens))  # (not "Уночі 18 листопада ...": a night's span, carried)
    # ("11 августа подчинённые обстреляли Суджу. В результате погибли 6": the strike told before, "as a result" alone)
    event = event or (prev.paragraph == sent.paragraph and doc.lang.grammar["context"].match(toks, 0, key="as_a_result")
                      is not None and bool(doc.lang.civilian_context.find_all(prev.tokens))
                      and not any(m.sentence is prev for m in doc.mentions[-3:]))
    # ("У суботу, 6 грудня, на Стіну пам'яті додали 64 імені. Відтепер на ній — 1 118 імен", "Станом на 1 березня
    # стіну оновили. На стіні вже 412 імен": the count as it stands after the update of that day)
    event = event or (prev.paragraph == sent.paragraph and not any(m.sentence is prev and not m.list_growth
                                                                   for m in doc.mentions[-3:])
                      and bool(doc.lang.grammar["context"].find_all(toks, 0, min(len(toks), 4), "now_after")))
    if not event and not opens_on_then(doc, toks):
        return []
    kinds = ("day",) if event else ("day", "month")
    # ("Рано утром в воскресенье дроны атаковали Рыльск. В результате удара погибли двое": the strike's weekday)
    named = [d for d in before if d.kind in kinds and d.month or event and _a_weekday(d)]
    return [DateMention(toks[0].start, toks[0].end, d.year, d.month, d.day, "plain", d.kind, 0, 0)
            for d in named[-1:]]


def _a_weekday(d: DateMention) -> bool:
    """A weekday the sentence names ("у неділю", "в субботу"), or a day back from the publication ("вчора")."""
    return d.kind == "weekday" and d.day is not None


def _latest_cue(doc: DocText, pending: list[Sentence], cue: _ParaCue | None, at: Sentence) -> _ParaCue | None:
    """The span cue of the last of ``pending`` that names one (as if each had been read in turn), else ``cue``; a
    question's is the paragraph of its answer (``at``: "— Які втрати ворога за тиждень?\n\n— Близько 150 убитих")."""
    for sent in reversed(pending):
        asked = answered(doc, sent, at)
        found = sentence_cue(doc, sent, doc.dates.get(id(sent), []), any_span=asked)
        if found is not None:
            return (at.paragraph if asked else sent.paragraph), found
    return cue


def _fill(doc: DocText) -> None:
    """What a sentence leaves open, the document fills in: spans carried on in a report, the default
    span, sides from the claimant and the document's majority."""
    # "..., где погибло свыше 3050 человек. ..., сообщается в Telegram-канале Минобороны": a source named
    # later in the same paragraph
    for i, m in enumerate(doc.mentions):
        if m.claimant is None and not m.recap and m.sentence.kind != "heading" \
                and not writers_own_count(doc, m.sentence, doc.lang.grammar["context"].keys_in(m.sentence.tokens)):
            later = next((x for x in doc.mentions[i + 1:] if x.explicit and x.claimant
                          and x.sentence.paragraph == m.sentence.paragraph), None)
            if later is not None:
                m.claimant, m.claimant_text = later.claimant, later.claimant_text
    bulletin = doc.lang.raw["profile"].get("defaults", {}).get("bulletin_claimant")
    for m in doc.mentions:
        if m.claimant is None and bulletin and m.rule in ("list_label", "bulletin_delta") and not m.recap \
                and (m.sentence.kind == "list_item" or delta_tokens(doc, m.sentence)):
            m.claimant = str(bulletin)  # "танків — 10 196 (+4) од": the General Staff's own layout
    before: Mention | None = None
    written_from = doc.lang.raw["profile"].get("defaults", {}).get("home_side")  # the side the text is written from
    text_sides: dict[str, str | None] = {}  # (read once per source, when first asked)
    for m in doc.mentions:
        if not m.side_stated and m.side_args:
            noun, lo, listed = m.side_args
            m.side, stated = side_of(doc, m.sentence, m.number, m.category, noun, lo, m.claimant, listed)
            if not stated and m.whole is not None and m.whole.side:
                m.side = m.whole.side  # (a part of a figure before: its whole's side)
            elif not stated and m.category in PEOPLE and m.claimant and (own := doc.profile.own_side(m.claimant)) \
                    and (own_unit_lost(doc, m) or asked_of_own(doc, m)):
                m.side = own  # "За місяць батальйон втратив 14 бійців", "— А ваші втрати?": the speaker's own
            elif not stated and soldiers_of_a_unit(doc, m) and (unit := unit_side(doc, m)) is not None:
                m.side = unit  # "120 бійців бригади дістали поранення": the unit's own
            elif not stated and m.category in PEOPLE and (asked := asked_side(doc, m)) is not None:
                m.side = asked  # "— А втрати ворога?\n\n— 120 поранених": the side the question names
            elif not stated and m.category == "personnel" and written_from and in_care(doc, m.sentence.tokens):
                m.side = written_from  # "через лікарню пройшли 3 400 поранених військових": its hospitals' soldiers
            elif not stated and goes_on_about(doc, before, m):
                m.side = before.side if before is not None else m.side
            elif not stated and m.category in PEOPLE and m.claimant and (own := doc.profile.own_side(m.claimant)):
                if m.claimant not in text_sides:
                    text_sides[m.claimant] = _text_side(doc, m.claimant)
                if text_sides[m.claimant] == own:
                    m.side = own  # "Шойгу назвал потери": in a text about the speaker's side's own dead, its own
        before = m
    prev: Mention | None = None
    # (``at``: the mention's place, as ``doc.mentions.index(m)`` finds it, with no field-by-field comparison of
    # the mentions before: no two mentions share a figure's place in the text)
    for at, m in enumerate(doc.mentions):
        if m.measure == "same":  # "за цей період": the span of the figures before
            # ("640 поранених. У середньому це 20–25 на добу. За той самий місяць ...": a rate names no span)
            earlier = [x for x in doc.mentions[:at] if x.measure not in (None, "same", "rate")]
            # ("За две недели ... 2 100. Всего ... 111 387. ... за это время": the time named before a bare total)
            # ("Лише за листопад ...": a narrower span set aside, not the one meant)
            base = next((x for x in reversed(earlier) if not bare_total(doc, x) and not narrowed(doc, x)), None) \
                or (earlier[-1] if earlier else None)
            if (named := span_in_the_clause_before(doc, m) or span_of_the_sentence_before(doc, m)) is not None:
                base = None  # ("... знешкодили 600 тисяч мін. За цей час ...": the span of that sentence, no loss)
            if named is None and base is None:
                named = unit_span_before(doc, m)  # ("З 1 по 7 грудня ... За цей же тиждень ...": that week)
            m.measure, m.period_days, m.period_start_date = named[:3] if named else (
                (base.measure, base.period_days, base.period_start_date) if base else ("cumulative", None, None))
            if named is not None and m.as_of_date is None:
                m.as_of_date = named[3]  # (a span that sentence names ends where it ends)
            if base is not None and base.measure == "period" and m.as_of_date is None:
                m.as_of_date = base.as_of_date  # ("с января по июнь ... За тот же период": to the same end)
        elif m.measure == "period" and m.period_days is None and m.period_start_date is None \
                and (dated := event_dated_before(doc, m, at)) is not None:
            # "За выходные, 29 и 30 ноября, ..." then "Всего за выходные ...": the same event, dated once
            m.period_days, m.period_start_date = dated.period_days, dated.period_start_date
            m.as_of_date = dated.as_of_date
        if m.sentence.kind == "heading" and m.measure == "period" and m.period_days and m.period_start_date is None:
            # "за неделю" over "за неделю с 8 по 14 марта": the headline's week is the one the body names
            week = next((x for x in doc.mentions if x.sentence.kind != "heading" and x.measure == "period"
                         and x.period_days == m.period_days and x.period_start_date is not None
                         and x.sentence.paragraph <= m.sentence.paragraph + 2), None)
            if week is not None:
                m.period_start_date, m.as_of_date = week.period_start_date, m.as_of_date or week.as_of_date
        if m.measure is None and m.sentence.kind == "heading":
            # a headline sums up the report below it: "Сили оборони знищили ще півтори тисячі окупантів"
            body = next((x for x in doc.mentions if x.sentence.kind != "heading" and x.measure_cued
                         and x.measure is not None and (x.category in PEOPLE) == (m.category in PEOPLE)
                         and x.sentence.paragraph <= m.sentence.paragraph + 3), None)
            # "не менее 17 тысяч" over a lead's 17 300 with no span: the headline rounds that figure, not a later one's
            rounded = next((x for x in doc.mentions if x.sentence.kind != "heading" and x.category == m.category
                            and x.outcome == m.outcome and 0.9 * x.value <= m.value <= (x.value_high or x.value)),
                           None)  # ("до 165 тысяч" over "от 138 до 165 тысяч": the range's end)
            if body is not None and (rounded is None or rounded.measure_cued):
                m.measure, m.period_days, m.period_start_date = body.measure, body.period_days, body.period_start_date
                if m.measure == "period" and m.as_of_date is None:
                    m.as_of_date = body.as_of_date  # ("Підсумки червня: ...": the month's end, as the body's)
        if m.number.delta and m.as_of_date is None and prev is not None and prev.sentence is m.sentence \
                and running_total(doc, prev):
            m.as_of_date = prev.as_of_date  # the day's increase stands at its total's date
        if (led := lead_day(doc, doc.mentions[:at], m) or headline_day(doc, m)) is not None:
            m.as_of_date = led.as_of_date  # "За минулу добу, 22 листопада ... - танки — 9419 (+20)": that day's
        if m.measure is None:
            base = prev
            if prev is not None and prev.list_growth and not m.explicit:
                # "По данным на 4 декабря ... 141 370. За неделю список пополнился 1 820 фамилиями. Среди погибших —
                # 18 700 добровольцев": the list's parts go on from its count (and its date), past the week's names
                base = next((x for x in reversed(doc.mentions[:at - 1]) if not x.list_growth), None)
            if base is not None and larger_than_the_part_before(doc, m):
                # ("С начала месяца погибли 2 100. Среди погибших — свыше 6 тысяч офицеров": a part of the whole that
                # can hold it)
                base = next((x for x in reversed(doc.mentions[:at]) if x.value >= m.value), None)
            carried = carried_measure(doc, base, m) if base is not None else None
            if carried is None and base is not None and base.measure == "rate" and base.sentence is not m.sentence:
                # ("з початку року через лікарню пройшли 3 400 поранених. Щодоби надходять 40. ... у лікарні померли
                # 37": past a rate between, the account goes on from the figure before it)
                base = next((x for x in reversed(doc.mentions[:at]) if x.measure != "rate"), None)
                carried = carried_measure(doc, base, m) if base is not None else None
            if carried is not None:
                m.measure, m.period_days, m.period_start_date = carried
                m.as_of_date = m.as_of_date or (base.as_of_date if base is not None else None)
                m.measure_cued = True
            else:
                m.measure = default_measure(doc, m)
                # "Станом на 1 червня загинули 589 дітей. ... у Донецькій області — 204": a count as of a date
                # goes on in the figures after it
                m.measure_cued = m.measure == "cumulative" and m.as_of_date is not None \
                    and m.as_of_date.role == "as_of" and m.category in PEOPLE
                if m.as_of_date is None and running_total(doc, m):
                    # "... по 15.03.24 склали 430 000 (+1 020) осіб. Крім того, ... 6 791 (+11) танк": one date
                    m.as_of_date = next((x.as_of_date for x in reversed(doc.mentions[:at])
                                         if x.as_of_date is not None and running_total(doc, x)
                                         and x.sentence.paragraph >= m.sentence.paragraph - 1), None)
        elif m.measure == "period" and m.period_days is None and m.period_start_date is None and prev is not None \
                and prev.measure == "period" and prev.period_days == 1.0 and not prev.number.delta \
                and prev.sentence is not m.sentence and prev.sentence.paragraph >= m.sentence.paragraph - 1 \
                and prev.category in PEOPLE and m.category in PEOPLE \
                and not (m.as_of_date is not None and m.as_of_date.kind == "weekday"):  # ("В выходные": its own)
            m.period_days = 1.0  # a day's round-up of strikes goes on: "Протягом доби ... На Сумщині ... через удари"
        elif m.measure == "period" and m.period_days is None and m.period_start_date is None \
                and m.as_of_date is None and m.category in PEOPLE and day_said_before(doc, m):
            m.period_days = 1.0  # "Упродовж доби ... обстріляли громади 74 рази. Унаслідок обстрілів поранено ..."
        if m.measure == "period" and m.period_days is None and m.period_start_date is None \
                and m.as_of_date is None and title_names_the_day(doc, m):
            m.period_days = 1.0  # "Як минула ніч на Дніпропетровщині\n\n... збили 3 ракети ... Поранені 3 людини"
        takes_the_title_month(doc, m)  # "Підсумки листопада\n\nЗа місяць ... Ліквідовано 367": November's
        takes_the_chronicle_day(doc, m)  # "Хроніка 9 грудня\n\n06:40 — ... поранені двоє": that day's
        if m.category in PEOPLE and m.measure == "cumulative" and sums_the_event_before(doc, m, prev) \
                and bare_total(doc, m):
            m.measure = "period"  # "Унаслідок атаки загинули шестеро. ... Загалом загиблих уже семеро": its sum
        if m.measure == "period" and m.period_days is not None and m.period_start_date is None \
                and m.as_of_date is None and not m.number.delta:
            # "За неделю с 30 ноября по 6 декабря ... Кроме того, за неделю уничтожены": the week dated before;
            # "У березні ... втратив 96 танків ... за місяць знищено 3 380": the month named before
            dated = next((x for x in reversed(doc.mentions[:at]) if x.measure == "period"
                          and x.period_start_date is not None and (x.period_days == m.period_days or (
                              m.period_days == 30.0 and x.period_start_date.kind == "month" and bare_month(doc, m)))
                          and x.as_of_date is not None and x.claimant == m.claimant
                          and x.sentence.paragraph >= m.sentence.paragraph - 2
                          # ("412 систем (у квітні — 395), 98 танків": not the month of an aside compared)
                          and not (x.sentence is m.sentence and in_an_aside(doc, x.sentence, x.number)
                                   and not in_an_aside(doc, m.sentence, m.number))
                          and not compared_with(doc, x)), None)
            if dated is not None:
                m.period_days = dated.period_days
                m.period_start_date, m.as_of_date = dated.period_start_date, dated.as_of_date
            elif (lead := _span_dated_before(doc, m)) is not None:
                m.period_start_date, m.as_of_date = lead
            elif m.sentence.kind == "heading" and m.period_days == 365.0:
                # "... за год превысила 70 тысяч" over a body's "В 2023 году ...": the year the body names
                year = next((x for x in doc.mentions if x.sentence.kind != "heading" and x.measure == "period"
                             and x.period_start_date is not None and x.period_start_date.kind == "year"
                             and x.outcome == m.outcome and (x.category in PEOPLE) == (m.category in PEOPLE)), None)
                if year is not None:
                    m.period_days = year.period_days
                    m.period_start_date, m.as_of_date = year.period_start_date, year.as_of_date
        if m.as_of_date is None and doc.published is not None and m.measure != "projection" \
                and (back := earlier_by(doc, m.sentence)) is not None:
            # "Днем ранее ведомство сообщало о 170 погибших", "тижнем раніше — 6 900": a day or a week before
            day = doc.published - dt.timedelta(days=back[0])
            m.as_of_date = DateMention(m.sentence.tokens[back[1]].start, m.sentence.tokens[back[2] - 1].end, day.year,
                                       day.month, day.day, "as_of", "day", back[1], back[2] - 1)
        prev = m
    started: Mention | None = None
    for m in doc.mentions:
        if m.measure == "period" and m.period_start_date is None and m.period_days is None \
                and ((started is not None and started.sentence.paragraph >= m.sentence.paragraph - 1)
                     or names_an_event(doc, m.sentence)) and (began := event_began(doc)) is not None:
            # "пропавших во время оккупации ... Вторжение ... началось 6 августа 2024 года" (and the figure right
            # after it, its span carried on: "Еще 118 человек числятся пропавшими")
            m.period_start_date = began
            started = m
        else:
            started = None
    # (the text's majority side and the place it names are read only when a figure is left without a side: few
    # texts; the sides the figures got are taken now, as the majority's fallback)
    sides_got = [m.side for m in doc.mentions if m.side]
    default = default_side(doc)
    majority: str | None = None
    majority_read = False
    place_side: str | None = None
    place_read = False
    home: str | None = None  # the side whose places the text's soldiers are from ("мобилизованных жителей ...")
    home_read = False
    civilians_before: str | None = None  # whose civilians the text counted last
    figure_before: Mention | None = None  # the figure before, which a rate after it may restate
    for m in doc.mentions:
        if m.own_voice and m.claimant and doc.profile.own_side(m.claimant):
            m.side = doc.profile.own_side(m.claimant)
        elif m.own_voice and not m.claimant and not m.side_stated and (own := own_voice_side(doc, m)) is not None:
            m.side = own  # "Наши потери — двое раненых" in a post of no source: the side fighting the one it names
        elif not m.side_stated and restates_the_figure_before(doc, figure_before, m) and figure_before is not None:
            m.side = figure_before.side  # "640 поранених. У середньому це 20–25 бійців на добу": the same men's
        figure_before = m
        if m.side is None and m.whole is not None:
            m.side = m.whole.side  # (a part of a figure before, settled with it)
        if m.side is None and not doc.profile.own_side(m.claimant) and doc.profile.is_victims(m.category):
            # (with no source, or one of neither side: the people of the place named)
            here = {key for key, _a, _b in doc.lang.places.find_all(m.sentence.tokens)}
            if len(here) != 1 and not place_read:
                place_side, place_read = _place_side(doc), True
            m.side = next(iter(here)) if len(here) == 1 else place_side
            if m.side is None:
                m.side = attacked_side(doc, m.sentence.tokens)  # "атаки беспилотника ВСУ": Russia's people
            if m.side is None and (at := doc.sentence_number.get(id(m.sentence), 0)) > 0:
                # ("ВСУ обстреляли приграничное село.\nПогибли двое": the attack the sentence before tells of)
                m.side = attackers_enemy(doc, doc.sentences[at - 1].tokens)
            if m.side is None:
                m.side = namer_side(doc)  # "с начала СВО погибли 93 прихожанина": the side whose name of the war
        if m.side is None and (m.category == "civilians" or m.named_group):
            # the attacker is named as often as the victims' country (people of a trade, as civilians); else the
            # civilians counted before ("пострадали двое рабочих ... В мае при аналогичном ударе погиб один")
            m.side = civilians_before or doc.profile.default_victim_side
        if m.side is None:
            target = doc.profile.usual_target(m.claimant)
            if not target and not majority_read:
                majority, majority_read = _majority_side(doc, sides_got, default), True
            if m.category == "personnel" and not target and not majority and not home_read:
                home, home_read = soldiers_home(doc), True  # (few texts: read once, when first asked)
            # (the soldiers' home is whose dead they are, not whose a strike destroyed: "уничтожены 40 военнослужащих";
            # "полк потерял убитыми 173" is the unit's own loss)
            toks = m.sentence.tokens
            from_home = home if m.category == "personnel" and not (
                doc.lang.grammar["context"].find_all(toks, key="destroy_verbs")
                and not any(k == "losses" for k, _a, _b in doc.lang.outcomes_people.find_all(toks))) else None
            m.side = target or majority or from_home or named_war_side(doc, m) \
                or (doc.profile.default_victim_side if m.category == "people" else default)
        if m.category == "people" and doc.military_doc and not m.named_group:
            m.category = "personnel"  # "83 фамилии" in a text about soldiers (whose, decided as for people)
        if m.category == "civilians" and m.side:
            civilians_before = m.side
    for m in doc.mentions:
        takes_the_reports_span(doc, m)  # "Понад 3 тисячі ... загинули, свідчить звіт" over the report's own span
        if m.sentence.kind == "heading" and (body := restated(doc, m)) is not None:
            # a headline restating a figure of the report below ("понад 64 тисячі" over its 64 217, the same 87):
            # the report's source, and whose losses and of whom where the headline's own words do not say
            if m.claimant is None and not m.recap:
                m.claimant, m.claimant_text = body.claimant, body.claimant_text
            if not m.side_stated:
                m.side = body.side
            if m.category in PEOPLE and body.category in PEOPLE:
                m.category = body.category


def _majority_side(doc: DocText, sides_got: list[str], default: str | None) -> str | None:
    """Whose losses the text speaks of where a figure's own words do not say: its side words (not places, not
    attackers), else the sides the figures got."""
    votes = _side_word_votes(doc)
    if not votes:
        votes = Counter(sides_got)
    top = votes.most_common(2)
    majority = top[0][0] if top else None
    if len(top) == 2 and top[0][1] == top[1][1] and default in (top[0][0], top[1][0]):
        majority = default  # a tie is no majority: whose losses the language's press usually means
    return majority


def _place_side(doc: DocText) -> str | None:
    """"в Белгородской области ... ранены двое": with no source to say whose, people hurt where it happened (the
    text's one place, if it names one)."""
    places = Counter(key for s in doc.sentences for key, _a, _b in doc.lang.places.find_all(s.tokens))
    return places.most_common(1)[0][0] if len(places) == 1 else None


def _side_word_votes(doc: DocText, claimant: str | None = None) -> Counter[str]:
    """The text's side words (not places; not the side that strikes: "Сили оборони завдають ворогу втрат"
    speaks of the enemy's losses; "the enemy" as ``claimant``'s enemy)."""
    sides = doc.lang.sides
    # (a sentence with no side word is passed over at once: most sentences)
    return Counter(key for s in doc.sentences if sides.find_all(s.tokens)
                   for key, a, b in side_words(doc, s.tokens, 0, len(s.tokens), claimant)
                   if not is_actor(doc, s.tokens, b, a))


def _text_side(doc: DocText, claimant: str) -> str | None:
    """The side the text's side words name most, if more than any other (None: a tie or none)."""
    top = _side_word_votes(doc, claimant).most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def _span_dated_before(doc: DocText, m: Mention) -> tuple[DateMention, DateMention] | None:
    """The first and last days of the span of ``m`` (a week, a day) dated in a sentence of no figure before it, in its
    paragraph or the three before: "Российские войска за неделю, с 29 ноября по 5 декабря, нанесли поражение ...
    Потери ВСУ за неделю составили более 9 200" is that week."""
    dated: list[int] | None = doc.cache.get("since_dated")
    if dated is None:  # (the sentences that date a span's start, found once per document: in most, none)
        dated = doc.cache["since_dated"] = sorted(doc.sentence_number[k] for k, ds in doc.dates.items()
                                                  if k in doc.sentence_number and any(d.role == "since" for d in ds))
    at = doc.sentence_number.get(id(m.sentence), 0)
    for i in reversed(dated):
        if i >= at:
            continue
        sent = doc.sentences[i]
        if i < at - 8 or sent.paragraph < m.sentence.paragraph - 3:
            break
        dates = doc.dates[id(sent)]
        if any(x.sentence is sent for x in doc.mentions):
            return None  # (a figure's own span: taken from the figure, above)
        cue = sentence_cue(doc, sent, dates)
        if cue is not None and cue[0] == "period" and cue[1] == m.period_days and cue[2] is not None \
                and cue[3] is not None:
            return cue[2], cue[3]
    return None


@lru_cache(maxsize=16)
def has_profile_words(profile_name: str, lang: str) -> bool:
    """Whether the profile has its words in ``lang`` (``profiles/<profile>/<lang>.toml``)."""
    return resources.files("lossledger.profiles").joinpath(profile_name, f"{lang}.toml").is_file()
