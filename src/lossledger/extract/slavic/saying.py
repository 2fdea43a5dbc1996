"""Whether a sentence may name who says its figures, read before its names are (most sentences cannot)."""

from __future__ import annotations

import re
from typing import Any

from ...languages.morphology import Token, Tokens, tags
from .mentions import DocText, text_between
from .sentences import Sentence

_CLAUSE_MARK = re.compile(r"[,;:—–]")
_VERBS_OF_SAYING = ("verbs_of_saying",)
_DASH_ONLY = re.compile(r"\s*[—–]\s*")

#: The context grammar's words of saying ("повідомив", "за даними", "як повідомлялося"): a sentence that is no
#: heading names a source only by one of them, or by a colon or a dash around the name (``sides``).
SAYING_KEYS = ("report_verbs", "source_markers", "reported_back")


def may_say(doc: DocText, sent: Sentence) -> bool:
    """Whether ``sent`` holds a word of saying, a colon or a dash (between its words: a source opening it, "ISW:
    ...", or closing it, "... 1 300 військових — Генштаб."). With none, a sentence that is no heading names no
    source, whatever names it holds: the names it holds are not read on."""
    ctx = doc.lang.grammar["context"]
    toks = sent.tokens
    # (the sentence's keys, read once: three set look-ups, not three calls of ``find_all``)
    present = ctx.keys_in(toks)
    if SAYING_KEYS[0] in present or SAYING_KEYS[1] in present or SAYING_KEYS[2] in present or "adds" in present:
        return True  # (a verb of adding says only before its source: "..., добавил Конашенков", read with the names)
    text, start, end = doc.text, sent.start, sent.end
    return text.find(":", start, end) >= 0 or text.find("—", start, end) >= 0 or text.find("–", start, end) >= 0


def said_that_before(doc: DocText, sent: Sentence, first: int) -> int:
    """The token to look for the source of a figure at ``first`` near: the "что" of the last "X заявило, что"
    before it, where the sentence has one ("Минобороны заявило, что сбиты 86 дронов, в то время как Воздушные силы
    сообщили, что сбиты 79": each figure is said by the body whose clause holds it), else the figure itself."""
    ctx = doc.lang.grammar["context"]
    toks = sent.tokens
    if not _two_sources(toks.memo if isinstance(toks, Tokens) else {}):
        return first  # (one source or none: most sentences)
    opened = ctx.find_all(toks, 0, first, "says_that")
    if not opened:
        return first  # (no "что" before the figure: most)
    verb_ends = {b for _k, _a, b in ctx.find_all(toks, 0, first, SAYING_KEYS[0])}
    # ("..., Минобороны России — что ...": a dash before "что" stands for the verb of saying the clause before had)
    opened = [h for h in opened if h[1] in verb_ends or h[1] - 1 in verb_ends
              or (h[1] > 0 and _DASH_ONLY.fullmatch(doc.text, toks[h[1] - 1].end, toks[h[1]].start))]
    # (not past another verb of saying: "..., а Воздушные силы сообщили о 79 сбитых дронах")
    return opened[-1][1] if opened and not ctx.find_all(toks, opened[-1][1], first, SAYING_KEYS[0]) else first


def before_another_source(doc: DocText, toks: list[Token], last: int) -> int:
    """Where the clause of another source's figures begins past a figure ending at ``last`` ("..., в то время как
    Воздушные силы сообщили, что сбиты 79 российских дронов": its side words are of its own figures), else the
    sentence's end: the first clause past the figure whose verb of saying a figure follows."""
    memo = toks.memo if isinstance(toks, Tokens) else {}
    if not _two_sources(memo):
        return len(toks)  # (one source or none: most sentences)
    every: list[tuple[str, int, int]] | None = memo.get(_VERBS_OF_SAYING)
    if every is None:  # (the sentence's verbs of saying, read once for all its figures)
        every = memo[_VERBS_OF_SAYING] = doc.lang.grammar["context"].find_all(toks, key=SAYING_KEYS[0])
    verb = next((v for v in every if v[1] > last), None)
    if verb is None or not any(t.low[:1].isdigit() for t in toks[verb[2]:]):
        return len(toks)  # (no verb of saying with a figure after it past this figure: most)
    k = verb[1]
    while k > last + 1 and not _CLAUSE_MARK.search(doc.text, toks[k - 1].end, toks[k].start):
        k -= 1
    return k


def _two_sources(memo: dict[Any, Any]) -> bool:
    """Whether the sentence (its ``Tokens.memo``) names two sources or more, as ``sides`` read them for its claimant
    (unread: maybe)."""
    if ("named_sources",) not in memo:
        return True
    found = memo[("named_sources",)]
    return found is not None and len(found[0]) > 1


def side_of_a_back_reference(doc: DocText, toks: list[Token], at: int) -> str | None:
    """The side a back-reference's adjective names right before it ("российского ведомства", "українського
    відомства": the last body of that side named before, not the last one named), else None."""
    return next((key for key, _a, b in doc.lang.sides.find_all(toks) if b == at), None) if at else None


def deems_a_status(doc: DocText, toks: list[Token], hit: tuple[str, int, int]) -> bool:
    """"якого вважали загиблим", "которого считали погибшим": a verb of considering, with what befell someone in the
    instrumental after it, tells what was thought of them, not who says the figures."""
    key, a, b = hit
    return key == "report_verbs" and doc.lang.grammar["context"].match(toks, a, b, "deems") is not None \
        and b < len(toks) and doc.lang.outcomes_people.match(toks, b) is not None \
        and "ablt" in tags(toks[b].low, doc.lang.code)


def writers_recap(doc: DocText, toks: list[Token]) -> bool:
    """Whether the sentence opens on the writer's recap ("Напомним, ...", "Раніше повідомлялося"): its figures are
    the article's, not the last source's. A verb of reminding in the past tense ("Він також нагадав, що ...",
    "Губернатор напомнил") is a speaker's reminder, his word."""
    for _key, a, b in doc.lang.grammar["context"].find_all(toks, 0, min(len(toks), 3), "recap"):
        found = tags(toks[a].low, doc.lang.code)
        if not (b - a == 1 and "VERB" in found and "past" in found):
            return True
    return False


def not_a_saying(doc: DocText, toks: list[Token], hit: tuple[str, int, int]) -> bool:
    """A word of saying that names no one's figures: a status thought of (``deems_a_status``), or a verb denied by a
    particle of ``negation_words`` right before it ("Минобороны о потерях не сообщало", "Генштаб це не
    підтвердив": the body said nothing of them)."""
    key, a, b = hit
    denied = doc.lang.raw["grammar"].get("negation_words", ())
    if key == "source_markers":
        # ("Генштаб эти данные не подтвердил": the data named, then denied, are no one's)
        ctx = doc.lang.grammar["context"]
        return any(toks[k].low in denied and ctx.match(toks, k + 1, key="report_verbs") is not None
                   for k in range(b, min(len(toks) - 1, b + 2)))
    return deems_a_status(doc, toks, hit) or (key == "report_verbs" and a > 0 and toks[a - 1].low in denied)


#: a mark between a speaker's noun or title and its verb of saying that parts them
_PARTS = re.compile(r"[,.;:!?—–‒−()«»\"]")


def verb_follows(doc: DocText, toks: list[Token], end: int, verbs: set[int], reach: int) -> bool:
    """Whether one of ``verbs`` (token indices of verbs of saying) stands within ``reach`` words after the noun or
    title ending at ``end``, with no mark between ("жінка вчора опублікувала", "глава района вечером сообщил")."""
    for k in range(end, min(len(toks), end + reach)):
        if _PARTS.search(text_between(doc.text, toks[k - 1].end, toks[k].start)):
            return False
        if k in verbs:
            return True
    return False
