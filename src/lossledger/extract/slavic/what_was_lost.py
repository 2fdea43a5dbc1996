"""What a number of a sentence counts: the thing lost it is a figure of, and how that was found.

``what_was_lost`` is the first step of reading a figure of a sentence (``sentence_claims.read_sentence``): the noun
after the number, a list's label before it, the total before an increase, the noun counted before it in its clause
("число погибших возросло до 25", "Танків окупанти втратили 2 040"), or the thing a figure before it counted (an
elliptical list, a breakdown). It is a module of its own because it is one step with a result of its own
(``Lost``): what became of the thing counted, its side, its source and its measure are read after it, in
``sentence_claims``, which keeps room under the module size limit for readers still to come.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...languages.morphology import Token, counts_people, tags
from . import fell_at_war, parts, tolls
from .elliptical import (
    an_age_of_one_of_them,
    counted_at_clause_end,
    goes_on_from_an_age,
    more_bodies,
    more_of_those,
    one_of_other_things,
    opens_on_a_part,
    part_of_those,
)
from .fronted import before_an_aside, counted_on_a_list, past_a_leading_date, past_adjectives
from .language import PEOPLE, SPECIFIC
from .lost_as import outcome_named_before
from .mentions import (
    DocText,
    Mention,
    category_after,
    category_label,
    clause_bounds,
    first_hit,
    paired_figures,
    paired_outcomes,
    specific_cue,
    text_between,
)
from .named_figure import named_like_before
from .numbers import Number
from .one_of_the_lost import one_of_the_lost
from .parts import died_or_missing, found_alive, named_after_a_dash, of_a_make
from .restated_figure import a_figure_told_before
from .same_group import per_one_ratio
from .same_kind import same_kind_before
from .sentences import Sentence
from .set_off_clauses import past_a_describing_clause
from .speakers_own import counted_by_the_question
from .that_many import counts_no_loss_after_a_dash
from .tolls import most_of_another_thing, names_after
from .transcript import a_vote_tally

_DASH = re.compile(r"[—–‒−-]")


@dataclass
class Lost:
    """What a number counts: its category, the rule that found it, the noun's place and own outcome."""

    category: str
    rule: str
    noun: tuple[int, int] | None = None
    noun_outcome: str | None = None
    group: bool = False  # people the text names as a group of its own ("медійників"), whatever the document is about
    list_growth: bool = False  # names added to a list of the dead ("список пополнился 1 412 фамилиями")
    home: str | None = None  # the side whose places the people are from ("из Бурятии (640)")


def what_was_lost(doc: DocText, sent: Sentence, num: Number, qual_first: int, out: list[Mention],
                   passed: str | None = None, figures: Sequence[Number] = ()) -> Lost | None:
    """The noun after the number ("1239 російських танків"), the list label before it ("танки — 9419"), the
    total before an increase ("(+1 010)"), or the item before it in a breakdown or an elliptical list
    ("із них 9 госпіталізовано", "106 – пошкоджено", "в марте — 976")."""
    toks = sent.tokens
    ctx = doc.lang.grammar["context"]
    if one_of_other_things(doc, toks, num) or found_alive(doc, toks, num) \
            or an_age_of_one_of_them(doc, sent, num, figures) or per_one_ratio(doc, toks, num) \
            or a_vote_tally(doc, sent, num) or a_figure_told_before(doc, sent, num) \
            or counts_no_loss_after_a_dash(doc, toks, num.first_token, num.last_token) \
            or one_of_the_lost(doc, sent, num, figures):
        return None  # ("17 — столько школ перешли ...": a line's figure of things no loss)
    label = category_label(doc, sent, num, qual_first)
    after = category_after(doc, sent, num)
    lost: Lost | None = Lost(label, "list_label") if label else None
    if after is not None:
        if lost is None or (after[0] in ("personnel", "civilians") and lost.category == "people"):
            lost = Lost(after[0], "noun")
        lost.noun, lost.noun_outcome = (after[1], after[2]), after[3]
    if num.delta and out and (after is None or "(" in doc.text[max(sent.start, num.start - 4):num.start]):
        # (an unbracketed "+12 танків" counts its own noun)
        return Lost(out[-1].category, "bulletin_delta", lost.noun if lost else None)
    if lost is None and (k := names_after(doc, toks, num.last_token + 1)) is not None \
            and not _DASH.search(text_between(doc.text, num.end, toks[num.last_token + 1].start)):
        lost = Lost("people", "noun", (k, k + 1))  # "пополнился на 1 920 имен", "появилось 1 150 новых имен"
    if (lost is None or lost.category == "people") and (like := tolls.like_count_before(doc, sent, num)) is not None:
        return Lost(like.category, "like_before", lost.noun if lost else None, like.outcome, home=like.side)
    if lost is not None and lost.rule == "noun" and lost.category in PEOPLE \
            and (again := named_like_before(doc, sent, num, lost.category)) is not None:
        # "Генштаб за той самий тиждень називає 7 840 осіб": the loss of the figure before, named anew
        return Lost(again.category, "like_before", lost.noun, again.outcome, home=again.side)
    if lost is not None:
        return lost
    if (most := tolls.most_dead_by_place(doc, toks, num.first_token, num.last_token)) is not None:
        # "Больше всего погибших — из Бурятии (640)": the dead of a place
        return Lost(most[0], "most_by_place", most[1], most[2], home=most[3])
    # (``passed``: the thing counted by a figure before it that was no loss: "депортували 19 546 дітей, ще 2 000
    # зникли безвісти")
    counted_before = fell_at_war.kind_of_a_part(doc, toks, num, figures, out[-1]) if out else passed
    if counted_before and part_of_those(doc, toks, num):
        return Lost(named_after_a_dash(doc, sent, num) or counted_before, "elliptical")
    if not out and doc.mentions and doc.mentions[-1].sentence.paragraph >= sent.paragraph - 1 \
            and part_of_those(doc, toks, num) and not any(f.end <= num.start for f in figures) \
            and (doc.mentions[-1].category in PEOPLE or parts.a_part_destroyed(doc, sent, num)):
        # "Раненых доставили в больницу, трое из них ...", "З них 52 тисячі — військовослужбовці" (not "пошкодили
        # 1 900 закладів, з них 220 зруйновано": a part of the sentence's own figure)
        return Lost(named_after_a_dash(doc, sent, num) or doc.mentions[-1].category, "elliptical")
    no_loss = doc.cache.get("no_loss_counted")
    if not out and passed is None and no_loss is not None \
            and part_of_those(doc, toks, num) and (no_loss[1] not in PEOPLE or died_or_missing(doc, sent, num)) \
            and no_loss[0] == doc.sentence_number[id(sent)] - 1 \
            and not (doc.mentions and doc.sentence_number[id(doc.mentions[-1].sentence)] >= no_loss[0]):
        # "ВСУ атаковали область 120 беспилотниками. ПВО сбили 97 из них.": a part of the things (not people, but
        # for the dead and missing: "повернулися 150 військових. 40 з них ...", "завербовали 2 тысячи осужденных.
        # 430 из них погибли") the sentence before counted as no loss
        return Lost(no_loss[1], "elliptical")
    if not out and doc.mentions and doc.mentions[-1].category in PEOPLE \
            and doc.mentions[-1].sentence.paragraph == sent.paragraph and opens_on_a_part(doc, toks) \
            and num.last_token + 1 < len(toks) \
            and doc.lang.outcomes_people.match(toks, num.last_token + 1) is not None:
        # "Більшість із них воювали, а 16 загинули під час виконання професійних обов'язків": a part of the figure
        # before, soldiers or civilians as its own clause says
        lo, hi = clause_bounds(doc, sent, num)
        mil = doc.lang.military_context.find_all(toks, lo, hi)
        civ = doc.lang.civilian_context.find_all(toks, lo, hi)
        return Lost("civilians" if civ and not mil else "personnel" if mil and not civ
                     else doc.mentions[-1].category, "elliptical")
    if counted_before and num.first_token >= 2 and toks[num.first_token - 2].low.isdigit() \
            and paired_figures(doc, toks, num.first_token - 1):
        return Lost(counted_before, "elliptical")  # "— 22 і 19 відповідно": the second of the pair
    if (kind := same_kind_before(doc, sent, num, out, figures)) is not None:
        return Lost(kind, "elliptical")  # "Росія втратила 4115 ББМ. ... 2870 ворожих машин знищено": the same kind
    if _counts_another_noun(doc, sent, num):
        k = num.last_token + 1
        lo, hi = clause_bounds(doc, sent, num)
        while k + 1 < hi and k <= num.last_token + 2 and "ADJF" in tags(toks[k].low, doc.lang.code) \
                and not counts_people(toks[k].low, doc.lang.code):
            k += 1  # (as in _counts_another_noun)
        # ("оба члена экипажа Су-24, потерпевшего крушение, погибли": the verb past a clause describing them)
        hi = past_a_describing_clause(doc, sent, hi)
        died = any(key in ("killed", "wounded", "missing")
                   for key, _a, _b in doc.lang.outcomes_people.find_all(toks, lo, hi)) \
            and doc.lang.noun_outcomes.match(toks, k) is None  # (not "обмен ... всего 168 пленных")
        collective = num.first_token == num.last_token \
            and doc.lang.grammar["numbers"].match(toks, num.first_token, key="collective") is not None
        noun = tags(toks[k].low, doc.lang.code)
        # ("у трьох громадах": a collective form that is also a cardinal's oblique case counts a place or a thing)
        collective = collective and not ("inan" in noun and "anim" not in noun)
        person = "anim" in noun or counts_people(toks[k].low, doc.lang.code)
        if died and (collective or person) and not noun & {"PREP", "CONJ", "Name", "Surn"}:
            # "загинули двоє енергетиків", "погибли 120 шахтеров": people of a trade the profile does not name
            return Lost("people", "noun", (k, k + 1), group=True)
        return None  # "а также уничтожены 7 складов боеприпасов": depots, not the list's vehicles
    if not counted_before and more_bodies(doc, toks, num):
        # "більшість тіл повернули з Донецького напрямку, ще 43 — з моргів": more of the bodies named before
        return Lost(doc.mentions[-1].category, "elliptical", noun_outcome="killed")
    if not counted_before and more_of_those(doc, sent, num):
        return Lost(doc.mentions[-1].category, "elliptical")  # "... 200 военных. Еще 40 пропали без вести"
    # ("серед яких не менше 310": the words going on before the qualifier)
    if counted_before and (first_hit(ctx, "continuation", toks, max(0, qual_first - 3), num.first_token)
                           or specific_cue(doc, toks, num, counted_before)):
        return Lost(counted_before, "elliptical")
    if not counted_before and doc.mentions and doc.mentions[-1].category in PEOPLE \
            and doc.mentions[-1].sentence.paragraph == sent.paragraph and 1 <= qual_first <= 2 \
            and (more := ctx.match(toks, qual_first - 1, key="continuation")) is not None and more[1] == qual_first \
            and specific_cue(doc, toks, num, doc.mentions[-1].category):
        # "... втратила 200 захисників. Ще 40 вважаються зниклими безвісти": more of the people the sentence before
        # counted, by an outcome of their own
        return Lost(doc.mentions[-1].category, "elliptical")
    if counted_before and counted_at_clause_end(doc, sent, num, qual_first):
        return Lost(counted_before, "elliptical")  # "..., чем в апреле, когда Генштаб насчитал 29 тысяч."
    counted = _counted_before(doc, sent, num, qual_first)
    if counted is not None:
        return counted
    if qual_first >= 1 and toks[qual_first - 1].low in doc.lang.them_words:
        # "погибших — добровольцы ...: их не менее 19 800": the last thing counted before "them"
        named = [h for h in doc.lang.categories.find_all(toks, 0, qual_first - 1) if h[0] != "people"]
        if named:
            return Lost(named[-1][0], "pronoun", (named[-1][1], named[-1][2]))
    if num.first_token == num.last_token and doc.lang.grammar["numbers"].match(toks, num.first_token, key="collective"):
        lo, hi = clause_bounds(doc, sent, num)
        if any(key in SPECIFIC for key, _a, _b in doc.lang.outcomes_people.find_all(toks, lo, hi)):
            return Lost("people", "collective")  # "ще двоє поранені", "ранены трое": people
        if first_hit(ctx, "continuation", toks, 0, num.first_token) and first_hit(ctx, "served", toks, lo, hi):
            return Lost("people", "collective")  # "Ще п'ятеро воювали в ...": more of the people before
    next_gap = doc.text[num.end:num.end + 3]
    prev_gap = doc.text[max(sent.start, toks[qual_first].start - 3):toks[qual_first].start]
    if _DASH.search(next_gap) or _DASH.search(prev_gap):
        before = doc.mentions[-1] if doc.mentions and doc.mentions[-1].sentence.paragraph >= sent.paragraph - 1 \
            else None
        prev = out[-1] if out else before
        # ("отримають 200 тисяч гривень, і ще 800 тисяч — після року служби", "передали 24 самолета, Дания — 19"):
        # a bare figure goes on from the figure just before it, here one that was no loss
        since = prev.number.end if prev is not None and prev.sentence is sent else sent.start
        if prev is not None and not any(since <= f.start and f.end <= num.start and not (
                f.last_token + 1 < len(toks)
                and doc.lang.grammar["numbers"].match(toks, f.last_token + 1, key="lengths_of_time"))
                for f in figures) and not most_of_another_thing(doc, toks, num.first_token) \
                and not goes_on_from_an_age(doc, toks, num, figures):
            return Lost(prev.category, "elliptical")
    return Lost(q[0], "answer", noun_outcome=q[1]) if (q := counted_by_the_question(doc, sent, num)) else None


def _counts_another_noun(doc: DocText, sent: Sentence, num: Number) -> bool:
    """The number is followed by a noun that is none of the things lost ("7 складів", "2 пункти управління")."""
    toks = sent.tokens
    k = num.last_token + 1
    if k >= len(toks) or toks[k].start - num.end > 1 or toks[k].low.isdigit() or of_a_make(doc, toks, num):
        return False
    while k + 1 < len(toks) and k <= num.last_token + 2 and "ADJF" in tags(toks[k].low, doc.lang.code) \
            and toks[k + 1].start - toks[k].end <= 1 and not counts_people(toks[k].low, doc.lang.code):
        k += 1  # "112 українських медійників": the noun after its adjectives
    found = tags(toks[k].low, doc.lang.code)  # (not a verb that reads as a noun too: "6 тысяч были уничтожены")
    if k + 1 < len(toks) and toks[k + 1].low[:1].isdigit() and doc.lang.grammar["qualifiers"].match(toks, k, k + 1):
        return False  # ("зросла з 20 до 25": a qualifier of the figure after, though "до" reads as a noun too)
    return ("NOUN" in found or counts_people(toks[k].low, doc.lang.code)) \
        and not found & {"Abbr", "UNKN", "LATN", "VERB"} and _number_word_free(doc, toks[k]) \
        and doc.lang.unit_words.match(toks, k) is None and doc.lang.categories.match(toks, k) is None


def _number_word_free(doc: DocText, token: Token) -> bool:
    return token.low not in doc.lang.number_values and doc.lang.number_forms.isdisjoint(token.lemmas)


#: "їх", "их": them, the thing named before


def past_a_describing_participle(doc: DocText, toks: list[Token], at: int, end: int) -> int:
    """Past a participle and the preposition and noun it governs right after a count's noun ("число установленных по
    именам погибших", "кількість встановлених поіменно загиблих"): where the noun counted starts, else ``at``."""
    if at >= end or not tags(toks[at].low, doc.lang.code) & {"PRTF", "ADJF"} \
            or doc.lang.categories.match(toks, at) is not None:
        return at
    k = at + 1
    if k < end and "PREP" in tags(toks[k].low, doc.lang.code):
        k += 2  # (the preposition and its noun: "по именам")
    elif k < end and "ADVB" in tags(toks[k].low, doc.lang.code):
        k += 1  # ("поіменно")
    return k if k < end and doc.lang.categories.match(toks, k, end) is not None else at


def _outside_war_names(doc: DocText, toks: list[Token], hits: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The hits not inside a name of the war ("потери за время специальной военной операции превысили 1,3 миллиона":
    "военной" names the operation, not soldiers counted)."""
    names = doc.lang.war_names.find_all(toks) if hits and doc.lang.war_names is not None else []
    return [h for h in hits if not any(a <= h[1] and h[2] <= b for _k, a, b in names)]


def _counted_before(doc: DocText, sent: Sentence, num: Number, qual_first: int) -> Lost | None:
    """"кількість загиблих ... зросла до 12", "число погибших возросло до 25": the noun counted, named before
    the number in its clause."""
    toks = sent.tokens
    lo, _hi = clause_bounds(doc, sent, num)
    ctx = doc.lang.grammar["context"]
    # "кількість загиблих більша: ... вона може сягати 75 тисяч": a pronoun for the count named before its clause
    start = 0 if ctx.find_all(toks, lo, qual_first, "count_pronoun") else lo
    for _key, _a, b in reversed(ctx.find_all(toks, start, qual_first, "count_of")):
        b = past_a_describing_participle(doc, toks, b, qual_first)  # ("число установленных по именам погибших")
        hit = doc.lang.categories.match(toks, b, qual_first) if b < qual_first else None
        if hit is not None:
            outcome = doc.lang.noun_outcomes.match(toks, b, hit[1])
            cues = doc.lang.outcomes_people.find_all(toks, b, qual_first)
            if any({x[0], y[0]} == {"killed", "wounded"} and paired_outcomes(doc, toks, x, y)
                   for x, y in zip(cues, cues[1:], strict=False)):
                outcome = ("losses", 0)  # "число убитых и раненых ... превысило 700 тысяч"
            return Lost(hit[0], "count_noun", (b, hit[1]), outcome[0] if outcome else None)
    # "Танків окупанти втратили 2 040", "Бронемашин противник потерял 140": the counted noun opens the clause in
    # the genitive, the figure closes it (with its unit: "Танків знищено 96 одиниць")
    # (past "что" opening a clause said: "утверждает, что погибших может быть до 300"; back over a source's aside:
    # "Украинских танков, по их данным, потеряно 1 250")
    clause_lo = lo
    lo = said[1] if (said := ctx.match(toks, lo, key="says_that")) is not None else before_an_aside(doc, toks, lo)
    lo = past_adjectives(doc, toks, lo, qual_first)
    if doc.lang.categories.match(toks, lo, qual_first) is None:  # (past a date opening it: "У вересні смертей ...")
        lo = past_adjectives(doc, toks, past_a_leading_date(doc, sent, lo, qual_first), qual_first)
    hit = doc.lang.categories.match(toks, lo, qual_first) if lo < qual_first else None
    end = num.last_token + 1
    unit = doc.lang.unit_words.match(toks, end) if end < _hi else None
    if unit is not None:
        end = unit[1]
    if end < _hi and _DASH.search(text_between(doc.text, toks[end - 1].end, toks[end].start)):
        _hi = end  # "... 3 380 одиниць — це рекорд": a remark after a dash
    # ("Погибших может быть до 300": the dead by a noun of their own outcome, the figure after a verb of being)
    dead = doc.lang.noun_outcomes.match(toks, lo, hit[1]) if hit is not None and hit[0] == "people" else None
    if hit is not None and (hit[0] != "people" or dead is not None) and "gent" in tags(toks[lo].low, doc.lang.code) \
            and end == _hi and (any(  # (a verb, or a short participle: "потеряно")
                tags(t.low, doc.lang.code) & {"VERB", "PRTS"} for t in toks[hit[1]:qual_first])
                # (or none, the dead's figure alone after a source's aside: "Погибших, по оценке X, около 90 тысяч")
                or (dead is not None and said is None and lo < clause_lo == qual_first)):
        return Lost(hit[0], "fronted_noun", (lo, hit[1]), dead[0] if dead else None)
    if end == _hi and (on_list := counted_on_a_list(doc, toks, lo, qual_first)) is not None:
        return Lost(on_list[0], "fronted_noun", on_list[1])
    # "втрати ворога склали понад 150 тисяч", "потери ВСУ превысили 10 тысяч": losses with no noun are people
    for _key, _a, b in doc.lang.grammar["context"].find_all(toks, lo, qual_first, "losses_of"):
        named = _outside_war_names(doc, toks, doc.lang.categories.find_all(toks, b, qual_first))
        if not named:
            return Lost("personnel", "losses_noun")
        if all(h[0] == "people" for h in named):
            return Lost("people", "losses_noun")  # "избыточная смертность мужчин достигла 60 тысяч": whose
        if all(h[0] in PEOPLE for h in named):
            # "Потери оккупантов превысили 1,1 миллиона", "втрати українських військових": whose losses, people
            return Lost("personnel" if any(h[0] == "personnel" for h in named) else named[-1][0], "losses_noun")
    outcome_at = outcome_named_before(doc, toks, clause_bounds(doc, sent, num)[0], qual_first)
    return Lost("people", "outcome_noun", outcome_at) if outcome_at else None  # "Украина потеряла убитыми 500 тысяч"
