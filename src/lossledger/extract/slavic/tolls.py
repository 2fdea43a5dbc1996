"""Readings of tolls and counts kept apart from the reader's modules at their size limit: a strike's toll summed up in
a later sentence ("Загалом загиблих уже семеро": the strike's, not the war's), a bare figure after a superlative of
other things, the kinds of people named after them, names on a list past an adjective, where a part of a figure opens
(its span is its own), the country invaded as where residents died, the dead of places in brackets after a superlative,
a like count of what the figure before counted, the dead a count of names verified over a span adds."""

from __future__ import annotations

from collections.abc import Sequence

from ...languages.morphology import Token, tags, tokenize
from .language import PEOPLE
from .mentions import DocText, Mention, clause_bounds, is_adjectival, text_between, war_of_the_span
from .numbers import Number
from .sentences import Sentence


def sums_the_event_before(doc: DocText, m: Mention, last: Mention | None) -> bool:
    """Whether ``m``, a running total by a word of a sum alone in a tally with no verb but one of saying
    ("Загалом загиблих уже семеро, повідомив ...", "Всего погибших трое"; no span, no war, no date of its own),
    follows ``last``, the figure just before, a toll of one strike of the same side's people in the paragraphs just
    before ("Унаслідок атаки загинули шестеро людей"): it sums that strike's toll (not "Загалом в області загинули
    1 200": a count of its own)."""
    if m.measure != "cumulative" or m.category not in PEOPLE or m.as_of_date is not None:
        return False
    if last is None or last.category not in PEOPLE or last.side != m.side or last.measure != "period" \
            or last.period_days is not None \
            or last.period_start_date is not None or last.sentence.paragraph < m.sentence.paragraph - 2:
        return False
    toks = m.sentence.tokens
    said = {k for _key, a, b in doc.lang.grammar["context"].find_all(toks, key="report_verbs") for k in range(a, b)}
    # (a verb's finite form only: "мер" is also read as one)
    return not any("VERB" in (tagset := tags(t.low, doc.lang.code)) and not tagset & {"infn", "INFN", "NOUN"}
                   for k, t in enumerate(toks) if k not in said)


def most_of_another_thing(doc: DocText, toks: Sequence[Token], end: int) -> bool:
    """Whether a superlative before ``end`` names a thing that is no loss ("Найбільше боєзіткнень відбулося на
    Покровському напрямку — 52", "Больше всего атак было на курском направлении — 40"): the bare figure after it
    counts that thing, not what the figure before counted."""
    lang = doc.lang
    for _key, a, b in lang.grammar["context"].find_all(toks, 0, end, "most"):
        while b + 1 < end and b < a + 3 and "ADJF" in tags(toks[b].low, lang.code):
            b += 1  # ("Найбільше ворожих атак": the noun past its adjectives)
        if b < end and "NOUN" in tags(toks[b].low, lang.code) and lang.categories.match(toks, b) is None \
                and lang.outcomes_people.match(toks, b) is None and lang.outcomes_equipment.match(toks, b) is None \
                and lang.noun_outcomes.match(toks, b) is None:
            return True
    return False


def kinds_named_after(doc: DocText, toks: Sequence[Token], end: int) -> int:
    """The end of a breakdown right after a noun of people that names their kinds ("70 тисяч українців, серед них і
    військові, і цивільні"): its words, to the sentence's end, say who the people are; ``end`` where none follows."""
    hit = doc.lang.grammar["context"].match(toks, end, key="including")  # (None past the last token too)
    if hit is None:
        return end
    stop = len(toks)
    return stop if {key for key, _a, _b in doc.lang.categories.find_all(toks, hit[1], stop)} \
        >= {"personnel", "civilians"} else end


def kinds_of(doc: DocText, toks: Sequence[Token], noun: tuple[int, int], group: bool) -> set[str]:
    """The kinds of people a noun phrase names ("військових і цивільних"), with the breakdown after it for a group
    ("українців, серед них і військові, і цивільні")."""
    end = kinds_named_after(doc, toks, noun[1]) if group else noun[1]
    return {key for key, _a, _b in doc.lang.categories.find_all(toks, noun[0], end)}


def names_after(doc: DocText, toks: Sequence[Token], k: int) -> int | None:
    """The index of a word for names on a list at ``k``, or past one adjective there ("1 920 имен", "1 150 новых
    имен"); None where none stands."""
    names = doc.lang.grammar["context"]
    if names.match(toks, k, key="names") is not None:
        return k
    return k + 1 if k < len(toks) and "ADJF" in tags(toks[k].low, doc.lang.code) \
        and names.match(toks, k + 1, key="names") is not None else None


def before_a_part(doc: DocText, toks: Sequence[Token], last: int) -> int:
    """Where a part of the figure ending at ``last`` opens ("86 тисяч ..., з них 27 тисяч — за 2024 рік"): the
    span named there is the part's, not the whole's; the sentence's end where no part follows."""
    ctx = doc.lang.grammar["context"]
    stop = len(toks)
    for _k, a, _b in ctx.find_all(toks, last + 1, stop, "continuation"):
        if ctx.match(toks, a, a + 1, "part_of"):
            return a
    return stop


#: whether a language's war names name a country ("в Украине"), by language code: Ukrainian's name none
_NAMES_A_COUNTRY: dict[str, bool] = {}


def died_abroad(doc: DocText, toks: Sequence[Token], noun: tuple[int, int] | None) -> list[tuple[str, int, int]]:
    """A name of the war that names the country invaded, as where residents counted by one noun died ("в Украине
    погибло около 330 жителей региона": the profile's war_names), unless the place after the noun is that country's
    own ("жителей Харькова"): residents of the invader's regions dead there died at the war."""
    if noun is None or noun[1] - noun[0] != 1 or doc.lang.war_names is None:
        return []
    sides = doc.lang.sides
    named = _NAMES_A_COUNTRY.get(doc.lang.code)
    if named is None:
        phrases = [p for group in doc.lang.raw["profile"].get("war_names", {}).values() for p in group]
        named = _NAMES_A_COUNTRY[doc.lang.code] = any(sides.find_all(tokenize(p, doc.lang.code)) for p in phrases)
    if not named:
        return []
    hits = [h for h in doc.lang.war_names.find_all(toks) if sides.find_all(toks, h[1], h[2])
            and not _names_the_war_of_a_span(doc, toks, h[1], noun)]
    if not hits:
        return []
    home = next((key for key, a, _b in doc.lang.places.find_all(toks) if noun[1] <= a <= noun[1] + 1), None)
    invaded = {key for key, _a, _b in sides.find_all(toks, hits[0][1], hits[0][2])}
    return [] if home is not None and home in invaded else hits


def _names_the_war_of_a_span(doc: DocText, toks: Sequence[Token], at: int, noun: tuple[int, int]) -> bool:
    """"С начала войны в Украине погибли 88 учителей": the country after the war a span counts from names that war,
    not where people of a trade died (they are no soldiers of the invader); residents ("330 жителей Бурятии", the
    profile's civilians) dead over the war in that country still died at it."""
    if at == 0 or not war_of_the_span(doc, toks if isinstance(toks, list) else list(toks), at - 1):
        return False
    kind = doc.lang.categories.match(toks, noun[0])
    return kind is None or kind[0] != "civilians"


def most_dead_by_place(doc: DocText, toks: Sequence[Token], first: int, last: int
                       ) -> tuple[str, tuple[int, int], str, str | None] | None:
    """A bare figure in brackets right after a word (``first``..``last`` its tokens), in a sentence whose
    superlative before it names people who died ("Больше всего погибших мобилизованных — из Башкирии (684) и
    Свердловской области (522)", "Найбільше загиблих — з Харківщини (410)"): the dead of the place named before the
    figure, a part of them; (category, noun, outcome) of the people the superlative names, with the side whose places
    the sentence names after it (one side alone: the people's home), None elsewhere."""
    text = doc.text
    if first == 0 or text[toks[first - 1].end:toks[first].start].strip() != "(" or toks[first - 1].low[:1].isdigit() \
            or not text[toks[last].end:toks[last].end + 2].lstrip().startswith(")"):
        return None
    lang = doc.lang
    for _key, _a, b in lang.grammar["context"].find_all(toks, 0, first, "most"):
        outcome, noun = None, None
        # (the words after the superlative, to the first that neither describes nor names them: "погибших
        # российских военных" names soldiers who died)
        for k in range(b, min(b + 4, first)):
            said = lang.noun_outcomes.match(toks, k) or lang.outcomes_people.match(toks, k)
            hit = lang.categories.match(toks, k)
            if said is None and hit is None and not is_adjectival(toks[k], lang.code):
                break
            if said is not None and said[0] in ("killed", "wounded", "missing"):
                outcome = outcome or said[0]
            if hit is not None and hit[0] in PEOPLE and (noun is None or hit[0] != "people"):
                noun = (hit[0], (k, hit[1]))
        if outcome is not None and noun is not None:
            homes = {key for key, _a, _b in lang.places.find_all(toks, b, len(toks))}
            return noun[0], noun[1], outcome, homes.pop() if len(homes) == 1 else None
    return None


def like_count_before(doc: DocText, sent: Sentence, num: Number) -> Mention | None:
    """The figure just before, in the paragraph of ``sent`` or the one before it, that ``num`` counts the same thing
    as where its clause names "a like count" before it ("За 2023 год аналогичная оценка составила 41 тысячу",
    "Роком раніше аналогічний показник сягнув 40 тисяч"); None where none, or where the clause has a word of loss of
    its own ("в результате аналогичного удара погибли 5 человек": the dead of that strike)."""
    toks = sent.tokens
    ctx = doc.lang.grammar["context"]
    # (the sentence's words first, once: most have none)
    if not doc.mentions or not ctx.find_all(toks, key="like_count"):
        return None
    lo, hi = clause_bounds(doc, sent, num)
    if not ctx.find_all(toks, lo, num.first_token, "like_count") \
            or doc.lang.outcomes_people.find_all(toks, lo, hi) or doc.lang.noun_outcomes.find_all(toks, lo, hi):
        return None
    last = doc.mentions[-1]
    return last if last.sentence.paragraph >= sent.paragraph - 1 else None


def soldiers_home(doc: DocText) -> str | None:
    """"полк, сформированный из мобилизованных жителей Свердловской области", "добровольцы из Бурятии": the one side
    whose places the text says its soldiers are from (soldiers, then only words of origin before the place: "в
    Курской области" is where they are, not where they are from), else None."""
    ctx = doc.lang.grammar["context"]
    homes: set[str] = set()
    for s in doc.sentences:
        toks = s.tokens
        for key, a, _b in doc.lang.places.find_all(toks):
            k = a
            while k > max(0, a - 3) and ctx.match(toks, k - 1, key="from_place") is not None:
                k -= 1  # (back over "жителей", "из")
            soldier = doc.lang.categories.match(toks, k - 1) if k > 0 else None
            # (soldiers, the mobilised, or a unit of no side of its own: "батальон из Бурятии")
            enrolled = (ctx.match(toks, k - 1, key="enrolled") or ctx.match(toks, k - 1, key="own_units")) \
                if k > 0 else None
            if (soldier is not None and soldier[0] == "personnel" or enrolled is not None) \
                    and not any(c in text_between(doc.text, toks[k - 1].end, toks[a].start) for c in ",.;:!?()—–"):
                homes.add(key)
    return homes.pop() if len(homes) == 1 else None


def verified_over_a_span(doc: DocText, m: Mention) -> bool:
    """Whether ``m`` counts the dead whose names were verified over a span ("За листопад верифіковано ще 1 455
    загиблих"): names added to a count of the dead (its growth, as "список поповнився 1 412 прізвищами"), so the
    figures after it go on from the count, not from the span."""
    return m.measure == "period" and m.category in PEOPLE and m.outcome == "killed" \
        and bool(doc.lang.grammar["context"].find_all(m.sentence.tokens, key="verified"))
