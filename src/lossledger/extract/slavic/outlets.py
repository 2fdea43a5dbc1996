"""An outlet or a project named right after a verb of counting ("..., підрахувала LIGA.net", "..., подсчитал
«Коммерсантъ»"): its own count, a source of its own (``other``), whatever its name; the outlet "издание" stands for."""

from __future__ import annotations

import re

from ...languages.morphology import Token, tags
from .mentions import DocText, text_between
from .sentences import Sentence

#: a name in Latin letters ("LIGA", "RTVI", "Meduza")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z]+")


def counted_by_name(doc: DocText, toks: list[Token], hits: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """("other", first, end) for each name in Latin letters or in quotes right after a verb of counting that no source
    found so far covers."""
    out: list[tuple[str, int, int]] = []
    for _key, _a, b in doc.lang.grammar["context"].find_all(toks, key="counted_by"):
        if b >= len(toks) or any(h[1] <= b < h[2] for h in hits) or not toks[b].text[:1].isupper():
            continue
        gap = text_between(doc.text, toks[b - 1].end, toks[b].start).strip()
        if gap == "" and _LATIN_NAME.fullmatch(toks[b].text):
            out.append(("other", b, b + 1))
        elif gap == "«":
            close = next((k for k in range(b + 1, min(len(toks), b + 4) + 1)
                          if "»" in text_between(doc.text, toks[k - 1].end, toks[k].start if k < len(toks) else
                                                 toks[k - 1].end + 2)), None)
            if close is not None:
                out.append(("other", b, close))
    return out


def counted_here(doc: DocText, toks: list[Token], key: str, text: str) -> bool:
    """Whether the source (``key``, ``text``) is named right after a verb of counting ("..., підрахувала LIGA.net",
    "..., подсчитало издание"): an average it works out is its sentence's own, not a report the sentences after it go
    on with ("По их данным, ..." after a count of names does go on with it)."""
    if key != "other" or not text:
        return False
    first = text.split()[0].strip("«»\"")
    return any(toks[j].text == first for _k, _a, b in doc.lang.grammar["context"].find_all(toks, key="counted_by")
               for j in range(b, min(len(toks), b + 2)))


def opens_on(doc: DocText, before: Sentence, hit: tuple[str, int, int], sent: Sentence,
             generic: tuple[str, int, int] | None) -> bool:
    """Whether the source ``hit`` opens ``before``, the sentence right before ``sent`` in its paragraph: the subject of
    the paragraph so far ("«Медиазона» обновила список погибших. По данным издания, ..."), the outlet ``sent``'s
    "издание" stands for even with no figure of its own in that sentence; not when a name follows the noun
    ("издание «Idel.Реалии»"). So too a source named right after a verb of counting in a sentence before ("вынесли 9
    тысяч приговоров, подсчитала «Медиазона». ... По оценке издания, ..."): the outlet that counts, though what it
    counted there was no loss."""
    if generic is not None and any(b == hit[1] for _k, _a, b in doc.lang.grammar["context"].find_all(
            before.tokens, max(0, hit[1] - 2), hit[1], key="counted_by")):
        return True
    if hit[1] != 0 or generic is None or before.paragraph != sent.paragraph or before.end > sent.start \
            or sent.start - before.end > 3:
        return False
    toks = sent.tokens
    return generic[2] >= len(toks) or not toks[generic[2]].text[:1].isupper()


def plural_adjective(token: Token, code: str) -> bool:
    """A plural adjective ("Независимые издания оценивают": outlets, several and unnamed, no one outlet)."""
    t = tags(token.low, code)
    return "ADJF" in t and "plur" in t and "sing" not in t and "NOUN" not in t  # (not "за даними": data, a noun)


#: how many words an outlet's name on a closing credit line may have ("Джерело: Суспільне Одеса")
_CREDIT_WORDS = 5


def credited_outlet(doc: DocText, toks: list[Token], hits: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """("other", first, end) for an outlet named alone on a credit line ("Джерело: Суспільне Одеса", "Источник: РИА
    Новости": grammar ``context.credit_line`` and a colon, then a capitalised name no source's words know, no figure):
    the outlet relaying the item, a source of its own kind (``other``) for the figures before that name no body."""
    if hits or not 2 <= len(toks) <= _CREDIT_WORDS + 1 \
            or doc.lang.grammar["context"].match(toks, 0, key="credit_line") != ("credit_line", 1) \
            or text_between(doc.text, toks[0].end, toks[1].start).strip() != ":" \
            or not toks[1].text[:1].isupper() or any(t.low[:1].isdigit() for t in toks) \
            or any("VERB" in tags(t.low, doc.lang.code) for t in toks[1:]):
        return []
    return [("other", 1, len(toks))]
