"""Sides and claimants: whose loss and who says so."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...languages.morphology import Token, Tokens, tags, tokenize
from ...profiles import Profile
from .actor import is_actor
from .enemy_target import enemy_of_the_attacked
from .funeral import buried_side, fallen_of_a_trade_side, names_the_captor, not_buried
from .language import PEOPLE
from .losing_community import losing_community_side
from .mentions import DocText, first_hit, is_adjectival, starts_between, text_between, war_of_the_span
from .named_body import names_the_body_before, officials_of_a_region, state_of_the_place_named
from .numbers import Number
from .outlets import counted_by_name, opens_on, plural_adjective
from .saying import SAYING_KEYS, before_another_source, may_say, not_a_saying, side_of_a_back_reference
from .sentences import Sentence
from .unnamed_sources import body_in_capitals, kin_saying

# (patterns compiled once: several run for every number or every token)
_PUNCT = re.compile(r"[,.;:!?]")
_CLAUSE_END = re.compile(r"[,.;:!?—–]")
_PUNCT_OR_DASH = re.compile(r"[,.;:!?—–‒−(]")


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
            opp = _opponent(doc.profile, key)
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
    bodies = [(a, b) for _k, a, b in doc.lang.claimants.find_all(toks) if not _loses(doc, toks, b)]
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
        if a > 0 and ctx.match(toks, a - 1, key="place_before"):
            if names_the_captor(doc, toks, b):
                out.append((key, a, b, True))  # "у російському полоні": the captor's opponent was captured
            continue
        if attacks is None:  # (the attack nouns' places, once per sentence with a side word)
            attacks = {i for _k, i, _j in ctx.find_all(toks, key="attack")}
        # ("при штурме ВСУ потеряли": a name its clause's verb of losing follows is who lost, not the attacker)
        if a - 1 in attacks and a > 0 and _not_subject(doc, toks[a]) and not _loses(doc, toks, b):
            if _after_event_lead(doc, toks, a - 1):
                out.append((key, a, b, True))  # "в результате атаки украинских беспилотников": the target's losses
            continue
        if a - 2 in attacks and a > 1 and "gent" in tags(toks[a - 1].low, doc.lang.code) \
                and text_between(doc.text, toks[a - 2].end, toks[a].start).strip(" ") == toks[a - 1].text:
            continue  # "атаки беспилотника ВСУ", "удару дрона ЗСУ": the attacker, by its weapon
        if b in attacks and _after_event_lead(doc, toks, a):
            out.append((key, a, b, True))  # "внаслідок російської агресії": the attacker's, the target lost
            continue
        out.append((key, a, b, a > 0 and bool(ctx.match(toks, a - 1, key="against_before"))))
    return out


def _after_event_lead(doc: DocText, toks: list[Token], attack: int) -> bool:
    """"внаслідок (нічної) атаки", "в результате удара": the attack noun at ``attack`` names what caused the
    losses."""
    k = attack
    while k > 0 and is_adjectival(toks[k - 1], doc.lang.code):
        k -= 1
    spans = doc.lang.grammar["spans"]
    return any(b == k for _key, _a, b in spans.find_all(toks, max(0, k - 3), k, "event_lead"))


def _loses(doc: DocText, toks: list[Token], end: int) -> bool:
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


def _clause_verb(doc: DocText, toks: list[Token], end: int) -> int:
    """The first verb of the clause within a few words after ``end`` ("ЗСУ за цей час втратили", "ВСУ на этом
    направлении потеряли": a span or a place between the name and its verb), else ``len(toks)``."""
    subjects = doc.lang.sides.starts(toks)
    for k in range(end, min(len(toks), end + _NAME_TO_VERB)):
        if k > 0 and _CLAUSE_END.search(text_between(doc.text, toks[k - 1].end, toks[k].start)):
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


def bulletin_source(doc: DocText) -> SourceCue | None:
    key = str(doc.lang.raw["profile"].get("defaults", {}).get("bulletin_claimant") or "")
    return SourceCue(key, "", -1) if key else None


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
        if not is_actor(doc, toks, b, a):
            votes[key] = votes.get(key, 0) + weight
        elif (opp := _opponent(doc.profile, key)) is not None:
            votes[opp] = votes.get(opp, 0) + 2
    return votes


def _most_voted(votes: dict[str, int]) -> str:
    """The side of the most votes; of a tie, the one voted for first (as ``Counter.most_common`` picks)."""
    return max(votes, key=votes.__getitem__)


def _enemy_of_no_one_yet(doc: DocText, toks: list[Token], at: int, claimant: str | None) -> bool:
    """"Всего ... враг потерял": "the enemy" read before the figure's source is known (a source named in the
    sentences before, carried on later) is whose enemy is still to be settled, not a side the text states."""
    hit = doc.lang.sides.starts(toks).get(at) if claimant is None else None
    return hit is not None and hit[0] == "enemy"


def _opponent(profile: Profile, side: str) -> str | None:
    s = profile.sides.get(side)
    return s.opponent if s else None


def side_of(doc: DocText, sent: Sentence, number: Number, category: str, noun: tuple[int, int] | None,
          lo: int, claimant: str | None, listed: str | None = None) -> tuple[str | None, bool]:
    """(side, whether the text itself says it): the noun phrase ("1239 російських танків", "30 бойцов ВСУ"),
    the list's heading, the clause's subject ("втрати росії", "ВСУ потеряли"), else the sentence's side
    words and whose losses the claimant usually reports (a guess, redone once the claimant is known)."""
    memo = sent.tokens.memo if isinstance(sent.tokens, Tokens) else None
    if memo is None:
        return _read_side(doc, sent, number, category, noun, lo, claimant, listed)
    # (asked again of the figures whose side the text does not state, once the document is read: the same
    # answer where the claimant is the same)
    mkey = ("side_of", number.first_token, number.last_token, category, noun, lo, claimant, listed)
    found: tuple[str | None, bool] | None = memo.get(mkey)
    if found is None:
        found = memo[mkey] = _read_side(doc, sent, number, category, noun, lo, claimant, listed)
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
        if (between != " " and _PUNCT_OR_DASH.search(between)) \
                or tags(toks[tail].low, doc.lang.code) & {"PREP", "CONJ"}:
            break
        tail += 1
    for key, a, b in side_words(doc, toks, np_lo, tail, claimant):
        if a < np_hi or not is_actor(doc, toks, b, a):
            return key, not _enemy_of_no_one_yet(doc, toks, a, claimant)
    owner = doc.lang.sides.starts(toks).get(np_hi) if noun and np_hi < len(toks) else None
    if owner is not None and owner[0] in doc.profile.sides and doc.profile.sides[owner[0]].opponent \
            and not is_actor(doc, toks, owner[1], np_hi) \
            and not _PUNCT_OR_DASH.search(text_between(doc.text, toks[np_hi - 1].end, toks[np_hi].start)):
        return owner[0], True  # "3 військовослужбовці ЗСУ": the army named after the noun (though it also reports)
    if category == "civilians":
        # a figure for civilians is the speaking side's own; else the text's (settled with the document)
        return doc.profile.own_side(claimant), False
    if listed:
        return listed, True
    # "ми втрачаємо": the claimant's own side; "Минобороны признало смерть": its own losses
    if (speaks_of_own(doc, toks, lo, number.first_token) or first_hit(own, "admit", toks, 0, number.first_token)) \
            and claimant and doc.profile.own_side(claimant):
        return doc.profile.own_side(claimant), True
    handed = _bodies_recipient(doc, toks, lo, number.first_token, claimant)
    if handed is not None:
        return handed, True
    votes = _side_votes(doc, toks, lo, number.first_token, weight=3, claimant=claimant)
    if votes:
        return _most_voted(votes), not all(
            _enemy_of_no_one_yet(doc, toks, a, claimant) for _k, a, _b in side_words(doc, toks, lo, number.first_token))
    war_side = other_war_side(doc, toks) if category in PEOPLE else None
    if war_side is not None:
        return war_side, True  # "за 10 лет Афганской войны погибли ...": the dead of the war the sentence names
    if category == "people":
        # victims of unknown status: the speaker's own, unless the clause said otherwise
        return doc.profile.own_side(claimant), False
    # a side the sentence names outweighs whose losses the claimant usually reports
    votes = _side_votes(doc, toks, 0, before_another_source(doc, toks, number.last_token), weight=2, claimant=claimant)
    named = doc.lang.war_names.find_all(toks) if category in PEOPLE and doc.lang.war_names is not None else []
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
    if category == "personnel" and not votes \
            and (home := buried_side(doc, toks) or fallen_of_a_trade_side(doc, toks, noun)
                 or losing_community_side(doc, toks, number.first_token)) is not None:
        # ("громада поховала 63 військових", "на фронті загинули 60 спортсменів": the text's own; "Бурятия потеряла
        # 500 военных": the place's)
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
    return _opponent(doc.profile, giver) if giver is not None else None


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


@dataclass
class SourceCue:
    key: str
    text: str
    paragraph: int


def claimant_in(doc: DocText, sent: Sentence, near: int | None = None) -> SourceCue | None:
    """The source the sentence names (the one nearest ``near``, a token index, if given)."""
    memo = sent.tokens.memo if isinstance(sent.tokens, Tokens) else {}
    mkey = ("claimant", near)
    if mkey not in memo:
        memo[mkey] = _find_claimant(doc, sent, near)
    found: SourceCue | None = memo[mkey]
    return found


def _find_claimant(doc: DocText, sent: Sentence, near: int | None) -> SourceCue | None:
    found = _named_sources(doc, sent)
    if found is None:
        return None
    named, saying = found
    return _pick_source(doc, sent, named, saying, near)


_Hit = tuple[str, int, int]
#: a name written in Latin letters, capital first ("Baza", "SHOT", "DeepState")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z]+")
#: a dash alone between two words
_DASH_ONLY = re.compile(r"\s*[—–]\s*")


def _named_sources(doc: DocText, sent: Sentence) -> tuple[list[_Hit], list[_Hit]] | None:
    """The sources a sentence names as saying something, and its words of saying (whichever number asks)."""
    memo = sent.tokens.memo if isinstance(sent.tokens, Tokens) else {}
    if ("named_sources",) in memo:
        known: tuple[list[_Hit], list[_Hit]] | None = memo[("named_sources",)]
        return known
    memo[("named_sources",)] = found = _read_named_sources(doc, sent)
    return found


def _read_named_sources(doc: DocText, sent: Sentence) -> tuple[list[_Hit], list[_Hit]] | None:
    toks = sent.tokens
    ctx = doc.lang.grammar["context"]
    named = doc.lang.claimants.find_all(toks)
    if not named and not ctx.find_all(toks, key="report_verbs") and not ctx.find_all(toks, key="same_source") \
            and not ctx.find_all(toks, key="source_markers") \
            and not (toks and doc.text[toks[0].start - 1:toks[0].start] == "«"):
        return None  # (no source, word of saying, back-reference, source marker or quoted name: most sentences)
    if sent.kind != "heading" and not may_say(doc, sent):
        return None  # (no word of saying, colon or dash: the "not saying" at the end, known before the names are read)
    # ("ЗСУ втратили": who lost; "удару ЗСУ": who attacked; neither is a source)
    hits = local_officials(doc, sent, named)
    # "сообщил телеграм-канал «Рыбарь»": a channel is a source by its name, not "в своем телеграм-канале"
    hits = [h for h in hits if not (ctx.match(toks, h[1], h[2], "channel") and not (h[2] < len(toks) and (
        toks[h[2]].text[:1].isupper() or doc.text[toks[h[2]].start - 1:toks[h[2]].start] == "«")))]
    if hits:
        attack_ends = {b for _k, _a, b in ctx.find_all(toks, key="attack")}
        hits = [h for h in hits if h[1] not in attack_ends and not _loses(doc, toks, h[2])]
    # "по подсчетам издания, основанным на сводках оперштаба": what a count is based on is not its source
    based = [b for _k, _a, b in ctx.find_all(toks, key="based_on")]
    if based:
        hits = [h for h in hits if not any(0 <= h[1] - b <= 2 for b in based)]
    # ("проанализировали некрологи и сообщения районных администраций": the bodies whose words were read, not who
    # counted; "по открытым данным издание установило": the outlet named after them still counts)
    analysed = [b for _k, _a, b in ctx.find_all(toks, key="analysed")]
    if analysed:
        hits = [h for h in hits if h[0] == "other" or not any(0 <= h[1] - b <= 5 for b in analysed)]
    hits = not_buried(doc, toks, hits)  # ("провели в останню путь ... командира відділення": not a source)
    signed = {b for key in ("contract_with", "met_with") for _k, _a, b in ctx.find_all(toks, key=key)}
    if signed:
        # ("контракт с Минобороны", "на совещании с руководством Минобороны": a party to it)
        hits = [h for h in hits if h[1] not in signed]
    # "В ведомстве заявили": the body named before; "за підрахунками аналітиків": the analysts named before
    hits = [(_named_before(doc, sent, h) or h[0], h[1], h[2]) if h[0] == "other" and h[2] - h[1] == 1 else h
            for h in hits]
    for _k, a, b in ctx.find_all(toks, key="same_source"):
        if (key := _named_before(doc, sent, None, side_of_a_back_reference(doc, toks, a))) is not None:
            hits.append((key, a, b))
    # "«Верстка»: ...": a name in quotes opening the sentence with a colon is its source (an outlet's count)
    # (the opening quote looked at first: most sentences open with none, and the colon is not looked for)
    closed = next((k for k in range(1, min(len(toks), 5)) if doc.text[toks[k - 1].end:toks[k].start].strip() == "»:"),
                  None) if toks and doc.text[toks[0].start - 1:toks[0].start] == "«" else None
    # ("«Их просто бросили»: как воюет ...", "«Поранених везуть цілодобово»: головний лікар ...": words quoted with a
    # verb of their own are speech, not an outlet's name)
    if closed is not None and toks[0].text[:1].isupper() \
            and not any(h[1] < closed for h in hits) and not any(
                "VERB" in (found := tags(t.low, doc.lang.code)) and not found & {"infn", "INFN", "NOUN"}
                for t in toks[:closed]):
        hits.append(("other", 0, closed))
    # "По подсчетам «Фонтанки»", "за даними «Книги пам'яті»": a name in quotes after a source marker is its source
    for _k, _a, b in ctx.find_all(toks, key="source_markers"):
        if b < len(toks) and doc.text[toks[b].start - 1:toks[b].start] == "«" and toks[b].text[:1].isupper() \
                and not any(h[1] <= b < h[2] for h in hits):
            close = next((k for k in range(b + 1, min(len(toks), b + 5))
                          if "»" in text_between(doc.text, toks[k - 1].end, toks[k].start)), None)
            if close is not None:
                hits.append(("other", b, close))
        elif b < len(toks) and _LATIN_NAME.fullmatch(toks[b].text) and not any(h[1] <= b < h[2] for h in hits):
            hits.append(("other", b, b + 1))  # "по информации Baza", "за даними DeepState": a name in Latin letters
    hits += kin_saying(doc, toks, hits)
    # "Росія офіційно повідомляла": a side's name as the subject of a verb of saying
    verbs = doc.lang.grammar["context"]
    hits += body_in_capitals(doc, toks, hits)
    hits += counted_by_name(doc, toks, hits)  # "..., підрахувала LIGA.net": an outlet's own count
    if not hits and not verbs.find_all(toks, key="report_verbs"):
        return None  # (no source named, and no verb of saying to make one: most sentences)
    named_at = {i for _k, a, b in hits for i in range(a, b)}
    for key, a, b in doc.lang.sides.find_all(toks):
        # ("Украинский Генштаб сообщил"; not "ВСУ, сообщило МО"; or after a verb of saying and "в": "..., сообщили в
        # ВСУ")
        if key in doc.lang.state_claimants and toks[a].text[:1].isupper() and a not in named_at \
                and b not in {h[1] for h in hits} and (any(verbs.match(toks, k, key="report_verbs") for k in range(
                    b, min(len(toks), b + 3) if doc.text[toks[b - 1].end:toks[b - 1].end + 1] != "," else b))
                    or (a >= 2 and verbs.match(toks, a - 1, a, "at_body")
                        and any(e == a - 1 for _k, _s, e in verbs.find_all(toks, key="report_verbs")))):
            hits.append((doc.lang.state_claimants[key], a, b))
    # "«Фонтанка» установила имена": a name in quotes saying it is a source of its own (an outlet's count)
    for _k, verb, _e in verbs.find_all(toks, key="report_verbs"):
        # ("«Новая газета Европа» вместе с волонтерами установила": the outlet named before its partners)
        v = next((k for k in range(max(1, verb - 4), verb) if (w := verbs.match(toks, k, key="together_with"))
                  and doc.text[toks[k - 1].end:toks[k - 1].end + 1] == "»"
                  and not re.search(r"[,;:.]", text_between(doc.text, toks[w[1] - 1].end, toks[verb].start))), verb)
        if v < 1 or doc.text[toks[v - 1].end:toks[v - 1].end + 1] != "»":
            continue
        opened = next((j for j in range(v - 1, max(-1, v - 5), -1)
                       if doc.text[toks[j].start - 1:toks[j].start] == "«"), None)
        if opened is not None and toks[opened].text[:1].isupper() \
                and not any(h[1] < v and opened < h[2] and h[0] not in doc.lang.state_claimants.values() for h in hits):
            # ("«Українська правда»": a side's name inside the quotes is the outlet's, not the state's)
            hits = [h for h in hits if not (opened <= h[1] < v)] + [("other", opened, v)]
    if not hits:
        return None
    # ("якого вважали загиблим": what was thought of someone, not a saying)
    saying = [h for k in SAYING_KEYS for h in verbs.find_all(toks, key=k) if not not_a_saying(doc, toks, h)]
    # "ISW: ...", "Минобороны РФ: ...": a source opening the sentence with a colon
    # ("Группировка «Центр»: ...": past the name the source goes by)
    opening = [h for h in hits if h[1] <= 1 and (end := _name_end(doc, toks, h[2])) < len(toks)
               and text_between(doc.text, toks[end - 1].end, toks[end].start).strip(" »\"").startswith(":")]
    if opening:
        saying.append(("opening", opening[0][2], opening[0][2]))
    # "... 1 300 військових — Генштаб.": a source closing the sentence after a dash
    closing = [h for h in hits if h[2] >= len(toks) - 1 and h[1] > 0
               and text_between(doc.text, toks[h[1] - 1].end, toks[h[1]].start).strip() in ("—", "–")]
    if closing:
        saying.append(("closing", closing[0][1], closing[0][1]))
    if sent.kind != "heading" and not saying:
        return None  # "авіацією Повітряних сил було завдано ударів": named, but not as the source
    interviews = [h[1] for h in verbs.find_all(toks, key="interview")]
    # "заявив він в інтерв'ю виданню": the outlet of an interview is not the source
    hits = [h for h in hits if not any(0 < h[1] - i <= 2 for i in interviews)]
    # "вертолет Ми-24 украинских воздушных сил": the owner of what was lost is not the source
    # (not a noun that is itself a source: "Журналісти «Медіазони»", "журналистам заявил представитель Минобороны")
    sources = {b for _k, _a, b in doc.lang.claimants.find_all(toks)}
    owners = {b for _k, _a, b in doc.lang.categories.find_all(toks) if b not in sources}
    # ("... 1 300 окупантів — Генштаб": after a dash, the source again; only the owners ending up to three
    # words before a name are looked at)
    if owners:
        hits = [h for h in hits if not any(end in owners and not _CLAUSE_END.search(
            text_between(doc.text, toks[end - 1].end, toks[h[1]].start)) for end in range(h[1] - 3, h[1] + 1))]
    if not hits:
        return None
    named = [h for h in hits if h[0] != "other"] or hits
    return named, saying


def _name_end(doc: DocText, toks: list[Token], b: int) -> int:
    """The end of the capitalised name after a source's title at ``toks[b]`` ("группировка «Центр»"), else ``b``."""
    end = b
    while end < len(toks) and end < b + 3 and toks[end].text[:1].isupper() and not toks[end].low.isdigit() \
            and not _PUNCT.search(text_between(doc.text, toks[end - 1].end, toks[end].start)):
        end += 1
    return end


def local_officials(doc: DocText, sent: Sentence, hits: list[_Hit]) -> list[_Hit]:
    """"сообщил мэр столицы": a city's head is an official of the state of the place named in the sentence, or
    else in the sentences just before; with no place named, no source. A ministry, a minister, an intelligence
    service or a commander the war's words do not name ("у Міністерстві молоді та спорту") is the state's named in
    its name, else the text's own state's (profiles' "state" words)."""
    hits = officials_of_a_region(doc, sent.tokens, hits)  # ("министр здравоохранения Курской области")
    if any(h[0] == "state" for h in hits):
        hits = [(_state_body(doc, sent, a, b) if k == "state" else k, a, b) for k, a, b in hits]
    if not any(h[0] == "local" for h in hits):
        return hits
    at = next((i for i, s in enumerate(doc.sentences) if s is sent), 0)
    state = None
    for s in [sent, *reversed(doc.sentences[max(0, at - 8):at])]:
        sides = {key for key, _a, _b in doc.lang.places.find_all(s.tokens)}
        if sides:
            state = doc.lang.state_claimants.get(sides.pop()) if len(sides) == 1 else None
            break
    if state is None:
        return [h for h in hits if h[0] != "local"]
    return [(state if k == "local" else k, a, b) for k, a, b in hits]


def _state_body(doc: DocText, sent: Sentence, start: int, end: int) -> str:
    """Whose a ministry or minister ``toks[start:end]`` is: the state a side word after it in its name names
    ("культури рф"), another government's where a capitalised name in the genitive follows ("закордонних справ
    Франції"), else the state of the text's own press (the opponent of whose losses it usually counts). A bare
    title ("– вважає міністр.") is the source of that title named in the sentences just before ("міністр оборони")."""
    toks = sent.tokens
    if end >= len(toks) or _PUNCT_OR_DASH.search(text_between(doc.text, toks[end - 1].end, toks[end].start)) \
            or "gent" not in tags(toks[end].low, doc.lang.code):
        at = doc.sentence_number.get(id(sent), 0)
        for s in reversed(doc.sentences[max(0, at - 8):at]):
            named = [k for k, a, b in doc.lang.claimants.find_all(s.tokens) if k != "state" and b - a > end - start
                     and any(not toks[start].lemmas.isdisjoint(t.lemmas) for t in s.tokens[a:b])]
            if named:
                return named[-1]
        # ("Ранее в министерстве сообщали": the body named before, as "в ведомстве")
        if (before := _named_before(doc, sent, None)) is not None:
            return before
    for k in range(end, min(len(toks), end + 4)):
        # (a body named at its clause's end, "источник в силовых структурах, погибли 12 военных ВСУ": no side after)
        if k >= end > 0 and _PUNCT_OR_DASH.search(text_between(doc.text, toks[k - 1].end, toks[k].start)):
            break
        side = doc.lang.sides.match(toks, k)
        if side is not None:
            return doc.lang.state_claimants.get(side[0], "other")
        found = tags(toks[k].low, doc.lang.code)
        # (a place the war's words know is no person's name the dictionary also reads it as: "Курської")
        if toks[k].text[:1].isupper() and "gent" in found \
                and (not found & {"Name", "Surn", "Patr"} or doc.lang.places.match(toks, k) is not None):
            return state_of_the_place_named(doc, toks, k)
    own = _opponent(doc.profile, default_side(doc) or "")
    return _own_states(doc, own or "", toks[start]) or doc.lang.state_claimants.get(own or "", "other")


def _own_states(doc: DocText, side: str, word: Token) -> str | None:
    """The key the war's words give the body ``word`` names with ``side``'s adjective ("українська розвідка": ua_mod),
    if they give one."""
    # (read from the language's words once, when first asked: the same for every document of the language)
    known = _OWN_STATES.get(id(doc.lang))
    if known is None or known[0] is not doc.lang:
        found: dict[tuple[str, str], str] = {}
        for key, phrases in doc.lang.raw["profile"].get("claimants", {}).items():
            for phrase in phrases:
                toks = tokenize(phrase, doc.lang.code)
                hit = doc.lang.sides.match(toks, 0) if len(toks) == 2 else None
                if hit is not None and hit[1] == 1:
                    for lemma in toks[1].lemmas:
                        found.setdefault((hit[0], lemma), key)
        known = _OWN_STATES[id(doc.lang)] = (doc.lang, found)
    table = known[1]
    return next((table[(side, lemma)] for lemma in word.lemmas if (side, lemma) in table), None)


#: {id of a language: (the language, {(side, lemma of a body's noun): the key of the side's body})}
_OWN_STATES: dict[int, tuple[Any, dict[tuple[str, str], str]]] = {}


def _named_before(doc: DocText, sent: Sentence, generic: _Hit | None, side: str | None = None) -> str | None:
    """The source a back-reference stands for, named in the sentences just before ``sent``: the last one named
    (``generic`` None: "відомство"; of ``side`` if named: "российского ведомства"), or the one a generic noun was
    the title of ("Аналітики ISW ... за підрахунками аналітиків")."""
    at = doc.sentence_number.get(id(sent), 0)
    word = sent.tokens[generic[1]].lemmas if generic is not None else None
    # "издание подтвердило": the counter of neither side named with figures before (an outlet only named, with no
    # figure of its own in its sentence, is not known to count)
    # ("Независимые издания оценивают": outlets, several and unnamed, are no one outlet named before)
    outlet = generic is not None and doc.lang.grammar["context"].match(sent.tokens, generic[1], generic[2], "outlet") \
        and not (generic[1] > 0 and plural_adjective(sent.tokens[generic[1] - 1], doc.lang.code))
    for s in reversed(doc.sentences[max(0, at - 8):at]):
        found = [h for h in local_officials(doc, s, doc.lang.claimants.find_all(s.tokens))
                 if not _owns_the_thing_before(doc, s.tokens, h[1])]
        if outlet:
            counters = [h for h in found if h[0] not in ("other", "local") and h[0] not in doc.profile.claimant_sides]
            if counters and (any(m.sentence is s for m in doc.mentions)
                             or opens_on(doc, s, counters[0], sent, generic)):
                return counters[-1][0]
            continue
        if word is None:
            named = [h for h in found if h[0] != "other" and side in (None, doc.profile.own_side(h[0]))]
            if named:
                return named[-1][0]
            continue
        for k1, a1, b1 in found:
            if k1 == "other" and b1 - a1 == 1 and not word.isdisjoint(s.tokens[a1].lemmas):
                title_of = next((k2 for k2, a2, _b2 in found if k2 != "other" and a2 in (b1, b1 + 1)), None)
                if title_of is not None:
                    return title_of
    return None


def _owns_the_thing_before(doc: DocText, toks: list[Token], at: int) -> bool:
    """"сбила самолет МиГ-29 Воздушных сил Украины": a body named right after a thing (its make between) is whose
    the thing is, named in passing: no one a back-reference ("по подсчетам ведомства") stands for."""
    ends = {b for key, _a, b in doc.lang.categories.find_all(toks) if key not in PEOPLE}
    k = at
    while at - 3 < k and k > 0 and k not in ends and (
            any(c.isdigit() for c in toks[k - 1].text) or doc.text[toks[k - 1].end:toks[k].start] == "-"):
        k -= 1  # (back over the make: "МиГ-29", "M777")
    return k in ends and not _PUNCT_OR_DASH.search(text_between(doc.text, toks[k - 1].end, toks[at].start))


def _pick_source(doc: DocText, sent: Sentence, named: list[_Hit], saying: list[_Hit],
                 near: int | None) -> SourceCue | None:
    toks = sent.tokens

    def distance_to_saying(h: tuple[str, int, int]) -> int:
        if near is not None and h[2] == near and _DASH_ONLY.fullmatch(doc.text, toks[near - 1].end, toks[near].start):
            return 0  # "..., Минобороны России — что ...": the dash stands for the verb of saying
        return min((min(abs(h[1] - s[2]), abs(s[1] - h[2])) for s in saying), default=99)

    if near is not None:
        key, a, b = min(named, key=lambda h: (distance_to_saying(h) > 3, abs(h[1] - near)))
    else:
        key, a, b = min(named, key=lambda h: (distance_to_saying(h) > 3, h[1]))
    # the name after the title: "міністр оборони Олексій Резніков"
    while b < len(toks) and b < a + 8 and toks[b].text[:1].isupper() and not toks[b].low.isdigit() \
            and not _PUNCT.search(text_between(doc.text, toks[b - 1].end, toks[b].start)):
        b += 1
    return SourceCue(key, doc.text[toks[a].start:toks[b - 1].end], sent.paragraph)
