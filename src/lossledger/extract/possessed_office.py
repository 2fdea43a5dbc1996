"""'Ukraine's air force lost 14 aircraft in the first week, its command later acknowledged': an office named only by a
possessive pronoun ("its command", "its spokesman", "their press service") speaks for the body the pronoun points at,
the subject that opens the clause before it in the same sentence ("Ukraine's air force" -> `ua_officials`, "Russia's
Black Sea Fleet" -> `ru_officials`). Read by ``attribution._sources_named`` for a phrase no table classifies; None when
no subject before it is a source of a nation, role or kind the profile knows. The owner that lost the figure right
after its verb ("The 47th brigade lost 30 men, its press service said") lost its own side's (read by ``extract``)."""

from __future__ import annotations

import bisect

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader, Source
from .sources import classify_source

__all__ = ["PossessedOfficeRules", "office_of_owner", "side_of_owner_that_lost"]


class PossessedOfficeRules:
    """The grammar's patterns of this reader, compiled once per grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.possessed_office = g.pattern("possessed_office", guard=False)
        self.owner_before = g.pattern("office_owner_before")
        self.owner_lost = g.pattern("office_owner_lost", guard=False)
        self.body_pointed = g.pattern("office_body_pointed", guard=False)


def office_of_owner(reader: Reader, sent: Sentence, start: int, end: int, score: int, scope: str) -> Source | None:
    """The source of the phrase ``reader.norm[start:end]`` when it is an office of a subject named before it."""
    r = reader.grammar.rules(PossessedOfficeRules)
    # ("its chief surgeon, a lieutenant colonel who ..., told me": the office before its apposition)
    if not r.possessed_office.match(reader.norm[start:end].split(",")[0].strip()):
        return None
    owners = list(r.owner_before.finditer(reader.norm, sent.start, start))
    for owner in reversed(owners):  # the nearest subject first
        found = classify_source(reader.profile, owner.group("owner"), grammar=reader.grammar)
        if found is not None and found[0] != "other":
            return Source(found[0], reader.text[start:end], start, score, scope=scope)
    key = _key_of_body_pointed(reader, sent, start)
    return Source(key, reader.text[start:end], start, score, scope=scope) if key is not None else None


def _key_of_body_pointed(reader: Reader, sent: Sentence, start: int) -> str | None:
    """The source key of the post, unit or garrison "its" at ``start`` points back at: the first one named in the
    sentence before it, else the last one of the sentence before; one named with no side ("the stabilisation point")
    is the one named with its side earlier ("a Ukrainian stabilisation point"). None where no such body of a side is
    named."""
    r = reader.grammar.rules(PossessedOfficeRules)
    body = next(r.body_pointed.finditer(reader.norm, sent.start, start), None)
    if body is None:
        i = bisect.bisect_right(reader.sentences, sent.start, key=lambda s: s.end) - 1
        if i < 0:
            return None
        before = reader.sentences[i]
        body = next(reversed(list(r.body_pointed.finditer(reader.norm, before.start, before.end))), None)
        if body is None:
            return None
    named = reader.scan.search("side_adjective", body.start("owner"), body.end("owner"))
    if named is None:
        head = body.group("head").lower().split()[-1]  # ("the hospital" after "a Ukrainian field hospital")
        named = next((m for m in reversed(list(reader.scan.finditer("side_adjective", 0, body.start("owner"))))
                      if (again := r.body_pointed.match(reader.norm, _article_before(reader, m.start()))) is not None
                      and again.start("head") >= m.end() and again.group("head").lower().split()[-1] == head), None)
        if named is None:
            return None
    found = classify_source(reader.profile, named.group(0), grammar=reader.grammar)
    return found[0] if found is not None and found[1] == "nation" else None


def _article_before(reader: Reader, at: int) -> int:
    """Where the word before ``at`` starts (the article of "a Ukrainian stabilisation point")."""
    lo = reader.norm.rfind(" ", 0, max(0, at - 1))
    return lo + 1


def side_of_owner_that_lost(reader: Reader, sent: Sentence, abs_start: int, source: Source | None) -> str | None:
    """'The 47th brigade lost 30 men in the assault, its press service said': the owner of the office that speaks, the
    subject whose verb of losing stands right before the figure, lost its own side's men."""
    if source is None or source.start < abs_start or (own := reader.profile.own_side(source.key)) is None:
        return None
    r = reader.grammar.rules(PossessedOfficeRules)
    if not r.possessed_office.match(source.text.strip()):
        return None
    return own if r.owner_lost.search(reader.norm, sent.start, abs_start) is not None else None
