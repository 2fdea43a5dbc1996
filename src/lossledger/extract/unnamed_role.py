"""'The general told lawmakers that up to 60,000 ...': a role with the definite article, no body and no one named
before in it is still who says the figure (a source, so not the article's own voice). It speaks for the one belligerent
in view ("Russia launched an offensive. The general said ..."): that nation's role for it, else its officials; with no
nation in view it is a source of no kind the text tells, `other`. When the sentence before (or its own words before
the role) names that nation's role with the same head noun ("Ukraine's defence minister spoke on Monday. The minister
said ..."), the role phrase takes that body back: its key (`ua_mod`), not the bare noun's. So too where the sentence
before named the noun with a nation's word or body joined to it ("A spokesman for Russia's defence ministry spoke on
Tuesday. The spokesman said ..." -> `ru_mod`; "... met the governor of the Kursk region. The governor said ..." ->
`ru_officials`, not the bare "governor"'s Ukraine). Read by ``attribution._sources_named`` where ``definite_role``
finds no earlier holder of the role (``unnamed_role_source``), and for a definite role the profile classifies without
a nation (``role_held_before``)."""

from __future__ import annotations

import bisect
import re

from .body import Sentence
from .document import Reader, Source
from .nation_in_view import role_of_sole_nation_before, sole_nation_before
from .place_pointer import PlacePointerRules, role_of_place_pointed_back
from .sources import Phrase, classify_source, source_tables

__all__ = ["role_held_before", "unnamed_role_source"]


def unnamed_role_source(reader: Reader, sent: Sentence, start: int, end: int, score: int, scope: str) -> Source:
    """The source of the role phrase ``reader.text[start:end]`` that no earlier source holds."""
    role = _role_named_before(reader, sent, start, end) or role_of_sole_nation_before(reader, sent, start)
    nation = sole_nation_before(reader, sent, start) if role is None else None
    key = role.key if role is not None else source_tables(reader.profile).defaults.get(nation or "", "other")
    return Source(key, reader.text[start:end], start, score, scope=scope)


def role_held_before(reader: Reader, sent: Sentence, start: int, end: int) -> str | None:
    """The key of the last phrase of the sentence before ``sent`` (or of ``sent`` before ``start``) that names the head
    noun of the role phrase ``reader.text[start:end]`` with a nation's word or body: "the governor of the Kursk region",
    "the Kursk governor", "a Russian governor", "a spokesman for Russia's defence ministry"; None when there is none."""
    role = reader.text[start:end].split(",")[0]
    pointer = reader.grammar.rules(PlacePointerRules).place_pointed_back.search(role)
    if pointer is not None:  # "the governor of the region": the place named before it holds the role
        held = role_of_place_pointed_back(reader, role[:pointer.start()], role[pointer.start():],
                                          _spans_before(reader, sent, start))
        if held is not None:
            return held
        role = role[:pointer.start()]
    words = role.split()
    if not words:
        return None
    p = reader.grammar.rules(Phrase)
    tables = source_tables(reader.profile)
    norm = reader.norm
    head = re.compile(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", re.IGNORECASE)
    found = None
    spans = _spans_before(reader, sent, start)
    for k, (lo, hi) in enumerate(spans):
        for h in head.finditer(norm, lo, hi):
            phrases = [norm[m.start():m.end()] for m in reader.scan.finditer("claimant", max(lo, h.start() - _REACH),
                                                                             min(hi, h.end() + _REACH))
                       if m.start() <= h.start() and h.end() <= m.end()]  # ("the Kursk governor": a name the profile
            # knows), a nation's word just before ("a Russian governor") or a body joined after ("a spokesman for X")
            if tables.nations is not None:
                phrases += [norm[n.start():h.end()] for n in tables.nations.pattern.finditer(
                    norm, max(lo, h.start() - _REACH), h.start()) if _WORDS_BETWEEN.fullmatch(norm, n.end(), h.start())]
            joint = p.PHRASE_PARTS.match(norm, h.end(), hi)
            if joint is not None and joint.group(0).strip():  # (not a comma: "the spokesman, Ivan Petrov, ...")
                tail = _MARK.split(norm[joint.end():min(hi, joint.end() + _REACH)], maxsplit=1)[0]
                named = [m.end() for table in (tables.nations, *tables.roles.values()) if table is not None
                         for m in table.pattern.finditer(tail)]
                if named:
                    phrases.append(norm[h.start():joint.end() + max(named)])
                elif (held := role_of_place_pointed_back(reader, norm[h.start():h.end()], norm[h.end():hi],
                                                         [*spans[:k], (lo, h.start())])) is not None:
                    found = held  # "... according to the governor of the region. The governor said"
            for phrase in phrases:
                kind = classify_source(reader.profile, phrase, grammar=reader.grammar)
                if kind is not None and kind[1] == "nation":
                    found = kind[0]
    return found


#: how far from the role's noun its nation's word or body may stand ("a spokesman for | Russia's defence ministry")
_REACH = 40
_WORDS_BETWEEN = re.compile(r"\s+(?:[\w-]+\s+){0,2}")  # "a Russian | regional | governor"
_MARK = re.compile(r"[,.;:()]")


def _spans_before(reader: Reader, sent: Sentence, start: int) -> list[tuple[int, int]]:
    """The sentence before ``sent`` (in its paragraph or the one before) and ``sent`` up to ``start``."""
    i = bisect.bisect_right(reader.sentences, sent.start, key=lambda s: s.end) - 1  # (nation_in_view's sentence before)
    before = reader.sentences[i] if i >= 0 and reader.sentences[i].paragraph >= sent.paragraph - 1 else None
    return ([(before.start, before.end)] if before is not None else []) + [(sent.start, start)]


def _role_named_before(reader: Reader, sent: Sentence, start: int, end: int) -> Source | None:
    """The last role of the one nation in view, named in the sentence before ``sent`` (or in ``sent`` before
    ``start``), whose words hold the head noun of the role phrase ``reader.text[start:end]`` ("minister" in
    "Ukraine's defence minister"), else the body the noun was named with there (``role_held_before``); None when
    there is none."""
    nation = sole_nation_before(reader, sent, start)
    roles = source_tables(reader.profile).roles.get(nation) if nation is not None else None
    words = reader.text[start:end].split(",")[0].split()
    if roles is None or not words:
        return None
    head = re.compile(rf"(?<![\w-]){re.escape(words[-1].lower())}(?![\w-])")
    held = [m for lo, hi in _spans_before(reader, sent, start) for m in roles.pattern.finditer(reader.norm, lo, hi)
            if head.search(m.group(0).lower())]
    key = roles.key(held[-1]) if held else role_held_before(reader, sent, start, end)
    return Source(key, reader.text[start:end], start) if key is not None else None
