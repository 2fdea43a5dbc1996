"""A running count told by an ordinal: "стал 58-м жителем района, погибшим в зоне СВО", "став 45-м мешканцем громади,
який загинув на війні". The one mourned became the Nth of a place's dead: N of them died so far, a standing count
(cumulative unless the sentence gives a span). The ordinal is the digits, a hyphen and a case ending after a verb of
becoming (grammar ``became``); the person's noun is right after it, a word of dying a few words on."""

from __future__ import annotations

from ...languages.morphology import tags
from .claimants import SourceCue
from .dates import DateMention
from .mentions import DocText, Mention, clause_bounds
from .numbers import Number
from .sentences import Sentence
from .sides import side_of
from .spans import find_measure

#: how many words after the person's noun the word of dying may stand ("жителем района, погибшим")
_DIED_WITHIN = 6
#: the longest case ending written after the hyphen ("58-м", "3-й", "12-ым")
_ENDING_LETTERS = 3


def running_ordinals(doc: DocText, sent: Sentence, dates: list[DateMention], source: SourceCue | None) -> list[Mention]:
    """The dead counted by an ordinal after a verb of becoming in ``sent`` (see the module)."""
    toks = sent.tokens
    lang = doc.lang
    found: list[Mention] = []
    for _key, _a, b in lang.grammar["context"].find_all(toks, key="became"):  # (no such verb: most sentences)
        if b + 2 >= len(toks) or not toks[b].low.isdigit() or doc.text[toks[b].end:toks[b + 1].start] != "-" \
                or not toks[b + 1].low.isalpha() or len(toks[b + 1].low) > _ENDING_LETTERS:
            continue  # ("стал 58 лет назад": no ordinal)
        noun = b + 2
        named = lang.categories.match(toks, noun)
        at_war = bool(lang.grammar["context"].find_all(toks, key="at_war"))
        person = named is not None or "anim" in tags(toks[noun].low, lang.code)
        if not person or (named is not None and named[0] != "personnel" and not at_war) \
                or (named is None and not at_war):
            continue  # (a civilian's ordinal, or a thing's: "стал 5-м регионом")
        stop = min(len(toks), noun + 1 + _DIED_WITHIN)
        if not any(key == "killed" for key, _a2, _b2 in lang.outcomes_people.find_all(toks, noun + 1, stop)):
            continue  # ("стал 3-м бойцом, награжденным орденом"): no death counted
        num = Number(toks[b].start, toks[b + 1].end, float(toks[b].low), None, False, b, b + 1)
        lo, hi = clause_bounds(doc, sent, num)
        claimant = source.key if source else None
        side, stated = side_of(doc, sent, num, "personnel", (noun, noun + 1), lo, claimant)
        measure, period_days, since, as_of = find_measure(doc, sent, num, lo, hi, dates)
        mention = Mention(sent, num, "personnel", "killed", side, "exact", measure or "cumulative", period_days, since,
                          as_of, False, claimant, source.text if source else None, source is not None,
                          "running_ordinal", num.value, None, measure is not None)
        mention.noun_end = noun + 1
        mention.side_stated = stated
        found.append(mention)
    return found
