"""A nation's role named with no nation ("when the defence minister said"): the nation of a source the same
sentence names before it ("The Kremlin has given no figure since 2022, when the defence minister said ..."). Split
from ``attribution``, which reads the sources a sentence names. And a nation named bare after one of its bodies spoke
("Kyiv said" after Ukraine's General Staff): that body again. And a kind of source cited by a nation's source: that
nation's."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from .attribution_rules import AttributionRules
from .body import Sentence
from .document import Reader, Source
from .sources import CLASSIFIED_KEPT, Phrase, classify_source, roles_of_nation_speaking_as, source_tables

__all__ = ["cited_in_citers_nation", "ministry_named_again", "name_told_with_nation_before", "nation_named_again",
           "role_of_nation_named", "role_of_place_framed", "source_before_pronoun",
           "surname_of_name", "surnames_of_source"]

_BARE_KEPT = 4096  # sources' words whose bare nation is remembered (a long run names many: the memo stays small)
_ROLE_REACH = 40  # how far into a definite role's phrase ("the defence minister") its role may begin


def role_of_nation_named(reader: Reader, named: list[tuple[int, int, Source]], start: int, *, person: bool
                         ) -> Source | None:
    """The source a definite role at ``start`` ("the defence minister", which points back at a ``person``) is, when a
    source of a nation is ``named`` before it in its sentence and that nation has the role: that nation's role
    ("the Kremlin ..., when the defence minister said": Russia's defence minister). None otherwise: the role then
    points back at the last person who spoke."""
    if not person:
        return None
    before = [src for _other, score, src in named if src.start < start and score > 0]
    for src in sorted(before, key=lambda s: s.start, reverse=True):
        roles = roles_of_nation_speaking_as(reader.profile, src.key)
        hit = roles.pattern.search(reader.norm, start, start + _ROLE_REACH) if roles is not None else None
        if roles is not None and hit is not None:
            return Source(roles.key(hit), reader.text[start:hit.end()], start)
    return None


def role_of_place_framed(reader: Reader, sent: Sentence, start: int) -> Source | None:
    """'In Russia, the Defense Ministry said ...': a sentence that opens on a nation as the place it turns to frames a
    role at ``start`` named with no nation ("the Defense Ministry") as that nation's."""
    if start <= sent.start:
        return None
    frame = reader.grammar.rules(AttributionRules).nation_place_frame.match(reader.norm, sent.start, start)
    if frame is None:
        return None  # (most sentences open on no place)
    tables = source_tables(reader.profile)
    nation = tables.nations.pattern.fullmatch(frame.group("place")) if tables.nations is not None else None
    if tables.nations is None or nation is None:
        return None
    roles = tables.roles.get(tables.nations.key(nation))
    hit = roles.pattern.search(reader.norm, start, start + _ROLE_REACH) if roles is not None else None
    if roles is None or hit is None:
        return None
    return Source(roles.key(hit), reader.text[start:hit.end()], start)


def source_before_pronoun(reader: Reader, named: list[tuple[int, int, Source]], start: int, noun: str
                          ) -> Source | None:
    """'Moscow's own figure is low: the last time the defence ministry gave one, ..., it admitted to 5,937 dead': a
    pronoun at ``start`` that points at the source its sentence named before it (the nearest), in the role of that
    source's nation named between them (Russia's defence ministry), rather than at the last source of the text."""
    if noun.lower() not in reader.grammar.rules(AttributionRules).sentence_source_pronouns:
        return None
    before = [src for _other, score, src in named if src.start + len(src.text) <= start and score > 0]
    if not before:
        return None  # (most sentences with such a pronoun name no source before it)
    src = max(before, key=lambda s: s.start)
    roles = roles_of_nation_speaking_as(reader.profile, src.key)
    hit = roles.pattern.search(reader.norm, src.start + len(src.text), start) if roles is not None else None
    return Source(roles.key(hit), reader.text[hit.start():hit.end()], hit.start()) if roles and hit else src


def nation_named_again(reader: Reader, src: Source) -> Source | None:
    """'Kyiv said Russia lost 6,420 troops' just after figures of Ukraine's General Staff: a nation named bare, which
    speaks as its officials by default, names again the body of it that spoke last, a paragraph before at most."""
    earlier = reader.last_source
    if earlier is None or earlier.key == src.key or earlier.start >= src.start:
        return None  # (tested first: most sources are no nation named again)
    tables = source_tables(reader.profile)
    nation = reader.profile.claimant_sides.get(earlier.key)
    if nation is None or tables.defaults.get(nation) != src.key or tables.nations is None:
        return None  # (before the nations' pattern, which is long: the body before is no other body of that nation)
    group = _named_whole(tables.nations.pattern, src.text)
    if group is None or tables.nations.key_of[group] != nation:
        return None
    said = reader.sentences[bisect.bisect_right(reader.sentences, earlier.start, key=lambda s: s.start) - 1]
    here = reader.sentences[bisect.bisect_right(reader.sentences, src.start, key=lambda s: s.start) - 1]
    return dataclasses.replace(src, key=earlier.key) if said.paragraph >= here.paragraph - 1 else None


_NATION_REACH = 30  # how far before an earlier telling of a name its nation's word may stand


def name_told_with_nation_before(reader: Reader, src: Source) -> Source | None:
    """'A man who joined Ukraine's International Legion ... Figures released by the International Legion': a body the
    text named before after its nation's word, named again without it (so read as a source of no nation), speaks as
    the earlier telling does (Ukraine's: ``ua_officials``); None otherwise."""
    if src.key != "other":
        return None
    r = reader.grammar.rules(AttributionRules)
    run = r.capitalised_name_run.match(r.definite_article_opening.sub("", src.text, count=1))
    if run is None:
        return None  # (only a proper name: "the project" is a kind, read elsewhere)
    name = run.group(0)
    told = reader.text.rfind(name, 0, src.start)
    if told < 0:
        return None
    word = r.nation_word_before_name.search(reader.text, max(0, told - _NATION_REACH), told)
    nations = source_tables(reader.profile).nations
    if word is None or nations is None or nations.pattern.fullmatch(word["nation"]) is None:
        return None
    kind = classify_source(reader.profile, reader.text[word.start():told + len(name)], grammar=reader.grammar)
    return dataclasses.replace(src, key=kind[0]) if kind is not None and kind[0] != "other" else None


_MINISTRY_LOOK_BACK = 4  # sources spoken back to the ministry a nation's bare "ministry" names again


def ministry_named_again(reader: Reader, src: Source) -> Source | None:
    """'Russia's defence ministry said ... The Russian ministry last gave a figure in 2022': a nation's ministry named
    with no field of its own ("the Russian ministry", read as the nation's officials) names again that nation's ministry
    that spoke a few sources back (its defence ministry); None otherwise (and for "the Russian foreign ministry")."""
    r = reader.grammar.rules(AttributionRules)
    words = src.text.lower()
    if src.key in reader.profile.ministry_claimants or not any(w in words for w in r.ministry_words):
        return None  # (tested first: most sources name no ministry, or name the defence ministry itself)
    nations = source_tables(reader.profile).nations
    nation_hit = nations.pattern.search(src.text) if nations is not None else None
    if nations is None or nation_hit is None or not any(
            src.text[nation_hit.end():].lower().lstrip().startswith(w) for w in r.ministry_words):
        return None
    nation = nations.key_of[nation_hit.lastgroup] if nation_hit.lastgroup else None
    earlier = next((e for e in reversed(reader.sources_spoken[-_MINISTRY_LOOK_BACK:])
                    if e.start < src.start and e.key in reader.profile.ministry_claimants
                    and any(w in e.text.lower() for w in r.ministry_words)), None)
    if earlier is None or nation is None or _nation_of_key(reader, earlier.key) != nation:
        return None
    return dataclasses.replace(src, key=earlier.key)


def _nation_of_key(reader: Reader, key: str) -> str | None:
    """The nation a claimant key speaks for: a belligerent's side, or the nation among whose roles the profile files
    it ("uk_mod": the United Kingdom's defence ministry, so "the British ministry" names it again)."""
    side = reader.profile.claimant_sides.get(key)
    if side is not None:
        return side
    roles = source_tables(reader.profile).roles
    return next((nation for nation, table in roles.items()
                 if table is not None and key in table.key_of.values()), None)


@functools.lru_cache(maxsize=_BARE_KEPT)
def _named_whole(nations: re.Pattern[str], words: str) -> str | None:
    """The group of the profile's ``nations`` pattern that ``words`` are whole ("Kyiv": Ukraine's), or None: the
    pattern is long, so each source's words are tried once."""
    found = nations.fullmatch(words)
    return found.lastgroup if found is not None else None


def surnames_of_source(reader: Reader, source: Source, r: AttributionRules) -> list[str]:
    """The surnames that name ``source`` again, lower-cased: the last of the full name it holds ("NATO chief Mark
    Rutte": "Rutte said"), or of one set off by commas right after its role ("the regional governor, Anton Melnikov,
    told": "Melnikov, citing military data, said")."""
    names = r.phrase.CAPITALISED.findall(source.text)
    found = [names[-1].lower()] if len(names) >= 2 and not r.phrase.NOT_A_NAME.match(names[-1]) else []
    found += _surname_before_role(r, source.text)
    before = r.name_in_commas_before_role.search(reader.norm, max(0, source.start - 90), source.start)
    if before is None and r.role_opening.match(source.text):  # ("Oleh Sinegubov, head of the ... Administration")
        before = r.name_in_commas_before.search(reader.norm, max(0, source.start - 60), source.start)
    if before is not None and before.end() == source.start and not r.phrase.NOT_A_NAME.match(before["surname"]):
        found.append(before["surname"].lower())  # "Vitalii Kim, Head of Mykolaiv Oblast Military Administration"
    end = source.start + len(source.text)
    if reader.norm[end:end + 1] in _AFTER_ROLE:  # (most sources end their clause: no name after them)
        named = r.name_in_commas_after_role.match(reader.norm, end)
        if named is not None and not r.phrase.NOT_A_NAME.match(named["surname"]):
            found.append(named["surname"].lower())
    return found


def _surname_before_role(r: AttributionRules, text: str) -> list[str]:
    """The surname of a full name that opens a source and has its role set off after it ("General Mark Tolliver, head
    of U.S. European Command": "Tolliver said"), lower-cased; none where the words before the comma are a role."""
    head, comma, _role = text.partition(", ")
    names = r.phrase.CAPITALISED.findall(head) if comma else []
    if len(names) < 2 or r.phrase.NOT_A_NAME.match(names[-1]) or r.phrase.ROLE_WORD.fullmatch(names[-1].rstrip(".,")):
        return []
    return [names[-1].lower()]


# what follows a role before a name in commas ("the governor, X,", "the mayor of Y, X,", "the head of the city's
# council, X,")
_AFTER_ROLE = frozenset(", '’")


def cited_in_citers_nation(reader: Reader, named: list[tuple[int, int, Source]], src: Source) -> Source:
    """"TASS, citing a source in the emergency services, said": a kind of source named with no nation, cited by a
    source of a nation, is that nation's (the kind alone is taken as the default nation's)."""
    tables = source_tables(reader.profile)
    citer = next((c for _o, _s, c in named if c.start + len(c.text) <= src.start and reader.grammar.rules(
        AttributionRules).citing_between.fullmatch(reader.norm, c.start + len(c.text), src.start)), None)
    nation = reader.profile.own_side(citer.key) if citer is not None else None
    if (nation is None or nation == reader.profile.own_side(src.key) or nation not in tables.defaults
            or (tables.nations is not None and tables.nations.pattern.search(src.text))):
        return src
    return dataclasses.replace(src, key=tables.defaults[nation])


@functools.lru_cache(maxsize=CLASSIFIED_KEPT)
def surname_of_name(p: Phrase, name: str) -> str:
    """The surname of a full name ("Andrey Belousov" -> "belousov"), else ""; remembered by name."""
    words = [w for w in p.CAPITALISED.findall(name) if not p.NOT_A_NAME.match(w) and not p.ROLE_WORD.match(w)]
    return words[-1].lower() if len(words) >= 2 else ""
