"""A figure's measure when no word of its own names one (``assembly._fill``, after the spans carried from the figure
before): a strike's casualties, what a belligerent destroyed, downed of one air attack or took prisoner, the dead of
one funeral are one event (a period); a figure followed by its day's increase "(+N)", and any other, a running total.

Apart from ``assembly`` because it reads only the text around one figure (the text's lead, the paragraph's air
attack, the sentence's verbs), never the figures before it.
"""

from __future__ import annotations

import re
from typing import cast

from .actor import destroy_verb, destroyed_after_auxiliary
from .all_of_them import outcome_told_after
from .language import PEOPLE
from .mentions import DocText, Mention, clause_bounds, first_hit
from .sentences import Sentence
from .spans import is_event

__all__ = ["default_measure", "running_total"]


#: "6 791 (+11) танк": a figure followed by its day's increase is a running total
_DELTA_AFTER = re.compile(r"\s*\(\s*\+")


def running_total(doc: DocText, m: Mention) -> bool:
    return not m.number.delta and _DELTA_AFTER.match(doc.text, m.number.end) is not None


def default_measure(doc: DocText, m: Mention) -> str:
    """No words of span: a strike's casualties and a belligerent's account of what it destroyed, killed or
    took prisoner are one event (a period); other figures are running totals."""
    # (people in a text about soldiers are soldiers, settled below: "число смертей" there is a war's count,
    # unless the text opens on one strike: "список военных, погибших в ночь на 1 января при ударе ...")
    if (m.category == "civilians" or (m.category == "people" and not doc.military_doc)
            or (m.category in ("people", "personnel") and _opens_on_event(doc))) \
            and m.outcome in ("killed", "wounded") and not (m.as_of_date is not None and m.as_of_date.role == "as_of") \
            and not doc.lang.grammar["spans"].find_all(m.sentence.tokens, key="in_captivity"):
        return "period"  # (not "станом на 31 травня загинули ...", "загинули в полоні": a running count)
    if m.outcome == "killed" and m.category in PEOPLE \
            and doc.lang.grammar["context"].find_all(m.sentence.tokens, key="funeral"):
        return "period"  # "у суботу поховали двох воїнів": the dead of one funeral, not a running count
    if m.outcome == "killed" and m.category in PEOPLE and (after := _next_in_paragraph(doc, m.sentence)) is not None \
            and doc.lang.grammar["context"].find_all(after.tokens, 0, min(3, len(after.tokens)), "funeral") \
            and not doc.lang.grammar["spans"].find_all(m.sentence.tokens, key="cumulative"):
        return "period"  # "погибли четверо мобилизованных. Прощание с бойцами прошло ...": the dead of one funeral
    if running_total(doc, m):
        return "cumulative"
    toks = m.sentence.tokens
    ctx = doc.lang.grammar["context"]
    if m.category in PEOPLE and ctx.find_all(toks, key="added_to") and ctx.find_all(toks, key="names") \
            and first_hit(ctx, "continuation", toks, max(0, m.number.first_token - 2), m.number.first_token):
        return "period"  # "В Книгу памяти внесены имена еще 45 земляков": more names added since the last count
    if m.category in PEOPLE and outcome_told_after(doc, m.sentence) is not None:
        return "period"  # "На борту находились 20 военных. Все они погибли.": those present when it befell them
    if m.category in ("drones", "missiles") and m.sentence.kind == "list_item" and _under_a_downing_lead(doc, m):
        return "period"
    if m.category in ("drones", "missiles") and (m.sentence.kind != "list_item" or m.rule == "elliptical"):
        attacks = _air_attack_from(doc)
        if attacks.get(m.sentence.paragraph, m.sentence.start + 1) <= m.sentence.start \
                or m.sentence.paragraph - 1 in attacks \
                or (m.outcome == "destroyed" and _has_destroy_verb(doc, m)):
            return "period"  # what the air defence downed of one attack ("сбиты 47 беспилотников")
    if (m.claimant is None or (doc.profile.own_side(m.claimant) and m.side != doc.profile.own_side(m.claimant))) \
            and m.sentence.kind != "list_item" and _has_destroy_verb(doc, m) and not _count_so_far(doc, m) \
            and not _stands_as_of(m):
        return "period"  # (not "станом на 20 листопада знищено 11 000 танків": a count standing on a day)
    if (m.claimant is None or (doc.profile.own_side(m.claimant) and m.side != doc.profile.own_side(m.claimant))) \
            and m.sentence.kind != "list_item" and _after_a_repelled_attack(doc, m.sentence) \
            and not _count_so_far(doc, m):
        return "period"  # "Атаки были отражены, при этом противник потерял 60 военнослужащих": one attack's losses
    if m.claimant is not None and doc.profile.own_side(m.claimant) and m.side != doc.profile.own_side(m.claimant) \
            and m.outcome == "captured" and m.category in PEOPLE and m.sentence.kind != "list_item" \
            and not _held_captive(doc, m):
        return "period"  # a belligerent on the enemy soldiers who surrendered to it: one event
    if m.claimant is None and _taken_prisoner(doc, m):
        return "period"  # "в плен взяты 7 боевиков" in the text's own voice: one event, as what it says was destroyed
    return "cumulative"


def _stands_as_of(m: Mention) -> bool:
    """Whether the figure is told as standing on a day ("станом на 20 листопада", "по состоянию на 3 марта"): a
    running count, as "as of DATE" is (the spec), not one event's."""
    return m.as_of_date is not None and m.as_of_date.role == "as_of"


def _taken_prisoner(doc: DocText, m: Mention) -> bool:
    """Whether the figure counts people taken prisoner by a verb of taking or surrendering ("взяли в плен",
    "здалися в полон"), not held in captivity ("досі перебувають у полоні")."""
    if m.outcome != "captured" or m.category not in PEOPLE or m.sentence.kind == "list_item":
        return False
    return bool(doc.lang.grammar["context"].find_all(m.sentence.tokens, key="taken_prisoner")) \
        and not _held_captive(doc, m)


def _held_captive(doc: DocText, m: Mention) -> bool:
    """Whether the figure's sentence says where its people are held ("в плену находятся 6 тысяч", "досі
    перебувають у полоні"): a running count, not an event of taking them."""
    return bool(doc.lang.grammar["spans"].find_all(m.sentence.tokens, key="in_captivity"))


def _next_in_paragraph(doc: DocText, sent: Sentence) -> Sentence | None:
    at = doc.sentence_number.get(id(sent), -1) + 1
    nxt = doc.sentences[at] if 0 < at < len(doc.sentences) else None
    return nxt if nxt is not None and nxt.paragraph == sent.paragraph else None


def _opens_on_event(doc: DocText) -> bool:
    """Whether the text's first sentence (after a headline, the lead) names one strike ("в ночь на 1 января при
    ударе ВСУ")."""
    if "opens_on_event" not in doc.cache:
        first = doc.sentences[:2] if doc.sentences and doc.sentences[0].kind == "heading" else doc.sentences[:1]
        doc.cache["opens_on_event"] = any(
            first_hit(doc.lang.grammar["spans"], "event", s.tokens, 0, len(s.tokens))
            or is_event(doc, s.tokens, 0, len(s.tokens)) for s in first)
    return bool(doc.cache["opens_on_event"])


def _count_so_far(doc: DocText, m: Mention) -> bool:
    """Whether the people's figure's clause says it is the count so far ("понад 400 з них уже знищено", "более 400
    из них уже уничтожены"): a running count (grammar's [running_count])."""
    words = doc.lang.raw["grammar"].get("running_count", {}).get("words", ())
    if m.category not in PEOPLE or not words:
        return False
    lo, hi = clause_bounds(doc, m.sentence, m.number)
    return any(t.low in words for t in m.sentence.tokens[lo:hi])


def _after_a_repelled_attack(doc: DocText, sent: Sentence) -> bool:
    """Whether the sentence, or the one before it in its paragraph, tells of an attack repelled ("отбили попытки
    контратаковать", "Атаки были отражены, при этом ...", "Еще одну атаку отразили ...: там ликвидированы ...")."""
    at = doc.sentence_number.get(id(sent), 0)
    ctx = doc.lang.grammar["context"]
    return any(ctx.find_all(s.tokens, key="repelled") for s in doc.sentences[max(0, at - 1):at + 1]
               if s.paragraph == sent.paragraph)


def _has_destroy_verb(doc: DocText, m: Mention) -> bool:
    """Whether the mention's sentence has a verb of destroying (read once per sentence)."""
    key = f"destroy_verb:{m.sentence.start}"
    if key not in doc.cache:
        toks = m.sentence.tokens
        # (only the tokens where a phrase of destroying starts: read from the sentence's scan)
        doc.cache[key] = any(destroy_verb(doc, toks, k)
                             for k in doc.lang.grammar["context"].starts(toks, key="destroy_verbs")) \
            or destroyed_after_auxiliary(doc, toks)
    return bool(doc.cache[key])


def _air_attack_from(doc: DocText) -> dict[int, int]:
    """{paragraph: where its first sentence naming an air attack starts} ("ворог атакував ... дронами")."""
    if "air_attack" not in doc.cache:
        found: dict[int, int] = {}
        for s in doc.sentences:
            if s.paragraph not in found and doc.lang.grammar["context"].find_all(s.tokens, key="air_attack"):
                found[s.paragraph] = s.start
        doc.cache["air_attack"] = found
    return cast("dict[int, int]", doc.cache["air_attack"])


def _under_a_downing_lead(doc: DocText, m: Mention) -> bool:
    """Whether a list item sits under a line of downing that opens the list ("Збито 30 цілей:\n– 10 крилатих
    ракет;"): the items break down what the air defence downed of one attack, even when the lead's own count names
    no kind that is counted (targets)."""
    at = doc.sentence_number.get(id(m.sentence), 0) - 1
    while at >= 0 and doc.sentences[at].kind == "list_item":
        at -= 1
    if at < 0:
        return False
    lead = doc.sentences[at]
    attacks = _air_attack_from(doc)
    # (a count of its own on the lead, after an air attack told in it or the paragraph before: not "всего с начала
    # операции уничтожены:" over a war's totals)
    line = doc.text[lead.start:lead.end].rstrip()
    if line[-1:] != ":" or not any(c.isdigit() for c in line) \
            or not (lead.paragraph in attacks or lead.paragraph - 1 in attacks):
        return False
    toks = lead.tokens
    return any(destroy_verb(doc, toks, k) for k in doc.lang.grammar["context"].starts(toks, key="destroy_verbs"))
