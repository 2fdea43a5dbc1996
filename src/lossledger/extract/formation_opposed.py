"""Whose a numbered formation with no nation is, where the text before sets it against a nation: "Ukrainian troops
repelled the 20th Army near Kupiansk. The 20th Army lost 45 tanks" (the formation the object a nation repels), "The 5th
Tank Army attacked Ukrainian positions near Vuhledar. Over the week the 5th Tank Army lost 60 tanks" (the formation
the subject attacking a nation's troops): the enemy of that nation, whatever the one nation in view is
(``formation_in_view``). So is a formation its own words tell as the attacker ("the attacking 5th Tank Army", "the 5th
Tank Army, which led the assault,") after a sentence whose one nation repelled an attack ("Ukrainian forces pushed back
the attack."). A formation only in view beside a nation ("Ukrainian forces pushed back the attack. The 5th Tank Army
lost ...") is left to that reading: no word says whose attack it was. One its own words tell as holding or defending
("The 47th Brigade, which held the line, lost 3 soldiers") after such a sentence is the repelling nation's
(``formation_defending``); with no attack repelled before, nothing is read."""

from __future__ import annotations

import bisect
import re

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader

__all__ = ["FormationOpposedRules", "formation_defending", "formation_opposed"]

_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_NATION_REACH = 30  # how far after an attacking verb the nation's word of the troops or positions attacked may end


class FormationOpposedRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.repelled_before: re.Pattern[str] = g.pattern("formation_repelled_before", guard=False)
        self.attacked_after: re.Pattern[str] = g.pattern("formation_attacked_after", guard=False)
        self.attack_repelled: re.Pattern[str] = g.pattern("attack_repelled", guard=False)


def formation_opposed(reader: Reader, sent: Sentence, lost: re.Match[str]) -> str | None:
    """The side of the formation that opens ``lost`` (the ``numbered_formation_lost`` match in ``sent``) when the
    sentence before (or its own words before it) names the same formation as repelled by a nation or as attacking a
    nation's troops: that nation's enemy; else None."""
    ordinal = _ORDINAL.search(lost.group(0))
    if ordinal is None:
        return None
    spans = [(sent.start, lost.start())]
    i = bisect.bisect_right(reader.sentences, sent.start, key=_end_of) - 1  # (loss_frame.sentence_before's)
    if i >= 0 and reader.sentences[i].paragraph >= sent.paragraph - 1:
        spans.insert(0, (reader.sentences[i].start, reader.sentences[i].end))
    named = re.compile(rf"\b{re.escape(ordinal.group(0))}\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(lost.group('kind'))}\b",
                       re.IGNORECASE)
    r = reader.grammar.rules(FormationOpposedRules)
    if (lost.group("attacker") or lost.group("led") or lost.group("failed")) and len(spans) > 1:
        # "Ukrainian forces pushed back the attack. The attacking 5th Tank Army lost 60 tanks": the repeller's enemy
        lo, hi = spans[0]
        repelled = r.attack_repelled.search(reader.norm, lo, hi)
        if repelled is not None and (side := _opponent(reader, _sole_side(reader, lo, repelled.start()))) is not None:
            return side
    for lo, hi in spans:
        for again in named.finditer(reader.norm, lo, hi):
            side = _repelled_by(reader, r, lo, again.start()) or _attacking(reader, r, again.end(), hi)
            if side is not None:
                return side
    return None


def formation_defending(reader: Reader, sent: Sentence) -> str | None:
    """The side of a formation told as holding or defending (``numbered_formation_lost``'s group held) in ``sent``:
    the one nation that repelled an attack in the sentence before (this paragraph or the one before); else None."""
    i = bisect.bisect_right(reader.sentences, sent.start, key=_end_of) - 1
    if i < 0 or reader.sentences[i].paragraph < sent.paragraph - 1:
        return None
    lo, hi = reader.sentences[i].start, reader.sentences[i].end
    repelled = reader.grammar.rules(FormationOpposedRules).attack_repelled.search(reader.norm, lo, hi)
    return _sole_side(reader, lo, repelled.start()) if repelled is not None else None


def _end_of(s: Sentence) -> int:
    return s.end


def _opponent(reader: Reader, key: str | None) -> str | None:
    prof = reader.profile
    return prof.sides[key].opponent if key in prof.sides else None


def _sole_side(reader: Reader, lo: int, hi: int) -> str | None:
    prof = reader.profile
    named = {key for vocabulary in ("side_name", "side_adjective") for m in reader.scan.finditer(vocabulary, lo, hi)
             if (key := prof.key_of(m)) in prof.sides and prof.sides[key].opponent}
    return next(iter(named)) if len(named) == 1 else None


def _repelled_by(reader: Reader, r: FormationOpposedRules, lo: int, at: int) -> str | None:
    """"Ukrainian troops repelled the 20th Army": the enemy of the one nation named before the verb."""
    verb = r.repelled_before.search(reader.norm, max(lo, at - 80), at)
    if verb is None:
        return None
    return _opponent(reader, _sole_side(reader, lo, verb.start()))


def _attacking(reader: Reader, r: FormationOpposedRules, at: int, hi: int) -> str | None:
    """"The 5th Tank Army attacked Ukrainian positions": the enemy of the nation whose troops or positions it hit."""
    verb = r.attacked_after.match(reader.norm, at, hi)
    if verb is None:
        return None
    return _opponent(reader, _sole_side(reader, verb.end(), min(hi, verb.end() + _NATION_REACH)))
