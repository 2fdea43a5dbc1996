"""Sides and claimants: whose loss and who says so."""

from __future__ import annotations

import re
from typing import Any

from ...languages.morphology import Token, Tokens, tags
from ...profiles import Profile
from .actor import is_actor
from .aside_subject import subject_past_aside
from .bodies_elided import elided_recipient
from .district_home import district_side
from .enemy_target import enemy_of_the_attacked
from .funeral import buried_side, fallen_of_a_trade_side, names_the_captor
from .language import PEOPLE
from .losing_community import losing_community_side
from .mentions import DocText, first_hit, is_adjectival, starts_between, text_between, war_of_the_span
from .named_body import names_the_body_before
from .newsroom_count import newsrooms_dead_side
from .numbers import Number
from .owners_losses import owners_side
from .saying import before_another_source
from .sentences import Sentence
from .war_namer import own_war_names, participants_side

# (patterns compiled once: several run for every number or every token)
PUNCT = re.compile(r"[,.;:!?]")
CLAUSE_END = re.compile(r"[,.;:!?—–]")
PUNCT_OR_DASH = re.compile(r"[,.;:!?—–‒−(]")


def side_words(doc: DocText, toks: list[Token], lo: int, hi: int,
                claimant: str | None = None) -> list[tuple[str, int, int]]:
    """Side words in ``toks[lo:hi]`` that may name whose losses: not places ("в Україні", "по Україні"),
    not the attacker ("вторжения России", "атаки ВСУ"); the enemy of one fought against ("в боях с РФ",
    "у війні проти України") is named by its opponent."""
    memo = toks.memo if isinstance(toks, Tokens) else {}
    mkey = ("side_words", lo, hi, claimant)
    known: list[tuple[str, int, int]] | None = memo.get(mkey)
    if known is not None:
        return known
    # (each side word is read once per sentence and claimant, whatever range is asked about: what it names
    # does not depend on the range, only which of them fall in it)
    whole: list[tuple[str, int, int]] | None = memo.get(("side_words", claimant))
    if whole is None:
        whole = memo[("side_words", claimant)] = _read_side_words(doc, toks, memo, claimant)
    out = [h for h in whole if h[1] >= lo and h[2] <= hi] if whole else []
    memo[mkey] = out
    return out


def _read_side_words(doc: DocText, toks: list[Token], memo: dict[Any, Any],
                     claimant: str | None) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for key, a, b, against in _side_word_candidates(doc, toks, memo):
        if key == "enemy":
            # "противник", "ворог": the enemy of whoever speaks (the Russian MoD's is Ukraine, the General
            # Staff's Russia); with no speaker, the enemy the language's press usually means
            resolved = (doc.profile.usual_target(claimant) if claimant else None) \
                or enemy_of_the_attacked(doc, toks) or default_side(doc)
            if resolved is None:
                continue
            key = resolved
        if against:
            opp = opponent(doc.profile, key)
            if opp is None:
                continue
            key = opp
        out.append((key, a, b))
    return out


def _side_word_candidates(doc: DocText, toks: list[Token], memo: dict[Any, Any]) -> list[tuple[str, int, int, bool]]:
    """The sentence's side words that may name whose losses, whoever speaks: (key, first, end, whether its opponent
    lost: one fought against, or the attacker of an attack named as the cause). Read once per sentence: only "the
    enemy" and the opponent depend on the claimant."""
    known: list[tuple[str, int, int, bool]] | None = memo.get(("side_word_candidates",))
    if known is not None:
        return known
    ctx = doc.lang.grammar["context"]
    out: list[tuple[str, int, int, bool]] = []
    memo[("side_word_candidates",)] = out
    sides = doc.lang.sides.find_all(toks)
    if not sides:
        return out  # (no side word: most sentences)
    # "Минобороны России", "головнокомандувач ЗСУ": a side inside a source's name is not whose losses
    bodies = [(a, b) for _k, a, b in doc.lang.claimants.find_all(toks)
              if not loses(doc, toks, b) and not _struck_army(doc, toks, a)]
    named = {i for a, b in bodies for i in range(a, b)} if bodies else ()
    near_bodies = {b + k for _a, b in bodies for k in range(4)} if bodies else ()  # (where a name may go on)
    marker_ends: set[int] | None = None
    saying_ends: set[int] | None = None
    attacks: set[int] | None = None
    for key, a, b in sides:
        if a in named or (a in near_bodies and names_the_body_before(doc, toks, bodies, a, b)):
            continue
        # "по данным украинской стороны", "за даними ЗСУ": the side after a source marker is who says, not who lost
        if marker_ends is None:
            marker_ends = {b for _k, _a, b in ctx.find_all(toks, key="source_markers")}
        if a in marker_ends:
            continue
        # "сообщили украинские военные": the side right after a verb of saying is who says, not who lost
        if saying_ends is None:
            saying_ends = {b for _k, _a, b in ctx.find_all(toks, key="report_verbs")}
        if a in saying_ends:
            continue
        if key in doc.profile.sides and not doc.profile.sides[key].opponent and other_war_side(doc, toks) is None:
            continue  # "танки советского производства": a side of past wars only, in a sentence naming one
        if a > 0 and ctx.match(toks, a - 1, key="place_before") and not _the_enemy_has(doc, toks, key, a):
            if names_the_captor(doc, toks, b):
                out.append((key, a, b, True))  # "у російському полоні": the captor's opponent was captured
            continue
        if attacks is None:  # (the attack nouns' places, once per sentence with a side word)
            attacks = {i for _k, i, _j in ctx.find_all(toks, key="attack")}
        # ("при штурме ВСУ потеряли": a name its clause's verb of losing follows is who lost, not the attacker)
        if a - 1 in attacks and a > 0 and _not_subject(doc, toks[a]) and not loses(doc, toks, b):
            if _after_event_lead(doc, toks, a - 1):
                out.append((key, a, b, True))  # "в результате атаки украинских беспилотников": the target's losses
            continue
        if a - 2 in attacks and a > 1 and "gent" in tags(toks[a - 1].low, doc.lang.code) \
                and text_between(doc.text, toks[a - 2].end, toks[a].start).strip(" ") == toks[a - 1].text \
                and not ctx.match(toks, a - 1, key="attack_targets"):
            continue  # "атаки беспилотника ВСУ", "удару дрона ЗСУ": the attacker, by its weapon (not "позиций ВСУ")
        if _attack_at(doc, toks, attacks, b) and _after_event_lead(doc, toks, a):
            out.append((key, a, b, True))  # "внаслідок російської агресії": the attacker's, the target lost
            continue
        out.append((key, a, b, a > 0 and bool(ctx.match(toks, a - 1, key="against_before"))))
    return out


def _attack_at(doc: DocText, toks: list[Token], attacks: set[int], b: int) -> bool:
    """Whether an attack noun opens at ``toks[b]``, adjectives between ("російських ракетних ударів")."""
    while b < len(toks) and b not in attacks and is_adjectival(toks[b], doc.lang.code):
        b += 1
    return b in attacks


def _struck_army(doc: DocText, toks: list[Token], a: int) -> bool:
    """"під час обстрілів позицій ЗСУ", "при обстрелах позиций ВСУ": the army after a place of its struck (the
    attack noun before it) is the target, whose losses, not a source."""
    ctx = doc.lang.grammar["context"]
    return a > 1 and ctx.match(toks, a - 1, key="attack_targets") is not None \
        and ctx.match(toks, a - 2, key="attack") is not None


def _the_enemy_has(doc: DocText, toks: list[Token], key: str, a: int) -> bool:
    """"у ворога 40 «двохсотих»", "у противника двое «200-х»": the enemy after "у" in the genitive is who has them,
    not a place (as "в Україні", "у росії" are)."""
    return key == "enemy" and "loct" not in tags(toks[a].low, doc.lang.code)


def _after_event_lead(doc: DocText, toks: list[Token], attack: int) -> bool:
    """"внаслідок (нічної) атаки", "в результате удара": the attack noun at ``attack`` names what caused the
    losses."""
    k = attack
    while k > 0 and is_adjectival(toks[k - 1], doc.lang.code):
        k -= 1
    spans = doc.lang.grammar["spans"]
    return any(b == k for _key, _a, b in spans.find_all(toks, max(0, k - 3), k, "event_lead"))


def loses(doc: DocText, toks: list[Token], end: int) -> bool:
    """"ЗСУ втратили", "ВСУ потеряли": a name followed by a verb of losing is who lost, not a source (nor one of
    recruiting: "Минобороны завербовало" is who recruits)."""
    if not doc.lang.outcomes_people.find_all(toks, key="losses") \
            and not doc.lang.grammar["context"].find_all(toks, key="enrolled"):
        return False  # (no word of losing or recruiting in the sentence, most: its clause's verb is not looked for)
    end = _clause_verb(doc, toks, end)
    if end >= len(toks):
        return False
    hit = doc.lang.outcomes_people.match(toks, end)
    recruits = doc.lang.grammar["context"].match(toks, end, key="enrolled")
    return (hit is not None and hit[0] == "losses") or recruits is not None


def destroys(doc: DocText, toks: list[Token], end: int) -> bool:
    """"ЗСУ знищили", "ВСУ уничтожили": a name whose clause's verb is one of destroying is who destroyed."""
    end = _clause_verb(doc, toks, end)
    return end < len(toks) and doc.lang.grammar["context"].match(toks, end, key="destroy_verbs") is not None


def _clause_verb(doc: DocText, toks: list[Token], end: int) -> int:
    """The first verb of the clause within a few words after ``end`` ("ЗСУ за цей час втратили", "ВСУ на этом
    направлении потеряли": a span or a place between the name and its verb), else ``len(toks)``."""
    subjects = doc.lang.sides.starts(toks)
    for k in range(end, min(len(toks), end + _NAME_TO_VERB)):
        if k > 0 and CLAUSE_END.search(text_between(doc.text, toks[k - 1].end, toks[k].start)):
            break  # (the clause ends: "по подсчетам журналистов, Минобороны завербовало")
        if "VERB" in tags(toks[k].low, doc.lang.code):
            return k
        if k in subjects:
            break  # "за даними ЗСУ росія втратила": another side is the subject
    return len(toks)


#: Words read between a name and its verb: a place and a span ("на цьому напрямку за цей час"), the verb after them.
_NAME_TO_VERB = 8


def _not_subject(doc: DocText, token: Token) -> bool:
    """Not a nominative-only word: "вторгнення росії" is the attacker, "вторгнення росія втратила" the subject."""
    found = tags(token.low, doc.lang.code)
    return "nomn" not in found or bool(found & {"gent", "Fixd"})


def default_side(doc: DocText) -> str | None:
    return str(doc.lang.raw["profile"].get("defaults", {}).get("military_side") or "") or None


def np_side(doc: DocText, sent: Sentence, number: Number, noun: tuple[int, int] | None) -> str | None:
    toks = sent.tokens
    np_lo = number.last_token + 1
    np_hi = noun[1] if noun else np_lo
    for key, _a, _b in side_words(doc, toks, np_lo, min(len(toks), np_hi + 2)):
        return key
    return None


def _side_votes(doc: DocText, toks: list[Token], lo: int, hi: int, *, weight: int,
                claimant: str | None = None) -> dict[str, int]:
    """Side words of ``toks[lo:hi]``: the side named (``weight``), or its enemy where it is the one
    destroying ("Сили оборони знищили ...")."""
    # (a plain dictionary: a ``Counter`` is built by Python code, asked for some eight times a document)
    votes: dict[str, int] = {}
    sources = doc.lang.claimants.starts(toks)
    for key, a, b in side_words(doc, toks, lo, hi, claimant):
        if b in sources and sources[b][0] != "other":
            continue  # "Украинский Генштаб оценивает ...": the source's adjective, not whose losses
        if a > 0 and a in _source_ends(doc, toks, sources) and not is_actor(doc, toks, b, a) \
                and not text_between(doc.text, toks[a - 1].end, toks[a].start).strip():
            continue  # "уточнили в оборонном ведомстве России": the state a source's noun belongs to
        if not is_actor(doc, toks, b, a):
            votes[key] = votes.get(key, 0) + weight
        elif (opp := opponent(doc.profile, key)) is not None:
            votes[opp] = votes.get(opp, 0) + 2
    return votes


def _source_ends(doc: DocText, toks: list[Token], sources: dict[int, tuple[str, int]]) -> set[int]:
    """Where a source's name or a body's noun pointing back to one ends ("Минобороны", "в военном ведомстве"): a side
    word right there, no mark between, is the state it belongs to ("Минобороны: ВСУ потеряли" is whose losses)."""
    ends = {end for _key, end in sources.values()}
    if "same_source" in doc.lang.grammar["context"].keys_in(toks):
        ends |= {b for _k, _a, b in doc.lang.grammar["context"].find_all(toks, key="same_source")}
    return ends


def _most_voted(votes: dict[str, int]) -> str:
    """The side of the most votes; of a tie, the one voted for first (as ``Counter.most_common`` picks)."""
    return max(votes, key=votes.__getitem__)


def _enemy_of_no_one_yet(doc: DocText, toks: list[Token], at: int, claimant: str | None) -> bool:
    """"Всего ... враг потерял": "the enemy" read before the figure's source is known (a source named in the
    sentences before, carried on later) is whose enemy is still to be settled, not a side the text states."""
    hit = doc.lang.sides.starts(toks).get(at) if claimant is None else None
    return hit is not None and hit[0] == "enemy"


def opponent(profile: Profile, side: str) -> str | None:
    s = profile.sides.get(side)
    return s.opponent if s else None


def side_of(doc: DocText, sent: Sentence, number: Number, category: str, noun: tuple[int, int] | None,
          lo: int, claimant: str | None, listed: str | None = None) -> tuple[str | None, bool]:
    """(side, whether the text itself says it): the noun phrase ("1239 російських танків", "30 бойцов ВСУ"),
    the list's heading, the clause's subject ("втрати росії", "ВСУ потеряли"), else the sentence's side
    words and whose losses the claimant usually reports (a guess, redone once the claimant is known)."""
    memo = sent.tokens.memo if isinstance(sent.tokens, Tokens) else None
    if memo is None:
        return _read_side(doc, sent, number, category, noun, subject_past_aside(doc, sent.tokens, lo), claimant,
                          listed)
    # (asked again of the figures whose side the text does not state, once the document is read: the same
    # answer where the claimant is the same)
    mkey = ("side_of", number.first_token, number.last_token, category, noun, lo, claimant, listed)
    found: tuple[str | None, bool] | None = memo.get(mkey)
    if found is None:
        # (the clause taken back over a source set off by commas: "Украина, по оценке журнала, могла потерять")
        found = memo[mkey] = _read_side(doc, sent, number, category, noun, subject_past_aside(doc, sent.tokens, lo),
                                        claimant, listed)
    return found


def _read_side(doc: DocText, sent: Sentence, number: Number, category: str, noun: tuple[int, int] | None,
               lo: int, claimant: str | None, listed: str | None) -> tuple[str | None, bool]:
    toks = sent.tokens
    own = doc.lang.grammar["context"]
    np_lo = number.last_token + 1
    np_hi = (noun[1] if noun else np_lo)
    tail = np_hi
    while tail < min(len(toks), np_hi + 3):
        between = text_between(doc.text, toks[tail - 1].end, toks[tail].start) if tail > 0 else ""
        # (a gap of one space, most, holds no mark: no pattern is run on it)
        if (between != " " and PUNCT_OR_DASH.search(between)) \
                or tags(toks[tail].low, doc.lang.code) & {"PREP", "CONJ"}:
            break
        tail += 1
    for key, a, b in side_words(doc, toks, np_lo, tail, claimant):
        if a < np_hi or not is_actor(doc, toks, b, a):
            return key, not _enemy_of_no_one_yet(doc, toks, a, claimant)
    owner = doc.lang.sides.starts(toks).get(np_hi) if noun and np_hi < len(toks) else None
    if owner is not None and owner[0] in doc.profile.sides and doc.profile.sides[owner[0]].opponent \
            and not is_actor(doc, toks, owner[1], np_hi) \
            and not PUNCT_OR_DASH.search(text_between(doc.text, toks[np_hi - 1].end, toks[np_hi].start)):
        return owner[0], True  # "3 військовослужбовці ЗСУ": the army named after the noun (though it also reports)
    if category == "civilians":
        # a figure for civilians is the speaking side's own; else the text's (settled with the document)
        return doc.profile.own_side(claimant), False
    if listed:
        return listed, True
    if (pointed := owners_side(doc, sent, 0, number.first_token)) is not None:
        return pointed, True  # "В общей сложности его потери превысили 1,4 миллиона": the side counted before
    # "ми втрачаємо": the claimant's own side; "Минобороны признало смерть": its own losses
    if (speaks_of_own(doc, toks, lo, number.first_token) or first_hit(own, "admit", toks, 0, number.first_token)) \
            and claimant and doc.profile.own_side(claimant):
        return doc.profile.own_side(claimant), True
    # ("Украина получила 1 000 тел, Россия — 41": the second side's, its verb and noun left out)
    handed = _bodies_recipient(doc, toks, lo, number.first_token, claimant) \
        or elided_recipient(doc, toks, number.first_token)
    if handed is not None:
        return handed, True
    votes = _side_votes(doc, toks, lo, number.first_token, weight=3, claimant=claimant)
    if votes:
        return _most_voted(votes), not all(
            _enemy_of_no_one_yet(doc, toks, a, claimant) for _k, a, _b in side_words(doc, toks, lo, number.first_token))
    war_side = other_war_side(doc, toks) if category in PEOPLE else None
    if war_side is not None:
        return war_side, True  # "за 10 лет Афганской войны погибли ...": the dead of the war the sentence names
    at_war = participants_side(doc, toks, category)
    if at_war is not None:
        return at_war, True  # ("погибли 48 участников так называемой СВО": those at a side's war by its name, its own)
    if category == "people":
        # victims of unknown status: the speaker's own, unless the clause said otherwise
        return doc.profile.own_side(claimant), False
    # a side the sentence names outweighs whose losses the claimant usually reports
    votes = _side_votes(doc, toks, 0, before_another_source(doc, toks, number.last_token), weight=2, claimant=claimant)
    named = own_war_names(doc, toks) if category in PEOPLE else []
    if named and not votes and not own.find_all(toks, key="destroy_verbs"):
        # "погибли в зоне СВО": the dead of the side whose name for the war it is, whoever reports them
        # ("в ходе СВО уничтожены 300 военнослужащих" is someone's doing to the other side)
        return named[0][0], True
    own_side = doc.profile.own_side(claimant) if claimant else None
    if category == "personnel" and not votes and own_side and own.find_all(toks, key="died") \
            and not own.find_all(toks, key="destroy_verbs") \
            and claimant in doc.lang.raw["profile"].get("defaults", {}).get("own_dead_claimants", ()):
        # "оба члена экипажа погибли, сообщил губернатор": soldiers an official says died, no side named, are
        # his own side's (profiles' own_dead_claimants)
        return own_side, False
    if category == "personnel" and not votes and claimant is None \
            and (counted := newsrooms_dead_side(doc, toks, number.first_token)) is not None:
        return counted, False  # ("За підрахунками редакції, загинули 120 військових": the text's own side's dead)
    if category == "personnel" and not votes \
            and (home := buried_side(doc, toks) or fallen_of_a_trade_side(doc, toks, noun)
                 or losing_community_side(doc, toks, number.first_token)
                 or district_side(doc, toks, noun)) is not None:
        # ("громада поховала 63 військових", "на фронті загинули 60 спортсменів": the text's own; "Бурятия потеряла
        # 500 военных": the place's; "57 мобилизованных из района": the state of the text's places)
        return home, False
    target = doc.profile.usual_target(claimant) if claimant else None
    if target:
        votes[target] = votes.get(target, 0) + 1
    if votes:
        return _most_voted(votes), False
    return None, False


def _bodies_recipient(doc: DocText, toks: list[Token], lo: int, first: int, claimant: str | None) -> str | None:
    """"Россия вернула Украине тела 1000 погибших": bodies handed over are the recipient's dead, named in the dative
    ("Украине"); a giver named alone in the nominative ("Украина передала тела") hands over its enemy's."""
    ctx = doc.lang.grammar["context"]
    if not starts_between(ctx, "bodies_of", toks, max(0, first - 2), first):
        return None  # (most figures: no bodies counted)
    received = first_hit(ctx, "bodies_received", toks, lo, first) is not None
    handed = first_hit(ctx, "bodies_handed", toks, lo, first) is not None
    recipient = giver = None
    for key, a, b in side_words(doc, toks, lo, first, claimant):
        if a > 0 and ctx.match(toks, a - 1, key="bodies_from"):
            giver = giver or key  # "получила от России тела"
            continue
        found = tags(toks[b - 1].low, doc.lang.code)
        if "Fixd" in found or b - a != 1:
            continue  # ("ВСУ", "РФ" read in any case: no telling giver from recipient)
        if "datv" in found and "nomn" not in found:
            recipient = recipient or key
        elif "nomn" in found and "datv" not in found:
            if received:
                recipient = recipient or key  # "Украина получила тела"
            elif handed:
                giver = giver or key  # "Украина передала тела" ("вернула тела" may be brought home: no telling)
    if recipient is not None:
        return recipient
    return opponent(doc.profile, giver) if giver is not None else None


def speaks_of_own(doc: DocText, toks: list[Token], lo: int, hi: int) -> bool:
    """"ми втратили", "наши потери": a word of the speaker's own side in ``toks[lo:hi]``, unless the enemy is
    named after it ("на нашій ділянці противник втратив": the enemy, on our sector, lost)."""
    # (not the doer: "Наші оператори дронів знищили два танки" are the enemy's tanks)
    owns = [h for h in doc.lang.grammar["context"].find_all(toks, lo, hi, "own") if not is_actor(doc, toks, h[2], h[1])]
    if not owns:
        return False
    named = [(key, a) for key, a, b in doc.lang.sides.find_all(toks, lo, hi) if not is_actor(doc, toks, b, a)]
    if not named:
        return True
    # (a side named: "ворог втратив на нашій ділянці", our word after a word of place names where, not whose)
    ctx = doc.lang.grammar["context"]
    owns = [h for h in owns if h[1] < 1 or ctx.match(toks, h[1] - 1, h[1], "place_before") is None]
    enemies = [a for key, a in named if key == "enemy"]
    return bool(owns) and (not enemies or max(enemies) < owns[-1][1])


def other_war_side(doc: DocText, toks: list[Token]) -> str | None:
    """The side that fought the past war a sentence names ("Афганская война", "чеченські війни"), if one."""
    memo = toks.memo if isinstance(toks, Tokens) else {}
    if ("other_war",) not in memo:
        table = doc.lang.other_wars
        hits = table.find_all(toks) if table is not None else []
        memo[("other_war",)] = hits[0][0] if hits else None
    found: str | None = memo[("other_war",)]
    return found


def in_care(doc: DocText, toks: list[Token]) -> bool:
    """A sentence naming a place of care ("лікарня", "госпиталь") and no strike, destruction or other word of
    civilians' harm: one about those it treats (assaults at the front may be why they are there)."""
    ctx = doc.lang.grammar["context"]
    care = {a for _k, a, _b in ctx.find_all(toks, key="in_care")}
    return bool(care) and not ctx.find_all(toks, key="destroy_verbs") \
        and all(a in care for _k, a, _b in doc.lang.civilian_context.find_all(toks))


def people_category(doc: DocText, sent: Sentence, noun: tuple[int, int], *, carry: bool = True) -> str:
    """"людей", "человек": soldiers in a sentence about the army, civilians in one about strikes on homes,
    else (``carry``: people with no noun of a group of their own) those counted just before in the paragraph,
    else what the document speaks of more, else people. The attacker ("атаки ВСУ") is no context."""
    toks = sent.tokens
    memo = toks.memo if isinstance(toks, Tokens) else {}
    found: str | None = memo.get(("people_category", carry))
    if found is None:  # (the sentence's words decide, whichever of its figures asks)
        attacks = {b + k for _k, _a, b in doc.lang.grammar["context"].find_all(toks, key="attack") for k in (0, 1)}
        mil = [h for h in doc.lang.military_context.find_all(toks) if h[1] not in attacks
               and not war_of_the_span(doc, toks, h[1])]  # (not "від початку війни": the span's war)
        civ = doc.lang.civilian_context.find_all(toks)
        if civ and in_care(doc, toks):
            # ("Щодоби до лікарні надходять 40 поранених": a hospital the wounded are brought to, not one struck)
            civ = []
        # (the source's own words only where the rest of the sentence has none: "погибли, сообщили в военной
        # администрации" are civilians, "члены экипажа бомбардировщика погибли, сообщил губернатор" soldiers)
        sources = [(a, b) for _k, a, b in doc.lang.claimants.find_all(toks)] if mil or civ else []
        mil_out = [h for h in mil if not any(a <= h[1] < b for a, b in sources)]
        civ_out = [h for h in civ if not any(a <= h[1] < b for a, b in sources)]
        if mil_out or civ_out:
            mil, civ = mil_out, civ_out
        # (else the soldiers or civilians counted just before in the paragraph: "По подсчетам издания, погибли 1 140
        # мобилизованных. Только с начала года установлены имена 96 погибших"; else the document's)
        before = doc.mentions[-1] if doc.mentions else None
        if mil or civ:
            found = "personnel" if len(mil) > len(civ) else "civilians"
        elif carry and before is not None and before.sentence.paragraph == sent.paragraph \
                and before.sentence is not sent and before.category in ("personnel", "civilians"):
            found = before.category
        else:
            found = "civilians" if doc.civilian_doc else "people"
        memo[("people_category", carry)] = found
    return found
