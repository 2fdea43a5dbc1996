"""What a funeral, a trade or a captivity tells of sides and sources: whom a funeral was for is no source ("провели в
останню путь ... командира відділення"); soldiers a community buries, and people of a trade who died at the front,
are the text's own side's ("громада поховала 63 військових", "на фронті загинули 60 спортсменів"); a side named
before the noun of captivity is the captor ("у російському полоні")."""

from __future__ import annotations

from ...languages.morphology import Token, lemmas, tags
from .mentions import DocText

#: the window after a funeral's phrase in which a noun is whom it was for ("в останню путь нашого земляка, старшого
#: сержанта, командира відділення")
_BURIED_WITHIN = 6


def not_buried(doc: DocText, toks: list[Token], hits: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``hits`` without the sources that stand after a funeral's phrase with no verb between (whom it was for; not
    "поховали двох воїнів, повідомив командир бригади")."""
    buried = [b for _k, _a, b in doc.lang.grammar["context"].find_all(toks, key="funeral")]
    if not buried:
        return hits  # (no funeral: most sentences)
    return [h for h in hits if not any(0 <= h[1] - b <= _BURIED_WITHIN and not any(
        "VERB" in tags(t.low, doc.lang.code) for t in toks[b:h[1]]) for b in buried)]


def buried_side(doc: DocText, toks: list[Token]) -> str | None:
    """The side whose dead the text mourns, where the sentence buries soldiers and destroys nothing; None otherwise."""
    ctx = doc.lang.grammar["context"]
    if not ctx.find_all(toks, key="funeral") or ctx.find_all(toks, key="destroy_verbs") or _names_whose(doc, toks):
        return None
    return fallen_side(doc)


def fallen_of_a_trade_side(doc: DocText, toks: list[Token], noun: tuple[int, int] | None) -> str | None:
    """The side whose dead the text mourns, where soldiers counted by a noun of a trade, not of the army ("60
    спортсменів", "40 працівників заводу"), died (not were killed by someone: no verb of destroying); None
    otherwise."""
    ctx = doc.lang.grammar["context"]
    named = doc.lang.categories.match(toks, noun[0]) if noun is not None else None
    if noun is not None and _own_soldiers_word(doc, toks[noun[0]]):
        named = None  # ("загинули двоє воїнів": the press's word of honour for its own, as a trade is)
    # (a trade the profile counts as civilians, "12 лікарів", at the front is a trade too: the sentence made them
    # soldiers, the army's own doctors)
    if noun is None or (named is not None and named[0] not in ("people", "civilians")) \
            or not (ctx.find_all(toks, key="died") or (named is None and _lost_verb(doc, toks))) \
            or ctx.find_all(toks, key="destroy_verbs") or _names_whose(doc, toks):
        return None  # (a soldier's noun, "60 військових", says nothing of the side: whose, the text's usual reading)
    return fallen_side(doc)


def _names_whose(doc: DocText, toks: list[Token]) -> bool:
    """Whether the sentence names a side or a place that may tell whose dead they are ("У Бурятії поховали", "у
    російських регіонах", "загинули в Україні"): a side word, or a capitalised name after a word of place."""
    if doc.lang.sides.find_all(toks) or doc.lang.places.find_all(toks):
        return True
    ctx = doc.lang.grammar["context"]
    return any(toks[k].text[:1].isupper() and ctx.match(toks, k - 1, k, "place_before") is not None
               for k in range(1, len(toks)))


def fallen_side(doc: DocText) -> str | None:
    """The side whose dead the language's press mourns where it names none (profiles' ``fallen_side``)."""
    return doc.lang.defaults.fallen_side


def names_the_captor(doc: DocText, toks: list[Token], end: int) -> bool:
    """A side word ending at ``end`` right before the noun of captivity: "у російському полоні", "в украинском
    плену" name who holds the captives."""
    return end < len(toks) and doc.lang.grammar["spans"].match(toks, end, key="in_captivity") is not None


def _own_soldiers_word(doc: DocText, token: Token) -> bool:
    """Whether ``token`` is a word the language's press calls its own soldiers by (profiles' ``own_soldiers_words``)."""
    words = doc.lang.defaults.own_soldiers_words
    return bool(words) and not lemmas(token.low, doc.lang.code).isdisjoint(words)


def _lost_verb(doc: DocText, toks: list[Token]) -> bool:
    """Whether the sentence has a verb of losing ("громада втратила 27 своїх Героїв"): said of those counted by the
    press's word of honour, no side named, it is a loss of the text's own, as a death is."""
    for k in range(len(toks)):
        hit = doc.lang.outcomes_people.match(toks, k)
        if hit is not None and hit[0] == "losses" and "VERB" in tags(toks[k].low, doc.lang.code):
            return True
    return False
