"""Who did it: a side word before a verb of destroying ("Сили оборони знищили"), or in the nominative right after
an active one ("55 танків знищили українські військові"), is the doer, not what was lost."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ...languages.morphology import Token, Tokens, tags
from .language import PEOPLE
from .mentions import DocText, agent_of_a_participle, text_between

_CLAUSE_END = re.compile(r"[,.;:!?—–]")


def is_actor(doc: DocText, toks: list[Token], end: int, start: int | None = None) -> bool:
    """A side word followed by a verb of destroying ("Сили оборони знищили", "ВС России уничтожили"). Before
    a passive ("уничтожены", "знищено") the side word ``toks[start:end]`` is the doer only in the
    instrumental ("российскими военными уничтожены"); else it names what was destroyed ("около 150
    украинских боевиков и уничтожены 6 бронемашин")."""
    memo = toks.memo if isinstance(toks, Tokens) else None
    if memo is None:
        return _read_actor(doc, toks, end, start)
    mkey = ("is_actor", end, start)  # (asked of the same side word by every figure of its sentence)
    found: bool | None = memo.get(mkey)
    if found is None:
        found = memo[mkey] = _read_actor(doc, toks, end, start)
    return found


def _read_actor(doc: DocText, toks: list[Token], end: int, start: int | None) -> bool:
    # (``destroy_verb`` inline: the sentence's verbs of destroying read once, each word's tags looked up once)
    verbs = doc.lang.grammar["context"].starts(toks, "destroy_verbs")
    if start is not None and (_subject_after_verb(doc, toks, start, end)
                              or (verbs and _agent_after_passive(doc, toks, start, end, verbs))):
        return True
    if start is not None and _possessor(doc, toks, start, end):
        return False  # "уразила 58 позицій ворога і знищила 3 танки": the enemy owns the positions, did not destroy
    text, code = doc.text, doc.lang.code
    window = range(end, min(len(toks), end + 14))  # (past a span and a place: "в ніч на 21 травня біля ...")
    for k in window if not verbs.keys().isdisjoint(window) and not agent_of_a_participle(doc, toks, start) else ():
        if k > end and _CLAUSE_END.search(text, toks[k - 1].end, toks[k].start):
            break  # "российские средства ПВО за сутки сбили": up to the clause's end
        found = tags(toks[k].low, code)
        if k not in verbs or not found & _VERB_FORMS:
            if _only_verb(found):
                break  # "ВСУ потеряли ... и уничтожили": the clause's own verb comes first
            continue  # "Российские военные с начала специальной военной операции уничтожили": past a span
        passive = start is not None and bool(found & _PASSIVE)
        return not passive or any(_only_instrumental(tags(t.low, doc.lang.code)) for t in toks[start:end])
    return False


def _subject_after_verb(doc: DocText, toks: list[Token], start: int, end: int) -> bool:
    """"55 танків знищили українські військові": a side word in the nominative right after an active verb of
    destroying, before people or nothing (not "знищили українські танки": the object), is the doer."""
    if start < 1 or not destroy_verb(doc, toks, start - 1) or tags(toks[start - 1].low, doc.lang.code) & _PASSIVE:
        return False
    if _CLAUSE_END.search(text_between(doc.text, toks[start - 1].end, toks[start].start)):
        return False
    if "nomn" not in tags(toks[start].low, doc.lang.code):
        return False
    after = doc.lang.categories.match(toks, end) if end < len(toks) else None
    return after is None or after[0] in PEOPLE


def _agent_after_passive(doc: DocText, toks: list[Token], start: int, end: int, verbs: Mapping[int, object]) -> bool:
    """"33 танки захоплено українськими підрозділами", "знищено 12 танків українськими військовими": a side word in
    the instrumental after a passive verb of destroying of its clause (the nearest of ``verbs``, where the sentence's
    phrases of destroying start) is who did it, not what was lost."""
    k = max((v for v in verbs if v < start), default=None)
    if k is None or not any(_only_instrumental(tags(t.low, doc.lang.code)) for t in toks[start:end]):
        return False  # (no verb of destroying before it, or no instrumental: most side words)
    return not _CLAUSE_END.search(doc.text, toks[k].end, toks[start].start) \
        and destroy_verb(doc, toks, k) and bool(tags(toks[k].low, doc.lang.code) & _PASSIVE)


def _possessor(doc: DocText, toks: list[Token], start: int, end: int) -> bool:
    """"позицій ворога", "позиций противника": a side word right after a noun, none of its words nominative, is
    whose that noun is (the genitive), not a subject that could do the destroying."""
    if start < 1 or _CLAUSE_END.search(text_between(doc.text, toks[start - 1].end, toks[start].start)):
        return False
    code = doc.lang.code
    if "NOUN" not in tags(toks[start - 1].low, code):
        return False
    words = [tags(t.low, code) for t in toks[start:end]]
    return all(found and "UNKN" not in found and "nomn" not in found for found in words)


def _only_verb(found: frozenset[str]) -> bool:
    """A finite verb that cannot be read as a noun ("потеряли", not "начала")."""
    return "VERB" in found and "NOUN" not in found


def _only_instrumental(found: frozenset[str]) -> bool:
    """"російськими", "силами": the instrumental, not a form that may also be another case ("российской")."""
    return "ablt" in found and not found & {"nomn", "gent", "accs"}


#: Tags of passive forms: participles ("уничтожены") and the impersonal "-но/-то" ("знищено", "збито").
_PASSIVE = frozenset({"pssv", "Impe"})


def destroy_verb(doc: DocText, toks: list[Token], k: int) -> bool:
    """``toks[k]`` is a verb of destroying or killing, active or passive ("знищили", "уничтожены", "сбит"):
    someone did it to the other side ("загинули" is not one, nor a participle in the instrumental: "Украина потеряла
    убитыми" says how a side lost its own)."""
    if not doc.lang.grammar["context"].match(toks, k, key="destroy_verbs"):
        return False
    found = tags(toks[k].low, doc.lang.code)
    return bool(found & _VERB_FORMS) and not ("PRTF" in found and _only_instrumental(found))


#: Tags of a verb's forms: finite, short and full participles, adverbial participles.
_VERB_FORMS = frozenset({"VERB", "PRTS", "PRTF", "GRND"})


def destroyed_after_auxiliary(doc: DocText, toks: list[Token]) -> bool:
    """"літак був збитий", "танки були знищені": a passive participle of destroying after a past form of the
    auxiliary (grammar ``auxiliary_words``) is its clause's verb, as "було збито" and "был сбит" are (Ukrainian tags
    its full participles as adjectives, whose lemma is no verb of ``destroy_verbs``)."""
    auxiliary = doc.lang.raw["grammar"].get("auxiliary_words", ())
    return any(toks[k - 1].low in auxiliary and "pssv" in tags(toks[k].low, doc.lang.code)
               and (hit := doc.lang.outcomes_equipment.match(toks, k)) is not None and hit[0] == "destroyed"
               for k in range(1, len(toks)))
