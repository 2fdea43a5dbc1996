"""A strike's toll summed up in a later sentence ("Загалом загиблих уже семеро"): the strike's, not the war's."""

from __future__ import annotations

from collections.abc import Sequence

from ...languages.morphology import Token, tags
from .language import PEOPLE
from .mentions import DocText, Mention


def sums_the_event_before(doc: DocText, m: Mention, earlier: list[Mention]) -> bool:
    """Whether ``m``, a running total by a word of a sum alone in a tally with no verb but one of saying
    ("Загалом загиблих уже семеро, повідомив ...", "Всего погибших трое"; no span, no war, no date of its own),
    follows a toll of one strike of the same side's people in the paragraphs just before ("Унаслідок атаки загинули
    шестеро людей"): it sums that strike's toll (not "Загалом в області загинули 1 200": a count of its own)."""
    if m.measure != "cumulative" or m.category not in PEOPLE or m.as_of_date is not None:
        return False
    toks = m.sentence.tokens
    said = {k for _key, a, b in doc.lang.grammar["context"].find_all(toks, key="report_verbs") for k in range(a, b)}
    # (a verb's finite form only: "мер" is also read as one)
    if any("VERB" in (tagset := tags(t.low, doc.lang.code)) and not tagset & {"infn", "INFN", "NOUN"}
           for k, t in enumerate(toks) if k not in said):
        return False
    last = next((x for x in reversed(earlier) if x.category in PEOPLE and x.side == m.side), None)
    return last is not None and last.measure == "period" and last.period_days is None \
        and last.period_start_date is None and last.sentence.paragraph >= m.sentence.paragraph - 2


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
    військові, і цивільні"): its words say who the people are; ``end`` itself where none follows."""
    ctx = doc.lang.grammar["context"]
    k = end + 1 if end < len(toks) and toks[end].text == "," else end
    hit = ctx.match(toks, k, key="including") if k < len(toks) else None
    if hit is None:
        return end
    stop = next((i for i in range(hit[1], len(toks)) if toks[i].text in (".", ";", ":")), len(toks))
    return stop if {key for key, _a, _b in doc.lang.categories.find_all(toks, hit[1], stop)} \
        >= {"personnel", "civilians"} else end
