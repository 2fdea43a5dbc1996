"""A title of office with a nation named after it ("министр обороны Украины", "глава МИД Франции", "за словами
міністра оборони Росії", "посла США"): the title (grammar ``[titles]``), its name running on in lower-case words
in the genitive ("министр здравоохранения Германии") and the nation's name in the genitive right after it, no mark
between, is that nation's source, whatever the bare title alone names ("министр обороны": the home side's). The key
is the one the profile's ``[title_nations]`` gives the nation for the kind of title nearest its name (a defence
minister's, a defence ministry's, a general staff's, a head of state's), else the nation's officials' key. Titles
one after another ("пресс-секретарь Минобороны Великобритании") are one source, of the kind named last."""

from __future__ import annotations

from ...languages.morphology import Token, tags
from .mentions import DocText, text_between
from .title_tables import TitleTables

__all__ = ["titles_of_a_nation"]

_Hit = tuple[str, int, int]
#: how many lower-case words in the genitive a title's name may run on before the nation's ("министр по делам"
#: stops it: "по" is no genitive)
_RUNS_ON = 3
#: the key a nation's table gives any title it names no key of its own for
_ANY_TITLE = "officials"


def titles_of_a_nation(doc: DocText, toks: list[Token], hits: list[_Hit]) -> list[_Hit]:
    """``hits`` with each title followed by a nation's name read as that nation's source (the hits inside it given
    up; a name the profile lists whole over it, "Офис президента Украины", kept)."""
    found = _tables(doc)
    if found is None:
        return hits
    titles, nations, keys = found
    named = nations.find_all(toks)
    if not named:
        return hits  # (no nation named: most sentences)
    at = {a: (nation, b) for nation, a, b in named}
    spans = titles.find_all(toks)
    if not spans:
        return hits
    starts = {a for _k, a, _b in spans}
    out = list(hits)
    for n, (kind, a, b) in enumerate(spans):
        end = _runs_on(doc, toks, b, at, starts)
        if end is None or end not in at or not _genitive(doc, toks[end]):
            continue
        nation, stop = at[end]
        start = a
        for _kind, a2, b2 in reversed(spans[:n]):  # (the titles right before it: "представитель Минобороны")
            if b2 != start or text_between(doc.text, toks[b2 - 1].end, toks[start].start).strip(" "):
                break
            start = a2
        key = keys[nation].get(kind) or keys[nation][_ANY_TITLE]
        if any(h[1] <= start and stop <= h[2] and h[2] - h[1] > stop - start for h in out):
            continue  # (a longer name the profile lists over it)
        out = [h for h in out if h[2] <= start or stop <= h[1]] + [(key, start, stop)]
    return out


def _runs_on(doc: DocText, toks: list[Token], b: int, nations: dict[int, tuple[str, int]],
             titles: set[int]) -> int | None:
    """Where the name of a title ending at ``b`` ends: past lower-case words in the genitive ("здравоохранения"), up to
    a nation's name; None where a mark stands between, or the name stops or another title starts first."""
    for k in range(b, min(len(toks), b + _RUNS_ON + 1)):
        if text_between(doc.text, toks[k - 1].end, toks[k].start).strip(" "):
            return None  # (a mark between: "министр обороны, Украина")
        if k in nations:
            return k
        if k in titles or not toks[k].text[:1].islower() or "gent" not in tags(toks[k].low, doc.lang.code):
            return None
    return None


def _genitive(doc: DocText, token: Token) -> bool:
    """Whether a nation's name at ``token`` may be in the genitive ("Украины", "РФ"; not "Украину")."""
    return "gent" in tags(token.low, doc.lang.code)


def _tables(doc: DocText) -> TitleTables | None:
    """The language's titles by kind, the nations' names, and each nation's keys by kind (built with the language,
    in its group of tables: extract/slavic/title_tables.py), or None where the profile names no nation."""
    return doc.lang.title_tables
