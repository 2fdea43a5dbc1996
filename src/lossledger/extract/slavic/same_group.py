"""What a count is, from the figures around it: more of a group counted in the paragraph before ("43 випускники
загинули, захищаючи Україну. ... Ще 5 випускників вважаються зниклими безвісти") unless killed by a civilians' cause,
or a ratio by the unit after it or by "на одного ... приходится"."""

from __future__ import annotations

from ...languages.morphology import Token
from .mentions import DocText, Mention, clause_bounds
from .numbers import Number
from .sentences import Sentence


def more_of_the_same_noun(doc: DocText, sent: Sentence, noun: tuple[int, int] | None) -> Mention | None:
    """The figure of the paragraph before counting the same noun ("випускники") as ``noun``, a figure going on with
    "ще": more of those, of their kind (soldiers or civilians), though the paragraph has changed."""
    if noun is None:
        return None
    mine = {lemma for t in sent.tokens[noun[0]:noun[1]] for lemma in t.lemmas}
    for m in reversed(doc.mentions):
        if m.sentence.paragraph < sent.paragraph - 1:
            break
        if m.category in ("personnel", "civilians") and m.noun_end > m.number.last_token + 1 and any(
                t.lemmas & mine for t in m.sentence.tokens[m.number.last_token + 1:m.noun_end]):
            return m
    return None


def killed_otherwise(doc: DocText, sent: Sentence, num: Number, before: Mention) -> bool:
    """"102 загинули на фронті. Ще 31 митець загинув унаслідок обстрілів": more people, by a civilians' cause their
    own clause names, are not of the kind of the soldiers before."""
    if before.category == "civilians":
        return False
    lo, hi = clause_bounds(doc, sent, num)
    toks = sent.tokens
    return bool(doc.lang.civilian_context.find_all(toks, lo, hi)) \
        and not doc.lang.military_context.find_all(toks, lo, hi)


def ratio_before(doc: DocText, toks: list[Token], before: Mention, unit: Number) -> bool:
    """"17 погибших на каждые 10 тысяч мужчин": ``unit``, a figure after "на каждые", is a ratio's unit, and the
    figure ``before`` it, its noun ending right before those words, the ratio (not a count)."""
    return before.sentence.tokens is toks and 0 < unit.first_token - before.noun_end <= 3 \
        and doc.lang.grammar["context"].match(toks, unit.first_token - 2, key="per_each") is not None


#: how far before the verb of falling to one its "на одного" may start ("На каждого убитого, по оценкам аналитиков,
#: приходится ...")
_PER_ONE_WITHIN = 8


def per_one_ratio(doc: DocText, toks: list[Token], num: Number) -> bool:
    """"на одного погибшего приходится трое раненых", "на кожного загиблого припадає троє поранених": the figures on
    either side of a verb of falling to one (``falls_to``) after "на одного" (``per_one``) are a ratio's terms, not
    counts."""
    ctx = doc.lang.grammar["context"]
    for _key, a, b in ctx.find_all(toks, key="falls_to"):  # (no such verb: most sentences)
        if b <= num.first_token <= b + 2 \
                and any(ctx.match(toks, k, key="per_one") for k in range(max(0, a - _PER_ONE_WITHIN), a)):
            return True  # the term after the verb ("приходится примерно трое раненых")
        if num.first_token > 0 and ctx.match(toks, num.first_token - 1, key="per_one") \
                and num.last_token < a <= num.last_token + _PER_ONE_WITHIN:
            return True  # the term before it ("на одного погибшего мирного жителя")
    return False
