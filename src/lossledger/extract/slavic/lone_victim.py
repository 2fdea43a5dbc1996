"""One victim told with no numeral beside a counted toll: "загинув мирний житель, ще четверо людей поранені",
"погиб мирный житель, еще двое ранены". In a clause of its own with a verb of dying or wounding right beside it, one
of the class a toll counts (grammar ``lone_victims``: "мирний житель", "человек") named in the singular is a count of
one, as a bare noun is in a counted list (the spec's count of one); alone, or a person identified by sex, age or role
("загинула жінка", "погиб водитель", "погибли женщина и её сын": the spec's people identified without a number, as
round 15 pinned), no count."""

from __future__ import annotations

import re

from ...languages.morphology import tags
from .claimants import SourceCue
from .language import PEOPLE
from .mentions import DocText, Mention, clause_bounds, text_between
from .numbers import Number
from .sentences import Sentence
from .sides import people_category, side_of
from .spans import find_measure

#: what may stand between the verb and the person: spaces only (no clause's punctuation)
_BLANK = re.compile(r"\s*")
#: what may follow the person: the end of the clause ("," ";" "." ":" "—"), nothing that names another with it
_CLAUSE_END = re.compile(r"\s*(?:[,;.:!—–]|$)")
#: how many words in the genitive may follow the person ("мешканець Херсонської області")
_OF_WORDS = 3
#: the outcomes a lone person's verb may tell
_OUTCOMES = ("killed", "wounded")


def lone_victims(doc: DocText, sent: Sentence, found: list[Mention], source: SourceCue | None) -> list[Mention]:
    """The lone persons killed or wounded in a sentence that counts people killed or wounded with a figure."""
    base = next((f for f in found if f.category in PEOPLE and f.outcome in _OUTCOMES), None)
    if base is None:
        return []  # (no toll counted beside it: a person identified, no count)
    lang = doc.lang
    toks = sent.tokens
    covered: set[int] = set()
    for f in found:
        covered.update(range(f.number.first_token, max(f.noun_end, f.number.last_token + 1)))
    verbs = [(key, a, b) for key, a, b in lang.outcomes_people.find_all(toks) if key in _OUTCOMES]
    if not verbs:
        return []
    out: list[Mention] = []
    for key, a, b in lang.categories.find_all(toks):
        if key not in PEOPLE or covered.intersection(range(a, b)) \
                or any(va < b and a < vb for _o, va, vb in verbs):
            continue
        if not any(lang.grammar["context"].match(toks, k, b, "lone_victims") == ("lone_victims", b)
                   for k in range(a, b)):
            continue  # (one of the class a toll counts: not "погибла женщина", a person identified)
        head = tags(toks[b - 1].low, lang.code)
        if "NOUN" not in head or not head & {"nomn", "accs"}:
            continue  # (a person, the subject or the object of the verb)
        end = b
        while end < min(len(toks), b + _OF_WORDS) \
                and _BLANK.fullmatch(text_between(doc.text, toks[end - 1].end, toks[end].start)) \
                and "gent" in tags(toks[end].low, lang.code):
            end += 1  # ("загинув мешканець міста", "погиб житель Шебекино": whose place, in the genitive)
        if not _CLAUSE_END.match(doc.text, toks[end - 1].end) or (a > 0 and toks[a - 1].low.isdigit()):
            continue  # ("загинув житель та його син": two identified, no count)
        verb = next(((o, va) for o, va, vb in verbs if (vb == a and _BLANK.fullmatch(
            text_between(doc.text, toks[vb - 1].end, toks[a].start))) or (va == b and _BLANK.fullmatch(
                text_between(doc.text, toks[b - 1].end, toks[va].start)))), None)
        said = tags(toks[verb[1]].low, lang.code) if verb is not None else frozenset()
        if verb is None or "plur" in said or ("plur" in head and not said & {"masc", "femn"}):
            continue  # (a verb right beside the person in the singular: "загинув мирний житель", "загинув чоловік")
        outcome = verb[0]
        if key == "people":
            key = people_category(doc, sent, (a, b))  # ("загинула жінка" in a strike on a town: a civilian)
        num = Number(toks[a].start, toks[b - 1].end, 1.0, None, False, a, b - 1)
        lo, hi = clause_bounds(doc, sent, num)
        side, _stated = side_of(doc, sent, num, key, (a, b), lo, base.claimant)
        measure, days, since, as_of = find_measure(doc, sent, num, lo, hi, doc.dates.get(id(sent), []))
        m = Mention(sent, num, key, outcome, side or base.side, "exact", measure or base.measure,
                    days if measure else base.period_days, since if measure else base.period_start_date,
                    as_of or base.as_of_date, False, base.claimant, base.claimant_text,
                    source is not None, "count_of_one", 1.0, None, measure is not None)
        m.noun_end = b
        out.append(m)
    return out
