"""A clause set off by commas inside another (an aside, a clause describing the noun before it): where the outer
clause goes on past it."""

from __future__ import annotations

from ...languages.morphology import tags
from .language import NUMBER_WORD
from .mentions import DocText, clause_bounds, text_between
from .numbers import Number
from .sentences import Sentence


def past_an_aside(doc: DocText, sent: Sentence, hi: int) -> int:
    """The end of the clause after a short aside set off by commas that opens with a word of breakdown and holds
    no figure ("ще семеро, в том числе ребенок, получили ранения"): the words after it finish the clause."""
    toks = sent.tokens
    if hi >= len(toks) or text_between(doc.text, toks[hi - 1].end, toks[hi].start).strip() != ",":
        return hi
    opener = doc.lang.grammar["context"].match(toks, hi, key="continuation")
    if opener is None:
        return hi
    kinds = doc.lang.token_kinds(toks)[0]
    for k in range(opener[1], min(len(toks), opener[1] + 3)):
        if toks[k].low.isdigit() or kinds[k] & NUMBER_WORD:
            return hi
        if k + 1 < len(toks) and text_between(doc.text, toks[k].end, toks[k + 1].start).strip() == ",":
            return clause_bounds(doc, sent, Number(toks[k + 1].start, toks[k + 1].end, 0.0, None, False,
                                                   k + 1, k + 1))[1]
    return hi


def past_a_describing_clause(doc: DocText, sent: Sentence, hi: int) -> int:
    """The end of the clause after one set off by commas that describes the noun before it, opening with a participle
    or a relative word ("..., потерпевшего крушение над морем, погибли", "..., який розбився, загинули") and holding
    no figure: the predicate after it is the subject's."""
    toks = sent.tokens
    if hi + 1 >= len(toks) or text_between(doc.text, toks[hi - 1].end, toks[hi].start).strip() != ",":
        return hi
    found = tags(toks[hi].low, doc.lang.code)
    if not (found & {"PRTF", "ADJF"} and "NOUN" not in found) \
            and not doc.lang.grammar["context"].match(toks, hi, key="relative"):
        return hi
    kinds = doc.lang.token_kinds(toks)[0]
    for k in range(hi, min(len(toks) - 1, hi + 8)):
        if toks[k].low.isdigit() or kinds[k] & NUMBER_WORD:
            return hi
        if text_between(doc.text, toks[k].end, toks[k + 1].start).strip() == ",":
            return clause_bounds(doc, sent, Number(toks[k + 1].start, toks[k + 1].end, 0.0, None, False,
                                                   k + 1, k + 1))[1]
    return hi


def before_a_second_that(doc: DocText, sent: Sentence, number: Number, hi: int) -> int:
    """The end of the number's clause at a second reported clause joined after it ("утверждает, что воюют около 1 000
    белорусов и что более 400 из них уничтожены"): what the second says befell others, not the number's."""
    toks = sent.tokens
    for _key, a, _b in doc.lang.grammar["context"].find_all(toks, number.last_token + 1, hi, "second_that"):
        return a
    return hi
