"""A figure read beside the figures before it: a restatement, a comparison, a measure or span carried on,
a running total recalled, another source."""

from __future__ import annotations

import datetime as dt
from typing import cast

from ...languages.morphology import PhraseTable, lemmas, tags, tokenize
from .dates import DateMention
from .default_measure import running_total
from .elliptical import part_of_those
from .language import PEOPLE
from .mentions import DocText, Mention, clause_bounds, first_hit
from .named_count import named_anew


def restated(doc: DocText, m: Mention) -> Mention | None:
    """The first figure of the body that a headline's figure restates: the same outcome of the same things (people of
    any kind), the same number or, said about, more or less than, a number within a tenth of it."""
    for x in doc.mentions:
        if x.sentence.kind == "heading" or x.outcome != m.outcome or x.value_high is not None \
                or (x.category != m.category and not (x.category in PEOPLE and m.category in PEOPLE)):
            continue
        if x.value == m.value or (m.qualifier != "exact" and m.value_high is None
                                  and 0.9 * x.value <= m.value <= 1.1 * x.value):
            return x
    return None


def compared_with(doc: DocText, m: Mention) -> bool:
    """Whether ``m``'s span is one a comparison names ("більше, ніж у квітні, коли Генштаб нарахував 29 370"): not
    the span a bare "за місяць" after it goes on with."""
    d = m.period_start_date
    ctx = doc.lang.grammar["context"]
    return d is not None and d.start >= m.sentence.start and any(
        ctx.match(m.sentence.tokens, k, key="than") for k in range(max(0, d.first_token - 2), d.first_token))


def bare_month(doc: DocText, m: Mention) -> bool:
    """"за місяць", "за месяц" with no "останній", "минулий", "последний" (those are the latest 30 days, the
    month before publication): the month the text names."""
    spans = doc.lang.grammar["spans"]
    toks = m.sentence.tokens
    return any(not any(spans.match(toks, k, key=key) for k in range(i, j) for key in ("recent", "previous"))
               for _key, i, j in spans.find_all(toks, key="month"))


def goes_on_about(doc: DocText, prev: Mention | None, m: Mention) -> bool:
    """Whether ``m``, whose words name no side, goes on with the soldiers of the figure before it: the same source
    in the next sentence ("загинули 43 тисячі українських військових. Поранення, за його словами, отримали ..."),
    or a sentence of the same source opening on "Також" ("Также, по данным ASTRA, повреждены два самолета")."""
    if prev is None or not prev.side_stated or m.claimant is None or prev.claimant != m.claimant \
            or prev.sentence is m.sentence or m.sentence.paragraph - prev.sentence.paragraph > 1:
        return False
    return prev.category == m.category == "personnel" or bool(
        doc.lang.grammar["context"].match(m.sentence.tokens, 0, key="continuation"))


def past_war_end(doc: DocText, m: Mention) -> dt.date | None:
    """The day the past war the mention's sentence names ended, for the dead of a side that fought only it (the
    language profile's [past_war_ends]: ISO date -> the war's words)."""
    side = doc.profile.sides.get(m.side or "")
    if side is None or side.opponent:
        return None
    if "past_war_ends" not in doc.cache:  # (built once a document asks: few name a past war)
        ends = doc.lang.raw["profile"].get("past_war_ends", {})
        doc.cache["past_war_ends"] = PhraseTable({day: list(words) for day, words in ends.items()}, doc.lang.code)
    hits = cast("PhraseTable", doc.cache["past_war_ends"]).find_all(m.sentence.tokens)
    return dt.date.fromisoformat(hits[0][0]) if hits else None


def title_names_the_day(doc: DocText, m: Mention) -> bool:
    """The text's title line, a paragraph of its own with no verb, names the last day or night: "Обстановка в
    Белгородской области за прошедшие сутки.", "Як минула ніч на Дніпропетровщині" (the verb the day's own), a
    post's day by district below it; not "... опубликовала список погибших в ночь на 1 января"."""
    said = doc.cache.get("title_day")
    if said is None:  # (read once a document asks; the cheap tests first: most titles have a verb)
        title = doc.sentences[0]
        verbs = [k for k, t in enumerate(title.tokens) if "VERB" in tags(t.low, doc.lang.code)]
        said = title.kind != "list_item" and len(verbs) <= 1 and not (
            len(doc.sentences) > 1 and doc.sentences[1].paragraph == title.paragraph)
        if said:
            day = first_hit(doc.lang.grammar["spans"], "day", title.tokens, 0, len(title.tokens))
            said = day is not None and all(day[1] <= k < day[2] for k in verbs)
        doc.cache["title_day"] = said
    if not said or doc.sentences[0] is m.sentence:
        return False
    return not any(x.sentence is doc.sentences[0] for x in doc.mentions)


def day_said_before(doc: DocText, m: Mention) -> bool:
    """The sentence just before ``m``'s, in its paragraph, counts no loss but spans the last day ("Упродовж
    минулої доби окупанти 74 рази обстріляли ..."): the strikes whose toll ``m`` gives."""
    at = next((i for i, s in enumerate(doc.sentences) if s is m.sentence), 0)
    if at == 0:
        return False
    before = doc.sentences[at - 1]
    if title_names_the_day(doc, m):
        return True
    if before.paragraph != m.sentence.paragraph or any(x.sentence is before for x in doc.mentions):
        return False
    return first_hit(doc.lang.grammar["spans"], "day", before.tokens, 0, len(before.tokens)) is not None


def bare_total(doc: DocText, m: Mention) -> bool:
    """A running total named by a word of a sum alone ("Всего подтверждена гибель ..."): no time to refer back to."""
    if m.measure != "cumulative":
        return False
    spans = doc.lang.grammar["spans"]
    hits = spans.find_all(m.sentence.tokens)
    return any(k == "cumulative" for k, _a, _b in hits) and all(
        k != "war_nouns" and (k != "cumulative" or spans.match(m.sentence.tokens, a, key="totals") is not None)
        for k, a, _b in hits)


def carried_measure(doc: DocText, prev: Mention, m: Mention) -> tuple[str, float | None, DateMention | None] | None:
    """The span of the figure before, when this one goes on in the same report: the rest of a day's or
    a week's report, the next item of a sentence, a sentence opening with "Також" / "Кроме того", the
    same source's figures of the same kind in the next sentence. A day's increase "(+N)" passes on nothing."""
    if prev.measure is None or prev.number.delta or prev.list_growth:
        return None  # ("Среди погибших — 16 940 мобилизованных" after the week's names: the list's, not the week's)
    if prev.measure == "projection" and prev.sentence is not m.sentence:
        return None  # ("... может превысить 200 тысяч. Список включал 88 055 фамилий": a forecast is its sentence's)
    if prev.sentence is not m.sentence and prev.measure == "period" \
            and (recalled(doc, m) or (m.sentence.paragraph > prev.sentence.paragraph and named_anew(doc, prev, m))
                 or standing(doc, m, prev.period_start_date, long_span=(prev.period_days or 0) >= 28)):
        return None
    same_source = prev.claimant == m.claimant or None in (prev.claimant, m.claimant)
    # (a count as of a date reaches over a paragraph of comment: "Станом на 1 червня ... Прокурори зазначають ...")
    stated = prev.measure == "cumulative" and prev.as_of_date is not None and prev.as_of_date.role == "as_of"
    near = prev.sentence.paragraph >= m.sentence.paragraph - (2 if stated else 1)
    span = (str(prev.measure), prev.period_days, prev.period_start_date)
    if prev.sentence is m.sentence:
        return span
    if prev.measure == "rate" and not first_hit(doc.lang.grammar["context"], "continuation", m.sentence.tokens, 0,
                                                m.number.first_token):
        return None  # ("Щодоби надходять 40 поранених ... у лікарні померли 37": a rate is its sentence's)
    if m.sentence.kind == "list_item":
        # "▪️ над Курской областью — 15": a bare figure breaks down the one before it
        if m.rule == "elliptical" and near:
            return span
        # "знешкоджено 52 цілі:\n– 7 крилатих ракет;": the items break down the figure of the line opening the
        # list (not a running total "танки — 9419 (+20)")
        lead = prev.sentence.kind == "list_item" or doc.text[prev.sentence.start:prev.sentence.end].rstrip()[-1:] == ":"
        opened = prev.measure == "period" and lead and _items_apart(doc, prev, m) <= 1
        # ("За червень ліквідовано 1 140 окупантів.\n\nТехніка ворога, знищена ...:\n▪️ танки — 17": a colon line
        # with no figure of its own opens a list of the same span's figures)
        opened = opened or (prev.measure == "period" and prev.period_start_date is not None
                            and bare_colon_line_after(doc, prev, m))
        # ("Протягом доби загинули 4 людини ...\n\n🔻Херсонський район: загинули троє": a day's or a week's round-up of
        # casualties goes on place by place, each line a clause of its own)
        opened = opened or (prev.measure == "period" and prev.period_days in (1.0, 7.0) and same_source and near
                            and prev.category in PEOPLE and m.category in PEOPLE and m.rule != "list_label")
        return span if opened and not running_total(doc, m) else None
    if prev.measure == "period" and prev.period_days in (1.0, 7.0) and same_source \
            and prev.sentence.paragraph >= m.sentence.paragraph - 2:
        return span
    # ("За даними міністерства, 512 із них загинули на фронті": a part of the figure before goes on with its span)
    goes_on = bool(first_hit(doc.lang.grammar["context"], "continuation", m.sentence.tokens, 0, m.number.first_token)) \
        or part_of_those(doc, m.sentence.tokens, m.number)
    if not goes_on and m.sentence.paragraph != prev.sentence.paragraph \
            and first_hit(doc.lang.grammar["context"], "source_markers", m.sentence.tokens, 0, 2) \
            and not any("NPRO" in tags(t.low, doc.lang.code) for t in m.sentence.tokens[:3]) \
            and not (first_hit(doc.lang.grammar["context"], "words_of", m.sentence.tokens, 0, 2)
                     and not another_source(doc, m.claimant, m.claimant_text, prev.claimant, prev.claimant_text)):
        # "По оценке издания, погибли ...": a paragraph naming its source anew starts another account (not "По его
        # словам", "По словам губернатора" after "губернатор ... Гладков": the words of the one before go on)
        return None
    # ("Також ..." goes on with the report over a paragraph of comment, as a dated count does)
    near = near or (goes_on and prev.sentence.paragraph >= m.sentence.paragraph - 2)
    # ("збито 52 ворожі БпЛА ... Ще 38 – локаційно втрачені": more of the same things, in the same account)
    same_things = goes_on and prev.measure == "period" and prev.category == m.category \
        and prev.sentence.paragraph == m.sentence.paragraph
    # ("погибли шестеро военных ... Также, по данным ASTRA, повреждены два самолета": the same source's account of
    # one event goes on in the next paragraph)
    same_things = same_things or (goes_on and prev.measure == "period" and m.sentence.kind != "list_item"
                                  and m.sentence.paragraph - prev.sentence.paragraph <= 1)
    if not ((prev.measure_cued or same_things) and near and prev.claimant == m.claimant):
        return None
    if m.explicit and not goes_on and another_source(doc, m.claimant, m.claimant_text, prev.claimant,
                                                      prev.claimant_text):
        return None  # (another body of the same kind named anew: "Уполномоченный по правам человека заявила, что")
    if goes_on or (prev.category in PEOPLE) == (m.category in PEOPLE):
        return span
    return None


def recalled(doc: DocText, m: Mention) -> bool:
    """"Штаб також нагадує, що зниклими вважаються 65 тисяч": a count a source recalls, before its figure, is a
    standing one of its own, not the rest of the span or the event before."""
    return first_hit(doc.lang.grammar["context"], "reminds", m.sentence.tokens, 0, m.number.first_token) is not None


def standing(doc: DocText, m: Mention, start: DateMention | None, *, long_span: bool = False) -> bool:
    """"Торік загинули 104 дитини. Ще 1 700 вважаються зниклими безвісти": a count of a state that stands now (as
    such, or still so, or still sought) after a span of the calendar (``start``: its first day) or one of a month or
    more counted back (``long_span``: "за последние три месяца") is a standing one, not the rest of that span (not
    "Внаслідок удару загинули 5 людей. Ще троє вважаються зниклими безвісти": the strike's)."""
    if start is None and not long_span:
        return False
    lo, hi = clause_bounds(doc, m.sentence, m.number)
    return first_hit(doc.lang.grammar["context"], "standing", m.sentence.tokens, lo, hi) is not None


def bare_colon_line_after(doc: DocText, prev: Mention, m: Mention) -> bool:
    """The list item ``m`` is under a line ending in a colon, with no figure and no span of its own, in the paragraph
    right after ``prev``'s."""
    at = doc.sentence_number.get(id(m.sentence), 0)
    while at > 0 and doc.sentences[at].kind == "list_item":
        at -= 1
    line = doc.sentences[at]
    return line.kind != "list_item" and doc.text[line.start:line.end].rstrip()[-1:] == ":" \
        and line.paragraph - prev.sentence.paragraph == 1 and not any(x.sentence is line for x in doc.mentions) \
        and not doc.lang.grammar["spans"].find_all(line.tokens) and not doc.dates.get(id(line))


def another_source(doc: DocText, key: str | None, text: str | None, key_before: str | None,
                    text_before: str | None) -> bool:
    """Whether a source (its key and words) is another than the one before: another key, or no word in common
    ("Уполномоченный по правам человека" after "губернатор", both officials; not "губернатора" after "губернатор
    Гладков", "Зеленский" after "Президент Украины Владимир Зеленский", nor "его", "издания", "ведомство")."""
    if key != key_before:
        return True
    words, words_before = (text or "").lower().split(), (text_before or "").lower().split()
    if not words or not words_before or "NPRO" in tags(words[0], doc.lang.code) \
            or any(k in ("outlet", "same_source")
                   for k, _a, _b in doc.lang.grammar["context"].find_all(tokenize(text or "", doc.lang.code))):
        return False
    code = doc.lang.code
    seen = {lemma for w in words_before for lemma in lemmas(w.strip("«»\"'.,"), code)}
    return all(seen.isdisjoint(lemmas(w.strip("«»\"'.,"), code)) for w in words)


def _items_apart(doc: DocText, prev: Mention, m: Mention) -> int:
    """How many lines apart two figures stand, not counting the list's items between that count no loss ("📍 Павлоград.
    Пошкоджено 4 приватні будинки"): a list goes on past them."""
    apart = m.sentence.paragraph - prev.sentence.paragraph
    if apart <= 1:
        return apart
    counted = {x.sentence.paragraph for x in doc.mentions}
    between = {s.paragraph: s.kind for s in doc.sentences
               if prev.sentence.paragraph < s.paragraph < m.sentence.paragraph}
    return apart - sum(1 for p, kind in between.items() if kind == "list_item" and p not in counted)
