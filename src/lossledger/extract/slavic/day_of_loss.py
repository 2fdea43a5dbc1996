"""A day named as the day of the losses, before the verb or as the label of an elided clause: "5 грудня ворог втратив
1 240 військових, 6 грудня — 1 190", "5 декабря ВСУ потеряли 1 240 военнослужащих, 6 декабря — 1 190". The date
stands right before its clause's verb of losing or dying in the past tense (its subject between or not), or right
before a spaced dash and the figure in a sentence whose verb of losing came before it: the losses of that day, a
period of one day, not the day a running total stands at ("станом на 5 грудня" is another role)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...languages.morphology import Token, tags
from .dates import DateMention
from .mentions import DocText, text_between
from .numbers import Number

__all__ = ["day_of_the_loss"]

#: How many words may stand between the date and its verb ("5 грудня ворог втратив", "5 грудня окупанти знову
#: втратили").
_TO_VERB = 3
_DASH_ONLY = re.compile(r"\s+[—–]\s+")
_MARK = re.compile(r"[,;:.()—–]")


def _loss_verb(doc: DocText, toks: Sequence[Token], k: int) -> bool:
    found = tags(toks[k].low, doc.lang.code)
    # (a verb in the past tense, a short passive participle, "сбиты", or the impersonal form, "збито")
    return ("past" in found and bool(found & {"VERB", "PRTS"}) or {"VERB", "Impe"} <= found) and bool(
        doc.lang.outcomes_people.match(toks, k) or doc.lang.outcomes_equipment.match(toks, k))


def day_of_the_loss(doc: DocText, toks: Sequence[Token], number: Number,
                    dates: Sequence[DateMention]) -> DateMention | None:
    """The day of the losses the figure at ``number`` is of, by the date before its verb or its dash, else None."""
    if number.first_token >= len(toks):
        return None  # (a figure of no token of the sentence's own)
    for d in dates:
        if d.kind != "day" or d.role != "plain" or d.last_token >= number.first_token \
                or (d.first_token > 0 and not _MARK.search(text_between(doc.text, toks[d.first_token - 1].end,
                                                                         toks[d.first_token].start))
                    and toks[d.first_token - 1].low not in doc.lang.raw["grammar"]["context"].get("day_joiners", ())):
            continue  # (the date opens its clause: not "станом на 5 грудня", "повідомив 5 грудня")
        if not toks[d.first_token].low[:1].isdigit() or any(
                toks[k].low in doc.lang.joining_words or _MARK.search(text_between(doc.text, toks[k - 1].end,
                                                                                  toks[k].start))
                for k in range(d.first_token + 1, d.last_token + 1)):
            continue  # (a day carried from the sentence before, "Тоді ..."; two days named together, "5 и 7 ноября")
        if d.first_token >= 2 and toks[d.first_token - 1].low in doc.lang.joining_words \
                and toks[d.first_token - 2].low[:1].isdigit():
            continue  # ("5 и 7 ноября": the second of two days named together)
        gap = text_between(doc.text, toks[d.last_token].end, toks[number.first_token].start)
        if d.last_token + 1 == number.first_token and _DASH_ONLY.fullmatch(gap):
            # "6 грудня — 1 190": the label of a clause whose verb of losing came before it
            if any(_loss_verb(doc, toks, k) for k in range(d.first_token)):
                return d
            continue
        ctx = doc.lang.grammar["context"]
        for k in range(d.last_token + 1, min(number.first_token, d.last_token + 2 + _TO_VERB)):
            if _MARK.search(text_between(doc.text, toks[k - 1].end, toks[k].start)) \
                    or ctx.match(toks, k, key="report_verbs"):
                break
            if _loss_verb(doc, toks, k):
                if not _MARK.search(text_between(doc.text, toks[k].end, toks[number.first_token].start)):
                    return d
                break
    return None
