"""The side an attack a sentence tells of struck: the opponent of the side it is by ("удару ЗСУ", "атаки беспилотника
ВСУ", "обстрілу з боку ЗСУ", "ВСУ атаковали"), or the side named after "в" / "по" ("ударов по России"); whose
civilians its dead are, and whose a city's head is where the city is one the war's words do not know."""

from __future__ import annotations

from ...languages.morphology import Token
from .mentions import DocText, text_between


def attacked_side(doc: DocText, toks: list[Token]) -> str | None:
    """The opponent of the side an attack is by ("удару ЗСУ", "атаки беспилотника ВСУ", "ВСУ атаковали")."""
    ctx = doc.lang.grammar["context"]
    for _k, _a, b in ctx.find_all(toks, key="attack"):
        # ("обстрілу з боку ЗСУ", "обстрела со стороны ВСУ": the attacker after a phrase naming the side it came from)
        by = ctx.match(toks, b, key="attack_by") if b < len(toks) else None
        for at in (b, b + 1) if by is None else (by[1],):
            hit = doc.lang.sides.match(toks, at) if at < len(toks) else None
            if hit is not None and hit[0] in doc.profile.sides:
                if by is not None:
                    return doc.profile.sides[hit[0]].opponent
                if at == b + 1 and ctx.match(toks, b, key="attack_targets"):
                    break  # "при обстрілах позицій ЗСУ": the army struck, neither the attacker nor whose civilians
                if at == b + 1 and ctx.match(toks, b, key="place_before"):
                    return hit[0]  # "вторжения в Украину", "ударов по России": the side attacked, its people
                return doc.profile.sides[hit[0]].opponent
    return attackers_enemy(doc, toks)


def attackers_enemy(doc: DocText, toks: list[Token]) -> str | None:
    """The opponent of a side named as the subject of a verb of attacking ("ВСУ атаковали", "украинские военные
    обстреляли"); not of an attack's noun ("вторжения в Украину" names the war, not one attack)."""
    ctx = doc.lang.grammar["context"]
    for key, _a, b in doc.lang.sides.find_all(toks) if ctx.find_all(toks, key="attack_verbs") else ():
        if key == "enemy":
            # ("Ворог атакував місто. Загинули 11 людей": the enemy the language's press means by the word, where it
            # means one side whoever speaks; the side of the place struck, where one is named)
            struck = {place for place, _a, _b in doc.lang.places.find_all(toks)}
            if len(struck) == 1:
                return struck.pop()
            key = str(doc.lang.raw["profile"].get("defaults", {}).get("attacking_enemy") or key)
        if key in doc.profile.sides and (ctx.match(toks, b, key="attack_verbs") is not None
                                         or _one_word_before_attack(doc, toks, b)):
            return doc.profile.sides[key].opponent  # ("ВСУ атаковали город: ранены двое": the attacker's enemy's)
    return None


def _one_word_before_attack(doc: DocText, toks: list[Token], b: int) -> bool:
    """"Украинские военные обстреляли", "ЗСУ знову вдарили": one word of the side's own (a noun, an adverb; not a
    conjunction's one or two letters, nor a mark) between the side's word ending at ``b`` and a verb of attacking."""
    return 0 < b < len(toks) - 1 and len(toks[b].text) > 2 \
        and text_between(doc.text, toks[b - 1].end, toks[b + 1].start).split() == [toks[b].text] \
        and doc.lang.grammar["context"].match(toks, b + 1, key="attack_verbs") is not None
