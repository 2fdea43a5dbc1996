"""Sources the war's words do not name, read from how a sentence says who speaks: a body in capitals where the words
of saying are said ("повідомили в ДТЕК"), an unnamed source known by the agency it spoke to ("сообщил ТАСС источник"),
the kin or comrades of soldiers ("по словам родственников"). Each is an ``other`` source."""

from __future__ import annotations

import re

from ...languages.morphology import Token, tags
from .mentions import DocText, text_between

_Hit = tuple[str, int, int]
_PUNCT = re.compile(r"[,.;:!?]")
_PUNCT_OR_DASH = re.compile(r"[,.;:!?—–‒−(]")


def body_in_capitals(doc: DocText, toks: list[Token], hits: list[_Hit]) -> list[_Hit]:
    """"повідомили в ДТЕК", "в ДТЭК сообщили": a body named in capitals (a company, an agency) where the words of
    saying are said, when it is no source, place or side the war's words name."""
    ctx = doc.lang.grammar["context"]
    out: list[_Hit] = _agency_sources(doc, toks, hits)
    verbs = ctx.find_all(toks, key="report_verbs")
    if not verbs:
        return out  # (no word of saying: most sentences; the names are not gathered)
    named: set[int] | None = None  # (gathered when a word in capitals stands by a verb: in most sentences none)
    for _k, a, b in verbs:
        for at in (b, b + 1, a - 1):
            if 0 < at < len(toks) and len(word := toks[at].text) >= 2 and word.isalpha() and word.isupper():
                named = named if named is not None else {i for found in (hits, *(table.find_all(toks) for table in (
                    doc.lang.places, doc.lang.sides))) for _h, first, end in found for i in range(first, end)}
                if at not in named and ctx.match(toks, at - 1, at, "at_body"):
                    out.append(("other", at, at + 1))
                    break
    return out


def _agency_sources(doc: DocText, toks: list[Token], hits: list[_Hit]) -> list[_Hit]:
    """"сообщил ТАСС источник", "джерело Укрінформу": an unnamed source, known only by the agency it spoke to, named
    in capitals right before it or in the genitive right after (a body the source is in, "источник в Минобороны",
    is named by the war's words and goes before it)."""
    found = doc.lang.grammar["context"].find_all(toks, key="unnamed_source")
    if not found:
        return []  # (no unnamed source: most sentences)
    named = {i for _k, a, b in hits for i in range(a, b)}
    out: list[_Hit] = []
    for _k, a, b in found:
        for at, gap in ((a - 1, (a - 1, a)), (b, (b - 1, b))):
            if not 0 <= at < len(toks) or at in named or _PUNCT_OR_DASH.search(
                    text_between(doc.text, toks[gap[0]].end, toks[gap[1]].start)):
                continue
            word = toks[at].text
            if len(word) >= 2 and word.isalpha() and (word.isupper() or (
                    at == b and word[:1].isupper() and "gent" in tags(toks[at].low, doc.lang.code))):
                out.append(("other", min(at, a), max(at + 1, b)))
                break
    return out


def kin_saying(doc: DocText, toks: list[Token], hits: list[_Hit]) -> list[_Hit]:
    """"по словам родственников", "как рассказали родные", "сослуживцы утверждают", "по словам авторов письма": the kin
    or comrades of soldiers, or those who signed a letter, by a source marker or a verb of saying right beside them,
    are a source of their own (no body of either side)."""
    ctx = doc.lang.grammar["context"]
    kin = ctx.find_all(toks, key="kin") + ctx.find_all(toks, key="comrades") + ctx.find_all(toks, key="letter_authors")
    if not kin:
        return []  # (no kin or comrades named: most sentences)
    # (not "по открытым источникам: некрологам, сообщениям родственников": what a count was read from)
    said_at = {b for _k, _a, b in ctx.find_all(toks, key="kin_says")} \
        | {b for _k, _a, b in ctx.find_all(toks, key="report_verbs")}
    said_before = {a for _k, a, _b in ctx.find_all(toks, key="report_verbs")}
    # (the kin, and whose kin in a word or two: "родственники погибших военных утверждают")
    return [("other", a, b) for _k, a, b in kin if not any(h[1] <= a < h[2] for h in hits) and (
        (a in said_at and not _PUNCT.search(text_between(doc.text, toks[a - 1].end, toks[a].start)))
        or any(v in said_before and not _PUNCT.search(text_between(doc.text, toks[b - 1].end, toks[v].start))
               for v in range(b, min(len(toks), b + 3))))]
