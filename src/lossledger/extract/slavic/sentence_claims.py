"""Reading one sentence: its numbers made mentions (what: ``what_was_lost``; outcome, side, span), counts of
one."""

from __future__ import annotations

import re
from typing import Any

from ...languages.morphology import Token, tags
from . import died_where, fell_at_war, parts
from .all_of_them import outcome_told_after
from .bodies_elided import elided_recipient
from .carried_wounded import wounded_carried
from .claimants import SourceCue, bulletin_source, claimant_in
from .dates import DateMention
from .elliptical import downed_after_all, more_bodies, part_of_those
from .fell_at_war import all_past_the_next_figure, at_war_in_own_clause, beside_a_part_at_the_front, side_of_the_whole
from .fronted import past_a_semicolon
from .language import PEOPLE
from .listed_one import adjectives_before_item, verb_before_a_counted_list, verb_of_its_own, verb_places
from .lone_victim import lone_victims
from .lumped_item import lumped_item
from .mentions import (
    DocText,
    Mention,
    clause_bounds,
    find_cues,
    find_outcome,
    find_qualifier,
    first_hit,
    is_adjectival,
    non_loss_in,
    starts_between,
    text_between,
)
from .numbers import Number, find_numbers, number_word, token_index
from .one_of_the_lost import loss_word_of_the_whole, whole_taken_from
from .own_losses_back import told_of_own_losses_before
from .parts import past_the_whole
from .running_ordinal import running_ordinals
from .same_group import killed_otherwise, more_of_the_same_noun, ratio_before
from .saying import said_that_before, writers_recap
from .sentences import Sentence
from .set_off_clauses import before_a_second_that, past_an_aside
from .sides import np_side, people_category, side_of, side_words, speaks_of_own
from .spans import delta_tokens, find_measure
from .speakers_own import outcome_asked_before, own_word_after
from .struck import counted_as_means, counts_what_struck
from .tolls import died_abroad, kinds_named_after, kinds_of
from .unexploded import unexploded_after, unexploded_item
from .what_was_lost import Lost, what_was_lost
from .whole_before import closes_before
from .writers_sum import writers_sum

# (patterns compiled once: several run for every number or every token)
_CLAUSE_PUNCT = re.compile(r"[,.;:]")
_DASH_NUMBER = re.compile(r"\s*[—–‒−-]\s*\d")
_OPEN_LIST_END = re.compile(r"[,(]\s*$")
# a model's name after a counted item: "типу «Шахед»", "«Ланцет»"
_NAME_TAIL = re.compile(r"\s*(?:тип[уа]\s+)?«[^»]*»\s*$")


def _civilian_property(doc: DocText, sent: Sentence) -> bool:
    """A sentence about a strike on homes with no army in it: the cars and things in it are people's."""
    toks = sent.tokens
    return bool(doc.lang.civilian_context.find_all(toks)) and not doc.lang.military_context.find_all(toks) \
        and not side_words(doc, toks, 0, len(toks))


#: a short name in guillemets: "«Два майори»" (a quoted passage of speech is longer)
_QUOTED_NAME = re.compile(r"«[^«»]{1,30}»")


def _in_a_quoted_name(text: str, sent: Sentence, num: Number) -> bool:
    """The number is inside a short name in guillemets that opens with a capital ("«Два майори»")."""
    opened = text.rfind("«", sent.start, num.start)
    if opened < 0 or text.find("»", opened, num.start) >= 0:
        return False
    name = _QUOTED_NAME.match(text, opened)
    if name is None or name.end() < num.end or not text[opened + 1:opened + 2].isupper():
        return False
    # "«Погибли двое мирных жителей», — сообщил губернатор", "заявив: «Загинули троє»": a short passage of speech
    return not (_SPEECH_AFTER.match(text, name.end()) or _SPEECH_BEFORE.search(text, sent.start, opened + 1))


#: the words after a passage of speech that say who said it (", — сообщил ...")
_SPEECH_AFTER = re.compile(r"\s*,\s*[—–]")
#: the colon that opens a passage of speech ("сообщил: «...")
_SPEECH_BEFORE = re.compile(r":\s*«$")


def _mixed_case(text: str, token: Token) -> bool:
    word = text[token.start:token.end]
    return word[1:] != word[1:].lower()


def _outcome_of(doc: DocText, sent: Sentence, num: Number, lost: Lost, lo: int, hi: int, out: list[Mention],
                list_ctx: dict[str, Any]) -> str | None:
    """The outcome words of the clause, then the sentence; a breakdown's whole ("серед них троє дітей"),
    the list's heading, a sentence going on from the one before ("Також стать 71 дитини ...")."""
    toks = sent.tokens
    ctx = doc.lang.grammar["context"]
    table = doc.lang.outcomes_people if lost.category in PEOPLE else doc.lang.outcomes_equipment
    if not find_cues(table, toks, lo, hi):
        hi = past_an_aside(doc, sent, hi)  # "ще дев'ятеро, зокрема дитина, дістали поранень"
    hi = before_a_second_that(doc, sent, num, hi)  # ("воюют 1 000 белорусов и что 400 из них уничтожены")
    outcome = find_outcome(doc, sent, num, lost.category, lo, hi, lost.noun_outcome)
    breakdown = first_hit(ctx, "continuation", toks, lo, num.first_token)
    if breakdown and out and not find_cues(table, toks, lo, hi) and not lost.noun_outcome:
        outcome = out[-1].outcome
    if outcome is None and list_ctx.get("outcome") and (sent.kind == "list_item" or lost.rule == "list_label"):
        outcome = str(list_ctx["outcome"])
    if outcome is None and (num.delta or lost.rule == "bulletin_delta"
                            or (lost.rule == "list_label" and sent.kind == "list_item")):
        outcome = "losses"
    if outcome is None and doc.mentions and doc.mentions[-1].sentence.paragraph >= sent.paragraph - 1 \
            and first_hit(ctx, "continuation", toks, 0, num.first_token) \
            and not any(_finite_verb(tags(toks[k].low, doc.lang.code)) and not ctx.match(toks, k, key="served")
                        for k in range(lo, hi)):
        # (not "ще 15 військових підвищать у званні": a verb of its own that is no loss; "ще 85 служили в
        # Росгвардії" says who more of them were)
        outcome = doc.mentions[-1].outcome
    if outcome is None and lost.rule == "list_label" and sent.kind != "list_item" and doc.mentions \
            and doc.mentions[-1].sentence.paragraph == sent.paragraph and lost.category in PEOPLE \
            and doc.mentions[-1].category in PEOPLE:
        outcome = doc.mentions[-1].outcome  # "Среди погибших 14 700 мобилизованных. Офицеров в списке — 5 тысяч"
    if outcome is None and lost.rule == "elliptical":
        # "▪️ над Курской областью — 15": an item with only a figure is counted as the one before it
        prev = out[-1] if out else (doc.mentions[-1] if doc.mentions else None)
        if prev is not None and prev.category == lost.category:
            outcome = prev.outcome
    if outcome is None and lost.noun and ctx.match(toks, lost.noun[0], key="names") and doc.mentions \
            and doc.mentions[-1].category in PEOPLE and doc.mentions[-1].sentence.paragraph >= sent.paragraph - 1:
        outcome = doc.mentions[-1].outcome  # "список пополнился 1 412 фамилиями": names on the list of the dead
        lost.list_growth = True
    elif outcome is None and lost.noun and ctx.match(toks, lost.noun[0], key="names") and _dead_list_named(doc, sent):
        outcome, lost.list_growth = "killed", True  # "обновила список погибших. ... пополнился 1 412 фамилиями"
    # "Сколько погибло? По подсчетам ..., 150 тысяч" (the question looked for first: most figures have none; a
    # question's own outcome before the answers to the questions before it: "— Скільки втратила росія? — ...")
    if outcome is None and (asked := outcome_asked_before(doc, sent, lost.category)) and not _has_a_verb(doc, toks):
        outcome = asked
    if outcome is None and sent.kind != "heading" and doc.mentions and not _has_a_verb(doc, toks):
        # "— За місяць — 9 танків і 23 бронемашини.": a verbless answer goes on with the report before (the last of
        # its outcomes that befalls such things: the people killed, the tanks destroyed)
        fits = _PEOPLE_OUTCOMES if lost.category in PEOPLE else _THINGS_OUTCOMES
        recent = [m.outcome for m in reversed(doc.mentions)
                  if m.sentence.paragraph >= sent.paragraph - 2 and m.outcome in fits]
        # (the report's own verb first: "уничтожили 350 военных, еще 12 взяли в плен. — За месяц — 7 бронемашин")
        outcome = next((o for o in recent if o in ("killed", "destroyed")), recent[0] if recent else None)
    if lost.category in PEOPLE and (told := outcome_told_after(doc, sent)) is not None:
        outcome = told  # "На борту находились 65 пленных ... Все они погибли."
    if outcome == "losses" and lost.category not in PEOPLE and downed_after_all(doc, sent, hi):
        outcome = "destroyed"  # ("10 із них не долетіли до Києва, їх збили")
    if outcome == "destroyed" and lost.category in PEOPLE:
        return "killed"
    if outcome == "killed" and lost.category not in PEOPLE:
        return "destroyed"
    return outcome


def _dead_list_named(doc: DocText, sent: Sentence) -> bool:
    """Whether the sentence or one of the two before it in its paragraphs names a list of the dead ("список
    погибших", "перелік загиблих"): the names counted are of the dead."""
    at = doc.sentence_number.get(id(sent), 0)
    for s in doc.sentences[max(0, at - 2):at + 1]:
        if s.paragraph < sent.paragraph - 1:
            continue
        for _key, _a, b in doc.lang.grammar["context"].find_all(s.tokens, key="list_of"):
            if b < len(s.tokens) and (hit := doc.lang.outcomes_people.match(s.tokens, b)) is not None \
                    and hit[0] == "killed":
                return True
    return False


def _has_a_verb(doc: DocText, toks: list[Token]) -> bool:
    """Whether a verb makes a clause of the sentence (not a word of its span: "с начала вторжения")."""
    # (not a number word that is also a verb's form: "за три дні", "три" also "rub!")
    verbs = [k for k, t in enumerate(toks)
             if tags(t.low, doc.lang.code) & _VERB_TAGS and number_word(doc.lang, t) is None]
    if not verbs:
        return False
    # (a phrase of words: "с начала вторжения"; one word may be a verb, "прошли" beside "прошлый")
    spans = [(i, j) for _key, i, j in doc.lang.grammar["spans"].find_all(toks) if j - i > 1]
    return any(not any(i <= k < j for i, j in spans) for k in verbs)


#: Tags of a verb's forms that make a clause (a sentence with none of them goes on from the one before)
_VERB_TAGS = frozenset({"VERB", "INFN", "PRTS", "GRND", "Impe"})
#: the outcomes that may befall people, and things (people killed: things destroyed)
_PEOPLE_OUTCOMES = frozenset({"killed", "wounded", "captured", "missing", "deserted", "losses", "destroyed"})
_THINGS_OUTCOMES = frozenset({"destroyed", "damaged", "abandoned", "captured", "losses", "killed"})


def _finite_verb(tagset: frozenset[str]) -> bool:
    """A verb's finite form only ("підвищать", "складається"; not "встановити", nor "стать" that is also a noun)."""
    return "VERB" in tagset and not tagset & {"infn", "INFN", "NOUN"}


def _of_an_employer(doc: DocText, sent: Sentence, end: int) -> bool:
    """A thing's noun in the genitive right after a noun of people ("працівників медіа", "сотрудников завода") that
    names neither an outcome, a side nor a place: whom they work for, a group of its own."""
    toks = sent.tokens
    if end >= len(toks) or text_between(doc.text, toks[end - 1].end, toks[end].start).strip():
        return False
    found = tags(toks[end].low, doc.lang.code)
    lang = doc.lang
    return "NOUN" in found and "inan" in found \
        and not found & {"anim", "ADJF", "PRTF", "VERB", "Name", "Surn", "PREP", "CONJ", "PRCL"} \
        and ("gent" in found or "Fixd" in found) and all(
            table.match(toks, end) is None for table in (lang.categories, lang.noun_outcomes, lang.sides, lang.places))


def _of_the_unit_after(doc: DocText, toks: list[Token], nxt: int) -> bool:
    """Whether the figure before token ``nxt`` is joined by "і" / "и" to a figure of a unit that counts nothing lost
    ("41 і 68 років", "19, 44 та 70 років", "3 и 5 лет")."""
    grammar = doc.lang.grammar["numbers"]
    while nxt + 1 < len(toks) and toks[nxt].low.isdigit() and doc.text[toks[nxt - 1].end:toks[nxt].start] == ", ":
        nxt += 1  # ("19, 44 та 70 років": past the figures listed between)
    return nxt + 2 < len(toks) and grammar.match(toks, nxt, key="unit_joined") is not None \
        and toks[nxt + 1].low.isdigit() and grammar.match(toks, nxt + 2, key="not_counts") is not None


def read_sentence(doc: DocText, sent: Sentence, dates: list[DateMention], list_ctx: dict[str, Any]) -> list[Mention]:
    """The mentions of losses in one sentence."""
    text = doc.text
    lang = doc.lang
    toks = sent.tokens
    numbers = find_numbers(text, sent, lang, [(d.start, d.end) for d in dates if d.kind != "war_day"])
    source = claimant_in(doc, sent)
    ctx = lang.grammar["context"]
    recap = writers_recap(doc, toks) or writers_sum(doc, toks)  # ("Разом за три дні це 3 740": the writer's sum)
    # "ймовірно, внаслідок протидії РЕБ": a guess at the cause, not at the number
    # ("МіГ-31" is an aircraft's name, not "міг": a capital inside the word)
    hedged = any(not (b < len(toks) and ctx.match(toks, b, key="cause")) and not _mixed_case(text, toks[a])
                 for _key, a, b in find_cues(lang.grammar["hedges"], toks, 0, len(toks)))
    out: list[Mention] = []
    passed: str | None = None
    passed_end: int | None = None  # (the end of the last figure of the sentence that was no loss)
    for num in numbers:
        if num.delta and num.value == 0:
            continue  # "(+0)": nothing lost that day
        nxt = token_index(toks, num.end)
        if nxt < len(toks) and toks[nxt].start - num.end <= 2 \
                and lang.grammar["numbers"].match(toks, nxt, key="not_counts"):
            continue  # "48 років", "19 відсотків", "464 кв. км"
        if _of_the_unit_after(doc, toks, nxt):
            continue  # "41 і 68 років": both ages
        if text[num.end:num.end + 2].lstrip().startswith("%"):
            continue  # "на 20% більше"
        if _in_a_quoted_name(text, sent, num):
            continue  # "Telegram-канал «Два майори»", "бригада «Три сотні»": a name, not a count
        if num.first_token > 0 and ctx.match(toks, num.first_token - 1, key="each"):
            if out and ratio_before(doc, toks, out[-1], num):
                out.pop()  # "17 погибших на каждые 10 тысяч мужчин": the figure before the unit is a ratio
            continue  # "на каждый миллион жителей": a unit of a rate, not a count
        if num.first_token >= 2 and toks[num.first_token - 2].low.isdigit() \
                and ctx.match(toks, num.first_token - 1, key="part_of") \
                and loss_word_of_the_whole(doc, toks, num) is None:
            # ("встановили особи 9 із 11 загиблих": a whole named by its loss is a loss of its own)
            continue  # "збили 11 з 13 ракет": 13 were launched, not lost
        qualifier, qual_first = find_qualifier(doc, sent, num)
        lost = what_was_lost(doc, sent, num, qual_first, out, passed, numbers)
        if lost is None:
            continue
        if whole_taken_from(doc, toks, num, numbers):
            passed = lost.category  # "из 480 человек, ушедших с батальоном, погибли 57": those who went, no loss
            continue
        if lost.category in ("drones", "missiles") and sent.kind != "list_item" and (
                counts_what_struck(doc, sent, num) or (lost.noun and counted_as_means(doc, sent, num, lost.noun[1]))):
            # "зафіксовано влучання 13 ударних БпЛА": drones that got through; "обстріляли область 40 безпілотниками,
            # збили 32": what the attack was made with (the figure after may count them)
            passed = lost.category
            doc.cache["no_loss_counted"] = (doc.sentence_number[id(sent)], lost.category)
            continue
        carried = None
        if lost.category == "people" and not out and doc.mentions and first_hit(ctx, "continuation", toks, 0, 2):
            if doc.mentions[-1].sentence.paragraph == sent.paragraph and doc.mentions[-1].category in PEOPLE \
                    and not killed_otherwise(doc, sent, num, doc.mentions[-1]):
                carried = doc.mentions[-1]  # "Еще восемь человек числятся пропавшими": more of the people before
                lost.category = carried.category
            elif (carried := more_of_the_same_noun(doc, sent, lost.noun)) is not None \
                    and not killed_otherwise(doc, sent, num, carried):
                lost.category = carried.category  # "Ще 5 випускників ..." over a paragraph: more of those named so
            else:
                carried = None
        whole = (out[-1] if out else doc.mentions[-1] if doc.mentions else None) \
            if lost.rule == "elliptical" and lost.category in PEOPLE and part_of_those(doc, toks, num) else None
        if whole is not None and whole.category not in PEOPLE:
            whole = None
        if carried is None and whole is not None and not out:
            carried = whole  # "З них 52 тисячі — військовослужбовці": a part, of the whole's side
        if carried is None and lost.rule == "elliptical" and lost.noun_outcome == "killed" and not out \
                and more_bodies(doc, toks, num):
            carried = doc.mentions[-1]  # (the bodies are of the dead counted before: theirs)
        guessed = lost.category == "people"
        if guessed and lost.noun is not None and (_of_an_employer(doc, sent, lost.noun[1])
                                                  or kinds_named_after(doc, toks, lost.noun[1]) > lost.noun[1]):
            lost.group = True  # "9 працівників медіа", "12 сотрудников завода": the people of a trade or a firm
        if lost.category == "people" and not (lost.noun and {"personnel", "civilians"} <= kinds_of(doc, toks, lost.noun,
                                                                                                     lost.group)) \
                and not (lost.rule == "elliptical" and out and out[-1].category == "people"):
            # (not "додали 9 400 записів, а за травень — 1 870": the bare figure is of the kind of the one before)
            # (not "8 тисяч військових і цивільних": people of both kinds)
            lost.category = people_category(doc, sent, lost.noun or (num.first_token, num.last_token + 1),
                                            carry=not lost.group)
            if lost.noun and doc.mentions and (part := doc.mentions[-1]).whole is not None \
                    and ctx.match(toks, lost.noun[0], key="names"):
                # ("з них 52 тисячі — військові. ... додали 9 400 записів": the list's kind, not its part's)
                lost.category = part.whole.category
        if out and out[-1].category == "civilians" and lost.category in PEOPLE \
                and died_where.captive_part(doc, toks, num):  # ("31 загинув унаслідок обстрілів, а семеро — у полоні")
            lost.category, lost.group = "people", True
        home, fell_side = lost.home, None
        at_war = (ctx.find_all(toks, key="at_war") or died_abroad(doc, toks, lost.noun)) \
            if lost.category == "civilians" or guessed else []
        if guessed and lost.category == "personnel" and at_war and part_of_those(doc, toks, num) \
                and beside_a_part_at_the_front(doc, toks, at_war, num, numbers):
            lost.category = "civilians"  # "Із них 143 людини загинули на роботі, ще 643 — на фронті"
        elif at_war and (lost.noun is None or lost.noun[1] - lost.noun[0] == 1) and (any(
                ctx.match(toks, k, key="including") for _key, a, _b in at_war for k in range(max(0, a - 3), a))
                or (guessed and fell_at_war.whole_of_parts_apart(doc, toks, at_war, num, numbers))):
            # "загинули 120 енергетиків, зокрема на фронті", "120 залізничників: 70 — на фронті, ще 50 — на роботі"
            lost.category = "people"  # (some of them soldiers)
            lost.group = True
            # (a civilian group's side, as civilians': of the place named after them, else the usual victim's)
            home = next((key for key, a, _b in lang.places.find_all(toks)
                         if lost.noun and lost.noun[1] <= a <= lost.noun[1] + 1),
                        None) or doc.profile.default_victim_side
        elif at_war and doc.profile.is_victims(lost.category) and lost.noun and lost.noun[1] - lost.noun[0] == 1 \
                and not all_past_the_next_figure(at_war, num, numbers):
            # "1 150 жителей Петербурга, погибших на войне": residents dead at the war are soldiers, of their place
            # (and people of no kind: "трое земляков погибли на СВО")
            lost.category = "personnel"
            home = next((key for key, a, _b in lang.places.find_all(toks) if lost.noun[1] <= a <= lost.noun[1] + 1),
                        None)
        elif at_war and lost.noun is None and doc.profile.is_victims(lost.category) \
                and at_war_in_own_clause(at_war, num, numbers):
            lost.category = "personnel"  # "ще 643 — на фронті": a bare figure its own clause says fell at the war
            fell_side = side_of_the_whole(doc, out, carried)
        elif lost.category == "civilians" and not guessed and lost.noun and lost.noun[1] - lost.noun[0] == 1 \
                and sent.kind != "heading" and any(
                    m.sentence.kind == "heading" and m.value == num.value and "personnel" in {
                        k for k, _a, _b in lang.categories.find_all(m.sentence.tokens, m.number.last_token + 1,
                                                                     m.noun_end)} for m in doc.mentions[:2]):
            # "В Бурятии погибли 1 300 военных" over "погибли 1 300 жителей Бурятии": the headline says who the
            # body's residents are
            lost.category = "personnel"
            home = next((key for key, a, _b in lang.places.find_all(toks) if lost.noun[1] <= a <= lost.noun[1] + 1),
                        None)
        lo, hi = clause_bounds(doc, sent, num)
        if lost.category in ("vehicles", "equipment") and _civilian_property(doc, sent):
            continue  # "внаслідок удару пошкоджено 40 автомобілів": people's cars, not an army's
        table = lang.outcomes_people if lost.category in PEOPLE else lang.outcomes_equipment
        # (a clause after the figure's own, on what became of some of them later, does not undo it:
        # "поранення отримали 370 тисяч, половина з них повернулася на фронт")
        bodies = starts_between(ctx, "bodies_of", toks, max(0, num.first_token - 2), num.first_token) \
            or (lost.rule == "elliptical" and lost.noun_outcome == "killed" and not out
                and more_bodies(doc, toks, num))
        # (the bodies of the dead, the wounded carried off: counts a word of no loss does not undo)
        kept = bodies or (lost.noun_outcome == "wounded" and wounded_carried(doc, toks, lost.noun_outcome, lo, hi)) \
            or parts.part_of_a_counted_whole(doc, toks, num, out, hi)  # ("тіла 5 180 загиблих, серед яких 310 ...")
        if not kept and (non_loss_in(ctx, table, toks, past_the_whole(doc, sent, num, lo, table), hi)
                           or (lost.category not in PEOPLE and unexploded_after(doc, toks, num.last_token + 1, hi))
                           or (
                sent.kind != "list_item" and non_loss_in(ctx, table, toks, past_a_semicolon(doc, toks, lo), hi, lo,
                                                         lang.code)
                and not find_cues(table, toks, lo, hi))) \
                and not (lost.category in PEOPLE and outcome_told_after(doc, sent) is not None):
            # (not "На борту находились 65 пленных ... Все они погибли.": those present, then told of)
            passed = lost.category
            doc.cache["no_loss_counted"] = (doc.sentence_number[id(sent)], lost.category)
            continue  # launched, fled, exchanged, found alive
        outcome = "losses" if lost.category not in PEOPLE and num is not numbers[-1] \
            and parts.whole_of_parts(doc, sent, num, lost.category, numbers) \
            else _outcome_of(doc, sent, num, lost, lo, hi, out, list_ctx)
        if outcome is None:
            passed = lost.category  # ("воевали 13 тысяч наемников, из которых 6 тысяч уничтожены")
            passed_end = num.last_token + 1
            continue
        if passed_end is not None and not find_cues(table, toks, lo, hi) \
                and first_hit(ctx, "continuation", toks, passed_end, num.first_token):
            continue  # "вивезли понад 600 людей, зокрема 85 дітей": a part of a figure that was no loss
        claimant_src = source
        if claimant_src is None and lost.rule in ("list_label", "bulletin_delta") and bulletin_source(doc) \
                and not recap and not list_ctx.get("source") and (sent.kind == "list_item" or delta_tokens(doc, sent)):
            claimant_src = bulletin_source(doc)  # "танків — 9 503 (+10) од": the General Staff's layout
        if source is not None and len(numbers) > 1:
            claimant_src = claimant_in(doc, sent, near=said_that_before(doc, sent, num.first_token)) or source
        if claimant_src is None and sent.kind == "list_item" and list_ctx.get("source"):
            claimant_src = list_ctx["source"]
        claimant = claimant_src.key if claimant_src else None
        listed = list_ctx.get("side") if sent.kind == "list_item" else None
        side, side_stated = side_of(doc, sent, num, lost.category, lost.noun, lo, claimant, listed)
        if home is not None and not side_stated:
            side, side_stated = home, True
        if carried is not None and not side_stated:
            side, side_stated = carried.side, carried.side_stated
        if lost.rule == "elliptical" and out and out[-1].claimant == claimant \
                and not np_side(doc, sent, num, lost.noun) and not elided_recipient(doc, toks, num.first_token):
            # "1239 російських танків знищено, 106 – пошкоджено" (of one source; a side still to be settled stays so)
            side, side_stated = out[-1].side, out[-1].side_stated
        if fell_side is not None:
            side, side_stated = fell_side, True  # (of the whole the part at the front was of)
        measure, period_days, since, as_of = find_measure(doc, sent, num, lo, hi, dates)
        cued = measure is not None
        if measure is None and (sent.kind == "list_item" or lost.rule == "list_label") and list_ctx.get("measure"):
            measure, period_days, since = list_ctx["measure"]
            cued = True
            as_of = as_of or list_ctx.get("as_of")
        if lost.rule == "bulletin_delta" or num.delta:
            measure, period_days = "period", 1.0
        m = Mention(sent, num, lost.category, outcome, side, qualifier, measure, period_days, since, as_of, hedged,
                    claimant, claimant_src.text if claimant_src else None, source is not None, lost.rule,
                    num.value, num.high, cued, recap)
        m.noun_end = lost.noun[1] if lost.noun else num.last_token + 1
        m.side_stated = side_stated
        m.side_args = (lost.noun, lo, listed)
        m.named_group = lost.group and lost.category == "people"
        # ("на стелу додали 27 нових імен загиблих": names added to a list or a memorial, their deaths' span not the
        # day of the update)
        m.list_growth = lost.list_growth or ("added_to" in ctx.keys_in(toks) and bool(
            ctx.find_all(toks, num.last_token + 1, min(len(toks), m.noun_end + 1), "names")))
        m.whole = whole
        # "ми втрачаємо": the speaker's own losses, whoever the speaker turns out to be
        m.own_voice = speaks_of_own(doc, toks, lo, num.first_token) and not np_side(doc, sent, num, lost.noun) \
            or (not side_stated and bool(ctx.find_all(toks, 0, num.first_token, "own_losses")))  # "о своих потерях"
        # ("... данные о собственных потерях. Минобороны сообщало о них, назвав 5 937 погибших")
        m.own_voice = m.own_voice or not side_stated and told_of_own_losses_before(doc, sent, toks, num.first_token)
        # ("двое наших бойцов погибли, шестеро ранены": the speaker's own, and the figure going on from them)
        m.own_voice = m.own_voice or not side_stated and (own_word_after(doc, toks, num.last_token) or (
            lost.rule == "elliptical" and bool(out) and out[-1].own_voice))
        out.append(m)
    out += _count_of_one(doc, sent, out, numbers, source)
    out += lone_victims(doc, sent, out, source)  # "загинула жінка, ще четверо поранені"
    out += running_ordinals(doc, sent, dates, source)  # "стал 58-м жителем района, погибшим"
    return out


def _count_of_one(doc: DocText, sent: Sentence, found: list[Mention], numbers: list[Number],
                  source: SourceCue | None) -> list[Mention]:
    """"(7 літаків, вертоліт, 3 БПЛА)", "сбит вертолет Ми-24": a counted loss of one."""
    toks = sent.tokens
    lang = doc.lang
    covered: set[int] = set()
    for n in numbers:
        covered.update(range(n.first_token, n.last_token + 1))
    for f in found:
        covered.update(range(f.number.first_token, max(f.noun_end, f.number.last_token + 1)))
    extra: list[Mention] = []
    for key, a, b in lang.categories.find_all(toks):
        if key == "equipment" or a in covered:
            continue
        # (the figure after the dash opens the next token: no pattern is run where that token is no figure)
        if b < len(toks) and toks[b].text[:1].isdigit() \
                and _DASH_NUMBER.match(doc.text[toks[b - 1].end:toks[b].end]):
            continue  # "РСЗВ ‒ 1 255": a list label, not one item
        t = tags(toks[a].low, lang.code)
        if "plur" in t and ("sing" not in t or ("Surn" in t and toks[a].text.islower())):  # (not "Дронов")
            continue
        if _instrumental(toks[a], lang.code) or (a > 0 and _instrumental(toks[a - 1], lang.code)):
            continue  # "Силами ППО знищено ...", "средствами ПВО сбиты ...": the means, not a loss
        h = a
        while h > 0 and is_adjectival(toks[h - 1], lang.code) and not toks[h - 1].low.isdigit():
            h -= 1  # "17 дронів і розвідувальний дрон": the item starts at its adjectives
        if h < a and (h == 0 or not (toks[h - 1].low in lang.and_words or _OPEN_LIST_END.search(
                text_between(doc.text, toks[h - 1].end, toks[h].start)))):
            h = a  # "100 військових, танк": the word before the item is the item before's, not its adjective
        before = text_between(doc.text, toks[h - 1].end, toks[h].start) if h > 0 else ""
        # "7 літаків, вертоліт", "пікап і танк", "17 дронів типу «Шахед» і дрон «Орлан»"
        after_item = any(f.noun_end in (h, h - 1) or (0 < f.noun_end < h - 1 and _NAME_TAIL.match(
            text_between(doc.text, toks[f.noun_end - 1].end, toks[h - 1].start))) for f in found + extra)
        in_list = after_item and (_OPEN_LIST_END.search(before) or toks[h - 1].low in lang.and_words
                                  if h > 0 else False)
        # "12 бронемашин, в том числе танк": one of the items before; "число погибших выросло до 11, среди них
        # ребенок": the figure closes the whole, its noun told before it
        # ("в том числе большой десантный корабль": a thing's adjectives between; not "серед них 9-річна дівчинка")
        whole = next((f for _k, p, c in lang.grammar["context"].find_all(toks, max(1, a - 6), a, "continuation")
                      if (c == a or (c < a and key not in PEOPLE and adjectives_before_item(doc, toks, c, a)))
                      and _OPEN_LIST_END.search(text_between(doc.text, toks[p - 1].end, toks[p].start))
                      for f in found + extra if closes_before(doc, toks, f, p)), None)
        in_list = in_list or whole is not None
        if lumped_item(doc, toks, a, h, found):
            continue  # "в том числе бронетехники", "15 тысяч танков, БМП и БТР": no one thing more
        # "сбиты три самолета ..., а также вертолет Ми-8": one more thing of the list before
        in_list = in_list or (key not in PEOPLE and any(
            c == h and lang.grammar["context"].match(toks, p, c, "part_of") is None
            for _k, p, c in lang.grammar["context"].find_all(toks, max(0, h - 3), h, "continuation"))
            and any(f.noun_end <= h for f in found))
        if key in PEOPLE:
            if whole is None or whole.category not in PEOPLE:
                continue  # "пострадали пять человек, в том числе ребенок": one of the people before, nothing else
            key = whole.category  # a child among civilians is one of them
        verb = None
        k = a - 1
        while k >= 0 and k >= a - 3 and is_adjectival(toks[k], lang.code) and not toks[k].low.isdigit():
            k -= 1  # "сбит украинский вертолет"
        if (k + 1 < a and unexploded_item(doc, toks, k + 1, a)) or (whole is None and verb_of_its_own(doc, toks, b)):
            continue  # "знешкодили нерозірвану крилату ракету": ordnance cleared; "самолет вернулся": its own clause
        if "Fixd" in t:
            k = -1  # "збила ППО": an indeclinable abbreviation after a verb is its subject
        for at in verb_places(doc, toks, k, a, b):  # "вертолет был уничтожен", not "ППО збили" (its subject)
            if 0 <= at < len(toks) and lang.outcomes_equipment.match(toks, at, key="destroyed") \
                    and not _CLAUSE_PUNCT.search(text_between(doc.text, toks[min(at, a) if at < a else b - 1].end,
                                                      toks[a if at < a else at].start)):
                verb = at
        conj = next((c for c in range(a - 1, max(0, a - 4), -1) if toks[c].low in lang.and_words), None)
        if verb is None and conj is not None and all(is_adjectival(x, lang.code) for x in toks[conj + 1:a]):
            # "уничтожены склад боеприпасов и станция РЭБ": the second thing the verb before names
            verb = next((j for j in range(conj - 1, max(-1, conj - 6), -1)
                         if lang.outcomes_equipment.match(toks, j, key="destroyed")
                         and not any(x.low.isdigit() for x in toks[j:a])
                         and not _CLAUSE_PUNCT.search(text_between(doc.text, toks[j].end, toks[a].start))), None)
        if verb is None and not in_list and key not in PEOPLE and not _civilian_property(doc, sent):
            verb = verb_before_a_counted_list(doc, toks, h, b)  # "сбиты три авиабомбы, реактивный снаряд HIMARS"
        if not in_list and verb is None:
            continue
        base = whole if key in PEOPLE else (found[-1] if found else None)
        num = Number(toks[a].start, toks[b - 1].end, 1.0, None, False, a, b - 1)
        lo, hi = clause_bounds(doc, sent, num)
        claimant = base.claimant if base else (source.key if source else None)
        side, stated = side_of(doc, sent, num, key, (a, b), lo, claimant)
        if in_list and base is not None and not stated:
            side = base.side
        outcome = base.outcome if (base and in_list) else "destroyed"
        if outcome == "killed" and key not in PEOPLE:
            outcome = "destroyed"  # "уничтожили до 230 военнослужащих, танк": the people killed, the tank destroyed
        measure, period_days, since, as_of = find_measure(doc, sent, num, lo, hi, doc.dates.get(id(sent), []))
        extra.append(Mention(sent, num, key, outcome, side, "exact", measure or (base.measure if base else None),
                             period_days if measure else (base.period_days if base else None),
                             since, as_of, False, claimant,
                             base.claimant_text if base else (source.text if source else None),
                             source is not None, "count_of_one", 1.0, None, measure is not None))
        extra[-1].noun_end = b
    return extra


def _instrumental(token: Token, lang: str) -> bool:
    """A noun only in the instrumental case ("силами", "средствами"): who or what did it."""
    found = tags(token.low, lang)
    return "NOUN" in found and "ablt" in found and not found & {"nomn", "accs"}
