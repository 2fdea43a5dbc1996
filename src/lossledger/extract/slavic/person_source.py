"""A person named by a common noun as a source ("Жінка опублікувала у фейсбуці допис, у якому стверджувала, що ...",
"мужчина опубликовал пост, в котором утверждал", "житель села рассказал, что ..."): a source of no side (``other``)
where the noun is the subject of a verb of saying right after it, or follows a source marker ("за словами мешканця",
"по словам жителя"). Not the noun alone: a woman named in a list of
victims ("в Чугуевском — 62-летняя женщина") or people counted ("загинули 5 чоловік") say nothing."""

from __future__ import annotations

from ...languages.morphology import Token, tags
from .mentions import DocText
from .saying import verb_follows

_Hit = tuple[str, int, int]
#: how many words after the noun its verb of saying may stand ("жінка вчора опублікувала")
_TO_VERB = 3


def persons_saying(doc: DocText, toks: list[Token], hits: list[_Hit]) -> list[_Hit]:
    """Persons by a common noun (grammar ``person_nouns``) the sentence names as saying, not named already in
    ``hits``: each an ``other`` source."""
    ctx = doc.lang.grammar["context"]
    persons = ctx.find_all(toks, key="person_nouns")
    if not persons:
        return []  # (no such noun: most sentences)
    verbs = {a for _k, a, _b in ctx.find_all(toks, key="report_verbs")}
    markers = {b for _k, _a, b in ctx.find_all(toks, key="source_markers")}
    if not verbs and not markers:
        return []
    named = {i for _k, a, b in hits for i in range(a, b)}
    out: list[_Hit] = []
    for _key, a, b in persons:
        if a in markers and a not in named:
            out.append(("other", a, b))  # "за словами мешканця", "по словам жителя поселка"
            continue
        if a in named or not _subject(doc, toks, a, b) or _counted(toks, a):
            continue
        if verb_follows(doc, toks, b, verbs, _TO_VERB):
            out.append(("other", a, b))
    return out


def _subject(doc: DocText, toks: list[Token], a: int, b: int) -> bool:
    """The noun at ``toks[a:b]`` may be a subject: in the nominative."""
    return "nomn" in tags(toks[b - 1].low, doc.lang.code)


def _counted(toks: list[Token], a: int) -> bool:
    """A figure right before the noun ("5 чоловік"): people counted, not a person."""
    return a > 0 and toks[a - 1].low[:1].isdigit()
